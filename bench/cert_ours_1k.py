"""Ours: 1000 certificates from the registry into one PDF (see cert_bench.py)."""

from cert_bench import ours

ours(1000)
