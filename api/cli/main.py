"""Entry point of the ``orderdesk`` command: imports every verb module, then runs the app."""

import importlib

from api.cli.app import app

VERB_MODULES = (
    "process",
    "ingest_cmds",
    "extract",
    "archive_cmds",
    "admin",
    "masterdata_cmds",
    "search_cmds",
    "learn_cmds",
)

for _name in VERB_MODULES:
    importlib.import_module(f"api.cli.{_name}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
