"""Official releases write foreign people as initials and a surname glued to them. After
initials, a word the dictionary knows only as a man's first name is the surname (Arabic and
Turkic family names often are one: ``Х.Мансуром`` is Мансур), declined back to the nominative;
an Arabic article before the surname stays in the name (``М.Аль Тани``), and the article and
surname written alone later are the same person. A woman's first name after initials is no
man's surname."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Министр принял Посла Ливана Р.Хасана.", "Р. Хасан", "Посол"),
        ("Состоялась беседа с послом Сирии Б.Д.Рашидом.", "Б.Д. Рашид", "посол"),
        ("Заместитель министра провел встречу с А.Карима.", "А. Карим", None),
        ("Глава МИД Кувейта А.Аль Яхья прибыл в Москву.", "А. Аль Яхья", "глава МИД"),
        (
            "Переговоры с министром иностранных дел Бахрейна А.Эль Зайяни прошли в Манаме.",
            "А. Эль Зайяни",
            "министр иностранных дел",
        ),
    ],
)
def test_a_given_name_or_an_article_after_initials(text: str, name: str, role: str | None) -> None:
    found = [(p.name, p.role) for p in extract_people(text) if p.name.startswith(name[:2])]
    assert found == [(name, role)]


def test_the_article_and_surname_alone_later_are_the_same_person() -> None:
    text = "Беседа с министром Катара С.Аль Мурейхи прошла в Дохе. Аль Мурейхи отметил рост торговли."
    assert [p.name for p in extract_people(text)] == ["С. Аль Мурейхи"]


def test_a_womans_given_name_after_an_article_is_no_other_woman() -> None:
    names = [p.name for p in extract_people("Разговор состоялся с министром М.Аль Тани.")]
    assert names == ["М. Аль Тани"]
