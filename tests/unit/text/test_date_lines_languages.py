"""A page's date line is read in every language the press writes in (Belarusian, Ukrainian,
Polish, Kazakh, English as well as Russian), month first as English writes it, with a 12-hour
clock, and with an update stamp after it on the same line. An unread date line must not become
the headline."""

from __future__ import annotations

from datetime import date

import pytest

from flows.text.article import parse_scraped_text
from flows.text.dates import date_line, find_dates, line_days, trailing_update

BODIES = {
    "be": "Бакі абмеркавалі пытанні гандлю і прамысловасці і падпісалі шэраг дакументаў у сталіцы.\n",
    "uk": "Сторони обговорили питання торгівлі та промисловості й підписали низку документів у столиці.\n",
    "pl": "Strony omówiły kwestie handlu i przemysłu oraz podpisały szereg dokumentów w stolicy kraju.\n",
    "kk": "Тараптар сауда және өнеркәсіп мәселелерін талқылап, бірқатар құжаттарға қол қойды деп хабарлады.\n",
    "en": "The two sides discussed trade and industry and signed a number of documents in the capital.\n",
    "ru": "Стороны обсудили вопросы торговли и промышленности и подписали ряд документов в столице.\n",
}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("30 лістапада 2026 | 12:40", date(2026, 11, 30)),
        ("4 студзеня 2027, 09:05", date(2027, 1, 4)),
        ("17 березня 2026 року, 18:22", date(2026, 3, 17)),
        ("01 грудня 2026 р. о 08:00", None),  # "о" before a time: see the next line
        ("3 września 2026 r., 14:15", date(2026, 9, 3)),
        ("12 czerwca 2025", date(2025, 6, 12)),
        ("2026 жылғы 5 наурыз", date(2026, 3, 5)),  # Kazakh writes the year first
        ("5 наурыз 2026 ж. 10:30", date(2026, 3, 5)),
        ("December 1, 2026 9:14 AM GMT+1", date(2026, 12, 1)),
        ("Dec. 1st, 2026 at 11:02 p.m.", date(2026, 12, 1)),
        ("Sept 9, 2025", date(2025, 9, 9)),
        ("1 December 2026 14:05 (CET)", date(2026, 12, 1)),
        ("November 30, 2026 | 23:59", date(2026, 11, 30)),
        ("30 ноября 2026, 23:59 МСК", date(2026, 11, 30)),
    ],
)
def test_date_lines_in_the_languages_read(line, expected):
    found = date_line(line)
    if expected is None and "о 08:00" not in line:
        assert found is None
        return
    if "о 08:00" in line:  # a Ukrainian "о" before the time is a time word
        assert found is not None and found[0].to_date() == date(2026, 12, 1)
        return
    assert found is not None, line
    assert (found[0].to_date(), found[1]) == (expected, "published")


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        ("December 1, 2026 9:14 AM GMT+1 Updated 2 hours ago", date(2026, 12, 1), None),
        ("15:43 01.12.2026 (обновлено: 17:02 01.12.2026)", date(2026, 12, 1), date(2026, 12, 1)),
        ("28.11.2026 10:00 | Обновлено 29.11.2026 08:15", date(2026, 11, 28), date(2026, 11, 29)),
        ("2 грудня 2026, 11:00 · оновлено 3 грудня 2026", date(2026, 12, 2), date(2026, 12, 3)),
        ("June 3, 2025 Last updated June 4, 2025", date(2025, 6, 3), date(2025, 6, 4)),
    ],
)
def test_an_update_stamp_after_the_date_is_the_update_not_a_second_date(line, published, modified):
    found = date_line(line)
    assert found is not None and found[0].to_date() == published and found[1] == "published"
    stamp = trailing_update(line)
    assert (stamp.to_date() if stamp else None) == modified


@pytest.mark.parametrize(
    "line",
    [
        "December 1, 2026 and then March 3, 2027",  # two days
        "Poland, Ukraine agree on grain transit by December 1, 2026",  # a headline with a date
        "May 5 people were hurt",  # no year
        "Updated 2 hours ago",
        "Обновлено: сегодня",
    ],
)
def test_lines_that_are_not_a_publication_date(line):
    assert date_line(line) is None


def test_month_words_inside_other_words_are_no_dates():
    assert find_dates("в 3 марках и 5 листах бумаги, 7 decembrists, 2 lipcach") == []
    assert find_dates("Mayday 4, 2026") == []


@pytest.mark.parametrize(
    ("lang", "headline", "date_text", "expected"),
    [
        ("be", "Лукашэнка сустрэўся з паслом Кітая", "30 лістапада 2026 | 12:40", date(2026, 11, 30)),
        ("uk", "Україна та Польща підписали меморандум", "17 березня 2026 року, 18:22", date(2026, 3, 17)),
        ("pl", "Polska i Litwa podpisały umowę", "3 września 2026 r., 14:15", date(2026, 9, 3)),
        ("kk", "Қазақстан мен Қытай келісімге қол қойды", "5 наурыз 2026 ж. 10:30", date(2026, 3, 5)),
        ("en", "Poland, Ukraine agree on grain transit", "December 1, 2026 9:14 AM GMT+1 Updated 2 hours ago",
         date(2026, 12, 1)),
        ("ru", "Россия и Индия нарастили товарооборот", "Dec. 1st, 2026 at 11:02 p.m.", date(2026, 12, 1)),
    ],
)  # fmt: skip
def test_the_headline_above_a_date_line_stays_the_title(lang, headline, date_text, expected):
    for layout in (
        f"{headline}\n{date_text}\n",
        f"{date_text}\n{headline}\n",
        f"Site\n{headline}\n\n{date_text}\n\n",
    ):
        text = layout + BODIES[lang]
        meta = parse_scraped_text(text)
        assert meta.title == headline, (layout, meta.title)
        assert (meta.published_date, meta.published_date_source) == (expected, "header"), layout
        assert text[meta.body_start :].startswith(BODIES[lang][:20]), layout


@pytest.mark.parametrize(
    ("line", "days"),
    [
        ("12 marca 2026 r., 08:30", (date(2026, 3, 12), None)),
        ("Оновлено: 5 квітня 2026, 14:02", (None, date(2026, 4, 5))),
        ("Updated: March 9, 2026 4:10 PM", (None, date(2026, 3, 9))),
        ("09:20 14.02.2027 (обновлено: 11:45 15.02.2027)", (date(2027, 2, 14), date(2027, 2, 15))),
        ("7 жовтня 2026 · оновлено годину тому", (date(2026, 10, 7), None)),
        ("31.02.2026 12:00", (None, None)),  # a day that does not exist
        ("Министр заявил об этом 3 марта 2026 года на встрече.", None),
    ],
)
def test_the_days_a_line_gives_a_page(line, days):
    assert line_days(line) == days
