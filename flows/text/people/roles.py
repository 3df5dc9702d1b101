"""The role grammar: the role phrase written before a name, after it as an apposition, or named
by a predicate, and role phrases that refer to a person named in a sentence before.

In English and Polish text, a role is a phrase of the lexicon's ``en`` and ``pl`` rows before a
name in Latin script or in apposition after it, with country words before or after it
(``_latin_role_before``, ``latin_role_after``). In Russian text:

A role is a head noun of the role lexicon (``flows/text/people/data/roles.csv``: ``lemma,kind,lang``; officials,
diplomats, ranks, royalty, clergy, occupations) with the adjectives that agree with it
(``Первый``, ``Чрезвычайный и Полномочный``, ``словацкий``; also after it: ``Папа римский``)
and its complement: for a participial head an instrumental object (``командующий войсками``,
``заведующий отделением``), then genitive noun phrases (``министра иностранных дел
Беларуси``, ``Совета Республики``, ``Республики Беларусь``, ``главы его аппарата``) followed
by any prepositional phrases (``по международным делам``, ``в России``), up to one that says
when or why (``на фоне``, ``в ходе``, ``по делу``, ``после``); quoted names, abbreviations,
bracketed abbreviations and the first parts of compounds (``Торгово-промышленной``) fit
anywhere. Any words may qualify a head through hyphens (``интернет-предприниматель``,
``хип-хоп-исполнитель``). It is found right before a name (the head agreeing in case with
it: ``с Послом ... Тимуром``; an age may stand between: ``глава района — 45-летний X``; and a
word for the person's nation or party: ``тренером стал американец X``), after ``один из``
(``один из командиров ополчения X``), in the genitive after ``и.о.``, ``врио`` or
``исполняющий обязанности``, before a dash before it (``Адвокат потерпевшего — X``, ``а
продюсером — X``), in the instrumental before a copula or a verb of appointment before it
(``министром обороны станет X``, ``Новым руководителем агентства назначен X``), set off by
commas (``Другой пресс-секретарь, X, ...``), as an apposition after it (``Сергей Лавров,
министр иностранных дел России, ...``, ``X (29-летний защитник ...)``, ``X, 34 года,
врач``; not when the role is followed by a name: then it is that name's), or named by a
predicate after it (``... был назначен министром обороны``, ``..., назначенная на пост главы
...``, ``..., который станет рейнджером``, ``X признан лучшим режиссером``, ``X являлся
тренером ...``, ``X занимает должность ...``, ``X ушел с поста ...``; ``утвердил X главой
...``). A plural head before a list of names (``сенаторы X и Y``, ``актрисы X, Y и Z``,
``гандболистки клуба: X, Y``, ``такими режиссерами, как X и Y``) is the role of every name of
the list. Heads are nouns of the lexicon or adjectives used as nouns (``ведущий``,
``военный``, ``заведующая``) when no noun they agree with follows (``военного округа``); an
adjective ending a complement stands for a noun (``адвокат потерпевшего``, ``солист
Большого``). When a prepositional phrase is followed by another role noun, that one is the
head (``Глава представительства США в регионе помощник госсекретаря X``). A name not in the
genitive after a genitive role that follows a person noun in the name's case is that noun's
apposition, not the role's (``дочь президента Иванку``). Head and adjectives are put in the
nominative and ``зам``-words are expanded (``замгубернатора`` -> ``заместитель
губернатора``); the complement is kept as written. A country in the genitive at the very end
of the role (``Первый заместитель министра иностранных дел Беларуси Сергей Лукашевич``) is
left out of ``role`` but stays inside ``role_start:role_end``, so that the country can be
read from the span; a country inside a prepositional phrase stays (``посол Беларуси в
России``). The first letter is lowercased unless the role is capitalized mid-sentence (a
title: ``Чрезвычайный и Полномочный Посол``).

A role phrase that opens a sentence and is tied to no name (``Бывший президент ЮАР заявил
...``) is the role of the only person named in that sentence or the two before it, when that
person has none of its own, the genders agree, and the role is an office held by few (heads
of state and government, ministers, diplomats, leaders, royalty, regional heads, mayors, the
military, sportspeople; ``_REFERRING_KINDS``), or a feminine role noun and that person the only
woman named there (``Чиновница рассказала ...``): spokespeople, prosecutors or owners are as
often people the article never names.

``role_kind`` is the lexicon's kind of the head, or of a phrase of head and complement when
the lexicon has one (``заместитель министра`` -> ``deputy_minister``, ``глава государства``
-> ``head_of_state``, ``глава МИД`` and ``экс-глава МИД`` -> ``minister``; a president of no
state heads an organisation); see ``role_kind()``. Of several roles of one person the most
specific is kept (``_Role.rank``): a post or occupation before a generic kind or a title
(``член партии``, ``чемпион мира``), then the longer complement.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from flows.text.morph import parses, tag_facts
from flows.text.people.lexicon import (
    EN_PORTFOLIOS,
    GENERIC_HEADS,
    LATIN_ROLE_KINDS,
    PRIZE_HEADS,
    ROLE_KINDS,
    _country_names,
    latin_city_forms,
    latin_country_forms,
    normalize_form,
    role_kind,
)
from flows.text.people.pl import (
    ACTING_BEFORE,
    INSTITUTION_LOCATIVE_RE,
    PL_ADDRESS,
    institution_word,
    pl_first_readings,
    role_head,
)
from flows.text.people.words import (
    _ADJ_ENDINGS,
    _ALL_CASES,
    _APPOSITION_RE,
    _BREAK_RE,
    _CLOSING_QUOTES,
    _HYPHENS,
    _LAST_BREAK_RE,
    _LATIN_LOWER,
    _LATIN_UPPER,
    _NOMINATIVE,
    _PLAIN_GAP,
    _QUOTE_GAP,
    _case,
    _gender,
    _Info,
    _info,
    _like_written,
    _modifies,
    _organisation_part,
    _parliament_word,
    _parses,
    _role_info,
    _sentence_initial,
    _sentence_starts,
)
from flows.text.tokens import WORD_RE


class _Tok(NamedTuple):  # a tuple: made for every word read around a name, cheaper than a frozen dataclass
    start: int
    end: int
    text: str
    info: _Info


# _TUPLE_NEW(_Tok, (...)) makes a _Tok without the named tuple's constructor, a Python function
_TUPLE_NEW = tuple.__new__


@dataclass(frozen=True, slots=True)
class _Role:
    start: int
    end: int
    text: str
    weight: int  # words in the complement: the more, the more specific the role
    kind: str | None = None
    gender: str = "masc"  # of the head noun: "femn" for "актриса", "королева"
    cases: frozenset[str] = _ALL_CASES  # of the head noun, as agreed with the name
    plural: bool = False  # a plural head ("сенаторы"): the role of every name in the list after it
    generic: bool = False  # the head names a title or a holding (lexicon.GENERIC_HEADS): "чемпион", "автор"
    prize: bool = False  # the head names a prize's winner (lexicon.PRIZE_HEADS): "лауреат"

    @property
    def rank(self) -> tuple[bool, int]:
        """How specific the role is, for choosing one role of a person among its mentions: a
        post or an occupation (``премьер-министр Италии``, ``драматург``) before a generic
        kind (``член партии``, ``политик``, ``кандидат``: ``_GENERIC_KINDS``) or a title or
        holding (``чемпион мира``, ``автор книги``, ``основатель компании``), then the more
        complement words the better."""
        return (self.kind not in _GENERIC_KINDS and not self.generic, self.weight)


# Kinds of role that say less of a person than a post does: a person named both "член правящей
# партии" and "премьер-министр Италии" is reported with the second.
# "counterpart" (``коллега``, ``counterpart``): a post named by another's, which a person's own gives way to
# Kinds of a rank or title a person keeps whatever post they hold (``генерал армии``,
# ``академик``, ``муфтий``, ``капитан``): right after a post's phrase, the post is the role.
_TITLE_KINDS = frozenset({"military", "science", "religious", "sports"})
_GENERIC_KINDS = frozenset(
    {"member", "politician", "candidate", "expert", "activist", "employee", "counterpart", None}
)


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


def _window_before(text: str, pos: int) -> tuple[list[_Tok], list[str]]:
    """Tokens of the phrase that ends right before ``pos`` and the gap after each of them.

    The phrase goes back to the nearest punctuation, digit or line break, and stops earlier at
    a word that cannot be part of a role phrase (a verb, an adverb, a pronoun ...). A number
    after ``№`` is one token of it (``больницы № 5``: the token ``№ 5``), as is a quoted name
    holding digits or punctuation (``«Самбо-70»``); ``&`` joins Latin words (``Entertainment &
    Devices``); and so is a comma
    between the words of an enumeration inside it, the words on either side in one case, both in
    lower case or both capitalized, and the phrase after the last comma holding ``и`` and no role
    noun (``по вопросам культуры, спорта и туризма``, ``по делам Европы, Северной Америки и
    заморских территорий``).
    """
    toks, gaps = _plain_window_before(text, pos)
    for _ in range(4):
        start = toks[0].start if toks else pos
        last = text[max(0, start - 3) : start].rstrip(" \u00a0")[-1:]  # what stopped the phrase
        if (
            toks
            and last.isalpha()
            and (ordinal := _ORDINAL_BEFORE_RE.search(text, max(0, start - 10), start))
        ):
            toks, gaps = _prepend(text, ordinal, toks, gaps, start)  # "75-го отдела полиции"
            continue
        if not last or last not in _EXTENDING:
            break
        if last == "," and not (
            toks and any(t.text == "и" for t in toks) and all(t.info.role is None for t in toks)
        ):
            break  # a comma goes on only inside an enumeration ending "... и ..."
        if text.count("«", start, pos) > text.count("»", start, pos):
            break  # the name inside quotes ("фильма «Внук Гагарина»"): read no further back
        number = _NUMBER_BEFORE_RE.search(text, max(0, start - 16), start) if last.isdigit() else None
        if number is not None:
            toks, gaps = _prepend(text, number, toks, gaps, start)
            continue
        quoted = _QUOTED_BEFORE_RE.search(text, max(0, start - 84), start) if last == "»" else None
        if quoted is not None and _BREAK_RE.search(quoted.group(1)) is not None:
            toks, gaps = _prepend(text, quoted, toks, gaps, start)  # "«Самбо-70»", "«Экозащита!»"
            continue
        joint = _LATIN_JOINT_RE.search(text, max(0, start - 4), start) if last == "&" else None
        if joint is not None and toks and toks[0].info.top_pos == "LATN":
            # "Microsoft Entertainment & Devices"
            more, more_gaps = _plain_window_before(text, joint.start())
            if not more or more[-1].info.top_pos != "LATN":
                break
            more_gaps[-1] = text[more[-1].end : start]
            toks, gaps = more + toks, more_gaps + gaps
            continue
        comma = _COMMA_GAP_RE.search(text, max(0, start - 4), start) if last == "," else None
        if comma is None or not (toks[0].text.islower() or toks[0].text[:1].isupper()):
            break
        more, more_gaps = _plain_window_before(text, comma.start())
        if not more or not _share_case(more[-1].text.lower(), toks[0].text.lower()):
            break
        if toks[0].text.islower() != more[-1].text.islower():
            break  # places listed are capitalized on both sides ("по делам Европы, Северной Америки и ...")
        more_gaps[-1] = text[more[-1].end : start]
        toks, gaps = more + toks, more_gaps + gaps
    return toks, gaps


def _prepend(
    text: str, found: re.Match[str], toks: list[_Tok], gaps: list[str], start: int
) -> tuple[list[_Tok], list[str]]:
    """The phrase ``toks`` (starting at ``start``) with ``found`` (a number, an ordinal or a
    quoted name right before it, trailing spaces aside) as one token before it, and the phrase
    before that."""
    end = found.start() + len(found.group().rstrip(" \u00a0"))
    more, more_gaps = _plain_window_before(text, found.start())
    token = _Tok(found.start(), end, text[found.start() : end], _info("№"))
    return [*more, token, *toks], [*more_gaps, text[end:start], *gaps]


# An ordinal number in digits right before a phrase: "75-го", "7-й".
_ORDINAL_BEFORE_RE = re.compile(r"(?<![\w-])\d{1,4}-(?:го|й|м|я|е|ой|ом|ого|ому|ым|ая|ую)[ \u00a0]+\Z")
# The last characters before a phrase that a longer phrase may go on past.
_EXTENDING = frozenset("0123456789»&,")
# "№ 17" right before a phrase, and a comma of an enumeration right before one.
_NUMBER_BEFORE_RE = re.compile(r"(?<![\w№])№[ \u00a0]*\d{1,5}[ \u00a0]+\Z")
_COMMA_GAP_RE = re.compile(r"(?<=[\w»)]),[ \u00a0]+\Z")
# A quoted name right before a phrase, and "&" between two Latin words.
_QUOTED_BEFORE_RE = re.compile(r"«([^«»\n]{1,80})»[ \u00a0]+\Z")
_LATIN_JOINT_RE = re.compile(r"(?<=[A-Za-z])[ \u00a0]*&[ \u00a0]*\Z")


@lru_cache(maxsize=1 << 14)
def _share_case(a: str, b: str) -> bool:
    """Whether two lowercased words have noun or adjective readings in a common case: the items
    of one enumeration (``культуры``, ``спорта``), in either number (``инвестиций, промышленности
    и торговли``)."""
    cases = {_case(p.tag) for p in _parses(a) if p.tag.POS in ("NOUN", "ADJF", "PRTF")}
    return any(_case(p.tag) in cases for p in _parses(b) if p.tag.POS in ("NOUN", "ADJF", "PRTF"))


def _plain_window_before(text: str, pos: int) -> tuple[list[_Tok], list[str]]:
    """``_window_before`` up to the nearest punctuation or digit, no number or comma inside."""
    lo = max(0, pos - 300)
    last_break = _LAST_BREAK_RE.match(text, lo, pos)
    cut = last_break.end() if last_break is not None else lo
    if cut > lo and text[cut - 1] == "." and text.find("им", max(lo, cut - 24), cut) != -1:
        eponym = _EPONYM_INITIALS_RE.search(text, max(lo, cut - 24), min(pos, cut + 40))
        if eponym is not None and eponym.start() < cut <= eponym.end():
            # the dots of "им. А. П. Чехова" end no phrase: read from the break before it
            last_break = _LAST_BREAK_RE.match(text, lo, eponym.start())
            cut = last_break.end() if last_break is not None else lo
    # the words of the last _NEAR characters first: the phrase mostly ends among them; when it
    # reaches their first word (which may be cut), the words from the break are read
    if pos - cut > _NEAR:
        window = _window_words(text, pos, pos - _NEAR, True)
        if window is not None:
            return window
    window = _window_words(text, pos, cut, False)
    assert window is not None
    return window


_NEAR = 80


_WRITTEN_INFO: dict[str, _Info] = {}  # see _written_info


def _written_info(word: str) -> _Info:
    """``_info(word.lower())``, kept by the word as written in ``_WRITTEN_INFO`` (emptied when it
    grows many): the words of the phrases before names are read with one look-up each."""
    if len(_WRITTEN_INFO) >= 1 << 16:
        _WRITTEN_INFO.clear()
    info = _WRITTEN_INFO[word] = _info(word.lower())
    return info


def _window_words(text: str, pos: int, cut: int, partial: bool) -> tuple[list[_Tok], list[str]] | None:
    """``_window_before`` over the words of ``text[cut:pos]``; with ``partial`` (``cut`` may fall
    inside a word, the phrase may go on before it), None when the phrase reaches the first of
    them."""
    found = list(WORD_RE.finditer(text, cut, pos))  # read from the end: most are not reached
    toks: list[_Tok] = []
    gaps: list[str] = []
    nxt = pos
    if partial and not found:
        return None
    first = found[0].start() if partial else -1
    for m in reversed(found):
        s, e = m.span()
        if s == first:
            return None
        w = m.group()
        gap = text[e:nxt]
        kind = "plain" if gap == " " else _gap_kind(gap)
        if (kind == "break" and not (gap[:1] == "." and len(w) <= 2)) or (nxt == pos and kind == "hyphen"):
            break
        if s >= 2 and text[s - 1] in _HYPHENS and text[s - 2].isdigit():
            break  # "45-летний", "2-й": a number's word
        eponym = False
        if (
            kind == "break"
            and gap[:1] == "."
            and (w == "им" or len(w) == 1)
            and _eponym_initials(text, s, pos)
        ):
            kind = "plain"  # "театра им. А. П. Чехова": the name a theatre is named after
            eponym = True
        if kind == "break" or (nxt == pos and kind == "hyphen"):
            break
        try:
            info = _WRITTEN_INFO[w]
        except KeyError:
            info = _written_info(w)
        if (
            not info.compatible
            and not eponym
            and not (len(w) > 1 and w.isupper())
            and not (kind == "hyphen" and nxt < pos)
            and not (w.lower() in _POSSESSIVES and toks)  # "главы его аппарата"
            and not (w.lower() in _QUANTIFIERS and toks)  # "главы одного из пяти кланов"
            and not (w[:1].isupper() and text.count("»", e, pos) > text.count("«", e, pos))  # «Коза Ностры»
            and not (w in _NAME_PARTICLES and toks and toks[-1].text[:1].isupper())  # "Людвига ван Бетховена"
            # a parliament's foreign name: "Милли Меджлиса", "Жогорку Кенеша"
            and not (
                w[:1].isupper() and (_organisation_part(w) or (toks and _organisation_part(toks[-1].text)))
            )
            and not _verbal_noun_object(text, s, w)  # "содействия инвестициям"
        ):
            break  # abbreviations ("МОК") and first parts of compounds ("литературно-") may stand
        toks.append(_TUPLE_NEW(_Tok, (s, e, w, info)))
        gaps.append(gap)
        nxt = s
    toks.reverse()
    gaps.reverse()
    return toks, gaps


@dataclass(frozen=True, slots=True)
class _Head:
    """What the complement of a role noun needs to know of it."""

    cases: frozenset[str]  # as agreed with the name
    gender: str
    instrumental: bool  # takes an instrumental object: "командующий войсками", "заведующий отделением"


@lru_cache(maxsize=1 << 14)
def _instrumental(word: str) -> tuple[bool, bool]:
    """Whether ``word`` has an instrumental noun reading, and an instrumental adjective one."""
    noun = adj = False
    for p in _parses(word):
        if _case(p.tag) == "ablt":
            noun = noun or p.tag.POS == "NOUN"
            adj = adj or p.tag.POS in ("ADJF", "PRTF")
    return noun, adj


def _postpositive(info: _Info, head: _Head) -> bool:
    """Whether a word is an adjective agreeing with the role noun before it in case, number and
    gender: ``Папа римский``, ``Патриарх Болгарский``."""
    return any(_case(p.tag) in head.cases and _gender(p.tag) in (head.gender, None) for p in info.adjs)


def _complement(
    toks: list[_Tok],
    gaps: list[str],
    a: int,
    b: int,
    stop_at_names: bool = False,
    head: _Head | None = None,
) -> tuple[list[int], list[bool]]:
    """Read ``toks[a:b]`` as the complement of a role noun.

    A complement is a run of genitive noun phrases (``министра иностранных дел Беларуси``)
    optionally followed by prepositional phrases (``по международным делам``, ``в России``);
    quoted names and abbreviations fit anywhere. Returns every ``e`` such that ``toks[a:e]``
    is a complete complement (``a`` itself: no complement), and for each token read whether it
    stands inside a prepositional phrase. With ``stop_at_names``, a capitalized first name ends
    the complement (after a name, it starts the next person's name). With ``head``, the
    complement may open with adjectives agreeing with the head (``Папа римский``,
    ``епископ Иваново-Вознесенский и Вичугский``) and, for a head that takes one, an
    instrumental noun phrase (``командующий войсками округа``, ``заведующий отделением
    больницы``).
    """
    ends = [a]
    in_pp: list[bool] = []
    pp = False
    quoted = False
    post = head is not None  # still where adjectives agreeing with the head may stand
    ablt = head is not None and head.instrumental  # still where an instrumental object may stand
    eponym = 0  # words of a name after "имени" still allowed: "театра имени Людвига ван Бетховена"
    for k in range(a, b):
        gap = gaps[k - 1]
        if gap != " ":
            quoted = _quote_state(gap, quoted)
        tok = toks[k]
        info = tok.info
        word = tok.text
        if eponym:
            eponym -= 1
            initial = gap.rstrip(" \u00a0") == "." and (
                len(toks[k - 1].text) == 1 or toks[k - 1].text == "им"
            )
            if (_gap_kind(gap) == "plain" or initial) and (word[:1].isupper() or word in _NAME_PARTICLES):
                # the name an organisation is named after is its name's part, no person of its own
                in_pp.append(pp)
                if word[:1].isupper():
                    ends.append(k + 1)
                continue
            eponym = 0
        if (
            (word == "имени" or (word == "им" and gaps[k][:1] == "."))
            and k > a
            and not pp
            and k + 1 < b
            and toks[k + 1].text[:1].isupper()
        ):
            eponym = 4
            in_pp.append(pp)
            continue
        if post and head is not None and _gap_kind(gap) == "plain":
            if word == "и" and k > a and k + 1 < b and _postpositive(toks[k + 1].info, head):
                in_pp.append(False)
                continue
            if (
                _postpositive(info, head)
                and info.top_pos in ("ADJF", "PRTF")
                and not (
                    k + 1 < b
                    and _gap_kind(gaps[k]) == "plain"
                    and _modifies(word.lower(), toks[k + 1].text.lower())
                )
            ):
                in_pp.append(False)
                ends.append(k + 1)
                continue
        post = False
        if ablt and word.islower() and k + 1 < b and _is_hyphen(gaps[k]):
            in_pp.append(False)  # the first part of a compound adjective: "литературно-драматургической"
            continue
        if (
            ablt
            and (_gap_kind(gap) == "plain" or _is_hyphen(gap))
            and (word.islower() or (k == a and not info.name_top and not info.has_surn))
            and not info.prep
        ):  # a capitalized name's first word too: "управляющий Центральным банком"
            noun, adj = _instrumental(word.lower())
            if noun or adj:
                in_pp.append(False)
                if noun:
                    ablt = False
                    ends.append(k + 1)
                continue
        ablt = False
        if _is_hyphen(gap) or quoted or (len(word) > 1 and word.isupper()):
            final = not _is_hyphen(gap) or info.nounish
        elif k + 1 < b and _is_hyphen(gaps[k]) and not info.prep:
            final = False  # the first part of a compound: "Торгово-промышленной", "Северо-Кавказском"
        elif word.lower() in _POSSESSIVES and k + 1 < b and not pp:
            final = False  # "главы его аппарата"
        elif word.lower() in _QUANTIFIERS and k + 1 < b:
            final = False  # "главы одного из пяти кланов"
        elif info.prep:
            if word.lower() in _NOT_ROLE_PREPS or (k + 1 < b and toks[k + 1].text.lower() in _PREP_NOUNS):
                break  # "вице-президент ... на фоне борьбы за место преемника": no longer the role
            pp = True
            final = False
        elif word == "и":
            j = k + 1
            while j + 1 < b and _is_hyphen(gaps[j]):
                j += 1  # a compound's last part: "и вице-премьер"
            if (
                head is not None
                and not pp
                and j < b
                and (toks[j].info.role_cases | toks[j].info.role_plural_cases) & head.cases
            ):
                break  # "поэты и критики", "глава ... и вице-премьер": a second role noun in the head's case
            final = False
        elif not info.compatible and not _object_of_verbal_noun(toks, k):
            break
        elif pp:
            if not (info.nounish or info.adjish) or (
                stop_at_names
                and word[0].isupper()
                and info.name_top
                and not info.geox_top
                and k + 1 < b
                and _gap_kind(gaps[k]) == "plain"
                and toks[k + 1].text[:1].isupper()
            ):
                break  # a first name and a surname after a prepositional phrase: the next person
            final = info.nounish
        elif stop_at_names and word[0].isupper() and info.name_top and not info.geox_top:
            break  # a first name starts the next person: "начальник службы Александр Иванов"
        else:
            # genitive, or a proper name in apposition: "Республики Беларусь", "компании Apple"
            parliament = word[0].isupper() and (
                _parliament_word(word) or (k + 1 < b and _parliament_word(toks[k + 1].text))
            )  # a parliament's foreign name: "председатель Милли Меджлиса"
            if not (
                info.gent
                or parliament
                or _object_of_verbal_noun(toks, k)
                or info.top_pos in ("LATN", "UNKN")
                or (word[0].isupper() and not info.known)
                or (word[0].isupper() and info.geox_top and k > a)
                or (
                    # a proper name in apposition to the common noun before it: "штата Вайоминг"
                    word[0].isupper()
                    and k > a
                    and not info.names
                    and not info.has_surn
                    and toks[k - 1].text.islower()
                    and toks[k - 1].info.gent
                )
            ):
                break
            # an adjective ending the phrase stands for a noun: "адвокат потерпевшего", "солист
            # Большого"
            final = info.nounish or (k == b - 1 and info.adjish) or (parliament and _parliament_word(word))
        in_pp.append(pp)
        if final:
            ends.append(k + 1)
    return ends, in_pp


def _object_of_verbal_noun(toks: list[_Tok], k: int) -> bool:
    """Whether ``toks[k]``, a lowercase noun in the dative or instrumental, is the object of the
    verbal noun in ``-ие`` in the genitive right before it (``министр ... содействия инвестициям Омана``,
    ``управления имуществом``): part of the portfolio, not the end of the role."""
    return k > 0 and _dative_or_instrumental_object(toks[k - 1].text, toks[k].text)


_WORD_BEFORE_RE = re.compile(r"([а-яё]+)[ \u00a0]+\Z")


def _verbal_noun_object(text: str, start: int, word: str) -> bool:
    """``_object_of_verbal_noun`` for ``word`` at ``start`` of ``text``, the word before read from
    the text (the role's window is read backwards)."""
    m = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    return m is not None and _dative_or_instrumental_object(m.group(1), word)


@lru_cache(maxsize=1 << 12)
def _dative_or_instrumental_object(before: str, word: str) -> bool:
    """Whether lowercase ``word`` has a noun reading in the dative or instrumental and ``before``
    is a verbal noun in ``-ие`` in the genitive (``содействия``, ``управления``, ``развития``)."""
    if not word.islower() or not before.lower().endswith("ия"):
        return False
    if not any(
        (facts := tag_facts(p.tag)).pos == "NOUN" and facts.case == "gent" and p.normal_form.endswith("ие")
        for p in parses(before.lower())
    ):
        return False
    return any(
        (facts := tag_facts(p.tag)).pos == "NOUN" and facts.case in ("datv", "ablt")
        for p in parses(word.lower())
    )


_POSSESSIVES = frozenset({"его", "её", "ее", "их"})
# "имени" or "им." and a name with initials: "театра им. А. П. Чехова", "имени Н. Акимова".
_EPONYM_INITIALS_RE = re.compile(
    r"(?<![А-Яа-яЁё])(?:имени|им\.)[ \u00a0]*(?:[А-ЯЁ]\.[ \u00a0]*){0,2}[А-ЯЁ][а-яё]+(?![А-Яа-яЁё])"
)


def _eponym_initials(text: str, start: int, pos: int) -> bool:
    """Whether a word starting at ``start`` before ``pos`` (``им``, an initial) is part of an
    organisation's name after ``имени``/``им.`` with a name's initials."""
    found = _EPONYM_INITIALS_RE.search(text, max(0, start - 12), min(pos, start + 40))
    return found is not None and found.start() <= start < found.end()


# Particles inside a name after "имени": "имени Людвига ван Бетховена".
_NAME_PARTICLES = frozenset({"ван", "фон", "де", "да", "ди", "дер", "ла", "ле", "аль", "ибн", "бен"})
# Words of quantity and degree that may stand inside a complement, not ending it: "глава одного
# из пяти крупнейших кланов", "один из самых влиятельных боссов".
_QUANTIFIERS = frozenset(
    {"одного", "одной", "двух", "трех", "трёх", "четырех", "четырёх", "пяти"}
    | {"шести", "семи", "восьми", "девяти", "десяти", "нескольких", "многих", "самых", "самого", "самой"}
    | {"наиболее"}
)
# Prepositions that open no phrase of a role ("посол ... в России", "депутат от партии", "комиссар
# по правам человека" do): what follows them is about something else.
_NOT_ROLE_PREPS = frozenset(
    {"против", "вместо", "кроме", "после", "перед", "через", "благодаря", "несмотря", "вследствие", "среди"}
    | {"около", "вокруг"}
)
# Nouns that make a preposition before them a preposition of their own ("на фоне", "в ходе", "в
# случае"): the phrase says when or why, not whose role.
_PREP_NOUNS = frozenset(
    {"фоне", "ходе", "случае", "связи", "результате", "поводу", "время", "рамках", "течение", "период"}
    | {"условиях", "отношении", "целях", "пользу", "качестве", "участием", "помощью"}
    | {"делу", "обвинению", "подозрению", "факту", "иску", "словам", "данным", "мнению", "просьбе"}
    | {"прозвищу", "кличке", "году", "годах", "годы", "январе", "феврале", "марте", "апреле", "мае", "июне"}
    | {"июле", "августе", "сентябре", "октябре", "ноябре", "декабре", "собственному"}
)


def _country_suffix(toks: list[_Tok], a: int, end: int, in_pp: list[bool]) -> int:
    """Number of trailing complement tokens that name a country in the genitive (0 if none),
    or several joined by ``и`` or commas (``России и Франции``)."""
    total = 0
    while True:
        size = _country_at_end(toks, a, end, in_pp)
        if not size:
            return total
        total += size
        end -= size
        if end - 1 > a and toks[end - 1].text == "и" and _country_at_end(toks, a, end - 1, in_pp):
            total += 1  # "президенты России и Франции": every country of the list
            end -= 1


def _country_at_end(toks: list[_Tok], a: int, end: int, in_pp: list[bool]) -> int:
    """Number of tokens before ``end`` (after ``a``) that name a country (0 if none)."""
    for size in (3, 2, 1):
        first = end - size
        if first < a or any(in_pp[first - a : end - a]) or not toks[first].text[:1].isupper():
            continue
        if _names_country(" ".join(t.text for t in toks[first:end])):
            return size
    return 0


@lru_cache(maxsize=1 << 14)
def _names_country(phrase: str) -> bool:
    """Whether the words of ``phrase`` are a country's name (``России``, ``Южной Кореи``): read
    once a phrase, as the same countries end many roles."""
    return normalize_form(phrase) in _country_names()


def _agreeing_adjective(info: _Info, cases: frozenset[str]) -> bool:
    return any(_case(p.tag) in cases for p in info.adjs)


_ADJ_ENDINGS_LONGEST = tuple(sorted(_ADJ_ENDINGS, key=len, reverse=True))


@lru_cache(maxsize=1 << 14)
def _normal_adjective(word: str, cases: frozenset[str], gender: str) -> str:
    for p in _info(word.lower()).adjs:
        if _case(p.tag) in cases:
            form = p.inflect({"nomn", "sing", gender}) or p.inflect({"nomn", "sing"})
            if form is None:
                continue
            if form.word[:2] != word[:2].lower():  # "лучшим": "лучший", not the dictionary's "наихороший"
                ending = next((e for e in _ADJ_ENDINGS_LONGEST if word.lower().endswith(e)), None)
                if ending is None:
                    return word
                return word[: -len(ending)] + form.word[-2:]
            return _like_written(form.word, word)
    return word


def _head_at(toks: list[_Tok], gaps: list[str], k: int) -> int | None:
    """Index of the last token of a role head starting at ``k`` (hyphenated heads span two)."""
    tok = toks[k]
    if k > 0 and _is_hyphen(gaps[k - 1]):
        return None  # second half of a hyphenated word
    if _is_hyphen(gaps[k]):
        last = k + 1
        while last + 1 < len(toks) and _is_hyphen(gaps[last]):
            last += 1
        if last < len(toks) and toks[last].info.role is not None:
            # "премьер-министр", "вице-губернатор", and any words that qualify a role noun
            # before it: "интернет-предприниматель", "рок-музыкант", "хип-хоп-исполнитель"
            return last
        if (
            tok.info.role is not None
            and k + 1 < len(toks)
            and toks[k + 1].text.islower()
            and toks[k + 1].info.nounish
            and not (k + 1 < len(gaps) and _is_hyphen(gaps[k + 1]))
        ):
            return k + 1  # a role noun and a noun that qualifies it: "депутат-единоросс"
        return None
    if tok.info.role is None:
        return None
    if (
        tok.info.substantive
        and k + 1 < len(toks)
        and gaps[k] == " "
        and not toks[k + 1].text[:1].isupper()
        and not toks[k + 1].info.prep  # "по" is read as an indeclinable surname too
        and _modifies(tok.text.lower(), toks[k + 1].text.lower())
    ):
        return None  # an adjective before its noun: "военного округа", "ведущий специалист"
    return k


def _head_info(toks: list[_Tok], head_first: int, head_last: int) -> _Info:
    """What is known of the role word of a head: its last part, or its first when the last
    only qualifies it (``депутат-единоросс``)."""
    last = toks[head_last].info
    return last if last.role is not None else toks[head_first].info


def _build_role(
    text: str,
    toks: list[_Tok],
    first: int,
    head_first: int,
    head_last: int,
    cases: frozenset[str],
    comp_end: int,
    in_pp: list[bool],
    plural: bool = False,
) -> _Role:
    head = toks[head_last]
    info = _head_info(toks, head_first, head_last)
    assert info.role is not None
    words: list[str] = []
    for j in range(first, head_first):
        tok = toks[j]
        words.append("и" if tok.text.lower() == "и" else _normal_adjective(tok.text, cases, info.role_gender))
    lemma = info.role.rsplit("-", 1)[-1] if head_first != head_last else info.role
    head_text = _like_written(lemma, head.text) if not info.role_zam else _like_written(info.role, head.text)
    if head.info.role is None:  # "депутат-единоросс": the role noun first, its qualifier second
        qualifier = _like_written(_parses(head.text.lower())[0].normal_form, head.text)
        head_text = f"{_like_written(info.role, toks[head_first].text)}-{qualifier}"
    elif head_first != head_last:
        head_text = text[toks[head_first].start : head.start] + head_text
    words.append(head_text)
    head_lemma = head_text.lower() if not info.role_zam and head.info.role is not None else info.role
    a = head_last + 1
    complement_text = text[toks[a].start : toks[comp_end - 1].end] if comp_end > a else ""
    role_end = toks[comp_end - 1].end if comp_end > a else head.end
    text_end_tok = comp_end - _country_suffix(toks, a, comp_end, in_pp)
    if text_end_tok > a:
        span_end = toks[text_end_tok - 1].end
        complement = " ".join(text[toks[a].start : span_end].split())
        if (text[span_end : span_end + 1] in _CLOSING_QUOTES and _quote_state(complement, False)) or (
            complement.count("(") > complement.count(")") and text[span_end : span_end + 1] == ")"
        ):
            complement += text[span_end]
        words.append(complement)
    written = text[toks[first].start : role_end]
    if (text[role_end : role_end + 1] in _CLOSING_QUOTES and _quote_state(written, False)) or (
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
        if first < head_first:
            # a lexicon phrase of the adjective before the head and the head: "генеральный
            # секретарь ООН" heads an organisation, "официальный представитель МИД" speaks for it
            qualified = f"{words[head_first - first - 1].lower()} {head_lemma}".replace("ё", "е")
            if qualified in ROLE_KINDS:
                kind = role_kind(qualified, complement_text)
    bare_head = head_lemma.rsplit("-", 1)[-1].replace("ё", "е")
    generic = bare_head in GENERIC_HEADS
    return _Role(
        start,
        role_end,
        role,
        comp_end - a,
        kind,
        info.role_gender,
        cases,
        plural,
        generic,
        bare_head in PRIZE_HEADS,
    )


# An age between a role and the name: "глава республики — 57-летний X", "эксперту, 62-летнему X".
_AGE_WORD = "летн"  # in every age: the pattern is searched for only where it stands
_AGE_BEFORE_RE = re.compile(
    rf"(?:[ \u00a0]*[,—–][ \u00a0]*|[ \u00a0]+)\d{{1,3}}-?{_AGE_WORD}[а-я]*[ \u00a0]+\Z"
)


# When a post was held, between the role and the name.
_TIME_BEFORE_RE = re.compile(
    r"[ \u00a0]+\(?(?:с|в)[ \u00a0]+\d{4}(?:[ \u00a0]*(?:по|[—–-])[ \u00a0]*\d{4})?[ \u00a0]+"
    r"(?:годы|годах|года|год|гг?\.)\)?[ \u00a0]+\Z"
)
_TIME_LAST = frozenset("ыхадт.)")  # the last character of _TIME_BEFORE_RE's year word


# A copula between a role in the instrumental and the name after it: "министром обороны станет X",
# "Ранее руководителем комитета был X".
_COPULA_WORDS = (
    "был|была|стал|стала|станет|будет|является|являлся|являлась|назначен|назначена|назначается|"
    "избран|избрана|утвержден|утверждена|утверждён|выбран|выбрана|выступил|выступила|выступит|"
    "были|стали|станут|будут|являются|являлись|назначены|избраны|утверждены|выбраны|выступили|выступят|"
    "становится|становятся|признан|признана|признаны|остается|остаётся|остаются|остался|осталась"
)
_COPULA_BEFORE_RE = re.compile(
    r"(?<![А-Яа-яЁё])(?:(?:был|была|будет)[ \u00a0]+)?"
    rf"(?:{_COPULA_WORDS})"
    r"(?:[ \u00a0]+именно)?[ \u00a0]+\Z"
)
# The words a match of _COPULA_BEFORE_RE ends in, its trailing spaces aside: a phrase that ends
# in none of them is not searched (most phrases before a name).
_COPULA_ENDINGS = (*_COPULA_WORDS.split("|"), "именно")
_INSTRUMENTAL = frozenset({"ablt"})


def _copula_before(
    text: str, pos: int, age: re.Match[str] | None = None, *, searched: bool = False
) -> int | None:
    """Where a copula or verb of appointment right before ``pos`` starts (an age between them
    aside: ``стал 45-летний X``), or None. ``age``: the age before ``pos``; ``searched``: whether
    the caller looked for it already (then None means there is none)."""
    if age is None and not searched:
        lo = max(0, pos - 24)
        if text.find(_AGE_WORD, lo, pos) != -1:
            age = _AGE_BEFORE_RE.search(text, lo, pos)
    if age is not None:
        lead = len(age.group()) - len(age.group().lstrip(" \u00a0"))
        if not lead:
            return None  # "глава района — 45-летний X": no copula
        pos = age.start() + lead
    lo = max(0, pos - 32)
    if not text[lo:pos].rstrip(" \u00a0").endswith(_COPULA_ENDINGS):
        return None
    copula = _COPULA_BEFORE_RE.search(text, lo, pos)
    return copula.start() if copula is not None else None


# "Премьера" of a work (a first night), whose genitive reads as a prime minister's: "премьера
# спектакля", "на премьере фильма".
_PREMIERE_RE = re.compile(
    r"[Пп]ремьер(?:а|у|ой|е|ы)[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?(?:спектакл|фильм|оперы|опере|балет|сериал|картин"
    r"|постановк|пьес|мюзикл|альбом|шоу|лент|концерт|сезон|клип|песн|книг|романа)"
)


# An active verb of appointment right before a post in the instrumental: "назначил генеральным
# директором X", "избрала главой города X", "утвердили председателем X".
_APPOINTING_VERB_BEFORE_RE = re.compile(
    r"(?<![а-яё])(?:назначил[аи]?|избрал[аи]?|утвердил[аи]?|выбрал[аи]?|переизбрал[аи]?|признал[аи]?"
    r"|назначит|изберет|изберёт|утвердит)[ \u00a0]+\Z"
)


# A dash between a role and the name after it: "глава государства — X".
_DASH_BEFORE_RE = re.compile(r"[ \u00a0]+[—–-][ \u00a0]+\Z")


class _Windows(dict[int, tuple[list[_Tok], list[str]]]):
    """``_window_before(text, pos)`` by ``pos``, for one text; and what ``_role_phrase_before``
    read in them, by position and head: the same phrase is read for a name in each case asked
    (``complements``: ``_complement``'s answer by ``(pos, head first, head last, agreed cases)``;
    ``roles``: the role built, by ``(pos, first, head first, head last, agreed cases, plural)``)."""

    __slots__ = ("complements", "roles")

    def __init__(self) -> None:
        super().__init__()
        self.complements: dict[tuple[int, int, int, frozenset[str]], tuple[list[int], list[bool]]] = {}
        self.roles: dict[tuple[int, int, int, int, frozenset[str], bool], _Role] = {}


def _role_before(
    text: str, pos: int, cases: frozenset[str] | None, windows: _Windows | None = None
) -> _Role | None:
    """The role phrase written right before a name starting at ``pos`` (an age written between
    them aside), or in the instrumental before a copula before it (``тренером стал X``).
    ``windows``: the phrases before positions of ``text`` read so far, added to as read."""
    lo = max(0, pos - 24)
    age = _AGE_BEFORE_RE.search(text, lo, pos) if text.find(_AGE_WORD, lo, pos) != -1 else None
    copula = _copula_before(text, pos, age, searched=True)
    if copula is not None and (cases is None or "nomn" in cases):
        return _role_phrase_before(text, copula, _INSTRUMENTAL, windows)
    if age is not None:
        pos = age.start()
    elif text[pos - 2 : pos - 1] in _TIME_LAST and (
        time := _TIME_BEFORE_RE.search(text, max(0, pos - 40), pos)
    ):
        pos = time.start()  # "премьер страны с 1991 по 1992 год X", "лидер группы (с 1984 года) X"
    elif (
        cases is not None
        and (word := _LAST_WORD_RE.search(text, max(0, pos - 24), pos)) is not None
        and _qualifier(word.group(1), cases)
    ):
        # "главы ФБР республиканца X": the word for the person's party or nation is the name's
        # apposition, not the complement's last word
        role = _role_phrase_before(text, word.start(1), cases, windows)
        if role is not None:
            return role
    dash = _DASH_BEFORE_RE.search(text, max(0, pos - 6), pos)
    if dash is not None:
        # "Адвокат потерпевшего — X", "а продюсером — X" (the copula left out)
        if cases is not None and "nomn" in cases:
            cases = cases | _INSTRUMENTAL
        return _role_phrase_before(text, dash.start(), cases, windows)
    role = _role_phrase_before(text, pos, cases, windows)
    if role is not None and _PREMIERE_RE.match(text, role.start, role.end):
        return None  # "премьера спектакля «Чайка» в постановке X": a first night, no prime minister
    if role is None and (cases is None or "accs" in cases):
        # "назначил генеральным директором компании X": the post in the instrumental between a
        # verb of appointment and its object
        post = _role_phrase_before(text, pos, _INSTRUMENTAL, windows)
        if post is not None and _APPOINTING_VERB_BEFORE_RE.search(text, max(0, post.start - 30), post.start):
            return post
    if (
        role is not None
        and role.cases == _INSTRUMENTAL
        and not role.plural
        and cases is not None
        and "gent" in cases
        and _copula_before(text, role.start) is not None
    ):
        return None  # "он был аспирантом X": the predicate's role, the name its genitive complement
    for _ in range(3):  # "председатель партии, миллиардер X", "губернатор штата член партии X": the post
        if role is None or role.plural:
            break
        joint = _COORDINATION_BEFORE_RE.search(text, max(0, role.start - 8), role.start)
        if joint is not None:
            other = _role_phrase_before(text, joint.start(), role.cases, windows)
        elif not role.rank[0] and (copula := _copula_before(text, role.start)) is not None:
            # "тренером назначен 45-летний специалист X": the post before a copula
            other = _role_phrase_before(text, copula, _INSTRUMENTAL, windows)
        elif (not role.rank[0] or role.kind in _TITLE_KINDS) and text[role.start - 1 : role.start] == " ":
            # "бывший губернатор штата член партии X": a post right before a generic role; "Директор
            # института академик X", "Лидер Буркина-Фасо капитан X": before a rank or title
            other = _role_phrase_before(text, role.start - 1, role.cases, windows)
        else:
            other = None
        if other is None or other.plural or _names_someone(text, other, unknown=joint is not None):
            break
        if other.rank[0] > role.rank[0] or (
            joint is None and role.kind in _TITLE_KINDS and other.kind not in _TITLE_KINDS and other.rank[0]
        ):  # only a generic role, or a rank or title, gives way to the post before it
            role = other
        else:
            break
    return role


@lru_cache(maxsize=1 << 14)
def _relative(word: str) -> frozenset[str]:
    """The cases of a lowercase animate noun that is no role (``дочь``, ``соперника``): the
    noun a name after a genitive role phrase may be in apposition to; empty for other words."""
    if not word.islower():
        return frozenset()
    info = _info(word)
    if info.role is not None or info.top_pos != "NOUN":
        return frozenset()
    return frozenset(_case(p.tag) for p in _parses(word) if p.tag.POS == "NOUN" and "anim" in p.tag)


_RELATIVE_BEFORE_RE = re.compile(r"(?<![А-Яа-яЁё-])([А-ЯЁа-яё][а-яё]+)[ \u00a0]+\Z")


def relative_before_role(text: str, role: _Role) -> bool:
    """Whether the role phrase ``role``, its head in the genitive, follows a person noun in the
    singular that is no role (``Сын``, ``супруга``, ``соратник``) right before it, in the
    nominative or after a preposition: ``Супруга президента Франции``, ``с женой посла``.
    A noun that opens a sentence is read in lower case."""
    if "gent" not in role.cases:
        return False
    found = _RELATIVE_BEFORE_RE.search(text, max(0, role.start - 24), role.start)
    if found is None:
        return False
    word = found.group(1)
    if not word.islower():
        if not _sentence_initial(text, found.start(1)):
            return False
        word = word.lower()
    # one name stands in apposition to one person ("противники премьер-министра X" name none), the
    # subject's noun or one after a preposition: after "стал преемником женщины-спикера X" the
    # noun is the subject's, named already
    after_preposition = (
        before := _LAST_WORD_RE.search(text, max(0, found.start(1) - 12), found.start(1))
    ) is not None and _info(before.group(1)).prep
    return bool(_relative(word)) and any(
        p.tag.POS == "NOUN"
        and "anim" in p.tag
        and "sing" in p.tag
        and (after_preposition or _case(p.tag) == "nomn")
        for p in _parses(word)
    )


def _apposed_to(relative: frozenset[str], cases: frozenset[str] | None) -> bool:
    """Whether a name in ``cases`` (None: any) after a genitive role phrase that follows a
    person noun in ``relative`` cases is in apposition to that noun, not the role's: the name
    is not in the genitive and the noun is in its case (``дочь президента Иванку``); never
    when the name's cases are not known (``брат лидера КНДР Ким Чен Ына``)."""
    return cases is not None and "gent" not in cases and bool(relative & cases)


def _names_someone(text: str, role: _Role, unknown: bool = True) -> bool:
    """Whether a role phrase holds a word that may be a person's name (a capitalized word, not
    its first, read as a first name or surname or, with ``unknown``, not known at all):
    ``министр обороны Иван Петров`` before ``, посол X`` is Петров's, not X's."""
    for m in list(WORD_RE.finditer(text, role.start, role.end))[1:]:
        w = m.group()
        if w.lower() == "имени":
            break  # "ассоциации имени Людвига ван Бетховена": the rest names an organisation
        if w[:1].isupper() and not w.isupper():
            info = _info(w.lower())
            if info.names or info.has_surn or (unknown and not info.known):
                return True
    return False


# Between two roles of one person before the name: "председатель партии, миллиардер X",
# "мультипликатор, режиссёр и художник X", "пианист — лауреат премии X".
_COORDINATION_BEFORE_RE = re.compile(r"(?:[ \u00a0]*,|[ \u00a0]+и|[ \u00a0]+[—–])[ \u00a0]+\Z")


# A comma or colon between a role and the name: "Другой пресс-секретарь, X, ...",
# "гандболистки клуба «Динамо»: X, Y, Z".
_COMMA_BEFORE_RE = re.compile(r"[ \u00a0]*([,:]|,?[ \u00a0]*как)[ \u00a0]*\Z")
# Words opening the list of names a plural role before them is the role of: "писатели, среди
# которых — X и Y", "артистам. Среди них X, Y", "шпионов, включая X".
_LIST_OPENER_BEFORE_RE = re.compile(
    r"[ \u00a0]*[,:.]?[ \u00a0]*(?:[Сс]реди[ \u00a0]+(?:которых|них)|в[ \u00a0]+том[ \u00a0]+числе|[Вв]ключая"
    r"|[Вв][ \u00a0]+(?:их|том)[ \u00a0]+числе)(?:[ \u00a0]+(?:были|был|была|оказались|оказался|оказалась))?"
    r"[ \u00a0]*[—–:-]?[ \u00a0]*\Z"
)
# A participial or relative clause set off by commas between a role opening a sentence and the
# name: "Спикер палаты, объявившая минуту молчания, X заявил", "Редактор газеты, где она работала, X".
_CLAUSE_BEFORE_RE = re.compile(
    r",[ \u00a0]*(?:[а-яё]+(?:вш|ющ|ущ|ащ|ящ)[а-яё]*|где|котор[а-яё]+)[ \u00a0]+[^,.;:!?()«»—–\n]{1,70}\Z"
)
# the name's verb after it: in the past or the present ("X заявил", "X считает")
_CLAUSE_VERB_AFTER_RE = re.compile(r"[ \u00a0]+[а-яё]+(?:л|ла|ли|ет|ит|ют|ят)(?![а-яё])")


def _role_before_clause(
    text: str, comma: int, end: int, cases: frozenset[str] | None, windows: _Windows | None = None
) -> _Role | None:
    """The role opening a sentence before a clause set off by commas before a name ending at
    ``end`` (``comma``: the comma after the clause), the name followed by its verb; None
    without one."""
    clause = _CLAUSE_BEFORE_RE.search(text, max(0, comma - 90), comma)
    if clause is None or _CLAUSE_VERB_AFTER_RE.match(text, end) is None:
        return None
    role = _role_phrase_before(text, clause.start(), cases, windows)
    return role if role is not None and not role.plural and _sentence_initial(text, role.start) else None


# "В числе" before a plural role in the genitive, and a copula between it and a list of names:
# "В числе приглашённых артистов были X, Y".
_AMONG_BEFORE_RE = re.compile(r"[ \u00a0]+(?:были|был|была|оказались|оказался|оказалась)[ \u00a0]+\Z")
_IN_NUMBER_BEFORE_RE = re.compile(r"(?<![А-Яа-яЁё])[Вв][ \u00a0]+числе[ \u00a0]+(?:[а-яё]+[ \u00a0]+){0,3}\Z")
_AFTER_APPOSITION_RE = re.compile(r"[ \u00a0]*(?:\([^()\n]{1,60}\)[ \u00a0]*)?[,—–]")
# A list opened after a plural role whose first items are no one's names read as people: "таких
# групп и музыкантов, как Bark Psychosis, X".
_LIST_ITEMS_BEFORE_RE = re.compile(
    r"[ \u00a0]*(?::|,?[ \u00a0]*как)[ \u00a0]+"
    r"(?:[A-ZА-ЯЁ«\"][\w«»\"-]*(?:[ \u00a0]+[A-ZА-ЯЁ«\"][\w«»\"-]*){0,3}[ \u00a0]*,[ \u00a0]*){1,3}\Z"
)
# "как" or "по образованию" before a role set off by a comma before the name: "Как
# автор-исполнитель, X ...", "По образованию инженер, X ...".
_AS_BEFORE_RE = re.compile(
    r"(?<![А-Яа-яЁё])(?:[Кк]ак|[Пп]о[ \u00a0]+(?:образованию|профессии|специальности))[ \u00a0]+\Z"
)
# A post named before a verb of holding it before the name: "пост директора занимал X".
_HELD_BEFORE_RE = re.compile(
    r"(?<![А-Яа-яЁё])(?:занимал|занимала|занимает|занял|заняла|займет|займёт|занимали)[ \u00a0]+\Z"
)
_POST_WORD_BEFORE_RE = re.compile(r"(?<![А-Яа-яЁё])(?:[Пп]ост|[Дд]олжность|[Кк]ресло)[ \u00a0]+\Z")
# A participle of holding a post, a time or place between, and the post word: "занимающая с
# июня 2016 года пост", "занимавший ранее должность".
_HOLDING_POST_BEFORE_RE = re.compile(
    r"(?<![А-Яа-яЁё])[Зз]анима(?:ющ|вш)[а-я]{2,3}(?:[ \u00a0]+[^,.;:!?()«»\n]{1,40}?)?"
    r"[ \u00a0]+(?:пост|должность|кресло)[ \u00a0]+\Z"
)


def _role_before_apposition(
    text: str, start: int, end: int, cases: frozenset[str] | None, windows: _Windows | None = None
) -> _Role | None:
    """A role before a name at ``start:end`` that ``_role_before`` does not read: one set off
    by a comma, the name closed by a comma or dash in turn (``Другой пресс-секретарь, X, ...``),
    or a plural one before a colon, ``как`` or ``среди которых``, ``включая`` opening the list
    the name begins (``гандболистки клуба: X, Y``, ``с такими режиссерами, как X, Y``,
    ``писатели, среди которых — X и Y``, ``музыкантов, как Radiohead, X``); one after ``как``
    set off by a comma (``Как автор-исполнитель, X``); one held by a verb of holding a post
    (``пост директора занимал X``); or one before a word saying where the person comes from or what party it belongs
    to (``тренером стал американец X``, ``членом палаты демократом X``): a lowercase animate
    noun in the name's case that is no role; or one in the instrumental after a participle of
    appointment (``назначенный премьер-министром X``)."""
    near = text[max(0, start - 40) : start]
    opener = (
        _LIST_OPENER_BEFORE_RE.search(text, max(0, start - 40), start)
        if "реди" in near or "числе" in near or "ключая" in near
        else None
    )
    if opener is not None:
        role = _role_phrase_before(text, opener.start(), None, windows)
        return role if role is not None and role.plural else None
    among = _AMONG_BEFORE_RE.search(text, max(0, start - 16), start) if "был" in near[-16:] else None
    if among is not None:
        role = _role_phrase_before(text, among.start(), _GENITIVE, windows)
        if (
            role is not None
            and role.plural
            and _IN_NUMBER_BEFORE_RE.search(text, max(0, role.start - 40), role.start)
        ):
            return role  # "В числе приглашённых артистов были X, Y и Z"
    sep = _COMMA_BEFORE_RE.search(text, max(0, start - 10), start)
    if sep is not None:
        if sep.group(1) != ",":  # ":" or "как": a list after a plural role
            role = _role_phrase_before(text, sep.start(), None, windows)
            return role if role is not None and role.plural else None
        wide = text[max(0, start - 160) : start]
        role = (
            _role_phrase_before(text, sep.start(), None, windows)
            if "ак " in wide[-80:] or "по " in wide[-80:].lower()
            else None
        )
        if (
            role is not None
            and not role.plural
            and _AS_BEFORE_RE.search(text, max(0, role.start - 24), role.start)
        ):
            return role  # "Как автор-исполнитель, X подарил ..."
        items = (
            _LIST_ITEMS_BEFORE_RE.search(text, max(0, start - 160), start)
            if "как" in wide or ":" in wide
            else None
        )
        if items is not None:
            role = _role_phrase_before(text, items.start(), None, windows)
            if role is not None and role.plural:
                return role
        if _AFTER_APPOSITION_RE.match(text, end) is None:
            return _role_before_clause(text, sep.start(), end, cases, windows)
        return _role_phrase_before(text, sep.start(), cases, windows)
    held = (
        _HELD_BEFORE_RE.search(text, max(0, start - 16), start)
        if "зан" in near[-16:] or "займ" in near[-16:]
        else None
    )
    if held is not None and (cases is None or "nomn" in cases):
        role = _role_phrase_before(text, held.start(), _GENITIVE, windows)
        if role is not None and _POST_WORD_BEFORE_RE.search(text, max(0, role.start - 12), role.start):
            return role  # "пост генерального директора занимал X"
    if (cases is None or "nomn" in cases) and text.find("анима", max(0, start - 160), start) != -1:
        role = _role_phrase_before(text, start, _GENITIVE, windows)
        if role is not None and _HOLDING_POST_BEFORE_RE.search(text, max(0, role.start - 80), role.start):
            return role  # "занимающая с 2016 года пост премьер-министра X"
    word = _LAST_WORD_RE.search(text, max(0, start - 24), start)
    if word is not None and _qualifier(word.group(1), cases):
        at = word.start(1)
        for _ in range(2):  # "нижегородский единоросс X": the qualifier's adjectives too
            adjective = _LAST_WORD_RE.search(text, max(0, at - 24), at)
            if adjective is None or not _agreeing_adjective(_info(adjective.group(1)), cases or _ALL_CASES):
                break
            at = adjective.start(1)
        return _role_before(text, at, cases, windows)
    if _appointed_near(text, max(0, start - 120), start):
        role = _role_phrase_before(text, start, _INSTRUMENTAL, windows)
        if role is not None and _APPOINTED_BEFORE_RE.search(text, max(0, role.start - 24), role.start):
            return role  # "назначенный премьер-министром X", "Избранный накануне новым мэром X"
    role = _role_and_person_noun_before(text, start, cases, windows)
    if role is not None:
        return role
    words = WORD_RE.findall(text, start, end)
    if cases is not None and len(words) > 1 and all(not _info(w.lower()).known for w in words):
        # a foreign name of words no dictionary knows may not decline, whatever case it was read in:
        # "с президентом острова Цай Инвэнь"
        return _role_before(text, start, None, windows)
    return None


# Kinship nouns: a name after "и" and one of them is seldom the role's before it.
_KIN = frozenset(
    {"жена", "муж", "супруга", "супруг", "вдова", "вдовец", "сын", "дочь", "мать", "отец", "брат", "сестра"}
    | {"внук", "внучка", "дед", "бабушка", "племянник", "племянница", "невеста", "жених"}
)


def _role_and_person_noun_before(
    text: str, start: int, cases: frozenset[str] | None, windows: _Windows | None = None
) -> _Role | None:
    """A role joined by ``и`` to a person noun that is no role right before the name, the noun
    with its adjectives and genitive complement, both in the name's case: ``вице-президент
    страны и политический соперник генерала X``; not a kinship noun (``министр и жена посла X``).
    None without one."""
    if " и " not in text[max(0, start - 120) : start]:
        return None
    window = windows.get(start) if windows is not None else None
    toks, gaps = window if window is not None else _window_before(text, start)
    for j in range(1, len(toks) - 1):
        if toks[j].text != "и" or _gap_kind(gaps[j - 1]) != "plain":
            continue
        k = j + 1
        while k < len(toks) - 1 and toks[k].info.adjs and not _relative(toks[k].text):
            k += 1
        relative = _relative(toks[k].text)
        if cases is not None:
            relative &= cases
        if not relative or _parses(toks[k].text.lower())[0].normal_form in _KIN:
            continue  # "министр и жена посла X": kin are most often another person
        ends, _in_pp = _complement(toks, gaps, k + 1, len(toks))
        if ends[-1] != len(toks):
            continue
        role = _role_phrase_before(text, toks[j].start, relative, windows)
        if role is not None and not role.plural and not _names_someone(text, role):
            return role
    return None


_ALTERNATIVES_RE = re.compile(r"\(\?:([а-яё]+(?:\|[а-яё]+)*)\)")  # (?:word|word|...)


def _first_letters(alternatives: str) -> str:
    """The first letters of the words of ``(?:word|word|...)``: a lookahead on them lets a
    search skip at once the positions where no word starts (each letter as case-blind as the
    pattern); every letter when the pattern is not of that shape."""
    words = _ALTERNATIVES_RE.fullmatch(alternatives)
    return "".join(sorted({w[0] for w in words.group(1).split("|")})) if words else r"\s\S"


# A participle of appointment before a role in the instrumental before the name.
_APPOINTED = r"(?:назначенн|избранн|утвержденн|утверждённ|переизбранн|ставш)"
_APPOINTED_BEFORE_RE = re.compile(
    rf"(?<![А-Яа-яЁё]){_APPOINTED}[а-я]{{2,3}}"
    r"(?:[ \u00a0]+(?:накануне|вчера|сегодня|ранее|недавно|впервые))?[ \u00a0]+\Z",
    re.IGNORECASE,
)
_APPOINTED_NEAR_RE = re.compile(rf"(?=[{_first_letters(_APPOINTED)}]){_APPOINTED}", re.IGNORECASE)
# Letters a case-blind pattern matches that no lowercase Russian letter equals (ᲀ for в, ᲃ for
# с ...): a text holding one is searched with the pattern itself.
_FOLDED_ODDLY_RE = re.compile("[\u1c80-\u1c88]")
_APPOINTED_WORDS = tuple(m.group(1).split("|")) if (m := _ALTERNATIVES_RE.fullmatch(_APPOINTED)) else ()


def _appointed_near(text: str, lo: int, hi: int) -> bool:
    """Whether ``_APPOINTED_NEAR_RE`` finds a participle of appointment in ``text[lo:hi]``: the
    pattern runs only where its words stand in the lowercased text (a search of every position
    of 120 characters costs more than the look)."""
    low = text[lo:hi].lower()
    if _APPOINTED_WORDS and not any(w in low for w in _APPOINTED_WORDS) and not _FOLDED_ODDLY_RE.search(low):
        return False
    return _APPOINTED_NEAR_RE.search(text, lo, hi) is not None


_LAST_WORD_RE = re.compile(r"(?<![А-Яа-яЁё-])([а-яё]+)[ \u00a0]+\Z")


@lru_cache(maxsize=1 << 14)
def _qualifier(word: str, cases: frozenset[str] | None) -> bool:
    """Whether a lowercase word is an animate noun in the singular, no role, in one of ``cases``:
    ``американец``, ``демократом``, ``националист``; not a plural (``энергетики``, also the
    genitive of ``энергетика`` in ``министр энергетики``), which names no one person."""
    info = _info(word)
    if info.role is not None or info.top_pos != "NOUN":
        return False
    return any(
        p.tag.POS == "NOUN"
        and "anim" in p.tag
        and "sing" in p.tag
        and (cases is None or _case(p.tag) in cases)
        for p in _parses(word)
    )


# "один из", "одна из", "одним из" ... before a plural role noun in the genitive.
_ONE_OF_RE = re.compile(
    r"(?<![А-Яа-яЁё])(?:один|одна|одного|одной|одному|одним|одну|одном)[ \u00a0]+\Z", re.IGNORECASE
)


def _one_of(text: str, toks: list[_Tok], gaps: list[str], k: int) -> bool:
    """Whether the plural role noun ``toks[k]`` follows ``один из`` and adjectives only
    (``одним из высокопоставленных сановников``): the role of the one named after it."""
    j = k - 1
    while j >= 0 and toks[j].text.lower() != "из":
        if not (toks[j].info.adjish or toks[j].text.lower() in _QUANTIFIERS) or _gap_kind(gaps[j]) != "plain":
            return False
        j -= 1
    if j == 1 and _ONE_OF_RE.match(toks[0].text + " "):  # "одного" read into the window
        return True
    return j == 0 and _ONE_OF_RE.search(text, max(0, toks[0].start - 12), toks[0].start) is not None


def _role_phrase_before(
    text: str, pos: int, cases: frozenset[str] | None, windows: _Windows | None = None
) -> _Role | None:
    """The role phrase that ends right before ``pos``, its head in one of ``cases``."""
    window = windows.get(pos) if windows is not None else None
    if window is None:
        window = _window_before(text, pos)
        if windows is not None:
            windows[pos] = window
    toks, gaps = window
    if not any(t.info.role is not None for t in toks):
        return None  # most phrases: no role noun, so no head (``_head_at``) anywhere
    n = len(toks)
    for k in range(n):
        last = _head_at(toks, gaps, k)
        if last is None:
            continue
        info = _head_info(toks, k, last)
        agreed = info.role_cases & cases if cases is not None else info.role_cases
        # a plural head before a list of names: "сенаторы Джон Маккейн и Марко Рубио"
        plural_agreed = info.role_plural_cases & cases if cases is not None else info.role_plural_cases
        plural = bool(plural_agreed)
        agreed = agreed or plural_agreed
        if not agreed and "gent" in info.role_plural_cases and _one_of(text, toks, gaps, k):
            agreed, plural = _GENITIVE, False  # "один из командиров ополчения X": X's own role
        acting = None
        if "gent" in info.role_cases and (not agreed or agreed & _GENITIVE):
            # (also when the name may be in the genitive itself: "исполняющего обязанности
            # губернатора X" is X's acting post, not X's post)
            acting = _acting(text, toks, gaps, k)
            if acting is not None:
                agreed = _GENITIVE  # "и.о. президента Украины X", "исполняющий обязанности посла X"
        if not agreed:
            continue
        if _coordinated_head_after(toks, last, n):
            continue  # "Председатель Кабинета министров X и премьер-министр Y": the later head is Y's
        complement_key = (pos, k, last, agreed)
        complement = windows.complements.get(complement_key) if windows is not None else None
        if complement is None:
            complement = _complement(
                toks, gaps, last + 1, n, head=_Head(agreed, info.role_gender, info.substantive)
            )
            if windows is not None:
                windows.complements[complement_key] = complement
        ends, in_pp = complement
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
            if _agreeing_adjective(toks[j].info, agreed) and not (
                toks[j].text[:1].isupper()
                and toks[j].info.has_surn
                and not _sentence_initial(text, toks[j].start)
            ):
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
        if (
            first > 0
            and "gent" in info.role_cases
            and _gap_kind(gaps[first - 1]) == "plain"
            and _apposed_to(_relative(toks[first - 1].text), cases)
        ):
            # "дочь действующего президента Иванку": a name not in the genitive after a role that
            # may be, itself after a person noun in the name's case, is in apposition to that noun
            return None
        role_key = (pos, first, k, last, agreed, plural)
        built = windows.roles.get(role_key) if windows is not None else None
        if built is None:
            role = _build_role(text, toks, first, k, last, agreed, n, in_pp, plural)
            if windows is not None:
                windows.roles[role_key] = role
        else:
            # a role of its own, as one read anew is (roles are told apart by identity too), of
            # the very cases asked (equal sets may list their cases in another order)
            role = _Role(
                built.start,
                built.end,
                built.text,
                built.weight,
                built.kind,
                built.gender,
                agreed,
                built.plural,
                built.generic,
                built.prize,
            )
        if acting is not None:
            written = " ".join(text[toks[first].start : role.end].split()).split(" ")
            genitive = " ".join(written[: len(role.text.split(" "))])
            return _Role(
                acting[0],
                role.end,
                f"{acting[1]} {genitive}",
                role.weight + 1,
                role.kind,
                cases=_acting_cases(text[acting[0] : acting[0] + 16]),
            )
        return role
    return None


_COORDINATORS = frozenset({"и", "та", "і", "й", "and", "i", "oraz"})


def _coordinated_head_after(toks: list[_Tok], last: int, n: int) -> bool:
    """Whether another role head follows a coordinating conjunction after the head ending at
    ``last``, one of another person's role: in a case a complement's noun is not in (``Председатель
    Кабинета министров Кыргызстана X и премьер-министр Таджикистана Y``), or after a name of two
    capitalized words (``... X Y и премьер-министра Z``). The later head is then the name's, the
    earlier another's (or the same person's first post: ``заместитель председателя и министр
    финансов Y`` is read as ``министр финансов``); a genitive head after the conjunction stays in the
    complement (``заместитель министра финансов и министра экономики Y``)."""
    for j in range(last + 2, n):
        if toks[j - 1].text.lower() not in _COORDINATORS or toks[j].info.role is None:
            continue
        if toks[j].info.role_cases - _COMPLEMENT_CASES:
            return True
        if j >= last + 4 and toks[j - 2].text[:1].isupper() and toks[j - 3].text[:1].isupper():
            return True
    return False


_COMPLEMENT_CASES = frozenset({"gent", "accs"})


# Before a role in the genitive, words saying the post is held for the time being: "и.о.",
# "врио", "исполняющий обязанности".
_ACTING_BEFORE_RE = re.compile(r"(?<![А-Яа-яЁё])(?:[иИ]\.[ \u00a0]?о\.|[вВ]рио)[ \u00a0]*\Z")


# The case endings of the participle "исполняющий" and the cases of the name after the post it
# opens, which agrees with it: "с исполняющим обязанности консула X" (X in the instrumental).
_ACTING_PARTICIPLE_CASES = {
    "ими": frozenset({"ablt"}),
    "ий": frozenset({"nomn"}),
    "ая": frozenset({"nomn"}),
    "его": frozenset({"gent", "accs"}),
    "ему": frozenset({"datv"}),
    "им": frozenset({"ablt"}),
    "ем": frozenset({"loct"}),
    "ей": frozenset({"gent", "datv", "ablt", "loct"}),
    "ую": frozenset({"accs"}),
    "ею": frozenset({"ablt"}),
}
# the participle's feminine endings: a woman's acting post ("исполняющей обязанности министра")
_ACTING_FEMININE_ENDINGS = ("ая", "ей", "ую", "ею")
_ACTING_PARTICIPLE_RE = re.compile(r"исполняющ([а-яё]+)", re.I)


def _acting_nominative(participle: str) -> str:
    """The nominative of the participle ``participle`` (``исполняющим``, ``исполняющей``) in its
    gender, written as it is (``исполняющий``, ``исполняющая``)."""
    feminine = participle.lower().endswith(_ACTING_FEMININE_ENDINGS)
    return _like_written("исполняющая" if feminine else "исполняющий", participle)


def _acting_cases(written: str) -> frozenset[str]:
    """The cases of a name after an acting post whose words open ``written``: the participle's
    (``исполняющим обязанности`` -> instrumental, ``исполняющего`` -> genitive or accusative);
    every case after ``и.о.`` and ``врио``, which do not decline."""
    m = _ACTING_PARTICIPLE_RE.match(written)
    if m is None:
        return _ALL_CASES
    return _ACTING_PARTICIPLE_CASES.get(m.group(1).lower(), _ALL_CASES)


def _acting(text: str, toks: list[_Tok], gaps: list[str], k: int) -> tuple[int, str] | None:
    """Where the words saying that the post of the genitive role noun ``toks[k]`` is held for
    the time being start, and those words in the nominative (``и.о.``, ``врио``,
    ``исполняющий обязанности``), the words between them and the noun being adjectives; None
    without them."""
    i = k
    while (
        i > 0
        and toks[i - 1].info.adjish
        and _gap_kind(gaps[i - 1]) == "plain"
        and toks[i - 1].text.lower() != "обязанности"
    ):
        i -= 1
    if (
        i >= 2
        and toks[i - 1].text.lower() == "обязанности"
        and toks[i - 2].text.lower().startswith("исполняющ")
    ):
        acting = toks[i - 2]
        return acting.start, _acting_nominative(acting.text) + " обязанности"
    if i >= 1 and toks[i - 1].text.lower() == "врио":
        return toks[i - 1].start, toks[i - 1].text
    if i == 0:
        m = _ACTING_BEFORE_RE.search(text, max(0, toks[0].start - 8), toks[0].start)
        if m is not None:
            return m.start(), " ".join(m.group().split())
    return None


# A predicate that names the role of the person before it: "X назначен министром",
# "X, избранная на пост председателя", "X занимает должность директора".
_PREDICATE_RE = re.compile(
    # "который", maybe with an emphatic particle: "которая и является президентом"
    r"(?:(?:,|[ \u00a0]+[—–])[ \u00a0]*(?:котор(?:ый|ая|ое|ые)[ \u00a0]+(?:(?:и|же)[ \u00a0]+){0,2})?)?[ \u00a0]*"
    r"(?:(?:был|была|будет|ранее|позже|вновь|теперь|тогда|ныне|сейчас|также|уже|затем|потом|прежде|"
    r"сегодня|вчера|накануне|недавно|"
    r"впоследствии|давно|долго|долгое[ \u00a0]+время|некоторое[ \u00a0]+время|когда-то|"
    r"в[ \u00a0]+настоящее[ \u00a0]+время|в[ \u00a0]+то[ \u00a0]+время|"
    # when: "в 2010 году", "в июле 2010 года", "с 1998 по 2004 год", "в 1990-х годах", "в прошлом году"
    r"(?:в|во|с|до|к)[ \u00a0]+(?:\d{1,2}[ \u00a0]+)?(?:[а-я]+[ \u00a0]+)?\d{4}(?:[-–]\d{2,4}|-х)?"
    r"(?:[ \u00a0]+(?:по|до)[ \u00a0]+\d{4})?[ \u00a0]+(?:году|года|годах|годов|год|гг?\.)|"
    r"в[ \u00a0]+(?:прошлом|этом|том|следующем)[ \u00a0]+году)(?:[ \u00a0]*,)?[ \u00a0]+){0,2}"
    r"(?:назначен[а-я]*|избран[а-я]*|утвержд[а-я]*|переизбран[а-я]*|стал|стала|станет|станов[а-я]*|явля[а-я]*|"
    r"ставш[а-я]*|"
    r"был|была|(?:со)?вмеща[а-я]*|признан[а-я]*|назван[а-я]*|"
    r"работа[а-я]*|служ[а-я]*|занима[а-я]*|занял[а-я]*|возглав[а-я]*|в[ \u00a0]+качестве)"
    # where or since when, between the verb and the role: "работала в анимации с 1971 года
    # сначала художницей", "стал в Чили послом"
    r"(?:[ \u00a0]+(?:(?:в|во|на)[ \u00a0]+[а-яё]+|с[ \u00a0]+\d{4}[ \u00a0]+года|сначала|затем|потом|вскоре)){0,3}"
    r"[ \u00a0]+(?:(?:(?:в|на)[ \u00a0]+[а-яё]+[ \u00a0]+)?(?:(?:на|в|с)[ \u00a0]+)?"
    r"(?:пост|посту|должность|должности|поста)[ \u00a0]+"
    # a superlative says how, not what: "стала самой известной журналисткой"
    r"|сам(?:ым|ой)[ \u00a0]+[а-яё]+(?:ым|им|ой|ей)[ \u00a0]+"
    # the post held for the time being, its role in the genitive: "назначен и.о. министра", "стал врио губернатора"
    r"|(?:новым|новой|первым|первой|(?:временно[ \u00a0]+)?исполняющ(?:им|ей)[ \u00a0]+обязанности|временно|"
    r"[иИ]\.[ \u00a0]?[оО]\.|[вВ]рио|\d{1,3}-(?:м|й|ым|ой))[ \u00a0]+)?"
)
_PREDICATE_CASES = frozenset({"ablt", "gent", "accs"})
# A post left, named a few words after the name in the clause the name begins: "X ушел с поста
# главы компании", "X уходит в отставку с поста директора", "снятие X с поста"; a post taken
# over ("X сменил на посту главы компании Y") or one the name is congratulated on ("поздравил X с
# избранием на пост главы"). Only a post left or taken is surely the subject's own ("X выдвинул
# на пост главы ФБР Y" names Y's); no pronoun on the way ("X снял его с должности").
_POST_AFTER_RE = re.compile(
    r"(?:[ \u00a0]*,)?[ \u00a0]+(?:(?:(?!(?:его|ее|её|их|ему|ей|им|него|нее|неё|них|себя|"
    r"снял|сняла|сняли|снимает|освободил|освободила|освободили|освобождает|уволил|уволила|уволили|"
    r"отстранил|отстранила|отстранили|сместил|сместила|сместили)[ \u00a0])[а-яё]+[ \u00a0]+){0,3}?"
    r"с[ \u00a0]+(?:поста|должности)"
    r"|от[ \u00a0]+(?:поста|должности)"  # "освободил X от должности"
    r"|(?:сменил|сменила|сменит|сменяет|сменивш[а-я]*)[ \u00a0]+на[ \u00a0]+(?:посту|должности)"
    r"|с[ \u00a0]+(?:избранием|назначением|переизбранием|утверждением)[ \u00a0]+на[ \u00a0]+"
    r"(?:пост|должность))[ \u00a0]+"
)
_GENITIVE = frozenset({"gent"})
# A post a name not in the nominative is moved to or put up for, a few words after it: "перевод X
# в Москву на должность мэра", "утвердил X на пост министра".
_POST_TO_RE = re.compile(
    r"[ \u00a0]+(?:(?:в|во)[ \u00a0]+[А-ЯЁA-Z][\w-]*[ \u00a0]+)?на[ \u00a0]+(?:пост|должность)[ \u00a0]+"
)
_OBJECT_CASES = frozenset({"gent", "accs"})
# A verb with no subject after a name in the accusative that gives it the role after it: "X
# назначили тренером", "X избрали на пост председателя".
_GIVEN_ROLE_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:(?:вчера|сегодня|ранее|затем|недавно|вновь)[ \u00a0]+)?"
    r"(?:назначили|избрали|переизбрали|утвердили|выбрали)[ \u00a0]+"
    r"(?:(?:на|в)[ \u00a0]+(?:пост|должность)[ \u00a0]+|(?:новым|новой|первым|первой)[ \u00a0]+)?"
)


# What may follow a name before its role: a bracket holding its spelling in another script
# ("Джорди Аркаронс (Jordi Arcarons), профессор ..."), an age ("X, 34 года, врач").
# A name's spelling in Latin script opening a bracket, a nickname in brackets inside it, and the
# comma after it: "(James (Buddy) McGirt, ".
_LATIN_SPELLING_RE = re.compile(
    r"[A-Z][A-Za-z.'’\- ]{0,40}(?:\([A-Za-z.'’\- ]{1,20}\)[A-Za-z.'’\- ]{0,30})?,[ \u00a0]*"
)
_ALIAS_RE = re.compile(r"[ \u00a0]*\([^()\n]{1,80}\)")
_AGE_AFTER_RE = re.compile(r"[ \u00a0]*,[ \u00a0]*\d{1,3}[ \u00a0]+(?:год|года|лет)(?=[ \u00a0]*,)")
# A role in brackets after the name: "X (31-летний полузащитник ...)".
_BRACKET_AFTER_RE = re.compile(r"[ \u00a0]*\([ \u00a0]*(?:\d{1,3}-?летн[а-я]*[ \u00a0]+)?")
# A verb before a name in the accusative that names the role it gives in the instrumental after
# it: "утвердил X главой Госсовета", "назначил X министром".
_GIVES_ROLE_BEFORE_RE = re.compile(
    r"(?<![А-Яа-яЁё])(?:назначил|назначила|назначили|назначить|утвердил|утвердила|утвердили|утвердить|"
    r"избрали|избрал|избрала|избрать|назвал|назвала|назвали|сделал|сделала|сделали)[ \u00a0]+\Z"
)


# A noun of appointment before a name in the genitive: "назначение X послом", "утверждение X главой".
_APPOINTMENT_BEFORE_RE = re.compile(
    r"(?<![А-Яа-яЁё])(?:назначени[еяюи]|назначением|утверждени[еяюи]|утверждением|избрани[еяюи]|избранием)"
    r"[ \u00a0]+\Z"
)
# The words a verb of appointment and its object may have between them: "назначил свою жену X".
_OBJECT_WORDS_BEFORE = tuple(re.compile(rf"(?<![А-Яа-яЁё-])((?:[а-яё]+[ \u00a0]+){{{n}}})\Z") for n in (1, 2))
_OWN = frozenset({"свою", "своего", "свой", "его", "её", "ее", "их"})
# What every word of _GIVES_ROLE_BEFORE_RE and _APPOINTMENT_BEFORE_RE holds.
_APPOINTING_STEMS = ("назнач", "утверд", "избра", "назва", "сдела")


def _gives_role_before(text: str, start: int, cases: frozenset[str]) -> bool:
    """Whether a verb or a noun of appointment before a name starting at ``start`` gives it the
    role in the instrumental after it: the verb right before a name in the accusative
    (``утвердил X главой``) or one or two words before it, each a possessive or a noun or
    adjective in the accusative (``назначил свою жену X министром``, ``назначили итальянца X
    главой``); the noun right before one in the genitive (``назначение X послом``)."""
    lo = max(0, start - 48)
    near = text[lo:start].lower()
    if not any(stem in near for stem in _APPOINTING_STEMS):
        return False  # the patterns run only where their words stand
    if "gent" in cases and _APPOINTMENT_BEFORE_RE.search(text, lo, start) is not None:
        return True
    if "accs" not in cases:
        return False
    if _GIVES_ROLE_BEFORE_RE.search(text, lo, start) is not None:
        return True
    for rule in _OBJECT_WORDS_BEFORE:
        words = rule.search(text, lo, start)
        if words is None:
            return False
        if not all(
            w in _OWN or any(_case(p.tag) == "accs" and p.tag.POS in ("NOUN", "ADJF") for p in _parses(w))
            for w in words.group(1).split()
        ):
            return False
        if _GIVES_ROLE_BEFORE_RE.search(text, lo, words.start()) is not None:
            return True
    return False


def _role_after(text: str, pos: int, cases: frozenset[str] | None, start: int | None = None) -> _Role | None:
    """A role written as an apposition after a name ending at ``pos`` (``..., министр ...``,
    ``X (полузащитник клуба)``, ``X, 34 года, врач``), or named by a predicate (``...
    назначен министром ...``, ``..., который станет рейнджером``, ``... на посту главы
    ...``), a bracket with the name's spelling in another script aside; or, the name starting
    at ``start`` after a verb that gives a role, the role in the instrumental right after it
    (``утвердил X главой Госсовета``)."""
    if (
        start is not None
        and cases is not None
        and text[pos : pos + 1] == " "
        and _gives_role_before(text, start, cases)
    ):
        role = _role_at(text, pos + 1, _INSTRUMENTAL)
        if role is not None:
            return role
    bracket = _BRACKET_AFTER_RE.match(text, pos)
    if bracket is not None:
        # a role in brackets is in the nominative whatever the name's case: "Олега Серова
        # (защитник клуба)", also after the name's spelling in Latin script: "(Oleg Serov,
        # защитник клуба)"
        spelling = _LATIN_SPELLING_RE.match(text, bracket.end())
        role = _role_at(text, spelling.end() if spelling is not None else bracket.end(), None)
        if role is not None:
            return role
        alias = _ALIAS_RE.match(text, pos)
        if alias is not None:
            pos = alias.end()
    age = _AGE_AFTER_RE.match(text, pos)
    if age is not None:
        pos = age.end()
    m = _APPOSITION_RE.match(text, pos)
    ahead = text[pos : pos + 48]
    if (cases is None or "accs" in cases) and ("значил" in ahead or "брали" in ahead or "твердил" in ahead):
        found = _GIVEN_ROLE_AFTER_RE.match(text, pos)
        if found is not None:  # "Олега Серова назначили тренером клуба"
            role = _role_at(text, found.end(), _PREDICATE_CASES)
            if role is not None:
                return role
    if cases is not None and "nomn" not in cases and cases & _OBJECT_CASES and "на " in ahead:
        found = _POST_TO_RE.match(text, pos)
        if found is not None:
            role = _role_at(text, found.end(), _GENITIVE)
            if role is not None:
                return role
    role = _predicate_role(text, pos)
    if role is not None:
        return role
    clause = _PARTICIPLE_CLAUSE_RE.match(text, pos)
    if clause is not None:  # "X, родившийся в 1958 году, теперь занимает должность ректора"
        role = _predicate_role(text, clause.end())
        if role is not None:
            return role
    if m is None:
        return None
    name_start, start = start, m.end()
    one_of = _ONE_OF_AFTER_RE.match(text, start)
    if one_of is not None:  # "X, один из руководителей компании, ...": a plural genitive
        role = _role_at(text, one_of.end(), _GENITIVE, plural=True)
        if role is not None:
            return replace(role, plural=False)
    adverb = _THEN_RE.match(text, start)
    if adverb is not None:  # "Владимира Путина, тогда президента России,"
        start = adverb.end()
    role = _role_at(text, start, cases)
    if role is None and (cases is None or "gent" not in cases):
        role = _role_after_person_noun(text, start, cases)
    if role is not None and _name_agrees_after(text, role):
        return None  # "земляка X, генерального прокурора штата Y": the role of the name after it
    if (
        role is not None
        and name_start is not None
        and "gent" not in role.cases
        and "," in text[max(0, name_start - 24) : name_start]
        and (noun := _APPOSED_NOUN_BEFORE_RE.search(text, max(0, name_start - 24), name_start)) is not None
        and _relative(noun.group(1))
    ):
        return None  # "Y, соратник X, премьер ...": the name is the noun's complement, the role Y's
    return role


# A person noun set off by a comma right before a name: ", соратник X".
_APPOSED_NOUN_BEFORE_RE = re.compile(r",[ \u00a0]*([а-яё]+)[ \u00a0]+\Z")
# A person noun in apposition and its complement up to the comma before a second apposition:
# "соратник Цзян Цзэминя, ".
_PERSON_NOUN_APPOSITION_RE = re.compile(r"([а-яё]+)[ \u00a0]+[^,.;:!?()«»—–\n]{1,60}?,[ \u00a0]*")


def _role_after_person_noun(text: str, start: int, cases: frozenset[str] | None) -> _Role | None:
    """The role in a second apposition after a name, the first a person noun that is no role
    with its complement (``X, соратник Y, премьер Государственного совета ...``): the role
    agreeing with the name (None: any case) in a case other than the genitive the complement's
    name is in."""
    found = _PERSON_NOUN_APPOSITION_RE.match(text, start)
    if found is None or not (_relative(found.group(1)) & (cases or _ALL_CASES)):
        return None
    role = _role_at(text, found.end(), cases)
    return role if role is not None and "gent" not in role.cases else None


# A participial clause set off by commas right after a name: "X, родившийся в 1958 году, ...",
# "X, окончившая МГУ, ...".
_PARTICIPLE_CLAUSE_RE = re.compile(
    r"[ \u00a0]*,[ \u00a0]+[а-яё]+(?:вш|ш)(?:ий|ая|ие)(?:ся)?(?:[ \u00a0]+[^,.;:!?()«»—–\n]{1,60})?"
    r"[ \u00a0]*,(?=[ \u00a0])"
)


def _predicate_role(text: str, pos: int) -> _Role | None:
    """The role a predicate right after a subject ending at ``pos`` names (``... был назначен
    министром обороны``, ``... ушел с поста главы компании``), or None. A post held for the time
    being keeps the words that say so, as before a name: ``назначен и.о. министра финансов`` is
    ``и.о. министра финансов``, ``стал исполняющим обязанности губернатора`` is ``исполняющий
    обязанности губернатора``."""
    for rule, rule_cases in ((_PREDICATE_RE, _PREDICATE_CASES), (_POST_AFTER_RE, _GENITIVE)):
        found = rule.match(text, pos)
        if found is not None and found.end() > pos + 3:
            role = _role_at(text, found.end(), rule_cases)
            if role is None:
                continue
            acting = _ACTING_TAIL_RE.search(text, found.start(), found.end())
            if acting is not None and "gent" in role.cases:
                words = acting.group(1).split()
                if words[-1].lower() == "обязанности":
                    words[-2] = _acting_nominative(words[-2])
                written = " ".join(text[role.start : role.end].split())
                return _Role(
                    acting.start(1), role.end, f"{' '.join(words)} {written}", role.weight, role.kind
                )
            return role
    return None


# The words of a predicate's end saying the post after them is held for the time being.
_ACTING_TAIL_RE = re.compile(
    r"(?<![А-Яа-яЁё])((?:[вВ]ременно[ \u00a0]+)?[иИ]сполняющ[а-яё]*[ \u00a0]+обязанности|[иИ]\.[ \u00a0]?[оО]\.|[вВ]рио)"
    r"[ \u00a0]+\Z"
)


# "один из", "одна из" opening an apposition: the role is a plural in the genitive after it.
_ONE_OF_AFTER_RE = re.compile(r"(?:один|одна)[ \u00a0]+из[ \u00a0]+(?:(?:самых|наиболее|ведущих)[ \u00a0]+)?")
_NAME_AFTER_RE = re.compile(r"[ \u00a0]+([A-ZА-ЯЁ][а-яё]*)")
_THEN_RE = re.compile(
    r"(?:тогда|ныне|теперь|сейчас|впоследствии|позднее|позже|в[ \u00a0]+то[ \u00a0]+время|в[ \u00a0]+прошлом)"
    r"(?:[ \u00a0]*,)?[ \u00a0]+"
)


def _name_agrees_after(text: str, role: _Role) -> bool:
    """Whether a name right after a role phrase may agree with its head in case (``генерального
    прокурора штата Патрика``, not ``представитель фонда Анны Франк``), so that the role is that
    name's: a capitalized word read first as a first name, in one of the head's cases."""
    m = _NAME_AFTER_RE.match(text, role.end)
    if m is None:
        return False
    info = _info(m.group(1).lower())
    return info.name_top and any(case in role.cases for case, _g, _l, _s in info.names)


def _role_at(text: str, start: int, cases: frozenset[str] | None, plural: bool = False) -> _Role | None:
    """A role phrase starting at ``start``: adjectives, a role noun in one of ``cases`` (with
    ``plural``, in the plural: ``советниками Белого дома``) and its complement."""
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
        toks.append(_TUPLE_NEW(_Tok, (w.start(), w.end(), w.group(), _info(w.group().lower()))))
        prev_end = w.end()
        if len(toks) == 6 and not any(t.info.role is not None for t in toks):
            return None  # no role noun where a head may stand: read no further
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
    info = _head_info(toks, k, last)
    head_cases = info.role_plural_cases if plural else info.role_cases
    agreed = head_cases & cases if cases is not None else head_cases
    if not agreed or any(t.text != "и" and not _agreeing_adjective(t.info, agreed) for t in toks[:k]):
        return None
    ends, in_pp = _complement(
        toks,
        gaps,
        last + 1,
        len(toks),
        stop_at_names=True,
        head=_Head(agreed, info.role_gender, info.substantive),
    )
    return _build_role(text, toks, 0, k, last, agreed, ends[-1], in_pp, plural)


# "оба"/"обе" after two names, and a plural role they both hold: "X и Y (оба являются советниками
# Белого дома)", "X и Y, обе — теннисистки".
_BOTH_AFTER_RE = re.compile(
    r"[ \u00a0]*[(,][ \u00a0]*(?:оба|обе)[ \u00a0]*(?:[—–][ \u00a0]*|(?:являются|являлись|были|стали|работают|работали)"
    r"[ \u00a0]+)?"
)
# Between the two names: a comma or "и", and a person noun with its possessive ("и её мужа").
_PAIR_GAP_RE = re.compile(r"(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+и[ \u00a0]+)(?:[а-яё]+[ \u00a0]+){0,2}")


def _both_role(text: str, first_end: int, second_start: int, second_end: int) -> _Role | None:
    """The plural role ``оба``/``обе`` gives two names written one after the other (ending at
    ``first_end``, the second at ``second_start``:``second_end``): ``X и её муж Y (оба являются
    советниками Белого дома)``; None when the words do not read so."""
    if not _PAIR_GAP_RE.fullmatch(text, first_end, second_start):
        return None
    both = _BOTH_AFTER_RE.match(text, second_end)
    if both is None or both.end() == second_end:
        return None
    return _role_at(text, both.end(), None, plural=True)


# A word with its hyphenated parts: "премьер-министр", "экс-глава".
_HYPHENATED_RE = re.compile(rf"[^\W\d_]+(?:[{_HYPHENS}][^\W\d_]+)*")


def _free_roles(text: str, taken: list[tuple[int, int]], starts: list[int] | None = None) -> list[_Role]:
    """Role phrases of ``text`` tied to no name that open a sentence: a singular role noun in
    the nominative among its first four words, the words before it adjectives, with its
    complement (as ``_role_at`` reads them), outside the ``taken`` spans (the names and the
    roles read next to them). These are read as references to a person named elsewhere in the
    text (``Северокорейский лидер заявил ...``)."""
    marks = bytearray(len(text) + 1)
    for s, e in taken:
        marks[s:e] = b"\x01" * (e - s)
    found: list[_Role] = []
    for start in sorted(_sentence_starts(text)) if starts is None else starts:
        if start < len(text) and text[start].isdigit() and (age := _AGE_OPENING_RE.match(text, start)):
            start = age.end()  # "61-летняя певица сообщила ..."
        if start >= len(text) or not text[start].isalpha() or marks[start]:
            continue
        for n, m in enumerate(_HYPHENATED_RE.finditer(text, start, min(len(text), start + 120))):
            word = m.group()
            info = _info(word.rsplit("-", 1)[-1].lower())
            if info.role is not None and info.role_cases:
                break
            if n == 3 or not info.adjs:
                info = None
                break
        else:
            continue
        if info is None:
            continue
        role = _role_at(text, start, _NOMINATIVE)
        if role is None or role.plural or marks[role.start : role.end].find(1) != -1:
            continue
        last = _HYPHENATED_RE.findall(text, role.start, role.end)[-1]
        if _NAME_NEXT_RE.match(text, role.end) or (
            last[:1].isupper() and (not _info(last.lower()).known or _info(last.lower()).names)
        ):
            continue  # tied to a name not read as one: "Нападающий клуба Эдер", "Генерал Дж. Джонс"
        found.append(role)
    return found


_AGE_OPENING_RE = re.compile(rf"\d{{1,3}}-?{_AGE_WORD}[а-я]*[ \u00a0]+")
_NAME_NEXT_RE = re.compile(r"[ \u00a0]*\.?[ \u00a0]*[A-ZА-ЯЁ]")


# A post named again by "этот пост", "на этом посту" right before a name that held or takes it:
# "сменив на этом посту своего соперника X", "этот пост занимает X"; a few lowercase words (an
# age, "своего предшественника") may stand between.
_POST_AGAIN_BEFORE_RE = re.compile(
    r"(?<![А-Яа-яЁё])(?:смени[а-я]*|сменя[а-я]*|сменит[а-я]*)[ \u00a0]+на[ \u00a0]+"
    r"(?:этом[ \u00a0]+посту|этой[ \u00a0]+должности)(?:[ \u00a0]+[а-яё0-9-]+){0,2}[ \u00a0]+\Z"
    r"|(?<![А-Яа-яЁё])(?:этот[ \u00a0]+пост|эту[ \u00a0]+должность)[ \u00a0]+"
    r"(?:занима[а-я]*|занял[а-я]*|займ[её]т)(?:[ \u00a0]+[а-яё0-9-]+){0,1}[ \u00a0]+\Z"
)
# The same after the name: "X занимал этот пост", "X, который занимает эту должность".
_POST_AGAIN_AFTER_RE = re.compile(
    r"(?:[ \u00a0]*,[ \u00a0]*котор(?:ый|ая)|[ \u00a0]+(?:уже|ранее|прежде|также|тогда))?[ \u00a0]+"
    r"(?:занимал[а-я]*|занимает|занимавш[а-я]*|покинул[а-я]*|оставил[а-я]*)[ \u00a0]+"
    r"(?:этот[ \u00a0]+пост|эту[ \u00a0]+должность)(?![А-Яа-яЁё])"
)
# A post named right before a verb of taking it over from the name: "на посту директора его
# сменит X".
_SUCCEEDS_BEFORE_RE = re.compile(
    r"(?<![А-Яа-яЁё])(?:(?:его|её|ее|их)[ \u00a0]+)?(?:сменит|сменил|сменила|сменят|сменяет|сменяют)[ \u00a0]+\Z"
)
_ON_POST_BEFORE_RE = re.compile(r"(?<![А-Яа-яЁё])[Нн]а[ \u00a0]+(?:посту|должности)[ \u00a0]+\Z")
# Words before a role phrase that say it names a post: "на пост", "в качестве".
_POST_WORDS_BEFORE_RE = re.compile(
    r"(?<![А-Яа-яЁё])(?:пост|посту|поста|должность|должности|качестве)[ \u00a0]+(?:[а-яё]+[ \u00a0]+)?\Z"
)
_POST_AGAIN_SENTENCES = 2  # how many sentences before "этот пост" the post may be named in


def _post_named_again(text: str, start: int, end: int) -> _Role | None:
    """The role of a name written right after or before words that name a post again (``сменив
    на этом посту X``, ``этот пост занимает X``, ``X занимал этот пост``): the last role phrase
    before those words in their sentence or the two before it, tied to no name, not plural;
    one named as a post (``стал мэром``, ``на пост президента``, ``в качестве президента``)
    before any other. Or the post named right before a verb of taking it over from the name
    (``на посту директора его сменит X``). None when there is none."""
    lo = max(0, start - 64)
    near = text[lo:start]
    if "смен" in near:
        verb = _SUCCEEDS_BEFORE_RE.search(text, lo, start)
        if verb is not None:
            role = _role_phrase_before(text, verb.start(), _GENITIVE)
            if role is not None and _ON_POST_BEFORE_RE.search(text, max(0, role.start - 16), role.start):
                return role
    anaphor = None
    if "пост" in near or "должност" in near:
        found = _POST_AGAIN_BEFORE_RE.search(text, lo, start)
        if found is not None:
            anaphor = found.start()
    if anaphor is None:
        found = (
            _POST_AGAIN_AFTER_RE.match(text, end)
            if "этот" in text[end : end + 48] or "эту" in text[end : end + 48]
            else None
        )
        if found is None:
            return None
        anaphor = start
    starts = sorted(_sentence_starts(text))
    k = bisect.bisect_right(starts, anaphor) - 1
    first = starts[max(0, k - _POST_AGAIN_SENTENCES)] if k >= 0 else 0
    found_roles: list[_Role] = []
    for m in _HYPHENATED_RE.finditer(text, first, anaphor):
        info = _info(m.group().rsplit("-", 1)[-1].lower())
        if info.role is None:
            continue
        at = m.start()
        for _ in range(3):  # the adjectives before it
            adj = _ADJECTIVE_BEFORE_RE.search(text, max(first, at - 32), at)
            if adj is None or not _info(adj.group(1)).adjs:
                break
            at = adj.start(1)
        role = _role_at(text, at, None) or (_role_at(text, m.start(), None) if at < m.start() else None)
        if (
            role is None
            or role.plural
            or role.end > anaphor
            or _CAPITAL_NEXT_RE.match(text, role.end)
            or _names_someone(text, role)
        ):
            continue
        found_roles.append(role)
    if not found_roles:
        return None
    posts = [
        r
        for r in found_roles
        if "ablt" in r.cases or _POST_WORDS_BEFORE_RE.search(text, max(0, r.start - 32), r.start)
    ]
    return (posts or found_roles)[-1]


# Cases in which a role phrase inside a sentence names the person the sentence speaks of: its
# subject (``... по словам врачей, певица пришла в себя``) or whose something is
# (``работы скульптора``). In the other cases it is more often someone else (``встретился с
# президентом``, ``прописал певцу``).
_INNER_CASES = frozenset({"nomn", "gent"})
_CAPITAL_NEXT_RE = re.compile(r"[ \u00a0]+[A-ZА-ЯЁ]")
# (the first letter first and the look-behinds after it, so that the search skips quickly to the
# next lowercase letter)
_LOWER_WORD_RE = re.compile(
    rf"[а-яё](?<![^\W\d_][а-яё])(?<![{_HYPHENS}][а-яё])[а-яё]*(?:[{_HYPHENS}][а-яё]+)*(?![^\W\d_])"
)
_ADJECTIVE_BEFORE_RE = re.compile(rf"(?<![^\W\d_])(?<![{_HYPHENS}])([а-яё]+) \Z")
_PREPOSITION_BEFORE_RE = re.compile(r"(?<![А-Яа-яЁё-])([А-Яа-яЁё]+)[ \u00a0]+\Z")


_INNER_HEADS: dict[frozenset[str] | None, dict[str, bool]] = {}  # per kinds: see _inner_heads


def _inner_heads(words: list[str], kinds: frozenset[str] | None) -> dict[str, bool] | None:
    """Whether each lowercase word of ``words`` (its last part when hyphenated) may head a role
    of ``_inner_roles``: a role noun in the nominative or the genitive, of one of ``kinds``
    (None: any); None when none of them may (the common case, read without a call per word).
    The answers are kept by word, per ``kinds``, emptied when they grow many."""
    heads = _INNER_HEADS.get(kinds)
    if heads is None or len(heads) >= 1 << 16:
        heads = _INNER_HEADS[kinds] = {}
    try:
        if not any(map(heads.__getitem__, words)):
            return None
    except KeyError:
        pass
    for word in words:
        if word not in heads:
            info = _role_info(word.rsplit("-", 1)[-1])
            heads[word] = (
                info is not None
                and bool(info.role_cases & _INNER_CASES)
                and (kinds is None or ROLE_KINDS.get(info.role) in kinds)
            )
    return heads if any(map(heads.__getitem__, words)) else None


def _inner_roles(
    text: str, taken: list[tuple[int, int]], spans: list[tuple[int, int]], kinds: frozenset[str] | None = None
) -> list[_Role]:
    """Role phrases tied to no name inside the sentences ``spans`` (start, end), not where a
    sentence opens (``_free_roles`` reads those): a singular role noun in the nominative or
    the genitive, with the adjectives before it and its complement (as ``_role_at`` reads
    them), outside the ``taken`` spans, not after a preposition (``с президентом``), not after
    a person noun that is no role (``дочь президента``) and not followed by a capitalized word
    (a name not read as one); with ``kinds``, only heads of those kinds of the lexicon. These
    are read as references to a person named just before (``... стал известен. Картины
    художника висят ...``)."""
    marks = bytearray(len(text) + 1)
    for s, e in taken:
        marks[s:e] = b"\x01" * (e - s)
    found: list[_Role] = []
    for lo, hi in spans:
        opening = WORD_RE.search(text, lo, hi)
        busy = opening.end() if opening is not None else hi  # the first word: _free_roles reads it
        heads = _inner_heads(_LOWER_WORD_RE.findall(text, busy, hi), kinds)
        if heads is None:
            continue  # no head in the sentence: its words are read one by one only where one stands
        for m in _LOWER_WORD_RE.finditer(text, busy, hi):
            if not heads[m.group()] or m.start() < busy or marks[m.start()]:
                continue
            start = m.start()
            for _ in range(3):  # the adjectives before it, not the age of "20-летний"
                adj = _ADJECTIVE_BEFORE_RE.search(text, max(lo, start - 32), start)
                if adj is None or not _info(adj.group(1)).adjs:
                    break
                start = adj.start(1)
            before = _PREPOSITION_BEFORE_RE.search(text, max(lo, start - 24), start)
            if before is not None and (_info(before.group(1).lower()).prep or _relative(before.group(1))):
                continue
            if _DASH_BEFORE_RE.search(text, max(lo, start - 4), start):
                continue
            role = _role_at(text, start, _INNER_CASES)
            if role is None and start < m.start():
                role = _role_at(text, m.start(), _INNER_CASES)
            if role is None or role.plural or marks[role.start : role.end].find(1) != -1:
                continue
            busy = role.end
            for w in WORD_RE.finditer(text, m.end(), role.end):
                if _info(w.group().lower()).prep:  # "гонщик в больнице": the predicate's, not the role's
                    role = _role_at(text[: w.start()].rstrip(), role.start, _INNER_CASES)
                    break
            if role is None:
                continue
            if _CAPITAL_NEXT_RE.match(text, role.end) or _names_someone(text, role):
                continue
            found.append(role)
    return found


@dataclass(frozen=True, slots=True)
class _Referent:
    """A person of a text as the reference of a free role sees it."""

    gender: str | None  # "masc", "femn", or None when the names do not say
    has_role: bool
    starts: tuple[int, ...]  # where its names are written
    # a person of a name of one word whose gender the names do not say: the gender of the verbs
    # it is the subject of ("Мадонна сообщила"), which lets a feminine role noun refer to her
    verb_gender: str | None = None
    kinds: frozenset[str] = frozenset()  # the kinds of the roles its own mentions have

    @property
    def feminine(self) -> bool:
        """Whether a feminine role noun may name the person: a woman's name, or a verb's."""
        return (self.gender or self.verb_gender) == "femn"


_REFERENCE_SENTENCES = 2  # how many sentences before a free role its person must be named in
# Kinds of role a free role phrase may refer by: offices held by few, whom an article names
# (``Бывший президент ЮАР``, ``Дипломат из Южной Кореи``, ``Хоккеист``). Spokespeople,
# representatives, prosecutors, owners, employees and the like are as often people the article
# never names (``Прокурор заявил``, ``Представитель МИД сообщил``).
_REFERRING_KINDS = frozenset(
    {
        "head_of_state",
        "deputy_head_of_state",
        "head_of_government",
        "deputy_head_of_government",
        "minister",
        "deputy_minister",
        "ambassador",
        "diplomat",
        "leader",
        "royalty",
        "regional_head",
        "mayor",
        "military",
        "sports",
    }
)


# Kinds of role a role phrase inside a sentence may refer by: what a person is known for, that
# an article names once and then refers to (``Работы скульптора ...``, ``... гонщик пришёл в
# себя``). Offices are left out: an official so written is as often another, unnamed one
# (``Визит президента США ...`` after a sentence naming a businessman).
_INNER_KINDS = frozenset(
    {"culture", "science", "media", "business", "medicine", "education", "religious", "sports", "leader"}
)


# A personal pronoun in the nominative as a subject: "Он был избран ...", "Сейчас она является ...".
# A match starts at the "н" (a literal, which the search skips to faster than to a letter of a
# class) and looks back for the "о" and the character before it: the pronoun starts one before it.
_PRONOUN_RE = re.compile(r"н(?<=[Оо]н)(?<![А-Яа-яЁё-]..)а?(?![А-Яа-яЁё-])")


def _pronoun_roles(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, str, _Role]]:
    """Roles a predicate gives a personal pronoun in the sentences ``spans`` (``Он был избран
    мэром``, ``Сейчас она работает директором школы``): (where the pronoun is written, the
    gender it names, the role)."""
    found = []
    for lo, hi in spans:
        for m in _PRONOUN_RE.finditer(text, lo + 1, hi):  # the "н" is after the "о" at ``lo``
            role = _predicate_role(text, m.end())
            if role is not None and role.end <= hi:
                found.append((m.start() - 1, "femn" if m.group().endswith("а") else "masc", role))
    return found


