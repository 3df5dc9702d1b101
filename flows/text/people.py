"""People named in an article, with their role, names normalized to the nominative.

``extract_people(text)`` returns one ``PersonMention`` per person: the full name in the
nominative, the mention reported (offsets, name as written), the role as written with its head
in the nominative, the role's span and its kind (``role_kind``, from the role lexicon).

Detection
    * Full names: a capitalized word that pymorphy3 tags ``Name``, followed by a surname: a
      word tagged ``Surn``/``Patr``/``Name``, a word unknown to the dictionary, or (when
      ``Name`` is the first word's most likely reading) another capitalized noun or adjective,
      optionally with a patronymic between (``Натальи Кочановой``, ``Александр Григорьевич
      Лукашенко``). Place names (``Коста Рика``), role words and all-caps words are never parts
      of a name.
    * Names of three and more parts go on while the last part is no known surname
      (``Майкла Дэвида Баретта``, ``Жуан Карлус да Силва Рибейру``), with the particles between
      parts (``да``, ``де``, ``фон``, ``ибн``, ``бин``, joined ``аль-``) and a regnal number
      after (``Елизавета II``).
    * Initials + surname (``А. Лукашенко``, ``А.Г. Лукашенко``).
    * Names whose first part pymorphy3 does not know as a first name (``Ли Цзюнь``, ``Нгуен Ван
      Тхань``, ``Сатья Наделла``, ``Педру Паулу ду Сантуш Мелу``): two to five capitalized words
      none of which is a place, at least one unknown to the dictionary or a name, after a role
      phrase or on their own unless the first is a known common word opening a sentence.
    * A surname or first name alone (``заявил Мукашев``, ``Нурлан сказал``): a word the
      dictionary reads first as a surname or first name, anywhere; a capitalized word shaped like
      a surname (``-ов``, ``-ев``, ``-ин``, ``-енко`` ...) inside a sentence, not a place, not a
      plural common noun after a modifier (``Соединенных Штатов``). Its nominative follows the
      case read (``Назарбаева`` -> ``Назарбаев``).
    * Names right after a photo credit (``Фото Сергея Шелега``, ``Фото: ...``) are skipped.

Names
    Surnames pymorphy3 knows (``Surn``) are put in the nominative with pymorphy3; the others
    (``Кочановой``, ``Жаксылыковым``, ``Руппелем``) by their ending, in the case and gender read
    off the first name: -ов/-ев/-ин/-ын and -ский/-цкий decline for both genders, other male
    surnames ending in a consonant decline like nouns, male ones in -а like feminine nouns
    (``Силвой`` -> ``Силва``), female ones in a consonant do not, -ко/-их/-ых never do. Later
    parts of a long name are put in the nominative the same way, in the case that fits them all.
    ``name`` is "First [Middle ...] Surname": a patronymic is recognised but left out, so that
    every mention of a person has the same key (``name_as_written`` keeps it). Initials without
    a matching full name stay as written (``А.Г. Лукашенко``).

One entry per person
    Mentions are linked within the text: a surname alone, in any case, joins the one full name
    with that surname (or, failing that, with that surname's stem); a first name alone joins the
    one full name it starts; initials join the one full name with that initial and surname; a
    shorter full name joins a longer one with the same first name and surname (``Реджеп
    Эрдоган``, ``Реджеп Тайип Эрдоган``); a name read as a woman's in one mention and a man's in
    another is one person. The reported mention is the one with the most specific role: the one
    whose complement has the most words (``посол Беларуси в России`` beats ``белорусский посол в
    Москве``); ties go to the earlier mention. Without any role, the first full mention is
    reported. The output is sorted by ``char_start``.

Roles
    A role is a head noun of the role lexicon (``flows/text/roles.csv``: ``lemma,kind``; officials,
    diplomats, ranks, royalty, clergy, occupations) with the adjectives that agree with it
    (``Первый``, ``Чрезвычайный и Полномочный``, ``словацкий``) and its complement: genitive noun
    phrases (``министра иностранных дел Беларуси``, ``Совета Республики``, ``Республики
    Беларусь``) followed by any prepositional phrases (``по международным делам``, ``в России``);
    quoted names, abbreviations and bracketed abbreviations fit anywhere. It is found right
    before a name (the head agreeing in case with it: ``с Послом ... Тимуром``), as an
    apposition after it (``Сергей Лавров, министр иностранных дел России, ...``), or named by a
    predicate after it (``... был назначен министром обороны``, ``..., назначенная на пост главы
    ...``). When a prepositional phrase is followed by another role noun, that one is the head
    (``Глава представительства США в регионе помощник госсекретаря X``). Head and adjectives are
    put in the nominative and ``зам``-words are expanded (``замгубернатора`` -> ``заместитель
    губернатора``); the complement is kept as written. A country in the genitive at the very end
    of the role (``Первый заместитель министра иностранных дел Беларуси Сергей Лукашевич``) is
    left out of ``role`` but stays inside ``role_start:role_end``, so that the country can be
    read from the span; a country inside a prepositional phrase stays (``посол Беларуси в
    России``). The first letter is lowercased unless the role is capitalized mid-sentence (a
    title: ``Чрезвычайный и Полномочный Посол``).

    ``role_kind`` is the lexicon's kind of the head, or of a phrase of head and complement when
    the lexicon has one (``заместитель министра`` -> ``deputy_minister``, ``глава государства``
    -> ``head_of_state``, ``глава МИД`` -> ``minister``); see ``role_kind()``.

Not handled: surname-first order (``Лукашенко Александр``), names in all caps, names in Latin
script, roles written farther from the name than an apposition or a predicate, locative forms of
soft-stem surnames (``о Руппеле`` -> ``Руппел``), fleeting vowels (``Кравца`` -> ``Кравц``),
female surnames that decline like nouns in -а (``Гайдамаки``), a role noun whose genitive
complement is itself the name of an indeclinable person (``Помощник Хиллари Клинтон`` gives
Clinton the role ``помощник``), and gender agreement of a role noun with the name
(``актриса`` may attach to a man).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from flows.text.morph import analyzer
from flows.text.tokens import WORD_RE, normalize_form

if TYPE_CHECKING:
    import pymorphy3
    from pymorphy3.analyzer import Parse

__all__ = ["ROLE_KINDS", "ROLE_LEMMAS", "PersonMention", "extract_people", "role_kind"]


@dataclass(frozen=True, slots=True)
class PersonMention:
    char_start: int  # offsets of the name as written in the text given
    char_end: int
    name: str  # nominative: "Наталья Кочанова"
    name_as_written: str  # "Натальи Кочановой"
    role: str | None  # nominative head + complement as written: "председатель Совета Республики"
    role_kind: str | None  # the kind of role, from flows/text/roles.csv: "head_of_organisation"
    role_start: int | None  # offsets of the role phrase as written, country words included
    role_end: int | None


# --------------------------------------------------------------------------- vocabularies


def _words(text: str) -> tuple[str, ...]:
    """Whitespace-separated words of a vocabulary block; "_" joins the words of a phrase."""
    return tuple(w.replace("_", " ") for w in text.split())


# The role lexicon: lemma -> kind of role, a small vocabulary (head_of_state, head_of_government,
# minister, deputy_minister, ambassador, legislator, ...). Hyphenated lemmas ("премьер-министр")
# name the kind of the whole word; their last part is the head noun the extractor looks for.
_ROLES_CSV = Path(__file__).resolve().with_name("roles.csv")


def _load_role_kinds() -> dict[str, str]:
    with _ROLES_CSV.open(encoding="utf-8") as f:
        return {row["lemma"].replace("ё", "е"): row["kind"] for row in csv.DictReader(f)}


ROLE_KINDS: dict[str, str] = _load_role_kinds()
ROLE_LEMMAS: frozenset[str] = frozenset(
    lemma for lemma in ROLE_KINDS if "-" not in lemma and " " not in lemma
)
# Phrases of a head and the start of its complement with a kind of their own, longest first:
# "заместитель министра" is a deputy minister, "глава государства" a head of state.
_ROLE_PHRASES: tuple[tuple[str, str], ...] = tuple(
    sorted(((k, v) for k, v in ROLE_KINDS.items() if " " in k), key=lambda kv: -len(kv[0]))
)


def role_kind(head: str, complement: str = "") -> str | None:
    """The kind of a role (``ROLE_KINDS``) from its head in the nominative (``заместитель``,
    ``премьер-министр``) and its complement as written (``министра иностранных дел``); None
    for a head outside the lexicon."""
    head = head.lower().replace("ё", "е")
    phrase = f"{head} {complement.lower().replace('ё', 'е')}".strip() + " "
    for key, kind in _ROLE_PHRASES:
        if phrase.startswith(key + " "):
            return kind
    return ROLE_KINDS.get(head) or ROLE_KINDS.get(head.rsplit("-", 1)[-1])


# "зам"-words written as one word; the rest of the word is a genitive complement.
_ZAM_EXPANSIONS: dict[str, str] = {
    "замминистра": "заместитель министра",
    "замгубернатора": "заместитель губернатора",
    "замглавы": "заместитель главы",
    "замдиректора": "заместитель директора",
    "замгендиректора": "заместитель генерального директора",
    "замначальника": "заместитель начальника",
    "замруководителя": "заместитель руководителя",
    "зампредседателя": "заместитель председателя",
    "зампред": "заместитель председателя",
    "замсекретаря": "заместитель секретаря",
    "замгенсека": "заместитель генерального секретаря",
    "замгоссекретаря": "заместитель государственного секретаря",
    "замполпреда": "заместитель полномочного представителя",
    "зампостпреда": "заместитель постоянного представителя",
    "заммэра": "заместитель мэра",
    "замспикера": "заместитель спикера",
    "замгенпрокурора": "заместитель генерального прокурора",
    "замкомандующего": "заместитель командующего",
}

# First parts of hyphenated role words whose second part is a role noun: "премьер-министр",
# "вице-спикер", "пресс-секретарь", "экс-президент", "министр-советник".
_HYPHEN_PREFIXES = frozenset({"премьер", "вице", "экс", "пресс", "генерал", "министр"})

# The countries' names and aliases in every case, from the gazetteer the SQL matcher uses
# (dbt_project/seeds/ref_country_forms.csv): a trailing country right before the name is left
# out of the role text. Regions, capitals and adjectives are not countries here, so
# "губернатора Краснодарского края" keeps its complement.
_GAZETTEER = Path(__file__).resolve().parents[2] / "dbt_project" / "seeds" / "ref_country_forms.csv"


@cache
def _country_names() -> frozenset[str]:
    with _GAZETTEER.open(encoding="utf-8") as f:
        return frozenset(
            row["form"]
            for row in csv.DictReader(f)
            if row["entity_type"] == "country" and row["form_kind"] in {"name", "alias"}
        )


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_ALL_CASES = frozenset(_CASES)
_CASE_FOLD = {"gen1": "gent", "gen2": "gent", "acc2": "accs", "loc1": "loct", "loc2": "loct", "voct": "nomn"}
_OPEN_POS = frozenset({"NOUN", "ADJF", "PRTF", "PREP", "LATN", "UNKN"})

_LETTERS = "A-Za-zА-Яа-яЁё"
# A capitalized word: one capital, then lowercase letters; a lone capital must not be an initial.
_CAP_WORD = rf"[А-ЯЁ](?:[а-яё]+(?:-[А-ЯЁа-яё][а-яё]*)*(?![{_LETTERS}])|(?![{_LETTERS}'’]|\.[ \u00a0]?[А-ЯЁ]))"
_CAP_WORD_RE = re.compile(_CAP_WORD)
# Lowercase particles inside a name: written apart ("Шарль де Голль", "Жуан Карлус да Силва",
# "Мухаммед ибн Салман") or joined to the next part by a hyphen ("Камаль аль-Ганзури").
_SPACED_PARTICLES = "да|де|дос|дас|ду|дель|ди|фон|ван|дер|ибн|бин|бен|ле|ла"
_JOINED_PARTICLES = "аль|эль|ад|ас|ар|ат|ан|ун"
_NAME_WORD = rf"(?:(?<![{_LETTERS}\-])(?:{_JOINED_PARTICLES})-)?{_CAP_WORD}"
_NAME_WORD_RE = re.compile(_NAME_WORD)
_PARTICLE_GAP_RE = re.compile(rf"[ \u00a0]+({_SPACED_PARTICLES})[ \u00a0]+")
# One pass finds both shapes a name can take: initials + surname ("А. Лукашенко", "А.Г. Лукашенко"),
# and runs of two or more space-separated capitalized words (every full name lies in one).
_CANDIDATE_RE = re.compile(
    rf"[А-ЯЁ](?<![{_LETTERS}\-].)(?:"
    rf"(?P<initials>\.[ \u00a0]?(?:[А-ЯЁ]\.[ \u00a0]?)?)"
    rf"(?P<surname>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![{_LETTERS}])"
    rf"|(?:[а-яё]+(?:-[А-ЯЁа-яё][а-яё]*)*(?![{_LETTERS}])|(?![{_LETTERS}'’]|\.[ \u00a0]?[А-ЯЁ]))"
    rf"(?:[ \u00a0]+(?:(?:{_SPACED_PARTICLES})[ \u00a0]+)?(?:(?:{_JOINED_PARTICLES})-)?{_CAP_WORD})+)"
)
_PHOTO_RE = re.compile(r"(?:фото\w*|photo|снимок|автор)[\s:.\-–—/|©]*$", re.IGNORECASE)
# Anything but letters, spaces, quotes and hyphens ends a role phrase.
_HYPHENS = "-‐‑‒–"  # as in flows.text.tokens: a single one of these between letters joins a word
_NOT_PHRASE = rf"[^{_LETTERS} \u00a0\"«»„“”'(){re.escape(_HYPHENS)}]"
_BREAK_RE = re.compile(_NOT_PHRASE)
_LAST_BREAK_RE = re.compile(rf"(?s:.*){_NOT_PHRASE}")
_PLAIN_GAP = frozenset(" \u00a0")
_CLOSING_QUOTES = frozenset('»“”"')
_QUOTE_GAP = frozenset(" \u00a0\"«»„“”'()")  # brackets: "комитета (МОК)"
_APPOSITION_RE = re.compile(r",[ \u00a0]*|[ \u00a0]+[–—-][ \u00a0]+")
_SENTENCE_END = frozenset(".!?…\n\r:;")
_VOWELS = frozenset("аеёиоуыэюя")
_HISSING = frozenset("жшчщц")

# Words pymorphy3 reads as first names that, capitalized before another word, are name particles.
_NOT_FIRST_NAMES = frozenset({"эль", "аль", "ла", "ле", "де", "дель", "ди", "да", "дос", "фон", "ван"})


def _morph() -> pymorphy3.MorphAnalyzer:
    return analyzer()


# --------------------------------------------------------------------------- word analysis


@dataclass(frozen=True, slots=True)
class _Info:
    """What the extractor needs to know about one (lowercased) word."""

    known: bool
    top_pos: str | None
    names: tuple[tuple[str, str, str, float], ...]  # singular Name readings: (case, gender, lemma, score)
    name_top: bool  # the most likely reading is a first name
    surns: tuple[Parse, ...]  # singular Surn readings of a dictionary word
    has_surn: bool  # any Surn reading, guessed ones included
    patr: bool
    geox_top: bool
    gent: bool  # some noun/adjective reading is genitive (or indeclinable)
    nounish: bool
    adjish: bool
    prep: bool
    compatible: bool  # may stand inside a role phrase
    role: str | None  # role lemma, or the expansion of a "зам"-word
    role_zam: bool
    role_cases: frozenset[str]
    role_gender: str
    adjs: tuple[Parse, ...]  # singular, non-pronominal ADJF/PRTF readings


def _gender(tag: object) -> str | None:
    """ "masc", "femn", "neut" or None (common gender, "ms-f", or no gender at all)."""
    gender = getattr(tag, "gender", None)
    return str(gender) if gender else None


def _case(tag: object) -> str:
    case = str(getattr(tag, "case", None) or "nomn")
    return _CASE_FOLD.get(case, case)


@lru_cache(maxsize=1 << 16)
def _parses(word: str) -> list[Parse]:
    return _morph().parse(word)


@lru_cache(maxsize=1 << 16)
def _info(word: str) -> _Info:
    morph = _morph()
    parses = _parses(word)
    top = parses[0]
    names: list[tuple[str, str, str, float]] = []
    surns: list[Parse] = []
    known = morph.word_is_known(word)
    has_surn = patr = gent = nounish = adjish = prep = False
    role: str | None = None
    role_cases: set[str] = set()
    role_gender = "masc"
    adjs: list[Parse] = []
    lemma_scores: dict[str, float] = {}
    for p in parses:
        lemma_scores[p.normal_form] = lemma_scores.get(p.normal_form, 0.0) + p.score
    for p in parses:
        tag = p.tag
        pos = tag.POS
        case = _case(tag)
        singular = tag.number != "plur"
        likely = p is top or p.score >= 0.1
        if "Name" in tag and singular:
            names.append((case, _gender(tag) or "ms-f", p.normal_form, p.score))
        if "Surn" in tag:
            has_surn = True
            if known and singular:
                surns.append(p)
        if "Patr" in tag:
            patr = True
        if pos == "NOUN":
            nounish = nounish or likely
            gent = gent or case == "gent" or "Fixd" in tag
            lemma = p.normal_form.replace("ё", "е")
            if (
                singular
                and top.tag.POS == "NOUN"
                and lemma in ROLE_LEMMAS
                and (role is None or role == lemma)
                and (p.normal_form == top.normal_form or lemma_scores[p.normal_form] >= 0.1)
            ):  # "политику": politics far more likely than a politician
                if role is None:
                    role_gender = "femn" if _gender(tag) == "femn" else "masc"
                role = lemma
                role_cases.add(case)
        elif pos in ("ADJF", "PRTF") and "Apro" not in tag:
            adjish = adjish or likely
            gent = gent or case == "gent"
            if singular:
                adjs.append(p)
        elif pos == "PREP" and likely:
            prep = True
    zam = _ZAM_EXPANSIONS.get(word) or (_ZAM_EXPANSIONS.get(role) if role else None)
    role_zam = zam is not None
    if zam is not None:
        role = zam
        if word in _ZAM_EXPANSIONS:
            role_cases = set(_ALL_CASES)
    top_pos = str(top.tag.POS) if top.tag.POS else "LATN" if "LATN" in top.tag else "UNKN"
    compatible = (top_pos in _OPEN_POS and "Apro" not in top.tag) or nounish or adjish or word == "и"
    return _Info(
        known=known,
        top_pos=top_pos,
        names=tuple(names),
        name_top="Name" in top.tag,
        surns=tuple(surns),
        has_surn=has_surn,
        patr=patr,
        geox_top=known and "Geox" in top.tag,
        gent=gent,
        nounish=nounish or top_pos in ("LATN", "UNKN"),
        adjish=adjish,
        prep=prep,
        compatible=compatible,
        role=role,
        role_zam=role_zam,
        role_cases=frozenset(role_cases),
        role_gender=role_gender,
        adjs=tuple(adjs),
    )


def _capitalize(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _like_written(normal: str, written: str) -> str:
    """Give a normalized word the written word's capitalization and its choice of "ё" or "е"."""
    if "ё" not in written and "Ё" not in written:
        normal = normal.replace("ё", "е")
    return _capitalize(normal) if written[:1].isupper() else normal


