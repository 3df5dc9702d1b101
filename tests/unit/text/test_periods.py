"""Periods as dates, flow directions and the values a wording allows (flows/text/numbers)."""

from __future__ import annotations

from datetime import date

import pytest

from flows.text.numbers import extract_facts
from flows.text.numbers.direction import flow_spans
from flows.text.numbers.indicators import counted_lemma, indicator_columns, wording_bounds, written_step
from flows.text.numbers.periods import mention_period, parse_period

PUB = date(2024, 5, 15)


def _p(phrase, published=PUB, modality="actual"):
    p = parse_period(phrase, published, modality)
    return None if p is None else (p.start.isoformat(), p.end.isoformat(), p.label, p.granularity)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("за 2011 год", ("2011-01-01", "2011-12-31", "2011", "year")),
        ("в 2019 году", ("2019-01-01", "2019-12-31", "2019", "year")),
        ("по итогам 2023 года", ("2023-01-01", "2023-12-31", "2023", "year")),
        ("по итогам 2022 г.", ("2022-01-01", "2022-12-31", "2022", "year")),
        ("в 2019-2023 годах", ("2019-01-01", "2023-12-31", "2019/2023", "years")),
        ("в январе-апреле 2021 года", ("2021-01-01", "2021-04-30", "2021-01/2021-04", "months")),
        ("в феврале–мае 2018 г.", ("2018-02-01", "2018-05-31", "2018-02/2018-05", "months")),
        ("в январе-марте 2022 года", ("2022-01-01", "2022-03-31", "2022-Q1", "quarter")),
        ("в январе-июне 2017 года", ("2017-01-01", "2017-06-30", "2017-H1", "half")),
        ("в сентябре 2020 года", ("2020-09-01", "2020-09-30", "2020-09", "month")),
        ("в I квартале 2020 года", ("2020-01-01", "2020-03-31", "2020-Q1", "quarter")),
        ("во II квартале 2019 года", ("2019-04-01", "2019-06-30", "2019-Q2", "quarter")),
        ("за 3-й квартал 2016 года", ("2016-07-01", "2016-09-30", "2016-Q3", "quarter")),
        ("в четвертом квартале 2015 года", ("2015-10-01", "2015-12-31", "2015-Q4", "quarter")),
        ("за второе полугодие 2022 года", ("2022-07-01", "2022-12-31", "2022-H2", "half")),
        ("за 7 месяцев 2023 года", ("2023-01-01", "2023-07-31", "2023-01/2023-07", "months")),
        ("за девять месяцев 2019 года", ("2019-01-01", "2019-09-30", "2019-01/2019-09", "months")),
        # other languages
        ("у студзені-сакавіку 2023 года", ("2023-01-01", "2023-03-31", "2023-Q1", "quarter")),
        ("у січні-квітні 2022 року", ("2022-01-01", "2022-04-30", "2022-01/2022-04", "months")),
        ("w styczniu-maju 2021 r.", ("2021-01-01", "2021-05-31", "2021-01/2021-05", "months")),
        ("w 2020 roku", ("2020-01-01", "2020-12-31", "2020", "year")),
        ("in the second quarter of 2021", ("2021-04-01", "2021-06-30", "2021-Q2", "quarter")),
        ("in January-October 2019", ("2019-01-01", "2019-10-31", "2019-01/2019-10", "months")),
        ("for the first eight months of 2018", ("2018-01-01", "2018-08-31", "2018-01/2018-08", "months")),
        ("Q3 2022", ("2022-07-01", "2022-09-30", "2022-Q3", "quarter")),
        ("in May 2020", ("2020-05-01", "2020-05-31", "2020-05", "month")),
    ],
)
def test_explicit_periods(phrase, expected):
    assert _p(phrase) == expected
    assert _p(phrase, None) == expected  # an explicit year needs no publication date


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("в прошлом году", date(2021, 3, 2), ("2020-01-01", "2020-12-31", "2020", "year")),
        ("по итогам минувшего года", date(2019, 1, 30), ("2018-01-01", "2018-12-31", "2018", "year")),
        ("по прошлому году", date(2022, 7, 1), ("2021-01-01", "2021-12-31", "2021", "year")),
        ("в позапрошлом году", date(2022, 7, 1), ("2020-01-01", "2020-12-31", "2020", "year")),
        (
            "за январь-апрель прошлого года",
            date(2023, 2, 1),
            ("2022-01-01", "2022-04-30", "2022-01/2022-04", "months"),
        ),
        ("last year", date(2020, 6, 1), ("2019-01-01", "2019-12-31", "2019", "year")),
        # last year and the year before in each language: uk, be, pl, en
        ("торік", date(2020, 6, 1), ("2019-01-01", "2019-12-31", "2019", "year")),
        ("Торік", date(2020, 6, 1), ("2019-01-01", "2019-12-31", "2019", "year")),
        ("летась", date(2020, 6, 1), ("2019-01-01", "2019-12-31", "2019", "year")),
        ("w zeszłym roku", date(2020, 6, 1), ("2019-01-01", "2019-12-31", "2019", "year")),
        ("позаторік", date(2020, 6, 1), ("2018-01-01", "2018-12-31", "2018", "year")),
        ("пазалетась", date(2020, 6, 1), ("2018-01-01", "2018-12-31", "2018", "year")),
        ("the year before last", date(2020, 6, 1), ("2018-01-01", "2018-12-31", "2018", "year")),
        ("торік", None, None),  # relative to an unknown date: not guessed
        ("у мінулым годзе", date(2020, 6, 1), ("2019-01-01", "2019-12-31", "2019", "year")),
        ("w ubiegłym roku", date(2020, 6, 1), ("2019-01-01", "2019-12-31", "2019", "year")),
        (
            "с начала года",
            date(2023, 8, 20),
            ("2023-01-01", "2023-08-20", "2023-01-01/2023-08-20", "year_to_date"),
        ),
        (
            "с начала 2023 года",
            date(2023, 8, 20),
            ("2023-01-01", "2023-08-20", "2023-01-01/2023-08-20", "year_to_date"),
        ),
        ("с начала 2022 года", date(2023, 8, 20), None),  # its end is not told
        (
            "od początku roku",
            date(2021, 4, 9),
            ("2021-01-01", "2021-04-09", "2021-01-01/2021-04-09", "year_to_date"),
        ),
        (
            "в текущем году",
            date(2022, 10, 3),
            ("2022-01-01", "2022-10-03", "2022-01-01/2022-10-03", "year_to_date"),
        ),
        # a part of a year without its year: the last one that has ended by the publication month
        ("в январе-апреле", date(2021, 5, 12), ("2021-01-01", "2021-04-30", "2021-01/2021-04", "months")),
        ("в январе-апреле", date(2021, 4, 28), ("2021-01-01", "2021-04-30", "2021-01/2021-04", "months")),
        ("в ноябре", date(2021, 1, 12), ("2020-11-01", "2020-11-30", "2020-11", "month")),
        ("за первое полугодие", date(2019, 8, 1), ("2019-01-01", "2019-06-30", "2019-H1", "half")),
        ("за первое полугодие", date(2019, 3, 1), ("2018-01-01", "2018-06-30", "2018-H1", "half")),
        ("за 7 месяцев", date(2022, 8, 30), ("2022-01-01", "2022-07-31", "2022-01/2022-07", "months")),
        ("за 10 месяцев", date(2022, 8, 30), ("2021-01-01", "2021-10-31", "2021-01/2021-10", "months")),
        ("в IV квартале", date(2022, 2, 10), ("2021-10-01", "2021-12-31", "2021-Q4", "quarter")),
    ],
)
def test_relative_periods_use_the_publication_date(phrase, published, expected):
    assert _p(phrase, published) == expected
    assert _p(phrase, None) is None  # no date of its own: never guessed


