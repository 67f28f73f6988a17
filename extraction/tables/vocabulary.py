"""What a column label says its column holds. A label is evidence, not the decision: the
column's content (and the arithmetic of its rows) can overrule it."""

from __future__ import annotations

import re
from functools import lru_cache

from extraction import repairs
from extraction.lines import _role_of
from extraction.parse.text import fold

# roles a label may name beyond those ``extraction.lines`` knows; checked first
_EXTRA: list[tuple[str, str]] = [
    ("line_no", r"#|n|n°|no\.?|nr\.?|pos\.?|position|poste|line|ligne|lig\.?|item #|item no\.?"),
    (
        "sku",
        r"part ?no\.?|part ?#|part number|product no\.?|product number|product id|catalog(?:ue)? no\.?|cat\. ?no\.?|item code|sku ?#?|ref(?:erence)?\.? ?(?:article|produit)?|code produit|n° article|no article|article ?n°|material|material ?no\.?|material number",  # noqa: E501
    ),
    (
        "description",
        r"item description|product description|description of goods|designation|desc\.?|libelle article|description article|product ?/ ?service|produit ?/ ?service|activity|service|services|item ?/ ?description|goods",  # noqa: E501
    ),
    (
        "shipped",
        r"shipped|qty shipped|quantity shipped|delivered|qty delivered|qte livree"
        r"|quantite livree|livre|livree|shipped quantity"
        r"|qte expediee|quantite expediee|expedie|expediee",
    ),
    (
        "ordered",
        r"ordered|qty ordered|quantity ordered|qte commandee|quantite commandee|commande|commandee|ordered quantity|qte ?cdee",  # noqa: E501
    ),
    (
        "quantity",
        r"qty/hr|qty ?/ ?hrs?|hours|hrs|heures|qte\.?|qty\.?|quantite|quantity|nbre|colis",
    ),
    (
        "unit_price",
        r"prix unitaire|prix unit\.? ?(?:ht)?|unit price|price each|price/unit|unit cost|rate|p\.u\.? ?(?:ht)?|pu ?ht|tarif|prix brut|prix net|net price|unit price \(?.{0,4}\)?",  # noqa: E501
    ),
    (
        "discount",
        r"rem\.?|remise|remise ?%|rem\.? ?%|% ?rem\.?|reduc\.?|disc\.?|disc\.? ?%|discount"
        r"|discount ?%|rabais|escompte",
    ),
    (
        "line_total",
        r"prix ht|montant ht|total ht|montant|amount|line total|ext\.? price|extended|extension|total|net amount|montant net|montant net ht|valeur nette|total \(?.{0,4}\)?",  # noqa: E501
    ),
    (
        "other",
        r"date|service date|per|par|pour|weight.*|poids.*|tax amount|montant tva|vat amount|currency|devise|purchase order|po|p\.o\.|imputation(?: budgetaire| comptable)?|cost cent(?:re|er)|kostenstelle|centro di costo|gl account|account|compte|lot|lot ?(?:no\.?|n°|nr\.?|number)|(?:n°|no|numero) (?:de )?lot|wt\.?(?: ?\(?(?:kg|lbs?)\)?)?|(?:gross|net) wt\.?.*|batch.*|lotto|charge|serial.*|back ?order.*|b/o",  # noqa: E501
    ),
]
# the customer's own code for the item ("Réf. client", "Customer part"): a code column,
# not the supplier's article code the line's code is (code_columns.py)
_EXTRA += [
    (
        "other",
        r"(?:ref(?:erence)?\.?|code|cd|part|art(?:icle)?\.?|item)"
        r" ?(?:client|customer|cust\.?|acheteur|buyer|cli?\.?)"
        r"|(?:client|customer|cust\.?|buyer)"
        r" ?(?:ref(?:erence)?\.?|code|part(?: ?no\.?)?|item(?: code)?|sku|#|id|no\.?)",
    )
]
# the supplier's article code in the words that say so ("N° art.", "Code art.", "Réf.
# fourn.", "Supplier code", "Mfr. part no.")
_EXTRA += [
    (
        "sku",
        r"(?:n°|no) ?art(?:\.|icle)?|code art(?:\.|icle)?|ref(?:erence)?\.? fourn(?:\.|isseur)?"
        r"|(?:supplier|vendor|manufacturer|mfr\.?)"
        r" ?(?:code|ref(?:erence)?\.?|part(?: ?no\.?)?|item(?: code)?)",
    )
]
# the same roles in the other languages of European order documents (German, Italian,
# Spanish, Dutch): a table is read by structure even where the rest of the page is not
_EXTRA += [
    ("line_no", r"riga|pos|pos\.|lfd\.? ?nr\.?|regel|linea|lin\."),
    (
        "sku",
        r"art\.?-? ?nr\.?|artikel ?nr\.?|artikelnummer|codice|cod\.|codigo|artikelnr\.?|art\.-№"
        r"|(?:cod\.?|codice|codigo) ?(?:articolo|art\.?|articulo|prodotto|producto)",
    ),
    (
        "description",
        r"beschreibung|bezeichnung|artikel|artikelbezeichnung|descrizione|articolo|articulo|descripcion|concepto|omschrijving|produkt",
    ),
    (
        "ordered",
        r"(?:q\.? ?ta|quantita) ordinata|ordinat[ao]|bestellt|bestellmenge|cantidad pedida"
        r"|pedid[ao]|besteld",
    ),
    (
        "shipped",
        r"(?:q\.? ?ta|quantita) (?:consegnata|spedita)|consegnat[ao]|spedit[ao]|geliefert"
        r"|liefermenge|cantidad (?:entregada|servida)|entregad[ao]|servid[ao]|geleverd",
    ),
    (
        "other",
        r"residuo|rest(?:menge)?|pendiente|backorder|offen|da consegnare|reste a livrer"
        r"|reliquat|qte restante|restant|to follow|(?:qty )?outstanding",
    ),
    ("quantity", r"menge|anz\.?|anzahl|quantita|qta\.?|cantidad|cant\.?|aantal|stk\.?"),
    (
        "unit_price",
        r"preis|einzelpreis|e-preis|stuckpreis|prezzo|prezzo unitario|prezzo unit\.?|precio|precio unitario|precio unit\.?|p\. ?unitario|prijs|stukprijs|eenheidsprijs",  # noqa: E501
    ),
    ("discount", r"rabatt|sconto|descuento|dto\.?|korting"),
    (
        "tax_rate",
        r"tx\.? ?(?:de )?(?:tva|taxe)|taux de tva|taux de taxe|tx\.? ?%?"
        r"|mwst\.?|mwst\.? ?%|ust\.?|ust\.? ?%|iva|iva ?%|btw|btw ?%"
        r"|% ?(?:iva|mwst|ust|btw|tva|vat)",
    ),
    (
        "line_total",
        r"gesamtpreis|gesamt|betrag|summe|importo|totale|importe|bedrag|totaal|netto|gesamtbetrag",
    ),
    # the label is matched with its last dot stripped: "U.M." is "u.m"
    ("unit", r"einheit|einh\.?|me|um|u\.m\.?|unita|unidad|ud\.?|eenheid"),
    # an ERP's unit of quantity: "UQ" (unité de quantité), "Un"
    ("unit", r"uq|u\.q\.?|un"),
    # a French unit of sale: "UV" (unité de vente)
    ("unit", r"uv|u\.v\.?"),
    # a quantity and its unit in one column ("24 roll")
    ("quantity", r"(?:qty|qte|quantity|quantite|menge) ?(?:un|uq|u\.?|uom|unit|unite|me)"),
]
# a price before and after the discount ("Prix tarif", "P.U. brut", "List price", "P.U.
# net", "Net unit"): both name a unit price; which one the rows' unit price is, the
# discount column beside them decides (roles.assign)
_EXTRA += [
    (
        "unit_price",
        r"(?:prix|p\.? ?u\.?|pu) ?(?:brut|net|tarif)(?: ht)?|prix tarif|tarif unit(?:aire)?"
        r"|(?:list|gross|net|nett) (?:price|unit|unit price)|unit (?:list|gross|net)",
    ),
    ("discount", r"% ?off|off ?%"),
    ("ordered", r"qty ord\.?|order qty"),
]
# how an item is packed ("Colisage", "Conditionnement", "Pack type") and how many parcels
# hold it ("Nb colis", "Pkgs"): neither is the item's wording nor its quantity. A bare
# "Pack", "Cond." or "Packing" is left out: over a column of units it is the unit
_EXTRA += [
    (
        "other",
        r"colisage|conditionnement|emballage|pack ?(?:type|size|sz)"
        r"|packed as|packaging|(?:nb|nbre|nombre) (?:de )?(?:colis|uc|cartons?)"
        r"|pkgs|no\.? of (?:pkgs|packages|cartons|parcels)|parcels|cartons",
    ),
]
# real senders' wordings of the code, the text, the quantity shipped and what is left to
# ship ("Réf. art.", "Stock no.", "Désignation article", "Despatched", "RAL", "B/O qty")
_EXTRA += [
    ("sku", r"ref\.? ?art\.?|stock (?:no\.?|#)|ref\.? produit"),
    ("description", r"designation (?:article|produit)s?|libelle produit"),
    ("shipped", r"(?:qty )?(?:despatched|dispatched)"),
    ("other", r"ral|b/?o qty|qty b/?o"),
]
# labels cut short as narrow columns print them ("Mt HT", "Unit pr."): a
# role's word abbreviated, with the qualifier the full label carries; checked last
_SHORT: list[tuple[str, str]] = [
    ("line_no", r"line no\.?|pos\.? n°|n° (?:de )?ligne|no\.? ligne"),
    ("sku", r"part no\.?|cat\.? #"),
    ("description", r"item desc\.?|desc\.? article|goods (?:and|&) services"),
    ("ordered", r"qte cde\.?|qte cdee|quantity ord\.?"),
    ("quantity", r"qtes|qty billed|qte facturee|quantite facturee"),
    (
        "unit_price",
        r"unit pr\.?|u/p|px unit\.?|prix unitaire (?:ht|hors taxes?)|price per unit"
        r"|unit price excl\.? tax",
    ),
    (
        "line_total",
        r"mt\.? ht|mnt\.? ht|montant hors taxes?|tot\.? ht|net amt\.?|amt\.?|ext\.?"
        r"|line total excl\.? tax",
    ),
    ("other", r"back-? ?ord\.?|back-?order(?:ed)?"),
]
_EXTRA_PATTERNS = [(role, re.compile(r"^(?:" + p + r")$")) for role, p in _EXTRA]
_SHORT_PATTERNS = [(role, re.compile(r"^(?:" + p + r")$")) for role, p in _SHORT]

