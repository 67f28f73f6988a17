"""Pages of the dates-and-terms development families (``dates22_families.py``).

A ``Page`` (page.py) whose letterhead, parties, line table and totals are the blocks
family's, whose dates are in one of many real styles (a weekday, an abbreviated month in
capitals, a two-digit year, ISO, dotted, month first on US pages) and stand beside other
dates (the order's, a billing period, a print date), and whose payment terms are a phrase
or a clause in a cell, a footer sentence or beside the means. When the terms give a day
and the page prints a due date, the due date is that day (they agree, as on real pages).
Every field goes through ``Printed.put``; the other dates, the means, the bank details and
the penalties are printed and are no field.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random

from samples.wild.content import Doc
from samples.wild.dates22_families import (
    CLAUSE_DELAYS,
    CLAUSES22,
    DATES22_NAMES,
    TERMS22,
    WORDS22,
    Terms,
)
from samples.wild.dates_families import CITIES
from samples.wild.dates_pages import _FR_ABBR, _WEEKDAYS, _suffix
from samples.wild.families import Family
from samples.wild.formats import MONTHS
from samples.wild.page import Page, caption_grids, esc

DATES22_RENDERERS = DATES22_NAMES

_EU_STYLES = (
    "d_mon_yy",
    "dd_MON_yyyy",
    "dot_yy",
    "iso",
    "weekday_long",
    "weekday_short",
    "slash",
    "dash_yy",
    "d_month_y",
    "dd_Mon_yy",
)
_EN_ONLY = ("mon_ord",)
_US_STYLES = ("us_slash", "us_ord", "us_abbr", "us_short", "us_week")

_CSS = """
.d22-place {{ text-align: right; margin: 2mm 0 3mm 0; }}
table.d22g {{ border-collapse: collapse; margin: 3mm 0; width: 100%; }}
table.d22g th {{ font-size: 0.74em; font-weight: normal; color: {acc}; text-align: left;
  border: 0.5pt solid #999; padding: 0.5mm 1.5mm; }}
table.d22g td {{ border: 0.5pt solid #999; padding: 0.8mm 1.5mm; white-space: nowrap; }}
table.d22l {{ border-collapse: collapse; margin: 3mm 0; }}
table.d22l td {{ padding: 0.5mm 2mm; border: 0.5pt solid #aaa; white-space: nowrap; }}
table.d22l td.k {{ color: {acc}; font-size: 0.85em; }}
table.d22k td {{ padding: 0.2mm 1.5mm 0.2mm 0; white-space: nowrap; }}
.d22-foot {{ margin-top: 5mm; font-size: 0.8em; border-top: 0.5pt solid #888; padding-top: 1mm; }}
.d22-foot p {{ margin: 0.6mm 0; }}
.d22-pay {{ margin-top: 3mm; display: flex; gap: 10mm; white-space: nowrap; }}
.d22-leaders {{ width: 60%; margin: 3mm 0; }}
.d22-lead {{ display: flex; gap: 1mm; }}
.d22-lead span:first-child {{ flex: 1; overflow: hidden; white-space: nowrap; }}
.d22-lead span:first-child::after {{ content: " ........................................"; }}
table.d22s {{ border-collapse: collapse; margin: 3mm 0; }}
table.d22s td.sk {{ text-align: right; padding: 0.6mm 2mm; font-weight: bold; }}
table.d22s td.sv {{ border: 0.5pt solid #777; padding: 0.6mm 2mm; min-width: 30mm;
  white-space: nowrap; }}
.d22-sign {{ margin-top: 6mm; display: flex; justify-content: space-between; }}
"""

Pair = tuple[str, str]


def d22_date(day: dt.date, style: str, lang: str) -> str:
    """``day`` printed in ``style`` (one of ``_EU_STYLES``, ``_EN_ONLY``, ``_US_STYLES``)."""
    month = MONTHS[lang].split()[day.month - 1]
    abbr = _FR_ABBR[day.month - 1] if lang == "fr" else month[:3]
    weekday = _WEEKDAYS[lang][day.weekday()]
    if style == "d_mon_yy":  # 3 mars 25 / 3 Mar 25
        return f"{day.day} {abbr} {day.year % 100:02d}"
    if style == "dd_MON_yyyy":  # 03-MAR-2025 / 03-MARS-2025
        return f"{day.day:02d}-{abbr.rstrip('.').upper()}-{day.year}"
    if style == "dd_Mon_yy":  # 03-Mar-25
        return f"{day.day:02d}-{abbr.rstrip('.').capitalize()}-{day.year % 100:02d}"
    if style == "dot_yy":
        return f"{day:%d.%m.%y}"
    if style == "dash_yy":
        return f"{day:%d-%m-%y}"
    if style == "iso":
        return day.isoformat()
    if style == "slash":
        return f"{day:%d/%m/%Y}"
    if style == "weekday_long":  # lundi 3 mars 2025 / Monday, 3 March 2025
        return (
            f"{weekday} {day.day} {month} {day.year}"
            if lang == "fr"
            else (f"{weekday}, {day.day} {month} {day.year}")
        )
    if style == "weekday_short":  # lun. 03/03/2025 / Mon 03/03/2025
        return f"{weekday[:3]}{'.' if lang == 'fr' else ''} {day:%d/%m/%Y}"
    if style == "d_month_y":
        first = "1er" if lang == "fr" and day.day == 1 else str(day.day)
        return f"{first} {month} {day.year}"
    if style == "mon_ord":  # Mar 3rd, 2025
        return f"{month[:3]} {day.day}{_suffix(day.day)}, {day.year}"
    if style == "us_slash":
        return f"{day:%m/%d/%Y}"
    if style == "us_ord":
        return f"{month} {day.day}{_suffix(day.day)}, {day.year}"
    if style == "us_abbr":
        return f"{month[:3]} {day.day}, {day.year}"
    if style == "us_short":
        return f"{day.month}/{day.day}/{day.year % 100:02d}"
    if style == "us_week":  # Mon, Mar 3, 2025
        return f"{weekday[:3]}, {month[:3]} {day.day}, {day.year}"
    raise ValueError(style)


def day_terms_give(issued: dt.date, terms: Terms) -> dt.date | None:
    """The day ``terms`` come to from ``issued``: N days, then the month's end, then a day
    of the next month; None for terms that give no day (in advance, on delivery)."""
    _text, days, eom, then = terms
    if days is None:
        return None
    day = issued + dt.timedelta(days=days)
    if eom:
        day = day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if then is not None:
        day = day + dt.timedelta(days=then)
    return day


class Dates22Page(Page):
    """A page of one of the ``dates22_families`` families."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        d = self.d
        self.us = self.lang == "en" and (d.issuer.country == "US" or rng.random() < 0.35)
        styles = _US_STYLES if self.us else _EU_STYLES + (_EN_ONLY if self.lang == "en" else ())
        self.style = rng.choice(styles)
        # the terms: a phrase or a clause of paying, on most pages that sell
        sells = d.kind in ("invoice", "order_confirmation", "quotation", "purchase_order")
        self.terms: Terms | None = None
        self.clause = False
        if sells and rng.random() < 0.85:
            if rng.random() < 0.3:
                delay = rng.choice(CLAUSE_DELAYS[self.lang])
                text = rng.choice(CLAUSES22[self.lang]).replace("{t}", delay[0])
                self.terms = (text, delay[1], delay[2], delay[3])
                self.clause = True
            else:
                self.terms = rng.choice(TERMS22[self.lang])
        d.payment_terms = self.terms[0] if self.terms else None
        if d.kind == "invoice" and self.terms is not None:
            given = day_terms_give(d.date, self.terms)
            d.due_date = given if given is not None and rng.random() < 0.75 else None
        elif d.kind != "invoice":
            d.due_date = None
        self.order_date = d.date - dt.timedelta(days=rng.randint(1, 20))
        first = (d.date.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        self.period = (
            (first, first.replace(day=calendar.monthrange(first.year, first.month)[1]))
            if d.kind == "invoice" and rng.random() < 0.4
            else None
        )
        self.printed_on = d.date + dt.timedelta(days=rng.randint(0, 3))
        self.print_shown = rng.random() < 0.3
        self.means = d.payment_means or rng.choice(
            ["Virement", "Chèque", "Carte bancaire", "LCR"]
            if self.lang == "fr"
            else ["Bank transfer", "Check", "Credit card", "BACS"]
        )

    def ww(self, key: str) -> str:
        return self.drawn_once(f"__d22_{key}", WORDS22[self.lang][key])

    def when(self, name: str | None, day: dt.date) -> str:
        shown = d22_date(day, self.style, self.lang)
        return self.out.put(name, day.isoformat(), shown) if name else shown

    def number(self) -> str:
        d = self.d
        return self.out.put("document_number", d.number, d.number) if d.number else ""

    def terms_value(self) -> str:
        t = self.d.payment_terms or ""
        return self.out.put("payment_terms", t, t)

    def terms_prose(self) -> str:
        """The terms in a footer sentence: a clause of its own, or introduced."""
        t = self.terms_value()
        if self.clause:
            return f"{t[0].upper()}{t[1:]}."
        intro = self.ww("intro")
        if "{m}" in intro and t.split()[0].lower() in ("virement", "lcr", "traite"):
            intro = WORDS22[self.lang]["intro"][0]  # the means is in the terms already
        return intro.replace("{t}", t).replace("{m}", self.means.lower())

    def sep(self) -> str:
        return " : " if self.lang == "fr" else ": "

    # what a page prints beside its own date --------------------------------------------
    def items(self, with_own: bool = True, with_terms: bool = False) -> list[Pair]:
        """Label and value of every header item: number, dates, references, period."""
        d = self.d
        out: list[Pair] = []
        if d.number:
            out.append((self.number_label(), self.number()))
        if with_own:
            out.append((self.ww("own"), self.when("document_date", d.date)))
        rest: list[Pair] = []
        if d.order_number:
            order = self.out.put("order_number", d.order_number, d.order_number)
            rest.append((self.label("order_number"), order))
            if d.kind != "purchase_order" and self.rng.random() < 0.6:
                rest.append((self.ww("order"), self.when(None, self.order_date)))
        if d.customer_number:
            num = self.out.put("customer_number", d.customer_number, d.customer_number)
            rest.append((self.label("customer_number"), num))
        if d.delivery_date is not None:
            rest.append((self.ww("delivery"), self.when("delivery_date", d.delivery_date)))
        if self.period:
            a, b = (self.when(None, x) for x in self.period)
            rest.append(
                (self.ww("period"), self.ww("period_value").replace("{a}", a).replace("{b}", b))
            )
        if d.kind == "quotation" and d.valid_until:
            valid = "Validité" if self.lang == "fr" else "Valid until"
            rest.append((valid, self.when(None, d.valid_until)))
        if self.print_shown:
            rest.append((self.ww("printed"), self.when(None, self.printed_on)))
        if d.due_date is not None:
            rest.append((self.ww("due"), self.when("due_date", d.due_date)))
        if with_terms and d.payment_terms:
            rest.append((self.ww("terms"), self.terms_value()))
        self.rng.shuffle(rest)
        return out + rest

    def bank_line(self) -> str:
        d = self.d
        if d.iban:
            bic = f" BIC {d.bic}" if d.bic else ""
            return f"{self.ww('bank')}{self.sep()}IBAN {self.iban()}{bic}"
        return f"{self.ww('bank')}{self.sep()}{self.rng.randint(10**8, 10**9)}"

    def penalties(self) -> list[str]:
        pool = list(WORDS22[self.lang]["penalties"])
        self.rng.shuffle(pool)
        return pool[: self.rng.randint(1, 3)]

    # the four structures ----------------------------------------------------------------
    def cells(self) -> str:
        items = self.items(with_terms=True)
        if self.rng.random() < 0.5:
            return caption_grids(items, self.rng.choice([4, 5, 6]), "d22g")
        rows = "".join(f"<tr><td class='k'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in items)
        return f"<table class='d22l'>{rows}</table>"

    def place_line(self) -> str:
        city = self.rng.choice(CITIES[self.lang])
        own = self.when("document_date", self.d.date)
        text = self.ww("place").replace("{c}", city).replace("{d}", own)
        return f"<div class='d22-place'>{esc(text)}</div>"

    def foot(self) -> str:
        d, lines = self.d, []
        if d.payment_terms:
            lines.append(self.terms_prose())
        if d.kind in ("invoice", "order_confirmation") and self.rng.random() < 0.7:
            lines.append(self.bank_line())
        if d.kind == "invoice":
            lines += self.penalties()
        self.rng.shuffle(lines)
        return "<div class='d22-foot'>" + "".join(f"<p>{esc(x)}</p>" for x in lines) + "</div>"

    def key_block(self) -> str:
        rows = "".join(
            f"<tr><td>{esc(k)}</td><td>:</td><td>{esc(v)}</td></tr>" for k, v in self.items()
        )
        return f"<table class='d22k'>{rows}</table>"

    def pay_row(self) -> str:
        d, bits = self.d, []
        if d.payment_terms:
            bits.append(f"{self.ww('terms')}{self.sep()}{self.terms_value()}")
        if d.kind not in ("delivery_note", "purchase_order"):
            bits.append(f"{self.ww('means')}{self.sep()}{self.means}")
        if not bits:
            return ""
        return "<div class='d22-pay'>" + "".join(f"<div>{esc(b)}</div>" for b in bits) + "</div>"

    def note_head(self) -> tuple[str, str]:
        """The title line; the own date in a sentence under it or above the signature."""
        d = self.d
        title = f"<h1 class='title'>{esc(self.title())} {esc(self.number())}</h1>"
        own = self.when("document_date", d.date)
        refs = [f"{lab} {val}" for lab, val in self.items(with_own=False)[1 if d.number else 0 :]]
        lines = "".join(f"<div>{esc(r)}</div>" for r in refs)
        at_sign = self.rng.random() < 0.5
        city = self.rng.choice(CITIES[self.lang])
        if at_sign:
            place = self.ww("place").replace("{c}", city).replace("{d}", own)
            sign = (
                f"<div class='d22-sign'><div>{esc(place)}</div>"
                f"<div>{esc(self.ww('sign'))}</div></div>"
            )
            return title + lines, sign
        sentence = self.ww("own_sentence").replace("{d}", own)
        return f"{title}<p>{esc(sentence)}</p>{lines}", ""

    # d22_combo and d22_sheet ------------------------------------------------------------
    def combo(self) -> str:
        """The head of a ``d22_combo`` page in one of its shapes, the terms beside it."""
        d = self.d
        shape = self.rng.choice(["num_date", "time", "leaders", "upper", "odd_label"])
        if shape == "num_date" and not d.number:
            shape = "leaders"
        up = shape == "upper"
        if up and d.payment_terms:
            d.payment_terms = d.payment_terms.upper()
        items = self.items(with_own=shape not in ("num_date", "time", "odd_label"))
        if d.number and shape in ("num_date", "time", "odd_label"):
            items = items[1:]
        own = self.when("document_date", d.date)
        if shape == "num_date":
            items.insert(0, (self.ww("num_date"), f"{self.number()} / {own}"))
        elif shape == "time":
            t = f"{self.rng.randint(7, 18):02d}:{self.rng.randint(0, 59):02d}"
            at = self.ww("at_time").replace("{d}", own).replace("{t}", t)
            items[:0] = [(self.number_label(), self.number())] if d.number else []
            items.insert(1 if d.number else 0, (self.ww("own"), at))
        elif shape == "odd_label":
            items[:0] = [(self.number_label(), self.number())] if d.number else []
            items.insert(1 if d.number else 0, (self.ww("odd_own"), own))
        terms_at = self.rng.choice(["brackets", "grid", "row"])
        due = next((i for i, (k, _v) in enumerate(items) if k == self.ww("due")), None)
        if d.payment_terms and terms_at == "brackets" and due is not None:
            k, v = items[due]
            items[due] = (k, f"{v} ({self.terms_value()})")
        elif d.payment_terms:
            items.append((self.ww("terms"), self.terms_value()))
        if up:
            items = [(k.upper(), v) for k, v in items]
        if shape == "leaders":
            rows = "".join(
                f"<div class='d22-lead'><span>{esc(k)}</span><span>{esc(v)}</span></div>"
                for k, v in items
            )
            return f"<div class='d22-leaders'>{rows}</div>"
        if terms_at == "grid" or shape == "num_date":
            return caption_grids(items, self.rng.choice([3, 4, 5]), "d22g")
        sep = self.sep()
        return "".join(f"<div>{esc(k)}{sep}{esc(v)}</div>" for k, v in items)

    def sheet(self) -> str:
        """Label cells right-aligned beside value cells, two pairs a row."""
        if self.d.payment_terms and self.rng.random() < 0.5:
            self.d.payment_terms = self.d.payment_terms.upper()
        items = self.items(with_terms=True)
        if len(items) % 2:
            items.append(("", ""))
        rows = "".join(
            "<tr>"
            + "".join(
                f"<td class='sk'>{esc(k)}</td><td class='sv'>{esc(v)}</td>"
                for k, v in items[i : i + 2]
            )
            + "</tr>"
            for i in range(0, len(items), 2)
        )
        return f"<table class='d22s'>{rows}</table>"

    def instalments(self) -> str:
        """An invoice's schedule of payments: one row of the due date and the amount."""
        d = self.d
        if d.kind != "invoice" or not d.priced or d.due_date is None or self.rng.random() < 0.5:
            return ""
        head = f"<tr><th>{esc(self.ww('due'))}</th><th>{esc(self.ww('amount'))}</th></tr>"
        day = self.when(None, d.due_date)
        row = f"<tr><td>{esc(day)}</td><td>{esc(self.money(d.total_gross))}</td></tr>"
        title = f"<div><b>{esc(self.ww('instalments'))}</b></div>"
        return f"{title}<table class='d22g' style='width:50%'>{head}{row}</table>"

    def body(self) -> str:
        d, r = self.d, self.f.renderer
        lh = self.letterhead()
        pr = self.window_row()
        main = self.table() + (self.totals() if d.priced else "")
        if r == "d22_cells":
            title = f"<h1 class='title'>{esc(self.title())}</h1>"
            content = f"{lh}{pr}{title}{self.cells()}{main}{self.notes()}"
        elif r == "d22_foot":
            place = self.place_line()
            title = f"<h1 class='title'>{esc(self.title())} {esc(self.number())}</h1>"
            items = self.items(with_own=False)[1 if d.number else 0 :]
            refs = " · ".join(f"{lab} {val}" for lab, val in items)
            content = (
                f"{lh}{place}{pr}{title}<div>{esc(refs)}</div>{main}{self.notes()}{self.foot()}"
            )
        elif r == "d22_combo":
            title = f"<h1 class='title'>{esc(self.title())}</h1>"
            content = f"{lh}{pr}{title}{self.combo()}{main}{self.notes()}"
        elif r == "d22_sheet":
            title = f"<h1 class='title'>{esc(self.title())}</h1>"
            content = f"{lh}{title}{pr}{self.sheet()}{main}{self.instalments()}{self.notes()}"
        elif r == "d22_ledger":
            title = f"<h1 class='title'>{esc(self.title().upper())}</h1>"
            content = f"{lh}{pr}{title}{self.key_block()}{main}{self.pay_row()}{self.notes()}"
        else:
            head, sign = self.note_head()
            terms = ""
            if d.payment_terms:
                terms = f"<p>{esc(self.ww('terms'))}{self.sep()}{esc(self.terms_value())}</p>"
            content = f"{lh}{pr}{head}{main}{terms}{self.notes()}{sign}"
        return self.with_legal(content)

    def css(self) -> str:
        return super().css() + _CSS.format(acc=self.o["accent"])
