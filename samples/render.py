"""Born-digital rendering of a ``Doc`` with reportlab, in one of several layouts.

Layouts differ where real documents differ: fonts, where the letterhead and the title
sit, how header fields are laid out (inline, label-over-value grid, two columns), how the
parties are placed, table rules and column order, number and date notation. The PDF is
byte-for-byte reproducible (``invariant=1``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from samples.content import Doc, Line

GREY = Color(0.85, 0.85, 0.85)
LIGHT = Color(0.94, 0.94, 0.94)
FONTS = {
    "Helvetica": "Helvetica-Bold",
    "Times-Roman": "Times-Bold",
    "Courier": "Courier-Bold",
}


@dataclass(frozen=True)
class Layout:
    name: str
    font: str
    size: float
    letterhead: str  # left | center | right
    title_pos: str  # right | center | left | inline (title + number on one line)
    meta: str  # inline | grid | twocol
    parties: str  # side | stacked | window
    table: str  # grid | hrules | plain | zebra | band
    columns: tuple[str, ...]
    header_variant: int
    date_style: str  # numeric | long | iso
    money_style: int  # 0 | 1 (per language: two notations)
    repeat_header: bool
    vat_in: str  # letterhead | footer


TITLES = {
    "fr": {
        "purchase_order": "BON DE COMMANDE",
        "order_confirmation": "CONFIRMATION DE COMMANDE",
        "delivery_note": "BON DE LIVRAISON",
        "invoice": "FACTURE",
        "credit_note": "AVOIR",
        "payment_advice": "AVIS DE PAIEMENT",
    },
    "en": {
        "purchase_order": "PURCHASE ORDER",
        "order_confirmation": "ORDER CONFIRMATION",
        "delivery_note": "DELIVERY NOTE",
        "invoice": "INVOICE",
        "credit_note": "CREDIT NOTE",
        "payment_advice": "REMITTANCE ADVICE",
    },
}
ALT_TITLES = {
    ("fr", "order_confirmation"): "ACCUSÉ DE RÉCEPTION DE COMMANDE",
    ("fr", "payment_advice"): "AVIS DE VIREMENT",
    ("en", "order_confirmation"): "ORDER ACKNOWLEDGEMENT",
    ("en", "delivery_note"): "PACKING SLIP",
    ("en", "payment_advice"): "PAYMENT ADVICE",
}
NUMBER_LABELS = {
    "fr": {
        "purchase_order": ["N° de commande", "Commande n°", "Bon de commande n°"],
        "order_confirmation": ["N° de confirmation", "Confirmation n°", "N° AR"],
        "delivery_note": ["N° de BL", "Bon de livraison n°", "BL n°"],
        "invoice": ["N° de facture", "Facture n°", "Numéro"],
        "credit_note": ["N° d'avoir", "Avoir n°", "Numéro"],
        "payment_advice": ["N° d'avis", "Avis n°", "Référence"],
    },
    "en": {
        "purchase_order": ["PO Number", "Order No.", "Purchase Order #"],
        "order_confirmation": ["Confirmation No.", "Acknowledgement No.", "Number"],
        "delivery_note": ["Delivery Note No.", "Packing Slip #", "Number"],
        "invoice": ["Invoice No.", "Invoice #", "Number"],
        "credit_note": ["Credit Note No.", "Credit Note #", "Number"],
        "payment_advice": ["Advice No.", "Remittance No.", "Reference"],
    },
}
LABELS = {
    "fr": {
        "date": ["Date", "Date", "Date d'émission"],
        "order_number": ["Votre commande", "Réf. commande", "N° de commande"],
        "customer_number": ["N° client", "Code client", "Client n°"],
        "delivery_date": ["Date de livraison", "Livraison prévue", "Date de livraison"],
        "due_date": ["Échéance", "Date d'échéance", "À payer avant le"],
        "payment_date": ["Date de paiement", "Date du virement", "Date de règlement"],
        "payment_terms": ["Conditions de paiement", "Règlement", "Conditions de règlement"],
        "currency": ["Devise", "Devise", "Monnaie"],
        "supplier": ["Fournisseur", "Fournisseur :", "Fournisseur"],
        "billing": ["Facturer à", "Adresse de facturation", "Facturer à :"],
        "delivery": ["Livrer à", "Adresse de livraison", "Lieu de livraison"],
        "payee": ["Bénéficiaire", "Bénéficiaire :", "Fournisseur"],
        "total_net": ["Total HT", "Montant HT", "Total HT"],
        "total_tax": ["Total TVA", "Montant TVA", "Total TVA"],
        "tax_rate": ["TVA {r} %", "TVA {r} %", "TVA à {r} %"],
        "total_gross": ["Total TTC", "Net à payer", "Montant TTC"],
        "paid": ["Total payé", "Montant total réglé", "Total viré"],
        "vat": ["N° TVA intracom.", "TVA intracommunautaire :", "N° TVA"],
        "iban": ["IBAN", "IBAN :", "IBAN"],
        "page": "Page {p} / {n}",
        "continued": "Suite de la page précédente",
        "refs": ("Facture n°", "Date facture", "Montant réglé"),
        "intro": "Nous vous informons du règlement des factures suivantes :",
    },
    "en": {
        "date": ["Date", "Document Date", "Issue Date"],
        "order_number": ["Your Order", "Customer PO", "PO Reference"],
        "customer_number": ["Customer No.", "Account No.", "Customer ID"],
        "delivery_date": ["Delivery Date", "Requested Delivery", "Ship Date"],
        "due_date": ["Due Date", "Payment Due", "Due Date"],
        "payment_date": ["Payment Date", "Value Date", "Payment Date"],
        "payment_terms": ["Payment Terms", "Terms", "Payment Terms"],
        "currency": ["Currency", "Currency", "Currency"],
        "supplier": ["Supplier", "Vendor", "Supplier:"],
        "billing": ["Bill To", "Invoice To", "Billing Address"],
        "delivery": ["Ship To", "Deliver To", "Delivery Address"],
        "payee": ["Payee", "Paid To", "Supplier"],
        "total_net": ["Subtotal", "Total excl. VAT", "Net Total"],
        "total_tax": ["Total VAT", "VAT Total", "Total VAT"],
        "tax_rate": ["VAT {r}%", "VAT @ {r}%", "VAT {r}%"],
        "total_gross": ["Total", "Total Due", "Amount Due"],
        "paid": ["Total Paid", "Total Payment", "Amount Paid"],
        "vat": ["VAT No.", "VAT Reg. No.", "VAT Number"],
        "iban": ["IBAN", "IBAN:", "IBAN"],
        "page": "Page {p} of {n}",
        "continued": "Continued from previous page",
        "refs": ("Invoice No.", "Invoice Date", "Amount Paid"),
        "intro": "Please find below the details of our payment:",
    },
}
COLUMN_LABELS = {
    "fr": {
        "sku": ["Réf.", "Code article", "Référence"],
        "description": ["Désignation", "Description", "Libellé"],
        "quantity": ["Qté", "Quantité", "Qté"],
        "unit": ["Unité", "U.", "UdM"],
        "unit_price": ["P.U. HT", "Prix unit. HT", "Prix unitaire"],
        "tax_rate": ["TVA", "TVA %", "Taux TVA"],
        "line_total": ["Montant HT", "Total HT", "Montant"],
    },
    "en": {
        "sku": ["SKU", "Item Code", "Ref."],
        "description": ["Description", "Item", "Product"],
        "quantity": ["Qty", "Quantity", "Qty"],
        "unit": ["Unit", "UoM", "Unit"],
        "unit_price": ["Unit Price", "Price", "Unit Cost"],
        "tax_rate": ["VAT", "VAT %", "Tax"],
        "line_total": ["Amount", "Total", "Line Total"],
    },
}
WIDTHS = {
    "sku": 62,
    "description": 0,
    "quantity": 36,
    "unit": 36,
    "unit_price": 62,
    "tax_rate": 36,
    "line_total": 70,
}
NUMERIC = {"quantity", "unit_price", "tax_rate", "line_total"}
FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
SYMBOL = {"EUR": "€", "GBP": "£", "USD": "$"}


def fmt_date(d: date, lang: str, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "long":
        if lang == "fr":
            return f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}"
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    return d.strftime("%d/%m/%Y") if lang == "fr" or d.day % 2 else d.strftime("%d.%m.%Y")


def fmt_number(value: Decimal, lang: str, style: int, places: int = 2) -> str:
    q = f"{value:,.{places}f}"  # 1,234.56
    if lang == "en":
        return q
    if style == 0:
        return q.replace(",", " ").replace(".", ",")
    return q.replace(",", "§").replace(".", ",").replace("§", ".")


def fmt_money(value: Decimal, cur: str, lang: str, style: int) -> str:
    n = fmt_number(value, lang, style)
    if lang == "fr":
        return f"{n} €" if style == 0 and cur == "EUR" else f"{n} {cur}"
    return f"{SYMBOL.get(cur, '')}{n}" if style == 0 else f"{n} {cur}"


def fmt_qty(value: Decimal, lang: str) -> str:
    if value == value.to_integral_value():
        return str(int(value))
    s = str(value.normalize())
    return s.replace(".", ",") if lang == "fr" else s


def fmt_rate(value: Decimal, lang: str) -> str:
    s = fmt_qty(value, lang)
    return f"{s} %" if lang == "fr" else f"{s}%"


class Renderer:
    def __init__(self, doc: Doc, layout: Layout) -> None:
        self.doc, self.lay = doc, layout
        self.lang = doc.language
        self.buf = io.BytesIO()
        self.c = Canvas(self.buf, pagesize=A4, invariant=1, pageCompression=1)
        self.c.setTitle(f"{doc.doc_type} {doc.number}")
        self.W, self.H = A4
        self.margin = 42.0
        self.v = layout.header_variant % 3
        self.labels = LABELS[self.lang]

    # helpers (y measured from the top of the page, like the extraction contract)
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float | None = None,
        bold: bool = False,
        align: str = "left",
    ) -> None:
        font = FONTS[self.lay.font] if bold else self.lay.font
        size = size or self.lay.size
        self.c.setFont(font, size)
        if align == "right":
            self.c.drawRightString(x, self.H - y, s)
        elif align == "center":
            self.c.drawCentredString(x, self.H - y, s)
        else:
            self.c.drawString(x, self.H - y, s)

    def width(self, s: str, size: float | None = None, bold: bool = False) -> float:
        font = FONTS[self.lay.font] if bold else self.lay.font
        return float(self.c.stringWidth(s, font, size or self.lay.size))

    def label(self, key: str) -> str:
        return str(self.labels[key][self.v])

    def money(self, value: Decimal) -> str:
        return fmt_money(value, self.doc.currency, self.lang, self.lay.money_style)

    def date(self, d: date) -> str:
        return fmt_date(d, self.lang, self.lay.date_style)

    # sections
    def letterhead(self) -> float:
        d, lay = self.doc, self.lay
        x = {"left": self.margin, "center": self.W / 2, "right": self.W - self.margin}[
            lay.letterhead
        ]
        y = 60.0
        self.text(x, y, d.issuer.name, 16, True, lay.letterhead)
        y += 16
        for line in d.issuer.address:
            self.text(x, y, line, self.lay.size - 1, align=lay.letterhead)
            y += 11
        if lay.vat_in == "letterhead":
            self.text(
                x, y, f"{self.label('vat')} {d.issuer.vat}", lay.size - 1, align=lay.letterhead
            )
            y += 11
        return y

    def meta_items(self) -> list[tuple[str, str]]:
        d = self.doc
        items = [
            (NUMBER_LABELS[self.lang][d.doc_type][self.v], d.number),
            (self.label("date"), self.date(d.date)),
        ]
        if d.order_number:
            items.append((self.label("order_number"), d.order_number))
        if d.customer_number:
            items.append((self.label("customer_number"), d.customer_number))
        if d.delivery_date:
            items.append((self.label("delivery_date"), self.date(d.delivery_date)))
        if d.due_date:
            items.append((self.label("due_date"), self.date(d.due_date)))
        if d.payment_date:
            items.append((self.label("payment_date"), self.date(d.payment_date)))
        if self.lay.meta == "grid" and d.doc_type != "delivery_note":
            items.append((self.label("currency"), d.currency))
        return items

    def title_and_meta(self, y: float) -> float:
        d, lay = self.doc, self.lay
        title = ALT_TITLES.get((self.lang, d.doc_type)) if self.v == 1 else None
        title = title or TITLES[self.lang][d.doc_type]
        items = self.meta_items()
        if lay.title_pos == "inline":
            y += 18
            _num_label, number = items.pop(0)
            sign = "N°" if self.lang == "fr" else "#"
            self.text(self.margin, y, f"{title} {sign} {number}", 15, True)
            y += 10
        elif lay.title_pos == "center":
            y += 22
            self.text(self.W / 2, y, title, 18, True, "center")
            y += 6
        else:
            tx = self.W - self.margin if lay.title_pos == "right" else self.margin
            ty = 60.0 if lay.title_pos == "right" else y + 22
            self.text(tx, ty, title, 18, True, "right" if lay.title_pos == "right" else "left")
            if lay.title_pos != "right":
                y = ty + 6
        y += 14
        if lay.meta == "grid":
            cols = min(4, len(items))
            cw = (self.W - 2 * self.margin) / cols
            for i in range(0, len(items), cols):
                chunk = items[i : i + cols]
                for j, (lab, val) in enumerate(chunk):
                    x = self.margin + j * cw
                    self.c.setFillColor(GREY)
                    self.c.rect(x, self.H - y - 4, cw - 4, 14, stroke=0, fill=1)
                    self.c.setFillColor(black)
                    self.text(x + 3, y + 6, lab, lay.size - 1, True)
                    self.text(x + 3, y + 22, val)
                y += 36
        elif lay.meta == "twocol":
            x = self.W / 2 + 20
            for lab, val in items:
                self.text(x, y, lab, bold=True)
                self.text(x + 120, y, val)
                y += 13
        else:
            x = self.W / 2 + 20 if lay.parties != "window" else self.margin
            for lab, val in items:
                self.text(x, y, f"{lab} : {val}" if self.lang == "fr" else f"{lab}: {val}")
                y += 13
        return y + 8

    def party_block(
        self,
        x: float,
        y: float,
        title: str,
        name: str,
        address: list[str],
        extra: str | None = None,
    ) -> float:
        self.text(x, y, title, bold=True)
        y += 13
        self.text(x, y, name)
        y += 12
        for line in address:
            self.text(x, y, line)
            y += 12
        if extra:
            self.text(x, y, extra, self.lay.size - 1)
            y += 12
        return y

    def parties(self, y: float) -> float:
        d, lay = self.doc, self.lay
        blocks: list[tuple[str, str, list[str], str | None]] = []
        cp = d.counterpart
        if d.doc_type == "purchase_order":
            blocks.append((self.label("supplier"), cp.name, cp.address, None))
        elif d.doc_type == "payment_advice":
            blocks.append((self.label("payee"), cp.name, cp.address, None))
        elif d.doc_type != "delivery_note":
            vat_line = (
                f"{'N° TVA client' if self.lang == 'fr' else 'Customer VAT'} : {cp.vat}"
                if self.v == 2
                else None
            )
            blocks.append((self.label("billing"), cp.name, cp.address, vat_line))
        if d.doc_type == "purchase_order":
            blocks.append((self.label("billing"), d.issuer.name, d.issuer.address, None))
        if d.delivery:
            blocks.append((self.label("delivery"), d.delivery.name, d.delivery.address, None))
        if d.doc_type == "delivery_note" and not d.delivery:
            blocks.append((self.label("delivery"), cp.name, cp.address, None))
        if lay.parties == "stacked":
            for b in blocks:
                y = self.party_block(self.margin, y, *b) + 8
            return y
        if lay.parties == "window":
            x = self.W / 2 + 20
            y0 = y
            bottom = y
            for i, b in enumerate(blocks):
                bx = x if i == 0 else self.margin + (i - 1) * 180
                by = y0 if i == 0 else bottom + 4
                end = self.party_block(bx, by, *b)
                if i == 0:
                    bottom = end
            return max(bottom, y) + (70 if len(blocks) > 1 else 10)
        cw = (self.W - 2 * self.margin) / max(2, len(blocks))
        bottom = y
        for i, b in enumerate(blocks):
            bottom = max(bottom, self.party_block(self.margin + i * cw, y, *b))
        return bottom + 12

    def columns(self) -> list[tuple[str, str, float, float]]:
        roles = [
            r
            for r in self.lay.columns
            if self.doc.priced or r not in ("unit_price", "tax_rate", "line_total")
        ]
        labels = COLUMN_LABELS[self.lang]
        avail = self.W - 2 * self.margin
        cols, x = [], self.margin
        need = {r: self.width(labels[r][self.v], bold=True) + 10 for r in roles}
        fixed = sum((max(WIDTHS[r], need[r]) for r in roles if WIDTHS[r]), 0.0)
        for r in roles:
            w = max(WIDTHS[r], need[r]) if WIDTHS[r] else avail - fixed
            cols.append((r, labels[r][self.v], x, w))
            x += w
        return cols

    def table_header(self, y: float, cols: list[tuple[str, str, float, float]]) -> float:
        lay = self.lay
        if lay.table in ("band", "zebra", "grid"):
            self.c.setFillColor(GREY if lay.table != "band" else Color(0.2, 0.2, 0.2))
            # centred on the labels (cap height to descenders) whose baseline is y + 6
            self.c.rect(
                self.margin, self.H - y - 11, self.W - 2 * self.margin, 16, stroke=0, fill=1
            )
            self.c.setFillColor(white if lay.table == "band" else black)
        for role, lab, x, w in cols:
            if role in NUMERIC:
                self.text(x + w - 3, y + 6, lab, bold=True, align="right")
            else:
                self.text(x + 3, y + 6, lab, bold=True)
        self.c.setFillColor(black)
        if lay.table in ("hrules", "grid"):
            self.c.line(self.margin, self.H - y - 11, self.W - self.margin, self.H - y - 11)
        return y + 24

    def cell(self, line: Line, role: str) -> str:
        d, lang = self.doc, self.lang
        if role == "sku":
            return line.sku
        if role == "quantity":
            return fmt_qty(line.quantity, lang)
        if role == "unit":
            return line.unit
        if role == "unit_price":
            return fmt_number(line.unit_price, lang, self.lay.money_style)
        if role == "tax_rate":
            return fmt_rate(line.tax_rate, lang)
        if role == "line_total":
            return fmt_number(line.total, lang, self.lay.money_style)
        return line.description if d else ""

    def footer(self, page: int, pages: int) -> None:
        d, lay = self.doc, self.lay
        y = self.H - 40
        parts = [d.issuer.name]
        if d.issuer.siret:
            parts.append(
                f"SIRET {d.issuer.siret[:3]} {d.issuer.siret[3:6]} {d.issuer.siret[6:9]} {d.issuer.siret[9:]}"  # noqa: E501
            )
        if lay.vat_in == "footer":
            parts.append(f"{self.label('vat')} {d.issuer.vat}")
        self.text(self.W / 2, y, " - ".join(parts), lay.size - 2, align="center")
        self.text(
            self.W - self.margin,
            y + 12,
            str(self.labels["page"]).format(p=page, n=pages),
            lay.size - 2,
            align="right",
        )

    def render(self) -> bytes:
        pages = self._layout_pages(dry=True)
        self._layout_pages(dry=False, total_pages=pages)
        return self.buf.getvalue()

    def _layout_pages(self, dry: bool, total_pages: int = 1) -> int:
        if dry:
            saved_c, self.c = self.c, Canvas(io.BytesIO(), pagesize=A4, invariant=1)
        d, lay = self.doc, self.lay
        page = 1
        y = self.letterhead()
        y = self.title_and_meta(y)
        y = self.parties(y)
        bottom_limit = self.H - 70
        if d.doc_type == "payment_advice":
            self.text(self.margin, y, self.labels["intro"])  # type: ignore[arg-type]
            y += 20
            heads = self.labels["refs"]
            xs = [self.margin, self.margin + 180, self.W - self.margin]
            self.text(xs[0], y, heads[0], bold=True)
            self.text(xs[1], y, heads[1], bold=True)
            self.text(xs[2], y, heads[2], bold=True, align="right")
            y += 16
            for number, amount in d.references:
                self.text(xs[0], y, number)
                self.text(xs[1], y, self.date(d.date))
                self.text(xs[2], y, self.money(amount), align="right")
                y += 14
            y += 10
            self.text(xs[1], y, self.label("paid"), bold=True)
            self.text(xs[2], y, self.money(d.total_gross), bold=True, align="right")
            y += 24
            if d.iban:
                self.text(self.margin, y, f"{self.label('iban')} {_group(d.iban)}")
        else:
            cols = self.columns()
            y = self.table_header(y, cols)
            desc_w = next((w for r, _, _, w in cols if r == "description"), 200)
            for i, line in enumerate(d.lines):
                desc_lines = simpleSplit(line.description, lay.font, lay.size, desc_w - 8)
                need = 13 * len(desc_lines) + 4
                if y + need > bottom_limit - 20:
                    self.footer(page, total_pages)
                    self.c.showPage()
                    page += 1
                    y = 60.0
                    self.text(
                        self.margin, y, f"{d.number} - {self.labels['continued']}", lay.size - 1
                    )
                    y += 24
                    if lay.repeat_header:
                        y = self.table_header(y, cols)
                if lay.table == "zebra" and i % 2:
                    self.c.setFillColor(LIGHT)
                    self.c.rect(
                        self.margin,
                        self.H - y - 13 * len(desc_lines) + 9,
                        self.W - 2 * self.margin,
                        13 * len(desc_lines) + 2,
                        stroke=0,
                        fill=1,
                    )
                    self.c.setFillColor(black)
                for role, _lab, x, w in cols:
                    if role == "description":
                        for k, part in enumerate(desc_lines):
                            self.text(x + 3, y + 13 * k, part)
                    elif role in NUMERIC:
                        self.text(x + w - 3, y, self.cell(line, role), align="right")
                    else:
                        self.text(x + 3, y, self.cell(line, role))
                y += need
                if lay.table == "grid":
                    self.c.setStrokeColor(GREY)
                    self.c.line(self.margin, self.H - y + 9, self.W - self.margin, self.H - y + 9)
                    self.c.setStrokeColor(black)
            if d.priced:
                if y + 110 > bottom_limit:
                    self.footer(page, total_pages)
                    self.c.showPage()
                    page += 1
                    y = 80.0
                y = self.totals(y + 10)
            if d.payment_terms:
                self.text(
                    self.margin,
                    y + 8,
                    f"{self.label('payment_terms')} : {d.payment_terms}"
                    if self.lang == "fr"
                    else f"{self.label('payment_terms')}: {d.payment_terms}",
                )
                y += 14
            if d.iban:
                self.text(self.margin, y + 8, f"{self.label('iban')} {_group(d.iban)}")
        self.footer(page, total_pages)
        self.c.showPage()
        if dry:
            self.c = saved_c
        else:
            self.c.save()
        return page

    def totals(self, y: float) -> float:
        d, lay = self.doc, self.lay
        xl, xr = self.W - self.margin - 220, self.W - self.margin
        if lay.table in ("hrules", "grid"):
            self.c.line(xl, self.H - y + 10, xr, self.H - y + 10)
        rows = [(self.label("total_net"), d.total_net)]
        taxes = d.tax_by_rate()
        for rate, amount in sorted(taxes.items()):
            rows.append((self.label("tax_rate").format(r=fmt_qty(rate, self.lang)), amount))
        if len(taxes) > 1:
            rows.append((self.label("total_tax"), d.total_tax))
        rows.append((self.label("total_gross"), d.total_gross))
        for i, (lab, value) in enumerate(rows):
            bold = i == len(rows) - 1
            self.text(xl, y, lab, bold=bold)
            self.text(xr, y, self.money(value), bold=bold, align="right")
            y += 15
        return y + 6


def _group(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def render(doc: Doc, layout: Layout) -> bytes:
    return Renderer(doc, layout).render()
