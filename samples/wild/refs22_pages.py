"""Pages of the session-22 reference families (``refs22_families.py``).

A ``Refs18Page`` (the blocks family's letterhead, parties, table and totals) printing
several numbers side by side (the fields, then numbers of other matters: quotation,
dispatch, contract, project, works order, the sender's own reference), each field's number
in a shape real senders use: a prefix and a space ("PO 6612", "FA 25-118"), a year and a
slash ("INV-2025/0042"), ten bare digits ("4500012345"), digits that read like a date
("2503118"). Every field goes through ``Printed.put``: the truth is the whole printed
number, its prefix letters included.
"""

from __future__ import annotations

import random
from datetime import date

from samples.wild.content import NUMBER_PREFIX, Doc
from samples.wild.families import Family
from samples.wild.page import esc
from samples.wild.refs18_pages import Refs18Page
from samples.wild.refs22_families import REFS22_NAMES, REFS22_WORDS
from samples.wild.refs_pages import Pair

REFS22_RENDERERS = REFS22_NAMES

_CSS = """
table.g22 {{ border-collapse: collapse; margin: 2mm 0 4mm 0; }}
table.g22 td {{ border: 0.6pt solid {acc}; padding: 0.6mm 2.5mm 1mm 2mm; vertical-align: top;
  min-width: 24mm; }}
table.g22 .c {{ font-size: 0.7em; color: #555; }}
table.g22 .v {{ font-weight: bold; white-space: nowrap; }}
.kv22 {{ display: flex; justify-content: space-between; align-items: flex-start;
  margin: 2mm 0 4mm 0; }}
.kv22 h1 {{ margin: 0; }}
table.kv22t td {{ padding: 0.3mm 0; white-space: nowrap; }}
table.kv22t td.v {{ text-align: right; min-width: 46mm; font-weight: bold; }}
.no22 {{ margin: 0 0 3mm 0; font-size: 1.1em; }}
table.ra22 {{ border-collapse: collapse; width: 100%; margin: 3mm 0 1mm 0; }}
table.ra22 th {{ font-size: 0.75em; font-weight: normal; text-align: left; color: #444;
  border-bottom: 0.6pt solid {acc}; padding: 0.4mm 1.5mm; }}
table.ra22 td {{ padding: 0.6mm 1.5mm; white-space: nowrap; }}
.say22 {{ margin: 2mm 0 3mm 0; }}
table.st22 td {{ vertical-align: top; padding: 0.3mm 4mm 0.6mm 0; white-space: nowrap; }}
"""


def _prefix(rng: random.Random, kind: str, lang: str) -> str:
    return rng.choice(NUMBER_PREFIX[kind][lang])


def reshaped_number(rng: random.Random, kind: str, lang: str, day: date) -> str:
    """A document's number in a shape real senders print."""
    p, n, yy = _prefix(rng, kind, lang), rng.randint(1, 9999), day.year % 100
    return rng.choice(
        [
            f"{p} {yy:02d}-{n:03d}",
            f"{p}-{day.year}/{n:04d}",
            f"{p} {n}",
            f"{yy:02d}{day.month:02d}{n % 1000:03d}",
            f"{n:05d}/{yy:02d}",
            f"{p}{day.year}-{n:05d}",
        ]
    )


def reshaped_order(rng: random.Random, day: date) -> str:
    """A buyer's order number as buyers' systems print it."""
    n, yy = rng.randint(100, 99999), day.year % 100
    return rng.choice(
        [
            f"PO {n % 10000}",
            f"45000{rng.randint(10000, 99999)}",
            f"CDE {n}",
            f"BC {yy:02d}-{n % 10000:04d}",
            f"{n % 10000}/{yy:02d}",
            f"OA{day.year}{n % 1000:03d}",
        ]
    )


def reshaped_customer(rng: random.Random) -> str:
    """A customer's account number as ledgers print it."""
    n = rng.randint(100, 99999)
    return rng.choice([f"{n:06d}", f"CL {n:05d}", f"C-{n}", f"411{n % 10000:04d}", f"K{n}"])


