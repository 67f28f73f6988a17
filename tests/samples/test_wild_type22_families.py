"""The type22 development families (samples/wild/type22_pages.py): drawn only when named,
no held-out wording, made again byte for byte, their truth printed; every way of saying the
kind is drawn, and an untitled page prints no kind's name in its title's place."""

from __future__ import annotations

from samples.wild.build import draw_page
from samples.wild.chromium import Printer
from samples.wild.families import TYPE22_FAMILIES
from samples.wild.type22_families import (
    BODY_NAMES,
    COMBINED,
    REPORT,
    REPORT_FAMILIES,
    TUNE,
    TUNE_FAMILIES,
)
from samples.wild.type22_pages import MODES, TYPE22_RENDERERS, Type22Page
from tests.samples.families_for_tests import (
    assert_drawn_only_when_named,
    assert_made_again,
    held_out_wordings,
    printed_truth,
)

_NAMES = sorted([*TUNE_FAMILIES, *REPORT_FAMILIES])


def test_the_families_are_drawn_only_when_named() -> None:
    assert sorted(TYPE22_FAMILIES) == _NAMES
    assert_drawn_only_when_named(_NAMES, TYPE22_RENDERERS)


def test_no_wording_of_these_families_is_held_out_only() -> None:
    body = {lang: {k: pool[lang] for k, pool in BODY_NAMES.items()} for lang in ("fr", "en")}
    joint = {lang: {k: pool[lang] for k, pool in COMBINED.items()} for lang in ("fr", "en")}
    assert held_out_wordings(TUNE, REPORT, body, joint) == 0


def test_the_tune_and_report_halves_title_in_their_own_wordings() -> None:
    for lang in ("fr", "en"):
        for kind, titles in TUNE[lang].items():
            assert not set(titles) & set(REPORT[lang][kind])


def test_a_document_is_made_again_byte_for_byte(printer: Printer) -> None:
    assert_made_again(printer, _NAMES[:2], 2218)


def test_documents_print_exactly_their_truth(printer: Printer) -> None:
    for i in range(4):
        truth = printed_truth(printer, 2219, i, _NAMES[i % 4])
        assert truth["doc_type"]


def test_every_way_of_saying_the_kind_is_drawn() -> None:
    modes: set[str] = set()
    for i in range(120):
        page, _kind, _lang = draw_page(2220, i, _NAMES)
        assert isinstance(page, Type22Page)
        modes.add(page.mode)
        if page.mode == "none":
            assert page.title() == "" and page.title_html() == ""
    assert modes == {m for ms in MODES.values() for m in ms}
