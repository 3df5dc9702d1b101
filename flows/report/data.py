"""What the report shows, read from the published warehouse.

``load_report_data`` opens the warehouse read-only, runs the queries of ``queries/*.sql`` (one
query a file, package data) and closes the connection before anything is drawn. The filters:
``country`` keeps the pairs, facts and articles that involve that country; ``since`` keeps
articles published on or after that date (articles without a known date are left out when
``since`` is given). Counting follows the marts: a story republished by several sites counts once
(canonical articles only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from flows.settings import Settings

if TYPE_CHECKING:
    import duckdb

_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


class ReportUsageError(ValueError):
    """A filter the report cannot use: bad date, malformed or unknown country code."""


class NoPublishedWarehouse(FileNotFoundError):
    """There is no published warehouse to report on."""


# ----------------------------------------------------------------------------- filters


def parse_since(value: str | date | None) -> date | None:
    """``--since``: an ISO date (YYYY-MM-DD)."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ReportUsageError(f"--since must be an ISO date YYYY-MM-DD, got {value!r}")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ReportUsageError(f"--since must be an ISO date YYYY-MM-DD, got {value!r}") from None


def normalize_country(value: str | None) -> str | None:
    """``--country``: an ISO 3166-1 alpha-2 code, any case (``by`` -> ``BY``)."""
    if value is None:
        return None
    code = value.strip().upper()
    if not _COUNTRY_CODE.match(code):
        raise ReportUsageError(f"--country must be an ISO 3166-1 alpha-2 code such as BY, got {value!r}")
    return code


def default_report_path(settings: Settings) -> Path:
    """Where the report goes unless told otherwise: beside the published warehouse."""
    return settings.warehouse_path.parent / "report.html"


# ------------------------------------------------------------------------------ rows


@dataclass(frozen=True)
class Country:
    code: str
    name_en: str
    name_ru: str

    @property
    def label(self) -> str:
        return f"{self.name_ru} ({self.code})" if self.name_ru else self.code


@dataclass
class Pair:
    """A country pair over the selected articles. The keyword counts and the mean score are
    sums and means of ``marts.dyad_tone`` rows; ``*_articles`` count the pair's articles by the
    tone that mart gives them (neutral articles are not counted)."""

    country_a: str
    country_b: str
    article_count: int
    fact_count: int
    first_published: date | None
    last_published: date | None
    cooperation_count: int = 0
    conflict_count: int = 0
    goldstein_like: float | None = None
    cooperative_articles: int = 0
    mixed_articles: int = 0
    conflictual_articles: int = 0

    @property
    def key(self) -> str:
        return f"{self.country_a}–{self.country_b}"

    @property
    def tone(self) -> str:
        """The tone ``marts.dyad_tone`` gives most of the pair's articles: ``neutral`` when it
        gives none of them a tone, ``mixed`` when two tones have as many articles."""
        counts = {
            "cooperative": self.cooperative_articles,
            "mixed": self.mixed_articles,
            "conflictual": self.conflictual_articles,
        }
        top = max(counts.values())
        if top == 0:
            return "neutral"
        leaders = [tone for tone, n in counts.items() if n == top]
        return leaders[0] if len(leaders) == 1 else "mixed"


@dataclass(frozen=True)
class TimelinePoint:
    country_a: str
    country_b: str
    month_start: date
    article_count: int


@dataclass(frozen=True)
class Fact:
    fact_id: str
    article_id: str
    published_date: date | None
    country_a: str | None
    country_b: str | None
    metric: str
    value: float | None
    unit: str | None
    comparator: str | None
    quote: str
    sentence: str | None
    is_valid: bool
    failed_checks: tuple[str, ...]
    title: str | None
    publisher: str | None
    source_uri: str
    url: str | None
    change: str | None = None  # increase / decrease: the value is a change, not a level (from / to: a level)

    @property
    def is_change(self) -> bool:
        """Whether the value is by how much something changed (``вырос на 12%``), not a level."""
        return self.change in ("increase", "decrease")

    @property
    def pair(self) -> str:
        return f"{self.country_a}–{self.country_b}" if self.country_a else "—"


@dataclass(frozen=True)
class FailedCheck:
    suite: str
    check: str
    level: str
    unexpected_count: int | None


