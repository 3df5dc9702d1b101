"""Words around a name that are no part of it: an outlet's name before a reporter's
(``корреспонденту РИА Новости Ивану Петрову``), a think tank's name (``Brookings Institution``), a
word for a profession opening the sentence (``Analyst Tatiana Stanovaya``), a photo credit written
inline in Ukrainian, Belarusian or Polish (``Фото: ...``, ``Fot. ...``); and an Arabic name cut
short after its particle later in the text (``Шейх Абдалла бен Заид``), which is the same person."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _names(text: str) -> list[str]:
    return [p.name for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Это важный шаг, — сказал министр корреспонденту РИА Новости Андрею Климову.", "Андрей Климов"),
        ("Об этом корреспонденту РИА Новости Марине Орловой сообщил посол.", "Марина Орлова"),
        ("Об этом сообщил корреспондент Россия сегодня Игорь Сидоров.", "Игорь Сидоров"),
        ("Об этом сообщил в интервью Российской газете Сергей Лавров.", "Сергей Лавров"),
    ],
)
def test_an_outlet_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    names = _names(text)
    assert name in names, names
    assert not any(n.startswith(("Новост", "Сегодня")) for n in names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Antony Blinken, now a fellow at the Brookings Institution, said the talks failed.",
            ["Antony Blinken"],
        ),
        (
            "Analyst Tatiana Stanovaya of the Carnegie Endowment said the Kremlin was cautious.",
            ["Tatiana Stanovaya"],
        ),
        ("Economist Paul Krugman said tariffs would hurt.", ["Paul Krugman"]),
        ("John Smith of the Chatham House Institute said.", ["John Smith"]),
    ],
)
def test_english_bodies_and_professions_are_no_names(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Сибіга провів переговори з Радославом Сікорським. Фото: Геннадій Мінченко",
        "Лукашэнка сустрэўся з Аляксандрам Турчыным. Фота: Мікалай Петрушэнка",
        "Sikorski rozmawiał z Donaldem Tuskiem. Fot. Jan Kowalski",
        # an agency between the credit's word and the name
        "Sikorski rozmawiał z Donaldem Tuskiem. Fot. PAP/Jan Kowalski",
        "Сергей Лавров провел переговоры. Фото: EPA / Jan Kowalski",
    ],
)
def test_an_inline_photo_credit_names_no_one_of_the_text(text: str) -> None:
    names = _names(text)
    assert not any(n.startswith(("Геннадій", "Мікалай", "Jan ")) for n in names), names
    assert len(names) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Министр иностранных дел ОАЭ Абдалла бен Заид Аль Нахайян провел переговоры в Москве. "
            "Шейх Абдалла бен Заид отметил важность визита.",
            "Абдалла бен Заид Аль Нахайян",
        ),
        (
            "Эмир Катара Тамим бен Хамад Аль Тани прибыл в Анкару. Тамим бен Хамад провел переговоры.",
            "Тамим бен Хамад Аль Тани",
        ),
    ],
)
def test_an_arabic_name_cut_after_its_particle_is_the_same_person(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_a_sheikh_is_royalty() -> None:
    (person,) = extract_people("Шейх Тамим бен Хамад Аль Тани принял делегацию.")
    assert person.role_kind == "royalty"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Советник по национальной безопасности ОАЭ шейх Тахнун бин Заид Аль Нахайян принял делегацию.",
            "adviser",
        ),
        ("Советник президента ОАЭ доктор Анвар Гаргаш заявил о поддержке.", "adviser"),
        ("Главный врач больницы профессор Иван Петров сообщил о пострадавших.", "medicine"),
    ],
)
def test_a_title_between_a_post_and_the_name_leaves_the_post(text: str, kind: str) -> None:
    (person,) = extract_people(text)
    assert person.role_kind == kind
    assert person.role is not None and person.role.split()[0] not in ("шейх", "доктор", "профессор")
