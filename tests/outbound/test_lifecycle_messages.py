"""Lifecycle statuses as CDAR messages: each status orderdesk sends is written with its code,
label, reason and amounts, passes the CDAR schema and the official BR-FR-CDV rules (run by
the real schematron process), and reads back as what was written; reasons a status does not
accept are refused before anything is written, as the official rules would."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from einvoice.cdar import (
    CdarMessage,
    StatusDetail,
    read_cdar,
    siren_of,
    summary,
)
from einvoice.model import EDocument
from einvoice.reader import read_xml
from einvoice.validation.cdar import validate_cdar, validate_cdar_bytes
from einvoice.xmlread import parse
from outbound import lifecycle as lc
from samples.einvoices import BUYER, SELLER, Doc, Item, cii_invoice, ubl_invoice
from tests.support.cdar import platform_status

NOW = datetime(2026, 10, 2, 9, 30, tzinfo=UTC)
RECEIVED = datetime(2026, 9, 15, 7, 45, 12, tzinfo=UTC)


def _invoice(xml: bytes) -> EDocument:
    return read_xml(xml)[1]


def _message(
    code: str, role: lc.Role = "buyer", edoc: EDocument | None = None, **kw: object
) -> CdarMessage:
    facts = lc.invoice_facts(edoc or _invoice(cii_invoice(Doc())), RECEIVED)
    request = lc.StatusRequest(code=code, set_at=NOW, **kw)  # type: ignore[arg-type]
    return lc.status_message(
        facts, request, role=role, message_id=lc.message_id(facts.number, code, NOW, "t7"), now=NOW
    )


def _fatal(xml: bytes) -> list[str]:
    result = validate_cdar_bytes(xml)
    assert result.complete, result.findings
    return [f.rule for f in result.fatal]


CASES = [
    ("205", "buyer", {}),
    ("206", "buyer", {"reason_code": "QTE_ERR", "reason": "2 fourneaux livrés sur 3"}),
    ("207", "buyer", {"reason_code": "TX_TVA_ERR", "action_code": "NIN"}),
    ("208", "buyer", {"reason_code": "JUSTIF_ABS", "note": "Bon de livraison manquant"}),
    ("210", "buyer", {"reason_code": "DOUBLON", "reason": "Déjà reçue le 12/09"}),
    ("211", "buyer", {"amount": Decimal("1200.00")}),
    ("212", "seller", {"amount": Decimal("2917.53")}),
]


@pytest.mark.parametrize(("code", "role", "kw"), CASES, ids=[c[0] for c in CASES])
def test_each_status_is_valid_and_reads_back_as_written(
    code: str, role: lc.Role, kw: dict[str, object]
) -> None:
    for xml_of in (cii_invoice, ubl_invoice):
        msg = _message(code, role, _invoice(xml_of(Doc())), **kw)
        xml = lc.build_cdar(msg)
        assert _fatal(xml) == []
        back = read_cdar(parse(xml))
        assert back == msg
        ref = back.references[0]
        assert (ref.status_code, ref.status) == (code, lc.status_label(code))
        assert ref.invoice_number == "FA-2026-0117" and ref.type_code == "380"
        assert ref.seller is not None and ref.seller.id_for("0002") == SELLER.siren
        assert ref.received_at == RECEIVED.replace(microsecond=0)
        assert back.set_at == NOW and back.type_code == "23"
        us, them = (BUYER, SELLER) if role == "buyer" else (SELLER, BUYER)
        assert back.issuer is not None and back.issuer.id_for("0002") == us.siren
        assert back.issuer.role == ("BY" if role == "buyer" else "SE")
        (recipient,) = back.recipients
        assert recipient.id_for("0002") == them.siren and recipient.endpoint is not None
        if "reason_code" in kw:
            assert ref.reason_code == kw["reason_code"]
            assert ref.reason == kw.get("reason", lc.REASONS[str(kw["reason_code"])])


def test_a_collection_is_split_over_the_invoice_vat_rates() -> None:
    msg = _message("212", "seller", amount=Decimal("2917.53"))
    (detail,) = msg.references[0].details
    men = [(c.percent, c.amount) for c in detail.characteristics if c.type_code == "MEN"]
    assert [rate for rate, _ in men] == [Decimal(20), Decimal("5.5")]
    assert sum(amount for _, amount in men if amount is not None) == Decimal("2917.53")
    # one rate: the whole amount at that rate
    single = Doc(lines=[Item("1", "X", "x", Decimal(1), "C62", Decimal(100), Decimal(20))],
                 allowance=None, charge=None)  # fmt: skip
    one = _message("212", "seller", _invoice(cii_invoice(single)), amount=Decimal("120.00"))
    chars = one.references[0].details[0].characteristics
    assert [(c.amount, c.percent) for c in chars] == [(Decimal("120.00"), Decimal(20))]


@pytest.mark.parametrize("code", sorted(lc.ALLOWED_REASONS))
def test_the_reasons_each_status_accepts_are_the_official_rules_lists(code: str) -> None:
    """Every reason orderdesk offers for a status passes the official rules, and one it
    refuses is refused by them too: the lists cannot drift apart."""
    for reason in lc.ALLOWED_REASONS[code]:
        assert _fatal(lc.build_cdar(_message(code, reason_code=reason))) == [], reason
    refused = next(r for r in lc.REASONS if r not in lc.ALLOWED_REASONS[code])
    with pytest.raises(lc.LifecycleError, match=f"{refused} is not allowed with status {code}"):
        _message(code, reason_code=refused)
    forced = _message(code, reason_code=lc.ALLOWED_REASONS[code][0])
    forced.references[0].details[0].reason_code = refused
    assert any(r.startswith("BR-FR-CDV-CL-09_MDT-113") for r in _fatal(lc.build_cdar(forced)))


def test_a_status_that_needs_a_reason_is_not_written_without_one() -> None:
    for code in ("206", "207", "208", "210"):
        with pytest.raises(lc.LifecycleError, match="needs a reason code"):
            _message(code)
        forced = _message("205")
        forced.references[0].status_code = code
        assert "BR-FR-CDV-15_MDT-113" in _fatal(lc.build_cdar(forced))
    with pytest.raises(lc.LifecycleError, match="needs the amount paid"):
        _message("211")
    with pytest.raises(lc.LifecycleError, match="not one the buyer of an invoice sends"):
        _message("212", "buyer", amount=Decimal(1))
    with pytest.raises(lc.LifecycleError, match="not one the seller"):
        _message("205", "seller")


def test_an_invoice_without_a_french_seller_gets_no_status() -> None:
    doc = Doc()
    doc.seller.siren = doc.seller.siret = None
    doc.seller.vat = "DE123456789"
    edoc = _invoice(ubl_invoice(doc))
    with pytest.raises(lc.LifecycleError, match="no SIREN"):
        lc.invoice_facts(edoc)


def test_siren_from_legal_id_siret_or_french_vat_id() -> None:
    edoc = _invoice(cii_invoice(Doc()))
    assert siren_of(edoc.party("seller")) == SELLER.siren
    only_vat = Doc()
    only_vat.seller.siren = only_vat.seller.siret = None
    assert siren_of(_invoice(ubl_invoice(only_vat)).party("seller")) == SELLER.siren


def test_a_platform_status_is_read_with_its_reason_and_amounts() -> None:
    refused = read_cdar(parse(platform_status()))
    (ref,) = refused.references
    assert (ref.invoice_number, ref.status_code, ref.reason_code) == (
        "FA-2026-0117",
        "210",
        "TX_TVA_ERR",
    )
    assert refused.sender is not None and refused.sender.role == "WK"
    assert refused.issuer is not None and refused.issuer.name == BUYER.name
    assert ref.seller is not None and ref.seller.id_for("0002") == SELLER.siren
    assert summary(ref) == "210 Refusée (TX_TVA_ERR: Taux de TVA erroné)"
    assert validate_cdar(parse(platform_status())).passed

    cashed = read_cdar(
        parse(
            platform_status(
                code="212",
                setter=(SELLER.siren or "", SELLER.name, "SE"),
                recipient=(BUYER.siren or "", BUYER.name, "BY", BUYER.endpoint or ""),
                reason_code=None,
                reason=None,
                action_code=None,
                collected=[(Decimal("100.00"), Decimal("20.00"))],
            )
        )
    )
    (detail,) = cashed.references[0].details
    assert isinstance(detail, StatusDetail)
    assert [(c.type_code, c.amount, c.currency, c.percent) for c in detail.characteristics] == [
        ("MEN", Decimal("100.00"), "EUR", Decimal("20.00"))
    ]


def test_a_received_status_that_breaks_the_rules_is_read_with_its_findings() -> None:
    bad = platform_status(code="210", reason_code=None, reason=None, action_code=None)
    result = validate_cdar(parse(bad))
    assert not result.passed
    assert "BR-FR-CDV-15_MDT-113" in {f.rule for f in result.fatal}
    assert read_cdar(parse(bad)).references[0].status_code == "210"
