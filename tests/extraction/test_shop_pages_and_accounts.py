"""A shop's pages and a payer's account (issue 20): a web shop titles its order confirmation
"Merci pour votre commande" or "Order summary" and labels its billing block "Facturé à",
titles its picking slip "Colisage" and lists only what was shipped; a payment advice prints
the account the payer was debited from, which is not the payee's IBAN. Each test draws a
whole page and checks the type or value a clerk sees and whether it is shown sure."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text, read, rows, value

ACCEPT = 0.9


def _shop_head(title: str) -> list[Text]:
    return [
        Text(40, 40, "Menuiserie du Vercors SAS", 14, bold=True),
        *rows(40, 60, ["103 boulevard Voltaire", "44000 Nantes", "www.menuiserie.fr"]),
        Text(40, 130, title, 16, bold=True),
        Text(40, 155, "Référence commande : #10037"),
        Text(40, 170, "Commandé le : 12/09/2024"),
        Text(40, 200, "Livraison", bold=True),
        Text(220, 200, "Facturé à", bold=True),
        Text(400, 200, "Mode de livraison", bold=True),
        *rows(40, 215, ["Matériaux de l'Ouest", "112 rue Pasteur", "35000 RENNES"]),
        *rows(220, 215, ["Matériaux de l'Ouest", "112 rue Pasteur", "35000 RENNES"]),
        Text(400, 215, "Chronopost 13h"),
    ]


def test_a_shop_page_thanking_for_the_order_with_prices_is_its_confirmation() -> None:
    """'Facturé à' labels the billing block: it is no invoice title."""
    doc = [
        *_shop_head("Merci pour votre commande"),
        Text(40, 290, "Produits"),
        Text(250, 290, "Prix unitaire"),
        Text(350, 290, "Quantité"),
        Text(450, 290, "Montant HT"),
        Text(40, 305, "Bougie parfumée"),
        Text(250, 305, "20,90"),
        Text(350, 305, "1"),
        Text(450, 305, "20,90"),
        Text(350, 340, "Total"),
        Text(450, 340, "25,08 EUR"),
        Text(40, 700, "Merci pour votre commande !"),
    ]
    result = read(*doc)
    assert result.doc_type == "order_confirmation"


def test_an_order_summary_is_a_confirmation() -> None:
    doc = [
        Text(40, 40, "Bennett & Hughes Ltd", 14, bold=True),
        *rows(40, 60, ["178 Mill Lane", "Norwich NR1 3JU"]),
        Text(40, 120, "Order summary", 16, bold=True),
        Text(40, 145, "Order number: 396-8027140"),
        Text(40, 180, "Product"),
        Text(250, 180, "Qty"),
        Text(320, 180, "Unit price"),
        Text(450, 180, "Line total"),
        Text(40, 195, "Leather trainers"),
        Text(250, 195, "6"),
        Text(320, 195, "131.24"),
        Text(450, 195, "787.44"),
    ]
    assert read(*doc).doc_type == "order_confirmation"


def test_a_slip_titled_colisage_listing_quantities_shipped_is_a_delivery_note() -> None:
    doc = [
        *_shop_head("Colisage"),
        Text(40, 290, "Produits"),
        Text(400, 290, "Qté expédiée"),
        Text(40, 305, "T-shirt coton bio"),
        Text(400, 305, "1"),
        Text(40, 700, "Merci pour votre commande !"),
    ]
    assert read(*doc).doc_type == "delivery_note"


def test_a_closing_thanks_does_not_make_an_invoice_a_confirmation() -> None:
    doc = [
        *_shop_head("FACTURE"),
        Text(40, 290, "Produits"),
        Text(350, 290, "Quantité"),
        Text(450, 290, "Montant HT"),
        Text(40, 305, "Bougie parfumée"),
        Text(350, 305, "1"),
        Text(450, 305, "20,90"),
        Text(40, 700, "Merci pour votre commande !"),
    ]
    assert read(*doc).doc_type == "invoice"


def _advice(*account_lines: str) -> list[Text]:
    return [
        Text(40, 40, "Electrical Direct Limited", 14, bold=True),
        *rows(40, 60, ["77 Station Approach", "Cardiff CF10 1EP"]),
        Text(380, 40, "Payment Advice", 16, bold=True),
        Text(380, 70, "PAYMENT REF. PAY025523"),
        Text(380, 85, "ISSUE DATE 2026-01-09"),
        Text(40, 130, "PAID TO", bold=True),
        *rows(40, 145, ["Harbour Fasteners LLC", "1640 Main Street", "Austin, TX 78701"]),
        Text(40, 220, "We have made the following payment to your account:"),
        Text(40, 245, "Invoice No."),
        Text(200, 245, "Date"),
        Text(350, 245, "Paid"),
        Text(40, 260, "2025/08642"),
        Text(200, 260, "2025-12-20"),
        Text(350, 260, "4325.15"),
        Text(40, 290, "TOTAL PAID £4325.15"),
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
