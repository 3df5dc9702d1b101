"""Roles of people: the role phrase before a name, after it, across sentences, occupations, and the
one role reported per person (flows/text/people/roles.py, data/roles.csv)."""

from __future__ import annotations

import pytest

from flows.text.analyze import analyze_body
from flows.text.people import extract_people
from flows.text.people.lexicon import role_kind


def _roles(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.role_kind) for p in extract_people(text)}


# --- before the name: heads, adjectives and complements -------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "kind"),
    [
        # any word may qualify a role noun through a hyphen
        (
            "Премию получил интернет-предприниматель Олег Воронов.",
            "Олег Воронов",
            "интернет-предприниматель",
            "business",
        ),
        ("На сцену вышел хип-хоп-исполнитель Иван Лапин.", "Иван Лапин", "хип-хоп-исполнитель", "culture"),
        # an adjective after the head that agrees with it
        ("Папа римский Франциск провел мессу.", "Франциск", "папа римский", "religious"),
        # an instrumental object of a participial head, then genitives
        (
            "Пост займет командующий войсками Южного военного округа Иван Сомов.",
            "Иван Сомов",
            "командующий войсками Южного военного округа",
            "military",
        ),
        (
            "Слово взял заведующий литературно-драматургической частью театра Олег Рябов.",
            "Олег Рябов",
            "заведующий литературно-драматургической частью театра",
            "head_of_organisation",
        ),
        # the first part of a compound adjective inside the complement
        (
            "Отчет. Президент Торгово-промышленной палаты Олег Соколов объявил об отставке.",
            "Олег Соколов",
            "президент Торгово-промышленной палаты",
            "head_of_organisation",
        ),
        # a possessive inside the complement
        (
            "Ушли председатель ведомства Борис Ефремов и главы его аппарата Игоря Носова.",
            "Игорь Носов",
            "глава его аппарата",
            "head_of_organisation",
        ),
        # "один из" and a plural role noun in the genitive
        (
            "Погиб один из командиров ополчения Олег Смирнов, сообщили источники.",
            "Олег Смирнов",
            "командир ополчения",
            "military",
        ),
        # a post held for the time being
        (
            "В марте и.о. президента Молдавии Кирилл Ставенко подписал закон.",
            "Кирилл Ставенко",
            "и.о. президента",
            "head_of_state",
        ),
        (
            "Он встретился с врио губернатора области Иваном Пановым.",
            "Иван Панов",
            "врио губернатора области",
            "regional_head",
        ),
        (
            "Исполняющий обязанности торгового представителя Канады Люсьен Бержерак заявил о планах.",
            "Люсьен Бержерак",
            "Исполняющий обязанности торгового представителя",
            "representative",
        ),
        # one-word "зам"-forms
        (
            "Заявил бывший зампрокурора области Станислав Буров.",
            "Станислав Буров",
            "бывший заместитель прокурора области",
            "deputy_head",
        ),
        # "экс-" keeps the kind of the phrase it prefixes
        ("Выступил экс-глава МИД Олег Сидоров.", "Олег Сидоров", "экс-глава МИД", "minister"),
    ],
)
def test_role_before_the_name(text: str, name: str, role: str, kind: str) -> None:
    assert _roles(text)[name] == (role, kind)


def test_role_before_a_copula_after_it_and_a_qualifying_noun() -> None:
    assert _roles("Новым руководителем агентства назначен Олег Лавров.")["Олег Лавров"] == (
        "новый руководитель агентства",
        "head_of_organisation",
    )
    # a nationality or party noun between the role and the name
    assert _roles("Ее тренером стал американец Олег Кравец.")["Олег Кравец"][0] == "тренер"
    assert _roles("Он сразится с членом палаты представителей демократом Анной Лебедевой.")["Анна Лебедева"][
        0
    ] == ("член палаты представителей")


def test_role_set_off_by_a_comma_or_a_colon_before_the_name() -> None:
    assert (
        _roles("Другой пресс-секретарь, Иван Гусев, сообщил о потерях.")["Иван Гусев"][0] == "пресс-секретарь"
    )
    people = _roles("В команду вошли гандболистки клуба «Динамо»: Анна Белова, Мария Гришина.")
    assert people["Анна Белова"][0] == people["Мария Гришина"][0] == "гандболистка клуба «Динамо»"
    # a colon at the end of a line opens no list for the name on the next one
    people = _roles(
        "Дело вели судьи под председательством главы суда Олега Кима:\nПетр Сидоров признан виновным."
    )
    assert people["Петр Сидоров"] == (None, None)


def test_a_numbers_word_is_no_part_of_a_role() -> None:
    people = _roles("Команду возглавил 45-летний специалист Олег Громов.")
    assert people["Олег Громов"][0] == "специалист"


def test_a_phrase_about_something_else_ends_a_role() -> None:
    for text in (
        "Олег Сидоров был уволен с позиции вице-президента компании на фоне борьбы за место преемника Ивана Петрова.",
        "Олег Сидоров был уволен с позиции вице-президента компании в ходе борьбы за место преемника Ивана Петрова.",
    ):
        assert _roles(text)["Иван Петров"] == (None, None)


