"""bench/ocr groups a mixed scans folder by kind of scan (issue 23 asks the time per kind):
1-bit pages apart, each group by its resolution, and speed13's changes one at a time."""

from bench.ocr.__main__ import CONFIGS, _variant


def test_mixed_scans_are_grouped_by_bits_and_resolution() -> None:
    assert _variant("A", {"degradation": {"bits": 1, "dpi": 300}}) == "A-1bit-300dpi"
    assert _variant("A", {"degradation": {"bits": 8, "dpi": 200}}) == "A-200dpi"
    assert _variant("A", {}) == "A"


def test_speed13s_changes_each_have_a_configuration_alone_on_main() -> None:
    before = CONFIGS["before14"]
    for name, knob in (
        ("flat35", "_flat"),
        ("smooth0", "_smooth_native"),
        ("pack14", "_bilevel_pack"),
    ):
        changed = {k for k in CONFIGS[name] if CONFIGS[name][k] != before.get(k)}
        assert changed == {knob}
