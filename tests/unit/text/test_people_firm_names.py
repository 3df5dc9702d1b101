"""A firm's name after a word naming a kind of firm in the nominative (``Компания Дженерал Моторс``,
``Корпорация Самсунг Электроникс``, ``Компания Мицубиси Хэви Индастриз``) is nobody; a person's
name there, or after the word in the genitive with a role, stays (``Глава компании Андрей
Костин``, ``и Сергей Иванов``)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    "text",
    [
        "Компания Роллс-Ройс объявила о сделке.",
        "Корпорация Самсунг Электроникс инвестирует в завод.",
        "Компания Дженерал Моторс закрыла завод.",
        "Компания Мицубиси Хэви Индастриз построит завод.",
        "Японский автоконцерн Тойота Мотор открыл завод.",
    ],
)
def test_a_firms_name_is_nobody(text: str) -> None:
    assert extract_people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Глава компании Андрей Костин заявил о росте.", ["Андрей Костин"]),
        ("Компания Дженерал Моторс и Сергей Иванов подписали договор.", ["Сергей Иванов"]),
    ],
)
def test_a_persons_name_stays(text: str, names: list[str]) -> None:
    assert [p.name for p in extract_people(text)] == names
