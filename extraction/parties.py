"""Parties and addresses from layout blocks: the letterhead (the issuer) and the blocks
under "Facturer à / Bill to", "Livrer à / Ship to", "Fournisseur / Supplier", "Client".

``customer_*`` is always the buyer and ``supplier_*`` the seller, whoever issued the
document: the issuer is the buyer on purchase orders and payment advices.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass

from extraction import party_evidence, repairs
from extraction.candidates.model import UNCONFIRMED_CAP, Candidate, best_first
from extraction.classify import BARE_TITLE, REFERS_TO
from extraction.geometry import x_overlap
from extraction.labels import match_label
from extraction.layout import PageLayout, Row, Segment, words_bbox
from extraction.lines import header_columns
from extraction.parse.amounts import CURRENCY_CODES
from extraction.parse.identifiers import find_vats
from extraction.parse.postcodes import repair_postcodes
from extraction.parse.text import SPECK_MARK, drop_specks, fold
from extraction.result import Source, Word

# OCR specks: a quote mark or stop before a label, a stop between its words ("Bill. To")
_SPECK = r"(?:" + SPECK_MARK + r"\s?)?"


def _block_pattern(words: str) -> re.Pattern[str]:
    # whole words only: "client" is not the start of "cliente"
    # a numbered box ("1 Expéditeur (nom, adresse)", as on a consignment note) keeps its
    # number before the caption and may explain it in brackets after it
    # a letter asks politely ("Please deliver to:", "Merci de nous livrer à l'adresse suivante :")
    return re.compile(
        r"^"
        + _SPECK
        + r"(?:\d{1,2}\.?\s+)?(?:please |kindly |merci de (?:nous )?|veuillez (?:nous )?)?"
        r"(?:" + words.replace(" ", r"[.,]?\s+") + r")(?![a-z])"
        r"(?:\s*\([^()]{0,40}\))?\s*:?\s*"
    )


BLOCK_WORDS: list[tuple[str, str]] = [
    (
        "billing",
        r"facturer a|facture a|adresse de facturation|facturation|bill to|billed to"
        r"|billing address|invoice to"
        # a web shop's checkout captions (WooCommerce prints "Billing details")
        r"|billing details|billing information|bill-to"
        r"|invoice address"
        # labels of languages orderdesk does not read, so a German or Italian label is never
        # taken for a name (the values then come out, at low confidence)
        r"|rechnungsadresse|rechnungsempfanger|rechnungsanschrift|fatturare a|intestatario"
        r"|indirizzo di fatturazione|facturar a|direccion de facturacion|datos de facturacion"
        r"|factuuradres",
    ),
    (
        "delivery",
        # the longer wordings first: an alternative that matches stops the search
        r"livrer a l'adresse suivante|deliver to the following address"
        # a consignment note's box
        r"|lieu prevu pour la livraison|place of delivery(?: of the goods)?"
        r"|livrer a|adresse de livraison|lieu de livraison|livraison a|expedier a"
        r"|adresse d'expedition|livre a|expedie a"
        # where works are done is where they are delivered: a builder's worksite
        r"|adresse du chantier|adresse de chantier|lieu d'intervention|lieu des travaux"
        r"|ship to|deliver to|delivery address|shipping address|consignee|delivery point"
        r"|shipping details|shipping information|delivery details|ship-to"
        r"|site address|works address|job site address|works at|work site|job site"
        r"|project address|installation address|adresse d'intervention|lieu du chantier"
        # a builder's caption over the address worked on, only as a caption of its own
        r"|property(?=\s*:?\s*$)"
        r"|lieferanschrift|lieferadresse|warenempfanger|lieferort|consegnare a|luogo di consegna"
        r"|indirizzo di consegna|destinazione merce|enviar a|direccion de entrega|lugar de entrega"
        r"|afleveradres|leveradres"
        # the bare word as a box's caption ("Livraison" over a name and an address)
        r"|livraison",
    ),
    # who sends the page, whichever side that is: the buyer on a purchase order, the seller
    # on an invoice ("From" over the buyer's block at the foot of an order is the buyer)
    (
        "sender",
        r"emetteur|societe emettrice|from|sender|emis par",
    ),
    (
        "supplier",
        r"fournisseur|supplier|vendor|seller|vendeur|vendu par|ordered from|bill from|sold by|beneficiaire|payee|paid to|pay to|payable to|remit to|emis a l'ordre de|destinataire du paiement"  # noqa: E501
        # the holder of a public contract; the sender of a consignment
        r"|titulaire(?: du marche)?(?: / fournisseur)?|expediteur|shipper|consignor"
        r"|lieferant|fornitore|proveedor|leverancier",
    ),
    (
        "customer",
        r"client|customer|sold to|acheteur|buyer|commande par|ordered by|payeur|payer"
        # who gives the order for a carriage, the carrier's customer
        r"|donneur d'ordre|ordering party"
        r"|invoice for|bill for|kunde|cliente|datos del cliente|klant|kaufer",
    ),
    # whom the page is addressed to, whichever side that is: the supplier on a purchase
    # order, the customer on an invoice
    # ("A l'attention de": whom the letter is for, the payee only on a payment advice)
    (
        "addressee",
        r"a l'attention de|to|destinataire|receiver|an|empfanger|spett\.?le|destinatario",
    ),
]
BLOCKS: list[tuple[str, re.Pattern[str]]] = [(k, _block_pattern(p)) for k, p in BLOCK_WORDS]
BUYER_ISSUES = {"purchase_order", "payment_advice"}
BILLED = {"invoice", "credit_note"}
# what a seller sends to its customer: the customer block (or the envelope window) is where
# the customer is billed, also on a confirmation, a delivery note, a reminder or a quotation
ADDRESSED_TO_CUSTOMER = BILLED | {"order_confirmation", "delivery_note", "other"}


@dataclass
class Block:
    kind: str
    page: int
    lines: list[Segment]
    x0: float
    x1: float
    top: float
    bottom: float
    # lines under the address that are still this party's ("Your VAT No. GB…")
    tail: list[Segment] = dataclasses.field(default_factory=list)
    # the caption of unknown words over an unlabelled block ("captioned")
    caption: Segment | None = None
    # found only because it stands beside another party's block (``_beside_block``,
    # ``_beside_letterhead``): a place nothing else confirms, never sure
    beside: bool = False
    # the routing lines stepped over inside the block or right over its name ("Attn: …",
    # "Code tiers : 411DUP"): the party's, neither its name nor its address
    routed: list[Segment] = dataclasses.field(default_factory=list)

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
    return None


# a line this many times taller than every line of an address block so far is a heading
# (the document's title set right under the block), not the address going on
_TALLER = 1.35


# the widest gap under a block's last line that a column beside it may bridge, in gaps
_SPREAD = 2.2


# the person a letter is for, inside a party's block ("Attn: J. Smith", "À l'attention de
# M. Dubois", "FAO Accounts", "z. Hd. Frau Roth"): no part of the name or the postal address
_ATTENTION = re.compile(
    r"^(?:attn|attention|fao|f\.a\.o\.?|for the attention of|a l'attention de|a l'att\.? de"
    r"|a l'att\.|z\.? ?hd\.?|c/a|all'attenzione di|a la atencion de)\b"
)


def _routing_line(seg: Segment) -> bool:
    """A line of a party's block that routes the mail inside the party, neither its name nor
    its address: the person it is for, or the party's number under its label ("Client n°
    C0412", "Account: 10045"). Real blocks print them between the name and the street or
    over the name, so they are stepped over rather than taken for the end of the block."""
    folded = seg.folded.strip()
    if _ATTENTION.match(folded):
        return True
    hit = match_label(folded)
    if hit is not None:
        return hit.field == "customer_number" and bool(re.search(r"\d", folded[hit.end :]))
    return _party_code(seg) is not None


# a short label of words and the one code it gives ("Code tiers : 411DUP", "Cust # 10045"):
# inside a party's block, a number of that party's
_PARTY_CODE = re.compile(
    r"^([^\W\d][^\d:#]{0,30}?)\s*(?:[:#]\s*)+([A-Za-z]{0,6}[-/.]?\d[\w./-]{1,16})$"
)


def _party_code(seg: Segment) -> tuple[int, int] | None:
    """Where the code of a "label: code" line stands in ``seg`` (its start and end), when
    the label is a few words naming no tax, register or contact: a party's own number as
    its block prints it."""
    m = _PARTY_CODE.match(seg.text.strip())
    if m is None or len(m.group(1).split()) > 3 or _tax_id(seg) or _contact(seg):
        return None
    if _LEGAL_REGISTER.search(seg.folded):
        return None
    start = seg.text.index(m.group(2), m.start(2))
    return start, start + len(m.group(2))


# registers a block prints beside the party's own number
_LEGAL_REGISTER = re.compile(r"\b(?:rcs|ape|naf|company|reg|registered|capital|iban|bic|swift)\b")


_NO_TITLE = re.compile(r"(?!)")  # no title words: a caption's block is judged by its lines


def _heads_an_address(layout: PageLayout, seg: Segment) -> bool:
    """Does a name and an address closed by its postcode and town stand right under
    ``seg``, at its left edge: a caption over a party's block, not a wrapped label?"""
    lines: list[Segment] = []
    last = seg
    for row in layout.rows[seg.row + 1 : seg.row + 8]:
        same = [s for s in row.segments if abs(s.x0 - seg.x0) < 8]
        if not same:
            continue
        if same[0].top - last.bottom > layout.line_height * 2.5:
            return False
        lines.append(same[0])
        last = same[0]
        if len(lines) >= 2 and _closes(same[0]):
            return not_a_name(lines[0], _NO_TITLE) is None
    return False


