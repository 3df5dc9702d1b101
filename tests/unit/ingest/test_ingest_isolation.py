"""Every input is isolated, unchanged inputs stay unchanged, files still being written wait, and
paths reach SQL quoted: parse chunks, the loader and discovery on real files and real DuckDB
files (the end-to-end runs are in tests/e2e/test_resilience.py)."""

from __future__ import annotations

import json
import os
import random
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from flows.ingest.documents import InputItem, parse_input
from flows.ingest.inbox import discover, load_manifest
from flows.ingest.load import load_results
from flows.ingest.staging import parse_chunk, staged_files
from flows.sql import literal, literal_list
from flows.warehouse import ensure_raw_schema

COUNTRIES = ["Беларусь", "Китай", "Казахстан", "Россия", "Армения", "Узбекистан", "Вьетнам", "Монголия"]


def good_article(rng: random.Random, n: int) -> dict:
    a, b = rng.sample(COUNTRIES, 2)
    return {
        "title": f"{a} и {b}: встреча {n}",
        "text": f"{a} и {b} подписали соглашение номер {n} о сотрудничестве в торговле. "
        f"Товарооборот составил {rng.randint(2, 900)} млн долларов.",
        "url": f"https://example.org/{n}",
        "published": "2025-03-01",
    }


def _surrogate_text(rng: random.Random) -> str:
    return "".join(
        rng.choice(["a", "б", " ", chr(rng.randint(0xD800, 0xDFFF))]) for _ in range(rng.randint(1, 12))
    )


