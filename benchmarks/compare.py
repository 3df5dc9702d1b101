"""The parse stage of two source trees side by side, on the same generated articles, in the same
run: a baseline (a git worktree of an older commit) and this tree.

    git worktree add /tmp/dyad-base c28cf22 && make -C /tmp/dyad-base install
    python -m benchmarks.compare --base /tmp/dyad-base --shared ../shared [--files 400] [--rounds 7]

Each tree gets a worker process of its own (the tree's ``.venv/bin/python`` when it has one,
else this interpreter, with the tree first on ``PYTHONPATH``), which imports that tree's
``flows``, reads the files and makes one uncounted warm-up pass of every step (word caches
filled). Then, in rounds, every worker makes one pass of every step in turn, the trees' passes
of a step one after the other, so that both see the same machine; the order of the trees
alternates from round to round. A step's figure is the median of its passes' process CPU time
(items per CPU second: per core), with the median wall time beside it.

Steps: ``parse_inputs`` over the files in chunks of 256 (the parse stage as the flow's parse
chunks run it: each step over a whole chunk; a tree without ``parse_inputs`` parses a chunk input
by input with ``parse_input``, as its flow does), ``parse_input`` over the files one by one
(decode, article boundaries, title and dates, language, ``analyze_body``: sentences, tokens,
numbers, people, signature), and over each tree's own bodies
of the same files ``analyze_body``, ``extract_facts`` and ``extract_people`` alone; then the other
parts of ``parse_input`` alone: ``parse_scraped_text`` over the decoded files, and over the bodies
``detect_language``, ``sentence_spans``, ``token_rows`` (given the sentence starts) and
``minhash_signature`` (given the tokens' norms).

The worker is this file run as a script: it needs only the standard library and the tree's
``flows`` (``parse_input``, ``parse_scraped_text``, ``analyze_body``, ``extract_facts``,
``extract_people``), so a tree older than this file can be measured; a part a tree does not have
(``token_rows``, ...) is shown as ``—`` for that tree.

``--in-context`` adds, per part of ``parse_input`` (``detect_language``, ``parse_scraped_text``,
and what ``analyze_body`` calls), passes of ``parse_input`` with that part's results given (computed
in the warm-up, looked up by the part's first argument): the difference from ``parse_input`` is
what the part costs inside the stage, where the other steps have filled the caches with their own
data (a part with large tables, such as the language model, costs more there than alone).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

CHUNK = 256  # inputs per parse chunk of a large run (flows.ingest.parallel.CHUNK_MAX)
STEPS = (
    "parse_inputs",
    "parse_input",
    "analyze_body",
    "extract_facts",
    "extract_people",
    "parse_scraped_text",
    "detect_language",
    "sentence_spans",
    "token_rows",
    "minhash_signature",
)
# the parts of parse_input whose results --in-context gives: (module that calls it, name there)
IN_CONTEXT = (
    ("flows.ingest.documents", "detect_language"),
    ("flows.ingest.documents", "parse_scraped_text"),
    ("flows.ingest.documents", "body_id"),
    ("flows.text.analyze", "sentence_spans"),
    ("flows.text.analyze", "_token_rows"),
    ("flows.text.analyze", "extract_facts"),
    ("flows.text.analyze", "extract_people"),
    ("flows.text.analyze", "minhash_signature"),
)
GIVEN = "parse_input given "


def steps(in_context: bool = False) -> tuple[str, ...]:
    """The steps measured: ``STEPS``, and with ``in_context`` one ``parse_input`` pass per part."""
    return STEPS + tuple(GIVEN + name for _, name in IN_CONTEXT) if in_context else STEPS


# --------------------------------------------------------------------------- worker (own process)


def _parts(texts: list[str], bodies: list[str]) -> dict:
    """The steps of ``parse_input`` other than ``analyze_body``'s extractors, as this tree has
    them (a step it lacks is left out); their inputs are computed here, not timed."""
    fns: dict = {}
    try:
        from flows.text.article import parse_scraped_text
        from flows.text.language import detect_language
        from flows.text.segment import sentence_spans
    except ImportError:
        return fns
    fns["parse_scraped_text"] = lambda: [parse_scraped_text(t) for t in texts]
    fns["detect_language"] = lambda: [detect_language(b) for b in bodies]
    fns["sentence_spans"] = lambda: [sentence_spans(b) for b in bodies]
    starts = [[s for s, _ in sentence_spans(b)] for b in bodies]
    try:
        from flows.text.analyze import token_rows

        fns["token_rows"] = lambda: [token_rows(b, s) for b, s in zip(bodies, starts, strict=True)]
    except ImportError:
        pass
    try:
        from flows.text.similarity import minhash_signature
        from flows.text.tokens import WORD_RE, normalize_word
    except ImportError:
        return fns
    norms = [[normalize_word(w) for w in WORD_RE.findall(b)] for b in bodies]
    fns["minhash_signature"] = lambda: [minhash_signature(n) for n in norms]
    return fns


def _given(run, module: str, name: str):
    """A pass of ``run`` with ``module.name`` answering from the results of the first pass (by its
    first argument, which decides the result where ``parse_input`` calls it); None when the tree
    has no such part."""
    import importlib

    mod = importlib.import_module(module)
    part = getattr(mod, name, None)
    if part is None:
        return None
    results: dict = {}

    def remembered(first, *args, **kwargs):
        key = tuple(first) if isinstance(first, list) else first  # the norms of minhash_signature
        if key not in results:
            results[key] = part(first, *args, **kwargs)
        return results[key]

    def given():
        setattr(mod, name, remembered)
        try:
            return run()
        finally:
            setattr(mod, name, part)

    given()  # the results computed here, before any counted pass
    return given


def _worker(files_dir: str) -> None:
    """Serve passes on stdin: ``<step>`` -> one JSON line ``{"cpu": s, "wall": s, "n": items}``
    (``{"n": 0}`` for a step this tree does not have)."""
    from flows.ingest.documents import InputItem, parse_input
    from flows.text.analyze import analyze_body
    from flows.text.article import parse_scraped_text
    from flows.text.numbers import extract_facts
    from flows.text.people import extract_people

    paths = sorted(Path(files_dir).iterdir())
    items = [InputItem(str(p), "txt", path=str(p)) for p in paths]
    texts, bodies = [], []
    for p in paths:
        text = unicodedata.normalize("NFC", p.read_text(encoding="utf-8"))
        meta = parse_scraped_text(text)
        texts.append(text)
        bodies.append(text[meta.body_start : meta.body_end])
    from flows.ingest import documents

    if hasattr(documents, "parse_inputs"):
        chunks = [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]
        parse_chunks = lambda: [r for c in chunks for r in documents.parse_inputs(c)]  # noqa: E731
    else:
        parse_chunks = lambda: [parse_input(i) for i in items]  # noqa: E731
    fns = {
        "parse_inputs": parse_chunks,
        "parse_input": lambda: [parse_input(i) for i in items],
        "analyze_body": lambda: [analyze_body(b) for b in bodies],
        "extract_facts": lambda: [extract_facts(b) for b in bodies],
        "extract_people": lambda: [extract_people(b) for b in bodies],
        **_parts(texts, bodies),
    }
    for module, name in IN_CONTEXT:
        given = _given(fns["parse_input"], module, name)
        if given is not None:
            fns[GIVEN + name] = given
    for fn in fns.values():  # warm-up: word caches filled, not counted
        fn()
    import flows

    print(json.dumps({"ready": str(Path(flows.__file__).resolve().parent)}), flush=True)
    for line in sys.stdin:
        step = line.strip()
        if not step:
            continue
        if step not in fns:
            print(json.dumps({"n": 0}), flush=True)
            continue
        gc.collect()
        c0, t0 = time.process_time(), time.perf_counter()
        out = fns[step]()
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        del out
        print(json.dumps({"cpu": cpu, "wall": wall, "n": len(items)}), flush=True)


# --------------------------------------------------------------------------- driver


class Worker:
    """A worker process measuring one source tree."""

    def __init__(self, name: str, tree: Path, files_dir: Path) -> None:
        self.name, self.tree = name, tree
        venv_python = tree / ".venv" / "bin" / "python"
        python = str(venv_python) if venv_python.exists() else sys.executable
        env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
        self.proc = subprocess.Popen(
            [python, str(Path(__file__).resolve()), "--worker", str(files_dir)],
            cwd=tree,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.flows_dir = self._read()["ready"]
        if Path(self.flows_dir) != (tree / "flows").resolve():
            self.close()
            raise RuntimeError(f"{name}: imported flows from {self.flows_dir}, not from {tree}")

    def _read(self) -> dict:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"{self.name}: the worker ended (exit {self.proc.wait()})")
        return json.loads(line)

    def run(self, step: str) -> dict:
        assert self.proc.stdin is not None
        self.proc.stdin.write(step + "\n")
        self.proc.stdin.flush()
        return self._read()

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=60)


def _commit(tree: Path) -> str:
    out = subprocess.run(
        ["git", "-C", str(tree), "log", "-1", "--format=%h %s"], capture_output=True, text=True, check=False
    )
    dirty = subprocess.run(
        ["git", "-C", str(tree), "status", "--porcelain", "--", "flows"],
        capture_output=True,
        text=True,
        check=False,
    )
    return out.stdout.strip()[:60] + (" (+ uncommitted changes in flows/)" if dirty.stdout.strip() else "")


def compare(
    trees: dict[str, Path], files_dir: Path, rounds: int, measured: tuple[str, ...] = STEPS
) -> dict[str, dict[str, list[dict]]]:
    """Every step of ``measured`` of every tree ``rounds`` times, interleaved; the passes per tree
    and step."""
    workers = {name: Worker(name, tree, files_dir) for name, tree in trees.items()}
    passes: dict[str, dict[str, list[dict]]] = {name: {s: [] for s in measured} for name in trees}
    try:
        order = list(workers)
        for r in range(rounds):
            for step in measured:
                for name in order if r % 2 == 0 else reversed(order):
                    passes[name][step].append(workers[name].run(step))
            print(
                f"[compare {time.strftime('%H:%M:%S')}] round {r + 1}/{rounds}", file=sys.stderr, flush=True
            )
    finally:
        for w in workers.values():
            w.close()
    return passes


def _ms(ps: list[dict]) -> float | None:
    """Median CPU ms per item of a step's passes; None for a step the tree does not have."""
    if not ps or not ps[0]["n"]:
        return None
    return 1000 * statistics.median(p["cpu"] for p in ps) / ps[0]["n"]


