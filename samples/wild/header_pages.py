"""Pages of the header-hard development families (``header_families.py``).

A ``Page`` (page.py) whose letterhead, parties, line table and totals are the blocks
family's; only the header is drawn differently: boxed cells with captions, subject lines
and a sentence with the terms in a footer line, or a right-hand rail. Every field goes
through ``Printed.put`` as everywhere (the truth is what is printed): a delivery stated as
a calendar week is no date and leaves ``delivery_date`` out of the truth; the other
numbers (delivery note, tender, quotation, file) are printed and are no field.
"""

from __future__ import annotations

import random

from samples.wild.content import Doc, doc_number
from samples.wild.families import Family
from samples.wild.header_families import HEADER_TERMS, HEADER_WORDS
from samples.wild.page import Page, esc

HEADER_RENDERERS = ("hdr_cells", "hdr_subject", "hdr_rail")

_CSS = """
.hc-grid {{ display: grid; grid-template-columns: repeat({cols}, 1fr); margin: 3mm 0 4mm 0;
  border-top: 0.7pt solid #333; border-left: 0.7pt solid #333; }}
.hc-grid > div {{ border-right: 0.7pt solid #333; border-bottom: 0.7pt solid #333;
  padding: 0.8mm 1.5mm 1.2mm 1.5mm; }}
.hc-grid .cap {{ display: block; font-size: 0.72em; color: #555; margin-bottom: 0.6mm; }}
.hc-grid .wide {{ grid-column: span 2; }}
.hs-subj {{ font-weight: bold; margin: 3mm 0 1mm 0; }}
.hs-text {{ margin: 1mm 0 4mm 0; }}
.hs-foot {{ margin-top: 6mm; border-top: 0.6pt solid {acc}; padding-top: 1.5mm; }}
.hr-wrap {{ display: flex; gap: 6mm; }} .hr-wrap > main {{ flex: 1; }}
.hr-rail {{ width: 60mm; flex: none; border-left: 2pt solid {acc}; padding-left: 3mm; }}
.hr-rail .v {{ font-size: 0.88em; }}  /* one line: the terms wrapped beside the body mix with it */
.hr-rail .l {{ font-size: 0.75em; color: #666; margin-top: 1.6mm; }}
"""


