"""Arabic names with a joined article (``аль-``, ``ас-``, ``al-``, ``asz-``) in Belarusian,
Ukrainian and Polish text, in every case, and Polish surnames alone after a role head
(flows/text/people/be_uk.py, pl.py)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people
from flows.text.people.be_uk import extract_be_uk


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role_kind) for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ukrainian: the family name after the father's, the article kept, in the role's case
        (
            "Сибіга провів переговори з міністром закордонних справ Катару Халідом бін Мухаммедом "
            "аль-Атійї в Досі.",
            [("Халід бін Мухаммед аль-Атійї", "minister")],
        ),
        # Belarusian, instrumental
        (
            "Рыжанкоў сустрэўся з міністрам замежных спраў Кувейта Ахмедам бін Алі аль-Яхья ў Мінску.",
            [("Ахмед бін Алі аль-Яхья", "minister")],
        ),
        # a first name and a joined family name, no role
        ("Делегація зустрілася з Ахмедом аль-Шараа в Дамаску.", [("Ахмед аль-Шараа", None)]),
        ("Прэзідэнт Сірыі Ахмед аш-Шараа заявіў аб гатоўнасці.", [("Ахмед аш-Шараа", "head_of_state")]),
        # Polish: the name after the article declines alone
        (
            "Sikorski rozmawiał z ministrem spraw zagranicznych Kataru Chalidem bin Mohammedem al-Atijjim.",
            [("Chalid bin Mohammed al-Atijji", "minister")],
        ),
        (
            "Delegacja spotkała się z prezydentem Syrii Ahmedem asz-Szarą w Damaszku.",
            [("Ahmed asz-Szara", "head_of_state")],
        ),
        (
            "Prezydent Egiptu Abd al-Fattah as-Sisi przyjął w Kairze polską delegację.",
            [("Abd al-Fattah as-Sisi", "head_of_state")],
        ),
        # the article capitalized, joined or apart
        (
            "Sikorski spotkał się z ministrem spraw zagranicznych Kuwejtu Abdullahem bin Alim Al-Jahją.",
            [("Abdullah bin Ali Al-Jahja", "minister")],
        ),
        (
            "Зеленський зустрівся з еміром Катару Тамімом бін Хамадом Аль Тані в Досі.",
            [("Тамім бін Хамад Аль Тані", "head_of_state")],
        ),
        (
            "Сибіга провів розмову з міністром закордонних справ Оману Бадром бін Хамадом Аль Бусаїді.",
            [("Бадр бін Хамад Аль Бусаїді", "minister")],
        ),
    ],
)
def test_joined_arabic_articles(text: str, expected: list[tuple[str, str | None]]) -> None:
    got = _people(text)
    for person in expected:
        assert person in got, got


def test_a_joined_family_name_alone_later_is_the_same_person() -> None:
    text = (
        "Міністр закордонних справ Кувейту Абдалла бін Алі аль-Ях'я прибув до Києва. "
        "Зеленський заявив, що Ях'я підтримує переговори."
    )
    people = {name: spans for _s, _e, name, _w, _r, spans in extract_be_uk(text, "uk")}
    spans = people["Абдалла бін Алі аль-Ях'я"]
    assert [text[s:e] for s, e in spans] == ["Абдалла бін Алі аль-Ях'я", "Ях'я"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a surname's ending (-ski, -cki, -czyk, ...) in the head's case
        ("Minister Sikorski rozmawiał w czwartek z ministrem Ukrainy.", "Sikorski", "minister"),
        ("Delegacja spotkała się z prezydentem Nawrockim w Pałacu.", "Nawrocki", "head_of_state"),
        ("Szef MSZ Sikorski podkreślił, że rozmowy były trudne.", "Sikorski", "minister"),
        (
            "Wcześniej z wicepremierem Kosiniakiem-Kamyszem rozmawiał ambasador.",
            "Kosiniak-Kamysz",
            "deputy_head_of_government",
        ),
        ("Ambasador Polski Kowalczyk wręczył listy uwierzytelniające.", "Kowalczyk", "ambassador"),
    ],
)
def test_a_polish_surname_alone_after_a_role_head(text: str, name: str, kind: str) -> None:
    people = {p.name: p for p in extract_people(text)}
    assert name in people, list(people)
    assert people[name].role_kind == kind


@pytest.mark.parametrize(
    "text",
    [
        # a capitalized complement between the head and the word: a longer name or a body
        "Jak podkreślił minister Finansów Domański, budżet jest bezpieczny.",
        # no role head before
        "W Warszawie Sikorski mówił o bezpieczeństwie regionu, a potem wyjechał.",
    ],
)
def test_no_polish_surname_alone_without_a_role_head_right_before(text: str) -> None:
    got = _people(text)
    assert not any(name in ("Finansów Domański", "Domański") for name, _k in got), got
    assert ("Sikorski", "minister") not in got


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        ("Premier Donald Tusk rozmawiał w Berlinie z Friedrichem Merzem.", "Friedrich Merz"),
        ("Prezydent Karol Nawrocki spotkał się w Wilnie z Gitanasem Nausėdą.", "Gitanas Nausėda"),
        ("Minister Radosław Sikorski rozmawiał w Brukseli z Anitą Anand.", "Anita Anand"),
    ],
)
def test_a_polish_host_and_his_verb_are_no_role_of_the_guest(text: str, guest: str) -> None:
    people = {p.name: p for p in extract_people(text)}
    assert guest in people
    assert people[guest].role is None
