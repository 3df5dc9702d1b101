"""Compound adjectives of two countries in every language read, through the real pipeline: the
first part (Russian американо-, Belarusian беларуска-, Ukrainian українсько-, Polish polsko-,
English Sino-) names its country before a hyphen and a country adjective, and the compound makes
the pair; before anything else (Indo-Pacific, англо-саксонский) it names none."""

from __future__ import annotations

import pytest

from tests.conftest import run_on_articles, values_by_title

pytestmark = pytest.mark.slow

# id -> (text, article countries, pairs)
CASES = {
    "en_cn_in": (
        "Sino-Indian trade talks opened in New Delhi on Monday, officials said.",
        {"CN", "IN"},
        {"CN-IN"},
    ),
    "en_ru_jp": (
        "Historians revisited the Russo-Japanese war of 1904 at a conference.",
        {"JP", "RU"},
        {"JP-RU"},
    ),
    "en_in_pk": ("Indo-Pakistani water talks stalled again this week.", {"IN", "PK"}, {"IN-PK"}),
    "en_fr_de": (
        "The Franco-German engine of Europe is sputtering, economists say.",
        {"DE", "FR"},
        {"DE-FR"},
    ),
    "en_indo_pacific": ("Ministers discussed Indo-Pacific security in Canberra on Friday.", {"AU"}, set()),
    "pl_pl_ua": ("Polsko-ukraińska komisja spotkała się w Lublinie w czwartek.", {"PL", "UA"}, {"PL-UA"}),
    "pl_cn_ru": ("Chińsko-rosyjskie ćwiczenia morskie zakończyły się w sobotę.", {"CN", "RU"}, {"CN-RU"}),
    "uk_ua_md": (
        "Українсько-молдовський кордон відкрили для вантажівок у п'ятницю.",
        {"MD", "UA"},
        {"MD-UA"},
    ),
    "uk_kz_cn": ("Казахстансько-китайський торговельний форум пройшов у вівторок.", {"CN", "KZ"}, {"CN-KZ"}),
    "be_by_ru": ("Беларуска-расійскія вучэнні пачаліся ў панядзелак.", {"BY", "RU"}, {"BY-RU"}),
    "ru_in_cn": ("Индо-китайская граница снова стала темой переговоров военных.", {"CN", "IN"}, {"CN-IN"}),
    "ru_anglo": ("Англо-саксонская правовая система отличается от континентальной.", set(), set()),
    "ru_us_cn": ("Американо-китайские консультации прошли во вторник.", {"CN", "US"}, {"CN-US"}),
}


def test_compound_adjectives_name_both_countries_and_their_pair(tmp_path, prefect_harness):
    wh = run_on_articles([{"id": k, "text": t} for k, (t, _, _) in CASES.items()], tmp_path)
    countries = values_by_title(wh, "article_countries", "m.country_code")
    pairs = values_by_title(wh, "dyad_articles", "m.country_a || '-' || m.country_b")
    for key, (_, want_countries, want_pairs) in CASES.items():
        assert countries[key] == want_countries, key
        assert pairs[key] == want_pairs, key
