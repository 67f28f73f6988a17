"""Pages of the terms-said-many-ways development families (``saying_families.py``).

A ``TermsPage`` (terms_pages.py: the blocks page with the document's own date style) whose
payment terms are said in one of many shapes: a sentence that introduces them, a clause
that says the payment, a line of their own, one sentence of a small-print paragraph of
penalties, a line of a framed box of conditions, brackets beside the due date, a column of
a grid of captions or a row of a references table. The delivery date is said under one of
many captions or in a sentence. Every field goes through ``Printed.put`` (the truth is
what is printed); the means, the penalties and the thanks are printed and are no field.
"""

from __future__ import annotations

import random

from samples.wild.content import Doc
from samples.wild.families import Family
from samples.wild.page import caption_grids, esc
from samples.wild.pay_pages import _day_terms_give
from samples.wild.saying_families import (
    SAYING_CLAUSES,
    SAYING_NAMES,
    SAYING_TERMS,
    SAYING_WORDS,
)
from samples.wild.terms_pages import TermsPage

SAYING_RENDERERS = SAYING_NAMES

_CSS = """
.ts-text p {{ margin: 1.2mm 0; }}
.ts-small {{ font-size: 0.7em; margin-top: 4mm; color: #333; }}
.ts-box {{ border: 0.8pt solid {acc}; padding: 1.5mm 3mm; margin: 4mm 0 2mm 0; width: 55%; }}
.ts-box .bt {{ font-weight: bold; color: {acc}; margin-bottom: 1mm; }}
.ts-box p {{ margin: 0.6mm 0; }}
.ts-big {{ font-size: 1.15em; }}
table.tsg {{ border-collapse: collapse; margin: 3mm 0; width: 100%; }}
table.tsg th {{ background: #eee; font-size: 0.76em; text-align: left; padding: 0.6mm 1.5mm; }}
table.tsg td {{ padding: 0.8mm 1.5mm; white-space: nowrap; border-bottom: 0.4pt solid #999; }}
table.tsr {{ border-collapse: collapse; margin: 3mm 0; }}
table.tsr td {{ padding: 0.5mm 2mm; border: 0.4pt solid #aaa; white-space: nowrap; }}
table.tsr td.k {{ color: {acc}; font-size: 0.85em; }}
"""

Pair = tuple[str, str]

# how a page says its terms, per family
_SHAPES = {
    "tsay_prose": ["intro", "clause", "alone", "legal", "legal", "beside_due"],
    "tsay_boxed": ["box", "box", "box", "beside_due", "legal"],
    "tsay_grid": ["grid", "grid", "refs", "refs", "beside_due"],
}


