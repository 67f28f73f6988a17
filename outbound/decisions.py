"""What a decision in orderdesk means as a lifecycle status, when the clerk did not say it in
the platform's words: the reason of a refusal (210 needs one from a closed list), and an
approval of an e-invoice whose lines the clerk changed (206, approved in part).

The XML of an e-invoice is the invoice: a clerk who lowers a quantity or a price, or deletes
a line, does not accept the invoice as sent. (A scanned invoice's corrections fix misreadings
and say nothing to its seller; statuses are only for e-invoices anyway.)
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any, Literal

from einvoice.cdar import Characteristic
from models.parsing import decimal_or_none as number

ReasonSource = Literal["clerk", "inferred", "default"]

# words in a refusal's reason -> the 210 reason they name (most specific first)
REFUSAL_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("DOUBLON", ("doublon", "duplicate", "deja recu", "already received", "en double", "twice")),
    ("DOUBLE_FACT", ("deja facture", "already invoiced", "already billed", "double facturation")),
    ("TX_TVA_ERR", ("taux de tva", "vat rate", "tva", "vat ")),
    ("CALCUL_ERR", ("calcul", "arithm", "does not add up", "ne s'additionne", "rounding")),
    ("MONTANTTOTAL_ERR", ("montant", "total", "amount", "price", "prix")),
    ("CMD_ERR", ("commande", "purchase order", "order", "po number", "bon de commande")),
    ("ADR_ERR", ("adresse", "address")),
    ("CONTRAT_TERM", ("contrat termine", "contract ended", "contract terminated")),
    ("REF_CT_ABSENT", ("contrat", "contract")),
    ("EMMET_INC", ("fournisseur inconnu", "unknown supplier", "emetteur inconnu",
                   "unknown seller")),
    ("DEST_ERR", ("destinataire", "not for us", "wrong recipient", "pas pour nous")),
    ("TRANSAC_INC", ("transaction inconnue", "unknown transaction", "no such purchase")),
)  # fmt: skip
# failing checks of the refused invoice -> the reason they point at
REFUSAL_CHECKS: tuple[tuple[str, str], ...] = (
    ("duplicate", "DOUBLON"),
    ("arithmetic", "CALCUL_ERR"),
    ("einvoice_validation", "NON_CONFORME"),
    ("mandatory_fields", "NON_CONFORME"),
)
DEFAULT_REFUSAL = "NON_CONFORME"


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def refusal_reason(reason: str | None, failing_rules: list[str]) -> tuple[str, ReasonSource]:
    """The 210 reason a refusal gives in words, else the one its failing checks point at,
    else "non conforme"; and where it came from."""
    words = f" {_plain(reason or '')} "
    for code, needles in REFUSAL_WORDS:
        if any(n in words for n in needles):
            return code, "inferred"
    for rule in failing_rules:
        for needle, code in REFUSAL_CHECKS:
            if needle in rule:
                return code, "inferred"
    return DEFAULT_REFUSAL, "default"


@dataclass(frozen=True)
class LineChange:
    line_id: str  # the invoice's line id (BT-126), or its position
    kind: Literal["quantity", "price", "refused"]
    invoiced: str | None
    accepted: str | None


REASON_OF = {"quantity": "QTE_ERR", "price": "PU_ERR", "refused": "ART_ERR"}
BT_OF = {"quantity": "BT-129", "price": "BT-146", "refused": "BT-126"}
WORDS_OF = {"quantity": "quantité", "price": "prix unitaire net", "refused": "ligne refusée"}


def _text(value: Any) -> str | None:
    """A number as people write it (1.0000 from the database is 1)."""
    n = number(value)
    if n is None:
        return None if value in (None, "") else str(value)
    return format(n.normalize(), "f")


def same(a: Any, b: Any) -> bool:
    """Equal as numbers when both are (12, 12.0, "12,00"), else as text."""
    x, y = number(a), number(b)
    return x == y if x is not None and y is not None else (a or None) == (b or None)


def match_lines(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> list[int | None]:
    """For each line of ``before``, the index of the same line in ``after`` (found by its
    SKU, else its description, else its place when no line was added or removed), or None
    when it is gone."""
    left = list(range(len(after)))
    found: list[int | None] = []
    for i, line in enumerate(before):
        j = None
        for key in ("sku", "description"):  # the same article, wherever it now is
            if j is None and line.get(key):
                j = next((k for k in left if after[k].get(key) == line[key]), None)
        if j is None and len(before) == len(after) and i in left:
            j = i
        if j is not None:
            left.remove(j)
        found.append(j)
    return found


def line_changes(
    invoiced: list[dict[str, Any]], approved: list[dict[str, Any]], line_ids: list[str | None]
) -> list[LineChange]:
    """What the approved lines change in the invoiced ones: a line not found among them was
    refused, one found with another quantity or unit price was accepted at that value."""
    changes: list[LineChange] = []
    for i, (line, j) in enumerate(zip(invoiced, match_lines(invoiced, approved), strict=True)):
        line_id = (line_ids[i] if i < len(line_ids) else None) or str(i + 1)
        if j is None:
            changes.append(LineChange(line_id, "refused", line_id, None))
            continue
        got = approved[j]
        for kind, key in (("quantity", "quantity"), ("price", "unit_price")):
            if not same(line.get(key), got.get(key)):
                changes.append(
                    LineChange(line_id, kind, _text(line.get(key)), _text(got.get(key)))  # type: ignore[arg-type]
                )
    return changes


def partial_approval(changes: list[LineChange]) -> tuple[str, str, list[Characteristic]]:
    """(206 reason code, its words, DIV/DVA characteristics: each value invoiced and the one
    accepted instead)."""
    kinds = [c.kind for c in changes]
    first = next(k for k in ("quantity", "price", "refused") if k in kinds)
    chars: list[Characteristic] = []
    words = []
    for c in changes:
        name = f"ligne {c.line_id} : {WORDS_OF[c.kind]}"
        chars.append(Characteristic(type_code="DIV", id=BT_OF[c.kind], name=name, value=c.invoiced))
        if c.accepted is not None:
            chars.append(
                Characteristic(type_code="DVA", id=BT_OF[c.kind], name=name, value=c.accepted)
            )
            words.append(f"{name} {c.invoiced} -> {c.accepted}")
        else:
            words.append(name)
    return REASON_OF[first], "; ".join(words), chars
