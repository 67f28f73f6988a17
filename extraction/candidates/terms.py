"""Payment terms said in a sentence, and the shape any payment terms have.

Terms are a delay or a moment ("30 jours fin de mois", "Net 45", "à réception de facture",
"payable within 30 days of invoice"); many senders print them in the body of a letter or
in a footer sentence, with no "Conditions de paiement" label. Such a sentence is offered as
the terms, never shown sure (``UNCONFIRMED_CAP``): a sentence may also be about a penalty
for paying late, which these rules try to leave out but cannot always tell.
"""

from __future__ import annotations

import re

from extraction.candidates.model import UNCONFIRMED_CAP, Candidate, Candidates
from extraction.labels import match_header_label
from extraction.layout import PageLayout, Segment
from extraction.parse.dates import find_dates
from extraction.parse.text import fold

# a count of days written in words ("trente jours fin de mois", "within thirty days"): the
# usual delays of terms, French and English, folded
COUNT_WORDS: dict[str, int] = {
    "huit": 8,
    "dix": 10,
    "quinze": 15,
    "vingt": 20,
    "trente": 30,
    "quarante-cinq": 45,
    "quarante cinq": 45,
    "soixante": 60,
    "quatre-vingt-dix": 90,
    "quatre-vingt dix": 90,
    "seven": 7,
    "ten": 10,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "twenty-one": 21,
    "thirty": 30,
    "forty-five": 45,
    "forty five": 45,
    "sixty": 60,
    "ninety": 90,
}
_COUNT = "|".join(sorted((re.escape(w) for w in COUNT_WORDS), key=len, reverse=True))
COUNT_WORD = re.compile(rf"\b(?:{_COUNT})\b")

# what follows "net 30" when it is a weight, a count or an amount ("Poids net 30 kg",
# "Prix net 45 EUR", "net 12,50"), not a delay of payment
_MEASURE = (
    r"\s*(?:[.,]\d|%|€|\$|£|x\b|(?:kg|g|t|l|m|m2|m3|cm|mm|lbs?|oz|colis|cartons?|pcs?|"
    r"pieces?|units?|eur|usd|chf|gbp|cad)\b)"
)

# the core of terms: a delay in days or months, a net delay, a moment of payment
_DELAY = (
    r"(?:\d{1,3}\s*(?:jours?|j\b|days?|giorni|gg\b|dias|tagen?|mois|months?)"
    rf"|(?:{_COUNT})\s+(?:\(\d{{1,3}}\)\s+)?(?:jours?|days?|mois|months?)\b"
    r"|net(?:to)?\s*\d{1,3}\b(?!" + _MEASURE + ")"
    # a day of the next month ("Net 10th prox", "25th proximo")
    r"|\d{1,2}(?:st|nd|rd|th)?\s+prox(?:imo)?\b"
    r"|(?:a|des|upon|on|au)\s+(?:la\s+)?(?:reception|receipt)"
    r"|comptant|cash on delivery|immediate(?:ly)?|paiement immediat"
    r"|(?:sous|a|dans la) (?:huitaine|quinzaine)"
    r"|(?:cash|payment|paiement|payable|paid|reglement|a regler|a payer)"
    r" (?:in advance|d'avance|a l'avance|par avance|with order|a la commande)"
    r"|pre-?payment|prepaid|cash with order|\d{1,2}(?:[.,]\d)?\s*%?\s*/\s*\d{1,3}\s*,?\s*net\b"
    # a share paid before anything is made or sent ("100% in advance", "30 % à la commande")
    r"|\d{1,3}\s*%\s+(?:(?:payable|paid|due)\s+)?(?:in advance|upfront|up front|d'avance|"
    r"a l'avance|par avance|avec la commande|with (?:the )?order|before (?:shipment|dispatch))"
    r"|(?:\d{1,3}\s*%|solde|balance)\s+(?:a|at|on|upon|sous|within|d')\s*"
    r"(?:la\s+)?(?:reception|receipt|livraison|delivery|commande|order|acompte))"
)
DELAY = re.compile(r"\b" + _DELAY)
# the words that say the delay is the payment's: the sentence's terms start at this word
_ANCHOR = re.compile(
    r"\b(?:payable|payables|paiement|payment|reglement|regler|a regler|a payer|pay|"
    r"to be paid|due|echeance|terms|remit|"
    # the same words in the languages orderdesk lists but does not read (their values are
    # offered at the foreign cap like every field of such a page)
    r"pago|pagadero|pagamento|pagabile|zahlbar|zahlung|scadenza|vencimiento|"
    r"net(?=\s*\d" + r"(?!\d*" + _MEASURE + r")))\b"
)
# a sentence about paying late, a discount for paying early, or a payment already made:
# no terms
_NOT_TERMS = re.compile(
    r"\b(?:retard|late|penalt\w*|interets?|interest|indemnite|recouvrement|recovery|"
    r"anticipe|early|paid|paye|regle|recu|received|effectue|garantie|warranty|"
    r"validite|valid|valable|delivery|livraison|livr\w*|deliver\w*)\b"
)
# a discount for paying early ("Escompte de 1 % pour paiement sous 8 jours", "A 2%
# discount applies to payments within 10 days"): with one delay only, that delay is the
# discount's condition, not the terms; terms that carry a discount state their net delay
# too ("escompte 2 % à 10 jours, net à 30 jours", "2% 10 Net 30")
_DISCOUNT_WORD = re.compile(r"\b(?:escompte|discount|remise|skonto|sconto|descuento)\b")


