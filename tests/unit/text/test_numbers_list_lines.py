"""A list written one item a line under a heading that names the flow ("Экспорт Казахстана в
2025 году:" / "Италия — 11,2 млрд долларов"): each item's figure takes the heading's metric, and
its partner is the name opening the line, as in the same list written in one sentence."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts
from flows.text.numbers.indicators import partner_span


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Импорт Армении за девять месяцев:\nИран — 410 млн долларов\nГрузия — 220 млн долларов", "import"),
        (
            "Товарооборот Монголии с соседями:\n• Китай — 9,3 млрд долл. (+4%)\n• Россия — 2,1 млрд долл. (-1%)",
            "trade_turnover",
        ),
        (
            "Експорт Молдови у 2025 році:\n1. Румунія — 1,6 млрд доларів\n2. Україна — 0,4 млрд доларів",
            "export",
        ),
        ("Eksport Litwy w 2025 r.:\n- Łotwa — 3,9 mld euro\n- Polska — 2,8 mld euro", "export"),
        ("Georgia's main import sources in 2025:\n• Turkey — $2.1 billion\n• China — $1.3 billion", "import"),
    ],
)
def test_items_under_a_heading_take_its_flow(text: str, metric: str) -> None:
    money = [f for f in extract_facts(text) if f.unit not in ("percent", "percentage_points")]
    assert len(money) == 2
    assert {f.metric for f in money} == {metric}


@pytest.mark.parametrize(
    "text",
    [
        # a heading naming no flow, or lines that are no items of a list
        "Погода на неделю:\nЕреван — 12 градусов\nТбилиси — 9 градусов",
        "Экспорт Армении вырос.\nИран — 410 млн долларов",
        "Итоги года:\nБюджет — 3 млрд долларов",
    ],
)
def test_lines_without_a_flow_heading_keep_no_metric(text: str) -> None:
    assert all(f.metric in ("other", "volume") for f in extract_facts(text) if f.unit != "count")


@pytest.mark.parametrize(
    ("line", "at", "partner"),
    [
        ("• Turkey — $2.1 billion", "$", "Turkey"),
        ("- Łotwa — 3,9 mld euro", "3,9", "Łotwa"),
        ("- Иран: 410 млн долларов;", "410", "Иран"),
        ("2) Южная Корея — 1,1 млрд долларов", "1,1", "Южная Корея"),
    ],
)
def test_the_name_opening_a_list_line_is_its_partner(line: str, at: str, partner: str) -> None:
    span = partner_span(line, line.index(at), 0, "export")
    assert span is not None and line[span[0] : span[1]] == partner


def test_a_speaker_before_a_colon_is_no_partner() -> None:
    line = "Глава Минфина: 25 млрд долларов уйдут на дороги."
    assert partner_span(line, line.index("25"), 0, "export") is None


@pytest.mark.parametrize(
    ("text", "values", "unit", "metric"),
    [
        (
            "Импорт Грузии по странам, январь–июнь 2026 года, млн долларов:\nТурция — 1 204,6\nКитай — 870,1",
            [1_204_600_000, 870_100_000],
            "USD",
            "import",
        ),
        (
            "Товарооборот Монголии с соседями (млрд долларов; в скобках — изменение за год):\n"
            "Китай — 9,3 (+4%)\nРоссия — 2,1 (-1%)",
            [9_300_000_000, 2_100_000_000],
            "USD",
            "trade_turnover",
        ),
        (
            "Експорт зерна з України (у тис. тонн):\n• Єгипет – 2 410\n• Іспанія – 1 980",
            [2_410_000, 1_980_000],
            "tonnes",
            "export",
        ),
        (
            "Eksport Polski do sąsiadów w 2025 r. (mld euro):\n- Niemcy: 104,2\n- Czechy: 26,8",
            [104_200_000_000, 26_800_000_000],
            "EUR",
            "export",
        ),
    ],
)
def test_rows_of_a_table_take_the_unit_its_caption_states(
    text: str, values: list[int], unit: str, metric: str
) -> None:
    rows = [f for f in extract_facts(text) if f.unit != "percent"]
    assert [(round(f.value), f.unit, f.metric) for f in rows] == [(v, unit, metric) for v in values]
    assert all(not any(ch.isalpha() for ch in f.quote) for f in rows)  # the quote is the figure


@pytest.mark.parametrize(
    "text",
    [
        # no unit in the caption, a caption that is no line right over the rows, or rows of several
        # figures: no figure is read as the caption's
        "Экспорт Армении по странам:\nИран — 410\nГрузия — 220",
        "Экспорт Армении, млн долларов.\n\nЭксперты ждут роста.\nИран — 410",
        "Импорт Грузии, млн долларов:\nТурция — 1 204,6 — 1 150,2\nКитай — 870,1 / 810,4",
        "Программа визита (день первый):\nВстреча — 10\nОбед — 14",
    ],
)
def test_bare_figures_without_a_caption_unit_are_no_facts(text: str) -> None:
    assert [f for f in extract_facts(text) if f.unit in ("USD", "XXX")] == []
