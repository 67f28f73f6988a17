"""Development families whose kind and seller are hard to tell: drawn only when named.

Sets A and B title every page plainly and print the seller's name at the top, so they
read the document type and the supplier at ~100 % while pages of unseen layouts do not
(issue 20). These families print what confuses a reader instead:

- order confirmations, credit notes and delivery notes that look like invoices: prices,
  VAT, totals, bank details and payment terms on every one of them;
- the kind said in a big title, in a small line over the number, only in a sentence of
  the body, or only in the page's foot line;
- the seller named only in a logo-like large word, only in the foot's legal line, only as
  the bank account's holder, or only in "make cheques payable to" (a plain letterhead on
  the rest);
- payment terms said in a sentence.

They are kept out of ``families.FAMILIES`` (and so out of ``DEV``, every default draw and
every pinned digest); ``--families NAME`` draws them. Pages: ``type18_pages.py``.

- ``t18_docbox``: an unnamed letterhead (address and contacts) on the left, a bordered box
  with the kind, number and date on the right, the recipient under it.
- ``t18_strip``: a coloured strip across the top with the kind and number in small type,
  the parties side by side under it, a sentence before the table.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

T18_SPECS: list[dict[str, Any]] = family_specs("type18")

T18_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("type18")

# the titles of these families (invented here; one is drawn per document)
T18_TITLES: dict[str, dict[str, list[str]]] = {
    "fr": {
        "order_confirmation": [
            "Accusé de réception de commande",
            "AR de commande",
            "Confirmation de votre commande",
            "Bon de commande client",
        ],
        "credit_note": ["Avoir", "Facture d'avoir", "Note de crédit", "Avoir sur facture"],
        "delivery_note": [
            "Bordereau de livraison",
            "Bon de livraison valorisé",
            "Bordereau d'expédition",
        ],
        "invoice": ["Facture", "Facture de vente"],
    },
    "en": {
        "order_confirmation": [
            "Order acknowledgement",
            "Sales order",
            "Acknowledgement of order",
            "Order acceptance",
        ],
        "credit_note": ["Credit memo", "Credit note", "Credit statement", "Note of credit"],
        "delivery_note": ["Packing slip", "Dispatch note", "Goods despatch note"],
        "invoice": ["Invoice", "Tax invoice"],
    },
}

# generic titles a seller prints over its answer to the customer's order (an ERP's "sales
# order" printout titled like the order itself): the kind is in what the page does
T18_GENERIC: dict[str, list[str]] = {
    "fr": ["Commande", "Bon de commande", "Commande client"],
    "en": ["Order", "Customer order", "Order form"],
}

# a sentence that says what the page does, the only place some pages say their kind
# ({o}: the customer's order, {i}: the credited invoice)
T18_SAYS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "order_confirmation": [
            "Votre commande {o} a bien été enregistrée ; en voici le détail et les conditions.",
            "Ce document reprend votre commande {o} telle que nous l'exécuterons.",
        ],
        "credit_note": [
            "Le présent avoir annule partiellement la facture {i}.",
            "Montants à déduire de la facture {i} (retour de marchandises).",
        ],
        "delivery_note": [
            "Marchandises remises ce jour au transporteur, sans facturation.",
            "Ce bordereau accompagne votre livraison ; la facture vous sera adressée à part.",
        ],
        "invoice": [
            "Nous vous remercions de régler le montant ci-dessous.",
        ],
    },
    "en": {
        "order_confirmation": [
            "Your order {o} has been entered as follows.",
            "This is our acknowledgement of your order {o}; please check the details below.",
        ],
        "credit_note": [
            "This credit memo reduces invoice {i} by the amount below.",
            "Refund issued against invoice {i} for goods returned.",
        ],
        "delivery_note": [
            "Goods packed and shipped today; this is not a bill.",
            "Packed and dispatched against your order {o}. Invoice to follow separately.",
        ],
        "invoice": [
            "Please remit the balance below.",
            "Amount now payable for the goods listed below.",
        ],
    },
}

# the words of these families' pages
T18_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "number": ["N°", "Numéro", "Réf. document"],
        "bank": ["Coordonnées bancaires", "Nos références bancaires"],
        "holder": ["Titulaire :", "Bénéficiaire :"],
        "cheque": ["Chèques à l'ordre de {n}.", "Règlement par chèque à l'ordre de {n}."],
        "terms": ["Le règlement s'effectuera {t}.", "Merci de nous régler {t}."],
        "page": ["page 1", "feuillet 1"],
    },
    "en": {
        "number": ["No.", "Number", "Doc. no."],
        "bank": ["Bank details", "Bank account"],
        "holder": ["Account name:", "Beneficiary:"],
        "cheque": ["Please make cheques payable to {n}.", "Cheques payable to {n}."],
        "terms": ["Payment is expected {t}.", "We ask you to settle {t}."],
        "page": ["page 1", "sheet 1"],
    },
}

# payment terms as said inside the sentence of ``terms`` (the truth is this text)
T18_TERMS: dict[str, list[str]] = {
    "fr": ["à 30 jours fin de mois", "sous 45 jours date de facture", "à réception"],
    "en": ["within 30 days of invoice date", "net 45 days", "on receipt"],
}
