"""Pages of the VAT-statement development families (``vat_families.py``).

Everything is drawn as the block families draw it (``Page``) except the rates: no row
prints its own, and the document states them once, in one of several ways (a tax label
of the totals, a sentence, a footnote, a breakdown table with bases, one totals line per
rate, a code column with its legend, an exemption in words).

Truth discipline (``printed.py``): a row's ``tax_rate`` is its rate when the document
states it so that it can be worked out for that row: one rate for the whole document, a
code printed on the row, or rates with bases that exactly one way of giving the rows
rates sums to (checked here, in cents, on every row; several ways: no rate in the truth).
A document that charges no VAT and says so states 0 for every row. The truth rate is not
printed on the row, so it is recorded without a shown text.
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from samples.wild.content import TAX_RATES, Doc, Item
from samples.wild.families import Family
from samples.wild.page import Page, esc, totals_table
from samples.wild.printed import Printed

VAT_RENDERERS = ("vat_single", "vat_split", "vat_codes", "vat_zero")
CENT = Decimal("0.01")
_MAX_STATES = 200_000

# wordings of these families; {r} is the rate as printed ("5,5"), {b} a base, {t} a tax
VAT_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "tax_at": ["TVA {r} %", "TVA à {r} %", "T.V.A. {r} %", "Montant TVA ({r} %)"],
        "sentence": [
            "TVA au taux de {r} % sur l'ensemble des articles.",
            "Taux de TVA appliqué : {r} %.",
            "Nos prix s'entendent hors taxes, TVA {r} % en sus.",
        ],
        "footnote": [
            "(*) TVA au taux normal de {r} %",
            "* Taux de TVA : {r} %",
            "(*) taux : {r} %",
        ],
        "other_pct": [
            "Escompte de 2 % pour paiement sous 8 jours.",
            "Pénalités de retard : 10 % du montant dû.",
            "Remise de fidélité de 3 % déjà déduite.",
        ],
        "heads": ["Taux TVA|Base HT|Montant TVA", "Base HT|Taux|TVA", "Taux|Base|TVA"],
        "per_rate": ["TVA {r} % sur {b}", "TVA {r} % (base {b})", "Base {b} à {r} %"],
        "code_head": ["Cd TVA", "Clé TVA", "TVA"],
        "legend": ["Clés TVA : {m}", "TVA {m}", "Légende TVA {m}"],
        "legend_heads": ["Clé|Taux|Base HT|TVA", "Clé TVA|Base HT|Taux|Montant"],
        "zero": [
            "TVA non applicable, art. 293 B du CGI",
            "Autoliquidation – TVA due par le preneur (art. 283-2 du CGI)",
            "Exonération de TVA, article 262 ter I du CGI",
            "Autoliquidation",
        ],
        "zero_tax": ["TVA", "Total TVA", "TVA 0 %"],
    },
    "en": {
        "tax_at": ["VAT {r}%", "VAT @ {r}%", "VAT at {r}%", "Tax ({r}%)"],
        "sentence": [
            "VAT applies at {r}% to every item.",
            "All prices exclude VAT, which is charged at {r}%.",
            "Applicable VAT rate: {r}%.",
        ],
        "footnote": ["* VAT at the standard rate of {r}%", "(*) VAT rate {r}%", "* rate: {r}%"],
        "other_pct": [
            "2% discount for payment within 10 days.",
            "Late payments bear interest at 1.5% per month.",
            "A restocking fee of 15% applies to returns.",
        ],
        "heads": ["Rate|Net|VAT", "Base|Rate|VAT", "Rate|Net|Tax"],
        "per_rate": ["VAT {r}% on {b}", "VAT {r}% (net {b})", "Net {b} at {r}%"],
        "code_head": ["VAT cd", "VAT key", "VAT"],
        "legend": ["VAT keys: {m}", "VAT {m}", "VAT legend {m}"],
        "legend_heads": ["Key|Rate|Net|VAT", "VAT key|Net|Rate|Tax"],
        "zero": [
            "Reverse charge: VAT to be accounted for by the recipient",
            "VAT exempt supply",
            "Zero-rated supply for VAT purposes",
            "Reverse charge – Article 196 of Council Directive 2006/112/EC",
        ],
        "zero_tax": ["VAT", "Total VAT", "VAT 0%"],
    },
}


def split_count(totals: list[Decimal], rates: list[Decimal], bases: dict[Decimal, Decimal]) -> int:
    """How many ways (0, 1 or 2 meaning "more") of giving each amount one of ``rates`` sum
    to every base, to the cent: the sums reachable row by row, counted (2 past
    ``_MAX_STATES`` partial sums: too many to tell)."""
    states: dict[tuple[int, ...], int] = {tuple(0 for _ in rates): 1}
    cents = [int(t * 100) for t in totals]
    goal = tuple(int(bases[r] * 100) for r in rates)
    for c in cents:
        nxt: dict[tuple[int, ...], int] = {}
        for state, n in states.items():
            for k in range(len(rates)):
                s = list(state)
                s[k] += c
                if s[k] > goal[k]:
                    continue
                key = tuple(s)
                nxt[key] = min(2, nxt.get(key, 0) + n)
        states = nxt
        if len(states) > _MAX_STATES:
            return 2  # too many partial sums to say: a reader gives up there too
    return states.get(goal, 0)


class StatedPrinted(Printed):
    """The truth of a page whose rows print no rate: the rates the document states for its
    rows are listed as the summary's (``printed_as.summary_rates``), as the rates the totals
    state are on the other families."""

    def truth(self, **extra: Any) -> dict[str, Any]:
        out = super().truth(**extra)
        rates = {line["tax_rate"] for line in out["lines"] if "tax_rate" in line}
        out["printed_as"]["summary_rates"] = sorted(rates, key=Decimal)
        return out


class VatPage(Page):
    """A block-family page whose rows print no rate, the document stating it elsewhere."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        self.out = StatedPrinted()
        self.o["extras"] = [x for x in self.o["extras"] if x != "tax_rate"]
        self.o["negative"] = False
        self.mode = fam.renderer
        self.truth_rates: dict[int, str] = {}
        self._codes: dict[Decimal, str] = {}
        self._prepare()

    def word(self, key: str, **kw: str) -> str:
        return self.drawn_once(f"__vat_{key}", VAT_WORDS[self.lang][key], **kw)

    def _pool(self) -> list[Decimal]:
        d = self.d
        if d.sales_tax is not None:  # a US document of these families charges VAT as GB
            d.sales_tax = None
            return [Decimal("20"), Decimal("5")]
        return sorted({Decimal(r) for r in TAX_RATES.get(d.region, ["20"])}, reverse=True)

    def _prepare(self) -> None:
        d, rng = self.d, self.rng
        pool = self._pool()
        items = d.items
        if self.mode == "vat_zero":
            chosen = [Decimal(0)]
        elif self.mode == "vat_single":
            chosen = [rng.choice(pool)]
        else:
            k = min(
                len(pool),
                len(items),
                rng.choice([1, 2, 2, 3] if self.mode == "vat_codes" else [2, 2, 3]),
            )
            chosen = rng.sample(pool, max(k, 1))
        for it in items:
            it.tax_rate = rng.choice(chosen)
        for r, it in zip(chosen, rng.sample(items, min(len(items), len(chosen))), strict=False):
            it.tax_rate = r  # every chosen rate on some row
        used = sorted({it.tax_rate for it in items if it.tax_rate is not None}, reverse=True)
        style = rng.choice(["ABC", "123", "SRZ"])
        self._codes = {r: style[i] for i, r in enumerate(used)}
        stated = self.mode in ("vat_zero", "vat_single", "vat_codes") or len(used) == 1
        if not stated and len(items) <= 12:  # as ``Printed._stated_rates`` states splits
            totals = [it.total for it in items]
            bases = {r: b for r, (b, _t) in d.tax_by_rate().items()}
            stated = split_count(totals, used, bases) == 1
        if stated:
            for it in items:
                assert it.tax_rate is not None
                self.truth_rates[id(it)] = format(it.tax_rate.normalize(), "f")

    # the table: a code column before the amount, the truth rate recorded on each row ----
    def roles(self) -> list[str]:
        roles = super().roles()
        if self.mode == "vat_codes" and "line_total" in roles:
            roles.insert(roles.index("line_total"), "vat_code")
        return roles

    def column(self, role: str) -> str:
        if role == "vat_code":
            return self.word("code_head")
        return super().column(role)

    def cell(self, role: str, it: Item, n: int, row: Any) -> str:
        if role == "vat_code":
            assert it.tax_rate is not None
            return esc(self._codes[it.tax_rate])
        shown = super().cell(role, it, n, row)
        if role == "line_total" and id(it) in self.truth_rates:
            row.values["tax_rate"] = self.truth_rates[id(it)]
        return shown

    # the totals and the statement of the rates -------------------------------------------
    def _rate(self, r: Decimal) -> str:
        return self.s.quantity(r)

    def _b(self, v: Decimal) -> str:
        return self.s.money(v, with_currency=False)

    def totals(self) -> str:
        d, rng = self.d, self.rng
        cur = not (self.o["currency_item"] and rng.random() < 0.5)
        taxes = d.tax_by_rate()
        rows: list[tuple[str, str, bool]] = [
            (self.label("total_net"), self.money(d.total_net, "total_net", cur), False)
        ]
        before, after = "", ""
        tax_label = self.label("total_tax")
        show_tax = True
        if self.mode == "vat_single":
            ((rate, _bt),) = taxes.items()
            how = rng.choice(["label", "sentence", "footnote"])
            if how == "label":
                tax_label = self.word("tax_at", r=self._rate(rate))
            elif how == "sentence":
                after = f"<p class='note'>{esc(self.word('sentence', r=self._rate(rate)))}</p>"
            else:
                tax_label += " (*)" if "(*)" in self.word("footnote") else "*"
                note = self.word("footnote", r=self._rate(rate))
                after = f"<p class='legend'>{esc(note)}</p>"
            if rng.random() < 0.5:
                other = f"<p class='note'>{esc(self.word('other_pct'))}</p>"
                after = other + after if rng.random() < 0.5 else after + other
        elif self.mode == "vat_split":
            if rng.random() < 0.55:
                before = self._breakdown(taxes)
            else:
                for r, (b, t) in taxes.items():
                    lab = self.word("per_rate", r=self._rate(r), b=self._b(b))
                    rows.append((lab, self.money(t, None, cur), False))
        elif self.mode == "vat_codes":
            after = self._legend(taxes)
        else:  # vat_zero
            text = esc(self.word("zero"))
            where = rng.choice(["after", "before", "totals"])
            if where == "after":
                after = f"<p class='note'>{text}</p>"
            elif where == "before":
                before = f"<p class='note'>{text}</p>"
            else:
                after = f"<p class='legend'><i>{text}</i></p>"
            show_tax = rng.random() < 0.5
            tax_label = self.word("zero_tax")
        if show_tax:
            rows.append((tax_label, self.money(d.total_tax, "total_tax", cur), False))
        rows.append(
            (self.label("total_gross"), self.money(d.total_gross, "total_gross", cur), True)
        )
        block = totals_table(rows, self.o["totals"] == "boxed_row")
        return f"{before}{block}{after}"

    def _breakdown(self, taxes: dict[Decimal, tuple[Decimal, Decimal]]) -> str:
        heads = self.word("heads").split("|")
        order = (
            ["rate", "base", "tax"]
            if heads[0].lower().startswith(("taux", "rate", "vat rate"))
            else ["base", "rate", "tax"]
        )
        if heads[0] in ("Taux TVA", "Taux", "Rate"):
            order = ["rate", "base", "tax"]
        ths = "".join(
            f"<th class='{'' if k == 'rate' else 'num'}'>{esc(h)}</th>"
            for h, k in zip(heads, order, strict=True)
        )
        trs = ""
        for r, (b, t) in taxes.items():
            cell = {"rate": self.s.rate(r), "base": self._b(b), "tax": self._b(t)}
            trs += (
                "<tr>"
                + "".join(
                    f"<td class='{'' if k == 'rate' else 'num'}'>{esc(cell[k])}</td>" for k in order
                )
                + "</tr>"
            )
        return f"<table class='vat'><tr>{ths}</tr>{trs}</table>"

    def _legend(self, taxes: dict[Decimal, tuple[Decimal, Decimal]]) -> str:
        if self.rng.random() < 0.5:
            sep = self.rng.choice([" = ", " : "])
            joint = " ; " if self.lang == "fr" else ", "
            m = joint.join(f"{self._codes[r]}{sep}{self.s.rate(r)}" for r in taxes)
            return f"<p class='legend'>{esc(self.word('legend', m=m))}</p>"
        heads = self.word("legend_heads").split("|")
        order = (
            ["code", "rate", "base", "tax"]
            if len(heads) == 4 and heads[1] in ("Taux", "Rate")
            else ["code", "base", "rate", "tax"]
        )
        ths = "".join(f"<th>{esc(h)}</th>" for h in heads)
        trs = ""
        for r, (b, t) in taxes.items():
            cell = {
                "code": self._codes[r],
                "rate": self.s.rate(r),
                "base": self._b(b),
                "tax": self._b(t),
            }
            trs += (
                "<tr>"
                + "".join(
                    f"<td class='{'' if k in ('code', 'rate') else 'num'}'>{esc(cell[k])}</td>"
                    for k in order
                )
                + "</tr>"
            )
        return f"<table class='vat'><tr>{ths}</tr>{trs}</table>"

    def css(self) -> str:
        return (
            super().css()
            + """
table.vat { border-collapse: collapse; margin: 2mm 0; font-size: 0.9em; }
table.vat td, table.vat th { padding: 1pt 6pt; border-bottom: 0.4pt solid #999; }
.legend { font-size: 0.85em; margin: 1mm 0 3mm 0; }
"""
        )