def discount_alone(folded: str) -> bool:
    """Does the clause ``folded`` state a discount for paying early and no other delay?"""
    return _DISCOUNT_WORD.search(folded) is not None and len(DELAY.findall(folded)) < 2


# a moment of payment that names the delivery: the terms' own words, not a sentence about
# the delivery
_PAID_ON_DELIVERY = re.compile(
    r"\b(?:cash|comptant|paiement|payment|payable|reglement|solde|balance)\s+(?:\w+\s+)?"
    r"(?:on|upon|at|a)\s+(?:la\s+)?(?:delivery|livraison)\b"
)
# a delay counted from the delivery ("within 30 days of delivery", "à 30 jours date de
# livraison"): the payment's, though it names the delivery
_FROM_DELIVERY = re.compile(
    r"\b(?:of|from|after|following|date de|a compter de|apres|suivant)\s+(?:la\s+|the\s+)?"
    r"(?:delivery|livraison)\b"
)
# a payment means that ends a phrase of terms ("… fin de mois par virement")
_MEANS_TAIL = re.compile(
    r"\s*,?\s*(?:par|by|via)\s+(?:virement|cheque|check|bank transfer|transfer|wire|"
    r"prelevement|carte|card|lcr|ach|bacs|direct debit|sepa|paypal|traite|especes)\b.*$"
)
_CLAUSE = re.compile(r"[^.;!?]+")


# the words that join the terms to the day they come to ("30 jours fin de mois, soit le
# 30/04/2025", "Net 45, i.e. by April 15, 2025"): that day is the due date's
_THEN = re.compile(r"\s*,?\s*\b(?:soit|i\.\s?e\.|ie|that is|namely|c'est-a-dire)(?=[\s,])")


def up_to_its_date(text: str) -> str:
    """``text`` without the day the terms come to when it follows them after "soit",
    "i.e." ("Net 45, i.e. by April 15, 2025" -> "Net 45"): the date is the due date, no
    part of the terms."""
    folded = fold(text)
    if len(folded) != len(text):
        return text
    for then in _THEN.finditer(folded):
        if DELAY.search(folded[: then.start()]) and find_dates(text[then.end() :][:40]):
            return text[: then.start()].rstrip(" ,")
    return text


# captions of the payment means or of another column of a table of payment ("Mode",
# "Payment method", "Moyen de paiement", "Montant"): the neighbour of the terms' caption,
# no terms
_MEANS_CAPTION = re.compile(
    r"(?:mode|method|moyen|means)(?: de (?:reglement|paiement)| of payment)?"
    r"|(?:payment|pay) (?:method|means|by)|mode de (?:reglement|paiement)"
    r"|(?:montant|amount|sum|somme|net du|net due)(?: (?:a (?:payer|regler)|to pay|due|du))?"
)


def is_means_caption(text: str) -> bool:
    """Is ``text`` the caption of a payment means or of an amount (a neighbouring column's
    head in a table of payment)?"""
    return _MEANS_CAPTION.fullmatch(fold(text).strip(" :.")) is not None


# a caption word with no colon before the word that opens the terms ("Paiement payable à
# 50 jours fin de mois"): it names the item, and the terms start after it
# the payment's own word as the caption of what follows ("Pagamento: bonifico a 30 giorni",
# "Zahlung: 14 Tage netto"): the terms start after its colon
_ANCHOR_CAPTION = re.compile(r"(?:paiement|payment|reglement|pago|pagamento|zahlung)\s*:\s+(?=\S)")
_CAPTION_WORD = re.compile(
    r"(?:paiement|payment|reglement|conditions?(?: de (?:paiement|reglement))?|terms)\s*:?\s+"
    r"(?=(?:payables?|a regler)\b)"
)


# a discount for paying early printed before the net delay ("2% 10 Net 30", "1% 10 days,
# net 30 days", "2/10 net 30"): the first part of the terms, which the net anchor leaves out
_DISCOUNT_BEFORE = re.compile(
    r"(?:^|(?<=\s))(\d{1,2}(?:[.,]\d{1,2})?\s*%\s*/?\s*\d{1,3}(?:\s*(?:days?|jours?|j)\b)?"
    r"|\d{1,2}\s*/\s*\d{1,3})\s*,?\s*$"
)


# the payment's subject and its verb before the word that makes the delay the payment's
# ("Payment is due within 30 days", "Invoices are payable within 21 days"): the terms
# start at that word, as after "Our terms are"
_IS_DUE = re.compile(
    r"(?:payment|paiement|reglement|invoices?|factures?)\s+(?:is|are|shall be|will be|"
    r"must be|becomes?|est|sont|sera)\s+(?=(?:due|payable|payables)\b)"
)


