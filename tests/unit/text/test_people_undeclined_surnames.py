"""A first name in -а/-я before a surname that declines for no one (Мелони, Ротару, Сакко,
Хаяси): the surname says no case, so the context does (flows/text/people/extract.py:
_woman_as_written, _woman_in_nominative, _nominative_by_role)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a woman's verb next to the name: a woman in the nominative, as written
        ("Джорджа Мелони заявила о поддержке Киева.", ("Джорджа Мелони", None)),
        ("Премьер-министр Италии Джорджа Мелони прибыла в Рим.", ("Джорджа Мелони", "премьер-министр")),
        ("«Мы поддержим Киев», — заявила Джорджа Пелоси.", ("Джорджа Пелоси", None)),
        # a role noun in the nominative alone: the name in the nominative, as written
        (
            "Временный премьер Мали Сумана Сакко выдвинул свою кандидатуру.",
            ("Сумана Сакко", "временный премьер"),
        ),
        ("Министр обороны — Йосимаса Хаяси.", ("Йосимаса Хаяси", "министр обороны")),
    ],
)
def test_the_context_gives_the_case_of_an_undeclined_surnames_name(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert expected in _people(text), extract_people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a man's first name in the genitive after a word that governs it, whatever verb follows
        ("Команда под руководством Сергея Шойгу подготовила план.", "Сергей Шойгу"),
        ("Поклонники Джорджа Майкла собрались у дома.", "Джордж Майкл"),
        # an adjective's genitive and a -ко surname decline, or say nothing
        ("Сторонники Алексея Навального вышли на площадь.", "Алексей Навальный"),
    ],
)
def test_a_mans_name_in_the_genitive_stays_his(text: str, name: str) -> None:
    assert name in [p.name for p in extract_people(text)], extract_people(text)
