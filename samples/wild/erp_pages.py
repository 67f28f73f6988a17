"""Development families printed the way common business software prints (issue 20).

Three house styles that the other development families do not have, each drawn from how a
kind of software lays out its documents (the structures, not any vendor's exact form):

- ``erp_sap``: a large-ERP print. A return-address line above the window, a header block
  of label/value pairs set two pairs to a row, sometimes the number and the date in one
  cell ("Numéro/Date  9001234 / 12.03.2025"); item numbers 10, 20, 30; the article number
  on the first line of a position and the description under it; a price "per 100" for
  cheap goods; tax lines that print their base; a bank and registration footer in columns.
- ``erp_odoo``: a small-ERP print (Odoo, Dolibarr, Sage-like). The number in the title
  ("Facture FAC/2025/00123") or in right-aligned lines, sender and addressee boxes or the
  window at the right, "Description / Quantité / Prix unitaire / Taxes / Montant" with
  taxes as text ("TVA 20%"), quantities with decimals and their unit in one cell, a totals
  box at the bottom right, a "please use this communication" payment line.
- ``erp_smallbiz``: a small-business invoicing tool (QuickBooks, Xero, Stripe-like). A
  big uppercase title, "BILL TO" / "SHIP TO" side by side, a service-date column, "Item /
  Description / Qty / Rate / Amount", "Balance due", the amount due in a headline, the
  currency code in the total's label, and a tear-off payment slip that repeats the number.

Truth discipline as everywhere in the generator: every truth value goes through
``Printed.put``; a price printed per 100 units is not recorded as the unit price (the
page does not print the unit price), its line total and quantity are.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal

from samples.wild.content import Item
from samples.wild.page import Page, _money_str, esc, initials, pair_rows
from samples.wild.printed import Row

ERP_RENDERERS = ("erp_sap", "erp_odoo", "erp_smallbiz")

# wordings of these families (checked against vocab.HELDOUT_ONLY by the tests)
ERP_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "sap_pos": ["Poste", "Pos."],
        "sap_material": ["Article", "N° article", "Code article"],
        "sap_desc": ["Désignation"],
        "sap_qty": ["Quantité", "Qté"],
        "sap_unit": ["UQ", "Unité"],
        "sap_price": ["Prix net", "Prix"],
        "sap_per": ["Par", "Pour"],
        "sap_value": ["Valeur nette", "Montant net"],
        "sap_numdate": ["Numéro/Date", "N° / Date"],
        "sap_net": ["Valeur nette totale", "Total valeur nette"],
        "sap_tax": ["TVA {r} % sur {b}", "TVA {r} % de {b}"],
        "sap_gross": ["Montant total", "Montant final"],
        "sap_bank": ["Banque", "Coordonnées bancaires"],
        "sap_disc": ["Remise", "Rabais"],
        "sap_page": ["Page"],
        "odoo_desc": ["Description", "Désignation"],
        "odoo_qty": ["Quantité", "Qté"],
        "odoo_price": ["Prix unitaire", "P.U. HT"],
        "odoo_taxes": ["Taxes", "TVA"],
        "odoo_amount": ["Montant", "Total HT"],
        "odoo_disc": ["Rem.%", "Réduc."],
        "odoo_net": ["Montant HT", "Total HT", "Sous-total"],
        "odoo_tax_line": ["TVA {r}%", "TVA {r} %", "Total TVA {r} %"],
        "odoo_gross": ["Total", "Total TTC"],
        "odoo_unit_word": ["Unité(s)", "Pièce(s)"],
        "odoo_tax_text": ["TVA {r}%", "TVA collectée {r}%", "{r}% G"],
        "odoo_source": ["Origine", "Document d'origine"],
        "odoo_from": ["Émetteur"],
        "odoo_to": ["Adressé à"],
        "odoo_comm": ["Merci d'utiliser la communication suivante pour votre paiement : {n}"],
        "odoo_ref_line": ["Réf. :", "Réf. pièce :"],
        "sb_item": ["Article", "Produit/Service"],
        "sb_desc": ["Description"],
        "sb_qty": ["Qté", "Quantité"],
        "sb_rate": ["Prix", "Tarif"],
        "sb_amount": ["Montant"],
        "sb_disc": ["Remise"],
        "sb_date": ["Date"],
        "sb_bill": ["FACTURER À", "FACTURÉ À"],
        "sb_ship": ["LIVRER À", "EXPÉDIER À"],
        "sb_sub": ["SOUS-TOTAL", "Sous-total"],
        "sb_tax": ["TVA", "TVA {r} %"],
        "sb_total": ["TOTAL", "Total"],
        "sb_paid": ["Paiement reçu", "Acompte"],
        "sb_balance": ["SOLDE DÛ", "Solde dû", "Reste à payer"],
        "sb_headline": ["{amount} à payer avant le {date}", "{amount} dus le {date}"],
        "sb_slip": ["BORDEREAU DE RÈGLEMENT", "Coupon à joindre au règlement"],
        "sb_enclosed": ["Montant joint", "Montant réglé"],
        "sb_customer": ["Client"],
        "sb_memo": ["Notes", "Message"],
    },
    "en": {
        "sap_pos": ["Item", "Pos."],
        "sap_material": ["Material", "Material No.", "Article"],
        "sap_desc": ["Description"],
        "sap_qty": ["Quantity", "Qty"],
        "sap_unit": ["Un", "UoM"],
        "sap_price": ["Price", "Net price"],
        "sap_per": ["per", "Per"],
        "sap_value": ["Amount", "Net amount"],
        "sap_numdate": ["Number/Date", "No. / Date"],
        "sap_net": ["Total net amount", "Total net"],
        "sap_tax": ["Output tax {r} % on {b}", "VAT {r}% of {b}"],
        "sap_gross": ["Total amount", "Final amount"],
        "sap_bank": ["Bank", "Bank details"],
        "sap_disc": ["Discount", "Less discount"],
        "sap_page": ["Page"],
        "odoo_desc": ["Description"],
        "odoo_qty": ["Quantity", "Qty"],
        "odoo_price": ["Unit Price", "Price"],
        "odoo_taxes": ["Taxes", "Tax"],
        "odoo_amount": ["Amount", "Subtotal"],
        "odoo_disc": ["Disc.%"],
        "odoo_net": ["Untaxed Amount", "Subtotal", "Total (excl. tax)"],
        "odoo_tax_line": ["Tax {r}%", "VAT {r}%"],
        "odoo_gross": ["Total", "Total (incl. tax)"],
        "odoo_unit_word": ["Units", "Unit(s)"],
        "odoo_tax_text": ["VAT {r}%", "{r}% S", "Tax {r}%"],
        "odoo_source": ["Source", "Origin"],
        "odoo_from": ["Sender", "From"],
        "odoo_to": ["Addressed to", "To"],
        "odoo_comm": ["Please use the following communication for your payment: {n}"],
        "odoo_ref_line": ["Ref.:", "Ref:"],
        "sb_item": ["Item", "Product/Service", "Activity"],
        "sb_desc": ["Description"],
        "sb_qty": ["Qty", "QTY", "Quantity"],
        "sb_rate": ["Rate", "Unit price", "Price"],
        "sb_amount": ["Amount", "AMOUNT"],
        "sb_disc": ["Discount", "Disc."],
        "sb_date": ["Date", "Service date"],
        "sb_bill": ["BILL TO", "Bill to"],
        "sb_ship": ["SHIP TO", "Ship to"],
        "sb_sub": ["SUBTOTAL", "Subtotal"],
        "sb_tax": ["TAX", "VAT {r}%", "Total VAT {r}%"],
        "sb_total": ["TOTAL", "Total"],
        "sb_paid": ["PAYMENT", "Less Amount Paid", "Amount paid"],
        "sb_balance": ["BALANCE DUE", "Balance due", "AMOUNT DUE"],
        "sb_headline": ["{amount} due {date}", "{amount} due by {date}"],
        "sb_slip": ["PAYMENT SLIP", "Detach and return with your payment"],
        "sb_enclosed": ["Amount Enclosed", "Amount enclosed"],
        "sb_customer": ["Customer"],
        "sb_memo": ["Notes", "Memo", "Message"],
    },
}

ODOO_PREFIX = {
    "fr": {
        "invoice": "FAC",
        "credit_note": "AV",
        "purchase_order": "BC",
        "order_confirmation": "CDE",
        "quotation": "DEV",
        "delivery_note": "BL",
        "payment_advice": "REG",
        "reminder": "REL",
    },
    "en": {
        "invoice": "INV",
        "credit_note": "RINV",
        "purchase_order": "PO",
        "order_confirmation": "SO",
        "quotation": "QT",
        "delivery_note": "WH/OUT",
        "payment_advice": "PAY",
        "reminder": "REM",
    },
}


def _qty_fixed(value: Decimal, decimal: str, places: int) -> str:
    text = f"{value:.{places}f}"
    return text.replace(".", decimal)


class ErpPage(Page):
    """A page of one of the ERP-print families; the blocks of ``Page`` are reused where the
    structure is the same (letterhead contents, truth of parties, legal bits)."""

    def word(self, key: str, **kw: str) -> str:
        return self.drawn_once(f"__erp_{key}", ERP_WORDS[self.lang][key], **kw)

    def body(self) -> str:
        renderer = self.f.renderer
        if renderer == "erp_sap":
            return self.sap_body()
        if renderer == "erp_odoo":
            return self.odoo_body()
        if renderer == "erp_smallbiz":
            return self.smallbiz_body()
        raise ValueError(renderer)

    # shared -------------------------------------------------------------------------------
    def _meta_without_number_date(self) -> list[tuple[str, str]]:
        """meta_items() without the number and the date (the caller prints them itself)."""
        keep = self.o["meta"]
        self.o["meta"] = "title_sentence"
        items = self.meta_items()
        self.o["meta"] = keep
        return items

    def _number(self) -> str:
        d = self.d
        return self.out.put("document_number", d.number, d.number) if d.number else ""

    def _unit_price_places(self, it: Item) -> int:
        return max(2, -it.unit_price.as_tuple().exponent)  # type: ignore[operator]

    def _line_total(self, it: Item, row: object, cur: bool = False) -> str:
        value = -it.total if self.o["negative"] else it.total
        shown = self.s.money(value, with_currency=cur)
        if cur:
            self.out.put("currency", self.d.currency, self.currency_shown())
        return row.put("line_total", f"{it.total:.2f}", shown)  # type: ignore[attr-defined]

    def _description_cell(self, it: Item, row: Row) -> str:
        """The item's description as printed (its detail on a line below) and put in the
        truth as the full description: the same cell in every ERP item table."""
        row.put("description", it.full_description, it.full_description)
        text = esc(it.description)
        if it.detail:
            text += f"<br><span class='detail'>{esc(it.detail)}</span>"
        return text

    def _unit_price_cell(self, it: Item, row: Row) -> str:
        """The unit price printed with as many places as it has (at least two)."""
        shown = self.s.money(it.unit_price, False, self._unit_price_places(it))
        return esc(row.put("unit_price", str(it.unit_price), shown))

    def _discount_cell(self, it: Item) -> str:
        """The discount rate, or an empty cell for an item without one."""
        return esc(self.s.rate(it.discount)) if it.discount else ""

    def _ordered_cell(self, it: Item) -> str:
        """The ordered quantity of a delivery note (the shipped one where none was set)."""
        return esc(self.s.quantity(it.ordered or it.quantity))

    @staticmethod
    def _items_table(family: str, head: str, rows: list[str]) -> str:
        """The item table of a family: its header row(s) and one or more rows an item."""
        return (
            f"<table class='items {family}-items'><thead>{head}</thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
        )

    @staticmethod
    def _totals_box(family: str, rows: list[tuple[str, str, str]]) -> str:
        """A right-hand totals box of label/amount rows, each with its row class."""
        trs = "".join(
            f"<tr class='{c}'><td>{esc(lab)}</td><td class='num'>{esc(v)}</td></tr>"
            for lab, v, c in rows
        )
        return f"<div class='totwrap'><table class='tot {family}-tot'>{trs}</table></div>"

    def _refs_or_lines(self, table: Callable[[], str], totals: Callable[[], str]) -> str:
        """The references table of an advice or reminder, else the lines and (if priced)
        the totals; only what is printed is drawn, so only it reaches the truth."""
        if self.d.kind in ("payment_advice", "reminder"):
            return self.references_table()
        lines = table()
        return lines + (totals() if self.d.priced else "")

    # SAP-like ------------------------------------------------------------------------------
    def sap_body(self) -> str:
        d, rng = self.d, self.rng
        self.o.update(parties="window", rules="hrules", footer="end")
        p = d.issuer
        name = esc(self.party_name(p))
        ret = esc(" · ".join([d.issuer.name, *p.address]))
        recipient, others = self.parties()
        # header block: label/value pairs, two pairs to a row
        items = self._meta_without_number_date()
        date_shown = self.date("document_date", d.date, main=True)
        pairs: list[tuple[str, str]] = []
        if d.number and rng.random() < 0.5:
            pairs.append((self.word("sap_numdate"), f"{self._number()} / {date_shown}"))
        else:
            if d.number:
                pairs.append((self.number_label(), self._number()))
            pairs.append((self.label("date"), date_shown))
        pairs += items
        if d.issuer.vat and rng.random() < 0.5 and self.o["vat_at"] != "meta":
            pairs.append((self.label("vat"), self.vat(d.issuer) or ""))
        per_row = 2 if rng.random() < 0.7 else 1
        trs = pair_rows(
            pairs,
            per_row,
            lambda lab, val: f"<td class='hl'>{esc(lab)}</td><td class='hv nw'>{esc(val)}</td>",
            "<tr>{cells}</tr>",
        )
        head = f"<table class='sap-head'>{trs}</table>"
        title = f"<div class='sap-title'>{esc(self.title())}</div>"
        logo_side = rng.choice(["left", "right"])
        brand = f"<div class='sap-brand {logo_side}'>{name}</div>"
        window = (
            f"<div class='sap-win'><div class='ret'>{ret}</div>{recipient}</div>"
            f"<div class='sap-right'>{title}{head}</div>"
        )
        top = f"{brand}<div class='row'>{window}</div>{others and f'<div>{others}</div>'}"
        main = self._refs_or_lines(self.sap_table, self.sap_totals)
        rest = (self.payment() if d.kind != "payment_advice" else "") + self.notes()
        self._legal = ""  # the registration details go into the footer columns
        return f"{top}{main}{rest}{self.sap_footer()}"

    def sap_table(self) -> str:
        d, s, rng = self.d, self.s, self.rng
        priced = d.priced
        delivery = d.kind == "delivery_note"
        two_rows = rng.random() < 0.65
        step = rng.choice([10, 10, 1])
        qty_places = rng.choice([0, 0, 3])
        heads = [self.word("sap_pos"), self.word("sap_material")]
        if not two_rows:
            heads.append(self.word("sap_desc"))
        heads += [
            self.column("shipped") if delivery else self.word("sap_qty"),
            self.word("sap_unit"),
        ]
        if priced:
            heads += [self.word("sap_price"), self.word("sap_per"), self.word("sap_value")]
        n_cols = len(heads)
        num_from = 2 if two_rows else 3
        th = "".join(
            f"<th class='{'num' if i >= num_from and i != num_from + 1 else ''}'>{esc(h)}</th>"
            for i, h in enumerate(heads)
        )
        sub = ""
        if two_rows:
            sub = (
                f"<tr class='sub'><th></th><th colspan='{n_cols - 1}'>"
                f"{esc(self.word('sap_desc'))}</th></tr>"
            )
        rows = []
        for n, it in enumerate(d.items, 1):
            row = self.out.row()
            pos = str(n * step)
            mat = esc(row.put("sku", it.sku, it.sku)) if it.sku else ""
            desc = self._description_cell(it, row)
            q = s.number(it.quantity, qty_places) if qty_places else s.quantity(it.quantity)
            if qty_places and it.quantity != it.quantity.quantize(Decimal("0.001")):
                q = s.quantity(it.quantity)
            qty = esc(row.put("quantity", format(it.quantity.normalize(), "f"), q))
            unit = esc(row.put("unit", it.unit, it.unit)) if it.unit else ""
            cells = [pos, mat] + ([] if two_rows else [desc]) + [qty, unit]
            if priced:
                per = 1
                if it.unit_price < 2 and rng.random() < 0.6:
                    per = rng.choice([100, 1000])
                if per == 1:
                    price = self._unit_price_cell(it, row)
                else:  # the page prints no unit price: no truth for it
                    price = esc(s.money(it.unit_price * per, False, 2))
                per_txt = f"{per} {esc(it.unit)}".strip()
                cells += [price, per_txt, esc(self._line_total(it, row))]
            tds = "".join(
                f"<td class='{'num' if i >= num_from and i != num_from + 1 else 'nw'}'>{c}</td>"
                if i != 2 or two_rows
                else f"<td>{c}</td>"
                for i, c in enumerate(cells)
            )
            rows.append(f"<tr class='pos'>{tds}</tr>")
            if it.discount and priced:  # a price condition under the position
                cond = f"{self.word('sap_disc')} {s.rate(it.discount)}"
                if two_rows:
                    desc += f"<br><span class='detail'>{esc(cond)}</span>"
                else:
                    rows[-1] = rows[-1].replace(
                        f"<td>{desc}</td>",
                        f"<td>{desc}<br><span class='detail'>{esc(cond)}</span></td>",
                    )
            if two_rows:
                rows.append(
                    f"<tr class='desc'><td></td><td colspan='{n_cols - 1}'>{desc}</td></tr>"
                )
        return self._items_table("sap", f"<tr class='head'>{th}</tr>{sub}", rows)

    def sap_totals(self) -> str:
        d, s = self.d, self.s
        code = self.rng.random() < 0.5
        cur_txt = esc(self.out.put("currency", d.currency, d.currency)) if code else ""
        rows = [(self.word("sap_net"), self.money(d.total_net, "total_net", not code))]
        taxes = d.tax_by_rate()
        if d.sales_tax is not None:
            self.out.summary_rate(d.sales_tax)  # printed in its label
            lab = self.rng.choice(["Sales tax {r} % on {b}", "Tax {r}% on {b}"])
            base_txt = s.money(d.total_net, False)
            lab = lab.replace("{r}", s.quantity(d.sales_tax)).replace("{b}", base_txt)
            rows.append((lab, self.money(d.total_tax, "total_tax", not code)))
        else:
            for rate, (base, tax) in taxes.items():
                lab = self.word("sap_tax", r=s.number(rate, 2), b=s.money(base, False))
                self.out.summary_rate(rate, base)
                name = "total_tax" if len(taxes) == 1 else None
                rows.append((lab, self.money(tax, name, not code)))
            if len(taxes) > 1:
                rows.append(
                    (self.label("total_tax"), self.money(d.total_tax, "total_tax", not code))
                )
        rows.append((self.word("sap_gross"), self.money(d.total_gross, "total_gross", not code)))
        trs = "".join(
            f"<tr class='{'b' if i == len(rows) - 1 else ''}'><td>{esc(lab)}</td>"
            f"<td class='cur'>{cur_txt}</td><td class='num'>{esc(v)}</td></tr>"
            for i, (lab, v) in enumerate(rows)
        )
        extra = ""
        if d.deposit is not None:
            extra = (
                f"<tr><td>{esc(self.label('deposit'))}</td><td class='cur'>{cur_txt}</td>"
                f"<td class='num'>{esc(s.money(-d.deposit, False))}</td></tr>"
                f"<tr class='b'><td>{esc(self.label('net_to_pay'))}</td><td class='cur'>"
                f"{cur_txt}</td><td class='num'>{esc(s.money(d.total_gross - d.deposit, False))}"
                "</td></tr>"
            )
        elif d.previous_balance is not None:
            extra = (
                f"<tr><td>{esc(self.label('previous_balance'))}</td><td class='cur'>{cur_txt}</td>"
                f"<td class='num'>{esc(s.money(d.previous_balance, False))}</td></tr>"
                f"<tr class='b'><td>{esc(self.label('total_due'))}</td><td class='cur'>"
                f"{cur_txt}</td><td class='num'>"
                f"{esc(s.money(d.total_gross + d.previous_balance, False))}</td></tr>"
            )
        return f"<table class='sap-tot'>{trs}{extra}</table>"

    def sap_footer(self) -> str:
        d, p = self.d, self.d.issuer
        cols = [[p.name, *p.address]]
        cols.append(
            [f"{self.label('phone')} {p.phone}", p.email, *([p.website] if p.website else [])]
        )
        bank: list[str] = []
        billed = d.kind in ("invoice", "credit_note", "reminder", "order_confirmation")
        if d.iban and billed and "iban" not in self.out.fields:
            bank = [self.word("sap_bank"), f"IBAN {self.iban()}"]
            if d.bic:
                bank.append(f"BIC {d.bic}")
        if bank:
            cols.append(bank)
        reg = [b for b in self.legal_bits()[1:] if not b.startswith(("IBAN", "BIC"))]
        if reg:
            cols.append(reg)
        tds = "".join(f"<td>{'<br>'.join(esc(x) for x in c)}</td>" for c in cols)
        return f"<table class='sap-foot'><tr>{tds}</tr></table>"

    # Odoo / Dolibarr-like ------------------------------------------------------------------
    def odoo_body(self) -> str:
        d, rng = self.d, self.rng
        dolibarr = rng.random() < 0.4
        if d.number and self.lang in ODOO_PREFIX:
            pfx = ODOO_PREFIX[self.lang][d.kind]
            seq = rng.randint(1, 4999)
            if dolibarr:
                short = {"invoice": "FA", "credit_note": "AV", "purchase_order": "CF"}.get(
                    d.kind, pfx[:2]
                )
                d.number = f"{short}{d.date.year % 100:02d}{d.date.month:02d}-{seq:04d}"
            elif d.kind in ("invoice", "credit_note", "payment_advice", "reminder"):
                d.number = f"{pfx}/{d.date.year}/{seq:05d}"
            elif d.kind == "delivery_note":
                d.number = f"{pfx}/{seq:05d}"
            else:
                d.number = f"{pfx[0]}{seq:05d}"
        self.o.update(rules="none", footer="end")
        p = d.issuer
        name = esc(self.party_name(p))
        addr = "<br>".join(esc(a) for a in p.address)
        logo = initials(p.name)
        head = (
            f"<div class='od-head'><div><div class='logo'>{esc(logo)}</div>"
            f"<div class='co'>{name}</div><div class='small'>{addr}</div></div>"
        )
        if self.o["vat_at"] in ("letterhead", "meta") and p.vat:
            head += f"<div class='small right'>{esc(self.label('vat'))} {self.vat_html(p)}</div>"
        head += "</div>"
        items = self._meta_without_number_date()
        date_shown = self.date("document_date", d.date, main=True)
        date_key = "date_invoice" if d.kind in ("invoice", "credit_note") else "date"
        if dolibarr:
            self.o["parties"] = "labelled_cols"
            recipient, others = self.parties()
            lines = []
            if d.number:
                lines.append((self.word("odoo_ref_line"), self._number()))
            lines.append((self.lv(self.label(date_key)), date_shown))
            lines += [(self.lv(lab), val) for lab, val in items]
            meta = "".join(
                f"<div>{esc(lab)} <span class='nw'>{esc(val)}</span></div>" for lab, val in lines
            )
            top = (
                f"<div class='row'><div class='col'>{head}</div><div class='col right'>"
                f"<div class='od-title'>{esc(self.title())}</div>{meta}</div></div>"
            )
            sender = (
                f"<div class='col'><div class='pl'>{esc(self.word('odoo_from'))}</div>"
                f"<div class='od-from'>{name}<br>{addr}<br>"
                f"{esc(self.label('phone'))} {esc(p.phone)}<br>{esc(p.email)}</div></div>"
            )
            to = f"<div class='col'><div class='od-to'>{recipient}</div>{others}</div>"
            if d.kind in ("purchase_order", "payment_advice"):
                to = f"<div class='col'><div class='od-to'>{recipient}</div></div>"
                sender = f"<div class='col'>{others}</div>" if others else sender
            parties = f"<div class='row prow'>{sender}{to}</div>"
            title_html = ""
        else:
            self.o["parties"] = "window"
            recipient, others = self.parties()
            parties = (
                f"<div class='row prow'><div class='col'>{others}</div>"
                f"<div class='window'>{recipient}</div></div>"
            )
            num = f" {esc(self._number())}" if d.number else ""
            title_html = f"<h2 class='od-title'>{esc(self.title())}{num}</h2>"
            cells = [(self.label(date_key), date_shown), *items]
            meta = "".join(
                f"<div class='od-cell'><div class='ml'>{esc(lab)}</div>"
                f"<div class='nw'>{esc(val)}</div></div>"
                for lab, val in cells
            )
            title_html += f"<div class='od-meta'>{meta}</div>"
            top = head
        main = self._refs_or_lines(lambda: self.odoo_table(dolibarr), self.odoo_totals)
        comm = ""
        if d.number and d.kind in ("invoice", "reminder") and rng.random() < 0.6:
            comm = f"<p class='note'>{esc(self.word('odoo_comm', n=self._number()))}</p>"
        rest = (self.payment() if d.kind != "payment_advice" else "") + comm + self.notes()
        legal = self.legal()
        self._legal = legal
        contact = " | ".join(esc(c) for c in self.contacts(p))
        foot = f"<div class='od-foot'><div>{contact}</div><div>{legal}</div></div>"
        return f"{top}{parties}{title_html}{main}{rest}{foot}"

    def odoo_table(self, dolibarr: bool) -> str:
        d, s, rng, o = self.d, self.s, self.rng, self.o
        delivery = d.kind == "delivery_note"
        qty_decimals = rng.choice([2, 2, 3, 0])
        unit_in_qty = rng.random() < 0.6
        tax_col = d.priced and d.sales_tax is None and rng.random() < 0.85
        disc_col = d.priced and any(i.discount for i in d.items)
        roles = ["description"]
        if delivery:
            roles += ["ordered", "quantity"] if rng.random() < 0.5 else ["quantity"]
        elif dolibarr and d.priced:
            roles += (["tax"] if tax_col else []) + ["price", "quantity"]
        else:
            roles += ["quantity"] + (["price"] if d.priced else [])
            if tax_col:
                roles.append("tax")
        if disc_col:
            roles.append("discount")
        if d.priced:
            roles.append("amount")
        heads = {
            "description": self.word("odoo_desc"),
            "ordered": self.column("ordered"),
            "quantity": self.column("shipped") if delivery else self.word("odoo_qty"),
            "price": self.word("odoo_price"),
            "tax": self.word("odoo_taxes"),
            "discount": self.word("odoo_disc"),
            "amount": self.word("odoo_amount"),
        }
        th = "".join(
            f"<th class='{'' if r == 'description' else 'num'}'>{esc(heads[r])}</th>" for r in roles
        )
        sku_style = rng.choice(["brackets", "brackets", "prefix", "none"])
        unit_word = self.word("odoo_unit_word")
        trs = []
        for it in d.items:
            row = self.out.row()
            cells = []
            for r in roles:
                if r == "description":
                    text = self._description_cell(it, row)
                    if it.sku and sku_style == "brackets":
                        text = f"[{esc(row.put('sku', it.sku, it.sku))}] {text}"
                    elif it.sku and sku_style == "prefix":
                        text = f"{esc(row.put('sku', it.sku, it.sku))} - {text}"
                    cells.append(text)
                elif r == "ordered":
                    cells.append(self._ordered_cell(it))
                elif r == "quantity":
                    exact = it.quantity == it.quantity.quantize(Decimal(10) ** -qty_decimals)
                    q = (
                        _qty_fixed(it.quantity, s.decimal, qty_decimals)
                        if exact
                        else s.quantity(it.quantity)
                    )
                    q = row.put("quantity", format(it.quantity.normalize(), "f"), q)
                    if unit_in_qty:
                        u = it.unit if it.unit else unit_word
                        if it.unit:
                            row.put("unit", it.unit, it.unit)
                        cells.append(f"{esc(q)} {esc(u)}")
                    else:
                        cells.append(esc(q))
                elif r == "price":
                    cells.append(self._unit_price_cell(it, row))
                elif r == "tax":
                    assert it.tax_rate is not None
                    rate = s.quantity(it.tax_rate)
                    text = self.word("odoo_tax_text", r=rate)
                    row.put("tax_rate", format(it.tax_rate.normalize(), "f"), text)
                    cells.append(esc(text))
                elif r == "discount":
                    cells.append(self._discount_cell(it))
                else:
                    cells.append(esc(self._line_total(it, row, o["cur_in_cells"])))
            tds = "".join(
                f"<td class='{'' if r == 'description' else 'num'}'>{c}</td>"
                for r, c in zip(roles, cells, strict=True)
            )
            trs.append(f"<tr>{tds}</tr>")
        return self._items_table("od", f"<tr class='head'>{th}</tr>", trs)

    def odoo_totals(self) -> str:
        d, s = self.d, self.s
        rows = [(self.word("odoo_net"), self.money(d.total_net, "total_net"), "")]
        taxes = d.tax_by_rate()
        if d.sales_tax is not None:
            self.out.summary_rate(d.sales_tax)  # printed in its label
            lab = self.rng.choice(LABELS_SALES_TAX).replace("{r}", s.quantity(d.sales_tax))
            rows.append((lab, self.money(d.total_tax, "total_tax"), ""))
        else:
            for rate, (_b, tax) in taxes.items():
                name = "total_tax" if len(taxes) == 1 else None
                self.out.summary_rate(rate)
                rows.append(
                    (self.word("odoo_tax_line", r=s.quantity(rate)), self.money(tax, name), "")
                )
            if len(taxes) > 1:
                rows.append((self.label("total_tax"), self.money(d.total_tax, "total_tax"), ""))
        rows.append((self.word("odoo_gross"), self.money(d.total_gross, "total_gross"), "b"))
        if d.deposit is not None:
            rows.append((self.label("deposit"), s.money(d.deposit), ""))
            rows.append((self.label("net_to_pay"), s.money(d.total_gross - d.deposit), "b"))
        return self._totals_box("od", rows)

    # QuickBooks / Xero / Stripe-like -----------------------------------------------------------
    def smallbiz_body(self) -> str:
        d, rng, s = self.d, self.rng, self.s
        self.o.update(parties="labelled_cols", footer="end")
        p = d.issuer
        name = esc(self.party_name(p))
        addr = "<br>".join(esc(a) for a in p.address)
        contact = "<br>".join(esc(c) for c in self.contacts(p))
        vat = ""
        if p.vat and self.o["vat_at"] in ("letterhead", "meta"):
            vat = f"<br>{esc(self.label('vat'))} {self.vat_html(p)}"
        issuer = (
            f"<div class='sb-issuer'><div class='co'>{name}</div>{addr}<br>{contact}{vat}</div>"
        )
        title = f"<div class='sb-title'>{esc(self.title().upper())}</div>"
        items = self._meta_without_number_date()
        pairs: list[tuple[str, str]] = []
        if d.number:
            pairs.append((self.number_label(), self._number()))
        pairs.append((self.label("date"), self.date("document_date", d.date, main=True)))
        pairs += items
        upper = rng.random() < 0.5
        meta = "".join(
            f"<tr><td class='sb-l'>{esc(lab.upper() if upper else lab)}</td>"
            f"<td class='nw'>{esc(val)}</td></tr>"
            for lab, val in pairs
        )
        meta_html = f"<table class='sb-meta'>{meta}</table>"
        if rng.random() < 0.5:
            top = (
                f"<div class='row'><div class='col'>{title}{meta_html}</div>"
                f"<div class='col right'>{issuer}</div></div>"
            )
        else:
            top = (
                f"<div class='row'><div class='col'>{issuer}</div>"
                f"<div class='col right'>{title}</div></div>"
            )
            top += f"<div class='row'><div class='col'></div><div>{meta_html}</div></div>"
        # bill to / ship to side by side, labels in capitals
        recipient, others = self.parties_sb()
        parties = f"<div class='row prow sb-parties'>{recipient}{others}</div>"
        headline = ""
        plain = d.deposit is None and d.previous_balance is None
        if (
            d.kind == "invoice"
            and d.due_date
            and plain
            and "due_date" not in self.out.fields
            and rng.random() < 0.5
        ):
            amount = self.money(d.total_gross, "total_gross")
            when = self.date("due_date", d.due_date)
            text = self.word("sb_headline", amount=amount, date=when)
            headline = f"<div class='sb-headline'>{esc(text)}</div>"
        main = self._refs_or_lines(self.smallbiz_table, self.smallbiz_totals)
        memo = ""
        if self.rng.random() < 0.5:
            memo = (
                f"<div class='sb-memo'><b>{esc(self.word('sb_memo'))}</b><br>"
                f"{esc(self.phrase('thanks'))}</div>"
            )
        rest = (self.payment() if d.kind != "payment_advice" else "") + memo + self.notes()
        legal = self.legal()
        self._legal = legal
        slip = ""
        if d.kind == "invoice" and rng.random() < 0.5:
            slip = self.smallbiz_slip()
        _ = s
        return f"{top}{parties}{headline}{main}{rest}<div class='legal'>{legal}</div>{slip}"

    def parties_sb(self) -> tuple[str, str]:
        """Bill to / ship to with this family's capital labels (truth as in Page.parties)."""
        keep = dict(self._labels)
        bill, ship = self.word("sb_bill"), self.word("sb_ship")
        if self.d.kind not in ("purchase_order", "payment_advice"):
            self._labels["billing"] = bill
        self._labels["delivery"] = ship
        recipient, others = self.parties()
        for k in ("billing", "delivery"):
            if k in keep:
                self._labels[k] = keep[k]
        return recipient, others

    def smallbiz_table(self) -> str:
        d, s, rng = self.d, self.s, self.rng
        delivery = d.kind == "delivery_note"
        date_col = rng.random() < 0.3
        sku_col = any(i.sku for i in d.items) and rng.random() < 0.75
        roles = (["date"] if date_col else []) + (["item"] if sku_col else []) + ["description"]
        if delivery:
            roles += ["ordered", "quantity"] if rng.random() < 0.5 else ["quantity"]
        else:
            roles.append("quantity")
        if d.priced:
            roles += ["rate"]
            if any(i.discount for i in d.items):
                roles.append("discount")
            roles.append("amount")
        heads = {
            "discount": self.word("sb_disc"),
            "date": self.word("sb_date"),
            "item": self.word("sb_item"),
            "description": self.word("sb_desc"),
            "ordered": self.column("ordered"),
            "quantity": self.column("shipped") if delivery else self.word("sb_qty"),
            "rate": self.word("sb_rate"),
            "amount": self.word("sb_amount"),
        }
        upper = rng.random() < 0.5
        left = ("date", "item", "description")
        th = "".join(
            f"<th class='{'' if r in left else 'num'}'>"
            f"{esc(heads[r].upper() if upper else heads[r])}</th>"
            for r in roles
        )
        trs = []
        for n, it in enumerate(d.items):
            row = self.out.row()
            cells = []
            for r in roles:
                if r == "date":
                    cells.append(esc(s.date_text(d.date - timedelta(days=(n * 3) % 20 + 1))))
                elif r == "item":
                    cells.append(esc(row.put("sku", it.sku, it.sku)) if it.sku else "")
                elif r == "description":
                    cells.append(self._description_cell(it, row))
                elif r == "ordered":
                    cells.append(self._ordered_cell(it))
                elif r == "quantity":
                    cells.append(
                        esc(
                            row.put(
                                "quantity",
                                format(it.quantity.normalize(), "f"),
                                s.quantity(it.quantity),
                            )
                        )
                    )
                elif r == "discount":
                    cells.append(self._discount_cell(it))
                elif r == "rate":
                    cells.append(self._unit_price_cell(it, row))
                else:
                    cells.append(esc(self._line_total(it, row, self.o["cur_in_cells"])))
            tds = "".join(
                f"<td class='{'nw' if r in ('item', 'date') else '' if r in left else 'num'}'>"
                f"{c}</td>"
                for r, c in zip(roles, cells, strict=True)
            )
            trs.append(f"<tr>{tds}</tr>")
        return self._items_table("sb", f"<tr class='head'>{th}</tr>", trs)

    def smallbiz_totals(self) -> str:
        d, s, rng = self.d, self.s, self.rng
        code_in_label = rng.random() < 0.35
        cur = not code_in_label
        rows = [(self.word("sb_sub"), self.money(d.total_net, "total_net", cur), "")]
        taxes = d.tax_by_rate()
        if d.sales_tax is not None:
            self.out.summary_rate(d.sales_tax)  # printed in its label
            lab = self.rng.choice(LABELS_SALES_TAX).replace("{r}", s.quantity(d.sales_tax))
            rows.append((lab, self.money(d.total_tax, "total_tax", cur), ""))
        elif len(taxes) == 1:
            (rate,) = taxes
            if "{r}" in self.word("sb_tax").lower():
                self.out.summary_rate(rate)
            rows.append(
                (
                    self.word("sb_tax", r=s.quantity(rate)),
                    self.money(d.total_tax, "total_tax", cur),
                    "",
                )
            )
        else:
            parts = []
            for rate, (_b, tax) in taxes.items():
                parts.append(self.money(tax, None, cur))
                if "{r}" in self.label("tax_at").lower():
                    self.out.summary_rate(rate)
                rows.append((self.label("tax_at").replace("{r}", s.quantity(rate)), parts[-1], ""))
            # no total tax line: the document's total tax is the sum of its per-rate amounts
            self.out.put_sum("total_tax", _money_str(d.total_tax), parts)
        total_label = self.word("sb_total")
        if code_in_label:
            total_label = f"{total_label} {self.out.put('currency', d.currency, d.currency)}"
        rows.append((total_label, self.money(d.total_gross, "total_gross", cur), "b"))
        due = d.total_gross
        if d.deposit is not None:
            rows.append((self.word("sb_paid"), s.money(-d.deposit, cur), ""))
            due = d.total_gross - d.deposit
        if d.previous_balance is not None:
            rows.append((self.label("previous_balance"), s.money(d.previous_balance, cur), ""))
            due = d.total_gross + d.previous_balance
        if d.kind == "invoice" and (due != d.total_gross or rng.random() < 0.6):
            rows.append((self.word("sb_balance"), s.money(due, True), "b big"))
            self.out.put("currency", d.currency, self.currency_shown())
        return self._totals_box("sb", rows)

    def smallbiz_slip(self) -> str:
        d, s = self.d, self.s
        due = d.total_gross - (d.deposit or 0) + (d.previous_balance or 0)
        rows = [
            (self.word("sb_customer"), esc(self.party_name(d.customer))),
        ]
        if d.number:
            rows.append((self.number_label(), esc(self._number())))
        rows.append((self.word("sb_balance"), esc(s.money(due, True))))
        if d.due_date:
            rows.append((self.label("due_date"), esc(self.date("due_date", d.due_date))))
        rows.append((self.word("sb_enclosed"), "______________"))
        trs = "".join(f"<tr><td class='sb-l'>{esc(lab)}</td><td>{v}</td></tr>" for lab, v in rows)
        return (
            "<div class='sb-slip'><div class='sb-cut'>✂ - - - - - - - - - - - - - - - -</div>"
            f"<div class='row'><div class='col'><b>{esc(self.word('sb_slip'))}</b><br>"
            f"{esc(d.issuer.name)}<br>{'<br>'.join(esc(a) for a in d.issuer.address)}</div>"
            f"<table class='sb-meta'>{trs}</table></div></div>"
        )

    # style ---------------------------------------------------------------------------------
    def css(self) -> str:
        acc = self.o["accent"]
        return (
            super().css()
            + f"""
.sap-brand {{ font-size: 1.4em; font-weight: bold; margin-bottom: 3mm; }}
.sap-brand.right {{ text-align: right; }}
.sap-win {{ width: 85mm; min-height: 36mm; }}
.sap-win .ret {{ font-size: 0.7em; text-decoration: underline; margin-bottom: 2mm;
  white-space: nowrap; overflow: hidden; }}
.sap-right {{ flex: 1; }}
.sap-title {{ font-size: 1.3em; font-weight: bold; margin-bottom: 2mm; }}
table.sap-head {{ border-collapse: collapse; }}
table.sap-head td {{ padding: 0.5pt 4pt 0.5pt 0; vertical-align: top; }}
table.sap-head td.hl {{ color: #333; }}
table.sap-items th {{ border-top: 0.8pt solid #000; border-bottom: 0.8pt solid #000;
  font-weight: normal; }}
table.sap-items tr.sub th {{ border-top: 0; }}
table.sap-items tr.desc td {{ padding-bottom: 3pt; }}
table.sap-tot {{ margin-left: auto; border-collapse: collapse; margin-top: 2mm; }}
table.sap-tot td {{ padding: 1pt 4pt; }} table.sap-tot tr.b td {{ font-weight: bold;
  border-top: 0.8pt solid #000; border-bottom: 2pt double #000; }}
table.sap-foot {{ width: 100%; margin-top: 8mm; border-top: 0.5pt solid #777;
  font-size: 0.72em; color: #333; break-inside: avoid; }}
table.sap-foot td {{ vertical-align: top; padding: 2pt 4pt; }}
.od-head {{ display: flex; justify-content: space-between; border-bottom: 1pt solid {acc};
  padding-bottom: 2mm; margin-bottom: 3mm; }}
.od-title {{ font-size: 1.5em; color: {acc}; margin: 3mm 0; font-weight: bold; }}
.od-meta {{ display: flex; gap: 10mm; margin-bottom: 4mm; }}
.od-meta .ml {{ font-weight: bold; }}
.od-from {{ background: #eee; padding: 2mm; white-space: nowrap; }}
.od-to {{ border: 0.6pt solid #999; padding: 2mm; }}
table.od-items th {{ border-bottom: 1pt solid #000; }}
table.od-items td {{ border-bottom: 0.3pt solid #ccc; }}
table.od-tot tr.b td {{ border-top: 1pt solid #000; }}
.od-foot {{ margin-top: 8mm; border-top: 0.5pt solid #999; text-align: center;
  font-size: 0.75em; color: #444; }}
.sb-title {{ font-size: 2.4em; font-weight: bold; color: {acc}; letter-spacing: 1pt; }}
.sb-issuer {{ font-size: 0.95em; }}
table.sb-meta td {{ padding: 0.5pt 6pt 0.5pt 0; }} .sb-l {{ color: #555; font-weight: bold; }}
.sb-parties .pl {{ color: {acc}; letter-spacing: 0.5pt; }}
.sb-headline {{ font-size: 1.4em; font-weight: bold; margin: 3mm 0; }}
table.sb-items tr.head th {{ background: #f1f1f1; border-bottom: 0.8pt solid #999; }}
table.sb-items td {{ border-bottom: 0.3pt dotted #bbb; }}
table.sb-tot tr.big td {{ font-size: 1.15em; background: #f1f1f1; }}
.sb-memo {{ margin-top: 3mm; }}
.sb-slip {{ margin-top: 8mm; break-inside: avoid; }}
.sb-cut {{ color: #777; margin-bottom: 2mm; }}
"""
        )


LABELS_SALES_TAX = ["Sales Tax ({r}%)", "Tax ({r}%)"]
