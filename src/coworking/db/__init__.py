"""Data layer: typed models, engine and session set-up, migrations runner."""
