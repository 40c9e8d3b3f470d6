import ceremony.printing.safety  # noqa: F401  (first: locks ReportLab settings before any use)
