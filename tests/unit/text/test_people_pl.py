"""People in Polish text: names in every case put in the nominative, role heads in every case,
surnames alone joining their full name (flows/text/people/pl.py, roles.py)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people
from flows.text.people.pl import polish_text, role_head


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.role, p.role_kind) for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no role: a listed first name and a surname agreeing with it, in each case
        (
            "Delegacja przyjechała na zaproszenie Katarzyny Pełczyńskiej.",
            [("Katarzyna Pełczyńska", None, None)],
        ),
        ("List trafił do rąk Tomasza Siemoniaka w piątek.", [("Tomasz Siemoniak", None, None)]),
        ("Dziennikarze rozmawiali z Pawłem Kowalem o Ukrainie.", [("Paweł Kowal", None, None)]),
        ("Umowę podpisano w obecności Andrzeja Dudy i jego doradców.", [("Andrzej Duda", None, None)]),
        ("Szczyt odbył się bez Viktora Orbána, który został w domu.", [("Viktor Orbán", None, None)]),
        ("Nagrodę wręczono Radosławowi Sikorskiemu w Gdańsku.", [("Radosław Sikorski", None, None)]),
        (
            "Długo mówiono o Donaldzie Tusku i Agnieszce Pomaskiej.",
            [("Donald Tusk", None, None), ("Agnieszka Pomaska", None, None)],
        ),
        # a woman's surname in a consonant does not decline
        ("Spotkanie z Anną Nowak trwało godzinę.", [("Anna Nowak", None, None)]),
        # a foreign name in -e declines as an adjective; "Marka": Mark before a foreign surname
        ("Order wręczono w obecności Marka Ruttego.", [("Mark Rutte", None, None)]),
        ("Spotkanie z Janem Czarnym odbyło się wczoraj.", [("Jan Czarny", None, None)]),
        # a first name's stem as the second word: two first names, a regnal name
        ("Mszę odprawiono w Szpitalu im. Jana Pawła II w Krakowie.", [("Jan Paweł II", None, None)]),
        # a family in the plural is no one person
        ("Wczoraj Piotr i Anna Kowalscy odwiedzili Gdańsk.", []),
        # a double surname: both parts decline
        ("Wczoraj rozmawiano z Małgorzatą Kidawą-Błońską.", [("Małgorzata Kidawa-Błońska", None, None)]),
    ],
)
def test_polish_names_in_every_case(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the role's head in an oblique case, put in the nominative; a country in the span only
        (
            "Rozmowa z premierem Czech Petrem Fialą dotyczyła energii.",
            [("Petr Fiala", "premier", "head_of_government")],
        ),
        (
            "Spotkanie z kanclerzem Austrii Karlem Nehammerem odbyło się w Wiedniu.",
            [("Karl Nehammer", "kanclerz", "head_of_government")],
        ),
        (
            "Decyzję przekazano wicepremierowi Krzysztofowi Gawkowskiemu.",
            [("Krzysztof Gawkowski", "wicepremier", "deputy_head_of_government")],
        ),
        (
            "List do ministra obrony narodowej Władysława Kosiniaka-Kamysza wysłano wczoraj.",
            [("Władysław Kosiniak-Kamysz", "minister obrony narodowej", "minister")],
        ),
        (
            "Rozmawiał z rzecznikiem MSZ Pawłem Wrońskim o wizach.",
            [("Paweł Wroński", "rzecznik MSZ", "spokesperson")],
        ),
        (
            "Podziękowania przekazano ambasadorowi USA Markowi Brzezinskiemu.",
            [("Marek Brzezinski", "ambasador", "ambassador")],
        ),
        # a first name no list has, read in the case of the role before it
        (
            "Spotkał się z ministrem spraw zagranicznych Litwy Kęstutisem Budrysem.",
            [("Kęstutis Budrys", "minister spraw zagranicznych", "minister")],
        ),
        # a first name in the role's case before a listed one in another ("Paula": not "Paul")
        (
            "Jak poinformowała rzeczniczka Komisji Europejskiej Paula Pinho, rozmowy trwają.",
            [("Paula Pinho", "rzeczniczka Komisji Europejskiej", "spokesperson")],
        ),
        # a foreign name after a role in the nominative with a country between: as written
        (
            "Prezydent Finlandii Alexander Stubb przyjechał do Warszawy.",
            [("Alexander Stubb", "prezydent", "head_of_state")],
        ),
        (
            "Kanclerz Austrii Christian Stocker zapowiedział zmiany.",
            [("Christian Stocker", "kanclerz", "head_of_government")],
        ),
    ],
)
def test_polish_roles_in_every_case(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


def test_a_polish_surname_alone_joins_its_full_name_in_any_case() -> None:
    text = (
        "Premier Donald Tusk spotkał się z prezydentem Litwy Gitanasem Nausėdą. "
        "Z Tuskiem rozmawiał też Nausėda, a Tuska chwalili dziennikarze."
    )
    people = extract_people(text)
    assert [(p.name, p.role_kind) for p in people] == [
        ("Donald Tusk", "head_of_government"),
        ("Gitanas Nausėda", "head_of_state"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # organisations and places in an oblique case are nobody
        "Polska podpisała umowę z Bankiem Światowym i Europejskim Bankiem Inwestycyjnym.",
        "Rozmowy z Komisją Europejską trwały do rana w Nowej Zelandii.",
        "Wiceminister Spraw Zagranicznych odwiedził Nową Zelandię.",
    ],
)
def test_no_polish_person_from_other_capitalized_words(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("word", "nominative"),
    [
        ("premierem", "premier"),
        ("ministra", "minister"),
        ("ministrowi", "minister"),
        ("ministrze", "minister"),
        ("prezydencie", "prezydent"),
        ("kanclerzowi", "kanclerz"),
        ("szefową", "szefowa"),
        ("marszałkiem", "marszałek"),
        ("posłowi", "poseł"),
        ("przewodniczącemu", "przewodniczący"),
        ("wojewodą", "wojewoda"),
    ],
)
def test_polish_role_heads_in_every_case(word: str, nominative: str) -> None:
    found = role_head(word)
    assert found is not None and found[0] == nominative


def test_polish_text_is_told_from_english_and_russian() -> None:
    assert polish_text("Kanclerz Niemiec rozmawiał z premierem.")
    assert not polish_text("The chancellor met Lech Wałęsa in Gdańsk on Monday, the ministry said.")
    assert not polish_text("Встреча с Lechem Wałęsą прошла в Гданьске, сообщило министерство.")


def test_russian_text_is_read_as_before() -> None:
    # a Russian sentence with a Polish name in Latin script keeps the Russian grammar
    assert [p.name for p in extract_people("В переговорах участвовал Jan Wróblewski из Варшавы.")] == [
        "Jan Wróblewski"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head of a body: szef, szefowa, dyrektor, dyrektorka with the body in the genitive
        (
            "Rozmowy prowadził szef Ministerstwa Rolnictwa Stefan Krajewski.",
            [("Stefan Krajewski", "szef Ministerstwa Rolnictwa", "head_of_organisation")],
        ),
        (
            "Rozmawiał z nim szef Biura Bezpieczeństwa Narodowego Jacek Siewiera.",
            [("Jacek Siewiera", "szef Biura Bezpieczeństwa Narodowego", "head_of_organisation")],
        ),
        (
            "Dyrektor Instytutu Pamięci Narodowej Karol Nawrocki przyjechał do Wilna.",
            [("Karol Nawrocki", "dyrektor Instytutu Pamięci Narodowej", "head_of_organisation")],
        ),
        (
            "Dyrektorka szkoły Anna Nowak powiedziała, że lekcje odwołano.",
            [("Anna Nowak", "dyrektorka szkoły", "head_of_organisation")],
        ),
        # a role word inside an institution's name is no one's role, and says no case
        (
            "Szefowa Kancelarii Prezydenta Małgorzata Paprocka przyjechała.",
            [("Małgorzata Paprocka", "szefowa Kancelarii Prezydenta", "head_of_organisation")],
        ),
        (
            "Z szefem Kancelarii Prezydenta Tomaszem Wiśniewskim rozmawiał premier.",
            [("Tomasz Wiśniewski", "szef Kancelarii Prezydenta", "head_of_organisation")],
        ),
        # the more specific phrase wins
        ("Szef MSZ Radosław Sikorski przyjechał.", [("Radosław Sikorski", "szef MSZ", "minister")]),
        # a role head of an institution's name before a name is not the name's role
        ("Wczoraj Biuro Prezydenta Jan Kowalski ogłosił decyzję.", [("Jan Kowalski", None, None)]),
        ("Spotkanie z Kancelarią Prezydenta Janem Kowalskim trwało godzinę.", [("Jan Kowalski", None, None)]),
        # a form of address is no organisation's word
        (
            "Spotkanie z Panem Prezydentem Andrzejem Dudą trwało godzinę.",
            [("Andrzej Duda", "prezydent", "head_of_state")],
        ),
        ("Pani Premier Beata Szydło przemawiała.", [("Beata Szydło", "premier", "head_of_government")]),
    ],
)
def test_the_head_of_a_body_and_its_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a role head in the genitive before a name in no genitive is its complement's: the
        # spokesman, adviser or head of office of the president, not a president
        (
            "Jak poinformował rzecznik premiera Mateusza Nowaka Piotr Zieliński, rozmowy trwają.",
            "Piotr Zieliński",
            "rzecznik premiera Mateusza Nowaka",
        ),
        ("Doradca prezydenta Tomasz Wójcik zapowiedział wizytę.", "Tomasz Wójcik", "doradca prezydenta"),
        ("Szef gabinetu premiera Marek Lis przyjechał.", "Marek Lis", "szef gabinetu premiera"),
        ("Rozmawiał z rzeczniczką ministra Ewą Kowalczyk.", "Ewa Kowalczyk", "rzeczniczka ministra"),
        # the name in the genitive after it is the head's own
        (
            "Jak poinformował rzecznik premiera Mateusza Nowaka Piotr Zieliński, rozmowy trwają.",
            "Mateusz Nowak",
            "premier",
        ),
    ],
)
def test_role_head_in_the_genitive_is_the_complement_of_the_head_before(text, name, role):
    people = {p.name: p.role for p in extract_people(text)}
    assert people[name] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an adverb opening the sentence is no organisation's name before a capitalized role
        (
            "Wczoraj Prezydent Krakowa Jacek Majchrowski otworzył nowy most.",
            "Jacek Majchrowski",
            "prezydent Krakowa",
        ),
        ("Dziś Prezydent Andrzej Duda podpisał ustawę.", "Andrzej Duda", "prezydent"),
        ("Yesterday President Emmanuel Macron arrived in Warsaw.", "Emmanuel Macron", "president"),
    ],
)
def test_role_after_an_adverb_opening_the_sentence(text, name, role):
    people = {p.name: p.role for p in extract_people(text)}
    assert people[name] == role


def test_a_capitalized_word_opening_the_sentence_is_still_an_organisation():
    people = {p.name: p.role for p in extract_people("Acme President Brad Miller said on Monday.")}
    assert people.get("Brad Miller") is None
