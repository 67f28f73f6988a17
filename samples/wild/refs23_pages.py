"""Pages of the session-23 reference families (``refs23_families.py``).

A ``Refs22Page`` (the blocks family's letterhead, parties, table and totals, numbers in the
shapes real senders print) whose references are set as ERP and office software set them:
the number and the date in the title line, a label carrying the order's own date, a ruled
band where the document's kind is a value, our and your references on one line, a subject
line, a framed box on the right; numbers of no field beside them (page, folio, round,
depot, lot, rep, the customer's SIRET, a telephone). Every field goes through
``Printed.put``: the truth is what is printed.
"""

from __future__ import annotations

import datetime as dt
import random

from samples.wild.content import Doc
from samples.wild.families import Family
from samples.wild.page import esc
from samples.wild.refs18_pages import Refs18Page
from samples.wild.refs22_pages import Refs22Page
from samples.wild.refs23_families import REFS23_NAMES, REFS23_WORDS
from samples.wild.refs_pages import Pair

REFS23_RENDERERS = REFS23_NAMES

_CSS = """
.t23 {{ margin: 2mm 0 3mm 0; }}
.t23top {{ display: flex; justify-content: space-between; align-items: flex-start; gap: 8mm;
  margin: 2mm 0 4mm 0; }}
.t23top h1 {{ margin: 0; white-space: nowrap; font-size: 1.3em; }}
table.st23 td {{ padding: 0.2mm 3mm 0.4mm 0; white-space: nowrap; }}
table.st23 td.v {{ font-weight: bold; }}
.pair23 {{ margin: 1mm 0 3mm 0; white-space: nowrap; }}
.pair23 span {{ margin-right: 10mm; }}
table.band23 {{ border-collapse: collapse; width: 100%; margin: 3mm 0 3mm 0; }}
table.band23 th {{ border: 0.6pt solid {acc}; font-weight: normal; font-size: 0.75em;
  padding: 0.4mm 1.5mm; text-align: center; background: #eee; }}
table.band23 td {{ border: 0.6pt solid {acc}; padding: 0.8mm 1.5mm; text-align: center;
  white-space: nowrap; }}
.memo23 {{ margin: 3mm 0 3mm 0; }}
.memo23 div {{ margin: 0.6mm 0; }}
.box23 {{ border: 0.8pt solid {acc}; padding: 2mm 3mm; margin: 2mm 0 4mm auto; width: 78mm; }}
.box23 .k {{ font-weight: bold; font-size: 1.15em; }}
.box23 div {{ margin: 0.4mm 0; white-space: nowrap; }}
"""


def _phone(rng: random.Random, lang: str) -> str:
    if lang == "fr":
        return "0" + " ".join(f"{rng.randint(1, 99):02d}" for _ in range(5))[1:]
    return f"+44 {rng.randint(20, 29)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"