def terms_in_sentence(text: str) -> tuple[int, int] | None:
    """Where the payment terms stated by the sentence ``text`` are (start, end in ``text``),
    from the word that says they are the payment's to the end of the clause, a payment
    means after them dropped; None when the sentence states none. ``text`` is folded the
    same length as printed (accents dropped) before it is matched."""
    folded = fold(text)
    if len(folded) != len(text):
        return None
    folded = folded[: len(up_to_its_date(text))]
    for at, part in _clauses(folded):
        anchor = _ANCHOR.search(part)
        if anchor is None or DELAY.search(part, anchor.start()) is None:
            continue
        if _NOT_TERMS.search(_FROM_DELIVERY.sub("", _PAID_ON_DELIVERY.sub("", part))):
            continue
        if discount_alone(part):
            continue
        start = at + anchor.start()
        verb = _IS_DUE.match(folded, start)
        start = verb.end() if verb is not None else start
        discount = _DISCOUNT_BEFORE.search(folded, at, start)
        start = discount.start(1) if discount is not None else start
        delay_end = DELAY.search(part, anchor.start()).end()  # type: ignore[union-attr]
        tail = _MEANS_TAIL.search(part, delay_end)
        end = at + _up_to_another_clause(part[: tail.start()] if tail else part.rstrip(), delay_end)
        start += _label_before(folded[start:end])
        start += _caption_of_a_date(folded[start:end])
        caption = _CAPTION_WORD.match(folded, start) or _ANCHOR_CAPTION.match(folded, start)
        start = caption.end() if caption is not None else start
        if end - start < 3 or end - start > 80:
            continue
        return start, end
    return None


def _up_to_another_clause(part: str, delay_end: int) -> int:
    """Where the terms end in the clause ``part`` (folded) whose delay ends at ``delay_end``:
    at a comma after the delay that opens another condition ("paiement à 45 jours fin de
    mois, franco de port à partir de 500 € HT"), not one that goes on stating the terms (a
    second delay or a balance: "2 % à 10 jours, net à 30 jours", "30 % d'acompte, solde à
    réception", or words of terms only)."""
    end = len(part)
    at = part.find(",", delay_end)
    while at >= 0:
        nxt = part.find(",", at + 1)
        piece = part[at + 1 : nxt if nxt >= 0 else end]
        words = [w for w in re.split(r"[\s,.'’()/-]+", piece) if w]
        if not DELAY.search(piece) and not all(_TERMS_WORD.fullmatch(w) for w in words):
            return at
        at = nxt
    return end


def _clauses(folded: str) -> list[tuple[int, str]]:
    """The clauses of a sentence with where each starts: split at a full stop, a semicolon,
    and at a spaced dash or bar that joins the items of a footer of conditions ("… quai
    n° 3. – Paiement : 30 jours – En cas de retard …")."""
    out: list[tuple[int, str]] = []
    for clause in _CLAUSE.finditer(folded):
        at = clause.start()
        for piece in _ITEM_SEPARATOR.split(clause.group(0)):
            out.append((at, piece))
            at += len(piece)
            rest = folded[at:]
            sep = _ITEM_SEPARATOR.match(rest)
            at += sep.end() if sep else 0
    return out


def _label_before(clause: str) -> int:
    """How long the terms label is that starts ``clause`` ("Paiement : 45 jours fin de
    mois", "Payment terms: Net 30", "Règlement à réception"), 0 when none does: the label
    says what the rest is and is no part of the terms."""
    hit = match_header_label(clause)
    if hit is None or hit.field != "payment_terms" or not DELAY.search(clause, hit.end):
        return 0
    return hit.end


def _caption_of_a_date(clause: str) -> int:
    """How long the caption is that opens ``clause`` when it names the due date and a
    delay, not a date, follows it ("Échéance de paiement : 30 jours fin de mois", "Payment
    due: net 30"): the page says when the payment falls due by its terms, and the caption
    is no part of them; 0 otherwise."""
    caption = _OPENING_CAPTION.match(clause)
    if caption is None or DELAY.search(caption.group(1)):
        return 0
    hit = match_header_label(clause)
    if hit is None or hit.field not in ("due_date", "payment_terms") or hit.end > caption.end():
        return 0
    rest = clause[caption.end() :]
    if find_dates(rest[:12]):
        return 0  # the due date itself, maybe its terms in brackets after it
    return caption.end() if is_terms_phrase(rest) else 0


def without_means(text: str) -> str:
    """``text`` without a payment means that follows its delay ("à 35 jours nets par
    chèque." -> "à 35 jours nets"): how the payment is made is no part of when."""
    folded = fold(text)
    delay = DELAY.search(folded)
    if len(folded) != len(text) or delay is None:
        return text
    tail = _MEANS_TAIL.search(folded, delay.end())
    return text[: tail.start()].rstrip(" ,") if tail is not None else text