def test_plans_take_the_next_part_of_a_year():
    assert _p("в декабре", date(2021, 10, 1), "target")[2] == "2021-12"
    assert _p("в декабре", date(2021, 10, 1), "actual")[2] == "2020-12"
    assert _p("в I квартале", date(2021, 10, 1), "forecast")[2] == "2022-Q1"
    assert _p("в этом году", date(2021, 10, 1), "forecast") == ("2021-01-01", "2021-12-31", "2021", "year")


@pytest.mark.parametrize(
    "phrase",
    [
        "за последние 5 лет",
        "в течение трех лет",
        "на протяжении 10 лет",
        "по итогам года",
        "",
        None,
        "за 2015-2012 годы",
        # months back from a day the text does not fix: no quarter, no half
        "за последние три месяца",
        "за минувшие 6 месяцев",
        "за прошедшие два месяца",
        "in the last three months",
        "over the past six months",
        "за останні три місяці",
        "за апошнія чатыры месяцы",
        "w ciągu ostatnich trzech miesięcy",
    ],
)
def test_no_fixed_period(phrase):
    assert _p(phrase) is None


@pytest.mark.parametrize(
    ("text", "quote_start", "period"),
    [
        (
            "Імпарт з Кітая ў студзені-сакавіку 2023 года склаў 1,2 млрд долараў.",
            "1,2",
            "ў студзені-сакавіку 2023 года",
        ),
        (
            "Exports to China reached $2.3 billion in 2021, up from $1.9 billion in May 2020.",
            "$2.3",
            "in 2021",
        ),
        (
            "Exports to China reached $2.3 billion in 2021, up from $1.9 billion in May 2020.",
            "$1.9",
            "in May 2020",
        ),
        ("They may trade $5 billion.", "$5", None),  # the modal is no month
        ("Товарообіг між Україною та Польщею торік становив 2,5 млрд доларів.", "2,5", "торік"),
        ("Експорт до Китаю цьогоріч сягнув 300 млн доларів.", "300", "цьогоріч"),
        ("Тавараабарот летась склаў 120 млн долараў.", "120", "летась"),
        ("Eksport w zeszłym roku wyniósł 300 mln dolarów.", "300", "w zeszłym roku"),
        # Russian phrases are read as before; a Ukrainian word does not make a Russian one
        ("В прошлом году экспорт составил $3 млрд.", "$3", "В прошлом году"),
        ("Экспорт составил $3 млрд, в 2024 выйдет отчет.", "$3", None),
    ],
)
def test_the_extractor_reads_periods_of_every_language(text, quote_start, period):
    """One rule finds a fact's period phrase (the extractor's), Russian and other languages alike."""
    (fact,) = [f for f in extract_facts(text) if f.quote.startswith(quote_start) or quote_start in f.quote]
    assert fact.period == period