# --------------------------------------------------------------------------- surnames

_MALE_POSS = {"gent": "а", "accs": "а", "datv": "у", "ablt": "ым", "loct": "е"}
_MALE_ADJ = {
    "gent": ("ого", "его"),
    "accs": ("ого", "его"),
    "datv": ("ому", "ему"),
    "ablt": ("ым", "им"),
    "loct": ("ом", "ем"),
}
_MALE_NOUN = {
    "gent": ("а", "я"),
    "accs": ("а", "я"),
    "datv": ("у", "ю"),
    "ablt": ("ом", "ем", "ём"),
    "loct": ("е",),
}
_MALE_A_STEM = {
    "gent": (("ы", "а"), ("и", "а")),
    "accs": (("у", "а"), ("ю", "я")),
    "ablt": (("ой", "а"), ("ей", "я")),
}
_SOFT_ENDINGS = frozenset({"я", "ю", "ем", "ём"})
_POSS_STEMS = ("ов", "ев", "ёв", "ин", "ын")
_MALE_OBLIQUE_LOOK = _words("ым ом ем ого ому ова ева ина ову еву ину овой евой иной ы")
_FEMALE_OBLIQUE_LOOK = _words("ой ую ову еву ину")


def _by_ending(word: str, case: str, gender: str) -> tuple[str, float]:
    """Nominative of a surname the dictionary does not know, from its ending.

    Returns the nominative and how well the ending fits the case: 1.0 (a regular ending of that
    case, or an indeclinable surname), 0.3 (a nominative that looks oblique), 0.05 (no fit).
    """
    low = word.lower()
    if gender == "femn":
        if case == "nomn":
            return word, 0.3 if low.endswith(_FEMALE_OBLIQUE_LOOK) else 1.0
        if case == "accs":
            if low.endswith(("скую", "цкую")):
                return word[:-2] + "ая", 1.0
            if low.endswith(tuple(s + "у" for s in _POSS_STEMS)):
                return word[:-1] + "а", 1.0
        elif low.endswith(("ской", "цкой")):
            return word[:-2] + "ая", 1.0
        elif low.endswith(tuple(s + "ой" for s in _POSS_STEMS)):
            return word[:-2] + "а", 1.0
        elif low.endswith("ой") and len(low) > 4:
            return word[:-2] + "ая", 0.5
        if low[-1] not in _VOWELS or low.endswith(("ко", "их", "ых", "о", "е", "и", "у", "э")):
            return word, 1.0  # female surnames ending in a consonant do not decline
        return word, 0.05
    if case == "nomn":
        return word, 0.3 if low.endswith(_MALE_OBLIQUE_LOOK) else 1.0
    if low.endswith(("ко", "их", "ых")):
        return word, 1.0
    for ending in _MALE_ADJ[case]:
        for stem in ("ск", "цк"):
            if low.endswith(stem + ending):
                return word[: len(word) - len(ending)] + "ий", 1.0
    ending = _MALE_POSS[case]
    if low.endswith(tuple(s + ending for s in _POSS_STEMS)):
        return word[: len(word) - len(ending)], 1.0
    for ending in _MALE_NOUN[case]:
        if low.endswith(ending) and len(low) - len(ending) >= 2:
            stem = word[: len(word) - len(ending)]
            last = stem[-1].lower()
            if last in _VOWELS:
                if ending in _SOFT_ENDINGS:
                    return stem + "й", 1.0
                continue
            if ending in _SOFT_ENDINGS and last not in _HISSING:
                return stem + "ь", 1.0
            return stem, 1.0
    if low[-1] in "оиэу":
        return word, 1.0  # indeclinable (Шойгу, Гранди)
    # male surnames in -а/-я decline like feminine nouns (Силва -> Силвой, Силвы, Силву)
    for ending, nominative in _MALE_A_STEM.get(case, ()):
        if low.endswith(ending) and len(low) - len(ending) >= 3 and low[-len(ending) - 1] not in _VOWELS:
            return word[: len(word) - len(ending)] + nominative, 0.5
    return word, 0.05


