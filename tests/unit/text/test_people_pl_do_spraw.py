"""Polish: a portfolio named after "do spraw" (written ``ds.`` too: ``minister ds. handlu``,
``sekretarz stanu do spraw europejskich``) is part of the role, and the name after it is still
found, in every case, with the role's country after the portfolio."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Poinformował minister stanu ds. handlu i przemysłu Indii Jitin Prasada po spotkaniu w Warszawie.",
            ("Jitin Prasada", "minister stanu ds. handlu i przemysłu"),
        ),
        (
            "Wczoraj minister do spraw handlu Indii Piyush Goyal przyleciał do Warszawy.",
            ("Piyush Goyal", "minister do spraw handlu"),
        ),
        (
            "Rozmawiał z ministrem do spraw Unii Europejskiej Adamem Szłapką o funduszach.",
            ("Adam Szłapka", "minister do spraw Unii Europejskiej"),
        ),
        (
            "Spotkał się z ministrem ds. europejskich Adamem Szłapką w Brukseli.",
            ("Adam Szłapka", "minister ds. europejskich"),
        ),
        (
            "Delegację przyjął sekretarz stanu do spraw gospodarki i energii Niemiec Jörg Kukies.",
            ("Jörg Kukies", "sekretarz stanu do spraw gospodarki i energii"),
        ),
        (
            "Jan Kowalski, minister do spraw cyfryzacji, powiedział, że projekt ruszy.",
            ("Jan Kowalski", "minister do spraw cyfryzacji"),
        ),
    ],
)
def test_a_portfolio_after_do_spraw_is_the_roles(text: str, person: tuple[str, str]) -> None:
    assert person in _people(text)


def test_do_spraw_keeps_the_country_after_the_portfolio() -> None:
    text = "Poinformował minister do spraw handlu Indii Jitin Prasada po spotkaniu."
    (person,) = extract_people(text)
    assert text[person.role_start : person.role_end] == "minister do spraw handlu Indii"


def test_a_verb_do_in_english_is_no_polish_portfolio() -> None:
    assert ("Narendra Modi", "prime minister") in _people(
        "The minister will do Prime Minister Narendra Modi a favour."
    )
