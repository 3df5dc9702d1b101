"""What the name and role grammars need to know about a word: its pymorphy3 readings (from the
shared analyzer of ``flows.text.morph``) folded into one ``_Info``, with the cases, character
classes and the sentence-start test they share."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from pymorphy3.tagset import OpencorporaTag

from flows.text.morph import analyzer, parses, tag_facts
from flows.text.people.lexicon import _ZAM_EXPANSIONS, ROLE_LEMMAS
from flows.text.segment import split_sentences
from flows.text.tokens import APOSTROPHES, CYRILLIC_LOWER, CYRILLIC_UPPER

if TYPE_CHECKING:
    import pymorphy3
    from pymorphy3.analyzer import Parse


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_ALL_CASES = frozenset(_CASES)
_NOMINATIVE = frozenset({"nomn"})
_CASE_FOLD = {"gen1": "gent", "gen2": "gent", "acc2": "accs", "loc1": "loct", "loc2": "loct", "voct": "nomn"}
# Polish prepositions: between a title and a name, the name is no title's ("wizyta w X"); a name
# ends before one.
POLISH_PREPOSITIONS = frozenset(
    ["w", "we", "do", "z", "ze", "na", "od", "dla", "przez", "przy", "o", "u", "po", "pod", "nad", "za"]
)
_OPEN_POS = frozenset({"NOUN", "ADJF", "PRTF", "PREP", "LATN", "UNKN"})


# The letters of every Cyrillic alphabet of the press (flows.text.tokens) and Latin letters with
# diacritics (Polish, German, French, Turkish, ...), as the contents of a regex character class
# ("[{_UPPER}]"): every word of the name and role grammars is made of them.
_UPPER = CYRILLIC_UPPER
_LOWER = CYRILLIC_LOWER
_CYRILLIC = _UPPER + _LOWER
_LATIN = "A-Za-z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isalpha())
_LATIN_UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
_LATIN_LOWER = "a-z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.islower())
_LETTERS = _LATIN + _CYRILLIC
# An apostrophe between two small letters is part of the word ("Мар'яна", "Дар’я", "сям'я").
_APOSTROPHES = APOSTROPHES
_LOWER_RUN = rf"[{_LOWER}]+(?:[{_APOSTROPHES}][{_LOWER}]+)*"

# Anything but letters, spaces, quotes, apostrophes and hyphens ends a role phrase
# ("Кот-д’Ивуара").
_HYPHENS = "-‐‑‒–"  # as in flows.text.tokens: a single one of these between letters joins a word
_NOT_PHRASE = rf"[^{_LETTERS} \u00a0\"«»„“”(){_APOSTROPHES}{re.escape(_HYPHENS)}]"
_BREAK_RE = re.compile(_NOT_PHRASE)
_LAST_BREAK_RE = re.compile(rf"(?s:.*){_NOT_PHRASE}")
_PLAIN_GAP = frozenset(" \u00a0")
_CLOSING_QUOTES = frozenset('»“”"')
_QUOTE_GAP = frozenset(" \u00a0\"«»„“”'()")  # brackets: "комитета (МОК)"
_APPOSITION_RE = re.compile(r",[ \u00a0]*|[ \u00a0]+[–—-][ \u00a0]+")
_OPENING = frozenset(" \t\u00a0\"«„“'")  # what may stand between a sentence start and its first word
_VOWELS = frozenset("аеёиоуыэюя")
_HISSING = frozenset("жшчщц")

# Words pymorphy3 reads as first names that, capitalized before another word, are name particles.
_NOT_FIRST_NAMES = frozenset({"эль", "аль", "ла", "ле", "де", "дель", "ди", "да", "дос", "фон", "ван"})

# First names the dictionary knows only as a place (София Ротару, Джорджия Мелони,
# Дакота Джонсон, Арарат Мирзоян, Казбек Коков, Милан Кундера), with their gender:
# their place readings give the cases of the first name. A place is a first name only before a
# surname in the same case (``с Араратом Мирзояном``, not ``в Ереване Пашинян``).
_PLACE_FIRST_NAMES = {
    "софия": "femn",
    "джорджия": "femn",
    "дакота": "femn",
    "арарат": "masc",
    "казбек": "masc",
    "эльбрус": "masc",
    "алтай": "masc",
    "марсель": "masc",
    "милан": "masc",
    "мадина": "femn",
}


def _morph() -> pymorphy3.MorphAnalyzer:
    return analyzer()


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
    role_plural_cases: frozenset[str] = frozenset()  # of plural role readings: "сенаторы", "актрисы"
    substantive: bool = False  # the role word is an adjective used as a noun: "ведущий", "военный"


def _gender(tag: object) -> str | None:
    """ "masc", "femn", "neut" or None (common gender, "ms-f", or no gender at all)."""
    if isinstance(tag, OpencorporaTag):
        return tag_facts(tag).gender
    gender = getattr(tag, "gender", None)
    return str(gender) if gender else None


def _case(tag: object) -> str:
    case = tag_facts(tag).case if isinstance(tag, OpencorporaTag) else getattr(tag, "case", None)
    case = str(case or "nomn")
    return _CASE_FOLD.get(case, case)


_parses = parses  # pymorphy3's readings of a word, from the process's one cache


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
    plural_cases: set[str] = set()
    plural_role: str | None = None
    animate: bool | None = None  # whether the reading that gave role_gender is animate
    substantive = _substantive_role(word)
    top_facts = tag_facts(top.tag)
    for p in parses:
        facts = tag_facts(p.tag)
        grammemes = facts.grammemes
        pos = facts.pos
        case = _CASE_FOLD.get(facts.case or "nomn", facts.case or "nomn")
        singular = facts.number != "plur"
        likely = p is top or p.score >= 0.1
        if "Name" in grammemes and singular:
            if facts.case == "voct" and known:
                # the informal vocative of a woman's first name ("Нурай", of "Нурая"; "Илон", of
                # "Илона") is no case news writes a name in: the word is a first name of its own,
                # a woman's undeclined in every case ("с Нурай Гасановой") or a man's in the
                # nominative ("Илон Маск заявил"). A guessed vocative stays a guess of another
                # word ("Тхань" of "Тханя": ``_guessed_first_readings``).
                names += [(c, "femn", word, p.score) for c in _CASES]
                names.append(("nomn", "masc", word, p.score))
            else:
                names.append((case, facts.gender or "ms-f", p.normal_form, p.score))
        if "Surn" in grammemes:
            has_surn = True
            if known and singular:
                surns.append(p)
        if "Patr" in grammemes:
            patr = True
        if pos == "NOUN":
            nounish = nounish or likely
            gent = gent or case == "gent" or "Fixd" in grammemes
            lemma = p.normal_form.replace("ё", "е")
            if (
                (top_facts.pos == "NOUN" or not known)  # a word the dictionary only guesses: "керамиста"
                and lemma in ROLE_LEMMAS
                and (p.normal_form == top.normal_form or lemma_scores[p.normal_form] >= 0.1)
            ):  # "политику": politics far more likely than a politician
                if singular and (role is None or role == lemma):
                    if role is None or (animate is False and "anim" in grammemes):
                        # of a person's reading first: "главе" is read first as a chapter's
                        role_gender = "femn" if facts.gender == "femn" else "masc"
                        animate = "anim" in grammemes
                    role = lemma
                    role_cases.add(case)
                elif not singular and (plural_role is None or plural_role == lemma):
                    plural_role = lemma
                    plural_cases.add(case)
        elif pos in ("ADJF", "PRTF") and "Apro" not in grammemes:
            adjish = adjish or likely
            gent = gent or case == "gent"
            if singular:
                adjs.append(p)
        elif pos == "PREP" and likely:
            prep = True
        if substantive is not None and pos in ("NOUN", "ADJF", "PRTF") and singular:
            # an adjective used as a role noun: every singular reading gives a case
            if role is None:
                role_gender = "femn" if facts.gender == "femn" else "masc"
            role = substantive
            role_cases.add(case)
    if role is None and not known and word.replace("ё", "е") in ROLE_LEMMAS:
        # a lexicon word the dictionary does not know, read under another lemma ("аятолла" as
        # the genitive of "аятолл"): the lemma as written, in the nominative
        role = word.replace("ё", "е")
        role_cases.add("nomn")
    if role is None and plural_role is not None:
        role = plural_role
    elif plural_role != role:
        plural_cases = set()
    zam = _ZAM_EXPANSIONS.get(word) or (_ZAM_EXPANSIONS.get(role) if role else None)
    role_zam = zam is not None
    if zam is not None:
        role = zam
        if word in _ZAM_EXPANSIONS:
            role_cases = set(_ALL_CASES)
    names += [
        (_case(p.tag), _PLACE_FIRST_NAMES[p.normal_form], p.normal_form, p.score)
        for p in parses
        if p.normal_form in _PLACE_FIRST_NAMES
        and "Geox" in tag_facts(p.tag).grammemes
        and tag_facts(p.tag).number != "plur"
    ]
    top_grammemes = top_facts.grammemes
    top_pos = top_facts.pos or ("LATN" if "LATN" in top_grammemes else "UNKN")
    compatible = (top_pos in _OPEN_POS and "Apro" not in top_grammemes) or nounish or adjish or word == "и"
    return _Info(
        known=known,
        top_pos=top_pos,
        names=tuple(names),
        name_top="Name" in top_grammemes,
        surns=tuple(surns),
        has_surn=has_surn,
        patr=patr,
        geox_top=known and "Geox" in top_grammemes,
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
        role_plural_cases=frozenset(plural_cases),
        substantive=substantive is not None,
    )


_ROLE_PREFIX = 4  # letters of a word the role gate reads


@lru_cache(maxsize=1)
def _role_prefixes() -> frozenset[str]:
    """The first ``_ROLE_PREFIX`` letters (``ё`` as ``е``) of every form of every role lemma and
    of the "зам"-words: a word that starts otherwise has no role reading in ``_info``. The forms
    are pymorphy3's lexemes of the lemmas; a word it only guesses keeps its stem, so its guessed
    role lemma starts as it does."""
    morph = _morph()
    forms = set(ROLE_LEMMAS) | set(_ZAM_EXPANSIONS)
    for lemma in ROLE_LEMMAS:
        for p in morph.parse(lemma):
            if p.normal_form.replace("ё", "е") == lemma:
                forms.update(f.word for f in p.lexeme)
    return frozenset(f.replace("ё", "е")[:_ROLE_PREFIX] for f in forms)


def may_be_role(word: str) -> bool:
    """False when the lowercase ``word`` is surely no role word (``_info(word).role is None``),
    read off its first letters without a dictionary lookup; True when it may be one."""
    return word[:_ROLE_PREFIX].replace("ё", "е") in _role_prefixes()


def _role_info(word: str) -> _Info | None:
    """``_info(word)`` when the lowercase ``word`` has a role reading (``role`` set), else None;
    the dictionary is asked only of a word the role gate (``may_be_role``) lets through."""
    if not may_be_role(word):
        return None
    info = _info(word)
    return info if info.role is not None else None


def preload() -> None:
    """Build now what the people grammar builds on first use and no built-in page of
    ``flows.ingest.documents.load_models`` reaches: the role gate's prefixes."""
    _role_prefixes()


