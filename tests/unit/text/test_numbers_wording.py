"""Wording that decides what a figure is: how far a hedged or round figure reaches, a change's
start written apart from its end, figures listed "respectively", a region's figure, half-scale
words and Kazakh periods."""

from __future__ import annotations

from datetime import date

import pytest

from flows.text.numbers import extract_facts
from flows.text.numbers.indicators import fact_scope, partner_span, wording_bounds
from flows.text.numbers.periods import mention_period


def _bounds(text: str) -> tuple[float, float]:
    return wording_bounds(extract_facts(text)[0])


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return max(a[0], b[0]) <= min(a[1], b[1])


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("составил почти 30 млрд долларов", 27e9, 33e9),
        ("составил около 80 млрд долларов", 72e9, 88e9),
        ("reached about 200 billion dollars", 180e9, 220e9),
        ("составил 300 млн евро", 285e6, 315e6),
        ("составил около 10%", 9, 11),
        # a last significant digit finer than a tenth keeps its own step
        ("составил почти 47 млрд долларов", 46e9, 48e9),
        ("составил 1 500 тонн", 1450, 1550),
        # one-sided hedges keep the next round figure as their far end
        ("превысил 3 млрд долларов", 3e9, 4e9),
    ],
)
def test_trailing_zeros_do_not_stretch_a_figure(text, low, high):
    assert _bounds(text) == pytest.approx((low, high))


@pytest.mark.parametrize(
    ("hedged", "other"),
    [
        ("около 70 млрд долларов", "110 млрд долларов"),
        ("почти 30 млрд долларов", "36 млрд долларов"),
        ("about 50 billion dollars", "80 billion dollars"),
        ("около 20%", "25%"),
    ],
)
def test_a_hedged_figure_does_not_reach_a_much_larger_one(hedged, other):
    assert not _overlap(_bounds(hedged), _bounds(other))


def test_close_restatements_still_overlap():
    assert _overlap(_bounds("почти 30 млрд долларов"), _bounds("29,4 млрд долларов"))
    assert _overlap(_bounds("около 100 млрд долларов"), _bounds("96 млрд долларов"))


@pytest.mark.parametrize(
    ("text", "start_value", "start_period", "end_value", "end_period"),
    [
        (
            "Казахстан и Египет намерены увеличить товарооборот с 600 млн долларов в 2024 году до 2 млрд долларов к 2030 году.",
            6e8,
            "в 2024 году",
            2e9,
            "к 2030 году",
        ),
        (
            "Turkey and Brazil plan to lift trade to $20 billion by 2029 from $9 billion in 2025, ministers said.",
            9e9,
            "in 2025",
            2e10,
            "by 2029",
        ),
        (
            "Стороны планируют довести товарооборот с 1,5 млрд долларов в прошлом году до 3 млрд к 2031 году.",
            1.5e9,
            "в прошлом году",
            3e9,
            "к 2031 году",
        ),
    ],
)
def test_a_plans_start_is_no_target_and_each_end_keeps_its_period(
    text, start_value, start_period, end_value, end_period
):
    facts = {f.value: f for f in extract_facts(text)}
    start, end = facts[start_value], facts[end_value]
    assert (start.change, start.modality, start.period) == ("from", "actual", start_period)
    assert (end.change, end.modality, end.period) == ("to", "target", end_period)


def test_a_from_without_an_end_is_left_alone():
    f = extract_facts("Компания с 5 млн долларов капитала вошла в рынок в 2024 году.")
    assert all(x.change is None for x in f)


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        (
            "Импорт Казахстана из Турции и экспорт в Турцию в 2024 году составили $3 млрд и $1,2 млрд соответственно.",
            ["import", "export"],
        ),
        (
            "Exports to Poland and imports from Poland reached $700 million and $250 million, respectively, in 2025.",
            ["export", "import"],
        ),
        (
            "Товарооборот и инвестиции составили 4 млрд и 900 млн долларов соответственно.",
            ["trade_turnover", "investment"],
        ),
    ],
)
def test_respectively_maps_the_figures_to_the_metrics_in_order(text, metrics):
    assert [f.metric for f in extract_facts(text)] == metrics


