"""Generate the country gazetteer seeds (``make gazetteer``).

Run with ``make gazetteer`` (``python -m gazetteer``); the CSVs it writes are committed and the
pipeline only ever reads them (no morphology at run time, and this package is not installed with
``flows``). The hand-curated word lists it inflects are the TOML files of ``gazetteer/words/``.
The output is deterministic: rows are sorted and the same dictionaries and word lists give the
same bytes on every run.

Files written to ``dbt_project/seeds/`` (UTF-8, header row, comma separated):

``countries.csv``
    ``country_code`` ISO 3166-1 alpha-2; ``iso3`` alpha-3; ``name_en`` common short English
    name; ``name_ru`` common short Russian name (Беларусь, Россия, США, ...);
    ``is_un_member`` ``true``/``false`` (the 193 member states; the observers Vatican ``VA``
    and Palestine ``PS`` and all dependent territories are ``false``).

``blocs.csv``
    ``bloc_code`` (``EAEU``, ``EU``, ``NATO``, ...); ``name_en``; ``name_ru``.

``country_forms.csv``
    One row per distinct surface form and entity:

    ``form``
        The phrase as the token keys it matches: ``flows.text.tokens.normalize_form``
        (lowercase, ``ё`` -> ``е``, tokens joined by single spaces, hyphens split tokens).
    ``entity_code``
        Alpha-2 for countries, ``bloc_code`` for blocs, empty for ``ignore`` rows.
    ``entity_type``
        ``country`` | ``bloc`` | ``ignore``. An ``ignore`` row is a phrase that must not
        produce a mention ("долларов сша", "китай город"); matching is longest-match-wins,
        so an ignore row hides every shorter form inside it.
    ``form_kind``
        ``name`` (short and official names, all cases and numbers), ``alias`` (РФ, США,
        Белоруссия, КНР, ...), ``adjective`` (белорусский in all genders, cases and numbers),
        ``compound_stem`` (белорусско, германо, ...: only counts when the token is followed
        by a hyphen, as in белорусско-китайский), ``capital``, ``metonym`` (Кремль, Белый
        дом, ...), ``region``, ``city``, ``name_en`` (English names), ``name_intl`` and
        ``capital_intl`` (Belarusian, Ukrainian, Polish, Kazakh), ``adjective_intl``
        (Belarusian, Ukrainian, Polish, Kazakh and English adjectives) and ``ignore``.
    ``requires_capital``
        ``true`` when the first token of the match must start with an uppercase letter in
        the text (proper names, abbreviations); ``false`` for adjectives, compound stems,
        lowercase regional adjectives and ignore rows.
    ``is_ambiguous``
        ``true`` for forms that are also ordinary words (того, чад, мали, чили, штаты, ...).
        An ambiguous form is only matched when it is capitalized AND is not the first
        token of a sentence (see ``words/ambiguity.toml`` for how the flag is decided).
    ``n_tokens``
        Number of tokens in ``form``, 1..4: the SQL matcher looks up 1..4-token windows, so
        longer official names ("Организация по безопасности и сотрудничеству в Европе") are
        left out; their abbreviations and shorter names cover them.

``relation_cues.csv``
    ``cue`` a normalized word; ``cue_kind`` one of the kinds of ``words/relation_cues.toml``
    (``between``, ``conjunction``, ``venue``, ``comparison``, ``clause``, ``negation``, ...) and the
    generated ``place_form``, ``given_name``, ``currency`` and ``currency_stem`` (the currency words
    of ``flows.text.numbers.units.CURRENCY_NOUNS``): the words the models read around country
    mentions (int_country_mentions, int_dyad_evidence) and tone keywords (int_keyword_matches).

``shared_forms.csv``
    ``form``, ``entity_code``, ``is_preferred``: the countries a form resolved by
    ``preferred_entity`` (``words/countries.toml``) could name. int_country_mentions gives such a mention the candidate the
    article names by an unshared form (Браззавиль, Республика Конго -> CG), else the preferred one.

Each non-ignore form maps to exactly one entity. Where a form could name two countries the
most common reading in the news wins (``preferred_entity`` in ``words/countries.toml``): "конго" -> ``CD`` (the DR
Congo is the one that makes the news), "корея" -> ``KR``. Other conflicts between entities
stop the generator until a choice is recorded there.

Inflection uses pymorphy3 with the OpenCorpora dictionary. Single words take the whole
lexeme of the dictionary parse chosen for them (a Geox noun where there is one, so Грузия
never yields forms of "грузить"); multi-word names inflect the head noun and the adjectives
that agree with it in all six cases, keeping dependent words (Ростов-на-Дону, Республика
Беларусь, Организация Объединённых Наций) unchanged. Words missing from the dictionary
(mostly Chinese and Kazakh place names) are declined by ending rules in ``_fallback_forms``.
"""

from __future__ import annotations

import argparse
import csv
import functools
import gettext
import itertools
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pycountry
from pymorphy3.units import DictionaryAnalyzer

from flows.text.morph import analyzer
from flows.text.numbers.units import CURRENCY_NOUNS, currency_phrases, currency_phrases_en
from flows.text.people.lexicon import LATIN_FIRST_NAMES, role_lemmas
from flows.text.tokens import normalize_form, normalize_word
from gazetteer.lists import (
    ADJECTIVES,
    ALIASES,
    AMBIGUOUS_NAMES,
    BLOCS,
    CAPITALS,
    CITIES,
    COMMON_WORD_OK,
    CURRENCIES,
    DEMONYMS,
    DISPREFERRED_LEMMAS,
    EN_ADJECTIVES,
    EN_AMBIGUOUS,
    EN_CAPITALS,
    EN_COMPOUND_STEMS,
    EN_EXTRA,
    EN_GIVEN_NAMES,
    EXTRA_STEMS,
    GIVEN_NAMES,
    HISTORICAL_ADJECTIVES,
    HISTORICAL_INTL,
    HISTORICAL_STATES,
    IGNORE_EN,
    IGNORE_PHRASES,
    INDECLINABLE,
    INTL_ADJECTIVES,
    INTL_CAPITALS,
    INTL_IRREGULAR,
    INTL_NAMES,
    INTL_REGION_ADJECTIVES,
    INTL_REGIONS,
    METONYMS,
    NAME_EN,
    NAME_RU,
    NAMES,
    OUTLETS_INTL,
    PARTICLES,
    PREFERRED_ENTITY,
    REGION_ADJECTIVES,
    REGIONS,
    RELATION_CUES,
    UN_MEMBERS,
    US_GEORGIA_CITIES,
    US_GEORGIA_NOUNS,
)

SEEDS_DIR = Path(__file__).resolve().parents[1] / "dbt_project" / "seeds"
# Output file names, one per table.
COUNTRIES_FILE = "ref_countries.csv"
BLOCS_FILE = "ref_blocs.csv"
FORMS_FILE = "ref_country_forms.csv"
CUES_FILE = "ref_relation_cues.csv"
SHARED_FILE = "ref_shared_forms.csv"
OUTPUT_FILES = (COUNTRIES_FILE, BLOCS_FILE, FORMS_FILE, CUES_FILE, SHARED_FILE)

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")

# fmt: off
# Collision threshold: share of pymorphy's probability mass given to ordinary-word parses.
AMBIGUITY_THRESHOLD = 0.5
# Parts of speech counted as ordinary-word readings: adjectives derived from the place name
# (минском, грозный) are not, except pronominal ones (того).
ORDINARY_POS = frozenset(
    {"NOUN", "ADJF", "ADJS", "COMP", "VERB", "INFN", "PRTS", "GRND", "NUMR", "ADVB", "NPRO", "PRED",
     "PREP", "CONJ", "PRCL", "INTJ"}
)

PROPER_GRAMMEMES = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr", "Init"})

# Longest form, in tokens, that the SQL matcher looks up (int_entity_mentions: 1..4-token windows).
MAX_TOKENS = 4

FORM_KIND_PRIORITY = (
    "name", "alias", "metonym", "capital", "region", "city", "adjective", "demonym", "compound_stem", "name_en",
    "name_intl", "capital_intl", "adjective_intl",
)

COUNTRY_COLUMNS = ("country_code", "iso3", "name_en", "name_ru", "is_un_member")
BLOC_COLUMNS = ("bloc_code", "name_en", "name_ru")
FORM_COLUMNS = (
    "form", "entity_code", "entity_type", "form_kind", "requires_capital", "is_ambiguous", "n_tokens",
    "requires_upper",
)

_SPEC_WORD_RE = re.compile(r"[=+]?[A-Za-zА-Яа-яЁё]+")
_POSSESSIVE_PLURAL = ("овы", "евы", "ины")
_ADJ_ENDINGS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", *_POSSESSIVE_PLURAL)
_FUNCTION_POS = frozenset({"ADJS", "ADVB", "PREP", "CONJ", "PRCL", "COMP", "PRED", "INTJ"})

# fmt: on

# --------------------------------------------------------------------------------------
# Morphology
# --------------------------------------------------------------------------------------


def _in_dictionary(parse) -> bool:
    """True for parses of words that are in the dictionary (not guessed from a suffix)."""
    return len(parse.methods_stack) == 1 and type(parse.methods_stack[0][0]) is DictionaryAnalyzer


_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын")


def _surname_shaped(form) -> bool:
    """True for the genitive plural of a singular name that is shaped like a Russian surname:
    "Ливанов", "Китаев", "Иранов" name people (министр Ливанов) far more often than several
    Lebanons, so the gazetteer leaves them out."""
    return form.tag.number == "plur" and form.tag.case == "gent" and form.word.endswith(_SURNAME_ENDINGS)


