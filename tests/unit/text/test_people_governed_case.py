"""A name whose letters fit two readings in different cases (``Ильхаму Алиеву``: Ильхам's dative
or Ильхама's accusative; ``Фариду Алиеву``: Фарид's dative or Фарида's accusative) takes the case
the word before it governs: a preposition, a verb whose person object is dative (``позвонил``,
``вручил орден``) or accusative (``поблагодарил``) (flows/text/people/names.py governed_cases,
extract.py _governed_reading)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people
from flows.text.people.names import governed_cases


def _names(text: str) -> list[str]:
    return [p.name for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a dative verb right before the name
        ("Президент позвонил Ильхаму Алиеву и обсудил транзит.", "Ильхам Алиев"),
        ("Министр пообещал Фариду Алиеву новые контракты.", "Фарид Алиев"),
        ("Премьер поручил Ринату Шаймиеву подготовить доклад.", "Ринат Шаймиев"),
        # a dative verb, its accusative object between it and the name
        ("Глава государства направил поздравление Ильхаму Алиеву.", "Ильхам Алиев"),
        ("Президент вручил орден Дружбы Фариду Алиеву.", "Фарид Алиев"),
        ("Посол передал личное послание Ильхаму Алиеву.", "Ильхам Алиев"),
        # a preposition
        ("Делегация отправилась к Ильхаму Алиеву в Баку.", "Ильхам Алиев"),
        # an accusative verb right before the name: a woman's accusative
        ("Она поблагодарила Фариду Алиеву за помощь.", "Фарида Алиева"),
        ("Журналисты увидели Алину Громову на премьере.", "Алина Громова"),
        ("Комиссия назначила Фариду Алиеву председателем.", "Фарида Алиева"),
        # an accusative verb and a man's accusative (not a woman's nominative Ильхама Алиева)
        ("Президент поздравил Ильхама Алиева с днем рождения.", "Ильхам Алиев"),
    ],
)
def test_the_governing_word_picks_the_reading(text: str, name: str) -> None:
    assert name in _names(text), extract_people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a subject after its verb stays in the nominative: the verb's object case fits no reading
        ("Об этом сообщил Фарид Алиев.", "Фарид Алиев"),
        ("Гостей поблагодарила Алина Громова.", "Алина Громова"),
        # unambiguous forms are read as before whatever the verb
        ("Орден вручили Алине Громовой.", "Алина Громова"),
        ("Президент позвонил Рустаму Минниханову.", "Рустам Минниханов"),
    ],
)
def test_a_reading_the_verb_cannot_govern_is_kept(text: str, name: str) -> None:
    assert name in _names(text), extract_people(text)


@pytest.mark.parametrize(
    ("text", "cases"),
    [
        ("Путин позвонил ", {"datv"}),
        ("Путин вручил высокую награду ", {"datv"}),
        ("Она поблагодарила ", {"accs"}),
        ("Встреча с ", {"ablt"}),
        # an accusative verb with a word between says nothing of the name's case
        ("Она поблагодарила коллег ", None),
        # no verb, or a word that is neither noun nor verb, before the name
        ("По данным источника, ", None),
        ("Вчера ", None),
        ("", None),
    ],
)
def test_governed_cases(text: str, cases: set[str] | None) -> None:
    got = governed_cases(text + "Ильхаму Алиеву", len(text))
    assert (set(got) if got is not None else None) == cases


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a noun of an act or a holding, in the nominative, governs the genitive
        ("Визит Ильхама Алиева в Москву завершился подписанием соглашений.", "Ильхам Алиев"),
        ("Встреча Ильхама Алиева с инвесторами прошла в Баку.", "Ильхам Алиев"),
        ("Кабинет Франсуа Олланда ушел в отставку.", "Франсуа Олланд"),
        ("Указ Касым-Жомарта Токаева опубликован на сайте Акорды.", "Касым-Жомарт Токаев"),
    ],
)
def test_a_noun_of_an_act_or_holding_governs_the_genitive(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the addressee in another oblique case stays in it
        ("Посол передал личное послание Ильхаму Алиеву.", "Ильхам Алиев"),
        # after an oblique form of such a noun, a nominative may open its own clause
        ("После ареста сына Марина Петровна уехала из страны.", "Марина Петровна"),
    ],
)
def test_a_governing_noun_leaves_other_readings(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the subject of a woman's verb opening the sentence: her nominative, no man's genitive
        ("Джамиля Алиева присоединилась к встрече в Баку.", "Джамиля Алиева"),
        ("Александра Иванова выступила на форуме.", "Александра Иванова"),
        # a genitive complement before another subject's verb stays a man's
        ("Команда под руководством Вячеслава Быкова встретилась с финнами.", "Вячеслав Быков"),
        ("Александра Иванова поздравили коллеги.", "Александр Иванов"),
    ],
)
def test_the_gender_of_the_verb_after_a_subject(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a pronoun subject before the verb: the name after it is the verb's object
        ("Он обыграл Бена Шелтона в трех сетах.", "Бен Шелтон"),
        # a foreign name no dictionary knows, after a verb or a role in its case: the first name
        # in a consonant declines with the surname
        ("Журналисты встретили Гаррета Рейсмана в аэропорту.", "Гаррет Рейсман"),
        ("Игроки поблагодарили нападающего Карлоса Тевеса за сезон.", "Карлос Тевес"),
    ],
)
def test_a_verbs_object_in_its_case(text: str, name: str) -> None:
    assert name in _names(text)
