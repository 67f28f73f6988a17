"""The description-lines development family (samples/wild/wrap_pages.py): every mode and
rule drawn, and the truth's description is all of an item's printed lines in order.
The checks every named group shares are in test_wild_named_families.py."""

from __future__ import annotations

from samples.wild.build import draw_page
from samples.wild.wrap_pages import WRAP_MODES, WRAP_RULES, split_lines


def test_every_mode_and_rule_is_drawn_and_descriptions_are_whole() -> None:
    modes, rules = set(), set()
    for i in range(40):
        page, _kind, _lang = draw_page(6, i, ["tbl_line_runs"])
        html = page.render()
        modes.add(page.o["wrap_mode"])
        rules.add(page.o["wrap_rule"])
        for row, it in zip(html.printed.truth()["lines"], page.d.items, strict=True):
            assert row["description"] == it.full_description
    assert modes == set(WRAP_MODES) and rules == set(WRAP_RULES)


def test_split_lines_cuts_at_spaces_and_keeps_every_word() -> None:
    text = "Filtre à huile pour compresseur à vis"
    lines = split_lines(text, 3)
    assert 2 <= len(lines) <= 3 and " ".join(lines) == text
    assert split_lines("Frais", 2) == ["Frais"]
