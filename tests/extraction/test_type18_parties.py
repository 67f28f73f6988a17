"""The seller from agreeing evidence (issue 20): the foot's legal line, the bank account's
holder, the payee of cheques and the e-mail domain repeat the seller's name, never the
customer's; a customer block printed beside an unnamed letterhead must not be taken for the
seller, and a name only one source gives is never sure."""

from __future__ import annotations

from extraction.candidates.model import best_first
from extraction.parties import party_candidates
from extraction.party_evidence import domain_names, named_by_domain, payee_names
from tests.extraction.pages_for_tests import Text
from tests.extraction.test_doctype_evidence import first_page

# a letterhead with no name (a logo is a picture), the customer's block beside it
_UNNAMED_HEAD = [
    Text(40, 40, "12 rue des Forges"),
    Text(40, 53, "69003 Lyon"),
    Text(40, 66, "Tél. 04 72 11 22 33 · contact@forges-morel.fr"),
    Text(330, 40, "Garnier Cartonnages SARL"),
    Text(330, 53, "150 chemin des Vignes"),
    Text(330, 66, "44000 Nantes"),
    Text(40, 130, "Description        Qté       Prix unitaire       Montant"),
    Text(40, 143, "Carton double cannelure      10      2,10      21,00"),
]


def _supplier(*extra: Text, kind: str = "invoice") -> tuple[str, float]:
    page = first_page(*_UNNAMED_HEAD, *extra)
    out, _ = party_candidates([page], kind, "text", 0.99)
    best = best_first(out["supplier_name"])[0]
    return best.value, best.cap


def test_the_account_holder_names_the_seller_not_the_block_beside_the_letterhead() -> None:
    name, cap = _supplier(
        Text(40, 600, "Coordonnées bancaires"),
        Text(40, 613, "Titulaire du compte : Forges Morel SAS"),
        Text(40, 626, "IBAN FR76 3000 4000 0312 3456 7890 143"),
    )
    # two sources: the holder and the e-mail domain
    assert name == "Forges Morel SAS"
    assert cap == 1.0


def test_the_payee_of_cheques_names_the_seller() -> None:
    name, _ = _supplier(Text(40, 600, "Please make cheques payable to Forges Morel SAS."))
    assert name == "Forges Morel SAS"


def test_the_legal_line_at_the_foot_names_the_seller() -> None:
    name, _ = _supplier(
        Text(40, 800, "Forges Morel SAS, au capital de 50 000 € – RCS Lyon 512 345 678", 7)
    )
    assert name == "Forges Morel SAS"


def test_a_name_only_one_source_gives_is_never_sure() -> None:
    page = first_page(
        Text(40, 40, "12 rue des Forges"),
        Text(40, 53, "69003 Lyon"),
        Text(330, 40, "Garnier Cartonnages SARL"),
        Text(330, 53, "150 chemin des Vignes"),
        Text(330, 66, "44000 Nantes"),
        Text(40, 600, "Chèques à l'ordre de Ateliers Roux SAS."),
    )
    out, _ = party_candidates([page], "invoice", "text", 0.99)
    best = best_first(out["supplier_name"])[0]
    assert best.value == "Ateliers Roux SAS"
    assert best.cap <= 0.85


def test_a_letterhead_name_the_evidence_contradicts_is_not_sure() -> None:
    """The place names one party, the account holder another: the place's name is capped."""
    page = first_page(
        Text(40, 40, "Garnier Cartonnages SARL", 14, bold=True),
        Text(40, 58, "150 chemin des Vignes, 44000 Nantes"),
        Text(40, 600, "Account name: Severn Tools Ltd"),
    )
    out, _ = party_candidates([page], "invoice", "text", 0.99)
    for c in out["supplier_name"]:
        if c.value == "Garnier Cartonnages SARL":
            assert c.cap <= 0.85 and c.disagree >= 1


def test_payees_are_read_to_the_end_of_their_clause() -> None:
    page = first_page(
        Text(40, 600, "Cheques payable to Riverside Foods Inc."),
        Text(40, 613, "Account holder: Severn Tools Ltd – IBAN GB15 FKAD 5450 0668 9145 54"),
        Text(40, 626, "Règlement par chèque à l'ordre de Ateliers Roux."),
        # a factor paid in the seller's place is not the seller
        Text(40, 639, "Règlement libératoire à l'ordre de BNP Paribas Factor."),
    )
    assert [name for name, _ in payee_names([page])] == [
        "Riverside Foods Inc.",
        "Severn Tools Ltd",
        "Ateliers Roux",
    ]


def test_a_domain_names_the_start_of_a_name_not_a_host() -> None:
    page = first_page(
        Text(40, 40, "compta@supplies.co.uk · www.ateliers-roux.fr · dupont@gmail.com"),
    )
    domains = domain_names([page])
    assert domains == {"supplies", "ateliersroux"}
    assert named_by_domain("Supplies Direct Limited", domains)
    assert named_by_domain("Ateliers Roux SAS", domains)
    assert not named_by_domain("Ateliers Picard SAS", domains)
    assert not named_by_domain("Direct Supplies Ltd", domains)


def test_a_name_before_its_share_capital_needs_no_legal_form() -> None:
    from extraction.party_evidence import legal_line_names

    page = first_page(
        Text(40, 780, "Menuiserie Morel, au capital de 7 500 € – RCS Rennes 838 412 054", 7),
        Text(40, 800, "Société par actions simplifiée au capital de 10 000 € – RCS Lyon", 7),
    )
    # (the comma is the word's: readers strip it, as they do for any legal line)
    assert [s.text.rstrip(",") for s in legal_line_names([page])] == ["Menuiserie Morel"]


def test_a_direct_debits_account_holder_is_the_payer_not_the_seller() -> None:
    """An energy bill paid by direct debit prints the customer's account: its holder is no
    evidence for the seller (realworld-dev, a utility's stained scan); nor is a person."""
    page = first_page(
        Text(40, 600, "Prélèvement automatique le 20/12/2022"),
        Text(40, 613, "Titulaire du compte : Transports Guérin SARL"),
        Text(40, 626, "Chèques à l'ordre de M. Jérôme Guérin"),
    )
    assert payee_names([page]) == []
