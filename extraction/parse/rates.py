"""The patterns of a percentage printed as a tax rate, written once.

Several readers look for a rate in a row's or a cell's text ("TVA 20 %", "VAT @ 20%", "Sales
Tax (8.875%)", "20% G"): the VAT breakdown and rate-table rows, the totals, the document's
rate statements, a tax column's cells. They used the same three patterns, each written
again in its own module; these are those patterns, unchanged. A percentage glued to a
longer number ("1.20%", "120 %") is no rate: the number may not follow a digit, a dot or a
comma, and has at most two digits before its decimals. Group 1 is the number.

Patterns that read something else stay with their readers: a cell that is only a
percentage (``tables.cells``, signed, up to three digits), a discount's rate
(``profile_discounts``, any preceding character).
"""

from __future__ import annotations

import re

# up to two decimals, at most one space before the sign: "20 %", "5,5%", "VAT @ 20%"
RATE_PERCENT = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?%")
# up to three decimals, as a US sales tax prints ("Sales Tax (8.875%)", "MwSt. 19 %")
RATE_PERCENT_3DP = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,3})?)\s?%")
# up to two decimals, any spaces before the sign, as accounting software names its taxes:
# "TVA 20%", "20% G", "VAT 5.5 %", "Tax 15%"
RATE_PERCENT_SPACED = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s*%")

# the words (folded) that name a sales tax in the languages and countries whose documents we
# read: a VAT breakdown's row, a tax column's head, a tax total's label start with one. The
# VAT table, the rate rows, the tax codes, the totals' labels and the OCR vote each had a
# list of their own with different members ("btw" in two, "hst" in two, "taxe" in three).
TAX_WORDS = frozenset(
    {"tva", "t.v.a", "vat", "tax", "taxe", "taxes", "gst", "hst", "mwst", "ust", "iva", "btw"}
)
TAX_WORD = re.compile(
    r"\b(" + "|".join(re.escape(w) for w in sorted(TAX_WORDS, key=len, reverse=True)) + r")\b"
)
