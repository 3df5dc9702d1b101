"""A body's name in the genitive between a role noun and a name no first-name reading explains,
deputies' titles written with ``вице-``, and names of a first name no dictionary knows before a
surname in -ов/-ев/-ин in every case (flows/text/people: extract.py, names.py, lexicon.py)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people
from flows.text.people.lexicon import role_kind


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.role_kind) for p in extract_people(text)}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Вице-председатель Еврокомиссии Марош Шефчович заявил об этом.",
            "Марош Шефчович",
            "вице-председатель Еврокомиссии",
        ),
        (
            "Представитель Еврокомиссии Марош Шефчович прибыл в Киев.",
            "Марош Шефчович",
            "представитель Еврокомиссии",
        ),
        (
            "Экс-глава Минфина Тлеукабыл Шарипбаев ответил на вопросы.",
            "Тлеукабыл Шарипбаев",
            "экс-глава Минфина",
        ),
        ("Депутат Госдумы Адальби Шхагошев внес законопроект.", "Адальби Шхагошев", "депутат Госдумы"),
        (
            "Генсек Совета Европы Дуня Миятович выступила в Страсбурге.",
            "Дуня Миятович",
            "генсек Совета Европы",
        ),
    ],
)
def test_a_bodys_name_between_a_role_and_a_name_is_the_roles(text: str, name: str, role: str) -> None:
    people = _people(text)
    assert name in people, sorted(people)
    assert people[name][0] == role
    assert not any(w in p for p in people for w in ("Еврокомисси", "Минфин", "Госдум", "Совета")), sorted(
        people
    )


def test_a_syllable_of_an_east_asian_name_after_a_role_stays_in_the_name() -> None:
    people = _people("Клип южнокорейского певца Пака Чэ Сана набрал миллиард просмотров.")
    assert not any(p.startswith("Чэ") for p in people), sorted(people)


@pytest.mark.parametrize(
    ("head", "complement", "kind"),
    [
        ("вице-председатель", "Еврокомиссии", "deputy_head"),
        ("вице-председатель", "КНР", "deputy_head_of_state"),
        ("вице-канцлер", "Германии", "deputy_head_of_government"),
        ("вице-губернатор", "области", "deputy_head"),
        ("вице-мэр", "Москвы", "deputy_head"),
        ("вице-президент", "России", "deputy_head_of_state"),
        ("вице-президент", "банка", "deputy_head"),
        ("вице-консул", "", "diplomat"),  # a kind with no deputy of its own keeps its kind
        ("вице-адмирал", "", "military"),
        ("экс-глава", "МИД", "minister"),  # a former head is no deputy
    ],
)
def test_a_vice_title_is_the_deputy_of_its_head(head: str, complement: str, kind: str) -> None:
    assert role_kind(head, complement) == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Визит Тлеукабыла Шарипбаева в Минск завершился.", "Тлеукабыл Шарипбаев"),
        ("По словам вице-премьера Тлеукабыла Шарипбаева, рост продолжится.", "Тлеукабыл Шарипбаев"),
        ("Письмо Ерболату Досаеву передали лично.", "Ерболат Досаев"),
        ("Встреча с Жумабеком Сапаралиевым прошла в Бишкеке.", "Жумабек Сапаралиев"),
        ("Делегацию Тлеукабыла Шарипбаева встретили в аэропорту.", "Тлеукабыл Шарипбаев"),
    ],
)
def test_a_first_name_before_a_russian_shaped_surname_declines_with_it(text: str, name: str) -> None:
    people = _people(text)
    assert name in people, sorted(people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Хадижа Ужахова заявила журналистам о переносе сроков.", "Хадижа Ужахова"),
        ("Как сообщила Гульшара Абдыкалыкова, рост продолжится.", "Гульшара Абдыкалыкова"),
        ("Певица Тлеукабыла Шарипбаева выступила в Алматы.", "Тлеукабыла Шарипбаева"),
        ("Министр Айнагуль Жумабаева провела встречу с инвесторами.", "Айнагуль Жумабаева"),
        # a first name ending in a consonant stays as written in a woman's every case; a man's
        # would decline with the surname ("Нурлана Жолдубаева")
        ("Сегодня министр Кундуз Жолдубаева обсудила патенты.", "Кундуз Жолдубаева"),
        ("Депутат Гульнур Сатыбалдина выступила с докладом.", "Гульнур Сатыбалдина"),
        ("Как сообщила Жибек Асанова, рост продолжится.", "Жибек Асанова"),
    ],
)
def test_a_woman_in_the_nominative_keeps_her_name_as_written(text: str, name: str) -> None:
    people = _people(text)
    assert name in people, sorted(people)


@pytest.mark.parametrize(
    ("text", "name", "head"),
    [
        ("Путин встретился с президентом Токаевым.", "Токаев", "президент"),
        ("Москва провела встречу с послом Шебаршиным и губернатором Бегловым.", "Шебаршин", "посол"),
        ("Москва провела встречу с послом Шебаршиным и губернатором Бегловым.", "Беглов", "губернатор"),
        ("По словам президента Жапарова, товарооборот вырос.", "Жапаров", "президент"),
        ("Интервью посла Кадырбаева вышло вчера.", "Кадырбаев", "посол"),
        ("Переговоры с премьером Тажаяковым прошли в Астане.", "Тажаяков", "премьер"),
        ("По словам министра Жумабаевой, рост продолжится.", "Жумабаева", "министр"),
    ],
)
def test_a_surname_alone_after_a_role_is_read_in_the_roles_case(text: str, name: str, head: str) -> None:
    people = _people(text)
    assert name in people, sorted(people)
    assert (people[name][0] or "").startswith(head), people[name]


@pytest.mark.parametrize("word", ["Токаевым", "Кадырбаевым", "Ильиным"])
def test_a_surname_in_ym_is_no_womans(word: str) -> None:
    people = _people(f"Переговоры с {word} прошли в Астане.")
    assert word[:-2] in people, sorted(people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Переговоры с госсекретарем США Энтони Блинкеном прошли в Женеве.", "Энтони Блинкен"),
        ("Переговоры с Джереми Хантом прошли в Лондоне.", "Джереми Хант"),
        ("Лавров встретился с послом Китая Чжан Мином.", "Чжан Мин"),
        ("Встреча с Хироси Ямамото и Чжао Лицзяном прошла в Пекине.", "Чжао Лицзян"),
        ("Поэму известного чилийского поэта Пабло Неруды перевели заново.", "Пабло Неруда"),
        ("Энтони Блинкен заявил о поддержке.", "Энтони Блинкен"),
        ("Чжан Мин заявил о поддержке.", "Чжан Мин"),
    ],
)
def test_an_undeclined_first_name_leaves_the_case_to_the_surname(text: str, name: str) -> None:
    people = _people(text)
    assert name in people, sorted(people)


@pytest.mark.parametrize(
    ("text", "name", "head"),
    [
        ("Президент Гвинеи-Бисау Умару Сисоку Эмбало прибыл в Москву.", "Умару Сисоку Эмбало", "президент"),
        (
            "Министр иностранных дел Австрии Беате Майнль-Райзингер встретилась с коллегой.",
            "Беате Майнль-Райзингер",
            "министр",
        ),
        ("Встреча с министром Беате Майнль-Райзингер прошла в Вене.", "Беате Майнль-Райзингер", "министр"),
        ("Президент Грузии Саломе Зурабишвили выступила в парламенте.", "Саломе Зурабишвили", "президент"),
        ("Полузащитник сборной Нидерландов Лике Мартенс забила гол.", "Лике Мартенс", "полузащитник"),
    ],
)
def test_a_foreign_name_in_e_or_u_after_a_role_in_another_case_stays_as_written(
    text: str, name: str, head: str
) -> None:
    people = _people(text)
    assert name in people, sorted(people)
    assert (people[name][0] or "").startswith(head), people[name]


def test_a_name_in_the_genitive_after_a_role_noun_is_its_complement() -> None:
    people = _people("Вчера менеджер Мии Фэрроу сообщил о переносе съемок.")
    assert "Мия Фэрроу" in people, sorted(people)


@pytest.mark.parametrize(
    ("text", "name", "later"),
    [
        (
            "Президент Бразилии Луис Инасиу Лула да Силва прибыл в Москву. Лула заявил о поддержке.",
            "Луис Инасиу Лула да Силва",
            "Лула",
        ),
        (
            "Президент Венесуэлы Николас Мадуро Морос прибыл в Гавану. Мадуро заявил о поддержке.",
            "Николас Мадуро Морос",
            "Мадуро",
        ),
        (
            "Премьер Испании Педро Санчес Перес-Кастехон прибыл в Рим. Позже Санчес провел встречу.",
            "Педро Санчес Перес-Кастехон",
            "Санчес",
        ),
    ],
)
def test_a_word_of_a_long_name_written_alone_later_is_that_person(text: str, name: str, later: str) -> None:
    people = _people(text)
    assert name in people, sorted(people)
    assert later not in people, sorted(people)


@pytest.mark.parametrize(
    "text",
    [
        "Ракетный крейсер «Адмирал Нахимов» вошел в порт Тартус.",
        "Научное судно «Академик Мстислав Келдыш» вернулось в Калининград.",
        "Премьера сериала «Доктор Дуги Хаузер» состоялась в 1989 году.",
        "Ледокол «Капитан Хлебников» прошел Севморпуть.",
    ],
)
def test_a_role_word_inside_a_title_in_quotes_is_no_role(text: str) -> None:
    assert all(p.role is None for p in extract_people(text)), extract_people(text)


def test_a_role_before_a_name_in_a_quoted_sentence_stays() -> None:
    people = _people("«Министр Иван Петров прибыл в Минск», — сообщили в МИД.")
    assert people.get("Иван Петров", (None,))[0] == "министр", people


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Путин провел переговоры с президентом ОАЭ шейхом Мухаммедом бен Заидом Аль Нахайяном.",
            "Мухаммед бен Заид Аль Нахайян",
            "head_of_state",
        ),
        (
            "Эмир Катара шейх Тамим бен Хамад Аль Тани прибыл в Москву.",
            "Тамим бен Хамад Аль Тани",
            "head_of_state",
        ),
        (
            "Министр иностранных дел Саудовской Аравии принц Фейсал бин Фархан заявил об этом.",
            "Фейсал бин Фархан",
            "minister",
        ),
        (
            "Наследный принц Саудовской Аравии Мухаммед бин Салман заявил об этом.",
            "Мухаммед бин Салман",
            "royalty",
        ),
    ],
)
def test_a_post_before_a_title_of_rank_is_the_role(text: str, name: str, kind: str) -> None:
    people = _people(text)
    assert name in people, sorted(people)
    assert people[name][1] == kind, people[name]


def test_no_post_before_a_title_leaves_the_title() -> None:
    people = _people(
        "Единственный представитель мужского пола в младшем поколении семьи принц Хисахито пошел в школу."
    )
    assert people.get("Хисахито", (None, None))[1] != "representative", people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a woman's consonant first name stays as written in every case; the surname tells the case
        ("Президент назначил Мехрибан Алиеву первым вице-президентом.", "Мехрибан Алиева"),
        ("Письмо Кундуз Жолдубаевой передали в министерство.", "Кундуз Жолдубаева"),
        ("Встреча с Гульнур Сатыбалдиной прошла в Астане.", "Гульнур Сатыбалдина"),
        # a man's first name declines with his surname
        ("Встреча с Нурланом Жолдубаевым прошла в Бишкеке.", "Нурлан Жолдубаев"),
        ("Президент наградил Ильхама Алиева орденом.", "Ильхам Алиев"),
    ],
)
def test_an_undeclined_consonant_first_name_before_a_declined_surname_is_a_womans(
    text: str, name: str
) -> None:
    people = _people(text)
    assert name in people, sorted(people)
