"""People in Belarusian and Ukrainian text: names put in the nominative by endings, and the roles
of the lexicon's ``be`` and ``uk`` rows before a name or in apposition after it.

pymorphy3 has a Russian dictionary only (no Belarusian one exists for it; a Ukrainian one is a
separate package Dyad does not install), so a text ``text_language`` reads as Belarusian or
Ukrainian is read by this module instead of the Russian grammar, with rules of its own:

* Language: a text whose Cyrillic letters are at least 2% ``і ї є ґ ў`` (Russian has none of them)
  and fewer Kazakh letters (``ә ғ қ ң ө ұ ү һ``) than those is Belarusian when ``ў ы э`` outnumber
  ``и ї є ґ`` (Belarusian has no ``и``, Ukrainian no ``ы``), else Ukrainian.
* Name evidence: a person is a capitalized word that is a first name of
  ``data/be_uk_first_names.txt`` (nominative, gender, stem of the other cases) in any case, or,
  with no listed reading, one the Russian dictionary knows as a first name (``_russian_first_name``),
  then optionally a patronymic (``-віч``/``-ўна``, ``-ович``/``-івна`` ...) or name particles
  (``фон дер``, ``бін``, as written), then a surname (a capitalized word, no country, city or role
  word); or surname, first name and patronymic in that order
  (``Лукашэнка Аляксандр Рыгоравіч``); or two capitalized words right after a role head written in
  the nominative (``Президент Франції Емманюель Макрон``), as written. Capitals alone are no
  evidence: ``Тавараабарот Беларусі`` or ``Товарообіг України`` opening a sentence is nobody, nor is
  a listed first name that is also a common noun before a word it does not agree with (``Надія
  Європи``).
* The nominative: each word is read back through the endings of its language's declensions
  (``_PARADIGMS``: hard, soft and ``-й`` stems, ``-о`` and ``-а``/``-я`` stems with ``к/г/х``
  alternations, adjectival surnames ``-ський``/``-скі``, possessive ``-ов``/``-оў``/``-ін``); the
  first name's list, the agreement of first name, patronymic and surname in gender and case, and of
  a role head before or after the name, choose among the readings; then a surname with an ending
  surnames have (``_SURNAME_ENDINGS``: ``-енко``, ``-енка``, ``-ук``, ``-ич``, ``-ський`` ...) before
  one without, a longer ending read before a shorter, the nominative before other cases. A woman's
  surname in a consonant, ``-о`` or ``-их`` (``Наталля Эйсмант``, ``Юлія Свириденко``), a man's
  Belarusian one in ``-о`` (``з Андрэем Сянько``), in ``-их``/``-ых`` or in a foreign vowel
  (``Марк Рютте``) does not decline.
* Roles: a head noun of the lexicon (``прэзідэнт``, ``прем'єр-міністр``, ``речник``, ``голова``) in
  any case, with qualifiers before it (``перший``, ``колишній``, ``Надзвычайны і Паўнамоцны``, a
  country's adjective) and a complement after it: genitive-shaped words, capitalized words,
  abbreviations, ``і``/``та``, a place after ``в``/``у``/``ў``/``пры``/``при`` (``посол України в
  Польщі``) and what the post is for after ``з``/``па`` before a lowercase word (``віцепрем'єр-міністр
  з гуманітарної політики``, ``па пытаннях прамысловасці``); right before the name (agreeing in case with it when both cases are known), or set off
  by a comma or a dash after it up to the next punctuation mark (``Юлія Свириденко, перший
  віцепрем'єр-міністр України,``). The head is put in the nominative, adjectives too; a country at
  the end of the role or among its qualifiers stays inside ``role_start:role_end`` (so that the
  country is read from the span) but out of ``role``. The kind is the lexicon's for the longest
  phrase of head and complement (``заступник міністра`` -> ``deputy_minister``, ``міністр
  закордонних справ`` -> ``minister``; a chamber's chair, ``голова Верховної Ради``, heads an
  organisation as in Russian); a president of no state heads an organisation. A role before a name
  reaches back no further than the name before it (``Мер Києва X та голова ОДА Y``).
* Surnames alone, in any case: of a full name in the text, they are that person (``Лукашэнка
  заявіў``, ``з Зеленським``) and may bring its role; right after a role head agreeing with them
  and with a surname's ending, a person named by the surname (``прем'єр-міністр Шмигаль``). An
  adjectival reading before a lowercase noun-shaped word or an abbreviation is no surname
  (``старшыня Гомельскага аблвыканкама``), one before a verb or preposition is (``Зеленський
  заявив``). Initials before a surname (``А.Р. Лукашэнка``, ``В. Зеленському`` -> ``В. Зеленський``)
  join the full name with that first letter and surname, else the fullest initials with them.
* A first name not listed is read by the endings alone when a patronymic follows it or a role head
  stands right before it (in the head's case: ``з Прэзідэнтам Казахстана Касым-Жамартам Такаевым``
  -> ``Касым-Жамарт Такаеў``); after a head in the nominative with no reading, as written
  (``Посол Китаю Ма Шенкунь``).
* One person per nominative name; the reported mention is the first with the role of the most
  complement words, else the first.

Not handled: first names outside the list with neither a patronymic nor a role, names in
Latin script, roles named by a predicate (``прызначаны міністрам``) or in another sentence
(``глава держави повідомив``), roles of a subject set off by a dash (``Глава МЗС — X``), and
Kazakh-language text, which ``kk`` reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from flows.text.people.counterparts import COUNTERPART, counterpart_country
from flows.text.people.lexicon import BE_UK_ROLE_KINDS, latin_city_forms, latin_country_forms
from flows.text.tokens import APOSTROPHES, CYRILLIC_LOWER, CYRILLIC_UPPER, normalize_word

__all__ = ["extract_be_uk", "text_language"]

# --------------------------------------------------------------------------- language

_BE_UK_LETTERS = "іїєґў"
_BE_UK_BOTH_CASES = _BE_UK_LETTERS + _BE_UK_LETTERS.upper()
_KAZAKH_LETTERS = "әғқңөұүһ"
_CYRILLIC_RE = re.compile(f"[{CYRILLIC_UPPER}{CYRILLIC_LOWER}]")


def text_language(text: str) -> str | None:
    """``"be"`` or ``"uk"`` for a Belarusian or Ukrainian text, None for any other (Russian,
    Kazakh, Latin-script): see the module doc. Costs a few passes over the text."""
    # looked for and counted in both cases in the text as given (no other character lowercases to
    # one of these letters): most texts (Russian) have none of them, and are not lowercased at all
    if not any(c in text for c in _BE_UK_BOTH_CASES):
        return None
    own = sum(text.count(c) for c in _BE_UK_BOTH_CASES)
    if own < 2:
        return None
    low = text.lower()
    if own < 0.02 * len(_CYRILLIC_RE.findall(low)) or sum(low.count(c) for c in _KAZAKH_LETTERS) >= own:
        return None
    belarusian = low.count("ў") + low.count("ы") + low.count("э")
    ukrainian = low.count("и") + low.count("ї") + low.count("є") + low.count("ґ")
    return "be" if belarusian > ukrainian else "uk"


# --------------------------------------------------------------------------- declension

_CONSONANTS = frozenset("бвгґджзклмнпрстфхцчшщў")
_VOWELS = frozenset("аеёиоуыэюяіїє")
_N, _G, _D, _A, _I, _L = "nomn", "gent", "datv", "accs", "ablt", "loct"


def _c(*cases: str) -> frozenset[str]:
    return frozenset(cases)


_ANY_CASE = frozenset({_N, _G, _D, _A, _I, _L})


# A declension: (gender: "m", "f" or "mf"; the nominative's ending; the stem's last letter: "C" a
# consonant, "V" a vowel, a regex searched at the stem's end, or "" any; the endings of its
# forms with their cases). A word ending in one of the endings, its stem kept, reads as the
# stem plus the nominative's ending, in those cases.
_Paradigm = tuple[str, str, str, tuple[tuple[str, frozenset[str]], ...]]

_UK: tuple[_Paradigm, ...] = (
    # hard stems: Олександр, Стефанчук, посол (-ом, -ові)
    (
        "m",
        "",
        "[бвгґдзклмнпрстфх]",
        (
            ("", _c(_N)),
            ("а", _c(_G, _A)),
            ("у", _c(_D, _L)),
            ("ові", _c(_D, _L)),
            ("ом", _c(_I)),
            ("і", _c(_L)),
        ),
    ),
    # hissing stems: Зварич, Лукасевич (-ем, -еві)
    (
        "m",
        "",
        "[жчшщц]",
        (
            ("", _c(_N)),
            ("а", _c(_G, _A)),
            ("у", _c(_D, _L)),
            ("еві", _c(_D, _L)),
            ("ем", _c(_I)),
            ("і", _c(_L)),
        ),
    ),
    # possessive surnames: Іванов -> Івановим
    ("m", "", "(?:ов|ев|єв|ін|ин|їн)", (("им", _c(_I)),)),
    # soft stems: Василь, Шмигаль; Ігор (Ігоря)
    (
        "m",
        "ь",
        "C",
        (
            ("ь", _c(_N)),
            ("я", _c(_G, _A)),
            ("ю", _c(_D, _L)),
            ("еві", _c(_D, _L)),
            ("ем", _c(_I)),
            ("і", _c(_L)),
        ),
    ),
    ("m", "", "р", (("я", _c(_G, _A)), ("ю", _c(_D, _L)), ("еві", _c(_D, _L)), ("ем", _c(_I)))),
    # -й: Андрій, Сергій, Миколай
    (
        "m",
        "й",
        "V",
        (
            ("й", _c(_N)),
            ("я", _c(_G, _A)),
            ("ю", _c(_D, _L)),
            ("єві", _c(_D, _L)),
            ("єм", _c(_I)),
            ("ї", _c(_L)),
        ),
    ),
    # -о: Дмитро, Шевченко
    (
        "m",
        "о",
        "C",
        (
            ("о", _c(_N)),
            ("а", _c(_G, _A)),
            ("у", _c(_D, _L)),
            ("ові", _c(_D, _L)),
            ("ом", _c(_I)),
            ("і", _c(_L)),
        ),
    ),
    # -а: Ганна, Микола, Кулеба, голова; к/г/х before -і
    ("mf", "а", "C", (("а", _c(_N)), ("и", _c(_G)), ("і", _c(_G, _D, _L)), ("у", _c(_A)), ("ою", _c(_I)))),
    ("mf", "ка", "", (("ці", _c(_D, _L)),)),
    ("mf", "га", "", (("зі", _c(_D, _L)),)),
    ("mf", "ха", "", (("сі", _c(_D, _L)),)),
    # after a hushing consonant the instrumental is -ею: Маша -> Машею, Джорджа -> Джорджею
    ("mf", "а", "[жчшщ]", (("ею", _c(_I)),)),
    # -я: Леся, суддя; -ія: Юлія, Марія
    ("mf", "я", "C", (("я", _c(_N)), ("і", _c(_G, _D, _L)), ("ю", _c(_A)), ("ею", _c(_I)))),
    ("mf", "я", "[ії]", (("я", _c(_N)), ("ї", _c(_G, _D, _L)), ("ю", _c(_A)), ("єю", _c(_I)))),
    # after another vowel: Мая, Кая (Маєю, Каєю, Маї)
    ("mf", "я", "[аеоуиюяє]", (("я", _c(_N)), ("ї", _c(_G, _D, _L)), ("ю", _c(_A)), ("єю", _c(_I)))),
    # adjectival: Зеленський, Тихий, колишній; Зеленська, Стефанішина
    (
        "m",
        "ий",
        "",
        (("ий", _c(_N)), ("ого", _c(_G, _A)), ("ому", _c(_D, _L)), ("им", _c(_I)), ("ім", _c(_L))),
    ),
    ("m", "ій", "", (("ій", _c(_N)), ("ього", _c(_G, _A)), ("ьому", _c(_D, _L)), ("ім", _c(_I, _L)))),
    ("f", "а", "", (("а", _c(_N)), ("ої", _c(_G)), ("ій", _c(_D, _L)), ("у", _c(_A)), ("ою", _c(_I)))),
)

_BE: tuple[_Paradigm, ...] = (
    # hard stems: Аляксандр, Максім, пасол, Мясніковіч
    (
        "m",
        "",
        "C",
        (("", _c(_N)), ("а", _c(_G, _A)), ("у", _c(_D, _L)), ("ам", _c(_I)), ("ом", _c(_I)), ("е", _c(_L))),
    ),
    # possessive surnames: Рыжанкоў -> Рыжанкова; Пуцін -> Пуціным
    (
        "m",
        "оў",
        "",
        (("оў", _c(_N)), ("ова", _c(_G, _A)), ("ову", _c(_D)), ("овым", _c(_I)), ("ове", _c(_L))),
    ),
    (
        "m",
        "еў",
        "",
        (("еў", _c(_N)), ("ева", _c(_G, _A)), ("еву", _c(_D)), ("евым", _c(_I)), ("еве", _c(_L))),
    ),
    (
        "m",
        "ёў",
        "",
        (("ёў", _c(_N)), ("ёва", _c(_G, _A)), ("ёву", _c(_D)), ("ёвым", _c(_I)), ("ёве", _c(_L))),
    ),
    # an unstressed о written а: Мерэдаў -> Мерэдава, Мерэдавым (Бердымухамедаў)
    (
        "m",
        "аў",
        "",
        (("аў", _c(_N)), ("ава", _c(_G, _A)), ("аву", _c(_D)), ("авым", _c(_I)), ("аве", _c(_L))),
    ),
    ("m", "", "(?:ін|ын)", (("ым", _c(_I)), ("ім", _c(_I)))),
    # soft stems: Анатоль, Генадзь, Віталь
    (
        "m",
        "ь",
        "C",
        (("ь", _c(_N)), ("я", _c(_G, _A)), ("ю", _c(_D, _L)), ("ем", _c(_I)), ("ём", _c(_I)), ("і", _c(_L))),
    ),
    # -й: Андрэй, Сяргей, Дзмітрый, Мікалай
    ("m", "й", "V", (("й", _c(_N)), ("я", _c(_G, _A)), ("ю", _c(_D, _L)), ("ем", _c(_I)), ("і", _c(_L)))),
    # -а: Ганна, Лукашэнка, Галоўчанка, старшыня; к/г/х before -е
    (
        "mf",
        "а",
        "C",
        (
            ("а", _c(_N)),
            ("ы", _c(_G)),
            ("і", _c(_G, _D, _L)),
            ("е", _c(_D, _L)),
            ("у", _c(_A, _D, _L)),
            ("ай", _c(_I)),
            ("аю", _c(_I)),
            ("ам", _c(_I)),
        ),
    ),
    ("mf", "ка", "", (("цы", _c(_D, _L)),)),
    ("mf", "га", "", (("зе", _c(_D, _L)),)),
    ("mf", "ха", "", (("се", _c(_D, _L)),)),
    # -я: Наталля, Марыя, старшыня
    (
        "mf",
        "я",
        "",
        (
            ("я", _c(_N)),
            ("і", _c(_G, _D, _L)),
            ("ю", _c(_A)),
            ("яй", _c(_I)),
            ("яю", _c(_I)),
            ("ёй", _c(_I)),
            ("ём", _c(_I)),
        ),
    ),
    # adjectival: Кавальскі, Круты, былы; Ціханоўская, Кочанава
    ("m", "і", "[кгх]", (("і", _c(_N)), ("ага", _c(_G, _A)), ("аму", _c(_D)), ("ім", _c(_I, _L)))),
    (
        "m",
        "ы",
        "",
        (
            ("ы", _c(_N)),
            ("ага", _c(_G, _A)),
            ("ога", _c(_G, _A)),
            ("аму", _c(_D)),
            ("ому", _c(_D)),
            ("ым", _c(_I, _L)),
        ),
    ),
    ("f", "ая", "", (("ая", _c(_N)), ("ай", _c(_G, _D, _I, _L)), ("ую", _c(_A)))),
    ("f", "а", "(?:ав|ев|ёв|ов|ін|ын)", (("а", _c(_N)), ("ай", _c(_G, _D, _I, _L)), ("у", _c(_A)))),
)

_PARADIGMS = {"be": _BE, "uk": _UK}

# Endings of the nominative of surnames: a reading that gives one is preferred to one that does
# not ("Лукашэнку" is "Лукашэнка", not "Лукашэнк"; "Стефанчуку" is "Стефанчук", not "Стефанчуко").
_SURNAME_ENDINGS = {
    "be": (
        "зода",  # Tajik surnames (Усманзода, Рахмонзода), declined as nouns in -а
        "ка",
        "ко",
        "ук",
        "юк",
        "ік",
        "ык",
        "ак",
        "ок",
        "ец",
        "іч",
        "скі",
        "цкі",
        "ская",
        "цкая",
        "оў",
        "еў",
        "ёў",
        "аў",
        "ава",
        "ова",
        "ева",
        "ёва",
        "ін",
        "ын",
        "іна",
        "ына",
        "ян",
        "ль",
        "ун",
        "ёнак",
        "анак",
    ),
    "uk": (
        "зода",
        "енко",
        "йко",
        "чко",
        "нко",
        "ько",
        "шко",
        "ук",
        "юк",
        "ик",
        "ак",
        "ок",
        "ець",
        "іч",
        "ич",
        "ський",
        "цький",
        "зький",
        "ська",
        "цька",
        "зька",
        "ов",
        "ев",
        "єв",
        "ова",
        "ева",
        "єва",
        "ін",
        "ин",
        "їн",
        "іна",
        "ина",
        "їна",
        "ян",
        "ар",
        "як",
        "ун",
        "ба",
        "га",
        "ій",
        "ий",
        "ль",
    ),
}
# A patronymic's suffixes after the father's first name's stem, a man's and a woman's, in each
# language, longest first (``_father_named`` reads the stem before them)
_PATRONYMIC_SUFFIXES = {
    "be": (("явіч", "авіч", "евіч", "овіч", "ьіч"), ("яўна", "аўна", "еўна", "оўна", "іўна")),
    "uk": (("йович", "ьович", "ович", "евич", "іч"), ("ївна", "івна", "овна")),
}
_PATRONYMIC_RE = {
    lang: tuple(re.compile(f"(?:{'|'.join(suffixes)})$") for suffixes in pair)
    for lang, pair in _PATRONYMIC_SUFFIXES.items()
}
_INDECLINABLE_RE = {"be": re.compile(r"(?:о|ых|іх)$"), "uk": re.compile(r"(?:их|іх)$")}

_Reading = tuple[str, str, frozenset[str], int]  # (nominative, gender "m"/"f"/"mf", cases, ending length)


def _stem_ok(stem: str, rule: str) -> bool:
    if not rule:
        return True
    last = stem[-1:].lower()
    if rule == "C":
        return last in _CONSONANTS
    if rule == "V":
        return last in _VOWELS
    return re.search(rule + "$", stem.lower()) is not None


@cache
def _readings(word: str, lang: str) -> tuple[_Reading, ...]:
    """Every reading of ``word`` by the declensions of ``lang``: ``(nominative, gender, cases,
    length of the ending read)``; the stem keeps at least two letters."""
    low = word.lower()
    out = []
    for gender, nom_end, rule, forms in _PARADIGMS[lang]:
        for ending, cases in forms:
            if low.endswith(ending) and len(low) - len(ending) >= 2:
                stem = word[: len(word) - len(ending)]
                if _stem_ok(stem, rule):
                    out.append((stem + nom_end, gender, cases, len(ending)))
    return tuple(out)


def _key(word: str) -> str:
    return normalize_word(word)


# --------------------------------------------------------------------------- first names

_FIRST_NAMES_TXT = Path(__file__).resolve().with_name("data") / "be_uk_first_names.txt"


@cache
def _first_names() -> dict[str, dict[str, tuple[str, str]]]:
    """Per language: the key of a first name's nominative or of its other stem -> (nominative,
    gender "m"/"f")."""
    names: dict[str, dict[str, tuple[str, str]]] = {"be": {}, "uk": {}}
    with _FIRST_NAMES_TXT.open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts or line.startswith("#"):
                continue
            lang, gender, name = parts[:3]
            names[lang][_key(name)] = (name, gender)
            if len(parts) > 3:  # Павел Паўл: the stem of the other cases, read as a nominative
                names[lang].setdefault(_key(parts[3]), (name, gender))
    return names


def _first_readings(word: str, lang: str) -> list[tuple[str, str, frozenset[str]]]:
    """The readings of a capitalized word as a first name: (nominative as listed, gender, cases).
    A word with no listed reading is a first name when the Russian dictionary, its letters spelt the
    Russian way, reads it first as a first name of that gender (``_russian_first_name``): the
    foreign names of the news are written alike in all three languages (``з Радославом
    Сікорським``, ``з Урсулай фон дэр Ляйен``)."""
    listed = _first_names()[lang]
    out = []
    for nom, gender, cases, _n in _readings(word, lang):
        found = listed.get(_key(nom))
        if found is not None and gender in ("mf", found[1]):
            out.append((_apostrophe_as_in(found[0], word), found[1], cases))
    if out:
        return out  # "Петра": Петро of the list, not the Russian Петр
    for nom, gender, cases, _n in _readings(word, lang):
        other = _russian_first_name(nom)
        if other is not None and gender in ("mf", other):
            out.append((nom, other, cases))
    return out


# Belarusian and Ukrainian letters as Russian spells the same sound in a foreign name.
# Belarusian writes ``ы`` and ``э`` after consonants always hard (``Рычард``, ``Мэры``), Russian
# ``и`` and ``е`` there.
_HARD_Y_RE = re.compile(r"([чшжрц])ы")
_HARD_E_RE = re.compile(r"([бвгджзклмнпрстфхцчш])э")
_TO_RUSSIAN = str.maketrans(
    {"і": "и", "ї": "и", "є": "е", "ґ": "г", "ў": "в"} | dict.fromkeys(APOSTROPHES, "")
)


@cache
def _russian_first_name(nominative: str) -> str | None:
    """``"m"`` or ``"f"`` when the Russian dictionary's most likely reading of ``nominative``
    (spelt with Russian letters) is a first name in the nominative singular of that gender, None
    otherwise (``Віра``: faith before the name; ``Марош``: a place; a word the dictionary does
    not hold, whose readings are guesses by its ending)."""
    from flows.text.morph import analyzer, parses, tag_facts

    if _place(_key(nominative)):
        return None
    spelt = _HARD_E_RE.sub(r"\1е", _HARD_Y_RE.sub(r"\1и", nominative.lower()).translate(_TO_RUSSIAN))
    if not analyzer().word_is_known(spelt):
        return None  # a guess by the ending ("Іспаній" read as "Арсеній")
    found = parses(spelt)
    facts = tag_facts(found[0].tag)
    if "Name" not in facts.grammemes or facts.case != "nomn" or facts.number == "plur":
        return None
    return {"masc": "m", "femn": "f"}.get(facts.gender or "")


def _apostrophe_as_in(name: str, word: str) -> str:
    """``name`` with the apostrophe ``word`` is written with (``Вʼячеслав`` as ``Вʼячеславам``)."""
    for apostrophe in APOSTROPHES:
        if apostrophe in word:
            return re.sub(f"[{APOSTROPHES}]", apostrophe, name)
    return name


def _patronymic_readings(word: str, lang: str) -> list[tuple[str, str, frozenset[str]]]:
    male, female = _PATRONYMIC_RE[lang]
    out = []
    for nom, gender, cases, _n in _readings(word, lang):
        low = nom.lower()
        if male.search(low) and gender in ("m", "mf") and not nom.endswith("а"):
            out.append((nom, "m", cases))
        elif female.search(low) and gender in ("f", "mf"):
            out.append((nom, "f", cases))
    return out


def _surname_readings(word: str, lang: str) -> list[tuple[str, str, frozenset[str], int]]:
    """(nominative, gender, cases, rank): rank 2 for a nominative with a surname's ending, 1
    without, 0 for the word as written in every case (a woman's surname not in -а/-я, see
    ``_INDECLINABLE_RE``)."""
    joined = _JOINED_NAME_RE.fullmatch(word)
    if joined is not None:  # "аль-Бусаїді": the name after the article declines (or not) alone
        article = joined.group(1)
        return [(article + nom, g, c, r) for nom, g, c, r in _surname_readings(joined.group(2), lang)]
    endings = _SURNAME_ENDINGS[lang]
    out = []
    for nom, gender, cases, n in _readings(word, lang):
        rank = 2 if nom.lower().endswith(endings) else 1
        out.append((nom, gender, cases, rank * 10 + n))
    low = word.lower()
    if low[-1:] in _CONSONANTS or low[-1:] == "ь" or low.endswith(("о", "их", "ых", "іх")):
        out.append((word, "f", _ANY_CASE, 0))  # "Наталля Эйсмант", "Юлія Свириденко"; not "Надія Європи"
    if _INDECLINABLE_RE[lang].search(low) or low[-1:] in "еэіую" or re.search(r"[аеіоуи]о$|аа$", low):
        # "Сянько", "Рютте", "Моді", "Рубіо", "Шараа": as written; a woman's too ("Маєю Санду")
        out.append((word, "mf", _ANY_CASE, 0))
    return out


# --------------------------------------------------------------------------- words of the text

_LETTER = f"[{CYRILLIC_UPPER}{CYRILLIC_LOWER}]"
_WORD = rf"{_LETTER}+(?:[{APOSTROPHES}]{_LETTER}+)*"
_TOKEN_RE = re.compile(rf"{_WORD}(?:-{_WORD})*")
_PLAIN_RE = re.compile(r"[ \u00a0]+")
_QUOTED_RE = re.compile(r"[ \u00a0«»\"“”„]+")

_Token = tuple[int, int, str]


def _capitalized(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


@cache
def _place(key: str) -> bool:
    return key in latin_country_forms() or key in latin_city_forms()


def _country(words: list[str]) -> bool:
    return " ".join(_key(w) for w in words) in latin_country_forms()


# --------------------------------------------------------------------------- roles

# Words for a state before a country's name: "Рэспублікі Беларусь", "Республіки Казахстан".
_STATE_WORDS = frozenset({"рэспублікі", "республіки", "краіны", "країни", "дзяржавы", "держави"})
# Prepositions that open a place inside a role's complement: "посол України в Польщі".
_PLACE_PREPOSITIONS = frozenset({"в", "у", "ў", "пры", "при", "на"})
_CONJUNCTIONS = frozenset({"і", "та", "й", "и"})
# Prepositions that open what a post is for: "віцепрем'єр-міністр з гуманітарної політики",
# "намеснік прэм'ер-міністра па пытаннях ..."; before a name or a role ("са старшынёй", "зі
# спікером") the with-prepositions among them name someone met, and end the role (_complement_ok).
_TOPIC_PREPOSITIONS = frozenset({"з", "із", "зі", "са", "па", "по", "для"})
# Other prepositions a name may stand before ("Зеленському з повагою", "Лукашэнку за ...").
_OTHER_PREPOSITIONS = frozenset(
    {"з", "із", "зі", "за", "до", "па", "по", "ад", "від", "для", "пра", "про", "як"}
)
# Endings of lowercase words a genitive complement is made of (nouns and adjectives, singular and
# plural), and endings of verbs' past forms and reflexives that end a complement ("-аў" is both a
# genitive plural and a Belarusian past: only inside a phrase of the lexicon, "замежных спраў").
# (with the genitive of an adjective in -ого/-ього, be -ага/-яга: "сільського господарства",
# "сельскай гаспадаркі")
_COMPLEMENT_ENDINGS = (
    *"аяуюыиіїй",
    "ів",
    "їв",
    "яў",
    "оў",
    "ёў",
    "ей",
    "ой",
    "ых",
    "их",
    "іх",
    "ого",
    "ього",
)
_VERB_ENDINGS = (
    "ла",
    "ло",
    "ли",
    "лі",
    "ся",
    "сь",
    "цца",
    "ць",
    "ть",
    "ує",
    "ає",
    "яє",
    "іў",
    "ыў",
    "аў",
    "ёў",
)
# Words that qualify a head before it (stems, with any adjectival ending).
_QUALIFIER_RE = re.compile(
    r"(?:перш|колишн|был|нов|надзвычайн|паўнамоцн|надзвичайн|повноважн|народн|генеральн|тимчасов|часов"
    r"|выканаўч|виконавч|пастаянн|постійн|спецыяльн|спеціальн)[а-яіїєёўґ]*$"
)
_ADJ_NOMINATIVE = {
    "be": (("ага", "ы"), ("ога", "ы"), ("аму", "ы"), ("ому", "ы"), ("ым", "ы"), ("ай", "ая"), ("ую", "ая")),
    "uk": (
        ("ього", "ій"),
        ("ьому", "ій"),
        ("ого", "ий"),
        ("ому", "ий"),
        ("им", "ий"),
        ("ої", "а"),
        ("ою", "а"),
    ),
}


@cache
def _heads(lang: str) -> dict[str, list[tuple[str, frozenset[str]]]]:
    """Every form of the head nouns of ``lang``'s role phrases, by key -> (the head in the
    nominative, cases): the nominative's declensions of ``_PARADIGMS`` run forwards, the last part
    of a hyphenated head declining (``прэмʼер-міністрам``), a fleeting ``о``/``е`` of the last
    syllable dropped (``посол`` -> ``посла``)."""
    forms: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for phrase in BE_UK_ROLE_KINDS.get(lang, {}):
        head = phrase.split()[0]
        for gender, nom_end, rule, endings in _PARADIGMS[lang]:
            if not head.endswith(nom_end) or gender == "f" or len(head) - len(nom_end) < 2:
                continue
            stem = head[: len(head) - len(nom_end)]
            if not _stem_ok(stem, rule):
                continue
            variants = [stem]
            if nom_end == "" and len(stem) > 3 and stem[-2] in "ое" and stem[-3] not in _VOWELS:
                variants.append(stem[:-2] + stem[-1])  # посол -> посл-
            for v in variants:
                for ending, cases in endings:
                    if v is not stem and ending == "":
                        continue
                    forms.setdefault(_key(v + ending), []).append((head, cases))  # "ё" as "е"
        forms.setdefault(head, []).append((head, frozenset({_N})))
    return forms


@dataclass(frozen=True, slots=True)
class _Role:
    """A role phrase: its span (country words included), its text (head in the nominative, country
    words left out), its kind, the cases its head may be in, the number of complement words, and
    whether the head is written in the nominative."""

    start: int
    end: int
    text: str
    kind: str | None
    cases: frozenset[str]
    weight: int
    nominative: bool


def _complement_word(word: str, after_preposition: bool) -> bool:
    low = word.lower()
    if word.isupper() or _capitalized(word):
        return True  # an abbreviation, a name of a country, a body ("Верховної Ради", "МЗС")
    if after_preposition:
        return True
    if low.endswith("лі") and low[-3:-2] not in _VOWELS:
        return True  # a noun's oblique case ("торгівлі", "землі"); a past plural has a vowel before "лі"
    if low in _PLURAL_GENITIVES:
        return True  # "міністр внутрішніх справ", "міністр унутраных спраў"
    return low.endswith(_COMPLEMENT_ENDINGS) and not low.endswith(_VERB_ENDINGS)


# Genitive plurals of portfolios' nouns no ending tells: affairs, questions, situations
_PLURAL_GENITIVES = frozenset(
    {"справ", "спраў", "питань", "пытанняў", "ситуацій", "сітуацый", "надр", "нетраў"}
    # communities, relations, branches, forces: "міністр розвитку громад та територій", "міністр
    # міжнародних відносин", "командувач Збройних сил"
    | {
        "громад",
        "грамад",
        "відносин",
        "адносін",
        "галузей",
        "галін",
        "сил",
        "військ",
        "войскаў",
        "земель",
        "зямель",
    }
    # the plural of a body's members in its name: "Савет міністраў", "кабінет міністраў", "Палата
    # прадстаўнікоў" (Belarusian -аў, which ends past verbs too: listed, not by ending)
    | {"міністраў", "дэпутатаў", "прадстаўнікоў", "міністрів", "депутатів", "представників"}
)


def _role_kind(lang: str, head: str, complement: list[str]) -> str | None:
    kinds = BE_UK_ROLE_KINDS[lang]
    words = [head, *(_key(w) for w in complement)]
    for n in range(len(words), 0, -1):
        kind = kinds.get(" ".join(words[:n]))
        if kind is not None:
            break
    else:
        return None
    if kind in ("head_of_state", "deputy_head_of_state") and n == 1 and complement:
        first = _key(complement[0])
        if first not in _STATE_WORDS and not any(_country(complement[:k]) for k in (1, 2, 3)):
            return "head_of_organisation" if kind == "head_of_state" else "deputy_head"
    return kind


def _qualifier(word: str) -> bool:
    return _QUALIFIER_RE.search(word.lower()) is not None


def _adjective_nominative(word: str, lang: str) -> str:
    for ending, nominative in _ADJ_NOMINATIVE[lang]:
        if word.lower().endswith(ending):
            return word[: len(word) - len(ending)] + nominative
    return word


def _build_role(
    text: str, toks: list[_Token], q: int, h: int, end: int, head: tuple[str, frozenset[str], str], lang: str
) -> _Role:
    """The role of qualifiers ``toks[q:h]``, the head ``toks[h]`` (``head`` as ``_head_at`` reads
    it) and the complement ``toks[h+1:end]``."""
    nominative, cases, lexicon_head = head
    complement = [w for _s, _e, w in toks[h + 1 : end]]
    kept = len(complement)
    for k in range(1, min(3, len(complement)) + 1):  # a country at the end: in the span only
        tail = complement[len(complement) - k :]
        if k < len(complement) and _key(complement[-k - 1]) in _PLACE_PREPOSITIONS:
            continue  # "посол Беларусі ў Расіі": where the post is held stays
        if _country(tail) or (k > 1 and _key(tail[0]) in _STATE_WORDS and _country(tail[1:])):
            kept = len(complement) - k
    if kept < len(complement) and kept and _key(complement[kept - 1]) in _TOPIC_PREPOSITIONS:
        kept -= 1  # "калега з Расіі": where the counterpart is from, in the span only
    quals = [_adjective_nominative(w, lang) for _s, _e, w in toks[q:h] if not _country([w])]
    written_head = toks[h][2]
    head_text = nominative
    for apostrophe in APOSTROPHES:
        if apostrophe in written_head:
            head_text = head_text.replace("ʼ", apostrophe)  # as written: "прэм'ер-міністр"
    if written_head[:1].isupper():
        head_text = head_text[:1].upper() + head_text[1:]
    # the complement as written: the commas of an enumeration inside it kept ("гандлю, прамысловасці і ...")
    complement = [
        w + ","
        if m + 1 < kept and text[toks[h + 1 + m][1] : toks[h + 2 + m][0]].lstrip(" \u00a0")[:1] == ","
        else w
        for m, w in enumerate(complement)
    ]
    words = [*quals, head_text, *complement[:kept]]
    first_start = toks[q][0]
    opening = (
        not text[:first_start].rstrip(' \u00a0«"„“')
        or text[:first_start].rstrip(' \u00a0«"„“')[-1] in ".!?\n"
    )
    if words and opening:
        words[0] = words[0][:1].lower() + words[0][1:]
    kind = _role_kind(lang, lexicon_head, complement)
    if quals:
        # a phrase of the lexicon that opens with the qualifiers: "генеральний секретар"
        kind = BE_UK_ROLE_KINDS[lang].get(" ".join([*(q.lower() for q in quals), lexicon_head]), kind)
    return _Role(
        first_start,
        toks[end - 1][1],
        " ".join(words),
        kind,
        cases,
        len(complement),
        _key(written_head) == nominative,
    )


def _head_at(key: str, lang: str) -> tuple[str, frozenset[str], str] | None:
    """A head noun of ``lang``'s roles written as ``key`` (``экс-`` before it too): (its
    nominative, the cases the form may be in, the lexicon's head)."""
    heads = _heads(lang)
    prefix = ""
    if key not in heads and "-" in key and key.split("-", 1)[0] in _HEAD_PREFIXES:
        prefix, key = key.split("-", 1)
        prefix += "-"
    entries = heads.get(key)
    if not entries:
        return None
    return prefix + entries[0][0], frozenset().union(*(c for _h, c in entries)), entries[0][0]


