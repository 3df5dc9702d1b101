"""English ranges written "X to Y" without "from" or "between" before them (``50 billion to 70
billion yen``, ``$2 billion to $3 billion``, ``2 to 3 billion dollars``): one fact with its high
end, when both amounts are in one unit and scale and the first is below the second; a change and
its level (``rose 5% to $3 billion``) and a change from a level (``from the current 2.1 million
to 2.6 million``) stay two facts."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


def _facts(text: str) -> list[tuple[float, float | None, str | None]]:
    return [(f.value, f.value_high, f.unit) for f in extract_facts(text)]


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Japan will lend Vietnam 50 billion to 70 billion yen for the new railway.", 50e9, 70e9, "JPY"),
        ("Korea plans to invest $1.5 billion to $2 billion in Kazakh copper.", 1.5e9, 2e9, "USD"),
        ("The deal is worth 3 to 4 billion euros, officials said.", 3e9, 4e9, "EUR"),
        ("India may buy 2 million to 3 million tonnes of Russian wheat.", 2e6, 3e6, "tonnes"),
    ],
)
def test_a_range_written_with_to(text: str, low: float, high: float, unit: str) -> None:
    assert _facts(text) == [(low, high, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "Exports to China rose 5% to $3 billion last year.",
        "The central bank cut its rate by 25 basis points to 12.25%.",
        "Output will rise from the current 2.1 million to 2.6 million barrels per day.",
        "Trade fell from $6 billion to $5 billion.",
        "Imports dropped to $5 billion to 4 billion euros.",
    ],
)
def test_a_change_and_its_level_are_no_range(text: str) -> None:
    assert all(high is None for _low, high, _unit in _facts(text))
