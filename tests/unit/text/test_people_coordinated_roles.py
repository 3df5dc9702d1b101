"""Two officials joined by a conjunction, each with a role of their own: the second one's role
never reaches back over the first one's name to a role noun inside the first one's role
(``Председатель Кабинета министров Кыргызстана X и премьер-министр Таджикистана Y``: Y is the
prime minister, not a "министр Кыргызстана X и премьер-министр"), in every case; a genitive role
noun after the conjunction still belongs to one person's complement."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.role_kind) for p in extract_people(text)}


@pytest.mark.parametrize(
    ("text", "first", "second", "second_role"),
    [
        (
            "Председатель Кабинета министров Кыргызстана Адылбек Касымалиев и премьер-министр Таджикистана"
            " Кохир Расулзода провели переговоры.",
            "Адылбек Касымалиев",
            "Кохир Расулзода",
            "премьер-министр",
        ),
        (
            "Председатель Совета министров Республики Сербской Саво Минич и премьер-министр Черногории"
            " Милойко Спаич провели встречу.",
            "Саво Минич",
            "Милойко Спаич",
            "премьер-министр",
        ),
        (
            "По словам председателя Кабинета министров Кыргызстана Адылбека Касымалиева и премьер-министра"
            " Таджикистана Кохира Расулзоды, стороны договорились.",
            "Адылбек Касымалиев",
            "Кохир Расулзода",
            "премьер-министр",
        ),
        (
            "Председатель Совета министров Боснии и Герцеговины Борьяна Кришто и министр иностранных дел"
            " Хорватии Гордан Грлич-Радман подписали протокол.",
            "Борьяна Кришто",
            "Гордан Грлич-Радман",
            "министр иностранных дел",
        ),
    ],
)
def test_the_second_role_stays_after_the_first_name(
    text: str, first: str, second: str, second_role: str
) -> None:
    people = _people(text)
    assert people[first][1] == "head_of_government"
    assert people[second][0] == second_role


def test_a_genitive_role_noun_after_and_stays_in_the_complement() -> None:
    people = _people("Выступил заместитель министра финансов и министра экономики Иван Лапин.")
    assert people["Иван Лапин"][0] == "заместитель министра финансов и министра экономики"