def test_last_year_in_ukrainian_becomes_dates_from_the_article_date():
    text = "Товарообіг між Україною та Польщею торік становив 2,5 млрд доларів."
    (fact,) = extract_facts(text)
    p = mention_period(fact.period, date(2024, 3, 1), fact.modality, "money")
    assert (p.start, p.end, p.label) == (date(2023, 1, 1), date(2023, 12, 31), "2023")


def test_counts_without_a_period_are_as_of_the_publication():
    text = "Подписано 30 межрегиональных соглашений."
    f = extract_facts(text)[0]
    p = mention_period(f.period, date(2022, 3, 4), f.modality, "count")
    assert (p.start, p.end, p.label, p.granularity) == (
        date(2022, 3, 4),
        date(2022, 3, 4),
        "as of 2022-03-04",
        "as_of",
    )
    assert mention_period(f.period, None, f.modality, "count") is None
    assert mention_period(None, date(2022, 3, 4), "actual", "money") is None


def _sides(text: str, quote_start: str):
    facts = [f for f in extract_facts(text) if quote_start in f.quote]
    assert facts, text
    f = facts[0]
    s = flow_spans(text, f.char_start, f.char_end, f.metric)
    return (
        f.metric,
        text[s.origin[0] : s.origin[1]] if s.origin else None,
        text[s.destination[0] : s.destination[1]] if s.destination else None,
    )


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        (
            "Экспорт белорусских товаров в Китай в 2023 году составил 1,5 млрд долларов.",
            "1,5",
            ("export", "белорусских", "Китай"),
        ),
        (
            "В 2022 году экспорт казахстанской продукции в Россию вырос до 9 млрд долларов.",
            "9 млрд",
            ("export", "казахстанской", "Россию"),
        ),
        ("Импорт из Китая за 2021 год составил 4 млрд долларов.", "4 млрд", ("import", "Китая", None)),
        (
            "Российский импорт из Турции составил 20 млрд долларов.",
            "20 млрд",
            ("import", "Турции", "Российский"),
        ),
        (
            "Экспорт из Беларуси во Вьетнам в 2020 году составил 120 млн долларов.",
            "120",
            ("export", "Беларуси", "Вьетнам"),
        ),
        (
            "Белорусский экспорт на Кубу составил 30 млн долларов.",
            "30 млн",
            ("export", "Белорусский", "Кубу"),
        ),
        (
            "Exports from Poland to Ukraine reached $6.5 billion in 2022.",
            "$6.5",
            ("export", "Poland", "Ukraine"),
        ),
        ("Экспорт в 2022 г. в Египет составил 0,5 млрд долларов.", "0,5", ("export", None, "Египет")),
        # two flows in one sentence, each with its own clause
        (
            "Экспорт в Китай составил 2 млрд долларов, а импорт из Китая — 6 млрд долларов.",
            "6 млрд",
            ("import", "Китая", None),
        ),
        (
            "Экспорт в Китай составил 2 млрд долларов, а импорт из Китая — 6 млрд долларов.",
            "2 млрд",
            ("export", None, "Китай"),
        ),
        # a month after "в" is no destination
        ("Экспорт в январе 2023 года составил 70 млн долларов.", "70", ("export", None, None)),
        # English: "the" before a name, and a possessive before the flow word
        ("India's exports to the UAE climbed to $35.6 billion.", "$35.6", ("export", "India", "UAE")),
        ("Imports from the UAE were about $48 billion.", "$48", ("import", "UAE", None)),
        (
            "China's crude imports from Russia rose to 108 million tonnes.",
            "108",
            ("import", "Russia", "China"),
        ),
        (
            "Exports from the United States to Mexico reached $334 billion.",
            "$334",
            ("export", "United", "Mexico"),
        ),
        # Polish: "na" before a destination, and ", a" opens the next flow's clause
        (
            "W 2024 r. eksport z Polski na Ukrainę wyniósł 4,9 mld euro, a import z Ukrainy - 3,1 mld euro.",
            "3,1",
            ("import", "Ukrainy", None),
        ),
        (
            "W 2024 r. eksport z Polski na Ukrainę wyniósł 4,9 mld euro, a import z Ukrainy - 3,1 mld euro.",
            "4,9",
            ("export", "Polski", "Ukrainę"),
        ),
    ],
)
def test_flow_sides(text, quote, expected):
    assert _sides(text, quote) == expected


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        # two flows coordinated in one sentence: each keeps its own side phrases and its own metric
        (
            "Exports from Poland to Ukraine reached EUR 4.9 billion, and imports from Ukraine - EUR 3.1 billion.",
            "EUR 3.1",
            ("import", "Ukraine", None),
        ),
        (
            "Exports from Latvia reached EUR 2.2 billion and imports from Estonia EUR 1.7 billion.",
            "EUR 2.2",
            ("export", "Latvia", None),
        ),
        (
            "Exports from Latvia reached EUR 2.2 billion and imports from Estonia EUR 1.7 billion.",
            "EUR 1.7",
            ("import", "Estonia", None),
        ),
        (
            "Экспорт из Армении составил 0,8 млрд долларов, импорт из Ирана — 0,6 млрд долларов.",
            "0,6",
            ("import", "Ирана", None),
        ),
        (
            "Импорт из Турции вырос до 7 млрд долларов, экспорт в Турцию — до 4 млрд долларов.",
            "до 4",
            ("export", None, "Турцию"),
        ),
        (
            "India's imports from Qatar rose to $9 billion while exports to Qatar fell to $2 billion.",
            "rose to",
            ("import", "Qatar", "India"),
        ),
        (
            "India's imports from Qatar rose to $9 billion while exports to Qatar fell to $2 billion.",
            "fell to",
            ("export", None, "Qatar"),
        ),
        (
            "Експорт з Грузії становив 1,1 млрд доларів і імпорт з Вірменії 0,9 млрд доларів.",
            "1,1",
            ("export", "Грузії", None),
        ),
    ],
)
def test_coordinated_flows_keep_their_own_sides(text, quote, expected):
    assert _sides(text, quote) == expected


