"""Named officials and their roles (flows.text.people)."""

from __future__ import annotations

import pytest

from flows.text.people import PersonMention, extract_people
from tests.conftest import seed_text
from tests.gold import ARTICLES
from tests.work import lines_run


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
        "Президент Беларуси Александр Гребенко провел переговоры.",
        "Александр Гребенко",
        "Александр Гребенко",
        "президент",
        "Беларуси",
    ),
    (
        "Переговоры с президентом России Владимиром Громовым прошли в Минске.",
        "Владимир Громов",
        "Владимиром Громовым",
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
        "Президент Беларуси А. Гребенко подписал указ.",
        "А. Гребенко",
        "А. Гребенко",
        "президент",
        "Беларуси",
    ),
    ("Документ подписал А.Г. Гребенко.", "А.Г. Гребенко", "А.Г. Гребенко", None, None),
    (
        "Как отметил замминистра Игорь Петров, работа продолжится.",
        "Игорь Петров",
        "Игорь Петров",
        "заместитель министра",
        None,
    ),
    (
        "Президент Республики Беларусь Александр Гребенко провел совещание.",
        "Александр Гребенко",
        "Александр Гребенко",
        "президент",
        "Беларусь",
    ),
    (
        "Посол России в Беларуси Борис Рыженков вручил верительные грамоты.",
        "Борис Рыженков",
        "Борис Рыженков",
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
        "Председатель КНР Гу Цзиньлун прибыл в Москву.",
        "Гу Цзиньлун",
        "Гу Цзиньлун",
        "председатель",
        "КНР",
    ),
    (
        "Пресс-секретарь Президента России Дмитрий Снопков отказался от комментариев.",
        "Дмитрий Снопков",
        "Дмитрий Снопков",
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
        "Александр Григорьевич Гребенко принял гостей. Гребенко подчеркнул важность визита.",
        "Александр Гребенко",
        "Александр Григорьевич Гребенко",
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


# --------------------------------------------------------------------------- long texts

_FIRST_NAMES = ("Александр", "Сергей", "Наталья", "Михаил", "Ольга", "Андрей", "Елена", "Владимир")
_SURNAMES = ("Гребенко", "Лавров", "Кочанова", "Станкевич", "Петришенко", "Снопков", "Крутой", "Рыженков")
_TAILS = ("", "а", "у", "ым", "ой", "ом", "е", "ого", "ич", "-Петров", ".", "X", "ёв")


def _long_text(n_chars: int) -> str:
    """Sentences naming, then re-mentioning by surname, people of a fixed cast; ``n_chars`` long."""
    parts: list[str] = []
    size = 0
    i = 0
    while size < n_chars:
        first = _FIRST_NAMES[i % len(_FIRST_NAMES)]
        surname = _SURNAMES[(i * 3) % len(_SURNAMES)]
        other = _SURNAMES[(i * 5 + 1) % len(_SURNAMES)]
        s = f"Министр {first} {surname} встретился с {other}ым. {surname} и {other} обсудили план. "
        parts.append(s)
        size += len(s)
        i += 1
    return "".join(parts)[:n_chars]


def test_people_extraction_work_grows_linearly() -> None:
    """Four times the text may run at most five times the lines: linear work runs four times
    (the word caches warmed by both texts first); every mention checked against every earlier one
    (quadratic) ran twelve times here."""
    small, large = _long_text(15_000), _long_text(60_000)
    extract_people(large)
    extract_people(small)
    ratio = lines_run(extract_people, large) / lines_run(extract_people, small)
    assert 3.5 < ratio < 5, f"4x the text ran {ratio:.1f}x the lines"


def _bare_scan(text: str, surname: str) -> list[tuple[int, int, str]]:
    """Bare mentions of one surname the plain way: a regex scan of the whole text per surname."""
    import re

    from flows.text.people.names import _surname_stem

    out = []
    for m in re.finditer(re.escape(_surname_stem(surname)) + "[а-яё]*", text):
        s, e = m.span()
        if (s and (text[s - 1].isalpha() or text[s - 1] in "-.")) or text[e : e + 1].isalpha():
            continue
        if text[e : e + 1] == "-":
            continue  # "Гребенко-младший" is not "Гребенко"
        out.append((s, e, m.group()))
    return out


@pytest.mark.parametrize("seed", range(40))
def test_bare_candidates_equal_a_scan_per_surname(seed: int) -> None:
    import random

    from flows.text.people.extract import _bare_candidates

    rng = random.Random(seed)
    pool = [*_SURNAMES, "Ли", "Ким", "Сун", "Бельский-Орлов", "Иванов", "Иванова", "Ивановский"]
    surnames = {(s, rng.choice(("masc", "femn"))) for s in rng.sample(pool, rng.randint(1, 6))}
    pieces = []
    for _ in range(rng.randint(0, 60)):
        word = rng.choice(pool)
        word = word[: rng.randint(1, len(word))] + rng.choice(_TAILS)
        pieces.append(
            rng.choice(("", "", "-", ".", "«", "x", "Ё")) + word + rng.choice((" ", ", ", "", "-", ". "))
        )
    text = "".join(pieces)
    found = _bare_candidates(text, surnames)
    assert {s for s, _ in surnames} == set(found)
    for surname in found:
        assert found[surname] == _bare_scan(text, surname), (text, surname)


@pytest.mark.parametrize("seed", range(20))
def test_taken_spans_equal_pairwise_overlap(seed: int) -> None:
    import random

    from flows.text.people.extract import _Taken

    rng = random.Random(seed)
    size = 200
    taken, spans = _Taken(size), []
    for _ in range(300):
        start = rng.randrange(size - 1)
        end = rng.randint(start + 1, min(size, start + 12))
        expected = any(s < end and start < e for s, e in spans)
        assert taken.overlaps(start, end) == expected
        if rng.random() < 0.3:
            taken.add(start, end)
            spans.append((start, end))


# --------------------------------------------------------------------------- names of many parts

# (sentence, name in the nominative, name as written)
LONG_NAMES = [
    ("Педру Паулу ду Сантуш Мелу прилетел в Лиссабон.", "Педру Паулу ду Сантуш Мелу", None),
    ("Встреча с Педру Паулу ду Сантушем Мелу прошла.", "Педру Паулу ду Сантуш Мелу", None),
    ("Суд обязал Майкла Дэвида Оллфорда выплатить штраф.", "Майкл Дэвид Оллфорд", None),
    ("Жуан Карлус Силва прибыл в Бразилиа.", "Жуан Карлус Силва", None),
    ("Вольфганг фон Эккерсберг заявил об этом.", "Вольфганг фон Эккерсберг", None),
    ("Письмо подписал Абдулла бин Саид аль-Харби.", "Абдулла бин Саид аль-Харби", None),
    ("Мехмет Али Озтюрк не приехал.", "Мехмет Али Озтюрк", None),
    ("Королева Виктория II открыла парламент.", "Виктория II", None),
]


@pytest.mark.parametrize(("text", "name", "_written"), LONG_NAMES)
def test_names_of_three_and_more_parts_are_kept_whole(text: str, name: str, _written: None) -> None:
    (person,) = extract_people(text)
    assert person.name == name
    _check_offsets(text, person)


def test_long_name_and_its_short_form_are_one_person() -> None:
    text = "Реджеп Тайфур Озкан выступил в парламенте. Позже Реджеп Озкан уехал. Озкан не ответил."
    (person,) = extract_people(text)
    assert person.name == "Реджеп Тайфур Озкан"


# --------------------------------------------------------------------------- one word alone


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Как заявил Мукашев, соглашение готово.", "Мукашев"),
        ("Об этом сообщил Сарсенбаев журналистам.", "Сарсенбаев"),
        ("Позицию Сарсенбаевой поддержали в парламенте.", "Сарсенбаева"),
        ("Решение Громова вызвало споры.", "Громов"),
        ("Нурлан сказал, что всё готово.", "Нурлан"),
        ("Решение поддержала Гульнара.", "Гульнара"),
    ],
)
def test_surname_or_first_name_alone_is_a_person(text: str, name: str) -> None:
    (person,) = extract_people(text)
    assert person.name == name
    _check_offsets(text, person)


