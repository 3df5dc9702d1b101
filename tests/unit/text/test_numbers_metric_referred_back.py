"""A figure whose clause refers back to a flow the sentence before named, by a pronoun or a noun for
a measure (``В 2024 году он составил``, ``показатель составил``, ``увеличить его до``, ``It is
expected to grow to``), takes that flow's metric; with no flow named there, or two, it stays
``other``."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


def _metric(text: str, number: str) -> str:
    found = [f for f in extract_facts(text) if f.number_text.startswith(number)]
    assert len(found) == 1, [f.quote for f in extract_facts(text)]
    return found[0].metric


@pytest.mark.parametrize(
    ("text", "number", "metric"),
    [
        (
            "Товарооборот Армении и России в 2025 году может превысить 8 млрд долларов. В 2024 году он составил 7,4 млрд долларов.",
            "7,4",
            "trade_turnover",
        ),
        (
            "Экспорт Беларуси в Монголию вырос на 20%. В 2024 году показатель составил 232 млн долларов.",
            "232",
            "export",
        ),
        (
            "Товарооборот России и Индии достиг 65 млрд долларов. Стороны планируют увеличить его до 100 млрд долларов к 2030 году.",
            "100",
            "trade_turnover",
        ),
        ("Импорт из Китая вырос на 12%. Этот показатель достиг 4,2 млрд долларов.", "4,2", "import"),
        (
            "Товарообіг між Україною та Польщею зріс на 10%. У 2024 році він становив 12 млрд доларів.",
            "12",
            "trade_turnover",
        ),
        (
            "Trade between the two countries reached $5 billion. It is expected to grow to $7 billion by 2027.",
            "7",
            "trade_turnover",
        ),
        (
            "Инвестиции Казахстана в экономику Узбекистана выросли вдвое. К 2030 году они достигнут 3 млрд долларов.",
            "3",
            "investment",
        ),
        ("Eksport Polski na Litwę wzrósł o 8%. W 2024 roku wyniósł on 9 mld euro.", "9", "export"),
        # two flows named before, or none: it stays "other"
        ("Экспорт вырос на 5%, а импорт сократился на 3%. Он составил 2 млрд долларов.", "2", "other"),
        ("Компания открыла завод в Минске. Он обошелся в 50 млн долларов.", "50", "other"),
        # a figure with a keyword of its own keeps it
        ("Товарооборот вырос на 7%. Экспорт при этом составил 1,1 млрд долларов.", "1,1", "export"),
    ],
)
def test_a_flow_referred_back_to_gives_its_metric(text, number, metric):
    assert _metric(text, number) == metric


@pytest.mark.parametrize(
    ("text", "number", "metric"),
    [
        # a later clause leaving its subject out takes the flow its sentence referred back to
        (
            "Товарооборот Марокко и Испании вырос на 8%. В прошлом году он составил 22 млрд евро, а в этом"
            " ожидается 24 млрд.",
            "24",
            "trade_turnover",
        ),
        (
            "Експорт України до Польщі зріс на 12%. Торік він склав 4,1 млрд доларів, а цього року очікується"
            " 4,6 млрд.",
            "4,6",
            "export",
        ),
        # a flow referred back to twice in a row: the second refers to the first's metric
        (
            "Товарооборот Вьетнама и Лаоса вырос на 10%. В прошлом году он составил 1,6 млрд долларов."
            " Стороны намерены довести этот показатель до 3 млрд долларов к 2030 году.",
            "3",
            "trade_turnover",
        ),
        (
            "Импорт Монголии из Китая вырос. В 2025 году он составил 6 млрд долларов. Власти рассчитывают"
            " сократить его до 5 млрд долларов.",
            "5",
            "import",
        ),
        # a clause naming a flow of its own keeps it
        (
            "Экспорт Казахстана в Китай вырос. В 2025 году он составил 12 млрд долларов, а импорт — 9 млрд.",
            "9",
            "import",
        ),
    ],
)
def test_a_flow_referred_back_carries_on(text: str, number: str, metric: str) -> None:
    assert _metric(text, number) == metric
