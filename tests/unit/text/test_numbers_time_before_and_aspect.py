"""An amount followed by a time before it ("годом ранее") counts no years, and a verb of both
aspects in the present says no future (flows/text/numbers: scan.py, resolve.py)."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts
from tests.flows_named import flow_named


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Товарооборот достиг 3,5 млрд долларов против 2,9 млрд годом ранее.", 2.9e9, "USD"),
        ("Экспорт вырос до 7 млрд евро с 6,1 млрд евро кварталом раньше.", 6.1e9, "EUR"),
        ("Экспорт составил 12 млрд гривень проти 10 млрд роком раніше.", 10e9, "UAH"),
        ("Eksport wyniósł 5 mld zł wobec 4 mld rok wcześniej.", 4e9, "PLN"),
        ("Exports reached $5 billion, up from 4 billion a year earlier.", 4e9, "USD"),
    ],
)
def test_an_amount_before_a_time_before_keeps_its_currency(text: str, value: float, unit: str) -> None:
    facts = [f for f in extract_facts(text) if f.value == value]
    assert len(facts) == 1, extract_facts(text)
    assert facts[0].unit == unit


@pytest.mark.parametrize(
    "text", ["Он провел 5 лет в Москве.", "Через 3 года годом ранее начатый проект закрыли."]
)
def test_years_counted_are_still_no_fact(text: str) -> None:
    assert extract_facts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ежемесячно страна импортирует около 100 тыс. тонн сахара.",
        "Казахстан экспортирует в Китай 2 млн тонн зерна.",
        "Фонд инвестирует в экономику региона 3 млрд рублей ежегодно.",
    ],
)
def test_a_verb_of_both_aspects_in_the_present_is_no_forecast(text: str) -> None:
    facts = extract_facts(text)
    assert facts and all(f.modality == "actual" for f in facts), facts


@pytest.mark.parametrize(
    "text", ["Россия поставит в Египет 2 млн тонн зерна.", "Товарооборот составит 5 млрд долларов."]
)
def test_a_perfective_future_is_a_forecast(text: str) -> None:
    facts = extract_facts(text)
    assert facts and all(f.modality == "forecast" for f in facts), facts


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("МИНСК, 20 июня (БЕЛТА) – Средняя заработная плата в мае составила 3 012,5 рубля.", "BYN"),
        ("Как сообщили в Минске, пенсия выросла до 900 рублей.", "RUB"),  # no country named: the default
        ("MINSK, 20 June (BelTA) - The average pension grew to 900 rubles.", "BYN"),
        ("МОСКВА, 20 июня /ТАСС/. Средняя зарплата составила 90 тыс. рублей.", "RUB"),
        ("Стороны обсудили выполнение Минских соглашений. Бюджет составил 5 млрд рублей.", "RUB"),
        ("Делегация Беларуси провела переговоры в России, контракт составил 5 млрд рублей.", "XXX"),
    ],
)
def test_a_capitals_dateline_or_the_state_agency_tells_the_ruble(text: str, unit: str) -> None:
    (fact,) = extract_facts(text)
    assert fact.unit == unit


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Товарооборот составил 4,1 млрд долларов (+18%).", "increase"),
        ("Импорт составил 1,1 млрд долларов (−7% год к году).", "decrease"),
        ("Exports were $2 billion, -5% year on year.", "decrease"),
        ("Експорт склав 3 млрд гривень (+4,5%).", "increase"),
    ],
)
def test_a_signed_percentage_right_after_an_amount_is_its_change(text: str, change: str) -> None:
    (percent,) = [f for f in extract_facts(text) if f.unit == "percent"]
    assert (percent.metric, percent.change) == (flow_named(text, percent.char_start), change)


def test_a_signed_percentage_after_a_share_is_no_growth() -> None:
    facts = extract_facts("Доля составила 12%, +3% к прошлому году.")
    assert all(f.metric != "growth" for f in facts), facts


@pytest.mark.parametrize(
    ("text", "quote", "change", "comparator"),
    [
        ("Экспорт вырос на 5%, до $10 млрд, импорт — на 3%, до $7 млрд.", "на 3%", "increase", "="),
        ("Экспорт вырос на 5%, до $10 млрд, импорт — на 3%, до $7 млрд.", "до $7 млрд", "to", "="),
        ("Экспорт сократился на 5%, импорт — на 3%.", "на 3%", "decrease", "="),
        ("Поставки нефти упали на 12%, газа – на 8%, до 30 млрд кубометров.", "на 8%", "decrease", "="),
        ("Exports rose by 5%, imports — by 3%.", "by 3%", "increase", "="),
        # the level the elided clause reached, after a dash, a comma or a bare space
        ("Экспорт вырос на 26% — до $71 млн, импорт — на 12% до $321,4 млн.", "до $321,4 млн", "to", "="),
        ("Поставки упали на 9%, до 40 млн т, транзит — на 4% — до 12 млн т.", "до 12 млн т.", "to", "="),
        ("Імпорт скоротився на 7% — до $2 млрд, експорт — на 5% до $3 млрд.", "до $3 млрд", "to", "="),
    ],
)
def test_a_clause_without_its_verb_after_a_dash_takes_the_change_before(
    text: str, quote: str, change: str, comparator: str
) -> None:
    (fact,) = [f for f in extract_facts(text) if f.quote == quote]
    assert (fact.change, fact.comparator) == (change, comparator)


def test_a_dash_in_another_sentence_takes_no_change() -> None:
    facts = extract_facts("Экспорт сократился на 5%. Импорт — на 3% выше нормы по итогам года.")
    (fact,) = [f for f in facts if f.value == 3.0]
    assert fact.change != "decrease", fact


@pytest.mark.parametrize(
    "text",
    [
        "Стороны намерены нарастить торговлю до 1,2 млрд долларов в год.",
        "Торговля между странами достигла 5 млрд долларов.",
        "Торговля с Китаем составила 5 млрд долларов.",
        "Торгівля між країнами досягла 5 млрд доларів.",
        "Handel między krajami wyniósł 5 mld dolarów.",
    ],
)
def test_trade_between_two_sides_is_the_turnover(text: str) -> None:
    (fact,) = extract_facts(text)
    assert fact.metric == "trade_turnover"


def test_trade_in_a_good_is_no_turnover() -> None:
    facts = extract_facts("Торговля оружием принесла компании 5 млрд долларов.")
    assert all(f.metric != "trade_turnover" for f in facts), facts


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Стороны обсудили увеличение товарооборота до 500 млн долларов.", "target"),
        ("Достигнута договоренность о наращивании товарооборота до 500 млн долларов.", "target"),
        ("Увеличение товарооборота до 500 млн долларов стало рекордом.", "actual"),
    ],
)
def test_a_rise_discussed_or_agreed_on_is_a_target(text: str, modality: str) -> None:
    (fact,) = extract_facts(text)
    assert fact.modality == modality


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Президенты поставили задачу увеличить товарооборот в два раза.", "increase"),
        ("Компания сократила импорт из Китая в 1,5 раза.", "decrease"),
        ("Уряд планує збільшити експорт у три рази.", "increase"),
        ("Товарооборот вырос в 2,5 раза за год.", "increase"),
    ],
)
def test_a_change_verb_before_the_thing_changed_and_a_multiple(text: str, change: str) -> None:
    (fact,) = extract_facts(text)
    assert (fact.unit, fact.change) == ("times", change)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Свыше полумиллиона туристов из Китая посетили Россию.", 5e5),
        ("Инвестиции сравнялись с полумиллиардом долларов.", 5e8),
        ("Экспорт приблизился к полумиллиарду долларов.", 5e8),
        ("Около полутысячи компаний работают на рынке.", 500),
    ],
)
def test_half_a_scale_in_an_oblique_case(text: str, value: float) -> None:
    (fact,) = extract_facts(text)
    assert fact.value == value


@pytest.mark.parametrize(
    "text",
    [
        "Товарооборот в 2025 году составил 1,5 млрд долларов против 950 млн долларов годом ранее.",
        "Trade reached $1.5 billion in 2025, up from $950 million a year earlier.",
        "Товарооборот в 2025 году вырос до 1,5 млрд долларов по сравнению с 950 млн долларов за аналогичный период прошлого года.",
        "Trade in 2025 rose to $1.5 billion compared with $950 million in the same period last year.",
        "Експорт у 2025 році склав 2 млрд доларів проти 950 млн роком раніше.",
    ],
)
def test_the_base_of_a_comparison_takes_no_period_of_the_sentence(text: str) -> None:
    facts = extract_facts(text)
    (base,) = [f for f in facts if f.value == 950e6]
    (main,) = [f for f in facts if f.value in (1.5e9, 2e9)]
    assert main.period is not None and "2025" in main.period
    assert base.period is None


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Доля снизилась на 2,5 п.п., до 34%.", "до 34%"),
        ("Доля выросла на 2 п.п. — до 41%.", "до 41%"),
        ("Ставка повышена на 0,5 п.п. до 16%, сообщил регулятор.", "до 16%"),
        ("Частка знизилася на 1,5 в.п., до 27%.", "до 27%"),
    ],
)
def test_a_one_letter_abbreviation_keeps_the_level_in_the_change_clause(text: str, quote: str) -> None:
    (fact,) = [f for f in extract_facts(text) if f.quote == quote]
    assert (fact.change, fact.comparator) == ("to", "=")


def test_a_one_letter_word_ending_a_sentence_ends_the_change_clause() -> None:
    facts = extract_facts("Экспорт вырос на 5% по категории Б. До 3 млн тонн снизился импорт.")
    (fact,) = [f for f in facts if f.value == 3e6]
    assert fact.change != "to", fact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Do Polski trafiło 240 tys. ton kukurydzy, czyli o 40 proc. mniej niż w 2024 r.", 240e3),
        ("Do Polski trafiło 240 tys. ton kukurydzy, czyli o 40 proc. mniej niż w 2024 r.", 40.0),
        ("Експорт склав 3 млрд доларів, що на 12% більше, ніж у другому кварталі.", 3e9),
        ("Imports reached $4 billion, 15% more than in 2023.", 4e9),
        ("Продажи составили 900 тыс. тонн, что на 8% больше, чем в 2022 году.", 9e5),
        ("Экспорт вырос на 5% по сравнению с 2023 годом и составил 4 млрд долларов.", 4e9),
    ],
)
def test_the_period_a_figure_is_compared_with_is_no_figures_period(text: str, value: float) -> None:
    (fact,) = [f for f in extract_facts(text) if f.value == value]
    assert fact.period is None, fact


def test_the_sentences_own_period_stays_beside_a_comparison_base() -> None:
    facts = extract_facts("Экспорт в 2024 году вырос на 5% по сравнению с 2023 годом.")
    assert [f.period for f in facts] == ["в 2024 году"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kazakhstan shipped 5.1 million tonnes of crude last month, down from 5.8 million tonnes.", 5.8e6),
        ("Imports rose from $3 billion in 2023.", 3e9),
        ("Доля импорта упала с 12% в прошлом году.", 12.0),
        ("Revenue was $40 million, up from $31 million a year ago.", 31e6),
    ],
)
def test_an_amount_after_a_change_and_from_is_where_the_change_started(text: str, value: float) -> None:
    (fact,) = [f for f in extract_facts(text) if f.value == value]
    assert fact.change == "from", fact


def test_a_side_after_from_is_no_starting_value() -> None:
    facts = extract_facts("Exports from Poland rose to EUR 4.9 billion.")
    assert [f.change for f in facts] == ["to"]


@pytest.mark.parametrize(
    "text",
    [
        "Доля российской нефти в импорте снизилась до 34%.",
        "Частка російської нафти в імпорті знизилася до 34%.",
        "Udział rosyjskiej ropy w imporcie spadł do 34%.",
        "The share of Russian crude in imports fell to 34%.",
        "Доля расійскай нафты ў імпарце склала 34%.",
    ],
)
def test_a_percentage_of_a_share_is_a_share_in_every_language(text: str) -> None:
    (fact,) = [f for f in extract_facts(text) if f.value == 34.0]
    assert fact.metric == "share", fact


def test_stock_shares_are_no_share() -> None:
    (fact,) = extract_facts("Gazprom shares rose 5% on Monday.")
    assert fact.metric == "growth", fact
