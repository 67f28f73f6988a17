"""A sender's remembered constant (issue 24) is found on a page only printed as whole
words: "EUR" inside "compresseur" on an invoice stating no currency is not the sender's
currency, and the constant's cell must not lift it."""

from __future__ import annotations

from extraction.profiles import FieldHint, read
from tests.learning.stream import layouts_of, page_of
from tests.learning.stream import words_at as _words

EUR = FieldHint(field="currency", placement="constant", value="EUR")


def _page(*rows: str) -> list:
    words = _words("Chauffage Garnier SAS", 40, 40)
    for k, text in enumerate(rows):
        words += _words(text, 40, 200 + 14 * k)
    return layouts_of([page_of(words)])


def test_a_constant_inside_a_word_is_not_found() -> None:
    layouts = _page("Filtre à huile pour compresseur à vis 2 pce 63,72 127,44")
    assert read(EUR, layouts, "fr") is None


def test_a_constant_printed_as_a_word_is_found() -> None:
    layouts = _page("Filtre à huile pour compresseur", "Montant TTC (EUR) 866,71")
    found = read(EUR, layouts, "fr")
    assert found is not None and found[0] == "EUR"


def test_a_remembered_name_is_found_whatever_its_punctuation() -> None:
    name = FieldHint(field="customer_name", placement="constant", value="Brun & Fils SAS")
    found = read(name, _page("Client : Brun et Fils", "Brun & Fils S.A.S."), "fr")
    assert found is not None
