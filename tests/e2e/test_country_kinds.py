"""Kinds of words that look like a country but are none, through the real pipeline: a country
form that is a person's first name, a country adjective of a kind of thing (cuisine, dish, breed,
style, a language without its noun), Georgia the US state, states of the past (no country of
today is guessed for them) and surnames that are also a noun for a person of a country. Real political uses next to each stay countries."""

from __future__ import annotations

import duckdb
import pytest

pytestmark = pytest.mark.slow

# file -> (text, article countries, pairs)
CASES = {
    # a first name that is a country form, before a surname read alone
    "first_name.json": ("Израиль Гельфанд выступил на конференции в Берлине.", {"DE"}, set()),
    "first_name_patronymic.json": (
        "Генерал Израиль Соломонович Гельфанд вспоминал войну под Берлином и в Праге.",
        {"CZ", "DE"},
        set(),
    ),
    "role_keeps_country.json": (
        "Премьер-министр Израиля Нетаньяху прибыл в Москву.",
        {"IL", "RU"},
        {("IL", "RU")},
    ),
    "surname_adjective.json": ("По словам Ирины Турецкой, выставка откроется в Вильнюсе.", {"LT"}, set()),
    # adjectives of things
    "cuisine.json": ("В Минске открылся ресторан японской кухни.", {"BY"}, set()),
    "dishes.json": ("Гостям подали греческий салат и турецкий кофе.", set(), set()),
    "breed.json": ("В питомнике под Гродно разводят немецких овчарок.", set(), set()),
    "style.json": ("Здание построено во французском стиле.", set(), set()),
    "language_elliptic.json": ("Книга вышла на китайском и японском.", set(), set()),
    "language_elliptic_or.json": ("Документы доступны на английском либо французском.", set(), set()),
    "fries.json": ("He ordered French fries and a Turkish coffee.", set(), set()),
    "kuchnia.json": ("Kuchnia włoska i kawa turecka są popularne w Mińsku.", {"BY"}, set()),
    "be_cuisine.json": ("У Мінску адкрыўся рэстаран грузінскай кухні.", {"BY"}, set()),
    "uk_cuisine.json": ("Українська кухня та грузинська кава.", set(), set()),
    # a country or capital form in Latin script after a first name: a person's surname
    "surnames_en.json": (
        "Former basketball star Michael Jordan and the writer Jack London's heirs visited a plant named after George Washington.",
        set(),
        set(),
    ),
    # a country form that is a first name, of a person a cue names (a verb of speech, a role)
    "first_names_en.json": (
        'French far-right leader Jordan Bardella said the plan would fail. "This is a mistake," said Chad '
        "Bown, a senior fellow at the Peterson Institute.",
        {"FR"},
        set(),
    ),
    # Congo alone is the DR Congo, as Reuters writes it
    "congo_en.json": (
        "The Democratic Republic of Congo and Rwanda signed a peace deal in Washington. Congo has accused Rwanda of backing the rebels.",
        {"CD", "RW", "US"},
        {("CD", "RW")},
    ),
    "jordan_state.json": (
        "King Abdullah II of Jordan met the Egyptian president in Cairo.",
        {"EG", "JO"},
        {("EG", "JO")},
    ),
    # streets named after a nation
    "streets.json": (
        "На Большой Грузинской улице открылось кафе, а Армянский переулок закрыли на ремонт.",
        set(),
        set(),
    ),
    "street_after.json": ("Пробка растянулась от улицы Кубинской до Французского бульвара.", set(), set()),
    "ulica.json": ("Na ulicy Węgierskiej w Krakowie otwarto kawiarnię.", set(), set()),
    "street_and_state.json": (
        "На Японской улице в Минске прошла встреча послов Японии и Беларуси.",
        {"BY", "JP"},
        {("BY", "JP")},
    ),
    "waffles.json": ("Гостям подали бельгийские вафли.", set(), set()),
    "political_adjectives.json": (
        "Турецкий министр прибыл в Минск, а французская сторона выразила озабоченность.",
        {"BY", "FR", "TR"},
        {("BY", "TR")},
    ),
    "companies.json": ("Китайские компании инвестируют в Беларусь.", {"BY", "CN"}, {("BY", "CN")}),
    "wine.json": ("Россия сняла запрет на ввоз грузинского вина.", {"GE", "RU"}, {("GE", "RU")}),
    # Georgia the US state
    "augusta.json": ("The plant in Augusta, Georgia, employs 500 people.", set(), set()),
    "athens_ga.json": ("Athens, Georgia, is home to a large university.", set(), set()),
    "uga.json": (
        "The University of Georgia and the Georgia Department of Health issued a warning.",
        set(),
        set(),
    ),
    "tbilisi.json": (
        "Protesters gathered in Tbilisi as the Georgian government passed the law.",
        {"GE"},
        set(),
    ),
    "georgia_armenia.json": ("Georgia and Armenia signed a transit agreement.", {"AM", "GE"}, {("AM", "GE")}),
    "dzhordzhia.json": ("В штате Джорджия прошли выборы губернатора.", set(), set()),
    # abbreviations name a country written in capitals only
    "us_abbrev.json": (
        "The US and India signed a trade pact worth $10 billion on Monday.",
        {"IN", "US"},
        {("IN", "US")},
    ),
    "us_dots.json": (
        "The U.S. and Brazil signed a trade pact, officials said.",
        {"BR", "US"},
        {("BR", "US")},
    ),
    "us_pronoun_title.json": ("What The Brazil Deal Means For Us", {"BR"}, set()),
    "us_pronoun_start.json": ("Us and them: Brazil debates its future.", {"BR"}, set()),
    "be_zsha.json": ("Беларусь і ЗША абмеркавалі пытанні гандлю.", {"BY", "US"}, {("BY", "US")}),
    "kk_aqsh.json": ("Қазақстан мен АҚШ арасындағы тауар айналымы өсті.", {"KZ", "US"}, {("KZ", "US")}),
    "kk_qhr.json": ("ҚХР мен Қазақстан арасындағы келісімге қол қойылды.", {"CN", "KZ"}, {("CN", "KZ")}),
    "rf_lowercase.json": (
        "Подробности на сайте минэкономразвития.рф и в посольстве в Казахстане.",
        {"KZ"},
        set(),
    ),
    # a currency named after a country is no mention of it, in every language
    "uk_dollars.json": (
        "Україна експортувала до Туреччини товарів на 2,9 млрд доларів США.",
        {"TR", "UA"},
        {("TR", "UA")},
    ),
    "be_dollars.json": (
        "Тавараабарот Беларусі і Кітая склаў 1,5 млрд долараў ЗША.",
        {"BY", "CN"},
        {("BY", "CN")},
    ),
    "pl_dollars.json": (
        "Obroty Polski i Indii wyniosły 3 mld dolarów amerykańskich.",
        {"IN", "PL"},
        {("IN", "PL")},
    ),
    "kk_dollars.json": (
        "Қазақстан мен Қытай арасындағы тауар айналымы 4 млрд АҚШ долларын құрады.",
        {"CN", "KZ"},
        {("CN", "KZ")},
    ),
    "uk_adjective_dollars.json": (
        "Товарообіг України та Польщі склав 500 млн американських доларів.",
        {"PL", "UA"},
        {("PL", "UA")},
    ),
    "en_dollars.json": (
        "Trade between Chile and Peru reached 5 billion U.S. dollars.",
        {"CL", "PE"},
        {("CL", "PE")},
    ),
    "dollars_then_us.json": (
        "Сделка Китая и Японии оценена в 5 млрд долларов. США выразили недовольство.",
        {"CN", "JP", "US"},
        {("CN", "JP")},
    ),
    # a noun for a person of a country names it as its adjective does; a surname that is also
    # such a noun's form does not
    "demonyms.json": (
        "Американцы ввели санкции против Ирана. Китайцы и россияне договорились о поставках газа.",
        {"CN", "IR", "RU", "US"},
        {("CN", "RU"), ("IR", "US")},
    ),
    "demonym_people.json": ("Белоруска Арина Соболенко обыграла американку Коко Гауфф.", {"BY", "US"}, set()),
    # a state's armed forces by their abbreviation name the state
    "armed_forces.json": (
        "Представитель Генштаба ВСУ Андрей Ковалев заявил об отражении атаки.",
        {"UA"},
        set(),
    ),
    "armed_forces_il.json": ("Пресс-служба ЦАХАЛ сообщила о завершении учений.", {"IL"}, set()),
    "demonym_surnames.json": ("Критик Сергей Поляков перечитал рассказы Чехова и Греков.", set(), set()),
    # a country form that is the last word of a person the article names in full, written again
    # alone or with the name's middle part: the person's surname
    "surname_again.json": (
        "Бывший президент Афганистана Ашраф Гани прибыл в Дубай. Гани встретился с представителями ОАЭ.",
        {"AE", "AF"},
        set(),
    ),
    "surname_again_arabic.json": (
        "Ирак и Россия подписали соглашение, сообщил министр нефти Ирака Хайян Абдель Гани. Абдель Гани"
        " напомнил, что Ирак остается вторым производителем в ОПЕК.",
        {"IQ", "RU"},
        {("IQ", "RU")},
    ),
    "ghana_itself.json": ("Президент Ганы прибыл в Москву.", {"GH", "RU"}, {("GH", "RU")}),
    # an airline named after a country: a company flown with, no party (and the city it connects
    # through names its country only where the article names that country otherwise)
    "airline_en.json": (
        "Делегация Минсельхоза прилетела в Марокко рейсом Qatar Airways.",
        {"MA"},
        set(),
    ),
    "airline_ru.json": (
        "Министр прилетел в Алжир рейсом Турецких авиалиний через Стамбул. Алжир и Россия подписали соглашение.",
        {"DZ", "RU"},
        {("DZ", "RU")},
    ),
    "airline_and_country.json": (
        "Turkish Airlines opened a route to Tunis as Turkey and Tunisia signed a trade deal.",
        {"TN", "TR"},
        {("TN", "TR")},
    ),
    # states of the past
    "russian_empire.json": ("Российская империя воевала с Османской империей.", set(), set()),
    "austria_hungary.json": ("Австро-Венгрия объявила войну Сербии.", {"RS"}, set()),
    "austria_hungary_en.json": ("Austria-Hungary declared war on Serbia.", {"RS"}, set()),
    "bssr.json": ("Белорусская ССР стала одной из основательниц ООН.", set(), set()),
    "gdl.json": ("Великое княжество Литовское и Польша заключили унию.", {"PL"}, set()),
    "east_germany.json": ("East Germany and Poland signed a border treaty.", {"PL"}, set()),
    "ussr.json": ("СССР и США подписали договор.", {"US"}, set()),
    "russian_federation.json": (
        "Российская Федерация и Китай подписали соглашение.",
        {"CN", "RU"},
        {("CN", "RU")},
    ),
}


@pytest.fixture(scope="module")
def con(tmp_path_factory, prefect_harness):
    from tests.conftest import run_on_json_files

    files = {name: {"text": text, "published": "2026-11-30"} for name, (text, _, _) in CASES.items()}
    wh = run_on_json_files(files, tmp_path_factory.mktemp("country_kinds"))
    c = duckdb.connect(str(wh), read_only=True)
    yield c
    c.close()


@pytest.mark.parametrize("name", list(CASES))
def test_country_kinds(con, name):
    _, countries, pairs = CASES[name]
    got_countries = {
        r[0]
        for r in con.execute(
            "select country_code from marts.article_countries join marts.articles a using (article_id)"
            " where a.source_uri like ?",
            [f"%/{name}"],
        ).fetchall()
    }
    got_pairs = set(
        con.execute(
            "select country_a, country_b from marts.dyad_articles join marts.articles a using (article_id)"
            " where a.source_uri like ?",
            [f"%/{name}"],
        ).fetchall()
    )
    assert (got_countries, got_pairs) == (countries, pairs)