def is_terms_phrase(text: str) -> bool:
    """Does ``text`` (a label's value) read as payment terms: a delay or a moment of
    payment, not a date nor a payment means?"""
    folded = fold(text).strip()
    return DELAY.search(folded) is not None and len(folded) <= 80


# a spaced dash or bar between two items printed on one line ("Net 30 – due on 01/19/2026")
# (or ending the line: a footer of items wrapped after one: "… · Délais : à 30 jours ·")
# ("… RCS Lyon 812 345 678 / Paiement à 30 jours …": a spaced slash before a word, not the
# slash of a discount's shorthand "2 / 10")
_ITEM_SEPARATOR = re.compile(r"\s+[-–—|·•▪](?:\s+|$)|\s+/\s+(?=[^\d\s])")
# a reference ("MC-2026-616", "T-2025-270", "n° 4711"): no wording of terms prints one
_REFERENCE = re.compile(
    r"\b(?=[A-Z0-9/-]*\d)(?=[A-Z0-9/-]*[A-Z])[A-Z0-9][A-Z0-9/-]{4,}\b"
    r"|(?i:\b(?:n°|no|nr|r[ée]f)\.?\s*\d)"
)


def up_to_another_item(text: str) -> str:
    """The terms up to a separator that starts another item: a labelled value or a date
    ("Cash with order – due on 01/19/2026", "30 jours fin de mois – Réf. AO-2025-554"),
    or, once the terms have stated their delay, an item that states none (a footer's next
    condition: "Net 30 – Late payments bear interest …", "… – Horaires : 8 h - 12 h").
    The terms are a phrase of their own; what follows such a separator is another field,
    and keeping it made a terms value no clerk would accept look certain."""
    for sep in _ITEM_SEPARATOR.finditer(text):
        rest = text[sep.end() :]
        item = _ITEM_SEPARATOR.split(rest, maxsplit=1)[0]
        if (
            match_header_label(fold(rest)) is not None
            or find_dates(item)
            or _REFERENCE.search(item)
            or (DELAY.search(fold(text[: sep.start()])) and not DELAY.search(fold(item)))
        ):
            return text[: sep.start()]
    return text


# the words a line that states only payment terms is made of ("30 jours fin de mois par
# virement.", "Comptant.", "2/10 Net 30", "Net 45 days from invoice date")
_TERMS_WORD = re.compile(
    r"(?:\d+(?:[.,]\d+)?%?|%|jours?|j|days?|net|nets|nett|netto|fin|de|du|des|mois|months?|"
    r"eom|end|of|the|date|facture|invoice|from|a|reception|receipt|on|upon|due|comptant|"
    r"cash|delivery|livraison|escompte|discount|le|la|l|paiement|payment|payable|within|"
    r"sous|dans|in|after|apres|immediate|immediat|at|sight|vue|commande|order|with|sans|"
    r"no|and|et|soit|ou|or|avance|advance|reglement|terms|emission|issue|fdm|fm|"
    r"prepayment|pre|prepaid|cod|cwo|strictly|balance|solde|acompte|d|deposit|sinon|"
    r"otherwise|then|puis|par|prox|eom|nets?|month|end|regler|a|au|full|en|totalite|"
    r"huit|dix|quinze|vingt|trente|quarante|cinq|soixante|quatre|seven|ten|fourteen|fifteen|"
    r"twenty|one|thirty|forty|five|sixty|ninety|"
    # Spanish, Italian, German: the words of their usual terms
    r"dias?|fecha|factura|mes|neto|contado|al|del|giorni|gg|data|fattura|fine|mese|netto|"
    r"dalla|della|ricevimento|rimessa|diretta|vista|dffm|df|tage|tagen|ohne|abzug|innerhalb|"
    r"von|sofort|fallig|nach|rechnungsdatum|rechnungseingang|skonto|zahlbar|pago|pagamento)"
)
_MEANS_HEAD = re.compile(
    r"(?:virement|cheque|lcr|traite|prelevement|bank transfer|transfer|wire|check|bonifico|"
    r"transferencia|riba|ricevuta bancaria|recibo|uberweisung)\s+"
    r"(?=(?:a|at|sous|within|in|innerhalb)\s+\d)"
)
# cash on delivery, with order, in advance, printed as capitals ("COD", "C.O.D."): in
# small letters the same letters are a code's abbreviation ("Cod.")
_SHORT_CODE = re.compile(r"\s*((?:C\.?O\.?D|C\.?W\.?O|C\.?I\.?A)\.?)\s*")
_BARE_DAYS = re.compile(r"\d{1,3}\s*(?:jours?|j|days?)")


