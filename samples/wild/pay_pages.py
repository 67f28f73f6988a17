"""Pages of the payment-block development families (``pay_families.py``).

A ``TermsPage`` (terms_pages.py: the blocks page with the document's own date style) whose
payment terms, means, due date and amount due are set after the totals: on footer lines
of their own, in captioned boxes, or in a small table of payment. Every field goes through
``Printed.put`` (the truth is what is printed); the means and the amount due are printed
and are no field.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from decimal import Decimal

from samples.wild.content import Doc
from samples.wild.families import Family
from samples.wild.page import caption_grids, esc
from samples.wild.pay_families import PAY_MEANS, PAY_NAMES, PAY_TERMS, PAY_WORDS
from samples.wild.terms_pages import TermsPage

PAY_RENDERERS = PAY_NAMES

_CSS = """
.pf-foot {{ font-size: 0.82em; margin-top: 4mm; }}
.pf-foot p {{ margin: 1mm 0; }}
.pb-boxes {{ display: flex; gap: 3mm; margin: 4mm 0 2mm 0; flex-wrap: wrap; }}
.pb-boxes div.bx {{ border: 0.7pt solid {acc}; padding: 1mm 2mm; min-width: 26mm; }}
.pb-boxes .cap {{ font-size: 0.72em; color: {acc}; }}
.pb-boxes .val {{ white-space: nowrap; }}
table.pt {{ border-collapse: collapse; margin: 4mm 0 2mm 0; }}
table.pt th {{ border-bottom: 1pt solid {acc}; font-size: 0.78em; text-align: left;
  padding: 0.6mm 2mm; color: {acc}; }}