# --- after the name ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Игру пропустит Иван Ершов (29-летний защитник клуба).", "Иван Ершов", "защитник клуба"),
        ("Список: Олег Сидоров (Oleg Sidorov), 34 года, врач из Казани.", "Олег Сидоров", "врач из Казани"),
        ("Иван Кошкин признан лучшим режиссером года.", "Иван Кошкин", "лучший режиссер года"),
        ("Анна Кошкина признана лучшей актрисой года.", "Анна Кошкина", "лучшая актриса года"),
        ("Парламент утвердил Ивана Рябова главой Госсовета страны.", "Иван Рябов", "глава Госсовета страны"),
        (
            "Выступил Петр Зайцев, который занимал пост главы комиссии при президенте.",
            "Петр Зайцев",
            "глава комиссии при президенте",
        ),
        (
            "Иван Котов — в то время занимавший пост президента компании — ушел.",
            "Иван Котов",
            "президент компании",
        ),
        (
            "Вчера Анна Пирогова (Anna Pirogova), которая станет министром культуры, выступила.",
            "Анна Пирогова",
            "министр культуры",
        ),
        # a role in brackets is in the nominative whatever the case of the name
        ("Клуб подписал Олега Серова (29-летний защитник играл в Самаре).", "Олег Серов", "защитник"),
        # a post left, with no word between the name and "с поста"
        (
            "Петиция о снятии Олега Серова с поста главы партии появилась в сети.",
            "Олег Серов",
            "глава партии",
        ),
        # a post taken over, and one the name is congratulated on
        (
            "Вчера Марина Зуева сменила на посту директора музея Павла Рогова.",
            "Марина Зуева",
            "директор музея",
        ),
        (
            "Глава МИД поздравил Игоря Серова с избранием на пост председателя парламента.",
            "Игорь Серов",
            "председатель парламента",
        ),
        # a participle of becoming after a comma
        ("Ранее Олег Серов, ставший сенатором в 2013 году, выступил.", "Олег Серов", "сенатор"),
        # a verb with no subject after a name in the accusative
        ("Олега Серова назначили тренером клуба «Сокол».", "Олег Серов", "тренер клуба «Сокол»"),
        ("В июне Анну Котову избрали на пост мэра города.", "Анна Котова", "мэр города"),
        # a post taken over after a comma, adverbs of time, a post a name is moved to
        (
            "Парламент выразил доверие Ивану Лапину, сменившему на посту премьер-министра Олега Серова.",
            "Иван Лапин",
            "премьер-министр",
        ),
        ("Иван Лапин долгое время был шерифом округа.", "Иван Лапин", "шериф округа"),
        ("После перевода Ивана Лапина в Москву на должность мэра всё изменилось.", "Иван Лапин", "мэр"),
        ("Президент утвердил Ивана Лапина на пост министра финансов.", "Иван Лапин", "министр финансов"),
    ],
)
def test_role_after_the_name(text: str, name: str, role: str) -> None:
    assert _roles(text)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Вчера Степан Ковригин снял с должности замглавы Минфина Юрия Арсеньева.", "Степан Ковригин"),
        (
            "Губернатор снял, а Степан Ковригин освободил от должности замглавы Минфина Юрия Арсеньева.",
            "Степан Ковригин",
        ),
    ],
)
def test_a_post_another_is_removed_from_is_not_the_subjects(text: str, name: str) -> None:
    people = _roles(text)
    assert people[name] == (None, None)


# --- across sentences --------------------------------------------------------------------------------


def test_a_role_opening_a_sentence_refers_to_the_one_person_named_just_before() -> None:
    text = "Вчера в Минск прибыл Иван Петров. Бывший президент Молдавии встретился со студентами."
    # the country ending the role stays in its span, not in its text
    assert _roles(text)["Иван Петров"] == ("бывший президент", "head_of_state")


def test_a_role_opening_a_sentence_is_no_ones_when_two_people_fit() -> None:
    text = "Вчера в Минск прибыли Иван Петров и Олег Сидоров. Бывший президент Молдавии встретился со студентами."
    people = _roles(text)
    assert people["Иван Петров"] == people["Олег Сидоров"] == (None, None)


def test_a_role_of_the_kind_often_left_unnamed_refers_to_no_one() -> None:
    text = "Суд отпустил Ивана Петрова. Прокурор заявил, что обжалует решение."
    assert _roles(text)["Иван Петров"] == (None, None)


def test_a_feminine_role_opening_a_sentence_names_no_man() -> None:
    text = "Вчера в Минск прибыл Иван Петров. Бывшая королева Нидерландов встретилась со студентами."
    assert _roles(text)["Иван Петров"] == (None, None)


# --- occupations and kinds ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "kind"),
    [
        ("Погиб рядовой Иван Комаров.", "Иван Комаров", "рядовой", "military"),
        ("В поле работал механизатор Петр Лосев.", "Петр Лосев", "механизатор", "employee"),
        ("Ответила чиновница Анна Белова.", "Анна Белова", "чиновница", "official"),
        ("Выступил эрцгерцог Карл Вагнер.", "Карл Вагнер", "эрцгерцог", "royalty"),
        ("Ролик снял видеоблогер Илья Носов.", "Илья Носов", "видеоблогер", "media"),
        ("Показаны вазы керамиста Арсения Любчика.", "Арсений Любчик", "керамист", "culture"),
    ],
)
def test_occupations_are_roles(text: str, name: str, role: str, kind: str) -> None:
    assert _roles(text)[name] == (role, kind)


def test_president_of_an_organisation_is_its_head() -> None:
    assert role_kind("президент", "компании") == "head_of_organisation"
    assert role_kind("вице-президент", "банка") == "deputy_head"
    assert role_kind("президент", "Франции") == "head_of_state"
    assert role_kind("президент", "страны") == "head_of_state"
    assert role_kind("президент") == "head_of_state"
    assert role_kind("экс-глава", "МИД России") == "minister"


# --- one role per person ------------------------------------------------------------------------------


def test_a_post_is_reported_before_a_generic_role() -> None:
    text = "Премьер-министр Португалии Жозе Арруда подал в отставку. Арруда, член правящей левой партии, объяснил это."
    assert _roles(text)["Жозе Арруда"] == ("премьер-министр", "head_of_government")


def test_an_occupation_is_reported_before_a_title() -> None:
    text = "Шахматист Олег Рыбин сыграет в Москве. Рыбин, двукратный чемпион мира по быстрым шахматам, уверен в победе."
    assert _roles(text)["Олег Рыбин"][0] == "шахматист"


def test_a_plural_role_before_kak_is_the_role_of_the_list_after_it() -> None:
    people = _roles("Она снималась у таких режиссеров, как Гарольд Уинслоу и Тимоти Брэкен.")
    assert people["Гарольд Уинслоу"][0] == people["Тимоти Брэкен"][0] == "режиссер"


def test_a_post_coordinated_before_a_holding_is_reported() -> None:
    text = "В заседании участвовали председатель партии, миллиардер Тенгиз Абашидзе и другие."
    assert _roles(text)["Тенгиз Абашидзе"][0] == "председатель партии"
    # a role holding a name before the comma is that name's
    text = "Выступили министр обороны Иван Петров, миллиардер Олег Сидоров и другие."
    people = _roles(text)
    assert people["Олег Сидоров"][0] == "миллиардер"
    assert people["Иван Петров"][0] == "министр обороны"


def test_a_name_in_apposition_to_a_person_noun_before_a_genitive_role_has_not_that_role() -> None:
    assert _roles("Среди гостей — дочь действующего президента Анна Петрова и ее муж.")["Анна Петрова"] == (
        None,
        None,
    )
    # the name in the genitive is the role's
    assert _roles("Это сын императора Николая I.")["Николай I"][0] == "император"


def test_a_case_the_phrase_is_about_is_no_part_of_a_role() -> None:
    people = _roles("Арестован полковник полиции по делу журналиста Павла Трошина.")
    assert people["Павел Трошин"][0] == "журналист"


def test_a_list_after_a_plural_role_before_an_apposition() -> None:
    text = "Выступили актёры Денис Крайнов и Вера Шестакова, известный боксёр и актёр Роман Лыков."
    people = _roles(text)
    assert people["Вера Шестакова"][0] == "актер"


