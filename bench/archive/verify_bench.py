"""``verify`` throughput against ``sha256sum`` over the same archived files.

    .venv/bin/python -m bench.archive.verify_bench [--files 500] [--kb 200]

Both read the files warm from the page cache (one untimed pass first), so the figure is
hashing plus orderdesk's overhead (database rows, store reads, findings); "verify (all)" is
the whole ``orderdesk archive verify`` (the listing for inserted objects and the audit chain
too). Prints figures.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import time
from pathlib import Path

from archive.local import LocalWormStore
from archive.verify import verify_archive, verify_objects
from models.archive import ArchiveObject
from models.db import engine_for, session_scope
from models.migrate import upgrade


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--kb", type=int, default=200, help="size of each file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="orderdesk-verify-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        upgrade(url)
        store = LocalWormStore(Path(tmp) / "archive")
        paths = []
        with session_scope(url) as session:
            for i in range(args.files):
                obj = store.put(f"documents/{i}/original", os.urandom(args.kb * 1024))
                paths.append(str(store.path_of(obj.key)))
                session.add(
                    ArchiveObject(
                        kind="original", key=obj.key, sha256=obj.sha256, size=obj.size,
                        backend="file",
                    )
                )  # fmt: skip
        total_mb = args.files * args.kb / 1024
        for label, run in (
            ("sha256sum", lambda: _sha256sum(paths)),
            ("verify (objects)", lambda: _verify(url, store)),
            ("verify (all)", lambda: _verify_all(url, store)),
        ):
            run()  # warm the page cache
            t0 = time.perf_counter()
            run()
            secs = time.perf_counter() - t0
            print(f"{label:17} {total_mb:8.1f} MB in {secs:6.2f} s = {total_mb / secs:7.1f} MB/s")
        engine_for(url).dispose()


def _sha256sum(paths: list[str]) -> None:
    subprocess.run(["sha256sum", *paths], check=True, stdout=subprocess.DEVNULL)


def _verify(url: str, store: LocalWormStore) -> None:
    with session_scope(url) as session:
        report = verify_objects(session, store)
    assert report.ok, report.findings


def _verify_all(url: str, store: LocalWormStore) -> None:
    """What ``orderdesk archive verify`` does: objects, the listing, manifests, the chain."""
    with session_scope(url) as session:
        report = verify_archive(session, store)
    assert report.ok, report.findings


if __name__ == "__main__":
    main()
