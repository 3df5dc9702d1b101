"""English headlines write the future as "to" and a verb after the subject ("Kazakhstan to supply
1 million tonnes", "China to invest $5 billion"): the figure is a forecast, not a fact done; the
present and infinitive of a change verb before an amount ("expected to grow 5%", "Exports to rise
3%", "GDP grows 4%") make it a change as the past forms do. A past verb keeps a figure actual."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts
from tests.flows_named import flow_named


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kazakhstan to supply 1 million tonnes of wheat to China", 1e6),
        ("China to invest $5 billion in Kazakhstan's energy sector", 5e9),
        ("Uzbekistan to buy 300,000 tonnes of Russian wheat", 3e5),
        ("Russia and India to boost trade to $100 billion by 2030", 1e11),
    ],
)
def test_a_headline_infinitive_is_a_forecast(text: str, value: float) -> None:
    (fact,) = extract_facts(text)
    assert (fact.value, fact.modality) == (value, "forecast")


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan supplied 1 million tonnes of wheat to China.",
        "Exports to China rose to $5 billion.",
        "Kazakhstan's wheat exports to China reached 1 million tonnes.",
    ],
)
def test_a_past_verb_keeps_the_figure_actual(text: str) -> None:
    assert [f.modality for f in extract_facts(text)] == ["actual"]


@pytest.mark.parametrize(
    ("text", "change", "modality"),
    [
        ("Exports to grow 5% in 2026", "increase", "forecast"),
        ("Trade is expected to rise 3 percent next year.", "increase", "forecast"),
        ("Imports will fall 2% in 2026.", "decrease", "forecast"),
        ("GDP grows 4% in the first quarter.", "increase", "actual"),
    ],
)
def test_a_present_or_infinitive_change_verb_before_the_amount(text: str, change: str, modality: str) -> None:
    (fact,) = extract_facts(text)
    assert (fact.metric, fact.change, fact.modality) == (flow_named(text, fact.char_start), change, modality)
