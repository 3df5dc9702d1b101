"""Throughput of Dyad: the parse stage on one core, its parts, the end-to-end flow, a DuckDB
floor and a peer (natasha NER), printed as a markdown table and written to
``benchmarks/results.md``. What each row means: ``benchmarks/README.md``.

    python -m benchmarks.run --shared ../shared [--quick]

Everything runs on a corpus generated for the run (``benchmarks.corpus``) in a scratch
directory under ``benchmarks/work/``, removed at the end. The end-to-end runs go to their own
process (``benchmarks.e2e``), then the same runs into DuckLakes to another
(``benchmarks.e2e --lake``, on the same generated files; the embedded warehouses are removed
first, unless ``--keep``), natasha to a scratch virtual environment (``PEER_VENV``) created on
first use, so none sees the caches warmed here.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import pickle
import platform
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

from benchmarks import cli_runs
from benchmarks.corpus import generate
from benchmarks.e2e import FIRST_RUN
from benchmarks.longtext import SIZES as LONG_SIZES
from benchmarks.longtext import LongRow, measure_long_articles
from benchmarks.longtext import table as long_table
from flows.ingest.documents import InputItem, ParseResult, parse_input, parse_inputs
from flows.ingest.parallel import CHUNK_MAX, PARALLEL_THRESHOLD
from flows.settings import PROJECT_ROOT
from flows.text.analyze import analyze_body
from flows.text.article import parse_scraped_text
from flows.text.decode import decode_bytes
from flows.text.language import detect_language
from flows.text.numbers import extract_facts
from flows.text.people import extract_people
from flows.text.segment import split_sentences
from flows.text.similarity import minhash_signature
from flows.text.tokens import token_tuples

BENCH_DIR = Path(__file__).resolve().parent
RESULTS = BENCH_DIR / "results.md"
PEER_VENV = Path("/tmp/dyad-bench-peer")
PEER_PYTHON = "python3.11"
TARGET_FILES_PER_CORE = 2000
FLOOR_REGEX = r"[А-ЯЁ][а-яё]+"  # capitalized Cyrillic words: a stand-in for the cheapest useful scan
SINGLE_THREAD_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


@dataclass(frozen=True)
class Sizes:
    parse_files: int  # generated files for the parse stage, the stage breakdown and the floor
    seed_copies: int  # copies of the three seed files
    profile_files: int  # files parsed under cProfile
    peer_articles: int  # bodies given to natasha
    e2e: tuple[int, int]  # articles of the two cold end-to-end runs
    incremental: bool  # after each cold run, two runs adding a single new file
    scale: int = 0  # and a cold run of this many articles (with its +1 runs): the largest warehouse
    repeat: int = 3  # passes per one-core measurement; the fastest is reported
    long_articles: tuple[int, ...] = LONG_SIZES  # bytes of the single long articles (benchmarks.longtext)


FULL = Sizes(
    parse_files=2000,
    seed_copies=600,
    profile_files=500,
    peer_articles=150,
    e2e=(500, 5000),
    incremental=True,
    scale=50000,
)
# --quick: two small cold runs with their +1 runs, no 50,000-article warehouse (a few minutes).
SCALE_SIZES = (50_000, 200_000)  # --scale: the largest warehouse (200,000 is the target's size)

# The scale targets (the "Targets" table).
TARGET_MARGINAL = 400  # articles/s, cold runs, end to end
TARGET_PEER_RATIO = 10.0  # the parse stage's articles per CPU second ÷ natasha NER's, same texts
TARGET_SIZE = 200_000  # articles in the warehouse of the one-new-file and peak-memory targets
TARGET_RATIO = 1.2  # one new file into TARGET_SIZE articles ÷ one new file into the smallest warehouse
TARGET_ONE_FILE_S = 10.0  # wall seconds, one new file into TARGET_SIZE articles
TARGET_PEAK_MB = 2048  # peak resident memory of a cold run of TARGET_SIZE articles
QUICK = Sizes(
    parse_files=300,
    seed_copies=150,
    profile_files=150,
    peer_articles=30,
    e2e=(20, 100),
    incremental=True,
    long_articles=(10_000, 100_000, 1_000_000),
)


# --------------------------------------------------------------------------- timing


@dataclass(frozen=True)
class Timing:
    """Best of several passes. ``cpu`` is the process CPU time (all threads): what the cores
    delivered, unaffected by time spent waiting for a core another job held."""

    wall: float  # seconds of the fastest pass by the clock
    cpu: float  # CPU seconds of the pass that used least CPU
    passes: tuple[float, ...]  # wall seconds of every pass

    def rate(self, n: int) -> float:
        """Per second of wall time."""
        return n / self.wall if self.wall > 0 else float("inf")

    def rate_cpu(self, n: int) -> float:
        """Per CPU second: per core."""
        return n / self.cpu if self.cpu > 0 else float("inf")


def _timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    c0, t0 = time.process_time(), time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, time.process_time() - c0, out


def best_of(fn: Callable[[], Any], repeat: int) -> tuple[Timing, Any]:
    """Run ``fn`` ``repeat`` times; the timings and the result of the last run."""
    timings, last = interleaved({"fn": fn}, repeat, keep=("fn",))
    return timings["fn"], last["fn"]


def interleaved(
    fns: dict[str, Callable[[], Any]], repeat: int, keep: tuple[str, ...] = ()
) -> tuple[dict[str, Timing], dict[str, Any]]:
    """``repeat`` rounds, each running every function once in order, so that a change in what
    else the machine is doing affects all of them alike. Every run starts from a collected heap
    holding no earlier result; the results of the ``keep`` functions in the last round are
    returned (put those last: a result kept alive makes the garbage collector slower for
    whatever runs after it)."""
    walls: dict[str, list[float]] = {k: [] for k in fns}
    cpus: dict[str, list[float]] = {k: [] for k in fns}
    last: dict[str, Any] = {}
    for round_no in range(repeat):
        for name, fn in fns.items():
            gc.collect()
            wall, cpu, out = _timed(fn)
            walls[name].append(wall)
            cpus[name].append(cpu)
            if name in keep and round_no == repeat - 1:
                last[name] = out
            del out
    timings = {k: Timing(min(walls[k]), min(cpus[k]), tuple(walls[k])) for k in fns}
    return timings, last


LOAD_SAMPLES: list[float] = []  # 1-minute load average at every step, for the report


def _log(msg: str) -> None:
    LOAD_SAMPLES.append(os.getloadavg()[0])
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- one core: parse stage


def _items(paths: list[Path]) -> list[InputItem]:
    return [InputItem(str(p), "txt", path=str(p)) for p in paths]


def _parse_chunks(items: list[InputItem]) -> list[ParseResult]:
    """The parse stage as the flow's parse workers run it: ``parse_inputs`` over consecutive
    chunks of ``CHUNK_MAX`` inputs (each step over a whole chunk)."""
    return [r for i in range(0, len(items), CHUNK_MAX) for r in parse_inputs(items[i : i + CHUNK_MAX])]


def _check(results: list[ParseResult]) -> list[ParseResult]:
    rejected = [r.rejected for r in results if r.rejected]
    if rejected:
        raise RuntimeError(f"{len(rejected)} benchmark files were rejected, e.g. {rejected[0]}")
    return results


STEPS: tuple[tuple[str, str], ...] = (  # (name, what is timed) of the parse stage breakdown
    ("decode", "`decode_bytes`"),
    ("metadata + body", "`parse_scraped_text`"),
    ("sentences + tokens", "`split_sentences` + `token_tuples`"),
    ("numeric facts", "`extract_facts`"),
    ("people", "`extract_people`"),
    ("language", "`detect_language`"),
    ("near-duplicate signature", "`minhash_signature`"),
)
IN_ANALYZE = ("sentences + tokens", "numeric facts", "people", "near-duplicate signature")


@dataclass(frozen=True)
class ParseStage:
    whole: Timing  # parse_input over every file
    analyze: Timing  # analyze_body over every body (IN_ANALYZE are its parts)
    steps: dict[str, Timing]  # STEPS, each alone over every file or body


def measure_parse_stage(paths: list[Path], repeat: int) -> tuple[ParseStage, list[ParseResult]]:
    """The parse stage over ``paths`` (``parse_inputs`` in chunks of ``CHUNK_MAX``, as the flow
    runs it) and each of its steps alone over the same articles, in interleaved rounds, and the
    results of the last pass of the stage. Step inputs are
    prepared beforehand without touching any word cache, so the first round's first step pays
    for filling the caches."""
    items = _items(paths)
    datas = [p.read_bytes() for p in paths]
    texts = [unicodedata.normalize("NFC", decode_bytes(d).text) for d in datas]
    bodies = []
    for text in texts:
        meta = parse_scraped_text(text)
        bodies.append(text[meta.body_start : meta.body_end])
    norms = [[t[3] for t in token_tuples(b)] for b in bodies]
    fns: dict[str, Callable[[], Any]] = {
        "decode": lambda: [decode_bytes(d) for d in datas],
        "metadata + body": lambda: [parse_scraped_text(t) for t in texts],
        "sentences + tokens": lambda: [(split_sentences(b), token_tuples(b)) for b in bodies],
        "numeric facts": lambda: [extract_facts(b) for b in bodies],
        "people": lambda: [extract_people(b) for b in bodies],
        "language": lambda: [detect_language(b) for b in bodies],
        "near-duplicate signature": lambda: [minhash_signature(w) for w in norms],
        "analyze_body": lambda: [analyze_body(b) for b in bodies],
        "parse_input": lambda: _parse_chunks(items),
    }
    timings, last = interleaved(fns, repeat, keep=("parse_input",))
    stage = ParseStage(
        whole=timings["parse_input"],
        analyze=timings["analyze_body"],
        steps={name: timings[name] for name, _ in STEPS},
    )
    return stage, _check(last["parse_input"])


@dataclass(frozen=True)
class Transfer:
    """What sending parse results from a worker process to the flow costs (pickle both ways)."""

    articles: int
    bytes_per_article: float
    pickle: Timing
    unpickle: Timing


def measure_transfer(results: list[ParseResult], repeat: int) -> Transfer:
    data = pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)
    dumped, _ = best_of(lambda: pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL), repeat)
    loaded, _ = best_of(lambda: pickle.loads(data), repeat)
    n = sum(len(r.articles) for r in results)
    return Transfer(n, len(data) / n, dumped, loaded)


@dataclass(frozen=True)
class ProfileRow:
    function: str
    calls: int
    own_s: float
    cumulative_s: float


def _function_name(key: tuple[str, int, str]) -> str:
    filename, line, name = key
    if filename == "~":  # a builtin: name is like "<method 'sub' of 're.Pattern' objects>"
        return name
    path = Path(filename)
    for root in (*(Path(p) for p in sys.path if p.endswith("site-packages")), PROJECT_ROOT):
        if path.is_relative_to(root):
            return f"{path.relative_to(root)}:{line} {name}"
    return f"{path.name}:{line} {name}"


@dataclass(frozen=True)
class Profile:
    total_s: float  # parse_input's cumulative time under the profiler
    by_cumulative: list[ProfileRow]
    by_own: list[ProfileRow]
    by_module: list[tuple[str, float]]  # own time summed per source file (builtins: "builtins")


def _module_of(function: str) -> str:
    return function.split(":", 1)[0] if ":" in function and not function.startswith("<") else "builtins"


def profile_parse(paths: list[Path], top: int = 10) -> Profile:
    """cProfile of the parse stage (``parse_inputs`` in chunks) over ``paths``."""
    items = _items(paths)
    prof = cProfile.Profile()
    prof.runcall(lambda: _parse_chunks(items))
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    here = str(Path(__file__).resolve())
    rows = [
        ProfileRow(_function_name(key), nc, tt, ct)
        for key, (_cc, nc, tt, ct, _callers) in stats.items()
        if key[0] != here
    ]
    modules: dict[str, float] = {}
    for r in rows:
        modules[_module_of(r.function)] = modules.get(_module_of(r.function), 0.0) + r.own_s
    return Profile(
        total_s=max(r.cumulative_s for r in rows),
        by_cumulative=sorted(rows, key=lambda r: -r.cumulative_s)[:top],
        by_own=sorted(rows, key=lambda r: -r.own_s)[:top],
        by_module=sorted(modules.items(), key=lambda kv: -kv[1])[:top],
    )


# --------------------------------------------------------------------------- floor and peer


def measure_floor(paths: list[Path], threads: int, repeat: int) -> tuple[Timing, int]:
    """DuckDB reading the files with ``read_text`` and running one ``regexp_extract_all``."""
    import duckdb

    con = duckdb.connect()
    try:
        con.execute(f"set threads = {int(threads)}")
        query = "select count(*), sum(len(regexp_extract_all(content, ?))) from read_text(?)"
        files = [str(p) for p in paths]
        timing, (count, words) = best_of(lambda: con.execute(query, [FLOOR_REGEX, files]).fetchone(), repeat)
    finally:
        con.close()
    if count != len(paths):
        raise RuntimeError(f"read_text saw {count} files, expected {len(paths)}")
    return timing, words


def ensure_peer_venv(venv: Path) -> tuple[Path | None, str]:
    """The scratch venv's python with natasha importable, creating it on first use; else (None, reason)."""
    python = venv / "bin" / "python"
    if python.exists():
        probe = subprocess.run([str(python), "-c", "import natasha"], capture_output=True, check=False)
        if probe.returncode == 0:
            return python, ""
    base = shutil.which(PEER_PYTHON)
    if base is None:
        return None, f"{PEER_PYTHON} not found to create {venv}"
    _log(f"creating {venv} and installing natasha (first use)")
    steps = (
        (f"{PEER_PYTHON} -m venv", [base, "-m", "venv", "--clear", str(venv)]),
        (
            "pip install natasha",
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "natasha"],
        ),
    )
    for what, cmd in steps:
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=900, check=False)
        except subprocess.TimeoutExpired:
            return None, f"`{what}` timed out"
        if done.returncode != 0:
            lines = [ln for ln in (done.stderr or done.stdout).splitlines() if ln.strip()]
            return None, f"`{what}` failed: {lines[-1] if lines else done.returncode}"
    return python, ""


