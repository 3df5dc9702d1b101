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
            )
            for row in csv.DictReader(f)
        )


_MIN_STEM = 4  # letters a Cyrillic stem keeps at least: shorter forms are matched whole
_CYRILLIC_RE = re.compile(r"[а-яёіїєґўқғңүұһәө]")


@cache
def country_adjective_forms() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The countries' adjectives in every language of the gazetteer, unambiguous ones only, as
    (Cyrillic stems, Latin forms). A Cyrillic stem is an adjective form less its last two letters
    (its ending: ``российск``, ``російськ``, ``расійск``), no stem that a shorter one begins,
    and matches every case of its adjective (``российской``); a Latin-script form (``rosyjskiej``,
    ``russian``) is matched whole, since English and Polish stems are words of their own
    (``polish``, ``indian``). Both longest first."""
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
    latin = {f for f in forms if not _CYRILLIC_RE.search(f)}
    return (
        tuple(sorted(stems, key=lambda s: (-len(s), s))),
        tuple(sorted(latin, key=lambda s: (-len(s), s))),
    )


@cache
def country_adjective_pattern() -> str:
    """A regex (no groups, for ``re.I``) of a country's adjective in any case: a Cyrillic stem of
    :func:`country_adjective_forms` and the rest of its word, or a Latin form whole."""
    stems, latin = country_adjective_forms()
    return (
        rf"(?:(?:{'|'.join(re.escape(s) for s in stems)})\w*"
        rf"|(?:{'|'.join(re.escape(f) for f in latin)})(?![\w]))"
    )
