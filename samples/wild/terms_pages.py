"""Pages of the terms-and-dates development families (``terms_families.py``).

A ``Page`` (page.py) whose letterhead, parties, line table and totals are the blocks
family's; the document's date, the delivery, the due date and the payment terms are set
in a letter's lines and sentences, in captioned boxes after the totals, or in a band of
column heads over one row of values. Every field goes through ``Printed.put`` (the truth
is what is printed). Other dates (the buyer's order's, a print date) are printed and are
no field; a delivery stated as a week leaves ``delivery_date`` out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from samples.wild.content import Doc
from samples.wild.families import Family
from samples.wild.formats import format_date
from samples.wild.page import Page, caption_grids, esc
from samples.wild.terms_families import (
    CITIES,
    TERMS_CLAUSES,
    TERMS_NAMES,
    TERMS_VALUES,
    TERMS_WORDS,
)

TERMS_RENDERERS = TERMS_NAMES

_CSS = """
.tl-place {{ text-align: right; margin: 2mm 0 4mm 0; }}
.tl-subject {{ font-weight: bold; margin: 3mm 0 2mm 0; }}
.tl-text p {{ margin: 1.5mm 0; }}
.tb-title {{ display: flex; justify-content: space-between; align-items: baseline; }}
.tb-boxes {{ display: flex; gap: 3mm; margin: 4mm 0 2mm 0; flex-wrap: wrap; }}
.tb-boxes div.bx {{ border: 0.7pt solid {acc}; padding: 1mm 2mm; min-width: 28mm; }}
.tb-boxes .cap {{ font-size: 0.72em; color: {acc}; text-transform: uppercase; }}
.tb-boxes .val {{ white-space: nowrap; }}
.tb-cond {{ font-size: 0.8em; margin-top: 3mm; }}
table.tg {{ border-collapse: collapse; margin: 3mm 0 3mm 0; width: 100%; }}
table.tg th {{ border-bottom: 1pt solid {acc}; font-size: 0.78em; text-align: left;
  padding: 0.6mm 1.5mm; color: {acc}; }}
