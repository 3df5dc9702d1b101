"""Long foreign names in Russian: Portuguese particles (``душ``, ``даш``) and a second surname
past a particle, even one the dictionary reads as a common noun (``ди Оливейра Пинту``); a
woman's given names declined before surnames that are not (``Дельси Элоиной Родригес Гомес``);
the case of a name after an acting post is the participle's (``с исполняющим обязанности консула
X`` in the instrumental); a place named after its kind before an unknown given name is the
place's (``губернатор префектуры Тоттори Синдзи Хираи``)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Переговоры прошли с главой МИД Мозамбика Марией Мануэлой душ Сантуш Лукаш.",
            "Мария Мануэла душ Сантуш Лукаш",
        ),
        (
            "Визит главы МИД Мозамбика Марии Мануэлы душ Сантуш Лукаш продлится два дня.",
            "Мария Мануэла душ Сантуш Лукаш",
        ),
        ("Министр Ана Паула даш Невеш Карвалью заявила о поддержке.", "Ана Паула даш Невеш Карвалью"),
        (
            "В переговорах принял участие посол Мозамбика Жоаким Мануэл ди Оливейра Пинту. Он напомнил.",
            "Жоаким Мануэл ди Оливейра Пинту",
        ),
        ("Соглашение подписал министр Антониу Жозе да Кошта Пиньейру.", "Антониу Жозе да Кошта Пиньейру"),
        ("Соглашение подписал министр Жуан Карлус да Кошта Пинту.", "Жуан Карлус да Кошта Пинту"),
    ],
)
def test_particle_names_keep_every_part(text: str, name: str) -> None:
    assert name in [n for n, _role in _people(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Вице-премьер провел переговоры с исполнительным вице-президентом Венесуэлы Дельси Элоиной Родригес Гомес.",
            "Дельси Элоина Родригес Гомес",
        ),
        ("Министр встретился с послом Колумбии Лаурой Марией Санчес Ортис.", "Лаура Мария Санчес Ортис"),
    ],
)
def test_a_womans_given_names_decline_before_her_undeclined_surnames(text: str, name: str) -> None:
    assert name in [n for n, _role in _people(text)]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Губернатор провел встречу с исполняющим обязанности генерального консула Японии Кэнтаро Огатой.",
            "Кэнтаро Огата",
            "исполняющий обязанности генерального консула",
        ),
        (
            "Указ касается исполняющего обязанности губернатора Дмитрия Шикова.",
            "Дмитрий Шиков",
            "исполняющий обязанности губернатора",
        ),
        (
            "Благодарность объявлена исполняющей обязанности министра культуры Лидии Зориной.",
            "Лидия Зорина",
            "исполняющая обязанности министра культуры",
        ),
    ],
)
def test_a_name_after_an_acting_post_agrees_with_the_participle(text: str, name: str, role: str) -> None:
    assert (name, role) in _people(text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "С губернатором префектуры Тоттори Синдзи Хираи обсудили туризм.",
            "Синдзи Хираи",
            "губернатор префектуры Тоттори",
        ),
        (
            "Губернатор префектуры Тоттори Синдзи Хираи прибыл во Владивосток.",
            "Синдзи Хираи",
            "губернатор префектуры Тоттори",
        ),
    ],
)
def test_a_place_named_after_its_kind_is_no_part_of_the_name(text: str, name: str, role: str) -> None:
    assert (name, role) in _people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("По словам главы МИД Франции Жан-Ноэля Барро, переговоры прошли успешно.", "Жан-Ноэль Барро"),
        ("Визит Жан-Марка Эйро в Пекин перенесли.", "Жан-Марк Эйро"),
        ("Позицию Абдель-Азиза Буте поддержали.", "Абдель-Азиз Буте"),
        ("Глава МИД Франции Жан-Ноэль Барро заявил о поддержке.", "Жан-Ноэль Барро"),
    ],
)
def test_a_mans_hyphenated_first_name_in_the_genitive(text: str, name: str) -> None:
    assert name in [p.name for p in extract_people(text)]
