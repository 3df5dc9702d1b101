"""Role forms around names: an English complement with ``the`` before its country (``Prime
Minister of the Netherlands``: no dangling ``of the``), an honorific between a post and a name
(``Prime Minister Sheikh X``, ``Foreign Secretary Dr X``), Ukrainian feminine role nouns
(``віцепрем'єр-міністерка``, ``спікерка``, ``губернаторка``), Polish portfolios joined by ``i``
(``wiceminister rozwoju i technologii``)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.role, p.role_kind) for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister of the Netherlands Dick Schoof said the talks were useful.",
            [("Dick Schoof", "prime minister", "head_of_government")],
        ),
        (
            "President of the Philippines Ferdinand Marcos said the deal was fair.",
            [("Ferdinand Marcos", "president", "head_of_state")],
        ),
        (
            "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met the delegation in Doha.",
            [("Mohammed bin Abdulrahman Al Thani", "prime minister", "head_of_government")],
        ),
        (
            "Britain's Foreign Secretary Dr Jane Smith said the talks were useful.",
            [("Jane Smith", "foreign secretary", "minister")],
        ),
        (
            "Віцепрем'єр-міністерка Ольга Кравчук заявила, що угоду підпишуть у грудні.",
            [("Ольга Кравчук", "віцепрем'єр-міністерка", "deputy_head_of_government")],
        ),
        (
            "Спікерка парламенту Молдови Ірина Войтенко заявила про підтримку угоди.",
            [("Ірина Войтенко", "спікерка парламенту", "legislator")],
        ),
        (
            "Губернаторка області Наталія Коваль заявила, що міст відкриють у травні.",
            [("Наталія Коваль", "губернаторка області", "regional_head")],
        ),
        (
            "Wiceminister rozwoju i technologii Michał Baran powiedział, że umowa zostanie podpisana.",
            [("Michał Baran", "wiceminister rozwoju i technologii", "deputy_minister")],
        ),
        (
            "Minister rolnictwa i rozwoju wsi Stefan Krajewski powiedział, że eksport rośnie.",
            [("Stefan Krajewski", "minister rolnictwa i rozwoju wsi", "minister")],
        ),
        (
            "Qatar's Minister of State for Foreign Affairs Khalid bin Ahmed Al-Thani said the sides had agreed.",
            [("Khalid bin Ahmed Al-Thani", "minister of State for Foreign Affairs", "minister")],
        ),
        # English portfolios joined by "and" stay as they were
        (
            "Minister of Foreign Affairs and Trade Winston Peters said the talks were useful.",
            [("Winston Peters", "minister of Foreign Affairs and Trade", "minister")],
        ),
    ],
)
def test_role_forms(text, expected):
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a plural role over two names, one country each, a complement in lower case after them
        (
            "Специальные представители Армении и Турции по нормализации отношений Артак Саркисян и Мурат"
            " Демирель провели встречу.",
            [("Артак Саркисян", "Армении"), ("Мурат Демирель", "Турции")],
        ),
        (
            "Послы Франции и Германии по вопросам климата Жан Дюпон и Ханс Мюллер выступили на форуме.",
            [("Жан Дюпон", "Франции"), ("Ханс Мюллер", "Германии")],
        ),
        (
            "Министры иностранных дел России и Китая Сергей Лавров и Ван И провели переговоры.",
            [("Сергей Лавров", "России"), ("Ван И", "Китая")],
        ),
    ],
)
def test_a_plural_role_gives_each_name_its_own_country(text, spans):
    people = extract_people(text)
    assert [(p.name, text[p.role_start : p.role_end].split()[-1]) for p in people] == spans


@pytest.mark.parametrize(
    ("text", "role", "kind", "country_word"),
    [
        # two titles of one person, a dash (or in English "and") between: the first's kind, both spanned
        (
            "Заместитель Премьер-министра – министр торговли и интеграции Казахстана Арман Шаккалиев провел встречу.",
            "заместитель Премьер-министра – министр торговли и интеграции",
            "deputy_head_of_government",
            "Казахстана",
        ),
        (
            "Вице-премьер — министр иностранных дел Казахстана Мурат Нуртлеу заявил об этом.",
            "вице-премьер — министр иностранных дел",
            "deputy_head_of_government",
            "Казахстана",
        ),
        (
            "Первый заместитель Премьер-министра – министр финансов Беларуси Иван Петров сообщил об этом.",
            "первый заместитель Премьер-министра – министр финансов",
            "deputy_head_of_government",
            "Беларуси",
        ),
        (
            "Kazakhstan's Deputy Prime Minister and Trade Minister Serik Zhanbolatov said the deal was signed.",
            "deputy prime minister and trade minister",
            "deputy_head_of_government",
            "Minister",
        ),
    ],
)
def test_two_titles_of_one_person(text, role, kind, country_word):
    (person,) = extract_people(text)
    assert (person.role, person.role_kind) == (role, kind)
    assert text[person.role_start : person.role_end].split()[-1] == country_word


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a post of its own before "and" is another person's
        ("President of Poland and Prime Minister Donald Tusk met the press.", "prime minister"),
        ("The president and Foreign Minister Jan Nowak said it.", "foreign minister"),
        # a generic role before the dash is no post of the person's
        ("Она рассказала о романе с коллегой по фильму – актёром Харрисоном Фордом.", "актер"),
        # a dash after a place is no title
        (
            "Встреча прошла в Минске — министр иностранных дел Максим Рыженков заявил об этом.",
            "министр иностранных дел",
        ),
    ],
)
def test_no_joined_title(text, role):
    (person,) = extract_people(text)
    assert person.role == role


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the role of someone leading a delegation spans the delegation's country
        (
            "Лукашенко принял делегацию Ирана во главе с первым вице-президентом Мохаммадом Резой Арефом.",
            "делегацию Ирана во главе с первым вице-президентом",
        ),
        (
            "Президент принял иранскую делегацию во главе с вице-президентом Мохаммадом Резой Арефом.",
            "иранскую делегацию во главе с вице-президентом",
        ),
        (
            "В Астане прошли переговоры с делегацией Республики Корея во главе с министром торговли Ан Дук Кыном.",
            "делегацией Республики Корея во главе с министром торговли",
        ),
        (
            "Tokayev received an Iranian delegation led by Vice President Mohammad Reza Aref.",
            "Iranian delegation led by Vice President",
        ),
        # a delegation naming no country leaves the role as it is
        ("Президент принял делегацию во главе с министром Иваном Петровым.", "министром"),
    ],
)
def test_a_delegations_leader_takes_its_country_into_the_role_span(text, span):
    (person,) = [p for p in extract_people(text) if p.role]
    assert text[person.role_start : person.role_end] == span