# Kinds of role a headline names as often for someone the article does not name.
_HEADLINE_UNSURE_KINDS = frozenset({"representative", "spokesperson", "member", "expert", None})
_HEADLINE_MAX = 200  # characters of a first line read as a headline
_AFTER_HEADLINE_SENTENCES = 3  # the sentences after a headline its person must be named in


def _headline_role(
    text: str, people: list[_Referent], taken: list[tuple[int, int]], starts: list[int]
) -> tuple[int, _Role] | None:
    """The role a headline (the first line, when short) names with no name (``Российский
    программист задержан в Праге``), as (index in ``people``, role), when no one is
    named in the headline and only one person, of the role's gender, in the sentences right
    after it (``_AFTER_HEADLINE_SENTENCES``), and that person has no role of its own."""
    end = text.find("\n")
    if end <= 0 or end > _HEADLINE_MAX:
        return None
    if any(s < end for p in people for s in p.starts):
        return None
    roles = [
        r
        for r in _free_roles(text, taken, [0]) + _inner_roles(text, taken, [(0, end)])
        if r.end <= end and not r.generic and r.kind not in _HEADLINE_UNSURE_KINDS
    ]
    if not roles:
        return None
    role = max(roles, key=lambda r: r.rank)
    k = bisect.bisect_right(starts, end)
    hi = starts[k + _AFTER_HEADLINE_SENTENCES] if k + _AFTER_HEADLINE_SENTENCES < len(starts) else len(text)
    named = [i for i, p in enumerate(people) if any(s < hi for s in p.starts)]
    femn = role.gender == "femn"
    if len(named) != 1 or people[named[0]].has_role or (femn and not people[named[0]].feminine):
        return None
    return named[0], role


