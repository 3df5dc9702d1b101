"""People in Kazakh text: names with the case endings of their last word taken off, and the roles
of the lexicon's ``kk`` rows written before the name.

pymorphy3 has no Kazakh dictionary, so a text ``kazakh_text`` reads as Kazakh is read by this
module instead of the Russian grammar, with rules of its own:

* Language: a text is Kazakh when lowercase words hold a letter only Kazakh has (``ә ғ қ ң ө ұ
  ү һ``), at least a fifth as many as those holding ``і`` alone (Ukrainian and Belarusian have it
  too), the two together at least 2% of its Cyrillic words; or, with such letters in its
  capitalized words only, when lowercase words hold ``і`` and the text has no ``ї є ґ ў`` and no
  short word of Ukrainian or Belarusian (``з``, ``і``, ``у``, ``що``: ``_SLAVIC_WORD_RE``). Names
  of Kazakh people in Russian text (``Министр Ұлан Төлеубаев сообщил``) do not make it Kazakh.
* Case endings: Kazakh writes a name's case as an ending of its last word (``Путинмен``,
  ``Тоқаевтың``, ``Тоқаевқа``, ``Путинде``, ``Назарбаевтан``, ``Путинді``); ``_STRONG`` endings
  (the instrumental, the genitive, the accusative, ``-ға``/``-қа``) are taken off any word, the
  others (the dative ``-на``/``-ге``..., the locative, the ablative) only where what is left is
  shaped like a surname (``-ов``, ``-ев``, ``-ин``, ``-ова``, ``-ұлы`` ...: ``_SURNAME_RE``); a
  surname that keeps a weak ending with no such shape is no name (``Байден`` may be ``Бай`` in the
  ablative: unsure, left out).
* Roles: a head of the lexicon (``Президенті``, ``министрі``, ``Премьер-министрі``, ``елшісі``,
  ``төрағасы``), with a case ending of its own or not (``Президентінің``, ``министрімен``), and the
  words before it up to four: a country in the nominative or the genitive (``Қазақстан``,
  ``Ресейдің``, ``Қазақстан Республикасының``), capitalized words and words in the genitive
  (``Алматы облысының әкімі``) and the words of a phrase of the lexicon (``Сыртқы
  істер министрі``, ``министрінің орынбасары``). The role's text is the phrase lowercased, the head
  without its case ending; its span holds the country. A president after a word that is no country
  heads an organisation; after an abbreviation that is no known country, its kind is unsure (None).
  A role phrase alone (``Мемлекет басшысы``, ``Президент``) before a name with a case ending is
  the subject's, not the name's (``Мемлекет басшысы Антониу Гутерришпен кездесті``): no role.
* Names: right after a role head, two capitalized words (first name, surname) or three with a
  patronymic in the middle (``-ұлы``, ``-қызы``, ``-ович``, ``-овна`` ...); elsewhere, a first name
  of ``data/kk_first_names.txt`` or one the Russian dictionary knows as a first name, then a
  surname shaped like one. First names may be hyphenated (``Қасым-Жомарт``).
* Surnames alone, with a case ending or not, of a full name of the text are that person (``Тоқаев
  бұл туралы айтты`` -> ``Қасым-Жомарт Тоқаев``). The reported mention is the first with a role,
  else the first.

Not handled: roles after the name, roles of a subject in another sentence, first names outside
the lists with no role before them, and counterparts (``әріптесі``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from flows.text.people.lexicon import KK_ROLE_KINDS, latin_city_forms, latin_country_forms
from flows.text.people.words import _info
from flows.text.tokens import CYRILLIC_LOWER, CYRILLIC_UPPER, normalize_word

__all__ = ["extract_kk", "kazakh_text"]

_KAZAKH_LETTERS = "әғқңөұүһ"
_LOWER_KAZAKH_WORD_RE = re.compile(
    rf"(?<![{CYRILLIC_UPPER}{CYRILLIC_LOWER}])[{CYRILLIC_LOWER}]*[{_KAZAKH_LETTERS}і][{CYRILLIC_LOWER}]*"
    rf"(?![{CYRILLIC_UPPER}{CYRILLIC_LOWER}])"
)
_CYRILLIC_WORD_RE = re.compile(rf"[{CYRILLIC_UPPER}{CYRILLIC_LOWER}]+")


def kazakh_text(text: str) -> bool:
    """Whether ``text`` is Kazakh (see the module doc). A text with no Kazakh letter costs a few
    passes over it."""
    if not any(c in text for c in _KAZAKH_LETTERS):
        return False
    own = i_only = 0
    for m in _LOWER_KAZAKH_WORD_RE.finditer(text):
        if any(c in m.group() for c in _KAZAKH_LETTERS):
            own += 1
        else:
            i_only += 1
    if own + i_only < 0.02 * len(_CYRILLIC_WORD_RE.findall(text)):
        return False
    if own:
        return own >= 0.2 * i_only
    return i_only > 0 and not any(c in text for c in "їєґўЇЄҐЎ") and _SLAVIC_WORD_RE.search(text) is None


# Short words of Ukrainian and Belarusian text that Kazakh has not.
_SLAVIC_WORD_RE = re.compile(
    rf"(?<![{CYRILLIC_UPPER}{CYRILLIC_LOWER}])(?:з|із|і|у|в|й|що|це|як|його|яго|гэта|та)"
    rf"(?![{CYRILLIC_UPPER}{CYRILLIC_LOWER}])"
)


# --------------------------------------------------------------------------- case endings

# Endings taken off any word: the instrumental, the genitive, the accusative, -ға/-қа.
_STRONG = (
    "мен",
    "бен",
    "пен",
    "ның",
    "нің",
    "дың",
    "дің",
    "тың",
    "тің",
    "ны",
    "ні",
    "ды",
    "ді",
    "ты",
    "ті",
    "ға",
    "қа",
)
# Endings taken off only where a surname's shape is left: the dative, the locative, the ablative.
_WEAK = ("нан", "нен", "дан", "ден", "тан", "тен", "ге", "ке", "на", "не", "да", "де", "та", "те")
_ENDINGS = tuple(sorted(_STRONG + _WEAK, key=len, reverse=True))
_SURNAME_RE = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ұлы|улы|қызы|кызы|ович|евич|овна|евна|ична|ский|цкий|ская"
    r"|цкая|енко|ук|юк)$"
)
_PATRONYMIC_RE = re.compile(r"(?:ұлы|улы|қызы|кызы|ович|евич|овна|евна|ична|ьич)$")


# The accusative's endings: a name may end so in the nominative too ("Сатыбалды").
_ACCUSATIVE = ("ны", "ні", "ды", "ді", "ты", "ті")
_SENTENCE_END_RE = re.compile(r"(?:\A|[.!?…][»\"”)]?)[\s\u00a0«\"„“]*\Z")


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether only quotes and spaces stand between ``pos`` and the start of its sentence."""
    return _SENTENCE_END_RE.search(text, max(0, pos - 8), pos) is not None


