"""The archive folder (``archive_dir``): after a run publishes, the inbox files it recorded move
there under their path in the inbox; a run that does not publish moves nothing."""

from __future__ import annotations

import duckdb
import pytest

from tests.conftest import SEED_FILES, run_pipeline


def _files(root) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


@pytest.mark.slow
def test_published_inputs_move_to_the_archive_and_a_blocked_run_moves_none(prefect_harness, tmp_path):
    from flows.pipeline import AuditBlocked

    inbox, archive = tmp_path / "inbox", tmp_path / "archive"
    (inbox / "sub").mkdir(parents=True)
    names = [f.name for f in SEED_FILES]
    for f in SEED_FILES[:-1]:
        (inbox / f.name).write_bytes(f.read_bytes())
    (inbox / "sub" / names[-1]).write_bytes(SEED_FILES[-1].read_bytes())
    (inbox / "bad.json").write_text("{", encoding="utf-8")  # recorded as rejected: archived too
    wh = tmp_path / "wh" / "dyad.duckdb"
    settings = {"archive_dir": str(archive)}

    first = run_pipeline(inbox, wh, settings_overrides=settings)
    assert first.status == "published" and first.articles_new == len(SEED_FILES)
    assert _files(inbox) == []
    assert _files(archive) == sorted(["bad.json", *names[:-1], f"sub/{names[-1]}"])

    text = SEED_FILES[0].read_text(encoding="utf-8").replace("Межрегиональные связи", "Региональные связи")
    (inbox / "sub" / "new.txt").write_text(text, encoding="utf-8")
    second = run_pipeline(inbox, wh, settings_overrides=settings)
    assert (second.status, second.articles_new, second.files_seen) == ("published", 1, 1)
    assert _files(inbox) == [] and "sub/new.txt" in _files(archive)
    con = duckdb.connect(str(wh), read_only=True)
    try:
        versions = con.execute("select max(version), count(*) from raw.file_manifest").fetchone()
        archived_rows = con.execute(
            "select count(*) from raw.file_manifest where source_uri like ?", [f"{archive}%"]
        ).fetchone()[0]
    finally:
        con.close()
    assert versions == (1, len(SEED_FILES) + 2) and archived_rows == 0  # nothing read twice

    # A run blocked by its audit publishes nothing and leaves its inputs in the inbox.
    con = duckdb.connect(str(wh))
    con.execute("""insert into raw.articles (article_id, source_uri, raw_text, body, body_start, body_end,
                   run_id, ingested_at, load_seq)
                   select 'broken', 'x', '', '', 0, 0, 'manual', now(), max(load_seq) + 1 from raw.articles""")
    con.close()
    other = SEED_FILES[1].read_text(encoding="utf-8").replace("встреча", "беседа")
    (inbox / "later.txt").write_text(other, encoding="utf-8")
    before = _files(archive)
    with pytest.raises(AuditBlocked):
        run_pipeline(inbox, wh, settings_overrides=settings)
    assert _files(inbox) == ["later.txt"] and _files(archive) == before
