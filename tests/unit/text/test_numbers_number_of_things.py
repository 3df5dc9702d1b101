"""A figure with no unit whose clause speaks of the number of something (``число студентов
превысило 12 тысяч``, ``кількість туристів сягнула 30 тисяч``, ``liczba turystów przekroczyła 50
tys.``) is a count, never money whose currency an amount before it would lend."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Фонд одобрил проекты на 300 млн долларов, а число студентов превысило 14 тысяч.",
            "превысило 14 тысяч",
        ),
        ("Инвестиции составили 2 млрд евро, количество рабочих мест выросло до 9 тыс.", "выросло до 9 тыс"),
        ("Товарообіг склав 1,2 млрд доларів, а кількість туристів сягнула 30 тисяч.", "30 тисяч"),
        ("Obroty wyniosły 2 mld euro, a liczba turystów przekroczyła 50 tys.", "przekroczyła 50 tys"),
    ],
)
def test_the_number_of_something_is_a_count(text, quote):
    (fact,) = [f for f in extract_facts(text) if f.quote.startswith(quote)]
    assert (fact.unit, fact.metric) == ("count", "other")


def test_an_elided_amount_still_takes_the_currency_before():
    facts = extract_facts("Экспорт составил 5 млн долларов, а импорт — 3 млн.")
    assert [f.unit for f in facts] == ["USD", "USD"]
