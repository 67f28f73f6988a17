"""``python -m samples.wild OUT --seed N --count K [--families a,b] [--heldout] [--scans M]``

Writes K wild documents (NAME.pdf + NAME.truth.json) into OUT, drawn from the development
families, or from the held-out families with ``--heldout`` (the first held-out set, or
another one with ``--heldout-set fresh`` or ``--heldout-set blind``); with ``--scans M``,
M degraded scans of them into OUT/scans through samples/degrade.py. Same arguments, same
files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from samples.wild.build import (
    LANGUAGE_WEIGHTS,
    FamilyError,
    select_families,
    write_scan_kinds,
    write_scans,
    write_set,
)
from samples.wild.families import DEV, HELDOUT_SETS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m samples.wild",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("out", type=Path, nargs="?", help="folder to write into")
    parser.add_argument("--seed", type=int, default=1, help="set seed (default 1)")
    parser.add_argument("--count", type=int, default=60, help="documents (default 60)")
    parser.add_argument(
        "--families", help="comma-separated family names (default: all of the set's families)"
    )
    parser.add_argument(
        "--heldout", action="store_true", help="generate the held-out families (never tune on them)"
    )
    parser.add_argument(
        "--heldout-set",
        choices=sorted(HELDOUT_SETS),
        default="first",
        help="with --heldout: which held-out set (default first; fresh: the families made "
        "after the first set had been looked at; blind: those made after product code had "
        "come to hold some fresh wordings)",
    )
    parser.add_argument(
        "--scans",
        type=int,
        default=0,
        metavar="M",
        help="also write M degraded scans into OUT/scans",
    )
    parser.add_argument(
        "--scan-kinds",
        metavar="K1,K2",
        help="with --scans M: M scans of each of these kinds of samples/degrade.py (grey, "
        "colour, fax, dpi200, dpi300, photo, noisy, faded) instead of its mixed variants",
    )
    parser.add_argument(
        "--languages",
        help="comma-separated languages to draw from (default fr,en,de,es,it); a family "
        "that prints none of them keeps its own",
    )
    parser.add_argument(
        "--no-check",
        action="store_true",
        help="skip reading each PDF back to prove its truth is printed",
    )
    parser.add_argument(
        "--prose-totals",
        choices=["a", "b"],
        help="state the totals of the blocks families in a sentence after the table, in the "
        "wordings of pool a (to develop on) or b (to measure on); samples/wild/prose_totals.py",
    )
    parser.add_argument("--list-families", action="store_true")
    args = parser.parse_args(argv)
    if args.list_families:
        print("development:", " ".join(DEV))
        for name, members in HELDOUT_SETS.items():
            print(f"held-out ({name}):", " ".join(sorted(members)))
        return 0
    if args.out is None:
        parser.error("OUT is required")
    try:
        families = select_families(
            [f.strip() for f in args.families.split(",")] if args.families else None,
            args.heldout,
            args.heldout_set,
        )
    except FamilyError as exc:
        parser.error(str(exc))
    languages = None
    if args.languages:
        languages = tuple(x.strip() for x in args.languages.split(","))
        unknown = set(languages) - set(LANGUAGE_WEIGHTS)
        if unknown:
            parser.error(f"unknown languages: {', '.join(sorted(unknown))}")
    born = write_set(
        args.out,
        args.seed,
        args.count,
        families,
        check=not args.no_check,
        languages=languages,
        prose_totals=args.prose_totals,
    )
    print(f"{len(born)} documents written to {args.out}")
    if args.scans and args.scan_kinds:
        kinds = [k.strip() for k in args.scan_kinds.split(",")]
        try:
            scans = write_scan_kinds(args.out, args.out / "scans", args.seed, kinds, args.scans)
        except ValueError as exc:
            parser.error(str(exc))
        print(f"{len(scans)} scans written to {args.out / 'scans'}")
    elif args.scans:
        scans = write_scans(args.out, args.out / "scans", args.seed, args.scans)
        print(f"{len(scans)} scans written to {args.out / 'scans'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
