"""Repairs of OCR look-alikes in address blocks and header labels (no tesseract here: the
words are given as OCR would return them)."""

from __future__ import annotations

import pytest

from extraction.assemble import build_result
from extraction.fields import label_hits
from extraction.layout import build_layout
from extraction.parse.postcodes import repair_postcodes
from extraction.parties import find_blocks
from extraction.result import ExtractionResult, PageResult, Word


@pytest.mark.parametrize(
    ("ocr", "clean"),
    [
        ("Manchester Ml 2AB", "Manchester M1 2AB"),  # l for 1 in the outward code
        ("York YO! 7HH", "York YO1 7HH"),
        ("Leeds LS1 4DT", "Leeds LS1 4DT"),  # already right: untouched
        ("Norwich NR1.3JU", "Norwich NR1 3JU"),  # a speck glued the halves
        ("Manchester. M1 2AB", "Manchester M1 2AB"),
        ("York’ YO1 7HH", "York YO1 7HH"),  # the speck read as a quote mark
        ("Leeds LS] 4DY", "Leeds LS1 4DY"),  # ] for 1
        ("6900] Lyon", "69001 Lyon"),
        ("69OO7 Lyon", "69007 Lyon"),  # O for 0 in a French postcode
        ("33000 Bordeaux", "33000 Bordeaux"),
    ],
)
def test_postcodes_put_back_in_shape(ocr: str, clean: str) -> None:
    assert repair_postcodes(ocr) == clean


@pytest.mark.parametrize(
    "text",
    [
        "Unit 12 THE OLD MILL",  # two plain words are not a postcode
        "Lot 2 Bat C",
        "Route de Paris",
        "12 rue des Lilas",
        "Ref 1234 5678",
    ],
)
def test_words_that_only_look_like_postcodes_are_left_alone(text: str) -> None:
    assert repair_postcodes(text) == text


def _row(y: float, parts: list[tuple[str, float]], conf: float) -> list[Word]:
    """Words as OCR returns them (below full confidence) or as a text layer gives them."""
    source = "ocr" if conf < 1 else "text"
    return [
        Word(text=t, bbox=(x, y, x + 6 * len(t), y + 9), confidence=conf, source=source)
        for t, x in parts
    ]


def _extract(words: list[Word]) -> ExtractionResult:
    """The whole header extraction of one OCR'd page made of ``words``."""
    page = PageResult(number=1, text="", source="ocr", width=595, height=842, words=words)
    return build_result([page], [build_layout(words, 1, 595, 842)])


def test_ocr_address_line_split_at_a_lost_dash_is_joined_with_it() -> None:
    words = _row(100, [("Livrer", 40), ("à", 80)], 0.9)
    words += _row(114, [("ZI", 40), ("des", 56), ("Bruyères", 80)], 0.9)
    words += _row(114, [("Bât.", 150), ("C", 178)], 0.9)  # the spaced dash was lost
    words += _row(128, [("33000", 40), ("Bordeaux", 76)], 0.9)
    (block,) = find_blocks(build_layout(words, 1, 595, 842))
    assert block.lines[0].text == "ZI des Bruyères - Bât. C"


def test_no_dash_where_ocr_lost_a_number_after_unit() -> None:
    """ "Unit 5 Riverside" with the 5 lost leaves the same gap a dash does: after a word
    that announces a number, no dash is put in."""
    words = _row(100, [("Ship", 40), ("to", 70)], 0.9)
    words += _row(114, [("Unit", 40)], 0.9)
    words += _row(114, [("Riverside", 76)], 0.9)
    words += _row(128, [("Leeds", 40), ("LS1", 76), ("4DT", 100)], 0.9)
    (block,) = find_blocks(build_layout(words, 1, 595, 842))
    assert block.lines[0].text == "Unit Riverside"


def test_text_layer_address_line_gets_no_invented_dash() -> None:
    words = _row(100, [("Livrer", 40), ("à", 80)], 1.0)
    words += _row(114, [("ZI", 40), ("des", 56), ("Bruyères", 80)], 1.0)
    words += _row(114, [("Bât.", 150), ("C", 178)], 1.0)
    (block,) = find_blocks(build_layout(words, 1, 595, 842))
    assert "-" not in block.lines[0].text


def test_a_column_label_of_the_lines_table_is_not_a_header_field() -> None:
    """ "TVA" over the table's VAT column: the rate under it is the first row's, not the
    document's tax."""
    words = _row(60, [("Facture", 40), ("N°", 100), ("F-2026-0042", 120)], 0.9)
    words += _row(
        200,
        [("Désignation", 40), ("Qté", 300), ("P.U.", 360), ("TVA", 420), ("Montant", 480)],
        0.9,
    )
    words += _row(
        214, [("Vis", 40), ("2", 306), ("5,00", 360), ("20,00", 420), ("10,00", 480)], 0.9
    )
    hits = label_hits([build_layout(words, 1, 595, 842)], "invoice", "fr")
    assert [h.field for h in hits if h.field != "document_number"] == []
    assert any(h.field == "document_number" and h.value == "F-2026-0042" for h in hits)


