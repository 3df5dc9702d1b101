"""Percentage points in the abbreviations of every language read (``pkt proc.``, ``pkt. proc.``,
``p.p.``, ``pp``, ``ppt``, ``в.п.``); a percentage of the whole (``1,4% всего экспорта``, ``в общем
объеме``, ``of total exports``, ``całego eksportu``, ``загального експорту``) is a share; a score's
or a contest's points are no figure (``набрала 25 очков``, ``12 баллов``, ``3 гола``)."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Stopa bezrobocia spadła o 0,2 pkt proc. w listopadzie.", 0.2, "decrease"),
        ("Udział Chin w eksporcie wzrósł o 1,5 pkt. proc.", 1.5, "increase"),
        ("Stopa spadła o 0,3 p.p.", 0.3, "decrease"),
        ("Inflacja wzrosła o 0,1 pp w listopadzie.", 0.1, "increase"),
        ("The rate fell 0.25 ppt in October.", 0.25, "decrease"),
        ("Частка зросла на 1,2 в.п.", 1.2, "increase"),
    ],
)
def test_percentage_point_abbreviations(text: str, value: float, change: str) -> None:
    (fact,) = extract_facts(text)
    assert (fact.value, fact.unit, fact.change) == (value, "percentage_points", change)


@pytest.mark.parametrize(
    "text",
    [
        "Экспорт в Монголию составил 1,4% всего экспорта страны.",
        "На Китай пришлось 18% в общем объеме внешней торговли.",
        "Exports to Mongolia were 1.4% of total exports.",
        "Eksport do Mongolii to 1,4% całego eksportu.",
        "Експорт до Монголії становив 1,4% загального експорту.",
    ],
)
def test_a_percentage_of_the_whole_is_a_share(text: str) -> None:
    (fact,) = extract_facts(text)
    assert (fact.unit, fact.metric) == ("percent", "share")


@pytest.mark.parametrize(
    "text",
    [
        "Команда набрала 25 очков в турнирной таблице.",
        "Украина получила 12 баллов от жюри Польши.",
        "Сборная Сербии забила 3 гола в ворота Черногории.",
    ],
)
def test_points_and_goals_are_no_figures(text: str) -> None:
    assert extract_facts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Монголия экспортировала в Китай 300 тыс. голов овец.",
        "Киргизия поставила в Узбекистан 12 тыс. голов скота.",
    ],
)
def test_heads_of_livestock_are_counted(text: str) -> None:
    (fact,) = extract_facts(text)
    assert fact.unit == "count" and fact.counted.startswith("голов")
