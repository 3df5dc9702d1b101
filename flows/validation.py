"""Great Expectations: the audit between dbt and publishing.

Suites are defined here, once, and written to the file-backed context in ``expectations/gx``
(``add_or_update``), so they can be read as JSON without running anything. Each expectation
carries ``meta.check`` (a stable name) and ``meta.level``:

- ``row``: failing rows are kept and flagged (``marts.numeric_facts.is_valid = false``,
  ``failed_checks`` naming the checks); the run then rebuilds the indicators the flagged facts
  fall in, without them (``flows.transform.rebuild_flagged_indicators``);
- ``suite``: a failure means the build itself is broken (schema drift, articles of raw missing
  from the marts, broken references, duplicate keys): the run fails and nothing is published;
- ``warn``: recorded in ``audit.validation_results`` only.

Data is read from DuckDB into pandas and validated by GX's pandas engine (GX 1.24's SQL path
over duckdb_engine fails every metric).
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import shutil
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from flows.data_docs import localize_data_docs
from flows.schema import carried_columns
from flows.schema import table as declared_table
from flows.settings import PROJECT_ROOT
from flows.text.article import DATE_SOURCES
from flows.text.numbers.units import CURRENCY_CODES, NO_CURRENCY, PLAUSIBLE_RANGES
from flows.text.numbers.units import NON_MONEY_UNITS as UNIT_KINDS
from flows.warehouse import open_duckdb

EXPECTATIONS_DIR = PROJECT_ROOT / "expectations"
DATA_DOCS_DIR = EXPECTATIONS_DIR / "gx" / "uncommitted" / "data_docs" / "local_site"

# One vocabulary of units with the extractor (flows/text/numbers/units.py) and dbt (seed ref_units).
CURRENCIES = list(CURRENCY_CODES)
NON_MONEY_UNITS = list(UNIT_KINDS)
COMPARATORS = ["=", "~", ">", ">=", "<", "<="]
MONEY_CEILING = 1e14  # per unit of a currency without a range of its own in PLAUSIBLE_RANGES
GROWTH_BOUNDS = next((lo, hi) for u, m, lo, hi in PLAUSIBLE_RANGES if (u, m) == ("percent", "growth"))
SHARE_BOUNDS = next((lo, hi) for u, m, lo, hi in PLAUSIBLE_RANGES if (u, m) == ("percent", "share"))

# The marts' columns: the raw columns they carry under their own name (flows/schema.py), then their own.
# The suites check them as sets, stored sorted (a column added anywhere changes one line of the store).
FACT_COLUMNS = [
    "fact_id",
    *carried_columns("number_mentions"),
    "unit_kind",
    "country_a",
    "country_b",
    "sentence",
    "raw_char_start",
    "raw_char_end",
    "is_valid",
    "failed_checks",
    "load_seq",
]
ARTICLE_COLUMNS = [
    *carried_columns("articles"),
    "body_chars",
    "canonical_article_id",
    "is_canonical",
    "similarity_to_canonical",
    "superseded_by_article_id",
    "load_seq",
]
# Check-ready columns computed beside the mart's own when the batch is read.
FACTS_QUERY = """
select
    f.*,
    a.article_id is not null as has_article,
    f.value = round(f.value) as is_whole_value,
    contains(f.quote, f.number_text) as quote_has_number,
    f.source_field != 'title'
    or coalesce(substr(a.title, f.char_start + 1, f.char_end - f.char_start) = f.quote, false) as is_title_quote_at_offsets,
    coalesce(abs(f.value) <= {money_ceiling}, false) as is_money_within_ceiling,
    {plausible} as is_plausible
from {facts} as f
left join {articles} as a on f.article_id = a.article_id
"""


def _sql_str(v: str) -> str:
    return "'" + v.replace("'", "''") + "'"


def _money_ceiling_sql() -> str:
    """The largest plausible absolute amount of the fact's currency (world GDP in it, roughly)."""
    whens = [
        f"when f.unit = {_sql_str(u)} then {float(hi)}"
        for u, m, _lo, hi in PLAUSIBLE_RANGES
        if u in CURRENCY_CODES and m is None and hi is not None
    ]
    return f"(case {' '.join(whens)} else {MONEY_CEILING} end)"


