"""People in text of other alphabets and scripts: every Cyrillic alphabet of the press (Ukrainian,
Belarusian, Kazakh letters and the apostrophe inside a word), names in Latin script in English and
Polish text, and foreign names the case of which cannot be known."""

from __future__ import annotations

import re

import pytest

from flows.text.people import extract_people
from flows.text.people.words import _LETTERS, _LOWER, _UPPER


def _names(text: str) -> list[str]:
    return [p.name for p in extract_people(text)]


# --------------------------------------------------------------------------- Cyrillic letters


@pytest.mark.parametrize("letter", list("іїєґўәғқңөұүһ"))
def test_every_cyrillic_alphabet_is_letters(letter: str) -> None:
    assert re.fullmatch(f"[{_LOWER}]", letter)
    assert re.fullmatch(f"[{_UPPER}]", letter.upper())
    assert re.fullmatch(f"[{_LETTERS}]", letter)
    assert not re.fullmatch(f"[{_UPPER}]", letter)


@pytest.mark.parametrize(
    "text",
    [
        "Учасники форуму з Україною обговорили нові проєкти, повідомив посол Фінляндії.",
        "Посол Ірландії взяв участь у зустрічі в Житомирі.",
        "Делегації Білорусі та Ірану обговорили співпрацю у Мінську.",
        "Прэзідэнт Беларусі наведаў Магілёў і Віцебск.",
        "Ұлттық банк Қазақстан Республикасының Сыртқы сауда палатасымен келісті.",
        "Переговори з Німеччиною провела делегація, повідомляє агентство.",
        "Гэта паведаміў прадстаўнік міністэрства ў Магілёве.",
    ],
)
def test_no_person_from_pieces_of_words_of_other_alphabets(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the apostrophe inside a word: one word, not "Мар" and "яна"
        ("Заявление сделала Мар'яна Гнатюк, заместитель министра экономики.", "Мар'яна Гнатюк"),
        ("Гендиректор компании Дар’я Литвинчук встретилась с партнерами.", "Дар’я Литвинчук"),
        ("Про це повідомила заступниця міністра Мар'яна Гнатюк під час брифінгу.", "Мар'яна Гнатюк"),
        # a Kazakh surname is one word: not "Ерлан С"
        ("Вице-министр иностранных дел Казахстана Ерлан Сәрсенбаев провел переговоры.", "Ерлан Сәрсенбаев"),
        ("Министр Ұлан Төлеубаев сообщил, что стороны подписали соглашение.", "Ұлан Төлеубаев"),
        ("Аким области Дәурен Қасымбеков заявил о росте.", "Дәурен Қасымбеков"),
    ],
)
def test_names_with_letters_of_other_cyrillic_alphabets(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_ukrainian_country_before_name_is_no_part_of_it() -> None:
    # a country's name in Ukrainian before a full name: not "Польщі Олег Сидоренко"
    text = "Про це повідомив посол України в Польщі Олег Сидоренко."
    assert _names(text) == ["Олег Сидоренко"]


# --------------------------------------------------------------------------- Latin script: English, Polish


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "LONDON, May 4 (Agency) - U.S. Secretary of State Tom Ardley met Finnish Prime Minister "
            "Liisa Korpela in Helsinki on Monday to discuss trade.",
            ["Tom Ardley", "Liisa Korpela"],
        ),
        ('"We are ready," President Joe Hammond said on Friday.', ["Joe Hammond"]),
        ("Foreign minister Pieter van Dalen told reporters the deal was done.", ["Pieter van Dalen"]),
        ('"The deal is close," said Helen Okoro, adding that talks would go on.', ["Helen Okoro"]),
        ("Mr Paul Ferris added that more talks would follow.", ["Paul Ferris"]),
        ("Greta Solberg said the ministry would review the figures.", ["Greta Solberg"]),
        (
            "Wymiana handlowa wzrosła o 5% – poinformował minister spraw zagranicznych Jan Wróblewski.",
            ["Jan Wróblewski"],
        ),
        ("Prezydent Andrzej Zalewski otworzył szczyt w Gdańsku.", ["Andrzej Zalewski"]),
        ("Rozmowy były owocne, podkreślił wicepremier Krzysztof Gawlik.", ["Krzysztof Gawlik"]),
        ("Marta Wierzbicka powiedziała, że to dobra wiadomość.", ["Marta Wierzbicka"]),
        ("Ambasador Polski w Niemczech Tomasz Żukowski przekazał list.", ["Tomasz Żukowski"]),
    ],
)
def test_latin_names_with_a_person_cue_as_written(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Trade between the United States and Finland reached $12 billion, according to the Commerce Department.",
        "Talks were held in New York and Los Angeles, the Prime Minister said on Tuesday.",
        "The Prime Minister and the Foreign Secretary met in Brussels on Monday.",
        "The European Commission said the Daniel Okafor Foundation would fund the project.",
        "Wiceminister Spraw Zagranicznych odwiedził Nową Zelandię.",
    ],
)
def test_no_latin_person_without_a_cue(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a Polish name in an oblique case: in the nominative (flows/text/people/pl.py)
        ("Prezydent spotkał się z ministrem Tomaszem Kowalczykiem w Warszawie.", ["Tomasz Kowalczyk"]),
        ("Rozmawiał z minister Anną Sobczak o współpracy.", ["Anna Sobczak"]),
        ("Premier podziękował ambasadorowi Janowi Kowalskiemu za współpracę.", ["Jan Kowalski"]),
    ],
)
def test_polish_name_in_an_oblique_case_in_the_nominative(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_latin_first_name_with_polish_letters_is_whole() -> None:
    # a surname with letters beyond A-Z is one word: not "Jan Wr"
    assert _names("В переговорах участвовал Jan Wróblewski из Варшавы.") == ["Jan Wróblewski"]


# --------------------------------------------------------------------------- foreign names in an oblique case


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the first syllables of an East-Asian name stay, the last one declines
        ("Министр провел переговоры с Буй Тхань Шоном.", "Буй Тхань Шон"),
        ("Переговоры с министром иностранных дел Вьетнама Лао Тхань Линем прошли в Ханое.", "Лао Тхань Линь"),
        ("Делегацию возглавил Дао Минь Хоанг.", "Дао Минь Хоанг"),
        ("Переговоры прошли с Дао Минь Хоангом.", "Дао Минь Хоанг"),
        ("У Нгуен Ван Тханя нет возражений.", "Нгуен Ван Тхань"),
        # a preposition says the case of a name no role goes with
        ("Переговоры с Кэндзи Мацудой прошли в Токио.", "Кэндзи Мацуда"),
        ("Кэндзи Мацуда прибыл в Москву.", "Кэндзи Мацуда"),
        # a first name in a vowel the dictionary does not know may be undeclined: as written,
        # in every case of the role before it, not a genitive of "-ся"
        ("Премьер-министр Японии Такэси Ивая прибыл в Москву.", "Такэси Ивая"),
        ("Послание премьер-министра Японии Такэси Ивая зачитали вслух.", "Такэси Ивая"),
        ("Встреча прошла с премьер-министром Японии Такэси Ивая.", "Такэси Ивая"),
        ("Заявление министра Кэндзи Мацуды опубликовано.", "Кэндзи Мацуда"),
        # a guessed first name in a consonant after a role in its case declines
        ("Выступление начальника полиции Рэймонда Келлиса прошло утром.", "Рэймонд Келлис"),
        # the surname's ending shows the case of a guessed first name in -а
        ("Обама провел встречу с Эндрой Коулмэном, премьер-министром страны.", "Эндра Коулмэн"),
    ],
)
def test_foreign_names_in_an_oblique_case(text: str, name: str) -> None:
    assert name in _names(text)
    assert all(" " not in n or n == name for n in _names(text) if n != "Обама")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the other direction: a surname in -а after an undeclined first name declines regularly
        ("Письмо пресс-секретаря министра Чили Рикардо Ортиса зачитали вслух.", "Рикардо Ортис"),
        # a place of two or three letters before a full name is no syllable of it
        ("Выросший в Уфе Максим Лаптев дебютировал в боксе.", "Максим Лаптев"),
    ],
)
def test_oblique_foreign_names_the_other_way(text: str, name: str) -> None:
    assert _names(text) == [name]
