"""One value per field out of its candidates, with a runner-up and a calibrated confidence.

The confidence is a probability learned from labelled documents: a logistic model over the
chosen candidate's evidence (label strength, origin, pattern validity, constraints, margin
to the runner-up, OCR confidence, source), mapped through a table fitted on other documents
(``python -m extraction.calibration.fit``). Without a fitted table nothing is confident.
"""

from __future__ import annotations

from typing import NamedTuple

from extraction import trace
from extraction.calibration.model import Calibration, cap_key, load
from extraction.candidates.confusions import confusable_boundaries
from extraction.candidates.model import ORIGINS, UNCONFIRMED_CAP, Candidate, best_first
from extraction.result import FieldValue

KIND_NAMES = ("id", "date", "amount", "party", "address", "checked", "code", "terms")
SUPPORTED_LANGUAGES = ("fr", "en")
# a value read in a language orderdesk does not read is never auto-accepted
FOREIGN_CAP = 0.5
UNCHECKED_KINDS = ("id", "date")


class Uncapped(NamedTuple):
    """A chosen value's confidence without the family cap (every other cap applied), and
    the ceiling of those other caps."""

    confidence: float
    ceiling: float
    # the same two as if an ambiguous date's order were settled (None: no such date): a
    # sender whose own dates proved its order may settle it (``profile_dates``)
    ordered: tuple[float, float] | None = None


def features(
    chosen: Candidate, ranked: list[Candidate], language: str, type_confidence: float
) -> dict[str, float]:
    """The evidence behind ``chosen`` (the first of ``ranked``), as numbers."""
    rivals = [c for c in ranked[1:] if c.value != chosen.value]
    support = sum(1 for c in ranked if c.value == chosen.value)
    # independent routes to the same value (a label and a pattern, a grid and a position):
    # unlike the label's strength, their agreement does not depend on knowing the layout
    routes = len({c.origin for c in ranked if c.value == chosen.value and c.origin != "derived"})
    margin = min(1.0, chosen.score - rivals[0].score) if rivals else 1.0
    out = {f"kind_{k}": float(chosen.kind == k) for k in KIND_NAMES}
    out.update({f"origin_{o}": float(chosen.origin == o) for o in ORIGINS})
    out.update(
        {
            "ocr": float(chosen.source == "ocr"),
            "ocr_conf": chosen.ocr_conf if chosen.source == "ocr" else 1.0,
            "label_rank": chosen.label_rank / 3,
            "repaired": float(chosen.repair_cost > 0),
            "confusable": float(
                chosen.source == "ocr"
                and chosen.kind in ("id", "checked")
                and confusable_boundaries(chosen.value) > 0
            ),
            "valid": 1.0 if chosen.valid else -1.0 if chosen.valid is False else 0.0,
            "agree": float(min(chosen.agree, 3)),
            "disagree": float(min(chosen.disagree, 2)),
            "margin": max(-1.0, margin),
            "rivals": min(len({c.value for c in rivals}), 3) / 3,
            "support": min(support, 3) / 3,
            "routes": min(max(routes - 1, 0), 2) / 2,
            "prior": chosen.prior,
            "language_ok": float(language in SUPPORTED_LANGUAGES),
            "type_confidence": type_confidence,
        }
    )
    return out


def _other_reading_alive(chosen: Candidate, ranked: list[Candidate]) -> bool:
    """Is ``chosen`` one reading of an ambiguous numeric date whose other reading is still a
    candidate, with no constraint having agreed with the chosen one?"""
    order = next((n for n in ("day-first", "month-first") if n in chosen.notes), None)
    if order is None or chosen.agree:
        return False
    other = "month-first" if order == "day-first" else "day-first"
    return any(other in c.notes and c.bbox == chosen.bbox for c in ranked[1:])


def resolve(
    cands: dict[str, list[Candidate]],
    language: str,
    type_confidence: float,
    calibration: Calibration | None = None,
    uncapped: dict[str, Uncapped] | None = None,
) -> tuple[dict[str, FieldValue], dict[str, dict[str, float]]]:
    """The chosen value of every field that has a candidate, and the features of each
    choice (kept for calibration). ``uncapped`` gets, per field, what the value would have
    had without its family cap, and the other caps' ceiling (a sender's own record may
    stand in for the family cross-fit, ``profiles.settle_record``, never for the others)."""
    model = calibration if calibration is not None else load()
    out: dict[str, FieldValue] = {}
    evidence: dict[str, dict[str, float]] = {}
    for name, group in cands.items():
        ranked = best_first(group)
        if not ranked:
            continue
        chosen = ranked[0]
        feats = features(chosen, ranked, language, type_confidence)
        target = f"field:{name}"
        confidence = model.confidence(feats)
        trace.note(target, f"calibration (type {type_confidence:.2f})", confidence)
        confidence, before = model.confidence(feats, name), confidence
        trace.note(target, f"cap:{cap_key(name, feats)}", confidence, before)
        if language not in SUPPORTED_LANGUAGES:
            confidence, before = min(confidence, FOREIGN_CAP), confidence
            trace.note(target, "foreign language", confidence, before)
        confidence, before = min(confidence, chosen.cap), confidence
        trace.note(target, f"candidate cap ({chosen.origin})", confidence, before)
        if _other_reading_alive(chosen, ranked):
            # "02/09/2026" read one way while the other way is still possible: only a date
            # that can be read one way only, or the due date following it, settles it
            confidence, before = min(confidence, UNCONFIRMED_CAP), confidence
            trace.note(target, "ambiguous date", confidence, before)
        if chosen.source == "ocr" and chosen.kind in UNCHECKED_KINDS and not chosen.agree:
            # an OCR'd number or date nothing else confirms: on the real scans of
            # realworld-dev such reads were right 27 times in 28 (a stained "12/30" read
            # "12/20" at word confidence 0.95), under the promise: a clerk compares
            confidence, before = min(confidence, UNCONFIRMED_CAP), confidence
            trace.note(target, "ocr unchecked", confidence, before)
        if uncapped is not None:
            settled = min(
                chosen.cap,
                FOREIGN_CAP if language not in SUPPORTED_LANGUAGES else 1.0,
                UNCONFIRMED_CAP
                if chosen.source == "ocr" and chosen.kind in UNCHECKED_KINDS and not chosen.agree
                else 1.0,
            )
            alive = _other_reading_alive(chosen, ranked)
            ceiling = min(settled, UNCONFIRMED_CAP) if alive else settled
            ordered = (min(model.confidence(feats), settled), settled) if alive else None
            uncapped[name] = Uncapped(min(model.confidence(feats), ceiling), ceiling, ordered)
        runner = next((c.value for c in ranked[1:] if c.value != chosen.value), None)
        out[name] = FieldValue(
            value=chosen.value,
            confidence=round(confidence, 3),
            page=chosen.page,
            bbox=chosen.bbox,
            source=chosen.source,
            runner_up=runner,
        )
        evidence[name] = feats
    return out, evidence
