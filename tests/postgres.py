"""A throwaway PostgreSQL server for tests: initdb into a temporary folder, listen on 127.0.0.1
at a free port, trust authentication, stopped and removed afterwards.

Uses the server binaries of Debian's ``postgresql`` package (/usr/lib/postgresql/<v>/bin). When
they are missing the tests that need them are skipped, unless DYAD_REQUIRE_POSTGRES=1 (CI),
which makes them fail instead. PostgreSQL refuses to run as root: as root the server runs as the
``postgres`` user the package creates.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

REQUIRE_ENV = "DYAD_REQUIRE_POSTGRES"


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    user: str
    bin_dir: Path

    def conninfo(self, dbname: str) -> str:
        return f"dbname={dbname} host={self.host} port={self.port} user={self.user}"

    def create_database(self, name: str) -> None:
        subprocess.run(
            [str(self.bin_dir / "createdb"), "-h", self.host, "-p", str(self.port), "-U", self.user, name],
            check=True,
            capture_output=True,
        )


def server_binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _unavailable(reason: str) -> None:
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{reason} ({REQUIRE_ENV}=1: a PostgreSQL server is required here)")
    pytest.skip(f"{reason}; install Debian's postgresql package (make postgres) to run this test")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def postgres_server() -> Iterator[Server]:
    bin_dir = server_binaries()
    if bin_dir is None:
        _unavailable("no PostgreSQL server binaries (initdb, pg_ctl)")
    as_user: list[str] = []
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            _unavailable("running as root and there is no postgres user to run the server as")
        runuser = shutil.which("runuser")
        if runuser is None:
            _unavailable("running as root without runuser to start the server as postgres")
        as_user = [runuser, "-u", "postgres", "--"]
    root = Path(tempfile.mkdtemp(prefix="dyad-pg-"))
    data = root / "data"
    if as_user:
        shutil.chown(root, user="postgres")
    port = _free_port()
    user = "dyad"
    log = root / "server.log"

    def run(args: list[str]) -> None:
        subprocess.run([*as_user, *args], check=True, capture_output=True, text=True, cwd=root)

    started = False
    try:
        run([str(bin_dir / "initdb"), "-D", str(data), "-U", user, "--auth=trust", "-E", "UTF8", "--no-sync"])
        options = f"-h 127.0.0.1 -p {port} -k {root} -c fsync=off"
        try:
            run(
                [
                    str(bin_dir / "pg_ctl"),
                    "-D",
                    str(data),
                    "-o",
                    options,
                    "-l",
                    str(log),
                    "-w",
                    "-t",
                    "60",
                    "start",
                ]
            )
        except subprocess.CalledProcessError as exc:
            text = log.read_text(errors="replace") if log.exists() else ""
            raise RuntimeError(f"PostgreSQL did not start: {exc.stderr}\n{text[-2000:]}") from exc
        started = True
        yield Server("127.0.0.1", port, user, bin_dir)
    finally:
        if started:
            subprocess.run(
                [*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                capture_output=True,
                cwd=root,
                check=False,
            )
        shutil.rmtree(root, ignore_errors=True)