def test_short_and_phrase_kinds() -> None:
    text = "Участвовали первый зам председателя правительства области Ольга Хасанова и другие."
    assert _roles(text)["Ольга Хасанова"] == (
        "первый зам председателя правительства области",
        "deputy_head_of_government",
    )
    assert role_kind("борец", "за права человека") == "activist"
    text = "Выступил ирландский писатель Шон Дойлан. Дойлан, давний борец за права мигрантов, сказал об этом."
    assert _roles(text)["Шон Дойлан"][0] == "ирландский писатель"


def test_apposition_after_then_and_before_a_name_it_governs() -> None:
    text = "Указ вышел по предложению Виктора Гаранина, тогда президента Белоруссии, и других."
    assert _roles(text)["Виктор Гаранин"][0] == "президент"
    # a name in the genitive after the role is its complement's, not the role's
    text = "Сообщила Инга Веерман, представитель фонда Марии Кюнстлер."
    assert _roles(text)["Инга Веерман"][0] == "представитель фонда"


@pytest.mark.parametrize(
    ("text", "surname", "role"),
    [
        ("Пресс-конференцию провела доктор Джули Хэмптон.", "Хэмптон", "доктор"),
        ("В ходе визита выступил имам Ндабе Абукари.", "Абукари", "имам"),
        ("Об этом заявил новый премьер-министр Дании Хелле Сорнинг.", "Сорнинг", "новый премьер-министр"),
    ],
)
def test_a_foreign_name_no_dictionary_knows_takes_the_case_of_its_role(
    text: str, surname: str, role: str
) -> None:
    # the name's case read off its endings disagrees with the role's; a name of words no
    # dictionary knows may not decline
    (person,) = extract_people(text)
    assert person.name.endswith(surname)
    assert person.role == role


def test_appointed_and_ordinal_predicates() -> None:
    text = "Действующий и назначенный премьер-министром Иван Сидоров не смог сформировать коалицию."
    assert _roles(text)["Иван Сидоров"] == ("премьер-министр", "head_of_government")
    assert (
        _roles("Его сын Олег Петров стал 43-м президентом компании.")["Олег Петров"][0]
        == "президент компании"
    )


def test_a_feminine_role_opening_a_sentence_refers_to_the_one_woman_named_just_before() -> None:
    text = "Вчера в Минск прибыли Иван Петров и Анна Белова. Чиновница рассказала о реформе."
    people = _roles(text)
    assert people["Анна Белова"] == ("чиновница", "official")
    assert people["Иван Петров"] == (None, None)
    # a feminine occupation left unnamed as often as not refers to no man
    assert _roles("Вчера в Минск прибыл Иван Петров. Чиновница рассказала о реформе.")["Иван Петров"] == (
        None,
        None,
    )


# --- predicates and appositions after the name ------------------------------------------------


def test_a_verb_with_a_subject_gives_no_role_to_the_name_before_it() -> None:
    # "Петров" is the subject: the role goes to no one named before the verb
    roles = _roles("Вчера Павел Петров назначил Ивана Серова министром.")
    assert roles["Павел Петров"][0] is None


def test_a_post_after_the_name_beats_a_generic_role_before_it() -> None:
    roles = _roles(
        "Авторы законопроекта — Олег Морозов, председатель комиссии Государственной думы по регламенту; "
        "Анна Кузнецова, член комиссии."
    )
    assert roles["Олег Морозов"][0] == "председатель комиссии Государственной думы по регламенту"
    assert roles["Анна Кузнецова"][0] == "член комиссии"


def test_a_post_right_before_a_generic_role_is_reported() -> None:
    roles = _roles("Бывший губернатор штата Огайо член Демократической партии Олег Серов заявил о планах.")
    assert roles["Олег Серов"] == ("бывший губернатор штата Огайо", "regional_head")


# --- a plural role and the list of names it is the role of -----------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a plural role in the instrumental before a plural copula
        ("Операторами картины выступили Иван Петров и Сергей Белов.", "оператор картины"),
        ("Операторами картины стали Иван Петров и Сергей Белов.", "оператор картины"),
        # a list opened by "среди них" in the next sentence
        ("Въезд запрещен российским артистам. Среди них Иван Петров и Сергей Белов.", "артист"),
        # "как" without a comma
        ("На творчество повлияли группы и музыканты как Иван Петров и Сергей Белов.", "музыкант"),
        # names followed by where they come from
        ("Выступили депутаты Иван Петров из Томска и Сергей Белов из Омска.", "депутат"),
        # two plural role nouns, then "среди которых —"
        ("Приехали поэты и критики, среди которых — Иван Петров из Тулы и Сергей Белов.", "критик"),
    ],
)
def test_a_plural_role_is_the_role_of_every_name_of_its_list(text: str, role: str) -> None:
    roles = _roles(text)
    assert roles["Иван Петров"][0] == role
    assert roles["Сергей Белов"][0] == role


def test_a_word_read_as_no_name_inside_a_list_does_not_end_it() -> None:
    roles = _roles("Спели актрисы Анна Котова, Мадонна, Инна Белова и Ольга Смирнова.")
    assert roles["Ольга Смирнова"][0] == "актриса"


def test_a_role_noun_in_the_genitive_after_and_stays_in_the_complement() -> None:
    roles = _roles("Выступил заместитель министра финансов и министра экономики Иван Лапин.")
    assert roles["Иван Лапин"][0] == "заместитель министра финансов и министра экономики"


# --- long complements before the name -----------------------------------------------------------


def test_a_comma_between_words_of_other_cases_still_ends_the_role() -> None:
    assert (
        _roles("Он встретился с главой компании, сотрудниками и гостями Иваном Петровым.")["Иван Петров"][0]
        is None
    )


def test_a_copula_before_an_age_before_the_name() -> None:
    assert _roles("Тренером клуба стал 45-летний Иван Петров.")["Иван Петров"][0] == "тренер клуба"
    # a dash before the age is no copula: the role before it is in the nominative
    assert _roles("Глава района — 45-летний Иван Петров.")["Иван Петров"][0] == "глава района"


def test_a_post_before_a_copula_beats_a_generic_role_after_it() -> None:
    roles = _roles("Главным тренером команды был назначен 38-летний специалист Олег Рябов.")
    assert roles["Олег Рябов"][0] == "главный тренер команды"


def test_a_name_inside_quotes_takes_no_role_from_before_the_quotes() -> None:
    roles = _roles("Иван Бобров стал режиссером сериала «Вперед!» и фильма «Внук Петра Лапина».")
    assert roles.get("Петр Лапин", (None, None))[0] is None


def test_a_post_before_a_generic_role_with_a_place_no_dictionary_knows() -> None:
    roles = _roles("Бывший губернатор штата Вайоминг член Республиканской партии Олег Серов заявил о планах.")
    assert roles["Олег Серов"][0] == "бывший губернатор штата Вайоминг"


