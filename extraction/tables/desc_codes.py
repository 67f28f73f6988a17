"""The article code a table prints inside its description cell, when it has no code column
of its own: before the text ("ABC-123 Widget", "59.12.01 – Widget"), after it in brackets
("Widget (ABC-123)", "Widget [4711-20]"), after a reference marker ("Réf. ABC-123 – Widget",
"Widget Code : AB 123 45"), set off by a dash, slash or colon ("Widget – ab-1234", maybe
before a detail line; "4711-203-01: Widget") or alone on a line of its own (read joined to
the text, so first or last). Codes in capitals or in lower case with a separator inside
("kt-4821").

Structure, not wording: a code is found by its shape (capitals and digits, digits in
groups, a run of digits) at one place of the cell, and taken only when the table's rows
agree: the same place and the same kind of code on most rows (a model name at the start of
one description, "T8" or "A4", is no column of codes). A marker, brackets or a separator
around the code are evidence of their own, so a table of one or two positions can still be
split when every row prints one, and a marked code on half the rows when the others print
none (a shipping line). A short code that reads as a number ("24.73") is taken when the
column's other codes share its classes of characters ("98.50.22"). What is split off goes
with its marker, brackets and separator; the rest is the description. A split reading is a
guess about the table's structure: its row's confidence is capped at ``SPLIT_CONFIDENCE``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.result import LineItem
from extraction.tables.desc_marked import marked_codes

SPLIT_CONFIDENCE = UNCONFIRMED_CAP

# one word of a code: capitals and digits, maybe joined by dots, dashes or slashes
_PART = re.compile(r"[A-Z0-9][A-Z0-9./\-]*")
# or a code in lower case ("kt-4821", "ab.120"): letters and digits both, joined by a dot,
# dash or slash, which words of a text ("5x50", "mm2", "long.") are not
_LOWER_PART = re.compile(r"(?=[a-z0-9./\-]*[a-z])(?=[a-z0-9./\-]*\d)[a-z0-9]+(?:[./\-][a-z0-9]+)+")
_MOST_WORDS = 3  # "AB 123 45"
_MARKER = (
    r"(?:r[ée]f(?:[ée]rence)?\.?|reference|art(?:ikel)?\.?-?\s?(?:nr|no|n°)\.?|art\."
    r"|article|item\s?(?:no\.?|code|#)|code(?:\s+article)?|sku|part\s?(?:no\.?|number)"
    r"|n°\s?art(?:icle)?\.?)"
)
_MARKER_FIRST = re.compile(rf"^{_MARKER}\s*[:#]?\s+", re.IGNORECASE)
MARKER_FIRST = _MARKER_FIRST  # code_rows.py: a code line's marker
_MARKER_LAST = re.compile(rf"[\s,;]*\b{_MARKER}\s*[:#]?$", re.IGNORECASE)
_BRACKETED = re.compile(r"\s*[(\[]\s*([^()\[\]]{4,30}?)\s*[)\]]")
_SEPARATORS = " -–—:,;/|·"
# a separator set between a text and a code ("Widget – AB-123", "Widget / X200/4B")
_SEPARATED = re.compile(r"\s+[-–—/|·]\s+(\S+)(?=\s|$)")
# a date: day, month, year, or the month first with a four-digit year as US pages print
# it, or the year first ("14.03.25", "10/29/2025", "2025-03-14")
_DATE = re.compile(
    r"(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:\d{2}|\d{4})"
    r"|(?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12]\d|3[01])[./-](?:19|20)\d\d"
    r"|\d{4}[./-](?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12]\d|3[01])"
)
DATE = _DATE  # date_cells.py: a column of dates set into the descriptions
_GROUPED = re.compile(r"\d{1,6}(?:[.\-/]\d{1,6}){2,}|\d{3,6}-\d{2,6}")
_LEAST_CHARS = 4  # "A4", "T8", "M8" are sizes and models, not codes


@dataclass(frozen=True)
class _Split:
    place: str  # lead | tail | bracket
    kind: str  # the code's kind: which classes of characters each of its words mixes
    marked: bool  # after a reference marker, or in brackets
    code: str
    rest: str


def letters_in(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _word_kind(word: str) -> str:
    letters = ("a" if word.islower() else "A") if any(c.isalpha() for c in word) else ""
    digits = "9" if any(c.isdigit() for c in word) else ""
    return letters + digits + "".join(sorted({c for c in word if not c.isalnum()}))


def _kind(words: list[str], marked: bool = False) -> str | None:
    """The kind of a code printed as ``words``; None when they are no code: a word not of
    capitals and digits, no digit, too short, a date; digits alone, unless after a marker,
    only when long ("4711203") or in the groups of an article number ("76.12.88",
    "03101-84"), never a count, price, range or year ("1000", "12.50", "40-200",
    "100.000")."""
    if not words or any(
        _PART.fullmatch(w) is None and _LOWER_PART.fullmatch(w) is None for w in words
    ):
        return None
    plain = "".join(words)
    if len(plain) < _LEAST_CHARS or not any(c.isdigit() for c in plain):
        return None
    if len(words) == 1 and not marked and not letters_in(plain):
        if plain.isdigit() and len(plain) < 5:
            return None
        if not plain.isdigit() and not _GROUPED.fullmatch(plain):
            return None
    if len(words) == 1 and _DATE.fullmatch(plain):
        return None  # "14.03.25 Intervention": the day of a service
    return " ".join(_word_kind(w) for w in words)


def code_kind(words: list[str], marked: bool = False) -> str | None:
    """The kind of a code printed as ``words`` (``_kind``), for readers of codes printed
    elsewhere (code_rows.py)."""
    return _kind(words, marked)


def _lead(desc: str) -> list[_Split]:
    marker = _MARKER_FIRST.match(desc)
    text = desc[marker.end() :] if marker else desc
    words = text.split()
    out = []
    for k in range(1, min(_MOST_WORDS, len(words) - 1) + 1):
        code = [*words[: k - 1], words[k - 1].rstrip(":")]
        # a colon or a dash after the code parts it from the text as a marker does
        parted = words[k - 1].endswith(":") or words[k] in (":", "-", "–", "—", "/", "|")
        marked = marker is not None or parted
        kind = _kind(code, marked)
        rest = " ".join(words[k:]).lstrip(_SEPARATORS)
        if kind and rest:
            out.append(_Split("lead", f"{k}:{kind}", marked, " ".join(code), rest))
    return out


def _tail(desc: str) -> list[_Split]:
    words = desc.split()
    out = []
    for k in range(1, min(_MOST_WORDS, len(words) - 1) + 1):
        code = [w.rstrip(".") if i == k - 1 else w for i, w in enumerate(words[-k:])]
        before = " ".join(words[:-k])
        marker = _MARKER_LAST.search(before)
        kind = _kind(code, marker is not None)
        if not kind:
            continue
        rest = (before[: marker.start()] if marker else before).rstrip(_SEPARATORS)
        if rest:
            out.append(_Split("tail", f"{k}:{kind}", marker is not None, " ".join(code), rest))
    return out


def _bracketed(desc: str) -> list[_Split]:
    for m in _BRACKETED.finditer(desc):
        words = m.group(1).split()
        kind = _kind(words, True) if len(words) <= _MOST_WORDS else None
        if kind:
            rest = " ".join((desc[: m.start()] + " " + desc[m.end() :]).split())
            if rest.strip(_SEPARATORS):
                return [_Split("bracket", kind, True, " ".join(words), rest)]
    return []


def _separated(desc: str) -> list[_Split]:
    """A code of one word set off the text before it by a dash or a slash, at the end of
    the text or of its first line (a detail line may follow: "Filter – AB-12 Colour: red");
    the separator is evidence of its own, like a marker."""
    out = []
    for m in _SEPARATED.finditer(desc):
        kind = _kind([m.group(1).rstrip(".,;")])
        before, after = desc[: m.start()].rstrip(_SEPARATORS), desc[m.end() :].strip()
        if kind and before:
            rest = f"{before} {after}" if after else before
            out.append(_Split("separated", kind, True, m.group(1).rstrip(".,;"), rest))
    return out[-1:]


def _marked(desc: str) -> list[_Split]:
    """A code after a marker after the text, maybe a detail after it (desc_marked.py)."""
    out = []
    for code, rest in marked_codes(desc, _MARKER):
        kind = _kind(code.split(), True)
        if kind:
            out.append(_Split("marked", kind, True, code, rest))
    return out


def _candidates(desc: str) -> list[_Split]:
    """Every place of ``desc`` where a code could stand, with what would be left."""
    return [*_lead(desc), *_tail(desc), *_bracketed(desc), *_separated(desc), *_marked(desc)]


def _choice(found: list[list[_Split]], n: int) -> tuple[str, str] | None:
    """The (place, kind) most rows print a code at, when the rows agree on it: on three rows
    in four and two rows or more; where every one of them marks it (a marker, brackets, a
    dash or slash before it), on every row, or on two rows or more and half the rows (a
    shipping line, a discount line print no code)."""
    votes: Counter[tuple[str, str]] = Counter()
    marked: Counter[tuple[str, str]] = Counter()
    for cands in found:
        for key in {(c.place, c.kind) for c in cands}:
            votes[key] += 1
        for key in {(c.place, c.kind) for c in cands if c.marked}:
            marked[key] += 1
    best: tuple[int, int, tuple[str, str]] | None = None
    for key, count in votes.items():
        ok = (
            (count >= 2 and count * 4 >= n * 3)
            or marked[key] == n
            or (marked[key] == count >= 2 and count * 2 >= n)
        )
        # on a tie the code of more words: "AB 123 45" over "AB 123"
        rank = (count, len(key[1].split()))
        if ok and (best is None or rank > best[:2]):
            best = (*rank, key)
    return best[2] if best else None


def _choice_with_classes(found: list[list[_Split]], todo: list[LineItem]) -> tuple[str, str] | None:
    """The place of one-word codes two rows or more print by their shape ("98.50.22"),
    when with the rows that print a word of the same classes of characters there ("24.73")
    they are three rows in four: codes of one kind whose shorter ones read as numbers."""
    shaped: Counter[tuple[str, str]] = Counter()
    for cands in found:
        for key in {(c.place, c.kind) for c in cands if c.place in ("lead", "tail")}:
            shaped[key] += 1
    for key, count in shaped.most_common():
        if count < 2 or not key[1].startswith("1:"):
            continue
        hits = sum(
            1
            for li in todo
            if any((c.place, c.kind) == key for c in _candidates(li.description or ""))
            or _same_classes(li.description or "", key) is not None
        )
        if hits * 4 >= len(todo) * 3:
            return key
    return None


def _same_classes(desc: str, chosen: tuple[str, str]) -> _Split | None:
    """A word at the chosen place of a one-word code, of the very classes of characters
    the column's codes have, that its shape alone does not make a code ("24.73" among
    "98.50.22", "81.26.89": digits and dots, short enough to be a price on its own)."""
    place, kind = chosen
    if place not in ("lead", "tail") or not kind.startswith("1:"):
        return None
    words = desc.split()
    if len(words) < 2:
        return None
    word = words[0] if place == "lead" else words[-1]
    if (
        len(word) < _LEAST_CHARS
        or _word_kind(word) != kind[2:]
        or not any(c.isdigit() for c in word)
        or _DATE.fullmatch(word)
        or (_PART.fullmatch(word) is None and _LOWER_PART.fullmatch(word) is None)
    ):
        return None
    rest = " ".join(words[1:] if place == "lead" else words[:-1]).strip(_SEPARATORS)
    return _Split(place, kind, False, word, rest) if rest else None


def codes_in_descriptions(lines: list[LineItem]) -> list[LineItem]:
    """``lines`` with the code their description cells print split off, when the rows that
    have no code agree on where it stands (the caller knows the table has no code column)."""
    todo = [li for li in lines if not li.sku]
    if not todo:
        return lines
    found = [_candidates(li.description or "") if not li.sku else [] for li in lines]
    chosen = _choice([f for f, li in zip(found, lines, strict=True) if not li.sku], len(todo))
    if chosen is None:
        chosen = _choice_with_classes(found, todo)
    if chosen is None:
        return lines
    out = []
    for li, cands in zip(lines, found, strict=True):
        hit = next((c for c in cands if (c.place, c.kind) == chosen), None)
        if hit is None and not li.sku:
            hit = _same_classes(li.description or "", chosen)
        if hit is None:
            out.append(li)
            continue
        rest = hit.rest.strip(_SEPARATORS)
        out.append(
            li.model_copy(update={"sku": hit.code, "description": rest}).capped(SPLIT_CONFIDENCE)
        )
    return out


# a word before a code in its cell that no code is: letters only, in lower case or with a
# dot or colon after them ("Id.", "Nr.", "Cde", "Model:")
_LOOSE_MARKER = re.compile(r"^(?=\S*[a-zà-ÿ.:°])[A-Za-zÀ-ÿ°]{1,6}\.?:?\s+(?=\S)")
LOOSE_MARKER = _LOOSE_MARKER  # code_rows.py


def unmarked_code(text: str) -> str | None:
    """The code of a code cell that prints a marker word before it ("Id. PK 509 21", "Cde
    EGV79602", "Réf. AB-123"), the marker left out; None when the cell is not a marker
    and a code."""
    t = " ".join(text.split())
    m = _MARKER_FIRST.match(t) or _LOOSE_MARKER.match(t)
    if m is None:
        return None
    words = t[m.end() :].split()
    if not words or len(words) > _MOST_WORDS:
        return None
    # after a marker, digits in groups are a code even where they read as a date
    grouped = len(words) == 1 and re.fullmatch(r"\d+(?:[./\-]\d+)+", words[0]) is not None
    if _kind(words, marked=True) is None and not grouped:
        return None
    return " ".join(words)


def column_of_codes(texts: list[str], mixed: bool = True) -> bool:
    """Do a text column's cells hold one article code each, all of one kind ("SG 765 96",
    "MN 984 38"; "4711-20", "4711-21"), all different? A column the header names no field
    for, set beside the line numbers, is then the code column."""
    # a marker every cell prints before its code ("Id. PK 509 21", "Id. AA-2883")
    firsts = {t.split()[0] for t in texts if t.split()}
    marked = len(texts) >= 2 and len(firsts) == 1 and all(unmarked_code(t) for t in texts)
    if marked:
        texts = [unmarked_code(t) or t for t in texts]
    found = [_kind(t.split(), marked) if len(t.split()) <= _MOST_WORDS else None for t in texts]
    # a short code that reads as a number ("36.50") among codes of its classes of
    # characters ("82.14.99")
    kinds = {
        k if k is not None or len(t.split()) > 1 else _number_like(t, found)
        for t, k in zip(texts, found, strict=True)
    }
    return (
        len(texts) >= 2
        and None not in kinds
        and len(kinds) <= (mixed_kinds(len(texts)) if mixed else 1)
        and len(set(texts)) == len(texts)
    )


def _number_like(text: str, kinds: list[str | None]) -> str | None:
    """The kind of a one-word code that reads as a number or a date ("36.50", "27.12.29")
    when another code of the column is of that kind; else None."""
    if not re.fullmatch(r"\d+(?:[./\-]\d+)+", text):
        return None
    kind = _word_kind(text)
    return kind if kinds.count(kind) >= 1 else None


def mixed_kinds(cells: int) -> int:
    """How many kinds of code one column of ``cells`` codes may mix: one, or two on three
    rows or more (a catalogue of two numberings, "4711203" beside "MF 554 63"); a column
    of every cell's own shape is no column of codes."""
    return 2 if cells >= 3 else 1