def test_surname_and_first_name_alone_join_the_full_name() -> None:
    text = (
        "Ерлан Байжанов, министр энергетики Казахстана, прибыл в Минск. "
        "Как заявил Байжанов, работа идет. Ерлан добавил, что всё готово. Позиция Байжанова ясна."
    )
    (person,) = extract_people(text)
    assert person.name == "Ерлан Байжанов"
    assert person.role == "министр энергетики"


@pytest.mark.parametrize(
    "text",
    [
        "Власти Соединенных Штатов не ответили.",
        "Совет Министров собрался в полном составе.",
        "Делегация вернулась в Астану.",
        "Заседание прошло в Могилевской области.",
    ],
)
def test_capitalized_common_words_and_places_alone_are_not_people(text: str) -> None:
    assert extract_people(text) == []


# --------------------------------------------------------------------------- foreign names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ли Цзюнь прибыл в Пекин.", "Ли Цзюнь"),
        ("Нгуен Ван Тхань выступил на форуме.", "Нгуен Ван Тхань"),
        ("Сатья Наделла выступил на конференции.", "Сатья Наделла"),
        ("Роль исполнит Жюльет Моруа.", "Жюльет Моруа"),
        ("Суд над Драго Вуячичем завершился.", "Драго Вуячич"),
        ("Камаль аль-Ганзури возглавил правительство.", "Камаль аль-Ганзури"),
    ],
)
def test_foreign_names_without_a_role(text: str, name: str) -> None:
    (person,) = extract_people(text)
    assert person.name == name
    _check_offsets(text, person)


