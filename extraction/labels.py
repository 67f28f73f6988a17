"""French and English labels of header fields, matched at the start of a folded segment.

A label such as "N° de commande" means the document's own number on a purchase order but
the customer's order reference on an invoice, so document-number labels carry the kind of
document they name and are resolved once the document type is known.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from extraction import memos, repairs
from extraction.candidates import confusions
from extraction.label_index import LabelIndex
from extraction.parse.rates import TAX_WORDS
from extraction.parse.text import SPECK_MARK, fold

NUM = r"(?:n\s?°|n\s?o\b\.?|no\.?|nr\.?|num(?:ero)?\.?|#|number|id\b|ref(?:erence)?\.?)"
# a number mark that is not a "reference" ("Customer ref." is the customer's order reference)
NUMBER_ONLY = r"(?:n\s?°|n\s?o\b\.?|no\.?|nr\.?|num(?:ero)?\.?|#|number)"

# words naming a kind of document inside a number label
DOC_WORDS: list[tuple[str, str]] = [
    (
        "order_confirmation",
        r"confirmation(?: de (?:la )?commande)?|accuse de reception(?: de (?:la )?commande)?|ar de commande|ar|order confirmation|(?:order )?acknowledge?ment|(?:order )?ack\.?|sales order",  # noqa: E501
    ),
    (
        "payment_advice",
        r"avis(?: de (?:paiement|virement|reglement))?|remittance(?: advice)?|payment advice|advice|paiement|payment|virement|reglement",  # noqa: E501
    ),
    ("credit_note", r"avoir|facture d'avoir|credit note|credit memo|note de credit|cn"),
    (
        "delivery_note",
        r"bon de livraison|bon d'expedition|bordereau de livraison|bordereau d'expedition|bl"
        r"|livraison|delivery note|delivery|packing slip"
        r"|packing list|dispatch note|despatch note|delivery docket|docket|dispatch|despatch"
        r"|shipment|dn",
    ),
    (
        "purchase_order",
        r"bon de commande|commande d'achat|ordre d'achat|commande|cde|bc|purchase order|order|po"
        r"|p\.o\.|p/o|requisition",
    ),
    ("invoice", r"facture|tax invoice|invoice|inv|bill"),
    # documents of kinds the contract calls "other": their own number only on such a one
    (
        "other",
        r"devis|offre(?: de prix)?|proposition(?: commerciale)?|proforma|pro forma|relance|rappel"
        r"|quotation|quote|estimate"
        r"|(?:payment )?reminder",
    ),
]


@dataclass(frozen=True)
class Label:
    field: str  # a contract field, "docnum:<type>" or "ignore"
    pattern: re.Pattern[str]
    priority: int = 1


# dot leaders joining a label to its value
LEADER = r"[.…·_]{3,}"
# a bare word is a label only when a colon or leaders follow it
_SAID = r"(?=\s*(?::|" + LEADER + r"))"
# ... or when it is alone in its cell, its value beside or under it ("Livraison | 09/12/2024")
_SAID_OR_ALONE = r"(?=\s*(?::|" + LEADER + r"|$))"


def _l(field: str, pattern: str, priority: int = 1) -> Label:
    return Label(
        field,
        # the value may follow a colon, a stop or a spaced dash ("Terms - Net 30")
        re.compile(
            r"^(?:" + pattern + r")(?:(?<![a-z0-9])|(?![a-z0-9]))"
            # a word glued to digits by a stop, a dash or a slash starts an identifier
            # ("CDE.24.3527", "PO-2026-5267"), it labels nothing
            r"(?![./-]\d)"
            # leader dots to the value ("Date ........ 12/03/2025") end the label as a colon
            r"\s*(?:" + LEADER + r"\s*:?|[:.]|[-–—](?=\s))?\s*"
        ),
        priority,
    )


LABELS: list[Label] = []
# a word that says which side or kind of the same document it is, between its name and its
# number mark: "Facture de vente N°", "Facture client n°", "Commercial invoice no."
_QUALIFIER = (
    r" (?:de vente|d'achat|client|fournisseur|commerciale?|rectificative|proforma"
    r"|fiscale|sales|commercial)"
)
for _type, _words in DOC_WORDS:
    LABELS.append(
        _l(
            f"docnum:{_type}",
            rf"(?:{_words})(?:{_QUALIFIER})?\.?\s*:?\s*{NUM}(?:\s*(?:de|du|d'))?",
            2,
        )
    )
    LABELS.append(_l(f"docnum:{_type}", rf"{NUM}\s*(?:de |du |d')?(?:la |l')?(?:{_words})", 2))
# a document's own title word right before its number, the "N°" lost (OCR drops small
# marks): weakest label, and only for the document's own type
TITLE_WORDS: list[tuple[str, str]] = [
    (
        "order_confirmation",
        r"confirmation de (?:la )?commande|accuse de reception(?: de (?:la )?commande)?"
        r"|order confirmation|order acknowledge?ment|a\.?r\.? (?:de )?commande",
    ),
    ("payment_advice", r"avis de (?:paiement|virement|reglement)|remittance advice|payment advice"),
    ("credit_note", r"avoir|facture d'avoir|credit note|credit memo"),
    ("delivery_note", r"bon de livraison|delivery note|packing slip"),
    ("purchase_order", r"bon de commande|purchase order"),
    ("invoice", r"facture|(?:tax |vat |commercial )?invoice"),
    ("other", r"devis|offre de prix|quotation|estimate|relance|payment reminder|reminder"),
]
for _type, _words in TITLE_WORDS:
    LABELS.append(_l(f"docnum0:{_type}", _words, 0))
# a bare "Order:" / "Commande :" / "PO:" / "P.O." before its number: the order's (the
# document's own on an order, the order answered on an invoice or a delivery note)
LABELS.append(
    _l("docnum0:purchase_order", r"(?:commande|order|po|p\.o\.?|p/o)" + _SAID_OR_ALONE, 0)
)
LABELS += [
    _l("docnum:", rf"{NUMBER_ONLY}|numero|number|doc(?:ument)?\.?\s*{NUM}", 1),
    # the number of the document itself, by the accountant's word for it ("Réf. pièce",
    # "N° de pièce", "Document ref.")
    _l(
        "docnum:",
        rf"{NUM}\s*(?:de |du )?(?:la |l')?(?:piece|document)|(?:piece|document)\s*{NUM}",
        1,
    ),
    # a French public buyer's commitment number: what its supplier quotes as the order
    _l(
        "docnum:order_ref",
        rf"(?:{NUM}\s*(?:d')?)?engagement juridique(?:\s*{NUMBER_ONLY})?|{NUMBER_ONLY}\s*ej",
        3,
    ),
    # a bare "Ref." names some reference, seldom surely the document's own number
    _l("docnum:", r"ref(?:erence)?\.?|reference", 0),
    _l(
        "order_number",
        rf"{NUM}\s*(?:de )?commande client|votre (?:bon de )?commande(?:\s*{NUMBER_ONLY})?|bon de commande client|votre ref(?:erence)?|vos? ?ref(?:erence)?s?|ref(?:erence)?\.? client|reference de (?:la )?commande client|[vy]/ ?(?:commande|cde|ref\.?)|your order|your po|your ref(?:erence)?\.?|your order ref(?:erence)?|customer ref(?:erence)?\.?|cust\.? ref\.?|cust(?:omer)?\.? order (?:no\.?|number|#)|customer po|customer order|client po|your p\.o\.?|buyer'?s? ref(?:erence)?\.?|commande client|ref(?:\.|erence)? (?:de )?(?:la )?commande|order ref(?:erence)?|po ref(?:erence)?|purchase order ref(?:erence)?",  # noqa: E501
        3,
    ),
    # the buyer's order named by whose it is or by a possessive inside the label:
    # "Cust. order", "Client order no.", "Buyer's order no.", "Réf. de votre commande"
    _l(
        "order_number",
        rf"(?:cust(?:omer)?\.?|client|buyer'?s?|purchaser'?s?)\s*(?:order|po|p\.o\.|p/o)(?:\s*{NUM})?"
        rf"|(?:{NUM})\s*(?:de |du )?(?:votre|vos|your)\s*(?:bon de )?(?:commande|cde|order|po)"
        rf"(?:\s*{NUMBER_ONLY})?",
        3,
    ),
    _l(
        "document_date",
        r"date issued|(?:invoice|order|issue|document|credit note|advice|confirmation|delivery note) date|date of issue|date of (?:the )?(?:invoice|order|document|credit note|quot(?:e|ation))|date d'emission|date (?:de |du |d')?(?:la |l')?(?:facture|commande|avoir|emission|document|confirmation|avis|bon|bl)|date de facturation|date d'edition|tax point|p\.?o\.? date|quot(?:e|ation) date|estimate date|date du devis|date de (?:la )?relance|reminder date|date|dated?|fait le|emise? le|edite le|etabli le|facturee? le|invoiced on|issued on|ordered on|order placed(?: on)?|placed on|commandee? le|passee? le",  # noqa: E501
        1,
    ),
    _l(
        "delivery_date",
        r"date (?:de )?livraison(?: (?:prevue|souhaitee|demandee))?|livraison (?:prevue|souhaitee|demandee)(?: le)?|livraison le|a livrer le|delai de livraison|date (?:d')?expedition|expedie le|livre le|delivery date|delivery required(?: by| on)?|required by|requested delivery(?: date)?|expected delivery(?: date)?|ship(?:ping)? date|shipped on|dispatch(?:ed)? (?:date|on)|despatch(?:ed)? (?:date|on)|delivered on|delivery on|date of delivery"  # noqa: E501
        r"|deliver(?:y)? (?:by|before)|to be delivered (?:by|on|before)|livrable le"
        # the day planned, wished or estimated, in the words of other senders
        r"|(?:date de )?livraison (?:estimee|planifiee|confirmee|convenue|pour le"
        r"|au plus tard le|souhaitee (?:pour )?le)"
        r"|a livrer (?:pour le|avant le|au plus tard le)|livrer avant le"
        r"|(?:est(?:imated)?\.?|planned|scheduled|confirmed|promised|target)"
        r" (?:delivery|ship(?:ping)?)(?: date)?"
        r"|delivery (?:expected|scheduled|planned|due)(?: on| by| for)?"
        r"|expected (?:on|date|by)|need(?:ed)? by|ship by"
        # works are delivered when they are carried out: a builder's start date
        r"|debut des travaux|date de debut des travaux|works start(?: date)?|start date"
        r"|date d'intervention",
        2,
    ),
    _l(
        "due_date",
        r"date d'echeance|echeance(?: le)?|a regler (?:au plus tard |avant )?le|a regler avant|date limite de paiement|a payer (?:avant le|avant|le)|payable (?:avant le|avant|le)|(?:invoice |payment )?due date|payment due(?: date| on| by)?|due (?:on|by)|pay(?:able)? by|please pay by|due",  # noqa: E501
        2,
    ),
    _l(
        "payment_date",
        r"date (?:de |du )?(?:paiement|virement|reglement)|paiement effectue le|paye le|vire le|payment date|value date|date of payment|paid on|date valeur",  # noqa: E501
        2,
    ),
    _l(
        "customer_number",
        rf"(?:{NUM}\s*(?:de )?client|code client|compte client|client\s*{NUM}|customer\s*(?:{NUMBER_ONLY}|id|code|account(?:\s*{NUM})?)|account\s*{NUM}|cust\.?\s*(?:id|no\.?|code)|acc(?:oun)?t\.?\s*{NUMBER_ONLY}|acc\.\s*{NUMBER_ONLY}|a/c\.?(?:\s*{NUMBER_ONLY})?|{NUMBER_ONLY}\s*(?:de )?compte(?: client)?|votre (?:code|numero|n°) client|your (?:customer|account) (?:no|number)|account)",  # noqa: E501
        2,
    ),
    # wordings of other senders: the debtor's, the buyer's or the sold-to party's number, a
    # client code; a bare "Client" or "Compte" only before an identifier on its line (before a
    # name it captions the customer's block)
    _l(
        "customer_number",
        rf"client code|code du client|debtor\s*(?:{NUMBER_ONLY}|id|code|account)?|buyer\s*(?:{NUMBER_ONLY}|id|code)|sold[- ]to(?: party)?\s*(?:{NUMBER_ONLY}|id)|your account|account (?:code|id)|member\s*(?:{NUMBER_ONLY}|id)|{NUMBER_ONLY}\s*(?:d')?adherent"  # noqa: E501
        r"|(?:client|compte|debiteur)(?=\s*[:#]?\s*[a-z]{0,4}[-/]?\d[\w\-/.]*\s*$|\s*:\s*$)"
        # a bare "Compte" cell, its value beside or under it, as a bare "Account" is read
        r"|compte(?=\s*$)",
        2,
    ),
    _l(
        "ignore",
        rf"{NUM}\s*(?:de )?fournisseur|code fournisseur|fournisseur\s*{NUM}|(?:supplier|vendor)\s*(?:{NUM}|id|code)|notre (?:code|numero) fournisseur|our (?:supplier|vendor) (?:no|number)|siret|siren|rcs|capital|ape|naf|tel|fax|phone|email|e-mail|page"  # noqa: E501
        # terms that are not the payment's: the Incoterm of a delivery
        r"|terms of delivery|delivery terms|shipping terms|incoterms?|conditions de livraison"
        # how the payment is made, not when: a caption beside the terms' is no terms value
        r"|moyens? de paiement|payment method|method of payment|payment means|means of payment"
        # a VAT number's label is not the VAT total: "TVA intracommunautaire", "VAT Reg. No."
        rf"|(?:{NUM}\s*(?:de )?)?tva intracom\w*\.?|{NUM}\s*(?:de )?tva\b|(?:vat|tva) (?:reg(?:istration)?\.? )?(?:no\b\.?|number|n°|id\b)",  # noqa: E501
        2,
    ),
    # a bare word before a colon that names the delivery or the conditions: the date or
    # the delay after it, if it is one, by its shape (``fields.WEAK_LABEL``: offered only)
    _l("delivery_date", r"(?:livraison|delai|delivery|expedition|expected)" + _SAID_OR_ALONE, 1),
    _l("payment_terms", r"(?:conditions?|paiement|payment)" + _SAID_OR_ALONE, 1),
    _l("currency", r"devise|monnaie|currency", 2),
    # a party named by a label on one line ("Customer name: ACME")
    _l(
        "customer_name",
        r"customer name|client name|nom (?:du )?client|buyer name|raison sociale client",
        3,
    ),
    _l("supplier_name", r"supplier name|vendor name|seller name|nom (?:du )?fournisseur", 3),
    _l(
        "payment_terms",
        r"conditions de (?:paiement|reglement)|modalites de (?:paiement|reglement)|delais? de (?:paiement|reglement)|mode de reglement|reglement|pay(?:ment)? terms|payment conditions|credit terms|terms of payment|terms",  # noqa: E501
        2,
    ),
    _l(
        "total_net",
        r"total h\.?t\.?|montant h\.?t\.?|total hors tax(?:e|es)?|montant hors tax(?:e|es)?|net total|total net(?: amount)?|total excl(?:uding|[.,:])? (?:vat|tax)|total before tax|net amount|total \(excl\.? vat\)|total ht",  # noqa: E501
        3,
    ),
    _l("subtotal", r"sous-total(?: h\.?t\.?)?|sous total|subtotal|sub-total|total brut", 1),
    _l("discount", r"remise|escompte|discount|rabais", 1),
    _l(
        "total_tax",
        r"total (?:tva|vat|tax)|montant (?:de la )?tva|total taxes|tva|vat|tax|(?:sales|output) tax)(?:\s*\(?\s*(?:a |@ |sur )?\d{1,2}(?:[.,]\d{1,2})?\s*%\s*\)?)?"  # noqa: E501
        # the base the rate was applied to, printed in the label: "TVA 20 % sur 1 234,00"
        r"(?:\s*(?:de|sur|on|of|from)\s+(?:[$€£]\s?)?\d[\d\s.,'\u00a0]*\d(?:\s*(?:eur|usd|gbp|chf|cad|€|\$|£))?)?(?:",
        2,
    ),
    _l(
        "total_gross",
        r"total t\.?[t1il]\.?c\.?|montant t\.?[t1il]\.?c\.?|net a payer|total a payer|montant a payer|total a regler|total due|amount due|balance due|grand total|total incl(?:uding|[.,])? (?:vat|tax)|total \(incl\.? vat\)|total amount|montant total|total paid|total paye|total regle|total vire|montant (?:paye|regle|vire)|amount paid|total payment|invoice total|total toutes taxes comprises|montant du (?:virement|reglement|paiement)|payment amount|amount of payment|remittance amount|amount remitted|balance outstanding|outstanding balance|montant du|solde a regler|solde du|total restant du|total",  # noqa: E501
        2,
    ),
    # what an American invoice calls the amount charged; weaker than any "total"
    _l("total_gross", r"total charges|charges|amount charged|montant facture", 1),
]


# Labels of languages orderdesk does not read (German, Italian, Spanish): values under them
# are proposed for a clerk to confirm, never auto-accepted (``LabelHit.foreign``), and only
# the header fields read them (tables and party blocks keep to French and English).
_FNUM = r"(?:n\.?\s?o\.?|n\.?|nr\.?|no\.?|nummer|numero|num\.?|#)"
_FDOCS: list[tuple[str, str]] = [
    ("invoice", r"rechnung|fattura|factura"),
    ("delivery_note", r"lieferschein|ddt|documento di trasporto|albaran(?: de entrega)?"),
    (
        "credit_note",
        r"gutschrift|nota di credito|nota de (?:credito|abono)|abono|factura rectificativa",
    ),
    ("order_confirmation", r"auftragsbestatigung|auftrag|conferma(?: d'ordine)?|confirmacion"),
    (
        "payment_advice",
        r"zahlungsavis|avviso(?: di (?:pagamento|bonifico))?|aviso(?: de (?:pago|transferencia))?"
        r"|pagamento|pago",
    ),
    ("purchase_order", r"bestellung|bestell|ordine|pedido|orden de compra"),
    ("other", r"angebot|preventivo|presupuesto|mahnung|zahlungserinnerung|sollecito"),
]
FOREIGN: list[Label] = []
for _type, _words in _FDOCS:
    FOREIGN.append(_l(f"docnum:{_type}", rf"(?:{_words})s?[\s-]?(?:{_FNUM}|referenz)", 2))
    FOREIGN.append(_l(f"docnum:{_type}", rf"{_FNUM}\s*(?:de |di |del |della )?(?:{_words})", 2))
FOREIGN += [
    _l(
        "order_number",
        rf"ihre bestellung(?:\s*{_FNUM})?|ihre bestell-?{_FNUM}|ihr zeichen|ihre referenz|vs\.? ordine|vs\.? rif\.?|pedido (?:del )?cliente|vostro ordine|rif\.? ordine(?: cliente)?|vostro riferimento|su pedido|su referencia|su ref\.?|ref\.? (?:del )?cliente|referencia (?:del )?cliente|rif\.? cliente|riferimento cliente|{_FNUM} (?:de )?pedido (?:del )?cliente",  # noqa: E501
        3,
    ),
    _l(
        "document_date",
        r"datum|rechnungsdatum|belegdatum|ausstellungsdatum|data(?: (?:del )?documento| fattura| (?:di )?emissione)?|fecha(?: de emision| (?:de )?factura| del documento)?",  # noqa: E501
        1,
    ),
    _l(
        "due_date",
        r"fallig(?: am| bis)?|falligkeit(?:sdatum)?|zahlbar bis|(?:data )?scadenza|(?:fecha de )?vencimiento",  # noqa: E501
        2,
    ),
    _l(
        "delivery_date",
        r"lieferdatum|liefertermin|wunschtermin|versanddatum|data (?:di )?consegna|consegna prevista|data (?:di )?spedizione|fecha de (?:entrega|envio)|entrega prevista",  # noqa: E501
        2,
    ),
    _l(
        "customer_number",
        rf"kunden-?{_FNUM}|kd\.?-?{_FNUM}|kd\.?\s{_FNUM}|kundenkonto|debitor(?:en)?-?(?:{_FNUM})?|kundennummer|codice cliente|cliente\s*{_FNUM}|{_FNUM}\s*(?:de )?cliente|codigo (?:de )?cliente",  # noqa: E501
        2,
    ),
    _l(
        "payment_terms",
        r"zahlungsbedingungen|zahlungsziel|condizioni di pagamento|modalita di pagamento|termini di pagamento|condiciones de pago|forma de pago",  # noqa: E501
        2,
    ),
    _l(
        "total_net",
        r"nettobetrag|summe netto|gesamt netto|netto|totale imponibile|imponibile|base imponible|total neto|importe neto",  # noqa: E501
        3,
    ),
    _l("total_tax", r"mwst\.?|ust\.?|umsatzsteuer|(?:totale |importe |total )?iva", 2),
    _l(
        "total_gross",
        r"gesamtbetrag|bruttobetrag|rechnungsbetrag|gesamtsumme|endbetrag|zu zahlen|totale(?: documento| fattura| da pagare)?|importe total|total factura|total a pagar",  # noqa: E501
        2,
    ),
    _l("currency", r"wahrung|valuta|moneda|divisa", 2),
    # a bare number mark written the Spanish, Italian or German way ("N.º", "Nr.")
    _l("docnum:", r"n\.\s?o\b\.?|nummer", 1),
    _l(
        "payment_date",
        r"fecha (?:de )?valor|fecha de pago|data (?:di )?valuta|data (?:di )?pagamento|valutadatum|zahlungsdatum|wertstellung",  # noqa: E501
        2,
    ),
    _l(
        "ignore",
        r"partita iva|p\.?\s?iva|ust-?id(?:-?nr\.?)?|steuer-?nr\.?|nif|cif|codice fiscale|telefon|telefono|seite|pagina",  # noqa: E501
        2,
    ),
]


@dataclass(frozen=True)
class LabelHit:
    field: str
    end: int  # offset in the segment text where the value may start
    priority: int
    foreign: bool = False  # a label of a language orderdesk does not read
    # read from its words, not a listed wording: its values are offered, never shown sure
    composed: bool = False
    confused: bool = False  # read only once a glyph OCR confused was undone


def match_label(folded: str, foreign: bool = False) -> LabelHit | None:
    """The longest label at the start of ``folded`` (ties: higher priority); with
    ``foreign``, labels of other languages too (a French or English one wins a tie).

    Only the labels that can start with ``folded``'s first character are tried
    (``label_index``), in the lists' order, so the result is that of trying them all."""
    best: LabelHit | None = None
    best_len = -1
    for label, is_foreign in label_index().candidates(folded, foreign):
        m = label.pattern.match(folded)
        if not m:
            continue
        length = len(m.group(0).rstrip())
        if length > best_len or (length == best_len and best and label.priority > best.priority):
            best = LabelHit(label.field, m.end(), label.priority, is_foreign)
            best_len = length
    return best


