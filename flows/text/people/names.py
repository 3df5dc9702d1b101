"""The name grammar: which runs of capitalized words are a person's name, and their nominative.

* Full names: a capitalized word that pymorphy3 tags ``Name``, followed by a surname: a
  word tagged ``Surn``/``Patr``/``Name``, a word unknown to the dictionary, or (when
  ``Name`` is the first word's most likely reading) another capitalized noun or adjective,
  optionally with a patronymic between (``Натальи Ковалёвой``, ``Александр Григорьевич
  Гребенко``). Place names (``Коста Рика``), role words and all-caps words are never parts
  of a name.
* Names of three and more parts go on while the last part is no known surname
  (``Майкла Дэвида Оллфорда``, ``Жуан Карлус да Кошта Пиньейру``), with the particles between
  parts (``да``, ``де``, ``фон``, ``ибн``, ``бин``, ``бинт``, joined ``аль-``, ``аз-``, ``аш-`` ...) and a regnal number
  after (``Аделаида II``).
* Initials + surname (``А. Гребенко``, ``А.Г. Гребенко``).
* Names whose first part pymorphy3 does not know as a first name (``Лю Цзянмин``, ``Чан Ван
  Кхиет``, ``Сатья Венкатарам``, ``Педру Паулу ду Рамуш Мелу``): two to five capitalized words
  none of which is a place, at least one unknown to the dictionary or a name, after a role
  phrase or on their own unless the first is a known common word opening a sentence.
* A surname or first name alone (``заявил Жумабеков``, ``Ерлан сказал``): a word the
  dictionary reads first as a surname or first name, anywhere; a capitalized word shaped like
  a surname (``-ов``, ``-ев``, ``-ин``, ``-енко`` ...) inside a sentence, not a place, not a
  capitalized common noun in the plural (``Соединенных Штатов``, ``Братьев``). Its nominative follows the
  case read (``Жумабекова`` -> ``Жумабеков``).
* Surname first, then first name and patronymic (``Гореликов Александр Васильевич``): the
  name "First Surname"; a surname shaped like a Slavic one (``-ов``, ``-ин``, ``-енко`` ...)
  then a first name the dictionary knows and nothing after them (``Громов Игорь``, ``Письмо
  Звягину Сергею``): the same, not after a kinship noun (``внучка Громова Алина``).
* A first name and a patronymic agree in case and gender (``Антонина Фёдоровна`` is a woman,
  not a man's genitive); the patronymic is put in the nominative with the dictionary.
* A name the dictionary does not know followed by a regnal number (``король Эрланд V``).
* Words are made of the letters of every Cyrillic alphabet of the press (Russian, Ukrainian,
  Belarusian, Kazakh ...: ``words._UPPER``, ``words._LOWER``) with an apostrophe between two small
  letters (``Мар'яна``); Latin letters with diacritics likewise (``Wróblewski``). pymorphy3's
  readings of a word with a letter outside the Russian alphabet are guesses: such a word is no
  part of a name without a first name or a role (``Республикасының Сыртқы``), and alone it is a
  surname only in a nominative shape (``-ов``, ``-енко`` ...); a first name the dictionary only
  guesses, of such a word or before one, needs a surname's shape after it (``-ов``, ``-ук``,
  ``-ко``, Kazakh ``-ұлы``/``-қызы`` ...: ``Ұлан Төлеубаев``, ``Мар'яна Гнатюк``; ``Түркия
  Қазақстанға`` is nobody). A country's name in any language of the gazetteer (``Польщі``,
  ``Фінляндії``) is no name part. A woman's surname in ``-овой``/``-иной`` is in an oblique case
  other than the accusative (``Айгерим Шайменовой`` -> ``Айгерим Шайменова``).
* Names in Latin script in English and Polish text (``_latin_cued_names``): two or three
  capitalized words, as written, after a title or role word (``President Joe Smith``, ``Secretary
  of State Ann Lee``, ``minister spraw zagranicznych Jan Nowak``, ``Pan Adam Wrona``) or with a
  verb of speech before or after them (``said Joe Smith``, ``Jan Nowak powiedział``); no word of
  a title, a country, a city, a date or an organisation (``Prime Minister``, ``United States``,
  ``New York``, ``Joe Smith Foundation``); Polish names in an oblique case (``ministrem Janem
  Kowalskim``, ``Anną``, ``Janowi``) are left out here: in Polish text ``pl`` reads them.
* Names in Latin script (``Elon Brandt``, ``Ursula von Aschberg``): a first name of
  ``data/latin_first_names.txt`` and a surname, as written; not followed by another Latin
  word (``Larry Dunn Live``), not in brackets (an alias of the name before them), not after
  Latin words that follow no Cyrillic word (``«San Jose Rockets»``: a longer title).
* A capitalized word after a person noun: a role noun of the lexicon (``Император Тэнсохито``,
  ``певицы Делоне``), or a kinship or address noun of ``data/person_nouns.txt`` (``сын
  Гайдеон``, ``миссис Кэллоуэй``, ``две дочери — Мила и Кьяра``, and the names listed after it),
  when the dictionary does not know it or reads it as a name or surname, it is no place,
  organisation, adjective or role word, no capitalized word follows it, and it agrees in case
  with the noun (``сотрудник Росгвардии`` is a genitive complement); put in the nominative in
  that case as a noun of the noun's gender (``поп-дивой Алисандрой`` -> ``Алисандра``).
* Names in Latin script of one or two words right after a performer's or blogger's role noun
  with no complement (``рэпера Zed K``, ``музыканта DJ Morrow``, ``певице Jaleesa``), as
  written; never with a word of a firm's or band's name (``News``, ``Records``), nor a
  single all-caps word of more than three letters, nor after other roles (``журналист Time``).
* Two or three capitalized syllables of two or three letters that the dictionary reads as words
  or particles (``Ван Лун``, ``Мин Тэ``) are an East-Asian name inside a sentence, or at its
  start when a verb of speech follows or a kinship, address or role noun stands before.
* A known surname between a first name and a last word unknown to the dictionary is a second
  given name (``Мэйбл Горвиц Уинслоу``), unless shaped like a Slavic surname.
* A first name the dictionary knows only as a place, in the place's nominative, is a name after
  a kinship noun (``дочь Сидней``; not after ``мисс``) or, with a syllable or surname after it,
  after a role (``миллиардера Стэнли Ту``). A capitalized word right after a verb of speech
  (``сказал Ферранье``) or ``по словам`` (``по словам Кастейо``) is a lone name like one after a
  person noun.
* A name whose first word is a declined form of another person's surname in the text, or that
  person's lone name after a kinship noun, names that person's kin: the first word is cut off
  (``вдова Нгвеньи Марта Зулани``, ``сын Тэнсохито Кадзухито``: two people).
* Short names of agencies (``Минимущества``, ``Росимущества``, ``Совфеда``: a state prefix
  before a common word or an agency's ending) are no lone names.
* A first name the dictionary does not know is read as written unless its guessed case is shown:
  a guessed nominative of another word is none (``Тхань`` is no ``Тханя``); a guess in a vowel
  (``Такэси`` as a genitive of ``Такэся``) needs a surname with an ending no nominative has
  (``Дариги Назарбаевой``, ``Эндрой Коулмэном``); a man's name in a consonant declines
  (``Рэймонда`` -> ``Рэймонд``). With no reading left the name is undeclined in every case; a
  surname in ``-я`` after it stays as written (``премьера Такэси Ивая``: ``Ивай`` or ``Ивая``), one
  in ``-а`` declines (``Рикардо Ортиса`` -> ``Ортис``). A syllable of two or three letters before
  a full name inside a sentence, no place, title or person noun, opens a longer East-Asian name
  (``с Буй Тхань Шоном`` -> ``Буй Тхань Шон``), and a preposition before a name without a role
  gives its case (``с Кэндзи Мацудой`` -> ``Кэндзи Мацуда``).
* A first name that pymorphy3 guesses only as the plural of a woman's name (``Габриэл``) is a
  man's first name that does not decline.
* A surname alone with ``-младший``/``-старший`` (``Грейвза-старшего`` -> ``Грейвз-старший``) is a
  person of its own; adjectival later parts of a hyphenated surname are put in the nominative
  with the surname (``Гарольда Грейвза-младшего`` -> ``Гарольд Грейвз-младший``). Syllables of three
  letters before the last part of an East-Asian name do not decline (``лидера Пак Чен Ына`` ->
  ``Пак Чен Ын``) and may be words the dictionary reads as places (``Чен``).
* No person: a one-word name in the locative right after ``в``/``на`` (``в Марселе``), a
  one-word adjectival name agreeing with the lowercase noun after it (``Никитинского суда``),
  a capitalized plural common noun (``Братьев``), a name right after a word for a settlement,
  region, hospital or era (``эпохи Тюдоров``, ``больницу Санта Кьяра``) unless a role goes
  with it.
* Three-part names whose last part is a dictionary word: a common noun ending the run of
  capitalized words before punctuation, a lowercase word or the end (``Мамаду Сангаре Тур``,
  ``Пётр Сидоров Дом``), or a non-Slavic surname after a non-Slavic maiden name (``Лоис
  Дэвис Уитмор``); after a patronymic, any common word or surname-shaped word is the surname
  (``Владимир Федорович Рыбаков``). A woman's first name in an oblique case followed by a noun
  in a consonant or -ь that is never genitive is her name (``штаб Любови Метель``). A nickname
  in quotes may stand between first name and surname, in any case (``Генри «Малыш» Докинс``,
  ``Роландом «Тигром» Фаулером``), and the name goes on after a regnal number (``Фредрик IX
  Аксель``). A name ends before a word and a surname that make a full name in none of its
  cases (``Жака Мореля Полю Дюрану``: two people), before a last part that fits none of them
  (``Виктора Шмидта Лойбнер``); a foreign first name in a vowel that fits no case of the later
  parts is read as written (``Усману Бакари Кара``); a long name no first-name reading explains
  may end in a common noun in an oblique case, its middle parts left undeclined (``Сейду Кумба
  Туру`` -> ``Сейду Кумба Тур``).
* No name opens with a country's or a place's name before two more words (``президента Чада
  Идрис Махамат``, ``губернатор штата Юта Джон X``) or with an adjective in ``-ский`` after a
  title (``Патриарх Критский X``).
* Lone names from their context (``extract``): one-word names listed among two or more names
  found (``Марко Бьянки, Жоселино и Андреса Кальво``); a word before a verb of speech or of a
  life's events (``Хамдани заявил``, ``Уинтерборн скончалась``); a common animate noun written
  capitalized inside a sentence elsewhere in the text, before or after a verb of speech
  (``Русалка сообщила``); the author in the genitive after a work's title in quotes or a noun
  of a work of any art (``произведение Альбениса``, ``сюиту X-а``, ``мемуары X-а``, ``«Туман»
  Роберта Хейли``); one-word names opening such a list (``Жоселино, Марко Бьянки и ...``),
  not after a capitalized word or a quote; a name after a noun
  that gives it (``с фамилией Гудок``, ``по имени``, ``по прозвищу``, ``псевдонимом``); a
  surname after a noun of address of the other gender than its one full name (``президент и
  миссис Кэллоуэй``) is another person.
* No person: a name with a word of an agency's, firm's, school's or city place's name
  (``Франс Пресс``, ``Таймс-Сквер``, ``Университета Дейтона``), a country's name (``Филиппины``),
  a town written in the nominative that reads as a surname in an oblique case (``Муром
  посетят``), an adjectival name coordinated with an adjective (``Полянский и Луговской
  комбинаты``), a word after a capitalized word and a particle (``Коллеж де Франс``) or after
  ``клан``, ``болезнь``, ``синдром``, a first name with a patronymic inside a title in
  guillemets (``«Последний день Петра Савельевича»``).
* Names right after a photo credit (``Фото Сергея Ткачука``, ``Фото: ...``, ``Фотография: ...``,
  ``Фотограф: ...``; ``фотография Виктора X`` is a work by him and ``фотограф X`` a person
  named: both count), names standing
  alone in quotation marks (``«Заря»``: a band, a club, a work) and one-word names after a
  settlement or region word (``штат Вирджиния``) are skipped.

Surnames pymorphy3 knows (``Surn``) are put in the nominative with pymorphy3, as are the ones it
reads as adjectives (``Красного`` -> ``Красный``; not a woman's ``-овой``, of the commoner
``-ова``) and patronymics; the others
(``Ковалёвой``, ``Жумабековым``, ``Руппелем``) by their ending, in the case and gender read
off the first name: -ов/-ев/-ин/-ын and -ский/-цкий decline for both genders, other male
surnames ending in a consonant decline like nouns, male ones in -а like feminine nouns
(``Силвой`` -> ``Силва``), those in -ия like feminine nouns in -ия (``Уррутии`` -> ``Уррутия``),
female ones in a consonant do not, -ко/-их/-ых never do. Later
parts of a long name are put in the nominative the same way, in the case that fits them all.
``name`` is "First [Middle ...] Surname": a patronymic is recognised but left out, so that
every mention of a person has the same key (``name_as_written`` keeps it). Initials without
a matching full name stay as written (``А.Г. Гребенко``).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

from flows.text.morph import tag_facts
from flows.text.people.lexicon import (
    _GAZETTEER,
    ACCUSATIVE_VERBS,
    DATIVE_VERBS,
    EN_PORTFOLIOS,
    LATIN_EAST_ASIAN_SURNAMES,
    LATIN_FIRST_NAMES,
    _country_names,
    _load_lines,
    _words,
    gazetteer_forms,
    normalize_form,
)
from flows.text.people.pl import english_text, polish_text
from flows.text.people.roles import latin_role_after
from flows.text.people.words import (
    _ALL_CASES,
    _APOSTROPHES,
    _CASES,
    _CYRILLIC,
    _HISSING,
    _LATIN,
    _LATIN_LOWER,
    _LATIN_UPPER,
    _LETTERS,
    _LOWER,
    _LOWER_RUN,
    _NOMINATIVE,
    _NOT_FIRST_NAMES,
    _UPPER,
    _VOWELS,
    POLISH_PREPOSITIONS,
    _case,
    _gender,
    _Info,
    _info,
    _joined_place,
    _like_written,
    _modifies,
    _parses,
    _role_info,
    _search_word_before,
    _sentence_initial,
)
from flows.text.vocab import ENGLISH_DETERMINERS, WEEKDAYS

# A capitalized word: one capital, then lowercase letters; a lone capital must not be an initial,
# nor ``Дж`` before a dot (the initial of Джон, Джордж, Джозеф: ``Майкл Дж. Фокс``).
_CAP_WORD = rf"(?!Дж\.)(?:[ОД]['’](?=[{_UPPER}]))?[{_UPPER}](?:{_LOWER_RUN}(?:-[{_CYRILLIC}][{_LOWER}]*)*(?![{_LETTERS}])|(?![{_LETTERS}'’]|\.[ \u00a0]?[{_UPPER}]))"
_CAP_WORD_RE = re.compile(_CAP_WORD)
# Lowercase particles inside a name: written apart ("Шарль де Мортье", "Жуан Карлус да Кошта",
# "Мухаммед ибн Хамдан") or joined to the next part by a hyphen ("Камаль аль-Харби").
_SPACED_PARTICLES = (
    "да|де|дос|дас|душ|даш|дус|ду|дель|ди|фон|ван|дер|ибн|бин|бинт|бен|ле|ла|оглы|оглу|кызы|гызы|улы|уулу"
)
_JOINED_PARTICLES = "аль|эль|ад|ас|ар|ат|ан|ун|аз|аш|ах|уль|эд|эс|эр|эт|эз|эш|эн"
_NAME_WORD = rf"(?:(?<![{_LETTERS}\-])(?:{_JOINED_PARTICLES})-)?{_CAP_WORD}"
_NAME_WORD_RE = re.compile(_NAME_WORD)
# One or two of them ("Урсула фон дер Ляйен", "Ханна ван дер Берг").
_PARTICLE_GAP_RE = re.compile(
    rf"[ \u00a0]+((?:{_SPACED_PARTICLES})(?:[ \u00a0]+(?:{_SPACED_PARTICLES}))?)[ \u00a0]+"
)


def _possessive_runs(pattern: str) -> str:
    """``pattern`` with its runs of lowercase letters (``[{_LOWER}]+``, ``[{_LOWER}]*``) possessive,
    for a pattern in which what follows such a run never starts with a lowercase letter (an
    apostrophe, a hyphen, a space, or a look-ahead that refuses a letter): giving letters back
    never leads to a match there, so the same matches are found without the engine trying to."""
    return pattern.replace(f"[{_LOWER}]+", f"[{_LOWER}]++").replace(f"[{_LOWER}]*", f"[{_LOWER}]*+")


# One pass finds both shapes a name can take: initials + surname ("А. Гребенко", "А.Г. Гребенко"),
# and runs of two or more space-separated capitalized words (every full name lies in one).
_CANDIDATE_RE = re.compile(
    _possessive_runs(
        # (not the capital after a lowercase letter's apostrophe: "Кот-д'Ивуара" is no name's)
        rf"[{_UPPER}](?<![{_LETTERS}\-].)(?<![{_LOWER}][{_APOSTROPHES}].)(?:"
        rf"(?P<initials>(?:(?<=Д)ж)?\.[ \u00a0]?(?:[{_UPPER}](?:(?<=Д)ж)?\.[ \u00a0]?)?)"
        rf"(?P<surname>(?:(?:Аль|Эль)[ \u00a0](?=[{_UPPER}]))?[{_UPPER}]{_LOWER_RUN}(?:-[{_UPPER}]{_LOWER_RUN})?)(?![{_LETTERS}])"
        rf"|(?:{_LOWER_RUN}(?:-[{_CYRILLIC}][{_LOWER}]*)*(?![{_LETTERS}])|(?![{_LETTERS}'’]|\.[ \u00a0]?[{_UPPER}]))"
        rf"(?:[ \u00a0]+(?:(?:{_SPACED_PARTICLES})[ \u00a0]+){{0,2}}(?:(?:{_JOINED_PARTICLES})-)?{_CAP_WORD})+)"
    )
)
# A photo credit before a name ("Фото: X", "Фото X", "Фотография: X", "Фотограф: X"); "фотография X"
# without a colon is the photograph of a work by X, and "фотограф X" a photographer named in a
# sentence: both count.
_PHOTO_RE = re.compile(
    r"(?:фото(?!граф)\w*|фота|фотограф\w*[ \u00a0]*[:©/|]|photo|снимок|автор|fot|zdj(?:ęcie)?)[\s:.\-–—/|©]*$",
    re.IGNORECASE,
)

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
    "gent": (("ии", "ия"), ("ы", "а"), ("и", "а")),
    "datv": (("ии", "ия"),),
    "accs": (("ию", "ия"), ("у", "а"), ("ю", "я")),
    "ablt": (("ией", "ия"), ("ой", "а"), ("ей", "я")),
    "loct": (("ии", "ия"),),
}
# A woman's surname in -а/-я declined as a noun, in the cases where no undeclined surname ends so
# (an undeclined one may end in -е, -и, -у: "Шимоните", "Мелони", "Санду").
_FEMALE_A_STEM = {"gent": (("ы", "а"),), "ablt": (("ей", "я"),)}
# The suffix of a surname of the Slavic pattern (``Ахметов``, ``Путин``), before its case ending.
SLAVIC_SURNAME_SUFFIX = r"(?:ов|ев|ёв|ин|ын)"
_POSSESSIVE_FEMININE_RE = re.compile(rf"{SLAVIC_SURNAME_SUFFIX}(?:ой|ую)$")
# Endings of a surname in -ия (declined like a feminine noun) in the oblique cases.
_FEMININE_IA = {"gent": ("ии",), "datv": ("ии",), "loct": ("ии",), "accs": ("ию",), "ablt": ("ией",)}
_SOFT_ENDINGS = frozenset({"я", "ю", "ем", "ём"})
_POSS_STEMS = ("ов", "ев", "ёв", "ин", "ын")
_MALE_OBLIQUE_LOOK = _words("ым ом ем ого ому ова ева ина ову еву ину овой евой иной ы")
_FEMALE_OBLIQUE_LOOK = _words("ой ую ову еву ину овым евым ёвым иным ыным")


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
            if low.endswith(tuple(s + "ой" for s in _POSS_STEMS)):
                return word, 0.3  # "Шайменовой": the other oblique cases of "Шайменова", no accusative
        elif low.endswith(("ской", "цкой")):
            return word[:-2] + "ая", 1.0
        elif low.endswith(tuple(s + "ой" for s in _POSS_STEMS)):
            return word[:-2] + "а", 1.0
        elif low.endswith("ой") and len(low) > 4 and case == "ablt" and low[-3] not in _VOWELS:
            return word[:-2] + "а", 0.5  # a surname in -а declined as a noun: "Метсолой" -> "Метсола"
        elif low.endswith("ой") and len(low) > 4:
            return word[:-2] + "ая", 0.5
        for ending in _FEMININE_IA.get(case, ()):
            if low.endswith(ending) and len(low) - len(ending) >= 3:
                return word[: len(word) - len(ending)] + "ия", 1.0  # "Уррутии" -> "Уррутия"
        if low.endswith(tuple(s + "ым" for s in _POSS_STEMS)):
            return word, 0.05  # "Токаевым": a man's instrumental, no woman's surname
        for ending, nominative in _FEMALE_A_STEM.get(case, ()):
            if low.endswith(ending) and len(low) - len(ending) >= 3 and low[-len(ending) - 1] not in _VOWELS:
                return word[: len(word) - len(ending)] + nominative, 0.5  # "Метсолы" -> "Метсола"
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
    if low[-1] in "оиэуе":
        return word, 1.0  # indeclinable (Бенгу, Гранди, Окуйе; -е in the locative is read above)
    # male surnames in -а/-я decline like feminine nouns (Силва -> Силвой, Силвы, Силву)
    for ending, nominative in _MALE_A_STEM.get(case, ()):
        if low.endswith(ending) and len(low) - len(ending) >= 3 and low[-len(ending) - 1] not in _VOWELS:
            return word[: len(word) - len(ending)] + nominative, 0.5
    return word, 0.05


@lru_cache(maxsize=1 << 15)
def _surname_nominative(word: str, case: str, gender: str) -> tuple[str, float]:
    if "-" in word:
        first, *rest = word.split("-")
        parts = [_surname_nominative(first, case, gender)]
        parts += [
            _adjective_part(part, case, gender) or _surname_nominative(part, case, gender) for part in rest
        ]
        written = word.split("-")
        declined = [
            (w, p[0]) for w, p in zip(written, parts, strict=True) if p[0] != w and p[0][:-1] == w[:-1]
        ]
        if declined:
            # a part left as written that ends as a declined one does, declined alike: "Гордану
            # Сильяновску-Давкову" (Давкову -> Давкова, so Сильяновску -> Сильяновска)
            w0, n0 = declined[-1]
            parts = [
                (w[:-1] + n0[-1], p[1]) if p[0] == w and w[-1:] == w0[-1:] and len(w) > 3 else p
                for w, p in zip(written, parts, strict=True)
            ]
        return "-".join(p[0] for p in parts), min(p[1] for p in parts)
    info = _info(word.lower())
    for p in info.surns:
        if _case(p.tag) == case and _gender(p.tag) in (gender, None):
            if case == "nomn":
                return word, 1.0
            form = p.inflect({"nomn"})
            return _like_written(form.word if form else p.normal_form, word), 1.0
    if info.patr:
        patronymic = _patronymic_nominative(word, case, gender)
        if patronymic is not None:
            return patronymic, 1.0
    if case == "nomn" and gender == "femn" and any(_case(p.tag) != "nomn" for p in info.surns):
        # a woman's nominative the dictionary does not have, of a word it reads as a declined
        # surname ("Стюарта": Стюарт's genitive; a woman's would be "Стюарт")
        nominative, fit = _by_ending(word, case, gender)
        return nominative, fit * _DICTIONARY_OBLIQUE_FIT
    if (
        case != "nomn"
        and info.known
        and info.adjish
        and not (gender == "femn" and _POSSESSIVE_FEMININE_RE.search(word.lower()))
    ):  # "Красного" -> "Красный"; "Ласковой" is of "Ласкова", the commoner surname
        adjective = _adjective_part(word.lower(), case, gender)
        if adjective is not None and not (
            # an adjective in -иный of a surname in -ин ("Гусиным": Гусин, not "Гусиный"), whose
            # short form the dictionary reads as one ("Гусин" is "гусиный" too)
            adjective[0].endswith(("иный", "иная"))
            and _by_ending(word, case, gender)[1] == 1.0
            and _by_ending(word, case, gender)[0].lower().endswith(("ин", "ина"))
        ):
            return _like_written(adjective[0], word), 1.0
    return _by_ending(word, case, gender)


def _patronymic_nominative(word: str, case: str, gender: str) -> str | None:
    """The nominative of ``word`` read as a patronymic of ``gender`` in ``case`` (``Фёдоровной``
    -> ``Фёдоровна``), or None when the dictionary has no such reading."""
    for p in _parses(word.lower()):
        if "Patr" in p.tag and p.tag.number == "sing" and _case(p.tag) == case and _gender(p.tag) == gender:
            form = p.inflect({"nomn"})
            return _like_written(form.word if form else p.normal_form, word)
    return None


def _adjective_part(word: str, case: str, gender: str) -> tuple[str, float] | None:
    """A later part of a hyphenated surname that the dictionary reads as an adjective in
    ``case`` and ``gender`` (``Грейвза-младшего``, ``Дженкинс-младшей``): its nominative, fit 1.0."""
    if word[:1].isupper():
        return None
    for p in _parses(word.lower()):
        if (
            p.tag.POS == "ADJF"
            and _case(p.tag) == case
            and p.tag.number == "sing"
            and _gender(p.tag) == gender
        ):
            form = p.inflect({"nomn"})
            if form is not None:
                return _like_written(form.word, word), 1.0
    return None


# A man's Slavic surname in the nominative (-ов, -ин): no other case of it ends so.
_MAN_NOMINATIVE_SURNAME_RE = re.compile(rf"{SLAVIC_SURNAME_SUFFIX}$")


def _surname_in_other_case(word: str, cases: frozenset[str]) -> bool:
    """Whether ``word``, after a name read in ``cases`` (the nominative not among them), is a
    man's Slavic surname in the nominative: another person's (``с Тамарой Владимирцевой Панин
    выступил``: Панин; in the instrumental he would be Паниным), not a third part of the name.
    A woman's (``-ова``) may be a man's genitive too and is not read so."""
    if "nomn" in cases or not cases:
        return False
    return _MAN_NOMINATIVE_SURNAME_RE.search(word.lower()) is not None


def _surname_ok(word: str, first_is_name: bool) -> bool:
    """May ``word`` (capitalized, after a first name) be a surname?"""
    if len(word) < 2 or word.isupper():
        return False
    info = _info(word.lower())
    if info.role is not None:
        # a role noun only in the genitive plural, shaped like a surname, after a first name:
        # the surname ("Олег Королев", "Азат Султанов", "Рустам Шахов": not "of queens, sultans")
        return (
            first_is_name
            and not info.role_cases
            and info.role_plural_cases <= {"gent", "accs"}
            and _SURNAME_SHAPE_RE.search(word.lower()) is not None
        )
    if info.has_surn or info.patr or not info.known:
        return True
    if info.geox_top:
        # a place name as a surname only after a first name, never a country: "Октавия Денвер"
        return first_is_name and normalize_form(word) not in _country_names()
    if info.names:
        return True
    # a word a surname's shape explains (-ов, -ин, -ский, -енко, -ян) and no common noun's reading
    # does ("Слова" does), even after a first name read first as another word ("Али Асадов": али
    # is a conjunction of old)
    return (
        (first_is_name and (info.nounish or info.adjish))
        or (
            info.nounish
            and _SURNAME_SHAPE_RE.search(word.lower()) is not None
            and not any(
                p.tag.POS == "NOUN" and not p.tag.grammemes & _PROPER_NOUN for p in _parses(word.lower())
            )
        )
        or (
            # a surname in -ин the dictionary reads only as a short adjective ("Карасин", "Лисин":
            # of "карасиный", "лисиный")
            first_is_name
            and _SURNAME_SHAPE_RE.search(word.lower()) is not None
            and all(p.tag.POS == "ADJS" for p in _parses(word.lower()))
        )
        # a word the dictionary reads only as a verb's form, capitalized after a first name: a
        # surname in a case ("Хавьером Милеем", "Хавьера Милея": of "милеть"); one read as a short
        # participle only when a surname's shape explains it ("Игорь Терян": of "терять"; not
        # "Приглашаем")
        or (first_is_name and all(p.tag.POS in _VERB_POS for p in _parses(word.lower())))
        or (
            first_is_name
            and _SURNAME_SHAPE_RE.search(word.lower()) is not None
            and all(p.tag.POS in _VERB_POS or p.tag.POS == "PRTS" for p in _parses(word.lower()))
        )
    )


_VERB_POS = frozenset({"VERB", "GRND", "INFN"})


_PROPER_NOUN = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


def _surname_after_patronymic(word: str) -> bool:
    """May ``word``, capitalized after a first name and a patronymic, be the surname? A word
    ``_surname_ok`` accepts after a first name (a common noun too: ``Рыбаков``), or one shaped
    like a surname (``-ов``, ``-ин``, ``-ский`` ...); never a place or a role word."""
    info = _info(word.lower())
    if info.geox_top or info.role is not None:
        return False
    return _surname_ok(word, True) or (
        not word.isupper() and _SURNAME_SHAPE_RE.search(word.lower()) is not None
    )


def _place_word_fits_before_surname(first: str, second: str) -> bool:
    """May ``first``, a word read first as a place that is also a first name (``Сантьяго``,
    ``Каролина``, ``София``), be the first name before ``second``? Only before a word shaped as no
    common word: a surname the dictionary knows or no word it knows (``София Ротару``, ``Сантьяго
    Абаскаль``), a declined surname only in a case and gender the first name has (not ``Милане
    Земане``: Миланя's, but Земан's locative is a man's); never a country's name (``Израиль``, ``Чад``: a country before a name is its
    complement, ``президент Чада Идрис Деби``) and never before a place or a role word. After a
    preposition of place the word is the place (``в Милане Смит``): :func:`after_place_preposition`."""
    if _country_word(first):
        return False
    info = _info(second.lower())
    if info.geox_top or info.role is not None or second.isupper():
        return False
    if info.surns:  # a surname the dictionary declines: in a case and gender of the first name
        readings = {(case, gender) for case, gender, _lemma, _score in _info(first.lower()).names}
        return any(
            (_case(p.tag), gender) in readings
            for p in info.surns
            for gender in ((p.tag.gender,) if p.tag.gender in ("masc", "femn") else ("masc", "femn", "ms-f"))
        )
    return info.has_surn or bool(info.names) or not info.known


@dataclass(frozen=True, slots=True)
class _Name:
    name: str
    surname: str
    gender: str
    cases: frozenset[str]
    n_words: int


# How well a woman's surname in the nominative fits when the dictionary reads the word only as
# another case of a surname (and has no woman's nominative of it).
_DICTIONARY_OBLIQUE_FIT = 0.5

# How well a surname left as written in an oblique case fits when another reading declines it.
_AS_WRITTEN_OBLIQUE_FIT = 0.25


@lru_cache(maxsize=1 << 14)
def _analyze_name(
    first: str, second: str, third: str | None, cases: frozenset[str] | None = None
) -> _Name | None:
    """First name + (patronymic +) surname, or None when these words are not a person's name.
    With ``cases``, only the first name's readings in one of them count (the case of a role
    noun before the name: ``тренеру Алену Фабро`` is Алён, not Алёна)."""
    wanted = cases
    first_info = _info(first.lower())
    names = list(first_info.names)
    title_name = _title_given_name(first, second, first_info)
    if title_name:
        names = title_name
    if (
        names
        and not first_info.known
        and (_other_alphabet(first) or _other_alphabet(second))
        and not _SURNAME_SHAPE_RE.search(second.lower())
        and not _OTHER_ALPHABET_SURNAME_RE.search(second.lower())
    ):
        return None  # a guess of a word of another language: "Түркия Қазақстанға" is no name
    if names and not first_info.known:
        names = _guessed_first_readings(first, second, names)
    if (hyphened := _hyphenated_mans_oblique(first)) is not None:
        names = hyphened  # "Жан-Ноэля": Жан-Ноэль's genitive, not a woman's nominative
    names = _undeclined_evenly(first, first_info.known, names)
    names = [n for n in names if cases is None or n[0] in cases]
    if not names and first_info.role is None:
        # "Джорджей Мелони": an -а name's instrumental the dictionary reads only as a plural
        names = [
            (case, g, a_stem.lower(), 0.5)
            for case in ("gent", "ablt")
            if (a_stem := _a_stem_first_name(first, case, unknown_only=True)) is not None
            for g in ("masc", "femn")
        ] or _plural_only_name(first.lower())
        if (
            names
            and first.lower().endswith("ы")
            and not first_info.known
            and (third is None or not _info(third.lower()).surns)
        ):
            # "-ы" read as the genitive of an -а name stands only where the surname is in the
            # genitive too ("Нарендры Моди", "Бекболды Ахметова"); before a surname in another
            # case it is a Turkic first name's own ending, undeclined ("Бекболды Ахметов", "с
            # Бекболды Ахметовым"); a woman's surname is never a man's form in -ов/-ев
            names = [n for n in names if n[0] != "gent" or _surname_in_genitive(second, n[1])] or [
                (case, "masc", first.lower(), 0.5) for case in _CASES
            ]
    if (
        not names
        or (first_info.role is not None and not title_name and not _ARABIC_FAMILY_PREFIX_RE.match(second))
        or (first_info.geox_top and not _place_word_fits_before_surname(first, second))
        or first.lower() in _NOT_FIRST_NAMES
        or _joined_place((first, second))  # Коста Рика, Эль Сальвадор
        or (third is not None and _country_word(first))  # "президент Чада Идрис ...": a country's name
    ):
        return None
    second_info = _info(second.lower())
    n_words = 2
    surname = second
    third_info = _info(third.lower()) if third is not None else None
    # two first names, then a surname the dictionary does not know: "Хуан Карлос Варела", "Зин
    # эль-Абидин Бен-Али" (a double first name; the surname in -а no genitive of the second)
    double_first = (
        third is not None
        and third_info is not None
        and bool(second_info.names)
        and not second_info.surns
        and not second_info.patr
        and not third_info.known
        and third[:1].isupper()
        and not third.isupper()
        and any(c == "nomn" for c, _g, _l, _s in second_info.names)
        and any(n[0] == "nomn" for n in names)
    )
    if (
        third is not None
        and third_info is not None
        and (
            # after a patronymic, a common word too: "Владимир Федорович Рыбаков", if shaped like a surname
            (second_info.patr and not third_info.names and _surname_after_patronymic(third))
            or (
                third_info.surns
                and not second_info.surns
                and not second_info.known
                # not another person's surname: "с Тамарой Владимирцевой Панин выступил"
                and not _surname_in_other_case(third, frozenset(n[0] for n in names))
            )  # Ахмет Тайфур Громов
            or double_first
        )
    ):
        surname, n_words = third, 3
        if double_first and not third_info.surns:
            # the second first name as written in the nominative: the first is in the nominative
            # too ("Хуан Карлос Варела")
            names = [n for n in names if n[0] == "nomn"] or names
    elif not _surname_ok(second, first_info.name_top) and not _female_undeclined_surname(names, second):
        return None
    elif second_info.patr and not second_info.has_surn:
        # a first name and a patronymic agree in case and gender: "Антонина Фёдоровна" is a
        # woman in the nominative, not a man's name in the genitive
        agreeing = [n for n in names if _patronymic_nominative(second, n[0], n[1]) is not None]
        names = agreeing or names
    analyses = [
        (case, g, lemma, score, *_surname_nominative(surname, case, g))
        for case, gender, lemma, score in names
        for g in ((gender,) if gender in ("masc", "femn") else ("masc", "femn"))
    ]
    # a surname some reading declines regularly ("Михалкове": Михалков's locative) is left as
    # written in an oblique case by no other: "о Никите Михалкове" is no "Никита Михалкове"
    declines = any(fit == 1.0 and nom != surname for _c, _g, _l, _s, nom, fit in analyses)
    readings: dict[tuple[str, str, str], float] = {}
    for case, g, lemma, score, nominative, fit in analyses:
        key = (g, lemma, nominative)
        if declines and nominative == surname and case != "nomn":
            fit *= _AS_WRITTEN_OBLIQUE_FIT
        readings[key] = max(readings.get(key, 0.0), score * fit)
    # a first name left as written beside a declined surname, when a declined reading of it gives
    # the same surname as well ("Анне Ивановой": Анна, the dative, not an undeclined Анне)
    low_first = first.lower()
    for (g, lm, nom), fit in list(readings.items()):
        if (
            lm == low_first
            and nom != surname
            and any(
                g2 == g and lm2 != low_first and nom2 == nom and fit2 >= fit
                for (g2, lm2, nom2), fit2 in readings.items()
            )
        ):
            del readings[(g, lm, nom)]
    (gender, lemma, nominative), _ = max(readings.items(), key=lambda kv: (kv[1], len(kv[0][1])))
    best_fit = max(
        _surname_nominative(surname, c, gender)[1]
        for c, g, lm, _s in names
        if lm == lemma and g in (gender, "ms-f")
    )
    cases = frozenset(
        c
        for c, g, lm, _s in names
        if lm == lemma
        and g in (gender, "ms-f")
        and _surname_nominative(surname, c, gender) == (nominative, best_fit)
    )
    if gender == "masc" and n_words == 2 and best_fit < 0.5 and "nomn" not in cases:
        # a man's first name in an oblique case before a surname in a consonant left as written,
        # which a man's would decline: a woman's name ("Кае Каллас", "Камале Харрис", and in the
        # nominative "Камала Харрис", not the genitive of a man "Камал")
        woman = _woman_in_case(first, surname, _ALL_CASES)
        if woman is not None:
            gender, (lemma, cases), nominative = "femn", woman, surname
        elif not any(c == "nomn" for c, _g, _l, _s in names) and (
            hers := {
                c: nom
                for c in _CASES
                if wanted is None or c in wanted
                if (nom := _surname_nominative(surname, c, "femn"))[1] == 1.0
                and nom[0].endswith(_WOMANS_SURNAME_ENDS)
            }
        ):
            # before a woman's surname ("Жанпеисова", "Жанпеисовой"), a first name read only as a
            # man's in an oblique case the surname does not fit (never in the nominative: "Чарли
            # Чаплина" is Chaplin's genitive) is hers, as written, undeclined
            # ("Сауле Жанпеисова", not "Саул")
            nominative = hers.get("nomn", next(iter(hers.values())))[0]
            gender, lemma = "femn", low_first
            cases = frozenset(c for c, nom in hers.items() if nom[0] == nominative)
    elif (
        n_words == 2
        and not first_info.known
        and lemma == first.lower()
        and _woman_oblique_look(lemma)
        and not _MANS_SURNAME_RE.search(surname.lower())
    ):
        # a first name the dictionary does not know, left as written, with an ending no name has
        # in the nominative ("Анналены", "Каей"): a woman's in an oblique case, when her surname
        # does not decline; never before a man's surname in -ов/-ев, which hers would not be
        # ("Сатыбалды Ергалиев": a Turkic man's name in -ы, as written)
        woman = _woman_in_case(first, surname, _ALL_CASES - {"nomn"})
        if woman is not None:
            gender, (lemma, cases), nominative = "femn", woman, surname
    if (
        not first_info.known
        and lemma == first.lower()
        and first[-1:].lower() in _VOWELS
        and surname[-1:].lower() == "я"
        and n_words == 2
    ):
        # a first name the dictionary does not know, undeclined in a vowel, before a surname in
        # -я: the surname may be undeclined too ("премьера Такэси Ивая": "Ивай" or "Ивая"), as
        # written; one in -а declines as a noun would ("Рикардо Ортиса" -> "Ортис")
        nominative, cases = surname, _ALL_CASES
    if (
        n_words == 2
        and _nominative_only_first_name(second_info)
        and first_info.known
        and second.lower().endswith(("а", "я", "й"))
        and "nomn" not in (cases or _ALL_CASES)
    ):
        # a first name the dictionary knows only in the nominative, one that declines, after a
        # known first name in an oblique case: two people ("Мать Кристины Ольга Алексеевна",
        # "Марины Дмитрий"), not one surnamed Ольга (a woman's surname in a consonant does not
        # decline: "Людмилы Касьян", "Клару Освальд")
        return None
    name = f"{_like_written(lemma, first)} {nominative}"
    if n_words == 2 and third is not None and _third_syllable(first, second, third):
        # a Korean name of three syllables: "Мун Чжэ Ин", "Ким Ён Нам"
        return _Name(f"{name} {third}", f"{nominative} {third}", gender, _ALL_CASES, 3)
    return _Name(name, nominative, gender, cases or _ALL_CASES, n_words)


# Titles that are also Arabic and Turkic given names ("Шериф Исмаил", "Малик Агар", "Амир
# Абдоллахиан", "Вали Нассер"): capitalised before a word that is no first name, a name
_TITLE_GIVEN_NAMES = frozenset({"шериф", "шариф", "амир", "малик", "вали", "хаким", "кади", "мирза"})


def _hyphenated_mans_oblique(first: str) -> list[tuple[str, str, str, float]] | None:
    """The readings of a hyphenated first name whose first part is a man's first name and whose
    last part ends in -а/-я after a consonant: a man's compound name in the genitive or the
    accusative (``Жан-Ноэля`` -> ``Жан-Ноэль``, ``Абдель-Азиза`` -> ``Абдель-Азиз``), as
    (case, gender, nominative in lower case, score); None for any other word."""
    head, _, last = first.rpartition("-")
    low = last.lower()
    if not head or len(low) < 3 or not low.endswith(("а", "я")) or low[-2] in _VOWELS:
        return None
    lead = _info(head.split("-")[0].lower())
    if not any(case == "nomn" and gender == "masc" for case, gender, *_rest in lead.names):
        return None
    if any(case == "nomn" and gender == "femn" for case, gender, *_rest in lead.names):
        return None  # "Саша-", "Женя-": either's
    nominative = f"{head.lower()}-{low[:-1]}{'ь' if low.endswith('я') else ''}"
    return [("gent", "masc", nominative, 1.0), ("accs", "masc", nominative, 1.0)]


def _title_given_name(first: str, second: str, first_info: _Info) -> list[tuple[str, str, str, float]]:
    """The readings of ``first`` as a man's given name when it is a title that is also one
    (``_TITLE_GIVEN_NAMES``: ``Шерифом Фаруком`` -> Шериф), capitalised, not in capitals, before a
    capitalised word that is no role, nor a first name after the title in the nominative: the cases a man's name in a consonant
    has with its ending; empty for any other word."""
    if (
        first_info.role not in _TITLE_GIVEN_NAMES
        or not first[:1].isupper()
        or first.isupper()
        or not second[:1].isupper()
    ):
        return []
    second_info = _info(second.lower())
    if second_info.role is not None or (second_info.names and first.lower() == first_info.role):
        return []  # (in the nominative, before a first name: "Шериф Джон Смит", a sheriff)
    return [
        (case, "masc", nominative.lower(), 0.5)
        for case in _CASES
        if (read := _surname_nominative(first, case, "masc"))[1] == 1.0
        and (nominative := read[0]).lower() == first_info.role
    ]


def _nominative_only_first_name(info: _Info) -> bool:
    """Whether the dictionary knows a word as a first name in the nominative only, and as no
    surname (``Ольга``, ``Оксана``): after a name in an oblique case, the start of another person's."""
    return (
        info.known
        and bool(info.names)
        and not info.has_surn
        and all(case == "nomn" for case, _g, _l, _s in info.names)
    )


