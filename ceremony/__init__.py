"""Ceremony: a registry of honorees that prints certificates and running orders."""

# The one place the version is written: pyproject.toml reads it from here (dynamic
# version), `ceremony --version` prints it, and the frozen app and the Windows installer
# take it from here too, since a frozen app carries no package metadata.
__version__ = "0.1.0"
