"""Peer measurement: the people natasha's NER finds in each of a directory of texts.

Run with the Python of a scratch virtual environment that has natasha installed (see
``benchmarks.peer_natasha``); ``benchmarks.eval_people --natasha PYTHON`` runs it on NEREL and
scores its output like Dyad's. Prints one JSON object on stdout:
``{"people": {stem: [[span text, start, end], ...]}, "seconds": ..., "cpu_seconds": ...}``,
with the PER spans of each text; the time covers ``Doc(text)``, ``segment`` and ``tag_ner``
over all texts (one pass after a warm-up text), not model loading. Standard library and natasha only.

    python benchmarks/peer_natasha_people.py TEXTS_DIR
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("texts", type=Path, help="directory of UTF-8 .txt files")
    args = ap.parse_args(argv)
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter = Segmenter()
    ner = NewsNERTagger(NewsEmbedding())
    files = sorted(args.texts.glob("*.txt"))
    texts = {p.stem: p.read_text(encoding="utf-8") for p in files}
    if not texts:
        print(json.dumps({"error": f"no .txt files in {args.texts}"}))
        return 2
    warm = Doc(next(iter(texts.values()))[:500])
    warm.segment(segmenter)
    warm.tag_ner(ner)
    people: dict[str, list[list[object]]] = {}
    c, t = time.process_time(), time.perf_counter()
    for stem, text in texts.items():
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(ner)
        people[stem] = [[s.text, s.start, s.stop] for s in doc.spans if s.type == "PER"]
    out = {"people": people, "seconds": time.perf_counter() - t, "cpu_seconds": time.process_time() - c}
    json.dump(out, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
