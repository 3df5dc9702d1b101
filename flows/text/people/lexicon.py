"""The vocabularies of people extraction: the role lexicon (``flows/text/people/data/roles.csv``), the
one-word ``зам``-forms (``data/zam.csv``), the role-word prefixes and the countries' names.

``ROLE_KINDS`` maps a role lemma (``посол``, ``премьер-министр``, ``заместитель министра``) to its
kind, a small vocabulary (``head_of_state``, ``minister``, ``ambassador`` ...); ``role_kind()``
reads the kind of a role from its head and complement. ``LATIN_ROLE_KINDS`` maps the role phrases
of English and Polish text (``foreign minister``, ``minister spraw zagranicznych`` is read as
``minister`` and its complement) to the same kinds, by language.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from flows.text.gazetteer import _GAZETTEER, GazetteerForm, gazetteer_forms  # noqa: F401 (re-exported)
from flows.text.tokens import normalize_form, normalize_word  # also used by the name grammar

__all__ = [
    "ACCUSATIVE_VERBS",
    "BE_UK_ROLE_KINDS",
    "DATIVE_VERBS",
    "EN_PORTFOLIOS",
    "GENERIC_HEADS",
    "KK_ROLE_KINDS",
    "LATIN_ROLE_KINDS",
    "PRIZE_HEADS",
    "ROLE_KINDS",
    "ROLE_LEMMAS",
    "GazetteerForm",
    "gazetteer_forms",
    "role_kind",
]


def _words(text: str) -> tuple[str, ...]:
    """Whitespace-separated words of a vocabulary block; "_" joins the words of a phrase."""
    return tuple(w.replace("_", " ") for w in text.split())


# The role lexicon: lemma -> kind of role, a small vocabulary (head_of_state, head_of_government,
# minister, deputy_minister, ambassador, legislator, ...), and the language of the lemma (``ru``,
# ``en``, ``pl``, ``be``, ``uk``, ``kk``). Russian lemmas are pymorphy3's normal forms; hyphenated ones ("премьер-министр")
# name the kind of the whole word, their last part the head noun the extractor looks for. English
# and Polish lemmas are phrases in the nominative, lowercased, as written before a name
# ("foreign minister", "szef msz"); Belarusian and Ukrainian ones are a head noun in the
# nominative and its complement ("міністр замежных спраў", "голова верховної ради").
_ROLES_CSV = Path(__file__).resolve().with_name("data") / "roles.csv"
_ZAM_CSV = Path(__file__).resolve().with_name("data") / "zam.csv"


def _load_role_rows() -> list[dict[str, str]]:
    with _ROLES_CSV.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def role_lemmas(kind: str) -> list[str]:
    """The lemmas of the role lexicon (``data/roles.csv``) of role kind ``kind``, every language."""
    return [row["lemma"] for row in _load_role_rows() if row["kind"] == kind]


def _load_role_kinds() -> dict[str, str]:
    return {row["lemma"].replace("ё", "е"): row["kind"] for row in _load_role_rows() if row["lang"] == "ru"}


def _load_latin_role_kinds() -> dict[str, dict[tuple[str, ...], str]]:
    kinds: dict[str, dict[tuple[str, ...], str]] = {}
    for row in _load_role_rows():
        if row["lang"] in ("en", "pl"):
            kinds.setdefault(row["lang"], {})[tuple(row["lemma"].replace("-", " ").split())] = row["kind"]
    return kinds


def _load_cyrillic_role_kinds() -> dict[str, dict[str, str]]:
    kinds: dict[str, dict[str, str]] = {}
    for row in _load_role_rows():
        if row["lang"] in ("be", "uk"):
            kinds.setdefault(row["lang"], {})[" ".join(map(normalize_word, row["lemma"].split()))] = row[
                "kind"
            ]
    return kinds


def _load_kazakh_role_kinds() -> dict[tuple[str, ...], str]:
    return {
        tuple(normalize_word(w) for w in row["lemma"].split()): row["kind"]
        for row in _load_role_rows()
        if row["lang"] == "kk"
    }


def _load_zam() -> dict[str, str]:
    with _ZAM_CSV.open(encoding="utf-8") as f:
        return {row["word"]: row["expansion"] for row in csv.DictReader(f)}


ROLE_KINDS: dict[str, str] = _load_role_kinds()
# English and Polish role phrases by language ("en", "pl"): the lowercased words of the phrase,
# hyphens read as spaces ("vice-president" as "vice president") -> kind.
LATIN_ROLE_KINDS: dict[str, dict[tuple[str, ...], str]] = _load_latin_role_kinds()
# Belarusian and Ukrainian role phrases by language ("be", "uk"): the phrase in the nominative, its
# words as ``normalize_word`` writes them (``прэмʼер-міністр``, ``міністр закордонних справ``) -> kind. The first
# word is the head noun, which declines; the words after it are its complement as written.
BE_UK_ROLE_KINDS: dict[str, dict[str, str]] = _load_cyrillic_role_kinds()
# Kazakh role phrases ("kk" rows): the words of the phrase as ``normalize_word`` writes them, its
# head last and in the form it takes after a country's name, a possessive (``президенті``,
# ``сыртқы істер министрі``, ``министрінің орынбасары``) -> kind. The head may take a case ending.
KK_ROLE_KINDS: dict[tuple[str, ...], str] = _load_kazakh_role_kinds()
ROLE_LEMMAS: frozenset[str] = frozenset(
    lemma for lemma in ROLE_KINDS if "-" not in lemma and " " not in lemma
)
# Heads that name a title, an achievement or a holding rather than what a person does: a person
# named "чемпион мира" and "шахматист", or "основатель компании" and "глава компании", is
# reported with the second.
GENERIC_HEADS: frozenset[str] = frozenset(
    {"чемпион", "чемпионка", "автор", "соавтор", "основатель", "сооснователь", "миллиардер", "акционер"}
    | {"совладелец", "лауреат", "призер", "победитель", "победительница"}
)
# Heads that name a prize's winner: a title that says nothing of what the person does, so that a
# role phrase referring to the person may still give it one.
PRIZE_HEADS: frozenset[str] = frozenset({"лауреат"})
# Verbs (pymorphy3's infinitive) whose person object is in one case only: the case a name right
# after them is in, where its letters fit two readings (``позвонил Ильхаму Алиеву``: Ильхам's
# dative, not Ильхама's accusative; ``поздравил Фариду Алиеву``: Фарида's accusative). A dative
# verb may have its accusative noun between it and the name (``вручил орден Ильхаму Алиеву``).
DATIVE_VERBS: frozenset[str] = frozenset(
    _words(
        """позвонить звонить вручить вручать направить направлять передать передавать сообщить
        сообщать написать писать пожелать желать помочь помогать поручить поручать предложить
        предлагать выразить выражать пообещать обещать доложить докладывать адресовать присвоить присваивать отправить отправлять подарить
        дарить посвятить посвящать объявить объявлять запретить запрещать разрешить разрешать
        угрожать пригрозить предъявить предъявлять позволить позволять возразить возражать
        отказать отказывать посоветовать советовать напомнить напоминать показать показывать
        вернуть возвращать продать продавать уступить уступать проиграть проигрывать
        противостоять сочувствовать доверять доверить верить поверить аплодировать
        соболезновать вынести выносить пожаловаться жаловаться"""
    )
)
ACCUSATIVE_VERBS: frozenset[str] = frozenset(
    _words(
        """поблагодарить благодарить поздравить поздравлять увидеть видеть встретить встречать
        назначить назначать избрать избирать переизбрать пригласить приглашать обвинить обвинять
        поддержать поддерживать сменить сменять заменить заменять освободить освобождать
        задержать задерживать арестовать арестовывать наградить награждать уволить увольнять
        раскритиковать критиковать похвалить хвалить осудить осуждать упомянуть упоминать
        процитировать цитировать выдвинуть выдвигать опередить обыграть победить заподозрить
        подозревать допросить допрашивать навестить посетить спросить спрашивать попросить
        просить убедить убеждать призвать призывать вызвать вызывать принять принимать
        представить представлять утвердить утверждать отстранить отстранять"""
    )
)
# Phrases of a head and the start of its complement with a kind of their own, longest first:
# "заместитель министра" is a deputy minister, "глава государства" a head of state.
_ROLE_PHRASES: tuple[tuple[str, str], ...] = tuple(
    sorted(((k, v) for k, v in ROLE_KINDS.items() if " " in k), key=lambda kv: -len(kv[0]))
)


# the genitive endings of an adjective before a role phrase's noun (ru, uk, be, pl)
_ADJECTIVE_GENITIVE_ENDINGS = (
    "ой",
    "ей",
    "ого",
    "его",
    "ых",
    "их",
    "ої",
    "ої",
    "ай",
    "iej",
    "ej",
    "ego",
    "ych",
)


# Kinds of role phrases read also without an adjective before their complement's noun: "глава
# российской дипломатии" (a minister), "маршал Подкарпатского воеводства" (a region's head, as
# "маршал воеводства"; "маршал" alone is a rank)
_ADJECTIVE_DROPPING_KINDS = frozenset({"minister", "deputy_minister", "regional_head"})


@lru_cache(maxsize=1 << 14)
def role_kind(head: str, complement: str = "") -> str | None:
    """The kind of a role (``ROLE_KINDS``) from its head in the nominative (``заместитель``,
    ``премьер-министр``) and its complement as written (``министра иностранных дел``); None
    for a head outside the lexicon."""
    head = head.lower().replace("ё", "е")
    head = _SHORT_HEADS.get(head, head)
    complement = complement.lower().replace("ё", "е")
    heads = [head]
    if "-" in head and head not in ROLE_KINDS:  # "экс-глава МИД": as "глава МИД"
        heads.append(head.rsplit("-", 1)[-1])
    words = complement.split()
    complements = [complement]
    if len(words) > 1 and words[0].endswith(_ADJECTIVE_GENITIVE_ENDINGS):
        # an adjective before the phrase's noun of a ministry: "глава российской дипломатии" is
        # "глава дипломатии" (a minister; "глава российского государства" stays as it was read)
        complements.append(" ".join(words[1:]))
    for h in heads:
        for k, comp in enumerate(complements):
            phrase = f"{h} {comp}".strip() + " "
            for key, kind in _ROLE_PHRASES:
                if phrase.startswith(key + " ") and (k == 0 or kind in _ADJECTIVE_DROPPING_KINDS):
                    return kind
    kind = ROLE_KINDS.get(head)
    if kind is None and (kind := ROLE_KINDS.get(heads[-1])) is not None and head.startswith(_VICE):
        # "вице-председатель": the deputy of the head the rest of the word names
        return _DEPUTY_KINDS.get(_head_kind(heads[-1], complement, kind), kind)
    if kind == "representative" and _PARTY_RE.search(complement):
        return "member"  # "представитель Демократической партии": a member, no post
    if heads[-1] in _LOCAL_HEADS and complement and (local := _local_kind(complement)) is not None:
        return local  # "глава Чечни": a region's head; "глава Екатеринбурга": a city's
    if kind in _OF_STATE and heads[-1].endswith("президент") and complement and not _names_state(complement):
        # "президент компании", "вице-президент банка": an organisation's, not a state's
        return "head_of_organisation" if kind == "head_of_state" else "deputy_head"
    return _head_kind(heads[-1], complement, kind)


# A ministry named by its short name (``Минфина``, ``Минобороны``, ``МВД``, ``МЧС``) at the start
# of a role's complement: its head is a minister (``глава Минобороны``), the head's deputy a
# deputy minister (``заместитель главы Минфина``).
_MINISTRY_RE = re.compile(
    r"(главы[ \u00a0]+|руководителя[ \u00a0]+)?(?:мин(?:фин|обороны|эконом|энерго|транс|здрав|пром|юст|сельхоз|труд|культ|обр|просвещ"
    r"|науки|природ|строй|регион|цифры|спорт|востокразвит|кавказ|комсвяз|связ|торг|агро|нац)[а-я]*"
    r"|мид|мвд|мчс)(?![а-я])"
)
_MINISTRY_HEADS = frozenset({"глава", "руководитель"})


def _head_kind(head: str, complement: str, kind: str | None) -> str | None:
    """``kind``, the lexicon's kind of ``head``, as its complement makes it: the chairman of a
    state heads the state (``председатель КНР``); the head of a ministry named by its short
    name is a minister (``глава Минобороны``), their deputy a deputy minister."""
    if head in ("председатель", "глава") and complement and _names_state(complement):
        return "head_of_state"  # "председатель КНР", "глава Казахстана": the state's head
    if complement and (ministry := _MINISTRY_RE.match(complement)) is not None:
        of_head = ministry.group(1) is not None  # "главы Минфина": the complement names the head
        if head in _MINISTRY_HEADS and not of_head:
            return "minister"
        if (head == "заместитель" and of_head) or (head == "замглавы" and not of_head):
            return "deputy_minister"
    return kind


# Prefixes of a deputy's title written with a hyphen (a title the lexicon does not list itself),
# and the kind of the deputy of each kind of head: "вице-председатель Еврокомиссии".
_VICE = ("вице-", "віце-", "віцэ-", "vice-", "wice-")
_DEPUTY_KINDS = {
    "head_of_state": "deputy_head_of_state",
    "head_of_government": "deputy_head_of_government",
    "minister": "deputy_minister",
    "head_of_organisation": "deputy_head",
    "regional_head": "deputy_head",  # as "заместитель губернатора"
    "mayor": "deputy_head",
}


# A party or movement in a complement: its representative is a member.
_PARTY_RE = re.compile(r"(?<![а-я])(?:парти|движени|фракци)[а-я]*")
# Heads written short, read as the word they stand for: "первый зам председателя правительства".
_SHORT_HEADS = {"зам": "заместитель"}
# Kinds of a president, who heads an organisation when the complement names no state.
_OF_STATE = frozenset({"head_of_state", "deputy_head_of_state"})
_STATE_WORDS = ("страны", "государства", "республики", "королевства", "штатов", "федерации", "острова")


def _common_noun(word: str) -> bool:
    """Whether the dictionary reads ``word`` (lowercased) first as a noun that names no place or
    person (``тенниса``, ``бокса``; not ``беларусь``, ``татарстан``)."""
    from flows.text.morph import parses, tag_facts

    found = parses(word)
    if not found:
        return False
    facts = tag_facts(found[0].tag)
    return facts.pos == "NOUN" and not {"Geox", "Name", "Surn", "Orgn"} & facts.grammemes


def _names_state(complement: str) -> bool:
    """Whether a role's complement opens with a country's name in any case or a word for a state
    (``франции``, ``соединенных штатов``, ``страны``; not a body named by such a word and a
    lowercase noun: ``Федерации тенниса``)."""
    words = normalize_form(complement).split()
    if words and words[0] in _STATE_WORDS:
        # "Федерации тенниса России": a body named by a word for a state and a common noun after
        # it is no state ("Республики Беларусь", "Республики Татарстан", "Федерации" alone are)
        return len(words) == 1 or not _common_noun(words[1])
    if not words:
        return True
    return (
        any(" ".join(words[:n]) in _country_names() for n in (3, 2, 1))
        or words[0] in _republic_abbreviations()
    )


# "зам"-words written as one word (data/zam.csv); the rest of the word is a genitive complement.
_ZAM_EXPANSIONS: dict[str, str] = _load_zam()

# First names in Latin script (data/latin_first_names.txt): "Elon Musk" in Russian text.
_LATIN_FIRST_NAMES_TXT = Path(__file__).resolve().with_name("data") / "latin_first_names.txt"


def _load_lines(path: Path) -> frozenset[str]:
    with path.open(encoding="utf-8") as f:
        return frozenset(line.strip() for line in f if line.strip() and not line.startswith("#"))


_UNACCENTED_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"})


def unaccented(word: str) -> str:
    """``word`` without its diacritics (``Péter`` -> ``Peter``, ``Łukasz`` -> ``Lukasz``): how the
    press writes a name when its letters are missing from its keyboard."""
    folded = unicodedata.normalize("NFD", word.translate(_UNACCENTED_LETTERS))
    return unicodedata.normalize("NFC", "".join(ch for ch in folded if not unicodedata.combining(ch)))


# The names as listed, with their diacritics, and each also without them ("Jürgen", "Jurgen").
LATIN_FIRST_NAMES: frozenset[str] = frozenset(
    {form for name in _load_lines(_LATIN_FIRST_NAMES_TXT) for form in (name, unaccented(name))}
)
# East-Asian surnames in Latin script, written first (data/latin_east_asian_surnames.txt): "Xi
# Jinping", "Kim Jong Un" in English text.
LATIN_EAST_ASIAN_SURNAMES: frozenset[str] = _load_lines(
    Path(__file__).resolve().with_name("data") / "latin_east_asian_surnames.txt"
)

# Words naming a minister's portfolio in English (data/en_portfolios.txt): "Agriculture Minister".
EN_PORTFOLIOS: frozenset[str] = _load_lines(Path(__file__).resolve().with_name("data") / "en_portfolios.txt")

# The countries' names and aliases in every case, from the gazetteer the SQL matcher uses
# (flows.text.gazetteer): a trailing country right before the name is left
# out of the role text. Regions, capitals and adjectives are not countries here, so
# "губернатора Краснодарского края" keeps its complement.


@cache
def _country_names() -> frozenset[str]:
    return frozenset(
        g.form for g in gazetteer_forms() if g.entity_type == "country" and g.form_kind in {"name", "alias"}
    )


@cache
def _republic_abbreviations() -> frozenset[str]:
    """The abbreviations of a republic's name that several republics share (``рк``: Kazakhstan,
    Korea, Karelia, Komi; ``рт``, ``ра``, ``кр``, ``rp``; the gazetteer's regions written in
    capitals): whichever republic it is, its president is a state's (``президент РК``), not an
    organisation's."""
    return frozenset(
        g.form for g in gazetteer_forms() if g.form_kind == "region" and g.requires_upper and len(g.form) <= 4
    )


