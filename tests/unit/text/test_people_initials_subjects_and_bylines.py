"""A surname after initials that is the subject of the verb after it is in the nominative: one
the dictionary does not know stays as written (``Э. Мнангагва поблагодарил``, ``Дж. Зума
заявил``), never an oblique form read off it ("Мнангагв"), and an oblique mention of the same
name joins it. A byline's first name before its surname in capitals (``Ирина ЗАЙЦЕВА, «СБ»``) is
no person of its own."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Э. Мнангагва поблагодарил белорусскую сторону за помощь.", ["Э. Мнангагва"]),
        ("Дж. Зума заявил, что визит прошел успешно.", ["Дж. Зума"]),
        ("С. Рамафоса подчеркнул важность сотрудничества.", ["С. Рамафоса"]),
        (
            "Переговоры прошли с Президентом Замбии Х. Хичилемой, который прибыл с визитом."
            " Х. Хичилема поблагодарил за прием.",
            ["Х. Хичилема"],
        ),
        # a known surname keeps its reading; a declined one after no verb is read off as before
        ("И. Петрова заявила, что переговоры прошли успешно.", ["И. Петрова"]),
        ("А. Звягину вручили награду.", ["А. Звягин"]),
    ],
)
def test_a_surname_after_initials_before_its_verb_is_nominative(text, names):
    assert [p.name for p in extract_people(text)] == names


@pytest.mark.parametrize("text", ["Ирина ЗАЙЦЕВА, «СБ»", "Текст статьи закончен.\nОльга ПЕТРОВА-СИДОРЕНКО"])
def test_a_bylines_first_name_before_a_surname_in_capitals_is_no_person(text):
    assert [p.name for p in extract_people(text)] == []
