"""Page furniture after the last paragraph of a text page (share buttons, a relative time, a
cookie banner, a copyright, a typo notice, a related-stories label) is no text of the body, in
every language read; a short last sentence of the article stays."""

from __future__ import annotations

import pytest

from flows.text.article import parse_scraped_text

HEAD = "Туркменистан и Азербайджан договорились о транзите газа\n14.10.2026 16:40\n"
LAST = "Следующий раунд консультаций пройдёт в Баку в начале будущего года."
BODY = (
    "Министры энергетики Туркменистана и Азербайджана подписали в Ашхабаде меморандум о транзите газа. "
    "Документ рассчитан на десять лет.\n\n" + LAST
)


def _body(text: str) -> str:
    meta = parse_scraped_text(text)
    return text[meta.body_start : meta.body_end]


@pytest.mark.parametrize(
    "furniture",
    [
        ["Поделитесь новостью"],
        ["Share on Facebook", "Tweet"],
        ["Поширити в соцмережах"],
        ["Podziel się", "Komentarze"],
        ["3 часа назад"],
        ["Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с этим."],
        ["© ТуркменПорт, 2026. Все материалы защищены авторским правом, перепечатка только с разрешения."],
        ["Заметили опечатку? Выделите фрагмент и нажмите Ctrl + Enter, мы всё исправим"],
        ["Другие материалы раздела", "Взгляд из Баку"],
        ["Sponsored", "You may also like"],
    ],
)
def test_furniture_after_the_last_paragraph_is_no_body(furniture: list[str]) -> None:
    text = HEAD + BODY + "\n\n" + "\n".join(furniture) + "\n"
    assert _body(text).endswith(LAST)


@pytest.mark.parametrize("last", ["Переговоры прошли успешно.", "Сделка закрыта!", "Что будет дальше?"])
def test_a_short_last_sentence_stays(last: str) -> None:
    text = HEAD + BODY + "\n\n" + last + "\n\nПоделиться\n"
    assert _body(text).endswith(last)


def test_the_date_under_the_text_is_still_read_below_furniture() -> None:
    text = (
        "Туркменистан и Азербайджан договорились о транзите газа\n"
        + BODY
        + "\n\n14.10.2026 16:40\nShare this\n"
    )
    meta = parse_scraped_text(text)
    assert text[meta.body_start : meta.body_end].endswith(LAST)
    assert str(meta.published_date) == "2026-10-14"


@pytest.mark.parametrize(
    "items",
    [
        [
            "Экспорт Туркменистана за 10 месяцев:",
            "• Китай — 7,9 млрд долларов",
            "• Турция — 1,1 млрд долларов",
        ],
        ["Імпорт Молдови у 2025 році:", "- Румунія: 2,3 млрд доларів", "- Україна: 0,9 млрд доларів"],
        ["Main partners in 2025:", "1. China — $7.9 billion", "2. Turkey — $1.1 billion"],
    ],
)
def test_a_list_of_figures_closing_the_text_is_the_articles(items: list[str]) -> None:
    # no line of it reads as prose, but under a heading ending with a colon it is the article's data
    body = _body(HEAD + BODY + "\n" + "\n".join(items))
    assert body.endswith(items[-1])


def test_a_line_of_links_closing_the_text_stays_furniture() -> None:
    assert _body(HEAD + BODY + "\nЧитайте нас:\nTelegram — 12 тыс. подписчиков").endswith(LAST)
