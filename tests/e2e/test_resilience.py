"""A run killed with SIGKILL in the middle leaves no partial article and never touches the
published warehouse; the next run completes the work."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import duckdb
import pytest

from tests.conftest import SEEDS, filler_database, run_pipeline

pytestmark = pytest.mark.slow


def _distinct_articles(inbox, n: int) -> None:
    base = (SEEDS / "002_f7808c3b0d4d12dc.txt").read_text(encoding="utf-8")
    for i in range(n):
        text = base.replace("30 межрегиональных соглашений", f"{31 + i} межрегиональных соглашений")
        text = text.replace("Сегодня состоялась встреча", f"В {i + 1}-й раз состоялась встреча")
        (inbox / f"article_{i:04d}.txt").write_text(text, encoding="utf-8")


def test_kill_9_mid_run_then_resume(prefect_harness, inbox, tmp_path):
    from prefect.settings import PREFECT_API_URL

    wh = tmp_path / "wh" / "dyad.duckdb"
    first = run_pipeline(inbox, wh)
    assert first.articles_total == 3
    published_before = wh.read_bytes()

    _distinct_articles(inbox, 150)
    env = dict(os.environ, PREFECT_API_URL=PREFECT_API_URL.value())
    proc = subprocess.Popen(
        [sys.executable, "-m", "flows", "run", "--inbox", str(inbox), "--warehouse", str(wh)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    work = wh.parent / ".work" / wh.name
    deadline = time.monotonic() + 120
    while not work.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    time.sleep(3)  # well inside parsing, loading or dbt
    assert proc.poll() is None, "the run ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(30)

    assert wh.read_bytes() == published_before  # the published warehouse never saw the killed run

    resumed = run_pipeline(inbox, wh)
    assert resumed.status == "published"
    assert resumed.articles_new == 150 and resumed.articles_total == 153
    con = duckdb.connect(str(wh), read_only=True)
    try:
        n, distinct = con.execute("select count(*), count(distinct article_id) from raw.articles").fetchone()
        orphans = con.execute(
            "select count(*) from raw.articles a where not exists "
            "(select 1 from raw.sentences s where s.article_id = a.article_id)"
        ).fetchone()[0]
        manifest = con.execute(
            "select count(*), count(distinct source_uri) from raw.file_manifest"
        ).fetchone()
    finally:
        con.close()
    assert n == distinct == 153
    assert orphans == 0
    assert manifest == (153, 153)


def _run_record(wh) -> dict:
    records = list((wh.parent / "runs").glob("*.json"))
    assert len(records) == 1
    return json.loads(records[0].read_text(encoding="utf-8"))


def _left_in_work_dir(wh) -> list[str]:
    work = wh.parent / ".work"
    return sorted(p.name for p in work.iterdir() if p.name != "dbt-target") if work.exists() else []


def test_disk_full_while_loading_names_the_filesystem_and_leaves_nothing(prefect_harness, inbox, small_fs):
    _distinct_articles(inbox, 70)  # staged, they fit; loaded into the working copy, they do not
    wh = small_fs / "dyad.duckdb"
    with pytest.raises(Exception) as err:  # the message is the point
        run_pipeline(inbox, wh)
    msg = str(err.value)
    assert type(err.value).__name__ == "NoSpace", msg
    assert (
        msg.startswith(f"no space left on tmpfs (mounted at {small_fs}") and "No space left on device" in msg
    )
    assert "no transaction is active" not in msg
    assert _left_in_work_dir(wh) == [] and not wh.exists()
    record = _run_record(wh)
    assert record["status"] == "failed" and "no space left on tmpfs" in record["error"]


def test_disk_full_before_copying_refuses_and_keeps_a_whole_run_record(
    prefect_harness, inbox, small_fs, tmp_path
):
    built = filler_database(tmp_path / "built.duckdb")  # a published warehouse that fits once, not twice
    wh = small_fs / "dyad.duckdb"
    shutil.copy(built, wh)
    before = wh.read_bytes()
    with pytest.raises(Exception) as err:  # the message is the point
        run_pipeline(inbox, wh)
    assert str(err.value).startswith(f"no space left on tmpfs (mounted at {small_fs}"), str(err.value)
    assert wh.read_bytes() == before
    assert _left_in_work_dir(wh) == []
    record = _run_record(wh)
    assert record["status"] == "failed" and "no space left on tmpfs" in record["error"]


def test_a_run_does_not_publish_while_another_process_writes_the_warehouse(prefect_harness, inbox, tmp_path):
    from flows.pipeline import pipeline

    wh = tmp_path / "wh" / "dyad.duckdb"
    first = run_pipeline(inbox, wh)
    _distinct_articles(inbox, 3)
    writer = subprocess.Popen(  # a session that opened the published file read-write and wrote
        [
            sys.executable,
            "-c",
            "import sys, time, duckdb; con = duckdb.connect(sys.argv[1]); "
            "con.execute('create table main.scratch as select 1 as x'); print('ready', flush=True); "
            "sys.stdin.readline(); con.close()",
            str(wh),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout.readline().strip() == "ready"
        with pytest.raises(Exception, match=f"open for writing by pid {writer.pid}") as err:
            pipeline(inbox=[str(inbox)], warehouse_path=str(wh))
        assert type(err.value).__name__ == "WarehouseInUse"
        assert (wh.parent / "dyad.duckdb.wal").exists()
    finally:
        writer.communicate("\n", timeout=30)  # the session closes: its change is checkpointed
    resumed = run_pipeline(inbox, wh)
    assert resumed.status == "published" and resumed.articles_total == first.articles_total + 3
    con = duckdb.connect(str(wh), read_only=True)
    try:
        assert con.execute("select count(*) from raw.articles").fetchone()[0] == first.articles_total + 3
        assert con.execute("select count(*) from main.scratch").fetchone()[0] == 1  # kept
    finally:
        con.close()
    records = sorted((wh.parent / "runs").glob("*.json"), key=lambda p: p.stat().st_mtime)
    assert json.loads(records[1].read_text(encoding="utf-8"))["status"] == "refused"


def test_a_symlinked_warehouse_path_stays_a_link_across_runs(prefect_harness, inbox, tmp_path):
    target = tmp_path / "volume" / "dyad.duckdb"
    target.parent.mkdir()
    link = tmp_path / "wh" / "dyad.duckdb"
    link.parent.mkdir()
    link.symlink_to(target)
    first = run_pipeline(inbox, link)
    _distinct_articles(inbox, 2)
    second = run_pipeline(inbox, link)
    assert first.status == second.status == "published"
    assert link.is_symlink() and link.resolve() == target
    con = duckdb.connect(str(target), read_only=True)
    try:
        assert con.execute("select count(*) from marts.articles").fetchone()[0] == second.articles_total == 5
    finally:
        con.close()
    assert not (link.parent / ".work").exists() and (target.parent / ".work").is_dir()


# ------------------------------------------------------------------ poison inputs, unchanged runs


def _age(root, seconds: float) -> None:
    """Set the mtime of everything under ``root`` to ``seconds`` ago (nanoseconds kept non-round)."""
    ns = time.time_ns() - int(seconds * 1e9) + 123_456_789
    for p in [root, *root.rglob("*")]:
        if not p.is_symlink():
            os.utime(p, ns=(ns, ns))


def test_poison_inputs_are_quarantined_and_the_run_goes_on(prefect_harness, inbox, tmp_path):
    """Inputs whose parsers raise sit beside the seeds; the warehouse path has an apostrophe, a
    space and Cyrillic letters. The first run quarantines each poison input (or JSON line) with the
    exception's kind and ingests the rest; the next runs read nothing and record nothing again."""
    import json

    good = {"title": "Беларусь и Китай", "text": "Беларусь и Китай подписали соглашение о поставках техники."}
    later = {"title": "Казахстан и Россия", "text": "Казахстан и Россия обсудили строительство нового моста."}
    (inbox / "deep.json").write_bytes(b"[" * 4000 + b"]" * 4000)
    (inbox / "long-int.json").write_bytes(b'{"text": "Belarus", "n": 9' + b"9" * 4400 + b"}")
    (inbox / "cut-emoji.json").write_bytes(b'{"text": "\\u041c\\u0438\\u043d\\u0441\\u043a \\ud83d"}')
    (inbox / "cut-emoji-title.json").write_bytes(b'{"title": "\\ud83d", "text": "Belarus and Armenia met."}')
    (inbox / "lines.jsonl").write_text(
        "\n".join(
            [json.dumps(good, ensure_ascii=False), '{"a": ' * 5000 + "1" + "}" * 5000, json.dumps(later)]
        ),
        encoding="utf-8",
    )
    (inbox / "huge.txt").write_bytes(b"Belarus " * 20_000)
    (inbox / "folder.txt").mkdir()
    os.symlink("loop.txt", inbox / "loop.txt")
    _age(inbox, 3600)
    (inbox / "fresh.json").write_text(  # still being written
        json.dumps({"text": "Беларусь и Вьетнам обсудили торговлю и инвестиции."}, ensure_ascii=False),
        encoding="utf-8",
    )
    wh = tmp_path / "it's a склад" / "dyad.duckdb"
    settings = {"max_file_bytes": 100_000, "settle_seconds": 600}

    first = run_pipeline(inbox, wh, settings_overrides=settings)
    assert first.status == "published"
    assert first.articles_new == 5  # the three seeds and the two good JSON lines
    reasons = {uri.rsplit("/", 1)[-1]: reason for uri, reason in first.rejected}
    assert "RecursionError" in reasons["deep.json"]
    assert "ValueError" in reasons["long-int.json"]
    assert "UnicodeEncodeError" in reasons["cut-emoji.json"]
    assert "UnicodeEncodeError" in reasons["cut-emoji-title.json"]
    assert "RecursionError" in reasons["lines.jsonl#2"]
    assert reasons["huge.txt"].startswith("too large")
    assert reasons["loop.txt"].startswith("unreadable")
    assert reasons["folder.txt"].startswith("not a file")
    assert [u.rsplit("/", 1)[-1] for u, _r in first.deferred] == ["fresh.json"]

    for _ in range(2):
        again = run_pipeline(inbox, wh, settings_overrides=settings)
        assert again.status == "published"
        assert (again.files_new, again.files_rejected, again.articles_new) == (0, 0, 0)
        assert again.dbt_build.startswith("skip"), again.dbt_build
        assert again.files_deferred == 1
    con = duckdb.connect(str(wh), read_only=True)
    try:
        per_input = con.execute(
            "select source_uri, count(*) from audit.rejected_files group by all"
        ).fetchall()
        versions = con.execute("select max(version), count(*) from raw.file_manifest").fetchone()
        fresh = con.execute(
            "select count(*) from raw.file_manifest where source_uri like '%fresh.json'"
        ).fetchone()
        titles = {t for (t,) in con.execute("select title from marts.articles").fetchall()}
    finally:
        con.close()
    assert len(per_input) == 8 and all(n == 1 for _u, n in per_input)  # 7 inputs + 1 JSON line
    assert versions == (1, 11)  # 3 seeds + 8 inputs, each recorded once
    assert fresh == (0,)  # left for a later run, not recorded
    assert {good["title"], later["title"]} <= titles

    done = run_pipeline(inbox, wh, settings_overrides={**settings, "settle_seconds": 0})
    assert (done.files_new, done.articles_new, done.files_deferred) == (1, 1, 0)


