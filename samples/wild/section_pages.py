"""Pages of the section families ``sec_banded`` and ``sec_carried`` (``section_families.py``).

Everything but the line table is drawn as ``TablePage`` draws it. Truth discipline as
everywhere (``printed.py``): every truth value goes through ``Row.put``; a section's
heading, its subtotal and a carried-forward amount are no row and no part of a
description.
"""

from __future__ import annotations

import random
from decimal import Decimal

from samples.wild.content import Doc, Item
from samples.wild.families import Family
from samples.wild.page import esc
from samples.wild.table_pages import TablePage

SECTION_RENDERERS = ("sec_banded", "sec_carried")

# how sec_banded sets a section's heading and its subtotal
HEADINGS = ("band", "in_desc", "in_desc_amount", "code_col", "caps", "with_count")
SUBTOTALS = ("in_desc", "in_desc_qty", "label_left", "recap", "none")
# where sec_carried prints its carried amounts' label
CARRY_LABELS = ("right_span", "in_desc", "leaders")

# wordings of these families (checked against the held-out wordings by the tests)
SECTION_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "heading": ["{t}", "{L} – {t}", "Rubrique {L} : {t}", "Poste {n} – {t}"],
        "group_code": ["LOT {n}", "{L}", "R{n}"],
        "subtotal": ["Total {t}", "Sous-total", "Total rubrique {L}", "Montant {t}"],
        "topics": [
            "Électricité",
            "Peinture",
            "Menuiserie",
            "Quincaillerie",
            "Bureautique",
            "Entretien",
            "Outillage",
        ],
        "carried": ["À reporter", "Report à la page suivante", "Total à reporter"],
        "brought": ["Report", "Report de la page précédente", "Reporté"],
        "recap": ["Récapitulatif par rubrique", "Récapitulatif"],
        "count": ["{k} art.", "{k} lignes"],
    },
    "en": {
        "heading": ["{t}", "{L} – {t}", "Group {L}: {t}", "Area {n} – {t}"],
        "group_code": ["GRP {n}", "{L}", "G{n}"],
        "subtotal": ["Total {t}", "Subtotal", "Group {L} total", "{t} subtotal"],
        "topics": [
            "Electrical",
            "Painting",
            "Joinery",
            "Hardware",
            "Office supplies",
            "Cleaning",
            "Tools",
        ],
        "carried": ["Carried forward", "Balance carried forward", "To next page"],
        "brought": ["Brought forward", "Balance brought forward", "From previous page"],
        "recap": ["Summary by group", "Recap"],
        "count": ["{k} items", "{k} lines"],
    },
}

# items on the first page and on each following one of a sec_carried table
_FIRST_PAGE = (5, 6, 7)
_NEXT_PAGES = (12, 14, 16)