# heads of whatever their complement names: of a region or a city, a regional head or a mayor
_LOCAL_HEADS = frozenset({"глава", "руководитель", "голова", "кіраўнік"})


@cache
def _local_forms() -> dict[str, str]:
    """The gazetteer's forms of regions and cities (``чечни``, ``краснодарского края``,
    ``екатеринбурга``), each with the kind of the head of it: ``regional_head`` or ``mayor``."""
    kinds = {"region": "regional_head", "city": "mayor"}
    return {
        g.form: kinds[g.form_kind]
        for g in gazetteer_forms()
        if g.entity_type == "country" and g.form_kind in kinds
    }


def _local_kind(complement: str) -> str | None:
    """``regional_head`` when a role's complement (lowercased) opens with a region of the
    gazetteer (``чечни``, ``краснодарского края``, also after a word for a state: ``республики
    карелия``), ``mayor`` with a city, else None."""
    words = normalize_form(complement).split()
    forms = _local_forms()
    for n in (3, 2, 1):
        kind = forms.get(" ".join(words[:n]))
        if kind is not None:
            return kind
    if len(words) > 1 and words[0] in _STATE_WORDS:
        # "Республики Карелия", "Республики Татарстан": a republic of a federation, by its name
        return _local_kind(" ".join(words[1:]))
    return None


@cache
def latin_country_forms() -> frozenset[str]:
    """The forms of the countries' names and adjectives of the gazetteer in every language,
    normalized (``poland``, ``polish``, ``polski``, ``kazakhstan``): the country words of an
    English or Polish role phrase."""
    kinds = {"name", "alias", "name_en", "name_intl", "adjective_intl"}
    return frozenset(g.form for g in gazetteer_forms() if g.entity_type == "country" and g.form_kind in kinds)


@cache
def latin_city_forms() -> frozenset[str]:
    """The forms of the capitals' and cities' names of the gazetteer, normalized (``warszawy``):
    a Polish ``prezydent`` of a city is its mayor."""
    return frozenset(g.form for g in gazetteer_forms() if g.form_kind in {"capital", "capital_intl", "city"})
