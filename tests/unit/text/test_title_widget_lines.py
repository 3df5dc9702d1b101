"""A line of page widgets between the masthead and the headline (a relative day with its time, a
view or comment counter) is no headline: the headline under it is the title and the body starts
after it, in every language of the press. A headline of two or three words is the title only as
the first line of the text right over the body."""

from __future__ import annotations

import pytest

from flows.text.article import parse_scraped_text

HEADLINES = {
    "ru": "Токаев и Жапаров подписали договор о союзнических отношениях",
    "uk": "Україна та Молдова домовилися про спільний прикордонний контроль",
    "pl": "Polska i Litwa podpisały umowę o współpracy energetycznej",
    "en": "Kazakhstan and China sign fifteen agreements in Astana",
}
LEADS = {
    "ru": "Президенты двух стран подписали договор в Бишкеке, сообщила пресс-служба. Стороны обсудили торговлю.",
    "uk": "Прем'єр-міністри двох країн підписали угоду в Кишиневі, повідомив уряд. Сторони обговорили торгівлю.",
    "pl": "Premierzy obu krajów podpisali umowę w Wilnie, poinformował rząd. Strony omówiły handel i transport.",
    "en": "The two leaders signed the agreements in Astana, the government said. They also discussed transit.",
}


@pytest.mark.parametrize(
    ("lang", "widget"),
    [
        ("ru", "Вчера, 14:30  |  2 351 просмотр"),
        ("ru", "14:30 | 2 351 просмотр"),
        ("ru", "Сегодня в 09:15 | Комментарии: 4"),
        ("uk", "Учора, 09:12 · 1 204 перегляди"),
        ("pl", "Dziś, 10:15 • 532 wyświetlenia"),
        ("en", "2 hours ago | 1.2K views | 14 comments"),
        ("en", "Yesterday at 6:05 PM · 👁 1520"),
    ],
)
def test_a_widget_line_is_no_headline(lang, widget):
    text = (
        f"Новости | Сайт\nПолитика  Экономика  Мир  Спорт\n{widget}\n\n{HEADLINES[lang]}\n\n{LEADS[lang]}\n"
    )
    meta = parse_scraped_text(text)
    assert meta.title == HEADLINES[lang]
    assert text[meta.body_start : meta.body_end].startswith(LEADS[lang][:30])


@pytest.mark.parametrize(
    "headline",
    [
        "Товарооборот России и Китая вырос на 12% за десять месяцев",
        "Взрыв в порту Бейрута: 14 погибших и более 200 раненых",
        "Trade between India and the US reached $212 billion in 2025",
    ],
)
def test_a_headline_with_numbers_stays_the_title(headline):
    text = f"Новости | Сайт\n\n{headline}\n\n{LEADS['ru']}\n"
    assert parse_scraped_text(text).title == headline


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Путин посетил Минск\n\nМИНСК, 3 марта. /ТАСС/. Президент России прибыл в Минск с визитом.\n",
            "Путин посетил Минск",
        ),
        (
            "Санкции против Ирана\n\nЕвросоюз ввел новые санкции против Ирана, сообщили в Брюсселе.\n",
            "Санкции против Ирана",
        ),
        (
            "Скончалась Корасон Акино\n\nБывший президент Филиппин скончалась в больнице Манилы.\n",
            "Скончалась Корасон Акино",
        ),
        (
            "Tokayev visits Beijing\n\nKazakh President Kassym-Jomart Tokayev arrived in Beijing on Monday.\n",
            "Tokayev visits Beijing",
        ),
        (
            "Візит до Варшави\n\nПрезидент України прибув до Варшави з офіційним візитом.\n",
            "Візит до Варшави",
        ),
    ],
)
def test_a_headline_of_two_or_three_words_over_the_body_is_the_title(text: str, title: str) -> None:
    meta = parse_scraped_text(text)
    assert meta.title == title
    assert text[meta.body_start :].startswith(text.split("\n\n", 1)[1][:20])


@pytest.mark.parametrize(
    "text",
    [
        # a section label under page chrome, or one of a section's words, is no headline
        "Главная\nНовости\nНовости Беларуси\n\nМинск и Пекин подписали соглашение о сотрудничестве.\n",
        "Все новости\n\nМинск и Пекин подписали соглашение о сотрудничестве.\n",
        "Лента событий\n\nМинск и Пекин подписали соглашение о сотрудничестве.\n",
        # a short line ending like a sentence, or in a colon, is text, not a headline
        "Внимание:\n\nМинск и Пекин подписали соглашение о сотрудничестве.\n",
        # a date line is no headline
        "12.05.2025 14:30\n\nМинск и Пекин подписали соглашение о сотрудничестве.\n",
    ],
)
def test_a_short_line_that_is_no_headline_gives_no_title(text: str) -> None:
    assert parse_scraped_text(text).title is None


@pytest.mark.parametrize(
    ("headline", "dateline"),
    [
        ('Газпром нарастил поставки газа в Китай по "Силе Сибири"', "МОСКВА. 2 января 2026. INTERFAX.RU -"),
        ("Почему товарооборот Беларуси и Китая впервые за пять лет снизился?", "МИНСК, 3 марта (БЕЛТА) –"),
        (
            "Лукашенко и Токаев обсудили сотрудничество в сфере сельского хозяйства.",
            "АСТАНА, 3 марта. /Казинформ/.",
        ),
        (
            "Kazakhstan and China signed fifteen agreements worth $10 billion in Astana.",
            "ASTANA, March 3 (Reuters) -",
        ),
    ],
)
def test_a_long_headline_over_an_agency_dateline_is_the_title(headline: str, dateline: str) -> None:
    text = f"{headline}\n\n{dateline} Стороны обсудили торговлю и транспорт, сообщила пресс-служба.\n"
    meta = parse_scraped_text(text)
    assert meta.title == headline
    assert text[meta.body_start :].startswith(dateline.split()[0])
    assert meta.publisher is not None
    # a dateline with its year dates the article; one without a year and without context does not
    assert (meta.published_date is not None) == ("2026" in dateline)