def _fallback_cases(word: str) -> dict[str, tuple[str, ...]]:
    """Singular case forms of a name pymorphy does not know, decided by its ending."""
    w = normalize_word(word)
    if w[-1] in "оеиуюэы" or w.endswith(("иа", "уа", "эа")):
        endings = {case: ("",) for case in CASES}
        stem = w
    elif w.endswith("ия"):
        stem = w[:-2]
        endings = {
            "nomn": ("ия",),
            "gent": ("ии",),
            "datv": ("ии",),
            "accs": ("ию",),
            "ablt": ("ией",),
            "loct": ("ии",),
        }
    elif w.endswith("я"):
        stem = w[:-1]
        endings = {
            "nomn": ("я",),
            "gent": ("и",),
            "datv": ("е",),
            "accs": ("ю",),
            "ablt": ("ей",),
            "loct": ("е",),
        }
    elif w.endswith("а"):
        stem = w[:-1]
        gen = "и" if stem[-1] in "гкхжшщч" else "ы"
        abl = "ей" if stem[-1] in "жшщчц" else "ой"
        endings = {
            "nomn": ("а",),
            "gent": (gen,),
            "datv": ("е",),
            "accs": ("у",),
            "ablt": (abl,),
            "loct": ("е",),
        }
    elif w.endswith("й"):
        stem = w[:-1]
        endings = {
            "nomn": ("й",),
            "gent": ("я",),
            "datv": ("ю",),
            "accs": ("й",),
            "ablt": ("ем",),
            "loct": ("е",),
        }
    elif w.endswith("ь"):
        # Both masculine (Шэньчжэнь -> в Шэньчжэне) and feminine (Хэнань -> в Хэнани) usage occur.
        stem = w[:-1]
        endings = {
            "nomn": ("ь",),
            "gent": ("я", "и"),
            "datv": ("ю", "и"),
            "accs": ("ь",),
            "ablt": ("ем", "ью"),
            "loct": ("е", "и"),
        }
    else:
        stem = w
        abl = "ем" if w[-1] in "жшщчц" else "ом"
        endings = {
            "nomn": ("",),
            "gent": ("а",),
            "datv": ("у",),
            "accs": ("",),
            "ablt": (abl,),
            "loct": ("е",),
        }
    return {case: tuple(stem + e for e in ends) for case, ends in endings.items()}


def _fallback_plural(word: str) -> dict[str, tuple[str, ...]]:
    """Plural case forms of a consonant-final noun pymorphy does not know (узбекский сум)."""
    w = normalize_word(word)
    if w[-1] in "аяоеиуюэыьй":
        return {case: () for case in CASES}
    y = "и" if w[-1] in "гкхжшщч" else "ы"
    gen = "ей" if w[-1] in "жшщч" else "ов"
    endings = {"nomn": y, "gent": gen, "datv": "ам", "accs": y, "ablt": "ами", "loct": "ах"}
    return {case: (w + e,) for case, e in endings.items()}


def _fallback_forms(word: str) -> set[str]:
    return {f for forms in _fallback_cases(word).values() for f in forms}


_ADJ_FALLBACK = {
    "masc": {"nomn": "ый", "gent": "ого", "datv": "ому", "ablt": "ым", "loct": "ом"},
    "femn": {"nomn": "ая", "gent": "ой", "datv": "ой", "accs": "ую", "ablt": "ой", "loct": "ой"},
    "neut": {"nomn": "ое", "gent": "ого", "datv": "ому", "accs": "ое", "ablt": "ым", "loct": "ом"},
    "plur": {"nomn": "ые", "gent": "ых", "datv": "ым", "ablt": "ыми", "loct": "ых"},
}


def _fallback_adjective(word: str, gender: str | None, number: str, case: str, animacy: str) -> str:
    """A case form of an adjective pymorphy does not know (Алматинская, Атырауская)."""
    w = normalize_word(word)
    if w.endswith(_POSSESSIVE_PLURAL):  # Каймановы острова -> Каймановых островов
        return (
            w
            if case == "nomn" or (case == "accs" and animacy != "anim")
            else w[:-1] + _ADJ_FALLBACK["plur"][case]
        )
    stem, ending = w[:-2], w[-2:]
    if gender is None:
        gender = {"ая": "femn", "яя": "femn", "ое": "neut", "ее": "neut"}.get(ending, "masc")
    key = "plur" if number == "plur" or ending in ("ые", "ие") else gender
    table = _ADJ_FALLBACK[key]
    if case == "accs" and key in ("masc", "plur"):
        suffix = table["gent"] if animacy == "anim" else table["nomn"]
    else:
        suffix = table[case]
    if stem[-1] in "кгхжшчщ" and suffix.startswith("ы"):
        suffix = "и" + suffix[1:]
    return stem + suffix


@dataclass(frozen=True)
class _Head:
    """Agreement features of the head noun of a phrase (``parse`` is None if guessed)."""

    parse: object
    gender: str | None
    number: str | None
    animacy: str

    @classmethod
    def from_parse(cls, parse) -> _Head:
        tag = parse.tag
        return cls(
            parse, tag.gender and str(tag.gender), tag.number and str(tag.number), str(tag.animacy or "inan")
        )

    @classmethod
    def guess(cls, word: str) -> _Head:
        w = normalize_word(word)
        gender = "femn" if w.endswith(("а", "я")) else "neut" if w.endswith(("о", "е")) else "masc"
        return cls(None, gender, "sing", "inan")


_PROPER_GRAMMEMES = frozenset({"Surn", "Name", "Geox"})


class Morph:
    """pymorphy3 wrapped for generating name forms."""

    def __init__(self) -> None:
        self.analyzer = analyzer()

    def noun_parse(self, word: str, prefer_geox: bool = True):
        """The dictionary parse of ``word`` as a noun in the nominative, or None."""
        key = normalize_word(word)
        best, best_rank = None, None
        for p in self.analyzer.parse(key):
            if not _in_dictionary(p) or p.tag.POS != "NOUN" or p.tag.case != "nomn":
                continue
            is_lemma = normalize_word(p.normal_form) == key
            if not is_lemma and p.tag.number != "plur":
                continue
            rank = (
                prefer_geox and "Geox" in p.tag,
                is_lemma,
                not ({"Name", "Surn", "Patr"} & p.tag.grammemes),
                p.tag.animacy == "inan",
                p.score,
            )
            if best_rank is None or rank > best_rank:
                best, best_rank = p, rank
        return best

    def adj_parse(self, word: str, gender: str | None = None, number: str | None = None):
        """The dictionary parse of ``word`` as an adjective or participle in the nominative."""
        key = normalize_word(word)
        best, best_rank = None, None
        for p in self.analyzer.parse(key):
            if not _in_dictionary(p) or p.tag.POS not in ("ADJF", "PRTF") or p.tag.case != "nomn":
                continue
            if number and p.tag.number != number:
                continue
            if gender and p.tag.number == "sing" and p.tag.gender != gender:
                continue
            rank = (
                p.normal_form not in DISPREFERRED_LEMMAS,
                p.tag.POS == "ADJF",
                p.tag.number == "sing",
                p.score,
            )
            if best_rank is None or rank > best_rank:
                best, best_rank = p, rank
        return best

    def word_forms(self, word: str, with_plural: bool = True) -> set[str]:
        """All case forms of a single-word name; plural forms too when ``with_plural``.

        Abbreviations (РФ, США, ЕАЭС) are kept as they are.
        """
        key = normalize_word(word)
        if len(word) > 1 and word.isupper():
            return {key}
        p = self.noun_parse(word)
        if p is None:
            a = self.adj_parse(word)
            if a is not None:  # substantivized adjective: Поднебесная
                return {
                    normalize_form(f.word)
                    for f in a.lexeme
                    if f.tag.POS == a.tag.POS
                    and f.tag.number == a.tag.number
                    and f.tag.gender == a.tag.gender
                }
            return _fallback_forms(word)
        if "Fixd" in p.tag:
            return {key}
        numbers = {"plur"} if p.tag.number == "plur" else {"sing", "plur"} if with_plural else {"sing"}
        return {
            normalize_form(f.word)
            for f in p.lexeme
            if f.tag.POS == "NOUN"
            and f.tag.number in numbers
            and not (p.tag.number == "sing" and _surname_shaped(f))
        }

    def demonym_forms(self, word: str) -> set[str]:
        """Every case of a noun for a person of a country, singular and plural, without the forms
        that are also a surname, a first name or a place (``поляков``, ``чехов``, ``Турку``)."""
        return {
            form
            for form in self.word_forms(word)
            if not any(p.tag.grammemes & _PROPER_GRAMMEMES for p in self.analyzer.parse(form))
        }

    def adjective_forms(self, word: str) -> set[str]:
        """All genders, cases and numbers of an adjective (full forms only)."""
        key = normalize_word(word)
        p = self.adj_parse(word, "masc", "sing")
        if p is not None and normalize_word(p.normal_form) == key:
            return {normalize_form(f.word) for f in p.lexeme if f.tag.POS == "ADJF"}
        if not key.endswith("ий"):
            raise ValueError(f"cannot inflect adjective {word!r}")
        s = key[:-2]
        endings = ("ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ою", "ое", "ие", "их", "ими")
        return {s + e for e in endings}

    def phrase_forms(
        self, spec: str, numbers: tuple[str, ...] = ("sing",), word_plural: bool = False
    ) -> set[str]:
        """All case forms of a name spec (see ``words/countries.toml`` for the syntax).

        ``numbers`` lists the numbers a phrase is generated in when its head noun is
        singular; a plural head (Штаты, Эмираты, Афины) is always plural. A single word gets
        its plural forms too when ``word_plural`` (country names: "обе Кореи").
        """
        if normalize_form(spec) in INDECLINABLE:
            return {normalize_form(spec)}
        words = _SPEC_WORD_RE.findall(spec)
        if len(words) == 1 and words[0][0] not in "=+":
            return self.word_forms(words[0], with_plural=word_plural or "plur" in numbers)
        return self._inflect_phrase(words, numbers)

    def _inflect_phrase(self, words: list[str], numbers: tuple[str, ...]) -> set[str]:
        roles = self._phrase_roles(words)
        heads = {group: info for kind, _, group, info in roles if kind == "head"}
        out: set[str] = set()
        for number in numbers:
            for case in CASES:
                alternatives = []
                for kind, word, group, info in roles:
                    if kind == "fixed":
                        alternatives.append((word,))
                    elif kind == "head":
                        alternatives.append(self._inflect_noun(word, info, case, number))
                    else:
                        alternatives.append(self._inflect_adj(word, heads.get(group), case, number))
                for parts in itertools.product(*alternatives):
                    out.add(normalize_form(" ".join(parts)))
        return out

    def _known(self, low: str) -> bool:
        return any(_in_dictionary(p) for p in self.analyzer.parse(low))

    def _phrase_roles(self, words: list[str]) -> list[tuple[str, str, int, object]]:
        """Split a spec into (role, word, agreement group, head info) tuples.

        Roles: ``fixed`` (kept as is), ``head`` (the noun of a group, with a ``_Head``) and
        ``agree`` (an adjective or participle agreeing with the head of its group).
        """
        roles: list[tuple[str, str, int, object]] = []
        group = 0
        after_head = False
        for w in words:
            bare = w.lstrip("=+")
            low = normalize_word(bare)
            if w.startswith("=") or low in PARTICLES or (len(bare) > 1 and bare.isupper()):
                roles.append(("fixed", low, group, None))
            elif w.startswith("+"):
                roles.append(("agree", bare, group, None))
            elif after_head:
                if low == "и" and roles[-1][0] == "head":
                    group += 1
                    after_head = False
                roles.append(("fixed", low, group, None))
            elif low.endswith(_ADJ_ENDINGS) and (self.adj_parse(bare) is not None or not self._known(low)):
                roles.append(("agree", bare, group, None))
            elif (noun := self.noun_parse(bare, prefer_geox=False)) is not None:
                roles.append(("head", bare, group, _Head.from_parse(noun)))
                after_head = True
            elif self.adj_parse(bare) is not None:
                roles.append(("agree", bare, group, None))
            elif any(_in_dictionary(p) and p.tag.POS in _FUNCTION_POS for p in self.analyzer.parse(low)):
                roles.append(("fixed", low, group, None))  # short adjectives, adverbs, prepositions
            else:
                roles.append(("head", bare, group, _Head.guess(bare)))  # declined by its ending
                after_head = True
        return roles

    @staticmethod
    def _inflect_noun(word: str, head: _Head, case: str, number: str) -> tuple[str, ...]:
        if head.parse is None:
            return (_fallback_cases(word) if number == "sing" else _fallback_plural(word))[case]
        if "Fixd" in head.parse.tag:
            return (normalize_word(word),)
        f = head.parse.inflect({case, "plur" if head.number == "plur" else number})
        if f is None:
            if number == "plur":  # singularia tantum: no plural phrase
                return ()
            raise ValueError(f"cannot inflect {word!r} to {case}")
        return (normalize_word(f.word),)

    def _inflect_adj(self, word: str, head: _Head | None, case: str, number: str) -> tuple[str, ...]:
        gender, animacy = None, "inan"
        if head is not None:
            gender, animacy = head.gender, head.animacy
            if head.number == "plur":
                number = "plur"
        p = self.adj_parse(word, gender)
        if p is None:
            return (_fallback_adjective(word, gender, number, case, animacy),)
        gender = gender or p.tag.gender
        grammemes = {case, number}
        if number == "sing" and gender in ("masc", "femn", "neut"):
            grammemes.add(gender)
        if case == "accs" and (number == "plur" or gender in ("masc", None)):
            grammemes.add(animacy)
        f = p.inflect(grammemes)
        if f is None:
            raise ValueError(f"cannot inflect {word!r} to {sorted(grammemes)}")
        return (normalize_word(f.word),)

    def collision_score(self, form: str) -> float:
        """Probability mass pymorphy gives to ordinary-word readings of a single token."""
        return sum(
            p.score
            for p in self.analyzer.parse(form)
            if _in_dictionary(p)
            and p.tag.POS in ORDINARY_POS
            and not (PROPER_GRAMMEMES & p.tag.grammemes)
            and (p.tag.POS != "ADJF" or "Apro" in p.tag)
        )