# Parts of speech a first name read by the dictionary as another word may have: words without
# case (a short participle "серена", a short adjective "кари", an adverb "бойко", a past verb
# "робел") and nouns. Adjectives, pronouns and function words are never taken for a name.
_OTHER_WORD_POS = frozenset({"NOUN", "PRTS", "ADJS", "ADVB", "VERB", "GRND", "COMP", "PRED"})
# Last letters of a foreign first name that never declines (``Рами``, ``Бойко``); a man's ends in a
# consonant, a woman's in -а/-я.
_UNDECLINED_FIRST_FINALS = frozenset("иоэ")


@lru_cache(maxsize=1 << 14)
def _other_word_reading(first: str) -> tuple[frozenset[str | None], tuple[str, ...]] | None:
    """What ``_other_word_first_name`` reads of ``first`` alone, once per word: the cases of its
    noun readings (empty when it has none) and the genders its ending allows a first name in the
    nominative; None when the word cannot be such a first name (see there)."""
    low = first.lower().replace("ё", "е")
    if (
        len(low) < 4  # a syllable of an East-Asian name: "Пак Кын Хе"
        or not first[0].isupper()
        or not first[1:].islower()
        or low in _NOT_FIRST_NAMES
        or _country_word(first)
    ):
        return None
    info = _info(low)
    if not info.known or info.names or info.role is not None or info.geox_top or info.patr:
        return None
    noun_cases: set[str | None] = set()
    animate = False
    for p in _parses(low):
        facts = tag_facts(p.tag)
        if facts.pos not in _OTHER_WORD_POS or facts.grammemes & _PROPER_NOUN:
            return None
        if facts.pos == "NOUN":
            if facts.gender == "neut" or facts.number == "plur":
                return None
            animate = animate or facts.animacy == "anim"
            noun_cases.add("nomn" if "Fixd" in facts.grammemes else facts.case)
    if animate and (_person_noun_readings(low) is not None or noun_cases != {"nomn"}):
        return None  # a person ("Брат", "Дед"); see _other_word_first_name for the others
    last = low[-1]
    if last in _UNDECLINED_FIRST_FINALS:
        genders: tuple[str, ...] = ("masc", "femn")
    elif last in "ая":
        genders = ("femn",)
    elif last not in _VOWELS and last.isalpha():
        genders = ("masc",)
    else:
        return None
    return frozenset(noun_cases), genders


