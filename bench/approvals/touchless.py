"""Touchless rate on the sample documents (prints figures; not a test).

    .venv/bin/python -m bench.approvals.touchless [--today] [--heldout]

Generates the samples into a temporary folder, extracts each with the real extraction,
stores it as the pipeline does, loads the sample master data, and routes it with the
default approval settings. By default a document is judged on the day it is dated (as if
it had arrived that day: the samples' delivery dates lie in 2026); ``--today`` judges all of
them today instead. Prints the touchless rate per document type and why the others
went to people.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import tempfile
from pathlib import Path

from sqlalchemy import select

from approvals import review
from approvals.masterdata import MasterDataIn, import_masterdata
from approvals.receive import save_extraction
from extraction.pipeline import extract
from models.db import session_scope
from models.documents import Check, Document
from models.enums import DocStatus
from models.migrate import upgrade
from models.settings import Settings
from samples.generate import plan, write_doc
from samples.layouts import HELDOUT, VISIBLE

MASTER = Path(__file__).resolve().parents[2] / "samples" / "masterdata" / "masterdata.json"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--today", action="store_true", help="judge every document today")
    parser.add_argument("--heldout", action="store_true", help="held-out layouts instead")
    args = parser.parse_args()
    docs = plan(HELDOUT, seed=1009) if args.heldout else plan(VISIBLE, seed=7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        settings = Settings(data_dir=folder, _env_file=None)
        upgrade(settings.db_url)
        with session_scope(settings.db_url) as session:
            data = MasterDataIn.model_validate(json.loads(MASTER.read_text(encoding="utf-8")))
            import_masterdata(session, data, actor="bench")
        by_type: dict[str, list[bool]] = collections.defaultdict(list)
        reasons: collections.Counter[str] = collections.Counter()
        for name, sample, layout in docs:
            pdf = write_doc(folder / "pdf", name, sample, layout)
            result = extract(pdf, settings=settings.extraction)
            with session_scope(settings.db_url) as session:
                doc = Document(sha256=name.ljust(64, "0")[:64], original_name=pdf.name)
                session.add(doc)
                session.flush()
                save_extraction(session, doc, result)
                today = None if args.today else (doc.document_date or dt.date.today())
                outcome = review.route(session, doc, settings=settings, today=today)
                by_type[sample.doc_type].append(doc.status == DocStatus.APPROVED)
                if not outcome.decided:
                    for c in session.execute(
                        select(Check).where(Check.document_id == doc.id, Check.outcome != "pass")
                    ).scalars():
                        reasons[c.rule] += 1
        total = [ok for oks in by_type.values() for ok in oks]
        print(f"{len(total)} sample documents, judged {'today' if args.today else 'on their date'}")
        for doc_type, oks in sorted(by_type.items()):
            print(f"  {doc_type:20s} touchless {sum(oks):3d}/{len(oks):3d}")
        rate = sum(total) / len(total)
        print(f"  {'all':20s} touchless {sum(total):3d}/{len(total):3d} = {rate:.0%}")
        print("checks that sent the others to people (rule: failed or warned checks):")
        for rule, n in reasons.most_common():
            print(f"  {rule:20s} {n}")


if __name__ == "__main__":
    main()
