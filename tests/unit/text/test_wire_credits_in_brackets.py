"""A wire's credits closing a story in brackets (the reporters, then the editor or translator:
``(Ольга Попова. Редактор Дмитрий Антонов)``) and a copyright line (``© Polska Agencja Prasowa``)
are service lines: left out of a JSON item's text, so that the names in them are nobody the
story is about. A bracketed sentence of the story that names an editor stays."""

from __future__ import annotations

import json

import pytest

from flows.ingest.documents import parse_json_object
from flows.text.article import is_service_line
from flows.text.people import extract_people


@pytest.mark.parametrize(
    "line",
    [
        "(Марина Лебедева. Редактор Сергей Волков)",
        "(Ирина Котова, Павел Зуев; редактор Олег Ширяев)",
        "(Олена Ткач. Редактор Ігор Бондар)",
        "(Reporting by Jan Nowak; Editing by Anna Smith)",
        "© Interfax-Ukraine 2026",
        "© Агентство новостей 2026",
    ],
)
def test_credits_and_copyright_lines_are_service_lines(line: str) -> None:
    assert is_service_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "(Министр отметил, что редактор журнала получил награду.)",
        "(включая 3 млрд долларов кредитов)",
        "(Редактор газеты Иван Орлов, по его словам, узнал об этом утром.)",
        "(По словам Орлова, редактор издания был в отпуске)",
        "© 2026 Агентство новостей. Экспорт вырос на 5%.",
    ],
)
def test_bracketed_text_of_the_story_is_no_credits(line: str) -> None:
    assert not is_service_line(line)


def test_the_credits_name_nobody_of_the_story() -> None:
    text = (
        "Египет и Иордания договорились расширить поставки газа, сообщил министр энергетики Египта "
        "Карим Бадави.\n(Марина Лебедева. Редактор Сергей Волков)"
    )
    obj = {"title": "Египет и Иордания расширят поставки газа", "text": text, "published": "2026-12-04"}
    parsed = parse_json_object("item.json", obj, json.dumps(obj, ensure_ascii=False))
    assert not isinstance(parsed, str)
    assert "Волков" not in parsed.body
    assert [p.name for p in extract_people(parsed.body)] == ["Карим Бадави"]
