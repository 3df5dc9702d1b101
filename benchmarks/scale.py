"""The targets' size alone: the flow into a warehouse and into a lake of 200,000 generated
articles, and their targets, written to ``benchmarks/scale.md``.

    python -m benchmarks.scale --shared ../shared                  # both modes: 1.5-2.5 hours
    python -m benchmarks.scale --shared ../shared --no-lake        # the embedded warehouse only
    python -m benchmarks.scale --shared ../shared --render-only    # scale.md from the JSON kept

``benchmarks.run --scale 200000`` measures the same runs among all the others (3-4 hours); this
runs only what the 200,000-article targets need, each mode in a process of its own
(``benchmarks.e2e``): into a warehouse, a first one-file run, then cold runs of 500 and of
``--size`` articles (each in a process of its own, as ``dyad run`` and a process worker make
runs: ``--cold-apart``), each followed by four runs with one new file (the targets take the median
of the three in the steady state); into a lake, the same with one run with nothing new after each
cold run. The embedded warehouses are removed before the lake
runs, so the disk needed is the larger of the two (see ``benchmarks/README.md``).

Everything stays under ``<work>/scale-<size>/``: the generated files (made once, reused by later
runs), each mode's log and JSON (``e2e.json``, ``lake.json``, written after every flow run, so
a run cut short keeps what it measured) and ``scale.json`` (when and on which code each mode ran).
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.corpus import generate
from benchmarks.run import (
    BENCH_DIR,
    TARGET_SIZE,
    _code_version,
    _e2e_process,
    _e2e_rows,
    _lake_section,
    _machine,
    _one_file_targets,
    _peak_target,
    _size,
    _versions,
)

SMALL = 500  # the warehouse the one-new-file ratio compares with
RUNS = 4  # one-new-file runs after each cold run
EXTRA_FILES = 2 * RUNS  # files outside the corpus for the one-new-file runs (two sizes)
OUT = BENCH_DIR / "scale.md"


def _corpus(shared: Path, directory: Path, n: int, seed: int) -> Path:
    """``n`` generated files in ``directory``, made unless it already holds them."""
    if len(list(directory.glob("*.txt"))) < n:
        shutil.rmtree(directory, ignore_errors=True)
        generate(n, directory, shared, seed=seed)
    return directory


def run_mode(mode: str, shared: Path, work: Path, size: int) -> dict[str, Any]:
    """One mode's runs (``e2e`` or ``lake``) in a process of its own; its JSON, or {"error": ...}."""
    corpus = _corpus(shared, work / "corpus", size, 0)
    extra = _corpus(shared, work / "extra", EXTRA_FILES, 1)
    # each cold run in a process of its own, as users' runs are made: its peak is its own
    # four one-new-file runs into each size: the targets take the median of the three in the
    # steady state (a run's time varies by a few tenths of a second)
    options = ["--cold-apart", "--runs", str(RUNS)] + (
        ["--lake", "--nothing-new", "1"] if mode == "lake" else []
    )
    meta_path = work / "scale.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    meta[mode] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "code": _code_version(),
        "command": " ".join(["python -m benchmarks.scale", *sys.argv[1:]]),
    }
    meta_path.write_text(json.dumps(meta, indent=1), encoding="utf-8")
    return _e2e_process(mode, corpus, extra, [SMALL, size], work, *options)


def _read(path: Path) -> dict[str, Any] | None:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def _disk(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0


def render(work: Path, size: int) -> str:
    """``scale.md`` from the JSON of the runs kept in ``work``."""
    e2e, lake = _read(work / "e2e.json"), _read(work / "lake.json")
    meta = _read(work / "scale.json") or {}
    lines = [
        f"# Dyad at {size:,} articles",
        "",
        f"- Machine: {_machine()}, Python {platform.python_version()}; {_versions()}",
    ]
    for mode, what in (("e2e", "embedded warehouse"), ("lake", "DuckLake")):
        if mode in meta:
            m = meta[mode]
            lines.append(f"- {what}: measured {m['date']}, {m['code']} (`{m['command']}`)")
    corpus = work / "corpus"
    if corpus.exists():
        lines.append(
            f"- Corpus: {size:,} generated files (`benchmarks.corpus`, seed 0), {_size(_disk(corpus))}"
        )
    lines += ["", "## Targets", "", "| target | reached | met |", "|---|---|---|"]

    def row(target: str, reached: str, met: bool | None) -> None:
        lines.append(f"| {target} | {reached} | {'—' if met is None else ('yes' if met else '**no**')} |")

    for runs, what in ((e2e, ""), (lake, "DuckLake mode: ")):
        if runs is None or "error" in runs:
            row(f"{what}the targets at {size:,} articles", (runs or {}).get("error", "not measured"), None)
            continue
        cold = next((r for r in runs["runs"] if r["label"] == f"cold {size}"), None)
        if cold is not None and cold.get("status") != "Completed":  # no target of the size is measured
            why = str(cold.get("error") or cold.get("status")).splitlines()[0][:200]
            row(
                f"{what}a cold run of {size:,} articles completes",
                f"failed after {cold['seconds']:.0f} s: {why}",
                False,
            )
            continue
        by_label = {r["label"]: r for r in runs["runs"] if r.get("status") == "Completed"}
        _one_file_targets(row, by_label, SMALL, size, what)
        _peak_target(row, by_label.get(f"cold {size}"), size, what)
    if size != TARGET_SIZE:
        lines += ["", f"The targets are set at {TARGET_SIZE:,} articles: none is judged at {size:,}."]
    lines += ["", "## Embedded warehouse", ""]
    if e2e is None:
        lines.append("Not measured.")
    else:
        summary, tasks, _rate = _e2e_rows(e2e, (SMALL, size))
        lines += [
            "| measurement | input | time (wall) | throughput | per core (CPU time) | notes |",
            "|---|---|---:|---:|---:|---|",
            *summary,
        ]
        if tasks:
            lines += [
                "",
                "Flow tasks (seconds inside the task / wall seconds since the previous task ended):",
                "",
                *tasks,
            ]
    lines += _lake_section(lake)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared/ directory")
    ap.add_argument("--size", type=int, default=TARGET_SIZE, help="articles of the large warehouse and lake")
    ap.add_argument(
        "--work", type=Path, default=BENCH_DIR / "work", help="scratch root (default: %(default)s)"
    )
    ap.add_argument("--out", type=Path, default=OUT, help="markdown file to write (default: %(default)s)")
    ap.add_argument("--no-embedded", action="store_true", help="keep the embedded runs' JSON, run none")
    ap.add_argument("--no-lake", action="store_true", help="run no DuckLake runs")
    ap.add_argument("--render-only", action="store_true", help="write --out from the JSON kept, run nothing")
    ap.add_argument("--keep", action="store_true", help="keep the warehouses and lakes when done")
    args = ap.parse_args(argv)
    if args.size <= SMALL:
        ap.error(f"--size must be more than {SMALL}")
    work = args.work / f"scale-{args.size}"
    work.mkdir(parents=True, exist_ok=True)
    if not args.render_only:
        if not args.no_embedded:
            run_mode("e2e", args.shared, work, args.size)
        if not args.keep:  # their disk for the lakes
            shutil.rmtree(work / "e2e", ignore_errors=True)
        if not args.no_lake:
            run_mode("lake", args.shared, work, args.size)
        if not args.keep:
            shutil.rmtree(work / "lake", ignore_errors=True)
    text = render(work, args.size)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