def test_only_flows_have_sides():
    text = "Товарооборот Беларуси с Китаем в 2023 году составил 8 млрд долларов."
    f = extract_facts(text)[0]
    assert f.metric == "trade_turnover"
    s = flow_spans(text, f.char_start, f.char_end, f.metric)
    assert s.origin is None and s.destination is None


@pytest.mark.parametrize(
    ("number_text", "value", "step"),
    [
        ("38,6 млрд", 38.6e9, 1e8),
        ("39 млрд", 39e9, 1e9),
        ("40", 40, 10),
        ("1 500", 1500, 100),
        ("2.35", 2.35, 0.01),
        ("пятью", 5, 0),
    ],
)
def test_written_step(number_text, value, step):
    assert written_step(number_text, value) == pytest.approx(step)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("составил 38,6 млрд долларов", 38.55e9, 38.65e9),
        ("составил почти 39 млрд долларов", 38e9, 40e9),
        ("превысил 2 млрд долларов", 2e9, 3e9),
        ("составил менее 700 млн долларов", 600e6, 700e6),
        ("от 10 до 11 млрд долларов", 10e9, 11e9),
        ("подписано 30 соглашений", 30, 30),
        ("около 40 предприятий", 36, 44),
    ],
)
def test_wording_bounds(text, low, high):
    f = extract_facts(text)[0]
    lo, hi = wording_bounds(f)
    assert lo == pytest.approx(low) and hi == pytest.approx(high)


