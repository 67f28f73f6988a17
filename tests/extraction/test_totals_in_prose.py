"""Totals a business letter states only in a sentence after its item table, in French and
English, with the currency before or after, thousands grouped by a space, a comma, an
apostrophe or nothing, the words for net, tax and gross in any order: read and offered to
a clerk, never shown sure. Amounts in sentences that are not the totals (a share capital,
a penalty, a minimum order, a deposit, a free-delivery threshold) are left alone.

The wordings are written here for these tests."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text, offers, read, reads, rows, table_rows

COLUMNS = [40, 300, 360, 460]


def _letter(lang: str, items: list[tuple[str, str, str, str]], prose: list[str]) -> list[Text]:
    """A letter: letterhead, addressee, place and date, subject, the items, then the
    paragraphs of ``prose`` (each a list of printed lines, one under the other)."""
    fr = lang == "fr"
    head = (
        ("Désignation", "Qté", "PU HT", "Montant HT") if fr else ("Item", "Qty", "Price", "Amount")
    )
    out = [
        Text(40, 40, "Menuiserie Laval SARL" if fr else "Northgate Timber Ltd", 14, bold=True),
        *rows(40, 62, ["12 rue des Tanneurs", "53000 Laval"] if fr else ["4 Mill Lane", "Leeds"]),
        *rows(330, 120, ["Atelier Brun", "8 place du Marché", "44000 Nantes"]),
        Text(330, 190, "Laval, le 12 mars 2025" if fr else "Leeds, 12 March 2025"),
        Text(40, 220, "Objet : notre proposition" if fr else "Re: our proposal", bold=True),
        Text(40, 245, "Madame, Monsieur," if fr else "Dear Sir or Madam,"),
        *table_rows([head, *items], COLUMNS, 280),
    ]
    y = 300 + 16 * len(items) + 20
    for paragraph in prose:
        for line in paragraph.split("\n"):
            out.append(Text(40, y, line.strip()))
            y += 13
        y += 10
    out.append(Text(40, y + 20, "Veuillez agréer nos salutations." if fr else "Yours faithfully,"))
    return out


EN_ITEMS = [
    ("Oak beam 120 x 240 mm", "4", "212.50", "850.00"),
    ("Fixing brackets, galvanised", "10", "17.88", "178.80"),
]
FR_ITEMS = [
    ("Poutre chêne 120 x 240", "4", "212,50", "850,00"),
    ("Équerres galvanisées", "10", "17,88", "178,80"),
]


def test_an_english_sentence_with_the_gross_first_the_net_last() -> None:
    """'The amount due is EUR 1,234.56 including VAT of 205.76 on a net amount of
    1,028.80.', wrapped over two lines: the three totals, net + tax = gross."""
    prose = [
        "Thank you for your enquiry. The amount due is EUR 1,234.56 including VAT of\n"
        "205.76 on a net amount of 1,028.80. Delivery within two weeks."
    ]
    result = read(*_letter("en", EN_ITEMS, prose))
    offers(result, total_net="1028.80", total_tax="205.76", total_gross="1234.56")


def test_a_french_sentence_with_the_currency_after_and_words_after_the_amounts() -> None:
    """'Pour un montant de 1 234,56 € TTC, dont 205,76 € de TVA (1 028,80 € HT).'"""
    prose = ["Pour un montant de 1 234,56 € TTC, dont 205,76 € de TVA (1 028,80 € HT)."]
    result = read(*_letter("fr", FR_ITEMS, prose))
    offers(result, total_net="1028.80", total_tax="205.76", total_gross="1234.56")


def test_a_sales_tax_in_brackets_after_the_total() -> None:
    """'Total: $3,000.00 (tax $250.00, before tax $2,750.00)': a sales tax at no VAT rate,
    the lines summing to the net."""
    items = [("Site survey", "1", "750.00", "750.00"), ("Design work", "8", "250.00", "2,000.00")]
    prose = ["Total: $3,000.00 (tax $250.00, before tax $2,750.00)"]
    result = read(*_letter("en", items, prose))
    offers(result, total_net="2750.00", total_tax="250.00", total_gross="3000.00")


def test_net_and_gross_grouped_by_apostrophes_the_tax_unsaid() -> None:
    """'… s'élève à CHF 1'028.80 HT, soit CHF 1'112.13 TTC.': net and gross, their
    difference 8.1 % of the net; the tax is not printed, so not read."""
    items = [
        ("Poutre chêne 120 x 240", "4", "212.50", "850.00"),
        ("Équerres", "10", "17.88", "178.80"),
    ]
    prose = ["Le montant total de notre offre s'élève à CHF 1'028.80 HT,\nsoit CHF 1'112.13 TTC."]
    result = read(*_letter("fr", items, prose))
    offers(result, total_net="1028.80", total_gross="1112.13")
    reads(result, total_tax=None)