def _random_json(rng: random.Random, depth: int = 0) -> object:
    kinds = ["int", "float", "str", "surrogate", "null", "bool"] + (["list", "dict"] if depth < 4 else [])
    kind = rng.choice(kinds)
    if kind == "int":
        return rng.choice([0, -1, 2**63, -(2**64), rng.randint(-(10**30), 10**30)])
    if kind == "float":
        return rng.choice([0.5, -1e308, 1e-308, float("inf"), float("nan")])
    if kind == "str":
        return rng.choice(["", " ", "Беларусь", "\x00", "\u200b\ufeff", "😀", "<p>x</p>"])
    if kind == "surrogate":
        return _surrogate_text(rng)
    if kind == "null":
        return None
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "list":
        return [_random_json(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    keys = ["text", "body", "title", "url", "published", "publisher", "x", _surrogate_text(rng)]
    return {rng.choice(keys): _random_json(rng, depth + 1) for _ in range(rng.randint(0, 5))}


def _dumps(obj: object) -> str:
    # ensure_ascii writes lone surrogates as \\udXXX escapes: valid JSON text that Python decodes back
    return json.dumps(obj, ensure_ascii=True, allow_nan=True)


def _deep(rng: random.Random) -> str:
    depth = rng.randint(3_000, 60_000)
    if rng.random() < 0.5:
        return "[" * depth + "]" * depth
    return '{"text": ' * depth + '"x"' + "}" * depth


def _huge_int(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + "0" * rng.randint(4_300, 20_000)


def poison(rng: random.Random, good: dict) -> tuple[str, bytes]:
    """One hostile input: (suffix, bytes). Some carry a good article beside their poison."""
    kind = rng.randrange(10)
    if kind == 0:
        return rng.choice([".txt", ".json", ".jsonl", ".html"]), rng.randbytes(rng.randint(0, 3000))
    if kind == 1:
        return ".json", _dumps(_random_json(rng)).encode()
    if kind == 2:
        return ".json", _deep(rng).encode()
    if kind == 3:
        return ".json", ('{"text": "Беларусь и Китай", "n": ' + _huge_int(rng) + "}").encode()
    if kind == 4:  # a lone surrogate (half an emoji) in one field of an otherwise good article
        field = rng.choice(["text", "title", "url", "publisher"])
        bad = dict(good, **{field: good[field][:10] + chr(rng.randint(0xD800, 0xDFFF)) + good[field][10:]})
        return ".json", _dumps(bad).encode()
    if kind == 5:
        return ".jsonl", "\n".join(_dumps(_random_json(rng)) for _ in range(rng.randint(1, 4))).encode()
    if kind == 6:
        return ".jsonl", _deep(rng).encode()
    if kind == 7:
        return ".html", ("<div>" * rng.randint(1_000, 30_000) + _surrogate_text(rng)).encode(
            "utf-8", "surrogatepass"
        )
    if kind == 8:
        return ".json", _dumps([_random_json(rng), good, _random_json(rng)]).encode()
    return ".txt", _surrogate_text(rng).encode("utf-8", "surrogatepass") + rng.randbytes(50)


def _item(root: Path, name: str, data: bytes) -> InputItem:
    path = root / name
    path.write_bytes(data)
    st = path.stat()
    kind = {".json": "json", ".jsonl": "jsonl", ".html": "html"}.get(path.suffix, "txt")
    return InputItem(str(path), kind, path=str(path), size_bytes=st.st_size, mtime_ns=st.st_mtime_ns)


def _staged_ids(stage: Path) -> set[str]:
    files = staged_files(stage, "articles")
    if not files:
        return set()
    con = duckdb.connect()
    try:
        return {
            r[0]
            for r in con.execute(f"select article_id from read_parquet({literal_list(files)})").fetchall()
        }
    finally:
        con.close()


@pytest.mark.parametrize("seed", range(6))
def test_good_articles_survive_any_poison_in_their_chunk(tmp_path, seed):
    """Generated garbage beside good articles (files, and lines of the same JSON Lines file): the
    chunk never raises, every good article is staged, every input ends as articles or reasons."""
    rng = random.Random(seed)
    root = tmp_path / "in"
    root.mkdir()
    items: list[InputItem] = []
    good_titles: dict[int, set[str]] = {}  # item position -> titles of the good articles it holds
    for n in range(8):
        good = good_article(rng, seed * 100 + n)
        items.append(_item(root, f"good-{n}.json", json.dumps(good, ensure_ascii=False).encode()))
        good_titles[len(items) - 1] = {good["title"]}
        suffix, data = poison(rng, good_article(rng, seed * 100 + 50 + n))
        items.append(_item(root, f"poison-{n}{suffix}", data))
        # the same poison as one line of a JSON Lines file, between two good lines
        first, last = good_article(rng, seed * 100 + 70 + n), good_article(rng, seed * 100 + 90 + n)
        line = (
            data.decode("utf-8", "replace").replace("\n", " ")
            if suffix in {".json", ".jsonl"}
            else _deep(rng)
        )
        jsonl = "\n".join([json.dumps(first, ensure_ascii=False), line, json.dumps(last, ensure_ascii=False)])
        items.append(_item(root, f"mixed-{n}.jsonl", jsonl.encode()))
        good_titles[len(items) - 1] = {first["title"], last["title"]}

    stage = tmp_path / "stage"
    stage.mkdir()
    staged = parse_chunk(list(enumerate(items)), 1_000_000, str(stage), 0)

    assert len(staged.results) == len(items)
    ids = _staged_ids(stage)
    for res in staged.results:
        assert res.articles or res.rejected, res.item.source_uri
        for _uri, reason in res.rejected:
            assert reason and reason.encode("utf-8")  # storable, specific
        for art in res.articles:
            assert art.article_id in ids
    for idx, titles in good_titles.items():
        res = staged.results[idx]
        assert titles <= {a.title for a in res.articles}, (res.item.source_uri, res.rejected)


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("deep-array.json", b"[" * 5000 + b"]" * 5000, "RecursionError"),
        ("deep-object.json", b'{"a": ' * 4000 + b"1" + b"}" * 4000, "RecursionError"),
        ("long-int.json", b'{"text": "x", "n": 1' + b"0" * 4300 + b"}", "ValueError"),
        (
            "surrogate-text.json",
            b'{"text": "\\u0411\\u0435\\u043b\\u0430\\u0440\\u0443\\u0441\\u044c \\ud83d"}',
            "UnicodeEncodeError",
        ),
        (
            "surrogate-title.json",
            b'{"title": "\\udc00 x", "text": "Belarus and China met in Minsk."}',
            "UnicodeEncodeError",
        ),
        (
            "surrogate-url.json",
            b'{"url": "https://e.org/\\ud83d", "text": "Belarus and China met in Minsk."}',
            "UnicodeEncodeError",
        ),
    ],
)
def test_a_raising_parser_quarantines_its_input_with_the_exception_kind(tmp_path, name, data, kind):
    good = _item(
        tmp_path, "good.json", json.dumps(good_article(random.Random(1), 1), ensure_ascii=False).encode()
    )
    bad = _item(tmp_path, name, data)
    stage = tmp_path / "stage"
    stage.mkdir()
    staged = parse_chunk([(0, bad), (1, good)], 1_000_000, str(stage), 0)
    bad_res, good_res = staged.results
    assert not bad_res.articles
    (reason,) = {r for _u, r in bad_res.rejected}
    assert reason.startswith("parse failed: ") and kind in reason, reason
    assert len(good_res.articles) == 1 and _staged_ids(stage) == {good_res.articles[0].article_id}


def test_a_raising_json_lines_line_loses_only_itself(tmp_path):
    lines = [
        json.dumps(good_article(random.Random(2), 1), ensure_ascii=False),
        "[" * 10_000 + "]" * 10_000,
        '{"text": "Беларусь", "n": ' + "7" * 5000 + "}",
        '{"text": "Беларусь и Китай \\udbff подписали"}',
        json.dumps(good_article(random.Random(3), 2), ensure_ascii=False),
    ]
    item = _item(tmp_path, "batch.jsonl", "\n".join(lines).encode())
    stage = tmp_path / "stage"
    stage.mkdir()
    (res,) = parse_chunk([(0, item)], 1_000_000, str(stage), 0).results
    assert sorted(a.source_uri.rsplit("#", 1)[1] for a in res.articles) == ["1", "5"]
    reasons = dict(res.rejected)
    assert "RecursionError" in reasons[f"{item.source_uri}#2"]
    assert "ValueError" in reasons[f"{item.source_uri}#3"]
    assert "UnicodeEncodeError" in reasons[f"{item.source_uri}#4"]
    assert len(_staged_ids(stage)) == 2


def test_a_good_surrogate_pair_is_an_emoji_not_a_poison(tmp_path):
    item = _item(
        tmp_path,
        "emoji.json",
        b'{"title": "\\ud83d\\ude00 Belarus", "text": "Belarus and China met in Minsk."}',
    )
    stage = tmp_path / "stage"
    stage.mkdir()
    (res,) = parse_chunk([(0, item)], 1_000_000, str(stage), 0).results
    assert [a.title for a in res.articles] == ["😀 Belarus"]


# ------------------------------------------------------------------------- manifest, exact types


def _warehouse(path: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path))
    ensure_raw_schema(con)
    return con