def _roles_by_reference(text: str, people: list[_Referent], taken: list[tuple[int, int]]) -> dict[int, _Role]:
    """Roles of people named without one, read from role phrases tied to no name
    (``_free_roles``): a free role that opens a sentence goes to the only person named in the
    sentences right before it (``_REFERENCE_SENTENCES``, its own sentence included) whose
    gender fits it, when that person has no role of its own (``Северокорейский лидер заявил
    ...`` after a sentence naming one man). The role is of a kind held by few
    (``_REFERRING_KINDS``: a masculine noun fits anyone, a feminine one a woman or a person of
    unknown gender), or any feminine role noun (``Чиновница ...``), which fits women only. Returns, by index in ``people``, the most specific role
    found (``_Role.rank``)."""
    if all(p.has_role for p in people):
        return {}
    positions = sorted(_sentence_starts(text))  # each start, also after its opening quotes
    known = set(positions)
    starts = [p for p in positions if p - 1 not in known]  # one a sentence
    near: set[int] = set()  # the sentences a free role may stand in: after a roleless person's names
    for p in people:
        if not p.has_role:
            for s in p.starts:
                k = bisect.bisect_right(starts, s) - 1
                near.update(range(k, k + _REFERENCE_SENTENCES + 1))
    candidates = [p for p in positions if bisect.bisect_right(starts, p) - 1 in near]
    spans = [
        (starts[k], starts[k + 1] if k + 1 < len(starts) else len(text))
        for k in sorted(near)
        if 0 <= k < len(starts)
    ]
    found: dict[int, _Role] = {}
    headline = _headline_role(text, people, taken, starts)
    if headline is not None:
        found[headline[0]] = headline[1]
    for pronoun, gender, role in _pronoun_roles(text, spans):
        k = bisect.bisect_right(starts, pronoun) - 1
        lo = starts[max(0, k - _REFERENCE_SENTENCES)] if k >= 0 else 0
        named = [i for i, p in enumerate(people) if any(lo <= s < pronoun for s in p.starts)]
        fits = [i for i in named if people[i].gender in (gender, None)]
        if (
            len(fits) == 1
            and not people[fits[0]].has_role
            # "он был аспирантом X": a role that names the person, or right before its name, is
            # someone else's
            and not any(
                role.start <= s < role.end or (s >= role.end and not text[role.end : s].strip())
                for s in people[fits[0]].starts
            )
        ):
            i = fits[0]
            if i not in found or role.rank > found[i].rank:
                found[i] = role
    opening = _free_roles(text, taken, candidates)
    # a role inside a sentence goes only to the one person named before it in that sentence and
    # the ones before: sentences after two people, or after one with a role, are not read
    named_in: dict[int, set[int]] = {}
    for i, p in enumerate(people):
        for s in p.starts:
            named_in.setdefault(bisect.bisect_right(starts, s) - 1, set()).add(i)
    lone = []
    for k, span in zip(sorted(k for k in near if 0 <= k < len(starts)), spans, strict=True):
        before = set().union(*(named_in.get(j, ()) for j in range(k - _REFERENCE_SENTENCES, k)))
        if len(before) > 1 or (before and people[next(iter(before))].has_role):
            continue  # two people named before, or the one has a role
        if before or any(not people[i].has_role for i in named_in.get(k, ())):
            lone.append(span)
    inner = [
        r for r in _inner_roles(text, taken, lone, _INNER_KINDS) if r.kind in _INNER_KINDS and not r.generic
    ]
    for role in opening + inner:
        if role.kind not in _REFERRING_KINDS and role.kind not in _INNER_KINDS and role.gender != "femn":
            continue
        k = bisect.bisect_right(starts, role.start) - 1
        lo = starts[max(0, k - _REFERENCE_SENTENCES)] if k >= 0 else 0
        named = [i for i, p in enumerate(people) if any(lo <= s < role.start for s in p.starts)]
        if role in inner or (role.kind not in _REFERRING_KINDS and role.gender != "femn"):
            # inside a sentence, or an occupation: the only person named, of the role's gender
            # when it has one
            femn = role.gender == "femn"
            fits = [i for i in named if (people[i].feminine if femn else people[i].gender != "femn")]
            if len(named) != 1:
                continue
        else:
            fits = [
                i
                for i in named
                if role.gender != "femn"
                or people[i].feminine
                or (people[i].gender is None and role.kind in _REFERRING_KINDS)
            ]
            roleless = [i for i in fits if not people[i].has_role]
            if len(fits) > 1 and len(roleless) == 1 and not any(role.kind in people[i].kinds for i in fits):
                # "Токаев (президент) принял Мерца. Канцлер ФРГ ...": of the people named before, the
                # one without a role, when no other holds a post of the free role's kind ("Президент
                # Казахстана заявил" after it is Токаев's again, not Мерц's)
                fits = roleless
        if len(fits) != 1 or people[fits[0]].has_role:
            continue
        i = fits[0]
        if i not in found or role.rank > found[i].rank:
            found[i] = role
    return found


