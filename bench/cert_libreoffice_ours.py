"""Ours: `ceremony certificates` writing 1,000 Bằng khen from the registry (cert_libreoffice.py)."""

from cert_libreoffice import ours

ours(1000)
