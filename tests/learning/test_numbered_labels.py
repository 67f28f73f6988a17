"""A label carrying a number that changes with each document ("Tax (7%)", "Tax (6.5%)") is
one label of the sender's: its hint reads it again and earns a record (issue 24)."""

from __future__ import annotations

from extraction.layout import PageLayout, build_layout
from extraction.profiles import FieldHint, read
from extraction.result import Word
from tests.learning.stream import page_of
from tests.learning.stream import words_at as _words


def _layouts(words: list[Word]) -> list[PageLayout]:
    page = page_of(words)
    return [build_layout(page.words, page.number, *page.frame)]


def _tax_hint(placement: str = "right") -> FieldHint:
    label = "tax (7%)" if placement == "right" else "tax (7%): "
    return FieldHint(
        field="total_tax",
        placement=placement,
        label=label,
        box=(0.8, 0.5, 0.9, 0.52),
        number_language="en",
    )


def _totals(*rows: tuple[str, str]) -> list[Word]:
    words = _words("Invoice", 40, 40)
    y = 420.0
    for label, amount in rows:
        words += _words(label, 380, y) + _words(amount, 540, y, right=True)
        y += 14
    return words


def test_the_label_of_another_rate_reads_the_value_beside_it() -> None:
    layouts = _layouts(_totals(("Subtotal", "1,000.00"), ("Tax (6.5%)", "65.00")))
    got = read(_tax_hint(), layouts, "en")
    assert got is not None and got[0] == "65.00"


def test_an_inline_label_of_another_rate_reads_the_value_after_it() -> None:
    words = _words("Invoice", 40, 40) + _words("Tax (19%): 190.00", 380, 420)
    got = read(_tax_hint("inline"), _layouts(words), "en")
    assert got is not None and got[0] == "190.00"


def test_a_label_of_another_wording_still_reads_nothing() -> None:
    layouts = _layouts(_totals(("Subtotal", "1,000.00"), ("Sales tax (6.5%)", "65.00")))
    assert read(_tax_hint(), layouts, "en") is None


def test_two_rates_printed_say_not_which_the_sender_meant() -> None:
    # a breakdown: "Tax (7%)" and "Tax (19%)" each beside a part of the tax
    layouts = _layouts(
        _totals(("Subtotal", "1,000.00"), ("Tax (7%)", "35.00"), ("Tax (19%)", "95.00"))
    )
    assert read(_tax_hint(), layouts, "en") is None


def test_the_hint_learned_under_one_rate_is_the_same_place_under_another() -> None:
    seven = _tax_hint()
    other = seven.model_copy(update={"label": "tax (6.5%)"})
    sales = seven.model_copy(update={"label": "sales tax (6.5%)"})
    assert seven.same_place(other)
    assert not seven.same_place(sales)
