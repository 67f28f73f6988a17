"""``python -m samples.templates OUT --seed N --count K [--half tune|report|sealed] [--scans M]``

Writes K documents printed from real-world open-source templates (``SOURCES.json``) into
OUT (NAME.pdf + NAME.truth.json), with ``--scans M`` M degraded scans of them into
OUT/scans through samples/degrade.py, as ``python -m samples.wild`` does. Same arguments,
same files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from samples.templates.build import templates, write_set
from samples.wild.build import write_scans


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m samples.templates",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("out", type=Path, nargs="?", help="folder to write into")
    parser.add_argument("--seed", type=int, default=1, help="set seed (default 1)")
    parser.add_argument("--count", type=int, default=40, help="documents (default 40)")
    parser.add_argument(
        "--half",
        choices=["tune", "report", "sealed"],
        help="only the templates of this half of SOURCES.json (report, sealed: never tune on them)",
    )
    parser.add_argument("--templates", help="comma-separated template names")
    parser.add_argument("--scans", type=int, default=0, metavar="M", help="M scans in OUT/scans")
    parser.add_argument("--no-check", action="store_true", help="skip reading each PDF back")
    parser.add_argument("--list", action="store_true", help="list the templates and halves")
    args = parser.parse_args(argv)
    if args.list:
        for t in templates():
            print(f"{t.name:28} {t.half:7} {','.join(t.languages)} {','.join(t.kinds)}")
        return 0
    if args.out is None:
        parser.error("OUT is required")
    names = [n.strip() for n in args.templates.split(",")] if args.templates else None
    try:
        born = write_set(args.out, args.seed, args.count, args.half, names, not args.no_check)
    except ValueError as exc:
        parser.error(str(exc))
    print(f"{len(born)} documents written to {args.out}")
    if args.scans:
        scans = write_scans(args.out, args.out / "scans", args.seed, args.scans)
        print(f"{len(scans)} scans written to {args.out / 'scans'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