table.pt td {{ padding: 0.8mm 2mm; white-space: nowrap; border-bottom: 0.4pt solid #aaa; }}
"""

Pair = tuple[str, str]


def _day_terms_give(issued: dt.date, terms: str) -> dt.date | None:
    """The day plain terms come to: N days after the date, or the date itself for terms
    at receipt or cash; None for the others (end of month, discounts)."""
    low = terms.lower()
    if any(w in low for w in ("fdm", "fin de mois", "eom", "escompte")):
        return None
    if any(w in low for w in ("réception", "receipt", "comptant", "advance")):
        return issued
    days = re.search(r"(\d{1,3})", low)
    return issued + dt.timedelta(days=int(days.group(1))) if days else None


class PayPage(TermsPage):
    """A page of one of the ``pay_families`` families."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        d = self.d
        if d.payment_terms or rng.random() < 0.5:
            d.payment_terms = rng.choice(PAY_TERMS[self.lang])
        self.means = rng.choice(PAY_MEANS[self.lang])
        # an amount due that is not the invoice's total: a deposit already paid, or an
        # earlier balance carried, on an invoice that has neither yet
        plain_due = (
            d.kind == "invoice" and d.priced and d.deposit is None and d.previous_balance is None
        )
        if plain_due and rng.random() < 0.3:
            d.deposit = (d.total_gross * Decimal(rng.choice([10, 20, 30])) / 100).quantize(
                Decimal("0.01")
            )
        elif plain_due and rng.random() < 0.25:
            # an amount due that carries an earlier balance
            d.previous_balance = Decimal(rng.randint(1000, 300000)) / 100
        # most senders print the day their terms come to
        if d.due_date is not None and d.payment_terms and rng.random() < 0.7:
            d.due_date = _day_terms_give(d.date, d.payment_terms) or d.due_date
        # the due date in words now and then, whatever the page's other dates
        self.due_words = rng.random() < 0.4

    def pw(self, key: str) -> str:
        return self.drawn_once(f"__pay_{key}", PAY_WORDS[self.lang][key])

    def due(self) -> str:
        d = self.d
        assert d.due_date is not None
        if self.due_words:
            from samples.wild.formats import format_date

            style = "w_mdy" if "mdy" in self.s.date_style else "w_dmy"
            return self.out.put(
                "due_date", d.due_date.isoformat(), format_date(d.due_date, style, self.lang)
            )
        return self.when("due_date", d.due_date)

    def amount_due(self) -> str:
        d = self.d
        return self.money(d.total_gross - (d.deposit or 0) + (d.previous_balance or 0))

    def captions(self) -> tuple[str, str]:
        """(the terms' caption, the means' caption), never the same word."""
        terms = self.pw("terms_cap")
        means = self.pw("means_cap")
        while means == terms or means.split()[0] == terms.split()[0]:
            means = self.rng.choice(PAY_WORDS[self.lang]["means_cap"])
        return terms, means

    # the three structures -------------------------------------------------------------
    def footer_block(self) -> str:
        d, rng = self.d, self.rng
        lines: list[str] = []
        terms = self.terms_value() if d.payment_terms else ""
        due = self.due() if d.due_date and d.kind == "invoice" and rng.random() < 0.7 else ""
        shape = rng.choice(["alone", "item", "soit"])
        if terms and shape == "alone":
            lines.append(terms)
        elif terms and shape == "item":
            bits = [terms, self.phrase("penalty")]
            rng.shuffle(bits)
            lines.append(" – ".join(bits))
        elif terms:
            if due:
                word = "soit le" if self.lang == "fr" else "i.e. by"
                lines.append(f"{terms}, {word} {due}.")
                due = ""
            else:
                lines.append(f"{terms}.")
        if d.kind != "quotation":
            lines.append(
                f"{self.captions()[1]} : {self.means}"
                if self.lang == "fr"
                else f"{self.captions()[1]}: {self.means}"
            )
        if due:
            lines.append(self.pw("due_sentence").replace("{d}", due))
        if (d.deposit or d.previous_balance) and rng.random() < 0.6:
            # the amount due said again in a sentence: not the invoice's total
            said = self.pw("deposit_said" if d.deposit else "balance_said")
            lines.append(said.replace("{a}", self.amount_due()))
        lines.append(self.phrase("thanks"))
        return "<div class='pf-foot'>" + "".join(f"<p>{esc(t)}</p>" for t in lines) + "</div>"

    def boxes_block(self) -> str:
        d = self.d
        terms_cap, means_cap = self.captions()
        cells: list[Pair] = []
        if d.payment_terms:
            cells.append((terms_cap, self.terms_value()))
        if d.kind != "quotation":
            cells.append((means_cap, self.means))
        if d.due_date and d.kind == "invoice" and terms_cap != "Échéance":
            cells.append((self.pw("due_cap"), self.due()))
        if d.priced and d.kind == "invoice" and self.rng.random() < 0.5:
            cells.append((self.pw("amount_cap"), self.amount_due()))
        self.rng.shuffle(cells)
        boxes = "".join(
            f"<div class='bx'><div class='cap'>{esc(c)}</div><div class='val'>{esc(v)}</div></div>"
            for c, v in cells
        )
        return f"<div class='pb-boxes'>{boxes}</div>"

    def table_block(self) -> str:
        d = self.d
        terms_cap, means_cap = self.captions()
        if terms_cap == "Échéance":
            terms_cap = "Conditions"
        cols: list[Pair] = []
        if d.payment_terms:
            cols.append((terms_cap, self.terms_value()))
        if d.kind != "quotation":
            cols.append((means_cap, self.means))
        if d.due_date and d.kind == "invoice":
            head = "Échéance" if self.lang == "fr" else self.pw("due_cap")
            cols.append((head, self.due()))
        if d.priced and d.kind == "invoice":
            cols.append((self.pw("amount_cap"), self.amount_due()))
        if not cols:
            return ""
        return caption_grids(cols, len(cols), "pt")

    # page ---------------------------------------------------------------------------------
    def body(self) -> str:
        d, r = self.d, self.f.renderer
        lh = self.letterhead()
        pr = self.window_row()
        title = f"<h1 class='title'>{esc(self.title())} {esc(self.number())}</h1>"
        day = self.when("document_date", d.date, main=True)
        refs = " · ".join(f"{lab} {val}" for lab, val in self.references())
        head = f"{title}<div>{esc(self.w('date_head'))} : {esc(day)}</div>"
        head += f"<div>{esc(refs)}</div>" if refs else ""
        main = self.table() + (self.totals() if d.priced else "")
        if d.priced and (d.deposit is not None or d.previous_balance is not None):
            # the totals print the deposit and the balance with their currency
            self.out.put("currency", d.currency, self.currency_shown())
        if r == "pay_footer":
            end = self.footer_block()
        elif r == "pay_boxes":
            end = self.boxes_block()
        else:
            end = self.table_block()
        return self.with_legal(f"{lh}{head}{pr}{main}{end}{self.notes()}")

    def css(self) -> str:
        return super().css() + _CSS.format(acc=self.o["accent"])