_HEAD_PREFIXES = frozenset({"экс", "екс", "ex"})


def _continuation(lang: str, head: str, words: list[str]) -> int:
    """How many of ``words`` continue a phrase of the lexicon that opens with ``head``
    (``замежных спраў`` after ``міністр``)."""
    keys = [_key(w) for w in words]
    best = 0
    heads = {head, *_masculine_heads(head)}
    for phrase in BE_UK_ROLE_KINDS[lang]:
        parts = phrase.split()
        if parts[0] in heads and len(parts) - 1 <= len(keys) and keys[: len(parts) - 1] == parts[1:]:
            best = max(best, len(parts) - 1)
    return best


# A woman's role noun and the man's whose phrases it shares ("міністерка закордонних справ" as
# "міністр закордонних справ", "представниця ЄС", "речниця МЗС"): suffix of hers, of his
_FEMININE_HEAD_SUFFIXES = (("ерка", "р"), ("арка", "р"), ("ниця", "ник"), ("ніца", "нік"), ("ка", ""))


def _masculine_heads(head: str) -> list[str]:
    """The man's forms a woman's role noun ``head`` may stand for (``міністерка`` -> ``міністр``,
    ``президентка`` -> ``президент``, ``речниця`` -> ``речник``), as guesses by suffix."""
    return [head[: -len(hers)] + his for hers, his in _FEMININE_HEAD_SUFFIXES if head.endswith(hers)]


