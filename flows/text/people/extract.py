"""People named in an article, one entry per person: mentions found by the name grammar
(``names``), linked within the text, each person reported with its most specific role
(``roles``).

People named in an article, with their role, names normalized to the nominative.

``extract_people(text)`` returns one ``PersonMention`` per person: the full name in the
nominative, the mention reported (offsets, name as written), the role as written with its head
in the nominative, the role's span and its kind (``role_kind``, from the role lexicon).

Mentions are linked within the text: a surname alone, in any case, joins the one full name
with that surname (or, failing that, with that surname's stem); a first name alone joins the
one full name it starts; initials join the one full name with that initial and surname; a
shorter full name joins a longer one with the same first name and surname (``Ахмет
Громов``, ``Ахмет Тайфур Громов``); a name read as a woman's in one mention and a man's in
another is one person. The reported mention is the one with the most specific role
(``roles._Role.rank``): a post or an occupation before a generic role or a title (``премьер-министр``
beats ``член партии``, ``шахматист`` beats ``чемпион мира``), then the one whose complement has
the most words (``посол Беларуси в России`` beats ``белорусский посол в Москве``); ties go to
the earlier mention. A person still without a role may get one from a role phrase opening a
sentence just after it is named (``roles._roles_by_reference``). Without any role, the first
full mention is reported. The output is sorted by ``char_start``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

from flows.text.morph import tag_facts
from flows.text.people.be_uk import extract_be_uk, text_language
from flows.text.people.counterparts import COUNTERPART, counterpart_country, counterpart_kinds
from flows.text.people.kk import extract_kk, kazakh_text
from flows.text.people.lexicon import ROLE_KINDS, gazetteer_forms
from flows.text.people.names import (
    _ARABIC_ARTICLES,
    _CANDIDATE_RE,
    _LOWER_RUN_RE,
    _MALE_A_STEM,
    _NAME_WORD_RE,
    _NEXT_CAP_RE,
    _OBLIQUE_ENDINGS,
    _PARTICLES,
    _SINGLE_RE,
    _SINGLE_SHAPE_RE,
    _SURNAME_SHAPE_RE,
    SLAVIC_SURNAME_SUFFIX,
    _adjective_before_noun,
    _adjective_title,
    _analyze_initials_surname,
    _analyze_name,
    _bare_cases,
    _by_ending,
    _common_last_part,
    _coordinated_with_adjective,
    _country_forms,
    _country_word,
    _finite_verb_after,
    _first_alone_declined,
    _foreign_name,
    _head_syllable,
    _in_country_name,
    _known_first_name,
    _latin_after_role,
    _latin_cued_names,
    _latin_names,
    _lone_after_person_noun,
    _lone_case_ok,
    _lone_nominative,
    _lone_word,
    _long_name,
    _loose_name_ok,
    _loose_nominative,
    _loose_part_after_role,
    _Name,
    _name_part_ok,
    _numeral_after,
    _open_ended,
    _other_word_first_name,
    _parts,
    _person_noun_before,
    _person_noun_readings,
    _person_verb_after,
    _photo_credit,
    _place_in_any_language,
    _place_locative,
    _place_nominative_as_first_name,
    _preposition_cases,
    _short_or_surname,
    _single_name,
    _speech_before,
    _subject_verb_after,
    _surname_in_other_case,
    _surname_nominative,
    _surname_ok,
    _surname_stem,
    _surname_then_first,
    _surname_then_last,
    _syllable_name,
    _unknown_part,
    _word_before,
    after_place_preposition,
    instrumental_syllable_name,
    past_verb_gender_before,
    verb_governed_cases,
    woman_long_nominative,
)
from flows.text.people.pl import polish_names, polish_text
from flows.text.people.roles import (
    _both_role,
    _gender_by_verb,
    _latin_role_before,
    _post_named_again,
    _Referent,
    _relative,
    _Role,
    _role_after,
    _role_at,
    _role_before,
    _role_before_apposition,
    _roles_by_reference,
    _split_by_country,
    _Windows,
    latin_role_after,
    relative_before_role,
)
from flows.text.people.words import (
    _ALL_CASES,
    _APOSTROPHES,
    _CASES,
    _CYRILLIC,
    _LETTERS,
    _LOWER,
    _LOWER_RUN,
    _NOMINATIVE,
    _NOT_FIRST_NAMES,
    _UPPER,
    _VOWELS,
    _case,
    _info,
    _joined_place,
    _like_written,
    _organisation_part,
    _parliament_word,
    _parses,
    _search_word_before,
    _sentence_initial,
    _sentence_starts,
)
from flows.text.tokens import normalize_form
from flows.text.vocab import OUTLET_NAMES

__all__ = ["PersonMention", "extract_people"]

_Single = tuple[tuple[str, str, str, frozenset[str]] | None, bool]  # what _single_name returns


@dataclass(frozen=True, slots=True)
class PersonMention:
    char_start: int  # offsets of the name as written in the text given
    char_end: int
    name: str  # nominative: "Наталья Ковалёва"
    name_as_written: str  # "Натальи Ковалёвой"
    role: str | None  # nominative head + complement as written: "председатель Совета Республики"
    role_kind: str | None  # the kind of role, from flows/text/people/data/roles.csv: "head_of_organisation"
    role_start: int | None  # offsets of the role phrase as written, country words included
    role_end: int | None


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    kind: str  # "full", "initials", "bare" (surname alone), "loose" (unknown name after a role),
    # "single"/"first" (a surname or first name alone), "addressed" (a surname after a noun of
    # address of the other gender than its full name: another person)
    name: str
    surname: str
    gender: str
    initial: str
    cases: frozenset[str] | None
    role: _Role | None = None
    relative_of: int | None = None  # start of a genitive role after a person noun: not the name's


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


class _RolesBefore:
    """``_role_before`` over one text, each ``(pos, cases)`` read once and the phrase before each
    position once: the same name start is asked about by the case check and by the role search
    (the roles found are immutable, the phrases only read)."""

    __slots__ = ("_found", "_text", "windows")

    def __init__(self, text: str) -> None:
        self._text = text
        self._found: dict[tuple[int, frozenset[str] | None], _Role | None] = {}
        self.windows = _Windows()  # the phrase before a position, whatever the cases asked

    def __call__(self, pos: int, cases: frozenset[str] | None) -> _Role | None:
        key = (pos, cases)
        try:
            return self._found[key]
        except KeyError:
            role = self._found[key] = _role_before(self._text, pos, cases, self.windows)
            return role


def _bare_candidates(text: str, surnames: set[tuple[str, str]]) -> dict[str, list[tuple[int, int, str]]]:
    """Per surname, the ``(start, end, word)`` of every word in ``text`` that is its stem followed
    by lowercase letters, as a whole word: not preceded by a letter, hyphen or dot, not followed
    by a letter or a hyphen (``Гребенко-младший`` is another person). Each stem is looked for
    with ``str.find``: a text names a few people."""
    stems: dict[str, list[str]] = {}
    for surname in sorted({s for s, _ in surnames}):
        stems.setdefault(_surname_stem(surname), []).append(surname)
    found: dict[str, list[tuple[int, int, str]]] = {s: [] for stem in stems.values() for s in stem}
    for stem, owners in stems.items():
        s = text.find(stem)
        while s != -1:
            if not s or not (text[s - 1].isalpha() or text[s - 1] in "-."):
                e = _LOWER_RUN_RE.match(text, s + len(stem)).end()  # type: ignore[union-attr]
                if not (text[e : e + 1].isalpha() or text[e : e + 1] == "-"):  # not "Гребенко-младший"
                    for surname in owners:
                        found[surname].append((s, e, text[s:e]))
            s = text.find(stem, s + 1)
    return found


# A first name, a nickname in quotes and a surname: "Генри «Малыш» Докинс".
_NICKNAME_RE = re.compile(
    rf"(?P<first>[{_UPPER}](?<![{_CYRILLIC}\-][{_UPPER}]){_LOWER_RUN})[ \u00a0]+[«\"„“](?P<nick>[{_UPPER}A-Z][^«»\"„“”\n]{{0,30}})[»\"“”]"
    rf"[ \u00a0]+(?P<last>[{_UPPER}]{_LOWER_RUN}(?:-[{_UPPER}]{_LOWER_RUN})?)(?![{_CYRILLIC}\-])"
)


def _syllable_before(text: str, word: tuple[int, int, str]) -> bool:
    """Whether ``word``, right before a first name and a surname in one run of capitalized words,
    is a syllable of an East-Asian name (``Дао Минь Хоанг``): two or three letters that may be a
    name's part, not opening a sentence."""
    start, _, w = word
    return (
        len(w) <= 3
        and _loose_name_ok(w)
        and not _place_reading(w)  # "в Уфе Максим X" (not "Буй", a town's name the rarer reading)
        and not _sentence_initial(text, start)
        and _person_noun_before(text, start + len(w) + 1) is None  # "Сэр Алекс X": a title
    )


_OPENING_QUOTES = '«"„“'
_CAPITALS = frozenset(_UPPER)


_LOWER_CHARS = _LOWER + _APOSTROPHES


def _back_over(text: str, i: int, chars: str) -> int:
    """Where the run of ``chars`` that ends at ``i`` in ``text`` starts (``i`` when none ends
    there): ``str.rstrip`` over pieces of the text, not a loop over its characters."""
    while i > 0:
        low = max(0, i - 32)
        kept = len(text[low:i].rstrip(chars))
        if kept:
            return low + kept
        i = low
    return i


def _nicknames(text: str) -> list[re.Match[str]]:
    """``_NICKNAME_RE.finditer(text)``, the pattern tried only where a match may start: the
    capitalized word before the spaces before an opening quote (a match holds no quote before its
    nickname's), so that a text is not read at each of its capitals."""
    quotes = []
    for mark in _OPENING_QUOTES:  # str.find skips to a character faster than a pattern
        q = text.find(mark)
        while q != -1:
            quotes.append(q)
            q = text.find(mark, q + 1)
    found: list[re.Match[str]] = []
    end = 0
    for quote in sorted(quotes):
        i = _back_over(text, quote, " \u00a0")
        if i == quote:
            continue
        i = _back_over(text, i, _LOWER_CHARS)
        if i < end or i < 1 or text[i - 1] not in _CAPITALS or text[i] in " \u00a0":
            continue
        m = _NICKNAME_RE.match(text, i - 1)
        if m is not None:
            found.append(m)
            end = m.end()
    return found


def _full_mention(start: int, end: int, res: _Name) -> _Mention:
    """A mention of a full name read as ``res``, at ``start:end``."""
    return _Mention(start, end, "full", res.name, res.surname, res.gender, res.name[0], res.cases)


# A one-letter word and its dot before a capitalized word: an initial ("А. Лукашенко"), or a name
# ending its sentence ("Ван И. Ранее ...")
# (a match starts at the dot and looks back for the capital and the character before it: see
# _CAPITAL_DOT_RE)
_LETTER_DOT_RE = re.compile(rf"(\.)(?<=[{_UPPER}]\.)(?<![{_LETTERS}.]..)[ \u00a0]+(?=[{_UPPER}])")


# A capital and a dot right after it, which every match of _LETTER_DOT_RE and _INITIALS_PAIR_RE
# starts with: looked for once per text, the patterns are read from the first one (none in most
# texts), not from the text's start. The pattern starts at the dot, a literal the regex engine
# skips to quickly, and looks back for the capital (much faster than trying each character).
_CAPITAL_DOT_RE = re.compile(rf"\.(?<=[{_UPPER}]\.)")


def _first_capital_dot(text: str) -> int:
    """Where the first capital followed by a dot is in ``text``, or -1."""
    m = _CAPITAL_DOT_RE.search(text)
    return -1 if m is None else m.start() - 1


# A short capitalized word right before a one-letter word (an East-Asian name's syllable: "Ван
# И. Лавров заявил"): the letter is that name's last syllable before the sentence's stop, no
# initial of the next sentence's first word (a first name before it makes a middle initial: "Джон
# Ф. Кеннеди")
_SYLLABLE_BEFORE_LETTER_RE = re.compile(rf"(?<![{_LETTERS}.-])[{_UPPER}][{_LOWER}]{{1,2}}[ \u00a0]\Z")


def _sentence_final_letters(text: str, first_dot: int) -> str:
    """``text`` with the dot after a one-letter word that ends its sentence (the next sentence
    starts after it: ``Министр КНР Ван И. Ранее ...``, or a syllable of a name stands before it: ``Ван
    И. Лавров заявил``) read as a semicolon, so that the letter is a
    name's last part, not an initial of the next word; same length, offsets unchanged.
    ``first_dot``: ``_first_capital_dot(text)``."""
    chars: list[str] | None = None
    if first_dot < 0:
        return text
    for m in _LETTER_DOT_RE.finditer(text, first_dot):
        letter = m.start(1) - 1
        if m.end() in _sentence_starts(text) or (
            _SYLLABLE_BEFORE_LETTER_RE.search(text, max(0, letter - 6), letter) is not None
            and not _info(text[letter - 5 : letter].split()[-1].lower()).name_top
        ):
            if chars is None:
                chars = list(text)
            chars[m.start(1)] = ";"
    return text if chars is None else "".join(chars)


_ROUTE_AFTER_RE = re.compile(rf"[ \u00a0]*[—–-][ \u00a0]*([{_UPPER}][{_LOWER}-]+)")
_ROUTE_BEFORE_RE = re.compile(rf"([{_UPPER}][{_LOWER}-]+)[ \u00a0]*[—–-][ \u00a0]*\Z")


