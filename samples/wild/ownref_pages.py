"""Pages of the whose-number development families (``ownref_families.py``).

A ``ReflistPage`` (reflist_pages.py: the blocks family's letterhead, parties, table and
totals, with its other references: a contract, a project, a delivery note) whose own
number and whose customer's order reference are printed by whose they are rather than by
their kind: "our ref / your ref" pairs, captions over values on lines of their own (the
number sometimes only as a barcode's caption), or a sentence quoting both. Every field
goes through ``Printed.put`` (the truth is what is printed).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from samples.wild.content import Doc
from samples.wild.families import Family
from samples.wild.ownref_families import OWNREF_NAMES, OWNREF_TITLES, OWNREF_WORDS
from samples.wild.page import esc
from samples.wild.reflist_pages import ReflistPage
from samples.wild.refs_pages import Pair

OWNREF_RENDERERS = OWNREF_NAMES

_CSS = """
table.op {{ border-collapse: collapse; margin: 3mm 0 3mm 0; }}
table.op th {{ font-weight: normal; font-size: 0.78em; text-align: left; color: {acc};
  padding: 0.4mm 4mm 0.4mm 0; }}
table.op td {{ padding: 0.4mm 4mm 0.8mm 0; white-space: nowrap; font-weight: bold; }}
.op-line {{ margin: 2mm 0; white-space: nowrap; }}
.op-line span {{ margin-right: 10mm; }}
.os-wrap {{ display: flex; justify-content: space-between; align-items: flex-start;
  margin: 2mm 0 3mm 0; }}
.os-block {{ text-align: right; }}
.os-block .c {{ font-size: 0.76em; color: {acc}; margin-top: 1.6mm; }}
.os-block .v {{ font-size: 1.12em; font-weight: bold; white-space: nowrap; }}
.os-bar {{ height: 9mm; width: 46mm; margin-left: auto;
  background: repeating-linear-gradient(90deg, #000 0 0.5mm, #fff 0.5mm 0.9mm,
  #000 0.9mm 1.6mm, #fff 1.6mm 2.1mm); }}
.os-bc {{ font-family: 'DejaVu Sans Mono', monospace; font-size: 0.85em; text-align: right;
  letter-spacing: 0.6mm; }}
.oq-say {{ margin: 3mm 0 3mm 0; }}
.oq-line {{ margin: 0.6mm 0; white-space: nowrap; }}
"""


class OwnrefPage(ReflistPage):
    """A page of one of the ``ownref_families`` families."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        # own_pair: a caption row over a value row, or the pairs on one line
        self.pair_table = rng.random() < 0.55
        self.per_row = rng.choice([3, 4, 5])
        # own_split: the number only under a barcode (else as a caption over its value)
        self.barcode_only = rng.random() < 0.4
        self.quoted_day = self.d.date - dt.timedelta(days=rng.randint(1, 25))
        # own_quote: a purchase order quotes the supplier's offer (no field)
        self.offer = f"{rng.choice(['DV', 'OF', 'Q'])}{rng.randint(1000, 99999)}"

    def w5(self, key: str) -> str:
        return self.drawn_once(f"__ownref_{key}", OWNREF_WORDS[self.lang][key])

    def title(self) -> str:
        return self.drawn_title(OWNREF_TITLES)

    def others(self) -> list[Pair]:
        """The customer's account and the other references (no field but the account)."""
        d, out = self.d, []
        if d.customer_number:
            out.append((self.w5("customer"), self.customer()))
        if self.contract:
            out.append((self.w4("contract"), self.contract))
        if self.dn:
            out.append((self.w4("dn"), self.dn))
        return out

    # the three structures -----------------------------------------------------------------
    def head_pair(self) -> str:
        d = self.d
        items: list[Pair] = []
        if d.number:
            items.append((self.w5("ours"), self.number()))
        if d.order_number:
            items.append((self.w5("yours"), self.order()))
        items.append((self.w5("date"), self.own_date()))
        items += self.others() + self.rest()
        # a few pairs a row, so that no row runs off the page
        chunks = [items[k : k + self.per_row] for k in range(0, len(items), self.per_row)]
        if self.pair_table:
            body = "".join(
                "<tr>"
                + "".join(f"<th>{esc(lab)}</th>" for lab, _ in chunk)
                + "</tr><tr>"
                + "".join(f"<td>{esc(val)}</td>" for _, val in chunk)
                + "</tr>"
                for chunk in chunks
            )
            refs = f"<table class='op'>{body}</table>"
        else:
            refs = "".join(
                "<div class='op-line'>"
                + "".join(f"<span>{esc(self.lv(lab))} {esc(val)}</span>" for lab, val in chunk)
                + "</div>"
                for chunk in chunks
            )
        return f"<h1 class='title'>{esc(self.title())}</h1>{refs}"

    def head_split(self) -> str:
        d = self.d
        parts: list[str] = []
        bar = ""
        if d.number:
            if self.barcode_only:
                cap = self.w5("barcode")
                cap_html = f"<div class='c'>{esc(cap)}</div>" if cap else ""
                bar = (
                    f"{cap_html}<div class='os-bar'></div>"
                    f"<div class='os-bc'>*{esc(self.number())}*</div>"
                )
            else:
                parts.append(self.cap_value(self.w5(f"own_{d.kind}"), self.number()))
        parts.append(self.cap_value(self.w5("date"), self.own_date()))
        if d.order_number:
            parts.append(self.cap_value(self.w5("your_order"), self.order()))
        for lab, val in self.others() + self.rest():
            parts.append(self.cap_value(lab, val))
        block = f"<div class='os-block'>{bar}{''.join(parts)}</div>"
        return f"<div class='os-wrap'><h1 class='title'>{esc(self.title())}</h1>{block}</div>"

    @staticmethod
    def cap_value(caption: str, value: str) -> str:
        return f"<div class='c'>{esc(caption)}</div><div class='v'>{esc(value)}</div>"

    def head_quote(self) -> str:
        d = self.d
        said = ""
        if d.number:
            if d.kind == "purchase_order":
                text = self.w5("quote_purchase_order").replace("{o}", self.offer)
            elif d.order_number:
                text = self.w5(f"quote_{d.kind}").replace("{o}", self.order())
            else:
                text = self.w5(f"quote_bare_{d.kind}")
            text = text.replace("{d}", self.date(None, self.quoted_day))
            said = f"<div class='oq-say'>{esc(text.replace('{n}', self.number()))}</div>"
        elif d.order_number:
            caption = self.lv(self.w5("your_order"))
            said = f"<div class='oq-say'>{esc(caption)} {esc(self.order())}</div>"
        items = [(self.w5("date"), self.own_date()), *self.others(), *self.rest()]
        lines = "".join(
            f"<div class='oq-line'>{esc(self.lv(lab))} {esc(val)}</div>" for lab, val in items
        )
        return f"<h1 class='title'>{esc(self.title())}</h1>{lines}{said}"

    # page ---------------------------------------------------------------------------------
    def heads(self) -> dict[str, Callable[[], str]]:
        return {
            "own_pair": self.head_pair,
            "own_split": self.head_split,
            "own_quote": self.head_quote,
        }

    def css(self) -> str:
        return super().css() + _CSS.format(acc=self.o["accent"])
