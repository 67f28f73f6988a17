"""Linking settings (owned by ``linking/``): how sure a match must be, what counts as equal.

Set them as ``ORDERDESK_LINKING__<KEY>``, e.g. ``ORDERDESK_LINKING__PRICE_TOLERANCE_PCT=1``.
"""

from decimal import Decimal

from pydantic import BaseModel, Field

from models.settings.bounds import AtLeastOne, NonNegativeDecimal, Share


class LinkingSettings(BaseModel):
    auto_link_score: Share = Field(
        default=0.80,
        description="A document without a usable order number is linked alone only at or above.",
    )
    auto_link_margin: Share = Field(
        default=0.15,
        description="...and only when the runner-up scores at least this much less.",
    )
    candidate_score: Share = Field(
        default=0.35, description="Orders below this are not offered in link review."
    )
    max_candidates: int = Field(default=5, ge=1, le=50)
    window_days: AtLeastOne = Field(
        default=400, description="Orders older than this are not searched by score."
    )
    quantity_tolerance_pct: NonNegativeDecimal = Field(
        default=Decimal(0), description="Over-delivery / over-invoicing allowed, in %."
    )
    price_tolerance_pct: NonNegativeDecimal = Field(
        default=Decimal("0.5"), description="Unit price may differ from the order by this %."
    )
    amount_tolerance: NonNegativeDecimal = Field(
        default=Decimal("0.01"), description="Money differences up to this are equal."
    )
    max_discount_pct: NonNegativeDecimal = Field(
        default=Decimal(5),
        description="An early-payment discount above this % is a short payment, not a discount.",
    )
    auto_close: bool = Field(
        default=True,
        description="Close an order once delivered, invoiced, paid and free of discrepancies.",
    )
