"""A first name the dictionary reads only as an animate common noun (``Хакан``: a khagan) is a
first name inside a sentence, in the nominative, before a word it knows as a surname or a first
name (``заявил Хакан Фидан``); a person noun (``Брат``) stays none. An East-Asian name of two parts
after words that govern an oblique case has its last part read back (``с Ли Цяном``, ``позвонил
Ли Цяну``)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Об этом заявил Хакан Фидан, министр иностранных дел Турции.",
            "Хакан Фидан",
            "министр иностранных дел",
        ),
        ("Об этом заявил Хакан Фидан.", "Хакан Фидан", None),
        ("В Анкаре выступил Хакан Фидан.", "Хакан Фидан", None),
    ],
)
def test_an_animate_noun_as_a_first_name(text: str, name: str, role: str | None) -> None:
    assert [(p.name, p.role) for p in extract_people(text)] == [(name, role)]


def test_a_person_noun_is_no_first_name() -> None:
    assert [p.name for p in extract_people("В поездке был Брат Иванов.")] == ["Иванов"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Путин встретился с Ли Цяном в Пекине.", "Ли Цян"),
        ("Путин позвонил Ли Цяну во вторник.", "Ли Цян"),
        ("По словам Ли Цяна, торговля растет.", "Ли Цян"),
        ("Ли Цян прибыл в Москву.", "Ли Цян"),
    ],
)
def test_an_east_asian_name_in_the_case_its_context_governs(text: str, name: str) -> None:
    assert [p.name for p in extract_people(text) if p.name != "Путин"] == [name]
