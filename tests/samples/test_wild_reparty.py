"""``samples.wild.reparty`` (issue 20, parties): the development families' party blocks
captioned in made-up words or not at all, window sides flipped, the truth as printed; and
the reader, on whole pages of pool b (kept aside, never tuned on), never shows a party's
name or address sure when it is wrong."""

from __future__ import annotations

import pytest

from extraction.evaluate import same_value
from extraction.pipeline import extract_bytes
from models.settings.extraction import ExtractionSettings
from samples.wild import reparty
from samples.wild.build import draw_page, print_page
from samples.wild.chromium import Printer
from samples.wild.page import Page
from tests.samples.families_for_tests import PATCHED_FAMILIES as FAMILIES

ACCEPT = 0.9
PARTY_FIELDS = ("supplier_name", "customer_name", "billing_address", "delivery_address")


@pytest.fixture
def unpatched(monkeypatch: pytest.MonkeyPatch) -> None:
    """The methods the patch replaces are put back after the test."""
    for name in ("label", "window_row"):
        monkeypatch.setattr(Page, name, getattr(Page, name))


def test_pool_b_prints_its_own_captions_over_the_same_truth(unpatched: None) -> None:
    before = [draw_page(61, i, FAMILIES, ("fr", "en"))[0] for i in range(12)]
    truths = [p.render().printed.truth(layout=p.f.name) for p in before]
    reparty.patch("b")
    after = [draw_page(61, i, FAMILIES, ("fr", "en"))[0] for i in range(12)]
    assert [p.render().printed.truth(layout=p.f.name) for p in after] == truths
    pool = {
        w.casefold() for lang in reparty.POOLS["b"].values() for ws in lang.values() for w in ws
    }
    captions = [p.label(key).casefold() for p in after for key in ("billing", "delivery")]
    assert "" in captions
    assert sum(1 for c in captions if c in pool or c == "") >= len(captions) // 2


def test_pool_b_parties_never_wrong_and_sure(unpatched: None, printer: Printer) -> None:
    reparty.patch("b")
    read = 0
    for i in range(6):
        page, kind, language = draw_page(62, i, FAMILIES, ("fr", "en"))
        pdf, truth = print_page(page, printer, f"reparty_{i}", kind, language, 62, i, True)
        result = extract_bytes(pdf, settings=ExtractionSettings(), use_embedded_xml=False)
        for name in PARTY_FIELDS:
            got, want = result.fields.get(name), truth["fields"].get(name)
            if got is None:
                continue
            read += 1
            right = want is not None and same_value(name, got.value, want["value"])
            assert right or got.confidence < ACCEPT, (i, name, got.value, want)
    assert read >= 6