def terms_line(text: str) -> tuple[int, int] | None:
    """Where the terms are in ``text`` when the line states only them, made of the words
    terms are made of and a delay or moment of payment among them ("45 jours fin de mois
    par chèque.", "Comptant."), a payment means after them dropped; None otherwise. A bare
    count of days ("30 jours") may be any delay and is none."""
    folded = fold(text)
    if len(folded) != len(text) or len(folded.strip()) > 60:
        return None
    code = _SHORT_CODE.fullmatch(text)
    if code is not None:
        return code.start(1), code.end(1)
    body = folded[: len(up_to_its_date(text))].rstrip(" .;")
    tail = _MEANS_TAIL.search(body)
    if tail is not None:
        body = body[: tail.start()]
    start = len(body) - len(body.lstrip())
    # a means that the delay follows is part of the terms' phrase ("LCR à 60 jours",
    # "Virement à 45 jours"), as a means after it is not
    head = _MEANS_HEAD.match(body.strip())
    words = [w for w in re.split(r"[\s,.'’()/-]+", body.strip()[head.end() if head else 0 :]) if w]
    if not words or not all(_TERMS_WORD.fullmatch(w) for w in words):
        return None
    plain = body.strip()
    if DELAY.search(plain) is None or _BARE_DAYS.fullmatch(plain):
        return None
    if _NOT_TERMS.search(_FROM_DELIVERY.sub("", _PAID_ON_DELIVERY.sub("", plain))):
        return None  # a delivery's delay ("livraison sous 30 jours"), not the payment's
    if discount_alone(plain):
        return None  # a discount's condition ("escompte 2 % sous 8 jours"), not the terms
    return start, len(body.rstrip())


def is_whole_terms(text: str) -> bool:
    """Is ``text`` a phrase of terms from end to end (a delay, its base, a discount, a
    means before the delay), with nothing cut off and nothing run on: the reading a due
    date's arithmetic may confirm ("Net 30", "45 jours fin de mois le 10"). Not a phrase
    that opens with its preposition ("à 30 jours"): the word before it (a caption, "Paiement",
    "payable") may be part of the terms as printed."""
    found = terms_line(text)
    if _OPENING_PREPOSITION.match(fold(text)):
        return False
    # (a code's own full stop, "C.O.D.", is part of it)
    return found is not None and found[0] == 0 and found[1] >= len(text.rstrip(" .;"))


_OPENING_PREPOSITION = re.compile(r"\s*(?:a|au|sous|dans|des|within|in|under|at|on|upon)\b")


def terms_item(text: str) -> tuple[int, int] | None:
    """Where the terms are in ``text`` when one item of a line of several states only them
    ("… Pas d'escompte pour paiement anticipé. – 45 j FDM", "Net 30 – Goods remain our
    property until paid"), with no word saying they are the payment's: an item made of the
    words of terms only (``terms_line``). None when the line is one item."""
    folded = fold(text)
    if len(folded) != len(text):
        return None
    items = [(at, part) for at, part in _clauses(folded) if part.strip()]
    if len(items) < 2:
        return None
    for at, part in items:
        found = terms_line(text[at : at + len(part)])
        if found is None:
            # the item's own short caption before them ("… · Termes : net à 45 jours · …"):
            # a word or two and a colon, no delay, then terms only
            caption = _OPENING_CAPTION.match(part)
            if caption is not None and len(caption.group(1).split()) <= 2:
                skip = caption.end()
                inner = terms_line(text[at + skip : at + len(part)])
                found = (skip + inner[0], skip + inner[1]) if inner is not None else None
        if found is not None:
            return at + found[0], at + found[1]
    return None


def terms_after_caption(text: str) -> tuple[int, int] | None:
    """Where the terms are in ``text`` when a short caption of its own opens the line and
    terms only follow it ("Modalités : 45 jours fin de mois par virement", "Délai : À
    réception"): one or two words without a delay before a colon, not the caption of
    another delay (a delivery's, a warranty's), then a line of terms (``terms_line``, a
    means after them dropped). None otherwise."""
    folded = fold(text)
    caption = _OPENING_CAPTION.match(folded)
    if (
        len(folded) != len(text)
        or caption is None
        or (len(caption.group(1).split()) > 2 and not _TERMS_CAPTION.search(caption.group(1)))
        or DELAY.search(caption.group(1))
        or _OTHER_DELAY_CAPTION.search(caption.group(1))
    ):
        return None
    at = caption.end()
    # the means first, a comma, then the terms ("Règlement : chèque, 30 jours net")
    means = _MEANS_FIRST.match(folded, at)
    at = means.end() if means is not None else at
    inner = terms_line(text[at:])
    if inner is None:
        return None
    return at + inner[0], at + inner[1]


# a caption of a few words that names the payment's delay or conditions ("Mode et délai",
# "Nos conditions de règlement", "Terms of payment")
_TERMS_CAPTION = re.compile(
    r"\b(?:delais?|conditions?|modalites|reglement|paiement|payment|terms|echeance|"
    r"settlement)\b"
)
# a caption over a cell that names the terms, not a date or an amount of the payment
_NOT_TERMS_CAPTION = re.compile(r"\b(?:date|dt|le|on|montant|amount|mode|means|method)\b")