def _complement_ok(toks: list[_Token], a: int, b: int, lang: str, head: str) -> bool:
    """Whether ``toks[a:b]`` may be the complement of ``head`` (see the module doc)."""
    k = a + _continuation(lang, head, [w for _s, _e, w in toks[a:b]])
    if k > a and (last := _head_at(_key(toks[k - 1][2]), lang)) is not None:
        k += _continuation(
            lang, last[2], [w for _s, _e, w in toks[k:b]]
        )  # "намеснік міністра замежных спраў"
    while k < b:
        key = _key(toks[k][2])
        after_prep = k > a and _key(toks[k - 1][2]) in _PLACE_PREPOSITIONS | _TOPIC_PREPOSITIONS
        if key in _PLACE_PREPOSITIONS or key in _CONJUNCTIONS or key in _TOPIC_PREPOSITIONS:
            if k + 1 >= b or (key in _CONJUNCTIONS and k == a):
                return False  # "посол України у": the name is no place
            if key in _TOPIC_PREPOSITIONS and (
                (not toks[k + 1][2].islower() and not _counterpart_from(toks, k + 1, b, lang, head))
                or (toks[k + 1][2].islower() and _head_at(_key(toks[k + 1][2]), lang) is not None)
            ):
                # "... з Прэзідэнтам Казахстана", "провів переговори з прем'єр-міністром Японії":
                # with someone, no post's topic
                return False
        elif not _complement_word(toks[k][2], after_prep) and not (
            # a verbal noun's object in the dative: "садзейнічання інвестыцыям", "сприяння інвестиціям"
            k > a and toks[k - 1][2].lower().endswith(_VERBAL_NOUN_ENDINGS) and key.endswith(("ам", "ям"))
        ):
            return False
        inner = _head_at(key, lang)
        k += 1
        if inner is not None:  # "намеснік міністра замежных спраў": a head's phrase inside
            k += _continuation(lang, inner[2], [w for _s, _e, w in toks[k:b]])
    return True


