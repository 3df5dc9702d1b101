"""Long names in English text: particles (``da``, ``von der``), a joined Arabic article
(``al-Sisi``), a Korean given name joined by a hyphen (``Jae-myung``), four names after a title;
two-word country adjectives before a title (flows/text/people: names.py, roles.py)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.role_kind) for p in extract_people(text)}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Brazil's President Luiz Inacio Lula da Silva welcomed the plan.",
            "Luiz Inacio Lula da Silva",
            "head_of_state",
        ),
        (
            "Egyptian President Abdel Fattah al-Sisi received the delegation.",
            "Abdel Fattah al-Sisi",
            "head_of_state",
        ),
        ("President Lee Jae-myung said Seoul would respond.", "Lee Jae-myung", "head_of_state"),
        (
            "Mexican President Andres Manuel Lopez Obrador said the talks went well.",
            "Andres Manuel Lopez Obrador",
            "head_of_state",
        ),
        ("Syrian Foreign Minister Asaad al-Shaibani arrived in Ankara.", "Asaad al-Shaibani", "minister"),
        (
            "Former Portuguese Prime Minister Pedro Passos Coelho spoke on Monday.",
            "Pedro Passos Coelho",
            "head_of_government",
        ),
    ],
)
def test_a_long_name_after_a_title_is_one_person(text: str, name: str, kind: str) -> None:
    people = _people(text)
    assert name in people, sorted(people)
    assert people[name][1] == kind, people[name]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("South Korean President Yoon Suk Yeol said Seoul would respond.", "Yoon Suk Yeol", "head_of_state"),
        (
            "Saudi Arabian Foreign Minister Faisal bin Farhan said the kingdom agreed.",
            "Faisal bin Farhan",
            "minister",
        ),
        (
            "New Zealand Prime Minister Chris Hipkins said the deal was done.",
            "Chris Hipkins",
            "head_of_government",
        ),
        (
            "The President of South Korea Yoon Suk Yeol said Seoul would respond.",
            "Yoon Suk Yeol",
            "head_of_state",
        ),
    ],
)
def test_a_two_word_country_before_a_title_is_the_states(text: str, name: str, kind: str) -> None:
    people = _people(text)
    assert name in people, sorted(people)
    assert people[name][1] == kind, people[name]


def test_an_organisations_president_stays_one() -> None:
    people = _people("Microsoft President Brad Smith said the company would invest.")
    assert people.get("Brad Smith", (None, None))[1] != "head_of_state", people


def test_four_capitalized_words_without_a_title_are_no_name() -> None:
    assert "Andres Manuel Lopez Obrador" not in _people(
        "Andres Manuel Lopez Obrador said the talks went well."
    )


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Russia's central bank governor Elvira Nabiullina said rates would stay.",
            "Elvira Nabiullina",
            "head_of_organisation",
        ),
        ("EU foreign policy chief Kaja Kallas said the bloc would act.", "Kaja Kallas", "minister"),
        ("China's top diplomat Wang Yi said the talks were frank.", "Wang Yi", "minister"),
        ("Texas Governor Greg Abbott said the border was closed.", "Greg Abbott", "regional_head"),
    ],
)
def test_english_titles_of_bank_governors_and_foreign_policy_chiefs(text: str, name: str, kind: str) -> None:
    people = _people(text)
    assert people.get(name, (None, None))[1] == kind, people


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "President Tokayev met Chancellor Scholz in Berlin on Monday to discuss the trade deal.",
            "Tokayev",
            "head_of_state",
        ),
        (
            "President Tokayev met Chancellor Scholz in Berlin on Monday to discuss the trade deal.",
            "Scholz",
            "head_of_government",
        ),
        ("Prime Minister Modi said that India would respond to the tariffs.", "Modi", "head_of_government"),
        (
            "King Charles met President Biden in London on Monday and they discussed the war.",
            "Charles",
            "head_of_state",
        ),
    ],
)
def test_a_title_and_one_name_in_english_is_a_person(text: str, name: str, kind: str) -> None:
    people = _people(text)
    assert people.get(name, (None, None))[1] == kind, people


def test_a_surname_after_a_title_joins_the_full_name() -> None:
    people = _people(
        "Russian President Vladimir Putin met Chinese President Xi Jinping. Later President Putin said the talks were good."
    )
    assert "Putin" not in people and "Vladimir Putin" in people, people


@pytest.mark.parametrize(
    "text",
    [
        "The President Tower was opened on Monday in the city.",
        "The President Hotel said that the rooms were full.",
    ],
)
def test_a_title_before_a_buildings_word_is_no_person(text: str) -> None:
    assert _people(text) == {}
