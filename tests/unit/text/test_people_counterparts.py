"""Counterparts: a person named by reference to another's role (``со своим турецким коллегой X``,
``його польський колега X``, ``з кітайскім калегам X``, ``his Ukrainian counterpart X``, ``jego
litewski odpowiednik X``) holds the kind of role of the person they are named against, in the
country the phrase names; with no country named, no role (flows/text/people/counterparts.py).
And English portfolio words before ``Minister``/``Secretary`` (``Agriculture Minister``)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _person(text: str, name: str):
    people = {p.name: p for p in extract_people(text)}
    assert name in people, sorted(people)
    return people[name]


def _assert_role(text: str, name: str, role: str | None, kind: str | None, span: str | None) -> None:
    """The person ``name`` of ``text`` has ``role`` of ``kind``, its span written ``span``."""
    p = _person(text, name)
    assert (p.role, p.role_kind) == (role, kind)
    written = None if p.role_start is None else text[p.role_start : p.role_end]
    assert written == span


@pytest.mark.parametrize(
    ("text", "name", "role", "kind", "span"),
    [
        # Russian, the name in every case after the head, the antecedent before it
        (
            "Министр иностранных дел Венгрии Петер Ковач провел переговоры со своим турецким коллегой"
            " Хаканом Озтюрком.",
            "Хакан Озтюрк",
            "турецкий коллега",
            "minister",
            "турецким коллегой",
        ),
        (
            "Президент Армении Ваан Хачатрян направил телеграмму своему казахстанскому коллеге Ерлану Абишеву.",
            "Ерлан Абишев",
            "казахстанский коллега",
            "head_of_state",
            "казахстанскому коллеге",
        ),
        (
            "Глава МИД Египта Сами Хасан ожидает визита своего иранского коллеги Аббаса Тахери.",
            "Аббас Тахери",
            "иранский коллега",
            "minister",
            "иранского коллеги",
        ),
        (
            "Премьер-министр Сербии Милош Петрович заявил, что его венгерский коллега Виктор Балаж приедет.",
            "Виктор Балаж",
            "венгерский коллега",
            "head_of_government",
            "венгерский коллега",
        ),
        # the country after the head; the antecedent after the counterpart in its sentence
        (
            "Министр обороны России Андрей Белов встретился с коллегой из Казахстана Русланом Жаксылыковым.",
            "Руслан Жаксылыков",
            "коллега из Казахстана",
            "minister",
            "коллегой из Казахстана",
        ),
        (
            "С турецким коллегой Хаканом Озтюрком встретился министр обороны Андрей Белов.",
            "Хакан Озтюрк",
            "турецкий коллега",
            "minister",
            "турецким коллегой",
        ),
        # the antecedent in the sentence before; an occupation as well as a post
        (
            "Министр финансов Сербии Петар Йович прибыл в Баку. Его встретил азербайджанский коллега Самир Шарифов.",
            "Самир Шарифов",
            "азербайджанский коллега",
            "minister",
            "азербайджанский коллега",
        ),
        (
            "Журналист Андреа Риччи и его российский коллега Андрей Смирнов погибли.",
            "Андрей Смирнов",
            "российский коллега",
            "media",
            "российский коллега",
        ),
        # the antecedent has no role: the counterpart's kind is not guessed
        (
            "Иван Петров встретился со своим турецким коллегой Хаканом Озтюрком.",
            "Хакан Озтюрк",
            "турецкий коллега",
            None,
            "турецким коллегой",
        ),
        # no country named: a colleague, no role
        (
            "Министр Иван Петров встретился со своим коллегой Хаканом Озтюрком.",
            "Хакан Озтюрк",
            None,
            None,
            None,
        ),
        (
            "Певица Ольга Орлова и ее коллега по группе Анна Семенова выступили.",
            "Анна Семенова",
            None,
            None,
            None,
        ),
    ],
)
def test_russian_counterpart(
    text: str, name: str, role: str | None, kind: str | None, span: str | None
) -> None:
    _assert_role(text, name, role, kind, span)


def test_two_counterparts_of_one_person() -> None:
    text = (
        "Президент России Владимир Соколов встретился с турецким коллегой Реджепом Озканом и иранским"
        " коллегой Масудом Карими."
    )
    _assert_role(text, "Реджеп Озкан", "турецкий коллега", "head_of_state", "турецким коллегой")
    _assert_role(text, "Масуд Карими", "иранский коллега", "head_of_state", "иранским коллегой")
    _assert_role(text, "Владимир Соколов", "президент", "head_of_state", "Президент России")


@pytest.mark.parametrize(
    ("text", "name", "role", "kind", "span"),
    [
        (
            "Міністр аграрної політики України Віталій Коваль зустрівся зі своїм польським колегою Чеславом"
            " Секеркою.",
            "Чеслав Секерка",
            "колега",
            "minister",
            "польським колегою",
        ),
        (
            "Прем'єр-міністр України Денис Шмигаль провів переговори з колегою з Польщі Дональдом Туском.",
            "Дональд Туск",
            "колега",
            "head_of_government",
            "колегою з Польщі",
        ),
        (
            "Олег Іваненко зустрівся з польським колегою Анджеєм Новаком.",
            "Анджей Новак",
            "колега",
            None,
            "польським колегою",
        ),
        (
            "Міністр оборони України Олег Іваненко зустрівся з колегою Анджеєм Новаком.",
            "Анджей Новак",
            None,
            None,
            None,
        ),
        (
            "Міністр замежных спраў Беларусі Максім Рыжанкоў сустрэўся з калегам з Кітая Ван Іванам Лі.",
            "Максім Рыжанкоў",
            "міністр замежных спраў",
            "minister",
            "Міністр замежных спраў Беларусі",
        ),
        (
            "Прэзідэнт Беларусі Аляксандр Лукашэнка сустрэўся з польскім калегам Анджэем Новакам.",
            "Анджэй Новак",
            "калега",
            "head_of_state",
            "польскім калегам",
        ),
        (
            "Міністр замежных спраў Беларусі Максім Рыжанкоў сустрэўся з калегам з Расіі Сяргеем Лаўровым.",
            "Сяргей Лаўроў",
            "калега",
            "minister",
            "калегам з Расіі",
        ),
    ],
)
def test_belarusian_and_ukrainian_counterpart(
    text: str, name: str, role: str | None, kind: str | None, span: str | None
) -> None:
    _assert_role(text, name, role, kind, span)


@pytest.mark.parametrize(
    ("text", "name", "role", "kind", "span"),
    [
        (
            "Hungarian Foreign Minister Peter Szabo met his Ukrainian counterpart Andrii Kovalenko in Kyiv.",
            "Andrii Kovalenko",
            "counterpart",
            "minister",
            "Ukrainian counterpart",
        ),
        (
            "Turkish President Mehmet Yilmaz hosted his Iranian counterpart Masoud Karimi on Monday.",
            "Masoud Karimi",
            "counterpart",
            "head_of_state",
            "Iranian counterpart",
        ),
        (
            "Kazakh Energy Minister Almas Nurlanov met his Uzbek counterpart Jurabek Mirzaev.",
            "Jurabek Mirzaev",
            "counterpart",
            "minister",
            "Uzbek counterpart",
        ),
        ("Peter Szabo met his counterpart Andrii Kovalenko in Kyiv.", "Andrii Kovalenko", None, None, None),
        (
            "Prezydent Polski Jan Nowak powiedział, że jego litewski odpowiednik Gitanas Kowalski przyjedzie.",
            "Gitanas Kowalski",
            "odpowiednik",
            "head_of_state",
            "litewski odpowiednik",
        ),
    ],
)
def test_english_and_polish_counterpart(
    text: str, name: str, role: str | None, kind: str | None, span: str | None
) -> None:
    _assert_role(text, name, role, kind, span)


def test_own_post_beats_counterpart() -> None:
    text = (
        "Министр иностранных дел Турции Хакан Озтюрк прилетел в Будапешт. Там министр иностранных дел"
        " Венгрии Петер Ковач провел переговоры со своим турецким коллегой Хаканом Озтюрком."
    )
    _assert_role(
        text, "Хакан Озтюрк", "министр иностранных дел", "minister", "Министр иностранных дел Турции"
    )


@pytest.mark.parametrize(
    ("text", "name", "role", "kind", "span"),
    [
        (
            "Polish Agriculture Minister Czesław Nowak said on Monday the ban stays.",
            "Czesław Nowak",
            "agriculture minister",
            "minister",
            "Polish Agriculture Minister",
        ),
        (
            "Estonian Education Minister Kristina Tamm said schools reopen.",
            "Kristina Tamm",
            "education minister",
            "minister",
            "Estonian Education Minister",
        ),
        (
            "US Homeland Security Secretary Robert Green said.",
            "Robert Green",
            "homeland security secretary",
            "minister",
            "US Homeland Security Secretary",
        ),
        (
            "Britain's Culture Secretary Lisa Grant said.",
            "Lisa Grant",
            "culture secretary",
            "minister",
            "Britain's Culture Secretary",
        ),
        (
            "Deputy Agriculture Minister Jan Wolski said.",
            "Jan Wolski",
            "deputy agriculture minister",
            "deputy_minister",
            "Deputy Agriculture Minister",
        ),
        (
            "Former Health and Human Services Secretary Tom Price said.",
            "Tom Price",
            "former health and human services secretary",
            "minister",
            "Former Health and Human Services Secretary",
        ),
    ],
)
def test_english_portfolio_before_minister(text: str, name: str, role: str, kind: str, span: str) -> None:
    _assert_role(text, name, role, kind, span)


def test_party_before_minister_is_no_portfolio() -> None:
    text = "On Monday, Labour Party Minister John Smith said."
    assert _person(text, "John Smith").role is None


@pytest.mark.parametrize(
    ("text", "name", "written"),
    [
        # a first part the dictionary does not explain, declined with the role noun's case; an
        # unknown surname the dictionary guesses as a participle ("Эрдан")
        ("Лавров встретился с министром Бураком Озтюрком.", "Бурак Озтюрк", "Бураком Озтюрком"),
        ("Визит турецкого министра Хакана Озтюрка намечен на май.", "Хакан Озтюрк", "Хакана Озтюрка"),
        (
            "Сергей Лавров прибыл в Анкару. Там его встретил министр Хакан Эрдан.",
            "Хакан Эрдан",
            "Хакан Эрдан",
        ),
        (
            "Глава МИД Ирана прибыл в Анкару. Там его встретил турецкий министр Хакан Фидан.",
            "Хакан Фидан",
            "Хакан Фидан",
        ),
        # a first part that does not decline stays as written
        ("Встреча с председателем Сигэру Ямадой прошла в Токио.", "Сигэру Ямада", "Сигэру Ямадой"),
        ("Встреча с министром Педру Паулу прошла в Лиссабоне.", "Педру Паулу", "Педру Паулу"),
    ],
)
def test_loose_name_after_a_role_in_its_case(text: str, name: str, written: str) -> None:
    assert _person(text, name).name_as_written == written
