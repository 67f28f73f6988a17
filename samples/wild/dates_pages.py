"""Pages of the header-dates development families (``dates_families.py``).

A ``Page`` (page.py) whose letterhead, parties, line table and totals are the blocks
family's; the number, the document's date and the delivery are set in the title line, a
box under it, a stack of labels over values or a column of the line table, in date
styles of their own (a weekday, an abbreviated month, a two-digit year, month first on
American pages). Every field goes through ``Printed.put`` (the truth is what is printed):
a delivery stated as a week, or rows delivered on different days, leave ``delivery_date``
out; the buyer's order's date, a print date, a quote's or a delivery note's number are
printed and are no field.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from samples.wild.content import Doc, Item, doc_number
from samples.wild.dates_families import CITIES, DATES_NAMES, DATES_WORDS
from samples.wild.families import Family
from samples.wild.formats import MONTHS
from samples.wild.page import Page, esc

DATES_RENDERERS = DATES_NAMES

_WEEKDAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
# the French abbreviations of the months as printed (juin and juillet apart)
_FR_ABBR = [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
]
# how a page of these families writes its dates (one style a page, month first on US pages)
_EU_STYLES = ("weekday_words", "weekday_num", "abbr", "dot_short", "short", "iso", "ordinal")
_US_STYLES = ("us_weekday", "us_abbr", "us_short", "us_num", "us_ordinal")

_CSS = """
.dt-title {{ display: flex; justify-content: space-between; align-items: baseline;
  margin: 3mm 0 1mm 0; }}
.dt-box {{ display: inline-block; border: 1pt solid {acc}; padding: 1mm 3mm;
  margin: 0 0 3mm 0; font-weight: bold; }}
