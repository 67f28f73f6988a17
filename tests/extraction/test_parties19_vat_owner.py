"""Whose VAT id a page prints (issue 20): check digits say a VAT id is well formed, not that
it is the issuer's. A valid id in the counterpart's block is vetoed, one in a place nothing
says is the issuer's is never sure, and a partner's block printed in a column beside the
"Shipping address" block, sharing its rows, is found as a block of its own."""

from __future__ import annotations

import re

from extraction.candidates import collect
from extraction.candidates.model import Candidate, best_first
from extraction.layout import PageLayout
from extraction.parties import address_blocks, find_blocks, party_candidates
from tests.extraction.pages_for_tests import Text, read, rows
from tests.extraction.test_doctype_evidence import first_page

# the buyer's letterhead at the top left of its purchase order
_BUYER = [
    Text(36, 50, "Brennan Tools Ltd", 12, bold=True),
    *rows(36, 64, ["12 Mill Lane", "Phone: 0113 496 0000", "Mail: buying@brennan.co.uk"], 14),
]
# where the goods go, under its caption, at the left
_SHIP_TO = rows(
    34,
    110,
    ["Shipping address:", "Brennan Tools Ltd", "Depot 3", "22 Canal Road", "Leeds LS1 4DY"],
    11,
)
# the supplier's block in a column right of it, sharing its rows, with its phone and VAT id
_PARTNER = rows(
    380,
    110,
    [
        "Harlow Fixings plc",
        "4 Quay Street",
        "Bristol BS1 5TR",
        "Tel: 0117 496 0123",
        "E-mail: sales@harlow.co.uk",
        "VAT: GB941704279",
    ],
    11,
)
_ORDER = [
    Text(34, 200, "Purchase Order PO-4471", 12, bold=True),
    Text(34, 240, "Description                 Qty        Unit price        Amount"),
    Text(34, 256, "Hex bolts M8 x 40            200              0.12           24.00"),
    Text(300, 300, "Total                                     24.00"),
]


# no title words: the blocks alone are looked at
_NO_TITLE = re.compile(r"(?!)")


def _vat(page: PageLayout, doc_type: str) -> list[Candidate]:
    _, places = party_candidates([page], doc_type, "text", 0.99)
    return collect.identifiers([page], {1: "text"}, places, doc_type)["vat_id"]


def test_the_partner_block_beside_the_shipping_block_is_found() -> None:
    page = first_page(*_BUYER, *_SHIP_TO, *_PARTNER, *_ORDER)
    labelled = find_blocks(page)
    assert [b.kind for b in labelled] == ["delivery"]
    found = address_blocks(page, labelled, _NO_TITLE)
    assert [b.lines[0].text for b in found] == ["Harlow Fixings plc"]
    assert found[0].tail[-1].text == "VAT: GB941704279"


def test_a_block_with_a_phone_and_no_block_beside_it_is_a_letterhead_not_a_recipient() -> None:
    """The same lines without the shipping block beside them: nothing says they are another
    party's, and a phone under an address is what a letterhead prints."""
    page = first_page(*_BUYER, *_PARTNER, *_ORDER)
    assert address_blocks(page, find_blocks(page), _NO_TITLE) == []


def test_the_supplier_vat_id_on_a_purchase_order_is_not_the_issuers() -> None:
    page = first_page(*_BUYER, *_SHIP_TO, *_PARTNER, *_ORDER)
    [vat] = _vat(page, "purchase_order")
    assert vat.value == "GB941704279"
    assert vat.vetoed is not None
    result = read(*_BUYER, *_SHIP_TO, *_PARTNER, *_ORDER)
    assert "vat_id" not in result.fields or result.fields["vat_id"].confidence < 0.9


def test_a_valid_vat_id_in_an_unowned_place_is_never_sure() -> None:
    """No block beside it: the partner's VAT id is not vetoed, but nothing says it is the
    issuer's (not under its name, not above every block, not at the foot), so its check
    digits alone never make it sure."""
    page = first_page(*_BUYER, *_PARTNER, *_ORDER)
    [vat] = _vat(page, "purchase_order")
    assert vat.vetoed is None
    assert vat.cap <= 0.85
    result = read(*_BUYER, *_PARTNER, *_ORDER)
    assert result.fields["vat_id"].confidence <= 0.85


