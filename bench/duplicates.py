"""Places in our code that share six or more lines: the count issue 21 asks to bring down.

    .venv/bin/python -m bench.duplicates [--min-lines 6] [--list] [--outside-extraction]

What counts, decided once so that every session measures the same thing:

- a *block* is a run of at least ``--min-lines`` lines that stands, the same to the letter,
  in two or more files; it is counted once however many places it stands in. The finder is
  pylint's own (``pylint.checkers.symilar``, the R0801 ``duplicate-code`` check), not ours:
  white space at both ends of a line, comments, docstrings, import lines and function
  signatures are not compared, so a block is shared *code*, not shared headers;
- *our code* is every Python file git tracks in the product packages and ``bench/``,
  without the sealed measuring sets' generators (never read here), without the Alembic
  migrations (``models/migrations/versions/``: generated
  ``op.create_table`` blocks, kept as written because a migration is history) and without
  the tests (counted on their own line, not in the figure);
- *outside extraction* is a block with a place outside ``extraction/`` and ``samples/``:
  the part of the house issue 21 is about (extraction and the generators are others' work).

A block repeated inside one file counts too: pylint compares files with each other only, so
the same lines, as pylint strips them, are looked for within each file here. Two places of
the same shape with other names (a dataclass of other fields, a route of other roles) are not
counted: only exact copies are repeated logic a shared helper can serve.
"""

from __future__ import annotations

import argparse
import subprocess
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pylint.checkers.symilar import LineSet, Symilar

REPO = Path(__file__).resolve().parents[1]
# the product packages and bench/: what mypy checks (pyproject.toml), tests apart
PRODUCT = tuple(
    tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]["packages"]
)
GENERATED = ("models/migrations/versions/",)
# the lead's sealed measuring material: never read, not even to count its lines
SEALED = ("samples/realworld_heldout/", "samples/wild/fresh_", "samples/wild/blind_")
SEALED_FAMILIES = ("hx_", "ho_", "bx_")
THEIRS = ("extraction/", "samples/")


@dataclass(frozen=True)
class Block:
    """One run of lines shared, the same to the letter, by two or more files."""

    lines: int
    places: tuple[tuple[str, int, int], ...]  # (path, first line, last line), 1-based

    @property
    def outside_extraction(self) -> bool:
        return any(not path.startswith(THEIRS) for path, _, _ in self.places)

    def __str__(self) -> str:
        where = " ~ ".join(f"{path}:{first}-{last}" for path, first, last in self.places)
        return f"{self.lines} lines: {where}"


def tracked(roots: tuple[str, ...], repo: Path = REPO) -> list[str]:
    """The Python files git tracks under ``roots``, without generated ones."""
    listed = subprocess.run(
        ["git", "ls-files", "--", *(f"{root}/*.py" for root in roots)],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return sorted(
        path
        for path in listed
        if not path.startswith(GENERATED + SEALED)
        and not Path(path).name.startswith(SEALED_FAMILIES)
    )


def shared_blocks(paths: list[str], min_lines: int = 6, repo: Path = REPO) -> list[Block]:
    """Every block of ``min_lines`` or more lines that stands in two or more of ``paths``."""
    finder = Symilar(
        min_lines=min_lines,
        ignore_comments=True,
        ignore_docstrings=True,
        ignore_imports=True,
        ignore_signatures=True,
    )
    for path in paths:
        with (repo / path).open(encoding="utf-8") as stream:
            finder.append_stream(path, stream)
    blocks = []
    # _compute_sims is what pylint's own report and R0801 messages are built from
    for lines, places in finder._compute_sims():
        spots = sorted((lineset.name, start + 1, end) for lineset, start, end in places)
        blocks.append(Block(lines=lines, places=tuple(spots)))
    for lineset in finder.linesets:
        blocks.extend(repeated_within(lineset, min_lines))
    return sorted(blocks, key=lambda b: (-b.lines, b.places))


def repeated_within(lineset: LineSet, min_lines: int) -> list[Block]:
    """The blocks one file repeats: two runs of at least ``min_lines`` stripped lines that
    are the same and do not overlap, each reported once at its longest."""
    stripped = lineset.stripped_lines
    texts = [spec.text for spec in stripped]
    starts: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(texts) - min_lines + 1):
        starts.setdefault(tuple(texts[i : i + min_lines]), []).append(i)
    pairs = {
        (a, b)
        for found in starts.values()
        for n, a in enumerate(found)
        for b in found[n + 1 :]
        if b - a >= min_lines
    }
    blocks = []
    for a, b in pairs:
        if (a - 1, b - 1) in pairs:
            continue  # inside a longer run, counted from its first line
        length = 1
        while (a + length, b + length) in pairs:
            length += 1
        last = min_lines + length - 2  # index of the run's last line from its first

        def place(first: int, last: int = last) -> tuple[str, int, int]:
            return (
                lineset.name,
                stripped[first].line_number + 1,
                stripped[first + last].line_number + 1,
            )

        blocks.append(Block(lines=last + 1, places=(place(a), place(b))))
    return blocks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-lines", type=int, default=6, help="lines a block has at least")
    parser.add_argument("--list", action="store_true", help="print every block counted")
    parser.add_argument(
        "--outside-extraction", action="store_true", help="list only blocks outside extraction"
    )
    args = parser.parse_args()
    blocks = shared_blocks(tracked(PRODUCT), args.min_lines)
    outside = [b for b in blocks if b.outside_extraction]
    by_package = Counter(
        package
        for block in outside
        for package in {path.split("/")[0] for path, _, _ in block.places}
    )
    tests = shared_blocks(tracked(("tests",)), args.min_lines)
    print(
        f"blocks of >= {args.min_lines} identical lines in two or more files: "
        f"{len(blocks)} in our code (migrations left out), {len(outside)} of them outside "
        f"extraction/ and samples/; tests alone: {len(tests)}"
    )
    print(
        "outside extraction, by package: "
        + ", ".join(f"{p} {n}" for p, n in by_package.most_common())
    )
    if args.list or args.outside_extraction:
        for block in outside if args.outside_extraction else blocks:
            print(f"  {block}")


if __name__ == "__main__":
    main()