class Refs22Page(Refs18Page):
    """A page of one of the ``refs22_families`` families."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        d, lang = doc, doc.language if doc.language in ("fr", "en") else "en"
        if d.number and rng.random() < 0.7:
            d.number = reshaped_number(rng, d.kind, lang, d.date)
        if d.order_number and rng.random() < 0.7:
            d.order_number = reshaped_order(rng, d.date)
        if d.customer_number and rng.random() < 0.6:
            d.customer_number = reshaped_customer(rng)
        super().__init__(doc, fam, rng, heldout)
        year = d.date.year
        job = f"{rng.choice(['OT', 'JOB', 'WO'])} {rng.randint(1000, 99999)}"
        self.job: str | None = job if rng.random() < 0.4 else None
        self.rep = rng.choice(["JD", "MB", "A. Martin", "K. Lee"]) if rng.random() < 0.3 else None
        self.quote22 = (
            f"{rng.choice(['DEV', 'Q', 'OF'])}-{year}-{rng.randint(1, 999):03d}"
            if rng.random() < 0.5
            else None
        )

    def w22(self, key: str) -> str:
        return self.drawn_once(f"__refs22_{key}", REFS22_WORDS[self.lang][key])

    def headline(self) -> str:
        if not self.in_title:
            return esc(self.title())
        shown = self.w22(f"title_{self.d.kind}").replace("{n}", self.number())
        return esc(shown.upper() if self.o["title_case"] == "upper" else shown)

    def own(self) -> Pair:
        return (self.w22(f"own_{self.d.kind}"), self.number())

    def others(self, order: bool = True) -> list[Pair]:
        """(label, value) of the buyer's order, the customer and the other matters' numbers,
        shuffled."""
        d, refs = self.d, []
        if order and d.order_number and d.kind != "purchase_order":
            refs.append(
                (
                    self.w22("your_order"),
                    self.out.put("order_number", d.order_number, d.order_number),
                )
            )
        if d.customer_number:
            cust = self.out.put("customer_number", d.customer_number, d.customer_number)
            refs.append((self.w22("customer"), cust))
        for key, value in (
            ("quote", self.quote22),
            ("dn_other", self.dn),
            ("contract", self.contract),
            ("project", self.project),
            ("job", self.job),
            ("our_ref", self.our_ref),
            ("rep", self.rep),
        ):
            if value:
                refs.append((self.w22(key), value))
        self.rng.shuffle(refs)
        return refs

    def all_pairs(self, order: bool = True, own: bool = True) -> list[Pair]:
        d = self.d
        head: list[Pair] = [self.own()] if own and d.number else []
        head.append((self.w22("date"), self.date("document_date", d.date, main=True)))
        return head + self.others(order) + self.rest()

    # the four placements -------------------------------------------------------------------
    def boxgrid(self) -> str:
        """The title, then a grid of ruled cells, caption over value or value over caption."""
        items = self.all_pairs(own=not self.in_title)
        per = self.rng.choice([3, 4, 5])
        below = self.rng.random() < 0.3
        rows = []
        for i in range(0, len(items), per):
            cells = []
            for lab, val in items[i : i + per]:
                cap, v = f"<div class='c'>{esc(lab)}</div>", f"<div class='v'>{esc(val)}</div>"
                cells.append(f"<td>{v + cap if below else cap + v}</td>")
            rows.append(f"<tr>{''.join(cells)}</tr>")
        title = f"<h1 class='title'>{self.headline()}</h1>"
        return f"{title}<table class='g22'>{''.join(rows)}</table>"

    def keyval(self) -> str:
        """The title left (maybe with the number), a key/value block right, values set far."""
        items = self.all_pairs()
        rows = "".join(
            f"<tr><td class='l'>{esc(self.lv(lab))}</td><td class='v'>{esc(val)}</td></tr>"
            for lab, val in items
        )
        return (
            f"<div class='kv22'><h1 class='title'>{self.headline()}</h1>"
            f"<table class='kv22t'>{rows}</table></div>"
        )

    def rowabove(self) -> str:
        """The title, the number after a mark on its own line; the references in a one-row
        table right above the lines."""
        d = self.d
        mark = self.drawn_once("__refs22_mark", ["No.", "N°", "#", "Nr."])
        num = f"<div class='no22'>{esc(mark)} {esc(self.number())}</div>" if d.number else ""
        return f"<h1 class='title'>{esc(self.title())}</h1>{num}"

    def ref_table(self) -> str:
        items = [(self.w22("date"), self.date("document_date", self.d.date, main=True))]
        items += self.others() + self.rest()
        heads = "".join(f"<th>{esc(lab)}</th>" for lab, _ in items)
        vals = "".join(f"<td>{esc(val)}</td>" for _, val in items)
        return f"<table class='ra22'><tr>{heads}</tr><tr>{vals}</tr></table>"

    def letter22(self) -> str:
        """The title with the number in it, a stack of key/value lines (a label split over
        two lines now and then), the buyer's order said in a sentence."""
        d = self.d
        said = bool(d.order_number) and d.kind != "purchase_order" and self.rng.random() < 0.6
        items = self.all_pairs(order=not said, own=not self.in_title)
        if not said and d.order_number and d.kind != "purchase_order" and self.rng.random() < 0.5:
            split = self.w22("split_order").replace("|", "<br>")
            items = [(split if v == d.order_number else lab, v) for lab, v in items]
        rows = "".join(
            f"<tr><td>{lab if '<br>' in lab else esc(self.lv(lab))}</td><td>{esc(val)}</td></tr>"
            for lab, val in items
        )
        say = ""
        if said and d.order_number:
            order = self.out.put("order_number", d.order_number, d.order_number)
            say = (
                f"<div class='say22'>{esc(self.w22('order_sentence').replace('{o}', order))}</div>"
            )
        title = f"<h1 class='title'>{self.headline()}</h1>"
        return f"{title}<table class='st22'>{rows}</table>{say}"

    # page ---------------------------------------------------------------------------------
    def body(self) -> str:
        d, r = self.d, self.f.renderer
        lh = self.letterhead()
        said = self.sentences()
        text = f"<div class='hu-text'>{' '.join(said)}</div>" if said else ""
        pr = self.window_row()
        main = self.table() + (self.totals() if d.priced else "")
        if r == "r22_boxgrid":
            content = f"{lh}{pr}{self.boxgrid()}{text}{main}"
        elif r == "r22_keyval":
            content = f"{lh}{pr}{self.keyval()}{text}{main}"
        elif r == "r22_rowabove":
            content = f"{lh}{self.rowabove()}{pr}{text}{self.ref_table()}{main}"
        else:
            content = f"{lh}{pr}{self.letter22()}{text}{main}"
        return self.with_legal(content + self.notes())

    def css(self) -> str:
        return super().css() + _CSS.format(acc=self.o["accent"])
