"""Which pair a fact belongs to and which country a role speaks for, end to end: the articles of
tests/data/pair_and_role_country through the real pipeline. A figure whose sentence names only a third
country takes no pair of the article; a figure whose country is in two equally strong pairs, or a
sentence naming no country in an article of two equally strong pairs, takes none; a role naming no
country takes the article's country only when nothing in the text points elsewhere: not when
another country stands right before the person's role, nor from an envoy's country in the title;
a side of the talks named shortly before such a role (``Узбекскую сторону представлял ...``) is its
country, one named after it is not."""

from __future__ import annotations

import duckdb
import pytest

from tests.conftest import TEST_DATA, run_pipeline

DATA = TEST_DATA / "pair_and_role_country"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory, prefect_harness):
    """The warehouse of the articles of DATA, read only."""
    wh = tmp_path_factory.mktemp("pair_and_role_country") / "dyad.duckdb"
    run_pipeline(DATA, wh)
    with duckdb.connect(str(wh), read_only=True) as con:
        yield con


def _facts(con, title_start: str):
    return con.execute(
        "select f.quote, f.country_a, f.country_b from marts.numeric_facts f"
        " join marts.articles a using (article_id) where a.title like ? order by f.char_start",
        [title_start + "%"],
    ).fetchall()


def _people(con, title_start: str):
    return con.execute(
        "select p.name, p.country_code, p.country_source from marts.people p"
        " join marts.articles a using (article_id) where a.title like ? order by p.char_start",
        [title_start + "%"],
    ).fetchall()


@pytest.mark.slow
def test_a_third_countrys_figure_takes_no_pair_of_the_article(warehouse):
    assert _facts(warehouse, "Беларусь и Вьетнам") == [
        ("310 млн долларов", "BY", "VN"),
        ("19,8 млн тонн пшеницы", None, None),
    ]


@pytest.mark.slow
def test_equally_strong_pairs_are_a_tie_not_the_alphabetically_first(warehouse):
    assert _facts(warehouse, "Kazakhstan signs") == [
        ("11.2 million tonnes", None, None),
        ("two contracts", None, None),
        ("$640 million", None, None),
    ]


@pytest.mark.slow
def test_a_role_naming_no_country_takes_the_articles_only_when_nothing_points_elsewhere(warehouse):
    # the lead is datelined in Uzbekistan, the title names Kazakhstan first: cannot tell
    assert _people(warehouse, "Казахстан и Узбекистан") == [("Алмасадам Саткалиев", None, None)]
    # an article of one country
    assert _people(warehouse, "Экспорт молочной") == [("Игорь Маркевич", "BY", "article")]
    # the minister's sentence names no country; the spokesperson's role is held in Japan's ministry
    # ("Japan's trade ministry spokesperson"): its country is the role's, never the article's
    assert _people(warehouse, "India, Brazil") == [
        ("Rajesh Menon", "IN", "article"),
        ("Kenji Sato", "JP", "role"),
    ]


@pytest.mark.slow
def test_a_post_outside_a_state_and_a_counterparts_country_are_no_home_country(warehouse):
    # an international bank's head speaks for the bank; a company's head for the company, whose
    # country the text does not say; the president's sentence names the counterpart's country
    # (Kazakhstan), the other side, not his: his is the article's (Kyrgyzstan)
    assert _people(warehouse, "ЕАБР выделит") == [
        ("Николай Подгузов", None, None),
        ("Алексей Миллер", None, None),
        ("Садыр Жапаров", "KG", "article"),
    ]


@pytest.mark.slow
def test_a_guests_country_is_no_home_country_for_the_hosts_or_the_guests(warehouse):
    # the vice-premier leads the other side's delegation ("делегацию России во главе с"): his role
    # spans the delegation's country, Russia, not the home country named earlier in his sentence;
    # the minister of the next sentence, which names his country after him, keeps it
    assert _people(warehouse, "Бектенов принял") == [
        ("Олжас Бектенов", "KZ", "role"),
        ("Алексей Оверчук", "RU", "role"),
        ("Арман Шаккалиев", "KZ", "article"),
        # the other country of the pair ends a clause before his: no guest's
        ("Мурат Нуртлеу", "KZ", "article"),
    ]
    # the title's only country is the envoy's ("с послом Узбекистана"), the body's are inside
    # the envoy's role phrase: no home country for the speaker, whose role names none
    assert _people(warehouse, "Кошанов встретился") == [
        ("Ерлан Кошанов", None, None),
        ("Ойбек Усманов", "UZ", "role"),
    ]


