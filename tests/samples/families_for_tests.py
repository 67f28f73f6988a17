"""What the tests of every generator family check alike, written once: that named-only
families are drawn only when named, that no wording of a family is a held-out one (a count,
never which), that a document is made again byte for byte, and that a document's truth is
what it prints. Each family's own test file keeps what is particular to its pages."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TypeVar

import pytest

from samples.wild.build import FamilyError, draw_page, make_one, select_families
from samples.wild.check import page_text
from samples.wild.chromium import Printer
from samples.wild.families import ALL_FAMILIES, DEV, FAMILIES, NAMED
from samples.wild.page import Page
from samples.wild.vocab import HELDOUT_ONLY
from tests.samples.test_wild import assert_truth_is_printed

# a family's word pools: language -> slot -> wordings
Words = Mapping[str, Mapping[str, Iterable[str]]]
P = TypeVar("P", bound=Page)
# the trade families the patches of the generator (retitle, typemix) are tried on
PATCHED_FAMILIES = ["erp_grid", "band_modern", "classic_window", "minimal_air", "us_corporate"]


def wordings(words: Words) -> set[str]:
    """Every wording of a family's pools, casefolded."""
    return {w.casefold() for pools in words.values() for ws in pools.values() for w in ws}


# the held-out-only wordings, compared and counted, never shown
HELD = wordings(HELDOUT_ONLY)


def held_out_clashes(ours: set[str]) -> int:
    """How many of ``ours`` are held-out-only wordings: a count only, the held-out wordings
    are not to be shown."""
    return len(ours & HELD)


def held_out_wordings(*pools: Words) -> int:
    """How many wordings of a family's ``pools`` are held-out-only ones; a count only."""
    return held_out_clashes(set().union(*(wordings(words) for words in pools)))


def held_out_printed(families: Iterable[str], seed: int, count: int) -> int:
    """How many drawn pages of ``families`` print a held-out-only wording somewhere (a word
    pool is not all a page prints: names, fixed captions); a count only."""
    hits = 0
    for family in families:
        for i in range(count):
            page, _kind, _lang = draw_page(seed, i, [family])
            html = page.render().html.casefold()
            hits += any(w in html for w in HELD)
    return hits


def assert_drawn_only_when_named(names: list[str], renderers: Iterable[object]) -> None:
    """Named-only families: each has its renderer, none is drawn by default or stands in a
    development or held-out set, one is drawn when named, and never in a held-out draw (so
    no existing recipe or pinned digest changes)."""
    assert {ALL_FAMILIES[n].renderer for n in names} == set(renderers)
    assert set(names) <= NAMED and not NAMED & set(FAMILIES) and not NAMED & set(DEV)
    assert not NAMED & set(select_families(None, False))
    assert select_families([names[0], "erp_grid"], False) == [names[0], "erp_grid"]
    with pytest.raises(FamilyError):
        select_families([names[0]], True)


def assert_made_again(printer: Printer, families: list[str], seed: int) -> None:
    """A document of each family, made twice, is the same byte for byte."""
    for i, family in enumerate(families):
        assert make_one(seed, i, [family], printer) == make_one(seed, i, [family], printer)


def made(printer: Printer, seed: int, i: int, family: str) -> tuple[dict[str, Any], str]:
    """The ``i``-th document of ``family``: its truth (checked to name the family and the
    pages printed) and the text its PDF prints."""
    _name, pdf, truth = make_one(seed, i, [family], printer)
    text, pages = page_text(pdf)
    assert truth["layout"] == family and truth["pages"] == pages
    return truth, text


def printed_truth(printer: Printer, seed: int, i: int, family: str) -> dict[str, Any]:
    """The ``i``-th document's truth, every value of which its PDF prints."""
    truth, text = made(printer, seed, i, family)
    assert_truth_is_printed(truth, text)
    return truth


def fields_seen(
    printer: Printer, families: list[str], seed: int, count: int, each: Iterable[str] = ()
) -> dict[str, set[str]]:
    """The fields the first ``count`` documents print, by family (the families drawn in
    turn), every document's truth checked to be printed and to hold the fields ``each``."""
    seen: dict[str, set[str]] = {f: set() for f in families}
    for i in range(count):
        family = families[i % len(families)]
        truth = printed_truth(printer, seed, i, family)
        assert set(each) <= set(truth["fields"]), family
        seen[family] |= set(truth["fields"])
    return seen


def drawn(seed: int, count: int, families: list[str], cls: type[P]) -> Iterator[tuple[P, str, str]]:
    """The first ``count`` pages drawn from ``families`` (each checked to be a ``cls``), with
    their kind and language; drawn only, not printed."""
    for i in range(count):
        page, kind, lang = draw_page(seed, i, families)
        assert isinstance(page, cls)
        yield page, kind, lang


def others_printed_as_no_field(pages: Iterable[Page], others: Iterable[str]) -> int:
    """How many of the references named ``others`` the ``pages`` hold, each checked to be
    printed on its page and to be the value of no field."""
    count = 0
    for page in pages:
        rendered = page.render()
        values = set(rendered.printed.fields.values())
        for ref in (getattr(page, name) for name in others):
            if ref:
                assert ref in rendered.html and ref not in values
                count += 1
    return count