def _plausible_sql() -> str:
    """True when the value is in the range of PLAUSIBLE_RANGES for its unit and metric (the most
    specific row wins); money, shares and growth have checks of their own and are not judged here."""
    rows = sorted(
        (
            r
            for r in PLAUSIBLE_RANGES
            if r[0] not in CURRENCY_CODES
            and (r[0], r[1]) not in {("percent", "share"), ("percent", "growth")}
        ),
        key=lambda r: r[1] is None,
    )
    whens = []
    for unit, metric, lo, hi in rows:
        cond = f"f.unit = {_sql_str(unit)}" + (f" and f.metric = {_sql_str(metric)}" if metric else "")
        test = (
            " and ".join(
                [
                    *(["f.value >= " + str(float(lo))] if lo is not None else []),
                    *(["f.value <= " + str(float(hi))] if hi is not None else []),
                ]
            )
            or "true"
        )
        whens.append(f"when {cond} then coalesce({test}, false)")
    return f"(case {' '.join(whens)} else true end)"


FACTS_QUERY = FACTS_QUERY.format(
    money_ceiling=_money_ceiling_sql(), plausible=_plausible_sql(), facts="{facts}", articles="{articles}"
)
ARTICLES_QUERY = """
select
    * exclude (body),
    published_date <= current_date + 1 as is_published_in_past
from {articles}
"""


def _meta(check: str, level: str) -> dict[str, str]:
    """An expectation's name in the audit (``check``) and what its failure does (``level``: row,
    suite or warn; see ``audit.validation_results.level``)."""
    return {"check": check, "level": level}


def _all_true(gxe, column: str, check: str, level: str, **kwargs):
    """Every value of the boolean ``column`` (of the rows ``row_condition`` keeps) is true."""
    return gxe.ExpectColumnValuesToBeInSet(
        column=column, value_set=[True], meta=_meta(check, level), **kwargs
    )


def _facts_suite(gx, gxe, Column):
    exps: list = []  # a plain list: adding to a suite named like a stored one would write to the store
    money = Column("unit").is_in([*CURRENCIES, NO_CURRENCY])
    add = exps.append
    add(
        gxe.ExpectTableColumnsToMatchSet(
            column_set=sorted(
                [
                    *FACT_COLUMNS,
                    "has_article",
                    "is_whole_value",
                    "quote_has_number",
                    "is_title_quote_at_offsets",
                    "is_money_within_ceiling",
                    "is_plausible",
                ]
            ),
            exact_match=True,
            meta=_meta("schema_matches", "suite"),
        )
    )
    add(_all_true(gxe, "has_article", "article_exists", "suite"))
    add(gxe.ExpectColumnValuesToBeUnique(column="fact_id", meta=_meta("fact_id_unique", "suite")))
    add(
        gxe.ExpectColumnValuesToBeInSet(
            column="unit",
            value_set=[*CURRENCIES, NO_CURRENCY, *NON_MONEY_UNITS],
            meta=_meta("unit_allowed", "row"),
        )
    )
    add(
        gxe.ExpectColumnValuesToNotBeInSet(
            column="unit", value_set=[NO_CURRENCY], meta=_meta("currency_known", "row")
        )
    )
    add(
        gxe.ExpectColumnValuesToBeInSet(
            column="comparator", value_set=COMPARATORS, meta=_meta("comparator_allowed", "row")
        )
    )
    add(gxe.ExpectColumnValuesToNotBeNull(column="value", meta=_meta("value_present", "row")))
    add(_all_true(gxe, "is_money_within_ceiling", "money_within_ceiling", "row", row_condition=money))
    add(_all_true(gxe, "is_plausible", "value_plausible", "row"))
    percent = Column("unit") == "percent"
    for condition, (low, high), check in (
        (percent & (Column("metric") == "share"), SHARE_BOUNDS, "share_within_0_100"),
        # a change in percent, of a named flow (metric export, ...) or of what the text leaves unsaid
        (
            # (GX takes an OR of ANDs)
            (percent & (Column("metric") == "growth"))
            | (percent & Column("change").is_in(["increase", "decrease"])),
            GROWTH_BOUNDS,
            "growth_within_bounds",
        ),
    ):
        add(
            gxe.ExpectColumnValuesToBeBetween(
                column="value",
                min_value=low,
                max_value=high,
                row_condition=condition,
                meta=_meta(check, "row"),
            )
        )
    add(
        gxe.ExpectColumnValuesToBeBetween(
            column="value",
            min_value=0,
            row_condition=Column("unit").is_in(
                ["count", "rank", "times", *(u for u, k in UNIT_KINDS.items() if k == "physical")]
            ),
            meta=_meta("quantity_not_negative", "row"),
        )
    )
    add(
        _all_true(
            gxe,
            "is_whole_value",
            "count_is_whole",
            "row",
            row_condition=Column("unit").is_in(["count", "rank"]),
        )
    )
    add(_all_true(gxe, "quote_has_number", "quote_contains_number", "row"))
    add(
        gxe.ExpectColumnValuesToBeInSet(
            column="source_field", value_set=["body", "title"], meta=_meta("source_field_known", "suite")
        )
    )
    add(gxe.ExpectColumnValuesToNotBeNull(column="source_field", meta=_meta("source_field_present", "suite")))
    # a body quote is checked against the body by dbt (assert_fact_quotes_are_body_substrings)
    add(_all_true(gxe, "is_title_quote_at_offsets", "title_quote_at_offsets", "row"))
    return exps