@pytest.mark.slow
def test_an_unnamed_envoys_country_is_no_home_country(warehouse):
    # "wezwało ambasadora Węgier", "вызвал посла Литвы": the body's first country is a guest's,
    # beside an envoy's noun though no envoy is named; the speaker's role names none, and the
    # article's home country is the next one the body names
    assert _people(warehouse, "MSZ wezwało") == [("Paweł Wroński", "PL", "article")]
    assert _people(warehouse, "Министерство вызвало") == [("Ирина Климова", "BY", "article")]


@pytest.mark.slow
def test_the_same_post_as_the_home_countrys_holder_is_the_other_sides(warehouse):
    # two agriculture (defence) ministers signing, one of the home country by his role: the other
    # is the other side's, no home country; a post of another kind keeps it
    assert _people(warehouse, "Бразилия и Россия подписали") == [
        ("Карлус Фавару", "BR", "role"),
        ("Оксана Лут", None, None),
    ]
    # in Polish the home country is Poland's, whichever the lead names first: the other minister
    # is the home country's
    people = _people(warehouse, "Brazylia i Polska")
    assert people[0][1:] == ("BR", "role")
    assert people[1][1:] == ("PL", "article")


@pytest.mark.slow
def test_a_guests_country_is_no_home_country(warehouse):
    # "spotkał się z premierem Słowacji X": the first country the body names is the guest's; the
    # government's spokesman, whose role names none, is not Slovak
    people = {p[0]: p[1:] for p in _people(warehouse, "Premier spotkał")}
    assert people["Adam Szłapka"] == ("PL", "article")
    assert people["Donald Tusk"] == ("PL", "article")


@pytest.mark.slow
def test_the_country_a_post_is_for_is_not_the_persons(warehouse):
    # "по Йемену", "по Сирии": the mandate; the UN envoy speaks for no country, Russia's for Russia
    people = {p[0]: p[1:] for p in _people(warehouse, "Спецпосланник ООН")}
    assert people["Ханс Грундберг"] == (None, None)
    assert people["Александр Лаврентьев"] == ("RU", "role")


@pytest.mark.slow
def test_a_first_name_that_is_a_capital_is_the_persons_not_a_country(warehouse):
    # Сантьяго is Chile's capital and Пенья a common noun to the dictionary: after the role it is
    # the president's name, and Chile is no country of the article
    assert _people(warehouse, "Парагвай сохранит")[0] == ("Сантьяго Пенья", "PY", "role")
    countries = warehouse.execute(
        "select c.country_code from marts.article_countries c join marts.articles a using (article_id)"
        " where a.title like 'Парагвай сохранит%' order by 1"
    ).fetchall()
    assert countries == [("PY",), ("TW",)]


@pytest.mark.slow
def test_a_countrys_dotted_abbreviation_before_a_role_is_the_roles_country(warehouse):
    assert _people(warehouse, "Trade talks resume") == [
        ("Jamieson Greer", "US", "role"),
        ("Piyush Goyal", "IN", "role"),
        ("Jonathan Reynolds", "GB", "role"),
    ]


@pytest.mark.slow
def test_a_venue_capital_before_the_role_points_nowhere(warehouse):
    # "сообщил в Анкаре министр X": the place of the statement, no side; the home country stands
    assert _people(warehouse, "Польша и Турция") == [("Кшиштоф Пашик", "PL", "article")]
    assert _people(warehouse, "Polska i Turcja") == [("Krzysztof Paszyk", "PL", "article")]
    # the sentence names no other country than the place of the statement
    assert _people(warehouse, "Россия и Вьетнам обсудили") == [("Оксана Лут", "RU", "article")]


@pytest.mark.slow
def test_a_venue_capital_in_the_title_and_the_lead_is_no_home_country(warehouse):
    # "X в Варшаве: ...": where the talks were; the home country is the first country named
    # elsewhere in both
    assert _people(warehouse, "Шольц в Варшаве") == [("Олаф Шольц", "DE", "article")]
    assert _people(warehouse, "Ердоган у Будапешті") == [("Реджеп Таїп Ердоган", "TR", "article")]
    assert _people(warehouse, "Macron in Rome") == [("Emmanuel Macron", "FR", "article")]


