"""Parties of senders whose labels orderdesk does not know: a folder scored with every
party, address and customer-number label forgotten (label ablation).

``python -m extraction.calibration.unlabelled_parties DIR [--json]``

The words "Bill to", "Ship to", "Client", "Customer no." stay on the page; only their
meaning is taken away (the block captions of ``extraction.parties`` and the
``customer_number`` / ``customer_name`` / ``supplier_name`` labels of
``extraction.labels``), so what still finds the parties is layout and the other party's
identity, as on a sender that words its captions in a way no list holds.
"""

from __future__ import annotations

import argparse
import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

from extraction import parties
from extraction.calibration.unlabelled import labels_removed

ABLATED_FIELDS = {"customer_number", "customer_name", "supplier_name"}


@contextlib.contextmanager
def ablated() -> Iterator[None]:
    """Forget the party labels for the time of the ``with``: the field labels as
    ``unlabelled.labels_removed`` forgets any field's, and the block captions here (the
    list is changed in place, so every module that imported it forgets it too)."""
    saved = list(parties.BLOCKS)
    parties.BLOCKS[:] = []
    try:
        with labels_removed(ABLATED_FIELDS):
            yield
    finally:
        parties.BLOCKS[:] = saved


def main(argv: list[str] | None = None) -> None:
    from extraction.evaluate import evaluate_folder

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with ablated():
        report = evaluate_folder(args.directory)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        from rich.console import Console

        from extraction.evaluate import render_report

        render_report(report, Console())


if __name__ == "__main__":
    main()
