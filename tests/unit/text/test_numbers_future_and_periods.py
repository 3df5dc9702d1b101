"""Future wording and periods of time to come (a forecast, never an actual), period phrases of the
press languages (first months, month ranges, fiscal years, apostrophes), a period referred back to
(``за тот же период``) and hedges of every language."""

from __future__ import annotations

from datetime import date

import pytest

from flows.text.numbers import extract_facts
from flows.text.numbers.periods import mention_period, parse_period

PUBLISHED = date(2026, 11, 30)


def _only(text: str):
    (fact,) = extract_facts(text)
    return fact


def _label(text: str) -> str | None:
    fact = _only(text)
    period = mention_period(fact.period, PUBLISHED, fact.modality)
    return period.label if period is not None else None


@pytest.mark.parametrize(
    "text",
    [
        # Russian future forms, told by the morphology (plural, reflexive, "будет" + infinitive,
        # the figure before its verb)
        "Инвестиции в будущем превысят 2 млрд долларов.",
        "Поставки зерна вырастут до 3 млн тонн.",
        "Объемы торговли достигнут 7 млрд евро.",
        "Экспорт будет составлять около 4 млрд долларов.",
        "5 млрд долларов составят вложения в проект.",
        "Закупки удобрений увеличатся на 12%.",
        # Ukrainian, Belarusian, Polish, Kazakh
        "Імпорт у 2028 році складе 4 млрд євро.",
        "Товарообіг становитиме 6 млрд доларів.",
        "Інвестиції досягнуть 1 млрд доларів.",
        "Экспарт у 2027 годзе складзе 2 мільярды долараў.",
        "Eksport w 2028 r. wyniesie 9 mld zł.",
        "Obroty przekroczą 12 mld euro.",
        "Inwestycje osiągną 3 mld dolarów.",
        "Тауар айналымы 2028 жылы 5 млрд долларға жетеді.",
        # giving, funding, buying: a perfective verb's present is its future
        "Японія надасть Україні 3 млрд доларів.",
        "Уряд виділить на програму 2 млрд гривень.",
        "Niemcy przekażą Ukrainie 100 mln euro.",
        "Polska otrzyma z UE 5 mld euro.",
        "Rząd przeznaczy na obronę 4 mld zł.",
        "ЕС перадасць Украіне 2 млрд еўра.",
        # a period of time to come names a plan or forecast
        "Товарооборот к 2029 году 10 млрд долларов.",
        "Тавараабарот да 2031 года 4 мільярды долараў.",
        "2029 жылға дейін экспорт 3 млрд доллар.",
        "Рост до $700 млн возможен в ближайшие два года.",
        "Trade at $90 billion over the next five years.",
        "Экспорт в следующем году 3 млрд долларов.",
        "Eksport w przyszłym roku 3 mld zł.",
    ],
)
def test_future_wording_is_no_actual(text):
    assert _only(text).modality in ("forecast", "target")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # Kazakh plan and forecast words follow the figure, at the end of its clause
        ("Тауар айналымын 12 млрд долларға жеткізу жоспарланып отыр.", "target"),
        ("Экспортты 3 млрд долларға арттыру міндеті қойылды.", "target"),
        ("Экспорт 2027 жылы 4 млрд доллар болады деп күтілуде.", "forecast"),
        # a cue of another clause is not the figure's
        ("Тауар айналымы 2025 жылы 5 млрд долларды құрады, оны арттыру жоспарлануда.", "actual"),
    ],
)
def test_kazakh_cues_after_the_figure(text, modality):
    assert _only(text).modality == modality