def _joined_place(words: Iterable[str]) -> bool:
    """Whether capitalized words written apart are, joined by hyphens, a place the dictionary
    knows ("Коста Рика", "Эль Сальвадор", "Тель Авив"): ``_info(joined).geox_top``, asked of
    pymorphy3 only when the joined word is in its dictionary (an unknown hyphenated word is
    never a known place, and guessing its readings costs ten times a dictionary lookup)."""
    joined = "-".join(words).lower()
    return _morph().word_is_known(joined) and _info(joined).geox_top


# Role words that are adjectives used as nouns ("ведущий", "военный", "заведующая"): the lexicon's
# lemmas with an adjectival ending, by their stem.
_SUBSTANTIVE_STEMS: dict[str, str] = {
    lemma[:-2]: lemma for lemma in ROLE_LEMMAS if lemma.endswith(("ий", "ый", "ой")) and len(lemma) > 5
}
_ADJ_ENDINGS = frozenset(
    {"ий", "ый", "ой", "ая", "ого", "его", "ому", "ему", "им", "ым", "ом", "ем", "ей", "ую", "юю"}
)


@lru_cache(maxsize=1 << 14)
def _modifies(adjective: str, noun: str) -> bool:
    """Whether ``adjective`` (lowercased) has a reading that agrees with a noun reading of
    ``noun`` in case, number and, in the singular, gender: ``военного округа``, not ``ведущего
    программы``."""
    for a in _parses(adjective):
        if a.tag.POS not in ("ADJF", "PRTF"):
            continue
        for n in _parses(noun):
            if (
                n.tag.POS == "NOUN"
                and _case(a.tag) == _case(n.tag)
                and a.tag.number == n.tag.number
                and (a.tag.number == "plur" or _gender(a.tag) in (_gender(n.tag), None))
            ):
                return True
    return False


