"""One table of OCR confusions (extraction/candidates/confusions.py), with a cost, for every
kind of field: identifiers and postcodes draw their letter/digit variants from it, and the
OCR layer mends words read as no word with its look-alike letters (vocabulary.mend)."""

from extraction.candidates import confusions
from extraction.ocr import vocabulary


def test_the_words_are_mended_with_the_one_tables_letters_at_their_cost() -> None:
    table = confusions.CONFUSIONS
    letters = [(r, p, c) for r, p, c in table if r.isalpha() and p.isalpha() and r.islower()]
    assert letters, "the table holds the letters OCR takes for letters"
    # a look-alike goes both ways, at one cost
    assert all((p, r, c) in table for r, p, c in letters)
    assert confusions.letter_swaps(vocabulary.MEND_MAX_COST) == vocabulary._SWAPS
    for read, printed, cost in letters:
        assert (printed in vocabulary._SWAPS.get(read, ())) == (cost <= vocabulary.MEND_MAX_COST)
    assert not hasattr(vocabulary, "CONFUSIONS")  # no second table


def test_mending_reads_a_joined_or_split_glyph_as_its_look_alike() -> None:
    assert vocabulary.mend("rnachine") == "machine"
    assert vocabulary.mend("livralson") == "livraison"
    assert vocabulary.mend("Stroot") == "Street"
    assert vocabulary.mend("machine") is None  # a word stays as read


def test_identifier_variants_keep_their_costs() -> None:
    assert confusions.cost("O", "0") == 0.2
    assert confusions.cost("rn", "m") == 0.3
    assert confusions.cost("x", "y") == 1.0
    assert confusions.TO_DIGIT["O"] == "0" and "e" not in confusions.TO_DIGIT
    assert confusions.TO_LETTER == {"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z", "6": "G"}
