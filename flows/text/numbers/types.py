"""The result type of fact extraction (:class:`NumberFact`) and of the metric table (:class:`MetricRule`)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class NumberFact:
    char_start: int  # offsets into the text given; text[char_start:char_end] == quote
    char_end: int
    quote: str  # hedge/comparator words + number + scale + currency + counted thing
    number_text: str  # the number as written: "1,5 млрд", "40", "пятью", "десятку", "12-м"
    value: (
        float  # normalized: money in whole units, percent as the number, ranges: low end; < 0 when negative
    )
    value_high: float | None  # upper end of a range, else None
    unit: str  # ISO 4217 for money (XXX: currency unknown); else a unit of flows.text.numbers.units
    comparator: str  # '=', '~', '>', '>=', '<', '<='
    metric: str  # see METRIC_KEYWORDS; 'other' when no keyword applies
    counted: str | None  # the counted noun phrase as written; None for money/percent
    change: str | None  # 'increase' / 'decrease' / 'from' / 'to', else None
    # the period stated in the same sentence, as written; for a sentence that refers back to one
    # ("за этот период", "in the same period"), the one period phrase of the sentence before
    period: str | None
    modality: str = "actual"  # 'actual' (reported as done), 'target' (a plan or goal), 'forecast'


@dataclass(frozen=True, slots=True)
class MetricRule:
    """One row of :data:`METRIC_KEYWORDS`.

    ``scope`` says where the keyword is looked for: ``counted`` (the counted noun
    phrase of a count/rank), ``sentence`` (the sentence around an amount, the keyword
    nearest to the number wins) or ``both``. ``kinds`` restricts the rule to unit kinds
    (``money`` stands for every currency). ``ordinal`` requires the number to be an
    ordinal ("12-м"), ``context`` a second keyword anywhere in the sentence. ``weak``
    rules are used only when no other sentence rule matches.
    """

    metric: str
    pattern: re.Pattern[str]
    scope: str
    kinds: frozenset[str] | None = None
    ordinal: bool = False
    context: re.Pattern[str] | None = None
    weak: bool = False
