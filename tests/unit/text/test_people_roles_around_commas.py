"""Roles and names set off by commas, in English and Polish: a name in apposition to the role
before it (``China's ambassador to Nigeria, Yu Dunhai, said``) takes that role unless an apposition
of its own follows it; a Polish role of two portfolios joined by ``i`` reaches a name after the
country's genitive (``minister przemysłu i handlu Czech Karel Havlíček``); an Arabic name of four
words with a capitalized particle before a role set off by a comma is one person's."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_people(text)}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Japan's ambassador to Kenya, Tadashi Sato, said the loan was approved.",
            "Tadashi Sato",
            "ambassador",
        ),
        (
            "The talks were led by Hungary's foreign minister, Peter Szijjarto, and his host.",
            "Peter Szijjarto",
            "foreign minister",
        ),
        (
            "W Pradze poinformował minister rolnictwa i żywności Słowacji Richard Takáč podczas wizyty.",
            "Richard Takáč",
            "minister rolnictwa i żywności",
        ),
        (
            "Rozmowy prowadził minister rozwoju i technologii Krzysztof Paszyk.",
            "Krzysztof Paszyk",
            "minister rozwoju i technologii",
        ),
        (
            "The accord was signed with Hamad Mohammed Al Suwaidi, the UAE economy minister, on Monday.",
            "Hamad Mohammed Al Suwaidi",
            "economy minister",
        ),
    ],
)
def test_a_role_beside_a_name_set_off_by_commas(text, name, role):
    assert _people(text)[name] == role


def test_a_name_with_an_apposition_of_its_own_takes_no_role_before_its_comma():
    people = _people("At the meeting with the president, John Smith, a banker, said nothing.")
    assert people.get("John Smith") is None
