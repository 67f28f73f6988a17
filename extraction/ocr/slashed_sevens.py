"""A fax's 7 read as '/' inside an identifier, put back where the check digits say so.

At a fax's 98 dpi rows a 7's bar is one pixel row, often lost in the sending, and what is
left is its slanted stem: RapidOCR reads it '/' ("FR 0/ 116 240 /89" for the VAT id
FR 07 116 240 789). No identifier prints a '/' among its digits, so the VAT or IBAN
patterns never match the run and the field is lost. A run of a line's words that starts
with a country code and goes on in digits and slashes is read with every '/' a 7 only
when the run is then a valid VAT id or IBAN (mod 97 check digits, which a wrong guess
passes about once in a hundred) and was not as read. The words keep their boxes; their
confidence is capped as a reading no second engine confirmed, the '/' reading kept as
the alternative.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.ocr.tesseract import OcrWord
from extraction.parse.identifiers import iban_valid, vat_valid

_COUNTRY = re.compile(r"[A-Z]{2}")
_PIECE = re.compile(r"[0-9/]+")
# an IBAN is at most 34 characters: a run stops growing past that
_LONGEST = 34


def _valid(value: str) -> bool:
    return vat_valid(value) or iban_valid(value)


def _run(words: list[OcrWord], order: list[int], start: int) -> list[int]:
    """The indices of the run starting at ``order[start]``: the country code (alone or
    with the first digits glued to it), then the digit-and-slash pieces after it."""
    head = words[order[start]].text
    if not (_COUNTRY.fullmatch(head[:2]) and (len(head) == 2 or _PIECE.fullmatch(head[2:]))):
        return []
    run = [order[start]]
    length = len(head)
    for i in order[start + 1 :]:
        text = words[i].text
        if not _PIECE.fullmatch(text) or length + len(text) > _LONGEST:
            break
        run.append(i)
        length += len(text)
    return run


def mend(words: list[OcrWord]) -> list[OcrWord]:
    """Each line's identifier runs with a '/' for a 7 read as the valid identifier."""
    lines: dict[int, list[int]] = {}
    for i, w in enumerate(words):
        lines.setdefault(w.block, []).append(i)
    out = list(words)
    for members in lines.values():
        order = sorted(members, key=lambda i: words[i].left)
        for start in range(len(order)):
            run = _run(words, order, start)
            read = "".join(words[i].text for i in run)
            if "/" not in read or _valid(read) or not _valid(read.replace("/", "7")):
                continue
            for i in run:
                w = words[i]
                if "/" in w.text:
                    out[i] = replace(
                        w,
                        text=w.text.replace("/", "7"),
                        confidence=min(w.confidence, UNCONFIRMED_CAP),
                        alternatives=(w.text, *w.alternatives),
                    )
    return out
