"""A change in percent, times or a fraction is the change of the flow its clause names (metric
export, import, trade_turnover, investment), or of the figure it qualifies; ``growth`` only when the
text does not say what changed. Purchases or supplies of a country's goods are that flow."""

from __future__ import annotations

import re

import pytest

from flows.text.gazetteer import country_adjective_forms, country_adjective_pattern
from flows.text.numbers import extract_facts


def _relative(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (f.quote, f.change, f.metric)
        for f in extract_facts(text)
        if f.unit in ("percent", "percentage_points", "times", "fraction")
    ]


@pytest.mark.parametrize(
    ("text", "quote", "change", "metric"),
    [
        (
            "Импорт Казахстана из Китая за январь–август снизился на 6,3%.",
            "снизился на 6,3%",
            "decrease",
            "import",
        ),
        ("Экспорт Грузии в 2024–2025 годах увеличился на 9%.", "увеличился на 9%", "increase", "export"),
        (
            "Взаимный товарооборот за девять месяцев вырос в 1,4 раза.",
            "вырос в 1,4 раза",
            "increase",
            "trade_turnover",
        ),
        ("На 7% сократились инвестиции Турции в Азербайджан.", "На 7% сократились", "decrease", "investment"),
        ("Темп прироста импорта: +3,2%.", "+3,2%", "increase", "import"),
        (
            "Товарообіг України з Молдовою за січень–вересень зріс на 21%.",
            "зріс на 21%",
            "increase",
            "trade_turnover",
        ),
        ("Экспарт Беларусі ў Кітай павялічыўся на 11%.", "павялічыўся на 11%", "increase", "export"),
        ("Import z Chin spadł w 2025 r. o 6 proc.", "spadł w 2025 r. o 6 proc", "decrease", "import"),
        ("Exports to Vietnam fell by a quarter.", "fell by a quarter", "decrease", "export"),
        ("Bilateral trade posted a 9% increase.", "9% increase", "increase", "trade_turnover"),
        # no flow in the clause: a change of what the text does not say
        ("Промышленное производство выросло на 4%.", "выросло на 4%", "increase", "growth"),
        ("Экспортные пошлины выросли на 10%.", "выросли на 10%", "increase", "growth"),
    ],
)
def test_a_relative_change_takes_the_flow_its_clause_names(text, quote, change, metric):
    assert _relative(text) == [(quote, change, metric)]


def test_a_flow_of_another_clause_is_not_the_change_s():
    # the flow after a conjunction opens a clause of its own
    assert _relative("Производство выросло на 5% и импорт сократился на 2%.") == [
        ("выросло на 5%", "increase", "growth"),
        ("сократился на 2%", "decrease", "import"),
    ]
    assert _relative("Цены выросли на 8%, а экспорт снизился на 3%.") == [
        ("выросли на 8%", "increase", "growth"),
        ("снизился на 3%", "decrease", "export"),
    ]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Импорт из Египта достиг 300 млн долларов, что на 25% больше, чем годом ранее.", "import"),
        ("Экспорт достиг 40 млн долларов, что в 2 раза больше прежнего уровня.", "export"),
        ("Investment from Japan reached $2 billion, up 14 percent.", "investment"),
        # a physical volume is no flow of the list: its change stays growth
        ("Перевозки составили 5 млн тонн, увеличившись на 3%.", "growth"),
    ],
)
def test_a_change_qualifying_the_figure_before_takes_its_flow(text, metric):
    (change,) = _relative(text)
    assert change[2] == metric


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Египет нарастил закупки российской пшеницы до 9 млн тонн.", "import"),
        ("Индия увеличила покупки казахстанской нефти на 2 млрд долларов.", "import"),
        ("Polska ograniczyła zakupy rosyjskiego węgla do 3 mln ton.", "import"),
        ("Purchases of Brazilian soybeans reached 12 million tonnes.", "import"),
        ("Поставки узбекского хлопка составили 150 тыс. тонн.", "export"),
        ("Постачання українського зерна склали 4 млн тонн.", "export"),
        # goods of no country named: no flow
        ("Закупки оборудования составили 5 млн долларов.", "other"),
    ],
)
def test_purchases_and_supplies_of_a_country_s_goods(text, metric):
    (fact,) = [f for f in extract_facts(text) if f.unit not in ("percent", "times")]
    assert fact.metric == metric


def test_a_supply_to_a_side_referred_to_by_an_adverb():
    text = "Киргизия — крупный покупатель нашего сахара: в прошлом году мы поставили туда 80 тыс. тонн."
    assert [f.metric for f in extract_facts(text)] == ["export"]
    assert [f.metric for f in extract_facts("Там мы поставили рекорд в 5 млн тонн.")] == ["volume"]


def test_country_adjectives_match_every_case_and_no_common_word():
    pattern = re.compile(rf"(?<![\w]){country_adjective_pattern()}", re.I)
    for word in (
        "российской",
        "казахстанскому",
        "російського",
        "расійскай",
        "rosyjskiego",
        "Chinese",
        "польских",
    ):
        assert pattern.fullmatch(word), word
    for word in ("политической", "policy", "individual", "roman", "оборудования", "польза"):
        assert not pattern.fullmatch(word), word
    stems, latin = country_adjective_forms()
    assert "российск" in stems and "polish" in latin and "poli" not in latin