# Verbal nouns of be/uk ("садзейнічання", "сприяння", "развіцця"), whose object may be a dative
_VERBAL_NOUN_ENDINGS = ("ння", "нне", "нні", "цця", "ття")


def _counterpart_from(toks: list[_Token], a: int, b: int, lang: str, head: str) -> bool:
    """Whether ``toks[a:b]`` after ``з``/``із`` following a counterpart's head is the country
    the counterpart is from (``калегам з Расіі``, ``колегою з Польщі``)."""
    return BE_UK_ROLE_KINDS[lang].get(head) == COUNTERPART and any(
        _country([w for _s, _e, w in toks[a : a + n]]) for n in (1, 2, 3) if a + n <= b
    )


def _qualifiers_before(text: str, toks: list[_Token], h: int) -> int:
    """Where the qualifiers of the head ``toks[h]`` start (``перший``, ``Надзвычайны і
    Паўнамоцны``, a country's adjective)."""
    q = h
    while (
        q > 0
        and _PLAIN_RE.fullmatch(text, toks[q - 1][1], toks[q][0])
        and (
            _qualifier(toks[q - 1][2])
            or _country([toks[q - 1][2]])
            or (_key(toks[q - 1][2]) in _CONJUNCTIONS and q > 1 and _qualifier(toks[q - 2][2]))
        )
    ):
        q -= 1
    return q