def table(trees: dict[str, Path], passes: dict[str, dict[str, list[dict]]]) -> str:
    """The steps of ``STEPS`` per tree: items per CPU second (and per wall second), the ratio to
    the first tree and the change in CPU ms per item."""
    names = list(trees)
    lines = [
        "| step | "
        + " | ".join(f"{n} per core/s (wall/s)" for n in names)
        + " | ratio | CPU ms per article, change |",
        "|---|" + "---|" * len(names) + "---|---|",
    ]
    for step in STEPS:
        cells, rates = [], []
        for n in names:
            ps = passes[n][step]
            if not ps or not ps[0]["n"]:  # a step this tree does not have
                cells.append("—")
                rates.append(None)
                continue
            cpu = statistics.median(p["cpu"] for p in ps)
            wall = statistics.median(p["wall"] for p in ps)
            rate = ps[0]["n"] / cpu
            rates.append(rate)
            cells.append(f"{rate:,.0f} ({ps[0]['n'] / wall:,.0f})")
        ratio = " / ".join(
            f"{r / rates[0]:.2f}" if r is not None and rates[0] is not None else "—" for r in rates[1:]
        )
        change = " / ".join(
            f"{1000 / r - 1000 / rates[0]:+.3f}" if r is not None and rates[0] is not None else "—"
            for r in rates[1:]
        )
        lines.append(f"| `{step}` | " + " | ".join(cells) + f" | {ratio} | {change} |")
    return "\n".join(lines)