@pytest.mark.parametrize(
    ("text", "quote", "change"),
    [
        ("Импорт втрое меньше, чем четыре года назад.", "втрое меньше", "decrease"),
        ("Экспорт вдвое больше прошлогоднего.", "вдвое больше", "increase"),
        ("Exports were 8% lower than a year earlier.", "8% lower", "decrease"),
        ("Imports were 15 percent higher than last year.", "15 percent higher", "increase"),
        ("Eksport był 6 proc. wyższy niż rok wcześniej.", "6 proc. wyższy", "increase"),
        ("Торгівля у 3 рази більша, ніж п'ять років тому.", "у 3 рази більша", "increase"),
    ],
)
def test_a_comparative_against_an_earlier_level_is_a_change(text, quote, change):
    ((got_quote, got_change, _metric),) = _relative(text)
    assert (got_quote, got_change) == (quote, change)


@pytest.mark.parametrize(
    "text",
    [
        "Это вдвое больше населения страны.",
        "The rate is 11% higher than in Poland.",
        "Wages are 20% lower than in Germany.",
    ],
)
def test_a_comparative_against_something_else_is_no_change(text):
    assert all(change is None for _quote, change, _metric in _relative(text))


def test_a_trie_pattern_matches_exactly_its_words():
    from flows.text.gazetteer import trie_pattern

    words = ["российск", "росс", "румынск", "rosyjsk", "r"]
    pattern = re.compile(trie_pattern(words))
    for word in words:
        assert pattern.fullmatch(word), word
    for word in ("рос", "российскx", "румын", "ro", ""):
        assert not pattern.fullmatch(word), word


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        (
            "В прошлом году товарооборот двух стран составил 52,4 млн долларов, однако в этом году он вырос в 1,8 раза.",
            "вырос в 1,8 раза",
            "trade_turnover",
        ),
        ("Імпорт з Польщі склав 3 млрд доларів, але він скоротився на 7%.", "скоротився на 7%", "import"),
        ("Exports to Japan reached $2.1 billion, though they fell 4 percent.", "fell 4 percent", "export"),
        # a pronoun with no flow before it in the sentence: what changed is not said
        ("Цены на газ снизились, но они выросли на 6% за неделю.", "выросли на 6%", "growth"),
    ],
)
def test_a_change_whose_clause_refers_to_the_flow_by_a_pronoun(text, quote, metric):
    (fact,) = [f for f in extract_facts(text) if f.quote == quote]
    assert fact.metric == metric


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        # goods received from a side, or arriving in one: an import
        (
            "В 2027 году Армения получит из Ирана 600 млн кубометров газа.",
            "600 млн кубометров газа",
            "import",
        ),
        (
            "За год в Сербию поступило 2,3 млрд кубометров российского газа.",
            "2,3 млрд кубометров российского газа",
            "import",
        ),
        ("Торік Молдова отримала з Румунії 1,1 млрд кубометрів газу.", "1,1 млрд кубометрів", "import"),
        # goods going off to a side named before the verb, or to a region's countries: an export
        ("Крупнейшим покупателем стал Египет: туда ушло 3,4 млн тонн.", "3,4 млн тонн", "export"),
        ("Казахстан отгрузил в страны Азии 1,7 млн тонн муки.", "1,7 млн тонн муки", "export"),
        # supplied or handed over to a side in the dative, an undeclined name too
        ("Беларусь поставит Никарагуа 12 тыс. тонн удобрений.", "12 тыс. тонн удобрений", "export"),
        ("Россия передала Кубе 25 тыс. тонн нефти.", "25 тыс. тонн нефти", "export"),
        # more of the object list after "а также" stays the verb's
        (
            "Беларусь поставляет в Монголию технику, а также около 15 тыс. тонн молочной продукции.",
            "около 15 тыс. тонн молочной продукции",
            "export",
        ),
        # money received is a credit or a grant, no import
        ("Таджикистан получил от Китая 300 млн долларов.", "300 млн долларов", "other"),
    ],
)
def test_goods_received_sent_or_handed_to_a_side(text, quote, metric):
    (fact,) = [f for f in extract_facts(text) if f.quote == quote]
    assert fact.metric == metric


def test_a_change_after_a_figure_closed_by_an_abbreviations_dot():
    text = "Товарооборот составил 96,4 млн долл., увеличившись на 14%."
    (change,) = [f for f in extract_facts(text) if f.unit == "percent"]
    assert change.metric == "trade_turnover"


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        # the amount between the purchase and the country's goods
        (
            "Покупатели из Омана приобрели свыше 0,8 млн тонн казахстанской пшеницы.",
            "свыше 0,8 млн тонн казахстанской пшеницы",
            "import",
        ),
        ("Египет закупил 3,4 млн тонн российской пшеницы.", "3,4 млн тонн российской пшеницы", "import"),
    ],
)
def test_purchases_with_the_amount_between(text, quote, metric):
    (fact,) = [f for f in extract_facts(text) if f.quote == quote]
    assert fact.metric == metric
