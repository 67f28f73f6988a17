"""The buyer's order and the customer's account among the head's slots whose caption no
label reads (issue 20, header values on layouts never seen).

``header_slots`` finds the identifiers ending a short segment of the head and takes the
first free one for the document's own number; the ones after it stay unread because their
caption is a word of the sender's own ("Vt. cde", "Id. cl.", "Cpte", "Buy doc"). Each
piece of such a caption is read here for the CONCEPT it names, not for one listed
wording: a piece is a lexicon word of ``reference_concepts``, its plural, or any
abbreviation every lexicon word it may stand for agrees on (the words it starts, else
those holding its letters in order, first letter first: "cpte" and "cpt" can only be
"compte", "cl" only a client, "yr" only "your"; "ach", an "achat" or an "acheteur", says
nothing). A piece no concept agrees on says nothing. The value's own letters ("CMD-",
"PO", "CUST") are read the same way: a sender prefixes its order and account numbers
with the concept they are.

The roles:

- the buyer's order: an order noun, or a buyer's / possessive word with a document or
  reference noun ("Votre pièce", "Buy ref", "Yr doc"); never on a purchase order, whose
  order is its own number; an order noun alone only after the document's own number (an
  "Ordre" over the head's first identifier may be that number);
- the customer's account: an account noun (on a purchase order only with a buyer's word:
  there an account is as often the supplier's), or a buyer's word alone or with an id
  mark ("Cl. ID", "Client"), with nothing unread beside it (a "Cust.o." may be an order).

A slot whose caption and value disagree, whose caption names another matter, or a role two
slots claim: abstained (a missing value costs a clerk a look; a wrong one, a wrong
booking). Found by place and meaning, never sure: capped under the auto-accept threshold
(``extraction.calibration.slots``).
"""

from __future__ import annotations

import functools
import re

from extraction.candidates import reference_concepts as rc
from extraction.candidates.header_slots import Slot, place_candidate, slots
from extraction.candidates.model import Candidates
from extraction.candidates.reading import Reading
from extraction.parse.text import fold

ORDER, CUSTOMER = "order_number", "customer_number"
ROLE_NOTE = "a head identifier whose caption or letters name its role, the label unknown"

# concept name -> the lexicon words that name it
_CONCEPTS: dict[str, frozenset[str]] = {
    "mark": rc.MARK,
    "id": rc.ID,
    "ref": rc.REF,
    "document": rc.OWN_DOCUMENT,
    "order": rc.ORDER,
    "theirs": rc.POSSESSIVE | rc.BUYER,
    "buyer": rc.BUYER,
    "account": rc.ACCOUNT,
    "other": rc.OTHER,
}
# a piece read as an abbreviation has at least this many letters
_MIN_ABBREVIATION = 2
_PIECE = re.compile(r"[a-z]+")
_LETTERS = re.compile(r"^([A-Za-z]{2,5})(?=[-/._ ]?\d)")


def _abbreviates(piece: str, word: str) -> bool:
    """Is ``piece`` ``word`` cut short: its first letter, then its letters in order?"""
    if piece[0] != word[0] or len(piece) > len(word):
        return False
    at = 0
    for ch in piece:
        at = word.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True


@functools.lru_cache(maxsize=4096)
def piece_concepts(piece: str) -> frozenset[str]:
    """The concepts ``piece`` (folded letters) names: those of the lexicon word it is, else
    those every word it may abbreviate agrees on; empty when it names none for sure."""
    word = rc.concept_word(piece)
    words = {word} if word is not None else set()
    if not words and len(piece) >= _MIN_ABBREVIATION:
        # a word it starts first ("cl": client, not colis), else one it skips letters of
        words = {w for w in rc.LEXICON if w.isalpha() and w.startswith(piece)} or {
            w for w in rc.LEXICON if w.isalpha() and _abbreviates(piece, w)
        }
    named = [frozenset(c for c, ws in _CONCEPTS.items() if w in ws) for w in words]
    if not named:
        return frozenset()
    common = frozenset.intersection(*named)
    return common - {"buyer"} if "order" in common else common


