"""A surname the dictionary reads as a role noun in the genitive plural (``Королев`` of
"королева", ``Султанов`` of "султан", ``Шахов``, ``Послов``) or as a short participle (``Терян``
of "терять") is the surname after a first name, in every case the name is written in; the role
nouns themselves, lower-case or in a plural subject, are nobody."""

from __future__ import annotations

import pytest

from flows.text.analyze import analyze_body


def _names(text: str) -> list[str]:
    return sorted({p.name for _, p in analyze_body(text).people})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Директор комбината Олег Королев сообщил о росте выпуска.", "Олег Королев"),
        ("Аким района Нурлан Султанов провел прием граждан.", "Нурлан Султанов"),
        ("Глава компании Рустам Шахов подписал контракт.", "Рустам Шахов"),
        ("Тренер команды Виктор Послов остался недоволен игрой.", "Виктор Послов"),
        ("Встреча с Олегом Королевым прошла в Москве.", "Олег Королев"),
        ("Директор завода Игорь Терян сообщил о запуске линии.", "Игорь Терян"),
    ],
)
def test_the_surname_after_a_first_name(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "В зале собрались Послы и Султаны соседних государств.",
        "На встрече послов Евросоюза обсуждали санкции.",
    ],
)
def test_role_nouns_alone_are_nobody(text: str) -> None:
    assert _names(text) == []
