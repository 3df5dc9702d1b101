"""Belarusian surnames in -аў (an unstressed о written а: Мерэдаў, Бердымухамедаў) decline as those
in -оў do (Мерэдава, Мерэдавым), and men's first names in -а (Сава, Нікола, Лука) take -ам/-ою in
the instrumental: the nominative of both is rebuilt whole, not cut (not "Мерэдавы", "Сав")."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Міністр сустрэўся з міністрам замежных спраў Туркменістана Рашыдам Мерэдавым.", "Рашыд Мерэдаў"),
        ("Прэзідэнт Туркменістана Сердар Бердымухамедаў прыбыў у Мінск.", "Сердар Бердымухамедаў"),
        ("Перамовы з прэзідэнтам Сердарам Бердымухамедавым прайшлі ў Ашгабадзе.", "Сердар Бердымухамедаў"),
        ("Ліст накіравалі Рашыду Мерэдаву ўчора.", "Рашыд Мерэдаў"),
        ("Пасол сустрэўся з прэм'ер-міністрам Рэспублікі Сербскай Савам Мінічам.", "Сава Мініч"),
        ("Міністр зустрівся з прем'єр-міністром Сербії Ніколою Пашичем.", "Нікола Пашич"),
        ("Дэлегацыю ўзначаліў мэр Лука Петравіч.", "Лука Петравіч"),
    ],
)
def test_the_nominative_is_rebuilt_whole(text, name):
    assert name in [p.name for p in extract_people(text)]
