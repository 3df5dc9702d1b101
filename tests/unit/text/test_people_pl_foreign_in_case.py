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
