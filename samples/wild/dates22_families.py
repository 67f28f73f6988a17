"""Development families for dates and payment terms printed the way real senders print
them (issue 20, dates22).

On unseen layouts the document's date went missing on a quarter of the pages and the
payment terms were right on a third. Real documents date themselves in a place-and-date
line ("Lyon, le 3 mars 2025"), with a weekday, in a grid of header cells whose caption is
above or to the left, beside several other dates (the order's, the delivery's, the due
date, a billing period "du 01/02/2025 au 28/02/2025"), in ISO, dotted, two-digit-year or
abbreviated-month styles ("3 mars 25", "Mar 3rd, 2025", "03-MAR-2025"); they say their
terms as prose in the footer, as a table cell, beside the payment means or the bank
details, next to penalty and discount clauses that are no terms. Drawn only when named
(``--families NAME``). Pages: ``dates22_pages.py``.

- ``d22_cells``: a table of header cells (captions above values, or captions left), every
  date of the document side by side, the terms in a cell of it.
- ``d22_foot``: the place-and-date line over the title, the terms as prose in the footer
  beside the bank details, a paragraph of penalties and discounts.
- ``d22_combo``: the number and the date in one cell ("N° / Date" over "F-12 / 03.03.2025"),
  a date with its time, dotted leaders, capitals throughout, own-date labels of unusual
  wordings; the terms in brackets after the due date or in a "Terms | Due" grid.
- ``d22_ledger``: an ERP print, "Label : value" lines aligned in a block, upper-case
  month abbreviations, the billing period, terms beside the payment means after totals.
- ``d22_note``: a craftsman's or shop's note: the date in a sentence or in the place-and-
  date line above the signature, the terms in the totals box, a delivery sentence.
- ``d22_sheet``: a spreadsheet template: right-aligned label cells beside value cells in
  a grid of its own, an instalment table of due dates and amounts, terms in capitals.

Split (said from the start): ``d22_cells``, ``d22_foot`` and ``d22_combo`` are the tuning
half; ``d22_ledger``, ``d22_note`` and ``d22_sheet`` are the report half, generated and
scored only at the end.

Truth convention (as in ``saying_families.py``): the printed phrase of the terms without
its label or the words that introduce it; a clause that says the payment ("Payable à 30
jours fin de mois") starts at its word of paying; a means after it is not part of it.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

DATES22_NAMES = ("d22_cells", "d22_foot", "d22_combo", "d22_ledger", "d22_note", "d22_sheet")
DATES22_TUNE = ("d22_cells", "d22_foot", "d22_combo")
DATES22_REPORT = ("d22_ledger", "d22_note", "d22_sheet")

DATES22_SPECS: list[dict[str, Any]] = family_specs("dates22")

DATES22_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("dates22")

# terms as a phrase: (printed, days after the date or None, end of month, day of next month)
Terms = tuple[str, int | None, bool, int | None]
TERMS22: dict[str, list[Terms]] = {
    "fr": [
        ("30 jours fin de mois", 30, True, None),
        ("45 jours fin de mois le 10", 45, True, 10),
        ("à 30 jours fin de mois", 30, True, None),
        ("Paiement à réception", 0, False, None),
        ("comptant", 0, False, None),
        ("à réception de facture", 0, False, None),
        ("60 jours date de facture", 60, False, None),
        ("à 45 jours nets", 45, False, None),
        ("escompte 2 % à 10 jours, net à 30 jours", 30, False, None),
        ("30 jours net", 30, False, None),
        ("comptant à la livraison", None, False, None),
        ("LCR à 60 jours fin de mois", 60, True, None),
        ("Traite à 45 jours", 45, False, None),
        ("50 % à la commande, solde à la livraison", None, False, None),
        ("Acompte de 30 %, solde à 30 jours", None, False, None),
        ("Virement à réception", 0, False, None),
        ("45 jours FDM", 45, True, None),
        ("30 j. fin de mois", 30, True, None),
        ("Net à 15 jours", 15, False, None),
    ],
    "en": [
        ("Net 30 days from invoice date", 30, False, None),
        ("2% 10 Net 30", 30, False, None),
        ("Due on receipt", 0, False, None),
        ("Net 14", 14, False, None),
        ("30 days end of month", 30, True, None),
        ("Payment in advance", None, False, None),
        ("within 21 days of invoice", 21, False, None),
        ("Net 60", 60, False, None),
        ("1% 15 days, net 45", 45, False, None),
        ("Cash on delivery", None, False, None),
        ("NET 30 DAYS", 30, False, None),
        ("30 days net", 30, False, None),
        ("Net 10th prox", None, False, None),
        ("Payment within 7 days", 7, False, None),
        ("Cash in advance", None, False, None),
        ("Net 30 EOM", 30, True, None),
        ("50% deposit, balance on delivery", None, False, None),
        ("Immediate", 0, False, None),
    ],
}
# a clause that says the payment: its word of paying is part of the truth ("{t}": the delay)
CLAUSES22: dict[str, list[str]] = {
    "fr": ["Payable {t}", "Paiement {t}"],
    "en": ["Payable {t}", "Due {t}"],
}
# the delays a clause may carry (a phrase that reads after "Payable")
CLAUSE_DELAYS: dict[str, list[Terms]] = {
    "fr": [
        ("à 30 jours fin de mois", 30, True, None),
        ("à 45 jours date de facture", 45, False, None),
        ("à réception de facture", 0, False, None),
        ("sous 60 jours nets", 60, False, None),
    ],
    "en": [
        ("within 30 days of invoice date", 30, False, None),
        ("within 14 days", 14, False, None),
        ("upon receipt", 0, False, None),
        ("30 days after end of month", 30, True, None),
    ],
}

WORDS22: dict[str, dict[str, list[str]]] = {
    "fr": {
        "own": ["Date", "Date du document", "Date d'édition", "Le", "Date d'émission"],
        "own_sentence": ["Pièce créée informatiquement le {d}.", "Document daté du {d}."],
        "place": ["{c}, le {d}", "{c}, {d}", "Fait à {c} le {d}"],
        "order": ["Date commande", "Votre commande du", "Cde du"],
        "delivery": ["Date de livraison", "Livraison", "Livré le", "Date d'expédition"],
        "delivery_sentence": ["Marchandise livrée le {d}.", "Travaux réalisés le {d}."],
        "due": ["Échéance", "À régler le", "Date de paiement attendue"],
        "period": ["Période", "Période facturée", "Prestations"],
        "period_value": ["du {a} au {b}", "{a} – {b}"],
        "printed": ["Imprimé le", "Impression"],
        "terms": [
            "Conditions de paiement",
            "Règlement",
            "Modalités de paiement",
            "Conditions",
            "Paiement",
            "Délai de paiement",
            "Condition de règlement",
        ],
        "intro": [
            "Règlement convenu : {t}.",
            "Nos conditions : {t}.",
            "Mode et délai : {m}, {t}.",
        ],
        "means": ["Mode de règlement", "Moyen de paiement"],
        "bank": ["Coordonnées bancaires", "Banque"],
        "penalties": [
            "En cas de retard de paiement, une pénalité égale à trois fois le taux "
            "d'intérêt légal sera appliquée, ainsi qu'une indemnité forfaitaire de 40 € "
            "pour frais de recouvrement.",
            "Pas d'escompte pour paiement anticipé.",
            "Escompte de 1 % pour paiement sous 8 jours.",
            "Tout retard entraîne des pénalités au taux de 10 % l'an.",
        ],
        "sign": ["Bon pour accord", "Signature du client"],
        "odd_own": ["Émis le", "Document émis le", "Créé le", "Du"],
        "num_date": ["N° / Date", "Numéro / Date", "Pièce / Date"],
        "at_time": ["{d} à {t}", "{d} {t}"],
        "instalments": ["Plan de paiement", "Versements prévus"],
        "amount": ["Montant"],
    },
    "en": {
        "own": ["Date", "Document date", "Dated", "Date issued"],
        "own_sentence": ["This document was issued on {d}.", "Statement date {d}."],
        "place": ["{c}, {d}", "{c} – {d}"],
        "order": ["Order date", "Your order of", "PO date"],
        "delivery": ["Delivery date", "Shipped", "Ship date", "Delivered on"],
        "delivery_sentence": ["Goods delivered on {d}.", "Work carried out on {d}."],
        "due": ["Due date", "Payment due", "Pay by", "Due"],
        "period": ["Period", "Billing period", "Service period"],
        "period_value": ["{a} to {b}", "{a} - {b}"],
        "printed": ["Printed", "Run date"],
        "terms": [
            "Terms",
            "Payment terms",
            "Terms of payment",
            "Payment",
            "Credit terms",
            "Trading terms",
        ],
        "intro": [
            "Our terms are {t}.",
            "Terms: {t}.",
            "Method and terms: {m}, {t}.",
        ],
        "means": ["Payment method", "Method of payment"],
        "bank": ["Bank details", "Remit to"],
        "penalties": [
            "Interest at 1.5% per month will be charged on overdue accounts.",
            "No discount for early settlement.",
            "A 2% discount applies to payments received within 10 days.",
            "Late payment fees apply under the Late Payment of Commercial Debts Act.",
        ],
        "sign": ["Customer signature", "Accepted by"],
        "odd_own": ["Txn date", "Date raised", "Created"],
        "num_date": ["No. / Date", "Invoice # / Date", "Ref / Date"],
        "at_time": ["{d} {t}", "{d}, {t}"],
        "instalments": ["Payment schedule", "Instalments"],
        "amount": ["Amount"],
    },
}
