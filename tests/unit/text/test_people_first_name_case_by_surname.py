"""A man's surname in -ов/-ев/-ин written in the nominative shows the case of the whole name: a
first name the dictionary does not know is then no oblique form of a shorter stem, even where its
ending reads so (``Ильхом Махкамов`` is no instrumental of "Ильх", ``Ислом Турсунов`` none of
"Исл"); the same names declined keep their stem (``с Ильхомом Махкамовым``)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Министр транспорта Узбекистана Ильхом Махкамов провел переговоры.", "Ильхом Махкамов"),
        ("Документ подписал заместитель хокима Ислом Турсунов.", "Ислом Турсунов"),
        ("Встреча с Ильхомом Махкамовым прошла в Ташкенте.", "Ильхом Махкамов"),
        ("Посол Ислом Бекмурадов вручил копии верительных грамот.", "Ислом Бекмурадов"),
        ("Переговоры с Рэймондом Смитом прошли в Лондоне.", "Рэймонд Смит"),
    ],
)
def test_a_nominative_surname_keeps_an_unknown_first_name_whole(text, name):
    assert name in [p.name for p in extract_people(text)]
