"""Reference-placement development families, fifth round (issue 20, header references).

On documents of layouts never seen, the document's, the order's and the customer's numbers
go unread far more often than they are misread: their labels are worded in ways the
vocabulary does not list (abbreviations, synonyms) and are set where no reader looks for
them. These four families print the three references under invented concept wordings
("Pièce #", "Bill no.", "Tiers #", "Debtor nr", "Client PO #") in placements no other
family uses, so that a mechanism reading references by concept and by place can be
measured on them. Kept out of ``families.FAMILIES`` (no default draw or pinned digest
changes); ``--families NAME`` draws them. Pages: ``refgrid_pages.py``.

- ``rg_lowgrid``: the references as a ruled grid of caption cells over value cells, set
  low on the page (under the item table and its totals, or just over the table after a
  paragraph), never beside the title;
- ``rg_after``: each value first and its label after it, in parentheses or after a dash
  ("FA-2025-0012 (bill no.)"), one per line under the title;
- ``rg_ruled``: label and value each in a ruled box of its own, pairs side by side
  ("| Tiers # | C-1042 | Pièce # | F-77 |");
- ``rg_side``: a side column beside the parties and the table, each caption on a line of
  its own in small letters over its value.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

REFGRID_NAMES = ("rg_after", "rg_lowgrid", "rg_ruled", "rg_side")

REFGRID_SPECS: list[dict[str, Any]] = family_specs("refgrid")

REFGRID_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("refgrid")

# the labels of these families (one drawn per document and slot): short forms, symbols
# and synonyms of the three references a reader would still understand, and distractor
# references of another matter (none of them a field)
REFGRID_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "own_invoice": ["Pièce #", "N° de pièce", "Fact. #", "Facture nr"],
        "own_credit_note": ["Pièce #", "N° de pièce", "Avoir #"],
        "own_order_confirmation": ["Confirmation #", "N° de confirmation", "Pièce #"],
        "own_delivery_note": ["Bordereau #", "N° bordereau", "Pièce #"],
        "own_purchase_order": ["Ordre #", "Ordre nr", "Commande #"],
        "your_order": ["Votre bon #", "Bon client", "Cde client #", "Votre ordre #"],
        "customer": ["Tiers #", "Compte #", "N° de compte", "N° tiers"],
        "our_ref": ["Notre affaire", "N/affaire"],
        "contract": ["Convention", "Accord-cadre n°"],
        "project": ["Opération", "Chantier n°"],
        "date": ["Émis le", "Date"],
    },
    "en": {
        "own_invoice": ["Bill no.", "Invoice nr", "Inv #", "Voucher no."],
        "own_credit_note": ["Credit nr", "Voucher no."],
        "own_order_confirmation": ["Acknowledgement #", "Ack nr", "Voucher no."],
        "own_delivery_note": ["Dispatch nr", "Dispatch #", "Voucher no."],
        "own_purchase_order": ["PO nr", "Order #", "Purchase no."],
        "your_order": ["Client PO #", "Your order nr", "Buyer order #", "Your PO nr"],
        "customer": ["Debtor nr", "Acct #", "Client nr", "Customer code"],
        "our_ref": ["Our job", "Internal job"],
        "contract": ["Agreement no.", "Framework #"],
        "project": ["Work order", "Site #"],
        "date": ["Issued", "Date"],
    },
}
