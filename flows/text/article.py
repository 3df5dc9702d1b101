"""Scraped article text -> metadata and the body's position in it.

The body is one contiguous span ``text[body_start:body_end]`` of the normalized page text, so
every offset computed on the body points into stored text: ``body_start + offset``.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from functools import cache
from operator import itemgetter

from flows.text.dates import (
    PUBLISHED_PREFIX_RE,
    PUBLISHED_VERB_RE,
    WEEKDAY_RE,
    YEAR_WORD,
    byline_line,
    date_line,
    day_month_number,
    find_dates,
    is_issue_line,
    issue_day,
    line_days,
    publication_statement,
)
from flows.text.morph import parses
from flows.text.numbers.units import CURRENCY_CODES
from flows.text.regexes import first_chars, guarded
from flows.text.vocab import LIST_BULLET, LIST_NUMBER, OUTLET_NAMES

# A scraper header line: " date 2025-11-14 <title> <site> <image srcset URLs>". The site is the
# last word before the URLs: a domain of any ending (news.by, pap.pl, news.cn, 24.kg) or a name
# (БЕЛТА, Reuters, Арменпресс; an abbreviation may stand before it: РИА Новости).
SCRAPER_HEADER_RE = re.compile(
    r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<rest>\S.*?)(?:\s+(?P<urls>https?://.*))?\s*$", re.I
)
_CAPITALS = "A-ZА-ЯЁІЎЄЇҐӘҒҚҢӨҰҮҺĄĆĘŁŃÓŚŹŻ"
_SITE_DOMAIN_RE = re.compile(r"^(?:[\w-]+\.)+[^\W\d_]{2,}$")
_SITE_NAME_RE = re.compile(rf"^[{_CAPITALS}][\w'’&.-]*$")
_SITE_PREFIX_RE = re.compile(rf"^[{_CAPITALS}]{{2,4}}$")  # РИА, ИА, ИТАР before a site's name
# Abbreviations of "news agency" that open a site's name whatever follows (``ИА Фергана``); any
# other word in capitals joins the site only when the two make an outlet's name (``РИА Новости``),
# not a country's (``... торговлю с США РБК``).
_AGENCY_PREFIXES = frozenset({"ИА", "РИА", "ИТАР", "МИА", "НИА", "ИАА"})
# The last word of a multi-word newspaper or site name (``Astana Times``, ``Kyiv Post``, ``Daily
# News``): with it, the capitalised words before it (two at most, and ``The``) are the site's.
MASTHEAD_NOUNS = frozenset(
    {
        "times", "news", "post", "herald", "tribune", "journal", "gazette", "telegraph", "guardian",
        "press", "observer", "monitor", "express", "standard", "chronicle", "daily", "today", "review",
        "independent", "insider", "courier", "weekly", "mail", "star", "inform", "новости", "ведомости",
        "известия", "вести", "правда", "газета", "новини", "навіны", "жаңалықтары", "gazeta", "kurier",
        "wiadomości", "вестник", "вісник", "весці", "ньюс", "сегодня", "сьогодні", "курьер", "кур'єр",
        "обозреватель", "оглядач", "экспресс", "експрес", "хроника", "хроніка", "dziennik", "tygodnik",
    }
)  # fmt: skip
# The brands of several countries' editions: ``Sputnik Армения``, ``Sputnik Беларусь``.
_EDITION_BRANDS = frozenset({"sputnik", "спутник", "интерфакс", "rt", "bbc", "радио свобода", "euronews"})
# The last letters of a one-word brand: ``Tengrinews``, ``Укрінформ``, ``Kazinform``, ``Арменпресс``.
_BRAND_STEM_RE = re.compile(
    r"^[^\W\d_][^\W\d_'’-]{2,}(?:news|inform|информ|інформ|інфарм|press|пресс|прэс|media|медиа|медіа"
    r"|info|инфо|post|times|daily)$",
    re.I,
)
_MASTHEAD_SEP_RE = re.compile(r"\s+[|—–/-]\s+|\s*\|\s*|\s+[•·:]{1,2}\s+")
MASTHEAD_MAX_CHARS = 60

_MONTH_SLOT = r"[^\W\d_]{3,12}\.?"
_TIME = r"(?:,?\s+[0-2]?\d[:.][0-5]\d)?"
# Day and month (``30 ноября``, ``30 listopada``, ``30 қараша``) or month and day (``Nov. 30``),
# maybe a year and a time; the month word is checked by ``day_month_number``.
_DAY_MONTH = (
    rf"(?:(?P<day>[0-3]?\d)\s+(?P<month>{_MONTH_SLOT})|(?P<month2>{_MONTH_SLOT})\s+(?P<day2>[0-3]?\d)(?!\d))"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?{YEAR_WORD}{_TIME}"
)
_NAME = rf"[{_CAPITALS}][\w\-]*"
# Agency datelines opening the body. Date first: "27 февраля, Минск /Корр. БЕЛТА/."
DATELINE_RE = re.compile(
    rf"^{_DAY_MONTH},\s+(?P<place>[{_CAPITALS}][\w\- ]{{1,40}}?)\s*/\s*(?:Корр\.\s*)?"
    rf"(?P<agency>[{_CAPITALS}][\w\-\. ]{{1,30}}?)\s*/\.?",
    re.M,
)
# Place first, in any language read, the agency between slashes, in brackets, after a dash, in
# capitals, or as a word of its own after the date; or no agency, the date ending with a stop or
# a dash: "МИНСК, 21 апреля. /ТАСС/.", "МОСКВА, 21 апр — РИА Новости.", "КИЇВ, 30 листопада —
# Укрінформ.", "WARSAW, Nov 30 (Reuters) -", "Warszawa, 30 listopada 2026 r. (PAP)", "АСТАНА. 30
# қараша. КАЗИНФОРМ -", "Астана, 30 қараша 2026. ҚазАқпарат.", "Москва. 21 апреля. ИНТЕРФАКС -",
# "Казахстан, 9 марта, 2013, 10:05 — ИА Регнум.", "МОСКВА, 30 ноября —", "БАКУ, 30 ноября 2026."
# Also an agency after a comma ("Баку, 1 декабря, АЗЕРТАДЖ.", "Баку, 20 ноября, Trend."), with a web domain ("Москва. 1
# декабря. INTERFAX.RU -", "Бишкек, 1 декабря /24.kg/."), a Latin name of one or two words before a
# dash ("Астана. 1 декабря. Kazinform -", "Шымкент. 4 декабря. Kazakhstan Today -") or an outlet's name in any script ("АСТАНА. 4 желтоқсан. ҚазАқпарат -"),
# a web domain after a dash ("ТАШКЕНТ, 5 декабря — Podrobno.uz.", "Бишкек, 1 декабря - 24.kg -"),
# a Latin name or an outlet's before a colon ("Баку, 2 декабря. Trend:", "Астана, 2 декабря. Kazinform:"),
# and a place with its country ("BAKU, Azerbaijan, December 1.").
PLACE_DATELINE_RE = re.compile(
    rf"^(?P<place>[{_CAPITALS}][\w\-]*(?:[ \-][\w\-]+){{0,3}}(?:,\s+[{_CAPITALS}][\w\-]+)?)[,.]\s+{_DAY_MONTH}"
    r"(?P<stop>\.)?"
    rf"(?:[ \t]*(?:/\s*(?:Корр\.\s*)?(?P<agency>[{_CAPITALS}0-9][\w\-\. ]{{1,30}}?)\s*/\.?"
    r"|\((?P<agency_b>[^()\n]{2,30})\)\.?(?:[ \t]*[—–-]{1,2}(?=\s))?"
    rf"|[—–-]{{1,2}}[ \t]*(?:ИА\s+|агентство\s+)?(?P<agency2>{_NAME}(?: {_NAME}){{0,2}})\.(?=\s|$)"
    # a web domain after the dash, before a stop or a dash ("— Podrobno.uz.", "- 24.kg -")
    rf"|[—–-]{{1,2}}[ \t]*(?P<agency8>(?:{_NAME}|\d+)\.[a-z]{{2,4}})(?:\.(?=\s|$)|\s+[—–-]{{1,2}}(?=\s))"
    rf"|(?<![.,])(?P<agency3>[{_CAPITALS}]{{3,}}(?:[\- ][{_CAPITALS}]{{2,}}|\.[A-Z]{{2,3}})?)"
    r"(?:\s+[—–-]{1,2}(?=\s)|[.:](?=\s))"
    rf"|(?<=\.[ \t])(?P<agency4>{_NAME})\.(?=\s)"
    r"|(?<=\.[ \t])(?P<agency5>[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)?(?:\.[a-z]{2,3})?)(?:\s+[—–-]{1,2}|:)(?=\s)"
    rf"|(?<=\.[ \t])(?P<agency7>[{_CAPITALS}][^\W\d_]+)(?:\s+[—–-]{{1,2}}|:)(?=\s)"
    rf"|,[ \t]*(?P<agency6>[{_CAPITALS}]{{3,}}(?:[\- ][{_CAPITALS}]{{2,}})?|{_NAME}(?: {_NAME})?)\.(?=\s)"
    r"|(?P<dash>[—–-]{1,2})(?=\s))"
    r"|(?<=\.))",
    re.M,
)
# A teaser that points to another story ("Читайте также: <headline>"), in the languages read: in a
# text page it ends the body (``END_MARKERS_RE``); in an HTML page's main text, where it may sit
# inside a paragraph of the article, its line is left out (``drop_read_also``).
READ_ALSO = (
    r"(?:Читайте|Смотрите|Также читайте|Также смотрите) (?:также|тоже)|Читайте (?:актуальные|нас)"
    r"|(?:Читайте|Дивіться) (?:також|теж)|Також читайте|(?:Чытайце|Глядзіце) таксама"
    r"|(?:Czytaj|Zobacz|Przeczytaj) (?:także|też|również|więcej)|(?:Read|See) (?:more|also)|Related(?: stories)?:"
    r"|Сондай-ақ оқыңыз|Сондай-ақ қараңыз|Материалы по теме|Еще по теме|Ещё по теме|Похожие новости"
)
# Lines at which the article has ended and page furniture begins. The words that may also open
# a sentence of the article (``Комментарии экспертов разошлись ...``, ``Реклама белорусских товаров
# ...``) end it only on a line that is no sentence of prose (``END_WORDS_RE``, ``ends_body``).
END_MARKERS_RE = re.compile(
    r"^\s*(?:Комментарии\s*\(\d+\)|Новости рубрики|Топ-новости|Свежие новости"
    rf"|{READ_ALSO}|Подробнее\b.*\bчитайте\b|Поделиться|Источник:"
    # tags, in the languages read
    r"|(?:Теги|Тэгі|Tagi|Tags|Тегтер|Метки|Ключевые слова|Ключові слова|Słowa kluczowe)\s*:)",
    re.I,
)
END_WORDS_RE = re.compile(
    r"^\s*(?:Комментарии|Популярное|Реклама|Подпишитесь|Новости партн[её]ров|Другие новости|Новости по теме"
    r"|Самое (?:читаемое|популярное|интересное)|Вам (?:может быть|будет) интересно|Сейчас читают|Главное за день"
    r"|Последние новости|Больше новостей|Хотите быть в курсе|Ошибка в тексте|Сюжет\s*:|Інші новини|Новини партнерів"
    r"|Останні новини|Найпопулярніше|Іншыя навіны|Навіны партнёраў|Related Stories|More from|Most (?:read|popular)"
    r"|Najczęściej czytane|Czytaj więcej|Zobacz więcej)",
    re.I,
)
# The teaser as a line of its own, or after the last sentence of a paragraph, up to the line's end.
_READ_ALSO_LINE_RE = re.compile(rf"^\s*(?:{READ_ALSO})(?=[\s:.—–-]|$).*$", re.I)
_READ_ALSO_TAIL_RE = re.compile(rf"(?<=[.!?…»\"”])\s+(?:{READ_ALSO})\s*[:—–-].*$", re.I)
# Service lines of a page (a call to follow the outlet, a press contact, a wire's credits), read
# by their shape, never as whole strings, and only as a whole short line (``CALL_MAX_WORDS``, ``CREDIT_MAX_WORDS``): a
# sentence of the article that mentions Telegram or a phone stays.
# A platform or channel where an outlet asks to be followed, in the languages read.
_PLATFORM = (
    r"(?:Telegram|Телеграм|Телеграмм|Дзен|Dzen|Zen|ВКонтакте|ВК|VK|Одноклассник\w*|OK|MAX|Rutube|RuTube"
    r"|YouTube|Ютуб\w*|X|Twitter|Твиттер\w*|Facebook|Фейсбук\w*|Instagram|Инстаграм\w*|TikTok|Тикток\w*"
    r"|WhatsApp|Viber|Вайбер\w*|Threads|Bluesky|LinkedIn|Google News|Google Новост\w+|Яндекс[ .]Новост\w+"
    r"|Apple News|Flipboard|RSS)"
)
# A call addressed to the reader, at the head of a line: subscribe (always a service line when it
# is the whole short line), or read, follow, join, watch, listen (a service line when the line
# names a platform or channel, or the reader's "us": ``CALL_OBJECT``).
_SUBSCRIBE = (
    r"(?:Подписывайтесь|Подписывайся|Подпишитесь|Подпишись|Підписуйтесь|Підписуйтеся|Підпишіться|Підпишись"
    r"|Падпісвайцеся|Падпісвайся|Падпішыцеся|Падпішыся|Subskrybuj(?:cie)?|Zasubskrybuj(?:cie)?|Subscribe"
    r"|Sign up|Жазылыңыз|Жазылыңдар)"
)
_CALL = (
    r"(?:Читайте|Читай|Следите|Смотрите|Слушайте|Присоединяйтесь|Вступайте|Добавляйте|Переходите"
    r"|Читайте|Слідкуйте|Стежте|Дивіться|Слухайте|Долучайтеся|Долучайтесь|Приєднуйтесь|Приєднуйтеся|Додавайте"
    r"|Чытайце|Сачыце|Глядзіце|Слухайце|Далучайцеся|Дадавайце"
    r"|Czytaj(?:cie)?|Obserwuj(?:cie)?|Śledź(?:cie)?|Dołącz(?:cie)?|Polub(?:cie)?|Oglądaj(?:cie)?|Słuchaj(?:cie)?"
    r"|Follow|Join|Read|Watch|Listen)"
)
_CALL_OBJECT = (
    rf"(?:{_PLATFORM}(?![\w])|[Tt]elegram|канал\w*|каналі|kanał\w*|channel|newsletter|рассылк\w+|розсилк\w+"
    r"|соцсет\w+|соцмереж\w+|сацсетк\w+|social media|нас|нами|нам|наш\w*|us|our|nas|nami|nasz\w*)"
)
# Kazakh puts the verb last: "Бізді Telegram-да оқыңыз", "Біздің арнаға жазылыңыз".
_KK_CALL = r"(?:оқыңыз|оқыңдар|жазылыңыз|жазылыңдар|қосылыңыз|қосылыңдар|бақылаңыз|қараңыз)"
CALL_MAX_WORDS = 14  # a call to follow the outlet: a short line
CREDIT_MAX_WORDS = 40  # a press contact or a wire's credits: names, phones, addresses
_CALL_LINE_RES = (
    # subscribe: alone, or to something ("на", "to", "na") or with a platform, a channel or "us"
    # after it ("Подпишитесь под обращением, сказал министр" is a quote, not a call)
    re.compile(
        rf"^\W*{_SUBSCRIBE}\b(?:\W*$|(?=\s+(?:на|to|na|до|for)\b)|(?=.*?(?<![\w-]){_CALL_OBJECT}(?!\w)))",
        re.I,
    ),
    re.compile(rf"^\W*{_CALL}\b(?=.*?(?<![\w-]){_CALL_OBJECT}(?!\w))"),
    re.compile(rf"^\W*(?:Бізді|Біздің)\b(?=.*\b{_KK_CALL}\W*$)", re.I),
)
# A caption or credit of a photo or video inside the article ("Фото: пресс-служба МИД", "Фото
# БЕЛТА", "Видео: ...", "Photo: Reuters", "Fot. PAP"): a line of the page, wherever it stands.
_CAPTION_LINE_RE = re.compile(
    r"^\W*(?:Фото|Фота|Видео|Відео|Відэа|Фото и видео|Фото/видео|Скриншот|Кадр|Photo|Video|Zdjęcie|Fot\.|Фотосурет)"
    r"(?:\s*[:/©|—–-]|\s+(?=[A-ZА-ЯЁІЎЄЇҐ«\"]))",
)
CAPTION_MAX_WORDS = 12
_CREDIT_LINE_RES = (
    # a press contact: "Справки для прессы по телефону: ...", "Контакты для СМИ: ...", "Media contact: ..."
    re.compile(
        r"^\W*(?:(?:Справки|Довідки|Даведкі|Контакты?|Контакти|Кантакты)\s+для\s+(?:прессы|СМИ|ЗМІ|преси|прэсы|журналистов|журналістів)"
        r"|(?:Kontakt|Informacje)\s+dla\s+(?:mediów|prasy)|(?:Media|Press)\s+(?:contacts?|enquiries|inquiries)"
        r"|БАҚ\s+үшін|Баспасөз\s+үшін)\b",
        re.I,
    ),
    # a wire's credits: "Reporting by ...; Editing by ...", "Our Standards: The Thomson Reuters Trust Principles."
    re.compile(
        r"^\W*(?:(?:Additional\s+)?[Rr]eporting\s+by|Writing\s+by|Editing\s+by|Compiled\s+by|Our\s+Standards:)\s"
    ),
    # a byline: "Автор: Анна Смирнова", "Редактор: ...", "Корреспондент: ...", "Autor: ...", "Author: ..."
    re.compile(
        r"^\W*(?:Автор(?:ы|и)?|Редактор|Рэдактар|Корреспондент|Кореспондент|Карэспандэнт|Autor(?:zy)?|Redaktor"
        r"|Authors?|Editor)\s*:\s*\S",
        re.I,
    ),
)
# A wire's credits in brackets closing a story: the reporters' names, then an editor's or
# translator's ("(Ольга Попова. Редактор Дмитрий Антонов)", "(Анна Белова; редактор Павел Орлов)",
# "(Олена Ткач. Редактор Ігор Бондар)", "(Reporting by ...)")
_CREDIT_NAME = r"[A-ZА-ЯЁІЎЄЇ][\w'’-]+(?:\s+[A-ZА-ЯЁІЎЄЇ][\w'’-]+){0,2}"
_BRACKETED_CREDITS_RE = re.compile(
    # the reporters' names only, then the editor's or translator's word and a name
    rf"\(\s*{_CREDIT_NAME}(?:\s*(?:,|и|і|and)\s*{_CREDIT_NAME})*\s*[.;,]\s*"
    r"(?:[Рр]едактор|[Рр]едакторы|[Рр]эдактар|[Рр]едагування|[Рр]едагувала?|[Рр]едактировала?|[Пп]еревод"
    r"|[Пп]ереклад|[Ee]diting\s+by|[Ee]dited\s+by|[Rr]edakcja|[Rr]edagował[a]?)"
    rf"\s+{_CREDIT_NAME}(?:\s*(?:,|и|і|and)\s*{_CREDIT_NAME})*\s*\)"
    r"|\(\s*(?:Additional\s+)?[Rr]eporting\s+by\s[^()]{2,160}\)"
)
# A notice asking the reader to report a typo ("Нашли ошибку? Выделите её и нажмите Ctrl+Enter").
_TYPO_NOTICE_RE = re.compile(r"\bCtrl\s*\+\s*Enter\b", re.I)
AGENCY_END_RE = re.compile(r"\s*-0-\s*$")
# (behind a look-ahead for its first letters: searched through the whole page, case-insensitively)
SELF_NAME_RE = re.compile(guarded([r"(?:Telegram|Телеграм)[-\s]?канал[еау]?\s+«(?P<name>[^»]{2,40})»"]), re.I)
CORR_RE = re.compile(r"/\s*Корр\.\s*(?P<name>[А-ЯЁA-Z][\w\-\.]{1,20})\s*/")
PASSES_RE = re.compile(r"передает\s+(?:корреспондент\s+)?(?P<name>[А-ЯЁ]{3,}|«[^»]{2,30}»)")
URL_LINE_RE = re.compile(r"^\s*(?:url|source|link)\s*:\s*(?P<url>https?://\S+)", re.I | re.M)
WORD_RE = re.compile(r"\w+")
# An exchange-rate quote: an ISO 4217 code (written in capitals), maybe a pair of them (``EUR/PLN``),
# or a currency sign, then a figure, maybe after an equals sign and before the code it is in
# (``1 USD = 1,7000 AZN``)
_CODES = "|".join(CURRENCY_CODES)
_RATE = (
    rf"(?:(?-i:\b(?:{_CODES})(?:/(?:{_CODES}))?\b)|[$€¥£₽₴₸])\s*(?:=\s*)?\d[\d,.]*"
    rf"(?:\s*(?-i:\b(?:{_CODES})\b))?"
)
# A temperature: a degree sign after a signed figure or before a scale (``+4°``, ``-12 °C``, ``°F``)
_TEMPERATURE = r"[-+−]\d+\s*°|°[CСF]\b|°[CС]"
# Page chrome: weather, exchange rates (two quotes on a line: a headline may name one amount), links.
CHROME_LINE_RE = re.compile(
    rf"{_TEMPERATURE}|\bhttps?://|\b(?:погода|курсы? валют)\b|{_RATE}.*?{_RATE}", re.I
)
# What a chrome line holds besides words: temperatures, links, exchange-rate quotes.
_CHROME_MARKS_RE = re.compile(rf"[-+−]?\d*\s*°[CСF]?|\bhttps?://\S*|{_RATE}", re.I)
# A navigation bar: three or more short items between separators ("Главная | Политика | В мире").
NAV_SEP_RE = re.compile(r"\s[|/•·»>]\s|\s{3,}")
_TWO_SPACES_RE = re.compile(r"[ \t\u00a0]{2,}")
# A copyright notice or a cookie banner of the page's footer, in the languages read.
COPYRIGHT_RE = re.compile(
    r"©|&copy;|\(c\)\s*(?:19|20)\d\d|\bcopyright\b|\bcookies?\b|все права защищены|all rights reserved"
    r"|усе правы абаронены|всі права захищені|wszelkie prawa zastrzeżone|барлық құқықтар қорғалған",
    re.I,
)
SENTENCE_END_RE = re.compile(r"[.!?…»\"]\s*$")
LEAD_END_RE = re.compile(r"[.!?…:][\"»”)]*\s*$")  # a line that ends like a sentence or opens a quote
DATE_SOURCES = ("header", "dateline", "html meta", "feed", "json", "url", "none")


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    title: str | None
    published_date: date | None
    publisher: str | None
    url: str | None
    body_start: int
    body_end: int
    published_date_source: str = "none"  # one of DATE_SOURCES: where published_date was stated
    modified_date: date | None = None  # an "updated" stamp on the page


@dataclass(frozen=True, slots=True)
class Dateline:
    """An agency dateline at the start of the body: its date (day and month, maybe a year) and the
    agency it names, if any. ``end`` is past the dateline's own punctuation (``/ТАСС/.``, ``(Reuters)
    -``, ``—``): the body's first sentence starts after it."""

    start: int
    end: int
    day: int
    month: int
    year: int | None
    agency: str | None


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _words(s: str) -> int:
    return len(WORD_RE.findall(s))


