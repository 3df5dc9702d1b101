"""Two people named one right after the other, the first in an oblique case and the second in the
nominative ("Мать Кристины Ольга Алексеевна сообщила", "С Арчилом Оксана познакомилась"): two
names, not one person whose surname is the other's first name."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _names(text: str) -> list[str]:
    return [p.name for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # a known first name in the genitive, then one that declines, in the nominative
        ("Отец Марины Андрей Сергеевич рассказал об этом.", "Марина", "Андрей Сергеевич"),
        ("Сестра Натальи Елена Кузнецова пришла в суд.", "Наталья", "Елена Кузнецова"),
        ("Брат Светланы Юрий Волков не приехал.", "Светлана", "Юрий Волков"),
        ("Приз Ксении Людмила Петрова вручила лично.", "Ксения", "Людмила Петрова"),
        # a first name in the instrumental that the dictionary does not know
        ("С Гурамом Татьяна познакомилась в Тбилиси.", "Гурам", "Татьяна"),
        # a name in the instrumental, then a man's surname in the nominative
        ("Вместе с Анной Смирновой Сидоров снял фильм.", "Анна Смирнова", "Сидоров"),
    ],
)
def test_two_names_in_a_row_in_different_cases(text, first, second):
    names = _names(text)
    assert first in names
    assert second in names
    assert not any(first in n and second in n for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a woman's surname in a consonant does not decline: one name in an oblique case
        ("Выставку Людмилы Касьян открыли вчера.", "Людмила Касьян"),
        ("Роль Клары Освальд досталась ей.", "Клара Освальд"),
        # names that agree in case are one name
        ("Концерт Элтона Джона прошёл в Лондоне.", "Элтон Джон"),
        ("Вчера встретились с Ахметом Тайфуром Громовым.", "Ахмет Тайфур Громов"),
        ("Письмо Сергея Петровича Иванова пришло.", "Сергей Иванов"),
    ],
)
def test_one_name_whose_words_agree(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a foreign first name the dictionary reads as a surname, before a first name and a surname
        ("Глава комитета Карлос Артур Нузман задержан.", "Карлос Артур Нузман"),
        ("Настоящее имя ведущего — Лоуренс Харви Зайгер.", "Лоуренс Харви Зайгер"),
    ],
)
def test_first_name_read_as_a_surname_opens_a_name_of_three(text, name):
    assert name in _names(text)


def test_slavic_surname_before_a_full_name_is_its_own():
    names = _names("Петров Иван Сидоров пришёл на встречу.")
    assert "Петров Иван Сидоров" not in names
