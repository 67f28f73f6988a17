"""Party blocks as real senders print them (issue 20, parties22): routing lines inside a
recipient block (the person it is for, the customer's number, "c/o" and department lines),
identifiers printed in or over the counterpart's block, and captions that name where
payments go or who ordered rather than where goods go."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text, one_item, read, reads, rows

UNSURE = 0.9


def _seller() -> list[Text]:
    return [
        Text(40, 40, "Outillage de l'Ouest SARL", 16, bold=True),
        Text(40, 60, "Siège social : 73 rue des Lilas, 35000 Rennes", 8),
        Text(40, 72, "Agence : 121 quai de la Fosse, 44000 Nantes", 8),
        Text(40, 84, "Tél : 02 99 54 62 10 · info@outillage.fr", 8),
        Text(330, 40, "FACTURE", 18, bold=True),
        Text(330, 70, "Facture n° : F24-95055"),
        Text(330, 84, "Date : 31/03/2024"),
    ]


def _lines(top: float) -> list[Text]:
    captions = ("Désignation", "Qté", "Prix unitaire", "Montant")
    return one_item(top, captions, ("Clé dynamométrique 1/2", "3", "79,80", "239,40"), "Total HT")


def test_routing_lines_in_the_window_are_neither_the_name_nor_the_address() -> None:
    """The customer's number over the name, the person it is for and a "c/o" line under it:
    the name stays the party's, the address keeps the "c/o" line (the post reads it)."""
    doc = [
        *_seller(),
        *rows(
            330,
            140,
            [
                "N° client : C18338",
                "Mercier & Fils SAS",
                "Attn : J. Smith",
                "c/o Groupe Meridia",
                "62 allée des Tilleuls",
                "44000 Nantes",
            ],
        ),
        *_lines(260),
    ]
    result = read(*doc)
    reads(
        result,
        customer_name="Mercier & Fils SAS",
        billing_address="c/o Groupe Meridia, 62 allée des Tilleuls, 44000 Nantes",
        customer_number="C18338",
    )


def test_a_department_line_under_the_name_is_part_of_the_address() -> None:
    doc = [
        *_seller(),
        *rows(
            330,
            140,
            ["Ateliers Fontaine SAS", "Service achats", "29 rue du Moulin", "35000 Rennes"],
        ),
        *_lines(260),
    ]
    reads(
        read(*doc),
        customer_name="Ateliers Fontaine SAS",
        billing_address="Service achats, 29 rue du Moulin, 35000 Rennes",
    )


def test_a_customer_number_under_an_unlisted_label_in_the_window_is_offered_not_sure() -> None:
    doc = [
        *_seller(),
        *rows(
            330, 140, ["Thornton Print SARL", "88 rue de Lyon", "69007 Lyon", "Code tiers : 411THO"]
        ),
        *_lines(260),
    ]
    result = read(*doc)
    reads(result, customer_number="411THO")
    assert result.fields["customer_number"].confidence < UNSURE


def test_the_vat_id_under_the_vendors_captioned_block_is_not_the_buyers() -> None:
    """A buyer's order: the vendor's block under a caption of unlisted words prints the
    vendor's VAT id; the issuer's own is the one at the foot."""
    doc = [
        Text(40, 40, "Établissements Lambert SAS", 16, bold=True),
        Text(40, 58, "+33 2 99 73 66 60 · achats@lambert.fr", 8),
        Text(330, 40, "BON DE COMMANDE", 18, bold=True),
        Text(330, 70, "N° : CMD.25.5061"),
        Text(330, 84, "Date : 01/11/2025"),
        Text(40, 130, "Prestataire", 8),
        *rows(
            40,
            142,
            [
                "Distribution Bonnet SA",
                "51 avenue Louise",
                "75011 Paris",
                "N° TVA intracommunautaire : FR 50 318 257 433",
            ],
        ),
        *_lines(260),
        Text(40, 760, "Établissements Lambert SAS – SIREN 639 131 127 – TVA FR19639131127", 7),
    ]
    result = read(*doc)
    reads(result, supplier_name="Distribution Bonnet SA", vat_id="FR19639131127")


def test_captions_over_two_vat_ids_say_whose_each_is() -> None:
    doc = [
        *_seller(),
        Text(330, 100, "Votre n° TVA", 8),
        Text(430, 100, "Notre n° TVA", 8),
        Text(330, 112, "FR 04 406 096 867"),
        Text(430, 112, "FR 28 888 114 998"),
        *rows(330, 150, ["Mercier & Fils SAS", "62 allée des Tilleuls", "44000 Nantes"]),
        *_lines(260),
    ]
    reads(read(*doc), vat_id="FR28888114998")


def test_a_remittance_block_is_neither_the_delivery_address_nor_the_supplier() -> None:
    """ "Adresse de règlement" over a factoring company's address beside the billed block."""
    doc = [
        *_seller(),
        Text(40, 130, "Facturer à", 8),
        *rows(40, 142, ["Caron & Fils SAS", "1 boulevard Voltaire", "21000 Dijon"]),
        Text(330, 130, "Adresse de règlement", 8),
        *rows(330, 142, ["Natixis Factor", "BP 2170", "31100 Toulouse"]),
        *_lines(260),
    ]
    reads(
        read(*doc),
        supplier_name="Outillage de l'Ouest SARL",
        customer_name="Caron & Fils SAS",
        delivery_address=None,
    )
