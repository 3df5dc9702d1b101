"""Pair (dyad) quality and country quality on the project's own annotated sets.

Sets (``tests/data/<set>/{tune,heldout}.json``): a list of ``{"id", "text", "pairs"?,
"countries"?, "language"?}``; ``pairs`` are ``"AA-BB"`` (alpha-2, in alphabetical order) as an
analyst would code them, ``countries`` the article's countries. ``tune`` was used to shape the
rules, ``heldout`` was written before and never tuned on.

Predictions: the real pipeline (Prefect flow -> dbt -> marts.dyad_articles and
marts.article_countries) over all texts at once, fed as a JSON Lines inbox.

    python -m benchmarks.eval_dyads [--set dyads] [--set multilingual] [--details]

Prints, per set and split, precision / recall / F1 of (article, pair) and of (article, country)
wherever the gold has them.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from collections import defaultdict
from pathlib import Path

import duckdb

from flows.settings import PROJECT_ROOT

DATA_DIR = PROJECT_ROOT / "tests" / "data"
SPLITS = ("tune", "heldout")


def load_set(name: str, data_dir: Path = DATA_DIR) -> dict[str, list[dict]]:
    """``{split: [article, ...]}`` of one set; ids are prefixed with the set name."""
    out = {}
    for split in SPLITS:
        path = data_dir / name / f"{split}.json"
        if path.exists():
            out[split] = [
                dict(a, id=f"{name}/{a['id']}") for a in json.loads(path.read_text(encoding="utf-8"))
            ]
    return out


def build_warehouse(articles: list[dict], directory: Path) -> Path:
    """Run the pipeline on ``articles`` (``{"id", "text"}``; the id becomes the title) fed as a
    JSON Lines inbox under ``directory`` (new or empty); return the warehouse it published,
    ``directory/wh/dyad.duckdb``."""
    from prefect.testing.utilities import prefect_test_harness

    from flows.pipeline import pipeline

    inbox = directory / "inbox"
    inbox.mkdir(parents=True)
    with (inbox / "set.jsonl").open("w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps({"title": a["id"], "text": a["text"]}, ensure_ascii=False) + "\n")
    wh = directory / "wh" / "dyad.duckdb"
    with prefect_test_harness(server_startup_timeout=180):
        pipeline(inbox=[str(inbox)], warehouse_path=str(wh), settings_overrides={"settle_seconds": 0})
    return wh


def run_pipeline(
    articles: list[dict], keep: Path | None = None
) -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, list]]:
    """Run the pipeline on ``articles``; return (pairs, countries, pair rows) by article id.

    ``keep``: a directory to leave the warehouse in (``keep/wh/dyad.duckdb``) for inspection.
    """
    with tempfile.TemporaryDirectory() as scratch:
        wh = build_warehouse(articles, Path(keep or scratch))
        con = duckdb.connect(str(wh), read_only=True)
        cols = {r[0] for r in con.execute("describe marts.dyad_articles").fetchall()}
        extra = ", d.score::double, d.evidence" if "score" in cols else ", null, null"
        pair_rows = con.execute(
            f"select a.title, d.country_a, d.country_b{extra}"
            " from marts.articles a join marts.dyad_articles d using (article_id)"
        ).fetchall()
        country_rows = con.execute(
            "select a.title, c.country_code from marts.articles a join marts.article_countries c using (article_id)"
        ).fetchall()
        con.close()
    pairs: dict[str, set[str]] = defaultdict(set)
    details: dict[str, list] = defaultdict(list)
    for title, a, b, score, evidence in pair_rows:
        pairs[title].add(f"{a}-{b}")
        details[title].append((f"{a}-{b}", score, evidence))
    countries: dict[str, set[str]] = defaultdict(set)
    for title, code in country_rows:
        countries[title].add(code)
    return pairs, countries, details


def prf(gold: dict[str, set[str]], pred: dict[str, set[str]]) -> tuple[float, float, float, int, int, int]:
    """Micro precision, recall, F1 over (article, item), and tp, fp, fn."""
    tp = sum(len(g & pred.get(k, set())) for k, g in gold.items())
    fp = sum(len(pred.get(k, set()) - g) for k, g in gold.items())
    fn = sum(len(g - pred.get(k, set())) for k, g in gold.items())
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp, fp, fn


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", action="append", dest="sets", help="set name under tests/data (repeatable)")
    ap.add_argument("--details", action="store_true", help="print every miss and false alarm")
    ap.add_argument("--keep", type=Path, help="leave the warehouse in this (new) directory")
    args = ap.parse_args(argv)
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    sets = {name: load_set(name) for name in (args.sets or ["dyads", "multilingual"])}
    articles = [a for splits in sets.values() for arts in splits.values() for a in arts]
    pred_pairs, pred_countries, details = run_pipeline(articles, args.keep)
    for name, splits in sets.items():
        for split, arts in splits.items():
            for what, key, pred in (("pair", "pairs", pred_pairs), ("country", "countries", pred_countries)):
                gold = {a["id"]: set(a[key]) for a in arts if key in a}
                if not gold:
                    continue
                p, r, f, tp, fp, fn = prf(gold, pred)
                print(
                    f"{name}/{split}: {what} F1 {f:.3f}  precision {p:.3f}  recall {r:.3f}"
                    f"  (articles {len(gold)}, tp {tp}, fp {fp}, fn {fn})"
                )
                if args.details:
                    for k, g in gold.items():
                        got = pred.get(k, set())
                        if got != g:
                            extra = details.get(k) if what == "pair" else ""
                            print(f"  {k}: missed {sorted(g - got)} extra {sorted(got - g)} {extra or ''}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
