"""Every plausible value of each field on the page, with the evidence for it.

Generators (labels, header grids, patterns, positions, vocabulary) propose; constraints
(``extraction.constraints``) re-rank; ``extraction.resolve`` chooses one per field and gives
it a calibrated confidence.
"""
