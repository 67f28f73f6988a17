"""Pages of the rival-value development families (``rival_families.py``).

A ``TermsPage`` (the blocks page with the document's own date style) whose header values
stand beside look-alikes printed under other captions: the quotation's, the delivery
note's, the contract's and the account's numbers beside (or instead of) the customer's
order number; the order's and the printing's dates beside (or instead of) a delivery
date; a statement of totals whose total before a discount, deposit and balance are no
gross total; payment conditions whose means, late-payment and early-payment sentences are
no payment terms. Every field goes through ``Printed.put`` (the truth is what is printed);
the rivals are printed and are no field.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from samples.wild.content import Doc
from samples.wild.families import Family
from samples.wild.page import esc, totals_table
from samples.wild.rival_families import RIVAL_MEANS, RIVAL_NAMES, RIVAL_TERMS, RIVAL_WORDS
from samples.wild.terms_pages import TermsPage

RIVAL_RENDERERS = RIVAL_NAMES

_CSS = """
ol.rv-docket {{ columns: 2; column-gap: 8mm; margin: 3mm 0 4mm 0; padding-left: 6mm;
  border-left: 1.2pt solid {acc}; }}
ol.rv-docket li {{ margin: 0.4mm 0; }}
ol.rv-docket .k {{ color: {acc}; }}
.rv-run {{ margin: 1mm 0 3mm 0; font-size: 0.9em; }}
.rv-cond {{ font-size: 0.85em; margin-top: 4mm; }}
.rv-cond p {{ margin: 1mm 0; }}
ul.rv-clauses {{ font-size: 0.85em; margin-top: 4mm; }}
"""

Pair = tuple[str, str]
CENT = Decimal("0.01")


def _ref(rng: random.Random, prefix: str) -> str:
    """A reference number of the shape senders give their own papers."""
    shape = rng.choice(["{p}-{y}-{n}", "{p}{n}", "{n}", "{p}/{n}"])
    return (
        shape.replace("{p}", prefix)
        .replace("{y}", str(rng.randint(2023, 2026)))
        .replace("{n}", str(rng.randint(10000, 999999)))
    )


class RivalPage(TermsPage):
    """A page of one of the ``rival_families`` families."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        d = self.d
        # the true values often absent: the rivals are then the only candidates
        if rng.random() < 0.4:
            d.order_number = None
        if rng.random() < 0.65:
            d.delivery_date = None
        if rng.random() < 0.35:
            d.payment_terms = None
        elif d.kind in ("invoice", "order_confirmation", "quotation"):
            d.payment_terms = rng.choice(RIVAL_TERMS[self.lang])
        if d.kind != "invoice" or rng.random() < 0.3:
            d.due_date = None
        elif d.due_date is None or d.due_date < d.date:
            d.due_date = d.date + dt.timedelta(days=rng.choice([15, 30, 45]))
        # look-alikes: every document prints some of them
        self.rivals: list[Pair] = []
        for key, prefix in (("quote", "DV"), ("dnote", "BL"), ("contract", "CT")):
            # another paper than the document itself (a quotation prints no other quote)
            own = {"quote": "quotation", "dnote": "delivery_note"}.get(key)
            if d.kind != own and rng.random() < 0.55:
                self.rivals.append((self.rw(key), _ref(rng, prefix)))
        if rng.random() < 0.5:
            # the sender's number in the customer's books: no customer number
            self.rivals.append((self.rw("vendor"), str(rng.randint(100000, 9999999))))
        self.order_day = d.date - dt.timedelta(days=rng.randint(3, 40))
        self.printed_day = d.date + dt.timedelta(days=rng.randint(0, 3))
        self.means = rng.choice(RIVAL_MEANS[self.lang])
        self.pct = rng.choice(["1", "1,5", "2", "3"] if self.lang == "fr" else ["1", "1.5", "2"])
        self.disc_pct = Decimal(rng.choice([3, 5, 8, 10]))
        self.discounted = d.priced and rng.random() < 0.6
        if d.priced and d.kind == "invoice" and rng.random() < 0.5:
            d.deposit = (d.total_gross * Decimal(rng.choice([20, 30, 40])) / 100).quantize(CENT)
            d.previous_balance = None
        self.deposit_day = d.date - dt.timedelta(days=rng.randint(5, 30))

    def rw(self, key: str) -> str:
        return self.drawn_once(f"__rival_{key}", RIVAL_WORDS[self.lang][key])

    def sep(self, label: str) -> str:
        if label.endswith(":") or label.endswith("°"):
            return label
        return f"{label} :" if self.lang == "fr" else f"{label}:"

    # what every structure prints -----------------------------------------------------
    def header_items(self) -> list[Pair]:
        """The document's references and dates with their rivals, in a drawn order."""
        d, rng = self.d, self.rng
        items: list[Pair] = list(self.rivals)
        if d.order_number:
            items.append(
                (self.rw("order"), self.out.put("order_number", d.order_number, d.order_number))
            )
        if d.customer_number:
            cap = self.w("customer_head")
            items.append(
                (cap, self.out.put("customer_number", d.customer_number, d.customer_number))
            )
        if d.kind != "quotation" and rng.random() < 0.8:
            items.append((self.rw("order_date"), self.when(None, self.order_day)))
        if rng.random() < 0.5:
            items.append((self.rw("printed"), self.when(None, self.printed_day)))
        if d.delivery_date:
            items.append((self.rw("delivery"), self.when("delivery_date", d.delivery_date)))
        if d.due_date:
            items.append((self.rw("due"), self.when("due_date", d.due_date)))
        rng.shuffle(items)
        return items

    def conditions(self) -> list[str]:
        """The payment conditions: the terms (if any) among sentences that are not terms."""
        d, rng = self.d, self.rng
        out: list[str] = []
        if d.payment_terms:
            out.append(f"{self.rw('terms')} {self.terms_value()}")
        if d.kind in ("invoice", "order_confirmation"):
            out.append(f"{self.rw('means')} {self.means}")
        out.append(self.rw("late").replace("{p}", self.pct))
        if rng.random() < 0.6:
            out.append(self.rw("early").replace("{p}", self.pct))
        rng.shuffle(out)
        return out

    def statement(self) -> str:
        """Totals as a statement: before discount, discount, net, tax, gross, deposit and
        balance."""
        d = self.d
        rows: list[tuple[str, str, bool]] = []
        if self.discounted:
            before = (d.total_net * 100 / (100 - self.disc_pct)).quantize(CENT)
            rows.append((self.rw("before_discount"), self.s.money(before), False))
            pct = self.s.quantity(self.disc_pct)
            rows.append(
                (self.rw("discount").replace("{p}", pct), self.s.money(d.total_net - before), False)
            )
        rows.append((self.label("total_net"), self.money(d.total_net, "total_net"), False))
        taxes = d.tax_by_rate()
        if len(taxes) == 1:
            (rate,) = taxes
            rows.append((self.tax_label(rate), self.money(d.total_tax, "total_tax"), False))
        else:
            for rate, (_b, t) in taxes.items():
                rows.append((self.tax_label(rate), self.s.money(t), False))
            rows.append((self.label("total_tax"), self.money(d.total_tax, "total_tax"), False))
        rows.append((self.label("total_gross"), self.money(d.total_gross, "total_gross"), True))
        if d.deposit is not None:
            paid = self.rw("deposit_on").replace("{d}", self.when(None, self.deposit_day))
            rows.append((paid, self.s.money(-d.deposit), False))
            rows.append((self.rw("balance"), self.s.money(d.total_gross - d.deposit), True))
        return totals_table(rows, False)

    # the two structures -----------------------------------------------------------------
    def docket(self) -> str:
        d = self.d
        items: list[Pair] = []
        if d.number:
            items.append((self.w(f"no_{d.kind}"), self.number()))
        items.append((self.w("date_head"), self.when("document_date", d.date, main=True)))
        items += self.header_items()
        lis = "".join(
            f"<li><span class='k'>{esc(self.sep(k))}</span> {esc(v)}</li>" for k, v in items
        )
        return f"<ol class='rv-docket'>{lis}</ol>"

    def run_in(self) -> str:
        d = self.d
        head = f"{self.title()} {self.number()}".strip()
        day = self.when("document_date", d.date, main=True)
        refs = " ; ".join(f"{self.sep(k)} {v}" for k, v in self.header_items())
        return (
            f"<h1 class='title'>{esc(head)}</h1><div>{esc(self.w('date_head'))} {esc(day)}</div>"
            f"<div class='rv-run'>{esc(refs)}</div>"
        )

    # page ---------------------------------------------------------------------------------
    def body(self) -> str:
        d, r = self.d, self.f.renderer
        lh = self.letterhead()
        pr = self.window_row()
        if r == "rvl_docket":
            top = f"<h1 class='title'>{esc(self.title())}</h1>{self.docket()}"
        else:
            top = self.run_in()
        main = self.table() + (self.statement() if d.priced else "")
        conds = self.conditions()
        if r == "rvl_docket":
            end = "<div class='rv-cond'>" + "".join(f"<p>{esc(c)}</p>" for c in conds) + "</div>"
        else:
            end = "<ul class='rv-clauses'>" + "".join(f"<li>{esc(c)}</li>" for c in conds) + "</ul>"
        return self.with_legal(f"{lh}{top}{pr}{main}{end}{self.notes()}")

    def css(self) -> str:
        return super().css() + _CSS.format(acc=self.o["accent"])