@lru_cache(maxsize=1 << 15)
def _surname_nominative(word: str, case: str, gender: str) -> tuple[str, float]:
    if "-" in word:
        parts = [_surname_nominative(part, case, gender) for part in word.split("-")]
        return "-".join(p[0] for p in parts), min(p[1] for p in parts)
    info = _info(word.lower())
    for p in info.surns:
        if _case(p.tag) == case and _gender(p.tag) in (gender, None):
            if case == "nomn":
                return word, 1.0
            form = p.inflect({"nomn"})
            return _like_written(form.word if form else p.normal_form, word), 1.0
    return _by_ending(word, case, gender)


def _surname_ok(word: str, first_is_name: bool) -> bool:
    """May ``word`` (capitalized, after a first name) be a surname?"""
    if len(word) < 2 or word.isupper():
        return False
    info = _info(word.lower())
    if info.role is not None:
        return False
    if info.has_surn or info.patr or not info.known:
        return True
    if info.geox_top:
        # a place name as a surname only after a first name, never a country: "Октавия Спенсер"
        return first_is_name and normalize_form(word) not in _country_names()
    if info.names:
        return True
    return first_is_name and (info.nounish or info.adjish)


@dataclass(frozen=True, slots=True)
class _Name:
    name: str
    surname: str
    gender: str
    cases: frozenset[str]
    n_words: int


