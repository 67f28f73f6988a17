"""``python -m samples.wild.render_digest [--families F1,F2] [--seeds 3,17] [--count 4]``

One line per drawn document (family, seed, index, digest) of everything the generator would
print: the page's HTML, margins, header and footer, kind, language and truth, drawn and
rendered without printing (no Chromium, a second or so a family). Run it on two checkouts
(``PYTHONPATH=... python -m samples.wild.render_digest > a.txt``) and compare the files: a
refactoring of the generator that keeps every line keeps every document it draws.

Development and named families only (all of them by default): a held-out family is refused,
so its pages are never drawn here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator

from samples.wild.build import FamilyError, draw_page, set_truth
from samples.wild.families import ALL_FAMILIES, is_heldout


def digest(family: str, seed: int, index: int) -> str:
    """What document ``index`` of ``seed`` drawn from ``family`` would print, hashed."""
    if is_heldout(family):
        raise FamilyError(f"{family}: held-out families are not drawn here")
    page, kind, language = draw_page(seed, index, [family])
    rendered = page.render()
    truth = set_truth(page, rendered, kind, seed, index)
    printed = [
        rendered.html,
        repr(rendered.margins),
        rendered.header_template,
        rendered.footer_template,
        rendered.landscape,
        kind,
        language,
        truth,
    ]
    blob = json.dumps(printed, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def digests(families: list[str], seeds: list[int], count: int) -> Iterator[str]:
    for family in families:
        for seed in seeds:
            for index in range(count):
                yield f"{family} {seed} {index} {digest(family, seed, index)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m samples.wild.render_digest")
    parser.add_argument("--families", help="comma-separated (default: every non-held-out one)")
    parser.add_argument("--seeds", default="3,17,4242")
    parser.add_argument("--count", type=int, default=4, help="documents per family and seed")
    args = parser.parse_args(argv)
    families = (
        [f.strip() for f in args.families.split(",")]
        if args.families
        else [f for f in ALL_FAMILIES if not is_heldout(f)]
    )
    seeds = [int(s) for s in args.seeds.split(",")]
    for line in digests(families, seeds, args.count):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