def caption_role(label: str, doc_type: str) -> str | None:
    """The role the caption ``label`` names by its concepts, or None (none, or unsure)."""
    pieces = [p for p in _PIECE.findall(fold(label)) if p not in rc.FILLER]
    if not pieces:
        return None
    said: set[str] = set()
    unread = 0
    for piece in pieces:
        names = piece_concepts(piece)
        said |= names
        unread += not names
    if "other" in said:
        return None
    if "order" in said and "account" not in said:
        return ORDER if doc_type != "purchase_order" else None
    if "theirs" in said and said & {"document", "ref"} and "account" not in said:
        return ORDER if doc_type != "purchase_order" else None
    if said & {"document", "ref", "order"}:
        return None
    if "account" in said and (doc_type != "purchase_order" or "buyer" in said):
        # an account on a purchase order is as often the supplier's in the buyer's books
        return CUSTOMER
    if "buyer" in said and not unread:
        return CUSTOMER
    return None


def value_role(value: str, doc_type: str) -> str | None:
    """The role the value's own leading letters name ("CMD-13438", "CUST-70243"), or None."""
    m = _LETTERS.match(value)
    if not m:
        return None
    names = piece_concepts(fold(m.group(1)))
    if "order" in names and doc_type != "purchase_order":
        return ORDER
    if names & {"buyer", "account"} and "order" not in names:
        return CUSTOMER
    return None


def slot_role(slot: Slot, doc_type: str) -> tuple[str, str] | None:
    """The role of ``slot`` and what said it ("caption", "value", "both"); None when
    nothing says it or its caption and its letters disagree."""
    by_caption = caption_role(slot.label, doc_type) if slot.label else None
    by_value = value_role(slot.value, doc_type)
    if by_caption and by_value:
        return (by_caption, "both") if by_caption == by_value else None
    if by_caption:
        return by_caption, "caption"
    if by_value and not (slot.label and "other" in _label_concepts(slot.label)):
        return by_value, "value"
    return None


def _label_concepts(label: str) -> frozenset[str]:
    """Every concept a piece of ``label`` names."""
    return frozenset().union(*(piece_concepts(p) for p in _PIECE.findall(fold(label))))


def _follows_own_number(out: Candidates, slot: Slot, head: list[Slot]) -> bool:
    """Is the document's own number read, and printed before ``slot`` in the head (above
    it, or left of it on its line), or is the slot's caption said as the buyer's ("Votre",
    "Client")? An order noun alone over the first identifier of a head may be the
    document's own number."""
    if "theirs" in _label_concepts(slot.label):
        return True
    own = {c.value for c in out.get("document_number", []) if c.vetoed is None} - {slot.value}
    return any(s.value in own and _before(s, slot) for s in head)


def _before(first: Slot, then: Slot) -> bool:
    a, b = first.seg, then.seg
    if a.page != b.page:
        return a.page < b.page
    if a.bottom <= b.top + 1:
        return True
    return a.top < b.bottom and a.x0 < b.x0


def _live(out: Candidates, field: str) -> bool:
    return any(c.vetoed is None for c in out.get(field, []))


def add(reading: Reading, out: Candidates) -> None:
    """The order and account numbers of the head's free slots, one slot per role."""
    taken = {c.value for cands in out.values() for c in cands}
    claims: dict[str, list[tuple[Slot, str]]] = {}
    head = slots(reading, relaxed=True)
    for slot in head:
        if slot.value in taken:
            continue
        found = slot_role(slot, reading.doc_type)
        if found is not None:
            claims.setdefault(found[0], []).append((slot, found[1]))
    for field, claimed in claims.items():
        if _live(out, field):
            continue
        if len({s.value for s, _by in claimed}) != 1:
            continue  # two slots claim the role: no guess
        slot, by = claimed[0]
        if field == ORDER and by == "caption" and not _follows_own_number(out, slot, head):
            continue  # "Ordre", "Order" alone may name the document's own number
        _offer(reading, out, field, slot, by)


def _offer(reading: Reading, out: Candidates, field: str, slot: Slot, by: str) -> None:
    span = (slot.start, slot.start + len(slot.value))
    notes = [ROLE_NOTE, f"{by}: {slot.label}"]
    out.setdefault(field, []).append(
        place_candidate(reading, field, slot.seg, span, slot.value, by, notes, slot.order)
    )
