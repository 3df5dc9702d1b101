"""In English and Polish text, the place a post is held in, between the role and the name
(``Ambassador of Ukraine to Poland Vasyl Zvarych``, ``Ambasador Ukrainy w Polsce Wasyl
Zwarycz``), keeps the role a cue of the name after it; the role is the post's, its country the
sender's (the span ends before the place). A place after a preposition with no role before it
is no cue."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name", "role", "span"),
    [
        (
            "Ambasador Ukrainy w Polsce Wasyl Zwarycz wręczył odznaczenia polskim wolontariuszom.",
            "Wasyl Zwarycz",
            "ambasador",
            "Ambasador Ukrainy",
        ),
        (
            "Ambasador Japonii w Polsce Akio Miyajima spotkał się z ministrem w Warszawie.",
            "Akio Miyajima",
            "ambasador",
            "Ambasador Japonii",
        ),
        (
            "Ambassador of Ukraine to Poland Vasyl Zvarych handed over the awards on Monday.",
            "Vasyl Zvarych",
            "ambassador",
            "Ambassador of Ukraine",
        ),
        (
            "The Ambassador of Japan to Kazakhstan Takeshi Ono opened the exhibition in Astana.",
            "Takeshi Ono",
            "ambassador",
            "Ambassador of Japan",
        ),
    ],
)
def test_the_place_of_the_post_between_role_and_name(text: str, name: str, role: str, span: str) -> None:
    (person,) = extract_people(text)
    assert (person.name, person.role, text[person.role_start : person.role_end]) == (name, role, span)


@pytest.mark.parametrize(
    "text",
    [
        "The exhibition moved to Poland Street, where the gallery opened on Monday.",
        "Tourists in Warsaw Old Town enjoyed the sun on Monday.",
    ],
)
def test_a_place_with_no_role_before_is_no_cue(text: str) -> None:
    assert extract_people(text) == []
