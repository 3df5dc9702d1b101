"""People in Polish text: names in any case put in the nominative by endings, and the role heads
of the lexicon's ``pl`` rows in any case.

pymorphy3 has no Polish dictionary, so the names of a text ``polish_text`` reads as Polish are read
by the endings of Polish declension (``_ENDINGS``), with rules of their own; roles go through the
English and Polish role grammar of ``roles`` (``_latin_role_before``/``latin_role_after``), which
reads an oblique role head through ``role_head``.

* Language: a text with ``ą ę ł ń ó ś ź ż ć`` whose Latin letters outnumber its Cyrillic ones is
  Polish when it has more Polish words (short words of ``_POLISH_WORDS``, words with one of those
  letters written lowercase or opening a sentence) than English ones (``_ENGLISH_WORDS``): Polish
  names in English text do not make it so.
* The nominative: each word is read back through the endings of the declensions of Polish
  (``_ENDINGS``): masculine consonant stems (``Tuskiem`` -> ``Tusk``, ``Donaldem`` -> ``Donald``,
  ``Tuskowi``, ``Tuska``; the locative's alternations ``Donaldzie``, ``Piotrze``), nouns in ``-a``
  of both genders (``Dudą`` -> ``Duda``, ``Annie`` -> ``Anna``, ``Agnieszce`` -> ``Agnieszka``),
  adjectival surnames (``Zełenskim``, ``Kowalskiego`` -> ``Kowalski``; ``Kowalskiej``, ``Kowalską``
  -> ``Kowalska``; a foreign name in ``-e`` declines so: ``Ruttego`` -> ``Rutte``), double surnames
  part by part (``Kosiniaka-Kamysza``). A first name of ``data/pl_first_names.txt`` (any case; its
  gender) or of the Latin first names (a man's unless in ``-a``) chooses the case and gender the
  surname must agree with (a stem of two names, ``Marka``: ``Marek`` before a surname of a Polish
  ending, else ``Mark``); a surname with an ending surnames have (``-ski``, ``-cki``, ``-ak``,
  ``-czyk``, ``-ewicz`` ...) is read before one without, the nominative before other cases. A
  woman's surname in a consonant or ``-o`` (``Anną Nowak``) and a foreign one in a vowel (``z
  Markiem Rutte``) do not decline.
* Name evidence: a first name (listed) and a surname agreeing with it, in any case; or, right after
  a role head (``role_head``, any case) and its complement (genitive words, a country), two
  capitalized words read in the head's case (``z kanclerzem Niemiec Friedrichem Merzem`` ->
  ``Friedrich Merz``; after a head in the nominative, as written).
* A first name no list has is read in the role's case before a listed one in another case
  (``rzeczniczka KE Paula Pinho``: not ``Paul``); a surname that is a listed first name's stem is
  that first name (``Jana Pawła II`` -> ``Jan Paweł II``, a Roman numeral after it kept); a family
  in the plural (``Anna Kowalscy``) is no one.
* Surnames alone, in any case, of a full name of the text (``Tuskiem``, ``Tusk powiedział``) are that
  person.

Not handled: first names outside the lists with no role before them, masculine surnames in ``-o``
in an oblique case (``Kościuszki``), fleeting vowels of surnames (``Kozła`` -> ``Kozieł``), and
names of more than two words in an oblique case.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from flows.text.people.lexicon import (
    LATIN_EAST_ASIAN_SURNAMES,
    LATIN_FIRST_NAMES,
    LATIN_ROLE_KINDS,
    latin_city_forms,
    latin_country_forms,
)
from flows.text.people.words import POLISH_PREPOSITIONS
from flows.text.tokens import normalize_form

__all__ = [
    "PL_ADDRESS",
    "PolishName",
    "english_text",
    "institution_word",
    "polish_names",
    "polish_text",
    "role_head",
]

_POLISH_LETTERS = "ąęłńóśźżć"
# The letters of the Polish alphabet (a word ending in another is foreign).
_POLISH_ALPHABET = frozenset("abcdefghijklmnoprstuwyz" + _POLISH_LETTERS)
_LATIN_LETTER_RE = re.compile(r"[A-Za-zÀ-ɏ]")
_CYRILLIC_LETTER_RE = re.compile(r"[Ѐ-ӿ]")
_LATIN_WORD_RE = re.compile(r"[A-Za-zÀ-ɏ]+")
_SENTENCE_END_RE = re.compile(r"[.!?…]\W*$")
# Short words of Polish and English text (none of one is a word of the other).
_POLISH_WORDS = frozenset(
    {
        *("się", "że", "nie", "jest", "są", "oraz", "przez", "dla", "jak", "ale", "czy", "od", "na", "za"),
        *("z", "ze", "w", "we", "o", "u", "był", "była", "było", "który", "która", "które", "jego", "jej"),
        *("także", "już", "tylko", "też", "aby", "gdy", "po", "pod", "nad", "przy", "bez", "według"),
    }
)
_ENGLISH_WORDS = frozenset(
    {
        *("the", "of", "and", "to", "in", "is", "was", "were", "said", "for", "on", "with", "that", "by"),
        *("at", "from", "has", "have", "will", "his", "her", "their", "it", "as", "an", "be", "this", "who"),
    }
)


def polish_text(text: str) -> bool:
    """Whether ``text`` is Polish (see the module doc). A text with no Polish letter costs a few
    passes over it."""
    if not any(c in text for c in _POLISH_LETTERS):
        return False
    polish = english = latin = 0
    for m in _LATIN_WORD_RE.finditer(text):
        word = m.group()
        latin += len(word)
        if word in _POLISH_WORDS:
            polish += 1
        elif word in _ENGLISH_WORDS:
            english += 1
        elif any(c in word.lower() for c in _POLISH_LETTERS) and (
            word[:1].islower()
            or _SENTENCE_END_RE.search(text, max(0, m.start() - 4), m.start())
            or not m.start()
        ):
            polish += 1  # "rozmawiał"; "Decyzję" opening a sentence; not a name ("Wałęsa said")
    return polish > english and latin > len(_CYRILLIC_LETTER_RE.findall(text))


@lru_cache(maxsize=8)
def english_text(text: str) -> bool:
    """Whether ``text`` is English: more of its short words English than Polish (``the``,
    ``said`` against ``się``, ``na``), and more Latin letters than Cyrillic ones."""
    polish = english = latin = 0
    for m in _LATIN_WORD_RE.finditer(text):
        word = m.group()
        latin += len(word)
        low = word.lower()
        if low in _POLISH_WORDS:
            polish += 1
        elif low in _ENGLISH_WORDS:
            english += 1
    return english > polish and latin > len(_CYRILLIC_LETTER_RE.findall(text))


# --------------------------------------------------------------------------- declension

_N, _G, _D, _A, _I, _L = "nomn", "gent", "datv", "accs", "ablt", "loct"
_EVERY = frozenset({_N, _G, _D, _A, _I, _L})


def _c(*cases: str) -> frozenset[str]:
    return frozenset(cases)


_CONSONANT = (
    "bcćdfghjklłmnńprsśtwzźż" + "vxqšžčřňťďçğş"
)  # the Polish letters, and other languages' in names (Babiš, Lavrov)

_VELAR = "(?:k|g|ch)"
_SOFT = "(?:rz|cz|sz|ż|dz|c|j|l|ń|ś|ź|ć)"
# The locative's (and the -a nouns' dative's) alternations: the ending written, the stem's end in
# the nominative ("Donaldzie" -> "Donald", "Dudzie" -> "Duda").
_ALTERNATIONS = (
    ("cie", "t"),
    ("dzie", "d"),
    ("rze", "r"),
    ("le", "ł"),
    ("nie", "n"),
    ("sie", "s"),
    ("zie", "z"),
    ("wie", "w"),
    ("mie", "m"),
    ("bie", "b"),
    ("pie", "p"),
    ("fie", "f"),
    ("ście", "st"),
    ("śle", "sł"),
)

# A declension read backwards: (the ending written, the nominative's ending that replaces it, the
# regex the stem must end in ("" any), gender "m"/"f"/"mf", the cases). A word ending in the
# ending, its stem keeping two letters, reads as the stem plus the nominative's ending.
_Rule = tuple[str, str, str, str, frozenset[str]]
_ENDINGS: tuple[_Rule, ...] = (
    # masculine consonant stems: Tusk, Donald, Wołodymyr, Andrzej, Merz, Macron
    ("", "", f"[{_CONSONANT}]", "m", _c(_N)),
    ("a", "", f"[{_CONSONANT}]", "m", _c(_G, _A)),
    ("owi", "", f"[{_CONSONANT}]", "m", _c(_D)),
    ("em", "", f"(?:[{_CONSONANT}](?<![kg]))", "m", _c(_I)),
    ("iem", "", "[kg]", "m", _c(_I)),
    ("u", "", f"(?:{_VELAR}|{_SOFT})", "m", _c(_L, _D)),
    *((e, n, "", "m", _c(_L)) for e, n in _ALTERNATIONS),
    # a fleeting e: Marek -> Marka, Paweł -> Pawła (lists give first names their stems)
    # (read with the ending's length 0: "_surname_readings" ranks them)
    ("ka", "ek", "[^aeiouyąęó]", "m", _c(_G, _A)),
    ("kiem", "ek", "[^aeiouyąęó]", "m", _c(_I)),
    ("kowi", "ek", "[^aeiouyąęó]", "m", _c(_D)),
    ("ku", "ek", "[^aeiouyąęó]", "m", _c(_L)),
    # nouns in -a: Duda, Anna, Agnieszka, Maria, wojewoda
    ("a", "a", f"[{_CONSONANT}i]", "mf", _c(_N)),
    ("y", "a", f"[{_CONSONANT}](?<![kglj])", "mf", _c(_G)),
    ("i", "a", "(?:[kglj]|[^aeiouyąęó]i)", "mf", _c(_G)),
    ("ii", "ia", "", "mf", _c(_G, _D, _L)),
    ("ji", "ja", "", "mf", _c(_G, _D, _L)),
    ("ę", "a", "", "mf", _c(_A)),
    ("ą", "a", "", "mf", _c(_I)),
    ("ce", "ka", "", "mf", _c(_D, _L)),
    ("dze", "ga", "", "mf", _c(_D, _L)),
    ("sze", "cha", "", "mf", _c(_D, _L)),
    *((e, n + "a", "", "mf", _c(_D, _L)) for e, n in _ALTERNATIONS),
    # adjectival: Kowalski, Zełenski, przewodniczący; Kowalska, przewodnicząca
    ("i", "i", "[kg]", "m", _c(_N)),
    ("iego", "i", "[kg]", "m", _c(_G, _A)),
    ("iemu", "i", "[kg]", "m", _c(_D)),
    ("im", "i", "[kg]", "m", _c(_I, _L)),
    # a foreign name in -i declines as an adjective too: Modi, Modiego, Modiemu, Modim
    ("iego", "i", "[^kg]", "m", _c(_G, _A)),
    ("iemu", "i", "[^kg]", "m", _c(_D)),
    ("im", "i", "[^kg]", "m", _c(_I, _L)),
    ("y", "y", "", "m", _c(_N)),
    ("ego", "y", "[^i]", "m", _c(_G, _A)),
    ("emu", "y", "[^i]", "m", _c(_D)),
    ("ym", "y", "", "m", _c(_I, _L)),
    ("a", "a", "", "f", _c(_N)),
    ("iej", "a", "[kg]", "f", _c(_G, _D, _L)),
    ("ej", "a", "[^ikg]", "f", _c(_G, _D, _L)),
    ("ą", "a", "", "f", _c(_A, _I)),
)

# Endings of the nominative of surnames: a reading giving one is preferred ("Tuska" is "Tusk"
# for a man; "Kowalskiego" is "Kowalski").
_SURNAME_ENDINGS = (
    "ski",
    "cki",
    "dzki",
    "ska",
    "cka",
    "dzka",
    "ak",
    "ek",
    "ik",
    "yk",
    "uk",
    "czyk",
    "wicz",
    "icz",
    "owa",
    "ewa",
    "ko",
    "ński",
    "ńska",
    "ow",
    "ew",
    "in",
    "ba",
    "da",
    "ga",
    "ła",
)

# The end of the stem of a Polish adjective in -y ("Czarny", "Nowy", "Biały", "przewodniczący"):
# a surname read as "-y" from "-ego", "-emu", "-ym" with another stem is a foreign one in "-e".
_ADJECTIVE_STEM = "(?:[nwłrc]|cz|sz|ż|rz|ow)$"

_Reading = tuple[str, str, frozenset[str], int]  # (nominative, gender "m"/"f"/"mf", cases, ending length)


@cache
def _readings(word: str) -> tuple[_Reading, ...]:
    """Every reading of ``word`` by the endings of ``_ENDINGS``."""
    low = word.lower()
    out = []
    for ending, nom_end, rule, gender, cases in _ENDINGS:
        if not low.endswith(ending) or len(low) - len(ending) < 2:
            continue
        stem = word[: len(word) - len(ending)]
        if rule and re.search(f"(?:{rule})$", stem.lower()) is None:
            continue
        fleeting = nom_end == "ek"
        out.append((stem + nom_end, gender, cases, 0 if fleeting else len(ending)))
    return tuple(out)


# --------------------------------------------------------------------------- first names

_FIRST_NAMES_TXT = Path(__file__).resolve().with_name("data") / "pl_first_names.txt"


@cache
def _first_names() -> dict[str, list[tuple[str, str, bool]]]:
    """The lowercased nominative of a first name, or its stem of the other cases -> (nominative,
    gender "m"/"f"/"mf", whether the name is of the Polish list): the Latin first names too (of
    either gender when in ``-a``); a stem may be two names' (``Mark``: ``Mark``, ``Marek``)."""
    names: dict[str, list[tuple[str, str, bool]]] = {}
    for name in LATIN_FIRST_NAMES:
        # a foreign name in -a may be a man's too (Narendra, Luca): its surname says which
        names.setdefault(name.lower(), []).append((name, "mf" if name.endswith("a") else "m", False))
    with _FIRST_NAMES_TXT.open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts or line.startswith("#"):
                continue
            gender, name = parts[:2]
            for key in {name.lower(), *(p.lower() for p in parts[2:3])}:
                entries = names.setdefault(key, [])
                entries[:] = [e for e in entries if e[0] != name]
                entries.append((name, gender, True))
    return names