def test_two_word_place_is_not_a_person() -> None:
    assert extract_people("Делегация посетила Коста Рику и Эль Сальвадор.") == []


# --------------------------------------------------------------------------- roles

# (sentence, name, role, a word the role span must contain or None)
ROLE_CASES = [
    ("Чешский тренер Ян Новак покинул клуб.", "Ян Новак", "чешский тренер", None),
    (
        "По словам главы МИД Венгрии Петера Сийярто, переговоры продолжатся.",
        "Петер Сийярто",
        "глава МИД",
        "Венгрии",
    ),
    (
        "Ерлан Байжанов, министр энергетики Казахстана, прибыл в Минск.",
        "Ерлан Байжанов",
        "министр энергетики",
        "Казахстана",
    ),
    ("Позже Игорь Петров был назначен министром обороны.", "Игорь Петров", "министр обороны", None),
    (
        "Анна Попова, назначенная на пост главы Роспотребнадзора, выступила.",
        "Анна Попова",
        "глава Роспотребнадзора",
        None,
    ),
    (
        "Выступил президент Международного олимпийского комитета (МОК) Томас Гох.",
        "Томас Гох",
        "президент Международного олимпийского комитета (МОК)",
        "(МОК)",
    ),
    ("Актриса Анна Смирнова получила премию.", "Анна Смирнова", "актриса", None),
    ("Гендиректор Microsoft Сатья Наделла выступил.", "Сатья Наделла", "гендиректор Microsoft", None),
]


@pytest.mark.parametrize(("text", "name", "role", "span_word"), ROLE_CASES)
def test_roles_before_after_and_by_predicate(text: str, name: str, role: str, span_word: str | None) -> None:
    (person,) = extract_people(text)
    assert person.name == name
    assert person.role == role
    _check_offsets(text, person)
    assert person.role_start is not None and person.role_end is not None
    if span_word is not None:
        assert span_word in text[person.role_start : person.role_end]