def find_blocks(layout: PageLayout) -> list[Block]:
    blocks: list[Block] = []
    for row in layout.rows:
        for seg in row.segments:
            found = _block_kind(seg)
            if not found:
                continue
            kind, end = found
            if (
                re.fullmatch(r"\W*livraison\W*", seg.folded)
                and not all(_block_kind(s) for s in row.segments if s is not seg)
                and not _heads_an_address(layout, seg)
            ):
                # "Date de | livraison | souhaitée": a wrapped label, not a caption; beside
                # other captions only ("Adresse de facturation | Livraison"), or over a
                # name and address of its own, it is one
                continue
            lines: list[Segment] = []
            tail: list[Segment] = []
            routed: list[Segment] = []
            rest = seg.text[end:].strip()
            if rest and seg.folded[end:].strip():
                lines.append(seg.sub(len(seg.text) - len(seg.text[end:].lstrip())))
            else:
                beside = [s for s in row.segments if s.x0 > seg.x1 and _inked(s)]
                near = beside and beside[0].x0 - seg.x1 < layout.line_height * 4
                if near and not (match_label(beside[0].folded) or _block_kind(beside[0])):
                    lines.append(beside[0])  # "Ship to: | Jean de la Fontaine"
            last_bottom = paced = seg.bottom
            right_limit = min(
                (s.x0 for s in row.segments if s.x0 > seg.x1 + 5 and _inked(s)),
                default=layout.width,
            )
            for k, below in enumerate(layout.rows[seg.row + 1 :], start=seg.row + 1):
                # OCR boxes hug the glyphs, so the gap between printed lines looks wider
                ocr = seg.ocr
                # a caption alone on its line may stand a blank line above its block
                first_line = not lines and last_bottom == seg.bottom
                allowed = (1.8 if ocr else 1.3) + (1.2 if first_line else 0.0)
                # lines spread to keep pace with a taller column beside them (a wrapped
                # label) go on under the last line of that column, not under their own
                gap = below.top - max(paced, last_bottom)
                if gap > layout.line_height * allowed or (
                    below.top - last_bottom > layout.line_height * allowed * _SPREAD
                ):
                    break
                above = layout.rows[k - 1]
                if header_columns(below) is not None or _table_like(below, seg, above):
                    break  # the table starts right under the block
                # (a block may be indented under its caption by a character or two)
                indent = max(15.0, layout.line_height * 3)
                cand = [
                    s for s in below.segments if -15 < s.x0 - seg.x0 < indent and s.x0 < right_limit
                ]
                if not cand:
                    if any(s.x0 < seg.x0 - 15 and s.x1 > seg.x0 for s in below.segments):
                        break
                    if lines and all(s.x0 > max(x.x1 for x in lines) for s in below.segments):
                        paced = below.bottom  # a line of the column beside it sets the pace
                    continue
                s = cand[0]
                if _routing_line(s) and not any(_closes(x) for x in lines):
                    last_bottom = s.bottom  # "Attn: …", "Account: 10045": the block goes on
                    routed.append(s)
                    continue
                if _block_kind(s) or _labelled(s) or match_label(s.folded) or _tax_id(s):
                    if lines and (_tax_id(s) or _contact(s) or _labelled(s)):
                        tail = _contact_tail(layout, layout.rows[k:], lines[0], lines[-1])
                    break
                if _contact(s):
                    break  # phone, e-mail, web: the address has ended
                if _prose(s):
                    break  # a sentence after the block ("Please deliver by 12/31/2025.")
                if lines and s.height > _TALLER * max(line.height for line in lines):
                    break  # a heading in a larger type (the title) after the block
                # OCR may split one printed line at a dropped dash ("ZI des Bruyères | Bât. C");
                # a text layer's gap is a real one, between columns
                for nxt in below.segments:
                    gap = nxt.x0 - s.x1
                    if (
                        s.ocr
                        and nxt.x0 > s.x0
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
                        tail=tail,
                        routed=routed,
                    )
                )
    return blocks


_CONTACT = re.compile(
    r"@|www\.|https?:|^(?:tel|tél|fax|phone|mobile|e-?mail|mail)\b|^\+?\(?\d[\d ().\-]{7,}$|^✉"
)


def _contact(seg: Segment) -> bool:
    return _CONTACT.search(seg.folded.strip()) is not None


_DATE_IN_LINE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")
_MONTH_DATE = re.compile(
    r"\b\d{1,2}(?:er)? (?:janv|fevr|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec|jan|feb|mar"
    r"|apr|may|jun|jul|aug|sep)[a-z]*\.? \d{4}\b"
)


def _prose(seg: Segment) -> bool:
    """A line of running text, never an address line: a sentence of five words or more
    ending with a full stop, or a line that prints a date ("Livraison souhaitée le
    14/05/2025."). Typed documents put such paragraphs right under an address block."""
    text = seg.folded.strip()
    if _DATE_IN_LINE.search(text) or _MONTH_DATE.search(text):
        return True
    return len(text.split()) >= 5 and text.endswith((".", "!", "?"))


def _table_like(row: Row, label: Segment, above: Row | None = None) -> bool:
    """A row with three or more cells right of the block's column: a table row (its
    header maybe too garbled for ``header_columns``), not an address line.

    On an OCR'd row, a cell that starts where a segment of the row ``above`` starts is the
    next line of a block beside this one, not a table's cell: OCR splits such a line where
    it lost a mark ("Mastercard •••• 2434" read "Mastercard | 2434"), and the blocks beside
    an address then looked like a table's three cells."""
    right = [s for s in row.segments if s.x0 > label.x1 + 40 and _inked(s)]
    if above is not None and row.segments[0].ocr and repairs.on("ocr_block_columns"):
        starts = [a.x0 for a in above.segments]
        right = [s for s in right if all(abs(s.x0 - x) > BLOCK_COLUMN_SLACK for x in starts)]
    return len(right) >= 3


BLOCK_COLUMN_SLACK = 4.0  # points: OCR's boxes of one column's lines start this close


_TAX_WORDS = (
    r"\b(vat|tva|siret|siren|iva|p\. ?iva|partita iva|ust|ust-?idnr|ust-?id|umsatzsteuer|mwst"
    r"|steuernummer|uid|nif|cif|btw|tax id|ein|abn|gst)\b"
)


def _tax_id(seg: Segment) -> bool:
    """A VAT or company number line ("Customer VAT GB960196511") ends an address."""
    return re.search(_TAX_WORDS, seg.folded) is not None or bool(find_vats(seg.text))


_LEADERS = re.compile(r"[^\W\d_]\.?\s*[.…·_]{4,}\s*\S")


def _labelled(seg: Segment) -> bool:
    """Does the line read "Label: value" ("Contact: J. Martin"), ending the address?

    OCR reads specks as colons ("33000 Bordeaux:", "Acme Supplies: Ltd"), so on an OCR'd
    line only a colon after one or two words, with a value after it, makes a label. Leader
    dots between words and a value ("Invoice no. ........ F-12") say the same as a colon."""
    if _LEADERS.search(seg.text):
        return True
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
    if not left.ocr or not right.ocr or not repairs.on("address_lost_dash"):
        return []
    if re.search(r"[-,;:/]$", left.text) or re.match(r"^[-,;:/]", right.text):
        return []
    if _NUMBERED.search(left.folded):
        return []  # "Unit 5 Riverside" with the 5 lost: the gap held a number, not a dash
    box = (left.x1, left.top, right.x0, left.bottom)
    return [
        Word(text="-", bbox=box, confidence=min(left.confidence, right.confidence), source="ocr")
    ]


# what the top of a page holds besides the issuer's name
_COUNTRIES = re.compile(
    r"^(france|usa|u\.s\.a\.?|united states(?: of america)?|united kingdom|uk|england|"
    r"germany|deutschland|allemagne|belgique|belgium|suisse|switzerland|schweiz|espana|spain|"
    r"espagne|italia|italy|italie|nederland|netherlands|pays-bas|luxembourg|canada|austria|"
    r"osterreich|portugal|ireland|irlande|"
    r"poland|polska|pologne|sweden|sverige|suede|denmark|danmark|danemark|norway|norge|"
    r"finland|suomi|czech republic|czechia|greece|hungary|romania|slovakia|slovenia|croatia|"
    r"turkey|turkiye|japan|china|india|australia|new zealand|mexico|brazil|singapore|"
    r"hong kong|south africa|scotland|wales|northern ireland|great britain|belgie|svizzera|"
    r"espanha|monaco|liechtenstein|maroc|morocco|tunisie|algerie)\.?$"
)
_NOT_A_NAME = re.compile(
    r"@|www\.|https?:|\.(?:com|fr|org|net|de|co\.uk)\b|^(?:tel|fax|phone|page|date)\b"
    r"|^\(.*\)$|stylesheet|xslt|\b(?:generated|created|powered) (?:by|with)\b"
    r"|^(?:contact|sales contact|contact commercial|attn|attention|interlocuteur)\b"
    r"|^(?:a l'attention|a l'att\.|z\.? ?hd\.?|all'attenzione|a la atencion)\b"
    r"|^(?:commande d'achat|devis|quotation|quote|relance|reminder|rappel|proforma"
    r"|pro forma|estimate|offre|angebot|rechnung|factura|fattura|lieferschein|bestellung)\b"
    # an Italian delivery note's abbreviation ("DDT", "D.D.T. n. 118"): a title, not a name
    r"|^d\.?d\.?t\b"
    # a copy's stamp ("ORIGINAL", "DUPLICATA", "COPY")
    r"|^(?:original|duplicata|duplicate|copy|copie|draft|brouillon)$"
    # a heading that names no kind ("Document", "Summary", "Détail"): a title, never a party
    r"|^(?:document|summary|details?|detail|recapitulatif|overview|synthese|apercu)$"
)


_AN_ADDRESS = ("a street address", "a postcode and town", "a part of an address")
# a house number and a street named without a street word ("87 Queensway", "21 bis Broadway")
_HOUSE_NUMBER = re.compile(r"^\d{1,5}(?:\s?(?:bis|ter|[a-z]))?,?\s+[^\W\d_]")


def block_head_not_a_name(lines: list[Segment], title_words: re.Pattern[str]) -> str | None:
    """Why a labelled block's first line is no party's name (None: it may be one). Beyond
    ``not_a_name``, the block tells: a line that starts with a house number right over the
    postcode-and-town line is the street of an address printed without a name, whatever
    the street is called."""
    why = not_a_name(lines[0], title_words)
    if why is not None:
        return why
    if (
        len(lines) >= 2
        and _HOUSE_NUMBER.match(lines[0].folded.strip())
        and _POSTCODE_LINE.search(lines[1].text)
    ):
        return "a street address"
    return None


def not_a_name(seg: Segment, title_words: re.Pattern[str]) -> str | None:
    """Why the text of ``seg`` cannot be a party's name (None: it can)."""
    f = seg.folded.strip(" :.,")
    if len(f) < 2 or not re.search(r"[a-z]{2}", f):
        return "no word"
    if title_words.search(seg.folded) or match_label(f) or _block_kind(seg):
        return "a title or a label"
    if _COUNTRIES.match(f):
        return "a country"
    if _NOT_A_NAME.search(f):
        return "contact details, a caption or another kind of document"
    digits = sum(c.isdigit() for c in f)
    if digits > 0.3 * len(f) or re.search(r"\d{2}[/.]\d{2}", f):
        return "mostly numbers"
    if _DATE_IN_LINE.search(f) or _MONTH_DATE.search(f):
        return "a date"  # "Clermont-Ferrand, le 3 avr. 2025": a letter's place and date
    if re.match(r"^\d{1,5}\s*,?\s+\w", f) and _STREET_WORD.search(f):
        return "a street address"
    if re.search(r"\b\d{5}(?:-\d{4})?\b", f) or re.match(r"^\d{4}\s+[a-z]", f):
        return "a postcode and town"
    if f.endswith(":") or seg.text.rstrip().endswith(":"):
        return "a label"
    if _ADDRESS_PART.search(f) or _ROUTED_PART.search(f):
        return "a part of an address"
    if _PERSON.match(f):
        return "a person"
    if re.match(r"^[^:\d]{2,30}:\s*\S", f):
        return "a label and its value"
    if _REFERENCE_AND_NUMBER.match(f):
        return "a reference and its number"
    if BARE_TITLE.match(f) or (re.fullmatch(r"[a-z]{3}", f) and f.upper() in CURRENCY_CODES):
        return "a title or a currency"
    return None


