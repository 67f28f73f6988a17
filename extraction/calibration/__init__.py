"""Learning how far to trust an extracted value: labelled documents in, a small calibration
table out (``python -m extraction.calibration.fit``), read back at extraction time."""