def under_terms_caption(layout: PageLayout, seg: Segment) -> bool:
    """Is ``seg`` a cell whose caption over it (the nearest row above within two lines,
    one segment over its span) names the payment's terms ("Règlement", "Cond. règlement",
    "Settlement", "Terms") and nothing else: no digits, a few words, no date's or means'?"""
    for above in reversed(layout.rows[max(0, seg.row - 3) : seg.row]):
        if seg.top - above.bottom >= 2 * layout.line_height:
            return False
        over = [s for s in above.segments if min(s.x1, seg.x1) - max(s.x0, seg.x0) > 0]
        if not over:
            continue
        if len(over) != 1 or re.search(r"\d", over[0].text):
            return False
        caption = over[0].folded.strip(" :.")
        return (
            len(caption.split()) <= 4
            and _TERMS_CAPTION.search(caption) is not None
            and _NOT_TERMS_CAPTION.search(caption) is None
        )
    return False


# a payment means and the comma after it, before the terms in the same value
_MEANS_FIRST = re.compile(
    r"\s*(?:virement(?: bancaire)?|cheque|check|lcr|traite|prelevement(?: sepa)?|"
    r"carte(?: bancaire)?|bank transfer|transfer|wire(?: transfer)?|credit card|card|"
    r"direct debit|bacs|ach|especes|"
    r"cash)\s*,\s*(?=\S)"
)


# a word that joins the terms' caption to them in a sentence ("Our terms are Net 30",
# "Nos conditions sont : 30 jours"): no part of the terms
_COPULA = re.compile(r"(?:are|is|sont|est|apply|s'appliquent)\s*:?\s+")
# a date and, in brackets after it, the terms it comes from ("24/12/2025 (45 j fin de mois)")
_BRACKETED = re.compile(r"\(([^()]{3,80})\)\s*\.?\s*$")
# a caption that opens a value ("Délai : 30 jours", "Conditions : Net 30", "Terms: COD"):
# one or two words without a delay before a colon (a longer one, "Délai global de
# paiement : 30 jours", is printed as part of the terms by the senders that print it)
_OPENING_CAPTION = re.compile(r"([^:\d]{2,30}?)\s*:\s+(?=\S)")


# a caption that names another delay than the payment's ("Warranty: 12 months", "Validité
# : 3 mois", "Lead time: 10 days", "Délai de livraison : 15 jours"): what follows is no terms
_OTHER_DELAY_CAPTION = re.compile(
    r"\b(?:warranty|guarantee|garantie|validit[ye]|valid|valable|lead|livraison|delivery|"
    r"shipping|shipment|expedition|dispatch|retours?|returns?|offre|offer|quote|quotation|"
    r"devis|incoterms?|duree|duration|preavis|notice)\b"
)

# a full stop that ends a sentence: another starts after it, with a capital
_NEXT_SENTENCE = re.compile(r"\.\s+(?=[A-ZÀ-Ý])")


def cleaned(text: str) -> str:
    """The terms in a value read for them, without what only introduces them or follows
    them: a copula after the caption ("are 30 days net" -> "30 days net"), a payment means
    after the delay ("within 21 days by bank transfer" -> "within 21 days"), a caption that
    opens the value ("Délai : LCR à 60 jours" -> "LCR à 60 jours"), and of a date followed by
    bracketed terms ("Échéance : 24/12/2025 (45 j fin de mois)") the bracketed terms. The
    text is returned as it is when no such reading leaves a phrase of terms."""
    folded = fold(text)
    if len(folded) != len(text):
        return text
    out = text
    bracket = _BRACKETED.search(folded)
    if (
        bracket is not None
        and find_dates(text[: bracket.start()])
        and DELAY.search(bracket.group(1))
    ):
        return text[bracket.start(1) : bracket.end(1)].strip()
    stop = _NEXT_SENTENCE.search(text)
    if (
        stop is not None
        and DELAY.search(folded[: stop.start()])
        and (not DELAY.search(folded, stop.end()) or _NOT_TERMS.search(folded, stop.end()))
    ):
        # the terms' sentence, then another that states no delay ("Virement à 30 jours.
        # Pénalités de retard : …") or one about paying late ("Net 30. Late payments after
        # 30 days bear interest"): the terms end with their sentence
        text, folded = text[: stop.start()], folded[: stop.start()]
        out = text
    copula = _COPULA.match(folded)
    if copula is not None and DELAY.search(folded, copula.end()):
        return without_means(text[copula.end() :].strip())
    caption = _OPENING_CAPTION.match(folded)
    if caption is not None and _OTHER_DELAY_CAPTION.search(caption.group(1)):
        return text  # another delay's caption: what follows is not the terms
    if (
        caption is not None
        and DELAY.search(caption.group(1)) is None
        and len(caption.group(1).split()) <= 2
        and DELAY.search(folded, caption.end())
    ):
        out = text[caption.end() :].strip()
    if out.rstrip(" .").endswith(")") and "(" not in out:
        # terms in brackets after a due date, read without their opening bracket
        out = out.rstrip(" .")[:-1].rstrip()
    means = _MEANS_FIRST.match(fold(out))
    if means is not None and DELAY.search(fold(out), means.end()):
        out = out[means.end() :]  # "virement, 30 jours net": the means is no part of when
    return without_means(out)


