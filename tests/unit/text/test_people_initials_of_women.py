"""Initials before or after a woman's surname in ``-ова``/``-ева``/``-ина``: a woman's verb after
it (``Н.И. Кочанова встретилась``) or the same woman named in full before (``Наталья Кочанова``
... ``Кочанова Н.И.``) make it her surname in the nominative, not a man's genitive (``Кочанов``),
and join her mention."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Н.И. Кочанова встретилась с послом Китая.", ["Н.И. Кочанова"]),
        ("Е.В. Смирнова провела встречу с делегацией Вьетнама.", ["Е.В. Смирнова"]),
        (
            "Председатель Совета Республики Наталья Кочанова провела встречу. Н.И. Кочанова встретилась с послом.",
            ["Наталья Кочанова"],
        ),
        (
            "Председатель Совета Республики Наталья Кочанова провела встречу. Встречу провела Кочанова Н.И.",
            ["Наталья Кочанова"],
        ),
        ("Посол встретился с Н.И. Кочановым.", ["Н.И. Кочанов"]),
        ("По словам И.В. Петрова, встреча прошла успешно.", ["И.В. Петров"]),
    ],
)
def test_initials_and_a_womans_surname(text: str, names: list[str]) -> None:
    assert [p.name for p in extract_people(text)] == names
