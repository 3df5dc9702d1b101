"""Settings: defaults < settings file (dyad.toml) < environment (DYAD_*) < command-line flags.

Relative paths are resolved against the project root, so ``dyad run`` behaves the same from
any working directory.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SETTINGS_FILE_ENV = "DYAD_SETTINGS_FILE"
WAREHOUSE_MODES = ("duckdb", "ducklake")


def _as_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [v for v in (part.strip() for part in value.split(",")) if v]
    return [str(v) for v in value]


@dataclass(frozen=True)
class Settings:
    """Every knob of a run. Field names map to DYAD_<NAME> environment variables."""

    inbox: list[str] = field(default_factory=lambda: ["seeds"])
    warehouse: str = "warehouse/dyad.duckdb"
    max_file_bytes: int = 20_000_000
    settle_seconds: float = 5.0  # a file modified less than this long ago is left for the next run
    workers: int = 0  # parse processes; 0 = one per core
    fetch_connect_timeout: float = 5.0
    fetch_read_timeout: float = 20.0
    fetch_max_bytes: int = 5_000_000
    fetch_retries: int = 2
    fetch_retry_delay: float = 2.0  # seconds before the first retry; x5 for each next one
    near_duplicate_threshold: float = 0.8
    # -- where the warehouse lives (README "Scaling out") ----------------------------------
    warehouse_mode: str = "duckdb"  # duckdb: one embedded file | ducklake: a shared DuckLake
    lake_catalog: str = "ducklake:sqlite:warehouse/lake/catalog.sqlite"  # or ducklake:postgres:dbname=...
    lake_data_path: str = "warehouse/lake/data"  # a local (or NFS) folder, or s3://bucket/prefix
    lake_commit_retries: int = 3  # rebuilds when another machine committed to the lake first
    # -- distributed parsing and fetching ------------------------------------------------
    dask_address: str = ""  # empty: this machine | local:N: a LocalCluster of N | tcp://host:8786

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
        """Where a run builds before publishing: beside the published file, same filesystem."""
        return self.warehouse_path.parent / ".work"

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


def _coerce(name: str, raw: Any) -> Any:
    default = getattr(Settings(), name)
    if isinstance(default, list):
        return _as_list(raw)
    if isinstance(default, bool):
        return str(raw).lower() in {"1", "true", "yes", "on"}
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    return str(raw)


def load_settings(overrides: dict[str, Any] | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Build settings from the settings file, the environment and explicit overrides (flags)."""
    env = os.environ if environ is None else environ
    names = {f.name for f in fields(Settings)}
    values: dict[str, Any] = {}

    settings_file = Path(env.get(SETTINGS_FILE_ENV, PROJECT_ROOT / "dyad.toml"))
    if not settings_file.is_absolute():
        settings_file = PROJECT_ROOT / settings_file
    if settings_file.is_file():
        data = tomllib.loads(settings_file.read_text(encoding="utf-8"))
        section = data.get("dyad", data)
        unknown = set(section) - names
        if unknown:
            raise ValueError(f"{settings_file}: unknown settings {sorted(unknown)}; known: {sorted(names)}")
        values.update({k: _coerce(k, v) for k, v in section.items()})

    for name in names:
        raw = env.get(f"DYAD_{name.upper()}")
        if raw not in (None, ""):
            values[name] = _coerce(name, raw)

    for name, value in (overrides or {}).items():
        if name not in names:
            raise ValueError(f"unknown setting {name!r}")
        if value is not None and value != []:
            values[name] = value
    return replace(Settings(), **values).validate()
