"""Whole documents in languages orderdesk does not read (issue 20): the page says its
language as it is, and nothing on it is shown sure, neither its type nor any field nor any
line, whatever kind of document it is."""

from __future__ import annotations

import pytest

from extraction.resolve import FOREIGN_CAP
from tests.extraction.pages_for_tests import printed, read

SPANISH_INVOICE = """
    40  40  16b Talleres Gómez S.L.
    40  62  10  Calle Mayor 14
    40  75  10  28013 Madrid
    400 40  18b FACTURA
    360 80  10  Número de factura: F-2025-0412
    360 96  10  Fecha: 14/03/2025
    40  140 10  Cliente: Distribuciones Ruiz S.A.
    40  170 10  Le agradecemos su pedido y le facturamos lo siguiente.
    40  220 10  Descripción
    300 220 10  Cantidad
    380 220 10  Precio
    470 220 10  Importe
    40  238 10  Tornillo de acero M8
    300 238 10  100
    380 238 10  0,50
    470 238 10  50,00
    330 520 10  Base imponible
    480 520 10  50,00 €
    330 536 10  IVA 21 %
    480 536 10  10,50 €
    330 552 10  Total factura
    480 552 10  60,50 €
    40  600 10  Forma de pago: transferencia, vencimiento a 30 días.
"""

ITALIAN_ORDER = """
    40  40  16b Officine Rossi S.r.l.
    40  62  10  Via Roma 22
    40  75  10  20121 Milano
    400 40  18b ORDINE
    360 80  10  Numero ordine: OA-2025-118
    360 96  10  Data: 14/03/2025
    40  140 10  Spett. Ferramenta Bianchi S.p.A.
    40  170 10  Vi preghiamo di consegnare la merce indicata di seguito entro la data prevista.
    40  220 10  Descrizione
    300 220 10  Quantità
    380 220 10  Prezzo
    470 220 10  Importo
    40  238 10  Vite in acciaio M8
    300 238 10  100
    380 238 10  0,50
    470 238 10  50,00
    330 520 10  Imponibile
    480 520 10  50,00 €
    330 536 10  IVA 22 %
    480 536 10  11,00 €
    330 552 10  Totale
    480 552 10  61,00 €
    40  600 10  Pagamento: bonifico bancario a 30 giorni data fattura.
"""

DUTCH_DELIVERY = """
    40  40  16b Van Dijk Techniek B.V.
    40  62  10  Kerkstraat 8
    40  75  10  3511 LX Utrecht
    400 40  18b PAKBON
    360 80  10  Pakbonnummer: PB-2025-077
    360 96  10  Datum: 14-03-2025
    40  140 10  Klant: Jansen Bouw B.V.
    40  170 10  Hierbij leveren wij de volgende artikelen op het afleveradres van uw bestelling.
    40  220 10  Omschrijving
    380 220 10  Aantal
    40  238 10  Schroef staal M8
    380 238 10  100
    40  600 10  Voor ontvangst getekend door de klant, met vermelding van de datum.
"""

PORTUGUESE_INVOICE = """
    40  40  16b Metalurgica Silva Lda.
    40  62  10  Rua das Flores 31
    40  75  10  4050-262 Porto
    400 40  18b FATURA
    360 80  10  Número da fatura: FT-2025-0301
    360 96  10  Data: 14/03/2025
    40  140 10  Cliente: Construções Costa S.A.
    40  170 10  Agradecemos a sua encomenda e faturamos os seguintes artigos.
    40  220 10  Descrição
    300 220 10  Quantidade
    380 220 10  Preço
    470 220 10  Valor
    40  238 10  Parafuso de aço M8
    300 238 10  100
    380 238 10  0,50
    470 238 10  50,00
    330 520 10  Total sem IVA
    480 520 10  50,00 €
    330 536 10  IVA 23 %
    480 536 10  11,50 €
    330 552 10  Total a pagar
    480 552 10  61,50 €
    40  600 10  Pagamento por transferência bancária no prazo de 30 dias.
"""


@pytest.mark.parametrize(
    ("page", "language"),
    [
        (SPANISH_INVOICE, "es"),
        (ITALIAN_ORDER, "it"),
        (DUTCH_DELIVERY, "nl"),
        (PORTUGUESE_INVOICE, "pt"),
    ],
)
def test_a_page_in_a_language_not_read_says_so_and_is_sure_of_nothing(
    page: str, language: str
) -> None:
    result = read(*printed(page))
    assert result.language == language
    assert result.to_contract()["language"] == language
    assert result.doc_type_confidence <= FOREIGN_CAP
    assert all(fv.confidence <= FOREIGN_CAP for fv in result.fields.values())
    for line in result.lines:
        assert line.confidence <= FOREIGN_CAP
