"""Candidates of the header fields other than parties: by label (beside, below, in a header
grid), by pattern (IBAN, VAT ids anywhere, checked by their digits), by vocabulary
(currency signs and codes next to amounts). Parties and addresses come from
``extraction.parties``.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from extraction import fields, payment_dates
from extraction.candidates import (
    date_roles,
    header_slots,
    letter_dates,
    paid_amounts,
    reference_concepts,
    reference_places,
    references,
    slot_roles,
    terms,
)
from extraction.candidates.model import (
    UNCONFIRMED_CAP,
    Candidate,
    Candidates,
    month_first,
    read_in,
)
from extraction.candidates.reading import Reading
from extraction.candidates.terms import carry_on
from extraction.geometry import boxes_overlap, x_overlap
from extraction.labels import match_header_label
from extraction.layout import PageLayout, Segment
from extraction.parse.amounts import currency_in, find_amounts, money_str
from extraction.parse.dates import ambiguous, find_dates, is_window
from extraction.parse.identifiers import find_ibans, find_vats, guessed
from extraction.parse.text import fold
from extraction.result import BBox, LineItem, PageResult, Source

if TYPE_CHECKING:
    from extraction.parties import PartyPlaces

_NEGATIVE = re.compile(r"^\s*[^\d\s]{0,3}\s*[-−(]\s*[^\d\s]{0,3}\s*\d")
_PLACEMENT_PRIOR = {
    "inline": 0.0,
    "right": 0.0,
    "grid": -0.03,
    "below": -0.05,
    "above": -0.05,
    "joined": -0.2,
}


# "Notre réf.", "Our ref.": the sender's own file reference, which the document's number
# may be; a label naming the document's number says more
_OUR_REFERENCE = re.compile(r"^\W*(?:notre|nos|our|n/)\s*ref")
OUR_REFERENCE_PRIOR = 0.1


def _label_prior(hit: fields.Hit) -> float:
    prior = 0.45 + 0.1 * max(0, min(hit.priority, 3)) + _PLACEMENT_PRIOR.get(hit.placement, -0.1)
    if hit.field == "document_number" and _OUR_REFERENCE.match(fold(hit.label)):
        prior -= OUR_REFERENCE_PRIOR
    if hit.field in ("customer_name", "supplier_name"):
        prior += 0.15  # "Customer name:" says more than a block's place or its label
    return prior


def from_labels(hits: list[fields.Hit], sources: dict[int, Source]) -> Candidates:
    out: Candidates = {}
    for h in hits:
        name = h.field
        cand = Candidate(
            field=name,
            value=h.value,
            page=h.page,
            bbox=h.bbox,
            source=sources[h.page],
            origin="grid" if h.placement == "grid" else "label",
            prior=_label_prior(h),
            ocr_conf=h.confidence if h.ocr else 1.0,
            label_rank=max(0, min(h.priority, 3)),
            repair_cost=0.3 if h.repaired else 0.0,
            # read only by undoing OCR damage, with no check digit to confirm the guess
            cap=min(h.cap, UNCONFIRMED_CAP if h.repaired else 1.0),
            order=h.order,
            notes=[h.label],
        )
        if h.movement:
            cand.notes.append(SHIPMENT_NOTE)
        if name in fields.AMOUNT_FIELDS:
            cand.prior += 0.0005 * h.order  # totals: the last one printed is the final one
            if _NEGATIVE.match(h.text):
                # given positive by the contract, but printed with a minus: a credit typed as
                # an invoice, or a sign convention a clerk should confirm
                cand.cap = UNCONFIRMED_CAP
                cand.notes.append("printed negative")
        if name in fields.DATE_FIELDS and is_window(h.text):
            cand.cap = min(cand.cap, WINDOW_CAP)
            cand.notes.append(WINDOW_NOTE)
        out.setdefault(name, []).append(cand)
        if name in fields.DATE_FIELDS and ambiguous(h.text):
            found = find_dates(h.text[:40], month_first=True)
            if found:
                out[name].append(month_first(cand, found[0][0].isoformat(), [h.label]))
    _tax_from_rates(out)
    _net_from_subtotal(out)
    _shipment_numbers(out)
    return out


SHIPMENT_NOTE = "names the shipment"
# a label's value that is a window of days ("du 18/01 au 22/01/2024"): its first day is
# offered, never shown sure
WINDOW_CAP = UNCONFIRMED_CAP
WINDOW_NOTE = "the first day of a window"
# what a number labelled by the shipment loses against a document-number label of another value
SHIPMENT_RIVAL_PRIOR = 0.1


def _shipment_numbers(out: Candidates) -> None:
    """A delivery note that prints its own "Number" and a "Shipment no." of another value:
    the shipment's number is another reference. It ranks under the other label and is never
    shown sure; alone, it is the note's number (a "Despatch No." on a dispatch note)."""
    nums = out.get("document_number", [])
    moving = [c for c in nums if SHIPMENT_NOTE in c.notes]
    # a bare "Ref." (rank 0) names some reference: no rival of a shipment's number
    others = {c.value for c in nums if SHIPMENT_NOTE not in c.notes and c.label_rank >= 1}
    for c in moving:
        if others - {c.value}:
            c.prior -= SHIPMENT_RIVAL_PRIOR
            c.cap = min(c.cap, UNCONFIRMED_CAP)


def _tax_from_rates(out: Candidates) -> None:
    """Per-rate VAT lines ("TVA 5,5 %", "TVA 20 %") add up to a total tax candidate."""
    taxes = out.get("total_tax", [])
    per_rate: dict[str, Candidate] = {}
    for c in taxes:
        if re.search(r"\d\s*%", c.notes[0]) and not re.match(r"(?i)total|montant", c.notes[0]):
            per_rate[c.notes[0]] = c  # a rate printed twice counts once (the last)
    if len(per_rate) < 2:
        return
    parts = list(per_rate.values())
    total = sum((Decimal(c.value) for c in parts), Decimal(0))
    first = parts[0]
    taxes.append(
        Candidate(
            field="total_tax",
            value=money_str(total),
            page=first.page,
            bbox=first.bbox,
            source=first.source,
            origin="derived",
            prior=max(c.prior for c in parts),
            ocr_conf=min(c.ocr_conf for c in parts),
            label_rank=first.label_rank,
            order=max(c.order for c in parts),
            notes=["sum of per-rate VAT"],
        )
    )
    for c in parts:
        c.prior -= 0.1  # one rate's VAT is the total only when it is the only rate


def _net_from_subtotal(out: Candidates) -> None:
    """A "Subtotal" is the net total when no discount follows it."""
    subs = out.pop("subtotal", [])
    discounts = out.pop("discount", [])
    for c in subs:
        c.field = "total_net"
        c.prior -= 0.12 if discounts else 0.05
        out.setdefault("total_net", []).append(c)


# a cell that holds only a number, maybe with a currency sign ("406", "$ 1,436")
_LONE_NUMBER = re.compile(r"^[-$€£]?\s?\d[\d ,.']*\s?[$€£]?$")


def printed_amounts(layouts: list[PageLayout], language: str) -> dict[Decimal, tuple[int, BBox]]:
    """Every amount printed on the document and where it is first (for derived totals)."""
    found: dict[Decimal, tuple[int, BBox]] = {}
    for layout in layouts:
        for seg in layout.segments:
            if re.search(r"[.,]\d{2}\b", seg.text) or _LONE_NUMBER.match(seg.text):
                for v, s, e in find_amounts(seg.text, language):
                    found.setdefault(abs(v), (layout.page, seg.bbox_of(s, e)))
    return found