_INDEX: list[LabelIndex] = []


def label_index() -> LabelIndex:
    """The index of the current ``LABELS`` and ``FOREIGN``, built again when either list
    changed (calibration takes labels out in place to measure what they earn)."""
    if not _INDEX or not _INDEX[0].holds(LABELS, FOREIGN):
        _INDEX[:] = [LabelIndex(LABELS, FOREIGN)]
    return _INDEX[0]


# A totals label built of a head word and qualifiers ("Order total", "Total before VAT",
# "Montant final", "Valeur nette totale"): which total it names follows from its words,
# not from a list of every wording
_TOTAL_HEADS = {"total", "totale", "totaal", "montant", "amount", "sum", "summe", "importe"}
_NOT_MONEY = {
    "quantity",
    "qty",
    "quantite",
    "qte",
    "pages",
    "page",
    "poids",
    "weight",
    "colis",
    "parcels",
    "packages",
    "items",
    "articles",
    "lignes",
    "lines",
    "heures",
    "hours",
    "units",
    "unites",
    "pieces",
    "pcs",
    "kg",
    "volume",
    "cartons",
    "pallets",
    "palettes",
    "words",
    "lettres",
    "letters",
    "sous",
    "sub",
    "subtotal",
    "remise",
    "discount",
    "rabais",
    "escompte",
    "acompte",
    "deposit",
    "paid",
    "paye",
    "regle",
    "previous",
    "precedent",
    "anterieur",
}
_GROSS_WORDS = {
    "ttc",
    "incl",
    "including",
    "inclusive",
    "gross",
    "brutto",
    "final",
    "due",
    "payer",
    "pay",
    "payable",
    "regler",
    "grand",
    "general",
    "toutes",
    "after",
    "order",
    "invoice",
    "facture",
    "commande",
    "document",
}
_NET_WORDS = {
    "ht",
    "hors",
    "excl",
    "excluding",
    "exclusive",
    "before",
    "avant",
    "sans",
    "without",
    "net",
    "nette",
    "netto",
}
_LABEL_WORDS = re.compile(r"^[a-z][a-z.'()/-]*(?:[ \t]+\(?[a-z][a-z.'()/-]*){0,5}")