def _write_texts(texts: list[str], directory: Path) -> Path:
    """``texts`` as ``directory/00000.txt``, ``00001.txt`` ... (UTF-8); returns ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(texts):
        (directory / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    return directory


def _json_of(command: list[str], failed: str, cwd: Path | None = None) -> dict[str, Any]:
    """The JSON object a measuring script prints last, run one-threaded (``SINGLE_THREAD_ENV``);
    ``{"error": "<failed>: <its last line of output>"}`` when it fails or prints nothing."""
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **SINGLE_THREAD_ENV},
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or [str(done.returncode)]
        return {"error": f"{failed}: {tail[0]}"}
    return json.loads(lines[-1])


def measure_peer(bodies_dir: Path, venv: Path) -> dict[str, Any]:
    """natasha NER over the ``.txt`` files of ``bodies_dir`` in the scratch venv, one thread;
    {"error": reason} when unavailable."""
    python, reason = ensure_peer_venv(venv)
    if python is None:
        return {"error": reason}
    return _json_of(
        [str(python), str(BENCH_DIR / "peer_natasha.py"), str(bodies_dir), "--repeat", "2"],
        "natasha run failed",
    )


def measure_nerel(nerel: Path, work: Path, venv: Path) -> dict[str, Any]:
    """The parse stage (``benchmarks.parse_texts``, a process of its own: empty word caches, then
    warm) and natasha's NER over the texts of NEREL's train and dev splits (news written by
    others, not generated; the test split is kept for release figures); {"error": reason} when
    either fails. ``{"dyad": {...}, "peer": {...}}``."""
    from benchmarks.nerel import documents

    texts = [text for split in ("train", "dev") for _name, text, _ann in documents(nerel, split)]
    texts_dir = _write_texts(texts, work / "nerel-texts")
    dyad = _json_of(
        [sys.executable, "-m", "benchmarks.parse_texts", str(texts_dir), "--repeat", "2"],
        "parse of the NEREL texts failed",
        cwd=BENCH_DIR.parent,
    )
    if "error" in dyad:
        return dyad
    return {"dyad": dyad, "peer": measure_peer(texts_dir, venv)}


def _nerel_rows(nerel: dict[str, Any] | None) -> tuple[list[str], list[tuple[str, float]]]:
    """Summary rows of ``measure_nerel`` and the (label, ratio) pairs of the parse stage's
    articles per CPU second ÷ natasha's."""
    if nerel is None:
        return [], []
    if "error" in nerel:
        return [f"| Parse stage on NEREL texts | — | — | not measured | — | {nerel['error']} |"], []
    d, peer = nerel["dyad"], nerel["peer"]
    n = d["articles"]
    rows = []
    rates = {}
    for key, label, note in (
        ("cold", "empty word caches", "the first pass in a fresh process: what a run costs on unseen news"),
        ("warm", "every word cached", "the best later pass over the same texts"),
    ):
        t = Timing(d[f"{key}_s"], d[f"{key}_cpu_s"], (d[f"{key}_s"],))
        rates[key] = t.rate_cpu(n)
        rows.append(
            _one_core_row(
                f"Parse stage over NEREL train + dev, {label}, one core",
                f"{n} news texts, {d['chars'] / n:,.0f} characters each on average",
                t,
                n,
                "articles/s",
                note,
            )
        )
    if "error" in peer:
        rows.append(f"| Peer: natasha NER on the NEREL texts | — | — | not available | — | {peer['error']} |")
        return rows, []
    peer_t = Timing(peer["seconds"], peer["cpu_seconds"], tuple(peer["passes"]))
    peer_core = peer_t.rate_cpu(peer["articles"])
    rows.append(
        _one_core_row(
            f"Peer: natasha {peer['natasha']} NER over the same NEREL texts, one core",
            f"{peer['articles']} news texts",
            peer_t,
            peer["articles"],
            "articles/s",
            f"{peer['spans_per_article']:.0f} entity spans per article",
        )
    )
    ratios = [
        ("NEREL texts, empty word caches", rates["cold"] / peer_core),
        ("NEREL texts, every word cached", rates["warm"] / peer_core),
    ]
    for label, value in ratios:
        rows.append(
            f"| Ratio: Dyad parse stage ÷ natasha, {label} | — | — | {value:.3g}× | — | per core, CPU time |"
        )
    return rows, ratios


