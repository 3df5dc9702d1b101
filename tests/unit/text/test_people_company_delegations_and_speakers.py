"""A delegation of a company led by someone (``делегацию южнокорейской компании X во главе с
вице-президентом Y``, ``a delegation of Samsung Group led by Vice President Y``) makes the
leader's post the company's: kind ``business``, no state's; a state's delegation keeps the state's
post. The Kyrgyz parliament's speaker (``Торага Жогорку Кенеша``) is a legislator."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.role, p.role_kind) for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Министр принял делегацию южнокорейской компании Hyundai Engineering во главе с вице-президентом"
            " Ким Чжэ Хуном.",
            [("Ким Чжэ Хун", "вице-президент", "business")],
        ),
        (
            "Губернатор встретился с делегацией китайской корпорации CRRC во главе с президентом Ли Пэном.",
            [("Ли Пэн", "президент", "business")],
        ),
        (
            "The minister received a delegation of Samsung Group led by Vice President Lee Jae-yong.",
            [("Lee Jae-yong", "vice president", "business")],
        ),
        (
            "Министр принял делегацию Ирана во главе с первым вице-президентом Мохаммадом Резой Арефом.",
            [("Мохаммад Реза Ареф", "первый вице-президент", "deputy_head_of_state")],
        ),
        (
            "Торага Жогорку Кенеша Марлен Маматалиев провел встречу с послом Японии.",
            [("Марлен Маматалиев", "торага Жогорку Кенеша", "legislator")],
        ),
    ],
)
def test_company_delegations_and_speakers(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(text) == expected
