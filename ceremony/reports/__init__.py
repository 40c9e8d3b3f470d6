"""Reports filed after a ceremony: decision annexes, statistics and safe exports (no Qt)."""