def _e2e_process(
    name: str, corpus: Path, extra: Path, sizes: list[int], work: Path, *options: str
) -> dict[str, Any]:
    """``benchmarks.e2e`` over ``corpus`` in a process of its own, in ``work/<name>`` (its log
    ``<name>.log``, its JSON ``<name>.json``); {"error": ...} when it fails."""
    out = work / f"{name}.json"
    log = work / f"{name}.log"
    cmd = [
        sys.executable,
        "-m",
        "benchmarks.e2e",
        "--corpus",
        str(corpus),
        "--sizes",
        ",".join(map(str, sizes)),
    ]
    cmd += ["--work", str(work / name), "--out", str(out), "--extra", str(extra), *options]
    with log.open("w", encoding="utf-8") as f:
        done = subprocess.run(cmd, cwd=PROJECT_ROOT, stdout=f, stderr=subprocess.STDOUT, check=False)
    if done.returncode != 0 or not out.exists():
        tail = [ln for ln in log.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
        return {"error": f"benchmarks.e2e exited {done.returncode}: {tail[-1][:300] if tail else ''}"}
    return json.loads(out.read_text(encoding="utf-8"))


def run_e2e(
    corpus: Path, extra: Path, sizes: tuple[int, int], incremental: bool, scale: int, work: Path
) -> dict[str, Any]:
    """The flow's cold and incremental runs in a process of their own (``benchmarks.e2e``)."""
    options = ["--scale", str(scale)] + ([] if incremental else ["--no-incremental"])
    return _e2e_process("e2e", corpus, extra, list(sizes), work, *options)


def lake_sizes(s: Sizes) -> tuple[int, int]:
    """The lakes of the DuckLake runs: those of the one-new-file targets among the embedded
    runs, the smallest and the largest warehouse (``--scale``, else the larger cold run)."""
    return s.e2e[0], s.scale or s.e2e[1]


def run_lake(corpus: Path, extra: Path, sizes: tuple[int, int], work: Path) -> dict[str, Any]:
    """The DuckLake series in a process of its own (``benchmarks.e2e --lake``): a first one-file
    run, then for each size a cold run into a new lake, one run with nothing new and two runs
    with one new file each."""
    return _e2e_process("lake", corpus, extra, list(sizes), work, "--lake", "--nothing-new", "1")


def run_cli(work: Path, n: int, new_files: list[Path]) -> dict[str, Any]:
    """``dyad run`` processes into the n-article warehouse the end-to-end runs left
    (``benchmarks.cli_runs``): no-op runs and one new file, with a temporary and a running server."""
    root = work / "e2e" / f"cold-{n}"
    warehouse = root / "warehouse" / "dyad.duckdb"
    if not warehouse.exists():
        return {"error": f"no {n}-article warehouse from the end-to-end runs"}
    _log(f"dyad run as a command into {n} articles: nothing new, one new file")
    try:
        out = cli_runs.measure(root / "inbox", warehouse, new_files, work / "cli")
    except Exception as exc:
        return {"error": f"{type(exc).__name__}: {str(exc)[:300]}"}
    out["articles"] = n
    return out


def _cli_rows(cli: dict[str, Any] | None) -> list[str]:
    """Rows for ``dyad run`` as a command: wall time from process start to exit."""
    if not cli:
        return []
    if "error" in cli:
        return [f"| `dyad run` as a command | — | — | not measured | — | {cli['error']} |"]
    n = cli["articles"]

    def note(r: dict[str, Any]) -> str:
        return r.get("error") or f"the run's own work {r['work_s'] or 0:.1f} s"

    rows = []
    for api, what in (
        ("temporary", "a temporary Prefect server"),
        ("server", "a running server (`dyad serve`)"),
    ):
        passes = cli.get(f"{api}_noop") or []
        if passes:
            best = min(r["wall_s"] for r in passes)
            walls = ", ".join(f"{r['wall_s']:.1f}" for r in passes)
            first = cli.get("temporary_first") if api == "temporary" else None
            extra = f"; the first run in a new PREFECT_HOME: {first['wall_s']:.1f} s" if first else ""
            rows.append(
                f"| `dyad run`, nothing new, {what} | into {n} articles | {best:.1f} s | "
                f"{'done' if all(r['returncode'] == 0 for r in passes) else 'failed'} | — "
                f"| best of {len(passes)} ({walls} s); "
                f"{note(passes[0])}{extra} |"
            )
        new = cli.get(f"{api}_new_file")
        if new:
            rows.append(
                f"| `dyad run`, one new file, {what} | into {n} articles | {new['wall_s']:.1f} s | "
                f"{'done' if new['returncode'] == 0 else 'failed'} | — | {note(new)} |"
            )
    return rows


# --------------------------------------------------------------------------- report


def _num(x: float) -> str:
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"


def _machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = os.cpu_count() or 1
    return f"{cores} cores{f' ({model})' if model else ''}, {platform.system()} {platform.machine()}"


def _code_version() -> str:
    """The commit measured, and whether the work tree had changes on top of it."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git work tree)"
    return f"commit {head}" + (" with uncommitted changes" if dirty else "")


def _versions() -> str:
    names = ("duckdb", "prefect", "dbt-core", "dbt-duckdb", "great-expectations", "pymorphy3")
    return ", ".join(f"{n} {version(n)}" for n in names)


def _marginal(n1: int, n2: int, x1: float, x2: float) -> tuple[float, float] | None:
    """(articles per second between the two runs, seconds before the first article), from
    seconds x1, x2 of runs of n1 < n2 articles; None when the larger run was not slower."""
    if x2 <= x1:
        return None
    marginal = (n2 - n1) / (x2 - x1)
    return marginal, x1 - n1 / marginal


def _e2e_rows(e2e: dict[str, Any], sizes: tuple[int, int]) -> tuple[list[str], list[str], float | None]:
    """Summary rows, the per-task table and the articles/s of the larger cold run."""
    if "error" in e2e:
        return (
            [
                f"| End-to-end flow | {sizes[0]}, {sizes[1]} articles | — | not measured | — | {e2e['error']} |"
            ],
            [],
            None,
        )
    runs = e2e["runs"]
    rows: list[str] = []
    by_label = {r["label"]: r for r in runs}
    first = by_label.get(FIRST_RUN)
    if first is not None:
        rows.append(
            f"| End-to-end, first run in a fresh process | 1 file | {first['seconds']:.1f} s "
            f"| {'done' if first['status'] == 'Completed' else 'failed'} | — "
            f"| {first.get('error') or 'starts dbt and Great Expectations up once per process (every `dyad run` from the command line pays it); the runs below come after it'} |"
        )
    cold = [by_label.get(f"cold {n}") for n in sizes]
    for n, run in zip(sizes, cold, strict=True):
        if run is None:
            continue
        if run["status"] != "Completed":
            rows.append(
                f"| End-to-end, cold, fresh warehouse | {n} files | {run['seconds']:.1f} s | failed | — "
                f"| {run.get('error', '')} |"
            )
            continue
        articles = run.get("summary_articles_new") or 0
        note = (
            f"{articles} articles, {run.get('summary_facts_total')} facts, "
            f"{run.get('summary_people_total')} people loaded; {run['cpu_seconds']:.0f} CPU s"
        )
        if run.get("summary_files_duplicate"):
            note += f"; {run['summary_files_duplicate']} files taken as duplicates"
        rows.append(
            f"| End-to-end, cold, fresh warehouse | {n} files | {run['seconds']:.1f} s "
            f"| {_num(articles / run['seconds'])} articles/s | {_num(articles / run['cpu_seconds'])} | {note} |"
        )
    big_rate = None
    if all(r is not None and r["status"] == "Completed" for r in cold):
        (n1, n2), (r1, r2) = sizes, cold
        big_rate = (r2.get("summary_articles_new") or n2) / r2["seconds"]
        by_wall = _marginal(n1, n2, r1["seconds"], r2["seconds"])
        by_cpu = _marginal(n1, n2, r1["cpu_seconds"], r2["cpu_seconds"])
        wall_rate = f"{_num(by_wall[0])} articles/s" if by_wall else "not measurable"
        cpu_rate = _num(by_cpu[0]) if by_cpu else "not measurable"
        rows.append(
            f"| End-to-end, marginal rate | {n1} → {n2} articles | {r2['seconds'] - r1['seconds']:.1f} s "
            f"| {wall_rate} | {cpu_rate} | (n2 − n1) / (t2 − t1): what one more article costs; "
            "per core from the runs' CPU seconds |"
        )
        wall_fixed = f"{by_wall[1]:.1f} s" if by_wall else "—"
        cpu_fixed = f"{by_cpu[1]:.0f} CPU s" if by_cpu else "—"
        rows.append(
            f"| End-to-end, fixed overhead per run | — | {wall_fixed} | — | {cpu_fixed} "
            "| t1 − n1 / marginal: what a run costs before its first article |"
        )
    all_sizes = e2e.get("sizes") or list(sizes)
    if len(all_sizes) > 2:  # the largest warehouse: marginal rate from the larger cold runs
        big = [by_label.get(f"cold {n}") for n in all_sizes[-2:]]
        if all(r is not None and r["status"] == "Completed" for r in big):
            m = _marginal(*all_sizes[-2:], big[0]["seconds"], big[1]["seconds"])
            if m:
                rows.append(
                    f"| End-to-end, marginal rate | {all_sizes[-2]} → {all_sizes[-1]} articles "
                    f"| {big[1]['seconds'] - big[0]['seconds']:.1f} s | {_num(m[0])} articles/s | — "
                    f"| fixed part by this pair: {m[1]:.1f} s |"
                )
    for n in all_sizes:
        for run in [by_label.get(f"+1 file on {n}"), *_steady_runs(by_label, n)]:
            if run is None:
                continue
            what = (
                "the steady state of a scheduled run"
                if _is_steady(run["label"])
                else "first incremental build after the full one (dbt re-parses: other vars)"
            )
            ok = run["status"] == "Completed" and run.get("summary_articles_new") == 1
            note = run.get("error") or (
                f"{what}; dbt {str(run.get('summary_dbt_build') or '').split(':')[0]}; "
                f"{run['cpu_seconds']:.0f} CPU s; warehouse {run.get('warehouse_mb', 0):.0f} MB"
            )
            rows.append(
                f"| End-to-end, one new file | into {n} articles | {run['seconds']:.1f} s "
                f"| {'done' if ok else 'failed'} | — | {note} |"
            )
    peaks = [r for r in runs if r.get("peak_rss_mb")]
    if peaks:
        top = max(peaks, key=lambda r: r["peak_rss_mb"])
        rows.append(
            f"| Peak memory, flow process | {top['label']} | — | {top['peak_rss_mb']:.0f} MB | — "
            f"| resident set (VmHWM) of the process running the flow, dbt, DuckDB and GX; the largest parse "
            f"worker: {max(r.get('worker_peak_rss_mb') or 0 for r in peaks):.0f} MB |"
        )
    rows.append(
        f"| Prefect test harness start | once per process | {e2e.get('harness_seconds', 0):.1f} s | — | — "
        "| not included in the runs above |"
    )

    return rows, _task_table(runs), big_rate


def _task_table(runs: list[dict[str, Any]]) -> list[str]:
    """The per-task table of flow runs (``benchmarks.e2e``): a column per run with task records."""
    tasks: list[str] = []
    labelled = [r for r in runs if r.get("tasks")]
    if labelled:
        names = list(dict.fromkeys(t["task"] for r in labelled for t in r["tasks"]))
        tasks.append("| task | " + " | ".join(r["label"] for r in labelled) + " |")
        tasks.append("|---|" + "---:|" * len(labelled))
        for name in names:
            cells = []
            for r in labelled:
                # a task run once per batch (parse, load) adds up over the batches: ×n says how many
                runs = [t for t in r["tasks"] if t["task"] == name]
                run_s, wall_s = sum(t["run_s"] for t in runs), sum(t["wall_s"] or 0 for t in runs)
                times = f" (×{len(runs)})" if len(runs) > 1 else ""
                cells.append(f"{run_s:.1f} / {wall_s:.1f}{times}" if runs else "—")
            tasks.append(f"| `{name}` | " + " | ".join(cells) + " |")
        cells = []
        for r in labelled:
            gap = sum((t["wall_s"] or 0) - t["run_s"] for t in r["tasks"]) + (r.get("after_tasks_s") or 0)
            cells.append(f"{gap:.1f}")
        tasks.append("| orchestration (Σ wall − run, and after the last task) | " + " | ".join(cells) + " |")
        tasks.append("| whole run (wall) | " + " | ".join(f"{r['seconds']:.1f}" for r in labelled) + " |")
        tasks.append(
            "| whole run (CPU s: flow process and parse workers) | "
            + " | ".join(f"{r['cpu_seconds']:.1f}" for r in labelled)
            + " |"
        )
        tasks.append(
            "| load average (1 min) after the run | "
            + " | ".join(f"{r['load_after']:.1f}" if "load_after" in r else "—" for r in labelled)
            + " |"
        )
    return tasks


def _size(n: float) -> str:
    """Bytes as B, KB or MB."""
    if n < 1024:
        return f"{n:.0f} B"
    if n < 2**20:
        return f"{n / 1024:.0f} KB"
    return f"{n / 2**20:,.1f} MB"


def _lake_run(label: str) -> tuple[str, int | None]:
    """(what the run of ``benchmarks.e2e --lake`` labelled ``label`` is, its lake's articles)."""
    if label == FIRST_RUN:
        return "first run in a fresh process, a new lake", None
    what, _, n = label.rpartition(" on ")
    if label.startswith("cold "):
        return "cold, a new lake", int(label.split()[1])
    names = {
        "nothing new": "nothing new",
        "+1 file": "one new file, the first incremental build after the full one",
        "+1 more file": "one new file, the steady state",
    }
    if _is_steady(label) and what not in names:  # "+1 file (3)": another run in the steady state
        return f"one new file, the steady state {what.removeprefix('+1 file ')}", int(
            n
        ) if n.isdigit() else None
    return names.get(what, what.replace("+1 file", "one new file")), int(n) if n.isdigit() else None


def _is_steady(label: str) -> bool:
    """Is the run labelled ``label`` (``benchmarks.e2e``) a one-new-file run in the steady state:
    ``+1 more file on N`` or ``+1 file (k) on N``, every +1 run after the first?"""
    what = label.rpartition(" on ")[0]
    return what == "+1 more file" or (what.startswith("+1 file (") and what.endswith(")"))


def _steady_runs(by_label: dict[str, Any], n: int) -> list[dict[str, Any]]:
    """The runs of ``by_label`` (label -> run) with one new file into ``n`` articles in the steady
    state (:func:`_is_steady`), in the order they ran."""
    return [r for label, r in by_label.items() if _is_steady(label) and label.endswith(f" on {n}")]


def _lake_section(lake: dict[str, Any] | None) -> list[str]:
    """The ``DuckLake mode`` section: a row per run of ``benchmarks.e2e --lake`` and its
    per-task table."""
    if lake is None:
        return []
    lines = ["", "## DuckLake mode", ""]
    if "error" in lake:
        return [*lines, f"Not measured: {lake['error']}"]
    cores = os.cpu_count() or 1
    sizes = [int(r["label"].split()[1]) for r in lake["runs"] if r["label"].startswith("cold ")]
    first = f" on {sizes[0]}" if sizes else "\0"  # the one-file runs into the first lake, as into each
    one_file = sum(r["label"].startswith("+1") and r["label"].endswith(first) for r in lake["runs"])
    runs = {1: "one run", 2: "two runs", 3: "three runs", 4: "four runs"}.get(one_file, f"{one_file} runs")
    lines += [
        "The same flow into a DuckLake (a SQLite catalog, a local data path; `benchmarks.e2e --lake`), "
        "in a process of its own after the embedded runs, on the same generated files: a first one-file "
        "run (dbt and Great Expectations start up), then for each size a cold run into a new lake, a run "
        f"with nothing new and {runs} with one new file each. CPU s: the flow process's threads and its "
        f"parse workers ({cores}, one per core). Peaks: the flow process's resident set (VmHWM, reset before "
        "each run) and the largest parse worker's (its own VmHWM); — where the run started no parse worker "
        f"(fewer than {PARALLEL_THRESHOLD} new inputs are parsed in the flow process). Disk, "
        "after the run: the data path (Parquet), the SQLite catalog and the working file the machine keeps "
        "between runs (the lake's model tables).",
        "",
        "| run | lake | time (wall) | CPU s (flow + parse workers) | peak: flow process | peak: largest "
        "parse worker | Parquet added | disk: data + catalog + working file | dbt build | status | notes |",
        "|---|---|---:|---:|---:|---:|---:|---|---|---|---|",
    ]
    for run in lake["runs"]:
        label = run["label"]
        what, n = _lake_run(label)
        if n is None:
            into = "1 file"
        elif label.startswith("cold "):
            into = f"{n} files"
        else:
            into = f"{n} articles"
        expected = 0 if label.startswith("nothing new") else 1 if label.startswith("+1") else None
        new = run.get("summary_articles_new")
        if run.get("status") != "Completed":
            status = "failed"
        elif expected is not None and new != expected:
            status = f"{new} new articles (expected {expected})"
        else:
            status = "done"
        worker = f"{run['worker_peak_rss_mb']:.0f} MB" if run.get("worker_peak_rss_mb") else "—"
        flow = f"{run['peak_rss_mb']:.0f} MB" if run.get("peak_rss_mb") else "—"
        disk = run.get("lake_disk_mb") or {}
        disk_cell = (
            f"{disk['total']:,.1f} MB = {disk['data']:,.1f} + {disk['catalog']:,.1f} + {disk['working_file']:,.1f}"
            if disk
            else "—"
        )
        notes = run.get("error") or "; ".join(
            x
            for x in (
                run.get("summary_working_copy") or "",
                f"published: {run['summary_lake_publish']}" if run.get("summary_lake_publish") else "",
            )
            if x
        )
        build = str(run.get("summary_dbt_build") or "").split(":")[0] or "—"
        lines.append(
            f"| {what} | {into} | {run['seconds']:.1f} s | {run['cpu_seconds']:.1f} | {flow} | {worker} "
            f"| {_size(run.get('parquet_bytes_added') or 0)} | {disk_cell} | {build} | {status} | {notes} |"
        )
    lines += [
        "",
        f"Prefect test harness start: {lake.get('harness_seconds', 0):.1f} s, once for the runs above, "
        "not included in them.",
    ]
    tasks = _task_table(lake["runs"])
    if tasks:
        lines += [
            "",
            "Flow tasks of the DuckLake runs (seconds inside the task / wall seconds since the previous task ended):",
            "",
            *tasks,
        ]
    return lines


def _one_core_row(what: str, size: str, t: Timing, n: int, unit: str, note: str) -> str:
    """A summary row: wall time and rate, per-core rate from CPU time, CPU/wall in the notes."""
    cpu_wall = f"CPU/wall {t.cpu / t.wall:.2f}"
    return (
        f"| {what} | {size} | {t.wall:.2f} s | {_num(t.rate(n))} {unit} | {_num(t.rate_cpu(n))} "
        f"| {'; '.join(x for x in (note, cpu_wall) if x)} |"
    )


def _targets(
    e2e: dict[str, Any], s: Sizes, peer_rate: float | None, lake: dict[str, Any] | None = None
) -> list[str]:
    """The scale targets, each with what this run reached: the embedded warehouse's, then the
    DuckLake's (``lake``, the runs of ``benchmarks.e2e --lake``)."""
    out = ["", "## Targets", "", "| target | reached | met |", "|---|---|---|"]

    def row(target: str, reached: str, met: bool | None) -> None:
        out.append(f"| {target} | {reached} | {'—' if met is None else ('yes' if met else '**no**')} |")

    if "error" not in e2e:
        by_label = {r["label"]: r for r in e2e["runs"] if r.get("status") == "Completed"}
        n1, n2 = s.e2e
        c1, c2 = by_label.get(f"cold {n1}"), by_label.get(f"cold {n2}")
        m = _marginal(n1, n2, c1["seconds"], c2["seconds"]) if c1 and c2 else None
        row(
            f"marginal cold rate ≥ {TARGET_MARGINAL} articles/s end to end",
            f"{_num(m[0])} articles/s ({n1} → {n2})" if m else "not measured",
            m[0] >= TARGET_MARGINAL if m else None,
        )
        if m and peer_rate:
            row(
                "≈ 100× natasha (marginal rate ÷ natasha, one core)",
                f"{m[0] / peer_rate:.0f}×",
                m[0] / peer_rate >= 100,
            )
        row(
            "fixed overhead per run ≤ 10 s",
            f"{m[1]:.1f} s" if m else "not measured",
            m[1] <= 10 if m else None,
        )
        # Measured at the largest warehouse of the run; met only when that is the target's size.
        size = s.scale or n2
        _one_file_targets(row, by_label, n1, size)
        _peak_target(row, by_label.get(f"cold {s.scale}") if s.scale else None, size)
    if lake and "error" not in lake:
        by_label = {r["label"]: r for r in lake["runs"] if r.get("status") == "Completed"}
        n1, size = lake["sizes"][0], lake["sizes"][-1]
        _one_file_targets(row, by_label, n1, size, "DuckLake mode: ")
        _peak_target(row, by_label.get(f"cold {size}"), size, "DuckLake mode: ")
    return out if len(out) > 5 else []


def _measured_at(size: int) -> str:
    """What a target's row adds when measured at another size than the target's."""
    if size == TARGET_SIZE:
        return ""
    return f" (measured into {size}: the target's size needs --scale {TARGET_SIZE})"


def _one_file_targets(
    row: Callable[[str, str, bool | None], None], by_label: dict[str, Any], n1: int, size: int, what: str = ""
) -> None:
    """The one-new-file targets from the steady-state runs (:func:`_steady_runs`: ``+1 more file``,
    ``+1 file (3)``, ...) into ``n1`` and into ``size`` articles (completed runs ``by_label``): the median wall
    time of each size's runs (one run's time varies by a few tenths of a second from run to run),
    every run's time shown; met only when ``size`` is the target's."""
    at = _measured_at(size)
    small, large = (sorted(r["seconds"] for r in _steady_runs(by_label, k)) for k in (n1, size))
    if small and large:
        ratio = statistics.median(large) / statistics.median(small)

        def shown(times: list[float]) -> str:
            if len(times) == 1:
                return f"{times[0]:.1f} s"
            return f"{statistics.median(times):.1f} s (median of {', '.join(f'{t:.1f}' for t in times)})"

        row(
            f"{what}one new file into {TARGET_SIZE} articles ≤ {TARGET_RATIO}× into {n1}",
            f"{shown(large)} vs {shown(small)}: {ratio:.2f}×{at}",
            ratio <= TARGET_RATIO if size >= TARGET_SIZE else None,
        )
        row(
            f"{what}one new file into {TARGET_SIZE} articles ≤ {TARGET_ONE_FILE_S:.0f} s",
            f"{shown(large)}{at}",
            statistics.median(large) <= TARGET_ONE_FILE_S if size >= TARGET_SIZE else None,
        )


def _peak_target(
    row: Callable[[str, str, bool | None], None], big: dict[str, Any] | None, size: int, what: str = ""
) -> None:
    """The peak-memory target from ``big``, the cold run of ``size`` articles: what all its
    processes held together (proportional sets, when sampled) and the bound of the flow process's
    and the parse workers' peaks apart; met only when ``size`` is the target's."""
    if not (big and big.get("peak_rss_mb")):
        return
    at = _measured_at(size)
    worker = big.get("worker_peak_rss_mb") or 0
    bound = big["peak_rss_mb"] + worker * (os.cpu_count() or 1)
    apart = (
        f"flow process {big['peak_rss_mb']:.0f} MB + {os.cpu_count()} parse workers ≤ {worker:.0f} MB each "
        f"= {bound:.0f} MB"
        if worker
        else f"flow process {big['peak_rss_mb']:.0f} MB (no parse worker: parsed in the flow process)"
    )
    stages = big.get("stage_memory_mb") or {}
    # the memory the run's processes held together: proportional sets (a page shared by the flow
    # process and its forked workers counted once), sampled every 2 s and once in each stage
    pss, stage = max(((v.get("total_pss_mb") or 0.0, k) for k, v in stages.items()), default=(0.0, ""))
    measured = (
        f"all processes together {pss:.0f} MB at most (proportional sets, in the {stage} stage); "
        if pss
        else ""
    )
    row(
        f"{what}peak memory ≤ {TARGET_PEAK_MB / 1024:.0f} GB at {TARGET_SIZE} articles",
        f"{measured}bound by the peaks apart: {apart}{at}",
        (pss or bound) <= TARGET_PEAK_MB if size >= TARGET_SIZE else None,
    )


def render(ctx: dict[str, Any]) -> str:
    s: Sizes = ctx["sizes"]
    cores = os.cpu_count() or 1
    n = s.parse_files
    stage: ParseStage = ctx["parse"]
    parse_t = stage.whole
    per_core = parse_t.rate_cpu(n)
    stage_of = stage.steps
    target = (
        "met"
        if per_core >= TARGET_FILES_PER_CORE
        else f"**not met**: {per_core / TARGET_FILES_PER_CORE:.0%} of it"
    )
    lines = [
        "# Dyad throughput",
        "",
        f"- Date: {ctx['date']}",
        f"- Machine: {_machine()}, Python {platform.python_version()}; {_versions()}",
        f"- Load average (1 min) at each step and at the end: {', '.join(f'{x:.1f}' for x in ctx['load'])} "
        f"on {cores} cores (after each flow run: in the flow tasks table). "
        f"Other jobs may have been running: one-core figures are the best of {s.repeat} passes, and "
        "*per core* is computed from process CPU time, which waiting for a busy core does not inflate",
        f"- Command: `{ctx['command']}` (whole benchmark: {ctx['elapsed']:.0f} s)",
        f"- Code: {ctx['code']}",
        f"- Corpus: {ctx['corpus_files']} generated files (`benchmarks.corpus`, seed 0), "
        f"{ctx['corpus_kb']:.1f} KB on average; {ctx['facts_per_article']:.1f} facts and "
        f"{ctx['people_per_article']:.1f} people found per article",
        "",
        "## Summary",
        "",
        "| measurement | input | time (wall) | throughput | per core (CPU time) | notes |",
        "|---|---|---:|---:|---:|---|",
        _one_core_row(
            f"Parse stage (`parse_inputs`, chunks of {CHUNK_MAX} as in the flow), one core",
            f"{n} generated files",
            parse_t,
            n,
            "files/s",
            f"target ≥ {TARGET_FILES_PER_CORE:,} files/s per core: {target}; "
            f"passes {', '.join(f'{p:.1f}' for p in parse_t.passes)} s",
        ),
        _one_core_row(
            "Parse stage, one core",
            f"{s.seed_copies} copies of the 3 seed files",
            ctx["seeds"],
            s.seed_copies,
            "files/s",
            "",
        ),
        _one_core_row(
            "Fact extraction (`extract_facts`), one core",
            f"{n} bodies",
            stage_of["numeric facts"],
            n,
            "articles/s",
            f"{ctx['facts_per_article']:.1f} facts per article",
        ),
        _one_core_row(
            "People extraction (`extract_people`), one core",
            f"{n} bodies",
            stage_of["people"],
            n,
            "articles/s",
            f"{ctx['people_per_article']:.1f} people per article",
        ),
    ]
    e2e_rows, task_rows, e2e_rate = _e2e_rows(ctx["e2e"], s.e2e)
    lines += e2e_rows
    lines += _cli_rows(ctx.get("cli"))
    floor1: Timing = ctx["floor"][1]
    floor_all: Timing = ctx["floor"][cores]
    lines.append(
        _one_core_row(
            "Floor: DuckDB `read_text` + one `regexp_extract_all`, 1 thread",
            f"{n} files",
            floor1,
            n,
            "files/s",
            f"{ctx['floor_words'] / n:.0f} capitalized words per file",
        )
    )
    if cores > 1:
        lines.append(_one_core_row(f"Floor, {cores} threads", f"{n} files", floor_all, n, "files/s", ""))
    peer = ctx["peer"]
    peer_rate = peer_core = None
    if "error" in peer:
        lines.append(f"| Peer: natasha NER, one core | — | — | not available | — | {peer['error']} |")
    else:
        peer_t = Timing(peer["seconds"], peer["cpu_seconds"], tuple(peer["passes"]))
        peer_rate, peer_core = peer_t.rate(peer["articles"]), peer_t.rate_cpu(peer["articles"])
        lines.append(
            _one_core_row(
                f"Peer: natasha {peer['natasha']} NER (`segment` + `tag_ner`), one core",
                f"{peer['articles']} of the same bodies",
                peer_t,
                peer["articles"],
                "articles/s",
                f"scratch venv, slovnet {peer['slovnet']}; models load in {peer['load_seconds']:.1f} s "
                f"(not counted); {peer['spans_per_article']:.0f} entity spans per article",
            )
        )

    def ratio(label: str, a: float | None, b: float | None, note: str) -> None:
        value = f"{a / b:.3g}×" if a and b else "—"
        lines.append(f"| Ratio: {label} | — | — | {value} | — | {note} |")

    ratio(
        "Dyad end-to-end ÷ natasha",
        e2e_rate,
        peer_rate,
        f"articles/s, wall: the whole flow on {cores} cores ({s.e2e[1]}-article cold run) vs NER on one core",
    )
    ratio("Dyad parse stage ÷ natasha", per_core, peer_core, "per core, CPU time")
    nerel_rows, nerel_ratios = _nerel_rows(ctx.get("nerel"))
    lines += nerel_rows
    ratio(
        "Dyad end-to-end ÷ DuckDB floor",
        e2e_rate,
        floor_all.rate(n),
        f"per second, wall, both with {cores} cores",
    )
    ratio("Dyad parse stage ÷ DuckDB floor", per_core, floor1.rate_cpu(n), "per core, CPU time")
    lines += _targets(ctx["e2e"], s, peer_rate, ctx.get("lake"))
    parse_ratios = ([("generated corpus", per_core / peer_core)] if peer_core else []) + nerel_ratios
    if parse_ratios:
        if not any(line == "## Targets" for line in lines):
            lines += ["", "## Targets", "", "| target | reached | met |", "|---|---|---|"]
        lines += [
            f"| parse stage ≥ {TARGET_PEER_RATIO:.0f}× natasha's NER (per core, CPU time), {label} "
            f"| {value:.1f}× | {'yes' if value >= TARGET_PEER_RATIO else '**no**'} |"
            for label, value in parse_ratios
        ]

    lines += [
        "",
        f"## Parse stage breakdown (one core, {n} articles, CPU seconds, best of {s.repeat})",
        "",
        "| step | function | CPU s | articles/s | share of the stage |",
        "|---|---|---:|---:|---:|",
    ]
    for name, label in STEPS:
        t = stage_of[name]
        lines.append(
            f"| {name} | {label} | {t.cpu:.2f} | {_num(t.rate_cpu(n))} | {t.cpu / parse_t.cpu:.0%} |"
        )
    rows_cost = stage.analyze.cpu - sum(stage_of[name].cpu for name in IN_ANALYZE)
    rest = (
        parse_t.cpu
        - stage.analyze.cpu
        - sum(stage_of[name].cpu for name, _ in STEPS if name not in IN_ANALYZE)
    )
    lines += [
        f"| row assembly | the rest of `analyze_body`: token and sentence rows, sentence of each fact and person "
        f"| {rows_cost:.2f} | — | {rows_cost / parse_t.cpu:.0%} |",
        f"| everything else | the rest of the stage: file read, SHA-256, NFC, `body_id`, result objects, "
        "and what the steps cost inside the stage more than alone (caches, garbage collection) "
        f"| {rest:.2f} | — | {rest / parse_t.cpu:.0%} |",
        f"| **`parse_inputs`** | the whole stage | {parse_t.cpu:.2f} | {_num(per_core)} | 100% |",
        "",
        f"Models load once per process (pymorphy3, py3langid): {ctx['warmup']:.2f} s, not counted above.",
    ]
    tr: Transfer = ctx["transfer"]
    lines += [
        "",
        f"Were the parse results sent back from the parse workers pickled (the parse chunks write their rows "
        f"to Parquet instead, `flows.ingest.staging`): {tr.bytes_per_article / 1024:.1f} KB per article; pickling {_num(tr.pickle.rate_cpu(tr.articles))} "
        f"and unpickling {_num(tr.unpickle.rate_cpu(tr.articles))} articles per CPU second "
        f"(over {tr.articles} results), on top of the parse itself.",
    ]
    if task_rows:
        lines += [
            "",
            "## Flow tasks (seconds inside the task / wall seconds since the previous task ended)",
            "",
            *task_rows,
        ]
        big = next((r for r in ctx["e2e"]["runs"] if r["label"] == f"cold {s.e2e[1]}"), None)
        parse_task = next((t for t in (big or {}).get("tasks", []) if t["task"] == "parse_articles"), None)
        if big and parse_task and parse_task["run_s"] > 0:
            rate = (big.get("summary_articles_new") or s.e2e[1]) / parse_task["run_s"]
            lines += [
                "",
                f"`parse_articles` in the {s.e2e[1]}-article run: {_num(rate)} articles/s with one worker per core "
                f"({cores}), against {_num(per_core)} per core in one process above.",
            ]

    lines += _lake_section(ctx.get("lake"))

    long_rows: list[LongRow] | None = ctx.get("long")
    if long_rows:
        lines += [
            "",
            "## Long articles (`benchmarks.longtext`)",
            "",
            "One article of each size: the parse stage (`parse_input`, CPU time, one core) and the dbt build "
            "that adds it to an empty warehouse (the pipeline's incremental build, wall time). Linear costs "
            "keep the per-MB columns flat; the first article's build is mostly fixed cost, so the build's "
            "time per MB is counted above it (from 1 MB on: below, the difference is within the noise).",
            "",
            long_table(long_rows),
        ]

    prof: Profile = ctx["profile"]
    total = prof.total_s
    lines += [
        "",
        "## Where the time goes",
        "",
        f"cProfile of the parse stage over {s.profile_files} generated files after the passes above "
        f"(warm caches): {total:.2f} s under the profiler.",
        "",
        "Top functions by cumulative time:",
        "",
        "| # | function | calls | cumulative s | share | own s |",
        "|---:|---|---:|---:|---:|---:|",
    ]
    for i, r in enumerate(prof.by_cumulative, 1):
        lines.append(
            f"| {i} | `{r.function}` | {r.calls:,} | {r.cumulative_s:.2f} | {r.cumulative_s / total:.0%} | {r.own_s:.2f} |"
        )
    lines += [
        "",
        "Top functions by own time:",
        "",
        "| # | function | calls | own s | share |",
        "|---:|---|---:|---:|---:|",
    ]
    for i, r in enumerate(prof.by_own, 1):
        lines.append(f"| {i} | `{r.function}` | {r.calls:,} | {r.own_s:.2f} | {r.own_s / total:.0%} |")
    lines += ["", "Own time by source file:", "", "| file | own s | share |", "|---|---:|---:|"]
    for module, own in prof.by_module:
        lines.append(f"| `{module}` | {own:.2f} | {own / total:.0%} |")
    lines.append("")
    return "\n".join(lines)


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared/ directory")
    ap.add_argument("--quick", action="store_true", help="smaller sizes (6-9 minutes)")
    ap.add_argument("--out", type=Path, default=RESULTS, help="markdown file to write (default: %(default)s)")
    ap.add_argument(
        "--work", type=Path, default=BENCH_DIR / "work", help="scratch root (default: %(default)s)"
    )
    ap.add_argument(
        "--scale",
        type=int,
        choices=SCALE_SIZES,
        help="articles of the largest warehouse and lake (cold run and its +1 runs; default 50000, none "
        "with --quick); 200000 needs about 16 GB of free disk (see benchmarks/README.md)",
    )
    ap.add_argument("--keep", action="store_true", help="keep the scratch directory")
    ap.add_argument("--peer-venv", type=Path, default=PEER_VENV, help="scratch venv for natasha")
    ap.add_argument(
        "--no-e2e", action="store_true", help="skip the end-to-end flow runs (one-core figures only)"
    )
    ap.add_argument(
        "--no-lake",
        action="store_true",
        help="skip the DuckLake runs (the flow into a DuckLake; --no-e2e skips them too)",
    )
    ap.add_argument(
        "--no-long", action="store_true", help="skip the long articles (parse and dbt build per MB)"
    )
    ap.add_argument(
        "--nerel",
        type=Path,
        help="a NEREL checkout or its git directory: also the parse stage and natasha's NER over "
        "its train and dev texts (news not generated)",
    )
    args = ap.parse_args(argv)
    argv_used = sys.argv[1:] if argv is None else argv

    sizes = QUICK if args.quick else FULL
    if args.scale:
        sizes = replace(sizes, scale=args.scale)
    started = time.perf_counter()
    ctx: dict[str, Any] = {
        "sizes": sizes,
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "command": " ".join(["python -m benchmarks.run", *argv_used]),
        "code": _code_version(),
    }
    args.work.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="run-", dir=args.work))
    try:
        corpus_n = max(sizes.parse_files, sizes.e2e[1], sizes.scale)
        _log(f"generating {corpus_n} files")
        paths = generate(corpus_n, work / "corpus", args.shared)
        generate(8, work / "extra", args.shared, seed=1)  # new files for the +1 runs (6) and the CLI (2)
        parse_paths = paths[: sizes.parse_files]
        ctx["corpus_files"] = len(parse_paths)
        ctx["corpus_kb"] = sum(p.stat().st_size for p in parse_paths) / len(parse_paths) / 1024

        if args.no_e2e:
            ctx["e2e"] = {"error": "skipped (--no-e2e)"}
            ctx["lake"] = {"error": "skipped (--no-e2e)"}
        else:
            then = ", each then +1 file twice" if sizes.incremental else ""
            scale = f" and {sizes.scale}" if sizes.scale else ""
            _log(f"end-to-end flow runs: {sizes.e2e[0]}, {sizes.e2e[1]}{scale} articles{then}")
            ctx["e2e"] = run_e2e(
                work / "corpus", work / "extra", sizes.e2e, sizes.incremental, sizes.scale, work
            )
            ctx["cli"] = run_cli(work, sizes.e2e[0], sorted((work / "extra").glob("*.txt"))[6:8])
            if args.no_lake:
                ctx["lake"] = {"error": "skipped (--no-lake)"}
            else:
                if not args.keep:  # read no more: their disk for the lakes
                    shutil.rmtree(work / "e2e", ignore_errors=True)
                lakes = lake_sizes(sizes)
                _log(
                    f"DuckLake runs: {lakes[0]} and {lakes[1]} articles, each then nothing new, +1 file twice"
                )
                ctx["lake"] = run_lake(work / "corpus", work / "extra", lakes, work)

        _log("DuckDB floor")
        ctx["floor"] = {}
        for threads in sorted({1, os.cpu_count() or 1}):
            ctx["floor"][threads], ctx["floor_words"] = measure_floor(parse_paths, threads, sizes.repeat)

        _log("parse stage and its steps, one core")
        seed_files = sorted((args.shared / "seeds").glob("*.txt"))
        t0 = time.perf_counter()
        parse_input(_items(seed_files[:1])[0])  # loads the models
        ctx["warmup"] = time.perf_counter() - t0
        ctx["parse"], results = measure_parse_stage(parse_paths, sizes.repeat)
        articles = [a for r in results for a in r.articles]
        bodies = [a.body for a in articles]
        ctx["facts_per_article"] = sum(len(a.analysis.facts) for a in articles) / len(articles)
        ctx["people_per_article"] = sum(len(a.analysis.people) for a in articles) / len(articles)
        ctx["transfer"] = measure_transfer(results[: sizes.profile_files], sizes.repeat)
        del results, articles  # the measurements below start from a small heap

        copies = work / "seed-copies"
        copies.mkdir()
        seed_paths = []
        for i in range(sizes.seed_copies):
            src = seed_files[i % len(seed_files)]
            seed_paths.append(copies / f"{i:05d}_{src.name}")
            shutil.copyfile(src, seed_paths[-1])
        seed_items = _items(seed_paths)
        ctx["seeds"], seed_results = best_of(lambda: _parse_chunks(seed_items), sizes.repeat)
        _check(seed_results)

        _log("profile")
        ctx["profile"] = profile_parse(parse_paths[: sizes.profile_files])

        _log("peer: natasha NER")
        ctx["peer"] = measure_peer(
            _write_texts(bodies[: sizes.peer_articles], work / "peer-bodies"), args.peer_venv
        )

        if args.nerel:
            _log("parse stage and natasha NER over the NEREL texts")
            ctx["nerel"] = measure_nerel(args.nerel, work, args.peer_venv)

        if args.no_long:
            ctx["long"] = None
        else:
            _log(f"long articles: {', '.join(f'{b:,}' for b in sizes.long_articles)} bytes")
            ctx["long"] = measure_long_articles(args.shared, work / "long", sizes.long_articles)
    finally:
        if args.keep:
            _log(f"scratch kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    _log("done")
    ctx["load"] = LOAD_SAMPLES
    ctx["elapsed"] = time.perf_counter() - started
    report = render(ctx)
    args.out.write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
