"""Role phrases read whole: a role noun joined to its qualifier by a hyphen opening a sentence is
no part of the name; the kind of an adjective and head the lexicon lists together
(``генеральный секретарь``, ``официальный представитель``) is that phrase's, not the bare head's;
a Polish ``szef``/``szefowa`` of a ministry named by its acronym is a minister."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.role, p.role_kind) for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Сенатор-республиканец Линдси Грэм заявил о новых санкциях.",
            [("Линдси Грэм", "сенатор-республиканец", "legislator")],
        ),
        (
            "Журналист-международник Владимир Познер выступил с лекцией в Минске.",
            [("Владимир Познер", "журналист-международник", "media")],
        ),
        (
            "Актриса-дебютантка Мария Иванова получила главную премию фестиваля.",
            [("Мария Иванова", "актриса-дебютантка", "culture")],
        ),
        (
            "Депутат-единоросс Олег Смирнов внес законопроект.",
            [("Олег Смирнов", "депутат-единоросс", "legislator")],
        ),
    ],
)
def test_a_hyphened_role_opening_a_sentence_is_no_part_of_the_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Генеральный секретарь ООН Антониу Гутерреш призвал стороны к сдержанности.",
            "head_of_organisation",
        ),
        (
            "По словам генерального секретаря НАТО Марка Рютте, альянс готов к диалогу.",
            "head_of_organisation",
        ),
        (
            "Встреча с генеральным секретарем ОДКБ Имангали Тасмагамбетовым прошла в Москве.",
            "head_of_organisation",
        ),
        ("Официальный представитель МИД России Мария Захарова прокомментировала заявление.", "spokesperson"),
        ("Об этом сообщил официальный представитель Госдепартамента Мэттью Миллер.", "spokesperson"),
        # the head alone keeps its own kind
        ("Секретарь Совбеза Сергей Шойгу провел совещание.", "official"),
        ("Представитель компании Иван Орлов отказался от комментариев.", "representative"),
    ],
)
def test_an_adjective_and_head_the_lexicon_lists_together_give_their_kind(text: str, kind: str) -> None:
    ((_name, _role, found),) = _people(text)
    assert found == kind


@pytest.mark.parametrize(
    "text",
    [
        "Szef MON Władysław Kosiniak-Kamysz odwiedził Rzeszów.",
        "Szef MSWiA Tomasz Siemoniak zapowiedział kontrole na granicy.",
        "Szefowa MKiŚ Paulina Hennig-Kloska przedstawiła plan.",
        "Szef MSZ Radosław Sikorski spotkał się z ambasadorem.",
    ],
)
def test_a_polish_head_of_a_ministry_named_by_its_acronym_is_a_minister(text: str) -> None:
    ((_name, _role, kind),) = _people(text)
    assert kind == "minister"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Президент Федерации тенниса России Шамиль Тарпищев заявил о новых турнирах.",
            "head_of_organisation",
        ),
        ("Президент Федерации бокса Умар Кремлев прибыл в Минск.", "head_of_organisation"),
        ("Президент Российской Федерации Владимир Путин подписал указ.", "head_of_state"),
        ("Президент Республики Беларусь Александр Лукашенко подписал указ.", "head_of_state"),
    ],
)
def test_a_body_named_by_a_word_for_a_state_is_no_state(text: str, kind: str) -> None:
    ((_name, _role, found),) = _people(text)
    assert found == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Директор ИЯФ СО РАН академик Павел Логачев рассказал о проекте.", "head_of_organisation"),
        (
            "Глава Духовного управления мусульман России муфтий Равиль Гайнутдин поздравил верующих.",
            "head_of_organisation",
        ),
        ("Министр обороны генерал армии Сергей Шойгу провел совещание.", "minister"),
        (
            "Начальник Генерального штаба генерал армии Валерий Герасимов провел совещание.",
            "head_of_organisation",
        ),
        # ranks of one kind: the one next to the name
        ("Командующий войсками округа генерал-полковник Иван Петров заявил.", "military"),
    ],
)
def test_a_post_before_a_rank_or_title_is_the_role(text: str, kind: str) -> None:
    ((_name, _role, found),) = _people(text)
    assert found == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a verb of appointment, the post in the instrumental, the person its object
        (
            "Совет директоров назначил генеральным директором компании Игоря Шестопалова.",
            "head_of_organisation",
        ),
        ("Гордума избрала главой города Алексея Орлова.", "mayor"),
        ("Президент назначил послом в Китае Игоря Моргулова.", "ambassador"),
        # a copula of staying or of being recognised
        ("Исполняющей обязанности главы Пскова остается Елена Полонская.", "mayor"),
        ("Лучшим актером года признан Иван Петров.", "culture"),
        # occupations of the news
        ("Бортинженер Алексей Зубрицкий вышел в открытый космос.", "science"),
        ("Гособвинитель Дарья Сыч-Трофимова запросила восемь лет.", "judiciary"),
        ("Бой организовал промоутер Боб Арум.", "sports"),
    ],
)
def test_posts_by_appointment_and_occupations(text: str, kind: str) -> None:
    ((_name, _role, found),) = _people(text)
    assert found == kind


def test_a_first_night_is_no_prime_minister() -> None:
    people = _people("Состоялась премьера спектакля «Чайка» в постановке Тимофея Кулябина.")
    assert people == [("Тимофей Кулябин", None, None)]
    ((_n, role, kind),) = _people("Визит премьера Японии Фумио Кисиды завершился в Токио.")
    assert (role, kind) == ("премьер", "head_of_government")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Министр финансов, выступавший на форуме, Антон Силуанов считает, что бюджет сбалансирован.",
            "Антон Силуанов",
            "министр финансов",
        ),
        (
            "Посол Франции, который прибыл в Москву накануне, Пьер Леви заявляет о готовности к диалогу.",
            "Пьер Леви",
            "посол",
        ),
        (
            "Спикер палаты, объявившая минуту молчания, Анна Петрова заявила о трауре.",
            "Анна Петрова",
            "спикер палаты",
        ),
    ],
)
def test_role_opening_a_sentence_before_a_clause_and_the_name_with_its_verb(
    text: str, name: str, role: str
) -> None:
    people = {p.name: p.role for p in extract_people(text)}
    assert people.get(name) == role
