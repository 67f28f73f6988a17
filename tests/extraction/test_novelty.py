"""Confidence on first-seen layouts (issue 20): the layout-independent signals and the
pessimistic validation protocol that measures them."""

from __future__ import annotations

from typing import Any

from extraction import labels
from extraction.calibration import protocols
from extraction.candidates.model import Candidate
from extraction.layout import build_layout
from extraction.novelty import label_phrases, label_vocabulary
from extraction.resolve import features
from extraction.result import Word


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
