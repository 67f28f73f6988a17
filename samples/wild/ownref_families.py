"""Whose-number development families (issue 20, header references, fourth round).

On unseen layouts the document's number and the buyer's order number are missed more
often than misread: the page prints them in a way no reader was written for. These three
families print the sender's own number and the customer's reference as senders do when
they do not label them by kind: a pair of "our reference / your reference" captions, a
caption on one line and its number alone under it (or only under a barcode), and a
sentence that quotes the customer's order and the sender's own number together. Kept out
of ``families.FAMILIES`` (no default draw or pinned digest changes); ``--families NAME``
draws them. Pages: ``ownref_pages.py``.

- ``own_pair``: the sender's number under "N/Réf." / "Our ref", the buyer's under
  "V/Réf." / "Your ref", side by side (a caption row over a value row, or one line);
  the title names the kind and carries no number.
- ``own_split``: a header block of captions each on its line with the value on the next
  line (larger); the document's number sometimes printed only as a barcode's caption.
- ``own_quote``: an opening sentence quoting the customer's order and the sender's own
  number ("Nous accusons réception de votre commande 4500123 ... enregistrée sous le
  n° AR-..."); the title names the kind (acknowledgement, packing slip, ...).
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

OWNREF_NAMES = ("own_pair", "own_split", "own_quote")

OWNREF_SPECS: list[dict[str, Any]] = family_specs("ownref")

OWNREF_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("ownref")

# wordings of these families (one drawn per document); this module's own, none of them a
# held-out set's (tests/samples/test_wild_fresh.py)
OWNREF_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "ours": ["N/Réf.", "N/Référence", "Notre réf.", "Nos références"],
        "yours": ["V/Réf.", "V/Réf", "Votre réf."],
        "date": ["Date", "Le"],
        "customer": ["Code client", "Compte"],
        "own_invoice": ["Facture n°", "N° de facture", "Facture"],
        "own_order_confirmation": ["Confirmation n°", "N° de confirmation", "AR n°"],
        "own_delivery_note": ["BL n°", "Bordereau n°", "N° de livraison"],
        "own_purchase_order": ["Commande n°", "N° de commande", "BC n°"],
        "your_order": ["Votre commande", "Commande client", "V/commande", "Réf. commande"],
        "barcode": ["Pièce", "Document", ""],
        "quote_invoice": [
            "Facture {n} relative à votre commande {o} du {d}.",
            "Pour votre commande {o} du {d}, nous vous adressons la facture {n}.",
        ],
        "quote_order_confirmation": [
            "Nous accusons réception de votre commande {o} du {d}, enregistrée sous le n° {n}.",
            "Votre commande {o} du {d} est enregistrée chez nous sous la référence {n}.",
            "Suite à votre commande {o} du {d}, nous confirmons sous le numéro {n} :",
        ],
        "quote_delivery_note": [
            "Livraison {n} de votre commande {o} du {d}.",
            "Expédition n° {n} – votre commande {o} du {d}.",
        ],
        "quote_purchase_order": [
            "Nous vous passons la commande {n} selon votre offre {o} du {d}.",
            "Veuillez enregistrer notre commande {n} (votre devis {o} du {d}).",
        ],
        "quote_bare_invoice": ["Veuillez trouver ci-dessous notre facture {n}."],
        "quote_bare_order_confirmation": ["Nous enregistrons votre commande sous le n° {n}."],
        "quote_bare_delivery_note": ["Marchandises livrées sous le bordereau {n}."],
        "quote_bare_purchase_order": ["Merci de livrer notre commande {n}."],
    },
    "en": {
        "ours": ["Our ref", "Our reference", "Our ref."],
        "yours": ["Your ref", "Your reference", "Your ref."],
        "date": ["Date", "Dated"],
        "customer": ["Customer code", "Account"],
        "own_invoice": ["Invoice no.", "Invoice number", "Invoice #"],
        "own_order_confirmation": ["Acknowledgement no.", "Sales order", "SO number"],
        "own_delivery_note": ["Packing slip no.", "Delivery no.", "Shipment no."],
        "own_purchase_order": ["PO number", "Order no.", "PO #"],
        "your_order": ["Your order", "Customer PO", "Your PO no.", "Order ref."],
        "barcode": ["Document", "Doc", ""],
        "quote_invoice": [
            "Invoice {n} for your order {o} of {d}.",
            "For your order {o} dated {d} we invoice as follows under number {n}.",
        ],
        "quote_order_confirmation": [
            "We acknowledge your order {o} of {d}, entered under our number {n}.",
            "Your order {o} dated {d} has been booked as sales order {n}.",
        ],
        "quote_delivery_note": [
            "Shipment {n} against your order {o} of {d}.",
            "Goods shipped under delivery {n} for your order {o} of {d}.",
        ],
        "quote_purchase_order": [
            "We place our order {n} following your quote {o} of {d}.",
            "Please book our order {n} (your quotation {o} of {d}).",
        ],
        "quote_bare_invoice": ["Below is our invoice {n}."],
        "quote_bare_order_confirmation": ["We have booked your order under number {n}."],
        "quote_bare_delivery_note": ["Goods delivered under shipment {n}."],
        "quote_bare_purchase_order": ["Please deliver our order {n}."],
    },
}

# titles these families print: the kind named in words senders use (not always the usual)
OWNREF_TITLES: dict[str, dict[str, list[str]]] = {
    "fr": {
        "invoice": ["Facture", "FACTURE"],
        "order_confirmation": [
            "Accusé de réception de commande",
            "Confirmation de commande",
            "Accusé de réception",
        ],
        "delivery_note": ["Bon de livraison", "Bordereau de livraison", "Bordereau d'expédition"],
        "purchase_order": ["Bon de commande", "Commande", "BON DE COMMANDE"],
    },
    "en": {
        "invoice": ["Invoice", "INVOICE"],
        "order_confirmation": ["Order Acknowledgement", "Order Confirmation", "Acknowledgement"],
        "delivery_note": ["Packing Slip", "Delivery Note", "Dispatch Note"],
        "purchase_order": ["Purchase Order", "Order", "Supplier Order"],
    },
}