@cache
def _words_at_least_re(n: int) -> re.Pattern[str]:
    # n maximal runs of word characters (possessive: a run is never split in two), from the start
    return re.compile(rf"\W*+(?:\w++\W*+){{{n}}}")


def _words_at_least(s: str, n: int) -> bool:
    """``_words(s) >= n``, read no further than the ``n``-th word: a paragraph's words are not
    all counted to learn that it has eight."""
    return _words_at_least_re(n).match(s) is not None


_FIGURE_RE = re.compile(r"\d")


def match_dateline(text: str, pos: int = 0) -> Dateline | None:
    """The agency dateline starting at ``text[pos]``, or None. Offsets are into ``text``.

    Datelines are read in Russian, Ukrainian, Belarusian, Polish, Kazakh and English, place first
    (``МОСКВА, 30 ноября /ТАСС/.``, ``КИЇВ, 30 листопада — Укрінформ.``, ``WARSAW, Nov 30 (Reuters)
    -``) or date first (``27 февраля, Минск /Корр. БЕЛТА/.``). One without an agency (``МОСКВА, 30
    ноября —``, ``БАКУ, 30 ноября 2026.``) must end with a dash or a stop and have its place in
    capitals or a year, so that a sentence that opens with a place and a date is no dateline."""
    if _FIGURE_RE.search(text, pos) is None:
        return None  # every dateline holds its day in figures
    for rx in (DATELINE_RE, PLACE_DATELINE_RE):
        m = rx.match(text, pos)
        if m is None:
            continue
        groups = m.groupdict()
        word, day = (m["month"], m["day"]) if m["month"] else (m["month2"], m["day2"])
        month = day_month_number(word)
        if month is None or not 1 <= int(day) <= 31:
            continue
        agency = next(
            (
                groups[g]
                for g in (
                    "agency",
                    "agency_b",
                    "agency2",
                    "agency3",
                    "agency4",
                    "agency5",
                    "agency6",
                    "agency8",
                )
                if groups.get(g)
            ),
            None,
        )
        if groups.get("agency7"):
            # a word of any script before the dash is an agency only when it is an outlet's name
            # or shaped like a brand ("ҚазАқпарат -", "Укрінформ -"); else a sentence's first word
            name = groups["agency7"]
            if name.casefold() not in OUTLET_NAMES and _BRAND_STEM_RE.match(name) is None:
                continue
            agency = name
        if agency is None and not (m["place"].split(",")[0].isupper() or m["year"]):
            continue
        end = m.end()
        while end > m.start() and text[end - 1].isspace():
            end -= 1
        return Dateline(m.start(), end, int(day), month, int(m["year"]) if m["year"] else None, agency)
    return None


