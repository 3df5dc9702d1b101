"""Document-level country detection quality on the factRuEval-2016 devset.

Gold: the countries named by a document's Location/LocOrg annotations. An annotation's words
are lemmatized (pymorphy3) and matched against the lemmas of the gazetteer's names, aliases,
adjectives, capitals and metonyms (not regions or cities, not historic or disputed entities),
so a missing inflection in the gazetteer still costs recall.

Predictions: the real pipeline (Prefect flow -> dbt -> marts.article_countries) over the texts,
fed as a JSON Lines inbox. Nothing of the devset is copied into the project.

    python -m benchmarks.eval_countries --data ../shared/factrueval-dev [--details]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import tempfile
from collections import defaultdict
from functools import cache
from pathlib import Path

import duckdb

from flows.settings import PROJECT_ROOT
from flows.text.tokens import WORD_RE, normalize_word

FORMS_CSV = PROJECT_ROOT / "dbt_project" / "seeds" / "ref_country_forms.csv"
GOLD_KINDS = {"name", "alias", "adjective", "capital", "metonym", "compound_stem"}
GOLD_TYPES = {"Location", "LocOrg"}


@cache
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@cache
def lemma(word: str) -> str:
    return normalize_word(_morph().parse(word)[0].normal_form)


def lemma_table() -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    with FORMS_CSV.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["entity_type"] == "country" and row["form_kind"] in GOLD_KINDS:
                table.setdefault(tuple(lemma(w) for w in row["form"].split()), row["entity_code"])
    return table


def gold_countries(objects_file: Path, table: dict[tuple[str, ...], str]) -> tuple[set[str], list[str]]:
    found: set[str] = set()
    unmapped: list[str] = []
    for line in objects_file.read_text(encoding="utf-8").splitlines():
        head, _, surface = line.partition("#")
        parts = head.split()
        if len(parts) < 2 or parts[1] not in GOLD_TYPES:
            continue
        lemmas = [lemma(m.group()) for m in WORD_RE.finditer(surface)]
        hit = None
        for n in range(min(4, len(lemmas)), 0, -1):
            for i in range(len(lemmas) - n + 1):
                hit = table.get(tuple(lemmas[i : i + n]))
                if hit:
                    break
            if hit:
                break
        if hit:
            found.add(hit)
        else:
            unmapped.append(surface.strip())
    return found, unmapped


def predict(texts: dict[str, str]) -> tuple[dict[str, set[str]], dict[tuple[str, str], list[str]]]:
    from prefect.testing.utilities import prefect_test_harness

    from flows.pipeline import pipeline

    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "inbox"
        inbox.mkdir()
        with (inbox / "devset.jsonl").open("w", encoding="utf-8") as f:
            for doc_id, text in texts.items():
                f.write(json.dumps({"title": doc_id, "text": text}, ensure_ascii=False) + "\n")
        wh = Path(tmp) / "wh" / "dyad.duckdb"
        with prefect_test_harness(server_startup_timeout=180):
            pipeline(inbox=[str(inbox)], warehouse_path=str(wh), settings_overrides={"settle_seconds": 0})
        con = duckdb.connect(str(wh), read_only=True)
        rows = con.execute(
            "select a.title, c.country_code, c.mention_forms"
            " from marts.articles a join marts.article_countries c using (article_id)"
        ).fetchall()
        con.close()
    pred: dict[str, set[str]] = defaultdict(set)
    for doc_id, code, _forms in rows:
        pred[doc_id].add(code)
    return pred, {(doc_id, code): forms for doc_id, code, forms in rows}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=PROJECT_ROOT.parent / "shared" / "factrueval-dev")
    ap.add_argument("--details", action="store_true", help="print every miss and false alarm")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"devset not found at {args.data}", file=sys.stderr)
        return 2
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    table = lemma_table()
    docs = sorted(args.data.glob("*.txt"))
    texts = {d.stem: d.read_text(encoding="utf-8") for d in docs}
    gold: dict[str, set[str]] = {}
    unmapped: list[str] = []
    for d in docs:
        gold[d.stem], um = gold_countries(d.with_suffix(".objects"), table)
        unmapped += um
    pred, forms = predict(texts)
    tp = fp = fn = 0
    misses, alarms = [], []
    for doc_id in texts:
        g, p = gold[doc_id], pred.get(doc_id, set())
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
        misses += [(doc_id, c) for c in sorted(g - p)]
        alarms += [(doc_id, c) for c in sorted(p - g)]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    print(f"documents: {len(texts)}  gold (doc, country) pairs: {tp + fn}  predicted: {tp + fp}")
    print(f"precision: {precision:.3f}  recall: {recall:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    print(f"Location/LocOrg annotations not mapped to a country: {len(unmapped)}")
    if args.details:
        print("misses:", misses)
        print("false alarms:", [(d, c, forms.get((d, c))) for d, c in alarms])
        counts: dict[str, int] = defaultdict(int)
        for s in unmapped:
            counts[s.lower()] += 1
        print("most frequent unmapped:", sorted(counts.items(), key=lambda kv: -kv[1])[:60])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