def _articles_suite(gx, gxe, Column):
    exps: list = []
    add = exps.append
    columns = sorted([c for c in ARTICLE_COLUMNS if c != "body"] + ["is_published_in_past"])
    add(
        gxe.ExpectTableColumnsToMatchSet(
            column_set=columns, exact_match=True, meta=_meta("schema_matches", "suite")
        )
    )
    # One row per ingested article of the batch: an empty mart is right when no article was ever
    # ingested (only rejected inputs), and wrong when raw holds articles the build lost.
    add(
        gxe.ExpectTableRowCountToEqual(
            value={"$PARAMETER": ARTICLES_BUILT}, meta=_meta("holds_every_article", "suite")
        )
    )
    add(gxe.ExpectColumnValuesToBeUnique(column="article_id", meta=_meta("article_id_unique", "suite")))
    add(gxe.ExpectColumnValuesToNotBeNull(column="article_id", meta=_meta("article_id_present", "suite")))
    add(
        gxe.ExpectColumnValuesToBeBetween(
            column="body_chars", min_value=1, meta=_meta("body_not_empty", "suite")
        )
    )
    add(_all_true(gxe, "is_published_in_past", "published_not_in_future", "warn"))
    add(
        gxe.ExpectColumnValuesToBeInSet(
            column="published_date_source",
            value_set=list(DATE_SOURCES),
            meta=_meta("published_date_source_known", "warn"),
        )
    )
    return exps


ARTICLES_BUILT = "articles_built"  # suite parameter: the articles of raw the batch must hold

# The columns the suites' expectations read (``column``, ``row_condition``, the id of failing
# rows). The other columns of a mart are read as NULL of their type: the schema checks see their
# names, and the frames hold no texts (quotes, sentences, titles) that no check reads.
CHECKED_COLUMNS = {
    "numeric_facts": {
        "fact_id", "unit", "comparator", "value", "metric", "change", "source_field", "has_article",
        "is_whole_value", "quote_has_number", "is_title_quote_at_offsets", "is_money_within_ceiling",
        "is_plausible",
    },
    "articles": {"article_id", "body_chars", "is_published_in_past", "published_date_source"},
}  # fmt: skip

SUITES = {
    "numeric_facts": (_facts_suite, FACTS_QUERY, "fact_id"),
    "articles": (_articles_suite, ARTICLES_QUERY, "article_id"),
}


@dataclass
class CheckOutcome:
    suite: str
    check: str
    expectation: str
    column: str | None
    level: str
    success: bool
    element_count: int | None
    unexpected_count: int | None
    failing_ids: list[str] = field(default_factory=list)