def states_when(text: str) -> bool:
    """Does the value ``text`` state when to pay: a digit or a delay or moment of payment?
    A value that states neither may still be terms ("Rimessa diretta"), or may be the
    caption of the next column read as the label's value ("Payment Terms | Ship Via")."""
    folded = fold(text)
    return bool(re.search(r"\d", folded)) or DELAY.search(folded) is not None


def yield_to_stated(standing: list[Candidate], found: Candidate) -> None:
    """Labelled values that state no delay give way to terms found elsewhere on the page
    that do: a caption beside the label ("Ship Via") was read as its value, and the terms
    printed under it are the delay the other reading found."""
    if not states_when(found.value):
        return
    for c in standing:
        if c.vetoed is None and not states_when(c.value):
            c.vetoed = "states no delay, where the page states one"


# the rules of delivery (Incoterms) read under a bare "Terms" caption ("FOB Destination,
# Freight Prepaid", "EXW Lyon"): who carries the goods, not when to pay
_INCOTERM = re.compile(r"(?:exw|fca|fas|fob|cfr|cif|cpt|cip|dap|dpu|ddp|dat|daf|ddu)\b")
# a word that leaves the phrase open: the terms go on on the next line ("30 days after
# receipt of goods and" / "a correct invoice")
_OPEN_END = re.compile(
    r"\b(?:and|or|of|the|from|after|to|et|ou|de|du|des|la|le|les|apres|a compter|"
    r"suivant|following)\s*$"
)


# a value that opens on how the money goes ("par virement sur le compte IBAN …", "by bank
# transfer to …"): a means with its details, terms only if a delay or a moment follows
_MEANS_OPENS = re.compile(
    r"(?:par|by|via|en)\s+(?:virement|cheque|check|bank transfer|transfer|wire|prelevement|"
    r"carte|card|lcr|traite|especes|direct debit|sepa|bacs|ach|paypal)\b"
    r"|(?:virement|cheque|bank transfer|wire transfer|prelevement|direct debit)\b"
)


def not_terms(text: str) -> str | None:
    """Why the value ``text`` read for the terms is none, or None: the caption of another
    value (a value-first or gridded head read the neighbouring caption: "Échéance", "Due
    date", "Mode de règlement"), or the rules of delivery (an Incoterm)."""
    folded = fold(text).strip(" :.")
    hit = match_header_label(folded)
    if hit is not None and not hit.composed and hit.end >= len(folded):
        return "a caption, not a value"
    if _INCOTERM.match(folded):
        return "the rules of delivery (an Incoterm), not the payment's"
    if _MEANS_OPENS.match(folded) and DELAY.search(folded) is None:
        return "a payment means with its details, no delay nor moment"
    caption = _OPENING_CAPTION.match(folded)
    if caption is not None and is_means_caption(caption.group(1)) and not DELAY.search(folded):
        return "a payment means under its caption, no delay nor moment"
    if _only_a_date(text):
        return "a due date alone, not terms"
    if _only_penalties(folded):
        return "a late-payment penalty, not terms"
    return None


# what may stand beside a due date printed under a terms label ("Due 12/07/2024", "Payable
# le 30/04/2025", "Échéance au 15 mai 2025"): words that say the date is the due date
_DUE_WORDS = re.compile(
    r"(?:due|due date|on|by|before|payable|le|au|avant|echeance|date|the|at|latest|"
    r"at the latest|au plus tard|plus tard|until|jusqu'au|d'ici le)"
)
# what a sentence about paying late says: a penalty, an interest, a fee, a surcharge
_PENALTY = re.compile(
    r"\b(?:retards?|late|penalt\w*|penalites?|interets?|interest|indemnite\w*|recouvrement|"
    r"recovery|overdue|surcharge|frais de relance|majoration|late fee|arrears|impayes?)\b"
)


def _only_a_date(text: str) -> bool:
    """Is ``text`` a date and the words that make it the due date, nothing that says a
    delay or a moment: the due date printed under a terms label, not terms."""
    dates = find_dates(text)
    if not dates:
        return False
    folded = fold(text)
    if len(folded) != len(text):
        return False
    rest = folded
    for _, start, end in reversed(dates):
        rest = rest[:start] + " " + rest[end:]
    words = [w for w in re.split(r"[\s,.:;()-]+", rest) if w]
    return all(_DUE_WORDS.fullmatch(w) for w in words)


def _only_penalties(folded: str) -> bool:
    """Does every clause of the value that names a delay or a moment speak of paying late
    (a penalty, an interest, a fee) before it names one: a sentence about paying late
    under a terms label ("Pénalités de retard : 3 fois le taux d'intérêt légal", "A late fee
    of 1.5% per month applies to overdue balances"), no terms."""
    if _PENALTY.search(folded) is None:
        return False
    for _, part in _clauses(folded):
        penalty = _PENALTY.search(part)
        # "Net 30 days, interest charged on overdue accounts": the delay before the penalty
        if DELAY.search(part[: penalty.start()] if penalty is not None else part):
            return False
    return True


