"""A PostgreSQL server for the suite: the one on 127.0.0.1:5432 when there is one (CI and dev
machines), else a throwaway cluster started from Debian's postgresql package for this run.

Tests that need PostgreSQL fail (never skip) when neither can be had.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


def reachable(url: str) -> bool:
    try:
        with psycopg.connect(url, connect_timeout=3):
            return True
    except psycopg.OperationalError:
        return False


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if found:
        return found[-1]
    path = shutil.which(name)
    if path:
        return path
    raise RuntimeError(
        f"no PostgreSQL server reachable and no {name} to start one: install Debian's "
        "postgresql package (make test does) or set ORDERDESK_TEST_PG_URL"
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def throwaway_server() -> Iterator[str]:
    """initdb + pg_ctl on a free port; as root, run as user postgres (PostgreSQL refuses root)."""
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    base = Path(tempfile.mkdtemp(prefix="orderdesk-pg-"))
    datadir, sockdir = base / "data", base / "sock"
    sockdir.mkdir()
    prefix: list[str] = []
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(base, user.pw_uid, user.pw_gid)
        os.chown(sockdir, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    run = lambda *cmd: subprocess.run([*prefix, *cmd], check=True, capture_output=True)  # noqa: E731
    run(
        initdb,
        "-D",
        str(datadir),
        "-U",
        "postgres",
        "--auth=trust",
        "-E",
        "UTF8",
        "--locale=C.UTF-8",
    )
    run(
        pg_ctl,
        "-D",
        str(datadir),
        "-w",
        "-l",
        str(base / "log"),
        "start",
        "-o",
        f"-p {port} -k {sockdir} -c listen_addresses=127.0.0.1 -c fsync=off",
    )
    url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
    try:
        deadline = time.monotonic() + 30
        while not reachable(url) and time.monotonic() < deadline:
            time.sleep(0.2)
        yield url
    finally:
        subprocess.run(
            [*prefix, pg_ctl, "-D", str(datadir), "-m", "immediate", "stop"], check=False
        )
        shutil.rmtree(base, ignore_errors=True)


@contextlib.contextmanager
def server_url() -> Iterator[str]:
    url = os.environ.get("ORDERDESK_TEST_PG_URL", DEFAULT_URL)
    if reachable(url):
        yield url
        return
    with throwaway_server() as started:
        yield started


def create_database(admin_url: str, name: str, template: str | None = None) -> str:
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        tmpl = f' TEMPLATE "{template}"' if template else ""
        conn.execute(f'CREATE DATABASE "{name}"{tmpl}')
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


def drop_database(admin_url: str, name: str) -> None:
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
