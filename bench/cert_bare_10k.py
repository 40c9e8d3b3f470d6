"""Bare ReportLab loop: the same 10000 certificates' strings (see cert_bench.py)."""

from cert_bench import bare

bare(10000)
