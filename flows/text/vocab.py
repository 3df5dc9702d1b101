"""Word lists shared by the text modules: of the calendar, month names (Russian forms, and the
stems of Ukrainian, Belarusian, Polish and English) and Russian weekday names; and the English
determiners (:data:`ENGLISH_DETERMINERS`); what opens a line of a list (:data:`LIST_BULLET`,
:data:`LIST_NUMBER`).

Every regex that reads a month name (publication dates, datelines, the periods and date guards
of the numeric extractor, the periods of other languages) is built from :data:`MONTHS` and
:data:`OTHER_MONTHS`; units, currencies and scale words are in
:mod:`flows.text.numbers.units`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# What opens a line of a list, as regex pieces: a bullet sign ("•", "-", "—") or an item's number
# ("2.", "3)"). The lists of figures a text closes with (flows/text/article.py), the items of a
# list under a heading naming a flow and their partners (flows/text/numbers) read them.
LIST_BULLET = "[•·*▪◦–—-]"
LIST_NUMBER = r"\d{1,2}[.)]"

# English determiners: a word right after one is a noun's or an adjective's, not a name's or a verb's
# ("the Valley", "an estimated $5 billion"; people's names and numbers' tenses read them)
ENGLISH_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "that"})


@dataclass(frozen=True, slots=True)
class Month:
    """A month: its number (1-12), Russian nominative, genitive and prepositional forms, and the
    abbreviations sites print (``сент``, ``нояб``; written with or without a dot)."""

    number: int
    nominative: str
    genitive: str
    prepositional: str
    abbreviations: tuple[str, ...]

    @property
    def forms(self) -> tuple[str, str, str]:
        return (self.nominative, self.genitive, self.prepositional)

    @property
    def stem(self) -> str:
        """What every full form starts with (``январ``, ``март``; ``ма`` for May)."""
        first, *rest = self.forms
        size = 0
        while size < len(first) and all(f[size : size + 1] == first[size] for f in rest):
            size += 1
        return first[:size]


MONTHS: tuple[Month, ...] = (
    Month(1, "январь", "января", "январе", ("янв",)),
    Month(2, "февраль", "февраля", "феврале", ("февр", "фев")),
    Month(3, "март", "марта", "марте", ("мар",)),
    Month(4, "апрель", "апреля", "апреле", ("апр",)),
    Month(5, "май", "мая", "мае", ()),
    Month(6, "июнь", "июня", "июне", ("июн",)),
    Month(7, "июль", "июля", "июле", ("июл",)),
    Month(8, "август", "августа", "августе", ("авг",)),
    Month(9, "сентябрь", "сентября", "сентябре", ("сент", "сен")),
    Month(10, "октябрь", "октября", "октябре", ("окт",)),
    Month(11, "ноябрь", "ноября", "ноябре", ("нояб", "ноя")),
    Month(12, "декабрь", "декабря", "декабре", ("дек",)),
)


# Month names of Ukrainian, Belarusian, Polish and English by month number: ``stems`` start a word
# and take any ending (lower case); ``words`` are whole words only (a stem would start other
# words: Polish ``maj`` / ``majątek``). English ``May`` is not here: as a month it is capitalised
# and followed by a year or a capitalised word, which flows/text/numbers/periods.py checks.
#
# ``of_day`` are the forms that follow a day's number (``30 листопада``, ``30 лістапада``, ``30
# listopada``, ``30 November``, and the Kazakh names, ``30 қараша``, which have no stems here):
# whole words, so that no noun a stem starts (``30 грудных``, ``30 травм``) is read as a month.
#
# ``abbreviations`` are the short names the locales of these languages print in dates, feed items
# (``пн, 23 лис 2026 11:00:00 +0200``) and page date lines: Ukrainian, Belarusian, Polish and
# Kazakh, whole words written with or without a dot. English three-letter names come from
# ``of_day`` (``nov``, ``sept``), Russian ones from :data:`MONTHS`.
@dataclass(frozen=True, slots=True)
class OtherMonth:
    number: int
    stems: tuple[str, ...]
    words: tuple[str, ...] = ()
    of_day: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()


OTHER_MONTHS: tuple[OtherMonth, ...] = (
    OtherMonth(
        1,
        ("січ", "студзен", "stycz", "january"),
        ("jan.",),
        ("січня", "студзеня", "stycznia", "january", "қаңтар"),
        ("січ", "сту", "студ", "sty", "қаң"),
    ),
    OtherMonth(
        2,
        ("лют", "february", "lut"),
        ("feb.",),
        ("лютого", "лютага", "lutego", "february", "ақпан"),
        ("лют", "lut", "ақп"),
    ),
    OtherMonth(
        3,
        ("берез", "сакавік", "marz", "marc", "march"),
        (),
        ("березня", "сакавіка", "marca", "march", "наурыз"),
        ("бер", "берез", "сак", "mar", "нау"),
    ),
    OtherMonth(
        4,
        ("квіт", "красавік", "kwie", "april"),
        ("apr.",),
        ("квітня", "красавіка", "kwietnia", "april", "сәуір"),
        ("кві", "квіт", "кра", "крас", "kwi", "сәу"),
    ),
    OtherMonth(
        5,
        ("трав",),
        ("maj", "maja", "maju"),
        ("травня", "траўня", "maja", "may", "мамыр"),
        ("тра", "трав", "maj", "мам"),
    ),
    OtherMonth(
        6,
        ("черв", "чэрв", "czerw", "june"),
        (),
        ("червня", "чэрвеня", "czerwca", "june", "маусым"),
        ("чер", "черв", "чэр", "чэрв", "cze", "czer", "мау"),
    ),
    OtherMonth(
        7,
        ("лип", "ліп", "july"),
        (),
        ("липня", "ліпеня", "lipca", "july", "шілде"),
        ("лип", "ліп", "lip", "шіл"),
    ),
    OtherMonth(
        8,
        ("серп", "жнів", "жніў", "sierp", "august"),
        ("aug.",),
        ("серпня", "жніўня", "sierpnia", "august", "тамыз"),
        ("сер", "серп", "жні", "жнів", "sie", "sier", "там"),
    ),
    OtherMonth(
        9,
        ("верес", "верас", "wrze", "september"),
        ("sept.", "sep."),
        ("вересня", "верасня", "września", "september", "қыркүйек"),
        ("вер", "верес", "верас", "wrz", "қыр"),
    ),
    OtherMonth(
        10,
        ("жовт", "кастрычн", "październik", "pazdziernik", "october"),
        ("oct.",),
        ("жовтня", "кастрычніка", "października", "pazdziernika", "october", "қазан"),
        ("жов", "жовт", "кас", "каст", "paź", "paz", "қаз"),
    ),
    OtherMonth(
        11,
        ("листопад", "лістапад", "listopad", "november"),
        ("nov.",),
        ("листопада", "лістапада", "listopada", "november", "қараша"),
        ("лис", "лист", "ліс", "ліст", "lis", "қар"),
    ),
    OtherMonth(
        12,
        ("груд", "снеж", "grud", "december"),
        ("dec.",),
        ("грудня", "снежня", "grudnia", "december", "желтоқсан"),
        ("гру", "груд", "сне", "снеж", "gru", "жел"),
    ),
)


# Nominative and accusative forms of the weekdays (the header's "today": "среду", "пятницу").
WEEKDAYS: tuple[str, ...] = (
    "понедельник",
    "вторник",
    "среда",
    "среду",
    "четверг",
    "пятница",
    "пятницу",
    "суббота",
    "субботу",
    "воскресенье",
    # uk, be, pl, en, kk
    "понеділок",
    "вівторок",
    "середа",
    "четвер",
    "пʼятниця",
    "п'ятниця",
    "п’ятниця",
    "субота",
    "неділя",
    "панядзелак",
    "аўторак",
    "серада",
    "чацвер",
    "пятніца",
    "нядзеля",
    "poniedziałek",
    "wtorek",
    "środa",
    "czwartek",
    "piątek",
    "sobota",
    "niedziela",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "дүйсенбі",
    "сейсенбі",
    "сәрсенбі",
    "бейсенбі",
    "жұма",
    "сенбі",
    "жексенбі",
)


def alternation(words) -> str:
    """A regex alternation (non-capturing group) of ``words``, longest first."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"


