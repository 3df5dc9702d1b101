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
import pandas as pd

from flows.ingest.documents import InputItem, ParsedArticle, ParseResult, parse_input
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
            *(art.publisher, art.url, art.language),
        )
    )
    rows["sentences"].extend((key, aid, *r) for r in a.sentences)
    rows["tokens"].extend((key, aid, *r) for r in a.tokens)
    for idx, (sent, f) in enumerate(a.facts):
        rows["number_mentions"].append(
            (
                *(key, aid, idx, sent, f.char_start, f.char_end, f.quote, f.number_text),
                *(f.value, f.value_high, f.unit, f.comparator, f.metric, f.counted, f.change, f.period),
                f.modality,
            )
        )
    for idx, (sent, p) in enumerate(a.people):
        rows["person_mentions"].append(
            (
                *(key, aid, idx, sent, p.char_start, p.char_end),
                *(p.name, p.name_as_written, p.role, p.role_start, p.role_end),
            )
        )
    rows["article_signatures"].append((key, aid, a.signature))
    rows["article_bands"].extend((key, aid, b, h) for b, h in enumerate(band_hashes(a.signature)))


def parse_chunk(
    chunk: list[tuple[int, InputItem]], max_bytes: int | None, stage_dir: str, chunk_id: int
) -> StagedChunk:
    """Parse a chunk of inputs; write its bulky rows to Parquet; return the light results."""
    rows: dict[str, list[tuple]] = {t: [] for t in STAGED_TABLES}
    results: list[ParseResult] = []
    for item_idx, item in chunk:
        res = parse_input(item, max_bytes)
        res.item_idx = item_idx
        for i, art in enumerate(res.articles):
            _article_rows(stage_key(item_idx, i), res, art, rows)
            # sent back light: the text and its rows are in the Parquet files
            res.articles[i] = replace(art, raw_text="", body="", analysis=None)
        results.append(res)
    con = duckdb.connect()
    try:
        ensure_raw_schema(con)  # the raw tables' column types, so every file has the same schema
        for table, table_rows in rows.items():
            if not table_rows:
                continue
            columns = ["stage_key", *STAGED_TABLES[table]]
            df = pd.DataFrame.from_records(table_rows, columns=columns)  # noqa: F841
            con.execute(
                f"create or replace temp table staged as "
                f"select 0::bigint as stage_key, {', '.join(STAGED_TABLES[table])} from raw.{table} limit 0"
            )
            con.execute(f"insert into staged select {', '.join(columns)} from df")
            target = Path(stage_dir) / f"{table}-{chunk_id:06d}.parquet"
            con.execute(f"copy staged to '{target}' (format parquet, compression uncompressed)")
    finally:
        con.close()
    return StagedChunk(results, {t: len(r) for t, r in rows.items()})


def chunks(items: list[InputItem], size: int) -> Iterator[list[tuple[int, InputItem]]]:
    """Consecutive chunks of (position in the batch, input)."""
    for start in range(0, len(items), size):
        yield [(start + i, item) for i, item in enumerate(items[start : start + size])]


def staged_files(stage_dir: Path, table: str) -> list[Path]:
    return sorted(stage_dir.glob(f"{table}-*.parquet"))
