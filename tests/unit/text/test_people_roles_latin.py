"""Roles of people in English and Polish text: role phrases of the lexicon's ``en`` and ``pl`` rows
before a name or in apposition after it, mapped to the same kinds as Russian roles, with the
country words in the role's span (flows/text/people/roles.py, data/roles.csv)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people
from flows.text.people.lexicon import LATIN_ROLE_KINDS, ROLE_KINDS


def _person(text: str, name: str):
    people = {p.name: p for p in extract_people(text)}
    assert name in people, sorted(people)
    return people[name]


def _assert_role(text: str, name: str, role: str, kind: str, span: str) -> None:
    """The person ``name`` of ``text`` has ``role`` of ``kind``, its span written ``span``."""
    p = _person(text, name)
    assert (p.role, p.role_kind) == (role, kind)
    assert p.role_start is not None and p.role_end is not None
    assert text[p.role_start : p.role_end] == span


@pytest.mark.parametrize(
    ("text", "name", "role", "kind", "span"),
    [
        # a country adjective or possessive before the title: in the span, not the text
        (
            "Hungarian President Tamas Varga said the vote was fair.",
            "Tamas Varga",
            "president",
            "head_of_state",
            "Hungarian President",
        ),
        (
            "Latvia's Foreign Minister Ilze Ozola said the border stays shut.",
            "Ilze Ozola",
            "foreign minister",
            "minister",
            "Latvia's Foreign Minister",
        ),
        (
            "Georgia's Deputy Foreign Minister Levan Beridze said talks would resume.",
            "Levan Beridze",
            "deputy foreign minister",
            "deputy_minister",
            "Georgia's Deputy Foreign Minister",
        ),
        # the country after the title
        (
            "On Friday the Prime Minister of Estonia Kaja Tamm said the plan was ready.",
            "Kaja Tamm",
            "prime minister",
            "head_of_government",
            "Prime Minister of Estonia",
        ),
        # a modifier is part of the role; "US" is a country
        (
            "Former US Secretary of State Ann Whitfield said it was a mistake.",
            "Ann Whitfield",
            "former secretary of state",
            "minister",
            "Former US Secretary of State",
        ),
        # Polish: the country in the genitive after the head
        (
            "Wczoraj prezydent Czech Petr Novak powiedział, że umowa jest gotowa.",
            "Petr Novak",
            "prezydent",
            "head_of_state",
            "prezydent Czech",
        ),
        (
            "Wiceminister obrony narodowej Tomasz Zieliński dodał, że nic się nie zmieni.",
            "Tomasz Zieliński",
            "wiceminister obrony narodowej",
            "deputy_minister",
            "Wiceminister obrony narodowej",
        ),
        (
            "Minister spraw zagranicznych Karol Lis powiedział, że rozmowy trwają.",
            "Karol Lis",
            "minister spraw zagranicznych",
            "minister",
            "Minister spraw zagranicznych",
        ),
        # a Polish "prezydent" of a city is its mayor
        (
            "Prezydent Warszawy Adam Wierzba powiedział, że miasto jest gotowe.",
            "Adam Wierzba",
            "prezydent Warszawy",
            "mayor",
            "Prezydent Warszawy",
        ),
    ],
)
def test_an_english_or_polish_role_before_the_name(
    text: str, name: str, role: str, kind: str, span: str
) -> None:
    _assert_role(text, name, role, kind, span)


@pytest.mark.parametrize(
    ("text", "name", "role", "kind", "span"),
    [
        # the place of an embassy is no part of the role's span: its country is the sender's
        (
            "“We are ready,” said Marek Dudek, Slovakia's ambassador to Austria, on Monday.",
            "Marek Dudek",
            "ambassador",
            "ambassador",
            "Slovakia's ambassador",
        ),
        (
            "“No comment,” said Laura Finch, a spokeswoman for the ministry.",
            "Laura Finch",
            "spokeswoman for the ministry",
            "spokesperson",
            "spokeswoman for the ministry",
        ),
        (
            "Jak poinformował Piotr Mazur, rzecznik MSZ, ambasador wróci w piątek.",
            "Piotr Mazur",
            "rzecznik MSZ",
            "spokesperson",
            "rzecznik MSZ",
        ),
        (
            "Jak powiedział Jan Sowa, ambasador Litwy na Łotwie, spotkanie się odbędzie.",
            "Jan Sowa",
            "ambasador",
            "ambassador",
            "ambasador Litwy",
        ),
    ],
)
def test_an_english_or_polish_role_in_apposition_after_the_name(
    text: str, name: str, role: str, kind: str, span: str
) -> None:
    _assert_role(text, name, role, kind, span)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a president of a firm, a club or a body is no head of state
        ("Sales grew, said Acme President Joe Harlan.", "Joe Harlan", "head_of_organisation"),
        ("“Yes,” said Nora Blake, president of the chess club.", "Nora Blake", "head_of_organisation"),
        # a country inside the body's name is not the role's state
        (
            "“Not now,” said Nora Blake, president of the Rowing Federation of Malta.",
            "Nora Blake",
            "head_of_organisation",
        ),
        # a capitalized word opening the sentence may be a firm's name: no role is told
        ("Acme President Joe Harlan said sales grew.", "Joe Harlan", None),
        # a minister of an organisation named before the title: whose, unsure
        ("Labour Party Minister Owen Price said it.", "Owen Price", None),
    ],
)
def test_an_english_role_that_names_no_state_is_not_a_head_of_state(
    text: str, name: str, kind: str | None
) -> None:
    assert _person(text, name).role_kind == kind


def test_a_role_word_after_other_words_is_not_the_names() -> None:
    # "said": the words before the name end in no role phrase
    p = _person("The minister was absent, said Joe Marlow.", "Joe Marlow")
    assert p.role is None


def test_english_and_polish_roles_share_the_russian_kinds() -> None:
    russian = set(ROLE_KINDS.values())
    assert {"en", "pl"} <= set(LATIN_ROLE_KINDS)
    for lang, kinds in LATIN_ROLE_KINDS.items():
        assert set(kinds.values()) <= russian, lang
    assert LATIN_ROLE_KINDS["en"][("vice", "president")] == ROLE_KINDS["вице-президент"]
    assert LATIN_ROLE_KINDS["pl"][("wiceminister",)] == ROLE_KINDS["замминистра"]
    assert "president" not in ROLE_KINDS  # the Russian lexicon keeps only Russian lemmas


def test_an_acronym_in_a_role_phrase_keeps_its_capitals() -> None:
    p = _person("Szef MSZ Adam Wrona powiedział, że nic się nie zmieni.", "Adam Wrona")
    assert (p.role, p.role_kind) == ("szef MSZ", "minister")


def test_a_role_phrase_ending_in_of_the_is_not_the_names() -> None:
    # "president of the" before a capitalized name: the name is the complement's, an organisation
    people = {
        p.name: p for p in extract_people("“Not now,” said Nora Blake, president of the Rowing Federation.")
    }
    assert all(p.role is None for name, p in people.items() if name != "Nora Blake")


@pytest.mark.parametrize(
    ("text", "name", "role", "span"),
    [
        (
            "Latvia's foreign ministry spokesperson Inga Berzina said on Friday that Riga would reply.",
            "Inga Berzina",
            "foreign ministry spokesperson",
            "Latvia's foreign ministry spokesperson",
        ),
        (
            "Talks went on as Turkish Defence Ministry spokesman Emre Kaya told reporters in Ankara.",
            "Emre Kaya",
            "Defence Ministry spokesman",
            "Turkish Defence Ministry spokesman",
        ),
        (
            "Georgia's foreign affairs ministry spokeswoman Nino Kapanadze denied the report.",
            "Nino Kapanadze",
            "foreign affairs ministry spokeswoman",
            "Georgia's foreign affairs ministry spokeswoman",
        ),
        (
            "Mongolian embassy press secretary Bat Erdene said visas would be issued.",
            "Bat Erdene",
            "embassy press secretary",
            "Mongolian embassy press secretary",
        ),
        # no country: the institution alone
        (
            "Foreign ministry spokesperson Hana Novak said the note had been sent.",
            "Hana Novak",
            "Foreign ministry spokesperson",
            "Foreign ministry spokesperson",
        ),
    ],
)
def test_an_english_role_after_the_institution_it_is_held_in(
    text: str, name: str, role: str, span: str
) -> None:
    """The institution (``foreign ministry``) before the title is the role's text, and a country
    before it is in the role's span, where the role's country is read."""
    _assert_role(text, name, role, "spokesperson", span)


def test_words_before_a_role_that_are_no_institution_stay_out() -> None:
    p = _person("Officials said spokesperson Anna Kowalska would brief the press.", "Anna Kowalska")
    assert (p.role, p.role_start is not None) == ("spokesperson", True)
    text = "Officials said spokesperson Anna Kowalska would brief the press."
    assert text[p.role_start : p.role_end] == "spokesperson"


@pytest.mark.parametrize(
    ("text", "role_text"),
    [
        ("NATO Secretary-General Mark Rutte said the alliance is ready.", "NATO Secretary-General"),
        ("UN Secretary-General Antonio Guterres said the talks must go on.", "UN Secretary-General"),
        ("OSCE Secretary General Feridun Sinirlioglu said the mission continues.", "OSCE Secretary General"),
    ],
)
def test_an_acronym_opening_the_sentence_is_the_body_the_role_is_held_in(text: str, role_text: str) -> None:
    """A body's acronym before a role at a sentence's start stays in the role phrase (its country
    is then no one's: a bloc's post), unlike an adverb opening it (``Yesterday President X``)."""
    (person,) = extract_people(text)
    assert text[person.role_start : person.role_end] == role_text
