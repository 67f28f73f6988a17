"""``python -m samples.wild.reterm OUT --pool a|b --seed N --count K [--families F1,F2]``

Wild documents whose payment terms are worded in ways the reader was never written for
(issue 20, payment terms): the development vocabulary has nine French and eight English
wordings ("30 jours fin de mois", "Net 30"), which the terms reader was tuned on. Here each
page draws its terms from this module's own pools instead: delays counted from another
moment, written in words, with the means of payment or a discount in the phrase, a moment
of payment with no delay. Everything else is what ``python -m samples.wild`` draws (the
family decides where and under which caption the terms are printed), so a gain here is
the reader recognising the shape of terms, not one more wording.

Two pools: ``a`` to develop on, ``b`` kept aside to measure on (never tune on it). The
wordings were written before the reader was run on them. The truth is what the page
prints (``Printed.put`` is untouched). The patch lives only in this process.
"""

from __future__ import annotations

import sys

from samples.wild import vocab
from samples.wild.patched_cli import run_patched

# pool -> language -> wordings of payment terms
POOLS: dict[str, dict[str, list[str]]] = {
    "a": {
        "fr": [
            "Règlement à 30 jours fin de mois le 10",
            "Payable sous 45 jours date de facture",
            "Paiement sous huitaine",
            "Échéance à 60 jours",
            "LCR à 30 jours fin de mois",
            "Net à 30 jours",
            "Paiement à la commande",
            "Règlement comptant sans escompte",
            "À 45 jours date d'émission",
            "Paiement à quinze jours",
        ],
        "en": [
            "Payment within 30 days",
            "Net 30 days from date of invoice",
            "14 days net",
            "Payable on receipt of invoice",
            "Net 60",
            "End of month + 30 days",
            "Payment in advance",
            "30 days net monthly",
            "1% 10 days, net 30",
            "Due within 21 days",
        ],
    },
    "b": {
        "fr": [
            "Règlement à 45 jours nets date de facture",
            "Payable à 30 jours fin de mois par virement",
            "Paiement à 60 jours fin de mois",
            "À régler sous 30 jours",
            "Traite à 60 jours",
            "Paiement immédiat",
            "Comptant à la livraison",
            "30 jours date de réception de facture",
            "Paiement sous quinzaine",
            "Mandat à 45 jours",
        ],
        "en": [
            "Payment due within 30 days of invoice",
            "Net 45 from invoice date",
            "Payment on delivery",
            "Strictly 30 days",
            "Payable within fourteen days",
            "Net 10",
            "Cash in advance",
            "45 days end of month",
            "Payment 30 days after receipt of goods",
            "3% 7 days, net 45",
        ],
    },
}


def patch(pool: str) -> None:
    """Make every page of this process draw its payment terms from ``pool`` (French and
    English; the other languages keep theirs)."""
    for language, wordings in POOLS[pool].items():
        vocab.PAYMENT_TERMS[language][:] = wordings


def main(argv: list[str] | None = None) -> int:
    return run_patched("python -m samples.wild.reterm", __doc__, POOLS, patch, argv)


if __name__ == "__main__":
    sys.exit(main())
