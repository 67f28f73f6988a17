"""Reference labels read by the concepts their words name, not by a listed wording.

A sender writes the label of a reference in its own words: "Pièce #", "Bill nr", "Tiers
#", "Debtor nr", "Votre bon #", "Client PO #". Each such label is a few word
pieces, and each piece names one concept: a number mark ("n°", "no", "nr", "#", "id",
"code"), a document of some kind ("facture", "bill", "bordereau", "dispatch", "pièce",
"voucher"), the buyer's order ("commande", "ordre", "PO", "bon"), whose it is ("votre",
"your", "client", "buyer") or an account ("compte", "account", "tiers", "debtor"); or
another matter ("dossier", "agreement", "work order") that is none of the three numbers.

A piece is read as a word of the concept lexicon as printed, as its plural, as a word it
abbreviates ("fact." for "facture", "ack" for "acknowledgement") or as the one word it
misspells (rapidfuzz, one edit or two in a long word). A label with a piece no concept
holds is no reference label: a sentence, a name, a word the lexicon does not know. Which
field the concepts name follows from ``field_of``:

- the buyer's order: an order noun said as theirs ("Votre bon", "Client PO #"), on a
  document answering an order;
- the customer's account: an account noun with a mark, or a buyer's word with a mark and
  no order or document noun ("Tiers #", "Client nr", "Customer code");
- the document's own number: the document's own kind or a plain document noun, with a
  mark ("Pièce #", "Bill nr", "Ordre #" on an order);
- none when another matter, another kind of document or the sender's own file is named.

The listed vocabulary (``extraction.labels``) reads first: a label it reads is left to it.
What is read here is new: offered (capped at ``references.REFERENCE_CAP``) until a
calibration shows it earns more.
"""

from __future__ import annotations

import functools
import re

from extraction.candidates.references import _MATTER
from extraction.labels import nearest_of
from extraction.parse.text import fold

# the concepts a reference label's pieces name; a word may name several ("commande": an
# order, and the kind of a purchase order)
MARK = frozenset({"n", "no", "nr", "nbr", "num", "numero", "number", "nummer", "#", "n°"})
ID = frozenset({"id", "code", "identifiant", "identifier", "ident"})
REF = frozenset({"ref", "refs", "reference"})
OWN_DOCUMENT = frozenset({"piece", "document", "doc", "voucher", "justificatif"})
ORDER = frozenset(
    {"commande", "cde", "cmd", "cmde", "order", "po", "bc", "ordre", "bon", "purchase", "achat"}
)
POSSESSIVE = frozenset({"votre", "vos", "your", "v"})
BUYER = frozenset(
    {"client", "clt", "cli", "customer", "cust", "buyer", "acheteur", "purchaser", "acquereur"}
)
ACCOUNT = frozenset({"compte", "account", "acct", "tiers", "debiteur", "debtor"})
KINDS: dict[str, frozenset[str]] = {
    "invoice": frozenset({"facture", "fact", "invoice", "inv", "bill"}),
    "credit_note": frozenset({"avoir", "credit"}),
    "order_confirmation": frozenset(
        {"confirmation", "acknowledgement", "acknowledgment", "ack", "accuse", "ar"}
    ),
    "delivery_note": frozenset(
        {"bordereau", "bl", "livraison", "delivery", "dispatch", "expedition", "shipment"}
    ),
    "purchase_order": frozenset({"commande", "order", "po", "bc", "ordre", "purchase"}),
}
# another matter than the three numbers: the sender's own file, a contract, a work, a tax
# or bank number, a quotation, a page
OTHER = (
    frozenset(_MATTER)
    | frozenset({"notre", "nos", "our", "internal", "interne", "agreement", "convention"})
    | frozenset({"accord", "cadre", "framework", "operation", "work", "devis", "quote"})
    | frozenset({"quotation", "offre", "tva", "vat", "tax", "siret", "siren", "iban", "bic"})
    | frozenset({"tel", "phone", "fax", "page", "batch", "serial", "article", "item", "sku"})
    | frozenset({"date", "issued", "due", "echeance", "mobile", "rcs", "naf"})
)
# the small words a label may hold between its pieces; "as per", "selon", "suivant" say the
# number is the one the document follows ("As per your PO", "Suivant votre commande")
FILLER = frozenset(
    {
        "de",
        "d",
        "du",
        "la",
        "l",
        "le",
        "des",
        "of",
        "the",
        "s",
        "as",
        "per",
        "selon",
        "suivant",
        "re",
    }
)
_KIND_WORDS = frozenset().union(*KINDS.values())
LEXICON: frozenset[str] = (
    MARK | ID | REF | OWN_DOCUMENT | ORDER | POSSESSIVE | BUYER | ACCOUNT | _KIND_WORDS | OTHER
)
# a long word read as the one lexicon word it misspells: this near (rapidfuzz ratio)
MISSPELT_RATIO = 86.0
_MIN_MISSPELT = 5
_MIN_ABBREVIATED = 3
# a label is at most this many pieces
MAX_PIECES = 5
_ANSWERS = ("invoice", "credit_note", "delivery_note", "order_confirmation")
_PIECE = re.compile(r"n\s?°|#|[a-z]+")


