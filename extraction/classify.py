"""Document type and language from French and English vocabulary, weighted by layout.

A title word printed big near the top says far more than the same word in a sentence
("facture" appears on purchase orders too: "adresse de facturation"), so matches in the
upper part of page 1 and in large type weigh more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extraction.layout import PageLayout, Segment

# (doc type, pattern on folded text); longer, more specific phrases first
TITLE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (t, re.compile(p))
    for t, p in [
        # documents orderdesk does not process, though they name invoices or orders: a
        # reminder or a statement about invoices, a quotation before any order
        (
            "other",
            r"\b(relance|rappel de (paiement|facture)|lettre de rappel|mise en demeure|"
            r"(payment |second |final )?reminder|dunning|overdue notice|"
            r"devis|quotation|quote|estimate|offre de prix|proposition commerciale|"
            r"pro ?forma|statement of account|releve de compte|account statement|"
            r"mahnung|zahlungserinnerung|angebot|presupuesto|cotizacion|preventivo|offerta|"
            r"offerte|herinnering|sollecito( di pagamento)?|avviso di sollecito|"
            r"recordatorio de pago|aanmaning|betalingsherinnering)\b",
        ),
        (
            "order_confirmation",
            r"\b(confirmation de (la )?commande|accuse de reception de (la )?commande|accuse de reception|ar de commande|accuse de commande|order confirmation|sales order|conferma (d'|dell')?ordine|order acknowledge?ment|sales order confirmation|confirmation of order|auftragsbestatigung|bestellbestatigung|confirmacion de pedido|conferma d'ordine|orderbevestiging)\b",  # noqa: E501
        ),
        (
            "payment_advice",
            r"\b(avis de (paiement|virement|reglement)|remittance advice|avviso di (bonifico|pagamento)|aviso de (transferencia|pago)|payment advice|payment notification|advice of payment|zahlungsavis|aviso de pago|avviso di pagamento|betalingsadvies)\b",  # noqa: E501
        ),
        (
            "credit_note",
            r"\b(facture d'avoir|avoir|note de credit|credit note|credit memo|gutschrift|factura rectificativa|nota de abono|rechnungskorrektur|stornorechnung|fattura di storno|nota de credito|nota di credito|creditnota)\b",  # noqa: E501
        ),
        (
            "delivery_note",
            r"\b(bon de livraison|bordereau de livraison|bon d'expedition|bordereau d'expedition|avis d'expedition|delivery note|delivery docket|packing slip|packing list|packing note|dispatch note|shipping note|despatch note|lieferschein|albaran|nota de entrega|documento di trasporto|bolla di consegna|pakbon|leverbon)\b",  # noqa: E501
        ),
        (
            "purchase_order",
            r"\b(bon de commande|commande d'achat|commande fournisseur|ordre d'achat|purchase order|\w*bestellung|pedido de compra|orden de compra|pedido|ordine d'acquisto|ordine|bestelling|inkooporder)\b",  # noqa: E501
        ),
        ("invoice", r"\b(facture|invoice|tax invoice|rechnung|factura|fattura|factuur|fatura)\b"),
    ]
]

_FR_WORDS = set(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "de",
        "et",
        "à",
        "au",
        "aux",
        "pour",
        "par",
        "sur",
        "avec",
        "date",
        "total",
        "montant",
        "prix",
        "quantité",
        "désignation",
        "commande",
        "facture",
        "livraison",
        "adresse",
        "tva",
        "ht",
        "ttc",
        "conditions",
        "paiement",
        "jours",
        "réf",
        "client",
        "fournisseur",
        "unité",
        "avoir",
        "règlement",
        "échéance",
        "virement",
        "votre",
        "notre",
    ]
)
_EN_WORDS = set(
    [
        "the",
        "of",
        "and",
        "to",
        "for",
        "by",
        "on",
        "with",
        "date",
        "total",
        "amount",
        "price",
        "quantity",
        "description",
        "order",
        "invoice",
        "delivery",
        "address",
        "vat",
        "tax",
        "terms",
        "payment",
        "days",
        "ref",
        "customer",
        "supplier",
        "unit",
        "credit",
        "due",
        "remittance",
        "your",
        "our",
        "bill",
        "ship",
        "net",
    ]
)


@dataclass(frozen=True)
class Classification:
    doc_type: str
    confidence: float
    title_bbox: tuple[float, float, float, float] | None = None
    runner_up: str | None = None  # the next most likely type, if any word spoke for one


# a document's kind named after a possessive or a "ref." is another document the page refers
# to ("Votre commande", "Your Quote No.", "Ihr Angebot"), not what this page is
REFERS_TO = re.compile(
    r"\b(your|our|votre|vos|notre|nos|ihr|ihre|ihrem|ihres|unser|unsere|unserem|vostro|vostra|"
    r"nostro|nostra|su|sus|nuestro|nuestra|uw|onze|ref|reference|selon|suivant|per|"
    r"according to|against|re)\.?\s*:?\s*$"
)
# a title that is a single generic word ("Order", "Commande", "ORDINE"), maybe with its number
# and date: an order, most likely the buyer's, but less said than "Purchase Order"
BARE_TITLE = re.compile(
    r"^(order|commande|ordine|pedido|auftrag|bestelling)\b\s*"
    r"((no|n°|nr|n|#|number|numero|num)\b.*|[:#]?\s*[a-z0-9][\w/.-]*\d.*)?$"
)
# the most a bare, generic title may make the type sure
GENERIC_CAP = 0.85


def _title_hit(text: str) -> tuple[str, re.Match[str]] | None:
    """The first (most specific) title pattern in ``text`` that names this document, not a
    document it refers to."""
    for doc_type, pattern in TITLE_PATTERNS:
        for m in pattern.finditer(text):
            if not REFERS_TO.search(text[: m.start()]):
                return doc_type, m
    return None


def classify(layouts: list[PageLayout]) -> Classification:
    """The document's kind from its title words, weighted by where and how big they are.

    The single strongest occurrence decides and repeats add a little; the confidence grows
    with the winner's margin and strength and stays low when only a generic title ("Order")
    or words in small type speak for it."""
    if not layouts or not any(lay.rows for lay in layouts):
        return Classification("other", 0.0)
    first = next(lay for lay in layouts if lay.rows)
    heights = sorted(s.height for s in first.segments)
    body = heights[len(heights) // 2] if heights else 10.0
    scores: dict[str, float] = {}
    best_title: dict[str, tuple[float, tuple[float, float, float, float]]] = {}
    generic: set[str] = set()
    # a spaced-out title may be split in two segments ("PACKING | SLIP"): whole rows are
    # read too, for a name that only appears across a segment boundary
    candidates: list[tuple[Segment, list[str]]] = [(s, []) for s in first.segments]
    candidates += [
        (Segment(r.words, r.page, r.index), [s.folded for s in r.segments])
        for r in first.rows
        if len(r.segments) > 1
    ]
    # each candidate's first (most specific) title pattern, searched once
    titled: list[tuple[Segment, list[str], str, str, re.Match[str]]] = []
    for seg, parts in candidates:
        text = seg.folded
        hit = _title_hit(text)
        if hit is not None:
            titled.append((seg, parts, text, *hit))
    # "big" is measured against the biggest title word too: a column label that OCR
    # boxes a little tall ("Invoice Date" over the invoices a payment advice settles)
    # must not count as much as the title printed in large type above it
    biggest = max((seg.height for seg, *_ in titled), default=0.0)
    for seg, parts, text, doc_type, match in titled:
        if any((h := _title_hit(p)) is not None and h[1].re is match.re for p in parts):
            continue  # already counted from the segment itself
        weight = 1.0
        if seg.top < first.height * 0.4:
            weight += 1.0
        if seg.height >= max(body * 1.3, biggest * 0.75):
            weight += 3.0
        if len(text) <= 45:
            weight += 1.0
        if text.strip().startswith(match.group(0)):
            weight += 1.0
        scores[doc_type] = scores.get(doc_type, 0.0) + weight
        prev = best_title.get(doc_type)
        if prev is None or weight > prev[0]:
            best_title[doc_type] = (weight, (seg.x0, seg.top, seg.x1, seg.bottom))
    # a generic one-word title counts only printed as a title: big, in the upper part
    for seg in first.segments:
        if seg.top > first.height * 0.4 or seg.height < max(body * 1.3, biggest * 0.75):
            continue
        if not BARE_TITLE.match(seg.folded.strip(" :.")):
            continue
        weight = 5.0
        prev = best_title.get("purchase_order")
        if prev is None or weight > prev[0]:
            scores["purchase_order"] = scores.get("purchase_order", 0.0) + weight
            best_title["purchase_order"] = (weight, (seg.x0, seg.top, seg.x1, seg.bottom))
            generic.add("purchase_order")
    if not scores:
        return Classification("other", 0.2)
    # the strongest single occurrence decides; repeats only add a little
    scores = {t: best_title[t][0] + 0.2 * (s - best_title[t][0]) for t, s in scores.items()}
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    top_type, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    strong = best_title[top_type][0]
    margin = (top - second) / top
    confidence = min(0.99, 0.5 + 0.3 * margin + 0.04 * strong)
    if top_type in generic:
        confidence = min(confidence, GENERIC_CAP)
    runner = ranked[1][0] if len(ranked) > 1 else None
    return Classification(top_type, round(confidence, 3), best_title[top_type][1], runner)


def _vocab(words: str) -> set[str]:
    return set(words.split())


# function words and document words of languages orderdesk may receive but does not read
_OTHER_WORDS: dict[str, set[str]] = {
    "de": _vocab(
        "der die das und für mit von zu den dem des ist nicht auf bei rechnung datum betrag "
        "menge preis summe gesamt lieferung kunde zahlung bitte netto brutto mwst ust "
        "bestellung lieferschein artikel beschreibung einzelpreis gesamtbetrag zahlbar "
        "innerhalb tagen ohne abzug steuernummer rechnungsnummer kundennummer"
    ),
    "es": _vocab(
        "el los las del y para con por factura fecha importe cantidad precio cliente pago "
        "entrega iva número pedido albarán descripción unidad base imponible forma vencimiento "
        "señores atentamente"
    ),
    "it": _vocab(
        "il lo gli della di e per con da fattura data importo quantità prezzo totale cliente "
        "pagamento consegna iva numero ordine descrizione imponibile scadenza spett "
        "partita"
    ),
    "nl": _vocab(
        "het een en van voor met op te factuur datum bedrag aantal prijs totaal klant betaling "
        "levering btw bestelling omschrijving vervaldatum factuurnummer"
    ),
}


_ROMANCE_SHARED = {"de", "la", "total", "date"}


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code of the language of ``text`` and the share of its marker words.

    French and English are told apart by their own words; another language is reported only
    when its words clearly outnumber both (orderdesk then says so rather than misread)."""
    words = re.findall(r"[a-zàâçéèêëîïôûùüÿœäößñòì']+", text.lower())
    fr = sum(1 for w in words if w in _FR_WORDS)
    en = sum(1 for w in words if w in _EN_WORDS)
    others = {code: sum(1 for w in words if w in vocab) for code, vocab in _OTHER_WORDS.items()}
    code, count = max(others.items(), key=lambda kv: kv[1])
    # "de", "la", "total" are as Spanish or Italian as French: they tell French from English,
    # not from its neighbours
    fr_own = sum(1 for w in words if w in _FR_WORDS and w not in _ROMANCE_SHARED)
    if count >= 5 and count > 1.5 * max(fr_own, en):
        return code, round(count / (count + fr + en), 3)
    if fr + en == 0:
        return "en", 0.3
    lang = "fr" if fr > en else "en"
    return lang, round(max(fr, en) / (fr + en), 3)
