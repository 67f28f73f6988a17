"""Development families for payment terms and header dates, drawn only when named (issue 20).

On pages of unseen layouts the payment terms, the delivery date and the document's date
are the weakest header fields. These three families set them in structures the other
families do not have, so that a reading of them can be measured on pages it was not
written for. Their wordings are development wordings of other modules, words under eight
letters, or sentences of their own (tests/samples/test_wild_fresh.py). Kept out of
``families.FAMILIES`` like the other named-only families (no default draw or pinned
digest changes); ``--families NAME`` draws them. Pages: ``terms_pages.py``.

- ``trm_letter``: a letter: a city and the date, or the date alone, over the text; the
  number on a line of its own; the delivery and the terms in the letter's sentences, a
  payment means sometimes after the terms.
- ``trm_box``: the date beside the title; terms, means, due date and delivery in framed
  boxes under the totals, a caption over each value; or the terms as one clause of a
  footer of conditions.
- ``trm_grid``: a band of column heads over one row of values (number, date, references,
  terms, delivery, the day it was run off); American pages month first with one date that
  reads one way only; the delivery sometimes a week.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

TERMS_NAMES = ("trm_letter", "trm_box", "trm_grid")

TERMS_SPECS: list[dict[str, Any]] = family_specs("terms")

TERMS_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("terms")

# terms printed as a value (the truth is the printed text)
TERMS_VALUES: dict[str, list[str]] = {
    "fr": [
        "30 jours fin de mois",
        "45 jours fin de mois",
        "à réception de facture",
        "Comptant",
        "60 jours nets",
        "10 jours escompte 2 %, 30 jours net",
        "Paiement à 30 jours",
        "30 jours date de facture",
    ],
    "en": [
        "Net 30",
        "Net 15",
        "Net 45 days",
        "Due on receipt",
        "2/10 Net 30",
        "30 days EOM",
        "60 days from invoice date",
        "Cash on delivery",
    ],
}

# terms said in a clause: the truth starts at the word that makes them the payment's
TERMS_CLAUSES: dict[str, list[str]] = {
    "fr": [
        "payable à 40 jours date de facture",
        "payable à 35 jours nets",
        "payable sous 20 jours",
        "payable à 50 jours fin de mois",
    ],
    "en": [
        "due within 28 days of the invoice date",
        "payable within 21 days",
        "payable net 20",
        "payment within 40 days",
    ],
}

TERMS_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "no_invoice": ["Facture n°", "N° de facture"],
        "no_order_confirmation": ["Confirmation n°", "N° AR"],
        "no_purchase_order": ["Commande n°", "Bon de commande n°"],
        "no_delivery_note": ["Bon de livraison n°", "BL n°"],
        "no_quotation": ["Devis n°", "Offre n°"],
        "place_date": ["{c}, le {d}", "{c}, {d}"],
        "le_date": ["Le {d}"],
        "date_head": ["Date", "Date du document", "Date d'émission"],
        "terms_head": [
            "Paiement",
            "Conditions de paiement",
            "Échéance",
            "Réglt",
            "Délai de paiement",
        ],
        "means_head": ["Mode de règlement", "Moyen de paiement"],
        "due_head": ["Date d'échéance", "Payable le", "Date limite de paiement"],
        "ship_head": ["Date d'expédition", "Expédié le"],
        "delivery_head": [
            "Livraison prévue",
            "Date de livraison souhaitée",
            "Livraison",
            "Livraison le",
        ],
        "order_date_head": ["Date de commande", "Date de la commande"],
        "printed_head": ["Imprimé", "Édition"],
        "your_order_head": ["Vos réf.", "Réf. client"],
        "customer_head": ["Code client", "N° client"],
        "week": ["semaine {w}", "S{w}", "sem. {w}"],
        "intro": [
            "Ci-après, ligne à ligne, les articles concernés.",
            "Détail des articles ci-dessous.",
        ],
        "deliver_sentence": [
            "Nous comptons vous livrer le {d}.",
            "Les articles seront chez vous le {d}.",
        ],
        "terms_sentence": [
            "Ce montant est {t}{m}.",
            "La somme indiquée est {t}{m}.",
        ],
        "foot_terms": ["Conditions de paiement", "Paiement"],
    },
    "en": {
        "no_invoice": ["Invoice no.", "Inv. no."],
        "no_order_confirmation": ["Confirmation no.", "Sales order no."],
        "no_purchase_order": ["Order no.", "P.O. no."],
        "no_delivery_note": ["Delivery note no.", "DN no."],
        "no_quotation": ["Quote no.", "Quote #"],
        "place_date": ["{c}, {d}"],
        "le_date": ["{d}"],
        "date_head": ["Date", "Issue date", "Document date"],
        "terms_head": ["Terms", "Payment", "Credit terms", "Terms of payment"],
        "means_head": ["Payment method", "Method of payment"],
        "due_head": ["Due date", "Payment due", "Due"],
        "ship_head": ["Ship date", "Dispatch date", "Shipped on"],
        "delivery_head": ["Delivery date", "Requested delivery", "Expected delivery"],
        "order_date_head": ["Order date", "PO date"],
        "printed_head": ["Printed", "Run on"],
        "your_order_head": ["Your ref.", "Your PO"],
        "customer_head": ["Customer no.", "Account no."],
        "week": ["week {w}", "wk {w}", "CW {w}"],
        "intro": [
            "Items are listed below, one per row.",
            "See the rows below for each item.",
        ],
        "deliver_sentence": [
            "We aim to deliver on {d}.",
            "The goods should reach you on {d}.",
        ],
        "terms_sentence": [
            "The sum stated is {t}{m}.",
            "This amount is {t}{m}.",
        ],
        "foot_terms": ["Terms of payment", "Payment"],
    },
}

CITIES = {
    "fr": ["Lyon", "Nantes", "Lille", "Rennes", "Dijon", "Angers"],
    "en": ["Leeds", "Bristol", "Chicago", "Denver", "York"],
}
