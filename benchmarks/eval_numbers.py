"""Span recall of money and percent facts on NEREL, and the seeds' gold facts.

NEREL (Russian news, brat standoff: ``<id>.txt`` + ``<id>.ann``) marks MONEY, PERCENT and
NUMBER spans. A gold MONEY span is recalled when a fact with a currency unit (ISO 4217) overlaps
it; a PERCENT span when a ``percent`` fact overlaps it. Precision is not measured on NEREL: its
annotators did not mark every amount a fact extractor should report (amounts of goods, counts).
The ``--nerel`` path is a checkout (holding ``NEREL-v1.1/``) or a bare git directory of the
NEREL repository; nothing of it is copied into the project. The test split is left out unless
asked for (``--splits test``): it is kept for release figures.

    python -m benchmarks.eval_numbers --nerel /path/to/NEREL [--splits train dev] [--details]
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from benchmarks import nerel as nerel_corpus
from flows.text.numbers import extract_facts

KINDS = {"MONEY": "money", "PERCENT": "percent"}


@dataclass
class Tally:
    gold: int = 0
    found: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else float("nan")


def _kind(unit: str) -> str:
    """``money`` for an ISO 4217 code (not ``XXX``, no currency), else the unit."""
    return "money" if len(unit) == 3 and unit.isupper() and unit != "XXX" else unit


def _gold_spans(ann: str) -> list[tuple[str, int, int, str]]:
    spans = []
    for line in ann.splitlines():
        if not line.startswith("T"):
            continue
        _, mid, surface = [*line.split("\t"), "", ""][:3]
        label, _, offsets = mid.partition(" ")
        if label not in KINDS or ";" in offsets:
            continue
        start, end = (int(x) for x in offsets.split())
        spans.append((KINDS[label], start, end, surface))
    return spans


def evaluate_split(nerel: Path, split: str, details: bool) -> dict[str, Tally]:
    tallies = {k: Tally() for k in KINDS.values()}
    for name, text, ann in nerel_corpus.documents(nerel, split):
        facts = extract_facts(text)
        for kind, start, end, surface in _gold_spans(ann):
            tallies[kind].gold += 1
            hit = any(f.char_start < end and f.char_end > start and _kind(f.unit) == kind for f in facts)
            if hit:
                tallies[kind].found += 1
            elif details:
                lo, hi = max(0, start - 40), min(len(text), end + 40)
                context = text[lo:hi].replace("\n", " ")
                print(f"  miss {split}/{name} {kind}: {surface!r} | …{context}…", file=sys.stderr)
    return tallies


def evaluate_seeds() -> tuple[int, int, int]:
    """(gold facts, found with the right value/unit/comparator/metric, extracted facts) on seeds/."""
    from flows.ingest.documents import InputItem, kind_of, parse_input
    from flows.settings import PROJECT_ROOT
    from tests.gold import ARTICLES

    gold_n = found = extracted = 0
    for name, gold in ARTICLES.items():
        path = PROJECT_ROOT / "seeds" / name
        res = parse_input(InputItem(str(path), kind_of(str(path)), path=str(path)), None)
        facts = [f for a in res.articles if a.analysis for _, f in a.analysis.facts]
        extracted += len(facts)
        got = {(f.quote, f.value, f.unit, f.comparator, f.metric) for f in facts}
        for quote, value, unit, comparator, metric, _pair in gold["facts"]:
            gold_n += 1
            found += (quote, float(value), unit, comparator, metric) in got
    return gold_n, found, extracted


def main(argv: list[str] | None = None) -> int:
    args = nerel_corpus.argument_parser(__doc__, "every missed span").parse_args(argv)
    print("| split | money gold | money recall | percent gold | percent recall |")
    print("|---|---|---|---|---|")
    for split in args.splits:
        t = evaluate_split(args.nerel, split, args.details)
        m, p = t["money"], t["percent"]
        print(f"| NEREL {split} | {m.gold} | {m.recall:.3f} | {p.gold} | {p.recall:.3f} |")
    gold_n, found, extracted = evaluate_seeds()
    print(f"\nseeds gold facts: {found}/{gold_n} exact; {extracted} facts extracted")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
