"""Polish: a foreign first name in -a may be a man's (``Narendra``; its surname says which), and a
foreign surname in -i declines as an adjective (``Modiego``, ``Modim`` -> ``Modi``)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Prezydent spotkał się z premierem Indii Narendrą Modim.", "Narendra Modi", "premier"),
        ("Wizyta premiera Indii Narendry Modiego w Polsce trwała dwa dni.", "Narendra Modi", "premier"),
        ("Premier Giorgia Meloni przyleciała do Warszawy.", "Giorgia Meloni", "premier"),
        ("Spotkanie z ministrem Joachimem Brudzińskim odbyło się wczoraj.", "Joachim Brudziński", "minister"),
    ],
)
def test_a_foreign_name_in_polish_in_case(text: str, name: str, role: str) -> None:
    assert [(p.name, p.role) for p in extract_people(text)] == [(name, role)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wiceminister rozmawiał z ministrem finansów Wietnamu Nguyenem Van Thangiem.", "Nguyen Van Thang"),
        ("Minister Nguyen Van Thang przyjechał do Gdańska.", "Nguyen Van Thang"),
        ("Premier spotkał się z wicepremierem Chin Dingiem Xuexiangiem.", "Ding Xuexiang"),
        ("Rozmowy z Wang Yi trwały trzy godziny.", "Wang Yi"),
        ("Prezydent rozmawiał z Xi Jinpingiem o handlu.", "Xi Jinping"),
    ],
)
def test_an_east_asian_name_in_a_polish_case_is_read_in_the_nominative(text: str, name: str) -> None:
    assert name in [p.name for p in extract_people(text)]
