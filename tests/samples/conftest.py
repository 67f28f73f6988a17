"""The browser the generator prints its pages with, started once per test module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from samples.wild.chromium import Printer


@pytest.fixture(scope="module")
def printer() -> Iterator[Printer]:
    with Printer() as p:
        yield p