def _invoice(*extra: Text) -> PageLayout:
    return first_page(
        Text(40, 40, "Severn Hydraulics Ltd", 14, bold=True),
        Text(40, 58, "8 Harbour Road"),
        Text(40, 70, "Cardiff CF10 1EP"),
        *extra,
        *rows(
            40,
            130,
            ["Bill to:", "Kingsley & Carter Inc.", "540 Oak Avenue", "Columbus, OH 43215"],
            12,
        ),
        Text(380, 130, "Invoice INV-2291", 12, bold=True),
        Text(40, 240, "Description                 Qty        Unit price        Amount"),
        Text(40, 256, "Hydraulic hose 2 m             4             18.50           74.00"),
    )


def test_the_issuers_vat_id_under_its_letterhead_name_is_owned() -> None:
    [vat] = _vat(_invoice(Text(40, 82, "VAT No. GB691762110")), "invoice")
    assert vat.vetoed is None and vat.cap == 1.0


def test_the_issuers_vat_id_on_its_legal_line_or_labelled_as_its_own_is_owned() -> None:
    legal = Text(40, 780, "Severn Hydraulics Ltd – Registered in Wales No. 0412 – VAT GB691762110")
    [vat] = _vat(_invoice(legal), "invoice")
    assert vat.cap == 1.0
    [vat] = _vat(_invoice(Text(40, 400, "Our VAT number: GB691762110")), "invoice")
    assert vat.cap == 1.0


def test_a_vat_id_under_the_customer_block_or_mid_page_unlabelled_is_not_sure() -> None:
    [vat] = _vat(_invoice(Text(40, 178, "VAT: GB941704279")), "invoice")
    assert vat.vetoed is not None or vat.cap <= 0.85
    [vat] = _vat(_invoice(Text(40, 400, "VAT GB941704279")), "invoice")
    assert vat.cap <= 0.85


# two name-and-address blocks side by side at the head of an invoice, no name above them:
# the issuer's read first (left), the customer's beside it, its e-mail in its own block
_PAIR = [
    *rows(24, 36, ["Tanneries Vasseur SARL", "18 quai des Tanneurs", "25000 Besançon"], 12),
    *rows(
        420,
        36,
        [
            "Menuiserie Perrin SAS",
            "7 impasse des Ormes",
            "Zone artisanale Nord",
            "38000 Grenoble",
            "achats@menuiserie-perrin.fr",
        ],
        12,
    ),
    Text(24, 180, "Facture FA-2207", 12, bold=True),
    Text(30, 230, "Article            Description            Qté         Prix        Total"),
    Text(30, 246, "P-11               Vernis incolore 5 L       2        40,00        80,00"),
]


def test_the_block_beside_the_issuers_at_the_head_of_the_page_is_the_customers() -> None:
    page = first_page(*_PAIR)
    out, places = party_candidates([page], "invoice", "text", 0.99)
    supplier = best_first(out["supplier_name"])[0]
    customer = best_first(out["customer_name"])[0]
    billed = best_first(out["billing_address"])[0]
    assert supplier.value == "Tanneries Vasseur SARL"
    assert customer.value == "Menuiserie Perrin SAS"
    assert billed.value == "7 impasse des Ormes, Zone artisanale Nord, 38000 Grenoble"
    # found by its place beside another block alone: offered, never sure
    assert customer.cap <= 0.85 and billed.cap <= 0.85
    # the e-mail printed in the customer's block names the customer, not the issuer
    assert places.theirs(next(s for s in page.segments if "@" in s.text))


def test_a_pair_under_a_letterhead_name_is_not_read_as_issuer_and_recipient() -> None:
    """A name printed above the two blocks is the letterhead: the blocks beside each other
    under it may both be the customer's (billed and delivered), so the pair says nothing."""
    page = first_page(Text(24, 14, "Scierie Lambert SA", 16, bold=True), *_PAIR)
    found = address_blocks(page, find_blocks(page), _NO_TITLE)
    assert not any(b.beside for b in found)


