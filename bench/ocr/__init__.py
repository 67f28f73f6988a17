"""OCR quality and speed per kind of scan: ``python -m bench.ocr`` (see __main__)."""
