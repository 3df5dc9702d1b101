"""Changes in any word order, plans read as targets, English money, shared currency names and
periods named in the sentence before: what a fact says must not turn into a level it does not state."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts
from tests.flows_named import flow_named


def _only(text: str):
    facts = extract_facts(text)
    assert len(facts) == 1, facts
    return facts[0]


# (text, quote, value, unit, change): the amount before its change verb, the verb before a
# subject, words between the verb and its "на", a change noun linked to the amount, English
# verbs without "by", other languages
CHANGE_ORDERS = [
    (
        "На 4,8 млрд долларов увеличился товарооборот.",
        "На 4,8 млрд долларов увеличился",
        4.8e9,
        "USD",
        "increase",
    ),
    ("На 12% выросли поставки мяса в Китай.", "На 12% выросли", 12, "percent", "increase"),
    ("на 7,5 процента сократился экспорт зерна.", "на 7,5 процента сократился", 7.5, "percent", "decrease"),
    (
        "Почти на 300 млн евро снизились инвестиции.",
        "Почти на 300 млн евро снизились",
        3e8,
        "EUR",
        "decrease",
    ),
    ("Товарооборот увеличился по сравнению с 2024 годом на 12%.", None, 12, "percent", "increase"),
    ("Экспорт снизился в первом полугодии на 3,1%.", None, 3.1, "percent", "decrease"),
    ("Рост товарооборота составил 15%.", "15%", 15, "percent", "increase"),
    ("Снижение экспорта в 2025 году составило почти 7%.", "почти 7%", 7, "percent", "decrease"),
    ("Прирост инвестиций составил 1,2 млрд долларов.", "1,2 млрд долларов", 1.2e9, "USD", "increase"),
    ("Trade rose 3 percent year on year.", "rose 3 percent", 3, "percent", "increase"),
    ("Exports fell 2.5% in May.", "fell 2.5%", 2.5, "percent", "decrease"),
    ("Imports were down 4 percent.", "down 4 percent", 4, "percent", "decrease"),
    ("Trade posted a 6% increase.", "6% increase", 6, "percent", "increase"),
    ("Obroty handlowe wzrosły o 8%.", "wzrosły o 8%", 8, "percent", "increase"),
    ("Eksport spadł o 2,5%.", "spadł o 2,5%", 2.5, "percent", "decrease"),
    ("Товарообіг зріс на 12%.", "зріс на 12%", 12, "percent", "increase"),
    ("Експорт скоротився на 4%.", "скоротився на 4%", 4, "percent", "decrease"),
    ("Тавараабарот павялічыўся на 10,5%.", "павялічыўся на 10,5%", 10.5, "percent", "increase"),
    ("Экспорт 8 пайызға азайды.", "8 пайызға азайды", 8, "percent", "decrease"),
]


@pytest.mark.parametrize(("text", "quote", "value", "unit", "change"), CHANGE_ORDERS)
def test_a_change_in_any_word_order_is_a_change_with_its_direction(text, quote, value, unit, change):
    fact = _only(text)
    assert (fact.value, fact.unit, fact.change) == (pytest.approx(value), unit, change)
    if quote is not None:
        assert fact.quote == quote
    if unit in ("percent", "percentage_points"):
        assert fact.metric == flow_named(
            text, fact.char_start
        )  # the change of the flow named, else of what is not said


@pytest.mark.parametrize(
    "text",
    [
        "Товарооборот вырос на 15%.",
        "На 15% вырос товарооборот.",
        "Рост товарооборота составил 15%.",
        "Товарооборот составил 5 млрд долларов, рост 15%.",
        "Экспорт в Китай в 2025 году составил 115% к уровню 2024 года.",
        "Импорт вырос в 1,5 раза.",
    ],
)
def test_a_percentage_or_multiple_is_never_the_level_of_a_flow(text):
    relative = [f for f in extract_facts(text) if f.unit in ("percent", "percentage_points", "times")]
    assert relative
    for fact in relative:
        # a flow's figure in percent or times is its change, never its level
        if fact.metric in ("trade_turnover", "export", "import", "investment", "volume"):
            assert fact.change in ("increase", "decrease"), fact


def test_a_share_is_a_share_even_when_the_flow_word_is_nearer():
    assert _only("Доля экспорта в Китай составила 40%.").metric == "share"


def test_up_and_down_are_changes_of_percentages_only():
    (fact,) = extract_facts("They set up 5 joint ventures.")
    assert fact.change is None
    assert _only("Exports were up 4.2% from a year earlier.").change == "increase"


def test_changes_of_two_clauses_keep_their_own_verbs():
    first, second = extract_facts("Экспорт вырос на 10%, импорт снизился на 3%.")
    assert (first.change, second.change) == ("increase", "decrease")


# (text, modality): a plan verb inside the quote, proposals, duties, pledges; what was achieved
MODALITIES = [
    ("Белорусская сторона предложила довести товарооборот до $500 млн к 2030 году.", "target"),
    ("Стороны предлагают увеличить товарооборот до 3 млрд долларов.", "target"),
    ("Министр призвал нарастить поставки до 2 млн тонн.", "target"),
    ("К 2030 году стороны намерены нарастить товарооборот до 100 млрд долларов.", "target"),
    ("Цель — товарооборот в 10 млрд долларов.", "target"),
    ("Товарооборот должен достичь 10 млрд долларов.", "target"),
    ("Japan pledged to invest $550 billion in the United States.", "target"),
    ("The sides agreed to raise trade to $10 billion.", "target"),
    ("Экспорт вырастет на 10%.", "forecast"),
    ("Сторонам удалось нарастить товарооборот до 5 млрд долларов.", "actual"),
    ("Это позволило увеличить экспорт до 2 млрд долларов.", "actual"),
    ("Товарооборот увеличился до 5 млрд долларов.", "actual"),
    ("Предложение обсудили, а товарооборот составил 5 млрд долларов.", "actual"),
]


@pytest.mark.parametrize(("text", "modality"), MODALITIES)
def test_plans_proposals_and_goals_are_targets_not_actual_values(text, modality):
    facts = [f for f in extract_facts(text) if f.unit != "count"]
    assert [f.modality for f in facts] == [modality]


# (text, modality): a forecast or plan the number is only compared with says what happened; a
# forecast stated of the number itself stays one
COMPARED_WITH_EXPECTATIONS = [
    ("Поставки Турции в Иран оказались меньше, чем ожидалось, и составили 4 млрд долларов.", "actual"),
    ("Экспорт зерна вырос сильнее, чем прогнозировали аналитики, до 7 млрд долларов.", "actual"),
    ("Инвестиции оказались ниже прогноза и составили 900 млн евро.", "actual"),
    ("Товарооборот превзошел ожидания и достиг 12 млрд долларов.", "actual"),
    ("Вопреки прогнозам, импорт составил 2,5 млрд долларов.", "actual"),
    ("Imports from Chile came in higher than expected at 6 billion dollars.", "actual"),
    ("Exports beat forecasts and reached 800 million euros.", "actual"),
    ("Obroty były wyższe, niż oczekiwano, i wyniosły 3 mld euro.", "actual"),
    ("Експорт виявився більшим, ніж очікувалося, і склав 2 млрд доларів.", "actual"),
    ("Ожидается, что товарооборот составит 6 млрд долларов.", "forecast"),
    ("Аналитики ожидают, что экспорт превысит прогноз и составит 3 млрд долларов.", "forecast"),
    ("Товарооборот превысил 5 млрд долларов, что выше прогноза.", "actual"),
]


@pytest.mark.parametrize(("text", "modality"), COMPARED_WITH_EXPECTATIONS)
def test_a_forecast_the_number_is_compared_with_is_no_forecast_of_it(text, modality):
    facts = [f for f in extract_facts(text) if f.unit != "count"]
    assert [f.modality for f in facts] == [modality]


# (text, change, modality): English change verbs in the infinitive or present, of a plan or a
# forecast, as well as in the past
ENGLISH_CHANGE_VERBS = [
    ("Norway and Sweden agreed to expand the joint grid fund by 3 billion euros.", "increase", "target"),
    ("The two governments plan to increase bilateral trade by 12% next year.", "increase", "target"),
    ("Canada will cut its imports of Chinese steel by 25 percent.", "decrease", "forecast"),
    ("Analysts expect exports to Chile to drop by 400 million dollars.", "decrease", "forecast"),
    ("Mexico raised duties on Korean cars by 8%.", "increase", "actual"),
    ("Exports to Peru fell by 2.5% in March.", "decrease", "actual"),
]


@pytest.mark.parametrize(("text", "change", "modality"), ENGLISH_CHANGE_VERBS)
def test_english_change_verbs_in_every_tense(text, change, modality):
    facts = [f for f in extract_facts(text) if f.unit != "count"]
    assert [(f.change, f.modality) for f in facts] == [(change, modality)]


# (text, quote, value, unit): English money as agencies write it
ENGLISH_MONEY = [
    ("Trade reached 210 billion U.S. dollars in 2025.", "210 billion U.S. dollars", 210e9, "USD"),
    ("Exports were 1.2 million US dollars.", "1.2 million US dollars", 1.2e6, "USD"),
    ("Investment of 3 million American dollars was agreed.", "3 million American dollars", 3e6, "USD"),
    ("Trade reached $3.5 bn in 2025.", "$3.5 bn", 3.5e9, "USD"),
    ("Imports were USD 2 billion.", "USD 2 billion", 2e9, "USD"),
    ("Exports were EUR 400 million.", "EUR 400 million", 4e8, "EUR"),
    ("Imports reached USD 2.5 bln last year.", "USD 2.5 bln", 2.5e9, "USD"),
    ("Trade reached $7 bln.", "$7 bln", 7e9, "USD"),
    ("Exports totalled 40 bln rubles.", "40 bln rubles", 40e9, "RUB"),
    ("PKB wyniósł 3,4 bln zł.", "3,4 bln zł", 3.4e12, "PLN"),
    ("Dług wynosi 1,5 bln złotych.", "1,5 bln złotych", 1.5e12, "PLN"),
]


@pytest.mark.parametrize(("text", "quote", "value", "unit"), ENGLISH_MONEY)
def test_english_money_and_its_scale(text, quote, value, unit):
    fact = _only(text)
    assert (fact.quote, fact.value, fact.unit) == (quote, pytest.approx(value), unit)


@pytest.mark.parametrize(
    "text",
    [
        "China-Russia trade rose 3 percent year on year to 210 billion U.S. dollars.",
        "Bilateral trade amounted to $1.2 billion.",
        "Trade reached $3.5 bn in 2025.",
    ],
)
def test_english_trade_is_turnover(text):
    (fact,) = [f for f in extract_facts(text) if f.unit == "USD"]
    assert fact.metric == "trade_turnover"


# (text, unit): a currency name several countries use takes the country its sentence names, else
# the one its text names; two named in the sentence, or none, cannot tell (XXX), but for a
# ruble of a text that names neither Russia nor Belarus
SHARED_CURRENCIES = [
    ("Киргизия выделила Узбекистану кредит. Бишкек выделил 50 млн сомов.", "KGS"),
    ("Кыргызстан получил 50 млн сомов.", "KGS"),
    ("В Узбекистане выделили 50 млн сомов.", "UZS"),
    (
        "Товарооборот между Кыргызстаном и Узбекистаном составил 1,1 млрд долларов, "
        "а кыргызский экспорт в Узбекистан — 12 млрд сомов.",
        "XXX",
    ),
    ("Выделено 50 млн сомов.", "XXX"),
    ("Беларусь выделила 5 млн рублей.", "BYN"),
    ("Минфин России выделил 5 млн рублей.", "RUB"),
    ("Россия выделила Беларуси кредит в 200 миллионов рублей.", "XXX"),
    ("Беларусь и Казахстан обсудили проекты. Проекты стоят 3 млрд рублей.", "BYN"),
    ("Беларусь и Россия обсудили проекты. Проекты стоят 3 млрд рублей.", "XXX"),
    ("Сбербанк выделил 5 млрд рублей.", "RUB"),
    ("Ирак получил 5 млн динаров.", "IQD"),
    ("Сделка на 5 млн динаров.", "XXX"),
    ("Баку выделил 10 млн манатов.", "AZN"),
    ("Иран и Оман подписали контракт на 40 млн риалов.", "XXX"),
    ("Товарооборот с Китаем составил 5 млрд долларов.", "USD"),
]


@pytest.mark.parametrize(("text", "unit"), SHARED_CURRENCIES)
def test_a_currency_several_countries_use_is_told_by_the_countries_named_or_not_at_all(text, unit):
    (fact,) = [f for f in extract_facts(text) if f.unit != "USD" or unit == "USD"]
    assert fact.unit == unit


def test_a_text_that_names_one_ruble_country_far_more_often_tells_its_ruble():
    text = (
        "Банк России отозвал лицензию. Российские вкладчики получат выплаты. В России это не первый"
        " случай, сообщили в ЦБ РФ. Один из вкладчиков живет в Белоруссии.\nВкладчикам выплатят 2 млрд рублей."
    )
    (fact,) = extract_facts(text)
    assert fact.unit == "RUB"


# (text, the period of the last fact): a period referred back to is the one the sentence before
# names, when it names exactly one; else none
REFERRED_PERIODS = [
    (
        "Товарооборот за январь-октябрь составил 200 млрд долларов. "
        "Экспорт в Китай за этот период составил 105,3 млрд долларов.",
        "за январь-октябрь",
    ),
    (
        "В первом полугодии 2025 года товарооборот составил 3 млрд долларов. "
        "За указанный период импорт составил 1 млрд долларов.",
        "В первом полугодии 2025 года",
    ),
    (
        "Trade reached $5 billion in the first quarter of 2025. Exports in the same period were $3 billion.",
        "in the first quarter of 2025",
    ),
    (
        "Товарооборот в 2024 году составил 5 млрд долларов, а в 2025 году — 6 млрд долларов. "
        "Экспорт за этот период составил 3 млрд долларов.",
        None,
    ),
    ("Стороны встретились в Минске. Экспорт за указанный период составил 3 млрд долларов.", None),
    ("Экспорт за этот период составил 3 млрд долларов.", None),
    (
        "Товарооборот за 9 месяцев составил 2 млрд долларов. "
        "За аналогичный период прошлого года он составил 1,5 млрд долларов.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "period"), REFERRED_PERIODS)
def test_a_period_referred_back_to_is_the_one_named_before_when_it_is_one(text, period):
    assert extract_facts(text)[-1].period == period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Белорусская сторона предложила довести товарооборот до $500 млн к 2030 году.", "к 2030 году"),
        ("К 2028 г. стороны намерены нарастить товарооборот до 100 млрд долларов.", "К 2028 г."),
    ],
)
def test_the_year_a_plan_is_for_is_its_period(text, period):
    fact = _only(text)
    assert (fact.modality, fact.period) == ("target", period)


def test_polish_trade_exchange_is_turnover():
    fact = _only("Wymiana handlowa między Polską a Niemcami w 2025 roku wyniosła ponad 170 mld euro.")
    assert (fact.metric, fact.unit, fact.value) == ("trade_turnover", "EUR", 170e9)


# (text, quote, unit, comparator, change): a hedge before or after the change's "на"/"by"/"o",
# and amounts in words, fractions and multiples before their change verb
HEDGED_CHANGES = [
    (
        "Почти на 300 млн евро снизились инвестиции.",
        "Почти на 300 млн евро снизились",
        "EUR",
        "~",
        "decrease",
    ),
    ("Более чем на 10% вырос экспорт.", "Более чем на 10% вырос", "percent", ">", "increase"),
    ("Не менее чем на 2% упал импорт.", "Не менее чем на 2% упал", "percent", ">=", "decrease"),
    ("Exports rose by almost 10%.", "rose by almost 10%", "percent", "~", "increase"),
    ("Imports fell by more than 4 percent.", "fell by more than 4 percent", "percent", ">", "decrease"),
    ("Trade grew by about 7% last year.", "grew by about 7%", "percent", "~", "increase"),
    ("Eksport spadł o prawie 5%.", "spadł o prawie 5%", "percent", "~", "decrease"),
    ("Import wzrósł o ponad 12%.", "wzrósł o ponad 12%", "percent", ">", "increase"),
    ("Експорт зріс майже на 10%.", "зріс майже на 10%", "percent", "~", "increase"),
    ("Імпарт скараціўся прыблізна на 4%.", "скараціўся прыблізна на 4%", "percent", "~", "decrease"),
    ("На треть сократился импорт.", "На треть сократился", "fraction", "=", "decrease"),
    ("Почти на четверть выросли инвестиции.", "Почти на четверть выросли", "fraction", "~", "increase"),
    ("На пять процентов вырос экспорт.", "На пять процентов вырос", "percent", "=", "increase"),
    ("В два раза вырос товарооборот.", "В два раза вырос", "times", "=", "increase"),
    ("Почти в 3 раза увеличились поставки.", "Почти в 3 раза увеличились", "times", "~", "increase"),
    (
        "Более чем в полтора раза сократился импорт.",
        "Более чем в полтора раза сократился",
        "times",
        ">",
        "decrease",
    ),
]


@pytest.mark.parametrize(("text", "quote", "unit", "comparator", "change"), HEDGED_CHANGES)
def test_a_hedged_change_keeps_its_hedge_in_any_word_order(text, quote, unit, comparator, change):
    fact = _only(text)
    assert (fact.quote, fact.unit, fact.comparator, fact.change) == (quote, unit, comparator, change)


@pytest.mark.parametrize(
    "text",
    ["Доля составила треть.", "На треть территории приходится лес.", "В два раза больше людей пришли."],
)
def test_an_amount_without_a_change_verb_after_it_has_no_change(text):
    assert all(f.change in (None, "increase") for f in extract_facts(text))
    assert all(f.change is None for f in extract_facts(text) if f.unit == "fraction")


# (text, quote, value, unit): a currency code written glued to its amount, with a glued scale
GLUED_CODES = [
    ("Exports reached USD2bn last year.", "USD2bn", 2e9, "USD"),
    ("Investment totalled EUR5.2bn.", "EUR5.2bn", 5.2e9, "EUR"),
    ("The fund holds RUB100bn.", "RUB100bn", 100e9, "RUB"),
    ("Инвестиции составили KZT2.5tn.", "KZT2.5tn", 2.5e12, "KZT"),
    ("Кредит составил CNY 10bn.", "CNY 10bn", 10e9, "CNY"),
    ("Товарооборот составил USD240 млрд.", "USD240 млрд", 240e9, "USD"),
    ("Imports were GBP 300m.", "GBP 300m", 3e8, "GBP"),
]


@pytest.mark.parametrize(("text", "quote", "value", "unit"), GLUED_CODES)
def test_a_currency_code_glued_to_its_amount(text, quote, value, unit):
    fact = _only(text)
    assert (fact.quote, fact.value, fact.unit) == (quote, pytest.approx(value), unit)


@pytest.mark.parametrize(
    "text", ["Airbus A320 и формат A4.", "MP3 и ID123.", "Рейс SU1402 задержан.", "COVID19 отступил."]
)
def test_capital_letters_glued_to_digits_are_no_money(text):
    assert [f for f in extract_facts(text) if f.unit not in (None, "count")] == []


# (text, quote, value, change): a percentage written with a plus, and a signed percentage after a
# change noun with its subject between
SIGNED_PERCENTAGES = [
    ("Динамика товарооборота составила +6%.", "+6%", 6, "increase"),
    ("Динамика взаимной торговли составила -3,5%.", "-3,5%", -3.5, "decrease"),
    ("Темп прироста экспорта: +2,4%.", "+2,4%", 2.4, "increase"),
    ("Change in exports was +7%.", "+7%", 7, "increase"),
    ("Динаміка товарообігу склала +9%.", "+9%", 9, "increase"),
]


@pytest.mark.parametrize(("text", "quote", "value", "change"), SIGNED_PERCENTAGES)
def test_a_signed_percentage_named_as_a_change(text, quote, value, change):
    fact = _only(text)
    assert (fact.quote, fact.value, fact.unit, fact.metric, fact.change) == (
        quote,
        pytest.approx(value),
        "percent",
        flow_named(text),
        change,
    )


@pytest.mark.parametrize(
    ("text", "quote"),
    [("Экспорт: +12,5% к прошлому году.", "+12,5%"), ("Индекс (+5%) вырос.", "+5%")],
)
def test_a_plus_keeps_a_percentage(text, quote):
    assert [f.quote for f in extract_facts(text)] == [quote]


@pytest.mark.parametrize(
    "text",
    ["Телефон +375 17 123-45-67.", "Температура +4°C.", "Счёт матча 2:1, +3 очка.", "Версия C++11 вышла."],
)
def test_a_plus_before_other_amounts_makes_no_fact(text):
    assert [f for f in extract_facts(text) if f.unit not in (None, "count")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "За девять месяцев товарооборот Казахстана с Турцией сократился на 7,5%, или на 410 млн долларов.",
            [("7,5", "decrease"), ("410 млн", "decrease")],
        ),
        (
            "Импорт вырос на 3,2%, или на 61,4 млн долларов, и составил 1,98 млрд долларов.",
            [("3,2", "increase"), ("61,4 млн", "increase"), ("1,98 млрд", None)],
        ),
        ("Імпорт зменшився на 4%, або на 120 млн доларів.", [("4", "decrease"), ("120 млн", "decrease")]),
        ("Import spadł o 6,3 proc., czyli o 210 mln euro.", [("6,3", "decrease"), ("210 mln", "decrease")]),
        (
            "Imports fell 6.3%, or $210 million, to $3.1 billion.",
            [("6.3", "decrease"), ("210 million", "decrease"), ("3.1 billion", None)],
        ),
        (
            "Поставки увеличились в 2,5 раза, или на 800 млн долларов.",
            [("2,5", "increase"), ("800 млн", "increase")],
        ),
        # a share, not the change restated: stays a level
        ("Экспорт составил 5 млрд долларов, или 20% всего объема.", [("5 млрд", None), ("20", None)]),
    ],
)
def test_a_change_restated_in_other_units_is_the_same_change(text, expected):
    """``, или на X`` after a change restates it in other units: a change too, not a level."""
    assert [(f.number_text, f.change) for f in extract_facts(text)] == expected