@cache
def _first_readings(word: str) -> tuple[tuple[str, str, frozenset[str], bool], ...]:
    """The readings of a capitalized word as a listed first name: (nominative, gender, cases,
    whether of the Polish list)."""
    listed = _first_names()
    out = []
    for nom, gender, cases, _n in _readings(word):
        for name, fgender, polish in listed.get(nom.lower(), ()):
            if "mf" in (gender, fgender) or gender == fgender:
                out.append((name, fgender if fgender != "mf" else gender, cases, polish))
    if not out and not word.lower().endswith("a"):
        for name, fgender, polish in listed.get(word.lower(), ()):
            out.append((name, fgender, _EVERY, polish))  # "Joe", "Xi": foreign names do not decline
    return tuple(out)


pl_first_readings = _first_readings  # for the role phrases of flows/text/people/roles.py


def _surname_readings(word: str) -> list[tuple[str, str, frozenset[str], int]]:
    """(nominative, gender, cases, rank): rank 20+ for a nominative with a surname's ending, 10+
    without, 0 for the word as written in every case (see the module doc); a double surname's
    parts each read so, agreeing (``Kosiniaka-Kamysza`` -> ``Kosiniak-Kamysz``)."""
    if "-" not in word:
        return _simple_surname_readings(word)
    joined = _JOINED_NAME_RE.fullmatch(word)
    if joined is not None:  # "al-Busaidim": the name after the article declines alone
        return [
            (joined.group(1) + nom, g, c, r) for nom, g, c, r in _simple_surname_readings(joined.group(2))
        ]
    first, _sep, rest = word.partition("-")
    out = []
    for nom1, g1, cases1, rank1 in _simple_surname_readings(first):
        for nom2, g2, cases2, rank2 in _surname_readings(rest):
            gender = g1 if g2 == "mf" else g2
            if g1 not in ("mf", g2) and g2 != "mf":
                continue
            if both := cases1 & cases2:
                out.append((f"{nom1}-{nom2}", gender, both, min(rank1, rank2)))
    return out


