"""What the patched generators (``retitle``, ``typemix``, ``typecues``) draw alike for each
document: a random stream of their own keyed by the document (so the page's own draws, and
so every unpatched family, stay as they were), the language their pools are written in, a
place picked by shares, and their titles put on every page class that draws one."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from samples.wild.page import Page
from samples.wild.trade_pages import TradePage

TitleOf = Callable[[Page], str]
# set by name: the trade families draw their titles from their own method
_TITLE = "title"


def document_rng(tag: str, page: Page, what: str, pool: str) -> random.Random:
    """A stream for ``what`` of generator ``tag``'s pool ``pool`` on this document alone."""
    d = page.d
    return random.Random(f"{tag}:{what}:{pool}:{d.number}:{d.kind}:{d.issuer.name}")


def pool_language(page: Page) -> str:
    """The language of the pools for this page: theirs are written in French and English."""
    return page.lang if page.lang in ("fr", "en") else "en"


def by_share(pick: float, shares: Sequence[tuple[str, float]], default: str) -> str:
    """The name whose share ``pick`` (in [0, 1)) falls into, shares taken in turn;
    ``default`` past the last."""
    for name, share in shares:
        if pick < share:
            return name
        pick -= share
    return default


def patch_titles(wrap: Callable[[TitleOf], TitleOf]) -> None:
    """Every page class's title wrapped by ``wrap`` (the generic pages' and the trade
    families', which draw theirs from a method of their own)."""
    for page_class in (Page, TradePage):
        setattr(page_class, _TITLE, wrap(page_class.title))
