"""Country adjectives and names of Belarusian, Ukrainian, Polish, Kazakh and English through the
real pipeline: adjectives that CLDR gives only as currency or language-variant names (расійскі,
амерыканскі, brytyjski, британський), Kazakh relational adjectives in -лық/-лік/-дық/-дік/-тық/-тік
and Kazakh names with case suffixes, in several genders, numbers and cases; and words of the same
shape that name no country (a language, Arabic)."""

from __future__ import annotations

import duckdb
import pytest

pytestmark = pytest.mark.slow

# file -> (text, article countries)
CASES = {
    # Belarusian
    "be_ru_us.json": ("Расійскі міністр сустрэўся з амерыканскай дэлегацыяй у Мінску.", {"BY", "RU", "US"}),
    "be_gb_ch.json": ("Брытанскія і швейцарскія банкі замарозілі рахункі.", {"CH", "GB"}),
    "be_de_dk.json": ("Паводле нямецкага міністэрства, дацкі ўрад падтрымаў санкцыі.", {"DE", "DK"}),
    # a nation's outlet speaks, the nation is no party
    "be_outlet.json": ("Паводле нямецкага выдання, дацкі ўрад падтрымаў санкцыі.", {"DK"}),
    "be_lv_be.json": ("Латвійскаму бізнесу дапамогуць бельгійскія інвестары.", {"BE", "LV"}),
    "be_us_name.json": ("Дэлегацыя вярнулася з Амерыкі, а потым з Егіпта.", {"EG", "US"}),
    "be_arabic.json": ("Арабская мова цяжкая.", set()),
    "be_capitals.json": ("Міністр прыехаў з Анкары, сустрэча прайшла ў Кіеве.", {"TR", "UA"}),
    # Ukrainian
    "uk_us_ru.json": (
        "Американський посол зустрівся з російськими дипломатами в Україні.",
        {"RU", "UA", "US"},
    ),
    "uk_gb_ch.json": ("Британські та швейцарські банки заморозили рахунки.", {"CH", "GB"}),
    "uk_de_cz.json": ("За даними німецького міністерства, чеський уряд підтримав санкції.", {"CZ", "DE"}),
    "uk_outlet.json": ("За даними німецького видання, чеський уряд підтримав санкції.", {"CZ"}),
    "uk_sa_in.json": ("Саудівської делегації чекали в Індії.", {"IN", "SA"}),
    "uk_english.json": ("Англійська мова стала обов'язковою.", set()),
    "uk_capitals.json": (
        "Делегація з Пекіна прибула до Києва; переговори у Вашингтоні відклали.",
        {"CN", "UA", "US"},
    ),
    # Polish
    "pl_us_ru.json": (
        "Amerykański sekretarz rozmawiał z rosyjskim ministrem w Warszawie.",
        {"PL", "RU", "US"},
    ),
    "pl_gb_ch.json": ("Brytyjskie i szwajcarskie banki zamroziły rachunki.", {"CH", "GB"}),
    "pl_dk_fi.json": ("Według duńskiej prasy fiński rząd poparł sankcje.", {"DK", "FI"}),
    "pl_am_pl.json": ("Polscy i ormiańscy eksperci spotkali się w Indiach.", {"AM", "IN", "PL"}),
    "pl_arabic.json": ("Język arabski jest trudny.", set()),
    "pl_capitals.json": ("Minister spotkał się w Kijowie z delegacją z Pekinu.", {"CN", "UA"}),
    # "Mali" opening a sentence is Polish "small" unless another country follows it in a list
    "pl_mali_small.json": ("Mali i średni eksporterzy z Czech szukają rynków.", {"CZ"}),
    # names of a noun and adjectives in an oblique case: the adjectives agree
    "pl_kr_us.json": (
        "Wymiana handlowa między Polską a Koreą Południową wzrosła, podobnie jak ze Stanami Zjednoczonymi.",
        {"KR", "PL", "US"},
    ),
    "pl_sa_ae.json": ("Delegacja Arabii Saudyjskiej i Zjednoczonych Emiratów Arabskich.", {"AE", "SA"}),
    "uk_kr_us.json": ("Міністр оборони Південної Кореї прибув до Сполучених Штатів.", {"KR", "US"}),
    "be_kr_nz.json": ("Дэлегацыя Паўднёвай Карэі наведала Новую Зеландыю.", {"KR", "NZ"}),
    # Kazakh
    "kk_ru_cn.json": (
        "Ресейлік және қытайлық компаниялар Қазақстанда келісімге қол қойды.",
        {"CN", "KZ", "RU"},
    ),
    "kk_kz_tr.json": ("Қазақстандық делегация Түркияда болды.", {"KZ", "TR"}),
    "kk_us_ru.json": ("Америкалық сарапшылар Ресейдің ұстанымын сынады.", {"RU", "US"}),
    "kk_cases.json": ("Президент Қытаймен және Ресеймен келіссөздер жүргізді.", {"CN", "RU"}),
    "kk_il_iq.json": ("Израильдік және ирактық өкілдер кездесті.", {"IL", "IQ"}),
    "kk_by_us.json": ("Беларусьтік фермерлер АҚШ-қа астық сатады.", {"BY", "US"}),
    "kk_capitals.json": ("Астанада Бейжің мен Анкараның өкілдері кездесті.", {"CN", "KZ", "TR"}),
    "kk_people.json": ("Түркиялық туристер мен ресейліктер Жапонияға барды.", {"JP", "RU", "TR"}),
    # English
    "en_ch_dk.json": ("Swiss and Danish banks froze the accounts.", {"CH", "DK"}),
    "en_mali_niger.json": ("Mali and Niger signed a defence pact.", {"ML", "NE"}),
    "en_in_mali.json": ("French troops left Mali in 2022.", {"FR", "ML"}),
}


@pytest.fixture(scope="module")
def con(tmp_path_factory, prefect_harness):
    from tests.conftest import run_on_json_files

    files = {name: {"text": text, "published": "2026-11-30"} for name, (text, _) in CASES.items()}
    wh = run_on_json_files(files, tmp_path_factory.mktemp("country_languages"))
    c = duckdb.connect(str(wh), read_only=True)
    yield c
    c.close()


@pytest.mark.parametrize("name", list(CASES))
def test_country_languages(con, name):
    got = {
        r[0]
        for r in con.execute(
            "select country_code from marts.article_countries join marts.articles a using (article_id)"
            " where a.source_uri like ?",
            [f"%/{name}"],
        ).fetchall()
    }
    assert got == CASES[name][1]
