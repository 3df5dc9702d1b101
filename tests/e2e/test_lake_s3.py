"""The DuckLake mode with its data on S3-compatible object storage: a local S3 endpoint (moto's
server on 127.0.0.1), credentials as a DuckDB persistent secret as README "Scaling out" says."""

from __future__ import annotations

import socket

import duckdb
import pytest

from flows import lake
from flows.settings import load_settings
from tests.conftest import run_pipeline

pytestmark = pytest.mark.slow


@pytest.fixture()
def s3(tmp_path, monkeypatch):
    import boto3
    from moto.server import ThreadedMotoServer

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        boto3.client(
            "s3",
            endpoint_url=f"http://127.0.0.1:{port}",
            aws_access_key_id="dyad",
            aws_secret_access_key="dyad-secret",
            region_name="us-east-1",
        ).create_bucket(Bucket="dyad-lake")
        # DuckDB keeps persistent secrets under ~/.duckdb: a home of this test's own
        monkeypatch.setenv("HOME", str(tmp_path / "home"))
        con = duckdb.connect(config=lake.duckdb_config())
        con.execute(
            "CREATE PERSISTENT SECRET dyad_lake (TYPE s3, KEY_ID 'dyad', SECRET 'dyad-secret', REGION 'us-east-1', "
            f"ENDPOINT '127.0.0.1:{port}', URL_STYLE 'path', USE_SSL false)"
        )
        con.close()
        yield port
    finally:
        server.stop()


def test_pipeline_with_lake_data_on_s3(s3, prefect_harness, inbox, tmp_path):
    import boto3

    overrides = {
        "warehouse_mode": "ducklake",
        "lake_catalog": f"ducklake:sqlite:{tmp_path}/catalog.sqlite",
        "lake_data_path": "s3://dyad-lake/data",
    }
    summary = run_pipeline(inbox, tmp_path / "work" / "dyad.duckdb", settings_overrides=overrides)
    assert summary.status == "published" and summary.articles_total == 3
    con = lake.open_published(load_settings(overrides, environ={}))
    try:
        assert (
            con.execute("select count(*) from marts.numeric_facts").fetchone()[0] == summary.facts_total > 0
        )
        assert con.execute("select count(*) from raw.tokens").fetchone()[0] > 500
    finally:
        con.close()
    keys = [
        o["Key"]
        for o in boto3.client(
            "s3",
            endpoint_url=f"http://127.0.0.1:{s3}",
            aws_access_key_id="dyad",
            aws_secret_access_key="dyad-secret",
            region_name="us-east-1",
        )
        .list_objects_v2(Bucket="dyad-lake")
        .get("Contents", [])
    ]
    assert any(k.startswith("data/raw/tokens/") and k.endswith(".parquet") for k in keys), keys
    assert any(k.startswith("data/marts/") for k in keys), keys
    assert not (tmp_path / "data").exists()
