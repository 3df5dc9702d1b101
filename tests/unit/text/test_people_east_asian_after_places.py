"""East-Asian names after a role and a country: a name in the instrumental whose syllables are
longer than three letters (Vietnamese ``Тхань``, Korean ``Гван``) or that the dictionary reads as a
place or a noun (``Буй``, ``Соном``) is read whole, in the nominative."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Переговоры прошли с заместителем министра иностранных дел Вьетнама Нгуен Минь Хангом.",
            "Нгуен Минь Ханг",
            "заместитель министра иностранных дел",
        ),
        ("Договор подписан с министром торговли Кореи Ан Док Кыном.", "Ан Док Кын", "министр торговли"),
        ("Встреча с послом Вьетнама Ле Хоай Чунгом прошла в Минске.", "Ле Хоай Чунг", "посол"),
    ],
)
def test_the_east_asian_name_after_a_role_and_a_country(text: str, name: str, role: str) -> None:
    (person,) = extract_people(text)
    assert (person.name, person.role) == (name, role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a Russian first name in the instrumental is no syllable: the name declines as a Russian one
        ("Встреча с Ильей Ромом прошла в Москве.", "Илья Ром"),
        ("Он встретился в Уфе с Ли Юном.", "Ли Юн"),
    ],
)
def test_names_in_the_instrumental_that_are_not_read_as_syllables(text: str, name: str) -> None:
    assert [p.name for p in extract_people(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a syllable the dictionary reads as a town (Буй) and a last one it reads as a noun (сон)
        ("Переговоры прошли с министром иностранных дел Вьетнама Буй Тхань Соном.", "Буй Тхань Сон"),
        # a soft stem: -ем, the nominative in -ь; after a vowel, in -й
        ("Соглашение подписано с послом Вьетнама Буй Кхань Линем.", "Буй Кхань Линь"),
        ("Встреча прошла с послом Китая Ли Мин Каем.", "Ли Мин Кай"),
    ],
)
def test_the_nominative_of_an_instrumental_east_asian_name(text: str, name: str) -> None:
    assert [p.name for p in extract_people(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Губернатор китайской провинции Хэнань Ван Кай подписал соглашение.",
            "Ван Кай",
            "губернатор китайской провинции Хэнань",
        ),
        (
            "Соглашение подписал губернатор провинции Цзянсу Сюй Кунь.",
            "Сюй Кунь",
            "губернатор провинции Цзянсу",
        ),
        ("Мэр города Ухань Чэн Тао заявил об этом.", "Чэн Тао", "мэр города Ухань"),
        # a place word, then a name of first names the dictionary knows: the name is all three
        ("Об этом рассказала сенатор штата Эйлин Роуз Марлоу.", "Эйлин Роуз Марлоу", "сенатор штата"),
    ],
)
def test_a_place_named_after_its_kind_before_a_name_of_two_syllables(text: str, name: str, role: str) -> None:
    assert [(p.name, p.role) for p in extract_people(text)] == [(name, role)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Буй Тхань Сон, в свою очередь, отметил интерес Ханоя.", "Буй Тхань Сон"),
        ("Буй Тхань Сон, однако, не приехал на встречу.", "Буй Тхань Сон"),
        ("Ван Лун, со своей стороны, заявил о поддержке.", "Ван Лун"),
        ("Ван Лун не приехал в Москву.", "Ван Лун"),
    ],
)
def test_a_name_opening_a_sentence_before_a_parenthetical_or_a_negated_verb(text: str, name: str) -> None:
    assert [p.name for p in extract_people(text)] == [name]


@pytest.mark.parametrize("text", ["Буй качался на волнах.", "Буй, однако, не утонул."])
def test_a_common_noun_opening_a_sentence_is_no_one(text: str) -> None:
    assert extract_people(text) == []
