"""What the published warehouse holds and how the last runs went."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field

from flows.settings import Settings


@dataclass
class Status:
    tables: list[tuple[str, int]] = field(default_factory=list)
    runs: list[dict] = field(default_factory=list)
    published: str = ""


def read_status(settings: Settings, last: int = 10) -> Status:
    """The tables of the published warehouse with their row counts, and its ``last`` runs
    (newest first, from the run records beside the warehouse; runs of another warehouse or of
    the other mode that share that folder are not listed)."""
    from flows.lake import LakeUnavailable
    from flows.runs import read_run_records
    from flows.warehouses import open_warehouse

    wh = open_warehouse(settings)
    st = Status(published=wh.label)
    try:
        con = wh.open_published()  # the published file, or the lake's latest snapshot
    except (FileNotFoundError, LakeUnavailable):
        con = None
    if con is not None:
        try:
            names = con.execute(
                """select table_schema || '.' || table_name from information_schema.tables
                   where table_catalog = current_database() and table_schema in ('marts', 'audit')
                   and table_type = 'BASE TABLE' order by 1"""
            ).fetchall()
            st.tables = [(n, con.execute(f"select count(*) from {n}").fetchone()[0]) for (n,) in names]
        finally:
            con.close()
    # Every run, published or not, leaves a record beside the warehouse.
    for record in read_run_records(settings, wh.label, last):
        record["status"] = run_state(record)
        if record["status"] == "interrupted" and not record.get("error"):
            # its counts are what it had found when it stopped; none of it was loaded
            record["error"] = INTERRUPTED_NOTE
        st.runs.append(record)
    return st


# what `dyad status` says of a run whose process ended before the run did (a killed run's record
# holds the files and articles it had found, none of which it published)
INTERRUPTED_NOTE = "stopped before publishing: nothing of this run was published"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except (OSError, OverflowError, ValueError):
        return False
    return True


def run_state(record: dict) -> str:
    """The status to show for a run record: its own, except that a ``running`` record whose
    process is gone (killed with SIGKILL, the machine rebooted) is ``interrupted``. A record
    written on another host is taken at its word; a ``running`` record without a pid (written
    by an older version, only ever at the end of a run) is ``interrupted`` too."""
    status = str(record.get("status"))
    if status != "running":
        return status
    pid, host = record.get("pid"), record.get("host")
    if not isinstance(pid, int) or isinstance(pid, bool):
        return "interrupted"
    if host not in (None, socket.gethostname()):
        return status
    return status if _alive(pid) else "interrupted"