# the last letters of a foreign man's surname Polish leaves undeclined ("Rutte", "Modi" aside,
# which read as declined too; Hungarian "Szijjártó", "Orbán"'s "-ó", "-é", "-ő")
_UNDECLINED_VOWELS = "eiouyóéíúöüőű"


@cache
def _simple_surname_readings(word: str) -> list[tuple[str, str, frozenset[str], int]]:
    if re.search("(?:s|c|dz)cy$", word):
        return []  # "Kowalscy": a family, in the plural
    out = []
    stems = _first_names()
    for nom, gender, cases, n in _readings(word):
        named = [name for name, _g, polish in stems.get(nom.lower(), ()) if polish and name != nom]
        if named:
            nom = named[0]  # a first name's stem: "Pawła" is "Paweł" ("Jana Pawła II")
        if nom.endswith("y") and not word.endswith("y") and not re.search(_ADJECTIVE_STEM, nom[:-1].lower()):
            nom = nom[:-1] + "e"  # "Ruttego": a foreign name in -e declines as an adjective
        rank = 2 if nom.lower().endswith(_SURNAME_ENDINGS) else 1
        if n == 0 and nom != word:  # a fleeting e: "Mazurka" -> "Mazurek", but "Tuska" -> "Tusk"
            rank = 3 if re.search("[rlłnmwżz]ek$", nom.lower()) else 0
            n = 5
        out.append((nom, gender, cases, rank * 10 + n))
    low = word.lower()
    if low[-1:] in _CONSONANT or low.endswith(("o", "ó")):
        out.append((word, "f", _EVERY, 0))  # "Anną Nowak"
    if low[-1:] in _UNDECLINED_VOWELS and not low.endswith(("ski", "cki", "dzki")):
        out.append((word, "m", _EVERY, 0))  # "z Markiem Rutte", "z Péterem Szijjártó"
    elif low[-1:].isalpha() and low[-1:] not in _POLISH_ALPHABET and low[-1:] not in _CONSONANT:
        # a letter no Polish word ends in, and no consonant: a foreign name Polish leaves
        # undeclined ("z Ingridą Šimonytė", "z Dalią Grybauskaitė": a Lithuanian woman's "-ė")
        out.append((word, "f" if low.endswith("ė") else "mf", _EVERY, 0))
    return out


# --------------------------------------------------------------------------- roles


@cache
def _head_forms() -> dict[str, tuple[str, frozenset[str]]]:
    """Every form of the first word of a ``pl`` role phrase -> (the nominative, its cases): the
    endings of ``_ENDINGS`` on its stems (a fleeting ``e`` dropped: ``minister`` -> ``ministra``,
    ``marszałek`` -> ``marszałka``), read back to the head (``premierem``, ``ambasadorowi``,
    ``szefa``, ``przewodniczącym``, ``wojewodą``)."""
    heads = {phrase[0] for phrase in LATIN_ROLE_KINDS.get("pl", {})} | {"szef", "szefowa"}
    stems: dict[str, str] = {}  # a stem read as a nominative -> the head
    for head in heads:
        stems[head] = head
        if re.search("e[kłr]$", head):
            stems.setdefault(head[:-2] + head[-1], head)  # minister -> ministr-, poseł -> posł-
    forms: dict[str, tuple[str, frozenset[str]]] = {head: (head, _c(_N)) for head in heads}
    for stem in list(stems):
        for base in {stem, stem[:-1]}:
            for ending, *_rest in _ENDINGS:
                form = base + ending
                for nom, _gender, cases, _n in _readings(form):
                    head = stems.get(nom)
                    if head is None or (head != nom and _N in cases):
                        continue
                    old = forms.get(form)
                    forms[form] = (head, cases | (old[1] if old and old[0] == head else frozenset()))
            for written, nom_end in _ALTERNATIONS:
                if base.endswith(nom_end):
                    form = base[: len(base) - len(nom_end)] + written
                    for nom, _gender, cases, _n in _readings(form):
                        if (head := stems.get(nom)) is not None and (head == nom or _N not in cases):
                            forms.setdefault(form, (head, cases))
    return forms


