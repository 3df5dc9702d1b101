"""Names of three parts stay one person: a Hispanic second surname the dictionary only guesses as
a first name (``Бруно Родригес Паррилья``), and a Turkish name of two given names in the
instrumental whose last parts look like an East-Asian name's (``с Мехметом Нури Эрсоем``: the
first part is in the instrumental too, so all three are one name)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Министр иностранных дел Кубы Бруно Родригес Паррилья прибыл в Москву.",
            "Бруно Родригес Паррилья",
            "министр иностранных дел",
        ),
        ("Об этом сообщил Бруно Родригес Паррилья.", "Бруно Родригес Паррилья", None),
        (
            "Встреча с министром туризма Турции Мехметом Нури Эрсоем прошла.",
            "Мехмет Нури Эрсой",
            "министр туризма",
        ),
        # an East-Asian name in the instrumental after a role and a country stays what it was
        ("Переговоры с послом Республики Корея Ким Сэ Хоном прошли.", "Ким Сэ Хон", "посол"),
    ],
)
def test_a_name_of_three_parts_is_one_person(text: str, name: str, role: str | None) -> None:
    assert [(p.name, p.role) for p in extract_people(text)] == [(name, role)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Встреча с президентом Египта Абдель Фаттахом ас-Сиси прошла в Каире.", "Абдель Фаттах ас-Сиси"),
        ("Визит президента Египта Абдель Фаттаха ас-Сиси завершился.", "Абдель Фаттах ас-Сиси"),
        ("Президент Египта Абдель Фаттах ас-Сиси прибыл в Москву.", "Абдель Фаттах ас-Сиси"),
    ],
)
def test_a_name_of_three_words_in_the_role_nouns_case(text: str, name: str) -> None:
    assert [(p.name, p.role) for p in extract_people(text)] == [(name, "президент")]