def identifiers(
    layouts: list[PageLayout],
    sources: dict[int, Source],
    places: PartyPlaces,
    doc_type: str = "invoice",
) -> Candidates:
    """IBANs and the issuer's VAT id, anywhere on the page, checked by their digits.

    Check digits say a VAT id is well formed, not whose it is: one printed in the
    counterpart's block is vetoed, and one printed where nothing says it is the issuer's
    (its letterhead, its block, the page's foot or legal line, or a label naming it) is
    never sure (``OWNER_UNSAID_CAP``)."""
    out: Candidates = {"iban": [], "vat_id": []}
    order = 0
    for layout in layouts:
        src = sources[layout.page]
        for row in layout.rows:
            for seg in row.segments:
                order += 1
                text = seg.text
                ibans = find_ibans(text)
                for value, trust, s, e in ibans:
                    if trust < 0.75 and not _iban_labelled(row.segments, seg):
                        # check digits wrong and no "IBAN" beside it: a product code or a
                        # reference of the same shape ("NU16MM COURONNE 100M"), not an IBAN
                        continue
                    owner = _iban_owner(layout, row.segments, seg, s)
                    cand = Candidate(
                        "iban",
                        value,
                        layout.page,
                        seg.bbox_of(s, e),
                        src,
                        "pattern",
                        prior=0.5 + 0.4 * (trust >= 0.75),
                        ocr_conf=seg.ocr_confidence,
                        repair_cost=0.0 if trust == 1.0 else 0.3,
                        valid=trust >= 0.75,
                        order=order,
                    )
                    if guessed(trust):
                        cand.cap = min(cand.cap, GUESSED_CAP)
                        cand.notes.append("a glyph read as its look-alike, check digits hold")
                    if owner == "payer":
                        cand.vetoed = "the payer's account (debited from), not the payee's"
                    elif owner == "payee":
                        cand.agree += 1
                    elif doc_type == "payment_advice":
                        # the payer writes the advice: an account it does not say is the
                        # payee's is as likely its own, which it was debited from
                        cand.cap = min(cand.cap, OWNER_UNSAID_CAP)
                        cand.notes.append("whose account is not said on a payment advice")
                    out["iban"].append(cand)
                over = _caption_over(layout, seg)
                theirs = _customer_labelled(row.segments + over, seg) or places.theirs(seg)
                owned = _issuer_labelled(row.segments + over, seg) or places.issuers(seg, layout)
                # an account number whose IBAN check digits hold is not a VAT id, whatever
                # its first characters look like ("BE13 3925 4286 3139", "CH90 6309 ...")
                accounts = [(a, b) for _v, t, a, b in ibans if t >= 0.75]
                # after the word "IBAN" an account follows, whatever its check digits say;
                # the rest of the line ("VAT Reg. No. GB… – IBAN GB75…" in a footer) is read
                for m in re.finditer(r"IBAN", text.upper()):
                    end = next((b for _v, _t, a, b in ibans if a >= m.end()), m.end() + 40)
                    accounts.append((m.start(), end))
                for value, trust, s, e in find_vats(text):
                    if any(s < b and a < e for a, b in accounts):
                        continue
                    labelled = re.search(r"\b(tva|vat|ust|iva|btw)\b", seg.folded) is not None
                    out["vat_id"].append(
                        cand := Candidate(
                            "vat_id",
                            value,
                            layout.page,
                            seg.bbox_of(s, e),
                            src,
                            "pattern",
                            prior=0.45 + 0.35 * (trust >= 0.75) + 0.1 * labelled,
                            ocr_conf=seg.ocr_confidence,
                            label_rank=2 if labelled else 0,
                            repair_cost=0.0 if trust == 1.0 else 0.3,
                            valid=trust >= 0.75,
                            vetoed="the customer's VAT id" if theirs else None,
                            order=order,
                        )
                    )
                    if guessed(trust):
                        cand.cap = min(cand.cap, GUESSED_CAP)
                        cand.notes.append("a glyph read as its look-alike, check digits hold")
                    if not owned:
                        cand.cap = min(cand.cap, OWNER_UNSAID_CAP)
                        cand.notes.append("printed where nothing says it is the issuer's")
    # the same VAT id printed twice (letterhead and footer) is one candidate seen twice
    seen = Counter(c.value for c in out["vat_id"] if c.vetoed is None)
    for c in out["vat_id"]:
        if seen[c.value] > 1:
            c.agree += 1
    return out


# whose account an IBAN is, by the words printed before it: the account a payment was taken
# from is the payer's ("Debited from", "Compte débité", "From account", "Donneur d'ordre");
# the one it went to, or is to go to, the payee's ("To your account", "Sur votre compte",
# "Beneficiary", "Pay to")
_PAYER_ACCOUNT = re.compile(
    r"\b(debit(ed|e|es)?|debitee?|a debiter|prelev\w*|from (our |the |my )?account|"
    r"from account|ordering (account|customer|party)|donneur d'ordre|payer'?s account|"
    r"payer account|payeur|"
    r"remitter|auftraggeber|belastet|addebit\w*|ordinante|cuenta de cargo|ordenante)\b"
)
_PAYEE_ACCOUNT = re.compile(
    r"\b(to your account|sur votre compte|to (the )?account of|credited|credite|crediter|"
    r"beneficiar\w*|payee|pay to|paid to|payable to|a l'ordre de|begunstigde|empfanger|"
    r"beneficiario|remit to|coordonnees bancaires|bank details|banking details|"
    r"bankverbindung|domiciliation)\b"
)
# the most an IBAN whose owner the page does not say may be sure on a payment advice
OWNER_UNSAID_CAP = UNCONFIRMED_CAP
# an IBAN or VAT id valid only once a digit was read as another (identifiers.guessed): its
# check digits chose it among the look-alikes, but pass by chance once in about a hundred
GUESSED_CAP = UNCONFIRMED_CAP


def _iban_owner(
    layout: PageLayout, segments: list[Segment], seg: Segment, start: int
) -> str | None:
    """ "payer", "payee" or None: what the label of the IBAN at ``start`` in ``seg`` says of
    its owner. The label is the text before it in its segment, the segments left of it on
    its row, else the line just above it (a label printed over its value). The nearest
    label speaks: "Sur votre compte … / Débité du compte: FR…" is the payer's."""
    from extraction.parse.text import fold

    before = fold(seg.text[:start])
    left = [s for s in segments if s.x1 <= seg.x0 + 1]
    texts = [before] + [s.folded for s in reversed(left)]
    above = [
        s
        for r in layout.rows
        if r.index == seg.row - 1
        for s in r.segments
        if s.x0 < seg.x1 and seg.x0 < s.x1
    ]
    if not any(t.strip(" :-") for t in texts):
        texts += [s.folded for s in above]
    for text in texts:
        payer = [m.start() for m in _PAYER_ACCOUNT.finditer(text)]
        payee = [m.start() for m in _PAYEE_ACCOUNT.finditer(text)]
        if payer or payee:
            # the last label before the value is its own
            return "payer" if max(payer, default=-1) > max(payee, default=-1) else "payee"
    return None


def _iban_labelled(segments: list[Segment], seg: Segment) -> bool:
    """Is "IBAN" printed in ``seg`` or in the segment just left of it?"""
    left = [s for s in segments if s.x1 <= seg.x0 + 1]
    return any("IBAN" in t.upper() for t in [seg.text] + ([left[-1].text] if left else []))


