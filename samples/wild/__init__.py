"""A second, independent document generator: HTML + CSS templates printed to PDF by
headless Chromium, in many house styles ("families"), five languages, four currencies.

It exists so that extraction is not taught by one generator only. See families.py for the
held-out protocol and README.md for the commands that make the development and held-out
sets.
"""
