"""A sender's documents as page words: the same template, new content each time, so tests
need no PDF renderer. ``layout`` "a" prints the number under an unusual label the generic
labels do not know; "b" is the same sender after a redesign (other label, other place)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from extraction import assemble
from extraction.evaluate import same_line
from extraction.layout import PageLayout, build_layout
from extraction.profiles import Learned, ProfileCalibration, SenderProfile
from extraction.result import ExtractionResult, PageResult, Word
from learning.teach import score_fields, score_lines, teach

WIDTH, HEIGHT = 595.0, 842.0


def words_at(text: str, x: float, y: float, right: bool = False) -> list[Word]:
    """``text`` printed from ``x`` (or ending at ``x`` when ``right``) on the line at ``y``:
    one word per token, 5 pt a character, 3 pt between words."""
    out, pos = [], x - 5.0 * len(text) if right else x
    for token in text.split():
        w = 5.0 * len(token)
        out.append(Word(text=token, bbox=(pos, y, pos + w, y + 9.0)))
        pos += w + 3.0
    return out


def page_of(words: list[Word], text: str | None = None) -> PageResult:
    """Page 1 of an A4 text-layer document made of ``words`` (its text: the words in order)."""
    if text is None:
        text = " ".join(w.text for w in words)
    return PageResult(number=1, text=text, source="text", width=WIDTH, height=HEIGHT, words=words)


def layouts_of(pages: list[PageResult]) -> list[PageLayout]:
    """The layouts extraction builds of ``pages`` (what a profile is taught from)."""
    return [build_layout(p.words, p.number, *p.frame) for p in pages]


def extract(pages: list[PageResult], learned: Learned | None) -> ExtractionResult:
    """What extraction reads of ``pages`` with what a sender's profile taught (``learned``);
    the pages themselves are left as they were."""
    layouts = layouts_of(pages)
    return assemble.build_result([p.model_copy(deep=True) for p in pages], layouts, None, learned)


# a document a clerk approved: its pages, the lines and the header fields approved
Approved = tuple[list[PageResult], list[dict[str, str]], dict[str, str]]


def taught(
    documents: Iterable[Approved],
    doc_type: str = "invoice",
    language: str = "fr",
    user: str = "alice",
    machine: bool = True,
    scored: bool = False,
) -> SenderProfile:
    """The sender's profile after a clerk approved ``documents`` one after another, each
    taught with its approved lines and (``machine``) the lines extraction read of it
    without a profile; ``scored``: the lines the profile so far read of each are scored
    against the approved ones too, as approving a document does."""
    profile = None
    for pages, lines, approved in documents:
        layouts = layouts_of(pages)
        shown = extract(pages, Learned(profiles=[profile])) if scored and profile else None
        read = extract(pages, None).lines if machine else []
        new = teach(profile, layouts, approved, doc_type, language, user, read, lines)
        if shown is not None:
            score_lines(new, shown.lines, lines)
        profile = new
    assert profile is not None
    return profile


def teach_fields(
    profile: SenderProfile | None, pages: list[PageResult], approved: dict[str, str]
) -> SenderProfile:
    """``profile`` after one more approved invoice, taught its header fields only."""
    return teach(profile, layouts_of(pages), approved, "invoice", "fr", "alice")


def replayed(
    documents: Iterable[tuple[list[PageResult], dict[str, str]]],
    calibration: ProfileCalibration | None = None,
) -> list[ExtractionResult]:
    """Each of ``documents`` (pages and the header fields a clerk approved) extracted with
    what the sender's earlier ones taught, then approved and its fields scored, as ``orderdesk
    eval --learn`` replays a stream (``calibration``: the fitted one, else none)."""
    profile: SenderProfile | None = None
    out = []
    for pages, approved in documents:
        fitted = calibration if calibration is not None else ProfileCalibration()
        result = extract(pages, Learned(profiles=[profile] if profile else [], calibration=fitted))
        out.append(result)
        profile = teach_fields(profile, pages, approved)
        score_fields(profile, {k: fv.value for k, fv in result.fields.items()}, approved)
    return out


def lines_right(result: ExtractionResult, want: list[dict[str, str]], partial: bool = False) -> int:
    """How many of the approved lines ``want`` the result read right, each matched once
    (``partial``: only on the keys a line of ``want`` gives)."""
    left, n = list(want), 0
    for li in result.lines:
        got = li.model_dump(mode="json")
        match = next((w for w in left if same_line(got, w, partial=partial)), None)
        if match is not None:
            left.remove(match)
            n += 1
    return n


def faure_head(i: int) -> list[Word]:
    """The head of invoice ``i`` of a French joiner (Faure Menuiserie): name, VAT id, title
    and number, above the item table the test prints."""
    words = words_at("Faure Menuiserie SA", 40, 40)
    words += words_at("TVA FR74140529579", 40, 52) + words_at("Facture", 40, 110)
    return words + words_at(f"Facture n° AV{5220 + i}", 40, 146)


def faure_invoice(
    i: int, words: list[Word], lines: list[dict[str, str]], total_at: tuple[float, float, float]
) -> Approved:
    """Invoice ``i`` of the joiner closed by its net total (label at x, amount ending at x,
    on the line at y: ``total_at``), with the lines and header fields a clerk approves."""
    label_x, amount_x, y = total_at
    net = sum((Decimal(li["line_total"]) for li in lines), Decimal(0))
    words = words + words_at("Total HT", label_x, y)
    words += words_at(f"{net}".replace(".", ","), amount_x, y, right=True)
    approved = {"document_number": f"AV{5220 + i}", "vat_id": "FR74140529579"}
    return [page_of(words)], lines, approved


def one_item(net: float) -> list[tuple[str, float, float]]:
    """The sender's item table of one item for ``net`` and its net total, as (text, x, y)."""
    amount = f"{net:.2f}".replace(".", ",")
    return [
        ("Désignation", 40, 260),
        ("Quantité", 300, 260),
        ("Montant", 450, 260),
        ("Serrure Bx", 40, 275),
        ("1", 300, 275),
        (amount, 450, 275),
        ("Total HT", 330, 320),
        (amount, 450, 320),
    ]


