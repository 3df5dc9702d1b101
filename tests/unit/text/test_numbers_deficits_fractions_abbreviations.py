"""Figures whose reading took more than the number: a bound of a deficit (a negative balance, so
"more than" points down), a fraction of a scale word (``четверть миллиарда долларов``), the short
``дол.``/``dol.`` of the dollar, and a hedge before a verb of reaching (``почти достиг``)."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts
from tests.flows_named import flow_named


def _one(text: str):
    (fact,) = extract_facts(text)
    return fact


@pytest.mark.parametrize(
    ("text", "value", "comparator"),
    [
        ("Дефицит торговли России с Китаем за десять месяцев превысил 5 млрд долларов.", -5e9, "<"),
        ("Дефицит торговли Казахстана с Турцией составил менее 1 млрд долларов.", -1e9, ">"),
        ("Дефицит торговли Грузии с Арменией составил не менее 300 млн долларов.", -3e8, "<="),
        ("Отрицательное сальдо торговли составило более 300 млн долларов.", -3e8, "<"),
        ("The U.S. trade deficit with China exceeded $200 billion in 2025.", -2e11, "<"),
        ("Deficyt w handlu Polski z Chinami przekroczył 30 mld dolarów.", -3e10, "<"),
        ("Дефіцит торгівлі України з Китаєм перевищив 8 млрд доларів.", -8e9, "<"),
        ("Торговый дефицит составил около 2 млрд долларов.", -2e9, "~"),
    ],
)
def test_a_bound_of_a_deficit_points_the_other_way(text, value, comparator):
    fact = _one(text)
    assert (fact.value, fact.comparator, fact.metric) == (value, comparator, "trade_balance")


def test_a_range_of_a_deficit_keeps_its_low_end_first():
    fact = _one("Отрицательное сальдо торговли составило от 2 до 3 млрд долларов.")
    assert (fact.value, fact.value_high) == (-3e9, -2e9)


def test_a_bound_of_a_positive_figure_stays():
    fact = _one("Профицит торговли превысил 4 млрд долларов.")
    assert (fact.value, fact.comparator) == (4e9, ">")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Кыргызстан получил от Китая четверть миллиарда долларов инвестиций.", 2.5e8, "USD"),
        ("Три четверти миллиарда долларов составил экспорт Китая в страну.", 7.5e8, "USD"),
        ("Экспорт составил две трети миллиона тонн зерна.", 2e6 / 3, "tonnes"),
        ("Инвестиции составили треть миллиарда евро.", 1e9 / 3, "EUR"),
        ("Почти половина миллиарда рублей ушла на ремонт дорог.", 5e8, "RUB"),
    ],
)
def test_a_fraction_of_a_scale_word_is_an_amount(text, value, unit):
    fact = _one(text)
    assert (fact.unit, round(fact.value)) == (unit, round(value))


def test_a_fraction_of_a_thing_stays_a_fraction():
    fact = _one("Четверть экспорта пришлась на Китай.")
    assert (fact.value, fact.unit) == (0.25, "fraction")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Товарооборот Казахстана и Турции в 2025 году составил 6,3 млрд дол.", 6.3e9),
        ("Інвестиції склали 500 млн дол. США.", 5e8),
        ("Eksport Polski na Ukrainę w 2025 r. wyniósł 9 mld dol.", 9e9),
        ("Товарообіг зріс до 1,1 млрд дол. за рік.", 1.1e9),
    ],
)
def test_the_short_dol_is_the_dollar(text, value):
    fact = _one(text)
    assert (fact.value, fact.unit) == (value, "USD")


def test_the_short_dol_keeps_its_own_currency_beside_another():
    facts = extract_facts(
        "Polskie inwestycje na Ukrainie w 2025 r. wyniosły 1 mld dol. "
        "Ukraińskie inwestycje w Polsce w 2025 r. wyniosły 2 mld zł."
    )
    assert [(f.value, f.unit) for f in facts] == [(1e9, "USD"), (2e9, "PLN")]


@pytest.mark.parametrize(
    "text",
    [
        "Товарооборот в 2025 году почти достиг 200 млн долларов.",
        "Товарооборот составил без малого 200 млн долларов.",
        "Товарооборот без малого достиг 200 млн долларов.",
        "Товарообіг майже досяг 200 млн доларів.",
        "Obroty prawie osiągnęły 200 mln dolarów.",
        "Bilateral trade nearly reached $200 million in 2025.",
    ],
)
def test_a_hedge_before_a_verb_of_reaching_makes_the_figure_approximate(text):
    fact = _one(text)
    assert (fact.value, fact.comparator) == (2e8, "~")


@pytest.mark.parametrize(
    "text",
    [
        "China plans to build a second rail link to Kazakhstan, and bilateral trade rose to $44 billion in 2025.",
        "Turkey will open a consulate in Almaty, while trade between the two countries reached $5.9 billion in 2025.",
        "Kazakhstan is expected to sign new deals, but its exports to China fell to $19 billion in 2025.",
        "The sides aim to deepen ties; trade totalled $320 million last year.",
        "The ministry intends to open new routes, and exports were $2.1 billion in 2025.",
    ],
)
def test_an_english_figure_whose_own_verb_is_past_is_actual_after_a_plan_or_forecast(text):
    (fact,) = [f for f in extract_facts(text) if f.unit == "USD"]
    assert fact.modality == "actual"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Trade is expected to rise to $50 billion by 2030.", "forecast"),
        ("Trade was expected to reach $50 billion.", "forecast"),
        ("The two countries aim to raise trade to $10 billion.", "target"),
        ("Officials expect that trade will total $7 billion.", "forecast"),
    ],
)
def test_an_english_figure_whose_verb_is_not_past_keeps_its_cue(text, modality):
    (fact,) = extract_facts(text)
    assert fact.modality == modality


@pytest.mark.parametrize(
    "text",
    [
        "Товарооборот сократился на −3,5% за год.",
        "Экспорт снизился на -3,5% по сравнению с прошлым годом.",
        "Импорт упал на минус 3,5%.",
        "Exports fell by -3.5% in 2025.",
    ],
)
def test_a_fall_stated_with_a_minus_too_is_a_decrease_of_the_amount(text):
    fact = _one(text)
    assert (fact.value, fact.change, fact.metric) == (3.5, "decrease", flow_named(text, fact.char_start))


@pytest.mark.parametrize(
    ("text", "value"), [("Сальдо составило −215 млн долларов.", -215e6), ("Рост ВВП: -1,2%.", -1.2)]
)
def test_a_minus_without_a_verb_of_falling_keeps_the_sign(text, value):
    assert _one(text).value == value


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("Trade between China and Kazakhstan did not exceed $2 billion in 2024.", "<="),
        ("Trade has never exceeded $2 billion.", "<="),
        ("Товарообіг не перевищив 2 млрд доларів.", "<="),
        ("Obroty nie przekroczyły 2 mld dolarów.", "<="),
        ("Тавараабарот не перавысіў 2 млрд долараў.", "<="),
        ("Товарооборот пока не перешагнул рубеж в 2 млрд долларов.", "<="),
        ("Exports to Russia did not top $2 billion.", "<="),
        ("Товарооборот с Китаем не достиг 2 млрд долларов.", "<"),
        ("Trade fell short of $2 billion.", "<"),
        ("Obroty nie osiągnęły 2 mld dolarów.", "<"),
        ("Товарооборот превысил 2 млрд долларов.", ">"),
    ],
)
def test_a_negated_bound_points_the_other_way(text, comparator):
    fact = _one(text)
    assert (fact.value, fact.comparator) == (2e9, comparator)


@pytest.mark.parametrize(
    "text",
    [
        "Товарообіг України та Польщі може скласти 13 млрд доларів у 2026 році.",
        "Obroty handlowe Polski z Ukrainą mogą wynieść 13 mld dolarów w 2026 roku.",
        "Тавараабарот можа скласці 13 млрд долараў.",
        "Тауар айналымы 13 млрд долларға жетуі мүмкін.",
    ],
)
def test_may_before_the_verb_makes_a_forecast_in_every_language(text):
    assert _one(text).modality == "forecast"
