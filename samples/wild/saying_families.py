"""Development families for payment terms said the many ways senders say them (issue 20).

On unseen layouts the payment terms were read on fewer than half the pages that print
them, while every generated family read them almost always: the reader had only met the
generator's few wordings and places. These families print terms in a broad spread of
shapes: a sentence in the body or the footer, one clause of a paragraph of penalties in
small print, a framed box titled "Conditions" or "Payment" with the terms on one of its
lines, a grid of captions over values, a row of a references table, in brackets beside the
due date, with an early-payment discount, as net or discount shorthands ("2/10 net 30"),
moments ("Payment upon receipt", "Prepayment") or a means the delay follows ("LCR à 60
jours"); and the delivery date under many captions or in a sentence. Kept out of
``families.FAMILIES`` like the other named-only families; ``--families NAME`` draws them.
Pages: ``saying_pages.py``.

- ``tsay_prose``: terms in a sentence of the body, of the closing text or of a small-print
  paragraph of penalties; the delivery said in a sentence.
- ``tsay_boxed``: a framed box of conditions after the totals (terms on a line of it,
  labelled or not, a means on another), or the terms in brackets beside the due date.
- ``tsay_grid``: captions over values in a band under the title, or a two-column table of
  references whose rows include the terms and the delivery.

Truth convention (as in ``terms_families.py``): the printed phrase of the terms; a label
before it, or the words of a sentence that only introduce it ("Our terms are", "Nos
conditions :"), are no part of it; a clause that says the payment ("payable à 30 jours
date de facture") starts at its word of paying; a payment means after the delay ("par
virement") and a trailing full stop are not part of it.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

SAYING_NAMES = ("tsay_prose", "tsay_boxed", "tsay_grid")

SAYING_SPECS: list[dict[str, Any]] = family_specs("saying")

SAYING_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("saying")

# terms as a phrase of their own (the truth is the printed text)
SAYING_TERMS: dict[str, list[str]] = {
    "fr": [
        "30 jours fin de mois",
        "45 j fin de mois",
        "60 jours date de facture",
        "30 jours nets",
        "Net à 30 jours",
        "À réception",
        "À réception de facture",
        "Comptant",
        "Paiement comptant sans escompte",
        "Paiement immédiat",
        "LCR à 60 jours",
        "LCR à 45 jours fin de mois",
        "Virement à 30 jours",
        "30 % d'acompte, solde à 30 jours",
        "50 % à la commande, solde à réception",
        "2 % à 10 jours, net à 30 jours",
        "45 jours fin de mois le 15",
        "À 40 jours date d'émission",
        "Paiement à la commande",
        "Comptant à réception",
    ],
    "en": [
        "Net 30",
        "Net 45",
        "Net 14 days",
        "2/10 net 30",
        "1/15 net 45",
        "30 days EOM",
        "60 days end of month",
        "Payment upon receipt",
        "Due on receipt",
        "Cash on delivery",
        "Prepayment",
        "Payment in advance",
        "Cash with order",
        "30 days net",
        "30% deposit, balance at 30 days",
        "2% 10 days, net 30",
        "Net 30 days from date of invoice",
        "Strictly 30 days net",
        "Net 21",
        "COD",
    ],
}

# terms said as a clause: the truth starts at the word of paying
SAYING_CLAUSES: dict[str, list[str]] = {
    "fr": [
        "payable à 30 jours date de facture",
        "payable à réception",
        "payable comptant",
        "payable à 45 jours fin de mois",
        "à régler sous 15 jours",
        "à régler à réception de facture",
        "payable d'avance",
        "payable à 60 jours nets",
    ],
    "en": [
        "payable within 30 days of invoice date",
        "due upon receipt",
        "payable net 30",
        "due in full within 14 days",
        "payable on receipt of invoice",
        "payable 30 days end of month",
        "payable in advance",
        "due within 45 days",
    ],
}

SAYING_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        # a sentence that introduces the terms ({t}: the phrase)
        "intro_terms": [
            "Pour le paiement : {t}.",
            "Conditions de paiement : {t}.",
            "Règlement : {t}.",
            "Délai convenu : {t}.",
            "Délai de règlement : {t}.",
            "Paiement : {t}.",
        ],
        # a sentence whose clause says the payment ({c}: the clause)
        "clause_terms": [
            "Cette facture est {c}.",
            "Le montant total est {c}.",
            "Somme {c}.",
            "Ce document est {c}.",
        ],
        "penalties": [
            "Pas d'escompte pour paiement anticipé.",
            "Pénalités de retard : trois fois le taux d'intérêt légal.",
            "Indemnité forfaitaire pour frais de recouvrement : 40 €.",
            "Tout retard entraîne des pénalités exigibles sans rappel.",
        ],
        "box_title": [
            "Conditions",
            "Modalités de paiement",
            "Conditions de règlement",
            "Paiement",
        ],
        "box_line": ["Délai : {t}", "Conditions : {t}", "{t}"],
        "means_line": ["Mode : {m}", "Par {m}", "Moyen de paiement : {m}"],
        "due_head": ["Échéance", "Date d'échéance"],
        "grid_terms": ["Cond. de paiement", "Conditions", "Règlement", "Délai de paiement"],
        "grid_date": ["Date", "Date du document"],
        "delivery_head": [
            "Livraison prévue",
            "Date de livraison souhaitée",
            "Livraison demandée",
            "Date de livraison",
            "Livraison estimée",
        ],
        "delivery_sentence": [
            "Les articles arriveront le {d}.",
            "Livraison prévue le {d}.",
            "Nous vous livrerons le {d}.",
        ],
        "your_ref": ["Votre commande", "Vos réf."],
        "thanks": ["Merci de votre confiance.", "Avec nos remerciements."],
    },
    "en": {
        "intro_terms": [
            "Our terms are {t}.",
            "Terms: {t}.",
            "Payment terms: {t}.",
            "Our standard terms apply: {t}.",
            "Payment: {t}.",
        ],
        "clause_terms": [
            "This invoice is {c}.",
            "The balance is {c}.",
            "The amount shown is {c}.",
        ],
        "penalties": [
            "Late payments bear interest at 1.5% per month.",
            "No discount for early payment.",
            "A fee of $25 applies to returned checks.",
            "Overdue accounts may be sent to collection.",
        ],
        "box_title": ["Terms & Conditions", "Payment", "Payment terms", "Terms"],
        "box_line": ["Terms: {t}", "{t}"],
        "means_line": ["Method: {m}", "Pay by {m}", "Payment method: {m}"],
        "due_head": ["Due date", "Payment due"],
        "grid_terms": ["Terms", "Payment terms", "Pay terms", "Credit terms"],
        "grid_date": ["Date", "Issue date"],
        "delivery_head": [
            "Delivery by",
            "Expected",
            "Requested delivery",
            "Delivery date",
            "Deliver by",
        ],
        "delivery_sentence": [
            "Please deliver by {d}.",
            "Expected delivery {d}.",
            "Goods to be delivered on {d}.",
        ],
        "your_ref": ["Your PO", "Your ref."],
        "thanks": ["Thank you for your business.", "Thanks for your order."],
    },
}
