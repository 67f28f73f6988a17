"""Pages of the table-structure development families (``table_families.py``).

Everything but the line table is drawn as the block families draw it (``Page``); the
table is this module's: two printed lines per position, columns in an unusual order with
prices per 100, groups with section headings and subtotals, or a table with no rules that
prints a discount and a VAT category letter mapped in a legend.

Truth discipline as everywhere in the generator (``printed.py``): every truth value goes
through ``Row.put``; a price printed per 100 units is not the unit price (no truth for
it); a VAT category letter's rate is the row's rate, since the legend under the table states it; a
section subtotal is not a row.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from decimal import Decimal

from samples.wild.content import TAX_RATES, Doc, Item
from samples.wild.families import Family
from samples.wild.page import Page, esc
from samples.wild.printed import Row

TABLE_RENDERERS = ("tbl_two_line", "tbl_reordered", "tbl_grouped", "tbl_plain")

# wordings of these families (checked against vocab.HELDOUT_ONLY by the tests)
TABLE_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "section": ["Lot {n} – {t}", "{N}. {t}", "Chapitre {n} : {t}"],
        "subtotal": ["Sous-total lot {n}", "Sous-total {t}", "Total lot {n}"],
        "topics": ["Fournitures", "Main-d'œuvre", "Matériel", "Consommables", "Prestations"],
        "per100": ["Prix / 100", "P.U. pour 100", "Prix les 100"],
        "code": ["Cat. TVA", "Cd TVA", "TVA"],
        "legend": ["Catégories TVA : {m}", "TVA : {m}", "Cat. TVA {m}"],
        "ref": ["Réf.", "Code"],
        "desc_head": ["Désignation", "Libellé"],
    },
    "en": {
        "section": ["Part {n} – {t}", "{N}. {t}", "Section {n}: {t}"],
        "subtotal": ["Subtotal part {n}", "Subtotal {t}", "Total section {n}"],
        "topics": ["Supplies", "Labour", "Equipment", "Consumables", "Services"],
        "per100": ["Price / 100", "Price per 100", "Per 100"],
        "code": ["VAT cat.", "Tax cat.", "VAT"],
        "legend": ["VAT categories: {m}", "Tax: {m}", "VAT {m}"],
        "ref": ["Ref.", "Code"],
        "desc_head": ["Description", "Details"],
    },
}

# draws the cell of a role for a position: (role, item, line number, truth row) -> HTML
CellValue = Callable[[str, Item, int, Row], str]

_NUMERIC = {"quantity", "unit_price", "per100", "discount", "tax_rate", "line_total", "code"}


class TablePage(Page):
    """A block-family page whose line table has one of four unusual structures."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        self.o["sku"] = "column" if any(i.sku for i in doc.items) else "none"
        self.o["negative"] = False  # amounts of a credit note printed as they are
        if fam.renderer == "tbl_plain":
            self._plain_prepare()

    def word(self, key: str, **kw: str) -> str:
        return self.drawn_once(f"__tbl_{key}", TABLE_WORDS[self.lang][key], **kw)

    def _plain_prepare(self) -> None:
        """Discounts on some positions and, where the country has two rates, a second rate
        on some, so the discount and VAT-code columns say something."""
        d, rng = self.d, self.rng
        rates = sorted({Decimal(r) for r in TAX_RATES.get(d.region, ["20"])})
        for it in d.items:
            if rng.random() < 0.5:
                it.discount = Decimal(rng.choice([5, 10, 15, 20, 2.5]))
            if d.sales_tax is None and len(rates) > 1 and rng.random() < 0.35:
                it.tax_rate = rng.choice(rates)

    # cells ------------------------------------------------------------------------------
    def desc(self, it: Item, row: Row) -> str:
        text = esc(row.put("description", it.full_description, it.full_description))
        return text

    def sku(self, it: Item, row: Row) -> str:
        return esc(row.put("sku", it.sku, it.sku)) if it.sku else ""

    def value(self, role: str, it: Item, n: int, row: Row) -> str:
        if role == "description":
            return self.desc(it, row)
        if role == "sku":
            return self.sku(it, row)
        if role == "per100":  # no unit price printed: no truth for it
            return esc(self.s.money(it.unit_price * 100, False, 2))
        if role == "code":
            assert it.tax_rate is not None
            code = self._codes()[it.tax_rate]
            row.put("tax_rate", format(it.tax_rate.normalize(), "f"), self.s.rate(it.tax_rate))
            return code
        return self.cell(role, it, n, row)

    def _codes(self) -> dict[Decimal, str]:
        rates = sorted({i.tax_rate for i in self.d.items if i.tax_rate is not None}, reverse=True)
        return {r: "ABCD"[k] for k, r in enumerate(rates)}

    def head(self, role: str) -> str:
        if role in ("per100", "code"):
            return self.word(role)
        return self.column(role)

    def wrap(self, head_rows: str, body: list[str]) -> str:
        cls = f"items rules-{self.o['rules']} {self.f.renderer}"
        if self.o["repeat_header"]:
            rows = "".join(body)
            return f"<table class='{cls}'><thead>{head_rows}</thead><tbody>{rows}</tbody></table>"
        return f"<table class='{cls}'><tbody>{head_rows}{''.join(body)}</tbody></table>"

    def th_row(
        self,
        roles: list[str],
        label: Callable[[str], str] | None = None,
        numeric: AbstractSet[str] = _NUMERIC,
    ) -> str:
        """The header row: ``label`` (by default ``head``) over each role's column."""
        label = label or self.head
        ths = "".join(
            f"<th class='{'num' if r in numeric else ''} c-{r}'>{esc(label(r))}</th>" for r in roles
        )
        return f"<tr class='head'>{ths}</tr>"

    def cells(
        self,
        roles: list[str],
        it: Item,
        n: int,
        row: Row,
        value: CellValue | None = None,
        numeric: AbstractSet[str] = _NUMERIC,
    ) -> str:
        """The cells of position ``n``, one a role, drawn by ``value`` (by default ``value``);
        the ``numeric`` roles' cells set right."""
        value = value or self.value
        return "".join(
            f"<td class='{'num' if r in numeric else ''} c-{r}'>{value(r, it, n, row)}</td>"
            for r in roles
        )

    def td_row(self, roles: list[str], it: Item, n: int, row: Row, cls: str = "") -> str:
        return f"<tr class='{cls}'>{self.cells(roles, it, n, row)}</tr>"

    def item_rows(
        self, roles: list[str], value: CellValue, numeric: AbstractSet[str] = _NUMERIC
    ) -> list[str]:
        """One plain ``<tr>`` a position, its truth row opened before its cells are drawn."""
        return [
            f"<tr>{self.cells(roles, it, n, self.out.row(), value, numeric)}</tr>"
            for n, it in enumerate(self.d.items, 1)
        ]

    def numbers(self) -> list[str]:
        d = self.d
        roles = ["quantity"]
        if "unit" in self.o["extras"]:
            roles.append("unit")
        if d.priced:
            roles.append("unit_price")
            if d.sales_tax is None and self.rng.random() < 0.4:
                roles.append("tax_rate")
            roles.append("line_total")
        return roles

    # the four tables ------------------------------------------------------------------------
    def table(self) -> str:
        return {
            "tbl_two_line": self.two_line_table,
            "tbl_reordered": self.reordered_table,
            "tbl_grouped": self.grouped_table,
            "tbl_plain": self.plain_table,
        }[self.f.renderer]()

    def two_line_table(self) -> str:
        """Code and numbers on the first line, the description under them (or the
        description first and the numbers under it)."""
        nums = self.numbers()
        has_sku = self.o["sku"] == "column"
        desc_first = self.rng.random() < 0.45
        lead = ["sku"] if has_sku else []
        roles = lead + nums
        if not has_sku:
            roles = ["line_no", *nums]
        width = len(roles)
        head = self.th_row(roles)
        sub = f"<tr class='head sub'><th colspan='{width}'>{esc(self.word('desc_head'))}</th></tr>"
        head_rows = (sub + head) if desc_first else (head + sub)
        body = []
        for n, it in enumerate(self.d.items, 1):
            row = self.out.row()
            text = self.desc(it, row)
            desc = f"<tr class='d2'><td colspan='{width}'><div class='wrapd'>{text}</div></td></tr>"
            if it.detail is None and self.rng.random() < 0.3:
                desc = desc.replace("class='d2'", "class='d2 b'")
            nums_row = self.td_row(roles, it, n, row, "n2")
            body.append(
                f"<tbody class='pos'>{desc}{nums_row}</tbody>"
                if desc_first
                else f"<tbody class='pos'>{nums_row}{desc}</tbody>"
            )
        # the two lines of a position are set close, positions apart
        cls = f"items rules-{self.o['rules']} tbl_two_line {'dfirst' if desc_first else 'nfirst'}"
        thead = (
            f"<thead>{head_rows}</thead>"
            if self.o["repeat_header"]
            else f"<tbody>{head_rows}</tbody>"
        )
        return f"<table class='{cls}'>{thead}{''.join(body)}</table>"

    def reordered_table(self) -> str:
        """The amount before the description, the quantity last, maybe a price per 100."""
        d, rng = self.d, self.rng
        has_sku = self.o["sku"] == "column"
        per100 = d.priced and rng.random() < 0.35
        price = "per100" if per100 else "unit_price"
        if not d.priced:
            orders = [
                ["sku", "description", "unit", "quantity"],
                ["description", "sku", "quantity"],
            ]
        else:
            orders = [
                ["line_total", "description", "sku", price, "quantity"],
                ["sku", "line_total", price, "description", "quantity"],
                ["line_total", "quantity", "sku", "description", price],
                ["description", "line_total", price, "unit", "quantity"],
                ["sku", price, "line_total", "description", "unit", "quantity"],
            ]
        roles = rng.choice(orders)
        if not has_sku:
            roles = [r for r in roles if r != "sku"]
        if "line_no" in self.o["extras"]:
            roles = ["line_no", *roles]
        body = [self.td_row(roles, it, n, self.out.row()) for n, it in enumerate(d.items, 1)]
        return self.wrap(self.th_row(roles), body)

    def grouped_table(self) -> str:
        """Sections with a heading and a subtotal line; a position-number column."""
        d, rng, s = self.d, self.rng, self.s
        items = d.items
        k = min(len(items), rng.choice([2, 2, 3, 4]))
        cuts = sorted(rng.sample(range(1, len(items)), k - 1)) if k > 1 else []
        groups = [items[a:b] for a, b in zip([0, *cuts], [*cuts, len(items)], strict=True)]
        topics = list(TABLE_WORDS[self.lang]["topics"])
        rng.shuffle(topics)
        dotted = rng.random() < 0.6
        roles = ["line_no"] + (["sku"] if self.o["sku"] == "column" else []) + ["description"]
        roles += self.numbers()
        width = len(roles)
        body = []
        n_run = 0
        for g, group in enumerate(groups, 1):
            t = topics[(g - 1) % len(topics)]
            title = self.word("section", n=str(g), N="ABCDEFGH"[g - 1], t=t)
            body.append(f"<tr class='sect'><td colspan='{width}'>{esc(title)}</td></tr>")
            for j, it in enumerate(group, 1):
                n_run += 1
                tr = self.td_row(roles, it, n_run, self.out.row())
                if dotted:
                    tr = tr.replace(f">{n_run}</td>", f">{g}.{j}</td>", 1)
                body.append(tr)
            if d.priced and len(groups) > 1:
                sub = sum((i.total for i in group), Decimal(0))
                lab = self.word("subtotal", n=str(g), t=t.lower())
                cells = [
                    f"<td class='num'>{esc(s.money(sub, with_currency=False))}</td>"
                    if r == "line_total"
                    else ""
                    for r in roles
                ]
                span = roles.index("line_total")
                tds = f"<td colspan='{span}' class='sublab'>{esc(lab)}</td>" + "".join(
                    c or "<td></td>" for c in cells[span:]
                )
                body.append(f"<tr class='subt'>{tds}</tr>")
        return self.wrap(self.th_row(roles), body)

    def plain_table(self) -> str:
        """No rules, plain heads, whitespace between values; discount % and VAT letter."""
        d = self.d
        roles = (["sku"] if self.o["sku"] == "column" else []) + ["description", "quantity"]
        if "unit" in self.o["extras"]:
            roles.append("unit")
        legend = ""
        if d.priced:
            roles += ["unit_price", "discount", "line_total"]
            if d.sales_tax is None:
                roles.append("code")
                codes = self._codes()
                m = ", ".join(f"{c} = {self.s.rate(r)}" for r, c in codes.items())
                legend = f"<div class='legend'>{esc(self.word('legend', m=m))}</div>"
        body = [self.td_row(roles, it, n, self.out.row()) for n, it in enumerate(d.items, 1)]
        return self.wrap(self.th_row(roles), body) + legend

    def css(self) -> str:
        return (
            super().css()
            + """
table.items tr.sect td { font-weight: bold; padding-top: 4pt; }
table.items tr.subt td { font-style: italic; border-top: 0.4pt solid #777; }
table.items td.sublab { text-align: right; }
table.items tbody.pos { break-inside: avoid; }
table.nfirst tr.d2 td, table.dfirst tr.n2 td { padding-top: 0; }
table.nfirst tr.n2 td, table.dfirst tr.d2 td { padding-bottom: 0; }
table.items tbody.pos tr:first-child td { padding-top: 4pt; }
table.items tr.d2.b td { font-weight: bold; }
table.items .wrapd { max-width: 42%; }
table.tbl_two_line tr.sub th { font-style: italic; font-weight: normal; }
table.tbl_plain th { font-weight: normal; border: none; }
table.tbl_plain td, table.tbl_plain th { padding: 1pt 7pt 1pt 0; }
.legend { font-size: 0.85em; margin: 1mm 0 3mm 0; }
"""
        )