def test_role_lexicon_gives_every_lemma_a_kind() -> None:
    from flows.text.people import ROLE_KINDS, ROLE_LEMMAS

    assert set(ROLE_KINDS) >= ROLE_LEMMAS
    assert ROLE_KINDS["президент"] == "head_of_state"
    assert ROLE_KINDS["премьер-министр"] == "head_of_government"
    assert ROLE_KINDS["посол"] == "ambassador"
    assert ROLE_KINDS["замминистра"] == "deputy_minister"
    assert all(kind and kind.islower() for kind in ROLE_KINDS.values())


def test_case_forms_of_a_name_left_as_written_are_one_person() -> None:
    text = "Сун Чон Нам прибыл в аэропорт. Позже Сун Чон Нама видели в городе. Сун Чон Наму стало плохо."
    (person,) = extract_people(text)
    assert person.name == "Сун Чон Нам"


def test_apposition_role_stops_at_the_next_name() -> None:
    # a role phrase right before a name is that name's, not an apposition to the name before it
    text = "Выступил Олег Сидоренко, директор института экономики Андрей Гущин промолчал."
    people = {p.name: p for p in extract_people(text)}
    assert people["Олег Сидоренко"].role is None
    assert people["Андрей Гущин"].role == "директор института экономики"


def test_feminine_role_noun_names_no_man() -> None:
    (person,) = extract_people("На сцену вышла актриса Игорь Смирнов.")
    assert person.name == "Игорь Смирнов"
    assert person.role is None
    (person,) = extract_people("На сцену вышла актриса Анна Смирнова.")
    assert person.role == "актриса"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Министр Карел Шмидтберг заявил об отставке.", "Карел Шмидтберг", "министр"),
        ("Как сообщила представитель ВОЗ Мара Микоян, работа идет.", "Мара Микоян", "представитель ВОЗ"),
        ("В матче сыграл Хуан Себастьян Ортуньо.", "Хуан Себастьян Ортуньо", None),
        ("Роль исполнила Октавия Денвер.", "Октавия Денвер", None),
    ],
)
def test_name_parts_the_dictionary_reads_otherwise(text: str, name: str, role: str | None) -> None:
    (person,) = extract_people(text)
    assert person.name == name
    assert person.role == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Совещание прошло во главе с бывшим председателем партии Сигэру Ямадой.",
            "Сигэру Ямада",
            "бывший председатель партии",
        ),
        ("Он критиковал политику экс-премьера Наото Сэна.", "Наото Сэн", "экс-премьер"),
    ],
)
def test_role_sets_the_case_of_a_name_whose_first_part_does_not_decline(
    text: str, name: str, role: str
) -> None:
    (person,) = extract_people(text)
    assert person.name == name
    assert person.role == role


# --------------------------------------------------------------------------- role kinds

_OLEG = "Олег Быстров"