@pytest.mark.parametrize(
    "text",
    [
        "Президенты обсудят торговлю, объем которой в 2025 году составил 5 млрд долларов.",
        "Напомним, экспорт составил 3 млрд долларов.",
        "Рекордный объем в 5 млрд долларов был достигнут в 2024 году.",
        "Товарообіг становить 6 млрд доларів.",
        "Eksport wyniósł 9 mld zł.",
        "Тауар айналымы 2025 жылы 5 млрд долларды құрады.",
        "Тавараабарот склаў 2 мільярды долараў.",
        "Японія надала Україні 3 млрд доларів.",
        "Polska otrzymała z UE 5 mld euro.",
        "Niemcy przekazały Ukrainie 100 mln euro.",
    ],
)
def test_past_and_present_wording_stays_actual(text):
    assert _only(text).modality == "actual"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("За первые семь месяцев 2025 года экспорт составил 2,1 млрд долларов.", "2025-01/2025-07"),
        ("За первые 8 месяцев 2025 года импорт составил 900 млн долларов.", "2025-01/2025-08"),
        # Ukrainian and Belarusian words with ’ (U+2019), ʼ (U+02BC) and '
        ("Експорт за п’ять місяців 2025 року склав 1,2 млрд доларів.", "2025-01/2025-05"),
        ("Експорт за пʼять місяців 2025 року склав 1,2 млрд доларів.", "2025-01/2025-05"),
        ("Імпорт за перші дев’ять місяців 2025 року склав 700 млн доларів.", "2025-01/2025-09"),
        ("Eksport za pierwsze osiem miesięcy 2025 r. wyniósł 4 mld zł.", "2025-01/2025-08"),
        # Polish month ranges in the nominative, and "from ... to ..." ranges of every language
        ("Import w okresie styczeń-czerwiec 2025 r. wyniósł 3 mld euro.", "2025-H1"),
        ("Import od lutego do maja 2025 r. wyniósł 3 mld euro.", "2025-02/2025-05"),
        ("Експорт з січня по серпень 2025 року склав 2 млрд доларів.", "2025-01/2025-08"),
        ("Экспорт с января по сентябрь 2025 года составил 2 млрд долларов.", "2025-01/2025-09"),
        ("Exports from March to June 2025 were $4 billion.", "2025-03/2025-06"),
        # the Belarusian and Kazakh "by" years
        ("Тавараабарот да 2031 года дасягне 4 мільярды долараў.", "2031"),
        ("2029 жылға дейін экспорт 3 млрд долларға жетеді.", "2029"),
        # the year after the publication's
        ("Импорт в будущем году превысит 4 млрд долларов.", "2027"),
        ("Імпорт наступного року складе 4 млрд доларів.", "2027"),
        ("Imports next year will top $4 billion.", "2027"),
    ],
)
def test_period_phrases_of_the_press_languages(text, label):
    assert _label(text) == label


@pytest.mark.parametrize(
    "text",
    [
        # a month after "since"/"od"/"з" alone is no month period (to a day not told)
        "Eksport od marca 2025 r. wyniósł 3 mld euro.",
        "Exports since March 2025 were $4 billion.",
        # fiscal years are not calendar years: read, and given no dates
        "Trade stood at $50 billion in fiscal 2024.",
        "Exports were $12 billion in FY2024.",
        "Exports were $12 billion in FY 2023/24.",
        "Exports were $12 billion in the 2024 fiscal year.",
    ],
)
def test_a_period_that_cannot_be_dated_is_none(text):
    fact = _only(text)
    assert fact.period is not None
    assert mention_period(fact.period, PUBLISHED, fact.modality) is None


