"""Real servers for tests: a throwaway PostgreSQL cluster (initdb + pg_ctl) and a `chroma run` process.

Both listen on a free loopback port and live in a temporary folder that is deleted afterwards. As
root, PostgreSQL runs as the ``postgres`` user, which it requires.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

STARTUP_LIMIT_S = 90


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def postgres_bin(name: str) -> str | None:
    """``initdb`` or ``pg_ctl`` from PATH, or from Debian's versioned folder."""
    found = shutil.which(name) or next(iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)),
                                       None)
    return found


def _as_postgres(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", "--", *command]


@contextmanager
def postgres_cluster() -> Iterator[str]:
    """A PostgreSQL cluster for the duration of the block; yields the URL of its ``postgres`` database."""
    initdb, pg_ctl = postgres_bin("initdb"), postgres_bin("pg_ctl")
    if not (initdb and pg_ctl):
        raise RuntimeError("PostgreSQL is not installed (run `make postgres`, or apt-get install postgresql)")
    root = Path(tempfile.mkdtemp(prefix="coach-pg-", dir="/tmp"))
    data = root / "data"
    port = free_port()
    try:
        if os.geteuid() == 0:
            shutil.chown(root, "postgres", "postgres")
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "check": True, "timeout": 120}
        subprocess.run(_as_postgres([initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8"]),
                       **quiet)  # type: ignore[call-overload]
        options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(_as_postgres([pg_ctl, "-D", str(data), "-o", options, "-l", str(root / "log"), "-w",
                                     "-t", str(STARTUP_LIMIT_S), "start"]), **quiet)  # type: ignore[call-overload]
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(_as_postgres([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"]),  # type: ignore[list-item]
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


def fresh_database(cluster_url: str, name: str) -> str:
    """A new, empty database in the cluster; returns its URL."""
    import psycopg

    with psycopg.connect(cluster_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return cluster_url.rsplit("/", 1)[0] + f"/{name}"


@contextmanager
def chroma_server() -> Iterator[str]:
    """`chroma run` on a free loopback port for the duration of the block; yields its URL."""
    root = Path(tempfile.mkdtemp(prefix="coach-chroma-"))
    port = free_port()
    chroma = Path(sys.executable).with_name("chroma")
    log = (root / "log").open("wb")
    process = subprocess.Popen([str(chroma), "run", "--path", str(root / "db"), "--host", "127.0.0.1",
                                "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_LIMIT_S
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"chroma run exited: {(root / 'log').read_text(errors='replace')[-500:]}")
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=3):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("chroma run did not answer") from None
                time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
        shutil.rmtree(root, ignore_errors=True)
