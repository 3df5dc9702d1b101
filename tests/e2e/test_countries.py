"""Country detection through the real pipeline: the gazetteer seeds joined to tokens in dbt."""

from __future__ import annotations

import json

import duckdb
import pytest

from tests.conftest import run_pipeline

pytestmark = pytest.mark.slow

# text -> the countries it is about (document level), the pairs it relates, the blocs it names
CASES = {
    "Водители начали грузить зерно, а в Грузии прошли выборы.": ({"GE"}, set(), set()),
    "Грузчики грузили ящики весь день на складе.": (set(), set(), set()),
    "В комнате стоял чад от плиты, никто не мог дышать.": (set(), set(), set()),
    "Президент Чада посетил соседние страны региона.": ({"TD"}, set(), set()),
    "Мы гуляли по Китай-городу в Москве до вечера.": ({"RU"}, set(), set()),
    "Контракт на 5 млн долларов США подписали Беларусь и Китай.": ({"BY", "CN"}, {("BY", "CN")}, set()),
    "Кроме того, стороны обсудили погоду и планы на выходные.": (set(), set(), set()),
    "Товарооборот России и Вьетнама составил 6,9 млрд долл. США.": ({"RU", "VN"}, {("RU", "VN")}, set()),
    # side by side, no word of what they do with each other: no pair (the currencies add no country)
    "Беларусь и Китай сэкономили 9 млн шведских крон и 2 млн американских долларов.": (
        {"BY", "CN"},
        set(),
        set(),
    ),
    "Trade between Belarus and China reached 5 billion US dollars.": ({"BY", "CN"}, {("BY", "CN")}, set()),
    "Делегация Того прибыла на переговоры в Минск.": ({"TG", "BY"}, {("BY", "TG")}, set()),
    "Развивается белорусско-казахстанское сотрудничество.": ({"BY", "KZ"}, {("BY", "KZ")}, set()),
    "Минск и Пекин договорились о новых поставках.": ({"BY", "CN"}, {("BY", "CN")}, set()),
    "Кремль прокомментировал заявление Белого дома.": ({"RU", "US"}, {("RU", "US")}, set()),
    # "кубанский" is no Cuba; a region alone names no country of the article
    "Продукция вышла на кубанский рынок, а затем в Краснодарский край.": (set(), set(), set()),
    "Российская продукция вышла на кубанский рынок.": ({"RU"}, set(), set()),
    "Страны ЕАЭС и СНГ, а также НАТО и Евросоюз обсудили ситуацию.": (
        set(),
        set(),
        {"EAEU", "CIS", "NATO", "EU"},
    ),
    "Премьер-министр выступил на канале «Россия» с речью.": (set(), set(), set()),
    "Беларусь укрепляет связи с Китаем. Отдельно Россия обсуждает вопросы с Индией.": (
        {"BY", "CN", "RU", "IN"},
        {("BY", "CN"), ("IN", "RU")},
        set(),
    ),
    "The governor of Georgia met voters in Atlanta, Georgia on Monday.": (set(), set(), set()),
    # "City, State": any place before the comma makes Georgia the US state; a country or a
    # capital before it leaves the country
    "Hyundai of South Korea opened a U.S. plant in Ellabell, Georgia, last year.": (
        {"KR", "US"},
        {("KR", "US")},
        set(),
    ),
    "The new hotel in Batumi, Georgia, opened on Friday.": ({"GE"}, set(), set()),
    "The talks in Tbilisi, Georgia, ended on Friday.": ({"GE"}, set(), set()),
    "Armenia, Georgia and Azerbaijan signed a transit deal.": ({"AM", "GE", "AZ"}, set(), set()),
    "Belarus and China signed an agreement in Minsk.": ({"BY", "CN"}, {("BY", "CN")}, set()),
    # a person's name that looks like a place is no mention of it
    "Солист Марсель Андерс выступил в Минске.": ({"BY"}, set(), set()),
    "Президент Франции Эммануэль Макрон прибыл в Марсель.": ({"FR"}, set(), set()),
    # a name two countries share is resolved from the article's other mentions
    "Переговоры прошли в Браззавиле. Конго экспортирует нефть.": ({"CG"}, set(), set()),
    "Переговоры прошли в Киншасе. Конго экспортирует кобальт.": ({"CD"}, set(), set()),
    "Конго экспортирует кобальт.": ({"CD"}, set(), set()),
    # a Greek region is no North Macedonia (and alone names no country), North Macedonia is its own name
    "Инвесторы из Греции пришли в провинцию Центральная Македония.": ({"GR"}, set(), set()),
    "Инвесторы пришли в провинцию Центральная Македония.": (set(), set(), set()),
    "Северная Македония вступила в НАТО.": ({"MK"}, set(), {"NATO"}),
    # the end of a hyphenated name is no country of its own
    "Он служил епископом в штате Нью-Джерси до 1986 года.": (set(), set(), set()),
    "Переговоры Россия-Китай прошли в Пекине.": ({"RU", "CN"}, {("CN", "RU")}, set()),
    # a summit's venue, list members and comparisons are article countries, not pairs
    "На полях саммита ШОС в Астане Беларусь и Китай подписали соглашение.": (
        {"BY", "CN", "KZ"},
        {("BY", "CN")},
        {"SCO"},
    ),
    "Резиденты парка прибыли из России, Турции, Германии и Швейцарии.": (
        {"RU", "TR", "DE", "CH"},
        set(),
        set(),
    ),
    "Инфляция в Казахстане оказалась выше, чем в Узбекистане.": ({"KZ", "UZ"}, set(), set()),
    # an entity of Bosnia and Herzegovina, in every language, is no Serbia; a region, it names
    # its country only beside another mention of it
    "Дэлегацыя Рэспублікі Сербскай наведала Мінск.": ({"BY"}, set(), set()),
    "Прем'єр Республіки Сербської відвідав Київ.": ({"UA"}, set(), set()),
    "Delegacja Republiki Serbskiej odwiedziła Warszawę.": ({"PL"}, set(), set()),
    "Delegacja Republiki Serbskiej z Bośni i Hercegowiny odwiedziła Warszawę.": (
        {"BA", "PL"},
        {("BA", "PL")},
        set(),
    ),
    # terms, seas and titles named after a country speak of none
    "Экономисты предупреждают о рисках голландской болезни для Казахстана.": ({"KZ"}, set(), set()),
    "Танкеры вышли из Персидского залива в сторону Индии.": ({"IN"}, set(), set()),
    "В Куала-Лумпуре показали фильм «Турецкий гамбит».": ({"MY"}, set(), set()),
    "Economists in Oslo warn of the Dutch disease.": ({"NO"}, set(), set()),
    "Ekonomiści z Kazachstanu ostrzegają przed holenderską chorobą.": ({"KZ"}, set(), set()),
    # the UAE by its abbreviation and as the Emirates in Belarusian, Ukrainian and Polish; an
    # emirate is no UAE
    "Беларусь і ААЭ падпісалі пагадненне.": ({"AE", "BY"}, {("AE", "BY")}, set()),
    "Експорт до ОАЕ зріс, Україна та Емірати підписали угоду.": ({"AE", "UA"}, {("AE", "UA")}, set()),
    "Polska i ZEA podpisały umowę o współpracy.": ({"AE", "PL"}, {("AE", "PL")}, set()),
    "Eksport do Emiratów wzrósł, a Polska podpisała umowę z Emiratami.": (
        {"AE", "PL"},
        {("AE", "PL")},
        set(),
    ),
    "Катар — невеликий емірат, а Україна розширює співпрацю з ним.": ({"QA", "UA"}, {("QA", "UA")}, set()),
}


