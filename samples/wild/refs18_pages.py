"""Pages of the session-18 reference families (``refs18_families.py``).

A ``Refs3Page`` (refs3_pages.py: the blocks family's letterhead, parties, table and totals)
whose references are labelled in several words and set where no other family sets them: a
ruled block of label cells over value cells at the top right, a key/value grid of several
column pairs, one line holding several numbers, the document's number in its title and
in a footer strip, the customer's number in the address block. Numbers are printed with
slashes or dots now and then. Every field goes through ``Printed.put`` (the truth is what
is printed); the other references (a contract, a dispatch) are printed and are no field.
"""

from __future__ import annotations

import random

from samples.wild.content import Doc
from samples.wild.families import Family
from samples.wild.page import esc
from samples.wild.refs3_pages import Refs3Page
from samples.wild.refs18_families import REFS18_NAMES, REFS18_WORDS
from samples.wild.refs_pages import Pair

REFS18_RENDERERS = REFS18_NAMES

_CSS = """
.c18-top {{ display: flex; justify-content: space-between; align-items: flex-start;
  margin: 2mm 0 4mm 0; gap: 6mm; }}
.c18-top h1 {{ margin: 0; }}
table.c18-cells {{ border-collapse: collapse; }}
table.c18-cells th {{ font-weight: normal; font-size: 0.72em; text-align: left;
  border: 0.6pt solid {acc}; padding: 0.5mm 2mm; color: #444; }}
table.c18-cells td {{ border: 0.6pt solid {acc}; padding: 0.8mm 2mm; white-space: nowrap; }}
table.k18 {{ border-collapse: collapse; margin: 3mm 0 4mm 0; }}
table.k18 td {{ padding: 0.5mm 2mm 0.5mm 0; white-space: nowrap; }}
table.k18 td.l {{ color: #555; padding-right: 3mm; }}
table.k18 td.v {{ font-weight: bold; padding-right: 9mm; }}
table.c18-mid th, table.c18-mid td {{ text-align: center; min-width: 22mm; }}
table.c18-right td {{ text-align: right; min-width: 26mm; }}
table.k18.k18-far td.v {{ text-align: right; min-width: 34mm; }}
.s18-line {{ margin: 2mm 0 3mm 0; white-space: nowrap; }}
.s18-line span {{ margin-right: 8mm; }}
.s18-say {{ margin: 1mm 0 3mm 0; }}
.s18-strip {{ margin-top: 6mm; border-top: 0.6pt solid {acc}; font-size: 0.8em;
  padding-top: 1mm; color: #444; }}
"""


def _respelt(number: str, rng: random.Random) -> str:
    """The number with its dashes printed as slashes, dots or spaces now and then
    ("FA/2025/0012", "FA 2025 0012")."""
    if "-" not in number or rng.random() < 0.5:
        return number
    return number.replace("-", rng.choice(["/", ".", " "]))


