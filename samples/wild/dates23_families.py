"""Development families for dates and payment terms in shapes the earlier families do not
print (issue 20, dates23).

Real senders' pages still lose their own date and their terms on unseen layouts. Shapes
met on ERP exports and office templates that no family drew yet: a month abbreviation
between slashes or dots ("03/Mar/2025", "03.Mar.2025"), glued ("03MAR25"), a month-first
dash ("Mar-03-2025"); the own date in a strip of captions over values beside the page
count, or after the number in the title line ("FACTURE F-12 DU 03/03/2025"); the
document's date beside a print stamp and an order's date in a running line; abbreviated
captions ("Dt. fact.", "Inv. dt"); the terms in one run of the legal footer among the
capital and the registry, as a discount schedule, split over two lines of a cell, or after
the payment means in one cell. Drawn only when named (``--families NAME``). Pages:
``dates23_pages.py``.

- ``d23_strip``: a strip of captions over values (number, own date under a bare caption,
  customer, page), the terms split over two lines in a cell of a second strip.
- ``d23_letter``: a letter's place-and-date line without "le", the terms in one run of the
  legal footer between the capital and the penalties.
- ``d23_band``: the own date in the title line after the number, a print stamp and the
  order's date in a running line under it, the terms as a discount schedule in the totals.
- ``d23_stamp``: an ERP key block of abbreviated captions, the terms after the means in one
  cell ("Virement - 30 jours fin de mois"), a footer stamp with its own print date.

Split (said from the start): ``d23_strip`` and ``d23_letter`` are the tuning half;
``d23_band`` and ``d23_stamp`` are the report half, generated and scored only at the end.

Truth convention as in ``dates22_families.py``: the printed phrase of the terms without
its label, the means or the words that introduce it.
"""

from __future__ import annotations

from typing import Any

from samples.wild.dates22_families import Terms
from samples.wild.family_specs import family_specs, kind_weights

DATES23_NAMES = ("d23_strip", "d23_letter", "d23_band", "d23_stamp")
DATES23_TUNE = ("d23_strip", "d23_letter")
DATES23_REPORT = ("d23_band", "d23_stamp")

DATES23_SPECS: list[dict[str, Any]] = family_specs("dates23")

DATES23_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("dates23")

# (printed, days, end of month, day of next month); a "|" is where a cell breaks the line
TERMS23: dict[str, list[Terms]] = {
    "fr": [
        ("2 % 10 jours, net 30 jours", 30, False, None),
        ("30 jours fin de mois le 10", 30, True, 10),
        ("payable comptant", 0, False, None),
        ("à réception|de facture", 0, False, None),
        ("45 jours fin|de mois", 45, True, None),
        ("net à 30 jours|date de facture", 30, False, None),
        ("escompte 1 % à 8 jours,|net à 45 jours", 45, False, None),
        ("60 jours nets", 60, False, None),
        ("30 jours le 15", 30, False, 15),
        ("comptant sans escompte", 0, False, None),
    ],
    "en": [
        ("Net 30 EOM", 30, True, None),
        ("2/10 net 30", 30, False, None),
        ("Net 45 days|from invoice", 45, False, None),
        ("Due upon|receipt", 0, False, None),
        ("1% 10 days,|net 60 days", 60, False, None),
        ("Strictly 30 days", 30, False, None),
        ("Net 15", 15, False, None),
        ("C.O.D.", None, False, None),
        ("30 days from|end of month", 30, True, None),
    ],
}

WORDS23: dict[str, dict[str, list[str]]] = {
    "fr": {
        "own_bare": ["Le", "Date", "Daté", "Du"],
        "own_abbr": ["Dt. fact.", "Date fact.", "Dte pièce", "Dt pièce"],
        "order_abbr": ["Dt cde", "Date cde client", "Cde du"],
        "delivery_abbr": ["Dt livr.", "Livr. prévue", "Expéd."],
        "due_abbr": ["Éch.", "Date éch.", "Échéance le"],
        "page": ["Page", "Folio"],
        "customer": ["Client", "Cpte client"],
        "strip_terms": ["Règlement", "Conditions", "Modalités"],
        "means_terms": ["Mode / délai", "Règlement", "Paiement"],
        "means": ["Virement", "Chèque", "Prélèvement", "LCR directe"],
        "title_date": ["{t} {n} DU {d}", "{t} n° {n} du {d}", "{t} {n} en date du {d}"],
        "stamp": ["Imprimé le {d} à {h}", "Édition du {d} {h}", "Tiré le {d}"],
        "order_run": ["Votre commande {o} du {d}", "Réf. cde {o} du {d}"],
        "legal_terms": [
            "Modalités de paiement : {t}",
            "Paiement : {t}",
            "Délai de règlement : {t}",
        ],
        "capital": ["SAS au capital de 20 000 €", "SARL au capital de 7 500 €"],
        "registry": ["RCS Nantes 512 334 778", "RCS Dijon 498 201 556"],
        "penalty": [
            "Pénalités de retard : trois fois le taux légal",
            "Indemnité forfaitaire de recouvrement : 40 €",
            "Aucun escompte pour paiement anticipé",
        ],
        "schedule": ["Conditions", "Escompte / net"],
    },
    "en": {
        "own_bare": ["Date", "Dated", "On"],
        "own_abbr": ["Inv. dt", "Doc. dt", "Dt issued"],
        "order_abbr": ["PO dt", "Ord. dt"],
        "delivery_abbr": ["Ship dt", "Dlv. dt"],
        "due_abbr": ["Due dt", "Pay by"],
        "page": ["Page", "Sheet"],
        "customer": ["Account", "Cust."],
        "strip_terms": ["Terms", "Settlement"],
        "means_terms": ["Method / terms", "Payment"],
        "means": ["BACS", "Cheque", "Wire transfer", "ACH"],
        "title_date": ["{t} {n} DATED {d}", "{t} #{n} of {d}", "{t} {n} issued {d}"],
        "stamp": ["Printed {d} {h}", "Run {d} at {h}", "Generated {d}"],
        "order_run": ["Your PO {o} of {d}", "Ref. order {o} dated {d}"],
        "legal_terms": ["Our terms: {t}", "Terms {t}", "Payment terms {t}"],
        "capital": ["Registered in England No. 08812345", "Company No. 07745120"],
        "registry": ["Registered office: 4 Mill Lane", "VAT reg. GB 221 4467 09"],
        "penalty": [
            "Interest charged on overdue balances at 8% over base",
            "Title remains with the seller until paid in full",
            "Queries within 7 days please",
        ],
        "schedule": ["Terms", "Discount / net"],
    },
}
