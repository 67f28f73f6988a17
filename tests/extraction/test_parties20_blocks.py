"""Party blocks (issue 20, round 20): which captions open a block, what a block's first line
is (a party, a place, a field's value), and which block names the customer when two
counterpart blocks name different parties."""

from __future__ import annotations

import re

from extraction.candidates.model import best_first
from extraction.parties import find_blocks, not_a_name, party_candidates
from extraction.party_evidence import has_legal_form, legal_form_alone
from tests.extraction.pages_for_tests import Text
from tests.extraction.test_doctype_evidence import first_page

_NO_TITLE = re.compile(r"(?!)")
_TABLE = [
    Text(40, 300, "Description                 Qty        Unit price        Amount"),
    Text(40, 316, "Hex bolts M8 x 40            200              0.12           24.00"),
]


def test_a_bare_livraison_beside_another_caption_is_a_caption() -> None:
    page = first_page(
        Text(40, 40, "Commune de Rennes", 14, bold=True),
        Text(40, 56, "163 bis rue de la République"),
        Text(40, 68, "35000 Rennes"),
        Text(40, 200, "Adresse de facturation"),
        Text(330, 200, "Livraison"),
        Text(40, 212, "Commune de Rennes"),
        Text(330, 212, "Commune de Rennes"),
        Text(40, 224, "163 bis rue de la République"),
        Text(330, 224, "157 avenue Jean Jaurès"),
        Text(40, 236, "35000 Rennes"),
        Text(330, 236, "33000 Bordeaux"),
    )
    kinds = {b.kind: [s.text for s in b.lines] for b in find_blocks(page)}
    assert kinds["delivery"] == ["Commune de Rennes", "157 avenue Jean Jaurès", "33000 Bordeaux"]
    # beside a label's other words it stays a wrapped label ("Date de | livraison")
    label = first_page(
        Text(40, 200, "Date de"),
        Text(120, 200, "livraison"),
        Text(40, 212, "Entrepôt Nord"),
        Text(120, 212, "12/05/2025"),
    )
    assert not [b for b in find_blocks(label) if b.kind == "delivery"]


def test_a_web_shops_billing_details_caption_opens_the_billed_block() -> None:
    page = first_page(
        Text(40, 40, "Marsh & Carter Inc.", 14, bold=True),
        Text(40, 56, "940 Elm Street"),
        Text(40, 68, "Portland, OR 97204"),
        Text(40, 150, "Billing details"),
        Text(300, 150, "Shipping details"),
        Text(40, 162, "Whitfield Bakery LLC"),
        Text(300, 162, "Whitfield Bakery LLC"),
        Text(40, 174, "140 Commerce Drive"),
        Text(300, 174, "12 Depot Road"),
        Text(40, 186, "Denver, CO 80202"),
        Text(300, 186, "Aurora, CO 80010"),
        *_TABLE,
    )
    out, _ = party_candidates([page], "invoice", "text", 0.99)
    assert best_first(out["billing_address"])[0].value == "140 Commerce Drive, Denver, CO 80202"
    assert best_first(out["delivery_address"])[0].value == "12 Depot Road, Aurora, CO 80010"


def test_a_value_under_a_label_wrapped_over_two_lines_is_no_party_block() -> None:
    """ "Customer" over "Code" with the customer's number beside it: a field, not a block
    whose address would be "Code"."""
    page = first_page(
        Text(40, 40, "Riverside Supplies Inc.", 14, bold=True),
        Text(40, 70, "Dunmore Print LLC"),
        Text(40, 82, "710 Oak Avenue, Suite 100"),
        Text(40, 94, "Chicago, IL 60607"),
        Text(330, 70, "Customer"),
        Text(390, 70, "CUST-58843"),
        Text(330, 82, "Code"),
        *_TABLE,
    )
    out, _ = party_candidates([page], "delivery_note", "text", 0.99)
    billed = [c.value for c in out.get("billing_address", [])]
    assert "Code" not in billed


