"""Amounts and times as the person at the screen reads them.

Amounts are formatted on the server in the browser's language (``Accept-Language``) with
Babel: the CLDR data it carries knows each locale's decimal sign, grouping and where the
currency goes ("2 005,20 €" in French, "€2,005.20" in English), which a hand-made rule
would get wrong for most of them. Times are sent as UTC in a ``<time>`` element and shown
in the browser's own time zone, to the minute, by ``static/orderdesk.js`` (the server does
not know the zone); without script the UTC text stays, labelled as such.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency, format_decimal
from jinja2 import pass_context
from markupsafe import Markup, escape

DEFAULT_LOCALE = Locale.parse("en")


def request_locale(accept_language: str | None) -> Locale:
    """The first language of ``Accept-Language`` Babel knows (by quality), else English."""
    tags: list[tuple[float, str]] = []
    for i, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if tag and tag != "*" and quality > 0:
            tags.append((-quality + i * 1e-6, tag))
    for _, tag in sorted(tags):
        try:
            return Locale.parse(tag.replace("-", "_"))
        except (ValueError, UnknownLocaleError):
            continue
    return DEFAULT_LOCALE


def money(value: Any, currency: str | None = None, locale: Locale = DEFAULT_LOCALE) -> str:
    """Two decimals in the locale's style, with the currency where the locale puts it."""
    if value is None or value == "":
        return ""
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return str(value)  # not a number (a misread amount): shown as it is
    if currency and len(currency) == 3 and currency.isalpha():
        return str(format_currency(amount, currency.upper(), locale=locale))
    text = str(format_decimal(amount, format="#,##0.00", locale=locale))
    return f"{text} {currency}" if currency else text


def local_time(value: dt.datetime | None) -> Markup:
    """A ``<time>`` the browser shows in its own zone; UTC text until it does."""
    if value is None:
        return Markup("")
    if value.tzinfo is None:  # stored UTC-naive by SQLite
        value = value.replace(tzinfo=dt.UTC)
    utc = value.astimezone(dt.UTC)
    return Markup('<time datetime="{}" class="local">{} UTC</time>').format(
        escape(utc.isoformat(timespec="seconds").replace("+00:00", "Z")),
        utc.strftime("%Y-%m-%d %H:%M"),
    )


@pass_context
def money_filter(context: Any, value: Any, currency: str | None = None) -> str:
    request = context.get("request")
    header = request.headers.get("accept-language") if request is not None else None
    return money(value, currency, request_locale(header))


def install(env: Any) -> None:
    env.filters["money"] = money_filter
    env.filters["localtime"] = local_time
