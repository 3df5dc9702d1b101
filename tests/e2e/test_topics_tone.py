"""Topics and tone in every press language: the twelve news items of tests/data/topics_tone, each
written in Russian, Ukrainian, Belarusian, Polish, Kazakh and English, run through the pipeline;
every language gets the topics and the tone the Russian text gets."""

from __future__ import annotations

from collections import defaultdict

import pytest

from benchmarks.eval_dyads import load_set
from benchmarks.eval_topics import read_predictions, score
from tests.conftest import run_on_articles

LANGUAGES = ("ru", "uk", "be", "pl", "kk", "en")


def _articles() -> list[dict]:
    return [a for arts in load_set("topics_tone").values() for a in arts]


def test_topics_tone_set_is_parallel_and_well_formed():
    by_item: dict[str, dict[str, dict]] = defaultdict(dict)
    for a in _articles():
        language, item = a["id"].split("/")[1].split("-")
        assert a["language"] == language
        by_item[item][language] = a
    assert len(by_item) >= 10
    for item, versions in by_item.items():
        assert set(versions) == set(LANGUAGES), item
        golds = {(tuple(v["topics"]), tuple(sorted(v["tone"].items()))) for v in versions.values()}
        assert len(golds) == 1, item  # one gold per news item, whatever the language
        assert all(v["pairs"] == sorted(v["tone"]) for v in versions.values())


@pytest.mark.slow
def test_every_press_language_gets_topics_and_tone(prefect_harness, tmp_path):
    articles = _articles()
    pred = read_predictions(run_on_articles(articles, tmp_path))
    by_language: dict[str, list[dict]] = defaultdict(list)
    for a in articles:
        by_language[a["language"]].append(a)
    scores = {lang: score(by_language[lang], pred) for lang in LANGUAGES}
    ru = scores["ru"]
    assert ru["topic_f1"] == 1.0
    for lang in LANGUAGES:
        s = scores[lang]
        assert s["topic_p"] == 1.0, (lang, s)  # no topic an analyst would not give
        assert s["topic_f1"] >= 0.9, (lang, s)
        # tone, over the pairs the pipeline found (finding them is the country rules' part): the
        # Russian texts miss two, where the cooperation is said in a sentence naming no country
        assert s["tone_right"] >= 0.7 * s["pairs_found"], (lang, s)
    # a conflict reads as conflict in every language (missile strike, sanctions, border provocations)
    for a in articles:
        if "conflictual" in a["tone"].values():
            got = pred[a["id"]]["tone"]
            for pair, tone in a["tone"].items():
                if pair in got:
                    assert got[pair] == tone, (a["id"], got)
