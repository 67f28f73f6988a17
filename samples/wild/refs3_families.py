"""Reference-structure development families, third round (issue 20, header references).

On unseen layouts the buyer's order reference is the weakest header field and the
document's number is sometimes taken from another reference. ``refs_families.py`` put the
header in four structures; these three print the references in yet others, so that a
mechanism for the references can be measured on structures it was not written on. Kept out
of ``families.FAMILIES`` (no default draw or pinned digest changes); ``--families NAME``
draws them. Pages: ``refs3_pages.py``.

- ``hdr_letter``: the buyer's order and the other references said in sentences under the
  title ("following your order ...", a contract in a "subject" line); the document's number
  on the title's line or just under it, with a short grid of the date and the customer.
- ``hdr_boxes``: each reference in a bordered box, its small caption inside the box over
  the value, boxes side by side; other references (a contract, a file, a delivery note)
  boxed the same way.
- ``hdr_refline``: the references as "caption: value" pairs run together on one or two
  lines, several to a line; the document's number beside the title, with or without a
  number mark.
"""

from __future__ import annotations

from typing import Any

from samples.wild.header_families import BLOCK_COMMON

REFS3_NAMES = ("hdr_letter", "hdr_boxes", "hdr_refline")

REFS3_SPECS: list[dict[str, Any]] = [
    {
        **BLOCK_COMMON,
        "name": "hdr_letter",
        "fonts": ("Liberation Serif", "Caladea", "Carlito"),
        "letterhead": ("left", "split", "center"),
        "parties": ("window",),
        "rules": ("hrules", "none"),
        "footer": ("end",),
        "accents": ("#222222", "#3a4a5a", "#5b2a12"),
        "renderer": "hdr_letter",
    },
    {
        **BLOCK_COMMON,
        "name": "hdr_boxes",
        "fonts": ("Liberation Sans", "Open Sans", "DejaVu Sans"),
        "letterhead": ("left", "split"),
        "parties": ("window", "labelled_stack"),
        "rules": ("grid", "hrules"),
        "footer": ("end", "margin"),
        "accents": ("#1b4f72", "#4b4b4b", "#6b2b5b"),
        "renderer": "hdr_boxes",
    },
    {
        **BLOCK_COMMON,
        "name": "hdr_refline",
        "fonts": ("Nimbus Sans", "Liberation Sans", "Carlito"),
        "letterhead": ("left", "center", "split"),
        "parties": ("window", "labelled_stack"),
        "rules": ("hrules", "zebra", "none"),
        "footer": ("end",),
        "accents": ("#2b2b2b", "#1f4e5f", "#7a3b12"),
        "renderer": "hdr_refline",
    },
]

REFS3_KIND_WEIGHTS: dict[str, dict[str, int]] = {
    name: {"invoice": 40, "order_confirmation": 25, "delivery_note": 20, "purchase_order": 15}
    for name in REFS3_NAMES
}

# captions and sentences of these families (one drawn per document); every caption names
# its reference by word pieces (ref, n°, no., order, commande, PO, BC, ...), in wordings no
# earlier development family prints for the buyer's order
REFS3_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "your_order": [
            "Votre référence",
            "V/Réf.",
            "Réf. acheteur",
            "Votre BC",
            "Réf. de votre BC",
            "N° BC client",
            "Réf. commande",
            "Votre N° de cde",
        ],
        "our_ref": ["N/Réf.", "Notre référence", "Réf. interne", "N° d'affaire", "Dossier n°"],
        "contract": ["Réf. marché", "N° de marché", "Marché", "N° de contrat", "Lot n°"],
        "project": ["Chantier", "Projet n°", "Réf. chantier"],
        "customer": ["Code client", "N° client", "Compte client"],
        "date": ["Date", "Date d'émission"],
        "own": ["N°", "Numéro", "N° de pièce"],
        "order_sentence": [
            "Suite à votre commande n° {o}, nous vous adressons le présent document.",
            "Nous accusons bonne réception de votre bon de commande {o}.",
            "Conformément à votre commande réf. {o}, veuillez trouver le détail ci-dessous.",
            "En réponse à votre BC {o}, voici le détail des articles.",
        ],
        "contract_sentence": ["Objet : marché {c}", "Dans le cadre du marché n° {c}."],
    },
    "en": {
        "your_order": [
            "Your reference",
            "Buyer's ref.",
            "PO ref.",
            "Your PO no.",
            "Client PO",
            "Order ref.",
            "Purchaser ref.",
            "Your PO #",
        ],
        "our_ref": ["Our reference", "Internal ref.", "Job ref.", "Case no.", "File no."],
        "contract": ["Tender no.", "Contract no.", "Framework ref.", "Lot no."],
        "project": ["Project no.", "Site ref.", "Project"],
        "customer": ["Customer no.", "Account no.", "Cust. ID"],
        "date": ["Date", "Issue date"],
        "own": ["No.", "Number", "#"],
        "order_sentence": [
            "Further to your order no. {o}, please find the details below.",
            "In reply to your PO {o}, we list the goods concerned.",
            "As per your purchase order {o}, the items are listed below.",
            "We acknowledge receipt of your order {o}.",
        ],
        "contract_sentence": ["Subject: contract {c}", "Under framework agreement {c}."],
    },
}
