"""English titles of the wires: a leader, a supreme leader, a crown prince, a pope, an ayatollah,
a general, capitalized or not, with a country's adjective before them; a monarch's or pope's
regnal number stays with the name."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people

TAIL = " said on Tuesday that the talks would continue, according to a statement released by the office."


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.role, p.role_kind) for p in extract_people(text)]


@pytest.mark.parametrize(
    ("opening", "name", "kind"),
    [
        ("North Korean leader Kim Jong Un", "Kim Jong Un", "leader"),
        ("Belarusian leader Alexander Lukashenko", "Alexander Lukashenko", "leader"),
        ("Opposition Leader Keir Starmer", "Keir Starmer", "leader"),
        ("Supreme Leader Ali Khamenei", "Ali Khamenei", "head_of_state"),
        ("Iran's supreme leader Ali Khamenei", "Ali Khamenei", "head_of_state"),
        ("Saudi Crown Prince Mohammed bin Salman", "Mohammed bin Salman", "royalty"),
        ("Ayatollah Ahmad Khatami", "Ahmad Khatami", "religious"),
        ("General Valery Gerasimov", "Valery Gerasimov", "military"),
    ],
)
def test_titles_of_the_wires(opening: str, name: str, kind: str) -> None:
    people = _people(opening + TAIL)
    assert [(n, k) for n, _r, k in people] == [(name, kind)]


@pytest.mark.parametrize(
    ("opening", "name", "kind"),
    [
        ("King Charles III", "Charles III", "head_of_state"),
        ("Pope Leo XIV", "Leo XIV", "religious"),
        ("King Felipe VI", "Felipe VI", "head_of_state"),
        ("Pope Francis", "Francis", "religious"),
    ],
)
def test_a_regnal_number_stays_with_the_name(opening: str, name: str, kind: str) -> None:
    assert [(n, k) for n, _r, k in _people(opening + TAIL)] == [(name, kind)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("French far-right leader Jordan Bardella" + TAIL, "Jordan Bardella"),
        ('"This is a mistake," said Chad Bown, a senior fellow at the Peterson Institute.', "Chad Bown"),
        ("Georgia Meloni" + TAIL, "Georgia Meloni"),
    ],
)
def test_a_country_name_that_is_a_first_name_opens_a_name_a_cue_names(text: str, name: str) -> None:
    assert [p.name for p in extract_people(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Troops were deployed in the Jordan Valley on Tuesday after the talks collapsed in the region.",
        "The Paris Agreement was signed by almost every country in the world after long talks.",
        "Georgia Governor" + TAIL,
    ],
)
def test_a_country_name_before_a_noun_is_no_first_name_without_a_cue(text: str) -> None:
    assert [p.name for p in extract_people(text)] == []