_CHAIRMAN = "төрағасы"


@cache
def _endings(word: str) -> tuple[str, str | None]:
    """``word`` without a strong case ending (as written when it has none), and without a weak one
    when it has one (else None)."""
    low = word.lower()
    if _SURNAME_RE.search(low):
        return word, None
    for ending in _ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            stem = word[: len(word) - len(ending)]
            return (stem, None) if ending in _STRONG else (word, stem)
    return word, None


def _stem(word: str, seen: frozenset[str], declined: frozenset[str]) -> str | None:
    """``word`` without its case ending (see the module doc), as written when it has none. A weak
    ending leaving no surname's shape is taken off when the text has what is left elsewhere
    (``Макрон``, ``Макронмен``), kept when the text has the whole word with a strong ending
    (``Байденмен``: ``Байден``); else the word is unsure: None. ``seen``: the capitalized words
    of the text and what is left of them without a strong ending; ``declined``: the latter only."""
    strong, weak = _endings(word)
    if weak is None:
        return strong
    if _SURNAME_RE.search(weak.lower()) or weak in seen:
        return weak
    return word if word in declined else None


# --------------------------------------------------------------------------- first names

_FIRST_NAMES_TXT = Path(__file__).resolve().with_name("data") / "kk_first_names.txt"


@cache
def _first_names() -> frozenset[str]:
    with _FIRST_NAMES_TXT.open(encoding="utf-8") as f:
        return frozenset(
            normalize_word(line.strip()) for line in f if line.strip() and not line.startswith("#")
        )


