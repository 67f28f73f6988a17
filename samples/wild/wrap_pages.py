"""Pages of the description-lines development family (``wrap_families.py``).

Everything but the line table is drawn as ``RowPage`` draws it. Truth discipline as
everywhere (``printed.py``): every truth value goes through ``Row.put``. The description is
all of its printed lines, joined with a space in the order they are printed, whichever
table row each line stands on.
"""

from __future__ import annotations

import random
import textwrap

from samples.wild.content import Doc, Item
from samples.wild.families import Family
from samples.wild.page import esc
from samples.wild.printed import Row
from samples.wild.row_pages import RowPage

WRAP_RENDERERS = ("tbl_line_runs",)

# where an item's further description lines stand
WRAP_MODES = (
    "rows_under",  # table rows of their own under the row of numbers, same size
    "rows_under_small",  # the same, smaller and grey
    "rows_over",  # table rows of their own over it: the numbers on the last line
    "cell_padded",  # one cell, lines broken by hand, the row padded far wider than a line
)
# which rows carry a rule under them
WRAP_RULES = ("item", "line", "none")


def split_lines(text: str, parts: int) -> list[str]:
    """``text`` cut at spaces into at most ``parts`` lines of even length (the widths a
    fixed-width description field prints)."""
    words = text.split()
    parts = max(1, min(parts, len(words)))
    size = len(text) / parts
    lines: list[list[str]] = [[]]
    for word in words:
        current = " ".join(lines[-1])
        if lines[-1] and len(lines) < parts and len(current) + len(word) / 2 > size:
            lines.append([])
        lines[-1].append(word)
    return [" ".join(ws) for ws in lines]


class WrapPage(RowPage):
    """A page whose descriptions run over lines of their own."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        rng = self.rng
        self.o["wrap_mode"] = rng.choice(WRAP_MODES)
        self.o["wrap_rule"] = rng.choice(WRAP_RULES)
        self.o["pad"] = rng.choice((1.0, 2.5, 4.0))
        self.o["wrap_at"] = {k for k in range(len(doc.items)) if rng.random() < 0.6}
        self.o["parts"] = {k: rng.choice((2, 2, 3)) for k in range(len(doc.items))}
        self.o["field_width"] = rng.choice((22, 26, 30))

    def _lines(self, k: int, it: Item, row: Row) -> list[str]:
        full = it.full_description
        if self.o["wrap_mode"] != "cell_padded":
            # a fixed-width field: every line cut at the field's width
            lines = textwrap.wrap(full, self.o["field_width"], break_long_words=False)
        elif k in self.o["wrap_at"]:
            lines = split_lines(full, self.o["parts"][k])
        else:
            lines = [full]
        row.put("description", full, " ".join(lines))
        return [esc(line) for line in lines]

    def table(self) -> str:
        roles = self.item_roles()
        at = roles.index("description")
        mode = self.o["wrap_mode"]
        body = []
        for k, it in enumerate(self.d.items):
            n = k + 1
            row = self.out.row()
            lines = self._lines(k, it, row)

            def value(role: str, it: Item, n: int, row: Row, lines: list[str] = lines) -> str:
                if role != "description":
                    return self.row_value(role, it, n, row)
                if mode == "cell_padded":
                    return "<br>".join(lines)
                return lines[-1] if mode == "rows_over" else lines[0]

            numbers = f"<tr class='wn'>{self.cells(roles, it, n, row, value)}</tr>"
            rest = lines[:-1] if mode == "rows_over" else lines[1:]
            if mode == "cell_padded":
                rest = []
            extra = [
                f"<tr class='wl'>{'<td></td>' * at}<td class='c-description'>{line}</td>"
                f"{'<td></td>' * (len(roles) - at - 1)}</tr>"
                for line in rest
            ]
            group = [*extra, numbers] if mode == "rows_over" else [numbers, *extra]
            body.append(f"<tbody class='wpos'>{''.join(group)}</tbody>")
        cls = f"items rules-{self.o['rules']} tbl_line_runs wr-{self.o['wrap_rule']} wm-{mode}"
        head = self.th_row(roles)
        thead = f"<thead>{head}</thead>" if self.o["repeat_header"] else f"<tbody>{head}</tbody>"
        return f"<table class='{cls}'>{thead}{''.join(body)}</table>"

    def css(self) -> str:
        pad = self.o["pad"]
        return (
            super().css()
            + f"table.tbl_line_runs td {{ padding-top: {pad}pt; padding-bottom: {pad}pt;"
            + " vertical-align: top; }\n"
            + "table.tbl_line_runs tbody.wpos { break-inside: avoid; }\n"
            + "table.tbl_line_runs td { border-top: none !important;"
            + " border-bottom: none !important; }\n"
            + "table.wr-item tbody.wpos tr:last-child td"
            + " { border-bottom: 0.4pt solid #888 !important; }\n"
            + "table.wr-line tr.wn td, table.wr-line tr.wl td"
            + " { border-bottom: 0.4pt solid #bbb !important; }\n"
            + "table.wm-rows_under_small tr.wl td { font-size: 0.82em; color: #555; }\n"
            + "table.wm-cell_padded td { padding-top: 5pt; padding-bottom: 5pt; }\n"
            # a program that prints each line on a row of its own cuts the text itself:
            # no cell wraps
            + "table.wm-rows_under td, table.wm-rows_under_small td, table.wm-rows_over td"
            + " { white-space: nowrap; max-width: none; }\n"
        )