def compose_total(folded: str) -> LabelHit | None:
    """The total a label of a head word ("total", "montant", "amount") and qualifiers names,
    or None when its words name no total of money."""
    m = _LABEL_WORDS.match(folded)
    if m is None:
        return None
    words = re.findall(r"[a-z]+", m.group(0))
    if not _TOTAL_HEADS.intersection(words) or _NOT_MONEY.intersection(words) or len(words) < 2:
        return None
    if _GROSS_WORDS.intersection(words) and not (
        _NET_WORDS.intersection(words) and "payer" not in words and "due" not in words
    ):
        field = "total_gross"
    elif _NET_WORDS.intersection(words):
        field = "total_net"
    elif TAX_WORDS.intersection(words):
        field = "total_tax"
    else:
        field = "total_gross"
    end = m.end()
    tail = re.match(r"[ \t]*[:.]?[ \t]*", folded[end:])
    return LabelHit(field, end + (tail.end() if tail else 0), 1)


# A customer-number label built of a word for the customer's account and a word for a
# number or code, in either order and any of the languages whose words these are ("N.º
# cliente", "Kunden-Nr.", "Klantnummer", "Client ID", "Codice cliente"): read from its parts
# when no listed wording names it, so its values are proposed, never auto-accepted
# (the French accountants' "tiers": the third party, customer or supplier, of a ledger)
_PARTY_WORD = r"(?:client[ea]?|customer|cust\.?|kunden?|kd\.?|klant|debit(?:eu)?r(?:en)?|acheteur|buyer|comprador|acquirente|cuenta|conto|compte|account|acct\.?|tiers)"  # noqa: E501
# (a "reference" after the customer is its order's, "Réf. client": listed, and it stays so
# as the listed wording reads as much of the label)
_NUMBER_WORD = r"(?:n\s?°|n\.?\s?o\.?|no\.?|nr\.?|n\.|nummer|numm?ero|number|num\.?|#|code|codice|codigo|cod\.?|id|identifiant|identifier|ident\.?|ref(?:erence)?\.?|compte|account|acct\.?|konto|cuenta|conto)"  # noqa: E501
_COMPOSED_NUMBER = re.compile(
    r"(?:votre |vos |your |v/ ?)?"
    rf"(?:{_NUMBER_WORD}\s*(?:de |du |del |di |des |van )?(?:l'|la |le )?{_PARTY_WORD}"
    rf"|{_PARTY_WORD}[\s-]?{_NUMBER_WORD})(?![a-z])[ \t]*[:.]?[ \t]*"
)


