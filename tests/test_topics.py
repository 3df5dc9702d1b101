"""Topics and tone through the real pipeline: keyword seeds joined to tokens in dbt
(int_keyword_matches -> int_sentence_topics / int_sentence_tone -> article_topics, dyad_topics,
dyad_tone, dyad_tone_timeline)."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from tests.conftest import run_pipeline

pytestmark = pytest.mark.slow

# The `topics` of the gold standard (../shared/seeds/gold.json) for the three seed articles.
GOLD_TOPICS = {
    "000_7cb8a6a600c89242.txt": {"diplomacy", "interregional"},
    "002_f7808c3b0d4d12dc.txt": {"diplomacy", "trade", "interregional"},
    "004_7c970ca002db6d32.txt": {"diplomacy", "interregional", "industrial_cooperation"},
}
# Topics produced beyond gold on the seeds. None today: 002's "7 сборочных производств" is one
# phrase (industrial_cooperation in one sentence) and 004 names trade only in passing (3 words,
# 7% of its topic keywords). Listed so that a new extra topic is a decision, not an accident.
EXTRA_TOPICS: dict[str, set[str]] = {name: set() for name in GOLD_TOPICS}

SEED_PAIRS = {
    "000_7cb8a6a600c89242.txt": ("BY", "CN"),
    "002_f7808c3b0d4d12dc.txt": ("BY", "KZ"),
    "004_7c970ca002db6d32.txt": ("BY", "RU"),
}


def _seed_ids(query) -> dict[str, str]:
    rows = query("select article_id, source_uri from marts.articles")
    return {Path(uri).name: aid for aid, uri in rows}


def _topics(query, article_id: str) -> dict[str, list[str]]:
    rows = query("select topic, evidence from marts.article_topics where article_id = ?", article_id)
    return {topic: evidence for topic, evidence in rows}


@pytest.mark.parametrize("name", sorted(GOLD_TOPICS))
def test_seed_topics_match_gold(query, name):
    got = set(_topics(query, _seed_ids(query)[name]))
    assert GOLD_TOPICS[name] <= got
    assert got - GOLD_TOPICS[name] == EXTRA_TOPICS[name]


def test_seed_topic_evidence_is_the_words_as_written(query):
    ids = _seed_ids(query)
    evidence = {name: _topics(query, aid) for name, aid in ids.items()}
    assert {"товарооборота", "товаропроводящую"} <= set(evidence["002_f7808c3b0d4d12dc.txt"]["trade"])
    assert {"Послом", "визита"} <= set(evidence["002_f7808c3b0d4d12dc.txt"]["diplomacy"])
    assert {"побратимов", "Межрегиональные"} <= set(evidence["000_7cb8a6a600c89242.txt"]["interregional"])
    assert "иностранных дел" in evidence["000_7cb8a6a600c89242.txt"]["diplomacy"]
    industrial = set(evidence["004_7c970ca002db6d32.txt"]["industrial_cooperation"])
    assert {"промкооперацию", "импортозамещения", "машиностроения"} <= industrial
    bad = query(
        """select t.topic, w.word
           from marts.article_topics as t
           join marts.articles as a using (article_id),
           unnest(t.evidence) as w(word)
           where not contains(a.body, w.word)"""
    )
    assert bad == []


def test_longest_keyword_wins_a_token(query):
    # "импортозамещения" starts with the trade stem "импорт" but is industrial cooperation
    rows = query(
        """select category, stem from intermediate.int_keyword_matches
           where keyword_set = 'topic' and lower(matched_text) = 'импортозамещения'"""
    )
    assert rows == [("industrial_cooperation", "импортозамещ")]


def test_keyword_offsets_point_into_the_body(query):
    bad = query(
        """select count(*) from intermediate.int_keyword_matches as m join marts.articles as a using (article_id)
           where substr(a.body, m.char_start + 1, m.char_end - m.char_start) != m.matched_text"""
    )
    assert bad == [(0,)]


@pytest.mark.parametrize("name", sorted(GOLD_TOPICS))
def test_seed_dyad_topics(query, name):
    aid = _seed_ids(query)[name]
    a, b = SEED_PAIRS[name]
    got = {
        r[0]
        for r in query(
            "select topic from marts.dyad_topics where article_id = ? and country_a = ? and country_b = ?",
            aid,
            a,
            b,
        )
    }
    assert GOLD_TOPICS[name] <= got <= set(_topics(query, aid))


@pytest.mark.parametrize("name", sorted(SEED_PAIRS))
def test_seed_pairs_are_cooperative(query, name):
    aid = _seed_ids(query)[name]
    a, b = SEED_PAIRS[name]
    rows = query(
        """select tone, goldstein_like, evidence, conflict_evidence from marts.dyad_tone
           where article_id = ? and country_a = ? and country_b = ?""",
        aid,
        a,
        b,
    )
    assert len(rows) == 1
    tone, score, evidence, conflict_evidence = rows[0]
    assert tone == "cooperative"
    assert 0 < score <= 10
    assert any(w.lower().startswith("сотруднич") for w in evidence)
    if name.startswith("004"):
        # "в условиях санкций Беларусь и Россия активизировали углубление интеграции": seen, outweighed
        assert conflict_evidence == ["санкций"]
    else:
        assert conflict_evidence == []


def test_seed_tone_timeline(query):
    rows = query(
        """select country_a, country_b, month_start::varchar, cooperative_article_count, conflictual_article_count,
                  avg_goldstein_like
           from marts.dyad_tone_timeline order by 1, 2"""
    )
    assert [r[:5] for r in rows] == [
        ("BY", "CN", "2025-11-01", 1, 0),
        ("BY", "KZ", "2025-02-01", 1, 0),
        ("BY", "RU", "2023-08-01", 1, 0),
    ]
    assert all(r[5] > 0 for r in rows)


# text -> published date; one article per line of a JSONL inbox
CONFLICT = (
    "Россия и Украина обменялись ракетными ударами, Киев обвинил Москву в эскалации конфликта. "
    "Товарооборот России и Украины сократился, экспорт и импорт упали."
)
NEIGHBOURS = (
    "Президенты Беларуси и Китая провели переговоры в Минске. "
    "Стороны обсудили рост товарооборота и экспорт белорусской продукции. "
    "Погода в тот день была солнечной. "
    "В Москве отдельно обсуждали поставки газа и нефти. "
    "Энергетики подписали контракт на строительство электростанции."
)
MIXED = (
    "Беларусь и Польша договорились о сотрудничестве на границе, "
    "но Варшава продлила санкции и обвинила Минск в провокациях."
)
NEGATED = "Россия и Грузия не договорились о возобновлении авиасообщения."
NEUTRAL = "Между Беларусью и Польшей ходят пассажирские поезда, погода в Минске и Варшаве теплая."
CASES = {
    CONFLICT: "2024-03-05",
    NEIGHBOURS: "2024-03-12",
    MIXED: "2024-04-02",
    NEGATED: "2024-04-03",
    NEUTRAL: "2024-04-20",
}


@pytest.fixture(scope="module")
def tone_warehouse(prefect_harness, tmp_path_factory):
    root = tmp_path_factory.mktemp("tone")
    inbox = root / "inbox"
    inbox.mkdir()
    with (inbox / "tone.jsonl").open("w", encoding="utf-8") as f:
        for i, (text, published) in enumerate(CASES.items()):
            record = {"title": f"case {i}", "text": text, "published": published}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    wh = root / "wh" / "dyad.duckdb"
    summary = run_pipeline(inbox, wh)
    assert summary.files_rejected == 0
    return wh


@pytest.fixture()
def tq(tone_warehouse):
    def _q(sql: str, *params):
        con = duckdb.connect(str(tone_warehouse), read_only=True)
        try:
            return con.execute(sql, list(params)).fetchall()
        finally:
            con.close()

    return _q


def _aid(tq, text: str) -> str:
    (aid,) = tq("select article_id from marts.articles where body = ?", text)[0]
    return aid


def _tone(tq, text: str, a: str, b: str):
    rows = tq(
        """select tone, goldstein_like, evidence, conflict_evidence from marts.dyad_tone
           where article_id = ? and country_a = ? and country_b = ?""",
        _aid(tq, text),
        a,
        b,
    )
    assert len(rows) == 1, rows
    return rows[0]


def test_missile_strikes_are_conflictual(tq):
    tone, score, _, conflict_evidence = _tone(tq, CONFLICT, "RU", "UA")
    assert tone == "conflictual"
    # two material conflict words (-8) and three verbal conflict words (-4): mean -5.6
    assert score == pytest.approx(-5.6)
    assert {"ракетными", "ударами", "обвинил", "эскалации", "конфликта"} == set(conflict_evidence)


def test_trade_sentence_gives_the_dyad_a_trade_topic(tq):
    rows = tq(
        """select topic, evidence from marts.dyad_topics
           where article_id = ? and country_a = 'RU' and country_b = 'UA'""",
        _aid(tq, CONFLICT),
    )
    topics = dict(rows)
    assert "trade" in topics
    assert set(topics["trade"]) == {"Товарооборот", "экспорт", "импорт"}


def test_dyad_topics_use_the_pair_sentences_and_their_neighbours(tq):
    aid = _aid(tq, NEIGHBOURS)
    dyad = {
        r[0]
        for r in tq(
            "select topic from marts.dyad_topics where article_id = ? and country_a = 'BY' and country_b = 'CN'",
            aid,
        )
    }
    article = {r[0] for r in tq("select topic from marts.article_topics where article_id = ?", aid)}
    # trade is in the sentence after the pair's; energy only two sentences further on
    assert dyad == {"trade"}
    assert article == {"trade", "energy"}
    assert _tone(tq, NEIGHBOURS, "BY", "CN")[0] == "cooperative"


def test_mixed_signals_are_mixed(tq):
    tone, score, evidence, conflict_evidence = _tone(tq, MIXED, "BY", "PL")
    assert tone == "mixed"
    # (+3 +3 -8 -4 -4) / 5
    assert score == pytest.approx(-2.0)
    assert {"договорились", "сотрудничестве"} <= set(evidence)
    assert set(conflict_evidence) == {"санкции", "обвинила", "провокациях"}


def test_negated_cooperation_is_not_cooperation(tq):
    tone, score, evidence, _ = _tone(tq, NEGATED, "GE", "RU")
    assert (tone, score, evidence) == ("neutral", 0.0, [])


def test_no_tone_words_is_neutral(tq):
    tone, score, evidence, _ = _tone(tq, NEUTRAL, "BY", "PL")
    assert (tone, score, evidence) == ("neutral", 0.0, [])


def test_tone_timeline_by_month(tq):
    rows = tq(
        """select country_a, country_b, month_start::varchar, article_count, cooperative_article_count,
                  conflictual_article_count, mixed_article_count, neutral_article_count,
                  conflictual_sentence_count, avg_goldstein_like
           from marts.dyad_tone_timeline order by 1, 2, 3"""
    )
    by_key = {r[:3]: r[3:] for r in rows}
    assert by_key[("RU", "UA", "2024-03-01")][:5] == (1, 0, 1, 0, 0)
    assert by_key[("RU", "UA", "2024-03-01")][5] >= 1
    assert by_key[("RU", "UA", "2024-03-01")][6] == pytest.approx(-5.6)
    # one mixed and one neutral article; the neutral one does not dilute the average
    assert by_key[("BY", "PL", "2024-04-01")][:5] == (2, 0, 0, 1, 1)
    assert by_key[("BY", "PL", "2024-04-01")][6] == pytest.approx(-2.0)
    assert by_key[("BY", "CN", "2024-03-01")][1] == 1