def _role_before(text: str, toks: list[_Token], i: int, lang: str, floor: int = 0) -> _Role | None:
    """The role phrase ending right before token ``i`` in its clause (see the module doc): the
    first head in the clause's last ten words whose complement reaches the name; no word before
    token ``floor`` (the end of the name before: "Мер Києва X та голова ОДА Y" gives Y no mayor)."""
    first = i
    while (
        first > floor
        and i - first < 10
        and (
            _QUOTED_RE.fullmatch(text, toks[first - 1][1], toks[first][0])
            or _enumeration_comma(text, toks, first, i)
        )
    ):
        first -= 1
    for h in range(first, i):
        found = _head_at(_key(toks[h][2]), lang)
        if found is None or not _complement_ok(toks, h + 1, i, lang, found[2]):
            continue
        q = _qualifiers_before(text, toks, h)
        role = _build_role(text, toks, q, h, i, found, lang)
        return _acting_role(text, toks, q, h, found[0], role) if found[1] & _c(_G) else role
    return None


# The words saying that a post, its head in the genitive after them, is held for the time being:
# the words (keys) and the cases a name after the phrase may take ("виконувач обов'язків міністра X":
# the nominative; "в.о. міністра", "в.а. міністра": the name's own case)
_ACTING_WORDS: dict[tuple[str, ...], frozenset[str]] = {
    ("виконувач", "обовʼязків"): _c(_N),
    ("виконувачка", "обовʼязків"): _c(_N),
    ("виконуючий", "обовʼязки"): _c(_N),
    ("виконуюча", "обовʼязки"): _c(_N),
    ("тимчасово", "виконуючий", "обовʼязки"): _c(_N),
    ("тимчасово", "виконуюча", "обовʼязки"): _c(_N),
    ("выконваючы", "абавязкі"): _c(_N),
    ("выконваючая", "абавязкі"): _c(_N),
    ("часова", "выконваючы", "абавязкі"): _c(_N),
    ("в", "о"): _ANY_CASE,
    ("т", "в", "о"): _ANY_CASE,
    ("в", "а"): _ANY_CASE,
}


def _acting_role(text: str, toks: list[_Token], q: int, h: int, head: str, role: _Role) -> _Role:
    """``role`` (its first word ``toks[q]``, its head ``toks[h]`` in the genitive, ``head`` in the
    nominative) with the words before it that say the post is held for the time being
    (``_ACTING_WORDS``: ``Виконувач обов'язків міністра енергетики``, ``В.о. міністра``,
    ``Выконваючы абавязкі міністра``): those words open the role, its head as written, and the
    name after it takes their case; ``role`` itself without them."""
    for words, cases in _ACTING_WORDS.items():
        a = q - len(words)
        if a < 0 or tuple(_key(w).lower() for _s, _e, w in toks[a:q]) != words:
            continue
        if any(not re.fullmatch(r"[ \u00a0.]*", text[toks[k][1] : toks[k + 1][0]]) for k in range(a, q)):
            continue
        written = text[toks[a][0] : toks[q][0]].strip()
        acting = (
            written[:1].lower() + written[1:]
            if written[:1].isupper() and role.text[:1].islower()
            else written
        )
        words = role.text.split(" ")
        at = next((k for k, w in enumerate(words) if w.lower() == head.lower()), None)
        if at is not None:  # the head as written, in the genitive: "в.о. міністра енергетики"
            words[at] = toks[h][2][:1].lower() + toks[h][2][1:] if words[at][:1].islower() else toks[h][2]
        return replace(role, start=toks[a][0], text=" ".join([acting, *words]), cases=cases)
    return role


_ENUMERATION_COMMA_RE = re.compile(r",[ \u00a0]+")


def _enumeration_comma(text: str, toks: list[_Token], k: int, i: int) -> bool:
    """Whether the gap before token ``k`` is a comma between two lower-case words of an enumeration
    that a conjunction closes before token ``i`` (``міністрам гандлю, прамысловасці і ...``,
    ``міністром торгівлі, промисловості та ...``): the comma is inside a role's complement."""
    return (
        _ENUMERATION_COMMA_RE.fullmatch(text, toks[k - 1][1], toks[k][0]) is not None
        and toks[k - 1][2].islower()
        and toks[k][2].islower()
        and any(_key(toks[m][2]) in _CONJUNCTIONS for m in range(k + 1, i))
    )


_APPOSITION_RE = re.compile(r"[ \u00a0]*(?:,|[–—-](?=[ \u00a0]))[ \u00a0]*")
_PUNCTUATION_RE = re.compile(r"[,.;:!?()\n]")


def _role_after(text: str, toks: list[_Token], j: int, lang: str) -> _Role | None:
    """A role phrase set off by a comma or a dash after the name ending with token ``j - 1``, up to
    the next punctuation mark."""
    if j >= len(toks):
        return None
    gap = text[toks[j - 1][1] : toks[j][0]]
    if not _APPOSITION_RE.fullmatch(gap):
        return None
    stop = _PUNCTUATION_RE.search(text, toks[j][0])
    limit = stop.start() if stop else len(text)
    end = j
    while end < len(toks) and toks[end][1] <= limit and end - j < 12:
        end += 1
    h = j
    while (
        h < end
        and _head_at(_key(toks[h][2]), lang) is None
        and (_qualifier(toks[h][2]) or _country([toks[h][2]]) or _key(toks[h][2]) in _CONJUNCTIONS)
    ):
        h += 1
    found = _head_at(_key(toks[h][2]), lang) if h < end else None
    if found is None or not _complement_ok(toks, h + 1, end, lang, found[2]):
        return None
    return _build_role(text, toks, j, h, end, found, lang)


# --------------------------------------------------------------------------- names


def _name_word(word: str, lang: str) -> bool:
    """A capitalized word that may be part of a name: no country, city or role head; or an Arabic
    article joined to one (``аль-Бусаїді``, ``ас-Сісі``)."""
    joined = _JOINED_NAME_RE.fullmatch(word)
    if joined is not None:
        word = joined.group(2)
    key = _key(word)
    return _capitalized(word) and not _place(key) and key not in _heads(lang) and key not in _STATE_WORDS


# The last letters of a foreign family name left as written when no declension reads it in the
# name's case ("бін Мухаммедом аль-Атійї", "бін Алі аль-Ях'я")
_FOREIGN_FINAL_VOWELS = "аеєиіїоуюяэы"
# An Arabic article joined to a name by a hyphen, as Belarusian and Ukrainian write it
# ("аль-Бусаїді", "ас-Сісі", "аш-Шараа", "эль-Сісі"): the article, the name.
_JOINED_NAME_RE = re.compile(rf"((?i:аль|ель|эль|ал|ас|ад|ар|аш|ат|ан|аз|ах|ед|эд|ес|эс)-)({_WORD})")
# The article written apart and capitalized before the family name ("бін Хамадом Аль Бусаїді",
# "Аль Тані"): kept as written with it
_SPACED_ARTICLES = frozenset({"аль", "ал", "ель", "эль"})


