"""What every group of named-only generator families is tested for alike, as one table and
one parametrised test each, instead of the same test bodies copied into each group's file:
drawn only when named (so no default draw or pinned digest changes), no wording a held-out
one (a count, never which), a document made again byte for byte, and every document's truth
printed on it, with the lines or the fields the group exists for. The seeds and counts are
the ones each group's own file used; what is particular to a group's pages stays there."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pytest

from samples.wild.bare_pages import BARE_RENDERERS
from samples.wild.build import select_families
from samples.wild.cell_pages import CELL_RENDERERS
from samples.wild.chromium import Printer
from samples.wild.dates22_families import TERMS22, WORDS22
from samples.wild.dates22_pages import DATES22_RENDERERS
from samples.wild.dates_families import DATES_WORDS
from samples.wild.dates_pages import DATES_RENDERERS
from samples.wild.dates_words_families import WORDINGS as DATES_WORDS_WORDINGS
from samples.wild.dates_words_pages import DATES_WORDS_RENDERERS
from samples.wild.desc_pages import DESC_RENDERERS, DESC_WORDS
from samples.wild.families import (
    ALL_FAMILIES,
    BARE_FAMILIES,
    CELL_FAMILIES,
    CODE_FAMILIES,
    DATES22_FAMILIES,
    DATES_FAMILIES,
    DATES_WORDS_FAMILIES,
    DESC_FAMILIES,
    DEV,
    FAR_FAMILIES,
    GEO_FAMILIES,
    HEADER_FAMILIES,
    MARK_FAMILIES,
    P22_FAMILIES,
    PARTY_FAMILIES,
    REFGRID_FAMILIES,
    REFLIST_FAMILIES,
    REFS3_FAMILIES,
    REFS18_FAMILIES,
    REFS22_FAMILIES,
    REFS_FAMILIES,
    ROW_FAMILIES,
    SAYING_FAMILIES,
    SPOT_FAMILIES,
    TABLE_FAMILIES,
    TERMS_FAMILIES,
    TIGHT_FAMILIES,
    TWIN_FAMILIES,
    UNIT_RATE_FAMILIES,
    VAT_FAMILIES,
    WRAP_FAMILIES,
    Family,
)
from samples.wild.far_pages import FAR_RENDERERS, FAR_WORDS
from samples.wild.geo_pages import GEO_RENDERERS, GEO_WORDS
from samples.wild.header_families import HEADER_WORDS
from samples.wild.header_pages import HEADER_RENDERERS
from samples.wild.mark_pages import MARK_RENDERERS, MARK_WORDS
from samples.wild.page import Page
from samples.wild.parties22_families import P22_WORDS
from samples.wild.parties22_pages import P22_RENDERERS
from samples.wild.party_pages import PARTY_RENDERERS
from samples.wild.refgrid_families import REFGRID_WORDS
from samples.wild.refgrid_pages import REFGRID_RENDERERS, RefgridPage
from samples.wild.reflist_pages import REFLIST_RENDERERS, ReflistPage
from samples.wild.refs3_pages import REFS3_RENDERERS, Refs3Page
from samples.wild.refs18_families import REFS18_WORDS
from samples.wild.refs18_pages import REFS18_RENDERERS, Refs18Page
from samples.wild.refs22_families import REFS22_WORDS
from samples.wild.refs22_pages import REFS22_RENDERERS, Refs22Page
from samples.wild.refs_families import REFS_WORDS
from samples.wild.refs_pages import REFS_RENDERERS, RefsPage
from samples.wild.row_pages import ROW_RENDERERS, ROW_WORDS
from samples.wild.saying_families import SAYING_CLAUSES, SAYING_TERMS, SAYING_WORDS
from samples.wild.saying_pages import SAYING_RENDERERS
from samples.wild.spot_pages import SPOT_RENDERERS, SPOT_WORDS
from samples.wild.table_pages import CODE_RENDERERS, TABLE_RENDERERS, TABLE_WORDS
from samples.wild.terms_families import TERMS_CLAUSES, TERMS_VALUES, TERMS_WORDS
from samples.wild.terms_pages import TERMS_RENDERERS
from samples.wild.tight_pages import TIGHT_RENDERERS, TIGHT_WORDS
from samples.wild.twin_pages import TWIN_RENDERERS, TWIN_WORDS
from samples.wild.unit_rate_pages import UNIT_RATE_RENDERERS, UNIT_RATE_WORDS
from samples.wild.vat_pages import VAT_RENDERERS, VAT_WORDS
from samples.wild.wrap_pages import WRAP_RENDERERS
from tests.samples.families_for_tests import (
    Words,
    assert_drawn_only_when_named,
    assert_made_again,
    drawn,
    fields_seen,
    held_out_printed,
    held_out_wordings,
    others_printed_as_no_field,
    printed_truth,
)


@dataclass(frozen=True)
class Fields:
    """Documents drawn from the group's families in turn (``seed``, the first ``count``):
    each holds the fields ``each``, and each family prints the fields ``seen`` somewhere."""

    seed: int
    count: int
    each: tuple[str, ...] = ()
    seen: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Others:
    """Pages drawn from ``families`` (``seed``, the first ``count``), each a ``page``, that
    print other references (``refs``: the page's attributes): each printed and no field's
    value, at least ``least`` of them."""

    seed: int
    count: int
    families: list[str]
    page: type[Page]
    refs: tuple[str, ...]
    least: int


@dataclass(frozen=True)
class Group:
    """A group of named-only families and what its documents are checked for."""

    families: dict[str, Family]
    names: list[str]  # the group's families, sorted
    renderers: Iterable[str]
    words: tuple[Words, ...] = ()  # word pools none of which may be a held-out wording
    printed: tuple[int, int] | None = None  # (seed, count): drawn pages print none either
    again: int | None = None  # the seed of a document made twice, byte for byte
    lines: tuple[int, int] | None = None  # (seed, count) documents of each family, with rows
    fields: Fields | None = None
    others: Others | None = None


_HEADS = frozenset({"document_number", "payment_terms", "order_number"})
_REFS = frozenset({"document_number", "document_date", "order_number"})
_TERMS = frozenset({"payment_terms"})
_DATED = ("document_date",)

GROUPS: dict[str, Group] = {
    "table": Group(
        TABLE_FAMILIES,
        ["tbl_grouped", "tbl_plain", "tbl_reordered", "tbl_two_line"],
        TABLE_RENDERERS,
        words=(TABLE_WORDS,),
        printed=(90, 10),
        lines=(71, 6),
    ),
    "code": Group(CODE_FAMILIES, ["tbl_code_cell", "tbl_glued"], CODE_RENDERERS, lines=(72, 4)),
    "cell": Group(
        CELL_FAMILIES,
        ["tbl_code_apart", "tbl_code_loose", "tbl_unit_loose"],
        CELL_RENDERERS,
        lines=(73, 4),
    ),
    "row": Group(
        ROW_FAMILIES,
        ["tbl_row_notes", "tbl_row_units"],
        ROW_RENDERERS,
        words=(ROW_WORDS,),
        printed=(17, 6),
        again=74,
        lines=(73, 3),
    ),
    "bare": Group(
        BARE_FAMILIES, ["tbl_nohead", "tbl_oddhead", "tbl_qtylead"], BARE_RENDERERS, lines=(73, 3)
    ),
    "geo": Group(
        GEO_FAMILIES,
        ["geo_amountfirst", "geo_gapsplit"],
        GEO_RENDERERS,
        words=(GEO_WORDS,),
        again=74,
        lines=(73, 3),
    ),
    "wrap": Group(
        WRAP_FAMILIES, ["tbl_line_runs"], WRAP_RENDERERS, printed=(17, 4), again=74, lines=(73, 3)
    ),
    "desc": Group(
        DESC_FAMILIES,
        ["tbl_desc_notes"],
        DESC_RENDERERS,
        words=(DESC_WORDS,),
        printed=(17, 6),
        again=74,
        lines=(73, 3),
    ),
    "mark": Group(
        MARK_FAMILIES,
        ["tbl_item_marks"],
        MARK_RENDERERS,
        words=(MARK_WORDS,),
        printed=(17, 6),
        again=74,
        lines=(73, 3),
    ),
    "twin": Group(
        TWIN_FAMILIES,
        ["tbl_code_twin"],
        TWIN_RENDERERS,
        words=(TWIN_WORDS,),
        printed=(19, 6),
        again=84,
        lines=(83, 3),
    ),
    "unit_rate": Group(
        UNIT_RATE_FAMILIES,
        ["tbl_unit_rate"],
        UNIT_RATE_RENDERERS,
        words=(UNIT_RATE_WORDS,),
        printed=(19, 6),
        again=84,
        lines=(83, 3),
    ),
    "spot": Group(
        SPOT_FAMILIES,
        ["tbl_code_spot"],
        SPOT_RENDERERS,
        words=(SPOT_WORDS,),
        printed=(17, 6),
        again=74,
        lines=(73, 3),
    ),
    "far": Group(
        FAR_FAMILIES,
        ["tbl_code_far"],
        FAR_RENDERERS,
        words=(FAR_WORDS,),
        printed=(17, 6),
        again=84,
        lines=(83, 3),
    ),
    "tight": Group(
        TIGHT_FAMILIES,
        ["tbl_tight"],
        TIGHT_RENDERERS,
        words=(TIGHT_WORDS,),
        printed=(19, 6),
        again=23,
        lines=(24, 3),
    ),
    "vat": Group(
        VAT_FAMILIES,
        ["vat_codes", "vat_single", "vat_split", "vat_zero"],
        VAT_RENDERERS,
        words=(VAT_WORDS,),
    ),
    "header": Group(
        HEADER_FAMILIES,
        ["hdr_cells", "hdr_rail", "hdr_subject"],
        HEADER_RENDERERS,
        words=(HEADER_WORDS,),
        again=72,
        fields=Fields(73, 18, _DATED, _HEADS),
    ),
    "refs": Group(
        REFS_FAMILIES,
        ["hdr_band", "hdr_dots", "hdr_refrow", "hdr_under"],
        REFS_RENDERERS,
        words=(REFS_WORDS,),
        again=92,
        fields=Fields(93, 16, _DATED, _HEADS),
        others=Others(
            94, 24, ["hdr_refrow", "hdr_dots"], RefsPage, ("our_ref", "contract", "quote", "dn"), 10
        ),
    ),
    "refs3": Group(
        REFS3_FAMILIES,
        ["hdr_boxes", "hdr_letter", "hdr_refline"],
        REFS3_RENDERERS,
        again=96,
        fields=Fields(97, 15, seen=_REFS),
        others=Others(
            98,
            24,
            ["hdr_boxes", "hdr_refline"],
            Refs3Page,
            ("our_ref", "contract", "project", "dn"),
            10,
        ),
    ),
    "reflist": Group(
        REFLIST_FAMILIES,
        ["ref_stack", "ref_table", "ref_titled"],
        REFLIST_RENDERERS,
        again=196,
        fields=Fields(197, 15, seen=_REFS),
        others=Others(198, 24, ["ref_table", "ref_stack"], ReflistPage, ("contract", "dn"), 8),
    ),
    "refgrid": Group(
        REFGRID_FAMILIES,
        ["rg_after", "rg_lowgrid", "rg_ruled", "rg_side"],
        REFGRID_RENDERERS,
        words=(REFGRID_WORDS,),
        printed=(215, 8),
        again=216,
        fields=Fields(217, 16, seen=frozenset({"document_number", "document_date"})),
        others=Others(
            218, 24, ["rg_ruled", "rg_side"], RefgridPage, ("our_ref", "contract", "project"), 8
        ),
    ),
    "refs18": Group(
        REFS18_FAMILIES,
        ["r18_cells", "r18_kvgrid", "r18_strip"],
        REFS18_RENDERERS,
        words=(REFS18_WORDS,),
        printed=(1815, 8),
        again=1816,
        fields=Fields(1817, 15, seen=_REFS),
        others=Others(1818, 24, ["r18_cells", "r18_kvgrid"], Refs18Page, ("contract", "dn"), 6),
    ),
    "refs22": Group(
        REFS22_FAMILIES,
        ["r22_boxgrid", "r22_keyval", "r22_letter", "r22_rowabove"],
        REFS22_RENDERERS,
        words=(REFS22_WORDS,),
        printed=(2215, 8),
        again=2216,
        fields=Fields(2217, 16, seen=_REFS),
        others=Others(
            2218, 24, ["r22_boxgrid", "r22_rowabove"], Refs22Page, ("contract", "job"), 6
        ),
    ),
    "party": Group(
        PARTY_FAMILIES,
        ["pty_bottom", "pty_logo", "pty_soldby"],
        PARTY_RENDERERS,
        again=82,
        fields=Fields(83, 12, ("supplier_name", "customer_name")),
    ),
    "parties22": Group(
        P22_FAMILIES,
        ["p22_frids", "p22_grid", "p22_letter", "p22_remit", "p22_twocol", "p22_window"],
        P22_RENDERERS,
        words=(P22_WORDS,),
        again=2211,
        fields=Fields(2212, 12, ("supplier_name", "customer_name")),
    ),
    "terms": Group(
        TERMS_FAMILIES,
        ["trm_box", "trm_grid", "trm_letter"],
        TERMS_RENDERERS,
        words=(TERMS_WORDS, {"values": TERMS_VALUES, "clauses": TERMS_CLAUSES}),
        again=97,
        fields=Fields(98, 12, _DATED, _TERMS),
    ),
    "saying": Group(
        SAYING_FAMILIES,
        ["tsay_boxed", "tsay_grid", "tsay_prose"],
        SAYING_RENDERERS,
        words=(SAYING_WORDS, {"terms": SAYING_TERMS, "clauses": SAYING_CLAUSES}),
        again=121,
        fields=Fields(126, 9, _DATED, _TERMS),
    ),
    "dates": Group(
        DATES_FAMILIES,
        ["dts_column", "dts_stack", "dts_title"],
        DATES_RENDERERS,
        words=(DATES_WORDS,),
        again=97,
    ),
    "dates_words": Group(
        DATES_WORDS_FAMILIES,
        ["dtw_grid", "dtw_ledger", "dtw_letter"],
        DATES_WORDS_RENDERERS,
        words=(DATES_WORDS_WORDINGS,),
        again=53,
    ),
    "dates22": Group(
        DATES22_FAMILIES,
        ["d22_cells", "d22_combo", "d22_foot", "d22_ledger", "d22_note", "d22_sheet"],
        DATES22_RENDERERS,
        words=(WORDS22, {lang: {"terms": [t[0] for t in ts]} for lang, ts in TERMS22.items()}),
        again=59,
    ),
}


@pytest.fixture
def printer() -> Iterator[Printer]:
    """A browser of its own for each test (conftest's lives as long as a module): one browser
    printing every group's documents in turn crashed under load, where each group's file
    used to start its own."""
    with Printer() as p:
        yield p


def _with(check: str) -> list[str]:
    return [name for name, group in GROUPS.items() if getattr(group, check)]


@pytest.mark.parametrize("group", list(GROUPS))
def test_the_families_are_drawn_only_when_named(group: str) -> None:
    g = GROUPS[group]
    assert sorted(g.families) == g.names
    assert_drawn_only_when_named(g.names, g.renderers)


@pytest.mark.parametrize("group", _with("words"))
def test_no_wording_of_these_families_is_held_out_only(group: str) -> None:
    g = GROUPS[group]
    assert held_out_wordings(*g.words) == 0
    if g.printed:
        assert held_out_printed(g.names, *g.printed) == 0


@pytest.mark.parametrize("group", _with("again"))
def test_a_document_is_made_again_byte_for_byte(printer: Printer, group: str) -> None:
    g = GROUPS[group]
    assert g.again is not None
    assert_made_again(printer, g.names, g.again)


@pytest.mark.parametrize(
    "family", [name for group in _with("lines") for name in GROUPS[group].names]
)
def test_documents_print_exactly_their_truth_and_their_rows(printer: Printer, family: str) -> None:
    (g,) = (g for g in GROUPS.values() if family in g.names)
    assert g.lines is not None
    seed, count = g.lines
    for i in range(count):
        truth = printed_truth(printer, seed, i, family)
        assert truth["lines"]
        assert truth["language"] in ALL_FAMILIES[family].languages


@pytest.mark.parametrize("group", _with("fields"))
def test_documents_print_exactly_their_truth_and_their_fields(printer: Printer, group: str) -> None:
    g = GROUPS[group]
    assert g.fields is not None
    f = g.fields
    for family, fields in fields_seen(printer, g.names, f.seed, f.count, each=f.each).items():
        assert f.seen <= fields, family


def test_the_default_draw_is_the_development_families() -> None:
    assert select_families(None, heldout=False) == list(DEV)


@pytest.mark.parametrize("group", _with("others"))
def test_the_other_references_are_printed_and_are_no_field(group: str) -> None:
    o = GROUPS[group].others
    assert o is not None
    pages = (page for page, _kind, _lang in drawn(o.seed, o.count, o.families, o.page))
    assert others_printed_as_no_field(pages, o.refs) >= o.least
