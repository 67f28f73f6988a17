"""A shop's pages and a payer's account (issue 20): a web shop titles its order confirmation
"Merci pour votre commande" or "Order summary" and labels its billing block "Facturé à",
titles its picking slip "Colisage" and lists only what was shipped; a payment advice prints
the account the payer was debited from, which is not the payee's IBAN. Each test draws a
whole page and checks the type or value a clerk sees and whether it is shown sure."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text, printed, read, rows, value

ACCEPT = 0.9


def _shop_head(title: str) -> list[Text]:
    return [
        *printed("""
            40 40 14b Menuiserie du Vercors SAS
            40 60 10  103 boulevard Voltaire
            40 73 10  44000 Nantes
            40 86 10  www.menuiserie.fr
        """),
        Text(40, 130, title, 16, bold=True),
        *printed("""
            40  155 10  Référence commande : #10037
            40  170 10  Commandé le : 12/09/2024
            40  200 10b Livraison
            220 200 10b Facturé à
            400 200 10b Mode de livraison
            40  215 10  Matériaux de l'Ouest
            40  228 10  112 rue Pasteur
            40  241 10  35000 RENNES
            220 215 10  Matériaux de l'Ouest
            220 228 10  112 rue Pasteur
            220 241 10  35000 RENNES
            400 215 10  Chronopost 13h
        """),
    ]


def test_a_shop_page_thanking_for_the_order_with_prices_is_its_confirmation() -> None:
    """'Facturé à' labels the billing block: it is no invoice title."""
    doc = [
        *_shop_head("Merci pour votre commande"),
        *printed("""
            40  290 10 Produits
            250 290 10 Prix unitaire
            350 290 10 Quantité
            450 290 10 Montant HT
            40  305 10 Bougie parfumée
            250 305 10 20,90
            350 305 10 1
            450 305 10 20,90
            350 340 10 Total
            450 340 10 25,08 EUR
            40  700 10 Merci pour votre commande !
        """),
    ]
    result = read(*doc)
    assert result.doc_type == "order_confirmation"


def test_an_order_summary_is_a_confirmation() -> None:
    doc = [
        *printed("""
            40  40  14b Bennett & Hughes Ltd
            40  60  10  178 Mill Lane
            40  73  10  Norwich NR1 3JU
            40  120 16b Order summary
            40  145 10  Order number: 396-8027140
            40  180 10  Product
            250 180 10  Qty
            320 180 10  Unit price
            450 180 10  Line total
            40  195 10  Leather trainers
            250 195 10  6
            320 195 10  131.24
            450 195 10  787.44
        """),
    ]
    assert read(*doc).doc_type == "order_confirmation"


def test_a_slip_titled_colisage_listing_quantities_shipped_is_a_delivery_note() -> None:
    doc = [
        *_shop_head("Colisage"),
        *printed("""
            40  290 10 Produits
            400 290 10 Qté expédiée
            40  305 10 T-shirt coton bio
            400 305 10 1
            40  700 10 Merci pour votre commande !
        """),
    ]
    assert read(*doc).doc_type == "delivery_note"


def test_a_closing_thanks_does_not_make_an_invoice_a_confirmation() -> None:
    doc = [
        *_shop_head("FACTURE"),
        *printed("""
            40  290 10 Produits
            350 290 10 Quantité
            450 290 10 Montant HT
            40  305 10 Bougie parfumée
            350 305 10 1
            450 305 10 20,90
            40  700 10 Merci pour votre commande !
        """),
    ]
    assert read(*doc).doc_type == "invoice"


def _advice(*account_lines: str) -> list[Text]:
    return [
        *printed("""
            40  40  14b Electrical Direct Limited
            40  60  10  77 Station Approach
            40  73  10  Cardiff CF10 1EP
            380 40  16b Payment Advice
            380 70  10  PAYMENT REF. PAY025523
            380 85  10  ISSUE DATE 2026-01-09
            40  130 10b PAID TO
            40  145 10  Harbour Fasteners LLC
            40  158 10  1640 Main Street
            40  171 10  Austin, TX 78701
            40  220 10  We have made the following payment to your account:
            40  245 10  Invoice No.
            200 245 10  Date
            350 245 10  Paid
            40  260 10  2025/08642
            200 260 10  2025-12-20
            350 260 10  4325.15
            40  290 10  TOTAL PAID £4325.15
        """),
        *rows(40, 320, list(account_lines)),
    ]


def test_the_account_a_payment_was_debited_from_is_not_the_payees_iban() -> None:
    doc = _advice("METHOD OF PAYMENT - Bank transfer", "DEBITED FROM - GB56 CUCE 9480 1663 4394 40")
    result = read(*doc)
    assert value(result, "iban") is None


def test_the_account_paid_into_is_the_iban_beside_the_payers_own() -> None:
    doc = _advice(
        "Sur votre compte IBAN FR53 7409 7898 4771 5901 6491 082",
        "Débité du compte: FR88 5498 8432 0651 9940 6767 676",
    )
    result = read(*doc)
    assert value(result, "iban") == "FR5374097898477159016491082"


def test_an_unlabelled_account_on_a_payment_advice_is_not_shown_sure() -> None:
    """The payer writes the advice: an account it does not say is the payee's may be its
    own."""
    doc = _advice("Bank transfer GB56 CUCE 9480 1663 4394 40")
    result = read(*doc)
    fv = result.fields.get("iban")
    assert fv is None or fv.confidence < ACCEPT
