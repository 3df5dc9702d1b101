"""The raw and audit tables, declared once: every table, its columns, their types and meaning.

Everything else that names these columns is derived from :data:`TABLES`:

- the ``CREATE TABLE`` statements of the warehouse and of the lake (:func:`ddl`),
- the upgrades of warehouses and lakes written before a column existed (:func:`added_columns`,
  :func:`load_seq_tables`),
- the columns the parse chunks stage to Parquet, in their order (:func:`staged_columns`,
  ``flows/ingest/staging.py``),
- the raw tables the lake holds (:func:`table_names`),
- the raw columns the marts carry under the same name, which ``flows/validation.py`` checks
  (:func:`carried_columns`),
- dbt's source declaration ``dbt_project/models/staging/_sources.yml`` (:func:`sources_yml`;
  ``python -m flows.schema`` writes it, a test holds the file to it).

The raw tables carry no primary keys: the loader keeps article ids and (uri, version) unique
(flows/ingest/load.py), the dbt tests and the GX suites check it. DuckDB writes a table's whole
index again at every checkpoint, so a key on raw.articles made appending one article to a
50,000-article warehouse cost 3.5 s at commit, and the warehouse took 2.1 GB instead of 1.6.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

# DuckDB's integer types (pandas would turn such a column holding a NULL into float64).
INTEGER_TYPES = frozenset(
    ("tinyint", "smallint", "integer", "bigint", "hugeint", "utinyint", "usmallint", "uinteger", "ubigint")
)
SOURCES_YML = Path(__file__).resolve().parent.parent / "dbt_project" / "models" / "staging" / "_sources.yml"


@dataclass(frozen=True, slots=True)
class Column:
    """One column.

    ``sql_type`` is a DuckDB type (``varchar``, ``bigint``, ``uinteger[]`` ...); ``default`` a SQL
    expression or None. ``added``: the column came after warehouses were first written with its
    table; opening an older warehouse or lake adds it (``ALTER TABLE ADD COLUMN``, NULL in the
    rows already there). ``staged``: the parser fills it (flows/ingest/staging.py); False for the
    values the loader sets (run, load time, load number). ``carried``: the mart built from the
    table has a column of this name from it (its Great Expectations schema check lists it)."""

    name: str
    sql_type: str
    description: str
    nullable: bool = True
    default: str | None = None
    added: bool = False
    staged: bool = True
    carried: bool = False

    def definition(self) -> str:
        """``name type [not null] [default ...]``."""
        parts = [self.name, self.sql_type]
        if not self.nullable:
            parts.append("not null")
        if self.default is not None:
            parts.append(f"default {self.default}")
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class Table:
    """One table of schema ``schema`` (``raw`` or ``audit``).

    ``staged``: the parse chunks write its rows to Parquet (flows/ingest/staging.py).
    ``loaded_at_field``: the column dbt's source freshness reads; None when it checks none.
    ``primary_key``: its key columns, none for the raw tables (see the module's docstring)."""

    schema: str
    name: str
    description: str
    columns: tuple[Column, ...]
    staged: bool = False
    loaded_at_field: str | None = None
    primary_key: tuple[str, ...] = ()

    @property
    def qualified(self) -> str:
        return f"{self.schema}.{self.name}"

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def load_seq(self) -> bool:
        """Its rows carry the number of the load that added them (incremental dbt models read it)."""
        return "load_seq" in self.column_names

    @property
    def integer_columns(self) -> frozenset[str]:
        """The columns of an integer type (built exactly, never through a float: flows/ingest/frames.py)."""
        return frozenset(c.name for c in self.columns if c.sql_type in INTEGER_TYPES)

    def insert_sql(self, columns: Sequence[str] | None = None, catalog: str = "") -> str:
        """``insert into [catalog.]schema.name (c1, ...) values (?, ...)`` naming ``columns``
        (default: every column, in declaration order). KeyError for an undeclared column."""
        names = self.column_names if columns is None else tuple(columns)
        for name in names:
            self.column(name)
        target = f"{catalog}.{self.qualified}" if catalog else self.qualified
        return f"insert into {target} ({', '.join(names)}) values ({', '.join('?' for _ in names)})"

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(f"{self.qualified} has no column {name!r}")

    def without(self, *names: str) -> Table:
        """The table as it was before the columns ``names`` existed (for tests of upgrades)."""
        missing = set(names) - set(self.column_names)
        if missing:
            raise KeyError(f"{self.qualified} has no column {sorted(missing)}")
        return replace(self, columns=tuple(c for c in self.columns if c.name not in names))

    def ddl(self, primary_keys: bool = True) -> str:
        """``create table if not exists``; ``primary_keys=False`` leaves the key out."""
        lines = [c.definition() for c in self.columns]
        if self.primary_key and primary_keys:
            lines.append(f"primary key ({', '.join(self.primary_key)})")
        body = ",\n".join(f"    {line}" for line in lines)
        return f"create table if not exists {self.qualified} (\n{body}\n);\n"


LOAD_SEQ = Column(
    "load_seq",
    "bigint",
    "The load (1, 2, ...) that added the row; incremental models read the rows above what they were built through.",
    nullable=False,
    default="0",
    staged=False,
)
ARTICLE_ID = Column("article_id", "varchar", "The article (raw.articles.article_id).", nullable=False)
SENTENCE_IDX = Column(
    "sentence_idx",
    "integer",
    "The sentence (raw.sentences.sentence_idx; -1: the title) holding the span.",
    nullable=False,
)
CHAR_START = Column(
    "char_start",
    "integer",
    "Offset of the span's first character in the body (in the title for sentence -1).",
    nullable=False,
)
CHAR_END = Column("char_end", "integer", "Offset just after the span's last character.", nullable=False)
RUN_ID = Column(
    "run_id", "varchar", "The run that wrote the row (audit.runs.run_id).", nullable=False, staged=False
)

TABLES: tuple[Table, ...] = (
    Table(
        "raw",
        "file_manifest",
        "Every input seen (file or URL) with size, mtime, content hash and what became of it.",
        (
            Column("source_uri", "varchar", "Path (absolute) or URL as ingested.", nullable=False),
            Column(
                "version",
                "integer",
                "1 for the first content seen at this uri, +1 per change.",
                nullable=False,
            ),
            Column("source_kind", "varchar", "txt, html, json, jsonl, url or feed-item.", nullable=False),
            Column("size_bytes", "bigint", "Size of the input in bytes."),
            Column("mtime_ns", "bigint", "Modification time of the file in nanoseconds since the epoch."),
            Column("content_hash", "varchar", "sha256 of the input's bytes."),
            Column("status", "varchar", "ingested, duplicate or rejected.", nullable=False),
            Column("article_id", "varchar", "The article this input produced or duplicates."),
            Column("reason", "varchar", "Why it was rejected, or what it duplicates."),
            Column("encoding", "varchar", "The text encoding the input was decoded with."),
            RUN_ID,
            Column(
                "recorded_at",
                "timestamptz",
                "When the input was recorded.",
                nullable=False,
                default="current_timestamp",
            ),
            Column(
                "changed_run_id",
                "varchar",
                "The run that last wrote the row: the run that recorded it, or a later run that updated "
                "its mtime_ns and inode (the same bytes touched, or renamed into place, again). NULL in rows "
                "written before the column existed.",
                added=True,
                staged=False,
            ),
            Column(
                "inode",
                "bigint",
                "The file's inode number when stat-ed (a later run that lists its folder again skips the "
                "stat of an entry whose name and inode are unchanged; a file renamed into place gets a new "
                "one). NULL for URLs and feed items, and in rows written before the column existed.",
                added=True,
            ),
        ),
        loaded_at_field="recorded_at",
    ),
    Table(
        "raw",
        "articles",
        "One row per distinct article (identity = hash of the normalized body).",
        (
            Column(
                "article_id",
                "varchar",
                "sha256 of the whitespace-normalized body, 16 hex digits; unique.",
                nullable=False,
                carried=True,
            ),
            Column(
                "source_uri", "varchar", "The input the article was read from.", nullable=False, carried=True
            ),
            Column("content_hash", "varchar", "sha256 of the input's bytes.", carried=True),
            Column("encoding", "varchar", "The text encoding the input was decoded with.", carried=True),
            Column(
                "had_decode_errors",
                "boolean",
                "Some bytes could not be decoded and were replaced.",
                nullable=False,
                default="false",
                carried=True,
            ),
            Column("raw_text", "varchar", "The whole normalized input text.", nullable=False),
            Column(
                "body",
                "varchar",
                "The article's text: raw_text[body_start:body_end].",
                nullable=False,
                carried=True,
            ),
            Column(
                "body_start",
                "integer",
                "Offset of the body in raw_text; NULL when the body is extracted (HTML, JSON, a text page with a service line"
                " left out of its body), not a span of raw_text.",
                carried=True,
            ),
            Column(
                "body_end",
                "integer",
                "Offset just after the body in raw_text (NULL as body_start).",
                carried=True,
            ),
            Column("title", "varchar", "The title, when the input states one.", carried=True),
            Column(
                "published_date",
                "date",
                "The publication date; NULL where the input states none (never guessed).",
                carried=True,
            ),
            Column(
                "published_date_source",
                "varchar",
                "Where published_date is stated (header, dateline, html meta, feed, json, url); none when it is NULL.",
                added=True,
                carried=True,
            ),
            Column(
                "modified_date",
                "date",
                'The page\'s own "updated" date, when it states one.',
                added=True,
                carried=True,
            ),
            Column("publisher", "varchar", "The publisher, when the input names one.", carried=True),
            Column("url", "varchar", "The article's URL, when known.", carried=True),
            Column("language", "varchar", "The body's language (ISO 639-1).", carried=True),
            replace(RUN_ID, carried=True),
            Column(
                "ingested_at",
                "timestamptz",
                "When the run loaded the article.",
                nullable=False,
                staged=False,
                carried=True,
            ),
            LOAD_SEQ,
        ),
        staged=True,
        loaded_at_field="ingested_at",
    ),
    Table(
        "raw",
        "sentences",
        "Sentences of article bodies with character offsets into the body; the title is one more sentence, -1, with offsets into the title.",
        (
            ARTICLE_ID,
            Column(
                "sentence_idx",
                "integer",
                "Position of the sentence in the body, from 0; -1: the title.",
                nullable=False,
            ),
            replace(CHAR_START, description="Offset of the sentence in raw.articles.body."),
            replace(CHAR_END, description="Offset just after the sentence in raw.articles.body."),
            Column("sentence_text", "varchar", "The sentence: body[char_start:char_end].", nullable=False),
            LOAD_SEQ,
        ),
        staged=True,
    ),
    Table(
        "raw",
        "tokens",
        "Word tokens of article bodies and titles (letters only; hyphens split words) with offsets, the character "
        "before each and the text up to the next.",
        (
            ARTICLE_ID,
            Column(
                "token_idx",
                "integer",
                "Position of the token in the body, from 0; the title's n tokens are -n..-1.",
                nullable=False,
            ),
            SENTENCE_IDX,
            CHAR_START,
            CHAR_END,
            Column("token", "varchar", "The token as written: body[char_start:char_end].", nullable=False),
            Column("token_norm", "varchar", "The token lowercased, ё written е.", nullable=False),
            Column("is_capitalized", "boolean", "Its first letter is upper case.", nullable=False),
            Column("is_sentence_start", "boolean", "It is the first token of its sentence.", nullable=False),
            Column("hyphen_after", "boolean", "A hyphen joins it to the next token.", nullable=False),
            LOAD_SEQ,
            Column(
                "char_before",
                "varchar",
                "body[char_start - 1]; empty at the start of the body.",
                added=True,
            ),
            Column(
                "gap_after",
                "varchar",
                "The body between this token and the next (to the end of the body after the last).",
                added=True,
            ),
        ),
        staged=True,
    ),
    Table(
        "raw",
        "number_mentions",
        "Numeric facts found in article bodies and titles by flows/text/numbers (source_field says which), "
        "with their period as dates and the body offsets of the words naming a flow's origin and destination.",
        (
            replace(ARTICLE_ID, carried=True),
            Column(
                "mention_idx",
                "integer",
                "Position of the fact in the article: the body's facts first, then the title's.",
                nullable=False,
            ),
            replace(
                SENTENCE_IDX, description="The sentence holding the fact (0 for the title).", carried=True
            ),
            replace(
                CHAR_START, description="Offset of the quote in the field source_field names.", carried=True
            ),
            replace(CHAR_END, description="Offset just after the quote.", carried=True),
            Column(
                "quote",
                "varchar",
                "The fact as written: hedge or comparator words, number, scale, currency, counted thing.",
                nullable=False,
                carried=True,
            ),
            Column("number_text", "varchar", "The number as written.", nullable=False, carried=True),
            Column(
                "value",
                "double",
                "The value normalized: money in whole units, percent as the number, a range's low end.",
                carried=True,
            ),
            Column("value_high", "double", "The upper end of a range, else NULL.", carried=True),
            Column(
                "unit",
                "varchar",
                "ISO 4217 code for money (XXX: currency unknown), else a unit of flows/text/numbers/units.py.",
                carried=True,
            ),
            Column("comparator", "varchar", "=, ~, >, >=, < or <=.", carried=True),
            Column(
                "metric", "varchar", "What the number measures; other when no keyword applies.", carried=True
            ),
            Column(
                "counted",
                "varchar",
                "The counted noun phrase as written; NULL for money and percent.",
                carried=True,
            ),
            Column("change", "varchar", "increase, decrease, from or to; NULL for a level.", carried=True),
            Column("period", "varchar", "The period stated in the same sentence, as written.", carried=True),
            Column(
                "modality",
                "varchar",
                "actual (reported as done), target (a plan or goal) or forecast.",
                added=True,
                carried=True,
            ),
            LOAD_SEQ,
            Column(
                "source_field",
                "varchar",
                "body or title: the field the offsets point into (NULL in rows loaded before titles were read: body).",
                added=True,
                carried=True,
            ),
            # the indicator columns (flows/text/numbers/indicators.py)
            Column(
                "period_start",
                "date",
                "First day of the period the fact is about (flows/text/numbers/periods.py); NULL: none read.",
                added=True,
            ),
            Column("period_end", "date", "Last day of the period (inclusive).", added=True),
            Column(
                "period_label",
                "varchar",
                "The period as a label: 2024, 2024-Q1, 2024-H1, 2024-03, 2024-01/2024-04, as of 2024-05-15 ...",
                added=True,
            ),
            Column(
                "period_granularity",
                "varchar",
                "year, years, half, quarter, month, months, year_to_date or as_of.",
                added=True,
            ),
            Column(
                "origin_start",
                "integer",
                "Body offset of the words naming a flow's exporting side; NULL for title facts and other metrics.",
                added=True,
            ),
            Column("origin_end", "integer", "Body offset just after them.", added=True),
            Column(
                "destination_start",
                "integer",
                "Body offset of the words naming a flow's importing side (NULL as origin_start).",
                added=True,
            ),
            Column("destination_end", "integer", "Body offset just after them.", added=True),
            Column(
                "wording_low",
                "double",
                "The lowest value the wording allows (38,6 млрд: 38.55e9).",
                added=True,
            ),
            Column(
                "wording_high",
                "double",
                "The highest value the wording allows (более 2 млрд: 3e9).",
                added=True,
            ),
            Column(
                "counted_lemma",
                "varchar",
                "The counted noun phrase in dictionary forms; NULL for money and percent.",
                added=True,
            ),
            Column(
                "scope",
                "varchar",
                "national, or subnational: the figure of a region, province or city (Минской области).",
                added=True,
            ),
            Column(
                "partner_start",
                "integer",
                "Offset of the word naming the figure's partner in its clause (с Ираном), else NULL: into "
                "the body, or the title for a title fact.",
                added=True,
            ),
            Column("partner_end", "integer", "Body offset just after it.", added=True),
            Column(
                "bilateral",
                "boolean",
                "Whether the figure can measure a relation of two sides (a flow, trade, agreements, missions,"
                " or a clause naming a partner); false for one side's own figure (ВВП России, its foreign"
                " trade in all) (flows/text/numbers/indicators.py is_bilateral); NULL in rows loaded before.",
                added=True,
            ),
        ),
        staged=True,
    ),
    Table(
        "raw",
        "article_signatures",
        "MinHash signature (64 values) of each article's word 3-grams.",
        (
            replace(ARTICLE_ID, description="The article (raw.articles.article_id); unique."),
            Column(
                "signature",
                "uinteger[]",
                "MinHash of the body's word 3-grams (flows/text/similarity.py).",
                nullable=False,
            ),
            LOAD_SEQ,
        ),
        staged=True,
    ),
    Table(
        "raw",
        "article_bands",
        "LSH bands of the signatures; articles sharing a band hash are near-duplicate candidates.",
        (
            ARTICLE_ID,
            Column("band_idx", "tinyint", "The band of the signature.", nullable=False),
            Column("band_hash", "bigint", "Hash of the band: equal hashes make candidates.", nullable=False),
            LOAD_SEQ,
        ),
        staged=True,
    ),
    Table(
        "raw",
        "person_mentions",
        "Named people with their role phrase, found by flows/text/people.",
        (
            ARTICLE_ID,
            Column("mention_idx", "integer", "Position of the mention in the body, from 0.", nullable=False),
            SENTENCE_IDX,
            replace(CHAR_START, description="Offset of the name as written in the body."),
            replace(CHAR_END, description="Offset just after the name as written."),
            Column("name", "varchar", "The name in the nominative.", nullable=False),
            Column("name_as_written", "varchar", "The name as written.", nullable=False),
            Column("role", "varchar", "The role phrase: nominative head and complement as written."),
            Column("role_start", "integer", "Offset of the role phrase as written, country words included."),
            Column("role_end", "integer", "Offset just after the role phrase."),
            Column(
                "role_kind",
                "varchar",
                "The kind of role (flows/text/people/data/roles.csv): minister, ambassador ...",
                added=True,
            ),
            LOAD_SEQ,
        ),
        staged=True,
    ),
    Table(
        "audit",
        "rejected_files",
        "Inputs that could not be ingested, and why.",
        (
            Column(
                "source_uri",
                "varchar",
                "The input (path or URL) or the article of it rejected.",
                nullable=False,
            ),
            Column("reason", "varchar", "Why it was rejected (a specific message).", nullable=False),
            Column("detected_at", "timestamptz", "When the run rejected it.", nullable=False),
            RUN_ID,
        ),
    ),
    Table(
        "audit",
        "runs",
        "One row per run.",
        (
            Column("run_id", "varchar", "The run's id.", nullable=False),
            Column("started_at", "timestamptz", "When it started.", nullable=False),
            Column("finished_at", "timestamptz", "When it finished; NULL while running or after a crash."),
            Column(
                "status",
                "varchar",
                "What became of the run (running, published, failed ...).",
                nullable=False,
            ),
            Column("summary", "json", "Its counts: inputs, articles, facts, checks."),
        ),
        primary_key=("run_id",),
    ),
    Table(
        "audit",
        "validation_results",
        "One row per expectation checked by a run.",
        (
            RUN_ID,
            Column("suite_name", "varchar", "The suite.", nullable=False),
            Column("expectation", "varchar", "The expectation's check name.", nullable=False),
            Column("column_name", "varchar", "The column checked, if one."),
            Column(
                "level",
                "varchar",
                "row: failing rows are flagged; suite: a failure blocks publishing; warn: recorded only.",
                nullable=False,
            ),
            Column("success", "boolean", "It passed.", nullable=False),
            Column("element_count", "bigint", "Rows checked."),
            Column("unexpected_count", "bigint", "Rows failing."),
            Column("details", "json", "The failing values, some of them."),
            Column("validated_at", "timestamptz", "When the check ran.", nullable=False),
        ),
    ),
    Table(
        "audit",
        "dbt_state",
        "What the incremental dbt models have been built through: rows with load_seq above built_through_seq "
        "are new to them. project_hash fingerprints the dbt project (models, macros, seeds): when it changes, "
        "the next run rebuilds every model (flows/pipeline.py).",
        (
            Column("built_through_seq", "bigint", "The last load the models have read.", nullable=False),
            Column("project_hash", "varchar", "Fingerprint of the dbt project they were built with."),
            Column("built_at", "timestamptz", "When the models were built.", nullable=False),
        ),
    ),
    Table(
        "audit",
        "fact_check_failures",
        "The row-level checks each numeric fact failed.",
        (
            RUN_ID,
            Column("fact_id", "varchar", "The fact.", nullable=False),
            Column("expectation", "varchar", "The check it failed.", nullable=False),
        ),
    ),
    Table(
        "audit",
        "inbox_folders",
        "The inbox folders each run listed (flows/ingest/inbox.py): the newest row of a folder tells the next "
        "run whether it may skip listing it (same mtime and inode, status listed). Appended, never updated.",
        (
            Column(
                "folder_uri",
                "varchar",
                "The folder, written as the inputs in it are (raw.file_manifest.source_uri without the name).",
                nullable=False,
            ),
            Column(
                "mtime_ns", "bigint", "The folder's modification time (ns since the epoch) before listing."
            ),
            Column("inode", "bigint", "The folder's inode number."),
            Column(
                "entries",
                "integer",
                "Inputs directly in it the run counted (files, links, folders named like article files).",
                nullable=False,
            ),
            Column(
                "status",
                "varchar",
                "listed: may be skipped while mtime and inode stay; relist: list it at the next run (it held an "
                "input left for later, or changed just before it was listed); gone: no longer there.",
                nullable=False,
            ),
            Column(
                "full_scan", "boolean", "The run listed every folder and stat-ed every entry.", nullable=False
            ),
            RUN_ID,
            Column("recorded_at", "timestamptz", "When the run listed it.", nullable=False),
        ),
    ),
)

SCHEMAS = tuple(dict.fromkeys(t.schema for t in TABLES))
BY_NAME: dict[str, Table] = {t.qualified: t for t in TABLES}


def table(qualified: str) -> Table:
    """The table ``schema.name`` (a bare name means ``raw.name``); KeyError when undeclared."""
    return BY_NAME[qualified if "." in qualified else f"raw.{qualified}"]


def table_names(schema: str = "raw") -> tuple[str, ...]:
    """The names of the tables of ``schema``, in declaration order."""
    return tuple(t.name for t in TABLES if t.schema == schema)


def ddl(tables: tuple[Table, ...] | None = None, primary_keys: bool = True) -> str:
    """``create schema/table if not exists`` statements of ``tables`` (default: all declared);
    ``primary_keys=False`` for DuckLake, which has none."""
    tables = TABLES if tables is None else tables
    schemas = "".join(f"create schema if not exists {s};\n" for s in dict.fromkeys(t.schema for t in tables))
    return schemas + "".join("\n" + t.ddl(primary_keys) for t in tables)


def load_seq_tables() -> tuple[str, ...]:
    """The raw tables whose rows carry ``load_seq``."""
    return tuple(t.name for t in TABLES if t.schema == "raw" and t.load_seq)


def added_columns() -> tuple[tuple[str, str, str], ...]:
    """``(table, column, sql_type)`` of the raw columns added after their table, in declaration order."""
    return tuple(
        (t.name, c.name, c.sql_type) for t in TABLES if t.schema == "raw" for c in t.columns if c.added
    )


def staged_columns() -> dict[str, tuple[str, ...]]:
    """Staged table -> the columns the parser fills, in declaration order."""
    return {t.name: tuple(c.name for c in t.columns if c.staged) for t in TABLES if t.staged}


def carried_columns(name: str) -> list[str]:
    """The columns of raw table ``name`` its mart carries under the same name."""
    return [c.name for c in table(name).columns if c.carried]


def sources_yml() -> str:
    """The text of ``dbt_project/models/staging/_sources.yml``: dbt's source ``raw``, every raw
    table and column in declaration order with its description."""
    import yaml

    tables = []
    for t in TABLES:
        if t.schema != "raw":
            continue
        entry: dict = {"name": t.name, "description": t.description}
        if t.loaded_at_field is None:
            entry["freshness"] = None
        elif t.loaded_at_field != "ingested_at":
            entry["loaded_at_field"] = t.loaded_at_field
        entry["columns"] = [{"name": c.name, "description": c.description} for c in t.columns]
        tables.append(entry)
    source = {
        "name": "raw",
        "description": "Articles and their text units as the ingestion flow wrote them (flows/pipeline.py).",
        "schema": "raw",
        "loaded_at_field": "ingested_at",
        "freshness": {"warn_after": {"count": 2, "period": "day"}},
        "tables": tables,
    }
    header = "# Generated from flows/schema.py by `python -m flows.schema`: edit the declaration there.\n"
    body = yaml.safe_dump(
        {"version": 2, "sources": [source]}, sort_keys=False, allow_unicode=True, width=100, indent=2
    )
    return header + body


def main(argv: list[str] | None = None) -> int:
    """Write ``_sources.yml`` from the declaration; ``--check`` only reports whether it is current."""
    argv = sys.argv[1:] if argv is None else argv
    text = sources_yml()
    current = SOURCES_YML.read_text(encoding="utf-8") if SOURCES_YML.exists() else ""
    if "--check" in argv:
        if current != text:
            print(f"{SOURCES_YML} differs from flows/schema.py: run python -m flows.schema", file=sys.stderr)
            return 1
        return 0
    if current != text:
        SOURCES_YML.write_text(text, encoding="utf-8")
        print(f"wrote {SOURCES_YML}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
