"""Pages of the terms-in-the-foot and account-totals families (``settle_families.py``).

A ``TermsPage`` (terms_pages.py: the blocks page with the document's own date style)
whose payment terms are one item of the foot line among bank and registration details, or
a line beside a statement of account's totals; the due date is asked for in a closing
sentence or printed under a caption beside the amount due; the shipping date follows
"shipped"/"expédié". Every field goes through ``Printed.put`` (the truth is what is
printed); the previous balance, the payments received and the amount now due are printed
and are no field: the invoice's total is ``total_gross``.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from decimal import Decimal

from samples.wild.content import Doc
from samples.wild.families import Family
from samples.wild.page import esc, totals_table
from samples.wild.settle_families import SETTLE_NAMES, SETTLE_TERMS, SETTLE_WORDS
from samples.wild.terms_pages import TermsPage

SETTLE_RENDERERS = SETTLE_NAMES

_CSS = """
.st-text p {{ margin: 1.2mm 0; }}
.st-foot {{ font-size: 0.72em; margin-top: 8mm; border-top: 0.5pt solid {acc}; padding-top: 1mm;
  color: #333; }}
.st-terms {{ text-align: right; margin: 1mm 0; }}
.st-terms .cap {{ font-size: 0.75em; color: {acc}; }}
"""


def _day_due(issued: dt.date, terms: str) -> dt.date | None:
    """The day ``terms`` come to from the document's date: N days after it, the date
    itself for terms at receipt or cash; None for terms counted from the end of a month or
    from another day than the document's (receipt of the goods)."""
    low = terms.lower()
    for word, count in (("trente", 30), ("quarante-cinq", 45), ("thirty", 30), ("fifteen", 15)):
        low = low.replace(word, str(count))
    if any(w in low for w in ("fin de mois", "eom", "réception", "days net")):
        return None if re.search(r"\d", low) else issued
    if any(w in low for w in ("receipt", "comptant", "immediate")):
        return issued
    days = re.search(r"(\d{1,3})", low)
    return issued + dt.timedelta(days=int(days.group(1))) if days else None


class SettlePage(TermsPage):
    """A page of one of the ``settle_families`` families."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        d = self.d
        d.payment_terms = rng.choice(SETTLE_TERMS[self.lang]) if rng.random() < 0.85 else None
        if d.kind == "invoice":
            given = _day_due(d.date, d.payment_terms) if d.payment_terms else None
            if given is not None and rng.random() < 0.8:
                d.due_date = given
            elif rng.random() < 0.6:
                d.due_date = d.date + dt.timedelta(days=rng.choice([14, 30, 45]))
            else:
                d.due_date = None
        else:
            d.due_date = None
        self.account = (
            fam.renderer == "stl_account"
            and d.kind == "invoice"
            and d.priced
            and rng.random() < 0.8
        )
        if self.account:
            d.deposit = None
            d.previous_balance = None
            self.previous = Decimal(rng.randint(5000, 400000)) / 100
            paid = rng.choice([self.previous, self.previous / 2, Decimal(0)])
            self.received = paid.quantize(Decimal("0.01"))
        self.sep_word = rng.choice([" · ", " | ", " • "])

    def stw(self, key: str) -> str:
        return self.drawn_once(f"__stl_{key}", SETTLE_WORDS[self.lang][key])

    def colon(self) -> str:
        return " : " if self.lang == "fr" else ": "

    # the pieces ---------------------------------------------------------------------------
    def ship_line(self) -> str:
        d = self.d
        if d.delivery_date is None:
            return ""
        head = self.stw("ship")
        return f"<div>{esc(head)} {esc(self.when('delivery_date', d.delivery_date))}</div>"

    def due_request(self) -> str:
        d = self.d
        if d.due_date is None:
            return ""
        day = self.when("due_date", d.due_date)
        return f"<p>{esc(self.stw('due_request').replace('{d}', day))}</p>"

    def terms_item(self, caption_key: str) -> str:
        cap = self.stw(caption_key)
        t = self.terms_value()
        return f"{cap}{self.colon()}{t}" if cap else t

    def foot_line(self) -> str:
        bits = [b for b in self.legal_bits() if b]
        p = self.d.issuer
        bits.insert(1, f"{self.stw('phone')} {p.phone}")
        if self.d.payment_terms:
            bits.insert(self.rng.randint(1, len(bits)), self.terms_item("foot_caption"))
        return f"<div class='st-foot'>{esc(self.sep_word.join(bits))}</div>"

    def account_totals(self) -> str:
        d = self.d
        rows: list[tuple[str, str, bool]] = [
            (self.label("total_net"), self.money(d.total_net, "total_net", True), False),
            (self.label("total_tax"), self.money(d.total_tax, "total_tax", True), False),
            (self.stw("invoice_total"), self.money(d.total_gross, "total_gross", True), False),
            (self.stw("previous"), self.s.money(self.previous), False),
        ]
        if self.received:
            rows.append((self.stw("received"), self.s.money(-self.received), False))
        due = d.total_gross + self.previous - self.received
        rows.append((self.stw("now_due"), self.s.money(due), True))
        out = totals_table(rows, False)
        if d.due_date is not None:
            day = self.when("due_date", d.due_date)
            out += f"<div class='st-terms'>{esc(self.stw('due_caption'))} {esc(day)}</div>"
        return out

    def terms_under_totals(self) -> str:
        if not self.d.payment_terms:
            return ""
        cap = self.stw("account_caption")
        t = esc(self.terms_value())
        if cap:
            return f"<div class='st-terms'><div class='cap'>{esc(cap)}</div><div>{t}</div></div>"
        return f"<div class='st-terms'>{t}</div>"

    # page ---------------------------------------------------------------------------------
    def body(self) -> str:
        d = self.d
        lh = self.letterhead()
        pr = self.window_row()
        day = self.when("document_date", d.date, main=True)
        title = f"<h1 class='title'>{esc(self.title())} {esc(self.number())}</h1>"
        refs = " · ".join(f"{lab} {val}" for lab, val in self.references())
        head = f"{title}<div>{esc(self.w('date_head'))}{self.colon()}{esc(day)}</div>"
        head += f"<div>{esc(refs)}</div>" if refs else ""
        head += self.ship_line()
        totals = ""
        if d.priced:
            totals = self.account_totals() if self.account else self.totals()
        main = self.table() + totals
        if self.f.renderer == "stl_account":
            main += self.terms_under_totals()
            end = self.due_request() if not self.account else ""
            foot = self.with_legal("")
        else:
            end = self.due_request()
            self._legal = ""
            foot = self.foot_line()
        text = f"<div class='st-text'>{end}</div>"
        return f"{lh}{head}{pr}{main}{text}{self.notes()}{foot}"

    def css(self) -> str:
        return super().css() + _CSS.format(acc=self.o["accent"])
