"""What a document's printed fields say about its kind, when its title is weak or missing.

A title names the kind, but not every sender prints one where it is looked for (in a box, a
side column, a running head), and some print none. The fields a page carries still tell:
a due date, an account to pay into and an amount due are a bill's; a requested delivery
date, a buyer and an approval signature an order's; a carrier, parcels and a receipt
signature a delivery's; an amount paid and a payment date a remittance's. Each cue is weak
and may be printed by other kinds too (a confirmation repeats the requested date), so cues
are scored, summed per kind up to ``FIELDS_CAP`` (below a title's weight) and combined with
the title in ``extraction.classify``; a type read from fields alone is never made sure
there, and fields that speak for a rival of the title lower its confidence.
"""

from __future__ import annotations

import re

from extraction.layout import PageLayout

# (doc type, weight, pattern on folded text of one short segment: a label or a caption)
FIELD_CUES: list[tuple[str, float, re.Pattern[str]]] = [
    (t, w, re.compile(p))
    for t, w, p in [
        # a bill: when to pay, what is owed, where to pay it
        (
            "invoice",
            1.5,
            # ("payment due on receipt" is a term, as "due on receipt" is, not a due date)
            r"\b(date d'echeance|echeance|due date|date due|payment due(?! on receipt)|"
            r"due on(?! receipt)|"
            # a bare "Due" label beside its date is the due date's
            r"payable (le|on|by|before|avant)|^due\s*[:#–-]\s*(?=\w)|"
            r"^\s*due\s*:?\s*$|^due\s+(?=\d)|"
            r"date limite de (paiement|reglement)|a regler avant|a payer avant|pay by|"
            r"data (di )?scadenza|scadenza|fecha de vencimiento|fallig\w*)\b",
        ),
        (
            "invoice",
            1.5,
            r"\b((amount|balance|total) (now |still )?due|amount payable|total payable|"
            r"net a payer|montant du|reste a payer|solde du|total a payer|montant a payer|"
            r"totale dovuto|importe a pagar|zahlbetrag)\b",
        ),
        (
            "invoice",
            1.0,
            r"\b(iban|bic|swift|rib|sort code|bank details|coordonnees bancaires|"
            r"remit to|please remit|make (checks|cheques) payable)\b",
        ),
        (
            "invoice",
            1.0,
            r"\b(penalites? de retard|indemnite forfaitaire|late (payment )?(fee|charge|interest)|"
            r"pas d'escompte|no discount for early payment)\b",
        ),
        # an order: when and where the buyer wants the goods, who asks, who approves
        (
            "purchase_order",
            1.5,
            r"\b(date de livraison (souhaitee|demandee|requise|exigee)|livraison souhaitee|"
            r"requested (delivery|ship)|required (by|date|delivery)|need(ed)? by|"
            r"deliver (by|before)|a livrer (avant|le)|delai (souhaite|demande|imperatif))\b",
        ),
        # who asks, who approves, what budget pays and whom the order goes to are
        # separate things an order prints: each counts on its own, so a page that prints
        # several of them outweighs a single date label another kind shares
        (
            "purchase_order",
            1.0,
            r"\b(acheteur|buyer|purchaser|requested by|demandeur|requisition\w*)\b",
        ),
        (
            "purchase_order",
            1.0,
            r"\b(approved by|authori[sz]ed (by|signature)|bon pour accord|signature et cachet|"
            r"firma per accettazione|firma autorizada|visa (du )?(responsable|acheteur))\b",
        ),
        (
            "purchase_order",
            1.0,
            r"\b(n° d'engagement|engagement n|cost cent(er|re)|centre de cout|"
            r"imputation budgetaire|budget code)\b",
        ),
        # the party the page is addressed to, labelled as the one who supplies: the buyer
        # wrote it (a seller's own block is its letterhead, not labelled "supplier")
        (
            "purchase_order",
            1.0,
            r"^(vendor|supplier|fournisseur|proveedor|fornitore)( (address|adresse|name|nom))?"
            r"\s*:?\s*$|\b(fournisseur retenu|vendor (no|number|id|#)|supplier (no|number|id|#)|"
            r"n° fournisseur|code fournisseur)\b",
        ),
        # a confirmation: the seller's promise of a date for the buyer's order
        (
            "order_confirmation",
            1.5,
            r"\b(date de livraison confirmee|livraison confirmee|confirmed (delivery|ship)|"
            r"acknowledge?ment (no|n|number|date|#)|(ar|a\.r\.) n\b|n° (d')?ar\b|"
            r"confirmation (no|n|number|date|#)|n° (de )?confirmation|sales order (no|n|number|#)|"
            r"conferma (n|nr|numero)|order received|commande recue le)\b",
        ),
        # a date the goods are foreseen for: a confirmation promises it, an order plans
        # it too ("Livraison prévue" on a buyer's order), so it weighs little for either
        (
            "order_confirmation",
            0.5,
            r"\b(date de livraison (prevue|previsionnelle|estimee)|livraison prevue|"
            r"(estimated|expected|scheduled|planned) (delivery|ship|dispatch))\b",
        ),
        # a delivery: how it travels and who signs for it
        # who carries it, what it weighs and how it is packed, when it left: three things a
        # delivery prints, each on its own (an invoice may print one of them, a carrier or
        # a ship date, rarely all)
        (
            "delivery_note",
            0.75,
            r"\b(carrier|transporteur|tracking|n° de suivi|suivi colis|shipping method|"
            r"mode d'expedition|shipped via|expedie par|vettore|corriere)\b",
        ),
        (
            "delivery_note",
            0.75,
            r"\b((nombre de |nb |number of )?(colis|parcels|packages|cartons)\b|"
            r"poids( brut| net)?|(gross|net|total) weight|peso lordo)\b",
        ),
        (
            "delivery_note",
            0.75,
            r"\b(date d'expedition|ship(ping)? date|dispatch date|despatch (date|no)|"
            r"(shipped|dispatched|despatched|expediee?s?) (on|le)|date shipped)\b",
        ),
        (
            "delivery_note",
            1.5,
            r"\b(received by|recu par|signature du (destinataire|receptionnaire)|"
            r"received in good (order|condition)|recu en bon etat|reserves? a la livraison|"
            r"consignee signature|reste a livrer|qty (shipped|delivered)|"
            r"quantite (livree|expediee)|backorder(ed)?|reliquat)\b",
        ),
        # a remittance: what was paid, when, to whom
        (
            "payment_advice",
            1.5,
            r"\b(amount paid|paid amount|payment amount|montant (regle|paye|vire|du virement|"
            r"du reglement)|date (de|du) (paiement|virement|reglement)|payment date|"
            r"value date|date de valeur|execution date|date d'execution|"
            r"donneur d'ordre|ordering party|paid by|paye par|"
            r"total (paid|regle|paye))\b",
        ),
        # a credit: the invoice it corrects and why
        (
            "credit_note",
            2.0,
            r"\b(original invoice|(relating to|relates to|credit against|against) invoice|"
            # the credit named on the invoice it credits ("Avoir sur facture n°")
            r"avoir sur (la )?facture|credit (on|for) invoice|"
            r"relative a la facture|facture (d'origine|initiale|originale|concernee|corrigee|liee)|"
            r"annule et remplace (la )?facture|cancels (and replaces )?invoice|"
            r"invoice (credited|corrected|being credited)|credited invoice|related invoice|"
            r"fattura (di riferimento|originale)|montant a rembourser|amount (to be )?"
            r"(refunded|credited)|refund (amount|due)|a deduire)\b",
        ),
        (
            "credit_note",
            1.0,
            r"\b(motif (de l'avoir|du retour)|reason for (credit|return)|return reason|"
            r"retour marchandise|goods returned|rma)\b",
        ),
        # another document named in a field: the quotation an order accepts; the buyer's
        # order that a confirmation, a delivery or a bill answers (never an order itself)
        (
            "purchase_order",
            1.0,
            r"\b(ref\.? devis|selon devis|votre devis|your (quotation|quote)|quot(e|ation) "
            r"(ref|no|#)|come da offerta|rif\.? offerta|as per (quote|quotation))\b",
        ),
        (
            "order_confirmation",
            0.5,
            r"\b(votre commande|your (order|po|p\.o\.)|customer (po|p\.o\.|order)|"
            r"commande client|vostro ordine|vs\.? ordine|su pedido)\b",
        ),
        # a quotation or a reminder: not a kind orderdesk processes
        (
            "other",
            1.5,
            r"\b(valid until|validity|valable jusqu|validite de l'offre|date de validite|"
            r"offer valid|quote valid|valid for \d+ days|"
            r"expiry date|date d'expiration|days overdue|jours de retard|"
            r"overdue|impaye\w*|unpaid|past due|gia scaduto|frais de relance|reminder fee|"
            r"validite|valable (jusqu|\d)|offre valable)\b",
        ),
    ]
]
# the most the fields may say for one kind: less than a title printed where titles are
FIELDS_CAP = 3.0
# a segment longer than this is a sentence, read by the verbs, not a label
_LABEL_WORDS = 8


