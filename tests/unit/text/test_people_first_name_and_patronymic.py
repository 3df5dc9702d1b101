"""A first name and patronymic written without a surname, as the press names a person it named in
full before, is that person when exactly one name of the text has that first name and a surname."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _names(text: str) -> list[str]:
    return [p.name for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Президент Беларуси Александр Лукашенко провел совещание. «Мы должны работать», — подчеркнул "
            "Александр Григорьевич.",
            ["Александр Лукашенко"],
        ),
        (
            "Губернатор Ирина Соколова посетила завод. По словам Ирины Викторовны, цех откроют весной.",
            ["Ирина Соколова"],
        ),
        (
            "Министр Олег Кравченко встретился с послом. Олегу Николаевичу вручили грамоту.",
            ["Олег Кравченко"],
        ),
    ],
)
def test_the_one_person_of_that_first_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_two_people_of_that_first_name_leave_it_apart() -> None:
    text = "Владимир Путин и Владимир Зеленский выступили. Владимир Владимирович сказал, что готов."
    assert "Владимир Владимирович" in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("— С Максимом Юрьевичем мы постоянно на связи, — сказал министр.", "Максим Юрьевич"),
        ("О Суркове написали все газеты, а Иван Петров промолчал.", "Сурков"),
    ],
)
def test_a_one_letter_word_opening_a_sentence_is_no_initial(text: str, name: str) -> None:
    assert name in _names(text)
    assert not any(n.startswith(("С ", "О ")) for n in _names(text))