def test_a_representative_of_a_party_is_a_member() -> None:
    assert role_kind("представитель", "Демократической партии") == "member"
    assert role_kind("представитель", "МИД") == "representative"
    roles = _roles("Об уходе заявил первый вице-спикер, представитель Аграрной партии Иван Лапин.")
    assert roles["Иван Лапин"] == ("первый вице-спикер", "legislator")
    roles = _roles("Представитель Зеленой партии Иван Лапин, занимавший пост премьера с 2008 года, ушел.")
    assert roles["Иван Лапин"][0] == "премьер"


def test_a_post_held_within_an_organisation() -> None:
    roles = _roles("Иван Лапин занимал в партии должность главы отдела по делам молодежи.")
    assert roles["Иван Лапин"][0] == "глава отдела по делам молодежи"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Адвокат Виталия Брускова Пётр Ланин обжаловал приговор.",
            "Пётр Ланин",
            "адвокат Виталия Брускова",
        ),
        (
            "Приговор обжаловал адвокат Виталия Брускова Пётр Ланин.",
            "Пётр Ланин",
            "адвокат Виталия Брускова",
        ),
        (
            "Тренер Ольги Марченко Игорь Седых дал интервью.",
            "Игорь Седых",
            "тренер Ольги Марченко",
        ),
    ],
)
def test_a_bare_role_noun_before_two_names_is_the_second_ones(text: str, name: str, role: str) -> None:
    roles = _roles(text)
    assert roles[name][0] == role
    assert all(r is None for n, (r, _) in roles.items() if n != name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Вилла принадлежала пресс-секретарю экс-президента Чили Рикардо Ортиса Хуану Месе.",
            "Рикардо Ортис",
        ),
        (
            "Дом принадлежал пресс-секретарю экс-президента Франции Жака Мореля Полю Дюрану.",
            "Жак Морель",
        ),
    ],
)
def test_a_role_with_a_complement_before_two_names_stays_the_first_ones(text: str, name: str) -> None:
    roles = _roles(text)
    assert roles[name][0] == "экс-президент"  # the country is left out of the text


def test_a_plural_role_reaches_a_list_whose_first_items_are_no_ones_names() -> None:
    roles = _roles("На них повлияли такие группы и музыканты как Pink Floyd, Иван Лапин, Muse и Олег Серов.")
    assert roles["Иван Лапин"][0] == "музыкант"
    assert roles["Олег Серов"][0] == "музыкант"


def test_a_role_after_kak_set_off_by_a_comma() -> None:
    assert (
        _roles("Как поэт-песенник, Иван Лапин подарил публике сотню песен.")["Иван Лапин"][0]
        == "поэт-песенник"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Прежде пост генерального директора завода занимал Иван Лапин.",
        "Пост генерального директора завода займет Иван Лапин.",
    ],
)
def test_a_post_before_a_verb_of_holding_it(text: str) -> None:
    assert _roles(text)["Иван Лапин"][0] == "генеральный директор завода"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Застрелен глава одного из пяти крупнейших кланов Чикаго Иван Лапин.",
            "глава одного из пяти крупнейших кланов Чикаго",
        ),
        (
            "Освобожден один из самых влиятельных боссов «Чёрной Руки», 78-летний Иван Лапин.",
            "босс Чёрной Руки",
        ),
    ],
)
def test_quantities_and_quoted_names_inside_a_complement(text: str, role: str) -> None:
    assert _roles(text)["Иван Лапин"][0] == role


def test_a_name_in_a_title_takes_no_role_from_before_the_quotes() -> None:
    roles = _roles("Он прославился ролью босса мафии в сериале «Клан Ивана Лапина».")
    assert roles.get("Иван Лапин", (None, None))[0] is None


def test_one_of_in_the_instrumental_before_a_dash() -> None:
    roles = _roles("Устав был написан одним из основателей клуба – Генрихом Вальдау – в марте.")
    assert roles["Генрих Вальдау"][0] == "основатель клуба"


def test_a_nickname_or_a_date_ends_a_complement() -> None:
    roles = _roles("Задержан главарь банды Олег Серов по прозвищу Сыч Иван.")
    assert roles["Олег Серов"][0] == "главарь банды"
    assert roles.get("Сыч Иван", (None, None))[0] is None
    assert (
        _roles("Геннадий Кернес стал мэром Харькова в марте 2010 года.")["Геннадий Кернес"][0]
        == "мэр Харькова"
    )


def test_a_name_inside_the_complement_of_the_next_names_role_has_not_that_role() -> None:
    roles = _roles("Как сообщает куратор музея Пушкина в Твери Иван Лапин, всё готово.")
    assert roles["Иван Лапин"][0] == "куратор музея Пушкина в Твери"
    assert roles.get("Пушкин", (None, None))[0] is None


def test_a_post_a_subject_puts_someone_up_for_is_not_its_own() -> None:
    roles = _roles("Иван Лапин выдвинул на пост главы ФБР Олега Серова.")
    assert roles["Иван Лапин"][0] is None
    assert roles["Олег Серов"][0] == "глава ФБР"


def test_an_ordinal_number_inside_a_complement() -> None:
    roles = _roles("Задержаны заместители начальника 75-го отдела полиции Иван Лапин и Олег Серов.")
    assert roles["Иван Лапин"][0] == "заместитель начальника 75-го отдела полиции"
    assert roles["Олег Серов"][0] == "заместитель начальника 75-го отдела полиции"


def test_a_role_after_po_obrazovaniyu_set_off_by_a_comma() -> None:
    assert _roles("По образованию инженер, Иван Лапин занимал разные посты.")["Иван Лапин"][0] == "инженер"


