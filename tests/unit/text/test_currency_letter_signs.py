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


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # the Gulf press's dirham and the ringgit before the amount, glued or apart
        ("Abu Dhabi will invest Dh7.2 billion in the port.", 7.2e9, "AED"),
        ("The contract is worth Dhs 350 million.", 3.5e8, "AED"),
        ("Kuala Lumpur allocated RM1.5 billion to the rail link.", 1.5e9, "MYR"),
        ("Petronas will spend RM 900 million in Sabah.", 9e8, "MYR"),
        # "Rs" is India's, Pakistan's, Sri Lanka's, Nepal's: by the country the sentence names
        ("Indian exporters earned Rs 4,200 crore from shipments to Oman.", 4.2e10, "INR"),
        ("Pakistan's imports from China rose to Rs. 95 billion.", 9.5e10, "PKR"),
        ("Sri Lanka's tea exports brought in Rs 180 billion.", 1.8e11, "LKR"),
    ],
)
def test_letter_abbreviations_before_the_amount(text: str, value: float, unit: str) -> None:
    facts = [f for f in extract_facts(text) if f.unit not in ("percent",)]
    assert [(f.value, f.unit) for f in facts] == [(pytest.approx(value), unit)]


@pytest.mark.parametrize(
    "text", ["The H2 results came out.", "Model x86 and mp3 files.", "Flight dh404 landed."]
)
def test_letters_glued_to_digits_are_no_amount(text: str) -> None:
    assert extract_facts(text) == []