class SayingPage(TermsPage):
    """A page of one of the ``saying_families`` families."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        d = self.d
        # most pages of these families print terms (quotations and orders too)
        if d.payment_terms or rng.random() < 0.75:
            d.payment_terms = "x"
        self.shape = rng.choice(_SHAPES[fam.renderer])
        if self.shape in ("clause",) or (self.shape == "legal" and rng.random() < 0.5):
            self.said_as = "clause"
            d.payment_terms = rng.choice(SAYING_CLAUSES[self.lang]) if d.payment_terms else None
        else:
            self.said_as = "phrase"
            d.payment_terms = rng.choice(SAYING_TERMS[self.lang]) if d.payment_terms else None
        if self.shape == "beside_due" and d.payment_terms and d.due_date is None:
            d.due_date = d.date
        if d.due_date is not None and d.payment_terms and rng.random() < 0.7:
            d.due_date = _day_terms_give(d.date, d.payment_terms) or d.due_date
        if d.kind not in ("invoice",) and self.shape == "beside_due":
            self.shape = "alone" if fam.renderer == "tsay_prose" else "box"
        self.small = rng.random() < 0.5

    def sw(self, key: str) -> str:
        return self.drawn_once(f"__say_{key}", SAYING_WORDS[self.lang][key])

    def sep(self) -> str:
        return " : " if self.lang == "fr" else ": "

    # the terms in each shape ------------------------------------------------------------
    def terms_said(self) -> str:
        """The terms in a sentence: introduced, or a clause of paying."""
        t = self.terms_value()
        if self.said_as == "clause":
            return self.sw("clause_terms").replace("{c}", t)
        return self.sw("intro_terms").replace("{t}", t)

    def terms_alone(self) -> str:
        t = self.terms_value()
        means = f" {self.means_word()} {self.means.lower()}" if self.rng.random() < 0.4 else ""
        return f"{t}{means}."

    def legal_paragraph(self) -> str:
        bits = list(SAYING_WORDS[self.lang]["penalties"])
        self.rng.shuffle(bits)
        bits = bits[: self.rng.randint(1, 3)]
        if self.d.payment_terms:
            bits.insert(self.rng.randint(0, len(bits)), self.terms_said())
        return f"<div class='ts-small'>{esc(' '.join(bits))}</div>"

    def due_line(self, with_terms: bool) -> str:
        d = self.d
        if d.due_date is None or d.kind != "invoice":
            return ""
        due = self.when("due_date", d.due_date)
        after = f" ({self.terms_value()})" if with_terms and d.payment_terms else ""
        return f"<p>{esc(self.sw('due_head'))}{self.sep()}{esc(due)}{esc(after)}</p>"

    def delivery_line(self) -> str:
        d = self.d
        if d.delivery_date is None:
            return ""
        if self.rng.random() < 0.5:
            return (
                f"<p>{esc(self.sw('delivery_sentence').replace('{d}', self.delivery_value()))}</p>"
            )
        head = self.sw("delivery_head")
        sep = " " if head.endswith(" le") else self.sep()
        return f"<p>{esc(head)}{sep}{esc(self.delivery_value())}</p>"

    def box(self) -> str:
        d = self.d
        lines: list[str] = []
        if d.payment_terms:
            lines.append(self.sw("box_line").replace("{t}", self.terms_value()))
        if d.kind != "quotation":
            lines.append(self.sw("means_line").replace("{m}", self.means))
        if self.rng.random() < 0.4:
            lines.append(self.rng.choice(SAYING_WORDS[self.lang]["penalties"]))
        cls = "ts-box ts-big" if not self.small else "ts-box ts-small"
        return (
            f"<div class='{cls}'><div class='bt'>{esc(self.sw('box_title'))}</div>"
            + "".join(f"<p>{esc(x)}</p>" for x in lines)
            + "</div>"
        )

    def grid_items(self) -> list[Pair]:
        d = self.d
        items: list[Pair] = []
        if d.number:
            items.append((self.w(f"no_{d.kind}"), self.number()))
        items.append((self.sw("grid_date"), self.when("document_date", d.date, main=True)))
        items += self.references()
        if d.payment_terms and self.shape in ("grid", "refs"):
            items.append((self.sw("grid_terms"), self.terms_value()))
        if d.delivery_date:
            items.append((self.sw("delivery_head"), self.delivery_value()))
        if d.due_date and d.kind == "invoice" and self.shape != "beside_due":
            items.append((self.sw("due_head"), self.when("due_date", d.due_date)))
        return items

    # page ---------------------------------------------------------------------------------
    def body(self) -> str:
        d, r = self.d, self.f.renderer
        lh = self.letterhead()
        pr = self.window_row()
        main = self.table() + (self.totals() if d.priced else "")
        thanks = f"<p>{esc(self.sw('thanks'))}</p>"
        if r in ("tsay_prose", "tsay_boxed"):
            day = self.when("document_date", d.date, main=True)
            title = f"<h1 class='title'>{esc(self.title())} {esc(self.number())}</h1>"
            refs = " · ".join(f"{lab} {val}" for lab, val in self.references())
            head = f"{title}<div>{esc(self.w('date_head'))}{self.sep()}{esc(day)}</div>"
            head += f"<div>{esc(refs)}</div>" if refs else ""
            shape, end = self.shape, []
            if shape == "intro" or shape == "clause":
                end.append(f"<p>{esc(self.terms_said())}</p>" if d.payment_terms else "")
            elif shape == "alone" and d.payment_terms:
                end.append(f"<p>{esc(self.terms_alone())}</p>")
            end.append(self.due_line(with_terms=shape == "beside_due"))
            end.append(self.delivery_line())
            if shape == "box":
                end.append(self.box())
            end.append(thanks)
            text = "<div class='ts-text'>" + "".join(end) + "</div>"
            small = self.legal_paragraph() if shape == "legal" else ""
            content = f"{lh}{head}{pr}{main}{text}{small}{self.notes()}"
        else:
            items = self.grid_items()
            if self.shape == "refs":
                rows = "".join(
                    f"<tr><td class='k'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in items
                )
                band = f"<table class='tsr'>{rows}</table>"
            else:
                band = caption_grids(items, self.rng.choice([4, 5, 6]), "tsg")
            title = f"<h1 class='title'>{esc(self.title())}</h1>"
            extra = "<div class='ts-text'>" + self.due_line(self.shape == "beside_due") + "</div>"
            content = f"{lh}{title}{pr}{band}{main}{extra}{thanks}{self.notes()}"
        return self.with_legal(content)

    def css(self) -> str:
        return super().css() + _CSS.format(acc=self.o["accent"])