@lru_cache(maxsize=1 << 12)
def _animate_noun(word: str) -> bool:
    """Whether the dictionary reads ``word`` as an animate common noun (``Хакан``: a khagan)."""
    return any(p.tag.POS == "NOUN" and p.tag.animacy == "anim" for p in _parses(word.lower()))


def _named_surname(word: str) -> bool:
    """Whether the dictionary knows ``word`` as a surname or a first name in the nominative
    (``Фидан``)."""
    return any(("Surn" in p.tag or "Name" in p.tag) and _case(p.tag) == "nomn" for p in _parses(word.lower()))


def _other_word_first_name(
    text: str, start: int, first: str, second: str, third: str | None = None
) -> _Name | None:
    """A first name the dictionary reads only as another word, capitalized inside a sentence
    before a surname, both in the nominative: ``теннисистка Серена Уильямс`` (``серена``: a short
    participle), ``приятель Робел Филлипос`` (a past verb), ``в Болгарии Бойко Борисов`` (an
    adverb), ``актриса Тара Сутариа`` (an inanimate noun). None unless:

    - ``first`` (at ``start`` of ``text``) is not where a sentence, quotation, list item or
      bracket starts (there a capital says nothing: ``Вчера Иванов``, ``Уверен Петров``), has
      four letters or more (not a syllable of ``Пак Кын Хе``), and every reading the dictionary gives it is of ``_OTHER_WORD_POS``;
      none a name, a proper noun of another kind (``Челси``: a club), a person noun (``Брат``), a
      neuter or plural noun, a role, a place or a country; an animate noun (``Хакан``: a khagan)
      only in the nominative and before a word the dictionary knows as a surname or a first name
      (``Хакан Фидан``, not ``Американка Смит``...);
    - a noun reading, if it has one, is in the nominative (``Театре Вахтангова``, ``Премии
      Кандинского`` are a theatre's and a prize's; a masculine noun, the accusative written alike,
      only before a first name the dictionary knows and ``third``, a surname: ``Нейл Патрик
      Харрис``, not ``Бургер Кинг``), and ``second`` may not be the genitive of a
      surname that declines, which makes the pair a thing and its owner (``Контора Кука``, and
      ``Риза Ахмеда``, where the name is Риз Ахмед's genitive);
    - ``first`` ends as a first name in the nominative does: a man's in a consonant, a woman's in
      -а/-я, a foreign name that never declines in -и/-о/-э; its oblique cases are not read
      (``Серены Уильямс`` is left);
    - ``second`` is a surname in the nominative of that gender (a surname or name reading, or a
      word the dictionary does not know, as written, with no ending only oblique cases have:
      ``деревня Вишнево Воложинского района``; ``Дом Иванова`` is no man ``Дом``)."""
    if not second[:1].isupper():
        return None
    reading = _other_word_reading(first)
    if reading is None or _sentence_initial(text, start) or text[max(0, start - 1) : start] == "(":
        return None
    noun_cases, genders = reading
    if _animate_noun(first) and not _named_surname(second):
        return None  # "Американка Смит": an animate noun is a first name only before a surname it knows
    noun = bool(noun_cases)
    if noun and noun_cases != {"nomn"}:
        # a masculine inanimate noun, whose accusative is written as its nominative (``Нейл``,
        # but also ``Бургер Кинг``, ``Сан Луис``): only as the first of three names, before a first
        # name the dictionary knows and a surname (``Нейл Патрик Харрис``)
        if noun_cases != {"nomn", "accs"} or third is None or not _known_first_name(second):
            return None
        tinfo = _info(third.lower())
        if not (tinfo.has_surn or not tinfo.known) or not _surname_ok(third, True):
            return None
    sinfo = _info(second.lower())
    if (
        not (sinfo.has_surn or sinfo.names or not sinfo.known)
        or sinfo.geox_top
        or not _surname_ok(second, False)
        or second.lower().endswith((*_OBLIQUE_ENDINGS, "ого", "его"))
    ):
        return None
    if noun and any(
        nominative != second and fit == 1.0
        for g in ("masc", "femn")
        for nominative, fit in (_surname_nominative(second, "gent", g),)
    ):
        return None
    fitting = [g for g in genders if _surname_nominative(second, "nomn", g) == (second, 1.0)]
    if not fitting:
        return None
    # an undeclined name before a surname of either gender tells none: the first is kept
    return _Name(f"{first} {second}", second, fitting[0], _NOMINATIVE, 2)


# A woman's first name in -а/-я in an oblique case: (ending, nominative ending, cases), the
# ending after a vowel first ("Кае" -> "Кая", "Ангеле" -> "Ангела", "Каей" -> "Кая").
_WOMAN_FIRST_ENDINGS: tuple[tuple[str, str, frozenset[str]], ...] = (
    ("ией", "ия", frozenset({"ablt"})),
    ("ии", "ия", frozenset({"gent", "datv", "loct"})),
    ("ою", "а", frozenset({"ablt"})),
    ("ой", "а", frozenset({"ablt"})),
    ("ей", "я", frozenset({"ablt"})),
    ("е", "а", frozenset({"datv", "loct"})),
    ("у", "а", frozenset({"accs"})),
    ("ю", "я", frozenset({"accs"})),
    ("ы", "а", frozenset({"gent"})),
    ("а", "а", frozenset({"nomn"})),
    ("я", "я", frozenset({"nomn"})),
)


# the nominative endings of a woman's surname that a man's never has ("Жанпеисова", "Ахметова",
# "Ильина", "Вишневская")
_WOMANS_SURNAME_ENDS = ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая")


def _woman_oblique_look(low: str) -> bool:
    """Whether a first name (lower case) ends as no first name in the nominative does and as a
    woman's in -а/-я does in an oblique case: ``-ы``, ``-ой``/``-ою``, ``-ей`` after a vowel
    (``Анналены``, ``Анналеной``, ``Каей``; not ``Алексей``)."""
    return low.endswith(("ы", "ой", "ою")) or (low.endswith("ей") and len(low) > 3 and low[-3] in _VOWELS)


def _woman_in_case(first: str, surname: str, cases: frozenset[str]) -> tuple[str, frozenset[str]] | None:
    """``first`` read as a woman's first name in -а/-я in one of ``cases`` before ``surname``, a woman's surname in a consonant that does not
    decline: its nominative (lower case) and the cases that ending has among ``cases``; None when
    the surname declines or no ending of those cases fits. After a vowel, ``-е``/``-ей``/``-ю``
    are of a name in ``-я`` (``Кае``, ``Каей``, ``Каю`` -> ``Кая``)."""
    if surname[-1:].lower() in _VOWELS or not surname[-1:].isalpha():
        return None
    for nominative, shared in _woman_first_nominatives(first.lower(), cases):
        if any(_surname_nominative(surname, c, "femn") == (surname, 1.0) for c in shared):
            return nominative, shared
    return None


def _woman_first_nominatives(word: str, cases: frozenset[str]) -> Iterator[tuple[str, frozenset[str]]]:
    """``word`` read as a woman's first name in -а/-я in one of ``cases``, by each ending of
    ``_WOMAN_FIRST_ENDINGS`` it has, in the table's order: its nominative (the stem as written)
    and the cases that ending has among ``cases``. After a vowel, ``-е``/``-ей``/``-ю`` are of a
    name in ``-я`` (``Кае``, ``Каей``, ``Каю`` -> ``Кая``)."""
    low = word.lower()
    for ending, nominative, ending_cases in _WOMAN_FIRST_ENDINGS:
        shared = ending_cases & cases
        if not shared or not low.endswith(ending) or len(low) - len(ending) < 2:
            continue
        stem = word[: len(word) - len(ending)]
        yield stem + ("я" if nominative == "а" and stem[-1].lower() in _VOWELS else nominative), shared


# A woman's Russian surname in the instrumental, genitive, dative or locative, never a given name's
# ending ("Петровой", "Лебедевой", "Вишневской"; "Ириной", "Кристиной" are given names)
_WOMANS_OBLIQUE_SURNAME_END_RE = re.compile(r"(?:ов|ев|ёв|ск|цк)(?:ой|ою)$")


def woman_long_nominative(
    parts: Sequence[str], hint: frozenset[str] | None
) -> tuple[list[str], frozenset[str]] | None:
    """A woman's name of three parts or more read in an oblique case of ``hint`` (the cases of the
    role or preposition before it, the nominative not among them): given names in -а/-я declined
    in that case, the last of them followed by surnames in a consonant, which a woman's do not
    decline (``вице-президентом Дельси Элоиной Родригес Гомес`` -> ``Дельси Элоина Родригес Гомес``,
    ``с Марией Мануэлой душ Сантуш Лукаш`` -> ``Мария Мануэла душ Сантуш Лукаш``); a given name
    before it in a vowel but -а/-я stays as written (``Дельси``). The parts in the nominative and
    the case; None when they read so in no case of ``hint``."""
    if hint is None or "nomn" in hint or len(parts) < 3:
        return None
    capital = [k for k, p in enumerate(parts) if not p.islower()]
    for case in _CASES[1:]:
        if case not in hint:
            continue
        declined: dict[int, str] = {}
        for k in capital:
            low = parts[k].lower()
            first = next(_woman_first_nominatives(parts[k], frozenset({case})), None)
            if (
                first is not None
                and (case != "ablt" or _woman_oblique_look(low) or low.endswith("ией"))
                and not _WOMANS_OBLIQUE_SURNAME_END_RE.search(low)  # "Петровой": a surname's
            ):
                declined[k] = first[0]
            elif declined or low[-1:] not in "иеоуэю":
                break  # the surnames start (or a part no given name of hers is)
        if not declined:
            continue
        g = max(declined)
        surnames = [k for k in capital if k > g]
        if not surnames:
            continue
        if any(
            parts[k][-1:].lower() in _VOWELS
            or parts[k][-1:].lower() == "й"
            or _surname_nominative(parts[k], case, "femn") != (parts[k], 1.0)
            for k in surnames
        ):
            continue
        return [declined.get(k, p) for k, p in enumerate(parts)], frozenset({case})
    return None


def _third_syllable(first: str, second: str, third: str) -> bool:
    """Whether ``third`` is the last syllable of an East-Asian name of three (``Мун Чжэ Ин``,
    ``Ким Ён Нам``): all three of one to three letters, capitalized, not all caps, the second one
    unknown to the dictionary (a foreign syllable), the third no role word, place or country."""
    if not all(len(w) <= 3 and w[:1].isupper() and w.isalpha() for w in (first, second, third)):
        return False
    if len(third) > 1 and third.isupper():
        return False
    info = _info(third.lower())
    return (
        not _info(second.lower()).known
        and info.role is None
        and not info.geox_top
        and not _country_word(third)
    )


# Endings of a surname that no nominative of a person's name has (a man's adjectival surname in
# "-ой" aside): "Назарбаевой", "Коулмэном", "Мацудой".
_OBLIQUE_ENDINGS = ("ом", "ем", "ём", "ым", "им", "ой", "ей", "ою", "ею", "ому", "ему", "ых", "их")


def _undeclined_evenly(
    first: str, known: bool, names: list[tuple[str, str, str, float]]
) -> list[tuple[str, str, str, float]]:
    """The readings ``names`` of ``first`` with every case of an undeclined first name equally
    likely: a name written the same in every case (``Энтони``, ``Фумио``) says nothing of the
    case, which the surname's ending must tell (``с Энтони Блинкеном``: Блинкен, not a nominative
    ``Блинкеном``), and so does an East-Asian syllable the dictionary does not know, which never
    declines (``с Чжан Мином``)."""
    low = first.lower()
    own = [n for n in names if n[2] == low]
    if not own:
        return names
    if not known and len(own) == 1 and own[0][0] == "nomn" and len(low) <= 4 and low[-1] not in _VOWELS:
        _case, gender, lemma, score = own[0]
        return [n for n in names if n[2] != low] + [(c, gender, lemma, score) for c in _CASES]
    if {n[0] for n in own} != set(_CASES):
        return names
    top = max(n[3] for n in own)
    return [(c, g, lm, top if lm == low else sc) for c, g, lm, sc in names]


_WOMANS_OBLIQUE_SURNAME_RE = re.compile(rf"{SLAVIC_SURNAME_SUFFIX}ой$")


# A man's surname a woman's never is (hers ends in -ова/-ева): -ин/-ын end foreign women's too
# (``Сара Пэйлин``).
_MANS_SURNAME_RE = re.compile(r"(?:ов|ев|ёв)$")


# A surname of the Slavic pattern and its case ending: "Ахметов", "Ахметова", "Ахметову".
_SLAVIC_SURNAME_CASE_RE = re.compile(rf"{SLAVIC_SURNAME_SUFFIX}(а|у|ым|ом|е|ой|ою|ы)?$")


def _surname_in_genitive(surname: str, gender: str) -> bool:
    """Whether ``surname`` may be a person's of ``gender`` in the genitive: of the Slavic
    pattern, by its ending alone (``Ахметова`` his, ``Ахметовой`` hers; not ``Ахметов``,
    ``Ахметову``); any other as ``_surname_nominative`` reads it (``Моди``: undeclined)."""
    m = _SLAVIC_SURNAME_CASE_RE.search(surname.lower())
    if m is not None:
        return m.group(1) == ("а" if gender != "femn" else "ой")
    return _surname_nominative(surname, "gent", gender)[1] == 1.0


def _guessed_first_readings(
    first: str, second: str, names: list[tuple[str, str, str, float]]
) -> list[tuple[str, str, str, float]]:
    """The readings of ``first``, a first name the dictionary does not know, before ``second``
    that its guessed readings ``names`` support. A guess of another word than the one written is
    never a nominative (``Тхань`` is no ``Тханя``); one in a vowel (``Такэси`` as a genitive of
    ``Такэся``) stands only when ``second`` shows the case by an ending no nominative has
    (``Дариги Назарбаевой``, ``Эндрой X-ом``) or when its own instrumental ending is one
    no nominative of a name in ``-а``/``-я`` has (``с Кайей Каллас``, ``с Нирмалой X``,
    ``_instrumental_in_a_or_ya``): a foreign name in a vowel may be undeclined. Men's
    names in a consonant decline (``Рэймонда`` of ``Рэймонд``): those guesses stand. With no
    reading left, the name as written, undeclined in every case, the nominative first; none when
    ``second`` is a name the dictionary knows only in an oblique case (``Тхань Шоном``: two parts
    of a longer name)."""
    low = first.lower().replace("ё", "е")
    kept = []
    # a man's surname in -ов/-ев/-ин in the nominative shows the name's case: a guess of another
    # case of the first name is no reading of it ("Ильхом Махкамов" is no instrumental of Ильх)
    nominative_surname = _MAN_NOMINATIVE_SURNAME_RE.search(second.lower()) is not None
    for case, gender, lemma, score in names:
        if lemma.replace("ё", "е") == low or (
            case != "nomn" and lemma[-1:] not in _VOWELS and not nominative_surname
        ):
            kept.append((case, gender, lemma, score))
        elif case != "nomn" and second.lower().endswith(_OBLIQUE_ENDINGS):
            # in either gender: a man's name in -а declines like a woman's ("Эндрой X-ом")
            kept.extend(
                (case, g, lemma, score)
                for g in ("masc", "femn")
                if (fit := _surname_nominative(second, case, g))[1] == 1.0 and fit[0] != second
            )
        elif (
            case == "gent"
            and low.endswith("ы")
            and low[-2:-1] not in _VOWELS
            and lemma == low[:-1] + "а"
            and not _MAN_NOMINATIVE_SURNAME_RE.search(second.lower())
        ):
            # "Нарендры Моди": -ы ends no Russian nominative of a first name; before a man's
            # surname in the nominative it is a Turkic name's own ending, undeclined ("Сатыбалды
            # Ергалиев", "Бекболды Ахметов": as written)
            kept.append((case, gender, lemma, score))
        elif case == "ablt" and _instrumental_in_a_or_ya(low, lemma) and not _info(second.lower()).patr:
            # "с Кайей Каллас", "с Нирмалой Ситхараман": "-ой"/"-ей" ends no name in "-а"/"-я"
            # in the nominative; the surname after it may be undeclined
            kept.append((case, "femn" if low.endswith("ей") else gender, lemma, score))
    if (
        all(c == "nomn" for c, _g, _l, _s in kept)
        and low.endswith("ом")
        and len(low) >= 6
        and low[-3] not in _VOWELS
        and (surname := _surname_nominative(second, "ablt", "masc"))[1] == 1.0
        and surname[0] != second
    ):
        # a man's name in a consonant the dictionary guesses as a nominative in -ом, before a
        # surname in the instrumental: the instrumental of its stem ("с Фейсалом Фарханом":
        # Фейсал); not -у, which ends undeclined names too ("Педру Паулу")
        kept.append(("ablt", "masc", low[:-2], max((n[3] for n in names), default=1.0)))
    if (
        kept
        and low[-1:] not in _VOWELS
        and low[-1:] != "й"
        and _WOMANS_OBLIQUE_SURNAME_RE.search(second.lower())
    ):
        # a woman's first name in a consonant never declines (Севиль, Гюльнар, Кармен): before
        # "-овой", "-евой", "-иной" (a woman's oblique surname, never a man's nominative) it is
        # hers, undeclined, in the surname's case ("Депутату Севиль Микаиловой": Микаилова)
        score = max(n[3] for n in names)
        kept += [(case, "femn", low, score) for case in _CASES[1:]]
    if kept:
        return kept
    info = _info(second.lower())
    if info.known and info.names and all(c != "nomn" for c, _, _, _ in info.names):
        return []
    score = max(n[3] for n in names)
    return [(case, "ms-f", first.lower(), score) for case in _CASES]


