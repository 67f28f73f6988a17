"""How names, identifiers and units are compared: the same company written two ways, or a box
of 12 written as 12 pieces, must compare equal."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

# legal forms say nothing about who a company is; they only make fuzzy scores noisier
LEGAL_FORMS = {
    "sarl", "sas", "sasu", "sa", "eurl", "sci", "snc", "scop", "cie", "et", "fils",
    "ltd", "limited", "plc", "llp", "co", "company", "inc", "gmbh", "ag", "bv", "the",
}  # fmt: skip

UNIT_SYNONYMS = {
    "pce": {"pce", "pc", "pcs", "piece", "pieces", "ea", "each", "unit", "units", "u", "un",
            "unite", "unites", "st", "stk", "x"},
    "box": {"box", "boxes", "boite", "boites", "bte", "btes", "bx"},
    "carton": {"carton", "cartons", "ctn", "case", "cases", "colis"},
    "pack": {"pack", "packs", "pk", "paquet", "paquets", "lot", "lots"},
    "m": {"m", "metre", "metres", "meter", "meters", "ml"},
    "kg": {"kg", "kgs", "kilo", "kilos", "kilogramme", "kilogram"},
    "h": {"h", "hr", "hrs", "hour", "hours", "heure", "heures"},
    "l": {"l", "litre", "litres", "liter", "liters"},
    "bag": {"bag", "bags", "sac", "sacs"},
    "drum": {"drum", "drums", "bidon", "bidons"},
    "tin": {"tin", "tins", "pot", "pots"},
    "roll": {"roll", "rolls", "rouleau", "rouleaux", "coil", "couronne"},
    "ream": {"ream", "reams", "ramette", "ramettes"},
}  # fmt: skip
_UNIT_OF = {alias: unit for unit, aliases in UNIT_SYNONYMS.items() for alias in aliases}
PACK_UNITS = {"box", "carton", "pack", "bag", "drum", "roll", "ream", "tin"}


def fold(text: str | None) -> str:
    """Lower case, no accents, punctuation as spaces, single spaces."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


def company_key(name: str | None) -> str:
    """A company name reduced to the words that identify it."""
    words = [w for w in fold(name).split() if w not in LEGAL_FORMS]
    return " ".join(words) or fold(name)


def identifier(value: str | None) -> str:
    """VAT ids, IBANs, SKUs and customer numbers: upper case, no spaces, dots or dashes."""
    return re.sub(r"[\s.\-/_]+", "", value or "").upper()


def unit_key(unit: str | None) -> str:
    folded = fold(unit).replace(" ", "")
    return _UNIT_OF.get(folded, folded)


def unit_factor(
    line_unit: str | None, product_unit: str, pack_size: Decimal | None, pack_unit: str | None
) -> Decimal | None:
    """How many of the product's price units one ``line_unit`` holds; None when unknown.

    ``pack_size``/``pack_unit``: one pack (e.g. a box) holds ``pack_size`` base units (e.g. 12
    pieces). An empty line unit is taken as the product's own unit.
    """
    line, base = unit_key(line_unit), unit_key(product_unit)
    if not line or line == base:
        return Decimal(1)
    pack = unit_key(pack_unit) if pack_unit else None
    if pack_size and (line == pack or (pack is None and line in PACK_UNITS)):
        return pack_size  # the order counts packs, the price list counts base units
    if pack_size and base == pack and line == "pce":
        return 1 / pack_size  # the order counts pieces of a product priced per pack
    return None