# the customer's by name, or the addressee's by a second-person possessive: the issuer
# writes "Your VAT No." / "Votre n° TVA" for the number of the one it writes to
_CUSTOMER_WORDS = re.compile(
    r"client|customer|acheteur|buyer|\byour\b|\bvotre\b|\bvos\b"
    # the same in the languages whose VAT ids are read too: "Ihre USt-IdNr.", "Kunden-UID"
    r"|\bihre?\b|\bkunden?\b|\bvostr[ao]\b"
)


# the issuer's own by a first-person possessive: "Our VAT No.", "Notre n° TVA"
_ISSUER_WORDS = re.compile(r"\bour\b|\bnotre\b|\bnos\b|\bunsere?\b|\bnostr[ao]\b")


def _issuer_labelled(segments: list[Segment], seg: Segment) -> bool:
    """Is the number in ``seg`` labelled as the issuer's own ("Our VAT No. GB…")?"""
    return _label_says(segments, seg, _ISSUER_WORDS)


def _customer_labelled(segments: list[Segment], seg: Segment) -> bool:
    """Is the number in ``seg`` labelled as the customer's ("N° TVA client FR...", "Your
    VAT No. GB...")?"""
    return _label_says(segments, seg, _CUSTOMER_WORDS)


def _caption_over(layout: PageLayout, seg: Segment) -> list[Segment]:
    """The caption printed right over ``seg`` in a row of captions over a row of values
    ("Your VAT no. | Our VAT no." over two ids): a line without digits on the row just above
    that spans the value's start."""
    if seg.row == 0:
        return []
    above = layout.rows[seg.row - 1]
    if seg.top - above.bottom > layout.line_height * 1.6:
        return []
    return [
        s
        for s in above.segments
        if s.x0 - 2 <= seg.x0 <= s.x1
        and not re.search(r"\d", s.text)
        and s.x1 <= seg.x1 + 80
        and len(s.text.split()) <= 5
    ]


def _label_says(segments: list[Segment], seg: Segment, words: re.Pattern[str]) -> bool:
    """Do ``words`` stand in ``seg`` itself, in the label just left of it, or in the caption
    over it (``_caption_over``, passed among ``segments`` as the row above)?"""
    over = [s for s in segments if s.row < seg.row]
    if any(words.search(s.folded) for s in over):
        return True
    segments = [s for s in segments if s.row == seg.row]
    left = [s for s in segments if s.x1 <= seg.x0 + 1]
    texts = [seg.folded]
    if left:
        # a label of this number holds no value of its own and sits close: "Customer PO
        # P60764-A" across the page is another field, not the label of a VAT id beside it
        near = seg.x0 - left[-1].x1 < 6 * max(seg.bottom - seg.top, 1.0)
        if near and not re.search(r"\d", left[-1].text):
            texts.append(left[-1].folded)
    return any(words.search(t) for t in texts)


# share capital, registered capital: a currency there says nothing about the amounts
# (abbreviated "Cap. soc." in Italy, "Stammkapital" in Germany)
_NOT_AMOUNT_CONTEXT = re.compile(
    r"\b(capital|share capital|capital social|au capital|capitale(?: sociale)?|cap\.? ?soc\.?|"
    r"stammkapital|grundkapital|kapital)(?![a-z])"
)


def currency(
    layouts: list[PageLayout], sources: dict[int, Source], has_amounts: bool
) -> Candidates:
    """The currency by its signs and codes next to amounts; none on a document without
    amounts (a delivery note says nothing about money)."""
    if not has_amounts:
        return {}
    votes: Counter[str] = Counter()
    first: dict[str, tuple[int, Segment]] = {}
    for layout in layouts:
        for seg in layout.segments:
            if _NOT_AMOUNT_CONTEXT.search(seg.folded):
                continue
            if not re.search(r"\d", seg.text) and not (
                (len(seg.text) <= 24 and _beside_amount(layout, seg))
                or (len(seg.text) <= 40 and _over_amounts(layout, seg))
                or _AMOUNTS_ARE_IN.search(seg.folded)
            ):
                # a code on its own counts beside an amount ("Total | EUR | 1 234,00"), in
                # the caption of a column of amounts ("Amount (EUR)", "Prix €"), or in a
                # sentence that says what the amounts are in ("Tous les montants sont en euros")
                continue
            for token in seg.text.split():
                code = currency_in(token)
                if code:
                    votes[code] += 1
                    first.setdefault(code, (layout.page, seg))
    total = sum(votes.values())
    out: list[Candidate] = []
    for code, n in votes.items():
        page, seg = first[code]
        out.append(
            Candidate(
                "currency",
                code,
                page,
                seg.bbox_of(0, len(seg.text)),
                sources[page],
                "vocabulary",
                prior=0.4 + 0.5 * n / total,
                ocr_conf=seg.ocr_confidence,
                agree=1 if n >= 2 and n == total else 0,
                disagree=0 if n == total else 1,
            )
        )
    return {"currency": out} if out else {}


# a sentence that says what the document's amounts are in ("All amounts in USD", "Prices
# are quoted in euros", "Tous les montants sont en euros", "Tous les prix sont en CHF")
_AMOUNTS_ARE_IN = re.compile(
    r"\b(?:amounts?|prices?|figures|totals?|montants?|prix|tarifs?|sommes?)\b[^.;:]{0,30}?"
    r"\b(?:in|en)\s+(?:\w+\s+)?(?:euros?|eur|usd|gbp|chf|cad|us dollars?|dollars?|"
    r"pounds? sterling|francs? suisses?|swiss francs?)\b"
)


def _over_amounts(layout: PageLayout, seg: Segment) -> bool:
    """Is ``seg`` the caption of a column of amounts: a number with its cents printed
    under it, across its width, within the next rows ("Amount (EUR)" over "1 234,00")?"""
    found = 0
    for row in layout.rows[seg.row + 1 : seg.row + 4]:
        for s in row.segments:
            if s.x0 < seg.x1 + 4 and seg.x0 - 4 < s.x1 and re.search(r"\d[.,]\d\d\b", s.text):
                found += 1
                break
    return found >= 1


def _beside_amount(layout: PageLayout, seg: Segment) -> bool:
    return any(
        s is not seg and re.search(r"\d[.,]\d\d\b", s.text) for s in layout.rows[seg.row].segments
    )


# how a customer pays (the means) is not when (the terms): "Virement bancaire", "Chèque"
_MEANS = re.compile(
    r"^(?:par |by )?(?:virement(?: bancaire| sepa)?|cheque(?: bancaire)?|carte(?: bancaire)?|"
    r"prelevement(?: sepa| automatique)?|especes|lcr(?: directe| magnetique)?|ri\.?ba\.?|traite|"
    r"(?:sepa |bank |wire )?(?:credit )?transfer|wire|credit card|card|cash|"
    r"(?:sepa )?direct debit|bacs|ach|cheque|check|paypal|bonifico(?: bancario)?|"
    r"ricevuta bancaria|transferencia(?: bancaria)?|uberweisung|lastschrift)\.?$"
)


# a card or a wallet, maybe with the card's last digits ("Mastercard •••• 9001")
_CARD = re.compile(
    r"^(?:par |by )?(?:visa|mastercard|maestro|amex|american express|carte bleue|apple pay|"
    r"google pay|paypal|klarna)\b"
)
# what terms say: a delay or a moment ("30 jours fin de mois", "Due on receipt", "Comptant")
_WHEN = re.compile(
    r"\b(?:jours?|days?|net|reception|receipt|comptant|cash|immediate?|immediat|fin|mois|"
    r"months?|eom|echeance|due|advance|avance|commande|order|livraison|delivery|prepaid|"
    r"prepayment|acompte|upon|des|a vue|sight|completion|achevement|chantier|signature|"
    r"tage|giorni|dias)\b"
)


