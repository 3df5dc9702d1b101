"""A role's portfolio written in capitals after "for"/"of" and joined by "and" (``Minister for Trade
and Integration``, ``Secretary for Health and Human Services``) ends before the name: its last words
are no part of the name after it (a name of them, ``Integration Arman X``, is a wrong person)."""

from __future__ import annotations

import pytest

from flows.text.analyze import analyze_body


def _names(text: str) -> list[str]:
    return [p.name for _, p in analyze_body(text).people]


@pytest.mark.parametrize(
    ("text", "portfolio_word"),
    [
        ("Uzbekistan's Minister for Investment and Trade Laziz Kudratov visited Seoul.", "Trade"),
        ("The Secretary for Health and Human Services Maria Gonzalez spoke in Astana.", "Services"),
        ("Minister for Energy and Infrastructure Suhail Mazrouei met Kazakh officials.", "Infrastructure"),
        (
            "Kazakhstan's Minister for Industry and Construction Yersayin Nagaspayev visited Tashkent.",
            "Construction",
        ),
    ],
)
def test_no_name_takes_the_portfolios_last_word(text: str, portfolio_word: str) -> None:
    assert all(portfolio_word not in name for name in _names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Secretary for Health and Human Services Maria Gonzalez spoke in Astana.", "Maria Gonzalez"),
        ("Minister for Energy and Infrastructure Suhail Mazrouei met Kazakh officials.", "Suhail Mazrouei"),
    ],
)
def test_the_name_after_the_portfolio(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_name_after_and_is_still_read() -> None:
    assert "Jacob Helberg" in _names(
        "The talks involved trade officials and Jacob Helberg of the United States."
    )
