"""Development families for header dates said in words, grids and sentences (issue 20).

The ``dates_families`` families print the dates in title lines, stacks and a table column
under the usual labels. Pages of unseen senders also label them in wordings no list holds
("Facturé le", "Billing date", "À régler avant le", "Goods wanted on"), set their labels
in a grid of boxed captions over a row of values, write the dates inside the sentences of
a cover letter ("Nous livrerons le mardi 3 juin 2025."), and print them as ordinals, with a
dotted month abbreviation or as a delivery window ("du 3 au 7 juin 2025": no one day).
Drawn only when named (``--families NAME``). Pages: ``dates_words_pages.py``.

- ``dtw_grid``: a boxed grid, a row of captions over a row of values; dates, references
  and the due date side by side in any order.
- ``dtw_letter``: the dates in the sentences of a letter above the table, the document's
  own date in its "City, date" line or in a sentence at the foot of the page.
- ``dtw_ledger``: a two-column ledger of label and value cells at the right of the
  parties, labels in wordings of their own, a delivery window or a delivery day.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

DATES_WORDS_NAMES = ("dtw_grid", "dtw_letter", "dtw_ledger")

DATES_WORDS_SPECS: list[dict[str, Any]] = family_specs("dates_words")

DATES_WORDS_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("dates_words")

# "{d}" a date, "{a}"/"{b}" the two days of a window
WORDINGS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "own": [
            "Facturé le",
            "Date de facturation",
            "Date d'émission",
            "Émis le",
            "Fait le",
        ],
        "due": [
            "À régler avant le",
            "Date limite de paiement",
            "Échéance de paiement",
            "À payer le",
        ],
        "delivery": [
            "Date de livraison",
            "Livraison demandée",
            "Date d'arrivée souhaitée",
            "Réception prévue",
            "Date d'enlèvement",
        ],
        "order": ["Date de la commande", "Commande passée le", "Date cde"],
        "valid": ["Offre valable jusqu'au", "Date de fin de validité"],
        "window": ["du {a} au {b}", "entre le {a} et le {b}"],
        "letter_own": ["{c}, le {d}", "Fait à {c}, le {d}"],
        "foot_own": ["Pièce créée le {d}.", "Édition du document : {d}."],
        "letter_delivery": [
            "Nous livrerons le {d}.",
            "La marchandise vous parviendra le {d}.",
            "Livraison convenue pour le {d}.",
        ],
        "letter_due": [
            "Merci de nous régler au plus tard le {d}.",
            "Le paiement est attendu pour le {d}.",
        ],
        "letter_order": ["Suite à votre commande du {d}, veuillez trouver le détail ci-dessous."],
    },
    "en": {
        "own": [
            "Billing date",
            "Date of issue",
            "Invoiced on",
            "Issue date",
            "Document date",
            "Prepared on",
        ],
        "due": [
            "Pay by",
            "Payment due",
            "Due on",
            "Payment deadline",
            "Amount due by",
        ],
        "delivery": [
            "Delivery date",
            "Goods wanted on",
            "Deliver on",
            "Delivery requested",
            "Collection date",
        ],
        "order": ["Date ordered", "Order placed", "PO dated"],
        "valid": ["Offer valid until", "Quote expires"],
        "window": ["{a} to {b}", "between {a} and {b}"],
        "letter_own": ["{c}, {d}", "{d}"],
        "foot_own": ["Document issued on {d}.", "Prepared on {d}."],
        "letter_delivery": [
            "We will deliver on {d}.",
            "The goods will reach you on {d}.",
            "Delivery has been agreed for {d}.",
        ],
        "letter_due": [
            "Kindly settle this by {d}.",
            "Payment is expected on {d}.",
        ],
        "letter_order": ["Further to your order of {d}, please find the details below."],
    },
}
