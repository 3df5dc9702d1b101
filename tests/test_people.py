"""Named officials and their roles (flows.text.people)."""

from __future__ import annotations

import pytest

from flows.text.people import PersonMention, extract_people
from tests.conftest import seed_text
from tests.gold import ARTICLES


def _seed(name: str) -> str:
    text = seed_text(name)
    if name.startswith("004_"):
        text = text[: text.index("Комментарии")]  # the rest is a page sidebar
    return text


def _check_offsets(text: str, person: PersonMention) -> None:
    assert text[person.char_start : person.char_end] == person.name_as_written
    if person.role is None:
        assert person.role_start is None and person.role_end is None
    else:
        assert person.role_start is not None and person.role_end is not None
        assert 0 <= person.role_start < person.role_end <= len(text)
        # the role span is written right before the name or right after it (an apposition)
        assert person.role_end <= person.char_start or person.role_start >= person.char_end


# --------------------------------------------------------------------------- seed articles


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_seed_people_match_gold(name: str) -> None:
    text = _seed(name)
    people = extract_people(text)
    expected = {(person, role.lower()) for person, role, _country in ARTICLES[name]["people"]}
    assert {(p.name, (p.role or "").lower()) for p in people} == expected
    assert len(people) == len(expected)  # one entry per person
    assert [p.char_start for p in people] == sorted(p.char_start for p in people)
    for p in people:
        _check_offsets(text, p)


# Where each seed person's role is written: the span keeps the country words the role text drops.
SEED_ROLE_SPANS = {
    "Сергей Лукашевич": "Первый заместитель министра иностранных дел Беларуси",
    "Сергей Алейник": "председатель Постоянной комиссии Совета Республики по международным делам и "
    "национальной безопасности",
    "Наталья Кочанова": "председателя Совета Республики",
    "Тимур Жаксылыков": "Чрезвычайным и Полномочным Послом Казахстана в Беларуси",
    "Дмитрий Крутой": "посол Беларуси в России",
    "Александр Руппель": "замгубернатора Краснодарского края",
}

SEED_NAMES_AS_WRITTEN = {
    "Сергей Лукашевич": "Сергей Лукашевич",
    "Сергей Алейник": "Сергей Алейник",
    "Наталья Кочанова": "Натальи Кочановой",
    "Тимур Жаксылыков": "Тимуром Жаксылыковым",
    "Дмитрий Крутой": "Дмитрий Крутой",
    "Александр Руппель": "Александром Руппелем",
}


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_seed_role_spans_and_written_names(name: str) -> None:
    text = _seed(name)
    for p in extract_people(text):
        assert p.role_start is not None and p.role_end is not None
        assert text[p.role_start : p.role_end] == SEED_ROLE_SPANS[p.name]
        assert p.name_as_written == SEED_NAMES_AS_WRITTEN[p.name]


def test_seed_title_is_kept_capitalized_and_sentence_start_is_lowercased() -> None:
    by_name = {p.name: p for p in extract_people(_seed("002_f7808c3b0d4d12dc.txt"))}
    assert by_name["Тимур Жаксылыков"].role == "Чрезвычайный и Полномочный Посол Казахстана в Беларуси"
    (lukashevich,) = extract_people(_seed("000_7cb8a6a600c89242.txt"))
    assert lukashevich.role == "первый заместитель министра иностранных дел"


def test_photo_credit_is_not_a_person() -> None:
    text = _seed("002_f7808c3b0d4d12dc.txt")
    assert "Фото Сергея Шелега" in text
    assert all("Шелег" not in p.name for p in extract_people(text))


def test_most_specific_role_wins_across_mentions() -> None:
    # 004: "белорусский посол в Москве Дмитрий Крутой", then "посол Беларуси в России Дмитрий Крутой",
    # then "подчеркнул Крутой": one person, reported at the mention with the longer complement.
    text = _seed("004_7c970ca002db6d32.txt")
    (krutoy,) = (p for p in extract_people(text) if p.name == "Дмитрий Крутой")
    assert krutoy.role == "посол Беларуси в России"
    assert krutoy.char_start > text.index("белорусский посол в Москве")


