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
        "order": ["Votre bon de commande", "Commande client n°", "Réf. de votre commande"],
        "quote": ["Offre n°", "Devis d'origine", "Proposition n°"],
        "dnote": ["Bon de livraison n°", "BL associé", "Livré sous BL"],
        "contract": ["Contrat cadre", "Marché n°", "Accord n°"],
        "vendor": ["N° fournisseur", "Notre code chez vous"],
        "order_date": ["Commandé le", "Date de la commande"],
        "printed": ["Édité le", "Imprimé le"],
        "delivery": ["Livraison prévue le", "Date de livraison"],
        "due": ["À régler au plus tard le", "Date limite de paiement"],
        "terms": ["Conditions de règlement :", "Modalités :"],
        "means": ["Règlement par", "Mode de paiement :"],
        "late": [
            "Tout retard de paiement entraîne des intérêts de {p} % par mois et une "
            "indemnité de 40 € pour frais de recouvrement.",
            "Intérêts de retard : {p} % l'an à compter du lendemain de l'échéance.",
        ],
        "early": [
            "Escompte de {p} % pour paiement sous 8 jours.",
            "Remise de {p} % accordée en cas de règlement anticipé.",
        ],
        "before_discount": ["Montant brut HT", "Total avant remise"],
        "discount": ["Remise commerciale {p} %", "Rabais {p} %"],
        "deposit_on": ["Acompte reçu le {d}", "Versement du {d}"],
        "balance": ["Solde restant dû", "Reste à payer"],
    },
    "en": {
        "order": ["Customer PO", "Your purchase order", "PO reference"],
        "quote": ["Quote ref.", "Based on quotation", "Proposal no."],
        "dnote": ["Delivery note", "Shipped under note", "Dispatch note no."],
        "contract": ["Framework contract", "Contract no.", "Agreement"],
        "vendor": ["Vendor no.", "Our supplier code"],
        "order_date": ["Ordered on", "PO date"],
        "printed": ["Printed", "Run date"],
        "delivery": ["Delivery expected", "Deliver on"],
        "due": ["Pay no later than", "Payment deadline"],
        "terms": ["Settlement terms:", "Terms of payment:"],
        "means": ["Settle by", "Payment method:"],
        "late": [
            "Late payments bear interest at {p}% per month from the day after the due date.",
            "Overdue balances are charged {p}% a month plus collection costs.",
        ],
        "early": [
            "A {p}% discount applies when paid within 10 days.",
            "Take {p}% off for payment in 7 days.",
        ],
        "before_discount": ["Gross amount before discount", "Subtotal before discount"],
        "discount": ["Trade discount {p}%", "Volume rebate {p}%"],
        "deposit_on": ["Deposit received {d}", "Advance paid {d}"],
        "balance": ["Balance outstanding", "Remaining balance"],
    },
}

# terms printed as the page's payment terms (the truth is the printed text)
RIVAL_TERMS: dict[str, list[str]] = {
    "fr": ["30 jours nets", "45 jours fin de mois", "À réception", "60 jours date de facture"],
    "en": ["Net 30", "Net 15", "30 days net", "Due on receipt", "Net 45"],
}

RIVAL_MEANS: dict[str, list[str]] = {
    "fr": ["virement bancaire", "chèque", "prélèvement SEPA", "carte bancaire"],
    "en": ["bank transfer", "cheque", "ACH transfer", "credit card"],
}