@pytest.mark.slow
def test_bodies_companies_and_seats_of_power_in_roles(warehouse):
    # a bloc's abbreviation in Ukrainian makes the post the bloc's: no home country
    assert _people(warehouse, "Сибіга провів переговори у Брюсселі") == [
        ("Андрій Сибіга", "UA", "role"),
        ("Хакан Фідан", "TR", "role"),
        ("Кая Каллас", None, None),
    ]
    # a CEO's post is a company's; a seat of power before a role is its state's; an English
    # role keeps the body before it
    assert _people(warehouse, "Trump hosts chip makers") == [
        ("Donald Trump", "US", "article"),
        ("Jensen Huang", None, None),
        ("Dmitry Peskov", "RU", "role"),
        ("Kaja Kallas", None, None),
    ]


@pytest.mark.slow
def test_a_post_in_a_un_agency_is_the_agencys(warehouse):
    # the country after "в" is where the post is held; the agency's post speaks for no country
    assert _people(warehouse, "ПРООН поддержит реформы") == [
        ("Патрисия Фернандес-Пачеко", None, None),
        ("Завки Завкизода", "TJ", "role"),
        ("Кристин Жауле", None, None),
    ]


@pytest.mark.slow
def test_a_firms_name_in_latin_script_makes_the_post_a_companys(warehouse):
    # the head of a firm named in Latin script speaks for no state: no home country
    assert _people(warehouse, "Siemens Energy построит") == [("Кристиан Брух", None, None)]


@pytest.mark.slow
def test_a_regions_head_is_the_regions_countrys_in_every_language(warehouse):
    # a region named in Belarusian, Ukrainian or Polish (its name or its adjective in a body's
    # name) gives the role its country: never the dateline's or the article's
    assert _people(warehouse, "Гомельшчына і Смаленшчына") == [
        ("Васіль Анохін", "RU", "role"),
        ("Іван Крупка", "BY", "role"),
        ("Пётр Емяльянаў", "RU", "role"),
    ]
    assert _people(warehouse, "Волинь і Люблінщина") == [
        ("Іван Руднюк", "UA", "role"),
        ("Ярослав Стащук", "PL", "role"),
        ("Вʼячеслав Негода", "UA", "role"),
    ]
    assert _people(warehouse, "Podlasie i obwód grodzieński") == [
        ("Łukasz Prokorym", "PL", "role"),
        ("Iwan Rudniuk", "UA", "role"),
    ]


@pytest.mark.slow
def test_a_country_named_only_on_the_side_met_is_not_the_persons(warehouse):
    # the only country of the person's sentence stands after "с"/"z", in the phrase of the side
    # met (named or not): it is that side's, so the person's role names no country of theirs
    assert _people(warehouse, "Министры обороны обсудили") == [
        ("Даниэль Росси", None, None),
        ("Анна Коваль", None, None),
    ]
    assert _people(warehouse, "Ministrowie rozmawiali o dostawach") == [("Jan Berg", None, None)]


@pytest.mark.slow
def test_lines_of_a_list_under_a_flow_heading_are_pairs_with_the_reporter(warehouse):
    # each line's figure is the heading's flow with the partner opening the line; the reporter is
    # the article's first country
    assert _facts(warehouse, "Армения назвала главных") == [
        ("3,2 млрд долларов", "AM", "RU"),
        ("1,4 млрд долларов", "AE", "AM"),
        ("0,6 млрд долларов", "AM", "CN"),
    ]
    metrics = warehouse.execute(
        "select distinct f.metric from marts.numeric_facts f join marts.articles a using (article_id)"
        " where a.title like 'Армения назвала главных%'"
    ).fetchall()
    assert metrics == [("export",)]


@pytest.mark.slow
def test_a_lawyer_speaks_for_no_state(warehouse):
    # a lawyer practises; the minister with a role naming no country takes the home country
    assert _people(warehouse, "Как оформить вид на жительство") == [
        ("Мария Орлова", None, None),
        ("Акбар Ташкулов", "UZ", "article"),
    ]


@pytest.mark.slow
def test_a_side_of_the_talks_named_before_a_role_naming_no_country_is_its_country(warehouse):
    # "Узбекскую сторону ... представлял вице-премьер X", "С туркменской стороны ... участвовал ..."
    assert sorted(_people(warehouse, "Узбекистан и Туркменистан")) == [
        ("Батыр Аманов", "TM", "side"),
        ("Шухрат Ганиев", "UZ", "side"),
    ]
    # Polish word order both ways: "Stronę czeską reprezentował", "po stronie polskiej ... uczestniczył"
    assert sorted(_people(warehouse, "Polska i Czechy")) == [
        ("Marek Zieliński", "PL", "side"),
        ("Pavel Novotný", "CZ", "side"),
    ]
    assert _people(warehouse, "Mongolia and Kazakhstan") == [("Nurlan Abdrakhmanov", "KZ", "side")]


