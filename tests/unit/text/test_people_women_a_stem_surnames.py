"""A woman's foreign surname in -а/-я declines as a noun (``Метсола``: ``Метсолы``, ``Метсолой``;
``Силиня``: ``Силиней``) and its nominative is that word, not the written form nor an adjective's
(``Метсолая``); a verb of speech of a woman's gender before a name makes it her name in the
nominative (``заявила Роберта Метсола``, no man's genitive ``Роберт Метсол``); a first name whose
genitive is a woman's name as well (``Гилберта``) is a man's before a surname the dictionary
reads only as a man's declined one (``Стюарта``: Стюарт's genitive, a woman's would be
``Стюарт``)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _names(text: str) -> list[str]:
    return [p.name for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Позиция Роберты Метсолы хорошо известна.", "Роберта Метсола"),
        ("Встреча с Робертой Метсолой прошла в Брюсселе.", "Роберта Метсола"),
        ("Переговоры с Мариной Кошторой продлились час.", "Марина Коштора"),
        ("Выступление Марии Гонсалы было коротким.", "Мария Гонсала"),
        ("Беседа с Анной Сильвой состоялась вчера.", "Анна Сильва"),
        ("Роберта Метсола прибыла в Страсбург.", "Роберта Метсола"),
    ],
)
def test_a_womans_a_stem_surname_in_the_nominative(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Об этом заявила Роберта Метсола.", "Роберта Метсола"),
        ("— Мы готовы, — подчеркнула Роберта Метсола.", "Роберта Метсола"),
        ("Решение верное, добавила Гилберта Стюарт.", "Гилберта Стюарт"),
        ("Об этом заявила Александра Новак.", "Александра Новак"),
        # the verb of a man's gender: the man's name
        ("Об этом заявил Александр Новак.", "Александр Новак"),
    ],
)
def test_the_subject_after_a_verb_of_speech_has_its_gender(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("На аукционе продан портрет кисти Гилберта Стюарта.", "Гилберт Стюарт"),
        ("Выставка работ Гилберта Стюарта открылась в Бостоне.", "Гилберт Стюарт"),
        ("Биография Гилберта Честертона вышла в Лондоне.", "Гилберт Честертон"),
        ("Картину написал Гилберт Стюарт.", "Гилберт Стюарт"),
        # a woman's surname the dictionary has in the nominative stays hers
        ("Книга Анны Стюарт вышла в Лондоне.", "Анна Стюарт"),
        ("Интервью дала Мария Шарапова.", "Мария Шарапова"),
    ],
)
def test_a_mans_genitive_first_name_before_a_declined_surname(text: str, name: str) -> None:
    assert _names(text) == [name]
