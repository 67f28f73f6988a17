"""Writes a wild set: ``NAME.pdf`` beside ``NAME.truth.json``, optionally scans of them.

Every document derives from ``(seed, index)`` alone, so a set is reproducible and any one
document can be made again on its own; the family is drawn from the families asked for.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

from samples.wild.bare_families import BARE_KIND_WEIGHTS
from samples.wild.bare_pages import BARE_RENDERERS, BarePage
from samples.wild.blind_families import BLIND_KIND_WEIGHTS
from samples.wild.blind_pages import BLIND_RENDERERS, BlindPage
from samples.wild.card_pages import CARD_RENDERERS, CardPage
from samples.wild.cell_families import CELL_KIND_WEIGHTS
from samples.wild.cell_pages import CELL_RENDERERS, CellPage
from samples.wild.check import PrintedMismatch, missing_values, page_text
from samples.wild.chromium import Printer
from samples.wild.cols22_families import COLS22_KIND_WEIGHTS
from samples.wild.cols22_pages import COLS22_RENDERERS, Cols22Page
from samples.wild.content import Doc, make_doc
from samples.wild.dates22_families import DATES22_KIND_WEIGHTS
from samples.wild.dates22_pages import DATES22_RENDERERS, Dates22Page
from samples.wild.dates23_families import DATES23_KIND_WEIGHTS
from samples.wild.dates23_pages import DATES23_RENDERERS, Dates23Page
from samples.wild.dates_families import DATES_KIND_WEIGHTS
from samples.wild.dates_pages import DATES_RENDERERS, DatesPage
from samples.wild.dates_words_families import DATES_WORDS_KIND_WEIGHTS
from samples.wild.dates_words_pages import DATES_WORDS_RENDERERS, DatesWordsPage
from samples.wild.desc_families import DESC_KIND_WEIGHTS
from samples.wild.desc_pages import DESC_RENDERERS, DescPage
from samples.wild.erp_pages import ERP_RENDERERS, ErpPage
from samples.wild.families import ALL_FAMILIES, DEV, HELDOUT_SETS, NAMED, Family, is_heldout
from samples.wild.far_families import FAR_KIND_WEIGHTS
from samples.wild.far_pages import FAR_RENDERERS, FarPage
from samples.wild.fresh_families import FRESH_KIND_WEIGHTS
from samples.wild.fresh_pages import FRESH_RENDERERS, FreshPage
from samples.wild.gap_families import GAP_KIND_WEIGHTS
from samples.wild.gap_pages import GAP_RENDERERS, GapPage
from samples.wild.geo_families import GEO_KIND_WEIGHTS
from samples.wild.geo_pages import GEO_RENDERERS, GeoPage
from samples.wild.header_families import HEADER_KIND_WEIGHTS
from samples.wild.header_pages import HEADER_RENDERERS, HeaderPage
from samples.wild.headless_families import HEADLESS_KIND_WEIGHTS
from samples.wild.headless_pages import HEADLESS_RENDERERS, HeadlessPage
from samples.wild.mark_families import MARK_KIND_WEIGHTS
from samples.wild.mark_pages import MARK_RENDERERS, MarkPage
from samples.wild.office_families import OFFICE_KIND_WEIGHTS
from samples.wild.ownref_families import OWNREF_KIND_WEIGHTS
from samples.wild.ownref_pages import OWNREF_RENDERERS, OwnrefPage
from samples.wild.page import Page, Rendered
from samples.wild.parties22_families import P22_KIND_WEIGHTS
from samples.wild.parties22_pages import P22_RENDERERS, P22Page
from samples.wild.party_families import PARTY_KIND_WEIGHTS
from samples.wild.party_pages import PARTY_RENDERERS, PartyPage
from samples.wild.pay18_families import PAY18_KIND_WEIGHTS
from samples.wild.pay18_pages import PAY18_RENDERERS, Pay18Page
from samples.wild.pay_families import PAY_KIND_WEIGHTS
from samples.wild.pay_pages import PAY_RENDERERS, PayPage
from samples.wild.refgrid_families import REFGRID_KIND_WEIGHTS
from samples.wild.refgrid_pages import REFGRID_RENDERERS, RefgridPage
from samples.wild.reflist_families import REFLIST_KIND_WEIGHTS
from samples.wild.reflist_pages import REFLIST_RENDERERS, ReflistPage
from samples.wild.refs3_families import REFS3_KIND_WEIGHTS
from samples.wild.refs3_pages import REFS3_RENDERERS, Refs3Page
from samples.wild.refs18_families import REFS18_KIND_WEIGHTS
from samples.wild.refs18_pages import REFS18_RENDERERS, Refs18Page
from samples.wild.refs22_families import REFS22_KIND_WEIGHTS
from samples.wild.refs22_pages import REFS22_RENDERERS, Refs22Page
from samples.wild.refs23_families import REFS23_KIND_WEIGHTS
from samples.wild.refs23_pages import REFS23_RENDERERS, Refs23Page
from samples.wild.refs_families import REFS_KIND_WEIGHTS
from samples.wild.refs_pages import REFS_RENDERERS, RefsPage
from samples.wild.row_families import ROW_KIND_WEIGHTS
from samples.wild.row_pages import ROW_RENDERERS, RowPage
from samples.wild.rows18_families import ROWS18_KIND_WEIGHTS
from samples.wild.rows18_pages import ROWS18_RENDERERS, Rows18Page
from samples.wild.rows23_families import ROWS23_KIND_WEIGHTS
from samples.wild.rows23_pages import ROWS23_RENDERERS, Rows23Page
from samples.wild.saying_families import SAYING_KIND_WEIGHTS
from samples.wild.saying_pages import SAYING_RENDERERS, SayingPage
from samples.wild.section_families import SECTION_KIND_WEIGHTS
from samples.wild.section_pages import SECTION_RENDERERS, SectionPage
from samples.wild.settle_families import SETTLE_KIND_WEIGHTS
from samples.wild.settle_pages import SETTLE_RENDERERS, SettlePage
from samples.wild.spot_families import SPOT_KIND_WEIGHTS
from samples.wild.spot_pages import SPOT_RENDERERS, SpotPage
from samples.wild.table_families import CODE_KIND_WEIGHTS, TABLE_KIND_WEIGHTS
from samples.wild.table_pages import CODE_RENDERERS, TABLE_RENDERERS, CodePage, TablePage
from samples.wild.tables22_families import TABLES22_KIND_WEIGHTS
from samples.wild.tables22_pages import TABLES22_RENDERERS, Tables22Page
from samples.wild.terms_families import TERMS_KIND_WEIGHTS
from samples.wild.terms_pages import TERMS_RENDERERS, TermsPage
from samples.wild.tight_families import TIGHT_KIND_WEIGHTS
from samples.wild.tight_pages import TIGHT_RENDERERS, TightPage
from samples.wild.trade_families import TRADE_KIND_WEIGHTS
from samples.wild.trade_pages import TRADE_RENDERERS, TradePage
from samples.wild.twin_families import TWIN_KIND_WEIGHTS
from samples.wild.twin_pages import TWIN_RENDERERS, TwinPage
from samples.wild.type18_families import T18_KIND_WEIGHTS
from samples.wild.type18_pages import T18_RENDERERS, Type18Page
from samples.wild.type22_families import TYPE22_KIND_WEIGHTS
from samples.wild.type22_pages import TYPE22_RENDERERS, Type22Page
from samples.wild.unit_rate_families import UNIT_RATE_KIND_WEIGHTS
from samples.wild.unit_rate_pages import UNIT_RATE_RENDERERS, UnitRatePage
from samples.wild.vat_families import VAT_KIND_WEIGHTS
from samples.wild.vat_pages import VAT_RENDERERS, VatPage
from samples.wild.vocab import CONTRACT_TYPE
from samples.wild.wrap_families import WRAP_KIND_WEIGHTS
from samples.wild.wrap_pages import WRAP_RENDERERS, WrapPage

KIND_WEIGHTS = {
    "invoice": 25,
    "purchase_order": 18,
    "order_confirmation": 12,
    "delivery_note": 14,
    "credit_note": 9,
    "payment_advice": 9,
    "quotation": 7,
    "reminder": 6,
}
LANGUAGE_WEIGHTS = {"fr": 42, "en": 38, "de": 8, "es": 6, "it": 6}
LINE_COUNTS = [1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 28, 40]


class FamilyError(ValueError):
    """A family name that does not exist, or a held-out family asked for without --heldout."""


def select_families(
    names: list[str] | None, heldout: bool, heldout_set: str = "first"
) -> list[str]:
    """The families of a set: development ones, or with ``heldout`` those of the held-out
    set ``heldout_set`` (``families.HELDOUT_SETS``: "first", the default, "fresh" or
    "blind")."""
    if heldout_set not in HELDOUT_SETS:
        raise FamilyError(f"unknown held-out set {heldout_set!r} ({', '.join(HELDOUT_SETS)})")
    if heldout_set != "first" and not heldout:
        raise FamilyError(f"held-out set {heldout_set!r}: pass --heldout as well")
    allowed = sorted(HELDOUT_SETS[heldout_set]) if heldout else list(DEV)
    if not names:
        return allowed
    if not heldout:
        allowed += sorted(NAMED)  # drawn when named, never by default
    unknown = [n for n in names if n not in ALL_FAMILIES]
    if unknown:
        raise FamilyError(f"unknown families: {', '.join(unknown)} (see --list-families)")
    wrong = [n for n in names if n not in allowed]
    if wrong:
        which = "held-out"
        if heldout and all(n in DEV for n in wrong):
            which = "development"
        hint = "" if heldout else " (pass --heldout to generate held-out families)"
        sets = sorted(k for k, v in HELDOUT_SETS.items() if k != heldout_set and set(wrong) & v)
        if sets:
            hint += f" (they belong to --heldout-set {sets[0]})"
        raise FamilyError(f"{', '.join(wrong)}: {which} families are not in this set{hint}")
    return names


def _weighted(rng: random.Random, weights: dict[str, int], allowed: tuple[str, ...]) -> str:
    keys = [k for k in weights if k in allowed]
    return rng.choices(keys, [weights[k] for k in keys])[0]


def make_one(
    seed: int,
    index: int,
    families: list[str],
    printer: Printer,
    check: bool = True,
    languages: tuple[str, ...] | None = None,
    prose_totals: str | None = None,
) -> tuple[str, bytes, dict[str, Any]]:
    """One document: its file stem, PDF bytes and truth (``languages`` narrows the draw;
    ``prose_totals``: the pool of wordings that state the totals in a sentence)."""
    page, kind, language = draw_page(seed, index, families, languages)
    page.prose_totals = prose_totals
    name = f"{page.f.name}_{seed}_{index:04d}"
    pdf, truth = print_page(page, printer, name, kind, language, seed, index, check)
    return name, pdf, truth


# the kinds each family prints, for the families that print only some of them
OWN_KIND_WEIGHTS: dict[str, dict[str, int]] = {
    **OFFICE_KIND_WEIGHTS,
    **TRADE_KIND_WEIGHTS,
    **FRESH_KIND_WEIGHTS,
    **BLIND_KIND_WEIGHTS,
    **TABLE_KIND_WEIGHTS,
    **CODE_KIND_WEIGHTS,
    **CELL_KIND_WEIGHTS,
    **HEADER_KIND_WEIGHTS,
    **REFS_KIND_WEIGHTS,
    **REFS3_KIND_WEIGHTS,
    **REFS18_KIND_WEIGHTS,
    **REFLIST_KIND_WEIGHTS,
    **REFGRID_KIND_WEIGHTS,
    **OWNREF_KIND_WEIGHTS,
    **VAT_KIND_WEIGHTS,
    **ROW_KIND_WEIGHTS,
    **PARTY_KIND_WEIGHTS,
    **T18_KIND_WEIGHTS,
    **BARE_KIND_WEIGHTS,
    **GEO_KIND_WEIGHTS,
    **TERMS_KIND_WEIGHTS,
    **PAY_KIND_WEIGHTS,
    **SAYING_KIND_WEIGHTS,
    **SETTLE_KIND_WEIGHTS,
    **DATES_KIND_WEIGHTS,
    **DATES_WORDS_KIND_WEIGHTS,
    **DESC_KIND_WEIGHTS,
    **MARK_KIND_WEIGHTS,
    **ROWS18_KIND_WEIGHTS,
    **TWIN_KIND_WEIGHTS,
    **UNIT_RATE_KIND_WEIGHTS,
    **SPOT_KIND_WEIGHTS,
    **FAR_KIND_WEIGHTS,
    **TIGHT_KIND_WEIGHTS,
    **SECTION_KIND_WEIGHTS,
    **WRAP_KIND_WEIGHTS,
    **PAY18_KIND_WEIGHTS,
    **HEADLESS_KIND_WEIGHTS,
    **GAP_KIND_WEIGHTS,
    **REFS22_KIND_WEIGHTS,
    **REFS23_KIND_WEIGHTS,
    **P22_KIND_WEIGHTS,
    **TYPE22_KIND_WEIGHTS,
    **DATES22_KIND_WEIGHTS,
    **DATES23_KIND_WEIGHTS,
    **TABLES22_KIND_WEIGHTS,
    **COLS22_KIND_WEIGHTS,
    **ROWS23_KIND_WEIGHTS,
}


def draw_page(
    seed: int, index: int, families: list[str], languages: tuple[str, ...] | None = None
) -> tuple[Page, str, str]:
    """Everything document ``(seed, index)`` will print, drawn from its own random stream,
    so a set can be replayed without printing (``styles.py``)."""
    rng = random.Random(f"wild:{seed}:{index}")
    fam = ALL_FAMILIES[rng.choice(families)]
    kinds = OWN_KIND_WEIGHTS.get(fam.name, KIND_WEIGHTS)
    kind = _weighted(rng, kinds, tuple(kinds))
    allowed = tuple(x for x in fam.languages if languages is None or x in languages)
    language = _weighted(rng, LANGUAGE_WEIGHTS, allowed or fam.languages)
    doc = make_doc(rng, kind, language, rng.choice(LINE_COUNTS))
    return make_page(doc, fam, rng, heldout=is_heldout(fam.name)), kind, language


def make_page(doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> Page:
    """The page class that draws ``fam``: business-software prints have their own."""
    if fam.renderer in TYPE22_RENDERERS:
        return Type22Page(doc, fam, rng, heldout=heldout)
    if fam.renderer in DATES23_RENDERERS:
        return Dates23Page(doc, fam, rng, heldout=heldout)
    if fam.renderer in DATES22_RENDERERS:
        return Dates22Page(doc, fam, rng, heldout=heldout)
    if fam.renderer in ROWS23_RENDERERS:
        return Rows23Page(doc, fam, rng, heldout=heldout)
    if fam.renderer in TABLES22_RENDERERS:
        return Tables22Page(doc, fam, rng, heldout=heldout)
    if fam.renderer in PAY18_RENDERERS:
        return Pay18Page(doc, fam, rng, heldout=heldout)
    if fam.renderer in WRAP_RENDERERS:
        return WrapPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in SECTION_RENDERERS:
        return SectionPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in CARD_RENDERERS:
        return CardPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in TRADE_RENDERERS:
        return TradePage(doc, fam, rng, heldout=heldout)
    if fam.renderer in TABLE_RENDERERS:
        return TablePage(doc, fam, rng, heldout=heldout)
    if fam.renderer in FAR_RENDERERS:
        return FarPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in TIGHT_RENDERERS:
        return TightPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in SPOT_RENDERERS:
        return SpotPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in TWIN_RENDERERS:
        return TwinPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in HEADLESS_RENDERERS:
        return HeadlessPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in COLS22_RENDERERS:
        return Cols22Page(doc, fam, rng, heldout=heldout)
    if fam.renderer in GAP_RENDERERS:
        return GapPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in ROWS18_RENDERERS:
        return Rows18Page(doc, fam, rng, heldout=heldout)
    if fam.renderer in MARK_RENDERERS:
        return MarkPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in DESC_RENDERERS:
        return DescPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in UNIT_RATE_RENDERERS:
        return UnitRatePage(doc, fam, rng, heldout=heldout)
    if fam.renderer in ROW_RENDERERS:
        return RowPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in CELL_RENDERERS:
        return CellPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in CODE_RENDERERS:
        return CodePage(doc, fam, rng, heldout=heldout)
    if fam.renderer in BARE_RENDERERS:
        return BarePage(doc, fam, rng, heldout=heldout)
    if fam.renderer in GEO_RENDERERS:
        return GeoPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in VAT_RENDERERS:
        return VatPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in HEADER_RENDERERS:
        return HeaderPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in OWNREF_RENDERERS:
        return OwnrefPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in REFGRID_RENDERERS:
        return RefgridPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in REFLIST_RENDERERS:
        return ReflistPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in REFS23_RENDERERS:
        return Refs23Page(doc, fam, rng, heldout=heldout)
    if fam.renderer in REFS22_RENDERERS:
        return Refs22Page(doc, fam, rng, heldout=heldout)
    if fam.renderer in REFS18_RENDERERS:
        return Refs18Page(doc, fam, rng, heldout=heldout)
    if fam.renderer in REFS3_RENDERERS:
        return Refs3Page(doc, fam, rng, heldout=heldout)
    if fam.renderer in REFS_RENDERERS:
        return RefsPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in DATES_WORDS_RENDERERS:
        return DatesWordsPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in DATES_RENDERERS:
        return DatesPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in SETTLE_RENDERERS:
        return SettlePage(doc, fam, rng, heldout=heldout)
    if fam.renderer in SAYING_RENDERERS:
        return SayingPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in PAY_RENDERERS:
        return PayPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in TERMS_RENDERERS:
        return TermsPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in PARTY_RENDERERS:
        return PartyPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in P22_RENDERERS:
        return P22Page(doc, fam, rng, heldout=heldout)
    if fam.renderer in T18_RENDERERS:
        return Type18Page(doc, fam, rng, heldout=heldout)
    if fam.renderer in FRESH_RENDERERS:
        return FreshPage(doc, fam, rng, heldout=heldout)
    if fam.renderer in BLIND_RENDERERS:
        return BlindPage(doc, fam, rng, heldout=heldout)
    page_class = ErpPage if fam.renderer in ERP_RENDERERS else Page
    return page_class(doc, fam, rng, heldout=heldout)


def set_truth(page: Page, rendered: Rendered, kind: str, seed: int, index: int) -> dict[str, Any]:
    """What ``rendered`` prints as document ``index`` of set ``seed``: its fields and rows,
    with the family, kind and draw they come from."""
    return rendered.printed.truth(
        layout=page.f.name,
        source="wild",
        kind="born_digital",
        heldout=page.heldout,
        subtype=kind,
        seed=seed,
        index=index,
    )


def print_page(
    page: Page,
    printer: Printer,
    name: str,
    kind: str,
    language: str,
    seed: int,
    index: int,
    check: bool,
    **extra: Any,
) -> tuple[bytes, dict[str, Any]]:
    """Render ``page``, print it to PDF and give the PDF with its truth (``extra`` keys last).
    With ``check``, every value of the truth must be printed: ``PrintedMismatch`` if not."""
    rendered = page.render()
    pdf = printer.pdf(
        rendered.html,
        rendered.margins,
        rendered.header_template,
        rendered.footer_template,
        landscape=rendered.landscape,
    )
    text, pages = page_text(pdf)
    truth: dict[str, Any] = {
        "doc_type": CONTRACT_TYPE[kind],
        "language": language,
        "pages": pages,
        **set_truth(page, rendered, kind, seed, index),
        **extra,
    }
    if check:
        problems = missing_values(truth, text)
        if problems:
            raise PrintedMismatch(f"{name}: " + "; ".join(problems[:5]))
    return pdf, truth


def write_set(
    out: Path,
    seed: int,
    count: int,
    families: list[str],
    check: bool = True,
    progress: bool = True,
    languages: tuple[str, ...] | None = None,
    prose_totals: str | None = None,
) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with Printer() as printer:
        for i in range(count):
            name, pdf, truth = make_one(seed, i, families, printer, check, languages, prose_totals)
            written.append(write_pair(out, name, pdf, truth))
            if progress and (i + 1) % 10 == 0:
                print(f"  {i + 1}/{count} documents", file=sys.stderr)
    return written


def write_pair(out: Path, name: str, pdf: bytes, truth: dict[str, Any]) -> Path:
    """``NAME.pdf`` beside ``NAME.truth.json`` in ``out`` (samples.templates writes its own
    documents the same way); the PDF's path."""
    (out / f"{name}.pdf").write_bytes(pdf)
    (out / f"{name}.truth.json").write_text(
        json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return out / f"{name}.pdf"


def write_scans(born: Path, out: Path, seed: int, count: int) -> list[Path]:
    """Scans of ``count`` documents of ``born`` through samples/degrade.py as it is.

    ``degrade.write_scans`` takes a few documents of each type per call; it is called on
    what is left until ``count`` scans exist or every document was taken.
    """
    from samples import degrade

    remaining = sorted(born.glob("*.pdf"))
    done: list[Path] = []
    round_ = 0
    while len(done) < count and remaining:
        with tempfile.TemporaryDirectory() as tmp:
            for pdf in remaining:
                (Path(tmp) / pdf.name).symlink_to(pdf.resolve())
                truth = pdf.with_name(pdf.stem + ".truth.json")
                (Path(tmp) / truth.name).symlink_to(truth.resolve())
            got = degrade.write_scans(
                Path(tmp), out, seed=seed * 100 + round_, limit=count - len(done)
            )
        if not got:
            break
        used = {p.stem.rsplit("_scan", 1)[0] for p in got}
        remaining = [p for p in remaining if p.stem not in used]
        done += got
        round_ += 1
    return done


def write_scan_kinds(born: Path, out: Path, seed: int, kinds: list[str], count: int) -> list[Path]:
    """``count`` scans of each named kind (``degrade.KINDS``): the same documents for every
    kind, named ``NAME_KIND.EXT``, so kinds can be compared document for document."""
    from samples import degrade

    unknown = [k for k in kinds if k not in degrade.KINDS]
    if unknown:
        raise ValueError(f"unknown scan kinds {unknown}; known: {', '.join(degrade.KINDS)}")
    done: list[Path] = []
    for kind in kinds:
        done += degrade.write_kind(born, out, kind, seed=seed, limit=count)
    return done