# --------------------------------------------------------------------------------------
# Table construction
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FormRow:
    form: str
    entity_code: str
    entity_type: str
    form_kind: str
    requires_capital: bool
    is_ambiguous: bool
    requires_upper: bool = False

    def as_csv(self) -> list[str]:
        return [
            self.form,
            self.entity_code,
            self.entity_type,
            self.form_kind,
            _bool(self.requires_capital),
            _bool(self.is_ambiguous),
            str(len(self.form.split())),
            _bool(self.requires_upper),
        ]


@functools.cache
def _abbreviation_forms() -> frozenset[str]:
    """The forms of the abbreviations listed among the English and other languages' names (US,
    U.S., UAE, АҚШ, ...), which reach the collector as forms without the name they come from."""
    names = [n for names in EN_EXTRA.values() for n in names]
    names += [n for by_code in INTL_NAMES.values() for names in by_code.values() for n in names]
    names += [n for bloc in BLOCS for n in bloc.en]
    return frozenset(f for n in names if is_abbreviation(n) for f in _latin_forms(n) | {normalize_form(n)})


def is_abbreviation(spec: str) -> bool:
    """Whether a listed name is an abbreviation written in capitals (США, РФ, ЗША, АҚШ, UK, U.S.,
    НАТО): its forms name the entity only written so (``requires_upper``), not as the word they
    may spell in lowercase or Title Case (us, пар, Us)."""
    letters = [c for c in spec if c.isalpha()]
    return 2 <= len(letters) <= 6 and all(c.isupper() for c in letters) and " " not in spec.strip()


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _ascii_form(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return normalize_form(folded)


def _latin_forms(text: str) -> set[str]:
    """A Latin-script name as written (``türkiye``, ``brasília``) and without its diacritics
    (``turkiye``): texts write both, and tokens keep the letters as written."""
    return {_ascii_form(text), normalize_form(unicodedata.normalize("NFC", text))}


def _russian_translations() -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])


def build_countries() -> list[list[str]]:
    ru = _russian_translations()
    rows = []
    for c in pycountry.countries:
        code = c.alpha_2
        name_en = NAME_EN.get(code) or getattr(c, "common_name", None) or c.name
        name_ru = NAME_RU.get(code) or ru.gettext(c.name)
        rows.append([code, c.alpha_3, name_en, name_ru, _bool(code in UN_MEMBERS)])
    rows.sort()
    return rows


def build_blocs() -> list[list[str]]:
    return sorted([b.code, b.name_en, b.name_ru] for b in BLOCS)


class _Collector:
    """Accumulates candidate rows and resolves them into one row per form."""

    def __init__(self, morph: Morph) -> None:
        self.morph = morph
        self.dropped = 0
        # form -> {(entity_type, entity_code): {form_kind: (requires_capital, is_ambiguous,
        # requires_upper)}}; requires_upper: every entry giving the form is an abbreviation
        self.entries: dict[str, dict[tuple[str, str], dict[str, tuple[bool, bool, bool]]]] = {}

    def add(
        self,
        forms,
        entity_type: str,
        code: str,
        kind: str,
        requires_capital: bool,
        spec: str | None = None,
        requires_upper: bool = False,
    ) -> None:
        """Add ``forms`` of one entry; ``spec`` is the entry's name, used for ambiguity decisions.

        Forms longer than MAX_TOKENS are dropped: the matcher never looks at longer windows.
        """
        entry = _spec_key(spec) if spec else None
        for form in forms:
            if not form or len(form.split()) > MAX_TOKENS:
                self.dropped += bool(form)
                continue
            ambiguous = self._is_ambiguous(form, kind, entry)
            kinds = self.entries.setdefault(form, {}).setdefault((entity_type, code), {})
            upper = requires_upper if spec else requires_upper or form in _abbreviation_forms()
            old_capital, old_ambiguous, old_upper = kinds.get(kind, (False, False, True))
            kinds[kind] = (
                old_capital or requires_capital,
                old_ambiguous or ambiguous,
                old_upper and upper and entity_type != "ignore",
            )

    def add_specs(self, specs, entity_type: str, code: str, kind: str, **phrase_options) -> None:
        """Add the forms of each spec; a spec written in lower case (``европейская дипломатия``:
        a common noun phrase) matches in any case, every other one only capitalised."""
        for spec in specs:
            forms = self.morph.phrase_forms(spec, **phrase_options)
            capital = not spec.lstrip("=+")[:1].islower()
            self.add(forms, entity_type, code, kind, capital, spec, requires_upper=is_abbreviation(spec))

    def _is_ambiguous(self, form: str, kind: str, entry: str | None) -> bool:
        if kind == "adjective_intl":
            return False
        if kind in ("name_intl", "capital_intl"):
            # a word of Russian (чад, того, тога) or English (chin, mali) the name shares
            return form in EN_AMBIGUOUS or (
                form not in COMMON_WORD_OK
                and " " not in form
                and self.morph.collision_score(form) >= AMBIGUITY_THRESHOLD
            )
        if kind == "name_en":
            return form in EN_AMBIGUOUS
        if entry in AMBIGUOUS_NAMES:
            return True
        if (
            entry in COMMON_WORD_OK
            or " " in form
            or kind in ("adjective", "demonym", "compound_stem", "metonym", "ignore")
        ):
            return False
        return self.morph.collision_score(form) >= AMBIGUITY_THRESHOLD

    def shared_forms(self) -> list[list[str]]:
        """Rows of ``ref_shared_forms.csv``: (form, entity_code, is_preferred) for every form that
        names several countries and was resolved by ``PREFERRED_ENTITY`` (конго: CD preferred, CG)."""
        out = []
        for form, by_entity in self.entries.items():
            countries = sorted(code for entity_type, code in by_entity if entity_type == "country")
            if len(countries) > 1 and PREFERRED_ENTITY.get(form) in countries:
                out += [[form, code, _bool(code == PREFERRED_ENTITY[form])] for code in countries]
        return sorted(out)

    def rows(self) -> list[FormRow]:
        rows = []
        for form, by_entity in self.entries.items():
            if ("ignore", "") in by_entity:
                if len(by_entity) > 1:
                    raise ValueError(f"ignore phrase {form!r} is also an entity form: {sorted(by_entity)}")
                rows.append(FormRow(form, "", "ignore", "ignore", False, False))
                continue
            entity_type, code = self._resolve(form, by_entity)
            kinds = by_entity[(entity_type, code)]
            kind = min(kinds, key=FORM_KIND_PRIORITY.index)
            rows.append(FormRow(form, code, entity_type, kind, *kinds[kind]))
        rows.sort(key=lambda r: (r.form, r.entity_type, r.entity_code))
        return rows

    @staticmethod
    def _resolve(form: str, by_entity: dict) -> tuple[str, str]:
        """The entity a form maps to: the only one, the preferred one, or the one named by a
        stronger kind of form (a country name beats another country's city)."""
        if len(by_entity) == 1:
            return next(iter(by_entity))
        preferred = PREFERRED_ENTITY.get(form)
        for entity in by_entity:
            if entity[1] == preferred:
                return entity

        def best_rank(entity):
            return min(FORM_KIND_PRIORITY.index(k) for k in by_entity[entity])

        ranked = sorted(by_entity, key=best_rank)
        if best_rank(ranked[0]) == best_rank(ranked[1]):
            raise ValueError(
                f"form {form!r} names several entities {sorted(by_entity)}; add it to PREFERRED_ENTITY"
            )
        return ranked[0]


