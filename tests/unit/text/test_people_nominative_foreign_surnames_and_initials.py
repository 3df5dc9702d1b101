"""A first name in the nominative before a foreign surname in -ем/-ом keeps the surname as written
(``Лейла Салем``, not an East-Asian name with its last syllable in the instrumental); a surname the
dictionary reads only as another word is one after initials (``Г. Карасин``); an English portfolio
word before "Minister" makes the role (``Power Minister``, ``Railways Minister``)."""

from __future__ import annotations

import pytest

from flows.text.analyze import analyze_body


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for _, p in analyze_body(text).people]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Министр туризма Иордании Лейла Салем заявила о росте потока.", "Лейла Салем", "министр туризма"),
        ("Посол Ливана Карим Хашем вручил верительные грамоты.", "Карим Хашем", "посол"),
        ("Мария Бром выступила на форуме в Вене.", "Мария Бром", None),
    ],
)
def test_a_nominative_first_name_keeps_a_surname_in_em_or_om(text: str, name: str, role: str | None) -> None:
    assert _people(text) == [(name, role)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Переговоры прошли с послом Данг Минь Кхоем в Ханое.", "Данг Минь Кхой"),
        ("Министр встретился с Мун Чже Ином в Сеуле.", "Мун Чже Ин"),
    ],
)
def test_east_asian_names_still_read_their_last_syllable_in_the_instrumental(text: str, name: str) -> None:
    assert [n for n, _ in _people(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("В заседании участвовал сенатор Г. Карасин.", "Г. Карасин"),
        ("Делегацию возглавил А. Лисин.", "А. Лисин"),
    ],
)
def test_initials_make_a_surname_of_a_word_the_dictionary_reads_otherwise(text: str, name: str) -> None:
    assert [n for n, _ in _people(text)] == [name]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("India's Power Minister Anil Sharma said the line would open in 2028.", "power minister"),
        ("Railways Minister Ashwini Vaishnaw inaugurated the corridor.", "railways minister"),
        ("Pakistan's Petroleum Minister Ali Pervaiz said talks went well.", "petroleum minister"),
        ("Coal Minister Kishan Reddy visited the mine.", "coal minister"),
    ],
)
def test_an_english_portfolio_word_before_minister_is_the_role(text: str, role: str) -> None:
    assert [r for _, r in _people(text)] == [role]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Министр энергетики ОАЭ Султан аль-Мазруи заявил о росте добычи.", "Султан аль-Мазруи"),
        ("Встреча с Султаном аш-Шамси прошла в Дубае.", "Султан аш-Шамси"),
    ],
)
def test_a_title_before_an_arabic_family_name_is_a_first_name(text: str, name: str) -> None:
    assert [n for n, _ in _people(text)] == [name]


def test_a_title_before_a_country_stays_a_title() -> None:
    assert _people("Султан Брунея Хассанал Болкиах принял делегацию.") == [("Хассанал Болкиах", "султан")]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Спикер провела переговоры с председателем парламента Ганы А. Багбиной.",
            "А. Багбина",
            "председатель парламента",
        ),
        ("Встреча с Н. Мбумбой прошла в Москве.", "Н. Мбумба", None),
    ],
)
def test_an_unknown_surname_in_oi_after_the_instrumental_is_an_a_surname(text: str, name: str, role) -> None:
    assert (name, role) in _people(text)


def test_a_known_surname_in_oi_stays_as_written() -> None:
    assert [n for n, _ in _people("Встреча с Л. Толстой прошла в Ясной Поляне.")] == ["Л. Толстой"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Президент Туниса Зин эль-Абидин Бен-Али прибыл в Эр-Рияд.", "Зин эль-Абидин Бен-Али"),
        ("Министр иностранных дел Панамы Хуан Карлос Варела прибыл в Москву.", "Хуан Карлос Варела"),
    ],
)
def test_a_name_of_two_first_names_and_a_surname_the_dictionary_does_not_know_is_one(
    text: str, name: str
) -> None:
    assert [n for n, _ in _people(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("По словам хранителя музея в Балтиморе Джеффа Джерома, экспозиция откроется в мае.", "Джефф Джером"),
        (
            "По словам главы отделения ХДС в Шлезвиг-Гольштейне Кристиана фон Беттихера, выборы пройдут в мае.",
            "Кристиан фон Беттихер",
        ),
    ],
)
def test_a_place_after_a_preposition_is_no_part_of_the_name_after_it(text: str, name: str) -> None:
    assert name in [n for n, _ in _people(text)]
    assert not any(n.startswith(("Балтимор", "Шлезвиг")) for n, _ in _people(text))
