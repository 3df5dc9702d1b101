"""Living with the warehouse: readers during runs, the DuckDB CLI, dbt docs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SEEDS, run_pipeline

pytestmark = pytest.mark.slow

READER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
for line in sys.stdin:
    print(con.execute("select count(*) from marts.articles").fetchone()[0], flush=True)
"""


def test_reader_keeps_its_view_and_never_blocks_a_run(prefect_harness, inbox, tmp_path):
    wh = tmp_path / "wh" / "dyad.duckdb"
    run_pipeline(inbox, wh)
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(wh)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:

        def ask() -> int:
            reader.stdin.write("?\n")
            reader.stdin.flush()
            return int(reader.stdout.readline())

        assert ask() == 3
        text = (SEEDS / "002_f7808c3b0d4d12dc.txt").read_text(encoding="utf-8")
        (inbox / "new.txt").write_text(
            text.replace("30 межрегиональных", "31 межрегиональное"), encoding="utf-8"
        )
        summary = run_pipeline(inbox, wh)  # the reader holds the published file open all along
        assert summary.status == "published" and summary.articles_new == 1
        assert ask() == 3  # the reader's session still sees the warehouse it opened
    finally:
        reader.stdin.close()
        reader.wait(30)
    con = duckdb.connect(str(wh), read_only=True)
    assert (
        con.execute("select count(*) from marts.articles").fetchone()[0] == 4
    )  # a new connection sees new data
    con.close()


def test_published_file_opens_with_the_duckdb_cli(seeds_warehouse):
    wh, _ = seeds_warehouse
    cli = Path(sys.executable).with_name("duckdb")
    assert cli.exists(), "duckdb-cli is part of the pinned dev set"
    version = subprocess.run([str(cli), "--version"], capture_output=True, text=True, check=True).stdout
    assert version.startswith(f"v{duckdb.__version__}")  # the CLI of the version that writes the file
    out = subprocess.run(
        [str(cli), "-readonly", "-csv", str(wh), "-c", "select count(*) as n from marts.articles"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["n", "3"]


def test_dbt_docs_describe_every_mart_and_column(seeds_warehouse, tmp_path):
    from flows.docs import generate_docs
    from flows.settings import load_settings

    wh, _ = seeds_warehouse
    copy = tmp_path / "dyad.duckdb"
    shutil.copy2(wh, copy)
    target = generate_docs(load_settings({"warehouse": str(copy)}))
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    catalog = json.loads((target / "catalog.json").read_text(encoding="utf-8"))
    models = [
        n for n in manifest["nodes"].values() if n["resource_type"] == "model" and n["schema"] == "marts"
    ]
    # the old names of renamed marts: views over the new ones, described as such
    deprecated = [n for n in models if "deprecated" in n["fqn"]]
    assert {n["name"] for n in deprecated} == {
        "country_relations",
        "relation_timeline",
        "relation_tone_timeline",
    }
    assert all(n["description"].startswith("Deprecated alias of ") for n in deprecated)
    marts = [n for n in models if n not in deprecated]
    assert {
        "articles",
        "article_countries",
        "dyad_articles",
        "dyads",
        "numeric_facts",
        "people",
        "countries",
        "dyad_timeline",
    } <= {n["name"] for n in marts}
    for node in marts:
        assert node["description"].strip(), f"{node['name']} has no description"
        built = catalog["nodes"][node["unique_id"]]["columns"]
        documented = {c.lower() for c, spec in node["columns"].items() if spec["description"].strip()}
        missing = {c.lower() for c in built} - documented
        assert not missing, f"marts.{node['name']}: undocumented columns {sorted(missing)}"
    # lineage: every mart reaches a raw source through its parents
    parents = manifest["parent_map"]

    def reaches_source(uid: str, seen: set[str]) -> bool:
        if uid.startswith("source."):
            return True
        return any(reaches_source(p, seen | {uid}) for p in parents.get(uid, []) if p not in seen)

    assert all(reaches_source(n["unique_id"], set()) for n in marts if n["name"] != "countries")
    # persist_docs: descriptions are DuckDB comments too
    con = duckdb.connect(str(copy), read_only=True)
    try:
        comment = con.execute(
            "select comment from duckdb_tables() where schema_name = 'marts' and table_name = 'numeric_facts'"
        ).fetchone()[0]
        col = con.execute(
            "select comment from duckdb_columns() where schema_name = 'marts' "
            "and table_name = 'numeric_facts' and column_name = 'comparator'"
        ).fetchone()[0]
    finally:
        con.close()
    assert comment and "numeric fact" in comment.lower()
    assert col and "approximate" in col
    _docs_server_stops_with_its_command(target)


def _docs_server_stops_with_its_command(target: Path) -> None:
    """``dyad docs --serve`` (``serve_docs``) serves the generated docs, and stopping it with
    SIGTERM stops dbt's server too (it used to keep serving its port, orphaned)."""
    import signal
    import time
    import urllib.request

    from flows.serve import free_port

    assert (target / "manifest.json").exists()
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    proc = subprocess.Popen(
        [sys.executable, "-c", f"from flows.docs import serve_docs; serve_docs({port})"],
        cwd=Path(__file__).resolve().parents[2],
    )

    def answers() -> bool:
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                return resp.status == 200
        except OSError:
            return False

    try:
        deadline = time.monotonic() + 60
        while not answers():
            assert proc.poll() is None and time.monotonic() < deadline, "dbt docs serve did not answer"
            time.sleep(0.5)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 15
        while answers():
            assert time.monotonic() < deadline, "dbt docs serve outlived `dyad docs --serve`"
            time.sleep(0.5)
    finally:
        if proc.poll() is None:
            proc.kill()


def test_each_run_publishes_summary_and_new_facts_artifacts(seeds_warehouse):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    _, summary = seeds_warehouse
    with get_client(sync_client=True) as client:
        md = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["dyad-run-summary"]))
        )
        table = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["dyad-new-facts"]))
        )
    ours = [a for a in md if summary.run_id in (a.data or "")]
    assert ours, "the run's markdown summary artifact is missing"
    text = ours[0].data
    assert "files seen" in text and "Data Docs" in text and "facts failing checks" in text
    assert table, "the new-facts table artifact is missing"
    rows = [row for a in table for row in (json.loads(a.data) if isinstance(a.data, str) else a.data)]
    assert any(row["quote"] == "превысила $1,5 млрд" and row["unit"] == "USD" for row in rows)
