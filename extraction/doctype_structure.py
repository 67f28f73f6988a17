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
from extraction.legal_forms import alternatives

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
# with the Belgian and Italian forms, and "sa." and "s.a." as printed
_FORMS = alternatives("sca", "srl", "sprl", "bv", "nv", "ag", "llc", "corp", r"sa\.", r"s\.a\.")
_LEGAL_FORM = re.compile(rf"\b({_FORMS})\.?$")


def _name_key(text: str) -> str:
    """A company name compared loosely: folded, without punctuation and legal form."""
    key = re.sub(r"[^a-z0-9 ]+", " ", text)
    key = " ".join(key.split())
    key = _LEGAL_FORM.sub("", key).strip()
    return key


def _foot_rows(first: PageLayout) -> list[Row]:
    return [
        r for r in first.rows if r.segments and r.segments[0].top > first.height * (1 - FOOT_SHARE)
    ]


def _sender_text(first: PageLayout) -> str:
    """The folded text of the page's letterhead rows and footer rows."""
    rows = sorted(first.rows, key=lambda r: r.index)
    head = rows[:HEAD_ROWS]
    foot = _foot_rows(first)
    return " ".join(" ".join(s.folded for s in r.segments) for r in (*head, *foot))


def footer_text(first: PageLayout) -> str:
    """The folded text of the page's footer rows, where a sender prints its legal name."""
    return " ".join(" ".join(s.folded for s in r.segments) for r in _foot_rows(first))


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


def _receivers(first: PageLayout) -> list[bool]:
    """For each party under a receiving label ("Deliver to", "Adresse de facturation"):
    is it the page's sender, named in its letterhead or its footer?"""
    rows = sorted(first.rows, key=lambda r: r.index)
    sender = " " + " ".join(_name_key(_sender_text(first)).split()) + " "
    if len(sender.strip()) < MIN_NAME:
        return []
    out: list[bool] = []
    for row in rows:
        for seg in row.segments:
            if len(seg.words) > 4 or not RECEIVER_LABEL.match(seg.folded.strip()):
                continue
            name = _under(rows, row, seg.x0, seg.x1)
            if name is None:
                continue
            key = _name_key(name)
            if len(key) >= MIN_NAME:
                out.append(f" {key} " in sender)
    return out


def sender_receives(first: PageLayout) -> bool:
    """Is the party under a receiving label ("Deliver to", "Adresse de facturation") the
    page's sender, named in its letterhead or its footer?"""
    return any(_receivers(first))


def others_receive(first: PageLayout) -> bool:
    """Do the goods or the bill go only to parties other than the sender? What a seller
    writes (a buyer's order sends them to itself, mostly), weak: an order may ship to a
    site or a third party under another name."""
    found = _receivers(first)
    return bool(found) and not any(found)


