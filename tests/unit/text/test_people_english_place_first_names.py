"""A country's or capital's name that is also a first name (Israel, Chad, Jordan, Georgia, Paris)
opening two capitalized words in English text is a person when the text writes the second word
again alone, as a surname (``Israel Adesanya ... Adesanya won``); with no cue and no such second
mention, or with a word of a place or an organisation after it, it stays a place."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _names(text: str) -> list[str]:
    return [p.name for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Israel Adesanya will face Chad Mendes in Las Vegas. Adesanya won his last fight, while Mendes lost.",
            ["Israel Adesanya", "Chad Mendes"],
        ),
        (
            "Jordan Henderson scored twice as Ajax beat PSV. Henderson was named man of the match.",
            ["Jordan Henderson"],
        ),
        (
            "Georgia Hale starred in the film. Critics praised Hale for the role.",
            ["Georgia Hale"],
        ),
        (
            "Paris Jackson opened the show in Milan; Jackson wore black.",
            ["Paris Jackson"],
        ),
        (
            "Kenya Barris signed a new deal. Barris will write three series.",
            ["Kenya Barris"],
        ),
    ],
)
def test_a_place_first_name_whose_surname_recurs_alone_is_a_person(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # the second word written again after a determiner or before another capitalized word
        "The Jordan Valley is dry. Farmers in the Valley said water was short.",
        "Chad Basin states met in Niamey. The Basin has lost most of its lake.",
        "India Gate was closed on Sunday. Police guarded the Gate all day.",
        # no second mention: a place as before
        "Israel Adesanya will face Chad Mendes in Las Vegas.",
        # a word of an organisation or a place
        "Israel Police arrested two men. Police said more arrests were likely.",
        "Kenya Airways cancelled flights. Airways staff were on strike.",
    ],
)
def test_no_person_without_a_lone_second_mention(text):
    names = _names(text)
    assert not any(n.split()[0] in {"Jordan", "Chad", "India", "Israel", "Kenya"} for n in names), names
