"""The institution a post is in, after the role (Polish ``w``/``we`` and a noun of an institution in
the locative, ``sekretarz stanu w niemieckim ministerstwie gospodarki``; English ``in``/``at`` the
institution, ``a state secretary in the German economy ministry``), is part of the role's span, so
that the country's adjective in it is the role's country; a place after the preposition is not
(``ambassador to Ukraine``, ``a state secretary in Berlin``). And a name no first-name list has,
set off by a comma from such a role after it, is a person's (``Bernhard Kluttig, sekretarz stanu
...``), while a body's name before a role is not (``Urząd Miasta, rzecznik ...``)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {
        p.name: (p.role, text[p.role_start : p.role_end] if p.role_start is not None else None)
        for p in extract_people(text)
    }


@pytest.mark.parametrize(
    ("text", "name", "role", "span"),
    [
        (
            "Minister spotkał się w Warszawie z sekretarzem stanu w austriackim ministerstwie"
            " finansów Helmutem Brandstätterem.",
            "Helmut Brandstätter",
            "sekretarz stanu w ministerstwie finansów",
            "sekretarzem stanu w austriackim ministerstwie finansów",
        ),
        (
            "Dyrektor departamentu we francuskim ministerstwie spraw zagranicznych Pierre Dupont"
            " przyjechał do Krakowa.",
            "Pierre Dupont",
            "dyrektor departamentu we ministerstwie spraw zagranicznych",
            "Dyrektor departamentu we francuskim ministerstwie spraw zagranicznych",
        ),
        (
            "Sekretarz stanu w resorcie finansów Jan Nowak przyjechał.",
            "Jan Nowak",
            "sekretarz stanu w resorcie finansów",
            "Sekretarz stanu w resorcie finansów",
        ),
        (
            "Wczoraj do Gdyni przyjechał Rasmus Kjeldgaard, radca w duńskiej ambasadzie, i obejrzał port.",
            "Rasmus Kjeldgaard",
            "radca w ambasadzie",
            "radca w duńskiej ambasadzie",
        ),
        (
            "OSLO, Dec 3 - Torbjorn Haugland, a state secretary in the Norwegian trade ministry,"
            " said the talks would go on.",
            "Torbjorn Haugland",
            "state secretary in the trade ministry",
            "state secretary in the Norwegian trade ministry",
        ),
        (
            "The meeting was attended by Ines Carvalho, a counsellor at the Portuguese embassy, and others.",
            "Ines Carvalho",
            "counsellor at the embassy",
            "counsellor at the Portuguese embassy",
        ),
    ],
)
def test_the_institution_of_a_post_is_in_its_span(text, name, role, span):
    assert _people(text)[name] == (role, span)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Bernhard Kluttig, sekretarz stanu w niemieckim ministerstwie gospodarki, przyjechał.",
            "Bernhard Kluttig",
            "sekretarz stanu w ministerstwie gospodarki",
        ),
        (
            "W Pradze przemawiał Ondřej Dvořák, radca ambasady, a potem minister.",
            "Ondřej Dvořák",
            "radca ambasady",
        ),
        (
            "Gunnhild Sorensen, wiceminister handlu Norwegii, zapowiedziała wizytę.",
            "Gunnhild Sorensen",
            "wiceminister handlu",
        ),
        (
            "WARSAW, Dec 6 - Bernhard Kluttig, a state secretary in the German economy ministry, met officials.",
            "Bernhard Kluttig",
            "state secretary in the economy ministry",
        ),
        (
            "Talks ended late. Oyvind Brekke, Norway's deputy foreign minister, said so.",
            "Oyvind Brekke",
            "deputy foreign minister",
        ),
    ],
)
def test_a_name_no_list_has_before_a_role_set_off_by_a_comma_is_a_persons(text, name, role):
    assert _people(text)[name][0] == role


@pytest.mark.parametrize(
    "text",
    [
        "Urząd Miasta, rzecznik prasowy, poinformował o zmianach.",
        "Ambasada Francji, ambasador, poinformował.",
        "Nowej Zelandii, premier, powiedział.",
        "Microsoft Corp, the software maker, said on Friday.",
        "Deutsche Bank, the German lender, said on Friday.",
    ],
)
def test_a_bodys_or_places_name_before_a_role_is_no_person(text):
    assert extract_people(text) == []


@pytest.mark.parametrize(
    ("text", "name", "span"),
    [
        (
            "Peter Holm, a state secretary in Berlin, said the talks went well.",
            "Peter Holm",
            "state secretary",
        ),
        ("John Smith, ambassador to Ukraine, said the talks went well.", "John Smith", "ambassador"),
        ("Sekretarz stanu w Berlinie Jan Nowak przyjechał.", "Jan Nowak", None),
    ],
)
def test_a_place_after_the_preposition_stays_out_of_the_role(text, name, span):
    found = _people(text)
    if span is None:
        assert name not in found or found[name][1] is None or "Berlin" not in found[name][1]
    else:
        assert found[name][1] == span
