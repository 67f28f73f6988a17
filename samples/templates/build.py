"""Real-world open-source document templates, filled with samples/wild content and printed by
Chromium: layouts that nobody on this project designed (issue 20).

Each template of ``SOURCES.json`` is its authors' markup and CSS, kept as they wrote it, with
only their template tags (Blade, Twig, PHP, Jinja) replaced by Jinja tags over the objects
below. Those objects record each value into the truth at the moment the template prints it
(``Printed.put``, as samples/wild does), so a field the template does not print is absent
from the truth, and the truth is what the page shows.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from samples.wild.build import write_pair
from samples.wild.check import PrintedMismatch, missing_values, page_text
from samples.wild.chromium import Printer
from samples.wild.content import Doc, Item, Party, Reference, make_doc
from samples.wild.formats import SYMBOLS
from samples.wild.printed import Printed, Row
from samples.wild.vocab import CONTRACT_TYPE

HERE = Path(__file__).parent
SOURCES = HERE / "SOURCES.json"
LINE_COUNTS = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20]
ATTEMPTS = 4
MARGINS = {"top": "0mm", "bottom": "0mm", "left": "0mm", "right": "0mm"}


@dataclass(frozen=True)
class Template:
    """One entry of SOURCES.json: where its markup comes from and how it is used here."""

    name: str
    file: str
    languages: tuple[str, ...]
    kinds: tuple[str, ...]
    half: str  # "tune", "report" (never tuned on) or "sealed" (only the lead measures it)
    margins: dict[str, str]
    shim: str
    entry: dict[str, Any]
    # a project that ships one file per language (LedgerSMB): language -> file
    language_files: dict[str, str] = field(default_factory=dict)

    def file_for(self, language: str) -> str:
        return self.language_files.get(language, self.file)


@cache
def sources() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SOURCES.read_text(encoding="utf-8"))
    return data


def templates(half: str | None = None) -> list[Template]:
    """The templates of SOURCES.json, of one half when ``half`` is given."""
    found = []
    for e in sources()["templates"]:
        if half is not None and e["half"] != half:
            continue
        found.append(
            Template(
                name=e["name"],
                file=e["file"],
                languages=tuple(e["languages"]),
                kinds=tuple(e["kinds"]),
                half=e["half"],
                margins=e.get("margins", MARGINS),
                shim=e.get("shim", ""),
                entry=e,
                language_files=e.get("language_files", {}),
            )
        )
    return found


def kept(text: str) -> str:
    """An amount or a date kept on one line (no-break spaces), as business software prints
    them: the templates' narrow cells would otherwise break "USD 13.93" in two, and the text
    layer give back two pieces of different lines that no reader (nor the check) joins."""
    return text.replace(" ", "\u00a0")


def _plain(value: Decimal) -> str:
    return str(abs(value).quantize(Decimal("0.01")))


def _num(value: Decimal) -> str:
    return format(value.normalize(), "f")


class Filler:
    """What a template reads: the document's values, each recorded as printed when read."""

    def __init__(self, doc: Doc, out: Printed) -> None:
        self.d, self.out, self.s = doc, out, doc.style

    # values -----------------------------------------------------------------------------
    def put(self, name: str, truth: str | None, shown: str | None = None) -> str:
        if truth is None:
            return ""
        return self.out.put(name, truth, truth if shown is None else shown)

    def date(self, name: str, d: date | None, main: bool = False) -> str:
        if d is None:
            return ""
        return self.out.put(name, d.isoformat(), kept(self.s.date_text(d, main=main)))

    def money(self, value: Decimal, name: str | None = None, cur: bool = True) -> str:
        shown = kept(self.s.money(value, with_currency=cur))
        if cur:
            self.out.put("currency", self.d.currency, self.currency_shown())
        if name:
            self.out.put(name, _plain(value), shown)
        return shown

    def currency_shown(self) -> str:
        placement = self.s.placement
        return SYMBOLS[self.d.currency] if placement.endswith("symbol") else self.d.currency

    def currency_code(self) -> str:
        return self.out.put("currency", self.d.currency, self.d.currency)

    def rate(self, value: Decimal) -> str:
        return self.s.rate(value)

    def quantity(self, value: Decimal) -> str:
        return self.s.quantity(value)


