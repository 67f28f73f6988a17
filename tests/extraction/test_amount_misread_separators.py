"""A fax's 98 dpi rows leave a thousands comma only its dot: "£34,367.53" reads
"£34.367.53". Such a number is no grouping any locale prints; its last separator is the
decimals', and the reading is a repair arithmetic cannot vouch for (every amount of the page
is misread alike, so net + tax = gross holds for the hundredfold values too)."""

from decimal import Decimal

from extraction import crosscheck
from extraction.parse.amounts import parse_amount, repeated_separator
from extraction.result import ExtractionResult, FieldValue, PageResult, Word


def test_a_repeated_separator_ending_two_digits_is_the_decimals() -> None:
    assert parse_amount("£34.367.53", "en") == Decimal("34367.53")
    assert parse_amount("1.084.00", "fr") == Decimal("1084.00")
    assert parse_amount("1,084,00", "de") == Decimal("1084.00")


def test_true_thousands_groups_are_read_as_before() -> None:
    assert parse_amount("1.234.567", "de") == Decimal("1234567")
    assert parse_amount("34.367,53", "de") == Decimal("34367.53")
    assert parse_amount("34,367.53", "en") == Decimal("34367.53")
    assert not repeated_separator("1.234.567")
    assert not repeated_separator("34.367,53")
    assert not repeated_separator("12.03.2025")
    assert repeated_separator("£34.367.53")


def _result(printed: str, passed_total: str) -> ExtractionResult:
    words = [Word(text=printed, bbox=(100, 100, 160, 110), source="ocr", confidence=0.99)]
    page = PageResult(number=1, text=printed, source="ocr", width=600, height=800, words=words)
    result = ExtractionResult(pages=[page])
    result.fields["total_gross"] = FieldValue(
        value=passed_total, confidence=0.99, page=1, bbox=(101, 101, 159, 109), source="ocr"
    )
    return result


def test_arithmetic_does_not_vouch_for_a_misread_separator() -> None:
    repaired = _result("£41.241.04", "41241.04")
    crosscheck.ocr_policy(repaired, {crosscheck.Check.TOTALS})
    assert repaired.fields["total_gross"].confidence <= crosscheck.OCR_UNVERIFIED


def test_arithmetic_still_vouches_for_a_clean_reading() -> None:
    clean = _result("£41,241.04", "41241.04")
    crosscheck.ocr_policy(clean, {crosscheck.Check.TOTALS})
    assert clean.fields["total_gross"].confidence == 0.99


def test_a_number_with_both_separators_is_read_as_before() -> None:
    # realworld-dev's LG scan: "2.978,666.00" stays no amount, as main reads it
    assert parse_amount("2.978,666.00", "en") is None
