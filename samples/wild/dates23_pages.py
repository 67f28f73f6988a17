"""Pages of the dates23 development families (``dates23_families.py``).

A ``Dates22Page`` (its dates beside other dates, its terms and due date agreeing) whose own
date is printed in styles the earlier families do not draw and whose head and terms take
the shapes of ``dates23_families``. Every field goes through ``Printed.put``; print stamps,
order dates, the means and the legal runs are printed and are no field.
"""

from __future__ import annotations

import datetime as dt
import random

from samples.wild.content import Doc
from samples.wild.dates22_pages import Dates22Page, d22_date, day_terms_give
from samples.wild.dates23_families import DATES23_NAMES, TERMS23, WORDS23
from samples.wild.dates_families import CITIES
from samples.wild.dates_pages import _FR_ABBR
from samples.wild.families import Family
from samples.wild.formats import MONTHS
from samples.wild.page import caption_grids, esc

DATES23_RENDERERS = DATES23_NAMES

_EU23 = ("slash_mon", "dot_mon", "glued_mon", "dot", "d_abbr_nodot", "dot_yy_short", "dash_mon")
_US23 = ("us_dash_mon", "us_slash_short", "us_abbr_dot")

_CSS23 = """
table.d23s {{ border-collapse: collapse; margin: 2mm 0; width: 100%; }}
table.d23s th {{ font-size: 0.72em; font-weight: normal; text-align: left; color: {acc};
  border-bottom: 0.5pt solid #777; padding: 0.3mm 1.5mm; }}
table.d23s td {{ padding: 0.6mm 1.5mm; vertical-align: top; }}
.d23-place {{ text-align: right; margin: 1mm 0 4mm 0; }}
.d23-run {{ font-size: 0.82em; margin: 1mm 0 3mm 0; }}
.d23-legal {{ margin-top: 6mm; font-size: 0.72em; text-align: center; color: #444; }}
table.d23k td {{ padding: 0.2mm 2mm 0.2mm 0; white-space: nowrap; }}
.d23-stamp {{ margin-top: 4mm; font-size: 0.7em; display: flex; justify-content: space-between; }}
table.d23t {{ border-collapse: collapse; margin-top: 2mm; }}
table.d23t td {{ border: 0.5pt solid #999; padding: 0.6mm 2mm; }}
"""


def d23_date(day: dt.date, style: str, lang: str) -> str:
    """``day`` in one of the dates23 styles (``_EU23``, ``_US23``)."""
    month = MONTHS[lang].split()[day.month - 1]
    mon = month[:3].capitalize() if lang == "en" else _FR_ABBR[day.month - 1].rstrip(".")
    if style == "slash_mon":  # 03/Mar/2025 / 03/mars/2025
        return f"{day.day:02d}/{mon.capitalize()}/{day.year}"
    if style == "dot_mon":  # 03.Mar.2025
        return f"{day.day:02d}.{mon.capitalize()}.{day.year}"
    if style == "glued_mon":  # 03MAR25
        glued = mon[:4] if mon.lower().startswith("ju") and lang == "fr" else mon[:3]
        return f"{day.day:02d}{glued.upper()}{day.year % 100:02d}"
    if style == "dash_mon":  # 3-Mar-2025
        return f"{day.day}-{mon.capitalize()}-{day.year}"
    if style == "dot":
        return f"{day:%d.%m.%Y}"
    if style == "d_abbr_nodot":  # 3 janv 2025 / 3 Mar 2025
        return f"{day.day} {mon} {day.year}"
    if style == "dot_yy_short":  # 3.3.25
        return f"{day.day}.{day.month}.{day.year % 100:02d}"
    if style == "us_dash_mon":  # Mar-03-2025
        return f"{month[:3]}-{day.day:02d}-{day.year}"
    if style == "us_slash_short":  # 3/3/2025 with a day > 12 somewhere on the page
        return f"{day.month}/{day.day}/{day.year}"
    if style == "us_abbr_dot":  # Sept. 3, 2025
        short = "Sept" if day.month == 9 else month[:3]
        dot = "." if len(month) > 3 else ""
        return f"{short}{dot} {day.day}, {day.year}"
    return d22_date(day, style, lang)


