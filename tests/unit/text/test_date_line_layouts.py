"""More date-line layouts of news pages (``line_days``): a rubric before the date, the year's
abbreviation after a date in figures, view and comment counters in every language read, and an
update stamp printed before the publication date; and lines that stay no date line."""

from __future__ import annotations

from datetime import date

import pytest

from flows.text.dates import line_days


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        ("Политика, 14 окт 2026, 09:40", date(2026, 10, 14), None),
        ("Общество, 3 марта 2026", date(2026, 3, 3), None),
        ("14.10.2026 г. 09:40", date(2026, 10, 14), None),
        ("14.10.2026 ж. 09:40", date(2026, 10, 14), None),
        ("14.10.2026 р., 09:40", date(2026, 10, 14), None),
        ("14.10.2026 09:40 | 12 480 просмотров", date(2026, 10, 14), None),
        ("14 жовтня 2026, 09:40 | Переглядів: 980", date(2026, 10, 14), None),
        ("14.10.2026, 09:40 | 3 komentarze", date(2026, 10, 14), None),
        ("14 кастрычніка 2026, 09:40 | Праглядаў: 210", date(2026, 10, 14), None),
        ("October 14, 2026 · 3 min read", date(2026, 10, 14), None),
        ("Updated: Oct 15, 2026 | Published: Oct 14, 2026", date(2026, 10, 14), date(2026, 10, 15)),
        (
            "Обновлено 15.10.2026 08:00 | Опубликовано 14.10.2026 22:10",
            date(2026, 10, 14),
            date(2026, 10, 15),
        ),
        ("Zaktualizowano: 15.10.2026, Opublikowano: 14.10.2026", date(2026, 10, 14), date(2026, 10, 15)),
        # an English ordinal day before its month
        ("14th October 2026", date(2026, 10, 14), None),
        ("2nd October 2026, 10:15", date(2026, 10, 2), None),
    ],
)
def test_more_date_line_layouts(line, published, modified):
    assert line_days(line) == (published, modified)


@pytest.mark.parametrize(
    "line",
    [
        "Переговоры в Минске прошли 14 октября 2026",
        "Вчера в Минске, 14 октября 2026",
        "14.10.2026 г. Россия и Китай подписали",
        "14.10.2026 | 12 480 рублей",
    ],
)
def test_lines_that_stay_no_date_line(line):
    assert line_days(line) is None
