"""OCR: the tesseract wrapper and the image clean-up that precedes it."""
