"""Payment terms read as a structure, on layouts unlike the generator's (issue 20): a delay
with its discount before it, nothing after it that says how to pay, no other delay (a
warranty, a delivery) taken for them, a caption beside the terms' caption never their
value; and terms a due date read comes to are confirmed by it, as it is by them."""

from __future__ import annotations

import pytest

from extraction.candidates.model import Candidate
from extraction.candidates.terms import (
    cleaned,
    cut_short,
    is_whole_terms,
    not_terms,
    terms_in_sentence,
)
from extraction.due_by_terms import TERMS_NOTE, agree_with_terms
from tests.extraction.pages_for_tests import (
    Text,
    grid,
    oak_beam_item,
    read,
    rows,
    sender_and_title,
    table_rows,
    value,
)


@pytest.mark.parametrize(
    ("said", "terms"),
    [
        ("2% 10 Net 30", "2% 10 Net 30"),
        ("1% 10 days, net 30 days", "1% 10 days, net 30 days"),
        ("Terms 2/10 net 30", "2/10 net 30"),
        ("Net 30 days. A late fee of 1.5% per month applies.", "Net 30 days"),
    ],
)
def test_a_discount_before_the_net_delay_is_part_of_the_terms(said: str, terms: str) -> None:
    found = terms_in_sentence(said)
    assert found is not None and said[found[0] : found[1]] == terms


@pytest.mark.parametrize(
    "said",
    [
        "Warranty: 12 months from delivery",
        "Delivery: within 10 days",
        "Validité : 3 mois",
        "Lead time: 10 working days",
    ],
)
def test_another_delay_under_its_own_caption_is_left_as_it_is(said: str) -> None:
    # the caption is not dropped, so no reading finds terms after it
    assert cleaned(said) == said


def test_a_sentence_about_paying_late_after_the_terms_is_no_part_of_them() -> None:
    said = "Net 30 days. Late payments over 30 days bear interest of 1.5% per month."
    assert cleaned(said) == "Net 30 days"


def test_a_payment_means_after_a_labelled_delay_is_no_part_of_the_terms() -> None:
    assert cleaned("within 21 days by bank transfer to the account below") == "within 21 days"


@pytest.mark.parametrize(
    ("terms", "whole"),
    [
        ("Net 30", True),
        ("45 j FDM", True),
        ("10 jours escompte 2 %, 30 jours net", True),
        ("30 days", False),  # a bare count of days may be any delay
        ("Net 30 par virement", False),
        ("Net 30 days. Late", False),
    ],
)
def test_whole_terms_are_terms_from_end_to_end(terms: str, whole: bool) -> None:
    assert is_whole_terms(terms) is whole


def _cand(field: str, value: str) -> Candidate:
    return Candidate(field, value, 1, None, "text", "label", prior=0.5)


def _terms_after(terms: str, due: str, issued: str = "2025-03-12") -> Candidate:
    cand = _cand("payment_terms", terms)
    agree_with_terms(
        {
            "document_date": [_cand("document_date", issued)],
            "payment_terms": [cand],
            "due_date": [_cand("due_date", due)],
        }
    )
    return cand


def test_terms_a_due_date_comes_to_are_confirmed_by_it() -> None:
    confirmed = _terms_after("Net 30", "2025-04-11")
    assert confirmed.agree == 1 and TERMS_NOTE in confirmed.notes


@pytest.mark.parametrize(
    ("terms", "due"),
    [
        ("Net 30", "2025-04-26"),  # another delay
        ("30 days", "2025-04-11"),  # a bare count of days
        ("Net 30 par virement", "2025-04-11"),  # run on
        ("Comptant", "2025-03-12"),  # the document's own date
    ],
)
def test_terms_are_not_confirmed_otherwise(terms: str, due: str) -> None:
    assert _terms_after(terms, due).agree == 0