def test_a_word_for_the_persons_party_is_no_part_of_the_complement() -> None:
    roles = _roles("Президент выдвинул на пост главы ФБР республиканца Олега Серова.")
    assert roles["Олег Серов"][0] == "глава ФБР"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an enumeration or a number inside the complement
        (
            "Глава комитета по вопросам культуры, спорта и туризма Ирина Петрова выступила против.",
            "Ирина Петрова",
            "глава комитета по вопросам культуры, спорта и туризма",
        ),
        (
            "Председатель комиссии по делам науки, образования, культуры и спорта Иван Лапин выступил.",
            "Иван Лапин",
            "председатель комиссии по делам науки, образования, культуры и спорта",
        ),
        (
            "Пресс-секретарь Федерального агентства по делам молодежи, туризма и спорта (Росмолодежи) "
            "Денис Орлов сообщил об этом.",
            "Денис Орлов",
            "пресс-секретарь Федерального агентства по делам молодежи, туризма и спорта (Росмолодежи)",
        ),
        (
            "Заведующий отделением хирургии городской больницы № 5 Павел Сидоров рассказал о пациенте.",
            "Павел Сидоров",
            "заведующий отделением хирургии городской больницы № 5",
        ),
        (
            "Секретарь директора школы № 3 Казани Анна Волкова дала показания.",
            "Анна Волкова",
            "секретарь директора школы № 3 Казани",
        ),
        # occupations
        ("В заявлении упомянут стрелок из Орегона Олег Пэддок.", "Олег Пэддок", "стрелок из Орегона"),
        ("Погиб охотник на змей Иван Лапин.", "Иван Лапин", "охотник на змей"),
        (
            "Анна Котова (Anna Kotova), которая станет смотрителем заповедника, выступила.",
            "Анна Котова",
            "смотритель заповедника",
        ),
        # a quoted name with digits or punctuation, Latin words joined by &
        (
            "Ранее генеральный директор центра спорта «Дзюдо-85» Олег Лапин подтвердил информацию.",
            "Олег Лапин",
            "генеральный директор центра спорта «Дзюдо-85»",
        ),
        (
            "Сопредседатель группы «Зеленый мир!» Иван Бобров отметил, что всё плохо.",
            "Иван Бобров",
            "сопредседатель группы «Зеленый мир!»",
        ),
        (
            "Отставку принял руководитель подразделения Microsoft Mobile & Devices Иван Бобров.",
            "Иван Бобров",
            "руководитель подразделения Microsoft Mobile & Devices",
        ),
        # a copula before a word for the person's party or nation and its adjectives
        (
            "И.о. руководителя был назначен нижегородский единоросс Игорь Донато.",
            "Игорь Донато",
            "И.о. руководителя",
        ),
        ("Новым президентом клуба становится националист Иван Лапин.", "Иван Лапин", "новый президент клуба"),
    ],
)
def test_long_complements_occupations_and_copulas(text: str, name: str, role: str) -> None:
    assert _roles(text)[name][0] == role


# --- a role inside a later sentence refers to the one person named before ----------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the genitive of whose something is
        (
            "Выставку открыли в Казани. Там показали работы Ильи Громова. Работы скульптора стоят в музеях.",
            "Илья Громов",
            "скульптор",
        ),
        # the subject, not where the sentence opens
        (
            "Вчера Ольга Синицына упала на сцене. По словам врачей, певица уже пришла в себя.",
            "Ольга Синицына",
            "певица",
        ),
        (
            "Тимур Ахмедов разбился на трассе. Как сообщили в клинике, гонщик в больнице.",
            "Тимур Ахмедов",
            "гонщик",
        ),
        # an adjective before the head, not the age of "47-летний"
        (
            "Книгу издал Пётр Лосев. Через год 47-летний русский писатель уехал в Ригу.",
            "Пётр Лосев",
            "русский писатель",
        ),
    ],
)
def test_a_role_inside_a_later_sentence_refers_to_the_person_named(text: str, name: str, role: str) -> None:
    assert _roles(text)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # after a preposition: someone else
        ("Ирина Белова прилетела в Москву. Вечером она встретилась со скульптором.", "Ирина Белова"),
        # two people named before: no telling whose
        ("Илья Громов и Антон Пестов пришли. Работы скульптора стоят в музеях.", "Илья Громов"),
        # a feminine role noun names no man
        ("Тимур Ахмедов выступил. Как сообщили в клинике, певица в сознании.", "Тимур Ахмедов"),
        # an office: as often another, unnamed official
        ("Тимур Ахмедов прилетел в Вашингтон. Визит президента США отложен.", "Тимур Ахмедов"),
    ],
)
def test_a_role_inside_a_later_sentence_that_cannot_be_told_is_left_out(text: str, name: str) -> None:
    assert _roles(text)[name][0] is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Игорь Пантелеев родился в Твери. Он был избран мэром города в 2010 году.",
            "Игорь Пантелеев",
            "мэр города",
        ),
        (
            "Лидия Зорина приехала в Омск. Сейчас она работает директором школы.",
            "Лидия Зорина",
            "директор школы",
        ),
        # the pronoun names a woman: the one woman of two people
        (
            "Лидия Зорина и Игорь Пантелеев приехали в Омск. Позже она была назначена послом в Чили.",
            "Лидия Зорина",
            "посол в Чили",
        ),
    ],
)
def test_a_predicate_of_a_pronoun_gives_the_one_person_of_its_gender_a_role(
    text: str, name: str, role: str
) -> None:
    assert _roles(text)[name][0] == role


def test_a_predicate_of_a_pronoun_that_may_be_either_man_gives_no_role() -> None:
    roles = _roles("Игорь Пантелеев и Олег Жаринов приехали в Омск. Он был избран мэром.")
    assert roles["Игорь Пантелеев"][0] is None and roles["Олег Жаринов"][0] is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Российский программист задержан в Праге\nПо данным полиции, 31-летний Игорь Пантелеев находился там с женой.",
            "Игорь Пантелеев",
            "российский программист",
        ),
        (
            "Корону конкурса получила 19-летняя студентка из Томска\nЕю стала Лидия Зорина, сообщили организаторы.",
            "Лидия Зорина",
            "студентка",  # a prepositional phrase inside a sentence is left out: it may be the predicate's
        ),
    ],
)
def test_a_headline_role_is_the_role_of_the_one_person_named_after_it(
    text: str, name: str, role: str
) -> None:
    assert _roles(text)[name][0] == role


@pytest.mark.parametrize(
    "text",
    [
        # two people named after the headline
        "Российский программист задержан в Праге\nИгорь Пантелеев и Олег Жаринов находились там.",
        # a feminine role noun names no man
        "Российская программистка задержана в Праге\nИгорь Пантелеев находился там.",
        # not a headline: the first line is long
        "Российский программист задержан в Праге"
        + " по запросу властей" * 12
        + "\nИгорь Пантелеев находился там.",
    ],
)
def test_a_headline_role_that_cannot_be_told_is_left_out(text: str) -> None:
    assert _roles(text)["Игорь Пантелеев"][0] is None


def test_a_hyphenated_first_name_is_no_role() -> None:
    (person,) = extract_people("Пришли гости. Жан-Поль Ардан пошутил.")
    assert person.role is None


@pytest.mark.parametrize(
    "text",
    [
        # a Russian surname declines: a nominative name is not the object's
        "Он встретился с министром Остап Жабин.",
    ],
)
def test_a_role_before_a_name_in_another_case_stays_unread(text: str) -> None:
    assert all(p.role is None for p in extract_people(text))