class Refs18Page(Refs3Page):
    """A page of one of the ``refs18_families`` families."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        d = doc
        if d.number:
            d.number = _respelt(d.number, rng)
        if d.order_number:
            d.order_number = _respelt(d.order_number, rng)
        super().__init__(doc, fam, rng, heldout)
        self.in_title = bool(self.d.number) and rng.random() < 0.5
        self.cust_in_address = bool(self.d.customer_number) and rng.random() < 0.4

    def w18(self, key: str) -> str:
        return self.drawn_once(f"__refs18_{key}", REFS18_WORDS[self.lang][key])

    def headline(self) -> str:
        """The title, with the document's number in its words when the page draws it so."""
        if not self.in_title:
            return esc(self.title())
        shown = self.w18(f"title_{self.d.kind}").replace("{n}", self.number())
        return esc(shown.upper() if self.o["title_case"] == "upper" else shown)

    def pairs(self) -> list[Pair]:
        """(label, value) the header states: the document's number (unless in the title),
        its date, the buyer's order, the customer, another matter, then dates and terms."""
        d, items = self.d, []
        if d.number and not self.in_title:
            items.append((self.w18(f"own_{d.kind}"), self.number()))
        items.append((self.w18("date"), self.date("document_date", d.date, main=True)))
        refs: list[Pair] = []
        if d.order_number and d.kind != "purchase_order":
            order = self.out.put("order_number", d.order_number, d.order_number)
            refs.append((self.w18("your_order"), order))
        if d.customer_number and not self.cust_in_address:
            cust = self.out.put("customer_number", d.customer_number, d.customer_number)
            refs.append((self.w18("customer"), cust))
        if self.contract:
            refs.append((self.w18("contract"), self.contract))
        if self.dn:
            refs.append((self.w18("dn"), self.dn))
        self.rng.shuffle(refs)
        return items + refs + self.rest()

    def block(
        self,
        label: str | None,
        party_name: str,
        lines: list[str],
        field: str | None,
        extra: list[str] | None = None,
        cls: str = "",
    ) -> str:
        """The address block; the recipient's carries the customer's number when drawn."""
        d = self.d
        if field == "billing_address" and self.cust_in_address and d.customer_number:
            cust = self.out.put("customer_number", d.customer_number, d.customer_number)
            extra = [*(extra or []), f"{self.w18('address_customer')} {cust}"]
        return super().block(label, party_name, lines, field, extra, cls)

    # the three placements -----------------------------------------------------------------
    def cells(self, items: list[Pair]) -> str:
        """The title left, a ruled block of label cells over value cells right."""
        per = self.rng.choice([2, 3])
        rows = []
        for i in range(0, len(items), per):
            part = items[i : i + per]
            rows.append("<tr>" + "".join(f"<th>{esc(lab)}</th>" for lab, _ in part) + "</tr>")
            rows.append("<tr>" + "".join(f"<td>{esc(val)}</td>" for _, val in part) + "</tr>")
        align = self.rng.choice(["", " c18-mid", " c18-right"])
        table = f"<table class='c18-cells{align}'>{''.join(rows)}</table>"
        return f"<div class='c18-top'><h1 class='title'>{self.headline()}</h1>{table}</div>"

    def kvgrid(self, items: list[Pair]) -> str:
        """Label and value cells, two or three pairs to a row, no separator."""
        per = self.rng.choice([2, 3])
        rows = []
        for i in range(0, len(items), per):
            cells = "".join(
                f"<td class='l'>{esc(lab)}</td><td class='v'>{esc(val)}</td>"
                for lab, val in items[i : i + per]
            )
            rows.append(f"<tr>{cells}</tr>")
        far = " k18-far" if self.rng.random() < 0.5 else ""
        return f"<table class='k18{far}'>{''.join(rows)}</table>"

    def strip_line(self, items: list[Pair]) -> str:
        """Several "label value" pairs on one line, then the rest on a second."""
        numbers = [p for p in items if any(ch.isdigit() for ch in p[1])][:3]
        rest = [p for p in items if p not in numbers]
        lines = []
        if len(numbers) >= 2 and self.rng.random() < 0.4:
            # two labels joined by a slash, then their two values in the same order
            (la, va), (lb, vb) = numbers[:2]
            joined = f"{la.rstrip(' :')} / {lb.rstrip(' :')} : {va} / {vb}"
            lines.append(f"<div class='s18-line'><span>{esc(joined)}</span></div>")
            numbers = numbers[2:]
        for part in (numbers, rest):
            if part:
                spans = "".join(f"<span>{esc(lab)} {esc(val)}</span>" for lab, val in part)
                lines.append(f"<div class='s18-line'>{spans}</div>")
        return "".join(lines)

    # page ---------------------------------------------------------------------------------
    def body(self) -> str:
        d, r = self.d, self.f.renderer
        lh = self.letterhead()
        items = self.pairs()
        said = self.sentences()
        text = f"<div class='hu-text'>{' '.join(said)}</div>" if said else ""
        pr = self.window_row()
        main = self.table() + (self.totals() if d.priced else "")
        title = f"<h1 class='title'>{self.headline()}</h1>"
        if r == "r18_cells":
            content = f"{lh}{self.cells(items)}{pr}{text}{main}{self.notes()}"
        elif r == "r18_kvgrid":
            content = f"{lh}{pr}{title}{self.kvgrid(items)}{text}{main}{self.notes()}"
        else:
            say = ""
            if d.order_number and d.kind != "purchase_order" and self.rng.random() < 0.4:
                order = self.out.put("order_number", d.order_number, d.order_number)
                sentence = self.w18("order_sentence").replace("{o}", order)
                say = f"<div class='s18-say'>{esc(sentence)}</div>"
                items = [p for p in items if p[1] != order]
            strip = ""
            if d.number:
                shown = self.w18("strip").replace("{n}", self.number())
                strip = f"<div class='s18-strip'>{esc(shown)}</div>"
            head = self.strip_line(items)
            content = f"{lh}{title}{pr}{head}{say}{text}{main}{self.notes()}{strip}"
        return self.with_legal(content)

    def css(self) -> str:
        return super().css() + _CSS.format(acc=self.o["accent"])
