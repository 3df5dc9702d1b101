"""First names the Russian dictionary reads only as another word (a short participle, a short
adjective, an adverb, a past verb, an inanimate noun), capitalized inside a sentence before a
surname: the person's first name, not a word to drop from the name. And the other way round: a
place of the gazetteer the dictionary guesses to be a name is no person."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _names(text: str) -> list[str]:
    return [p.name for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a short participle (селима, мелена), an adverb (юрко), a past verb (робел)
        ("Партию возглавила депутат Селима Хасанова.", "Селима Хасанова"),
        ("Сегодня Мелена Ховард вернулась в Москву.", "Мелена Ховард"),
        ("В эфире выступил политолог Юрко Стасюк.", "Юрко Стасюк"),
        ("Суд отпустил под залог Робел Филлипос, приятеля подозреваемого.", "Робел Филлипос"),
        ("Победительницей турнира стала американка Серена Уильямс.", "Серена Уильямс"),
        ("Правительство Болгарии вновь возглавил Бойко Борисов.", "Бойко Борисов"),
        # an inanimate noun in the nominative (тара), before a surname no genitive reads
        ("Роль сыграла актриса Тара Сутариа.", "Тара Сутариа"),
        # a masculine inanimate noun (нейл) as the first of three names
        ("Премию получил продюсер Нейл Джон Уэллс.", "Нейл Джон Уэллс"),
        ("В сериале снялся Нейл Патрик Харрис.", "Нейл Патрик Харрис"),
    ],
)
def test_first_name_read_as_another_word(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # where a sentence starts a capital says nothing: an adverb or a short adjective
        ("Вчера Иванов заявил о своей отставке.", "Вчера Иванов"),
        ("Уверен Петров, что всё получится.", "Уверен Петров"),
        ("Убеждена Смирнова, что закон примут.", "Убеждена Смирнова"),
        # a noun in an oblique case: a theatre's, a prize's, a museum's name
        ("Вечером в Театре Вахтангова прошла премьера.", "Театре Вахтангов"),
        ("Лауреатом Премии Кандинского стал художник.", "Премии Кандинский"),
        # a noun before a genitive: a thing and its owner, or a name's genitive
        ("Вчера закрылась Контора Кука на Невском.", "Контора Кука"),
        ("Студия выбирает между Дева Пателя или Риза Ахмеда.", "Риза Ахмеда"),
        # a place's name before a district's adjective in the genitive
        ("Он родился в деревне Вишнево Воложинского района.", "Вишнево Воложинского"),
        # a neuter noun, a club's name
        ("Об этом сообщило Агентство Рейтер.", "Агентство Рейтер"),
        ("Матч выиграл клуб, и Челси Хэмптон был доволен.", "Челси Хэмптон"),
        # a masculine inanimate noun before a surname alone: a brand's or a place's name
        ("В городе открылся ресторан Бургер Кинг.", "Бургер Кинг"),
        ("Самолёт вылетел в Сан Луис утром.", "Сан Луис"),
    ],
)
def test_no_first_name_from_another_word_without_the_evidence(text, wrong):
    assert wrong not in _names(text)


def test_east_asian_syllable_read_as_a_word_is_not_such_a_first_name():
    # "Пак" is a noun too: the three syllables stay one name
    assert "Пак Кын Хе" in _names("Об этом заявила президент Пак Кын Хе.")


def test_first_name_of_another_word_takes_no_oblique_case():
    # "Серены" may be a genitive of Серена or something else: the first name is not read
    assert "Серены Уильямс" not in _names("Поражение Серены Уильямс стало сенсацией.")


@pytest.mark.parametrize(
    "text",
    [
        # a capital or a city of the gazetteer in an oblique case, which the dictionary guesses
        # to be a first name or a surname
        "Суд рассмотрел дело об осаде Сараева в девяностых.",
        "Колонна двинулась к Сараеву утром.",
        "Лагерь находится в 200 километрах от Грозного.",
    ],
)
def test_a_place_of_the_gazetteer_alone_is_no_person(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a compound adjective the dictionary does not know, of an age: no first name
        ("Семидесятитрёхлетний Гарсия покинул пост.", "Гарсия"),
        ("Пятидесятидвухлетняя Руссо вернулась в парламент.", "Руссо"),
        ("Вчера девяностолетний Мартинес выступил на митинге.", "Мартинес"),
    ],
)
def test_an_age_adjective_is_no_first_name(text, name):
    names = _names(text)
    assert name in names
    assert all(" " not in n for n in names)
