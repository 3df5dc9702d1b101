"""Currency and unit words as each language writes them: Kazakh adds its case endings to the euro
(``еуроны``, ``еуроға``, ``евродан``) and writes the hour of a kilowatt-hour ``сағ`` (``кВт·сағ``,
``кВт·сағ-қа``); Ukrainian and Belarusian stems of the crowns, pounds and rupees differ from the
Russian (``чеських крон`` CZK, ``данських крон`` DKK, ``чэшскіх крон`` CZK, ``брытанскіх фунтаў``
GBP). An amount in such words is never a count, never a kilowatt of power, never ``XXX``."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


def _facts(text: str) -> list[tuple[str, float, str]]:
    return [(f.quote, f.value, f.unit) for f in extract_facts(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Франция мен Өзбекстан арасындағы тауар айналымы 2,7 млрд еуроны құрады.", 2.7e9),
        ("Италияның Қазақстанға салған инвестициясы 640 млн еуроға жетті.", 6.4e8),
        ("Экспорт көлемі 90 млн евродан асты.", 9e7),
        ("Нидерланды 1,1 млрд еуроның жобаларын қаржыландырады.", 1.1e9),
        ("Тараптар тауар айналымын 15 млрд еуроға дейін жеткізуді көздейді.", 1.5e10),
    ],
)
def test_a_kazakh_euro_in_any_case_is_eur(text: str, value: float) -> None:
    ((_quote, got, unit),) = _facts(text)
    assert (got, unit) == (value, "EUR")


def test_a_kazakh_word_of_europe_is_no_euro() -> None:
    facts = _facts("Еуропалық Одақпен тауар айналымы 31 млрд долларды құрады.")
    assert [(v, u) for _q, v, u in facts] == [(3.1e10, "USD")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Қырғызстан Өзбекстанға 800 млн кВт·сағ электр энергиясын жеткізді.", 8e8, "kwh"),
        ("Келесі жылы жеткізілім 3 млрд кВт·сағ-қа дейін артады.", 3e9, "kwh"),
        ("Станция жылына 450 МВт·сағ энергия өндіреді.", 450, "mwh"),
        ("Экспорт составил 1,5 ГВт·сағ.", 1.5, "gwh"),
    ],
)
def test_a_kazakh_kilowatt_hour_is_energy_not_power(text: str, value: float, unit: str) -> None:
    facts = _facts(text)
    assert [(v, u) for _q, v, u in facts] == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Товарообіг України та Чехії склав 2,3 млрд чеських крон.", "CZK"),
        ("Інвестиції Данії сягнули 700 млн данських крон.", "DKK"),
        ("Інвестиції Норвегії сягнули 700 млн норвезьких крон.", "NOK"),
        ("Тавараабарот Беларусі і Чэхіі склаў 2,3 млрд чэшскіх крон.", "CZK"),
        ("Інвестыцыі Нарвегіі склалі 700 млн нарвежскіх крон.", "NOK"),
        ("Экспарт у Брытанію склаў 40 млн брытанскіх фунтаў.", "GBP"),
        ("Экспарт у Індыю склаў 900 млн індыйскіх рупій.", "INR"),
    ],
)
def test_ukrainian_and_belarusian_currency_adjectives(text: str, unit: str) -> None:
    ((_quote, _value, got),) = _facts(text)
    assert got == unit