table.tg td {{ padding: 0.8mm 1.5mm; white-space: nowrap; border-bottom: 0.4pt solid #aaa; }}
"""

Pair = tuple[str, str]


class TermsPage(Page):
    """A page of one of the ``terms_families`` families."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        d = self.d
        us = d.issuer.country == "US" or (self.lang == "en" and rng.random() < 0.3)
        # how this document writes its dates: month first on most US pages, else its own
        # numeric style, words or ISO
        style = rng.choice(
            ["mdy_slash", "mdy_short", "mdy_slash", "w_mdy"]
            if us
            else [self.s.date_style, "w_dmy", "iso", "dmy_slash", "dmy_dot"]
        )
        self.s = dataclasses.replace(self.s, date_style=style, mixed=rng.random() < 0.25)
        self.clause = rng.random() < 0.5  # the terms said as a clause of a sentence
        if d.payment_terms:
            pool = TERMS_CLAUSES if self.clause else TERMS_VALUES
            d.payment_terms = rng.choice(pool[self.lang])
        sells = d.kind in ("invoice", "order_confirmation", "delivery_note")
        self.order_date = (
            d.date - dt.timedelta(days=rng.randint(2, 30))
            if sells and d.order_number and rng.random() < 0.5
            else None
        )
        # a print date whose day only reads one way: on a month-first page the one date
        # that tells how the others read
        printed = d.date + dt.timedelta(days=rng.randint(0, 4))
        if printed.day <= 12:
            printed = printed.replace(day=rng.randint(13, 28))
        self.printed_on = printed if rng.random() < (0.8 if "mdy" in style else 0.3) else None
        self.by_week = fam.renderer == "trm_grid" and rng.random() < 0.3
        self.means = d.payment_means or rng.choice(
            ["Virement bancaire", "Chèque"] if self.lang == "fr" else ["Bank transfer", "Check"]
        )

    def w(self, key: str) -> str:
        return self.drawn_once(f"__terms_{key}", TERMS_WORDS[self.lang][key])

    def when(self, name: str | None, day: dt.date, main: bool = False) -> str:
        """A date in this document's style (``name``: the field it is, if any)."""
        shown = format_date(
            day, self.s.words if main and self.s.mixed else self.s.date_style, self.lang
        )
        return self.out.put(name, day.isoformat(), shown) if name else shown

    def number(self) -> str:
        d = self.d
        return self.out.put("document_number", d.number, d.number) if d.number else ""

    def terms_value(self) -> str:
        d = self.d
        return self.out.put("payment_terms", d.payment_terms or "", d.payment_terms or "")

    def terms_sentence(self) -> str:
        """The terms said in a sentence (a clause, a payment means maybe after it)."""
        t = self.terms_value()
        # a payment means after the terms, in the document's own words, now and then
        m = f" {self.means_word()} {self.means.lower()}" if self.rng.random() < 0.5 else ""
        if t.split()[0].lower() in ("payable", "due"):
            return self.w("terms_sentence").replace("{t}", t).replace("{m}", m)
        return f"{t[0].upper()}{t[1:]}{m}."

    def means_word(self) -> str:
        return "par" if self.lang == "fr" else "by"

    def delivery_value(self) -> str:
        d = self.d
        assert d.delivery_date is not None
        if self.by_week:
            return self.w("week").replace("{w}", str(d.delivery_date.isocalendar()[1]))
        return self.when("delivery_date", d.delivery_date)

    def references(self) -> list[Pair]:
        """The references every structure prints beside the dates."""
        d, out = self.d, []
        if d.order_number:
            out.append(
                (
                    self.w("your_order_head"),
                    self.out.put("order_number", d.order_number, d.order_number),
                )
            )
        if d.customer_number:
            out.append(
                (
                    self.w("customer_head"),
                    self.out.put("customer_number", d.customer_number, d.customer_number),
                )
            )
        if self.order_date:
            out.append((self.w("order_date_head"), self.when(None, self.order_date)))
        return out

    # the three structures -------------------------------------------------------------
    def letter(self) -> tuple[str, str, str]:
        """(over the parties, under them, after the totals): place and date, subject line,
        letter text saying the delivery and the terms."""
        d = self.d
        day = self.when("document_date", d.date, main=True)
        if self.rng.random() < 0.6:
            city = self.rng.choice(CITIES[self.lang])
            place = self.w("place_date").replace("{c}", city).replace("{d}", day)
        else:
            place = self.w("le_date").replace("{d}", day)
        top = f"<div class='tl-place'>{esc(place)}</div>"
        subject = f"{self.title()} {self.w(f'no_{d.kind}')} {self.number()}".strip()
        refs = " – ".join(
            f"{lab} : {val}" if self.lang == "fr" else f"{lab}: {val}"
            for lab, val in self.references()
        )
        text = [self.w("intro")]
        if d.delivery_date:
            text.append(self.w("deliver_sentence").replace("{d}", self.delivery_value()))
        after = []
        if d.payment_terms:
            after.append(self.terms_sentence())
        if d.due_date and self.rng.random() < 0.5:
            due = self.when("due_date", d.due_date)
            after.append(f"Date d'échéance : {due}." if self.lang == "fr" else f"Due date: {due}.")
        after.append(self.phrase("thanks"))
        under = (
            f"<div class='tl-subject'>{esc(subject)}</div>"
            + (f"<div>{esc(refs)}</div>" if refs else "")
            + "<div class='tl-text'>"
            + "".join(f"<p>{esc(t)}</p>" for t in text)
            + "</div>"
        )
        end = "<div class='tl-text'>" + "".join(f"<p>{esc(t)}</p>" for t in after) + "</div>"
        return top, under, end

    def boxes(self) -> tuple[str, str, str]:
        """(title line, references line, boxes after the totals)."""
        d = self.d
        day = self.when("document_date", d.date, main=True)
        number = self.number()
        title = (
            f"<div class='tb-title'><h1 class='title'>{esc(self.title())} {esc(number)}</h1>"
            f"<div>{esc(day)}</div></div>"
        )
        refs = " · ".join(f"{lab} {val}" for lab, val in self.references())
        refs_html = f"<div>{esc(refs)}</div>" if refs else ""
        cells: list[Pair] = []
        foot = ""
        if d.payment_terms:
            if self.clause:
                foot_bits = [f"{self.lv(self.w('foot_terms'))} {self.terms_value()}"]
                foot_bits += [self.phrase("penalty"), self.phrase("hours")]
                self.rng.shuffle(foot_bits)
                foot = f"<div class='tb-cond'>{esc(' – '.join(foot_bits))}</div>"
            else:
                cells.append((self.w("terms_head"), self.terms_value()))
        if d.kind not in ("delivery_note", "purchase_order"):
            cells.append((self.w("means_head"), self.means))
        if d.due_date:
            cells.append((self.w("due_head"), self.when("due_date", d.due_date)))
        if d.delivery_date:
            cells.append((self.w("delivery_head"), self.delivery_value()))
        if self.printed_on:
            cells.append((self.w("printed_head"), self.when(None, self.printed_on)))
        self.rng.shuffle(cells)
        boxes = "".join(
            f"<div class='bx'><div class='cap'>{esc(c)}</div><div class='val'>{esc(v)}</div></div>"
            for c, v in cells
        )
        return title, refs_html, f"<div class='tb-boxes'>{boxes}</div>{foot}"

    def grid(self) -> tuple[str, str]:
        """(the band of column heads over one row of values, a sentence under it)."""
        d = self.d
        items: list[Pair] = []
        if d.number:
            items.append((self.w(f"no_{d.kind}"), self.number()))
        items.append((self.w("date_head"), self.when("document_date", d.date, main=True)))
        items += self.references()
        said = ""
        if d.payment_terms:
            if self.clause:
                said = self.terms_sentence()
            else:
                items.append((self.w("terms_head"), self.terms_value()))
        if d.delivery_date:
            head = self.w("ship_head") if d.kind == "delivery_note" else self.w("delivery_head")
            items.append((head, self.delivery_value()))
        if d.due_date:
            items.append((self.w("due_head"), self.when("due_date", d.due_date)))
        if self.printed_on:
            items.append((self.w("printed_head"), self.when(None, self.printed_on)))
        grids = caption_grids(items, self.rng.choice([5, 6, 7]), "tg")
        return grids, (f"<p>{esc(said)}</p>" if said else "")

    # page ---------------------------------------------------------------------------------
    def body(self) -> str:
        d, r = self.d, self.f.renderer
        lh = self.letterhead()
        pr = self.window_row()
        main = self.table() + (self.totals() if d.priced else "")
        if r == "trm_letter":
            top, under, end = self.letter()
            content = f"{lh}{pr}{top}{under}{main}{end}{self.notes()}"
        elif r == "trm_box":
            title, refs, end = self.boxes()
            content = f"{lh}{title}{refs}{pr}{main}{end}{self.notes()}"
        else:
            band, said = self.grid()
            title = f"<h1 class='title'>{esc(self.title())}</h1>"
            content = f"{lh}{pr}{title}{band}{main}{said}{self.notes()}"
        return self.with_legal(content)

    def css(self) -> str:
        return super().css() + _CSS.format(acc=self.o["accent"])