def test_the_gross_alone_ungrouped_in_english() -> None:
    """'We confirm your order for a total of GBP 1234.56 inclusive of VAT.'"""
    prose = ["We confirm your order for a total of GBP 1234.56 inclusive of VAT."]
    result = read(*_letter("en", EN_ITEMS, prose))
    offers(result, total_gross="1234.56")
    reads(result, total_tax=None)


def test_the_gross_beside_a_deposit_and_a_free_delivery_threshold() -> None:
    """A deposit 'TTC' and a threshold 'HT' in sentences of their own are not totals: the
    gross alone is read, no net from the threshold."""
    prose = [
        "Franco de port à partir de 300,00 € HT.",
        "Le total de votre commande est de 1 234,56 € toutes taxes comprises.\n"
        "Un acompte de 370,37 € TTC est demandé à la commande.",
    ]
    result = read(*_letter("fr", FR_ITEMS, prose))
    offers(result, total_gross="1234.56")
    reads(result, total_net=None, total_tax=None)


def test_amounts_in_sentences_that_are_not_totals() -> None:
    """A share capital, a penalty, a minimum order and a deposit, each said with its
    totals word ('excl. VAT', 'TTC'): no total is read from them."""
    prose = [
        "Please note that a minimum order of 100.00 EUR excl. VAT applies, and that late\n"
        "payment incurs a fixed penalty of 40 EUR.",
        "A deposit of 350.00 EUR incl. VAT is requested with the order.",
        "Northgate Timber Ltd, share capital 50 000 EUR.",
    ]
    result = read(*_letter("en", EN_ITEMS, prose))
    reads(result, total_net=None, total_tax=None, total_gross=None)


def test_a_total_weight_and_a_count_are_not_the_gross() -> None:
    """'Total weight: 125.50 kg', 'in total 12.00 pallets': sentences with the word total
    and a number with decimals, not an amount of money."""
    prose = [
        "Total weight: 125.50 kg, in total 12.00 pallets, to be collected on 20 March.",
        "We thank you for your order and remain at your disposal.",
    ]
    result = read(*_letter("en", EN_ITEMS[:1], prose))
    reads(result, total_tax=None, total_gross=None)


def test_the_tax_first_then_the_gross_then_the_net_in_french() -> None:
    """'La TVA au taux de 20 % représente 205,76 €, ce qui porte le total à 1234,56 €, pour
    1028,80 € hors taxes.': no thousands separator, the tax named before the others."""
    prose = [
        "La TVA au taux de 20 % représente 205,76 €, ce qui porte le total à 1234,56 €,\n"
        "pour 1028,80 € hors taxes."
    ]
    result = read(*_letter("fr", FR_ITEMS, prose))
    offers(result, total_net="1028.80", total_tax="205.76", total_gross="1234.56")


def test_the_sum_to_pay_with_vat_included_in_brackets() -> None:
    """'… the sum of USD 1,234.56 (VAT included), by bank transfer.'"""
    prose = ["Please pay the sum of USD 1,234.56 (VAT included), by bank transfer."]
    result = read(*_letter("en", EN_ITEMS, prose))
    offers(result, total_gross="1234.56")
    reads(result, total_tax=None)


def test_an_amount_said_net_is_not_the_gross_on_its_own() -> None:
    """'Notre offre s'élève à un montant total de 1 028,80 € HT.': the words after it say
    it is the net; with the lines summing to it, it is the net, and no gross is read."""
    prose = ["Notre offre s'élève à un montant total de 1 028,80 € HT."]
    result = read(*_letter("fr", FR_ITEMS, prose))
    reads(result, total_gross=None, total_tax=None)
    offers(result, total_net="1028.80")


def test_the_tax_in_brackets_after_vat_included() -> None:
    """'Le total s'élève à 1 234,56 €, TVA comprise (205,76 €), livraison incluse.'"""
    prose = ["Le total s'élève à 1 234,56 €, TVA comprise (205,76 €), livraison incluse."]
    result = read(*_letter("fr", FR_ITEMS, prose))
    offers(result, total_tax="205.76", total_gross="1234.56")


def test_vat_excluded_and_all_taxes_included_after_the_amounts() -> None:
    """'… comes to GBP 1028.80 (VAT excl.), that is GBP 1234.56 all taxes included.'"""
    prose = ["Our offer comes to GBP 1028.80 (VAT excl.), that is GBP 1234.56 all taxes included."]
    result = read(*_letter("en", EN_ITEMS, prose))
    offers(result, total_net="1028.80", total_gross="1234.56")


def test_words_in_brackets_after_the_gross_name_the_amounts_that_follow() -> None:
    """'Amount due: GBP 1,234.56 (net GBP 1,028.80 + tax GBP 205.76).' on a one-line
    order: '(net' names the amount after it, not the gross before it."""
    prose = ["Amount due: GBP 1,234.56 (net GBP 1,028.80 + tax GBP 205.76)."]
    items = [("Oak beams, lot of 4", "1", "1,028.80", "1,028.80")]
    result = read(*_letter("en", items, prose))
    offers(result, total_net="1028.80", total_tax="205.76", total_gross="1234.56")