# The endings of adjectives, by language: a Ukrainian "-ай" ends a first name (Міхай, Ніколай),
# a Belarusian one the genitive of an adjective (Гомельскай)
_ADJECTIVE_RES = {
    "uk": re.compile(r"(?:ий|ій|ого|ього|ому|ьому|ої|ою|ую)$"),
    "be": re.compile(r"(?:ий|ій|ого|ього|ому|ьому|ої|ою|ый|ага|ога|аму|ому|ая|ай|ую)$"),
}


def _adjective_shaped(word: str, lang: str) -> bool:
    """Whether ``word`` ends as an adjective of ``lang`` does."""
    return _ADJECTIVE_RES.get(lang, _ADJECTIVE_RES["be"]).search(word.lower()) is not None


# A first part of a name that may not decline: an East-Asian syllable of two to four letters
# ("Фань", "Ван", "Се", "Лі"), or a foreign name in a vowel that stays as written ("Фуміо",
# "Ентоні", "Сіндзо"); the first names of the list are read by their own forms
_UNDECLINED_FIRST_RE = re.compile(rf"[{CYRILLIC_UPPER}](?:{_LETTER}{{1,3}}|{_LETTER}+[оеіуюиы])")


# Lowercase particles of foreign names between the first name and the surname (Dutch, German,
# French, Italian, Portuguese, Arabic), as Belarusian and Ukrainian write them.
_NAME_PARTICLES = frozenset(
    {
        "фон",
        "дер",
        "дэр",
        "ван",
        "ден",
        "дэн",
        "де",
        "ді",
        "дзі",
        "да",
        "дос",
        "душ",
        "даш",
        "дус",
        "дэ",
        "ла",
        "ле",
        "дель",
        "дэль",
        "аль",
        "ель",
        "эль",
        "бен",
        "бін",
        "ібн",
        "абу",
    }
)


def _particles_after(text: str, toks: list[_Token], i: int) -> int:
    """How many name particles (one or two) follow ``toks[i]``, each after a plain gap, before a
    capitalized name word; 0 when there are none or no name word after them."""
    k = 0
    while k < 2 and i + k + 1 < len(toks) and toks[i + k + 1][2] in _NAME_PARTICLES:
        if _PLAIN_RE.fullmatch(text, toks[i + k][1], toks[i + k + 1][0]) is None:
            return 0
        k += 1
    if (
        not k
        or i + k + 1 >= len(toks)
        or _PLAIN_RE.fullmatch(text, toks[i + k][1], toks[i + k + 1][0]) is None
    ):
        return 0
    return k if _name_word(toks[i + k + 1][2], "uk") or _name_word(toks[i + k + 1][2], "be") else 0


def _any_first(word: str, lang: str) -> list[tuple[str, str, frozenset[str]]]:
    """The readings of a first name not listed, by the endings alone, in both genders where the
    declension has both."""
    out = []
    for nom, gender, cases, _n in _readings(word, lang):
        for g in ("m", "f") if gender == "mf" else (gender,):
            out.append((nom, g, cases))
    return out


_Choice = tuple[tuple[int, int, bool], str, str | None, str, str, frozenset[str]]


def _choose(
    firsts: list[tuple[str, str, frozenset[str]]],
    patrs: list[tuple[str, str, frozenset[str]]] | None,
    surnames: list[tuple[str, str, frozenset[str], int]],
    cases_wanted: frozenset[str] | None,
    *,
    strict: bool = False,
) -> _Choice | None:
    """The best agreeing reading of first name, patronymic (None for none) and surname: (score,
    first name, patronymic, surname, gender, cases), or None; ``strict``: only readings in one of
    ``cases_wanted``."""
    best: _Choice | None = None
    for fnom, fgender, fcases in firsts:
        for p in patrs if patrs is not None else [None]:
            cases = fcases
            if p is not None:
                if p[1] != fgender:
                    continue
                cases = cases & p[2]
            for snom, sgender, scases, rank in surnames:
                if sgender not in ("mf", fgender):
                    continue
                both = cases & scases
                if cases_wanted is not None and both & cases_wanted:
                    both = both & cases_wanted
                    bonus = 1
                elif strict:
                    continue
                else:
                    bonus = 0
                if not both:
                    continue
                score = (bonus, rank, _N in both)
                if best is None or score > best[0]:
                    best = (score, fnom, p[0] if p else None, snom, fgender, both)
    return best


def _find_names(text: str, toks: list[_Token], lang: str) -> list[tuple[int, int, str, _Role | None]]:
    """(first token, token after the name, nominative name, role) of each name of the text."""
    out = []
    i = floor = 0
    while i < len(toks):
        word = toks[i][2]
        if not _capitalized(word):
            i += 1
            continue
        plain = [
            _PLAIN_RE.fullmatch(text, toks[k][1], toks[k + 1][0]) is not None
            for k in range(i, min(i + 3, len(toks) - 1))
        ]
        nxt = [toks[k][2] for k in range(i + 1, min(i + 4, len(toks)))]
        # a country's name is no first name ("Прем'єр-міністерка Данії Метте ...": Данія, not Даній)
        firsts = [] if _key(word) in latin_country_forms() else _first_readings(word, lang)
        role = _role_before(text, toks, i, lang, floor)
        wanted = role.cases if role is not None else None
        res = _long_name_after_role(text, toks, i, lang, role) if role is not None else None
        if res is None and firsts and plain[:1] == [True] and nxt and _name_word(nxt[0], lang):
            patrs = _patronymic_readings(nxt[0], lang)
            if patrs and len(plain) > 1 and plain[1] and len(nxt) > 1 and _name_word(nxt[1], lang):
                best = _choose(firsts, patrs, _surname_readings(nxt[1], lang), wanted)
                if best is not None:
                    res = (i + 3, f"{best[1]} {best[2]} {best[3]}", best[5])
            if res is None:
                best = _choose(firsts, None, _surname_readings(nxt[0], lang), wanted)
                if best is not None:
                    res = (i + 2, f"{best[1]} {best[3]}", best[5])
                    if len(nxt) > 1 and plain[1:2] == [True] and _name_word(nxt[1], lang):
                        # a second given name, then the surname, in the same case: "з Реджепом
                        # Таїпом Ердоганом" (Реджеп Таїп Ердоган)
                        last = [
                            r
                            for r in _surname_readings(nxt[1], lang)
                            if r[1] in ("mf", best[4]) and r[2] & best[5]
                        ]
                        if last:
                            snom, _g, scases, _rank = max(last, key=lambda r: (r[3], _N in r[2]))
                            res = (i + 3, f"{best[1]} {best[3]} {snom}", best[5] & scases)
                elif wanted is not None and (in_case := [f for f in firsts if f[2] & wanted]):
                    # a foreign surname left undeclined after a first name in the role's case:
                    # "з міністрам ... Петэрам Сіярта" (Петэр Сіярта)
                    res = (i + 2, f"{in_case[0][0]} {nxt[0]}", in_case[0][2] & wanted)
        if res is None and (firsts or _name_word(word, lang)) and (k := _particles_after(text, toks, i)):
            # particles between a first name and the surname: "Урсула фон дер Ляєн", "Мухаммед
            # бін Салман"; they stay as written. The particles make a first name not listed one
            # too, read by its ending: "з прем'єр-міністром Нідерландів Мартеном ван дер Бергом"
            surnames = _surname_readings(toks[i + k + 1][2], lang)
            # a foreign surname after particles is no Ukrainian one in -о declined as a noun
            # ("ван ден Брінком": Брінк, not Брінко)
            surnames = [r for r in surnames if not r[0].endswith("о")] or surnames
            best = _choose(firsts or _any_first(word, lang), None, surnames, wanted)
            if best is not None:
                particles = " ".join(toks[m][2] for m in range(i + 1, i + k + 1))
                res = (i + k + 2, f"{best[1]} {particles} {best[3]}", best[5])
                last = i + k + 2
                if (
                    last + 1 < len(toks)
                    and _key(toks[last][2]) in _SPACED_ARTICLES
                    and _capitalized(toks[last][2])
                    and _PLAIN_RE.fullmatch(text, toks[last - 1][1], toks[last][0])
                    and _PLAIN_RE.fullmatch(text, toks[last][1], toks[last + 1][0])
                    and _name_word(toks[last + 1][2], lang)
                ):
                    # "бін Хамадом Аль Бусаїді", "бін Хамадом Аль Тані": the family's name as written
                    res = (last + 2, f"{res[1]} {toks[last][2]} {toks[last + 1][2]}", res[2])
                elif (
                    last < len(toks)
                    and _JOINED_NAME_RE.fullmatch(toks[last][2])
                    and _PLAIN_RE.fullmatch(text, toks[last - 1][1], toks[last][0])
                    and _name_word(toks[last][2], lang)
                ):
                    # the family name after the father's: "з Бадром бін Хамадом аль-Бусаїді"
                    tail = [r for r in _surname_readings(toks[last][2], lang) if r[2] & best[5]]
                    if not tail and toks[last][2][-1:] in _FOREIGN_FINAL_VOWELS:
                        tail = [(toks[last][2], "m", best[5], 0)]  # "аль-Атійї": as written
                    if tail:
                        snom, _g, scases, _rank = max(tail, key=lambda r: (r[3], _N in r[2]))
                        res = (last + 1, f"{res[1]} {snom}", best[5] & scases)
        if (
            res is None
            and not firsts
            and len(nxt) > 1
            and plain[:2] == [True, True]
            and _name_word(word, lang)
            and not _adjective_shaped(word, lang)
            and _name_word(nxt[1], lang)
            and (patrs := _patronymic_readings(nxt[0], lang))
        ):
            # a first name not listed before a patronymic: "Касым-Жамарт Кемелевіч Такаеў"
            best = _choose(_any_first(word, lang), patrs, _surname_readings(nxt[1], lang), wanted)
            if best is not None:
                res = (i + 3, f"{best[1]} {best[2]} {best[3]}", best[5])
        if res is None and len(nxt) > 1 and plain[:2] == [True, True] and _name_word(word, lang):
            # surname first: "Лукашэнка Аляксандр Рыгоравіч"
            f2 = _first_readings(nxt[0], lang)
            p2 = _patronymic_readings(nxt[1], lang)
            if f2 and p2:
                best = _choose(f2, p2, _surname_readings(word, lang), wanted)
                if best is not None:
                    res = (i + 3, f"{best[1]} {best[2]} {best[3]}", best[5])
        if res is None and role is not None and not firsts:
            res = _syllable_name(text, toks, i, lang, role)
        if (
            res is None
            and role is not None
            and not firsts
            and plain[:1] == [True]
            and nxt
            and _name_word(word, lang)
            and (not _adjective_shaped(word, lang) or _a_stem_instrumental(word, role))
            and _name_word(nxt[0], lang)
            and not _country([word, nxt[0]])
            and not (
                len(nxt) > 1 and plain[1:2] == [True] and (_capitalized(nxt[1]) or nxt[1] in _NAME_PARTICLES)
            )
        ):
            # a first name not listed, right after a role: its case is the role's
            surnames = _surname_readings(nxt[0], lang)
            best = _choose(_any_first(word, lang), None, surnames, role.cases, strict=True)
            if best is None and not role.nominative and _UNDECLINED_FIRST_RE.fullmatch(word):
                # a syllable that does not decline, then a surname in the role's case: "з послом
                # Китаю Фань Сяньжуном" (Фань Сяньжун)
                undeclined = [(word, g, _ANY_CASE) for g in ("m", "f")]
                best = _choose(undeclined, None, surnames, role.cases, strict=True)
            if best is not None:
                res = (i + 2, f"{best[1]} {best[3]}", best[5])
            elif role.nominative:
                res = (i + 2, f"{word} {nxt[0]}", role.cases)  # after a nominative role: as written
        if res is None:
            i += 1
            continue
        j, name, cases = res
        if role is not None and not role.cases & cases:
            if role.nominative and _N not in cases and j == i + 2 and plain[:1] == [True]:
                # two words after a head written in the nominative that read only as another case
                # are a foreign name as written ("Прем'єр-міністр Молдови Александру Мунтяну
                # заявив": not Александр Мунтян)
                name, cases = f"{word} {nxt[0]}", frozenset({_N})
            else:
                role = None  # "прэзідэнту Мікалай ...": a head in another case is not the name's
        if role is None:
            after = _role_after(text, toks, j, lang)
            role = after if after is not None and after.cases & cases else None
        out.append((i, j, name, role))
        i = floor = j
    return out