@dataclass
class AuditResult:
    outcomes: list[CheckOutcome]
    data_docs: Path

    @property
    def blocking_failures(self) -> list[CheckOutcome]:
        return [o for o in self.outcomes if o.level == "suite" and not o.success]

    @property
    def flagged_facts(self) -> dict[str, list[str]]:
        flags: dict[str, list[str]] = defaultdict(list)
        for o in self.outcomes:
            if o.suite == "numeric_facts" and o.level == "row":
                for fid in o.failing_ids:
                    flags[fid].append(o.check)
        return dict(flags)


def _context():
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx

    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    ctx = gx.get_context(mode="file", project_root_dir=str(EXPECTATIONS_DIR))
    return gx, ctx


def _expectation_key(e) -> str:
    """An expectation's definition without its generated id, to compare stored and wanted suites."""
    cfg = e.configuration.to_json_dict()
    return json.dumps(
        {k: v for k, v in cfg.items() if k not in {"id", "rendered_content"}}, sort_keys=True, default=str
    )


@contextmanager
def store_lock():
    """Hold the GX store and Data Docs site (``expectations/gx/uncommitted``) for this process.

    Audits of different warehouses may run at once and share the store: GX writes a run's pages
    before they are pointed at the local assets, so a reader that needs finished pages (a copy of
    the site, a check of it) takes this lock too. An exclusive ``flock`` on ``.store.lock``."""
    lock_file = EXPECTATIONS_DIR / "gx" / "uncommitted" / ".store.lock"
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    with lock_file.open("a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


# The note every stored suite carries (its JSON's "meta"): the files are written, not edited.
SUITE_GENERATED_BY = "Generated by `dyad run` (flows/validation.py sync_suites); do not edit by hand."


def sync_suites():
    """Make the GX store hold the suites, validation definitions and checkpoints defined here.

    Objects are written only when missing or changed, so the committed files under
    expectations/gx stay byte-stable from run to run.
    """
    import great_expectations.expectations as gxe
    from great_expectations.data_context.types.base import ProgressBarsConfig
    from great_expectations.expectations.row_conditions import Column

    gx, ctx = _context()
    bars = ctx.variables.progress_bars
    if (bars.get("globally") if isinstance(bars, dict) else getattr(bars, "globally", None)) is not False:
        ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
        ctx.variables.save()
    try:
        source = ctx.data_sources.get("dyad_warehouse")
    except (KeyError, ValueError, LookupError):
        source = ctx.data_sources.add_pandas(name="dyad_warehouse")
    checkpoints = {}
    for name, (build, _query, id_column) in SUITES.items():
        try:
            asset = source.get_asset(name)
        except LookupError:
            asset = source.add_dataframe_asset(name=name)
        try:
            batch = asset.get_batch_definition("whole_table")
        except KeyError:
            batch = asset.add_batch_definition_whole_dataframe("whole_table")
        wanted = build(gx, gxe, Column)
        try:
            suite = ctx.suites.get(name)
        except Exception:  # not stored yet
            suite = None
        changed = (
            suite is None
            or (suite.meta or {}).get("generated_by") != SUITE_GENERATED_BY
            or sorted(map(_expectation_key, suite.expectations)) != sorted(map(_expectation_key, wanted))
        )
        if changed:
            if suite is not None:
                ctx.suites.delete(name)
            suite = ctx.suites.add(
                gx.ExpectationSuite(name=name, expectations=wanted, meta={"generated_by": SUITE_GENERATED_BY})
            )
        try:
            vd = ctx.validation_definitions.get(name)
            stale = changed or vd.suite.name != name
        except Exception:
            stale = True
        if stale:
            vd = ctx.validation_definitions.add_or_update(
                gx.ValidationDefinition(data=batch, suite=suite, name=name)
            )
        try:
            checkpoint = ctx.checkpoints.get(f"{name}_checkpoint")
        except Exception:
            checkpoint = None
        # no actions: the audit builds the Data Docs pages of all its checkpoints' results at once
        # (``_run_checkpoints``); an UpdateDataDocsAction per checkpoint rebuilt the site's index
        # (every stored result) once per checkpoint
        if checkpoint is None or stale or checkpoint.actions:
            checkpoint = ctx.checkpoints.add_or_update(
                gx.Checkpoint(
                    name=f"{name}_checkpoint",
                    validation_definitions=[vd],
                    actions=[],
                    result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [id_column]},
                )
            )
        checkpoints[name] = checkpoint
    return checkpoints


