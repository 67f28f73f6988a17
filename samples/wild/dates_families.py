"""Development families for the header's dates and number, drawn only when named (issue 20).

On pages of unseen layouts the delivery date, the document's number and its date are the
weakest header fields. These families print them the ways real documents do that the
other families do not: dates with a weekday, abbreviated months, two-digit years, dotted,
ISO or month-first; a delivery said as "ship by", "expected", "à partir du", a week, or
in a column of the line table; the number in the title line with a suffix, in a box under
the title, or split over a label line and a value line; the buyer's order and its date in
one cell ("Order 4711 of 12/03/2025"), beside other references (a quote's, a delivery
note's) that are no field. Kept out of ``families.FAMILIES`` like the other named-only
families; ``--families NAME`` draws them. Pages: ``dates_pages.py``.

- ``dts_title``: the number in the title line or in a box under it, the date with its
  weekday or in the letter's "City, date" line, the references in one line of cells.
- ``dts_stack``: a right-hand stack of labels each over its value (number, dates,
  references), several dates of which one is the document's.
- ``dts_column``: the delivery in a column of the line table (the same day on every row,
  or not), the number and date in a sentence-like head line ("Invoice 123 of 12/03/2025").
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

DATES_NAMES = ("dts_title", "dts_stack", "dts_column")

DATES_SPECS: list[dict[str, Any]] = family_specs("dates")

DATES_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("dates")

# "{d}" the date, "{w}" a calendar week; a wording without "{d}" states no date
DATES_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "number_in_title": ["N° {n}", "n° {n}", "{n}", "N°{n}"],
        "number_suffix": ["", "", " (duplicata)", " - original", " / copie"],
        "box_number": ["N° {n}", "{n}", "Numéro {n}"],
        "number_head": ["Numéro", "N° de pièce", "Référence document", "N° document"],
        "date_head": ["Date", "Émise le", "Date du doc.", "Établie le", "Date d'édition"],
        "delivery_head": [
            "Livraison souhaitée",
            "Livraison souhaitée le",
            "Date de livraison souhaitée",
            "Livraison au plus tard le",
            "Date de mise à disposition",
            "Enlèvement prévu le",
            "Arrivée prévue",
            "Date de réception souhaitée",
        ],
        "delivery_from": ["à partir du {d}", "au plus tard le {d}", "pour le {d}"],
        "delivery_week": ["semaine {w}", "S{w}", "sem. {w}"],
        "ship_head": ["Date d'expédition", "Expédié le", "Départ usine"],
        "order_cell": [
            "Votre commande {o} du {d}",
            "Commande {o} du {d}",
            "Réf. commande : {o} du {d}",
            "V/cde {o} du {d}",
        ],
        "order_head": ["Votre commande", "Réf. client", "Vos réf."],
        "order_date_head": ["Date de commande", "Commandé le"],
        "quote_head": ["Devis", "Offre n°", "Réf. devis"],
        "dn_head": ["BL n°", "Bon de livraison"],
        "customer_head": ["Code client", "N° client", "Compte"],
        "printed_head": ["Imprimé le", "Impression"],
        "valid_head": ["Valable jusqu'au", "Validité"],
        "column_head": ["Livraison", "Date livr.", "Délai", "Livr. prévue"],
        "head_sentence": [
            "{t} {n} du {d}",
            "{t} n° {n} du {d}",
            "{t} {n} en date du {d}",
        ],
        "place_date": ["{c}, le {d}", "{c}, {d}", "Le {d}"],
    },
    "en": {
        "number_in_title": ["No. {n}", "# {n}", "{n}", "Nr. {n}", "#{n}"],
        "number_suffix": ["", "", " (copy)", " - original", " / duplicate"],
        "box_number": ["No. {n}", "{n}", "Number {n}"],
        "number_head": ["Number", "Doc. no.", "Reference no.", "Document #"],
        "date_head": ["Date", "Dated", "Issued", "Created", "Date issued"],
        "delivery_head": [
            "Ship by",
            "Expected",
            "Expected on",
            "ETA",
            "Need by",
            "Required date",
            "Deliver no later than",
            "Arrival date",
            "Requested ship date",
            "Dispatch by",
        ],
        "delivery_from": ["from {d}", "not before {d}", "by {d}", "no later than {d}"],
        "delivery_week": ["week {w}", "wk {w}", "CW {w}"],
        "ship_head": ["Ship date", "Shipped", "Dispatched"],
        "order_cell": [
            "Order {o} of {d}",
            "Your PO {o} dated {d}",
            "PO {o} / {d}",
            "Your order {o} of {d}",
        ],
        "order_head": ["Your PO", "Customer PO", "Your ref."],
        "order_date_head": ["Order date", "PO date"],
        "quote_head": ["Quote", "Quote ref.", "Estimate no."],
        "dn_head": ["Delivery note", "DN no."],
        "customer_head": ["Customer no.", "Account", "Acct. no."],
        "printed_head": ["Printed", "Run on"],
        "valid_head": ["Valid until", "Expires"],
        "column_head": ["Ship date", "Delivery", "Deliv. date", "ETA"],
        "head_sentence": ["{t} {n} of {d}", "{t} no. {n} dated {d}", "{t} {n} issued {d}"],
        "place_date": ["{c}, {d}", "{d}"],
    },
}

CITIES = {
    "fr": ["Lyon", "Tours", "Metz", "Brest", "Valence", "Annecy"],
    "en": ["Leeds", "Boston", "Austin", "Derby", "Dayton"],
}
