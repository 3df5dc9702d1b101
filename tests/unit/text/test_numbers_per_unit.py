"""Amounts stated per unit (prices, rates) and the levies, support and agents of a flow: none of
them is the level of a flow over its period."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts
from tests.conftest import only_fact as _only


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        (
            "Средняя цена экспортируемого ячменя — 81 тыс. тенге за тонну.",
            "81 тыс. тенге за тонну",
            81_000,
            "KZT",
        ),
        ("Цена на нефть марки Urals составила $58,3 за баррель.", "$58,3 за баррель", 58.3, "USD"),
        ("Газ для Армении будет стоить $165 за 1 тыс. куб. м.", "$165 за 1 тыс. куб. м.", 165, "USD"),
        (
            "Ціна газу становить 310 доларів за тисячу кубометрів.",
            "310 доларів за тисячу кубометрів",
            310,
            "USD",
        ),
        ("Cena pszenicy wyniosła 900 zł za tonę.", "900 zł za tonę", 900, "PLN"),
        ("The EU cap on Russian diesel is $100 per barrel.", "$100 per barrel", 100, "USD"),
        ("Wheat was offered at $230 a tonne in the port.", "$230 a tonne", 230, "USD"),
        ("Курс юаня составил 11,2 рубля за юань.", "11,2 рубля за юань", 11.2, "RUB"),
    ],
)
def test_money_per_unit_of_a_good_is_a_price(text, quote, value, unit):
    f = _only(text)
    assert (f.quote, f.value, f.unit, f.metric) == (quote, value, unit, "price")


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        (
            "Турция закупала около 300 тыс. баррелей нефти в сутки в сентябре.",
            "около 300 тыс. баррелей нефти в сутки",
            "barrels",
        ),
        (
            "China imported 2.1 million barrels per day of Russian crude in August.",
            "2.1 million barrels per day",
            "barrels",
        ),
        ("Через переход пройдут 3 тыс. автомобилей в день.", "3 тыс. автомобилей в день", "count"),
        ("Термінал прийматиме 40 тис. тонн на добу.", "40 тис. тонн на добу", "tonnes"),
        ("Terminal przyjmie 60 tys. ton na dobę.", "60 tys. ton na dobę", "tonnes"),
        ("Доходы составили 12 тыс. долларов на душу населения.", "12 тыс. долларов на душу населения", "USD"),
    ],
)
def test_amount_per_day_or_person_is_a_rate(text, quote, unit):
    f = _only(text)
    assert (f.quote, f.unit, f.metric) == (quote, unit, "rate")


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # "в день" before a genitive noun is "on the day of": no rate
        ("Контракты на 7 млрд долларов подписали в день визита.", "other"),
        # per year: the year's level, read as before
        ("Экспорт газа составит до 38 млрд кубометров в год.", "export"),
        # "a year ago" is no rate
        ("Imports from Turkey were $3 billion a year ago.", "import"),
        # a period after "за" is a period, not a unit
        ("Поставки составили 12 тыс. тонн за неделю.", "volume"),
    ],
)
def test_words_that_look_per_unit_but_are_not(text, metric):
    assert _only(text).metric == metric


@pytest.mark.parametrize(
    "text",
    [
        "Объем господдержки экспортеров в 2027 году составит 2,1 млрд рублей.",
        "Экспортёры зерна получили субсидии на 450 млн рублей.",
        "Таможенные сборы с импорта автомобилей составили 800 млрд рублей.",
        "Импортеры заплатили пошлины на сумму 3 млрд тенге.",
        "Экспортные пошлины на пшеницу принесли бюджету 90 млрд рублей.",
        "Washington's tariffs on Canadian imports raised $30 billion.",
        "Export credits worth $4 billion were signed.",
        "Eksporterzy otrzymali dopłaty w wysokości 120 mln zł.",
        "Cła na import stali przyniosły 2 mld zł.",
        "Мита на імпорт принесли бюджету 5 млрд гривень.",
    ],
)
def test_levies_support_and_agents_of_a_flow_are_not_the_flow(text):
    assert _only(text).metric == "other"


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Экспорт Казахстана в Китай составил 9 млрд долларов.", "export"),
        ("Экспортная выручка достигла 4 млрд долларов.", "export"),
        ("Imports from India reached $6 billion.", "import"),
        ("Благодаря поддержке экспорта экспорт вырос до 5 млрд долларов.", "export"),
    ],
)
def test_the_flow_itself_keeps_its_metric(text, metric):
    assert _only(text).metric == metric


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Инвестиции Китая в Казахстан составили ¥40 млрд.", "CNY"),
        ("Japanese investment in Kazakhstan reached ¥90 billion.", "JPY"),
        ("Инвестиции составили ¥40 млрд.", "XXX"),  # no country named: the sign is the yuan's and the yen's
        ("Товарооборот Японии и Китая составил ¥3 трлн.", "XXX"),  # both named: cannot tell
    ],
)
def test_yen_or_yuan_sign_by_the_country_named(text, unit):
    assert _only(text).unit == unit


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("Canada-Mexico trade totaled C$56 billion in 2025.", "C$56 billion", "CAD"),
        ("Australian exports to Japan reached A$42 billion.", "A$42 billion", "AUD"),
        ("Hong Kong's trade with Vietnam hit HK$90 billion.", "HK$90 billion", "HKD"),
        ("Taiwan's exports rose to NT$1.2 trillion.", "NT$1.2 trillion", "TWD"),
        ("Brazil's imports from China reached R$300 billion.", "R$300 billion", "BRL"),
        ("Singapore invested S$3 billion in Indonesia.", "S$3 billion", "SGD"),
        ("New Zealand's dairy exports reached NZ$20 billion.", "NZ$20 billion", "NZD"),
        ("The US pledged US$2 billion to the fund.", "US$2 billion", "USD"),
        # letters Dyad does not know before "$": a dollar it cannot tell
        ("The deal is worth Z$5 million.", "Z$5 million", "XXX"),
    ],
)
def test_letters_glued_before_the_dollar_sign_name_its_currency(text: str, quote: str, unit: str) -> None:
    facts = [f for f in extract_facts(text) if quote in f.quote]
    assert len(facts) == 1, extract_facts(text)
    assert facts[0].unit == unit


def test_a_metric_word_of_a_later_clause_is_that_clauses_own() -> None:
    text = "Азербайджан поставил в Турцию 9,6 млрд кубометров газа, а товарооборот двух стран вырос на 8,5%."
    (gas,) = [f for f in extract_facts(text) if f.unit == "cubic_meters"]
    assert gas.metric == "export"  # the supply's ("поставил в Турцию"), not the later clause's turnover


@pytest.mark.parametrize("conjunction", ["тогда как", "в то время как", "а"])
def test_a_contrasting_clause_ends_a_flows_clause(conjunction: str) -> None:
    from flows.text.numbers.direction import flow_spans

    text = f"Экспорт во Вьетнам достиг 3,9 млрд долларов, {conjunction} импорт из Вьетнама составил 2,4 млрд долларов."
    (export,) = [f for f in extract_facts(text) if f.metric == "export"]
    spans = flow_spans(text, export.char_start, export.char_end, export.metric)
    assert spans.origin is None  # "из Вьетнама" is the import's origin, not the export's
    assert spans.destination is not None and text[spans.destination[0] : spans.destination[1]] == "Вьетнам"


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        (
            "Цена газа в 2027 году составит 270 долларов за 1000 кубометров.",
            "270 долларов за 1000 кубометров",
            270,
            "USD",
        ),
        ("Пшеницу продают по 14 500 рублей за 1 000 кг.", "14 500 рублей за 1 000 кг", 14_500, "RUB"),
        ("Ціна становить 95 доларів за 100 кг.", "95 доларів за 100 кг", 95, "USD"),
        ("Cena wyniosła 410 zł za 100 kg.", "410 zł za 100 kg", 410, "PLN"),
        ("Europe paid $420 per 1,000 cubic meters in May.", "$420 per 1,000 cubic meters", 420, "USD"),
        ("Gas traded at $3.1 per thousand cubic feet.", "$3.1 per thousand cubic feet", 3.1, "USD"),
    ],
)
def test_the_round_quantity_a_price_is_quoted_for_is_no_figure(text, quote, value, unit):
    """A price quoted per 10, 100 or 1000 units: one price, and the quantity after ``за``/``per``
    is not read as a volume of its own."""
    f = _only(text)
    assert (f.quote, f.value, f.unit, f.metric) == (quote, value, unit, "price")


def test_a_total_for_a_quantity_that_is_no_round_unit_stays_two_figures():
    facts = extract_facts("Контракт на 50 млн рублей за 37 тонн подписан.")
    assert [(f.value, f.unit) for f in facts] == [(50_000_000, "RUB"), (37, "tonnes")]
    assert all(f.metric != "price" for f in facts)
