"""A kind read from the stems of a short title's words, when no known phrase names it.

Senders title their documents in wordings no phrase list holds ("Commande retenue",
"Credit Memo Slip", "Funds Remitted", "Relevé de facturation"), but the words still carry a
concept: to confirm, to credit, to pay, to ship, to bill, to order, and two that orderdesk
does not process: to chase what is overdue (a reminder) and to offer (a quotation). So a
short heading is read word by word against each concept's stems, French and English, a
word misread by one letter (OCR) included, and the concepts found give the kind by
precedence: a credit or a payment says more than the invoice it concerns ("Facture
corrective", "Invoice payment"), a reminder more than the invoices it chases ("Factures
impayées"), a confirmation more than the order it confirms, a delivery more than its order.
Two concepts no precedence orders (to confirm a delivery) give nothing.

What a concept gives is a reading the fitted confidence has never seen: the classifier
weighs it below a title in a known phrase and marks it ``unfitted`` (never auto-accepted).
"""

from __future__ import annotations

import re

from extraction.legal_forms import alternatives

# concept -> stems of its words (folded: lower case, no accents; "$": the whole word)
STEMS: dict[str, tuple[str, ...]] = {
    "credit": ("avoir", "credit", "rembours", "refund", "rectif", "correct", "ristourn"),
    "payment": (
        "paiement",
        "payment",
        "reglement",
        "virement",
        "remittance",
        "remit",
        "settlement",
        "versement",
    ),
    "confirm": (
        "confirm",
        "acknowledg",
        "accus",
        "accept",
        "validat",
        "enregistr",
        "registered$",
        "booked$",
    ),
    "delivery": (
        "livr",
        "deliver",
        "expedi",
        "shipp",
        "shipment",
        "dispatch",
        "despatch",
        "envoi",
        "transport",
        "consign",
        "colis",
        "packing",
    ),
    "invoice": (
        "factur",
        "invoic",
        "bill$",
        "billing$",
        "honorair",
        "charges?$",
        "debit",
        "decompte",
    ),
    # what is still owed and late: a reminder or a statement chases bills, it is none
    "overdue": (
        "overdue",
        "impaye",
        "unpaid",
        "outstanding",
        "echu",
        "echue",
        "echues",
        "echus",
        "retard",
        "arrears",
        "relance",
        "reminder",
    ),
    # what is offered before any order: a quotation, not a kind orderdesk processes
    "offer": (
        "offre",
        "offer",
        "proposal",
        "proposition",
        "quot",
        "devis",
        "cotation",
        "chiffrage",
        "soumission",
    ),
    "order": (
        "commande",
        "order",
        "achat",
        "purchas",
        "procur",
        "requisit",
        "approvision",
        "buy$",
        "buying$",
    ),
}
# the kind each concept names
KIND = {
    "credit": "credit_note",
    "payment": "payment_advice",
    "confirm": "order_confirmation",
    "delivery": "delivery_note",
    "invoice": "invoice",
    "order": "purchase_order",
    "overdue": "other",
    "offer": "other",
}
# concept -> the concepts it outranks when both are in one heading ("Facture corrective"
# is the credit, "Confirmed order" the confirmation, "Order shipped" the delivery)
OUTRANKS: dict[str, tuple[str, ...]] = {
    "credit": ("invoice", "order", "payment", "delivery"),
    "payment": ("invoice", "order"),
    # an accepted quotation is the confirmation of the order it becomes
    "confirm": ("order", "offer"),
    "delivery": ("order",),
    "invoice": ("order", "delivery"),
    # an unpaid invoice chased, a payment that is late: a reminder
    "overdue": ("invoice", "payment"),
    # a price proposal for what would be billed ("Devis de facturation"); not an order's: an
    # order placed on a quotation names both ("Commande sur devis")
    "offer": ("invoice",),
}
# the longest heading read this way: longer is a sentence, read for its verbs
MAX_WORDS = 4
# a heading that names a field or a block rather than the page ("Delivery address",
# "Payment terms", "Bill to", "Order date")
_FIELD_WORDS = re.compile(
    r"\b(adresse|address|terms|conditions|date|details?|method|mode|instructions?|"
    r"informations?|contact|reference|ref|no|n°|number|numero|total|amount|montant|dues?|"
    r"balance|solde)\b|"
    r"\b(to|a|par|by)\s*:?\s*$"
)
# words that make a payment asked for, not made ("Demande de paiement", "Payment request"):
# a bill's
_ASKED = re.compile(r"\b(demande|request|appel|requested)\b")
# a company's name: a legal form in it
_COMPANY = re.compile(rf"\b({alternatives('gmbh', 'llc', 'corp', 'bv', 'nv', 'ag')})\b\.?")
# a word for what is yet to be done ("à livrer", "to be shipped", "for delivery")
_PURPOSE = re.compile(r"\b(a|to be|to|for|pour)\s+([a-z]+)")
# the shortest stem matched with one letter misread
_FUZZY_MIN = 6
_WORD = re.compile(r"[a-z0-9]+")


def _matches(word: str, stem: str) -> bool:
    """Does ``word`` start with ``stem``, or with it misread by one letter (a long stem)? A
    stem ending in ``$`` is a whole word ("bill$": not "billet")."""
    if stem.endswith("$"):
        return re.fullmatch(stem[:-1], word) is not None
    if word.startswith(stem):
        return True
    if len(stem) < _FUZZY_MIN or len(word) < len(stem):
        return False
    return sum(a != b for a, b in zip(word, stem, strict=False)) <= 1


def concepts(text: str) -> set[str]:
    """The concepts the words of ``text`` (folded) carry."""
    found: set[str] = set()
    for word in _WORD.findall(text):
        for concept, stems in STEMS.items():
            if any(_matches(word, stem) for stem in stems):
                found.add(concept)
    return found


def concept_kind(text: str, sender: str = "") -> str | None:
    """The kind a short heading's concepts name, or None (no concept, a field's caption, a
    sentence, a company's name, or concepts that no precedence orders). ``sender``: the
    page's footer, where the sender prints its name ("Bernard Transports SAS" titles no
    delivery)."""
    words = _WORD.findall(text)
    if not words or len(text.split()) > MAX_WORDS or _FIELD_WORDS.search(text):
        return None
    if _COMPANY.search(text) or (sender and f" {' '.join(words)} " in f" {sender} "):
        return None
    found = concepts(text)
    purpose = concepts(" ".join(m.group(2) for m in _PURPOSE.finditer(text)))
    if found - purpose:
        # "Commande à livrer", "Order for shipment": what is yet to be done to the kind
        # the heading names is its purpose, not the page's kind
        found -= purpose - concepts(_PURPOSE.sub(" ", text))
    if "payment" in found and _ASKED.search(text):
        found = (found - {"payment"}) | {"invoice"}
    top = [c for c in found if not any(c in OUTRANKS.get(o, ()) for o in found if o != c)]
    if len(top) != 1:
        return None
    return KIND[top[0]]


def heading_part(text: str) -> str:
    """The part of a heading that may name the kind: a sender's name printed before it
    ("Durand SA – Relevé de versement") is left out."""
    parts = [p.strip() for p in re.split(r"\s[–|-]\s|:\s", text) if p.strip()]
    return parts[-1] if parts else text
