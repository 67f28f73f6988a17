"""Finding a product for a line by what a clerk types: our SKU, its name (either language)
or the customer's own part number. The review screen's product picker lists these.

Exact and prefix hits on SKU and part numbers come first, then names ranked by rapidfuzz, so
"VIS" finds every VIS-… product and "vis inox" finds the stainless screws.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from approvals.normalize import fold, identifier
from models.documents import Document
from models.masterdata import DocumentMatch, Product, ProductCode

MIN_NAME_SCORE = 60.0


@dataclass(frozen=True)
class ProductHit:
    product: Product
    matched_by: str  # sku | part_number | name
    code: str | None = None  # the customer's part number that matched
    score: float = 100.0


def search_products(
    session: Session, query: str, *, customer_id: int | None = None, limit: int = 10
) -> list[ProductHit]:
    text = (query or "").strip()
    if not text:
        return []
    active = Product.active.is_(True)
    hits: dict[int, ProductHit] = {}
    key = identifier(text)
    if key:
        for prod in session.execute(
            select(Product).where(active, Product.sku.ilike(f"%{text}%")).limit(limit)
        ).scalars():
            score = 100.0 if prod.sku.upper() == text.upper() else 95.0
            hits.setdefault(prod.id, ProductHit(prod, "sku", None, score))
        codes = session.execute(
            select(ProductCode)
            .join(Product)
            .where(
                active,
                ProductCode.kind == "part_number",
                ProductCode.normalized.like(f"%{key}%"),
                or_(ProductCode.customer_id.is_(None), ProductCode.customer_id == customer_id),
            )
            .order_by(ProductCode.customer_id.is_(None))  # the customer's own code first
            .limit(limit)
        ).scalars()
        for code in codes:
            score = 100.0 if code.normalized == key else 90.0
            hits.setdefault(
                code.product_id, ProductHit(code.product, "part_number", code.code, score)
            )
    choices: dict[int, str] = {}
    owners: list[Product] = []
    for prod in session.execute(select(Product).where(active)).scalars():
        for desc in (prod.description, prod.description_fr):
            if desc:
                choices[len(owners)] = fold(desc)
                owners.append(prod)
    for _choice, score, idx in process.extract(
        fold(text), choices, scorer=fuzz.WRatio, limit=limit * 2
    ):
        if score < MIN_NAME_SCORE:
            break
        prod = owners[idx]
        if prod.id not in hits:
            hits[prod.id] = ProductHit(prod, "name", None, float(score))
    return sorted(hits.values(), key=lambda h: (-h.score, h.product.sku))[:limit]


def unmatched_lines(doc: Document, match: DocumentMatch | None) -> list[dict[str, Any]]:
    """The document's lines that matching left without a product (no hit, or several that
    read alike), each with what to search for first and the machine's best guess."""
    by_position = {
        m.get("position"): m for m in (match.lines if match else []) if isinstance(m, dict)
    }
    out = []
    for line in doc.lines:
        found = by_position.get(line.position)
        if match is None or (found is not None and found.get("product_id")):
            continue
        out.append(
            {
                "position": line.position,
                "sku": line.sku,
                "description": line.description,
                "guess": found.get("guess") if found else None,
                "query": line.description or line.sku or "",
            }
        )
    return out