@pytest.fixture(scope="module")
def traps_warehouse(prefect_harness, tmp_path_factory):
    root = tmp_path_factory.mktemp("traps")
    inbox = root / "inbox"
    inbox.mkdir()
    with (inbox / "traps.jsonl").open("w", encoding="utf-8") as f:
        for i, text in enumerate(CASES):
            f.write(json.dumps({"title": f"case {i}", "text": text}, ensure_ascii=False) + "\n")
    wh = root / "wh" / "dyad.duckdb"
    summary = run_pipeline(inbox, wh)
    assert summary.files_rejected == 0
    return wh


@pytest.mark.parametrize("text", list(CASES))
def test_country_traps(traps_warehouse, text):
    countries, pairs, blocs = CASES[text]
    con = duckdb.connect(str(traps_warehouse), read_only=True)
    try:
        (aid,) = con.execute("select article_id from marts.articles where body = ?", [text]).fetchone()
        got_c = {
            r[0]
            for r in con.execute(
                "select country_code from marts.article_countries where article_id = ?", [aid]
            ).fetchall()
        }
        got_p = set(
            con.execute(
                "select country_a, country_b from marts.dyad_articles where article_id = ?", [aid]
            ).fetchall()
        )
        got_b = {
            r[0]
            for r in con.execute(
                "select bloc_code from marts.article_blocs where article_id = ?", [aid]
            ).fetchall()
        }
    finally:
        con.close()
    assert (got_c, got_p, got_b) == (countries, pairs, blocs)


def test_mentions_carry_offsets_into_the_body(traps_warehouse):
    con = duckdb.connect(str(traps_warehouse), read_only=True)
    try:
        bad = con.execute(
            """select count(*) from intermediate.int_country_mentions m join marts.articles a using (article_id)
               where substr(a.body, m.char_start + 1, m.char_end - m.char_start) != m.mention_text
                  or m.mention_text is null"""
        ).fetchone()[0]
        total = con.execute("select count(*) from intermediate.int_country_mentions").fetchone()[0]
    finally:
        con.close()
    assert total > 20 and bad == 0
