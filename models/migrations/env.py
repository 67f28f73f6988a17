"""Alembic environment: runs on the connection ``models.migrate`` hands it."""

from alembic import context

import models
from models.base import Base
from models.search import include_name

_ = models  # every table module is registered by importing the package
config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,  # derived full-text tables are not mapped
)
with context.begin_transaction():
    context.run_migrations()