def cut_short(text: str) -> bool:
    """Does the value ``text`` stop on a word that leaves its phrase open ("… of goods
    and"): the rest of the terms is on the next line, which the value lost."""
    return _OPEN_END.search(fold(text).rstrip(" ,")) is not None


# the end of a phrase of terms carried to the next line ("… payable à 30 jours" / "fin de
# mois par virement", "Payment is due within 30 days" / "of the invoice date."): the
# delay's base or its reckoning, in small letters, with no delay of its own
_RUN_ON_START = re.compile(
    r"(?:fin de mois|fdm|date de (?:facture|facturation|livraison|reception|l'emission|"
    r"emission)|de (?:la )?date|de (?:la )?(?:facture|facturation)\b|de mois\b|"
    r"a compter|apres|suivant|net|nets|le \d{1,2}\b|of (?:the )?|"
    r"from (?:the )?|after (?:the )?|following|end of (?:the )?month|eom|net\b)"
)
RUN_ON_NOTE = "payment terms, carried on to the next line"


def carried_on(text: str, below: str) -> str | None:
    """The terms ``text`` with the rest of their phrase when the line ``below`` carries it
    on: ``below`` opens in small letters with the delay's base ("fin de mois", "of the
    invoice date", "date de facture"), is made of the words of terms only (a means after
    them dropped) and states no delay of its own. None when ``below`` is no such line."""
    folded = fold(below)
    if len(folded) != len(below) or not below[:1].islower() or len(folded) > 60:
        return None
    joined = f"{fold(text).rstrip()} "
    # a delay the line break cut in two ("Due upon" / "receipt", "45 jours fin" / "de mois")
    across = next(
        (m for m in DELAY.finditer(joined + folded) if m.start() < len(joined) - 1 < m.end()),
        None,
    )
    body = folded.rstrip(" .;")
    tail = _MEANS_TAIL.search(body)
    body = body[: tail.start()].rstrip(" ,") if tail is not None else body
    words = [w for w in re.split(r"[\s,.'’()/-]+", body) if w]
    if (
        not words
        or not (across or _RUN_ON_START.match(body) or _OPEN_END.search(fold(text).rstrip(" ,")))
        or not all(_TERMS_WORD.fullmatch(w) for w in words)
        or (DELAY.search(body) and not _schedule_goes_on(text, folded))
        or (DELAY.search(fold(text)) is None and across is None)
        or (_OPEN_END.search(fold(text)) is None and re.search(r"[.;:]\s*$", text))
    ):
        return None
    return f"{text.rstrip()} {below[: len(body)].strip()}"


# a discount schedule's first part ("2 % 10 jours,", "escompte 1 % à 8 jours,"): its net
# delay follows, on the next line of a narrow cell ("net 30 jours")
_SCHEDULE_HEAD = re.compile(
    r"\s*(?:(?:escompte|discount)\s+(?:de\s+)?)?\d{1,2}(?:[.,]\d{1,2})?\s*%"
)


def _schedule_goes_on(text: str, below: str) -> bool:
    """Is ``text`` a discount schedule's first part ending with its comma and ``below``
    (folded) its net delay?"""
    return (
        _SCHEDULE_HEAD.match(fold(text)) is not None
        and text.rstrip().endswith(",")
        and re.match(r"net\b", below) is not None
    )


def carry_on(layouts: list[PageLayout], cands: Candidates) -> None:
    """Terms read at the end of a printed line whose phrase the next line carries on
    (``carried_on``, that line starting under this one's start or under the terms') get
    the rest of their phrase; the longer reading is offered, never shown sure."""
    pages = {layout.page: layout for layout in layouts}
    for c in cands.get("payment_terms", []):
        layout = pages.get(c.page or 0)
        if c.vetoed is not None or c.bbox is None or layout is None:
            continue
        seg = next((s for s in layout.segments if _holds(s, c)), None)
        if seg is None or seg.row + 1 >= len(layout.rows):
            continue
        row = layout.rows[seg.row + 1]
        if row.top - seg.bottom > 1.2 * layout.line_height:
            continue
        for below in row.segments:
            if min(abs(below.x0 - seg.x0), abs(below.x0 - c.bbox[0])) > 3:
                continue
            longer = carried_on(c.value, below.text)
            if longer is not None:
                c.value, c.cap = longer, min(c.cap, UNCONFIRMED_CAP)
                c.bbox = (c.bbox[0], c.bbox[1], max(c.bbox[2], below.x1), below.bottom)
                c.notes.append(RUN_ON_NOTE)
            break


def _holds(seg: Segment, c: Candidate) -> bool:
    """Does the printed segment ``seg`` end with the value of ``c``, read over it?"""
    assert c.bbox is not None
    x0, top, x1, bottom = c.bbox
    return (
        seg.x0 - 1 <= x0
        and x1 <= seg.x1 + 1
        and seg.top - 1 <= top
        and bottom <= seg.bottom + 1
        and seg.text.rstrip(" .;").endswith(c.value.rstrip(" .;"))
    )
