"""An HTML page's or a JSON item's text ends where a text page's body ends: tags, a "read also"
or "other news" heading, another story's headline over its own date, and the closing furniture
(a typo notice, a share line) printed as paragraphs inside the article's text block are not the
article's, and neither are the countries and figures they name."""

from __future__ import annotations

import json

import pytest

from flows.ingest.documents import InputItem, parse_input
from flows.text.article import cut_body_end

LEAD = {
    "ru": [
        "Министр энергетики Узбекистана провел переговоры с министром энергетики Азербайджана в Баку.",
        "Стороны обсудили поставки электроэнергии и строительство новой линии.",
    ],
    "uk": [
        "Міністр аграрної політики України провів переговори з міністром сільського господарства Чехії.",
        "Сторони обговорили експорт зерна та логістику.",
    ],
    "pl": [
        "Minister rolnictwa Polski spotkał się z ministrem rolnictwa Litwy w Wilnie.",
        "Rozmowy dotyczyły eksportu zboża i logistyki.",
    ],
}


def _page(lang: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Переговоры</title>'
        '<meta property="article:published_time" content="2026-12-02T09:00:00+03:00"></head>'
        f"<body><article><h1>Переговоры министров</h1>{body}</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("lang", "tail", "foreign"),
    [
        ("ru", ["Теги: Турция, Греция, Кипр"], "Греция"),
        ("uk", ["Теги: Угорщина, Словаччина, Румунія"], "Угорщина"),
        ("pl", ["Tagi: Niemcy, Francja, Hiszpania"], "Francja"),
        (
            "ru",
            [
                "<b>Читайте также</b>",
                "Индия и Вьетнам договорились о поставках риса",
                "Бразилия увеличила экспорт кофе в Китай на 15%",
            ],
            "Вьетнам",
        ),
        (
            "ru",
            [
                "<strong>Другие новости раздела</strong>",
                "Египет и Судан обсудили водные ресурсы <span>1 декабря 2026</span>",
            ],
            "Судан",
        ),
        ("ru", ["Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"], "Ctrl"),
    ],
)
def test_html_text_ends_before_page_furniture(lang: str, tail: list[str], foreign: str) -> None:
    res = parse_input(InputItem(f"file:///in/{lang}.html", "html", content=_page(lang, [*LEAD[lang], *tail])))
    (art,) = res.articles
    assert LEAD[lang][1].rstrip(".") in art.body
    assert foreign not in art.body


def test_html_in_a_json_text_field_ends_before_tags() -> None:
    item = {
        "title": "Переговоры министров",
        "published": "2026-12-02",
        "text": "".join(f"<p>{p}</p>" for p in [*LEAD["ru"], "Теги: Турция, Греция, Кипр"]),
    }
    res = parse_input(
        InputItem("file:///in/a.json", "json", content=json.dumps(item, ensure_ascii=False).encode())
    )
    (art,) = res.articles
    assert "Греция" not in art.body and "новой линии" in art.body


def test_a_plain_json_text_keeps_its_parts() -> None:
    # a plain text field is the article's text: "Комментарии" heads a part of it
    text = "\n".join([*LEAD["ru"], "Комментарии", "Эксперты из Турции назвали встречу успешной."])
    item = {"title": "Переговоры министров", "published": "2026-12-02", "text": text}
    res = parse_input(
        InputItem("file:///in/b.json", "json", content=json.dumps(item, ensure_ascii=False).encode())
    )
    (art,) = res.articles
    assert "Эксперты из Турции" in art.body


@pytest.mark.parametrize(
    "body",
    [
        # prose that names tags or news is the article's
        "Первая строка статьи о торговле.\nТеги на товарах теперь печатают на двух языках, сообщили в министерстве.",
        "Первая строка.\nДругие новости о переговорах стороны обещали сообщить позже, заявил министр.",
        "Только одна строка: Теги: Турция",
    ],
)
def test_prose_lines_are_kept(body: str) -> None:
    assert cut_body_end(body) == body


def test_a_list_of_bullets_closing_the_text_stays() -> None:
    body = "Федерации поддержали кандидата.\n• Чили • Эквадор • Египет • Грузия • Казахстан"
    assert cut_body_end(body) == body


@pytest.mark.parametrize(
    "headline",
    [
        "О телефонном разговоре Министра иностранных дел Российской Федерации С.В.Лаврова с Министром иностранных дел"
        " Королевства Иордания А.Сафади",
        "О встрече заместителя Министра иностранных дел Российской Федерации М.Л.Галузина с Послом Республики Армения"
        " Г.Копыркиным",
    ],
)
def test_a_long_headline_is_no_publisher(headline: str) -> None:
    # trafilatura may read "<title>HEADLINE - Site</title>" the other way round: the site's name
    # is then the headline, which no outlet is
    page = (
        f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>{headline} - Министерство'
        ' иностранных дел Российской Федерации</title></head><body><header><nav><a href="/">Главная</a> | <a href="/news/">'
        f'Новости</a></nav></header><div class="content"><h1>{headline}</h1><div class="date">02.12.2026'
        f" 18:45</div><p>{LEAD['ru'][0]}</p><p>{LEAD['ru'][1]}</p></div><footer>© Министерство иностранных"
        " дел Российской Федерации</footer></body></html>"
    ).encode()
    (art,) = parse_input(InputItem("file:///in/long.html", "html", content=page)).articles
    assert art.publisher is None or art.publisher.casefold() not in headline.casefold()


def test_a_sites_own_name_stays_the_publisher() -> None:
    page = (
        '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Переговоры министров</title>'
        '<meta property="og:site_name" content="Kun.uz"></head><body><article><h1>Переговоры министров</h1>'
        f"<p>{LEAD['ru'][0]}</p><p>{LEAD['ru'][1]}</p></article></body></html>"
    ).encode()
    (art,) = parse_input(InputItem("file:///in/site.html", "html", content=page)).articles
    assert art.publisher == "Kun.uz"
