"""Amounts in number words in every language read, not Russian and English alone: Ukrainian,
Belarusian, Polish and Kazakh cardinals before a scale word or a unit, ranges and bounds in them,
English "hundred" and Kazakh "жүз" multiplying the unit before them, and "до"'s Belarusian and
Polish twins ("да", "do") as upper bounds. A number word Dyad does not read must give no fact, never
the scale word alone ("үш миллиард" read as one billion)."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


def _only(text: str):
    (fact,) = extract_facts(text)
    return fact


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Товарообіг склав чотири мільярди доларів.", 4e9, "USD"),
        ("Україна отримала сім мільйонів євро допомоги.", 7e6, "EUR"),
        ("Обсяг торгівлі сягнув двісті п'ятдесят мільйонів доларів.", 250e6, "USD"),
        ("Обсяг торгівлі сягнув дев’ятсот мільйонів гривень.", 900e6, "UAH"),
        ("Тавараабарот склаў тры мільярды долараў.", 3e9, "USD"),
        ("Экспарт дасягнуў пяцьсот мільёнаў долараў.", 500e6, "USD"),
        ("Obroty wyniosły dwa miliardy złotych.", 2e9, "PLN"),
        ("Eksport osiągnął dwieście pięćdziesiąt milionów euro.", 250e6, "EUR"),
        ("Polska przekaże osiem tysięcy ton zboża.", 8000, "tonnes"),
        ("Тауар айналымы үш миллиард долларға жетті.", 3e9, "USD"),
        ("Қытай елу миллион доллар инвестиция салды.", 50e6, "USD"),
        ("Жиырма бес мың тонна астық жеткізілді.", 25000, "tonnes"),
        ("Тауар айналымы он миллиард долларға жетті.", 10e9, "USD"),
        ("Экспорт бір миллиард доллардан асты.", 1e9, "USD"),
    ],
)
def test_cardinals_before_a_scale_or_unit(text: str, value: float, unit: str) -> None:
    fact = _only(text)
    assert (fact.value, fact.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Exports reached two hundred million dollars.", 200e6),
        ("The fund will receive three hundred and fifty million dollars.", 350e6),
        ("Trade hit one hundred and twenty billion dollars.", 120e9),
        ("Қазақстан Қытайға екі жүз миллион доллар инвестиция тартты.", 200e6),
        ("Экспорт үш жүз елу мың тоннаға жетті.", 350_000),
    ],
)
def test_hundred_multiplies_the_unit_before_it(text: str, value: float) -> None:
    assert _only(text).value == value


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Китай надасть Непалу кредит у розмірі від двох до трьох мільярдів юанів.", 2e9, 3e9, "CNY"),
        ("Кітай дасць Лаосу крэдыт у памеры ад чатырох да пяці мільярдаў юаняў.", 4e9, 5e9, "CNY"),
        ("Chiny udzielą Laosowi kredytu w wysokości od dwóch do trzech miliardów juanów.", 2e9, 3e9, "CNY"),
    ],
)
def test_ranges_in_words(text: str, low: float, high: float, unit: str) -> None:
    fact = _only(text)
    assert (fact.value, fact.value_high, fact.unit, fact.comparator) == (low, high, unit, "=")


@pytest.mark.parametrize(
    ("text", "comparator", "change"),
    [
        ("Polska przeznaczy do trzech miliardów złotych na pomoc.", "<=", None),
        ("Polska przeznaczy do 3 mld zł na pomoc.", "<=", None),
        ("Беларусь паставіць да 3 млн тон калію.", "<=", None),
        ("Україна отримає до трьох мільярдів доларів.", "<=", None),
        # after a verb of change or target: the level reached, not a bound
        ("Obroty wzrosły do 3 mld dolarów.", "=", "to"),
        ("Тавараабарот плануецца давесці да 60 млрд долараў.", "=", "to"),
        ("Obroty wzrosły o 5% do trzech miliardów dolarów.", "=", "to"),
    ],
)
def test_up_to_in_every_language(text: str, comparator: str, change: str | None) -> None:
    fact = next(f for f in extract_facts(text) if f.unit != "percent")
    assert (fact.comparator, fact.change) == (comparator, change)


@pytest.mark.parametrize(
    "text",
    [
        "Он тысячу раз говорил об этом.",  # Russian "он" (he), Kazakh "он" (10) only before a scale
        "Моя сім'я переїхала до Львова.",
        "Він сказав, що п'ять років тому все було інакше.",
    ],
)
def test_no_amount(text: str) -> None:
    assert [f.value for f in extract_facts(text) if f.value >= 1000] == []
