"""``patterns.WordStartScan``: the period and modality matches found only at word starts are those
``finditer`` finds, in every window of a text."""

from __future__ import annotations

import re

import pytest

from flows.text.numbers.patterns import (
    _PERIOD_RE,
    ANAPHORIC_PERIOD_SCAN,
    HEDGE_SCAN,
    MODALITY_RE,
    MODALITY_SCAN,
    NEGATIVE_CONTEXT_SCAN,
    PERIOD_SCAN,
    WordStartScan,
)
from flows.text.numbers.resolve import _CUES_AFTER_SCAN
from tests.unit.text.test_regexes import _texts


def _spans(matches) -> list:
    return [(m.span(), m.lastgroup, m.groupdict()) for m in matches]


@pytest.mark.parametrize(
    "scan",
    [PERIOD_SCAN, MODALITY_SCAN, _CUES_AFTER_SCAN, ANAPHORIC_PERIOD_SCAN, NEGATIVE_CONTEXT_SCAN],
    ids=["period", "modality", "after", "anaphoric", "negative"],
)
def test_word_start_scan_finds_what_finditer_finds(scan):
    found = 0
    kazakh = "Тауар айналымын 2030 жылға дейін 80 млрд долларға жеткізу көзделген; ЖОСПАРЛАНҒАН, күтілуде."
    others = (
        "Более 5 млрд, не менее чем 3%, около 7 тыс. человек; за тот же период, in the same period, "
        "отрицательное сальдо в 80 млн, ОТРИЦАТЕЛЬНОЕ САЛЬДО торговли, more than $5 billion, "
        "ponad 3 mld"
    )
    for text in [*_texts(), kazakh, others]:
        n = len(text)
        expected = _spans(scan.regex.finditer(text, 0, n))
        assert _spans(scan.finditer(text, 0, n)) == expected
        found += len(expected)
        # windows that cut words and phrases: a look-behind still sees before the window
        for lo, hi in ((1, n - 1), (n // 3, 2 * n // 3), (5, n), (0, n // 2)):
            assert _spans(scan.finditer(text, lo, hi)) == _spans(scan.regex.finditer(text, lo, hi))
    assert found > 0


def test_word_start_scan_reads_every_language_and_case():
    text = (
        "За первые девять месяцев 2024 года экспорт вырос. У першому кварталі 2024 року, "
        "w pierwszym półroczu 2023 r., in the first half of 2023, 2024 жылы, торік, летась. "
        "ПЛАНИРУЕТСЯ довести до 5 млрд; ожидается рост; planuje się; is expected to; \u212aazakhstan "
        "ᲀ прошлом году, В ПРОШЛОМ ГОДУ, в этом — 3 млрд, 80 млрд долларға жеткізу көзделген, КҮТІЛЕДІ"
    )
    for scan, plain in ((PERIOD_SCAN, _PERIOD_RE), (MODALITY_SCAN, MODALITY_RE), (_CUES_AFTER_SCAN, None)):
        plain = plain or scan.regex
        expected = _spans(plain.finditer(text))
        assert len(expected) >= 3
        assert _spans(scan.finditer(text, 0, len(text))) == expected


def test_word_start_scan_takes_the_case_insensitive_equivalents_of_its_first_characters():
    scan = WordStartScan(re.compile(r"(?<![\w])kelvin", re.I), "kK")
    text = "\u212aelvin, Kelvin, kelvin, akelvin"
    assert [m.start() for m in scan.finditer(text, 0, len(text))] == [0, 8, 16]


@pytest.mark.parametrize("kind", ["money", "percent", "tonnes", "times", "rank"])
def test_keyword_scan_finds_what_finditer_finds(kind):
    from flows.text.numbers.resolve import _sentence_keyword_re

    compiled = _sentence_keyword_re(kind)
    assert compiled is not None
    scan = compiled[0]
    for text in _texts():
        n = len(text)
        for lo, hi in ((0, n), (1, n - 1), (n // 3, 2 * n // 3)):
            assert _spans(scan.finditer(text, lo, hi)) == _spans(scan.regex.finditer(text, lo, hi))


def test_prefix_gate_lets_through_every_case_and_spacing_of_a_match_start():
    from flows.text.numbers.patterns import match_prefixes, prefix_gate

    gate = prefix_gate(
        match_prefixes(r"(?<![\w])за\s+(?:\d{4}|прошлый)|in\s+(?i:the)\b|[a-z]+-[a-z]+\s+trade")
    )
    assert gate is not None
    at = re.compile(gate).match
    for text in ("за 2024", "ЗА\u00a0прошлый", "За\t\tп", "IN THE", "two-way trade", "\u212a-wa"):
        assert at(text) is not None, text
    for text in ("зонт", "за год", "in-1", "in 1", "ab", "-a"):
        assert at(text) is None, text
    assert prefix_gate(match_prefixes(r"\w+ые")) is None  # any word may start a match: no gate


def test_country_scans_find_what_finditer_finds():
    from flows.text.numbers.resolve import _country_res
    from flows.text.numbers.units import CURRENCY_BY_CONTEXT

    for key in CURRENCY_BY_CONTEXT:
        for scan, _code in _country_res(key):
            for text in _texts():
                assert _spans(scan.finditer(text, 0, len(text))) == _spans(scan.regex.finditer(text))


def test_hedge_scan_finds_the_hedge_before_each_number():
    found = 0
    for text in [*_texts(), "Более 5 млрд, не менее чем 3%, около 7 тыс., more than $5 billion, ponad 3 mld"]:
        for m in re.finditer(r"\d+", text):
            lo = max(0, m.start() - 48)
            expected = HEDGE_SCAN.regex.search(text, lo, m.start())
            got = HEDGE_SCAN.search(text, lo, m.start())
            assert (got and (got.span(), got.groupdict())) == (
                expected and (expected.span(), expected.groupdict())
            )
            found += expected is not None
    assert found > 0


@pytest.mark.parametrize("name", ["_CONJUNCTION_BEFORE_SCAN", "_COMPARED_WITH_SCAN"])
def test_window_scans_find_what_search_finds(name):
    from flows.text.numbers import resolve

    scan = getattr(resolve, name)
    found = 0
    extra = "Экспорт вырос на 5%, а импорт — на 3%, больше, чем в 2024 году; rose more than in 2023 and imports fell"
    for text in [*_texts(), extra]:
        for m in re.finditer(r"\s(?=\S)", text):
            for lo in (max(0, m.end() - 40), 0):
                expected = scan.regex.search(text, lo, m.end())
                got = scan.search(text, lo, m.end())
                assert (got and got.span()) == (expected and expected.span())
                found += expected is not None
    assert found > 0
