"""Totals a business letter states only in a sentence after its item table, in French and
English, with the currency before or after, thousands grouped by a space, a comma, an
apostrophe or nothing, the words for net, tax and gross in any order: read and offered to
a clerk, never shown sure. Amounts in sentences that are not the totals (a share capital,
a penalty, a minimum order, a deposit, a free-delivery threshold) are left alone.

The wordings are written here for these tests."""

from __future__ import annotations

import pytest

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


# (language, items, paragraphs after them, totals offered, totals not read), each with what
# it shows
CASES = [
    pytest.param(
        # 'The amount due is EUR 1,234.56 including VAT of 205.76 on a net amount of 1,028.80.',
        # wrapped over two lines: the three totals, net + tax = gross.
        "en",
        EN_ITEMS,
        [
            "Thank you for your enquiry. The amount due is EUR 1,234.56 including VAT of\n"
            "205.76 on a net amount of 1,028.80. Delivery within two weeks."
        ],
        {"total_net": "1028.80", "total_tax": "205.76", "total_gross": "1234.56"},
        (),
        id="an_english_sentence_with_the_gross_first_the_net_last",
    ),
    pytest.param(
        # 'Pour un montant de 1 234,56 € TTC, dont 205,76 € de TVA (1 028,80 € HT).'
        "fr",
        FR_ITEMS,
        ["Pour un montant de 1 234,56 € TTC, dont 205,76 € de TVA (1 028,80 € HT)."],
        {"total_net": "1028.80", "total_tax": "205.76", "total_gross": "1234.56"},
        (),
        id="a_french_sentence_with_the_currency_after_and_words_after_the_amounts",
    ),
    pytest.param(
        # 'Total: $3,000.00 (tax $250.00, before tax $2,750.00)': a sales tax at no VAT rate, the
        # lines summing to the net.
        "en",
        [("Site survey", "1", "750.00", "750.00"), ("Design work", "8", "250.00", "2,000.00")],
        ["Total: $3,000.00 (tax $250.00, before tax $2,750.00)"],
        {"total_net": "2750.00", "total_tax": "250.00", "total_gross": "3000.00"},
        (),
        id="a_sales_tax_in_brackets_after_the_total",
    ),
    pytest.param(
        # '… s'élève à CHF 1'028.80 HT, soit CHF 1'112.13 TTC.': net and gross, their difference 8.1
        # % of the net; the tax is not printed, so not read.
        "fr",
        [
            ("Poutre chêne 120 x 240", "4", "212.50", "850.00"),
            ("Équerres", "10", "17.88", "178.80"),
        ],
        ["Le montant total de notre offre s'élève à CHF 1'028.80 HT,\nsoit CHF 1'112.13 TTC."],
        {"total_net": "1028.80", "total_gross": "1112.13"},
        ("total_tax",),
        id="net_and_gross_grouped_by_apostrophes_the_tax_unsaid",
    ),
    pytest.param(
        # 'We confirm your order for a total of GBP 1234.56 inclusive of VAT.'
        "en",
        EN_ITEMS,
        ["We confirm your order for a total of GBP 1234.56 inclusive of VAT."],
        {"total_gross": "1234.56"},
        ("total_tax",),
        id="the_gross_alone_ungrouped_in_english",
    ),
    pytest.param(
        # A deposit 'TTC' and a threshold 'HT' in sentences of their own are not totals: the gross
        # alone is read, no net from the threshold.
        "fr",
        FR_ITEMS,
        [
            "Franco de port à partir de 300,00 € HT.",
            "Le total de votre commande est de 1 234,56 € toutes taxes comprises.\n"
            "Un acompte de 370,37 € TTC est demandé à la commande.",
        ],
        {"total_gross": "1234.56"},
        ("total_net", "total_tax"),
        id="the_gross_beside_a_deposit_and_a_free_delivery_threshold",
    ),
    pytest.param(
        # A share capital, a penalty, a minimum order and a deposit, each said with its totals word
        # ('excl. VAT', 'TTC'): no total is read from them.
        "en",
        EN_ITEMS,
        [
            "Please note that a minimum order of 100.00 EUR excl. VAT applies, and that late\n"
            "payment incurs a fixed penalty of 40 EUR.",
            "A deposit of 350.00 EUR incl. VAT is requested with the order.",
            "Northgate Timber Ltd, share capital 50 000 EUR.",
        ],
        {},
        ("total_net", "total_tax", "total_gross"),
        id="amounts_in_sentences_that_are_not_totals",
    ),
    pytest.param(
        # 'Total weight: 125.50 kg', 'in total 12.00 pallets': sentences with the word total and a
        # number with decimals, not an amount of money.
        "en",
        EN_ITEMS[:1],
        [
            "Total weight: 125.50 kg, in total 12.00 pallets, to be collected on 20 March.",
            "We thank you for your order and remain at your disposal.",
        ],
        {},
        ("total_tax", "total_gross"),
        id="a_total_weight_and_a_count_are_not_the_gross",
    ),
    pytest.param(
        # 'La TVA au taux de 20 % représente 205,76 €, ce qui porte le total à 1234,56 €, pour
        # 1028,80 € hors taxes.': no thousands separator, the tax named before the others.
        "fr",
        FR_ITEMS,
        [
            "La TVA au taux de 20 % représente 205,76 €, ce qui porte le total à 1234,56 €,\n"
            "pour 1028,80 € hors taxes."
        ],
        {"total_net": "1028.80", "total_tax": "205.76", "total_gross": "1234.56"},
        (),
        id="the_tax_first_then_the_gross_then_the_net_in_french",
    ),
    pytest.param(
        # '… the sum of USD 1,234.56 (VAT included), by bank transfer.'
        "en",
        EN_ITEMS,
        ["Please pay the sum of USD 1,234.56 (VAT included), by bank transfer."],
        {"total_gross": "1234.56"},
        ("total_tax",),
        id="the_sum_to_pay_with_vat_included_in_brackets",
    ),
    pytest.param(
        # 'Notre offre s'élève à un montant total de 1 028,80 € HT.': the words after it say it is
        # the net; with the lines summing to it, it is the net, and no gross is read.
        "fr",
        FR_ITEMS,
        ["Notre offre s'élève à un montant total de 1 028,80 € HT."],
        {"total_net": "1028.80"},
        ("total_gross", "total_tax"),
        id="an_amount_said_net_is_not_the_gross_on_its_own",
    ),
    pytest.param(
        # 'Le total s'élève à 1 234,56 €, TVA comprise (205,76 €), livraison incluse.'
        "fr",
        FR_ITEMS,
        ["Le total s'élève à 1 234,56 €, TVA comprise (205,76 €), livraison incluse."],
        {"total_tax": "205.76", "total_gross": "1234.56"},
        (),
        id="the_tax_in_brackets_after_vat_included",
    ),
    pytest.param(
        # '… comes to GBP 1028.80 (VAT excl.), that is GBP 1234.56 all taxes included.'
        "en",
        EN_ITEMS,
        ["Our offer comes to GBP 1028.80 (VAT excl.), that is GBP 1234.56 all taxes included."],
        {"total_net": "1028.80", "total_gross": "1234.56"},
        (),
        id="vat_excluded_and_all_taxes_included_after_the_amounts",
    ),
    pytest.param(
        # 'Amount due: GBP 1,234.56 (net GBP 1,028.80 + tax GBP 205.76).' on a one-line order:
        # '(net' names the amount after it, not the gross before it.
        "en",
        [("Oak beams, lot of 4", "1", "1,028.80", "1,028.80")],
        ["Amount due: GBP 1,234.56 (net GBP 1,028.80 + tax GBP 205.76)."],
        {"total_net": "1028.80", "total_tax": "205.76", "total_gross": "1234.56"},
        (),
        id="words_in_brackets_after_the_gross_name_the_amounts_that_follow",
    ),
]


@pytest.mark.parametrize(("lang", "items", "prose", "offered", "unread"), CASES)
def test_totals_said_in_a_sentence(
    lang: str,
    items: list[tuple[str, str, str, str]],
    prose: list[str],
    offered: dict[str, str],
    unread: tuple[str, ...],
) -> None:
    """The totals the letter's sentences state are read and offered to a clerk (never shown
    sure); those they do not state are not read."""
    result = read(*_letter(lang, items, prose))
    offers(result, **offered)
    reads(result, **dict.fromkeys(unread))
