"""Pages of the dates-in-words development families (``dates_words_families.py``).

A ``DatesPage`` (its date styles, references and due date) whose dates stand in a boxed
grid of captions over values, in a letter's sentences, or in a ledger of label and value
cells, under wordings of their own. Every field goes through ``Printed.put``; a delivery
printed as a window of days is no one day and leaves ``delivery_date`` out.
"""

from __future__ import annotations

import datetime as dt
import random

from samples.wild.content import Doc
from samples.wild.dates_families import CITIES
from samples.wild.dates_pages import _FR_ABBR, DatesPage, date_in_style
from samples.wild.dates_words_families import DATES_WORDS_NAMES, WORDINGS
from samples.wild.families import Family
from samples.wild.page import esc

DATES_WORDS_RENDERERS = DATES_WORDS_NAMES

# the styles of these pages: the ``dates_pages`` ones and an abbreviated month with a dot
# and a four-digit year ("12 sept. 2025", "Sept. 12, 2025")
_EU_STYLES = ("weekday_words", "abbr_dot", "ordinal", "dot_long", "dash_long", "short")
_US_STYLES = ("us_weekday", "us_abbr_dot", "us_ordinal", "us_num", "us_short")

# English month abbreviations as printed, with their dot ("Sept." as often as "Sep.")
_EN_ABBR = [
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]

_CSS = """
.dw-grid {{ border-collapse: collapse; margin: 3mm 0 4mm 0; width: 100%; }}
.dw-grid th {{ font-size: 0.72em; font-weight: normal; color: {acc}; text-align: left;
  border: 0.6pt solid #999; padding: 0.6mm 1.5mm; }}
.dw-grid td {{ border: 0.6pt solid #999; padding: 1mm 1.5mm; white-space: nowrap; }}
.dw-letter p {{ margin: 1.2mm 0; }}
.dw-wrap {{ display: flex; gap: 8mm; }} .dw-wrap > main {{ flex: 1; }}
.dw-ledger {{ border-collapse: collapse; font-size: 0.9em; flex: none; }}
.dw-ledger td {{ border-bottom: 0.5pt solid #bbb; padding: 0.7mm 2mm; white-space: nowrap; }}
.dw-ledger td.l {{ color: {acc}; }}
.dw-foot {{ margin-top: 4mm; font-size: 0.85em; }}
"""


def words_date(day: dt.date, style: str, lang: str) -> str:
    """``day`` in one of this family's styles (those of ``date_in_style`` besides)."""
    if style in ("abbr_dot", "us_abbr_dot"):
        if lang == "fr":
            return f"{day.day} {_FR_ABBR[day.month - 1]} {day.year}"
        abbr = _EN_ABBR[day.month - 1]
        return (
            f"{abbr} {day.day}, {day.year}"
            if style.startswith("us")
            else (f"{day.day} {abbr} {day.year}")
        )
    if style == "dot_long":
        return f"{day:%d.%m.%Y}"
    if style == "dash_long":
        return f"{day:%d-%m-%Y}"
    return date_in_style(day, style, lang)


