"""Parse inputs in chunks; each chunk writes its bulky rows to Parquet files itself.

An article yields about a thousand token rows, dozens of sentences, facts, people and LSH bands.
Sending those back from worker processes as pickled Python objects cost more than the parsing
(34 KB per article, unpickled one object at a time by the flow process). Instead every chunk
writes them, column by column, to ``<stage_dir>/<table>-<chunk>.parquet`` and returns only the
light per-article metadata. The loader then inserts from the Parquet files in one set-based
statement per table, keeping only the articles it accepts (see ``flows.ingest.load``).

Every row carries ``stage_key``: the position of its input in the batch and of the article in
the input (``stage_key()``), so the loader can tell apart two inputs, or two lines of one JSON
Lines file, that hold the same article.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb

from flows.ingest.documents import InputItem, ParsedArticle, ParseResult, failure_reason, parse_input
from flows.ingest.frames import exact_frame
from flows.sql import literal
from flows.text.numbers.indicators import MENTION_INDICATOR_COLUMNS, indicator_columns
from flows.text.similarity import band_hashes
from flows.warehouse import ensure_raw_schema

# The bulky raw tables and their columns (after stage_key), in the order of raw.* in warehouse.py.
STAGED_TABLES: dict[str, tuple[str, ...]] = {
    "articles": (
        "article_id",
        "source_uri",
        "content_hash",
        "encoding",
        "had_decode_errors",
        "raw_text",
        "body",
        "body_start",
        "body_end",
        "title",
        "published_date",
        "published_date_source",
        "modified_date",
        "publisher",
        "url",
        "language",
    ),
    "sentences": ("article_id", "sentence_idx", "char_start", "char_end", "sentence_text"),
    "tokens": (
        "article_id",
        "token_idx",
        "sentence_idx",
        "char_start",
        "char_end",
        "token",
        "token_norm",
        "is_capitalized",
        "is_sentence_start",
        "hyphen_after",
        "char_before",
        "gap_after",
    ),
    "number_mentions": (
        "article_id",
        "mention_idx",
        "sentence_idx",
        "char_start",
        "char_end",
        "quote",
        "number_text",
        "value",
        "value_high",
        "unit",
        "comparator",
        "metric",
        "counted",
        "change",
        "period",
        "modality",
        "source_field",
        *MENTION_INDICATOR_COLUMNS,
    ),
    "person_mentions": (
        "article_id",
        "mention_idx",
        "sentence_idx",
        "char_start",
        "char_end",
        "name",
        "name_as_written",
        "role",
        "role_start",
        "role_end",
        "role_kind",
    ),
    "article_signatures": ("article_id", "signature"),
    "article_bands": ("article_id", "band_idx", "band_hash"),
}


@dataclass(frozen=True, slots=True)
class StagedChunk:
    """What a parsed chunk sends back: light results. Their articles keep ids, source and
    metadata; text (raw_text, body) and analysis are emptied, being in the Parquet files."""

    results: list[ParseResult]
    rows: dict[str, int]  # rows written per staged table


def stage_key(item_idx: int, article_idx: int) -> int:
    """The staged rows' key of the ``article_idx``-th article of the ``item_idx``-th input."""
    return (item_idx << 24) | article_idx


def _article_rows(key: int, res: ParseResult, art: ParsedArticle, rows: dict[str, list[tuple]]) -> None:
    a = art.analysis
    assert a is not None
    aid = art.article_id
    rows["articles"].append(
        (
            *(key, aid, art.source_uri, res.content_hash, res.encoding, res.had_errors),
            *(art.raw_text, art.body, art.body_start, art.body_end, art.title, art.published_date),
            *(art.published_date_source, art.modified_date, art.publisher, art.url, art.language),
        )
    )
    rows["sentences"].extend((key, aid, *r) for r in a.sentences)
    rows["tokens"].extend((key, aid, *r) for r in a.tokens)
    # the body's facts first (mention_idx 0..), then the title's (its one sentence: sentence_idx 0)
    facts = [(sent, f, "body") for sent, f in a.facts] + [(0, f, "title") for f in a.title_facts]
    for idx, (sent, f, field) in enumerate(facts):
        rows["number_mentions"].append(
            (
                *(key, aid, idx, sent, f.char_start, f.char_end, f.quote, f.number_text),
                *(f.value, f.value_high, f.unit, f.comparator, f.metric, f.counted, f.change, f.period),
                *(f.modality, field),
                *indicator_columns(f, art.body, art.title, a.sentences, sent, field, art.published_date),
            )
        )
    for idx, (sent, p) in enumerate(a.people):
        rows["person_mentions"].append(
            (
                *(key, aid, idx, sent, p.char_start, p.char_end),
                *(p.name, p.name_as_written, p.role, p.role_start, p.role_end, p.role_kind),
            )
        )
    rows["article_signatures"].append((key, aid, a.signature))
    rows["article_bands"].extend((key, aid, b, h) for b, h in enumerate(band_hashes(a.signature)))


# Nullable integer columns of the staged tables (built without a float round-trip).
NULLABLE_INTEGERS = {"body_start", "body_end", "role_start", "role_end", "origin_start", "origin_end"}
NULLABLE_INTEGERS |= {"destination_start", "destination_end"}


