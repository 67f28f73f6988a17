"""Pages of the third reference-structure development families (``refs3_families.py``).

A ``RefsPage`` (refs_pages.py: the blocks family's letterhead, parties, table and totals,
the terms and delivery said in the structure or in text) whose references are printed in
other structures: sentences under the title, boxes with their caption inside, or
"caption: value" pairs run together on a line. Every field goes through ``Printed.put``
(the truth is what is printed); the other references (the sender's file, a contract or
public tender, a project or site, a delivery note) are printed and are no field.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from samples.wild.content import Doc, doc_number
from samples.wild.families import Family
from samples.wild.page import esc, pair_rows
from samples.wild.refs3_families import REFS3_NAMES, REFS3_WORDS
from samples.wild.refs_pages import Pair, RefsPage

REFS3_RENDERERS = REFS3_NAMES

_CSS = """
.hl-title {{ display: flex; justify-content: space-between; align-items: baseline; }}
.hl-title .num {{ font-size: 1.15em; font-weight: bold; }}
.hl-say {{ margin: 2mm 0 3mm 0; }}
.hl-grid div {{ white-space: nowrap; }}
.hx-row {{ display: flex; gap: 2mm; margin: 2.5mm 0 3mm 0; flex-wrap: wrap; }}
.hx-row .bx {{ border: 0.7pt solid {acc}; padding: 0.6mm 2mm 1mm 2mm; min-width: 24mm; }}
.hx-row .c {{ font-size: 0.7em; color: {acc}; }}
.hx-row .v {{ font-weight: bold; white-space: nowrap; }}
.hr-line {{ margin: 1mm 0; white-space: nowrap; }}
.hr-line span {{ margin-right: 9mm; }}
"""


class Refs3Page(RefsPage):
    """A page of one of the ``refs3_families`` families."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        d = self.d
        year = d.date.year
        self.contract = (
            rng.choice(
                [
                    f"{year}-{rng.randint(1, 999):03d}",
                    f"M{str(year)[2:]}{rng.randint(100, 9999)}",
                    f"CT-{year}-{rng.randint(1, 9999):04d}",
                ]
            )
            if rng.random() < 0.5
            else None
        )
        self.project = (
            f"{rng.choice(['CH', 'PRJ', 'P'])}{rng.randint(100, 9999)}"
            if (rng.random() < 0.35)
            else None
        )
        self.dn = (
            doc_number(rng, "delivery_note", self.lang, d.date.replace(day=1))
            if d.kind == "invoice" and rng.random() < 0.4
            else None
        )
        # how the document's own number is printed beside the title: with its mark, bare
        self.marked = rng.random() < 0.6

    def w3(self, key: str) -> str:
        return self.drawn_once(f"__refs3_{key}", REFS3_WORDS[self.lang][key])

    def number(self) -> str:
        d = self.d
        return self.out.put("document_number", d.number, d.number) if d.number else ""

    def references(self, order_said: bool) -> list[Pair]:
        """(caption, value) of the references other than the document's number."""
        d, refs = self.d, []
        if d.order_number and not order_said:
            refs.append(
                (
                    self.w3("your_order"),
                    self.out.put("order_number", d.order_number, d.order_number),
                )
            )
        if d.customer_number:
            value = self.out.put("customer_number", d.customer_number, d.customer_number)
            refs.append((self.w3("customer"), value))
        for key, other in (
            ("our_ref", self.our_ref),
            ("contract", self.contract),
            ("project", self.project),
            ("dn", self.dn),
        ):
            if other:
                refs.append((self.w3(key) if key != "dn" else self.w("dn"), other))
        self.rng.shuffle(refs)
        return refs

    def dated(self) -> list[Pair]:
        own = (self.w3("date"), self.date("document_date", self.d.date, main=True))
        return [own, *self.rest()]

    def rest(self) -> list[Pair]:
        """Dates and terms the header states beside its references (``RefsPage.items``
        without its numbers), after the document's own date in ``dated``."""
        d, out = self.d, []
        if d.delivery_date and not self.delivery_in_text:
            out.append((self.w("delivery"), self.date("delivery_date", d.delivery_date)))
        if d.due_date:
            out.append((self.w("due"), self.date("due_date", d.due_date)))
        if d.payment_terms and not self.terms_in_text:
            terms = self.out.put("payment_terms", d.payment_terms, d.payment_terms)
            out.append((self.w("terms"), terms))
        return out

    def title_line(self) -> str:
        """The title and the document's number on its line (with its mark or bare)."""
        num = self.number()
        shown = f"{self.w3('own')} {num}" if num and self.marked else num
        return (
            f"<div class='hl-title'><h1 class='title'>{esc(self.title())}</h1>"
            f"<span class='num'>{esc(shown)}</span></div>"
        )

    # the three structures -----------------------------------------------------------------
    def letter(self) -> str:
        d = self.d
        said = []
        if self.contract and self.rng.random() < 0.5:
            said.append(self.w3("contract_sentence").replace("{c}", self.contract))
            self.contract = None
        if d.order_number:
            order = self.out.put("order_number", d.order_number, d.order_number)
            said.append(self.w3("order_sentence").replace("{o}", order))
        grid = self.dated() + self.references(order_said=True)
        lines = "".join(f"<div>{esc(self.lv(lab))} {esc(val)}</div>" for lab, val in grid)
        text = "".join(f"<div class='hl-say'>{esc(s)}</div>" for s in said)
        return f"{self.title_line()}<div class='hl-grid'>{lines}</div>{text}"

    def boxes(self) -> str:
        items: list[Pair] = []
        if self.d.number:
            items.append((self.w(f"no_{self.d.kind}"), self.number()))
        items += self.dated()[:1] + self.references(order_said=False) + self.dated()[1:]
        rows = pair_rows(
            items,
            self.rng.choice([4, 5, 6]),
            lambda lab, val: (
                f"<div class='bx'><div class='c'>{esc(lab)}</div><div class='v'>{esc(val)}</div>"
                "</div>"
            ),
            "<div class='hx-row'>{cells}</div>",
        )
        return f"<h1 class='title'>{esc(self.title())}</h1>{rows}"

    def refline(self) -> str:
        items = self.dated()[:1] + self.references(order_said=False) + self.dated()[1:]
        lines = pair_rows(
            items,
            self.rng.choice([3, 4]),
            lambda lab, val: f"<span>{esc(self.lv(lab))} {esc(val)}</span>",
            "<div class='hr-line'>{cells}</div>",
        )
        return f"{self.title_line()}{lines}"

    # page ---------------------------------------------------------------------------------
    def heads(self) -> dict[str, Callable[[], str]]:
        """The header block each renderer of the family draws; subclasses bring their own."""
        return {"hdr_letter": self.letter, "hdr_boxes": self.boxes, "hdr_refline": self.refline}

    def body(self) -> str:
        d, r = self.d, self.f.renderer
        lh = self.letterhead()
        head = self.heads()[r]()
        said = self.sentences()
        pr = self.window_row()
        main = self.table() + (self.totals() if d.priced else "")
        text = f"<div class='hu-text'>{' '.join(said)}</div>" if said else ""
        content = f"{lh}{pr}{head}{text}{main}{self.notes()}"
        return self.with_legal(content)

    def css(self) -> str:
        return super().css() + _CSS.format(acc=self.o["accent"])