# The last letters of a foreign name part that does not decline ("Хосе", "Буено", "Сальвіні"): a
# vowel but -а/-я.
_UNDECLINED_PART_FINALS = "еєиіїоую"


def _long_name_after_role(
    text: str, toks: list[_Token], i: int, lang: str, role: _Role
) -> tuple[int, str, frozenset[str]] | None:
    """A name of three or four capitalized words right after a role, all of them in one case of
    the role's: each word a first name or a surname declined in it, or a foreign part that does
    not decline (``з главою МЗС Іспанії Хосе Мануелем Альбаресом Буено`` -> ``Хосе Мануель
    Альбарес Буено``); in the nominative, the words as written (``Міністр ... Хосе Мануель
    Альбарес Буено заявив``). (the token after the name, the name, its case), or None: no word
    may be a place, another capitalized word may not follow, and in an oblique case one word at
    least must show it."""
    for n in (4, 3):
        if i + n > len(toks):
            continue
        words = [toks[k][2] for k in range(i, i + n)]
        if (
            not all(_capitalized(w) and _name_word(w, lang) and not _place(_key(w)) for w in words)
            or not all(_PLAIN_RE.fullmatch(text, toks[k][1], toks[k + 1][0]) for k in range(i, i + n - 1))
            or _country(words[:2])
        ):
            continue
        if (
            i + n < len(toks)
            and (_capitalized(toks[i + n][2]) or _key(toks[i + n][2]) in _NAME_PARTICLES)
            and _PLAIN_RE.fullmatch(text, toks[i + n - 1][1], toks[i + n][0])
        ):
            continue  # a longer name ("... Лулою да Сілвою")
        for case in sorted(role.cases, key=lambda c: c != _N):
            if case == _N:
                if role.nominative and all(
                    any(_N in r[2] and r[0] == w for r in _surname_readings(w, lang)) for w in words
                ):
                    return i + n, " ".join(words), frozenset({_N})
                continue
            nominatives = []
            shown = False
            for w in words:
                declined = [
                    (r[0], r[3] if len(r) > 3 else 20, not r[0].endswith("о"))
                    for r in [*_first_readings(w, lang), *_surname_readings(w, lang)]
                    if case in r[2] and r[0] != w and (len(r) == 3 or r[3] >= 10)
                ]
                if declined:
                    nominatives.append(max(declined, key=lambda d: (d[2], d[1]))[0])
                    shown = True
                elif w[-1:].lower() in _UNDECLINED_PART_FINALS:
                    nominatives.append(w)
                else:
                    break
            else:
                if shown:
                    return i + n, " ".join(nominatives), frozenset({case})
    return None


# A syllable of an East-Asian name before its last one: two or three letters, capitalized ("Лі",
# "Ван", "Чже"); the last one may be a single capital ("Ван І") or, declined after a role in an
# oblique case, longer ("з президентом Лі Чже Мьоном").
_SYLLABLE_RE = re.compile(rf"[{CYRILLIC_UPPER}][{CYRILLIC_LOWER}]{{1,3}}")
# Vietnamese family names longer than a syllable's letters, first in a name ("Нгуєн Фу Чонг",
# "Нгуен Мінь Ву", "Хоанг Чунг Хай")
_LONG_FIRST_SYLLABLES = frozenset({"нгуєн", "нгуен", "хоанг", "хуїнь", "хуінь", "дуонг", "чионг", "чыонг"})
_LAST_SYLLABLE_RE = re.compile(rf"[{CYRILLIC_UPPER}](?:[{CYRILLIC_LOWER}]{{1,5}})?")
_INITIAL_AFTER_RE = re.compile(rf"\.[ \u00a0]?[{CYRILLIC_UPPER}][{CYRILLIC_LOWER}]{{3,}}")


def _a_stem_instrumental(word: str, role: _Role) -> bool:
    """Whether ``word``, after a role in the instrumental, ends as a first name in -а/-я does in
    that case (``Нарендрою``, ``Джорджею``), an ending adjectives share."""
    return _I in role.cases and word.lower().endswith(("ою", "ею", "єю"))


def _syllable_name(
    text: str, toks: list[_Token], i: int, lang: str, role: _Role
) -> tuple[int, str, frozenset[str]] | None:
    """An East-Asian name of two or three syllables right after a role (``Кіраўнік МЗС Кітая Ван
    І``, ``президент Республіки Корея Лі Чже Мьон``): (token after the name, the name, its cases),
    or None. The syllables before the last stay as written; the last one does too after a role in
    the nominative, else it is read back to the nominative in the role's case (``Мьоном`` ->
    ``Мьон``). A single capital with a dot before a surname is an initial, not a syllable."""
    k = i
    while (
        k < len(toks)
        and k - i < 2
        and (_SYLLABLE_RE.fullmatch(toks[k][2]) or (k == i and toks[k][2].lower() in _LONG_FIRST_SYLLABLES))
        and _name_word(toks[k][2], lang)
    ):
        if k + 1 >= len(toks) or _PLAIN_RE.fullmatch(text, toks[k][1], toks[k + 1][0]) is None:
            return None
        k += 1
    last = toks[k][2] if k < len(toks) and k > i else None
    if last is None or not _LAST_SYLLABLE_RE.fullmatch(last):
        return None
    if len(last) == 1 and _INITIAL_AFTER_RE.match(text, toks[k][1]):
        return None  # "Ван І.Петрэнка", "Ван І. Петрэнка": an initial before a surname
    if len(last) > 1 and not _name_word(last, lang):
        return None
    if k - i == 1 and len(last) > 1:
        return None  # two words: a first name and a surname, read by the other rules
    if (
        k + 1 < len(toks)
        and _PLAIN_RE.fullmatch(text, toks[k][1], toks[k + 1][0])
        and _capitalized(toks[k + 1][2])
    ):
        return None  # more capitalized words follow: no name of syllables
    head = " ".join(toks[m][2] for m in range(i, k))
    if role.nominative or len(last) <= 3:
        return k + 1, f"{head} {last}", role.cases if role.nominative else _ANY_CASE
    readings = [
        r
        for r in _surname_readings(last, lang)
        if r[1] in ("m", "mf") and r[2] & role.cases and len(r[0]) <= 4
    ]
    if not readings:
        return None
    nominative, _g, cases, _rank = max(readings, key=lambda r: r[3])
    return k + 1, f"{head} {nominative}", cases & role.cases


# Initials right before a surname: "А.", "А.Р.", "А. Р." (capitals with a dot each).
_INITIALS_RE = re.compile(
    rf"(?<![{CYRILLIC_UPPER}{CYRILLIC_LOWER}])(?:[{CYRILLIC_UPPER}]\.[ \u00a0]?){{1,2}}\Z"
)


