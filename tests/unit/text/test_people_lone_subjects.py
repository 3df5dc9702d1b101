"""A surname written alone that the dictionary also reads as a plural common noun (``Токаев``:
``токай``) or that opens a sentence is a person when it is a verb's subject (a singular verb
agreeing with it right after it, or a verb of speech right before it), and a surname joined by
``и`` or a comma to a name is read in that name's case and gender (flows/text/people/extract.py:
``_subject_of_verb``, ``_coordinated_surname``)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _names(text: str) -> set[str]:
    return {p.name for p in extract_people(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Токаев заявил о росте товарооборота с Китаем.", "Токаев"),
        ("Сотрудничество растёт, заявил Токаев журналистам.", "Токаев"),
        ("Пресс-служба сообщила, что Токаев принял министра.", "Токаев"),
        ("Токаев подписал указ о назначении посла.", "Токаев"),
        ("Бердымухамедов посетил выставку в Ашхабаде.", "Бердымухамедов"),
        ("Жапаров примет участие в саммите.", "Жапаров"),
    ],
)
def test_a_surname_that_is_a_verbs_subject_is_a_person(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Газета Кларин сообщает, что источники это подтвердили.",
        "Компания Газпром заявила о росте добычи.",
        "Соединенных Штатов посол не назвал.",
    ],
)
def test_a_things_name_before_a_verb_is_no_person(text: str) -> None:
    assert not _names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Путин и Токаев обсудили торговлю.", {"Путин", "Токаев"}),
        ("Встреча Путина и Токаева прошла в Кремле.", {"Путин", "Токаев"}),
        ("Экипаж Добровольского, Волкова и Пацаева погиб при посадке.", {"Пацаев"}),
        ("Лукашенко позвонил Путину и Жапарову вечером.", {"Путин", "Жапаров"}),
    ],
)
def test_a_surname_joined_to_a_name_takes_its_case(text: str, expected: set[str]) -> None:
    names = _names(text)
    assert expected <= names, sorted(names)
    assert not any(n.endswith(("ова", "ева", "ову", "еву")) for n in names), sorted(names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Зеленский провёл телефонный разговор с канцлером.", "Зеленский"),
        ("Как отметил Вишневецкий, переговоры продолжатся.", "Вишневецкий"),
        ("Зеленская заявила о помощи детям.", "Зеленская"),
        ("На брифинге Коломойский сказал, что уходит.", "Коломойский"),
    ],
)
def test_an_adjectival_surname_no_dictionary_knows_is_a_person_as_a_subject(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Невский проспект закрыли на ремонт.",
        "Кировский завод заявил о росте выпуска.",
        "Полянский и Луговской комбинаты заявили о росте.",
        "Мы посетили Зеленский район и Приморский парк.",
    ],
)
def test_an_adjective_of_a_place_or_plant_is_no_person(text: str) -> None:
    assert not _names(text)


def test_an_adjective_of_a_place_after_a_title_of_nobility_or_clergy_is_no_surname() -> None:
    assert "Корнуольская" not in _names("Его супруга — герцогиня Корнуольская получила отрицательный тест.")
    assert "Киевский" not in _names("Вчера митрополит Киевский заявил о расколе.")
