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

import gc
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb

from flows.ingest.documents import (
    InputItem,
    ParsedArticle,
    ParseResult,
    failure_reason,
    parse_input,
    parse_inputs,
)
from flows.ingest.frames import column_arrays, exact_frame
from flows.schema import INTEGER_TYPES, TABLES, staged_columns
from flows.sql import literal
from flows.text.analyze import TITLE_SENTENCE
from flows.text.numbers.indicators import change_of_figure_before, indicator_columns
from flows.text.similarity import band_hashes
from flows.warehouse import ensure_raw_schema, open_duckdb

# The bulky raw tables and the columns the parser fills (after stage_key), as flows/schema.py declares them.
STAGED_TABLES: dict[str, tuple[str, ...]] = staged_columns()
# Their types (DuckDB's names, flows/schema.py), stage_key's included.
STAGED_TYPES: dict[str, dict[str, str]] = {
    t.name: {"stage_key": "bigint", **{c.name: c.sql_type for c in t.columns if c.staged}}
    for t in TABLES
    if t.staged
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


def _row(table: str, key: int, given: dict, obj: object = None) -> tuple:
    """The staged row of ``table``: ``key``, then each staged column's value from ``given``, else
    the attribute of that name of ``obj`` (a new column of the declaration that the parser's
    result carries under its name needs no change here)."""
    return (key, *(given[c] if c in given else getattr(obj, c) for c in STAGED_TABLES[table]))


def _positional(table: str, key: int, aid: str, rows: list[tuple]) -> list[tuple]:
    """Rows the analysis gives as tuples in the staged column order after ``article_id``
    (flows/text/analyze.py); ValueError naming the table when their width is not the declared one."""
    width = len(STAGED_TABLES[table]) - 1
    if rows and len(rows[0]) != width:
        raise ValueError(
            f"{table} rows have {len(rows[0])} values, flows/schema.py declares {width} columns after article_id"
        )
    return list(map((key, aid).__add__, rows))  # (key, aid, *row), joined in one step per row


def _article_rows(key: int, res: ParseResult, art: ParsedArticle, rows: dict[str, list[tuple]]) -> None:
    a = art.analysis
    assert a is not None
    aid = art.article_id
    from_result = {
        "content_hash": res.content_hash,
        "encoding": res.encoding,
        "had_decode_errors": res.had_errors,
    }
    rows["articles"].append(_row("articles", key, from_result, art))
    rows["sentences"].extend(_positional("sentences", key, aid, a.sentences))
    rows["tokens"].extend(_positional("tokens", key, aid, a.tokens))
    if a.title_sentence is not None:  # the title: one more sentence, TITLE_SENTENCE
        rows["sentences"].extend(_positional("sentences", key, aid, [a.title_sentence]))
        rows["tokens"].extend(_positional("tokens", key, aid, a.title_tokens or []))
    # the body's facts first (mention_idx 0..), then the title's (its sentence: TITLE_SENTENCE)
    facts = [(sent, f, "body") for sent, f in a.facts] + [(TITLE_SENTENCE, f, "title") for f in a.title_facts]
    before = None  # the body's bilateral fact right before: (sentence, fact, its columns)
    for idx, (sent, f, field) in enumerate(facts):
        given = {"article_id": aid, "mention_idx": idx, "sentence_idx": sent, "source_field": field}
        given |= indicator_columns(f, art.body, art.title, a.sentences, sent, field, art.published_date)
        if (
            before is not None
            # its sentence, or the one before: "... составил 68,7 млрд долларов. Это на 5% больше"
            and before[0] in (sent, sent - 1)
            and field == "body"
            and change_of_figure_before(art.body, before[1], f)
        ):
            given["bilateral"] = True  # "reached 16.5 million tonnes, up 21 percent": that flow's change
            if given["partner_start"] is None and before[0] == sent:
                # and its partner's, named in the sentence: "Россия — 2,7 млрд долларов (–21%)"
                given["partner_start"], given["partner_end"] = (
                    before[2]["partner_start"],
                    before[2]["partner_end"],
                )
        before = (sent, f, given) if field == "body" and given["bilateral"] else None
        rows["number_mentions"].append(_row("number_mentions", key, given, f))
    for idx, (sent, p) in enumerate(a.people):
        given = {"article_id": aid, "mention_idx": idx, "sentence_idx": sent}
        rows["person_mentions"].append(_row("person_mentions", key, given, p))
    rows["article_signatures"].append(
        _row("article_signatures", key, {"article_id": aid, "signature": a.signature})
    )
    bands = list(enumerate(band_hashes(a.signature)))
    rows["article_bands"].extend(_positional("article_bands", key, aid, bands))


# Nullable integer columns of the staged tables (built without a float round-trip).
NULLABLE_INTEGERS = {
    c.name
    for t in TABLES
    if t.staged
    for c in t.columns
    if c.staged and c.nullable and c.sql_type in INTEGER_TYPES
}


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
    con: duckdb.DuckDBPyConnection,
    rows: dict[str, list[tuple]],
    stage_dir: str,
    name: str,
    *,
    by_column: bool = True,
) -> list[Path]:
    """Write the rows of each staged table to ``<stage_dir>/<table>-<name>.parquet``.

    ``by_column``: a table whose columns ``column_arrays`` can take (the tokens, sentences and
    bands) is scanned from NumPy arrays, the others from an ``exact_frame``, and copied to
    Parquet with a cast of every column to its raw table type (the same types, values and file
    schema as inserting into a copy of the raw table, without filling that copy). Otherwise
    each table is inserted into such a copy from its ``exact_frame`` and copied from there:
    the retry of a chunk input by input writes this way, so that a rejected input states the
    error it always has."""
    written: list[Path] = []
    for table, table_rows in rows.items():
        if not table_rows:
            continue
        columns = ["stage_key", *STAGED_TABLES[table]]
        target = Path(stage_dir) / f"{table}-{name}.parquet"
        written.append(target)
        if by_column:
            data = column_arrays(table_rows, columns, STAGED_TYPES[table])
            if data is None:
                data = exact_frame(table_rows, columns, NULLABLE_INTEGERS)
            casts = ", ".join(f"cast({c} as {STAGED_TYPES[table][c]}) as {c}" for c in columns)
            con.execute(
                f"copy (select {casts} from data) to {literal(target)} (format parquet, compression uncompressed)"
            )
            continue
        df = exact_frame(table_rows, columns, NULLABLE_INTEGERS)  # noqa: F841
        con.execute(
            f"create or replace temp table staged as "
            f"select 0::bigint as stage_key, {', '.join(STAGED_TABLES[table])} from raw.{table} limit 0"
        )
        con.execute(f"insert into staged select {', '.join(columns)} from df")
        con.execute(f"copy staged to {literal(target)} (format parquet, compression uncompressed)")
    return written


