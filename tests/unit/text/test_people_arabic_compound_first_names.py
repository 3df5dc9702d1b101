"""An Arabic first name of two words (``Абдель Азиз``, ``Абу Бакр``, ``Абдул Рахман``) declines on
its second word: in an oblique case the name is read from that word on and its first part put back
(``с Абдель Азизом бин Сальманом``: Абдель Азиз бин Сальман), the role before the whole name kept;
in the nominative it reads as before. A first part the dictionary reads as a common noun in the
name's case, after the role's country (``Раной Танвиром Хусейном``), is the name's too."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Министр провел встречу с министром энергетики Саудовской Аравии Абдель Азизом бин Сальманом.",
            [("Абдель Азиз бин Сальман", "министр энергетики")],
        ),
        ("Министр встретился с Абдель Фаттахом ас-Сиси в Каире.", [("Абдель Фаттах ас-Сиси", None)]),
        ("Делегация встретилась с Абу Бакром Мохаммедом.", [("Абу Бакр Мохаммед", None)]),
        (
            "Боевики клялись в верности лидеру ИГ Абу Бакру аль-Багдади.",
            [("Абу Бакр аль-Багдади", "лидер ИГ")],
        ),
        (
            "Президент Египта Абдель Фаттах ас-Сиси заявил о поддержке.",
            [("Абдель Фаттах ас-Сиси", "президент")],
        ),
    ],
)
def test_an_arabic_first_name_of_two_words(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first part the dictionary reads as a common noun in the name's case, after the role's
        # country: the name's ("Рана", not "рана")
        (
            "Министр встретился с министром промышленности Пакистана Раной Танвиром Хусейном.",
            [("Рана Танвир Хусейн", "министр промышленности")],
        ),
        (
            "Министр встретился с министром финансов Пакистана Раной Мухаммадом Аурангзебом.",
            [("Рана Мухаммад Аурангзеб", "министр финансов")],
        ),
        # a genitive right after the role's words is the role's complement
        (
            "Состоялась встреча председателя Совета Республики Натальи Кочановой с послом.",
            [("Наталья Кочанова", "председатель Совета Республики")],
        ),
    ],
)
def test_a_first_part_read_as_a_noun(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(text) == expected
