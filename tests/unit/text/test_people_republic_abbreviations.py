"""A president of a republic named by an abbreviation several republics share (РК, РТ, РА, КР) is
a head of state, not of an organisation; the head (глава) of such an abbreviation stays a
regional head, as does the head of a republic of a federation named in full (Республики
Башкортостан)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Президент РК Касым-Жомарт Токаев подписал закон о бюджете.", "head_of_state"),
        ("В Душанбе президент РТ Эмомали Рахмон принял министра.", "head_of_state"),
        ("Вице-президент РА Давид Оганесян открыл форум.", "deputy_head_of_state"),
        ("Указ подписал президент КР Садыр Жапаров.", "head_of_state"),
        ("Президент фонда Анна Егорова открыла выставку.", "head_of_organisation"),
        ("Глава РК Артур Парфенчиков осмотрел трассу.", "regional_head"),
    ],
)
def test_the_kind_of_a_role_over_a_shared_abbreviation(text: str, kind: str) -> None:
    (person,) = extract_people(text)
    assert person.role_kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Глава Республики Башкортостан Радий Хабиров открыл форум.",
        "Указ подписал глава Республики Дагестан Сергей Меликов.",
        "Глава Республики Карелия Артур Парфенчиков провел встречу.",
    ],
)
def test_the_head_of_a_republic_of_a_federation_named_in_full_is_a_regional_head(text: str) -> None:
    (person,) = extract_people(text)
    assert person.role_kind == "regional_head"


def test_the_head_of_a_republic_that_is_a_state_named_in_full_is_a_head_of_state() -> None:
    (person,) = extract_people("Глава Республики Казахстан Касым-Жомарт Токаев прибыл в Минск.")
    assert person.role_kind == "head_of_state"