def _run_once(con, inbox: Path, stage: Path, max_bytes: int, run_id: str, retry_rejected: bool = False):
    """discover -> parse -> load, as a run does (without dbt): (discovery, load stats)."""
    manifest = load_manifest(con)
    found = discover([inbox], manifest, max_bytes, retry_rejected=retry_rejected)
    stage.mkdir(exist_ok=True)
    results = parse_chunk(list(enumerate(found.new)), max_bytes, str(stage), 0).results if found.new else []
    stats = load_results(con, results, stage, found.rejected, manifest, run_id, datetime.now(UTC))
    for f in stage.glob("*.parquet"):
        f.unlink()
    return found, stats


def test_unchanged_inputs_stay_unchanged_whatever_else_the_run_holds(tmp_path):
    """A directory named like an article and a symlink loop (rows without size or mtime) beside
    files with nanosecond mtimes beyond float precision: the next runs read nothing, and nothing
    rejected is recorded twice."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    rng = random.Random(7)
    for n in range(3):
        p = inbox / f"a{n}.json"
        p.write_text(json.dumps(good_article(rng, n), ensure_ascii=False), encoding="utf-8")
        os.utime(p, ns=(1_763_000_000_123_456_789 + n, 1_763_000_000_987_654_321 + 7 * n))
    big = inbox / "big.txt"
    big.write_bytes(b"Belarus " * 1000)
    os.utime(big, ns=(1_763_000_000_000_000_001, 1_763_000_000_000_000_003))
    (inbox / "folder.txt").mkdir()
    os.symlink("loop.txt", inbox / "loop.txt")  # a symlink to itself: stat fails (ELOOP)
    (inbox / "bad.json").write_bytes(b"[" * 5000 + b"]" * 5000)

    con = _warehouse(tmp_path / "w.duckdb")
    try:
        found, stats = _run_once(con, inbox, tmp_path / "stage", 4000, "r1")
        assert stats.articles_new == 3 and stats.files_rejected == 4
        rows = con.execute("select source_uri, size_bytes, mtime_ns from raw.file_manifest").fetchall()
        on_disk = {str(inbox / f"a{n}.json"): (inbox / f"a{n}.json").stat() for n in range(3)}
        for uri, size, mtime in rows:
            if uri in on_disk:
                assert (size, mtime) == (on_disk[uri].st_size, on_disk[uri].st_mtime_ns)
        for run in ("r2", "r3"):
            found, stats = _run_once(con, inbox, tmp_path / "stage", 4000, run)
            assert (found.new, found.rejected, found.unchanged) == ([], [], 7), run
            assert stats.files_rejected == 0
        versions = con.execute("select max(version) from raw.file_manifest").fetchone()[0]
        rejected = con.execute(
            "select source_uri, count(*) from audit.rejected_files group by all"
        ).fetchall()
    finally:
        con.close()
    assert versions == 1
    assert all(n == 1 for _u, n in rejected) and len(rejected) == 4


def test_a_changed_rejected_input_is_recorded_again(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    big = inbox / "big.txt"
    big.write_bytes(b"x" * 5000)
    con = _warehouse(tmp_path / "w.duckdb")
    try:
        _run_once(con, inbox, tmp_path / "stage", 4000, "r1")
        big.write_bytes(b"x" * 6000)
        found, _ = _run_once(con, inbox, tmp_path / "stage", 4000, "r2")
        reasons = [
            r
            for (r,) in con.execute("select reason from audit.rejected_files order by detected_at").fetchall()
        ]
    finally:
        con.close()
    assert len(found.rejected) == 1
    assert [r.split(" bytes")[0] for r in reasons] == ["too large: 5000", "too large: 6000"]


def test_a_file_too_large_is_read_once_the_limit_allows_it(tmp_path):
    """Rejected as too large, unchanged, then the limit raised (max_file_bytes): the next scan
    reads it; while it stays above the limit it stays rejected, recorded once."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    text = "Министры иностранных дел Литвы и Польши обсудили в Вильнюсе транзит. " * 40
    (inbox / "long.txt").write_text(text, encoding="utf-8")
    size = (inbox / "long.txt").stat().st_size
    con = _warehouse(tmp_path / "w.duckdb")
    try:
        found1, _ = _run_once(con, inbox, tmp_path / "stage", size - 1, "r1")
        found2, _ = _run_once(con, inbox, tmp_path / "stage", size - 1, "r2")
        found3, stats3 = _run_once(con, inbox, tmp_path / "stage", size, "r3")
        found4, _ = _run_once(con, inbox, tmp_path / "stage", size, "r4")
        statuses = [
            s for (s,) in con.execute("select status from raw.file_manifest order by version").fetchall()
        ]
    finally:
        con.close()
    assert len(found1.rejected) == 1 and (found2.rejected, found2.unchanged) == ([], 1)
    assert len(found3.new) == 1 and stats3.articles_new == 1
    assert (found4.new, found4.unchanged) == ([], 1)
    assert statuses == ["rejected", "ingested"]