def test_a_fiscal_year_is_never_the_calendar_year_of_its_sentence():
    (fact,) = extract_facts("In fiscal 2024 exports were $12 billion, up from 2023.")
    assert fact.period == "In fiscal 2024"
    assert parse_period(fact.period, PUBLISHED) is None


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # the period of the last figure of the same metric, not that of a figure of another subject
        (
            "В январе-июне экспорт составил 4 млрд долларов. В 2023 году открыто 12 предприятий. "
            "Экспорт в Индию за тот же период составил 1 млрд долларов.",
            "В январе-июне",
        ),
        (
            "За 9 месяцев товарооборот вырос до 6 млрд долларов. В 2022 году инвестиции составили 1 млрд долларов. "
            "За аналогичный период товарооборот с Турцией составил 2 млрд долларов.",
            None,  # "аналогичный период" names another period: not referred back to
        ),
        # the year a plan is due is no period referred back to
        (
            "Экспорт за январь-июнь составил 3 млрд долларов. Стороны намерены довести экспорт до 10 млрд "
            "долларов к 2030 году. Экспорт в Турцию за тот же период составил 1 млрд долларов.",
            "за январь-июнь",
        ),
        # another flow of the same trade carries its period
        (
            "У першому півріччі 2025 року експорт склав 3 млрд доларів. Імпорт за той же період склав 2 млрд доларів.",
            "У першому півріччі 2025 року",
        ),
        # no figure of the subject before, and the sentence before has a figure of another subject
        (
            "В 2024 году подписано 20 соглашений. Импорт за этот период составил 5 млрд долларов.",
            None,
        ),
        (
            "Exports reached $4 billion in 2024. In 2023, 15 agreements were signed. "
            "Imports in the same period were $2 billion.",
            "in 2024",
        ),
    ],
)
def test_a_period_referred_back_to_is_that_of_the_same_subject(text, period):
    assert extract_facts(text)[-1].period == period


@pytest.mark.parametrize(
    ("text", "comparator", "value"),
    [
        ("Exports totalled roughly $7 billion.", "~", 7e9),
        ("An estimated $3 billion was invested.", "~", 3e9),
        ("Investment reached some $8 billion.", "~", 8e9),
        ("Trade came close to $40 billion.", "~", 4e10),
        ("Eksport wyniósł ok. 6 mld zł.", "~", 6e9),
        ("Eksport wyniósł rzędu 6 mld zł.", "~", 6e9),
        ("Экспарт склаў прыкладна 3 мільярды долараў.", "~", 3e9),
        ("Експорт склав десь 3 млрд доларів.", "~", 3e9),
        ("Экспорт шамамен 2 млрд доллар.", "~", 2e9),
        # one and a half before a scale word in be, uk, pl
        ("Экспарт склаў паўтара мільярда долараў.", "=", 1.5e9),
        ("Експорт склав півтора мільярда доларів.", "=", 1.5e9),
        ("Eksport wyniósł półtora miliarda euro.", "=", 1.5e9),
    ],
)
def test_hedges_and_one_and_a_half_of_every_language(text, comparator, value):
    fact = _only(text)
    assert (fact.comparator, fact.value) == (comparator, pytest.approx(value))


@pytest.mark.parametrize(
    "text",
    [
        # a plan, intent or estimate of another clause says nothing of a figure whose own verb is past
        "Стороны намерены развивать сотрудничество, ведь товарооборот в 2025 году составил 3 млрд долларов.",
        "По оценкам аналитиков, в 2025 году товарооборот составил 3 млрд долларов.",
        "Стороны обсудили планы на будущее, отметив, что экспорт вырос до 2 млрд долларов.",
        "Минск стремится диверсифицировать поставки, поскольку импорт газа из России достиг 20 млрд кубометров.",
    ],
)
def test_a_figure_whose_own_verb_is_past_is_actual(text: str) -> None:
    facts = [f for f in extract_facts(text) if f.unit in ("USD", "cubic_meters")]
    assert facts and all(f.modality == "actual" for f in facts), facts


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # the plan governs the figure in its own clause, or the verb before it is a modal's auxiliary
        ("Стороны договорились довести товарооборот до 5 млрд долларов.", "target"),
        ("В 2025 году стороны планировали довести товарооборот до 5 млрд долларов.", "target"),
        ("Планируется, что товарооборот достигнет 5 млрд долларов.", "target"),
        ("По прогнозу, товарооборот вырастет до 5 млрд долларов.", "forecast"),
        ("Планировалось, что поставки должны были составить 5 млрд долларов.", "target"),
    ],
)
def test_a_plan_of_the_figures_own_clause_still_governs_it(text: str, modality: str) -> None:
    facts = [f for f in extract_facts(text) if f.unit == "USD"]
    assert [f.modality for f in facts] == [modality], facts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Годовой товарооборот составил 5 млрд долларов США, а к 2030 году может вырасти вдвое.", 5e9),
        (
            "Товарооборот составил 3 млрд долларов, и стороны договорились довести его до 5 млрд к 2030 году.",
            3e9,
        ),
        ("Exports reached $2 billion, and they are expected to double by 2030.", 2e9),
    ],
)
def test_a_time_to_come_of_a_later_clause_is_no_period_of_a_figure_before_it(text: str, value: float) -> None:
    (fact,) = [f for f in extract_facts(text) if f.value == value]
    assert fact.period is None and fact.modality == "actual", fact


