"""HTML + CSS of one wild document, drawn from its family's house style.

Shares nothing with ``samples/render.py``: the page is laid out by Chromium's HTML engine
(text wrapping, table breaking across pages, repeated table heads), not placed by hand.
Every value that belongs to the truth goes through ``Printed.put`` (see printed.py).
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from samples.wild.content import COUNTRY_NAMES, Doc, Item, Party, address
from samples.wild.families import Family
from samples.wild.formats import SYMBOLS
from samples.wild.printed import Printed
from samples.wild.vocab import (
    COLUMNS,
    HELDOUT_ONLY,
    LABELS,
    NUMBER_LABELS,
    PHRASES,
    TITLES,
)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def caption_grids(items: list[tuple[str, str]], per: int, cls: str, td: str = "") -> str:
    """Captions in a header row over their values, ``per`` pairs a table (``td``: the class
    of the value cells)."""
    td_open = f"<td class='{td}'>" if td else "<td>"
    grids = []
    for start in range(0, len(items), per):
        part = items[start : start + per]
        head = "".join(f"<th>{esc(lab)}</th>" for lab, _ in part)
        vals = "".join(f"{td_open}{esc(val)}</td>" for _, val in part)
        grids.append(f"<table class='{cls}'><tr>{head}</tr><tr>{vals}</tr></table>")
    return "".join(grids)


def pair_rows(
    items: list[tuple[str, str]], per: int, cell: Callable[[str, str], str], row: str
) -> str:
    """(label, value) pairs ``per`` to a row: each pair drawn by ``cell``, each row's cells put
    in place of ``{cells}`` in ``row``."""
    return "".join(
        row.replace("{cells}", "".join(cell(lab, val) for lab, val in items[i : i + per]))
        for i in range(0, len(items), per)
    )


def totals_table(rows: list[tuple[str, str, bool]], boxed: bool, vat_table: str = "") -> str:
    """Totals as (label, amount, bold) rows: a boxed row of captions over amounts, or a
    stacked right-hand table; ``vat_table`` goes before them."""
    if boxed:
        head = "".join(f"<th>{esc(lab)}</th>" for lab, _, _ in rows)
        vals = "".join(f"<td class='num{' b' if b else ''}'>{esc(v)}</td>" for _, v, b in rows)
        return f"{vat_table}<table class='tot-boxed'><tr>{head}</tr><tr>{vals}</tr></table>"
    trs = "".join(
        f"<tr class='{'b' if b else ''}'><td>{esc(lab)}</td><td class='num'>{esc(v)}</td></tr>"
        for lab, v, b in rows
    )
    return f"<div class='totwrap'>{vat_table}<table class='tot'>{trs}</table></div>"


def filled(text: str, **fill: object) -> str:
    """``text`` with each ``{name}`` replaced by ``fill[name]``; a wording may hold other
    placeholders that another step fills, so this is no ``str.format``."""
    for name, value in fill.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def initials(name: str) -> str:
    """A logo's letters: the initials of a company name's first two words (letters only)."""
    return "".join(w[0] for w in name.split()[:2] if w[0].isalpha()).upper()


def _money_str(value: Decimal) -> str:
    return str(abs(value).quantize(Decimal("0.01")))


def _num_str(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


@dataclass
class Rendered:
    html: str
    header_template: str | None
    footer_template: str | None
    margins: dict[str, str]
    printed: Printed
    options: dict[str, Any]
    landscape: bool = False  # printed on an A4 sheet turned sideways


# the meta styles drawn one row per (label, value): the row, and what holds the rows
_CELL = "<div class='cell'><div class='ml small'>{lab}</div><div class='mv nw'>{val}</div></div>"
META_ROWS = {
    "inline": (
        "<div class='mrow'><span class='ml'>{lab}</span> <span class='mv nw'>{val}</span></div>",
        "<div class='meta meta-inline'>{rows}</div>",
    ),
    "table2col": (
        "<tr><th>{lab}</th><td class='nw'>{val}</td></tr>",
        "<table class='meta meta-2col'>{rows}</table>",
    ),
    "stacked": (_CELL, "<div class='meta meta-{style}'>{rows}</div>"),
    "sidebar": (_CELL, "<div class='meta meta-{style}'>{rows}</div>"),
    "leaders": (
        "<div class='lead'><span>{lab}</span><span class='dots'></span>"
        "<span class='nw'>{val}</span></div>",
        "<div class='meta meta-leaders'>{rows}</div>",
    ),
}


class Page:
    """One document's page: per-document choices within the family, and the blocks."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        self.d, self.f, self.rng, self.heldout = doc, fam, rng, heldout
        self.s = doc.style
        self.lang = doc.language
        self.out = Printed()
        pick = rng.choice
        self.o: dict[str, Any] = {
            "font": pick(fam.fonts),
            "size": pick(fam.sizes),
            "letterhead": pick(fam.letterhead),
            "meta": pick(fam.meta),
            "meta_pos": pick(fam.meta_pos),
            "parties": pick(fam.parties),
            "window_side": pick(fam.window_side),
            "rules": pick(fam.rules),
            "sku": pick(fam.sku),
            "qty": pick(fam.qty),
            "extras": [x for x in fam.extras if rng.random() < 0.55],
            "totals": pick(fam.totals),
            "footer": pick(fam.footer),
            "repeat_header": pick(fam.repeat_header),
            "upper": pick(fam.upper_labels),
            "accent": pick(fam.accents),
            "sep": pick([":", ":", " :", ""] if self.lang == "fr" else [":", ":", "", " -"]),
            "vat_at": pick(["letterhead", "footer", "footer", "meta", "none"]),
            "cur_in_cells": rng.random() < 0.3,
            "currency_item": rng.random() < 0.2,
            "negative": doc.kind == "credit_note" and rng.random() < 0.4,
            "sku_first": rng.random() < 0.75,
            "qty_first": rng.random() < 0.15,
            "iban_grouped": rng.random() < 0.7,
            "title_case": pick(["upper", "as_is", "as_is"]),
        }
        if doc.sales_tax is not None:
            self.o["extras"] = [x for x in self.o["extras"] if x != "tax_rate"]
        if doc.items and all(i.sku is None for i in doc.items):
            self.o["sku"] = "none"
        self._labels: dict[str, str] = {}

    # vocabulary -----------------------------------------------------------------------
    def label(self, key: str) -> str:
        if key not in self._labels:
            pool = list(LABELS[self.lang][key])
            held = HELDOUT_ONLY.get(self.lang, {}).get(key)
            if self.heldout and held and self.rng.random() < 0.6:
                pool = list(held)
            text = self.rng.choice(pool)
            self._labels[key] = text.upper() if self.o["upper"] else text
        return self._labels[key]

    def labelled_as_printed(self, key: str, value: str) -> tuple[str, str]:
        """A header item whose value is printed as it is and so is its truth: the label of
        ``key`` and the value."""
        return self.label(key), self.out.put(key, value, value)

    def number_label(self) -> str:
        if "__number" not in self._labels:
            pool = NUMBER_LABELS[self.lang]
            choices = pool[self.d.kind] if self.rng.random() < 0.8 else pool["*"]
            text = self.rng.choice(choices)
            self._labels["__number"] = text.upper() if self.o["upper"] else text
        return self._labels["__number"]

    def drawn_once(self, key: str, pool: Sequence[str], **fill: object) -> str:
        """The page's wording kept under ``key``, drawn from ``pool`` the first time it is
        asked for: a page prints a slot in one wording wherever it prints it (a family's own
        word pools, the column headings). Each ``{name}`` of the wording is filled from
        ``fill`` (other braces are left as they are, unlike ``str.format``)."""
        if key not in self._labels:
            self._labels[key] = self.rng.choice(pool)
        return filled(self._labels[key], **fill)

    def column(self, role: str) -> str:
        return self.drawn_once(f"__col_{role}", COLUMNS[self.lang][role])

    def phrase(self, key: str, **kw: str) -> str:
        return self.rng.choice(PHRASES[self.lang][key]).format(**kw)

    def tax_label(self, rate: Decimal) -> str:
        """The label of the tax at ``rate`` in the totals (the rate is recorded as printed)."""
        text = self.label("tax_at")
        if "{r}" in text or "{R}" in text:
            self.out.summary_rate(rate)
        return text.replace("{r}", self.s.quantity(rate)).replace("{R}", self.s.quantity(rate))

    def title(self) -> str:
        return self.drawn_title(TITLES)

    def drawn_title(self, titles: Mapping[str, Mapping[str, Sequence[str]]]) -> str:
        """The document's title, drawn once from ``titles`` (language -> kind -> wordings)
        and set in the family's title case: families with titles of their own give theirs."""
        if "__title" not in self._labels:
            t = self.rng.choice(titles[self.lang][self.d.kind])
            self._labels["__title"] = t.upper() if self.o["title_case"] == "upper" else t
        return self._labels["__title"]

    def lv(self, label: str) -> str:
        """A label with this document's separator."""
        return label if label.endswith(":") else f"{label}{self.o['sep']}"

    # values -----------------------------------------------------------------------------
    def date(self, name: str | None, d: date, main: bool = False) -> str:
        shown = self.s.date_text(d, main=main)
        return self.out.put(name, d.isoformat(), shown) if name else shown

    def currency_shown(self) -> str:
        return SYMBOLS[self.d.currency] if self.s.placement.endswith("symbol") else self.d.currency

    def money(self, value: Decimal, name: str | None = None, cur: bool = True) -> str:
        shown_value = -value if self.o["negative"] and value > 0 else value
        shown = self.s.money(shown_value, with_currency=cur)
        if cur:
            self.out.put("currency", self.d.currency, self.currency_shown())
        if name:
            self.out.put(name, _money_str(value), shown)
        return shown

    def party_name(self, party: Party) -> str:
        name = "customer_name" if party is self.d.customer else "supplier_name"
        if party.name == self.d.customer.name and party is not self.d.customer:
            name = "customer_name"
        return self.out.put(name, party.name, party.name)

    def vat(self, party: Party) -> str | None:
        """The issuer's VAT id as printed (with the country's usual spacing)."""
        v = party.vat
        if not v:
            return None
        if self.rng.random() < 0.4:
            shown = v
        elif v.startswith("FR"):
            shown = f"{v[:2]} {v[2:4]} {v[4:7]} {v[7:10]} {v[10:]}"
        elif v.startswith("GB"):
            shown = f"{v[:2]} {v[2:5]} {v[5:9]} {v[9:]}"
        else:
            shown = f"{v[:2]} {v[2:]}"
        if party is self.d.issuer:
            return self.out.put("vat_id", v, shown)
        return shown

    def vat_html(self, party: Party) -> str:
        """``vat`` for the page's HTML: kept on one line, as a VAT id broken after one of
        its spaces is no longer read as one."""
        return f"<span class='nw'>{esc(self.vat(party) or '')}</span>"

    def iban(self) -> str | None:
        v = self.d.iban
        if not v:
            return None
        shown = " ".join(v[i : i + 4] for i in range(0, len(v), 4)) if self.o["iban_grouped"] else v
        return self.out.put("iban", v, shown)

    # blocks -----------------------------------------------------------------------------
    def contacts(self, p: Party) -> list[str]:
        parts = [f"{self.label('phone')} {p.phone}", p.email]
        if p.website:
            parts.append(p.website)
        return parts

    def letterhead(self) -> str:
        d, style = self.d, self.o["letterhead"]
        p = d.issuer
        name = esc(self.party_name(p))
        addr = [esc(a) for a in p.address]
        vat = ""
        if self.o["vat_at"] == "letterhead" and p.vat:
            vat = f"<div>{esc(self.lv(self.label('vat')))} {self.vat_html(p)}</div>"
        contacts = " · ".join(esc(c) for c in self.contacts(p))
        if style == "footer_only":
            return f"<div class='lh lh-min'><div class='co'>{name}</div>{vat}</div>"
        if style == "band":
            return (
                f"<div class='lh lh-band'><div class='co'>{name}</div>"
                f"<div class='small'>{' – '.join(addr)}</div><div class='small'>{contacts}</div>"
                f"{vat}</div>"
            )
        if style == "split":
            return (
                f"<div class='lh lh-split'><div class='co big'>{name}</div>"
                f"<div class='small right'>{'<br>'.join(addr)}<br>{contacts}{vat}</div></div>"
            )
        if style == "multi":
            branch = address(self.rng, p.country, self.lang)
            caps = {
                "fr": ("Siège social", "Agence", "Dépôt"),
                "en": ("Head Office", "Branch", "Warehouse"),
                "de": ("Hauptsitz", "Niederlassung", "Lager"),
                "es": ("Sede central", "Delegación", "Almacén"),
                "it": ("Sede legale", "Filiale", "Magazzino"),
            }[self.lang]
            rows = [f"<div><b>{caps[0]}</b> : {', '.join(addr)}</div>"]
            rows.append(f"<div><b>{caps[1]}</b> : {esc(', '.join(branch))}</div>")
            if self.rng.random() < 0.5:
                depot = address(self.rng, p.country, self.lang)
                rows.append(f"<div><b>{caps[2]}</b> : {esc(', '.join(depot))}</div>")
            return (
                f"<div class='lh lh-multi'><div class='co big'>{name}</div>"
                f"<div class='small'>{''.join(rows)}<div>{contacts}</div>{vat}</div></div>"
            )
        align = "center" if style == "center" else "left"
        logo = ""
        if self.rng.random() < 0.4:
            logo = f"<div class='logo'>{esc(initials(p.name))}</div>"
        return (
            f"<div class='lh' style='text-align:{align}'>{logo}<div class='co big'>{name}</div>"
            f"<div>{'<br>'.join(addr)}</div><div class='small'>{contacts}</div>{vat}</div>"
        )

    def meta_items(self) -> list[tuple[str, str]]:
        d, items = self.d, []
        if d.number and self.o["meta"] != "title_sentence":
            items.append((self.number_label(), self.out.put("document_number", d.number, d.number)))
        if self.o["meta"] != "title_sentence":
            key = "date"
            if d.kind in ("invoice", "credit_note") and self.rng.random() < 0.4:
                key = "date_invoice"
            elif d.kind == "purchase_order" and self.rng.random() < 0.4:
                key = "date_order"
            items.append((self.label(key), self.date("document_date", d.date, main=True)))
        if d.order_number:
            items.append(self.labelled_as_printed("order_number", d.order_number))
        if d.customer_number:
            items.append(self.labelled_as_printed("customer_number", d.customer_number))
        if d.market_ref:
            items.append((self.label("market_ref"), d.market_ref))
        if d.quote_ref:
            items.append((self.label("quote_ref"), d.quote_ref))
        if d.credited_invoice:
            items.append((self.label("credited"), d.credited_invoice))
        if d.delivery_date:
            key = "ship_date" if d.kind == "delivery_note" else "delivery_date"
            items.append((self.label(key), self.date("delivery_date", d.delivery_date)))
        if d.due_date and self.rng.random() < 0.7:
            items.append((self.label("due_date"), self.date("due_date", d.due_date)))
        if d.valid_until:
            items.append((self.label("valid_until"), self.date(None, d.valid_until)))
        if d.payment_date:
            items.append((self.label("payment_date"), self.date("payment_date", d.payment_date)))
        if d.contact:
            items.append((self.label("contact"), d.contact))
        if self.o["vat_at"] == "meta" and d.issuer.vat:
            items.append((self.label("vat"), self.vat(d.issuer) or ""))
        if self.o["currency_item"] and (d.priced or d.references):
            items.append(self.labelled_as_printed("currency", d.currency))
        if d.kind == "delivery_note" and d.carrier:
            items.append((self.label("carrier"), d.carrier))
        return items

    def meta(self, items: list[tuple[str, str]]) -> str:
        style = self.o["meta"]
        if style == "boxed_row":
            return caption_grids(items, self.rng.choice([3, 4, 5]), "meta meta-boxed", "nw")
        key = "inline" if style == "title_sentence" else style
        if key not in META_ROWS:
            raise ValueError(style)
        row, holder = META_ROWS[key]
        rows = "".join(
            row.format(lab=esc(self.lv(lab) if key == "inline" else lab), val=esc(val))
            for lab, val in items
        )
        return holder.format(style=key, rows=rows)

    def title_html(self) -> str:
        d = self.d
        if self.o["meta"] == "title_sentence":
            sign = {"fr": "N°", "en": "No.", "de": "Nr.", "es": "N.º", "it": "N."}[self.lang]
            word = {"fr": "du", "en": "dated", "de": "vom", "es": "de", "it": "del"}[self.lang]
            num = (
                f" {sign} {esc(self.out.put('document_number', d.number, d.number))}"
                if (d.number)
                else ""
            )
            when = esc(self.date("document_date", d.date, main=True))
            return f"<h1 class='title'>{esc(self.title())}{num} {word} {when}</h1>"
        return f"<h1 class='title'>{esc(self.title())}</h1>"

    def block(
        self,
        label: str | None,
        party_name: str,
        lines: list[str],
        field: str | None,
        extra: list[str] | None = None,
        cls: str = "",
    ) -> str:
        """An address block; ``field`` receives the printed lines after the name."""
        shown = list(lines)
        if field:
            self.out.put(field, ", ".join(shown), ", ".join(shown))
        body = "<br>".join(esc(x) for x in [party_name, *shown, *(extra or [])])
        if self.o["parties"] == "caption_box" and label:
            return f"<fieldset class='pb {cls}'><legend>{esc(label)}</legend>{body}</fieldset>"
        head = f"<div class='pl'>{esc(label)}</div>" if label else ""
        return f"<div class='pb {cls}'>{head}{body}</div>"

    def window_row(self) -> str:
        """The parties' row of the families that put the recipient in the envelope window
        (beside the other blocks, on the side the family draws) or stack every block."""
        recipient, others = self.parties()
        if self.o["parties"] != "window":
            return f"<div class='stack'>{recipient}{others}</div>"
        win = f"<div class='window'>{recipient}</div>"
        other = f"<div class='col'>{others}</div>"
        if self.o["window_side"] == "left":
            return f"<div class='row prow'>{win}{other}</div>"
        return f"<div class='row prow'>{other}{win}</div>"

    def parties(self) -> tuple[str, str]:
        """(recipient block for the window, other blocks)"""
        d, style = self.d, self.o["parties"]
        window = style == "window"
        blocks: list[str] = []
        recipient = ""
        if d.kind == "purchase_order":
            sup = d.supplier
            recipient = self.block(
                None if window else self.label("supplier"),
                self.party_name(sup),
                sup.address,
                None,
            )
            if self.rng.random() < 0.6:
                lines = list(d.customer.address)
                if self.rng.random() < 0.4:
                    lines.insert(
                        0,
                        {
                            "fr": "Service comptabilité",
                            "en": "Accounts Payable",
                            "de": "Buchhaltung",
                            "es": "Contabilidad",
                            "it": "Amministrazione",
                        }[self.lang],
                    )
                blocks.append(
                    self.block(
                        self.label("billing"), self.party_name(d.customer), lines, "billing_address"
                    )
                )
        elif d.kind == "payment_advice":
            sup = d.supplier
            recipient = self.block(
                None if window else self.label("payee"), self.party_name(sup), sup.address, None
            )
        else:
            cust = d.customer
            extra = []
            if cust.vat and self.rng.random() < 0.25:
                extra.append(f"{self.label('customer_vat')} {cust.vat}")
            lines = list(cust.address)
            if self.rng.random() < 0.15:
                lines.insert(
                    0,
                    {
                        "fr": "Service achats",
                        "en": "Purchasing Dept.",
                        "de": "Einkauf",
                        "es": "Dpto. de compras",
                        "it": "Ufficio acquisti",
                    }[self.lang],
                )
            recipient = self.block(
                None if window else self.label("billing"),
                self.party_name(cust),
                lines,
                "billing_address",
                extra,
            )
        if d.delivery:
            name, site = d.delivery
            self.party_name(d.customer)
            blocks.append(self.block(self.label("delivery"), name, site, "delivery_address"))
        return recipient, "".join(blocks)

    # the line table -------------------------------------------------------------------------
    def roles(self) -> list[str]:
        d, o = self.d, self.o
        extras = o["extras"]
        roles: list[str] = []
        if "line_no" in extras:
            roles.append("line_no")
        body = ["description"]
        if o["sku"] == "column":
            body = ["sku", "description"] if o["sku_first"] else ["description", "sku"]
        if o["qty"] != "merged":
            if d.kind == "delivery_note":
                qcols = ["ordered", "shipped"] if self.rng.random() < 0.4 else ["shipped"]
                if "backorder" not in qcols and self.rng.random() < 0.2 and len(qcols) == 2:
                    qcols.append("backorder")
            else:
                qcols = ["quantity"]
            body = qcols + body if o["qty_first"] else body + qcols
            if "unit" in extras and o["qty"] == "column":
                body.append("unit")
        roles += body
        if d.priced:
            roles.append("unit_price")
            if "discount" in extras and any(i.discount for i in d.items):
                roles.append("discount")
            if "tax_rate" in extras and d.sales_tax is None:
                roles.append("tax_rate")
            roles.append("line_total")
        elif d.kind == "delivery_note" and self.rng.random() < 0.3:
            roles.append("weight")
        return roles

    def cell(self, role: str, it: Item, n: int, row: Any) -> str:
        s, o = self.s, self.o
        if role == "line_no":
            return str(n)
        if role == "sku":
            return esc(row.put("sku", it.sku or "", it.sku or ""))
        if role == "description":
            desc = it.description
            row.put("description", it.full_description, it.full_description)
            text = esc(desc)
            if it.sku and o["sku"] == "brackets":
                text = f"[{esc(row.put('sku', it.sku, it.sku))}] {text}"
            elif it.sku and o["sku"] == "prefix":
                text = f"{esc(row.put('sku', it.sku, it.sku))} - {text}"
            if o["qty"] == "merged":
                q = row.put("quantity", _num_str(it.quantity), s.quantity(it.quantity))
                text = f"{esc(q)} x {text}" if self.lang != "de" else f"{esc(q)} × {text}"
            if it.detail:
                text += f"<br><span class='detail'>{esc(it.detail)}</span>"
            if it.sku and o["sku"] == "second_line":
                ref = {"fr": "Réf.", "en": "Ref.", "de": "Art.-Nr.", "es": "Ref.", "it": "Cod."}[
                    self.lang
                ]
                text += (
                    f"<br><span class='detail'>{ref} {esc(row.put('sku', it.sku, it.sku))}</span>"
                )
            return text
        if role in ("quantity", "shipped"):
            q = row.put("quantity", _num_str(it.quantity), s.quantity(it.quantity))
            if o["qty"] == "with_unit" and it.unit:
                return f"{esc(q)} {esc(row.put('unit', it.unit, it.unit))}"
            return esc(q)
        if role == "ordered":
            return esc(s.quantity(it.ordered if it.ordered is not None else it.quantity))
        if role == "backorder":
            left = (it.ordered or it.quantity) - it.quantity
            return esc(s.quantity(left)) if left else "-"
        if role == "weight":
            return esc(s.quantity(it.weight or Decimal(0)))
        if role == "unit":
            return esc(row.put("unit", it.unit, it.unit))
        if role == "unit_price":
            places = max(2, -it.unit_price.as_tuple().exponent)  # type: ignore[operator]
            shown = s.money(it.unit_price, with_currency=o["cur_in_cells"], places=places)
            if o["cur_in_cells"]:
                self.out.put("currency", self.d.currency, self.currency_shown())
            return esc(row.put("unit_price", str(it.unit_price), shown))
        if role == "discount":
            return esc(s.rate(it.discount)) if it.discount else ""
        if role == "tax_rate":
            assert it.tax_rate is not None
            return esc(row.put("tax_rate", _num_str(it.tax_rate), s.rate(it.tax_rate)))
        if role == "line_total":
            value = -it.total if o["negative"] else it.total
            shown = s.money(value, with_currency=o["cur_in_cells"])
            if o["cur_in_cells"]:
                self.out.put("currency", self.d.currency, self.currency_shown())
            return esc(row.put("line_total", _money_str(it.total), shown))
        raise ValueError(role)

    def table(self) -> str:
        roles = self.roles()
        numeric = {
            "quantity",
            "shipped",
            "ordered",
            "backorder",
            "unit_price",
            "discount",
            "tax_rate",
            "line_total",
            "weight",
            "line_no",
        }
        heads = "".join(
            f"<th class='{'num' if r in numeric else ''} c-{r}'>{esc(self.column(r))}</th>"
            for r in roles
        )
        head_row = f"<tr class='head'>{heads}</tr>"
        body = []
        for n, it in enumerate(self.d.items, 1):
            row = self.out.row()
            cells = "".join(
                f"<td class='{'num' if r in numeric else ''} c-{r}'>{self.cell(r, it, n, row)}</td>"
                for r in roles
            )
            body.append(f"<tr>{cells}</tr>")
        if self.o["repeat_header"]:
            return (
                f"<table class='items rules-{self.o['rules']}'><thead>{head_row}</thead>"
                f"<tbody>{''.join(body)}</tbody></table>"
            )
        return (
            f"<table class='items rules-{self.o['rules']} norepeat'><tbody>{head_row}"
            f"{''.join(body)}</tbody></table>"
        )

    # totals ---------------------------------------------------------------------------
    # ``--prose-totals a|b``: the totals stated in a sentence after the table, in the
    # wordings of that pool of ``prose_totals`` (a development option of blocks families)
    prose_totals: str | None = None
    # the tax row left out of the totals block, the net and gross kept (a sender's Word
    # invoice whose tax row was deleted, a block cut at the page foot): a damaged later
    # document of a stream (``samples.wild.streams --damaged``)
    tax_row_dropped: bool = False

    def totals(self) -> str:
        d, style = self.d, self.o["totals"]
        prose = (
            self.prose_totals is not None
            and self.f.renderer == "blocks"
            and self.lang in ("fr", "en")
            and d.deposit is None
            and d.previous_balance is None
        )
        if prose:
            return self.totals_in_prose()
        cur = not (self.o["currency_item"] and self.rng.random() < 0.5)
        rows: list[tuple[str, str, bool]] = [
            (self.label("total_net"), self.money(d.total_net, "total_net", cur), False)
        ]
        taxes = d.tax_by_rate()
        vat_table = ""
        if self.tax_row_dropped:
            pass
        elif d.sales_tax is not None:
            self.out.summary_rate(d.sales_tax)  # printed in its label
            lab = self.rng.choice(LABELS["en"]["sales_tax"]).format(r=self.s.quantity(d.sales_tax))
            rows.append((lab, self.money(d.total_tax, "total_tax", cur), False))
        elif style == "vat_table":
            heads = {
                "fr": ("Taux", "Base HT", "Montant TVA"),
                "en": ("Rate", "Net", "VAT"),
                "de": ("Satz", "Netto", "MwSt."),
                "es": ("Tipo", "Base", "Cuota"),
                "it": ("Aliquota", "Imponibile", "Imposta"),
            }[self.lang]
            for r, (b, _t) in taxes.items():
                self.out.summary_rate(r, b)
            trs = "".join(
                f"<tr><td>{esc(self.s.rate(r))}</td><td class='num'>"
                f"{esc(self.s.money(b, with_currency=False))}</td><td class='num'>"
                f"{esc(self.s.money(t, with_currency=False))}</td></tr>"
                for r, (b, t) in taxes.items()
            )
            vat_table = (
                f"<table class='vat'><tr><th>{heads[0]}</th><th class='num'>{heads[1]}</th>"
                f"<th class='num'>{heads[2]}</th></tr>{trs}</table>"
            )
            rows.append((self.label("total_tax"), self.money(d.total_tax, "total_tax", cur), False))
        elif len(taxes) == 1:
            (rate,) = taxes
            lab = self.tax_label(rate) if (self.rng.random() < 0.7) else self.label("total_tax")
            rows.append((lab, self.money(d.total_tax, "total_tax", cur), False))
        else:
            for rate, (_b, t) in taxes.items():
                lab = self.tax_label(rate)
                rows.append((lab, self.money(t, None, cur), False))
            rows.append((self.label("total_tax"), self.money(d.total_tax, "total_tax", cur), False))
        gross_label = self.label("total_gross")
        if (
            d.deposit is None
            and d.previous_balance is None
            and self.rng.random() < 0.2
            and (d.kind == "invoice")
        ):
            gross_label = self.label("net_to_pay")
        rows.append((gross_label, self.money(d.total_gross, "total_gross", cur), True))
        if d.deposit is not None:
            rows.append((self.label("deposit"), self.s.money(-d.deposit), False))
            rows.append((self.label("net_to_pay"), self.s.money(d.total_gross - d.deposit), True))
        if d.previous_balance is not None:
            rows.append((self.label("previous_balance"), self.s.money(d.previous_balance), False))
            rows.append(
                (self.label("total_due"), self.s.money(d.total_gross + d.previous_balance), True)
            )
        return totals_table(rows, style == "boxed_row", vat_table)

    def totals_in_prose(self) -> str:
        """The totals in one sentence of a drawn wording, maybe beside a sentence whose
        amount is not a total."""
        from samples.wild.prose_totals import DISTRACTORS, WORDINGS

        d, rng = self.d, self.rng
        taxes = d.tax_by_rate()
        pool = WORDINGS[self.prose_totals or "a"][self.lang]
        if len(taxes) != 1 or d.sales_tax is not None:
            pool = [w for w in pool if "{r}" not in w]
        wording = rng.choice(pool)

        def money(value: Decimal, name: str | None) -> str:
            shown = self.money(value, name) if name else self.s.money(value)
            return f"<span class='nw'>{esc(shown)}</span>"

        parts = {"g": ("total_gross", d.total_gross), "n": ("total_net", d.total_net)}
        parts["t"] = ("total_tax", d.total_tax)
        text = esc(wording)
        for key, (name, value) in parts.items():
            if "{" + key + "}" in wording:
                text = text.replace("{" + key + "}", money(value, name))
        if "{r}" in wording:
            text = text.replace("{r}", esc(self.s.quantity(next(iter(taxes)))))
        sentences = [text]
        if rng.random() < 0.5:
            other = rng.choice(DISTRACTORS[self.lang])
            amount = Decimal(rng.choice([40, 50, 100, 150, 250, 300, 500]))
            if rng.random() < 0.5:
                amount = (d.total_gross * Decimal("0.3")).quantize(Decimal("0.01"))
            line = esc(other).replace("{m}", money(amount, None))
            sentences.insert(rng.randrange(2), line)
        return "".join(f"<p class='note'>{s}</p>" for s in sentences)

    # payment, notes, legal footer --------------------------------------------------------
    def payment(self) -> str:
        d, out = self.d, []
        if d.payment_terms:
            out.append(
                f"<div>{esc(self.lv(self.label('payment_terms')))} "
                f"{esc(self.out.put('payment_terms', d.payment_terms, d.payment_terms))}</div>"
            )
        if d.payment_means and d.kind not in ("delivery_note", "purchase_order"):
            out.append(
                f"<div>{esc(self.lv(self.label('payment_means')))} {esc(d.payment_means)}</div>"
            )
        if d.due_date and "due_date" not in self.out.fields:
            out.append(
                f"<div>{esc(self.lv(self.label('due_date')))} "
                f"{esc(self.date('due_date', d.due_date))}</div>"
            )
        bank_here = (
            d.kind in ("invoice", "credit_note", "reminder", "order_confirmation", "quotation")
            and self.rng.random() < 0.6
        )
        if bank_here and d.iban:
            bic = f" – {self.label('bic')} {d.bic}" if d.bic else ""
            out.append(f"<div>{esc(self.label('iban'))} {esc(self.iban() or '')}{esc(bic)}</div>")
        elif bank_here and d.supplier.country == "US":
            out.append(
                f"<div>ABA 0{self.rng.randint(10000000, 99999999)} · "
                f"Acct {self.rng.randint(10**8, 10**9)}</div>"
            )
        return f"<div class='pay'>{''.join(out)}</div>" if out else ""

    def notes(self) -> str:
        d, notes = self.d, []
        ref = d.number or d.order_number or ""
        if ref and d.kind in ("invoice", "reminder", "credit_note") and self.rng.random() < 0.3:
            notes.append(self.phrase("remind_ref", ref=ref))
        if self.rng.random() < 0.25:
            notes.append(self.phrase("hours"))
        if self.rng.random() < 0.25:
            notes.append(self.phrase("street_noise", n=str(self.rng.randint(2, 140))))
        if d.kind == "delivery_note":
            bits = []
            if d.packages:
                bits.append(f"{self.label('packages')} : {d.packages}")
            if d.weight is not None:
                bits.append(f"{self.label('weight')} : {self.s.quantity(d.weight)} kg")
            if d.tracking:
                bits.append(f"{self.label('tracking')} : {d.tracking}")
            notes.append(" – ".join(bits))
            notes.append(self.phrase("delivery_sign") + " ________________")
        if d.kind == "purchase_order":
            notes.append(self.phrase("po_sign") + " :")
        if d.kind == "quotation":
            notes.append(self.phrase("quote_sign"))
        if d.kind == "invoice" and d.issuer.country == "FR" and self.rng.random() < 0.7:
            notes.append(self.phrase("penalty"))
        if self.rng.random() < 0.4:
            notes.append(self.phrase("thanks"))
        return "".join(f"<p class='note'>{esc(n)}</p>" for n in notes if n)

    def legal(self) -> str:
        """The legal footer as HTML: each item kept on one line, as a real footer is set."""
        return " – ".join(
            f"<span style='white-space:nowrap'>{esc(b)}</span>" if len(b) < 45 else esc(b)
            for b in self.legal_bits()
        )

    def with_legal(self, content: str) -> str:
        """``content`` with the legal footer where the house style puts it: in the page
        margin (printed by Chromium's footer template from ``_legal``) or after the body."""
        legal = self.legal()
        if self.o["footer"] == "margin":
            self._legal = legal
            return content
        self._legal = ""
        return f"{content}<div class='legal'>{legal}</div>"

    def legal_bits(self) -> list[str]:
        p, bits = self.d.issuer, []
        bits.append(self.party_name(p))
        lg = p.legal
        if "capital" in lg and p.country == "FR":
            cap = self.s.number(Decimal(lg["capital"]), 0)
            bits.append(f"au capital de {cap} €" if self.lang == "fr" else f"capital {cap} EUR")
        if "siren" in lg:
            s = lg["siren"]
            bits.append(f"RCS {lg['rcs']} B {s[:3]} {s[3:6]} {s[6:]}")
            st = lg["siret"]
            bits.append(f"SIRET {st[:3]} {st[3:6]} {st[6:9]} {st[9:]}")
            bits.append(f"APE {lg['ape']}")
        if "company_no" in lg:
            bits.append(f"Registered in England and Wales No. {lg['company_no']}")
        if "hrb" in lg:
            bits.append(f"Amtsgericht {lg['court']} {lg['hrb']}")
            bits.append(f"Geschäftsführer: {lg['manager']}")
        if "ein" in lg:
            bits.append(f"EIN {lg['ein']}")
        if "registry" in lg:
            bits.append(f"Registro Mercantil, {lg['registry']}")
        if "rea" in lg:
            bits.append(f"{lg['rea']} – Cap. Soc. € {self.s.number(Decimal(lg['capital']), 0)}")
        if self.o["vat_at"] == "footer" and p.vat:
            bits.append(f"{self.label('vat')} {self.vat(p)}")
        if self.o["letterhead"] == "footer_only":
            bits.append(", ".join(p.address))
            bits.append(f"{self.label('phone')} {p.phone}")
        if (
            self.d.kind in ("invoice", "credit_note", "reminder")
            and self.d.iban
            and ("iban" not in self.out.fields)
            and self.rng.random() < 0.7
        ):
            bits.append(f"IBAN {self.iban()}")
            if self.d.bic:
                bits.append(f"BIC {self.d.bic}")
        return bits

    # payment advice and reminders: a table of invoices instead of lines --------------------
    def references_table(self) -> str:
        d, s = self.d, self.s
        if d.kind == "payment_advice":
            cols = {
                "fr": ["Facture n°", "Date", "Montant", "Escompte", "Réglé"],
                "en": ["Invoice No.", "Date", "Amount", "Deduction", "Paid"],
                "de": ["Rechnung", "Datum", "Betrag", "Skonto", "Gezahlt"],
                "es": ["Factura", "Fecha", "Importe", "Dto.", "Pagado"],
                "it": ["Fattura", "Data", "Importo", "Sconto", "Pagato"],
            }[self.lang]
        else:
            cols = {
                "fr": ["Facture n°", "Date", "Échéance", "Montant TTC", "Restant dû"],
                "en": ["Invoice", "Date", "Due", "Amount", "Outstanding"],
                "de": ["Rechnung", "Datum", "Fällig", "Betrag", "Offen"],
                "es": ["Factura", "Fecha", "Vencimiento", "Importe", "Pendiente"],
                "it": ["Fattura", "Data", "Scadenza", "Importo", "Residuo"],
            }[self.lang]
        show_cut = any(r.deduction for r in d.references)
        head = [cols[0], cols[1], cols[2], cols[3], cols[4]]
        if d.kind == "payment_advice" and not show_cut:
            head = [cols[0], cols[1], cols[4]]
        trs = []
        first_amount = 2 if d.kind == "payment_advice" else 3
        for r in d.references:
            final = r.amount - r.deduction
            self.out.reference(r.number, _money_str(final))
            if d.kind == "payment_advice":
                cells = [r.number, s.date_text(r.date)]
                if show_cut:
                    cells += [
                        s.money(r.amount, False),
                        s.money(r.deduction, False) if (r.deduction) else "-",
                    ]
                cells.append(s.money(final, False))
            else:
                assert r.due is not None
                cells = [
                    r.number,
                    s.date_text(r.date),
                    s.date_text(r.due),
                    s.money(r.amount, False),
                    s.money(final, False),
                ]
            trs.append(
                "<tr>"
                + "".join(
                    f"<td class='{'num' if i >= first_amount else ''}'>{esc(c)}</td>"
                    for i, c in enumerate(cells)
                )
                + "</tr>"
            )
        ths = "".join(
            f"<th class='{'num' if i >= first_amount else ''}'>{esc(h)}</th>"
            for i, h in enumerate(head)
        )
        intro_key = "advice_intro" if d.kind == "payment_advice" else "reminder_intro"
        total_key = "paid_total" if d.kind == "payment_advice" else "outstanding"
        total = (
            f"<table class='tot'><tr class='b'><td>{esc(self.label(total_key))}</td>"
            f"<td class='num'>{esc(self.money(d.total_gross, 'total_gross'))}</td></tr>"
            "</table>"
        )
        extra = ""
        if d.kind == "payment_advice":
            bits = [
                f"<div>{esc(self.lv(self.label('payment_date')))} "
                f"{esc(self.date('payment_date', d.payment_date or d.date))}</div>"
            ]
            if d.payment_means:
                bits.append(
                    f"<div>{esc(self.lv(self.label('payment_means')))} {esc(d.payment_means)}</div>"
                )
            if d.iban:
                ben = {
                    "fr": "Sur votre compte",
                    "en": "To your account",
                    "de": "Auf Ihr Konto",
                    "es": "A su cuenta",
                    "it": "Sul Vs. conto",
                }[self.lang]
                bits.append(f"<div>{ben} {esc(self.label('iban'))} {esc(self.iban() or '')}</div>")
            if d.payer_iban:
                v = d.payer_iban
                grouped = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
                bits.append(
                    f"<div>{esc(self.lv(self.label('payer_account')))} {esc(grouped)}</div>"
                )
            extra = f"<div class='pay'>{''.join(bits)}</div>"
        return (
            f"<p>{esc(self.phrase(intro_key))}</p><table class='items rules-{self.o['rules']}'>"
            f"<thead><tr>{ths}</tr></thead><tbody>{''.join(trs)}</tbody></table>"
            f"{total}{extra}"
        )

    # assembly ---------------------------------------------------------------------------------
    def body(self) -> str:
        d, o = self.d, self.o
        lh = self.letterhead()
        title = self.title_html()
        items = self.meta_items()
        meta = self.meta(items)
        recipient, others = self.parties()
        window = o["parties"] == "window"
        if o["meta"] == "sidebar":
            side = f"<aside class='side'>{meta}</aside>"
            meta = ""
        else:
            side = ""
        if o["meta_pos"] == "right" and not side:
            top = (
                f"<div class='row'><div class='col'>{lh}</div>"
                f"<div class='col'>{title}{meta}</div></div>"
            )
        elif o["meta_pos"] == "left" and not side:
            top = (
                f"<div class='row'><div class='col'>{title}{meta}</div>"
                f"<div class='col'>{lh}</div></div>"
            )
        else:
            top = f"{lh}{title}{meta}"
        if window:
            win = f"<div class='window'>{recipient}</div>"
            other = f"<div class='col'>{others}</div>"
            pr = (
                f"<div class='row prow'>{win}{other}</div>"
                if o["window_side"] == "left"
                else f"<div class='row prow'>{other}{win}</div>"
            )
        elif o["parties"] == "labelled_stack":
            pr = f"<div class='stack'>{recipient}{others}</div>"
        else:
            pr = f"<div class='row prow'>{recipient}{others}</div>"
        if d.kind in ("payment_advice", "reminder"):
            main = self.references_table()
        else:
            main = self.table() + (self.totals() if d.priced else "")
        rest = (self.payment() if d.kind != "payment_advice" else "") + self.notes()
        legal = self.legal()
        self._legal = legal
        end_footer = f"<div class='legal'>{legal}</div>" if o["footer"] in ("end", "both") else ""
        content = f"{top}{pr}{main}{rest}{end_footer}"
        if side:
            where = "side-right" if "right" in self.f.name or o["meta_pos"] == "right" else ""
            return f"<div class='withside {where}'>{side}<main>{content}</main></div>"
        return content

    def css(self) -> str:
        o = self.o
        acc = o["accent"]
        rules = {
            "grid": "table.items td, table.items th {border: 0.6pt solid #555}",
            "hrules": "table.items td {border-bottom: 0.4pt solid #999} "
            "table.items tr.head th {border-bottom: 1pt solid #000}",
            "none": "table.items tr.head th {font-weight: bold}",
            "zebra": f"table.items tbody tr:nth-child(even) td {{background: #eef1f5}} "
            f"table.items tr.head th {{background: {acc}; color: #fff}}",
            "band": f"table.items tr.head th {{background: {acc}; color: #fff}}",
            "dotted": "table.items td {border-bottom: 0.6pt dotted #777}",
            "outer": "table.items {border: 0.8pt solid #333} "
            "table.items tr.head th {border-bottom: 0.8pt solid #333}",
            "double": "table.items tr.head th {border-top: 1.5pt double #000; "
            "border-bottom: 2.5pt double #000}",
        }[o["rules"]]
        return f"""
body {{ font-family: '{o["font"]}', sans-serif; font-size: {o["size"]}pt; color: #111;
  margin: 0; line-height: 1.25; }}
.small {{ font-size: 0.85em; }} .big {{ font-size: 1.6em; font-weight: bold; }}
.right {{ text-align: right; }} .nw {{ white-space: nowrap; }}
.co {{ font-weight: bold; }}
.lh {{ margin-bottom: 4mm; }}
.lh-band {{ background: {acc}; color: #fff; padding: 4mm; }}
.lh-band .co {{ font-size: 1.7em; }}
.lh-split {{ display: flex; justify-content: space-between; align-items: flex-start; }}
.lh-min .co {{ font-size: 1.2em; }}
.logo {{ display: inline-block; width: 12mm; height: 12mm; border-radius: 6mm;
  background: {acc}; color: #fff; text-align: center; line-height: 12mm; font-weight: bold; }}
h1.title {{ font-size: 1.7em; margin: 3mm 0; color: {acc}; }}
.row {{ display: flex; gap: 8mm; justify-content: space-between; align-items: flex-start; }}
.col {{ flex: 1; }}
.prow {{ margin: 4mm 0 6mm 0; }}
.window {{ width: 85mm; min-height: 30mm; margin-top: 6mm; font-size: 1.05em; }}
.pb {{ margin-bottom: 3mm; white-space: nowrap; }}
.pl {{ font-weight: bold; font-size: 0.9em; text-transform: none; margin-bottom: 1mm; }}
fieldset.pb {{ border: 0.8pt solid #444; padding: 2mm 3mm; }}
legend {{ font-weight: bold; font-size: 0.9em; padding: 0 1mm; }}
.meta-inline .mrow {{ margin: 0.5mm 0; }}
.meta-inline .ml {{ font-weight: bold; }}
table.meta-2col {{ border-collapse: collapse; margin: 2mm 0; }}
table.meta-2col th {{ text-align: left; padding: 1pt 6pt 1pt 0; font-weight: bold; }}
table.meta-2col td {{ padding: 1pt 4pt; }}
.meta-stacked {{ display: flex; flex-wrap: wrap; gap: 3mm 8mm; margin: 3mm 0; }}
.meta-stacked .ml, .meta-sidebar .ml {{ color: #555; }}
.meta-sidebar .cell {{ margin-bottom: 3mm; }}
table.meta-boxed {{ border-collapse: collapse; width: 100%; margin: 2mm 0; }}
table.meta-boxed th, table.meta-boxed td {{ border: 0.6pt solid #444; padding: 2pt 4pt;
  text-align: left; }}
table.meta-boxed th {{ background: #e8e8e8; font-size: 0.85em; }}
.meta-leaders .lead {{ display: flex; }} .meta-leaders .dots {{ flex: 1;
  border-bottom: 1pt dotted #444; margin: 0 2mm 0.8mm 2mm; }}
.withside {{ display: flex; gap: 6mm; }} .withside main {{ flex: 1; }}
.withside.side-right {{ flex-direction: row-reverse; }}
aside.side {{ width: 42mm; background: #f0f0ee; padding: 3mm; border-left: 2pt solid {acc}; }}
table.items {{ width: 100%; border-collapse: collapse; margin: 3mm 0; }}
table.items th, table.items td {{ padding: 2pt 4pt; vertical-align: top; text-align: left; }}
table.items .num {{ text-align: right; white-space: nowrap; }}
table.items .c-sku, table.items .c-line_no {{ white-space: nowrap; }}
table.items tr {{ break-inside: avoid; }}
.detail {{ font-size: 0.85em; color: #333; }}
{rules}
.totwrap {{ display: flex; justify-content: flex-end; gap: 8mm; align-items: flex-start;
  break-inside: avoid; }}
table.tot {{ border-collapse: collapse; min-width: 70mm; }}
table.tot td {{ padding: 1.5pt 4pt; }} table.tot .num {{ text-align: right; white-space: nowrap; }}
table.tot tr.b td {{ font-weight: bold; border-top: 0.8pt solid #000; }}
table.vat {{ border-collapse: collapse; font-size: 0.9em; }}
table.vat th, table.vat td {{ border: 0.5pt solid #888; padding: 1pt 4pt; }}
table.vat .num {{ text-align: right; white-space: nowrap; }}
table.tot-boxed {{ border-collapse: collapse; width: 100%; margin-top: 3mm; break-inside: avoid; }}
table.tot-boxed th, table.tot-boxed td {{ border: 0.6pt solid #333; padding: 2pt 4pt; }}
table.tot-boxed .b {{ font-weight: bold; }} .num {{ text-align: right; white-space: nowrap; }}
.pay {{ margin-top: 4mm; }} .note {{ margin: 2mm 0; font-size: 0.9em; }}
.legal {{ margin-top: 8mm; font-size: 0.75em; color: #333; border-top: 0.5pt solid #999;
  padding-top: 2mm; }}
pre.mono {{ font-family: '{o["font"]}', monospace; font-size: {o["size"]}pt; margin: 0; }}
"""

    def render(self) -> Rendered:
        d = self.d
        if self.f.renderer == "letter":
            content = self.letter_body()
        elif self.f.renderer == "mono":
            content = self.mono_body()
        elif self.f.renderer.startswith("office_"):
            from samples.wild.office_pages import office_body  # imports this module

            content = office_body(self)
        else:
            content = self.body()
        legal = getattr(self, "_legal", "")
        o = self.o
        page_label = self.rng.choice(LABELS[self.lang]["page"])
        page_html = page_label.replace("{p}", "<span class='pageNumber'></span>").replace(
            "{n}", "<span class='totalPages'></span>"
        )
        fsize = max(6.0, o["size"] - 2)
        footer = None
        if o["footer"] in ("margin", "both") or self.f.renderer == "blocks":
            legal_html = legal if o["footer"] in ("margin", "both") else ""
            footer = (
                f"<div style=\"font-family:'{o['font']}';font-size:{fsize}pt;width:100%;"
                f'margin:0 12mm;color:#333;display:flex;justify-content:space-between;gap:6mm">'
                f"<span>{legal_html}</span><span style='white-space:nowrap'>{page_html}</span>"
                "</div>"
            )
        header = None
        if self.rng.random() < 0.25 and d.number:
            header = (
                f"<div style=\"font-family:'{o['font']}';font-size:{fsize}pt;width:100%;"
                f'margin:0 12mm;color:#555;text-align:right">{esc(d.issuer.name)} · '
                f"{esc(self.title())} {esc(d.number)}</div>"
            )
            self.out.put("document_number", d.number, d.number)
            self.party_name(d.issuer)
        lang = self.lang
        doc_html = (
            f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>"
            f"<title>Document</title><style>{self.css()}</style></head>"
            f"<body>{content}</body></html>"
        )
        bottom = "22mm" if footer and o["footer"] in ("margin", "both") else "16mm"
        margins = {
            "top": "16mm" if header else "12mm",
            "bottom": bottom,
            "left": "14mm",
            "right": "14mm",
        }
        return Rendered(doc_html, header, footer, margins, self.out, dict(o))

    # held-out renderers -------------------------------------------------------------------------
    def letter_body(self) -> str:
        """A business letter: the number, date and amounts in sentences, a table without rules."""
        d = self.d
        self.o.update(parties="window", meta="inline", rules="none", footer="end")
        lh = self.letterhead()
        recipient, others = self.parties()
        city = d.issuer.address[-1].split(" ", 1)[-1] if d.issuer.address else ""
        if self.lang == "fr":
            place = f"{esc(city)}, le {esc(self.date('document_date', d.date, main=True))}"
        else:
            place = esc(self.date("document_date", d.date, main=True))
        title = self.title()
        num = esc(self.out.put("document_number", d.number, d.number)) if d.number else ""
        subj = f"<p><b>{esc(self.label('subject'))} : {esc(title)} {num}</b></p>"
        sentences = [esc(self.phrase("letter_open"))]
        if d.order_number:
            ref = esc(self.out.put("order_number", d.order_number, d.order_number))
            sentences.append(
                f"Suite à votre commande n° {ref}, nous vous adressons le présent document."
                if self.lang == "fr"
                else f"Further to your order {ref}, please find this {esc(title.lower())}."
            )
        if d.customer_number:
            cn = esc(self.out.put("customer_number", d.customer_number, d.customer_number))
            sentences.append(
                f"Votre code client : {cn}." if self.lang == "fr" else f"Your account number: {cn}."
            )
        if d.delivery_date:
            when = esc(self.date("delivery_date", d.delivery_date))
            sentences.append(
                f"Livraison prévue le {when}."
                if self.lang == "fr"
                else f"Delivery is scheduled for {when}."
            )
        intro = "".join(f"<p>{x}</p>" for x in sentences)
        if d.kind in ("payment_advice", "reminder"):
            main = self.references_table()
        else:
            main = self.table()
            if d.priced:
                net = esc(self.money(d.total_net, "total_net"))
                tax = esc(self.money(d.total_tax, "total_tax"))
                gross = esc(self.money(d.total_gross, "total_gross"))
                main += (
                    f"<p>Soit un montant total de <b>{gross}</b> TTC ({net} HT, TVA {tax}).</p>"
                    if self.lang == "fr"
                    else f"<p>Total amount <b>{gross}</b> (net {net}, VAT {tax}).</p>"
                )
        pay = []
        if d.payment_terms:
            t = esc(self.out.put("payment_terms", d.payment_terms, d.payment_terms))
            pay.append(
                f"Conditions de paiement : {t}." if self.lang == "fr" else f"Payment terms: {t}."
            )
        if d.due_date:
            due = esc(self.date("due_date", d.due_date))
            pay.append(
                f"Merci de régler avant le {due}" if self.lang == "fr" else f"Please pay by {due}"
            )
            if d.iban and d.kind in ("invoice", "reminder", "credit_note"):
                pay[-1] += (
                    f" sur notre compte IBAN {esc(self.iban() or '')}"
                    if self.lang == "fr"
                    else f" to our account IBAN {esc(self.iban() or '')}"
                )
            pay[-1] += "."
        closing = (
            "Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées."
            if self.lang == "fr"
            else "Yours faithfully,"
        )
        sign = d.contact or ("La comptabilité" if self.lang == "fr" else "Accounts Department")
        legal = self.legal()
        self._legal = legal
        return (
            f"{lh}<div class='row prow'><div class='col'>{others}</div>"
            f"<div class='window'>{recipient}</div></div><p class='right'>{place}</p>{subj}"
            f"{intro}{main}{''.join(f'<p>{x}</p>' for x in pay)}<p>{closing}</p>"
            f"<p>{esc(sign)}</p>{self.notes()}<div class='legal'>{legal}</div>"
        )

    def mono_body(self) -> str:
        """A fixed-pitch print-out: aligned by spaces, ruled by dashes, labels with leaders."""
        d, s = self.d, self.s
        self.o.update(cur_in_cells=False, qty="column", sku="column", negative=False)
        width = 96
        lines: list[str] = []
        p = d.issuer
        lines.append(self.party_name(p))
        lines += p.address
        lines.append(f"{self.label('phone')} {p.phone}")
        if p.vat:
            lines.append(f"{self.label('vat')} {self.vat(p)}")
        lines.append("")
        title = self.title().upper()
        lines.append(title.center(width).rstrip())
        lines.append("")
        for lab, val in self.meta_items():
            lines.append(f"{lab} ".ljust(28, ".") + f" {val}")
        lines.append("")
        # recipient at the right, like a window envelope
        recipient: list[str]
        if d.buyer_issues:
            sup = d.supplier
            recipient = [self.party_name(sup), *sup.address]
        else:
            cust = d.customer
            recipient = [self.party_name(cust), *cust.address]
            self.out.put("billing_address", ", ".join(cust.address), ", ".join(cust.address))
        for r in recipient:
            lines.append(" " * 52 + r)
        if d.delivery:
            name, site = d.delivery
            lines.append("")
            lines.append(self.label("delivery").upper())
            self.party_name(d.customer)
            lines.append(name)
            lines += site
            self.out.put("delivery_address", ", ".join(site), ", ".join(site))
        lines.append("")
        if d.kind in ("payment_advice", "reminder"):
            for ref in d.references:
                final = ref.amount - ref.deduction
                self.out.reference(ref.number, _money_str(final))
                lines.append(
                    f"{ref.number:<20}{s.date_text(ref.date):<14}{s.money(final, False):>18}"
                )
            total_key = "paid_total" if d.kind == "payment_advice" else "outstanding"
            lines.append("-" * 52)
            lines.append(
                f"{self.label(total_key):<34}{self.money(d.total_gross, 'total_gross'):>18}"
            )
            if d.payment_date:
                lines.append(
                    f"{self.label('payment_date')} : {self.date('payment_date', d.payment_date)}"
                )
            if d.iban:
                lines.append(f"IBAN {self.iban()}")
        else:
            spec = [("line_no", 4), ("sku", 14), ("description", 40), ("quantity", 9)]
            if "unit" in self.o["extras"]:
                spec.append(("unit", 8))
            if d.priced:
                spec += [("unit_price", 12)]
                if "tax_rate" in self.o["extras"] and d.sales_tax is None:
                    spec.append(("tax_rate", 7))
                spec.append(("line_total", 14))
            if "line_no" not in self.o["extras"]:
                spec = spec[1:]
            left = {"sku", "description", "unit"}
            head = "".join(
                (
                    self.column(r).upper()[: w - 1].ljust(w)
                    if r in left
                    else self.column(r).upper()[: w - 1].rjust(w - 1) + " "
                )
                for r, w in spec
            )
            rule = "-" * len(head)
            lines += [rule, head, rule]
            for n, it in enumerate(d.items, 1):
                row = self.out.row()
                words = it.full_description.split()
                first: list[str] = []
                rest: list[str] = []
                for word in words:
                    target = first if not rest and len(" ".join([*first, word])) <= 38 else rest
                    target.append(word)
                row.put("description", it.full_description, it.full_description)
                cells = []
                for r, w in spec:
                    if r == "line_no":
                        v = str(n)
                    elif r == "sku":
                        v = row.put("sku", it.sku or "", it.sku or "")
                    elif r == "description":
                        v = " ".join(first)
                    elif r == "quantity":
                        v = row.put("quantity", _num_str(it.quantity), s.quantity(it.quantity))
                    elif r == "unit":
                        v = row.put("unit", it.unit, it.unit)
                    elif r == "unit_price":
                        places = max(2, -it.unit_price.as_tuple().exponent)  # type: ignore[operator]
                        v = row.put(
                            "unit_price",
                            str(it.unit_price),
                            s.money(it.unit_price, False, places),
                        )
                    elif r == "tax_rate":
                        assert it.tax_rate is not None
                        v = row.put("tax_rate", _num_str(it.tax_rate), s.rate(it.tax_rate))
                    else:
                        v = row.put("line_total", _money_str(it.total), s.money(it.total, False))
                    cells.append(v.ljust(w) if r in left else v.rjust(w - 1) + " ")
                lines.append("".join(cells).rstrip())
                if rest:
                    offset = sum(w for r, w in spec[: [r for r, _ in spec].index("description")])
                    lines.append(" " * offset + " ".join(rest))
            lines.append(rule)
            if d.priced:
                pad = len(head) - 18
                lines.append(
                    f"{self.label('total_net'):>{pad}}{self.money(d.total_net, 'total_net'):>18}"
                )
                lines.append(
                    f"{self.label('total_tax'):>{pad}}{self.money(d.total_tax, 'total_tax'):>18}"
                )
                lines.append(
                    f"{self.label('total_gross'):>{pad}}"
                    f"{self.money(d.total_gross, 'total_gross'):>18}"
                )
            lines.append("")
            if d.payment_terms:
                lines.append(
                    f"{self.label('payment_terms')} : "
                    f"{self.out.put('payment_terms', d.payment_terms, d.payment_terms)}"
                )
            if d.due_date and "due_date" not in self.out.fields:
                lines.append(f"{self.label('due_date')} : {self.date('due_date', d.due_date)}")
            if d.iban and d.kind in ("invoice", "credit_note"):
                lines.append(f"IBAN {self.iban()}")
        legal = self.legal()
        self._legal = legal
        return f"<pre class='mono'>{esc(chr(10).join(lines))}</pre><div class='legal'>{legal}</div>"


def country_name(code: str, language: str) -> str:
    names = COUNTRY_NAMES[code]
    return names.get(language, names["en"])
