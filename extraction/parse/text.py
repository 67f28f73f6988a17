"""Text normalisation that keeps character offsets, so a label found in normalised text
maps back to the words (and boxes) it came from."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_TRANSLATE = {ord("’"): "'", ord("`"): "'", ord("º"): "°", 0xA0: " "}


def fold_char(ch: str) -> str:
    """One character, lower-cased and without accent; always one character long."""
    base = unicodedata.normalize("NFKD", ch)[:1] or ch
    low = base.lower()
    return low if len(low) == 1 else base


def fold(text: str) -> str:
    """Lower-case, accent-free text of the same length as ``text`` (offsets stay valid)."""
    out = "".join(fold_char(c) for c in text)
    # typographic apostrophes / degree sign used for "n°"
    return out.translate(_TRANSLATE)


def squash(text: str) -> str:
    """Collapse runs of whitespace (for comparisons, not for offsets)."""
    return _SPACES.sub(" ", text).strip()


def norm_compare(text: str) -> str:
    """Form used to compare free text (names, addresses, terms): folded, single-spaced."""
    return squash(fold(text)).strip(" ,.;:")
