"""Totals stated only in a sentence after the line table, as a business letter states them
(``python -m samples.wild OUT --prose-totals a|b``): a development option of the families
drawn as blocks, for the reading of totals in prose (issue 20).

The wordings are written here for this purpose, in two pools: ``a`` is what the reading is
developed on, ``b`` is kept aside to measure it on wordings it was not tuned on. Nothing
here is taken from the held-out families. Some sentences print amounts that are not the
totals (a minimum order, a penalty, a deposit, a free-delivery threshold): a reader must
leave them alone.

Placeholders: {g} gross, {n} net, {t} tax, {r} the VAT rate (single-rate documents only).
"""

from __future__ import annotations

# each wording: the totals it prints; a rate wording is drawn only when one rate applies
WORDINGS: dict[str, dict[str, list[str]]] = {
    "a": {
        "en": [
            "The total amount of this document is {g}, including VAT of {t} on a net amount "
            "of {n}.",
            "Total: {g} (tax {t}, before tax {n})",
            "Net amount {n}, plus VAT {t}, making a total of {g}.",
            "Please remit {g} incl. VAT.",
            "The goods listed above come to {n} excl. VAT; with VAT of {t} the amount payable "
            "is {g}.",
            "Amount due: {g} (net {n} + tax {t}).",
            "VAT at {r} % amounts to {t}, bringing the total to {g}.",
            "The grand total of {g} is payable within 30 days.",
        ],
        "fr": [
            "Pour un montant de {g} TTC, dont {t} de TVA ({n} HT).",
            "Le montant total s'élève à {n} HT, soit {g} TTC après TVA de {t}.",
            "Total HT {n}, TVA {t}, total TTC {g}.",
            "Nous vous remercions de bien vouloir régler la somme de {g} TTC.",
            "Montant net à payer : {g}, dont TVA {t}.",
            "La présente commande représente {n} hors taxes, soit {g} toutes taxes comprises.",
            "La TVA à {r} % s'élève à {t}, pour un total de {g}.",
            "Le total général de {g} est payable à 30 jours.",
        ],
    },
    "b": {
        "en": [
            "We confirm the order for a total of {g} including tax.",
            "This brings the net total to {n}; VAT amounts to {t} and the gross total to {g}.",
            "Sum due {g}, of which tax {t}.",
            "Price before tax: {n}. Tax: {t}. Price including tax: {g}.",
            "Our offer amounts to {n} excluding VAT, i.e. {g} including VAT.",
            "The invoice total of {g} (VAT {t} included) is payable by bank transfer.",
            "Subtotal {n}, {r} % VAT {t}; balance due {g}.",
        ],
        "fr": [
            "Le total de votre commande est de {g} TTC.",
            "Cette facture s'élève à {g} toutes taxes comprises, soit {n} hors taxes et {t} de "
            "TVA.",
            "Montant hors taxes : {n} ; TVA : {t} ; montant TTC : {g}.",
            "Nous restons à votre disposition pour cette offre d'un montant de {n} HT ({g} TTC).",
            "Soit un total de {g}, TVA incluse ({t}).",
            "Le net à payer est de {g}.",
            "Sous-total {n}, TVA {r} % {t}, reste à payer {g}.",
        ],
    },
}

# amounts that are not the totals, in sentences of their own: {m} an amount
DISTRACTORS: dict[str, list[str]] = {
    "en": [
        "A minimum order of {m} excl. VAT applies to deliveries.",
        "Late payment incurs a fixed penalty of {m}.",
        "Delivery is free for orders over {m} before tax.",
        "A deposit of {m} incl. VAT is requested with the order.",
    ],
    "fr": [
        "Minimum de commande : {m} HT.",
        "Indemnité forfaitaire pour frais de recouvrement en cas de retard : {m}.",
        "Franco de port à partir de {m} HT.",
        "Un acompte de {m} TTC est demandé à la commande.",
    ],
}