# --------------------------------------------------------------------------------------
# The region's other languages: Belarusian, Ukrainian, Polish, Kazakh
# --------------------------------------------------------------------------------------

INTL_LANGUAGES = ("be", "uk", "pl", "kk")
# Declension by endings where no dictionary is at hand: ending of the nominative -> (how many
# letters to cut, the endings to add), first match wins. The rules overgenerate a little; every
# generated form is a capitalised proper name and a form two countries share is dropped.
_CYR_ENDINGS = (
    ("ія", 1, ("я", "і", "ї", "ю", "ею", "єю", "яй", "і")),
    ("ыя", 1, ("я", "і", "ю", "яй")),
    ("ия", 1, ("я", "и", "ю", "ей", "е")),
    ("ь", 1, ("ь", "і", "ї", "ю", "я", "ем")),
    ("й", 1, ("й", "я", "ю", "ем", "ям", "і", "ї", "ю", "єм", "ем")),
    ("а", 1, ("а", "ы", "і", "и", "е", "у", "ай", "ой", "ою", "ею", "ю")),
    ("я", 1, ("я", "і", "ї", "ю", "ею", "єю", "яй")),
    ("ы", 1, ("ы", "аў", "ам", "ах", "амі")),
    ("и", 1, ("и", "ів", "ам", "ах", "ами")),
)
_CYR_CONSONANT = ("", "а", "у", "ам", "ом", "е", "і", "ы", "у", "ові", "еві", "ем")
# Kazakh is agglutinative: case suffixes follow the stem whole (Қытайға, Ресейдің, Астанада).
_KK_SUFFIXES = (
    "",
    "ның",
    "нің",
    "дың",
    "дің",
    "тың",
    "тің",
    "ға",
    "ге",
    "қа",
    "ке",
    "на",
    "не",
    "а",
    "е",
    "ны",
    "ні",
    "ды",
    "ді",
    "ты",
    "ті",
    "н",
    "да",
    "де",
    "та",
    "те",
    "нда",
    "нде",
    "дан",
    "ден",
    "тан",
    "тен",
    "нан",
    "нен",
    "мен",
    "бен",
    "пен",
    "ндағы",
    "дағы",
    "дегі",
    "тағы",
)
_PL_ENDINGS = (
    ("ja", 2, ("ja", "ji", "ję", "ją")),
    ("ia", 2, ("ia", "ii", "ię", "ią")),
    ("ka", 2, ("ka", "ki", "kę", "ką", "ce")),
    ("ga", 2, ("ga", "gi", "gę", "gą", "dze")),
    ("ea", 1, ("a", "i", "ę", "ą", "o")),  # Korea: Korei, Gwinea: Gwinei
    ("a", 1, ("a", "y", "ie", "ę", "ą", "o")),
    ("ś", 1, ("ś", "si", "sią")),
    ("y", 1, ("y", "", "ów", "om", "ami", "ach")),
)
_PL_CONSONANT = ("", "u", "a", "owi", "em", "ie", "y")
_MIN_DECLINED = 4  # shorter words are kept as they are written


def _decline(word: str, lang: str) -> set[str]:
    """Case forms of one (lowercase) word of a country name by ending rules."""
    if len(word) < _MIN_DECLINED:
        return {word}
    if lang == "kk":
        return {word + suffix for suffix in _KK_SUFFIXES}
    endings, consonant = (_PL_ENDINGS, _PL_CONSONANT) if lang == "pl" else (_CYR_ENDINGS, _CYR_CONSONANT)
    for ending, cut, adds in endings:
        if word.endswith(ending):
            stem = word[:-cut]
            out = {stem + a for a in adds}
            if lang != "pl" and ending == "ь" and len(stem) > 1:
                out.add(stem + stem[-1] + "ю")  # Беларусь -> Беларуссю, Білорусь -> Білоруссю
            if lang != "pl" and ending in ("и", "ы") and len(stem) > 3:
                # a plural name's genitive with no ending (Філіппіни -> Філіппін, Мальдіви ->
                # Мальдів; Belarusian Мальдывы -> Мальдыў), beside the one in -ів/-аў
                out.add(stem[:-1] + "ў" if lang == "be" and stem.endswith("в") else stem)
            if lang == "pl" and ending == "a" and stem.endswith(("r", "t", "d", "n", "w", "b", "m")):
                out.add(stem + ("ze" if stem.endswith("r") else "ie"))
            if lang == "pl" and word.endswith(("śnia", "źnia", "ćnia")):
                out.add(word[:-1])  # "ni" writes a soft ń: Bośnia -> Bośni, not Bośnii
            return out
    if word[-1] in "оеіуиэoeiu":  # Конго, Перу, Малі: indeclinable
        return {word}
    out = {word + c for c in consonant}
    oblique = _oblique_stem(word, lang)
    if oblique != word:
        out |= {oblique + c for c in consonant if c}
    return out


# The vowel of a closed last syllable that alternates when a case ending opens it: Ukrainian
# -ів/-їв -> -ов/-єв (Київ -> Києва, у Києві; Львів -> Львова), Polish ó -> o (Kijów -> Kijowa, w Kijowie),
# Belarusian final ў -> в (Кіеў -> Кіева, у Кіеве).
_UK_CLOSED_RE = re.compile(r"([іїi])(в)$")  # the place names in -ів/-їв: Київ, Львів, Харків
_PL_CLOSED_RE = re.compile(r"ó([^aąeęioóuy])$")


def _oblique_stem(word: str, lang: str) -> str:
    """The stem the oblique cases of a consonant-final name take, when it differs from the
    nominative: ``київ`` -> ``києв``, ``kijów`` -> ``kijow``, ``кіеў`` -> ``кіев``; else ``word``."""
    if lang == "uk":
        m = _UK_CLOSED_RE.search(word)
        if m:
            return word[: m.start()] + ("є" if m.group(1) == "ї" else "о") + m.group(2)
    elif lang == "pl":
        m = _PL_CLOSED_RE.search(word)
        if m:
            return word[: m.start()] + "o" + m.group(1)
    elif lang == "be" and word.endswith("ў"):
        return word[:-1] + "в"
    return word


def _intl_name_variants(name: str) -> list[str]:
    """The usable parts of a CLDR territory name: "Конга - Бразавіль" -> itself and "Конга"."""
    name = name.replace("(", " ").replace(")", " ")
    parts = [name, *re.split(r"\s[-–]\s", name)]
    return [p.strip() for p in parts if p.strip()]


# The adjectives of a name of several words (Korea Południowa, Stany Zjednoczone, Південна Корея,
# Саудаўская Аравія): the stem, by its nominative's shape, and the endings of every case, gender
# and number, in the same order for every stem type of a language, so that two adjectives of one
# name agree (Zjednoczonych Emiratów Arabskich: the index of -ych is that of -ich).
_ADJ_PHRASE_RES = {
    "pl": ((re.compile(r"(.+(?:sk|ck))(?:a|ie|i)"), "soft"), (re.compile(r"(.+(?:ow|n))(?:a|e|y)"), "hard")),
    "uk": ((re.compile(r"(.+(?:ськ|цьк|н|ов|ів))(?:а|ий|е|і)"), "hard"),),
    "be": (
        (re.compile(r"(.+(?:ск|цк))(?:ая|і|ае|ія)"), "soft"),
        (re.compile(r"(.+(?:н|ов|ёв|ев))(?:ая|ы|ае|ыя)"), "hard"),
    ),
}
_ADJ_PHRASE_ENDINGS = {
    ("pl", "hard"): ("a", "ej", "ą", "y", "e", "ego", "emu", "ym", "ych", "ymi"),
    ("pl", "soft"): ("a", "iej", "ą", "i", "ie", "iego", "iemu", "im", "ich", "imi"),
    ("uk", "hard"): ("а", "ої", "ій", "у", "ою", "ий", "ого", "ому", "им", "ім", "е", "і", "их", "ими"),
    ("be", "hard"): ("ая", "ай", "ую", "ой", "ы", "ага", "аму", "ым", "ае", "ыя", "ых", "ымі"),
    ("be", "soft"): ("ая", "ай", "ую", "ой", "і", "ага", "аму", "ім", "ае", "ія", "іх", "імі"),
}
_CONJUNCTION_WORDS = frozenset({"i", "и", "і", "й", "та", "a", "ды", "және", "мен"})


