"""A throw-away development set: random layouts drawn from the renderer's parameter space
(never one of the held-out layouts' column orders) with fresh content seeds.

``python -m samples.dev OUT [--seed N] [--layouts K] [--scans M]`` writes born-digital
documents (and optionally M degraded scans) with ground truth into OUT. It widens what
extraction is tuned on without looking at ``heldout/``; nothing here is committed output.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from samples.generate import plan, write_doc
from samples.layouts import HELDOUT, VISIBLE
from samples.render import FONTS, Layout

TITLE_POS = ["right", "center", "left", "inline"]
ROLES = ("sku", "description", "quantity", "unit", "unit_price", "tax_rate", "line_total")


def random_layouts(seed: int, count: int) -> list[Layout]:
    rng = random.Random(seed)
    held = {lay.columns for lay in HELDOUT}
    out: list[Layout] = []
    while len(out) < count:
        optional = [
            r for r in ROLES if r not in ("description", "line_total") and rng.random() < 0.6
        ]
        optional = [r for r in optional if r != "quantity"]
        cols = ["description", "quantity", "line_total", *optional]
        rng.shuffle(cols)
        # totals usually stay last, descriptions early
        cols.remove("line_total")
        cols.append("line_total")
        columns = tuple(cols)
        if columns in held or any(columns == lay.columns for lay in VISIBLE):
            continue
        letterhead, title = rng.choice(["left", "center", "right"]), rng.choice(TITLE_POS)
        variant = rng.randrange(3)
        if title == "right" and (letterhead != "left" or variant == 1):
            continue  # the renderer draws both at the top: overprinted, not a layout
        out.append(
            Layout(
                f"dev{seed}x{len(out)}",
                rng.choice(sorted(FONTS)),
                rng.choice([8, 8.5, 9, 9.5, 10]),
                letterhead,
                title,
                rng.choice(["inline", "grid", "twocol"]),
                rng.choice(["side", "stacked", "window"]),
                rng.choice(["grid", "hrules", "plain", "zebra", "band"]),
                columns,
                variant,
                rng.choice(["numeric", "long", "iso"]),
                rng.randrange(2),
                rng.random() < 0.7,
                rng.choice(["letterhead", "footer"]),
            )
        )
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=500)
    parser.add_argument("--layouts", type=int, default=6)
    parser.add_argument("--scans", type=int, default=0)
    args = parser.parse_args(argv)
    born = args.out / "born_digital"
    for name, doc, layout in plan(random_layouts(args.seed, args.layouts), seed=args.seed):
        write_doc(born, name, doc, layout)
    if args.scans:
        from samples.degrade import write_scans

        write_scans(born, args.out / "scans", seed=args.seed, limit=args.scans)
    print(f"dev samples written to {args.out}")


if __name__ == "__main__":
    main()
