"""A newspaper's issue line over the headline (``Федеральный выпуск № 276(9861)``, ``Газета
«Коммерсантъ» №214 от 25.11.2026, стр. 6``, ``Wydanie nr 231 (12345)``) is page furniture: never
the title, never a line of the text; a headline or sentence with a number sign (``Путин подписал
указ № 123``) is none."""

from __future__ import annotations

import pytest

from flows.text.article import is_issue_line, parse_scraped_text

HEADLINE = "Монголия и Казахстан договорились о транзите угля"
LEAD = (
    "Министр иностранных дел Монголии провел в Астане переговоры с казахстанским коллегой. Стороны "
    "договорились увеличить транзит угля через территорию Казахстана."
)


@pytest.mark.parametrize(
    "issue",
    [
        "Столичный выпуск № 118(7702)",
        "Газета «Вечерний город» №58 от 02.12.2026, стр. 3",
        "Wydanie nr 231 (12345)",
        "Выпуск №45",
        "Нумар № 12 (2207)",
        "Новая газета - Уикенд № 40(1122)",
    ],
)
def test_an_issue_line_over_the_date_is_no_title(issue: str) -> None:
    page = f"Вечерний город\n{issue}\n2 декабря 2026 г., 09:40\n\n{HEADLINE}\n\n{LEAD}\n"
    meta = parse_scraped_text(page)
    assert meta.title == HEADLINE
    assert issue not in page[meta.body_start : meta.body_end]
    assert is_issue_line(issue)


@pytest.mark.parametrize(
    "line",
    [
        "Путин подписал указ № 123",
        "Указ № 123 подписан президентом",
        "Федеральный закон № 44-ФЗ",
        "Газета выпустила номер № 5 о войне",
        "Номер 5",
    ],
)
def test_a_line_with_a_number_sign_is_no_issue_line(line: str) -> None:
    assert not is_issue_line(line)


@pytest.mark.parametrize(
    ("date_and_issue", "day"),
    [
        ("02.12.2026, 07:30 | Газета «Вечерний город» №58, стр. 3", "2026-12-02"),
        ("2 декабря 2026 | Выпуск № 45 (1120)", "2026-12-02"),
        ("02.12.2026 · Wydanie nr 231 (12345)", "2026-12-02"),
    ],
)
def test_a_date_line_naming_its_issue_after_a_bar_dates_the_page(date_and_issue: str, day: str) -> None:
    page = f"Вечерний город\nГлавная | Политика | Экономика\n\n{HEADLINE}\n{date_and_issue}\n\n{LEAD}\n"
    meta = parse_scraped_text(page)
    assert (meta.title, str(meta.published_date)) == (HEADLINE, day)


def test_a_date_line_with_a_decree_number_after_a_bar_is_no_date_line() -> None:
    from flows.text.dates import line_days

    assert line_days("02.12.2026 | Указ № 123") is None