_LABEL_GOES_ON = re.compile(r"^(?:(?:of|for|de|du|des|d'|and|et)\b|&)")


def payment_terms_vetoes(cands: Candidates) -> None:
    from extraction.parse.text import fold

    for c in cands.get("payment_terms", []):
        value = terms.cleaned(c.value)
        if value != c.value:
            # a new reading of the value: offered, not shown sure, until measured
            c.value, c.cap = value, min(c.cap, UNCONFIRMED_CAP)
        folded = fold(c.value).strip()
        # a means with its details in brackets ("Carte bancaire (Visa •••• 4853)")
        plain = re.sub(r"\s*\([^()]*\)\s*$", "", folded)
        if _MEANS.match(plain) or _CARD.match(plain):
            c.vetoed = "a payment means, not terms"
        elif (why := terms.not_terms(c.value)) is not None:
            c.vetoed = why
        elif terms.cut_short(c.value):
            c.cap = min(c.cap, UNCONFIRMED_CAP)  # the phrase goes on, lost
        elif _LABEL_GOES_ON.match(folded):
            # "Terms | of delivery - EXW": the label read was the start of a longer one that
            # names other terms (of delivery, of sale), not the payment terms' value
            c.vetoed = "the start of another label's words"
        elif not re.search(r"\d", folded) and not _WHEN.search(folded):
            # no delay and no moment: maybe a means the list above does not know ("Apple
            # Pay"), shown to a clerk rather than auto-accepted
            c.cap = min(c.cap, UNCONFIRMED_CAP)


PROSE_TERMS_NOTE = "payment terms, in a sentence"


def terms_in_text(
    layouts: list[PageLayout], sources: dict[int, Source], lines: list[LineItem], out: Candidates
) -> None:
    """Payment terms said in a sentence ("Payable within 30 days of invoice date.",
    "Paiement à 30 jours fin de mois par virement."), when no label gave any: the first such
    sentence outside the line table, offered (``UNCONFIRMED_CAP``), never sure."""
    standing = [c for c in out.get("payment_terms", []) if c.vetoed is None]
    if any(terms.states_when(c.value) for c in standing):
        return
    spans = table_spans(lines)
    order = 0
    for layout in layouts:
        items = spans.get(layout.page, [])
        for seg in layout.segments:
            order += 1
            if any(top - 1 <= seg.top <= bottom - 1 for top, bottom in items):
                continue  # a description's words
            # a labelled segment too: its label gave no terms that stand (a value too long,
            # a sentence of penalties after the terms), and the sentence reading drops the label
            found = terms.terms_in_sentence(seg.text)
            if found is None and len(layout.rows[seg.row].segments) == 1:
                # a line that states only terms ("60 jours nets par virement.")
                found = terms.terms_line(seg.text)
            if found is None and terms.is_whole_terms(seg.text.strip()):
                # a cell of a row of values that is terms from end to end ("45 jours fin de
                # mois" between the date and the due date of a value-first head)
                found = (len(seg.text) - len(seg.text.lstrip()), len(seg.text.rstrip(" .;")))
            if found is None and terms.under_terms_caption(layout, seg):
                # a cell under its terms' caption, terms from end to end with the
                # preposition that opens them ("Conditions" over "à réception")
                whole = terms.terms_line(seg.text.strip())
                lead = len(seg.text) - len(seg.text.lstrip())
                if whole is not None and whole[0] == 0:
                    found = (lead + whole[0], lead + whole[1])
            if found is None:
                found = terms.terms_item(seg.text)
            if found is None:
                # a line of terms under a short caption of its own ("Délai : À réception")
                found = terms.terms_after_caption(seg.text)
            if found is None:
                rest = terms.cleaned(seg.text)
                if rest != seg.text and seg.text.endswith(rest):
                    inner = terms.terms_line(rest)
                    at = len(seg.text) - len(rest)
                    found = (at + inner[0], at + inner[1]) if inner is not None else None
            if found is None or terms.not_terms(seg.text[found[0] : found[1]]) is not None:
                continue
            start, end = found
            out.setdefault("payment_terms", []).append(
                Candidate(
                    "payment_terms",
                    terms.cleaned(seg.text[start:end].strip(" :,")),
                    layout.page,
                    seg.bbox_of(start, end),
                    sources[layout.page],
                    "pattern",
                    prior=0.4,
                    ocr_conf=seg.ocr_confidence,
                    order=order,
                    cap=UNCONFIRMED_CAP,
                    notes=[PROSE_TERMS_NOTE],
                )
            )
            terms.yield_to_stated(standing, out["payment_terms"][-1])
            return


# "Facture n° F-12 du 12 mars 2025", "Invoice 42 dated 3 March 2025": a date in a sentence
_DATED = re.compile(
    r"(?:\bdu|\ble|\bdated?|\bof|\ben date du|\bissued(?: on)?|\bvom|\bdel|\bde)\s*:?\s*$"
)
# a sentence that names the page it is printed on as "this document" ("Nous vous
# transmettons le présent document, daté du 8 octobre 2024", "This document, issued 8
# October 2024, covers …"): its date is the document's, read from wording alone, offered
SELF_DATED_CAP = UNCONFIRMED_CAP
_THIS_DOCUMENT = re.compile(
    r"\b(?:this|the present|ce|le present|la presente|present)\s+(?:document|piece)\b"
)


def _names_the_document(before: str) -> bool:
    """Do the words before a "du", "dated", "of" name a document ("Facture n° F-12 du",
    "Invoice 42 dated", "Détail de la facture du"): a title, or a number?"""
    from extraction.classify import TITLE_PATTERNS

    head = _DATED.sub("", before)
    return bool(re.search(r"\d", head)) or any(p.search(head) for _t, p in TITLE_PATTERNS)


# the order named right before "du", "of", "dated" ("Cde du", "your order of")
_ORDER_THEN_DATED = re.compile(
    r"\b(?:cde|cmde|commande|order|po|p\.o\.|bc|bon de commande)"
    # "Réf. commande : 4509 du": a colon may stand between the order and its number
    r"(?:\s*:?\s+(?:n\S*|no\.?|#)?\s*[\w/.-]*\d[\w/.-]*)?\s*(?:du|of|dated?|en date du)\s*:?\s*$"
)
ORDER_DATED_NOTE = letter_dates.ORDER_DATED_NOTE
# the order named inside the title of the document answering it ("Confirmation de commande",
# "AR de commande", "Accusé de réception de la commande"): that title's number and date are
# the document's own
_ANSWER_TITLE = re.compile(
    r"\b(?:confirmation|accuse de reception|reception|ar|sales)\s+(?:de\s+|d'|of\s+)?(?:la\s+)?$"
)


def _names_the_order(sentence: str) -> bool:
    """Do the words before a date end with an order and its number ("Cde du", "your order
    4711 of"), an order that is not the word of the document's own title?"""
    m = _ORDER_THEN_DATED.search(sentence)
    return m is not None and _ANSWER_TITLE.search(sentence[: m.start()]) is None


# a separator between items printed on one line ("Your PO: X – Order date: 04/11/2024")
_ITEMS = re.compile(r"\s[-–—|·•]\s|\s{3,}|;")


def _labelled_inside(before: str) -> bool:
    """Do the words before a date, from the last item separator of their line, make a date
    field's label of their own ("Order date:", "Livraison prévue le")?"""
    item = _ITEMS.split(before)[-1].strip()
    hit = match_header_label(item) if item else None
    return (
        hit is not None
        and hit.field in fields.DATE_FIELDS
        and not item[hit.end :].strip(" :.")
        and item.rstrip().endswith(":")
    )


