"""The parse stage over a directory of news texts, in a process of its own so that its word
caches start empty: ``parse_inputs`` in chunks of ``CHUNK_MAX``, as the flow's parse workers run
it, one pass with empty caches (what a run costs on text it has not seen) and then the best of
``--repeat`` passes over the same texts (every word cached). Prints one JSON object:

    python -m benchmarks.parse_texts DIR [--repeat 2]

``articles``, ``chars``; ``cold_cpu_s`` and ``cold_s`` (CPU and wall seconds of the first pass);
``warm_cpu_s`` and ``warm_s`` (the best later pass); ``load_s`` (models, not counted). Used by
``benchmarks.run --nerel`` on the NEREL texts, beside natasha's NER over the same texts.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from flows.ingest.documents import InputItem, load_models, parse_inputs
from flows.ingest.parallel import CHUNK_MAX


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("texts", type=Path, help="directory of UTF-8 .txt files, one article each")
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args(argv)
    paths = sorted(args.texts.glob("*.txt"))
    if not paths:
        print(json.dumps({"error": f"no .txt files in {args.texts}"}))
        return 2
    items = [InputItem(str(p), "txt", path=str(p)) for p in paths]
    t = time.perf_counter()
    load_models()
    load_s = time.perf_counter() - t

    def one_pass() -> tuple[float, float]:
        c, w = time.process_time(), time.perf_counter()
        for i in range(0, len(items), CHUNK_MAX):
            parse_inputs(items[i : i + CHUNK_MAX])
        return time.process_time() - c, time.perf_counter() - w

    cold_cpu, cold = one_pass()
    warm_cpu, warm = min(one_pass() for _ in range(max(1, args.repeat)))
    print(
        json.dumps(
            {
                "articles": len(items),
                "chars": sum(len(p.read_text(encoding="utf-8")) for p in paths),
                "cold_cpu_s": cold_cpu,
                "cold_s": cold,
                "warm_cpu_s": warm_cpu,
                "warm_s": warm,
                "load_s": load_s,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
