"""Document-level country detection quality on the factRuEval-2016 devset.

Gold: the countries named by a document's Location/LocOrg annotations. An annotation's words
are lemmatized (pymorphy3) and matched against the lemmas of the gazetteer's names, aliases,
adjectives, capitals and metonyms (not regions or cities, not historic or disputed entities),
so a missing inflection in the gazetteer still costs recall.

Predictions: the real pipeline (Prefect flow -> dbt -> marts.article_countries) over the texts,
fed as a JSON Lines inbox. Nothing of the devset is copied into the project.

    python -m benchmarks.eval_countries --data ../shared/factrueval-dev [--details]
    python -m benchmarks.eval_countries --nerel /path/to/NEREL [--splits train dev] [--details]

With ``--nerel`` (a checkout holding ``NEREL-v1.1/`` or its bare git directory) the gold is a
document's COUNTRY entities, mapped to codes the same way (its test split is for release figures
only: ``--splits test``).
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
from flows.text.morph import analyzer
from flows.text.tokens import WORD_RE, normalize_word

FORMS_CSV = PROJECT_ROOT / "dbt_project" / "seeds" / "ref_country_forms.csv"
GOLD_KINDS = {"name", "alias", "adjective", "capital", "metonym", "compound_stem"}
GOLD_TYPES = {"Location", "LocOrg"}


@cache
def lemma(word: str) -> str:
    return normalize_word(analyzer().parse(word)[0].normal_form)


def lemma_table() -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    with FORMS_CSV.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["entity_type"] == "country" and row["form_kind"] in GOLD_KINDS:
                table.setdefault(tuple(lemma(w) for w in row["form"].split()), row["entity_code"])
    return table


def _map_surfaces(
    lines: list[str], table: dict[tuple[str, ...], str], whole: bool = False
) -> tuple[set[str], list[str]]:
    """factRuEval ``.objects`` lines (``id Type ... # surface``) -> (country codes, unmapped surfaces).

    A surface maps through its longest window of lemmas in ``table``; with ``whole``, only as a whole.
    """
    found: set[str] = set()
    unmapped: list[str] = []
    for line in lines:
        head, _, surface = line.partition("#")
        parts = head.split()
        if len(parts) < 2 or parts[1] not in GOLD_TYPES:
            continue
        lemmas = [lemma(m.group()) for m in WORD_RE.finditer(surface)]
        hit = None
        for n in range(min(4, len(lemmas)), 0 if not whole else len(lemmas) - 1, -1):
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


# NEREL gold, two readings: the COUNTRY entities alone, and every entity type that names a country
# the way factRuEval's Location/LocOrg do (российский is NATIONALITY, Москва CITY, МИД России
# ORGANIZATION), mapped through the same gazetteer kinds (GOLD_KINDS).
NEREL_TYPES = {
    "COUNTRY": frozenset({"COUNTRY"}),
    "all": frozenset({"COUNTRY", "NATIONALITY", "CITY", "ORGANIZATION"}),
}


def nerel_gold(
    ann: str, table: dict[tuple[str, ...], str], types: frozenset[str] = NEREL_TYPES["COUNTRY"]
) -> tuple[set[str], list[str]]:
    """The countries of a NEREL document's entities of ``types`` (brat standoff ``T1\tCOUNTRY 0 3\tСША``)."""
    lines = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[0].startswith("T") and parts[1].split(" ")[0] in types:
            lines.append(f"{parts[0]} Location # {parts[2]}")
    # NEREL nests entities (the COUNTRY in "МИД России" is annotated on its own), so an entity
    # names a country only when its whole surface does: "Нью-Джерси" is no Jersey
    return _map_surfaces(lines, table, whole=True)


def gold_countries(objects_file: Path, table: dict[tuple[str, ...], str]) -> tuple[set[str], list[str]]:
    return _map_surfaces(objects_file.read_text(encoding="utf-8").splitlines(), table)


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


def score(texts, gold, pred, forms, unmapped, label: str, details: bool) -> None:
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
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"{label}: documents: {len(texts)}  gold (doc, country) pairs: {tp + fn}  predicted: {tp + fp}")
    print(
        f"{label}: country F1 {f1:.3f}  precision: {precision:.3f}  recall: {recall:.3f}  (tp {tp}, fp {fp}, fn {fn})"
    )
    print(f"{label}: annotations not mapped to a country: {len(unmapped)}")
    if details:
        print("misses:", misses)
        print("false alarms:", [(d, c, forms.get((d, c))) for d, c in alarms])
        counts: dict[str, int] = defaultdict(int)
        for s in unmapped:
            counts[s.lower()] += 1
        print("most frequent unmapped:", sorted(counts.items(), key=lambda kv: -kv[1])[:60])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, help="factRuEval-2016 devset directory (*.txt, *.objects)")
    ap.add_argument("--nerel", type=Path, help="NEREL checkout or bare git directory")
    ap.add_argument("--splits", nargs="+", default=["train", "dev"], help="NEREL splits (default: train dev)")
    ap.add_argument("--details", action="store_true", help="print every miss and false alarm")
    args = ap.parse_args(argv)
    if args.data is None and args.nerel is None:
        args.data = PROJECT_ROOT.parent / "shared" / "factrueval-dev"
    if args.data is not None and not args.data.is_dir():
        print(f"devset not found at {args.data}", file=sys.stderr)
        return 2
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    table = lemma_table()
    runs = []
    if args.data is not None:
        docs = sorted(args.data.glob("*.txt"))
        texts = {d.stem: d.read_text(encoding="utf-8") for d in docs}
        gold: dict[str, set[str]] = {}
        unmapped: list[str] = []
        for d in docs:
            gold[d.stem], um = gold_countries(d.with_suffix(".objects"), table)
            unmapped += um
        runs.append(("factRuEval dev", texts, {"": gold}, unmapped))
    if args.nerel is not None:
        from benchmarks.nerel import documents

        for split in args.splits:
            texts, golds, unmapped = {}, {v: {} for v in NEREL_TYPES}, []
            for name, text, ann in documents(args.nerel, split):
                key = f"{split}/{name}"
                texts[key] = text
                for variant, types in NEREL_TYPES.items():
                    golds[variant][key], um = nerel_gold(ann, table, types)
                unmapped += um
            runs.append((f"NEREL {split}", texts, golds, unmapped))
    # one pipeline run over every document (ids are distinct across sets)
    all_texts = {f"{label}|{k}": v for label, texts, _, _ in runs for k, v in texts.items()}
    pred_all, forms_all = predict(all_texts)
    for label, texts, golds, unmapped in runs:
        pred = {k: pred_all.get(f"{label}|{k}", set()) for k in texts}
        forms = {(d.split("|", 1)[1], c): f for (d, c), f in forms_all.items() if d.startswith(label + "|")}
        for variant, gold in golds.items():
            name = f"{label} ({variant} entities)" if variant else label
            score(texts, gold, pred, forms, unmapped, name, args.details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
