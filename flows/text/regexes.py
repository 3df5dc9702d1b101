"""Helpers for building large alternations of regular expressions that the regex engine skips
through quickly."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any


def guarded(alternation: str | Sequence[str]) -> str:
    """``alternation`` with each of its top-level alternatives (or each of a sequence of
    alternatives, which may hold alternatives of their own: one look-ahead for a group of them)
    behind a look-ahead for the letters it can start with (``first_chars``, both cases) when those
    are a finite set of letters; an alternative that may start otherwise (``\\w``, a digit, an
    empty match) is left as it is.

    The matches are the same, and found sooner: at a word that starts with none of an
    alternative's letters the regex engine leaves that alternative after one test of a character
    instead of entering each of its inner alternatives (a case-insensitive literal is never skipped
    over quickly). Compile the result case-insensitively, or the alternation case-sensitively: the
    look-ahead must let through every case the alternative matches."""
    alternatives = _top_level_alternatives(alternation) if isinstance(alternation, str) else alternation
    out = []
    for alt in alternatives:
        first = first_chars(alt)
        if first and all(ch.isalpha() for ch in first):
            letters = {ch.lower() for ch in first}
            out.append(f"(?=[{''.join(sorted(letters | {ch.upper() for ch in letters}))}])(?:{alt})")
        else:
            out.append(alt)
    return "|".join(out)


def _top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` cut at each ``|`` outside parentheses and character classes: ``"|".join`` of
    the result is ``pattern``."""
    parts: list[str] = []
    depth = start = i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: to its closing bracket (one right after "[" or "[^" is a member)
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def first_chars(pattern: str) -> set[str] | None:
    """The characters a match of ``pattern`` can start with (as written: the caller adds the
    other case), None when that is not a finite set (a class such as ``\\w``, ``.``, a match
    that can be empty)."""
    try:
        from re import _constants as c
        from re import _parser

        parsed = _parser.parse(pattern)
    except (ImportError, re.error):
        return None

    def seq(items: Any) -> tuple[set[str] | None, bool]:  # (first characters, can be empty)
        out: set[str] = set()
        for op, av in items:
            if op in (c.ASSERT, c.ASSERT_NOT, c.AT):  # zero-width: the next item comes first
                continue
            if op is c.LITERAL:
                return out | {chr(av)}, False
            if op is c.IN:
                for o, a in av:
                    if o is c.LITERAL:
                        out.add(chr(a))
                    elif o is c.RANGE and a[1] - a[0] < 256:
                        out.update(map(chr, range(a[0], a[1] + 1)))
                    else:
                        return None, False
                return out, False
            if op is c.BRANCH:
                found, empty = set(), False
                for alt in av[1]:
                    f, e = seq(alt)
                    if f is None:
                        return None, False
                    found |= f
                    empty = empty or e
            elif op is c.SUBPATTERN:
                found, empty = seq(av[3])
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                found, empty = seq(av[2])
                empty = empty or av[0] == 0
            else:
                return None, False
            if found is None:
                return None, False
            out |= found
            if not empty:
                return out, False
        return out, True

    found, empty = seq(parsed)
    return None if found is None or empty else found