def compose_customer_number(folded: str) -> LabelHit | None:
    """The customer-number label a party word and a number word make, or None."""
    m = _COMPOSED_NUMBER.match(folded)
    if m is None:
        return None
    return LabelHit("customer_number", m.end(), 1, True)


# A due-date label built of a word for paying and one for a deadline, in any
# order ("Payment expected by", "Date limite de règlement", "Settle by", "À régler pour le",
# "Zahlbar bis"), or of a word that alone says when to pay ("Échéance", "Due"): read from
# its words when no listed wording names it, so its values are offered, never auto-accepted
_DATE_LABELS = ("document_date", "delivery_date", "due_date", "payment_date")
_DUE_ALONE = {"due", "echeance", "scadenza", "vencimiento", "fallig", "falligkeit", "payable"}
_PAY = {
    "pay",
    "payment",
    "paiement",
    "payer",
    "regler",
    "reglement",
    "settle",
    "settlement",
    "remit",
    "zahlbar",
    "zahlung",
    "pagamento",
    "pagare",
    "pago",
    "pagar",
}
# (a bare "date" with a word for paying is as often the day it was paid: "Payment date")
_WHEN_WORDS = {
    "by",
    "before",
    "avant",
    "le",
    "until",
    "bis",
    "entro",
    "limite",
    "limit",
    "deadline",
    "latest",
    "tard",
    "expected",
    "attendu",
    "attendue",
    "prevu",
    "prevue",
    "required",
    "requested",
}
# words that make a label name something else than the day to pay by: an amount, the
# terms or the means, a reference, a bank account, a payment made, a penalty
_NOT_DUE = {
    "total",
    "amount",
    "montant",
    "balance",
    "solde",
    "sum",
    "reference",
    "ref",
    "number",
    "no",
    "numero",
    "mode",
    "moyen",
    "means",
    "method",
    "methode",
    "terms",
    "term",
    "conditions",
    "condition",
    "modalites",
    "delai",
    "iban",
    "bank",
    "banque",
    "compte",
    "account",
    "paid",
    "paye",
    "payee",
    "regle",
    "reglee",
    "effectue",
    "vire",
    "recu",
    "received",
    "value",
    "valeur",
    "advice",
    "avis",
    "retard",
    "late",
    "penalty",
    "penalite",
    "interest",
    "escompte",
    "discount",
    "details",
    "coordonnees",
    "instructions",
    "receipt",
    "reception",
    "delivery",
    "livraison",
    "order",
    "commande",
    "days",
    "jours",
    "mois",
    "month",
    "months",
    "upon",
    "invoice",
    "facture",
}
_MONTH_NAMES = (
    r"jan\w*|feb\w*|fev\w*|mar\w*|apr\w*|avr\w*|may|mai|jun\w*|juin|jul\w*|juil\w*"
    r"|aug\w*|aou\w*|sep\w*|oct\w*|nov\w*|dec\w*|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*"
    r"|lundi|mardi|mercredi|jeudi|vendredi"
)
_DUE_LABEL = re.compile(r"^[a-z][a-z'-]*(?:[ \t]+[a-z][a-z'-]*){0,4}")


