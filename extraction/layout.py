"""Words -> visual rows -> segments (runs of words separated by a column-sized gap).

Every later step (labels, party blocks, tables) reasons on these, whichever engine produced
the words (PDF text layer or OCR), so one code path serves born-digital and scanned pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from statistics import median

from extraction import column_edges, repairs
from extraction.parse.text import fold
from extraction.result import BBox, Word


@dataclass
class Segment:
    words: list[Word]
    page: int
    row: int = 0

    # a segment's words never change once it is made, so its text is computed once: the
    # label, party and table passes read it tens of thousands of times a batch
    @cached_property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @cached_property
    def folded(self) -> str:
        return fold(self.text)

    @cached_property
    def x0(self) -> float:
        return self.words[0].bbox[0]

    # its box as well: the label, party and table passes ask a page's segments for their
    # edges hundreds of thousands of times a batch (a fifth of a born-digital page's time)
    @cached_property
    def x1(self) -> float:
        return max(w.bbox[2] for w in self.words)

    @cached_property
    def top(self) -> float:
        return min(w.bbox[1] for w in self.words)

    @cached_property
    def bottom(self) -> float:
        return max(w.bbox[3] for w in self.words)

    @cached_property
    def height(self) -> float:
        return max(w.bbox[3] - w.bbox[1] for w in self.words)

    @cached_property
    def confidence(self) -> float:
        return min(w.confidence for w in self.words)

    @cached_property
    def ocr(self) -> bool:
        """Read by OCR (any of its words), as the page reader recorded it."""
        return any(w.source == "ocr" for w in self.words)

    @property
    def ocr_confidence(self) -> float:
        """How sure the reading of its glyphs is, as a candidate read from it carries it:
        the OCR's least sure word, or 1.0 for a text layer's words (nothing was guessed)."""
        return self.confidence if self.ocr else 1.0

    def bbox_of(self, start: int, end: int) -> BBox:
        """Box of the words covering characters [start, end) of ``text``."""
        return words_bbox(self.words_in(start, end) or self.words)

    def words_in(self, start: int, end: int) -> list[Word]:
        out, pos = [], 0
        for w in self.words:
            w_end = pos + len(w.text)
            if pos < end and start < w_end:
                out.append(w)
            pos = w_end + 1
        return out

    def sub(self, start: int) -> Segment:
        """The segment from character ``start`` on (whole words)."""
        return Segment(self.words_in(start, len(self.text)) or self.words, self.page, self.row)


@dataclass
class Row:
    segments: list[Segment]
    page: int
    index: int

    @property
    def words(self) -> list[Word]:
        return [w for s in self.segments for w in s.words]

    # a row's segments never change once it is made (a changed row is made anew), so its
    # edges are computed once: the party, label and table passes ask for them a few
    # hundred thousand times a batch
    @cached_property
    def top(self) -> float:
        return min(s.top for s in self.segments)

    @cached_property
    def bottom(self) -> float:
        return max(s.bottom for s in self.segments)

    @property
    def text(self) -> str:
        return "  ".join(s.text for s in self.segments)

    @property
    def height(self) -> float:
        return max(s.height for s in self.segments)


@dataclass
class PageLayout:
    page: int
    width: float
    height: float
    rows: list[Row] = field(default_factory=list)
    line_height: float = 10.0

    @property
    def segments(self) -> list[Segment]:
        return [s for r in self.rows for s in r.segments]


def words_bbox(words: list[Word]) -> BBox:
    return (
        round(min(w.bbox[0] for w in words), 2),
        round(min(w.bbox[1] for w in words), 2),
        round(max(w.bbox[2] for w in words), 2),
        round(max(w.bbox[3] for w in words), 2),
    )


def _centre_x(w: Word) -> float:
    return (w.bbox[0] + w.bbox[2]) / 2


def _without_headings(groups: list[list[Word]]) -> list[list[Word]]:
    """Rows (words left to right) without a spreadsheet's printed headings: the row
    numbers in a column at the left edge and the row of column letters above them.

    A sheet printed "with headings" numbers every row it prints, blank ones too, so the
    numbers count up one by one at one place, each the first word of its row, and some
    stand alone on an empty row; glued to the first cell they would hide its label ("12 PO
    #"). A table's own line numbers never stand alone on a row, so they stay."""
    firsts = [(i, g[0]) for i, g in enumerate(groups) if g[0].text.isdigit()]
    drop: set[int] = set()  # ids of the words taken out
    run: list[tuple[int, Word]] = []

    def close(run: list[tuple[int, Word]]) -> None:
        alone = sum(1 for i, _w in run if len(groups[i]) == 1)
        if len(run) >= 8 and alone >= 2:
            drop.update(id(w) for _i, w in run)

    for i, w in firsts:
        if run and not (
            int(w.text) == int(run[-1][1].text) + 1
            and abs(_centre_x(w) - _centre_x(run[-1][1])) < 4
        ):
            close(run)
            run = []
        run.append((i, w))
    close(run)
    if not drop:
        return groups
    out = []
    for g in groups:
        letters = [w.text for w in g]
        if letters == [chr(65 + k) for k in range(len(letters))] and len(letters) >= 4:
            continue  # "A B C D E F": the column letters
        kept = [w for w in g if id(w) not in drop]
        if kept:
            out.append(kept)
    return out


# an OCR'd word this close after a word of the row (in its own height) continues that word's
# line, whatever the row's band: OCR's boxes hug the ink, so two lines set side by side a
# few points apart ("Établissements Brun EURL" beside "Ateliers Faure SA") overlap less than
# the band asks, and the row took "Ateliers" and left "Faure SA" a line of its own
CONTINUED_GAP = 1.5
CONTINUED_OVERLAP = 0.8


def _continues_word(group: list[Word], w: Word) -> bool:
    if w.source != "ocr" or not repairs.on("ocr_row_continued"):
        return False
    top, bottom = w.bbox[1], w.bbox[3]
    for m in group:
        gap = w.bbox[0] - m.bbox[2]
        smaller = max(1.0, min(bottom - top, m.bbox[3] - m.bbox[1]))
        overlap = min(bottom, m.bbox[3]) - max(top, m.bbox[1])
        if (
            m.source == "ocr"
            and 0 <= gap <= CONTINUED_GAP * smaller
            and overlap >= CONTINUED_OVERLAP * smaller
        ):
            return True
    return False


# two printed words of one line never cover each other: text-layer words of a row that
# overlap by more than this (points, and share of the narrower word) belong to two lines
# printed over each other ("Invoice INV-12" in large type across an address's last line)
OVERLAID_POINTS = 2.0
OVERLAID_SHARE = 0.25


def _collide(a: Word, b: Word) -> bool:
    """Do ``a`` and ``b``, two text-layer words of one row, cover each other (other than the
    same word printed twice, as fake bold does)?"""
    if a.source != "text" or b.source != "text":
        return False
    overlap = min(a.bbox[2], b.bbox[2]) - max(a.bbox[0], b.bbox[0])
    narrower = min(a.bbox[2] - a.bbox[0], b.bbox[2] - b.bbox[0])
    if overlap <= max(OVERLAID_POINTS, OVERLAID_SHARE * narrower):
        return False
    return a.text != b.text or abs(a.bbox[0] - b.bbox[0]) > OVERLAID_POINTS


def _any_collide(group: list[Word]) -> bool:
    """Do two words of ``group`` cover each other? Left to right, a word is compared with
    those that start before it ends: one starting at or past its end overlaps it by
    nothing (as do all after that one), so it covers nothing of it."""
    ordered = sorted(group, key=lambda w: w.bbox[0])
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.bbox[0] >= a.bbox[2]:
                break
            if _collide(a, b):
                return True
    return False


def _apart_overlaid(groups: list[list[Word]]) -> list[list[Word]]:
    """Rows whose words cover each other split into the lines printed over each other: each
    word, by its vertical centre, joins the first of the row's lines it covers no word of.
    Read as one row, an envelope window's last address line crossing the title interleaved
    both ("Invoice United INV-12 Kingdom") and the title's number was lost."""
    out: list[list[Word]] = []
    for group in groups:
        if not _any_collide(group):
            out.append(group)
            continue
        lines: list[list[Word]] = []
        for w in sorted(group, key=lambda w: (w.bbox[1] + w.bbox[3]) / 2):
            home = next((ln for ln in lines if not any(_collide(w, m) for m in ln)), None)
            if home is None:
                lines.append([w])
            else:
                home.append(w)
        for ln in sorted(lines, key=lambda ln: median([(w.bbox[1] + w.bbox[3]) / 2 for w in ln])):
            out.append(sorted(ln, key=lambda w: w.bbox[0]))
    return out


def _gap_limit(group: list[Word]) -> float:
    """The gap between two words of a row (left to right) wider than a word space: a
    column's."""
    row_h = max(median([w.bbox[3] - w.bbox[1] for w in group]), 4.0)
    # OCR boxes hug the glyphs (x-height words look small) and monospace fonts have
    # wide spaces, so the character width matters as much as the box height
    char_w = median([(w.bbox[2] - w.bbox[0]) / max(1, len(w.text)) for w in group])
    return max(row_h * 0.85, char_w * 1.8)


def build_layout(words: list[Word], page: int, width: float, height: float) -> PageLayout:
    """Cluster words into rows by vertical centre, then split rows at wide gaps."""
    layout = PageLayout(page=page, width=width, height=height)
    words = [w for w in words if w.text.strip()]
    if not words:
        return layout
    heights = [w.bbox[3] - w.bbox[1] for w in words]
    line_h = max(median(heights), 4.0)
    layout.line_height = line_h
    ordered = sorted(words, key=lambda w: ((w.bbox[1] + w.bbox[3]) / 2, w.bbox[0]))
    # a word joins a row when it overlaps the row's typical band vertically: robust to
    # ascenders/descenders and to the uneven boxes OCR draws
    groups: list[list[Word]] = []
    band = (0.0, 0.0)
    for w in ordered:
        top, bottom = w.bbox[1], w.bbox[3]
        if groups:
            overlap = min(bottom, band[1]) - max(top, band[0])
            smaller = max(1.0, min(bottom - top, band[1] - band[0]))
            if overlap >= 0.45 * smaller or _continues_word(groups[-1], w):
                groups[-1].append(w)
                members = groups[-1]
                band = (
                    median([m.bbox[1] for m in members]),
                    median([m.bbox[3] for m in members]),
                )
                continue
        groups.append([w])
        band = (top, bottom)
    for group in groups:
        group.sort(key=lambda w: w.bbox[0])
    groups = _apart_overlaid(_without_headings(groups))
    limits = [_gap_limit(group) for group in groups]
    # cells set closer than a column gap, apart where the rows align a column's edge and
    # the table's caption row is cut there too
    edges = column_edges.cuts(groups, limits)
    for idx, group in enumerate(groups):
        gap_limit = limits[idx]
        segs: list[Segment] = []
        current = [group[0]]
        for k, w in enumerate(group[1:], 1):
            gap = w.bbox[0] - current[-1].bbox[2]
            if gap > gap_limit or k in edges[idx]:
                segs.append(Segment(current, page, idx))
                current = [w]
            else:
                current.append(w)
        segs.append(Segment(current, page, idx))
        layout.rows.append(Row(segs, page, idx))
    return layout
