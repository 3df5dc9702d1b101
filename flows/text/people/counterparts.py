"""A counterpart: a person named by reference to another's role (``со своим турецким коллегой
X``, ``його польський колега X``, ``з калегам з Расіі X``, ``his Ukrainian counterpart X``,
``jego ukraiński odpowiednik X``).

The role lexicon's rows of kind ``counterpart`` (``коллега``, ``колега``, ``калега``,
``counterpart``, ``opposite number``, ``odpowiednik``) are read as role heads like any other, so
that the name after them is found and the phrase (the country's adjective or ``из Турции``
included) is its role span. Such a role names a counterpart only when its span names a country
(``counterpart_country``): the counterpart holds the post in that country, which the role's
country is read from downstream; a colleague with no country (``его коллега по группе X``,
``his counterpart X``) is no role at all, since the country would be a guess.

The counterpart's ``role_kind`` is the kind of the person whose role it is named against
(``counterpart_kinds``): one named inside the role's span (``X, турецкий коллега Лаврова``), else
the nearest person named before the role in its sentence, else the nearest after the counterpart
in its sentence (``своего коллегу X поздравил президент Y``), else the nearest person named
before it in the text. That person's kind, None when they have no role: never a guess.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache

from flows.text.people.lexicon import gazetteer_forms, normalize_form
from flows.text.people.words import _sentence_starts

__all__ = ["COUNTERPART", "counterpart_country", "counterpart_kinds"]

COUNTERPART = "counterpart"  # the lexicon's kind of a counterpart's head, resolved by counterpart_kinds

# The words of a role span, apostrophes and hyphens inside a word kept ("Kazakhstan's").
_SPAN_WORD_RE = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
_POSSESSIVE_RE = re.compile(r"['’]s\Z")


@cache
def _country_forms() -> frozenset[str]:
    """The gazetteer's forms of the countries' names and adjectives in every language and case,
    normalized (``турецким``, ``турэцкі``, ``польський``, ``ukrainian``, ``турции``, ``расіі``)."""
    kinds = {"name", "alias", "name_en", "name_intl", "adjective", "adjective_intl"}
    return frozenset(g.form for g in gazetteer_forms() if g.entity_type == "country" and g.form_kind in kinds)


def counterpart_country(text: str, start: int, end: int) -> bool:
    """Whether the role span ``text[start:end]`` names a country: a run of one to three of its
    words that is a country's name or adjective in any language and case (``турецким коллегой``,
    ``коллега из Соединённых Штатов``, ``Ukrainian counterpart``)."""
    words = [normalize_form(_POSSESSIVE_RE.sub("", w)) for w in _SPAN_WORD_RE.findall(text, start, end)]
    forms = _country_forms()
    return any(
        " ".join(words[k : k + n]) in forms
        for k in range(len(words))
        for n in (1, 2, 3)
        if k + n <= len(words)
    )


def counterpart_kinds(
    text: str,
    mentions: Sequence[Sequence[tuple[int, int]]],
    roles: Sequence[tuple[int, int, str | None] | None],
    reported: Sequence[tuple[int, int]],
) -> dict[int, str | None]:
    """The ``role_kind`` of each person whose role is a counterpart's (see the module doc).

    ``mentions``: per person, the ``(start, end)`` of each of its mentions; ``roles``: per person,
    its reported role as ``(role_start, role_end, role_kind)`` or None; ``reported``: per person,
    the ``(start, end)`` of the mention reported with that role. Returns person index -> the kind of
    the person the counterpart is named against (itself resolved first when a counterpart named
    earlier), None when that person has no role or no one is named there."""
    wanted = [i for i, r in enumerate(roles) if r is not None and r[2] == COUNTERPART]
    if not wanted:
        return {}
    starts = sorted(_sentence_starts(text))
    at = sorted((s, e, i) for i, spans in enumerate(mentions) for s, e in spans)

    def sentence(pos: int) -> int:
        k = bisect.bisect_right(starts, pos) - 1
        return starts[k] if k >= 0 else 0

    resolved: dict[int, str | None] = {}
    for i in sorted(wanted, key=lambda i: roles[i][0]):  # type: ignore[index]
        role_start, role_end, _kind = roles[i]  # type: ignore[misc]
        s, e = reported[i]
        others = [(ms, me, j) for ms, me, j in at if j != i]
        inside = [j for ms, me, j in others if role_start <= ms and me <= role_end]
        own = sentence(role_start)
        before = [j for ms, me, j in others if me <= role_start]
        same_before = [j for ms, me, j in others if me <= role_start and ms >= own]
        same_after = [j for ms, _me, j in others if ms >= e and sentence(ms) == sentence(s)]
        if inside:
            j = inside[0]
        elif same_before:
            j = same_before[-1]
        elif same_after:
            j = same_after[0]
        elif before:
            j = before[-1]
        else:
            resolved[i] = None
            continue
        other = roles[j]
        kind = None if other is None else other[2]
        resolved[i] = resolved.get(j) if kind == COUNTERPART else kind
    return resolved