@dataclass(frozen=True, slots=True)
class AgencyOpening:
    """A place and an agency opening the body with no date (``ASTANA. KAZINFORM -``, ``Warszawa
    (PAP) -``): ``end`` is past the dash, where the body's first sentence starts."""

    start: int
    end: int
    place: str
    agency: str


# A place of one or two capitalised words, then the agency after a stop or a comma or in brackets,
# then a dash: the opening of an agency's story that states no date.
AGENCY_OPENING_RE = re.compile(
    rf"(?P<place>{_NAME}(?:[ \-]{_NAME})?)"
    rf"(?:[.,][ \t]+(?P<agency>{_NAME}(?:[ .]{_NAME}){{0,2}})|[ \t]*\((?P<agency_b>[^()\n]{{2,30}})\))"
    r"[ \t]*[—–-]{1,2}[ \t]+(?=\S)"
)


def match_agency_opening(text: str, pos: int = 0) -> AgencyOpening | None:
    """The date-less agency opening starting at ``text[pos]`` (``ASTANA. KAZINFORM -``, ``Warszawa
    (PAP) -``, ``MOSCOW (Reuters) -``, ``МИНСК, БЕЛТА —``), or None; offsets into ``text``. The
    agency must read as an outlet's name (``OUTLET_NAMES``, a domain, a brand word: ``_outlet_shaped``,
    compared case-insensitively), so that ``Россия (РФ) — ...`` or ``Минск, Беларусь — ...`` is none.
    A dateline with a date is ``match_dateline``'s."""
    m = AGENCY_OPENING_RE.match(text, pos)
    if m is None:
        return None
    agency = (m["agency"] or m["agency_b"]).strip()
    if not (_outlet_shaped(agency) or _outlet_shaped(agency.title())):
        return None
    end = m.end()
    while end > m.start() and text[end - 1].isspace():
        end -= 1
    return AgencyOpening(m.start(), end, m["place"], agency)


@dataclass(frozen=True, slots=True)
class ScraperHeader:
    """The scraper's header line: the date it states, the title and the site (None when missing)."""

    date: date
    title: str | None
    site: str | None


def match_scraper_header(line: str) -> ScraperHeader | None:
    """The scraper header of ``line`` (`` date 2025-11-14 <title> <site> [<image URLs>]``), read by
    its shape: the site is the last word before the URLs when it is a domain with any ending
    (``belta.by``, ``pap.pl``, ``news.cn``, ``24.kg``) or a capitalised name (``БЕЛТА``,
    ``Reuters``, ``Арменпресс``; with an agency's abbreviation before it, ``РИА Новости``, ``ИА
    Фергана``, never a country's, ``... с США РБК``; with a brand before it, ``Sputnik Армения``; a name of several
    capitalised words ending in a masthead noun, ``MASTHEAD_NOUNS``: ``Astana Times``, ``The Moscow
    Times``, ``Kyiv Post``); a lower-case last word is the title's. None for any other line, or a header whose date is no date."""
    m = SCRAPER_HEADER_RE.match(line)
    if m is None:
        return None
    try:
        stated = date.fromisoformat(m["date"])
    except ValueError:
        return None
    words = m["rest"].split()
    site = None
    if _SITE_DOMAIN_RE.match(words[-1]) or _SITE_NAME_RE.match(words[-1]):
        site = words.pop()
        if (
            len(words) > 1
            and _SITE_PREFIX_RE.match(words[-1])
            and not _SITE_DOMAIN_RE.match(site)
            and (words[-1].upper() in _AGENCY_PREFIXES or _outlet_shaped(f"{words[-1]} {site}"))
        ):
            # an agency's prefix (РИА, ИА), never the title's last word in capitals ("... с США РБК")
            site = f"{words.pop()} {site}"
        elif len(words) > 1 and words[-1].casefold() in _EDITION_BRANDS:
            site = f"{words.pop()} {site}"  # a brand's edition: "Sputnik Армения", "BBC Украина"
        elif site.lower() in MASTHEAD_NOUNS:  # Astana Times, The Moscow Times, Daily News
            for _ in range(2):
                if len(words) > 1 and _SITE_NAME_RE.match(words[-1]) and words[-1].lower() != "the":
                    site = f"{words.pop()} {site}"
            if len(words) > 1 and words[-1] in ("The", "the"):
                site = f"{words.pop()} {site}"
    title = " ".join(words) or None
    return ScraperHeader(stated, title, site)


def _outlet_shaped(name: str, loose: bool = True) -> bool:
    """Whether ``name`` reads as an outlet's name: one of ``OUTLET_NAMES``, maybe with the country of
    its edition (``Sputnik Армения``); a domain (``tengrinews.kz``); one brand word ending in a
    masthead stem (``Tengrinews``, ``Укрінформ``); or two or three words ending in a masthead noun,
    every one capitalised (``Kyiv Post``, ``The Moscow Times``), or in Cyrillic or Polish the first
    (``Каспийский вестник``, ``Волга Ньюс``) unless ``loose`` is False."""
    folded = name.casefold()
    if folded in OUTLET_NAMES or _SITE_DOMAIN_RE.match(name):
        return True
    words = name.split()
    if len(words) >= 2 and " ".join(words[:-1]).casefold() in _EDITION_BRANDS and words[-1][:1].isupper():
        return True
    if len(words) == 1:
        return bool(_BRAND_STEM_RE.match(name)) and name[:1].isupper()
    if len(words) == 2 and words[0].casefold() in _NOUN_FIRST_MASTHEADS and words[1][:1].isupper():
        return True  # Polish puts the noun first: "Dziennik Bałtycki", "Kurier Lubelski"
    return (
        len(words) <= 3
        and words[-1].casefold() in MASTHEAD_NOUNS
        and words[0][:1].isupper()
        and words[0].casefold() not in _SECTION_OPENERS
        # every word capitalised, or in Cyrillic and Polish the first only ("Каспийский вестник",
        # "Экономика сегодня", "Dziennik Bałtycki")
        and (all(w[:1].isupper() for w in words) or (loose and not _LATIN_ONLY_RE.fullmatch(name)))
    )


