"""Benchmarks: standalone scripts, `python -m bench.<name> [--quick]`; see bench/README.md."""