class HeaderPage(Page):
    """A page of one of the header-hard families."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        d = self.d
        if d.payment_terms:
            d.payment_terms = rng.choice(HEADER_TERMS[self.lang])
        year_day = d.date.replace(day=1)
        self.other_dn = (
            doc_number(rng, "delivery_note", self.lang, year_day)
            if d.kind in ("invoice", "order_confirmation") and rng.random() < 0.6
            else None
        )
        self.other_tender = (
            f"{rng.choice(['AO', 'T', 'MC'])}-{d.date.year}-{rng.randint(1, 999):03d}"
            if rng.random() < 0.5
            else None
        )
        self.other_quote = (
            doc_number(rng, "quotation", self.lang, year_day)
            if d.kind != "quotation" and rng.random() < 0.6
            else None
        )
        self.other_file = (
            f"{rng.randint(1, 9)}{rng.randint(1000, 9999)}" if rng.random() < 0.5 else None
        )
        self.by_week = fam.renderer == "hdr_subject" and rng.random() < 0.4

    def w(self, key: str) -> str:
        return self.drawn_once(f"__hdr_{key}", HEADER_WORDS[self.lang][key])

    def number_word(self) -> str:
        return self.w(f"no_{self.d.kind}")

    # the three headers --------------------------------------------------------------------
    def pairs(self, others: list[tuple[str, str | None]]) -> list[tuple[str, str, bool]]:
        """(caption, value, wide) of the header, in the page's order: numbers first."""
        d, out = self.d, []
        if d.number:
            out.append((self.number_word(), self.out.put("document_number", d.number, d.number)))
        out.append((self.w("date"), self.date("document_date", d.date, main=True)))
        if d.order_number:
            out.append(
                (self.w("your_order"), self.out.put("order_number", d.order_number, d.order_number))
            )
        if d.customer_number:
            out.append(
                (
                    self.w("customer"),
                    self.out.put("customer_number", d.customer_number, d.customer_number),
                )
            )
        out += [(lab, val) for lab, val in others if val]
        self.rng.shuffle(out[2:])  # the document's number and date stay first
        if d.delivery_date:
            out.append((self.w("delivery"), self.date("delivery_date", d.delivery_date)))
        if d.due_date:
            out.append((self.w("due"), self.date("due_date", d.due_date)))
        rows = [(lab, val, False) for lab, val in out]
        if d.payment_terms:
            terms = self.out.put("payment_terms", d.payment_terms, d.payment_terms)
            rows.append((self.w("terms"), terms, True))
        return rows

    def cells_header(self) -> str:
        rows = self.pairs(
            [
                (self.w("other_dn"), self.other_dn),
                (self.w("other_tender"), self.other_tender),
            ]
        )
        cells = "".join(
            f"<div class='{'wide' if wide else ''}'><span class='cap'>{esc(lab)}</span>"
            f"<span class='{'' if wide else 'nw'}'>{esc(val)}</span></div>"
            for lab, val, wide in rows
        )
        return f"<div class='hc-grid'>{cells}</div>"

    def rail(self) -> str:
        rows = self.pairs(
            [
                (self.w("other_quote"), self.other_quote),
                (self.w("other_file"), self.other_file),
            ]
        )
        return "".join(
            f"<div class='l'>{esc(lab)}</div><div class='nw v'>{esc(val)}</div>"
            for lab, val, _ in rows
        )

    def subject(self) -> tuple[str, str]:
        """The subject line and sentence under the title, and the footer line of terms."""
        d, fr = self.d, self.lang == "fr"
        title = self.title()
        num = self.out.put("document_number", d.number, d.number) if d.number else ""
        when = self.date("document_date", d.date, main=True)
        subj = f"{self.w('subject')}{' :' if fr else ':'} {title} {num}".strip()
        if d.order_number:
            order = self.out.put("order_number", d.order_number, d.order_number)
            subj += f" – {'votre commande' if fr else 'your order'} {order}"
        if fr:
            text = f"Nous vous transmettons le présent document, daté du {when}"
        else:
            text = f"This document, issued {when}, covers the goods listed below"
        if self.other_dn:
            text += (
                f", suivant notre bon de livraison {self.other_dn}"
                if fr
                else f", following our delivery note {self.other_dn}"
            )
        text += "."
        if d.customer_number:
            cn = self.out.put("customer_number", d.customer_number, d.customer_number)
            text += f" Votre compte client : {cn}." if fr else f" Your account: {cn}."
        if d.delivery_date and self.by_week:
            week, year = d.delivery_date.isocalendar()[1], d.delivery_date.isocalendar()[0]
            text += " " + self.w("week").replace("{w}", str(week)).replace("{y}", str(year)) + "."
        elif d.delivery_date:
            day = self.date("delivery_date", d.delivery_date)
            text += f" La livraison est prévue le {day}." if fr else f" Delivery is due on {day}."
        foot = []
        if d.payment_terms:
            terms = self.out.put("payment_terms", d.payment_terms, d.payment_terms)
            foot.append(f"{self.w('terms')} : {terms}" if fr else f"{self.w('terms')}: {terms}")
        if d.due_date:
            due = self.date("due_date", d.due_date)
            foot.append(f"échéance au {due}" if fr else f"due on {due}")
        if self.other_tender:
            foot.append(f"{self.w('other_tender')} {self.other_tender}")
        head = f"<div class='hs-subj'>{esc(subj)}</div><div class='hs-text'>{esc(text)}</div>"
        return head, f"<div class='hs-foot'>{esc(' – '.join(foot))}</div>" if foot else ""

    # page ---------------------------------------------------------------------------------
    def body(self) -> str:
        d, r = self.d, self.f.renderer
        lh = self.letterhead()
        title = f"<h1 class='title'>{esc(self.title())}</h1>"
        head, foot, rail = "", "", ""
        if r == "hdr_cells":
            head = self.cells_header()
        elif r == "hdr_subject":
            head, foot = self.subject()
        else:
            rail = self.rail()
        pr = self.window_row()
        main = self.table() + (self.totals() if d.priced else "")
        if r == "hdr_subject":
            content = f"{lh}{pr}{title}{head}{main}{self.notes()}{foot}"
        elif r == "hdr_cells":
            content = f"{lh}{title}{head}{pr}{main}{self.notes()}"
        else:
            inner = f"{lh}{title}{pr}{main}{self.notes()}"
            content = (
                f"<div class='hr-wrap'><main>{inner}</main>"
                f"<aside class='hr-rail'>{rail}</aside></div>"
            )
        return self.with_legal(content)

    def css(self) -> str:
        cols = 4 if self.rng.random() < 0.5 else 5
        return super().css() + _CSS.format(cols=cols, acc=self.o["accent"])
