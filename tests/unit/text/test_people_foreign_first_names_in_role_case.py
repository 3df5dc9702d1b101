"""A foreign first name no dictionary knows, in the oblique case of the role noun before it, its
later parts undeclined (an Arabic name's ``Абдель Гани``, a woman's surname in a consonant): the
first part is put back in the nominative by the case's regular ending (``Хайяном`` -> ``Хайян``,
``Горданой`` -> ``Гордана``, ``Ивой`` -> ``Ива``); a name whose last part declines in that case is
read by it as before (``Сейду Кумба Туру`` -> ``Сейду Кумба Тур``)."""

from __future__ import annotations

import pytest

from flows.text.analyze import analyze_body


def _names(text: str) -> list[str]:
    return [p.name for _, p in analyze_body(text).people]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Премьер встретился с министром нефти Ирака Хайяном Абдель Гани.", "Хайян Абдель Гани"),
        # a first name the dictionary guesses as a nominative of another word ("Джабр-ом" as "-бром")
        ("Министр встретился с послом Кувейта Джабром Абу Зейд.", "Джабр Абу Зейд"),
        ("Делегация встретилась с советником Фахдом Абдель Маджид.", "Фахд Абдель Маджид"),
        ("Переговоры прошли с министром финансов Садром Аль Хури.", "Садр Аль Хури"),
        ("Глава ведомства побеседовал с коллегой Наджмом Абу Шади.", "Наджм Абу Шади"),
        ("Делегация провела переговоры с советником Тимуром Абдель Кадер.", "Тимур Абдель Кадер"),
        ("Визит завершился встречей с председателем парламента Афримом Гаши.", "Африм Гаши"),
        ("Глава МИД переговорил с послом Сербии Горданой Ковач.", "Гордана Ковач"),
        ("Министр провел встречу с вице-спикером Ивой Брнабич.", "Ива Брнабич"),
    ],
)
def test_the_first_part_declines_back_in_the_roles_case(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_last_part_that_declines_is_read_in_the_case() -> None:
    assert "Сейду Кумба Тур" in _names("Поздравление направили Сейду Кумба Туру.")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Переговоры прошли с министром иностранных дел Сенегала Ясин Фаль.",
            "Ясин Фаль",
            "министр иностранных дел",
        ),
        ("Переговоры прошли с послом Туниса Карим Беншейх.", "Карим Беншейх", "посол"),
    ],
)
def test_a_mans_first_name_left_undeclined_after_an_oblique_role_is_a_womans(text, name, role) -> None:
    assert [(p.name, p.role) for _, p in analyze_body(text).people] == [(name, role)]


def test_a_man_in_the_nominative_as_a_verbs_subject_is_no_oblique_roles() -> None:
    text = "Сын бывшего премьера - ныне советника Башкирии Рустэма Хамитова Тимур Хамитов возглавил компанию."
    people = {p.name: p.role for _, p in analyze_body(text).people}
    assert people.get("Тимур Хамитов") != "советник Башкирии"
