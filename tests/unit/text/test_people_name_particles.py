"""Western names written with parts other names do not have: a particle with a capital that opens
the surname ("Марин Ле Пен", "Алессандро Дель Пьеро"), a middle initial ("Дэвид О. Расселл", "Майкл
Дж. Фокс") and an apostrophe after O' or D' ("Питер О'Тул", "Массимо Д'Алема")."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in extract_people(text)]


def _names(text: str) -> list[str]:
    return [p.name for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Бывший футболист Алессандро Дель Пьеро открыл школу в Турине.", "Алессандро Дель Пьеро"),
        ("Продюсер Паоло Дель Брокко представил фильм.", "Паоло Дель Брокко"),
        ("Вчера с Лукой Ди Монтедземоло встретился министр.", "Лука Ди Монтедземоло"),
        ("На показ пришел Жан-Клод Ван Дамм.", "Жан-Клод Ван Дамм"),
    ],
)
def test_a_particle_with_a_capital_inside_a_name(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("Встреча с Марин Ле Пен прошла в Париже. Ле Пен сказала, что выборы близко.", "Марин Ле Пен"),
        ("Генерал Шарль Де Голль выступил по радио. Позже Де Голль ушел в отставку.", "Шарль Де Голль"),
        ("Премию получил Роберт Де Ниро. Как отметил Де Ниро, роль была трудной.", "Роберт Де Ниро"),
        ("Нападающий Алессандро Дель Пьеро забил. Дель Пьеро рассказал о карьере.", "Алессандро Дель Пьеро"),
    ],
)
def test_the_surname_with_its_particle_alone_joins_the_full_name(text, full):
    assert _names(text) == [full]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # two syllables of an East-Asian name, no longer name ending with them: a name of its own
        ("Министр иностранных дел КНР Ван И прибыл в Москву.", ["Ван И"]),
        ("Генсек Ле Зуан выступил с речью.", ["Ле Зуан"]),
    ],
)
def test_two_words_opened_by_a_particle_and_no_longer_name_stay_a_name(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Режиссером фильма стал Дэвид О. Расселл.", ("Дэвид О. Расселл", "режиссер фильма")),
        ("Встреча с Джоном Ф. Кеннеди прошла в 1961 году.", ("Джон Ф. Кеннеди", None)),
        ("В главной роли снялся Сэмюэл Л. Джексон.", ("Сэмюэл Л. Джексон", None)),
        ("Актер Майкл Дж. Фокс основал фонд.", ("Майкл Дж. Фокс", "актер")),
        ("Договор подписала Анна А. Иванова.", ("Анна А. Иванова", None)),
    ],
)
def test_a_middle_initial_stays_inside_the_full_name(text, person):
    assert _people(text) == [person]


def test_a_surname_after_a_middle_initial_name_joins_it():
    text = "Встреча с Джоном Ф. Кеннеди прошла в 1961 году. Кеннеди заявил, что доволен."
    assert _names(text) == ["Джон Ф. Кеннеди"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an initial after a word that is no first name is the person's own initial
        ("В Москве В. Путин встретился с губернатором.", ["В. Путин"]),
        ("Президент США Дж. Байден выступил в Конгрессе.", ["Дж. Байден"]),
    ],
)
def test_initials_after_another_word_open_the_name(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Роль сыграл актер Питер О'Тул.", "Питер О'Тул"),
        ("Фильм с Питером О'Тулом вышел в 1962 году.", "Питер О'Тул"),
        ("Премьер Италии Массимо Д'Алема встретился с послом.", "Массимо Д'Алема"),
        ("Губернатор Мэриленда Мартин О’Мэлли подписал закон.", "Мартин О’Мэлли"),
    ],
)
def test_an_apostrophe_after_o_or_d_is_inside_the_surname(text, name):
    assert name in _names(text)
