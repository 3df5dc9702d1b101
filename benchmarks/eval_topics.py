"""Topic and tone quality per press language on the project's own annotated set.

Set ``tests/data/topics_tone/{tune,heldout}.json``: a list of ``{"id", "language", "text",
"topics", "tone", "pairs"}``; ``topics`` are the codes of ``marts.article_topics`` an analyst
would give the article, ``tone`` maps each pair (``"AA-BB"``, alphabetical) to the tone of
``marts.dyad_tone`` (cooperative, conflictual, mixed, neutral). The same twelve news items are
written in each of the six press languages (ru, uk, be, pl, kk, en), so the Russian figures are
the mark the other languages are held to. ``tune`` shaped the keyword vocabulary, ``heldout``
did not.

Predictions: the real pipeline (Prefect flow -> dbt -> marts) over all texts at once
(``benchmarks.eval_dyads.build_warehouse``).

    python -m benchmarks.eval_topics [--details] [--dump FILE] [--set topics_tone] [--set dyads] ...

Prints, per split and language: topic precision / recall / F1 over (article, topic), articles
whose topics are exactly right, and tone accuracy over the gold (article, pair) (a pair the
pipeline did not find counts as wrong; ``pairs found`` says how many it found). ``--dump`` writes
every article's topics and every dyad's tone of the sets read (by title and detected language) as
JSON, to compare two versions of the rules.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from collections import defaultdict
from pathlib import Path

import duckdb

from benchmarks.eval_dyads import build_warehouse, load_set, prf


def read_predictions(wh: Path) -> dict[str, dict]:
    """``{title: {"language", "topics": [...], "tone": {"AA-BB": tone}, "tone_counts": {...}}}``
    of every article of the warehouse ``wh``."""
    con = duckdb.connect(str(wh), read_only=True)
    try:
        out: dict[str, dict] = {
            title: {"language": language, "topics": [], "tone": {}, "tone_counts": {}}
            for title, language in con.execute("select title, language from marts.articles").fetchall()
        }
        for title, topic in con.execute(
            "select a.title, t.topic from marts.article_topics t join marts.articles a using (article_id)"
            " order by 1, 2"
        ).fetchall():
            out[title]["topics"].append(topic)
        for title, a, b, tone, vc, mc, vf, mf in con.execute(
            "select a.title, t.country_a, t.country_b, t.tone, t.verbal_cooperation_count,"
            " t.material_cooperation_count, t.verbal_conflict_count, t.material_conflict_count"
            " from marts.dyad_tone t join marts.articles a using (article_id) order by 1, 2, 3"
        ).fetchall():
            out[title]["tone"][f"{a}-{b}"] = tone
            out[title]["tone_counts"][f"{a}-{b}"] = [vc, mc, vf, mf]
    finally:
        con.close()
    return out


def score(arts: list[dict], pred: dict[str, dict]) -> dict[str, float | int]:
    """Topic P/R/F1 and exact-set count, tone accuracy and pairs found over ``arts`` (gold)."""
    gold_topics = {a["id"]: set(a["topics"]) for a in arts}
    pred_topics = {k: set(pred.get(k, {}).get("topics", [])) for k in gold_topics}
    p, r, f, *_ = prf(gold_topics, pred_topics)
    exact = sum(gold_topics[k] == pred_topics[k] for k in gold_topics)
    pairs = right = found = 0
    for a in arts:
        got = pred.get(a["id"], {}).get("tone", {})
        for pair, tone in a["tone"].items():
            pairs += 1
            found += pair in got
            right += got.get(pair) == tone
    return {
        "articles": len(arts),
        "topic_p": p,
        "topic_r": r,
        "topic_f1": f,
        "topic_exact": exact,
        "tone_acc": right / pairs if pairs else 1.0,
        "tone_right": right,
        "pairs": pairs,
        "pairs_found": found,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", action="append", dest="sets", help="extra set under tests/data to run and dump")
    ap.add_argument("--details", action="store_true", help="print every article whose topics or tone differ")
    ap.add_argument("--dump", type=Path, help="write the predictions of every article read as JSON here")
    ap.add_argument("--keep", type=Path, help="leave the warehouse in this (new) directory")
    args = ap.parse_args(argv)
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    names = ["topics_tone", *[s for s in args.sets or [] if s != "topics_tone"]]
    sets = {name: load_set(name) for name in names}
    articles = [a for splits in sets.values() for arts in splits.values() for a in arts]
    with tempfile.TemporaryDirectory() as scratch:
        wh = build_warehouse(articles, Path(args.keep or scratch))
        pred = read_predictions(wh)
    if args.dump:
        args.dump.write_text(
            json.dumps(pred, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
    for split, arts in sets["topics_tone"].items():
        by_language: dict[str, list[dict]] = defaultdict(list)
        for a in arts:
            by_language[a["language"]].append(a)
        for language in ("ru", "uk", "be", "pl", "kk", "en"):
            group = by_language.get(language)
            if not group:
                continue
            s = score(group, pred)
            print(
                f"topics_tone/{split} {language}: topic F1 {s['topic_f1']:.3f} (P {s['topic_p']:.3f} R {s['topic_r']:.3f},"
                f" exact {s['topic_exact']}/{s['articles']})  tone accuracy {s['tone_acc']:.3f}"
                f" ({s['tone_right']}/{s['pairs']}, pairs found {s['pairs_found']})"
            )
        if args.details:
            for a in arts:
                got = pred.get(a["id"], {})
                if set(got.get("topics", [])) != set(a["topics"]) or any(
                    got.get("tone", {}).get(k) != v for k, v in a["tone"].items()
                ):
                    print(
                        f"  {a['id']}: topics {got.get('topics')} (gold {a['topics']})"
                        f" tone {got.get('tone')} {got.get('tone_counts')} (gold {a['tone']})"
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