def month_forms(*cases: str) -> str:
    """A regex alternation of the month forms of ``cases`` (``"nominative"``, ``"genitive"``,
    ``"prepositional"``, ``"abbreviations"``). Callers add the word boundary they need."""
    words: list[str] = []
    for m in MONTHS:
        for case in cases:
            value = getattr(m, case)
            words.extend(value if isinstance(value, tuple) else (value,))
    return alternation(words)


def day_month_words() -> str:
    """A regex alternation of the words that name a month after a day's number, in every language
    of :data:`MONTHS` and :data:`OTHER_MONTHS`: Russian genitives (``ноября``), Russian
    abbreviations with or without their dot (``ноя``, ``нояб.``), the ``of_day`` forms of the other
    languages and their abbreviations (``листопада``, ``listopada``, ``Nov.``, ``Nov``). Match it
    case-insensitively; callers add the word boundary they need."""
    words: list[str] = [m.genitive for m in MONTHS]
    for m in MONTHS:
        words.extend(f"{a}." for a in m.abbreviations)
        words.extend(m.abbreviations)
    for o in OTHER_MONTHS:
        words.extend(o.of_day)
        words.extend(w for w in o.words if w.endswith("."))
        words.extend(w.rstrip(".") for w in o.words if w.endswith("."))
    return alternation(words)


