"""Developer tools for a source checkout (generated assets); not used by the program itself."""