# the end of a sentence: a full stop after a number or a word of four letters or more
# (not an abbreviation such as "n." or "réf."), then a space
_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{4})|(?<=\d))[.!?]\s+(?=\S)")


def dates_in_text(
    layouts: list[PageLayout], sources: dict[int, Source], lines: list[LineItem] | None = None
) -> Candidates:
    """Document dates without a label: a date right after "du", "dated", "of" in the upper
    part of page 1 (a title line, a sentence), or anywhere above its line table."""
    out: list[Candidate] = []
    if not layouts:
        return {}
    first = layouts[0]
    spans = table_spans(lines or []).get(first.page, [])
    # a head of tall address blocks may push the title line below the page's upper part
    limit = max(first.height * 0.45, min((t for t, _b in spans), default=0.0) - 1)
    order = 0
    for seg in first.segments:
        order += 1
        label = match_header_label(seg.folded)
        if seg.top > limit or (label is not None and "date" in label.field):
            continue  # a labelled date is the labels' to read
        for value, start, end in find_dates(seg.text):
            if _labelled_inside(seg.folded[:start]):
                continue  # "… – Order date: 04/11/2024": a label's date, read by the labels
            # a letter's "City, date" line ("Lille, le 5 mars 2025") dates the letter
            placed = letter_dates.PLACED.match(seg.folded[:start]) and not seg.text[end:].strip(
                " ."
            )
            if _DATED.search(seg.folded[:start]) is None and not placed:
                continue  # a date on its own may be any date: a column's, a period's
            # the words that name the document are in the date's own sentence: "… daté du
            # 23/01/2025. La livraison est prévue le 01/02/2025" names no document before
            # its second date (the first date's digits had made it look numbered)
            sentence = _SENTENCE_END.split(seg.folded[:start])[-1]
            # and in its own item of a line of items ("Imprimé le 03/03/25 · Livré le"):
            # another item's digits name no document before this date
            item = _ITEMS.split(sentence)[-1]
            if _DATED.sub("", item).strip():
                sentence = item
            this = not placed and _THIS_DOCUMENT.search(sentence) is not None
            if not placed and not _names_the_document(sentence) and not this:
                # "Payable le 12/08", "Livraison le 9 sep.": some other date's label that
                # ends with the word, not the document's own title or number
                continue
            cand = read_in(
                seg,
                (start, end),
                sources,
                "document_date",
                value.isoformat(),
                "pattern",
                0.5,
                order,
                ["dated"],
            )
            if _names_the_order(sentence):
                # "Cde du 22-05-2025", "your order of 3 May": the order's date, which is the
                # document's own only on the order itself (``letter_dates.order_dates_yield``)
                cand.notes.append(ORDER_DATED_NOTE)
                # and the page may print its own date where no reader finds it ("Le:
                # 22/10/2025"): the order's day is never sure to be the document's
                cand.cap = SENTENCE_DATE_CAP
            if this and not _names_the_document(sentence):
                cand.cap = SELF_DATED_CAP
            # "dated 6/1/2025": both readings, for the document's other dates to settle (as a
            # labelled date's are); day-first alone was taken on an American page
            out.extend(letter_dates.both_readings(cand, seg.text[start:end]))
    return {"document_date": out} if out else {}


# "Merci de livrer au plus tard le 24-05-2024.", "Please deliver by 12/31/2025": a delivery
# date asked for in a sentence, the words before the date ending with its preposition
# "Delivery is scheduled for 01/19/2026.", "Livraison prévue le 12 mars 2025": a date the
# delivery is planned for, said by the participle of planning
_DELIVER_BY = re.compile(
    r"\b(?:livr\w*|deliver\w*|expedi\w*|ship\w*|dispatch\w*|despatch\w*|arriv\w*"
    r"|reach(?:es|ing)?\s+you|parvien\w*|parvenir)\b[^.:]{0,30}?"
    r"(?:\b(?:le|by|before|on|until|avant|(?:no|not) later than)"
    r"|\b(?:scheduled|planned|expected|estimated|prevue?s?|planifiee?s?|programmee?s?"
    r"|attendue?s?|envisagee?s?|agreed|convenue?s?|confirmed|confirmee?s?)"
    r"(?:\s+(?:for|pour|le|on|au))?)\s*$"
)
# a sentence about something of the delivery other than its day ("Delivery charges were
# revised on", "Frais de livraison modifiés le")
_DELIVERY_THING = re.compile(
    r"\b(?:charges?|costs?|fees?|frais|cout|tarifs?|rates?|prices?|prix|terms|conditions"
    r"|address|adresse|notes?|invoiced?|factur\w*)\b"
)
# a date read from a sentence: proposed to a clerk, never shown sure on its own
SENTENCE_DATE_CAP = UNCONFIRMED_CAP


def delivery_dates_in_text(layouts: list[PageLayout], sources: dict[int, Source]) -> Candidates:
    """Delivery dates without a label: a date right after "deliver … by", "livrer … le" in
    a sentence, on any page."""
    out: list[Candidate] = []
    order = 0
    for layout in layouts:
        for seg in layout.segments:
            order += 1
            label = match_header_label(seg.folded)
            if label is not None and "date" in label.field:
                continue  # a labelled date is the labels' to read
            for value, start, end in find_dates(seg.text):
                said = _DELIVER_BY.search(fold(seg.text[:start]))
                if said is None or _DELIVERY_THING.search(said.group(0)):
                    continue
                out += date_roles.both_readings(
                    Candidate(
                        "delivery_date",
                        value.isoformat(),
                        layout.page,
                        seg.bbox_of(start, end),
                        sources[layout.page],
                        "pattern",
                        prior=0.45,
                        ocr_conf=seg.ocr_confidence,
                        order=order,
                        cap=SENTENCE_DATE_CAP,
                        notes=["deliver by, in a sentence"],
                    ),
                    seg.text[start:end],
                )
    return {"delivery_date": out} if out else {}


# "2 677,35 € à régler le 11/06/2024", "Amount of $2,677.35 due 11/06/2024", "30 jours fin de
# mois, soit le 30/04/2025", "payable by 12 April 2025": when to pay, said in a sentence or
# in the payment terms, the words before the date ending with their preposition
_PAY_BY = re.compile(
    r"\b(?:due|payable|pay|payer|regler|reglement|paiement|payment|settle\w*|echeance|"
    r"remit\w*)\b"
    r"[^.:;]{0,30}?(?:\b(?:le|by|before|on|until|avant|au|at the latest|au plus tard|"
    r"(?:no|not) later than)\b)?\s*$"
)
# a payment made or a penalty's condition, not the day to pay by
_PAID = re.compile(
    r"\b(?:paid|paye|payee|regle|reglee|effectue|recu|received|retard|late|penalt\w*|"
    r"validite|valable|valid|offre|offer|devis|quote|inscription)\b"
)


# "60 jours nets, soit le 14/02/2024", "Net 45, i.e. by April 15, 2025": the day the
# terms just stated come to
_THEN_BY = re.compile(r",?\s*\b(?:soit|i\.\s?e\.|that is|namely)\s*(?:le|by|on)?\s*$")


def _terms_then(before: str) -> re.Match[str] | None:
    """The words joining a delay to the date after ``before`` ("…fin de mois, soit le"), or
    None: a date the terms come to is the due date even with no word of paying."""
    then = _THEN_BY.search(before)
    if then is None or terms.DELAY.search(before[max(0, then.start() - 40) : then.start()]) is None:
        return None
    return then