@functools.cache
def _long_words() -> tuple[str, ...]:
    return tuple(sorted(w for w in LEXICON if len(w) >= _MIN_MISSPELT))


@functools.lru_cache(maxsize=8192)
def concept_word(piece: str) -> str | None:
    """The lexicon word ``piece`` (folded) is: itself, its singular, the one word it
    abbreviates, or the one long word it misspells; None when it is none of them."""
    if piece.startswith("n") and "°" in piece:
        return "n°"
    if piece in LEXICON:
        return piece
    for cut in ("es", "s"):
        if piece.endswith(cut) and piece[: -len(cut)] in LEXICON:
            return piece[: -len(cut)]
    if len(piece) >= _MIN_ABBREVIATED:
        longer = {w for w in _long_words() if w.startswith(piece)}
        if len(longer) == 1:
            return longer.pop()
    if len(piece) < _MIN_MISSPELT:
        return None
    return nearest_of(piece, _long_words(), MISSPELT_RATIO)


def concepts(label: str) -> list[str] | None:
    """The lexicon words of the pieces of ``label`` (folded, without its value), fillers
    left out; None when a piece is no lexicon word, or the label has too many pieces."""
    pieces = _PIECE.findall(label)
    if not pieces or len(pieces) > MAX_PIECES:
        return None
    words = []
    for piece in pieces:
        if piece in FILLER:
            continue
        word = concept_word(piece)
        if word is None:
            return None
        words.append(word)
    return words or None


def field_of(label: str, doc_type: str) -> str | None:
    """The reference field the label ``label`` (folded, without its value) names on a
    document of ``doc_type`` by its concepts, or None."""
    words = concepts(label)
    if words is None:
        return _own_with_a_qualifier(label, doc_type)
    said = set(words)
    if said & OTHER:
        return None
    marked = bool(said & (MARK | ID))
    order = bool(said & ORDER)
    theirs = bool(said & (POSSESSIVE | BUYER))
    kinds = {k for k, nouns in KINDS.items() if said & nouns}
    account = _account(said, marked, order, kinds)
    if account is not None:
        return account
    if doc_type == "purchase_order":
        # an order's own number, said with any order noun and a mark; a buyer's or an
        # account's word makes it the buyer's own ledger number, not read here
        if order and marked and not theirs and not said & ACCOUNT and kinds <= {doc_type}:
            return "document_number"
        if said & OWN_DOCUMENT and marked and not theirs and not kinds - {doc_type}:
            return "document_number"
        return None
    if order and theirs and doc_type in _ANSWERS:
        if kinds - {"purchase_order"} or said & ACCOUNT:
            return None  # "Votre bon de livraison", "Compte commande": another matter
        return "order_number"
    if order or theirs:
        return None  # an order not said as theirs: the listed vocabulary decides
        return None
    own = kinds == {doc_type} or (not kinds and bool(said & OWN_DOCUMENT))
    if own and (marked or said & REF):
        return "document_number"
    return None


