"""Payment terms end where a separator starts another item on their line."""

import pytest

from extraction.candidates.terms import up_to_another_item


@pytest.mark.parametrize(
    ("printed", "terms"),
    [
        ("Cash with order – due on 01/19/2026", "Cash with order"),
        (
            "30 jours fin de mois le 10 – échéance au 07/02/2025 – Réf. appel d'offres AO-2025-554",
            "30 jours fin de mois le 10",
        ),
        ("Net 30 | Due date: 12/03/2025", "Net 30"),
        ("2% 10 - Net 30 - due 15.04.2025", "2% 10 - Net 30"),
        ("Due on receipt – Framework agreement MC-2024-576", "Due on receipt"),
        ("60 jours fin de mois – Marché n° 2026616", "60 jours fin de mois"),
        ("Net 30 – Net30 EOM", "Net 30 – Net30 EOM"),
        # no other item after the separator: the terms are the whole phrase
        ("30 % à la commande – solde à 30 jours", "30 % à la commande – solde à 30 jours"),
        ("Net 30 days", "Net 30 days"),
    ],
)
def test_terms_stop_at_another_item(printed: str, terms: str) -> None:
    assert up_to_another_item(printed) == terms