class Refs23Page(Refs22Page):
    """A page of one of the ``refs23_families`` families."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        d = self.d
        self.cust_in_address = bool(d.customer_number) and rng.random() < 0.4
        self.order_day = d.date - dt.timedelta(days=rng.randint(2, 40))
        pages = rng.choice([1, 1, 2, 3])
        self.page_no = f"1/{pages}" if rng.random() < 0.7 else f"1 / {pages}"
        self.folio = f"{rng.randint(1, 9999):04d}" if rng.random() < 0.5 else None
        self.round = (
            f"{rng.choice(['T', 'R', ''])}{rng.randint(1, 60):02d}" if rng.random() < 0.4 else None
        )
        self.depot = f"{rng.randint(1, 20):02d}" if rng.random() < 0.35 else None
        self.lot = f"{d.date.year}-{rng.randint(1, 999):03d}" if rng.random() < 0.3 else None
        self.rep_code = f"{rng.randint(1, 99):02d}" if rng.random() < 0.5 else None
        siren = rng.randint(300_000_000, 899_999_999)
        head = f"{siren // 1_000_000} {siren // 1000 % 1000:03d} {siren % 1000:03d}"
        self.siret = f"{head} 000{rng.randint(10, 99)}" if rng.random() < 0.4 else None
        self.phone = _phone(rng, self.lang)
        self.person = rng.choice(["M. Durand", "Mme Petit", "J. Smith", "A. Khan"])

    def w23(self, key: str, **fill: str) -> str:
        text = self.drawn_once(f"__refs23_{key}", REFS23_WORDS[self.lang][key])
        for name, value in fill.items():
            text = text.replace("{" + name + "}", value)
        return text

    def kind_word(self) -> str:
        return self.w23(f"kind_{self.d.kind}")

    def has_order(self) -> bool:
        return bool(self.d.order_number) and self.d.kind != "purchase_order"

    def order(self) -> str:
        number = self.d.order_number or ""
        return self.out.put("order_number", number, number)

    def customer(self) -> str:
        number = self.d.customer_number or ""
        return self.out.put("customer_number", number, number)

    def distractors(self) -> list[Pair]:
        """Numbers of no field the header prints beside the references."""
        out: list[Pair] = [(self.w23("page"), self.page_no)]
        for key, value in (
            ("folio", self.folio),
            ("round", self.round),
            ("depot", self.depot),
            ("lot", self.lot),
            ("rep", self.rep_code),
            ("siret", self.siret),
        ):
            if value:
                out.append((self.w23(key), value))
        return out

    def dated_title(self) -> str:
        d = self.d
        if not d.number:
            return esc(self.title())
        day = self.date("document_date", d.date, main=True)
        return esc(self.w23("title_dated", k=self.kind_word(), n=self.number(), d=day))

    # the four placements -------------------------------------------------------------------
    def titledate(self) -> str:
        """The number and the date in the title; a right stack of key/value lines; the
        buyer's order under a label holding its date, or in a "your / our" line."""
        d = self.d
        items: list[Pair] = []
        if not d.number:
            items.append((self.w23("date"), self.date("document_date", d.date, main=True)))
        pair_line = ""
        if self.has_order():
            if self.rng.random() < 0.5:
                label = self.w23("order_dated", d=self.date(None, self.order_day))
                items.append((label, self.order()))
            else:
                spans = [(self.w23("order_plain"), self.order())]
                if self.our_ref:
                    spans.append((self.w23("our_plain"), self.our_ref))
                    self.rng.shuffle(spans)
                pair_line = (
                    "<div class='pair23'>"
                    + "".join(f"<span>{esc(self.lv(lab))} {esc(val)}</span>" for lab, val in spans)
                    + "</div>"
                )
        if d.customer_number and not self.cust_in_address:
            items.append((self.w23("customer"), self.customer()))
        items += self.distractors()
        self.rng.shuffle(items)
        items += self.rest()
        rows = "".join(
            f"<tr><td>{esc(self.lv(lab))}</td><td class='v'>{esc(val)}</td></tr>"
            for lab, val in items
        )
        return (
            f"<div class='t23top'><h1 class='title'>{self.dated_title()}</h1>"
            f"<table class='st23'>{rows}</table></div>{pair_line}"
        )

    def erpband(self) -> str:
        """A ruled band of captions over values, the kind as a value, the number under a
        bare number caption, page, rep and round beside it."""
        d = self.d
        items: list[Pair] = [(self.w23("band_type"), self.kind_word())]
        if d.number:
            items.append((self.w23("band_number"), self.number()))
        items.append((self.w23("date"), self.date("document_date", d.date, main=True)))
        if d.customer_number:
            items.append((self.w23("customer"), self.customer()))
        if self.has_order():
            items.append((self.w23("band_order"), self.order()))
        extra = self.distractors()
        self.rng.shuffle(extra)
        items += extra[:3]
        heads = "".join(f"<th>{esc(lab)}</th>" for lab, _ in items)
        vals = "".join(f"<td>{esc(val)}</td>" for _, val in items)
        band = f"<table class='band23'><tr>{heads}</tr><tr>{vals}</tr></table>"
        rest = self.rest()
        tail = ""
        if rest:
            tail = (
                "<table class='st23'>"
                + "".join(
                    f"<tr><td>{esc(self.lv(lab))}</td><td class='v'>{esc(val)}</td></tr>"
                    for lab, val in rest
                )
                + "</table>"
            )
        title = f"<h1 class='title'>{esc(self.title())}</h1>" if self.rng.random() < 0.5 else ""
        return f"{title}{band}{tail}"

    def memo(self) -> str:
        """A subject line naming the document, its number and the order with its date; our
        and your references on one line; who handles the file and a telephone."""
        d = self.d
        lines = []
        kind = self.kind_word()
        kind = kind if kind.isupper() else kind.lower()
        said_order = False
        if d.number:
            if self.has_order() and self.rng.random() < 0.6:
                subject = self.w23(
                    "subject_line",
                    k=kind,
                    n=self.number(),
                    o=self.order(),
                    d=self.date(None, self.order_day),
                )
                said_order = True
            else:
                subject = self.w23("subject_alone", k=kind, n=self.number())
            lines.append(f"{self.w23('subject')} {subject}")
        spans: list[Pair] = []
        if self.has_order() and not said_order:
            spans.append((self.w23("order_plain"), self.order()))
        if self.our_ref:
            spans.append((self.w23("our_plain"), self.our_ref))
        self.rng.shuffle(spans)
        if spans:
            lines.append("    ".join(f"{self.lv(lab)} {val}" for lab, val in spans))
        more: list[Pair] = [(self.w23("date"), self.date("document_date", d.date, main=True))]
        if d.customer_number and not self.cust_in_address:
            more.append((self.w23("customer"), self.customer()))
        more += self.distractors()[:2] + self.rest()
        lines.append("    ".join(f"{self.lv(lab)} {val}" for lab, val in more))
        lines.append(self.w23("followed", p=self.person, t=self.phone))
        title = f"<h1 class='title'>{esc(self.title())}</h1>" if self.rng.random() < 0.4 else ""
        body = "".join(f"<div>{esc(x)}</div>" for x in lines)
        return f"{title}<div class='memo23'>{body}</div>"

    def sidebox(self) -> str:
        """A framed box on the right: the kind, "N° ... du ...", then one line each."""
        d = self.d
        lines = [f"<div class='k'>{esc(self.kind_word())}</div>"]
        if d.number:
            day = self.date("document_date", d.date, main=True)
            lines.append(f"<div>{esc(self.w23('box_number', n=self.number(), d=day))}</div>")
        else:
            day = self.date("document_date", d.date, main=True)
            lines.append(f"<div>{esc(self.lv(self.w23('date')))} {esc(day)}</div>")
        items: list[Pair] = []
        if d.customer_number and not self.cust_in_address:
            items.append((self.w23("customer"), self.customer()))
        if self.has_order():
            label = self.w23("order_dated", d=self.date(None, self.order_day))
            items.append((label, self.order()))
        items += self.distractors()
        self.rng.shuffle(items)
        items += self.rest()
        lines += [f"<div>{esc(self.lv(lab))} {esc(val)}</div>" for lab, val in items]
        return f"<div class='box23'>{''.join(lines)}</div>"

    # the address block ------------------------------------------------------------------
    def block(
        self,
        label: str | None,
        party_name: str,
        lines: list[str],
        field: str | None,
        extra: list[str] | None = None,
        cls: str = "",
    ) -> str:
        """The recipient's block carries the customer's code (and, at times, a telephone)."""
        d = self.d
        if field == "billing_address" and self.cust_in_address and d.customer_number:
            extra = [*(extra or []), f"{self.lv(self.w23('customer'))} {self.customer()}"]
        return super(Refs18Page, self).block(label, party_name, lines, field, extra, cls)

    # page ---------------------------------------------------------------------------------
    def body(self) -> str:
        d, r = self.d, self.f.renderer
        lh = self.letterhead()
        said = self.sentences()
        text = f"<div class='hu-text'>{' '.join(said)}</div>" if said else ""
        pr = self.window_row()
        main = self.table() + (self.totals() if d.priced else "")
        if r == "r23_titledate":
            content = f"{lh}{pr}{self.titledate()}{text}{main}"
        elif r == "r23_erpband":
            content = f"{lh}{pr}{self.erpband()}{text}{main}"
        elif r == "r23_memo":
            content = f"{lh}{pr}{self.memo()}{text}{main}"
        else:
            content = f"{lh}<div class='t23top'>{pr}{self.sidebox()}</div>{text}{main}"
        return self.with_legal(content + self.notes())

    def css(self) -> str:
        return super().css() + _CSS.format(acc=self.o["accent"])
