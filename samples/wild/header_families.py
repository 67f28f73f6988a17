"""Development families whose header fields are hard to read: drawn only when named.

Sets A and B read document, order number, terms and delivery date at 98-100 %, so they
cannot show progress on those fields; pages of never-seen layouts read them far worse.
These three families put the header in structures no other family has. They are kept out
of ``families.FAMILIES`` (and so out of ``DEV`` and every default draw and pinned digest);
``--families NAME`` draws them. Pages: ``header_pages.py``.

- ``hdr_cells``: the references as a grid of boxed cells, a small caption above each
  value, several numbers side by side (the document's, the buyer's order, the customer
  account, a delivery note, a contract or tender reference).
- ``hdr_subject``: references and dates stated in subject lines and a sentence under the
  title; the terms in a footer line at the very bottom; a delivery stated as a calendar
  week (no date: the truth then has no delivery date).
- ``hdr_rail``: a right-hand rail of label/value pairs in unusual wordings, with a second
  number that is not the document's (a quotation, a file/dossier, a job number).
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights, preset

# what the header-structure families share (refs_families.py draws the same pages)
BLOCK_COMMON: dict[str, Any] = preset("block")

HEADER_SPECS: list[dict[str, Any]] = family_specs("header")

HEADER_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("header")

# terms as these senders write them (the printed text is the truth)
HEADER_TERMS: dict[str, list[str]] = {
    "fr": [
        "45 jours fin de mois",
        "30 jours fin de mois le 10",
        "Comptant à réception de facture",
        "60 jours date de facture",
        "Virement à 30 jours nets",
        "À la commande",
        "30 % à la commande, solde à 30 jours",
    ],
    "en": [
        "Net 30 EOM",
        "Net 45",
        "2% 10 Net 30",
        "Due on receipt",
        "60 days end of month",
        "Cash with order",
        "Net 15 days from invoice date",
    ],
}

# wordings of these families (invented here; the page draws one per document)
HEADER_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "no_invoice": ["Facture", "N° facture"],
        "no_order_confirmation": ["Confirmation", "N° d'AR"],
        "no_purchase_order": ["Bon de commande", "N° BC", "Commande n°"],
        "no_delivery_note": ["Bon de livraison", "N° BL", "Livraison n°"],
        "no_quotation": ["Offre n°", "N° proposition", "Devis"],
        "date": ["Émise le", "En date du"],
        "your_order": ["Votre bon de commande", "Vos réf. commande", "Réf. commande client"],
        "customer": ["Compte", "Votre n° de compte"],
        "delivery": ["Livraison souhaitée", "Date de mise à disposition"],
        "due": ["À régler avant le", "Date limite de paiement"],
        "terms": ["Conditions de règlement", "Modalités de paiement", "Règlement"],
        "other_dn": ["Bon de livraison", "N° BL"],
        "other_tender": ["Marché n°", "Réf. appel d'offres", "Contrat cadre"],
        "other_quote": ["Selon offre", "Réf. proposition", "Offre d'origine"],
        "other_file": ["Dossier", "N° d'affaire", "Chantier n°"],
        "subject": ["Objet", "Concerne"],
        "week": ["Livraison : semaine {w} / {y}", "Expédition prévue semaine {w}-{y}"],
    },
    "en": {
        "no_invoice": ["Invoice", "Bill no.", "Document ref."],
        "no_order_confirmation": ["Acknowledgement", "Sales order", "Our confirmation"],
        "no_purchase_order": ["Purchase order", "PO number", "Requisition"],
        "no_delivery_note": ["Delivery note", "Consignment no."],
        "no_quotation": ["Quote no.", "Proposal", "Estimate ref."],
        "date": ["Issued", "Dated", "Document date"],
        "your_order": ["Your PO", "Buyer reference"],
        "customer": ["Account", "Customer ID"],
        "delivery": ["Required by", "Expected delivery", "Ship on"],
        "due": ["Pay by", "Payment due"],
        "terms": ["Payment", "Credit terms"],
        "other_dn": ["Delivery note", "Despatch ref."],
        "other_tender": ["Tender ref.", "Contract no.", "Framework agreement"],
        "other_quote": ["Per quote", "Quotation ref.", "Our offer"],
        "other_file": ["Job no.", "File ref.", "Project no."],
        "subject": ["Re", "Subject"],
        "week": ["Delivery: week {w} / {y}", "Dispatch planned for week {w}, {y}"],
    },
}