# masthead nouns a Polish outlet's name opens with
_NOUN_FIRST_MASTHEADS = frozenset({"dziennik", "gazeta", "kurier", "tygodnik", "głos", "echo", "express"})
# the first words of a section's heading, not an outlet's name ("Последние новости", "Все новости")
_SECTION_OPENERS = frozenset(
    {"главная", "последние", "все", "свежие", "горячие", "лента", "топ", "главные", "останні", "усі",
     "головні", "апошнія", "галоўныя", "najnowsze", "wszystkie", "latest", "top", "all", "breaking"}
)  # fmt: skip
# a name in the Latin letters of English only: its masthead capitalises every word
_LATIN_ONLY_RE = re.compile(r"[A-Za-z .'’&-]+")


# The outlet's name a page's headline line ends with: "Headline | РИА Новости", "Headline — Новости
# Беларуси | БелТА" (the site's tagline before it goes too).
_SITE_SUFFIX_RE = re.compile(r"\s*(?:\||\s[—–]\s)\s*(?P<site>[^|—–]{2,40})$")
_SITE_TAGLINE_RE = re.compile(r"\s+[—–-]\s+(?:Новости|Навіны|Новини|Wiadomości|News)\b[^|—–]{0,40}$", re.I)


def split_site_suffix(title: str) -> tuple[str, str | None]:
    """``(headline, outlet)`` of a headline line that ends with the outlet's name after ``|``
    (``_outlet_shaped``: ``... | РИА Новости``), without a site tagline before it (``— Новости
    Беларуси``); after a dash (``... — БелТА``) the name goes and the outlet is None (it may be a
    source the headline cites); ``(title, None)`` when the line ends with no outlet's name."""
    m = _SITE_SUFFIX_RE.search(title)
    if m is None or not _outlet_shaped(m["site"].strip().strip('«»"“”')):
        return title, None
    head = _SITE_TAGLINE_RE.sub("", title[: m.start()]).strip()
    if _words(head) < 3:
        return title, None
    # after a dash the name may be a source the headline cites ("Лавров: ... — ТАСС" on a portal):
    # no publisher then
    return head, m["site"].strip().strip('«»"“”') if "|" in m.group() else None


def masthead_publisher(line: str) -> str | None:
    """The outlet a page's masthead line names: the whole line when it is an outlet's name
    (``_outlet_shaped``: ``Звязда``, ``Укрінформ``, ``tengrinews.kz``), or the part after a
    separator (``Section | Outlet``, ``Section — Outlet``: ``Новости Казахстана | Tengrinews``).
    None for any other line: a headline, a section name, a navigation bar (three parts or more),
    a sentence, a date."""
    s = line.strip()
    if not s or len(s) > MASTHEAD_MAX_CHARS or SENTENCE_END_RE.search(s) or find_dates(s):
        return None
    parts = [p.strip() for p in _MASTHEAD_SEP_RE.split(s)]
    if len(parts) > 2 or not all(parts):
        return None
    # the outlet after the section ("Новости Казахстана | Tengrinews"), else before its tagline
    # ("Звязда — грамадска-палітычная газета", "ВЗГЛЯД / Деловая газета")
    # (a name of every word capitalised, or a known one, before one capitalised as Russian writes
    # a tagline too: "ВЗГЛЯД / Деловая газета")
    for loose in (False, True):
        for part in (parts[-1], parts[0]) if len(parts) == 2 else parts:
            name = part.strip('«»"“”')
            if _words(name) <= 4 and _outlet_shaped(name, loose):
                return name
    return None


def _is_nav_bar(line: str) -> bool:
    """A menu: three parts or more of one to three words between separators (``Главная | Политика
    | Экономика``), or four words or more, each a capital and lowercase letters (no punctuation, no
    digit, no word in capitals)
    (``Новости Политика Экономика Общество Спорт``; in Latin letters only with no function word,
    which a headline in title case has: ``Home News World Politics Business``, not ``Poland And
    Slovakia Agree On Rail Link``)."""
    parts = [p for p in NAV_SEP_RE.split(line.strip()) if p.strip()]
    if len(parts) >= 3 and all(_words(p) <= 3 for p in parts):
        return True
    # items two spaces apart, each capitalized ("Новости  Россия  В мире  Экономика  Спорт"): four
    # or more, as a page's text copy writes a menu's links
    parts = [p for p in _TWO_SPACES_RE.split(line.strip()) if p.strip()]
    if len(parts) >= 4 and all(_words(p) <= 3 and p.strip()[:1].isupper() for p in parts):
        return True
    words = line.split()
    if len(words) < 4 or not all(
        w[:1].isupper() and w[1:].replace("-", "").islower() and w.replace("-", "").isalpha() for w in words
    ):
        return False
    if any("а" <= c.lower() <= "я" or c in "ёЁіІўЎєЄїЇ" for c in line):
        # Cyrillic headlines are written in sentence case; one of capitalized words has a verb
        # ("Умерла Марина Филипповна Ходорковская"), a menu none
        return not any(_verb_reading(w.lower()) for w in words)
    return not any(w.lower() in _TITLE_CASE_FUNCTION_WORDS for w in words)


@cache
def _verb_reading(word: str) -> bool:
    """Whether the dictionary's most likely reading of ``word`` (lower case) is a verb."""
    found = parses(word)
    return bool(found) and found[0].tag.POS in ("VERB", "INFN", "PRTS")


# Words a headline in English title case holds and a menu seldom does.
_TITLE_CASE_FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by", "from", "as", "after",
     "over", "into", "amid", "says", "is", "are", "will", "new"}
)  # fmt: skip


def _line(text: str, lines: list[tuple[int, int]], i: int) -> str:
    s, e = lines[i]
    return text[s:e]


# What widgets print beside a page's date, never in a headline: a clock time ("Вчера, 14:30") or a
# view or comment counter ("2 351 просмотр", "1.2K views", "Коментарі: 5", "👁 1520").
_WIDGET_RE = re.compile(
    r"(?<![\d:])[0-2]?\d:[0-5]\d(?![\d:])"
    r"|\d\s*[KkКк]?\s*(?:просмотр|комментари|перегляд|каментар|прагляд|wyświetl|odsłon|komentarz"
    r"|views?\b|comments?\b|қаралым|пікір)"
    r"|(?:просмотр\w*|коментар\w*|комментари\w*|views?|comments?)\s*:\s*\d|👁",
    re.I,
)


_FIGURE_RE = re.compile(r"(?<![^\W\d_])\d+(?![^\W\d_])")  # a figure of its own, not a part of "WIG20"
_LETTERS_WORD_RE = re.compile(r"[^\W\d_]+\w*")


def _quotes_line(line: str) -> bool:
    """Whether ``line`` is a market ticker: fewer than four words and more figures than words
    (``WIG20 2 514,3 (+0,4%)  EUR/PLN 4,24``, ``IMOEX 2 801 (−0,3%)  Brent 63,1``); a headline names
    what its figures are (``Brent подорожала до $63``)."""
    words = len(_LETTERS_WORD_RE.findall(line))
    return words < 4 and len(_FIGURE_RE.findall(line)) > words


def _is_title_candidate(line: str, min_words: int = 4, dated: bool = False) -> bool:
    """Whether ``line`` may be a headline: ``min_words`` words or more, no page furniture (a
    widget, chrome, a copyright, a navigation bar, a link, a dateline, a service line) and no date;
    with ``dated``, a date the words around which make a headline of their own (``Вчера, 1
    декабря, в Астане прошли переговоры Казахстана и Китая``; not ``Новости, 3 декабря 2026,
    14:35``)."""
    s = line.strip()
    return (
        len(s) <= 250
        and not s.startswith("/")
        and _words_at_least(s, min_words)
        and not _WIDGET_RE.search(s)
        and not _quotes_line(s)
        and (_words_beside_dates(s, min_words) if dated else not find_dates(s))
        and not _title_chrome(s)
        and not COPYRIGHT_RE.search(s)
        and not _is_nav_bar(s)
        and not URL_LINE_RE.match(s)
        and match_dateline(s) is None
        and not is_service_line(s)
        and date_line(s) is None  # a date line whose date reads only with its glue undone
        and _RELATIVE_TIME_LINE_RE.match(s) is None
        and not is_issue_line(s)
        and not byline_line(s)
        and _FEATURED_LINE_RE.match(s) is None
    )


# A portal's featured story in its header, under its label ("Главное: Инфляция в ноябре
# замедлилась до 7,4%", "Top story: ...", "Najważniejsze: ..."): another story's headline
_FEATURED_LINE_RE = re.compile(
    r"(?:главное|главная новость|головне|галоўнае|басты жаңалық|najważniejsze|top story|featured|в фокусе"
    r"|у фокусі|w skrócie)\s*:\s",
    re.I,
)


# A time relative to the page's view, as a line of its own under a headline, maybe with a label and
# a counter: "Published 2 days ago · 3 min read", "Опубликовано 2 часа назад", "3 гадзіны таму",
# "5 godzin temu": no headline, and no date (the day it names is unknown)
_RELATIVE_TIME_LINE_RE = re.compile(
    r"^(?:(?:published|posted|updated|опубликовано|обновлено|опубліковано|оновлено|апублікавана"
    r"|абноўлена|opublikowano|zaktualizowano)\s*:?\s*)?(?:\d+|one|a|an|один|одна|два|две|три)\s+"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|сек\w*|мин\w*|час\w*|дн\w*|день"
    r"|недел\w*|месяц\w*|хвилин\w*|годин\w*|тижн\w*|хвілін\w*|гадзін\w*|тыдн\w*|sekund\w*|minut\w*"
    r"|godzin\w*|dni|dzień|tygodni\w*)\s+(?:ago|назад|тому|таму|temu)\b.{0,40}$",
    re.I,
)


# A lowercase word of three letters or more of the press's alphabets (a headline's words; a date
# line has few or none), and a time of day (a date line's).
_LOWER_WORD_RE = re.compile(r"(?<![\w-])[a-zа-яёіўєїґąćęłńóśźżәғқңөұүһ]{3,}")
_CLOCK_TIME_RE = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


def _words_beside_dates(s: str, min_words: int) -> bool:
    """Whether ``s`` has no date, or, with its dates cut out, still ``min_words`` words, two of
    them lowercase, and no time of day: a headline that names a day (``Вчера, 1 декабря, в Астане
    прошли переговоры``), not a date line (``3 декабря 2026, 14:35 по московскому времени``)."""
    dates = find_dates(s)
    if not dates:
        return True
    if _CLOCK_TIME_RE.search(s):
        return False
    rest = s
    for d in sorted(dates, key=lambda d: -d.start):
        rest = rest[: d.start] + " " + rest[d.end :]
    return _words_at_least(rest, min_words) and len(_LOWER_WORD_RE.findall(rest)) >= 2