def _lone_surnames(
    text: str, toks: list[_Token], lang: str, found: list[tuple[int, int, str, _Role | None]]
) -> list[tuple[int, int, str, _Role | None]]:
    """Surnames alone, in any case: of a full name found in the text (``Лукашэнка заявіў``,
    ``з Зеленським``: that person), or right after a role head agreeing with them when the
    reading has a surname's ending (``прем'єр-міністр Шмигаль``: a person named by the surname).
    An adjectival reading before a lowercase word or an abbreviation is that noun's adjective
    (``старшыня Гомельскага аблвыканкама``), no surname."""
    taken = {k for i, j, _n, _r in found for k in range(i, j)}
    by_surname = {name.split()[-1]: name for _i, _j, name, _r in found if " " in name}
    for surname, name in list(by_surname.items()):
        joined = _JOINED_NAME_RE.fullmatch(surname)
        if joined is not None:  # "аль-Бусаїді" later "Бусаїді"
            by_surname.setdefault(joined.group(2), name)
    out = []
    for k, (_s, _e, word) in enumerate(toks):
        if k in taken or not _name_word(word, lang):
            continue
        after_plain = k + 1 < len(toks) and _PLAIN_RE.fullmatch(text, toks[k][1], toks[k + 1][0]) is not None
        if after_plain and _capitalized(toks[k + 1][2]):
            continue  # part of a longer run of capitalized words
        before_plain = k > 0 and _PLAIN_RE.fullmatch(text, toks[k - 1][1], toks[k][0]) is not None
        if (
            before_plain
            and _capitalized(toks[k - 1][2])
            and _head_at(_key(toks[k - 1][2]), lang) is None
            and not _country([toks[k - 1][2]])
        ):
            continue  # the last word of a longer run ("Рэспублікі Беларусь" aside)
        readings = _surname_readings(word, lang)
        nxt = toks[k + 1][2] if after_plain else ""
        noun_after = nxt.isupper() or (
            nxt.islower()
            and _key(nxt) not in _PLACE_PREPOSITIONS | _CONJUNCTIONS | _OTHER_PREPOSITIONS
            and not nxt.endswith(("в", "ў", *_VERB_ENDINGS))
        )
        initials = _INITIALS_RE.search(text, max(0, toks[k][0] - 8), toks[k][0])
        start = k
        if initials is not None:
            start = next(n for n in range(k, -1, -1) if toks[n][0] <= initials.start())
        role = _role_before(
            text, toks, start, lang, max((j for _i, j, _n, _r in found if j <= start), default=0)
        )
        if word in by_surname and not any(r[0] == word for r in readings):
            readings = [*readings, (word, "mf", _ANY_CASE, 1)]  # "Ях'я" of "аль-Ях'я": as written
        linked = [
            r
            for r in readings
            if r[3] > 0
            and r[0] in by_surname
            and (initials is None or by_surname[r[0]][:1] == initials.group()[:1])
        ]
        if noun_after:  # "старшыня Гомельскага аблвыканкама": an adjective before its noun
            readings = [r for r in readings if not _adjective_shaped(word, lang)]
        if linked:
            best = max(linked, key=lambda r: r[3])
            nominative, cases = by_surname[best[0]], best[2]
        elif initials is not None:
            # "А.Р. Лукашэнка", "В. Зеленському": initials and the surname in the nominative
            fitting = [r for r in readings if r[3] >= 10 and (role is None or r[2] & role.cases)]
            if not fitting:
                continue
            best = max(fitting, key=lambda r: (r[3] >= 20, _N in r[2], r[3]))
            nominative, cases = f"{' '.join(initials.group().split())} {best[0]}", best[2]
        elif role is not None:
            agreeing = [r for r in readings if r[3] >= 20 and r[2] & role.cases]
            if not agreeing:
                continue
            best = max(agreeing, key=lambda r: (r[3], _N in r[2]))
            nominative, cases = best[0], best[2]
        else:
            continue
        if role is not None and not role.cases & cases:
            role = None
        if role is None:
            after = _role_after(text, toks, k + 1, lang)
            role = after if after is not None and after.cases & cases else None
        out.append((start, k + 1, nominative, role))
    return out


# What a first name may end in after the stem a patronymic keeps of it (Мікалай: Мікала-евіч;
# Петро: Петр-ович; Ілля: Ілл-іч).
_FATHER_NAME_ENDINGS = ("", "й", "о", "а", "я", "ь")


def _father_named(word: str, lang: str) -> bool:
    """Whether ``word``, a nominative, is a patronymic of a first name of the language's list
    (``Мікалаевіч`` of Мікалай, ``Олексійович`` of Олексій, ``Петрівна`` of Петро)."""
    low = word.lower()
    listed = _first_names()[lang]
    for suffix in (*_PATRONYMIC_SUFFIXES[lang][0], *_PATRONYMIC_SUFFIXES[lang][1]):
        if low.endswith(suffix) and len(low) > len(suffix) + 1:
            stem = low[: -len(suffix)]
            if any(
                (found := listed.get(_key(stem + end))) is not None and found[1] == "m"
                for end in _FATHER_NAME_ENDINGS
            ):
                return True
    return False


def _address_forms_joined(
    text: str, toks: list[_Token], mentions: list[tuple[int, int, str, _Role | None]], lang: str
) -> list[tuple[int, int, str, _Role | None]]:
    """A first name and patronymic without a surname, the polite address of an interview (opening
    a reply or a question, after a dash, a quote, a line's or a sentence's start, a comma after it: ``— Андрэй
    Мікалаевіч, як вы ацэньваеце?``), is the one person of the text with that first name and a
    surname: the mention takes that person's name. With no such person, or more than one, or
    written elsewhere in a sentence (``Володимир Володимирович ніколи не ...``, another person of
    the same first name), it stays as read (a person of the two words, as Russian text reads
    it)."""
    full = {name for _i, _j, name, _r in mentions if name.count(" ") >= 1 and "." not in name}
    out = []
    for i, j, name, role in mentions:
        words = name.split()
        if (
            len(words) == 2
            and _father_named(words[1], lang)
            and _ADDRESS_BEFORE_RE.search(text, max(0, toks[i][0] - 4), toks[i][0]) is not None
            and text[toks[j - 1][1] : toks[j - 1][1] + 1] == ","
        ):
            owners = {
                n
                for n in full
                if n != name and n.split()[0] == words[0] and not _father_named(n.split()[-1], lang)
            }
            if len(owners) == 1:
                name = owners.pop()
        out.append((i, j, name, role))
    return out


def _tails_joined(
    mentions: list[tuple[int, int, str, _Role | None]],
) -> list[tuple[int, int, str, _Role | None]]:
    """A name of two words or more that ends one longer name of the text, its last word of the
    same stem in another case or read as written (``Мінь Чынь``, ``Мінь Чынем`` after ``Фам Мінь
    Чынь``: the first syllable not read at a sentence's start or after a preposition), is that
    longer name's person."""
    names = {name for _i, _j, name, _r in mentions if "." not in name}
    out = []
    for i, j, name, role in mentions:
        words = name.split()
        if len(words) >= 2 and "." not in name:
            owners = {
                longer
                for longer in names
                if len(other := longer.split()) > len(words)
                and other[-len(words) : -1] == words[:-1]
                and _same_stem(other[-1], words[-1])
            }
            if len(owners) == 1:
                name = owners.pop()
        out.append((i, j, name, role))
    return out


def _same_stem(a: str, b: str) -> bool:
    """Whether two forms of a name's last word share their stem: all but the last two letters of
    the shorter, three at least (``Чынь``, ``Чынем``)."""
    n = max(3, min(len(a), len(b)) - 2)
    return len(a) >= 3 and len(b) >= 3 and a[:n].lower() == b[:n].lower()


# what opens an address: a line's or a sentence's start, a dash of dialogue or an opening quote
_ADDRESS_BEFORE_RE = re.compile(r"(?:^|\n|[—–-]|[«\"„“]|[.!?…])[ \u00a0]*\Z")


def extract_be_uk(
    text: str, lang: str
) -> list[tuple[int, int, str, str, _Role | None, list[tuple[int, int]]]]:
    """The people of a Belarusian (``lang="be"``) or Ukrainian (``"uk"``) text, one per
    nominative name, in order of the reported mention: (char_start, char_end, name, name as
    written, role, the spans of all its mentions). A surname alone is the person of the full name
    it ends, initials and a surname that of the full name with that first letter, else of the
    fullest initials with it; the reported mention is the first with the role of the most
    complement words, else the first. A counterpart's role (``польський колега``) naming no
    country is none (``counterparts``)."""
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]
    people: dict[str, tuple[int, int, str, str, _Role | None]] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    found = _find_names(text, toks, lang)
    mentions = _tails_joined(
        _address_forms_joined(text, toks, found + _lone_surnames(text, toks, lang, found), lang)
    )
    # initials of one first letter and surname are one person, by the fullest ("А. X" is "А.Р. X")
    fullest: dict[tuple[str, str], str] = {}
    for _i, _j, name, _r in mentions:
        if "." in name:
            key = (name[:1], name.rsplit(" ", 1)[-1])
            fullest[key] = max(fullest.get(key, name), name, key=len)
    for i, j, name, role in mentions:
        if "." in name:
            name = fullest[(name[:1], name.rsplit(" ", 1)[-1])]
        if (
            role is not None
            and role.kind == COUNTERPART
            and not counterpart_country(text, role.start, role.end)
        ):
            role = None  # "його колега X": whose counterpart in which country is not said
        s, e = toks[i][0], toks[j - 1][1]
        mention = (s, e, name, text[s:e], role)
        spans.setdefault(name, []).append((s, e))
        old = people.get(name)
        if old is None or (role is not None and (old[4] is None or role.weight > old[4].weight)):
            people[name] = mention
    return sorted((*p, spans[p[2]]) for p in people.values())
