"""An agency's story opening with its place and its name but no date (``ASTANA. KAZINFORM -``,
``Warszawa (PAP) -``): the agency is the publisher when the page names none, and the opening is a
sentence of its own; a place and a word that is no outlet's name before a dash is no opening."""

from __future__ import annotations

import pytest

from flows.text.article import match_agency_opening, parse_scraped_text
from flows.text.segment import sentence_spans

OPENINGS = [
    ("ASTANA. KAZINFORM – Kazakhstan and Uzbekistan signed a transit deal.", "ASTANA", "KAZINFORM"),
    ("Warszawa (PAP) - Polska i Litwa podpisały umowę o ochronie granicy.", "Warszawa", "PAP"),
    ("LONDON (Reuters) - Britain and Norway agreed to share gas data.", "LONDON", "Reuters"),
    ("Tokyo (Kyodo) - Japan and India held talks on rare earths.", "Tokyo", "Kyodo"),
    ("МИНСК, БЕЛТА — Беларусь и Китай подписали соглашение.", "МИНСК", "БЕЛТА"),
    ("КИЇВ. Укрінформ — Україна та Польща домовилися про транзит.", "КИЇВ", "Укрінформ"),
    ("Бишкек, Kabar — Киргизия и Казахстан обсудили поставки воды.", "Бишкек", "Kabar"),
    ("Вильнюс (BNS) — Литва и Латвия подписали меморандум.", "Вильнюс", "BNS"),
]


@pytest.mark.parametrize(("text", "place", "agency"), OPENINGS)
def test_place_and_agency_before_a_dash_open_the_story(text, place, agency):
    found = match_agency_opening(text)
    assert found is not None
    assert (found.place, found.agency) == (place, agency)
    first, second = sentence_spans(text)[:2]
    assert text[first[0] : first[1]] == text[: found.end]
    assert text[second[0] :].startswith(text[found.end :].lstrip())


@pytest.mark.parametrize(("text", "place", "agency"), OPENINGS)
def test_the_agency_of_the_opening_is_the_publisher(text, place, agency):
    meta = parse_scraped_text("Заголовок новости о соседях\n\n" + text + " Подробности позже.")
    assert meta.publisher == agency


@pytest.mark.parametrize(
    "text",
    [
        "Россия (РФ) — крупнейшая страна мира по площади.",
        "Минск, Беларусь — город-герой, столица республики.",
        "Warszawa (stolica) - miasto nad Wisłą.",
        "Kazakhstan. Uzbekistan - two neighbours that trade a lot.",
        "Президент (глава государства) — гарант Конституции.",
    ],
)
def test_a_place_and_no_outlet_before_a_dash_is_no_opening(text):
    assert match_agency_opening(text) is None
    assert parse_scraped_text("Заголовок новости о соседях\n\n" + text).publisher is None


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Баку, 20 ноября, Trend. Азербайджан и Туркменистан подписали соглашение о газе.", "Trend"),
        ("Баку, 20 ноября, Report. Азербайджан и Грузия обсудили транзит.", "Report"),
        ("Баку, 1 декабря, АЗЕРТАДЖ. Азербайджан и Турция провели учения.", "АЗЕРТАДЖ"),
        ("Ереван, 2 декабря, Арменпресс. Армения и Франция подписали меморандум.", "Арменпресс"),
    ],
)
def test_an_outlet_after_the_date_and_a_comma_is_the_publisher(text, agency):
    meta = parse_scraped_text("Заголовок новости о соседях\n\n" + text + " Подробности позже.")
    assert meta.publisher == agency


def test_a_place_and_a_date_before_a_sentence_name_no_outlet():
    text = "Москва, 20 ноября, в Кремле прошли переговоры России и Китая. Подробности позже."
    assert parse_scraped_text("Заголовок новости о соседях\n\n" + text).publisher is None
