"""A number printed in groups of three digits under its label ("N° client 1 234 567 890",
"N° 12 345 678 901": a French utility's invoice, scanned in realworld-dev) is the
identifier as printed; an amount in groups (with decimals) or a short group is not."""

from __future__ import annotations

from extraction.fields import parse_identifier


def test_grouped_digits_are_one_identifier() -> None:
    assert parse_identifier("1 234 567 890") == "1 234 567 890"
    assert parse_identifier("N° 12 345 678 901") == "12 345 678 901"


def test_amounts_and_broken_groups_are_not() -> None:
    assert parse_identifier("1 234 567,89") is None
    assert parse_identifier("1 234 567 8901") != "1 234 567"
    assert parse_identifier("01 23 45 67 89") is None


def test_other_identifiers_read_as_before() -> None:
    assert parse_identifier("2026-0042") == "2026-0042"
    assert parse_identifier("INV-2024-117") == "INV-2024-117"
