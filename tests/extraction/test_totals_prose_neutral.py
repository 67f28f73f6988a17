"""Totals stated in a letter's sentence with a bare word for the amount ("pour un montant
de", "for an amount of"), with none that says net or gross: the gross only where it is the
lone amount stated or arithmetic makes it so, and offered, never shown sure."""

from __future__ import annotations

from tests.extraction.pages_for_tests import ACCEPT, Text, business_letter, read, reads


def letter(*sentences: str, lang: str = "fr") -> list[Text]:
    subject = "Objet : Facture n° F-2025-118" if lang == "fr" else "Invoice No. F-118"
    return business_letter(subject, list(sentences), lang)


def test_the_lone_amount_of_a_bare_montant_is_the_gross_offered() -> None:
    result = read(
        *letter(
            "Nous vous adressons notre facture pour un montant de 1 234,56 €,",
            "payable à 30 jours par virement.",
        )
    )
    reads(result, total_gross="1234.56", total_net=None, total_tax=None)
    assert result.fields["total_gross"].confidence < ACCEPT


def test_an_amount_of_and_its_tax_a_rate_apart_are_the_gross_and_the_tax() -> None:
    result = read(
        *letter(
            "Please find enclosed our invoice for an amount of £1,200.00, of which VAT",
            "£200.00, payable within 30 days.",
            lang="en",
        )
    )
    reads(result, total_gross="1200.00", total_tax="200.00")
    assert result.fields["total_gross"].confidence < ACCEPT


def test_a_bare_amount_among_others_that_do_not_add_up_is_not_read() -> None:
    result = read(
        *letter(
            "Votre acompte d'un montant de 300,00 € a bien été reçu. Le solde, pour un",
            "montant de 934,56 €, reste à régler ; une remise de 50,00 € a été consentie.",
            "Un second montant de 120,00 € sera facturé à part.",
        )
    )
    reads(result, total_net=None, total_tax=None)
    assert (
        result.fields.get("total_gross") is None or result.fields["total_gross"].confidence < ACCEPT
    )


def test_goods_listed_above_are_no_threshold() -> None:
    result = read(
        *letter(
            "The goods listed above come to £1017.00 excl. VAT; with VAT of £203.40 the",
            "amount payable is £1220.40.",
            lang="en",
        )
    )
    reads(result, total_net="1017.00", total_tax="203.40", total_gross="1220.40")