@pytest.mark.parametrize(
    "text",
    ["Пришёл аятолла Карим Садеги.", "Среди гостей были аятолла Карим Садеги и посол Иван Кречетов."],
)
def test_a_lexicon_word_the_dictionary_reads_under_another_lemma(text: str) -> None:
    assert _roles(text)["Карим Садеги"] == ("аятолла", "religious")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a time between the name and its predicate
        ("Игорь Пантелеев, который в 2010 году был назначен послом, уехал.", "Игорь Пантелеев", "посол"),
        # an emphatic particle after "который"
        ("Кресло заняла Лидия Зорина, которая и является мэром города.", "Лидия Зорина", "мэр города"),
        (
            "Пост получил Глеб Сорокин, который же и был министром финансов.",
            "Глеб Сорокин",
            "министр финансов",
        ),
        ("Игорь Пантелеев в июле 2012 года стал министром обороны.", "Игорь Пантелеев", "министр обороны"),
        ("Лидия Зорина с 1998 по 2004 год работала директором школы.", "Лидия Зорина", "директор школы"),
        ("Олег Жаринов в 1990-х годах служил офицером флота.", "Олег Жаринов", "офицер флота"),
        # a superlative between the verb and the role
        ("Глеб Сорокин стал самым известным премьером страны.", "Глеб Сорокин", "премьер страны"),
        ("Лидия Зорина была самой известной журналисткой города.", "Лидия Зорина", "журналистка города"),
        # where and since when between the verb and the role
        ("Глеб Сорокин работал в анимации с 1971 года режиссёром.", "Глеб Сорокин", "режиссер"),
        ("Лидия Зорина служила во флоте сначала медсестрой.", "Лидия Зорина", "медсестра"),
        # a participial clause set off by commas after the name
        (
            "Семён Рябов, родившийся в 1958 году, сейчас занимает должность профессора академии.",
            "Семён Рябов",
            "профессор академии",
        ),
        ("Лидия Зорина, окончившая консерваторию, работала пианисткой.", "Лидия Зорина", "пианистка"),
        ("Глеб Сорокин, вернувшийся из Лиссабона, стал послом в Чили.", "Глеб Сорокин", "посол в Чили"),
        # no predicate naming a role after the clause
        ("Глеб Сорокин, написавший книгу, встретился с послом.", "Глеб Сорокин", None),
    ],
)
def test_words_between_a_name_its_predicate_and_its_role(text: str, name: str, role: str | None) -> None:
    assert _roles(text)[name][0] == role


@pytest.mark.parametrize(
    ("text", "surname", "role"),
    [
        # a hyphenated role noun read as the first word of the name
        ("Пришли гости. Фотограф-анималист Егор Малинин снял их.", "Малинин", "фотограф-анималист"),
        ("Пришли гости. Писательница-сатирик Вера Ковалёва пошутила.", "Ковалёва", "писательница-сатирик"),
        ("Арт-критик Тарас Гуляев с этим не согласен.", "Гуляев", "арт-критик"),
        # a role noun in any case before a name that does not decline
        ("Он был женат на певице Мирабель Хоффман.", "Хоффман", "певица"),
        ("Письмо подписано вице-спикером парламента Габриэль Стоунз.", "Стоунз", "вице-спикер парламента"),
        ("Он позвонил издателю Evening Herald Гарри Уолтерс.", "Уолтерс", "издатель Evening Herald"),
    ],
)
def test_a_role_before_a_name_the_name_grammar_reads_apart(text: str, surname: str, role: str) -> None:
    (person,) = [p for p in extract_people(text) if surname[:-1] in p.name]
    assert person.role == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # "глава" in the dative is read first as a chapter's: a man may still be its holder
        ("Он помог экс-главе МЧС по Удмуртии Тимуру Захарову.", "Тимур Захаров", "экс-глава МЧС по Удмуртии"),
        ("Письмо направили главе района Семёну Лаптеву.", "Семён Лаптев", "глава района"),
        # feminine and compound role nouns of the lexicon
        (
            "Назначена заместительница губернатора Алла Петренко.",
            "Алла Петренко",
            "заместительница губернатора",
        ),
        ("Он поблагодарил ассистентку режиссёра Веру Гусеву.", "Вера Гусева", "ассистентка режиссёра"),
        (
            "Выступил сооснователь фирмы «Облако» Егор Пастухов.",
            "Егор Пастухов",
            "сооснователь фирмы «Облако»",
        ),
        # a name in apposition to a person noun before a genitive role is that noun's, in
        # whatever case the name is read again
        ("Среди гостей была дочь нынешнего губернатора Марину Клэр и её муж.", "Марина Клэр", None),
        # a role in the instrumental after a copula: the name after it is its genitive complement
        ("Ямато Хиросэ получил премию. В 1990-х годах он был ассистентом Хиросэ.", "Ямато Хиросэ", None),
        # the post named before "на этом посту": the one a copula or "в качестве" names, not a
        # role tied to another name
        (
            "Олег Карпов станет новым главой агентства за годы правления президента Ивана Обухова, "
            "сменив на этом посту Чака Хаммера.",
            "Чак Хаммер",
            "новый глава агентства",
        ),
        (
            "Гостья принесла присягу в качестве президента Ботсваны, сменив на этой должности "
            "своего соперника Тимоти Мосу.",
            "Тимоти Мосу",
            "президент",
        ),
        # "этот пост" in the next sentence, the name after or before it
        (
            "Власть в стране принадлежит премьер-министру. Сейчас этот пост занимает Кирилл Мицов.",
            "Кирилл Мицов",
            "премьер-министр",
        ),
        (
            "Мэром Твери избран Роман Гущин. Илья Ершов занимал этот пост два срока.",
            "Илья Ершов",
            "мэр Твери",
        ),
        # the post before a verb of taking it over from the name
        (
            "Он сказал, что на посту директора завода его сменит Игорь Лунин.",
            "Игорь Лунин",
            "директор завода",
        ),
        # a verb of appointment, its object's words, the name, the role in the instrumental
        (
            "Глава республики назначил свою супругу Лейлу первым вице-премьером.",
            "Лейла",
            "первый вице-премьер",
        ),
        (
            "Совет директоров назначил австрийца Марио Гросси новым главой банка.",
            "Марио Гросси",
            "новый глава банка",
        ),
        # a noun of appointment before a name in the genitive
        ("Сенат одобрил назначение Олега Корсака послом в Чили.", "Олег Корсак", "посол в Чили"),
        # no verb of appointment before the words
        ("Вчера горожане встретили австрийца Марио Гросси новым маршем.", "Марио Гросси", None),
        # a post left: "от должности" right after the name, a time word before a predicate
        (
            "Указом освобождён Олег Гранин от должности главы управления по собственному желанию.",
            "Олег Гранин",
            "глава управления",
        ),
        (
            "Его сменит Пётр Хомяков, который вчера был назначен министром транспорта.",
            "Пётр Хомяков",
            "министр транспорта",
        ),
        # a substantive head before a preposition that the dictionary also reads as a surname
        (
            "Вчера уполномоченный по правам человека Игорь Лапин приехал.",
            "Игорь Лапин",
            "уполномоченный по правам человека",
        ),
        (
            "Глеб Сомов ушёл в отставку с должности Уполномоченного по делам молодёжи.",
            "Глеб Сомов",
            "Уполномоченный по делам молодёжи",
        ),
        # no word of the name declines: the role before it in any case
        (
            "Соперник сразится с действующим президентом острова Лай Чинвэй из партии.",
            "Лай Чинвэй",
            "действующий президент острова",
        ),
        (
            "Она выросла в семье сенатора штата Эйлин Роуз Марлоу, окончила колледж.",
            "Эйлин Роуз Марлоу",
            "сенатор штата",
        ),
        # when the post was held, between the role and the name
        (
            "Временный премьер Гвинеи с 1994 по 1996 годы Алассан Диоп тоже подал заявку.",
            "Алассан Диоп",
            "временный премьер",
        ),
        (
            "Солист группы «Ветер» (с 1990 года) Роман Лунёв родился в Омске.",
            "Роман Лунёв",
            "солист группы «Ветер»",
        ),
        # a role joined by "и" to a person noun before the name
        (
            "Был ранен вице-президент страны и давний соперник генерала Луис Мария Агилар.",
            "Луис Мария Агилар",
            "вице-президент страны",
        ),
        # not a kinship noun: the wife is another person
        ("Пришли министр финансов и жена посла Анна Зорина.", "Анна Зорина", None),
        # a plural role after "в числе" before a copula and a list of names
        (
            "В числе выступавших перед гостями певцов были Анна Реброва, Стинг и Олег Гаранин.",
            "Олег Гаранин",
            "певец",
        ),
        ("В числе гостей были Анна Реброва и Олег Гаранин.", "Олег Гаранин", None),
        # a clause set off by commas between a role opening a sentence and the name
        (
            "Председатель комиссии, открывший заседание минутой молчания, Роман Жуков заявил об этом.",
            "Роман Жуков",
            "председатель комиссии",
        ),
        (
            "Редактор отдела «Вечерней газеты», где работала Ада Кислова, Нина Рябова отметила это.",
            "Нина Рябова",
            "редактор отдела «Вечерней газеты»",
        ),
        ("Министр, отвечая на вопрос, Иван Ершов сказал это.", "Иван Ершов", None),
        # an instrumental object of a substantive head may open with a capital
        ("Выступил командующий Северным флотом Олег Лунёв.", "Олег Лунёв", "командующий Северным флотом"),
    ],
)
def test_the_role_read_for_a_name(text: str, name: str, role: str | None) -> None:
    assert _roles(text)[name][0] == role


