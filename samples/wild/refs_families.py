"""More header-hard development families, drawn only when named (issue 20).

``header_families.py``'s three families lifted terms recall from 48 to 80 % on their own
pages, yet on other layouts payment terms, delivery dates, order and document numbers are
still missed: three structures are too few. These four put the header in yet other
structures, with wordings of their own, so that a rule written on one of them can be
measured on the others. Kept out of ``families.FAMILIES`` like the ``hdr_*`` ones (so no
default draw or pinned digest changes); ``--families NAME`` draws them. Pages:
``refs_pages.py``.

- ``hdr_refrow``: a reference grid whose labels are a header row and whose values are the
  row below ("N° commande | Date | Réf. client | Livraison"), several references side by
  side of which one only is the document's, and dates of several kinds in the same row.
- ``hdr_under``: each value printed over its small caption (the label under the value),
  blocks side by side on one or two rows; the terms and the delivery stated in sentences.
- ``hdr_band``: the labels in a coloured band on the left of their values; the delivery
  as a sentence or a calendar week; the terms in a footer line.
- ``hdr_dots``: "Label ........ value" lines, the label joined to its value by leader
  dots; the terms and delivery lines among other dated lines (order date, value date).
"""

from __future__ import annotations

from typing import Any

REFS_NAMES = ("hdr_refrow", "hdr_under", "hdr_band", "hdr_dots")

_COMMON: dict[str, Any] = {
    "sizes": (8.5, 9, 9.5),
    "meta": ("inline",),
    "meta_pos": ("below",),
    "window_side": ("right", "left"),
    "sku": ("column", "none"),
    "qty": ("column",),
    "extras": ("line_no", "unit"),
    "totals": ("stack",),
    "repeat_header": (True, False),
    "languages": ("fr", "en"),
}

REFS_SPECS: list[dict[str, Any]] = [
    {
        **_COMMON,
        "name": "hdr_refrow",
        "fonts": ("Liberation Sans", "DejaVu Sans", "Nimbus Sans"),
        "letterhead": ("left", "split"),
        "parties": ("window",),
        "rules": ("grid", "hrules"),
        "footer": ("end", "margin"),
        "accents": ("#24476b", "#3b3b3b", "#7a2e12"),
        "renderer": "hdr_refrow",
    },
    {
        **_COMMON,
        "name": "hdr_under",
        "fonts": ("Carlito", "Open Sans", "Liberation Sans"),
        "letterhead": ("left", "center"),
        "parties": ("window", "labelled_stack"),
        "rules": ("hrules", "none", "zebra"),
        "footer": ("end",),
        "accents": ("#0b5563", "#4a4a4a", "#5a2a82"),
        "renderer": "hdr_under",
    },
    {
        **_COMMON,
        "name": "hdr_band",
        "fonts": ("Liberation Sans", "Carlito", "DejaVu Sans"),
        "letterhead": ("left", "split"),
        "parties": ("window",),
        "rules": ("hrules", "grid"),
        "footer": ("end", "margin"),
        "accents": ("#1d4e89", "#2f5e3a", "#8a1c3c"),
        "renderer": "hdr_band",
    },
    {
        **_COMMON,
        "name": "hdr_dots",
        "fonts": ("Liberation Serif", "Caladea", "DejaVu Serif"),
        "letterhead": ("left", "center"),
        "parties": ("window", "labelled_stack"),
        "rules": ("hrules", "none"),
        "footer": ("end",),
        "accents": ("#333333", "#5b3a1a", "#1f3a5f"),
        "renderer": "hdr_dots",
    },
]

REFS_KIND_WEIGHTS: dict[str, dict[str, int]] = {
    name: {
        "invoice": 35,
        "order_confirmation": 25,
        "purchase_order": 20,
        "delivery_note": 10,
        "quotation": 10,
    }
    for name in REFS_NAMES
}