class DocView:
    """``doc.*`` in a template: header fields and totals."""

    def __init__(self, f: Filler) -> None:
        self._f = f
        d = f.d
        self.kind = d.kind
        self.language = d.language
        self.has_due_date = d.due_date is not None
        self.has_delivery_date = d.delivery_date is not None
        self.has_order_number = d.order_number is not None
        self.has_customer_number = d.customer_number is not None
        self.has_payment_terms = d.payment_terms is not None
        self.has_iban = d.iban is not None
        self.has_delivery = d.delivery is not None
        self.has_valid_until = d.valid_until is not None
        self.has_vat_id = d.issuer.vat is not None
        self.priced = d.priced
        self.sales_tax = d.sales_tax is not None

    @property
    def number(self) -> str:
        return self._f.put("document_number", self._f.d.number)

    @property
    def date(self) -> str:
        return self._f.date("document_date", self._f.d.date, main=True)

    @property
    def due_date(self) -> str:
        return self._f.date("due_date", self._f.d.due_date)

    @property
    def delivery_date(self) -> str:
        return self._f.date("delivery_date", self._f.d.delivery_date)

    @property
    def valid_until(self) -> str:
        """A quotation's validity: printed, but no field of the contract."""
        v = self._f.d.valid_until
        return "" if v is None else self._f.s.date_text(v)

    @property
    def order_number(self) -> str:
        return self._f.put("order_number", self._f.d.order_number)

    @property
    def customer_number(self) -> str:
        return self._f.put("customer_number", self._f.d.customer_number)

    @property
    def payment_terms(self) -> str:
        return self._f.put("payment_terms", self._f.d.payment_terms)

    @property
    def iban(self) -> str:
        v = self._f.d.iban
        if v is None:
            return ""
        return self._f.put("iban", v, " ".join(v[i : i + 4] for i in range(0, len(v), 4)))

    @property
    def tax_name(self) -> str:
        """The tax's name, as an accounting package's tax account calls it."""
        if self.sales_tax:
            return "Sales Tax"
        return "TVA" if self.language == "fr" else "VAT"

    @property
    def payment_date(self) -> str:
        return self._f.date("payment_date", self._f.d.payment_date)

    @property
    def advice_date(self) -> str:
        """The only date of an advice that prints no other: the day it pays, which is
        also its date (both fields, one value)."""
        d = self._f.d.payment_date or self._f.d.date
        self._f.date("document_date", d)
        return self._f.date("payment_date", d)

    @property
    def references(self) -> list[RefView]:
        """A payment advice's invoices, each recorded with the amount paid on it."""
        return [RefView(self._f, r) for r in self._f.d.references]

    @property
    def currency_symbol(self) -> str:
        return self._f.out.put("currency", self._f.d.currency, SYMBOLS[self._f.d.currency])

    @property
    def contact(self) -> str:
        return self._f.d.contact or ""

    @property
    def carrier(self) -> str:
        return self._f.d.carrier or ""

    @property
    def weight(self) -> str:
        w = self._f.d.weight
        return "" if w is None else self._f.quantity(w)

    @property
    def quote_ref(self) -> str:
        """The supplier's quotation a purchase order answers: printed, no field."""
        return self._f.d.quote_ref or ""

    @property
    def payment_means(self) -> str:
        return self._f.d.payment_means or ""

    @property
    def notes(self) -> str:
        """A template's free notes: the payment terms, recorded as printed."""
        return self.payment_terms

    @property
    def bic(self) -> str:
        return self._f.d.bic or ""

    @property
    def vat_id(self) -> str:
        return self._f.put("vat_id", self._f.d.issuer.vat)

    @property
    def currency(self) -> str:
        return self._f.currency_code()

    @property
    def total_net(self) -> str:
        return self._f.money(self._f.d.total_net, "total_net")

    @property
    def total_tax(self) -> str:
        return self._f.money(self._f.d.total_tax, "total_tax")

    @property
    def total_gross(self) -> str:
        return self._f.money(self._f.d.total_gross, "total_gross")

    @property
    def paid(self) -> str:
        """An amount already paid: nothing (a template's "Paid" row)."""
        return self._f.money(Decimal(0))

    @property
    def total_net_bare(self) -> str:
        return self._f.money(self._f.d.total_net, "total_net", cur=False)

    @property
    def total_tax_bare(self) -> str:
        return self._f.money(self._f.d.total_tax, "total_tax", cur=False)

    @property
    def total_gross_bare(self) -> str:
        return self._f.money(self._f.d.total_gross, "total_gross", cur=False)

    @property
    def taxes(self) -> list[TaxView]:
        """One line per VAT rate. A single rate prints the total tax itself; several print
        parts whose sum is the total tax (the truth's convention, printed.py)."""
        f = self._f
        by_rate = f.d.tax_by_rate()
        views = [TaxView(f, r, b, t, len(by_rate) == 1) for r, (b, t) in by_rate.items()]
        if len(views) > 1:
            f.out.put_sum("total_tax", _plain(f.d.total_tax), [v.amount_shown for v in views])
        return views