def _us_invoice(headings: list[str], values: list[str]) -> list[Text]:
    return [
        *sender_and_title("Lakeside Supply Inc.", ["400 Main Street", "Springfield"], "INVOICE"),
        *rows(380, 80, ["Invoice # 55121"]),
        *grid(200, headings, values, xs=(40, 150, 260, 370)),
        *oak_beam_item(320),
    ]


def test_the_caption_beside_the_terms_caption_is_not_their_value() -> None:
    page = _us_invoice(
        ["Date", "Payment Terms", "Ship Via", "FOB"],
        ["03/04/2025", "2% 10 Net 30", "UPS Ground", "Origin"],
    )
    assert value(read(*page), "payment_terms") == "2% 10 Net 30"


def test_terms_and_a_due_date_that_agree_are_both_shown_sure() -> None:
    result = read(
        *_us_invoice(
            ["Invoice Date", "Terms", "Due Date", "PO Number"],
            ["03/04/2025", "Net 30", "04/03/2025", "PO-7781"],
        )
    )
    assert value(result, "payment_terms") == "Net 30"
    assert value(result, "due_date") == "2025-04-03"
    assert result.fields["payment_terms"].confidence >= 0.9


def test_terms_that_open_with_their_preposition_are_not_confirmed() -> None:
    # "Règlement à 30 jours": the caption word may be part of the terms as printed
    assert _terms_after("à 30 jours", "2025-04-11").agree == 0


def _us_page(*foot: str) -> list[Text]:
    return [
        *sender_and_title("Lakeside Supply Inc.", ["400 Main Street", "Springfield"], "INVOICE"),
        *rows(380, 80, ["Invoice # 55120", "Invoice Date: 03/04/2025"]),
        *oak_beam_item(300),
        *rows(40, 420, list(foot)),
    ]


def test_a_due_date_in_a_sentence_is_read_in_the_documents_order() -> None:
    # month first, as the document's date: 4 March, due 3 April (not 4 March read day first)
    result = read(*_us_page("Amount due on or before 04/03/2025"))
    assert value(result, "due_date") == "2025-04-03"


def test_a_delivery_asked_no_later_than_a_day_is_the_delivery_date() -> None:
    page = [
        *sender_and_title(
            "Lakeside Supply Inc.", ["400 Main Street", "Springfield"], "PURCHASE ORDER"
        ),
        *rows(380, 80, ["PO # 4410", "Order Date: 03/04/2025"]),
        *oak_beam_item(300),
        Text(40, 420, "Please deliver no later than March 20, 2025."),
    ]
    assert value(read(*page), "delivery_date") == "2025-03-20"


@pytest.mark.parametrize(
    ("read_as", "why"),
    [
        ("Échéance", "a caption, not a value"),
        ("Mode de règlement", "a caption, not a value"),
        (
            "FOB Destination, Freight Prepaid",
            "the rules of delivery (an Incoterm), not the payment's",
        ),
        ("Net 30", None),
        ("Comptant", None),
        ("Sofort fällig ohne Abzug", None),  # terms that a label's words compose
    ],
)
def test_a_caption_or_an_incoterm_read_for_the_terms_is_none(read_as: str, why: str | None) -> None:
    assert not_terms(read_as) == why


def test_terms_that_stop_on_an_open_word_were_cut_short() -> None:
    assert cut_short("30 days after receipt of goods and")
    assert not cut_short("30 jours fin de mois le 10")


def test_value_first_head_gives_the_terms_over_their_caption_not_the_next_caption() -> None:
    values = ["14/03/2025", "45 jours fin de mois", "30/04/2025"]
    captions = ["Date facture", "Conditions de paiement", "Échéance"]
    page = [
        *sender_and_title("Roux SARL", ["2 rue Neuve", "69001 Lyon"], "FACTURE"),
        *rows(380, 80, ["Facture n° F-2025-88"]),
        *table_rows([values, captions], [40, 150, 260], 200, step=12),
        *oak_beam_item(300),
    ]
    assert value(read(*page), "payment_terms") == "45 jours fin de mois"
