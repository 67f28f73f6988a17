"""Pages of the second header-hard development families (``refs_families.py``).

A ``Page`` (page.py) whose letterhead, parties, line table and totals are the blocks
family's; only the header is drawn in another structure: a header row of labels over a row
of values, values over their captions, labels in a coloured band, or leader dots between
label and value. Every field goes through ``Printed.put`` (the truth is what is printed).
The other references (our reference, contract, quotation, delivery note) and the other
dates (the buyer's order date, a value date, a print date) are printed and are no field;
a delivery stated as a calendar week is no date and leaves ``delivery_date`` out.
"""

from __future__ import annotations

import datetime as dt
import random

from samples.wild.content import Doc, doc_number
from samples.wild.families import Family
from samples.wild.page import Page, caption_grids, esc, pair_rows
from samples.wild.refs_families import REFS_NAMES, REFS_TERMS, REFS_WORDS

REFS_RENDERERS = REFS_NAMES

_CSS = """
table.rr {{ border-collapse: collapse; margin: 3mm 0 2mm 0; width: 100%; }}
table.rr th {{ background: {acc}; color: #fff; font-weight: normal; font-size: 0.82em;
  text-align: left; padding: 0.8mm 1.5mm; border: 0.6pt solid {acc}; }}
table.rr td {{ padding: 1mm 1.5mm; border: 0.6pt solid #888; white-space: nowrap; }}
.hu-row {{ display: flex; gap: 7mm; margin: 2.5mm 0 1mm 0; flex-wrap: wrap; }}
.hu-row .v {{ font-weight: bold; white-space: nowrap; }}
.hu-row .c {{ font-size: 0.72em; color: #666; border-top: 0.5pt solid #aaa; }}
.hu-text {{ margin: 2mm 0 4mm 0; }}
table.hb {{ border-collapse: collapse; margin: 3mm 0 4mm 0; }}
table.hb td {{ padding: 0.7mm 2mm; white-space: nowrap; }}
table.hb td.l {{ background: {acc}; color: #fff; font-size: 0.85em; }}
.hb-foot {{ margin-top: 5mm; font-size: 0.9em; }}
.hd-box {{ margin: 3mm 0 4mm 0; }}
.hd-box div {{ white-space: nowrap; }}
.hd-text {{ margin: 1mm 0 3mm 0; }}
"""

Pair = tuple[str, str]


