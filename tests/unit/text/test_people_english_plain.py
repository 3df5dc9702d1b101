"""Names in English text without a title or a verb of speech beside them: a first name of the list
and a surname; titles written with a hyphen; German names in -ich are no Polish case."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _names(text: str) -> list[str]:
    return [p.name for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Donald Tusk met Mark Rutte in The Hague on Tuesday.", ["Donald Tusk", "Mark Rutte"]),
        ("Talks between Vladimir Putin and the envoy lasted three hours.", ["Vladimir Putin"]),
        ("Friedrich Merz and Emmanuel Macron signed the declaration.", ["Friedrich Merz", "Emmanuel Macron"]),
    ],
)
def test_first_name_and_surname_in_english_text(text, names):
    assert _names(text) == names


def test_hyphenated_title_is_no_part_of_the_name():
    people = extract_people("UN Secretary-General Antonio Guterres called for calm.")
    assert [(p.name, p.role_kind) for p in people] == [("Antonio Guterres", "head_of_organisation")]


def test_german_name_in_ich_is_no_polish_oblique_case():
    assert _names("Chancellor Friedrich Merz said the plan would work.") == ["Friedrich Merz"]


@pytest.mark.parametrize(
    "text",
    [
        "Wczoraj Piotr i Anna Kowalscy odwiedzili Gdańsk.",  # Polish: its own grammar
        "Компания Mark Spencer Group открыла офис.",  # Latin inside Russian text: a brand as often
    ],
)
def test_no_cue_free_latin_names_outside_english_text(text):
    assert not any(n.startswith(("Anna", "Mark")) for n in _names(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Vladimir Putin met Xi Jinping in Beijing.", ["Vladimir Putin", "Xi Jinping"]),
        ("Kim Jong Un inspected a missile launch, state media said.", ["Kim Jong Un"]),
        ("Talks with Nguyen Phu Trong took place in Hanoi.", ["Nguyen Phu Trong"]),
    ],
)
def test_east_asian_names_surname_first_in_english_text(text, names):
    assert _names(text) == names