# "Tender Ref. M25-854", "Contract no. 2026-002": a reference's label and its number, whatever
# the label's first words
_REFERENCE_AND_NUMBER = re.compile(
    r"^[^\W\d][\w .'/-]{1,30}?\b(?:ref|reference|no|nr|n°|number|num)\b\.?\s*[-:#]?\s*"
    r"[a-z]{0,4}[-/.]?\d"
)
# a street written name first ("Avenue Louise 120", "Via Roma, 67"), a building part ("Unit
# 26", "Bât. C"), a British postcode ("Leeds LS1 4DY")
_ADDRESS_PART = re.compile(
    r"^(rue|avenue|av|bd|boulevard|chemin|allee|impasse|route|place|quai|chaussee|via|viale"
    r"|piazza|corso|calle|avenida|paseo|plaza|poligono|strasse|weg|gasse|platz|ring|straat"
    r"|laan)\b.*\d|\w+(strasse|straße|weg|gasse|platz|ring|park)\s+\d+[a-z]?$"
    r"|^(unit|suite|flat|apt|building|floor|bat|batiment|bp|cs|po box|p\.o\. box)\.?\s*\w{0,3}$"
    r"|\b[a-z]{1,2}\d[a-z\d]? \d[a-z]{2}$"
)
# a line the post reads inside a party, after its name: "c/o Groupe X", "chez M. Y", a
# department ("Service comptabilité", "Accounts Payable", "Purchasing Dept.")
_ROUTED_PART = re.compile(
    r"^(?:c/o|care of|chez)\s+\S"
    r"|^(?:service|direction|departement|dept\.?|department)\s+(?:des |du |de la |de l')?"
    r"(?:compta\w*|achats?|factur\w*|financ\w*|fournisseurs|approvisionnements?|logistique"
    r"|reception|administrati\w*|juridique|technique|accounts?|purchasing|finance)\b"
    r"|^(?:accounts (?:payable|receivable)|purchasing|procurement|finance|goods in|receiving)"
    r"(?:\s+(?:dept\.?|department|team|office))?$"
    r"|^\w+ (?:dept\.?|department)$"
)
# a contact person's name: an initial or a civility and a surname ("M. Dubois", "J. Smith")
_PERSON = re.compile(r"^(mme|mlle|herr|frau)\s+[a-z'-]+$|^(m|mr|mrs|ms|dr|sig|[a-z])\.\s*[a-z'-]+$")


_STREET_WORD = re.compile(
    r"\b(rue|avenue|av|bd|boulevard|chemin|allee|impasse|route|place|quai|street|st|road|rd|"
    r"way|drive|dr|lane|ave|parkway|suite|strasse|calle|via|approach|close|crescent|terrace"
    r"|square|court|mews|gardens|parade|broadway|highway|hwy|blvd|circle|trail|viale|corso"
    r"|piazza|avenida|camino|paseo|rua|weg|gasse|straat|laan|chaussee|cours|passage)\b"
)


