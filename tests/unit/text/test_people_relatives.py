"""A name after a person noun that is no role and a role phrase in the genitive (``Супруга
президента Франции X``): when the name's letters are no regular genitive of a name written
otherwise, the name is the noun's (or the text does not say whose), and the role is not its
(flows/text/people/roles.py relative_before_role, extract.py _named_after_relative)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_people(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Супруга президента Франции Брижит Макрон посетила выставку.", "Брижит Макрон"),
        ("Сын президента США Хантер Байден дал показания в суде.", "Хантер Байден"),
        ("Сестра лидера КНДР Ким Ё Чжон выступила с заявлением.", "Ким Ё Чжон"),
        ("Премию ей вручила супруга президента США Мишель Обама.", "Мишель Обама"),
        ("Дочь премьер-министра Норвегии Ингрид Ульсен открыла выставку.", "Ингрид Ульсен"),
        ("Встреча с супругой президента Франции Брижит Макрон прошла в Париже.", "Брижит Макрон"),
        ("Соратник президента Сергей Иванов ушел в отставку.", "Сергей Иванов"),
    ],
)
def test_the_relatives_name_takes_no_role(text: str, name: str) -> None:
    roles = _roles(text)
    assert name in roles and roles[name] is None, extract_people(text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the name declined regularly in the genitive: the role-holder's
        ("Вдова президента Чили Сальвадора Альенде приехала в Москву.", "Сальвадор Альенде", "президент"),
        ("Сын президента Казахстана Касым-Жомарта Токаева купил дом.", "Касым-Жомарт Токаев", "президент"),
        ("Дочь президента Франции Франсуа Олланда вышла замуж.", "Франсуа Олланд", "президент"),
        ("Сестра лидера КНДР Ким Чен Ына выступила с заявлением.", "Ким Чен Ын", "лидер"),
        # a plural noun stands in apposition to no one name
        (
            "Противники бывшего премьер-министра Маргарет Тэтчер вышли на улицы.",
            "Маргарет Тэтчер",
            "бывший премьер-министр",
        ),
        # a noun in an oblique case without a preposition is the subject's, named already
        ("Он стал преемником первой женщины-спикера Нэнси Пелоси.", "Нэнси Пелоси", "первый женщины-спикер"),
        # a role noun, not a person noun, before the genitive: the role of the whole phrase
        ("Помощник президента России Юрий Ушаков заявил об этом.", "Юрий Ушаков", "помощник президента"),
    ],
)
def test_the_role_holders_name_keeps_the_role(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role, extract_people(text)


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # a role phrase opening with another person's role and name is not the later name's: the
        # later name's role is the phrase after the first name, else none
        (
            "Посол России в Анкаре Алексей Ерхов на встрече с губернатором провинции Анталья Хулуси Шахином обсудил туризм.",
            {"Алексей Ерхов": "посол России в Анкаре", "Хулуси Шахином": "губернатор провинции Анталья"},
        ),
        (
            "Министр иностранных дел Азербайджана Джейхун Байрамов в беседе с госсекретарем США Марко Рубио обсудил мир.",
            {"Джейхун Байрамов": "министр иностранных дел", "Марко Рубио": "госсекретарь"},
        ),
        # a name ending the role phrase is its complement: the role stays the later name's
        (
            "Адвокат Александра Кокорина Андрей Ромашов прокомментировал приговор.",
            {"Андрей Ромашов": "адвокат Александра Кокорина"},
        ),
    ],
)
def test_a_role_opening_with_another_persons_name(text: str, roles: dict[str, str]) -> None:
    found = _roles(text)
    assert {name: found.get(name) for name in roles} == roles, extract_people(text)