# --------------------------------------------------------------------------- sentences

# (sentence, name, name as written, role or None, a word the role span must contain or None)
PEOPLE_CASES = [
    (
        "Президент Беларуси Александр Лукашенко провел переговоры.",
        "Александр Лукашенко",
        "Александр Лукашенко",
        "президент",
        "Беларуси",
    ),
    (
        "Переговоры с президентом России Владимиром Путиным прошли в Минске.",
        "Владимир Путин",
        "Владимиром Путиным",
        "президент",
        "России",
    ),
    (
        "Об этом заявил министр иностранных дел Китая Ван И.",
        "Ван И",
        "Ван И",
        "министр иностранных дел",
        "Китая",
    ),
    (
        "Встреча с премьер-министром Казахстана Олжасом Бектеновым состоялась вчера.",
        "Олжас Бектенов",
        "Олжасом Бектеновым",
        "премьер-министр",
        "Казахстана",
    ),
    (
        "Президент Беларуси А. Лукашенко подписал указ.",
        "А. Лукашенко",
        "А. Лукашенко",
        "президент",
        "Беларуси",
    ),
    ("Документ подписал А.Г. Лукашенко.", "А.Г. Лукашенко", "А.Г. Лукашенко", None, None),
    (
        "Как отметил замминистра Игорь Петров, работа продолжится.",
        "Игорь Петров",
        "Игорь Петров",
        "заместитель министра",
        None,
    ),
    (
        "Президент Республики Беларусь Александр Лукашенко провел совещание.",
        "Александр Лукашенко",
        "Александр Лукашенко",
        "президент",
        "Беларусь",
    ),
    (
        "Посол России в Беларуси Борис Грызлов вручил верительные грамоты.",
        "Борис Грызлов",
        "Борис Грызлов",
        "посол России в Беларуси",
        "России",
    ),
    (
        "Сергей Лавров, министр иностранных дел России, заявил об этом журналистам.",
        "Сергей Лавров",
        "Сергей Лавров",
        "министр иностранных дел",
        "России",
    ),
    (
        "Председатель КНР Си Цзиньпин прибыл в Москву.",
        "Си Цзиньпин",
        "Си Цзиньпин",
        "председатель",
        "КНР",
    ),
    (
        "Пресс-секретарь Президента России Дмитрий Песков отказался от комментариев.",
        "Дмитрий Песков",
        "Дмитрий Песков",
        "пресс-секретарь Президента",
        "России",
    ),
    (
        "Губернатор Могилевской области Анатолий Исаченко провел прием граждан.",
        "Анатолий Исаченко",
        "Анатолий Исаченко",
        "губернатор Могилевской области",
        None,
    ),
    (
        "Генеральный директор ОАО «Беларуськалий» Иван Головатый рассказал о планах.",
        "Иван Головатый",
        "Иван Головатый",
        "генеральный директор ОАО «Беларуськалий»",
        None,
    ),
    (
        "Глава МИД Беларуси Максим Рыженков встретился с коллегой.",
        "Максим Рыженков",
        "Максим Рыженков",
        "глава МИД",
        "Беларуси",
    ),
    (
        "Первый вице-премьер Николай Снопков провел совещание.",
        "Николай Снопков",
        "Николай Снопков",
        "первый вице-премьер",
        None,
    ),
    # female names, surnames in every case
    (
        "Председатель Совета Республики Наталья Кочанова открыла сессию.",
        "Наталья Кочанова",
        "Наталья Кочанова",
        "председатель Совета Республики",
        None,
    ),
    ("Состоялась встреча с Натальей Кочановой.", "Наталья Кочанова", "Натальей Кочановой", None, None),
    ("Министр поблагодарил Анну Петрову за работу.", "Анна Петрова", "Анну Петрову", None, None),
    ("Письмо направлено Марии Захаровой.", "Мария Захарова", "Марии Захаровой", None, None),
    (
        "Он встретился с вице-премьером Сербии Еленой Ковальской.",
        "Елена Ковальская",
        "Еленой Ковальской",
        "вице-премьер",
        "Сербии",
    ),
    ("По словам Игоря Руппеля, проект будет завершен.", "Игорь Руппель", "Игоря Руппеля", None, None),
    ("Награду вручили Игорю Руппелю.", "Игорь Руппель", "Игорю Руппелю", None, None),
    ("Разговор шел об Игоре Петрове.", "Игорь Петров", "Игоре Петрове", None, None),
    ("Соглашение подписано с Сергеем Алейником.", "Сергей Алейник", "Сергеем Алейником", None, None),
    ("Встреча с Андреем Ковальским прошла в Минске.", "Андрей Ковальский", "Андреем Ковальским", None, None),
    ("Звонок от Шавката Мирзиёева поступил утром.", "Шавкат Мирзиёев", "Шавката Мирзиёева", None, None),
    # "После" is a preposition here, not a form of "посол"
    ("После переговоров Игорь Петров вернулся в Минск.", "Игорь Петров", "Игорь Петров", None, None),
    (
        "Александр Григорьевич Лукашенко принял гостей. Лукашенко подчеркнул важность визита.",
        "Александр Лукашенко",
        "Александр Григорьевич Лукашенко",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "name", "written", "role", "span_word"), PEOPLE_CASES)