class Dates23Page(Dates22Page):
    """A page of one of the ``dates23_families`` families."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        d = self.d
        self.style = rng.choice(_US23 if self.us else _EU23)
        self.split_terms = False
        if self.terms is not None:
            printed = rng.choice(TERMS23[self.lang])
            self.split_terms = "|" in printed[0]
            self.terms = (printed[0].replace("|", " "), *printed[1:])
            self.terms_break = printed[0]
            self.clause = False
            d.payment_terms = self.terms[0]
            if d.kind == "invoice":
                given = day_terms_give(d.date, self.terms)
                d.due_date = given if given is not None and rng.random() < 0.6 else None
        self.means = rng.choice(WORDS23[self.lang]["means"])

    def w3(self, key: str) -> str:
        return self.drawn_once(f"__d23_{key}", WORDS23[self.lang][key])

    def when(self, name: str | None, day: dt.date) -> str:
        shown = d23_date(day, self.style, self.lang)
        return self.out.put(name, day.isoformat(), shown) if name else shown

    def terms_html(self, breaks: bool) -> str:
        """The terms as printed: the truth's phrase, broken over two lines in a cell."""
        t = self.terms_value()
        if breaks and self.split_terms:
            first, _, rest = self.terms_break.partition("|")
            return f"{esc(first)}<br>{esc(rest)}"
        return esc(t)

    def others(self) -> list[tuple[str, str]]:
        """The other dates and references under abbreviated captions."""
        d, rest = self.d, []
        if d.order_number:
            order = self.out.put("order_number", d.order_number, d.order_number)
            rest.append((self.label("order_number"), order))
            if d.kind != "purchase_order":
                rest.append((self.w3("order_abbr"), self.when(None, self.order_date)))
        if d.delivery_date is not None:
            rest.append((self.w3("delivery_abbr"), self.when("delivery_date", d.delivery_date)))
        if d.due_date is not None:
            rest.append((self.w3("due_abbr"), self.when("due_date", d.due_date)))
        return rest

    def strip(self) -> str:
        d = self.d
        items = []
        if d.number:
            items.append((self.number_label(), self.number()))
        items.append((self.w3("own_bare"), self.when("document_date", d.date)))
        if d.customer_number:
            num = self.out.put("customer_number", d.customer_number, d.customer_number)
            items.append((self.w3("customer"), num))
        items.append((self.w3("page"), "1/1"))
        first = caption_grids(items, len(items), "d23s")
        second = self.others()
        cells = [(esc(k), esc(v)) for k, v in second]
        if d.payment_terms:
            cells.append((esc(self.w3("strip_terms")), self.terms_html(True)))
        if not cells:
            return first
        head = "".join(f"<th>{k}</th>" for k, _ in cells)
        vals = "".join(f"<td>{v}</td>" for _, v in cells)
        return f"{first}<table class='d23s'><tr>{head}</tr><tr>{vals}</tr></table>"

    def letter_place(self) -> str:
        city = self.rng.choice(CITIES[self.lang])
        own = self.when("document_date", self.d.date)
        return f"<div class='d23-place'>{esc(city)}, {esc(own)}</div>"

    def legal_run(self, with_terms: bool) -> str:
        d = self.d
        bits = [self.w3("capital"), self.w3("registry")]
        if with_terms and d.payment_terms:
            bits.append(self.w3("legal_terms").replace("{t}", self.terms_value()))
        pool = list(WORDS23[self.lang]["penalty"])
        self.rng.shuffle(pool)
        bits += pool[: self.rng.randint(1, 2)]
        return f"<div class='d23-legal'>{esc(' – '.join(bits))}</div>"

    def title_with_date(self) -> str:
        d = self.d
        own = self.when("document_date", d.date)
        pattern = self.w3("title_date")
        if not d.number:
            pattern = pattern.split("{n}")[0] + "{d}"
            pattern = pattern.replace("n° ", "").replace("#", "").replace(" DU", " du")
        text = (
            pattern.replace("{t}", self.title()).replace("{n}", self.number()).replace("{d}", own)
        )
        return f"<h1 class='title'>{esc(text)}</h1>"

    def running_line(self) -> str:
        d, bits = self.d, []
        if d.order_number and d.kind != "purchase_order":
            order = self.out.put("order_number", d.order_number, d.order_number)
            bits.append(
                self.w3("order_run")
                .replace("{o}", order)
                .replace("{d}", self.when(None, self.order_date))
            )
        hour = f"{self.rng.randint(7, 19):02d}:{self.rng.randint(0, 59):02d}"
        stamp = (
            self.w3("stamp").replace("{d}", self.when(None, self.printed_on)).replace("{h}", hour)
        )
        bits.append(stamp)
        if d.delivery_date is not None:
            bits.append(f"{self.w3('delivery_abbr')} {self.when('delivery_date', d.delivery_date)}")
        if d.due_date is not None:
            bits.append(f"{self.w3('due_abbr')} {self.when('due_date', d.due_date)}")
        return f"<div class='d23-run'>{esc(' · '.join(bits))}</div>"

    def schedule(self) -> str:
        if not self.d.payment_terms:
            return ""
        return (
            f"<table class='d23t'><tr><td>{esc(self.w3('schedule'))}</td>"
            f"<td>{self.terms_html(False)}</td></tr></table>"
        )

    def stamp_block(self) -> str:
        d = self.d
        items = []
        if d.number:
            items.append((self.number_label(), self.number()))
        items.append((self.w3("own_abbr"), self.when("document_date", d.date)))
        if d.customer_number:
            num = self.out.put("customer_number", d.customer_number, d.customer_number)
            items.append((self.w3("customer"), num))
        items += self.others()
        if d.payment_terms:
            means = self.means if d.kind not in ("delivery_note",) else ""
            value = f"{esc(means)} - {self.terms_html(False)}" if means else self.terms_html(False)
            items.append((self.w3("means_terms"), value))
            rows = "".join(
                f"<tr><td>{esc(k)}</td><td>{v if k == items[-1][0] else esc(v)}</td></tr>"
                for k, v in items
            )
        else:
            rows = "".join(f"<tr><td>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in items)
        return f"<table class='d23k'>{rows}</table>"

    def body(self) -> str:
        d, r = self.d, self.f.renderer
        lh = self.letterhead()
        pr = self.window_row()
        main = self.table() + (self.totals() if d.priced else "")
        if r == "d23_strip":
            title = f"<h1 class='title'>{esc(self.title())}</h1>"
            content = f"{lh}{pr}{title}{self.strip()}{main}{self.notes()}"
        elif r == "d23_letter":
            title = f"<h1 class='title'>{esc(self.title())} {esc(self.number())}</h1>"
            refs = " · ".join(f"{k} {v}" for k, v in self.others())
            content = (
                f"{lh}{self.letter_place()}{pr}{title}<div>{esc(refs)}</div>{main}"
                f"{self.notes()}{self.legal_run(True)}"
            )
        elif r == "d23_band":
            content = (
                f"{lh}{pr}{self.title_with_date()}{self.running_line()}{main}{self.schedule()}"
                f"{self.notes()}"
            )
        else:
            hour = f"{self.rng.randint(7, 19):02d}:{self.rng.randint(0, 59):02d}"
            stamp = (
                self.w3("stamp")
                .replace("{d}", self.when(None, self.printed_on))
                .replace("{h}", hour)
            )
            title = f"<h1 class='title'>{esc(self.title().upper())}</h1>"
            foot = f"<div class='d23-stamp'><span>{esc(stamp)}</span><span>1/1</span></div>"
            content = f"{lh}{pr}{title}{self.stamp_block()}{main}{self.notes()}{foot}"
        return self.with_legal(content)

    def css(self) -> str:
        return super().css() + _CSS23.format(acc=self.o["accent"])