def test_retry_rejected_reads_every_rejected_input_again(tmp_path):
    """An input rejected for what it held (no article in it) is read again, unchanged, only when
    asked (``retry_rejected``): read again and rejected again, it is recorded again; a touched
    rejected input (same bytes, new mtime) is read again too."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    empty = inbox / "empty.json"
    empty.write_text("{}", encoding="utf-8")
    con = _warehouse(tmp_path / "w.duckdb")
    try:
        _run_once(con, inbox, tmp_path / "stage", 4000, "r1")
        quiet, _ = _run_once(con, inbox, tmp_path / "stage", 4000, "r2")
        retried, stats = _run_once(con, inbox, tmp_path / "stage", 4000, "r3", retry_rejected=True)
        st = empty.stat()
        os.utime(empty, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
        touched, touched_stats = _run_once(con, inbox, tmp_path / "stage", 4000, "r4")
        versions = con.execute("select count(*) from raw.file_manifest").fetchone()[0]
    finally:
        con.close()
    assert (quiet.new, quiet.unchanged) == ([], 1)
    assert len(retried.new) == 1 and stats.files_rejected == 1
    assert len(touched.new) == 1 and touched_stats.files_rejected == 1
    assert versions == 3


def test_undecodable_file_names_are_stored_as_text(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    name = os.fsdecode(b"caf\xe9-\xff.txt")  # Latin-1 bytes: not UTF-8, kept as lone surrogates
    (inbox / name).write_text(
        "Belarus and China signed an agreement on trade in Minsk on Tuesday.", encoding="utf-8"
    )
    con = _warehouse(tmp_path / "w.duckdb")
    try:
        _, stats = _run_once(con, inbox, tmp_path / "stage", 4000, "r1")
        (uri,) = con.execute("select source_uri from raw.file_manifest").fetchone()
        found, _ = _run_once(con, inbox, tmp_path / "stage", 4000, "r2")
    finally:
        con.close()
    assert stats.articles_new == 1
    assert uri.endswith("caf\\xe9-\\xff.txt")
    assert found.unchanged == 1 and not found.new


# ----------------------------------------------------------------------- files still being written


def test_a_file_modified_within_the_settle_time_waits_for_a_later_run(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    old, fresh = inbox / "old.txt", inbox / "fresh.txt"
    old.write_text("Belarus and China met.", encoding="utf-8")
    fresh.write_text("Belarus and Russia met.", encoding="utf-8")
    now = fresh.stat().st_mtime_ns
    os.utime(old, ns=(now - 60 * 10**9, now - 60 * 10**9))
    found = discover([inbox], {}, 10_000, settle_seconds=30, now_ns=now + 2 * 10**9)
    assert [i.source_uri for i in found.new] == [str(old)]
    ((item, reason),) = found.deferred
    assert item.source_uri == str(fresh) and reason.startswith("still being written: modified 2.0 s ago")
    later = discover([inbox], {}, 10_000, settle_seconds=30, now_ns=now + 31 * 10**9)
    assert sorted(i.source_uri for i in later.new) == sorted([str(old), str(fresh)])
    assert discover([inbox], {}, 10_000, settle_seconds=0, now_ns=now).deferred == []


def test_a_file_appended_to_after_discovery_is_deferred_not_stored_torn(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    path = inbox / "growing.txt"
    path.write_text("Беларусь и Китай подписали соглашение о торговле. ", encoding="utf-8")
    con = _warehouse(tmp_path / "w.duckdb")
    try:
        manifest = load_manifest(con)
        found = discover([inbox], manifest, 100_000)
        with path.open("a", encoding="utf-8") as f:  # the writer is not done yet
            f.write("Товарооборот вырос на 20%.\n")
        res = parse_input(found.new[0], 100_000)
        assert res.deferred and res.deferred.startswith("still being written") and not res.articles
        stage = tmp_path / "stage"
        stage.mkdir()
        results = parse_chunk(list(enumerate(found.new)), 100_000, str(stage), 0).results
        stats = load_results(con, results, stage, found.rejected, manifest, "r1", datetime.now(UTC))
        assert stats.files_deferred == 1 and stats.articles_new == 0
        assert con.execute("select count(*) from raw.file_manifest").fetchone()[0] == 0
        found, stats = _run_once(con, inbox, tmp_path / "stage2", 100_000, "r2")
        body = con.execute("select body from raw.articles").fetchone()[0]
    finally:
        con.close()
    assert stats.articles_new == 1 and "20%" in body


# ----------------------------------------------------------------------------- quoting in SQL


@pytest.mark.parametrize("name", ["it's", "two words", "данные", "a''b", "x'); drop table t; --"])
def test_staging_and_loading_work_under_any_folder_name(tmp_path, name):
    root = tmp_path / name
    inbox = root / "inbox"
    inbox.mkdir(parents=True)
    (inbox / "a.json").write_text(
        json.dumps(good_article(random.Random(5), 5), ensure_ascii=False), encoding="utf-8"
    )
    con = _warehouse(root / "w.duckdb")
    try:
        _, stats = _run_once(con, inbox, root / "stage", 100_000, "r1")
        n = con.execute("select count(*) from raw.articles").fetchone()[0]
    finally:
        con.close()
    assert stats.articles_new == 1 and n == 1


def test_literal_quotes_every_string_and_refuses_nul():
    con = duckdb.connect()
    try:
        for value in ["it's", "''", "\\'", "данные ✓", "a\nb", "'; select 1; --"]:
            assert con.execute(f"select {literal(value)}").fetchone()[0] == value
        values = ["a", "b'c"]
        assert con.execute(f"select {literal_list(values)}").fetchone()[0] == values
    finally:
        con.close()
    with pytest.raises(ValueError, match="NUL"):
        literal("a\x00b")


def test_a_broken_symlink_is_rejected_as_unreadable_and_read_once_its_target_exists(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    target = tmp_path / "elsewhere" / "note.txt"
    (inbox / "note.txt").symlink_to(target)
    con = _warehouse(tmp_path / "w.duckdb")
    try:
        found, _ = _run_once(con, inbox, tmp_path / "stage", 4000, "r1")
        target.parent.mkdir()
        target.write_text("Министры Латвии и Эстонии обсудили в Риге транзит и энергетику.", encoding="utf-8")
        again, stats = _run_once(con, inbox, tmp_path / "stage", 4000, "r2")
    finally:
        con.close()
    ((_, reason),) = found.rejected
    assert reason == "unreadable: a broken symbolic link (its target does not exist)"
    assert len(again.new) == 1 and stats.articles_new == 1


@pytest.mark.parametrize(
    ("content", "kind", "reason"),
    [
        (b'{"text": "abc', "json", "bad json: Unterminated string starting at line 1 column 10"),
        (
            b'{"text": 1,,}',
            "json",
            "bad json: Expecting property name enclosed in double quotes at line 1 column 12",
        ),
        (b'{"text": "ok"}\n{"text": "x', "jsonl", "bad json: Unterminated string starting at column 10"),
    ],
)
def test_a_json_error_names_its_place_once(content: bytes, kind: str, reason: str) -> None:
    result = parse_input(InputItem(f"a.{kind}", kind, content=content))
    assert reason in [r for _u, r in result.rejected]


def test_the_run_summary_parts_add_up_to_the_files_seen(tmp_path, capsys):
    """A JSON Lines file with one bad line is ingested and has one item quarantined; an empty file
    is rejected; a second copy of an article is a duplicate: the parts of "files seen" add up to it,
    and the quarantined inputs are counted apart."""
    from flows.cli import print_summary
    from flows.runs import RunSummary

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    rng = random.Random(3)
    good = [json.dumps(good_article(rng, n), ensure_ascii=False) for n in range(2)]
    (inbox / "feed.jsonl").write_text(good[0] + "\n{not json\n", encoding="utf-8")
    (inbox / "one.json").write_text(good[1], encoding="utf-8")
    (inbox / "copy.json").write_text(good[1], encoding="utf-8")
    (inbox / "empty.txt").write_text("", encoding="utf-8")
    con = _warehouse(tmp_path / "w.duckdb")
    try:
        found, stats = _run_once(con, inbox, tmp_path / "stage", 4000, "r1")
    finally:
        con.close()
    summary = RunSummary(run_id="r1", status="published", warehouse="w", data_docs="d")
    summary.count_inputs(found, stats)
    print_summary(summary)
    rows = {}
    for line in capsys.readouterr().out.splitlines():
        cells = [c.strip() for c in line.strip("│┃ ").split("│")]
        if len(cells) == 2 and cells[1].isdigit():
            rows[cells[0]] = int(cells[1])
    parts = [
        "new, ingested",
        "new, the same article as another",
        "unchanged",
        "rejected",
        "still being written (next run)",
    ]
    assert rows["files seen"] == 4 == sum(rows[p] for p in parts)
    assert (rows["new, ingested"], rows["new, the same article as another"], rows["rejected"]) == (2, 1, 1)
    assert rows["inputs quarantined (files or items)"] == 2  # the empty file and the bad line
