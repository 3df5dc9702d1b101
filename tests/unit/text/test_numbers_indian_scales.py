"""The Indian scale words (``lakh`` 10^5, ``crore`` 10^7) and the rupee's sign (``₹``)."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The company will invest 5,000 crore rupees in the plant.", 5e10, "INR"),
        ("The company will invest ₹5,000 crore in the plant.", 5e10, "INR"),
        ("India imported 5 lakh tonnes of pulses.", 5e5, "tonnes"),
        ("Exports reached 2.5 lakh tonnes last year.", 2.5e5, "tonnes"),
    ],
)
def test_indian_scales(text: str, value: float, unit: str) -> None:
    (fact,) = extract_facts(text)
    assert (fact.value, fact.unit) == (value, unit)
