"""A customer's name and billing address a sender prints every time, beside a ship-to block
that shares their rows and changes with each document: the page's own reading may take the
ship-to's name for the customer's, the sender's remembered constants read the right one.
Found as one block (the remembered address as the very lines under the remembered name),
the two are judged by the ``named`` cell, not as a lone hint (issue 24)."""

from __future__ import annotations

from extraction.layout import PageLayout
from extraction.profiles import (
    FieldHint,
    ProfileCalibration,
    _named_block,
    settle,
)
from extraction.result import FieldValue
from tests.learning.stream import layouts_of, page_of, words_at

NAME = "Ateliers Roux SAS"
ADDRESS = ["Service achats", "91 avenue Jean Jaurès", "69007 Lyon"]


def _page(ship_to: str, billed: str = NAME, street: list[str] | None = None) -> list[PageLayout]:
    """A ship-to block at the left, the billing block at the right, on the same rows."""
    street = ADDRESS if street is None else street
    rows = [("Livrer à", 40, 100), (ship_to, 40, 112), ("Chantier", 40, 124)]
    rows += [("33 chemin des Vignes", 40, 136), ("59000 Lille", 40, 148)]
    rows += [(billed, 320, 112)] + [(line, 320, 124 + 12 * k) for k, line in enumerate(street)]
    words = [w for text, x, y in rows for w in words_at(text, x, y)]
    return layouts_of([page_of(words)])


def test_the_remembered_address_under_the_remembered_name_is_one_block() -> None:
    assert _named_block(NAME, ", ".join(ADDRESS), _page("Établissements Chevalier SA"))


def test_the_address_under_another_name_or_cut_short_is_no_block() -> None:
    whole = ", ".join(ADDRESS)
    assert not _named_block(NAME, whole, _page(NAME, billed="Distribution Bernard SARL"))
    assert not _named_block(NAME, whole, _page("Chevalier SA", street=ADDRESS[:2]))
    # the address of another site under the remembered name
    assert not _named_block(NAME, whole, _page("Chevalier SA", street=["1 rue Neuve", "Lyon"]))


def _settled(layouts: list[PageLayout]) -> tuple[dict[str, str], dict[str, FieldValue]]:
    values = {
        "customer_name": FieldValue(value=NAME, confidence=0.89),
        "billing_address": FieldValue(value=", ".join(ADDRESS), confidence=0.89),
    }
    used = {
        name: [
            (FieldHint(field=name, placement="constant", value=fv.value, hits=1.0), False, fv.value)
        ]
        for name, fv in values.items()
    }
    calibration = ProfileCalibration(
        cells={"constant|1|alone|text": (18, 16), "constant|3|named|text": (40, 40)}
    )
    # the page's own best reading is the ship-to's name: the hints read alone
    cells = settle(values, {}, used, calibration, layouts=layouts)
    return cells, values


def test_a_lone_constant_found_as_its_block_is_judged_by_the_named_cell() -> None:
    cells, values = _settled(_page("Établissements Chevalier SA"))
    assert cells["customer_name"] == "constant|1|named|text"
    assert cells["billing_address"] == "address|1|named|text"
    # pooled over proof and over the block's two fields: 40 of 40 right
    assert values["customer_name"].confidence == values["billing_address"].confidence > 0.9


def test_without_the_block_the_lone_cell_judges_as_before() -> None:
    cells, values = _settled(_page(NAME, billed="Distribution Bernard SARL"))
    assert cells["customer_name"] == "constant|1|alone|text"
    assert values["customer_name"].confidence == 0.8  # 16 of 18, shrunk


SITE = ["27 avenue Jean Jaurès", "67000 Strasbourg"]


def _three_blocks(site: list[str]) -> list[PageLayout]:
    """A delivery note: the pick-up, the billing and the recipient block side by side, the
    customer's name over the last two."""
    rows = [("Enlèvement", 40, 100), ("Transports Morel", 40, 112), ("4 rue du Port", 40, 124)]
    rows += [("Facturé à", 220, 100), (NAME, 220, 112)]
    rows += [(line, 220, 124 + 12 * k) for k, line in enumerate(ADDRESS)]
    rows += [("Destinataire", 400, 100), (NAME, 400, 112)]
    rows += [(line, 400, 124 + 12 * k) for k, line in enumerate(site)]
    words = [w for text, x, y in rows for w in words_at(text, x, y)]
    return layouts_of([page_of(words)])


def _delivery(layouts: list[PageLayout], site: list[str]) -> str:
    values = {
        "customer_name": FieldValue(value=NAME, confidence=0.99),
        "billing_address": FieldValue(value=", ".join(ADDRESS), confidence=0.99),
        "delivery_address": FieldValue(value=", ".join(site), confidence=0.89),
    }
    hint = FieldHint(field="delivery_address", placement="constant", value=", ".join(site))
    used = {"delivery_address": [(hint, False, ", ".join(site))]}
    return settle(values, {}, used, ProfileCalibration(), layouts=layouts)["delivery_address"]


def test_a_remembered_delivery_address_under_the_customer_name_is_named() -> None:
    assert _delivery(_three_blocks(SITE), SITE) == "address|0|named|text"


def test_a_delivery_address_that_is_the_billing_block_is_not() -> None:
    # the remembered delivery address is the billing address: the block under the name
    # may be the billing block, which says nothing of where the goods go
    assert _delivery(_three_blocks(SITE), ADDRESS) == "address|0|alone|text"
