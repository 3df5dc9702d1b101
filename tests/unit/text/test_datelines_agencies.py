"""Agency datelines of more agencies' own formats (``match_dateline``): an agency with its web
domain, after a comma, a Latin name before a dash, between slashes as a domain, and a place
with its country; and what stays no dateline."""

from __future__ import annotations

import pytest

from flows.text.article import match_dateline


@pytest.mark.parametrize(
    ("text", "dateline", "day", "month", "agency"),
    [
        (
            "Санкт-Петербург. 3 декабря. INTERFAX.RU - Грузооборот порта вырос.",
            "Санкт-Петербург. 3 декабря. INTERFAX.RU -",
            3,
            12,
            "INTERFAX.RU",
        ),
        (
            "Ереван, 4 декабря, АРМЕНПРЕСС. Премьер принял делегацию.",
            "Ереван, 4 декабря, АРМЕНПРЕСС.",
            4,
            12,
            "АРМЕНПРЕСС",
        ),
        ("Душанбе, 5 ноября, ХОВАР. Президент подписал закон.", "Душанбе, 5 ноября, ХОВАР.", 5, 11, "ХОВАР"),
        ("Ош, 6 декабря /24.kg/. Мэр встретился с инвесторами.", "Ош, 6 декабря /24.kg/.", 6, 12, "24.kg"),
        (
            "Алматы. 7 декабря. Kazinform - Аким провел совещание.",
            "Алматы. 7 декабря. Kazinform -",
            7,
            12,
            "Kazinform",
        ),
        # a Latin name of two words, or two joined by a hyphen
        (
            "Актобе. 9 декабря. Kazakh Times - Аким провел совещание.",
            "Актобе. 9 декабря. Kazakh Times -",
            9,
            12,
            "Kazakh Times",
        ),
        (
            "Караганда. 3 декабря. Interfax-Kazakhstan - Аким провел совещание.",
            "Караганда. 3 декабря. Interfax-Kazakhstan -",
            3,
            12,
            "Interfax-Kazakhstan",
        ),
        (
            "GANJA, Azerbaijan, November 8. The minister visited.",
            "GANJA, Azerbaijan, November 8.",
            8,
            11,
            None,
        ),
    ],
)
def test_more_agency_datelines(text, dateline, day, month, agency):
    found = match_dateline(text)
    assert found is not None
    assert text[found.start : found.end] == dateline
    assert (found.day, found.month, found.agency) == (day, month, agency)


@pytest.mark.parametrize(
    "text",
    [
        "Минск, 1 декабря, в Минске прошли переговоры.",
        "Ганджа, 8 ноября, стала местом встречи министров.",
        "Вчера, 2 декабря, Россия и Китай подписали соглашение.",
    ],
)
def test_a_sentence_opening_with_a_place_and_a_day_is_no_dateline(text):
    assert match_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "dateline", "agency"),
    [
        (
            "АСТАНА. 4 желтоқсан. ҚазАқпарат - Тауар айналымы 4,5 млрд долларға жетті.",
            "АСТАНА. 4 желтоқсан. ҚазАқпарат -",
            "ҚазАқпарат",
        ),
        (
            "КИЇВ. 30 листопада. Укрінформ - Товарообіг зріс на 10%.",
            "КИЇВ. 30 листопада. Укрінформ -",
            "Укрінформ",
        ),
        (
            "ЕРЕВАН. 2 декабря. Арменпресс - Премьер принял делегацию.",
            "ЕРЕВАН. 2 декабря. Арменпресс -",
            "Арменпресс",
        ),
    ],
)
def test_an_outlets_name_in_any_script_before_a_dash(text, dateline, agency):
    found = match_dateline(text)
    assert found is not None
    assert (text[found.start : found.end], found.agency) == (dateline, agency)


def test_a_first_word_before_a_dash_that_names_no_outlet_is_no_agency():
    found = match_dateline("МИНСК. 21 апреля. Сегодня - важный день для торговли.")
    assert found is None or found.agency is None


@pytest.mark.parametrize(
    ("text", "dateline", "agency"),
    [
        (
            "ТАШКЕНТ, 5 декабря — Podrobno.uz. Президент Узбекистана провел переговоры с премьером Малайзии.",
            "ТАШКЕНТ, 5 декабря — Podrobno.uz.",
            "Podrobno.uz",
        ),
        ("БИШКЕК, 5 декабря — 24.kg. Президент провел переговоры.", "БИШКЕК, 5 декабря — 24.kg.", "24.kg"),
        (
            "ТАШКЕНТ, 5 декабря - Gazeta.uz - Президент провел переговоры.",
            "ТАШКЕНТ, 5 декабря - Gazeta.uz -",
            "Gazeta.uz",
        ),
        (
            "ДУШАНБЕ, 3 декабря — Asiaplus.tj. Премьер принял делегацию.",
            "ДУШАНБЕ, 3 декабря — Asiaplus.tj.",
            "Asiaplus.tj",
        ),
    ],
)
def test_a_web_domain_after_the_dash(text, dateline, agency):
    found = match_dateline(text)
    assert found is not None
    assert (text[found.start : found.end], found.agency) == (dateline, agency)
