"""What the page's make-up says about who wrote it to whom, when no title names its kind.

A buyer's order names the buyer twice: as the sender (the letterhead, the legal footer) and
as the party that receives the goods or the bill ("Adresse de livraison", "Bill to",
"Deliver to"). A seller's invoice, confirmation or delivery note sends the goods or the
bill to someone else. So the sender's name printed again under a receiving party's label
says "purchase order" whatever the title; it is one piece of evidence among the field cues
(``extraction.doctype_fields``), never a title, and it cannot make a type sure alone.

The sender's name is looked for where senders print themselves: the first rows of the page
(a letterhead) and its last rows (a legal footer). The recipient window of a seller's
document sits below the letterhead, so a customer's name there is not taken as the
sender's.
"""

from __future__ import annotations

import re

from extraction.layout import PageLayout, Row

# a party that receives what the document is about: the goods or the bill
RECEIVER_LABEL = re.compile(
    r"^(adresse de (livraison|facturation)|lieu de livraison|livr(er|aison) a|"
    r"factur(er|e|ee) a|facturation|livraison|destinataire( facture)?|"
    r"bill(ing)?( to| address)?|invoice (to|address)|ship(ping)?( to| address)?|"
    r"deliver(y)?( to| address)?|consignee)\s*:?\s*$"
)
# rows of the page read as its letterhead and as its footer
HEAD_ROWS = 2
FOOT_SHARE = 0.12
# the shortest name compared (initials and "SA" would match anywhere)
MIN_NAME = 6
_LEGAL_FORM = re.compile(
    r"\b(sa|sas|sarl|eurl|sasu|sca|snc|srl|sprl|bv|nv|gmbh|ag|ltd|limited|plc|llc|inc|"
    r"corp|co|sa\.|s\.a\.)\.?$"
)


def _name_key(text: str) -> str:
    """A company name compared loosely: folded, without punctuation and legal form."""
    key = re.sub(r"[^a-z0-9 ]+", " ", text)
    key = " ".join(key.split())
    key = _LEGAL_FORM.sub("", key).strip()
    return key


def _sender_text(first: PageLayout) -> str:
    """The folded text of the page's letterhead rows and footer rows."""
    rows = sorted(first.rows, key=lambda r: r.index)
    head = rows[:HEAD_ROWS]
    foot = [r for r in rows if r.segments and r.segments[0].top > first.height * (1 - FOOT_SHARE)]
    return " ".join(" ".join(s.folded for s in r.segments) for r in (*head, *foot))


def _under(rows: list[Row], label_row: Row, x0: float, x1: float) -> str | None:
    """The first line printed under a label (the party's name), in the label's column."""
    for row in rows:
        if row.index <= label_row.index:
            continue
        if row.index > label_row.index + 2:
            return None
        for seg in row.segments:
            if seg.x0 < x1 and seg.x1 > x0 - 5 and abs(seg.x0 - x0) < 40:
                return seg.folded
    return None


def sender_receives(first: PageLayout) -> bool:
    """Is the party under a receiving label ("Deliver to", "Adresse de facturation") the
    page's sender, named in its letterhead or its footer?"""
    rows = sorted(first.rows, key=lambda r: r.index)
    sender = " " + " ".join(_name_key(_sender_text(first)).split()) + " "
    if len(sender.strip()) < MIN_NAME:
        return False
    for row in rows:
        for seg in row.segments:
            if len(seg.words) > 4 or not RECEIVER_LABEL.match(seg.folded.strip()):
                continue
            name = _under(rows, row, seg.x0, seg.x1)
            if name is None:
                continue
            key = _name_key(name)
            if len(key) >= MIN_NAME and f" {key} " in sender:
                return True
    return False