def test_respectively_without_as_many_metrics_names_none():
    facts = extract_facts("Экспорт в 2024 и 2025 годах составил 3 млрд и 5 млрд долларов соответственно.")
    assert [f.metric for f in facts] == ["other", "other"]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Товарооборот Гродненской области с Польшей в 2025 году составил 310 млн долларов.", "subnational"),
        ("Экспорт провинции Юньнань во Вьетнам составил 4 млрд долларов.", "subnational"),
        ("Витебская область увеличила экспорт в Россию до 900 млн долларов.", "subnational"),
        ("Trade between Kazakhstan and the Xinjiang province of China reached $6 billion.", "subnational"),
        (
            "Товарооборот Беларуси и Вьетнама составил 200 млн долларов, сообщил губернатор области.",
            "national",
        ),
        ("Товарооборот Республики Беларусь с Китаем составил 8 млрд долларов.", "national"),
        ("Товарооборот Казахстана и Китая, крупнейшего партнера в регионе, составил 40 млрд.", "national"),
    ],
)
def test_a_regions_figure_is_subnational(text, scope):
    f = extract_facts(text)[-1]
    assert fact_scope(text, f.char_start, f.char_end) == scope


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("ОАЭ вложат в экономику Узбекистана полмиллиарда долларов.", 5e8, "USD"),
        ("Фонд выделил полмиллиона евро на гранты.", 5e5, "EUR"),
        ("Госдолг превысил полтриллиона рублей.", 5e11, "RUB"),
        ("Україна отримає півмільйона євро на відновлення.", 5e5, "EUR"),
        ("Інвестиції склали півмільярда доларів.", 5e8, "USD"),
        ("Беларусь атрымала паўмільярда долараў.", 5e8, "USD"),
        ("Japan pledged half a billion dollars to the fund.", 5e8, "USD"),
        ("The bank lent half a million euros.", 5e5, "EUR"),
    ],
)
def test_half_scale_words(text, value, unit):
    f = extract_facts(text)[0]
    assert (f.value, f.unit) == (value, unit)


def test_half_alone_is_no_amount():
    assert extract_facts("Half of the exports went to China.") == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Қазақстан мен Қытай арасындағы тауар айналымы 2024 жылы 41 млрд долларды құрады.", "2024"),
        ("Тауар айналымы 2026 жылдың қаңтар-маусым айларында 3,2 млрд долларға жетті.", "2026-H1"),
        ("Экспорт 2025 жылдың қаңтар-қазан айларында 5 млрд доллар болды.", "2025-01/2025-10"),
        ("Экспорт 2024 жылдың 9 айында 5 млрд доллар болды.", "2024-01/2024-09"),
        ("Экспорт 2025 жылдың бірінші тоқсанында 2 млрд доллар болды.", "2025-Q1"),
        ("Өткен жылы экспорт 6 млрд доллар болды.", "2025"),
    ],
)
def test_kazakh_periods(text, label):
    f = next(x for x in extract_facts(text) if x.unit == "USD")
    period = mention_period(f.period, date(2026, 11, 20), f.modality, "money")
    assert period is not None and period.label == label


def test_kazakh_months_are_no_count():
    assert [f.unit for f in extract_facts("Экспорт 2024 жылдың 9 айында 5 млрд доллар болды.")] == ["USD"]


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        (
            "Товарооборот Узбекистана с Турцией за 2025 год составил 3 млрд долларов, с Индией — 900 млн долларов.",
            ["Турцией", "Индией"],
        ),
        ("Kazakhstan's trade with Italy reached $14 billion, with Spain $2 billion.", ["Italy", "Spain"]),
        ("Товарооборот Беларуси и Китая составил 8 млрд долларов.", [None]),
    ],
)
def test_each_figure_has_the_partner_of_its_own_clause(text, partners):
    found = []
    for f in extract_facts(text):
        span = partner_span(text, f.char_start)
        found.append(text[span[0] : span[1]] if span else None)
    assert found == partners


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        # a flow of one direction: its destination or origin is its partner
        (
            "Экспорт Казахстана в Китай в 2025 году составил 19 млрд долларов, в Иран — 0,5 млрд долларов.",
            ["Китай", "Иран"],
        ),
        ("Импорт Беларуси из Турции вырос до 3 млрд долларов.", ["Турции"]),
        ("Poland's exports to Germany reached $90 billion.", ["Germany"]),
        ("Eksport Polski do Niemiec wyniósł 90 mld dolarów.", ["Niemiec"]),
        # several partners: one span over the list (a sum, no pair's)
        (
            "Товарооборот Беларуси с Россией, Казахстаном и Арменией в 2025 году составил 52 млрд долларов.",
            ["Россией, Казахстаном и Арменией"],
        ),
        ("Kazakhstan's exports to China and Russia reached $30 billion.", ["China and Russia"]),
        # a bloc: the span covers its words
        ("Экспорт Китая в страны ЕАЭС в 2025 году составил 150 млрд долларов.", ["страны ЕАЭС"]),
        ("Товарооборот Беларуси со странами Евросоюза составил 4,2 млрд долларов.", ["странами Евросоюза"]),
        # items of a list after a colon: the name before each dash
        (
            "Экспорт по направлениям: Италия — 11,2 млн тонн, Нидерланды — 4,9 млн тонн, Южная Корея — 2 млн тонн.",
            ["Италия", "Нидерланды", "Южная Корея"],
        ),
        (
            "Shipments by destination: Italy - 11.2 million tonnes, Netherlands - 4.9 million tonnes.",
            ["Italy", "Netherlands"],
        ),
        # no partner in the clause
        ("Экспорт Беларуси в 2025 году составил 40 млрд долларов.", [None]),
        ("Экспорт за 2025 год — 40 млрд долларов.", [None]),
        ("Товарооборот с Китаем, по данным таможни, составил 8 млрд долларов.", [None]),
    ],
)
def test_a_flows_partner_may_be_its_destination_a_list_or_a_bloc(text, partners):
    found = []
    for f in extract_facts(text):
        span = partner_span(text, f.char_start, 0, f.metric)
        found.append(text[span[0] : span[1]] if span else None)
    assert found == partners


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "Министры обсудили двустороннюю торговлю, объем которой за 2024 год составил 75 млрд долларов.",
            "trade_turnover",
        ),
        ("Сторони обговорили двосторонню торгівлю, обсяг якої сягнув 4 млрд доларів.", "trade_turnover"),
        ("Товары отгружены в объеме 12 млн долларов.", "volume"),
    ],
)
def test_the_flow_named_before_its_volume_is_the_metric(text, metric):
    assert [f.metric for f in extract_facts(text) if f.unit == "USD"] == [metric]


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Экспорт Узбекистана в Россию составил 7 млрд долларов, динамика -8%.", -8, "decrease"),
        ("Товарооборот за полугодие — 2 млрд долларов, темп прироста: −1,5%.", -1.5, "decrease"),
    ],
)
def test_a_signed_dynamics_is_a_change(text, value, change):
    f = next(x for x in extract_facts(text) if x.unit == "percent")
    assert (f.value, f.metric, f.change) == (value, "growth", change)


