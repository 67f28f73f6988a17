"""Development families for terms, due and shipping dates and an account's totals (issue 20).

On pages of unseen layouts the payment terms were missed one time in three, the due and
delivery dates were weak and an amount due was taken for the invoice's total. These two
families print them in places and shapes the other families do not: the terms as one item
of the page's foot line among bank and registration details (with a caption no other
family prints, or none), the due date in words in a closing request, the shipping date
beside "shipped"/"expédié", and totals as a statement of account (previous balance,
payments received, amount now due) with the terms on a line of their own beside them.
Kept out of ``families.FAMILIES`` like the other named-only families; ``--families NAME``
draws them. Pages: ``settle_pages.py``.

- ``stl_footline``: terms in the foot line (`` · `` or `` | `` between items), due date in
  a closing sentence, shipping date in a head line.
- ``stl_account``: an account's totals block, the terms in a line under it with no label
  or a caption over them, the due date in a caption row beside the amount due.

Truth convention as in ``saying_families.py``: the printed phrase of the terms, without
the caption before it, a clause starting at its word of paying.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

SETTLE_NAMES = ("stl_footline", "stl_account")

SETTLE_SPECS: list[dict[str, Any]] = family_specs("settle")

SETTLE_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("settle")

# terms as a phrase (the truth is the printed text)
SETTLE_TERMS: dict[str, list[str]] = {
    "fr": [
        "à 45 jours date de facture",
        "60 jours fin de mois",
        "à 30 jours date de réception",
        "net à 45 jours",
        "90 jours date de facture",
        "à 30 jours fin de mois le 10",
        "paiement à 15 jours",
        "au comptant",
        "trente jours fin de mois",
        "à quarante-cinq jours date de facture",
    ],
    "en": [
        "Net 60",
        "Net 10 days",
        "payable within 20 days",
        "30 days net",
        "Net 30 EOM",
        "payment in 7 days",
        "Immediate payment",
        "payable upon receipt",
        "thirty days net",
        "within fifteen days",
    ],
}

SETTLE_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        # a caption before the terms in the foot line, or none
        "foot_caption": ["Délais", "Termes", "Modalités", "", ""],
        "account_caption": ["Délais", "Modalités", ""],
        "previous": ["Solde reporté", "Ancien solde"],
        "received": ["Versé", "Acomptes encaissés"],
        "now_due": ["Solde dû", "Solde à payer"],
        "invoice_total": ["Montant de la facture", "Facture TTC", "Total TTC"],
        "due_request": [
            "Merci de nous faire parvenir votre règlement avant le {d}.",
            "Échéance de cette facture : le {d}.",
            "Cette somme devra nous parvenir au plus tard le {d}.",
        ],
        "due_caption": ["À régler avant le", "Payable le"],
        "ship": ["Expédié le", "Date d'expédition :", "Départ entrepôt le"],
        "phone": ["Tél.", "Tél"],
    },
    "en": {
        "foot_caption": ["Settlement", "Remittance", "Invoice terms", "", ""],
        "account_caption": ["Settlement", "Remittance", ""],
        "previous": ["Balance carried forward", "Opening balance"],
        "received": ["Payments received", "Paid"],
        "now_due": ["Balance now due", "Amount outstanding"],
        "invoice_total": ["This invoice", "Invoice total", "Total"],
        "due_request": [
            "Kindly remit payment by {d}.",
            "Please ensure payment reaches us no later than {d}.",
            "Payment expected on or before {d}.",
        ],
        "due_caption": ["Pay by", "Remit by"],
        "ship": ["Shipped on", "Ship date:", "Dispatched"],
        "phone": ["Tel.", "Phone"],
    },
}
