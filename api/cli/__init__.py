"""The ``orderdesk`` command: one Typer app, one module per group of verbs."""