def test_a_time_to_come_after_a_comma_of_the_same_clause_stays_the_figures_period() -> None:
    text = "Рост товарооборота в полтора раза, до 4 млрд долларов, ожидается к 2030 году."
    (fact,) = [f for f in extract_facts(text) if f.unit == "USD"]
    assert fact.period == "к 2030 году" and fact.modality == "forecast"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("В первой половине года товарооборот составил 2 млрд долларов.", "2026-H1"),
        ("Во второй половине 2025 года экспорт составил 1 млрд долларов.", "2025-H2"),
        ("За первую половину прошлого года экспорт составил 1 млрд долларов.", "2025-H1"),
    ],
)
def test_a_half_of_the_year_is_a_period_not_a_fraction(text: str, label: str) -> None:
    facts = extract_facts(text)
    assert [f.unit for f in facts] == ["USD"], facts  # no fraction "половине" = 0.5
    period = mention_period(facts[0].period, date(2026, 10, 1), facts[0].modality, "money")
    assert period is not None and period.label == label


# --------------------------------------------------------------------------- elided periods, bases


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        (
            "Товарооборот в первом квартале составил 2,5 млрд долларов, во втором — 3,1 млрд долларов.",
            ["в первом квартале", "во втором"],
        ),
        (
            "Экспорт за первое полугодие достиг 840 млн долларов, за второе — 910 млн долларов.",
            ["за первое полугодие", "за второе"],
        ),
        (
            "In the first quarter exports reached $2.5 billion, in the second, $3.1 billion.",
            ["In the first quarter", "in the second"],
        ),
        (
            "Eksport w pierwszym kwartale wyniósł 2,5 mld zł, w drugim: 3,1 mld zł.",
            ["w pierwszym kwartale", "w drugim"],
        ),
        (
            "Товарообіг у першому кварталі склав 1,2 млрд доларів, у другому — 1,4 млрд доларів.",
            ["у першому кварталі", "у другому"],
        ),
    ],
)
def test_an_ordinal_whose_noun_an_earlier_clause_gave_is_the_figures_period(
    text: str, periods: list[str]
) -> None:
    # the later figure never takes the earlier clause's period
    assert [f.period for f in extract_facts(text)] == periods


def test_an_ordinal_before_the_figures_own_words_is_no_elided_period() -> None:
    (fact,) = extract_facts("Турнир прошел в Минске, и команда оказалась во второй половине таблицы.")
    assert fact.period is None


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("Экспорт вырос до 4 млрд долларов против 3,2 млрд долларов в 2024 году.", [None, "в 2024 году"]),
        ("Импорт снизился до 730 млн евро против 815 млн евро в прошлом году.", [None, "в прошлом году"]),
        ("Exports rose to $4 billion, up from $3.2 billion in 2024.", [None, "in 2024"]),
        ("Експорт зріс до 4 млрд доларів проти 3,2 млрд доларів у 2024 році.", [None, "у 2024 році"]),
        (
            "Экспорт в 2025 году составил 4 млрд долларов против 3,2 млрд долларов в 2024 году.",
            ["в 2025 году", "в 2024 году"],
        ),
    ],
)
def test_a_period_after_the_base_compared_with_is_the_bases(text: str, periods: list[str | None]) -> None:
    assert [f.period for f in extract_facts(text)] == periods


def test_a_period_after_against_with_no_figure_of_its_own_stays_the_figures() -> None:
    (fact,) = extract_facts("США выделили 5 млн долларов на борьбу против терроризма в 2025 году.")
    assert fact.period == "в 2025 году"