class TaxView:
    def __init__(self, f: Filler, rate: Decimal, base: Decimal, amount: Decimal, only: bool):
        self._f, self._rate, self._base, self._amount, self._only = f, rate, base, amount, only
        # the part of a summed total tax the check looks for (with or without currency)
        self.amount_shown = kept(f.s.money(amount, with_currency=False))

    @property
    def rate(self) -> str:
        self._f.out.summary_rate(self._rate)
        return self._f.rate(self._rate)

    @property
    def rate_number(self) -> str:
        self._f.out.summary_rate(self._rate)
        return self._f.quantity(self._rate)

    @property
    def base(self) -> str:
        self._f.out.summary_rate(self._rate, self._base)
        return self._f.money(self._base)

    @property
    def base_bare(self) -> str:
        self._f.out.summary_rate(self._rate, self._base)
        return self._f.money(self._base, cur=False)

    @property
    def amount_bare(self) -> str:
        if self._only:
            return self._f.money(self._amount, "total_tax", cur=False)
        return self._f.money(self._amount, cur=False)

    @property
    def amount(self) -> str:
        if self._only:
            return self._f.money(self._amount, "total_tax")
        return self._f.money(self._amount)


class RefView:
    """One invoice a payment advice settles: its number, date and the amounts."""

    def __init__(self, f: Filler, ref: Reference) -> None:
        self._f, self._r = f, ref
        self._recorded = False

    @property
    def number(self) -> str:
        if not self._recorded:
            self._f.out.reference(self._r.number, _plain(self._r.paid))
            self._recorded = True
        return self._r.number

    @property
    def date(self) -> str:
        return kept(self._f.s.date_text(self._r.date))

    @property
    def amount_bare(self) -> str:
        return self._f.money(self._r.amount, cur=False)

    @property
    def paid_bare(self) -> str:
        return self._f.money(self._r.paid, cur=False)


class PartyView:
    """``seller``, ``buyer`` or ``ship_to``: the name, then the address lines."""

    def __init__(self, f: Filler, party: Party, role: str, site: list[str] | None = None):
        self._f, self._p, self._role, self._site = f, party, role, site
        self.has_vat = party.vat is not None

    @property
    def name(self) -> str:
        field = "customer_name" if self._role in ("buyer", "ship_to") else "supplier_name"
        return self._f.put(field, self._p.name)

    @property
    def lines(self) -> list[str]:
        lines = list(self._site if self._site is not None else self._p.address)
        field = {"buyer": "billing_address", "ship_to": "delivery_address"}.get(self._role)
        if field:
            self._f.put(field, ", ".join(lines))
        return lines

    @property
    def address(self) -> list[str]:
        """The address lines as a letterhead prints them: no field (a purchase order's
        issuer is the buyer, whose letterhead is not its billing address)."""
        return list(self._p.address)

    @property
    def phone(self) -> str:
        return self._p.phone

    @property
    def email(self) -> str:
        return self._p.email

    @property
    def website(self) -> str:
        return self._p.website or ""

    @property
    def vat(self) -> str:
        """The party's VAT id; the truth's ``vat_id`` is the issuer's (DESIGN.md)."""
        if self._p is self._f.d.issuer:
            return self._f.put("vat_id", self._p.vat)
        return self._p.vat or ""

    @property
    def street(self) -> str:
        """The first address line alone (a letterhead that prints no more)."""
        return self._p.address[0] if self._p.address else ""


