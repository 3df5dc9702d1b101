"""A later mention of the last words of a longer name written before it (``Абдель Рахман`` after
``Хишам Абдель Рахман``, ``Бин Фархан`` opening a sentence after ``Фейсал бин Фархан``, ``Лула да
Силва``) is that person, with the role; two longer names ending alike leave it a person of its
own."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Министр иностранных дел Египта Хишам Абдель Рахман прибыл в Москву. Абдель Рахман провел переговоры с Лавровым.",
            "Хишам Абдель Рахман",
            "министр иностранных дел",
        ),
        (
            "Министр иностранных дел Саудовской Аравии Фейсал бин Фархан прибыл в Москву. Бин Фархан провел переговоры.",
            "Фейсал бин Фархан",
            "министр иностранных дел",
        ),
        (
            "Президент ОАЭ Мухаммед бен Заид прибыл в Москву. Бен Заид встретился с президентом России.",
            "Мухаммед бен Заид",
            "президент",
        ),
        (
            "Президент Бразилии Луис Инасиу Лула да Силва прибыл в Пекин. Лула да Силва встретился с премьером Госсовета.",
            "Луис Инасиу Лула да Силва",
            "президент",
        ),
        (
            "Писатель Габриэль Гарсиа Маркес родился в Колумбии. Гарсиа Маркес получил Нобелевскую премию.",
            "Габриэль Гарсиа Маркес",
            "писатель",
        ),
    ],
)
def test_the_tail_of_a_longer_name_is_that_person(text, person, role):
    people = extract_people(text)
    assert [p.name for p in people if "Лавров" not in p.name] == [person]
    assert people[0].role == role


def test_two_longer_names_ending_alike_leave_the_tail_alone():
    text = (
        "Министр Хишам Абдель Рахман и посол Мухаммед Абдель Рахман прибыли в Москву. "
        "Абдель Рахман провел переговоры."
    )
    names = [p.name for p in extract_people(text)]
    assert "Хишам Абдель Рахман" in names and "Мухаммед Абдель Рахман" in names
    assert "Абдель Рахман" in names
