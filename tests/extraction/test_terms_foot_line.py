"""Payment terms, due and shipping dates where the settle families print them (issue 20):
the terms as one item of the page's foot line among bank and registration details, the
items parted by a middle dot, a bullet or a bar, with or without a short caption of their
own; a count of days written in words; the day to pay by asked for in a closing request;
the shipping date beside "Départ entrepôt", "Shipped on". Every such reading is offered
to a clerk, never shown sure, and a due date the terms come to agrees with them."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text, offered, read, value, with_foot


def _invoice(*foot: str, head: tuple[str, ...] = ()) -> list[Text]:
    lines = ["N° FA-2025-0577", "Date : 14/03/2025", *head]
    return with_foot(
        "Scierie Vidal SARL", ["3 chemin des Prés", "38000 Grenoble"], "FACTURE", lines, foot, 8
    )


def _invoice_en(*foot: str, head: tuple[str, ...] = ()) -> list[Text]:
    lines = ["Invoice no. INV-40917", "Date: 14 March 2025", *head]
    return with_foot(
        "Northgate Timber Ltd", ["9 Mill Lane", "Leeds LS2 7EW"], "INVOICE", lines, foot, 8
    )


def test_terms_are_one_item_of_a_foot_line_parted_by_middle_dots() -> None:
    result = read(
        *_invoice(
            "Scierie Vidal SARL · Tél. 04 76 12 34 56 · SIRET 512 334 908 00017 · "
            "à 30 jours fin de mois le 10 · IBAN FR76 3000 4000 0312 3456 7890 143"
        )
    )
    offered(result, "payment_terms", "à 30 jours fin de mois le 10")


def test_terms_end_at_the_bullet_before_the_next_item() -> None:
    result = read(
        *_invoice_en("Northgate Timber Ltd • payable within 20 days • Tel. 0113 496 0000")
    )
    offered(result, "payment_terms", "payable within 20 days")


def test_an_item_of_the_foot_line_may_caption_its_terms() -> None:
    result = read(
        *_invoice("Scierie Vidal SARL | Termes : net à 45 jours | RCS Grenoble B 512 334 908")
    )
    offered(result, "payment_terms", "net à 45 jours")


def test_a_count_of_days_in_words_is_a_delay_and_the_due_date_it_gives_agrees() -> None:
    result = read(
        *_invoice(
            "Cette facture est payable à trente jours fin de mois.",
            "Échéance : 30/04/2025",
        )
    )
    assert value(result, "payment_terms") == "payable à trente jours fin de mois"
    assert value(result, "due_date") == "2025-04-30"


def test_a_request_to_remit_by_a_day_gives_the_due_date() -> None:
    result = read(*_invoice_en("Kindly remit payment by April 15, 2025.", "Thank you."))
    offered(result, "due_date", "2025-04-15")


def test_a_validity_limit_is_no_due_date() -> None:
    result = read(*_invoice("Offre valable jusqu'au 3 avril 2025"))
    assert value(result, "due_date") is None


def test_the_day_goods_leave_the_warehouse_is_the_delivery() -> None:
    result = read(*_invoice(head=("Départ entrepôt le 21.03.2025",)))
    offered(result, "delivery_date", "2025-03-21")


def test_a_net_weight_or_a_net_price_is_no_terms() -> None:
    result = read(*_invoice("Poids net 30 kg · Colis : 2", "Prix net 45 EUR le mètre"))
    assert value(result, "payment_terms") is None


def test_a_delay_counted_from_the_delivery_is_the_payment_s() -> None:
    result = read(*_invoice("Règlement à 30 jours date de livraison par virement."))
    assert value(result, "payment_terms") == "à 30 jours date de livraison"