def test_rounded_restatements_overlap_and_conflicts_do_not():
    def bounds(text):
        return wording_bounds(extract_facts(text)[0])

    def overlap(a, b):
        return max(a[0], b[0]) <= min(a[1], b[1])

    assert overlap(bounds("почти 39 млрд долларов"), bounds("38,6 млрд долларов"))
    assert overlap(bounds("более 2 млрд долларов"), bounds("2,3 млрд долларов"))
    assert not overlap(bounds("1,1 млрд долларов"), bounds("1,6 млрд долларов"))
    assert not overlap(bounds("более 2 млрд долларов"), bounds("1,9 млрд долларов"))


def test_indicator_columns_of_a_body_fact():
    body = "Вступление. Экспорт белорусских товаров в Китай в прошлом году составил 2,3 млрд долларов."
    sentences = [(0, 0, 12, body[:12]), (1, 12, len(body), body[12:])]
    f = extract_facts(body)[0]
    row = indicator_columns(f, body, None, sentences, 1, "body", date(2024, 2, 1))
    assert (row["period_start"], row["period_end"]) == (date(2023, 1, 1), date(2023, 12, 31))
    assert (row["period_label"], row["period_granularity"]) == ("2023", "year")
    assert body[row["origin_start"] : row["origin_end"]] == "белорусских"
    assert body[row["destination_start"] : row["destination_end"]] == "Китай"
    assert (row["wording_low"], row["wording_high"]) == pytest.approx((2.25e9, 2.35e9))
    undated = indicator_columns(f, body, None, sentences, 1, "body", None)
    assert [undated[c] for c in ("period_start", "period_end", "period_label", "period_granularity")] == [
        None
    ] * 4


def test_counted_lemma_ignores_case_endings():
    assert counted_lemma("пятью дипломатическими точками") == counted_lemma("пять дипломатических точек")
    assert counted_lemma("казахских компаний") != counted_lemma("субъектов хозяйствования")
    assert counted_lemma("joint ventures") == "joint ventures"
    assert counted_lemma(None) is None


def test_indicator_columns_are_the_declared_columns_a_fact_lacks():
    """Staging takes every number-mention column by name: the fact's attributes, the position
    given by staging, and these; each declared column comes from exactly one of them."""
    import dataclasses

    from flows.schema import staged_columns
    from flows.text.numbers.types import NumberFact

    body = "Товарооборот Беларуси и Китая в 2023 году составил 8,5 млрд долларов."
    f = extract_facts(body)[0]
    row = indicator_columns(f, body, None, [(0, 0, len(body), body)], 0, "body", date(2024, 2, 1))
    from_fact = {x.name for x in dataclasses.fields(NumberFact)}
    given = {"article_id", "mention_idx", "sentence_idx", "source_field"}
    declared = set(staged_columns()["number_mentions"])
    assert set(row) == declared - from_fact - given
    assert not set(row) & from_fact


