"""The second OCR engine (RapidOCR) through its real models: the same words, boxes and
confidences as the tesseract wrapper gives, offline, under forked workers; and the vote
that combines both engines' readings."""

import multiprocessing
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest

from extraction.errors import OcrUnavailableError
from extraction.ocr import rapid, vocabulary, vote
from extraction.ocr.tesseract import OcrWord

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "born_digital" / "classic_invoice_en.pdf"


def _page(dpi: int = 200) -> np.ndarray:
    pdf = pdfium.PdfDocument(SAMPLE.read_bytes())
    return np.asarray(pdf[0].render(scale=dpi / 72, grayscale=True).to_pil())


def test_rapidocr_reads_a_page_as_words_with_boxes_and_confidences() -> None:
    page = _page()
    words = rapid.page_words(page)
    texts = {w.text for w in words}
    assert "INVOICE" in texts or "Invoice" in texts
    assert all(" " not in w.text for w in words)  # lines are split into words
    h, w = page.shape
    for word in words:
        assert 0 <= word.left < word.left + word.width <= w + 2
        assert 0 <= word.top < word.top + word.height <= h + 2
        assert 0.0 <= word.confidence <= 1.0


def test_rapidocr_reads_word_crops_again() -> None:
    page = _page(300)
    words = [w for w in rapid.page_words(page) if len(w.text) >= 5][:6]
    # with a margin of a quarter of the word's height, as the re-reading crops them
    crops = [
        page[
            w.top - w.height // 4 : w.top + w.height * 5 // 4,
            w.left - w.height // 3 : w.left + w.width + w.height // 3,
        ]
        for w in words
    ]
    again = rapid.read_crops(crops)
    # the margin may take in a neighbour's character: the word itself is read
    assert all(w.text in t for w, (t, _) in zip(words, again, strict=True)), again


def test_rapidocr_never_reaches_the_network() -> None:
    """In a fresh process where every connection attempt fails, the models load and read."""
    code = f"""
import socket
def refuse(*a, **k):
    raise OSError("network used")
socket.socket.connect = refuse
socket.create_connection = refuse
import numpy as np, pypdfium2 as pdfium
from extraction.ocr import rapid
pdf = pdfium.PdfDocument(open({str(SAMPLE)!r}, "rb").read())
page = np.asarray(pdf[0].render(scale=150 / 72, grayscale=True).to_pil())
print(len(rapid.page_words(page)))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.strip()) > 20


def _read_in_child(queue: "multiprocessing.Queue[list[str]]") -> None:
    queue.put([w.text for w in rapid.page_words(_page(150))])


def test_a_forked_worker_loads_its_own_engine_and_reads() -> None:
    mine = [w.text for w in rapid.page_words(_page(150))]  # loaded in this process first
    ctx = multiprocessing.get_context("fork")
    queue: multiprocessing.Queue[list[str]] = ctx.Queue()
    child = ctx.Process(target=_read_in_child, args=(queue,))
    child.start()
    got = queue.get(timeout=300)
    child.join(timeout=180)
    assert child.exitcode == 0
    assert got == mine


def test_asking_for_rapidocr_without_it_installed_says_how_to_get_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(rapid, "installed", lambda: False)
    with pytest.raises(OcrUnavailableError, match=r"orderdesk\[rapidocr\]"):
        rapid.model_paths()


def _word(text: str, conf: float, left: int = 0, top: int = 0) -> OcrWord:
    return OcrWord(text, left, top, 40, 20, conf, 1, 1)


def test_the_vote_prefers_a_well_formed_amount_and_keeps_the_other_reading() -> None:
    chosen = vote.choose(_word("1O,50", 0.8), "10,50", 0.7)
    assert chosen.text == "10,50" and chosen.alternatives == ("1O,50",)
    assert chosen.confidence < 0.9  # two engines disagreed: a clerk looks


def test_the_vote_prefers_a_vat_id_whose_check_digits_hold() -> None:
    chosen = vote.choose(_word("FR40303265045", 0.9), "FR40303265046", 0.99)
    assert chosen.text == "FR40303265045" and chosen.alternatives == ("FR40303265046",)


def test_agreeing_engines_keep_the_word_and_raise_its_confidence() -> None:
    chosen = vote.choose(_word("Montant", 0.6), "Montant", 0.97)
    assert chosen.text == "Montant" and chosen.confidence == pytest.approx(0.97)


def test_quantity_times_price_picks_between_two_readings_of_a_row() -> None:
    row = [
        _word("12", 0.95, 100),
        _word("4,50", 0.95, 200),
        vote.choose(_word("84,00", 0.6, 300), "54,00", 0.55),
    ]
    assert row[2].text == "84,00"  # tesseract's reading won the vote on confidence
    fixed = vote.row_arithmetic(row)
    assert fixed[2].text == "54,00" and fixed[2].alternatives == ("84,00",)


def test_a_reading_in_another_script_never_wins_the_vote() -> None:
    """RapidOCR reads an icon or a smudge as a Chinese character, sure of it: tesseract's
    reading stands and the foreign one is not offered as an alternative either."""
    chosen = vote.choose(_word("@", 0.3), "口", 0.98)
    assert chosen.text == "@" and chosen.alternatives == ()
    assert vote.choose(_word("Facture", 0.4), "Facture口", 0.99).text == "Facture"
    # accented Latin letters, euro and typographic signs are the documents' own
    assert vote.choose(_word("Réf6rence", 0.4), "Référence", 0.95).text == "Référence"
    assert vote.latin("62,86 € – «TTC» ß ø Ł") and not vote.latin("ПРИВЕТ")


def test_a_known_word_beats_a_non_word_read_with_similar_confidence() -> None:
    """RapidOCR has no dictionary: "Involço" read surer than tesseract's "Invoice" loses to
    it, and a word RapidOCR reads ("livraison") beats tesseract's non-word ("livraigon")."""
    chosen = vote.choose(_word("Invoice", 0.62), "Involço", 0.93)
    assert chosen.text == "Invoice" and chosen.alternatives == ("Involço",)
    assert chosen.confidence <= vote.DISAGREED_CONFIDENCE
    chosen = vote.choose(_word("livraigon", 0.8), "livraison", 0.85)
    assert chosen.text == "livraison" and chosen.alternatives == ("livraigon",)
    # case and accents aside: "FACTURE" and "Référence" are words
    assert vote.choose(_word("FACTURE", 0.7), "FACTURF", 0.95).text == "FACTURE"
    assert vote.choose(_word("Reference", 0.7), "Référcnce", 0.9).text == "Reference"


