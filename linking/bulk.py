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


def _each(
    session: Session,
    ids: list[int],
    act: Callable[[int], object],
    refusals: type[OrderdeskError] = OrderdeskError,
) -> list[Outcome]:
    """``act`` on each id in a savepoint of its own; a refusal is noted and undone alone."""
    out = []
    for row_id in ids:
        try:
            with session.begin_nested():
                act(row_id)
            out.append(Outcome(row_id, True))
        except refusals as exc:
            out.append(Outcome(row_id, False, str(exc)))
    return out


def link_each(
    session: Session,
    picks: list[tuple[int, int | None]],
    settings: LinkingSettings,
    *,
    actor: str,
    role: Role | str,
) -> list[Outcome]:
    """Link each document to the order picked for it (None: no single order led)."""
    orders = dict(picks)

    def link(doc_id: int) -> None:
        order_id = orders[doc_id]
        if order_id is None:
            raise LinkingError("no single order leads; pick one on its card")
        service.link_manually(session, doc_id, order_id, settings, actor=actor, role=role)

    return _each(session, [doc_id for doc_id, _ in picks], link)


def none_of_these_each(
    session: Session, doc_ids: list[int], settings: LinkingSettings, *, actor: str, reason: str
) -> list[Outcome]:
    """Say of each document that none of the orders fits it, for one reason."""
    return _each(
        session,
        doc_ids,
        lambda doc_id: service.none_of_these(session, doc_id, settings, actor=actor, reason=reason),
    )


def accept_each(
    session: Session, ids: list[int], settings: LinkingSettings, *, actor: str, note: str
) -> list[Outcome]:
    """Accept each open discrepancy as it stands, with one note."""
    return _each(
        session,
        ids,
        lambda d_id: service.resolve_discrepancy(
            session, d_id, settings, actor=actor, action="accept", note=note
        ),
        LinkingError,
    )


def summary(outcomes: list[Outcome], verb: str, refused_intro: str) -> str:
    """ "3 of 4 linked." and the first five refusals with why."""
    done = sum(o.done for o in outcomes)
    text = f"{done} of {len(outcomes)} {verb}."
    refused = [f"#{o.id}: {o.message}" for o in outcomes if not o.done]
    return text + (f" {refused_intro}: " + "; ".join(refused[:5]) if refused else "")
