"""Pages of the reference-placement development families (``refgrid_families.py``).

A ``Refs3Page`` (refs3_pages.py: the blocks family's letterhead, parties, table and totals)
whose three references are labelled in the family's own concept wordings and set in places
no other family sets them: a ruled caption grid low on the page, the value before its
label, label and value in separate ruled boxes, a side column. Every field goes through
``Printed.put`` (the truth is what is printed); the other references (a file, an
agreement, a work order) are printed and are no field.
"""

from __future__ import annotations

from collections.abc import Callable

from samples.wild.page import caption_grids, esc
from samples.wild.refgrid_families import REFGRID_NAMES, REFGRID_WORDS
from samples.wild.refs3_pages import Refs3Page
from samples.wild.refs_pages import Pair

REFGRID_RENDERERS = REFGRID_NAMES

_CSS = """
table.rg-grid {{ border-collapse: collapse; margin: 4mm 0 3mm 0; }}
table.rg-grid th {{ font-weight: normal; font-size: 0.76em; text-align: left;
  padding: 0.6mm 2.5mm; border: 0.6pt solid {acc}; color: #333; }}
table.rg-grid td {{ padding: 0.8mm 2.5mm; border: 0.6pt solid {acc}; white-space: nowrap; }}
.rg-after {{ margin: 2mm 0 4mm 0; }}
.rg-after div {{ white-space: nowrap; margin: 0.4mm 0; }}
.rg-after .l {{ color: #555; font-size: 0.85em; }}
table.rg-ruled {{ border-collapse: separate; border-spacing: 1.5mm 1.2mm;
  margin: 2mm 0 3mm -1.5mm; }}
table.rg-ruled td {{ border: 0.7pt solid {acc}; padding: 0.6mm 2mm; white-space: nowrap; }}
table.rg-ruled td.l {{ font-size: 0.8em; color: #444; }}
.rg-wrap {{ display: flex; gap: 6mm; align-items: flex-start; }}
.rg-main {{ flex: 1 1 auto; min-width: 0; }}
.rg-aside {{ flex: 0 0 38mm; border-left: 0.6pt solid {acc}; padding-left: 3mm; margin-top: 2mm; }}
.rg-aside .c {{ font-size: 0.68em; text-transform: uppercase; color: {acc}; margin-top: 2.2mm; }}
.rg-aside .v {{ white-space: nowrap; }}
"""


class RefgridPage(Refs3Page):
    """A page of one of the ``refgrid_families`` families."""

    def w3(self, key: str) -> str:
        return self.drawn_once(f"__refgrid_{key}", REFGRID_WORDS[self.lang][key])

    def pairs(self) -> list[Pair]:
        """(label, value) of everything the family's header states: the document's number
        and date, the references (shuffled, with the others), then the dates and terms."""
        d, items = self.d, []
        if d.number:
            items.append((self.w3(f"own_{d.kind}"), self.number()))
        items += self.dated()[:1] + self.references(order_said=False) + self.dated()[1:]
        return items

    # the four placements ----------------------------------------------------------------
    def grid(self, items: list[Pair]) -> str:
        """Caption cells over value cells, ruled, a few to a grid."""
        return caption_grids(items, self.rng.choice([3, 4, 5]), "rg-grid")

    def after(self, items: list[Pair]) -> str:
        """The value first, then its label in parentheses or after a dash."""
        dash = self.rng.random() < 0.5
        lines = []
        for lab, val in items:
            tail = f"— {lab}" if dash else f"({lab.lower()})"
            lines.append(f"<div><b>{esc(val)}</b> <span class='l'>{esc(tail)}</span></div>")
        return f"<div class='rg-after'>{''.join(lines)}</div>"

    def ruled(self, items: list[Pair]) -> str:
        """Each label and each value in a ruled box of its own, two pairs to a row."""
        rows = []
        for i in range(0, len(items), 2):
            cells = "".join(
                f"<td class='l'>{esc(lab)}</td><td>{esc(val)}</td>" for lab, val in items[i : i + 2]
            )
            rows.append(f"<tr>{cells}</tr>")
        return f"<table class='rg-ruled'>{''.join(rows)}</table>"

    def side(self, items: list[Pair]) -> str:
        """A column of captions over their values, to set beside the page's main block."""
        cells = "".join(
            f"<div class='c'>{esc(lab)}</div><div class='v'>{esc(val)}</div>" for lab, val in items
        )
        return f"<div class='rg-aside'>{cells}</div>"

    def heads(self) -> dict[str, Callable[[], str]]:
        return {name: lambda: "" for name in REFGRID_NAMES}

    # page ---------------------------------------------------------------------------------
    def body(self) -> str:
        d, r = self.d, self.f.renderer
        lh = self.letterhead()
        title = f"<h1 class='title'>{esc(self.title())}</h1>"
        items = self.pairs()
        said = self.sentences()
        text = f"<div class='hu-text'>{' '.join(said)}</div>" if said else ""
        pr = self.window_row()
        main = self.table() + (self.totals() if d.priced else "")
        if r == "rg_lowgrid":
            grid = self.grid(items)
            if self.rng.random() < 0.5:
                content = f"{lh}{pr}{title}{text}{main}{grid}{self.notes()}"
            else:
                content = f"{lh}{title}{pr}{text}{grid}{main}{self.notes()}"
        elif r == "rg_after":
            content = f"{lh}{pr}{title}{self.after(items)}{text}{main}{self.notes()}"
        elif r == "rg_ruled":
            content = f"{lh}{title}{pr}{self.ruled(items)}{text}{main}{self.notes()}"
        else:
            inner = f"{pr}{title}{text}{main}"
            content = (
                f"{lh}<div class='rg-wrap'><div class='rg-main'>{inner}</div>"
                f"{self.side(items)}</div>{self.notes()}"
            )
        return self.with_legal(content)

    def css(self) -> str:
        return super().css() + _CSS.format(acc=self.o["accent"])