class ItemView:
    """One line of the table; ``name`` and ``detail`` together make its description."""

    def __init__(self, f: Filler, item: Item, n: int, row: Row) -> None:
        self._f, self._it, self.n, self._row = f, item, n, row
        self._desc: list[str] = []
        self.has_detail = item.detail is not None
        self.has_sku = item.sku is not None

    def _describe(self, part: str) -> str:
        self._desc.append(part)
        text = " ".join(self._desc)
        self._row.put("description", text, text)
        return part

    @property
    def name(self) -> str:
        return self._describe(self._it.description)

    @property
    def detail(self) -> str:
        return self._describe(self._it.detail) if self._it.detail else ""

    @property
    def description(self) -> str:
        """Name and detail in one string, for templates with one text per line."""
        return self._describe(self._it.full_description)

    @property
    def sku(self) -> str:
        v = self._it.sku
        return self._row.put("sku", v, v) if v else ""

    @property
    def quantity(self) -> str:
        q = self._it.quantity
        return self._row.put("quantity", _num(q), self._f.quantity(q))

    @property
    def ordered(self) -> str:
        """A delivery note's quantity ordered, beside the quantity shipped: no field."""
        q = self._it.ordered if self._it.ordered is not None else self._it.quantity
        return self._f.quantity(q)

    @property
    def unit(self) -> str:
        return self._row.put("unit", self._it.unit, self._it.unit)

    @property
    def unit_price(self) -> str:
        p = self._it.unit_price
        places = max(2, -p.as_tuple().exponent)  # type: ignore[operator]
        shown = kept(self._f.s.money(p, places=places))
        self._f.out.put("currency", self._f.d.currency, self._f.currency_shown())
        return self._row.put("unit_price", str(p), shown)

    @property
    def unit_price_bare(self) -> str:
        p = self._it.unit_price
        places = max(2, -p.as_tuple().exponent)  # type: ignore[operator]
        return self._row.put("unit_price", str(p), kept(self._f.s.money(p, False, places)))

    @property
    def total(self) -> str:
        t = self._it.total
        return self._row.put("line_total", _plain(t), self._f.money(t))

    @property
    def total_bare(self) -> str:
        t = self._it.total
        return self._row.put("line_total", _plain(t), self._f.money(t, cur=False))

    @property
    def tax_rate(self) -> str:
        r = self._it.tax_rate
        if r is None:
            return ""
        return self._row.put("tax_rate", _num(r), self._f.rate(r))

    @property
    def discount(self) -> str:
        return self._f.rate(self._it.discount) if self._it.discount else ""


def context(doc: Doc, out: Printed, tpl: Template) -> dict[str, Any]:
    f = Filler(doc, out)
    ship = None
    if doc.delivery:
        ship = PartyView(f, doc.customer, "ship_to", doc.delivery[1])
    labels = tpl.entry.get("translations", {}).get(doc.language, {})
    return {
        # the template's own translation of its labels (gettext: the msgid when none)
        "_": lambda msgid: labels.get(msgid, msgid),
        # where the goods go: the delivery site, else the customer's address
        "ship_site": ship or PartyView(f, doc.customer, "ship_to", doc.customer.address),
        "issuer": PartyView(f, doc.issuer, "seller" if doc.issuer is doc.supplier else "buyer"),
        "doc": DocView(f),
        "seller": PartyView(f, doc.supplier, "seller"),
        "buyer": PartyView(f, doc.customer, "buyer"),
        "ship_to": ship,
        "items": [ItemView(f, it, n, out.row()) for n, it in enumerate(doc.items, 1)],
    }


