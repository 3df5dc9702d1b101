"""A first name and a surname in an oblique case after an ordinary word (no role noun, no
preposition the name parser reads): the reading that declines the surname regularly wins over one
that leaves it as written (flows/text/people/names.py _analyze_name)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # locative and dative of a -ов/-ев/-ук surname: not left as written
        ("Журналисты рассказали о Никите Михалкове.", "Никита Михалков"),
        ("Фильм о Федоре Бондарчуке вышел в прокат.", "Федор Бондарчук"),
        ("В книге рассказано об Антоне Чехове.", "Антон Чехов"),
        ("Вечер памяти о Марине Цветаевой прошел в Москве.", "Марина Цветаева"),
        # a surname that declines for no one stays as it is
        ("Речь идет о Петре Порошенко.", "Петр Порошенко"),
    ],
)
def test_an_oblique_name_is_read_in_the_nominative(text: str, name: str) -> None:
    assert [p.name for p in extract_people(text)] == [name], extract_people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a woman in the nominative stays hers; her surname does not decline
        ("Анна Бондарчук выступила на форуме.", "Анна Бондарчук"),
        ("Встреча с Анной Бондарчук прошла в Киеве.", "Анна Бондарчук"),
    ],
)
def test_a_womans_name_in_the_nominative_stays_hers(text: str, name: str) -> None:
    assert [p.name for p in extract_people(text)] == [name], extract_people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a first name the dictionary reads first as another word, before a surname of a surname's shape
        ("Премьер-министр Азербайджана Али Асадов прибыл в Москву.", "Али Асадов"),
        ("Али Хаджиев провел встречу с инвесторами.", "Али Хаджиев"),
        # an East-Asian name opening the sentence as one subject of two, before a verb in the plural
        ("Си Цзиньпин и Путин провели переговоры.", "Си Цзиньпин"),
        ("Ли Цян и Мишустин подписали соглашение.", "Ли Цян"),
    ],
)
def test_a_name_the_dictionary_reads_as_words_is_still_a_name(text: str, name: str) -> None:
    assert name in [p.name for p in extract_people(text)], extract_people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Министр Андрей Иванец сообщил об этом. По словам Андрея Иванца, число выросло.", "Андрей Иванец"),
        ("По словам Андрея Иванца, число выросло. Министр Андрей Иванец сообщил об этом.", "Андрей Иванец"),
        ("Тренер Олег Сурок уехал на сборы. Олега Сурка поддержали болельщики.", "Олег Сурок"),
        ("Глава района Павел Стрелец выступил. Павлу Стрельцу вручили награду.", "Павел Стрелец"),
    ],
)
def test_a_fleeting_vowel_the_text_states_in_the_nominative_is_kept(text: str, name: str) -> None:
    (person,) = extract_people(text)
    assert person.name == name


def test_a_surname_without_a_fleeting_vowel_keeps_its_consonants() -> None:
    (person,) = extract_people("Встреча с Олегом Шульцем прошла. Олег Шульц остался доволен.")
    assert person.name == "Олег Шульц"
