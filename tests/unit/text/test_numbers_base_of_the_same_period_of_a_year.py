"""A comparison's base "for the same period of <a year>" (``за тот же период 2025 года``, ``за
аналогічний період 2025 року``, ``w analogicznym okresie 2025 r.``, ``in the same period of 2025``)
is of another year than the figure before it: it never takes that figure's period (which would
put two years' values in one period); Dyad cannot state its months as written, so its period is
NULL. A period referred back to with no year (``Импорт за тот же период``) is still the earlier
one."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    ("text", "figure_period"),
    [
        (
            "Экспорт Вьетнама на Филиппины в январе-октябре 2026 года составил 5,4 млрд долларов "
            "против 4,8 млрд долларов за тот же период 2025 года.",
            "в январе-октябре 2026 года",
        ),
        (
            "Товарооборот в первом полугодии 2026 года достиг 830 млн долларов против 760 млн долларов "
            "за аналогичный период 2024 года.",
            "в первом полугодии 2026 года",
        ),
        (
            "Експорт у січні-жовтні 2026 року становив 5,4 млрд доларів проти 4,8 млрд доларів "
            "за аналогічний період 2025 року.",
            "у січні-жовтні 2026 року",
        ),
        (
            "Eksport w trzecim kwartale 2026 r. wyniósł 1,9 mld euro wobec 1,7 mld euro "
            "w analogicznym okresie 2025 r.",
            "w trzecim kwartale 2026 r.",
        ),
        (
            "Exports reached $5.4 billion in January-October 2026, compared with $4.8 billion "
            "in the same period of 2025.",
            "in January-October 2026",
        ),
    ],
)
def test_base_of_the_same_period_of_another_year(text: str, figure_period: str) -> None:
    figure, base = extract_facts(text)
    assert figure.period == figure_period
    assert base.period is None


def test_period_referred_back_without_a_year() -> None:
    text = "Экспорт в январе-октябре 2026 года составил 5,4 млрд долларов. Импорт за тот же период составил 2 млрд долларов."
    assert [f.period for f in extract_facts(text)] == ["в январе-октябре 2026 года"] * 2
