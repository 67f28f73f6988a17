"""Where OCR costs table rows: each scan of a ``samples.wild`` set against its born-digital twin.

    python -m bench.ocr.row_losses DIR [--cache DIR] [--reuse-scans] [--examples N]
                                       [--only NAME,...]

``samples.wild DIR --scans N`` writes its scans under ``DIR/scans/`` (``NAME_scanK.EXT``, or
``NAME_KIND.EXT`` with ``--scan-kinds``, counted per kind too) from
the born-digital documents ``DIR/NAME.pdf`` of the same set. Both are extracted; a truth row
read right from the born-digital PDF and wrong from its scan is a row the OCR lost (rows the
born-digital reading already misses are layout's, not OCR's, and are left out). Each such row
is paired with the scan's row that agrees with it on most keys and every key it gets wrong is
put in one kind of loss:

  word dropped      the cell (or some of its words) is missing, nowhere else on the row
  glyph misread     as many characters or digits, some read as others
  decimal sep       the digits right, the decimal separator lost, doubled or misplaced
  cols merged       the cell holds another column's text too, or sits inside another cell
  cols split        the cell's words went to another key of the row, or a value where the
                    truth has none
  row split         the row's words spread over two extracted rows
  row missing       no extracted row agrees with the truth row on more than two keys
  row extra         (per document) extracted rows paired with no truth row, over the
                    born-digital reading's own

The table counts lost rows per kind and key (a row may count under several keys); ``rows``
gives, per kind, the rows with at least one key of that kind. Extractions are cached as JSON
under ``--cache`` (default ``DIR/.row_losses``): born-digital readings are reused, scans
re-read unless ``--reuse-scans``, so a change of the OCR is measured by running again.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from rapidfuzz.distance import Levenshtein

from extraction.evaluate import LINE_KEYS, NUMERIC_LINE_KEYS, as_contract, same_line, same_value
from samples import degrade

Row = dict[str, Any]
KINDS = (
    "word dropped",
    "glyph misread",
    "decimal sep",
    "cols merged",
    "cols split",
    "row split",
    "row missing",
    "row extra",
)
ROW_LEVEL = ("row split", "row missing", "row extra")
# a scan row agreeing with a truth row on fewer keys is no reading of it
MIN_AGREE = 3


@dataclass
class Pairing:
    """A truth row read right born-digital, and what the scan made of it."""

    doc: str
    truth: Row
    got: Row | None
    losses: dict[str, str] = field(default_factory=dict)  # key (or "row") -> kind


def _lines(result: dict[str, Any]) -> list[Row]:
    return [{k: line.get(k) for k in LINE_KEYS} for line in result.get("lines", [])]


def _extract(path: Path, cache: Path, reuse: bool) -> dict[str, Any]:
    """The extraction of ``path`` as the contract's JSON, from the cache when ``reuse``."""
    out = cache / f"{path.name}.json"
    if reuse and out.exists():
        loaded: dict[str, Any] = json.loads(out.read_text("utf-8"))
        return loaded
    from extraction.pipeline import extract
    from models.settings import get_settings

    settings = get_settings().extraction.model_copy(update={"use_embedded_xml": False})
    try:
        data = extract(path, settings=settings).model_dump(mode="json")
    except Exception as exc:  # a failed document counts as no rows, and is said
        print(f"  {path.name}: {type(exc).__name__}: {exc}", flush=True)
        data = {"lines": [], "failed": str(exc)}
    out.write_text(json.dumps(data), "utf-8")
    return data


def _right(got: list[Row], want: list[Row]) -> tuple[list[Row], list[Row], list[Row]]:
    """(truth rows read right, truth rows not, extracted rows matching none), greedily."""
    left = list(got)
    right, wrong = [], []
    for t in want:
        match = next((g for g in left if same_line(g, t)), None)
        if match is None:
            wrong.append(t)
        else:
            left.remove(match)
            right.append(t)
    return right, wrong, left


def _agree(got: Row, want: Row) -> int:
    return sum(same_value(k, got.get(k), want.get(k)) for k in LINE_KEYS)


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value).lstrip("0")


def _tokens(value: str | None) -> list[str]:
    return re.findall(r"\w+|[^\w\s]", (value or "").lower())


def _decimal(value: str) -> Decimal | None:
    try:
        return Decimal(value)
    except InvalidOperation:
        return None


def _holds(have: list[str], words: list[str]) -> bool:
    n = len(words)
    return any(have[i : i + n] == words for i in range(len(have) - n + 1))


