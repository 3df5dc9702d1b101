"""A person with a post held now and one held no longer (``бывший``, ``экс-``, ``former``, ``były``)
is reported with the current one, whichever is written first or names more words."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Генеральный секретарь АСЕАН Као Ким Хорн встретился в Джакарте с президентом Индонезии."
            " Као Ким Хорн, бывший государственный секретарь МИД Камбоджи, отметил важность диалога.",
            "Као Ким Хорн",
            "генеральный секретарь АСЕАН",
        ),
        (
            "Бывший премьер-министр Иван Петров заявил, что рост продолжится. Петров, ныне министр финансов,"
            " добавил, что бюджет принят.",
            "Иван Петров",
            "министр финансов",
        ),
    ],
)
def test_the_current_post_is_reported(text: str, name: str, role: str) -> None:
    people = {p.name: p.role for p in extract_people(text)}
    assert people[name] == role