def compose_due_date(folded: str) -> LabelHit | None:
    """The due-date label a word for paying and a word for a moment make, or a word that
    alone says when to pay, or None."""
    m = _DUE_LABEL.match(folded)
    if m is None:
        return None
    words = re.findall(r"[a-z]+", m.group(0))
    if _NOT_DUE.intersection(words):
        return None
    if not _DUE_ALONE.intersection(words) and not (
        _PAY.intersection(words) and _WHEN_WORDS.intersection(words)
    ):
        return None
    end = m.end()
    # "Due date March 12, 2025": a month's name starts the value, not more of the label
    month = re.search(rf"\b(?:{_MONTH_NAMES})\b", folded[:end])
    if month is not None and month.start() > 0:
        end = month.start()
    tail = re.match(r"[ \t]*(?:[:.]|[-–—](?=\s))?[ \t]*", folded[end:])
    return LabelHit("due_date", end + (tail.end() if tail else 0), 1, composed=True)


# the words that say a tax is left out of an amount ("before tax", "hors taxes", "excl.
# VAT", "w/o VAT", "net of tax"): the amount they qualify is the net, whatever head word
# comes before them, and the tax word in them names no tax
NET_QUALIFIER = re.compile(
    r"[ \t]*\(?[ \t]*(?:before|avant|hors|excl(?:uding|usive)?\.?|sans|without|w/o|net of|"
    r"pre-?)[ \t]*(?:(?:de |of |la |l')[ \t]*)?(?:sales[ \t]+)?(?:taxes|taxe|tax|tva|vat|gst|"
    r"t\.v\.a\.?)(?![a-z])\.?[ \t]*\)?[ \t]*[:.]?[ \t]*"
)
# head words an amount's label may start with before such a qualifier ("Goods before tax",
# "Base hors taxes", "Valeur hors taxes"), up to two of them, or none ("Hors taxes")
_NET_HEAD = re.compile(
    r"(?:(?:total|montant|amount|sum|sub-?total|sous-?total|net|value|valeur|base|goods|"
    r"merchandise|marchandises|order|commande|invoice|facture)[ \t]+){0,2}"
)


def net_qualified(folded: str) -> LabelHit | None:
    """The net total's label that a qualifier leaving the tax out makes, after up to two
    head words ("Goods before tax", "Sub-total before tax", "Hors taxes"), or None. Read
    from its words, so its values are offered, never shown sure."""
    head = _NET_HEAD.match(folded)
    start = head.end() if head else 0
    q = NET_QUALIFIER.match(folded, start)
    if q is None or (start == 0 and q.start() != 0):
        return None
    return LabelHit("total_net", q.end(), 1, composed=True)


def ends_with_net_qualifier(folded: str) -> bool:
    """Does ``folded`` end with the word that leaves the tax out ("before", "hors", "excl.")
    of a tax word that follows it?"""
    return (
        re.search(
            r"(?:before|avant|hors|excl(?:uding|usive)?\.?|sans|without|w/o|net of)"
            r"[ \t(]*(?:de |of |la |l')?[ \t]*$",
            folded,
        )
        is not None
    )


