"""Settings: defaults < settings file (dyad.toml) < environment (DYAD_*) < command-line flags.

Relative paths are resolved against the project root, so ``dyad run`` behaves the same from
any working directory.

Every value is checked by pydantic against the field's type and bounds as it is read; a bad
value raises :class:`SettingsError` (a ``ValueError``) in one line that names where it came
from: the settings file and the field, the ``DYAD_<NAME>`` variable, or the setting given
directly (a command-line flag).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import field, fields, replace
from pathlib import Path
from typing import Annotated, Any

import pydantic
from pydantic import Field

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SETTINGS_FILE_ENV = "DYAD_SETTINGS_FILE"
WAREHOUSE_MODES = ("duckdb", "ducklake")


# The DYAD_* variables that are no setting of Settings: read by the settings loader, dbt's
# profiles, the deployments and the test suite. Any other DYAD_* name is a misspelt setting.
OTHER_VARIABLES = frozenset(
    {
        SETTINGS_FILE_ENV,
        "DYAD_DUCKDB_MEMORY_LIMIT",  # dbt's DuckDB memory (dbt_project/profiles.yml)
        "DYAD_PROJECT_ROOT",  # the deployments' pull step (prefect.yaml)
        "DYAD_DBT_DB_PATH",  # set by the pipeline for dbt (flows/dbt_runner.py)
        "DYAD_DBT_KEEP_OPEN",
        "DYAD_DBT_WATERMARK",
        "DYAD_DUCKDB_EXTENSION_DIR",
        "DYAD_DUCKDB_EXTENSIONS_CHECKED",
        "DYAD_CHROMIUM",  # the report's browser (flows/report)
        "DYAD_REPORT_SCREENSHOT",
        "DYAD_REQUIRE_BROWSER",  # the test suite's switches
        "DYAD_REQUIRE_POSTGRES",
        "DYAD_TEST_RUN_SEQUENCES",
        "DYAD_TEST_RUN_SEQUENCE_SEEDS",
    }
)


class SettingsError(ValueError):
    """A setting that cannot be used; the message names its source and the field."""


def _as_list(value: Any) -> Any:
    if isinstance(value, str):
        return [v for v in (part.strip() for part in value.split(",")) if v]
    return value


@pydantic.dataclasses.dataclass(frozen=True, config=pydantic.ConfigDict(extra="forbid"))
class Settings:
    """Every knob of a run. Field names map to DYAD_<NAME> environment variables.

    Frozen and picklable (it travels into Prefect tasks and Dask workers); constructing one, or
    ``dataclasses.replace`` on one, validates every field (``pydantic.ValidationError``).
    """

    inbox: list[str] = field(default_factory=lambda: ["seeds"])
    warehouse: Annotated[str, Field(min_length=1)] = "warehouse/dyad.duckdb"
    max_file_bytes: Annotated[int, Field(gt=0)] = 20_000_000
    # a file modified less than this many seconds ago is left for the next run
    settle_seconds: Annotated[float, Field(ge=0)] = 5.0
    workers: Annotated[int, Field(ge=0)] = 0  # parse processes; 0 = one per core
    # inputs parsed and loaded per batch (a run's memory follows a batch, not the run; the
    # DuckDB-file mode); 0 = all at once
    load_batch: Annotated[int, Field(ge=0)] = 5000
    fetch_connect_timeout: Annotated[float, Field(gt=0)] = 5.0  # seconds
    fetch_read_timeout: Annotated[float, Field(gt=0)] = 20.0  # seconds
    fetch_max_bytes: Annotated[int, Field(gt=0)] = 5_000_000
    fetch_retries: Annotated[int, Field(ge=0)] = 2
    fetch_retry_delay: Annotated[float, Field(ge=0)] = (
        2.0  # seconds before the first retry; x5 for each next one
    )
    # seconds per URL: connecting, headers, body, redirects
    fetch_total_timeout: Annotated[float, Field(gt=0)] = 60.0
    # seconds of fetching per run; the rest is deferred to the next run
    fetch_run_timeout: Annotated[float, Field(gt=0)] = 600.0
    # new items taken from one feed per run; the rest wait
    fetch_feed_max_items: Annotated[int, Field(gt=0)] = 500
    fetch_allow_private_hosts: bool = False  # fetch from 127.0.0.1, 10.x, 192.168.x, ... too
    # seconds a run waits for another run of the same warehouse to end before it is refused (0:
    # refused at once, as `dyad run` is; prefect.yaml's scheduled deployments wait)
    lock_wait_seconds: Annotated[float, Field(ge=0)] = 0.0
    near_duplicate_threshold: Annotated[float, Field(gt=0, le=1)] = 0.8
    build_slice_articles: Annotated[int, Field(gt=0)] = 20_000  # articles per slice of a full build
    # -- where the warehouse lives (README "Scaling out") ----------------------------------
    warehouse_mode: str = "duckdb"  # duckdb: one embedded file | ducklake: a shared DuckLake
    lake_catalog: str = "ducklake:sqlite:warehouse/lake/catalog.sqlite"  # or ducklake:postgres:dbname=...
    lake_data_path: str = "warehouse/lake/data"  # a local (or NFS) folder, or s3://bucket/prefix
    lake_commit_retries: int = 3  # rebuilds when another machine committed to the lake first
    lake_snapshot_days: Annotated[float, Field(ge=0)] = 7.0  # snapshots `dyad maintain` keeps for time travel
    # -- distributed parsing and fetching ------------------------------------------------
    dask_address: str = ""  # empty: this machine | local:N: a LocalCluster of N | tcp://host:8786
    # -- inbox discovery (README "Inbox") -----------------------------------------------
    # every Nth run lists every inbox folder and stats every file (finds files edited in place);
    # the runs between list only folders whose mtime changed. 0: only when asked (full_scan)
    full_scan_every: Annotated[int, Field(ge=0)] = 24
    full_scan: bool = False  # this run lists every folder (dyad run --full-scan)
    # this run reads again every input recorded as rejected (dyad run --retry-rejected): after an
    # upgrade of Dyad, or a cause outside the file fixed (its permissions); implies full_scan
    retry_rejected: bool = False
    # empty: off | a folder (on the inboxes' filesystem, outside them) the inputs a published
    # run recorded are moved to, under their path relative to their inbox
    archive_dir: str = ""

    # -- derived paths -------------------------------------------------------------------
    def path(self, value: str) -> Path:
        p = Path(value).expanduser()
        return p if p.is_absolute() else PROJECT_ROOT / p

    @property
    def warehouse_path(self) -> Path:
        return self.path(self.warehouse)

    @property
    def inbox_paths(self) -> list[Path]:
        return [self.path(p) for p in self.inbox]

    @property
    def work_dir(self) -> Path:
        """Where a run builds before publishing: beside the published file (the target, when the
        warehouse path is a symlink), on its filesystem."""
        return Path(os.path.realpath(self.warehouse_path)).parent / ".work"

    @property
    def runs_dir(self) -> Path:
        return self.warehouse_path.parent / "runs"

    @property
    def on_lake(self) -> bool:
        return self.warehouse_mode == "ducklake"

    def validate(self) -> Settings:
        """Refuse settings that cannot work, naming the setting and what it accepts."""
        if self.warehouse_mode not in WAREHOUSE_MODES:
            raise ValueError(
                f"warehouse_mode must be one of {', '.join(WAREHOUSE_MODES)}, not {self.warehouse_mode!r}"
            )
        if self.on_lake:
            kinds = ("ducklake:sqlite:", "ducklake:postgres:", "ducklake:duckdb:", "ducklake:")
            if not self.lake_catalog.startswith(kinds) or self.lake_catalog.rstrip(":") in {
                k.rstrip(":") for k in kinds
            }:
                raise ValueError(
                    f"lake_catalog must be a DuckLake catalog such as ducklake:sqlite:/path/catalog.sqlite, "
                    f"ducklake:postgres:dbname=dyad host=... or ducklake:/path/catalog.ducklake; "
                    f"got {self.lake_catalog!r}"
                )
            if not self.lake_data_path.strip():
                raise ValueError("lake_data_path must name a folder or an s3:// (gs://, az://) prefix")
        if not self.settle_seconds >= 0:
            raise ValueError(f"settle_seconds must be 0 or more (seconds), not {self.settle_seconds!r}")
        if self.lake_commit_retries < 0:
            raise ValueError("lake_commit_retries must be 0 or more")
        address = self.dask_address.strip()
        if address and not (
            address == "local"
            or (address.startswith("local:") and address[6:].isdigit() and int(address[6:]) > 0)
            or "://" in address
        ):
            raise ValueError(
                f"dask_address must be empty, local, local:N or a scheduler address such as "
                f"tcp://10.0.0.5:8786; got {address!r}"
            )
        return self

    @property
    def data_docs_path(self) -> Path:
        from flows.validation import DATA_DOCS_DIR

        return DATA_DOCS_DIR


def _describe(exc: pydantic.ValidationError, source: str, raw: dict[str, Any]) -> str:
    """One line for a validation error: ``<source>: <field>: <what is wrong> (got <value>)``."""
    parts = []
    for err in exc.errors():
        name = str(err["loc"][0]) if err["loc"] else ""
        msg = err["msg"][:1].lower() + err["msg"][1:]
        if err["type"] == "unexpected_keyword_argument":
            msg = "unknown setting"
        where = source.format(name=name, NAME=name.upper())
        value = raw.get(name, err.get("input"))
        parts.append(f"{where}: {msg} (got {value!r})")
    return "; ".join(parts)


def _apply(settings: Settings, values: dict[str, Any], source: str) -> Settings:
    """``settings`` with ``values`` from one source, validated; SettingsError names the source."""
    if not values:
        return settings
    coerced = {k: _as_list(v) if k == "inbox" else v for k, v in values.items()}
    try:
        return replace(settings, **coerced)
    except pydantic.ValidationError as exc:
        raise SettingsError(_describe(exc, source, values)) from None
    except TypeError as exc:  # a name that is not a field
        raise SettingsError(f"{source.format(name='?', NAME='?')}: {exc}") from None


def settings_file(environ: dict[str, str] | os._Environ | None = None) -> tuple[Path, bool]:
    """The settings file to read and whether it was named by ``DYAD_SETTINGS_FILE`` (then it
    must exist)."""
    env = os.environ if environ is None else environ
    named = env.get(SETTINGS_FILE_ENV, "")
    path = Path(named or PROJECT_ROOT / "dyad.toml").expanduser()
    return (path if path.is_absolute() else PROJECT_ROOT / path), bool(named)


def _read_settings_file(path: Path, named: bool) -> dict[str, Any]:
    if not path.exists():
        if named:
            raise SettingsError(f"{SETTINGS_FILE_ENV}={path}: no such settings file")
        return {}
    if not path.is_file():
        raise SettingsError(f"{path}: the settings file is not a regular file")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: not valid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: cannot read the settings file: {exc}") from None
    section = data.get("dyad", data)
    if not isinstance(section, dict):
        raise SettingsError(f"{path}: [dyad] must be a table of settings")
    names = {f.name for f in fields(Settings)}
    unknown = set(section) - names
    if unknown:
        raise SettingsError(f"{path}: unknown settings {sorted(unknown)}; known: {sorted(names)}")
    return section


def _check_duckdb_memory(value: str) -> None:
    """``DYAD_DUCKDB_MEMORY_LIMIT`` as DuckDB reads it (``512MB``, ``2GB``, ``1.5GiB``); an empty
    value leaves dbt's default. Raises SettingsError naming the variable before any run starts
    (dbt would fail only at its build)."""
    if not value.strip():
        return
    import duckdb

    try:
        with duckdb.connect(":memory:") as con:
            con.execute(f"set memory_limit = '{value.replace(chr(39), '')}'")
    except duckdb.Error as exc:
        raise SettingsError(
            f"DYAD_DUCKDB_MEMORY_LIMIT: not a memory size DuckDB reads, such as 512MB or 2GB (got {value!r}): {exc}"
        ) from None


def load_settings(overrides: dict[str, Any] | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Build settings from the settings file, the environment and explicit overrides (flags).

    Raises SettingsError (a ValueError) naming the file, variable or setting at fault: a
    ``DYAD_SETTINGS_FILE`` that does not exist, a file that is not TOML, an unknown name, a
    value of the wrong type or out of bounds, or settings that cannot work together.
    """
    env = os.environ if environ is None else environ
    names = [f.name for f in fields(Settings)]
    path, named = settings_file(env)
    settings = _apply(Settings(), _read_settings_file(path, named), f"{path}: {{name}}")
    known = {f"DYAD_{n.upper()}" for n in names} | OTHER_VARIABLES
    if unknown_env := sorted(k for k in env if k.startswith("DYAD_") and k not in known):
        raise SettingsError(
            f"{unknown_env[0]}: unknown variable (a setting's variable is DYAD_<NAME>: "
            f"{', '.join(sorted(f'DYAD_{n.upper()}' for n in names))})"
        )
    _check_duckdb_memory(env.get("DYAD_DUCKDB_MEMORY_LIMIT", ""))
    from_env = {n: env[f"DYAD_{n.upper()}"] for n in names if env.get(f"DYAD_{n.upper()}", "") != ""}
    settings = _apply(settings, from_env, "DYAD_{NAME}")
    unknown = set(overrides or {}) - set(names)
    if unknown:
        raise SettingsError(f"unknown setting {sorted(unknown)[0]!r}")
    given = {k: v for k, v in (overrides or {}).items() if v is not None and v != []}
    settings = _apply(settings, given, "{name}")
    try:
        return settings.validate()
    except ValueError as exc:
        raise SettingsError(str(exc)) from None