@pytest.mark.parametrize(
    ("ocr", "clean"),
    [
        ("Harbour Foods ple", "Harbour Foods plc"),
        ("Northwind Lid", "Northwind Ltd"),
        ("Ateliers ‘Durand SARL", "Ateliers Durand SARL"),  # a speck read as a quote
        ("Ple Street Stores", "Ple Street Stores"),  # only the legal form at the end
        ("Kingsley Engineering : Ltd", "Kingsley Engineering Ltd"),  # a speck read as a colon
    ],
)
def test_ocr_company_name_keeps_its_legal_form(ocr: str, clean: str) -> None:
    from extraction.parties import _clean_ocr_name

    assert _clean_ocr_name(ocr) == clean


def test_a_speck_before_a_header_label_does_not_hide_it() -> None:
    """ "‘Date" (a speck read as a quote mark) is still the date label, and its value with
    a speck of its own is still read."""
    words = _row(60, [("‘Date", 40), ("12/03/2026", 100)], 0.9)
    words += _row(
        400, [("Total", 330), ("TTC", 360), ("‘1", 480), ("234,56", 492), ("€", 530)], 0.9
    )
    hits = label_hits([build_layout(words, 1, 595, 842)], "invoice", "fr")
    found = {h.field: h.value for h in hits}
    assert found == {"document_date": "2026-03-12", "total_gross": "1234.56"}


def test_a_speck_before_a_column_title_does_not_end_the_table() -> None:
    from extraction.labels import match_header_label, match_label

    assert match_label("“montant ht") is None  # lines: not the totals label
    hit = match_header_label("“montant ht")
    assert hit is not None and hit.field == "total_net"


@pytest.mark.parametrize(
    ("ocr", "field"),
    [
        ("montant tic", "total_gross"),  # TTC with a T read as I
        ("montant t1c", "total_gross"),
        ("total excl: vat", "total_net"),  # the stop read as a colon
    ],
)
def test_totals_labels_survive_ocr_look_alikes(ocr: str, field: str) -> None:
    from extraction.labels import match_label

    hit = match_label(ocr)
    assert hit is not None and hit.field == field


def test_customer_vat_labelled_in_the_segment_to_its_left_is_not_the_issuers() -> None:
    """ "N° TVA client | FR60…": OCR splits label and number into two segments; the VAT id
    is still the customer's, and the issuer's is the one in the footer."""
    words = _row(200, [("N°", 42), ("TVA", 58), ("client", 80)], 0.9)
    words += _row(200, [("FR60142199785", 130)], 0.9)
    words += _row(790, [("N°", 350), ("TVA", 366), ("FR50673491221", 390)], 0.9)
    assert _extract(words).fields["vat_id"].value == "FR50673491221"


@pytest.mark.parametrize(
    ("ocr", "clean"),
    [
        ("49 rue. de la Paix", "49 rue de la Paix"),  # never abbreviated: a speck
        ("ZI. des Bruyères", "ZI des Bruyères"),
        ("Zi.des Bruyères", "Zi des Bruyères"),  # a speck where a space was printed
        ("ZI des Bruyères - Bat: D", "ZI des Bruyères - Bat. D"),
        ("45 jours date de. facture", "45 jours date de facture"),
        ("Av. de la République", "Av. de la République"),  # an abbreviation keeps its stop
        ("St. James Street", "St. James Street"),
        ("Z.I. des Bruyères", "Z.I. des Bruyères"),
        ("www.example.com", "www.example.com"),
    ],
)
def test_specks_read_as_stops_between_words_are_dropped(ocr: str, clean: str) -> None:
    from extraction.parse.text import drop_specks

    assert drop_specks(ocr) == clean


def test_party_block_label_with_a_speck_still_opens_the_block() -> None:
    words = _row(100, [("Bill.", 40), ("To", 66)], 0.9)
    words += _row(114, [("91", 40), ("Harbour", 54), ("Road", 100)], 0.9)
    words += _row(128, [("Bristol", 40), ("BS1", 84), ("5TR", 106)], 0.9)
    (block,) = find_blocks(build_layout(words, 1, 595, 842))
    assert block.kind == "billing"
    assert [s.text for s in block.lines] == ["91 Harbour Road", "Bristol BS1 5TR"]


def test_specks_beside_a_block_label_do_not_cut_its_lines_short() -> None:
    """ "Facturer à | : :": the specks right of the label do not mark another column, so an
    address line OCR split at a lost dash is still joined."""
    words = _row(100, [("Facturer", 40), ("à", 86)], 0.9)
    words += _row(100, [(":", 110), (":", 116)], 0.6)
    words += _row(114, [("ZI", 40), ("des", 56), ("Bruyères", 80)], 0.9)
    words += _row(114, [("Bât.", 150), ("A", 178)], 0.9)
    words += _row(128, [("13002", 40), ("Marseille", 76)], 0.9)
    (block,) = find_blocks(build_layout(words, 1, 595, 842))
    assert block.lines[0].text == "ZI des Bruyères - Bât. A"


