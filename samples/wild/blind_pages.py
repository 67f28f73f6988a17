"""Pages of the blind held-out families (``blind_families.py``).

Each page is a ``Page`` (page.py) whose value formatting, party truth and ``Printed``
record it reuses, so the truth stays what is printed. Titles, captions and column heads
come from ``vocab.BLIND_ONLY`` (sealed: a grep never prints them) through ``word``; the
few generic labels borrowed from ``Page`` (phone, the legal footer) come from the
development pools only, never from another held-out set's words.

Truth conventions as everywhere: ``customer_*`` is the buyer, addresses are the printed
lines after the name, a ship-to block is ``delivery_address``, a billed block
``billing_address`` (on a purchase order only a printed billing block gives it); a
section's subtotal is no line; a tax printed per rate is recorded with its total.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal
from typing import Any

from samples.wild.content import Doc, Item, make_items
from samples.wild.families import Family
from samples.wild.page import Rendered, _money_str, _num_str, esc, initials
from samples.wild.sealed_page import SealedPage
from samples.wild.vocab import BLIND_ONLY, MONTHS

BLIND_RENDERERS = (
    "bx_landscape",
    "bx_footgrid",
    "bx_letter",
    "bx_sections",
    "bx_cards",
    "bx_pages",
    "bx_valuefirst",
    "bx_bands",
)
Pair = tuple[str, str]  # (label, value as HTML)


def blind_date(d: date, style: str, language: str) -> str:
    """A date as these families print it (drawn per document: US month first, EU day
    first, ISO, or in words)."""
    month = MONTHS[language].split()[d.month - 1]
    if style == "iso":
        return d.isoformat()
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "mdy":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "words_us":
        return f"{month} {d.day}, {d.year}"
    if style == "words":
        return f"{d.day} {month} {d.year}"
    raise ValueError(style)


class BlindPage(SealedPage):
    """A page of one of the blind held-out families."""

    SEALED = BLIND_ONLY
    TAG = "blind"

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        self.o.update(negative=False, currency_item=False, cur_in_cells=False, upper=False)
        doc.previous_balance = None
        doc.deposit = None
        if fam.renderer == "bx_pages" and len(doc.items) < 16:
            doc.items = make_items(rng, doc, rng.choice([18, 24, 30]))
        for it in doc.items:  # no family prints a discount column: no line carries one
            it.discount = Decimal(0)
        us = doc.issuer.country == "US" or doc.counterpart.country == "US"
        if us:
            self.dstyle = rng.choice(["mdy", "mdy", "words_us"])
        elif self.lang == "en":
            self.dstyle = rng.choice(["slash", "words", "iso", "dot"])
        else:
            self.dstyle = rng.choice(["slash", "dot", "words"])
        if doc.kind == "delivery_note" and fam.renderer != "bx_sections":
            doc.priced = rng.random() < 0.2
        self.show_line = rng.random() < 0.6
        self.show_rate = doc.sales_tax is None and rng.random() < 0.6
        back = any(it.ordered is not None and it.ordered != it.quantity for it in doc.items)
        self.dn_cols = doc.kind == "delivery_note" and (back or rng.random() < 0.4)
        self.landscape = fam.renderer == "bx_landscape"

    # vocabulary: the sealed words of these families (sealed_page.SealedPage) --------------
    def title(self) -> str:
        k = "__blind_title"
        if k not in self._labels:
            t = self.rng.choice(BLIND_ONLY[self.lang][f"t_{self.d.kind}"])
            self._labels[k] = t.upper() if self.rng.random() < 0.3 else t
        return self._labels[k]

    def fdate(self, name: str | None, d: date) -> str:
        shown = blind_date(d, self.dstyle, self.lang)
        return self.out.put(name, d.isoformat(), shown) if name else shown

    # the parts every family arranges its own way --------------------------------------------
    def head_items(self) -> list[Pair]:
        """The header items (label, value), each value recorded as printed."""
        d, w, out = self.d, self.word, self.out
        items: list[Pair] = []
        if d.number:
            items.append((w(f"no_{d.kind}"), esc(out.put("document_number", d.number, d.number))))
        items.append((w("date"), esc(self.fdate("document_date", d.date))))
        if d.order_number and d.kind != "purchase_order":
            items.append((w("order"), esc(out.put("order_number", d.order_number, d.order_number))))
        if d.customer_number:
            num = d.customer_number
            items.append((w("cust"), esc(out.put("customer_number", num, num))))
        if d.credited_invoice:
            items.append((w("credited"), esc(d.credited_invoice)))
        if d.delivery_date:
            key = "shipped" if d.kind == "delivery_note" else "delivery"
            items.append((w(key), esc(self.fdate("delivery_date", d.delivery_date))))
        if d.due_date and d.kind == "invoice":
            items.append((w("due"), esc(self.fdate("due_date", d.due_date))))
        if d.payment_terms and d.kind not in ("delivery_note", "payment_advice"):
            terms = d.payment_terms
            items.append((w("terms"), esc(out.put("payment_terms", terms, terms))))
        if d.kind == "payment_advice":
            when = d.payment_date or d.date
            items.append((w("paydate"), esc(self.fdate("payment_date", when))))
            if d.payment_means:
                items.append((w("means"), esc(d.payment_means)))
        if d.priced and self.rng.random() < 0.35:
            items.append((w("currency"), esc(out.put("currency", d.currency, d.currency))))
        if d.contact:
            items.append((w("contact"), esc(d.contact)))
        return items

    def lines_html(self, name: str, lines: list[str], field: str | None) -> str:
        if field:
            self.out.put(field, ", ".join(lines), ", ".join(lines))
        return "<br>".join(esc(x) for x in [name, *lines])

    def issuer_html(self) -> str:
        p = self.d.issuer
        parts = [f"<b>{esc(self.party_name(p))}</b>", *(esc(a) for a in p.address)]
        parts.append(f"{esc(self.label('phone'))} {esc(p.phone)}")
        parts.append(esc(p.email))
        if p.vat:
            parts.append(f"{esc(self.word('vat_l'))} {self.vat_html(p)}")
        return "<br>".join(parts)

    def party_items(self) -> list[Pair]:
        """The counterpart blocks (label, address HTML) with their truth."""
        d, w, rng = self.d, self.word, self.rng
        blocks: list[Pair] = []
        if d.kind == "purchase_order":
            sup = d.supplier
            blocks.append((w("supplier"), self.lines_html(self.party_name(sup), sup.address, None)))
            if rng.random() < 0.5:
                cust = d.customer
                name = self.party_name(cust)
                blocks.append((w("billto"), self.lines_html(name, cust.address, "billing_address")))
        elif d.kind == "payment_advice":
            sup = d.supplier
            blocks.append((w("payee"), self.lines_html(self.party_name(sup), sup.address, None)))
        else:
            cust = d.customer
            name = self.party_name(cust)
            blocks.append((w("buyer"), self.lines_html(name, cust.address, "billing_address")))
        if d.delivery and d.kind != "payment_advice":
            name, site = d.delivery
            self.party_name(d.customer)
            blocks.append((w("shipto"), self.lines_html(name, site, "delivery_address")))
        return blocks

    def columns(self) -> list[tuple[str, bool]]:
        """The line table's columns (vocabulary key, is a number)."""
        d = self.d
        cols: list[tuple[str, bool]] = [("c_line", True)] if self.show_line else []
        cols += [("c_sku", False), ("c_desc", False)]
        if self.dn_cols:
            cols += [("c_ordered", True), ("c_qty", True), ("c_back", True)]
        else:
            cols.append(("c_qty", True))
        cols.append(("c_unit", False))
        if d.priced:
            cols.append(("c_price", True))
            if self.show_rate:
                cols.append(("c_rate", True))
            cols.append(("c_amount", True))
        if all(it.sku is None for it in d.items):
            cols.remove(("c_sku", False))
        return cols

    def bx_cell(self, key: str, it: Item, n: int, row: Any) -> str:
        """One line's value under column ``key``, recorded in ``row``."""
        s = self.s
        if key == "c_line":
            return str(n)
        if key == "c_sku":
            return f"<span class='nw'>{esc(row.put('sku', it.sku or '', it.sku or ''))}</span>"
        if key == "c_desc":
            row.put("description", it.full_description, it.full_description)
            text = esc(it.description)
            if it.detail:
                text += f"<br><span class='detail'>{esc(it.detail)}</span>"
            return text
        if key == "c_qty":
            return esc(row.put("quantity", _num_str(it.quantity), s.quantity(it.quantity)))
        if key == "c_ordered":
            return esc(s.quantity(it.ordered or it.quantity))
        if key == "c_back":
            left = (it.ordered or it.quantity) - it.quantity
            return esc(s.quantity(left)) if left else "–"
        if key == "c_unit":
            return esc(row.put("unit", it.unit, it.unit)) if it.unit else ""
        if key == "c_price":
            places = max(2, -it.unit_price.as_tuple().exponent)  # type: ignore[operator]
            shown = s.money(it.unit_price, with_currency=False, places=places)
            return esc(row.put("unit_price", str(it.unit_price), shown))
        if key == "c_rate":
            assert it.tax_rate is not None
            return esc(row.put("tax_rate", _num_str(it.tax_rate), s.rate(it.tax_rate)))
        shown = s.money(it.total, with_currency=False)
        return esc(row.put("line_total", _money_str(it.total), shown))

    def table_html(self, cls: str, head_after: bool = False, band: str = "") -> str:
        """The line table: head row on top (or under the rows), ``band`` a first head row
        (repeated on every page with the column heads)."""
        cols = self.columns()
        th = "".join(f"<th class='{'num' if n else ''}'>{esc(self.word(k))}</th>" for k, n in cols)
        rows = []
        for n, it in enumerate(self.d.items, 1):
            row = self.out.row()
            tds = "".join(
                f"<td class='{'num' if num else ''}'>{self.bx_cell(k, it, n, row)}</td>"
                for k, num in cols
            )
            rows.append(f"<tr>{tds}</tr>")
        body = "".join(rows)
        if head_after:
            return (
                f"<table class='bx-items {cls}'><tbody>{body}</tbody>"
                f"<tr class='hd'>{th}</tr></table>"
            )
        top = f"<tr><td class='band' colspan='{len(cols)}'>{band}</td></tr>" if band else ""
        if self.o["repeat_header"] or band:
            return (
                f"<table class='bx-items {cls}'><thead>{top}<tr class='hd'>{th}</tr></thead>"
                f"<tbody>{body}</tbody></table>"
            )
        return (
            f"<table class='bx-items {cls}'><tbody><tr class='hd'>{th}</tr>{body}</tbody></table>"
        )

    def total_items(self) -> list[tuple[str, str, bool]]:
        """The totals (label, shown amount, is the grand total) with their truth."""
        d, s, w = self.d, self.s, self.word
        rows = [(w("net"), self.money(d.total_net, "total_net", False), False)]
        taxes = d.tax_by_rate()
        if len(taxes) == 1:
            (r,) = taxes
            self.out.summary_rate(r)  # printed in its label
            key = "tax_at" if d.sales_tax is None else "sales_tax_at"
            rows.append((w(key, r=s.rate(r)), self.money(d.total_tax, "total_tax", False), False))
        else:
            for r, (_b, t) in taxes.items():
                self.out.summary_rate(r)
                rows.append((w("tax_at", r=s.rate(r)), s.money(t, False), False))
            rows.append((w("tax"), self.money(d.total_tax, "total_tax", False), False))
        rows.append((w(f"gross_{d.kind}"), self.money(d.total_gross, "total_gross"), True))
        return rows

    def refs_html(self, cls: str) -> str:
        """A payment advice's settled invoices and the sum paid."""
        d, s, w = self.d, self.s, self.word
        cut = any(r.deduction for r in d.references)
        heads = ["r_inv", "r_date"] + (["r_gross", "r_cut"] if cut else []) + ["r_paid"]
        trs = []
        for r in d.references:
            final = r.amount - r.deduction
            self.out.reference(r.number, _money_str(final))
            cells = [esc(r.number), esc(blind_date(r.date, self.dstyle, self.lang))]
            if cut:
                cells += [esc(s.money(r.amount, False)), esc(s.money(r.deduction, False))]
            cells.append(esc(s.money(final, False)))
            trs.append(
                "<tr>"
                + "".join(
                    f"<td class='{'num' if i >= 2 else ''}'>{c}</td>" for i, c in enumerate(cells)
                )
                + "</tr>"
            )
        th = "".join(
            f"<th class='{'num' if i >= 2 else ''}'>{esc(w(h))}</th>" for i, h in enumerate(heads)
        )
        return (
            f"<table class='bx-items {cls}'><thead><tr class='hd'>{th}</tr></thead>"
            f"<tbody>{''.join(trs)}</tbody></table>"
        )

    def paid_items(self) -> list[tuple[str, str, bool]]:
        d = self.d
        rows = [(self.word("paid_total"), self.money(d.total_gross, "total_gross"), True)]
        return rows

    def bank_line(self) -> str:
        d = self.d
        if not d.iban or d.kind not in ("invoice", "credit_note", "payment_advice"):
            return ""
        bic = f" · BIC {esc(d.bic)}" if d.bic else ""
        return f"{esc(self.word('iban_l'))} {esc(self.iban() or '')}{bic}"

    def sums(self) -> list[tuple[str, str, bool]]:
        if self.d.kind == "payment_advice":
            return self.paid_items()
        return self.total_items() if self.d.priced else []

    def main_table(self, cls: str, head_after: bool = False) -> str:
        if self.d.kind == "payment_advice":
            intro = f"<p>{esc(self.word('intro_pa'))}</p>"
            return intro + self.refs_html(cls)
        return self.table_html(cls, head_after)

    def signature(self) -> str:
        d = self.d
        if d.kind == "purchase_order":
            return f"<div class='bx-sig'>{esc(self.word('sig'))}</div>"
        if d.kind == "delivery_note":
            return f"<div class='bx-sig'>{esc(self.word('signdn'))}</div>"
        return ""

    def sums_table(self, bold: str) -> str:
        """The totals as label and amount rows (the grand total's row of class ``bold``);
        empty when the page has none."""
        return "".join(
            f"<tr class='{bold if g else ''}'><td>{esc(lab)}</td><td class='num'>{esc(v)}</td></tr>"
            for lab, v, g in self.sums()
        )

    def sums_line(self) -> str:
        """The totals on one line, label and amount after label and amount."""
        return "".join(
            f"<span>{esc(lab)} {'<b>' if g else ''}{esc(v)}{'</b>' if g else ''}</span>"
            for lab, v, g in self.sums()
        )

    def party_row(self, caption_after: bool = False) -> str:
        """The counterpart blocks side by side, each under its caption (or over it)."""
        blocks = "".join(
            f"<div class='col pb'>{b}<div class='bx-cap'>{esc(a)}</div></div>"
            if caption_after
            else f"<div class='col pb'><div class='pl'>{esc(a)}</div>{b}</div>"
            for a, b in self.party_items()
        )
        return f"<div class='row prow'>{blocks}</div>"

    # assembly -------------------------------------------------------------------------------
    def body(self) -> str:
        content = getattr(self, f"draw_{self.f.renderer[3:]}")()
        return self.with_legal(content)

    def render(self) -> Rendered:
        rendered = super().render()
        rendered.landscape = self.landscape
        return rendered

    def css(self) -> str:
        acc = self.o["accent"]
        return (
            super().css()
            + f"""
.bx-title {{ font-size: 1.6em; font-weight: bold; color: {acc}; }}
table.bx-items {{ width: 100%; border-collapse: collapse; margin: 2mm 0; }}
table.bx-items th, table.bx-items td {{ padding: 1.5pt 4pt; vertical-align: top;
  text-align: left; }}
table.bx-items .num {{ text-align: right; white-space: nowrap; }}
table.bx-items tr {{ break-inside: avoid; }}
table.bx-items tr.hd th {{ border-bottom: 0.9pt solid #222; }}
table.bx-items.ruled td, table.bx-items.ruled th {{ border: 0.5pt solid #555; }}
table.bx-items.lined td {{ border-bottom: 0.3pt solid #aaa; }}
table.bx-items.after tr.hd th {{ border-top: 0.9pt solid #222; border-bottom: 0;
  font-size: 0.8em; color: #555; }}
table.bx-items.plain tr.hd th {{ font-variant: small-caps; font-weight: normal;
  color: #444; border-bottom: 0; }}
table.bx-items.plain tbody tr:nth-child(odd) td {{ background: #f3f3f0; }}
table.bx-items tr.sec td {{ font-weight: bold; background: #e9e9e9; padding-top: 3pt; }}
table.bx-items tr.sub td {{ font-style: italic; border-top: 0.5pt solid #444;
  border-bottom: 0.9pt solid #444; }}
table.bx-items td.band {{ border: 0; padding: 0 0 2mm 0; }}
.bx-sig {{ margin-top: 10mm; border-top: 0.6pt solid #000; width: 75mm; padding-top: 1mm;
  font-size: 0.85em; break-inside: avoid; }}
.bx-strip {{ display: flex; flex-wrap: wrap; border: 0.7pt solid #222; margin: 2mm 0; }}
.bx-strip > div {{ flex: 1 1 auto; border-right: 0.7pt solid #222; padding: 1mm 2mm;
  white-space: nowrap; }}
.bx-strip > div:last-child {{ border-right: 0; }}
.bx-side {{ display: flex; gap: 5mm; align-items: flex-start; }}
.bx-side > .l {{ width: 62mm; flex: none; }} .bx-side > .r {{ flex: 1; }}
.bx-totline {{ text-align: right; margin-top: 1mm; }}
.bx-totline span {{ margin-left: 6mm; white-space: nowrap; }}
.bx-totline b {{ color: {acc}; }}
table.bx-grid {{ border-collapse: collapse; width: 100%; margin-top: 4mm;
  break-inside: avoid; }}
table.bx-grid td {{ border: 0.7pt solid #222; padding: 1.2mm 2mm; vertical-align: top; }}
table.bx-grid td.l {{ background: #f0f0f0; font-size: 0.85em; width: 22%; }}
table.bx-grid td.v {{ white-space: nowrap; }}
table.bx-grid tr.g td {{ font-weight: bold; border-width: 1.4pt; }}
.bx-two {{ display: flex; gap: 7mm; }}
.bx-two > .narrow {{ width: 56mm; flex: none; font-size: 0.85em; border-right: 1pt solid {acc};
  padding-right: 3mm; }}
.bx-two > .wide {{ flex: 1; }}
.bx-two .it {{ margin-top: 2mm; }} .bx-two .it .lab {{ color: #555; }}
.bx-left {{ width: 85mm; margin-top: 2mm; break-inside: avoid; }}
.bx-left table {{ border-collapse: collapse; width: 100%; }}
.bx-left td {{ padding: 1pt 3pt; }} .bx-left .num {{ text-align: right; white-space: nowrap; }}
.bx-left tr.g td {{ font-weight: bold; border-top: 0.9pt solid #000; }}
.bx-cards {{ display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; margin: 3mm 0; }}
.bx-card {{ border: 0.8pt solid #444; border-radius: 2mm; padding: 2mm 3mm;
  break-inside: avoid; }}
.bx-card .h {{ font-size: 0.8em; color: {acc}; }} .bx-card .d {{ font-weight: bold;
  margin: 0.5mm 0 1.5mm 0; }}
.bx-card table {{ border-collapse: collapse; width: 100%; }}
.bx-card td {{ padding: 0.4pt 0; }} .bx-card td.v {{ text-align: right; white-space: nowrap; }}
.bx-vf {{ border-collapse: collapse; }}
.bx-vf td {{ padding: 0.6pt 3pt; vertical-align: top; }}
.bx-vf td.v {{ font-weight: bold; white-space: nowrap; }}
.bx-vf td.l {{ color: #666; font-size: 0.82em; }}
.bx-cap {{ color: #666; font-size: 0.8em; font-style: italic; margin-top: 0.5mm; }}
.bx-band {{ background: {acc}; color: #fff; font-weight: bold; padding: 1mm 3mm;
  margin: 3mm 0 1.5mm 0; letter-spacing: 0.05em; }}
.bx-sc {{ display: flex; flex-wrap: wrap; gap: 2mm 7mm; }}
.bx-sc .k {{ font-variant: small-caps; font-size: 0.78em; color: #555;
  letter-spacing: 0.04em; }}
.bx-sc .v {{ white-space: nowrap; }} .bx-sc .v.addr {{ white-space: normal; }}
.bx-pageband {{ display: flex; justify-content: space-between; gap: 5mm; border-bottom: 1.5pt solid
  {acc}; padding-bottom: 1mm; font-weight: normal; }}
.bx-pageband > span {{ white-space: nowrap; }}
.bx-pageband > span.t {{ white-space: normal; }}
.bx-pageband .t {{ font-weight: bold; font-size: 1.2em; color: {acc}; }}
"""
        )

    # bx_landscape ---------------------------------------------------------------------------------
    def draw_landscape(self) -> str:
        items = self.head_items()
        top = (
            f"<div class='row'><div>{self.issuer_html()}</div>"
            f"<div class='bx-title'>{esc(self.title())}</div></div>"
        )
        strip = "".join(
            f"<div><span class='small'>{esc(lab)}</span> {val}</div>" for lab, val in items
        )
        parties = "".join(
            f"<div class='pb'><div class='pl'>{esc(lab)}</div>{body}</div>"
            for lab, body in self.party_items()
        )
        line = self.sums_line()
        bank = self.bank_line()
        right = f"{self.main_table('ruled')}<div class='bx-totline'>{line}</div>"
        right += f"<p class='small'>{bank}</p>" if bank else ""
        return (
            f"{top}<div class='bx-strip'>{strip}</div>"
            f"<div class='bx-side'><div class='l'>{parties}</div><div class='r'>{right}</div></div>"
            f"{self.signature()}"
        )

    # bx_footgrid ----------------------------------------------------------------------------------
    def draw_footgrid(self) -> str:
        d = self.d
        p = d.issuer
        logo = f"<div class='logo'>{esc(initials(p.name))}</div>" if self.rng.random() < 0.5 else ""
        top = (
            f"<div style='text-align:center'>{logo}<div class='co big'>{esc(self.party_name(p))}"
            f"</div><div class='small'>{esc(' · '.join(p.address))} · {esc(self.label('phone'))} "
            f"{esc(p.phone)}</div></div><h1 class='title' style='text-align:center'>"
            f"{esc(self.title())}</h1>"
        )
        blocks = self.party_items()
        win, rest = blocks[0], blocks[1:]
        parties = (
            "<div class='row prow'><div class='col'>"
            + "".join(f"<div class='pb'><div class='pl'>{esc(a)}</div>{b}</div>" for a, b in rest)
            + f"</div><div class='window'>{win[1]}</div></div>"
        )
        cells: list[tuple[str, str, bool]] = [(lab, val, False) for lab, val in self.head_items()]
        cells += [(lab, esc(v), g) for lab, v, g in self.sums()]
        if p.vat:
            cells.append((self.word("vat_l"), self.vat_html(p), False))
        bank = self.bank_line()
        trs = []
        for i in range(0, len(cells), 2):
            pair = cells[i : i + 2]
            g = any(x[2] for x in pair)
            tds = "".join(
                f"<td class='l'>{esc(lab)}</td><td class='v'>{val}</td>" for lab, val, _ in pair
            )
            if len(pair) == 1:
                tds += "<td class='l'></td><td class='v'></td>"
            trs.append(f"<tr class='{'g' if g else ''}'>{tds}</tr>")
        if bank:
            trs.append(f"<tr><td colspan='4'>{bank}</td></tr>")
        grid = f"<table class='bx-grid'>{''.join(trs)}</table>"
        return f"{top}{parties}{self.main_table('lined')}{grid}{self.signature()}"

    # bx_letter ------------------------------------------------------------------------------------
    def draw_letter(self) -> str:
        """The issuer's name across the top; under it the narrow column (address, contacts,
        header items, one short value a line) beside the letter; the table, the totals at
        the left and the bank at the bottom. The payment terms, long, go in the letter."""
        d, w = self.d, self.word
        p = d.issuer
        items = self.head_items()
        terms = [(lab, val) for lab, val in items if lab == w("terms")]
        its = "".join(
            f"<div class='it'><div class='lab'>{esc(lab)}</div><div class='nw'>{val}</div></div>"
            for lab, val in items
            if (lab, val) not in terms
        )
        contact = [*p.address, f"{self.label('phone')} {p.phone}", p.email]
        narrow = "<br>".join(f"<span class='nw'>{esc(x)}</span>" for x in contact)
        if p.vat:
            narrow += f"<div class='it'><div class='lab'>{esc(w('vat_l'))}</div>"
            narrow += f"{self.vat_html(p)}</div>"
        narrow += its
        blocks = self.party_items()
        first, rest = blocks[0], blocks[1:]
        others = "".join(
            f"<div class='small pb' style='margin-top:2mm'><b>{esc(a)}</b><br>{b}</div>"
            for a, b in rest
        )
        intro = w("intro_pa") if d.kind == "payment_advice" else w("intro")
        said = "".join(f"<p>{esc(lab)} {val}</p>" for lab, val in terms)
        wide = (
            f"<div class='window pb' style='margin-top:0'>{first[1]}</div>{others}"
            f"<div class='bx-subj' style='font-weight:bold;font-size:1.3em;margin:5mm 0 3mm 0'>"
            f"{esc(self.title())}</div><p>{esc(intro)}</p>{said}<p>{esc(w('closing'))}</p>"
        )
        table = self.refs_html("lined") if d.kind == "payment_advice" else self.table_html("lined")
        trs = self.sums_table("g")
        left = f"<div class='bx-left'><table>{trs}</table></div>" if trs else ""
        bank = self.bank_line()
        return (
            f"<div class='co big' style='margin-bottom:3mm'>{esc(self.party_name(p))}</div>"
            f"<div class='bx-two'><div class='narrow'>{narrow}</div><div class='wide'>{wide}</div>"
            f"</div>{table}{left}"
            + (f"<p class='nw'>{bank}</p>" if bank else "")
            + self.signature()
        )

    # bx_sections ----------------------------------------------------------------------------------
    def draw_sections(self) -> str:
        d, s, w, rng = self.d, self.s, self.word, self.rng
        top = (
            f"<div class='row'><div>{self.issuer_html()}</div><div>"
            f"<div class='bx-title'>{esc(self.title())}</div>"
            + "".join(
                f"<div class='mrow'><span class='small'>{esc(a)}</span> {b}</div>"
                for a, b in self.head_items()
            )
            + "</div></div>"
        )
        parties = self.party_row()
        cols = self.columns()
        th = "".join(f"<th class='{'num' if n else ''}'>{esc(w(k))}</th>" for k, n in cols)
        n_sec = min(len(d.items), rng.choice([2, 3, 3, 4]))
        cuts = sorted(rng.sample(range(1, len(d.items)), n_sec - 1)) if n_sec > 1 else []
        bounds = [0, *cuts, len(d.items)]
        numbering = rng.choice(["A", "1", "I"])
        rows, n = [], 0
        for k in range(len(bounds) - 1):
            part = d.items[bounds[k] : bounds[k + 1]]
            tag = {"A": "ABCDEFG", "1": "1234567", "I": ["I", "II", "III", "IV", "V"]}[numbering][k]
            rows.append(
                f"<tr class='sec'><td colspan='{len(cols)}'>{esc(w('section', n=tag))}</td></tr>"
            )
            for it in part:
                n += 1
                row = self.out.row()
                rows.append(
                    "<tr>"
                    + "".join(
                        f"<td class='{'num' if num else ''}'>{self.bx_cell(key, it, n, row)}</td>"
                        for key, num in cols
                    )
                    + "</tr>"
                )
            if d.priced and len(bounds) > 2:
                sub = sum((it.total for it in part), Decimal(0))
                rows.append(
                    f"<tr class='sub'><td colspan='{len(cols) - 1}'>{esc(w('subtotal'))}</td>"
                    f"<td class='num'>{esc(s.money(sub, False))}</td></tr>"
                )
        table = (
            f"<table class='bx-items lined'><thead><tr class='hd'>{th}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
        trs = self.sums_table("b")
        tot = f"<div class='totwrap'><table class='tot'>{trs}</table></div>" if trs else ""
        bank = self.bank_line()
        return f"{top}{parties}{table}{tot}" + (f"<p>{bank}</p>" if bank else "") + self.signature()

    # bx_cards -------------------------------------------------------------------------------------
    def draw_cards(self) -> str:
        d, w = self.d, self.word
        head = "".join(
            f"<tr><td class='small'>{esc(a)}</td><td class='nw'>{b}</td></tr>"
            for a, b in self.head_items()
        )
        top = (
            f"<div class='row'><div>{self.issuer_html()}</div><div>"
            f"<div class='bx-title'>{esc(self.title())}</div><table>{head}</table></div></div>"
        )
        parties = self.party_row()
        cols = [k for k, _n in self.columns() if k not in ("c_line", "c_desc")]
        cards = []
        for n, it in enumerate(d.items, 1):
            row = self.out.row()
            desc = self.bx_cell("c_desc", it, n, row)
            trs = "".join(
                f"<tr><td>{esc(w(k))}</td><td class='v'>{self.bx_cell(k, it, n, row)}</td></tr>"
                for k in cols
            )
            cards.append(
                f"<div class='bx-card'><div class='h'>{esc(w('card', n=str(n)))}</div>"
                f"<div class='d'>{desc}</div><table>{trs}</table></div>"
            )
        line = self.sums_line()
        bank = self.bank_line()
        return (
            f"{top}{parties}<div class='bx-cards'>{''.join(cards)}</div>"
            f"<div class='bx-totline'>{line}</div>"
            + (f"<p>{bank}</p>" if bank else "")
            + self.signature()
        )

    # bx_pages -------------------------------------------------------------------------------------
    def draw_pages(self) -> str:
        d = self.d
        cust = d.customer
        num = esc(self.out.put("document_number", d.number, d.number)) if d.number else ""
        when = esc(self.fdate("document_date", d.date))
        band = (
            f"<div class='bx-pageband'><span class='t'>{esc(self.title())} "
            f"<span class='nw'>{num}</span></span>"
            f"<span>{when}</span><span>{esc(self.party_name(cust))}</span>"
            f"<span class='small'>{esc(self.word('cont'))}</span></div>"
        )
        head = "".join(
            f"<div class='mrow'><span class='small'>{esc(a)}</span> {b}</div>"
            for a, b in self.head_items()
        )
        parties = self.party_row()
        top = f"<div class='row'><div>{self.issuer_html()}</div><div>{head}</div></div>{parties}"
        table = self.table_html("lined", band=band)
        trs = self.sums_table("b")
        bank = self.bank_line()
        return f"{top}{table}<div class='totwrap'><table class='tot'>{trs}</table></div>" + (
            f"<p>{bank}</p>" if bank else ""
        )

    # bx_valuefirst --------------------------------------------------------------------------------
    def draw_valuefirst(self) -> str:
        d = self.d
        vf = "".join(
            f"<tr><td class='v'>{b}</td><td class='l'>{esc(a)}</td></tr>"
            for a, b in self.head_items()
        )
        top = (
            f"<div class='row'><div>{self.issuer_html()}</div><div>"
            f"<div class='bx-title'>{esc(self.title())}</div><table class='bx-vf'>{vf}</table>"
            "</div></div>"
        )
        parties = self.party_row(caption_after=True)
        after = self.rng.random() < 0.6
        table = (
            self.refs_html("lined")
            if d.kind == "payment_advice"
            else self.table_html("lined after" if after else "lined", head_after=after)
        )
        sums = "".join(
            f"<tr><td class='v num'>{esc(v)}</td><td class='l'>{esc(lab)}</td></tr>"
            for lab, v, _g in self.sums()
        )
        tot = f"<div class='totwrap'><table class='bx-vf'>{sums}</table></div>" if sums else ""
        bank = self.bank_line()
        return f"{top}{parties}{table}{tot}" + (f"<p>{bank}</p>" if bank else "") + self.signature()

    # bx_bands -------------------------------------------------------------------------------------
    def draw_bands(self) -> str:
        w = self.word

        def cells(pairs: list[Pair], cls: str = "") -> str:
            return (
                "<div class='bx-sc'>"
                + "".join(
                    f"<div><div class='k'>{esc(a)}</div><div class='v {cls}'>{b}</div></div>"
                    for a, b in pairs
                )
                + "</div>"
            )

        top = (
            f"<div class='row'><div>{self.issuer_html()}</div>"
            f"<div class='bx-title'>{esc(self.title())}</div></div>"
        )
        out = [top]
        out.append(f"<div class='bx-band'>{esc(w('head_refs'))}</div>{cells(self.head_items())}")
        out.append(
            f"<div class='bx-band'>{esc(w('head_parties'))}</div>"
            f"{cells(self.party_items(), 'addr')}"
        )
        out.append(f"<div class='bx-band'>{esc(w('head_goods'))}</div>{self.main_table('plain')}")
        sums = self.sums()
        if sums:
            out.append(
                f"<div class='bx-band'>{esc(w('head_sums'))}</div>"
                + cells([(lab, f"<b>{esc(v)}</b>" if g else esc(v)) for lab, v, g in sums])
            )
        bank = self.bank_line()
        if bank:
            out.append(f"<div class='bx-band'>{esc(w('head_bank'))}</div><p>{bank}</p>")
        return "".join(out) + self.signature()
