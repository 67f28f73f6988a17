"""Archive settings (owned by ``archive/``): where the write-once store is, how long it keeps
documents, how often the audit chain head is sealed into it, which engine answers searches."""

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from models.settings.bounds import AtLeastOne, NonNegativeInt, Positive, PositiveInt

# French commercial code L123-22: accounting documents are kept ten years.
TEN_YEARS = 10


class ArchiveSettings(BaseModel):
    s3_endpoint: str | None = Field(
        default=None, description="host:port of the S3 / MinIO endpoint (for s3:// archive URLs)."
    )
    s3_access_key: str | None = None
    s3_secret_key: str | None = None
    s3_secure: bool = Field(default=True, description="HTTPS to the S3 endpoint.")
    s3_region: str | None = None
    retention_years: dict[str, int] = Field(
        default_factory=lambda: {
            "purchase_order": TEN_YEARS,
            "order_confirmation": TEN_YEARS,
            "delivery_note": TEN_YEARS,
            "invoice": TEN_YEARS,
            "credit_note": TEN_YEARS,
            "payment_advice": TEN_YEARS,
        },
        description="Years kept after the end of the document's year, per doc type.",
    )
    default_retention_years: NonNegativeInt = Field(
        default=TEN_YEARS, description="For doc types not listed in retention_years."
    )
    bucket_default_retention_years: AtLeastOne = Field(
        default=11,
        description="Default COMPLIANCE retention of a new bucket (covers an original stored "
        "before its doc type is known; archiving extends it to the document's own date).",
    )
    seal_minutes: Positive = Field(
        default=60.0, description="How often `run` seals the audit chain head."
    )
    export_max_documents: PositiveInt = 1000
    search_engine: Literal["database", "tantivy"] = Field(
        default="tantivy",
        description="Auditor search: a tantivy index derived from the database (kept current "
        "from a change log, rebuilt by `orderdesk search reindex`; 4-40x faster on common "
        "words and phrases at 100k documents), or the database's own full text (SQLite FTS5 / "
        "PostgreSQL tsvector). Same query syntax and results shape.",
    )
    search_index_dir: Path | None = Field(
        default=None, description="Folder of the tantivy index; default <data dir>/search-index."
    )
