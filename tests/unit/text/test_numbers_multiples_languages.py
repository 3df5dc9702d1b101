"""Multiples, fractions and comparatives of change in every language read (Ukrainian, Belarusian,
Polish, Kazakh, English as Russian), verbs of widening and narrowing before "to", and the
Belarusian "да" and a Polish or Ukrainian wish as a target."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts
from tests.flows_named import flow_named


def _only(text: str):
    (fact,) = extract_facts(text)
    return fact


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Імпорт скоротився втричі.", 3.0, "decrease"),
        ("Експорт зріс удвічі за рік.", 2.0, "increase"),
        ("Экспарт павялічыўся ўдвая.", 2.0, "increase"),
        ("Eksport wzrósł dwukrotnie.", 2.0, "increase"),
        ("Import spadł trzykrotnie.", 3.0, "decrease"),
        ("Exports rose threefold.", 3.0, "increase"),
        ("Eksport wzrósł 2,5-krotnie.", 2.5, "increase"),
        ("Exports grew 1.5-fold.", 1.5, "increase"),
        ("Тауар айналымы 1,5 есеге өсті.", 1.5, "increase"),
        ("Импорт 3 есе азайды.", 3.0, "decrease"),
    ],
)
def test_multiples(text: str, value: float, change: str) -> None:
    fact = _only(text)
    assert (fact.value, fact.unit, fact.change, fact.metric) == (
        value,
        "times",
        change,
        flow_named(text, fact.char_start),
    )


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Імпорт скоротився на третину.", 1 / 3, "decrease"),
        ("Товарообіг зріс на чверть.", 0.25, "increase"),
        ("Экспарт знізіўся на палову.", 0.5, "decrease"),
        ("Eksport spadł o połowę.", 0.5, "decrease"),
    ],
)
def test_fractions(text: str, value: float, change: str) -> None:
    fact = _only(text)
    assert (fact.unit, fact.change) == ("fraction", change)
    assert fact.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Експорт на 20% менший, ніж торік.", "decrease"),
        ("Імпорт на 12% більше, ніж у 2024 році.", "increase"),
        ("Экспарт на 10% большы, чым летась.", "increase"),
        ("Eksport był o 5 proc. wyższy niż przed rokiem.", "increase"),
        ("Import był o 7 proc. niższy niż rok wcześniej.", "decrease"),
    ],
)
def test_a_percentage_more_or_less_than_before_is_a_change(text: str, change: str) -> None:
    fact = _only(text)
    assert (fact.unit, fact.change, fact.metric) == ("percent", change, flow_named(text, fact.char_start))


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The trade surplus narrowed to $1.1 billion.", "actual"),
        ("Exports doubled to $4 billion.", "actual"),
        ("Тавараабарот плануецца давесці да 60 млрд долараў.", "target"),
        ("Strony chcą zwiększyć obroty do 10 mld dolarów.", "target"),
        ("Сторони хочуть збільшити товарообіг до 10 млрд доларів.", "target"),
    ],
)
def test_the_level_reached(text: str, modality: str) -> None:
    fact = _only(text)
    assert (fact.change, fact.modality) == ("to", modality)


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Trade grew 1.5 times to $3.2 billion, the ministry said.", 1.5, "increase"),
        ("Exports rose 2 times last year.", 2.0, "increase"),
        ("Imports fell 3 times after the sanctions.", 3.0, "decrease"),
    ],
)
def test_an_english_multiple_after_a_verb_of_change(text: str, value: float, change: str) -> None:
    facts = [f for f in extract_facts(text) if f.unit == "times"]
    assert [(f.value, f.change, f.metric) for f in facts] == [(value, change, flow_named(text))]


def test_occasions_are_no_multiple() -> None:
    assert extract_facts("The ministers met 3 times last year.") == []


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Bilateral trade fell by half in 2025.", 1 / 2, "decrease"),
        ("Exports to India grew by a third.", 1 / 3, "increase"),
        ("Imports of grain dropped by a quarter last year.", 1 / 4, "decrease"),
        ("Turnover increased by a half over five years.", 1 / 2, "increase"),
    ],
)
def test_an_english_fraction_after_by_is_the_size_of_a_change(text: str, value: float, change: str) -> None:
    fact = _only(text)
    assert (fact.value, fact.unit, fact.change, fact.metric) == (
        pytest.approx(value),
        "fraction",
        change,
        flow_named(text),
    )


@pytest.mark.parametrize(
    "text",
    [
        "In the third quarter exports were stable.",  # a period
        "A quarter of the exports went to Turkey.",  # a share with no figure of change
        "Exports rose for a third month in a row.",
        "The central bank cut its rate by a quarter of a percentage point.",  # part of another figure
    ],
)
def test_english_fraction_words_elsewhere_are_no_fact(text: str) -> None:
    assert extract_facts(text) == []


def test_half_a_billion_after_by_stays_an_amount() -> None:
    fact = _only("Trade fell by half a billion dollars.")
    assert (fact.value, fact.unit, fact.change) == (500_000_000, "USD", "decrease")


@pytest.mark.parametrize(
    ("text", "comparator", "value", "change"),
    [
        ("Exports to Brazil grew by more than a third.", ">", 1 / 3, "increase"),
        ("Imports fell by almost half in 2025.", "~", 1 / 2, "decrease"),
        ("Trade dropped by nearly a quarter.", "~", 1 / 4, "decrease"),
        ("Exports grew by less than a third.", "<", 1 / 3, "increase"),
    ],
)
def test_a_hedge_before_an_english_fraction_is_its_comparator(
    text: str, comparator: str, value: float, change: str
) -> None:
    fact = _only(text)
    assert (fact.comparator, fact.value, fact.unit, fact.change) == (
        comparator,
        pytest.approx(value),
        "fraction",
        change,
    )