# Who the page is written to. A seller writes to its customer: it names the customer's
# order as the customer's ("Votre commande", "Customer PO"), the customer's number and VAT
# id, labels the customer as such, thanks it for its order. A buyer's order does none of
# that (it names the supplier, the buyer, what it asks for). Each cue is weak and counted
# once; summed they say the page answers an order rather than places one.
SELLER_CUES: list[tuple[str, float, re.Pattern[str]]] = [
    (n, w, re.compile(p))
    for n, w, p in [
        # the customer's own order, named as the reader's
        (
            "order",
            1.0,
            r"^(votre|vos|your|ihre?|vostro|su) (commande|bon de commande|ordre|order|po\b|"
            r"p\.o\.|purchase order|ref(erence)?s?\b|ref\.)|\b(customer|cust\.?|client|buyer'?s?) "
            r"(po\b|p\.o\.|order|purchase order|ref\w*)|\bcommande client\b|"
            r"\bn° (de )?commande client\b|\bref\.? client\b|\bcustomer ref\w*\b",
        ),
        # the reader's number in the seller's books, or its VAT id
        (
            "customer",
            0.75,
            r"\b((n°|no|numero|code|compte) (de |du )?client|client (n°|no|id|code)|"
            r"customer (no|number|id|code|account)|your account|votre compte|"
            r"votre (n° |numero )?(de )?tva|your vat|customer('s)? vat|tva (du )?client)\b",
        ),
        # the reader labelled as the customer
        ("sold", 0.5, r"^(client|customer|sold to|vendu a|clientele)\s*:?\s*$"),
        # the seller's closing thanks, or its sales contact
        (
            "thanks",
            0.75,
            r"\b(merci (de|pour) votre (commande|confiance|achat)|(vous )?remercions (de|pour) "
            r"votre (commande|confiance)|thank you for your (order|business|custom|purchase)|"
            r"thanks for your (order|business))\b",
        ),
        (
            "sales",
            0.5,
            r"\b(account manager|sales (rep\w*|contact|person|office)|salesperson|"
            r"votre (interlocuteur|conseiller|commercial)|charge d'affaires)\b",
        ),
    ]
]
# a caption that names an order's number or reference ("Réf. commande", "Order No.", "PO #")
ORDER_CAPTION = re.compile(
    r"((ref\.?|reference|n°|no\.?|num(ero)?\.?|number|#)\s*(de |du |of )?(la |the )?"
    r"(commande|order|po|p\.o\.|bon de commande|purchase order)"
    r"|(commande|order|po|p\.o\.|purchase order)\s*(ref\.?|reference|n°|no\.?|number|#))"
    r"\s*:?"
)
# an order named bare, as a field head names it
ORDER_NAME = re.compile(r"(purchase order|bon de commande|po|p\.o\.)\s*:?")
# the heads of a row of fields
GRID_HEADS = 3
# a caption of the page's own number that names no kind ("N°", "Number", "Document No.")
OWN_NUMBER_CAPTION = re.compile(
    r"(n°|no\.?|nr\.?|#|number|numero|num\.?|ref\.?|reference|document (n°|no\.?|number))\s*:?"
)
# a caption with its value after it on the same line ("PO #: ACH/2024/621")
_VALUE_AFTER = r"(\s*:\s*|\s+)\S*\d\S*"


def _captions(text: str, caption: re.Pattern[str]) -> bool:
    """Is ``text`` the caption alone, or the caption followed by its value?"""
    return bool(caption.fullmatch(text) or re.fullmatch(caption.pattern + _VALUE_AFTER, text))


# an order's number cited beside the page's own: the customer's order the page answers
CITED_ORDER = 0.75


def cites_order(first: PageLayout) -> bool:
    """Does the page caption its own number without a kind ("Numéro", "No.") and, apart
    from it, an order's number ("Réf. commande", "Order No.")? A buyer's order captions
    its own number as the order's; a page that numbers itself and cites an order besides
    answers that order (a confirmation, a delivery, a bill), whatever its title."""
    folded = [seg.folded.strip() for seg in first.segments if len(seg.words) <= 5]
    own = any(_captions(t, OWN_NUMBER_CAPTION) for t in folded)
    if not own:
        return False
    if any(_captions(t, ORDER_CAPTION) for t in folded):
        return True
    # the order's bare name heading a value in a row of field heads ("Ref. | Date |
    # Purchase Order"), where a title is not printed
    return any(
        ORDER_NAME.fullmatch(seg.folded.strip())
        for row in first.rows
        if len(row.segments) >= GRID_HEADS
        for seg in row.segments
    )


# a cue read in a long sentence too (thanks close a page in a sentence)
_IN_SENTENCES = {"thanks"}
_LABEL_WORDS = 8


# the goods or the bill sent to another party than the sender
OTHERS_RECEIVE = 0.5


# the cues a document of several pages prints at its end, under its totals: the thanks
# that close the letter
_CLOSING = {"thanks"}


def seller_cues(first: PageLayout, last: PageLayout | None = None) -> dict[str, float]:
    """The cues on the page that it is written by a seller to its customer, each once. On a
    document of several pages, the ``last`` page's closing thanks count too: a seller
    thanks the customer for its order under the totals, pages after the head."""
    found: dict[str, float] = {}
    if others_receive(first):
        found["receiver"] = OTHERS_RECEIVE
    if cites_order(first):
        found["cited"] = CITED_ORDER
    if last is not None and last is not first:
        closing = seller_cues(last)
        found.update({k: w for k, w in closing.items() if k in _CLOSING})
    for seg in first.segments:
        long = len(seg.words) > _LABEL_WORDS
        for name, weight, pattern in SELLER_CUES:
            if name in found or (long and name not in _IN_SENTENCES):
                continue
            if pattern.search(seg.folded.strip()):
                found[name] = weight
    return found