_ENV = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "html"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
)


def draw(seed: int, index: int, pool: list[Template], attempt: int = 0) -> tuple[Template, Doc]:
    """Document ``(seed, index)``: its template and content, from its own random stream
    (``attempt`` > 0: the content drawn again for the same template)."""
    rng = random.Random(f"templates:{seed}:{index}")
    tpl = pool[index % len(pool)]  # in turn: every template as often as the others
    if attempt:
        rng = random.Random(f"templates:{seed}:{index}:{attempt}")
    kind = rng.choice(tpl.kinds)
    language = rng.choice(tpl.languages)
    doc = make_doc(rng, kind, language, rng.choice(LINE_COUNTS))
    if not tpl.entry.get("discounts", True):
        # a template with no discount column prints lines whose price times quantity is
        # their total: such software has no line discounts to print
        for item in doc.items:
            item.discount = Decimal(0)
    return tpl, doc


def make_one(
    seed: int, index: int, pool: list[Template], printer: Printer, check: bool = True
) -> tuple[str, bytes, dict[str, Any]]:
    """One document: file stem, PDF bytes and truth.

    A template laid out for another engine may print a value where the text layer cannot
    give it back whole (two blocks on one baseline, a long name under a fixed box): such a
    draw is replaced by another content for the same template, at most ``ATTEMPTS`` times,
    and the truth says how many were dropped (``PrintedMismatch`` after that)."""
    for attempt in range(ATTEMPTS):
        try:
            return _make_attempt(seed, index, pool, printer, check, attempt)
        except PrintedMismatch:
            if attempt == ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _make_attempt(
    seed: int, index: int, pool: list[Template], printer: Printer, check: bool, attempt: int
) -> tuple[str, bytes, dict[str, Any]]:
    tpl, doc = draw(seed, index, pool, attempt)
    out = Printed()
    html = _ENV.get_template(tpl.file_for(doc.language)).render(context(doc, out, tpl))
    if tpl.shim:
        # what the engine the template was written for (dompdf, mPDF) does on its own
        html = html.replace("</head>", f"<style>/* engine shim */ {tpl.shim}</style></head>", 1)
    pdf = printer.pdf(html, tpl.margins)
    text, pages = page_text(pdf)
    name = f"tpl_{tpl.name}_{seed}_{index:04d}"
    # rows never read by the template (none: every template prints its table) are dropped
    out.rows = [r for r in out.rows if r.values]
    truth: dict[str, Any] = {
        "doc_type": CONTRACT_TYPE[doc.kind],
        "language": doc.language,
        "pages": pages,
        **out.truth(
            layout=f"tpl_{tpl.name}",
            source="templates",
            kind="born_digital",
            heldout=tpl.half in ("report", "sealed"),
            subtype=doc.kind,
            seed=seed,
            index=index,
            template_half=tpl.half,
            redrawn=attempt,
        ),
    }
    if check:
        problems = missing_values(truth, text)
        if problems:
            raise PrintedMismatch(f"{name}: " + "; ".join(problems[:5]))
    return name, pdf, truth


def write_set(
    out: Path,
    seed: int,
    count: int,
    half: str | None = None,
    names: list[str] | None = None,
    check: bool = True,
    progress: bool = True,
) -> list[Path]:
    """``count`` documents into ``out``, the templates taken in turn."""
    pool = [t for t in templates(half) if names is None or t.name in names]
    if not pool:
        raise ValueError("no template selected")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with Printer() as printer:
        for i in range(count):
            name, pdf, truth = make_one(seed, i, pool, printer, check)
            written.append(write_pair(out, name, pdf, truth))
            if progress and (i + 1) % 10 == 0:
                print(f"  {i + 1}/{count} documents", file=sys.stderr)
    return written
