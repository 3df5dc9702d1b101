"""Roles of people in Russian text, rule by rule: the name an organisation is named after inside a
role's complement (flows/text/people/roles.py, extract.py)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_people(text)}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a particle inside the name after "имени" keeps the phrase whole
        (
            "На вечере выступила директор фонда имени Винсента ван Гога Марта Олейник.",
            "Марта Олейник",
            "директор фонда имени Винсента ван Гога",
        ),
        (
            "Открыл сезон художественный руководитель театра имени Фёдора Волкова Борис Мезенцев.",
            "Борис Мезенцев",
            "художественный руководитель театра имени Фёдора Волкова",
        ),
        # and a second role joined by "и" after it
        (
            "Глава общества имени Отто фон Бисмарка и супруга историка Инга Лорер сказала:",
            "Инга Лорер",
            "глава общества имени Отто фон Бисмарка и супруга историка",
        ),
    ],
)
def test_a_name_after_imeni_is_part_of_the_complement(text: str, name: str, role: str) -> None:
    assert _roles(text)[name] == role


@pytest.mark.parametrize(
    "text",
    [
        "Вчера глава фонда имени Ивана Крылова Олег Мазур выступил.",
        "Вчера глава фонда имени Винсента ван Гога Олег Мазур выступил.",
    ],
)
def test_the_name_an_organisation_is_named_after_gets_no_role(text: str) -> None:
    roles = _roles(text)
    assert [r for n, r in roles.items() if "Мазур" not in n] == [None] * (len(roles) - 1)
    assert roles["Олег Мазур"] is not None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # the verb after the name says she is a woman: a feminine role noun may refer to her
        (
            "Поп-звезда Бьорк сообщила, что отменяет тур. 54-летняя певица сообщила об этом в четверг.",
            "певица",
        ),
        # and a masculine one still may
        ("Вчера Бьорк заявила, что отменяет тур. Продюсер сообщил об этом в четверг.", "продюсер"),
    ],
)
def test_a_one_word_name_takes_the_gender_of_its_verb(text: str, role: str) -> None:
    assert _roles(text)["Бьорк"] == role


def test_a_masculine_verb_keeps_a_feminine_role_noun_away() -> None:
    assert _roles("Вчера Бьорк заявил, что отменяет тур. Певица сообщила об этом в четверг.")["Бьорк"] is None


@pytest.mark.parametrize(
    ("text", "first", "second", "role"),
    [
        (
            "В район переехали дочь мэра Алину Громову и её мужа Павла Сизова (оба являются советниками губернатора).",
            "Алина Громова",
            "Павел Сизов",
            "советник губернатора",
        ),
        (
            "Вчера в город приехали Ольга Седова и Анна Крылова, обе — теннисистки из Самары.",
            "Ольга Седова",
            "Анна Крылова",
            "теннисистка из Самары",
        ),
        (
            "Вчера пришли Иван Петров и Олег Сидоров (оба были сотрудниками банка).",
            "Иван Петров",
            "Олег Сидоров",
            "сотрудник банка",
        ),
    ],
)
def test_both_of_two_names_hold_the_plural_role_after_oba(
    text: str, first: str, second: str, role: str
) -> None:
    roles = _roles(text)
    assert (roles[first], roles[second]) == (role, role)


@pytest.mark.parametrize(
    "text",
    [
        "Вчера пришли Иван Петров и Олег Сидоров (оба живут в Твери).",
        # no "оба": the role in brackets is the second name's alone
        "Вчера пришли Иван Петров и Олег Сидоров (сотрудник банка).",
    ],
)
def test_without_oba_and_a_plural_role_the_first_name_gets_none(text: str) -> None:
    assert _roles(text)["Иван Петров"] is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Вчера пришёл Олег Серов (Oleg Serov, защитник клуба) и ушёл.", "Олег Серов", "защитник клуба"),
        # a nickname in brackets inside the spelling, and no closing bracket after the role
        (
            "Вчера Майкл «Рэд» Донован (Michael (Red) Donovan, тренер Сайкина уговаривал его.",
            "Майкл Донован",
            "тренер Сайкина",
        ),
    ],
)
def test_a_role_after_the_names_latin_spelling_in_its_bracket(text: str, name: str, role: str) -> None:
    assert _roles(text)[name] == role


def test_a_year_after_the_names_latin_spelling_is_no_role() -> None:
    assert _roles("Вчера пришёл Олег Серов (Oleg Serov, 1990) и ушёл.")["Олег Серов"] is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # initials after "имени" and after "им.": the dots end no phrase
        (
            "Вчера директор музея имени И. Е. Репина Ольга Громова сообщила о выставке.",
            "Ольга Громова",
            "директор музея имени И. Е. Репина",
        ),
        (
            "Вчера солист театра им. К. С. Станиславского Пётр Ларин сказал, что устал.",
            "Пётр Ларин",
            "солист театра им. К. С. Станиславского",
        ),
        (
            "Вчера солист театра им. Вахтангова Пётр Ларин сказал, что устал.",
            "Пётр Ларин",
            "солист театра им. Вахтангова",
        ),
    ],
)
def test_a_name_with_initials_after_imeni_or_im_is_part_of_the_complement(
    text: str, name: str, role: str
) -> None:
    assert _roles(text)[name] == role


def test_an_initial_before_a_sentence_end_still_ends_the_phrase() -> None:
    roles = _roles("Вчера приехал министр П. Однако Иван Сидоров сказал, что устал.")
    assert roles.get("Иван Сидоров") is None


def test_a_surname_in_the_genitive_before_a_role_noun_is_no_adjective_of_it() -> None:
    # "Панина" may be read as a possessive adjective: a capitalized surname inside a sentence is
    # the complement of the noun before it
    roles = _roles("Бывшая жена Игоря Лаптева актриса театра Вера Ланская узнала обо всём.")
    assert roles["Вера Ланская"] == "актриса театра"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Занимающий с марта 2019 года пост министра финансов Чехии Карел Новак заявил о бюджете.",
            "Карел Новак",
            "министр финансов",
        ),
        ("Вчера занимавшая должность ректора Ольга Зуева ушла в отставку.", "Ольга Зуева", "ректор"),
    ],
)
def test_a_role_in_the_genitive_after_a_participle_holding_the_post(text: str, name: str, role: str) -> None:
    assert _roles(text)[name] == role


def test_a_post_held_by_a_person_noun_is_not_the_genitive_names() -> None:
    # the post is the father's, the name his genitive complement
    assert _roles("Вчера занимавший пост директора завода отец Ивана Петрова заявил.")["Иван Петров"] is None


def _spans(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {
        p.name: (p.role, text[p.role_start : p.role_end] if p.role_start is not None else None)
        for p in extract_people(text)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Вчера президенты Чехии и Польши Карел Новак и Ян Ковальский подписали договор.",
            {"Карел Новак": ("президент", "президенты Чехии"), "Ян Ковальский": ("президент", "Польши")},
        ),
        (
            "Послы Италии и Соединённых Штатов Марко Росси и Джон Бейкер прибыли в Москву.",
            {"Марко Росси": ("посол", "Послы Италии"), "Джон Бейкер": ("посол", "Соединённых Штатов")},
        ),
    ],
)
def test_a_plural_role_over_coordinated_countries_gives_each_name_its_own(
    text: str, expected: dict[str, tuple[str, str]]
) -> None:
    spans = _spans(text)
    assert {name: spans[name] for name in expected} == expected


def test_coordinated_countries_are_left_out_of_the_role_text_together() -> None:
    # the text lost only the last country before: "президент Чехии и"
    spans = _spans(
        "Вчера президенты Чехии и Польши Карел Новак, Ян Ковальский и Пётр Жуков подписали договор."
    )
    assert {role for role, _span in spans.values()} == {"президент"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Вчера умер Карло Бьянки, один из руководителей банка Intesa, в возрасте 80 лет.",
            "Карло Бьянки",
            "руководитель банка Intesa",
        ),
        ("Анна Ветрова, одна из тренеров сборной, ушла в отставку.", "Анна Ветрова", "тренер сборной"),
    ],
)
def test_one_of_a_plural_role_in_apposition_after_the_name(text: str, name: str, role: str) -> None:
    assert _roles(text)[name] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # "энергетики": the genitive of "энергетика", also the plural of "энергетик"
        (
            "Вчера министр энергетики Олег Рябцев заявил, что цены вырастут.",
            "Олег Рябцев",
            "министр энергетики",
        ),
        (
            "Иван Рябцев уехал. Вчера министр энергетики Рябцев заявил, что цены вырастут.",
            "Иван Рябцев",
            "министр энергетики",
        ),
    ],
)
def test_a_plural_animate_noun_is_no_qualifier_of_one_name(text: str, name: str, role: str) -> None:
    assert _roles(text)[name] == role
