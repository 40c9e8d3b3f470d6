"""Ceremony: a registry of honorees that prints certificates and running orders."""

__version__ = "0.1.0"
