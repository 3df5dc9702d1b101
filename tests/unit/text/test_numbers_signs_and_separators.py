"""Apostrophes grouping thousands, an en dash set as a minus, and the changes of a deficit: each
read the way the figure was meant, never as another value or the other sign."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts
from flows.text.numbers.indicators import written_step


def _only(text: str):
    (fact,) = extract_facts(text)
    return fact


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Товарооборот составил 1'250 млн долларов.", 1.25e9, "USD"),
        ("Экспорт составил 1'500'000 тонн.", 1.5e6, "tonnes"),
        ("Экспорт составил 1’500’000 тонн.", 1.5e6, "tonnes"),
        ("Exports reached CHF 2'400 million in 2024.", 2.4e9, "CHF"),
        ("Імпорт склав 12’750 тонн.", 12750.0, "tonnes"),
    ],
)
def test_apostrophes_group_thousands(text: str, value: float, unit: str) -> None:
    fact = _only(text)
    assert (fact.value, fact.unit) == (value, unit)
    assert "'" in fact.number_text or "’" in fact.number_text  # the whole number, its groups too


def test_a_quoted_number_is_no_group() -> None:
    # an apostrophe opening a quotation before digits groups nothing
    (fact,) = extract_facts("В статье '25 лет' экспорт вырос на 5%.")
    assert fact.value == 5.0


def test_the_written_step_of_apostrophe_groups() -> None:
    assert written_step("1'250 млн", 1.25e9) == written_step("1 250 млн", 1.25e9) == 1e7


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Динамика товарооборота составила –3,5%.", -3.5),
        ("Изменение экспорта за год: –12%.", -12.0),
        ("Zmiana eksportu wyniosła –4,2%.", -4.2),
    ],
)
def test_an_en_dash_set_against_the_digits_is_a_minus(text: str, value: float) -> None:
    assert _only(text).value == value


@pytest.mark.parametrize(
    "text",
    [
        "Экспорт: – 5 млн долларов.",  # a dash set apart is punctuation
        "Рост экспорта составил 5 –7%.",  # a range
    ],
)
def test_a_dash_set_apart_or_between_numbers_is_no_minus(text: str) -> None:
    assert all(f.value > 0 for f in extract_facts(text))


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        # a deficit's change by a percentage: its size and the deficit's direction
        ("Дефицит торгового баланса вырос на 12%.", 12.0, "increase"),
        ("Дефіцит торговельного балансу скоротився на 8%.", 8.0, "decrease"),
        # by an amount: the balance's change, the other way round
        ("Дефицит торговли сократился на 300 млн долларов.", 3e8, "increase"),
        ("Дефицит внешней торговли вырос на 1,2 млрд долларов.", 1.2e9, "decrease"),
    ],
)
def test_a_change_of_a_deficit_keeps_its_size(text: str, value: float, change: str) -> None:
    fact = _only(text)
    assert (fact.value, fact.change) == (value, change)


def test_a_deficit_level_is_a_negative_balance() -> None:
    assert _only("Дефицит торговли сократился до 300 млн долларов.").value == -3e8
    assert _only("Отрицательное сальдо составило 80 млн долларов.").value == -8e7