def _composed(folded: str, hit: LabelHit | None) -> LabelHit | None:
    """``hit``, or the composed totals label where it reads more of the label than ``hit``."""
    if hit is not None and (
        hit.field not in ("total_gross", "total_net", "total_tax") or hit.foreign
    ):
        return hit
    composed = compose_total(folded)
    if composed is None or (
        hit is not None
        and len(folded[: composed.end].rstrip(" :.")) <= len(folded[: hit.end].rstrip(" :."))
    ):
        return hit
    return composed


# a speck OCR reads as a quote mark or a stop just before a word ("‘Date", ".Total")
_SPECK = re.compile(r"^" + SPECK_MARK + r"\s?(?=[a-z])")


# the addressee's or the issuer's own: "Votre n° de commande", "Your order no.", "Notre
# référence de commande"
_THEIRS = re.compile(r"^(?:votre|vos|your|v/)\s*")
_OURS = re.compile(r"^(?:notre|nos|our|n/)\s*")


def _possessive(folded: str) -> LabelHit | None:
    """A number label after "your" names the addressee's document (an order the customer
    placed: the order reference); after "our", the issuer's own."""
    for pattern, theirs in ((_THEIRS, True), (_OURS, False)):
        m = pattern.match(folded)
        if m is None or m.end() == 0:
            continue
        hit = match_label(folded[m.end() :])
        if hit is None or not hit.field.startswith("docnum:"):
            return None
        named = hit.field.split(":", 1)[1]
        field = hit.field
        if theirs:
            if named not in ("purchase_order", ""):
                return None
            field = "order_number"
        return LabelHit(field, hit.end + m.end(), hit.priority, hit.foreign)
    return None


# match_header_label's answers by segment: a dozen readers (labels, dates, terms, the
# reference runs) ask about the same segments of a page, each answer is worked out once
# while the labels, the composed totals' reader and the speck repair stay as they were
_HEADER_MEMO: dict[str, LabelHit | None] = {}
_HEADER_STATE: list[object] = []
_HEADER_MEMO_SIZE = 20_000
memos.kept(_HEADER_MEMO.clear)


def match_header_label(folded: str) -> LabelHit | None:
    """``match_label`` for a header field, past a speck in front of the label or inside it.

    Only header fields look past it: in a table a garbled column title with a speck
    ("“Montant HT") must not read as the totals label that ends the table."""
    state = (label_index(), compose_total, repairs.on("label_speck_before"))
    if [state] != _HEADER_STATE or len(_HEADER_MEMO) >= _HEADER_MEMO_SIZE:
        _HEADER_MEMO.clear()
        _HEADER_STATE[:] = [state]
    if folded in _HEADER_MEMO:
        return _HEADER_MEMO[folded]
    hit = _HEADER_MEMO[folded] = _header_label(folded)
    return hit


def _header_label(folded: str) -> LabelHit | None:
    hit = _composed(folded, match_label(folded, foreign=True))
    qualified = net_qualified(folded)
    if (
        qualified is not None
        and (hit is None or hit.field in ("total_gross", "total_tax", "subtotal"))
        and (hit is None or qualified.end >= hit.end)
    ):
        # the qualifier decides which total the label names: "Sub-total before tax" is the
        # net, not a subtotal followed by a tax label
        hit = qualified
    if hit is None or hit.end < 6:
        mine = _possessive(folded)
        if mine is not None and (hit is None or mine.end > hit.end):
            hit = mine
    composed = compose_customer_number(folded)
    if composed is not None and (hit is None or composed.end > hit.end):
        hit = composed  # reads more of the label than any listed wording
    composed = compose_due_date(folded)
    if (
        composed is not None
        and (hit is None or composed.end > hit.end)
        # a listed label of terms or of an amount names its field, what follows is its
        # value ("Zahlungsbedingungen | Sofort fällig"); one of another date may be the
        # start of a longer due-date label ("Date de règlement | attendue")
        and (hit is None or hit.field in _DATE_LABELS)
    ):
        hit = composed
    short = shorthand_label(folded)
    if short is not None and (
        hit is None or label_length(folded, short) > label_length(folded, hit)
    ):
        hit = short  # "Date livr." reads more as "Date livraison" than as a bare "Date"
    if hit is not None:
        return hit
    speck = _SPECK.match(folded) if repairs.on("label_speck_before") else None
    if speck is not None:
        hit = match_label(folded[speck.end() :], foreign=True)
        if hit is not None:
            return LabelHit(hit.field, hit.end + speck.end(), hit.priority, hit.foreign)
    return None


# a label read with one glyph taken for its look-alike ("THRE BESTELLUNG" for "IHRE",
# "T0TAL", "lnvoice date" past the word mending): the letters of the one confusion table
# (candidates/confusions.py) undone one at a time, a digit in a word read back as its letter
LABEL_SWAP_COST = 0.4
_LABEL_SWAPS: dict[str, list[str]] = confusions.label_swaps(LABEL_SWAP_COST)
# the shortest label text a misread glyph may be undone in: a short word one glyph from a
# label ("Dale" for "Date") is as likely another word; a number's label ("PQ #", "RFF.")
# may be shorter, as its value must be an identifier
MIN_CONFUSED_LABEL = 6
MIN_CONFUSED_NUMBER_LABEL = 4
MIN_CONFUSED_BARE_WORD = 4  # a bare title word without a number mark
# how far into a segment a misread glyph is looked for (labels are at its start)
_CONFUSED_SPAN = 24


@functools.lru_cache(maxsize=4096)
def confused_label(folded: str) -> LabelHit | None:
    """The label ``folded`` (an OCR'd segment) starts with once one glyph OCR confuses is
    read as its look-alike; such a label is trusted as one of a language
    orderdesk does not read (``foreign``: its values proposed, never auto-accepted). None
    when no swap, or swaps naming different fields, make a label."""
    found: dict[str, LabelHit] = {}
    best_len = 0
    for i, size, printed in confusions.swaps_in(folded, _LABEL_SWAPS, span=_CONFUSED_SPAN):
        variant = folded[:i] + printed + folded[i + size :]
        hit = match_label(variant, foreign=True)
        if hit is None:
            continue
        length = len(variant[: hit.end].rstrip(" :.#"))
        # the swap must fall inside the label, and the label be long enough
        shortest = (
            MIN_CONFUSED_NUMBER_LABEL if hit.field.startswith("docnum") else MIN_CONFUSED_LABEL
        )
        marked = len(variant[: hit.end].strip())  # "PQ #" with its mark
        if i >= length or (length if shortest == MIN_CONFUSED_LABEL else marked) < shortest:
            continue
        if hit.field.startswith("docnum0:") and length < MIN_CONFUSED_BARE_WORD:
            continue  # a bare "PO:" is too short to be read back from another word
        shift = len(printed) - size
        moved = LabelHit(hit.field, hit.end - shift, hit.priority, foreign=True, confused=True)
        if length > best_len:
            found, best_len = {hit.field: moved}, length
        elif length == best_len:
            found.setdefault(hit.field, moved)
    return next(iter(found.values())) if len(found) == 1 else None


