"""LibreOffice: soffice --convert-to pdf of the same 1,000 certificates (cert_libreoffice.py)."""

from cert_libreoffice import office

office(1000)
