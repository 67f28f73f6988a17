"""Settings of the structured messages orderdesk sends (owned by ``outbound/``): French
lifecycle statuses of invoices and structured order responses, and the outbox folder both
are written to. ``ORDERDESK_EINVOICING__OUTBOX_DIR=/srv/pa/out``."""

from pathlib import Path

from pydantic import BaseModel, Field


class EInvoicingSettings(BaseModel):
    outbox_dir: Path | None = Field(
        default=None,
        description="Folder the statuses and order responses are written to, for the "
        "platform connector (PA) or an ERP to pick up; default <data dir>/outbox.",
    )
    lifecycle_statuses: bool = Field(
        default=True,
        description="Send the French lifecycle status of each decision on an e-invoice of a "
        "French seller (205 approved … 210 refused, 211 paid, 212 collected).",
    )
    order_responses: bool = Field(
        default=True,
        description="Answer an approved e-order with the structured response of its syntax "
        "(Order-X or UBL OrderResponse), line by line.",
    )
    company_siren: str | None = Field(
        default=None,
        description="Our SIREN. Tells which invoices are ours (we are their seller) and which "
        "we received; without it, an invoice orderdesk decides on is one it received, and a "
        "payment advice pays one of ours unless we sent statuses for that invoice as its buyer.",
    )


def outbox_path(settings: EInvoicingSettings, data_dir: Path) -> Path:
    return settings.outbox_dir if settings.outbox_dir is not None else data_dir / "outbox"
