"""A post held for the time being, its head in the genitive after the words that say so, in
Ukrainian (``виконувач обов'язків``, ``в.о.``), Belarusian (``выконваючы абавязкі``, ``в.а.``) and
Polish (``pełniący obowiązki``, ``p.o.``): the name after it takes the case of those words (the
nominative of the participle or noun, any case after the abbreviation), and its role keeps them,
the head as written."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_people(text)}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Виконувач обов'язків міністра аграрної політики України Тарас Кравчук відвідав Одесу.",
            "Тарас Кравчук",
            "виконувач обов'язків міністра аграрної політики",
        ),
        ("В.о. голови Держмитслужби Ігор Гончар підписав наказ.", "Ігор Гончар", "в.о. голови Держмитслужби"),
        (
            "Переговори з в.о. міністра закордонних справ Мирославом Ткачем відбулися в Києві.",
            "Мирослав Ткач",
            "в.о. міністра закордонних справ",
        ),
        (
            "Выконваючы абавязкі міністра сельскай гаспадаркі Павел Лысюк наведаў Мінск.",
            "Павел Лысюк",
            "выконваючы абавязкі міністра сельскай гаспадаркі",
        ),
    ],
)
def test_an_acting_post_in_ukrainian_and_belarusian(text: str, name: str, role: str) -> None:
    assert _people(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Pełniący obowiązki ministra rolnictwa Litwy Kęstutis Navickas przyjechał do Warszawy.",
            "Kęstutis Navickas",
        ),
        ("Pełniąca obowiązki minister cyfryzacji Joanna Wrona zapowiedziała zmiany.", "Joanna Wrona"),
    ],
)
def test_an_acting_post_in_polish_gives_its_role(text: str, name: str) -> None:
    assert _people(text).get(name) is not None


def test_a_post_held_in_full_reads_as_before() -> None:
    assert (
        _people("Міністр енергетики Герман Галущенко провів зустріч.").get("Герман Галущенко")
        == "міністр енергетики"
    )