# Irregular forms of heads the endings do not give: "króla" (król), "posła" (poseł), "pośle".
_IRREGULAR_HEADS = {
    "króla": ("król", _c(_G, _A)),
    "królowi": ("król", _c(_D)),
    "królem": ("król", _c(_I)),
    "królu": ("król", _c(_L)),
    "posła": ("poseł", _c(_G, _A)),
    "posłowi": ("poseł", _c(_D)),
    "posłem": ("poseł", _c(_I)),
    "pośle": ("poseł", _c(_L)),
    "marszałka": ("marszałek", _c(_G, _A)),
    "marszałkowi": ("marszałek", _c(_D)),
    "marszałkiem": ("marszałek", _c(_I)),
    "marszałku": ("marszałek", _c(_L)),
}


def role_head(word: str) -> tuple[str, frozenset[str]] | None:
    """The nominative of a Polish role head written ``word`` in any case (``premierem`` ->
    ``premier``, ``ministrowi`` -> ``minister``, ``szefem`` -> ``szef``) and the cases the form
    may be in; None for a word that is no such form."""
    low = word.lower()
    return _IRREGULAR_HEADS.get(low) or _head_forms().get(low)


# --------------------------------------------------------------------------- names

_WORD_RE = re.compile(r"[A-Za-zÀ-ɏ]+(?:-[A-Za-zÀ-ɏ]+)*")
_PLAIN_RE = re.compile(r"[ \u00a0]+")
_LIST_COMMA_RE = re.compile(r"[ \u00a0]*,[ \u00a0]+")
# the gap after "ds" in "ds. handlu" (do spraw): its dot
_DS_GAP_RE = re.compile(r"\.[ \u00a0]+")
# Words between a role head and the name: a complement in the genitive ("spraw zagranicznych",
# "Niemiec", "obrony narodowej", "MSZ"); not a preposition, a conjunction or a verb in the past.
_COMPLEMENT_RE = re.compile(r"(?!.*(?:ł|ła|ło|li|ły|ć)$).+")
# Endings of adjectives and nouns in an oblique case: two words with one are no name as written
# ("Wiceminister Spraw Zagranicznych").
_OBLIQUE_RE = re.compile(r"(?:ych|ich|ej|ego|emu|ym|ą|ę)(?: |$)")
# Endings of adjectives: no first name ends so.
_ADJECTIVAL_RE = re.compile(r"(?:ych|ich|ej|ego|emu|ym|im|owy|owa|ową|ny|ski|ska|ską|cki|cka|cką)$")
_BREAK_WORDS = (
    frozenset(
        [
            "i",
            "oraz",
            "a",
            "że",
            "który",
            "która",
            "jak",
            "się",
        ]
    )
    | POLISH_PREPOSITIONS
)


# A name found in Polish text: (start, end, nominative, gender "m"/"f", cases).
PolishName = tuple[int, int, str, str, frozenset[str]]


