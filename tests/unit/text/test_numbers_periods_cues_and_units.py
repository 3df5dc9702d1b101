"""Periods between a change verb and its amount, plans stated as readiness, loans, trade totals
in "наторговали на", ends of changes in brackets and in Polish, the value of a flow, balances
called negative after the noun, seasons and multi-year plans, and units with their own scale."""

from __future__ import annotations

from datetime import date

import pytest

from flows.text.numbers import extract_facts
from flows.text.numbers.indicators import is_bilateral
from flows.text.numbers.periods import parse_period
from tests.conftest import only_fact as _only
from tests.flows_named import flow_named


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Товарооборот увеличился в 2024 году на 7%.", "в 2024 году"),
        ("Импорт из Турции сократился во втором полугодии на 9%.", "во втором полугодии"),
        ("Экспорт в Китай вырос за январь-август на 21%.", "за январь-август"),
        ("Exports rose in 2025 by 6%.", "in 2025"),
    ],
)
def test_a_period_between_the_change_verb_and_the_amount_is_the_figures(text, period):
    assert _only(text).period == period


@pytest.mark.parametrize(
    ("text", "quote", "comparator"),
    [
        ("Казахстан и Китай наторговали почти на 30 млрд долларов.", "почти на 30 млрд долларов", "~"),
        ("Стороны наторговали более чем на 7 млрд долларов.", "более чем на 7 млрд долларов", ">"),
        ("Беларусь и Россия в 2025 году наторговали на $50 млрд.", "$50 млрд", "="),
        ("Україна та Польща наторгували на 12 млрд доларів.", "12 млрд доларів", "="),
    ],
)
def test_trade_totals_in_наторговали_на_are_trade_turnover_with_their_hedge(text, quote, comparator):
    f = _only(text)
    assert (f.quote, f.metric, f.comparator) == (quote, "trade_turnover", comparator)
    assert is_bilateral(text, f.char_start, f.char_end, f.metric)


def test_a_hedge_before_на_keeps_a_change_stated_after_the_amount():
    f = _only("Почти на треть сократились поставки.")
    assert (f.quote, f.comparator, f.change) == ("Почти на треть сократились", "~", "decrease")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Объем импорта вырос на 6% (до 450 млн долларов).", "до 450 млн долларов"),
        ("Eksport do Czech wzrósł o 4% do 12 mld euro.", "do 12 mld euro"),
        ("Import z Chin spadł o 2 proc. do 30 mld dolarów.", "do 30 mld dolarów"),
    ],
)
def test_the_end_of_a_change_in_brackets_or_after_polish_do_is_reached(text, quote):
    f = extract_facts(text)[-1]
    assert (f.quote, f.comparator, f.change) == (quote, "=", "to")


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Стоимость экспорта казахстанского урана во Францию составила 1,2 млрд долларов.", "export"),
        ("Стоимость импорта турецких товаров составила 800 млн долларов.", "import"),
    ],
)
def test_the_value_of_a_flow_is_the_flow(text, metric):
    assert _only(text).metric == metric


@pytest.mark.parametrize(
    "text",
    [
        "Сальдо торговли Армении с Ираном было отрицательным и составило 300 млн долларов.",
        "Сальдо внешней торговли с Китаем оказалось отрицательным — 2,4 млрд долларов.",
        "Сальдо торгівлі з Туреччиною було від'ємним і склало 1 млрд доларів.",
        "Saldo wymiany handlowej z Chinami było ujemne i wyniosło 40 mld dolarów.",
    ],
)
def test_a_balance_called_negative_after_its_noun_is_negative(text):
    f = _only(text)
    assert (f.metric, f.value < 0) == ("trade_balance", True)


@pytest.mark.parametrize(
    ("text", "period", "dates"),
    [
        (
            "Япония выделит Индии 3 млрд долларов на 2025-2028 годы.",
            "на 2025-2028 годы",
            ("2025-01-01", "2028-12-31"),
        ),
        ("Бюджет на 2027 год составит 4 трлн рублей.", "на 2027 год", ("2027-01-01", "2027-12-31")),
        ("Экспорт ячменя за сельхозсезон 2023/24 составил 2,1 млн тонн.", "за сельхозсезон 2023/24", None),
        (
            "Экспорт составил 900 млн долларов в 2025/2026 маркетинговом году.",
            "в 2025/2026 маркетинговом году",
            None,
        ),
        ("Exports reached 4 million tonnes in 2024/25.", "in 2024/25", None),
    ],
)
def test_multi_year_plans_and_seasons_are_periods_a_season_without_dates(text, period, dates):
    f = _only(text)
    assert f.period == period
    parsed = parse_period(f.period, date(2026, 12, 1), f.modality)
    assert (None if parsed is None else (parsed.start.isoformat(), parsed.end.isoformat())) == dates


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Россия готова предоставить Вьетнаму кредит в размере 3 млрд долларов.", "target"),
        ("Казахстан готов поставлять в Китай до 2 млн тонн зерна.", "target"),
        ("China is ready to invest $4 billion.", "target"),
        ("АБР предоставит Узбекистану заем на 200 млн долларов.", "forecast"),
        ("МВФ выдал Армении заем на 100 млн долларов.", "actual"),
    ],
)
def test_readiness_is_a_plan_and_a_loan_is_no_verb(text, modality):
    assert _only(text).modality == modality


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Gas exports to Europe reached 32 bcm last year.", 32e9),
        ("Pipeline supplies totalled 1.5 tcm over the decade.", 1.5e12),
        ("The terminal shipped 800 mcm in May.", 8e8),
    ],
)
def test_units_with_their_own_scale(text, value):
    f = _only(text)
    assert (f.value, f.unit) == (value, "cubic_meters")


