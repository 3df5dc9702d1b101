"""Roles of women and of bodies beyond Russian: Ukrainian women's role nouns share the men's
phrases (``міністерка закордонних справ``); a country's name is no first name
(``Прем'єр-міністерка Данії Метте ...``); first names of ``-я`` after a vowel (``Маєю``, ``Каєю``)
and foreign women's surnames in a vowel (``Санду``) read in the role's case; and English roles in
lower case keep the body or seat of power before them in their span (``EU foreign policy
chief``, ``Kremlin spokesman``, ``White House press secretary``, ``NATO chief``)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role_kind) for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Прем'єр-міністерка Норвегії Гуннхільд Стере заявила про підтримку.",
            ("Гуннхільд Стере", "head_of_government"),
        ),
        (
            "Сибіга зустрівся з прем'єр-міністром Данії Метте Фредеріксен у Копенгагені.",
            ("Метте Фредеріксен", "head_of_government"),
        ),
        (
            "Сибіга зустрівся з міністеркою закордонних справ Австрії Беате Майнль-Райзінгер у Відні.",
            ("Беате Майнль-Райзінгер", "minister"),
        ),
        (
            "Сибіга зустрівся з міністеркою закордонних справ Канади Анітою Ананд в Оттаві.",
            ("Аніта Ананд", "minister"),
        ),
        (
            "Зеленський зустрівся з президенткою Молдови Маєю Санду в Кишиневі.",
            ("Мая Санду", "head_of_state"),
        ),
        ("Сибіга зустрівся з єврокомісаркою Каєю Каллас.", ("Кая Каллас", None)),
    ],
)
def test_ukrainian_women_in_their_roles(text: str, expected: tuple[str, str | None]) -> None:
    got = _people(text)
    names = [n for n, _k in got]
    assert expected[0] in names, got
    if expected[1] is not None:
        assert expected in got
    assert not any(n.startswith(("Данії", "Даній", "Норвегії")) for n in names)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("EU foreign policy chief Kaja Kallas joined by video.", "EU foreign policy chief"),
        ("NATO chief Mark Rutte said allies must spend more.", "NATO chief"),
        ("IAEA chief Rafael Grossi arrived in Tehran.", "IAEA chief"),
        ("Kremlin spokesman Dmitry Peskov said Moscow was not consulted.", "Kremlin spokesman"),
    ],
)
def test_english_roles_keep_the_body_before_them(text: str, role: str) -> None:
    (person,) = extract_people(text)
    assert person.role == role
    assert text[person.role_start : person.role_end].startswith(role.split()[0])


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("White House press secretary Karoline Leavitt said the talks went well.", "White House"),
        ("Elysee spokeswoman Maud Bregeon said France would respond.", "Elysee"),
    ],
)
def test_a_seat_of_power_before_an_english_role_is_in_its_span(text: str, seat: str) -> None:
    (person,) = extract_people(text)
    assert person.role_kind == "spokesperson"
    assert text[person.role_start : person.role_end].startswith(seat)


def test_an_organisation_word_before_a_minister_is_still_unsure() -> None:
    # a party's minister: whose post, unsure (the span holds no body's abbreviation or seat)
    (person,) = extract_people("Microsoft President Brad Smith said.")
    assert person.role is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Міністр внутрішніх справ України Ігор Клименко провів зустріч.", ("Ігор Клименко", "minister")),
        ("Міністр унутраных спраў Беларусі Іван Кубракоў правёў сустрэчу.", ("Іван Кубракоў", "minister")),
        (
            "Заступниця міністра Владислава Іваненко заявила про допомогу.",
            ("Владислава Іваненко", "deputy_minister"),
        ),
        ("Зустріч з Мирославою Коваль відбулася в Києві.", ("Мирослава Коваль", None)),
    ],
)
def test_portfolios_and_first_names_of_ukrainian_and_belarusian(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert expected in _people(text)
