"""Development families for the payment block: terms, due date, amount due (issue 20).

On layouts never tuned on, the payment terms were the weakest header field: printed with
no label in a footer or a sentence, in a box captioned by a word that also names other
things ("Conditions", "Règlement", "Échéance", "Terms"), or in a cell of a small table of
payment, beside a payment means that is no terms. These families print them so, with the
due date in words, in a sentence, or in the "échéance" column of that table, and an amount
due that is not the invoice total (a deposit deducted). Kept out of ``families.FAMILIES``
like the other named-only families; ``--families NAME`` draws them. Pages:
``pay_pages.py``.

- ``pay_footer``: the terms alone on a footer line or as one item of a footer of
  conditions, the means on a line of their own, the due date in a sentence.
- ``pay_boxes``: framed boxes after the totals, each a caption over a value; the terms
  under any of the captions above, the means under another.
- ``pay_table``: a table of payment after the totals (terms, means, due date, amount), or
  the terms in a cell beside the totals.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

PAY_NAMES = ("pay_footer", "pay_boxes", "pay_table")

PAY_SPECS: list[dict[str, Any]] = family_specs("pay")

PAY_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("pay")

# terms printed on their own (the truth is the printed text)
PAY_TERMS: dict[str, list[str]] = {
    "fr": [
        "Paiement à 30 jours fin de mois",
        "45 j FDM",
        "30 j FDM le 10",
        "Comptant",
        "À réception",
        "À réception de facture",
        "60 jours nets",
        "Paiement comptant",
        "30 jours date de facture",
        "LCR à 60 jours",
    ],
    "en": [
        "Net 45",
        "Net 30",
        "30 days from invoice date",
        "Due upon receipt",
        "Net 60 EOM",
        "14 days net",
        "Cash in advance",
        "Payment within 21 days",
    ],
}

PAY_MEANS: dict[str, list[str]] = {
    "fr": ["Virement", "Chèque", "LCR", "Virement bancaire", "Prélèvement", "LCR directe"],
    "en": ["Bank transfer", "Check", "Wire", "ACH", "Direct debit"],
}

# captions: development wordings of terms_families.py or words under eight letters, and
# "Règlement", "Conditions" (tests/samples/test_wild_fresh.py)
PAY_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        # captions that hold the terms
        "terms_cap": ["Conditions", "Règlement", "Échéance", "Conditions de paiement"],
        # captions that hold the means (never the word that holds the terms)
        "means_cap": ["Mode de règlement", "Mode", "Moyen de paiement", "Règlement"],
        "due_cap": ["Date d'échéance", "Payable le"],
        "amount_cap": ["Montant", "Net dû"],
        "due_sentence": ["À régler le {d}.", "Merci de payer le {d}.", "À payer avant le {d}."],
        "deposit_said": ["Acompte déduit, reste {a}."],
        "balance_said": ["Report compris, reste {a}."],
    },
    "en": {
        "terms_cap": ["Terms", "Conditions", "Payment", "Credit terms"],
        "means_cap": ["Payment method", "Method of payment", "Pay by"],
        "due_cap": ["Due date", "Payment due", "Due"],
        "amount_cap": ["Amount", "Net due"],
        "due_sentence": ["Please pay by {d}.", "Pay in full by {d}.", "Due to us by {d}."],
        "deposit_said": ["Deposit taken off: {a} left."],
        "balance_said": ["Old balance added: {a} in all."],
    },
}
