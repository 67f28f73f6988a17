"""Reference development families, session 22 (issue 20, how real documents print numbers).

On unseen senders the document's number is right on fewer than half the documents and the
buyer's order and the customer's number on fewer still: real pages print several numbers
side by side (a quote, a delivery, a contract, a job, an account) and print each number in
its own shape (a prefix and a space, "PO 6612", "FA 25-118"; a slash, "INV-2025/0042"; ten
bare digits, "4500012345"; a number that reads like a date). Kept out of
``families.FAMILIES``; ``--families NAME`` draws them. Pages: ``refs22_pages.py``.

Split from the start: the first two are the TUNE half, the last two the REPORT half (built,
generated, never looked at until the end).

- ``r22_boxgrid`` (tune): a boxed grid of header cells, caption over value or value over
  caption, several numbers of other matters among the fields;
- ``r22_keyval`` (tune): a two-column key/value block right of the title, values set far
  right of their keys, the document's number also in the title line;
- ``r22_rowabove`` (report): a one-row table of references right above the lines, heads
  over values, the document's number after "No." / "N°" / "#" under the title;
- ``r22_letter`` (report): a letter-like page, the buyer's order said in the text ("Suite à
  votre commande n° ..."), the other numbers in a stack of "key: value" lines, a label
  split over two lines.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

REFS22_NAMES = ("r22_boxgrid", "r22_keyval", "r22_rowabove", "r22_letter")
REFS22_TUNE = ("r22_boxgrid", "r22_keyval")
REFS22_REPORT = ("r22_rowabove", "r22_letter")

REFS22_SPECS: list[dict[str, Any]] = family_specs("refs22")

REFS22_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("refs22")

# labels (one drawn per document and slot), titles with the number in them, sentences that
# say the buyer's order, and the captions of other matters' numbers (none of them a field)
REFS22_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "own_invoice": ["Facture N°", "N° Facture", "Numéro", "Pièce", "Réf. facture"],
        "own_credit_note": ["Avoir N°", "N° d'avoir", "Numéro"],
        "own_order_confirmation": ["N° d'accusé", "N° AR", "Numéro", "Confirmation N°"],
        "own_delivery_note": ["BL N°", "N° de BL", "Numéro", "Bon de livraison N°"],
        "own_purchase_order": ["Commande N°", "N° de commande", "Numéro", "Bon N°"],
        "your_order": ["Votre commande", "Vos réf.", "V/Cde", "Réf. commande client", "V/Réf."],
        "customer": ["N° client", "Code client", "Compte", "Client", "N° de compte"],
        "date": ["Date", "Le"],
        "quote": ["Devis N°", "Selon devis", "Offre"],
        "dn_other": ["BL N°", "Livraison", "Bon de livraison"],
        "contract": ["Contrat", "Marché N°"],
        "project": ["Affaire", "Chantier", "Dossier"],
        "job": ["N° d'intervention", "Ordre de travail", "OT N°"],
        "our_ref": ["N/Réf.", "Notre réf.", "Nos réf."],
        "rep": ["Commercial", "Représentant"],
        "title_invoice": ["FACTURE N° {n}", "Facture {n}", "FACTURE n°{n}"],
        "title_credit_note": ["AVOIR N° {n}", "Avoir {n}"],
        "title_order_confirmation": ["ACCUSÉ DE RÉCEPTION DE COMMANDE {n}", "AR commande {n}"],
        "title_delivery_note": ["BON DE LIVRAISON {n}", "Bon de livraison n° {n}"],
        "title_purchase_order": ["BON DE COMMANDE N° {n}", "Ordre d'achat {n}"],
        "order_sentence": [
            "Suite à votre commande n° {o}, veuillez trouver ci-dessous le détail.",
            "Nous accusons réception de votre commande {o} et vous en remercions.",
            "Comme convenu, référence de votre commande : {o}.",
        ],
        "split_order": ["Votre commande|n°", "Référence|commande client"],
        "split_customer": ["Numéro|de compte", "Code|client"],
    },
    "en": {
        "own_invoice": ["Invoice No.", "Invoice #", "No.", "Number", "Tax invoice no."],
        "own_credit_note": ["Credit Note No.", "Credit #", "No."],
        "own_order_confirmation": ["Sales Order", "Acknowledgement No.", "SO #", "No."],
        "own_delivery_note": ["Delivery Note No.", "Packing slip #", "Despatch No.", "No."],
        "own_purchase_order": ["PO No.", "Order #", "Purchase Order", "No."],
        "your_order": ["Your Order", "Your Order No.", "Cust. PO", "Customer PO #", "Your Ref."],
        "customer": ["Account No.", "Customer ID", "A/C", "Acct #", "Customer Code"],
        "date": ["Date", "Tax Point", "Dated"],
        "quote": ["Quote #", "Per quotation", "Estimate No."],
        "dn_other": ["Delivery No.", "Despatch Note", "Shipment #"],
        "contract": ["Contract", "Agreement No."],
        "project": ["Project", "Site", "Job"],
        "job": ["Job No.", "Work Order", "Job #"],
        "our_ref": ["Our Ref.", "Our Reference"],
        "rep": ["Account manager", "Salesperson"],
        "title_invoice": ["INVOICE {n}", "Tax Invoice #{n}", "Invoice No. {n}"],
        "title_credit_note": ["CREDIT NOTE {n}", "Credit Memo #{n}"],
        "title_order_confirmation": ["SALES ORDER {n}", "Order Acknowledgement #{n}"],
        "title_delivery_note": ["DELIVERY NOTE {n}", "Packing Slip #{n}"],
        "title_purchase_order": ["PURCHASE ORDER {n}", "PO #{n}"],
        "order_sentence": [
            "Thank you for your order {o}; the goods below are supplied against it.",
            "With reference to your purchase order no. {o}, we confirm the following.",
            "Further to your order # {o}, please find our invoice below.",
        ],
        "split_order": ["Your order|number", "Customer|PO no."],
        "split_customer": ["Account|number", "Customer|code"],
    },
}
