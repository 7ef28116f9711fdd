"""Benchmarks that compare a stage with its upstream twin, measured in one run (``make bench``)."""
