"""Company legal forms ("SARL", "GmbH", "Ltd"), listed once for the readers that spot a form
in a name or strip it off to compare names. Each reader adds the forms it alone knows, so
that it reads exactly what it read before the list was shared."""

from __future__ import annotations

# the forms every reader knows (lower case; the readers match them whole)
FORMS: tuple[str, ...] = (
    "sarl",
    "sas",
    "sasu",
    "sa",
    "eurl",
    "snc",
    "gmbh",
    "ltd",
    "limited",
    "plc",
    "inc",
    "co",
)


def alternatives(*more: str) -> str:
    """The shared forms and ``more`` (regex text) as one alternation, for a group."""
    return "|".join((*FORMS, *more))
