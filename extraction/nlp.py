"""spaCy, only where layout rules run out: naming the other party when no labelled block
("Bill to", "Fournisseur", ...) says who it is.

``fr_core_news_sm`` reads French and does well enough on company names in English
documents; it is loaded lazily, once per process, because loading costs about a second.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

from extraction.legal_forms import alternatives

log = logging.getLogger(__name__)
LEGAL_FORM = re.compile(
    rf"\b({alternatives('scop', 'llp', 'company', '& cie', 'et fils')})\b\.?", re.IGNORECASE
)


@lru_cache(maxsize=1)
def _model() -> Any | None:
    try:
        import spacy

        return spacy.load("fr_core_news_sm", disable=["parser", "lemmatizer"])
    except Exception as exc:  # model missing: rules alone still work
        log.warning("spaCy model fr_core_news_sm unavailable (%s); party fallback off", exc)
        return None


def organisations(lines: list[str]) -> list[str]:
    """Organisation names among ``lines`` (one printed line each), in reading order."""
    found: list[str] = []
    for line in lines:
        text = line.strip()
        if len(text) < 3 or any(ch.isdigit() for ch in text[:4]):
            continue
        if LEGAL_FORM.search(text):  # a legal form is a rule no model needs to learn
            found.append(text)
            continue
        nlp = _model()
        if nlp is None:
            continue
        doc = nlp(text)
        orgs = [ent.text for ent in doc.ents if ent.label_ == "ORG"]
        if orgs and len(orgs[0]) >= 0.6 * len(text):
            found.append(text)
    return found
