"""Polish: a woman's post written undeclined (``z byłą premier Litwy``) gives the name after it the
case of the word before the post; a surname ending in a letter no Polish word ends in (Lithuanian
``-ė``) stays undeclined; a foreign given name in ``-i`` in the instrumental (``Kenjim``) is no
adjective; portfolios listed with commas (``gospodarki, handlu i przemysłu``) still lead to the name."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Delegacja spotkała się z byłą premier Litwy Ingridą Šimonytė w Wilnie.", "Ingrida Šimonytė"),
        ("Rozmowy z obecną minister Litwy Dalią Grybauskaitė trwały godzinę.", "Dalia Grybauskaitė"),
        (
            "Wizyta byłej prezydent Litwy Dalii Grybauskaitė w Krakowie zakończyła się wczoraj.",
            "Dalia Grybauskaitė",
        ),
        ("Wczoraj rozmawiał z premier Litwy Ingridą Šimonytė.", "Ingrida Šimonytė"),
        ("Premier Litwy Ingrida Šimonytė przyjechała do Warszawy.", "Ingrida Šimonytė"),
    ],
)
def test_a_womans_undeclined_post_and_a_lithuanian_surname(text: str, name: str) -> None:
    assert name in [p for p, _role in _people(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wiceminister rozmawiał z ministrem Kenjim Haradą w Tokio.", "Kenji Harada"),
        (
            "Po rozmowach z wiceministrem gospodarki, handlu i przemysłu Japonii Kenjim Haradą "
            "ogłoszono inwestycję.",
            "Kenji Harada",
        ),
        ("Umowę podpisano z ministrem rolnictwa Japonii Hiroshim Tanaką.", "Hiroshi Tanaka"),
    ],
)
def test_a_foreign_given_name_in_i_in_the_instrumental(text: str, name: str) -> None:
    assert name in [p for p, _role in _people(text)]


@pytest.mark.parametrize(
    "text",
    [
        # an adjective's "-kim", "-nim" before a surname stays no given name
        "Spotkał się z ministrem Polskim Kowalskim.",
        "Rozmawiał z prezesem Ostatnim Nowakiem.",
    ],
)
def test_an_adjective_in_im_is_no_given_name(text: str) -> None:
    names = [p for p, _role in _people(text)]
    assert not any(n.startswith(("Polski", "Ostatni")) for n in names), names


def test_a_pole_beside_a_foreign_minister_keeps_the_home_country_of_polish_text() -> None:
    # the foreign minister's country is a role phrase's, so it points the Pole nowhere else
    text = (
        "Japoński koncern zainwestuje 1,1 mld zł w fabrykę pod Wrocławiem – poinformował wiceminister "
        "aktywów państwowych Jan Kowalczyk po rozmowach z wiceministrem gospodarki, handlu i przemysłu "
        "Japonii Kenjim Haradą. Polska liczy na kolejne inwestycje."
    )
    people = {p.name: p for p in extract_people(text)}
    assert {"Jan Kowalczyk", "Kenji Harada"} <= set(people)
    assert people["Kenji Harada"].role is not None and people["Kenji Harada"].role.startswith("wiceminister")