@pytest.mark.parametrize(
    ("text", "period", "label"),
    [
        # a month range written with an em dash, with or without spaces: the whole range
        (
            "Экспорт за январь—октябрь 2026 года составил 300 млрд долларов.",
            "за январь—октябрь 2026 года",
            "2026-01/2026-10",
        ),
        (
            "Товарооборот в январе — сентябре составил 37,2 млрд долларов.",
            "в январе — сентябре",
            "2026-01/2026-09",
        ),
        ("За 2024—2025 годы товарооборот составил 5 млрд долларов.", "За 2024—2025 годы", "2024/2025"),
        # a month or part of a year "of last year": that year's, not this year's nor the whole year
        ("В марте прошлого года экспорт составил 500 млн долларов.", "В марте прошлого года", "2025-03"),
        (
            "За январь-август минувшего года импорт вырос на 4%.",
            "За январь-август минувшего года",
            "2025-01/2025-08",
        ),
        (
            "Во втором квартале позапрошлого года поставки составили 2 млн тонн.",
            "Во втором квартале позапрошлого года",
            "2024-Q2",
        ),
        ("W marcu ubiegłego roku eksport wyniósł 500 mln euro.", "W marcu ubiegłego roku", "2025-03"),
        ("У березні минулого року експорт склав 500 млн доларів.", "У березні минулого року", "2025-03"),
        ("In March last year exports reached $500 million.", "In March last year", "2025-03"),
        ("В марте экспорт составил 500 млн долларов.", "В марте", "2026-03"),
    ],
)
def test_month_ranges_with_dashes_and_months_of_last_year(text: str, period: str, label: str) -> None:
    (fact,) = [f for f in extract_facts(text) if f.unit != "times"][:1]
    assert fact.period == period
    parsed = parse_period(fact.period, date(2026, 12, 1))
    assert parsed is not None and parsed.label == label


@pytest.mark.parametrize(
    ("text", "period", "label"),
    [
        # "по итогам" + the months of a year so far, by their names (genitive) or their number
        (
            "Товарооборот по итогам марта-июля 2026 года превысил 4 млрд долларов.",
            "по итогам марта-июля 2026 года",
            "2026-03/2026-07",
        ),
        ("По итогам января — мая импорт составил $80,5 млн.", "По итогам января — мая", "2026-01/2026-05"),
        ("По итогам февраля—апреля экспорт вырос на 6%.", "По итогам февраля—апреля", "2026-02/2026-04"),
        (
            "По итогам восьми месяцев 2025 года поставки составили 3 млн тонн.",
            "По итогам восьми месяцев 2025 года",
            "2025-01/2025-08",
        ),
        (
            "По итогам первых семи месяцев экспорт составил 900 млн евро.",
            "По итогам первых семи месяцев",
            "2026-01/2026-07",
        ),
        (
            "По итогам августа прошлого года импорт составил 70 млн долларов.",
            "По итогам августа прошлого года",
            "2025-08",
        ),
        (
            "По итогам 10 месяцев товарооборот составил 2 млрд долларов.",
            "По итогам 10 месяцев",
            "2026-01/2026-10",
        ),
    ],
)
def test_po_itogam_with_months(text: str, period: str, label: str) -> None:
    (fact,) = [f for f in extract_facts(text) if f.unit != "times"][:1]
    assert fact.period == period
    parsed = parse_period(fact.period, date(2026, 12, 1))
    assert parsed is not None and parsed.label == label


def test_po_itogam_of_an_event_is_no_period() -> None:
    (fact,) = extract_facts("По итогам переговоров стороны подписали контракты на 2 млрд долларов.")
    assert fact.period is None


