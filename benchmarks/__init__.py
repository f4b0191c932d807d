"""Benchmarks with targets: ``python -m benchmarks`` (see benchmarks/run.py)."""