def spaced_out(seg: Segment) -> Segment:
    """``seg`` with letter-spacing undone: a letterhead set in spaced capitals ("E m b a l l a
    g e s  F o n t a i n e") comes out of the text layer one letter a word; the letters of a
    word stand closer than the words do."""
    words = seg.words
    if len(words) < 5 or sum(len(w.text) == 1 for w in words) < 0.7 * len(words):
        return seg
    gaps = sorted(b.bbox[0] - a.bbox[2] for a, b in itertools.pairwise(words))
    joined_gap = 2 * max(gaps[len(gaps) // 2], 0.5)
    groups: list[list[Word]] = [[words[0]]]
    for a, b in itertools.pairwise(words):
        if b.bbox[0] - a.bbox[2] < joined_gap:
            groups[-1].append(b)
        else:
            groups.append([b])
    merged = [
        Word(
            text="".join(w.text for w in g),
            bbox=words_bbox(g),
            confidence=min(w.confidence for w in g),
            source=g[0].source,
        )
        for g in groups
    ]
    return Segment(merged, seg.page, seg.row)


def letterhead(layout: PageLayout, title_words: re.Pattern[str]) -> list[Segment]:
    """Segments near the top that may be the issuer's name, largest type first."""
    cands: list[Segment] = []
    forms: list[Segment] = []
    seen: list[Segment] = []
    for row in _above_table(layout):
        if row.top > layout.height * 0.3:
            break
        for seg in row.segments:
            title = title_words.search(seg.folded)
            above = [t for t in seen if _wraps(t, seg)]
            seen.append(seg)
            if not title and any(
                title_words.search(t.folded) or title_words.search(f"{t.folded} {seg.folded}")
                for t in above
            ):
                continue  # "COMMANDE" over "D'ACHAT": the second line of a wrapped title
            if title and REFERS_TO.search(seg.folded[: title.start()]):
                continue  # "Your Quote No. Q-12": a reference, and no name before it
            if title and title.start() >= 3:
                # name and title on one line with a narrow gap: keep the words before it
                seg = Segment(seg.words_in(0, title.start() - 1), seg.page, seg.row)
                if not seg.words:
                    continue
            seg = spaced_out(_before_separator(seg))
            if _caption_over_code(layout, seg) or _caption_beside_value(layout, seg):
                continue  # "Framework Agreement" over "2026-018-LOT2": a label over its value
            if not_a_name(seg, title_words) is None and not _labelled_value(layout, seg):
                cands.append(seg)
            elif party_evidence.legal_form_alone(seg.text):
                forms.append(seg)  # "S.r.l." wrapped under the name: only its end
    return sorted(_join_wrapped(cands, forms), key=lambda s: (-round(s.height, 0), s.top))


_CODE = re.compile(r"(?=\S*\d)[A-Z0-9][A-Z0-9./_-]{3,}")


def _caption_over_code(layout: PageLayout, seg: Segment) -> bool:
    """Is ``seg`` a caption right over a reference code at its left edge (one token with
    digits, no VAT id): the label of a value printed under it, not a name?"""
    if seg.row + 1 >= len(layout.rows):
        return False
    for below in layout.rows[seg.row + 1].segments:
        if abs(below.x0 - seg.x0) > 3 or below.top - seg.bottom > layout.line_height * 1.2:
            continue
        text = below.text.strip()
        return bool(_CODE.fullmatch(text)) and not find_vats(text)
    return False


def _caption_beside_value(layout: PageLayout, seg: Segment) -> bool:
    """Is ``seg`` a short caption with a date or a reference code right of it on its row
    ("S/O DATE   12/20/2013"): a label of the document's head, not a name?"""
    if len(seg.text.split()) > 4:
        return False
    row = layout.rows[seg.row]
    after = [s for s in row.segments if s.x0 > seg.x1]
    if not after or after[0].x0 - seg.x1 > layout.line_height * 6:
        return False
    text = after[0].text.strip()
    if find_vats(text):
        return False
    return bool(_CODE.fullmatch(text) or _DATE_ONLY.fullmatch(text))


_DATE_ONLY = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}")


def _above_table(layout: PageLayout) -> list[Row]:
    """The rows above the line table's head: a party's name or address is never in it."""
    for i, row in enumerate(layout.rows):
        if header_columns(row) is not None:
            return layout.rows[:i]
    return layout.rows


# OCR's boxes hug the ink: a line of capitals and ascenders is about 0.7 of its type size
# high, a line with descenders or without ascenders ("Inc." under "Whitfield & Coleman")
# a point more or less, and the gap between two lines is wider by what the boxes left out
OCR_INK_HEIGHT = 0.7
OCR_HEIGHT_SLACK = 0.15  # of the upper line's height
OCR_WRAP_GAP = 1.2  # of the upper line's height (0.9 of a text layer's font box)


def _wraps(upper: Segment, lower: Segment) -> bool:
    """Is ``lower`` the next line of ``upper`` in large type: same left edge, same size,
    right under it?"""
    if upper.ocr and lower.ocr and repairs.on("ocr_wrapped_name"):
        return (
            abs(lower.x0 - upper.x0) <= 3
            and abs(lower.height - upper.height) <= max(0.5, upper.height * OCR_HEIGHT_SLACK)
            and upper.height >= 11 * OCR_INK_HEIGHT
            and 0 <= lower.top - upper.bottom <= upper.height * OCR_WRAP_GAP
        )
    return (
        abs(lower.x0 - upper.x0) <= 3
        and abs(lower.height - upper.height) <= 0.5
        and upper.height >= 11
        and 0 <= lower.top - upper.bottom <= upper.height * 0.9
    )


def _wraps_name(upper: Segment, lower: Segment) -> bool:
    """``_wraps``, or a name set beside its logo's monogram wrapped under it: the next line
    starts at the monogram's edge, not the name's ("ÉR Établissements" over "Renaud SA"),
    or is the legal form alone ("Transports de l'Ouest" over "SAS")."""
    if _wraps(upper, lower):
        return True
    first = upper.words[0].text
    mono = party_evidence.is_monogram(first) and len(upper.words) >= 2
    bare_form = party_evidence.legal_form_alone(lower.text)
    if not (mono or bare_form):
        return False
    # the name's own type size, not the monogram's beside it (a tagline is smaller)
    size = upper.words[-1].bbox[3] - upper.words[-1].bbox[1]
    return (
        upper.x0 - 12 <= lower.x0 <= (upper.x1 if bare_form else upper.x0 + 12)
        and abs(lower.height - size) <= max(0.5, 0.1 * size)
        and upper.height >= 11
        and 0 <= lower.top - upper.bottom <= upper.height * 0.9
    )


def _join_wrapped(cands: list[Segment], forms: list[Segment] | None = None) -> list[Segment]:
    """A name set in large type wrapped over two lines or more ("Packaging Direct" over
    "Inc.", "Carver" over "Laboratories" over "Ltd"): same left edge, same type size, each
    line right under the one before. The lines are one name; no part is a candidate alone.
    ``forms`` (a legal form alone on its line) only ever end a name."""
    out: list[Segment] = []
    used: set[int] = set()
    ordered = sorted([*cands, *(forms or [])], key=lambda s: s.top)
    ends = {id(f) for f in forms or []}
    for i, seg in enumerate(ordered):
        if i in used or id(seg) in ends:
            continue
        last = seg
        for j in range(i + 1, len(ordered)):
            nxt = ordered[j]
            if _TRAILING_SEPARATOR.search(last.text):
                break  # "Textiles Direct Ltd –" over "Consignment": the name ends at the dash
            if j not in used and _wraps_name(last, nxt) and not re.search(r"\d", nxt.text):
                seg = Segment(seg.words + nxt.words, seg.page, seg.row)
                used.add(j)
                last = nxt
        out.append(_without_trailing_separator(seg))
    return out


# a line that ends on a spaced dash or bar: what follows it (a title, a tagline) is not the
# rest of the name, even wrapped under it
_TRAILING_SEPARATOR = re.compile(r"\s[-–—|•·]\s*$")


def _without_trailing_separator(seg: Segment) -> Segment:
    m = _TRAILING_SEPARATOR.search(seg.text)
    if m is None:
        return seg
    words = seg.words_in(0, m.start())
    return Segment(words, seg.page, seg.row) if words else seg


def _labelled_value(layout: PageLayout, seg: Segment) -> bool:
    """Is ``seg`` the value of a label (beside it, or a heading right above it: "Contact
    commercial" over a person's name), not a name standing on its own?"""
    row = layout.rows[seg.row]
    # a label far to the left belongs to another column (a sidebar of labels over values)
    left = [s for s in row.segments if s.x1 <= seg.x0]
    near = left and seg.x0 - left[-1].x1 < layout.line_height * 6
    if near and (match_label(left[-1].folded) or left[-1].text.rstrip().endswith(":")):
        return True
    if seg.row > 0:
        above = [
            s
            for s in layout.rows[seg.row - 1].segments
            if abs(s.x0 - seg.x0) < 8 and seg.top - s.bottom < layout.line_height * 1.2
        ]
        if above and _HEADING.match(above[0].folded.strip()):
            return True
    return False


_HEADING = re.compile(r"^(contact|sales contact|contact commercial|attn|attention|interlocuteur)")


def issuer_prior(seg: Segment, heads: list[Segment], layout: PageLayout) -> float:
    """How much the place and shape of ``seg`` say it is the issuer's name: the largest
    type, a legal form, the very top of the page."""
    from extraction.nlp import LEGAL_FORM

    biggest = max(s.height for s in heads)
    prior = 0.45
    if seg.height >= 0.9 * biggest:
        prior += 0.15
    if LEGAL_FORM.search(seg.text):
        prior += 0.15
    if seg.top < layout.height * 0.12:
        prior += 0.1
    return prior


_SEPARATOR = re.compile(r" [-–—|•·] ")


def _before_separator(seg: Segment) -> Segment:
    """ "Au bon moulin SARL - 1242 chemin de l'olive - 84340 Malaucène": a letterhead line
    with name and address set apart by dashes; the name is what comes first."""
    m = _SEPARATOR.search(seg.text)
    if m is None or m.start() < 2:
        return seg
    words = seg.words_in(0, m.start())
    return Segment(words, seg.page, seg.row) if words else seg


def _clean_ocr_line(text: str) -> str:
    """Specks OCR reads as a full stop (after a house number, glued to it or not, at the end
    of a line) and postcodes with look-alike characters."""
    text = re.sub(r"^(\d{1,4})\.(?=[^\W\d_]{2})", r"\1 ", text)  # "143.Park Avenue"
    text = drop_specks(re.sub(r"(?<=\d)\. (?=[^\W\d_])", " ", text))
    if repairs.on("address_german_letters"):
        text = _SHARP_S.sub("ß", _U_UMLAUT.sub("ü", text))
    return repair_postcodes(re.sub(r"(?<=[a-z]{3})[.:]$", "", text))


# the German letters OCR reads as look-alikes of its alphabet in an address: "ß" as a "B"
# inside a lower-case word ("StraBe", "GroBe Gasse"), "ü" as "ii" after a word's capital
# ("Miinchen", "Diisseldorf"), where no word of the languages orderdesk reads has either
_SHARP_S = re.compile(r"(?<=[a-zäöü]{2})B(?=e(?:n|r)?\b)")
_U_UMLAUT = re.compile(r"(?<=\b[B-DF-HJ-NP-TV-Z])ii(?=[a-z]{2})")


# legal forms OCR misreads by one letter ("plc" with a c that lost its gap reads "ple")
_LEGAL_FORMS = {"ple": "plc", "Ple": "Plc", "PLe": "PLC", "Lid": "Ltd", "Lld": "Ltd", "Ltcl": "Ltd"}


def _clean_ocr_name(text: str) -> str:
    """A company name as printed: no stray quote mark before a word or colon after one, its
    legal form whole."""
    text = re.sub(r"(?<=\s)[‘’'`\"“”,.](?=[A-Z])", "", text)
    text = re.sub(r"(?<=\w) ?[:;](?= [A-Z])", "", text)  # "Acme Supplies: Ltd"
    words = text.split(" ")
    if words and words[-1] in _LEGAL_FORMS and repairs.on("name_legal_form"):
        words[-1] = _LEGAL_FORMS[words[-1]]
    return " ".join(words)


_RULE = re.compile(r"^[\s\-_=–—.*~]{3,}$")


def address_text(lines: list[Segment], ocr: bool) -> str:
    """The printed lines joined with ", " (a line's own trailing comma dropped, rules left out)."""
    texts = [s.text.strip().rstrip(",;").strip() for s in lines]
    texts = [t for t in texts if t and not _RULE.match(t)]
    if ocr and repairs.on("address_ocr_cleanup"):
        texts = [_clean_ocr_line(t) for t in texts]
    return ", ".join(texts)


def _cand(
    field: str,
    seg: Segment,
    text: str,
    origin: str,
    prior: float,
    source: Source,
    rank: int = 0,
    cap: float = 1.0,
) -> Candidate:
    text = re.sub(r"\s+[·•|–—-]$", "", text)  # "Picard & Fils SA ·": a letterhead separator
    if field.endswith("_name"):
        text = party_evidence.strip_monogram(text)
    return Candidate(
        field,
        text if source == "text" else _clean_ocr_name(text),
        seg.page,
        seg.bbox_of(0, len(seg.text)),
        source,
        origin,
        prior=prior,
        ocr_conf=seg.ocr_confidence,
        label_rank=rank,
        order=int(seg.top),
        cap=cap,
    )


def _strip_trailing_rule(lines: list[Segment]) -> list[Segment]:
    while lines and _RULE.match(lines[-1].text.strip()):
        lines = lines[:-1]
    return lines


# a line with a postcode: "69001 Lyon", "Redmond, WA 98052", "Bristol BS1 5TR"
_POSTCODE_LINE = re.compile(
    r"\b\d{4,5}\s+[A-Z]|\b[A-Z]{2},?\s+\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[\dA-Z]? \d[A-Z]{2}\b"
)


def _under_return_line(layout: PageLayout, seg: Segment) -> bool:
    """Is ``seg`` right under a window's return-address line (the sender's name, street and
    town on one line, "Acme Ltd · 1 Mill Lane · Leeds LS1 4DY")? Then it is the recipient's
    name, however high on the page."""
    for row in layout.rows:
        if row.top >= seg.top or seg.top - row.top > layout.line_height * 2.5:
            continue
        for s in row.segments:
            if x_overlap(s, seg) <= 0:
                continue
            if re.search(r"[·•|–]", s.text) and _POSTCODE_LINE.search(s.text):
                return True
    return False


def _caption(seg: Segment, name: Segment, title_words: re.Pattern[str]) -> bool:
    """Is ``seg`` the caption of the block whose name is ``name`` under it, whatever its
    words ("Rechnungsadresse", "Facturer à", "Deliver-to party:")? A short line without a
    number or a legal form over a line that may be a name, set apart by a colon, by smaller
    type, by capitals over a name in mixed case, or by the legal form of the name under it.
    """
    from extraction.nlp import LEGAL_FORM

    f = seg.folded.strip()
    words = f.rstrip(" :").split()
    if not 1 <= len(words) <= 4 or re.search(r"\d", f) or LEGAL_FORM.search(seg.text):
        return False
    if _COUNTRIES.match(f) or _contact(seg) or _DASH_LABEL.match(f):
        return False
    if not_a_name(name, title_words) is not None:
        return False
    if f.endswith(":") or seg.height < name.height - 0.4:
        return True
    if _role_of(f) in ("billing", "delivery") and _site_named_line(seg) is None:
        return True  # "Lieu de réception", "Invoicing party": a caption by its words
    letters = [c for c in seg.text if c.isalpha()]
    if all(c.isupper() for c in letters) and any(c.islower() for c in name.text):
        return True
    return bool(LEGAL_FORM.search(name.text))


def address_blocks(
    layout: PageLayout, taken: list[Block], title_words: re.Pattern[str]
) -> list[Block]:
    """The unlabelled name-and-address blocks in the upper half of page 1, top first: two to
    six lines set apart, a name over lines that end with a postcode and town. A block under
    a caption of unknown words is of kind "captioned" (the caption not among its lines), one
    under no caption is the recipient block of a window envelope ("window")."""
    rows = [r for r in _above_table(layout) if layout.height * 0.08 < r.top < layout.height * 0.5]
    found: list[Block] = []
    pair = _beside_letterhead(layout, taken, title_words)
    taken = taken + list(pair or ())
    for i, row in enumerate(rows):
        for seg in row.segments:
            if any(b.contains(seg) for b in taken + found):
                continue
            if not_a_name(seg, title_words) is not None or _DASH_LABEL.match(seg.folded):
                continue
            if (
                i == 0
                and row.top < layout.height * 0.15
                and not _under_return_line(layout, seg)
                and not _set_apart_below(layout, row)
            ):
                continue  # the letterhead, not a recipient
            lines = [seg]
            tail: list[Segment] = []
            routed = _routed_over(layout, rows[:i], seg)
            last = seg
            closed = False
            for k, below in enumerate(rows[i + 1 :], start=i + 1):
                if below.top - last.bottom > layout.line_height * 1.6 or len(lines) >= 7:
                    break
                nxt = [s for s in below.segments if abs(s.x0 - seg.x0) < 8]
                laid = _laid_over(below, seg) if not nxt else None
                if laid is not None:
                    nxt = [laid]
                if not nxt:
                    continue  # a row of another column between two of the block's lines
                if closed and not (_closes(last) and _COUNTRIES.match(nxt[0].folded.strip())):
                    if _contact(nxt[0]) and below.top - last.bottom <= layout.line_height:
                        # the party's phone right under it: a letterhead's lines, unless the
                        # block stands in a column beside another party's block
                        tail = _contact_tail(layout, rows[k:], seg, last)
                        if not _beside_block(layout, seg, tail[-1], taken):
                            lines, tail = [], []
                    elif _tax_id(nxt[0]) or _labelled(nxt[0]):
                        # its VAT id or number right under the address: still this party's
                        tail = _contact_tail(layout, rows[k:], seg, last)
                    break  # the postcode and town (and the country) close an address
                if not closed and _routing_line(nxt[0]):
                    last = nxt[0]  # "Attn: …", "Client n° C0412": the block goes on under it
                    routed.append(nxt[0])
                    continue
                closed = closed or _closes(nxt[0])
                if match_label(nxt[0].folded) or _block_kind(nxt[0]):
                    break
                if _tax_id(nxt[0]) or _labelled(nxt[0]):
                    tail = [nxt[0]]
                    break  # "Your VAT No. GB…" under the address ends it
                if _contact(nxt[0]):
                    lines = []  # a recipient block holds no phone or web address
                    break
                if _prose(nxt[0]):
                    break  # a paragraph typed under the address
                lines.append(nxt[0])
                last = nxt[0]
            lines = _strip_trailing_rule(lines)
            if len(lines) >= 2 and _caption(lines[0], lines[1], title_words):
                continue  # a caption: its block starts on the next line
            # a caption further down opens the next block: what stands above it (the last
            # line of a column of labelled values, "Transporteur DPD") is not this block's name
            cut = next(
                (
                    k
                    for k in range(1, len(lines) - 1)
                    if _caption(lines[k], lines[k + 1], title_words)
                ),
                None,
            )
            if cut is not None:
                lines = lines[:cut]
            if not 3 <= len(lines) <= 6:
                continue
            if not any(_POSTCODE_LINE.search(s.text) for s in lines[1:]):
                continue
            if any(len(s.text.split()) > 7 for s in lines):
                continue  # a table's descriptions, not the short lines of an address
            caption = _caption_above(layout, seg, title_words)
            block = Block(
                "window" if caption is None else "captioned",
                layout.page,
                lines,
                seg.x0,
                max(s.x1 for s in lines),
                seg.top,
                lines[-1].bottom,
                tail,
                caption,
                beside=bool(tail) and _contact(tail[0]),
                routed=routed,
            )
            found.append(block)
    return ([pair[1]] if pair is not None else []) + found


def _routed_over(layout: PageLayout, rows: list[Row], name: Segment) -> list[Segment]:
    """The routing line printed right over a block's name at its left edge ("N° client :
    C0412" over the window's first line)."""
    for row in reversed(rows):
        if name.top - row.bottom > layout.line_height * 1.6:
            return []
        over = [s for s in row.segments if abs(s.x0 - name.x0) < 8]
        if over:
            return [over[0]] if _routing_line(over[0]) else []
    return []


def _laid_over(row: Row, head: Segment) -> Segment | None:
    """The block's line that a title in larger type, printed on the same baseline to its
    left, was read into ("Invoice Denver, CO 80202" for "Invoice" over the window's town):
    the words from the block's left edge on, in the block's type size, when all the words
    before them are taller."""
    for s in row.segments:
        for i, w in enumerate(s.words[1:], start=1):
            if abs(w.bbox[0] - head.x0) >= 8:
                continue
            size = max(x.bbox[3] - x.bbox[1] for x in s.words[i:])
            before = min(x.bbox[3] - x.bbox[1] for x in s.words[:i])
            if abs(size - head.height) <= 1.0 and before > _TALLER * size:
                return Segment(s.words[i:], s.page, s.row)
    return None


def _column_block(
    layout: PageLayout, seg: Segment, title_words: re.Pattern[str]
) -> tuple[list[Segment], list[Segment]] | None:
    """The name-and-address block that ``seg`` heads, its lines sharing its left or its
    right edge, down to the postcode and town (and the country); then the phone, e-mail and
    tax-id lines under it. None when no postcode line closes it within six lines."""
    if not_a_name(seg, title_words) is not None:
        return None
    lines = [seg]
    for row in layout.rows[seg.row + 1 :]:
        last = lines[-1]
        same = [s for s in row.segments if abs(s.x0 - seg.x0) < 8 or abs(s.x1 - seg.x1) < 8]
        if row.top - last.bottom > layout.line_height * 1.6 or len(lines) > 6 or not same:
            break
        nxt = same[0]
        if _closes(last) and not _COUNTRIES.match(nxt.folded.strip()):
            break
        if _block_kind(nxt) or match_label(nxt.folded) or _contact(nxt) or _tax_id(nxt):
            break
        if _labelled(nxt) or _prose(nxt) or len(nxt.text.split()) > 7:
            return None
        lines.append(nxt)
    if len(lines) >= 2 and _caption(lines[0], lines[1], title_words):
        lines = lines[1:]  # "Prestataire" over the name: the block starts under its caption
    if len(lines) < 3 or not any(_closes(s) for s in lines[1:]):
        return None
    return lines, _contact_tail(layout, layout.rows[lines[-1].row + 1 :], seg, lines[-1])


def _beside_letterhead(
    layout: PageLayout, taken: list[Block], title_words: re.Pattern[str]
) -> tuple[Block, Block] | None:
    """The issuer's block and the counterpart's printed beside it on the same rows, at the
    head of the page (no name above them): two name-and-address blocks side by side, the
    issuer's read first (the left one, its name in type no smaller), the other the
    recipient's (a "window" found ``beside``)."""
    for row in layout.rows:
        if row.top > layout.height * 0.2:
            return None
        names = [s for s in row.segments if not_a_name(s, title_words) is None]
        shaped = [
            (seg, block)
            for seg in names
            if not any(b.contains(seg) for b in taken)
            and (block := _column_block(layout, seg, title_words)) is not None
        ]
        if len(shaped) < 2 or len(shaped) < len(names):
            if names:
                return None  # a name above: the letterhead is elsewhere
            continue
        blocks = [
            Block(
                "window",
                layout.page,
                lines,
                min(s.x0 for s in lines),
                max(s.x1 for s in lines),
                seg.top,
                lines[-1].bottom,
                tail,
                beside=True,
            )
            for seg, (lines, tail) in shaped[:2]
        ]
        if blocks[1].lines[0].height > blocks[0].lines[0].height + 0.5:
            return None
        return blocks[0], blocks[1]
    return None


def _contact_tail(
    layout: PageLayout, rows: list[Row], head: Segment, last: Segment
) -> list[Segment]:
    """The phone, e-mail and tax-id lines right under a block's address, at its left edge."""
    tail: list[Segment] = []
    for row in rows:
        if row.top - last.bottom > layout.line_height * 1.6 or len(tail) >= 5:
            break
        same = [s for s in row.segments if abs(s.x0 - head.x0) < 8 or abs(s.x1 - head.x1) < 8]
        if not same or not (_contact(same[0]) or _tax_id(same[0]) or _labelled(same[0])):
            break
        tail.append(same[0])
        last = same[0]
    return tail


def _beside_block(layout: PageLayout, head: Segment, end: Segment, blocks: list[Block]) -> bool:
    """Does a block from ``head`` down to ``end`` stand in a column of its own beside a
    labelled party block, sharing its rows (a partner's block with its phone and VAT id
    printed right of the "Shipping address" block)? A letterhead's address has none."""
    for b in blocks:
        if b.page != layout.page or b.bottom < head.top or b.top > end.bottom:
            continue
        if b.x1 < head.x0 - layout.line_height or head.x1 < b.x0 - layout.line_height:
            return True
    return False


# blank lines between the letterhead's last line and a block set this far under it
_APART = 2.5


def _set_apart_below(layout: PageLayout, row: Row) -> bool:
    """Is ``row`` set well apart under the rows above it (the letterhead printed higher up,
    blank space between), so that it opens a block of its own rather than goes on with the
    letterhead?"""
    above = [r for r in layout.rows[: row.index] if r.segments]
    return bool(above) and row.top - above[-1].bottom > layout.line_height * _APART


# "Bearbeiter - K. Braun", "Currency - EUR": a label and its value set apart by a dash
_DASH_LABEL = re.compile(r"^[^\W\d][\w.']*(?: [^\W\d][\w.']*)? [-–] \S")


def _closes(seg: Segment) -> bool:
    """Does the line end an address: a postcode and town (only the country may follow), not a
    street whose house number looks like a postcode ("1660 Elm Street")?"""
    return bool(_POSTCODE_LINE.search(seg.text)) and not _STREET_WORD.search(seg.folded)


def _caption_above(
    layout: PageLayout, name: Segment, title_words: re.Pattern[str]
) -> Segment | None:
    """The caption right above a block's name line, whatever its words."""
    for row in reversed(layout.rows[: name.row]):
        if name.top - row.bottom > layout.line_height * 1.6:
            return None
        above = [s for s in row.segments if abs(s.x0 - name.x0) < 8]
        if above:
            return above[0] if _caption(above[0], name, title_words) else None
    return None


def window_block(
    layout: PageLayout, taken: list[Block], title_words: re.Pattern[str]
) -> Block | None:
    """The unlabelled recipient block of a window envelope: the first block of
    ``address_blocks`` printed under no caption."""
    return next((b for b in address_blocks(layout, taken, title_words) if b.kind == "window"), None)


# the most a party may be sure of when only the document's type says which side it is on and
# that type is itself unsure: a wrong type swaps supplier and customer
ROLE_UNSURE_CAP = UNCONFIRMED_CAP


def party_candidates(
    layouts: list[PageLayout],
    doc_type: str,
    source: Source,
    type_confidence: float = 1.0,
    runner_up: str | None = None,
) -> tuple[dict[str, list[Candidate]], PartyPlaces]:
    """Names and addresses of both parties, and where the page prints each party's details
    (``PartyPlaces``: whose VAT id is the issuer's).

    The letterhead is the issuer and an unnamed block the counterpart; which of them is the
    supplier follows from the type, so with an unsure type neither is auto-accepted. Blocks
    labelled "Supplier" or "Customer" say their side themselves. An unsure type whose runner-up
    rival puts the parties on the same sides (a credit note or an invoice) leaves them sure."""
    out: dict[str, list[Candidate]] = {}
    same_sides = runner_up is not None and (runner_up in BUYER_ISSUES) == (doc_type in BUYER_ISSUES)
    role_cap = 1.0 if type_confidence >= 0.9 or same_sides else ROLE_UNSURE_CAP
    if not layouts or not layouts[0].rows:
        return out, PartyPlaces([], [])
    from extraction.classify import TITLE_PATTERNS

    title_words = re.compile("|".join(p.pattern for _, p in TITLE_PATTERNS))
    first = layouts[0]
    blocks = find_blocks(first)
    # a letter may say where to deliver after its table, on a later page
    kinds = {b.kind for b in blocks}
    # and a sender's block printed at the foot of the last page is the issuer's
    for later in layouts[1:]:
        blocks += [
            b
            for b in find_blocks(later)
            if b.kind in ("delivery", "sender") and b.kind not in kinds
        ]
        kinds = {b.kind for b in blocks}
    for b in blocks:
        b.lines = _name_line_whole(b, _strip_trailing_rule(b.lines))
    blocks = [b for b in blocks if b.lines and not _value_under_label(b)]
    buyer_issues = doc_type in BUYER_ISSUES
    issuer_field = "customer_name" if buyer_issues else "supplier_name"
    other_field = "supplier_name" if buyer_issues else "customer_name"

    def add(c: Candidate) -> None:
        out.setdefault(c.field, []).append(c)

    found = address_blocks(first, blocks, title_words)
    mine = ("sender", "customer" if buyer_issues else "supplier")
    theirs = [b for b in blocks if b.kind not in mine]
    heads = letterhead(first, title_words)
    captions = [b.caption for b in found if b.caption is not None]
    heads = [
        s
        for s in heads
        if not any(b.contains(s) for b in theirs + found)
        and not any(c.row == s.row and abs(c.x0 - s.x0) < 2 for c in captions)
    ]
    # a block that names the issuer (its letterhead's name) is the issuer's own address,
    # never the recipient in the window
    window = next((b for b in found if b.kind == "window" and not _names_issuer(b, heads)), None)
    captioned = [b for b in found if b.kind == "captioned"]
    theirs += [window] if window is not None else []
    for seg in heads[:6]:
        prior = issuer_prior(seg, heads, first)
        add(_cand(issuer_field, seg, seg.text.strip(), "position", prior, source, cap=role_cap))
    _issuer_at_the_foot(layouts, heads, out, issuer_field, source, role_cap)
    for b in captioned:
        if caption_role(b.caption) != "supplier" or block_head_not_a_name(b.lines, title_words):
            continue
        # a caption whose stems name the seller's side ("Vendu par", "Remit to") or the
        # sender's ("Émetteur", "From"): its block's name, by the caption's look alone
        sender = b.caption is not None and _SENDER_STEM.search(b.caption.folded) is not None
        field = issuer_field if sender else "supplier_name"
        seg = b.lines[0]
        add(_cand(field, seg, seg.text.strip(), "position", 0.65, source, 1, UNLABELLED_CAP))
    named = {"supplier": "supplier_name", "customer": "customer_name"}
    counterpart_kinds = ("supplier",) if buyer_issues else ("customer", "billing", "delivery")
    for b in blocks:
        seg = b.lines[0]
        if block_head_not_a_name(b.lines, title_words) is not None:
            continue
        if b.kind in named:
            add(_cand(named[b.kind], seg, seg.text.strip(), "label", 0.85, source, 3))
        elif b.kind == "sender":
            # the caption says who sends it; the type says which side that sender is on
            add(_cand(issuer_field, seg, seg.text.strip(), "label", 0.8, source, 2, role_cap))
        elif b.kind == "addressee":
            add(_cand(other_field, seg, seg.text.strip(), "label", 0.75, source, 2, role_cap))
        elif b.kind in counterpart_kinds:
            if b.kind == "delivery" and _site_named(b) is not None:
                continue  # "Warehouse" over the delivery address: a place, not a party
            prior = 0.8 if b.kind == "billing" else 0.7
            cap = role_cap
            if b.kind == "delivery" and _billed_elsewhere(b, blocks, window):
                # goods may go to another name than the one billed: the block billed (or the
                # envelope's window) names the customer, the delivery block's name is a
                # consignee that at best agrees with it
                prior, cap = 0.45, min(role_cap, UNLABELLED_CAP)
            add(_cand(other_field, seg, seg.text.strip(), "label", prior, source, 2, cap))
    if window is not None:
        seg = window.lines[0]
        cap = min(role_cap, UNLABELLED_CAP) if window.beside else role_cap
        add(_cand(other_field, seg, seg.text.strip(), "position", 0.55, source, cap=cap))
    by_kind: dict[str, Block] = {}
    for b in blocks:
        by_kind.setdefault(b.kind, b)
    addr_blocks: list[tuple[str, Block, str, float]] = [
        (field, by_kind[kind], "label", 0.85)
        for kind, field in (("billing", "billing_address"), ("delivery", "delivery_address"))
        if kind in by_kind
    ]
    # a block labelled "Customer" is the customer's billing address (a payment advice names
    # the payer, not where it is billed); the envelope window or the addressee's block is
    # the customer on what a seller sends, the seller on what the buyer sends
    if "billing" not in by_kind and doc_type != "payment_advice":
        cust = by_kind.get("customer")
        if cust is None and doc_type in ADDRESSED_TO_CUSTOMER:
            cust = by_kind.get("addressee") or window
        if cust is not None:
            addr_blocks.append(
                ("billing_address", cust, (cust.kind == "window" and "position") or "label", 0.6)
            )
    unconfirmed = _where_goods_go(doc_type, by_kind, window, found, addr_blocks)
    if not any(f == "billing_address" for f, *_ in addr_blocks) or "delivery" not in by_kind:
        for field, blk in _captioned_roles(captioned, heads, doc_type, addr_blocks, by_kind):
            # a caption whose words say the role is more than a place: it outranks the
            # window's block (still capped, as any unlisted caption)
            said = caption_role(blk.caption) == field.split("_")[0]
            addr_blocks.append((field, blk, "position", 0.65 if said else 0.5))
            if field == "billing_address" and blk.kind == "captioned" and not buyer_issues:
                seg = blk.lines[0]
                add(
                    _cand(
                        other_field,
                        seg,
                        seg.text.strip(),
                        "position",
                        0.5,
                        source,
                        cap=UNCONFIRMED_CAP,
                    )
                )
    for field, blk, origin, prior in addr_blocks:
        if len(blk.lines) < 2:
            continue
        # a labelled block printed without a name starts with its street or its town
        unnamed = (
            blk.kind != "window" and block_head_not_a_name(blk.lines, title_words) in _AN_ADDRESS
        ) or (blk.kind == "captioned" and _site_named(blk) is not None)
        lines = blk.lines if unnamed else blk.lines[1:]
        ocr = any(s.ocr for s in blk.lines)
        text = address_text(lines, ocr)
        if not text:
            continue
        cand = _cand(
            field,
            lines[0],
            text,
            origin,
            prior,
            source,
            2 if origin == "label" else 0,
            min(role_cap, UNLABELLED_CAP)
            if blk.kind == "captioned" or blk.beside or id(blk) in unconfirmed
            else role_cap
            if blk.kind in ("window", "addressee")
            else 1.0,
        )
        cand.value = text
        cand.bbox = (
            round(min(s.x0 for s in lines), 2),
            round(lines[0].top, 2),
            round(max(s.x1 for s in lines), 2),
            round(blk.lines[-1].bottom, 2),
        )
        cand.ocr_conf = min(s.confidence for s in blk.lines) if ocr else 1.0
        add(cand)
    customer_side = [b for b in blocks if b.kind in ("customer", "billing")]
    if doc_type in ADDRESSED_TO_CUSTOMER:
        # what a seller sends is addressed to its customer
        customer_side += [b for b in blocks if b.kind == "addressee"]
        customer_side += [window] if window is not None else []
    for b in customer_side:
        for seg in b.routed + b.tail:
            number = _block_number(seg, source)
            if number is not None:
                add(number)
    if other_field not in out:
        nlp = _counterpart_from_nlp(first, out.get(issuer_field, []), source, other_field)
        if nlp is not None:
            add(nlp)
    _veto_monograms(out)
    counterpart = [
        s
        for b in blocks
        for s in b.lines + b.tail
        if b.kind in counterpart_kinds
        or b.kind == "addressee"
        or (buyer_issues and b.kind == "supplier")
    ]
    if window is not None:
        counterpart += window.lines + window.tail
    if heads:
        # a captioned block naming another party than the letterhead ("Prestataire", "Sold
        # to" over another name) is not the issuer's: an identifier in or under it is theirs
        counterpart += [
            s
            for b in captioned
            if not _names_issuer(b, heads)
            and (buyer_issues or caption_role(b.caption) not in ("supplier", "payee"))
            for s in b.lines + b.tail
        ]
    _agreement(layouts, out, issuer_field, source, role_cap, counterpart)
    own = [b for b in blocks if b.kind in mine]
    places = PartyPlaces(
        counterpart,
        _issuer_places(first, heads, own, theirs + found),
        party_evidence.legal_line_names(layouts),
    )
    return out, places


def _block_number(seg: Segment, source: Source) -> Candidate | None:
    """The customer's number printed in its own block under a label the label lists do not
    hold ("Code tiers : 411DUP", "Cust # 10045"): its place says whose it is, its label not
    what it is, so it is offered, never sure. A label the lists read is left to them."""
    if match_label(seg.folded.strip()) is not None:
        return None
    where = _party_code(seg)
    if where is None:
        return None
    start, end = where
    cand = _cand("customer_number", seg, seg.text[start:end], "position", 0.55, source, 1)
    cand.bbox = seg.bbox_of(start, end)
    cand.cap = UNCONFIRMED_CAP
    return cand


# the most a block found by its place and its caption's look alone may be sure of: which of
# two addresses of a party is billed and which delivered is not written where no label is read
UNLABELLED_CAP = UNCONFIRMED_CAP


@dataclass
class PartyPlaces:
    """Where the page prints each party's details, to tell whose an identifier is: the
    segments of the counterpart's blocks, and the issuer's own places (``_issuer_places``)."""

    counterpart: list[Segment]
    issuer: list[Block]
    # the lines that open with a company's name and go on with its registration
    legal: list[Segment] = dataclasses.field(default_factory=list)

    def theirs(self, seg: Segment) -> bool:
        return any(
            c is seg or (c.page == seg.page and c.row == seg.row and c.x0 == seg.x0)
            for c in self.counterpart
        )

    def issuers(self, seg: Segment, layout: PageLayout) -> bool:
        """Is ``seg`` printed where only the issuer prints its details: its letterhead's
        column, the rows above every party block, its own labelled block, the page's foot,
        or a legal line (a company's name and its registration, ``legal_line_names``)?"""
        if any(b.page == seg.page and b.contains(seg) for b in self.issuer):
            return True
        if seg.top > layout.height * (1 - _OWN_FOOT):
            return True
        if any(n.page == seg.page and n.row == seg.row and n.x0 < seg.x1 for n in self.legal):
            return True
        if seg.page == 1 and seg.top < layout.height * 0.45:
            return False
        # a legal line states a registration; its next line at the same left edge (or
        # centred under it, in a centred foot) goes on with it ("Registered in England
        # No. 0934…" over "VAT ID GB …")
        centre = (seg.x0 + seg.x1) / 2
        above = [
            s
            for r in layout.rows[max(seg.row - 1, 0) : seg.row]
            for s in r.segments
            if (abs(s.x0 - seg.x0) < 8 or abs((s.x0 + s.x1) / 2 - centre) < 8)
            and seg.top - s.bottom < layout.line_height
        ]
        return any(_LEGAL_WORDS.search(s.folded) for s in [seg, *above])


# the share of the page's height that is its foot, where only the issuer's legal details go
_OWN_FOOT = 0.15
# registration words of a legal line besides a VAT id's own label: a company registers itself
_LEGAL_WORDS = re.compile(
    r"\b(?:capital|rcs|siren|siret|ape|naf|registered|company (?:no|number|reg)|reg\.? no"
    r"|registration no|hrb|handelsregister|registro)\b"
)
# lines of a letterhead's column under the issuer's name, at most
_COLUMN_LINES = 10


def _issuer_places(
    layout: PageLayout, heads: list[Segment], own: list[Block], parties: list[Block]
) -> list[Block]:
    """The issuer's places on page 1: the column under its letterhead name (its address,
    phone and VAT id, left- or right-aligned with the name), its own labelled blocks with
    the lines right under them, and the rows above every party block (the head of the page
    before anyone else's address starts). A block beside them is another party's."""
    out: list[Block] = []
    if heads:
        out.append(_letterhead_column(layout, heads[0]))
    for b in own:
        # a VAT id or company number printed under the block is still its party's
        out.append(dataclasses.replace(b, bottom=b.bottom + layout.line_height * 3))
    tops = [b.top for b in parties if b.page == layout.page]
    if tops:
        zone = min(min(tops), layout.height * 0.3)
        out.append(Block("sender", layout.page, [], 0.0, layout.width, 0.0, zone - 1.5))
    return out


def _letterhead_column(layout: PageLayout, head: Segment) -> Block:
    """The issuer's name and the lines under it that share its left or right edge, up to a
    blank gap, a block's caption or the table."""
    row = layout.rows[head.row]
    whole = next((s for s in row.segments if s.x0 <= head.x0 + 1 and head.x0 < s.x1), head)
    lines = [whole]
    last = whole
    gap = layout.line_height * (2.2 if head.ocr else 1.8)
    for below in layout.rows[head.row + 1 :]:
        if below.top - last.bottom > gap or len(lines) > _COLUMN_LINES:
            break
        if header_columns(below) is not None:
            break
        same = [s for s in below.segments if abs(s.x0 - whole.x0) < 8 or abs(s.x1 - whole.x1) < 8]
        if not same or _block_kind(same[0]):
            break
        lines.append(same[0])
        last = same[0]
    x0 = min(s.x0 for s in lines)
    x1 = max(s.x1 for s in lines)
    return Block("sender", layout.page, lines, x0, x1, whole.top, last.bottom)


def _where_goods_go(
    doc_type: str,
    by_kind: dict[str, Block],
    window: Block | None,
    found: list[Block],
    addr_blocks: list[tuple[str, Block, str, float]],
) -> set[int]:
    """The delivery address no "Ship to" caption names, appended to ``addr_blocks``: on a
    delivery note, the addressee's block ("Destinataire", "Receiver") beside another block
    that is billed; on any page, an unlabelled block that opens with a site's word
    ("Chantier", "Entrepôt") under the recipient's. Returns the ids of those blocks: found
    by these readings alone, their addresses are never sure."""
    if "delivery" in by_kind or any(f == "delivery_address" for f, *_ in addr_blocks):
        return set()
    billed = {_address_key(b) for f, b, *_ in addr_blocks if f == "billing_address"}
    goes = by_kind.get("addressee")
    if (
        doc_type == "delivery_note"
        and goes is not None
        and billed
        and _address_key(goes) not in billed
    ):
        addr_blocks.append(("delivery_address", goes, "label", 0.6))
        return {id(goes)}
    site = next(
        (b for b in found if b.kind == "window" and b is not window and _site_named(b)), None
    )
    if site is not None and _address_key(site) not in billed:
        addr_blocks.append(("delivery_address", site, "position", 0.5))
        return {id(site)}
    return set()


def _same_name(a: str, b: str) -> bool:
    """Do two printed names name the same party ("ACME Ltd" and "ACME LTD.")?"""
    x, y = (re.sub(r"[^a-z0-9]", "", fold(t)) for t in (a, b))
    return len(x) >= 3 and len(y) >= 3 and (x == y or x.startswith(y) or y.startswith(x))


def _names_issuer(block: Block, heads: list[Segment]) -> bool:
    """Does the block's first line name the issuer (the letterhead's largest name)?"""
    return bool(heads) and _same_name(block.lines[0].text, heads[0].text)


def _captioned_roles(
    captioned: list[Block],
    heads: list[Segment],
    doc_type: str,
    addr_blocks: list[tuple[str, Block, str, float]],
    by_kind: dict[str, Block],
) -> list[tuple[str, Block]]:
    """Billing and delivery addresses from blocks under captions orderdesk cannot read.

    What a seller sends: the blocks that do not name the issuer are the customer's; the
    recipient block (labelled, or the window) is where it is billed, else the first such
    block; a further one is where the goods go. What a buyer sends (an order): its own
    blocks are where it is billed and where it takes delivery, the last of them (the only
    one) the delivery address."""
    if doc_type == "payment_advice":
        return []
    # a billing address taken from the envelope window only by its place yields to a block
    # whose caption says it is billed
    have = {f for f, b, *_ in addr_blocks if not (f == "billing_address" and b.kind == "window")}
    used = {id(b) for _, b, *_ in addr_blocks}
    # an address already given to one field (the window's, a labelled block's) printed
    # again under another caption is that same address, never the other field's
    # (unless its caption says it is where the goods go: "Livraison" over the billed address)
    roles = {id(b): caption_role(b.caption) or _site_named(b) for b in captioned}
    texts = {_address_key(b) for _, b, *_ in addr_blocks}
    captioned = [b for b in captioned if _address_key(b) not in texts or roles[id(b)] == "delivery"]
    # a caption whose words name the other side ("Remit to", "Émetteur") is not the
    # recipient's, whatever its place
    captioned = [b for b in captioned if roles[id(b)] not in ("supplier", "payee")]
    out: list[tuple[str, Block]] = []
    if doc_type in BUYER_ISSUES:
        own = [b for b in captioned if _names_issuer(b, heads)] or captioned
        own = own[:2]
        if len(own) == 2 and roles[id(own[0])] == "delivery" != roles[id(own[1])]:
            own.reverse()  # the caption says which one the goods go to
        if (
            own
            and roles[id(own[-1])] != "billing"
            and "delivery_address" not in have
            and "delivery" not in by_kind
        ):
            out.append(("delivery_address", own[-1]))
        if len(own) == 2 and "billing_address" not in have:
            out.append(("billing_address", own[0]))
        return out
    theirs = [b for b in captioned if not _names_issuer(b, heads) and id(b) not in used]
    if not theirs:
        return out
    # the caption's words, when they say it, tell which is billed and which delivered ("Lieu
    # de réception", "Invoicing party"); else the first block is billed, a further one
    # delivered
    said = {
        role: next((b for b in theirs if roles[id(b)] == role), None)
        for role in ("billing", "delivery")
    }
    window_billed = any(f == "billing_address" and b.kind == "window" for f, b, *_ in addr_blocks)
    if "billing_address" not in have:
        billed = said["billing"]
        if billed is None and not window_billed:
            billed = next((b for b in theirs if roles[id(b)] != "delivery"), theirs[0])
        if billed is not None:
            out.append(("billing_address", billed))
            theirs.remove(billed)
    delivered = said["delivery"] if said["delivery"] in theirs else None
    if delivered is None:
        # by place alone, only a block whose caption does not name it billed
        delivered = next((b for b in theirs if roles[id(b)] not in ("billing", "sold")), None)
    if delivered is not None and "delivery_address" not in have and "delivery" not in by_kind:
        out.append(("delivery_address", delivered))
    return out


# stems of the words a caption uses for each role, whatever its exact wording: what is
# billed ("Invoicing address", "Adresse facturation client"), where goods or works go
# ("Lieu de réception", "Shipping destination", "Chantier"), and the sender's own
_ROLE_STEMS: list[tuple[str, re.Pattern[str]]] = [
    (
        "delivery",
        re.compile(
            # (whole words where a stem also starts names: "Shipley", "Entreprise Martin")
            r"\b(?:livr|deliver|ship(?:ping|ped|ment)?\b|exped|consign|destination\b|reception\b"
            r"|receiving\b|chantier\b|sites?\b|works\b|installation\b|intervention\b|dock\b"
            r"|entrepot|warehouse\b|depot\b"
            # the same stems in the languages orderdesk does not read
            r"|versand|liefer|spedizion|consegna|envio|entrega|leveradres|levering|aflever)"
        ),
    ),
    (
        "billing",
        re.compile(
            r"\b(?:factur|bill(?:ing\b|ed\b|\s+(?:to|for|address|party)\b)|invoic|payeur\b"
            r"|payer\b|accounts? payable|comptabilite|rechnung|fattur)"
        ),
    ),
    (
        "supplier",
        re.compile(
            r"\b(?:remit|emett|from|vendor|seller|vendeur|fournisseur|supplier|our |nos "
            r"|lieferant|fornitore|proveedor|leverancier)"
        ),
    ),
    (
        # where the payment goes ("Adresse de règlement", "Pay to"): the seller's side, or a
        # factoring company's collecting for it, so its name is not offered as the supplier
        "payee",
        re.compile(r"\b(?:reglement|paiement a|payments? to|pay to|payable to|a l'ordre de)"),
    ),
    (
        # the buyer's own address as the party that ordered ("Sold to", "Donneur d'ordre"):
        # the customer's, but neither where it is billed nor where the goods go
        "sold",
        re.compile(
            r"\b(?:sold[- ]to|vendu a|donneur d'ordre|commanditaire|ordered by|ordering party"
            r"|auftraggeber|committente)"
        ),
    ),
]


def caption_role(caption: Segment | None) -> str | None:
    """Which address a caption of unlisted words names by its stems: "delivery", "billing",
    "supplier" (the sender's own), "payee" (where payments go), "sold" (the party that
    ordered), or None when its words do not say (or say two)."""
    return None if caption is None else _role_of(caption.folded)


def _role_of(folded: str) -> str | None:
    roles = [role for role, stem in _ROLE_STEMS if stem.search(folded)]
    if "supplier" in roles:
        return "supplier"  # "Ship from", "Bill from", "Lieferant": the sender's side
    return roles[0] if len(roles) == 1 else None


def _billed_elsewhere(block: Block, blocks: list[Block], window: Block | None) -> bool:
    """Does a billing or customer block, or the window, name another party than the delivery
    ``block``'s first line?"""
    billed = [b for b in blocks if b.kind in ("billing", "customer") and b is not block]
    heads = [b.lines[0].text for b in [*billed, *([window] if window else [])]]
    return bool(heads) and not any(_same_name(h, block.lines[0].text) for h in heads)


# one code, no word: a customer number or a reference ("CUST-58843", "4574203456")
_ONE_CODE = re.compile(r"(?=\S*\d)[\w./#-]{3,}")


def _value_under_label(block: Block) -> bool:
    """Is the "block" a field's value under its label, not a party's block? A label set over
    two lines ("Customer" over "Code") reads as a caption with the value beside it first:
    a party's block never opens with a lone code or a date."""
    head = block.lines[0].text.strip()
    return bool(_ONE_CODE.fullmatch(head) or _DATE_ONLY.fullmatch(head))


def _site_named(block: Block) -> str | None:
    """ "delivery" when a block's first line names a place goods or works go rather than a
    party ("Chantier", "Warehouse", "Dépôt Nord", "Goods In"), else None."""
    return _site_named_line(block.lines[0])


def _site_named_line(head: Segment) -> str | None:
    if len(head.text.split()) > 3 or re.search(r"\d", head.text):
        return None
    site = re.match(r"(?:chantier|site|warehouse|entrepot|depot|goods in|quai|dock)\b", head.folded)
    return "delivery" if site else None


def _address_key(block: Block) -> str:
    """A block's address lines (its name line aside), for telling the same address apart."""
    return re.sub(r"[^a-z0-9]", "", fold(" ".join(s.text for s in block.lines[1:])))


_NO_TITLE = re.compile(r"(?!)")


def _counterpart_from_nlp(
    layout: PageLayout, issuer: list[Candidate], source: Source, field: str
) -> Candidate | None:
    """No labelled block names the other party: the first organisation in the upper half
    of page 1 that is not the issuer."""
    from extraction.nlp import organisations

    issuers = {c.value for c in issuer[:1]}
    # a running head ("Harper & Kingsley Limited · Purchase Order 1787854") holds the issuer
    own = [fold(c.value) for c in issuer[:1] if len(c.value) >= 4]
    segs = [s for s in layout.segments if s.top < layout.height * 0.5]
    names = organisations([s.text for s in segs])
    for seg in segs:
        if seg.text.strip() in names and seg.text.strip() not in issuers:
            if not_a_name(seg, _NO_TITLE) is not None or any(o in seg.folded for o in own):
                continue
            return _cand(field, seg, seg.text.strip(), "vocabulary", 0.35, source)
    return None


_SENDER_STEM = re.compile(r"\b(?:from|emett|sender)")
# how much a name at the foot of the page is worth as the issuer's: more when no name at the
# top has a legal form (a logo, a title, a caption stand there), less when one has
FOOT_PRIOR_ALONE = 0.75
FOOT_PRIOR_BESIDE = 0.55
# a letterhead name the foot's legal line or sender block repeats is the issuer's
FOOT_AGREES = 0.1


def _issuer_at_the_foot(
    layouts: list[PageLayout],
    heads: list[Segment],
    out: dict[str, list[Candidate]],
    field: str,
    source: Source,
    role_cap: float,
) -> None:
    """The issuer named at the foot of the page, by its legal line or its sender's block: it
    confirms the letterhead's name that it repeats, else it is a candidate of its own (never
    sure: ``UNLABELLED_CAP``)."""
    names = party_evidence.legal_line_names(layouts)
    for layout in layouts:
        names += party_evidence.sender_block_names(layout)
    mine = out.get(field, [])
    clean = names + party_evidence.foot_names(layouts)
    _cleaner_at_the_foot(mine, clean, out, field, source, role_cap)
    if not names:
        return
    agreed = False
    for c in mine:
        if c.origin == "position" and any(_same_name(c.value, n.text) for n in names):
            c.prior += FOOT_AGREES
            agreed = True
    if agreed:
        return
    legal_head = any(party_evidence.has_legal_form(h.text) for h in heads[:6])
    prior = FOOT_PRIOR_BESIDE if legal_head else FOOT_PRIOR_ALONE
    seen: set[str] = set()
    for seg in names:
        text = seg.text.strip().rstrip(",;·•|–—- ")
        if text in seen:
            continue
        seen.add(text)
        cap = min(role_cap, UNLABELLED_CAP)
        out.setdefault(field, []).append(_cand(field, seg, text, "position", prior, source, 0, cap))


def _cleaner_at_the_foot(
    mine: list[Candidate],
    names: list[Segment],
    out: dict[str, list[Candidate]],
    field: str,
    source: Source,
    role_cap: float,
) -> None:
    """A letterhead name that a title's words ran into, or that lost its first word, read
    as the legal line at the foot prints it (``party_evidence.cleaner_reading``): the foot's
    name takes the letterhead's place, never sure (``UNLABELLED_CAP``)."""
    for c in list(mine):
        if c.origin != "position" or c.vetoed is not None:
            continue
        clean = next((n for n in names if party_evidence.cleaner_reading(c.value, n.text)), None)
        if clean is None:
            continue
        c.vetoed = "the legal line at the foot prints this name cleaner"
        text = clean.text.strip().rstrip(",;·•|–—- ")
        cap = min(role_cap, UNLABELLED_CAP)
        better = _cand(field, clean, text, "position", c.prior + FOOT_AGREES, source, 0, cap)
        out.setdefault(field, []).append(better)


def _veto_monograms(out: dict[str, list[Candidate]]) -> None:
    """A logo's monogram ("DD" beside "Distribution du Vercors SAS") is no party's name."""
    names = [c.value for f in ("supplier_name", "customer_name") for c in out.get(f, [])]
    for f in ("supplier_name", "customer_name"):
        for c in out.get(f, []):
            if party_evidence.monogram_of(c.value, names):
                c.vetoed = "a logo's monogram of another name"


def _name_line_whole(block: Block, lines: list[Segment]) -> list[Segment]:
    """A labelled block's name line as one: without the customer's code in front of it
    ("Client : C70770 Transports du"), joined to the next line when a particle leaves it
    unfinished ("Transports du" over "Littoral SAS")."""
    if not lines:
        return lines
    head = lines[0]
    if block.kind in ("customer", "billing", "addressee"):
        head = party_evidence.without_leading_code(head)
    if (
        len(lines) >= 2
        and party_evidence.unfinished(head)
        and not re.search(r"\d", lines[1].text)
        and block.x0 - 15 < lines[1].x0 < head.x1
    ):
        head = Segment(head.words + lines[1].words, head.page, head.row)
        return [head, *lines[2:]]
    return [head, *lines[1:]]


# a name repeated by evidence independent of the letterhead's place (the foot's legal line,
# the bank account's holder or the payee of cheques, the e-mail or web domain) is the
# issuer's; each such source counts as one agreeing constraint of the candidate
PAYEE_PRIOR = 0.7
# what one agreeing constraint adds to a candidate's score (``Candidate.score``)
DOMAIN_AGREES = 0.35
# a name that evidence names the issuer but no candidate holds: a candidate of its own,
# sure only when two independent sources say it
EVIDENCE_PRIOR = 0.65


def _agreement(
    layouts: list[PageLayout],
    out: dict[str, list[Candidate]],
    issuer_field: str,
    source: Source,
    role_cap: float,
    theirs: list[Segment],
) -> None:
    """The issuer's name (and the seller's, whom a page pays) from agreeing evidence.

    A page names its seller in more places than the letterhead: the legal line at the
    foot ("X SAS au capital de …"), the bank account's holder, the payee of cheques, the
    e-mail and web domain. The letterhead's place alone picks a customer block printed
    beside it as readily as the seller's name (a seller's logo is often a picture): each
    source that repeats a candidate's name is one more agreeing constraint, and a position
    candidate that none repeats while they name another party is one disagreeing; a name
    only the evidence holds becomes a candidate, sure only when two sources agree."""
    legal = [
        (n.text.strip().rstrip(",;·•|–—- "), n) for n in party_evidence.legal_line_names(layouts)
    ]
    payees = party_evidence.payee_names(layouts)
    domains = party_evidence.domain_names(layouts, theirs)
    seller = "supplier_name"
    other_field = "supplier_name" if issuer_field == "customer_name" else "customer_name"
    strong: dict[str, list[list[tuple[str, Segment]]]] = {issuer_field: [], seller: []}
    if legal:
        strong[issuer_field].append(legal)
    if payees:
        strong[seller].append(payees)
    for field in dict.fromkeys((issuer_field, seller)):
        mine = [c for c in out.get(field, []) if c.vetoed is None]
        said = [[text for text, _ in names] for names in strong[field]]
        # the domain names one candidate only, or it says nothing
        by_domain = {c.value for c in mine if party_evidence.named_by_domain(c.value, domains)}
        if len({fold(v) for v in by_domain}) == 1:
            said.append(sorted(by_domain))
        if not said:
            continue
        doubted: list[Candidate] = []
        for c in mine:
            n = sum(1 for names in said if any(_same_name(c.value, x) for x in names))
            c.agree += n
            if n == 0 and c.origin == "position" and strong[field]:
                # the foot or the payee names another party: this place's name is doubtful
                c.disagree += 1
                c.cap = min(c.cap, UNLABELLED_CAP)
                doubted.append(c)
        if strong[field] == [] and by_domain:
            _domain_decided(mine, by_domain)
        if field == issuer_field:
            _counterpart_beside(doubted, out, other_field, source)
        if any(c.agree for c in mine):
            continue
        # no candidate holds the name the evidence gives: it is one, sure when two agree
        for names in strong[field]:
            for text, seg in names:
                if any(_same_name(text, c.value) for c in out.get(field, [])):
                    continue
                agree = sum(1 for ns in strong[field] if any(_same_name(text, x) for x, _ in ns))
                agree += party_evidence.named_by_domain(text, domains) - 1
                cap = role_cap if agree >= 1 else min(role_cap, UNLABELLED_CAP)
                prior = PAYEE_PRIOR if field == seller else EVIDENCE_PRIOR
                cand = _cand(field, seg, text, "position", prior, source, 0, cap)
                cand.agree = agree
                out.setdefault(field, []).append(cand)


def _domain_decided(mine: list[Candidate], by_domain: set[str]) -> None:
    """A name that ranks first only because the page's domain spells it is not sure: the
    domain may be the counterpart's, printed in its block (``UNLABELLED_CAP``)."""
    ranked = best_first(mine)
    if not ranked or ranked[0].value not in by_domain:
        return
    best = ranked[0]
    rival = next((c for c in ranked[1:] if not _same_name(c.value, best.value)), None)
    if rival is not None and rival.score >= best.score - DOMAIN_AGREES:
        best.cap = min(best.cap, UNLABELLED_CAP)


# a name at the top that the evidence says is not the issuer's, as the counterpart's
BESIDE_PRIOR = 0.5


def _counterpart_beside(
    doubted: list[Candidate], out: dict[str, list[Candidate]], field: str, source: Source
) -> None:
    """A company's name read at the top for the issuer's while the foot or the payee names
    another: the counterpart's block printed beside an unnamed letterhead. It is offered
    as the counterpart (never sure) when nothing names one by a label or the window."""
    if any(c.origin == "label" or c.prior >= 0.55 for c in out.get(field, [])):
        return
    for c in doubted:
        if party_evidence.has_legal_form(c.value) and len(c.value.split()) <= 7:
            other = dataclasses.replace(
                c, field=field, prior=BESIDE_PRIOR, agree=0, disagree=0, cap=UNLABELLED_CAP
            )
            other.notes = [*c.notes, "beside a letterhead the evidence names otherwise"]
            out.setdefault(field, []).append(other)
            return