def test_on_a_delivery_note_the_addressee_beside_the_billed_customer_is_where_goods_go() -> None:
    page = first_page(
        Text(40, 40, "Cartonnerie Mallet SAS", 14, bold=True),
        Text(40, 58, "4 rue des Papetiers, 16000 Angoulême"),
        Text(380, 40, "Bon de livraison BL-5510", 12, bold=True),
        *rows(
            40,
            140,
            ["CLIENT :", "Boulangeries Roche SARL", "9 place du Marché", "86000 Poitiers"],
            12,
        ),
        *rows(
            330,
            140,
            [
                "DESTINATAIRE :",
                "Boulangeries Roche SARL",
                "Fournil de la gare",
                "2 avenue de la Gare",
                "79000 Niort",
            ],
            12,
        ),
        Text(40, 240, "Référence        Désignation                 Quantité"),
        Text(40, 256, "CX-40            Caisse carton 40 x 30             20"),
    )
    out, _ = party_candidates([page], "delivery_note", "text", 0.99)
    delivered = best_first(out["delivery_address"])[0]
    assert delivered.value == "Fournil de la gare, 2 avenue de la Gare, 79000 Niort"
    assert delivered.cap <= 0.85
    assert best_first(out["billing_address"])[0].value == "9 place du Marché, 86000 Poitiers"
    # on an invoice the addressee is the one billed, not a place of delivery
    out, _ = party_candidates([page], "invoice", "text", 0.99)
    assert "delivery_address" not in out


def test_an_unlabelled_block_that_opens_with_a_site_is_where_goods_go() -> None:
    page = first_page(
        Text(40, 40, "Plâtrerie Dumas SARL", 14, bold=True),
        Text(40, 58, "31 rue du Stade, 42000 Saint-Étienne"),
        *rows(330, 120, ["Copropriété Les Tilleuls", "12 allée des Tilleuls", "69003 Lyon"], 12),
        *rows(40, 190, ["Chantier", "5 rue Garibaldi", "69006 Lyon"], 12),
        Text(40, 270, "Désignation                 Quantité      Prix      Montant"),
        Text(40, 286, "Enduit de lissage              12 sacs     18,00     216,00"),
    )
    out, _ = party_candidates([page], "invoice", "text", 0.99)
    delivered = best_first(out["delivery_address"])[0]
    assert delivered.value == "5 rue Garibaldi, 69006 Lyon"
    assert delivered.cap <= 0.85


def test_a_labelled_block_spread_to_the_pace_of_the_column_beside_it_is_whole() -> None:
    """The billed block's lines keep pace with a wrapped label of the column beside them
    ("VOTRE BON DE" over "COMMANDE"): the gap under its name is that column's line, not the
    block's end."""
    page = first_page(
        Text(43, 148, "FACTURÉ À"),
        Text(43, 162, "Verrerie Collin SRL"),
        Text(336, 162, "DATE DU DOCUMENT"),
        Text(336, 176, "VOTRE BON DE"),
        Text(336, 188, "COMMANDE"),
        Text(43, 188, "Rue de Namur 41"),
        Text(43, 203, "5000 NAMUR"),
        Text(336, 203, "N° DE COMPTE"),
    )
    [billing] = [b for b in find_blocks(page) if b.kind == "billing"]
    assert [s.text for s in billing.lines] == [
        "Verrerie Collin SRL",
        "Rue de Namur 41",
        "5000 NAMUR",
    ]
    # without the column beside it, the same gap ends the block under its name
    alone = first_page(*_LEFT_ONLY)
    [billing] = [b for b in find_blocks(alone) if b.kind == "billing"]
    assert [s.text for s in billing.lines] == ["Verrerie Collin SRL"]


_LEFT_ONLY = [
    Text(43, 148, "FACTURÉ À"),
    Text(43, 162, "Verrerie Collin SRL"),
    Text(43, 188, "Rue de Namur 41"),
    Text(43, 203, "5000 NAMUR"),
]


def test_a_legal_form_wrapped_alone_under_the_letterhead_name_ends_it() -> None:
    from extraction.parties import letterhead

    page = first_page(
        Text(39, 40, "Bruno & Conti", 14, bold=True),
        Text(225, 42, "Via Garibaldi, 12"),
        Text(225, 52, "20121 Milano (MI)"),
        Text(39, 58, "S.r.l.", 14, bold=True),
    )
    assert letterhead(page, _NO_TITLE)[0].text == "Bruno & Conti S.r.l."
