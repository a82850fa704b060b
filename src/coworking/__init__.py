"""Gestión de espacios de coworking municipales y ferias de empleo."""

__version__ = "0.1.0"
APP_NAME = "coworking"
APP_AUTHOR = "coworking"