def _instrumental_in_a_or_ya(word: str, lemma: str) -> bool:
    """Whether ``word`` (lowercase, of five letters or more) is the instrumental of a name
    ``lemma`` in ``-а``/``-я`` by the regular ending: ``-ой`` of ``-а`` (``нирмалой``), ``-ей``
    of ``-я`` (``кайей``) or of ``-а`` after a hushing consonant or ``ц`` (``джорджей``)."""
    if len(word) < 5 or word[:-2] != lemma[:-1]:
        return False
    if word.endswith("ой"):
        return lemma.endswith("а")
    if word.endswith("ей"):
        return lemma.endswith("я") or (lemma.endswith("а") and lemma[-2:-1] in "жшчщц")
    return False


@lru_cache(maxsize=1 << 12)
def _surname_then_first(surname: str, first: str) -> _Name | None:
    """Two words, a surname and then a first name, with no patronymic after them (``Горелов
    Глеб``, ``Гореловой Кристине``): the name "First Surname", the surname put in the nominative
    in a case and gender of the first name's readings it fits regularly; None unless the first
    name is one the dictionary knows (and no surname), and the surname no first name the
    dictionary knows, shaped like a Slavic surname (``-ов``, ``-ин``, ``-енко`` ..., not
    ``-ский``, which titles after a place share), no place or role word."""
    if not _SINGLE_SHAPE_RE.search(surname.lower()) or surname.isupper():
        return None  # not "Критский Климент", "Лотарингского Рауля": titles of a place
    finfo = _info(first.lower())
    if not (finfo.known and finfo.name_top and finfo.names and not finfo.has_surn):
        return None
    sinfo = _info(surname.lower())
    if (sinfo.names and sinfo.known) or sinfo.geox_top or sinfo.role is not None or sinfo.patr:
        return None
    if sinfo.top_pos == "ADJF":
        return None
    best: tuple[float, str, str, str, str] | None = None
    for case, gender, lemma, score in finfo.names:
        if gender not in ("masc", "femn"):
            continue
        nominative, fit = _surname_nominative(surname, case, gender)
        if fit == 1.0 and (best is None or score > best[0]):
            best = (score, case, gender, lemma, nominative)
    if best is None:
        return None
    _score, case, gender, lemma, nominative = best
    cases = frozenset(
        c
        for c, g, lm, _s in finfo.names
        if g == gender and lm == lemma and _surname_nominative(surname, c, gender) == (nominative, 1.0)
    )
    return _Name(f"{_like_written(lemma, first)} {nominative}", nominative, gender, cases, 2)


def _female_undeclined_surname(names: list[tuple[str, str, str, float]], word: str) -> bool:
    """May ``word``, a common noun ending in a consonant or -ь, be the surname of a woman whose
    first name is read in an oblique case (``штаб Любови Метель``)? Her surname keeps its
    nominative form; a common noun after a noun would be its complement in the genitive, and
    ``word`` is never genitive. No place, role word or all-caps word."""
    if (
        word.isupper()
        or word[-1].lower() in _VOWELS
        or not any(g == "femn" and c not in ("nomn", "accs") for c, g, _l, _s in names)
    ):
        return False
    info = _info(word.lower())
    if info.role is not None or info.geox_top or not info.nounish:
        return False
    return all(_case(p.tag) != "gent" for p in _parses(word.lower()))


@lru_cache(maxsize=1 << 12)
def _plural_only_name(word: str) -> list[tuple[str, str, str, float]]:
    """A word unknown to the dictionary that pymorphy3 guesses only as the plural of a woman's
    first name (``Габриэл``, read as "of the Габриэлы"): a man's foreign first name that does not
    decline, as a ``names`` list of ``_Info`` (every case); [] for other words."""
    parses = _parses(word)
    if not parses or any("Name" not in p.tag or p.tag.number != "plur" for p in parses):
        return []
    return [(case, "masc", word, 0.5) for case in _CASES]


@lru_cache(maxsize=1 << 14)
def _analyze_initials_surname(word: str, given_name_ok: bool = True, subject: bool = False) -> _Name | None:
    """Surname after initials: nominative, gender and possible cases read off the surname alone.
    An Arabic article before it stays (``Аль Тани``: ``М.Аль Тани``); a word the dictionary
    knows only as a first name is a surname after initials (``Х.Мансуром``: Мансур, ``Х.Рашида``:
    Рашид), as Arabic and Turkic family names often are, unless the caller says otherwise
    (``given_name_ok``: a capitalized word follows, "план Б. Михаил Мишустин", or the letters are
    an abbreviation, "о. Николай", "И.О. Рустам ...").
    ``subject``: the name is the subject of the verb after it (``Э. Мнангагва поблагодарил``),
    so in the nominative: a surname the dictionary does not know is then as written, not an
    oblique form read off it ("Мнангагв")."""
    article, _, rest = word.rpartition(" ")
    if article:  # the word after the article is the surname, as written unless the dictionary declines it
        rest_info = _info(rest.lower())
        res = (
            _analyze_initials_surname(rest)
            if rest_info.known and (rest_info.surns or rest_info.names)
            else None
        )
        if res is None:
            res = _Name(rest, rest, "masc", _ALL_CASES, 1)
        return _Name(f"{article} {res.surname}", res.surname, res.gender, res.cases, 1)
    if word.isupper():
        return None
    info = _info(word.lower())
    if info.role is not None:
        return None
    if info.known and not (info.has_surn or info.patr) and info.names and info.top_pos == "NOUN":
        return _first_name_as_surname(word, info) if given_name_ok else None
    if not (info.has_surn or info.patr or not info.known):
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
    if subject and not info.known:
        return _Name(
            word, word, "femn" if _WOMANS_NOMINATIVE_RE.search(word.lower()) else "masc", _NOMINATIVE, 1
        )
    options = [(_by_ending(word, c, g), c, g) for g in ("masc", "femn") for c in _CASES]
    # a regular oblique ending read off (``Звягину`` -> ``Звягин``) before an indeclinable reading
    (nominative, fit), _, gender = max(options, key=lambda o: (o[0][1], o[0][0] != word))
    cases = frozenset(c for (nom, f), c, g in options if g == gender and nom == nominative and f == fit)
    return _Name(nominative, nominative, gender, cases, 1)


# endings of a woman's surname in the nominative ("Иванова", "Лукина", "Белых" aside)
_WOMANS_NOMINATIVE_RE = re.compile(rf"(?:{SLAVIC_SURNAME_SUFFIX}а|ская|цкая)$")


def _first_name_as_surname(word: str, info: _Info) -> _Name | None:
    """``word``, a first name the dictionary knows, read as a surname after initials: its
    readings as a man's first name give the nominative (the lemma, as written) and the cases;
    None when it has no man's reading (``Тани``: of Таня) or reads likelier as a common word."""
    readings = [
        (case, lemma) for case, gender, lemma, score in info.names if gender == "masc" and score >= 0.1
    ]
    if not readings or not info.name_top:
        return None
    lemma = readings[0][1]
    cases = frozenset(case for case, lem in readings if lem == lemma)
    nominative = _like_written(lemma, word)
    return _Name(nominative, nominative, "masc", cases, 1)


_RUSSIAN_LETTERS = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ-")


def _other_alphabet(word: str) -> bool:
    """Whether ``word`` has a letter outside the Russian alphabet (Ukrainian ``і``, Kazakh ``ә``,
    an apostrophe, a Latin letter): pymorphy3's readings of it are guesses, no evidence of a name."""
    return not _RUSSIAN_LETTERS.issuperset(word)


@cache
def _gazetteer_forms() -> tuple[frozenset[str], frozenset[str]]:
    """One read of the gazetteer: the forms of the countries' names in every language and case
    (``Україна``, ``Польщі``, ``Қазақстан``, ``Polską``, ``United States``), and those with the
    capitals', cities' and metonyms' names (``New York``, ``Кремль``, ``Акорда``), normalized."""
    countries: set[str] = set()
    places: set[str] = set()
    for g in gazetteer_forms():
        if g.form_kind in {"name", "alias", "name_en", "name_intl"}:
            places.add(g.form)
            if g.entity_type == "country":
                countries.add(g.form)
        elif g.form_kind in {"capital", "capital_intl", "city", "metonym"}:
            places.add(g.form)
    return frozenset(countries), frozenset(places)


def _country_forms() -> frozenset[str]:
    """The forms of the countries' names in every language and case of the gazetteer."""
    return _gazetteer_forms()[0]


@lru_cache(maxsize=1 << 14)
def _place_in_any_language(word: str) -> bool:
    """Whether ``word`` is a form of a country's, a capital's or a city's name in a language and
    case of the gazetteer (``Сараева``, ``Грозного``, ``Вашингтона``)."""
    return normalize_form(word) in _gazetteer_forms()[1]


@lru_cache(maxsize=1 << 14)
def _country_in_any_language(word: str) -> bool:
    """Whether ``word`` is a form of a country's name in a language of the gazetteer."""
    return normalize_form(word) in _country_forms()


def _loose_name_ok(word: str) -> bool:
    """May ``word`` be part of a name pymorphy3 does not know (``Ван Юй``, ``Чэнь Цзиньлун``)?
    Never a country's name in any language (``Польщі``)."""
    if (len(word) > 1 and word.isupper()) or _country_in_any_language(word):
        return False
    low = word.lower()
    if low in _PARTICLES:
        return True  # a particle written with a capital inside a name: "Алессандро Дель Пьеро"
    info = _info(low)
    if info.role is not None:
        return False
    if len(word) <= 3:
        return True
    if not info.known and _guessed_adjective(low):
        return False  # "Семидесятипятилетний Кастро": an age, not a first name
    return not info.geox_top and (not info.known or bool(info.names) or info.has_surn or info.patr)


# Endings of a full adjective: a compound the dictionary does not know ends so ("-летний").
_ADJECTIVE_ENDING_RE = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ую|юю|ых|их)$")


def _guessed_adjective(low: str) -> bool:
    """Whether ``low``, a word of eight letters or more the dictionary does not know, is read
    only as a full adjective or participle with an adjective's ending: a compound such as
    ``семидесятипятилетний``, ``шестидесятивосьмилетняя`` (an age), never a foreign name."""
    return (
        len(low) >= 8
        and _ADJECTIVE_ENDING_RE.search(low) is not None
        and all(tag_facts(p.tag).pos in ("ADJF", "PRTF") for p in _parses(low))
    )


def _surname_stem(surname: str) -> str:
    """What a declined form of ``surname`` starts with: all but its last two letters (one for a
    four-letter surname, none for a shorter one); a bare mention is this stem and lowercase letters."""
    keep = len(surname) - 2 if len(surname) >= 5 else len(surname) - 1 if len(surname) >= 4 else len(surname)
    return surname[:keep]


_LOWER_RUN_RE = re.compile(f"(?:{_LOWER_RUN})?")


@lru_cache(maxsize=1 << 14)
def _bare_cases(word: str, surname: str, gender: str) -> frozenset[str]:
    """Cases in which ``word`` is a regular form of ``surname``."""
    return frozenset(c for c in _CASES if _surname_nominative(word, c, gender) == (surname, 1.0))


# The Arabic article written capitalized as a word of its own before a family name ("Аль Сауд",
# "Эль Сиси"): no syllable of an East-Asian name.
_ARABIC_ARTICLES = frozenset({"Аль", "Эль"})
# an Arabic family name's article glued to it ("аль-Джабер", "ас-Сиси", "эль-Сиси"): after it, a
# word that is also a title is a first name ("Султан аль-Джабер"), the title noun having no name so
# written after it
_ARABIC_FAMILY_PREFIX_RE = re.compile(r"(?:аль|ал|ас|аш|ат|ад|ан|ар|аз|эль|эш|эс)-[А-ЯЁ]")

_PARTICLES = frozenset(
    {
        "да",
        "де",
        "дос",
        "дас",
        "душ",  # Portuguese "dos", "das" as Portugal says them ("Мария душ Сантуш")
        "даш",
        "дус",
        "ду",
        "дель",
        "ди",
        "фон",
        "ван",
        "дер",
        "ибн",
        "бин",
        "бинт",
        "бен",
        "ле",
        "ла",
        # Turkic patronymics: the father's name before them ("Ильхам Гейдар оглы Алиев")
        "оглы",
        "оглу",
        "кызы",
        "гызы",
        "улы",
        "уулу",
    }
)
_NUMERAL_RE = re.compile(r"[ \u00a0]+(?:[IVX]{1,5})(?![A-Za-z0-9])")
# (the capital comes first and the look-behind after it, so that the regex engine skips quickly to
# the next capital)
_SINGLE_RE = re.compile(
    _possessive_runs(
        rf"(?:(?<![{_LETTERS}\-.])[ОД]['’](?=[{_UPPER}]))?"  # "О’Мэлли", "Д'Алема"
        rf"[{_UPPER}](?<![{_LETTERS}\-.][{_UPPER}])(?<![ОД]['’][{_UPPER}])(?<![{_LOWER}][{_APOSTROPHES}][{_UPPER}])[{_LOWER}]{_LOWER_RUN}(?:-[{_UPPER}]{_LOWER_RUN}|-(?:младш|старш){_LOWER_RUN})?"
        rf"(?![{_LETTERS}\-])"
    )
)
# Surnames alone: not -ский, which place adjectives share ("Могилевской").
_SINGLE_SHAPE_RE = re.compile(rf"{SLAVIC_SURNAME_SUFFIX}(?:а|у|ым|е|ой|ою)?$|(?:енко|швили|дзе|янц)$")
_NOMINATIVE_SHAPE_RE = re.compile(rf"{SLAVIC_SURNAME_SUFFIX}а?$|(?:енко|швили|дзе|янц)$")
# A surname's shape in any case (``_SURNAME_SHAPE_RE``), Ukrainian and Belarusian endings (``-ко``,
# ``-ич``, ``-як``) or a Kazakh patronymic surname (``Әбішұлы``, ``Сәрсенқызы``): what a word of
# another alphabet after a first name the dictionary only guesses needs to be a name.
_OTHER_ALPHABET_SURNAME_RE = re.compile(r"(?:ко|ич|як|ұлы|улы|қызы|кызы)$")
_SURNAME_SHAPE_RE = re.compile(
    rf"{SLAVIC_SURNAME_SUFFIX}(?:а|у|ым|е|ой|ою)?$|(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую)$|(?:енко|швили|дзе|ян|янц|ук|юк)$"
)


# A name in Latin script: a first name of the list and a surname (maybe after a particle), not
# followed by another Latin word or a digit ("Larry Dunn Live" is a show, "Kate Moreno Handbags" a
# brand), nor opened by a bracket (an alias of the name before it: "Тодд Мэлори (Todd Mallory)").
# A run of Latin words before the name must follow a word in Cyrillic ("компании Tesla Elon
# Brandt"): else the name ends a longer Latin name or title ("San Jose Rockets", "(International
# Lutheran University)").
_LATIN_RUN_BEFORE_RE = re.compile(
    rf"(?:[{_LATIN_UPPER}{_LATIN_LOWER}][{_LATIN_UPPER}{_LATIN_LOWER}’'\-.&]*[ \u00a0]+)+$"
)
_LATIN_WORD = rf"[{_LATIN_UPPER}][{_LATIN_LOWER}]+(?:-[{_LATIN_UPPER}][{_LATIN_LOWER}]+)?"
_LATIN_NAME_RE = re.compile(
    rf"(?<![{_LATIN}\-.(\[])(?<!\([ \u00a0])(?P<first>[{_LATIN_UPPER}][{_LATIN_LOWER}]+)"
    rf"[ \u00a0]+(?:(?:de|da|van|von|der|del|di|la|le|bin|al)[ \u00a0]+)?{_LATIN_WORD}"
    rf"(?![ \u00a0]*[{_LATIN}0-9&])(?!-)"
)
_LATIN_CAP_RE = re.compile(  # the capital first: quick to skip to
    rf"[{_LATIN_UPPER}](?<![{_LATIN_UPPER}{_LATIN_LOWER}][{_LATIN_UPPER}])[{_LATIN_LOWER}]+"
)


_LATIN_UPPER_RE = re.compile(f"[{_LATIN_UPPER}]")


@lru_cache(maxsize=8)
def _latin_capitals(text: str) -> tuple[int, ...]:
    """Where the capital letters in Latin script of ``text`` are (none in most Russian texts):
    each name in Latin script starts at one, so its patterns are tried only there
    (``_latin_matches``), the text read once for all of them."""
    return tuple(m.start() for m in _LATIN_UPPER_RE.finditer(text))


def _latin_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match starts at a capital letter in
    Latin script: the pattern is tried at those capitals only (after the end of the last match,
    as ``finditer`` does), its look-behinds still seeing the text before."""
    end = 0
    for at in _latin_capitals(text):
        if at < end:
            continue
        m = pattern.match(text, at)
        if m is not None:
            yield m
            end = m.end()


def _latin_names(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of the names in Latin script of ``text`` whose first word is a
    first name of ``LATIN_FIRST_NAMES``; the name stays as written."""
    found: list[tuple[int, int, str]] = []
    end = 0
    for w in _latin_matches(_LATIN_CAP_RE, text):
        if w.start() < end or w.group() not in LATIN_FIRST_NAMES:
            continue
        m = _LATIN_NAME_RE.match(text, w.start())
        if m is not None and not _in_latin_run(text, m.start()):
            found.append((m.start(), m.end(), " ".join(m.group().split())))
            end = m.end()
    return found


def _in_latin_run(text: str, start: int) -> bool:
    """Whether Latin words stand right before ``start`` and no word in Cyrillic before them."""
    run = _LATIN_RUN_BEFORE_RE.search(text, max(0, start - 80), start)
    if run is None:
        return False
    before = text[max(0, run.start() - 2) : run.start()]
    return not (before[-1:] in " \u00a0" and before[:1].isalpha() and not before[:1].isascii())


