"""The untitled French sender and the priced goods the document-type tests draw their
pages around, written once (``test_doctype_evidence``, ``test_doctype_untitled``)."""

from __future__ import annotations

from tests.extraction.pages_for_tests import Text, printed, table_rows

# a sender's letterhead, no title
DUPONT_SENDER = printed("""
    40  40  14b Atelier Dupont SARL
    40  62  10  12 rue des Lilas
    40  75  10  69003 Lyon
""")


def priced_goods(top: int) -> list[Text]:
    """Two priced lines under a French header row, the header at ``top``."""
    return table_rows(
        [
            ["Désignation", "Qté", "PU HT", "Montant HT"],
            ["Gants nitrile taille M", "10", "12,00", "120,00"],
            ["Ruban adhésif PP 48 mm", "5", "2,00", "10,00"],
        ],
        [40, 300, 400, 480],
        top,
    )
