"""Heads of regions in every language read: a Polish voivodeship's marshal (``маршал``, ``маршалок``,
``маршалак``, ``marszałek województwa``) heads the region, a marshal of an army stays a rank; a
Belarusian head written with ``ё`` in an oblique case (``са старшынёй``) is read; a role does not
run over ``са``/``зі`` (with someone) to a name after it; the first names of the region's
neighbours as the Polish press writes them."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _roles(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.role_kind) for p in extract_people(text)}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Маршал Люблинского воеводства Ярослав Стасюк посетил Луцк.",
            "Ярослав Стасюк",
            "маршал Люблинского воеводства",
        ),
        (
            "Прем'єр зустрівся з маршалком Мазовецького воєводства Адамом Струзиком.",
            "Адам Струзик",
            "маршалок Мазовецького воєводства",
        ),
        (
            "Маршалак Падляшскага ваяводства Лукаш Пракорым наведаў Гродна і Ваўкавыск.",
            "Лукаш Пракорым",
            "маршалак Падляшскага ваяводства",
        ),
        (
            "Marszałek województwa lubelskiego Jarosław Stawiarski odwiedził Łuck.",
            "Jarosław Stawiarski",
            "marszałek województwa lubelskiego",
        ),
        (
            "Wojewoda spotkał się z gubernatorem obwodu lwowskiego Maksymem Kozyckim.",
            "Maksym Kozycki",
            "gubernator obwodu lwowskiego",
        ),
    ],
)
def test_a_voivodeships_marshal_and_a_governor_head_the_region(text: str, name: str, role: str) -> None:
    assert _roles(text)[name] == (role, "regional_head")


def test_a_marshal_of_an_army_stays_a_rank() -> None:
    assert (
        _roles("Маршал Советского Союза Константин Рокоссовский родился в Варшаве.")[
            "Константин Рокоссовский"
        ][1]
        == "military"
    )


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Прэзідэнт правёў сустрэчу са старшынёй Магілёўскага аблвыканкама Анатолем Ісачанкам.",
            "Анатоль Ісачанка",
            "старшыня Магілёўскага аблвыканкама",
        ),
        (
            "Міністр замежных спраў правёў перамовы са старшынёй Палаты прадстаўнікоў Ігарам Сергеенкам.",
            "Ігар Сергеенка",
            "старшыня Палаты прадстаўнікоў",
        ),
    ],
)
def test_a_belarusian_head_in_the_instrumental_with_yo(text: str, name: str, role: str) -> None:
    assert _roles(text)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Прэзідэнт правёў сустрэчу са Сцяпанам Кавалём у Мінску.", "Сцяпан Каваль"),
        ("Посол провів зустріч зі Стефаном Ковальчуком у Варшаві.", "Стефан Ковальчук"),
    ],
)
def test_a_role_does_not_run_over_with_to_a_name(text: str, name: str) -> None:
    assert _roles(text)[name] == (None, None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Premier rozmawiał z Iwanem Fedorowem.", "Iwan Fedorow"),
        ("Delegację prowadził Wasyl Bodnar.", "Wasyl Bodnar"),
        ("Spotkanie z Oksaną Markarową odbyło się w Waszyngtonie.", "Oksana Markarowa"),
        ("Wicepremier Taras Kaczka przyjechał do Warszawy.", "Taras Kaczka"),
        ("Rozmawiał z Ihorem Kłymenką i Tetianą Berezną.", "Tetiana Berezna"),
    ],
)
def test_neighbours_first_names_in_polish(text: str, name: str) -> None:
    assert name in _roles(text)