# The batch: an incremental run validates what its dbt build added, the articles of the loads
# after the models' watermark and their facts; older rows were validated, and flagged, by the run
# that added them. Both marts carry their article's load (load_seq) and are read by it, facts and
# the articles they are checked against alike: DuckDB skips the row groups of older loads by
# their statistics, so what a run reads follows the new rows (at 200,000 articles the two batch
# queries take 12 ms, against 63 ms when every stored article id was looked up among the new).
BATCH_ROWS = "load_seq > $since"


def _batch_queries(batch_since_seq: int | None) -> dict[str, str]:
    """Each suite's query over the whole marts (``None``: a full build) or over the rows of the
    articles loaded after load ``batch_since_seq`` (SQL with the parameter ``$since``)."""
    if batch_since_seq is None:
        rel = {"facts": "marts.numeric_facts", "articles": "marts.articles"}
    else:
        rel = {
            name: f"(select * from marts.{table} where {BATCH_ROWS})"
            for name, table in (("facts", "numeric_facts"), ("articles", "articles"))
        }
    return {name: query.format(**rel) for name, (_b, query, _i) in SUITES.items()}


AUDIT_MEMORY_LIMIT = "1GB"  # DuckDB's memory while it reads the batch (its default: 80% of the machine's)
KEEP_VALIDATION_RESULTS = 30  # per suite, in the GX store and Data Docs; all runs stay in audit.*


def run_audit(db: Path, articles: int, batch_since_seq: int | None = None) -> AuditResult:
    """Validate the marts of ``db`` with every checkpoint; rebuild Data Docs.

    ``articles`` is the number of ingested articles the batch must hold, one row each in
    ``marts.articles`` (0 when no article was ever ingested: an empty mart is then valid). With
    ``batch_since_seq`` only the rows of articles loaded after that load are validated (an
    incremental build); without it, every row (a full build).
    """
    con = open_duckdb(db, read_only=True, config={"memory_limit": AUDIT_MEMORY_LIMIT})
    try:
        params = {} if batch_since_seq is None else {"since": int(batch_since_seq)}
        frames = {
            name: checked_frame(con, name, query, params)
            for name, query in _batch_queries(batch_since_seq).items()
        }
    finally:
        con.close()
    with store_lock():
        prune_validation_results(KEEP_VALIDATION_RESULTS - 1)
        try:
            return _run_checkpoints(frames, {ARTICLES_BUILT: int(articles)})
        finally:  # also when a checkpoint raised
            _release_batch_data()


def checked_frame(con: duckdb.DuckDBPyConnection, suite: str, query: str, params: dict):
    """The pandas frame of ``query`` for ``suite``: every column, by name and in order, those
    outside ``CHECKED_COLUMNS[suite]`` as NULL of their type."""
    rel = con.sql(query, params=params)
    exprs = [
        f'"{c}"' if c in CHECKED_COLUMNS[suite] else f'cast(null as {t}) as "{c}"'
        for c, t in zip(rel.columns, rel.types, strict=True)
    ]
    return con.sql(f"select {', '.join(exprs)} from ({query})", params=params).df()


def prune_validation_results(keep: int) -> int:
    """Keep the newest ``keep`` validation results per suite (and their Data Docs pages).

    The Data Docs index is rebuilt from every stored result on each audit, so without a
    bound each run would cost more than the last. The full history stays in the warehouse
    (audit.validation_results)."""
    removed = 0
    store = EXPECTATIONS_DIR / "gx" / "uncommitted" / "validations"
    for suite in SUITES:
        results = sorted((store / suite).glob("*/*/*.json"), key=lambda p: p.parent.name)
        for old in results[: max(len(results) - keep, 0)]:
            run_dir = old.parent
            page_dir = DATA_DOCS_DIR / "validations" / run_dir.relative_to(store)
            shutil.rmtree(run_dir, ignore_errors=True)
            shutil.rmtree(page_dir, ignore_errors=True)
            removed += 1
    return removed