def _elsewhere(text: str, row: Row, key: str, truth: Row) -> bool:
    """``text`` read inside another key's value of ``row``, where the truth has it not."""
    words = _tokens(text)
    if not words:
        return False
    for other in LINE_KEYS:
        if other == key or not row.get(other):
            continue
        if _holds(_tokens(str(row[other])), words) and not _holds(_tokens(truth.get(other)), words):
            return True
    return False


def _number_loss(key: str, got: str, want: str, truth: Row) -> str:
    g, w = _decimal(got), _decimal(want)
    if g is not None and w is not None and _digits(got) == _digits(want):
        return "decimal sep"
    others = {str(truth[k]) for k in NUMERIC_LINE_KEYS if k != key and truth.get(k)}
    if any(same_value(key, got, o) for o in others):
        return "cols split"  # another column's value in this key
    dg, dw = _digits(got), _digits(want)
    if dw and dw in dg and len(dg) > len(dw):
        return "cols merged"
    return "glyph misread"


def _text_loss(key: str, got: str, want: str, row: Row, truth: Row) -> str:
    g, w = _tokens(got), _tokens(want)
    extra = [t for t in g if t not in w]
    missing = [t for t in w if t not in g]
    if _elsewhere(want, row, key, truth):
        return "cols merged"  # the value read, inside another cell of the row
    if extra and not missing:
        return "cols merged"
    if missing and not extra:
        gone = " ".join(missing)
        return "cols split" if _elsewhere(gone, row, key, truth) else "word dropped"
    if Levenshtein.distance(got.lower(), want.lower()) <= max(2, len(want) // 4):
        return "glyph misread"
    return "cols merged" if len(extra) > len(missing) else "glyph misread"


def classify(key: str, got: Row, want: Row) -> str:
    """The kind of loss of ``key`` on a scan row ``got`` paired with the truth row ``want``."""
    g, w = got.get(key), want.get(key)
    if not g:
        return "cols merged" if w and _elsewhere(str(w), got, key, want) else "word dropped"
    if not w:
        return "cols split"
    if key not in NUMERIC_LINE_KEYS and _elsewhere(str(w), got, key, want):
        return "cols merged"
    if key in NUMERIC_LINE_KEYS:
        return _number_loss(key, str(g), str(w), want)
    return _text_loss(key, str(g), str(w), got, want)


def _split_partner(best: Row, want: Row, others: list[Row]) -> Row | None:
    """Another extracted row carrying what ``best`` misses of ``want``: the row read as two."""
    missing = [k for k in LINE_KEYS if want.get(k) and not same_value(k, best.get(k), want[k])]
    for other in others:
        if any(other.get(k) and same_value(k, other[k], want[k]) for k in missing):
            return other
        desc = " ".join(filter(None, [best.get("description"), other.get("description")]))
        if other.get("description") and same_value("description", desc, want.get("description")):
            return other
    return None


def pair_document(doc: str, born: list[Row], scan: list[Row], truth: list[Row]) -> list[Pairing]:
    """The truth rows right born-digital and wrong on the scan, each with its losses; a
    last pairing (``truth`` empty) counts the scan's extra rows over the born reading's."""
    born_right, _, born_extra = _right(born, truth)
    scan_right, _, scan_left = _right(scan, truth)
    lost = [t for t in born_right if t not in scan_right]
    # pair the lost truth rows with the scan's unmatched rows, best agreement first
    candidates = sorted(
        ((_agree(g, t), i, j) for i, t in enumerate(lost) for j, g in enumerate(scan_left)),
        reverse=True,
    )
    paired: dict[int, int] = {}
    used: set[int] = set()
    for score, i, j in candidates:
        if score >= MIN_AGREE and i not in paired and j not in used:
            paired[i] = j
            used.add(j)
    out = []
    for i, t in enumerate(lost):
        if i not in paired:
            out.append(Pairing(doc, t, None, {"row": "row missing"}))
            continue
        got = scan_left[paired[i]]
        rest = [g for j, g in enumerate(scan_left) if j not in used]
        partner = _split_partner(got, t, rest)
        pairing = Pairing(doc, t, got)
        if partner is not None:
            used.add(next(j for j, g in enumerate(scan_left) if g is partner))
            pairing.losses["row"] = "row split"
        for key in LINE_KEYS:
            if not same_value(key, got.get(key), t.get(key)):
                pairing.losses[key] = classify(key, got, t)
        out.append(pairing)
    extra = len(scan_left) - len(used) - len(born_extra)
    for _ in range(max(0, extra)):
        out.append(Pairing(doc, {}, None, {"row": "row extra"}))
    return out


# a scan's stem is its document's plus ``_scanK`` (mixed scans) or ``_KIND`` (--scan-kinds)
_SUFFIX = re.compile(r"_(scan\d+|" + "|".join(degrade.KINDS) + r")$")


def scan_kind(stem: str) -> str:
    """The kind of a scan by its stem (``mixed`` for ``_scanK``)."""
    found = _SUFFIX.search(stem)
    return "mixed" if not found or found.group(1).startswith("scan") else found.group(1)


def _twins(folder: Path, only: set[str]) -> Iterable[tuple[Path, Path, dict[str, Any]]]:
    """(scan, its born-digital twin, truth) for every scan of ``folder/scans``."""
    for truth_file in sorted((folder / "scans").glob("*.truth.json")):
        stem = truth_file.name[: -len(".truth.json")]
        born = folder / (_SUFFIX.sub("", stem) + ".pdf")
        scans = [p for p in truth_file.parent.glob(f"{stem}.*") if p != truth_file]
        if len(scans) != 1 or not born.exists() or (only and stem not in only):
            continue
        yield scans[0], born, as_contract(json.loads(truth_file.read_text("utf-8")))


def tabulate(pairings: list[Pairing]) -> str:
    cols = [*LINE_KEYS, "row"]
    by: Counter[tuple[str, str]] = Counter()
    rows: Counter[str] = Counter()
    for p in pairings:
        for key, kind in p.losses.items():
            by[kind, key] += 1
        for kind in set(p.losses.values()):
            rows[kind] += 1
    short = {"description": "descr", "quantity": "qty", "unit_price": "price"}
    short |= {"line_total": "total", "tax_rate": "tax"}
    head = f"{'kind':<15}" + "".join(f"{short.get(c, c):>7}" for c in cols) + f"{'rows':>7}"
    lines = [head, "-" * len(head)]
    for kind in KINDS:
        cells = "".join(f"{by[kind, c] or '':>7}" for c in cols)
        lines.append(f"{kind:<15}{cells}{rows[kind] or '':>7}")
    totals = "".join(f"{sum(by[k, c] for k in KINDS) or '':>7}" for c in cols)
    lost = sum(1 for p in pairings if p.truth)
    lines.append(f"{'all':<15}{totals}{lost:>7}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path, help="a samples.wild set written with --scans")
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--reuse-scans", action="store_true", help="scans read from the cache")
    parser.add_argument("--examples", type=int, default=0, help="examples shown per kind")
    parser.add_argument("--only", default="", help="scan stems to read, comma-separated")
    parser.add_argument("--json", type=Path, default=None, help="write the pairings as JSON")
    args = parser.parse_args()
    cache = args.cache or args.folder / ".row_losses"
    (cache / "born").mkdir(parents=True, exist_ok=True)
    (cache / "scans").mkdir(parents=True, exist_ok=True)
    only = {s for s in args.only.split(",") if s}
    pairings: list[Pairing] = []
    rows = born_ok = scan_ok = 0
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for scan, born, truth in _twins(args.folder, only):
        truth_rows = [{k: t.get(k) for k in LINE_KEYS} for t in truth.get("lines", [])]
        if not truth_rows:
            continue
        b = _lines(_extract(born, cache / "born", True))
        s = _lines(_extract(scan, cache / "scans", args.reuse_scans))
        tally = [len(truth_rows), len(_right(b, truth_rows)[0]), len(_right(s, truth_rows)[0])]
        rows, born_ok, scan_ok = rows + tally[0], born_ok + tally[1], scan_ok + tally[2]
        of_kind = per_kind[scan_kind(scan.stem)]
        of_kind[:] = [a + b for a, b in zip(of_kind, tally, strict=True)]
        pairings += pair_document(scan.name, b, s, truth_rows)
    print(f"truth rows {rows}: right born-digital {born_ok}, right on the scan {scan_ok}")
    for name, (n, b_ok, s_ok) in sorted(per_kind.items()):
        print(f"  {name:<8} truth rows {n:>4}: born-digital {b_ok:>4}, scan {s_ok:>4}")
    print(tabulate(pairings))
    examples: dict[str, int] = defaultdict(int)
    for p in pairings:
        for key, kind in p.losses.items():
            if examples[kind] >= args.examples or (key == "row" and kind == "row extra"):
                continue
            examples[kind] += 1
            got = p.got.get(key) if p.got and key != "row" else p.got
            want = p.truth.get(key) if key != "row" else p.truth
            print(f"  {kind:<14}{key:<12}{p.doc}: got {got!r} want {want!r}")
    if args.json:
        args.json.write_text(
            json.dumps([vars(p) for p in pairings], indent=1, ensure_ascii=False), "utf-8"
        )


if __name__ == "__main__":
    main()