def _first_name(word: str) -> bool:
    """A first name of the list, or one the Russian dictionary knows as a first name."""
    key = normalize_word(word)
    if key in _first_names():
        return True
    names = _info(key).names
    return bool(names) and max(score for *_rest, score in names) > 0.5


# --------------------------------------------------------------------------- roles

_HEADS = frozenset(phrase[-1] for phrase in KK_ROLE_KINDS)
# Endings a head takes after a possessive (``Президентінің``, ``министрімен``) or without one.
_HEAD_ENDINGS = tuple(
    sorted(
        {*["нің", "ның", "не", "на", "н", "нде", "нда", "нен", "нан", "мен"], *_STRONG, *_WEAK},
        key=len,
        reverse=True,
    )
)
# A word in the genitive: the owner of a post ("Алматы облысының әкімі").
_GENITIVE_RE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")
# Words of a state after a country's name: "Қазақстан Республикасының".
_STATE_RE = re.compile(r"^(?:республика|корольдіг|федерация)")


def _head(word: str) -> str | None:
    """The head of a role phrase written ``word``, its case ending taken off (``президентінің``
    -> ``президенті``), as ``normalize_word`` writes it; None for any other word."""
    key = normalize_word(word)
    if key in _HEADS:
        return key
    for ending in _HEAD_ENDINGS:
        if key.endswith(ending) and key[: len(key) - len(ending)] in _HEADS:
            return key[: len(key) - len(ending)]
    return None


@dataclass(frozen=True, slots=True)
class _Role:
    """A role phrase: its span (country words included), its text, its kind, the number of its
    words, and whether it is the lexicon's phrase alone."""

    start: int
    end: int
    text: str
    kind: str | None
    weight: int
    bare: bool  # no word before the lexicon's phrase ("Мемлекет басшысы", "Президент")


def _country(word: str) -> bool:
    return normalize_word(word) in latin_country_forms()


_Token = tuple[int, int, str]
_PLAIN_RE = re.compile(r"[ \u00a0]+")


