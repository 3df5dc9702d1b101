"""A surname alone whose article or particle a sentence's start capitalizes (``Аль-Марри отметил``
after ``Абдалла бин Тук аль-Марри``, ``Ван дер Берг`` after ``Питер ван дер Берг``) is the same
person's: one row, not a second person named ``Аль-Марри``."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Комиссию возглавляет Халид бин Мохаммед аль-Зааби, министр финансов ОАЭ. Аль-Зааби отметил рост.",
            "Халид бин Мохаммед аль-Зааби",
        ),
        (
            "Переговоры провел Мохаммед ибн Салман аль-Сауд. Аль-Сауд заявил, что визит важен.",
            "Мохаммед ибн Салман аль-Сауд",
        ),
        (
            "С делегацией встретился министр Ахмед эль-Сайед. Эль-Сайед подчеркнул значение визита.",
            "Ахмед эль-Сайед",
        ),
    ],
)
def test_a_capitalized_particle_joins_the_full_name(text, name):
    assert [p.name for p in extract_people(text)] == [name]