# ---- codes and units inside other cells (table_families.CODE_SPECS) ----------------------

CODE_RENDERERS = ("tbl_code_cell", "tbl_glued")

CODE_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "label": ["Réf.", "Réf. :", "Art.-Nr.", "Code", "Article"],
        "below": ["Code :", "Réf. :", "Art. :"],
        "desc_head": ["Désignation", "Article", "Libellé", "Description"],
        "lineno_code": ["N° / Réf.", "Pos. Code", "Réf."],
    },
    "en": {
        "label": ["Ref.", "Ref:", "Art.-Nr.", "Item no.", "Code"],
        "below": ["Code:", "Ref.:", "Item code:"],
        "desc_head": ["Description", "Item", "Product", "Details"],
        "lineno_code": ["# / Code", "Pos. Code", "Item"],
    },
}

# where tbl_code_cell prints the code in the description cell
PLACEMENTS = (
    "prefix",  # "ABC-123 Widget"
    "prefix_dash",  # "ABC-123 – Widget"
    "suffix_paren",  # "Widget (ABC-123)"
    "suffix_bracket",  # "Widget [ABC-123]"
    "label",  # "Réf. ABC-123 – Widget"
    "second_line",  # "Widget" / "ABC-123"
    "first_line",  # "ABC-123" / "Widget"
    "code_below",  # "Widget" / "Code : ABC-123"
)
# the shapes of a document's codes
SHAPES = ("digits", "letters_digits", "letters_dash", "dotted", "spaced")
# how tbl_glued prints its quantity and unit
QTY_MODES = ("in_desc", "unit_in_qty", "x_in_qty", "unit_in_desc")


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHKLMNPRSTVXZ") for _ in range(n))