def _staging_connection(raw: bool = True) -> duckdb.DuckDBPyConnection:
    """An in-memory connection on one thread: the parse workers already keep every core busy,
    and a second thread made each chunk's copies cost more CPU. ``raw``: with the raw tables,
    whose copies ``_write(..., by_column=False)`` fills (the casts of the other route need none)."""
    con = open_duckdb(config={"threads": "1"})
    if raw:
        ensure_raw_schema(con)  # the raw tables' column types, so every file has the same schema
    return con


def _parse_alone(item: InputItem, max_bytes: int | None) -> ParseResult:
    try:
        return parse_input(item, max_bytes)
    except Exception as exc:  # parse_input isolates parsing; this also covers reading
        return ParseResult(item, rejected=[(item.source_uri, failure_reason(exc))])


def parse_chunk(
    chunk: list[tuple[int, InputItem]], max_bytes: int | None, stage_dir: str, chunk_id: int
) -> StagedChunk:
    """Parse a chunk of inputs; write its bulky rows to Parquet; return the light results.

    Every input is isolated: whatever its parser raises, or its rows fail to be written, that
    input (or that article of it) is rejected with ``parse failed: <exception kind>: ...`` and
    the other inputs of the chunk are staged."""
    enabled = gc.isenabled()
    gc.disable()  # as parse_inputs does: the chunk's rows hold no reference cycles
    try:
        return _stage_chunk(chunk, max_bytes, stage_dir, chunk_id)
    finally:
        if enabled:
            gc.enable()


def _stage_chunk(
    chunk: list[tuple[int, InputItem]], max_bytes: int | None, stage_dir: str, chunk_id: int
) -> StagedChunk:
    per_input: list[tuple[ParseResult, dict[str, list[tuple]]]] = []
    try:  # step by step over the whole chunk (parse_inputs), which isolates every input
        parsed = parse_inputs([item for _, item in chunk], max_bytes)
    except Exception:  # input by input, so that only the input that raised is lost
        parsed = [_parse_alone(item, max_bytes) for _, item in chunk]
    for (item_idx, _item), res in zip(chunk, parsed, strict=True):
        res.item_idx = item_idx
        per_input.append((res, _input_rows(item_idx, res)))
    rows: dict[str, list[tuple]] = {t: [] for t in STAGED_TABLES}
    for _res, own in per_input:
        for table, table_rows in own.items():
            rows[table].extend(table_rows)

    con = _staging_connection(raw=False)
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
                    _write(con, own, stage_dir, name, by_column=False)
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


def chunks(
    items: list[InputItem], size: int, max_bytes: int | None = None
) -> Iterator[list[tuple[int, InputItem]]]:
    """Consecutive chunks of (position in the batch, input), in order: at most ``size`` inputs
    each and, with ``max_bytes``, a chunk ends as soon as its inputs' ``size_bytes`` (unknown
    counts 0) reach ``max_bytes`` (so an input that large makes a chunk of its own). Raises
    ValueError when ``size`` < 1 or ``max_bytes`` < 1."""
    if size < 1 or (max_bytes is not None and max_bytes < 1):
        raise ValueError(f"chunks need size >= 1 and max_bytes >= 1 (got {size}, {max_bytes})")
    chunk: list[tuple[int, InputItem]] = []
    total = 0
    for idx, item in enumerate(items):
        chunk.append((idx, item))
        total += item.size_bytes or 0
        if len(chunk) >= size or (max_bytes is not None and total >= max_bytes):
            yield chunk
            chunk, total = [], 0
    if chunk:
        yield chunk


def staged_files(stage_dir: Path, table: str) -> list[Path]:
    return sorted(stage_dir.glob(f"{table}-*.parquet"))
