"""Polish names of three words or more: two first names and a surname agreeing in gender and case,
and a first name, particles and a foreign surname, which stays as written."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people

TAIL = (
    " Rozmowa dotyczyła współpracy gospodarczej, a strony zapowiedziały kolejne spotkanie w przyszłym roku."
)


def _names(text: str) -> list[str]:
    return [p.name for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Spotkanie z Anną Marią Żukowską odbyło się w Sejmie." + TAIL, "Anna Maria Żukowska"),
        ("Anna Maria Żukowska powiedziała, że ustawa zostanie przyjęta." + TAIL, "Anna Maria Żukowska"),
        ("Premier rozmawiał z Janem Marią Rokitą o reformie." + TAIL, "Jan Maria Rokita"),
        ("Premier rozmawiał z Ursulą von der Leyen o sankcjach wobec Rosji." + TAIL, "Ursula von der Leyen"),
        ("Minister spotkał się z Mohammedem bin Salmanem w Rijadzie." + TAIL, "Mohammed bin Salman"),
    ],
)
def test_names_of_three_words_or_more(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_regnal_name_keeps_its_numeral() -> None:
    assert "Jan Paweł II" in _names("Jan Paweł II odwiedził Polskę w 1979 roku." + TAIL)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Wiceminister spraw zagranicznych Krzysztof Bonifacy Zawadzki przyjechał do Wilna.",
            "Krzysztof Bonifacy Zawadzki",
        ),
        ("Spotkanie z Krzysztofem Bonifacym Zawadzkim odbyło się w Rydze.", "Krzysztof Bonifacy Zawadzki"),
        (
            "Ambasador Tomasz Hipolit Sienkiewicz wręczył listy uwierzytelniające.",
            "Tomasz Hipolit Sienkiewicz",
        ),
        ("Rozmowa z Anną Teodozją Wiśniewską dotyczyła handlu.", "Anna Teodozja Wiśniewska"),
    ],
)
def test_a_second_given_name_no_list_has_before_a_surnames_ending(text: str, name: str) -> None:
    """A second given name no list has stands between a first name and a word with a surname's
    ending (``-ski``, ``-cki``, ``-wicz``): the three are one name, in the nominative."""
    assert _names(text + TAIL) == [name]