def test_a_signed_percentage_without_a_change_word_is_no_change():
    f = extract_facts("Цена составила -4%.")[0]
    assert f.change is None and f.metric != "growth"


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # a decimal comma in the level before ends no clause: the verb shares the level's subject
        (
            "Товарооборот Беларуси и Узбекистана за 10 месяцев составил 1,02 млрд долларов и увеличился на 14%.",
            "trade_turnover",
        ),
        ("Экспорт Армении в Иран в 2025 году составил 2,5 млрд долларов и сократился на 3,1%.", "export"),
        ("Товарообіг України та Польщі склав 11,7 млрд доларів і зріс на 9%.", "trade_turnover"),
        # a gerund after the level's clause
        ("Импорт из Китая за девять месяцев составил 4,2 млрд долларов, увеличившись на 11%.", "import"),
        (
            "Тавараабарот Беларусі і Кітая за студзень – кастрычнік склаў 5,4 млрд долараў, павялічыўшыся на 8%.",
            "trade_turnover",
        ),
        ("Експорт зерна до Єгипту склав 1,3 млрд доларів, збільшившись на 17%.", "export"),
        # a source set off by commas between the flow and its verb
        ("Товарооборот России и Турции, по данным ФТС, сократился на 7,5%.", "trade_turnover"),
        ("Импорт нефти, по оценке аналитиков, вырос на 12%.", "import"),
        # a verb with no flow before it, or a clause with a subject of its own: growth of what the
        # text does not say
        ("ВВП, по оценке министерства, вырос на 3%.", "growth"),
        ("Экспорт составил 3,2 млрд долларов, а ВВП вырос на 2%.", "growth"),
        ("Товарооборот за полугодие — 2 млрд долларов, темп прироста: −1,5%.", "growth"),
    ],
)
def test_a_change_told_by_a_verb_without_a_subject_is_of_the_sentences_flow(text, metric):
    f = next(x for x in extract_facts(text) if x.unit == "percent")
    assert (f.metric, f.change in ("increase", "decrease")) == (metric, True)


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "По ее словам, участие российских инвесторов в проекте сжижения газа может составить от 4 до 5 млрд долларов.",
            "investment",
        ),
        ("Доля китайских инвесторов в капитале завода составит 300 млн долларов.", "investment"),
        ("Китайские инвесторы готовы направить в индустриальный парк около 700 млн долларов.", "investment"),
        ("Udział polskich inwestorów w projekcie wyniesie 120 mln euro.", "investment"),
        # money bought from investors is no investment
        ("Банк выкупил у частных инвесторов облигации на 1 млрд рублей.", "other"),
    ],
)
def test_what_investors_put_in_is_an_investment(text, metric):
    f = next(x for x in extract_facts(text) if x.unit in ("USD", "EUR", "RUB"))
    assert f.metric == metric
