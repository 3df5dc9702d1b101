"""Token rows of ``analyze_body``: the text around each token, for SQL that must not slice the body."""

from __future__ import annotations

import pytest

from flows.text.analyze import analyze_body


@pytest.mark.parametrize(
    "body",
    [
        "Беларусь и «Россия» — партнёры.\n\nТоварооборот вырос на 5%: до $1,2 млрд!  ",
        "  «Китай»-Казахстан",
        "123 456",
        "",
        "Минск",
    ],
)
def test_tokens_with_their_gaps_rebuild_the_body(body: str) -> None:
    tokens = analyze_body(body).tokens
    if not tokens:
        return
    lead = body[: tokens[0][2]]
    assert lead + "".join(t[4] + t[10] for t in tokens) == body
    for t in tokens:
        start, end = t[2], t[3]
        assert t[9] == (body[start - 1] if start else "")
        assert body[end : end + len(t[10])] == t[10]
