"""Who is the customer and who the supplier of a generated document: one rule for both
generators (``samples.content`` and ``samples.wild.content``), so that they cannot drift."""

from __future__ import annotations

from typing import Generic, TypeVar

P = TypeVar("P")


class CustomerSupplierRoles(Generic[P]):
    """Mixin of a document drawn between its issuer and a counterpart: the issuer is the
    customer where the buyer issues the document (``buyer_issues``), else the supplier."""

    issuer: P
    counterpart: P

    @property
    def buyer_issues(self) -> bool:
        raise NotImplementedError

    @property
    def customer(self) -> P:
        return self.issuer if self.buyer_issues else self.counterpart

    @property
    def supplier(self) -> P:
        return self.counterpart if self.buyer_issues else self.issuer
