"""A woman's name after a role and its complement (``Посол Беларуси в Казахстане``, ``Председатель
комитета``), the subject of a woman's verb, is hers in the nominative, not a man's genitive
(``Алия Ахметова``, not ``Алий Ахметов``), a first name the dictionary has no woman's reading of
kept as written (``Асия``); with no verb after it, or after a role in the genitive, the man's
genitive reading stays."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Посол Беларуси в Казахстане Алия Ахметова вручила грамоты.",
            "Алия Ахметова",
            "посол Беларуси в Казахстане",
        ),
        (
            "Председатель комитета Асия Касымова выступила с докладом.",
            "Асия Касымова",
            "председатель комитета",
        ),
        (
            "Министр финансов Асия Касымова заявила, что бюджет исполнен.",
            "Асия Касымова",
            "министр финансов",
        ),
        ("Визит посла Алия Ахметова завершился.", "Алий Ахметов", "посол"),
    ],
)
def test_a_womans_name_after_a_role_and_its_complement(text: str, name: str, role: str) -> None:
    assert [(p.name, p.role) for p in extract_people(text)] == [(name, role)]