# One person and the role the text gives them, by the kind of construction.
ONE_PERSON_ROLES = [
    # adjectives used as nouns head a role, but not when they modify the noun after them
    pytest.param(
        "Указ о награждении ведущего программы Сергея Орлова подписан.",
        "Сергей Орлов",
        "ведущий программы",
        id="adjective-as-noun",
    ),
    pytest.param("Об этом сказал военный Павел Громов.", "Павел Громов", "военный", id="adjective-alone"),
    pytest.param(
        "Приказ подписал командир военного округа Иван Петров.",
        "Иван Петров",
        "командир военного округа",
        id="adjective-before-its-noun",
    ),
    # an age between role and name
    pytest.param(
        "Район возглавит глава поселка — 45-летний Олег Быстров.", _OLEG, "глава поселка", id="age-dash"
    ),
    pytest.param("Район возглавит глава поселка 45-летний Олег Быстров.", _OLEG, "глава поселка", id="age"),
    # a copula or a post after the name
    pytest.param(
        "Ранее Олег Быстров был финансовым директором компании.",
        _OLEG,
        "финансовый директор компании",
        id="copula-after",
    ),
    pytest.param(
        "Напомним, что Олег Быстров являлся тренером клуба с 2015 года.",
        _OLEG,
        "тренер клуба",
        id="copula-after-past",
    ),
    pytest.param(
        "Олег Быстров занимает должность директора школы.", _OLEG, "директор школы", id="post-after"
    ),
    pytest.param("Олег Быстров ушел с поста главы компании.", _OLEG, "глава компании", id="post-left"),
    pytest.param(
        "Олег Быстров подал в отставку с поста главы компании.",
        _OLEG,
        "глава компании",
        id="post-left-resigned",
    ),
    pytest.param("Олег Быстров был в Минске на прошлой неделе.", _OLEG, None, id="copula-without-role"),
    pytest.param("Олег Быстров снял его с должности министра.", _OLEG, None, id="post-of-another"),
    # a role in the instrumental before a copula before the name
    pytest.param(
        "Ранее финансовым директором компании был Олег Быстров.",
        _OLEG,
        "финансовый директор компании",
        id="copula-before",
    ),
    pytest.param(
        "Министром обороны станет Олег Быстров.", _OLEG, "министр обороны", id="copula-before-future"
    ),
    pytest.param(
        "Тренером команды стала Анна Громова.", "Анна Громова", "тренер команды", id="copula-before-femn"
    ),
    pytest.param("Вчера в Минске был Олег Быстров.", _OLEG, None, id="copula-before-without-role"),
    # a role before a dash before the name
    pytest.param(
        "Адвокат потерпевшего — Олег Быстров — заявил о нарушениях.", _OLEG, "адвокат потерпевшего", id="dash"
    ),
    pytest.param(
        "Скончался предыдущий глава государства — Олег Быстров.",
        _OLEG,
        "предыдущий глава государства",
        id="dash-adjective",
    ),
    pytest.param(
        "Прошла встреча министров — Олег Быстров заявил о ней.", _OLEG, None, id="dash-without-agreement"
    ),
    # the role noun's case chooses the reading of the name
    pytest.param(
        "Пресс-секретарь группы Александра Громова сказала, что концерт перенесен.",
        "Александра Громова",
        "пресс-секретарь группы",
        id="role-case-sets-name-gender",
    ),
    pytest.param(
        "Теперь тренеру Алену Бертье нужно придумать.",
        "Ален Бертье",
        "тренер",
        id="role-case-sets-first-name",
    ),
    # a role noun and a noun that qualifies it, joined by a hyphen
    pytest.param(
        "Его назвал вруном депутат-единоросс Олег Быстров.", _OLEG, "депутат-единоросс", id="hyphen-qualifier"
    ),
    pytest.param(
        "После победы над строителем-миллионером Олегом Быстровым он ушел.",
        _OLEG,
        "строитель-миллионер",
        id="hyphen-qualifier-oblique",
    ),
    pytest.param("Заявил генерал-лейтенант Олег Быстров.", _OLEG, "генерал-лейтенант", id="hyphen-two-roles"),
    # names in Latin script
    pytest.param(
        "Глава компании Zentra Elon Brandt заявил, что не продаст акции.",
        "Elon Brandt",
        "глава компании Zentra",
        id="latin",
    ),
    pytest.param(
        "Гендиректор Microsoft Satya Venkataram приехал в Индию.",
        "Satya Venkataram",
        "гендиректор Microsoft",
        id="latin-after-latin",
    ),
    pytest.param("В Минск приехала Ursula von Leyen.", "Ursula von Leyen", None, id="latin-particle"),
    # a feminine role: an indeclinable foreign first name the dictionary reads as a man's by guess
    pytest.param("Умерла певица Шерри Блант.", "Шерри Блант", "певица", id="feminine-role-foreign-name"),
    pytest.param(
        "Вчера на сцену вышла певица Дмитрий Маликов.", "Дмитрий Маликов", None, id="feminine-role-man"
    ),
    # an unknown name with a regnal number
    pytest.param("Премию вручит король Норвегии Эрланд V.", "Эрланд V", "король", id="regnal"),
    pytest.param("Престол занял король Нгвесо III в 1986 году.", "Нгвесо III", "король", id="regnal-2"),
]


@pytest.mark.parametrize(("text", "name", "role"), ONE_PERSON_ROLES)
def test_role_of_one_person(text, name, role):
    (p,) = extract_people(text)
    assert (p.name, p.role) == (name, role)
    _check_offsets(text, p)


