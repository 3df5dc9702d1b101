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


@pytest.mark.parametrize(
    ("text", "name", "role", "kind"),
    [
        (
            "Пасля сустрэчы з міністрам па справах кабінета міністраў ААЭ Махамедам аль-Гергаві.",
            "Махамед аль-Гергаві",
            "міністр па справах кабінета міністраў",
            "minister",
        ),
        (
            "Перамовы са старшынёй Савета міністраў Рэспублікі Крым не вяліся; з намеснікам старшыні"
            " Савета міністраў Таджыкістана Усманам Ісмаілзодам сустрэліся ўчора.",
            "Усман Ісмаілзода",
            "намеснік старшыні Савета міністраў",
            "deputy_head_of_government",
        ),
        (
            "Зустріч із головою Ради міністрів Боснії і Герцеговини Борисом Тегелтією відбулася вчора.",
            "Борис Тегелтія",
            "голова Ради міністрів",
            "head_of_government",
        ),
    ],
)
def test_a_bodys_members_in_its_name_stay_in_the_role(text, name, role, kind):
    # "Савет міністраў", "Рада міністрів": a plural genitive of the members is part of the body's
    # name, not a role of its own whose case the name must take
    found = {p.name: (p.role, p.role_kind) for p in extract_people(text)}
    assert name in found
    if role is not None:
        assert found[name] == (role, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Прэм'ер-міністр сустрэўся з Прэм'ер-міністрам В'етнама Фам Мінь Чынем. Фам Мінь Чынь таксама"
            " запрасіў яго ў Ханой. Падчас сустрэчы з Фам Мінь Чынем бакі абмеркавалі зборку.",
            "Фам Мінь Чынь",
        ),
        (
            "Прем'єр-міністр зустрівся з прем'єр-міністром В'єтнаму Фам Мінь Чінем. Фам Мінь Чінь подякував"
            " за теплий прийом.",
            "Фам Мінь Чінь",
        ),
    ],
)
def test_later_mentions_that_end_a_longer_name_are_its_person(text, name):
    names = [p.name for p in extract_people(text)]
    assert name in names
    assert not [n for n in names if n != name and n.split()[-1][:3] == name.split()[-1][:3]]
