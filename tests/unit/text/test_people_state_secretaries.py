"""State secretaries and under-secretaries are deputy ministers (``Parliamentary State Secretary``,
``Under-Secretary``, ``sekretarz stanu``, ``podsekretarz stanu``,
``статс-секретарь``); in Polish the institution the post is in may stand between the role and the
name (``sekretarz stanu w MSZ X``, ``wiceminister w KPRM X``), but a place there (``w Kijowie``)
still ends the role's reach."""

from __future__ import annotations

import pytest

from flows.text.analyze import analyze_body


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.role, p.role_kind) for _, p in analyze_body(text).people]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Austria's State Secretary Lena Hofer met Uzbek officials in Tashkent.",
            "Lena Hofer",
            "state secretary",
        ),
        (
            "Parliamentary State Secretary Tobias Brandt arrived in Almaty on Monday.",
            "Tobias Brandt",
            "parliamentary state secretary",
        ),
        ("Статс-секретарь Олег Лукин провел консультации в Ереване.", "Олег Лукин", "статс-секретарь"),
        ("Sekretarz stanu Ewa Malinowska otworzyła forum w Gdańsku.", "Ewa Malinowska", "sekretarz stanu"),
        (
            "Z podsekretarzem stanu Tomaszem Zającem rozmawiano o tranzycie zbóż.",
            "Tomasz Zając",
            "podsekretarz stanu",
        ),
        (
            "We wtorek sekretarz stanu w MSZ Jan Krzysztof Wolski spotkał się z ambasadorem Gruzji.",
            "Jan Krzysztof Wolski",
            "sekretarz stanu",
        ),
        (
            "Wiceminister w MRiRW Adam Nowicki zapowiedział kontrole na granicy.",
            "Adam Nowicki",
            "wiceminister",
        ),
    ],
)
def test_state_secretaries_are_deputy_ministers(text: str, name: str, role: str) -> None:
    assert (name, role, "deputy_minister") in _people(text)


def test_a_place_after_w_still_ends_the_roles_reach() -> None:
    people = _people("Ambasador przebywał w Kijowie, a Jan Nowak nie potwierdził informacji.")
    assert all(role is None for _name, role, _kind in people)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Minister rozmawiał z sekretarzem stanu w austriackim ministerstwie finansów Wolframem Haasem.",
            "Wolfram Haas",
            "sekretarz stanu w ministerstwie finansów",
        ),
        (
            "Rozmawiał z sekretarzem stanu w niemieckim ministerstwie obrony Nilsem Schmidem.",
            "Nils Schmid",
            "sekretarz stanu w ministerstwie obrony",
        ),
    ],
)
def test_the_institution_in_the_locative_between_role_and_name(text: str, name: str, role: str) -> None:
    """A longer complement naming the institution the post is in (``w niemieckim ministerstwie
    gospodarki``, ``w resorcie finansów``) still licenses a foreign name in the role's case."""
    assert (name, role, "deputy_minister") in _people(text)


def test_a_long_complement_of_no_institution_licenses_no_name() -> None:
    people = _people("Rozmawiał z sekretarzem stanu o sytuacji w regionie i na świecie Wolframem Haasem.")
    assert ("Wolfram Haas", "sekretarz stanu", "deputy_minister") not in people