class SectionPage(TablePage):
    """A page whose line table is cut by section rows or by page ends."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        rng = self.rng
        self.o["heading"] = rng.choice(HEADINGS)
        self.o["subtotal"] = rng.choice(SUBTOTALS)
        self.o["first_page"] = rng.choice(_FIRST_PAGE)
        self.o["next_pages"] = rng.choice(_NEXT_PAGES)
        self.o["brought"] = rng.random() < 0.75
        self.o["carry_label"] = rng.choice(CARRY_LABELS)

    def sect_word(self, key: str, **kw: str) -> str:
        text = self.drawn_once(f"__sect_{key}", SECTION_WORDS[self.lang][key])
        for k, v in kw.items():
            text = text.replace("{" + k + "}", v)
        return text

    def roles(self) -> list[str]:
        roles = (["sku"] if self.o["sku"] == "column" else []) + ["description"]
        return roles + self.numbers()

    def plain_money(self, value: Decimal) -> str:
        return esc(self.s.money(value, with_currency=False))

    def table(self) -> str:
        if self.f.renderer == "sec_carried":
            return self.carried_tables()
        return self.banded_table()

    # sec_banded -----------------------------------------------------------------------
    def _groups(self) -> list[list[Item]]:
        items, rng = self.d.items, self.rng
        k = min(len(items), rng.choice([2, 3, 3, 4]))
        cuts = sorted(rng.sample(range(1, len(items)), k - 1)) if k > 1 else []
        return [items[a:b] for a, b in zip([0, *cuts], [*cuts, len(items)], strict=True)]

    def _line(self, roles: list[str], texts: dict[str, str], cls: str) -> str:
        """A row of the table with ``texts`` in their roles' cells, the others empty."""
        tds = "".join(
            f"<td class='{'num' if r != 'description' and r != 'sku' else ''} c-{r}'>"
            f"{texts.get(r, '')}</td>"
            for r in roles
        )
        return f"<tr class='{cls}'>{tds}</tr>"

    def banded_table(self) -> str:
        d = self.d
        roles = self.roles()
        width = len(roles)
        topics = list(SECTION_WORDS[self.lang]["topics"])
        self.rng.shuffle(topics)
        heading, subtotal = self.o["heading"], self.o["subtotal"]
        if not d.priced:
            heading = "band" if heading == "in_desc_amount" else heading
            subtotal = "none"
        body: list[str] = []
        recap: list[tuple[str, Decimal]] = []
        for g, group in enumerate(self._groups(), 1):
            t = topics[(g - 1) % len(topics)]
            title = esc(self.sect_word("heading", t=t, L="ABCDEFGH"[g - 1], n=str(g)))
            amount = sum((i.total for i in group), Decimal(0))
            if heading == "band":
                body.append(f"<tr class='sect'><td colspan='{width}'>{title}</td></tr>")
            elif heading == "in_desc":
                body.append(self._line(roles, {"description": title}, "sect"))
            elif heading == "code_col":
                lead = roles[0]
                code = f"{self.sect_word('group_code', n=str(g), L='ABCDEFGH'[g - 1])}"
                texts = {lead: esc(code)}
                texts["description"] = esc(t) if lead != "description" else esc(f"{code} {t}")
                body.append(self._line(roles, texts, "sect"))
            elif heading == "caps":
                body.append(self._line(roles, {"description": esc(t.upper())}, "sect"))
            elif heading == "with_count":
                count = self.sect_word("count", k=str(len(group)))
                body.append(self._line(roles, {"description": f"{esc(t)} ({esc(count)})"}, "sect"))
            else:
                texts = {"description": title, "line_total": self.plain_money(amount)}
                body.append(self._line(roles, texts, "sect"))
            for n, it in enumerate(group, 1):
                body.append(self.td_row(roles, it, n, self.out.row()))
            recap.append((t, amount))
            if subtotal in ("none", "recap") or heading == "in_desc_amount":
                continue
            label = esc(self.sect_word("subtotal", t=t.lower(), L="ABCDEFGH"[g - 1]))
            if subtotal == "label_left":
                span = roles.index("line_total")
                body.append(
                    f"<tr class='subt'><td colspan='{span}' class='subleft'>{label}</td>"
                    f"<td class='num'>{self.plain_money(amount)}</td></tr>"
                )
                continue
            texts = {"description": label, "line_total": self.plain_money(amount)}
            if subtotal == "in_desc_qty":
                qty_sum = sum((i.quantity for i in group), Decimal(0))
                texts["quantity"] = esc(self.s.quantity(qty_sum))
            body.append(self._line(roles, texts, "subt"))
        if subtotal == "recap" and heading != "in_desc_amount" and len(recap) > 1:
            head = esc(self.sect_word("recap"))
            body.append(f"<tr class='sect'><td colspan='{width}'>{head}</td></tr>")
            for t, amount in recap:
                texts = {"description": esc(t), "line_total": self.plain_money(amount)}
                body.append(self._line(roles, texts, "recap"))
        return self.wrap(self.th_row(roles), body)

    # sec_carried ----------------------------------------------------------------------
    def carried_tables(self) -> str:
        d = self.d
        roles = self.roles()
        first, nxt = self.o["first_page"], self.o["next_pages"]
        chunks: list[list[Item]] = []
        at = 0
        while at < len(d.items):
            size = first if not chunks else nxt
            chunks.append(d.items[at : at + size])
            at += size
        out: list[str] = []
        running = Decimal(0)
        n = 0
        for c, chunk in enumerate(chunks):
            body: list[str] = []
            if c and d.priced and self.o["brought"]:
                label = esc(self.sect_word("brought"))
                body.append(self._carry_row(roles, label, running))
            for it in chunk:
                n += 1
                body.append(self.td_row(roles, it, n, self.out.row()))
                running += it.total
            last = c == len(chunks) - 1
            if not last and d.priced:
                body.append(self._carry_row(roles, esc(self.sect_word("carried")), running))
            head = self.th_row(roles)
            cls = f"items rules-{self.o['rules']} sec_carried"
            table = f"<table class='{cls}'><thead>{head}</thead><tbody>{''.join(body)}</tbody>"
            out.append(table + "</table>" + ("" if last else "<div class='pgbrk'></div>"))
        return "".join(out)

    def _carry_row(self, roles: list[str], label: str, amount: Decimal) -> str:
        where = self.o["carry_label"]
        if where != "right_span":
            if where == "leaders":
                label = f"{label} {'.' * 24}"
            texts = {"description": label, "line_total": self.plain_money(amount)}
            return self._line(roles, texts, "carry")
        span = roles.index("line_total")
        return (
            f"<tr class='carry'><td colspan='{span}' class='carrylab'>{label}</td>"
            f"<td class='num'>{self.plain_money(amount)}</td></tr>"
        )

    def css(self) -> str:
        return (
            super().css()
            + """
table.items tr.sect td { font-weight: bold; padding-top: 5pt; }
table.items tr.subt td { font-weight: bold; }
table.items tr.carry td { font-style: italic; }
table.items td.carrylab { text-align: right; }
table.items td.subleft { text-align: left; font-style: italic; }
table.items tr.recap td { font-style: italic; }
div.pgbrk { break-after: page; }
"""
        )
