"""Foreign names whose words the dictionary reads as oblique forms of other names: in the
nominative as written after a role noun in the nominative when they are the subject of the verb
after them (``Президент Бразилии Лула да Силва заявил``), an undeclined first name before a surname
in the role's case (``главой МИД Португалии Паулу Ранжелом``), and a first name left as written
only when no declined reading gives the same surname (``Анне Ивановой``: Анна)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Президент Бразилии Лула да Силва заявил об этом журналистам.", ("Лула да Силва", "президент")),
        (
            "Министр иностранных дел Бразилии Мауру Виейра прибыл в Москву.",
            ("Мауру Виейра", "министр иностранных дел"),
        ),
        ("Посол Португалии Жуакину Мора сообщил о визите.", ("Жуакину Мора", "посол")),
    ],
)
def test_a_foreign_name_after_a_role_in_the_nominative_is_in_the_nominative(text, person):
    assert _people(text) == [person]


def test_the_nominative_of_the_role_joins_a_later_mention_read_otherwise():
    text = "Президент Бразилии Лула да Силва заявил об этом. Позже Лула да Силва подтвердил, что визит состоится."
    assert _people(text) == [("Лула да Силва", "президент")]


def test_a_name_in_the_genitive_after_a_noun_stays_a_genitive():
    text = "Консультирует его экс-директор ФБР из администрации Билла Клинтона Луис Фри."
    assert "Билл Клинтон" in [p for p, _ in _people(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Лавров провел переговоры с главой МИД Португалии Паулу Ранжелом.", "Паулу Ранжел"),
        ("Встреча с министром Педру Соаришем прошла в Лиссабоне.", "Педру Соариш"),
        ("Он встретился с президентом Мозамбика Даниэлом Шапу.", "Даниэл Шапу"),
    ],
)
def test_an_undeclined_first_name_before_a_surname_in_the_roles_case(text, name):
    assert name in [p for p, _ in _people(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Письмо отправили Анне Ивановой.", "Анна Иванова"),
        ("Премию вручили министру Анне Смирновой.", "Анна Смирнова"),
        ("Анне Иванова заявила о победе.", "Анне Иванова"),  # a nominative: Anne
        ("С Анне Хатауэй встретился режиссер.", "Анне Хатауэй"),  # a surname as written
    ],
)
def test_a_first_name_left_as_written_only_without_a_declined_reading(text, name):
    assert [p for p, _ in _people(text)] == [name]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Председатель Милли Меджлиса Азербайджана Сахиба Гафарова встретилась с коллегой.",
            ("Сахиба Гафарова", "председатель Милли Меджлиса"),
        ),
        (
            "Встреча с председателем Сената Олий Мажлиса Узбекистана Танзилой Нарбаевой прошла в Ташкенте.",
            ("Танзила Нарбаева", "председатель Сената Олий Мажлиса"),
        ),
        (
            "Спикер Жогорку Кенеша Нурланбек Тургунбек Уулу заявил о реформе.",
            ("Нурланбек Тургунбек Уулу", "спикер Жогорку Кенеша"),
        ),
        ("Депутат Кнессета Ави Дихтер выступил с заявлением.", ("Ави Дихтер", "депутат Кнессета")),
    ],
)
def test_a_parliaments_foreign_name_is_part_of_the_role_not_a_person(text, person):
    assert _people(text) == [person]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Григорий Карасин заявил, что ответ будет.", "Григорий Карасин"),
        ("Министр Сергей Лисин провел совещание.", "Сергей Лисин"),
        ("Встреча с Павлом Гусиным прошла в мэрии.", "Павел Гусин"),
        ("Встреча с Григорием Карасиным прошла в Совете Федерации.", "Григорий Карасин"),
        ("Анна Лисина заявила о победе.", "Анна Лисина"),
        ("Встреча с Львом Толстым.", "Лев Толстой"),  # an adjective surname stays one
    ],
)
def test_a_surname_in_in_the_dictionary_reads_as_an_adjective(text, name):
    assert [p for p, _ in _people(text)] == [name]
