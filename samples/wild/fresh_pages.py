"""Pages of the fresh held-out families (``fresh_families.py``).

Each page is a ``Page`` (page.py) whose value formatting, party truth and ``Printed``
record it reuses, so the truth stays what is printed. The captions, titles and phrases
come from ``vocab.FRESH_ONLY`` (sealed: a grep never prints them) through ``word``; the
few generic labels borrowed from ``Page`` (phone, the legal footer) come from the
development pools only, never from the first held-out set's words.

Truth conventions as everywhere: ``customer_*`` is the buyer, addresses are the printed
lines after the name, a ship-to block is ``delivery_address``, a sold-to / billed block
``billing_address`` (on a purchase order only a printed billing block gives it); the
amounts after the total (payments, a balance, a cash discount) are never ``total_gross``;
a total the page prints only per rate is recorded as their sum (``put_sum``).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from samples.wild.content import Doc, Item
from samples.wild.families import Family
from samples.wild.page import _money_str, _num_str, esc, initials
from samples.wild.sealed_page import SealedPage
from samples.wild.vocab import FRESH_ONLY, MONTHS

FRESH_RENDERERS = ("hx_form", "hx_continental", "hx_uspo")
CENT = Decimal("0.01")
FR_SHORT = [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
]
# units as purchasing software keeps them: a code per unit of measure
UOM = {
    "box": "BX",
    "boîte": "BX",
    "ream": "RM",
    "ramette": "RM",
    "m": "M",
    "tin": "CN",
    "pot": "PT",
    "bag": "BG",
    "sac": "SAC",
    "drum": "DR",
    "bidon": "BID",
    "coil": "CL",
    "couronne": "CO",
    "hr": "HR",
    "h": "H",
    "roll": "RL",
    "rouleau": "RL",
    "kg": "KG",
    "t": "TO",
    "pcs": "PC",
    "pce": "PCE",
}
BUYERS = {
    "fr": ["C. Marchal", "P. Besson", "S. Leroy", "N. Aubert"],
    "en": ["D. Walsh", "R. Okafor", "L. Brennan", "M. Castillo"],
}


def fresh_date(d: date, style: str, language: str) -> str:
    """A date as these families print it (their own styles, drawn per document)."""
    if style == "iso":
        return d.isoformat()
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "mdy":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "mdy2":
        return f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"
    if style in ("mon", "MON"):  # 05-Mar-2025 / 05 févr. 2025
        if language == "fr":
            text = f"{d.day:02d} {FR_SHORT[d.month - 1]} {d.year}"
        else:
            text = f"{d.day:02d}-{MONTHS['en'].split()[d.month - 1][:3]}-{d.year}"
        return text.upper() if style == "MON" else text
    raise ValueError(style)


class FreshPage(SealedPage):
    """A page of one of the fresh held-out families."""

    SEALED = FRESH_ONLY
    TAG = "fresh"

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        self.o.update(negative=False, currency_item=False, cur_in_cells=False, upper=False)
        self.extra_css = ""
        doc.deposit = doc.deposit if fam.renderer == "hx_uspo" else None
        doc.previous_balance = None
        if fam.renderer != "hx_continental":
            for it in doc.items:
                it.discount = Decimal(0)
        {
            "hx_form": self.form_prepare,
            "hx_continental": self.cont_prepare,
            "hx_uspo": self.us_prepare,
        }[fam.renderer]()

    # vocabulary: the sealed words of these families (sealed_page.SealedPage) ----------------
    def title(self) -> str:
        prefix = {"hx_form": "f", "hx_continental": "c", "hx_uspo": "u"}[self.f.renderer]
        return self.word(f"{prefix}_title_{self.d.kind}")

    def fdate(self, name: str | None, d: date) -> str:
        shown = fresh_date(d, self.dstyle, self.lang)
        return self.out.put(name, d.isoformat(), shown) if name else shown

    def number(self) -> str:
        d = self.d
        return self.out.put("document_number", d.number, d.number) if d.number else ""

    def body(self) -> str:
        content = {
            "hx_form": self.form_body,
            "hx_continental": self.cont_body,
            "hx_uspo": self.us_body,
        }[self.f.renderer]()
        if self.f.renderer == "hx_continental":  # its footer columns hold the legal items
            self._legal = ""
            return content
        return self.with_legal(content)

    def css(self) -> str:
        acc = self.o["accent"]
        return (
            super().css()
            + f"""