NUMERIC_ROLES = (
    "line_no",
    "quantity",
    "shipped",
    "ordered",
    "unit_price",
    "discount",
    "tax_rate",
    "line_total",
)


@lru_cache(maxsize=4096)
def label_role(text: str) -> str | None:
    """The role a column label names ("Qté livrée" -> shipped), or None."""
    folded = re.sub(r"\s+", " ", fold(text)).strip(" .:;,'()[]|_-")
    if not folded or any(ch.isdigit() for ch in folded.replace("n°", "")):
        return None
    for role, pattern in _EXTRA_PATTERNS:
        if pattern.match(folded):
            return role
    found = _role_of(folded, False)
    if found == "bar_code":  # which column it is depends on the others (``header_columns``)
        found = None
    if found is None and repairs.on("short_labels"):
        found = next((role for role, p in _SHORT_PATTERNS if p.match(folded)), None)
    if found is None and "%" in folded:
        # a rate's column named with its sign ("Rabatt %", "% Sconto"): the word names it,
        # the sign only says it holds rates
        rest = label_role(folded.replace("%", " "))
        if rest in ("discount", "tax_rate"):
            return rest
    if found is None and "/" in folded:
        # two names for one column ("Compte / Fonction", "Kostenstelle / Konto"): a
        # column of bookkeeping codes when one of them names one and the other nothing
        parts = {label_role(part) for part in folded.split("/") if part.strip()}
        if parts - {None} == {"other"}:
            return "other"
    return found


# look-alikes undone in an OCR'd label (a fax's or a 200 dpi scan's "Descrlzlone"), at
# most this costly each (``extraction.candidates.confusions``)
_LABEL_SWAP_COST = 0.4
_LABEL_SWAPS_MAX = 2


@lru_cache(maxsize=4096)
def confused_label_role(text: str) -> str | None:
    """The role an OCR'd one-word label names once one or two glyphs are read as their
    look-alikes ("Descrlzlone" -> description, "Quantitc" -> quantity), when every such
    reading that names a column names the same one; None otherwise. A label lost to a
    glyph leaves its column unnamed, and the table's columns are then read by their
    content alone: the code column beside an unnamed description is taken for text."""
    from extraction.candidates.confusions import label_swaps, variants

    word = fold(text).strip(" .:;,'()[]|_-")
    if len(word) < 5 or not word.isalpha() or label_role(word) is not None:
        return None
    roles: set[str] = set()
    for level in variants(word, label_swaps(_LABEL_SWAP_COST), _LABEL_SWAPS_MAX, widths=(1,)):
        roles = {role for role in map(label_role, level) if role is not None}
        if roles:
            break
    if len(roles) != 1 or roles == {"other"}:
        return None
    return next(iter(roles))
