"""Reference-structure development families, third round (issue 20, header references).

On unseen layouts the buyer's order reference is the weakest header field and the
document's number is sometimes taken from another reference. ``refs_families.py`` put the
header in four structures; these three print the references in yet others, so that a
mechanism for the references can be measured on structures it was not written on. Kept out
of ``families.FAMILIES`` (no default draw or pinned digest changes); ``--families NAME``
draws them. Pages: ``refs3_pages.py``.

- ``hdr_letter``: the buyer's order and a contract said in sentences under the title; the
  document's number on the title's line, with a short list of the date and the customer.
- ``hdr_boxes``: each reference in a bordered box, its small caption inside the box over
  the value, boxes side by side; other references (a contract, a file, a delivery note)
  boxed the same way.
- ``hdr_refline``: the references as "caption: value" pairs run together on one or two
  lines, several to a line; the document's number beside the title, with or without a
  number mark.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

REFS3_NAMES = ("hdr_letter", "hdr_boxes", "hdr_refline")

REFS3_SPECS: list[dict[str, Any]] = family_specs("refs3")

REFS3_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("refs3")

# captions and sentences of these families (one drawn per document); every caption names
# its reference by word pieces (a mark, an order noun, whose it is), most of them short
# forms or wordings of the development modules, so that none is a held-out set's
# (tests/samples/test_wild_fresh.py)
REFS3_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "your_order": ["Votre référence", "V/Réf.", "V/Cde", "Réf. BC", "BC cl.", "Vos réf."],
        "our_ref": ["N/Réf.", "Affaire", "Dossier"],
        "contract": ["Réf. marché", "Marché", "Lot n°", "Contrat"],
        "project": ["Projet", "Site"],
        "customer": ["Code client", "N° client"],
        "date": ["Date", "Date d'émission"],
        "own": ["N°", "Numéro"],
        "order_sentence": [
            "Vu votre cde {o}, voici l'envoi.",
            "Pour votre BC {o} : détail ci-après.",
            "Rappel de votre commande {o}.",
        ],
        "contract_sentence": ["Marché {c}.", "Lot du marché {c}."],
    },
    "en": {
        "your_order": ["Your ref.", "PO ref.", "Your PO", "Buyer PO", "Cust PO"],
        "our_ref": ["Our ref", "Job ref", "File", "Case"],
        "contract": ["Tender", "Contract ref.", "Lot no."],
        "project": ["Project", "Site"],
        "customer": ["Customer no.", "Account no.", "Cust ID"],
        "date": ["Date", "Issue date"],
        "own": ["No.", "Number", "#"],
        "order_sentence": [
            "Re your PO {o}: goods below.",
            "Goods for your order {o} below.",
            "Ref your purchase order {o}.",
        ],
        "contract_sentence": ["Tender {c}.", "Under tender {c}."],
    },
}