def _adjective_endings(word: str, lang: str) -> tuple[str, ...] | None:
    """The case forms of ``word`` when it has the shape of an adjective in the nominative
    (``południowa``, ``zjednoczone``, ``південна``, ``саудаўская``), in the order of
    ``_ADJ_PHRASE_ENDINGS``; None for other words."""
    for regex, kind in _ADJ_PHRASE_RES.get(lang, ()):
        m = regex.fullmatch(word)
        if m is not None:
            return tuple(m.group(1) + e for e in _ADJ_PHRASE_ENDINGS[(lang, kind)])
    return None


def _intl_phrase_forms(name: str, lang: str) -> set[str]:
    """Normalized forms of a (multi-word) name: the whole phrase, and its case forms. In
    Belarusian, Ukrainian and Polish a name of a noun and adjectives in the nominative declines
    all of them: the noun (the first word not shaped as an adjective, else the first word) by
    ``_decline`` and its adjectives in agreement (``Korei Południowej``, ``Stanów Zjednoczonych``,
    ``Південної Кореї``, ``Злучаных Штатаў``); other words stay. A name of such languages with no
    adjective declines its first word (``Republiki Korei``). Every name, of any language, also
    declines its last word (``Ułan Batorze``, ``Papui-Nowej Gwinei`` aside)."""
    words = normalize_form(name).split()
    if not words:
        return set()
    forms = {" ".join(words)}
    if len(words) > 1 and lang in _ADJ_PHRASE_RES and not _CONJUNCTION_WORDS & set(words):
        adjectives = [_adjective_endings(w, lang) for w in words]
        head = next((i for i, a in enumerate(adjectives) if a is None), 0)
        adjectives[head] = None
        if any(a is not None for a in adjectives):
            n_endings = len(next(a for a in adjectives if a is not None))
            for h in _decline(words[head], lang):
                for k in range(n_endings):
                    forms.add(
                        " ".join(
                            h if i == head else a[k] if a is not None else w
                            for i, (w, a) in enumerate(zip(words, adjectives, strict=True))
                        )
                    )
        else:
            # a noun and its complement (Republika Korei) or a name whose last word declines (Ułan
            # Bator): both are declined
            rest = " ".join(words[1:])
            forms |= {f"{h} {rest}" for h in _decline(words[0], lang)}
    if len(words) == 3 and lang in _ADJ_PHRASE_RES and words[1] in _CONJUNCTION_WORDS:
        # two nouns joined (Bośnia i Hercegowina, Трынідад і Табага): both decline, in the same
        # case; every pairing is made, those of two cases matching nothing a text writes
        forms |= {f"{a} {words[1]} {b}" for a in _decline(words[0], lang) for b in _decline(words[2], lang)}
    # the last word declined, as every name (words read as adjectives may be nouns: SRA Hongkong
    # Chiny, Papua-Nowa Gwinea)
    head_words = " ".join(words[:-1])
    return forms | {(head_words + " " + w).strip() for w in _decline(words[-1], lang)}


# The nouns of regions' names in the region's other languages, each case as (the noun's form, the
# ending its adjective takes), the nominative first: "Львівська область", "Львівської області";
# "województwo podkarpackie", "województwa podkarpackiego". Only forms that agree are made.
_REGION_NOUNS: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("uk", "область"): (
        ("область", "а"),
        ("області", "ої"),
        ("області", "ій"),
        ("область", "у"),
        ("областю", "ою"),
    ),
    ("uk", "воєводство"): (
        *(("воєводство", "е"), ("воєводства", "ого"), ("воєводству", "ому"), ("воєводством", "им")),
        *(("воєводстві", "ому"), ("воєводстві", "ім")),
    ),
    ("uk", "край"): (
        ("край", "ий"),
        ("краю", "ого"),
        ("краю", "ому"),
        ("краєм", "им"),
        ("краї", "ому"),
        ("краї", "ім"),
    ),
    ("be", "вобласць"): (("вобласць", "ая"), ("вобласці", "ай"), ("вобласць", "ую"), ("вобласцю", "ай")),
    ("be", "ваяводства"): (
        *(("ваяводства", "ае"), ("ваяводства", "ага"), ("ваяводству", "аму"), ("ваяводствам", "ым")),
        ("ваяводстве", "ым"),
    ),
    ("be", "аблвыканкам"): (
        *(("аблвыканкам", "і"), ("аблвыканкама", "ага"), ("аблвыканкаму", "аму"), ("аблвыканкамам", "ім")),
        ("аблвыканкаме", "ім"),
    ),
    ("pl", "województwo"): (
        *(("województwo", "ie"), ("województwa", "iego"), ("województwu", "iemu"), ("województwem", "im")),
        ("województwie", "im"),
    ),
    ("pl", "obwód"): (
        ("obwód", "i"),
        ("obwodu", "iego"),
        ("obwodowi", "iemu"),
        ("obwodem", "im"),
        ("obwodzie", "im"),
    ),
}


def _region_forms(name: str, lang: str) -> set[str]:
    """Normalized case forms of a region's name of ``lang`` (an adjective and a noun of
    ``_REGION_NOUNS``, in either order; words before the adjective, as the first part of
    ``Івано-Франківська``, stay): the noun and its adjective in agreement, case by case. A name
    of another noun is declined as the countries' names are (``_intl_phrase_forms``)."""
    words = normalize_form(name).split()
    noun_at = next((i for i, w in enumerate(words) if (lang, w) in _REGION_NOUNS), None)
    if noun_at is None or len(words) < 2:
        return _intl_phrase_forms(name, lang)
    cases = _REGION_NOUNS[(lang, words[noun_at])]
    adjective_at = len(words) - 1 if noun_at == 0 else noun_at - 1
    adjective = words[adjective_at]
    if not adjective.endswith(cases[0][1]):
        raise ValueError(f"region {name!r}: {adjective!r} does not end as {lang} {words[noun_at]!r} needs")
    stem = adjective[: len(adjective) - len(cases[0][1])]
    forms = set()
    for noun, ending in cases:
        declined = list(words)
        declined[noun_at], declined[adjective_at] = noun, stem + ending
        forms.add(" ".join(declined))
    return forms


_LOWERCASE_REGION = "region_lowercase"  # a region's name written in lowercase (Polish): matched so


def intl_forms() -> dict[tuple[str, str], set[str]]:
    """``{(country_code, kind): forms}`` of names (CLDR territory names, through babel) and
    capitals (CLDR exemplar cities of the time zone whose Russian city name is the capital) in
    INTL_LANGUAGES, declined by ``_decline`` (and the English capitals, undeclined: English names
    are ``name_en``); kind is ``name_intl``, ``capital_intl``, ``region`` (``INTL_REGIONS``) or
    ``region_lowercase`` (Polish ones)."""
    from babel import Locale

    ru_zones = Locale("ru").time_zones
    capital_zones: dict[str, list[str]] = {}
    for code, capitals in CAPITALS.items():
        names = {normalize_form(c.replace("=", "").replace("+", "")) for c in capitals}
        capital_zones[code] = [
            tz for tz, data in ru_zones.items() if normalize_form(data.get("city", "")) in names
        ]
    known = {c.alpha_2 for c in pycountry.countries}
    out: dict[tuple[str, str], set[str]] = {}
    for lang in (*INTL_LANGUAGES, "en"):
        loc = Locale(lang)
        for code, name in loc.territories.items() if lang != "en" else ():
            if code not in known:
                continue
            for variant in _intl_name_variants(name):
                out.setdefault((code, "name_intl"), set()).update(_intl_phrase_forms(variant, lang))
        for code, names in INTL_NAMES.get(lang, {}).items():  # words/morphology.toml
            for name in names:
                out.setdefault((code, "name_intl"), set()).update(_intl_phrase_forms(name, lang))
        for code, zones in capital_zones.items():
            for tz in zones:
                city = loc.time_zones.get(tz, {}).get("city")
                if lang == "en":  # English exemplar cities are the zone's own name (Europe/Minsk)
                    city = city or tz.rsplit("/", 1)[-1].replace("_", " ")
                if city and lang == "en":
                    out.setdefault((code, "capital_intl"), set()).add(_ascii_form(city))
                elif city:
                    out.setdefault((code, "capital_intl"), set()).update(_intl_phrase_forms(city, lang))
        for code, capitals in INTL_CAPITALS.get(lang, {}).items():  # words/morphology.toml
            for capital in capitals:
                out.setdefault((code, "capital_intl"), set()).update(_intl_phrase_forms(capital, lang))
        for code, regions in INTL_REGIONS.get(lang, {}).items():  # words/places.toml
            for region in regions:
                kind = _LOWERCASE_REGION if lang == "pl" else "region"
                out.setdefault((code, kind), set()).update(_region_forms(region, lang))
        for code, adjectives in INTL_REGION_ADJECTIVES.get(lang, {}).items():  # words/places.toml
            for adjective in adjectives:
                words = normalize_form(adjective).split()
                stem = words[-1][: -len(_ADJ_INTL_ENDINGS[lang][0])]
                out.setdefault((code, "region"), set()).update(
                    " ".join([*words[:-1], stem + ending]) for ending in _ADJ_INTL_ENDINGS[lang]
                )
    for code, capitals in EN_CAPITALS.items():  # words/english.toml: zones rarely name capitals
        for capital in capitals:
            out.setdefault((code, "capital_intl"), set()).update(_latin_forms(capital))
    return out


