"""English puts a title's complement before the title (``Kremlin spokesman``, ``Foreign Office
spokesperson``), so the three capitalized words after a lowercase title are the name, whatever
its first word (``spokesman Shafqat Ali Khan``); Polish puts it after (``rzecznik Kremla Dmitrij
Pieskow``), where the first of three may be the complement."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role_kind) for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pakistan's Foreign Office spokesman Shafqat Ali Khan said on Friday that talks would continue.",
            [("Shafqat Ali Khan", "spokesperson")],
        ),
        (
            "Foreign Office spokesperson Mumtaz Zahra Baloch told reporters the talks were useful.",
            [("Mumtaz Zahra Baloch", "spokesperson")],
        ),
        ("The ambassador Tariq Aziz Baig said the visit was useful.", [("Tariq Aziz Baig", "ambassador")]),
        ("Kremlin spokesman Dmitry Peskov said talks would continue.", [("Dmitry Peskov", "spokesperson")]),
        (
            "Rzecznik Kremla Dmitrij Pieskow powiedział, że rozmowy będą kontynuowane.",
            [("Dmitrij Pieskow", "spokesperson")],
        ),
    ],
)
def test_three_words_after_an_english_title(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(text) == expected
