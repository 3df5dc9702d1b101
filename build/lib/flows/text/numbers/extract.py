"""``extract_facts``: scan, resolve, and build :class:`NumberFact` records."""

from __future__ import annotations

import re

from flows.text.numbers.lexicon import _MONEY_METRICS
from flows.text.numbers.patterns import _URL_RE
from flows.text.numbers.resolve import (
    _assign_metric,
    _ExplicitMoney,
    _modality,
    _negative_context,
    _period,
    _Sentences,
    context_currency,
)
from flows.text.numbers.scan import _scan
from flows.text.numbers.types import NumberFact
from flows.text.numbers.units import NO_CURRENCY


def extract_facts(text: str, sentences: list[tuple[int, int]] | None = None) -> list[NumberFact]:
    """Numeric facts of ``text`` sorted by ``char_start`` (see the module docstring).

    ``sentences``: the sentence spans of ``text`` as ``flows.text.segment.sentence_spans(text)``
    gives them, when the caller has them already (``analyze_body``), so that they are not
    computed again; other spans give other sentence scopes, so pass those or nothing. The
    result is the same with and without them."""
    if not text:
        return []
    masked = text
    if "://" in text or "www." in text:  # digits inside URLs are ids, never facts
        masked = _URL_RE.sub(lambda m: "\x00" * len(m.group()), text)
    if _CAPS_RE.search(masked) is not None:  # a headline in capitals reads as lower case
        masked = _CAPS_RUN_RE.sub(_lower_run, masked)
    cands = _scan(masked)
    if not cands:
        return []
    # the spans given are the text's: they hold for the masked text only when nothing was masked
    scopes = _Sentences(masked, sentences if masked is text else None)
    for c in cands:
        c.sentence = scopes.index(c.ns)
        c.metric = _assign_metric(c, scopes)
        if c.unit == NO_CURRENCY and c.currency_explicit:
            c.unit = context_currency(c, scopes) or c.unit
    money = _ExplicitMoney(cands)
    for c in cands:
        if c.unit is None:
            c.unit = money.resolve(c)
        if c.value > 0 and _negative_context(c, scopes):
            c.value = -c.value
            if c.value_high is not None:
                c.value_high = -c.value_high
    facts: list[NumberFact] = []
    for c in cands:
        unit = c.unit
        if unit is None:
            if c.metric not in _MONEY_METRICS:
                continue
            unit = "XXX"
        facts.append(
            NumberFact(
                char_start=c.qs,
                char_end=c.qe,
                quote=text[c.qs : c.qe],
                number_text=text[c.ns : c.ne],
                value=float(c.value),
                value_high=float(c.value_high) if c.value_high is not None else None,
                unit=unit,
                comparator=c.comparator,
                metric=c.metric,
                counted=text[c.counted[0] : c.counted[1]] if c.counted is not None else None,
                change=c.change,
                period=_period(c, scopes, text),
                modality=_modality(c, scopes),
            )
        )
    facts.sort(key=lambda f: f.char_start)
    return facts


_CAPS_RE = re.compile(r"[А-ЯЁ]{4}")
# two or more words in capitals in a row (at least one of four letters or more)
# (the pattern starts with a character class, which the regex engine skips to quickly; the
# look-behind after the first capital says that no word character comes before it)
_CAPS_RUN_RE = re.compile(r"[А-ЯЁ](?<![\w][А-ЯЁ])[А-ЯЁ]+(?:[ \u00a0,-]+[А-ЯЁ]{2,})+(?![\w])")


def _lower_run(m: re.Match[str]) -> str:
    text = m.group()
    return text.lower() if any(len(w) >= 4 for w in re.findall(r"[А-ЯЁ]+", text)) else text
