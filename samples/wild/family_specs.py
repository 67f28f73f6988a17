"""The settings of the generator's office, trade and named families, built from one table.

Every family module used to write out its families' settings in full: the same block of
keys (fonts, sizes, letterhead, meta, parties, rules, ...) again for each family, spread
over a preset (``BLOCK_COMMON``, ``TABLE_COMMON``) and the family's own values, and its
mix of document kinds as another block per module. Those settings are data, not logic:
they now stand once each in ``family_specs.toml``, and a family module asks this builder
for its group (``family_specs("header")``, ``kind_weights("header")``) instead of
repeating the blocks. The family modules keep what is their own: their docstrings (what
each family is for), their word pools and their names.

A group's family is its preset's settings (if the group names one), then the group's own,
then the family's own, with ``renderer`` its name unless given; lists become the tuples
``families.Family`` holds. The order of the table is kept (tomllib reads tables in file
order): seeded draws depend on the order of the families and of the kinds' weights.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from typing import Any

Spec = dict[str, Any]
# the keys of a group's or family's table that are no settings of a ``Family``
_NOT_SETTINGS = frozenset({"preset", "kinds", "families"})


@cache
def _table() -> Mapping[str, Any]:
    text = files("samples.wild").joinpath("family_specs.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _settings(table: Mapping[str, Any]) -> Spec:
    """The ``Family`` settings of ``table``, lists as tuples."""
    return {
        key: tuple(value) if isinstance(value, list) else value
        for key, value in table.items()
        if key not in _NOT_SETTINGS
    }


def _group(group: str) -> Mapping[str, Any]:
    groups: Mapping[str, Any] = _table()["groups"]
    return groups[group]


def preset(name: str) -> Spec:
    """The settings several groups' families start from (``block``, ``table``)."""
    return _settings(_table()["presets"][name])


def kinds_preset(name: str) -> dict[str, int]:
    """A mix of document kinds several groups draw from (``priced``): kind -> weight."""
    return dict(_table()["kinds"][name])


def family_specs(group: str) -> list[Spec]:
    """The settings of each family of ``group``, in the table's order, as ``families.Family``
    takes them."""
    table = _group(group)
    common = {**(preset(table["preset"]) if "preset" in table else {}), **_settings(table)}
    return [
        {**common, **_settings(own), "name": name, "renderer": own.get("renderer", name)}
        for name, own in table["families"].items()
    ]


def kind_weights(group: str) -> dict[str, dict[str, int]]:
    """The mix of document kinds each family of ``group`` draws: its own, else its group's;
    a preset named by a string."""
    table = _group(group)
    weights: dict[str, dict[str, int]] = {}
    for name, own in table["families"].items():
        kinds = own.get("kinds", table.get("kinds"))
        weights[name] = kinds_preset(kinds) if isinstance(kinds, str) else dict(kinds)
    return weights