@pytest.mark.slow
def test_a_side_named_after_the_role_is_no_country_of_it(warehouse):
    # "Министр транспорта X заявил, что грузинская сторона заинтересована": the other side's words
    ((name, country, source),) = _people(warehouse, "Армения и Грузия")
    assert name == "Ашот Варданян" and country != "GE" and source != "side"


@pytest.mark.slow
def test_a_partners_role_country_is_no_home_of_the_article(warehouse):
    # "Premier X i premier Słowacji Y": Y's country is the partner's, the article's home is Poland's
    assert sorted(_people(warehouse, "Polska i Słowacja")) == [
        ("Jan Kowalczyk", "PL", "article"),
        ("Peter Hrabko", "SK", "role"),
    ]
    assert sorted(_people(warehouse, "Беларусь и Монголия")) == [
        ("Батбаяр Ганзориг", "MN", "role"),
        ("Иван Сидоренко", "BY", "article"),
    ]


@pytest.mark.slow
def test_a_visitor_takes_no_country_of_the_visits_destination(warehouse):
    # "визита президента X в Москву": X is the guest of Russia, the article's home; his country unsaid
    assert ("Прабово Субианто", None, None) in _people(warehouse, "Посол Индонезии")
    # "Премьер-министр X прибыл в Астану" in an article datelined Astana: a guest of Kazakhstan
    assert _people(warehouse, "Казахстан и Корея") == [("Ким Мин Сок", None, None)]


@pytest.mark.slow
def test_the_press_language_s_state_is_the_home_country(warehouse):
    # in Polish or Ukrainian, an unqualified minister is that state's, whichever country the lead
    # names first (a partner of its trade)
    assert _people(warehouse, "Import jabłek z Mołdawii") == [("Adam Wierzbicki", "PL", "article")]
    assert _people(warehouse, "Імпорт польських яблук") == [("Віталій Коваль", "UA", "article")]


@pytest.mark.slow
def test_a_country_of_what_a_person_reports_points_nowhere_for_them(warehouse):
    # "X заявил, что <country> ...": the country of the reported content is not the speaker's side
    assert _people(warehouse, "Казахстан наращивает экспорт муки") == [("Ерлан Ахметов", "KZ", "article")]
    assert _people(warehouse, "Polska wstrzymuje import") == [("Piotr Zalewski", "PL", "article")]


@pytest.mark.slow
def test_a_countrys_adjective_on_the_institution_of_a_post_is_the_posts_country(warehouse):
    # "w czeskim ministerstwie", "в вьетнамском министерстве", "in the Hungarian transport
    # ministry": the institution the post is in is that country's; a place after "в" stays a host
    assert _people(warehouse, "Czeska delegacja") == [
        ("Tomáš Novák", "CZ", "role"),
        ("Ondřej Dvořák", "CZ", "role"),
    ]
    people = dict((name, code) for name, code, _source in _people(warehouse, "Делегация Вьетнама"))
    assert people["Нгуен Ван Тхань"] == "VN"
    assert people.get("Игорь Смирнов") != "VN"
    assert _people(warehouse, "Hungary and Serbia") == [("Gyorgyi Halmosine", "HU", "role")]


@pytest.mark.slow
def test_a_general_directors_post_and_a_royal_title_speak_for_no_country_the_text_does_not_name(warehouse):
    """A general director's post (of a corporation named without a company noun: Ростех, Росатом)
    is a company's, and a royal title with no state named is a dynasty's: neither takes the
    article's home country (Egypt, from the dateline); a minister of Egypt keeps Egypt."""
    people = {name: country for name, country, _ in _people(warehouse, "Египет и Россия обсудили")}
    assert people["Сергей Чемезов"] is None
    assert people["Андрей Петров"] is None
    assert people["Ахмед бен Халид"] is None


@pytest.mark.slow
def test_a_sides_part_of_a_commission_or_its_delegation_is_the_roles_country(warehouse):
    """A country adjective before a side's part of a joint commission or its delegation
    ("Марокканскую часть комиссии возглавлял министр X", "Российскую делегацию возглавил министр Y")
    is the country the role after it speaks for, whichever country the dateline names."""
    people = {name: country for name, country, _ in _people(warehouse, "Марокко и Россия провели")}
    assert people == {"Рияд Меззур": "MA", "Оксана Лут": "RU"}