def field_cues(first: PageLayout) -> dict[int, float]:
    """The cues the page's labels and captions print (index in ``FIELD_CUES``: weight),
    each once."""
    found: dict[int, float] = {}
    for seg in first.segments:
        # label-value pairs run on one line between dashes or dots ("Colis : 2 – Poids :
        # 56 kg") are read one by one, not as a sentence
        for text in _PAIRS.split(seg.folded):
            long = len(text.split()) > _LABEL_WORDS
            for i, (_doc_type, weight, pattern) in enumerate(FIELD_CUES):
                if long and i not in IN_SENTENCES:
                    continue
                if i not in found and pattern.search(text):
                    found[i] = weight
    return found


_PAIRS = re.compile(r"\s[–·|]\s")


# the cues of a bill asking to be paid (a due date, an amount due): what no delivery note,
# order or confirmation prints
BILL_DEMANDS = {0, 1}
# cues read in sentences too: the legal mentions a bill prints in its small print (late
# payment penalties, no discount for early payment)
IN_SENTENCES = {3}
# the cue of a requested delivery date: an order's, that its confirmation echoes
REQUESTED = 4


def buyer_cues(first: PageLayout) -> float:
    """What the fields say for a buyer's order, but for the requested date a confirmation
    echoes: a buyer, an approval, a budget, the supplier labelled, the quotation accepted."""
    return sum(
        w
        for i, w in field_cues(first).items()
        if FIELD_CUES[i][0] == "purchase_order" and i != REQUESTED
    )


