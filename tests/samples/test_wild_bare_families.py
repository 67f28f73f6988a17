"""The bare-table development families (samples/wild/bare_pages.py ``BarePage``): drawn
only when named, so no existing recipe changes; every value of the truth is printed, and
their header words are words no reader's vocabulary names a column with.
The checks every named group shares (drawn only when named, held-out wordings, made again,
truth printed) are in test_wild_named_families.py; this file keeps the group's own."""

from __future__ import annotations

from extraction.tables.vocabulary import label_role
from samples.wild.bare_pages import ODD_WORDS
from samples.wild.build import draw_page


def test_the_odd_header_words_name_no_column() -> None:
    for words in ODD_WORDS.values():
        for role, pool in words.items():
            for word in pool:
                assert label_role(word) is None, (role, word)


def test_quantities_are_merged_into_the_text_on_some_pages() -> None:
    merged = 0
    for i in range(40):
        page, _kind, _lang = draw_page(6, i, ["tbl_qtylead"])
        truth = page.render().printed.truth()
        if page.o["merged"]:
            merged += 1
            for row in truth["lines"]:
                assert not row["description"][:1].isdigit() or row.get("quantity")
    assert 0 < merged < 40
