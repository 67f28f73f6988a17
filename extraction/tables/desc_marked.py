"""A code printed after the description's text behind a reference marker, where more text
may follow it: a detail line under the first ("Filter – Réf: 12/355/6" over "Colour:
red"), read joined to it ("Filter – Réf: 12/355/6 Colour: red"), or a comma before the
marker ("Filter, Art. AB-123").

Structure, not wording: the marker is the reference words every code reader knows
(``desc_codes``' marker), the code the one word after it whose shape is a code, and the
place is the same on the rows that print a code at the end of their text and on those
where a detail follows it, so the table's rows agree on one place ("marked") whichever
rows have a detail line. ``desc_codes`` weighs these candidates with the others.
"""

from __future__ import annotations

import re

_SEPARATORS = " -–—:,;/|·"
_MOST_WORDS = 3


def marked_codes(desc: str, marker: str) -> list[tuple[str, str]]:
    """(code, the description without marker and code) for each place of ``desc`` where a
    code of one to three words follows the ``marker`` pattern after some text; the caller
    judges the code's shape."""
    # set apart from the text before it (a comma, a dash) or by a colon after it: a
    # marker word inside a sentence ("Widget code 1234 rouge") is no marker
    pattern = re.compile(rf"(\s*[,;]|\s+[-–—|·])?\s+{marker}\s*([:#])?\s+", re.IGNORECASE)
    out = []
    for m in pattern.finditer(desc):
        if m.group(1) is None and m.group(2) is None:
            continue
        before = desc[: m.start()].rstrip(_SEPARATORS)
        words = desc[m.end() :].split()
        # a code of one word, or of up to three ("AB 123 45"), the rest a detail
        for k in range(1, min(_MOST_WORDS, len(words)) + 1):
            code = " ".join(words[:k]).rstrip(".,;")
            after = " ".join(words[k:])
            if before and code:
                out.append((code, f"{before} {after}" if after else before))
    return out
