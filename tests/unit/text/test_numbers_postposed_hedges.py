"""Hedges written after the amount or with a particle, comparatives before "за" in Ukrainian and
Belarusian, a half-year by its digit, and Kazakh dates in a case ending (no count)."""

from __future__ import annotations

from datetime import date

import pytest

from flows.text.numbers import extract_facts
from flows.text.numbers.periods import parse_period


def _only(text: str):
    (fact,) = extract_facts(text)
    return fact


@pytest.mark.parametrize(
    ("text", "comparator", "quote_end"),
    [
        ("Товарооборот составил 4 млрд долларов с лишним.", ">", "с лишним"),
        ("Инвестиции достигли 600 млн евро с небольшим.", ">", "с небольшим"),
        ("Поставки составили 3 млн тонн без малого.", "~", "без малого"),
        ("Импорт составил 2 млн тонн или около того.", "~", "или около того"),
        ("Експорт склав 5 млрд доларів з гаком.", ">", "з гаком"),
        ("Exports totalled $2 billion-plus last year.", ">", "-plus"),
        ("Trade reached $5 billion or so in 2024.", "~", "or so"),
        ("Eksport wyniósł 3 mld zł z okładem.", ">", "z okładem"),
    ],
)
def test_a_hedge_after_the_amount_bounds_it(text: str, comparator: str, quote_end: str) -> None:
    fact = _only(text)
    assert fact.comparator == comparator
    assert fact.quote.endswith(quote_end)


def test_a_preposition_after_the_amount_is_no_hedge() -> None:
    fact = _only("Товарооборот составил 4 млрд долларов с Китаем.")
    assert (fact.comparator, fact.quote) == ("=", "4 млрд долларов")


def test_an_amount_hedged_before_keeps_that_hedge() -> None:
    assert _only("Экспорт составил около 3 млрд долларов с лишним.").comparator == "~"


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("Экспорт не достиг и 100 млн долларов.", "<"),
        ("Экспорт не дотянул до 1 млрд долларов.", "<"),
        ("Активы оцениваются более чем в 1 млрд долларов.", ">"),
        ("Ущерб оценивается менее чем в 5 млн долларов.", "<"),
        ("Стоимость проекта оценивается не менее чем в 2 млрд евро.", ">="),
    ],
)
def test_hedges_with_a_particle_or_a_preposition(text: str, comparator: str) -> None:
    assert _only(text).comparator == comparator


@pytest.mark.parametrize(
    ("text", "value", "comparator"),
    [
        ("Експорт становив більше за 1 млрд доларів.", 1e9, ">"),
        ("Экспарт у Казахстан склаў больш за 1 млрд долараў.", 1e9, ">"),
        ("Імпорт склав менше за 1 млн тонн.", 1e6, "<"),
    ],
)
def test_more_than_one_is_no_price_per_one_unit(text: str, value: float, comparator: str) -> None:
    fact = _only(text)
    assert (fact.value, fact.comparator) == (value, comparator)


def test_a_price_per_one_unit_is_still_one_price() -> None:
    fact = _only("Цена составила $128,5 за 1 тыс. кубометров.")
    assert (fact.value, fact.metric) == (128.5, "price")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Товарооборот за 1 полугодие 2025 года вырос на 5%.", "2025-H1"),
        ("Товарооборот в 2 полугодии 2024 года вырос на 7%.", "2024-H2"),
    ],
)
def test_a_half_year_by_its_digit(text: str, label: str) -> None:
    period = parse_period(_only(text).period, date(2026, 1, 15))
    assert period is not None and period.label == label


@pytest.mark.parametrize(
    "text",
    [
        "Форум 20 мамырда Алматыда өтеді.",
        "Келісім 5 наурызда қол қойылды.",
        "Кездесу 15 тамызда өтті.",
        "Сапар 3 маусымда басталады.",
        "Көрме 1 қыркүйектен бастап жұмыс істейді.",
    ],
)
def test_a_kazakh_date_in_a_case_ending_is_no_count(text: str) -> None:
    assert extract_facts(text) == []
