"""The command line shared by the generators that draw a development set with one pool of
changes patched into the families (retitle, typemix): the same arguments, the same set."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from pathlib import Path

from samples.wild import build


def run_patched(
    prog: str,
    description: str | None,
    pools: Iterable[str],
    patch: Callable[[str], None],
    argv: list[str] | None = None,
) -> int:
    """Parse ``OUT --pool P [--seed --count --families --languages]``, patch pool P in
    and write the set."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("out", type=Path)
    parser.add_argument("--pool", choices=sorted(pools), required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--families", help="comma-separated development families")
    parser.add_argument("--languages", default="fr,en")
    args = parser.parse_args(argv)
    families = build.select_families(
        [f.strip() for f in args.families.split(",")] if args.families else None, False, "first"
    )
    patch(args.pool)
    languages = tuple(x.strip() for x in args.languages.split(","))
    born = build.write_set(args.out, args.seed, args.count, families, languages=languages)
    print(f"{len(born)} documents written to {args.out}")
    return 0