class RefsPage(Page):
    """A page of one of the ``refs_families`` header families."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        d = self.d
        if d.payment_terms:
            d.payment_terms = rng.choice(REFS_TERMS[self.lang])
        first = d.date.replace(day=1)
        sells = d.kind in ("invoice", "order_confirmation", "delivery_note")
        self.our_ref = (
            f"{rng.choice(['D', 'AF', 'JOB', 'DOS'])}{rng.randint(100, 99999)}"
            if rng.random() < 0.5
            else None
        )
        self.contract = (
            f"{rng.choice(['CT', 'AC', 'K'])}-{d.date.year}-{rng.randint(1, 9999):04d}"
            if rng.random() < 0.4
            else None
        )
        self.quote = (
            doc_number(rng, "quotation", self.lang, first)
            if d.kind != "quotation" and rng.random() < 0.45
            else None
        )
        self.dn = (
            doc_number(rng, "delivery_note", self.lang, first)
            if d.kind == "invoice" and rng.random() < 0.5
            else None
        )
        self.order_date = (
            d.date - dt.timedelta(days=rng.randint(2, 40))
            if sells and d.order_number and rng.random() < 0.6
            else None
        )
        self.value_date = (
            d.date + dt.timedelta(days=rng.randint(1, 20))
            if d.kind == "invoice" and rng.random() < 0.3
            else None
        )
        self.printed_on = (
            d.date + dt.timedelta(days=rng.randint(0, 3)) if rng.random() < 0.3 else None
        )
        self.by_week = fam.renderer in ("hdr_under", "hdr_band") and rng.random() < 0.35
        # where the terms and the delivery are said: in the header's structure or in a
        # sentence (under the header, or in a footer line after the totals)
        self.terms_in_text = rng.random() < 0.55
        self.delivery_in_text = self.by_week or rng.random() < 0.4

    def w(self, key: str) -> str:
        return self.drawn_once(f"__refs_{key}", REFS_WORDS[self.lang][key])

    # what the header holds -----------------------------------------------------------------
    def items(self) -> list[Pair]:
        """(label, printed value) of the header's structure, numbers first; the terms and
        the delivery are left to ``sentences`` when they are said in text."""
        d, out = self.d, []
        if d.number:
            out.append(
                (self.w(f"no_{d.kind}"), self.out.put("document_number", d.number, d.number))
            )
        out.append((self.w("date"), self.date("document_date", d.date, main=True)))
        refs: list[Pair] = []
        if d.order_number:
            refs.append(
                (self.w("your_order"), self.out.put("order_number", d.order_number, d.order_number))
            )
        if d.customer_number:
            refs.append(
                (
                    self.w("customer"),
                    self.out.put("customer_number", d.customer_number, d.customer_number),
                )
            )
        for key, value in (
            ("our_ref", self.our_ref),
            ("contract", self.contract),
            ("quote", self.quote),
            ("dn", self.dn),
        ):
            if value:
                refs.append((self.w(key), value))
        for key, when in (("order_date", self.order_date), ("value_date", self.value_date)):
            if when:
                refs.append((self.w(key), self.date(None, when)))
        self.rng.shuffle(refs)
        out += refs
        if d.delivery_date and not self.delivery_in_text:
            out.append((self.w("delivery"), self.date("delivery_date", d.delivery_date)))
        if d.due_date:
            out.append((self.w("due"), self.date("due_date", d.due_date)))
        if d.payment_terms and not self.terms_in_text:
            out.append(
                (self.w("terms"), self.out.put("payment_terms", d.payment_terms, d.payment_terms))
            )
        if self.printed_on and self.rng.random() < 0.5:
            out.append((self.w("printed"), self.date(None, self.printed_on)))
        if self.rng.random() < 0.3 and len(out) > 2:  # the number is not always first
            out[0], out[1] = out[1], out[0]
        return out

    def sentences(self) -> list[str]:
        """The delivery and the terms when they are said in text (escaped HTML)."""
        d, said = self.d, []
        if d.delivery_date and self.delivery_in_text:
            if self.by_week:
                week = d.delivery_date.isocalendar()[1]
                said.append(self.w("week").replace("{w}", str(week)) + ".")
            else:
                day = self.date("delivery_date", d.delivery_date)
                said.append(self.w("sentence_delivery").replace("{d}", day))
        if d.payment_terms and self.terms_in_text:
            terms = self.out.put("payment_terms", d.payment_terms, d.payment_terms)
            said.append(self.w("sentence_terms").replace("{t}", terms))
        return [esc(s) for s in said]

    # the four structures --------------------------------------------------------------------
    def ref_rows(self, items: list[Pair]) -> str:
        """Labels as a header row, values in the row below; long headers in two grids."""
        return caption_grids(items, self.rng.choice([4, 5, 6]), "rr")

    def under(self, items: list[Pair]) -> str:
        """Each value over its caption, blocks side by side (wrapping onto a second row)."""
        return pair_rows(
            items,
            self.rng.choice([3, 4, 5]),
            lambda lab, val: (
                f"<div><div class='v'>{esc(val)}</div><div class='c'>{esc(lab)}</div></div>"
            ),
            "<div class='hu-row'>{cells}</div>",
        )

    def band(self, items: list[Pair]) -> str:
        """Labels in a coloured band on the left of their values."""
        rows = "".join(
            f"<tr><td class='l'>{esc(lab)}</td><td>{esc(val)}</td></tr>" for lab, val in items
        )
        return f"<table class='hb'>{rows}</table>"

    def dots(self, items: list[Pair]) -> str:
        """ "Label ........ value": leader dots up to the value, a line each."""
        width = self.rng.choice([34, 40, 46])
        lines = []
        for lab, val in items:
            n = max(3, width - len(lab) - len(val))
            lines.append(f"<div>{esc(lab)} {'.' * n} {esc(val)}</div>")
        return f"<div class='hd-box'>{''.join(lines)}</div>"

    # page ---------------------------------------------------------------------------------
    def body(self) -> str:
        d, r = self.d, self.f.renderer
        lh = self.letterhead()
        title = f"<h1 class='title'>{esc(self.title())}</h1>"
        items = self.items()
        head = {
            "hdr_refrow": self.ref_rows,
            "hdr_under": self.under,
            "hdr_band": self.band,
            "hdr_dots": self.dots,
        }[r](items)
        said = self.sentences()
        pr = self.window_row()
        main = self.table() + (self.totals() if d.priced else "")
        in_footer = r in ("hdr_band", "hdr_refrow") or self.rng.random() < 0.4
        text = ""
        if said and in_footer:
            foot = f"<div class='hb-foot'>{' '.join(said)}</div>"
            text = ""
        else:
            foot = ""
            text = f"<div class='hu-text'>{' '.join(said)}</div>" if said else ""
        if r == "hdr_refrow":
            content = f"{lh}{pr}{title}{head}{text}{main}{self.notes()}{foot}"
        else:
            content = f"{lh}{title}{pr}{head}{text}{main}{self.notes()}{foot}"
        return self.with_legal(content)

    def css(self) -> str:
        return super().css() + _CSS.format(acc=self.o["accent"])
