"""Development families whose document type is told the way real senders tell it (issue
20, type22): a company's own title wording, no title at all (the kind is in what the page
holds), the title in a box or in a rotated band down the margin, two titles in two
languages ("Facture / Invoice"), a title word of another kind in the body ("ce bordereau
ne vaut pas facture"), pro formas and statements (which orderdesk does not process:
``other``), credit notes printed like invoices.

Split from the start, by wording pool and by layout:

- TUNE half: ``type22_box`` (the kind in a bordered box beside the letterhead) and
  ``type22_band`` (a coloured rotated band down the left margin), titles of ``TUNE``;
- REPORT half, kept aside (never looked at while tuning): ``type22_memo`` (a centred
  letterhead, the kind in the body's first line) and ``type22_grid`` (a caption grid of
  the header values), titles of ``REPORT``.

Kept out of ``families.FAMILIES``; drawn only when named. Pages: ``type22_pages.py``.
The wordings are this module's own, written from real documents' habits.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

TYPE22_SPECS: list[dict[str, Any]] = family_specs("type22")

TYPE22_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("type22")

TUNE_FAMILIES = ("type22_box", "type22_band")
REPORT_FAMILIES = ("type22_memo", "type22_grid")

# pool -> language -> kind -> titles. quotation stands for a pro forma (other), reminder
# for a statement of account (other): what the page is, not what it names.
TUNE: dict[str, dict[str, list[str]]] = {
    "fr": {
        "purchase_order": [
            "Demande d'achat",
            "Commande à livrer",
        ],
        "order_confirmation": [
            "Accusé de réception de commande",
            "Confirmation de commande client",
            "Prise en compte de votre commande",
        ],
        "delivery_note": ["Bordereau de livraison", "Bon de livraison client"],
        "invoice": ["Facture d'acompte", "Facture client"],
        "credit_note": ["Facture d'avoir"],
        "payment_advice": ["Avis de virement", "Avis de règlement fournisseur"],
        "quotation": ["Facture pro forma", "Pro forma"],
        "reminder": ["Relevé de compte client", "Relevé de factures"],
    },
    "en": {
        "purchase_order": ["Purchase Requisition", "Buyer's Order"],
        "order_confirmation": [
            "Order Acknowledgement",
            "Acknowledgement of your order",
        ],
        "delivery_note": ["Packing slip", "Delivery docket", "Goods despatch note"],
        "invoice": ["Tax Invoice"],
        "credit_note": ["Credit Memo", "Credit Note", "Sales Credit"],
        "payment_advice": ["Remittance advice", "Payment advice"],
        "quotation": ["Pro forma invoice", "Proforma"],
        "reminder": ["Statement", "Customer statement"],
    },
}
REPORT: dict[str, dict[str, list[str]]] = {
    "fr": {
        "purchase_order": ["Ordre d'achat n°", "Notre commande"],
        "order_confirmation": [
            "Confirmation de votre commande",
            "Commande client confirmée",
        ],
        "delivery_note": ["Bon de livraison", "Bordereau d'expédition", "Liste de colisage"],
        "invoice": ["Facture"],
        "credit_note": ["Avoir", "Note de crédit"],
        "payment_advice": ["Avis de paiement", "Avis de règlement"],
        "quotation": ["Facture proforma", "Pro-forma"],
        "reminder": ["Relevé de compte", "Extrait de compte client"],
    },
    "en": {
        "purchase_order": ["Purchase Order"],
        "order_confirmation": ["Order Confirmation", "Sales Order"],
        "delivery_note": ["Delivery Note", "Dispatch Note", "Packing List"],
        "invoice": ["Invoice", "Final invoice", "Commercial Invoice"],
        "credit_note": ["Credit note", "Return credit"],
        "payment_advice": ["Remittance", "Payment notification"],
        "quotation": ["Pro-forma invoice", "Proforma invoice"],
        "reminder": ["Statement of account", "Account statement"],
    },
}
POOLS = {"tune": TUNE, "report": REPORT}

# sentences in the body that name another kind than the page's (kind -> language -> pool)
BODY_NAMES: dict[str, dict[str, list[str]]] = {
    "delivery_note": {
        "fr": ["Ce bordereau ne vaut pas facture.", "La facture vous sera adressée séparément."],
        "en": ["This is not an invoice.", "An invoice will follow under separate cover."],
    },
    "order_confirmation": {
        "fr": ["Ce document ne constitue pas une facture.", "Facturation à la livraison."],
        "en": ["This acknowledgement is not an invoice.", "You will be invoiced on dispatch."],
    },
    "quotation": {
        "fr": ["Document sans valeur comptable, ne constitue pas une facture."],
        "en": ["This pro forma is not a tax invoice; no VAT can be reclaimed on it."],
    },
    "purchase_order": {
        "fr": ["Merci de rappeler ce numéro sur vos factures et bons de livraison."],
        "en": ["Quote this order number on all invoices and delivery notes."],
    },
    "invoice": {
        "fr": ["Facture établie d'après notre bon de livraison et votre commande."],
        "en": ["Invoiced against your purchase order and our delivery note."],
    },
    "credit_note": {
        "fr": ["Avoir à déduire de votre prochaine facture."],
        "en": ["To be deducted from your next invoice."],
    },
    "payment_advice": {
        "fr": ["Les factures ci-dessous ont été réglées par virement."],
        "en": ["The invoices below have been paid by bank transfer."],
    },
    "reminder": {
        "fr": ["Liste des factures et avoirs non soldés à ce jour."],
        "en": ["Invoices and credits open on your account at this date."],
    },
}

# a copy's stamp printed big over a small title (the stamp names no kind)
STAMPS: dict[str, list[str]] = {
    "fr": ["DUPLICATA", "COPIE CLIENT", "ORIGINAL", "EXEMPLAIRE COMPTABILITÉ"],
    "en": ["DUPLICATE", "CUSTOMER COPY", "ORIGINAL", "FILE COPY"],
}

# the caption of a grid cell that holds the kind ("Type de document : Avoir")
TYPE_CAPTIONS: dict[str, list[str]] = {
    "fr": ["Type de document", "Nature du document", "Document", "Type de pièce"],
    "en": ["Document type", "Document", "Type", "Transaction type"],
}

# titles that join two kinds: the first named is what the page is (kind -> language)
COMBINED: dict[str, dict[str, list[str]]] = {
    "invoice": {
        "fr": ["Facture valant bon de livraison", "Facture / Bon de livraison"],
        "en": ["Invoice / Delivery note", "Invoice and packing list"],
    },
    "delivery_note": {
        "fr": ["Bon de livraison / Bon de réception", "Bon de livraison et de retour"],
        "en": ["Delivery note / Goods received", "Packing list and delivery note"],
    },
    "purchase_order": {
        "fr": ["Bon de commande valant acceptation de devis", "Commande suite à devis"],
        "en": ["Purchase order against quotation", "Purchase order / Delivery schedule"],
    },
    "order_confirmation": {
        "fr": ["AR de commande / Planning"],
        "en": ["Order confirmation / Shipping schedule", "Order acknowledgement and invoice plan"],
    },
    "credit_note": {
        "fr": ["Avoir sur facture", "Avoir / Note de crédit"],
        "en": ["Credit note against invoice", "Credit memo / Refund"],
    },
    "payment_advice": {
        "fr": ["Avis de virement / Détail du règlement", "Avis de paiement des factures"],
        "en": ["Remittance advice / Payment details", "Payment advice for invoices"],
    },
}

# the other language's title, for pages titled twice ("Facture / Invoice")
OTHER_LANGUAGE = {"fr": "en", "en": "fr"}
