"""A currency's hundredths (копейки, центы, тиыны, grosze): after an amount of the currency they
add to it ("65 рублей 40 копеек" is 65.40 RUB, one fact); alone they are money of that currency
(15 копеек is 0.15), never a count of coins."""

from __future__ import annotations

from decimal import Decimal

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Проезд в метро подорожал до 72 рублей 60 копеек.", "72.60", "RUB"),
        ("Литр дизельного топлива в Беларуси стоит 2 рубля 53 копейки.", "2.53", "BYN"),
        ("Курс установлен на уровне 88 руб. 05 коп. за доллар.", "88.05", "RUB"),
        ("Квиток коштує 30 гривень 25 копійок.", "30.25", "UAH"),
        ("Білет подорожчав до 18 грн 40 коп.", "18.40", "UAH"),
        ("Грузия покупает газ по 182 доллара 70 центов за тысячу кубометров.", "182.70", "USD"),
        ("Cena oleju napędowego spadła do 6 zł 15 gr za litr.", "6.15", "PLN"),
        ("Chleb kosztuje 4 złote 99 groszy.", "4.99", "PLN"),
    ],
)
def test_hundredths_after_the_currency_join_its_amount(text: str, value: str, unit: str) -> None:
    money = [f for f in extract_facts(text) if f.unit not in ("count", "percent")]
    assert len(money) == 1, money
    assert Decimal(str(money[0].value)) == Decimal(value)
    assert money[0].unit == unit
    assert not any(f.unit == "count" for f in extract_facts(text))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Стоимость хлеба выросла на 35 копеек.", "0.35", "RUB"),
        ("Ціна на пальне знизилася на 70 копійок за літр.", "0.70", "UAH"),
        ("Цена бензина в Казахстане выросла на 8 тиынов за литр.", "0.08", "KZT"),
        ("Jabłka z Polski podrożały o 40 groszy na kilogramie.", "0.40", "PLN"),
        ("Gasoline rose by 12 cents a gallon.", "0.12", "USD"),
        ("Проезд в Бишкеке подорожал на 50 тыйынов.", "0.50", "KGS"),
    ],
)
def test_hundredths_alone_are_money_of_their_currency(text: str, value: str, unit: str) -> None:
    (fact,) = extract_facts(text)
    assert Decimal(str(fact.value)) == Decimal(value)
    assert fact.unit == unit


def test_a_range_in_hundredths_scales_both_ends() -> None:
    facts = extract_facts("Стоимость проезда выросла с 40 до 55 копеек.")
    assert sorted(Decimal(str(f.value)) for f in facts) == [Decimal("0.40"), Decimal("0.55")]
    assert {f.unit for f in facts} == {"RUB"}


@pytest.mark.parametrize(
    "text",
    [
        "В городе открыли 15 центров обработки данных.",  # центр is no цент
        "Украина получила 12 млрд гривень, 40 из них на оборону.",
    ],
)
def test_words_like_hundredths_stay_what_they_are(text: str) -> None:
    assert not any(f.unit in ("RUB", "USD") and f.value < 1 for f in extract_facts(text))