def _dated_title_line(text: str, lines: list[tuple[int, int]], first: int, start: int) -> int | None:
    """The line of a headline that names a day (``Вчера, 1 декабря, в Астане прошли переговоры
    Казахстана и Китая``), or None: on a page with no other headline, the first line that is not
    blank, above the body's first line ``start``, a title line by every test but its date
    (``_is_title_candidate(..., dated=True)``). Lower down, a dated line is a caption, a date line
    or a lead, never taken for the headline."""
    i = _first_text_line(text, lines, first, start)
    if i is None or not _is_title_candidate(_line(text, lines, i), dated=True):
        return None
    return i


# A headline, a dash, maybe an outlet and a comma, and a date: "Россия и Вьетнам обсудили ядерный
# проект — ТАСС, 12 марта 2025", "... о транзите — 12.03.2025".
_TITLE_DATE_RE = re.compile(
    r"(?P<title>.+?)\s+[—–]\s+(?:(?P<site>[^\d,—–|]{2,40}),\s*)?(?P<date>[^—–|]*\d[^—–|]*)"
)


def _title_with_date(line: str) -> tuple[str, date, str | None] | None:
    """(headline, date, outlet or None) of a headline line that ends in a dash, maybe an outlet's
    name and a comma, and a date line's date (``_bare_date_line``); None for any other line."""
    m = _TITLE_DATE_RE.fullmatch(line.strip())
    if m is None or not _is_title_candidate(m["title"]) or not _bare_date_line(m["date"]):
        return None
    days = line_days(m["date"])
    if days is None or days[0] is None:
        return None
    return m["title"].strip(), days[0], (m["site"] or "").strip() or None


def _weekday_date(line: str) -> date | None:
    """The publication day of a date line that names its weekday (``Среда, 12 марта 2025, 14:35``,
    ``Wednesday, March 12, 2025``), None for any other line."""
    if WEEKDAY_RE.search(line) is None:
        return None
    days = line_days(WEEKDAY_RE.sub("", line).strip(" ,|·•-–—"))
    return days[0] if days is not None else None


def _bare_date_line(line: str) -> bool:
    """Whether ``line`` is a date line whose date comes first, or after a publication label only
    (``2 декабря 2026, 15:00``, ``Опубликовано: ...``; not a caption ``Тулси Габбард, 12 февраля
    2020 года``)."""
    stripped = line.strip()
    if PUBLISHED_PREFIX_RE.match(stripped):
        return date_line(stripped) is not None
    if date_line(stripped) is None:  # first: it turns long lines away before any date pattern runs
        return False
    found = find_dates(stripped)
    return bool(found) and not WORD_RE.search(stripped, 0, found[0].start)


def _next_text_line(text: str, lines: list[tuple[int, int]], i: int) -> int | None:
    """The index of the first line from ``i`` on that is not blank, or None."""
    while i < len(lines):
        if _line(text, lines, i).strip():
            return i
        i += 1
    return None


def _first_text_line(text: str, lines: list[tuple[int, int]], first: int, start: int) -> int | None:
    """The first line from ``first`` on, before ``start``, that is not blank; None when there is none."""
    i = first
    while i < start and not _line(text, lines, i).strip():
        i += 1
    return i if i < start else None


# Words of a site's section labels ("Все новости", "Лента", "Главная", "Wiadomości"): a short line
# with one is no headline.
_SECTION_WORD_RE = re.compile(
    r"(?<!\w)(?:новост|новин|навін|news|wiadomoś|aktualnoś|жаңалық|лент[аы]|главная|галоўная|головна|рубрик"
    r"|раздел|разд|home|menu|меню)",
    re.I,
)


def _short_title_line(text: str, lines: list[tuple[int, int]], first: int, start: int) -> int | None:
    """The line of a headline of two or three words (``Путин посетил Минск``, ``Tokayev visits
    Beijing``), or None: the first line of the text that is not blank, with only blank lines
    between it and the body's first line ``start``, passing every test of a title line but its
    length (no chrome, date, dateline, link, navigation bar or service line), ending in no
    stop or colon and holding no word of a section label (``Все новости``). A short line under page chrome (``Главная``, ``Новости Беларуси``) is a
    section's label, not a headline: it is not the text's first line."""
    i = _first_text_line(text, lines, first, start)
    if i is None or any(_line(text, lines, k).strip() for k in range(i + 1, start)):
        return None
    line = _line(text, lines, i).strip()
    words = _words(line)
    if (
        not 2 <= words < 4
        or line[-1:] in (".", ":", ";", ",")
        or not line[:1].isupper()
        or _SECTION_WORD_RE.search(line)
    ):
        return None
    return i if _is_title_candidate(line, min_words=2) else None


def is_prose_line(line: str) -> bool:
    """Whether ``line`` reads as text of an article: three words or more (numbers aside) that end
    like a sentence or run to eight words, and no page chrome (``is_chrome_line``)."""
    s = line.strip()
    words = [w for w in WORD_RE.findall(s) if not w.isdigit()]
    if len(words) < 3 or (len(words) < 8 and SENTENCE_END_RE.search(s) is None):
        return False
    return not is_chrome_line(s)


def _marked_chrome(line: str) -> bool:
    """Whether ``line`` holds a mark of page chrome (``CHROME_LINE_RE``: a temperature, a link,
    the word weather, two exchange-rate quotes) and, those marks aside, does not read as a sentence:
    eight words or more (numbers aside) ending like one, or fifteen words or more. A widget is a
    few words around its figures (``Минск −2 °C, облачно``, ``USD 92,51 EUR 99,10``, ``Читайте
    также: https://...``); a paragraph that names two amounts in dollars or links its source is
    text (``Товарооборот составил $228,1 млрд, в 2024 году — $244,8 млрд.``)."""
    if not CHROME_LINE_RE.search(line):
        return False
    words = [w for w in WORD_RE.findall(_CHROME_MARKS_RE.sub(" ", line)) if not w.isdigit()]
    return not ((len(words) >= 8 and SENTENCE_END_RE.search(line)) or len(words) >= 15)


def _title_chrome(line: str) -> bool:
    """Whether a chrome mark rules ``line`` out as a headline: any mark but exchange-rate quotes,
    and those with fewer than four words (numbers aside) beside them (``Экспорт вырос до $5 млрд,
    импорт — до $3 млрд`` is a headline; ``Курсы ЦБ: USD 92,51 EUR 99,10`` is none)."""
    if not CHROME_LINE_RE.search(line):
        return False
    without_rates = re.sub(_RATE, " ", line, flags=re.I)
    if CHROME_LINE_RE.search(without_rates):
        return True
    return sum(1 for w in WORD_RE.findall(without_rates) if not w.isdigit()) < 4


def is_chrome_line(line: str) -> bool:
    """Whether ``line`` is page chrome: weather, exchange rates, links (``_marked_chrome``: not in
    a line that reads as a sentence), a navigation bar, a copyright notice, a cookie banner, a
    date line."""
    s = line.strip()
    return bool(
        _marked_chrome(s)
        or COPYRIGHT_RE.search(s)
        or _is_nav_bar(s)
        or URL_LINE_RE.match(s)
        or date_line(s) is not None
        or is_issue_line(s)
        or _FEATURED_LINE_RE.match(s) is not None
    )


# A paragraph's end: a stop, maybe inside closing quotes or a bracket (``... заявил он: «Мы
# готовы».``, ``«Мы готовы!»``); a closing quote alone ends a headline or a ticker's line (``Китай
# и Россия обсудили поставки газа по «Силе Сибири»``), not a paragraph.
_PARAGRAPH_END_RE = re.compile(r"[.!?…][\"»”’)]*\s*$")


def _is_paragraph(line: str) -> bool:
    s = line.strip()
    return match_dateline(s) is not None or (
        _words_at_least(s, 8)
        and (_PARAGRAPH_END_RE.search(s) is not None or _words_at_least(s, 20))
        and date_line(s) is None  # "Dec. 1st, 2026 at 11:02 p.m." ends with a stop, but is no text
    )


