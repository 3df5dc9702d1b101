"""Peer measurement: natasha named-entity recognition over a directory of article bodies.

natasha is not a dependency of Dyad: ``benchmarks.run`` runs this script with the Python of a
scratch virtual environment that has natasha installed (its models ship inside the navec and
slovnet packages). Prints one JSON object on stdout:

    python benchmarks/peer_natasha.py BODIES_DIR [--repeat 2]

Measured: ``Doc(text)``, ``segment`` (razdel) and ``tag_ner`` (slovnet NER over navec
embeddings) per text, best of ``--repeat`` passes (wall and process CPU time) after a warm-up
text; model loading is reported separately. Uses only the Python standard library besides natasha.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from importlib.metadata import version
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("bodies", type=Path, help="directory of UTF-8 .txt files, one article body each")
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args(argv)

    texts = [p.read_text(encoding="utf-8") for p in sorted(args.bodies.glob("*.txt"))]
    if not texts:
        print(json.dumps({"error": f"no .txt files in {args.bodies}"}))
        return 2

    t0 = time.perf_counter()
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter = Segmenter()
    ner = NewsNERTagger(NewsEmbedding())
    load_seconds = time.perf_counter() - t0

    def run(batch: list[str]) -> int:
        spans = 0
        for text in batch:
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_ner(ner)
            spans += len(doc.spans)
        return spans

    run(texts[:1])  # warm-up: first-call allocations
    passes: list[float] = []
    cpus: list[float] = []
    spans = 0
    for _ in range(max(1, args.repeat)):
        c, t = time.process_time(), time.perf_counter()
        spans = run(texts)
        passes.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    best = min(passes)
    print(
        json.dumps(
            {
                "articles": len(texts),
                "chars": sum(len(t) for t in texts),
                "seconds": best,
                "cpu_seconds": min(cpus),
                "passes": passes,
                "articles_per_s": len(texts) / best,
                "spans_per_article": spans / len(texts),
                "load_seconds": load_seconds,
                "natasha": version("natasha"),
                "slovnet": version("slovnet"),
                "python": sys.version.split()[0],
                "cpus": len(os.sched_getaffinity(0)),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
