"""``orderdesk db upgrade``: Alembic driven from code, so no alembic.ini has to be found."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from models.db import engine_for

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(url: str, revision: str = "heads") -> None:
    """Bring the schema to the newest revision of every stage's branch."""
    engine = engine_for(url)
    with engine.begin() as conn:
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def revision(
    url: str,
    message: str,
    *,
    rev_id: str,
    head: str = "head",
    branch_label: str | None = None,
) -> None:
    """Autogenerate a migration from the models (developer tool).

    Each stage keeps its own branch off ``0001_core``: start it with
    ``head="0001_core", branch_label="<stage>"``, continue it with ``head="<stage>@head"``.
    Upgrade ``url`` to ``heads`` first and read the result: drop what is not yours.
    """
    engine = engine_for(url)
    with engine.begin() as conn:
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        command.revision(
            cfg,
            message=message,
            autogenerate=True,
            head=head,
            rev_id=rev_id,
            splice=branch_label is not None,
            branch_label=branch_label,
        )
