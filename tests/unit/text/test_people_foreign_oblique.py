"""East-Asian names opening a sentence before their verb, and foreign men's names in the oblique
case of the role noun before them."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Си Цзиньпин принял делегацию парламента.", "Си Цзиньпин"),
        ("Ли Цян прибыл в Астану с визитом.", "Ли Цян"),
        ("Ван И провел переговоры в Пекине.", "Ван И"),
        ("Хан Чжэн посетил выставку.", "Хан Чжэн"),
        ("Ли Цян подчеркивает важность сотрудничества.", "Ли Цян"),
    ],
)
def test_east_asian_name_opening_a_sentence_before_its_verb(text, name):
    assert [n for n, _ in _people(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Ван Цзюнь, бывший глава корпорации CITIC, скончался.",
            "Ван Цзюнь",
            "бывший глава корпорации CITIC",
        ),
        ("Ли Цзюнь, нынешний министр торговли, прибыл в Минск.", "Ли Цзюнь", "нынешний министр торговли"),
        ("Ван Сяо, посол Китая, вручил грамоты.", "Ван Сяо", "посол"),  # the country: role_country
    ],
)
def test_east_asian_name_opening_a_sentence_before_a_role_in_apposition(text, name, role):
    assert (name, role) in _people(text)


def test_east_asian_syllable_opening_a_sentence_before_no_role_is_no_name():
    assert _people("Ван Цзюнь, как известно, умер.") == []


@pytest.mark.parametrize(
    "text",
    [
        "В Бенрат прибыл поезд из Кельна.",  # a preposition opens the sentence
        "По Москве прошел сильный дождь.",
        "Имя Аллена стало известно вечером.",  # a neuter verb: no person's
    ],
)
def test_no_name_from_a_preposition_or_a_neuter_verb(text):
    assert all(" " not in n or n.split()[0] not in ("В", "По", "Имя") for n, _ in _people(text))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Токаев принял премьер-министра Пакистана Шахбаза Шарифа.", "Шахбаз Шариф", "премьер-министр"),
        ("Токаев принял посла Турции Эрдала Явуза.", "Эрдал Явуз", "посол"),
        ("Лукашенко принял посла Китая Се Сяоюна.", "Се Сяоюн", "посол"),
        ("Путин поздравил президента Ирана Масуда Пезешкиана.", "Масуд Пезешкиан", "президент"),
    ],
)
def test_foreign_man_in_the_case_of_the_role_before_him(text, name, role):
    people = dict(_people(text))
    assert people.get(name) == role, people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Лавров позвонил Кае Каллас.", "Кая Каллас"),
        ("Встреча с Каей Каллас прошла в Брюсселе.", "Кая Каллас"),
        ("Письмо адресовано Камале Харрис.", "Камала Харрис"),
        ("Вице-президент США Камала Харрис прибыла в Варшаву.", "Камала Харрис"),
        ("Визит Анналены Бербок перенесли.", "Анналена Бербок"),
        ("Переговоры с Анналеной Бербок длились час.", "Анналена Бербок"),
        ("Премьер-министр Израиля Голда Меир прибыла в Вашингтон.", "Голда Меир"),
    ],
)
def test_foreign_woman_whose_surname_does_not_decline(text, name):
    assert name in [n for n, _ in _people(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Визит Бориса Джонсона перенесли.", "Борис Джонсон"),  # his surname declines
        ("Лавров позвонил Дональду Трампу.", "Дональд Трамп"),
        ("Визит Алексея Навального перенесли.", "Алексей Навальный"),  # "-ей" after a consonant
        ("Рене Лафонтен выступил в парламенте.", "Рене Лафонтен"),  # a man's nominative
    ],
)
def test_men_whose_surname_declines_stay_men(text, name):
    assert name in [n for n, _ in _people(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Президент Бразилии Лула да Силва прибыл в Пекин.", "Лула да Силва"),
        ("Лула да Силва заявил о поддержке соглашения.", "Лула да Силва"),
        ("Глава МИД Мали Абдулайе Диопа прибыл в Москву.", "Абдулайе Диопа"),
    ],
)
def test_mans_name_in_a_read_in_the_nominative_its_context_says(text, name):
    assert name in [n for n, _ in _people(text)]


def test_a_known_first_name_in_the_genitive_after_a_role_stays_genitive():
    # the deputy of Sobyanin: a complement, not the role's own name
    assert "Сергей Собянин" in [
        n for n, _ in _people("Новый заместитель Сергея Собянина приступил к работе.")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("В форуме принял участие председатель Сената Олий Мажлиса Танзила Нарбаева.", "Танзила Нарбаева"),
        ("Спикер Жогорку Кенеша Нурланбек Тургунбек провел встречу.", "Нурланбек Тургунбек"),
        ("Встречу провел спикер Милли Меджлиса Сахиба Гафарова.", "Сахиба Гафарова"),
    ],
)
def test_a_bodys_name_between_the_role_and_the_person_is_not_hers(text, name):
    people = _people(text)
    assert name in [n for n, _ in people], people
    assert all(len(n.split()) <= 2 for n, _ in people), people


def test_a_three_part_name_after_a_role_stays_whole():
    assert "Андреа Мария Барбоза" in [n for n, _ in _people("Певица Андреа Мария Барбоза выступила.")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Документ подписали Мишустин М.В. и Бектенов О.А.", ["М.В. Мишустин", "О.А. Бектенов"]),
        ("Президент провел разговор с Жапаровым С.Н.", ["С.Н. Жапаров"]),
        ("Приказ подписала Голикова Т. А., сообщает пресс-служба.", ["Т.А. Голикова"]),
    ],
)
def test_surname_with_initials_after_it(text, names):
    assert [n for n, _ in _people(text) if "." in n] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the last syllable of an East-Asian name in the instrumental, after a preposition or a
        # role noun with its complement
        ("Президент провел переговоры с Мун Чжэ Ином.", "Мун Чжэ Ин"),
        ("Глава МИД встретился с Пак Чон Хоном.", "Пак Чон Хон"),
        ("Министр встретился с послом Республики Корея Ким Сэ Хоном.", "Ким Сэ Хон"),
        ("Переговоры с Ли Цяном прошли в Пекине.", "Ли Цян"),
        ("Делегация встретилась с Нгуен Ван Тхыонгом.", "Нгуен Ван Тхыонг"),
        ("Президент встретился с То Ламом.", "То Лам"),
    ],
)
def test_east_asian_name_in_the_instrumental(text, name):
    assert name in [p.name for p in extract_people(text)], extract_people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name the dictionary reads in no case of the person noun before it: that noun's case
        ("Суд арестовал гражданина Франции Лорана Винатье.", "Лоран Винатье"),
        ("Приговор вынесен гражданину Франции Лорану Винатье.", "Лоран Винатье"),
        ("Суд над гражданином Франции Лораном Винатье начался.", "Лоран Винатье"),
        ("Полиция задержала уроженца Таджикистана Шамсидина Фариддуни.", "Шамсидин Фариддуни"),
        ("Консул навестил гражданина Бельгии Ламбера Дюпона.", "Ламбер Дюпон"),
        ("У жителя КНР Тимура Шадмана изъяли паспорт.", "Тимур Шадман"),
        ("Суд оправдал гражданку Франции Лорану Винатье.", "Лорана Винатье"),
        ("Следователи допросили гражданку Перу Мирану Кальдерон.", "Мирана Кальдерон"),
        # read by the dictionary already, or in the nominative: as before
        ("Суд арестовал гражданина Франции Павла Дюпре.", "Павел Дюпре"),
        ("Россия обменяла гражданина США Пола Уилана.", "Пол Уилан"),
        ("Обвиняемый гражданин Франции Лоран Винатье не признал вину.", "Лоран Винатье"),
    ],
)
def test_name_in_the_case_of_the_person_noun_before_it(text, name):
    assert name in [p.name for p in extract_people(text)], extract_people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the name in the genitive after a noun in the nominative is its possessor or the noun's
        # apposition: which, the text does not say
        ("Подозреваемого опознала жена Лорана Винатье.", "Лорана Винатье"),
        # a locative "-е" may be a man's or a woman's
        ("Говорили о гражданине Франции Лоране Винатье.", "Лоране Винатье"),
    ],
)
def test_name_left_as_written_where_the_case_is_not_told(text, name):
    assert [p.name for p in extract_people(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a first name the dictionary reads only as the genitive of another (акира: of "Акир"),
        # before an undeclined surname, as the subject of the verb after it
        ("Акира Ното сообщил о новых переговорах.", "Акира Ното"),
        ("Вчера Акира Симидзу подписал соглашение.", "Акира Симидзу"),
        ("В Осаке Акира Мацумото заявил о решении.", "Акира Мацумото"),
    ],
)
def test_subject_read_as_written_not_as_a_genitive(text, name):
    assert name in [n for n, _ in _people(text)]


@pytest.mark.parametrize(
    "text",
    [
        # after a noun it may be its complement's genitive: no nominative reading is forced
        "Жена Акира Ното заявила, что он уехал.",
        "Письмо Акира Ното получил вчера.",
    ],
)
def test_no_subject_reading_after_a_noun(text):
    assert "Акира Ното" not in [n for n, _ in _people(text)]