# Adjective endings after the stem's final к (беларуск-, білоруськ-, białorusk-): every gender,
# number and case.
_ADJ_INTL_ENDINGS = {
    "be": ("і", "ая", "ае", "ія", "ага", "аму", "ім", "ай", "ую", "іх", "імі"),
    "uk": ("ий", "а", "е", "і", "ого", "ому", "ої", "ій", "ою", "у", "им", "их", "ими", "ім"),
    "pl": ("i", "a", "ie", "iego", "iej", "iemu", "im", "ą", "ich", "imi"),
}
# The country adjective made from a name in -стан/-stan, up to its final к (Казахстан ->
# казахстанськ-, Kazachstan -> kazachstańsk-).
_STAN_SUFFIX = {"be": "ск", "uk": "ськ", "pl": "sk"}
_MIN_SHARED_PREFIX = 3  # letters a language's name and its country's name share (białoruski, Białoruś)


def _shared_prefix(a: str, b: str) -> int:
    a, b = normalize_word(a), normalize_word(b)
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


# A country-shaped adjective in the nominative of any gender or number, split into its stem up
# to the final к/k and its ending: беларуск|і, турэцк|ая, французьк|ий, німецьк|а, polsk|i, duńsk|a.
_ADJ_INTL_SHAPE = {
    "be": re.compile(r"(.{2,}[сц]к)(і|ая|ае|ія)"),
    "uk": re.compile(r"(.{2,}(?:ськ|цьк|зьк))(ий|а|е|і)"),
    "pl": re.compile(r"(.{2,}(?:sk|ck|dzk))(i|a|ie)"),
}


def _adjective_stem(word: str, lang: str) -> str | None:
    """The stem up to the final к/k of ``word`` (normalized: коста-рыканскі -> "коста рыканск")
    when it is shaped like a country adjective of ``lang`` (be, uk, pl) in the nominative
    (расійскі, англійська, szwajcarskie), else None."""
    m = _ADJ_INTL_SHAPE[lang].fullmatch(normalize_form(word))
    return m.group(1) if m else None


def _country_names(lang: str) -> dict[str, set[str]]:
    """``{country_code: words}`` of the names of a country an adjective of ``lang`` is checked
    against: its CLDR territory name in ``lang`` and in English, and pycountry's English names
    (normalized, hyphens splitting words too)."""
    from babel import Locale

    out: dict[str, set[str]] = {}
    for loc in (Locale(lang), Locale("en")):
        for code, name in loc.territories.items():
            out.setdefault(code, set()).update(normalize_form(name).split())
    for c in pycountry.countries:
        for name in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)):
            if name:
                out.setdefault(c.alpha_2, set()).update(normalize_form(name).split())
    return out


def _names_the_country(stem: str, names: set[str]) -> bool:
    """Does an adjective stem share its first letters with a name of the country (расійск- /
    Расія, amerykańsk- / America) or lie inside one (брытанск- / Вялікабрытанія)? English is
    no adjective of the United States, нямецкая of Германія nor англійський of Велика Британія."""
    return any(_shared_prefix(stem, n) >= _MIN_SHARED_PREFIX or stem[:4] in n for n in names)


def _cldr_adjective_labels(lang: str) -> list[tuple[str, str]]:
    """``(country_code, label)`` pairs of CLDR (through babel) that name the country explicitly
    and may hold its adjective in ``lang``: the names of a language's regional variants (``en_US``
    амерыканская англійская, ``de_AT`` niemiecki austriacki) and of the currencies whose ISO 4217
    code starts with the country's code (``RUB`` расійскі рубель, ``GBP`` брытанскі фунт, ``DEM``
    німецька марка)."""
    from babel import Locale

    loc = Locale(lang)
    out = [
        (region, label)
        for language, label in loc.languages.items()
        if re.fullmatch(r"[A-Z]{2}", region := language.partition("_")[2])
    ]
    return out + [(currency[:2], label) for currency, label in loc.currencies.items()]


def _intl_adjective_stems(lang: str) -> dict[str, set[str]]:
    """``{country_code: stems}`` of country adjectives in ``lang`` (be, uk, pl) up to their final
    к/k, or whole English adjectives (``lang`` "en"), from CLDR through babel: the name of the
    language whose likely territory is the country, when it shares its first letters with the
    country's name in ``lang`` (białoruski / Białoruś; English is no adjective of the United
    States, карэйская none of Паўднёвая Карэя); the words of ``_cldr_adjective_labels`` shaped
    like a country adjective (``_adjective_stem``) that name the country (``_names_the_country``);
    for names in -стан/-stan, the name plus the adjective suffix (казахстанський); and the
    words of ``intl_adjectives`` (words/morphology.toml) that CLDR does not give."""
    from babel import Locale

    loc = Locale(lang)
    known = {c.alpha_2 for c in pycountry.countries}
    out: dict[str, set[str]] = {}
    for language, label in loc.languages.items():
        code = _cldr_likely_territory(language)
        name = loc.territories.get(code or "")
        if not name or not label.isalpha() or _shared_prefix(label, name) < _MIN_SHARED_PREFIX:
            continue
        if lang == "en":
            out.setdefault(code, set()).add(normalize_word(label))
        elif stem := _adjective_stem(label, lang):
            out.setdefault(code, set()).add(stem)
    if lang == "en":
        return out
    names = _country_names(lang)
    for code, label in _cldr_adjective_labels(lang):
        if code not in known:
            continue
        for word in label.split():  # a hyphenated adjective is one phrase: коста-рыканскі
            stem = _adjective_stem(word, lang)
            if stem and _names_the_country(stem.split()[-1], names.get(code, set())):
                out.setdefault(code, set()).add(stem)
    for code, name in loc.territories.items():
        low = normalize_word(name)
        if " " not in low and low.endswith(("стан", "stan")):
            stem = low[:-1] + "ń" if lang == "pl" else low
            out.setdefault(code, set()).add(stem + _STAN_SUFFIX[lang])
    for code, words in INTL_ADJECTIVES.get(lang, {}).items():
        for word in words:
            stem = _adjective_stem(word, lang)
            if stem is None:
                raise ValueError(f"intl_adjectives.{lang}.{code}: {word!r} is no adjective in the nominative")
            out.setdefault(code, set()).add(stem)
    return out


def _cldr_likely_territory(language: str) -> str | None:
    from babel.core import get_global

    likely = get_global("likely_subtags")
    if "_" in language or language not in likely:
        return None
    return likely[language].split("_")[-1]


# Kazakh vowel harmony: the last vowel of a word decides the suffix's vowel (ресей-лік, қытай-лық);
# a final soft sign makes it front (беларусь-тік).
_KK_BACK_VOWELS = frozenset("аоұыуяёю")
_KK_FRONT_VOWELS = frozenset("әеөүіиэ")
# Final sounds after which the relational suffix starts with л (vowels, р, й, у) or д (л, м, н,
# ң, ж, з); after any other consonant (voiceless, and б в г д, devoiced at the end) it is т.
_KK_L_FINALS = frozenset("аоұыуяёюәеөүіиэрй")
_KK_D_FINALS = frozenset("лмнңжз")
# Plural of a relational adjective used as a noun (ресейліктер "Russians"), and its cases.
_KK_PLURAL_CASES = ("", "дың", "ға", "ды", "да", "дан", "мен")


def _kk_front(word: str) -> bool:
    if word.endswith("ь"):
        return True
    vowels = [ch for ch in word if ch in _KK_BACK_VOWELS or ch in _KK_FRONT_VOWELS]
    return bool(vowels) and vowels[-1] in _KK_FRONT_VOWELS


def kk_relational_adjective(name: str) -> str:
    """The Kazakh relational adjective of a (normalized) place name, -лық/-лік, -дық/-дік or
    -тық/-тік by the final sound and vowel harmony: ресей -> ресейлік, түркия -> түркиялық,
    қазақстан -> қазақстандық, ирак -> ирактық, беларусь -> беларусьтік. Of a phrase the last
    word takes the suffix (оңтүстік корея -> оңтүстік кореялық)."""
    last = name.split()[-1]
    final = last.rstrip("ь")[-1]
    consonant = "л" if final in _KK_L_FINALS else "д" if final in _KK_D_FINALS else "т"
    return name + consonant + ("ік" if _kk_front(last) else "ық")


def _kk_adjective_forms(adjective: str) -> set[str]:
    """A Kazakh relational adjective as written before a noun (unchanged: ресейлік компания) and
    its plural used as a noun, in the main cases (ресейліктер, қытайлықтармен)."""
    front = adjective.endswith("ік")
    plural = adjective + ("тер" if front else "тар")
    cases = [c.translate(str.maketrans("ыа", "іе")) if front else c for c in _KK_PLURAL_CASES]
    return {adjective} | {plural + c for c in cases}


# A Kazakh name in the possessive of a compound (Сауд Арабиясы, Доминикан Республикасы) makes no
# relational adjective by suffixation.
_KK_POSSESSIVE = re.compile(r".*[^аоұыуяеәөүіиэ][ыі]|.*с[ыі]")