def document(i: int, layout: str = "a") -> tuple[list[PageResult], dict[str, str]]:
    """Page words of document ``i`` of the sender, and the values a clerk approves."""
    number = f"QX{7300 + 17 * i}/{i % 7}"
    day = 3 + i
    net = 100 + 11 * i
    tax = net / 5
    rows: list[tuple[str, float, float]] = [
        ("Atelier Verdier SARL", 40, 40),
        ("12 rue des Tanneurs, 69002 Lyon", 40, 52),
        ("TVA intracom FR40303265045", 40, 64),
        ("FACTURE", 260, 110),
        ("Client : Brasserie du Port", 330, 140),
        (f"Date : {day:02d}/03/2025", 40, 160),
    ]
    if layout == "a":
        rows.append((f"Pièce interne {number}", 40, 180))
    else:
        rows += [("Référence maison", 380, 200), (number, 380, 212)]
    rows += [
        *one_item(net),
        ("TVA 20 %", 330, 332),
        (f"{tax:.2f}".replace(".", ","), 450, 332),
        ("Total TTC", 330, 344),
        (f"{net + tax:.2f}".replace(".", ","), 450, 344),
    ]
    words = [w for text, x, y in rows for w in words_at(text, x, y)]
    text = "\n".join(t for t, _, _ in rows)
    page = page_of(words, text)
    approved = {
        "document_number": number,
        "document_date": f"2025-03-{day:02d}",
        "supplier_name": "Atelier Verdier SARL",
        "vat_id": "FR40303265045",
        "total_net": f"{net:.2f}",
        "total_gross": f"{net + tax:.2f}",
    }
    return [page], approved
