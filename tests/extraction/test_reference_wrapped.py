"""References split over lines or said beside a bare word (reference_wrapped.py): a title
wrapped over two lines with the number at its end, the number alone under a title, a bare
account word in the address block, labels joined by slashes; and labels of the document's
own kind with one qualifier word (reference_concepts.py). Such readings are offered, never
shown sure, and the title's own words give no other reference."""

from __future__ import annotations

from extraction.candidates.reference_concepts import field_of
from extraction.result import ExtractionResult
from tests.extraction.pages_for_tests import printed, read, value
from tests.extraction.test_reference_concepts import TABLE

ACCEPT = 0.9

SENDER = printed("""
    40  40  16b Moreau Outillage SARL
    40  62  10  18 rue des Lilas
    40  75  10  59000 Lille
""")


def _conf(result: ExtractionResult, name: str) -> float:
    fv = result.fields.get(name)
    return 0.0 if fv is None else fv.confidence


def test_a_title_wrapped_over_two_lines_gives_its_number_not_the_order() -> None:
    result = read(
        *SENDER,
        *printed("""
            40  110 16b CONFIRMATION DE
            330 112 8   Date
            430 112 8   Votre commande
            330 124 10  11/02/2026
            430 124 10  BC-037083
            40  128 16b COMMANDE N° CF26.09473
            40  170 10b Ateliers Blanc
            40  184 10  37 avenue Jean Jaures
            40  198 10  69007 Lyon
        """),
        *TABLE,
    )
    assert value(result, "document_number") == "CF26.09473"
    assert value(result, "order_number") != "CF26.09473"
    assert _conf(result, "document_number") < ACCEPT


def test_a_number_alone_under_its_title_is_the_document_s() -> None:
    result = read(
        *SENDER,
        *printed("""
            40  110 16b Sales order confirmation
            330 112 8   Document date
            330 124 10  04.04.2026
            40  128 16b ACK26.07373
            40  170 10b Ateliers Blanc
            40  184 10  37 avenue Jean Jaures
            40  198 10  69007 Lyon
        """),
        *TABLE,
    )
    assert value(result, "document_number") == "ACK26.07373"
    assert _conf(result, "document_number") < ACCEPT


def test_a_bare_account_word_in_the_address_block_gives_the_customer_number() -> None:
    result = read(
        *SENDER,
        *printed("""
            40  110 16b FACTURE N° FA-2025-0412
            40  150 10b Ateliers Blanc
            40  164 10  37 avenue Jean Jaures
            40  178 10  69007 Lyon
            40  192 10  Client : 41102
        """),
        *TABLE,
    )
    assert value(result, "customer_number") == "41102"
    assert _conf(result, "customer_number") < ACCEPT


def test_a_bare_customer_word_before_a_name_gives_no_number() -> None:
    result = read(
        *SENDER,
        *printed("""
            40  110 16b FACTURE N° FA-2025-0412
            40  150 10  Client : Ateliers Blanc
            40  164 10  37 avenue Jean Jaures
            40  178 10  69007 Lyon
        """),
        *TABLE,
    )
    assert value(result, "customer_number") is None


def test_labels_joined_by_slashes_each_take_the_value_in_their_place() -> None:
    result = read(
        *SENDER,
        *printed("""
            40  110 16b FACTURE
            40  150 10b Ateliers Blanc
            40  164 10  37 avenue Jean Jaures
            40  178 10  69007 Lyon
            40  220 10  Code client / Votre commande : C-0412 / PO-7781
        """),
        *TABLE,
    )
    assert value(result, "customer_number") == "C-0412"
    assert value(result, "order_number") == "PO-7781"


def test_the_own_kind_with_one_qualifier_names_the_document_s_number() -> None:
    assert field_of("piece comptable n°", "invoice") == "document_number"
    assert field_of("sales invoice no.", "invoice") == "document_number"
    # another document of the same kind, a postcode, an account: not the document's own
    assert field_of("original invoice no.", "invoice") is None
    assert field_of("customer postal code", "invoice") is None
    assert field_of("sales invoice no.", "credit_note") is None


def test_a_reference_printed_in_groups_is_read_whole() -> None:
    from extraction.fields import parse_identifier

    assert parse_identifier("FA 2025 0412") == "FA 2025 0412"
    assert parse_identifier("4500 1234 56") == "4500 1234 56"
    assert parse_identifier("P 2026 8330") == "P 2026 8330"
    # thousands grouped, a telephone number in pairs: no reference
    assert parse_identifier("12 345") is None
    assert parse_identifier("06 12 34 56") is None
