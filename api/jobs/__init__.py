"""Job kinds contributed by stages beyond extraction and archiving.

Each module here may define:
- ``HANDLERS: dict[str, Handler]``: job kind -> two-phase handler (see ``jobs.worker``);
- ``ON_DECIDED: tuple[str, ...]``: job kinds to enqueue when a document is approved or
  rejected (each handler decides from the document whether it has work to do).
``api.pipeline.handler_set`` and ``api.pipeline.on_decided`` gather them all.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def modules() -> list[ModuleType]:
    return [
        importlib.import_module(f"{__name__}.{m.name}")
        for m in pkgutil.iter_modules(__path__)
        if not m.name.startswith("_")
    ]
