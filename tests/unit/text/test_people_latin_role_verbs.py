"""An English sentence with two people: the second person's role is the title right before their
name, not a phrase read back across the first person's name and verb ("Prime Minister X is
expected to host President Y": Y is a president)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "second", "role", "kind"),
    [
        (
            "Prime Minister Keir Starmer is expected to host President Emmanuel Macron in London.",
            "Emmanuel Macron",
            "president",
            "head_of_state",
        ),
        (
            "Foreign Minister Wang Yi was due to meet President Kassym-Jomart Tokayev in Astana.",
            "Kassym-Jomart Tokayev",
            "president",
            "head_of_state",
        ),
        (
            "Minister Annalena Baerbock will receive Prime Minister Kaja Kallas on Monday.",
            "Kaja Kallas",
            "prime minister",
            "head_of_government",
        ),
        (
            "Premier Li Qiang has invited Chancellor Olaf Scholz to Beijing.",
            "Olaf Scholz",
            "chancellor",
            "head_of_government",
        ),
    ],
)
def test_the_second_persons_role_is_their_own(text, second, role, kind):
    people = {p.name: (p.role, p.role_kind) for p in extract_people(text)}
    assert people[second] == (role, kind)


def test_a_polish_ministry_in_capitals_stays_the_role():
    (person,) = extract_people("Minister Obrony Narodowej Władysław Kosiniak-Kamysz odwiedził Kijów.")
    assert person.role is not None and person.role == "minister Obrony Narodowej"