# ----------------------------------------------------------------- a file completed after a torn read


def test_a_completed_file_replaces_its_torn_version(prefect_harness, tmp_path):
    """A file stored torn (cut inside its body), a near-duplicate of it from another site, then the
    complete file at the same path: the complete version supersedes the torn one, which stops being
    canonical and counted; the other site's copy is the story's canonical article again; a full
    rebuild gives the same marts as the incremental runs."""
    from tests.conftest import SEEDS
    from tests.e2e.test_incremental import MARTS, _snapshot

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wh = tmp_path / "wh" / "dyad.duckdb"
    full = (SEEDS / "002_f7808c3b0d4d12dc.txt").read_text(encoding="utf-8")
    cut = full.index("Мы договорились работать в") + len("Мы договорились работать в")
    shutil.copy2(SEEDS / "000_7cb8a6a600c89242.txt", inbox / "000.txt")
    (inbox / "002.txt").write_text(full[:cut], encoding="utf-8")
    first = run_pipeline(inbox, wh)
    assert first.articles_new == 2

    (inbox / "002-elsewhere.txt").write_text(
        full.replace("отметил парламентарий", "подчеркнул парламентарий"), encoding="utf-8"
    )
    second = run_pipeline(inbox, wh)
    assert second.articles_new == 1

    def articles() -> dict[str, tuple]:
        con = duckdb.connect(str(wh), read_only=True)
        try:
            rows = con.execute(
                "select article_id, source_uri, canonical_article_id, is_canonical, superseded_by_article_id "
                "from marts.articles"
            ).fetchall()
        finally:
            con.close()
        return {r[0]: r[1:] for r in rows}

    before = articles()
    (torn_id,) = [a for a, r in before.items() if r[0].endswith("/002.txt")]
    (copy_id,) = [a for a, r in before.items() if r[0].endswith("002-elsewhere.txt")]
    assert before[copy_id][1:3] == (torn_id, False)  # the other site's copy hid behind the torn file

    # the complete file arrives as the inbox expects: written beside and renamed into place (a
    # rewrite in place changes no folder and waits for the periodic full scan)
    (inbox / ".002.txt.part").write_text(full, encoding="utf-8")
    os.replace(inbox / ".002.txt.part", inbox / "002.txt")
    third = run_pipeline(inbox, wh)
    assert third.dbt_build.startswith("incremental"), third.dbt_build
    assert third.articles_new == 1
    after = articles()
    (complete_id,) = [a for a, r in after.items() if r[0].endswith("/002.txt") and a != torn_id]
    assert after[torn_id][1:] == (complete_id, False, complete_id)  # superseded: not canonical
    assert after[copy_id][1:] == (copy_id, True, None)  # canonical again
    assert after[complete_id][1:] == (copy_id, False, None)  # a near-duplicate of the earlier copy

    con = duckdb.connect(str(wh), read_only=True)
    try:
        by_kz = con.execute(
            "select article_count, article_versions from marts.dyads "
            "where country_a = 'BY' and country_b = 'KZ'"
        ).fetchone()
        facts_of_torn = con.execute(
            "select count(*) from marts.numeric_facts f join marts.articles a using (article_id) "
            "where a.is_canonical and a.article_id = ?",
            [torn_id],
        ).fetchone()[0]
    finally:
        con.close()
    assert by_kz == (1, 2)  # one story; the copy and the complete file, not the torn version
    assert facts_of_torn == 0

    incremental = _snapshot(wh)
    rebuilt = run_pipeline(inbox, wh, full_refresh=True)
    assert rebuilt.dbt_build.startswith("full")
    after_full = _snapshot(wh)
    for table in MARTS:
        assert incremental[table] == after_full[table], f"marts.{table} differs after a full rebuild"