.dt-refs {{ display: flex; gap: 2mm; flex-wrap: wrap; margin: 2mm 0 4mm 0; }}
.dt-refs div {{ border: 0.6pt solid #888; padding: 0.8mm 2mm; }}
.dt-wrap {{ display: flex; gap: 6mm; }} .dt-wrap > main {{ flex: 1; }}
.dt-stack {{ width: 74mm; flex: none; }}
.dt-stack .l {{ font-size: 0.74em; color: {acc}; margin-top: 1.8mm; }}
.dt-stack .v {{ white-space: nowrap; font-size: 0.9em; }}
.dt-head {{ font-weight: bold; font-size: 1.15em; margin: 3mm 0 1mm 0; }}
.dt-line {{ margin: 0.6mm 0; }}
td.c-delivery, th.c-delivery {{ white-space: nowrap; }}
"""


def date_in_style(day: dt.date, style: str, lang: str) -> str:
    """``day`` as this family prints it in ``style`` (``_EU_STYLES``, ``_US_STYLES``)."""
    months = MONTHS[lang].split()
    month = months[day.month - 1]
    weekday = _WEEKDAYS[lang][day.weekday()]
    abbr = _FR_ABBR[day.month - 1] if lang == "fr" else month[:3]
    if style == "weekday_words":  # lundi 3 mars 2025 / Monday 3 March 2025
        return f"{weekday} {day.day} {month} {day.year}"
    if style == "weekday_num":  # lun. 03/03/2025 / Mon 03/03/2025
        return f"{weekday[:3]}{'.' if lang == 'fr' else ''} {day:%d/%m/%Y}"
    if style == "abbr":  # 3 mars 25 / 3 Mar 25
        return f"{day.day} {abbr} {day.year % 100:02d}"
    if style == "dot_short":
        return f"{day:%d.%m.%y}"
    if style == "short":
        return f"{day:%d/%m/%y}"
    if style == "iso":
        return day.isoformat()
    if style == "ordinal":  # 3rd March 2025 / 1er mars 2025
        if lang == "fr":
            return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
        return f"{day.day}{_suffix(day.day)} {month} {day.year}"
    if style == "us_weekday":  # Monday, March 3, 2025
        return f"{weekday}, {month} {day.day}, {day.year}"
    if style == "us_abbr":  # Mar 3, 2025
        return f"{month[:3]} {day.day}, {day.year}"
    if style == "us_short":  # 3/3/25
        return f"{day.month}/{day.day}/{day.year % 100:02d}"
    if style == "us_num":  # 03/03/2025
        return f"{day:%m/%d/%Y}"
    if style == "us_ordinal":  # March 3rd, 2025
        return f"{month} {day.day}{_suffix(day.day)}, {day.year}"
    raise ValueError(style)


def _suffix(n: int) -> str:
    return "th" if 10 < n % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


class DatesPage(Page):
    """A page of one of the ``dates_families`` families."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        d = self.d
        self.us = self.lang == "en" and (d.issuer.country == "US" or rng.random() < 0.4)
        self.style = rng.choice(_US_STYLES if self.us else _EU_STYLES)
        # the numbers and dates of other matters printed beside the document's own
        first = d.date.replace(day=1)
        self.order_date = d.date - dt.timedelta(days=rng.randint(1, 25))
        self.quote = (
            doc_number(rng, "quotation", self.lang, first)
            if d.kind != "quotation" and rng.random() < 0.4
            else None
        )
        self.dn = (
            doc_number(rng, "delivery_note", self.lang, first)
            if d.kind in ("invoice", "order_confirmation") and rng.random() < 0.4
            else None
        )
        self.printed_on = (
            d.date + dt.timedelta(days=rng.randint(0, 3)) if rng.random() < 0.3 else None
        )
        self.by_week = d.delivery_date is not None and rng.random() < 0.15
        self.from_words = d.delivery_date is not None and rng.random() < 0.3
        # a column of the line table: every row the same day, or one row later
        self.rows_differ = fam.renderer == "dts_column" and rng.random() < 0.25
        if fam.renderer == "dts_column":
            self.by_week = self.from_words = False  # the column prints the day itself

    def w(self, key: str) -> str:
        return self.drawn_once(f"__dates_{key}", DATES_WORDS[self.lang][key])

    def when(self, name: str | None, day: dt.date) -> str:
        shown = date_in_style(day, self.style, self.lang)
        return self.out.put(name, day.isoformat(), shown) if name else shown

    def number(self) -> str:
        d = self.d
        return self.out.put("document_number", d.number, d.number) if d.number else ""

    def delivery(self) -> str | None:
        """The delivery's value as printed (a date, "à partir du" a date, or a week)."""
        d = self.d
        if d.delivery_date is None or self.rows_differ:
            return None
        if self.by_week:
            return self.w("delivery_week").replace("{w}", str(d.delivery_date.isocalendar()[1]))
        day = self.when("delivery_date", d.delivery_date)
        return self.w("delivery_from").replace("{d}", day) if self.from_words else day

    def references(self) -> list[tuple[str, str]]:
        """The other references: the buyer's order (maybe with its date in one cell), the
        customer's number, a quote's, a delivery note's, a print date."""
        d, out = self.d, []
        if d.order_number:
            order = self.out.put("order_number", d.order_number, d.order_number)
            if d.kind != "purchase_order" and self.rng.random() < 0.6:
                cell = self.w("order_cell").replace("{o}", order)
                out.append(("", cell.replace("{d}", self.when(None, self.order_date))))
            else:
                out.append((self.w("order_head"), order))
                if d.kind != "purchase_order" and self.rng.random() < 0.5:
                    out.append((self.w("order_date_head"), self.when(None, self.order_date)))
        if d.customer_number:
            out.append(
                (
                    self.w("customer_head"),
                    self.out.put("customer_number", d.customer_number, d.customer_number),
                )
            )
        if self.quote:
            out.append((self.w("quote_head"), self.quote))
        if self.dn:
            out.append((self.w("dn_head"), self.dn))
        if d.kind == "quotation" and d.valid_until:
            out.append((self.w("valid_head"), self.when(None, d.valid_until)))
        if self.printed_on:
            out.append((self.w("printed_head"), self.when(None, self.printed_on)))
        self.rng.shuffle(out)
        return out

    def due(self) -> list[tuple[str, str]]:
        d = self.d
        if not d.due_date:
            return []
        head = "Échéance" if self.lang == "fr" else "Due date"
        return [(head, self.when("due_date", d.due_date))]

    # the three structures ----------------------------------------------------------------
    def title_block(self) -> str:
        """The number in the title line (with a suffix) or in a box under it; the date on
        the title's right, or in the letter's "City, date" line; references in cells."""
        d = self.d
        number = self.number()
        in_box = self.rng.random() < 0.4
        title = esc(self.title())
        if number and not in_box:
            title += " " + esc(self.w("number_in_title").replace("{n}", number))
            title += esc(self.w("number_suffix"))
        day = self.when("document_date", d.date)
        if self.rng.random() < 0.5:
            place = self.w("place_date").replace("{c}", self.rng.choice(CITIES[self.lang]))
            head = f"<div class='dt-title'><h1 class='title'>{title}</h1></div>"
            head = f"<div style='text-align:right'>{esc(place.replace('{d}', day))}</div>" + head
        else:
            head = (
                f"<div class='dt-title'><h1 class='title'>{title}</h1>"
                f"<div>{esc(self.lv(self.w('date_head')))} {esc(day)}</div></div>"
            )
        if number and in_box:
            head += f"<div class='dt-box'>{esc(self.w('box_number').replace('{n}', number))}</div>"
        cells = [
            f"{esc(self.lv(lab))} {esc(val)}" if lab else esc(val) for lab, val in self.refs_all()
        ]
        return head + "<div class='dt-refs'>" + "".join(f"<div>{c}</div>" for c in cells) + "</div>"

    def refs_all(self) -> list[tuple[str, str]]:
        items = self.references()
        delivery = None if self.f.renderer == "dts_column" else self.delivery()
        if delivery is not None:
            items.append((self.w("delivery_head"), delivery))
        return items + self.due()

    def stack(self) -> str:
        """A right-hand stack: each label on its line, its value on the next."""
        d = self.d
        items: list[tuple[str, str]] = []
        if d.number:
            items.append((self.w("number_head"), self.number()))
        items.append((self.w("date_head"), self.when("document_date", d.date)))
        items += self.refs_all()
        lines = "".join(
            (f"<div class='l'>{esc(lab)}</div>" if lab else "") + f"<div class='v'>{esc(val)}</div>"
            for lab, val in items
        )
        return f"<div class='dt-stack'>{lines}</div>"

    def head_sentence(self) -> str:
        """ "Facture F-12 du 3 mars 2025" as the head line, the references under it."""
        d = self.d
        day = self.when("document_date", d.date)
        if d.number:
            text = (
                self.w("head_sentence").replace("{t}", self.title()).replace("{n}", self.number())
            )
            text = text.replace("{d}", day)
        else:
            text = f"{self.title()} – {day}"
        refs = [f"{self.lv(lab)} {val}" if lab else val for lab, val in self.refs_all()]
        return f"<div class='dt-head'>{esc(text)}</div>" + "".join(
            f"<div class='dt-line'>{esc(r)}</div>" for r in refs
        )

    # the line table's delivery column -----------------------------------------------------
    def roles(self) -> list[str]:
        roles = super().roles()
        if self.f.renderer == "dts_column" and self.d.delivery_date is not None:
            at = roles.index("description") + 1
            roles.insert(at, "delivery")
        return roles

    def column(self, role: str) -> str:
        if role == "delivery":
            return self.w("column_head")
        return super().column(role)

    def cell(self, role: str, it: Item, n: int, row: Any) -> str:
        if role != "delivery":
            return super().cell(role, it, n, row)
        d = self.d
        assert d.delivery_date is not None
        day = d.delivery_date
        if self.rows_differ and n % 2 == 0:
            day = day + dt.timedelta(days=7)
        if self.rows_differ or self.by_week:
            return esc(self.when(None, day))
        return esc(self.when("delivery_date", day))

    # page ---------------------------------------------------------------------------------
    def body(self) -> str:
        r = self.f.renderer
        lh = self.letterhead()
        pr = self.window_row()
        main = self.table() + (self.totals() if self.d.priced else "")
        if r == "dts_title":
            content = f"{lh}{pr}{self.title_block()}{main}{self.notes()}"
        elif r == "dts_stack":
            title = f"<h1 class='title'>{esc(self.title())}</h1>"
            content = (
                f"{lh}<div class='dt-wrap'><main>{pr}{title}</main>{self.stack()}</div>"
                f"{main}{self.notes()}"
            )
        else:
            head = self.head_sentence()
            content = f"{lh}{pr}{head}{main}{self.notes()}"
        return self.with_legal(content)

    def css(self) -> str:
        return super().css() + _CSS.format(acc=self.o["accent"])
