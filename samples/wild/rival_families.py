"""Rival-value development families: header values printed beside their look-alikes.

On layouts never tuned on, the weak header fields were weak in precision, not recall: a
value was given where the truth has another or none. The page printed a look-alike under
another caption and it was taken: the quotation's, the delivery note's, the contract's
number for the order number; the order's or the printing's date for the delivery date; an
amount due, a balance, a deposit or the total before a discount for the gross total; the
payment means, a late-payment sentence or an early-payment discount sentence for the
payment terms. These families print those rivals in structures no other family has, the
true value often absent. Kept out of ``families.FAMILIES`` like the other named-only
families; ``--families NAME`` draws them. Pages: ``rival_pages.py``.

- ``rvl_docket``: the header a numbered docket (an ordered list in two columns) of every
  reference and date the sender keeps, the customer's order among them or not; the
  payment said in a paragraph of conditions after the totals.
- ``rvl_statement``: the totals a statement of account (total before a discount, the
  discount, net, tax, gross, a deposit received on a date, the balance); the references in
  a run-in line under the title; the payment conditions as a list of short clauses.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

RIVAL_NAMES = ("rvl_docket", "rvl_statement")

RIVAL_SPECS: list[dict[str, Any]] = family_specs("rival")

RIVAL_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("rival")

# this module's own wordings (none of them a held-out set's: tests/samples/test_wild_fresh.py)
RIVAL_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "order": ["Votre bon de cde réf.", "Cde client réf.", "Réf. de votre cde"],
        "quote": ["Offre chiffrée réf.", "Devis initial réf.", "Proposition chiffrée"],
        "dnote": ["BL rattaché réf.", "BL joint réf.", "Remis sous BL"],
        "contract": ["Contrat-cadre réf.", "Marché public réf.", "Accord-cadre"],
        "vendor": ["Notre n° fournisseur chez vous", "Notre code dans vos livres"],
        "order_date": ["Cde reçue le", "Cde passée le"],
        "printed": ["Édition du", "Tiré le"],
        "delivery": ["Livraison envisagée le", "Livraison au plus tôt le"],
        "due": ["À solder au plus tard le", "Règlement attendu le"],
        "terms": ["Délai de règlement convenu :", "Modalités retenues :"],
        "means": ["Règlement effectué par", "Moyen retenu :"],
        "late": [
            "Chaque mois de retard coûte {p} % du montant, plus 40 € de frais de recouvrement.",
            "Au-delà de l'échéance, {p} % d'intérêts par mois entamé.",
        ],
        "early": [
            "Escompte de {p} % pour paiement sous 8 jours ouvrés.",
            "{p} % déduits si vous réglez avant terme.",
        ],
        "before_discount": ["Montant brut HT avant remise", "Valeur avant remise"],
        "discount": ["Geste commercial {p} %", "Rabais accordé {p} %"],
        "deposit_on": ["Acompte encaissé le {d}", "Versement anticipé du {d}"],
        "balance": ["Différence à verser", "Encore à verser"],
    },
    "en": {
        "order": ["Customer PO ref no.", "Your PO ref no.", "Buyer PO ref no."],
        "quote": ["Our priced quote ref.", "Priced under quotation", "Priced proposal ref."],
        "dnote": ["Related delivery note", "Sent under note", "Linked dispatch note"],
        "contract": ["Framework contract ref.", "Master agreement", "Supply agreement ref."],
        "vendor": ["Our vendor no. with you", "Our code in your books"],
        "order_date": ["PO received on", "PO placed"],
        "printed": ["Printed on", "Print run"],
        "delivery": ["Delivery foreseen", "Goods awaited"],
        "due": ["Settle no later than", "Settle by the"],
        "terms": ["Our trading terms:", "Terms we agreed:"],
        "means": ["Remit by", "Paid via:"],
        "late": [
            "Each month late adds {p}% to the sum owed.",
            "Past the due day, {p}% a month is added plus recovery costs.",
        ],
        "early": [
            "A {p}% rebate applies when settled within 10 days.",
            "Take {p}% off for payment in 7 days flat.",
        ],
        "before_discount": ["Goods before rebate", "List value of goods"],
        "discount": ["Loyalty rebate {p}%", "Volume rebate granted {p}%"],
        "deposit_on": ["Deposit banked {d}", "Advance banked on {d}"],
        "balance": ["Balance still outstanding", "Left to settle"],
    },
}

# terms printed as the page's payment terms (the truth is the printed text)
RIVAL_TERMS: dict[str, list[str]] = {
    "fr": ["Paiement à 30 jours fin de mois", "60 jours nets", "À réception de facture"],
    "en": ["Net 45", "Net 30", "30 days from invoice date", "14 days net"],
}

RIVAL_MEANS: dict[str, list[str]] = {
    "fr": ["virement bancaire", "chèque", "prélèvement"],
    "en": ["bank transfer", "check", "direct debit"],
}
