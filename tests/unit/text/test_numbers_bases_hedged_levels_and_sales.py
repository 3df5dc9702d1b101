"""Kinds of numeric fault on unseen news, each in several languages: a base figure whose clause
opens with "the same period of another year" (no period of the figure's); numerals with a case
ending before a scale word (``2-х млрд``); a sentence ending in an abbreviation's dot, which ends
the clause of a change verb; a hedge between a change verb and its "до"; a year in the Ukrainian
instrumental and the ``відс.`` abbreviation; volumes referring back to a flow; Polish hedges
``niespełna``/``przeszło``; ``может`` + an infinitive; Kazakh "more by N%"; periods after
``w ciągu``/``протягом``/``на працягу``; selling verbs as exports."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts
from tests.flows_named import flow_named


def _by_value(text: str) -> dict[float, object]:
    return {f.value: f for f in extract_facts(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Экспорт Беларуси в Китай за январь-сентябрь составил 1,4 млрд долларов, в аналогичном периоде 2025 года — 0,9 млрд.",
        "Импорт из Турции за 10 месяцев достиг 6 млрд долларов, а за аналогичный период прошлого года — 5,2 млрд долларов.",
        "Експорт до Польщі за перше півріччя склав 3 млрд доларів, за аналогічний період 2025 року — 2,6 млрд.",
        "Eksport do Czech w pierwszym kwartale wyniósł 4 mld euro, w analogicznym okresie 2025 r. – 3,7 mld euro.",
        "Exports to Japan reached $7 billion in the first half; in the same period of 2025, $6.1 billion.",
    ],
)
def test_a_base_led_by_the_same_period_of_another_year_has_no_period(text: str) -> None:
    facts = extract_facts(text)
    assert len(facts) == 2, facts
    first, base = facts
    assert first.period is not None
    assert base.period is None
    assert base.metric == first.metric


@pytest.mark.parametrize(
    ("text", "value", "unit", "comparator"),
    [
        ("Товарооборот составил более 2-х миллиардов долларов.", 2e9, "USD", ">"),
        ("Инвестиции составили около 3-х млрд евро.", 3e9, "EUR", "~"),
        ("Поставки зерна достигли 4-х млн тонн.", 4e6, "tonnes", "="),
        ("Экспорт угля превысил 7-ми млн тонн.", 7e6, "tonnes", ">"),
        ("Експорт сягнув понад 2-х мільярдів доларів.", 2e9, "USD", ">"),
    ],
)
def test_a_numeral_with_a_case_ending_before_a_scale_word(
    text: str, value: float, unit: str, comparator: str
) -> None:
    (fact,) = extract_facts(text)
    assert (fact.value, fact.unit, fact.comparator) == (value, unit, comparator)


def test_a_mark_of_an_amount_counts_nothing() -> None:
    # "3-миллиардный рубеж": the amount in the unit of what reached it, never a count of "рубеж"
    for text in ("Инвестиции превысили 3-х миллиардный рубеж.", "Инвестиции превысили 3 миллиардный рубеж."):
        (fact,) = extract_facts(text)
        assert fact.value == 3e9 and fact.unit != "count" and fact.counted is None


@pytest.mark.parametrize(
    "text",
    [
        "Импорт снизился на 4 млрд. Казахстан поставит Китаю до 200 тыс. тонн пшеницы.",
        "Экспорт вырос на 12 тыс. Стоимость контракта — до 300 млн рублей.",
        "Товарооборот увеличился на 150 млн долл. Узбекистан закупит до 50 тыс. тонн хлопка.",
        "Eksport spadł o 5 proc. Polska kupi od Norwegii do 8 mld m3 gazu.",
        "Import wzrósł o 3 mld. Kredyt opiewa na kwotę do 700 mln zł.",
    ],
)
def test_an_abbreviation_dot_before_a_capital_ends_the_change_verbs_clause(text: str) -> None:
    bound = max(extract_facts(text), key=lambda f: f.char_start)
    assert bound.comparator == "<=" and bound.change is None, bound


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("Товарооборот вырос почти до 5 млрд долларов.", "~"),
        ("Экспорт увеличился примерно до 900 млн евро.", "~"),
        ("Импорт вырос более чем до 3 млрд долларов.", ">"),
        ("Товарообіг зріс майже до 4 млрд доларів.", "~"),
        ("Тавараабарот павялічыўся амаль да 2 млрд долараў.", "~"),
        ("Obroty wzrosły prawie do 6 mld dolarów.", "~"),
        ("Товарооборот вырос на 10%, почти до 5 млрд долларов.", "~"),
        ("Obroty wzrosły o 8 proc., prawie do 6 mld dolarów.", "~"),
        ("Товарооборот вырос до 5 млрд долларов.", "="),
    ],
)
def test_a_hedge_of_the_level_a_change_reached(text: str, comparator: str) -> None:
    level = max(extract_facts(text), key=lambda f: f.value)
    assert (level.comparator, level.change) == (comparator, "to")


def test_ukrainian_years_in_the_instrumental_and_the_percent_abbreviation() -> None:
    for text, value in (
        ("Товарообіг України та Молдови зріс на 3,5% порівняно з 2025 роком.", 3.5),
        ("Експорт скоротився на 4% у порівнянні з 2024 роком.", 4),
    ):
        assert [f.value for f in extract_facts(text)] == [value]
    facts = extract_facts("Експорт зріс на 7 відс., а частка Китаю становить 12 відс.")
    assert [(f.value, f.unit) for f in facts] == [(7, "percent"), (12, "percent")]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "Поставки казахстанской нефти в Китай составили 11 млн тонн. В 2027 году они должны вырасти до 13 млн тонн.",
            "export",
        ),
        (
            "Импорт газа из Туркменистана составил 20 млрд кубометров. Он вырастет до 25 млрд куб. м.",
            "import",
        ),
    ],
)
def test_a_volume_referring_back_to_a_flow_takes_its_metric(text: str, metric: str) -> None:
    assert {f.metric for f in extract_facts(text)} == {metric}


def test_a_volume_whose_sentence_names_no_flow_before_it_stays_a_volume() -> None:
    facts = extract_facts(
        "Экспорт нефти составил 10 млн тонн. В следующем году добыча вырастет до 12 млн тонн."
    )
    assert [f.metric for f in facts] == ["export", "volume"]


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("Obroty handlowe wyniosły niespełna 3 mld dolarów.", "<"),
        ("Inwestycje sięgnęły przeszło 4 mld euro.", ">"),
        ("Udział Chin wynosi przeszło 20 proc.", ">"),
    ],
)
def test_polish_hedges(text: str, comparator: str) -> None:
    (fact,) = extract_facts(text)
    assert fact.comparator == comparator


@pytest.mark.parametrize(
    "text",
    [
        "Япония может инвестировать в Узбекистан 3 млрд долларов.",
        "ОАЭ может вложить в порт 1,5 млрд долларов.",
        "Индия может закупить у России 2 млн тонн удобрений.",
    ],
)
def test_russian_may_before_an_infinitive_is_a_forecast(text: str) -> None:
    (fact,) = extract_facts(text)
    assert fact.modality == "forecast"


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Тауар айналымы өткен жылмен салыстырғанда 8,2%-ға артық.", "increase"),
        ("Экспорт 4 пайызға көп.", "increase"),
        ("Импорт 3%-ға кем.", "decrease"),
    ],
)
def test_kazakh_more_or_less_by_a_percentage_is_a_change(text: str, change: str) -> None:
    (fact,) = extract_facts(text)
    assert (fact.metric, fact.change) == (flow_named(text, fact.char_start), change)


def test_kazakh_more_than_a_percentage_is_no_change() -> None:
    facts = extract_facts("Тауар айналымы 50%-дан артық.")
    assert all(f.change is None for f in facts)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Eksport do Węgier w ciągu 9 miesięcy wyniósł 12 mld euro.", "w ciągu 9 miesięcy"),
        ("Експорт до Румунії протягом 10 місяців становив 2 млрд євро.", "протягом 10 місяців"),
        ("Экспарт у Польшчу на працягу 9 месяцаў склаў 600 млн еўра.", "на працягу 9 месяцаў"),
    ],
)
def test_periods_after_during_in_polish_ukrainian_belarusian(text: str, period: str) -> None:
    (fact,) = extract_facts(text)
    assert fact.period == period


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Россия продаст Индии 500 тыс. тонн угля.", "forecast"),
        ("Беларусь прадала Кітаю 300 тыс. тон калію.", "actual"),
        ("Україна продала Єгипту 2 млн тонн пшениці.", "actual"),
        ("Polska sprzeda Czechom 200 tys. ton węgla.", "forecast"),
        ("Polska wyśle do Niemiec 50 tys. ton zboża.", "forecast"),
        ("Україна поставить до Єгипту 3 млн тонн кукурудзи.", "forecast"),
        ("Russia will ship 2 million tonnes of wheat to Egypt.", "forecast"),
    ],
)
def test_selling_and_shipping_to_a_side_is_an_export(text: str, modality: str) -> None:
    (fact,) = extract_facts(text)
    assert (fact.metric, fact.modality) == ("export", modality)


def test_a_market_s_sales_are_no_export() -> None:
    facts = extract_facts("Продажи автомобилей в России выросли на 12%, до 1,2 млн штук.")
    assert "export" not in {f.metric for f in facts}


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Індія закупить в України 300 тис. тонн соняшникової олії.", "України"),
        ("Египет закупит в России 1,5 млн тонн пшеницы.", "России"),
        ("Вьетнам купил в Казахстане 200 тыс. тонн зерна.", "Казахстане"),
        ("Египет закупил у России 2 млн тонн пшеницы.", "России"),
    ],
)
def test_buying_in_a_country_is_an_import_from_it(text: str, origin: str) -> None:
    from flows.text.numbers.direction import flow_spans

    (fact,) = extract_facts(text)
    assert fact.metric == "import"
    spans = flow_spans(text, fact.char_start, fact.char_end, fact.metric)
    assert spans.origin is not None and text[spans.origin[0] : spans.origin[1]] == origin
    assert spans.destination is None


def test_polish_buying_in_a_country_is_an_import() -> None:
    (fact,) = extract_facts("Uzbekistan kupi w Polsce wagony za 600 mln euro.")
    assert (fact.metric, fact.modality) == ("import", "forecast")


@pytest.mark.parametrize(
    "text",
    [
        "Товарооборот превысил в 2025 году 4 млрд долларов.",
        "Товарообіг перевищив у 2025 р. 3 млрд доларів.",
        "Wymiana handlowa przekroczyła w 2025 r. 46 mld dolarów.",
        "Eksport do Niemiec przekroczył w 2024 roku 5 mld euro.",
    ],
)
def test_a_year_between_a_bounds_verb_and_its_amount_keeps_the_bound(text: str) -> None:
    (fact,) = extract_facts(text)
    assert fact.comparator == ">"
    assert fact.period is not None


def test_a_year_before_an_amount_with_no_bound_stays_exact() -> None:
    (fact,) = extract_facts("Товарооборот составил в 2025 году 4 млрд долларов.")
    assert fact.comparator == "="


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Қазақстанның Қытайға экспорты 2026 жылғы қаңтар-қыркүйекте 7,2 млрд долларды құрады.",
            "2026-01/2026-09",
        ),
        ("Экспорт 2025 жылдың қаңтар-маусымында 3 млрд долларды құрады.", "2025-H1"),
        ("Импорт 2026 жылғы қаңтар-қазан айларында 2 млрд долларды құрады.", "2026-01/2026-10"),
    ],
)
def test_kazakh_months_with_their_case_ending_are_the_period(text: str, label: str) -> None:
    from datetime import date

    from flows.text.numbers.periods import parse_period

    (fact,) = extract_facts(text)
    period = parse_period(fact.period, date(2026, 11, 30))
    assert period is not None and period.label == label


@pytest.mark.parametrize(
    "text",
    [
        "Соглашение, вступившее в силу в мае 2025 года, обнуляет пошлины на 87% товаров.",
        "Контракт, подписанный в 2024 году, предусматривает поставки 3 млн тонн угля.",
        "Меморандум, заключенный в январе 2026 года, охватывает 40 проектов.",
        "Umowa, podpisana w 2024 r., przewiduje dostawy 2 mln ton zboża.",
        "The deal, signed in 2024, provides for 2 million tonnes of grain.",
    ],
)
def test_a_date_in_a_participle_phrase_is_no_period_of_the_figure(text: str) -> None:
    (fact,) = extract_facts(text)
    assert fact.period is None


def test_a_period_after_a_parenthetical_source_stays() -> None:
    (fact,) = extract_facts("Товарооборот, по данным таможни, в 2025 году составил 3 млрд долларов.")
    assert fact.period == "в 2025 году"


def test_a_period_in_a_participle_phrase_of_what_is_counted_stays() -> None:
    # the participle describes what the figure counts, not when a document was made
    facts = extract_facts(
        "Число мигрантов из Таджикистана, выехавших в Россию за январь–октябрь 2026 года, "
        "сократилось на 18% и составило 312 тыс. человек."
    )
    assert [f.period for f in facts] == ["за январь–октябрь 2026 года"] * 2
