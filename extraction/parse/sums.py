"""The words (folded, accents off) that name a sum of a document's lines, written once.

Three readers look for them: the lines' reader drops a row that starts with one from the
items (``tables.sum_rows``), the section reader takes a row whose amount sums the rows above
it for a subtotal sooner when its description has one (``tables.section_rows``), and the
charges between the lines and the net total start at a row that names the lines' subtotal
(``totals_charges``). Each had a list of its own with different members ("sub-total" in
two, "zwischensumme" in two, "forward" in one). The members are kept here by what they
name; each reader takes the groups it needs and anchors them as it reads: where a row
starts, or anywhere in a row.
"""

from __future__ import annotations

import re

# a subtotal of the lines, never the net total's own label
SUBTOTAL_WORDS = (
    r"sous[- ]?totals?",
    r"sub[- ]?totals?",
    r"zwischensumme",
    r"total (?:des )?(?:articles|marchandises|produits|lignes)",
    r"merchandise total",
    r"items total",
    r"total items",
)
# a total of any kind ("Total", "Totals", "Total HT", "Totaal") or the sum itself
TOTAL_WORDS = (r"total\w*", r"summe")
# what one page carries to the next ("à reporter", "report", "carried / brought forward")
CARRIED_WORDS = (r"report\w*", r"a reporter", r"carried", r"brought", r"forward")
# words that label an amount: a sum only where a table's row starts with one
AMOUNT_WORDS = (r"balance", r"montant", r"net", r"amount")


def _words(*groups: tuple[str, ...]) -> str:
    return r"(?:" + "|".join(w for group in groups for w in group) + r")\b"


# the lines' subtotal named anywhere in a row ("Sous-total articles 366,58")
SUBTOTAL = re.compile(r"\b" + _words(SUBTOTAL_WORDS))
# a sum of rows named anywhere in a row's description ("Chantier A - sous-total")
SUM_WORD = re.compile(r"\b" + _words(SUBTOTAL_WORDS, TOTAL_WORDS, CARRIED_WORDS))
# a row that starts as a sum's does ("Sous-total", "Total chantier A", "Montant net")
SUM_START = re.compile(r"^" + _words(SUBTOTAL_WORDS, TOTAL_WORDS, CARRIED_WORDS, AMOUNT_WORDS))
