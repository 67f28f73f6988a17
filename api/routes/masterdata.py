"""Master data over REST: import customers and products (JSON body or CSV/JSON upload), list
and look them up."""

from dataclasses import dataclass
from typing import Annotated, Protocol, TypeVar

from fastapi import APIRouter, Depends, UploadFile
from sqlalchemy.orm import Session

from api.acting import Listing
from api.auth import Actor, Admin
from api.deps import AppSettings, DbSession
from api.schemas import (
    CustomerOut,
    CustomerPage,
    MasterDataImported,
    ProductOut,
    ProductPage,
)
from approvals.masterdata import (
    MAX_UPLOAD_BYTES,
    MasterDataIn,
    find_customers,
    find_products,
    parse_upload,
)
from flow.masterdata import import_and_recheck
from models.settings import Settings

router = APIRouter(prefix="/api/masterdata", tags=["masterdata"])
R = TypeVar("R")


@router.post("")
def import_json(
    body: MasterDataIn,
    actor: Admin,
    session: DbSession,
    settings: AppSettings,
) -> MasterDataImported:
    """Upsert customers (by number) and products (by SKU) from a JSON body."""
    return _imported(session, body, actor, settings)


@router.post("/upload")
async def import_file(
    file: UploadFile,
    actor: Admin,
    session: DbSession,
    settings: AppSettings,
) -> MasterDataImported:
    """Upsert from a CSV (customers or products, told apart by the header) or JSON file."""
    raw = await file.read(MAX_UPLOAD_BYTES + 1)
    data = parse_upload(raw, file.filename or "")
    return _imported(session, data, actor, settings)


def _imported(
    session: Session, data: MasterDataIn, actor: Actor, settings: Settings
) -> MasterDataImported:
    """The import's report, and how many waiting documents were checked again."""
    done = import_and_recheck(session, data, actor=actor.name, settings=settings)
    return MasterDataImported.model_validate(
        done.report.as_dict() | {"rechecked": len(done.rechecked), "approved": done.approved}
    )


class Finder(Protocol[R]):
    def __call__(
        self, session: Session, q: str | None, /, *, limit: int, offset: int
    ) -> tuple[list[R], int]: ...


@dataclass(frozen=True)
class Lookup(Listing):
    """A master data listing: the rows that hold ``q``."""

    q: str | None = None

    def page(self, find: Finder[R]) -> tuple[list[R], int]:
        return find(self.session, self.q, limit=self.paging.limit, offset=self.paging.offset)


Looking = Annotated[Lookup, Depends()]


@router.get("/customers", response_model=CustomerPage)
def list_customers(look: Looking) -> CustomerPage:
    rows, total = look.page(find_customers)
    return CustomerPage(items=[CustomerOut.model_validate(c) for c in rows], total=total)


@router.get("/products", response_model=ProductPage)
def list_products(look: Looking) -> ProductPage:
    rows, total = look.page(find_products)
    return ProductPage(items=[ProductOut.model_validate(p) for p in rows], total=total)