def test_people_in_sentences(
    text: str, name: str, written: str, role: str | None, span_word: str | None
) -> None:
    (person,) = extract_people(text)
    assert person.name == name
    assert person.name_as_written == written
    _check_offsets(text, person)
    if role is None:
        assert person.role is None
    else:
        assert person.role is not None and person.role.lower() == role.lower()
        assert person.role_start is not None and person.role_end is not None
        if span_word is not None:
            assert span_word in text[person.role_start : person.role_end]


NOT_PEOPLE = [
    "Фото Сергея Шелега",
    "Фото: Сергей Шелег",
    "Делегация прибыла в Минск и Москву, затем в Санкт-Петербург.",
    "В Нижнем Новгороде открылась выставка.",
    "Делегация посетила Коста Рику и Эль Сальвадор.",
    "Заседание Совета Республики прошло в Минске.",
    "Руководство Краснодарского края поддержало идею.",
    "Читайте в Телеграм-канале «Евразия.Эксперт».",
    'Подробности смотрите в "Актуальном интервью".',
    "Правительство Республики Беларусь одобрило проект.",
    "Надежда Беларуси на сотрудничество велика.",
    "Беларусь и Китай укрепляют сотрудничество.",
    "Евразийская экономическая комиссия опубликовала данные.",
    "отметил замминистра иностранных дел.",
    "",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_not_people(text: str) -> None:
    assert extract_people(text) == []


def test_repeated_mentions_give_one_entry() -> None:
    text = (
        "Сергей Лукашевич рассказал о планах. Первый заместитель министра иностранных дел Беларуси "
        "Сергей Лукашевич подчеркнул важность работы. Лукашевич добавил, что это не предел."
    )
    (person,) = extract_people(text)
    assert person.name == "Сергей Лукашевич"
    assert person.role == "первый заместитель министра иностранных дел"
    assert text[person.role_start : person.role_end].endswith("Беларуси")


def test_several_people_are_sorted_by_position() -> None:
    text = (
        "Президент Узбекистана Шавкат Мирзиёев и президент Казахстана Касым-Жомарт Токаев "
        "подписали соглашение."
    )
    people = extract_people(text)
    assert [(p.name, p.role) for p in people] == [
        ("Шавкат Мирзиёев", "президент"),
        ("Касым-Жомарт Токаев", "президент"),
    ]
    assert "Узбекистана" in text[people[0].role_start : people[0].role_end]
    assert "Казахстана" in text[people[1].role_start : people[1].role_end]
