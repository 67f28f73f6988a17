"""Development families of payment advices that say when they paid in other ways (issue 20).

The other families print a payment advice's payment date under a handful of labels ("Date
de paiement", "Payment Date", "Value Date"); unseen senders say it otherwise, and on
documents never tuned on it was missed every time. These families print it as a bank's
notice does (an execution, operation or debit date in a grid of captions), in a letter's
sentence ("nous avons procédé ce jour au virement", "on 12 March 2025 we transferred"), on
a cheque's line ("notre chèque n° … du 12/03/2025"), only in the title or the subject
("Avis de règlement du 12 mars 2025"), or not at all when the advice says it pays on its
own date ("ce jour", "today"). Every one lists the invoices it settles with their own
dates and numbers, which are no field. Kept out of ``families.FAMILIES`` like the other
named-only families; ``--families NAME`` draws them. Pages: ``pay18_pages.py``.

- ``p18_remit``: a settlement sheet: a framed band of the transfer over a table of the
  invoices settled (number, date, due date, amount, paid).
- ``p18_bank``: a bank-style transfer notice: a two-column grid of ordering party,
  beneficiary, amount, date and the remittance information naming the invoices.
- ``p18_letter``: a letter whose sentence gives the day of the transfer (or "today").
- ``p18_cheque``: a cheque remittance: the cheque's number, bank and date in a sentence
  or a row of captions.
- ``p18_title``: a settlement statement whose payment date is in its title or subject.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

PAY18_NAMES = ("p18_remit", "p18_bank", "p18_letter", "p18_cheque", "p18_title")

PAY18_SPECS: list[dict[str, Any]] = family_specs("pay18")

PAY18_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("pay18")

# {d}: the payment date, {a}: the amount, {n}: a cheque's number, {b}: a bank's name
PAY18_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "remit_title": ["Pièces payées", "Notre paiement groupé", "Feuillet de paiement"],
        "bank_title": ["Confirmation de virement", "Ordre de virement exécuté", "Virement émis"],
        "letter_title": ["Règlement de vos factures", "Paiement de factures"],
        "cheque_title": ["Remise de chèque", "Envoi de règlement par chèque"],
        "title_dated": ["Avis de règlement du {d}", "Règlement du {d}", "Paiement du {d}"],
        "subject_dated": ["Objet : votre règlement du {d}", "Objet : paiement fournisseur du {d}"],
        "when_cap": [
            "Date d'exécution",
            "Date d'opération",
            "Date de débit",
            "Exécuté le",
            "Date du transfert",
            "Date de traitement",
        ],
        "issued_cap": ["Imprimé le", "Listing du"],
        "letter_dated": [
            "Nous vous informons avoir procédé le {d} au virement de {a} en règlement des "
            "factures ci-dessous.",
            "Le {d}, nous avons viré la somme de {a} sur votre compte.",
            "Un virement de {a} a été émis en votre faveur le {d}.",
            "Nous avons ordonné le {d} le virement de {a} au titre des factures suivantes.",
        ],
        "letter_today": [
            "Nous avons procédé ce jour au virement de {a} en règlement des factures ci-dessous.",
            "Nous vous adressons ce jour un virement de {a}.",
        ],
        "cheque_sentence": [
            "Veuillez trouver ci-joint notre chèque n° {n} tiré sur {b} du {d}, d'un montant "
            "de {a}, en règlement de :",
            "Nous vous remettons le chèque n° {n} ({b}) daté du {d} pour un montant de {a}.",
        ],
        "cheque_caps": ["Chèque n°", "Banque", "Date du chèque", "Montant"],
        "today_note": [
            "Le règlement est effectué à la date du présent avis.",
            "Virement exécuté ce jour.",
            "Paiement émis à la date de ce document.",
        ],
        "payer": ["Donneur d'ordre", "Émetteur"],
        "payee": ["Bénéficiaire", "Créancier"],
        "amount": ["Montant", "Somme transférée"],
        "info": ["Motif", "Libellé", "Références"],
        "account": ["Compte destinataire", "Vers le compte"],
        "cols": ["Votre facture", "Du", "Échéance", "Montant", "Réglé"],
        "total": ["Total réglé", "Montant total", "Total du règlement"],
        "intro": ["Détail des pièces réglées :", "Factures concernées :", "Pièces soldées :"],
        "closing": ["Avec nos salutations distinguées.", "Cordialement,"],
        "issued_head": ["Réf. :", "N° :"],
    },
    "en": {
        "remit_title": ["Paid Invoices Sheet", "Transfer Breakdown", "Settlement Sheet"],
        "bank_title": ["Transfer Confirmation", "Outgoing Transfer", "Payment Confirmation"],
        "letter_title": ["Settlement of your invoices", "Invoice payment"],
        "cheque_title": ["Cheque Remittance", "Check Enclosed"],
        "title_dated": ["Remittance of {d}", "Payment run {d}", "Settlement of {d}"],
        "subject_dated": ["Re: our payment of {d}", "Subject: supplier payment of {d}"],
        "when_cap": [
            "Execution date",
            "Transfer date",
            "Date settled",
            "Debit date",
            "Processing date",
            "Executed on",
        ],
        "issued_cap": ["Printed", "Issued", "Run date"],
        "letter_dated": [
            "Please be advised that on {d} we transferred {a} to your account.",
            "A payment of {a} was sent to your account on {d}.",
            "We are pleased to confirm that {a} was remitted to you on {d}.",
            "On {d} we initiated a transfer of {a} in settlement of the invoices below.",
        ],
        "letter_today": [
            "We have today transferred {a} to your account in settlement of the invoices below.",
            "We have today initiated a transfer of {a} to your account.",
        ],
        "cheque_sentence": [
            "Enclosed please find our check No. {n} drawn on {b}, dated {d}, for {a} in "
            "payment of:",
            "Please find enclosed cheque no. {n} ({b}) dated {d} for the sum of {a}.",
        ],
        "cheque_caps": ["Check No.", "Bank", "Check date", "Amount"],
        "today_note": [
            "This payment is made on the date of this advice.",
            "Transfer executed today.",
            "Funds released on the date shown above.",
        ],
        "payer": ["Ordering party", "Originator"],
        "payee": ["Beneficiary", "Payee"],
        "amount": ["Amount", "Transfer amount", "Amount sent"],
        "info": ["Remittance information", "Reference", "Details"],
        "account": ["Receiving account", "Payee account"],
        "cols": ["Your invoice", "Dated", "Due", "Amount", "Paid"],
        "total": ["Sum paid", "Amount transferred", "Paid in all"],
        "intro": ["Invoices settled:", "This payment covers:", "Items paid:"],
        "closing": ["Kind regards,", "Yours faithfully,"],
        "issued_head": ["Ref.:", "No.:"],
    },
}

BANKS = ["Crédit Mutuel", "BNP Paribas", "Société Générale", "Barclays", "HSBC", "Lloyds Bank"]
CITIES = {"fr": ["Lyon", "Nantes", "Lille", "Rennes", "Toulouse"], "en": ["Leeds", "Bristol"]}