def _capitalized(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


# An Arabic article joined to a name by a hyphen ("al-Busaidi", "as-Sisi", "asz-Szara"): the
# article, the name.
_JOINED_NAME_RE = re.compile(r"((?i:al|el|as|asz|ad|ar|at|an|az|ach)-)([A-ZÀ-ÞĀ-ſ][a-zß-ÿĀ-ɏ]+)")


def _name_shaped(word: str) -> bool:
    """Capitalized, or an Arabic article joined to a capitalized name (``al-Busaidim``)."""
    return _capitalized(word) or _JOINED_NAME_RE.fullmatch(word) is not None


def _choose(
    firsts: tuple[tuple[str, str, frozenset[str], bool], ...] | list[tuple[str, str, frozenset[str], bool]],
    surnames: list[tuple[str, str, frozenset[str], int]],
    wanted: frozenset[str] | None,
) -> tuple[str, str, str, frozenset[str]] | None:
    """The best agreeing reading of first name and surname: (first name, surname, gender, cases);
    with ``wanted``, only readings in one of those cases. A first name of the Polish list goes
    with a surname of a Polish ending, another with one of none (``Markowi Kowalskiemu``: Marek;
    ``Markiem Ruttem``: Mark)."""
    best = None
    for fnom, fgender, fcases, polish in firsts:
        for snom, sgender, scases, rank in surnames:
            if "mf" not in (sgender, fgender) and sgender != fgender:
                continue
            both = fcases & scases
            if wanted is not None:
                both &= wanted
            if not both:
                continue
            gender = fgender if sgender == "mf" else sgender
            # (on a tie, a reading of one gender: "Ingridą" is a woman's)
            score = (rank, polish == (rank >= 20), _N in both, gender != "mf")
            if best is None or score > best[0]:
                best = (score, fnom, snom, gender, both)
    return None if best is None else best[1:]


# the institution a post is in, after "w": a noun of one in the locative, an adjective before it at
# most ("w niemieckim ministerstwie gospodarki", "w resorcie finansów", "w kancelarii premiera")
INSTITUTION_LOCATIVE_RE = re.compile(
    r"(?:\w+(?:im|ym|iej|ej)[ \u00a0]+)?(?:ministerstwie|resorcie|rządzie|urzędzie|kancelarii|ambasadzie"
    r"|departamencie|biurze|komisji|sekretariacie)(?![\w])",
    re.I,
)


def _role_head_before(words: list[tuple[int, int, str]], text: str, k: int) -> frozenset[str] | None:
    """The cases of a role head standing before word ``k`` with at most three complement words
    between (see ``_COMPLEMENT_RE``), or six where the complement names the institution the post
    is in (``sekretarzem stanu w niemieckim ministerstwie gospodarki Bernhardem Kluttigiem``) or
    portfolios joined (``minister przemysłu i handlu Czech Karel Havlíček``, ``wiceminister
    gospodarki, handlu i przemysłu Japonii Kenji Harada``), or nine where it is named after "do
    spraw" (``minister stanu ds. handlu i przemysłu Indii Jitin Prasada``), in the same clause; None when there is
    none. A woman's post written undeclined gives the case of the word before it
    (``_womans_post_cases``)."""
    institution = joined = spraw = False
    for h in range(k - 1, max(-1, k - 10), -1):
        gap = text[words[h][1] : words[h + 1][0]]
        if words[h][2].lower() == "ds" and _DS_GAP_RE.fullmatch(gap):
            institution = spraw = True  # "minister stanu ds. handlu i przemysłu Indii X": do spraw
            continue
        if not _PLAIN_RE.fullmatch(gap) and not (
            # portfolios listed before the last joined ("minister gospodarki, handlu i przemysłu X")
            joined and _LIST_COMMA_RE.fullmatch(gap) and words[h][2].islower() and words[h + 1][2].islower()
        ):
            return None
        found = role_head(words[h][2])
        w = words[h][2]
        if found is not None and not institution_word(words, h):
            acting = _acting_before(words, text, h)
            if acting is not None and _G in found[1]:
                return acting  # "pełniący obowiązki ministra X": X in the participle's case
            if (womans := _womans_post_cases(words, text, h)) is not None:
                return womans  # "z byłą premier Litwy X": X in the adjective's case
            return found[1]  # "Szefowa Kancelarii Prezydenta X": the head is "Szefowa"
        if w.lower() in ("w", "we") and words[h + 1][2][:1].isupper() and not _place(words[h + 1][2]):
            continue  # the institution the post is in: "sekretarz stanu w MSZ X", "wiceminister w KPRM X"
        if w.lower() in ("w", "we") and INSTITUTION_LOCATIVE_RE.match(text, words[h + 1][0]):
            institution = True  # "sekretarz stanu w niemieckim ministerstwie gospodarki X"
            continue
        if w.lower() == "do" and words[h + 1][2].lower() == "spraw":
            institution = spraw = True  # "minister do spraw handlu Indii X"
            continue
        if w.lower() in ("i", "oraz") and h > 0 and words[h - 1][2].islower() and words[h + 1][2].islower():
            institution = joined = True  # two portfolios joined: "minister przemysłu i handlu Czech X"
            continue
        if w.lower() in _BREAK_WORDS or not _COMPLEMENT_RE.match(w) or (k - h > 4 and not institution):
            return None
        if k - h > 7 and not spraw:
            return None  # (nine words back only for a portfolio named after "do spraw")
    return None


# The posts a woman holds under the man's title, which then does not decline ("z premier Litwy",
# "pani minister", "byłej prezydent"): the case is the adjective's or the preposition's before it.
_WOMANS_UNDECLINED_HEADS = frozenset(
    {"premier", "wicepremier", "minister", "wiceminister", "prezydent", "wiceprezydent", "ambasador"}
    | {"prezes", "wiceprezes", "sekretarz", "marszałek", "wicemarszałek", "burmistrz", "komisarz"}
)
# A feminine adjective's ending before such a head, and the cases it writes: "byłą", "nową",
# "litewską" (accusative, instrumental); "byłej", "obecnej" (genitive, dative, locative).
_WOMANS_ADJECTIVE_CASES = (("ą", _c(_A, _I)), ("ej", _c(_G, _D, _L)))
# A preposition right before such a head, and the cases it governs ("z premier X", "dla minister X").
_WOMANS_PREPOSITION_CASES = {
    "z": _c(_I, _G),
    "ze": _c(_I, _G),
    "dla": _c(_G),
    "od": _c(_G),
    "do": _c(_G),
    "u": _c(_G),
    "przez": _c(_A),
    "o": _c(_L, _A),
    "przy": _c(_L),
}


def _womans_post_cases(words: list[tuple[int, int, str]], text: str, h: int) -> frozenset[str] | None:
    """The cases of the name after word ``h``, a head written as the nominative of a post a woman
    holds undeclined (``_WOMANS_UNDECLINED_HEADS``), when the word before it shows another case: a
    feminine adjective in ``-ą`` or ``-ej`` (``z byłą premier Litwy X``: X in the instrumental or the
    accusative) or a preposition (``z premier X``); None otherwise (``premier X``: a nominative)."""
    if h == 0 or words[h][2].lower() not in _WOMANS_UNDECLINED_HEADS:
        return None
    if not _PLAIN_RE.fullmatch(text, words[h - 1][1], words[h][0]):
        return None
    before = words[h - 1][2].lower()
    if before in _WOMANS_PREPOSITION_CASES:
        return _WOMANS_PREPOSITION_CASES[before]
    if before.endswith("ją"):
        return _c(_G)  # a noun's "-ją" ("z delegacją premier X"): the premier's, in the genitive
    for ending, cases in _WOMANS_ADJECTIVE_CASES:
        if before.endswith(ending) and len(before) > len(ending) + 2:
            return cases
    return None


# The words before a head in the genitive saying the post is held for the time being, and the
# cases of a name after such a role: "pełniący obowiązki ministra X" (the participle's nominative),
# "p.o. ministra X" (the name's own case)
ACTING_BEFORE: dict[tuple[str, ...], frozenset[str]] = {
    ("pełniący", "obowiązki"): _c(_N),
    ("pełniąca", "obowiązki"): _c(_N),
    ("p", "o"): _EVERY,
}


def _acting_before(words: list[tuple[int, int, str]], text: str, h: int) -> frozenset[str] | None:
    """The cases a name takes after the role whose head is word ``h`` when the words right before
    the head say the post is held for the time being (``ACTING_BEFORE``); None otherwise."""
    for acting, cases in ACTING_BEFORE.items():
        a = h - len(acting)
        if (
            a >= 0
            and tuple(w.lower() for _s, _e, w in words[a:h]) == acting
            and all(re.fullmatch(r"[ \u00a0.]*", text[words[j][1] : words[j + 1][0]]) for j in range(a, h))
        ):
            return cases
    return None


# Polish forms of address before a title: "Pan Prezydent", "Pana Prezydenta", "Panią Premier".
PL_ADDRESS = frozenset({"pan", "pana", "panu", "panem", "panie", "pani", "panią"})


def institution_word(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether word ``i`` of ``words`` ((start, end, word) each) is a capitalized role head in an
    oblique case right after a capitalized word that names no country and is no form of address:
    a word of an institution's name (``Kancelarii Prezydenta``, ``Biuro Prezydenta``), no one's
    role, which neither heads a role phrase nor ends another's complement nor gives a name its
    case."""
    if i == 0:
        return False
    word, before = words[i][2], words[i - 1][2]
    found = role_head(word)
    return (
        found is not None
        and found[0] != word.lower()
        and word[:1].isupper()
        and before[:1].isupper()
        and normalize_form(before) not in latin_country_forms()
        and before.lower() not in PL_ADDRESS
    )


def _listed_name_at(words: list[tuple[int, int, str]], text: str, k: int) -> bool:
    """Whether words ``k`` and ``k + 1`` are a listed first name and a surname agreeing with it,
    written one after the other with only spaces between them and the word before ``k``."""
    if k + 1 >= len(words) or not (_capitalized(words[k][2]) and _capitalized(words[k + 1][2])):
        return False
    if not (
        _PLAIN_RE.fullmatch(text, words[k - 1][1], words[k][0])
        and _PLAIN_RE.fullmatch(text, words[k][1], words[k + 1][0])
    ):
        return False
    firsts = _first_readings(words[k][2])
    return bool(firsts) and _choose(firsts, _surname_readings(words[k + 1][2]), None) is not None


def _listed_name_ahead(words: list[tuple[int, int, str]], text: str, k: int) -> bool:
    """Whether a listed first name and its surname (``_listed_name_at``) start at word ``k`` or
    after at most two more capitalized words from there (``szef Biura Bezpieczeństwa Narodowego
    Jacek Siewiera``: the words before the name are the role's complement)."""
    for j in range(k, min(k + 3, len(words))):
        if _listed_name_at(words, text, j):
            return True
        if not _capitalized(words[j][2]) or not _PLAIN_RE.fullmatch(text, words[j - 1][1], words[j][0]):
            return False
    return False


def polish_names(text: str) -> list[PolishName]:
    """The names of Polish ``text`` in the nominative, in order (see the module doc): full names
    of a first name and a surname, then surnames alone of those full names."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]
    found: list[PolishName] = []
    k = 0
    while k + 1 < len(words):
        word, nxt = words[k][2], words[k + 1][2]
        if (east := _east_asian_name(text, words, k)) is not None:
            found.append(east[1])
            k = east[0]
            continue
        if (longer := _longer_name(text, words, k)) is not None:
            found.append(longer[1])
            k = longer[0]
            continue
        if not (
            _capitalized(word)
            and _name_shaped(nxt)
            and _PLAIN_RE.fullmatch(text, words[k][1], words[k + 1][0])
            and role_head(word) is None
            and role_head(nxt) is None
            and not _place(word)
            and not _place(nxt)
        ):
            k += 1
            continue
        wanted = _role_head_before(words, text, k)
        firsts = _first_readings(word)
        surnames = _surname_readings(nxt)
        best = _choose(firsts, surnames, wanted) if firsts else None
        if (
            best is None
            and wanted is not None
            and (not _ADJECTIVAL_RE.search(word.lower()) or _foreign_given_instrumental(word, nxt))
            and not word.lower().endswith("ów")  # a plural noun's genitive: "minister Finansów X"
            and not nxt.lower().endswith(("ych", "ich"))
            and not (k + 2 < len(words) and _capitalized(words[k + 2][2]) and _first_readings(nxt))
            and not _listed_name_ahead(words, text, k + 2)
        ):  # not "Wiceminister Spraw Zagranicznych"; "Prezydent Warszawy Adam Wierzba": from Adam;
            # "szef Ministerstwa Rolnictwa Stefan Krajewski": the two words are the complement
            # a first name no list has in the role's case ("rzeczniczka KE Paula Pinho": not Paul)
            unlisted = [
                (nom, g, cases, False) for nom, gender, cases, _n in _readings(word) for g in _genders(gender)
            ]
            best = _choose(unlisted, surnames, wanted)
            if best is None and _N in wanted and not _OBLIQUE_RE.search(word + " " + nxt):
                best = (word, nxt, "m", _c(_N))  # after a head in the nominative: as written
        if best is None and firsts:  # a listed first name in another case ("z minister Anną X")
            best = _choose(firsts, surnames, None)
        if best is None and not firsts and _unlisted_name_apposed(text, words, k):
            # "Bernhard Kluttig, sekretarz stanu w ...": a first name no list has, before a role
            # set off by a comma, in the role's nominative: as written
            best = (word, nxt, "f" if word.lower().endswith("a") else "m", _c(_N))
        if best is None:
            k += 1
            continue
        first, surname, gender, cases = best
        end, name, after = words[k + 1][1], f"{first} {surname}", k + 2
        if (tail := _joined_after(text, words, after, cases)) is not None:
            end, name, cases, after = words[after][1], f"{name} {tail[0]}", tail[1], after + 1
        numeral = _NUMERAL_RE.match(text, end)
        if numeral is not None:  # "Jana Pawła II": a regnal name
            end, name = numeral.end(), f"{name} {numeral.group(1)}"
        found.append((words[k][0], end, name, gender, cases))
        k = after
    lone = _lone_surnames(text, words, found)
    return found + lone + _surnames_after_role(text, words, found + lone)


# The case endings Polish gives a foreign name ending in a consonant, as written after the name's
# own letters: (ending, the cases it writes). "Dienem", "Qiangiem" (-iem after g/k), "Nguyena",
# "Nguyenowi", "Dienie" (the locative's -ie after n), "Dienu".
_FOREIGN_ENDINGS = (
    ("iem", _c(_I)),
    ("em", _c(_I)),
    ("owi", _c(_D)),
    ("a", _c(_G, _A)),
    ("ie", _c(_L)),
    ("u", _c(_L)),
)


def _foreign_stem(word: str, syllable: bool) -> list[tuple[str, frozenset[str]]]:
    """The readings of ``word``, a part of an East-Asian name in Polish text: (the part as
    written in the nominative, its cases); the word as written in every case first. ``-iem`` is
    taken off only after ``g`` or ``k`` ("Qiangiem": Qiang); a ``syllable`` (a given name's part)
    takes no ending of one letter ("Hua", "Yi" stay)."""
    readings = [(word, _EVERY)]
    low = word.lower()
    for ending, cases in _FOREIGN_ENDINGS:
        if not low.endswith(ending) or len(low) - len(ending) < 2:
            continue
        stem = word[: -len(ending)]
        if ending == "iem" and stem[-1:].lower() not in "gk":
            continue
        if syllable and len(ending) == 1:
            continue
        if stem[-1:].lower() in _CONSONANT:
            readings.append((stem, cases))
    return readings


def _east_asian_name(text: str, words: list[tuple[int, int, str]], k: int) -> tuple[int, PolishName] | None:
    """An East-Asian name opening at word ``k``: a surname of ``LATIN_EAST_ASIAN_SURNAMES``, as
    written or with a Polish case ending ("Nguyenem"), and one or two capitalized given-name parts
    after it, the last perhaps with the same case's ending ("z ministrem Nguyenem Hong Dienem",
    "z premierem Li Qiangiem", "Wang Yi"): (the index after it, the name in the nominative). The
    case the surname's ending writes, when it has one, must be one the last part's reading allows."""
    surnames = [(s, c) for s, c in _foreign_stem(words[k][2], False) if s in LATIN_EAST_ASIAN_SURNAMES]
    if not surnames:
        return None
    parts = []
    j = k + 1
    while j < len(words) and len(parts) < 2:
        w = words[j][2]
        if not (
            _capitalized(w)
            and w.isalpha()
            and len(w) <= 9
            and _PLAIN_RE.fullmatch(text, words[j - 1][1], words[j][0])
        ):
            break
        if role_head(w) is not None or _place(w):
            break
        parts.append(w)
        j += 1
    if not parts:
        return None
    for surname, s_cases in surnames:
        # the last part with a case ending taken off first: "Qiangiem" is Qiang's instrumental
        lasts = _foreign_stem(parts[-1], True)
        for last, l_cases in lasts[1:] + lasts[:1]:
            cases = s_cases & l_cases
            if not cases or (s_cases != _EVERY and l_cases == _EVERY and len(parts[-1]) > 3):
                continue  # "Nguyenem Hong Dien": the surname declined, the given name not
            name = " ".join([surname, *parts[:-1], last])
            return j, (words[k][0], words[j - 1][1], name, "m", cases)
    return None


def _foreign_given_instrumental(word: str, surname: str) -> bool:
    """Whether ``word``, ending in ``-im`` as an adjective's instrumental does, is rather a foreign
    given name in ``-i`` in the instrumental (``Kenjim``, ``Hiroshim``, ``Alim``): the word after it
    reads as a surname in the instrumental with a surname's ending (``Haradą``, ``Watanabem``), no
    adjective; ``-kim``, ``-gim``, ``-nim`` and ``-cim`` stay an adjective's (``Polskim``, ``Drugim``,
    ``Ostatnim``, ``Trzecim``)."""
    low = word.lower()
    if not low.endswith("im") or low.endswith(("kim", "gim", "nim", "cim", "ym")):
        return False
    if _ADJECTIVAL_RE.search(surname.lower()):
        return False
    return any(_I in cases and rank >= 10 for _nom, _g, cases, rank in _surname_readings(surname))


def _unlisted_name_apposed(text: str, words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether words ``k`` and ``k + 1`` (two capitalized words) are a name no first-name list
    has, set off by a comma from a role phrase in the nominative after it (``Bernhard Kluttig,
    sekretarz stanu w ...``, ``Ahmed Zaki, minister ...``, ``Tom Frey, rzecznik ...``): the role's
    head within its first three words, those before it in lower case or a country's adjective.
    Neither word may read as an adjective or an oblique plural, nor the word after them be
    capitalized (a longer name or an institution)."""
    first, last = words[k][2], words[k + 1][2]
    if (
        k + 2 >= len(words)
        or first.lower() in _INSTITUTION_NOUNS
        or _APPOSED_ADJECTIVAL_RE.search(first.lower())
        or _OBLIQUE_RE.search(last)
        or not _APPOSED_GAP_RE.fullmatch(text, words[k + 1][1], words[k + 2][0])
    ):
        return False
    for j in range(k + 2, min(len(words), k + 5)):
        head = role_head(words[j][2])
        if head is not None and _N in head[1] and words[j][2][:1].islower():
            return True
        if not words[j][2].islower():
            return False
    return False


# the first words of bodies' names: "Urząd Miasta, rzecznik ...", "Bank Pekao, prezes ..."
_INSTITUTION_NOUNS = frozenset(
    {"urząd", "bank", "ministerstwo", "resort", "komisja", "rada", "sąd", "biuro", "kancelaria"}
    | {"instytut", "fundacja", "związek", "agencja", "spółka", "grupa", "prokuratura", "policja"}
    | {"straż", "izba", "fundusz", "uniwersytet", "akademia", "szpital", "port", "centrum", "urzędu"}
    | {"departament", "ambasada", "konsulat", "parlament", "senat", "sejm", "rząd", "zarząd", "partia"}
)
# endings of adjectives a first name has not (``-ej`` alone is a name's too: Ondřej, Andrej)
_APPOSED_ADJECTIVAL_RE = re.compile(
    r"(?:ych|ich|[skcnwl]iej|[nwl]ej|ego|emu|ym|im|owy|owa|ową|ny|ski|ska|ską|cki|cka|cką)$"
)
# a comma between a name and the role phrase after it
_APPOSED_GAP_RE = re.compile(r"[ \u00a0]*,[ \u00a0]*")
_NUMERAL_RE = re.compile(r"[ \u00a0]+([IVX]+)(?![A-Za-z0-9])")
# Lowercase particles of foreign names between a first name and the surname, left as written.
_NAME_PARTICLES = frozenset(
    {"von", "der", "van", "den", "de", "di", "da", "dos", "du", "la", "le", "bin", "ibn", "al"}
)


def _longer_name(text: str, words: list[tuple[int, int, str]], k: int) -> tuple[int, PolishName] | None:
    """A name of three words or more at word ``k``: two listed first names in the same case, then a
    surname agreeing with the first (``z Anną Marią Żukowską`` -> ``Anna Maria
    Żukowska``, ``z Janem Marią Rokitą``); or a listed first name, one or two particles and a
    surname agreeing with it (``z Ursulą von der Leyen`` -> ``Ursula von der Leyen``, ``z
    Mohammedem bin Salmanem`` -> ``Mohammed bin Salman``). ``(the word after the
    name, its match)``, or None."""
    word = words[k][2]
    if not _capitalized(word) or role_head(word) is not None or _place(word):
        return None
    firsts = _first_readings(word)
    j = k + 1
    while j < len(words) and j - k <= 2 and words[j][2] in _NAME_PARTICLES:
        j += 1
    if not firsts and j > k + 1 and (wanted := _role_head_before(words, text, k)) is not None:
        # a first name no list has, before particles, in the case of the role before it: "z
        # ministrem Kataru Chalidem bin Mohammedem" (Chalid)
        firsts = tuple(
            (nom, g, cases & wanted, False)
            for nom, gender, cases, _n in _readings(word)
            if cases & wanted
            for g in _genders(gender)
        )
    if not firsts:
        return None
    gaps_plain = all(
        _PLAIN_RE.fullmatch(text, words[m][1], words[m + 1][0]) for m in range(k, min(j + 1, len(words) - 1))
    )
    if j > k + 1:
        if j >= len(words) or not gaps_plain or not _name_shaped(words[j][2]) or _place(words[j][2]):
            return None
        particles = " ".join(w for _s, _e, w in words[k + 1 : j])
        best = _choose(firsts, _surname_readings(words[j][2]), None)
        if best is None:
            return None
        first, surname, gender, cases = best
        name, end = f"{first} {particles} {surname}", j + 1
        if (tail := _joined_after(text, words, end, cases)) is not None:
            name, cases, end = f"{name} {tail[0]}", tail[1], end + 1
        return end, (words[k][0], words[end - 1][1], name, gender, cases)
    if k + 2 >= len(words) or not gaps_plain:
        return None
    second, last = words[k + 1][2], words[k + 2][2]
    if not (_capitalized(second) and _capitalized(last)) or _place(last) or role_head(last) is not None:
        return None
    seconds = _first_readings(second)
    if (
        not seconds
        and _surname_ending(last)
        and not _surname_ending(second)
        and (
            _role_head_before(words, text, k) is not None
            or _PREPOSITION_BEFORE_RE.search(text, max(0, words[k][0] - 8), words[k][0]) is not None
        )
    ):
        # a second given name no list has, before a word with a surname's ending, after a role or
        # a preposition ("wiceminister ... Władysław Teofil Bartoszewski", "z Władysławem Teofilem
        # ..."; not "Donald Tusk Warszawski zjazd"): read by its endings, in the first name's case
        seconds = tuple(
            (nom, g, cases, False) for nom, gender, cases, _n in _readings(second) for g in _genders(gender)
        )
    if not seconds:
        return None
    best = _choose(firsts, _surname_readings(last), None)
    if best is None:
        return None
    first, surname, gender, cases = best
    # (the same case; a man's second name may be a woman's: "z Janem Marią Rokitą")
    middle = sorted(((nom, c) for nom, g, c, _p in seconds if c & cases), key=lambda m: m[0])
    if not middle:
        return None
    nom2, cases2 = middle[0]
    return k + 3, (words[k][0], words[k + 2][1], f"{first} {nom2} {surname}", gender, cases & cases2)


def _surnames_after_role(
    text: str, words: list[tuple[int, int, str]], found: list[PolishName]
) -> list[PolishName]:
    """Surnames alone right after a role head and its complement, in the head's case, when they
    have a surname's ending (``Minister Sikorski``, ``z prezydentem Nawrockim``, ``szef MSZ
    Sikorski``): a person named by the surname. A capitalized complement word between (``minister
    Finansów Kowalski``) or a capitalized word after makes it none: those are longer names or
    institutions."""
    taken = {pos for name in found for pos in range(name[0], name[1])}
    out: list[PolishName] = []
    for k, (s, e, word) in enumerate(words):
        if s in taken or k == 0 or not _capitalized(word) or _place(word) or role_head(word) is not None:
            continue
        if (
            k + 1 < len(words)
            and _PLAIN_RE.fullmatch(text, e, words[k + 1][0])
            and _capitalized(words[k + 1][2])
        ):
            continue
        wanted = _role_head_before(words, text, k)
        if wanted is None:
            continue
        between = []
        for h in range(k - 1, -1, -1):
            if role_head(words[h][2]) is not None and not institution_word(words, h):
                break
            between.append(words[h][2])
        if any(_capitalized(w) and not _place(w) for w in between):
            continue
        ending = _surname_ending_parts(word)
        readings = [r for r in _surname_readings(word) if any(ending) and r[3] >= 10 and r[2] & wanted]
        if not readings:
            continue
        nom, gender, cases, _rank = max(readings, key=lambda r: (r[3], _N in r[2]))
        out.append((s, e, nom, "f" if gender == "f" else "m", cases & wanted))
    return out


def _joined_after(
    text: str, words: list[tuple[int, int, str]], end: int, cases: frozenset[str]
) -> tuple[str, frozenset[str]] | None:
    """The family name with a joined Arabic article at word ``end``, right after a name in
    ``cases``, read in one of them (``z Badrem bin Hamadem al-Busaidim``, ``Abd al-Fattah
    as-Sisi``): (nominative, cases), or None."""
    if not (
        end < len(words)
        and _JOINED_NAME_RE.fullmatch(words[end][2])
        and _PLAIN_RE.fullmatch(text, words[end - 1][1], words[end][0])
    ):
        return None
    tail = [r for r in _surname_readings(words[end][2]) if r[2] & cases]
    if not tail and words[end][2][-1:] in "aeiouyąę":
        tail = [(words[end][2], "m", cases, 0)]  # "bin Alim al-Jahja": as written
    if not tail:
        return None
    snom, _g, scases, _rank = max(tail, key=lambda r: (r[3], _N in r[2]))
    return snom, cases & scases


_PREPOSITION_BEFORE_RE = re.compile(
    r"(?<![\w])(?:z|ze|od|dla|przez|o|do|przy|wobec|u|z\s+udziałem)[ \u00a0]+\Z"
)


def _surname_ending_parts(word: str) -> list[bool]:
    """For each part of ``word`` (two for a double one), whether it has an ending surnames have
    (``-ski``, ``-cki``, ``-wicz``, ``-ak``: ``_simple_surname_readings`` rank 20 or more) in some
    reading."""
    return [max((r[3] for r in _simple_surname_readings(part)), default=0) >= 20 for part in word.split("-")]


def _surname_ending(word: str) -> bool:
    """Whether every part of ``word`` has a surname's ending (``_surname_ending_parts``)."""
    return all(_surname_ending_parts(word))


def _genders(gender: str) -> tuple[str, ...]:
    return ("m", "f") if gender == "mf" else (gender,)


@cache
def _place(word: str) -> bool:
    """A country's or a city's name or adjective, in any case (``Niemiec``, ``Warszawy``)."""
    key = normalize_form(word)
    return key in latin_country_forms() or key in latin_city_forms()


def _lone_surnames(text: str, words: list[tuple[int, int, str]], found: list[PolishName]) -> list[PolishName]:
    """Surnames alone, in any case, of the full names ``found`` (``Tuskiem`` -> ``Donald Tusk``)."""
    by_surname: dict[str, PolishName] = {}
    for name in found:
        by_surname.setdefault(name[2].rsplit(" ", 1)[-1], name)
    if not by_surname:
        return []
    taken = {pos for name in found for pos in range(name[0], name[1])}
    out = []
    for s, e, word in words:
        if s in taken or not _capitalized(word):
            continue
        readings = [(word, _EVERY)] + [(nom, cases) for nom, _g, cases, _n in _surname_readings(word)]
        for nom, cases in readings:
            full = by_surname.get(nom)
            if full is not None:
                out.append((s, e, full[2], full[3], cases))
                break
    return out