# --- roles in English and Polish text ----------------------------------------------------------
#
# A role phrase of ``LATIN_ROLE_KINDS`` right before a name in Latin script (``Polish President
# X``, ``Kazakhstan's Foreign Minister X``, ``minister spraw zagranicznych X``, ``prezydent Polski
# X``) or set off by commas after it (``X, Poland's ambassador to Ukraine,``, ``X, rzecznik MSZ,``):
# country words before the phrase (an adjective, a name, a possessive) or after it (``of
# Poland``, ``Polski``) are part of its span, so that the role's country is read from it, and not
# of its text; a place the post is held in (``to Ukraine``, ``w Kijowie``) is part of neither.

# A Latin word, hyphenated parts and an apostrophe inside it ("Kazakhstan's", "vice-president").
_LATIN_WORD = rf"[{_LATIN_UPPER}{_LATIN_LOWER}]+(?:['’\-][{_LATIN_UPPER}{_LATIN_LOWER}]+)*"
# A country's abbreviation written with dots ("U.S.", "U.K.", "U.A.E."), and Polish "ds." (do
# spraw, "minister ds. handlu"): one word, not a sentence's end.
_DOTTED_ABBREVIATION = r"(?:[A-Z]\.){2,}|(?<![\w.])ds\."
_LATIN_WORD_RE = re.compile(rf"{_DOTTED_ABBREVIATION}|{_LATIN_WORD}")
# The words of a clause before a name: back to a punctuation mark or a line break.
_LATIN_CLAUSE_BEFORE_RE = re.compile(rf"(?:(?:{_DOTTED_ABBREVIATION}|{_LATIN_WORD})[ \u00a0]+){{1,12}}\Z")
# A role's portfolios listed before the name: the last two joined by "i", "oraz" or "and" before a
# word in lower case, the others each a word in lower case after the role's words, and a comma
_LATIN_LIST_JOINER_RE = re.compile(r"(?<![\w])(?:i|oraz|and)[ \u00a0]+[a-ząćęłńóśźż]")
_LATIN_LISTED_BEFORE_RE = re.compile(
    rf"(?:(?:{_DOTTED_ABBREVIATION}|{_LATIN_WORD})[ \u00a0]+){{0,8}}[a-ząćęłńóśźż]+,[ \u00a0]+\Z"
)
# An apposition after a name: a comma, then words up to the next punctuation mark.
_LATIN_APPOSITION_RE = re.compile(
    rf"[ \u00a0]*,[ \u00a0]*((?:{_LATIN_WORD}[ \u00a0]*){{1,12}})(?=[,.;:()!?\n]|\Z)"
)
_POSSESSIVE_RE = re.compile(r"['’]s\Z")
_DOTTED_RE = re.compile(_DOTTED_ABBREVIATION)
_LATIN_DETERMINERS = frozenset({"the", "a", "an"})
# Words before a role that qualify it without naming another: "former President", "były premier".
_LATIN_MODIFIERS = frozenset(
    {"former", "acting", "interim", "then", "current", "new", "outgoing", "incoming", "first", "ex"}
    | {"były", "była", "ówczesny", "ówczesna", "obecny", "obecna", "nowy", "nowa", "pierwszy", "pierwsza"}
)
# Prepositions opening a complement of an English role ("Minister of Foreign Affairs", "spokesman
# for the ministry"), and those naming where the post is held ("ambassador to Ukraine"): not the
# role's country.
_EN_COMPLEMENT_PREPOSITIONS = frozenset({"of", "for"})
_PLACE_PREPOSITIONS = frozenset({"to", "in", "at", "w", "we", "na", "do", "przy"})
_PL_STOPS = frozenset({"z", "ze", "od", "dla", "o", "u", "po", "i", "oraz", "and", "or", "who", "which"})
_LATIN_FEMININE = frozenset(
    {"queen", "spokeswoman", "congresswoman", "chairwoman", "królowa", "rzeczniczka", "posłanka"}
    | {"senatorka", "przewodnicząca", "szefowa"}
)
_LATIN_PRESIDENTS = frozenset({"president", "prezydent", "wiceprezydent"})
# Adverbs and connectives opening a sentence before a capitalized role (no organisation's name):
# "Yesterday President X", "Wczoraj Prezydent Warszawy X".
_LATIN_OPENING_ADVERBS = frozenset(
    {"yesterday", "today", "tonight", "meanwhile", "later", "earlier", "now", "also", "however", "separately"}
    | {"wczoraj", "dziś", "dzisiaj", "jutro", "wtedy", "teraz", "także", "również", "natomiast", "ponadto"}
    | {"wcześniej", "później", "obecnie", "tymczasem", "ostatnio", "niedawno"}
)
# Nouns of the institution an English role is held in, written before it with its portfolio
# words (``EN_PORTFOLIOS``): "foreign ministry spokesperson", "Defence Ministry spokesman",
# "embassy press secretary". They are the role's text; a country before them is the role's.
_EN_INSTITUTIONS = frozenset(
    {"ministry", "department", "office", "embassy", "government", "cabinet", "presidential", "state"}
)
_EN_INSTITUTION_MAX = 3  # words of an institution before a role: "foreign affairs ministry"
_LATIN_MAX_PHRASE = 4  # words of the longest phrase of LATIN_ROLE_KINDS