# a label read with several glyphs taken for their look-alikes, as a fax's small capitals
# are ("VOTRL BON UL COMMANDL": each E lost its upper bars, the D its bowl's top): the
# segment's first words that are no word of any label are read back, a glyph or two a word
# (the one confusion table, case kept: ``confusions.glyph_swaps``), as words of the labels
CONFUSED_WORD_COST = 0.5  # the loosest confusion undone
CONFUSED_WORDS_BUDGET = 2.0  # the most the glyphs undone in one label may cost together
LETTERS_PER_SWAP = 3.5  # a label must be this many letters long for each glyph undone in it
_CONFUSED_WORDS = 5  # how many of a segment's first words are looked at
_MAX_COMBINATIONS = 256
_GLYPH_SWAPS: dict[str, list[tuple[str, float]]] = confusions.glyph_swaps(CONFUSED_WORD_COST)
_LOST: list[tuple[str, float]] = confusions.lost_glyphs(CONFUSED_WORD_COST)
# a word, or a mark the table reads as another ('N" de facture': the degree sign)
_TOKEN = re.compile(r"[^\W_]+|[\"·']")


@functools.cache
def _label_vocabulary() -> frozenset[str]:
    """The words (two letters and more) the labels are written with ("votre", "de")."""
    words: set[str] = set()
    for label in LABELS + FOREIGN:
        words.update(re.findall(r"[a-z]{2,}", label.pattern.pattern))
    return frozenset(words)


@functools.cache
def _lost_index() -> dict[str, list[tuple[str, float]]]:
    """The label words of four letters and more as read with one thin glyph lost
    ("facure" -> "facture"): what was read -> [(word, cost)]."""
    index: dict[str, list[tuple[str, float]]] = {}
    for word in _label_vocabulary():
        if len(word) < 4:
            continue
        for i, ch in enumerate(word):
            for lost, c in _LOST:
                if ch == lost:
                    index.setdefault(word[:i] + word[i + 1 :], []).append((word, c))
    return index


def _word_readings(word: str, limit: int = 2) -> dict[str, tuple[float, int]]:
    """The words of the labels ``word`` (as read, case kept) is once up to ``limit`` of its
    glyphs are read as their look-alikes, or one thin glyph it lost is put back (words of
    three letters and more): folded word -> (cost, glyphs undone), cheapest."""
    vocabulary = _label_vocabulary()
    lost = _lost_index()
    out: dict[str, tuple[float, int]] = {}

    def keep(built: str, cost: float, swaps: int) -> None:
        if built not in out or out[built][0] > cost:
            out[built] = (cost, swaps)

    def walk(i: int, built: str, cost: float, swaps: int) -> None:
        if cost > CONFUSED_WORDS_BUDGET:
            return
        if i == len(word):
            if swaps and built in vocabulary:
                keep(built, cost, swaps)
            if swaps < limit and len(built) >= 3:
                for whole, c in lost.get(built, ()):
                    if cost + c <= CONFUSED_WORDS_BUDGET:
                        keep(whole, cost + c, swaps + 1)
            return
        walk(i + 1, built + word[i].lower(), cost, swaps)
        if swaps < limit:
            for size in (1, 2):
                part = word[i : i + size]
                for printed, c in _GLYPH_SWAPS.get(part, ()) if len(part) == size else ():
                    walk(i + size, built + printed, cost + c, swaps + 1)

    if len(word) == 1 and not word.isalnum():
        return {printed: (c, 1) for printed, c in _GLYPH_SWAPS.get(word, ())}
    walk(0, "", 0.0, 0)
    return out


@functools.lru_cache(maxsize=4096)
def confused_words_label(text: str) -> tuple[LabelHit, float] | None:
    """The label ``text`` (an OCR'd segment, case as read) starts with once several glyphs
    OCR confuses are read as their look-alikes (``_word_readings``), with what undoing them
    cost; the reading that makes the longest label wins, then the cheapest, and none when
    readings as long and as cheap name different fields.
    Like ``confused_label``'s, such a label is trusted as a foreign one (its values offered,
    never auto-accepted)."""
    folded = fold(text)
    if len(folded) != len(text):
        return None
    vocabulary = _label_vocabulary()
    tokens = list(_TOKEN.finditer(text))[:_CONFUSED_WORDS]
    options: list[list[tuple[str, float, int]]] = []
    for m in tokens:
        as_read = folded[m.start() : m.end()]
        readings = [(as_read, 0.0, 0)]
        if as_read not in vocabulary and not as_read.isdigit():
            readings += [(w, c, n) for w, (c, n) in _word_readings(m.group()).items()]
        if not options and len(readings) == 1 and as_read not in vocabulary and len(as_read) > 1:
            return None  # a label starts its segment: with no word of one, no label
        options.append(readings)
    if all(len(o) == 1 for o in options):
        return None
    best: dict[str, LabelHit] = {}
    best_key = (0, 0.0)  # (label length, minus its cost)
    best_cost = 0.0
    for count, choice in enumerate(itertools.product(*options)):
        if count >= _MAX_COMBINATIONS:
            break
        cost = sum(c for _, c, _ in choice)
        swaps = sum(n for _, _, n in choice)
        if not swaps or cost > CONFUSED_WORDS_BUDGET:
            continue
        parts, last, shift, reach = [], 0, 0, 0
        for m, (word, _, n) in zip(tokens, choice, strict=False):
            parts.append(folded[last : m.start()] + word)
            last = m.end()
            shift += len(word) - (m.end() - m.start())
            if n:
                reach = m.end() + shift  # where the last word read back ends, in the variant
        variant = "".join(parts) + folded[last:]
        hit = match_label(variant, foreign=True)
        if hit is None:
            continue
        length = len(variant[: hit.end].rstrip(" :.#"))
        letters = sum(ch.isalpha() for ch in variant[:length])
        if reach > length or letters < max(MIN_CONFUSED_LABEL, LETTERS_PER_SWAP * swaps):
            continue
        if hit.end - shift < reach - shift or hit.end - shift > len(folded):
            continue
        moved = LabelHit(hit.field, hit.end - shift, hit.priority, foreign=True, confused=True)
        key = (length - shift, -cost)
        if key > best_key:
            best, best_key, best_cost = {hit.field: moved}, key, cost
        elif key == best_key:
            best.setdefault(hit.field, moved)
    if len(best) != 1:
        return None
    return next(iter(best.values())), best_cost


def label_length(folded: str, hit: LabelHit) -> int:
    """How much of ``folded`` the label of ``hit`` reads (its value's mark aside)."""
    return len(folded[: hit.end].rstrip(" :.#"))


