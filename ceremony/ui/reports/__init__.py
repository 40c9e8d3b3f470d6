"""The Reports page: award statistics, decision annexes and eligibility warnings.

The main window imports only the page at start-up; the services, SQLAlchemy and
the report writers (ReportLab, openpyxl) are imported by the gateway on first use.
"""
