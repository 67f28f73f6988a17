"""More header-hard development families, drawn only when named (issue 20).

``header_families.py``'s three families lifted terms recall from 48 to 80 % on their own
pages, yet on other layouts payment terms, delivery dates, order and document numbers are
still missed: three structures are too few. These four put the header in yet other
structures, with wordings of their own, so that a rule written on one of them can be
measured on the others. Kept out of ``families.FAMILIES`` like the ``hdr_*`` ones (so no
default draw or pinned digest changes); ``--families NAME`` draws them. Pages:
``refs_pages.py``.

- ``hdr_refrow``: a reference grid whose labels are a header row and whose values are the
  row below, several references side by side of which one only is the document's, and
  dates of several kinds in the same row.
- ``hdr_under``: each value printed over its small caption (the label under the value),
  blocks side by side on one or two rows; the terms and the delivery stated in sentences.
- ``hdr_band``: the labels in a coloured band on the left of their values; the delivery
  as a sentence or a calendar week; the terms in a footer line.
- ``hdr_dots``: lines of a label joined to its value by leader dots; the terms and
  delivery lines among other dated lines (the buyer's order's date, a value date).
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

REFS_NAMES = ("hdr_refrow", "hdr_under", "hdr_band", "hdr_dots")

REFS_SPECS: list[dict[str, Any]] = family_specs("refs")

REFS_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("refs")

# terms as these senders write them (the printed text is the truth); like every wording
# below, either a development wording of another module or shorter than eight letters, so
# that none can be a held-out set's wording (tests/samples/test_wild_fresh.py)
REFS_TERMS: dict[str, list[str]] = {
    "fr": [
        "30 jours fin de mois",
        "45 jours fin de mois",
        "30 jours date de facture",
        "60 jours nets",
        "Virement à 45 jours",
        "10 jours escompte 2 %, 30 jours net",
        "Comptant",
    ],
    "en": [
        "Net 30",
        "Net 15",
        "2/10 Net 30",
        "30 days EOM",
        "60 days from invoice date",
        "Due on receipt",
        "Cash on delivery",
        "Net 45 days",
    ],
}

# wordings of these families (the page draws one per document)
REFS_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "no_invoice": ["N° de facture", "Facture n°", "N° facture"],
        "no_order_confirmation": ["N° de confirmation", "AR n°", "N° d'AR"],
        "no_purchase_order": ["N° BC", "Commande n°", "Bon de commande n°"],
        "no_delivery_note": ["N° de BL", "BL n°", "Bon de livraison n°"],
        "no_quotation": ["N° de devis", "Devis n°", "Offre n°"],
        "date": ["Date", "Date du document", "Date d'émission"],
        "your_order": ["Réf. client", "Votre commande", "Vos réf.", "Commande client"],
        "customer": ["Code client", "N° client"],
        "delivery": ["Livraison", "Date de livraison", "Livraison prévue", "Livré le"],
        "due": ["Échéance", "Date d'échéance"],
        "terms": ["Paiement", "Conditions de paiement", "Délai de paiement"],
        "our_ref": ["Dossier", "Affaire", "Réf."],
        "contract": ["Contrat", "Marché n°"],
        "quote": ["Devis", "Réf. devis", "Selon devis"],
        "dn": ["BL", "N° de BL", "Bon de livraison"],
        "order_date": ["Date de commande", "Commandé le", "Date de la commande"],
        "value_date": ["Valeur", "Val."],
        "printed": ["Imprimé", "Édition"],
        "week": ["Livraison prévue semaine {w}", "Livraison en semaine {w}"],
        "sentence_delivery": ["Livraison prévue le {d}.", "Nous livrerons le {d}."],
        "sentence_terms": ["Paiement : {t}.", "Règlement {t}.", "Conditions de paiement : {t}."],
    },
    "en": {
        "no_invoice": ["Invoice no.", "Inv. no.", "Document no."],
        "no_order_confirmation": ["Confirmation no.", "Sales order no.", "Acknowledgement no."],
        "no_purchase_order": ["Order no.", "P.O. no.", "Purchase order no."],
        "no_delivery_note": ["Delivery note no.", "Shipment no.", "DN no."],
        "no_quotation": ["Quote no.", "Quotation #"],
        "date": ["Date", "Issue date", "Date of issue"],
        "your_order": ["Your ref.", "Customer PO", "Your order", "Cust. order no."],
        "customer": ["Customer no.", "Account no."],
        "delivery": ["Delivery date", "Requested delivery", "Ship date", "Expected delivery"],
        "due": ["Due date", "Payment due date"],
        "terms": ["Terms", "Payment terms", "Payment"],
        "our_ref": ["Our ref", "Job no.", "File"],
        "contract": ["Contract ref.", "Tender ref."],
        "quote": ["Quote", "Quote ref.", "As per quote"],
        "dn": ["Delivery note", "DN no.", "Shipment no."],
        "order_date": ["Order date", "Ordered on", "PO date"],
        "value_date": ["Value date"],
        "printed": ["Printed", "Run on"],
        "week": ["Delivery planned in week {w}", "Shipping in week {w}"],
        "sentence_delivery": ["Delivery planned for {d}.", "We will deliver on {d}."],
        "sentence_terms": ["Terms: {t}.", "Payment {t}.", "Payment terms: {t}."],
    },
}
