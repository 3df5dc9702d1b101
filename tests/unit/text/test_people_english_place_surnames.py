"""A country's or city's name right after a first name, ending a name, is a surname when a role
names the person (``Prime Minister Luís Montenegro``); alone it stays a place."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Portuguese Prime Minister Luís Montenegro met the visitors in Lisbon.",
            "Luís Montenegro",
            "prime minister",
        ),
        (
            "The deal was signed by Finance Minister Carlos Paraguay on Monday.",
            "Carlos Paraguay",
            "finance minister",
        ),
        ("Trade Minister Ana Brasil said exports rose.", "Ana Brasil", "trade minister"),
    ],
)
def test_a_place_name_after_a_first_name_is_a_surname(text: str, name: str, role: str) -> None:
    assert (name, role) in [(p.name, p.role) for p in extract_people(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Maria visited Montenegro in May.",
        "Flights from Paris to Jordan resumed in May.",
        "The minister flew from Lisbon to Brasil on Monday.",
    ],
)
def test_a_place_alone_is_no_one(text: str) -> None:
    assert extract_people(text) == []
