"""Reference-list development families (issue 20, header references, fourth round).

The document's number and the buyer's order are still missed on layouts never tuned on:
under labels the vocabulary does not list, in a references table, in the title line, in a
sentence; and another reference (the customer's account, a contract, a delivery note, a
page number, a phone) is taken for one of them. These three families print them so, to
measure a mechanism on structures it was not written on. Kept out of
``families.FAMILIES`` (no default draw or pinned digest changes); ``--families NAME``
draws them. Pages: ``reflist_pages.py``.

- ``ref_table``: a small table of references under the title, one row each (the kind of
  reference, its number, its date): the document itself, the buyer's order, a delivery
  note, a contract, the customer's account.
- ``ref_titled``: the number in the title's own line without a mark ("FACTURE
  FA-2025-0042"), or only in the opening sentence ("... notre facture FA-2025-0042 du
  ..."); the buyer's order in a sentence ("Suite à votre commande 4500012345 du ...");
  a page number and a contract beside them.
- ``ref_stack``: a boxed grid, each label over its value, labels naming a reference by
  its noun and whose it is ("Pièce", "Votre commande", "PO", "Compte"), with a page box
  and the other references boxed the same way.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

REFLIST_NAMES = ("ref_table", "ref_titled", "ref_stack")

REFLIST_SPECS: list[dict[str, Any]] = family_specs("reflist")

REFLIST_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("reflist")

# wordings of these families (one drawn per document). Row and box captions name a
# reference by its noun and, for the buyer's, by a possessive or "client"; the document's
# own by the word of its kind or an accountant's word.
REFLIST_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "heads": ["Document|Numéro|Date", "Référence|N°|Du", "Pièce|Numéro|Date"],
        "own_invoice": ["Facture", "Notre facture", "Pièce"],
        "own_credit_note": ["Avoir", "Notre avoir", "Pièce"],
        "own_order_confirmation": ["Confirmation", "Notre confirmation", "AR"],
        "own_delivery_note": ["Bon de livraison", "Livraison", "BL"],
        "own_purchase_order": ["Bon de commande", "Commande", "Notre commande"],
        "your_order": ["Votre commande", "Votre bon de commande", "Commande client", "Votre BC"],
        "customer": ["Compte client", "Client", "Code client"],
        "contract": ["Marché", "Contrat", "Accord-cadre"],
        "dn": ["Bon de livraison", "BL", "Livraison"],
        "page": ["Page", "Feuillet"],
        "box_own": ["Pièce", "Numéro", "Document", "N° pièce"],
        "box_order": ["Votre commande", "Bon de commande n°", "Réf. client", "V/commande"],
        "box_customer": ["Compte", "Client", "N° de compte"],
        "box_contract": ["Marché", "Réf. marché", "Contrat"],
        "box_dn": ["BL", "N° BL"],
        "box_phone": ["Tél.", "Téléphone"],
        "box_date": ["Date", "Du"],
        "order_sentence": [
            "Suite à votre commande {o} du {d}, nous vous prions de trouver le détail ci-dessous.",
            "Nous avons bien reçu votre commande {o} du {d} et vous en remercions.",
            "Livraison de votre commande n° {o} du {d}.",
            "Conformément à votre bon de commande {o}, voici le détail.",
        ],
        "own_sentence": [
            "Veuillez trouver ci-joint notre {k} {n} du {d}.",
            "Nous vous adressons notre {k} {n} en date du {d}.",
        ],
        "own_kind_invoice": ["facture"],
        "own_kind_credit_note": ["avoir"],
        "own_kind_order_confirmation": ["confirmation"],
        "own_kind_delivery_note": ["bon de livraison"],
        "own_kind_purchase_order": ["commande"],
        "contract_sentence": ["Marché {c}.", "Au titre du marché {c}."],
    },
    "en": {
        "heads": ["Document|Number|Date", "Reference|No.|Dated", "Type|Number|Date"],
        "own_invoice": ["Invoice", "Our invoice", "This invoice"],
        "own_credit_note": ["Credit note", "Our credit note"],
        "own_order_confirmation": ["Confirmation", "Our confirmation", "Sales order"],
        "own_delivery_note": ["Delivery note", "Packing slip", "Shipment"],
        "own_purchase_order": ["Purchase order", "Our order", "Order"],
        "your_order": ["Your order", "Your PO", "Customer PO", "Purchase order"],
        "customer": ["Customer account", "Account", "Customer"],
        "contract": ["Contract", "Framework agreement", "Tender"],
        "dn": ["Delivery note", "Shipment", "Packing slip"],
        "page": ["Page", "Sheet"],
        "box_own": ["Number", "Document", "Doc. no.", "Reference"],
        "box_order": ["Your order", "PO", "Your ref.", "Customer PO", "PO number"],
        "box_customer": ["Account", "Customer", "Acct"],
        "box_contract": ["Contract", "Tender ref."],
        "box_dn": ["DN", "Delivery note"],
        "box_phone": ["Phone", "Tel."],
        "box_date": ["Date", "Dated"],
        "order_sentence": [
            "Further to your order {o} of {d}, please find the details below.",
            "Thank you for your order {o} dated {d}.",
            "Delivery of your purchase order {o} of {d}.",
            "As per your PO {o}, details below.",
        ],
        "own_sentence": [
            "Please find enclosed our {k} {n} dated {d}.",
            "We hereby send you our {k} {n} of {d}.",
        ],
        "own_kind_invoice": ["invoice"],
        "own_kind_credit_note": ["credit note"],
        "own_kind_order_confirmation": ["confirmation"],
        "own_kind_delivery_note": ["delivery note"],
        "own_kind_purchase_order": ["order"],
        "contract_sentence": ["Contract {c}.", "Under contract {c}."],
    },
}
