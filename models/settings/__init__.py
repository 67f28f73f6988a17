"""All configuration in one place: ``ORDERDESK_*`` environment variables and ``.env``.

Each stage keeps its own section in a module of this package, so a stage's knobs live
next to each other and stages never edit each other's settings. Nested sections are set
with a double underscore: ``ORDERDESK_INGEST__STABLE_SECONDS=5``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from models.settings.approvals import ApprovalSettings
from models.settings.archive import ArchiveSettings
from models.settings.bounds import AtLeastOne
from models.settings.einvoicing import EInvoicingSettings
from models.settings.extraction import ExtractionSettings
from models.settings.ingest import IngestSettings
from models.settings.linking import LinkingSettings


class Settings(BaseSettings):
    """orderdesk's settings; the embedded default (SQLite + ./data) needs none of them."""

    model_config = SettingsConfigDict(
        env_prefix="ORDERDESK_",
        env_file=".env",
        env_nested_delimiter="__",
        extra="ignore",
    )

    data_dir: Path = Field(default=Path("data"), description="Inbox, quarantine, archive, DB.")
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default is SQLite in the data folder."
    )
    archive_url: str | None = Field(
        default=None,
        description="file:///path (local write-once) or s3://bucket; default data/archive.",
    )
    secret_key: str | None = Field(
        default=None, description="Signs session cookies; generated into the data folder."
    )
    host: str = "127.0.0.1"
    port: int = 8000
    workers: AtLeastOne = Field(default=2, description="Worker processes started by `run`.")
    log_json: bool = False

    ingest: IngestSettings = IngestSettings()
    extraction: ExtractionSettings = ExtractionSettings()
    approvals: ApprovalSettings = ApprovalSettings()
    linking: LinkingSettings = LinkingSettings()
    archive: ArchiveSettings = ArchiveSettings()
    einvoicing: EInvoicingSettings = EInvoicingSettings()

    @property
    def db_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'orderdesk.db').resolve()}"

    @property
    def inbox_dir(self) -> Path:
        return self.data_dir / "inbox"

    @property
    def quarantine_dir(self) -> Path:
        return self.data_dir / "quarantine"

    @property
    def archive_location(self) -> str:
        return self.archive_url or f"file://{(self.data_dir / 'archive').resolve()}"


@lru_cache
def get_settings() -> Settings:
    return Settings()
