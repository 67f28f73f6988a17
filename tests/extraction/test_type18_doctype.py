"""The kind from the page's own number (issue 20): a kind labelled beside another number is
the document the page answers, a kind named with the page's own number (in a running header
or the foot line) is the page's name; neither is ever sure alone."""

from __future__ import annotations

from extraction import classify
from extraction.doctype_own import own_numbers
from tests.extraction.pages_for_tests import Text
from tests.extraction.test_doctype_evidence import first_page

_SELLER = [
    Text(40, 40, "30 Commerce Drive, Suite 700"),
    Text(40, 53, "Columbus, OH 43215"),
    Text(40, 66, "contact@logistics.com"),
    Text(40, 150, "Coleman Fasteners LLC"),
    Text(40, 163, "530 Main Street"),
    Text(40, 176, "Denver, CO 80202"),
    Text(40, 230, "Item          Qty     Unit Price      Ext. Price"),
    Text(40, 243, "Oil filter     2       18.00           36.00"),
]


def test_the_own_number_is_the_one_under_a_bare_label() -> None:
    page = first_page(
        Text(380, 40, "Doc. no. 1298853"),
        Text(380, 53, "Purchase Order: P54794-A"),
        Text(380, 66, "Réf. document"),
        Text(460, 66, "AR-2024-77"),
    )
    assert own_numbers(page) == {"1298853", "ar-2024-77"}


def test_an_order_labelled_beside_another_number_is_the_order_answered() -> None:
    page = first_page(
        *_SELLER,
        Text(380, 40, "Doc. no. 1298853"),
        Text(380, 53, "Purchase Order: P54794-A"),
        Text(40, 210, "This is our acknowledgement of your order P54794-A."),
    )
    cls = classify.classify([page])
    assert cls.doc_type == "order_confirmation"
    assert cls.confidence < 0.9


def test_a_kind_named_with_the_own_number_at_the_foot_is_the_pages_name() -> None:
    page = first_page(
        *_SELLER,
        Text(380, 40, "No. 6925059"),
        Text(40, 800, "Severn Tools Ltd – Delivery note 6925059 – page 1", 7),
    )
    cls = classify.classify([page])
    assert cls.doc_type == "delivery_note"
    assert cls.confidence < 0.9
