"""The browser the generator prints its pages with, started once per test module, and the
generator put back as it was after a test that patches it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from samples.wild import build
from samples.wild.chromium import Printer
from samples.wild.page import Page
from samples.wild.trade_pages import TradePage


@pytest.fixture(scope="module")
def printer() -> Iterator[Printer]:
    with Printer() as p:
        yield p


@pytest.fixture
def restored(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever a patch of the generator (``retitle.patch``, ``typemix.patch``) changes is
    put back after the test."""
    monkeypatch.setattr(Page, "title", Page.title)
    monkeypatch.setattr(Page, "number_label", Page.number_label)
    monkeypatch.setattr(Page, "notes", Page.notes)
    monkeypatch.setattr(Page, "render", Page.render)
    monkeypatch.setattr(TradePage, "title", TradePage.title)
    monkeypatch.setattr(build, "make_doc", build.make_doc)