@lru_cache(maxsize=1 << 14)
def _analyze_name(first: str, second: str, third: str | None) -> _Name | None:
    """First name + (patronymic +) surname, or None when these words are not a person's name."""
    first_info = _info(first.lower())
    if (
        not first_info.names
        or first_info.role is not None
        or first_info.geox_top
        or first.lower() in _NOT_FIRST_NAMES
        or _info(f"{first}-{second}".lower()).geox_top  # Коста Рика, Эль Сальвадор
    ):
        return None
    second_info = _info(second.lower())
    n_words = 2
    surname = second
    third_info = _info(third.lower()) if third is not None else None
    if (
        third is not None
        and third_info is not None
        and (
            (second_info.patr and _surname_ok(third, False) and not third_info.names)
            or (third_info.surns and not second_info.surns and not second_info.known)  # Реджеп Тайип Эрдоган
        )
    ):
        surname, n_words = third, 3
    elif not _surname_ok(second, first_info.name_top):
        return None
    readings: dict[tuple[str, str, str], float] = {}
    for case, gender, lemma, score in first_info.names:
        for g in (gender,) if gender in ("masc", "femn") else ("masc", "femn"):
            nominative, fit = _surname_nominative(surname, case, g)
            key = (g, lemma, nominative)
            readings[key] = max(readings.get(key, 0.0), score * fit)
    (gender, lemma, nominative), _ = max(readings.items(), key=lambda kv: (kv[1], len(kv[0][1])))
    best_fit = max(
        _surname_nominative(surname, c, gender)[1]
        for c, g, lm, _s in first_info.names
        if lm == lemma and g in (gender, "ms-f")
    )
    cases = frozenset(
        c
        for c, g, lm, _s in first_info.names
        if lm == lemma
        and g in (gender, "ms-f")
        and _surname_nominative(surname, c, gender) == (nominative, best_fit)
    )
    name = f"{_like_written(lemma, first)} {nominative}"
    return _Name(name, nominative, gender, cases or _ALL_CASES, n_words)


@lru_cache(maxsize=1 << 14)
def _analyze_initials_surname(word: str) -> _Name | None:
    """Surname after initials: nominative, gender and possible cases read off the surname alone."""
    if word.isupper():
        return None
    info = _info(word.lower())
    if info.role is not None or not (info.has_surn or info.patr or not info.known):
        return None
    if info.surns:
        best = max(info.surns, key=lambda p: p.score)
        gender = _gender(best.tag) if _gender(best.tag) == "femn" else "masc"
        nominative, _ = _surname_nominative(word, _case(best.tag), gender)
        cases = frozenset(
            _case(p.tag)
            for p in info.surns
            if _surname_nominative(word, _case(p.tag), gender)[0] == nominative
        )
        return _Name(nominative, nominative, gender, cases, 1)
    options = [(_by_ending(word, c, g), c, g) for g in ("masc", "femn") for c in _CASES]
    (nominative, fit), _, gender = max(options, key=lambda o: o[0][1])
    cases = frozenset(c for (nom, f), c, g in options if g == gender and nom == nominative and f == fit)
    return _Name(nominative, nominative, gender, cases, 1)


def _loose_name_ok(word: str) -> bool:
    """May ``word`` be part of a name pymorphy3 does not know (``Ван И``, ``Си Цзиньпин``)?"""
    if len(word) > 1 and word.isupper():
        return False
    info = _info(word.lower())
    if info.role is not None:
        return False
    if len(word) <= 3:
        return True
    return not info.geox_top and (not info.known or bool(info.names) or info.has_surn or info.patr)


# --------------------------------------------------------------------------- roles


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    text: str
    info: _Info


@dataclass(frozen=True, slots=True)
class _Role:
    start: int
    end: int
    text: str
    weight: int  # words in the complement: the more, the more specific the role
    kind: str | None = None
    gender: str = "masc"  # of the head noun: "femn" for "актриса", "королева"
    cases: frozenset[str] = _ALL_CASES  # of the head noun, as agreed with the name


def _is_hyphen(gap: str) -> bool:
    return gap != " " and len(gap) == 1 and gap in _HYPHENS


def _gap_kind(gap: str) -> str:
    if gap == " ":
        return "plain"
    if _is_hyphen(gap):
        return "hyphen"
    chars = set(gap)
    if chars <= _PLAIN_GAP:
        return "plain"
    if chars <= _QUOTE_GAP:
        return "quote"
    return "break"


def _quote_state(gap: str, quoted: bool) -> bool:
    for ch in gap:
        if ch in "«„":
            quoted = True
        elif ch in "»”":
            quoted = False
        elif ch in '"“':
            quoted = not quoted
    return quoted


def _sentence_initial(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0\"«„“'":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _window_before(text: str, pos: int) -> tuple[list[_Tok], list[str]]:
    """Tokens of the phrase that ends right before ``pos`` and the gap after each of them.

    The phrase goes back to the nearest punctuation, digit or line break, and stops earlier at
    a word that cannot be part of a role phrase (a verb, an adverb, a pronoun ...).
    """
    lo = max(0, pos - 300)
    last_break = _LAST_BREAK_RE.match(text, lo, pos)
    cut = last_break.end() if last_break is not None else lo
    found = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, cut, pos)]
    toks: list[_Tok] = []
    gaps: list[str] = []
    nxt = pos
    for s, e, w in reversed(found):
        gap = text[e:nxt]
        kind = _gap_kind(gap)
        if kind == "break" or (nxt == pos and kind == "hyphen"):
            break
        info = _info(w.lower())
        if not info.compatible and not (len(w) > 1 and w.isupper()):  # abbreviations: "МОК"
            break
        toks.append(_Tok(s, e, w, info))
        gaps.append(gap)
        nxt = s
    toks.reverse()
    gaps.reverse()
    return toks, gaps


def _complement(
    toks: list[_Tok], gaps: list[str], a: int, b: int, stop_at_names: bool = False
) -> tuple[list[int], list[bool]]:
    """Read ``toks[a:b]`` as the complement of a role noun.

    A complement is a run of genitive noun phrases (``министра иностранных дел Беларуси``)
    optionally followed by prepositional phrases (``по международным делам``, ``в России``);
    quoted names and abbreviations fit anywhere. Returns every ``e`` such that ``toks[a:e]``
    is a complete complement (``a`` itself: no complement), and for each token read whether it
    stands inside a prepositional phrase. With ``stop_at_names``, a capitalized first name ends
    the complement (after a name, it starts the next person's name).
    """
    ends = [a]
    in_pp: list[bool] = []
    pp = False
    quoted = False
    for k in range(a, b):
        gap = gaps[k - 1]
        if gap != " ":
            quoted = _quote_state(gap, quoted)
        tok = toks[k]
        info = tok.info
        word = tok.text
        if _is_hyphen(gap) or quoted or (len(word) > 1 and word.isupper()):
            final = not _is_hyphen(gap) or info.nounish
        elif info.prep:
            pp = True
            final = False
        elif word == "и":
            final = False
        elif not info.compatible:
            break
        elif pp:
            if not (info.nounish or info.adjish):
                break
            final = info.nounish
        elif stop_at_names and word[0].isupper() and info.name_top and not info.geox_top:
            break  # a first name starts the next person: "начальник службы Александр Иванов"
        else:
            # genitive, or a proper name in apposition: "Республики Беларусь", "компании Apple"
            if not (
                info.gent
                or info.top_pos in ("LATN", "UNKN")
                or (word[0].isupper() and not info.known)
                or (word[0].isupper() and info.geox_top and k > a)
            ):
                break
            final = info.nounish
        in_pp.append(pp)
        if final:
            ends.append(k + 1)
    return ends, in_pp


