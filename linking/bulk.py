"""Link review and discrepancies in bulk: which order linking in bulk takes for a document
(the one shown first, never a tie), the orders link review may be sorted in, and each
selected row through the single-row function of ``linking.service`` (same checks, own
audit event; a link that crosses customers still needs an approver). One refused row never
undoes the others: a savepoint each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from linking import service
from linking.errors import LinkingError
from models.enums import Role
from models.errors import OrderdeskError
from models.settings.linking import LinkingSettings

Item = dict[str, Any]
LINK_REVIEW_SORTS: dict[str, Callable[[Item], Any]] = {
    "age": lambda it: (it["created_at"] is None, it["created_at"]),
    "score": lambda it: -(it["candidates"][0]["score"] if it["candidates"] else 0.0),
    "customer": lambda it: ((it["customer_name"] or "").casefold(), it["document_id"]),
    "number": lambda it: ((it["document_number"] or "").casefold(), it["document_id"]),
}


@dataclass
class Outcome:
    id: int
    done: bool
    message: str = ""


def first_choice(item: Item) -> Item | None:
    """The order linking in bulk takes for a document: the one shown first, unless the next
    scores the same as shown (then which comes first is chance, and a person picks)."""
    candidates = item["candidates"]
    if not candidates:
        return None
    if len(candidates) > 1 and f"{candidates[0]['score']:.2f}" == f"{candidates[1]['score']:.2f}":
        return None
    return dict(candidates[0])


def sort_link_review(items: list[Item], sort: str) -> list[Item]:
    """Link review in the order the clerk asked for (``-key`` reverses; oldest first else),
    each item with the order linking in bulk would take (``first``)."""
    key = LINK_REVIEW_SORTS.get(sort.lstrip("-"), LINK_REVIEW_SORTS["age"])
    ordered = sorted(items, key=key, reverse=sort.startswith("-"))
    return [it | {"first": first_choice(it)} for it in ordered]


def sort_keys() -> set[str]:
    """Every sort link review accepts, reversed ones included."""
    return {k for key in LINK_REVIEW_SORTS for k in (key, f"-{key}")}


def link_each(
    session: Session,
    picks: list[tuple[int, int | None]],
    settings: LinkingSettings,
    *,
    actor: str,
    role: Role | str,
) -> list[Outcome]:
    """Link each document to the order picked for it (None: no single order led)."""
    out = []
    for doc_id, order_id in picks:
        try:
            with session.begin_nested():
                if order_id is None:
                    raise LinkingError("no single order leads; pick one on its card")
                service.link_manually(session, doc_id, order_id, settings, actor=actor, role=role)
            out.append(Outcome(doc_id, True))
        except OrderdeskError as exc:
            out.append(Outcome(doc_id, False, str(exc)))
    return out


def none_of_these_each(
    session: Session, doc_ids: list[int], settings: LinkingSettings, *, actor: str, reason: str
) -> list[Outcome]:
    """Say of each document that none of the orders fits it, for one reason."""
    out = []
    for doc_id in doc_ids:
        try:
            with session.begin_nested():
                service.none_of_these(session, doc_id, settings, actor=actor, reason=reason)
            out.append(Outcome(doc_id, True))
        except OrderdeskError as exc:
            out.append(Outcome(doc_id, False, str(exc)))
    return out


def accept_each(
    session: Session, ids: list[int], settings: LinkingSettings, *, actor: str, note: str
) -> list[Outcome]:
    """Accept each open discrepancy as it stands, with one note."""
    out = []
    for d_id in ids:
        try:
            with session.begin_nested():
                service.resolve_discrepancy(
                    session, d_id, settings, actor=actor, action="accept", note=note
                )
            out.append(Outcome(d_id, True))
        except LinkingError as exc:
            out.append(Outcome(d_id, False, str(exc)))
    return out


def summary(outcomes: list[Outcome], verb: str, refused_intro: str) -> str:
    """ "3 of 4 linked." and the first five refusals with why."""
    done = sum(o.done for o in outcomes)
    text = f"{done} of {len(outcomes)} {verb}."
    refused = [f"#{o.id}: {o.message}" for o in outcomes if not o.done]
    return text + (f" {refused_intro}: " + "; ".join(refused[:5]) if refused else "")