def test_plural_role_before_a_list_is_the_role_of_every_name():
    text = "Депутаты парламента Ольга Смирнова, Игорь Волков и Пётр Зайцев внесли законопроект."
    people = extract_people(text)
    assert [p.name for p in people] == ["Ольга Смирнова", "Игорь Волков", "Пётр Зайцев"]
    assert [p.role for p in people] == ["депутат парламента"] * 3
    assert {p.role_kind for p in people} == {"legislator"}
    for p in people:
        _check_offsets(text, p)


def test_plural_role_stops_at_the_end_of_the_list():
    text = (
        "Депутаты парламента Ольга Смирнова (Olga Smirnova) и Игорь Волков внесли законопроект, "
        "а Пётр Зайцев голосовал против."
    )
    roles = {p.name: p.role for p in extract_people(text)}
    assert roles == {
        "Ольга Смирнова": "депутат парламента",
        "Игорь Волков": "депутат парламента",
        "Пётр Зайцев": None,
    }


@pytest.mark.parametrize(
    ("text", "name", "role", "kind"),
    [
        ("Об этом рассказал кардиолог Андрей Соколов.", "Андрей Соколов", "кардиолог", "medicine"),
        ("Гол забил нападающий клуба Олег Быстров.", "Олег Быстров", "нападающий клуба", "sports"),
        ("Книгу представила писательница Анна Громова.", "Анна Громова", "писательница", "culture"),
    ],
)
def test_occupations_of_the_lexicon(text, name, role, kind):
    (p,) = extract_people(text)
    assert (p.name, p.role, p.role_kind) == (name, role, kind)


def test_role_in_the_instrumental_before_a_dash_with_the_copula_left_out():
    people = extract_people("Директором стал Павел Громов, а продюсером — Олег Быстров.")
    assert [(p.name, p.role) for p in people] == [("Павел Громов", "директор"), ("Олег Быстров", "продюсер")]


def test_post_given_to_another_is_not_the_subjects():
    people = {
        p.name: p.role for p in extract_people("Олег Быстров выдвинул на пост главы ФБР Павла Громова.")
    }
    assert people == {"Олег Быстров": None, "Павел Громов": "глава ФБР"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Документы подал Соловьев Александр Васильевич, 1963 года рождения.", "Александр Соловьев"),
        ("Приказ подписан Кравченко Ольгой Петровной вчера.", "Ольга Кравченко"),
        ("Встреча с Иваном Петровичем прошла.", "Иван Петрович"),  # first name and patronymic alone
    ],
)
def test_surname_first_then_first_name_and_patronymic(text, name):
    (p,) = extract_people(text)
    assert p.name == name
    assert p.name_as_written == text[p.char_start : p.char_end]


@pytest.mark.parametrize(
    "text",
    [
        "На Съезд XX века прибыли делегаты.",  # a common word with a Roman numeral
        "Олимпиада XXII прошла в Сочи.",
        "На фестиваль приехала группа «Алиса» из Петербурга.",  # names of things in quotes
        "Роман «Анна Каренина» снова экранизировали.",
        "Стрельба произошла в городе Элизабет, штат Вирджиния.",  # places
        "Шоу Larry Dunn Live закрыто.",  # a show: another Latin word follows
        "Банк Goldman Sachs и Morgan Stanley отчитались.",  # no first name
    ],
)
def test_no_one(text):
    assert extract_people(text) == []


def test_latin_alias_in_brackets_is_no_new_person():
    people = extract_people("Генеральный менеджер Тодд Мэлори (Todd Mallory) уехал.")
    assert [p.name for p in people] == ["Тодд Мэлори"]


def test_street_and_role_complements_keep_their_people():
    text = "Мэр города Сергей Станкевич открыл сквер на улице Михаила Вербицкого."
    names = [p.name for p in extract_people(text)]
    assert names == ["Сергей Станкевич", "Михаил Вербицкий"]