def _date_after(seg: Segment, end: int) -> bool:
    """Does a date follow the label ending at ``end`` right away (not a phrase of terms
    that goes on to a date: "Due upon receipt, i.e. by 10/24/2024")?"""
    rest = seg.text[end:]
    found = find_dates(rest)
    return not found or found[0][1] <= len(rest) - len(rest.lstrip(" :")) + 1


def due_dates_in_text(
    layouts: list[PageLayout], sources: dict[int, Source], terms: list[Candidate]
) -> Candidates:
    """Due dates without a label of their own: a date right after "due", "à régler le",
    "soit le" in a sentence, on any page, or inside the payment terms ("30 jours fin de
    mois, soit le 30/04/2025"). Offered, never shown sure."""
    out: list[Candidate] = []
    order = 0
    texts: list[tuple[str, int, BBox, Source, float, int, str]] = []
    for layout in layouts:
        for seg in layout.segments:
            order += 1
            label = match_header_label(seg.folded)
            if label is not None and label.field == "due_date" and _date_after(seg, label.end):
                continue  # a labelled due date is the labels' to read
            for day, start, end in find_dates(seg.text):
                before = fold(seg.text[:start])
                m = _PAY_BY.search(before) or _terms_then(before)
                if m is None or _PAID.search(before[max(0, m.start() - 30) :]):
                    continue
                if fields.DELIVERY_SENTENCE.search(before):
                    continue  # "Delivery is due on 10/06/2024": the goods are due
                conf = seg.ocr_confidence
                bbox = seg.bbox_of(start, end)
                printed = seg.text[start:end]
                texts.append(
                    (day.isoformat(), layout.page, bbox, sources[layout.page], conf, order, printed)
                )
    for c in terms:
        for day, start, end in find_dates(c.value):
            if start > 0 and c.bbox is not None:
                texts.append(
                    (
                        day.isoformat(),
                        c.page or 1,
                        c.bbox,
                        c.source,
                        c.ocr_conf,
                        c.order,
                        c.value[start:end],
                    )
                )
    seen: set[tuple[str, int]] = set()
    for value, page, bbox, source, conf, at, printed in texts:
        if (value, page) in seen:
            continue  # the terms' date read in its sentence too
        seen.add((value, page))
        # an ambiguous day ("04/03/2025") read both ways, for the document's dates to settle
        out += date_roles.both_readings(
            Candidate(
                "due_date",
                value,
                page,
                bbox,
                source,
                "pattern",
                prior=0.4,
                ocr_conf=conf,
                order=at,
                cap=SENTENCE_DATE_CAP,
                notes=["when to pay, in a sentence"],
            ),
            printed,
        )
    return {"due_date": out} if out else {}


def merge(into: Candidates, more: Candidates) -> None:
    for name, found in more.items():
        into.setdefault(name, []).extend(found)


def has_amounts(cands: Candidates) -> bool:
    return any(cands.get(n) for n in ("total_net", "total_tax", "total_gross"))


# a date label that names the buyer's order ("Order date", "Date de commande", "Commandé
# le"): the document's own date on the order itself, the order's on what answers it
_ORDER_DATED = re.compile(
    r"^\W*(?:order date|po date|date (?:de (?:la )?)?commande|ordered on|commandee? le"
    r"|order placed|placed on|passee? le)"
)
ORDER_DATE_YIELDS = 0.15  # more than a label rank: a bare "Date" outranks it


def _order_dates_yield(out: Candidates, doc_type: str) -> None:
    """On a document answering an order (a confirmation, an invoice, a delivery note), a
    date under a label naming the order ranks under one its own date label gives ("Date |
    Order date" side by side): each label says which date it is. Alone, it stays the
    document's date as before (a shop's confirmation dates itself by the order)."""
    if doc_type == "purchase_order":
        return
    dates = out.get("document_date", [])
    ordered = [c for c in dates if c.notes and _ORDER_DATED.match(fold(c.notes[0]))]
    if ordered and len(ordered) < len(dates):
        for c in ordered:
            c.prior -= ORDER_DATE_YIELDS


def table_spans(lines: list[LineItem]) -> dict[int, list[tuple[float, float]]]:
    """Per page, the top and bottom of each line item read there."""
    spans: dict[int, list[tuple[float, float]]] = {}
    for li in lines:
        if li.page is not None and li.bbox is not None:
            spans.setdefault(li.page, []).append((li.bbox[1], li.bbox[3]))
    return spans


def labelled(
    layouts: list[PageLayout],
    pages: list[PageResult],
    doc_type: str,
    language: str,
    lines: list[LineItem] | None = None,
) -> Candidates:
    """Candidates from labels; ``lines``: the items read, inside whose rows no label is
    looked for in the middle of a text."""
    sources: dict[int, Source] = {p.number: p.source for p in pages}
    from extraction import totals

    read = lines or []
    hits = fields.label_hits(
        layouts, doc_type, language, table_spans(read), table_spans(totals.items(read))
    )
    out = from_labels(hits, sources)
    _order_dates_yield(out, doc_type)
    for name, found in dates_in_text(layouts, sources, read).items():
        out.setdefault(name, []).extend(found)
    doc = Reading(layouts, sources, read, doc_type, language)
    letter_dates.own_dates(doc, out)
    for name, found in delivery_dates_in_text(layouts, sources).items():
        out.setdefault(name, []).extend(found)
    if doc_type != "payment_advice":
        terms = out.get("payment_terms", [])
        for name, found in due_dates_in_text(layouts, sources, terms).items():
            out.setdefault(name, []).extend(found)
    payment_terms_vetoes(out)
    paid_amounts.paid_is_no_total(out, doc_type)
    if doc_type != "payment_advice":
        terms_in_text(layouts, sources, read, out)
        carry_on(layouts, out)
    if doc_type == "delivery_note":
        dispatch_dates_own(out)
    others = date_roles.header_dates_by_role(doc, out)
    dates_by_position(doc, out)
    date_roles.veto_others(out, others)
    date_roles.own_date_at_foot(doc, out)
    date_roles.delivery_column(doc, out)
    references.add(doc, out)
    reference_places.add(doc, out)
    letter_dates.delivery_by_week(layouts, out)
    numbers_by_position(doc, out)
    header_slots.own_number(doc, out)
    slot_roles.add(doc, out)
    header_slots.later_date(doc, out)
    header_slots.first_date(doc, out)
    if doc_type != "purchase_order":
        order_column(layouts, sources, doc_type, out)
    payment_dates.add(doc, out)
    return out


ORDER_COLUMN_NOTE = "the order column of the line table"
# how many rows under its head an order column is read for
_COLUMN_ROWS = 40


