"""Approval settings (owned by ``approvals/``): rules, routing, queues, sign-in, outbound.

Every rule can be switched off and every threshold changed here, never in code:
``ORDERDESK_APPROVALS__HIGH_VALUE=20000`` or
``ORDERDESK_APPROVALS__RULES__PRICE_LIST__ENABLED=false``.
"""

from decimal import Decimal

from pydantic import AliasChoices, BaseModel, Field

from models.settings.bounds import (
    AtLeastOne,
    NonNegative,
    NonNegativeDecimal,
    NonNegativeInt,
    Positive,
    PositiveInt,
    Share,
)


class RuleToggle(BaseModel):
    enabled: bool = True


class RuleSettings(BaseModel):
    mandatory_fields: RuleToggle = RuleToggle()
    arithmetic: RuleToggle = RuleToggle()
    unknown_customer: RuleToggle = RuleToggle()
    unknown_product: RuleToggle = RuleToggle()
    price_list: RuleToggle = RuleToggle()
    duplicate: RuleToggle = Field(
        default=RuleToggle(),
        # ``duplicate_order`` was its name while it looked at orders only
        validation_alias=AliasChoices("duplicate", "duplicate_order"),
        description="The same document sent again (number, or amount and date, and issuer).",
    )
    credit_limit: RuleToggle = RuleToggle()
    delivery_date: RuleToggle = RuleToggle()
    confidence: RuleToggle = RuleToggle()
    high_value: RuleToggle = RuleToggle()
    einvoice_validation: RuleToggle = RuleToggle()


class QueueSettings(BaseModel):
    """Hours until the work in each queue is due (unknown queues use ``default``)."""

    default: float = 24.0
    needs_review: float = 8.0
    unknown_customer: float = 24.0
    price_check: float = 8.0
    credit_check: float = 4.0
    high_value: float = 4.0
    duplicate: float = 24.0


class OutboundSettings(BaseModel):
    smtp_host: str | None = Field(default=None, description="No host: no e-mail is sent.")
    smtp_port: int = 25
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = False
    mail_from: str = "orders@orderdesk.invalid"
    company_name: str = Field(default="orderdesk", description="Shown on confirmations.")
    webhook_url: str | None = Field(default=None, description="POST approved orders here.")
    webhook_secret: str | None = Field(default=None, description="HMAC-SHA256 key of X-Signature")
    webhook_timeout_seconds: float = 10.0
    export_dir: str | None = Field(default=None, description="JSON+CSV per approved order.")


class NotifySettings(BaseModel):
    """E-mail to approvers when something waits for them, and to whoever escalations go to
    when a queue's deadline (``queues``) is missed. Sent over ``outbound``'s SMTP; without an
    SMTP host nothing is sent, and the screens show the same in "awaiting my approval"."""

    enabled: bool = Field(default=True, description="Mail approvers and escalations at all.")
    check_minutes: Positive = Field(
        default=1.0, description="How often `run`/`serve` look for new work to announce."
    )
    digest_minutes: NonNegative = Field(
        default=0.0,
        description="0: one mail per document as it starts waiting; more: one digest per "
        "approver at most this often, listing everything that started waiting since.",
    )
    escalate: bool = Field(default=True, description="Mail when a queue's deadline is missed.")
    escalate_to: list[str] = Field(
        default_factory=list,
        description="Addresses escalations go to (empty: every active admin with an e-mail).",
    )
    base_url: str | None = Field(
        default=None, description="The UI's address, for links in the mails (e.g. https://od)."
    )


class ApprovalSettings(BaseModel):
    auto_accept_confidence: Share = Field(
        default=0.90, description="Values at or above need no human look."
    )
    touchless: bool = Field(
        default=True,
        description="Approve without a human when every check passes and every value is sure.",
    )
    claim_minutes: PositiveInt = Field(
        default=5,
        description="A claim lapses after this many idle minutes; the review page renews it "
        "while its holder works and ends it when they leave the page.",
    )
    mandatory_fields: list[str] = Field(
        default=["document_number", "document_date", "customer_name", "currency", "total_gross"],
        description="Fields a purchase order must have.",
    )
    amount_tolerance: NonNegativeDecimal = Field(
        default=Decimal("0.02"), description="Rounding allowed when adding up (currency)."
    )
    price_tolerance_percent: NonNegativeDecimal = Field(
        default=Decimal("2"), description="A price further off the price list is flagged."
    )
    customer_match_min_score: float = Field(
        default=88.0, ge=0, le=100, description="Fuzzy name+address score accepted (0-100)."
    )
    product_match_min_score: float = Field(default=85.0, ge=0, le=100)
    lead_time_days: NonNegativeInt = Field(default=2, description="Working days before delivery.")
    high_value: NonNegativeDecimal = Field(
        default=Decimal("10000"),
        description="Orders above need an approver (4-eyes), in ``base_currency``.",
    )
    base_currency: str = Field(default="EUR", description="The currency of ``high_value``.")
    high_value_by_currency: dict[str, Decimal] = Field(
        default_factory=dict,
        description='Thresholds of other currencies, e.g. {"GBP": "8500"} (wins over a rate).',
    )
    currency_rates: dict[str, Decimal] = Field(
        default_factory=dict,
        description='Units of base_currency per unit, e.g. {"GBP": "1.17"}: high_value converted. '
        "A currency with neither a threshold nor a rate always needs an approver.",
    )
    four_eyes_on_amount_change: bool = Field(
        default=True,
        description="A person who changed an amount (totals, currency, a line's quantity, price "
        "or total) may not approve it, and someone with the approver role must.",
    )
    rules: RuleSettings = RuleSettings()
    queues: QueueSettings = QueueSettings()
    outbound: OutboundSettings = OutboundSettings()
    notify: NotifySettings = NotifySettings()
    session_hours: Positive = Field(default=12.0, description="A login lasts this long.")
    login_max_failures: AtLeastOne = Field(
        default=5,
        description="Failed logins of one name from one address before each further try "
        "waits (never a lock: the account stays open from other addresses).",
    )
    login_backoff_seconds: Positive = Field(
        default=2.0, description="The first wait; it doubles with every further failure."
    )
    login_lockout_minutes: Positive = Field(
        default=15.0,
        description="The longest wait between tries; failures this long ago are forgotten.",
    )
    login_audit_minutes: Positive = Field(
        default=15.0,
        description="Failed logins of a name from an address go to the audit trail at most "
        "once per this many minutes, with their count.",
    )
    login_audit_names_per_address: AtLeastOne = Field(
        default=5,
        description="Names whose failed logins from one address are recorded per window; "
        "more are only counted (a password spray cannot flood the write-once trail).",
    )
    session_cookie_secure: bool | None = Field(
        default=None,
        description="Secure flag of the session cookie; default: on unless served on loopback.",
    )
