"""Page furniture after an article in the languages read: sidebar headings ("Новости партнеров",
"Другие новости раздела", "Інші новини", "Related Stories") end the body, and a byline ("Автор:
...", "Редактор: ...") is a service line, so that teasers and editors are no part of the article."""

from __future__ import annotations

import pytest

from flows.text.article import ends_body, is_service_line, parse_scraped_text

LEAD = "Казахстан и Узбекистан договорились увеличить товарооборот до 10 млрд долларов, сообщил МИД."


@pytest.mark.parametrize(
    "heading",
    [
        "Новости партнеров",
        "Другие новости раздела",
        "Новости по теме",
        "Самое читаемое",
        "Вам может быть интересно",
        "Сейчас читают",
        "Последние новости",
        "Сюжет: Энергетика Центральной Азии",
        "Інші новини",
        "Новини партнерів",
        "Related Stories",
        "More from Reuters",
        "Najczęściej czytane",
        "Czytaj więcej: Rolnicy blokują przejście",
    ],
)
def test_a_sidebar_heading_ends_the_body(heading):
    page = f"Новости\n\nКазахстан и Узбекистан нарастят торговлю\n02.12.2026 10:00\n\n{LEAD}\n{heading}\nТурция и Грузия открыли новый пункт пропуска\n"
    meta = parse_scraped_text(page)
    assert page[meta.body_start : meta.body_end] == LEAD


@pytest.mark.parametrize(
    "line",
    [
        "Автор: Ирина Ким",
        "Редактор: Павел Орлов",
        "Корреспондент: Алия Нурова",
        "Autor: Jan Kowalski",
        "Author: John Smith",
    ],
)
def test_a_byline_is_a_service_line(line):
    assert is_service_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Последние новости из Ташкента говорят о росте торговли с Казахстаном.",
        "Автор проекта рассказал о планах.",
        "Другие новости касались энергетики и транспорта, сообщили в МИД.",
    ],
)
def test_prose_that_opens_with_such_words_stays(line):
    assert not ends_body(line) and not is_service_line(line)


@pytest.mark.parametrize(
    "byline",
    [
        "By Maria Fernanda Ortiz and Kenji Watanabe",
        "By Anna Lee, Tom Okafor and Li Wei",
        "Авторы: Анна Ли и Дана Омиргазы",
        "Autorzy: Jan Nowak i Anna Kowalska",
    ],
)
def test_a_byline_of_several_names_under_the_headline_is_no_title(byline: str) -> None:
    headline = "Chile and Peru agree to expand lithium cooperation"
    lead = (
        "SANTIAGO, Dec 3 - Chile and Peru signed an agreement on Thursday to expand cooperation in"
        " lithium mining and processing, officials said."
    )
    page = f"Andes Wire\nWorld | Business | Markets\n\n{headline}\n{byline}\nDecember 3, 2026 9:10 AM\n\n{lead}\n"
    assert parse_scraped_text(page).title == headline


def test_a_headline_opening_with_by_is_no_byline() -> None:
    from flows.text.dates import byline_line

    assert not byline_line("By land and sea, Chile and Peru expand trade")
    assert byline_line("By Maria Fernanda Ortiz and Kenji Watanabe")