def test_a_known_word_loses_to_a_much_surer_reading_and_two_words_go_by_confidence() -> None:
    # a non-word far surer than the word: a name or a code the dictionaries lack
    assert vote.choose(_word("Total", 0.3), "Tolaq", 0.99).text == "Tolaq"
    # both words: confidence decides, as before
    assert vote.choose(_word("sac", 0.5), "sec", 0.95).text == "sec"
    assert vote.choose(_word("sac", 0.9), "sec", 0.8).text == "sac"
    # short strings, numbers and codes are not judged as words
    assert vocabulary.known("ea") is None and vocabulary.known("PNT-408A") is None


def test_the_vocabulary_is_tesseracts_dictionaries_and_the_label_words() -> None:
    assert vocabulary.known("Invoice") and vocabulary.known("livraison")
    assert vocabulary.known("Involço") is False and vocabulary.known("livraigon") is False
    # a word of the header labels is known even without tesseract's word lists
    assert "commande" in vocabulary._label_words()
    assert vocabulary.known("Bon-de-livraison") and vocabulary.known("d'achat")


def test_tesseracts_word_list_comes_through_its_wrapper() -> None:
    from extraction.ocr import tesseract

    english = tesseract.word_list("eng")
    assert english is not None and {"invoice", "delivery"} <= {w.lower() for w in english}
    assert tesseract.word_list("no-such-language") is None


def test_only_the_tesseract_wrapper_runs_tesseract_and_its_tools() -> None:
    """One module per external program (DESIGN.md): the vocabulary asks the wrapper."""
    root = Path(__file__).resolve().parents[2] / "extraction"
    callers = {
        str(p.relative_to(root))
        for p in root.rglob("*.py")
        if any(
            name in p.read_text("utf-8")
            for name in ("pytesseract", "combine_tessdata", "dawg2wordlist", "tesseract_cmd")
        )
    }
    assert callers == {"ocr/tesseract.py"}


def test_the_reread_reads_what_its_budget_buys_however_long_the_crops_take(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The budget is in the recogniser's columns, not in CPU seconds measured: crops that
    take four times the estimate (a loaded machine) are read all the same, as many."""
    words = [_word("Montamt", 0.5, 50 * i, 30) for i in range(60)]
    image = np.full((100, 3100), 255, np.uint8)
    budget = 0.5
    vote.choose(words[0], "Montant", 0.9)  # the vocabulary loads once
    counts = []
    for cost in (0.0, 4 * 0.012):
        read: list[int] = []

        def slow(crops: list[np.ndarray], cost: float = cost, read: list[int] = read) -> list:
            started = time.process_time()
            while time.process_time() - started < cost * len(crops):
                pass
            read.append(len(crops))
            return [("Montant", 0.9)] * len(crops)

        monkeypatch.setattr(rapid, "read_crops", slow)
        out = vote.reread(image, words, budget)
        assert sum(w.text == "Montant" for w in out) == sum(read)
        counts.append(sum(read))
    # each 52 x 30 px crop is padded to the recogniser's 320 columns
    assert counts == [int(budget * vote.COLUMNS_PER_SECOND / 320)] * 2
    assert 0 < counts[0] < len(words)
