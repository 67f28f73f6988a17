"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import models
from models.base import Base
from models.db import engine_for
from models.search import include_name


def test_models_and_migrations_agree(db_url: str) -> None:
    _ = models
    with engine_for(db_url).connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"include_name": include_name}), Base.metadata
        )
    assert diff == [], f"models differ from migrations (write a migration): {diff}"
