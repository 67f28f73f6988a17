"""The units of measure line tables print (French and English, and the German, Spanish
and Italian words and short forms European suppliers print): a closed set, used as
evidence that a short word beside a quantity or at the end of a description is a unit.
Where a unit stands is read from the table's structure (``desc_units``,
``desc_quantities``); the word alone decides nothing."""

from __future__ import annotations

import re
import unicodedata

_WORDS = """
pce pces pc pcs piece pieces pièce pièces u un unit units unité unités ea each st
kg g mg t tonne tonnes l lt litre litres liter liters ml cl
m mm cm km m2 m² m3 m³ ml lm mètre mètres meter meters metre metres
h hr hrs hour hours heure heures j jour jours day days mois month months semaine week
box boxes boîte boîtes bte btes bag bags sac sacs roll rolls rouleau rouleaux rlx
ream reams ramette ramettes drum drums bidon bidons tin tins pot pots coil coils
couronne couronnes forfait forfaits ff lot lots set sets kit kits pack packs paquet paquets
pqt carton cartons ctn palette palettes pallet pallets pal pair pairs paire paires
doz dozen douzaine sheet sheets feuille feuilles bottle bottles bouteille bouteilles
can cans jar jars case cases tube tubes flacon flacons sachet sachets ens ensemble jeu
gal lb lbs oz ft yd sqm sqft
rl rlx rol pz pzs pza nr ud uds und un unid cj kgs lfm mtr mtrs pk pkt pkg pck btl fl sq
stk stck stück stueck stk st paar satz rolle rollen sack säcke dose dosen eimer kanister
karton kartons ring ringe std stunde stunden tag tage pausch pauschal packung flasche
caja cajas rollo rollos saco sacos bote botes bidón lata latas paquete paquetes hora horas
día días juego unidad unidades pieza piezas
pezzo pezzi scatola scatole rotolo rotoli sacco sacchi latta tanica taniche risma risme
ora ore giorno giorni confezione conf cartone
"""
UNIT_WORDS: frozenset[str] = frozenset(_WORDS.split())


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower().rstrip("."))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_PLAIN_UNITS: frozenset[str] = frozenset(_plain(w) for w in UNIT_WORDS)
# a word a unit could be at all: letters, maybe a square or cube, a final dot
UNIT_SHAPE = re.compile(r"^[^\W\d_][^\W\d_.]{0,11}\.?[²³23]?$")


def unit_shaped(word: str) -> bool:
    """Could ``word`` be a unit at all (letters, maybe a square or cube, a final dot)?"""
    return bool(UNIT_SHAPE.match(word))


def is_unit(word: str) -> bool:
    """Is ``word`` a unit of measure of the closed set, whatever its case and accents?"""
    return bool(UNIT_SHAPE.match(word)) and _plain(word) in _PLAIN_UNITS
