"""A change in a clause of its own right after a figure (``..., up 21 percent``, ``..., что на 18%
больше``, ``увеличившись на 21%``, ``(+12%)``) qualifies that figure: ``change_of_figure_before``
(``flows.ingest.staging`` makes it bilateral where the figure is). A change with a subject of its
own (``а ВВП вырос на 3%``), or after a sentence break, does not."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts
from flows.text.numbers.indicators import change_of_figure_before
from tests.flows_named import flow_named


def _qualifies(text: str) -> bool:
    facts = extract_facts(text)
    assert len(facts) == 2, [f.quote for f in facts]
    return change_of_figure_before(text, facts[0], facts[1])


@pytest.mark.parametrize(
    "text",
    [
        "Cross-border freight on the line reached 16.5 million tonnes in January-November, up 21 percent year on year.",
        "Shipments totalled 2.4 million tonnes, an increase of 8% on last year.",
        "Товарооборот региона за 10 месяцев составил 820 млн долларов, что на 18% больше, чем годом ранее.",
        "Грузооборот на линии за январь-ноябрь составил 16,5 млн тонн, увеличившись на 21%.",
        "Експорт склав 3,2 млрд доларів, що на 9% більше, ніж торік.",
        "Экспорт составил 5 млрд долларов (+12%).",
        "Obroty wyniosły 4 mld euro, co oznacza wzrost o 5%.",
        # a comparison's words between the conjunction and the change
        "Экспорт в Китай составил 3,1 млрд долларов, что по сравнению с 2024 годом на 12% меньше.",
        "Товарообіг склав 1,2 млрд доларів, що у порівнянні з минулим роком на 9% більше.",
        # Kazakh: "бұл" (this), a comparison, the amount in the dative and more/higher, less/lower
        "Екі ел арасындағы тауар айналымы 286 млн долларды құрады, бұл өткен жылғы көрсеткіштен 34 пайызға жоғары.",
        "Тауар айналымы 410 млн долларды құрады, бұл былтырғыдан 9%-ға төмен.",
        "Экспорт көлемі 1,2 млрд долларды құрады, бұл өткен жылмен салыстырғанда 8,7%-ға артық.",
    ],
)
def test_a_change_of_the_figure_before(text: str) -> None:
    assert _qualifies(text)


@pytest.mark.parametrize(
    "text",
    [
        "Товарооборот с Китаем составил 5 млрд долларов, а ВВП вырос на 3%.",
        "Exports reached 4 million tonnes. Prices rose 12% over the year.",
        "Exports reached 4 million tonnes, while inflation rose 12% over the year.",
        # the next sentence opened otherwise than by a demonstrative, or with a figure of its own first
        "Экспорт составил 2,3 млрд долларов. Инфляция за год ускорилась на 6%.",
        "Экспорт составил 2,3 млрд долларов, сообщили в ведомстве. Это на 8% больше, чем годом ранее.",
    ],
)
def test_a_change_of_its_own(text: str) -> None:
    assert not _qualifies(text)


@pytest.mark.parametrize(
    ("text", "quote", "change"),
    [
        (
            "Shipments totalled 2.4 million tonnes, an increase of 8% on last year.",
            "increase of 8%",
            "increase",
        ),
        ("Exports fell to 3 billion dollars, a drop of 12 percent.", "drop of 12 percent", "decrease"),
        ("A rise of 5% was recorded in exports to Chile.", "rise of 5%", "increase"),
    ],
)
def test_an_english_change_noun_and_of(text: str, quote: str, change: str) -> None:
    found = [(f.quote, f.change, f.metric) for f in extract_facts(text) if f.unit == "percent"]
    assert found == [(quote, change, flow_named(text))]


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        (
            "Динамика товарооборота Эстонии и Финляндии за январь-октябрь составила минус 4%.",
            -4.0,
            "decrease",
        ),
        ("Экспорт вырос на 5%, а динамика импорта из Кыргызстана — минус 4%.", -4.0, "decrease"),
        ("Динаміка імпорту склала мінус 3%.", -3.0, "decrease"),
        ("Динамика экспорта составила плюс 2,5%.", 2.5, "increase"),
    ],
)
def test_a_sign_in_a_word_after_a_word_of_change(text: str, value: float, change: str) -> None:
    (fact,) = [f for f in extract_facts(text) if f.value == value]
    assert (fact.change, fact.metric) == (change, flow_named(text, fact.char_start))


@pytest.mark.parametrize(
    ("text", "quote", "change"),
    [
        (
            "Экспарт склаў 5 млрд долараў, што ў 2,3 раза больш, чым годам раней.",
            "ў 2,3 раза больш",
            "increase",
        ),
        (
            "Експорт склав 5 млрд доларів, що у 2,3 раза більше, ніж роком раніше.",
            "у 2,3 раза більше",
            "increase",
        ),
        ("Eksport wyniósł 5 mld dolarów, 2,3 razy więcej niż rok wcześniej.", "2,3 razy więcej", "increase"),
        (
            "Exports reached 5 billion dollars, 2.3 times more than a year earlier.",
            "2.3 times more",
            "increase",
        ),
        ("Imports were 3 times lower than in 2024.", "3 times lower", "decrease"),
    ],
)
def test_a_multiple_against_an_earlier_level(text: str, quote: str, change: str) -> None:
    (fact,) = [f for f in extract_facts(text) if f.unit == "times"]
    assert (fact.quote, fact.change, fact.metric) == (quote, change, flow_named(text, fact.char_start))


def test_a_multiple_against_another_place_is_no_fact() -> None:
    assert [
        f for f in extract_facts("Prices in Norway are 3 times higher than in Poland.") if f.unit == "times"
    ] == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Кредит в размере от двух до трех миллиардов юаней.", 2e9, 3e9),
        ("Инвестиции составят от полутора до двух миллиардов долларов.", 1.5e9, 2e9),
        ("Investment will be between two and three billion dollars.", 2e9, 3e9),
        ("Поставки составят от пяти до семи миллионов тонн.", 5e6, 7e6),
    ],
)
def test_a_range_in_number_words(text: str, low: float, high: float) -> None:
    (fact,) = extract_facts(text)
    assert (fact.value, fact.value_high, fact.comparator) == (low, high, "=")


def test_a_range_in_words_reads_its_modality_as_one_in_digits() -> None:
    words = (
        "Китай предоставит Непалу кредит в размере от двух до трех миллиардов юаней на строительство дороги."
    )
    digits = "Китай предоставит Непалу кредит в размере от 2 до 3 млрд юаней на строительство дороги."
    assert (
        [f.modality for f in extract_facts(words)]
        == [f.modality for f in extract_facts(digits)]
        == ["forecast"]
    )


def test_an_upper_bound_in_words_stays_one() -> None:
    (fact,) = extract_facts("На эти цели выделят до трех миллиардов долларов.")
    assert (fact.value, fact.value_high, fact.comparator) == (3e9, None, "<=")


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Импорт из Турции составил 3,4 млрд долларов. Это на 14% больше, чем годом ранее.", "import"),
        (
            "Товарооборот достиг 12 млрд долларов. Это почти вдвое больше, чем три года назад.",
            "trade_turnover",
        ),
        ("Експорт до Румунії склав 900 млн доларів. Це на 7% менше, ніж торік.", "export"),
        ("Гандаль з Кітаем склаў 5,1 млрд долараў. Гэта на 9% больш, чым годам раней.", "trade_turnover"),
        (
            "Сауда көлемі 2,1 млрд долларды құрады. Бұл өткен жылмен салыстырғанда 6%-ға артық.",
            "trade_turnover",
        ),
        ("Bilateral trade reached $4.2 billion. This is 11% more than a year earlier.", "trade_turnover"),
    ],
)
def test_a_change_in_the_next_sentence_opened_by_a_demonstrative(text: str, metric: str) -> None:
    """The next sentence refers to the figure with a demonstrative (``Это``, ``Це``, ``Гэта``,
    ``Бұл``, ``This``): its change is that figure's, of its flow, bilateral where it is."""
    assert _qualifies(text)
    assert extract_facts(text)[1].metric == metric


