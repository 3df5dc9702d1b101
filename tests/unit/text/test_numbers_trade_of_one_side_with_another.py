"""Trade named by the plain noun with its sides: one side in the genitive and the other after
"с"/"з"/"z" (``торговля Монголии с Японией``, ``торгівля Литви з Латвією``, ``handel Czech ze
Słowacją``), mutual trade in Ukrainian, Belarusian and Polish (``взаємна торгівля``, ``узаемны
гандаль``, ``wzajemny handel``) and the noun as a verb's subject in those languages is the
turnover; a balance of such trade stays a balance and other trade (in people, in arms) stays
unnamed."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    "text",
    [
        "На торговлю Монголии с Японией в прошлом году пришлось 420 млн долларов.",
        "Торговля Армении со Швейцарией за полгода выросла до 900 млн франков.",
        "Торговлю Сербии с Венгрией стороны оценили в 4 млрд евро.",
        "Торгівля Литви з Латвією торік становила 5 млрд євро.",
        "Торгівля зросла до 780 млн доларів.",
        "Гандаль Беларусі з В'етнамам перавысіў 200 млн долараў.",
        "Сёлета ўзаемны гандаль дасягне 640 млн долараў.",
        "Двухбаковы гандаль склаў 95 млн долараў.",
        "Handel Czech ze Słowacją wyniósł 25 mld euro.",
        "Wzajemny handel wzrósł do 3,5 mld dolarów.",
        "Handel spadł do 1,2 mld euro.",
    ],
)
def test_trade_of_its_sides_is_the_turnover(text: str) -> None:
    (fact,) = [f for f in extract_facts(text) if f.unit != "percent"]
    assert fact.metric == "trade_turnover", text


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Сальдо торговли Монголии с Японией составило минус 60 млн долларов.", "trade_balance"),
        ("Торговля людьми приносит преступникам 3 млрд долларов.", "other"),
        ("Торговля оружием выросла до 7 млрд долларов.", "other"),
    ],
)
def test_other_readings_of_the_noun_are_no_turnover(text: str, metric: str) -> None:
    (fact,) = extract_facts(text)
    assert fact.metric == metric, text
