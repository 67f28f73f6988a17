"""RapidOCR's readings brought back to the letters our documents print.

RapidOCR's recogniser (PP-OCR) knows some 18 000 glyphs: Chinese, Greek, IPA letters,
full-width forms, Roman-numeral signs. On a fax or a smudged scan it reads a Latin letter
as a look-alike of that set: the dotless "ı" (U+0131) for an "i" whose dot the 1-bit page
lost ("bıs rue du Moulın"), a Greek "Ο" for an "O", a full-width "：" for a colon. French,
English, German, Spanish and Italian documents never print these, and nothing downstream
knows them: ``vocabulary.fold`` keeps "ı" as it is (it has no decomposition), so "Moulın"
is no word to mend, a label with a Greek capital matches no label, a number with a
full-width digit is no number. So each such glyph is read as the letter it stands for,
once, where the engine's output enters orderdesk (``rapid.py``), for every kind of word.

Only glyphs that stand for one Latin letter or sign are mapped (the Greek capitals and
small letters shaped like Latin ones, the IPA small capitals, full-width ASCII, the
Roman-numeral letters); a glyph a document may print ("µ", "Ω", "€", "–", "²") is left.
The mapping changes no confidence: a word it touches was read as that glyph by the model,
and whatever checks a field (check digits, arithmetic, the known words) still decides.
"""

from __future__ import annotations

# look-alikes, one Latin letter or sign each
_LOOK_ALIKES = {
    # Turkish dotless i and dotted capital I, the dotless j: a 1-bit page loses the dot
    "ı": "i",
    "İ": "I",
    "ȷ": "j",
    # Greek letters drawn as Latin ones (not µ: a unit prints the micro sign)
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Υ": "Y",
    "Χ": "X",
    "ο": "o",
    "ι": "i",
    "κ": "k",
    "ν": "v",
    "ρ": "p",
    # IPA letters and small capitals
    "ɑ": "a",
    "ɡ": "g",
    "ɩ": "i",
    "ɪ": "I",
    "ʟ": "L",
    "ɴ": "N",
    "ʀ": "R",
    "ʏ": "Y",
    "ʙ": "B",
    "ɢ": "G",
    "ʜ": "H",
    "ǀ": "l",
    "ǃ": "!",
    # Roman-numeral letters (a "Ⅰ" in "Ⅰnvoice")
    "Ⅰ": "I",
    "Ⅴ": "V",
    "Ⅹ": "X",
    "ⅰ": "i",
    "ⅴ": "v",
    "ⅹ": "x",
    "ⅼ": "l",
    # CJK punctuation and maths signs drawn as ASCII ones
    "、": ",",
    "。": ".",
    "∶": ":",
    "∕": "/",
    "−": "-",
    "‥": "..",
}
# full-width ASCII ("：", "０", "Ａ") is its ASCII sign, 0xFEE0 below it
_TABLE = {ord(k): v for k, v in _LOOK_ALIKES.items()} | {
    code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)
}


def latin(text: str) -> str:
    """``text`` with each look-alike glyph read as the Latin letter or sign it stands for
    ("Moulın" -> "Moulin", "ΟRDER：" -> "ORDER:"); other text as it is."""
    if text.isascii():
        return text
    return text.translate(_TABLE)
