"""Confidence on first-seen layouts (issue 20): the layout-independent signals and the
pessimistic validation protocol that measures them."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from extraction import labels
from extraction.calibration import lines as line_calibration
from extraction.calibration import model as cal_model
from extraction.calibration import protocols
from extraction.candidates.model import Candidate
from extraction.layout import build_layout
from extraction.novelty import label_phrases, label_vocabulary
from extraction.resolve import features
from extraction.result import ExtractionResult, FieldValue, LineItem, Word


def _layout(lines: list[list[tuple[str, float]]]) -> object:
    words = [
        Word(text=t, bbox=(x, 40 + 14 * i, x + 6 * len(t), 49 + 14 * i), confidence=1.0)
        for i, parts in enumerate(lines)
        for t, x in parts
    ]
    return build_layout(words, 1, 595, 842)


def test_label_shaped_phrases_are_counted_known_or_unknown() -> None:
    layout = _layout(
        [
            [("Facture", 40), ("n°", 84), (":", 100), ("F-2026-118", 110)],
            [("Date", 40), (":", 68), ("12/03/2026", 80)],
            [("Horaires", 40), ("de", 92), ("livraison", 106), (":", 160), ("8h-12h", 170)],
            [("Conditionnement", 40), (":", 136), ("palette", 146)],
            [("Livrer", 40), ("à", 78), (":", 86)],
            [("Total", 40), ("HT", 76), ("1", 300), ("250,00", 310)],  # no colon: not counted
            [("Tél", 40), (":", 62), ("01", 70), ("23", 84)],
        ]
    )
    phrases = label_phrases([layout])  # type: ignore[list-item]
    assert "horaires de livraison:" in phrases
    assert not any(p.startswith("total") for p in phrases)
    voc = label_vocabulary([layout])  # type: ignore[list-item]
    # "facture n°", "date", the phone and the delivery block's caption are understood; the
    # delivery hours and the packaging are not
    assert (voc.known, voc.unknown) == (4, 2)
    assert voc.unknown_share == 2 / 6


def test_a_page_without_label_shaped_text_is_not_novel() -> None:
    layout = _layout([[("Merci", 40), ("de", 80), ("votre", 96), ("commande", 130)]])
    voc = label_vocabulary([layout])  # type: ignore[list-item]
    assert (voc.known, voc.unknown, voc.unknown_share) == (0, 0, 0.0)
    assert not protocols.novel(
        {"unknown_labels": 0.0, "unknown_share": voc.unknown_share}, threshold=0.3
    )


def test_vocabulary_dropout_hides_labels_and_gives_them_back() -> None:
    before = list(labels.LABELS)
    assert labels.match_label("date de facture : ") is not None
    with protocols.vocabulary_dropout(1.0, "all") as dropped:
        assert labels.LABELS == []
        assert len(dropped) == len(before)
        assert labels.match_label("date de facture : ") is None
    assert before == labels.LABELS
    with protocols.vocabulary_dropout(0.35, "some"):
        some = len(labels.LABELS)
    with protocols.vocabulary_dropout(0.35, "some"):
        assert len(labels.LABELS) == some  # the same seed drops the same labels
    assert 0 < some < len(before)
    assert before == labels.LABELS


def _cand(value: str, origin: str, score_prior: float = 0.8) -> Candidate:
    return Candidate("document_number", value, 1, None, "text", origin, score_prior)


def test_a_second_independent_route_to_the_value_is_a_feature() -> None:
    alone = [_cand("F-118", "label"), _cand("F-118", "label", 0.5), _cand("X-9", "pattern", 0.4)]
    feats = features(alone[0], alone, "fr", 0.99)
    assert feats["routes"] == 0.0  # two labels are one route
    both = [_cand("F-118", "label"), _cand("F-118", "pattern", 0.5), _cand("F-118", "grid", 0.4)]
    assert features(both[0], both, "fr", 0.99)["routes"] == 1.0
    derived = [_cand("F-118", "label"), _cand("F-118", "derived", 0.5)]
    assert features(derived[0], derived, "fr", 0.99)["routes"] == 0.0


def test_the_novelty_gate_keeps_only_confirmed_values_sure_on_a_novel_page() -> None:
    novel = {"unknown_labels": 4.0, "unknown_share": 0.8}
    usual = {"unknown_labels": 1.0, "unknown_share": 0.1}
    plain = {"agree": 0.0, "valid": 0.0}
    checked = {"agree": 1.0, "valid": 0.0}
    assert protocols.gate_field(0.99, plain, novel, "novelty:0.5") == protocols.BELOW
    assert protocols.gate_field(0.99, checked, novel, "novelty:0.5") == 0.99
    assert protocols.gate_field(0.99, plain, usual, "novelty:0.5") == 0.99
    assert protocols.gate_field(0.99, plain, usual, "none") == 0.99


def test_styles_are_held_out_with_their_family() -> None:
    styles: dict[str, dict[str, Any]] = {
        "a_1_0001": {"family": "a", "table": "grid/column/column", "wordings": {"date": "date"}},
        "b_1_0002": {"family": "b", "table": "grid/column/column", "wordings": {"date": "le"}},
        "c_1_0003": {"family": "c", "table": "none/brackets/merged", "wordings": {"date": "date"}},
    }
    recs = [
        protocols.DocRecord(f"/x/{stem}.pdf", "s", st["family"], "born_digital", "plain", {})
        for stem, st in styles.items()
    ]
    banned = protocols.excluded_wordings(styles, recs, "a")
    assert banned == {"date=date"}
    assert protocols.shares_wording(styles, "/x/c_1_0003.pdf", "document_date", banned)
    assert not protocols.shares_wording(styles, "/x/b_1_0002.pdf", "document_date", banned)
    # a scan shares its original's choices
    assert protocols.shares_wording(styles, "/x/scans/c_1_0003_scan2.pdf", "document_date", banned)
    assert protocols.excluded_tables(styles, recs, "b") == {"grid/column/column"}


def _invoice(lines: list[LineItem]) -> ExtractionResult:
    net = sum(Decimal(li.line_total or "0") for li in lines)
    fields = {
        "total_net": FieldValue(value=f"{net:.2f}", confidence=0.95),
        "total_tax": FieldValue(value="6.00", confidence=0.95),
    }
    return ExtractionResult(fields=fields, lines=lines)


def _item(sku: str | None, total: str = "20.00") -> LineItem:
    return LineItem(
        sku=sku,
        description="Widget",
        quantity="2",
        unit_price=f"{Decimal(total) / 2:.2f}",
        line_total=total,
        tax_rate="20",
        confidence=0.95,
    )


def test_a_line_without_the_code_its_siblings_have_is_not_sure() -> None:
    coded = [_item("A-1"), _item("B-2", "30.00"), _item("C-3", "40.00")]
    doc = _invoice(coded)
    line_calibration.apply(doc)
    assert all(li.confidence >= 0.9 for li in doc.lines)
    # the same table with the middle row's code lost: the other rows stay sure
    lost = _invoice([_item("A-1"), _item(None, "30.00"), _item("C-3", "40.00")])
    line_calibration.apply(lost)
    assert [li.confidence >= 0.9 for li in lost.lines] == [True, False, True]
    # a table none of whose rows prints a code is not odd
    plain = _invoice([_item(None), _item(None, "30.00")])
    line_calibration.apply(plain)
    assert all(li.confidence >= 0.9 for li in plain.lines)


def test_a_value_read_under_a_weak_label_only_is_capped_where_the_fit_says() -> None:
    weak = {"origin_label": 1.0, "label_rank": 1 / 3, "agree": 0.0, "valid": 0.0}
    strong = dict(weak, label_rank=2 / 3)
    checked = dict(weak, agree=1.0)
    assert cal_model.weak_label(weak)
    assert not cal_model.weak_label(strong)
    assert not cal_model.weak_label(checked)  # a constraint vouches for it
    assert not cal_model.weak_label({"origin_pattern": 1.0, "label_rank": 0.0})
    assert cal_model.cap_keys("document_number", weak) == [
        "document_number:unconfirmed",
        "document_number:weak_label",
    ]
    cal = cal_model.Calibration(table=((0.0, 0.99),), caps={"document_number:weak_label": 0.89})
    assert cal.confidence(weak, "document_number") == 0.89
    assert cal.confidence(strong, "document_number") == 0.99
    assert cal.confidence(weak, "document_date") == 0.99  # the cap is per field


def test_the_packaged_fine_caps_were_chosen_on_pessimistic_reads() -> None:
    raw = json.loads(cal_model.ARTEFACT.read_text(encoding="utf-8"))
    fine = {k: v for k, v in raw["caps"].items() if k.endswith(":weak_label")}
    assert fine and all(v < 0.9 for v in fine.values())
    assert raw["meta"]["fine_caps_from"]


def test_pessimistic_caps_cap_a_cell_with_a_wrong_value_and_keep_a_clean_big_one() -> None:
    weak = {"origin_label": 1.0, "label_rank": 1 / 3, "margin": 1.0}
    recs = []
    for i in range(60):
        fields = [
            {"field": "document_date", "f": weak, "right": True, "ceiling": 1.0},
            {"field": "document_number", "f": weak, "right": i % 20 != 0, "ceiling": 1.0},
        ]
        recs.append(
            protocols.DocRecord(f"/x/d{i}.pdf", "s", f"fam{i % 3}", "born_digital", "plain", {})
        )
        recs[-1].fields = fields
    cal = cal_model.Calibration(table=((0.0, 0.99),))
    with cal_model.override(cal):
        caps = protocols.pessimistic_caps(recs)
    assert caps["document_number:weak_label"] == (protocols.BELOW, 3, 60)
    assert caps["document_date:weak_label"] == (1.0, 0, 60)
