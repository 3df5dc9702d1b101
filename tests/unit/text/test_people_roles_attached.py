"""Roles the text gives that reach their name: a portfolio enumeration with commas whose items
differ in number (``Министр инвестиций, промышленности и торговли Узбекистана``), a Ukrainian
complement in ``-лі`` (``торгівлі``: a noun's case, no past verb), a trade representative
(``торгпред``), and a woman's undeclined name after a role in an oblique case (``с министром ...
Ясмин Фуад``)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name", "role", "kind"),
    [
        (
            "Министр инвестиций, промышленности и торговли Узбекистана Лазиз Кудратов посетил Москву.",
            "Лазиз Кудратов",
            "министр инвестиций, промышленности и торговли",
            "minister",
        ),
        (
            "Министр культуры, спорта и туризма Кыргызстана Азамат Жаманкулов открыл выставку.",
            "Азамат Жаманкулов",
            "министр культуры, спорта и туризма",
            "minister",
        ),
        (
            "Міністр торгівлі та інтеграції Казахстану Арман Шаккалієв заявив, що товарообіг зростає.",
            "Арман Шаккалієв",
            "міністр торгівлі та інтеграції",
            "minister",
        ),
        (
            "Міністр аграрної політики та продовольства України Віталій Коваль заявив, що експорт зростає.",
            "Віталій Коваль",
            "міністр аграрної політики та продовольства",
            "minister",
        ),
        (
            "Торгпред России в Индии Олег Малякин заявил о росте.",
            "Олег Малякин",
            "торгпред России в Индии",
            "representative",
        ),
        (
            "Встреча с министром окружающей среды Египта Ясмин Фуад прошла в Каире.",
            "Ясмин Фуад",
            "министр окружающей среды",
            "minister",
        ),
        ("Письмо министру Ясмин Фуад отправлено вчера.", "Ясмин Фуад", "министр", "minister"),
    ],
)
def test_the_role_reaches_the_name(text: str, name: str, role: str, kind: str) -> None:
    assert [(p.name, p.role, p.role_kind) for p in extract_people(text)] == [(name, role, kind)]