def _role_at(text: str, toks: list[_Token], h: int, floor: int) -> _Role | None:
    """The role phrase whose head is ``toks[h]`` (see the module doc); no word before ``floor``."""
    head = _head(toks[h][2])
    if head is None:
        return None
    first = h
    while (
        first > floor
        and h - first < 4
        and _PLAIN_RE.fullmatch(text, toks[first - 1][1], toks[first][0])
        and (
            (*(normalize_word(t[2]) for t in toks[first - 1 : h]), head) in _phrase_tails()
            or (toks[first - 1][2][:1].isupper() and _head(toks[first - 1][2]) is None)
            or _GENITIVE_RE.search(toks[first - 1][2]) is not None
        )
    ):  # "Сыртқы істер министрі", "министрінің орынбасары"; a country, not another role
        first -= 1
    if first == h:
        # portfolio words in lower case before the head, after the country's genitive or a name:
        # "Әзербайжанның экономика министрі", "Қазақстанның сауда және интеграция министрі"
        j = h
        while (
            j > floor
            and h - j < 6
            and _PLAIN_RE.fullmatch(text, toks[j - 1][1], toks[j][0])
            and (
                toks[j - 1][2].islower()
                # the portfolio's first word capitalized right after the country's genitive:
                # "Италияның Сыртқы істер және халықаралық ынтымақтастық министрі"
                or (
                    j - 1 > floor
                    and _head(toks[j - 1][2]) is None
                    and _GENITIVE_RE.search(toks[j - 1][2]) is None
                    and not _country(toks[j - 1][2])
                    and (_GENITIVE_RE.search(toks[j - 2][2]) is not None or _country(toks[j - 2][2]))
                )
            )
        ):
            j -= 1
        if (
            j < h
            and j > floor
            and _PLAIN_RE.fullmatch(text, toks[j - 1][1], toks[j][0])
            and _head(toks[j - 1][2]) is None
            and (_GENITIVE_RE.search(toks[j - 1][2]) is not None or _country(toks[j - 1][2]))
        ):
            first = j - 1
            while (
                first > floor
                and h - first < 7
                and _PLAIN_RE.fullmatch(text, toks[first - 1][1], toks[first][0])
                and _head(toks[first - 1][2]) is None
                and (_country(toks[first - 1][2]) or _GENITIVE_RE.search(toks[first - 1][2]) is not None)
            ):
                first -= 1  # "Қазақстан Республикасының"
    words = [normalize_word(t[2]) for t in toks[first:h]] + [head]
    kind, n = None, 1
    for k in range(len(words)):
        found = KK_ROLE_KINDS.get(tuple(words[k:]))
        if found is not None:
            kind, n = found, len(words) - k
            break
    before = toks[first : h + 1 - n]

    def state_word(t: _Token) -> bool:
        return _country(t[2]) or _STATE_RE.search(normalize_word(t[2])) is not None

    k = len(before)
    while k > 0 and state_word(before[k - 1]):
        k -= 1
    if 0 < k < len(before) and not any(_GENITIVE_RE.search(t[2]) for t in before[:k]):
        # "Тоқаев Франция Президенті Макронмен кездесті": a name before the country is the
        # sentence's subject, no part of the role
        before = before[k:]
        first += k
    countries = [t for t in before if state_word(t)]
    if kind == "head_of_state" and n == 1 and before and len(countries) < len(before):
        # "Банк Президенті": no state's; after an abbreviation that is no known country: unsure
        unknown = any(t[2].isupper() for t in before if t not in countries)
        kind = None if unknown else "head_of_organisation"
    elif head == _CHAIRMAN and n == 1 and before and len(countries) == len(before):
        kind = "head_of_state"  # "Қытай Төрағасы", "ҚХР Төрағасы": a state's chairman heads it
    phrase = [t[2] for t in toks[h + 1 - n : h]] + [toks[h][2][: len(head)]]
    role_text = " ".join(phrase)
    text_ = role_text[:1].lower() + role_text[1:]
    return _Role(toks[first][0], toks[h][1], text_, kind, len(words), first == h + 1 - n)


@cache
def _phrase_tails() -> frozenset[tuple[str, ...]]:
    """The tails of the lexicon's phrases (``істер министрі``, ``сыртқы істер министрі``)."""
    return frozenset(phrase[k:] for phrase in KK_ROLE_KINDS for k in range(len(phrase)))


# --------------------------------------------------------------------------- names

_TOKEN_RE = re.compile(rf"[{CYRILLIC_UPPER}{CYRILLIC_LOWER}]+(?:-[{CYRILLIC_UPPER}{CYRILLIC_LOWER}]+)*")


