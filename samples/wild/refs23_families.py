"""Reference development families, session 23 (issue 20, references as ERP and office
software print them).

The blind set's references are shapes no family drew: the number and the date in one title
line ("FACTURE N° FA-2025-0412 du 03/03/2025"), the buyer's order in a label that carries
its own date ("Votre commande du 12/02/2025 : 4512"), a one-row band of captions over
values where the document's kind is itself a value ("Type | Numéro | Date | Client |
Page"), "N/Réf. / V/Réf." pairs on one line (whose is whose), and many numbers of no field
beside them (page "1/2", folio, delivery round, depot, lot, rep, the customer's SIRET, a
telephone). Kept out of ``families.FAMILIES``; ``--families NAME`` draws them. Pages:
``refs23_pages.py``.

Split from the start: the first two are the TUNE half, the last two the REPORT half (built,
generated, never looked at until the end).

- ``r23_titledate`` (tune): the number and the date in the title line, a right stack of
  "key: value" lines mixing references with page, folio, round and depot numbers, the
  buyer's order under a label holding its date or in a "V/Réf. ... N/Réf. ..." line;
- ``r23_erpband`` (tune): an ERP's ruled band, captions over values, the kind as a value,
  the number under a bare "Numéro"/"Number" caption, page and rep and round beside it, the
  customer's code repeated in the address block;
- ``r23_memo`` (report): a letter with an "Objet :" / "Subject:" line naming the document,
  its number and the buyer's order with its date, our and your references on one line, a
  "dossier suivi par" line with a telephone;
- ``r23_sidebox`` (report): a framed box on the right: "N° ... du ..." under the kind, then
  page, folio, account, the customer's SIRET and the order with its date, one per line.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

REFS23_NAMES = ("r23_titledate", "r23_erpband", "r23_memo", "r23_sidebox")
REFS23_TUNE = ("r23_titledate", "r23_erpband")
REFS23_REPORT = ("r23_memo", "r23_sidebox")

REFS23_SPECS: list[dict[str, Any]] = family_specs("refs23")

REFS23_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("refs23")

# {n} the number, {d} a date, {o} the buyer's order, {k} the kind's word
REFS23_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "title_dated": [
            "{k} N° {n} du {d}",
            "{k} n° {n} du {d}",
            "{k} {n} du {d}",
            "{k} N°{n} en date du {d}",
        ],
        "order_dated": ["Votre commande du {d}", "V/Cde du {d}", "Réf. commande client du {d}"],
        "order_plain": ["V/Réf.", "Votre réf.", "Votre n° de réf."],
        "our_plain": ["N/Réf.", "Notre réf.", "Nos références"],
        "customer": ["Code client", "N° client", "Compte client", "Client"],
        "page": ["Page", "Feuillet"],
        "folio": ["Folio", "N° d'ordre"],
        "round": ["Tournée", "Circuit"],
        "depot": ["Dépôt", "Magasin"],
        "rep": ["Représentant", "Commercial", "Vendeur"],
        "lot": ["Lot", "N° de lot"],
        "siret": ["SIRET client", "Siret"],
        "date": ["Date", "Date document"],
        "band_type": ["Type", "Pièce", "Document"],
        "band_number": ["Numéro", "N°", "N° pièce"],
        "band_order": ["Réf. cde client", "Votre commande", "V/Réf."],
        "kind_invoice": ["FACTURE", "Facture"],
        "kind_credit_note": ["AVOIR", "Avoir"],
        "kind_order_confirmation": ["ACCUSÉ DE RÉCEPTION", "Confirmation de commande"],
        "kind_delivery_note": ["BON DE LIVRAISON", "Bon de livraison"],
        "kind_purchase_order": ["BON DE COMMANDE", "Ordre d'achat"],
        "subject": ["Objet :", "Concerne :"],
        "subject_line": [
            "{k} {n} — votre commande n° {o} du {d}",
            "{k} n° {n} relative à votre commande {o} du {d}",
        ],
        "subject_alone": ["{k} n° {n}", "notre {k} {n}"],
        "followed": ["Dossier suivi par {p} — Tél. {t}", "Contact : {p}, tél. {t}"],
        "box_number": ["N° {n} du {d}", "N° {n} — {d}"],
    },
    "en": {
        "title_dated": [
            "{k} No. {n} dated {d}",
            "{k} {n} of {d}",
            "{k} #{n} — {d}",
            "{k} No {n} issued {d}",
        ],
        "order_dated": ["Your order of {d}", "Cust. PO dated {d}", "Your PO of {d}"],
        "order_plain": ["Your ref.", "Your reference", "Y/Ref."],
        "our_plain": ["Our ref.", "Our reference", "O/Ref."],
        "customer": ["Customer code", "Account", "Customer no.", "A/C no."],
        "page": ["Page", "Sheet"],
        "folio": ["Folio", "Seq. no."],
        "round": ["Route", "Run"],
        "depot": ["Depot", "Branch"],
        "rep": ["Rep", "Account manager", "Salesperson"],
        "lot": ["Batch", "Lot no."],
        "siret": ["Company reg. no.", "Reg. no."],
        "date": ["Date", "Date of doc."],
        "band_type": ["Type", "Document"],
        "band_number": ["Number", "No.", "Doc. no."],
        "band_order": ["Cust. order", "Your order", "Your ref."],
        "kind_invoice": ["INVOICE", "Tax invoice"],
        "kind_credit_note": ["CREDIT NOTE", "Credit memo"],
        "kind_order_confirmation": ["ORDER ACKNOWLEDGEMENT", "Sales order"],
        "kind_delivery_note": ["DELIVERY NOTE", "Packing slip"],
        "kind_purchase_order": ["PURCHASE ORDER", "Purchase order"],
        "subject": ["Re:", "Subject:"],
        "subject_line": [
            "{k} {n} — your order no. {o} of {d}",
            "{k} no. {n} against your order {o} dated {d}",
        ],
        "subject_alone": ["{k} no. {n}", "our {k} {n}"],
        "followed": ["Your contact {p} — Tel. {t}", "Contact: {p}, phone {t}"],
        "box_number": ["No. {n} of {d}", "No. {n} — {d}"],
    },
}
