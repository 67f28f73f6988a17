"""Words that deny a kind: the page names a document it is not.

A seller's confirmation or delivery note often names the invoice only to say it is not one
("This is not an invoice", "Ce document ne vaut pas facture", "Do not pay from this
document") or that it is still to come ("Invoice to follow", "La facture suivra à
l'expédition"). Read as a title, that short line typed the page as the invoice it denies.
So a kind named after a negation or before a deferral names no document on the page, and
the kind it denies loses most of its weak evidence on that page (its fields, terms and
table: a confirmation prices goods and names its bank too). A title printed in large type
keeps its weight: the denial then is the runner-up's business, not a veto.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extraction.classify import Evidence

# what precedes a kind that the page says it is not (folded text, French and English)
DENIED_BEFORE = re.compile(
    r"(\bnot (an? |the |valid as (an? )?|to be used as (an? )?|intended as (an? )?)?|"
    r"\bisn'?t (an? )?|\bne (vaut|constitue|remplace) pas( une?)?|\bn'est pas (une? )?|"
    r"\bne tient pas lieu de( une?)?|\bnon valable (comme|en tant que) (une? )?|"
    r"\bsans valeur de|\bpas (une? )?|\bno |\bin lieu of (an? )?)\s*$"
)
# what follows a kind that is still to come
DEFERRED_AFTER = re.compile(
    r"\s*(suivra|suivront|a suivre|to follow|will follow|will be (sent|issued|raised)|"
    r"sera (envoyee|etablie|emise|adressee))\b"
)
# a page that asks not to be paid denies being a bill
NO_PAYMENT = re.compile(
    r"\b(do not pay|please do not pay|ne pas (payer|regler)|no payment (is )?(due|required)|"
    r"aucun (paiement|reglement) (n'est )?(du|requis|demande)|not for payment)\b"
)
# what is left of a denied kind's evidence (a title in large type aside)
DENIED = 0.3


def negated(text: str, start: int, end: int) -> bool:
    """Is the kind named at ``text[start:end]`` denied or deferred by its neighbours?"""
    return bool(DENIED_BEFORE.search(text[:start]) or DEFERRED_AFTER.match(text[end:]))


def denied_kinds(texts: Iterable[str], patterns: Iterable[tuple[str, re.Pattern[str]]]) -> set[str]:
    """The kinds the page's lines deny (``patterns``: the classifier's title phrases)."""
    rules = list(patterns)
    out: set[str] = set()
    for text in texts:
        if NO_PAYMENT.search(text):
            out.add("invoice")
        for doc_type, pattern in rules:
            if doc_type == "other":
                continue
            for m in pattern.finditer(text):
                if negated(text, m.start(), m.end()):
                    out.add(doc_type)
    return out


def without_denied(evidence: list[Evidence], denied: set[str]) -> list[Evidence]:
    """``evidence`` with the denied kinds' pieces reduced to ``DENIED`` of their weight, but
    for a title printed in large type."""
    if not denied:
        return evidence
    return [
        dataclasses.replace(ev, weight=ev.weight * DENIED)
        if ev.doc_type in denied and not (ev.zone == "title" and ev.big)
        else ev
        for ev in evidence
    ]
