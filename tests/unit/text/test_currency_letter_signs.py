"""Currency signs written in letters, matched as written: the Belarusian ruble's "Br" before or
after the amount is BYN, "RMB" is CNY; the same letters in another case are no currency."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Поступления в бюджет Минской области составили 2,4 млрд Br.", 2.4e9, "BYN"),
        ("Средняя зарплата в Гродно достигла Br 2 310 в октябре.", 2310.0, "BYN"),
        ("Кредитный портфель банка вырос до 870 млн Br за год.", 870e6, "BYN"),
        ("China's outbound investment reached RMB 1.2 trillion last year.", 1.2e12, "CNY"),
    ],
)
def test_a_letter_sign_gives_the_currency(text: str, value: float, unit: str) -> None:
    facts = extract_facts(text)
    assert [(f.value, f.unit) for f in facts] == [(value, unit)]


@pytest.mark.parametrize("text", ["Тариф вырос до 5 br за киловатт.", "В партии было 300 BR-модулей."])
def test_the_letters_in_another_case_are_no_currency(text: str) -> None:
    assert all(f.unit != "BYN" for f in extract_facts(text))