def _account(said: set[str], marked: bool, order: bool, kinds: set[str]) -> str | None:
    """``customer_number`` when the concepts ``said`` name the buyer's account: an account
    noun alone or with a mark ("Compte #", "Tiers #"), or a buyer's word with a mark
    ("Client nr", "Customer code"), with no order, document or reference noun."""
    if order or kinds or said & (REF | OWN_DOCUMENT | POSSESSIVE):
        return None
    if said & ACCOUNT and (marked or len(said) == 1):
        return "customer_number"
    if said & BUYER and marked:
        return "customer_number"
    return None


# where a label ends and its value starts: a colon, leader dots, a dash, or the value
_LABEL_END = re.compile(r"\s*(?:[.…·_]{3,}\s*:?|:|\s[-–—](?=\s))?\s*")


def split_label(folded: str, doc_type: str) -> tuple[str, int, str] | None:
    """The label ``folded`` (a segment) starts with, where its value starts and the field it
    names: the longest run of pieces ``field_of`` reads, then a separator."""
    best: tuple[str, int, str] | None = None
    for count, m in enumerate(_PIECE.finditer(folded), start=1):
        if count > MAX_PIECES:
            break
        end = m.end()
        if end < len(folded) and folded[end] in "./'" and m.group(0) != "n":
            end += 1  # "no." "v/" "buyer's"
        rest = folded[end:]
        if rest and not rest[0].isspace() and rest[0] not in ":#":
            continue  # inside a word or an identifier
        label = folded[:end]
        if any(ch.isdigit() for ch in label):
            break  # a value before the words ("CMD-37433 (your order nr)"): no label
        field = field_of(label, doc_type)
        if field is None:
            continue
        sep = _LABEL_END.match(folded, end)
        best = (label, sep.end() if sep else end, field)
    return best


# words saying a number is another document's of the same kind ("Original invoice no.",
# "Facture initiale n°"), not the document's own
_ANOTHER = frozenset(
    {"original", "previous", "related", "initial", "cancelled", "canceled", "corrected"}
    | {"replaced", "prior", "initiale", "originale", "precedente", "annulee", "rectifiee"}
    | {"remplacee", "origine", "corrigee", "avoir", "credit", "debit", "proforma", "pro"}
)
_QUALIFIER_MIN = 4


def _own_with_a_qualifier(label: str, doc_type: str) -> str | None:
    """``document_number`` for the document's own kind (or a plain document noun) with a
    number mark and one word the lexicon does not know ("Pièce comptable n°", "Sales
    invoice no."): a qualifier of the document, unless it says another one is meant."""
    pieces = [p for p in _PIECE.findall(label) if p not in FILLER]
    if not 2 <= len(pieces) <= MAX_PIECES:
        return None
    unknown = [p for p in pieces if concept_word(p) is None]
    if len(unknown) != 1 or len(unknown[0]) < _QUALIFIER_MIN or unknown[0] in _ANOTHER:
        return None
    said = {w for p in pieces if (w := concept_word(p)) is not None}
    if said & (OTHER | POSSESSIVE | BUYER | ACCOUNT | ID | REF) or not said & MARK:
        return None
    kinds = {k for k, nouns in KINDS.items() if said & nouns}
    if doc_type == "purchase_order" or said & ORDER:
        return None
    if kinds == {doc_type} or (not kinds and said & OWN_DOCUMENT):
        return "document_number"
    return None


def names_another_matter(label: str, doc_type: str) -> bool:
    """Does any word of ``label`` (printed) name another matter, another reference or
    another kind of document than a ``doc_type``'s own number ("Contrat cadre", "Tender",
    "Delivery no." on an invoice, "Votre commande")? Words the lexicon does not know say
    nothing."""
    words = {w for p in _PIECE.findall(fold(label)) if (w := concept_word(p)) is not None}
    theirs = POSSESSIVE | BUYER | ACCOUNT | (ORDER if doc_type != "purchase_order" else set())
    kinds = {k for k, nouns in KINDS.items() if words & nouns}
    return bool(words & (OTHER | theirs) or kinds - {doc_type})