class DatesWordsPage(DatesPage):
    """A page of one of the ``dates_words_families`` families."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        self.style = rng.choice(_US_STYLES if self.us else _EU_STYLES)
        self.window = doc.delivery_date is not None and rng.random() < 0.2

    def ww(self, key: str) -> str:
        return self.drawn_once(f"__dw_{key}", WORDINGS[self.lang][key])

    def when(self, name: str | None, day: dt.date) -> str:
        shown = words_date(day, self.style, self.lang)
        return self.out.put(name, day.isoformat(), shown) if name else shown

    def delivery_value(self) -> str | None:
        """The delivery day as printed, or a window of two days (no field then)."""
        d = self.d
        if d.delivery_date is None:
            return None
        if self.window:
            last = d.delivery_date + dt.timedelta(days=self.rng.choice([2, 4, 7]))
            return (
                self.ww("window")
                .replace("{a}", self.when(None, d.delivery_date))
                .replace("{b}", self.when(None, last))
            )
        return self.when("delivery_date", d.delivery_date)

    def items(self, with_own: bool = True) -> list[tuple[str, str]]:
        """Label and value of every header item, the dates under this family's wordings."""
        d = self.d
        out: list[tuple[str, str]] = []
        if d.number:
            out.append((self.w("number_head"), self.number()))
        if with_own:
            out.append((self.ww("own"), self.when("document_date", d.date)))
        if d.order_number:
            out.append(
                (self.w("order_head"), self.out.put("order_number", d.order_number, d.order_number))
            )
            if d.kind != "purchase_order" and self.rng.random() < 0.6:
                out.append((self.ww("order"), self.when(None, self.order_date)))
        if d.customer_number:
            num = self.out.put("customer_number", d.customer_number, d.customer_number)
            out.append((self.w("customer_head"), num))
        delivery = self.delivery_value()
        if delivery is not None:
            out.append((self.ww("delivery"), delivery))
        if d.kind == "quotation" and d.valid_until:
            out.append((self.ww("valid"), self.when(None, d.valid_until)))
        if d.due_date:
            out.append((self.ww("due"), self.when("due_date", d.due_date)))
        head, rest = out[:2], out[2:]
        self.rng.shuffle(rest)
        return head + rest

    def grid(self) -> str:
        items = self.items()
        heads = "".join(f"<th>{esc(lab)}</th>" for lab, _v in items)
        values = "".join(f"<td>{esc(val)}</td>" for _l, val in items)
        title = f"<h1 class='title'>{esc(self.title())}</h1>"
        return f"{title}<table class='dw-grid'><tr>{heads}</tr><tr>{values}</tr></table>"

    def letter(self) -> tuple[str, str]:
        """The letter's head (its "City, date" line, the title, its sentences) and, when
        the page dates itself at its foot instead, that line."""
        d = self.d
        own = self.when("document_date", d.date)
        at_foot = self.rng.random() < 0.4
        city = self.rng.choice(CITIES[self.lang])
        place = "" if at_foot else self.ww("letter_own").replace("{c}", city).replace("{d}", own)
        title = esc(self.title()) + (f" {esc(self.number())}" if d.number else "")
        lines: list[str] = []
        if d.order_number and d.kind != "purchase_order":
            order = self.out.put("order_number", d.order_number, d.order_number)
            sentence = self.ww("letter_order").replace("{d}", self.when(None, self.order_date))
            lines.append(f"{esc(self.lv(self.w('order_head')))} {esc(order)}")
            lines.append(esc(sentence))
        if d.delivery_date is not None and not self.window:
            day = self.when("delivery_date", d.delivery_date)
            lines.append(esc(self.ww("letter_delivery").replace("{d}", day)))
        if d.due_date:
            lines.append(
                esc(self.ww("letter_due").replace("{d}", self.when("due_date", d.due_date)))
            )
        head = (
            (f"<div style='text-align:right'>{esc(place)}</div>" if place else "")
            + f"<h1 class='title'>{title}</h1><div class='dw-letter'>"
            + "".join(f"<p>{line}</p>" for line in lines)
            + "</div>"
        )
        foot = f"<div class='dw-foot'>{esc(self.ww('foot_own').replace('{d}', own))}</div>"
        return head, foot if at_foot else ""

    def ledger(self) -> str:
        rows = "".join(
            f"<tr><td class='l'>{esc(lab)}</td><td>{esc(val)}</td></tr>"
            for lab, val in self.items()
        )
        return f"<table class='dw-ledger'>{rows}</table>"

    def body(self) -> str:
        r = self.f.renderer
        lh = self.letterhead()
        main = self.table() + (self.totals() if self.d.priced else "")
        if r == "dtw_grid":
            content = f"{lh}{self.window_row()}{self.grid()}{main}{self.notes()}"
        elif r == "dtw_letter":
            head, foot = self.letter()
            content = f"{lh}{self.window_row()}{head}{main}{self.notes()}{foot}"
        else:
            title = f"<h1 class='title'>{esc(self.title())}</h1>"
            content = (
                f"{lh}<div class='dw-wrap'><main>{self.window_row()}{title}</main>"
                f"{self.ledger()}</div>{main}{self.notes()}"
            )
        return self.with_legal(content)

    def css(self) -> str:
        return super().css() + _CSS.format(acc=self.o["accent"])