def tolerant_label(folded: str, hit: LabelHit | None, text: str | None = None) -> LabelHit | None:
    """``hit`` (the label matched as read), or the confused label (``confused_label``) where
    it reads more of an OCR'd segment than ``hit``: "Date de llvraison" is a delivery date's
    label, not a bare "Date" before words. Given the segment's ``text`` as read, a label with
    several glyphs confused is looked for too (``confused_words_label``) when one is not."""
    if not repairs.on("label_confusions"):
        return hit
    confused = confused_label(folded)
    if confused is None and text is not None and repairs.on("label_confused_words"):
        several = confused_words_label(text)
        confused = several[0] if several else None
    if confused is None or (
        hit is not None and label_length(folded, hit) >= label_length(folded, confused)
    ):
        return hit
    return confused


_ANSWERS = ("invoice", "credit_note", "delivery_note", "order_confirmation")


def resolve_docnum(field: str, doc_type: str) -> str | None:
    """Which contract field a document-number label fills on a document of ``doc_type``."""
    if field.startswith("docnum0:"):
        named = field.split(":", 1)[1]
        if named == doc_type:
            return "document_number"
        # "Purchase Order: ACH/2024/744" on the documents that answer an order
        return "order_number" if named == "purchase_order" and doc_type in _ANSWERS else "ignore"
    if not field.startswith("docnum:"):
        return field
    named = field.split(":", 1)[1]
    if named == "order_ref":  # the buyer's reference of its order, never its own number
        return "ignore" if doc_type == "purchase_order" else "order_number"
    if not named or named == doc_type:
        return "document_number"
    if named == "purchase_order":
        return "order_number"
    if doc_type == "credit_note" and named == "invoice":
        return "ignore"
    if doc_type == "order_confirmation" and named == "purchase_order":
        return "order_number"
    return "ignore"


# A sender's own shorthand or a misspelt word in a label ("Date livr.", "Cond. de paiement",
# "Order Nbr", "Conditions de reglt", "Date d expédition", "Comande n°"): the label's
# words written out, or read as the nearest word of the labels' vocabulary, before the
# labels are matched again. Such a label was never printed as listed: it is read as
# ``composed`` (its values offered, never auto-accepted) until a fit has measured it.
ABBREVIATIONS: dict[str, str] = {
    "livr": "livraison",
    "liv": "livraison",
    "cond": "conditions",
    "condit": "conditions",
    "reglt": "reglement",
    "regl": "reglement",
    "rglt": "reglement",
    "paiemt": "paiement",
    "pmt": "payment",
    "paymt": "payment",
    "pymt": "payment",
    "nbr": "number",
    "nmbr": "number",
    "num": "numero",
    "fact": "facture",
    "fac": "facture",
    "exp": "expedition",
    "exped": "expedition",
    "expe": "expedition",
    "deliv": "delivery",
    "dlvry": "delivery",
    "cmd": "commande",
    "cde": "commande",
    "cmde": "commande",
    "ord": "order",
    "purch": "purchase",
    "ref": "ref",
}
# the fields such a label may give: numbers, dates and terms (amounts and parties have
# their own composed readings)
_SHORTHAND_FIELDS = ("order_number", "delivery_date", "due_date", "payment_terms")
_SHORTHAND_WORDS = 6
# shorthand written without a stop
_BARE_SHORTHAND = ("nbr", "nmbr", "reglt", "rglt", "cde", "cmd", "cmde", "pmt", "paymt")
SHORTHAND_MIN_RATIO = 88.0


@functools.cache
def _long_vocabulary() -> tuple[str, ...]:
    """The labels' words of five letters and more, the ones a misspelling is read back to."""
    return tuple(sorted(w for w in _label_vocabulary() if len(w) >= 5))


def nearest_of(word: str, words: tuple[str, ...], min_ratio: float) -> str | None:
    """The one word of ``words`` that ``word`` is nearest to (rapidfuzz ratio at least
    ``min_ratio``, clearly nearer than any other, the same first letter), or None."""
    from rapidfuzz import fuzz, process

    found = process.extract(word, words, scorer=fuzz.ratio, limit=2)
    if not found or found[0][1] < min_ratio:
        return None
    if len(found) > 1 and found[1][1] >= found[0][1] - 2:
        return None  # as near to two words: no reading
    best = str(found[0][0])
    return best if best[0] == word[0] else None


@functools.lru_cache(maxsize=16384)  # a page's words recur in many segments and readers
def _nearest_word(word: str) -> str | None:
    """The one word of the labels' vocabulary ``word`` is a misspelling of (an edit or two
    in a word of five letters and more, the same first letter, not an inflection of it)."""
    if len(word) < 5 or word in _label_vocabulary():
        return None
    best = nearest_of(word, _long_vocabulary(), SHORTHAND_MIN_RATIO)
    if best is None or word.startswith(best):
        return None  # "invoiced" is "invoice" said of something, not a misspelling
    return best


memos.kept(_nearest_word.cache_clear)


@functools.lru_cache(maxsize=8192)
def shorthand_label(folded: str) -> LabelHit | None:
    """The label ``folded`` starts with once its first words' shorthand is written out and
    its misspelt words read as the labels' (``ABBREVIATIONS``, ``_nearest_word``); None
    when no word was changed, when the label does not reach past a changed word, or when
    it names a field outside ``_SHORTHAND_FIELDS`` and the document numbers'."""
    # "d expedition", "l adresse": an apostrophe lost in the text layer
    lost = re.search(r"\b[dl] (?=[aeiouyh])", folded[:40])
    reach = lost.end() if lost is not None else -1
    folded = re.sub(r"\b([dl]) (?=[aeiouyh])", r"\1'", folded)
    words = list(re.finditer(r"[a-z]+\.?", folded))[:_SHORTHAND_WORDS]
    parts: list[str] = []
    last, shift = 0, 0
    for m in words:
        word = m.group(0).rstrip(".")
        dotted = m.group(0).endswith(".")
        written = ABBREVIATIONS.get(word) if (dotted or word in _BARE_SHORTHAND) else None
        written = written or _nearest_word(word)
        if written is None or written == word:
            continue
        parts.append(folded[last : m.start()] + written)
        last = m.start() + len(word) + (1 if dotted else 0)
        shift += len(written) - (last - m.start())
        reach = last + shift
    if reach < 0:
        return None
    variant = "".join(parts) + folded[last:]
    hit = match_label(variant)
    if hit is None or hit.end < reach:
        return None  # the label stops before a word written out: that word is no label's
    named = resolve_docnum(hit.field, "invoice") if hit.field.startswith("docnum") else None
    if named is None and hit.field not in _SHORTHAND_FIELDS:
        return None
    end = hit.end - shift
    if end <= 0 or end > len(folded):
        return None
    return LabelHit(hit.field, end, hit.priority, composed=True)