@dataclass(frozen=True)
class Indicator:
    """A row of ``marts.dyad_indicators``: one value per pair, direction, metric, kind and period."""

    indicator_id: str
    country_a: str
    country_b: str
    origin_country: str | None
    destination_country: str | None
    metric: str
    unit: str | None
    kind: str  # actual / target / forecast
    period_start: date
    period_end: date
    period_label: str | None
    period_granularity: str | None
    status: str  # agreed / rounded / conflicting / flagged (every fact failed validation)
    reconciled_value: float | None
    value_min: float | None  # None when flagged
    value_max: float | None
    source_count: int
    fact_count: int
    publishers: tuple[str, ...]
    has_failed_fact: bool  # a fact of it failed validation and was left out (flagged_fact_count > 0)

    @property
    def pair(self) -> str:
        return f"{self.country_a}–{self.country_b}"

    @property
    def direction(self) -> str:
        if self.origin_country and self.destination_country:
            return f"{self.origin_country}→{self.destination_country}"
        return ""

    @property
    def middle(self) -> date:
        return self.period_start + timedelta(days=(self.period_end - self.period_start).days // 2)


@dataclass
class ReportData:
    generated_at: datetime
    country: Country | None
    since: date | None
    countries: dict[str, Country]
    pairs: list[Pair]
    timeline: list[TimelinePoint]
    facts: list[Fact]  # every fact of the selection, latest first
    article_count: int
    last_run: tuple[str, datetime | None] | None  # run_id, finished_at of the last published run
    failed_checks: list[FailedCheck] = field(default_factory=list)  # of the last published run
    indicators: list[Indicator] = field(default_factory=list)  # marts.dyad_indicators, latest first

    @property
    def facts_failing(self) -> list[Fact]:
        return [f for f in self.facts if not f.is_valid]

    @property
    def is_empty(self) -> bool:
        return self.article_count == 0

    def name(self, code: str | None) -> str:
        if not code:
            return "—"
        c = self.countries.get(code)
        return c.label if c else code


# ----------------------------------------------------------------------------- queries


@cache
def query(name: str) -> str:
    """The text of ``queries/<name>.sql`` without its leading comment lines; ``{sel}`` stands
    for the selected articles (``queries/selected_articles.sql``). FileNotFoundError when there
    is no such query."""
    text = files(__package__).joinpath("queries", f"{name}.sql").read_text(encoding="utf-8")
    lines = text.splitlines()
    while lines and lines[0].lstrip().startswith("--"):
        lines.pop(0)
    sql = "\n".join(lines).strip()
    return sql if name == "selected_articles" else sql.replace("{sel}", query("selected_articles"))


def load_report_data(
    warehouse: Settings | Path, country: str | None = None, since: date | None = None
) -> ReportData:
    """Everything the report shows, read from the published warehouse (read-only) of the
    settings, in either mode, or of a DuckDB file."""
    from flows.warehouses import open_published

    country = normalize_country(country)
    since = parse_since(since)
    try:
        con = open_published(
            warehouse
            if isinstance(warehouse, Settings)
            else Settings(warehouse=str(Path(warehouse).absolute()))
        )
    except FileNotFoundError as exc:
        raise NoPublishedWarehouse(str(exc)) from None
    try:
        countries = {
            code: Country(code, name_en or "", name_ru or "")
            for code, name_en, name_ru in con.execute(query("countries")).fetchall()
        }
        if country is not None and country not in countries:
            raise ReportUsageError(f"unknown country code {country!r} (not in marts.countries)")
        params = {"country": country, "since": since}

        def rows(name: str) -> list[tuple]:
            return con.execute(query(name), params).fetchall()

        pairs = [Pair(*row) for row in rows("pairs")]
        timeline = [TimelinePoint(*row) for row in rows("timeline")]
        facts = [Fact(*row[:12], tuple(row[12]), *row[13:]) for row in rows("facts")]
        article_count = rows("article_count")[0][0]
        last = con.execute(query("last_run")).fetchone()
        failed = (
            [FailedCheck(*row) for row in con.execute(query("failed_checks"), {"run_id": last[0]}).fetchall()]
            if last
            else []
        )
        indicators = _indicators(con, params)
    finally:
        con.close()
    return ReportData(
        generated_at=datetime.now(UTC),
        country=countries[country] if country else None,
        since=since,
        countries=countries,
        pairs=pairs,
        timeline=timeline,
        facts=facts,
        article_count=article_count,
        last_run=(last[0], last[1]) if last else None,
        failed_checks=failed,
        indicators=indicators,
    )


def _indicators(con: duckdb.DuckDBPyConnection, params: dict) -> list[Indicator]:
    """The indicators of the selection (``queries/indicators.sql``); [] when the warehouse has no
    ``marts.dyad_indicators`` (one published before the mart existed)."""
    exists = con.execute(
        "select count(*) from duckdb_tables() where schema_name = 'marts' and table_name = 'dyad_indicators'"
    ).fetchone()[0]
    if not exists:
        return []
    rows = con.execute(query("indicators"), params).fetchall()
    return [Indicator(*row[:18], tuple(row[18]), bool(row[19])) for row in rows]
