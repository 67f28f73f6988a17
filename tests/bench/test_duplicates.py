"""bench.duplicates counts what it says: a run of six lines the same in two files, or twice
in one, is one block; five lines, or lines of the same shape with other names, are none;
comments and docstrings do not make two copies differ."""

from __future__ import annotations

from pathlib import Path

from bench.duplicates import shared_blocks

BODY = """\
    total = 0
    for row in rows:
        if row.quantity is None:
            continue
        total += row.quantity * row.price
    rounded = round(total, 2)
    return rounded
"""


def _write(root: Path, name: str, text: str) -> str:
    (root / name).write_text(text, encoding="utf-8")
    return name


def test_six_shared_lines_are_one_block_whether_in_two_files_or_twice_in_one(
    tmp_path: Path,
) -> None:
    a = _write(tmp_path, "a.py", f"def net(rows):\n    # the net\n{BODY}")
    b = _write(tmp_path, "b.py", f'def gross(rows):\n    """The gross."""\n{BODY}\nX = 1\n')
    c = _write(tmp_path, "c.py", f"def one(rows):\n{BODY}\n\ndef two(rows):\n{BODY}")
    blocks = shared_blocks([a, b], repo=tmp_path)
    assert [(blk.lines, [p[0] for p in blk.places]) for blk in blocks] == [(7, ["a.py", "b.py"])]
    assert blocks[0].places[0][1:] == (3, 9)  # 1-based, first and last line of the copy
    within = shared_blocks([c], repo=tmp_path)
    assert [(blk.lines, blk.places) for blk in within] == [(7, (("c.py", 2, 8), ("c.py", 12, 18)))]


def test_five_lines_or_the_same_shape_with_other_names_are_not_counted(tmp_path: Path) -> None:
    five = "".join(BODY.splitlines(keepends=True)[:5])
    other = BODY.replace("total", "amount").replace("rows", "items")
    a = _write(tmp_path, "a.py", f"def net(rows):\n{five}")
    b = _write(tmp_path, "b.py", f"def gross(rows):\n{five}")
    c = _write(tmp_path, "c.py", f"def tax(items):\n{other}")
    d = _write(tmp_path, "d.py", f"def vat(rows):\n{BODY}")
    assert shared_blocks([a, b], repo=tmp_path) == []
    assert shared_blocks([c, d], repo=tmp_path) == []