def test_an_abbreviation_dot_before_a_capital_ends_no_clause():
    text = "Товарооборот Казахстана и Китая составил 3,1 млрд долл. США, увеличившись на 8,5 процента."
    facts = extract_facts(text)
    assert [f.metric for f in facts] == ["trade_turnover", "trade_turnover"]
    assert all(is_bilateral(text, f.char_start, f.char_end, f.metric) for f in facts)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Канада виділить Україні 2 млрд канадських доларів.", "CAD"),
        ("Австралія надасть 100 млн австралійських доларів.", "AUD"),
        ("Товарообіг склав 5 млрд турецьких лір.", "TRY"),
        ("Японія виділить 30 млрд японських єн.", "JPY"),
        ("Імпорт склав 40 млрд російських рублів.", "RUB"),
        ("Кредит становить 3 млрд шведських крон.", "SEK"),
    ],
)
def test_ukrainian_currency_adjectives_name_their_currency(text, unit):
    assert _only(text).unit == unit


@pytest.mark.parametrize(
    ("text", "metric", "comparator", "modality"),
    [
        ("Екі ел арасындағы тауар айналымы 4 млрд доллардан асты.", "trade_turnover", ">", "actual"),
        ("Инвестиция көлемі 500 млн доллардан асып түсті.", "investment", ">", "actual"),
        ("Екі ел сауда көлемін 10 млрд долларға жеткізуді көздеп отыр.", "trade_turnover", "=", "target"),
    ],
)
def test_kazakh_exceeding_after_the_amount_and_trade_volume(text, metric, comparator, modality):
    f = _only(text)
    assert (f.metric, f.comparator, f.modality) == (metric, comparator, modality)


def test_an_english_surplus_is_a_trade_balance_a_budgets_is_not():
    facts = extract_facts(
        "Bilateral trade stood at $90 billion, with China posting a surplus of $30 billion."
    )
    assert [f.metric for f in facts] == ["trade_turnover", "trade_balance"]
    assert _only("The budget surplus reached $5 billion.").metric != "trade_balance"


@pytest.mark.parametrize(
    "text",
    [
        "Экспорт за январь-сентябрь вырос до 1,4 млрд долларов, импорт за тот же период — до 900 млн долларов.",
        "Экспорт вырос до 5 млрд долларов, а импорт сократился — до 2 млрд долларов.",
        "Поставки газа увеличились до 20 млрд кубометров, нефти — до 3 млн тонн.",
    ],
)
def test_a_clause_whose_change_verb_is_left_out_after_a_dash_reaches_its_value(text):
    last = extract_facts(text)[-1]
    assert (last.quote.startswith("до "), last.comparator, last.change) == (True, "=", "to")


def test_до_with_no_change_verb_before_stays_an_upper_bound():
    f = _only("Поставки составят до 5 млн тонн.")
    assert (f.comparator, f.change) == ("<=", None)


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Экспорт достиг 90 млн долларов, что в 3 раза больше прежнего уровня.", "increase"),
        ("Товарооборот составил 2 млрд долларов, что в 1,5 раза больше, чем годом ранее.", "increase"),
        ("Импорт оказался в два раза меньше прошлогоднего.", "decrease"),
        ("Инвестиции в 4 раза выше, чем в 2023 году.", "increase"),
    ],
)
def test_a_multiple_compared_with_an_earlier_level_is_a_change(text, change):
    f = next(f for f in extract_facts(text) if f.unit == "times")
    assert (f.change, f.metric) == (change, flow_named(text, f.char_start))


def test_a_multiple_compared_with_something_else_stays_a_comparison():
    f = _only("Население Китая в 10 раз больше населения России.")
    assert f.change is None