# terms as these senders write them (the printed text is the truth)
REFS_TERMS: dict[str, list[str]] = {
    "fr": [
        "à 30 jours fin de mois",
        "Net à 60 jours",
        "à réception de facture",
        "Comptant sans escompte",
        "30 jours nets date de facture",
        "LCR à 60 jours",
        "50 % à la commande, le solde à la livraison",
        "45 jours fin de mois",
    ],
    "en": [
        "Net 30",
        "Net 60 days",
        "Payable on receipt",
        "30 days net",
        "Payment in advance",
        "45 days from end of month",
        "Cash on delivery",
        "1% 15 days, net 45",
    ],
}

# wordings of these families (invented here; the page draws one per document)
REFS_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "no_invoice": ["N° de facture", "Facture n°", "Numéro facture"],
        "no_order_confirmation": ["N° confirmation", "Accusé de réception n°", "N° AR"],
        "no_purchase_order": ["N° commande", "Commande", "Numéro de BC"],
        "no_delivery_note": ["N° de bon", "Bordereau n°"],
        "no_quotation": ["N° de devis", "Proposition n°"],
        "date": ["Date", "Date du document", "Établi le"],
        "your_order": ["Réf. client", "Votre commande", "Votre réf.", "Commande client"],
        "customer": ["Code client", "N° client"],
        "delivery": ["Livraison", "Livraison souhaitée", "Date de livraison", "À livrer le"],
        "due": ["Échéance", "Date d'échéance"],
        "terms": ["Paiement", "Conditions", "Conditions de paiement"],
        "our_ref": ["Notre réf.", "Réf. interne", "Notre dossier"],
        "contract": ["Contrat", "N° de contrat", "Accord-cadre"],
        "quote": ["Devis", "Réf. devis", "Offre"],
        "dn": ["BL", "Bon de livraison", "N° BL"],
        "order_date": ["Date de commande", "Commandé le", "Date commande"],
        "value_date": ["Date de valeur", "Valeur au"],
        "printed": ["Imprimé le", "Date d'impression"],
        "week": ["Livraison prévue semaine {w}", "Livraison en semaine {w}"],
        "sentence_delivery": ["Livraison prévue le {d}.", "Nous livrerons le {d}."],
        "sentence_terms": ["Paiement : {t}.", "Règlement {t}.", "Conditions de paiement : {t}."],
    },
    "en": {
        "no_invoice": ["Invoice no.", "Invoice number", "Inv. #"],
        "no_order_confirmation": ["Confirmation no.", "Order ack. no.", "SO number"],
        "no_purchase_order": ["Order no.", "PO #", "Purchase order no."],
        "no_delivery_note": ["Packing slip no.", "Delivery no."],
        "no_quotation": ["Quotation no.", "Quote #"],
        "date": ["Date", "Issue date", "Date of issue"],
        "your_order": ["Your ref.", "Customer PO", "Your order no.", "Cust. order"],
        "customer": ["Customer no.", "Acct no."],
        "delivery": ["Delivery", "Delivery date", "Requested delivery", "Ship date"],
        "due": ["Due date", "Payment due date"],
        "terms": ["Terms", "Payment terms", "Payment"],
        "our_ref": ["Our ref.", "Internal ref.", "Our file"],
        "contract": ["Contract", "Contract no.", "Blanket order"],
        "quote": ["Quote", "Quote ref.", "Offer no."],
        "dn": ["Delivery note", "DN no.", "Shipment no."],
        "order_date": ["Order date", "Ordered on", "PO date"],
        "value_date": ["Value date", "Valuta"],
        "printed": ["Printed", "Print date"],
        "week": ["Delivery planned in week {w}", "Shipping in week {w}"],
        "sentence_delivery": ["Delivery planned for {d}.", "We will deliver on {d}."],
        "sentence_terms": ["Terms: {t}.", "Payment {t}.", "Payment terms: {t}."],
    },
}
