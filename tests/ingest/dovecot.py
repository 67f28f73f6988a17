"""A real Dovecot IMAP server on 127.0.0.1, started by a test in a temp folder (Debian's
``dovecot-imapd``). Missing Dovecot fails the test: it is never skipped."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

DOVECOT = "/usr/sbin/dovecot"
USER, PASSWORD = "orders", "imap-test-pw"


@dataclass
class Dovecot:
    port: int
    maildir: Path
    user: str = USER
    password: str = PASSWORD


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def dovecot_server(root: Path) -> Iterator[Dovecot]:
    assert Path(DOVECOT).exists(), "dovecot is not installed (apt install dovecot-imapd)"
    root.mkdir(parents=True, exist_ok=True)
    os.chmod(root, 0o755)
    for parent in root.parents:  # the mail user must be able to reach its home
        if parent == Path("/"):
            break
        mode = parent.stat().st_mode
        if not mode & 0o001:
            os.chmod(parent, mode | 0o001)
    port = _free_port()
    home, run = root / "home", root / "run"
    maildir = home / "Maildir"
    for d in (maildir / "cur", maildir / "new", maildir / "tmp", run, root / "state"):
        d.mkdir(parents=True, exist_ok=True)
    uid = gid = os.getuid()
    if os.getuid() == 0:
        import pwd

        entry = pwd.getpwnam("dovecot")
        uid, gid = entry.pw_uid, entry.pw_gid
        for path in [home, maildir, *maildir.iterdir()]:
            os.chown(path, uid, gid)
    (root / "passwd").write_text(
        f"{USER}:{{PLAIN}}{PASSWORD}:{uid}:{gid}::{home}::\n", encoding="utf-8"
    )
    internal = "default_internal_user = dovecot\ndefault_login_user = dovenull\n"
    conf = root / "dovecot.conf"
    conf.write_text(
        f"""
protocols = imap
listen = 127.0.0.1
base_dir = {run}
state_dir = {root / "state"}
{internal if os.getuid() == 0 else ""}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = {root / "dovecot.log"}
mail_location = maildir:~/Maildir
first_valid_uid = 0
passdb {{
  driver = passwd-file
  args = {root / "passwd"}
}}
userdb {{
  driver = passwd-file
  args = {root / "passwd"}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
""",
        encoding="utf-8",
    )
    proc = subprocess.Popen(
        [DOVECOT, "-F", "-c", str(conf)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                    if s.recv(100).startswith(b"* OK"):
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log = (root / "dovecot.log").read_text() if (root / "dovecot.log").exists() else ""
                out = proc.stdout.read().decode() if proc.stdout and proc.poll() is not None else ""
                raise AssertionError(f"dovecot did not start:\n{out}\n{log}")
            time.sleep(0.1)
        yield Dovecot(port=port, maildir=maildir)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(run, ignore_errors=True)


def deliver(server: Dovecot, raw: bytes, name: str) -> None:
    """Put a message into the Maildir the way an MTA does (write in tmp/, rename to new/)."""
    tmp = server.maildir / "tmp" / name
    tmp.write_bytes(raw)
    if os.getuid() == 0:
        import pwd

        entry = pwd.getpwnam("dovecot")
        os.chown(tmp, entry.pw_uid, entry.pw_gid)
    os.replace(tmp, server.maildir / "new" / name)