def field_scores(first: PageLayout, last: PageLayout | None = None) -> dict[str, float]:
    """Each kind's summed cue weight over the page's labels and captions (each cue counted
    once, whatever the number of labels that print it), capped at ``FIELDS_CAP``. Every
    short segment is read, even one the classifier took for the rest of a sentence: a
    letterhead's long address line makes the labels aligned under it look like its
    continuation. A document of several pages prints its totals, what is due and how to
    pay it on its ``last`` page: that page's cues count too."""
    cues = {**(field_cues(last) if last is not None else {}), **field_cues(first)}
    out: dict[str, float] = {}
    for i, weight in cues.items():
        doc_type = FIELD_CUES[i][0]
        out[doc_type] = out.get(doc_type, 0.0) + weight
    if negative_total(first) or (last is not None and negative_total(last)):
        out["credit_note"] = out.get("credit_note", 0.0) + NEGATIVE_TOTAL
    return {t: min(FIELDS_CAP, w) for t, w in out.items()}


# a total row's label (not a deduction that is negative on any bill: a discount, a deposit)
_TOTAL_LABEL = re.compile(r"\b(total|ttc|net|amount|montant|balance|solde|importo|totale)\b")
_DEDUCTION = re.compile(
    r"\b(remise|discount|escompte|rabais|acompte|deposit|paid|regle|paye|deja|already|"
    r"sconto|less|moins|deduct\w*)\b"
)
# an amount printed negative: a minus before or after it, or in parentheses
_NEGATIVE = re.compile(r"(^|\s)(-|−)\s?\D{0,4}\d|^\(\D{0,4}\d[\d\s.,']*\)|\d-$")
# a credit note's totals are what the seller owes back: printed negative
NEGATIVE_TOTAL = 2.0


def negative_total(first: PageLayout) -> bool:
    """Is a total on the page printed as a negative amount? The total's label may open its
    row or follow other cells on it (a totals block printed right of the VAT breakdown:
    "21 % | 80,57 | 16,92 | Total TTC | -3 500,39")."""
    for row in first.rows:
        texts = [s.folded.strip() for s in row.segments]
        for i, label in enumerate(texts):
            if not _TOTAL_LABEL.search(label) or _DEDUCTION.search(label):
                continue
            if any(_NEGATIVE.search(t) for t in texts[i + 1 :]):
                return True
    return False