def order_column(
    layouts: list[PageLayout], sources: dict[int, Source], doc_type: str, out: Candidates
) -> None:
    """The customer's order printed in a column of the line table ("Part Number | … |
    Purchase Order" over "910-005694 | … | 86976433539-01"), when no label gave one: the one
    identifier every row of the column holds. Offered only: the rows may answer several
    orders, and a column's label is a table's, not a header field's."""
    from extraction.lines import header_columns

    if any(c.vetoed is None for c in out.get("order_number", [])):
        return
    order = 0
    for layout in layouts:
        for row in layout.rows:
            order += len(row.segments)
            titles = len(row.segments) >= 3 and not any(
                re.search(r"\d", t.text) for t in row.segments
            )
            if not titles and header_columns(row) is None:
                continue  # a table's head: three titles or more, no value among them
            for head in row.segments:
                hit = match_header_label(head.folded)
                if hit is None or head.folded[hit.end :].strip(" :.#"):
                    continue
                if fields.resolve_docnum(hit.field, doc_type) != "order_number":
                    continue
                cells = _column_cells(layout, row.index, head)
                values = {fields.parse_identifier(c.text, repair=False) for c in cells}
                if len(values) != 1 or None in values:
                    continue
                value = values.pop()
                if value is None or not re.search(r"\d", value):
                    continue
                first = cells[0]
                out.setdefault("order_number", []).append(
                    Candidate(
                        "order_number",
                        value,
                        layout.page,
                        first.bbox_of(0, len(first.text)),
                        sources[layout.page],
                        "grid",
                        prior=0.4,
                        ocr_conf=min(c.confidence for c in cells) if first.ocr else 1.0,
                        label_rank=1,
                        order=order,
                        cap=MID_CAP,
                        notes=[head.text, ORDER_COLUMN_NOTE],
                    )
                )
                return


# the most a value read from a table's column, not a header field's label, may be trusted
MID_CAP = UNCONFIRMED_CAP


def _column_cells(layout: PageLayout, head_row: int, head: Segment) -> list[Segment]:
    """The cells under ``head`` in the rows after its own: on each row, the segment that
    overlaps the head's span (a cell may be wider than its head, or right-aligned under it),
    until a row that has cells beside the column but none in it."""
    cells: list[Segment] = []
    x0, x1 = head.x0 - 12, head.x1 + 12
    for row in layout.rows[head_row + 1 : head_row + 1 + _COLUMN_ROWS]:
        under = [s for s in row.segments if min(s.x1, x1) - max(s.x0, x0) > 0]
        if len(under) > 1:
            break
        if under and re.search(r"\d", under[0].text) and len(under[0].words) <= 2:
            cells.append(under[0])
        elif len(row.segments) >= 3 and not under:
            continue  # a row of the table whose cell is empty
        elif under:
            break  # words under the column: the table ended, or a wrapped description
    return cells


# a number found by its place, its label unread: a clerk confirms it
POSITION_NUMBER_NOTE = "a header number, its label unread"
_ID_SHAPE = re.compile(r"^(?=[A-Za-z0-9./_-]*\d)[A-Za-z0-9][A-Za-z0-9./_-]{2,28}[A-Za-z0-9]$")


def _unread_label(layout: PageLayout, seg: Segment) -> str | None:
    """The words that label the value ``seg`` holds alone: the segment just left of it on
    its row, else the one right above it (a header grid); None when there is none or when
    a vocabulary reads it (its value is that label's to give)."""
    label = _label_of(layout, seg, 0)
    if not label or not _LABEL_LIKE.match(label):
        return None
    if match_header_label(fold(label)) is not None:
        return None
    return label


def numbers_by_position(doc: Reading, out: Candidates) -> None:
    """The document's number when no label gave one ("Beleg | Tag" over "RE-2025-0418 |
    14/03/2025", a grid in a sender's own words): the first identifier printed alone under or
    beside an unread label in the head of page 1, that no other field's label took and that
    is not a date, a postcode, a phone or street number. Capped: place never makes it sure."""
    layouts, sources, lines = doc.layouts, doc.sources, doc.lines
    if not layouts or any(c.vetoed is None for c in out.get("document_number", [])):
        return
    from extraction.constraints import page_numbers_of_other_kinds

    first = layouts[0]
    spans = table_spans(lines).get(first.page, [])
    limit = min(t for t, _b in spans) - 1 if spans else first.height * 0.45
    taken = {c.value for cands in out.values() for c in cands}
    others = page_numbers_of_other_kinds([first])
    for order, seg in enumerate(first.segments):
        if seg.top >= limit:
            break
        text = seg.text.strip(" :#")
        if not _ID_SHAPE.match(text) or text in taken or text in others or find_dates(text):
            continue
        if re.fullmatch(r"\d{1,3}", text) or _AMOUNT.search(text):
            continue
        if any(_AMOUNT.search(o.text) for o in first.rows[seg.row].segments):
            continue  # a row of a table of other documents and their amounts
        label = _unread_label(first, seg)
        if label is None or reference_concepts.names_another_matter(label, doc.doc_type):
            continue  # a contract's, a tender's, the buyer's order's number: not the document's
        out.setdefault("document_number", []).append(
            Candidate(
                "document_number",
                text,
                first.page,
                seg.bbox_of(0, len(seg.text)),
                sources[first.page],
                "position",
                prior=POSITION_DATE_PRIOR,
                ocr_conf=seg.ocr_confidence,
                order=order,
                cap=POSITION_DATE_CAP,
                notes=[POSITION_NUMBER_NOTE, label],
            )
        )
        return  # the first one: a document's own number is printed before the others


# a date found by its place, its label unread: a clerk confirms it
POSITION_DATE_CAP = UNCONFIRMED_CAP
POSITION_DATE_PRIOR = 0.25
POSITION_NOTE = "a header date, its label unread"
# the kinds of document whose second date is when the goods come
_DELIVERY_KINDS = ("purchase_order", "order_confirmation", "delivery_note")
# a label is a few words ("Belegdatum", "Valable jusqu'au", "Issue Date -"), not a sentence
_LABEL_LIKE = re.compile(r"^[^\W\d_][^\d]{0,38}$")
_AMOUNT = re.compile(r"\d[.,]\d{2}(?!\d)")


class HeaderDate(NamedTuple):
    """A date printed in the head of page 1, and what labels it."""

    value: str
    alt: str | None  # the month-first reading of an ambiguous numeric date
    seg: Segment
    start: int
    end: int
    label: str  # the words before it, beside it or above it ("" when none)
    known: bool  # is that label one the vocabulary reads (any field's)?
    order: int


def _label_of(layout: PageLayout, seg: Segment, start: int) -> str:
    """The words that label the date at ``start`` of ``seg``: the text before it in its
    segment, else the segment just left of it on its row, else the one right above it (a
    header grid, labels over values)."""
    before = seg.text[:start].strip(" :-–—|")
    if before:
        return before
    row = layout.rows[seg.row].segments
    left = [s for s in row if s.x1 <= seg.x0 + 1]
    beside = left[-1].text.strip(" :-–—|") if left else ""
    if beside and _LABEL_LIKE.match(beside) and seg.x0 - left[-1].x1 < 12 * layout.line_height:
        return beside
    if seg.row > 0:
        above = layout.rows[seg.row - 1]
        if seg.top - above.bottom < 2.5 * layout.line_height:
            for s in above.segments:
                if x_overlap(s, seg) > 0:
                    return s.text.strip(" :-–—|")
    return beside


def _in_a_table(layout: PageLayout, seg: Segment) -> bool:
    """Is ``seg`` a cell of a table of amounts (the invoices a payment advice or a reminder
    lists): a row with an amount, and a date in the same column on a row next to it?"""
    if not any(_AMOUNT.search(s.text) for s in layout.rows[seg.row].segments):
        return False
    for r in layout.rows[max(0, seg.row - 2) : seg.row + 3]:
        if r.index == seg.row:
            continue
        for s in r.segments:
            if x_overlap(s, seg) > 0 and find_dates(s.text):
                return True
    return False