def draw_code(rng: random.Random, shape: str) -> str:
    """An article code of ``shape``."""
    if shape == "digits":
        return str(rng.randint(10000, 9999999))
    if shape == "letters_digits":
        return f"{_letters(rng, rng.choice([2, 3]))}{rng.randint(100, 99999)}"
    if shape == "letters_dash":
        tail = rng.choice(["", _letters(rng, 1)])
        return f"{_letters(rng, rng.choice([2, 3]))}-{rng.randint(10, 9999)}{tail}"
    if shape == "dotted":
        return ".".join(str(rng.randint(10, 99)) for _ in range(rng.choice([2, 3])))
    return f"{_letters(rng, 2)} {rng.randint(100, 999)} {rng.randint(10, 99)}"


class CodePage(TablePage):
    """A page whose line table prints the article code (and maybe the unit) inside another
    cell: the description's, or the line number's; the quantity maybe in the text."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        rng = self.rng
        shape = rng.choice(SHAPES)
        for it in doc.items:
            if it.sku is not None:
                it.sku = draw_code(rng, shape)
        self.o["placement"] = rng.choice(PLACEMENTS)
        self.o["dash"] = rng.choice([" – ", " - ", " : "])
        self.o["glued_sku"] = rng.choice(["lineno_sku", "column", "none"])
        self.o["qty_mode"] = rng.choice(QTY_MODES)
        self.o["times"] = rng.choice(["{q} x ", "{q}x ", "{q} {u} "])
        self.o["vat_col"] = rng.random() < 0.3

    def code_word(self, key: str) -> str:
        return self.drawn_once(f"__code_{key}", CODE_WORDS[self.lang][key])

    def head(self, role: str) -> str:
        if role == "description":
            return self.code_word("desc_head")
        if role == "lineno_code":
            return self.code_word("lineno_code")
        return super().head(role)

    def table(self) -> str:
        if self.f.renderer == "tbl_code_cell":
            return self.code_cell_table()
        return self.glued_table()

    def price_roles(self) -> list[str]:
        d = self.d
        if not d.priced:
            return []
        roles = ["unit_price"]
        if d.sales_tax is None and self.o["vat_col"]:
            roles.append("tax_rate")
        return [*roles, "line_total"]

    # tbl_code_cell -----------------------------------------------------------------------
    def code_in_text(self, it: Item, row: Row) -> str:
        """The description cell with the code where the document prints it."""
        text = esc(row.put("description", it.full_description, it.description))
        if it.detail:
            text += f"<br><span class='detail'>{esc(it.detail)}</span>"
        if not it.sku:
            return text
        code = f"<span class='cd'>{esc(row.put('sku', it.sku, it.sku))}</span>"
        where, dash = self.o["placement"], esc(self.o["dash"])
        if where == "prefix":
            return f"{code} {text}"
        if where == "prefix_dash":
            return f"{code}{dash}{text}"
        if where == "suffix_paren":
            return self._after_text(it, text, f" ({code})")
        if where == "suffix_bracket":
            return self._after_text(it, text, f" [{code}]")
        if where == "label":
            return f"{esc(self.code_word('label'))} {code}{dash}{text}"
        if where == "second_line":
            return f"{text}<br><span class='detail'>{code}</span>"
        if where == "first_line":
            return f"<span class='detail'>{code}</span><br>{text}"
        return f"{text}<br><span class='detail'>{esc(self.code_word('below'))} {code}</span>"

    @staticmethod
    def _after_text(it: Item, text: str, tail: str) -> str:
        """``tail`` right after the description's first line (before a detail line)."""
        first = esc(it.description)
        return text.replace(first, first + tail, 1)

    def code_cell_table(self) -> str:
        extras = self.o["extras"]
        roles = ["description", "quantity"]
        if self.rng.random() < 0.2:
            roles = ["quantity", "description"]
        if "unit" in extras:
            roles.insert(roles.index("quantity") + 1, "unit")
        if "line_no" in extras:
            roles = ["line_no", *roles]
        roles += self.price_roles()
        body = self.item_rows(roles, self.code_cell_value)  # drawn before the header's words
        return self.wrap(self.th_row(roles), body)

    def code_cell_value(self, role: str, it: Item, n: int, row: Row) -> str:
        if role == "description":
            return self.code_in_text(it, row)
        return self.cell(role, it, n, row)

    # tbl_glued ---------------------------------------------------------------------------
    def glued_value(self, role: str, it: Item, n: int, row: Row) -> str:
        s, mode = self.s, self.o["qty_mode"]
        if role == "lineno_code":
            code = esc(row.put("sku", it.sku, it.sku)) if it.sku else ""
            return f"<span class='cd'>{n}&nbsp;&nbsp;{code}</span>"
        if role == "description":
            text = esc(row.put("description", it.full_description, it.description))
            if mode == "unit_in_desc" and it.unit:
                text += f" / {esc(row.put('unit', it.unit, it.unit))}"
            if mode == "in_desc":
                q = esc(row.put("quantity", _qty(it), s.quantity(it.quantity)))
                form = self.o["times"]
                if "{u}" in form and not it.unit:
                    form = "{q} x "
                u = esc(row.put("unit", it.unit, it.unit)) if "{u}" in form else ""
                text = form.replace("{q}", q).replace("{u}", u) + text
            if it.detail:
                text += f"<br><span class='detail'>{esc(it.detail)}</span>"
            return text
        if role == "quantity":
            q = esc(row.put("quantity", _qty(it), s.quantity(it.quantity)))
            if mode == "unit_in_qty" and it.unit:
                return f"{q} {esc(row.put('unit', it.unit, it.unit))}"
            if mode == "x_in_qty":
                return f"{q}x"
            return q
        return self.value(role, it, n, row)

    def glued_table(self) -> str:
        extras, sku_mode, mode = self.o["extras"], self.o["glued_sku"], self.o["qty_mode"]
        if self.o["sku"] != "column":
            sku_mode = "none"
        roles: list[str] = []
        if sku_mode == "lineno_sku":
            roles.append("lineno_code")
        elif "line_no" in extras:
            roles.append("line_no")
        if sku_mode == "column":
            roles.append("sku")
        roles.append("description")
        if mode != "in_desc":
            roles.append("quantity")
            if "unit" in extras and mode == "x_in_qty":
                roles.append("unit")
        roles += self.price_roles()
        body = self.item_rows(roles, self.glued_value)  # drawn before the header's words
        return self.wrap(self.th_row(roles), body)

    def css(self) -> str:
        return super().css() + "\n.cd { white-space: nowrap; }\n"


def _qty(it: Item) -> str:
    return format(it.quantity.normalize(), "f")