def _kk_adjectives() -> dict[str, set[str]]:
    """``{country_code: adjectives}`` in Kazakh: ``kk_relational_adjective`` of the CLDR name and
    of ``intl_names.kk`` (not of a name in the possessive, see _KK_POSSESSIVE), the words of CLDR currency and
    language-variant names that are relational adjectives naming the country (Британдық фунт),
    and ``intl_adjectives.kk`` (words/morphology.toml)."""
    from babel import Locale

    loc = Locale("kk")
    known = {c.alpha_2 for c in pycountry.countries}
    out: dict[str, set[str]] = {}
    extra = [(code, name) for code, names in INTL_NAMES.get("kk", {}).items() for name in names]
    for code, name in [*loc.territories.items(), *extra]:
        low = normalize_form(name)
        if name.split()[-1].isupper():  # АҚШ, Сянган АӘА: an abbreviation takes no suffix
            continue
        if code in known and low and not _KK_POSSESSIVE.fullmatch(low.split()[-1]):
            out.setdefault(code, set()).add(kk_relational_adjective(low))
    names = _country_names("kk")
    for code, label in _cldr_adjective_labels("kk"):
        for word in normalize_form(label).split():
            if (
                code in known
                and re.fullmatch(r".{3,}[лдт](?:ық|ік)", word)
                and word not in names.get(code, set())  # Оңтүстік Корея: "south" is a word of the name
                and _names_the_country(word[:-3], names.get(code, set()))
            ):
                out.setdefault(code, set()).add(word)
    for code, words in INTL_ADJECTIVES.get("kk", {}).items():
        out.setdefault(code, set()).update(normalize_form(w) for w in words)
    return out


def intl_adjective_forms() -> dict[tuple[str, str], set[str]]:
    """``{(country_code, language): forms}`` of country adjectives in Belarusian, Ukrainian and Polish (every
    gender, number and case, lowercase as they are written), Kazakh (``_kk_adjective_forms``) and
    English (capitalised, with the plural noun in -s: Belarusian, Belarusians)."""
    out: dict[str, set[str]] = {}
    for lang in ("be", "uk", "pl", "en"):
        for code, stems in _intl_adjective_stems(lang).items():
            for stem in stems:
                if lang == "en":
                    forms = {stem, stem + "s"} if stem.endswith("an") else {stem}
                else:
                    forms = {stem + ending for ending in _ADJ_INTL_ENDINGS[lang]}
                if lang == "pl":  # masculine personal plural: polscy, niemieccy, szwedzcy (k -> cy)
                    forms.add(stem[:-1] + "cy")
                out.setdefault((code, lang), set()).update(forms)
    for code, adjectives in _kk_adjectives().items():
        for adjective in adjectives:
            out.setdefault((code, "kk"), set()).update(_kk_adjective_forms(adjective))
    for code, adjectives in EN_ADJECTIVES.items():  # words/english.toml: what CLDR does not give
        for adjective in adjectives:
            for form in _latin_forms(adjective):
                out.setdefault((code, "en"), set()).update(
                    {form, form + "s"} if form.endswith("an") else {form}
                )
    return out


# the vowel that links the first part of a compound adjective to the next: беларуска-кітайскі,
# українсько-турецький, polsko-litewski
_COMPOUND_LINK = {"be": "а", "uk": "о", "pl": "o"}


def intl_compound_stems() -> dict[tuple[str, bool], set[str]]:
    """``{(country_code, requires_capital): forms}`` of the first parts of compound adjectives
    outside Russian: the adjective stems of ``_intl_adjective_stems`` (be, uk, pl) with their
    linking vowel (``беларуска``, ``українсько``, ``polsko``), and the English combining forms of
    words/english.toml (``Sino``, ``Russo``, ``Indo``; capitalised)."""
    out: dict[tuple[str, bool], set[str]] = {}
    for lang, link in _COMPOUND_LINK.items():
        for code, stems in _intl_adjective_stems(lang).items():
            out.setdefault((code, False), set()).update(normalize_form(stem + link) for stem in stems)
    for code, stems in EN_COMPOUND_STEMS.items():
        out.setdefault((code, True), set()).update(normalize_form(stem) for stem in stems)
    return out


def _move_seats_to_blocs(col: _Collector) -> None:
    """The capital forms (``capital``, ``capital_intl``, in every language) of a bloc's seat
    (``Bloc.seat``) name the bloc: ``брюссель``, ``brussels``, ``bruksela`` are the EU's, not
    Belgium's. A form that also names the country otherwise stays the country's."""
    for bloc in BLOCS:
        if bloc.seat is None:
            continue
        for by_entity in col.entries.values():
            kinds = by_entity.get(("country", bloc.seat))
            if kinds and set(kinds) <= {"capital", "capital_intl"}:
                by_entity[("bloc", bloc.code)] = by_entity.pop(("country", bloc.seat))


def _add_intl_compound_stems(col: _Collector) -> None:
    """Add ``intl_compound_stems()``: a form two countries share, or that another entity or
    another kind of form has already, is left out."""
    taken = {form: set(entities) for form, entities in col.entries.items()}
    generated = intl_compound_stems()
    owners: dict[str, set[str]] = {}
    for (code, _capital), forms in generated.items():
        for form in forms:
            owners.setdefault(form, set()).add(code)
    for (code, requires_capital), forms in sorted(generated.items()):
        keep = [f for f in sorted(forms) if owners[f] == {code} and f not in taken]
        col.add(keep, "country", code, "compound_stem", requires_capital)


def _add_intl_forms(col: _Collector) -> None:
    """Add intl_forms(), the irregular forms of INTL_IRREGULAR and intl_adjective_forms(): a form
    another entity has already (in Russian or English), or that two countries share, is left out.
    Adjectives of Belarusian, Ukrainian, Polish and Kazakh are matched in any case, English ones
    capitalised; a Belarusian or Ukrainian adjective that is also a Russian word is left out unless
    it is the same country's Russian form."""
    taken = {form: {e for e in entities} for form, entities in col.entries.items()}
    # Polish regions are written in lowercase ("marszałek województwa podlaskiego"): no capital
    generated = {
        (code, "region" if kind == _LOWERCASE_REGION else kind, kind != _LOWERCASE_REGION): forms
        for (code, kind), forms in intl_forms().items()
    }
    for code, specs in INTL_IRREGULAR.items():
        generated.setdefault((code, "name_intl", True), set()).update(normalize_form(s) for s in specs)
    for (code, lang), forms in intl_adjective_forms().items():
        generated.setdefault((code, "adjective_intl", lang == "en"), set()).update(forms)
    owners: dict[str, set[str]] = {}
    for (code, _kind, _capital), forms in generated.items():
        for form in forms:
            owners.setdefault(form, set()).add(code)
    for (code, kind, requires_capital), forms in sorted(generated.items()):
        keep = [
            f
            for f in sorted(forms)
            if owners[f] == {code}
            and all(e == ("country", code) for e in taken.get(f, ()))
            and not (kind == "adjective_intl" and f not in taken and _russian_word(col.morph, f))
        ]
        col.add(keep, "country", code, kind, requires_capital)


def _russian_word(morph: Morph, form: str) -> bool:
    """True for a Cyrillic word of the Russian dictionary (маршальская is a marshal's, not Marshallese)."""
    return bool(re.fullmatch(r"[а-я]+", form)) and _in_dictionary(morph.analyzer.parse(form)[0])


def _english_forms(code: str, country) -> set[str]:
    names = [NAME_EN.get(code), country.name, getattr(country, "common_name", None)]
    official = getattr(country, "official_name", None)
    if official:
        names.append(official)
    names.extend(EN_EXTRA.get(code, ()))
    # pycountry writes some names inverted: "Korea, Republic of" is "Republic of Korea"
    names = [" ".join(reversed([p.strip() for p in n.split(",", 1)])) if n and "," in n else n for n in names]
    return {form for n in names if n and "," not in n for form in _latin_forms(n)}


def _compound_stems(code: str) -> list[str]:
    stems = [adj[:-2] + "о" for adj in ADJECTIVES.get(code, ()) if adj.endswith(("ский", "цкий"))]
    return stems + EXTRA_STEMS.get(code, [])


def _spec_key(spec: str) -> str:
    return normalize_form(spec.replace("=", "").replace("+", ""))


def _country_name_specs(code: str, pycountry_ru: str) -> list[str]:
    """Name specs of a country: name_ru, pycountry's translation and NAMES, minus aliases."""
    alias_keys = {_spec_key(a) for a in ALIASES.get(code, [])}
    specs, seen = [], set()
    for spec in (NAME_RU.get(code) or pycountry_ru, pycountry_ru, *NAMES.get(code, [])):
        # pycountry writes some territories as "A, B и C" or "A (B)": keep the usable part.
        spec = spec.split(",")[0].replace("(", " ").replace(")", " ")
        key = _spec_key(spec)
        if key not in alias_keys and key not in seen:
            seen.add(key)
            specs.append(spec)
    return specs