def _country_suffix(toks: list[_Tok], a: int, end: int, in_pp: list[bool]) -> int:
    """Number of trailing complement tokens that name a country in the genitive (0 if none)."""
    for size in (3, 2, 1):
        first = end - size
        if first < a or any(in_pp[first - a : end - a]) or not toks[first].text[:1].isupper():
            continue
        phrase = normalize_form(" ".join(t.text for t in toks[first:end]))
        if phrase in _country_names():
            return size
    return 0


def _agreeing_adjective(info: _Info, cases: frozenset[str]) -> bool:
    return any(_case(p.tag) in cases for p in info.adjs)


@lru_cache(maxsize=1 << 14)
def _normal_adjective(word: str, cases: frozenset[str], gender: str) -> str:
    for p in _info(word.lower()).adjs:
        if _case(p.tag) in cases:
            form = p.inflect({"nomn", "sing", gender}) or p.inflect({"nomn", "sing"})
            if form is not None:
                return _like_written(form.word, word)
    return word


def _head_at(toks: list[_Tok], gaps: list[str], k: int) -> int | None:
    """Index of the last token of a role head starting at ``k`` (hyphenated heads span two)."""
    tok = toks[k]
    if k > 0 and _is_hyphen(gaps[k - 1]):
        return None  # second half of a hyphenated word
    if _is_hyphen(gaps[k]):
        if (
            k + 1 < len(toks)
            and toks[k + 1].info.role is not None
            and (tok.text.lower() in _HYPHEN_PREFIXES or tok.info.role is not None)
        ):
            return k + 1
        return None
    return k if tok.info.role is not None else None


def _build_role(
    text: str,
    toks: list[_Tok],
    first: int,
    head_first: int,
    head_last: int,
    cases: frozenset[str],
    comp_end: int,
    in_pp: list[bool],
) -> _Role:
    head = toks[head_last]
    info = head.info
    assert info.role is not None
    words: list[str] = []
    for j in range(first, head_first):
        tok = toks[j]
        words.append("и" if tok.text.lower() == "и" else _normal_adjective(tok.text, cases, info.role_gender))
    lemma = info.role.rsplit("-", 1)[-1] if head_first != head_last else info.role
    head_text = _like_written(lemma, head.text) if not info.role_zam else _like_written(info.role, head.text)
    if head_first != head_last:
        head_text = f"{toks[head_first].text}-{head_text}"
    words.append(head_text)
    head_lemma = head_text.lower() if not info.role_zam else info.role
    a = head_last + 1
    complement_text = text[toks[a].start : toks[comp_end - 1].end] if comp_end > a else ""
    role_end = toks[comp_end - 1].end if comp_end > a else head.end
    text_end_tok = comp_end - _country_suffix(toks, a, comp_end, in_pp)
    if text_end_tok > a:
        span_end = toks[text_end_tok - 1].end
        complement = " ".join(text[toks[a].start : span_end].split())
        if (_quote_state(complement, False) and text[span_end : span_end + 1] in _CLOSING_QUOTES) or (
            complement.count("(") > complement.count(")") and text[span_end : span_end + 1] == ")"
        ):
            complement += text[span_end]
        words.append(complement)
    written = text[toks[first].start : role_end]
    if (_quote_state(written, False) and text[role_end : role_end + 1] in _CLOSING_QUOTES) or (
        written.count("(") > written.count(")") and text[role_end : role_end + 1] == ")"
    ):
        role_end += 1
    role = " ".join(words)
    start = toks[first].start
    if role[:1].isupper() and _sentence_initial(text, start):
        role = role[:1].lower() + role[1:]
    if info.role_zam:  # "замминистра": "заместитель" + "министра ..."
        zam_head, _, zam_rest = info.role.partition(" ")
        kind = role_kind(zam_head, f"{zam_rest} {complement_text}")
    else:
        kind = role_kind(head_lemma, complement_text)
    return _Role(start, role_end, role, comp_end - a, kind, info.role_gender, cases)


def _role_before(text: str, pos: int, cases: frozenset[str] | None) -> _Role | None:
    """The role phrase written right before a name starting at ``pos``."""
    toks, gaps = _window_before(text, pos)
    n = len(toks)
    for k in range(n):
        last = _head_at(toks, gaps, k)
        if last is None:
            continue
        info = toks[last].info
        agreed = info.role_cases & cases if cases is not None else info.role_cases
        if not agreed:
            continue
        ends, in_pp = _complement(toks, gaps, last + 1, n)
        if ends[-1] != n:
            continue
        if any(
            pp and toks[j].info.role is not None and (cases is None or toks[j].info.role_cases & agreed)
            for j, pp in enumerate(in_pp, last + 1)
        ):
            continue  # "Глава представительства США в регионе помощник госсекретаря X": the later head
        first = k
        j = k - 1
        while j >= 0 and _gap_kind(gaps[j]) == "plain":
            if _agreeing_adjective(toks[j].info, agreed):
                first = j
                j -= 1
            elif (
                toks[j].text == "и"
                and first < k
                and j >= 1
                and _gap_kind(gaps[j - 1]) == "plain"
                and _agreeing_adjective(toks[j - 1].info, agreed)
            ):
                first = j - 1
                j -= 2
            else:
                break
        return _build_role(text, toks, first, k, last, agreed, n, in_pp)
    return None


# A predicate that names the role of the person before it: "X назначен министром",
# "X, избранная на пост председателя", "X занимает должность директора".
_PREDICATE_RE = re.compile(
    r"(?:,[ \u00a0]*)?[ \u00a0]*(?:(?:был|была|будет|ранее|позже|вновь|теперь)[ \u00a0]+)?"
    r"(?:назначен[а-я]*|избран[а-я]*|утвержд[а-я]*|переизбран[а-я]*|стал|стала|станет|является|"
    r"работа[а-я]*|служ[а-я]*|занима[а-я]*|занял[а-я]*|возглав[а-я]*)"
    r"[ \u00a0]+(?:(?:на|в|с)[ \u00a0]+(?:пост|посту|должность|должности|поста)[ \u00a0]+"
    r"|(?:новым|новой|первым|первой|временно|исполняющим[ \u00a0]+обязанности)[ \u00a0]+)?"
)
_PREDICATE_CASES = frozenset({"ablt", "gent", "accs"})


def _role_after(text: str, pos: int, cases: frozenset[str] | None) -> _Role | None:
    """A role written as an apposition after a name ending at ``pos`` (``..., министр ...``),
    or named by a predicate (``... назначен министром ...``, ``... на посту главы ...``)."""
    m = _APPOSITION_RE.match(text, pos)
    p = _PREDICATE_RE.match(text, pos)
    if p is not None and p.end() > pos + 3:
        role = _role_at(text, p.end(), _PREDICATE_CASES)
        if role is not None:
            return role
    if m is None:
        return None
    return _role_at(text, m.end(), cases)


def _role_at(text: str, start: int, cases: frozenset[str] | None) -> _Role | None:
    """A role phrase starting at ``start``: adjectives, a role noun in one of ``cases`` and
    its complement."""
    stop = min(len(text), start + 300)
    brk = _BREAK_RE.search(text, start, stop)
    if brk is not None:
        stop = brk.start()
    toks: list[_Tok] = []
    gaps: list[str] = []
    prev_end = -1
    for w in WORD_RE.finditer(text, start, stop):
        if prev_end >= 0:
            gap = text[prev_end : w.start()]
            if _gap_kind(gap) == "break":
                break
            gaps.append(gap)
        toks.append(_Tok(w.start(), w.end(), w.group(), _info(w.group().lower())))
        prev_end = w.end()
    if not toks:
        return None
    gaps.append("")
    k = 0
    while k < min(len(toks), 4) and _head_at(toks, gaps, k) is None:
        if not (toks[k].info.adjs or toks[k].text == "и") or _gap_kind(gaps[k]) != "plain":
            return None
        k += 1
    if k >= len(toks):
        return None
    last = _head_at(toks, gaps, k)
    if last is None:
        return None
    info = toks[last].info
    agreed = info.role_cases & cases if cases is not None else info.role_cases
    if not agreed or any(t.text != "и" and not _agreeing_adjective(t.info, agreed) for t in toks[:k]):
        return None
    ends, in_pp = _complement(toks, gaps, last + 1, len(toks), stop_at_names=True)
    return _build_role(text, toks, 0, k, last, agreed, ends[-1], in_pp)


