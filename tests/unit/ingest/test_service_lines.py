"""Service lines of a page (a call to follow the outlet, a press contact, a wire's credits) are
no text of the article, on every path: a text page, an HTML page, a JSON item. They are read by
their shape, and only as a whole line: a sentence that mentions Telegram stays."""

from __future__ import annotations

import json

import pytest

from flows.ingest.documents import InputItem, parse_input
from flows.text.article import drop_service_lines, is_service_line, parse_scraped_text

SERVICE_LINES = [
    "Подписывайтесь на ТАСС в Telegram",
    "Подпишитесь на канал «Интерфакс-Запад» в Телеграм!",
    "Подписывайтесь на Sputnik Беларусь",
    "👉 Подписывайся на наш канал в MAX",
    "Читайте нас в Дзен",
    "Следите за новостями в нашем Telegram-канале",
    "Присоединяйтесь к нам во ВКонтакте и Одноклассниках",
    "Підписуйтесь на наш Telegram",
    "Підпишіться на Укрінформ у Google News",
    "Читайте Суспільне у Viber",
    "Падпісвайцеся на наш канал у Telegram",
    "Чытайце нас у Telegram",
    "Subskrybuj PAP w Google News",
    "Obserwuj nas na X i Facebooku",
    "Dołącz do nas na WhatsAppie",
    "Бізді Telegram-да оқыңыз",
    "Біздің YouTube-арнаға жазылыңыз",
    "Follow us on X",
    "Следите за нами в соцсетях",
    "Obserwujcie nas w mediach społecznościowych",
    "Join our WhatsApp channel for the latest news",
    "Subscribe to our newsletter",
    "Справки для прессы по телефону: +7 (495) 123-45-67",
    "Контакты для СМИ: press@example.ru",
    "Довідки для преси: +380 44 123 45 67",
    "Kontakt dla mediów: biuro@example.pl, tel. 22 123 45 67",
    "Media contact: Jane Doe, +1 202 555 0100",
    "Reporting by Pavel Polityuk in Kyiv; Editing by Mark Heinrich",
    "Additional reporting by Anna Wlodarczak-Semczuk; Writing by Alan Charlish; Editing by Ros Russell",
    "Our Standards: The Thomson Reuters Trust Principles.",
]

NEWS_LINES = [
    "Павел Дуров заявил, что число пользователей Telegram превысило миллиард.",
    "Министр призвал граждан подписываться на Telegram-канал ведомства, чтобы узнавать о ценах.",
    "Подписание соглашения о торговле между Арменией и Ираном перенесли на декабрь.",
    "Читатели газеты спрашивают, когда откроется граница с Китаем.",
    "Follow-up talks between the US and China are set for January.",
    "Like our partners in the EU, Poland wants more funds for Ukraine.",
    "Read the statement of the Kazakh foreign ministry in full.",
    "Reporting requirements for exporters to Turkey will change next year.",
    "Підписання угоди між Україною та Польщею відбудеться у Варшаві.",
    "Obserwatorzy OBWE nie dostali wiz do Białorusi, poinformowało MSZ.",
    "Сторони обговорили співпрацю в Telegram-каналі міністерства та на сайті.",
    # a call that goes on as a second sentence is text, whatever it calls for
    "Подпишитесь под обращением. Так сказал министр иностранных дел Армении.",
    # a quoted call that is not to follow anything
    "Подпишитесь под каждым словом этого договора, сказал министр.",
    "Subscribe, the minister said, to the principle of sovereign equality.",
]


@pytest.mark.parametrize("line", SERVICE_LINES)
def test_a_service_line_is_read_by_its_shape(line):
    assert is_service_line(line)


@pytest.mark.parametrize("line", NEWS_LINES)
def test_a_news_sentence_that_mentions_a_platform_is_text(line):
    assert not is_service_line(line)


def test_a_service_line_goes_only_as_a_whole_line():
    text = "Армения и Иран подписали соглашение.\nПодписывайтесь на Sputnik Армения в Telegram\nСумма — 5 млн долларов."
    assert drop_service_lines(text) == "Армения и Иран подписали соглашение.\nСумма — 5 млн долларов."
    inline = "Армения и Иран подписали соглашение, сообщили в Telegram-канале Sputnik Армения."
    assert drop_service_lines(inline) == inline


LEAD = "Казахстан и Узбекистан подписали соглашение о строительстве новой ГЭС на реке Сырдарья в среду."
MORE = "Стоимость проекта оценивается в 500 млн долларов, строительство займет четыре года."


@pytest.mark.parametrize(
    "tail",
    [
        "Подписывайтесь на Sputnik Армения",
        "Читайте нас в Дзен\nПодписывайтесь на РИА Новости в Telegram",
        "Справки для прессы по телефону: 8 (7172) 11-22-33",
        "Бізді Telegram-да оқыңыз",
    ],
)
def test_service_lines_closing_a_text_page_are_cut_from_its_body(tail):
    page = f"Казахстан и Узбекистан построят ГЭС\n\n{LEAD}\n{MORE}\n\n{tail}\n"
    meta = parse_scraped_text(page)
    assert page[meta.body_start : meta.body_end] == f"{LEAD}\n{MORE}"


