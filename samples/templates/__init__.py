"""Documents printed from real-world open-source templates (see build.py, SOURCES.json)."""
