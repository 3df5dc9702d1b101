"""An English range of months with "the" and "period" around it ("in the January-October period")
is the figures' period, with its dates, as "in January-September" is."""

from __future__ import annotations

from datetime import date

import pytest

from flows.text.numbers import extract_facts
from flows.text.numbers.periods import parse_period


@pytest.mark.parametrize(
    ("text", "period", "label"),
    [
        (
            "Foreign direct investment into Vietnam rose 8.5% to $18.8 billion in the January-October period.",
            "in the January-October period",
            "2025-01/2025-10",
        ),
        (
            "Exports rose to $2 billion in the January-October period of 2024.",
            "in the January-October period of 2024",
            "2024-01/2024-10",
        ),
        ("Exports rose 5% in January-September.", "in January-September", "2025-01/2025-09"),
    ],
)
def test_an_english_range_of_months(text: str, period: str, label: str) -> None:
    facts = extract_facts(text)
    assert facts and {f.period for f in facts} == {period}
    parsed = parse_period(period, date(2025, 11, 20))
    assert parsed is not None and parsed.label == label
