"""Parties and addresses from layout blocks: the letterhead (the issuer) and the blocks
under "Facturer à / Bill to", "Livrer à / Ship to", "Fournisseur / Supplier", "Client".

``customer_*`` is always the buyer and ``supplier_*`` the seller, whoever issued the
document: the issuer is the buyer on purchase orders and payment advices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extraction.labels import match_label
from extraction.layout import PageLayout, Row, Segment
from extraction.lines import header_columns
from extraction.parse.identifiers import find_vats
from extraction.parse.postcodes import repair_postcodes
from extraction.parse.text import SPECK_MARK, drop_specks, one_edit
from extraction.result import ExtractionResult, FieldValue, Word

# OCR specks: a quote mark or stop before a label, a stop between its words ("Bill. To")
_SPECK = r"(?:" + SPECK_MARK + r"\s?)?"


def _block_pattern(words: str) -> re.Pattern[str]:
    return re.compile(r"^" + _SPECK + r"(?:" + words.replace(" ", r"[.,]?\s+") + r")\s*:?\s*")


BLOCK_WORDS: list[tuple[str, str]] = [
    (
        "billing",
        r"facturer a|adresse de facturation|facturation|bill to|billing address|invoice to|invoice address",  # noqa: E501
    ),
    (
        "delivery",
        r"livrer a|adresse de livraison|lieu de livraison|livraison a|ship to|deliver to|delivery address|shipping address|consignee",  # noqa: E501
    ),
    (
        "supplier",
        r"fournisseur|supplier|vendor|beneficiaire|payee|paid to|pay to|emis a l'ordre de|a l'attention de|destinataire du paiement",  # noqa: E501
    ),
    (
        "customer",
        r"client|customer|sold to|acheteur|buyer|destinataire|commande par|ordered by|payeur|payer",
    ),
]
BLOCKS: list[tuple[str, re.Pattern[str]]] = [(k, _block_pattern(p)) for k, p in BLOCK_WORDS]
BUYER_ISSUES = {"purchase_order", "payment_advice"}


@dataclass
class Block:
    kind: str
    page: int
    lines: list[Segment]
    x0: float
    x1: float
    top: float
    bottom: float

    def contains(self, seg: Segment) -> bool:
        return self.x0 - 2 <= seg.x0 <= self.x1 and self.top - 1 <= seg.top <= self.bottom + 1


def _block_kind(seg: Segment) -> tuple[str, int] | None:
    folded = seg.folded
    for kind, pattern in BLOCKS:
        m = pattern.match(folded)
        if not m:
            continue
        rest = folded[m.end() :].strip()
        if len(re.sub(r"\W", "", rest)) <= 1 and not re.search(r"[^\W\d_]", rest):
            return kind, len(folded)  # a speck after the label ("Facturer à 3" for "à :")
        if ":" not in folded[: m.end()]:
            continue  # "Customer PO 123" is a field label, not a party block
        if re.match(r"^(n°|no|code|number|#|ref|id)\b", rest):
            continue
        return kind, m.end()
    return _misread_block_label(folded)


def _misread_block_label(folded: str) -> tuple[str, int] | None:
    """A one-word block label alone on its line with one letter misread ("Vender" for
    "Vendor"); only words of six letters or more, which no other word is one letter away
    from (phrases are: "Invoice No" is one letter from "Invoice to")."""
    text = folded.strip(" :.'‘")
    if len(text) < 6 or " " in text:
        return None
    for kind, words in BLOCK_WORDS:
        for label in words.split("|"):
            if len(label) >= 6 and " " not in label and one_edit(text, label):
                return kind, len(folded)
    return None


def find_blocks(layout: PageLayout) -> list[Block]:
    blocks: list[Block] = []
    for row in layout.rows:
        for seg in row.segments:
            found = _block_kind(seg)
            if not found:
                continue
            kind, end = found
            lines: list[Segment] = []
            rest = seg.text[end:].strip()
            if rest and seg.folded[end:].strip():
                lines.append(seg.sub(len(seg.text) - len(seg.text[end:].lstrip())))
            last_bottom = seg.bottom
            right_limit = min(
                (s.x0 for s in row.segments if s.x0 > seg.x1 + 5 and _inked(s)),
                default=layout.width,
            )
            for below in layout.rows[seg.row + 1 :]:
                # OCR boxes hug the glyphs, so the gap between printed lines looks wider
                ocr = seg.ocr
                if below.top - last_bottom > layout.line_height * (1.8 if ocr else 1.3):
                    break
                if header_columns(below) is not None or _table_like(below, seg):
                    break  # the table starts right under the block
                cand = [s for s in below.segments if abs(s.x0 - seg.x0) < 15 and s.x0 < right_limit]
                if not cand:
                    if any(s.x0 < seg.x0 - 15 and s.x1 > seg.x0 for s in below.segments):
                        break
                    continue
                s = cand[0]
                if _block_kind(s) or _labelled(s) or match_label(s.folded) or _tax_id(s):
                    break
                # OCR may split one printed line at a dropped dash ("ZI des Bruyères | Bât. C")
                for nxt in below.segments:
                    gap = nxt.x0 - s.x1
                    if (
                        nxt.x0 > s.x0
                        and 0 <= gap < layout.line_height * 3.5
                        and nxt.x0 < right_limit
                    ):
                        s = Segment(s.words + _lost_dash(s, nxt) + nxt.words, s.page, s.row)
                lines.append(s)
                last_bottom = s.bottom
                if len(lines) >= 6:
                    break
            if lines:
                blocks.append(
                    Block(
                        kind,
                        layout.page,
                        lines,
                        x0=seg.x0,
                        x1=max([seg.x1, *[s.x1 for s in lines]]),
                        top=seg.top,
                        bottom=lines[-1].bottom,
                    )
                )
    return blocks


def _table_like(row: Row, label: Segment) -> bool:
    """A row with three or more cells right of the block's column: a table row (its
    header maybe too garbled for ``header_columns``), not an address line."""
    right = [s for s in row.segments if s.x0 > label.x1 + 40 and _inked(s)]
    return len(right) >= 3


def _tax_id(seg: Segment) -> bool:
    """A VAT or company number line ("Customer VAT GB960196511") ends an address."""
    return re.search(r"\b(vat|tva|siret|siren)\b", seg.folded) is not None or bool(
        find_vats(seg.text)
    )


def _labelled(seg: Segment) -> bool:
    """Does the line read "Label: value" ("Contact: J. Martin"), ending the address?

    OCR reads specks as colons ("33000 Bordeaux:", "Acme Supplies: Ltd"), so on an OCR'd
    line only a colon after one or two words, with a value after it, makes a label."""
    if ":" not in seg.text:
        return False
    if not seg.ocr:
        return True
    head, _, tail = seg.text.partition(":")
    return 1 <= len(head.split()) <= 2 and not re.search(r"\d", head) and bool(tail.strip())


def _inked(seg: Segment) -> bool:
    """Does the segment hold a letter or digit, not only specks OCR read as ": :"?"""
    return re.search(r"\w", seg.text) is not None


# words an address puts a number or letter after ("Unit 5", "Bât. C", "Lot 12")
_NUMBERED = re.compile(
    r"\b(?:unit|suite|flat|apt|apartment|building|block|floor|no|lot|bat|batiment|bloc"
    r"|porte|etage|bureau|case|cs|bp)\.?$"
)


def _lost_dash(left: Segment, right: Segment) -> list[Word]:
    """The dash OCR dropped between two parts of one address line.

    Tesseract loses a spaced dash (a thin stroke between two spaces: "ZI des Bruyères -
    Bât. C") yet keeps the gap, which splits the line; commas and full stops stay glued to
    their word. Text layers keep the dash, so only OCR'd parts get one back."""
    if not left.ocr or not right.ocr:
        return []
    if re.search(r"[-,;:/]$", left.text) or re.match(r"^[-,;:/]", right.text):
        return []
    if _NUMBERED.search(left.folded):
        return []  # "Unit 5 Riverside" with the 5 lost: the gap held a number, not a dash
    box = (left.x1, left.top, right.x0, left.bottom)
    return [
        Word(text="-", bbox=box, confidence=min(left.confidence, right.confidence), source="ocr")
    ]


def counterpart_zone(layouts: list[PageLayout]) -> list[Block]:
    """Blocks describing a party named by a label (not the issuer)."""
    return [b for lay in layouts[:1] for b in find_blocks(lay)]


def letterhead(layout: PageLayout, title_words: re.Pattern[str]) -> Segment | None:
    """The issuer's name: the largest text near the top that is not the title or a label."""
    cands: list[Segment] = []
    for row in layout.rows:
        if row.top > layout.height * 0.3:
            break
        for seg in row.segments:
            f = seg.folded.strip()
            title = title_words.search(seg.folded)
            if title and title.start() >= 3:
                # name and title on one line with a narrow gap: keep the words before it
                seg = Segment(seg.words_in(0, title.start() - 1), seg.page, seg.row)
                if not seg.words:
                    continue
                f = seg.folded.strip()
                title = None
            if len(f) < 3 or title or match_label(f) or _block_kind(seg):
                continue
            if not re.search(r"[a-z]{2}", f) or re.search(r"\d{2}[/.]\d{2}", f):
                continue
            cands.append(seg)
    if not cands:
        return None
    return max(cands, key=lambda s: (round(s.height, 0), -s.top))


def _clean_ocr_line(text: str) -> str:
    """Specks OCR reads as a full stop (after a house number, glued to it or not, at the end
    of a line) and postcodes with look-alike characters."""
    text = re.sub(r"^(\d{1,4})\.(?=[^\W\d_]{2})", r"\1 ", text)  # "143.Park Avenue"
    text = drop_specks(re.sub(r"(?<=\d)\. (?=[^\W\d_])", " ", text))
    return repair_postcodes(re.sub(r"(?<=[a-z]{3})[.:]$", "", text))


# legal forms OCR misreads by one letter ("plc" with a c that lost its gap reads "ple")
_LEGAL_FORMS = {"ple": "plc", "Ple": "Plc", "PLe": "PLC", "Lid": "Ltd", "Lld": "Ltd", "Ltcl": "Ltd"}


def _clean_ocr_name(text: str) -> str:
    """A company name as printed: no stray quote mark before a word or colon after one, its
    legal form whole."""
    text = re.sub(r"(?<=\s)[‘’'`\"“”,.](?=[A-Z])", "", text)
    text = re.sub(r"(?<=\w) ?[:;](?= [A-Z])", "", text)  # "Acme Supplies: Ltd"
    words = text.split(" ")
    if words and words[-1] in _LEGAL_FORMS:
        words[-1] = _LEGAL_FORMS[words[-1]]
    return " ".join(words)


def _fv(seg: Segment, text: str, source: str, conf: float, page: int) -> FieldValue:
    c = conf if source == "text" else min(0.93, 0.55 + 0.4 * seg.confidence)
    return FieldValue(
        value=text if source == "text" else _clean_ocr_name(text),
        confidence=round(c, 3),
        page=page,
        bbox=seg.bbox_of(0, len(seg.text)),
        source=source,
    )


def extract_parties(result: ExtractionResult, layouts: list[PageLayout]) -> None:
    if not layouts or not layouts[0].rows:
        return
    from extraction.classify import TITLE_PATTERNS

    title_words = re.compile("|".join(p.pattern for _, p in TITLE_PATTERNS))
    first = layouts[0]
    src = result.pages[0].source
    blocks = find_blocks(first)
    by_kind: dict[str, Block] = {}
    for b in blocks:
        by_kind.setdefault(b.kind, b)
    issuer = letterhead(first, title_words)
    buyer_issues = result.doc_type in BUYER_ISSUES
    if issuer is not None:
        name = "customer_name" if buyer_issues else "supplier_name"
        result.fields[name] = _fv(issuer, issuer.text.strip(), src, 0.92, first.page)
    counterpart_kinds = ("supplier",) if buyer_issues else ("customer", "billing", "delivery")
    for kind in counterpart_kinds:
        blk = by_kind.get(kind)
        if blk:
            name = "supplier_name" if buyer_issues else "customer_name"
            seg = blk.lines[0]
            result.fields[name] = _fv(seg, seg.text.strip(), src, 0.92, first.page)
            break
    counterpart = "supplier_name" if buyer_issues else "customer_name"
    if counterpart not in result.fields:
        _counterpart_from_nlp(result, first, src, counterpart)
    for kind, field in (("billing", "billing_address"), ("delivery", "delivery_address")):
        blk = by_kind.get(kind)
        if blk and len(blk.lines) >= 2:
            texts = [s.text.strip() for s in blk.lines[1:]]
            if src == "ocr":
                texts = [_clean_ocr_line(t) for t in texts]
            addr = ", ".join(texts)
            seg = blk.lines[1]
            fv = _fv(seg, addr, src, 0.92, first.page)
            fv.bbox = (
                round(min(s.x0 for s in blk.lines[1:]), 2),
                round(blk.lines[1].top, 2),
                round(max(s.x1 for s in blk.lines[1:]), 2),
                round(blk.lines[-1].bottom, 2),
            )
            if src == "ocr":
                fv.confidence = round(min(fv.confidence, min(s.confidence for s in blk.lines)), 3)
            result.fields[field] = fv


def _counterpart_from_nlp(
    result: ExtractionResult, layout: PageLayout, source: str, field: str
) -> None:
    """No labelled block names the other party: take the first organisation in the upper
    half of page 1 that is not the issuer, with a confidence that asks for a look."""
    from extraction.nlp import organisations

    issuer_field = "customer_name" if field == "supplier_name" else "supplier_name"
    issuer = result.fields.get(issuer_field)
    segs = [s for s in layout.segments if s.top < layout.height * 0.5]
    names = organisations([s.text for s in segs])
    for seg in segs:
        if seg.text.strip() in names and (issuer is None or seg.text.strip() != issuer.value):
            fv = _fv(seg, seg.text.strip(), source, 0.6, layout.page)
            fv.confidence = min(fv.confidence, 0.6)
            result.fields[field] = fv
            return