def _check_storable(rows: dict[str, list[tuple]]) -> None:
    """Raise UnicodeEncodeError naming the column for a text value no VARCHAR can hold (a lone
    surrogate, e.g. half of an emoji cut by a JSON escape ``"\\ud83d"``).

    Only the article's own row is checked: the other tables' text (sentences, tokens, quotes,
    names) is cut from its body or normalized from it, so it holds no character the body lacks
    (a value that fails anyway is caught when the chunk is written, input by input)."""
    columns = ("stage_key", *STAGED_TABLES["articles"])
    for row in rows["articles"]:
        for name, value in zip(columns, row, strict=True):
            if isinstance(value, str):
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError as exc:
                    exc.reason = f"{exc.reason} in articles.{name}"
                    raise


def _input_rows(item_idx: int, res: ParseResult) -> dict[str, list[tuple]]:
    """The staged rows of one parsed input. An article whose rows cannot be built or stored is
    moved to the input's rejections (``parse failed: <kind>: ...``); the others keep their place."""
    rows: dict[str, list[tuple]] = {t: [] for t in STAGED_TABLES}
    kept: list[ParsedArticle] = []
    for art in res.articles:
        own: dict[str, list[tuple]] = {t: [] for t in STAGED_TABLES}
        try:
            _article_rows(stage_key(item_idx, len(kept)), res, art, own)
            _check_storable(own)
        except Exception as exc:
            res.rejected.append((art.source_uri, failure_reason(exc)))
            continue
        for table, table_rows in own.items():
            rows[table].extend(table_rows)
        # sent back light: the text and its rows are in the Parquet files
        kept.append(replace(art, raw_text="", body="", analysis=None))
    res.articles = kept
    return rows


def _write(
    con: duckdb.DuckDBPyConnection, rows: dict[str, list[tuple]], stage_dir: str, name: str
) -> list[Path]:
    """Write the rows of each staged table to ``<stage_dir>/<table>-<name>.parquet``."""
    written: list[Path] = []
    for table, table_rows in rows.items():
        if not table_rows:
            continue
        columns = ["stage_key", *STAGED_TABLES[table]]
        df = exact_frame(table_rows, columns, NULLABLE_INTEGERS)  # noqa: F841
        con.execute(
            f"create or replace temp table staged as "
            f"select 0::bigint as stage_key, {', '.join(STAGED_TABLES[table])} from raw.{table} limit 0"
        )
        con.execute(f"insert into staged select {', '.join(columns)} from df")
        target = Path(stage_dir) / f"{table}-{name}.parquet"
        written.append(target)
        con.execute(f"copy staged to {literal(target)} (format parquet, compression uncompressed)")
    return written


def _staging_connection() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    ensure_raw_schema(con)  # the raw tables' column types, so every file has the same schema
    return con


def parse_chunk(
    chunk: list[tuple[int, InputItem]], max_bytes: int | None, stage_dir: str, chunk_id: int
) -> StagedChunk:
    """Parse a chunk of inputs; write its bulky rows to Parquet; return the light results.

    Every input is isolated: whatever its parser raises, or its rows fail to be written, that
    input (or that article of it) is rejected with ``parse failed: <exception kind>: ...`` and
    the other inputs of the chunk are staged."""
    per_input: list[tuple[ParseResult, dict[str, list[tuple]]]] = []
    for item_idx, item in chunk:
        try:
            res = parse_input(item, max_bytes)
        except Exception as exc:  # parse_input isolates parsing; this also covers reading
            res = ParseResult(item, rejected=[(item.source_uri, failure_reason(exc))])
        res.item_idx = item_idx
        per_input.append((res, _input_rows(item_idx, res)))
    rows: dict[str, list[tuple]] = {t: [] for t in STAGED_TABLES}
    for _res, own in per_input:
        for table, table_rows in own.items():
            rows[table].extend(table_rows)

    con = _staging_connection()
    try:
        try:
            _write(con, rows, stage_dir, f"{chunk_id:06d}")
        except Exception:
            # Some input's rows cannot be written: write input by input, quarantine the ones that fail.
            for path in Path(stage_dir).glob(f"*-{chunk_id:06d}.parquet"):
                path.unlink(missing_ok=True)
            con.close()
            con = _staging_connection()
            rows = {t: [] for t in STAGED_TABLES}
            for res, own in per_input:
                if not res.articles:
                    continue
                name = f"{chunk_id:06d}-{res.item_idx:09d}"
                try:
                    _write(con, own, stage_dir, name)
                except Exception as exc:
                    for path in Path(stage_dir).glob(f"*-{name}.parquet"):
                        path.unlink(missing_ok=True)
                    res.rejected.extend((a.source_uri, failure_reason(exc)) for a in res.articles)
                    res.articles = []
                    con.close()
                    con = _staging_connection()
                    continue
                for table, table_rows in own.items():
                    rows[table].extend(table_rows)
    finally:
        con.close()
    return StagedChunk([res for res, _ in per_input], {t: len(r) for t, r in rows.items()})


def chunks(items: list[InputItem], size: int) -> Iterator[list[tuple[int, InputItem]]]:
    """Consecutive chunks of (position in the batch, input)."""
    for start in range(0, len(items), size):
        yield [(start + i, item) for i, item in enumerate(items[start : start + size])]


def staged_files(stage_dir: Path, table: str) -> list[Path]:
    return sorted(stage_dir.glob(f"{table}-*.parquet"))