def test_a_full_name_after_a_prepositional_phrase_ends_the_role_before_it() -> None:
    roles = _roles(
        "Пришли чемпион мира Антон Кузнецов, бывший капитан сборной по регби Глеб Осипов и другие."
    )
    assert roles["Антон Кузнецов"][0] != "бывший капитан сборной по регби Глеб Осипов"
    assert roles["Глеб Осипов"][0] == "бывший капитан сборной по регби"
    # a place named like a first name inside the phrase stays in it
    roles = _roles("Кирилл Лобов, адвокат из Ричмонда (штат Вирджиния), стал судьёй.")
    assert roles["Кирилл Лобов"][0] == "адвокат из Ричмонда (штат Вирджиния)"


def test_a_post_named_again_needs_its_words() -> None:
    roles = _roles("Власть в стране принадлежит премьер-министру. Сейчас на визит прилетел Кирилл Мицов.")
    assert roles["Кирилл Мицов"][0] is None
    # a post of another named person is not the one named again
    roles = _roles("Визит президента Олега Дунаева прошёл спокойно. Этот пост занимает Кирилл Мицов.")
    assert roles["Кирилл Мицов"][0] is None


def test_a_free_role_after_an_age_that_opens_a_sentence() -> None:
    roles = _roles("Вчера Инга Белова сообщила о болезни. 58-летняя певица рассказала об этом в четверг.")
    assert roles["Инга Белова"][0] == "певица"


def test_a_post_before_a_dash_before_a_title_before_the_name() -> None:
    roles = _roles("Концерт дают дирижёр Карл Вайс и скрипач — лауреат премии Grammy Илья Ровнер.")
    assert roles["Илья Ровнер"][0] == "скрипач"


def test_a_laureate_is_a_title_that_still_takes_a_role_by_reference() -> None:
    roles = _roles("Премию получил лауреат конкурса Глеб Маслов.")
    assert roles["Глеб Маслов"] == ("лауреат конкурса", "culture")
    roles = _roles("Премию получил лауреат конкурса Глеб Маслов. Вчера скрипач дал концерт в Омске.")
    assert roles["Глеб Маслов"][0] == "скрипач"


def test_a_role_after_a_person_noun_in_apposition_is_the_first_names() -> None:
    roles = _roles("Вчера скончался Ван Лимин, соратник Чжоу Хэпина, премьер Госсовета в 1990-х годах.")
    assert roles["Ван Лимин"][0] == "премьер Госсовета"
    assert roles.get("Чжоу Хэпин", roles.get("Чжоу Хэпина", (None,)))[0] is None


@pytest.mark.parametrize(
    ("head", "complement", "kind"),
    [
        # the head of a ministry named by its short name is a minister
        ("глава", "Минобороны", "minister"),
        ("глава", "Минфина России", "minister"),
        ("руководитель", "Минэнерго", "minister"),
        ("глава", "МВД", "minister"),
        ("глава", "Минпромторга", "minister"),
        ("заместитель", "главы Минфина", "deputy_minister"),
        ("замглавы", "Минздрава", "deputy_minister"),
        ("заместитель", "главы МИД", "deputy_minister"),
        # words that start like a ministry's and are none
        ("глава", "Миннесоты", "head_of_organisation"),
        ("глава", "Минского горисполкома", "mayor"),  # the city of Minsk's own body
        ("глава", "Росатома", "head_of_organisation"),
        ("заместитель", "главы Росатома", "deputy_head"),
    ],
)
def test_a_ministry_by_its_short_name(head: str, complement: str, kind: str) -> None:
    assert role_kind(head, complement) == kind


