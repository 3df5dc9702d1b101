"""Belarusian and Ukrainian: an East-Asian name of two or three syllables right after a role is
one person (``Кіраўнік МЗС Кітая Ван І``, ``президент Республіки Корея Лі Чже Мьон``), a single
capital as its last syllable included and the first syllable never taken into the role; after a
role in an oblique case the last syllable is read back to the nominative (``з президентом ... Лі
Чже Мьоном`` -> ``Лі Чже Мьон``). ``глава`` heads a role as ``голова``/``кіраўнік`` do."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name", "role", "kind"),
    [
        (
            "Кіраўнік МЗС Кітая Ван І прыбыў у Мінск, дзе абмеркаваў супрацоўніцтва з Беларуссю.",
            "Ван І",
            "кіраўнік МЗС",
            "minister",
        ),
        (
            "Міністр заявив, що зустрівся з главою МЗС Китаю Ван І у Пекіні під час візиту.",
            "Ван І",
            "глава МЗС",
            "minister",
        ),
        (
            "Вчора міністр Ван І заявив, що Пекін підтримує мирні ініціативи щодо України.",
            "Ван І",
            "міністр",
            "minister",
        ),
        (
            "Президент Республіки Корея Лі Чже Мьон прибув до Токіо, де обговорив співпрацю з Японією.",
            "Лі Чже Мьон",
            "президент",
            "head_of_state",
        ),
        (
            "Прем'єр-міністр Японії провів переговори з президентом Республіки Корея Лі Чже Мьоном.",
            "Лі Чже Мьон",
            "президент",
            "head_of_state",
        ),
        (
            "Президентові Республіки Корея Лі Чже Мьону передали лист від України щодо співпраці.",
            "Лі Чже Мьон",
            "президент",
            "head_of_state",
        ),
        (
            "Прэзідэнт Расіі сустрэўся з лідарам КНДР Кім Чэн Ынам і абмеркаваў супрацоўніцтва.",
            "Кім Чэн Ын",
            "лідар",
            "leader",
        ),
        (
            "Лідер КНДР Кім Чен Ин заявив, що Пхеньян готовий до співпраці з Москвою.",
            "Кім Чен Ин",
            "лідер",
            "leader",
        ),
    ],
)
def test_an_east_asian_name_of_syllables_after_a_role(text: str, name: str, role: str, kind: str) -> None:
    assert [(p.name, p.role, p.role_kind) for p in extract_people(text)] == [(name, role, kind)]


@pytest.mark.parametrize(
    ("text", "name", "role", "kind"),
    [
        (
            "Глава держави Володимир Зеленський заявив, що Україна готова до переговорів із партнерами.",
            "Володимир Зеленський",
            "глава держави",
            "head_of_state",
        ),
        (
            "Глава дзяржавы Аляксандр Лукашэнка сустрэўся з паслом і абмеркаваў пытанні гандлю.",
            "Аляксандр Лукашэнка",
            "глава дзяржавы",
            "head_of_state",
        ),
        (
            "Глава уряду Юлія Свириденко заявила, що Україна отримає нові кошти від партнерів.",
            "Юлія Свириденко",
            "глава уряду",
            "head_of_government",
        ),
    ],
)
def test_glava_heads_a_role(text: str, name: str, role: str, kind: str) -> None:
    assert [(p.name, p.role, p.role_kind) for p in extract_people(text)] == [(name, role, kind)]


def test_a_monarchs_numeral_is_no_syllable() -> None:
    text = "Імператор Петро І заснував місто, і Україна пам'ятає цю історію про співпрацю."
    assert [p.name for p in extract_people(text) if "І" in p.name.split()] == []