def month_stems() -> str:
    """A regex alternation of the month stems (``январ``, ``март``...); May, whose stem ``ма``
    starts other words, by its full forms. Callers add the ending they accept."""
    return "(?:" + "|".join(m.stem if len(m.stem) >= 3 else month_forms_of(m) for m in MONTHS) + ")"


def month_forms_of(month: Month) -> str:
    return alternation(month.forms)


# News outlets of the press read (agencies, papers, portals, broadcasters), as their mastheads print
# them, compared case-insensitively: a short first line of a page that is one of them names the
# page's publisher (``flows.text.article.masthead_publisher``). Names of other shapes are read by the shape alone: a
# domain (``tengrinews.kz``), a brand word ending in a masthead stem (``Tengrinews``, ``Укрінформ``),
# capitalised words ending in a masthead noun (``Kyiv Post``). A person's name after one
# (``корреспонденту РИА Новости Ивану Петрову``) starts after it.
OUTLET_NAMES = frozenset(
    name.casefold()
    for name in (
        # Russia
        "ТАСС", "ИТАР-ТАСС", "РИА Новости", "Интерфакс", "Прайм", "РБК", "Коммерсантъ", "Коммерсант",
        "Ведомости", "Известия", "Российская газета", "Лента.ру", "Газета.Ru", "Регнум", "ИА Регнум",
        "Московский комсомолец", "МК", "Аргументы и факты", "АиФ", "Комсомольская правда", "Взгляд",
        "Новая газета", "Медуза", "Meduza", "Фонтанка", "RT", "Sputnik", "Спутник", "Эксперт",
        "Независимая газета", "Парламентская газета", "Красная звезда", "Первый канал", "Россия 24",
        "Россия сегодня", "МИА Россия сегодня", "Известия", "Царьград", "Звезда", "НТВ",
        # Belarus
        "БЕЛТА", "БелТА", "Звязда", "Советская Белоруссия", "СБ. Беларусь сегодня", "Беларусь сегодня",
        "Минская правда", "Наша Ніва", "Наша Нива", "Белсат", "Белсат TV", "Хартия'97",
        "Народная газета", "Рэспубліка", "Белорусские новости", "Еврорадио", "Onliner",
        # Ukraine
        "Укрінформ", "Укринформ", "УНІАН", "УНИАН", "Українська правда", "Украинская правда",
        "Інтерфакс-Україна", "Интерфакс-Украина", "Главком", "Дзеркало тижня", "Зеркало недели", "ZN.UA",
        "Суспільне", "Суспільне Новини", "РБК-Україна", "Економічна правда", "Європейська правда",
        "Новинарня", "Цензор.НЕТ", "Лівий берег", "LB.ua", "NV", "Новое время", "Урядовий кур'єр",
        # Kazakhstan and Central Asia
        "Казинформ", "Kazinform", "ҚазАқпарат", "Kazakhstan Today", "Tengrinews", "Тенгриньюс",
        "Zakon.kz", "Vlast.kz", "Курсив", "Kursiv", "Егемен Қазақстан", "Egemen Qazaqstan",
        "Казахстанская правда", "Хабар", "Khabar", "Хабар 24", "Азаттық", "Азаттык", "Кабар", "Kabar",
        "АКИpress", "AKIpress", "Sputnik Казахстан", "Ховар", "Жахон", "Дунё", "Podrobno.uz", "Gazeta.uz",
        # Caucasus and Moldova
        "Арменпресс", "Armenpress", "News.am", "Азертадж", "AZERTAC", "Trend.az", "Report.az", "APA",
        "Грузия Online", "Интерпресс", "Moldpres", "Новости-Грузия",
        # Poland and the Baltics
        "PAP", "Polska Agencja Prasowa", "Rzeczpospolita", "Gazeta Wyborcza", "Onet", "Interia",
        "Wirtualna Polska", "WP", "TVN24", "Polsat News", "Polskie Radio", "TVP Info", "Dziennik Gazeta Prawna",
        "Do Rzeczy", "Wprost", "Business Insider Polska", "Money.pl", "BNS", "LETA", "ELTA", "Delfi",
        # wires and broadcasters elsewhere
        "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Bloomberg", "Xinhua", "Синьхуа",
        "BBC", "BBC News", "CNN", "Al Jazeera", "Anadolu", "Anadolu Agency", "Kyodo", "Yonhap", "Пренса Латина",
        "Prensa Latina", "Deutsche Welle", "DW", "Euronews", "Радио Свобода", "Радыё Свабода", "Радіо Свобода",
        "Голос Америки", "Франс Пресс", "Ассошиэйтед Пресс", "Рейтер", "Блумберг", "Киодо", "Рёнхап",
    )
)  # fmt: skip