def _is_headline_over_date(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether line ``i``, which reads like a paragraph (eight words or more ending like a
    sentence: ``Почему товарооборот ... снизился?``), is the headline: a title-like line of at most
    25 words (no agency dateline) whose next line that is not blank is a date line (``01.12.2026
    08:00``, ``1 декабря 2026, 13:20``) or opens with an agency dateline (``МОСКВА. 2 января 2026.
    INTERFAX.RU -``). A page prints its date under the headline, not under a paragraph, and a
    wire's body opens with its dateline."""
    line = _line(text, lines, i).strip()
    if _words_at_least(line, 26) or not _is_title_candidate(line):
        return False
    for s, e in lines[i + 1 : i + 5]:
        below = text[s:e].strip()
        if below and not byline_line(below):  # "By Aida Nurmagambetova" between them
            days = line_days(below)
            return (
                date_line(below) is not None
                or (days is not None and days[0] is not None)
                or match_dateline(below)
                is not None  # "МОСКВА. 2 января 2026. INTERFAX.RU -": the body's opening
            )
    return False


def _text_line_above(text: str, lines: list[tuple[int, int]], i: int, first: int) -> int | None:
    """The index of the nearest line above ``i``, from ``first`` on, that is not blank, or None."""
    i -= 1
    while i >= first and not _line(text, lines, i).strip():
        i -= 1
    return i if i >= first else None


def _headline_over_dek(
    text: str, lines: list[tuple[int, int]], first: int, title_line: int, start_line: int | None
) -> int:
    """The headline's line when the last title-like line above the body (``title_line``) is a dek:
    a subheadline with no stop right over the body, under the headline that the page's date line
    anchors, the date above the headline (``Экономика, 4 дек 2026`` / headline / dek / body) or
    between them (headline / ``5 grudnia 2026, 10:00`` / dek / body); a newspaper's issue line
    with its day dates the page as a date line does. ``title_line`` otherwise: a
    title-like line over the headline with no date beside it may be a teaser of another story."""
    line = _line(text, lines, title_line).strip()
    if LEAD_END_RE.search(line) is not None:
        return title_line
    below = _next_text_line(text, lines, title_line + 1)
    if below is not None and below != start_line:
        return title_line  # something else under it: a date line makes it the headline
    up = _text_line_above(text, lines, title_line, first)
    if up is None:
        return title_line
    if _bare_date_line(_line(text, lines, up)):
        headline = _text_line_above(text, lines, up, first)  # headline / date / dek
        anchored = headline is not None
    else:
        headline = up if up == title_line - 1 else None  # rubric date / headline / dek, no blank between
        dated = _text_line_above(text, lines, up, first) if headline is not None else None
        anchored = dated is not None and (
            line_days(_line(text, lines, dated)) is not None
            or issue_day(_line(text, lines, dated)) is not None
        )
    if (
        headline is None
        or not anchored
        or not _is_title_candidate(_line(text, lines, headline))
        or LEAD_END_RE.search(_line(text, lines, headline).strip()) is not None
    ):
        return title_line
    return headline


def _is_lead_under(text: str, lines: list[tuple[int, int]], above: int, i: int) -> bool:
    """Whether line ``i`` is a lead paragraph under the title-like line ``above``: only blank
    lines between them, and the line is long (eight words or more) or ends like a sentence
    (``.``, ``!``, ``?``, ``…``, ``:``) where the line above does not."""
    if any(text[s:e].strip() for s, e in lines[above + 1 : i]):
        return False
    line = text[lines[i][0] : lines[i][1]].strip()
    headline = text[lines[above][0] : lines[above][1]].strip()
    if LEAD_END_RE.search(headline):
        return False
    return _words_at_least(line, 8) or LEAD_END_RE.search(line) is not None


def _year_for(day: int, month: int, context: date) -> date | None:
    """Day and month in the year of ``context``, or the year before when that lies ahead of it
    (a dateline of 31 December read from a feed item of 1 January)."""
    for year in (context.year, context.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if (d - context).days <= 2:
            return d
    return None


STATED_DATE_WINDOW_DAYS = 7  # a dateline this many days before the header's date is the article's
COLLECTED_WINDOW_DAYS = 31  # a day and month read from a file collected at most this long after


def _dateline_date(
    dateline: Dateline,
    published: date | None,
    source: str,
    context: date | None,
    context_source: str,
    collected: date | None,
) -> tuple[date | None, str]:
    """The publication date and its source once the body's dateline is read.

    With a date stated on the page (the scraper header or a date line), the dateline's day and
    month take its year (``_year_for``); when that day lies a week or less before the page's date
    (the header giving the day the page was collected) it is the date, from the dateline. Without
    a page date a dateline with a year is the date; one without a year takes it from ``context``
    (a feed item's date) or else from ``collected`` (the day the file was collected) when the day
    and month fall within ``COLLECTED_WINDOW_DAYS`` before it; otherwise the date stays None."""
    day, month = dateline.day, dateline.month
    stated = None
    if dateline.year is not None:
        with contextlib.suppress(ValueError):
            stated = date(dateline.year, month, day)
        if stated is None:
            return published, source
    if published is not None:
        d = stated or _year_for(day, month, published)
        if d is not None and d != published and 0 < (published - d).days <= STATED_DATE_WINDOW_DAYS:
            return d, "dateline"
        return published, source
    if stated is not None:
        return stated, "dateline"
    if context is not None and (d := _year_for(day, month, context)) is not None:
        return d, (context_source if d == context else "dateline")
    d = _year_for(day, month, collected) if collected is not None else None
    if d is not None and collected is not None and (collected - d).days <= COLLECTED_WINDOW_DAYS:
        return d, "dateline"
    return None, "none"


def _yearless_head_date(
    text: str,
    lines: list[tuple[int, int]],
    title_line: int,
    start_line: int,
    context: date | None,
    collected: date | None,
) -> date | None:
    """The date of a date line with no year right under or over the headline (``5 декабря,
    14:20``, ``5 grudnia, 14:20``), its year from ``context`` (a feed item's date) or else from
    ``collected`` (the day the file was collected), the day falling at most
    ``COLLECTED_WINDOW_DAYS`` before it, as a dateline's without a year (``_dateline_date``);
    None otherwise."""
    near = [_next_text_line(text, lines, title_line + 1)]
    above = title_line - 1
    while above >= 0 and not _line(text, lines, above).strip():
        above -= 1
    near.append(above if above >= 0 else None)
    for i in near:
        if i is None or i >= start_line + 1:
            continue
        found = date_line(_line(text, lines, i), year_optional=True)
        if found is None or found[1] != "published" or found[0].year is not None:
            continue
        day, month = found[0].day, found[0].month
        if context is not None:
            return _year_for(day, month, context)
        d = _year_for(day, month, collected) if collected is not None else None
        if d is not None and collected is not None and 0 <= (collected - d).days <= COLLECTED_WINDOW_DAYS:
            return d
        return None
    return None


def collected_dateline_date(body: str, collected: date | None) -> date | None:
    """The date of the agency dateline opening ``body`` (``match_dateline``): its own year, or
    without one the year of ``collected`` (the day the file was collected) when the day falls at
    most ``COLLECTED_WINDOW_DAYS`` before it; None without such a dateline or year."""
    dateline = match_dateline(body, len(body) - len(body.lstrip()))
    if dateline is None:
        return None
    return _dateline_date(dateline, None, "none", None, "none", collected)[0]


def opening_agency(body: str) -> str | None:
    """The agency named where ``body`` opens: by its dateline (``МОСКВА, 14 октября. /ТАСС/.``,
    ``ANKARA, Oct 9 (Reuters) -``: ``match_dateline``) or by a place and an agency with no date
    (``Warszawa (PAP) -``: ``match_agency_opening``); None when it opens with neither or the
    dateline names no agency."""
    start = len(body) - len(body.lstrip())
    dateline = match_dateline(body, start)
    if dateline is not None:
        return dateline.agency.strip(" .") if dateline.agency else None
    opening = match_agency_opening(body, start)
    return opening.agency if opening is not None else None


def opening_dateline_date(body: str, context: date, context_source: str) -> tuple[date, str]:
    """The date of a text that states none in its head, once ``context`` (a feed item's date)
    is known: the agency dateline opening ``body`` (``match_dateline``), its year from
    ``context`` (the year before when the day would lie ahead of it), with the source
    ``"dateline"``; else ``(context, context_source)``, as also when the dateline's day is the
    context's own."""
    dateline = match_dateline(body, len(body) - len(body.lstrip()))
    if dateline is not None:
        found, source = _dateline_date(dateline, None, "none", context, context_source, None)
        if found is not None:
            return found, source
    return context, context_source


def drop_read_also(body: str) -> str:
    """``body`` (lines of an HTML page's main text) without its "read also" teasers
    (``READ_ALSO``, the vocabulary that ends a text page's body): a line that opens with one is
    left out, and one that follows the last sentence of a paragraph is cut from the line. The
    teaser names another story; its countries and numbers are not the article's."""
    kept = []
    for line in body.split("\n"):
        if _READ_ALSO_LINE_RE.match(line):
            continue
        kept.append(_READ_ALSO_TAIL_RE.sub("", line))
    return "\n".join(kept)


_INNER_SENTENCE_RE = re.compile(r"[.!?…]\s+[^\W\d_]")


def _service_head_re() -> re.Pattern[str] | None:
    """The head of a line that may be a service line: past its leading non-word characters, a
    letter some shape of ``is_service_line`` starts with, in any case (None when a shape may start
    with any character). A line with another head is none, and the shapes are not tried on it."""
    heads: set[str] = set()
    for rx in (*_CALL_LINE_RES, _CAPTION_LINE_RE, *_CREDIT_LINE_RES):
        first = first_chars(rx.pattern.removeprefix(r"^\W*")) if rx.pattern.startswith(r"^\W*") else None
        if first is None:
            return None
        heads |= first
    return re.compile(rf"\W*[{''.join(sorted(map(re.escape, heads)))}]", re.I)


_SERVICE_HEAD_RE = _service_head_re()


def is_service_line(line: str) -> bool:
    """Whether ``line``, as a whole line, is a service line of the page, not text of the article:
    a call to follow the outlet (a call verb at its head, subscribe, read, follow, join, in the
    languages read, with a platform, a channel or the reader's "us" after it: ``Подписывайтесь на
    <outlet> в Telegram``, ``Читайте нас в Дзен``, ``Follow us on X``, ``Subskrybuj nasz kanał``;
    the Kazakh verb last: ``Бізді Telegram-да оқыңыз``), of ``CALL_MAX_WORDS`` words at most and
    one sentence; a press contact (``Справки для прессы по телефону: ...``, ``Media contact: ...``)
    or a wire's credits (``Reporting by ...; Editing by ...``, ``Our Standards: ...``), of
    ``CREDIT_MAX_WORDS`` words at most. A sentence that mentions a platform or calls on someone
    (``Министр призвал подписываться на Telegram-канал ведомства.``) is none."""
    s = line.strip()
    if s[:1] == "(" and s[-1:] == ")" and _BRACKETED_CREDITS_RE.fullmatch(s) is not None:
        return True  # a wire's credits closing the story: "(Ольга Попова. Редактор Дмитрий Антонов)"
    if s[:1] == "©" and _words(s) <= CREDIT_MAX_WORDS and not _INNER_SENTENCE_RE.search(s.rstrip(" .!?…")):
        return True  # a copyright line: "© Polska Agencja Prasowa 2026" (no sentence after it)
    if not s or (_SERVICE_HEAD_RE is not None and _SERVICE_HEAD_RE.match(s) is None):
        return False
    # the shapes first: they are anchored at the line's head and fail at once on most lines of
    # prose, whose words are then never counted (this runs for every line of every body)
    call = any(rx.match(s) for rx in _CALL_LINE_RES)
    caption = _CAPTION_LINE_RE.match(s) is not None
    credit = any(rx.match(s) for rx in _CREDIT_LINE_RES)
    if not (call or caption or credit):
        return False
    words = _words(s)
    if call and words <= CALL_MAX_WORDS and not _INNER_SENTENCE_RE.search(s.rstrip(" .!?…")):
        return True
    if caption and words <= CAPTION_MAX_WORDS and not is_prose_line(s):
        return True  # a photo or video caption: "Фото: пресс-служба Минэкономики"
    return credit and words <= CREDIT_MAX_WORDS


# a line of a list holding a figure: maybe a bullet, a name, a dash or a colon, the amount
# ("• Россия — 3,2 млрд долларов", "- Китай: 6,1 млрд")
_FIGURE_ITEM_LINE_RE = re.compile(
    rf"\s*(?:{LIST_BULLET}\s*|{LIST_NUMBER}\s+)?"
    r"[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,3}(?:\s*[—–:]|\s+-)\s*"
    r"(?:[^\W\d_]+\s+)?[$€£¥₽]?\d"
)


def _figures_under_a_heading(text: str, lines: list[tuple[int, int]], i: int, first: int) -> bool:
    """Whether line ``i`` is an item of a list of figures closing a text (``Россия — 3,2 млрд
    долларов``), the lines above it up to a heading ending with a colon (``Экспорт Армении за
    январь-октябрь:``) being such items too: the article's data, not page furniture, though no
    line of it reads as prose."""
    j = i
    while j > first:
        line = _line(text, lines, j).strip()
        if not line or _FIGURE_ITEM_LINE_RE.match(line) is None:
            return False
        j -= 1
        above = _line(text, lines, j).strip()
        if above.endswith(":"):
            return True
    return False


def _closing_furniture(line: str) -> bool:
    """Whether ``line``, among the last lines of a body, is page furniture rather than its text: a
    service line (``is_service_line``), page chrome (``is_chrome_line``: a copyright, a cookie
    banner, a link) or a line that does not read as prose (``is_prose_line``: ``Share this
    article``, ``Поділитися``, ``2 дня назад``, ``Нашли ошибку? Выделите её и нажмите
    Ctrl+Enter``: any line that asks to press Ctrl+Enter); never a date line, which the page's date under the text is read from."""
    s = line.strip()
    if _bare_date_line(s):
        return False
    if is_service_line(s) or is_chrome_line(s) or _TYPO_NOTICE_RE.search(s) is not None:
        return True
    # a short sentence of its own closes many articles ("Сделка закрыта!"): two words and a stop
    return not is_prose_line(s) and not (_words_at_least(s, 2) and LEAD_END_RE.search(s) is not None)


def ends_body(line: str) -> bool:
    """Whether a text page's body ends at ``line``: page furniture after the article
    (``END_MARKERS_RE``: ``Читайте также``, ``Теги:``, ``Комментарии (47)``), or one of
    ``END_WORDS_RE`` (``Реклама``, ``Популярное``) on a line that is no sentence of prose."""
    if END_MARKERS_RE.match(line):
        return True
    s = line.strip()
    return END_WORDS_RE.match(s) is not None and not (is_prose_line(s) and SENTENCE_END_RE.search(s))


def _dated_teaser(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether line ``i`` of a body is the headline of another story, listed after the article
    with its own date line under it (``Беларусь и Куба обсудили поставки сахара`` / ``30 ноября
    2026, 18:00``): a title-like line with no sentence end, and a date line as the next line that
    is not blank. The body ends there."""
    line = _line(text, lines, i).strip()
    if not line or SENTENCE_END_RE.search(line) or not _is_title_candidate(line):
        return False
    j = _next_text_line(text, lines, i + 1)
    return j is not None and j <= i + 2 and _bare_date_line(_line(text, lines, j))


def _teaser_date(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether the date line ``i`` is printed under another story's headline: the nearest line
    above it that is not blank is a title-like line with no sentence end (``_dated_teaser``)."""
    j = i - 1
    while j >= 0 and not _line(text, lines, j).strip():
        j -= 1
    return j >= 0 and _dated_teaser(text, lines, j)


def _teaser_inside_text(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether line ``i``, a "read also" teaser (``READ_ALSO``: ``Читайте также: <headline>``),
    stands inside the article: the next line that is not blank is a paragraph of prose (eight
    words or more ending like a sentence), not another headline of a list of related stories. The
    teaser line itself is left out of the body (``drop_read_also``)."""
    if not _READ_ALSO_LINE_RE.match(_line(text, lines, i)):
        return False
    j = _next_text_line(text, lines, i + 1)
    if j is None:
        return False
    after = _line(text, lines, j).strip()
    return (
        _words_at_least(after, 8)
        and SENTENCE_END_RE.search(after) is not None
        and is_prose_line(after)
        and not ends_body(after)
    )


def cut_body_end(body: str) -> str:
    """``body`` (the lines of an HTML page's main text or of a JSON item's text field) up to the
    page furniture after the article, as a text page's body ends (``parse_scraped_text``): the
    first line after the first that ends a body (``ends_body``: ``Теги:``, ``Читайте также`` alone
    on its line, ``Другие новости раздела``, ``Реклама``; a teaser with its headline on the line is
    left out alone, by ``drop_read_also``) or heads another story over its own date line
    (``_dated_teaser``), and the service lines left before it (a call to follow the outlet, a
    wire's credits, ``Нашли ошибку? ... Ctrl+Enter``; lines that are merely no prose, as the items
    of a list, stay, and so does a list of links or bullets, which the page's own chrome may look
    like: the main text's extractor leaves most chrome out). The tags and headlines of other stories name countries and figures
    that are not the article's."""
    lines = _lines(body)
    first = next((i for i in range(len(lines)) if _line(body, lines, i).strip()), None)
    if first is None:
        return body
    end = len(lines)
    for i in range(first + 1, len(lines)):
        line = _line(body, lines, i)
        if _READ_ALSO_LINE_RE.match(line) and _READ_ALSO_HEADING_RE.match(line) is None:
            continue  # a teaser with its headline on the line: left out alone (``drop_read_also``)
        if (ends_body(line) and not _teaser_inside_text(body, lines, i)) or _dated_teaser(body, lines, i):
            end = i
            break
    while end - 1 > first and (
        not (line := _line(body, lines, end - 1)).strip()
        or is_service_line(line)
        or _TYPO_NOTICE_RE.search(line) is not None
    ):
        end -= 1
    return body[: lines[end - 1][1]]


# a "read also" heading alone on its line, the headlines of other stories under it
_READ_ALSO_HEADING_RE = re.compile(rf"^\W*(?:{READ_ALSO})\W*$", re.I)


def cut_read_also_block(body: str) -> str:
    """``body`` (a plain text field of a JSON item, the article's text) without a closing block of
    teasers: a "read also" heading alone on its line (``Читайте также``, ``Читайте також``,
    ``Czytaj także``, ``Read more``) with only headlines under it to the end, each a line of its
    own that ends like no sentence (``Лавров и Ван И обсудили ...``). The rest of ``cut_body_end``
    is not applied to a plain text field: a line such as ``Комментарии`` may head a part of the
    article there. A heading with a sentence of prose under it stays."""
    lines = _lines(body)
    for i in range(len(lines) - 2, 0, -1):
        if not _READ_ALSO_HEADING_RE.match(_line(body, lines, i)):
            continue
        under = [_line(body, lines, k).strip() for k in range(i + 1, len(lines))]
        under = [u for u in under if u]
        if under and all(SENTENCE_END_RE.search(u) is None for u in under):
            return body[: lines[i - 1][1]].rstrip()
        return body
    return body


def drop_service_lines(body: str) -> str:
    """``body`` without its service lines (``is_service_line``): a call to follow the outlet
    names the outlet, maybe a country (``Sputnik Армения``) that is not the article's."""
    return "\n".join(line for line in body.split("\n") if not is_service_line(line))


def body_id(body: str) -> str:
    """Identity of an article: a hash of its whitespace-normalized body."""
    # most bodies are lines of words between single spaces, paragraphs one or two line breaks
    # apart: with these breaks made spaces, such a body is normalized when no two spaces meet
    # and no other whitespace is left (every whitespace character but the space is unprintable)
    key = body.strip().replace("\n\n", " ").replace("\n", " ")
    if "  " in key or not key.isprintable():
        key = " ".join(body.split())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def parse_scraped_text(
    text: str, context: date | None = None, context_source: str = "feed", collected: date | None = None
) -> ArticleMeta:
    """Find title, publication date, publisher and body boundaries of a scraped page (normalized text).

    Where the date comes from (``published_date_source``): ``"header"`` for the scraper header
    line (`` date 2025-11-14 <title> <site>``, maybe after a ``URL: ...`` line; see
    ``match_scraper_header``) or a date line of the page (the one next to the headline; a weekday
    "today" date or one beside weather and exchange rates is page chrome); ``"dateline"`` for the
    agency dateline opening the body (``match_dateline``, in any language read), see
    ``_dateline_date``: a dateline a week or less before the page's date is the date; without a
    page date, a dateline with a year is; one without a year ("21 апреля, Минск /Корр. БЕЛТА/.")
    takes its year from ``context`` (the date of the feed item that supplied the page; when the
    date so found is the context's own date, its source is ``context_source``), else from
    ``collected`` (the day the file was collected) when unambiguous, never from a date in the
    body; otherwise the date stays None. An "Обновлено: ..." line is ``modified_date``.
    """
    lines = _lines(text)
    title: str | None = None
    published: date | None = None
    source = "none"
    publisher: str | None = None
    modified: date | None = None
    first_content = 0  # index of the first line after the header/title block

    header = None
    for i, (s, e) in enumerate(lines[:5]):
        line = text[s:e]
        if not line.strip() or URL_LINE_RE.match(line):
            continue
        header = match_scraper_header(line)
        if header:
            first_content = i + 1
        break
    if header:
        title, publisher = header.title, header.site
        published, source = header.date, "header"

    # Body start: the first paragraph (a sentence-like line, or an agency dateline).
    start_line = None
    for i in range(first_content, len(lines)):
        s, e = lines[i]
        line = text[s:e].strip()
        if not line or line.startswith("/") or (title and line.strip(" /") == title):
            continue
        if _is_paragraph(line) and not is_service_line(line) and not _is_headline_over_date(text, lines, i):
            start_line = i
            break
    if start_line is None:
        for i in range(first_content, len(lines)):
            s, e = lines[i]
            line = text[s:e].strip()
            if line.startswith("/") or (title and line.strip(" /") == title):
                continue
            if _words_at_least(line, 8):
                start_line = i
                break
    if start_line is None:  # a short item: its one sentence, of a few words, is the body
        for i in range(first_content, len(lines)):
            s, e = lines[i]
            line = text[s:e].strip()
            if (title and line.strip(" /") == title) or ends_body(line):
                continue
            if is_prose_line(line) and SENTENCE_END_RE.search(line):
                start_line = i
                break

    head_end = start_line if start_line is not None else min(len(lines), 40)
    head = range(first_content, head_end)
    title_line = None
    if not header:
        # the headline: the last title-like line above the body, unless that line is the lead
        # paragraph the paragraph test missed (one ending in a colon, a bracket or no stop at
        # all) right under another title-like line: then that one is the headline and the body
        # starts at the lead
        title_line = next(
            (
                i
                for i in reversed(head)
                if _is_title_candidate(_line(text, lines, i)) or _title_with_date(_line(text, lines, i))
            ),
            None,
        )
        if title_line is None and start_line is not None:
            title_line = _short_title_line(text, lines, first_content, start_line)
        if title_line is None and start_line is not None:
            title_line = _dated_title_line(text, lines, first_content, start_line)
        if title_line is not None:
            # only blank lines may stand between the lead and the headline above it: the one
            # title-like line that may be the headline is the nearest line above that is not blank
            above = title_line - 1
            while above >= first_content and not _line(text, lines, above).strip():
                above -= 1
            if (
                above >= first_content
                and _is_title_candidate(_line(text, lines, above))
                and _is_lead_under(text, lines, above, title_line)
                # a line with no stop and its date under it is a headline (a teaser's above it),
                # no lead; a standfirst ends like a sentence
                and not (
                    LEAD_END_RE.search(_line(text, lines, title_line).strip()) is None
                    and _is_headline_over_date(text, lines, title_line)
                )
            ):
                title_line, start_line = above, title_line
                head_end = start_line
            title_line = _headline_over_dek(text, lines, first_content, title_line, start_line)
            s, e = lines[title_line]
            if (stated := _title_with_date(text[s:e])) is not None:
                # "Грузия и Армения обсудили транзит — РИА Новости, 12.03.2025": the headline, its
                # outlet and its date on one line
                title, day, site = stated
                published, source = day, "header"
            else:
                title, site = split_site_suffix(text[s:e].strip())
            publisher = publisher or site
    dated: list[tuple[int, date]] = []
    for i in range(0, head_end):
        s, e = lines[i]
        if (days := line_days(text[s:e])) is None:
            continue
        modified = modified or days[1]
        if days[0] is not None:
            dated.append((i, days[0], _beside_chrome(text, lines, i)))
    anchor = title_line if title_line is not None else head_end
    # A date beside weather or exchange rates is the portal header's "today", unless it is the
    # only date and sits right at the headline.
    own = [c for c in dated if not c[2]] or [c for c in dated if abs(c[0] - anchor) == 1]
    # the date under a teaser's headline above the headline is the teaser's, when the head has
    # another date ("Беларусь и Куба обсудили ... / 30.11.2026 / <headline> / 05.12.2026")
    own = [c for c in own if not (c[0] < anchor and _teaser_date(text, lines, c[0]))] or own
    if published is None and own:
        published = min(own, key=lambda c: (abs(c[0] - anchor), c[0] > anchor))[1]
        source = "header"
    if published is None and title_line is not None and start_line is not None:
        # a standfirst between the headline and its date line: "Headline / Стороны подписали
        # соглашение. / 2 декабря 2026, 15:00 / text"
        under = _next_text_line(text, lines, title_line + 1)
        after = _next_text_line(text, lines, start_line + 1) if under == start_line else None
        if (
            after is not None
            and _bare_date_line(_line(text, lines, after))
            and (days := line_days(_line(text, lines, after))) is not None
            and days[0]
        ):
            published, modified, source = days[0], modified or days[1], "header"

    if published is None:
        # a newspaper's issue line in the head dates the issue, the article's publication ("Газета
        # «Коммерсантъ» №226 от 03.12.2026, стр. 9")
        issued = [d for i in range(head_end) if (d := issue_day(_line(text, lines, i))) is not None]
        if len(set(issued)) == 1:
            published, source = issued[0], "header"
    if published is None and title_line is not None:
        # a date with its weekday right under the headline is the article's ("Среда, 12 марта
        # 2025"); elsewhere in the head, a weekday date is the portal's "today"
        under = _next_text_line(text, lines, title_line + 1)
        if under is not None and (day := _weekday_date(_line(text, lines, under))) is not None:
            published, source = day, "header"

    if start_line is None:
        return ArticleMeta(title, published, publisher, None, 0, 0, source if published else "none", modified)
    body_start = lines[start_line][0]

    # Body end: the first page-furniture line after the start, or the agency end marker "-0-".
    end_line = len(lines)
    for i in range(start_line + 1, len(lines)):
        s, e = lines[i]
        if (ends_body(text[s:e]) and not _teaser_inside_text(text, lines, i)) or _dated_teaser(
            text, lines, i
        ):
            end_line = i
            break
    body_end = lines[end_line - 1][1]
    # the marker "-0-" is a part of every match: without it in the text, no line holds one
    for i in range(start_line, end_line) if "-0-" in text else ():
        s, e = lines[i]
        if m := AGENCY_END_RE.search(text, s, e):
            body_end = m.start()
            break
    while body_end > body_start and text[body_end - 1].isspace():
        body_end -= 1
    # service lines and page furniture closing the body (a call to follow the outlet, a wire's
    # credits, a share button, a cookie banner, a copyright) are no text
    # (the last line from the start on that starts at or before body_end: the lines are in order)
    last = bisect_right(lines, body_end, start_line, end_line, key=itemgetter(0)) - 1
    while (
        last > start_line
        and (
            not text[lines[last][0] : body_end].strip() or _closing_furniture(text[lines[last][0] : body_end])
        )
        and not _figures_under_a_heading(text, lines, last, start_line)
    ):
        last -= 1
        body_end = min(body_end, lines[last][1])
    while body_end > body_start and text[body_end - 1].isspace():
        body_end -= 1
    # the page's date printed under the text ("12.03.2025 14:35", "Опубликовано: 12 марта 2025"):
    # no text of the body; the page's date when the head stated none
    last = bisect_right(lines, body_end, start_line, end_line, key=itemgetter(0)) - 1
    closing = text[lines[last][0] : body_end]
    if last > start_line and _bare_date_line(closing) and (days := line_days(closing)) is not None:
        if published is None and days[0] is not None:
            published, source = days[0], "header"
        modified = modified or days[1]
        body_end = lines[last][0]
        while body_end > body_start and text[body_end - 1].isspace():
            body_end -= 1

    dateline = match_dateline(text, body_start)
    if dateline is not None:
        published, source = _dateline_date(dateline, published, source, context, context_source, collected)
    if published is None and title_line is not None and (context is not None or collected is not None):
        published = _yearless_head_date(text, lines, title_line, start_line, context, collected)
        source = "header" if published is not None else source
    if published is None and PUBLISHED_VERB_RE.search(text) is not None:
        # the page's statement of when it was published, under the text or in its footer
        # ("Материал опубликован 02.12.2026 в 09:15. При перепечатке ...")
        for i in range(start_line + 1, len(lines)):
            if (day := publication_statement(_line(text, lines, i))) is not None:
                published, source = day, "header"
                break

    if publisher is None and not header:
        publisher = _masthead(
            text, lines, first_content, title_line if title_line is not None else start_line
        )
    if publisher is None and dateline is not None and dateline.agency:
        publisher = dateline.agency.strip(" .")
    if publisher is None and dateline is None and (opening := match_agency_opening(text, body_start)):
        publisher = opening.agency
    if publisher is None:
        publisher = _self_named(text)
    # every URL line holds "://": a page without one is not searched through
    url_match = URL_LINE_RE.search(text) if "://" in text else None
    return ArticleMeta(
        title,
        published,
        publisher,
        url_match["url"] if url_match else None,
        body_start,
        body_end,
        source if published else "none",
        modified,
    )


def _self_named(text: str) -> str | None:
    """The outlet a page names as its own (``SELF_NAME_RE``: its Telegram channel; ``CORR_RE``: its
    correspondent; ``PASSES_RE``: "передает <outlet>"), the first of them found, or None."""
    if m := _channel_name(text):
        return m["name"].strip("«»")
    for rx in (CORR_RE, PASSES_RE):
        if m := rx.search(text):
            return m["name"].strip("«»")
    return None


def _channel_name(text: str) -> re.Match[str] | None:
    """``SELF_NAME_RE.search(text)``, tried only where a match can start.

    The pattern matches "канал" case-insensitively, whose letters have no other case than the
    capitals, 8 or 9 characters after the match's start (``Telegram`` or ``Телеграм``, maybe a
    hyphen or a space): in the page lowered (when that keeps every character one character, so
    that the offsets are the page's) each "канал" gives the two starts to try, in order."""
    low = text.lower()
    if len(low) != len(text):
        return SELF_NAME_RE.search(text)
    at = low.find("канал")
    while at >= 0:
        for start in (at - 9, at - 8):
            if start >= 0 and (m := SELF_NAME_RE.match(text, start)):
                return m
        at = low.find("канал", at + 1)
    return None


_MASTHEAD_LINES = 2  # the page's first lines read for an outlet's name: its name, then its domain line


def _masthead(text: str, lines: list[tuple[int, int]], first: int, below: int) -> str | None:
    """The publisher the page's first line names (``masthead_publisher``), or the second when the
    first names none (``Союзное вече`` above ``souzveche.ru | Главная > Экономика``), when the
    line stands above line ``below`` (the headline, or the body when there is none): a line below
    the headline is text, and a headline is no masthead."""
    read: list[str] = []
    for i in range(first, below):
        line = _line(text, lines, i)
        if not line.strip() or URL_LINE_RE.match(line):
            continue
        read.append(line.strip())
        if len(read) == _MASTHEAD_LINES and _TAGLINE_RE.fullmatch(line.strip()) and _name_line(read[0]):
            # the outlet's name above its tagline ("Нейтральный Туркменистан / Общественно-
            # политическая газета", "ASIA-Plus / Новости Таджикистана и Центральной Азии")
            return read[0]
        found = masthead_publisher(line)
        if found is not None or len(read) == _MASTHEAD_LINES:
            return found
    return None


# A masthead's tagline: what the outlet is ("Общественно-политическая газета", "Информационное
# агентство", "Niezależny dziennik", "Independent newspaper") or the news it gives ("Новости
# Таджикистана и Центральной Азии", "Wiadomości z regionu"): no name of its own
_TAGLINE_RE = re.compile(
    r"(?:[^\W\d_][\w-]*\s+){0,3}(?:газета|издание|интернет-издание|портал|агентство|журнал|еженедельник"
    r"|видання|інтернет-видання|агенція|тижневик|выданне|агенцтва|тыднёвік|басылым|агенттігі|gazeta|portal"
    r"|agencja(?:\s+informacyjna)?|dziennik|tygodnik|newspaper|news\s+agency|agency|weekly|magazine|outlet)"
    r"|(?:новости|новини|навіны|жаңалықтары|wiadomości|news)\s+[^\W\d_][\w\s,-]{2,60}",
    re.I,
)


def _name_line(line: str) -> bool:
    """Whether a page's first line may be an outlet's name above its tagline: one to four words,
    each capitalised (``Нейтральный Туркменистан``, ``ASIA-Plus``), no figure, no sentence."""
    words = line.split()
    return (
        1 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not any(ch.isdigit() for ch in line)
        and SENTENCE_END_RE.search(line) is None
        and not _is_nav_bar(line)
        and words[0].casefold() not in _SECTION_OPENERS
    )


def _beside_chrome(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """The date line ``i`` sits next to weather, exchange rates or a weekday "today" date: the
    portal header's date of today, not the article's."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines):
            s, e = lines[j]
            line = text[s:e]
            if _marked_chrome(line.strip()) or (WEEKDAY_RE.search(line) and find_dates(line)):
                return True
    return False