def header_dates(layouts: list[PageLayout], lines: list[LineItem]) -> list[HeaderDate]:
    """The dates printed in the head of page 1 (above its line table, else its upper half),
    one to a segment, outside tables and sentences, each with its label."""
    if not layouts:
        return []
    first = layouts[0]
    spans = table_spans(lines).get(first.page, [])
    limit = min(t for t, _b in spans) - 1 if spans else first.height * 0.5
    out: list[HeaderDate] = []
    for order, seg in enumerate(first.segments):
        if seg.top >= limit:
            continue
        found = find_dates(seg.text)
        if len(found) != 1 or _in_a_table(first, seg):
            continue  # a period ("du 01/03 au 31/03"), a table's cell
        value, start, end = found[0]
        label = _label_of(first, seg, start)
        if label and not _LABEL_LIKE.match(label):
            continue  # a sentence, a number, an address
        if seg.text[end:].strip(" .") and not _LABEL_LIKE.match(seg.text[end:].strip(" .")):
            continue
        read = match_header_label(fold(label)) if label else None
        # a known label is the whole of it: "Invoice" of "Invoice Date" names no date
        known = read is not None and not fold(label)[read.end :].strip(" :.-#")
        # a bare "Livraison" names a date only by the date's shape: its date stays unread
        known = known and fields.WEAK_LABEL.fullmatch(fold(label)) is None
        printed = seg.text[start:end]
        us = find_dates(printed, month_first=True) if ambiguous(printed) else []
        alt = us[0][0].isoformat() if us and us[0][0] != value else None
        out.append(HeaderDate(value.isoformat(), alt, seg, start, end, label, known, order))
    return out


def dates_by_position(doc: Reading, out: Candidates) -> None:
    """Dates whose labels no vocabulary reads ("Belegdatum", "Valable jusqu'au", a grid's
    headings in another tongue), for the date fields no label gave: the document's date is
    the first of the head's dates (the earliest the likelier); on an order or a delivery note
    the one other date after it is when the goods come (never when to pay: see below).
    Capped: place alone never makes a date sure."""
    layouts, sources, lines, doc_type = doc.layouts, doc.sources, doc.lines, doc.doc_type
    page = layouts[0].page
    # a date another date's label already reads ("Livraison : 28/03/2025") is that field's
    taken = [
        c.bbox
        for name in fields.DATE_FIELDS
        if name != "document_date"
        for c in out.get(name, [])
        if c.origin != "position" and c.page == page and c.bbox is not None
    ]

    def unread_of(found: list[HeaderDate]) -> list[HeaderDate]:
        return [
            d
            for d in found
            if not d.known
            and not any(boxes_overlap(d.seg.bbox_of(d.start, d.end), box) for box in taken)
        ]

    found = header_dates(layouts, lines)
    unread = unread_of(found)
    if not unread:
        return
    values = sorted({d.value for d in found})

    def add(name: str, d: HeaderDate, prior: float, note: str) -> None:
        notes = [POSITION_NOTE, note]
        cand = read_in(
            d.seg,
            (d.start, d.end),
            sources,
            name,
            d.value,
            "position",
            prior,
            d.order,
            notes,
            cap=POSITION_DATE_CAP,
        )
        out.setdefault(name, []).append(cand)
        if d.alt is not None:
            out[name].append(month_first(cand, d.alt, notes))

    if not out.get("document_date"):
        for i, d in enumerate(unread):
            prior = POSITION_DATE_PRIOR + 0.05 * (i == 0) + 0.05 * (d.value == values[0])
            add("document_date", d, prior, "first of the head's dates" if i == 0 else "")
    # when to pay is read only where the page says it (a due date's label, "à régler le"
    # in a sentence): an invoice's other date of unread label is as often its delivery, its
    # order's or its period's date, and most documents print no due date at all
    name = "delivery_date" if doc_type in _DELIVERY_KINDS else None
    if name is None or out.get(name):
        return
    values = sorted({d.value for d in found})
    later = [d for d in unread if d.value > values[0]]
    if len(values) == 2 and len(later) == 1:
        add(name, later[0], POSITION_DATE_PRIOR, "the document's other date, after the first")
    elif len(values) == 1 and len(found) == 2 and found[1] in unread:
        # "Invoice date 13.03 | Due 13.03": the second date printed, the same day
        add(name, found[1], POSITION_DATE_PRIOR, "the document's other date, the same day")


# a dispatch label: the day the goods left, which a delivery note is made on
_DISPATCH = re.compile(r"\b(?:ship(?:ped|ping)?|dispatch(?:ed)?|despatch(?:ed)?|expedi\w*)\b")


def dispatch_dates_own(out: Candidates) -> None:
    """A delivery note that prints no date of its own but the day it was shipped is dated
    that day: the dispatch date is the document's date, not a delivery date to come."""
    from extraction.parse.text import fold

    if out.get("document_date"):
        return
    shipped = [c for c in out.get("delivery_date", []) if _DISPATCH.search(fold(c.notes[0]))]
    if not shipped:
        return
    for c in shipped:
        out["delivery_date"].remove(c)
        c.field = "document_date"
        c.notes.append("the dispatch date of a delivery note without a date of its own")
        # read as the document's date by its kind, not its label
        c.cap = min(c.cap, UNCONFIRMED_CAP)
        out.setdefault("document_date", []).append(c)
    if not out["delivery_date"]:
        del out["delivery_date"]


class PrintedAmount(NamedTuple):
    """An amount printed on the page, where, and its place in reading order."""

    value: Decimal
    page: int
    bbox: BBox
    order: int
    source: Source
    ocr_conf: float
    # printed in the row of the last line item read: the totals, when the table's end was
    # not seen (its totals labels unread) and their row was taken for one more item
    last_line: bool = False


# a number followed by a percent sign is a rate, not an amount
_RATE_AFTER = re.compile(r"^\s*%")


def amounts_under_table(
    layouts: list[PageLayout], lines: list[LineItem], language: str
) -> tuple[list[PrintedAmount], bool]:
    """The amounts with cents printed after the start of the line table and outside its
    rows (a page of rows may be followed by another, a stray row read in a footer), where a
    document's totals are; with no line read, those of the lower part of the last page. The
    flag says whether the region was bounded by read lines."""
    from extraction import totals

    spans = table_spans(lines)
    kept = totals.items(lines)  # the bare rows ending the table may be its totals
    if spans:
        page = min(spans)
        below = min(t for t, _b in spans[page])
    elif layouts:
        page = layouts[-1].page
        below = 0.0
    else:
        return [], False
    out: list[PrintedAmount] = []
    order = 0
    last = lines[-1] if lines and lines[-1].page is not None and lines[-1].bbox else None
    if len(kept) < len(lines):
        last = None  # the last rows are bare: their amounts are read as the totals'
    spans = table_spans(kept)
    for layout in layouts:
        for seg in layout.segments:
            order += 1
            if layout.page < page or (layout.page == page and seg.top < below - 1):
                continue
            middle = (seg.top + seg.bottom) / 2
            in_last = (
                last is not None
                and last.bbox is not None
                and layout.page == last.page
                and last.bbox[1] - 1 <= middle <= last.bbox[3] + 1
            )
            if not in_last and any(t - 1 <= middle <= b + 1 for t, b in spans.get(layout.page, [])):
                continue  # a line item's cell
            if not re.search(r"\d[.,]\d{2}(?!\d)", seg.text):
                continue
            for v, s, e in find_amounts(seg.text, language):
                if _RATE_AFTER.match(seg.text[e:]) or not re.search(r"[.,]\d{2}$", seg.text[s:e]):
                    continue
                out.append(
                    PrintedAmount(
                        abs(v),
                        layout.page,
                        seg.bbox_of(s, e),
                        order,
                        "ocr" if seg.ocr else "text",
                        seg.ocr_confidence,
                        in_last,
                    )
                )
    return out, bool(spans)
