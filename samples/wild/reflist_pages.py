"""Pages of the reference-list development families (``reflist_families.py``).

A ``Refs3Page`` (refs3_pages.py: the blocks family's letterhead, parties, table and totals)
whose references are printed as a table of references, in the title line and in
sentences, or in a boxed grid of captions over values, beside other numbers that are no
field (a delivery note, a contract, a page number, a phone). Every field goes through
``Printed.put`` (the truth is what is printed).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from samples.wild.content import Doc
from samples.wild.families import Family
from samples.wild.page import caption_grids, esc
from samples.wild.reflist_families import REFLIST_NAMES, REFLIST_WORDS
from samples.wild.refs3_pages import Refs3Page
from samples.wild.refs_pages import Pair

REFLIST_RENDERERS = REFLIST_NAMES

_CSS = """
table.rl {{ border-collapse: collapse; margin: 3mm 0 4mm 0; }}
table.rl th {{ font-size: 0.8em; text-align: left; padding: 0.6mm 3mm 0.6mm 1.5mm;
  border-bottom: 0.8pt solid {acc}; color: {acc}; }}
table.rl td {{ padding: 0.7mm 3mm 0.7mm 1.5mm; white-space: nowrap;
  border-bottom: 0.4pt solid #bbb; }}
.rt-head {{ display: flex; justify-content: space-between; align-items: baseline; }}
.rt-page {{ font-size: 0.8em; color: #555; }}
.rt-say {{ margin: 2mm 0 3mm 0; }}
.rt-line {{ margin: 0.6mm 0; white-space: nowrap; }}
table.rs {{ border-collapse: collapse; margin: 2.5mm 0 1mm 0; width: 100%; }}
table.rs th {{ font-weight: normal; font-size: 0.74em; text-align: left; padding: 0.6mm 1.5mm;
  border: 0.6pt solid {acc}; border-bottom: none; color: #444; }}
table.rs td {{ padding: 0.2mm 1.5mm 1mm 1.5mm; border: 0.6pt solid {acc}; border-top: none;
  font-weight: bold; white-space: nowrap; }}
"""


class ReflistPage(Refs3Page):
    """A page of one of the ``reflist_families`` families (the third round's other
    references: a contract, a project, a delivery note)."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        self.order_day = self.d.date - dt.timedelta(days=rng.randint(2, 30))
        self.pages_shown = rng.random() < 0.6
        # ref_titled: the number in the title's line (bare) or only in the opening sentence
        self.in_title = rng.random() < 0.6

    def w4(self, key: str) -> str:
        return self.drawn_once(f"__reflist_{key}", REFLIST_WORDS[self.lang][key])

    def order(self) -> str:
        d = self.d
        return (
            self.out.put("order_number", d.order_number, d.order_number) if d.order_number else ""
        )

    def customer(self) -> str:
        d = self.d
        if not d.customer_number:
            return ""
        return self.out.put("customer_number", d.customer_number, d.customer_number)

    def own_date(self) -> str:
        return self.date("document_date", self.d.date, main=True)

    def page_no(self) -> str:
        return f"{self.w4('page')} 1/1"

    # the three structures -----------------------------------------------------------------
    def ref_table(self) -> str:
        d = self.d
        heads = self.w4("heads").split("|")
        own = (self.w4(f"own_{d.kind}"), self.number(), self.own_date())
        rows: list[tuple[str, str, str]] = []
        if d.order_number:
            rows.append((self.w4("your_order"), self.order(), self.date(None, self.order_day)))
        if self.dn:
            rows.append((self.w4("dn"), self.dn, self.date(None, self.order_day)))
        if self.contract:
            rows.append((self.w4("contract"), self.contract, ""))
        if d.customer_number:
            rows.append((self.w4("customer"), self.customer(), ""))
        self.rng.shuffle(rows)
        rows.insert(0 if self.rng.random() < 0.7 else len(rows), own)
        head = "".join(f"<th>{esc(h)}</th>" for h in heads)
        body = "".join(
            "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows
        )
        lines = "".join(
            f"<div class='rt-line'>{esc(self.lv(lab))} {esc(val)}</div>" for lab, val in self.rest()
        )
        page = f"<span class='rt-page'>{esc(self.page_no())}</span>" if self.pages_shown else ""
        title = f"<div class='rt-head'><h1 class='title'>{esc(self.title())}</h1>{page}</div>"
        return f"{title}<table class='rl'><tr>{head}</tr>{body}</table>{lines}"

    def ref_titled(self) -> str:
        d = self.d
        said: list[str] = []
        if self.in_title and d.number:
            title = f"{self.title()} {self.number()}"
            date_line = [(self.w("date"), self.own_date())]
        else:
            title = self.title()
            date_line = []
            if d.number:
                kind = self.w4(f"own_kind_{d.kind}")
                text = self.w4("own_sentence").replace("{k}", kind)
                said.append(text.replace("{n}", self.number()).replace("{d}", self.own_date()))
            else:
                date_line = [(self.w("date"), self.own_date())]
        if d.order_number:
            text = self.w4("order_sentence").replace("{o}", self.order())
            said.append(text.replace("{d}", self.date(None, self.order_day)))
        if self.contract and self.rng.random() < 0.6:
            said.append(self.w4("contract_sentence").replace("{c}", self.contract))
        pairs = date_line + self.rest()
        if d.customer_number:
            pairs.insert(self.rng.randint(0, len(pairs)), (self.w4("customer"), self.customer()))
        lines = "".join(
            f"<div class='rt-line'>{esc(self.lv(lab))} {esc(val)}</div>" for lab, val in pairs
        )
        page = f"<span class='rt-page'>{esc(self.page_no())}</span>" if self.pages_shown else ""
        head = f"<div class='rt-head'><h1 class='title'>{esc(title)}</h1>{page}</div>"
        text = "".join(f"<div class='rt-say'>{esc(s)}</div>" for s in said)
        return f"{head}{lines}{text}"

    def ref_stack(self) -> str:
        d = self.d
        items: list[Pair] = []
        if d.number:
            items.append((self.w4("box_own"), self.number()))
        items.append((self.w4("box_date"), self.own_date()))
        more: list[Pair] = []
        if d.order_number:
            more.append((self.w4("box_order"), self.order()))
        if d.customer_number:
            more.append((self.w4("box_customer"), self.customer()))
        if self.contract:
            more.append((self.w4("box_contract"), self.contract))
        if self.dn:
            more.append((self.w4("box_dn"), self.dn))
        if self.rng.random() < 0.4:
            more.append((self.w4("box_phone"), self.d.issuer.phone))
        if self.pages_shown:
            more.append((self.w4("page"), "1/1"))
        self.rng.shuffle(more)
        items += more + self.rest()
        if self.rng.random() < 0.3 and len(items) > 2:  # the number not always first
            items[0], items[2] = items[2], items[0]
        grid = caption_grids(items, self.rng.choice([4, 5, 6]), "rs")
        return f"<h1 class='title'>{esc(self.title())}</h1>{grid}"

    # page ---------------------------------------------------------------------------------
    def heads(self) -> dict[str, Callable[[], str]]:
        return {
            "ref_table": self.ref_table,
            "ref_titled": self.ref_titled,
            "ref_stack": self.ref_stack,
        }

    def css(self) -> str:
        return super().css() + _CSS.format(acc=self.o["accent"])