def _route_end(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` is one end of a route whose other end, across a
    dash, is a place (``газопровод Яссы — Унгены``, ``рейс Москва — Ереван``): a place too."""
    after = _ROUTE_AFTER_RE.match(text, end)
    if after is not None and _info(after.group(1).lower()).geox_top:
        return True
    low = max(0, start - 30)
    i = start
    while i > low and text[i - 1] in " \u00a0":
        i -= 1
    if i == low or text[i - 1] not in "—–-":
        return False  # no dash right before the word, spaces aside (most words): no route
    before = _ROUTE_BEFORE_RE.search(text, low, start)
    return before is not None and _info(before.group(1).lower()).geox_top


_WORD_START_RE = re.compile(rf"(?<![{_LETTERS}])[{_LETTERS}]")


def _after_inner_person(text: str, m: _Mention, mentions: list[_Mention], starts: list[int]) -> _Role | None:
    """``m.role``, unless its phrase opens with another person's role and name (``Посол России в
    Анкаре X на встрече с губернатором провинции Анталья Y``): then the role
    phrase that starts after that name and ends where the role did (``губернатором провинции
    Анталья``), else none. A name that ends the role phrase is its complement and stays
    (``адвокат Александра Кокорина X``, ``врач Хиллари Клинтон X``). ``mentions`` are sorted
    by start and ``starts`` are their starts: only those inside the role phrase are read."""
    role = m.role
    assert role is not None
    inner = [
        o
        for o in mentions[bisect_left(starts, role.start) : bisect_left(starts, role.end)]
        if o is not m
        and role.start <= o.start
        and o.role is not None
        and o.role.start == role.start
        and o.end < role.end
    ]
    if not inner:
        return role
    after = max(o.end for o in inner)
    for w in _WORD_START_RE.finditer(text, after, role.end):
        if text[w.start() : w.start() + 2].rstrip() in ("и", "а"):
            continue  # "... X и бывший глава Газэкспорта Y": the role after the conjunction
        found = _role_at(text, w.start(), m.cases)
        if found is not None and found.end == role.end:
            return found
    return None


# Nouns of an act, a statement or a holding whose complement is a person in the genitive: a name
# right after one is in the genitive (lemmas).
_GOVERNING_NOUNS = frozenset(
    {
        "визит",
        "встреча",
        "переговоры",
        "приезд",
        "поездка",
        "заявление",
        "выступление",
        "позиция",
        "слово",
        "послание",
        "письмо",
        "указ",
        "распоряжение",
        "решение",
        "инициатива",
        "предложение",
        "отставка",
        "назначение",
        "избрание",
        "инаугурация",
        "администрация",
        "правительство",
        "кабинет",
        "компания",
        "фонд",
        "офис",
        "резиденция",
        "пресс-служба",
        "окружение",
        "семья",
        "супруга",
        "супруг",
        "жена",
        "муж",
        "сын",
        "дочь",
        "портрет",
        "книга",
        "биография",
        "смерть",
        "похороны",
        "арест",
        "задержание",
        "звонок",
        "призыв",
        "просьба",
        "требование",
    }
)
_GENITIVE_ONLY = frozenset({"gent"})
_NOMINATIVE_ONLY = frozenset({"nomn"})
_PAST_VERB_AFTER_RE = re.compile(r"[ \u00a0]+([а-яё]+(?:ла|л)(?:сь|ся)?)(?![а-яё])")


def _opens_clause_or_after_role(text: str, start: int) -> bool:
    """Whether the name at ``start`` opens its sentence or clause (nothing but quotes and dashes
    after a sentence end, a line break or a comma) or follows a role noun: the place of a subject,
    not of a genitive complement (``под руководством Вячеслава Быкова встретилась``)."""
    before = text[max(0, start - 60) : start].rstrip(' \u00a0«"„“—–-')
    if not before or before[-1] in ".!?\n,:;":
        return True
    m = _word_before(text, start, 60)
    return m is not None and _info(m.group(1).lower()).role is not None


# a post held no longer: "бывший министр", "экс-премьер", "former minister", "były premier"
_FORMER_POST_RE = re.compile(r"(?:бывш|экс-|former|ex-|был[ыа]|колишн)", re.I)


def _woman_before_her_verb(text: str, surname: str, end: int) -> _Name | None:
    """A woman's surname in ``-ова``/``-ева``/``-ина`` ... after initials, in the nominative as
    written, when a woman's verb in the past follows it (``Н.И. Кочанова встретилась``: not the
    genitive of a man ``Кочанов``); None else."""
    if _WOMAN_OR_GENITIVE_SURNAME_RE.search(surname) is None or _past_verb_gender_after(text, end) != "femn":
        return None
    return _Name(surname, surname, "femn", _NOMINATIVE, 1)


def _woman_named_before(text: str, surname: str, start: int, mentions: list[_Mention]) -> _Name | None:
    """A woman's surname before initials in the official style (``Кочанова Н.И.``), as written,
    when a woman of that surname was named before in full or a woman's verb precedes it
    (``провела ... Кочанова Н.И.``); None else."""
    if _WOMAN_OR_GENITIVE_SURNAME_RE.search(surname) is None:
        return None
    if any(m.kind == "full" and m.gender == "femn" and m.surname == surname for m in mentions):
        return _Name(surname, surname, "femn", _NOMINATIVE, 1)
    return None


def _past_verb_gender_after(text: str, end: int) -> str | None:
    """The gender of a verb in the past singular right after ``end`` (``присоединилась``:
    ``femn``), None when there is none."""
    m = _PAST_VERB_AFTER_RE.match(text, end)
    if m is None:
        return None
    tag = _parses(m.group(1))[0].tag
    if tag.POS == "VERB" and "past" in tag and "sing" in tag:
        return str(tag.gender) if tag.gender in ("masc", "femn") else None
    return None


def _governing_noun_before(text: str, start: int) -> bool:
    """Whether the word right before ``start`` (a space only between) is a noun of
    ``_GOVERNING_NOUNS`` in the nominative: the name after it is its complement, in the genitive."""
    m = _word_before(text, start, 30)
    if m is None or text[m.end(1) : start].strip():
        return False  # (a dash between: "Жена — Анна Петрова" names her)
    # (in the nominative: after "ареста сына" a nominative name may open its own clause; a plural
    # noun of an act in any case governs it too: "По итогам переговоров Касым-Жомарта Токаева")
    return any(
        p.normal_form in _GOVERNING_NOUNS
        and p.tag.POS == "NOUN"
        and (p.tag.case == "nomn" or p.tag.number == "plur")
        for p in _parses(m.group(1).lower())
    )


def _apposed_noun_cases(text: str, start: int) -> frozenset[str] | None:
    """The cases of a singular animate noun right before ``start`` (a country's name in the
    genitive may stand between: ``гражданина Перу``), when none is the nominative: a name in
    apposition to it is in its case (``задержали чилийца Педро Гонсалеса``, ``гражданина Перу Хосе
    Мартинеса``); None else."""
    m = _search_word_before(_ANY_WORD_BEFORE_RE, text, start, 40)
    if m is not None and m.group(1)[:1].isupper() and _country_word(m.group(1)):
        m = _search_word_before(_ANY_WORD_BEFORE_RE, text, m.start(1), 40)
    if m is None or not m.group(1).islower():
        return None
    cases = {
        facts.case
        for p in _parses(m.group(1))
        if (facts := tag_facts(p.tag)).pos == "NOUN" and facts.animacy == "anim" and facts.number == "sing"
    }
    if not cases or "nomn" in cases or None in cases:
        return None
    return frozenset(c for c in cases if c is not None)


def _role_head_cases(text: str, start: int, role_before: _RolesBefore | None) -> frozenset[str] | None:
    """The cases of the head of a role phrase right before ``start`` (``принял премьер-министра
    Японии``: genitive or accusative), when none is the nominative; None else."""
    role = role_before(start, None) if role_before is not None else None
    if role is None or "nomn" in role.cases or role.cases == _ALL_CASES:
        return None
    return role.cases


def _undeclined_first_name(first: str) -> bool:
    """Whether the dictionary reads ``first`` as a first name that is the same word in every case
    (``Хосе``, ``Педро``, ``Франсуа``, ``Рикардо``): its case is the surname's to tell."""
    low = first.lower()
    return len({case for case, _g, lemma, _s in _info(low).names if lemma == low}) == len(_CASES)


# The accusative and genitive endings of a man's surname in -а/-я (names._MALE_A_STEM: Кисида:
# Кисиду, Кисиды), and their nominative's; not the genitive's -и, which a surname that does not
# decline may end in too ("Мелони")
_A_STEM_OBLIQUE = {case: tuple(e for e in _MALE_A_STEM[case] if e[0] != "и") for case in ("accs", "gent")}


def _a_stem_surname(word: str, case: str, text: str) -> str | None:
    """The nominative of ``word`` read as a man's surname in -а/-я in ``case`` (``Кисиды`` in the
    genitive: Кисида), when its ending is that case's after a consonant and no dictionary surname
    reads it otherwise; None for other words and cases. An accusative in -у/-ю is also that of a
    surname that does not decline (``Санду``, ``Гросу``, ``Мунтяну``): it is read so only when
    ``text`` writes the surname in -а/-я elsewhere (``Фумио Кисида прибыл ... принял Фумио
    Кисиду``)."""
    low = word.lower()
    if len(low) < 4 or low[-2] in _VOWELS or low[-2] in "ьъй":
        return None
    for ending, nominative in _A_STEM_OBLIQUE.get(case, ()):
        if low.endswith(ending):
            if _info(low).surns:
                return None  # a surname the dictionary declines: its own reading
            stem = word[: -len(ending)]
            if (
                case == "accs"
                and re.search(rf"(?<![{_LETTERS}]){re.escape(stem + nominative)}(?![{_LETTERS}])", text)
                is None
            ):
                return None
            return stem + nominative
    return None


def _governed_reading(
    text: str,
    start: int,
    first: str,
    second: str,
    third: str | None,
    res: _Name,
    role_before: _RolesBefore | None = None,
) -> _Name:
    """``res``, or the reading of the same words in the case the word before them governs
    (a preposition, else :func:`verb_governed_cases`) when ``res`` is in none of its cases and the letters fit one that is:
    ``позвонил Ильхаму Алиеву`` is a man's dative, not the accusative of ``Ильхама Алиева``. A
    reading in the nominative is the subject after its verb (``поблагодарила Алина Громова``)
    unless the verb is in the past and of the other gender (``поздравил Ильхама Алиева``); after a
    preposition it is none (``с Абу Зубайдой`` is Абу Зубайда's instrumental)."""
    preposition = _preposition_cases(text, start)
    if (
        preposition is None
        and third is None
        and res.gender == "masc"
        and "nomn" not in res.cases
        and (
            _opens_clause_or_after_role(text, start)
            or (role_before is not None and role_before(start, None) is not None)
        )
    ):
        end = text.find(second, start + len(first)) + len(second)
        if _past_verb_gender_after(text, end) == "femn":
            # "Джамиля Алиева присоединилась", "Посол ... в Казахстане Алия Ахметова вручила": the
            # subject of a woman's verb, no man's genitive; a first name the dictionary has no
            # woman's reading of, in -а/-я before a woman's surname, as written ("Асия Касымова")
            woman = _analyze_name(first, second, third, _NOMINATIVE_ONLY)
            if woman is not None and woman.gender == "femn":
                return woman
            if first[-1:] in ("а", "я") and _WOMAN_OR_GENITIVE_SURNAME_RE.search(second):
                return _Name(f"{first} {second}", second, "femn", _NOMINATIVE, 2)
    if (
        third is None
        and "nomn" in res.cases
        and ((len(first) <= 3 and _head_syllable(first)) or _undeclined_first_name(first))
    ):
        # "По словам Ли Цяна", "наградил Ли Цяна": an East-Asian name's first syllable does not
        # decline, nor does a first name in a vowel such as "Хосе", "Педро", "Франсуа" ("По
        # словам Хосе Мартинеса", "гражданина Перу Хосе Мартинеса"): the last part is in the case
        # the words before govern
        context = (
            _GENITIVE
            if preposition is None and _according_to_before(text, start)
            else preposition
            or verb_governed_cases(text, start)
            or _apposed_noun_cases(text, start)
            or _role_head_cases(text, start, role_before)
        )
        if context is not None and "nomn" not in context:
            for case in _CASES[1:]:
                if case not in context:
                    continue
                a_stem = _a_stem_surname(second, case, text)
                if a_stem is not None:
                    # "принял премьер-министра Японии Фумио Кисиду": a man's surname in -а declines
                    # as a woman's noun does (Кисида, Кисиду, Кисиды), not left as written
                    return _Name(f"{first} {a_stem}", a_stem, "masc", frozenset({case}), 2)
                if (last := _by_ending(second, case, "masc"))[1] == 1.0 and last[0] != second:
                    return _Name(f"{first} {last[0]}", last[0], "masc", frozenset({case}), 2)
    if preposition is None and "nomn" not in res.cases:
        speech = _speech_before(text, start, first)
        if speech is not None and speech[0] == _NOMINATIVE_ONLY and speech[1] != res.gender:
            # "заявила Роберта Метсола": the subject after a verb of speech, of the verb's gender
            # (no man's genitive)
            subject = _analyze_name(first, second, third, _NOMINATIVE_ONLY)
            if subject is not None and subject.gender == speech[1]:
                return subject
    if (
        preposition is None
        and "nomn" in res.cases
        and "gent" not in res.cases
        and _governing_noun_before(text, start)
    ):
        # "Встреча Ильхама Алиева", "Кабинет Франсуа Олланда": a noun of an act or a holding, in
        # the nominative, governs the name after it in the genitive (a name in another oblique
        # case is its addressee: "послание Ильхаму Алиеву")
        return _analyze_name(first, second, third, _GENITIVE_ONLY) or res
    if preposition is None and "nomn" not in res.cases and third is None:
        subject = _subject_as_written(text, start, first, second)
        if subject is not None:
            return subject
    cases = preposition if preposition is not None else verb_governed_cases(text, start)
    if cases is None or cases & res.cases:
        return res
    if (
        "nomn" in res.cases
        and preposition is None
        and past_verb_gender_before(text, start) in (None, res.gender)
        and _SUBJECT_PRONOUN_VERB_RE.search(text, max(0, start - 40), start) is None
    ):
        return res
    return _analyze_name(first, second, third, cases) or res


# A personal pronoun in the nominative, then the verb right before a name: the verb has its
# subject, the name is its object ("Он обыграл Бена Шелтона").
_SUBJECT_PRONOUN_VERB_RE = re.compile(
    r"(?<![а-яёА-ЯЁ])(?:[Оо]н[аи]?|[Мм]ы|[Яя]|[Вв]ы)[ \u00a0]+[а-яё]+[ \u00a0]+\Z"
)


# A first name right before an initial, one space or a no-break space between them.
_FIRST_NAME_BEFORE_INITIAL_RE = re.compile(
    rf"(?<![{_LETTERS}\-])[{_UPPER}]{_LOWER_RUN}(?:-[{_UPPER}]{_LOWER_RUN})?[ \u00a0]$"
)


def _middle_initial_name(text: str, m: re.Match[str]) -> _Mention | None:
    """The full name of a first name, one or two initials and a surname (``Дэвид О. Расселл``,
    ``с Джоном Ф. Кеннеди``: ``Джон Ф. Кеннеди``), ``m`` a match of ``_CANDIDATE_RE`` with
    initials: a ``full`` mention from the first name to the surname, or None when the word right
    before the initials is no first name whose most likely reading is one, or the first name and
    the surname make no name together."""
    start = m.start()
    before = _FIRST_NAME_BEFORE_INITIAL_RE.search(text, max(0, start - 30), start)
    if before is None:
        return None
    first = before.group()[:-1]
    if not _info(first.lower()).name_top:
        return None
    full = _analyze_name(first, m.group("surname"), None)
    if full is None or full.n_words != 2:
        return None
    given = full.name[: len(full.name) - len(full.surname)].rstrip()
    initials = " ".join(text[start : m.start("surname")].split())
    name = f"{given} {initials} {full.surname}"
    return _Mention(before.start(), m.end(), "full", name, full.surname, full.gender, name[0], full.cases)


def _oblique_first_name(parts: list[str]) -> tuple[str, frozenset[str]] | None:
    """The nominative and the cases of the first part of a name left as written, a first name the
    dictionary reads only in oblique cases of one name (``с Лукой Ди Монтедземоло``: ``Лука``),
    when every later part is a particle or ends in a vowel a surname keeps in every case
    (``Монтедземоло``, ``Ди``): the name then says its case by its first part alone. None otherwise."""
    names = _info(parts[0].lower()).names
    if not names or any(case == "nomn" for case, _g, _l, _s in names):
        return None
    lemmas = {lemma for _c, _g, lemma, _s in names}
    if len(lemmas) != 1 or not all(
        p.islower() or p.lower() in _PARTICLES or _UNDECLINED_VOWEL_END_RE.search(p) for p in parts[1:]
    ):
        return None
    lemma = lemmas.pop()
    return parts[0][:1] + lemma[1:], frozenset(case for case, _g, _l, _s in names)


def _arabic_article(words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether word ``k`` of a run is the Arabic article before another word of the run, the
    family name it is part of (``Фейсалом бин Фарханом Аль Саудом``)."""
    return words[k][2] in _ARABIC_ARTICLES and k + 1 < len(words)


def _only_role_and_place_before(words: list[tuple[int, int, str]]) -> bool:
    """Whether every capitalized word of a run before its last two is a country, a place or a
    role word (``Президент Парагвая | Сантьяго Пенья``): the two follow the role and its country
    or place with nothing else capitalized between (``посол Чили Хорхе Рохас Силва`` is longer)."""
    return all(
        _country_word(w) or _place_reading(w) or _info(w.lower()).role is not None for _, _, w in words[:-2]
    )


def _first_name_before_other_word(word: str, second: str, gender: str) -> bool:
    """Whether ``word``, right before a name in the nominative whose first name ``second`` the
    dictionary reads only as another word (``Селим``: a verb), is the first of two given names:
    a first name of ``gender`` in the nominative, its first reading (``Мехмет Селим Картал``)."""
    info = _info(word.lower())
    return (
        info.known
        and info.name_top
        and not _info(second.lower()).names
        and any(case == "nomn" and g in (gender, "ms-f") for case, g, _lemma, _score in info.names)
    )


def _common_noun_lead(
    text: str, word: tuple[int, int, str], res: _Name, role_before: _RolesBefore
) -> str | None:
    """The nominative of ``word``, capitalized inside a sentence right after a role phrase and
    right before a first name and a surname in an oblique case (``с министром промышленности
    Пакистана Раной Танвиром Хусейном``), when the dictionary reads it only as a common noun in one
    of that name's cases, and it stands after the role's country or, in a case other than the
    genitive (a complement's), right after the role's words: the first part of a name of three
    (``Рана``), not the noun; else None."""
    low = word[2].lower()
    if (
        "nomn" in res.cases
        or not word[2][:1].isupper()
        or not word[2][1:].islower()
        or _sentence_initial(text, word[0])
        or _country_word(word[2])
    ):
        return None
    info = _info(low)
    if not info.known or info.names or info.role is not None or info.geox_top:
        return None
    readings = {
        (p.normal_form, facts.case)
        for p in _parses(low)
        if (facts := tag_facts(p.tag)).pos == "NOUN" and facts.case in res.cases and facts.number != "plur"
    }
    lemmas = {lemma for lemma, _case in readings}
    if len(lemmas) != 1 or (role := role_before(word[0], res.cases)) is None:
        return None
    before = _search_word_before(_ANY_WORD_BEFORE_RE, text, word[0], 30)
    if before is None or not (
        _country_word(before.group(1))
        # right after the role's words, a genitive is the role's complement ("председателя Совета
        # Республики Натальи Кочановой"), any other case the name's
        or (before.end(1) >= role.end - 1 and all(case != "gent" for _lemma, case in readings))
    ):
        return None
    return lemmas.pop().capitalize()


def _surname_as_first_name(word: str) -> bool:
    """Whether ``word``, right before a first name and a surname in the nominative that end a run
    of capitalized words, is a foreign first name the dictionary reads only as a surname
    (``Карлос`` in ``Карлос Артур Нузман``): four letters or more ending in a consonant, not shaped
    like a Slavic surname, its first reading a man's surname in the nominative, no first-name,
    place, role, patronymic or country reading."""
    low = word.lower()
    if (
        len(low) < 4
        or not word[0].isupper()
        or not word[1:].islower()
        or low[-1] in "аеёиоуыэюяь"
        or _SURNAME_SHAPE_RE.search(low)  # "Петров Иван Сидоров": a Slavic surname is one
    ):
        return False
    info = _info(low)
    if (
        not (info.known and info.has_surn)
        or info.names
        or info.role is not None
        or info.geox_top
        or info.patr
    ):
        return False
    top = tag_facts(_parses(low)[0].tag)
    return (
        "Surn" in top.grammemes
        and top.case == "nomn"
        and top.gender == "masc"
        and top.number == "sing"
        and not _country_word(word)
    )


def _subject_as_written(text: str, start: int, first: str, second: str) -> _Name | None:
    """A first name in ``-а`` the dictionary reads only as the genitive or accusative of another
    name, before a surname in a vowel that never declines, the subject of the verb right after
    them (``Акира Амари заявил``: not the genitive of a man ``Акир``): the name as written, in the
    nominative. None after a noun whose complement it may be (``Жена Акира Амари заявила``) or a
    closing quote or bracket (a work's author: ``«Теснота» Кантемира ...``); a role noun
    (``министр Акира Амари ушёл``) or a place (``В Токио Акира Амари заявил``) may stand before it."""
    low = first.lower()
    names = _info(low).names
    if (
        not low.endswith("а")
        or not names
        or any(lemma == low or case not in ("gent", "accs") for case, _g, lemma, _s in names)
        or second[-1:].lower() not in "иоуэею"
    ):
        return None
    end = text.find(second, start + len(first)) + len(second)
    if end < len(second) or not _subject_verb_after(text, end):
        return None
    if (last := text[:start].rstrip()[-1:]) and last in '»"”)':
        return None
    before = _word_before(text, start, 30)
    if before is not None:
        info = _info(before.group(1).lower())
        if info.nounish and info.role is None and not info.geox_top:
            return None  # "жена Акира Амари": her husband's genitive ("в Токио Акира Амари": a place's)
    gender = _gender_by_verb(text, start, end) or "masc"
    return _Name(f"{first} {second}", second, gender, _NOMINATIVE, 2)


# Russian words of one letter, capitalized opening a sentence: no name's part.
_ONE_LETTER_WORDS = frozenset({"С", "В", "К", "У", "О", "А", "И", "Я"})


# The first word of an Arabic first name of two (``Абдель Азиз``, ``Абдул Рахман``, ``Абу Бакр``):
# the name declines on the second word; and the endings of that word in an oblique case.
_BOUND_FIRST_PARTS = frozenset({"абдель", "абдул", "абдуль", "абд", "абу"})
_OBLIQUE_FIRST_ENDINGS = ("ом", "ем", "ым", "ой", "ей", "у", "ю", "а", "я", "е")


_PARTICLE_AFTER_RE = re.compile(r"[ \u00a0]+(?:бин|бен|ибн|бинт|[а-яё]{1,3}-[А-ЯЁ])")


def _bound_first_part(text: str, words: list[tuple[int, int, str]]) -> int | None:
    """The index in ``words`` of the first word of an Arabic first name of two in an oblique case
    (``_BOUND_FIRST_PARTS``, the next word with a case's ending), with a surname after the two (a
    word of the run, or a particle: ``бин Сальманом``, ``ас-Сиси``); None when there is none."""
    for k in range(len(words) - 1):
        if words[k][2].lower() not in _BOUND_FIRST_PARTS or text[words[k][1] : words[k + 1][0]] != " ":
            continue
        if not words[k + 1][2].lower().endswith(_OBLIQUE_FIRST_ENDINGS):
            return None
        if k + 2 < len(words) or _PARTICLE_AFTER_RE.match(text, words[k + 1][1]) is not None:
            return k
        return None
    return None


_CAPITALIZED_WORD_AFTER_RE = re.compile(rf"[ \u00a0]+[{_UPPER}]")
_ABBREVIATION_INITIALS = frozenset({"О.", "И.О.", "В.И.О.", "Т.Е."})


def _instrumental_a_stem_after_initials(
    text: str, m: re.Match[str], role_before: _RolesBefore
) -> _Name | None:
    """The -а surname whose instrumental the surname after initials ``m`` is (``Т. Дидизой`` ->
    ``Дидиза``), when the dictionary does not know it, it ends in -ой/-ей, and the words before the
    initials govern the instrumental only (a preposition, ``с``, or a role noun in the
    instrumental right before them); else None."""
    word = m.group("surname")
    low = word.lower()
    if not low.endswith(("ой", "ей")) or len(low) < 5 or _info(low).known:
        return None
    governed = _preposition_cases(text, m.start())
    if governed is None and role_before(m.start(), frozenset({"ablt"})) is not None:
        governed = frozenset({"ablt"})
    if governed != frozenset({"ablt"}):
        return None
    nominative = word[:-2] + ("а" if low.endswith("ой") else "я")
    return _Name(nominative, nominative, "masc", frozenset({"ablt"}), 1)


# a preposition of place right before a word: the word after it is a place's name in its case
_PLACE_PREPOSITION_BEFORE_RE = re.compile(r"(?<![\w])(?:в|во|на|из|под)[ \u00a0]+\Z", re.I)


def _initials_make_a_surname(word: str) -> bool:
    """Whether ``word``, after initials, is a surname as written though the dictionary reads it only
    as a word of another kind: a man's Slavic surname in the nominative (``-ов``, ``-ев``, ``-ин``:
    ``Карасин``, read as a short adjective), no place, no role word."""
    low = word.lower()
    if word.isupper() or not low.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return False
    info = _info(low)
    return (
        info.role is None
        and not info.geox_top
        and not info.names
        and info.top_pos in ("ADJS", "ADJF", "VERB")
    )


def _find_mentions(text: str, role_before: _RolesBefore) -> list[_Mention]:
    mentions: list[_Mention] = []
    loose_runs: list[list[tuple[int, int, str]]] = []
    initials_found: list[re.Match[str]] = []
    credits: list[tuple[int, int]] = []  # names in photo credits and place names: no one's mention
    first_dot = _first_capital_dot(text)
    scan = _sentence_final_letters(text, first_dot)
    bound_parts: dict[int, tuple[int, int, str]] = {}  # the second word's start -> a bound first part
    for cand in _CANDIDATE_RE.finditer(scan):
        if cand.group("surname") is not None:
            initials_found.append(cand)
            continue
        words = [
            (m.start(), m.end(), m.group()) for m in _NAME_WORD_RE.finditer(scan, cand.start(), cand.end())
        ]
        if len(words) > 1 and words[0][2] in _ONE_LETTER_WORDS and text[words[0][1] : words[0][1] + 1] != ".":
            # "— С Максимом Юрьевичем мы ...": a preposition, conjunction or pronoun of one letter
            # opening a sentence, no initial (an initial takes its dot)
            words = words[1:]
        if (
            len(words) > 1
            and "-" in words[0][2]
            and _info(words[0][2].split("-", 1)[0].lower()).role is not None
        ):
            # "Сенатор-республиканец Линдси Грэм" opening a sentence: a role with its qualifier,
            # no part of the name
            words = words[1:]
            if len(words) < 2:
                continue
        if len(words) > 2 and (outlet := _outlet_words(text, words)):
            words = words[outlet:]  # "корреспонденту РИА Новости Ивану Петрову": the outlet's, then hers
        if len(words) > 2 and _gazetteer_place(words[0][2]) and _after_place_word(text, words[0][0]):
            words = words[1:]  # "губернатор провинции Шаньдун Чжоу Найсян": the province's, then his
        bound = _bound_first_part(text, words)
        if bound is not None:
            # "с Абдель Азизом бин Сальманом", "с Абдель Фаттахом ас-Сиси": an Arabic first name
            # of two words declines on its second; the name is read from it, the first put back
            # (the words before it name no part of this name: "Визит", "Саудовской Аравии")
            bound_parts[words[bound + 1][0]] = words[bound]
            words = words[bound + 1 :]
        found = False
        if (syllables := instrumental_syllable_name(words)) is not None:
            # "с Мун Чжэ Ином": an East-Asian name, its last syllable in the instrumental
            k, name = syllables
            start, end = words[k][0], words[-1][1]
            surname = name.split()[-1]
            mentions.append(
                _Mention(start, end, "loose", name, surname, "masc", name[0], frozenset({"ablt"}))
            )
            words = words[:k]
            if len(words) < 2:
                continue
        if (
            (len(words) == 2 or (len(words) == 3 and _common_word_opening(text, words[0])))
            and (inverted := _surname_then_first(words[-2][2], words[-1][2])) is not None
            and _person_noun_before(text, words[-2][0]) is None
        ):
            # "Горелов Глеб": a surname first, then a first name; not after a kinship noun
            # ("внучка Горелова Алина": his granddaughter)
            mentions.append(_full_mention(words[-2][0], words[-1][1], inverted))
            continue
        i = 0
        while i < len(words) - 1:
            third = words[i + 2][2] if i + 2 < len(words) else None
            res = _analyze_name(words[i][2], words[i + 1][2], third) or _other_word_first_name(
                text, words[i][0], words[i][2], words[i + 1][2], third
            )
            if res is not None:
                res = _governed_reading(
                    text, words[i][0], words[i][2], words[i + 1][2], third, res, role_before
                )
            if (
                res is None
                or (
                    third is not None
                    and (
                        _place_before_name(words[i][2], words[i + 1][2], third)
                        or _complement_before_name(text, words[i : i + 3])
                    )
                )
                # "в Милане Смит": a place read first after a preposition of place is the place
                or (_info(words[i][2].lower()).geox_top and after_place_preposition(text, words[i][0]))
            ):
                i += 1  # "штата Юта Джон X", "глава Ростеха Сергей X": the place's or body's name, then the person's
                continue
            if i > 0 and not found and res.n_words == 2 and i + 2 == len(words):
                inverted = _surname_first(words[i - 1][2], words[i + 1][2], res)
                if inverted is not None:  # "Гореликов Александр Васильевич": surname first
                    mentions.append(_full_mention(words[i - 1][0], words[i + 1][1], inverted))
                    found = True
                    break
            lead = (
                i > 0
                and not found
                and res.n_words == 2
                and "nomn" in res.cases
                and i + 2 == len(words)
                and (
                    _surname_as_first_name(words[i - 1][2])
                    or _first_name_before_other_word(words[i - 1][2], words[i][2], res.gender)
                )
            )  # "Карлос Артур Нузман": a first name the dictionary reads as a surname, before the name;
            # "Мехмет Селим Картал": a first name it knows, before one it reads as another word
            oblique_lead = (
                None
                if lead or found or i == 0 or res.n_words != 2 or i + 2 != len(words)
                else _common_noun_lead(text, words[i - 1], res, role_before)
            )  # "с министром ... Раной Танвиром Хусейном": a first part the dictionary reads as a noun
            if (
                i > 0
                and not found
                and not lead
                and oblique_lead is None
                and (_unknown_part(words[i - 1][2]) or _syllable_before(text, words[i - 1]))
            ):
                break  # "Педру Паулу ...": a name whose first part no first-name reading explains
            found = True
            n = res.n_words
            if ((n == 2 or not _info(words[i + 1][2].lower()).patr) and _open_ended(words[i + n - 1][2])) or (
                i + n < len(words) and words[i + n][2][:1].islower()
            ):  # "аш-Шамари": a joined particle
                while i + n < len(words):
                    k = i + n + 1 if _arabic_article(words, i + n) else i + n
                    previous = _info(words[k - 1][2].lower())
                    if not (
                        (
                            _name_part_ok(
                                words[k][2],
                                # a place's name as the surname only after a role ("Министр ... Хосе
                                # Мануэль Рохас"; not "Для Хосе Антонио Каталония стала ...")
                                previous.name_top and role_before(words[i][0], None) is not None,
                            )
                            # past a particle, a second surname the dictionary reads as a common
                            # noun ("Жоаким Мануэл ди Оливейра Пинту": "пинту", a pint)
                            or (_particle_within(text, words, i, k) and _surname_after_particle(words[k][2]))
                        )
                        and not _next_name_in_other_case(text, words, k, res.cases)
                        and not _surname_in_other_case(words[k][2], res.cases)
                    ):
                        break
                    n = k - i + 1
            elif n == 2 and i + 3 == len(words) and _surname_then_last(words[i + 1][2], words[i + 2][2], res):
                n = 3  # "Мэйбл Горвиц Уинслоу": a surname as a second given name
            if (
                n == 2
                and i + 3 == len(words)
                and not _info(words[i + 1][2].lower()).patr
                and _common_last_part(text, words[i + 2][1], words[i + 2][2])
            ):
                n = 3  # "Мамаду Сангаре Тур", "Пётр Сидоров Дом": a common noun as the last part
            if (
                n > 2
                and _body_before_name(text, words[i : i + n])
                and role_before(words[i][0], None) is not None
                and (tail := _analyze_name(words[i + n - 2][2], words[i + n - 1][2], None)) is not None
            ):
                i, n, res = i + n - 2, 2, tail  # "председатель Сената Олий Мажлиса Танзила Нарбаева"
            start, end = words[i][0], words[i + n - 1][1]
            parts = _parts(text, words[i : i + n])
            if n > res.n_words or len(parts) > n or (n == 3 and not _info(words[i + 1][2].lower()).patr):
                head = role_before(words[i][0], None)
                if head is not None and (agreed := res.cases & head.cases) and agreed != res.cases:
                    # the role's case, when the first name's says little: "министр Антониу Жозе да
                    # Кошта Пинту" is a nominative, not "Кошт"'s genitive
                    res = _Name(res.name, res.surname, res.gender, agreed, res.n_words)
                res = _long_name(res, parts)
            end, res = _numeral_after(text, end, res)
            if lead:
                start = words[i - 1][0]
                res = _Name(f"{words[i - 1][2]} {res.name}", res.surname, res.gender, _NOMINATIVE, 3)
            elif oblique_lead is not None:
                start = words[i - 1][0]
                res = _Name(f"{oblique_lead} {res.name}", res.surname, res.gender, res.cases, 3)
            if _photo_credit(text, start):
                credits.append((start, end))
            else:
                mentions.append(_full_mention(start, end, res))
            i += n
        if not found:
            loose_runs.append(words)
            for (s1, _, a), (_, e2, b) in pairwise(words):
                if a.lower() in _NOT_FIRST_NAMES or _joined_place((a, b)):
                    credits.append((s1, e2))  # "Коста Рика", "Эль Сальвадор": a place, no one's name

    for bound in bound_parts.values():
        credits.append((bound[0], bound[1]))  # a name's first part, read with the name (below)
    for m in _nicknames(text):  # "Генри «Малыш» Докинс"
        first, last = m.group("first"), m.group("last")
        last_info = _info(last.lower())
        if (
            not _info(first.lower()).name_top
            or not _surname_ok(last, True)
            or (last_info.names and last_info.known)
        ):
            continue  # a first name the dictionary knows after the quotes starts another name
        res = _analyze_name(first, last, None)
        if res is not None and not any(x.start < m.end() and m.start() < x.end for x in mentions):
            mentions.append(_full_mention(m.start(), m.end(), res))
    _men_named_elsewhere(text, mentions)
    taken = _Taken(len(text))
    for m in mentions:
        taken.add(m.start, m.end)
    for start, end in credits:
        taken.add(start, end)
    for m in initials_found:
        if taken.overlaps(m.start(), m.end()) or _photo_credit(text, m.start()):
            continue
        if (middle := _middle_initial_name(text, m)) is not None and not taken.overlaps(
            middle.start, m.start()
        ):
            mentions.append(middle)  # "Дэвид О. Расселл", "Джона Ф. Кеннеди"
            taken.add(middle.start, middle.end)
            continue
        # a first name read as a surname only when it ends the name ("план Б. Михаил Мишустин":
        # a letter ending a sentence, then a full name) and the letters are no abbreviation
        # ("О. Николай": отец; "И.О. Рустам Ахмедов": acting)
        given_name_ok = (
            _CAPITALIZED_WORD_AFTER_RE.match(text, m.end()) is None
            and text[m.start() : m.start("surname")].replace(" ", "").upper() not in _ABBREVIATION_INITIALS
        )
        res = _woman_before_her_verb(text, m.group("surname"), m.end()) or _analyze_initials_surname(
            m.group("surname"),
            given_name_ok,
            # opening its sentence before a verb (not "помощника Л.Фокса присутствует")
            subject=_sentence_initial(text, m.start()) and _subject_verb_after(text, m.end()),
        )
        if (
            res is not None
            and res.cases == _NOMINATIVE
            and res.name == m.group("surname")
            and (oblique := _instrumental_a_stem_after_initials(text, m, role_before)) is not None
        ):
            # "с Председателем Национальной ассамблеи ЮАР Т. Дидизой": a surname the dictionary
            # does not know, in -ой after words governing the instrumental, is an -а surname's
            # instrumental (Дидиза), not a nominative in -ой (Толстой)
            res = oblique
        if res is None and _initials_make_a_surname(m.group("surname")):
            # a surname the dictionary reads only as another word ("Г. Карасин": a short adjective),
            # which the initials before it make a surname: as written, a man's in the nominative
            res = _Name(m.group("surname"), m.group("surname"), "masc", _NOMINATIVE, 1)
        if res is not None:
            initials = " ".join(text[m.start() : m.start("surname")].split())
            name = f"{initials} {res.name}"  # the surname, with an article before it ("Аль Тани")
            mentions.append(
                _Mention(
                    m.start(), m.end(), "initials", name, res.surname, res.gender, initials[0], res.cases
                )
            )
            taken.add(m.start(), m.end())

    initials_pair = first_dot >= 0 and _INITIALS_PAIR_RE.search(text, first_dot + 1) is not None
    trailing = _TRAILING_INITIALS_RE.finditer(text) if initials_pair else ()
    for m in trailing:  # "Путин В.В.", "с Токаевым К.К.": official style
        if taken.overlaps(m.start(), m.end()) or _photo_credit(text, m.start()):
            continue
        surname = m.group("surname")
        res = _woman_named_before(text, surname, m.start(), mentions) or _analyze_initials_surname(surname)
        if res is None and _SURNAME_SHAPE_RE.search(surname.lower()):
            # a surname the dictionary also reads as a common word ("Токаев": of "токай"),
            # which the initials after it make a surname: as written, a man's in the nominative
            res = _Name(surname, surname, "masc", _NOMINATIVE, 1)
        if res is not None:
            initials = "".join(m.group("initials").split())
            mentions.append(
                _Mention(
                    m.start(),
                    m.end(),
                    "initials",
                    f"{initials} {res.surname}",
                    res.surname,
                    res.gender,
                    initials[0],
                    res.cases,
                )
            )
            taken.add(m.start(), m.end())

    for words in loose_runs:
        body = max((k for k, (_, _, w) in enumerate(words) if _parliament_word(w)), default=-1)
        if 0 <= body < len(words) - 2:
            words = words[body + 1 :]  # "Спикер Жогорку Кенеша Нурланбек Тургунбек Уулу": after the body
        if len(words) >= 3 and _stray_surname_after(words, role_before):
            words = words[:-1]  # "О президенте Румынии Никушоре Дане Герасимова отозвалась"
        words = words[_outlet_words(text, words) :]  # "корреспонденту РИА Новости Ивану Петрову"
        for size in (5, 4, 3, 2):
            cand = words[-size:]
            if (
                len(words) < size
                or _adjective_title(cand[0][2])
                or (size > 2 and (_country_word(cand[0][2]) or _place_reading(cand[0][2])))
                # after a preposition of place, the first word is where: "в Балтиморе Джефф Джером"
                or (
                    size > 2 and _PLACE_PREPOSITION_BEFORE_RE.search(text, max(0, cand[0][0] - 4), cand[0][0])
                )
                or _in_country_name(words, len(words) - size)
                or _complement_before_name(text, cand)
                or _place_name_before_syllables(text, cand)
                or _known_complement_before_name(text, cand)
                or _spelling_in_brackets(text, cand[0][0], taken)
            ):
                continue  # "Патриарх Критский X", "президент Чада X Y": a title's adjective or a country
            if all(_loose_name_ok(w) for _, _, w in cand) or (
                size >= 3
                and all(_loose_name_ok(w) for _, _, w in cand[:-1])
                and any(_unknown_part(w) for _, _, w in cand[:-1])
                and _common_last_part(text, cand[-1][1], cand[-1][2])
            ):  # a common noun may end a long name no first-name reading explains
                role = role_before(cand[0][0], None)
                if role is None and not _foreign_name(cand, text) and not _syllable_name(cand, text):
                    continue
            elif all(_loose_part_after_role(w) for _, _, w in cand) and (
                any(not _info(w.lower()).known or _info(w.lower()).has_surn for _, _, w in cand)
                or (
                    bool(_info(cand[0][2].lower()).names)
                    and not cand[-1][2].lower().endswith(_OBLIQUE_ENDINGS)
                )
                or _undeclined_after_nominative_role(text, cand, role_before)
            ):
                # after a role, known words may be parts too: "Министр Карел Штробл", and a
                # surname the dictionary reads as a common noun after a first name it knows, if
                # not first: "министр Хорхе Пенья"
                role = role_before(cand[0][0], None)
                if role is None:
                    continue
            elif (
                size == 2
                and _place_nominative_as_first_name(cand[0][2])
                and (
                    _short_or_surname(cand[1][2])
                    or (
                        (
                            _work_before(text, cand[0][0])
                            or (
                                _only_role_and_place_before(words)
                                and role_before(cand[0][0], None) is not None
                            )
                        )
                        and _surname_ok(cand[1][2], True)
                    )
                )
            ):
                # a first name the dictionary knows as a place, after a role ("миллиардера Сидней
                # Ту", and any surname: "президент Парагвая Сантьяго Пенья") or a work ("«Туман»
                # Роберта Хейли": the author, any surname)
                role = role_before(cand[0][0], None)
                if role is None and not _work_before(text, cand[0][0]):
                    continue
            else:
                continue
            if size > 2 and role is not None and _body_before_name(text, cand):
                cand = cand[-2:]  # "Спикер Жогорку Кенеша Нурланбек Тургунбек": the body's name, then hers
            hint = (
                role.cases
                if role is not None
                else _GENITIVE
                if _work_before(text, cand[0][0]) or _according_to_before(text, cand[0][0])
                else _preposition_cases(text, cand[0][0]) or verb_governed_cases(text, cand[0][0])
            )  # (a verb's object: "обыграл Бена Шелтона", "уступила Белинде Бенчич")
            written = _parts(text, cand)
            end = cand[-1][1]
            gender = "masc"
            if _woman_as_written(text, written, cand[0][0], end, role):
                parts, cases, gender = list(written), _NOMINATIVE, "femn"
            elif _nominative_by_role(written, role):
                parts, cases = list(written), _NOMINATIVE
            elif (woman := woman_long_nominative(written, hint)) is not None:
                (parts, cases), gender = woman, "femn"  # "Дельси Элоиной Родригес Гомес"
            else:
                parts, cases = _loose_nominative(written, hint)
                first = _oblique_first_name(parts) if parts[0] == written[0] else None
                if first is not None and (cases is None or cases & first[1]):
                    # "с Лукой Ди Монтедземоло": Лука
                    parts[0], cases = first[0], first[1] if cases is None else cases & first[1]
            surname = parts[-1]
            name = " ".join(parts)
            mentions.append(_Mention(cand[0][0], end, "loose", name, surname, gender, name[0], cases, role))
            taken.add(cand[0][0], end)
            break

    if polish_text(text):  # names of Polish text in any case, in the nominative ("Donaldem Tuskiem")
        for start, end, name, gender, cases in polish_names(text):
            if not taken.overlaps(start, end) and not _photo_credit(text, start):  # "Fot. Jan Nowak"
                full = text[start:end].count(" ") > 0 or " " not in name
                mentions.append(
                    _Mention(
                        start,
                        end,
                        "loose" if full else "bare",
                        name,
                        name.split()[-1],
                        "femn" if gender == "f" else "masc",
                        name[0],
                        cases,
                    )
                )
                taken.add(start, end)

    for start, end, name in [*_latin_names(text), *_latin_cued_names(text)]:
        if not taken.overlaps(start, end) and not _photo_credit(text, start):
            # a surname alone after a title ("President Tokayev") joins the full name of the text
            kind = "single" if " " not in name else "loose"
            mentions.append(_Mention(start, end, kind, name, name.split()[-1], "masc", name[0], None))
            taken.add(start, end)

    for start, end, name, role in _latin_after_role(text, role_before):
        if not taken.overlaps(start, end):  # "рэпера Zed K", "певице Jaleesa"
            mentions.append(
                _Mention(start, end, "loose", name, name.split()[-1], "masc", name[0], None, role)
            )
            taken.add(start, end)

    surnames = {(m.surname, m.gender) for m in mentions if m.kind in ("full", "initials")}
    owners_first: dict[tuple[str, str], list[str]] = {}  # the first names of full names, "" for initials
    for m in mentions:
        if m.kind in ("full", "initials"):
            owners_first.setdefault((m.surname, m.gender), []).append(
                m.name.split()[0] if m.kind == "full" else ""
            )
    bare = _bare_candidates(text, surnames)
    first_at: dict[tuple[str, str], int] = {}
    for m in mentions:
        if m.kind in ("full", "initials"):
            first_at[(m.surname, m.gender)] = min(m.start, first_at.get((m.surname, m.gender), m.start))
    # the person named first claims a bare word two readings of one surname both fit ("X-а" read
    # as his and as hers): an order of the text, not of a set
    for surname, gender in sorted(surnames, key=lambda sg: (first_at[sg], sg)):
        for s, e, word in bare[surname]:
            if taken.overlaps(s, e):
                continue
            cases = _bare_cases(word, surname, gender)
            if cases:
                other = _address_of_other_gender(text, s, gender)
                if (
                    other is not None
                    and (surname, other) not in surnames
                    and all(
                        _surely_of_gender(first, gender) for first in owners_first.get((surname, gender), ())
                    )
                ):  # "президент и миссис Кэллоуэй": his wife, not Дэррил Кэллоуэй
                    mentions.append(_Mention(s, e, "addressed", surname, surname, other, "", cases))
                else:
                    mentions.append(_Mention(s, e, "bare", surname, surname, gender, "", cases))
                taken.add(s, e)

    list_end = -1  # the end of the last name of a list after a person noun ("дочери Мила и Кьяра")
    naming = _naming_ends(text)
    for w in _SINGLE_RE.finditer(text):
        s, e = w.span()
        word = w.group()
        try:
            silent = _SILENT_SINGLES[word]
        except KeyError:
            silent = _silent_single(word)
        if silent and list_end < 0 and s not in naming:
            continue  # the common case: nothing to read, and no list to end (route or not)
        if taken.overlaps(s, e):
            continue
        readings = _single_word(word)
        if _route_end(text, s, e):
            continue  # "газопровод Яссы — Унгены": a place at one end of a route
        adjectival = _adjectival_surname(w.group()) if readings in (None, ((None, False), None)) else None
        if (
            adjectival is not None
            and not _after_place_title(text, s)
            and _subject_of_verb(text, s, e, w.group(), adjectival)
        ):
            # "Зеленский заявил", "отметил Зеленский": a capitalized adjective no dictionary
            # knows, a verb's subject
            readings = ((adjectival, False), None)
        if readings is None:
            if s not in naming:
                list_end = -1  # no reading the rules below can take, and no noun giving a name before it
                continue
            readings = ((None, False), None)
        inside, at_start = readings
        # the sentence start is looked up only for a word it changes
        single, plural_noun = inside if at_start is None or not _sentence_initial(text, s) else at_start
        if (
            (plural_noun or single is None)
            and inside[0] is not None
            and inside[0][0] == "single"
            and _subject_of_verb(text, s, e, w.group(), inside[0])
        ):
            # "Токаев заявил", "заявил Токаев", "Жапаров примет": a word shaped like a surname
            # that is the subject of a verb is one, at a sentence's start too and whatever
            # plural common noun it may also be ("токаев")
            single, plural_noun = inside[0], False
        coordinated = _coordinated_surname(text, s, w.group(), mentions)
        if coordinated is not None:
            # "Путин и Токаев", "встреча Путина и Токаева": in the case and gender of the name
            # it is joined to
            single, plural_noun = coordinated, False
        if plural_noun:
            continue  # a common noun in the plural: "Соединенных Штатов", "Братьев"
        in_list = list_end >= 0 and _LIST_GAP_RE.fullmatch(text, list_end, s) is not None
        list_end = -1
        if single is None:
            lone = _lone_after_person_noun(text, s, w.group(), role_before, in_list)
            if lone is not None:  # "Император Тэнсохито", "сын Гайдеон", "сыновья Тибор и Эмиль"
                single = ("single", lone[0], lone[1], lone[2])
                list_end = e
        elif single[0] == "first" and (in_list or (noun := _person_noun_before(text, s)) is not None):
            list_end = e
            if not in_list and noun is not None and noun[1] != single[2]:
                single = _first_name_of_gender(w.group(), noun[0], noun[1]) or single  # "дочь Юлию"
        if single is None and (
            _lone_word(w.group()) is True or _common_noun_lemma(w.group()) is not None or s in naming
        ):
            single = _lone_name_in_context(text, s, e, w.group())
            if single is not None and single[1] is None:
                lemma = single[2]
                single = (
                    ("single", _like_written(lemma, w.group()), "masc", frozenset({"nomn"}))
                    if _written_as_name_inside(text, lemma, w.group())
                    else None
                )  # "Русалка сообщила", "сказала Русалка": written as a name inside a sentence too
        if single is None and _regnal_name_ok(w.group()) and _numeral_after(text, e, None)[0] > e:
            # a name the dictionary does not know with a regnal number: "король Эрланд V"
            single = ("single", w.group(), "masc", None)
        if single is not None and _cap_particle_before(text, s):
            single = None  # "Коллеж де Франс": the end of a longer name of a place or an institution
        elif (
            single is not None and single[0] == "first" and _CAPS_SURNAME_AFTER_RE.match(text, e) is not None
        ):
            single = None  # "Ирина ЗАЙЦЕВА, «СБ»": a byline's first name before its surname in capitals
        elif single is not None and single[0] == "single" and _place_in_any_language(w.group()):
            single = None  # "Акорда сообщила", "Пентагон заявил": a seat of power speaking, no person
        if single is not None:
            kind, name, gender, cases = single
            end, _ = _numeral_after(text, e, None)
            if end > e:
                name = f"{name} {text[e:end].strip()}"
            surname = name
            if end > e:
                after = _NAME_AFTER_NUMERAL_RE.match(text, end)
                if after is not None and _name_part_ok(after.group(1)):
                    # "Фредрик IX Аксель": the name goes on after the number
                    end, surname = after.end(), after.group(1)
                    name = f"{name} {surname}"
            mentions.append(_Mention(s, end, kind, name, surname, gender, name[0], cases))
            taken.add(s, end)

    mentions.extend(_listed_names(text, mentions, taken))
    _split_owner(text, mentions)
    for m in mentions:
        if m.kind in ("full", "loose") and (bound := bound_parts.get(m.start)) is not None:
            m.start, m.name = bound[0], f"{bound[2]} {m.name}"  # "Абдель Азиз бин Сальман"
            if m.role is not None and m.role.end > bound[0]:
                m.role = role_before(bound[0], None)  # the role before the whole name
    mentions.sort(key=lambda m: m.start)
    return [
        m
        for m in mentions
        if not _quoted(text, m.start, m.end)
        and not _organisation_part(text[m.start : m.end])
        and not (m.kind == "full" and _character_in_title(text, m))
        and not (
            (m.kind in ("single", "first") or (m.kind == "loose" and m.role is None))
            and _after_place_word(text, m.start)
        )
        and not (
            m.role is None
            and (
                (
                    m.kind in ("loose", "single", "first")
                    and "gent" not in (m.cases or _NOMINATIVE)
                    and _search_word_before(_FIRM_WORD_RE, text, m.start, 24) is not None
                )
                or _in_firm_name(text, m.start)
            )
        )
        and not (
            m.kind in ("single", "first")
            and (
                _place_locative(text, m.start, text[m.start : m.end], m.cases)
                or _adjective_before_noun(text, m.end, text[m.start : m.end])
                or _coordinated_with_adjective(text, m.start, m.end, text[m.start : m.end])
            )
        )
    ]


_OPEN_BRACKET_BEFORE_RE = re.compile(r"[ \u00a0]*\([ \u00a0]*\Z")


def _spelling_in_brackets(text: str, start: int, taken: _Taken) -> bool:
    """Whether the words at ``start`` open a bracket right after a name found (``Юрий Мушка
    (Юрій Мушка)``): that name's spelling, no one else."""
    bracket = _OPEN_BRACKET_BEFORE_RE.search(text, max(0, start - 4), start)
    return (
        bracket is not None and bracket.start() > 0 and taken.overlaps(bracket.start() - 1, bracket.start())
    )


def _place_before_name(word: str, first: str, last: str) -> bool:
    """Whether ``word``, which the dictionary reads as a place as likely as anything else (or a
    country's name), stands before ``first``, a first name it knows, and ``last`` that make a
    name of their own (``штата Юта Джон X``)."""
    info = _info(first.lower())
    if not (info.known and info.name_top) or not (_country_word(word) or _place_reading(word)):
        return False
    return _analyze_name(first, last, None) is not None


@lru_cache(maxsize=1 << 12)
def _place_reading(word: str) -> bool:
    """Whether a reading of ``word`` as a place weighs at least 0.3 and as much as any other."""
    parses = _parses(word.lower())
    place = max((p.score for p in parses if "Geox" in p.tag), default=0.0)
    other = max((p.score for p in parses if "Geox" not in p.tag), default=0.0)
    return place >= 0.3 and place >= other


def _common_word_opening(text: str, word: tuple[int, int, str]) -> bool:
    """Whether ``word`` opens a sentence and the dictionary knows it as no name or surname
    (``Сегодня``, ``Письмо``)."""
    info = _info(word[2].lower())
    return info.known and not info.names and not info.has_surn and _sentence_initial(text, word[0])


def _particle_within(text: str, words: list[tuple[int, int, str]], i: int, k: int) -> bool:
    """Whether a lowercase particle stands among the words ``i`` to ``k`` of a name, as a word of
    its own or written in the gap between two of them (``ди`` of ``Мануэл ди Оливейра``)."""
    return any(
        words[j][2].islower() or (j > i and any(c.islower() for c in text[words[j - 1][1] : words[j][0]]))
        for j in range(i, k + 1)
    )


def _surname_after_particle(word: str) -> bool:
    """Whether ``word`` may be a further surname after a particle's surname: capitalized, not in
    capitals, no role word and no place of the gazetteer."""
    if len(word) < 2 or word.isupper() or not word[:1].isupper():
        return False
    return _info(word.lower()).role is None and not _place_in_any_language(word)


def _next_name_in_other_case(
    text: str, words: list[tuple[int, int, str]], k: int, cases: frozenset[str]
) -> bool:
    """Whether ``words[k]`` and the word after it are a full name of their own read in none of
    ``cases``, those of the name before them: two names in a row (a genitive, then a dative),
    not one long name. A name does not start with a word before a particle, nor right after one."""
    if k + 1 >= len(words) or any(c.islower() for c in text[words[k][1] : words[k + 1][0]]):
        return False  # a particle after the word ("Луис Инасиу Лула да Силва"): one long name
    if k > 0 and _particle_within(text, words, k - 1, k):
        return False  # a particle before it ("Марией Мануэлой душ Сантуш Лукаш"): the surnames go on
    res = _analyze_name(words[k][2], words[k + 1][2], None)
    return res is not None and not (res.cases & cases)


def _men_named_elsewhere(text: str, mentions: list[_Mention]) -> None:
    """Read again, in place, a two-word name read as a woman's whose surname is a hard consonant
    + ``-а`` when the text also writes that surname without the ``-а`` as a word of its own and
    the first name has a man's reading in the genitive or accusative: the genitive of a man's
    name (``в поддержку Марка Хиллмана ... Хиллман заявил``), not a woman ``Марка Хиллмана``. The
    text's other mention decides; without one the reading stays as it was."""
    for m in mentions:
        if m.kind != "full":
            continue
        words = text[m.start : m.end].split()
        if len(words) != 2:
            continue
        first, surname = words
        if m.gender == "masc":
            if m.surname == surname and m.cases and "nomn" in m.cases:
                # a first name that does not decline: "Хорхе Ривеса" beside "Ривес" is his genitive
                man = _man_written_elsewhere(text, surname)
                oblique = _GENITIVE_ACCUSATIVE & {
                    c for c, g, _l, _s in _info(first.lower()).names if g != "femn"
                }
                if man is not None and oblique:
                    m.name = f"{m.name.split(' ', 1)[0]} {man}"
                    m.surname, m.cases = man, oblique
            continue
        man = _man_written_elsewhere(text, surname)
        if man is None:
            continue
        readings = [
            (score, case, lemma)
            for case, gender, lemma, score in _info(first.lower()).names
            if gender == "masc" and case in ("gent", "accs")
        ]
        if not readings:
            continue
        lemma = max(readings)[2]
        m.name = f"{_like_written(lemma, first)} {man}"
        m.surname, m.gender, m.initial = man, "masc", m.name[0]
        m.cases = frozenset(case for _, case, _ in readings)


def _man_written_elsewhere(text: str, surname: str) -> str | None:
    """The man's surname ``surname`` is the genitive or accusative of, when ``surname`` is a
    consonant + ``-а`` and ``text`` writes it without the ``-а`` as a word of its own
    (``Хиллмана`` and ``Хиллман``); else None. Slavic surnames in ``-ова``, ``-ина`` ... are left
    out: a woman's nominative, beside a man of her family (``Зотова``, ``Зотов``)."""
    if (
        len(surname) < 4
        or surname[-1] != "а"
        or surname[-2].lower() in _VOWEL_LETTERS
        or surname.lower().endswith(_SLAVIC_FEMININE)  # Зотова beside Зотов: two people
    ):
        return None
    man = surname[:-1]
    at = text.find(man)  # as a word of its own: no Cyrillic letter or hyphen on either side
    while at != -1:
        after = at + len(man)
        if (at == 0 or text[at - 1] not in _WORD_JOINING) and (
            after == len(text) or text[after] not in _WORD_JOINING
        ):
            return man
        at = text.find(man, at + 1)
    return None


_WORD_JOINING = frozenset(_CYRILLIC + "-")  # what continues a Cyrillic word on either side


_VOWEL_LETTERS = frozenset("аеёиоуыэюя")
_GENITIVE_ACCUSATIVE = frozenset({"gent", "accs"})
_SLAVIC_FEMININE = ("ова", "ева", "ёва", "ина", "ына")


# A capitalized word right after a regnal number: "Фредрик IX Аксель".
_NAME_AFTER_NUMERAL_RE = re.compile(rf"[ \u00a0]+([{_UPPER}]{_LOWER_RUN})(?![{_CYRILLIC}\-])")


def _first_name_of_gender(
    word: str, cases: frozenset[str], gender: str
) -> tuple[str, str, str, frozenset[str]] | None:
    """``word`` read as a first name of ``gender`` in one of ``cases`` (those of a kinship noun
    before it: ``дочь Юлию`` is Юлия, not Юлий), as ``_single_name`` gives a first name; None
    when the dictionary has no such reading."""
    readings = [
        (score, c, lemma) for c, g, lemma, score in _info(word.lower()).names if g == gender and c in cases
    ]
    if not readings:
        return None
    _score, case, lemma = max(readings)
    return ("first", _like_written(lemma, word), gender, frozenset({case}))


def _lone_name_in_context(text: str, s: int, e: int, word: str) -> tuple | None:
    """``word`` (at ``s:e``), which neither the dictionary nor a person noun before it makes a
    name, read as one from what stands around it: ``(kind, nominative, gender, cases)``, or
    ``("common", None, lemma)`` for a common noun before or after a verb of speech (a name when
    written so inside a sentence elsewhere: the caller checks), or None.

    * after a work (``произведение Альбениса``, ``«Туман» Хейли``): in the genitive;
    * after a noun that gives a name (``с фамилией Гудок``): as written;
    * before a verb of speech or of a life's events (``Хамдани заявил``), inside a sentence, or
      at its start when the dictionary does not know the word: as written."""
    lone_ok = _lone_word(word) is True
    if lone_ok and _work_before(text, s):
        author = _genitive_author(word)
        if author is not None:
            return ("single", author[0], author[1], _GENITIVE)
    if _naming_noun_before(text, s, word):
        return ("single", word, "masc", _NOMINATIVE)
    lemma = None if lone_ok else _common_noun_lemma(word)
    if not lone_ok and lemma is None:
        return None
    if not (_person_verb_after(text, e) or (lemma is not None and _speech_before(text, s, word))):
        return None
    if lemma is not None:
        return ("common", None, lemma)
    if not _sentence_initial(text, s) or not _info(word.lower()).known:
        return ("single", word, "masc", _NOMINATIVE)
    return None


@lru_cache(maxsize=1 << 15)
def _common_noun_lemma(word: str) -> str | None:
    """The lemma of ``word`` read as a common noun in the singular that may be a person's name
    too (``Русалка``): an animate noun the dictionary knows, read first as one, no place,
    organisation, role, kinship or address noun, first name or surname; else None."""
    low = word.lower()
    info = _info(low)
    if not info.known or info.top_pos != "NOUN" or info.role is not None or info.geox_top:
        return None
    if info.names or info.has_surn or _person_noun_readings(low) is not None:
        return None
    top = _parses(low)[0]
    if top.tag.number == "plur" or top.tag.animacy != "anim" or "Orgn" in top.tag or "Abbr" in top.tag:
        return None
    return top.normal_form


# A capitalized word (or an opening quote) right before a position: the word after it is part of a
# longer name or a title.
_CAP_OR_QUOTE_BEFORE_RE = re.compile(rf"(?:[A-Z{_UPPER}][{_LETTERS}\-]*|[«„“\"])[ \u00a0]*$")


def _written_as_name_inside(text: str, lemma: str, word: str) -> bool:
    """Whether a form of the common noun ``lemma`` (``word`` is one) is written capitalized
    inside a sentence of ``text``, alone: not after a capitalized word or an opening quote, not
    before a capitalized word (``Выступление Русалки`` in a line of its own counts as a
    sentence's start). Only the places that start like ``word`` are read."""
    stem = word[: max(3, len(word) - 3)]
    at = text.find(stem)
    while at >= 0:
        w = _SINGLE_RE.match(text, at)
        if (
            w is not None
            and _common_noun_lemma(w.group()) == lemma
            and not _sentence_initial(text, at)
            and not _NEXT_CAP_RE.match(text, w.end())
            and not _CAP_OR_QUOTE_BEFORE_RE.search(text, max(0, at - 40), at)
        ):
            return True
        at = text.find(stem, at + 1)
    return False


# A work right before its author's name in the genitive: a title in quotes or a noun of a work of
# art, music, film or writing ("произведение X-а", "картины X-а", "сюиту X-а", "мемуары X-а").
_WORK_BEFORE_RE = re.compile(
    rf"(?:[»“”\"]|(?<![{_CYRILLIC}])(?:произведени|сочинени|творени|шедевр|картин|полотн|портрет|пейзаж"
    r"|натюрморт|фреск|гравюр|рисун|эскиз|скульптур|статуэтк|фильм|кинофильм|мультфильм|сериал|роман"
    r"|книг|новелл|сказк|басн|трагеди|комеди|драм|мемуар|трактат|эссе|стих|стихотворени|поэм|повест"
    r"|рассказ|сонет|баллад|песн|романс|альбом|сингл|клип|мелоди|симфони|сюит|сонат|кантат"
    r"|оратори|реквием|увертюр|ноктюрн|прелюди|этюд|вальс|марш|опер|оперетт|мюзикл|балет|пьес"
    rf"|спектакл|постановк)[{_LOWER}]{{0,4}})[ \u00a0]+$",
    re.IGNORECASE,
)


_GENITIVE = frozenset({"gent"})


def _work_before(text: str, start: int) -> bool:
    """Whether a title in quotes or a noun of a work (``произведение``, ``картины``, ``фильме``)
    stands right before ``start``."""
    return _search_word_before(_WORK_BEFORE_RE, text, start, 18) is not None


@lru_cache(maxsize=1 << 14)
def _genitive_author(word: str) -> tuple[str, str] | None:
    """``(nominative, gender)`` of ``word`` read as a name in the genitive, a man's first, then a
    woman's (``Альбениса`` -> ``Альбенис``), when its ending fits that case regularly; else None."""
    for gender in ("masc", "femn"):
        if not _lone_case_ok(word, "gent", gender):
            continue
        nominative, fit = _lone_nominative(word, "gent", gender)
        if fit >= 1.0 and nominative != word:
            return nominative, gender
    return None


# A capitalized word and a particle right before a word: "Коллеж де Франс", "Вилла де Фонте".
_CAP_PARTICLE_BEFORE_RE = re.compile(
    rf"(?<![{_CYRILLIC}\-])[{_UPPER}]{_LOWER_RUN}[ \u00a0]+(?:де|ду|дю|да|дель|ла|ле)[ \u00a0]+$"
)
_CAP_PARTICLES = ("де", "ду", "дю", "да", "дель", "ла", "ле")


def _cap_particle_before(text: str, s: int) -> bool:
    """Whether ``_CAP_PARTICLE_BEFORE_RE`` matches right before ``s`` (within 40 characters): tried
    only when the text before ``s``, spaces (and a line's end) aside, ends with one of its
    particles, which is rare."""
    low = max(0, s - 40)
    if not text[low:s].rstrip(" \u00a0\n").endswith(_CAP_PARTICLES):
        return False
    return _CAP_PARTICLE_BEFORE_RE.search(text, low, s) is not None


# A noun that gives the name, surname or nickname written after it: "с фамилией Гудок", "по имени
# Сандра", "по прозвищу Вишня", "под псевдонимом Гроза".
_NAMING_NOUN_RE = re.compile(
    r"(?:[Фф]амили(?:[яеийю]|ей)|[Пп]о[ \u00a0]+имени|[Пп]од[ \u00a0]+именем|[Пп]розвищ(?:[уеамо]|ем)"
    r"|[Пп]севдоним(?:ом|у|а)?|[Кк]личк[аеуой]|ником)[ \u00a0]+"
)


# A part of each noun of _NAMING_NOUN_RE and how many letters come before it in the noun (and its
# "по"/"под", whose spaces are counted apart): a match holds one, so it is read only where
# ``str.find``, far quicker than the pattern over a whole text, finds one.
_NAMING_STEMS = (
    ("амили", 1),
    ("имени", 2),
    ("именем", 3),
    ("розвищ", 1),
    ("севдоним", 1),
    ("личк", 1),
    ("ником", 0),
)


@lru_cache(maxsize=8)
def _naming_ends(text: str) -> frozenset[int]:
    """Where the words after the nouns that give a name (``_NAMING_NOUN_RE``) start in ``text``:
    the pattern tried where a match would start, before each part of such a noun in the text."""
    ends: set[int] = set()
    for stem, before in _NAMING_STEMS:
        at = text.find(stem)
        while at != -1:
            start = at
            if stem.startswith("имен"):  # "по имени", "под именем": the spaces before the noun
                while start > 0 and text[start - 1] in " \u00a0":
                    start -= 1
            start -= before
            if (
                start >= 0
                and (start == 0 or not text[start - 1].isalpha())
                and (m := _NAMING_NOUN_RE.match(text, start)) is not None
            ):
                ends.add(m.end())
            at = text.find(stem, at + 1)
    return frozenset(ends)


def _naming_noun_before(text: str, start: int, word: str) -> bool:
    """Whether a noun that gives a name (``фамилией``, ``по имени``, ``по прозвищу``,
    ``псевдонимом``) stands right before ``word`` at ``start``, and ``word`` may be a name so
    given: no place, role word or all-caps word, and no capitalized word after it (a longer
    name is read by the name grammar)."""
    if start not in _naming_ends(text):
        return False
    info = _info(word.lower())
    return (
        not word.isupper()
        and info.role is None
        and not info.geox_top
        and not _NEXT_CAP_RE.match(text, start + len(word))
    )


# Nouns of address that stand in apposition to a surname and say its bearer's gender.
_ADDRESS_NOUNS = {
    "femn": frozenset({"миссис", "мадам", "госпожа", "фрау", "леди", "сеньора", "синьора", "пани", "мисс"}),
    "masc": frozenset({"мистер", "месье", "господин", "герр", "сэр", "сеньор", "синьор", "пан"}),
}
_ADDRESS_BEFORE_RE = re.compile(rf"(?<![{_CYRILLIC}])([{_CYRILLIC}]+)[ \u00a0]+$")


def _surely_of_gender(first: str, gender: str) -> bool:
    """Whether the first name ``first`` is read as of ``gender`` only, and declines (so that the
    dictionary does not just guess its gender, as for ``Кэрри``); False for "" (initials)."""
    names = _info(first.lower()).names if first else ()
    genders = {g for _c, g, _l, _s in names}
    return genders == {gender} and len({c for c, _g, _l, _s in names}) < len(_CASES)


def _address_of_other_gender(text: str, start: int, gender: str) -> str | None:
    """The gender said by a noun of address right before ``start`` (``миссис``, ``господин``)
    when it is not ``gender``, that of the full name the surname at ``start`` repeats
    (``президент и миссис Кэллоуэй`` after ``Дэррил Кэллоуэй``: his wife); else None."""
    m = _search_word_before(_ADDRESS_BEFORE_RE, text, start, 12)
    if m is None:
        return None
    noun = m.group(1).lower()
    for other, nouns in _ADDRESS_NOUNS.items():
        if other != gender and noun in nouns:
            return other
    return None


# People's mentions a word listed among names may stand beside (not surnames joined later).
_LISTED_KINDS = frozenset({"full", "initials", "loose", "single", "first"})


def _listed_names(text: str, mentions: list[_Mention], taken: _Taken) -> list[_Mention]:
    """One-word names listed among other people's names (and, in a list in the nominative,
    two-word names ``_listed_pair_ok`` accepts, as written): a capitalized word that
    ``_lone_name_ok`` accepts, not followed by another capitalized word, in a list (a comma or
    ``и`` between items) with at least two names found (``Марко Бьянки, Жоселино и Андреса Кальво``,
    ``Наталья, Бьянкина и Ксения``). Put in the nominative in the case of the listed names,
    declined like a man's or a woman's name, whichever fits its ending (``Жоэлсона`` -> ``Жоэлсон``);
    as written when they give no case or may be in the nominative. Marks the words taken."""
    listed = [m for m in mentions if m.kind in _LISTED_KINDS]
    if len(listed) < 2:
        return []
    by_start = {m.start: m for m in listed}
    seen: set[int] = set()
    found: list[_Mention] = []
    for first in sorted(listed, key=lambda m: m.start):
        if first.start in seen:
            continue
        people = [first]
        words: list[tuple[int, int, str]] = []
        pairs: list[re.Match[str]] = []
        pos = first.end
        while True:
            gap = _LIST_GAP_RE.match(text, pos)
            if gap is None:
                break
            nxt = by_start.get(gap.end())
            if nxt is not None:
                seen.add(nxt.start)
                people.append(nxt)
                pos = nxt.end
                continue
            w = _SINGLE_RE.match(text, gap.end())
            if w is None or taken.overlaps(w.start(), w.end()):
                break
            if _NEXT_CAP_RE.match(text, w.end()):
                pair = _LIST_PAIR_RE.match(text, gap.end())
                if pair is None or taken.overlaps(pair.start(), pair.end()) or not _listed_pair_ok(pair):
                    break  # a longer run of capitalized words: a title, a firm
                pairs.append(pair)  # "Кара Делевинь": a first name the dictionary reads as a noun
                pos = pair.end()
                continue
            if _lone_word(w.group()) is not True:
                break
            words.append((w.start(), w.end(), w.group()))
            pos = w.end()
        if len(people) >= 2:
            words = _listed_before(text, first.start, taken) + words
        if len(people) < 2 or not (words or pairs):
            continue
        cases = frozenset().union(*(m.cases for m in people if m.cases is not None))
        if "nomn" in cases:
            cases = frozenset()  # a list that may be in the nominative: the words as written
        if not cases:
            for pair in pairs:  # in a list in the nominative only: as written
                name = f"{pair.group(1)} {pair.group(2)}"
                found.append(
                    _Mention(pair.start(), pair.end(), "loose", name, pair.group(2), "masc", name[0], None)
                )
                taken.add(pair.start(), pair.end())
        for s, e, word in words:
            name, read = word, None
            best = 0.0
            for gender in ("masc", "femn"):
                for case in sorted(cases):
                    if not _lone_case_ok(word, case, gender):
                        continue
                    nominative, fit = _lone_nominative(word, case, gender)
                    if fit > best and nominative != word:
                        best, name, read = fit, nominative, frozenset({case})
            if best < 1.0:
                name, read = word, None
            found.append(_Mention(s, e, "single", name, name, "masc", name[0], read))
            taken.add(s, e)
    return found


# Two capitalized words, the second maybe hyphenated.
_LIST_PAIR_RE = re.compile(
    rf"([{_UPPER}][{_LOWER}]{_LOWER_RUN})[ \u00a0]+([{_UPPER}][{_LOWER}]{_LOWER_RUN}(?:-[{_UPPER}]{_LOWER_RUN})?)(?![{_LETTERS}\-])"
)


def _listed_pair_ok(pair: re.Match[str]) -> bool:
    """May two capitalized words listed among names be a name no first-name reading explains
    (``Кара Делевинь``, ``Мира Сорвино``)? The first a noun or a word the dictionary does not
    know, the second a word it does not know or reads as a surname; neither a place, a role
    word, an adjective or all caps, nor a word of an organisation's name."""
    if _NEXT_CAP_RE.match(pair.string, pair.end()):
        return False  # a longer run of capitalized words
    first, second = _info(pair.group(1).lower()), _info(pair.group(2).lower())
    if any(i.role is not None or i.geox_top for i in (first, second)):
        return False
    if first.top_pos not in ("NOUN", "UNKN") or (second.known and not second.has_surn):
        return False
    return not _organisation_part(pair.group(0))


_LIST_WORD_BEFORE_RE = re.compile(rf"(?<![{_LETTERS}\-.])[{_UPPER}][{_LOWER}]{_LOWER_RUN}(?![{_LETTERS}\-])")


def _listed_before(text: str, pos: int, taken: _Taken) -> list[tuple[int, int, str]]:
    """The one-word names a list opens with before the name at ``pos`` (``X, Иван Петров и
    Пётр Сидоров``): capitalized words that ``_lone_name_ok`` accepts, each followed by a list
    gap (``_LIST_GAP_RE``), in the order written."""
    found: list[tuple[int, int, str]] = []
    while True:
        last = None
        for w in _LIST_WORD_BEFORE_RE.finditer(text, max(0, pos - 40), pos):
            last = w
        if (
            last is None
            or _LIST_GAP_RE.fullmatch(text, last.end(), pos) is None
            or taken.overlaps(last.start(), last.end())
            or _lone_word(last.group()) is not True
            or _CAP_OR_QUOTE_BEFORE_RE.search(text, max(0, last.start() - 40), last.start())
        ):
            return found
        found.insert(0, (last.start(), last.end(), last.group()))
        pos = last.start()


_CAPITALIZED_BEFORE_RE = re.compile(rf"([{_UPPER}][{_LETTERS}.-]*)[ \u00a0]+\Z")


def _outlet_words(text: str, words: list[tuple[int, int, str]]) -> int:
    """How many words a run of capitalized words opens with that end an outlet's name
    (``OUTLET_NAMES``), alone or with the word before the run (``корреспонденту РИА Новости Ивану
    Петрову``, ``корреспондент Россия Сегодня Игорь Сидоров``): the name starts after them; 0
    when the run opens with none."""
    before = _CAPITALIZED_BEFORE_RE.search(text, max(0, words[0][0] - 24), words[0][0])
    for n in range(min(3, len(words) - 2), 0, -1):
        tail = text[words[0][0] : words[n - 1][1]].casefold()
        if tail in OUTLET_NAMES or (
            before is not None and f"{before.group(1)} {tail}".casefold() in OUTLET_NAMES
        ):
            return n
    return 0


def _stray_surname_after(cand: list[tuple[int, int, str]], role_before: _RolesBefore) -> bool:
    """Whether the last word of a run of capitalized words after a role is a surname of the
    dictionary in no case the role's head has: the subject of the clause after a foreign name,
    another person (``О президенте Румынии Никушоре
    Дане Герасимова отозвалась``: Никушор Дан, then Герасимова)."""
    last = _info(cand[-1][2].lower())
    if not last.surns:
        return False
    role = role_before(cand[0][0], None)
    if role is None or not role.cases or role.cases & _NOMINATIVE:
        return False
    return not any(_case(p.tag) in role.cases for p in last.surns)


def _split_owner(text: str, mentions: list[_Mention]) -> None:
    """A name of two or more words whose first word is a form of another person's surname or
    lone name found in the text (``сын Тэнсохито Кадзухито`` with ``Император Тэнсохито`` before,
    ``вдова Нгвеньи Марта Зулани``: a declined form of a surname, or a lone name as written after
    a kinship noun), and no first name itself (``Мартин Грегори Уоллес`` beside ``Стив
    Мартин``), names that person's kin: the first word is cut off, the rest is the mention, read
    anew. Changes ``mentions`` in place."""
    lone = {m.name for m in mentions if m.kind == "single" and " " not in m.name}
    # (a loose name's last word and a surname alone are owners too: "Никол Пашинян ... Пашиняну
    # Лебедев передал", "Токаев ... Токаеву Мирзиёев вручил": the declined form is that person's)
    owners = {m.surname for m in mentions if m.kind in ("full", "initials", "bare", "loose")} | {
        w for w in lone if _SURNAME_SHAPE_RE.search(w.lower())
    }
    if not owners and not lone:
        return
    by_start: dict[str, list[str]] = {}  # owners by their first three letters: a form shares them
    for o in owners:
        by_start.setdefault(o[:3].replace("ё", "е"), []).append(o)
    for m in mentions:
        if m.kind not in ("full", "loose"):
            continue
        first = _NAME_WORD_RE.match(text, m.start)
        if first is None or first.end() >= m.end:
            continue
        w0 = first.group()
        w0_info = _info(w0.lower())
        if w0_info.names and w0_info.known:
            continue  # a first name the dictionary knows ("Мартин"), not a form guessed by its ending
        declined = any(
            o != m.surname and o != w0 and _variant_words(w0, o)
            for o in by_start.get(w0[:3].replace("ё", "е"), ())
        )
        if not declined and w0 not in lone:
            continue
        words = [(w.start(), w.end(), w.group()) for w in _NAME_WORD_RE.finditer(text, m.start, m.end)]
        if len(words) < 2 or not (
            declined
            or (
                words[0][2] in lone
                and _person_noun_before(text, m.start) is not None
                # "супругу Севиль Гусейнову"
                and not any(_variant_words(words[-1][2], o) for o in owners if o != m.surname)
            )
        ):
            continue
        rest = words[1:]
        if any(_info(w.lower()).patr for _, _, w in rest) or (
            len(rest) == 1 and not _short_or_surname(rest[0][2]) and _info(rest[0][2].lower()).known
        ):
            continue  # a surname written first ("Громовой Татьяне Васильевне"), a common word
        res = (
            _analyze_name(rest[0][2], rest[1][2], rest[2][2] if len(rest) > 2 else None)
            if len(rest) > 1
            else None
        )
        m.start = rest[0][0]
        if res is not None:
            m.kind, m.name, m.surname, m.gender, m.cases = (
                "full",
                res.name,
                res.surname,
                res.gender,
                res.cases,
            )
        else:
            m.kind = "single" if len(rest) == 1 else "loose"
            m.name = " ".join(w for _, _, w in rest)
            m.surname, m.gender, m.cases = rest[-1][2], "masc", None
        m.initial = m.name[0]


_OPEN_QUOTE_RE = re.compile(r"[«„“\"][ \u00a0]*$")
# an opening quotation mark and a title of rank or honour before a name: the name of a ship, a
# plane or a building ("«Адмирал Макаров»", "«Академик Ломоносов»", "«Князь Пожарский»")
_OPEN_QUOTE_TITLE_RE = re.compile(
    r"[«„“\"][ \u00a0]*(?:Адмирал|Маршал|Генерал|Академик|Князь|Княгиня|Святой|Святая|Святитель|Капитан"
    r"|Император|Императрица|Царь|Царица|Профессор|Герой|Admiral|Marshal|General|Academician|Prince)[ \u00a0]+$"
)
_CLOSE_QUOTE_RE = re.compile(r"[ \u00a0]*[»“”\"]")
# A word that names a kind of settlement, region, hospital, era, clan or disease, right before a
# one-word name or a name no role goes with: "штат Вирджиния", "в городе Элизабет", "в больницу
# Санта Кьяра", "эпохи Тюдоров", "клана Дельвеккио", "болезни Крейцфельдта" (named after a person, not
# a mention of one). Streets, parks and airports are left out: they are often named after a person.
_PLACE_WORD_RE = re.compile(
    rf"(?<![{_CYRILLIC}])(?:город|штат|провинци|префектур|уезд|деревн|сел|посёлк|поселк|станиц|остров|округ|район|област"
    rf"|больниц|клиник|госпитал|эпох|династи|клан|болезн|синдром)[{_LOWER}]{{0,3}}[ \u00a0]+$",
    re.IGNORECASE,
)


@cache
def _place_forms() -> frozenset[str]:
    """The normalized forms of the gazetteer's regions, cities and capitals."""
    return frozenset(g.form for g in gazetteer_forms() if g.form_kind in ("region", "city", "capital"))


def _gazetteer_place(word: str) -> bool:
    """Whether ``word`` is a form of a region, city or capital of the gazetteer (``Ляонин``)."""
    return normalize_form(word) in _place_forms()


_STATE_WORD_BEFORE_RE = re.compile(r"(?<![а-яё])штат[а-я]{0,3}[ \u00a0]+\Z", re.I)


def _place_name_before_syllables(text: str, cand: list[tuple[int, int, str]]) -> bool:
    """Whether the first of three capitalized words ``cand`` is the name of the place a word of
    settlement or region right before it names, the other two an East-Asian name of two
    syllables (``губернатор провинции Хэнань Ван Кай``, ``провинции Цзянсу Сюй Кунь``): syllables
    of two or three letters, or of four or five no dictionary word has (``_head_syllable``), or a
    given name no dictionary knows before a surname (``губернатор префектуры Тоттори Синдзи
    Хираи``). A place word before a person's name of three words is no such case (``сенатора
    штата Эйлин Роуз Марлоу``: first names the dictionary knows)."""
    return (
        len(cand) == 3
        and _after_place_word(text, cand[0][0])
        and (
            all(_head_syllable(w) for _, _, w in cand[1:])
            or (
                not _info(cand[1][2].lower()).known
                and not _info(cand[0][2].lower()).names
                # ("сенатор штата", "губернатор штата": a state's post, its name often unsaid)
                and _STATE_WORD_BEFORE_RE.search(text, max(0, cand[0][0] - 12), cand[0][0]) is None
            )
            # a region's or city's name of the gazetteer: "губернатор провинции Ляонин Ван
            # Синьвэй", "губернатора провинции Шаньдун Чжоу Найсяна"
            or _gazetteer_place(cand[0][2])
        )
    )


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands alone between quotation marks, or after a title of rank
    or honour there: the name of a band, a club, a paper, a work or a ship (``«Заря»``, ``«Анна
    Каренина»``, ``«Адмирал Макаров»``, ``«Маршал Устинов»``), not a person."""
    return _CLOSE_QUOTE_RE.match(text, end) is not None and (
        _OPEN_QUOTE_RE.search(text, max(0, start - 3), start) is not None
        or _OPEN_QUOTE_TITLE_RE.search(text, max(0, start - 40), start) is not None
    )


def _character_in_title(text: str, m: _Mention) -> bool:
    """Whether ``m``, a first name with a patronymic and no surname, stands inside a title in
    guillemets (``«Последний день Петра Савельевича»``): a character of a work, not a person named."""
    if not _info(m.surname.lower()).patr or _info(m.surname.lower()).has_surn:
        return False
    before = text.rfind("«", max(0, m.start - 60), m.start)
    if before < 0 or "»" in text[before : m.start] or "\n" in text[before : m.start]:
        return False
    after = text.find("»", m.end, m.end + 60)
    return after >= 0 and "«" not in text[m.end : after] and "\n" not in text[m.end : after]


# A word that names a kind of firm, in the nominative ("Компания Дженерал Моторс", "корпорация
# Самсунг Электроникс"): a name right after it read in no genitive is the firm's (a person there is
# in the genitive: "компания Илона Маска"; after "компании" the name is a role's: "глава компании
# Андрей Костин"), and so is any name going on a run of capitalized words it opens.
_FIRM_WORD_RE = re.compile(
    rf"(?<![{_CYRILLIC}])(?:компания|корпорация|концерн|автоконцерн|автопроизводитель|производитель|фирма"
    rf"|холдинг|авиакомпания|ритейлер|автогигант|техногигант)[ \u00a0]+$",
    re.IGNORECASE,
)


def _in_firm_name(text: str, start: int) -> bool:
    """Whether the name at ``start`` goes on a run of capitalized words that a word naming a kind
    of firm opens (``Компания Мицубиси Хэви Индастриз``): the firm's name, not a person's."""
    pos = start
    for _ in range(3):
        word = _CAPITALIZED_WORD_BEFORE_RE.search(text, max(0, pos - 40), pos)
        if word is None:
            return False
        pos = word.start()
        if _search_word_before(_FIRM_WORD_RE, text, pos, 24) is not None:
            return True
    return False


# A capitalized word right before a position, a space after it.
_CAPITALIZED_WORD_BEFORE_RE = re.compile(rf"(?<![\w-])[{_UPPER}][\w-]*[ \u00a0]+\Z")


def _after_place_word(text: str, start: int) -> bool:
    """Whether a word naming a kind of settlement or region stands right before ``start``
    (``штат Вирджиния``, ``в городе Элизабет``): the name is the place's."""
    return _search_word_before(_PLACE_WORD_RE, text, start, 16) is not None


def _variant_words(a: str, b: str) -> bool:
    """Whether two words are forms of one name part: one is the other's stem and lowercase
    letters (``Ситару``, ``Ситар``; ``Хиллмана``, ``Хиллман``; ``Каи``, ``Кая``), "ё" and "е" alike."""
    a, b = a.replace("ё", "е").replace("Ё", "Е"), b.replace("ё", "е").replace("Ё", "Е")
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    # a word of three letters keeps two ("Каи", "Кая": Кая Каллас's genitive)
    stem = short[:2] if len(short) == 3 else _surname_stem(short)
    return len(long) - len(short) <= 2 and long.startswith(stem) and long[len(stem) :].islower()


def _fleeting_nominative(key: str, keys: frozenset[str], group: list[_Mention], text: str) -> bool:
    """Whether ``key`` is a surname's nominative with a fleeting vowel (``Иванец``, ``Сурок``) that
    the text writes as it is, and another of ``keys`` is the form read from its oblique cases
    without the vowel (``Иванц`` from ``Иванца``)."""
    head, _, last = key.rpartition(" ")
    if len(last) < 4 or last[-2] not in "еёо" or last[-1] not in _FLEETING_LAST:
        return False
    if f"{head} {last[:-2]}{last[-1]}".strip() not in keys:
        return False
    return any(text[m.start : m.end].replace("\u00a0", " ") == key for m in group)


# the last consonant of a surname whose vowel before it drops in the other cases (Иванец - Иванца,
# Сурок - Сурка)
_FLEETING_LAST = frozenset("цкн")


def _stated_nominative(key: str, group: list[_Mention], text: str) -> bool:
    """Whether a mention of ``group`` writes ``key`` as it is, read in the nominative by the role
    noun in the nominative right before it (``Президент Бразилии Лула да Силва``, not ``Лул да
    Силв`` read off ``Лула да Силва подтвердил`` as a genitive)."""
    return any(
        m.cases == _NOMINATIVE
        and m.role is not None
        and "nomn" in m.role.cases
        and text[m.start : m.end].replace("\u00a0", " ") == key
        for m in group
    )


def _written_nominative(key: str, group: list[_Mention], text: str) -> bool:
    """Whether a full mention of ``group`` writes ``key`` as it is, read in the nominative."""
    return any(
        m.kind == "full"
        and m.cases is not None
        and "nomn" in m.cases
        and text[m.start : m.end].replace("\u00a0", " ") == key
        for m in group
    )


def _merge_variants(groups: dict[str, list[_Mention]], text: str) -> None:
    """Merge the groups of names that are case forms of one another word by word (``Бранко
    Ситару``, ``Бранко Ситар``: a name no first-name reading explained, left as written) into the
    group of a form the text writes as it is (the nominative stated: ``Андрей Иванец`` and ``По
    словам Андрея Иванца``, read ``Андрей Иванц``, are Иванец; a name read in the nominative as
    written, ``Лула да Силва``), else of the shortest form, in place."""
    by_shape: dict[tuple[int, str], list[str]] = {}
    for key in groups:
        words = key.split()
        if len(words) > 1:
            by_shape.setdefault((len(words), words[0][:2].replace("ё", "е")), []).append(key)
    for keys in by_shape.values():
        if len(keys) < 2:
            continue
        shape = frozenset(keys)
        keys.sort(
            key=lambda k: (
                not _fleeting_nominative(k, shape, groups[k], text),
                not _stated_nominative(k, groups[k], text),
                # a form written as it is in the nominative beats one read off an oblique form
                # ("Сатыбалды Ергалиев", not "Сатыбалда" of "Сатыбалды Ергалиева")
                not _written_nominative(k, groups[k], text),
                # "Каи Каллас" beside "Кая Каллас": a three-letter first name's oblique ending last
                len(k.split()[0]) == 3 and k.split()[0][-1:] in "иыеую",
                len(k),
                groups[k][0].start,
            )
        )
        for i, short in enumerate(keys):
            if short not in groups:
                continue
            for other in keys[i + 1 :]:
                if other in groups and all(
                    _variant_words(x, y) for x, y in zip(short.split(), other.split(), strict=True)
                ):
                    groups[short].extend(groups.pop(other))


_ONE_WORD_KINDS = frozenset({"single", "bare", "first"})


_PATRONYMIC_END_RE = re.compile(r"(?:[ое]вич|[ое]вна|ична|инична|ьич|ьинична)$")


def _merge_first_and_patronymic(groups: dict[str, list[_Mention]]) -> None:
    """Merge the group of a first name and patronymic written without a surname (``подчеркнул
    Александр Григорьевич``, the way the press names a person it named in full before) into the
    group of the one other name of the text with that first name and a surname (``Александр
    Лукашенко``), in place; with two or none such names, it stays a person of its own."""
    for key in list(groups):
        words = key.split()
        if len(words) != 2 or not _PATRONYMIC_END_RE.search(words[1]) or not _info(words[1].lower()).patr:
            continue
        owners = [
            other
            for other in groups
            if other != key
            and len(other.split()) >= 2
            and other.split()[0] == words[0]
            and not _PATRONYMIC_END_RE.search(other.split()[-1])
        ]
        if len(owners) == 1:
            groups[owners[0]].extend(groups.pop(key))


# Particles that link the parts of an Arabic or Turkic name: the name may be cut after them
_NAME_LINK_PARTICLES = frozenset({"бен", "бин", "ибн", "бинт", "оглы", "кызы"})


def _merge_parts_of_long_names(groups: dict[str, list[_Mention]]) -> None:
    """Merge the group of a word written alone that is a word of exactly one name of three
    words or more of the text into that name's group, in place: the short form of a long name
    (``Мадуро`` after ``Николас Мадуро Морос``, the first of two surnames; ``Лула`` after ``Луис
    Инасиу Лула да Силва``). A word two long names share says nothing (``Ким`` of ``Ким Чен Ын``
    and ``Ким Чен Ир``); a name of two words stays a person of its own (``Аль Тани`` is the
    surname of a family)."""
    long_names = {k: k.replace("ё", "е").split() for k in groups if k.count(" ") >= 2}
    for key in list(groups):
        if " " in key or any(m.kind not in _ONE_WORD_KINDS for m in groups[key]):
            continue
        word = key.replace("ё", "е")
        owners = [long for long, words in long_names.items() if word in words]
        if len(owners) == 1:
            groups[owners[0]].extend(groups.pop(key))
    # a long name with a particle cut short at its end, the words in order: "Абдалла бен Заид"
    # after "Абдалла бен Заид Аль Нахайян", "Тамим бен Хамад" after "Тамим бен Хамад Аль Тани"
    for key in [k for k in groups if k in long_names]:
        words = long_names[key]
        if not any(w in _NAME_LINK_PARTICLES for w in words[1:-1]):
            continue
        owners = [
            long
            for long, long_words in long_names.items()
            if long != key
            and long in groups
            and len(long_words) > len(words)
            and long_words[: len(words)] == words
        ]
        if len(owners) == 1:
            groups[owners[0]].extend(groups.pop(key))


def _named_after_relative(text: str, m: _Mention, role_before: _RolesBefore) -> int | None:
    """The start of the role phrase in the genitive before ``m`` when that phrase follows a person
    noun (no role itself) and the name is that noun's or may be: its letters are no regular genitive of a name written
    otherwise in the nominative (``Супруга президента Франции Брижит Макрон``, ``Сын президента
    США Хантер Байден``, ``Сестра лидера КНДР Ким Ё Чжон``; but ``Вдова президента Чили Сальвадора
    Альенде`` is the president). Then that role is not the name's; which person the text means
    is not said or is the noun's. None otherwise."""
    role = m.role or role_before(m.start, None)
    if role is None or role.end > m.start or not relative_before_role(text, role):
        return None
    written = " ".join(text[m.start : m.end].split())
    if m.name != written:
        return None  # read as declined: "дочери миллиардера Лашкми Миттала"
    if written.count(" ") == 1:
        genitive = _analyze_name(*written.split(" "), None, _GENITIVE)
        if genitive is not None and genitive.name != written:
            return None
    return role.start


def _case_from_role(text: str, m: _Mention, role_before: _RolesBefore) -> None:
    """A name read in a case the role noun right before it does not agree with is read again in
    the role's case (``тренеру Алену Фабро`` -> ``Алён Фабро``). A name whose first part declines in no way (``Итиро``, ``Наото``) has its case, and so its
    surname's nominative, set by the role noun right before it when the case read off the
    surname alone disagrees with the role's: ``председателем партии Итиро Кодамой`` ->
    ``Итиро Кодама``. Changes ``m`` in place."""
    parts = m.name.split()
    written = text[m.start : m.end].split()
    if (
        m.cases is not None
        and "nomn" not in m.cases
        and len(written) in (2, 3)
        and _foreign_name_as_written(written)
        and _subject_verb_after(text, m.end)
        and role_before(m.start, m.cases) is None
        and (role := role_before(m.start, None)) is not None
        and role.cases == _NOMINATIVE
    ):
        # a role noun in the nominative alone right before a foreign name read only in an oblique
        # case, the subject of the verb after it ("Президент Бразилии Лула да Силва заявил",
        # "Министр ... Мауру Виейра прибыл"): the name is its apposition, in the nominative as
        # written (not "Лул да Силв", "Маур"); not the complement of a noun before it ("экс-директор
        # ФБР из администрации Билла Клинтона Луис Фри")
        m.name = " ".join(written)
        m.surname, m.cases, m.role = written[-1], _NOMINATIVE, role
        return
    if _first_in_role_case(m, written, role_before):
        return
    if len(parts) == 3 and len(written) == 3 and m.cases is not None:
        if not _role_of_undeclined(text, m, written, role_before):
            _three_parts_in_role_case(m, written, role_before)
        return
    if len(parts) != 2 or len(written) not in (2, 3) or m.cases is None:
        return
    if role_before(m.start, m.cases) is not None:
        return
    role = role_before(m.start, None)
    if role is None:
        return
    if len(written) == 2 and len({c for c, _g, _l, _s in _info(written[0].lower()).names}) == len(_CASES):
        # a first name that does not decline and a role nearer the name, the complement of the
        # first (``пресс-секретарю экс-президента X Y-а``), in an oblique case the surname's
        # ending reads regularly
        for case in _CASES[1:]:
            if case in m.cases:
                continue
            nominative, fit = _surname_nominative(written[1], case, m.gender)
            if (
                fit == 1.0
                and nominative != written[1]
                and role_before(m.start, frozenset({case})) is not None
            ):
                m.name, m.surname, m.cases = f"{parts[0]} {nominative}", nominative, frozenset({case})
                return
    first_names = _info(written[0].lower()).names
    if (
        len(written) == 2
        and m.cases == _NOMINATIVE
        and "nomn" not in role.cases
        and written[0][-1:].lower() in _CONSONANT_LETTERS
        and (
            not first_names
            or (
                # a man's name the dictionary knows: only before a foreign surname in a consonant
                # and not as the subject of a verb after it ("... Минтимера Шаймиева Тимур Шаймиев
                # занял": a man in the nominative, the role another's)
                all(g == "masc" for _c, g, _l, _s in first_names)
                and _SURNAME_SHAPE_RE.search(written[1].lower()) is None
                and not _subject_verb_after(text, m.end)
            )
        )
        and (written[1][-1:].lower() in _CONSONANT_LETTERS or written[1].endswith("ь"))
    ):
        # a name in two consonants that the dictionary does not know, or knows as a man's only,
        # undeclined after a role in an oblique case: a woman's (a man's would decline: "с министром
        # Ясмином Фуадом", "с министром Ясином Фалем"), in the role's case ("с министром ... Ясмин
        # Фуад", "с министром ... Ясин Фаль")
        m.name, m.surname, m.gender, m.cases, m.role = " ".join(written), written[1], "femn", role.cases, role
        return
    # a first name read in another case or gender: "тренеру Алену Фабро" (Алён, not Алёна),
    # "Пресс-секретарь группы Александра Гринёва" (Александра, not Александр)
    res = _analyze_name(written[0], written[1], written[2] if len(written) == 3 else None, role.cases)
    if (
        res is not None
        and res.gender == "femn"
        and m.gender == "masc"
        and len(written) == 2
        and _man_written_elsewhere(text, written[1]) is not None
    ):
        return  # "Адвокаты Марка Хиллмана" with "Хиллман" elsewhere: his lawyers, not a woman lawyer
    if (
        res is not None
        and res.n_words == len(written)
        and res.cases & role.cases
        # after a person noun, the role read in the name's case: not when the name is that
        # noun's apposition ("дочь президента Иванку")
        and (not _after_person_noun(text, role.start) or role_before(m.start, res.cases & role.cases))
    ):
        m.name, m.surname, m.gender, m.cases, m.role = (
            res.name,
            res.surname,
            res.gender,
            res.cases & role.cases,
            role,
        )
        return
    if len(written) != 2:
        return
    if _mans_genitive_before_undeclined(m, written, role):
        return
    if _role_of_undeclined(text, m, written, role_before):
        return
    first = _info(written[0].lower())
    if not first.known and _foreign_man_in_role_case(m, written, role):
        return
    if written[0][-1:].lower() in "уоеиэю" and not any(c in role.cases for c, _g, _l, _s in first.names):
        # a foreign first name that never declines ("главой МИД Португалии Паулу Ранжелом": not the
        # dative of a woman Паула) before a surname in the role's case: the surname declines back
        for case in _CASES[1:]:
            if case not in role.cases or case in m.cases:
                continue
            nominative, fit = _surname_nominative(written[1], case, "masc")
            if fit == 1.0 and nominative != written[1]:
                m.name, m.surname, m.gender, m.cases, m.role = (
                    f"{written[0]} {nominative}",
                    nominative,
                    "masc",
                    frozenset({case}),
                    role,
                )
                return
    if len({c for c, _g, _l, _s in first.names}) < len(_CASES):
        return  # the first name's own ending says the case
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


def _foreign_name_as_written(written: list[str]) -> bool:
    """Whether the words of a name may stand in the nominative as written as a foreign name: a
    first name the dictionary does not know or reads as a name only in oblique cases, ending in
    ``-а``, ``-о``, ``-у``, ``-э``, ``-е``, ``-ю`` (``Лула``, ``Мауру``, ``Паулу``), and a last word that is no Russian surname's oblique
    form (``-ова``/``-ина`` of a man, ``-ым``, ``-ому``...)."""
    first = written[0].lower()
    if first[-1:] not in "аоуэею" or any(case == "nomn" for case, _g, _l, _s in _info(first).names):
        return False  # (-ы, -и, -я: a Russian name's genitive, "Анны")
    return _SINGLE_SHAPE_RE.search(written[-1].lower()) is None and not written[-1].lower().endswith(
        ("ым", "им", "ом", "ому", "ему", "ой")
    )


def _mans_genitive_before_undeclined(m: _Mention, written: list[str], role: _Role) -> bool:
    """Read again a first name in ``-а`` that the dictionary knows only as a woman's in the
    nominative, after a role in the genitive or accusative and before a surname that does not
    decline (in a vowel), as a man's name in a consonant in the role's case: ``премьер-министра
    Христиана Мицкоски`` -> ``Христиан Мицкоски`` (a woman would be ``Христианы Мицкоски``).
    Changes ``m`` and gives it the role; False otherwise."""
    first, surname = written[0], written[1]
    readings = _info(first.lower()).names
    cases = role.cases & _MAN_A_CASES
    if (
        not cases
        or not first.lower().endswith("а")
        or not readings
        or any((c, g) != ("nomn", "femn") for c, g, _l, _s in readings)
        or surname[-1:].lower() not in "иоуеэы"
        or any(_surname_nominative(surname, c, "masc")[0] != surname for c in cases)
    ):
        return False
    m.name, m.surname, m.gender, m.cases, m.role = f"{first[:-1]} {surname}", surname, "masc", cases, role
    return True


# the cases in which a man's name in a consonant ends in "-а" ("Христиана": the genitive of Христиан)
_MAN_A_CASES = frozenset({"gent", "accs"})


def _foreign_man_in_role_case(m: _Mention, written: list[str], role: _Role) -> bool:
    """Read again a name of two words whose first the dictionary does not know, in the
    oblique case of the role noun before it, as a man's whose both words decline regularly
    (``премьер-министра Пакистана Шахбаза Шарифа`` -> ``Шахбаз Шариф``, not a woman ``Шахбаза
    Шарифа`` in the nominative; ``еврокомиссаром Марошем Шефчовичем`` -> ``Марош Шефчович``): both
    words with a regular ending of that case, neither left as written. Changes ``m`` and gives it
    the role; False when no case of the role reads so."""
    for case in _CASES[1:]:
        if case not in role.cases or case in m.cases:
            continue
        first, fit_first = _surname_nominative(written[0], case, "masc")
        last, fit_last = _surname_nominative(written[1], case, "masc")
        if fit_first == fit_last == 1.0 and first != written[0] and last != written[1]:
            m.name, m.surname, m.gender, m.cases, m.role = (
                f"{first} {last}",
                last,
                "masc",
                frozenset({case}),
                role,
            )
            return True
    return False


# The regular endings of a first name in an oblique case and its nominative's, by the gender of
# the noun the name stands in apposition to: a man's name ending in a consonant ("Лоран":
# "Лорана", "Лорану", "Лораном"), a woman's in "-а" ("Лорана": "Лораны", "Лорану", "Лораной").
# Endings two genders or declensions share are left out: "-е" (a man's locative, a woman's
# dative and locative), "-я" and "-ем" ("Андрея": "Андрей", "Игоря": "Игорь").
_FIRST_NAME_ENDINGS: dict[tuple[str, str], tuple[str, str]] = {
    ("masc", "gent"): ("а", ""),
    ("masc", "accs"): ("а", ""),
    ("masc", "datv"): ("у", ""),
    ("masc", "ablt"): ("ом", ""),
    ("femn", "gent"): ("ы", "а"),
    ("femn", "accs"): ("у", "а"),
    ("femn", "ablt"): ("ой", "а"),
}
# A lowercase word right before a name, maybe with one capitalized word or abbreviation after it
# (its complement: "гражданина Франции", "уроженца КНР"), up to the name.
_NOUN_BEFORE_NAME_RE = re.compile(
    rf"(?<![{_LETTERS}-])(?P<noun>[{_LOWER}]+)[ \u00a0]+(?:(?P<complement>[{_UPPER}][{_LOWER}]*|[{_UPPER}]{{2,}})[ \u00a0]+)?\Z"
)


def _case_from_person_noun(text: str, m: _Mention) -> None:
    """Put in the nominative a name of two words kept as written whose first word the dictionary
    reads as no name in the case and gender of the person noun it stands in apposition to (a
    lowercase animate noun that is no role, every reading of it singular, of one gender and in an
    oblique case, maybe followed by its complement in the genitive):
    ``гражданина Франции Лорана Винатье`` -> ``Лоран Винатье``, ``уроженца Таджикистана Шамсидина
    Фариддуни`` -> ``Шамсидин Фариддуни``, ``с гражданином США Лораном X``, ``гражданку Франции
    Лорану X`` -> ``Лорана X``. The first word must end in that case's regular ending
    (``_FIRST_NAME_ENDINGS``) and the surname must either decline the same way or not at all
    (``Винатье``); otherwise the name stays as written. Changes ``m`` in place."""
    written = text[m.start : m.end].split()
    if len(written) != 2 or m.name != " ".join(written):
        return
    found = _NOUN_BEFORE_NAME_RE.search(text, max(0, m.start - 48), m.start)
    if found is None:
        return
    complement = found.group("complement")
    if (
        complement is not None
        and not complement.isupper()
        and not any(
            (facts := tag_facts(p.tag)).case == "gent" and facts.pos == "NOUN"
            for p in _parses(complement.lower())
        )
    ):
        return  # no genitive complement: "гражданина Франции", "уроженца КНР"
    first_info = _info(written[0].lower())
    if first_info.known and (first_info.names or first_info.has_surn):
        return  # a name the dictionary knows was read by its own readings, or a surname first
    last_info = _info(written[1].lower())
    if last_info.known and last_info.names:
        return  # a first name second: "супруга Януковича Людмила"
    noun = found.group("noun")
    if _info(noun).role is not None:
        return  # a role's case is the role's to tell (_case_from_role)
    readings = [tag_facts(p.tag) for p in _parses(noun)]
    if not any(r.animacy == "anim" for r in readings) or not all(
        r.pos == "NOUN"
        and r.number == "sing"
        and r.case not in (None, "nomn")
        and "Fixd" not in r.grammemes
        and r.gender == readings[0].gender
        for r in readings
    ):
        return  # a noun that may be in the nominative ("супруга", "внучка") or is no person's
    for r in readings:
        case, gender = r.case, r.gender
        ending = _FIRST_NAME_ENDINGS.get((gender, case))
        if ending is None or not written[0].endswith(ending[0]) or len(written[0]) - len(ending[0]) < 3:
            continue
        if m.cases is not None and case in m.cases:
            continue  # read in that case already
        lemmas = {lemma for c, g, lemma, _s in first_info.names if c == case and g == gender}
        if len(lemmas) == 1:  # the dictionary's reading in that case: "Павла" -> "Павел"
            first = _like_written(lemmas.pop(), written[0])
        else:
            first = written[0][: len(written[0]) - len(ending[0])] + ending[1]
        if gender == "masc" and first[-1] not in _MAN_NAME_FINALS:
            continue
        surname, fit = _surname_nominative(written[1], case, gender)
        if fit < 1.0 or surname == written[1]:
            if not _undeclined_word(written[1]):
                continue
            surname = written[1]
        m.name, m.surname, m.gender, m.cases = f"{first} {surname}", surname, gender, frozenset({case})
        return


# The last letter of a man's first name that declines with "-а" in the genitive: a consonant.
_MAN_NAME_FINALS = frozenset("бвгджзклмнпрстфхцчш")


def _first_in_role_case(m: _Mention, written: list[str], role_before: _RolesBefore) -> bool:
    """A foreign name read as written whose first part, unknown as a first name, has the regular
    ending of the oblique case of the role noun right before it and no nominative's, its later
    parts undeclined (``с министром Бадром Абдель Ати``, ``с коллегой Самиром Абдельати``): the
    first part declined back in that case (``Бадр Абдель Ати``). Changes ``m`` in place; whether
    it did."""
    if len(written) not in (2, 3) or m.name != " ".join(written) or _known_first_name(written[0]):
        return False
    role = role_before(m.start, None)
    if role is None or "nomn" in role.cases or len(role.cases) != 1:
        return False
    (case,) = role.cases
    first = _first_alone_declined(written, case, a_stem=False)
    if first is None or _by_ending(written[0], "nomn", "masc")[1] == 1.0:
        return False
    m.name = " ".join([first, *written[1:]])
    m.cases, m.role = role.cases, role
    return True


def _three_parts_in_role_case(m: _Mention, written: list[str], role_before: _RolesBefore) -> None:
    """A name of three words read in a case the role noun right before it does not agree with,
    read again in the role's case by the endings of its later words (``с президентом Египта Абдель
    Фаттахом ас-Сиси`` -> ``Абдель Фаттах ас-Сиси``), when that reading declines one of them and
    fits a case of the role's. Changes ``m`` in place."""
    if m.cases is None or role_before(m.start, m.cases) is not None:
        return
    role = role_before(m.start, None)
    if role is None or "nomn" in role.cases:
        return
    parts, cases = _loose_nominative(tuple(written), role.cases)
    if cases is None or not cases & role.cases or parts == written:
        return
    name = " ".join(parts)
    m.name, m.surname, m.cases, m.role = name, parts[-1], cases & role.cases, role


def _role_of_undeclined(text: str, m: _Mention, written: list[str], role_before: _RolesBefore) -> bool:
    """Give ``m`` the role right before it when no word of its name declines (``певицей Мэрилин
    Хоффман``, ``вице-спикером Габриэль Стоунз``, ``с президентом острова Цай Инвэнь``,
    ``вице-губернатора штата Кэтлин Кеннеди Таунсенд``): in any case, not after a person noun
    (``жена министра X Y`` is his wife); in the genitive only a name of three words after a
    role ending in a common noun. A man's name would decline: after a feminine role noun it is
    a woman's. Whether it did (changes ``m`` in place)."""
    if not all(_undeclined_word(w) for w in written[1:]) or not (
        _UNDECLINED_NAME_RE.fullmatch(written[0])
        or (len(written) == 3 and _UNDECLINED_FIRST_RE.fullmatch(written[0]))
    ):
        return False  # the first of three may end like a Russian surname: "Кэтлин"
    role = role_before(m.start, None)
    if role is None or _after_person_noun(text, role.start):
        return False
    if role.cases & _GENITIVE:
        last = text[role.start : role.end].split()[-1:]
        if len(written) < 3 or not last or not last[0].islower():
            return False
    m.role = role
    if role.gender == "femn":
        m.gender = "femn"
    if m.cases is not None and m.cases <= _DATIVE_OR_LOCATIVE and not m.cases & role.cases:
        # a name in -е/-у read as a dative or locative where the role noun says another case is
        # a foreign name that does not decline, as written: "Президент X Умару Сисоку Эмбало"
        # is no dative of "Умар Сисок"; "Министр Беате Y", "с министром Беате Y" no "Беата".
        # (A genitive is the role's complement: "менеджер Мии Фэрроу" is her manager.)
        m.name, m.surname, m.cases = " ".join(written), written[-1], role.cases
    return True


_DATIVE_OR_LOCATIVE = frozenset({"datv", "loct"})


def _undeclined_word(word: str) -> bool:
    """Whether every hyphened part of ``word`` may be a word of a name that does not decline
    (``_UNDECLINED_NAME_RE``: ``Хоффман``, ``Майнль-Райзингер``)."""
    return all(_UNDECLINED_NAME_RE.fullmatch(part) for part in word.split("-"))


_UNDECLINED_FIRST_RE = re.compile(r"[А-ЯЁ][а-яё]+[бвгджзйклмнпрстфхцчшщьоиуэею]")
# A word of a name that may not decline: a foreign word ending in a consonant, or in "о", "и",
# "у", "э", "е", "ю", that is not a Russian surname ("Хоффман", "Стоунз", "Кьюри", "Дюпре").
_UNDECLINED_NAME_RE = re.compile(
    rf"(?![{_UPPER}][{_LOWER}]*(?:ов|ев|ёв|ин|ын|ой|ий|ый|ей|ем|ом|ым|им|ых|их)\Z)[{_UPPER}]{_LOWER_RUN}[бвгджзйклмнпрстфхцчшщьоиуэею]"
)


# Between two names of a list: a comma or "и", maybe after a name in brackets ("(Odile Marchand)").
_LIST_GAP_RE = re.compile(r"(?:[ \u00a0]*\([^()\n]{1,60}\))?(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+и[ \u00a0]+)")


# Between two names of a list after a plural role: a comma, "и" or "а также", each name maybe
# followed by where it comes from ("из Томска", "от Красноярского края") and a bracket, and maybe
# other words read as no one's name between ("X, Мистраль и Y").
_PLACE_TAIL = rf"(?:[ \u00a0]+(?:из|от)[ \u00a0]+[A-Z{_UPPER}][\w-]*(?:[ \u00a0]+[\w-]+){{0,2}}?)?"
_BRACKET = r"(?:[ \u00a0]*\([^()\n]{1,60}\))?"
_SEPARATOR = (
    r"(?:[ \u00a0]*,[ \u00a0]*(?:а[ \u00a0]+также[ \u00a0]+)?|[ \u00a0]+(?:и|а[ \u00a0]+также)[ \u00a0]+)"
)
_ROLE_LIST_GAP_RE = re.compile(
    rf"{_PLACE_TAIL}{_BRACKET}{_SEPARATOR}"
    rf"(?:[A-Z{_UPPER}][\w-]*(?:[ \u00a0]+[A-Z{_UPPER}][\w-]*){{0,3}}{_PLACE_TAIL}{_BRACKET}{_SEPARATOR}){{0,3}}"
)


def _surname_first(surname: str, patronymic: str, res: _Name) -> _Name | None:
    """A name written surname first, then first name and patronymic (``Карпенко Василия
    Алексеевича``): the name "First Surname", the surname put in the nominative in the case of
    the first name; None unless the middle word is a patronymic and the first may be a surname."""
    patr = _info(patronymic.lower())
    if not patr.patr or patr.has_surn or not _surname_ok(surname, False) or _info(surname.lower()).names:
        return None
    best: tuple[float, str, str] | None = None
    for case in sorted(res.cases):
        nominative, fit = _surname_nominative(surname, case, res.gender)
        if best is None or fit > best[0]:
            best = (fit, case, nominative)
    if best is None or best[0] < 0.5:
        return None
    fit, case, nominative = best
    first = res.name.split(" ", 1)[0]
    cases = frozenset(
        c for c in res.cases if _surname_nominative(surname, c, res.gender) == (nominative, fit)
    )
    return _Name(f"{first} {nominative}", nominative, res.gender, cases, 3)


@lru_cache(maxsize=1 << 15)
def _single_word(word: str) -> tuple[_Single, _Single | None] | None:
    """What the loop over capitalized words of ``_find_mentions`` reads of ``word`` alone, once
    per word: ``_single_name`` inside a sentence and at its start (None when the same); None
    when it reads no name either way, and the word may be no lone name after a person noun, no
    common noun written as a name, nor a regnal name (``_lone_word``, ``_common_noun_lemma``,
    ``_regnal_name_ok``): nothing for the loop to do unless a noun giving a name stands before it
    (``_naming_ends``, a property of the text the loop tests)."""
    inside, at_start = _single_name(word, False), _single_name(word, True)
    if (
        inside == at_start == (None, False)
        and _lone_word(word) is None
        and _common_noun_lemma(word) is None
        and not _regnal_name_ok(word)
    ):
        return None
    return inside, None if at_start == inside else at_start


def _undeclined_after_nominative_role(
    text: str, cand: list[tuple[int, int, str]], role_before: _RolesBefore
) -> bool:
    """Whether two capitalized words right after a role noun in the nominative are a foreign name
    written as it is, though the dictionary reads each as another word in an oblique case
    (``Премьер-министр Непала Шарма Оли``: ``шарма`` a genitive of *шарм*, ``Оли`` of *Оля*): the
    person after a role in the nominative is in the nominative, which neither word can be in the
    singular, and the last is read as a first name (an undeclined foreign one), not the
    genitive of a body (``председатель Союза Журналистов``)."""
    if len(cand) != 2 or _sentence_initial(text, cand[0][0]):
        return False
    if not _info(cand[-1][2].lower()).names:
        return False
    if any(_nominative_singular(w) for _, _, w in cand):
        return False
    role = role_before(cand[0][0], _NOMINATIVE)
    return role is not None and role.cases == _NOMINATIVE


def _nominative_singular(word: str) -> bool:
    """Whether some reading of ``word`` is in the nominative singular, or has no case."""
    for p in _parses(word.lower()):
        facts = tag_facts(p.tag)
        if facts.case is None or (facts.case == "nomn" and facts.number != "plur"):
            return True
    return False


def _complement_before_name(text: str, cand: list[tuple[int, int, str]]) -> bool:
    """Whether the first of the capitalized words ``cand`` is a role noun's genitive complement
    before a name that starts with a first name the dictionary knows (``глава Ростеха Сергей
    Чемезов``, ``директор Росгвардии Виктор Золотов``): a word it does not know, in a genitive's
    ending, right after a role noun."""
    if len(cand) < 3:
        return False
    first, second = cand[0][2], cand[1][2]
    if not first.lower().endswith(("а", "я", "и", "ы")) or _info(first.lower()).known:
        return False
    info = _info(second.lower())
    if not (info.known and info.name_top):
        return False
    before = _search_word_before(_ANY_WORD_BEFORE_RE, text, cand[0][0], 30)
    if before is None or _info(before.group(1).lower()).role is None:
        return False
    # a role whose complement is a country or a field, never a body's name: "Премьер Пушпа Камал
    # Дахал" is a name of three words
    return not _role_without_body(before.group(1))


# Kinds of role whose noun takes no body's name as its complement (``премьер Непала``, ``министр
# обороны``, ``посол Индии``): a capitalized word right after one starts a name.
_ROLE_KINDS_WITHOUT_BODY = frozenset({"head_of_government", "minister", "deputy_minister", "ambassador"})


def _role_without_body(word: str) -> bool:
    """Whether ``word`` is a role noun of a kind that takes no body as its complement
    (``_ROLE_KINDS_WITHOUT_BODY``)."""
    role = _info(word.lower()).role
    return role is not None and ROLE_KINDS.get(role) in _ROLE_KINDS_WITHOUT_BODY


# A woman's surname in the nominative that reads as a man's in the genitive too ("Ужахова").
_WOMAN_OR_GENITIVE_SURNAME_RE = re.compile(rf"{SLAVIC_SURNAME_SUFFIX}а$")
_CONSONANT_LETTERS = frozenset("бвгджзклмнпрстфхцчшщ")
# Nothing but the start of the text or of a sentence before a position.
_SENTENCE_START_BEFORE_RE = re.compile(r"(?:\A|[.!?…][»\"”)]?[ \u00a0]+|\n[ \u00a0]*)\Z")
# A surname that declines for no one (Мелони, Ротару, Пелоси): the first name alone says the case.
_UNDECLINED_VOWEL_END_RE = re.compile(r"(?<!ог)(?<!ег)[оиуэею]$")


def _woman_as_written(text: str, parts: Sequence[str], start: int, end: int, role: _Role | None) -> bool:
    """Whether a name no first-name reading explains, of a first name in -а/-я and a surname in
    -ова/-ева/-ина or one that declines for no one (``Хадижа Ужахова``, ``Джорджа Мелони``: a woman
    in the nominative, or a man in the genitive), is a woman's as written: a feminine role noun before
    it (``Певица X Y``), a verb in the past of a woman next to it (``X Y заявила``, ``сообщила X
    Y``), or, for a surname in -ова, a role noun in the nominative alone (``Министр X Y``).

    A first name ending in a consonant before a surname in -ова/-ева/-ина (``Кундуз Жолдубаева``)
    is a woman's as written: a man's first name would decline with the surname (``Нурлана
    Жолдубаева``), a woman's stays as it is in every case."""
    if len(parts) == 2 and parts[0][-1:] in _CONSONANT_LETTERS:
        return _WOMAN_OR_GENITIVE_SURNAME_RE.search(parts[1]) is not None
    if len(parts) != 2 or parts[0][-1:] not in ("а", "я"):
        return False
    if _WOMAN_OR_GENITIVE_SURNAME_RE.search(parts[1]):
        if role is not None and role.gender == "femn":
            return True
        if role is not None and not role.cases & {"gent", "accs"}:
            return "nomn" in role.cases  # "Министр X Y": in the nominative
    elif _UNDECLINED_VOWEL_END_RE.search(parts[1]):
        # the surname says nothing of the case; only a woman's role noun or verb tells
        if role is not None and role.gender == "femn":
            return True
    else:
        return False
    return _gender_by_verb(text, start, end) == "femn"


def _single_case_from_role(text: str, m: _Mention, role_before: _RolesBefore) -> None:
    """A surname alone that the dictionary does not know, read in a case the role noun right
    before it does not agree with, read again in a case of the role's it fits regularly
    (``По словам президента Токаева``: Токаев, not a woman's Токаева in the nominative), of the
    role noun's gender first. Changes ``m`` in place."""
    word = text[m.start : m.end]
    if m.cases is None or not word.isalpha() or _info(word.lower()).known:
        return
    if role_before(m.start, m.cases) is not None or (role := role_before(m.start, None)) is None:
        return
    genders = (role.gender, "femn" if role.gender == "masc" else "masc")
    for case in _CASES:
        if case not in role.cases:
            continue
        for gender in genders:
            nominative, fit = _surname_nominative(word, case, gender)
            if fit == 1.0 and role_before(m.start, frozenset({case})) is not None:
                m.name = m.surname = nominative
                m.gender, m.cases = gender, frozenset({case})
                return


def _according_to_before(text: str, start: int) -> bool:
    """Whether ``по словам`` stands right before ``start``: the name after it is in the genitive
    (``По словам Ли Цяна``)."""
    speech = _speech_before(text, start, "")
    return speech is not None and speech[0] == _GENITIVE


def _single_case_from_context(text: str, m: _Mention) -> None:
    """A surname alone that the dictionary does not know, read as a woman's in the nominative
    (``Токаева``), read again as a man's in the genitive when the words before it govern the
    genitive and no nominative: ``по словам`` (``По словам Токаева``), a noun of an act or a
    holding (``Визит Мирзиёева``) or a preposition (``у Силуанова``). Changes ``m`` in place."""
    word = text[m.start : m.end]
    if m.cases != _NOMINATIVE or m.gender != "femn" or not word.isalpha() or _info(word.lower()).known:
        return
    speech = _speech_before(text, m.start, word)
    if speech is not None:
        cases = speech[0]
    elif _governing_noun_before(text, m.start):
        cases = _GENITIVE
    else:
        cases = _preposition_cases(text, m.start) or frozenset()
    if not cases or "nomn" in cases:
        return
    for case in _CASES:
        if case in cases and (read := _surname_nominative(word, case, "masc"))[1] == 1.0:
            m.name = m.surname = read[0]
            m.gender, m.cases = "masc", frozenset({case})
            return


def _nominative_by_role(written: Sequence[str], role: _Role | None) -> bool:
    """Whether a name of a first name in -а/-я and a surname that declines for no one, right after
    a role noun in the nominative alone, is in the nominative as written (``Временный премьер Мали
    Сумана Сакко``, ``Министр ... — Акира Амари``): the surname says no case, the role noun does;
    the gender stays unknown (a man's name may end in -а)."""
    return (
        len(written) == 2
        and written[0][-1:] in ("а", "я")
        and _UNDECLINED_VOWEL_END_RE.search(written[1]) is not None
        and _nominative_role(role)
    )


# A woman's surname of the -ов/-ин kind in a case (stem, ending): Алиева, Алиеву, Алиевой, Алиевою
_WOMAN_SURNAME_CASE_RE = re.compile(rf"(?P<stem>.+{SLAVIC_SURNAME_SUFFIX})(?P<end>а|у|ой|ою)")
_WOMAN_SURNAME_CASES = {
    "а": frozenset({"nomn"}),
    "у": frozenset({"accs"}),
    "ой": frozenset({"gent", "datv", "ablt", "loct"}),
    "ою": frozenset({"ablt"}),
}


def _woman_by_undeclined_first_name(text: str, m: _Mention) -> None:
    """Read as a woman's, in the case its surname's ending says, a name whose first name ends in a
    consonant and stands as written before a surname of the -ов/-ин kind in a woman's form
    (``назначил Мехрибан Алиеву``: read as a man's dative ``Мехрибан Алиев``; ``Письмо Кундуз
    Жолдубаевой``: left as written). A man's first name would decline with the surname
    (``Мехрибану Алиеву``), a woman's stays as it is in every case. A first name the dictionary
    knows as a man's only is left to the other rules. Changes ``m`` in place."""
    written = text[m.start : m.end].split()
    if len(written) != 2 or written[0][-1:] not in _CONSONANT_LETTERS or m.name.split()[0] != written[0]:
        return
    if m.gender == "femn" and m.cases is not None:
        return
    surname = _WOMAN_SURNAME_CASE_RE.fullmatch(written[1])
    if surname is None:
        return
    first = _info(written[0].lower())
    if first.known and first.names and all(g == "masc" for _c, g, _l, _s in first.names):
        return
    nominative = surname.group("stem") + "а"
    m.name, m.surname, m.gender = f"{written[0]} {nominative}", nominative, "femn"
    m.cases = _WOMAN_SURNAME_CASES[surname.group("end")]


def _nominative_role(role: _Role | None) -> bool:
    """Whether ``role`` is a role noun read in the nominative and never in the genitive or the
    accusative (``Министр X Y``): a name right after it is in the nominative."""
    return role is not None and "nomn" in role.cases and not role.cases & {"gent", "accs"}


def _woman_in_nominative(text: str, m: _Mention, role_before: _RolesBefore) -> None:
    """Read again as a woman's name in the nominative, as written, a name read as a man's in the
    genitive or accusative whose first name the dictionary does not know (``Гульшара
    Абдыкалыкова`` read as ``Гульшар Абдыкалыков``) or knows only as a man's before a surname that
    declines for no one (``Джорджа Мелони`` read as ``Джордж Мелони``), when its context says a woman
    (``_woman_as_written``: ``сообщила X Y``, ``Певица X Y``). Changes ``m`` in place."""
    if m.gender != "masc" or m.cases is None or not m.cases <= {"gent", "accs"}:
        return
    written = text[m.start : m.end].split()
    if len(written) != 2:
        return
    first = _info(written[0].lower())
    role = role_before(m.start, None)
    if first.known and not (
        _UNDECLINED_VOWEL_END_RE.search(written[1])
        and all(g == "masc" for _c, g, _l, _s in first.names)
        # in the nominative's place: after a role noun in the nominative, starting its sentence or
        # after a woman's verb of speech, not after a word that governs a genitive ("под руководством Сергея Шойгу подготовила")
        and (
            _nominative_role(role)
            or (
                role is None
                and _SENTENCE_START_BEFORE_RE.search(text, max(0, m.start - 4), m.start) is not None
            )
            or _speech_before(text, m.start, written[0]) == (_NOMINATIVE, "femn")  # "заявила X Y"
        )
    ):
        return  # a first name the dictionary knows as a woman's, or a man's in the genitive
    if _woman_as_written(text, written, m.start, m.end, role):
        m.name, m.surname, m.gender, m.cases = " ".join(written), written[1], "femn", _NOMINATIVE
    elif not first.known and _nominative_by_role(written, role):
        m.name, m.surname, m.cases = " ".join(written), written[1], _NOMINATIVE


def _known_complement_before_name(text: str, cand: list[tuple[int, int, str]]) -> bool:
    """Whether the first of the capitalized words ``cand`` (three or more, a name no first-name
    reading explains after it) is a role noun's genitive complement, a common noun the dictionary
    knows with no reading of a name (``Вице-председатель Еврокомиссии Марош Шефчович``,
    ``представитель Кабмина X Y``): the body the role belongs to, no part of the name."""
    if len(cand) < 3 or len(cand[0][2]) < 5:  # "певца Пака Чэ Сана": a syllable of the name
        return False
    info = _info(cand[0][2].lower())
    if not (info.known and info.nounish and info.gent) or info.names or info.has_surn or info.patr:
        return False
    before = _search_word_before(_HYPHENED_WORD_BEFORE_RE, text, cand[0][0], 40)
    return before is not None and any(
        _info(w).role is not None for w in (before.group(1).lower(), before.group(2).lower())
    )


# The word right before a position, hyphenated or not ("Вице-председатель"), and its last part.
_HYPHENED_WORD_BEFORE_RE = re.compile(r"(?<![А-Яа-яЁё\-])((?:[А-Яа-яЁё]+-)*([А-Яа-яЁё]+))[ \u00a0]+\Z")


_ADJECTIVAL_NOMINATIVE_RE = re.compile(r"(?:ск|цк)(?:ий|ой|ая)$")


_SILENT_SINGLES: dict[str, bool] = {}  # see _silent_single


def _silent_single(word: str) -> bool:
    """Whether the loop over capitalized words of ``_find_mentions`` reads nothing of ``word``
    alone (``_single_word`` and ``_adjectival_surname`` both None), kept by word in
    ``_SILENT_SINGLES`` (emptied when it grows many): most capitalized words, which the loop
    then skips with one look-up."""
    if len(_SILENT_SINGLES) >= 1 << 15:
        _SILENT_SINGLES.clear()
    silent = _SILENT_SINGLES[word] = _single_word(word) is None and _adjectival_surname(word) is None
    return silent


@lru_cache(maxsize=1 << 15)
def _adjectival_surname(word: str) -> tuple | None:
    """A capitalized word in ``-ский``/``-цкий``/``-ской`` (a man's) or ``-ская``/``-цкая`` (a
    woman's) that the dictionary does not know (``Зеленский``; not ``Минский``): the reading of a
    surname in the nominative, ``("single", word, gender, {"nomn"})``, taken only where the word
    is a verb's subject (``_subject_of_verb``); else None."""
    low = word.lower()
    if not word[:1].isupper() or word.isupper() or _ADJECTIVAL_NOMINATIVE_RE.search(low) is None:
        return None
    info = _info(low)
    if info.known or info.role is not None or info.geox_top or _country_word(word):
        return None
    return ("single", word, "femn" if low.endswith("ая") else "masc", _NOMINATIVE)


# Kinds of titles an adjective of a place follows: "герцогиня Корнуольская", "митрополит Киевский".
_PLACE_TITLE_KINDS = frozenset({"royalty", "religious"})


def _after_place_title(text: str, s: int) -> bool:
    """Whether the word before ``s`` is a title of nobility or clergy (``герцогиня``,
    ``патриарх``), which an adjective of its place follows."""
    before = _search_word_before(_ANY_WORD_BEFORE_RE, text, s, 30)
    if before is None:
        return False
    role = _info(before.group(1).lower()).role
    return role is not None and ROLE_KINDS.get(role) in _PLACE_TITLE_KINDS


# "и" or a comma between two names of one list.
_AND_GAP_RE = re.compile(r"[ \u00a0]+и[ \u00a0]+|[ \u00a0]*,[ \u00a0]*")


def _coordinated_surname(text: str, s: int, word: str, mentions: list[_Mention]) -> tuple | None:
    """``word`` at ``s``, shaped like a surname (``_SINGLE_SHAPE_RE``), read in the case and gender
    of the name it is joined to by ``и`` or a comma (``Путин и Токаев``, ``Путина и Токаева``):
    ``("single", nominative, gender, cases)`` when it fits one of that name's cases regularly;
    else None."""
    if not _SINGLE_SHAPE_RE.search(word.lower()):
        return None
    for m in reversed(mentions):
        if m.end <= s and _AND_GAP_RE.fullmatch(text, m.end, s):
            break
    else:
        return None
    if m.cases is None or m.gender not in ("masc", "femn") or m.kind not in ("full", "single", "bare"):
        return None
    fits = [
        (case, nominative)
        for case in sorted(m.cases)
        if (found := _surname_nominative(word, case, m.gender))[1] == 1.0
        for nominative in (found[0],)
    ]
    if not fits or len({n for _c, n in fits}) != 1:
        return None
    return ("single", fits[0][1], m.gender, frozenset(c for c, _n in fits))


_ANY_WORD_BEFORE_RE = re.compile(r"(?<![А-Яа-яЁё\-])([А-Яа-яЁё]+)[ \u00a0]+\Z")


def _subject_of_verb(text: str, s: int, e: int, word: str, reading: tuple) -> bool:
    """Whether ``word`` at ``s:e``, read as a surname in the nominative (``reading``: the
    ``_single_name`` reading inside a sentence), is a verb's subject: a singular verb agreeing
    with it right after it (``_finite_verb_after``), or a verb of speech right before it
    (``_speech_before``: ``заявил Токаев``); never after an inanimate noun in the nominative,
    naming a thing (``Газета Кларин сообщает``)."""
    _kind, _name, gender, cases = reading
    if cases is not None and "nomn" not in cases:
        return False
    before = _search_word_before(_ANY_WORD_BEFORE_RE, text, s, 30)
    if before is not None:
        top = _parses(before.group(1).lower())[0].tag
        if top.POS == "NOUN" and top.animacy == "inan" and top.case == "nomn":
            return False  # "Газета Кларин сообщает": the name of a thing
    if _finite_verb_after(text, e, gender):
        return True
    speech = _speech_before(text, s, word)
    return speech is not None and "nomn" in speech[0] and speech[1] in (gender, None)


def _regnal_name_ok(word: str) -> bool:
    """May ``word``, followed by a Roman numeral, be a monarch's or pope's name? Not a place,
    a role word or a word the dictionary reads first as a common word (``Съезд XX``,
    ``Олимпиада XXII``)."""
    info = _info(word.lower())
    if info.role is not None or info.geox_top:
        return False
    return not info.known or info.name_top


# Kinds of a title of rank written between a post and the name ("принц", "шейх"): the post is
# the role.
_RANK_TITLE_KINDS = frozenset({"royalty"})
# (and a degree written as a title: "Советник президента ОАЭ доктор Анвар Гаргаш", "профессор")
_RANK_TITLE_WORDS = frozenset({"шейх", "шейха", "доктор", "профессор"})
_POSTS_BEFORE_TITLES = frozenset(
    {"head_of_state", "deputy_head_of_state", "head_of_government", "deputy_head_of_government"}
    | {"minister", "deputy_minister", "ambassador", "diplomat", "military", "regional_head", "mayor"}
    | {"adviser", "official", "head_of_organisation", "deputy_head", "spokesperson", "legislator"}
)
_EPONYM_BEFORE_RE = re.compile(r"(?<![А-Яа-яЁё])(?:имени|им\.)[ \u00a0]*\Z")
_LATIN_CAPITALS = frozenset(chr(c) for c in range(0x41, 0x250) if chr(c).isupper() and chr(c).isalpha())


# a dash between two titles of one person ("Вице-премьер — министр иностранных дел X"), or, in
# Latin script, "and" ("Deputy Prime Minister and Trade Minister X")
_TITLE_DASH_BEFORE_RE = re.compile(r"[ \u00a0]+[—–-][ \u00a0]+\Z")
_TITLE_AND_BEFORE_RE = re.compile(r"[ \u00a0]+(?:[—–-]|and|i)[ \u00a0]+\Z")


# A delegation and its country's words, then "во главе с" (uk "на чолі з", be "на чале з", pl "pod
# przewodnictwem", en "led by", "headed by"), right before a role: "делегацию Ирана во главе с
# первым вице-президентом X", "delegation of Iran led by Vice President X"
_LED_DELEGATION_RE = re.compile(
    r"(?:(?P<adjective>[^\W\d_]+)[ \u00a0]+)?(?<![\w-])(?P<noun>(?:делегаци|делегаці|дэлегацы|delegacj|delegation)\w*)"
    r"(?P<words>(?:[ \u00a0]+[^\s,.;:!?()«»\"]+){0,5}?)[ \u00a0]*,?[ \u00a0]+"
    r"(?:во[ \u00a0]+главе[ \u00a0]+со?|на[ \u00a0]+чолі[ \u00a0]+з|на[ \u00a0]+чале[ \u00a0]+з"
    r"|pod[ \u00a0]+(?:przewodnictwem|kierownictwem)|led[ \u00a0]+by|headed[ \u00a0]+by)[ \u00a0]+\Z",
    re.I,
)


# A word of a company or another business among a delegation's words.
_ORGANISATION_WORD_RE = re.compile(
    r"(?<![\w-])(?:компани|корпораци|концерн|холдинг|банк|предприяти|фирм|завод|комбинат|компані|корпораці"
    r"|підприємств|кампані|карпарацы|прадпрыемств|spółk|firm|koncern|przedsiębiorstw|compan|corporation|firm|group"
    r"|holding|bank)\w*",
    re.I,
)


def _led_delegation(text: str, role: _Role) -> _Role:
    """``role`` spanning back over the delegation the person leads when its country is named
    there (``делегацию Ирана во главе с первым вице-президентом X``, ``Iranian delegation led by
    Vice President X``): the span then holds that country, the person's; the role's words stay.
    The delegation's words must name a country (``_names_country``); else ``role`` as it is. A
    company's delegation (``делегацию южнокорейской компании X во главе с вице-президентом Y``)
    makes the post the company's: kind ``business``, the span as it is (no state's country)."""
    found = _LED_DELEGATION_RE.search(text, max(0, role.start - 90), role.start)
    if found is None:
        return role
    if _ORGANISATION_WORD_RE.search(found.group("words")) is not None:
        # a company's delegation ("делегацию южнокорейской компании X во главе с вице-президентом
        # Y"): a post of the company, no state's, whatever the head noun
        return replace(role, kind="business")
    words = found.group("words").split()
    named = any(
        normalize_form(" ".join(words[a:b])) in _delegation_country_forms()
        for a in range(len(words))
        for b in range(a + 1, min(len(words), a + 3) + 1)
    )
    adjective = found.group("adjective") is not None and (
        normalize_form(found.group("adjective")) in _delegation_country_forms()
    )
    if not named and not adjective:
        return role
    return replace(role, start=found.start("adjective") if adjective else found.start("noun"))


@cache
def _delegation_country_forms() -> frozenset[str]:
    """The gazetteer's forms of countries' names (``_country_forms``) and adjectives in every
    language and case, that name a delegation's country (``Ирана``, ``Республики Корея``, ``Iran``,
    ``иранская``, ``Iranian``)."""
    adjectives = {"adjective", "adjective_intl"}
    return _country_forms() | frozenset(
        g.form for g in gazetteer_forms() if g.entity_type == "country" and g.form_kind in adjectives
    )


# a surname in capitals after a first name, as a byline writes it ("Ирина ЗАЙЦЕВА")
_CAPS_SURNAME_AFTER_RE = re.compile(r"[ \u00a0]+[А-ЯЁІЎЄЇ]{3,}(?:-[А-ЯЁІЎЄЇ]{2,})?(?![\w])")


# a name set off by commas right after a role: "China's ambassador to Nigeria, Yu Dunhai, said"
_COMMA_BEFORE_RE = re.compile(r"[ \u00a0]*,[ \u00a0]*\Z")
_COMMA_AFTER_RE = re.compile(r"[ \u00a0]*,(?![ \u00a0]*(?:a|an|the)[ \u00a0])")


def _latin_role_before_parenthesis(text: str, start: int, end: int) -> _Role | None:
    """The role a name in Latin script set off by commas stands in apposition to, right before
    the first comma (``China's ambassador to Nigeria, Yu Dunhai, said``, ``Polish Foreign
    Minister, Radosław Sikorski, said``); None when the name is not between commas, when an
    apposition of its own follows it (``with the president, John Smith, a banker,``) or no role
    ends there."""
    before = _COMMA_BEFORE_RE.search(text, max(0, start - 4), start)
    if before is None or _COMMA_AFTER_RE.match(text, end) is None:
        return None
    # the words before the comma, as if the name followed them (the offsets stay the text's)
    return _latin_role_before(text[: before.start()] + " ", before.start() + 1)


def _joined_title(text: str, role: _Role, role_before: _RolesBefore) -> _Role:
    """``role`` (a role phrase before a name) joined to the title right before it when a dash (in
    Latin script also ``and``) stands between the two: one person holding both posts
    (``Заместитель Премьер-министра – министр торговли и интеграции Казахстана X``,
    ``Deputy Prime Minister and Trade Minister X``). The joined role has the first title's kind
    (the higher post, named first) and spans both, so the country after the second is the
    person's; else ``role`` as it is."""
    lo = max(0, role.start - 8)
    latin = (
        text[role.start : role.start + 1] in _LATIN_CAPITALS or text[role.start : role.start + 1].isascii()
    )
    joiner = (_TITLE_AND_BEFORE_RE if latin else _TITLE_DASH_BEFORE_RE).search(text, lo, role.start)
    if joiner is None:
        return role
    first = _latin_role_before(text, joiner.start() + 1) if latin else role_before(joiner.start(), None)
    if first is None or first.end != joiner.start() or not first.rank[0] or first.plural:
        return role  # none, or a generic one ("с коллегой по «Звёздным войнам» – актёром X")
    if not any(ch in "—–-" for ch in joiner.group()) and (
        first.weight
        or first.kind in ("head_of_state", "head_of_government")
        or not text[first.start].isupper()
    ):
        # "President of Poland and Prime Minister X", "the president and Foreign Minister X": a
        # post of its own (a complement, a head's post, a title in lower case) is another person's
        return role
    gap = " ".join(text[joiner.start() : role.start].split())
    return replace(
        role,
        start=first.start,
        text=f"{first.text} {gap} {role.text}",
        weight=first.weight + role.weight,
        kind=first.kind,
    )


def _find_roles(text: str, mentions: list[_Mention], role_before: _RolesBefore) -> None:
    """Set the role of every mention (in place): the role phrase before it or after it; a
    plural role before the first name of a list is the role of every name of the list
    (``актрисы Гвинет Уилкокс, Анна Кларк и Роуз Тальбот``, ``сенаторы X из Огайо и Y из
    Техаса``; ``_ROLE_LIST_GAP_RE``). A role before a name that the role of the name right
    after it holds as its complement is that name's only when it is a bare role noun (``Адвокат
    Анны Котовой Иван Лапин``)."""
    prev: _Mention | None = None
    starts = [m.start for m in mentions]
    for m in mentions:  # sorted by start
        if m.role is None:
            m.role = _own_role(text, _role_inside(text, m) or role_before(m.start, m.cases))
            if m.role is not None and _opens_quote(text, m.role.start, m.start):
                m.role = None  # "за роль босса в сериале «Клан X»": the name is the title's
            elif m.role is not None:
                m.role = _after_inner_person(text, m, mentions, starts)
        elif m.role.kind == COUNTERPART:
            m.role = _own_role(text, m.role)  # a loose name's, found after it
        if m.role is None and text[m.start] in _LATIN_CAPITALS:
            # a name in English or Polish text: "Polish President X", "X, rzecznik MSZ,"
            m.role = (
                _own_role(text, _latin_role_before(text, m.start))
                or _own_role(text, latin_role_after(text, m.end))
                or _own_role(text, _latin_role_before_parenthesis(text, m.start, m.end))
            )
        if (
            m.role is None
            and prev is not None
            and prev.role is not None
            and prev.role.plural
            and prev.role.end <= prev.start
            and _ROLE_LIST_GAP_RE.fullmatch(text, prev.end, m.start)
        ):
            m.role = prev.role
        if m.role is None:
            m.role = _own_role(
                text,
                _role_after(text, m.end, m.cases, m.start)
                or _role_before_apposition(text, m.start, m.end, m.cases, role_before.windows)
                or _post_named_again(text, m.start, m.end),
            )
        elif not m.role.rank[0]:
            # "Авторы поправки — X, председатель комиссии ...": a post after the name beats a
            # generic role before it
            after = _role_after(text, m.end, m.cases, m.start)
            if after is not None and after.rank[0]:
                m.role = after
        if (
            m.role is not None
            and m.role.end <= m.start
            and _EPONYM_BEFORE_RE.search(text, max(0, m.start - 8), m.start)
        ):
            m.role = None  # "глава ассоциации имени X": an organisation named after X, no post of X's
        if (
            m.role is not None
            and m.role.end <= m.start
            and (_quoted(text, m.role.start, m.end) or _opens_quote(text, m.role.start, m.start))
        ):
            m.role = None  # "крейсер «Адмирал X»", "сериала «Доктор X Y»": a word of a title
        if (
            m.role is not None
            and m.role.end <= m.start
            and (m.role.kind in _RANK_TITLE_KINDS or m.role.text.split()[0].lower() in _RANK_TITLE_WORDS)
        ):
            post = role_before(m.role.start, m.role.cases)
            if post is not None and post.kind in _POSTS_BEFORE_TITLES:
                m.role = post  # "президентом ОАЭ шейхом X", "Министр ... принц X": the post, then a title
        if m.role is not None and m.role.end <= m.start:
            m.role = _led_delegation(text, _joined_title(text, m.role, role_before))
        prev = m
    for m, n in pairwise(mentions):
        if (
            m.role is None
            and n.role is None
            and (both := _both_role(text, m.end, n.start, n.end)) is not None
        ):
            m.role = n.role = both  # "X и её муж Y (оба являются советниками ...)"
    k = 0
    while k < len(mentions):  # "Президенты России и Франции X и Y": each name its own country
        role = mentions[k].role
        j = k + 1
        while j < len(mentions) and mentions[j].role is role:
            j += 1
        if role is not None and role.plural and j - k > 1 and role.end <= mentions[k].start:
            split = _split_by_country(text, role, j - k)
            if split is not None:
                for m, own in zip(mentions[k:j], split, strict=True):
                    m.role = own
        k = j
    for m, n in pairwise(mentions):
        if (
            m.role is not None
            and n.role is not None
            and m.role.end <= m.start
            and n.role.start == m.role.start
            and n.kind in ("full", "initials")
            and (m.role.weight == 0 or n.role.end > m.end)
            and not _after_person_noun(text, m.role.start)
            and m.end <= n.role.end <= n.start
            and not text[m.end : n.start].strip()
        ):
            # "Адвокат Ольги Марченко Игорь Седых": a bare role noun before two names, or one
            # whose complement goes on after the first, is the second's, the first its complement
            # ("экс-президента США Джорджа Мэддинга Джо Бреннану" is not)
            m.role = None


def _own_role(text: str, role: _Role | None) -> _Role | None:
    """``role``, unless it is a counterpart's naming no country (``его коллега X``): then no
    role, the country it would give being a guess (``counterparts``)."""
    if role is not None and role.kind == COUNTERPART and not counterpart_country(text, role.start, role.end):
        return None
    return role


_HYPHENATED_FIRST_RE = re.compile(rf"[{_UPPER}]{_LOWER_RUN}-{_LOWER_RUN}(?=[ \u00a0]+[A-Z{_UPPER}])")


def _role_inside(text: str, m: _Mention) -> _Role | None:
    """A hyphenated role noun read as the first word of a name of three words or more
    (``Фотограф-анималист X Y`` where a sentence opens): the name's role."""
    first = _HYPHENATED_FIRST_RE.match(text, m.start, m.end)
    if first is None or text.count(" ", first.end(), m.end) < 2:
        return None
    role = _role_at(text, m.start, None)
    return role if role is not None and role.end == first.end() else None


def _opens_quote(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds an opening quotation mark not closed in it."""
    quote = text.rfind("«", start, end)
    return quote != -1 and text.find("»", quote, end) == -1


_WORD_BEFORE_RE = re.compile(rf"(?<![{_CYRILLIC}-])({_LOWER_RUN})[ \u00a0]+\Z")


def _after_person_noun(text: str, pos: int) -> bool:
    """Whether a lowercase animate noun that is no role stands right before ``pos`` (``дочь
    президента X Y``: Y is the daughter, the role X's)."""
    word = _search_word_before(_WORD_BEFORE_RE, text, pos, 24)
    return word is not None and bool(_relative(word.group(1)))


def _surely_male(m: _Mention) -> bool:
    """Whether the first name of a full-name mention is read as a man's only (``Иван``): not
    also as a woman's or as either (``Саша``), and not a foreign name that does not decline,
    whose gender the dictionary only guesses (``Кэрри``)."""
    names = _info(m.name.split()[0].lower()).names
    genders = {g for _c, g, _l, _s in names}
    declines = len({c for c, _g, _l, _s in names}) < len(_CASES)
    return m.gender == "masc" and declines and genders == {"masc"}


# A surname and two initials after it, in the official style: "Путин В.В.", "Токаевым К. К."
_TRAILING_INITIALS_RE = re.compile(
    rf"(?<![{_LETTERS}\-.])(?P<surname>[{_UPPER}]{_LOWER_RUN}(?:-[{_UPPER}]{_LOWER_RUN})?)[ \u00a0]+"
    rf"(?P<initials>[{_UPPER}]\.[ \u00a0]?[{_UPPER}]\.)(?![{_LETTERS}])"
)
# Two initials in a row, which every match of _TRAILING_INITIALS_RE holds: a text without them (most
# texts) is not read for the surname before them at each capitalized word.
# (a match starts at the first dot, looking back for its capital: see _CAPITAL_DOT_RE)
_INITIALS_PAIR_RE = re.compile(rf"\.(?<=[{_UPPER}]\.)[ \u00a0]?[{_UPPER}]\.")
_GENITIVE_LOOK = ("а", "я", "и", "ы")


def _body_before_name(text: str, cand: list[tuple[int, int, str]]) -> bool:
    """Whether the words of ``cand`` before its last two end with a body's name in the genitive,
    the complement of a role noun before them, and the last two are a person's name (``председатель
    Сената Олий Мажлиса Танзила Нарбаева``, ``Спикер Жогорку Кенеша Нурланбек Тургунбек``): the word
    right before the last two is capitalized, of one part, ends as a genitive, and is no first
    name the dictionary knows nor a patronymic, nor does it follow a country's name, which ends a
    role's complements (``глава правительства Непала Пушпа Камал Дахал``: a name of three words),
    or a role noun that takes no body (``Премьер Пушпа Камал Дахал``); the last two read as a
    first name and a surname."""
    word = cand[-3][2]
    info = _info(word.lower())
    if (
        not word[:1].isupper()
        or "-" in word
        or not word.lower().endswith(_GENITIVE_LOOK)
        or (info.known and info.names)
        or info.patr
    ):
        return False
    before = _search_word_before(_ANY_WORD_BEFORE_RE, text, cand[-3][0], 30)
    if before is not None and (_country_word(before.group(1)) or _role_without_body(before.group(1))):
        return False
    return _analyze_name(cand[-2][2], cand[-1][2], None) is not None


def _nominative_in_a(text: str, m: _Mention, role_before: _RolesBefore, mentions: list[_Mention]) -> None:
    """Read again as a man's name in the nominative, as written, a name read as the genitive or
    accusative of a man's name in a consonant, whose first name the dictionary does not know and
    whose every declining word ends in ``-а``/``-я``
    (``Лула да Силва`` read as ``Лул да Силв``), when its context says nominative: a role noun in
    the nominative right before it with no other name of ``mentions`` between (``Президент
    Бразилии Лула да Силва``), or a sentence it opens with a man's verb right after it (``Лула да
    Силва заявил``). Changes ``m`` in place."""
    if m.gender != "masc" or m.cases is None or not m.cases <= {"gent", "accs"}:
        return
    written = text[m.start : m.end].split()
    declining = [w for w in written if w[:1].isupper()]
    if len(declining) < 2 or not all(w[-1:] in "ая" for w in declining) or m.name == " ".join(written):
        return
    if _info(declining[0].lower()).known:
        return  # a genitive the dictionary knows ("заместитель Сергея Собянина"): as read
    nominative_role = role_before(m.start, _NOMINATIVE)
    if nominative_role is not None and any(
        o is not m and nominative_role.start <= o.start < m.start for o in mentions
    ):
        nominative_role = None  # another name stands between: the role is that one's
    if nominative_role is None and not (_sentence_initial(text, m.start) and _mans_verb_after(text, m.end)):
        return
    m.name, m.surname, m.cases = " ".join(written), written[-1], _NOMINATIVE
    if nominative_role is not None:
        m.role = nominative_role


_VERB_AFTER_RE = re.compile(rf"[ \u00a0]*,?[ \u00a0]*([{_LOWER}]+)(?![{_LOWER}\-])")


def _mans_verb_after(text: str, end: int) -> bool:
    """Whether the word after ``end`` is read only as a man's verb in the past (``заявил``,
    ``прибыл``)."""
    m = _VERB_AFTER_RE.match(text, end)
    if m is None:
        return False
    parses = _parses(m.group(1))
    return bool(parses) and all(p.tag.POS == "VERB" and "past" in p.tag and "masc" in p.tag for p in parses)


# Particles that, written with a capital, open a surname of two words: "Ле Пен", "Де Голль",
# "Ди Каприо", "Дель Пьеро", "Ван Дамм", "Да Силва".
_CAPITAL_SURNAME_PARTICLES = frozenset(
    {"да", "де", "дель", "делла", "ди", "дос", "ду", "дю", "ла", "ле", "ван", "фон"}
)


def _particle_surnames(mentions: list[_Mention]) -> None:
    """The surname of a name of three words or more whose last word follows a particle written
    with a capital is both words (``Марин Ле Пен``: ``Ле Пен``); a name of only those two words is
    that surname alone (``Ле Пен сказала``: a ``single`` mention, which joins the full name) when
    a longer name of the text ends with them, and stays a name of its own otherwise (``Ван И``,
    ``Ле Зуан``: East-Asian names). Changes ``mentions`` in place."""
    longer: set[str] = set()
    for m in mentions:
        words = m.name.split()
        if (
            m.kind in ("full", "loose")
            and len(words) >= 3
            and words[-2][:1].isupper()
            and words[-2].lower() in _CAPITAL_SURNAME_PARTICLES
        ):
            m.surname = " ".join(words[-2:])
            longer.add(m.surname)
    if longer:
        for m in mentions:
            if m.kind in ("full", "loose") and m.name in longer:
                m.kind, m.surname = "single", m.name


# A noun of a named site or facility right before capitalized words: those words are its name
# ("с месторождения Шах Дениз", "через порт Бандар Аббас", "в аэропорту Хамад", "z portu Gdańsk"),
# no person's, unless a role phrase opens before the noun ("директор порта Иван Петров")
_OBJECT_NOUN_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:месторожден\w*|родовищ\w*|радовішч\w*|złoż[aeu]\w*|аэропорт\w*|аеропорт\w*|lotnisk\w*"
    r"|порт|порта|порту|портом|порте|порты|портів|porcie|portu|port|терминал\w*|термінал\w*|terminal\w*"
    r"|газопровод\w*|нефтепровод\w*|трубопровод\w*|газопровід\w*|газопровод\w*|нафтопровод\w*|нафтопровід\w*"
    r"|gazociąg\w*|ropociąg\w*|pipeline|отел[ьяюеи]\w*|готел\w*|hotel\w*|стадион\w*|стадіон\w*"
    r"|рудник\w*|oilfield|field)[ \u00a0]+(?:(?-i:[A-ZА-ЯЁІЎЄЇ])[\w-]*[ \u00a0]+)?\Z",
    re.I,
)


def _object_name(text: str, p: PersonMention) -> bool:
    """Whether person ``p`` (with their role, when one opens before the name) stands right after a
    noun of a named site or facility (``_OBJECT_NOUN_BEFORE_RE``): the words are the site's name."""
    start = min(p.char_start, p.role_start) if p.role_start is not None else p.char_start
    return _OBJECT_NOUN_BEFORE_RE.search(text, max(0, start - 40), start) is not None


def extract_people(text: str, sentences: list[tuple[int, int]] | None = None) -> list[PersonMention]:
    """People named in ``text``: one entry per person, sorted by ``char_start`` (see module doc).

    ``sentences``: the sentence spans of ``text`` as ``flows.text.segment.sentence_spans(text)``
    gives them, when the caller has them already (``analyze_body``), so that they are not
    computed again; other spans give other readings of sentence starts, so pass those or
    nothing. The result is the same with and without them."""
    if kazakh_text(text):
        return _own_grammar_people(text, extract_kk(text))
    if (lang := text_language(text)) is not None:
        return _own_grammar_people(text, extract_be_uk(text, lang))
    if sentences is not None:
        _sentence_starts.remember(text, sentences)
    role_before = _RolesBefore(text)
    mentions = _find_mentions(text, role_before)
    if not mentions:
        return []
    _particle_surnames(mentions)
    for m in mentions:
        if m.kind in ("full", "loose") and (of := _named_after_relative(text, m, role_before)) is not None:
            m.relative_of = of
        elif m.kind == "full" and m.role is None:
            _case_from_role(text, m, role_before)
        elif m.kind == "single" and m.role is None:
            _single_case_from_role(text, m, role_before)
            _single_case_from_context(text, m)
        if m.kind in ("full", "loose"):
            if m.role is None and m.relative_of is None:
                _case_from_person_noun(text, m)
            _woman_by_undeclined_first_name(text, m)
        if m.kind == "full":
            _nominative_in_a(text, m, role_before, mentions)
            _woman_in_nominative(text, m, role_before)
    full_names: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind in ("full", "loose"):
            full_names.setdefault(m.surname, set()).add(m.name)
    # a shorter full name whose words all occur in a longer one with the same first word and
    # surname is the same person ("Ахмет Громов", "Ахмет Тайфур Громов")
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
    # the nickname of a name written with one, with its surname ("Малыш Докинс" after "Генри
    # «Малыш» Докинс"), is that person
    for m in mentions:
        if m.kind == "full" and (nick := _NICKNAME_RE.fullmatch(text, m.start, m.end)) is not None:
            canonical.setdefault(f"{nick.group('nick')} {m.surname}", m.name)
    # a name of two words that starts a longer name of another last word: the longer name's
    # person when it is the only one and its later words are no first names ("Джейн Уилсон",
    # "Джейн Уилсон Эшворт-Колдуэлл"; not "Эстебан Мурильо Грегори Пэйтон", two names in a row)
    long_names = {
        n
        for names in full_names.values()
        for n in names
        if n.count(" ") >= 2 and not any(_info(w.lower()).names for w in n.split()[2:])
    }
    if long_names:
        for names in full_names.values():
            for short in names:
                words = short.split()
                if short in canonical or len(words) != 2:
                    continue
                longer = [n for n in long_names if n.split()[:2] == words]
                if len(longer) == 1:
                    canonical[short] = longer[0]
    # the last words of a longer name written alone later ("Абдель Рахман" after "Хишам Абдель
    # Рахман", "Бин Фархан", a particle capitalized opening a sentence, after "Фейсал бин
    # Фархан"; "Аль Тани" after "М. Аль Тани"): that name's person when it is the only longer name
    # ending so, written before it
    first_at: dict[str, int] = {}
    for m in mentions:
        if m.kind in ("full", "loose", "initials"):
            first_at[m.name] = min(first_at.get(m.name, m.start), m.start)
    for m in mentions:
        if m.kind not in ("full", "loose") or m.name in canonical:
            continue
        for written in dict.fromkeys((m.name, " ".join(text[m.start : m.end].split()))):
            tail = written.casefold().split()
            longer = {
                n
                for n, at in first_at.items()
                if at < m.start and n.count(" ") >= len(tail) and n.casefold().split()[-len(tail) :] == tail
            }
            if len(tail) >= 2 and len(longer) == 1:
                canonical[m.name] = longer.pop()
                break
    # one person read as a man in one mention and as a woman in another ("Рашиду Гайнуллину",
    # "Рашида Гайнуллина"): the reading of a nominative mention, else the male one
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
        if m.kind in ("bare", "single", "first", "addressed"):
            continue
        key = canonical.get(m.name, m.name)
        if m.kind == "initials":
            same = {canonical.get(n, n) for n in full_names.get(m.surname, ()) if n[:1] == m.initial}
            if not same and m.surname.endswith("в"):
                # "Н.И. Кочанова" read as a man's genitive, after "Наталья Кочанова": hers
                same = {
                    canonical.get(n, n) for n in full_names.get(m.surname + "а", ()) if n[:1] == m.initial
                }
            if len(same) == 1:
                key = same.pop()
        groups.setdefault(key, []).append(m)
        keys.setdefault(m.surname, set()).add(key)
        if m.kind in ("full", "loose"):
            firsts.setdefault(key.split()[0], set()).add(key)
    folded_keys: dict[str, set[str]] = {}  # surname in lower case -> the surnames so written
    for surname in keys:
        folded_keys.setdefault(surname.lower(), set()).add(surname)
    stems: dict[str, set[str]] = {}  # surname stem -> person keys, for surnames read differently
    for surname, owners in keys.items():
        stems.setdefault(_surname_stem(surname), set()).update(owners)
    for m in mentions:
        if (
            m.kind == "first"
            and not firsts.get(m.name)
            and len(keys.get(written := text[m.start : m.end], ())) == 1
        ):
            # a word read as a first name alone that is, as written, the surname of one person of
            # the article and no one's first name ("Как заявил Оли" after "Шарма Оли", not Оля)
            m.kind, m.surname = "bare", written
        if (
            m.kind == "single"
            and not keys.get(m.surname)
            and len(folded := folded_keys.get(m.surname.lower(), {})) == 1
        ):
            # "Аль-Марри отметил" after "Абдалла бин Тук аль-Марри": an article or a particle of
            # the surname capitalized at a sentence's start
            m.kind, m.surname = "bare", next(iter(folded))
        if m.kind == "single" and not keys.get(m.surname):
            # "Кодама" after "Итиро Кодамой", whose ending said nothing of the case
            same = stems.get(_surname_stem(m.surname), set()) or {
                k
                for stem, owners in stems.items()
                if m.surname.startswith(stem) and "-" not in m.surname[len(stem) :]  # not "X-младший"
                for k in owners
            }
            if len(same) == 1:
                m.kind = "bare"
                m.surname = next(iter(same)).split()[-1]
                keys.setdefault(m.surname, set()).update(same)
        if m.kind == "addressed":
            groups.setdefault(m.name, []).append(m)
        elif m.kind in ("bare", "single") and len(keys.get(m.surname, ())) == 1:
            groups[next(iter(keys[m.surname]))].append(m)
        elif m.kind == "first" and len(firsts.get(m.name, ())) == 1:
            groups[next(iter(firsts[m.name]))].append(m)
        elif m.kind in ("single", "first") and not keys.get(m.surname) and not firsts.get(m.name):
            groups.setdefault(m.name, []).append(m)

    _merge_variants(groups, text)
    _merge_parts_of_long_names(groups)
    _merge_first_and_patronymic(groups)
    _find_roles(text, mentions, role_before)
    people: list[PersonMention] = []
    for key, group in groups.items():
        for m in group:
            if m.role is not None and m.role.gender == "femn" and m.kind == "full" and _surely_male(m):
                m.role = None  # a feminine role noun names no man: "актриса" before "Иван Петров"
            if m.role is not None and m.role.start == m.relative_of:
                m.role = None  # "Супруга президента Франции Брижит Макрон": the wife's name
        with_role = [m for m in group if m.role is not None]
        if with_role:
            # a post held now before one held no longer ("Генеральный секретарь АСЕАН X ... X,
            # бывший государственный секретарь МИД Камбоджи,")
            best = max(
                with_role,
                key=lambda m: (
                    not (m.role and _FORMER_POST_RE.match(m.role.text)),
                    m.role.rank if m.role else (0, 0),
                    -m.start,
                ),
            )
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
    people = [p for p in people if not _object_name(text, p)]
    people = _add_referred_roles(text, people, groups, mentions)
    if any(p.role_kind == COUNTERPART for p in people):
        people = _with_counterparts(
            text, people, [[(m.start, m.end) for m in groups[p.name]] for p in people]
        )
    return people


def _own_grammar_people(text: str, found: Sequence[tuple[Any, ...]]) -> list[PersonMention]:
    """The people of a Belarusian, Ukrainian (``be_uk``) or Kazakh (``kk``) text, as the module
    of its language found them: (char_start, char_end, name, name as written, role, spans)."""
    people = [
        PersonMention(
            s,
            e,
            name,
            written,
            role and role.text,
            role and role.kind,
            role and role.start,
            role and role.end,
        )
        for s, e, name, written, role, _spans in found
    ]
    kept = [
        i
        for i, p in enumerate(people)
        if not _object_name(text, p)
        # a photo credit's name written inline ("... з Фіданом. Фото: Геннадій Мінченко"): no one of the text
        and not all(_photo_credit(text, s) for s, _e in found[i][5])
    ]
    if len(kept) < len(people):
        people, found = [people[i] for i in kept], [found[i] for i in kept]
    if any(p.role_kind == COUNTERPART for p in people):
        people = _with_counterparts(text, people, [spans for *_rest, spans in found])
    return people


def _with_counterparts(
    text: str, people: list[PersonMention], mentions: list[list[tuple[int, int]]]
) -> list[PersonMention]:
    """``people`` (with ``mentions``, each one's mention spans) with every counterpart's role
    resolved (``counterparts``): one naming no country dropped, the others given the kind of the
    person they are named against."""
    people = [
        replace(p, role=None, role_kind=None, role_start=None, role_end=None)
        if p.role_kind == COUNTERPART and not counterpart_country(text, p.role_start or 0, p.role_end or 0)
        else p
        for p in people
    ]
    roles = [None if p.role_start is None else (p.role_start, p.role_end or 0, p.role_kind) for p in people]
    kinds = counterpart_kinds(text, mentions, roles, [(p.char_start, p.char_end) for p in people])
    return [replace(p, role_kind=kinds[i]) if i in kinds else p for i, p in enumerate(people)]


def _add_referred_roles(
    text: str, people: list[PersonMention], groups: dict[str, list[_Mention]], mentions: list[_Mention]
) -> list[PersonMention]:
    """People without a role of their own get one from a role phrase tied to no name when only
    they fit it (``roles._roles_by_reference``)."""
    # a person named only as a prize's laureate may still get a role by reference
    posts = [any(m.role is not None and not m.role.prize for m in groups[p.name]) for p in people]
    if all(posts):
        return people
    referents = []
    for p, post in zip(people, posts, strict=True):
        genders = {m.gender for m in groups[p.name] if m.kind in ("full", "initials", "bare")}
        gender = genders.pop() if len(genders) == 1 else None
        verb_gender = None
        if not genders and not post:
            # a person named by one word, whose gender the dictionary only guesses: the verbs it
            # is the subject of ("Мадонна сообщила")
            verbs = {g for m in groups[p.name] if (g := _gender_by_verb(text, m.start, m.end)) is not None}
            verb_gender = verbs.pop() if len(verbs) == 1 else None
        kinds = frozenset(m.role.kind for m in groups[p.name] if m.role is not None and m.role.kind)
        referents.append(_Referent(gender, post, tuple(m.start for m in groups[p.name]), verb_gender, kinds))
    taken = [(m.start, m.end) for m in mentions]
    taken += [(m.role.start, m.role.end) for m in mentions if m.role is not None]
    found = _roles_by_reference(text, referents, taken)
    for i, role in found.items():
        if people[i].role is not None and not role.rank[0]:
            continue  # a title by reference does not replace the laureate's own
        people[i] = replace(
            people[i], role=role.text, role_kind=role.kind, role_start=role.start, role_end=role.end
        )
    return people
