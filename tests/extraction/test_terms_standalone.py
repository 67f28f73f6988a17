"""Payment terms that stand alone: a footer item, an abbreviation, the day they come to.

On layouts never tuned on the terms are often printed with no label: an item of a footer
of conditions ("… anticipé. – 45 j FDM"), a line that goes on to the day they come to
("60 jours nets, soit le 14 février 2024."), beside the caption of the means ("Mode").
"""

from __future__ import annotations

import pytest

from extraction.candidates.collect import _terms_then, payment_terms_vetoes
from extraction.candidates.model import Candidate
from extraction.candidates.terms import (
    is_means_caption,
    terms_in_sentence,
    terms_item,
    terms_line,
    up_to_its_date,
)


def _span(text: str, found: tuple[int, int] | None) -> str | None:
    return text[found[0] : found[1]] if found else None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Net 45, i.e. by April 15, 2024.", "Net 45"),
        ("60 jours nets, soit le 14 février 2024.", "60 jours nets"),
        ("30 j FDM le 10, soit le 26.06.2024.", "30 j FDM le 10"),
        ("45 j FDM", "45 j FDM"),
        ("Cash in advance", "Cash in advance"),
        ("Virement", None),
        ("LCR à 60 jours", "LCR à 60 jours"),  # the means the delay follows: the terms'
        ("Virement bancaire", None),
        ("30 jours", None),
    ],
)
def test_a_line_of_terms_only(text: str, want: str | None) -> None:
    assert _span(text, terms_line(text)) == want


def test_a_sentence_stops_before_the_day_the_terms_come_to() -> None:
    text = "Payment within 21 days, i.e. by March 3, 2025."
    assert _span(text, terms_in_sentence(text)) == "Payment within 21 days"


def test_the_date_is_cut_only_after_a_delay() -> None:
    assert up_to_its_date("Net 30 EOM, i.e. by 03/31/2025") == "Net 30 EOM"
    # no delay before "soit": nothing to cut
    assert up_to_its_date("Total, soit le 03/03/2025") == "Total, soit le 03/03/2025"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "L441-10 du Code de commerce). Pas d'escompte pour paiement anticipé. – 45 j FDM",
            "45 j FDM",
        ),
        ("Net 30 – Goods remain our property until paid", "Net 30"),
        ("Horaires : 8 h - 12 h – Livraison sous 30 jours", None),
        ("Validité 30 jours – Prix nets", None),
        ("45 j FDM", None),  # one item: the line's to read, not an item's
    ],
)
def test_an_item_of_a_footer(text: str, want: str | None) -> None:
    assert _span(text, terms_item(text)) == want


def test_means_captions() -> None:
    assert is_means_caption("Mode")
    assert is_means_caption("Payment method")
    assert is_means_caption("Mode de règlement :")
    assert is_means_caption("Montant à régler")
    assert not is_means_caption("Net 30")
    assert not is_means_caption("Comptant")


def test_a_means_with_its_kind_is_no_terms() -> None:
    cand = Candidate("payment_terms", "LCR directe", 1, None, "text", "label", prior=0.5)
    cands = {"payment_terms": [cand]}
    payment_terms_vetoes(cands)
    assert cand.vetoed is not None


def test_the_day_the_terms_come_to_is_when_to_pay() -> None:
    assert _terms_then("30 jours fin de mois, soit le ") is not None
    assert _terms_then("net 45, i.e. by ") is not None
    assert _terms_then("montant total, soit le ") is None  # no delay before it


def test_a_due_label_that_goes_on_in_terms_is_no_label_of_its_date() -> None:
    from extraction.candidates.collect import _date_after
    from extraction.layout import Segment
    from extraction.result import Word

    def seg(text: str) -> Segment:
        words, x = [], 10.0
        for w in text.split():
            words.append(Word(text=w, bbox=(x, 10.0, x + 6 * len(w), 20.0)))
            x += 6 * len(w) + 4
        return Segment(words, 1)

    assert _date_after(seg("Due: 10/24/2024"), 3)
    assert not _date_after(seg("Due upon receipt, i.e. by 10/24/2024"), 3)


def test_a_caption_word_before_the_terms_is_no_part_of_them() -> None:
    text = "Paiement payable à 50 jours fin de mois – Horaires : 8 h - 12 h"
    assert _span(text, terms_in_sentence(text)) == "payable à 50 jours fin de mois"
    text = "Paiement à 30 jours fin de mois"
    assert _span(text, terms_in_sentence(text)) == "Paiement à 30 jours fin de mois"