def test_ocr_colon_specks_do_not_end_an_address() -> None:
    """ "33000 Bordeaux:", "Acme Industrial Supplies: Ltd": a speck read as a colon, not a
    label's (which follows one or two words and has a value after it)."""
    from extraction.parties import _clean_ocr_line

    words = _row(100, [("Livrer", 40), ("à", 80)], 0.9)
    words += _row(114, [("Acme", 40), ("Industrial", 70), ("Supplies:", 136), ("Ltd", 196)], 0.9)
    words += _row(128, [("65", 40), ("allée", 56), ("des", 90), ("Tilleuls", 112)], 0.9)
    words += _row(142, [("33000", 40), ("Bordeaux:", 76)], 0.9)
    words += _row(156, [("France", 40)], 0.9)
    (block,) = find_blocks(build_layout(words, 1, 595, 842))
    lines = [_clean_ocr_line(s.text) for s in block.lines[1:]]
    assert lines == ["65 allée des Tilleuls", "33000 Bordeaux", "France"]


def test_a_label_with_a_value_still_ends_an_ocr_address() -> None:
    words = _row(100, [("Livrer", 40), ("à", 80)], 0.9)
    words += _row(114, [("65", 40), ("allée", 56), ("des", 90), ("Tilleuls", 112)], 0.9)
    words += _row(128, [("Contact:", 40), ("J.", 94), ("Martin", 110)], 0.9)
    (block,) = find_blocks(build_layout(words, 1, 595, 842))
    assert [s.text for s in block.lines] == ["65 allée des Tilleuls"]


def test_a_table_row_under_an_address_ends_it_even_with_a_garbled_header() -> None:
    words = _row(100, [("Livrer", 40), ("à", 80)], 0.9)
    words += _row(114, [("67000", 40), ("Strasbourg", 76)], 0.9)
    words += _row(128, [("Désignation", 40), ("Unité", 380), ("Réf.", 460), ("ou", 540)], 0.9)
    (block,) = find_blocks(build_layout(words, 1, 595, 842))
    assert [s.text for s in block.lines] == ["67000 Strasbourg"]


def test_a_phrase_that_starts_like_a_date_label_is_a_terms_value() -> None:
    """ "Payment Terms | Due on receipt": "Due on" is no due-date label here."""
    words = _row(437, [("Payment", 43), ("Terms", 90)], 0.95)
    words += _row(437, [("Due", 160), ("on", 184), ("receipt", 200)], 0.95)
    words += _row(452, [("IBAN", 43), ("GB91", 73), ("GADS", 100)], 0.95)
    hits = label_hits([build_layout(words, 1, 595, 842)], "invoice", "en")
    assert [(h.field, h.value) for h in hits] == [("payment_terms", "Due on receipt")]


def test_a_vat_line_under_an_address_ends_it() -> None:
    words = _row(100, [("Billing", 318), ("Address", 360)], 0.95)
    words += _row(114, [("Leeds", 318), ("LS1", 352), ("4DY", 376)], 0.95)
    words += _row(128, [("United", 318), ("Kingdom", 358)], 0.95)
    words += _row(142, [("Customer", 318), ("VAT", 372)], 0.95)
    words += _row(142, [("GB960196511", 400)], 0.95)
    (block,) = find_blocks(build_layout(words, 1, 595, 842))
    assert [s.text for s in block.lines] == ["Leeds LS1 4DY", "United Kingdom"]


def test_a_speck_after_a_block_label_does_not_unmake_the_block() -> None:
    """ "Facturer à 3": the colon read as a digit; "Client n°" stays a field label."""
    words = _row(100, [("Facturer", 42), ("à", 90), ("3", 100)], 0.7)
    words += _row(114, [("Électricité", 42), ("Fontaine", 110)], 0.95)
    words += _row(128, [("7", 42), ("boulevard", 52), ("Voltaire", 112)], 0.95)
    words += _row(200, [("Client", 318), ("n°", 356)], 0.95)
    words += _row(214, [("CL1913", 318)], 0.95)
    (block,) = find_blocks(build_layout(words, 1, 595, 842))
    assert block.kind == "billing"
    assert [s.text for s in block.lines] == ["Électricité Fontaine", "7 boulevard Voltaire"]


def test_a_stop_before_a_spaced_dash_is_a_speck() -> None:
    from extraction.parse.text import drop_specks

    assert drop_specks("ZI des Bruyères. - Bat. B") == "ZI des Bruyères - Bat. B"


@pytest.mark.parametrize(
    ("ocr", "clean"),
    [("143.Park Avenue", "143 Park Avenue"), ("12.Rue des Lilas", "12 Rue des Lilas")],
)
def test_a_speck_after_a_house_number_is_dropped(ocr: str, clean: str) -> None:
    from extraction.parties import _clean_ocr_line

    assert _clean_ocr_line(ocr) == clean
