"""Two readers of a known sender's lines that differ in words the sender's approved lines
settle (issue 24, ``profile_words``): a part one reader left blank, the same words split
otherwise between description and unit, a position number read into the description. The
kept reading counts as read alike only when its own arithmetic closes and the sender's
approved lines side with its words; a kept reading that is the odd one out never does."""

from __future__ import annotations

from extraction.profile_items import item_key
from extraction.profiles import ONE_READING, TWO_READINGS, readings
from extraction.result import LineItem

# what the sender's approved lines printed (``SenderProfile.items``)
ITEMS = [
    item_key("CAB-12", "Câble souple H05VV-F 3G1,5 mm²", "m"),
    item_key("TUY-7", "Tuyau PER nu 16 mm couronne 100 m", "couronne"),
    item_key(None, "Frais de port", None),
]

CABLE = LineItem(
    sku="CAB-12",
    description="Câble souple H05VV-F 3G1,5 mm² noir",
    quantity="10",
    unit="m",
    unit_price="2.55",
    line_total="25.50",
)
CARRIAGE = LineItem(description="Frais de port", quantity="1", unit_price="9.43", line_total="9.43")


def test_a_part_the_other_reader_left_blank_is_settled_by_the_approved_lines() -> None:
    blank = CARRIAGE.model_copy(update={"description": None, "quantity": None})
    assert readings([CABLE, CARRIAGE], [CABLE, blank], items=ITEMS) == TWO_READINGS
    # without the sender's approved lines nothing says which reading is right
    assert readings([CABLE, CARRIAGE], [CABLE, blank]) == ONE_READING
    # a description no approved line had is not vouched for
    other = CARRIAGE.model_copy(update={"description": "Port et emballage"})
    blank = other.model_copy(update={"description": None, "quantity": None})
    assert readings([other], [blank], items=ITEMS) == ONE_READING
    # the kept reading left the part blank: never settled for it
    assert readings([blank], [CARRIAGE], items=ITEMS) == ONE_READING


def test_words_split_otherwise_between_description_and_unit() -> None:
    other = CABLE.model_copy(
        update={"description": "Câble souple H05VV-F 3G1,5 noir", "unit": "mm² m"}
    )
    assert readings([CABLE], [other], items=ITEMS) == TWO_READINGS
    # the kept unit never printed on an approved line: the other reading may be right
    assert readings([other], [CABLE], items=ITEMS) == ONE_READING
    # a kept line whose arithmetic does not close is not settled by words
    broken = CABLE.model_copy(update={"line_total": "26.50"})
    other = other.model_copy(update={"line_total": "26.50"})
    assert readings([broken], [other], items=ITEMS) == ONE_READING


def test_a_position_number_read_into_the_description() -> None:
    numbered = CARRIAGE.model_copy(update={"description": "5 Frais de port"})
    assert readings([CARRIAGE], [numbered], items=ITEMS) == TWO_READINGS
    # the kept reading carries the number: the odd one out
    assert readings([numbered], [CARRIAGE], items=ITEMS) == ONE_READING
    # a sender whose approved descriptions start with a number: nothing settles it
    counted = [*ITEMS, item_key(None, "2 palettes consignées", None)]
    assert readings([CARRIAGE], [numbered], items=counted) == ONE_READING


def test_other_disputes_stay_disputes() -> None:
    # a description one reader read longer (a variant line missed)
    longer = CABLE.model_copy(update={"description": f"{CABLE.description} lot 4"})
    assert readings([CABLE], [longer], items=ITEMS) == ONE_READING
    # a code one reader missed, or a rate only one read
    assert readings([CABLE], [CABLE.model_copy(update={"sku": None})], items=ITEMS) == ONE_READING
    rated = CABLE.model_copy(update={"tax_rate": "20"})
    assert readings([CABLE], [rated], items=ITEMS) == ONE_READING


def test_an_unpriced_line_settled_by_its_words_only_where_both_read_its_figures_alike() -> None:
    # a delivery note: no arithmetic, the quantity read alike by both readers
    tube = LineItem(sku="TUY-7", description="Tuyau PER nu 16 mm couronne 100 m", quantity="3")
    tube = tube.model_copy(update={"unit": "couronne"})
    numbered = tube.model_copy(update={"description": f"1 {tube.description}"})
    assert readings([tube], [numbered], items=ITEMS) == TWO_READINGS
    # a quantity the readers read otherwise: nothing pins it
    assert readings([tube], [numbered.model_copy(update={"quantity": "30"})], items=ITEMS) == (
        ONE_READING
    )
    assert readings([tube], [tube.model_copy(update={"quantity": None})], items=ITEMS) == (
        ONE_READING
    )
