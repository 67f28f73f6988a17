"""``models.files.write_atomically``: the whole file or none, and no part file left behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.files import write_atomically


def test_the_file_is_written_whole_and_nothing_else_stays(tmp_path: Path) -> None:
    target = tmp_path / "order.json"
    write_atomically(target, b'{"a": 1}')
    write_atomically(target, b'{"a": 2}')
    assert target.read_bytes() == b'{"a": 2}'
    assert [p.name for p in tmp_path.iterdir()] == ["order.json"]


def test_a_named_part_is_where_the_bytes_go_first(tmp_path: Path) -> None:
    target = tmp_path / "staged"
    part = tmp_path / ".part-staged"
    write_atomically(target, b"%PDF-1.7", part=part)
    assert target.read_bytes() == b"%PDF-1.7"
    assert not part.exists()


@pytest.mark.parametrize("named", [False, True])
def test_a_failed_rename_leaves_neither_part_nor_file(tmp_path: Path, named: bool) -> None:
    target = tmp_path / "taken"
    target.mkdir()  # a folder in the way: the rename fails after the bytes were written
    (target / "inside").write_text("x")
    part = tmp_path / ".part-taken" if named else None
    with pytest.raises(OSError):
        write_atomically(target, b"data", part=part)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]
    assert target.is_dir()
