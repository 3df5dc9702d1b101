"""English roles. One set off by commas after the name: the institution and portfolio words before the
role noun (``the Russian foreign ministry spokeswoman``) and portfolios joined by ``and`` after it
(``minister of trade and integration``) are the role's, and the country before them is in its span.
A country's abbreviation with dots before a role (``U.S. Trade Representative``) is in its span too."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name", "role", "span"),
    [
        (
            '"We will not comment," said Anna Kowalska, the Polish foreign ministry spokeswoman.',
            "Anna Kowalska",
            "foreign ministry spokeswoman",
            "Polish foreign ministry spokeswoman",
        ),
        (
            "The deal is done, said John Miller, British defence ministry spokesman, on Monday.",
            "John Miller",
            "defence ministry spokesman",
            "British defence ministry spokesman",
        ),
        (
            "said Peter Novak, Slovakia's minister of economy and finance.",
            "Peter Novak",
            "minister of economy and finance",
            "Slovakia's minister of economy and finance",
        ),
        (
            "said David Brown, the minister of trade and industry.",
            "David Brown",
            "minister of trade and industry",
            "minister of trade and industry",
        ),
    ],
)
def test_an_apposition_after_the_name(text: str, name: str, role: str, span: str) -> None:
    (person,) = extract_people(text)
    assert (person.name, person.role, text[person.role_start : person.role_end]) == (name, role, span)


def test_and_before_another_role_joins_no_portfolio() -> None:
    (person,) = extract_people("President of Poland and Prime Minister Donald Tusk met the press.")
    assert (person.name, person.role) == ("Donald Tusk", "prime minister")


@pytest.mark.parametrize(
    ("text", "name", "role", "span"),
    [
        (
            "U.S. Trade Representative Jamieson Greer said the talks were useful.",
            "Jamieson Greer",
            "trade representative",
            "U.S. Trade Representative",
        ),
        (
            "said U.K. Foreign Secretary David Lammy.",
            "David Lammy",
            "foreign secretary",
            "U.K. Foreign Secretary",
        ),
        (
            "said U.S. Secretary of State Marco Rubio.",
            "Marco Rubio",
            "secretary of state",
            "U.S. Secretary of State",
        ),
    ],
)
def test_a_dotted_abbreviation_of_a_country_is_in_the_role_span(
    text: str, name: str, role: str, span: str
) -> None:
    (person,) = extract_people(text)
    assert (person.name, person.role, text[person.role_start : person.role_end]) == (name, role, span)
