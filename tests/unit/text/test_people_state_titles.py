"""People named after a state's full name, a chairman of a state, two roles joined by ``и`` before
two names, women's foreign first names in the instrumental and names with two particles
(flows/text/people: names.py, roles.py, lexicon.py)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.role_kind) for p in extract_people(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Встреча с председателем Китайской Народной Республики Си Цзиньпином прошла в Кремле.",
            "Си Цзиньпин",
        ),
        ("Визит председателя Китайской Народной Республики Си Цзиньпина в Москву завершился.", "Си Цзиньпин"),
        ("Председатель Китайской Народной Республики Си Цзиньпин прибыл в Москву.", "Си Цзиньпин"),
        ("Встреча с президентом Республики Корея Ли Чжэ Мёном прошла в Сеуле.", "Ли Чжэ Мён"),
        ("Министр Объединённых Арабских Эмиратов Ан Ван Ли выступил на форуме.", "Ан Ван Ли"),
    ],
)
def test_a_states_full_name_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    people = _people(text)
    assert name in people, sorted(people)
    assert not any(w in p for p in people for w in ("Республик", "Эмират", "Народн")), sorted(people)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Председатель КНР Си Цзиньпин прибыл в Москву.", "Си Цзиньпин", "head_of_state"),
        ("Председатель Китая Си Цзиньпин заявил о поддержке.", "Си Цзиньпин", "head_of_state"),
        ("Встреча с председателем Вьетнама Лыонг Кыонгом прошла в Ханое.", "Лыонг Кыонг", "head_of_state"),
        # a chairman of a body, not of a state
        (
            "Председатель Совета Федерации Валентина Матвиенко открыла заседание.",
            "Валентина Матвиенко",
            "head_of_organisation",
        ),
        (
            "Председатель правительства Испании Педро Санчес посетил Пекин.",
            "Педро Санчес",
            "head_of_government",
        ),
        (
            "Председатель комитета Ольга Петрова выступила с докладом.",
            "Ольга Петрова",
            "head_of_organisation",
        ),
    ],
)
def test_a_chairman_of_a_state_is_its_head(text: str, name: str, kind: str) -> None:
    people = _people(text)
    assert name in people, sorted(people)
    assert people[name][1] == kind


@pytest.mark.parametrize(
    ("text", "first", "second", "role"),
    [
        (
            "Глава Минэкономразвития Максим Решетников и вице-премьер Алексей Оверчук обсудили торговлю.",
            "Алексей Оверчук",
            "Максим Решетников",
            "вице-премьер",
        ),
        (
            "Глава Минфина Антон Силуанов и экс-министр Олег Иванов выступили на форуме.",
            "Олег Иванов",
            "Антон Силуанов",
            "экс-министр",
        ),
        (
            "Губернатор области Сергей Галкин и вице-губернатор Анна Смирнова посетили завод.",
            "Анна Смирнова",
            "Сергей Галкин",
            "вице-губернатор",
        ),
    ],
)
def test_a_second_role_joined_by_and_is_the_second_names_own(
    text: str, first: str, second: str, role: str
) -> None:
    """``глава X Имя Фамилия и вице-премьер Имя2 Фамилия2``: the hyphenated role after ``и`` is a
    role of its own, not the end of the first one's complement."""
    people = _people(text)
    assert people[first][0] == role, people
    assert people[second][0] is not None and role not in people[second][0]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Лавров встретился с Кайей Каллас в Брюсселе.", "Кайя Каллас"),
        ("Премьер встретился с Нирмалой Ситхараман.", "Нирмала Ситхараман"),
        ("Министр поговорил с Аминатой Туре по телефону.", "Амината Туре"),
        ("Переговоры с Сальмой Хайек и её мужем не состоялись.", "Сальма Хайек"),
    ],
)
def test_an_unknown_first_name_in_the_instrumental_is_put_in_the_nominative(text: str, name: str) -> None:
    """``-ой``/``-ей`` ends no name in ``-а``/``-я`` in the nominative: the first name is
    declined back even when the surname after it is not declined."""
    people = _people(text)
    assert name in people, sorted(people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Урсула фон дер Ляйен заявила о новых санкциях.", "Урсула фон дер Ляйен"),
        ("Переговоры с Урсулой фон дер Ляйен прошли в Брюсселе.", "Урсула фон дер Ляйен"),
        ("Письмо Мартину ван дер Бергу передали вчера.", "Мартин ван дер Берг"),
        ("Жуан Карлус да Силва Рибейру прибыл в Лиссабон.", "Жуан Карлус да Силва Рибейру"),
    ],
)
def test_a_name_with_two_particles_is_whole(text: str, name: str) -> None:
    people = _people(text)
    assert name in people, sorted(people)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Руководитель Росстата Сергей Галкин выступил с докладом.",
            "Сергей Галкин",
            "руководитель Росстата",
        ),
        ("Директор Росгвардии Виктор Золотов прибыл на совещание.", "Виктор Золотов", "директор Росгвардии"),
        (
            "Глава Укрзализныци Александр Перцовский заявил о новых рейсах.",
            "Александр Перцовский",
            "глава Укрзализныци",
        ),
        ("Встреча с гендиректором Казатомпрома Андреем Пирметовым прошла в Астане.", "Андрей Пирметов", None),
    ],
)
def test_a_bodys_name_in_the_genitive_after_a_role_is_no_part_of_the_name(
    text: str, name: str, role: str | None
) -> None:
    """``глава Ростеха Сергей Чемезов``: an organisation's name the dictionary does not know,
    right after the role noun, is the role's complement; the name starts at the first name."""
    people = _people(text)
    assert name in people, sorted(people)
    if role is not None:
        assert people[name][0] == role
