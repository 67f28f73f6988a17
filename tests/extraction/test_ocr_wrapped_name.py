"""A name in large type wrapped over two lines ("Matériaux Caron" over "Sàrl") is one name
on a scan too, where OCR's boxes hug the ink: the lines look smaller than their type size,
their heights differ with the letters, and the gap between them looks wider."""

from extraction.layout import Segment
from extraction.parties import _join_wrapped
from extraction.result import Source, Word


def _seg(text: str, x0: float, top: float, bottom: float, source: Source = "ocr") -> Segment:
    words, x = [], x0
    for part in text.split():
        width = 6.0 * len(part)
        words.append(Word(text=part, bbox=(x, top, x + width, bottom), source=source))
        x += width + 3
    return Segment(words, 1, 0)


def test_ocr_ink_boxes_of_a_wrapped_name_join() -> None:
    # measured on a grey scan of us_corporate (ocr8-a seed 8801): ink 9.9 then 9.2 high,
    # 8.1 apart; the text layer's font boxes were 13.6 high and 3.7 apart
    upper = _seg("Matériaux Caron", 38.4, 47.0, 56.9)
    lower = _seg("Sàrl", 39.1, 65.0, 74.2)
    joined = _join_wrapped([upper, lower])
    assert [s.text for s in joined] == ["Matériaux Caron Sàrl"]


def test_ocr_lines_of_small_type_or_far_apart_stay_apart() -> None:
    small = [_seg("Matériaux Caron", 38.4, 47.0, 53.0), _seg("Sàrl", 39.1, 58.0, 64.0)]
    assert len(_join_wrapped(small)) == 2
    far = [_seg("Matériaux Caron", 38.4, 47.0, 56.9), _seg("Sàrl", 39.1, 70.0, 79.2)]
    assert len(_join_wrapped(far)) == 2


def test_text_layer_rule_is_unchanged() -> None:
    same = [
        _seg("Matériaux Caron", 38.4, 47.0, 56.9, "text"),
        _seg("Sàrl", 39.1, 65.0, 74.2, "text"),
    ]
    assert len(_join_wrapped(same)) == 2
