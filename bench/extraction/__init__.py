"""Extraction benchmark (``python -m bench.extraction``); prints figures, asserts nothing."""
