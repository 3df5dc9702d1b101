"""The country gazetteer as the Python side reads it: the rows of
``dbt_project/seeds/ref_country_forms.csv`` (written by ``make gazetteer``), the same forms the
SQL matcher (``int_country_mentions``) uses."""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

_GAZETTEER = Path(__file__).resolve().parents[2] / "dbt_project" / "seeds" / "ref_country_forms.csv"


class GazetteerForm(NamedTuple):
    """A row of the gazetteer (``ref_country_forms.csv``): the form, normalized, and what it is."""

    form: str
    entity_type: str
    form_kind: str
    requires_upper: bool
    is_ambiguous: bool = False
    entity_code: str = ""  # ISO 3166-1 alpha-2 of a country, a bloc's or a city's code


@cache
def gazetteer_forms() -> tuple[GazetteerForm, ...]:
    """Every row of the gazetteer, read once per process (each reader of it filters these: a read
    of the file costs about 0.1 s)."""
    with _GAZETTEER.open(encoding="utf-8") as f:
        return tuple(
            GazetteerForm(
                row["form"],
                row["entity_type"],
                row["form_kind"],
                row["requires_upper"] == "true",
                row["is_ambiguous"] == "true",
                row["entity_code"],
            )
            for row in csv.DictReader(f)
        )


_MIN_STEM = 4  # letters a Cyrillic stem keeps at least: shorter forms are matched whole
_CYRILLIC_RE = re.compile(r"[а-яёіїєґўқғңүұһәө]")
_POLISH_ADJECTIVE_RE = re.compile(r"(.{3,}(?:sk|ck))(?:i|a|ą|ie|iego|iej|iemu|im|imi|ich)")
_POLISH_STEM_RE = re.compile(r"(?:sk|ck)$")


@cache
def country_adjective_forms() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The countries' adjectives in every language of the gazetteer, unambiguous ones only, as
    (Cyrillic stems, Latin forms). A Cyrillic stem is an adjective form less its last two letters
    (its ending: ``российск``, ``російськ``, ``расійск``), no stem that a shorter one begins,
    and matches every case of its adjective (``российской``); a Polish adjective is its stem up to
    its -sk-/-ck- (``rosyjsk``, ``niemieck``), any other Latin-script form (``russian``) is matched
    whole, since English stems are words of their own (``polish``, ``indian``). Both longest first."""
    forms = {
        g.form
        for g in gazetteer_forms()
        if g.entity_type == "country"
        and g.form_kind in ("adjective", "adjective_intl")
        and not g.is_ambiguous
        and " " not in g.form
    }
    cyrillic = sorted(
        {f[:-2] if len(f) - 2 >= _MIN_STEM else f for f in forms if _CYRILLIC_RE.search(f)}, key=len
    )
    stems: list[str] = []
    for stem in cyrillic:
        if not any(stem.startswith(k) for k in stems):
            stems.append(stem)
    latin: set[str] = set()
    for f in forms:
        if _CYRILLIC_RE.search(f):
            continue
        # a Polish adjective in any case by its stem up to its -sk-/-ck- ("rosyjsk": rosyjskiego,
        # rosyjskiej); other Latin forms whole
        m = _POLISH_ADJECTIVE_RE.fullmatch(f)
        latin.add(m.group(1) if m else f)
    latin = {
        f for f in latin if not any(f != k and f.startswith(k) and _POLISH_STEM_RE.search(k) for k in latin)
    }
    return (
        tuple(sorted(stems, key=lambda s: (-len(s), s))),
        tuple(sorted(latin, key=lambda s: (-len(s), s))),
    )


def trie_pattern(words: tuple[str, ...] | list[str]) -> str:
    """A regex (no groups) matching exactly ``words``, factored by their common prefixes
    (``рос(?:сийск|ийск)``): a few thousand words compile and match as quickly as a few dozen,
    which one alternation of them all does not."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        if ends:
            return f"(?:{body})?"
        return body

    return walk(trie)


@cache
def country_adjective_pattern() -> str:
    """A regex (no groups, for ``re.I``) of a country's adjective in any case: a Cyrillic stem of
    :func:`country_adjective_forms` and the rest of its word, or a Latin form whole."""
    stems, latin = country_adjective_forms()
    polish = [f for f in latin if _POLISH_STEM_RE.search(f)]
    whole = [f for f in latin if not _POLISH_STEM_RE.search(f)]
    return rf"(?:{trie_pattern(stems)}\w*|{trie_pattern(polish)}\w*|{trie_pattern(whole)}(?![\w]))"


# the kinds of form that name a country itself or are its adjective, in any language
_COUNTRY_WORD_KINDS = frozenset({"name", "name_intl", "name_en", "alias", "adjective", "adjective_intl"})


def country_words(country_code: str) -> frozenset[str]:
    """The forms that name the country ``country_code`` (ISO 3166-1 alpha-2) or are its
    adjective, in every language and case of the gazetteer (``швеции``, ``швеція``,
    ``шведських``, ``szwecji``, ``sweden``), normalized; ambiguous forms left out."""
    return _country_words().get(country_code, frozenset())


@cache
def _country_words() -> dict[str, frozenset[str]]:
    """``country_words``' forms of every country, by code (one pass over the gazetteer)."""
    out: dict[str, set[str]] = {}
    for g in gazetteer_forms():
        if g.entity_type == "country" and g.form_kind in _COUNTRY_WORD_KINDS and not g.is_ambiguous:
            out.setdefault(g.entity_code, set()).add(g.form)
    return {code: frozenset(forms) for code, forms in out.items()}