# Names in Latin script in English or Polish text, by a cue: a title or role word before them
# ("President Joe Smith", "Secretary of State Ann Lee", "minister spraw zagranicznych Jan Nowak",
# "Pan Adam Wrona"), a verb of speech before or after them ("said Joe Smith", "Jan Nowak
# powiedział", "– poinformował Jan Nowak"). Two or three capitalized words (particles between
# allowed), none a title, a country, a city, a month or a word of an organisation's name, as
# written. Polish names in an oblique case (``z ministrem Janem Kowalskim``, ``Anną Nowak``) are
# left out: their nominative cannot be told safely.
_LATIN_CUE_TITLES = frozenset(
    [
        "president",
        "vice-president",
        "premier",
        "prime",
        "minister",
        "secretary",
        "chancellor",
        "ambassador",
        "envoy",
        "governor",
        "senator",
        "congressman",
        "congresswoman",
        "mayor",
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "pope",
        "general",
        "admiral",
        "commissioner",
        "chairman",
        "chairwoman",
        "chairperson",
        "director",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "representative",
        "ceo",
        "lawmaker",
        "mp",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "dame",
        "professor",
        "prof",
        "coach",
        "counterpart",
        "prezydent",
        "wiceprezydent",
        "wicepremier",
        "wiceminister",
        "ambasador",
        "rzecznik",
        "rzeczniczka",
        "prezes",
        "szef",
        "szefowa",
        "kanclerz",
        "marszałek",
        "sekretarz",
        "przewodniczący",
        "przewodnicząca",
        "dyrektor",
        "dyrektorka",
        "burmistrz",
        "poseł",
        "posłanka",
        "senatorka",
        "wojewoda",
        "pan",
        "król",
        "królowa",
        "papież",
        "generał",
        "odpowiednik",
        "odpowiedniczka",
        "leader",
        "ayatollah",
        "emir",
        "sheikh",
        "sheikha",
        "shaikh",
        "sultan",
        "patriarch",
        "commander",
        # people of no state's post, whose word may open a sentence before the name ("Analyst
        # Tatiana Stanovaya said")
        "analyst",
        "economist",
        "expert",
        "researcher",
        "journalist",
        "correspondent",
        "reporter",
        "editor",
        "columnist",
        "fellow",
        "scholar",
        "historian",
        "lawyer",
        "activist",
    ]
)
# Capitalized words of a title's complement or of an organisation's or place's name: no name part.
_LATIN_NOT_NAME_WORDS = _LATIN_CUE_TITLES | frozenset(
    [
        "supreme",  # "Supreme Leader", "Crown Prince"
        "crown",
        "of",
        "for",
        "the",
        "and",
        "state",
        "foreign",
        "affairs",
        "defense",
        "defence",
        "finance",
        "trade",
        "interior",
        "economy",
        "commerce",
        "treasury",
        "health",
        "justice",
        "energy",
        "agriculture",
        "education",
        "home",
        "security",
        "development",
        "house",
        "white",
        "senate",
        "congress",
        "parliament",
        "ministry",
        "department",
        "office",
        "government",
        "commission",
        "council",
        "union",
        "european",
        "national",
        "united",
        "states",
        "kingdom",
        "nations",
        "republic",
        "federal",
        "central",
        "bank",
        "fund",
        "party",
        "news",
        "agency",
        "press",
        "times",
        "post",
        "group",
        "company",
        "corp",
        "inc",
        "ltd",
        "university",
        "college",
        "minister",
        "deputy",
        "vice",
        "chief",
        "executive",
        "officer",
        "north",
        "south",
        "east",
        "west",
        "new",
        "city",
        "county",
        "province",
        "region",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "styczeń",
        "luty",
        "marzec",
        "kwiecień",
        "maj",
        "czerwiec",
        "lipiec",
        "sierpień",
        "wrzesień",
        "październik",
        "listopad",
        "grudzień",
        "spraw",
        "zagranicznych",
        "rządu",
        "sejm",
        "senat",
    ]
)
# and the weekdays of English and Polish, of flows/text/vocab.py
_LATIN_NOT_NAME_WORDS |= frozenset(w for w in WEEKDAYS if re.fullmatch(f"[{_LATIN_LOWER}]+", w))
_LATIN_SPEECH = (
    r"said|says|told|added|noted|stressed|wrote|announced|stated|explained|warned|confirmed|replied"
    r"|powiedział|poinformował|oświadczył|stwierdził|dodał|podkreślił|zaznaczył|przekazał"
    r"|zapowiedział|napisał|ocenił|przyznał"
)
_LATIN_SPEECH_AFTER_RE = re.compile(
    rf"[ \u00a0]*,?[ \u00a0]+(?:{_LATIN_SPEECH})(?:a)?(?![{_LETTERS}])|[ \u00a0]+(?:mówi|uważa)(?![{_LETTERS}])"
)
_LATIN_SPEECH_BEFORE_RE = re.compile(rf"(?<![{_LETTERS}])(?:{_LATIN_SPEECH})(?:a)?[ \u00a0]+$")
_LATIN_PARTICLES = "von|van|der|den|de|da|di|du|la|le|bin|ibn|al|el|dos|das|del|ter"
# An Arabic article joined to a name ("al-Sisi", "el-Sisi", "ash-Sharaa").
_LATIN_JOINED_PARTICLES = "al|el|ad|an|ar|as|ash|at|az"
# A name's word: capitalized, maybe hyphened to another capitalized word or to a Korean syllable
# ("Jae-myung", "Suk-yeol"), or after a joined article ("al-Sisi").
# The hyphened tail of a Latin name part: another capitalized part (Jean-Luc) or a Korean name's
# lower-case syllable (Jae-myung)
_LATIN_HYPHEN_TAIL = rf"(?:-[{_LATIN_UPPER}][{_LATIN_LOWER}]+|-[{_LATIN_LOWER}]{{2,}})?"
_LATIN_NAME_PART = (
    rf"(?:(?:{_LATIN_JOINED_PARTICLES})-)?(?:Mc|O['’])?[{_LATIN_UPPER}][{_LATIN_LOWER}]+{_LATIN_HYPHEN_TAIL}"
)
# A run of capitalized Latin words, with particles between them; not inside a longer word.
_LATIN_CAP_RUN_RE = re.compile(  # the capital first: quick to skip to
    rf"[{_LATIN_UPPER}](?<![{_LETTERS}\-'’.][{_LATIN_UPPER}])(?:c[{_LATIN_UPPER}]|['’][{_LATIN_UPPER}])?"
    rf"[{_LATIN_LOWER}]+{_LATIN_HYPHEN_TAIL}"
    rf"(?:[ \u00a0]+(?:(?:{_LATIN_PARTICLES})[ \u00a0]+)*{_LATIN_NAME_PART})*(?![{_LETTERS}\-]|\.[{_LETTERS}])"
)
_LATIN_RUN_WORD_RE = re.compile(rf"(?:{_LATIN_PARTICLES})(?=[ \u00a0])|{_LATIN_NAME_PART}")
# Words before a name, back to a punctuation mark: where a title is looked for.
_LATIN_CLAUSE_BEFORE_RE = re.compile(rf"[{_LETTERS}.'’\- \u00a0]*$")
# A preposition between a title and the name: the name is no title's ("visited by ... in X").
_LATIN_BREAK_WORDS = (
    frozenset(
        [
            "in",
            "on",
            "at",
            "to",
            "from",
            "into",
            "by",
            "with",
            "than",
            "as",
            "that",
            "which",
            "who",
        ]
    )
    | POLISH_PREPOSITIONS
)
# Endings of Polish names in an oblique case: "Anną", "Annę", "Kowalskiego", "Kowalskim", "Janem";
# and of the genitive plural of Polish nouns and adjectives, which no name has ("Stanów
# Zjednoczonych").
_POLISH_OBLIQUE_RE = re.compile(r"(?:[ąę]|(?:sk|ck|dzk)(?:iego|im|iemu|ą)|owi|ych|ich|ów)$")


