"""Two people's names side by side, each whole: a declined surname of someone the text named
before, then another's surname in the nominative (``Пашиняну Лебедев передал``); a foreign name
after a role, then a Russian surname in a case the role does not have (``О президенте Румынии
Никушоре Дане Герасимова отозвалась``); and an East-Asian name whose last syllable is one letter
before the sentence's stop (``Ван И. Лавров заявил``), which is no initial of the next word."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _names(text: str) -> list[str]:
    return [p.name for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Никол Пашинян принял гостей. Пашиняну Лебедев передал приглашение.", ["Никол Пашинян", "Лебедев"]),
        ("Токаев прибыл в Ташкент. Токаеву Мирзиёев вручил орден.", ["Токаев", "Мирзиёев"]),
        (
            "Посол Дании Мортен Хансен прибыл в Москву. Хансену Петрова передала документы.",
            ["Мортен Хансен", "Петрова"],
        ),
        (
            "Президент Казахстана Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым. "
            "Токаева Мирзиёев пригласил в Самарканд.",
            ["Касым-Жомарт Токаев", "Шавкат Мирзиёев"],
        ),
    ],
)
def test_a_declined_surname_of_someone_named_before_is_no_first_name(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


def test_a_first_name_the_dictionary_knows_stays_a_first_name() -> None:
    names = _names("Стив Мартин снялся в фильме. Мартин Грегори Уоллес тоже.")
    assert names == ["Стив Мартин", "Мартин Грегори Уоллес"]


@pytest.mark.parametrize(
    ("text", "first", "other"),
    [
        (
            "О президенте Румынии Никушоре Дане Герасимова отозвалась с уважением.",
            "Никушор Дан",
            "Герасимова",
        ),
        ("С премьер-министром Японии Сигэру Исибой Смирнова не встречалась.", "Сигэру Исиба", "Смирнов"),
        ("О министре Сергее Лаврове Захарова рассказала подробно.", "Сергей Лавров", "Захарова"),
    ],
)
def test_a_surname_in_no_case_of_the_role_before_is_another_person(text: str, first: str, other: str) -> None:
    names = _names(text)
    assert first in names
    assert any(n.startswith(other[:6]) and " " not in n for n in names), names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Лавров провел переговоры с главой МИД Китая Ван И. Лавров заявил, что переговоры прошли успешно.",
            ["Лавров", "Ван И"],
        ),
        ("Министр иностранных дел Китая Ван И. Захарова отметила это.", ["Ван И", "Захарова"]),
        ("Встреча с министром КНР Ли И. Песков подтвердил ее.", ["Ли И", "Песков"]),
    ],
)
def test_a_one_letter_syllable_before_the_stop_ends_the_name(text: str, expected: list[str]) -> None:
    names = _names(text)
    assert sorted(names) == sorted(expected)
    assert not any(n.startswith(("И.", "И ")) for n in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Документ подписал А. Лавров.", "А. Лавров"),
        ("Убийство Джона Ф. Кеннеди потрясло мир.", "Джон Ф. Кеннеди"),
        ("Там Корасон училась в колледже Монт С. Винсент.", None),
    ],
)
def test_initials_stay_initials(text: str, expected: str | None) -> None:
    names = _names(text)
    if expected is not None:
        assert expected in names
    assert "Монт С" not in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Мицотакис принял в Афинах президента Северной Македонии Гордану Сильяновску-Давкову.",
            "Гордана Сильяновска-Давкова",
        ),
        ("Делегация встретилась с министром Словении Таней Файон-Пирцу.", None),
        ("Путин принял Марию Захарову-Смирнову.", "Мария Захарова-Смирнова"),
    ],
)
def test_a_double_surname_declines_in_both_parts(text: str, name: str | None) -> None:
    names = _names(text)
    if name is not None:
        assert name in names, names
    assert not any("ску-" in n or "ову-" in n for n in names), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Делегацию принял губернатор провинции Ляонин Ван Синьвэй.", "Ван Синьвэй"),
        ("Губернатор провинции Шаньдун Чжоу Найсян встретился с послом России.", "Чжоу Найсян"),
        ("Губернатор провинции Цзилинь Ху Юйтин посетил Владивосток.", "Ху Юйтин"),
        ("Встреча с сенатором штата Эйлин Роуз Марлоу прошла.", "Эйлин Роуз Марлоу"),
    ],
)
def test_a_province_after_its_word_is_no_part_of_the_governors_name(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("По итогам переговоров Касым-Жомарта Токаева подписаны документы.", "Касым-Жомарт Токаев"),
        ("Переговоры Касым-Жомарта Токаева и Си Цзиньпина прошли в Пекине.", "Касым-Жомарт Токаев"),
        ("По итогам переговоров Мария Захарова заявила о прогрессе.", "Мария Захарова"),
    ],
)
def test_a_name_after_a_noun_of_talks_is_its_genitive(text: str, name: str) -> None:
    assert name in _names(text)