def _latin_words(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` of the Latin words of ``text[lo:hi]``, hyphenated words split at
    their hyphens (``vice-president``: ``vice``, ``president``)."""
    out = []
    for m in _LATIN_WORD_RE.finditer(text, lo, hi):
        pos = m.start()
        for part in m.group().split("-"):
            out.append((pos, pos + len(part), part))
            pos += len(part) + 1
    return out


def _latin_country(word: str) -> bool:
    """Whether a word (a possessive's ``'s`` aside) names a country or is its adjective; ``US``
    in capitals too (the gazetteer leaves it out: the pronoun ``us``)."""
    word = _POSSESSIVE_RE.sub("", word)
    if _DOTTED_RE.fullmatch(word):
        word = word.replace(".", "")  # "U.S.": US
    return word == "US" or normalize_form(word) in latin_country_forms()


def _pl_head(word: str) -> str | None:
    """The nominative of a Polish role head in an oblique case (``premierem`` -> ``premier``),
    None for any other word (``pl.role_head``)."""
    found = role_head(word)
    return None if found is None else found[0]


def _latin_phrases_at(words: list[tuple[int, int, str]], i: int) -> list[tuple[int, str, str]]:
    """The role phrases of ``LATIN_ROLE_KINDS`` starting at word ``i``, as (words, kind,
    language), the longest first: a phrase may be English and Polish (``minister``); and an
    English minister's phrase of a portfolio (``_en_portfolio_phrase``)."""
    found = []
    pl_head = _pl_head(words[i][2]) if i < len(words) else None
    for n in range(min(_LATIN_MAX_PHRASE, len(words) - i), 0, -1):
        key = tuple(w.lower() for _s, _e, w in words[i : i + n])
        for lang in ("en", "pl"):
            kind = LATIN_ROLE_KINDS[lang].get(key)
            if kind is None and lang == "pl" and pl_head is not None:
                kind = LATIN_ROLE_KINDS[lang].get((pl_head, *key[1:]))  # "premierem", "ministra"
            if kind is None and lang == "pl" and n >= 3 and key[1].endswith(("iej", "ej", "ego", "ych")):
                # an adjective inside the phrase: "szef czeskiej dyplomacji" is "szef dyplomacji"
                kind = LATIN_ROLE_KINDS[lang].get((pl_head or key[0], *key[2:]))
            if kind is not None:
                found.append((n, kind, lang))
    portfolio = _en_portfolio_phrase(words, i)
    if portfolio is not None and (not found or portfolio[0] > found[0][0]):
        found.insert(0, portfolio)
    return found


# Heads a portfolio is named before, and the kind of a deputy's ("Deputy Agriculture Minister").
_EN_PORTFOLIO_HEADS = frozenset({"minister", "secretary"})
_EN_DEPUTY = frozenset({"deputy", "vice"})


def _en_portfolio_phrase(words: list[tuple[int, int, str]], i: int) -> tuple[int, str, str] | None:
    """An English minister's phrase starting at word ``i``: ``deputy``/``vice`` or not, one to
    four portfolio words (``and`` between two), then ``minister`` or ``secretary``
    (``Agriculture Minister``, ``Deputy Energy Minister``, ``Transport Secretary``), as (words,
    kind, ``"en"``); None for any other word."""
    k = i + (words[i][2].lower() in _EN_DEPUTY)
    j = k
    while j < len(words) and j - k < 4:
        low = words[j][2].lower()
        if low in EN_PORTFOLIOS or (
            low == "and" and j > k and j + 1 < len(words) and words[j + 1][2].lower() in EN_PORTFOLIOS
        ):
            j += 1
        else:
            break
    if j == k or j >= len(words) or words[j][2].lower() not in _EN_PORTFOLIO_HEADS:
        return None
    return j + 1 - i, "deputy_minister" if k > i else "minister", "en"


# English auxiliaries and verbs of reporting that no Polish complement of a role holds
_EN_VERBS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "shall",
        "should",
        "must",
        "does",
        "did",
        "do",
        "said",
        "says",
        "told",
        "met",
        "meets",
        "expected",
        "due",
        "set",
    ]
)


def _latin_complement(
    words: list[tuple[int, int, str]], a: int, lang: str, *, to_end: bool, genitive_heads: bool = False
) -> tuple[int, int, bool] | None:
    """The complement of a role phrase ending before word ``a``: (the end of the words that are
    part of the role, the end of the words read, whether it names a state: a country its first
    word, ``the`` aside, ``of Poland``, ``Polski``, not ``of the Chess Federation of Malta``);
    None when the words from ``a`` on are no complement (also when they end in ``of``, ``the``).
    ``to_end``: every word up to the end must be read. ``genitive_heads``: a Polish role head in
    the genitive may be part of it (the name after the phrase is in no genitive, so no such head
    is that name's)."""
    end = a
    country = False
    k = a
    if lang == "en" and k < len(words) and words[k][2].lower() in _EN_COMPLEMENT_PREPOSITIONS:
        k += 1
        if k < len(words) and words[k][2].lower() == "the":
            k += 1
        country = k < len(words) and k in _latin_country_words(words, k, min(len(words), k + 2))
        while k < len(words) and (
            words[k][2].lower() not in _PLACE_PREPOSITIONS | _PL_STOPS or _portfolio_conjunction(words, k)
        ):
            k += 1
        if words[k - 1][2].lower() in _LATIN_DETERMINERS | _EN_COMPLEMENT_PREPOSITIONS:
            return None  # "president of the X": the name is the complement's
        end = k
    elif lang == "pl":
        country = k < len(words) and _latin_country(words[k][2])
        while (
            k < len(words)
            # four words, or six with portfolios joined ("gospodarki, handlu i przemysłu Japonii")
            # or named after "do spraw" ("stanu do spraw handlu Indii")
            and k - a
            < 4
            + 2 * any(_portfolio_conjunction(words, j) for j in range(a, k))
            + 2 * any(_pl_do_spraw(words, j) for j in range(a, k))
            and (
                words[k][2].lower() not in _PLACE_PREPOSITIONS | _PL_STOPS
                or _portfolio_conjunction(words, k)
                or _pl_do_spraw(words, k)
            )
        ):
            if (
                _latin_phrases_at(words, k)
                and not _latin_country(words[k][2])
                and not (k > a and institution_word(words, k))
                and not (genitive_heads and _pl_genitive_head(words[k][2]))
            ):
                # another role: "premier minister ..." is no complement; a word of an
                # institution's name is the complement's ("szef Kancelarii Prezydenta"), and so,
                # with ``genitive_heads``, is a role head in the genitive ("rzecznik prezydenta
                # Andrzeja Dudy", "szef gabinetu prezydenta": the president's spokesman, the head
                # of the president's office)
                return None
            if words[k][2].lower() in _EN_VERBS and not _pl_do_spraw(words, k):
                # an English verb: "Minister Narendra Modi is expected to host President ..." is
                # no Polish role with its genitive complement
                return None
            if words[k][2].islower() and _PL_VERB_END_RE.search(words[k][2]):
                # a Polish verb: "Premier Donald Tusk rozmawiał w Berlinie z X" is no role of X's
                return None
            k += 1
        end = k
    if (institution := _institution_after(words, k, lang)) > k:
        # "sekretarz stanu w niemieckim ministerstwie gospodarki", "a state secretary in the
        # German economy ministry": the post's institution, whose country is the post's
        country = country or any(_latin_country(w) for _s, _e, w in words[k:institution])
        end = k = institution
    if (
        k < len(words)
        and words[k][2].lower() in _PLACE_PREPOSITIONS
        and to_end
        and not _pl_do_spraw(words, k)
    ):
        k = len(words) if len(words) - k <= 4 else k  # "ambassador to Ukraine": read, not the role's
    if to_end and k != len(words):
        return None
    return end, k, country


def _pl_do_spraw(words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether word ``k`` opens a Polish portfolio named after "do spraw" (``minister do spraw
    handlu``; written ``ds.`` too, one word of its own)."""
    low = words[k][2].lower()
    return low == "ds." or (low == "do" and k + 1 < len(words) and words[k + 1][2].lower() == "spraw")


def _institution_after(words: list[tuple[int, int, str]], k: int, lang: str) -> int:
    """The index after the institution a post is in when word ``k`` opens one; ``k`` when none
    opens there. Polish: ``w``/``we``, an adjective at most and a noun of an institution in the
    locative, then at most two words of its genitive complement in lower case (``w niemieckim
    ministerstwie gospodarki``, ``w resorcie finansów``); English: ``in``/``at``, ``the``, at most
    three words and an institution's noun (``in the German economy ministry``, ``at the Russian
    embassy``)."""
    if k + 1 >= len(words):
        return k
    if lang == "en":
        if words[k][2].lower() not in ("in", "at"):
            return k
        j = k + 1 + (words[k + 1][2].lower() == "the")
        for n in range(j, min(len(words), j + 4)):
            if words[n][2].lower() in _EN_INSTITUTIONS - {"presidential", "state"}:
                return n + 1
            if words[n][2].lower() in _PLACE_PREPOSITIONS | _PL_STOPS | _EN_COMPLEMENT_PREPOSITIONS:
                return k
        return k
    if words[k][2].lower() not in ("w", "we"):
        return k
    phrase = " ".join(w for _s, _e, w in words[k + 1 : k + 3])
    found = INSTITUTION_LOCATIVE_RE.match(phrase)
    if found is None:
        return k
    j = k + 1 + len(found.group().split())
    for _ in range(2):
        if j < len(words) and words[j][2].islower() and words[j][2] not in _PLACE_PREPOSITIONS | _PL_STOPS:
            if _PL_VERB_END_RE.search(words[j][2]):
                break
            j += 1
    return j


# the endings of a Polish verb's past or infinitive ("rozmawiał", "spotkała", "rozmawiali", "przyjąć")
_PL_VERB_END_RE = re.compile(r"[aeiyąę](?:ł|ła|ło|li|ły|ć)$")


def _portfolio_conjunction(words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether word ``k`` of a role's complement is ``and`` (Polish ``i``, ``oraz``, before a
    word in lower case) joining two of its portfolios ("minister of trade and integration",
    "minister rozwoju i technologii"): the word after it starts no role phrase, is no determiner
    and no country."""
    return (
        k + 1 < len(words)
        and (
            words[k][2].lower() == "and"
            or (words[k][2].lower() in ("i", "oraz") and words[k + 1][2][:1].islower())
        )
        and not _latin_phrases_at(words, k + 1)
        and words[k + 1][2].lower() not in _LATIN_DETERMINERS
        and not _latin_country(words[k + 1][2])
    )


def _pl_genitive_head(word: str) -> bool:
    """Whether ``word`` is a Polish role head in the genitive (or the accusative written alike),
    never the nominative: ``prezydenta``, ``premiera``, ``ministra``."""
    head = role_head(word)
    return head is not None and "gent" in head[1] and "nomn" not in head[1]


def _latin_role(
    text: str,
    words: list[tuple[int, int, str]],
    i: int,
    first: int,
    *,
    to_end: bool,
    genitive_heads: bool = False,
) -> _Role | None:
    """The role of a phrase starting at word ``i`` of ``words`` (of ``text``) with its qualifiers
    from word ``first`` on, its complement after it (see ``_latin_complement``)."""
    for n, kind, lang in _latin_phrases_at(words, i):
        complement = _latin_complement(words, i + n, lang, to_end=to_end, genitive_heads=genitive_heads)
        if complement is not None:
            return _latin_role_of(text, words, i, first, n, kind, lang, complement)
    return None


def _latin_country_at(words: list[tuple[int, int, str]], k: int, end: int | None = None) -> int:
    """How many words from ``words[k]`` (before ``end``) name a country or are its adjective: 2 for
    a pair (``South Korean``, ``New Zealand``), 1 for one word (``Polish``), else 0."""
    end = len(words) if end is None else end
    if k + 1 < end and _latin_country(f"{words[k][2]} {words[k + 1][2]}"):
        return 2
    return 1 if k < end and _latin_country(words[k][2]) else 0


def _latin_country_words(words: list[tuple[int, int, str]], start: int, end: int) -> set[int]:
    """The indices of the words of ``words[start:end]`` that name a country or are its adjective,
    alone or as a pair (``Polish``, ``South Korean``, ``New Zealand``)."""
    found: set[int] = set()
    k = start
    while k < end:
        n = _latin_country_at(words, k, end)
        found.update(range(k, k + n))
        k += n or 1
    return found


# Honorifics written right before a name, after a post: no part of the post's wording.
_LATIN_HONORIFICS = frozenset({"sheikh", "sheikha", "shaikh", "sir", "dame", "mr", "mrs", "ms", "dr"})


def _latin_role_of(
    text: str,
    words: list[tuple[int, int, str]],
    i: int,
    first: int,
    n: int,
    kind: str,
    lang: str,
    complement: tuple[int, int, bool],
) -> _Role | None:
    """The role of the phrase of ``n`` words at word ``i`` of ``kind`` in ``lang``, its
    qualifiers from word ``first`` on and its ``complement`` (``_latin_complement``); the words
    as written, with the commas of ``text`` between them (``minister gospodarki, handlu i
    przemysłu``)."""
    end, _read, named_country = complement
    countries = _latin_country_words(words, first, end)
    organisation = any(
        k not in countries
        and w.lower() not in _LATIN_MODIFIERS
        and w.lower() not in _EN_INSTITUTIONS
        and w.lower() not in EN_PORTFOLIOS
        and w[:1].isupper()
        and not (w.isupper() and len(w) > 1)  # a body's abbreviation: "EU foreign policy chief"
        for k, (_s, _e, w) in enumerate(words[first:i], start=first)
    )
    head = words[i + n - 1][2].lower()
    if lang == "pl" and n == 1:
        head = _pl_head(head) or head  # "prezydentem": "prezydent"
    if head in _LATIN_PRESIDENTS and (organisation or (end > i + n and not named_country)):
        # "Microsoft President", "president of the club", "prezydent Warszawy": no state's
        if lang == "pl" and i + n < len(words) and normalize_form(words[i + n][2]) in latin_city_forms():
            kind = "mayor"
        else:
            kind = "head_of_organisation" if kind == "head_of_state" else "deputy_head"
    if organisation and kind in ("minister", "deputy_minister", "ambassador"):
        return None  # "Labour Party minister": unsure whose
    kept = [
        (_pl_head(w) or w.lower() if lang == "pl" and k == i else w.lower())
        if (w.lower() in _LATIN_MODIFIERS or i <= k < i + n) and not w.isupper()
        else w
        for k, (_s, _e, w) in enumerate(words[first:end], start=first)
        if k not in countries
    ]
    kept_at = [k for k in range(first, end) if k not in countries]
    for m in range(len(kept) - 1):
        k = kept_at[m]
        if kept_at[m + 1] == k + 1 and "," in text[words[k][1] : words[k + 1][0]]:
            kept[m] += ","  # portfolios listed: "minister gospodarki, handlu i przemysłu"
    while kept and kept[-1].lower() in _LATIN_HONORIFICS:
        kept.pop()  # "Emir of Qatar Sheikh": the honorific before the name is no part of the post
    if (
        kept
        and kept[-1].lower() == "the"
        and len(kept) > 1
        and kept[-2].lower() in _EN_COMPLEMENT_PREPOSITIONS
    ):
        kept.pop()  # "Prime Minister of the Netherlands": the article goes with its country
    if kept and kept[-1].lower() in _EN_COMPLEMENT_PREPOSITIONS:
        kept.pop()  # "President of Poland": the country is in the span only
    return _Role(
        words[first][0],
        words[end - 1][1],
        " ".join(kept),
        end - i - n,
        kind,
        "femn" if head in _LATIN_FEMININE else "masc",
        _ALL_CASES,
    )


_LATIN_PLACE_PREPOSITIONS = frozenset(
    {"w", "we", "na", "z", "ze", "do", "in", "at", "from", "to", "of", "by"}
)


def _organisation_word(words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether word ``k`` names a body or a seat of power before a role: an abbreviation in
    capitals (``EU``, ``NATO``, ``OSCE``) or a capital's, a country's or a seat's name, alone or
    with the word after it (``Kremlin``, ``White House``, ``Elysee``)."""
    w = words[k][2]
    if k > 0 and words[k - 1][2] in _LATIN_PLACE_PREPOSITIONS:
        return False  # "w Ankarze minister X", "in Brussels": a place, no body
    if len(w) > 1 and w.isupper():
        return True
    spans = [w]
    if k + 1 < len(words):
        spans.append(f"{w} {words[k + 1][2]}")
    if k > 0:
        spans.append(f"{words[k - 1][2]} {w}")
    return any(normalize_form(x) in latin_city_forms() or _latin_country(x) for x in spans)


def _latin_qualifiers(words: list[tuple[int, int, str]], i: int) -> int:
    """Where the qualifiers before word ``i`` start: the institution the role is held in
    (``foreign ministry``: ``_EN_INSTITUTIONS`` with ``EN_PORTFOLIOS`` words), country words,
    modifiers (``former``) and, before a capitalized title, up to two capitalized words of an
    organisation (``Microsoft President``; not before ``prezydent``), not a determiner."""
    first = i
    organisation = 0
    titled = words[i][2][:1].isupper()
    institution = first
    while institution > 0 and i - institution < _EN_INSTITUTION_MAX:
        low = words[institution - 1][2].lower()
        if low not in _EN_INSTITUTIONS and low not in EN_PORTFOLIOS:
            break
        institution -= 1
    if institution < i and any(w.lower() in _EN_INSTITUTIONS for _s, _e, w in words[institution:i]):
        first = institution  # "China's foreign ministry spokesperson": the ministry's
    while first > 0:
        w = words[first - 1][2]
        low = w.lower()
        if low in _LATIN_DETERMINERS or low in PL_ADDRESS:
            break  # "The President of ...", "Panem Prezydentem": no organisation's word
        if first > 1 and _latin_country_at(words, first - 2, first) == 2:
            first -= 2  # "South Korean", "Saudi Arabian", "New Zealand"
        elif _latin_country(w) or low in _LATIN_MODIFIERS:
            first -= 1
        elif w[:1].isupper() and organisation < 2 and (titled or _organisation_word(words, first - 1)):
            # (before a role in lower case, a body's abbreviation or a seat of power: "EU foreign
            # policy chief", "Kremlin spokesman", "White House press secretary")
            organisation += 1
            first -= 1
        else:
            break
    return first


def _latin_role_before(text: str, start: int) -> _Role | None:
    """A role phrase in English or Polish right before a name in Latin script starting at
    ``start``: ``Polish President``, ``Kazakhstan's Deputy Foreign Minister``, ``President of
    Poland``, ``minister spraw zagranicznych``, ``prezydent Polski``; None when the words before
    the name end in none."""
    clause = _LATIN_CLAUSE_BEFORE_RE.search(text, max(0, start - 160), start)
    if clause is None:
        return None
    lo = clause.start()
    if _LATIN_LIST_JOINER_RE.search(text, lo, start):
        # portfolios listed with commas before the last joined ("wiceminister gospodarki, handlu i
        # przemysłu Japonii X", "minister of trade, industry and energy X"): the words before them
        while (listed := _LATIN_LISTED_BEFORE_RE.search(text, max(0, lo - 160), lo)) is not None:
            lo = listed.start()
    words = _latin_words(text, lo, start)
    while len(words) > 1 and words[-1][2].lower().rstrip(".") in _LATIN_HONORIFICS:
        words = words[:-1]  # "Prime Minister Sheikh X", "Foreign Secretary Dr X": the post before it
    opens = not text[: clause.start()].rstrip() or text[: clause.start()].rstrip()[-1] in '.!?:"“”«»'
    genitive_heads = _name_not_genitive_at(text, start)
    for i in range(max(0, len(words) - 8), len(words)):
        if not _latin_phrases_at(words, i) or institution_word(words, i):
            continue
        if genitive_heads and _pl_genitive_head(words[i][2]) and not _pl_acting_before(words, i):
            # "doradca premiera Donalda Tuska Jan Kowalski": the premier is not Jan Kowalski (but
            # "pełniący obowiązki ministra X" holds the post for the time being)
            continue
        first = _latin_qualifiers(words, i)
        opener = words[0][2]
        if first == 0 and opens and first < i and opener.lower() in _LATIN_OPENING_ADVERBS:
            first = 1  # "Yesterday President X", "Wczoraj Prezydent Warszawy X": the role after it
        elif (
            first == 0
            and opens
            and first < i
            and not (
                _latin_country_at(words, 0) > 0  # "Polish", "South Korean"
                or opener.lower() in _LATIN_MODIFIERS
                or opener.lower() in _LATIN_DETERMINERS  # "The President of ..."
                or (opener.lower() in _EN_INSTITUTIONS | EN_PORTFOLIOS and first < i)
                or _organisation_word(words, 0)  # "NATO Secretary-General", "Kremlin spokesman": the body's
            )
        ):
            # a capitalized word opening the sentence: an organisation's name ("Microsoft
            # President") or any word ("Yesterday President"): the rest, when not a president's
            first += 1
            if words[i][2].lower() in _LATIN_PRESIDENTS:
                return None
        role = _latin_role(text, words, i, first, to_end=True, genitive_heads=genitive_heads)
        if role is not None and role.kind == "royalty":
            # "Saudi Energy Minister Prince Abdulaziz": a royal title after a post, the post's kind
            posts = [
                kind
                for j in range(first, i)
                for _n, kind, _lang in _latin_phrases_at(words, j)
                if kind != "royalty"
            ]
            if posts:
                role = replace(role, kind=posts[0])
        if role is not None:
            return role
    return None


def _pl_acting_before(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the words right before word ``i`` say the post is held for the time being
    (``pl.ACTING_BEFORE``: ``pełniący obowiązki``, ``p.o.``)."""
    return any(
        i >= len(acting) and tuple(w.lower() for _s, _e, w in words[i - len(acting) : i]) == acting
        for acting in ACTING_BEFORE
    )


_LATIN_FIRST_WORD_RE = re.compile(r"[A-Za-zÀ-ɏ]+")


def _name_not_genitive_at(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` opens with a listed first name read in no genitive
    (``Rafał``, ``Marcin``, ``Anną``; not ``Andrzeja``, nor ``Joe``, which does not decline; a
    Polish name's readings first: ``Anna``, not ``Ann``): a role head in the genitive before it is
    no role of its own but part of another's complement."""
    m = _LATIN_FIRST_WORD_RE.match(text, start)
    if m is None:
        return False
    readings = pl_first_readings(m.group())
    readings = tuple(r for r in readings if r[3]) or readings
    return bool(readings) and all("gent" not in cases for _n, _g, cases, _p in readings)


def latin_role_after(text: str, end: int) -> _Role | None:
    """A role phrase in English or Polish set off by a comma after a name in Latin script ending
    at ``end``: ``, Poland's ambassador to Ukraine,``, ``, a spokesman for the ministry,``, ``,
    rzecznik MSZ,``; every word up to the next punctuation mark is the role's."""
    found = _LATIN_APPOSITION_RE.match(text, end)
    if found is None:
        return None
    words = _latin_words(text, found.start(1), found.end(1))
    i = 1 if words and words[0][2].lower() in _LATIN_DETERMINERS else 0
    first = i
    while i < len(words) and not _latin_phrases_at(words, i):
        w = words[i][2]
        if not (
            _latin_country(w)
            or w.lower() in _LATIN_MODIFIERS
            or w.lower() in _EN_INSTITUTIONS  # ", the Russian foreign ministry spokeswoman"
            or w.lower() in EN_PORTFOLIOS
            or w[:1].isupper()
        ):
            return None
        i += 1
    if i >= len(words) or i - first > 4:
        return None
    return _latin_role(text, words, i, first, to_end=True)


# A verb in the past tense right after a subject (``Мадонна сообщила``) or right before it
# (``— сказала Мадонна``): its gender is the person's.
_VERB_AFTER_RE = re.compile(r"[ \u00a0]+([а-яё]+(?:ла|л)(?:сь|ся)?)(?![а-яё])")
_VERB_BEFORE_RE = re.compile(r"(?<![а-яё])([а-яё]+(?:ла|л)(?:сь|ся)?)[ \u00a0]+\Z")


def _gender_by_verb(text: str, start: int, end: int) -> str | None:
    """The gender of a person named by one word at ``text[start:end]`` that a verb in the past
    tense agreeing with it says (``Мадонна сообщила``, ``— сказал Стинг``): "masc", "femn",
    or None when no such verb stands next to it or verbs disagree."""
    genders = set()
    for found in (_VERB_AFTER_RE.match(text, end), _VERB_BEFORE_RE.search(text, max(0, start - 24), start)):
        if found is None:
            continue
        tag = _parses(found.group(1))[0].tag
        if (
            tag.POS == "VERB"
            and "past" in tag
            and "sing" in tag
            and (gender := _gender(tag)) in ("masc", "femn")
        ):
            genders.add(gender)
    return genders.pop() if len(genders) == 1 else None


# A capitalized word of a role phrase: a country's name is one to three of them ("России",
# "Соединённых Штатов").
_CAPITAL_WORD_RE = re.compile(r"[А-ЯЁ][а-яё\-]+")


def _role_countries(text: str, role: _Role) -> list[tuple[int, int]]:
    """The spans of the countries a role phrase names after its first word, in order
    (``Президенты России и Франции``: ``России``, ``Франции``), each the longest run of up to
    three capitalized words that is a country's name."""
    words = [w for w in _CAPITAL_WORD_RE.finditer(text, role.start, role.end) if w.start() > role.start]
    found = []
    k = 0
    while k < len(words):
        for size in (3, 2, 1):
            part = words[k : k + size]
            if (
                len(part) == size
                and all(not text[a.end() : b.start()].strip() for a, b in pairwise(part))
                and normalize_form(" ".join(w.group() for w in part)) in _country_names()
            ):
                found.append((part[0].start(), part[-1].end()))
                k += size
                break
        else:
            k += 1
    return found


# a complement of up to five words in lower case after a role's countries ("по нормализации отношений")
_LOWER_COMPLEMENT_RE = re.compile(r"(?:[ \u00a0]+[a-zа-яёіїєґў'’-]+){1,5}")


def _split_by_country(text: str, role: _Role, n: int) -> list[_Role] | None:
    """A plural role over ``n`` names, one country for each (``Президенты России и Франции X и
    Y``), as ``n`` roles whose spans hold that name's country only: the first the phrase up to
    its country, the others their country's words (the head is shared); None unless the
    phrase ends in exactly ``n`` countries joined by ``и`` or commas, a complement of words in
    lower case at most after them (``Специальные представители Армении и Турции по нормализации
    отношений X и Y``)."""
    countries = _role_countries(text, role)
    if len(countries) != n or not (
        countries[-1][1] == role.end or _LOWER_COMPLEMENT_RE.fullmatch(text, countries[-1][1], role.end)
    ):
        return None
    for (_s, e), (s2, _e2) in pairwise(countries):
        if not re.fullmatch(r"[ \u00a0]*(?:,|и)[ \u00a0]*|[ \u00a0]*,?[ \u00a0]+и[ \u00a0]+", text[e:s2]):
            return None
    first = replace(role, end=countries[0][1])
    return [first, *(replace(role, start=s, end=e) for s, e in countries[1:])]