def test_a_service_line_inside_a_text_page_leaves_its_body():
    page = f"Казахстан и Узбекистан построят ГЭС\n\n{LEAD}\nПодписывайтесь на Sputnik Армения\n{MORE}\n"
    res = parse_input(InputItem("file:///in/ges.txt", "txt", content=page.encode("utf-8")))
    (art,) = res.articles
    assert art.body == f"{LEAD}\n{MORE}"
    assert art.body_start is None  # no longer one span of the page
    assert not any("Армени" in row[3] for row in art.analysis.sentences)  # no AM mention to count


def test_a_text_page_without_service_lines_keeps_its_span():
    page = f"Казахстан и Узбекистан построят ГЭС\n\n{LEAD}\n{MORE}\n"
    (art,) = parse_input(InputItem("file:///in/ges.txt", "txt", content=page.encode("utf-8"))).articles
    assert page[art.body_start : art.body_end] == art.body == f"{LEAD}\n{MORE}"


def test_wire_credits_close_no_english_body():
    page = (
        "WARSAW, Nov 30 (Reuters) - Poland and Lithuania signed a deal on Monday to build a second power link.\n"
        "The link will cost 1.2 billion euros, the ministers said.\n\n"
        "Reporting by Jan Nowak in Warsaw and Andrius Sytas in Vilnius; Editing by Alex Richardson\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n"
    )
    meta = parse_scraped_text(page)
    assert page[meta.body_start : meta.body_end].endswith("the ministers said.")


def test_html_and_json_bodies_lose_their_service_lines():
    paragraphs = [
        "Литва та Латвія підписали угоду про спільну енергосистему до 2030 року.",
        "Підписуйтесь на наш Telegram",
        "Вартість проєкту оцінюють у 300 млн євро, повідомили у міністерстві.",
        "Читайте Укрінформ у Google News",
    ]
    html = (
        '<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>Литва та Латвія</title>'
        '<meta property="article:published_time" content="2026-10-20T09:00:00+03:00"></head><body><article>'
        "<h1>Литва та Латвія підписали угоду</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    (art,) = parse_input(InputItem("file:///in/lv.html", "html", content=html.encode("utf-8"))).articles
    assert "Telegram" not in art.body and "Google News" not in art.body
    assert "300 млн євро" in art.body
    item = {"title": "Литва та Латвія", "date": "2026-10-20", "text": "\n".join(paragraphs)}
    data = json.dumps(item, ensure_ascii=False).encode("utf-8")
    (art,) = parse_input(InputItem("file:///in/lv.json", "json", content=data)).articles
    assert art.body == f"{paragraphs[0]}\n{paragraphs[2]}"


@pytest.mark.parametrize(
    "between",
    ["\n\nFollow us on X for the latest news\n\n", "\nЧитайте нас в Дзен и Telegram каждый день\n"],
)
def test_a_service_line_under_the_headline_is_neither_title_nor_lead(between):
    page = f"Казахстан и Узбекистан построят ГЭС{between}{LEAD}\n"
    meta = parse_scraped_text(page)
    assert meta.title == "Казахстан и Узбекистан построят ГЭС"
    assert page[meta.body_start : meta.body_end] == LEAD


@pytest.mark.parametrize(
    "line",
    [
        "Фото: пресс-служба Минэкономики",
        "Фото БЕЛТА",
        "Фото: Сергей Шелег / Sputnik",
        "Видео: Лукашенко провёл совещание",
        "Фота: Звязда",
        "Відео: Укрінформ",
        "Photo: Reuters/Evgenia Novozhenina",
        "Fot. PAP/Leszek Szymański",
        "Скриншот: Telegram-канал МИД",
    ],
)
def test_a_photo_or_video_caption_is_a_line_of_the_page(line):
    assert is_service_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Фото Путина и Си Цзиньпина появились в сети вечером.",
        "Видео переговоров опубликовала пресс-служба Кремля, сообщает агентство.",
        "Photographs of the talks were released by the foreign ministry on Monday evening.",
    ],
)
def test_a_sentence_about_a_photo_is_text(line):
    assert not is_service_line(line)


PAGE = """Беларусь и Китай расширят торговлю

МИНСК, 1 декабря. /БЕЛТА/. Товарооборот Беларуси и Китая за девять месяцев вырос на 12%, сообщил министр.
{middle}
По его словам, экспорт в Китай составил 3 млрд долларов, а импорт 5 млрд долларов.
{prose}
Стороны договорились о новых поставках.
{end}
Купите квартиру в Минске недорого
"""


@pytest.mark.parametrize(
    ("middle", "prose", "end"),
    [
        (
            "Фото: пресс-служба Минэкономики",
            "Реклама белорусских товаров в Китае будет расширена, добавил он.",
            "Реклама",
        ),
        ("Видео: БЕЛТА", "Комментарии экспертов разошлись, но рост признают все.", "Комментарии (12)"),
        ("Фото БЕЛТА", "Популярное в Китае молоко из Беларуси подорожает, отметил министр.", "Популярное"),
    ],
)
def test_a_caption_or_a_sentence_opening_with_a_furniture_word_does_not_end_the_body(middle, prose, end):
    text = PAGE.format(middle=middle, prose=prose, end=end)
    meta = parse_scraped_text(text)
    body = drop_service_lines(text[meta.body_start : meta.body_end])
    assert "экспорт в Китай составил 3 млрд" in body and prose in body and "новых поставках" in body
    assert middle not in body  # the caption is no text of the article
    assert "Купите квартиру" not in body  # the furniture line on its own still ends it
