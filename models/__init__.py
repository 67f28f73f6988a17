"""Tables, enums, database sessions, migrations and settings: the vocabulary every stage shares.

Importing this package registers every table module on ``Base.metadata`` (Alembic needs all
of them); a stage adds its tables as a new module here and nothing else needs to change.
"""

import importlib
import pkgutil

from models.base import Base

_NOT_TABLES = {"base", "db", "enums", "migrations", "settings", "storage", "migrate"}

for _mod in pkgutil.iter_modules(__path__):
    if _mod.name not in _NOT_TABLES and not _mod.name.startswith("_"):
        importlib.import_module(f"models.{_mod.name}")

__all__ = ["Base"]
