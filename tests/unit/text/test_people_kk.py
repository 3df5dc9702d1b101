"""People in Kazakh text: case endings taken off the last word of a name, hyphenated first names
and patronymics, roles after a country in the genitive-possessive, surnames alone joining their
full name (flows/text/people/kk.py)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people
from flows.text.people.kk import kazakh_text
from flows.text.people.lexicon import KK_ROLE_KINDS, ROLE_KINDS


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.role, p.role_kind) for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role after the country; the instrumental of the second name's surname taken off
        (
            "Қазақстан Премьер-министрі Олжас Бектенов Қырғызстан Президенті Садыр Жапаровпен "
            "кездесті. Бектенов бұл туралы әлеуметтік желіде жазды.",
            [
                ("Олжас Бектенов", "премьер-министрі", "head_of_government"),
                ("Садыр Жапаров", "президенті", "head_of_state"),
            ],
        ),
        # the genitive; a phrase of the lexicon before the head
        (
            "Ресей Сыртқы істер министрі Сергей Лавровтың мәлімдемесін сарапшылар талқылады.",
            [("Сергей Лавров", "сыртқы істер министрі", "minister")],
        ),
        # the dative; a hyphenated first name
        (
            "Мемлекет басшысы Франция Президенті Эммануэль Макронға хат жолдады. Макрон хатқа жауап берді.",
            [("Эммануэль Макрон", "президенті", "head_of_state")],
        ),
        (
            "Өзбекстан Президенті Шавкат Мирзиёев Қасым-Жомарт Тоқаевқа алғыс білдірді.",
            [("Шавкат Мирзиёев", "президенті", "head_of_state"), ("Қасым-Жомарт Тоқаев", None, None)],
        ),
        # a patronymic between first name and surname; an ambassador with the place of the post
        (
            "Сенат төрағасы Мәулен Сағатханұлы Әшімбаев Қазақстанның Германиядағы елшісі Нұрлан "
            "Оналбаевпен кездесті. Оналбаевтың айтуынша, келіссөздер сәтті өтті.",
            [
                ("Мәулен Сағатханұлы Әшімбаев", "төрағасы", "head_of_organisation"),
                ("Нұрлан Оналбаев", "елшісі", "ambassador"),
            ],
        ),
        # a phrase of the lexicon whose first word is itself a head in the genitive
        (
            "Премьер-министрдің орынбасары Серік Жұманғарин Алматы облысының әкімі Марат "
            "Сұлтанғазиевпен бірге жаңа зауытты аралады.",
            [
                ("Серік Жұманғарин", "премьер-министрдің орынбасары", "deputy_head_of_government"),
                ("Марат Сұлтанғазиев", "әкімі", "regional_head"),
            ],
        ),
        (
            "Қаржы министрінің орынбасары Асқар Оразбековтің айтуынша, бюджет орындалды.",
            [("Асқар Оразбеков", "министрінің орынбасары", "deputy_minister")],
        ),
        # a role phrase alone before a name with a case ending is the subject's
        (
            "Мемлекет басшысы Антониу Гутерришпен кездесті. Мемлекет басшысы Ерлан Ахметов сөз сөйледі.",
            [("Антониу Гутерриш", None, None), ("Ерлан Ахметов", "мемлекет басшысы", "head_of_state")],
        ),
        # no role: a first name of the list or of the Russian dictionary, a surname's shape
        (
            "Кеше Астанада Ерлан Қаринмен кездесу өтті. Қариннің айтуынша, жоспар өзгермейді.",
            [("Ерлан Қарин", None, None)],
        ),
        (
            "Бүгін Мария Захарованың брифингі өтті, онда көп сұрақ қойылды.",
            [("Мария Захарова", None, None)],
        ),
    ],
)
def test_kazakh_names_and_roles(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _people(text) == expected


def test_a_kazakh_surname_alone_joins_its_full_name_with_any_ending() -> None:
    text = (
        "Қазақстан Президенті Асқар Ахметов Түркия Президенті Ердоған Сейітовпен кездесті. "
        "Ахметовтың айтуынша, Сейітовке ұсыныс жасалды. Ахметов бұл туралы айтты."
    )
    people = extract_people(text)
    assert [(p.name, p.role_kind) for p in people] == [
        ("Асқар Ахметов", "head_of_state"),
        ("Ердоған Сейітов", "head_of_state"),
    ]
    first = people[0]
    assert text[first.role_start : first.role_end] == "Қазақстан Президенті"  # type: ignore[misc]


def test_a_weak_ending_on_a_surname_of_no_shape_is_unsure() -> None:
    # "Байден" may be "Бай" in the ablative: without another form in the text, no one is named
    assert _people("АҚШ Президенті Джо Байден мәлімдеді, бұл туралы ақпарат тарады.") == []
    # with "Байденмен" in the text, "Байден" is the nominative
    names = [p.name for p in extract_people("Президенті Джо Байден мәлімдеді. Тоқаев Байденмен сөйлесті.")]
    assert names == ["Джо Байден"]


@pytest.mark.parametrize(
    "text",
    [
        "Түркия Қазақстанға 500 миллион доллар инвестиция салады.",
        "Ұлттық банк Қазақстан Республикасының Сыртқы сауда палатасымен келісті.",
        "Астана мен Алматыда жаңа мектептер ашылды, деп хабарлады министрлік.",
    ],
)
def test_no_kazakh_person_from_places_and_bodies(text: str) -> None:
    assert _people(text) == []


def test_kazakh_text_is_told_from_russian_ukrainian_and_belarusian() -> None:
    assert kazakh_text("Тоқаев бұл туралы айтты, ол кездесті.")
    assert not kazakh_text("Министр Ұлан Төлеубаев сообщил, что стороны подписали соглашение.")
    assert not kazakh_text(
        "Про це повідомив посол України в Казахстані Петро Врублевський, зустрівшись з Ерланом Қариным."
    )
    assert not kazakh_text("Гэта паведаміў прадстаўнік міністэрства ў Магілёве.")


def test_kazakh_roles_share_the_russian_kinds() -> None:
    assert set(KK_ROLE_KINDS.values()) <= set(ROLE_KINDS.values())
    assert KK_ROLE_KINDS[("президенті",)] == ROLE_KINDS["президент"]
    assert KK_ROLE_KINDS[("сыртқы", "істер", "министрі")] == ROLE_KINDS["министр"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Мемлекет басшысы Қытай Төрағасы Си Цзиньпинмен кездесті.", "head_of_state"),
        ("Президент ҚХР Төрағасы Си Цзиньпинмен телефон арқылы сөйлесті.", "head_of_state"),
        ("Сенат Төрағасы Мәулен Әшімбаев мәлімдеді.", "head_of_organisation"),
    ],
)
def test_a_states_chairman_heads_the_state(text: str, kind: str) -> None:
    kinds = {p.role_kind for p in extract_people(text) if p.role is not None and "төраға" in p.role}
    assert kinds == {kind}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a second given name before the surname with its case ending
        (
            "Мемлекет басшысы Бразилия Президенті Луис Инасиу Лулаға хат жолдады. Тараптар екіжақты "
            "сауданы талқылады.",
            "Луис Инасиу Лула",
            "head_of_state",
        ),
        # the sentence's subject before the country is no part of the role: a state's president
        (
            "Бектенов Италия Президенті Серджо Маттарелламен кездесті. Тараптар екіжақты сауданы талқылады.",
            "Серджо Маттарелла",
            "head_of_state",
        ),
    ],
)
def test_three_part_names_and_the_subject_before_a_role(text: str, name: str, kind: str) -> None:
    found = {p.name: p.role_kind for p in extract_people(text)}
    assert found.get(name) == kind


@pytest.mark.parametrize(
    ("text", "name", "span"),
    [
        (
            "Комиссияны Әзербайжанның экономика министрі Микаил Джаббаров басқарды.",
            "Микаил Джаббаров",
            "Әзербайжанның экономика министрі",
        ),
        (
            "Кездесуге Өзбекстанның сауда және инвестиция министрі Лазиз Кудратов қатысты.",
            "Лазиз Кудратов",
            "Өзбекстанның сауда және инвестиция министрі",
        ),
    ],
)
def test_portfolio_words_in_lower_case_join_the_country_before_them(text, name, span):
    # the role's span reaches the country's genitive over the portfolio words before the head,
    # so the role's country is read from it
    (person,) = [p for p in extract_people(text) if p.name == name]
    assert text[person.role_start : person.role_end] == span


@pytest.mark.parametrize(
    ("text", "name", "country_word"),
    [
        (
            "Бақаев Испанияның Сыртқы істер және еуропалық одақ министрі Хосе Мануэль Альбареспен кездесті.",
            "Хосе Мануэль Альбарес",
            "Испанияның",
        ),
        (
            "Делегацияны Жапонияның Экономика және өнеркәсіп министрі Ёдзи Мутомен қабылдады.",
            "Ёдзи Муто",
            "Жапонияның",
        ),
    ],
)
def test_a_capitalized_portfolio_after_the_countrys_genitive_is_part_of_the_role(
    text, name, country_word
) -> None:
    (person,) = [p for p in extract_people(text) if p.name == name]
    assert person.role_kind == "minister"
    assert person.role_start is not None and person.role_start <= text.index(country_word)