def _run_checkpoints(frames: dict, parameters: dict) -> AuditResult:
    from great_expectations.data_context.types.resource_identifiers import ExpectationSuiteIdentifier

    checkpoints = sync_suites()
    outcomes: list[CheckOutcome] = []
    pages: list = []  # the results and suites whose Data Docs pages this audit writes
    for name, checkpoint in checkpoints.items():
        id_column = SUITES[name][2]
        result = checkpoint.run(
            batch_parameters={"dataframe": frames[name]}, expectation_parameters=parameters
        )
        for identifier, vr in result.run_results.items():
            pages += [identifier, ExpectationSuiteIdentifier(name=vr.suite_name)]
            for r in vr.results:
                cfg = r.expectation_config
                meta = cfg.meta or {}
                ids = [
                    str(row[id_column])
                    for row in (r.result or {}).get("unexpected_index_list") or []
                    if isinstance(row, dict) and id_column in row
                ]
                outcomes.append(
                    CheckOutcome(
                        suite=name,
                        check=meta.get("check", cfg.type),
                        expectation=cfg.type,
                        column=cfg.kwargs.get("column"),
                        level=meta.get("level", "suite"),
                        success=bool(r.success),
                        element_count=(r.result or {}).get("element_count"),
                        unexpected_count=(r.result or {}).get("unexpected_count"),
                        failing_ids=sorted(set(ids)),
                    )
                )
    # The pages of this audit's results and suites, and the site's index, once for all checkpoints
    _gx, ctx = _context()
    ctx.build_data_docs(resource_identifiers=pages, build_index=True)
    # The pages GX wrote load their scripts and styles from CDNs: point them at local copies.
    for page, urls in localize_data_docs(DATA_DOCS_DIR).items():
        logging.getLogger(__name__).warning("Data Docs page %s still loads %s", page, ", ".join(urls))
    return AuditResult(outcomes, DATA_DOCS_DIR)


def _release_batch_data() -> None:
    """Drop the frames GX's pandas engine keeps after a checkpoint (its batch manager holds the
    last batch of each asset until the next one replaces it): a process that runs the flow again
    and again (``dyad serve``) would otherwise carry a run's frames, hundreds of MB at 200,000
    articles, through the next run's parse and build."""
    _gx, ctx = _context()
    try:
        manager = ctx.data_sources.get("dyad_warehouse").get_execution_engine().batch_manager
    except (KeyError, ValueError, LookupError, AttributeError):
        return
    manager.reset_batch_cache()
    manager.batch_data_cache.clear()


def record_audit(con: duckdb.DuckDBPyConnection, run_id: str, audit: AuditResult) -> int:
    """Store the results in audit.*, flag failing facts in marts.numeric_facts; returns facts flagged."""
    now = datetime.now(UTC)
    columns = (
        "run_id", "suite_name", "expectation", "column_name", "level", "success",
        "element_count", "unexpected_count", "details", "validated_at",
    )  # fmt: skip
    con.executemany(
        declared_table("audit.validation_results").insert_sql(columns),
        [
            (
                run_id,
                o.suite,
                o.check,
                o.column,
                o.level,
                o.success,
                o.element_count,
                o.unexpected_count,
                json.dumps({"expectation": o.expectation, "failing_ids": o.failing_ids[:100]}),
                now,
            )
            for o in audit.outcomes
        ],
    )
    flags = audit.flagged_facts
    if flags:
        rows = [(run_id, fid, check) for fid, checks in flags.items() for check in checks]
        con.executemany(
            declared_table("audit.fact_check_failures").insert_sql(("run_id", "fact_id", "expectation")), rows
        )
        con.execute(
            """
            update marts.numeric_facts as f
            set is_valid = false, failed_checks = x.checks
            from (
                select fact_id, list(distinct expectation order by expectation) as checks
                from audit.fact_check_failures where run_id = ? group by fact_id
            ) as x
            where f.fact_id = x.fact_id
            """,
            [run_id],
        )
    return len(flags)
