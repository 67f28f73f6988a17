"""Pages of the type22 development families (``type22_families.py``): the document's kind
said where and how real senders say it, or not said at all.

The kind is printed in one of these ways per document (``MODES``): a plain title in the
sender's own wording, no title at all (the page's make-up must tell: a delivery note's
quantities without prices, a payment advice's list of paid invoices), the title in a
bordered box, in a rotated band down the left margin, or twice in two languages
("Facture / Invoice"). Half the pages add a sentence in the body that names another kind
("Ce bordereau ne vaut pas facture"). Pro formas (``quotation``) and statements
(``reminder``) are ``other``, whatever invoice word they print; they always keep a title.

Truth discipline as everywhere (``printed.py``); the type's truth is the kind's contract
type.
"""

from __future__ import annotations

import random

from samples.wild.content import Doc
from samples.wild.families import Family
from samples.wild.page import Page, esc
from samples.wild.type22_families import (
    BODY_NAMES,
    COMBINED,
    OTHER_LANGUAGE,
    POOLS,
    REPORT_FAMILIES,
    STAMPS,
    TYPE_CAPTIONS,
)

TYPE22_RENDERERS = ("type22_box", "type22_band", "type22_memo", "type22_grid")

# how each family draws the way the kind is printed
MODES: dict[str, tuple[str, ...]] = {
    "type22_box": ("box", "none", "double", "own", "stamp", "spaced", "cell", "combined"),
    "type22_band": ("band", "none", "double", "own", "stamp", "spaced", "cell", "combined"),
    "type22_memo": ("late", "none", "double", "box", "stamp", "spaced", "cell", "combined"),
    "type22_grid": ("own", "band", "none", "double", "stamp", "spaced", "cell", "combined"),
}

_CSS = """
.t22-box {{ border: 1.2pt solid {acc}; padding: 1.5mm 4mm; display: inline-block;
  font-size: 1.5em; font-weight: bold; color: {acc}; margin: 0 0 2mm 0; }}
.t22-wrap {{ display: flex; gap: 4mm; }}
.t22-band {{ background: {acc}; color: white; writing-mode: vertical-rl;
  transform: rotate(180deg); font-size: 1.6em; font-weight: bold; padding: 3mm 1.5mm;
  letter-spacing: 0.08em; text-align: right; }}
.t22-main {{ flex: 1; }}
.t22-says {{ margin: 2mm 0; }}
.t22-small {{ font-size: 0.8em; color: #444; margin-bottom: 2mm; }}
"""


class Type22Page(Page):
    """A page of one of the type22 families."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        self.pool = POOLS["report" if fam.name in REPORT_FAMILIES else "tune"]
        self.mode = rng.choice(MODES.get(fam.renderer, ("own",)))
        if self.mode == "none" and doc.kind in ("quotation", "reminder"):
            self.mode = "own"  # a pro forma or a statement untitled is not readable as one
        if self.mode == "combined" and doc.kind not in COMBINED:
            self.mode = "own"
        self.names_other = rng.random() < 0.5
        if self.mode in ("none", "cell"):
            # no kind in the number's label either: "N°", "Référence"
            self._labels["__number"] = rng.choice(
                ["N°", "Référence", "Numéro"]
                if self.lang == "fr"
                else ["No.", "Reference", "Number"]
            )
        if self.o["meta"] == "title_sentence":
            self.o["meta"] = "inline"

    def title(self) -> str:
        if self.mode == "none":
            return ""
        if self.mode == "combined":
            return self.drawn_title({self.lang: {self.d.kind: COMBINED[self.d.kind][self.lang]}})
        return self.drawn_title(self.pool)

    def second_title(self) -> str:
        other = OTHER_LANGUAGE.get(self.lang, "en")
        t = self.drawn_once("__t22_second", self.pool[other][self.d.kind])
        return t.upper() if self.o["title_case"] == "upper" else t

    def title_html(self) -> str:
        mode = self.mode
        if mode in ("none", "band", "late", "cell"):
            return ""
        if mode == "stamp":
            stamp = self.drawn_once("__t22_stamp", STAMPS[self.lang])
            return (
                f"<h1 class='title'>{esc(stamp)}</h1>"
                f"<div class='t22-small'>{esc(self.title())}</div>"
            )
        if mode == "spaced":
            return f"<h1 class='title'>{esc(' '.join(self.title().upper()))}</h1>"
        if mode == "box":
            return f"<div class='t22-box'>{esc(self.title())}</div>"
        if mode == "double":
            return f"<h1 class='title'>{esc(self.title())} / {esc(self.second_title())}</h1>"
        return f"<h1 class='title'>{esc(self.title())}</h1>"

    def meta_items(self) -> list[tuple[str, str]]:
        items = super().meta_items()
        if self.mode == "cell":
            caption = self.drawn_once("__t22_caption", TYPE_CAPTIONS[self.lang])
            items.insert(0, (caption, self.title()))
        return items

    def notes(self) -> str:
        said = ""
        if self.names_other:
            pool = BODY_NAMES.get(self.d.kind, {}).get(self.lang, [])
            if pool:
                said = f"<p class='t22-says'>{esc(self.rng.choice(pool))}</p>"
        return said + super().notes()

    def body(self) -> str:
        content = super().body()
        if self.mode == "late":
            # the kind said under the parties' blocks, over the table (a letter's "Objet")
            h = f"<h2 class='title'>{esc(self.title())}</h2>"
            cut = content.find("<table")
            content = content[:cut] + h + content[cut:] if cut >= 0 else h + content
        if self.mode == "band":
            band = f"<div class='t22-band'>{esc(self.title())}</div>"
            return f"<div class='t22-wrap'>{band}<div class='t22-main'>{content}</div></div>"
        return content

    def css(self) -> str:
        return super().css() + _CSS.format(acc=self.o["accent"])