def test_a_ministry_head_in_text() -> None:
    people = extract_people(
        "Глава Минобороны Андрей Белоусов прибыл в Минск. Замглавы Минфина Иван Чебесков заявил."
    )
    assert [(p.name, p.role_kind) for p in people] == [
        ("Андрей Белоусов", "minister"),
        ("Иван Чебесков", "deputy_minister"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Олег Рябов назначен и.о. министра финансов края.", "Олег Рябов", "и.о. министра финансов края"),
        ("Олег Рябов назначен И.О. заместителя мэра.", "Олег Рябов", "И.О. заместителя мэра"),
        ("Лидия Зорина стала врио губернатора области.", "Лидия Зорина", "врио губернатора области"),
        (
            "Лидия Зорина была назначена временно исполняющей обязанности министра культуры.",
            "Лидия Зорина",
            "временно исполняющая обязанности министра культуры",
        ),
        ("Олег Рябов стал исполняющим обязанности ректора.", "Олег Рябов", "исполняющий обязанности ректора"),
    ],
)
def test_predicate_of_a_post_held_for_the_time_being(text: str, name: str, role: str) -> None:
    # the words that say so stay in the role, as they do before a name ("и.о. губернатора X")
    assert _roles(text)[name][0] == role


@pytest.mark.parametrize(
    ("head", "complement", "kind"),
    [
        # the head of a region or a city the gazetteer knows, of any country
        ("глава", "Чечни", "regional_head"),
        ("глава", "Республики Татарстан", "regional_head"),
        ("глава", "Ставропольского края", "regional_head"),
        ("руководитель", "Курской области", "regional_head"),
        ("глава", "Карагандинской области", "regional_head"),
        ("глава", "Екатеринбурга", "mayor"),
        ("глава", "Бреста", "mayor"),
        # the head of a country is the head of state; of anything else, of an organisation
        ("глава", "Казахстана", "head_of_state"),
        ("глава", "Франции", "head_of_state"),
        ("глава", "Газпрома", "head_of_organisation"),
        ("глава", "компании", "head_of_organisation"),
    ],
)
def test_the_head_of_a_region_city_or_country(head: str, complement: str, kind: str) -> None:
    assert role_kind(head, complement) == kind


def test_a_regional_head_in_text() -> None:
    people = extract_people(
        "Глава Дагестана Сергей Меликов встретился с главой Ингушетии Махмудом-Али Калиматовым."
    )
    assert [(p.name, p.role_kind) for p in people] == [
        ("Сергей Меликов", "regional_head"),
        ("Махмуд-Али Калиматов", "regional_head"),
    ]


@pytest.mark.parametrize(
    ("head", "complement", "kind"),
    [
        # roundabout names of a government's head and of ministers
        ("председатель", "Кабинета министров Киргизии", "head_of_government"),
        ("глава", "Кабмина", "head_of_government"),
        ("глава", "внешнеполитического ведомства Таджикистана", "minister"),
        ("руководитель", "внешнеполитического ведомства", "minister"),
        ("глава", "оборонного ведомства", "minister"),
        ("глава", "российской дипломатии", "minister"),
        ("глава", "белорусской дипломатии", "minister"),
        # an adjective before another noun keeps the kind it had
        ("глава", "крупной компании", "head_of_organisation"),
    ],
)
def test_roundabout_titles_of_ministers_and_heads_of_government(
    head: str, complement: str, kind: str
) -> None:
    assert role_kind(head, complement) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Szef czeskiej dyplomacji Jan Lipavsky odwiedził Warszawę.", "Jan Lipavsky", "minister"),
        ("Spotkał się z szefem litewskiej dyplomacji Kęstutisem Budrysem.", "Kęstutis Budrys", "minister"),
        (
            "Szef resortu obrony Władysław Kosiniak-Kamysz powiedział to w Sejmie.",
            "Władysław Kosiniak-Kamysz",
            "minister",
        ),
        (
            "Временный поверенный в делах США в России Эндрю Робинсон прибыл в МИД.",
            "Эндрю Робинсон",
            "ambassador",
        ),
        (
            "Поверенный в делах Польши в Беларуси Марцин Войцеховский вызван в МИД.",
            "Марцин Войцеховский",
            "ambassador",
        ),
        ("U.S. Charge d'Affaires Julie Davis said the talks went well.", "Julie Davis", "ambassador"),
        ("Его поверенный Иван Петров отказался от комментариев.", "Иван Петров", "representative"),
    ],
)
def test_ministers_by_their_ministry_and_charges_daffaires(text: str, name: str, kind: str) -> None:
    people = extract_people(text)
    assert [(p.name, p.role_kind) for p in people] == [(name, kind)]


@pytest.mark.parametrize(
    ("text", "name", "role", "kind"),
    [
        (
            "Переговоры с еврокомиссаром по торговле Марошем Шефчовичем прошли в Брюсселе.",
            "Марош Шефчович",
            "еврокомиссар по торговле",
            "official",
        ),
        ("Еврокомиссар Марта Кос заявила о расширении.", "Марта Кос", "еврокомиссар", "official"),
        ("Евродепутат Виола фон Крамон заявила о санкциях.", "Виола фон Крамон", "евродепутат", "legislator"),
    ],
)
def test_the_eus_posts_by_a_word_of_their_own(text: str, name: str, role: str, kind: str) -> None:
    people = extract_people(text)
    assert [(p.name, p.role, p.role_kind) for p in people] == [(name, role, kind)]


def test_the_eus_post_words_are_forms_of_the_bloc() -> None:
    """``еврокомиссар``, ``евродепутат``: forms of the EU in the gazetteer, so a role naming one is
    a bloc's post (int_people gives it no home country)."""
    import csv

    from tests.conftest import PROJECT_ROOT

    with (PROJECT_ROOT / "dbt_project" / "seeds" / "ref_country_forms.csv").open(encoding="utf-8") as f:
        forms = {(r["form"], r["entity_code"]) for r in csv.DictReader(f) if r["entity_type"] == "bloc"}
    assert {("еврокомиссар", "EU"), ("еврокомиссаром", "EU"), ("евродепутат", "EU")} <= forms


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Министр иностранных дел Венгрии Петер Сийярто встретил Педро Санчеса. Председатель правительства"
            " Испании прибыл в Будапешт впервые.",
            "Педро Санчес",
            "председатель правительства",
        ),
        (
            "Переговоры провели Эммануэль Макрон и принц Мухаммед бен Сальман. Президент Франции прибыл в"
            " Эр-Рияд накануне.",
            "Эммануэль Макрон",
            "президент",
        ),
    ],
)
def test_a_free_role_refers_to_the_one_person_named_before_without_a_role(
    text: str, name: str, role: str
) -> None:
    people = {p.name: p.role for _, p in analyze_body(text).people}
    assert people[name] == role


def test_a_free_role_of_a_kind_another_person_holds_refers_to_no_one_else() -> None:
    text = "Президент Узбекистана Шавкат Мирзиёев принял Олафа Шольца. Президент Узбекистана заявил о росте."
    people = {p.name: p.role for _, p in analyze_body(text).people}
    assert people["Олаф Шольц"] is None
