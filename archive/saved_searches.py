"""An auditor's saved searches: a name and the criteria, kept for their owner alone
(a preference, not business data: saving one is open to every role)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive.search import SearchQuery
from models.errors import InvalidInput, NotFound
from models.search import SavedSearch

# what a saved search may hold: the search's criteria, not its paging
CRITERIA = frozenset(SearchQuery.__dataclass_fields__) - {"limit", "offset"}


def saved_by(session: Session, owner: str) -> list[SavedSearch]:
    """The owner's saved searches, by name."""
    return list(
        session.execute(
            select(SavedSearch).where(SavedSearch.owner == owner).order_by(SavedSearch.name)
        ).scalars()
    )


def save(session: Session, owner: str, name: str, params: dict[str, str]) -> SavedSearch:
    unknown = set(params) - CRITERIA
    if unknown:
        raise InvalidInput(f"unknown search criteria: {', '.join(sorted(unknown))}")
    saved = SavedSearch(owner=owner, name=name.strip(), params=params)
    session.add(saved)
    session.flush()
    return saved


def delete(session: Session, owner: str, saved_id: int) -> None:
    """Delete one of the owner's saved searches (another's is as good as missing)."""
    saved = session.get(SavedSearch, saved_id)
    if saved is None or saved.owner != owner:
        raise NotFound(f"no saved search {saved_id} of yours")
    session.delete(saved)
