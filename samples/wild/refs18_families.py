"""Reference development families, session 18 (issue 20, header references).

On unseen layouts the document's, the order's and the customer's numbers go unread about
half the time. These three families set them where no other family does, under labels of
several words, so that general readers (a label over its value in ruled cells, a number in
the title's own words, several labels and values on one line) can be measured on them.
Kept out of ``families.FAMILIES`` (no default draw or pinned digest changes);
``--families NAME`` draws them. Pages: ``refs18_pages.py``.

- ``r18_cells``: a ruled block at the top right, a row of label cells over a row of value
  cells (two such rows), the title on the left with the document's number in its words;
- ``r18_kvgrid``: a key/value grid of two or three column pairs without separators, the
  customer's number also printed in the address block;
- ``r18_strip``: several references on one line ("Order no. X   Delivery no. Y   Invoice
  no. Z"), the document's number again in a footer strip, the buyer's order in a
  sentence.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

REFS18_NAMES = ("r18_cells", "r18_kvgrid", "r18_strip")

REFS18_SPECS: list[dict[str, Any]] = family_specs("refs18")

REFS18_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("refs18")

# labels of several words (one drawn per document and slot), titles with the number in
# them, and distractor references of another matter (none of them a field)
REFS18_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "own_invoice": ["N° de pièce", "Pièce comptable n°", "Numéro de la facture"],
        "own_credit_note": ["N° de pièce", "Numéro de l'avoir"],
        "own_order_confirmation": ["N° de pièce", "Numéro de confirmation"],
        "own_delivery_note": ["N° de pièce", "Numéro du bordereau"],
        "own_purchase_order": ["Bon de commande n°", "Numéro de commande"],
        "your_order": [
            "Votre commande réf.",
            "Votre bon de commande",
            "Réf. de votre cde",
            "Commande client n°",
        ],
        "customer": ["Code client", "Compte", "Compte client n°", "Client n°"],
        "address_customer": ["Client :", "Code client :", "Compte :"],
        "dn": ["Bordereau d'expédition n°", "Expédition n°"],
        "contract": ["Marché public n°", "Contrat cadre"],
        "date": ["Date d'édition", "Date"],
        "title_invoice": ["FACTURE N° {n}", "Facture n° {n}", "FACTURE {n}"],
        "title_credit_note": ["AVOIR N° {n}", "Avoir n° {n}"],
        "title_order_confirmation": ["CONFIRMATION DE COMMANDE N° {n}", "Confirmation {n}"],
        "title_delivery_note": ["BON DE LIVRAISON N° {n}", "Livraison n° {n}"],
        "title_purchase_order": ["BON DE COMMANDE N° {n}", "Commande n° {n}"],
        "order_sentence": [
            "Conformément à votre commande {o}, nous vous adressons ce document.",
            "Objet : votre commande n° {o}",
        ],
        "strip": ["Pièce {n} — page 1/1", "Document {n} · 1/1"],
    },
    "en": {
        "own_invoice": ["Document no.", "Inv. reference no.", "Invoice number"],
        "own_credit_note": ["Document no.", "Credit memo number"],
        "own_order_confirmation": ["Document no.", "Confirmation number"],
        "own_delivery_note": ["Document no.", "Delivery number"],
        "own_purchase_order": ["Purchase order number", "PO number"],
        "your_order": ["As per your PO", "Your purchase order", "Customer order number"],
        "customer": ["Cust. acct", "Customer account", "Account number", "Customer no."],
        "address_customer": ["Account:", "Customer:", "Acct:"],
        "dn": ["Delivery no.", "Shipment number"],
        "contract": ["Framework contract", "Tender number"],
        "date": ["Document date", "Date"],
        "title_invoice": ["INVOICE #{n}", "Invoice #{n}", "Invoice No. {n}"],
        "title_credit_note": ["CREDIT NOTE #{n}", "Credit memo No. {n}"],
        "title_order_confirmation": ["ORDER ACKNOWLEDGEMENT #{n}", "Sales order confirmation {n}"],
        "title_delivery_note": ["PACKING SLIP #{n}", "Delivery note No. {n}"],
        "title_purchase_order": ["PURCHASE ORDER #{n}", "Purchase order No. {n}"],
        "order_sentence": [
            "As per your PO {o}, please find the goods listed below.",
            "Re: your order no. {o}",
        ],
        "strip": ["Document {n} — page 1 of 1", "Ref. {n} · 1/1"],
    },
}