def _substantive_role(word: str) -> str | None:
    """The lexicon lemma of an adjectival role word (``ведущего`` -> ``ведущий``), or None."""
    for cut in (2, 3, 4):
        lemma = _SUBSTANTIVE_STEMS.get(word[:-cut]) if len(word) > cut else None
        if lemma is not None and word[-cut:] in _ADJ_ENDINGS:
            return lemma
    return None


def _capitalize(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _like_written(normal: str, written: str) -> str:
    """Give a normalized word the written word's capitalization and its choice of "ё" or "е"."""
    if "ё" not in written and "Ё" not in written:
        normal = normal.replace("ё", "е")
    return _capitalize(normal) if written[:1].isupper() else normal


class _SentenceStarts:
    """Where the sentences of a text start (``flows.text.segment.sentence_spans``), each start
    also counted before the opening quotes and spaces that precede its first word: for the few
    texts read last, computed once per text, from the spans the caller gives (``remember``) or
    else by splitting the text."""

    _SIZE = 8

    def __init__(self) -> None:
        self._found: dict[str, frozenset[int]] = {}
        self._lock = threading.Lock()

    def __call__(self, text: str) -> frozenset[int]:
        found = self._found.get(text)
        return found if found is not None else self.remember(text, split_sentences(text))

    def cache_clear(self) -> None:
        with self._lock:
            self._found.clear()

    def remember(self, text: str, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
        """Take ``spans`` (exactly ``sentence_spans(text)``) as the sentences of ``text``."""
        starts: set[int] = set()
        n = len(text)
        for start, _end in spans:
            starts.add(start)
            i = start
            while i < n and text[i] in _OPENING:
                i += 1
                starts.add(i)
        found = frozenset(starts)
        with self._lock:
            if text not in self._found and len(self._found) >= self._SIZE:
                del self._found[next(iter(self._found))]  # the oldest
            self._found[text] = found
        return found


_sentence_starts = _SentenceStarts()


# What may stand between a word and a position after it in a pattern of ``_search_word_before``.
_AFTER_WORD = " \u00a0\n—–-"


def _search_word_before(pattern: re.Pattern[str], text: str, pos: int, width: int) -> re.Match[str] | None:
    """``pattern.search(text, max(0, pos - width), pos)`` for a pattern of a word (or hyphenated
    word, or a quote: no space in it, and not ending in a space, dash or newline), then only spaces,
    dashes or a final newline up to its end: tried only from the last space before that word, as
    no match starts earlier (a pattern anchored at its end is otherwise tried at every start of the
    window); its look-behind still sees the text before."""
    low = max(0, pos - width)
    return pattern.search(text, low + text[low:pos].rstrip(_AFTER_WORD).rfind(" ") + 1, pos)


def _sentence_initial(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a sentence of ``text`` (or follows a colon or semicolon, which open
    a quotation or a list item), quotes and spaces before it aside."""
    if pos in _sentence_starts(text):
        return True
    i = pos - 1
    while i >= 0 and text[i] in _OPENING:
        i -= 1
    return i < 0 or text[i] in ":;"


# Words of the names of agencies, firms, schools, city places and parliaments, transliterated or
# Russian: a name with one of them is no person's ("Франс Пресс", "Таймс-Сквер", "Мидленд
# Спрингс", "Университета Рочестера", "Олий Мажлиса"), and a run of capitalized words with one
# names the person after it only ("Спикер Жогорку Кенеша Нурланбек Тургунбек Уулу").
# Parliaments and councils whose names are foreign words ("Жогорку Кенеша", "Олий Мажлиса", "Милли
# Меджлиса", "Великого Хурала", "Кнессета", "Скупщины"): inside a role's complement, such a word and
# the capitalized word before it are the body's name (roles._complement)
_PARLIAMENT = (
    rf"(?:кенеш|мажлис|меджлис|мажилис|хурал|кнессет|скупщин|бундестаг|бундесрат|ландтаг|риксдаг|стортинг"
    rf"|фолькетинг|альтинг|эдускунт|сабх)[{_LOWER}]{{0,3}}"
)
_ORGANISATION_PART_RE = re.compile(
    r"(?:пресс|сквер|бич|спрингс|сити|стрит|авеню|плаза|таймс|ньюс|интернешнл|интернэшнл|корпорейшн"
    rf"|групп[{_LOWER}]{{0,3}}|компани[{_LOWER}]{{0,3}}|университет[{_LOWER}]{{0,3}}|институт[{_LOWER}]{{0,3}}|академи[{_LOWER}]{{0,3}}"
    rf"|колледж[{_LOWER}]{{0,3}}"
    rf"|{_PARLIAMENT})"
)
_PARLIAMENT_RE = re.compile(_PARLIAMENT)


def _parliament_word(word: str) -> bool:
    """Whether ``word`` (as written) is a word of a parliament's foreign name (``_PARLIAMENT``:
    ``Меджлиса``, ``Кенеша``, ``Кнессета``)."""
    return _PARLIAMENT_RE.fullmatch(word.lower()) is not None


@lru_cache(maxsize=1 << 14)
def _organisation_part(name: str) -> bool:
    """Whether a word of ``name`` (as written; words split at spaces and hyphens) is a word of
    the name of an agency, a firm, a school or a city place (``Пресс``, ``Сквер``, ``Спрингс``,
    ``Университета``): the name is no person's."""
    return any(_ORGANISATION_PART_RE.fullmatch(w) for w in re.split(r"[\s\-]+", name.lower()))