def _capitalized(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _syllable_surname(word: str) -> bool:
    """A capital letter alone: an East-Asian surname of one syllable (``Е``, ``У``)."""
    return len(word) == 1 and word.isupper()


def _name_word(word: str) -> bool:
    return _capitalized(word) and _head(word) is None and not _country(word)


def _given_name_pair(second: str, third: str) -> bool:
    """Whether the second of three capitalized words after a role is a second given name before
    the surname (``Режеп Тайып Ердоғанмен``): it has no surname's shape and no case ending, and the
    third has one of them (the name's last word) and is no city's name."""
    if _SURNAME_RE.search(second.lower()) or _endings(second) != (second, None):
        return False
    if (
        normalize_word(third) in latin_city_forms()
        or normalize_word(_endings(third)[0]) in latin_city_forms()
    ):
        return False
    return _SURNAME_RE.search(third.lower()) is not None or _endings(third) != (third, None)


def _name_at(
    text: str,
    toks: list[_Token],
    i: int,
    after_role: bool,
    seen: tuple[frozenset[str], frozenset[str]],
    subject: bool = False,
) -> tuple[int, str] | None:
    """The name starting at ``toks[i]``: (the token after it, the name with the case ending of
    its last word taken off), or None. ``subject``: the name (with its role) opens the sentence."""
    words = []
    for k in range(i, min(i + 3, len(toks))):
        if k > i and not _PLAIN_RE.fullmatch(text, toks[k - 1][1], toks[k][0]):
            break
        if not _name_word(toks[k][2]) and not (k == i and after_role and _syllable_surname(toks[k][2])):
            break  # (an East-Asian surname of one letter right after a role: "мэрі Е Дунсунмен")
        words.append(toks[k][2])
    if len(words) < 2:
        return None
    if not after_role and not _first_name(words[0]):
        return None
    # a patronymic, or a second given name ("Режеп Тайып Ердоғанмен"), before the surname
    size = (
        3
        if len(words) == 3
        and (_PATRONYMIC_RE.search(words[1].lower()) or (after_role and _given_name_pair(words[1], words[2])))
        else 2
    )
    last = _stem(words[size - 1], *seen)
    if (
        last is not None
        and last != words[size - 1]
        and subject
        and words[size - 1].lower().endswith(_ACCUSATIVE)
        and not _SURNAME_RE.search(last.lower())
    ):
        # the name of the phrase that opens the sentence is its subject, in the nominative: an
        # accusative's ending is the name's own ("Алматы әкімі Дархан Сатыбалды ... кездесті"),
        # unless what is left is shaped like a surname ("Тоқаевты")
        last = words[size - 1]
    if last is None or (not after_role and not _SURNAME_RE.search(last.lower())):
        return None
    return i + size, " ".join([*words[: size - 1], last])


def extract_kk(text: str) -> list[tuple[int, int, str, str, _Role | None, list[tuple[int, int]]]]:
    """The people of a Kazakh text, one per name (see the module doc), in order of the reported
    mention: (char_start, char_end, name, name as written, role, the spans of all its mentions)."""
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]
    capitalized = {w for _s, _e, w in toks if _capitalized(w)}
    declined = frozenset(s for w in capitalized if (s := _endings(w)[0]) != w)
    seen = (frozenset(capitalized) | declined, declined)
    found: list[tuple[int, int, str, _Role | None]] = []
    i = floor = 0
    while i < len(toks):
        role = None
        if i > 0 and _PLAIN_RE.fullmatch(text, toks[i - 1][1], toks[i][0]):
            role = _role_at(text, toks, i - 1, floor)
        name = (
            _name_at(
                text,
                toks,
                i,
                role is not None,
                seen,
                _opens_sentence(text, role.start if role else toks[i][0]),
            )
            if _capitalized(toks[i][2]) or (role is not None and _syllable_surname(toks[i][2]))
            else None
        )
        if name is None:
            i += 1
            continue
        if role is not None and role.bare and name[1].rsplit(" ", 1)[-1] != toks[name[0] - 1][2]:
            role = None  # "Мемлекет басшысы X-пен кездесті": the bare role is the subject's
        found.append((i, name[0], name[1], role))
        i = floor = name[0]
    by_surname = {name.rsplit(" ", 1)[-1]: name for _i, _j, name, _r in found}
    taken = {k for i, j, _n, _r in found for k in range(i, j)}
    for k, (_s, _e, word) in enumerate(toks):
        if k in taken or not _capitalized(word):
            continue
        for stem in (word, _stem(word, *seen)):
            if stem in by_surname:
                found.append((k, k + 1, by_surname[stem], None))
                break
    people: dict[str, tuple[int, int, str, str, _Role | None]] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    for i, j, name, role in sorted(found):
        s, e = toks[i][0], toks[j - 1][1]
        spans.setdefault(name, []).append((s, e))
        old = people.get(name)
        if old is None or (role is not None and old[4] is None):
            people[name] = (s, e, name, text[s:e], role)
    return sorted((*p, spans[p[2]]) for p in people.values())