_WINDOW_AND_SITE = [
    Text(40, 40, "Dunmore Hydraulics Corp.", 14, bold=True),
    Text(40, 56, "860 Main Street, Austin, TX 78701"),
    Text(40, 68, "Tel. (412) 555-6672"),
    Text(330, 110, "Ashworth & Pemberton Corp."),
    Text(330, 122, "1290 Elm Street, Suite 700"),
    Text(330, 134, "Chicago, IL 60607"),
    Text(40, 180, "Ship to:"),
]


def test_a_delivery_block_opening_with_a_site_names_no_customer() -> None:
    page = first_page(
        *_WINDOW_AND_SITE,
        Text(40, 192, "Warehouse"),
        Text(40, 204, "1120 Main Street, Suite 100"),
        Text(40, 216, "Portland, OR 97204"),
        *_TABLE,
    )
    out, _ = party_candidates([page], "invoice", "text", 0.99)
    assert best_first(out["customer_name"])[0].value == "Ashworth & Pemberton Corp."
    assert "Warehouse" not in [c.value for c in out["customer_name"]]
    delivered = best_first(out["delivery_address"])[0].value
    assert delivered == "1120 Main Street, Suite 100, Portland, OR 97204"


def test_a_consignee_beside_the_window_is_not_the_customer() -> None:
    page = first_page(
        *_WINDOW_AND_SITE,
        Text(40, 192, "Keller Logistics GmbH"),
        Text(40, 204, "1120 Main Street, Suite 100"),
        Text(40, 216, "Portland, OR 97204"),
        *_TABLE,
    )
    out, _ = party_candidates([page], "invoice", "text", 0.99)
    best = best_first(out["customer_name"])[0]
    assert best.value == "Ashworth & Pemberton Corp."
    consignee = next(c for c in out["customer_name"] if c.value == "Keller Logistics GmbH")
    assert consignee.cap <= 0.85


def test_a_title_read_into_the_windows_town_line_is_split_off() -> None:
    page = first_page(
        Text(40, 40, "Carver & Patterson Inc.", 14, bold=True),
        Text(40, 56, "380 Main Street, Columbus, OH 43215"),
        Text(40, 68, "Tel. (614) 555-0101"),
        Text(74, 150, "Supplies Direct Corp."),
        Text(74, 160, "1220 Commerce Drive"),
        Text(20, 166, "Invoice", 16),
        Text(74, 170, "Denver, CO 80202"),
        *_TABLE,
    )
    out, _ = party_candidates([page], "invoice", "text", 0.99)
    assert best_first(out["billing_address"])[0].value == "1220 Commerce Drive, Denver, CO 80202"


def test_a_running_head_that_holds_the_issuer_is_not_the_counterpart() -> None:
    page = first_page(
        Text(330, 20, "Harper & Kingsley Limited · Purchase Order 1787854", 8),
        Text(120, 60, "Harper & Kingsley Limited", 14, bold=True),
        Text(120, 76, "Unit 34 – 145 Mill Lane – Norwich NR1 3JU"),
        Text(120, 88, "T: 0128 875 5459"),
        Text(330, 130, "Attn:"),
        Text(330, 142, "Hollis & Pemberton Ltd"),
        Text(330, 154, "108 King Street"),
        Text(330, 166, "Bristol"),
        Text(200, 220, "Purchase Order", 14, bold=True),
        *_TABLE,
    )
    out, _ = party_candidates([page], "purchase_order", "text", 0.99)
    names = [c.value for c in out.get("supplier_name", [])]
    assert not any("Purchase Order" in n for n in names)


def test_dotted_legal_forms_and_what_is_never_a_name() -> None:
    assert legal_form_alone("S.A.") and legal_form_alone("S.L.") and legal_form_alone("B.V.")
    assert has_legal_form("Talleres Vázquez S.A.")
    assert not has_legal_form("Chicago, U.S.A.")
    assert not legal_form_alone("S.A")

    def line(text: str) -> str | None:
        page = first_page(Text(40, 40, "Bruno & Conti S.r.l.", 14), Text(40, 80, text))
        [seg] = [s for r in page.rows for s in r.segments if s.text == text]
        return not_a_name(seg, _NO_TITLE)

    assert line("DDT n. 118 del 12/03/2025") is not None
    assert line("D.D.T. n. 42") is not None
    assert line("Polska") == "a country"
    assert line("New Zealand") == "a country"
    assert line("DDTech Srl") is None
