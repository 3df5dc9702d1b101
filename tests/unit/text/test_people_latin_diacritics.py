"""Names in Latin script with the letters of Czech, Slovak, Hungarian, Baltic, Nordic and other
alphabets: a first name is known with and without its diacritics (``Péter``, ``Peter``), a
Latin name in Russian text may start with an accented capital (``Jiří``), and Polish declines a
foreign surname ending in a consonant Polish does not write (``Babišem`` -> ``Babiš``) and leaves
one in ``-ó`` undeclined (``Szijjártó``)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people
from flows.text.people.lexicon import LATIN_FIRST_NAMES, unaccented


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_people(text)}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Donald Tusk spotkał się z premierem Czech Andrejem Babišem.", "Andrej Babiš", "premier"),
        ("Premier Czech Andrej Babiš przyjechał do Warszawy.", "Andrej Babiš", "premier"),
        ("Sikorski spotkał się z ministrem Tomášem Pojarem.", "Tomáš Pojar", "minister"),
        ("Sikorski spotkał się z szefem MSZ Słowacji Jurajem Blanárem.", "Juraj Blanár", "szef MSZ"),
        ("Donald Tusk spotkał się z szefem MSZ Węgier Péterem Szijjártó.", "Péter Szijjártó", "szef MSZ"),
        ("Tusk rozmawiał z prezydentem Węgier Tamásem Sulyokiem.", "Tamás Sulyok", "prezydent"),
        ("Tusk spotkał się z ministrem Siergiejem Lavrovem.", "Siergiej Lavrov", "minister"),
    ],
)
def test_polish_cases_of_foreign_names(text: str, name: str, role: str) -> None:
    assert _people(text).get(name, "missing") == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Глава МИД Венгрии Péter Szijjártó заявил, что переговоры продолжатся.", "Péter Szijjártó"),
        ("Как сообщил Jiří Pospíšil, переговоры продолжатся.", "Jiří Pospíšil"),
        ("Тренер Jürgen Klopp заявил, что команда готова.", "Jürgen Klopp"),
        ("Тренер Jurgen Klopp заявил, что команда готова.", "Jurgen Klopp"),
        ("Министр финансов Польши Andrzej Domański заявил, что бюджет принят.", "Andrzej Domański"),
    ],
)
def test_latin_names_with_diacritics_in_russian_text(text: str, name: str) -> None:
    assert name in _people(text)


def test_first_names_match_with_and_without_diacritics() -> None:
    for name in ("Péter", "Jürgen", "Łukasz", "Søren", "Krišjānis", "Nicușor"):
        assert name in LATIN_FIRST_NAMES
        assert unaccented(name) in LATIN_FIRST_NAMES
    assert unaccented("Łukasz") == "Lukasz"
    assert unaccented("Søren") == "Soren"