def _latin_cued_names(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of names in Latin script of ``text`` written with a cue of a person:
    a title or role word before them (``President Joe Smith``, ``Secretary of State Ann Lee``,
    ``minister spraw zagranicznych Jan Nowak``) or a verb of speech before or after them (``said
    Joe Smith``, ``Jan Nowak powiedział``); two or three capitalized words as written. Runs of
    capitalized words are cut at title, place, date and organisation words (``Prime Minister``,
    ``United States``, ``New York``); a part of a run followed by such a word in the same run is
    an organisation's or a place's name (``Joe Smith Foundation``) and skipped."""
    found: list[tuple[int, int, str]] = []
    for run in _latin_matches(_LATIN_CAP_RUN_RE, text):
        words = [
            (m.start(), m.end(), m.group()) for m in _LATIN_RUN_WORD_RE.finditer(text, run.start(), run.end())
        ]
        if len(words) < 2:
            continue  # one word ("Tesla"): no name of two words, and no title before it in its run
        stop = [_latin_not_name(words, i) for i in range(len(words))]
        i = 0
        while i < len(words):
            if stop[i]:
                i += 1
                continue
            j = i
            while j < len(words) and not stop[j]:
                j += 1
            stripped = False
            while (
                j - i > 2
                and words[i][2].lower() in EN_PORTFOLIOS
                and (
                    stripped
                    or _PORTFOLIO_JOINER_BEFORE_RE.search(text, max(0, words[i][0] - 8), words[i][0])
                    is not None
                )
            ):
                # the last words of a portfolio ("Minister for Trade and Integration X Y", "Secretary
                # for Health and Human Services X Y"): no name's
                i, stripped = i + 1, True
            segment = words[i:j]
            if j == len(words):  # a segment followed by a title or place word in its run: no name
                name = _latin_cued_segment(text, words, i, segment)
                if name is not None:
                    found.append(name)
            i = j
    return found


# A joiner of a role's portfolio words right before a word: "for Trade and Integration", "of Culture
# & Sport"
_PORTFOLIO_JOINER_BEFORE_RE = re.compile(r"(?<![\w])(?:and|&|for|of)[ \u00a0]+\Z")


_REGNAL_NUMBER_RE = re.compile(r"[ \u00a0]+(?=[IVX])(?:X{0,3}(?:IX|IV|V?I{0,3}))(?![\w])")


@cache
def _latin_place_first_names() -> frozenset[str]:
    """Country and capital names in Latin script that are also first names (``Jordan``, ``Chad``,
    ``Paris``, ``Georgia``): the ``given_name`` cues of ``ref_relation_cues.csv`` the gazetteer
    writes, which the country detection reads too."""
    with _GAZETTEER.with_name("ref_relation_cues.csv").open(encoding="utf-8") as f:
        return frozenset(
            row["cue"]
            for row in csv.DictReader(f)
            if row["cue_kind"] == "given_name" and row["cue"].isascii() and row["cue"].isalpha()
        )


def _latin_not_name(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the ``i``-th word of a run is no name part: a title, place, date or organisation
    word, a country's or city's name alone or with its neighbour (``New York``); a country's name
    that is also a first name before a capitalized word that is none of those is a first name
    (``Jordan Bardella``, ``Chad Bown``: whether a person, a cue of one decides)."""
    word = words[i][2]
    low = word.lower()
    if (
        low in _latin_place_first_names()
        and i + 1 < len(words)
        and words[i + 1][2][:1].isupper()
        and words[i + 1][2].lower() not in _LATIN_NOT_NAME_WORDS
        and words[i + 1][2].lower() not in _LATIN_ORGANISATION_WORDS
        and not _latin_place(words[i + 1][2])
        and not _latin_place(f"{word} {words[i + 1][2]}")
    ):
        return False
    if (
        _latin_place(word)
        and i > 0
        and words[i - 1][2] in LATIN_FIRST_NAMES
        and not _latin_place(words[i - 1][2])
        and words[i - 1][1] + 1 == words[i][0]
        and (i + 1 == len(words) or not words[i + 1][2][:1].isupper())
        and not _latin_place(f"{words[i - 1][2]} {word}")
    ):
        # a country's or city's name right after a first name, ending the run: a surname
        # ("Prime Minister Luís Montenegro", "Ana Brasil"); a cue of a person decides, as always
        return False
    if (
        low in _LATIN_NOT_NAME_WORDS
        or low in _LATIN_ORGANISATION_WORDS
        or _latin_place(word)
        or ("-" in low and all(part in _LATIN_NOT_NAME_WORDS for part in low.split("-")))  # Secretary-General
    ):
        return True
    pairs = [words[k : k + 2] for k in (i - 1, i) if k >= 0 and k + 1 < len(words)]
    return any(_latin_place(f"{a[2]} {b[2]}") for a, b in pairs)


@lru_cache(maxsize=1 << 14)
def _latin_place(words: str) -> bool:
    """Whether ``words``, as written, are a country's, capital's or city's name of the gazetteer."""
    return normalize_form(words) in _latin_place_forms()


def _latin_place_forms() -> frozenset[str]:
    """Countries', capitals' and cities' names in every language of the gazetteer, normalized."""
    return _gazetteer_forms()[1]


def _latin_cued_segment(
    text: str, words: list[tuple[int, int, str]], i: int, segment: list[tuple[int, int, str]]
) -> tuple[int, int, str] | None:
    """The name of ``segment`` (words ``i``... of a run of ``words``) when a cue of a person goes
    with it, else None."""
    names = [w for w in segment if w[2][:1].isupper() or _LATIN_JOINED_RE.match(w[2])]
    particles = len(names) < len(segment)
    if (
        len(segment) == 1
        and i > 0
        and words[i - 1][2].lower() in _LATIN_CUE_TITLES
        and words[i - 1][2][:1].isupper()
        and english_text(text)
    ):
        # "President Tokayev", "Chancellor Scholz", "King Charles": a title's name of one word,
        # with its regnal number ("King Charles III", "Pope Leo XIV")
        end = segment[0][1]
        if (numeral := _REGNAL_NUMBER_RE.match(text, end)) is not None:
            end = numeral.end()
        return segment[0][0], end, text[segment[0][0] : end]
    if not 2 <= len(names) <= (5 if particles else 4) or segment[-1] not in names:
        return None  # a longer name holds a particle: "Luiz Inacio Lula da Silva"
    if (any(_POLISH_OBLIQUE_RE.search(w) for _, _, w in names) or names[0][2].endswith("em")) and polish_text(
        text
    ):
        return None  # a Polish name in an oblique case: its nominative is not safely known
    start, end = segment[0][0], segment[-1][1]
    cue = _LATIN_SPEECH_AFTER_RE.match(text, end) is not None or (
        _LATIN_SPEECH_BEFORE_RE.search(text, max(0, start - 30), start) is not None
    )
    title_in_run = i > 0 and words[i - 1][2].lower() in _LATIN_CUE_TITLES
    # an Arabic particle written capitalized inside the name ("Suhail Mohamed Al Mazrouei")
    particles = particles or any(w[2] in _LATIN_CAPITALIZED_PARTICLES for w in names[1:-1])
    if len(names) == 4 and not particles and not title_in_run:
        return None  # four names in a row: only after a title ("President Andres Manuel Lopez Obrador")
    if not cue:
        # before the run, or before the name when only places precede it in the run (the post's:
        # "Ambasador Ukrainy w Polsce Wasyl Zwarycz")
        places_before = i > 0 and all(_latin_place(w[2]) for w in words[:i])
        cue = title_in_run or _latin_title_before(text, words[0][0] if i > 0 and not places_before else start)
    if not cue:
        # a first name of the list opening two words ("Vladimir Putin met ..."): a name without a
        # cue, as one in Cyrillic is
        cue = (
            names[0] == segment[0]
            and not _latin_place(names[0][2])  # "Jordan Valley", "Paris Agreement": a cue needed
            and (
                (len(names) == 2 and names[0][2] in LATIN_FIRST_NAMES)
                or names[0][2] in LATIN_EAST_ASIAN_SURNAMES  # "Xi Jinping", "Kim Jong Un"
            )
            and english_text(text)
        )
    if not cue:
        # a role set off by a comma after two or three names ("Bernhard Kluttig, a state secretary
        # in the German economy ministry,"): a person's name, whatever the first name
        cue = (
            2 <= len(names) <= (4 if particles else 3)
            and names[0] == segment[0]
            and not any(_latin_place(w[2]) for w in names)
            and english_text(text)
            and latin_role_after(text, end) is not None
        )
    if not cue:
        # a country's name that is also a first name opening two words whose second the text
        # writes again alone ("Israel Adesanya will face ... Adesanya won"): a surname, the two a
        # person ("Jordan Valley ... the valley": no cue)
        cue = (
            len(names) == 2
            and names[0] == segment[0]
            and names[0][2].lower() in _latin_place_first_names()
            and english_text(text)
            and _written_alone(text, names[1][2], names[1][0])
        )
    if not cue:
        return None
    if (
        len(names) == 3
        and not title_in_run
        and names[0][2] not in LATIN_FIRST_NAMES
        and names[0][2] not in LATIN_EAST_ASIAN_SURNAMES
        and segment[1]
        in names  # a particle after the first word makes it a name's: "Khalid bin Ahmed Al-Thani"
        and not english_text(text)  # English puts a title's complement before it: "Kremlin spokesman X Y Z"
    ):
        return None  # "rzecznik Kremla X Y": the first word may be a complement, not a name
    return start, end, text[start:end]


# Particles of Arabic names written capitalized inside a name
_LATIN_CAPITALIZED_PARTICLES = frozenset({"Al", "El", "Bin", "Ibn", "Abu", "Bint", "Ould"})


def _written_alone(text: str, word: str, skip: int) -> bool:
    """Whether ``word`` stands in ``text`` elsewhere than at ``skip``, capitalized, alone as a
    surname does: not right after another capitalized word or a determiner (``the``, ``its``), and
    not before another capitalized word (``Adesanya won``; not ``the Valley``, ``Valley Road``)."""
    for m in re.finditer(rf"(?<![{_LETTERS}'’-]){re.escape(word)}(?![{_LETTERS}'’-])", text):
        if m.start() == skip:
            continue
        before = text[max(0, m.start() - 30) : m.start()].split()
        after = text[m.end() : m.end() + 30].split()
        if before and (
            (before[-1][:1].isupper() and before[-1][-1:].isalpha())
            or before[-1].lower() in ENGLISH_DETERMINERS
        ):
            continue
        if after and after[0][:1].isupper():
            continue
        return True
    return False


_LATIN_JOINED_RE = re.compile(rf"(?:{_LATIN_JOINED_PARTICLES})-[{_LATIN_UPPER}]")


def _latin_title_before(text: str, start: int) -> bool:
    """Whether a title or role word stands before ``start`` in its clause, with at most three
    words of its complement between (``Secretary of State``, ``minister spraw zagranicznych``)."""
    clause = _LATIN_CLAUSE_BEFORE_RE.search(text, max(0, start - 80), start)
    if clause is None:
        return False
    before = clause.group().split()[-8:]
    k = len(before) - 1
    seen = 0
    while k >= 0 and seen < 4:
        word = before[k]
        low = word.lower().rstrip(".")
        if low in _LATIN_CUE_TITLES:
            return True
        if k > 0 and before[k - 1].lower() in _LATIN_POST_PLACE_PREPOSITIONS and _latin_place(word):
            k -= 2  # the place of the post: "Ambassador of Ukraine to Poland", "Ambasador Ukrainy w Polsce"
            continue
        if low in _LATIN_BREAK_WORDS or (
            seen > 0 and word[:1].isupper() and low not in _LATIN_NOT_NAME_WORDS
        ):
            return False
        k -= 1
        seen += 1
    return False


# Prepositions of the place a post is held in, before that place's name after a role.
_LATIN_POST_PLACE_PREPOSITIONS = frozenset({"to", "in", "at", "w", "we", "na", "przy"})


# A name in Latin script of one or two words, all caps or mixed case allowed ("Zed K", "DJ Morrow",
# "BrickTok", "Zed-K"), not followed by another Latin word, a digit or an apostrophe ("Morgan’s
# Garden"), not preceded by a Latin word.
_LATIN_LOOSE_RE = re.compile(
    r"[A-Z](?<![A-Za-z0-9\-.&][A-Z])[A-Za-z]*(?:-[A-Z][A-Za-z]*)?"
    r"(?:[ \u00a0]+[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)?)?"
    r"(?![ \u00a0]*[A-Za-z0-9&'’])(?![-.][A-Za-z])"
)
# Role nouns after which a name in Latin script is a stage name or nickname: occupations that take
# no organisation after them (``рэпера Zed K``, not ``участница Velvet Girls``, ``журналист Time``).
_LATIN_NAME_HEADS = frozenset(
    _words(
        "рэпер певец певица исполнитель исполнительница блогер блогерша видеоблогер диджей композитор"
        " актёр актер актриса артист артистка музыкант стример ютубер комик"
    )
)
# Words of the names of media, firms, clubs and bands: a Latin run with one of them is no person's.
_LATIN_ORGANISATION_WORDS = frozenset(
    _words(
        "news times post journal media group inc corp ltd llc tv radio club fc united city team records"
        " music studio studios pictures magazine daily press network channel today weekly herald tribune"
        " street bank company sport sports games entertainment productions online digital real band"
        " show live festival awards agency foundation university school college"
        " palace house office ministry council commission parliament senate court committee party"
        " department bureau"
        " tower hotel building square avenue bridge airport stadium arena center centre hall park"
        " museum theatre theater hospital station plaza road highway port"
        " police army navy forces airways airlines railways"
        " valley river lake sea gulf basin gate mountains desert coast island islands"
        # think tanks and other bodies: "Brookings Institution", "Carnegie Endowment"
        " institution institute endowment fund forum association society service alliance initiative"
        " academy"
    )
)


# The word right before a position, hyphenated parts included ("Композитор-неоклассик Quiet Hand").
_HYPHENED_WORD_BEFORE_RE = re.compile(
    rf"(?<![{_LETTERS}\-])([{_LETTERS}]+(?:-[{_LETTERS}]+)*)[ \u00a0]+(?:[—–-][ \u00a0]+)?$"
)


def _latin_name_head(word: str) -> bool:
    """Whether ``word``, or the first part of it when hyphenated (``композитор-неоклассик``), is
    a role noun of ``_LATIN_NAME_HEADS``."""
    for part in dict.fromkeys((word, word.split("-", 1)[0])):
        if _info(part.lower()).role in _LATIN_NAME_HEADS:
            return True
    return False


def _latin_after_role(
    text: str, role_before: Callable[[int, frozenset[str] | None], object]
) -> list[tuple[int, int, str, object]]:
    """``(start, end, name, role)`` of the names in Latin script of one or two words written right
    after a performer's or blogger's role noun of ``_LATIN_NAME_HEADS`` with no complement
    (``рэпера Zed K``, ``музыканта DJ Morrow``, ``певице Jaleesa``): as written. After other roles
    a Latin word is an organisation (``главы Apple``, ``журналист Time``) and is left alone, as
    are runs with a word of a firm's or a band's name (``News``, ``Records``)."""
    found: list[tuple[int, int, str, object]] = []
    for m in _latin_matches(_LATIN_LOOSE_RE, text):
        start = m.start()
        head = _search_word_before(_HYPHENED_WORD_BEFORE_RE, text, start, 40)
        if head is None or not _latin_name_head(head.group(1)):
            continue  # the role noun must stand right before the name
        role = role_before(start, None)
        if (
            role is None
            or not _latin_name_head(role.text.rsplit(" ", 1)[-1])  # type: ignore[attr-defined]
            or role.weight != 0  # type: ignore[attr-defined]
            or role.plural  # type: ignore[attr-defined]
            or text[role.end : start].strip(" \u00a0")  # type: ignore[attr-defined]
        ):
            continue
        words = m.group().split()
        if any(w.lower() in _LATIN_ORGANISATION_WORDS for w in words) or (
            len(words) == 1 and words[0].isupper() and len(words[0]) > 3
        ):
            continue  # "музыкант Radiohead Live", "актёр NETFLIX"
        found.append((start, m.end(), " ".join(words), role))
    return found


def _name_part_ok(word: str, after_first_name: bool = False) -> bool:
    """May ``word``, capitalized right after a first name and surname, continue the name
    (``Жуан Карлус Кошта``)? Place names, role words and all-caps words may not; but right after
    a second first name (``after_first_name``, which the caller sets only after a role: "Министр
    ... Хосе Мануэль Рохас", not "Для Хосе Антонио Каталония стала") a word the dictionary reads
    as a place is the surname when the gazetteer names no country, capital or city so (``Хосе
    Мануэль Рохас``, ``Мария Фернанда Кордова``; not ``... Мадрид``)."""
    if len(word) < 2 or word.isupper():
        return False
    info = _info(word.lower())
    if info.role is not None:
        return False
    if info.geox_top:
        return after_first_name and not _place_in_any_language(word)
    return not info.known or info.has_surn or bool(info.names)


def _parts(text: str, words: list[tuple[int, int, str]]) -> tuple[str, ...]:
    """The words of a name with the particles written between them (``да``, ``фон``)."""
    parts = [words[0][2]]
    for (_, end, _w), (start, _, word) in pairwise(words):
        m = _PARTICLE_GAP_RE.fullmatch(text, end, start)
        if m is not None:
            parts.extend(m.group(1).split())
        parts.append(word)
    return tuple(parts)


def _open_ended(word: str) -> bool:
    """May a name whose last part so far is ``word`` go on (``Жуан Карлус`` -> ``Жуан Карлус
    Силва``)? Not when ``word`` is a surname the dictionary knows or is shaped like one."""
    info = _info(word.lower())
    if info.name_top and not info.surns:
        return True  # a second first name: "Хуан Себастьян Ортуньо"
    return not info.surns and not _SURNAME_SHAPE_RE.search(word.lower())


def _surname_then_last(middle: str, last: str, res: _Name | None = None) -> bool:
    """May ``last``, the final capitalized word of a run after a first name and a known surname
    ``middle``, be the real surname, ``middle`` a second given name or a maiden name (``Мэйбл
    Горвиц Уинслоу``, ``Лоис Дэвис Уитмор``, ``Грета Штайнер Колби``)? ``middle`` is not
    shaped like a Slavic surname (``-ов``, ``-ин`` ...: ``Анна Келлер Громов`` are two
    people), ``last`` is no first name, unknown to the dictionary or a surname it knows not so
    shaped (``Громов``), and a name part as ``_name_part_ok`` reads it; with ``res`` (the name of
    the first two words), in one of its cases."""
    if _SURNAME_SHAPE_RE.search(middle.lower()) or "-" in middle:
        return False
    info = _info(last.lower())
    known_surname = info.has_surn and not _SURNAME_SHAPE_RE.search(last.lower())
    # a first name the dictionary only guesses is no first name: at the end of a run after a first
    # name and a surname, such a word is a second surname ("Бруно Родригес Паррилья")
    first_name = bool(info.names) and info.known
    if res is not None and not any(_surname_nominative(last, c, res.gender)[1] == 1.0 for c in res.cases):
        return False  # in no case of the name before it: "Виктора Шмидта Лойбнер" is two people
    return not first_name and (not info.known or known_surname) and _name_part_ok(last)


# What may follow the last word of a name: punctuation, the end of the text, or a lowercase word.
_NAME_END_RE = re.compile(rf"(?:[ \u00a0]*[.,;:!?)»”\"]|[ \u00a0]*$|[ \u00a0]+[{_LOWER}])")


def _common_last_part(text: str, end: int, word: str) -> bool:
    """May ``word``, a capitalized common noun ending a run of capitalized words after a first
    name and a surname (or a part no dictionary knows), be the last part of the name (``Мамаду
    Сангаре Тур``, ``Пётр Сидоров Дом``)? A noun the dictionary knows, no place, role,
    adjective, first name or all-caps word, with punctuation, a lowercase word or the end of the
    text right after it (``end``)."""
    if len(word) < 3 or word.isupper() or "-" in word:
        return False
    info = _info(word.lower())
    if (
        not info.known
        or info.top_pos != "NOUN"
        or info.role is not None
        or info.geox_top
        or info.names
        or info.patr
        or info.has_surn
    ):
        return False
    if _place_or_organisation_first(word.lower()):
        return False
    return _NAME_END_RE.match(text, end) is not None


def _place_or_organisation_first(low: str) -> bool:
    """Whether the dictionary reads ``low`` as a place or an organisation at least as likely as
    any common noun (``тура``: a town as likely as a noun), not a noun that is also, less
    likely, a place's name (``кара``)."""
    place = common = 0.0
    for p in _parses(low):
        if "Geox" in p.tag or "Orgn" in p.tag:
            place = max(place, p.score)
        elif p.tag.POS == "NOUN":
            common = max(common, p.score)
    return place >= 0.3 and place >= common


def _long_name(res: _Name, parts: tuple[str, ...]) -> _Name:
    """A name of three or more parts: the first name as analysed, each later part put in the
    nominative like a surname, in the case that fits all of them best."""
    first = res.name.split(" ", 1)[0]
    best: tuple[float, str, list[str]] | None = None

    def nominative(part: str, case: str) -> tuple[str, float]:
        if part.islower():
            return part, 1.0
        if _info(part.lower()).geox_top:  # a surname the dictionary reads as a place: "Медина"
            return _place_surname_nominative(part, case)
        return _surname_nominative(part, case, res.gender)

    for case in sorted(res.cases):
        normal = [nominative(p, case) for p in parts[1:]]
        fit = min(f for _, f in normal)
        if best is None or fit > best[0]:
            best = (fit, case, [w for w, _ in normal])
    assert best is not None
    fit, case, later = best
    if (
        fit < 0.5
        and parts[0][-1] in "оуюеэ"
        and all(c != "nomn" for c, _g, _l, _s in _info(parts[0].lower()).names)
        and all(nominative(p, "nomn") == (p, 1.0) and not _known_first_name(p) for p in parts[1:])
    ):
        # no case of the first name fits the later parts, the nominative fits them all: a foreign
        # first name ending in a vowel that does not decline, not a dative or locative; a name
        # that does not decline, in any case
        return _Name(" ".join(parts), parts[-1], res.gender, _ALL_CASES, len(parts))
    cases = frozenset(
        c for c in res.cases if [nominative(p, c) for p in parts[1:]] == [(w, fit) for w in later]
    )
    return _Name(" ".join([first, *later]), later[-1], res.gender, cases or res.cases, len(parts))


def _place_surname_nominative(word: str, case: str) -> tuple[str, float]:
    """The nominative of a surname the dictionary reads as a place's name (``Медина``, ``Рохас``,
    ``Толедо``), in ``case``: the place's lemma as written when a reading of the word has that
    case (fit 1.0), the word as written otherwise (fit 0.5). Not declined as a man's surname in
    ``-а`` would be (``Медина`` is no genitive of ``Медин``)."""
    for p in _parses(word.lower()):
        if "Geox" in p.tag and _case(p.tag) == case:
            return _like_written(p.normal_form, word), 1.0
    return word, 0.5


def _known_first_name(word: str) -> bool:
    """Whether the dictionary knows ``word`` and reads it as a first name."""
    info = _info(word.lower())
    return info.known and bool(info.names)


def _numeral_after(text: str, end: int, res: _Name | None) -> tuple[int, _Name | None]:
    """A regnal number written after a name (``Аделаида II``): the new end and name."""
    m = _NUMERAL_RE.match(text, end)
    if m is None:
        return end, res
    numeral = m.group().strip()
    if res is None:
        return m.end(), None
    return m.end(), _Name(f"{res.name} {numeral}", res.surname, res.gender, res.cases, res.n_words)


@lru_cache(maxsize=1 << 14)
def _consonant_stem_nominative(word: str) -> str:
    """The nominative of a man's first name in a consonant read in the genitive or accusative
    (``Гаррета`` -> ``Гаррет``, ``Мигеля`` -> ``Мигель``), or ``word`` when its ending is no such
    case's (a consonant, or a vowel before the ending)."""
    low = word.lower()
    if len(low) >= 4 and low.endswith("я") and low[-2] in "аеоу":
        return word[:-1] + "й"  # "Виная" -> "Винай"
    if len(low) < 4 or low[-2] in _VOWELS or low[-2] in "ьъй":
        return word
    if low.endswith("а"):
        return word[:-1]
    if low.endswith("я"):
        return word[:-1] + "ь"
    return word


# A first name in -а/-я (a man's too: Нарендра, Бола) declined as a noun, in the endings of the cases
# no nominative of a first name ends in: the genitive -ы, the instrumental -ой/-ей ("Нарендры",
# "Болой", "Джорджей" after a hushing consonant: -а; "Ваней": -я).
def _a_stem_first_name(
    word: str, case: str, *, unknown_only: bool = False, min_length: int = 5
) -> str | None:
    """The nominative in -а/-я of a first name the dictionary does not know, read in ``case``
    by the noun before it, when its ending is that case's in the -а declension and no
    nominative's (``Нарендры`` -> ``Нарендра``, ``Болой`` -> ``Бола``, ``Джорджей`` ->
    ``Джорджа``); None otherwise, and for a word the dictionary knows as a first name in the
    singular (its own forms read it); ``unknown_only``: None too for a word it knows as another
    word (``Госдумы``), when no role noun before the word makes it a name."""
    low = word.lower()
    if len(low) < min_length or any("Name" in p.tag and p.tag.number == "sing" for p in _parses(low)):
        return None  # a first name the dictionary knows reads by its own forms
    if unknown_only and not all("Name" in p.tag for p in _parses(low)) and _info(low).known:
        return None  # a common noun ("Госдумы", "Дружбы") with no role before it to make it a name
    if case == "gent" and low.endswith("ы") and low[-2] not in _VOWELS:
        return word[:-1] + "а"
    if case == "ablt" and low.endswith("ой") and low[-3] not in _VOWELS:
        return word[:-2] + "а"
    if case == "ablt" and low.endswith("ей") and low[-3] not in _VOWELS:
        return word[:-2] + ("а" if low[-3] in _HUSHING else "я")
    return None


def _first_part_in_case(word: str, case: str) -> str:
    """The nominative of the first part of a name no first-name reading explains, the name read
    in ``case`` by the role noun before it: declined back when its ending is one a male
    nominative seldom has and regularly that case's (``коллегой Хаканом Фиданом`` -> ``Хакан``),
    or when the dictionary knows it as that case of a masculine noun (``министра Хакана`` ->
    ``Хакан``); else as written (``министру Педру Паулу``, ``председателем Сигэру Ямадой``)."""
    if word.islower():
        return word
    if "-" in word:  # "Мохаммад-Резы": each part in the case
        return "-".join(_first_part_in_case(part, case) for part in word.split("-"))
    if _by_ending(word, "nomn", "masc")[1] < 1.0:
        form, fit = _by_ending(word, case, "masc")
        if fit == 1.0:
            return form
    if (a_stem := _a_stem_first_name(word, case)) is not None:
        return a_stem
    for p in _parses(word.lower()):
        tag = p.tag
        if tag.POS == "NOUN" and tag.case == case and tag.gender == "masc" and tag.number == "sing":
            if p.normal_form != word.lower() and not {"Fixd", "Name", "Surn", "Patr"} & tag.grammemes:
                return word[:1] + p.normal_form[1:]
            break
    return word


def _first_alone_declined(parts: Sequence[str], case: str, *, a_stem: bool) -> str | None:
    """The first part of a foreign name put back in the nominative from ``case`` (the case of the
    role noun before it) when its later capitalized parts all read as nominatives and the last does
    not decline in ``case``, so that none of them declines (a woman's surname in a consonant,
    ``Аной Брнабич``; an Arabic name's later parts, ``Бадром Абдель Ати``; not ``Сейду Кумба
    Туру``, whose last part declines): by ``_first_part_in_case`` (its ending one a nominative
    seldom has and regularly the case's: ``Бадр``), else, with ``a_stem``, as a first name in
    -а/-я of four letters or more (``Ана``); None when the first part stays as written."""
    later = [part for part in parts[1:] if not part.islower()]
    if not later or not all(_by_ending(part, "nomn", "masc")[1] == 1.0 for part in later):
        return None
    last, fit = _by_ending(later[-1], case, "masc")
    if fit == 1.0 and last != later[-1]:
        return None  # the last part declines in the case: read by it
    first = _first_part_in_case(parts[0], case)
    if first == parts[0] and a_stem:
        first = _a_stem_first_name(parts[0], case, min_length=4) or parts[0]
    return None if first == parts[0] else first


def _loose_nominative(
    parts: tuple[str, ...], hint: frozenset[str] | None = None
) -> tuple[list[str], frozenset[str] | None]:
    """A name no first-name reading explains, its later parts put in the nominative when every
    one of them fits one oblique case of a male surname regularly (``Драго Вуячичу`` -> ``Драго
    Вуячич``, ``Педру ду Рамушем Мелу`` -> ``Педру ду Рамуш Мелу``; syllables of three letters
    before the last part stay: ``Пак Чен Ына`` -> ``Пак Чен Ын``), with that case; else as
    written, any case. ``hint``: the cases of a role noun right before the name, tried first;
    with it the first part declines too when its ending is one a male nominative seldom has
    (``_first_part_in_case``). Particles and, otherwise, the first part stay as written."""
    later = [k for k in range(1, len(parts)) if not parts[k].islower()]
    if hint is not None and "nomn" not in hint and later:
        # the case of the role noun before the name: "председателем Сигэру Ямадой"
        for case in _CASES[1:]:
            if case not in hint:
                continue
            forms = [
                (parts[k], 1.0)
                if k != later[-1] and _middle_syllable(parts[k])
                else _by_ending(parts[k], case, "masc")
                for k in later
            ]
            if all(fit >= 0.5 for _, fit in forms):
                out = list(parts)
                for (form, _), k in zip(forms, later, strict=True):
                    out[k] = form
                out[0] = (
                    later == [len(parts) - 1] and _first_before_russian_surname(parts[0], out[-1], case)
                ) or _first_part_in_case(parts[0], case)
                if out[0] == parts[0] and case in ("gent", "accs") and out[-1] != parts[-1]:
                    # the surname declined as a man's in a consonant: so does the first name
                    # before it ("Гаррета Рейсмана" -> Гаррет Рейсман, "Мигеля" -> Мигель)
                    out[0] = _consonant_stem_nominative(parts[0])
                return out, frozenset({case})
        # no case fits the later parts: the first part alone may decline ("Аной Брнабич")
        for case in _CASES[1:]:
            if case in hint and (first := _first_alone_declined(parts, case, a_stem=True)) is not None:
                return [first, *parts[1:]], frozenset({case})
    if not later or (
        all(_by_ending(parts[k], "nomn", "masc")[1] == 1.0 for k in later)
        and not _oblique_noun(parts[later[-1]])
    ):
        return list(parts), None
    if len(later) > 1:
        # the last part declines, the middle ones as written when they look like a nominative:
        # given names in the middle of a long foreign name are often left undeclined
        for case in _CASES[1:]:
            last, fit = _by_ending(parts[later[-1]], case, "masc")
            if fit < 1.0 or last == parts[later[-1]]:
                continue
            out = list(parts)
            for k in later[:-1]:
                form, f = _by_ending(parts[k], case, "masc")
                if f < 1.0 or len(parts[k]) <= 3:
                    form, f = parts[k], _by_ending(parts[k], "nomn", "masc")[1]
                if f < 1.0:
                    break
                out[k] = form
            else:
                out[later[-1]] = last
                return out, frozenset({case})
    for case in _CASES[1:]:
        # a syllable before the last part of an East-Asian name does not decline ("Пак Чен Ына")
        forms = [
            (parts[k], 1.0) if k != later[-1] and len(parts[k]) <= 3 else _by_ending(parts[k], case, "masc")
            for k in later
        ]
        if all(fit == 1.0 for _, fit in forms) and any(
            f != parts[k] for (f, _), k in zip(forms, later, strict=True)
        ):
            out = list(parts)
            for (form, _), k in zip(forms, later, strict=True):
                out[k] = form
            if later == [len(parts) - 1]:
                out[0] = _first_before_russian_surname(parts[0], out[-1], case) or out[0]
            return out, frozenset({case})
    return list(parts), None


# A man's surname in the nominative that declines as a Russian one does ("Шарипбаев", "Ильин").
_DECLINING_SURNAME_RE = _MAN_NOMINATIVE_SURNAME_RE


def _first_before_russian_surname(first: str, surname: str, case: str) -> str | None:
    """The nominative of ``first``, a first name no dictionary knows, before ``surname``, a man's
    surname in -ов/-ев/-ин (its nominative) read in ``case``: such a surname declines as a
    Russian one, and so does the first name before it, by the ending of a masculine noun in a
    consonant (``Тлеукабыла Шарипбаева`` -> ``Тлеукабыл``, ``о Тлеукабыле`` -> ``Тлеукабыл``);
    None when the surname is of another shape or the first name has no such ending."""
    if first.islower() or not _DECLINING_SURNAME_RE.search(surname.lower()):
        return None
    form, fit = _by_ending(first, case, "masc")
    return form if fit == 1.0 else None


# A preposition right before a name and the cases it governs ("с Кэндзи X-ой", "к Ли Мин X-у").
_PREPOSITION_CASES = {
    "с": frozenset({"ablt"}),
    "со": frozenset({"ablt"}),
    "к": frozenset({"datv"}),
    "ко": frozenset({"datv"}),
    "о": frozenset({"loct"}),
    "об": frozenset({"loct"}),
    "у": frozenset({"gent"}),
    "от": frozenset({"gent"}),
    "для": frozenset({"gent"}),
    "без": frozenset({"gent"}),
    "против": frozenset({"gent"}),
}
_PREPOSITION_BEFORE_RE = re.compile(rf"(?<![{_LETTERS}\-])([{_CYRILLIC}]{{1,6}})[ \u00a0]+$")


def _preposition_cases(text: str, start: int) -> frozenset[str] | None:
    """The cases governed by a preposition right before ``start`` (``с`` -> instrumental),
    or None when no preposition of ``_PREPOSITION_CASES`` stands there."""
    m = _search_word_before(_PREPOSITION_BEFORE_RE, text, start, 10)
    return _PREPOSITION_CASES.get(m.group(1).lower()) if m is not None else None


_GOVERNING_WORDS = 3  # words of a dative verb's object between it and the name, at most
_DATIVE = frozenset({"datv"})
_ACCUSATIVE = frozenset({"accs"})


def governed_cases(text: str, start: int) -> frozenset[str] | None:
    """The cases a name at ``start`` may be in by the word that governs it: a preposition right
    before it (:func:`_preposition_cases`), a verb of ``ACCUSATIVE_VERBS`` right before it, or one
    of ``DATIVE_VERBS`` before it with at most a few nouns and adjectives between (``вручил орден
    Дружбы``); None when nothing before the name says its case."""
    cases = _preposition_cases(text, start)
    return cases if cases is not None else verb_governed_cases(text, start)


# What a word before a name says of the name's case (``_governing``): a verb governing the dative,
# one governing the accusative, a word that ends the search (another verb, a word of another part
# of speech), or a noun, adjective or numeral the search goes on before.
_GOVERNS_DATIVE, _GOVERNS_ACCUSATIVE, _GOVERNS_NOTHING, _GOVERNS_THROUGH = range(4)


@lru_cache(maxsize=1 << 14)
def _governing(word: str) -> int:
    """What ``word`` (lowercase) says of the case of a name after it, as :func:`verb_governed_cases`
    reads it: one of the ``_GOVERNS_*`` values, read once per word."""
    parses = _parses(word)
    verbs = {p.normal_form for p in parses if p.tag.POS in ("VERB", "INFN")}
    if verbs:
        if verbs & DATIVE_VERBS:
            return _GOVERNS_DATIVE
        return _GOVERNS_ACCUSATIVE if verbs & ACCUSATIVE_VERBS else _GOVERNS_NOTHING
    if not parses or not all(p.tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR") for p in parses):
        return _GOVERNS_NOTHING
    return _GOVERNS_THROUGH


def verb_governed_cases(text: str, start: int) -> frozenset[str] | None:
    """The case a verb before a name at ``start`` governs (the verb part of
    :func:`governed_cases`), or None."""
    pos = start
    for k in range(_GOVERNING_WORDS + 1):
        m = _word_before(text, pos, 40)
        if m is None:
            return None
        governs = _governing(m.group(1).lower())
        if governs == _GOVERNS_DATIVE:
            return _DATIVE
        if governs == _GOVERNS_ACCUSATIVE:
            return _ACCUSATIVE if k == 0 else None
        if governs == _GOVERNS_NOTHING:
            return None
        pos = m.start()
    return None


def past_verb_gender_before(text: str, start: int) -> str | None:
    """The gender (``masc``, ``femn``) of a verb in the past singular right before ``start``
    (``поздравил``, ``поблагодарила``), or None: the gender of the subject it agrees with."""
    m = _word_before(text, start, 40)
    if m is None:
        return None
    genders = {
        p.tag.gender
        for p in _parses(m.group(1).lower())
        if p.tag.POS == "VERB" and "past" in p.tag and "sing" in p.tag
    }
    return genders.pop() if len(genders) == 1 else None


_PLACE_PREPOSITION_BEFORE_RE = re.compile(
    rf"(?<![{_LETTERS}\-])(?:в|во|на|из|изо|под|над|до|через|по|из-под|near|in|at|to|from)[ \u00a0]+$", re.I
)


def after_place_preposition(text: str, start: int) -> bool:
    """Whether a preposition of place (``в``, ``на``, ``из``, ``in``) stands right before ``start``."""
    return _search_word_before(_PLACE_PREPOSITION_BEFORE_RE, text, start, 10) is not None


@lru_cache(maxsize=1 << 12)
def _oblique_noun(word: str) -> bool:
    """Whether the dictionary knows ``word`` only as a common noun in an oblique case (``Туру``:
    of ``тур``), never in the nominative."""
    low = word.lower()
    info = _info(low)
    if not info.known or info.names or info.has_surn:
        return False
    parses = _parses(low)
    return all(p.tag.POS == "NOUN" for p in parses) and all(_case(p.tag) != "nomn" for p in parses)


def _loose_part_after_role(word: str) -> bool:
    """May ``word`` be part of a name written right after a role phrase? Not a place, a role
    word or an all-caps word; a noun, an adjective or a word the dictionary does not know, whatever
    it guesses (``Фидан``, guessed a short participle)."""
    if len(word) > 1 and word.isupper():
        return False
    info = _info(word.lower())
    return (
        info.role is None
        and not info.geox_top
        and (info.top_pos in ("NOUN", "UNKN", "LATN", "ADJF") or not info.known)
        and normalize_form(word) not in _country_forms()
    )


def _country_word(word: str) -> bool:
    """Whether ``word`` is a form of a country's name (``Сальвадора``, ``Доминика``), whatever
    other readings it has."""
    return normalize_form(word) in _country_names()


def _in_country_name(words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether a country's name of two to four words (``Китайской Народной Республики``,
    ``Республики Казахстан``) holds one of ``words[k:]``: a name starting there would take part
    of the country's (``председателем Китайской Народной Республики Си Цзиньпином``)."""
    for i in range(max(0, k - 3), len(words) - 1):
        for n in (4, 3, 2):
            if k < i + n <= len(words) and _country_phrase(" ".join(w for _s, _e, w in words[i : i + n])):
                return True
    return False


@lru_cache(maxsize=1 << 14)
def _country_phrase(words: str) -> bool:
    """Whether ``words``, as written, are a country's name of ``_country_names``."""
    return normalize_form(words) in _country_names()


def _adjective_title(word: str) -> bool:
    """Whether the dictionary reads ``word`` first as an adjective in ``-ский``/``-цкий`` and
    never as a first name (``Критский`` in ``Патриарх Критский``, ``Лотарингскому``): a title's
    word after a place, not the first part of a name."""
    info = _info(word.lower())
    return (
        info.known
        and info.top_pos == "ADJF"
        and not info.names
        and _ADJECTIVAL_TITLE_RE.search(word.lower()) is not None
    )


_ADJECTIVAL_TITLE_RE = re.compile(r"(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую)$")


def _unknown_part(word: str) -> bool:
    """A capitalized word unknown to the dictionary that may be part of a foreign name."""
    info = _info(word.lower())
    return not info.known and _loose_name_ok(word)


def _foreign_name(words: list[tuple[int, int, str]], text: str) -> bool:
    """Whether capitalized words no first-name reading explains are still a name: at least one
    is unknown to the dictionary or a name/surname, the first is not a known common word at
    the start of a sentence, and none is a place."""
    if any(_other_alphabet(w) for _, _, w in words):
        return False  # "Республикасының Сыртқы": words of another language, not a name without a role
    infos = [_info(w.lower()) for _, _, w in words]
    # a syllable of three letters that the dictionary reads as a place is still a name's ("Пак Чен Ына")
    if any(i.geox_top and len(w) > 3 for i, (_, _, w) in zip(infos, words, strict=True)) or _joined_place(
        w for _, _, w in words
    ):
        return False
    if not any(not i.known or i.names or i.has_surn for i in infos):
        return False
    if any(
        _nominative_only_first_name(i) and words[k - 1][2].lower().endswith(_OBLIQUE_ENDINGS)
        for k, i in enumerate(infos[1:], 1)
    ):
        # "С Арчилом Оксана познакомилась": one name in the instrumental, another in the nominative
        return False
    first = infos[0]
    if first.known and not first.names and _sentence_initial(text, words[0][0]):
        # a syllable the dictionary reads as a word opens the sentence ("Си Цзиньпин", "Ли Цян"):
        # a name when the syllable may be a noun ("си", "ли", "ван"; not "Так", "Там", "Все") and
        # a role in apposition follows ("Ван Цзюнь, бывший председатель корпорации, ..."), or,
        # when it is no function word too, a verb of speech
        syllable = words[0][2].lower()
        if not (2 <= len(syllable) <= 3 and any(p.tag.POS == "NOUN" for p in _parses(syllable))):
            return False
        if _role_apposition_after(text, words[-1][1]):
            return True
        return not any(p.tag.POS in _FUNCTION_POS for p in _parses(syllable)) and _subject_verb_after(
            text, words[-1][1]
        )
    return True


# A comma, then the first three lowercase words after it: "…, бывший председатель корпорации".
_APPOSITION_AFTER_RE = re.compile(
    rf"[ \u00a0]*,[ \u00a0]+([{_LOWER}]+(?:-[{_LOWER}]+)?)"
    rf"(?:[ \u00a0]+([{_LOWER}]+(?:-[{_LOWER}]+)?))?(?:[ \u00a0]+([{_LOWER}]+(?:-[{_LOWER}]+)?))?"
)


def _role_apposition_after(text: str, end: int) -> bool:
    """Whether a role noun in the nominative stands in apposition right after ``end``, maybe after
    up to two adjectives: ``, бывший председатель корпорации``, ``, министр``."""
    m = _APPOSITION_AFTER_RE.match(text, end)
    if m is None:
        return False
    for word in filter(None, m.groups()):
        info = _info(word)
        if info.role is not None and "nomn" in info.role_cases:
            return True
        if not info.adjs:
            return False
    return False


# A verb of speech right after a name: "Ван Лун заявил", "Ли Мин, сообщила ...".
_SPEECH_AFTER_RE = re.compile(
    r"[ \u00a0]*,?[ \u00a0]*(?:заяв|сказа|сообщ|отмет|подчеркн|добав|поясн|ответ|написа|призна|рассказа"
    rf"|говор|счита|уточн|объяв)[{_LOWER}]*(?![{_LOWER}])"
)


def _subject_verb_after(text: str, end: int) -> bool:
    """Whether the words before ``end`` are the subject of the verb right after them: a verb of
    speech (``Ван Лун заявил``), or a word whose every reading is a finite verb in the present
    or the past of a man or a woman (``Си Цзиньпин принял``, ``Ван И провел``, ``Ли Цян прибыл``);
    after ``и`` and another name, one in the plural (``Си Цзиньпин и Путин провели``). A
    parenthetical between commas may stand before the verb (``Буй Тхань Сон, в свою очередь,
    отметил``)."""
    if (aside := _PARENTHETICAL_AFTER_RE.match(text, end)) is not None:
        end = aside.end() - 1  # before the space ahead of the verb
    if _SPEECH_AFTER_RE.match(text, end) is not None:
        return True
    plural = False
    if (other := _AND_NAME_AFTER_RE.match(text, end)) is not None:
        # "Си Цзиньпин и Путин провели ...": a subject of two, then the verb in the plural
        end, plural = other.end(), True
    if (negation := _NEGATION_AFTER_RE.match(text, end)) is not None:
        end = negation.end()  # "Ван Лун не приехал"
    m = _WORD_AFTER_RE.match(text, end)
    if m is None:
        return False
    parses = _parses(m.group(1))
    return bool(parses) and all(
        p.tag.POS == "VERB"
        and (
            ("plur" in p.tag and ("pres" in p.tag or "past" in p.tag))
            if plural
            else "sing" in p.tag
            and ("pres" in p.tag or ("past" in p.tag and ("masc" in p.tag or "femn" in p.tag)))
        )
        for p in parses
    )


_NEGATION_AFTER_RE = re.compile(r"[ \u00a0]+не(?=[ \u00a0])")
# A parenthetical between commas right after a subject, before its verb: "X, в свою очередь, отметил"
_PARENTHETICAL_AFTER_RE = re.compile(
    r"[ \u00a0]*,[ \u00a0]*(?:в[ \u00a0]+свою[ \u00a0]+очередь|со[ \u00a0]+своей[ \u00a0]+стороны|в[ \u00a0]+частности"
    r"|в[ \u00a0]+ответ|кроме[ \u00a0]+того|однако|впрочем|также|тем[ \u00a0]+не[ \u00a0]+менее|при[ \u00a0]+этом"
    r"|по[ \u00a0]+(?:его|её|ее)[ \u00a0]+словам)[ \u00a0]*,[ \u00a0]",
    re.IGNORECASE,
)

# "и Путин", "и Нарендра Моди": a second name of a subject of two, before its verb
_AND_NAME_AFTER_RE = re.compile(
    rf"[ \u00a0]+и[ \u00a0]+[{_UPPER}][{_LOWER}]+(?:[ \u00a0]+[{_UPPER}][{_LOWER}]+)?(?=[ \u00a0])"
)


# parts of speech of a word that opens a sentence as no name's syllable ("В", "На", "По")
_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ"})


# A verb a person is the subject of, right after a one-word name: of speech or of a life's events
# ("Хамдани заявил", "Уинтерборн скончалась").
_PERSON_VERB_AFTER_RE = re.compile(
    r"[ \u00a0]+((?:заяв|сказа|сообщ|отмет|подчеркн|добав|поясн|ответ|написа|призна|рассказа|уточн|объяв"
    rf"|умер|скончал|погиб|родил|женил)[{_LOWER}]*)(?![{_LOWER}\-])"
)


def _person_verb_after(text: str, end: int) -> bool:
    """Whether a verb of speech or of a life's events (``заявил``, ``сообщила``, ``скончался``)
    in the past or present tense, singular, follows ``end`` right after a space."""
    m = _PERSON_VERB_AFTER_RE.match(text, end)
    if m is None:
        return False
    top = _parses(m.group(1))[0]
    return top.tag.POS == "VERB" and top.tag.number == "sing"


# Any word right after a name: the verb it may be the subject of.
_WORD_AFTER_RE = re.compile(rf"[ \u00a0]+([{_LOWER}]+)(?![{_LOWER}\-])")


def _finite_verb_after(text: str, end: int, gender: str) -> bool:
    """Whether the word right after ``end`` is read first as a verb in the singular agreeing
    with a subject of ``gender``: in the past tense of that gender (``Токаев принял``, ``Санду
    заявила``) or in the present or future tense (``Пашинян примет``)."""
    m = _WORD_AFTER_RE.match(text, end)
    if m is None:
        return False
    tag = _parses(m.group(1))[0].tag
    if tag.POS != "VERB" or tag.number != "sing":
        return False
    return tag.tense != "past" or _gender(tag) == gender


# A kinship, address or role noun before a name, a comma or dash between them allowed ("брат, Ван Лун").
_NOUN_BEFORE_RE = re.compile(rf"(?<![{_LETTERS}])([{_LETTERS}]+)[ \u00a0]*(?:[,—–-][ \u00a0]*)?$")


# The last syllable of an East-Asian name in the instrumental: a syllable of two to four letters
# and -ом/-ем/-ым (no syllable of the transcriptions ends so): "Ином", "Хоном", "Цяном", "Гваном".
_INSTRUMENTAL_SYLLABLE_RE = re.compile(rf"(?P<stem>[{_UPPER}][{_LOWER}]{{1,3}})(?:ом|ем|ым)")


def instrumental_syllable_name(words: list[tuple[int, int, str]]) -> tuple[int, str] | None:
    """The East-Asian name of two or three syllables ending the capitalized words ``words`` with
    its last syllable in the instrumental (``с Мун Чжэ Ином``, ``с послом Республики Корея Ким Сэ
    Хоном``): (index of its first word, the name in the nominative: ``Мун Чжэ Ин``); None when the
    words end otherwise. Every syllable before the last has two or three letters, or four or five
    the dictionary does not know (Vietnamese ``Тхань``, ``Хыонг`` in ``с Буй Тхань Соном``), and is
    no role word, place, first name or abbreviation."""
    if not words or _INSTRUMENTAL_SYLLABLE_RE.fullmatch(words[-1][2]) is None:
        return None
    for size in (3, 2):
        if len(words) < size:
            continue
        if len(words) > size and words[-size - 1][2].lower().endswith(_INSTRUMENTAL_ENDINGS):
            continue  # "с Мехметом Нури Эрсоем": a name in the instrumental, all of it one
        head = [w for _, _, w in words[-size:-1]]
        if all(
            (_head_syllable(w) or _soft_syllable(w) or _undeclined_name_syllable(w))
            and w not in _ARABIC_ARTICLES
            for w in head
        ) and any(_head_syllable(w) or _soft_syllable(w) for w in head):
            # (a first name alone before the last word is no syllable: "Лейла Салем", "Карим Хашем"
            # are in the nominative; "Данг" counts beside a syllable: "Данг Минь Кхоем")
            return len(words) - size, " ".join([*head, _instrumental_syllable_nominative(words[-1][2])])
    return None


_HUSHING = frozenset("жшщчц")
_INSTRUMENTAL_ENDINGS = ("ом", "ем", "ём", "ым", "им", "ой", "ей")


def _instrumental_syllable_nominative(word: str) -> str:
    """The nominative of a syllable in the instrumental (``_INSTRUMENTAL_SYLLABLE_RE``): -ом after a
    hard stem (``Соном``: Сон), -ем after a soft one (``Линем``: Линь; ``Каем``: Кай; after a
    hushing consonant the stem as it is)."""
    stem, ending = word[:-2], word[-2:]
    if ending != "ем" or stem[-1].lower() in _HUSHING:
        return stem
    return stem + ("й" if stem[-1].lower() in _VOWELS else "ь")


def _middle_syllable(word: str) -> bool:
    """May ``word``, a part of a name before its last one, be a syllable of an East-Asian name that
    never declines there (``Минь`` in ``Фам Минь Тиня``, ``Чен`` in ``Пак Чен Ына``)? Three letters
    at most, or a soft syllable (``_soft_syllable``); a longer part may be a given name that
    declines (``Кумба``)."""
    return len(word) <= 3 or _soft_syllable(word)


def _undeclined_name_syllable(word: str) -> bool:
    """A word of four or five letters the dictionary knows as a first name in the nominative only
    (``Данг``), left as written before the instrumental of an East-Asian name's last syllable
    (``с послом Данг Минь Кхоем``): a name that declined would be in the instrumental too."""
    info = _info(word.lower())
    return (
        4 <= len(word) <= 5
        and bool(info.names)
        and all(case == "nomn" for case, _g, _l, _s in info.names)
        and info.role is None
        and not _country_word(word)
    )


def _soft_syllable(word: str) -> bool:
    """A syllable of four or five letters in -ь (``Минь``, ``Тхань``), which the dictionary may
    know as a word, and no role word."""
    return (
        4 <= len(word) <= 5 and word.endswith("ь") and word[0].isupper() and _info(word.lower()).role is None
    )


def _head_syllable(word: str) -> bool:
    """May ``word`` be a syllable of an East-Asian name before its last one?"""
    if not (2 <= len(word) <= 5 and word.isalpha() and not word.isupper()):
        return False
    info = _info(word.lower())
    if info.role is not None or _country_word(word):
        return False
    if len(word) <= 3:  # a syllable the dictionary reads as a place is still one ("Буй": a town)
        return True
    return not info.known


def _syllable_name(words: list[tuple[int, int, str]], text: str) -> bool:
    """Whether two or three capitalized syllables of two or three letters (the last may be one
    letter: ``Ван И``) are an East-Asian name
    whose syllables the dictionary reads as words or particles (``Ван Лун``, ``Мин Тэ``): none a
    role word, a place or all caps, and the first not opening a sentence unless a verb of speech
    follows (``Ван Лун заявил``) or a kinship, address or role noun stands right before."""
    if not 2 <= len(words) <= 3:
        return False
    for k, (_, _, w) in enumerate(words):
        if k == len(words) - 1 and len(w) == 1 and w.isalpha():
            continue  # a given name of one letter closes it: "Ван И"
        if not 2 <= len(w) <= 3 or w.isupper() or not w.isalpha():
            return False
        info = _info(w.lower())
        if info.role is not None or (info.geox_top and not info.names):
            return False
    start, end = words[0][0], words[-1][1]
    if not _sentence_initial(text, start):
        return True
    if _subject_verb_after(text, end):
        return True
    m = _NOUN_BEFORE_RE.search(text, max(0, start - 24), start)
    if m is None:
        return False
    noun = m.group(1).lower()
    return _person_noun_readings(noun) is not None or _info(noun).role is not None


_PLACE_OR_ORGANISATION = frozenset({"Geox", "Orgn"})


@lru_cache(maxsize=1 << 15)
def _single_name(word: str, sentence_start: bool) -> tuple[tuple[str, str, str, frozenset[str]] | None, bool]:
    """A surname or first name written alone: ``((kind, nominative, gender, cases), plural)``
    with kind ``single`` (a surname) or ``first`` (a first name), or ``(None, False)``. A word
    the dictionary reads first as a surname or first name counts anywhere; a word shaped like a
    surname (``-ов``, ``-ев``, ``-ин``, ``-енко`` ...) only inside a sentence. ``plural`` is
    True when the word is also a common noun in the plural (``Штатов``, ``Братьев``): then it is no
    surname."""
    low = word.lower()
    if low in _NOT_FIRST_NAMES or low in _PARTICLES:
        return None, False
    base, _, junior = word.partition("-")
    if junior[:1].islower():  # "Гребенко-младший", "Грейвза-старшего": the surname and its adjective
        return _junior_name(base, junior, sentence_start), False
    info = _info(low)
    if info.role is not None or info.geox_top or _place_in_any_language(word):
        # "Филиппины": a country, not "Филиппина"; "Німеччиною": in Ukrainian; "осадой Сараева",
        # "от Грозного": a capital or a city of the gazetteer, which the dictionary may guess a name
        return None, False
    parses = _parses(low)
    if any(
        p.score >= 0.3 and not tag_facts(p.tag).grammemes.isdisjoint(_PLACE_OR_ORGANISATION) for p in parses
    ):
        return None, False  # "Астану": a place first or as likely as a name
    top = parses[0]
    tag = top.tag
    if info.known and "Abbr" not in tag and tag.number != "plur":
        gender = "femn" if _gender(tag) == "femn" else "masc"
        if "Surn" in tag:
            if _case(tag) != "nomn" and any(
                "Geox" in p.tag and p.normal_form == low and _case(p.tag) == "nomn" for p in parses
            ):
                return None, False  # "Муром посетят": a town as written, not "Мур" in the instrumental
            nominative, _ = _surname_nominative(word, _case(tag), gender)
            return ("single", nominative, gender, frozenset({_case(tag)})), False
        if "Name" in tag and len(low) > 2:
            return ("first", _like_written(top.normal_form, word), gender, frozenset({_case(tag)})), False
    if sentence_start or not _SINGLE_SHAPE_RE.search(low):
        return None, False
    if _other_alphabet(word) and not _NOMINATIVE_SHAPE_RE.search(low):
        return None, False  # "Магілёве": another language's case ending, no surname's
    if info.known and not info.has_surn and tag.number != "plur":
        return None, False  # a common word: "Часовой"
    plural_noun = info.known and not info.has_surn  # "Соединенных Штатов", "Братьев"
    # a word of another alphabet declines by another grammar: only a nominative as written counts
    for case in ("nomn",) if _other_alphabet(word) else _CASES:
        for gender in ("masc", "femn"):
            nominative, fit = _surname_nominative(word, case, gender)
            if fit == 1.0:
                return ("single", nominative, gender, frozenset({case})), plural_noun
    return None, False


def _junior_name(
    surname: str, junior: str, sentence_start: bool
) -> tuple[str, str, str, frozenset[str]] | None:
    """A surname alone with ``-младший``/``-старший`` (``Гребенко-старшего``): the surname read
    as ``_single_name`` reads it, put in the case and gender of the adjective, both in the
    nominative (``Гребенко-старший``)."""
    single, plural = _single_name(surname, sentence_start)
    if single is None or plural or single[0] != "single":
        return None
    for p in _parses(junior.lower()):
        if p.tag.POS != "ADJF" or p.tag.number == "plur":
            continue
        case, gender = _case(p.tag), "femn" if _gender(p.tag) == "femn" else "masc"
        nominative, fit = _surname_nominative(surname, case, gender)
        adjective = _adjective_part(junior, case, gender)
        if fit >= 0.5 and adjective is not None:
            return ("single", f"{nominative}-{adjective[0]}", gender, frozenset({case}))
    return None


_PHOTO_AFTER = ":.-–—/|©"  # with spaces: what may follow a credit's word up to the name
_PHOTO_AGENCY_RE = re.compile(
    r"(?<![\w])(?:фото|фота|photo|fot|zdj(?:ęcie)?)\.?[ \u00a0]*[:©]?[ \u00a0]*"
    r"(?:[A-ZА-ЯЁІЇЄҐЎ][\w.-]*[ \u00a0]?){1,2}[ \u00a0]*[/|©][ \u00a0]*\Z",
    re.IGNORECASE,
)


def _photo_credit(text: str, pos: int) -> bool:
    """Whether a photo credit (``_PHOTO_RE``) ends right before ``pos``. The pattern is tried only
    from the last space before the credit's word: no match starts earlier (that word, cut
    from what follows it, holds no space)."""
    low = max(0, pos - 24)
    head = text[low:pos]
    while (cut := head.rstrip().rstrip(_PHOTO_AFTER)) != head:
        head = cut
    if _PHOTO_RE.search(text, low + head.rfind(" ") + 1, pos) is not None:
        return True
    # an agency between the credit's word and the name: "Fot. PAP/Leszek X", "Фото: EPA / Y"
    return _PHOTO_AGENCY_RE.search(text, max(0, pos - 48), pos) is not None


# Nouns naming a person by kinship or address (data/person_nouns.txt): "сын", "миссис", "мадам".
PERSON_NOUNS: frozenset[str] = frozenset(
    w.replace("ё", "е") for w in _load_lines(Path(__file__).resolve().with_name("data") / "person_nouns.txt")
)
# The word right before a position, a dash between them aside ("два сына — Тибор").
_WORD_BEFORE_RE = re.compile(rf"(?<![{_LETTERS}])([{_LETTERS}]+)[ \u00a0]+(?:[—–-][ \u00a0]+)?$")


def _word_before(text: str, pos: int, width: int) -> re.Match[str] | None:
    """``_WORD_BEFORE_RE.search(text, max(0, pos - width), pos)``."""
    return _search_word_before(_WORD_BEFORE_RE, text, pos, width)


@lru_cache(maxsize=1 << 12)
def _person_noun_readings(word: str) -> tuple[frozenset[str], str] | None:
    """The cases and gender of ``word`` (lowercased) read as a noun of ``PERSON_NOUNS``, singular
    or plural (``сыновья Тибор и Эмиль``)."""
    cases: set[str] = set()
    gender = ""
    for p in _parses(word):
        if p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") in PERSON_NOUNS:
            cases.add(_case(p.tag))
            gender = gender or ("femn" if _gender(p.tag) == "femn" else "masc")
    return (frozenset(cases), gender) if cases else None


def _person_noun_before(text: str, pos: int) -> tuple[frozenset[str], str] | None:
    """``(cases, gender)`` of a kinship or address noun written right before ``pos`` (``сын
    Гайдеон``, ``миссис Кэллоуэй``, ``мадам Фрелье-Дюваль``), or None."""
    m = _word_before(text, pos, 24)
    if m is None:
        return None
    return _person_noun_readings(m.group(1).lower())


@lru_cache(maxsize=1 << 14)
def _lone_name_ok(word: str) -> bool:
    """May ``word``, capitalized right after a person noun, be that person's name (``Император
    Тэнсохито``, ``певицы Делоне``)? A word unknown to the dictionary or read as a name or
    surname, not a place, an organisation, a role word or a name particle, never all caps."""
    low = word.lower()
    if word.isupper() or low in _NOT_FIRST_NAMES or low in _PARTICLES:
        return False
    info = _info(low)
    if info.role is not None or info.geox_top or _country_in_any_language(word):
        return False  # "посла Фінляндії": a country in any language
    if any(
        ("Geox" in (grammemes := tag_facts(p.tag).grammemes) and (info.known or p.score >= 0.3))
        or ("Orgn" in grammemes and p.score >= 0.3)
        for p in _parses(low)
    ):
        return False  # a place the dictionary knows ("Стэнли"), or an organisation
    if info.known and info.adjish and not info.names:
        return False  # "Московского", "Римский": an adjective of a place or a name
    if _organisation_shaped(low):
        return False  # "Минимущества", "Совфеда": an agency's short name
    if not info.known and _ADJECTIVE_SHAPE_RE.search(low):
        return False  # "Нагойского": an adjective the dictionary does not know
    return not info.known or bool(info.names) or info.has_surn


# Short names of agencies and bodies: a prefix of state ("Мин-", "Рос-", "Гос-", "Сов-") before a
# common word ("Минимущества", "Росимущества"), or an ending of one ("Совфеда", "Роснадзора").
_ORGANISATION_PREFIX_RE = re.compile(rf"^(?:мин|рос|гос|сов|мос|глав)(?=[{_LOWER}]{{3}})")
_ORGANISATION_END_RE = re.compile(
    r"(?:фед|надзор|комитет|банк|нефт|имуществ|развити|обр|здрав|энерго|инвест)(?:а|у|ом|е|ь|и|ью|ы|ой)?$"
)


@lru_cache(maxsize=1 << 12)
def _organisation_shaped(low: str) -> bool:
    """Whether ``low`` (lowercased) is shaped like an agency's short name: a prefix of state
    (``мин``, ``рос``, ``гос``, ``сов``, ``мос``, ``глав``) before a word ending like one
    (``-фед``, ``-надзор``, ``-имущества``) or before a common word of six letters or more
    that the dictionary knows as no name (``Минимущества``, ``Росимущества``, ``Совфеда``)."""
    m = _ORGANISATION_PREFIX_RE.match(low)
    if m is None:
        return False
    if _ORGANISATION_END_RE.search(low):
        return True
    rest = low[m.end() :]
    for k in range(len(rest), 5, -1):
        info = _info(rest[:k])
        if info.known and not info.names and not info.has_surn and info.top_pos == "NOUN":
            return True
    return False


# Titles of contests named after places: "Мисс Калифорния", "Мистер Вселенная".
_CONTEST_TITLES = frozenset({"мисс", "мистер"})


def _kinship_noun_before(text: str, pos: int) -> bool:
    """Whether a kinship or address noun other than a contest title stands right before ``pos``."""
    m = _word_before(text, pos, 24)
    return (
        m is not None
        and m.group(1).lower() not in _CONTEST_TITLES
        and _person_noun_readings(m.group(1).lower()) is not None
    )


@lru_cache(maxsize=1 << 14)
def _lone_word(word: str) -> bool | None:
    """True when ``_lone_name_ok`` accepts ``word``, False when only ``_place_nominative_as_first_name``
    does (a name after a kinship noun only), None when neither does."""
    if _lone_name_ok(word):
        return True
    return False if _place_nominative_as_first_name(word) else None


def _short_or_surname(word: str) -> bool:
    """May ``word`` be a surname after a first name the dictionary knows as a place (``Стэнли
    Ту``)? A syllable of two or three letters, or a word with a surname reading and none of a
    first name (``Джорджем`` is no surname), never a role word, a place or all caps."""
    if word.isupper() or not word.isalpha():
        return False
    info = _info(word.lower())
    if info.role is not None or info.geox_top or info.names:
        return False
    return len(word) <= 3 or info.has_surn


@lru_cache(maxsize=1 << 14)
def _place_nominative_as_first_name(word: str) -> bool:
    """Whether ``word`` is a foreign first name the dictionary knows only as a place, written as
    the place's nominative (``Сидней``, ``Мэдисон``): a name after a kinship or address noun
    (``дочь Сидней``), never a country, a role word or all caps."""
    low = word.lower()
    if word.isupper() or len(low) < 4 or normalize_form(word) in _country_names():
        return False
    if _info(low).role is not None:
        return False
    return any(
        p.normal_form == low and "Geox" in tag_facts(p.tag).grammemes and _case(p.tag) == "nomn"
        for p in _parses(low)
    )


_ADJECTIVE_SHAPE_RE = re.compile(
    r"(?:ск|цк|ов|ев|ин)(?:ого|ому|ими|их|ой|ую|ое|ые)$|(?:ого|его|ому|ему|ыми|ими|ый|ий|ая|яя|ое|ее|ые|ие)$"
)
_NEXT_CAP_RE = re.compile(rf"[ \u00a0]+(?:(?:{_SPACED_PARTICLES})[ \u00a0]+)?[A-Z{_UPPER}]")

_FEMALE_ENDINGS = {
    "gent": (("ии", "ия"), ("ы", "а"), ("и", "я")),
    "datv": (("ии", "ия"), ("е", "а")),
    "loct": (("ии", "ия"), ("е", "а")),
    "accs": (("ю", "я"), ("у", "а")),
    "ablt": (("ей", "я"), ("ой", "а")),
}
_HARD_BEFORE_I = frozenset("гкхжшчщц")


def _lone_nominative(word: str, case: str, gender: str) -> tuple[str, float]:
    """Nominative of a name written alone in ``case``, declined like a noun of ``gender``
    (``Алисандрой`` -> ``Алисандра``, ``Гайдеона`` -> ``Гайдеон``): the form and how well the ending
    fits (1.0, 0.5 or 0.05, as ``_by_ending``); hyphenated names part by part."""
    if "-" in word:
        parts = [_lone_nominative(part, case, gender) for part in word.split("-")]
        return "-".join(p for p, _ in parts), min(f for _, f in parts)
    low = word.lower()
    if case == "nomn":
        return word, 1.0
    if gender == "femn":
        for ending, nominative in _FEMALE_ENDINGS.get(case, ()):
            if low.endswith(ending) and len(low) - len(ending) >= 2:
                stem = word[: len(word) - len(ending)]
                if nominative == "я" and stem[-1].lower() in _HARD_BEFORE_I:
                    nominative = "а"  # "Ольги", "Машей"
                return stem + nominative, 1.0
        if low[-1] in "аяыю":
            return word, 0.05
        return word, 1.0  # consonant, -о, -и, -у, -э, -е: does not decline ("Мэйко", "Делоне")
    return _by_ending(word, case, "masc")


_ROLE_GAP_RE = re.compile(rf"[ \u00a0]*(?:[,—–-][ \u00a0]*)?(?:\d{{1,3}}-?летн[{_LOWER}]*[ \u00a0]+)?")


# A verb of speech (or "по словам") right before a name: "сказал Ферранье", "по словам Кастейо". Verbs
# that take an addressee or an agency ("рассказал Интерфаксу", "сообщил ТАСС") are left out.
_SPEECH_BEFORE_RE = re.compile(
    rf"(?<![{_CYRILLIC}])(?:(?P<verb>заявил|сказал|добавил|пояснил|подчеркнул|отметил|уточнил)(?P<femn>а)?"
    # "по словам" and its kin, each governing the genitive: "по данным", "по мнению", "по оценке"
    r"|по[ \u00a0]+(?:словам|данным|мнению|оценке|оценкам|информации|подсчетам|подсчётам|утверждению|заявлению))"
    r"[ \u00a0]*[,—–-]?[ \u00a0]*$",
    re.IGNORECASE,
)


def _speech_before(text: str, pos: int, word: str) -> tuple[frozenset[str], str] | None:
    """``(cases, gender)`` of a name right after a verb of speech (the nominative, the verb's
    gender: ``сказал Ферранье``) or after ``по словам`` (the genitive: ``по словам Кастейо``); None
    when there is none, or when a word after the verb ends like a dative (``сказал Петрову``)."""
    m = _SPEECH_BEFORE_RE.search(text, max(0, pos - 24), pos)
    if m is None:
        return None
    if m.group("verb") is None:
        return frozenset({"gent"}), "masc"
    if word.lower().endswith(("у", "ю", "ом", "ем", "ым", "им")):
        return None
    return frozenset({"nomn"}), "femn" if m.group("femn") else "masc"


def _lone_after_person_noun(
    text: str,
    start: int,
    word: str,
    role_before: Callable[[int, frozenset[str] | None], object],
    in_list: bool = False,
) -> tuple[str, str, frozenset[str]] | None:
    """A capitalized word right after a role noun (``Император Тэнсохито``, ``певицы Делоне``,
    ``поп-дивой Алисандрой``) or a kinship or address noun (``сын Гайдеон``, ``мадам Фрелье-Дюваль``)
    that ``_lone_name_ok`` accepts: ``(nominative, gender, cases)`` read in the case of that
    noun, or None. ``role_before(pos, cases)`` gives the role phrase before ``pos``.
    ``in_list``: the word follows such a name after a comma or ``и`` (``дочери Мила и
    Кьяра``): it is a name too, as written."""
    name_ok = _lone_word(word)
    if name_ok is None:
        return None
    if _NEXT_CAP_RE.match(text, start + len(word)):
        return None  # another capitalized word after it: a longer name ("Мирко Хорвата") or a title
    if not name_ok and not _kinship_noun_before(text, start):
        return None  # a place's name after a kinship noun only: "дочь Сидней"
    if in_list:
        return word, "masc", _ALL_CASES
    found = _person_noun_before(text, start) or _speech_before(text, start, word)
    if found is not None:
        cases, gender = found
    else:
        if not _role_word_near(text, start):
            return None  # no role head near: spare the role grammar
        role = role_before(start, None)
        if role is None:
            return None
        cases, gender = role.cases, role.gender  # type: ignore[attr-defined]
        head = _word_before(text, start, 40)
        info = _info(head.group(1).lower()) if head is not None else None
        if info is not None and info.role is not None and info.role_cases:
            # the role noun right before the name, not the head of a longer phrase, says its
            # case and gender: "артиста и его супруги певицы Делоне"
            cases, gender = info.role_cases, info.role_gender
    best: tuple[float, str, str] | None = None
    for case in _CASES:
        if case in cases and _lone_case_ok(word, case, gender):
            nominative, fit = _lone_nominative(word, case, gender)
            if best is None or fit > best[0]:
                best = (fit, case, nominative)
    if best is None or best[0] < 1.0:
        return None
    fit, _case_read, nominative = best
    read = frozenset(
        c
        for c in cases
        if _lone_case_ok(word, c, gender) and _lone_nominative(word, c, gender) == (nominative, fit)
    )
    return nominative, gender, read


def _lone_case_ok(word: str, case: str, gender: str) -> bool:
    """May ``word`` be a man's name in ``case``? Not a word ending in -ы or -и, nor one in -а or
    -я in the nominative, unless the dictionary reads it as a first name in that case (a word
    ending so after a man's role is a genitive complement: ``сотрудник Росгвардии``). Any
    case for a woman's name."""
    if gender == "femn":
        return True
    low = word.lower()
    if not low.endswith(("ы", "и", "а", "я")) or (case in ("gent", "accs") and low[-1] in "ая"):
        return True
    return any(c == case for c, _g, _l, _s in _info(low).names)


# A preposition of place right before a one-word name in the locative: "в Марселе", "на Капри".
_PLACE_PREP_RE = re.compile(rf"(?<![{_CYRILLIC}])(?:в|во|на)[ \u00a0]+$", re.IGNORECASE)
_NEXT_WORD_RE = re.compile(rf"[ \u00a0]+({_LOWER_RUN})")
_ADJECTIVAL_SURNAME_RE = re.compile(r"(?:ск|цк|ов|ин)(?:ий|ой|ая|ого|ому|им|ом|ую|ей)$")


def _place_locative(text: str, start: int, word: str, cases: frozenset[str] | None) -> bool:
    """Whether a one-word name is a place in the locative after ``в``/``на`` (``в Марселе``,
    ``в Наньпине``): read in the locative, or ending in -е/-и, right after the preposition."""
    if _PLACE_PREP_RE.search(text, max(0, start - 4), start) is None:
        return False
    return (cases is not None and "loct" in cases) or word[-1:] in ("е", "и")


def _adjective_before_noun(text: str, end: int, word: str) -> bool:
    """Whether a one-word name shaped like an adjective (``Никитинского``, ``Полянский``)
    agrees with the lowercase noun right after it (``суда``, ``горно-обогатительный``): an
    adjective of a place or an institution, not a surname."""
    if not _ADJECTIVAL_SURNAME_RE.search(word.lower()):
        return False
    m = _NEXT_WORD_RE.match(text, end)
    return m is not None and _agrees_with_noun(word.lower(), m.group(1))


_COORDINATED_AFTER_RE = re.compile(
    rf"(?:[ \u00a0]+и|[ \u00a0]*,)[ \u00a0]+([{_UPPER}]{_LOWER_RUN})(?![{_CYRILLIC}\-])"
)
_COORDINATED_BEFORE_RE = re.compile(
    rf"(?<![{_CYRILLIC}\-])([{_UPPER}]{_LOWER_RUN})(?:[ \u00a0]+и|[ \u00a0]*,)[ \u00a0]+$"
)


def _coordinated_with_adjective(text: str, start: int, end: int, word: str) -> bool:
    """Whether a one-word name shaped like an adjective (``Полянский``, ``Полянского``) is
    coordinated (``и``, a comma) with a capitalized word the dictionary reads only as an
    adjective (``Полянский и Луговской комбинаты``, ``на углу Полянского и Луговой``):
    both name plants, streets or the like, not people."""
    if not _ADJECTIVAL_SURNAME_RE.search(word.lower()):
        return False
    after = _COORDINATED_AFTER_RE.match(text, end)
    before = _COORDINATED_BEFORE_RE.search(text, max(0, start - 30), start)
    return any(m is not None and _only_adjective(m.group(1).lower()) for m in (after, before))


@lru_cache(maxsize=1 << 12)
def _only_adjective(low: str) -> bool:
    """Whether the dictionary knows ``low`` and reads it first as an adjective, as a surname
    seldom (its surname readings weigh under 0.3) and never as a name (``московской``,
    ``михайловский``)."""
    info = _info(low)
    if not info.known or info.top_pos != "ADJF" or info.names:
        return False
    return sum(p.score for p in _parses(low) if "Surn" in p.tag) < 0.3


@lru_cache(maxsize=1 << 12)
def _agrees_with_noun(low: str, noun: str) -> bool:
    """Whether ``low``, an adjective or an adjectival surname, agrees with ``noun``."""
    if _parses(noun)[0].tag.POS != "NOUN":
        return False  # "Ковальский и Дубинин"
    if _modifies(low, noun):
        return True
    # a surname reading in the same case, number and gender as the noun: "Никитинского суда"
    readings = {
        (_case(p.tag), _gender(p.tag)) for p in _parses(low) if "Surn" in p.tag and p.tag.number != "plur"
    }
    return any(
        n.tag.POS == "NOUN" and n.tag.number != "plur" and (_case(n.tag), _gender(n.tag)) in readings
        for n in _parses(noun)
    )


_NEAR_WORD_RE = re.compile(rf"[{_LETTERS}]+(?:-[{_LETTERS}]+)*")


def _role_word_near(text: str, pos: int) -> bool:
    """Whether one of the eight words before ``pos`` (within 120 characters) may head a role
    phrase: what a role written before a name needs, checked before the role grammar runs."""
    return any(map(_role_word, _NEAR_WORD_RE.findall(text, max(0, pos - 120), pos)[-8:]))


@lru_cache(maxsize=1 << 14)
def _role_word(word: str) -> bool:
    """Whether ``word`` (as written, maybe hyphenated) or its last part is a role word."""
    lower = word.lower()
    return _role_info(lower) is not None or _role_info(lower.rsplit("-", 1)[-1]) is not None
