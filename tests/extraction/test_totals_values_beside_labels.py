"""Totals whose value the label reader passed over (issue 20): a row of dot leaders between
the label and its amount ("Total HT ............ 974,00"), and an amount followed by words
that qualify it ("1 168,80 € TTC", "1,168.80 EUR (incl. VAT)")."""

from __future__ import annotations

from tests.extraction.pages_for_tests import DUPONT_HEAD, printed, read, value

_INVOICE = f"""{DUPONT_HEAD}
    40  200 10  Désignation
    300 200 10  Qté
    360 200 10  Prix unitaire
    500 200 10  Montant
    40  216 10  Poutre chêne 120 x 240 mm
    300 216 10  4
    360 216 10  212,50
    500 216 10  850,00
    40  232 10  Équerres galvanisées
    300 232 10  10
    360 232 10  12,40
    500 232 10  124,00
"""


def _totals(block: str) -> dict[str, str | None]:
    result = read(*printed(_INVOICE + block))
    return {n: value(result, n) for n in ("total_net", "total_tax", "total_gross")}


def test_dot_leaders_between_label_and_amount() -> None:
    """The amount to pay alone, no net or tax beside it for arithmetic to find it by."""
    assert (
        _totals(
            """
        330  332 10 Net à payer
        400  332 10 ......................
        552r 332 10 1 168,80 €
        """
        )["total_gross"]
        == "1168.80"
    )


def test_dot_leaders_on_every_totals_row() -> None:
    assert _totals(
        """
        330  300 10 Total HT
        400  300 10 ......................
        552r 300 10 974,00
        330  316 10 TVA 20 %
        400  316 10 ......................
        552r 316 10 194,80
        330  332 10 Total TTC
        400  332 10 ......................
        552r 332 10 1 168,80
        """
    ) == {"total_net": "974.00", "total_tax": "194.80", "total_gross": "1168.80"}


def test_amount_followed_by_the_words_that_qualify_it() -> None:
    assert (
        _totals(
            """
        330  300 10 Total
        552r 300 10 974,00 € HT
        330  316 10 TVA 20 %
        552r 316 10 194,80 €
        330  332 10 Total
        552r 332 10 1 168,80 € TTC
        """
        )["total_gross"]
        == "1168.80"
    )


def test_amount_then_a_bracketed_qualifier() -> None:
    result = read(
        *printed(
            _INVOICE
            + """
            330  332 10 Total
            552r 332 10 1,168.80 EUR (incl. VAT)
            """
        )
    )
    assert value(result, "total_gross") == "1168.80"


def test_an_amount_with_more_numbers_after_it_is_not_read_so() -> None:
    """'1 168,80 € dont 194,80 € de TVA': another amount follows, so the text is not one
    amount with words; the gross comes from its own line."""
    totals = _totals(
        """
        330  300 10 Total HT
        552r 300 10 974,00 €
        330  316 10 Montant
        552r 316 10 1 168,80 € dont 194,80 € de TVA
        """
    )
    assert totals["total_gross"] != "194.80"


def test_totals_on_one_line_each_label_before_its_amount() -> None:
    """'Total HT : 974,00 € – Total TTC : 1 168,80 €' printed as one text: each label's
    amount is the one before the next label (no tax printed for arithmetic to use)."""
    totals = _totals(
        """
        40 300 10 Total HT : 974,00 € – Total TTC : 1 168,80 €
        """
    )
    assert totals["total_net"] == "974.00"
    assert totals["total_gross"] == "1168.80"


def test_a_sentence_with_a_total_in_it_is_no_totals_line() -> None:
    """A payment clause that names a total in passing, starting with no totals label."""
    totals = _totals(
        """
        330  300 10 Total HT
        552r 300 10 974,00 €
        330  316 10 TVA 20 %
        552r 316 10 194,80 €
        330  332 10 Total TTC
        552r 332 10 1 168,80 €
        40   400 10 Pénalités de retard : total des sommes dues majoré de 40,00 €
        """
    )
    assert totals["total_gross"] == "1168.80"
