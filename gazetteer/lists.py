"""The gazetteer's hand-curated word lists, read from ``words/*.toml`` beside this module.

Each TOML file says what its lists are for; the names here are what the generator uses:
``NAMES``, ``ALIASES``, ... map an ISO alpha-2 code to name specs (the spec syntax is explained at
the top of ``words/countries.toml``). A malformed file stops the generator with a ValueError naming
the file, line and column; a missing list with a KeyError naming it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from flows.text.tokens import normalize_form

WORDS_DIR = Path(__file__).resolve().parent / "words"


def _words(name: str) -> dict:
    """The tables of ``words/<name>.toml``; ValueError naming the file, line and column when it
    is not valid TOML."""
    path = WORDS_DIR / f"{name}.toml"
    with path.open("rb") as fh:
        try:
            return tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"{path}: {exc}") from exc


@dataclass(frozen=True)
class Bloc:
    code: str
    name_en: str
    name_ru: str
    names: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    en: tuple[str, ...] = ()
    # the bloc's names in Belarusian, Ukrainian, Polish and Kazakh as written, each form listed
    # (abbreviations do not decline: "ЄС", "UE", "ОБСЄ", "БҰҰ")
    intl: tuple[str, ...] = ()
    # a country whose capital, in every language, names this bloc rather than the country (the
    # EU's seat: "Брюссель ввёл пошлины" is the EU, not Belgium)
    seat: str | None = None


_COUNTRIES = _words("countries")
UN_MEMBERS = frozenset(_COUNTRIES["un_members"])
NAME_EN: dict[str, str] = _COUNTRIES["name_en"]
EN_EXTRA: dict[str, list[str]] = _COUNTRIES["en_extra"]
NAME_RU: dict[str, str] = _COUNTRIES["name_ru"]
NAMES: dict[str, list[str]] = _COUNTRIES["names"]  # name specs: see words/countries.toml
ALIASES: dict[str, list[str]] = _COUNTRIES["aliases"]
ADJECTIVES: dict[str, list[str]] = _COUNTRIES["adjectives"]
DEMONYMS: dict[str, list[str]] = _COUNTRIES["demonyms"]  # "американец": a person of the country
EXTRA_STEMS: dict[str, list[str]] = _COUNTRIES["extra_stems"]
PREFERRED_ENTITY: dict[str, str] = _COUNTRIES["preferred_entity"]

_ENGLISH = _words("english")
EN_ADJECTIVES: dict[str, list[str]] = _ENGLISH["adjectives"]  # "Turkish": see words/english.toml
EN_CAPITALS: dict[str, list[str]] = _ENGLISH["capitals"]  # "Ankara"
EN_COMPOUND_STEMS: dict[str, list[str]] = _ENGLISH["compound_stems"]  # "Sino" (Sino-Indian)

_PLACES = _words("places")
CAPITALS: dict[str, list[str]] = _PLACES["capitals"]
METONYMS: dict[str, list[str]] = _PLACES["metonyms"]
REGIONS: dict[str, list[str]] = _PLACES["regions"]
CITIES: dict[str, list[str]] = _PLACES["cities"]
REGION_ADJECTIVES: dict[str, list[str]] = _PLACES["region_adjectives"]
INTL_REGIONS: dict[str, dict[str, list[str]]] = _PLACES["intl_regions"]  # {language: {code: [name]}}
INTL_REGION_ADJECTIVES: dict[str, dict[str, list[str]]] = _PLACES["intl_region_adjectives"]

BLOCS = tuple(
    Bloc(
        b["code"],
        b["name_en"],
        b["name_ru"],
        *(tuple(b.get(key, ())) for key in ("names", "aliases", "adjectives", "en", "intl")),
        b.get("seat"),
    )
    for b in _words("blocs")["bloc"]
)

_IGNORE = _words("ignore")
CURRENCIES = tuple(_IGNORE["currencies"])
IGNORE_PHRASES = tuple(_IGNORE["ignore_phrases"])
IGNORE_EN = tuple(_IGNORE["ignore_en"])
US_GEORGIA_CITIES = tuple(_IGNORE["us_georgia_cities"])
US_GEORGIA_NOUNS = tuple(_IGNORE["us_georgia_nouns"])
HISTORICAL_STATES = tuple(_IGNORE["historical_states"])  # name specs
HISTORICAL_ADJECTIVES = tuple(_IGNORE["historical_adjectives"])  # "австро-венгерский"
HISTORICAL_INTL = tuple(_IGNORE["historical_intl"])  # forms as written
OUTLETS_INTL = tuple(_IGNORE["outlets_intl"])  # forms as written

# Ambiguity (is_ambiguous): see words/ambiguity.toml for how the flag is decided.
_AMBIGUITY = _words("ambiguity")
AMBIGUOUS_NAMES = frozenset(_AMBIGUITY["ambiguous_names"])
COMMON_WORD_OK = frozenset(_AMBIGUITY["common_word_ok"])
EN_AMBIGUOUS = frozenset(_AMBIGUITY["en_ambiguous"])
EN_GIVEN_NAMES = frozenset(_AMBIGUITY["en_given_names"])
GIVEN_NAMES = tuple(_AMBIGUITY["given_names"])

_MORPHOLOGY = _words("morphology")
PARTICLES = frozenset(_MORPHOLOGY["particles"])
INDECLINABLE = frozenset(normalize_form(s) for s in _MORPHOLOGY["indeclinable"])
DISPREFERRED_LEMMAS = frozenset(_MORPHOLOGY["dispreferred_lemmas"])
# Case forms of other languages' names that ending rules cannot make (Polish Niemcy -> Niemczech).
INTL_IRREGULAR: dict[str, list[str]] = _MORPHOLOGY["intl_irregular"]

# cue_kind -> words: see words/relation_cues.toml
RELATION_CUES = {kind: tuple(cues) for kind, cues in _words("relation_cues").items()}
# Country adjectives of other languages that CLDR does not give ({language: {code: [adjective]}}).
INTL_ADJECTIVES: dict[str, dict[str, list[str]]] = _MORPHOLOGY["intl_adjectives"]
# Short names of other languages that CLDR does not give ({language: {code: [name]}}).
INTL_NAMES: dict[str, dict[str, list[str]]] = _MORPHOLOGY["intl_names"]
# Capitals of other languages that CLDR's time zones do not name ({language: {code: [capital]}}).
INTL_CAPITALS: dict[str, dict[str, list[str]]] = _MORPHOLOGY["intl_capitals"]
