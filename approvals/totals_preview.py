"""What a document's totals would be if the clerk's unsaved edits were saved: each line's
total, net, VAT and gross, their difference to the printed values, and whether they add up.

The review screen asks for this while the clerk types, so the arithmetic lives in one place
(``review.build_lines``, ``amounts.document_totals``, ``amounts.disagreements``): the preview
runs the same rules ``review.correct`` runs on save, without changing anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from approvals import four_eyes
from approvals.errors import InvalidInput
from approvals.review import build_lines
from models.amounts import (
    TOTALS,
    Amounts,
    current_amounts,
    dec,
    disagreements,
    document_adjustment,
    document_totals,
    printed_amounts,
    totals_compared,
)
from models.documents import Document
from models.settings.approvals import ApprovalSettings


@dataclass
class TotalRow:
    name: str
    printed: Decimal | None
    current: Decimal | None
    difference: Decimal | None


@dataclass
class TotalsPreview:
    rows: list[TotalRow]
    line_totals: list[Decimal | None]  # per line as the form lists them, after the rules
    problems: list[str]  # how the totals contradict each other (empty: they add up)
    errors: list[str] = field(default_factory=list)  # values that are not numbers
    is_order: bool = True


def preview_totals(
    doc: Document,
    fields: dict[str, str | None],
    lines: list[dict[str, Any]] | None,
    cfg: ApprovalSettings,
    *,
    actor: str = "preview",
) -> TotalsPreview:
    """``fields`` and ``lines`` as the review form holds them (``lines`` None: unchanged)."""
    before = current_amounts(doc)
    errors: list[str] = []
    line_totals: list[Decimal | None] = list(before.line_totals)
    amounts_changed = False
    new_lines = None
    if lines is not None:
        try:
            new_lines, rows_before, rows_after = build_lines(doc, lines, actor)
        except InvalidInput as exc:
            errors.append(str(exc))
        else:
            line_totals = [li.line_total for li in new_lines]
            amounts_changed = four_eyes.line_amounts(rows_before) != four_eyes.line_amounts(
                rows_after
            )
    current = {f.name: f.value for f in doc.fields}
    typed = {n for n in TOTALS if n in fields and (fields[n] or None) != current.get(n)}
    values: dict[str, Decimal | None] = {
        "total_net": before.net,
        "total_tax": before.tax,
        "total_gross": before.gross,
    }
    if amounts_changed and new_lines is not None:
        computed = document_totals(new_lines, before)
        if computed is not None:
            for name, value in zip(TOTALS, computed, strict=True):
                if value is not None:
                    values[name] = value
    for name in typed:
        value = dec(fields[name])
        if fields[name] and value is None:
            errors.append(f"{name.replace('_', ' ')}: {fields[name]!r} is not a number")
        values[name] = value
    currency = (fields.get("currency") or current.get("currency") or "").strip().upper() or None
    now = Amounts(
        net=values["total_net"],
        tax=values["total_tax"],
        gross=values["total_gross"],
        line_totals=tuple(line_totals),
        currency=currency,
        adjustment=document_adjustment(doc),
    )
    rows = [TotalRow(*row) for row in totals_compared(printed_amounts(doc), now)]
    order = four_eyes.is_order(doc)
    problems = disagreements(now, cfg.amount_tolerance) if order else []
    return TotalsPreview(rows, line_totals, problems, errors, order)