.hx-cap {{ font-variant: small-caps; font-size: 0.78em; letter-spacing: 0.04em; color: #444; }}
.hx-grid {{ display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); margin: 2mm 0;
  border-top: 0.7pt solid #222; border-left: 0.7pt solid #222; }}
.hx-grid > div {{ border-right: 0.7pt solid #222; border-bottom: 0.7pt solid #222;
  padding: 1mm 1.5mm; min-height: 8mm; }}
.hx-grid .s2 {{ grid-column: span 2; }} .hx-grid .s4 {{ grid-column: span 4; }}
.hx-grid .v {{ margin-top: 0.6mm; }}
.hx-top {{ display: flex; justify-content: space-between; align-items: flex-end;
  border-bottom: 2pt solid {acc}; padding-bottom: 1.5mm; }}
.hx-title {{ font-size: 1.45em; font-weight: bold; letter-spacing: 0.06em; color: {acc}; }}
.hx-code {{ font-family: 'Liberation Mono', monospace; font-size: 0.85em; color: #333; }}
.hx-boxes {{ display: flex; justify-content: flex-end; margin-top: 2mm; break-inside: avoid; }}
.hx-boxes .hx-grid {{ grid-template-columns: minmax(0, 1fr); width: 68mm; }}
.hx-boxes .g {{ border-width: 0 1.6pt 1.6pt 0; font-weight: bold; background: #f1f1f1; }}
.hx-sig {{ display: flex; gap: 6mm; margin-top: 4mm; break-inside: avoid; }}
.hx-sig > div {{ flex: 1; border: 0.7pt solid #222; min-height: 16mm; padding: 1mm 1.5mm; }}
table.hx-items {{ width: 100%; border-collapse: collapse; margin: 2mm 0; }}
table.hx-items th, table.hx-items td {{ padding: 1.5pt 4pt; vertical-align: top;
  text-align: left; }}
table.hx-items .num {{ text-align: right; white-space: nowrap; }}
table.hx-items tr {{ break-inside: avoid; }}
table.hx-items.ruled th, table.hx-items.ruled td {{ border: 0.6pt solid #333; }}
table.hx-items.ruled th {{ background: #ececec; }}
table.hx-items.lined th {{ border-bottom: 0.9pt solid #000; border-top: 0.9pt solid #000; }}
table.hx-items.lined td {{ border-bottom: 0.3pt solid #bbb; }}
table.hx-items.cols {{ border: 0.9pt solid #222; }}
table.hx-items.cols td, table.hx-items.cols th {{ border-left: 0.6pt solid #444; }}
table.hx-items.cols th {{ background: {acc}; color: #fff; border-bottom: 0.9pt solid #222; }}
.hx-lh {{ text-align: right; }} .hx-lh .co {{ font-size: 1.5em; }}
.hx-ret {{ font-size: 0.68em; text-decoration: underline; margin-bottom: 1.5mm;
  white-space: nowrap; }}
.hx-win {{ width: 85mm; min-height: 32mm; }}
.hx-info td {{ padding: 0.3pt 4pt 0.3pt 0; font-size: 0.92em; vertical-align: top; }}
.hx-info td.l {{ color: #555; }}
table.hx-ref {{ width: 100%; border-collapse: collapse; margin: 4mm 0 2mm 0; }}
table.hx-ref th {{ font-weight: normal; font-size: 0.72em; color: #555; text-align: left;
  padding: 0 3mm 0 0; }}
table.hx-ref td {{ padding: 0.5mm 3mm 0 0; white-space: nowrap; }}
.hx-subj {{ font-weight: bold; font-size: 1.15em; margin: 4mm 0 3mm 0; }}
.hx-under {{ display: flex; gap: 8mm; align-items: flex-start; margin-top: 2mm;
  break-inside: avoid; }}
.hx-under > div {{ flex: 1; }}
table.hx-sum {{ border-collapse: collapse; width: 100%; }}
table.hx-sum td {{ padding: 1pt 4pt; }}
table.hx-sum .num {{ text-align: right; white-space: nowrap; }}
table.hx-sum tr.g td {{ font-weight: bold; border-top: 0.9pt solid #000;
  border-bottom: 2.2pt double #000; }}
table.hx-vt {{ border-collapse: collapse; width: 100%; margin-top: 2mm; font-size: 0.88em; }}
table.hx-vt th {{ font-weight: normal; color: #444; border-bottom: 0.5pt solid #666;
  text-align: right; padding: 0.5pt 4pt; }}
table.hx-vt td {{ text-align: right; padding: 0.5pt 4pt; white-space: nowrap; }}
.hx-foot {{ display: flex; gap: 4mm; margin-top: 8mm; border-top: 0.6pt solid #777;
  padding-top: 1.5mm; font-size: 0.72em; break-inside: avoid; }}
.hx-foot > div {{ flex: 1; }} .hx-foot b {{ display: block; }}
.hx-foot > div.bank {{ flex: 1.7; white-space: nowrap; }}
.hx-bar {{ background: {acc}; color: #fff; font-weight: bold; padding: 0.8mm 2mm;
  font-size: 0.85em; }}
.hx-parties {{ display: flex; gap: 6mm; margin: 3mm 0; }}
.hx-parties > div {{ flex: 1; border: 0.8pt solid #222; }}
.hx-parties .in {{ padding: 1.5mm 2mm; }}
table.hx-strip {{ width: 100%; border-collapse: collapse; margin: 2mm 0; }}
table.hx-strip th {{ background: #dcdcdc; font-size: 0.78em; border: 0.7pt solid #222;
  padding: 0.8mm 1.5mm; text-align: center; }}
table.hx-strip td {{ border: 0.7pt solid #222; padding: 1mm 1.5mm; text-align: center;
  white-space: nowrap; }}
table.hx-nobox {{ border-collapse: collapse; margin-top: 2mm; }}
table.hx-nobox th {{ background: {acc}; color: #fff; font-size: 0.8em; padding: 0.8mm 3mm;
  border: 0.7pt solid #222; }}
table.hx-nobox td {{ border: 0.7pt solid #222; padding: 1mm 3mm; text-align: center;
  white-space: nowrap; }}
.hx-usbig {{ font-size: 2em; font-weight: bold; color: {acc}; text-align: right; }}
.hx-comments {{ border: 0.8pt solid #222; min-height: 22mm; }}
table.hx-ustot {{ border-collapse: collapse; width: 100%; }}
table.hx-ustot td {{ padding: 1pt 4pt; }}
table.hx-ustot td.num {{ text-align: right; white-space: nowrap; border: 0.6pt solid #222;
  min-width: 28mm; }}
table.hx-ustot tr.g td {{ font-weight: bold; font-size: 1.1em; }}
table.hx-ustot tr.g td.num {{ border-width: 1.6pt; }}
.hx-sigline {{ margin-top: 8mm; display: flex; gap: 10mm; break-inside: avoid; }}
.hx-sigline > div {{ border-top: 0.7pt solid #000; padding-top: 0.8mm; width: 70mm;
  font-size: 0.85em; }}
"""
            + self.extra_css
        )

    # shared --------------------------------------------------------------------------------
    def sku_text(self, it: Item, row: object) -> str:
        assert hasattr(row, "put")
        return esc(row.put("sku", it.sku or "", it.sku or "")) if it.sku else ""

    def price(self, it: Item, row: object) -> str:
        assert hasattr(row, "put")
        places = max(2, -it.unit_price.as_tuple().exponent)  # type: ignore[operator]
        shown = self.s.money(it.unit_price, with_currency=False, places=places)
        return esc(row.put("unit_price", str(it.unit_price), shown))

    def amount(self, it: Item, row: object) -> str:
        assert hasattr(row, "put")
        shown = self.s.money(it.total, with_currency=False)
        return esc(row.put("line_total", _money_str(it.total), shown))

    def qty(self, it: Item, row: object) -> str:
        assert hasattr(row, "put")
        return esc(row.put("quantity", _num_str(it.quantity), self.s.quantity(it.quantity)))

    def describe(self, it: Item, row: object) -> str:
        assert hasattr(row, "put")
        row.put("description", it.full_description, it.full_description)
        text = esc(it.description)
        if it.detail:
            text += f"<br><span class='detail'>{esc(it.detail)}</span>"
        return text

    def terms(self) -> str:
        d = self.d
        return (
            self.out.put("payment_terms", d.payment_terms, d.payment_terms)
            if d.payment_terms
            else ""
        )

    def lines_of(self, name: str, lines: list[str], field: str | None) -> str:
        if field:
            self.out.put(field, ", ".join(lines), ", ".join(lines))
        return "<br>".join(esc(x) for x in [name, *lines])

    def note_amount(self) -> str:
        value = Decimal(self.rng.choice([150, 250, 300, 500, 750, 1000]))
        return self.s.money(value)

    # hx_form -------------------------------------------------------------------------------
    def form_prepare(self) -> None:
        d, rng = self.d, self.rng
        self.dstyle = rng.choice(["iso", "iso", "MON", "mon"])
        self.line_step = rng.choice(["pad", "plain", "ten"])
        self.show_rate = d.sales_tax is None and rng.random() < 0.7
        self.show_unit = rng.random() < 0.8
        if d.kind == "delivery_note":
            d.priced = False
        back = any(it.ordered is not None and it.ordered != it.quantity for it in d.items)
        self.qty_cols = ["f_qty"]
        if d.kind == "delivery_note" and (back or rng.random() < 0.4):
            self.qty_cols = ["f_ordered", "f_delivered"] + (["f_back"] if back else [])

    def box(self, caption: str, value: str, cls: str = "") -> str:
        return (
            f"<div class='{cls}'><div class='hx-cap'>{esc(caption)}</div>"
            f"<div class='v'>{value}</div></div>"
        )

    def form_body(self) -> str:
        d, rng, w = self.d, self.rng, self.word
        p = d.issuer
        top = (
            f"<div class='hx-top'><div><div class='co big'>{esc(self.party_name(p))}</div>"
            f"<div class='small'>{esc(' · '.join(p.address))}</div></div>"
            f"<div class='hx-title'>{esc(self.title())}</div></div>"
        )
        cells: list[str] = []
        # header items, one box each
        if d.number:
            cells.append(self.box(w(f"f_no_{d.kind}"), f"<b>{esc(self.number())}</b>"))
        cells.append(self.box(w("f_date"), esc(self.fdate("document_date", d.date))))
        if d.order_number and d.kind != "purchase_order":
            cells.append(
                self.box(
                    w("f_order"), esc(self.out.put("order_number", d.order_number, d.order_number))
                )
            )
        if d.customer_number:
            num = d.customer_number
            cells.append(self.box(w("f_cust"), esc(self.out.put("customer_number", num, num))))
        if d.delivery_date:
            key = "f_shipped" if d.kind == "delivery_note" else "f_delivery"
            cells.append(self.box(w(key), esc(self.fdate("delivery_date", d.delivery_date))))
        if d.due_date and d.kind == "invoice":
            cells.append(self.box(w("f_due"), esc(self.fdate("due_date", d.due_date))))
        if d.payment_terms and d.kind != "delivery_note":
            cells.append(
                self.box(w("f_terms"), esc(self.terms()), "s2" if len(d.payment_terms) > 22 else "")
            )
        if d.priced and rng.random() < 0.5:
            cells.append(
                self.box(w("f_currency"), esc(self.out.put("currency", d.currency, d.currency)))
            )
        if d.contact or rng.random() < 0.4:
            cells.append(self.box(w("f_contact"), esc(d.contact or rng.choice(BUYERS[self.lang]))))
        used = sum(2 if "class='s2'" in c else 1 for c in cells)
        cells += ["<div></div>"] * (-used % 4)
        # parties, two boxes to a row
        parties: list[str] = []
        contact = f"{esc(self.label('phone'))} {esc(p.phone)}<br>{esc(p.email)}"
        vat = f"<br>{esc(w('f_vat'))} {self.vat_html(p)}" if p.vat else ""
        parties.append(
            self.box(
                w("f_issuer"),
                f"{self.lines_of(p.name, p.address, None)}<br>{contact}{vat}",
                "s2",
            )
        )
        if d.kind == "purchase_order":
            sup = d.supplier
            parties.append(
                self.box(
                    w("f_vendor"), self.lines_of(self.party_name(sup), sup.address, None), "s2"
                )
            )
        else:
            cust = d.customer
            parties.append(
                self.box(
                    w("f_buyer"),
                    self.lines_of(self.party_name(cust), cust.address, "billing_address"),
                    "s2",
                )
            )
        if d.delivery:
            name, site = d.delivery
            self.party_name(d.customer)
            parties.append(
                self.box(w("f_shipto"), self.lines_of(name, site, "delivery_address"), "s2")
            )
        if d.kind == "purchase_order" and rng.random() < 0.5:
            cust = d.customer
            parties.append(
                self.box(
                    w("f_billto"),
                    self.lines_of(self.party_name(cust), cust.address, "billing_address"),
                    "s2",
                )
            )
        if len(parties) % 2:
            parties.append("<div class='s2'></div>")
        order = [*parties, *cells] if rng.random() < 0.5 else [*cells, *parties]
        grid = f"<div class='hx-grid'>{''.join(order)}</div>"
        return f"{top}{grid}{self.form_table()}{self.form_totals()}{self.form_end()}"

    def form_table(self) -> str:
        d, w = self.d, self.word
        cols = [("f_line", True), ("f_desc", False), *((k, True) for k in self.qty_cols)]
        if self.show_unit:
            cols.append(("f_unit", False))
        if d.priced:
            cols.append(("f_price", True))
            if self.show_rate:
                cols.append(("f_rate", True))
            cols.append(("f_amount", True))
        th = "".join(
            f"<th class='hx-cap{' num' if num else ''}'>{esc(w(k))}</th>" for k, num in cols
        )
        rows = []
        for n, it in enumerate(d.items, 1):
            row = self.out.row()
            tds = []
            for key, _num in cols:
                if key == "f_line":
                    v = {"pad": f"{n:03d}", "plain": str(n), "ten": str(n * 10)}[self.line_step]
                elif key == "f_desc":
                    v = self.describe(it, row)
                    if it.sku:
                        v += (
                            f"<br><span class='hx-code'>{esc(w('f_code'))} "
                            f"{self.sku_text(it, row)}</span>"
                        )
                elif key in ("f_qty", "f_delivered"):
                    v = self.qty(it, row)
                elif key == "f_ordered":
                    v = esc(self.s.quantity(it.ordered or it.quantity))
                elif key == "f_back":
                    left = (it.ordered or it.quantity) - it.quantity
                    v = esc(self.s.quantity(left)) if left else "–"
                elif key == "f_unit":
                    v = esc(row.put("unit", it.unit, it.unit))
                elif key == "f_price":
                    v = self.price(it, row)
                elif key == "f_rate":
                    assert it.tax_rate is not None
                    v = esc(row.put("tax_rate", _num_str(it.tax_rate), self.s.rate(it.tax_rate)))
                else:
                    v = self.amount(it, row)
                tds.append(f"<td class='{'num' if _num else ''}'>{v}</td>")
            rows.append(f"<tr>{''.join(tds)}</tr>")
        return self.items_table("ruled", th, "".join(rows))

    def items_table(self, rule: str, th: str, body: str) -> str:
        """The items table (``rule``: its ruling class) under its head row ``th``, the head
        repeated on every page when the house style says so."""
        head = f"<tr>{th}</tr>"
        if self.o["repeat_header"]:
            return (
                f"<table class='hx-items {rule}'><thead>{head}</thead><tbody>{body}</tbody></table>"
            )
        return f"<table class='hx-items {rule}'><tbody>{head}{body}</tbody></table>"

    def form_totals(self) -> str:
        d, w = self.d, self.word
        if not d.priced:
            return ""
        boxes = [self.box(w("f_net"), esc(self.money(d.total_net, "total_net", False)))]
        taxes = d.tax_by_rate()
        detail = ""
        if len(taxes) > 1:
            for r in taxes:
                self.out.summary_rate(r)  # each rate printed beside its tax, no base
            detail = "".join(
                f"<div class='small'>{esc(self.s.rate(r))} : {esc(self.s.money(t, False))}</div>"
                for r, (_b, t) in taxes.items()
            )
        boxes.append(
            self.box(w("f_tax"), esc(self.money(d.total_tax, "total_tax", False)) + detail)
        )
        key = {"purchase_order": "f_gross_po", "order_confirmation": "f_gross_oc"}.get(
            d.kind, "f_gross"
        )
        boxes.append(self.box(w(key), esc(self.money(d.total_gross, "total_gross")), "g"))
        return f"<div class='hx-boxes'><div class='hx-grid'>{''.join(boxes)}</div></div>"

    def form_end(self) -> str:
        d, rng, w = self.d, self.rng, self.word
        notes = []
        if d.kind == "purchase_order":
            notes.append(w("f_note_po"))
        if d.priced and rng.random() < 0.5:
            notes.append(w("f_note_min", m=self.note_amount()))
        pay = ""
        if d.kind == "invoice" and d.iban:
            pay = self.box(
                w("f_iban"), esc(self.iban() or "") + (f" · BIC {d.bic}" if d.bic else ""), "s4"
            )
        note = self.box(w("f_notes"), "<br>".join(esc(n) for n in notes), "s4") if notes else ""
        out = f"<div class='hx-grid'>{pay}{note}</div>" if (pay or note) else ""
        if d.kind == "purchase_order":
            out += (
                f"<div class='hx-sig'><div class='hx-cap'>{esc(w('f_sign'))}</div>"
                f"<div class='hx-cap'>{esc(w('f_stamp'))}</div></div>"
            )
        elif d.kind == "delivery_note":
            out += (
                f"<div class='hx-sig'><div class='hx-cap'>{esc(w('f_received'))}</div>"
                f"<div class='hx-cap'>{esc(w('f_stamp'))}</div></div>"
            )
        return out

    # hx_continental ------------------------------------------------------------------------
    def cont_prepare(self) -> None:
        d, rng = self.d, self.rng
        us = d.issuer.country == "US"
        self.dstyle = "mdy" if us else rng.choice(["dot", "dot", "slash"])
        rates = sorted(d.tax_by_rate()) if d.items else []
        self.codes = {r: str(i) for i, r in enumerate(rates, 1)}
        self.rate_col = "none" if d.sales_tax is not None else rng.choice(["code", "rate", "rate"])
        self.pos_step = rng.choice([1, 1, 10])
        if d.kind == "delivery_note":
            d.priced = rng.random() < 0.3
        self.clerk = d.contact or rng.choice(BUYERS[self.lang])

    def cont_body(self) -> str:
        d, rng, w = self.d, self.rng, self.word
        p = d.issuer
        logo = ""
        if rng.random() < 0.5:
            style = "float:right;margin-left:3mm"
            logo = f"<div class='logo' style='{style}'>{esc(initials(p.name))}</div>"
        lh = (
            f"<div class='hx-lh'>{logo}<div class='co'>{esc(self.party_name(p))}</div>"
            f"<div class='small'>{'<br>'.join(esc(a) for a in p.address)}</div></div>"
        )
        ret = w("c_return", a=" · ".join([p.name, *p.address]))
        cust = d.customer
        window = (
            f"<div class='hx-win'><div class='hx-ret'>{esc(ret)}</div>"
            f"{self.lines_of(self.party_name(cust), cust.address, 'billing_address')}</div>"
        )
        refs: list[tuple[str, str]] = []
        if d.order_number:
            refs.append(
                (w("c_yref"), esc(self.out.put("order_number", d.order_number, d.order_number)))
            )
        if d.kind == "credit_note" and d.credited_invoice:
            refs.append((w("c_credited"), esc(d.credited_invoice)))
        if rng.random() < 0.5:
            refs.append((w("c_our"), f"{rng.choice(['AB', 'VK', 'D'])}{rng.randint(10000, 99999)}"))
        if d.customer_number:
            num = d.customer_number
            refs.append((w("c_cust"), esc(self.out.put("customer_number", num, num))))
        refs.append((w("c_contact"), esc(self.clerk)))
        if self.o["meta"] == "infoblock":
            refs.append((w("c_direct"), esc(p.phone)))
            refs.append((w("c_email"), esc(p.email)))
        if d.delivery_date:
            key = "c_shipped" if d.kind == "delivery_note" else "c_delivery"
            refs.append((w(key), esc(self.fdate("delivery_date", d.delivery_date))))
        refs.append((w("c_date"), esc(self.fdate("document_date", d.date))))
        if self.o["meta"] == "infoblock":
            trs = "".join(
                f"<tr><td class='l'>{esc(lab)}</td><td class='nw'>{val}</td></tr>"
                for lab, val in refs
            )
            head = (
                f"{lh}<div class='row'><div>{window}</div>"
                f"<table class='hx-info'>{trs}</table></div>"
            )
        else:
            ths = "".join(f"<th>{esc(lab)}</th>" for lab, _ in refs)
            tds = "".join(f"<td>{val}</td>" for _, val in refs)
            head = f"{lh}{window}<table class='hx-ref'><tr>{ths}</tr><tr>{tds}</tr></table>"
        deliver = ""
        if d.delivery and (rng.random() < 0.7 or d.kind == "delivery_note"):
            name, site = d.delivery
            self.party_name(d.customer)
            deliver = (
                f"<div class='small' style='margin-top:2mm'><b>{esc(w('c_deliver_to'))}</b><br>"
                f"{self.lines_of(name, site, 'delivery_address')}</div>"
            )
        num = esc(self.number()) if d.number else ""
        subject = w("c_subject", t=self.title(), n="\x00")
        subject_html = esc(subject).replace("\x00", num) if num else esc(self.title())
        intro = (
            f"<p>{esc(w('c_salutation'))}</p><p>{esc(w('c_intro_' + d.kind))}</p>"
            if rng.random() < 0.8
            else ""
        )
        return (
            f"{head}{deliver}<div class='hx-subj'>{subject_html}</div>{intro}"
            f"{self.cont_table()}{self.cont_under()}"
            f"<p>{esc(w('c_closing'))}</p>{self.cont_footer()}"
        )

    def cont_table(self) -> str:
        d, w = self.d, self.word
        disc = d.priced and any(it.discount for it in d.items)
        cols = [("c_pos", True), ("c_art", False), ("c_desc", False), ("c_qty", True)]
        cols.append(("c_unit", False))
        if d.priced:
            cols.append(("c_price", True))
            if disc:
                cols.append(("c_disc", True))
            if self.rate_col != "none":
                cols.append(("c_code" if self.rate_col == "code" else "c_rate", True))
            cols.append(("c_amount", True))
        th = "".join(f"<th class='{'num' if num else ''}'>{esc(w(k))}</th>" for k, num in cols)
        rows = []
        for n, it in enumerate(d.items, 1):
            row = self.out.row()
            tds = []
            for key, num in cols:
                if key == "c_pos":
                    v = str(n * self.pos_step)
                elif key == "c_art":
                    v = f"<span class='nw'>{self.sku_text(it, row)}</span>"
                elif key == "c_desc":
                    v = self.describe(it, row)
                elif key == "c_qty":
                    v = self.qty(it, row)
                elif key == "c_unit":
                    v = esc(row.put("unit", it.unit, it.unit)) if it.unit else ""
                elif key == "c_price":
                    v = self.price(it, row)
                elif key == "c_disc":
                    v = esc(self.s.quantity(it.discount)) if it.discount else ""
                elif key == "c_code":
                    assert it.tax_rate is not None
                    v = self.codes[it.tax_rate]
                elif key == "c_rate":
                    assert it.tax_rate is not None
                    v = esc(row.put("tax_rate", _num_str(it.tax_rate), self.s.rate(it.tax_rate)))
                else:
                    v = self.amount(it, row)
                tds.append(f"<td class='{'num' if num else ''}'>{v}</td>")
            rows.append(f"<tr>{''.join(tds)}</tr>")
        return self.items_table("lined", th, "".join(rows))

    def cont_under(self) -> str:
        """The totals block at the left with its breakdown by rate; payment at the right."""
        d, s, w, rng = self.d, self.s, self.word, self.rng
        pay: list[str] = []
        if d.payment_terms and d.kind != "delivery_note":
            pay.append(f"{esc(w('c_terms'))} {esc(self.terms())}")
        if d.due_date and d.kind == "invoice":
            pay.append(f"{esc(w('c_due'))} {esc(self.fdate('due_date', d.due_date))}")
        if d.priced and d.kind == "invoice" and rng.random() < 0.6:
            rate = Decimal(rng.choice([2, 3]))
            until = d.date + timedelta(days=rng.choice([8, 10, 14]))
            cut = (d.total_gross * rate / 100).quantize(CENT, ROUND_HALF_UP)
            pay.append(
                esc(
                    w(
                        "c_skonto",
                        r=s.rate(rate),
                        d=fresh_date(until, self.dstyle, self.lang),
                        m=s.money(cut),
                    )
                )
            )
        if d.iban and d.kind in ("invoice", "credit_note", "order_confirmation"):
            bic = f" · BIC {esc(d.bic)}" if d.bic else ""
            pay.append(f"IBAN {esc(self.iban() or '')}{bic}")
        right = "<br>".join(pay)
        if not d.priced:
            return f"<div class='note'>{right}</div>" if right else ""
        trs = [
            f"<tr><td>{esc(w('c_net'))}</td>"
            f"<td class='num'>{esc(self.money(d.total_net, 'total_net', False))}</td></tr>",
            f"<tr><td>{esc(w('c_tax'))}</td>"
            f"<td class='num'>{esc(self.money(d.total_tax, 'total_tax', False))}</td></tr>",
            f"<tr class='g'><td>{esc(w('c_gross_' + d.kind))}</td>"
            f"<td class='num'>{esc(self.money(d.total_gross, 'total_gross'))}</td></tr>",
        ]
        taxes = d.tax_by_rate()
        gross_col = rng.random() < 0.5
        heads = [w("c_vt_rate"), w("c_vt_base"), w("c_vt_tax")]
        if self.rate_col == "code":
            heads.insert(0, w("c_vt_code"))
        if gross_col:
            heads.append(w("c_vt_gross"))
        vt_rows = []
        for r, (b, t) in taxes.items():
            self.out.summary_rate(r, b)
            cells = [s.rate(r), s.money(b, False), s.money(t, False)]
            if self.rate_col == "code":
                cells.insert(0, self.codes.get(r, ""))
            if gross_col:
                cells.append(s.money(b + t, False))
            vt_rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
        vt = (
            "<table class='hx-vt'><tr>"
            + "".join(f"<th>{esc(h)}</th>" for h in heads)
            + f"</tr>{''.join(vt_rows)}</table>"
        )
        left = f"<table class='hx-sum'>{''.join(trs)}</table>{vt}"
        return f"<div class='hx-under'><div>{left}</div><div>{right}</div></div>"

    def cont_footer(self) -> str:
        d, w = self.d, self.word
        p = d.issuer
        notes = [w("c_retention")] if d.kind in ("invoice", "delivery_note") else []
        if d.kind == "invoice" and self.rng.random() < 0.7:
            fee = {"EUR": "40 €", "GBP": "£40", "USD": "$40", "CHF": "CHF 40"}[d.currency]
            notes.append(w("c_penalty", m=fee))
        cols = [
            (w("c_f_address"), [p.name, *p.address]),
            (w("c_f_contact"), [f"{self.label('phone')} {p.phone}", p.email, p.website or ""]),
        ]
        if d.iban and "iban" not in self.out.fields:
            cols.append((w("c_f_bank"), [f"IBAN {self.iban()}", f"BIC {d.bic}" if d.bic else ""]))
        reg = []
        lg = p.legal
        if "capital" in lg:
            reg.append(w("c_capital", c=self.s.number(Decimal(lg["capital"]), 0)))
        if "siren" in lg:
            reg.append(f"RCS {lg['rcs']} {lg['siren']}")
        if "company_no" in lg:
            reg.append(w("c_regno", n=lg["company_no"]))
        if "ein" in lg:
            reg.append(f"EIN {lg['ein']}")
        if p.vat:
            reg.append(w("c_vatno", v=self.vat(p) or ""))
        cols.append((w("c_f_reg"), reg))
        foot = "".join(
            f"<div class='{'bank' if cap == w('c_f_bank') else ''}'><b>{esc(cap)}</b>"
            f"{'<br>'.join(esc(x) for x in lines if x)}</div>"
            for cap, lines in cols
        )
        return (
            "".join(f"<p class='note'>{esc(n)}</p>" for n in notes)
            + f"<div class='hx-foot'>{foot}</div>"
        )

    # hx_uspo -------------------------------------------------------------------------------
    def us_prepare(self) -> None:
        d, rng = self.d, self.rng
        us = d.issuer.country == "US" or d.counterpart.country == "US"
        if self.lang == "en":
            self.dstyle = rng.choice(["mdy", "mdy", "mdy2"]) if us else rng.choice(["mon", "slash"])
        else:
            self.dstyle = rng.choice(["slash", "slash", "mon"])
        for it in d.items:
            it.unit = UOM.get(it.unit.lower(), "EA") if it.unit else "EA"
        if d.kind != "invoice":
            d.deposit = None
        self.via = d.carrier or self.word("u_via_values")
        self.rep = d.contact or rng.choice(BUYERS[self.lang])

    def us_body(self) -> str:
        d, rng, w = self.d, self.rng, self.word
        p = d.issuer
        lh = (
            f"<div><div class='co big'>{esc(self.party_name(p))}</div>"
            f"<div>{'<br>'.join(esc(a) for a in p.address)}</div>"
            f"<div class='small'>{esc(self.label('phone'))} {esc(p.phone)} · {esc(p.email)}</div>"
        )
        if p.vat:
            vat_line = esc(w("c_vatno", v="\x00")).replace("\x00", self.vat_html(p))
            lh += f"<div class='small'>{vat_line}</div>"
        lh += "</div>"
        box_heads = [w("u_date")]
        box_vals = [esc(self.fdate("document_date", d.date))]
        if d.number:
            box_heads.append(w(f"u_no_{d.kind}"))
            box_vals.append(esc(self.number()))
        box = (
            "<table class='hx-nobox' style='margin-left:auto'><tr>"
            + "".join(f"<th>{esc(h)}</th>" for h in box_heads)
            + "</tr><tr>"
            + "".join(f"<td>{v}</td>" for v in box_vals)
            + "</tr></table>"
        )
        top = (
            f"<div class='row'>{lh}<div><div class='hx-usbig'>{esc(self.title())}</div>"
            f"{box}</div></div>"
        )
        # party boxes under dark caption bars
        boxes = []
        if d.kind == "purchase_order":
            sup = d.supplier
            boxes.append((w("u_vendor"), self.lines_of(self.party_name(sup), sup.address, None)))
            name, site = d.delivery or (d.customer.name, d.customer.address)
            self.party_name(d.customer)
            boxes.append((w("u_shipto"), self.lines_of(name, site, "delivery_address")))
        else:
            cust = d.customer
            boxes.append(
                (
                    w("u_soldto"),
                    self.lines_of(self.party_name(cust), cust.address, "billing_address"),
                )
            )
            if d.delivery:
                name, site = d.delivery
                boxes.append((w("u_shipto"), self.lines_of(name, site, "delivery_address")))
        parties = (
            "<div class='hx-parties'>"
            + "".join(
                f"<div><div class='hx-bar'>{esc(cap)}</div><div class='in'>{body}</div></div>"
                for cap, body in boxes
            )
            + "</div>"
        )
        # the strip
        strip: list[tuple[str, str]] = []
        if d.kind == "purchase_order":
            strip.append((w("u_req"), esc(self.rep)))
        else:
            if d.order_number:
                strip.append(
                    (
                        w("u_custpo"),
                        esc(self.out.put("order_number", d.order_number, d.order_number)),
                    )
                )
            if d.customer_number:
                num = d.customer_number
                strip.append((w("u_acct"), esc(self.out.put("customer_number", num, num))))
            strip.append((w("u_rep"), esc(self.rep)))
        strip.append((w("u_via"), esc(self.via)))
        strip.append((w("u_fob"), esc(w("u_fob_values"))))
        if rng.random() < 0.6:
            strip.append((w("u_freight"), esc(w("u_freight_values"))))
        if d.payment_terms:
            strip.append((w("u_terms"), esc(self.terms())))
        if d.delivery_date:
            key = "u_shipdate" if d.kind == "invoice" else "u_reqdate"
            strip.append((w(key), esc(self.fdate("delivery_date", d.delivery_date))))
        if d.due_date and d.kind == "invoice":
            strip.append((w("u_due"), esc(self.fdate("due_date", d.due_date))))
        strip_html = (
            "<table class='hx-strip'><tr>"
            + "".join(f"<th>{esc(h)}</th>" for h, _ in strip)
            + "</tr><tr>"
            + "".join(f"<td>{v}</td>" for _, v in strip)
            + "</tr></table>"
        )
        return f"{top}{parties}{strip_html}{self.us_table()}{self.us_under()}"

    def us_table(self) -> str:
        d, w = self.d, self.word
        cols = [("u_item", False), ("u_desc", False), ("u_qty", True), ("u_um", False)]
        if self.rng.random() < 0.3:  # the quantity first, as some purchasing prints have it
            cols = [("u_qty", True), ("u_um", False), ("u_item", False), ("u_desc", False)]
        cols += [("u_price", True), ("u_ext", True)]
        th = "".join(f"<th class='{'num' if num else ''}'>{esc(w(k))}</th>" for k, num in cols)
        rows = []
        for it in d.items:
            row = self.out.row()
            tds = []
            for key, num in cols:
                if key == "u_item":
                    v = f"<span class='nw'>{self.sku_text(it, row)}</span>"
                elif key == "u_desc":
                    v = self.describe(it, row)
                elif key == "u_qty":
                    v = self.qty(it, row)
                elif key == "u_um":
                    v = esc(row.put("unit", it.unit, it.unit))
                elif key == "u_price":
                    v = self.price(it, row)
                else:
                    v = self.amount(it, row)
                tds.append(f"<td class='{'num' if num else ''}'>{v}</td>")
            rows.append(f"<tr>{''.join(tds)}</tr>")
        filler = "".join(f"<td>{'&nbsp;' if i == 0 else ''}</td>" for i in range(len(cols)))
        pad = (
            ""
            if len(d.items) > 6
            else f"<tr style='height:{(7 - len(d.items)) * 5}mm'>{filler}</tr>"
        )
        return self.items_table("cols", th, "".join(rows) + pad)

    def us_under(self) -> str:
        d, s, w, rng = self.d, self.s, self.word, self.rng
        rows: list[tuple[str, str, bool]] = [
            (w("u_sub"), self.money(d.total_net, "total_net", False), False)
        ]
        if d.sales_tax is not None:
            self.out.summary_rate(d.sales_tax)  # printed in its label
            rows.append(
                (
                    w("u_sales_tax", r=s.rate(d.sales_tax)),
                    self.money(d.total_tax, "total_tax", False),
                    False,
                )
            )
        else:
            taxes = d.tax_by_rate()
            parts = []
            for r, (_b, t) in taxes.items():
                shown = s.money(t, False)
                parts.append(shown)
                self.out.summary_rate(r)  # printed in its label
                rows.append((w("u_vat", r=s.rate(r)), shown, False))
            if len(taxes) == 1:
                self.out.put("total_tax", _money_str(d.total_tax), parts[0])
            else:
                self.out.put_sum("total_tax", _money_str(d.total_tax), parts)
        zero = s.money(Decimal(0), False)
        rows.append((w("u_ship"), zero, False))
        if rng.random() < 0.4:
            rows.append((w("u_other"), zero, False))
        rows.append((w(f"u_total_{d.kind}"), self.money(d.total_gross, "total_gross"), True))
        if d.kind == "invoice":
            paid = d.deposit or Decimal(0)
            rows.append((w("u_paid"), s.money(-paid if paid else paid), False))
            rows.append((w("u_balance"), s.money(d.total_gross - paid), True))
        trs = "".join(
            f"<tr class='{'g' if g else ''}'><td class='right'>{esc(lab)}</td>"
            f"<td class='num'>{esc(v)}</td></tr>"
            for lab, v, g in rows
        )
        notes = [w("u_notes_purchase_order" if d.kind == "purchase_order" else "u_notes_other")]
        if rng.random() < 0.5:
            notes.append(
                w("u_note_min", m=self.note_amount(), f=s.money(Decimal(rng.choice([15, 25, 35]))))
            )
        if d.iban and d.kind == "invoice":
            notes.append(f"IBAN {self.iban()}" + (f" · BIC {d.bic}" if d.bic else ""))
        comments = (
            f"<div class='hx-comments'><div class='hx-bar'>{esc(w('u_comments'))}</div>"
            f"<div class='in' style='padding:1.5mm 2mm'>"
            f"{'<br>'.join(esc(n) for n in notes)}</div></div>"
        )
        sig = ""
        if d.kind == "purchase_order":
            sig = f"<div class='hx-sigline'><div>{esc(w('u_sig'))}</div><div></div></div>"
        return (
            f"<div class='hx-under'><div>{comments}</div>"
            f"<div><table class='hx-ustot'>{trs}</table></div></div>{sig}"
        )