def build_forms(morph: Morph, shared: list | None = None) -> tuple[list[FormRow], int]:
    """All rows of country_forms.csv, and how many forms were dropped as longer than MAX_TOKENS;
    the rows of shared_forms.csv are appended to ``shared`` when given."""
    col = _Collector(morph)
    ru = _russian_translations()
    for c in pycountry.countries:
        code = c.alpha_2
        col.add_specs(
            _country_name_specs(code, ru.gettext(c.name)), "country", code, "name", word_plural=True
        )
        col.add_specs(ALIASES.get(code, []), "country", code, "alias")
        col.add_specs(METONYMS.get(code, []), "country", code, "metonym")
        col.add_specs(CAPITALS.get(code, []), "country", code, "capital")
        col.add_specs(REGIONS.get(code, []), "country", code, "region")
        col.add_specs(CITIES.get(code, []), "country", code, "city")
        for adj in REGION_ADJECTIVES.get(code, []):
            col.add(morph.adjective_forms(adj), "country", code, "region", False)
        for adj in ADJECTIVES.get(code, []):
            col.add(morph.adjective_forms(adj), "country", code, "adjective", False)
        for noun in DEMONYMS.get(code, []):
            col.add(morph.demonym_forms(noun), "country", code, "demonym", False)
        col.add([normalize_form(s) for s in _compound_stems(code)], "country", code, "compound_stem", False)
        col.add(_english_forms(code, c), "country", code, "name_en", True)
    _add_intl_forms(col)
    _add_intl_compound_stems(col)

    for bloc in BLOCS:
        col.add_specs(bloc.names, "bloc", bloc.code, "name")
        col.add_specs(bloc.aliases, "bloc", bloc.code, "alias")
        for adj in bloc.adjectives:
            col.add(morph.adjective_forms(adj), "bloc", bloc.code, "adjective", False)
        col.add([_ascii_form(n) for n in bloc.en], "bloc", bloc.code, "name_en", True)
        for name in bloc.intl:
            col.add(
                [normalize_form(name)],
                "bloc",
                bloc.code,
                "name_intl",
                True,
                requires_upper=is_abbreviation(name),
            )

    _move_seats_to_blocs(col)

    for spec in (*CURRENCIES, *currency_phrases(), *IGNORE_PHRASES, *HISTORICAL_STATES):
        col.add(morph.phrase_forms(spec, ("sing", "plur")), "ignore", "", "ignore", False)
    for adjective in HISTORICAL_ADJECTIVES:  # австро-венгерский: the first part as it is
        first, _, last = adjective.rpartition("-")
        forms = {f"{normalize_form(first)} {form}" for form in morph.adjective_forms(last)}
        col.add(forms, "ignore", "", "ignore", False)
    col.add([normalize_form(p) for p in (*HISTORICAL_INTL, *OUTLETS_INTL)], "ignore", "", "ignore", False)
    col.add([_ascii_form(p) for p in currency_phrases_en()], "ignore", "", "ignore", False)
    col.add([_ascii_form(p) for p in IGNORE_EN], "ignore", "", "ignore", False)
    col.add([_ascii_form(f"{city} Georgia") for city in US_GEORGIA_CITIES], "ignore", "", "ignore", False)
    col.add([_ascii_form(f"Georgia {noun}") for noun in US_GEORGIA_NOUNS], "ignore", "", "ignore", False)
    if shared is not None:
        shared.extend(col.shared_forms())
    return col.rows(), col.dropped


def _check_tables() -> None:
    """Fail early on table typos: unknown country codes in the hand-written tables."""
    known = {c.alpha_2 for c in pycountry.countries}
    tables = (
        NAME_EN,
        EN_EXTRA,
        NAME_RU,
        NAMES,
        ALIASES,
        ADJECTIVES,
        EXTRA_STEMS,
        EN_COMPOUND_STEMS,
        CAPITALS,
        METONYMS,
        REGIONS,
        CITIES,
        REGION_ADJECTIVES,
    )
    unknown = {code for table in tables for code in table} - known
    unknown |= set(PREFERRED_ENTITY.values()) - known
    unknown |= UN_MEMBERS - known
    if unknown or len(UN_MEMBERS) != 193:
        raise ValueError(f"unknown country codes {sorted(unknown)} or {len(UN_MEMBERS)} UN members")


# --------------------------------------------------------------------------------------
# Relation cues: the words int_dyad_evidence reads around country mentions
# --------------------------------------------------------------------------------------

CUE_COLUMNS = ("cue", "cue_kind")


PLACE_KINDS = ("capital", "city", "capital_intl")
# locative endings of words outside the Russian dictionary: Belarusian/Ukrainian (у Мінску, у
# Києві), Polish (w Warszawie, w Mińsku), Kazakh (Астанада, Бейжіңде)
_PLACE_ENDINGS = ("е", "и", "і", "у", "ie", "u", "да", "де", "та", "те")
_PLACE_CASES = frozenset({"loct", "loc2"})


def is_place_form(form: str, morph: Morph) -> bool:
    """Is ``form`` (a normalized capital or city form) the locative of "в Минске", the place of an
    event, rather than the destination of "в Минск"? The last word decides: a dictionary parse in
    the locative and none in the accusative, or an indeclinable word (Тбилиси, Душанбе: taken as a
    place, as in most of the news); a word outside the dictionary by its ending (_PLACE_ENDINGS)."""
    word = form.split(" ")[-1]
    parses = [p for p in morph.analyzer.parse(word) if _in_dictionary(p)]
    if not parses:
        return word.endswith(_PLACE_ENDINGS)
    cases = {str(p.tag.case) for p in parses}
    if any("Fixd" in p.tag for p in parses):
        return True
    return bool(cases & _PLACE_CASES) and "accs" not in cases


# cue kinds whose Russian words are lemmas, written into the seed in every case and number
INFLECTED_CUE_KINDS = ("kind_noun", "polity_noun", "person_noun", "former_state", "subnational_noun")


# the one-word lemmas of the role lexicon whose kind is ambassador (посол, ambassador, ambasador, ...)
ENVOY_LEMMAS = frozenset(lemma for lemma in role_lemmas("ambassador") if " " not in lemma)


# form kinds that are no name of a place, so never a person's first name as well
NOT_NAME_KINDS = ("adjective", "adjective_intl", "compound_stem")


def is_given_name_form(form: str, morph: Morph) -> bool:
    """Whether the dictionary reads ``form`` (one normalized token) as a person's first name,
    however unlikely (``израиля``, ``доминика``, ``марсель``); guesses for unknown words do not count."""
    return any("Name" in p.tag and _in_dictionary(p) for p in morph.analyzer.parse(form))


def build_cues(forms: list[FormRow], morph: Morph) -> list[list[str]]:
    """Rows of ``ref_relation_cues.csv``: (cue, cue_kind), sorted. Besides ``RELATION_CUES``, every
    capital or city form that names a place (``is_place_form``) is a ``place_form`` cue, every
    country form that is also a first name (``is_given_name_form``, ``given_names``) a
    ``given_name`` cue, every first name in Latin script of the people extraction a
    ``first_name`` cue, and the Russian lemmas of ``INFLECTED_CUE_KINDS`` come in all their case
    forms."""
    cues_of = {kind: list(cues) for kind, cues in RELATION_CUES.items()}
    # the envoy nouns are the people extraction's: its role lexicon's one-word ambassador lemmas
    cues_of.setdefault("envoy", []).extend(sorted(ENVOY_LEMMAS))
    rows = {(normalize_word(cue), kind) for kind, cues in cues_of.items() for cue in cues}
    for noun in CURRENCY_NOUNS:  # the number extractor's currency words: currency, currency_stem
        for word in noun.forms:
            bare = normalize_word(word.rstrip(".*"))
            rows.add((bare, "currency_stem" if word.endswith("*") else "currency"))
    for kind in INFLECTED_CUE_KINDS:  # Russian lemmas in every case and number
        rows |= {
            (form, kind)
            for cue in cues_of.get(kind, ())
            if _russian_word(morph, normalize_word(cue)) or cue.isupper()
            for form in morph.word_forms(cue)
        }
    # an English capital is the same word as a venue ("talks in Riyadh") and as a destination
    # ("flew to Riyadh"): only the preposition tells, so its forms are place forms (a place_form
    # makes a venue only after a venue cue: in, в, w)
    english_places = {form for capitals in EN_CAPITALS.values() for c in capitals for form in _latin_forms(c)}
    rows |= {
        (r.form, "place_form")
        for r in forms
        if r.entity_type in ("country", "bloc")
        and r.form_kind in PLACE_KINDS
        and (is_place_form(r.form, morph) or r.form in english_places)
    }
    # the first names of the people extraction, in Latin script: a country or capital form right
    # after one is a person's surname ("Michael Jordan", "Denzel Washington", "Jack London")
    rows |= {(normalize_word(name), "first_name") for name in LATIN_FIRST_NAMES}
    given = EN_GIVEN_NAMES | {form for name in GIVEN_NAMES for form in morph.word_forms(name)}
    rows |= {
        (r.form, "given_name")
        for r in forms
        if r.entity_type == "country"
        and r.form_kind not in NOT_NAME_KINDS
        and " " not in r.form
        and (r.form in given or is_given_name_form(r.form, morph))
    }
    return sorted([cue, kind] for cue, kind in rows)


# --------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------


def _write_csv(path: Path, header: tuple[str, ...], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def generate(out_dir: Path = SEEDS_DIR, morph: Morph | None = None) -> dict[str, object]:
    """Write the seed files (OUTPUT_FILES) into ``out_dir``; return row counts."""
    _check_tables()
    morph = morph or Morph()
    out_dir.mkdir(parents=True, exist_ok=True)
    countries = build_countries()
    blocs = build_blocs()
    shared: list[list[str]] = []
    forms, dropped = build_forms(morph, shared)
    _write_csv(out_dir / COUNTRIES_FILE, COUNTRY_COLUMNS, countries)
    _write_csv(out_dir / BLOCS_FILE, BLOC_COLUMNS, blocs)
    _write_csv(out_dir / FORMS_FILE, FORM_COLUMNS, [r.as_csv() for r in forms])
    _write_csv(out_dir / CUES_FILE, CUE_COLUMNS, build_cues(forms, morph))
    _write_csv(out_dir / SHARED_FILE, ("form", "entity_code", "is_preferred"), shared)
    return {
        "countries": len(countries),
        "un_members": sum(r[4] == "true" for r in countries),
        "blocs": len(blocs),
        "forms": len(forms),
        "by_type_kind": Counter((r.entity_type, r.form_kind) for r in forms),
        "ambiguous": sum(r.is_ambiguous for r in forms),
        "dropped_long": dropped,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SEEDS_DIR, help="output directory (default: dbt seeds)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = generate(args.out)
    elapsed = time.perf_counter() - started
    print(f"{COUNTRIES_FILE}: {counts['countries']} rows ({counts['un_members']} UN members)")
    print(f"{BLOCS_FILE}: {counts['blocs']} rows")
    print(
        f"{FORMS_FILE}: {counts['forms']} rows ({counts['ambiguous']} ambiguous; "
        f"{counts['dropped_long']} forms longer than {MAX_TOKENS} tokens left out)"
    )
    for (entity_type, kind), n in sorted(counts["by_type_kind"].items()):
        print(f"  {entity_type:8} {kind:14} {n:6}")
    print(f"written to {args.out} in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
