"""A date read after "le"/"du" in prose dates the document only when its own sentence
names the document."""

from extraction.candidates.collect import _SENTENCE_END, _names_the_document


def _before(text: str) -> str:
    return _SENTENCE_END.split(text)[-1]


def test_a_later_sentence_does_not_borrow_the_first_dates_digits() -> None:
    folded = (
        "nous vous transmettons le present document, date du 23/01/2025. "
        "la livraison est prevue le "
    )
    assert _names_the_document(folded)  # the whole text looked numbered
    assert not _names_the_document(_before(folded))


def test_abbreviations_do_not_end_the_sentence() -> None:
    assert _before("facture n. 12 du ") == "facture n. 12 du "
    assert _names_the_document(_before("notre ref. 4711 du "))
    assert _names_the_document(_before("objet : facture f-12. facture du "))