@pytest.mark.parametrize(
    ("text", "metric", "change"),
    [
        (
            "Екі ел арасындағы тауар айналымы 286 млн долларды құрады, бұл өткен жылғы көрсеткіштен 34 пайызға жоғары.",
            "trade_turnover",
            "increase",
        ),
        (
            "Экспорт в Китай составил 3,1 млрд долларов, что по сравнению с 2024 годом на 12% меньше.",
            "export",
            "decrease",
        ),
        # an English participle opening the clause after the level
        (
            "Trade between the two countries reached $2 billion in 2024, rising 15%.",
            "trade_turnover",
            "increase",
        ),
        (
            "Exports to China totalled $4.1 billion, falling 8.2 percent from a year earlier.",
            "export",
            "decrease",
        ),
        ("Imports from Turkey came to $900 million, declining 3% on the year.", "import", "decrease"),
    ],
)
def test_the_change_after_a_comparison_has_the_figures_flow(text: str, metric: str, change: str) -> None:
    facts = extract_facts(text)
    assert (facts[1].metric, facts[1].change) == (metric, change)


@pytest.mark.parametrize(
    "text", ["The rising 5% tariff worried exporters.", "Its growing 3% share of the market was noted."]
)
def test_an_english_participle_after_a_determiner_is_an_adjective_not_a_change(text: str) -> None:
    assert [f.change for f in extract_facts(text)] == [None]