def context_table(trees: dict[str, Path], passes: dict[str, dict[str, list[dict]]]) -> str:
    """Per part of ``IN_CONTEXT`` and tree: CPU ms per item of ``parse_input`` less that of
    ``parse_input`` with the part's results given."""
    names = list(trees)
    lines = [
        "| part, inside `parse_input` | " + " | ".join(f"{n} CPU ms per article" for n in names) + " |",
        "|---|" + "---|" * len(names),
    ]
    for _, name in IN_CONTEXT:
        cells = []
        for n in names:
            whole, given = _ms(passes[n]["parse_input"]), _ms(passes[n].get(GIVEN + name, []))
            cells.append("—" if whole is None or given is None else f"{whole - given:.3f}")
        lines.append(f"| `{name}` | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--base", type=Path, action="append", help="a source tree to compare with (repeatable)")
    ap.add_argument(
        "--head", type=Path, default=Path(__file__).resolve().parent.parent, help="default: this tree"
    )
    ap.add_argument("--shared", type=Path, default=Path("../shared"), help="shared/ beside the project")
    ap.add_argument("--files", type=int, default=400, help="generated articles (default 400)")
    ap.add_argument("--rounds", type=int, default=7, help="passes per tree and step (default 7)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--in-context",
        action="store_true",
        help="also what each part costs inside parse_input (parse_input with the part's results given)",
    )
    args = ap.parse_args(argv)
    if args.worker:
        if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
            del sys.path[0]  # run as a script: the tree's flows, not this directory, come first
        _worker(args.worker)
        return 0
    if not args.base:
        ap.error("give --base TREE (a worktree of the commit to compare with)")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.corpus import generate

    trees = {f"base{i + 1}" if len(args.base) > 1 else "base": b.resolve() for i, b in enumerate(args.base)}
    trees["head"] = args.head.resolve()
    for name, tree in trees.items():
        if not (tree / "flows").is_dir():
            ap.error(f"{name}: {tree} holds no flows/ package")
    with tempfile.TemporaryDirectory(prefix="dyad-compare-") as tmp:
        files_dir = Path(tmp) / "corpus"
        generate(args.files, files_dir, args.shared, seed=args.seed)
        passes = compare(trees, files_dir, args.rounds, steps(args.in_context))
    print(
        f"{args.files} generated articles (seed {args.seed}), {args.rounds} interleaved rounds, median per step; "
        f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    for name, tree in trees.items():
        print(f"- {name}: {tree} — {_commit(tree)}")
    print()
    print(table(trees, passes))
    if args.in_context:
        print()
        print(context_table(trees, passes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
