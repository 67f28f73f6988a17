"""Streams of documents from a few senders, each always in its own layout, for the learning
bench (issue 24): ``python -m samples.wild.streams OUT --seed N --senders S --per-sender K``.

A sender keeps what a real sender keeps from one document to the next: its family and
house-style options, its kind of document, language, number and date formats, currency,
its own party, IBAN and the customer it writes to (the installation's company); what
changes is the content (number, dates, lines, amounts). Label wordings are drawn once per
sender (a ``SenderRandom`` answers ``choice`` by the pool and the sender, not by the order
of the draws), so the same template prints the same labels. Each document is
``SENDER_INDEX.pdf`` beside its truth, whose ``sender`` key names the stream and
``position`` the place in it (arrival order).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from samples.wild.build import (
    KIND_WEIGHTS,
    LANGUAGE_WEIGHTS,
    OWN_KIND_WEIGHTS,
    _weighted,
    make_page,
    print_page,
)
from samples.wild.chromium import Printer
from samples.wild.content import Doc, make_doc
from samples.wild.families import ALL_FAMILIES, DEV, HELDOUT_SETS, is_heldout

if TYPE_CHECKING:
    from _typeshed import SupportsLenAndGetItem

T = TypeVar("T")
# senders send documents orderdesk reads (quotations and reminders are "other")
STREAM_KINDS = ("invoice", "purchase_order", "order_confirmation", "delivery_note", "credit_note")


class SenderRandom(random.Random):
    """Random draws for one sender's template: a ``choice`` among the same pool always
    gives the same answer, whatever was drawn before (a label wording, a column title)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self._key = key

    def choice(self, seq: SupportsLenAndGetItem[T]) -> T:
        items = [seq[i] for i in range(len(seq))]
        digest = hashlib.sha256(f"{self._key}|{items!r}".encode()).digest()
        return seq[int.from_bytes(digest[:8], "big") % len(seq)]


def _sender_doc(seed: int, sender: int, index: int, kind: str, language: str) -> Doc:
    """Document ``index`` of ``sender``: the sender's parties, style and accounts, fresh
    content."""
    base = make_doc(random.Random(f"stream:{seed}:{sender}"), kind, language, 4)
    n_lines = random.Random(f"stream:{seed}:{sender}:{index}:n").choice([1, 2, 3, 4, 5, 6, 8])
    doc = make_doc(random.Random(f"stream:{seed}:{sender}:{index}"), kind, language, n_lines)
    doc.region, doc.style, doc.currency = base.region, base.style, base.currency
    doc.issuer, doc.counterpart = base.issuer, base.counterpart
    doc.iban, doc.bic, doc.payment_terms = base.iban, base.bic, base.payment_terms
    if doc.payment_terms is None and base.payment_terms is not None:
        doc.payment_terms = base.payment_terms
    return doc


def make_stream(
    seed: int,
    sender: int,
    count: int,
    families: list[str],
    printer: Printer,
    check: bool = True,
    damaged: bool = False,
) -> list[tuple[str, bytes, dict[str, Any]]]:
    """One sender's documents; with ``damaged``, one of its documents from the 4th on
    (drawn per sender) is printed without its tax row (``Page.tax_row_dropped``): its net
    and gross stand, what the page leaves unchecked is left to the sender's record."""
    pick = random.Random(f"stream:{seed}:{sender}:who")
    fam = ALL_FAMILIES[pick.choice(families)]
    kind = _weighted(pick, KIND_WEIGHTS, STREAM_KINDS)
    own = OWN_KIND_WEIGHTS.get(fam.name)
    if own is not None and kind not in own:  # a family that never prints it (a builder's
        # credit note): one of its own kinds, drawn after, so other senders stay the same
        kind = _weighted(pick, own, tuple(k for k in own if k in STREAM_KINDS) or tuple(own))
    allowed = tuple(x for x in fam.languages if x in ("fr", "en"))
    language = _weighted(pick, LANGUAGE_WEIGHTS, allowed or fam.languages)
    held = is_heldout(fam.name)
    out = []
    hurt = random.Random(f"stream:{seed}:{sender}:damaged").randrange(3, max(count, 4))
    for i in range(count):
        doc = _sender_doc(seed, sender, i, kind, language)
        page = make_page(doc, fam, SenderRandom(f"{seed}:{sender}"), heldout=held)
        page.tax_row_dropped = damaged and i == hurt
        name = f"s{seed}x{sender:03d}_{i:02d}"
        pdf, truth = print_page(
            page,
            printer,
            name,
            kind,
            language,
            seed,
            i,
            check,
            sender=f"s{seed}x{sender:03d}",
            position=i + 1,
        )
        out.append((name, pdf, truth))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m samples.wild.streams", description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--senders", type=int, default=10)
    parser.add_argument("--per-sender", type=int, default=10)
    parser.add_argument("--heldout", action="store_true", help="held-out families (report only)")
    parser.add_argument(
        "--heldout-set",
        choices=sorted(HELDOUT_SETS),
        default="first",
        help="with --heldout: which held-out set the senders are drawn from (default first)",
    )
    parser.add_argument(
        "--families",
        help="comma-separated development families to draw senders from (default: all of "
        "them), e.g. the newest ones, to get layouts the rules were written for least",
    )
    parser.add_argument(
        "--damaged",
        action="store_true",
        help="one document of each sender from the 4th on printed without its tax row",
    )
    args = parser.parse_args(argv)
    if args.heldout_set != "first" and not args.heldout:
        parser.error(f"--heldout-set {args.heldout_set}: pass --heldout as well")
    families = sorted(HELDOUT_SETS[args.heldout_set]) if args.heldout else list(DEV)
    if args.families:
        families = [f.strip() for f in args.families.split(",") if f.strip()]
        # any development family, the newer ones (samples/wild/*_families.py) as well: the
        # senders of a stream should be as varied as the shapes the single-page sets have
        unknown = [f for f in families if f not in ALL_FAMILIES or is_heldout(f)]
        if unknown:  # held-out families are only drawn with --heldout
            parser.error(f"not development families: {', '.join(unknown)}")
    args.out.mkdir(parents=True, exist_ok=True)
    with Printer() as printer:
        for s in range(args.senders):
            for name, pdf, truth in make_stream(
                args.seed, s, args.per_sender, families, printer, damaged=args.damaged
            ):
                (args.out / f"{name}.pdf").write_bytes(pdf)
                (args.out / f"{name}.truth.json").write_text(
                    json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
                )
            print(f"  sender {s + 1}/{args.senders}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
