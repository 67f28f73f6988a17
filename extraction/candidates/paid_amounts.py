"""An amount already paid is not the total of the document that asks for payment.

"Amount paid", "Total paid", "Montant réglé" label the total of a payment advice: there the
payment is the document. On an invoice, a confirmation or an order the same words print a
payment already made beside the invoice's own total ("Total: $19,647.68 / Amount Paid:
$15,000.00"): that amount is a deposit or a part payment, and the total is the other.
"""

from __future__ import annotations

import re

from extraction.candidates.model import Candidates
from extraction.parse.text import fold

_PAID = re.compile(
    r"^\W*(?:total|amount|montant|somme)?\s*(?:paid|paye|payee|regle|reglee|received|recu|"
    r"encaisse|verse)\b|^\W*(?:deja|already)\s+(?:paid|paye|regle)"
    r"|^\W*(?:payments?|acomptes?)\s+(?:received|recus?|encaisses?|verses?)"
)
NOTE = "an amount already paid, beside the document's own total"


def paid_is_no_total(out: Candidates, doc_type: str) -> None:
    """Veto a ``total_gross`` read under a label of a payment made, on anything but a
    payment advice, when another label gave a total of another amount."""
    if doc_type == "payment_advice":
        return
    grosses = out.get("total_gross", [])
    paid = [
        c for c in grosses if c.origin == "label" and c.notes and _PAID.search(fold(c.notes[0]))
    ]
    if not paid:
        return
    others = {c.value for c in grosses if c not in paid and c.vetoed is None}
    for c in paid:
        if others - {c.value}:
            c.vetoed = NOTE