@pytest.mark.parametrize(
    ("text", "period", "label"),
    [
        # the same formula in Ukrainian, Belarusian and Polish
        (
            "За підсумками лютого-серпня 2026 року товарообіг склав 3 млрд доларів.",
            "За підсумками лютого-серпня 2026 року",
            "2026-02/2026-08",
        ),
        (
            "За підсумками восьми місяців експорт склав 700 млн доларів.",
            "За підсумками восьми місяців",
            "2026-01/2026-08",
        ),
        ("За підсумками 2024 року експорт склав 700 млн доларів.", "За підсумками 2024 року", "2024"),
        (
            "Па выніках студзеня-ліпеня экспарт склаў 300 млн долараў.",
            "Па выніках студзеня-ліпеня",
            "2026-01/2026-07",
        ),
        ("Па выніках 2024 года экспарт склаў 300 млн долараў.", "Па выніках 2024 года", "2024"),
        (
            "Po siedmiu miesiącach 2025 roku eksport wyniósł 4 mld euro.",
            "Po siedmiu miesiącach 2025 roku",
            "2025-01/2025-07",
        ),
        ("Za 8 miesięcy eksport wyniósł 4 mld euro.", "Za 8 miesięcy", "2026-01/2026-08"),
    ],
)
def test_results_of_months_in_other_languages(text: str, period: str, label: str) -> None:
    (fact,) = [f for f in extract_facts(text) if f.unit != "times"][:1]
    assert fact.period == period
    parsed = parse_period(fact.period, date(2026, 12, 1))
    assert parsed is not None and parsed.label == label


@pytest.mark.parametrize(
    ("text", "period", "label"),
    [
        # "месяцев" abbreviated: the months of a year so far, no count of months as a fact
        ("За 11 мес. 2025 г. экспорт составил 2 млрд долларов.", "За 11 мес. 2025 г.", "2025-01/2025-11"),
        ("За 5 мес. импорт вырос на 3%.", "За 5 мес.", "2026-01/2026-05"),
        ("За 8 міс. 2025 р. експорт склав 2 млрд доларів.", "За 8 міс. 2025 р.", "2025-01/2025-08"),
        ("Za 10 mies. 2025 r. eksport wyniósł 2 mld euro.", "Za 10 mies. 2025 r.", "2025-01/2025-10"),
        ("У 2024 р. експорт склав 2 млрд доларів.", "У 2024 р.", "2024"),
    ],
)
def test_abbreviated_months(text: str, period: str, label: str) -> None:
    (fact,) = extract_facts(text)
    assert fact.period == period
    parsed = parse_period(fact.period, date(2026, 12, 1))
    assert parsed is not None and parsed.label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the year that is ending is this year, so far; the year that has ended is last year
        ("В уходящем году экспорт превысил 3 млрд долларов.", "2026-01-01/2026-12-01"),
        ("В истекшем году импорт составил 700 млн долларов.", "2025"),
        ("За истекший год инвестиции составили 1 млрд долларов.", "2025"),
        # "since the start of the current year"
        ("С начала текущего года экспорт вырос на 12%.", "2026-01-01/2026-12-01"),
        ("С начала этого года поставки составили 2 млн тонн.", "2026-01-01/2026-12-01"),
        ("Od początku bieżącego roku eksport wzrósł o 7%.", "2026-01-01/2026-12-01"),
    ],
)
def test_the_year_ending_and_ended(text: str, label: str) -> None:
    (fact,) = extract_facts(text)
    parsed = parse_period(fact.period, date(2026, 12, 1))
    assert parsed is not None and parsed.label == label


@pytest.mark.parametrize(
    "phrase",
    [
        "в прошлом месяце",
        "за минувший месяц",
        "last month",
        "минулого місяця",
        "w ubiegłym miesiącu",
        "у мінулым месяцы",
    ],
)
def test_last_month_is_the_month_before_the_publications(phrase):
    assert _p(phrase, date(2026, 1, 15)) == ("2025-12-01", "2025-12-31", "2025-12", "month")
    assert _p(phrase, date(2024, 3, 31)) == ("2024-02-01", "2024-02-29", "2024-02", "month")
    assert _p(phrase, None) is None  # never guessed without the article's date


def test_last_month_is_the_figures_period_not_a_later_clauses():
    text = "Kazakhstan exported 5.1 million tonnes of crude via CPC last month, down from 5.8 million tonnes in September."
    periods = {f.value: f.period for f in extract_facts(text)}
    assert periods[5.1e6] == "last month"
    facts = extract_facts("Казахстан в прошлом месяце экспортировал 5,1 млн тонн нефти.")
    assert [f.period for f in facts] == ["в прошлом месяце"]
