"""A year written alone after a preposition of time (``В 2027 российские компании``, ``У 2028
році польські фірми``, ``In 2029 Chinese companies``, ``Since 2015 Turkish firms``) is the year,
no count of what follows; an amount after ``до`` stays one (``до 2025 тонн``). A noun in the
genitive plural after a number in Belarusian, Ukrainian or Polish, by an ending only those
languages write (``400 трактароў``, ``250 автобусів``, ``120 autobusów``), is what the number
counts; a span of time it measures is not (``восьми місяців``, ``трох тыдняў``)."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("В 2028 турецкие компании поставят 4 млн тонн стали.", [4e6]),
        ("У 2028 році польські фірми поставлять 3 млн тонн вугілля.", [3e6]),
        ("У 2029 годзе кітайскія кампаніі паставяць 2 млн тон.", [2e6]),
        ("In 2029 Chinese companies will ship 6 million tonnes.", [6e6]),
        ("Since 2015 Turkish firms have opened 45 plants.", [45]),
        ("Экспорт удобрений вырос до 2025 тонн.", [2025]),
        ("В 2000 квартирах Омска отключили воду.", [2000]),
    ],
)
def test_a_year_alone_after_a_preposition_is_no_count(text: str, values: list[float]) -> None:
    assert [f.value for f in extract_facts(text)] == values


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Беларусь паставіць у Венесуэлу 400 трактароў.", [(400, "трактароў")]),
        (
            "Україна передасть Молдові 250 автобусів і 1 200 генераторів.",
            [(250, "автобусів"), (1200, "генераторів")],
        ),
        ("Polska przekaże Litwie 120 autobusów.", [(120, "autobusów")]),
    ],
)
def test_a_genitive_plural_after_a_number_is_counted(text: str, counted: list[tuple[float, str]]) -> None:
    facts = extract_facts(text)
    assert [(f.value, f.counted) for f in facts] == counted
    assert all(f.unit == "count" for f in facts)


@pytest.mark.parametrize(
    "text",
    [
        "За підсумками дев'яти місяців імпорт склав 900 млн доларів.",
        "За трох тыдняў экспарт склаў 40 млн долараў.",
    ],
)
def test_a_span_of_time_is_no_count(text: str) -> None:
    assert [f.unit for f in extract_facts(text)] == ["USD"]


@pytest.mark.parametrize(
    "text",
    [
        "Україна побудує 300 кілометрів доріг і 150 мегаватів потужностей.",
        "Polska kupi 400 tys. litrów paliwa.",
    ],
)
def test_a_unit_in_the_genitive_plural_is_no_count(text: str) -> None:
    assert [f for f in extract_facts(text) if f.unit == "count"] == []
