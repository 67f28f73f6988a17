"""Parsers that turn printed text (French or English, typed or OCR'd) into normalised values."""
