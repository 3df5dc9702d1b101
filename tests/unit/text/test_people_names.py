"""The name grammar of people extraction (flows.text.people): which capitalized words are a
person's name and their nominative."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _names(text: str) -> list[str]:
    return [p.name for p in extract_people(text)]


# --------------------------------------------------------------------------- a name after a person noun


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Вчера Император Тэнсохито принял послов.", "Тэнсохито"),
        ("Послов принял император Кэйдзиро, сообщает агентство.", "Кэйдзиро"),
        ("На церемонии выступила певица Сиарелла, её встретили овацией.", "Сиарелла"),
        ("Билеты на концерт певицы Делоне раскупили за час.", "Делоне"),
        ("Он сфотографировался с поп-дивой Алисандрой на приёме.", "Алисандра"),
        ("Журналисты поговорили с певицей Летисией после концерта.", "Летисия"),
        ("Вслед за ним в воду бросился его восьмилетний сын Эдмундо.", "Эдмундо"),
        ("На встречу пришла и его жена Гвиннет.", "Гвиннет"),
        ("Документы передали его трёхлетнему сыну Гайдеону.", "Гайдеон"),
        ("Письмо передали мадам Фрелье в тот же день.", "Фрелье"),
    ],
)
def test_lone_name_after_role_kinship_or_address_noun(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_names_listed_after_a_plural_kinship_noun() -> None:
    text = "У него две дочери — Лара и Кассиэль, а также два сына — Теодор и Майлон."
    assert _names(text) == ["Лара", "Кассиэль", "Теодор", "Майлон"]


@pytest.mark.parametrize(
    "text",
    [
        "Руководитель Роскосмоса заявил о переносе запуска.",  # an organisation the dictionary knows
        "Сотрудник Росгвардии задержал нарушителя.",  # a genitive complement of a man's role
        "Директор Нагойского университета выступил с речью.",  # an adjective
        "Посол прибыл в штат, губернатор Миннесоты встретил его.",  # a place
        "Его брат Мигель Алехандро уехал в Мадрид.",  # a longer name: not a name of one word
    ],
)
def test_no_lone_name_after_role(text: str) -> None:
    names = _names(text)
    assert not any(" " not in n for n in names), names


# --------------------------------------------------------------------------- nominative


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Он работал в администрации Джорджа Буша-младшего много лет.", "Джордж Буш-младший"),
        ("Она поговорила с Робертом Кеннеди-младшим после матча.", "Роберт Кеннеди-младший"),
    ],
)
def test_nominative_of_hyphenated_and_east_asian_names(text: str, name: str) -> None:
    assert name in _names(text)


def test_three_letter_syllable_read_as_place_stays_in_name() -> None:
    # "Чен" is a place to the dictionary; a syllable of a name here, and it does not decline
    assert _names("Визит Пак Чен Ира в Москву отложен.") == ["Пак Чен Ира"]
    assert _names("Визит северокорейского лидера Пак Чен Ира отложен.") == ["Пак Чен Ир"]


def test_surname_after_initials_regular_oblique_ending() -> None:
    names = _names("В 1920 году Виктор Зорыкин уехал. Памятник молодому В.Зорыкину откроют в мае.")
    assert names == ["Виктор Зорыкин"]


# --------------------------------------------------------------------------- false alarms


@pytest.mark.parametrize(
    "text",
    [
        "Она родилась в Ляньпине и выросла там.",  # places in the locative
        "Конференция прошла в Марселе в мае.",
        "Он поступил в больницу Сан Виталиано в тяжёлом состоянии.",  # a hospital
        "Особняк построен в стиле эпохи Стюардов.",  # an era named after a dynasty
        "Решение Раевского суда обжаловано.",  # an adjective before its noun
        "В фильме «Маска» Братьев Квай играют куклы.",  # a plural common noun
    ],
)
def test_places_institutions_and_plural_nouns_are_no_people(text: str) -> None:
    assert _names(text) == []


def test_photograph_of_a_work_names_its_author_but_a_credit_does_not() -> None:
    assert _names("Известная фотография Виктора Пестова сделана в день победы.") == ["Виктор Пестов"]
    assert _names("Фотография: Сергей Шелег. Выставка открылась в мае.") == []
    assert _names("Фото Сергея Шелега. Выставка открылась в мае.") == []


def test_foreign_first_name_guessed_only_as_a_plural() -> None:
    # pymorphy3 guesses "Габриэл" only as "of the Габриэлы"
    assert _names("Преступником оказался 51-летний Габриэл Уортман, сообщила полиция.") == ["Габриэл Уортман"]


def test_surname_with_junior_or_senior_is_a_person_of_its_own() -> None:
    # the surname alone is no mention of a namesake: "Кравченко" in "Кравченко-младший"
    text = (
        "Министр Александр Кравченко и его брат Виктор Кравченко промолчали. "
        "Кравченко-младший лоббировал назначение, конкурентом Кравченко-старшего его не считали."
    )
    assert _names(text) == [
        "Александр Кравченко",
        "Виктор Кравченко",
        "Кравченко-младший",
        "Кравченко-старший",
    ]