# --------------------------------------------------------------------------- extraction


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    kind: str  # "full", "initials", "bare" (surname alone) or "loose" (unknown name after a role)
    name: str
    surname: str
    gender: str
    initial: str
    cases: frozenset[str] | None
    role: _Role | None = None


def _surname_stem(surname: str) -> str:
    """What a declined form of ``surname`` starts with: all but its last two letters (one for a
    four-letter surname, none for a shorter one); a bare mention is this stem and lowercase letters."""
    keep = len(surname) - 2 if len(surname) >= 5 else len(surname) - 1 if len(surname) >= 4 else len(surname)
    return surname[:keep]


_LOWER_RUN_RE = re.compile("[а-яё]*")


@lru_cache(maxsize=1 << 14)
def _bare_cases(word: str, surname: str, gender: str) -> frozenset[str]:
    """Cases in which ``word`` is a regular form of ``surname``."""
    return frozenset(c for c in _CASES if _surname_nominative(word, c, gender) == (surname, 1.0))


class _Taken:
    """The characters of a text already claimed by a mention: marking a span and asking whether
    a span touches a marked character both cost its length, not the number of mentions."""

    __slots__ = ("_chars",)

    def __init__(self, size: int) -> None:
        self._chars = bytearray(size)

    def add(self, start: int, end: int) -> None:
        self._chars[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` (not empty) shares a character with a span added before."""
        return self._chars.find(1, start, end) != -1


def _bare_candidates(text: str, surnames: set[tuple[str, str]]) -> dict[str, list[tuple[int, int, str]]]:
    """Per surname, the ``(start, end, word)`` of every word in ``text`` that is its stem followed
    by lowercase letters, as a whole word: not preceded by a letter, hyphen or dot, not followed
    by a letter. One pass over the text for all surnames: at each word start, the stems of every
    length in use are looked up in a dict."""
    stems: dict[str, list[str]] = {}
    for surname in sorted({s for s, _ in surnames}):
        stems.setdefault(_surname_stem(surname), []).append(surname)
    found: dict[str, list[tuple[int, int, str]]] = {s: [] for stem in stems.values() for s in stem}
    if not stems:
        return found
    lengths = sorted({len(stem) for stem in stems})
    firsts = re.compile("[" + "".join(sorted({re.escape(stem[0]) for stem in stems})) + "]")
    for m in firsts.finditer(text):
        s = m.start()
        if s and (text[s - 1].isalpha() or text[s - 1] in "-."):
            continue
        for length in lengths:
            owners = stems.get(text[s : s + length])
            if owners is None:
                continue
            e = _LOWER_RUN_RE.match(text, s + length).end()  # type: ignore[union-attr]
            if text[e : e + 1].isalpha():
                continue
            for surname in owners:
                found[surname].append((s, e, text[s:e]))
    return found


_PARTICLES = frozenset(
    {"да", "де", "дос", "дас", "ду", "дель", "ди", "фон", "ван", "дер", "ибн", "бин", "бен", "ле", "ла"}
)
_NUMERAL_RE = re.compile(r"[ \u00a0]+(?:[IVX]{1,5})(?![A-Za-z0-9])")
_SINGLE_RE = re.compile(r"(?<![A-Za-zА-Яа-яЁё\-.])[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?(?![A-Za-zА-Яа-яЁё\-])")
# Surnames alone: not -ский, which place adjectives share ("Могилевской").
_SINGLE_SHAPE_RE = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:а|у|ым|е|ой|ою)?$|(?:енко|швили|дзе|янц)$")
_SURNAME_SHAPE_RE = re.compile(
    r"(?:ов|ев|ёв|ин|ын)(?:а|у|ым|е|ой|ою)?$|(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую)$|(?:енко|швили|дзе|ян|янц|ук|юк)$"
)


def _name_part_ok(word: str) -> bool:
    """May ``word``, capitalized right after a first name and surname, continue the name
    (``Жуан Карлус Силва``)? Place names, role words and all-caps words may not."""
    if len(word) < 2 or word.isupper():
        return False
    info = _info(word.lower())
    if info.role is not None or info.geox_top:
        return False
    return not info.known or info.has_surn or bool(info.names)


def _parts(text: str, words: list[tuple[int, int, str]]) -> tuple[str, ...]:
    """The words of a name with the particles written between them (``да``, ``фон``)."""
    parts = [words[0][2]]
    for (_, end, _w), (start, _, word) in pairwise(words):
        m = _PARTICLE_GAP_RE.fullmatch(text, end, start)
        if m is not None:
            parts.append(m.group(1))
        parts.append(word)
    return tuple(parts)


def _open_ended(word: str) -> bool:
    """May a name whose last part so far is ``word`` go on (``Жуан Карлус`` -> ``Жуан Карлус
    Силва``)? Not when ``word`` is a surname the dictionary knows or is shaped like one."""
    info = _info(word.lower())
    if info.name_top and not info.surns:
        return True  # a second first name: "Хуан Себастьян Верон"
    return not info.surns and not _SURNAME_SHAPE_RE.search(word.lower())


def _long_name(res: _Name, parts: tuple[str, ...]) -> _Name:
    """A name of three or more parts: the first name as analysed, each later part put in the
    nominative like a surname, in the case that fits all of them best."""
    first = res.name.split(" ", 1)[0]
    best: tuple[float, str, list[str]] | None = None

    def nominative(part: str, case: str) -> tuple[str, float]:
        return (part, 1.0) if part.islower() else _surname_nominative(part, case, res.gender)

    for case in sorted(res.cases):
        normal = [nominative(p, case) for p in parts[1:]]
        fit = min(f for _, f in normal)
        if best is None or fit > best[0]:
            best = (fit, case, [w for w, _ in normal])
    assert best is not None
    fit, case, later = best
    cases = frozenset(
        c for c in res.cases if [nominative(p, c) for p in parts[1:]] == [(w, fit) for w in later]
    )
    return _Name(" ".join([first, *later]), later[-1], res.gender, cases or res.cases, len(parts))


def _numeral_after(text: str, end: int, res: _Name | None) -> tuple[int, _Name | None]:
    """A regnal number written after a name (``Елизавета II``): the new end and name."""
    m = _NUMERAL_RE.match(text, end)
    if m is None:
        return end, res
    numeral = m.group().strip()
    if res is None:
        return m.end(), None
    return m.end(), _Name(f"{res.name} {numeral}", res.surname, res.gender, res.cases, res.n_words)


@lru_cache(maxsize=1 << 14)
def _loose_nominative(
    parts: tuple[str, ...], hint: frozenset[str] | None = None
) -> tuple[list[str], frozenset[str] | None]:
    """A name no first-name reading explains, its later parts put in the nominative when every
    one of them fits one oblique case of a male surname regularly (``Ратко Младичу`` -> ``Ратко
    Младич``, ``Педру ду Сантушем Мелу`` -> ``Педру ду Сантуш Мелу``), with that case; else as
    written, any case. ``hint``: the cases of a role noun right before the name, tried first.
    Particles and the first part stay as written."""
    later = [k for k in range(1, len(parts)) if not parts[k].islower()]
    if hint is not None and "nomn" not in hint and later:
        # the case of the role noun before the name: "председателем Сигэру Ямадой"
        for case in _CASES[1:]:
            if case not in hint:
                continue
            forms = [_by_ending(parts[k], case, "masc") for k in later]
            if all(fit >= 0.5 for _, fit in forms):
                out = list(parts)
                for (form, _), k in zip(forms, later, strict=True):
                    out[k] = form
                return out, frozenset({case})
    if not later or all(_by_ending(parts[k], "nomn", "masc")[1] == 1.0 for k in later):
        return list(parts), None
    for case in _CASES[1:]:
        forms = [_by_ending(parts[k], case, "masc") for k in later]
        if all(fit == 1.0 for _, fit in forms) and any(
            f != parts[k] for (f, _), k in zip(forms, later, strict=True)
        ):
            out = list(parts)
            for (form, _), k in zip(forms, later, strict=True):
                out[k] = form
            return out, frozenset({case})
    return list(parts), None


def _loose_part_after_role(word: str) -> bool:
    """May ``word`` be part of a name written right after a role phrase? Not a place, a role
    word or an all-caps word."""
    if len(word) > 1 and word.isupper():
        return False
    info = _info(word.lower())
    return info.role is None and not info.geox_top and info.top_pos in ("NOUN", "UNKN", "LATN", "ADJF")


def _unknown_part(word: str) -> bool:
    """A capitalized word unknown to the dictionary that may be part of a foreign name."""
    info = _info(word.lower())
    return not info.known and _loose_name_ok(word)


def _foreign_name(words: list[tuple[int, int, str]], text: str) -> bool:
    """Whether capitalized words no first-name reading explains are still a name: at least one
    is unknown to the dictionary or a name/surname, the first is not a known common word at
    the start of a sentence, and none is a place."""
    infos = [_info(w.lower()) for _, _, w in words]
    if any(i.geox_top for i in infos) or _info("-".join(w for _, _, w in words).lower()).geox_top:
        return False
    if not any(not i.known or i.names or i.has_surn for i in infos):
        return False
    first = infos[0]
    return not (first.known and not first.names and _sentence_initial(text, words[0][0]))


@lru_cache(maxsize=1 << 15)
def _single_name(word: str, sentence_start: bool) -> tuple[tuple[str, str, str, frozenset[str]] | None, bool]:
    """A surname or first name written alone: ``((kind, nominative, gender, cases), plural)``
    with kind ``single`` (a surname) or ``first`` (a first name), or ``(None, False)``. A word
    the dictionary reads first as a surname or first name counts anywhere; a word shaped like a
    surname (``-ов``, ``-ев``, ``-ин``, ``-енко`` ...) only inside a sentence. ``plural`` is
    True when the word is also a common noun in the plural: a surname only when no modifier
    precedes it (``заявил Токаев``, not ``Соединенных Штатов``)."""
    low = word.lower()
    if low in _NOT_FIRST_NAMES or low in _PARTICLES:
        return None, False
    info = _info(low)
    if info.role is not None or info.geox_top:
        return None, False
    parses = _parses(low)
    if any(("Geox" in p.tag or "Orgn" in p.tag) and p.score >= 0.3 for p in parses):
        return None, False  # "Астану": a place first or as likely as a name
    top = parses[0]
    tag = top.tag
    if info.known and "Abbr" not in tag and tag.number != "plur":
        gender = "femn" if _gender(tag) == "femn" else "masc"
        if "Surn" in tag:
            nominative, _ = _surname_nominative(word, _case(tag), gender)
            return ("single", nominative, gender, frozenset({_case(tag)})), False
        if "Name" in tag and len(low) > 2:
            return ("first", _like_written(top.normal_form, word), gender, frozenset({_case(tag)})), False
    if sentence_start or not _SINGLE_SHAPE_RE.search(low):
        return None, False
    if info.known and not info.has_surn and tag.number != "plur":
        return None, False  # a common word: "Часовой"
    plural_noun = info.known and not info.has_surn  # not after a modifier: "Соединенных Штатов"
    for case in _CASES:
        for gender in ("masc", "femn"):
            nominative, fit = _surname_nominative(word, case, gender)
            if fit == 1.0:
                return ("single", nominative, gender, frozenset({case})), plural_noun
    return None, False


_PREV_WORD_RE = re.compile(rf"([{_LETTERS}]+)[ \u00a0]+$")


def _after_modifier(text: str, pos: int) -> bool:
    """Whether the word before ``pos`` is capitalized or an adjective: what a capitalized
    common noun in the genitive plural follows (``Соединенных Штатов``, ``Совета Министров``)."""
    m = _PREV_WORD_RE.search(text, max(0, pos - 40), pos)
    if m is None:
        return False
    word = m.group(1)
    return word[:1].isupper() or _info(word.lower()).top_pos in ("ADJF", "PRTF")


def _photo_credit(text: str, pos: int) -> bool:
    return _PHOTO_RE.search(text, max(0, pos - 24), pos) is not None


def _find_mentions(text: str) -> list[_Mention]:
    mentions: list[_Mention] = []
    loose_runs: list[list[tuple[int, int, str]]] = []
    initials_found: list[re.Match[str]] = []
    credits: list[tuple[int, int]] = []  # names in photo credits and place names: no one's mention
    for cand in _CANDIDATE_RE.finditer(text):
        if cand.group("surname") is not None:
            initials_found.append(cand)
            continue
        words = [
            (m.start(), m.end(), m.group()) for m in _NAME_WORD_RE.finditer(text, cand.start(), cand.end())
        ]
        found = False
        i = 0
        while i < len(words) - 1:
            third = words[i + 2][2] if i + 2 < len(words) else None
            res = _analyze_name(words[i][2], words[i + 1][2], third)
            if res is None:
                i += 1
                continue
            if i > 0 and not found and _unknown_part(words[i - 1][2]):
                break  # "Педру Паулу ...": a name whose first part no first-name reading explains
            found = True
            n = res.n_words
            if (n == 2 or not _info(words[i + 1][2].lower()).patr) and _open_ended(words[i + n - 1][2]):
                while i + n < len(words) and _name_part_ok(words[i + n][2]):
                    n += 1
            start, end = words[i][0], words[i + n - 1][1]
            parts = _parts(text, words[i : i + n])
            if n > res.n_words or len(parts) > n or (n == 3 and not _info(words[i + 1][2].lower()).patr):
                res = _long_name(res, parts)
            end, res = _numeral_after(text, end, res)
            if _photo_credit(text, start):
                credits.append((start, end))
            else:
                mentions.append(
                    _Mention(start, end, "full", res.name, res.surname, res.gender, res.name[0], res.cases)
                )
            i += n
        if not found:
            loose_runs.append(words)
            for (s1, _, a), (_, e2, b) in pairwise(words):
                if a.lower() in _NOT_FIRST_NAMES or _info(f"{a}-{b}".lower()).geox_top:
                    credits.append((s1, e2))  # "Коста Рика", "Эль Сальвадор": a place, no one's name

    taken = _Taken(len(text))
    for m in mentions:
        taken.add(m.start, m.end)
    for start, end in credits:
        taken.add(start, end)
    for m in initials_found:
        if taken.overlaps(m.start(), m.end()) or _photo_credit(text, m.start()):
            continue
        res = _analyze_initials_surname(m.group("surname"))
        if res is not None:
            initials = " ".join(text[m.start() : m.start("surname")].split())
            name = f"{initials} {res.surname}"
            mentions.append(
                _Mention(
                    m.start(), m.end(), "initials", name, res.surname, res.gender, initials[0], res.cases
                )
            )
            taken.add(m.start(), m.end())

    for words in loose_runs:
        for size in (5, 4, 3, 2):
            cand = words[-size:]
            if len(words) < size:
                continue
            if all(_loose_name_ok(w) for _, _, w in cand):
                role = _role_before(text, cand[0][0], None)
                if role is None and not _foreign_name(cand, text):
                    continue
            elif all(_loose_part_after_role(w) for _, _, w in cand) and any(
                not _info(w.lower()).known or _info(w.lower()).has_surn for _, _, w in cand
            ):
                # after a role, known words may be parts too: "Министр Карел Шварценберг"
                role = _role_before(text, cand[0][0], None)
                if role is None:
                    continue
            else:
                continue
            parts, cases = _loose_nominative(_parts(text, cand), role.cases if role is not None else None)
            surname = parts[-1]
            name = " ".join(parts)
            end = cand[-1][1]
            mentions.append(_Mention(cand[0][0], end, "loose", name, surname, "masc", name[0], cases, role))
            taken.add(cand[0][0], end)
            break

    surnames = {(m.surname, m.gender) for m in mentions if m.kind in ("full", "initials")}
    bare = _bare_candidates(text, surnames)
    for surname, gender in surnames:
        for s, e, word in bare[surname]:
            if taken.overlaps(s, e):
                continue
            cases = _bare_cases(word, surname, gender)
            if cases:
                mentions.append(_Mention(s, e, "bare", surname, surname, gender, "", cases))
                taken.add(s, e)

    for w in _SINGLE_RE.finditer(text):
        s, e = w.span()
        if taken.overlaps(s, e):
            continue
        single, plural_noun = _single_name(w.group(), _sentence_initial(text, s))
        if plural_noun and _after_modifier(text, s):
            continue
        if single is not None:
            kind, name, gender, cases = single
            end, _ = _numeral_after(text, e, None)
            if end > e:
                name = f"{name} {text[e:end].strip()}"
            mentions.append(_Mention(s, end, kind, name, name, gender, name[0], cases))
            taken.add(s, end)

    mentions.sort(key=lambda m: m.start)
    return mentions


def _variant_words(a: str, b: str) -> bool:
    """Whether two words are forms of one name part: one is the other's stem and lowercase
    letters (``Земану``, ``Земан``; ``Блэра``, ``Блэр``), "ё" and "е" alike."""
    a, b = a.replace("ё", "е").replace("Ё", "Е"), b.replace("ё", "е").replace("Ё", "Е")
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return (
        len(long) - len(short) <= 2
        and long.startswith(_surname_stem(short))
        and long[len(short) - 1 :].islower()
    )


def _merge_variants(groups: dict[str, list[_Mention]]) -> None:
    """Merge the groups of names that are case forms of one another word by word (``Милошу
    Земану``, ``Милош Земан``: a name no first-name reading explained, left as written) into the
    group of the shortest form, in place."""
    by_shape: dict[tuple[int, str], list[str]] = {}
    for key in groups:
        words = key.split()
        if len(words) > 1:
            by_shape.setdefault((len(words), words[0][:2].replace("ё", "е")), []).append(key)
    for keys in by_shape.values():
        if len(keys) < 2:
            continue
        keys.sort(key=lambda k: (len(k), groups[k][0].start))
        for i, short in enumerate(keys):
            if short not in groups:
                continue
            for other in keys[i + 1 :]:
                if other in groups and all(
                    _variant_words(x, y) for x, y in zip(short.split(), other.split(), strict=True)
                ):
                    groups[short].extend(groups.pop(other))


def _case_from_role(text: str, m: _Mention) -> None:
    """A name whose first part declines in no way (``Итиро``, ``Наото``) has its case, and so its
    surname's nominative, set by the role noun right before it when the case read off the
    surname alone disagrees with the role's: ``председателем партии Итиро Одзавой`` ->
    ``Итиро Одзава``. Changes ``m`` in place."""
    parts = m.name.split()
    written = text[m.start : m.end].split()
    if len(parts) != 2 or len(written) != 2 or m.cases is None:
        return
    first = _info(written[0].lower())
    if len({c for c, _g, _l, _s in first.names}) < len(_CASES):
        return  # the first name's own ending says the case
    if _role_before(text, m.start, m.cases) is not None:
        return
    role = _role_before(text, m.start, None)
    if role is None:
        return
    for case in _CASES:
        if case not in role.cases or case in m.cases:
            continue
        nominative, fit = _surname_nominative(written[1], case, m.gender)
        if fit >= 0.5:
            m.name, m.surname, m.cases, m.role = (
                f"{parts[0]} {nominative}",
                nominative,
                frozenset({case}),
                role,
            )
            return


def extract_people(text: str) -> list[PersonMention]:
    """People named in ``text``: one entry per person, sorted by ``char_start`` (see module doc)."""
    mentions = _find_mentions(text)
    if not mentions:
        return []
    for m in mentions:
        if m.kind == "full" and m.role is None:
            _case_from_role(text, m)
    full_names: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind in ("full", "loose"):
            full_names.setdefault(m.surname, set()).add(m.name)
    # a shorter full name whose words all occur in a longer one with the same first word and
    # surname is the same person ("Реджеп Эрдоган", "Реджеп Тайип Эрдоган")
    canonical: dict[str, str] = {}
    for names in full_names.values():
        for short in names:
            longer = [
                n
                for n in names
                if n != short and n.split()[0] == short.split()[0] and set(short.split()) <= set(n.split())
            ]
            if longer:
                canonical[short] = max(longer, key=len)
    # one person read as a man in one mention and as a woman in another ("Рашиду Нургалиеву",
    # "Рашида Нургалиева"): the reading of a nominative mention, else the male one
    nominative_keys = {m.name for m in mentions if m.kind == "full" and m.cases == frozenset({"nomn"})}
    male = {m.name: m for m in mentions if m.kind == "full" and m.gender == "masc"}
    for m in mentions:
        if m.kind != "full" or m.gender != "femn":
            continue
        words = m.name.split()
        for other, om in male.items():
            owords = other.split()
            if len(owords) == len(words) and all(
                w == o or w == o + "а" or (o.endswith("й") and w == o[:-1] + "я")
                for w, o in zip(words, owords, strict=True)
            ):
                if m.name in nominative_keys and other not in nominative_keys:
                    canonical[other] = m.name
                    om.surname, om.gender = m.surname, m.gender
                else:
                    canonical[m.name] = other
                    m.surname, m.gender = om.surname, om.gender
    keys: dict[str, set[str]] = {}  # surname -> person keys, for bare surnames
    firsts: dict[str, set[str]] = {}  # first name -> person keys, for first names alone
    groups: dict[str, list[_Mention]] = {}
    for m in mentions:
        if m.kind in ("bare", "single", "first"):
            continue
        key = canonical.get(m.name, m.name)
        if m.kind == "initials":
            same = {canonical.get(n, n) for n in full_names.get(m.surname, ()) if n[:1] == m.initial}
            if len(same) == 1:
                key = same.pop()
        groups.setdefault(key, []).append(m)
        keys.setdefault(m.surname, set()).add(key)
        if m.kind in ("full", "loose"):
            firsts.setdefault(key.split()[0], set()).add(key)
    stems: dict[str, set[str]] = {}  # surname stem -> person keys, for surnames read differently
    for surname, owners in keys.items():
        stems.setdefault(_surname_stem(surname), set()).update(owners)
    for m in mentions:
        if m.kind == "single" and not keys.get(m.surname):
            # "Одзава" after "Итиро Одзавой", whose ending said nothing of the case
            same = stems.get(_surname_stem(m.surname), set()) or {
                k for stem, owners in stems.items() if m.surname.startswith(stem) for k in owners
            }
            if len(same) == 1:
                m.kind = "bare"
                m.surname = next(iter(same)).split()[-1]
                keys.setdefault(m.surname, set()).update(same)
        if m.kind in ("bare", "single") and len(keys.get(m.surname, ())) == 1:
            groups[next(iter(keys[m.surname]))].append(m)
        elif m.kind == "first" and len(firsts.get(m.name, ())) == 1:
            groups[next(iter(firsts[m.name]))].append(m)
        elif m.kind in ("single", "first") and not keys.get(m.surname) and not firsts.get(m.name):
            groups.setdefault(m.name, []).append(m)

    _merge_variants(groups)
    people: list[PersonMention] = []
    for key, group in groups.items():
        for m in group:
            if m.role is None:
                m.role = _role_before(text, m.start, m.cases) or _role_after(text, m.end, m.cases)
            if m.role is not None and m.role.gender == "femn" and m.gender == "masc" and m.kind == "full":
                m.role = None  # a feminine role noun names no man: "актриса" before "Иван Петров"
        with_role = [m for m in group if m.role is not None]
        if with_role:
            best = max(with_role, key=lambda m: (m.role.weight if m.role else 0, -m.start))
        else:
            best = (
                min(
                    (m for m in group if m.kind not in ("bare", "single", "first")),
                    default=None,
                    key=lambda m: m.start,
                )
                or group[0]
            )
        role = best.role
        people.append(
            PersonMention(
                char_start=best.start,
                char_end=best.end,
                name=key,
                name_as_written=text[best.start : best.end],
                role=role.text if role else None,
                role_kind=role.kind if role else None,
                role_start=role.start if role else None,
                role_end=role.end if role else None,
            )
        )
    people.sort(key=lambda p: p.char_start)
    return people
