"""Names whose reading needs more than the dictionary's first guess:

- a first name the dictionary reads only as a man's in an oblique case, before a woman's surname in
  the nominative, is hers as written (``Сауле Жанпеисова``, not ``Саул``);
- after a role in the genitive, a first name in ``-а`` the dictionary knows only as a woman's, before
  a surname that does not decline, is a man's (``премьер-министра Кристиана Лупу`` -> Кристиан; she
  would be ``Кристианы``);
- a title that is also an Arabic given name, capitalised before a word that is no first name, is
  the name (``министром ... Египта Шерифом Исмаилом`` -> Шериф Исмаил; a sheriff's role otherwise)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_people(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("На концерте выступила Сауле Жанпеисова.", "Сауле Жанпеисова"),
        ("Заслуженная артистка Казахстана Сауле Жанпеисова исполнила песню.", "Сауле Жанпеисова"),
        ("Сауле Касымова рассказала о гастролях.", "Сауле Касымова"),
    ],
)
def test_a_first_name_before_a_womans_surname_is_hers(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Премию вручили Саулу Жанпеисову.", "Саул Жанпеисов"),
        ("Выступление Сауле Жанпеисовой завершило вечер.", "Сауле Жанпеисова"),
    ],
)
def test_a_man_or_a_woman_in_an_oblique_case_reads_as_before(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Соглашение подписано в присутствии премьер-министра Кристиана Лупу.",
            "Кристиан Лупу",
            "премьер-министр",
        ),
        (
            "Визит премьер-министра Христиана Мицкоски в Анкару завершился.",
            "Христиан Мицкоски",
            "премьер-министр",
        ),
    ],
)
def test_a_mans_genitive_before_an_undeclined_surname(text: str, name: str, role: str) -> None:
    assert _people(text).get(name) == role


@pytest.mark.parametrize(
    "text",
    [
        "Премьер-министр Кристиана Лупу заявила о планах.",
        "На встрече с министром Кристианой Лупу обсудили транзит.",
    ],
)
def test_a_woman_in_the_nominative_or_her_own_case_stays_hers(text: str) -> None:
    assert "Кристиана Лупу" in _people(text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Он встретился с министром финансов Египта Шерифом Исмаилом.", "Шериф Исмаил", "министр финансов"),
        (
            "Министр иностранных дел Пакистана Шариф Хан прибыл в Москву.",
            "Шариф Хан",
            "министр иностранных дел",
        ),
        ("Спецпосланник Малик Агар прибыл в Хартум.", "Малик Агар", "спецпосланник"),
    ],
)
def test_a_title_that_is_an_arabic_given_name_is_the_name(text: str, name: str, role: str) -> None:
    assert _people(text).get(name) == role


def test_a_sheriff_stays_a_role() -> None:
    people = _people("Шериф округа Джон Смит арестовал подозреваемого.")
    assert people.get("Джон Смит") == "шериф округа"
