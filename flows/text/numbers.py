"""Numeric facts in Russian news text.

``extract_facts(text)`` finds amounts of money, percentages, percentage points,
multiples, ranks, physical quantities and counts of concrete things ("7 сборочных
производств") and returns them as :class:`NumberFact` records with character offsets
into the text given (``text[f.char_start:f.char_end] == f.quote``).

How a fact is read
------------------
* The quote is ``[change verb] [hedge words] [currency sign] number [scale] [unit or
  currency] [counted noun phrase]``: "превысила $1,5 млрд", "порядка 40 субъектов
  хозяйствования", "вырос на 10%", "в десятку крупнейших торгово-экономических партнеров".
* Numbers are digits (decimal comma or point; thousands separated by a space, a
  no-break or thin space, or by dots as in ``1.500.000``), number words in any case
  (``пятью``, ``двадцать пять``, ``полтора``), a bare scale word after a hedge or
  before a currency (``не опускается ниже миллиарда``), ``в десятку/тройку/топ-10``
  (rank, ``<=``), ordinals written with digits (``12-м российским регионом``) and
  multiples (``в 2 раза``, ``вдвое``).
* A number with neither a unit nor a counted noun phrase is not a fact, with one
  exception: an amount with a scale word ("1,5 млрд", "миллиарда") is money whose
  currency is taken from a money fact about the same metric in the same, next or
  previous sentence (then from the only currency used in the same sentence). When
  none is found the fact is kept with the ISO 4217 "no currency" code ``XXX`` if its
  metric is a money metric (trade turnover, export, import, investment), else dropped.
* Ranges ``10-11 млрд`` / ``от 10 до 11 млрд`` are one fact (``value`` is the low end,
  ``value_high`` the high end). A change written ``с 41% до 57%`` gives two facts,
  ``с 41%`` with ``change='from'`` and ``до 57%`` with ``change='to'``, both ``'='``.
  ``вырос на 10%`` and ``на 4,3% больше`` are one fact with ``change='increase'``;
  ``вырос до 57%`` is ``'to'``. Percentages and multiples that are changes get the
  metric ``growth`` (the direction is in ``change``).
* Number words are used only when a counted noun phrase or a unit follows them, and
  ``один`` only inside composites (``двадцать один``): ordinary prose ("одна из") and
  "двух стран" (the two sides of a meeting) do not become facts.
* Ordinals become facts only for a few entity nouns (region, country, city, partner,
  place): "12-м российским регионом" is a count, "3-е место" a rank; "2-й этап" is not
  a fact.
* Not facts: dates and years, times, phone numbers, URLs and e-mail addresses, ids
  glued to letters ("480w", "COVID-19"), temperatures, numbered articles/paragraphs
  ("статья 12", "№ 5"), durations and ages ("5 лет", "9 месяцев"), list numbering,
  unit prices ("за 1 тыс. кубометров"). Durations with
  "за/последние/в течение" and phrases such as "по итогам прошлого года" are recorded
  as the ``period`` of facts in the same sentence.

The keyword table that assigns the ``metric`` is :data:`METRIC_KEYWORDS`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

__all__ = ["METRIC_KEYWORDS", "MetricRule", "NumberFact", "extract_facts"]


@dataclass(frozen=True, slots=True)
class NumberFact:
    char_start: int  # offsets into the text given; text[char_start:char_end] == quote
    char_end: int
    quote: str  # hedge/comparator words + number + scale + currency + counted thing
    number_text: str  # the number as written: "1,5 млрд", "40", "пятью", "десятку", "12-м"
    value: float  # normalized: money in whole units, percent as the number, ranges: low end
    value_high: float | None  # upper end of a range, else None
    unit: str  # ISO 4217 for money; percent, percentage_points, count, times, rank, tonnes, hectares, km
    comparator: str  # '=', '~', '>', '>=', '<', '<='
    metric: str  # see METRIC_KEYWORDS; 'other' when no keyword applies
    counted: str | None  # the counted noun phrase as written; None for money/percent
    change: str | None  # 'increase' / 'decrease' / 'from' / 'to', else None
    period: str | None  # the period stated in the same sentence, as written


# --------------------------------------------------------------------------- metrics

MONEY = "money"  # unit kind of every ISO 4217 code


@dataclass(frozen=True, slots=True)
class MetricRule:
    """One row of :data:`METRIC_KEYWORDS`.

    ``scope`` says where the keyword is looked for: ``counted`` (the counted noun
    phrase of a count/rank), ``sentence`` (the sentence around an amount, the keyword
    nearest to the number wins) or ``both``. ``kinds`` restricts the rule to unit kinds
    (``money`` stands for every currency). ``ordinal`` requires the number to be an
    ordinal ("12-м"), ``context`` a second keyword anywhere in the sentence. ``weak``
    rules are used only when no other sentence rule matches.
    """

    metric: str
    pattern: re.Pattern[str]
    scope: str
    kinds: frozenset[str] | None = None
    ordinal: bool = False
    context: re.Pattern[str] | None = None
    weak: bool = False


def _kw(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


_AMOUNT_KINDS = frozenset({MONEY, "percent", "percentage_points", "times", "tonnes", "hectares", "km"})
_PERCENT_KINDS = frozenset({"percent", "percentage_points"})
_DIPLOMATIC = (
    r"дипломатическ\w*\s+(?:точ|представительств|мисси|учреждени)|посольств|консульств"
    r"|диппредставительств|дипмисси|дипучреждени"
)

# Priority order: for a counted phrase the first matching rule wins; in a sentence the
# keyword nearest to the number wins and ties go to the earlier rule.
METRIC_KEYWORDS: tuple[MetricRule, ...] = (
    MetricRule("joint_ventures", _kw(r"совместн\w*\s+(?:предприяти|компани|производств)"), "counted"),
    MetricRule(
        "assembly_plants", _kw(r"сборочн\w*\s+(?:производств|предприяти|площадк|завод|лини|цех)"), "counted"
    ),
    MetricRule("diplomatic_missions", _kw(_DIPLOMATIC), "counted"),
    MetricRule(
        "regions_with_missions", _kw(r"регион|област"), "counted", ordinal=True, context=_kw(_DIPLOMATIC)
    ),
    MetricRule("trade_partner_rank", _kw(r"партн[её]р"), "both", kinds=frozenset({"rank"})),
    MetricRule("companies", _kw(r"компани|предприяти|субъект\w*\s+хозяйствования|фирм"), "counted"),
    MetricRule("agreements", _kw(r"соглашени|договор|меморандум|контракт"), "counted"),
    MetricRule("share", _kw(r"\bдол(?:я|и|ю|ей|ям|ях)\b"), "sentence", kinds=_PERCENT_KINDS),
    MetricRule(
        "trade_turnover",
        _kw(
            r"товарооборот|товарообмен|взаимн\w*\s+торговл|торгов\w*\s+оборот"
            r"|объ[её]м\w*\s+(?:взаимной\s+|двусторонней\s+|внешней\s+)?торговл"
        ),
        "both",
        kinds=_AMOUNT_KINDS,
    ),
    MetricRule("export", _kw(r"экспорт(?!озамещ)"), "both", kinds=_AMOUNT_KINDS),
    MetricRule("import", _kw(r"импорт(?!озамещ)|ввоз"), "both", kinds=_AMOUNT_KINDS),
    MetricRule("investment", _kw(r"инвестиц|капиталовложени|вложени"), "both", kinds=_AMOUNT_KINDS),
    MetricRule("volume", _kw(r"объ[её]м"), "sentence", kinds=_AMOUNT_KINDS),
    MetricRule(
        "growth",
        _kw(r"\bрост|вырос|выросл|возрос|увелич|прирост"),
        "sentence",
        kinds=frozenset({"percent", "percentage_points", "times"}),
        weak=True,
    ),
)

_MONEY_METRICS = frozenset({"trade_turnover", "export", "import", "investment"})
_DEFAULT_METRIC_BY_UNIT = {"tonnes": "volume"}

# --------------------------------------------------------------------------- vocabulary

_SPACES = " \u00a0\u2009\u202f"
_SP = f"[{_SPACES}]"  # spaces allowed inside a number phrase (no line breaks)

# Number words -> value. One entry per written form.
_NUMBER_WORDS: dict[str, int | float] = {}


def _add_words(value: float, *forms: str) -> None:
    for form in forms:
        _NUMBER_WORDS[form] = value
        if "ё" in form:
            _NUMBER_WORDS[form.replace("ё", "е")] = value


_add_words(1, "один", "одна", "одно", "одного", "одной", "одному", "одним", "одну", "одном", "одною")
_add_words(2, "два", "две", "двух", "двум", "двумя")
_add_words(3, "три", "трёх", "трём", "тремя")
_add_words(4, "четыре", "четырёх", "четырём", "четырьмя")
for _value, _stem in ((5, "пят"), (6, "шест"), (7, "сем"), (9, "девят"), (10, "десят")):
    _add_words(_value, _stem + "ь", _stem + "и", _stem + "ью")
_add_words(8, "восемь", "восьми", "восемью", "восьмью")
for _value, _stem in (
    (11, "одиннадцат"),
    (12, "двенадцат"),
    (13, "тринадцат"),
    (14, "четырнадцат"),
    (15, "пятнадцат"),
    (16, "шестнадцат"),
    (17, "семнадцат"),
    (18, "восемнадцат"),
    (19, "девятнадцат"),
    (20, "двадцат"),
    (30, "тридцат"),
):
    _add_words(_value, _stem + "ь", _stem + "и", _stem + "ью")
_add_words(40, "сорок", "сорока")
for _value, _nom, _obl, _ins in (
    (50, "пятьдесят", "пятидесяти", "пятьюдесятью"),
    (60, "шестьдесят", "шестидесяти", "шестьюдесятью"),
    (70, "семьдесят", "семидесяти", "семьюдесятью"),
    (80, "восемьдесят", "восьмидесяти", "восьмьюдесятью"),
):
    _add_words(_value, _nom, _obl, _ins)
_add_words(80, "восемьюдесятью")
_add_words(90, "девяносто", "девяноста")
_add_words(100, "сто", "ста")
_add_words(200, "двести", "двухсот", "двумстам", "двумястами", "двухстах")
_add_words(300, "триста", "трёхсот", "трёмстам", "тремястами", "трёхстах")
_add_words(400, "четыреста", "четырёхсот", "четырёмстам", "четырьмястами", "четырёхстах")
for _value, _nom, _stem, _ins in (
    (500, "пятьсот", "пяти", "пятью"),
    (600, "шестьсот", "шести", "шестью"),
    (700, "семьсот", "семи", "семью"),
    (800, "восемьсот", "восьми", "восьмью"),
    (900, "девятьсот", "девяти", "девятью"),
):
    _add_words(_value, _nom, _stem + "сот", _stem + "стам", _ins + "стами", _stem + "стах")
_add_words(800, "восемьюстами")
_add_words(1.5, "полтора", "полторы", "полутора")

_SCALE_ENDINGS = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")
_SCALE_WORDS: dict[str, int] = {}
for _value, _stem in ((10**6, "миллион"), (10**9, "миллиард"), (10**12, "триллион")):
    for _ending in _SCALE_ENDINGS:
        _SCALE_WORDS[_stem + _ending] = _value
for _form in (
    "тысяча",
    "тысячи",
    "тысяче",
    "тысячу",
    "тысячей",
    "тысячью",
    "тысяч",
    "тысячам",
    "тысячами",
    "тысячах",
):
    _SCALE_WORDS[_form] = 1000
# singular forms only: "миллиарда" can be a number, "миллиарды" cannot
_SINGULAR_SCALE_WORDS = frozenset(
    f for f in _SCALE_WORDS if not re.search(r"(?:ы|ов|ам|ами|ах|ч|чам|чами|чах)$", f) or f == "тысячи"
)
_SCALE_ABBREVIATIONS = {"тыс": 1000, "млн": 10**6, "млрд": 10**9, "трлн": 10**12}

_HUNDREDS = frozenset(v for v in _NUMBER_WORDS.values() if v >= 100)
_TENS = frozenset({20, 30, 40, 50, 60, 70, 80, 90})

_MULTIPLE_WORDS = {
    "вдвое": 2,
    "втрое": 3,
    "вчетверо": 4,
    "впятеро": 5,
    "вшестеро": 6,
    "всемеро": 7,
    "ввосьмеро": 8,
    "вдевятеро": 9,
    "вдесятеро": 10,
}
_RANK_WORDS = {"тройк": 3, "пятерк": 5, "пятёрк": 5, "десятк": 10, "двадцатк": 20, "сотн": 100}

# hedge -> comparator; the longest hedge ending right before the number wins
_HEDGES: tuple[tuple[str, str], ...] = (
    (
        ">=",
        r"не\s+менее(?:\s+чем)?|не\s+меньше(?:\s+чем)?|не\s+ниже|не\s+опуска\w*\s+ниже"
        r"|не\s+опуст\w*\s+ниже|как\s+минимум|минимум|по\s+меньшей\s+мере|по\s+крайней\s+мере|от",
    ),
    (
        "<=",
        r"не\s+более(?:\s+чем)?|не\s+больше(?:\s+чем)?|не\s+выше|не\s+свыше|не\s+превыша\w*|не\s+превыс\w*"
        r"|не\s+поднима\w*\s+выше|как\s+максимум|максимум",
    ),
    (">", r"более(?:\s+чем)?|больше(?:\s+чем)?|свыше|сверх|выше|превыс\w*|превыша\w*"),
    ("<", r"менее(?:\s+чем)?|меньше(?:\s+чем)?|ниже|до|не\s+достига\w*"),
    ("~", r"порядка|около|почти(?:\s+что)?|примерно|приблизительно|ориентировочно|где-то|в\s+районе|≈|~"),
)
_HEDGE_ALT = "|".join(f"(?P<h{i}>{alt})" for i, (_, alt) in enumerate(_HEDGES))
_BEFORE = r"(?:^|(?<=[\s(«\"„“\x00]))"  # a phrase boundary on the left
_HEDGE_RE = re.compile(rf"{_BEFORE}(?:{_HEDGE_ALT})\s+$", re.I)

_INCREASE = (
    r"вырос\w*|выросл\w*|возрос\w*|увелич\w*|подскочил\w*|прибав\w*|повыс\w*|повыш\w*|нарастил\w*"
    r"|нарастит|вырастет|вырастут|раст[её]т|растут|рост[аеу]?|прирост\w*|подорожал\w*"
)
_DECREASE = (
    r"сниз\w*|сниж\w*|сократ\w*|сокращ\w*|уменьш\w*|упал\w*|упад\w*|падени\w*|пониз\w*|пониж\w*"
    r"|опустил\w*|подешевел\w*"
)
_CHANGE_HEAD = rf"{_BEFORE}(?:(?P<inc>{_INCREASE})|(?P<dec>{_DECREASE}))(?:\s+(?:{_HEDGE_ALT}))?"
_CHANGE_BY_RE = re.compile(rf"{_CHANGE_HEAD}\s+на\s+$", re.I)  # "вырос на"
_CHANGE_TIMES_RE = re.compile(rf"{_CHANGE_HEAD}\s+$", re.I)  # "вырос (более чем) | в 2 раза"
# "на 4,3% больше": the change is stated after the amount
_COMPARATIVE_AFTER_RE = re.compile(rf"{_SP}+(?:(?P<inc>больше|выше)|(?P<dec>меньше|ниже))(?![\w])")
_CHANGE_TO_RE = re.compile(rf"{_BEFORE}(?:{_INCREASE}|{_DECREASE})\s+до\s+$", re.I)  # "вырос до"

_CURRENCIES: tuple[tuple[str, str], ...] = (
    ("BYN", r"бел(?:орусск(?:их|ий|ого|им|ими|ом))?\.?\s*руб(?:л(?:ей|я|ь|ям|ями|ях|ю|ем))?|byn|byr"),
    ("RUB", r"(?:росс(?:ийск(?:их|ий|ого|им|ими|ом))?\.?\s*)?руб(?:л(?:ей|я|ь|ям|ями|ях|ю|ем))?|₽|rub"),
    ("USD", r"(?:(?:американск\w+\s+)?долл(?:ар(?:ов|а|ы|ам|ами|ах|у|ом)?)?|\$)(?:\s+сша)?|usd"),
    ("EUR", r"евро|€|eur"),
    ("CNY", r"(?:китайск\w+\s+)?юан(?:ей|я|ь|ям|ями|ях)|cny|rmb"),
    ("KZT", r"(?:казахстанск\w+\s+)?тенге|kzt"),
    ("TJS", r"(?:таджикск\w+\s+)?сомони|tjs"),
    ("KGS", r"(?:киргизск\w+\s+|кыргызск\w+\s+)?сом(?:ов|а|ы)?|kgs"),
    ("UZS", r"(?:узбекск\w+\s+)?сум(?:ов|а|ы)?|uzs"),
    ("TMT", r"туркменск\w+\s+манат(?:ов|а|ы)?|tmt"),
    ("AZN", r"(?:азербайджанск\w+\s+)?манат(?:ов|а|ы)?|azn"),
    ("AMD", r"(?:армянск\w+\s+)?драм(?:ов|а|ы)?|amd"),
    ("GEL", r"(?:грузинск\w+\s+)?лари|gel"),
    ("UAH", r"гривен|гривн(?:а|ы|ами|ах)?|uah"),
    ("PLN", r"злот(?:ых|ый|ые)|pln"),
    ("GBP", r"фунт(?:ов|а|ы)?\s+стерлингов|£|gbp"),
    ("JPY", r"(?:японск\w+\s+)?[ий]ен|jpy"),
    ("INR", r"(?:индийск\w+\s+)?рупи[йи]|inr"),
    ("TRY", r"турецк\w+\s+лир(?:а|ы)?|try"),
    ("CHF", r"(?:швейцарск\w+\s+)?франк(?:ов|а|и)|chf"),
    ("AED", r"дирхам(?:ов|а|ы)?|aed"),
    ("KRW", r"(?:южнокорейск\w+\s+)?вон|krw"),
)
_CURRENCY_AFTER_RE = re.compile(
    rf"{_SP}*(?:" + "|".join(f"(?P<{code}>{alt})" for code, alt in _CURRENCIES) + r")(?![\w])", re.I
)
_CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "₽": "RUB", "£": "GBP"}
_CURRENCY_BEFORE_RE = re.compile(
    rf"(?:(?P<sign>[$€₽£])|(?<![\w])(?P<code>USD|EUR|RUB|BYN|CNY|KZT|GBP){_SP}?)$"
)
_ISO_CODES = frozenset(code for code, _ in _CURRENCIES)

_DIGITS = (
    rf"(?:\d{{1,3}}(?:{_SP}\d{{3}})+(?!\d)|\d{{1,3}}(?:\.\d{{3}}){{2,}}(?!\d)|\d+)(?:,\d+|\.\d+(?![.\d]))?"
)
_DIGITS_RE = re.compile(_DIGITS)
_SCALE_RE = re.compile(
    rf"{_SP}*(?P<s>тыс(?:яч(?:а|и|у|ей|ью|е|ам|ами|ах)?)?|млн|миллион\w*|млрд|миллиард\w*|трлн|триллион\w*)(?![\w])",
    re.I,
)
_COMPOSITE_RE = re.compile(rf"{_SP}+(?P<n>{_DIGITS})(?={_SP}*(?:тыс|млн|миллион|млрд|миллиард))")
_RANGE_DASH_RE = re.compile(rf"{_SP}?[-–—‐‑]{_SP}?(?=\d)")
_RANGE_TO_RE = re.compile(rf"{_SP}+до{_SP}+(?=\d|[$€₽£])", re.I)
_PERCENT_POINTS_RE = re.compile(rf"{_SP}*(?:п\.{_SP}?п\.?|процентн\w*{_SP}+пункт\w*|пп\.?(?![\w]))", re.I)
_PERCENT_RE = re.compile(rf"{_SP}*(?:%|проц\.|процент(?:а|ов|ы|ам|ами|ах|ом)?(?![\w]))", re.I)
_TIMES_RE = re.compile(rf"{_SP}+раза?(?![\w])", re.I)
_PHYSICAL_RE = re.compile(
    rf"{_SP}*(?:(?P<tonnes>тонн(?:а|ы|у|ой|ам|ами|ах)?)|(?P<hectares>гектар\w*|га)|(?P<km>километр\w*|км))(?![\w])",
    re.I,
)
_ORDINAL_SUFFIX_RE = re.compile(r"[-‐‑](?P<s>[а-яё]{1,3})(?![\w])", re.I)
_ORDINAL_SUFFIXES = frozenset(
    {"й", "го", "му", "м", "ом", "я", "ю", "е", "ая", "ое", "ые", "ых", "ым", "ыми", "ой", "ую", "ий", "ему"}
)
_CASE_SUFFIXES = frozenset({"х", "ти", "ми", "мя", "ух", "ех", "ёх", "и", "ью"})
_MONTHS = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
_MONTH_AFTER_RE = re.compile(rf"{_SP}+{_MONTHS}(?![\w])", re.I)
_MONTH_BEFORE_RE = re.compile(
    r"(?<![\w])(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*"
    rf"(?:{_SP}*[-–]{_SP}*[а-яё]+)?{_SP}+$",
    re.I,
)
_YEAR_AFTER_RE = re.compile(rf"(?:[-‐‑][а-я]{{1,2}})?{_SP}*(?:гг?\.|год\w*)(?![\w])", re.I)
_ID_BEFORE_RE = re.compile(
    r"(?:№|#|(?<![\w])(?:стать[яиеюй]\w*|пункт\w*|п\.|ч\.|ст\.|част[ьи]\w*|глав[аеыу]\w*|раздел\w*"
    rf"|номер\w*|приложени\w*|рис\.|табл\.|стр\.|том|выпуск\w*|верси[ияю]\w*|код\w*)){_SP}*$",
    re.I,
)
_ALLOWED_BEFORE = frozenset(" \t\n\r\u00a0\u2009\u202f(«\"'“„[$€₽£~≈<>≥≤—–")
_NEXT_WORD_RE = re.compile(rf"{_SP}+([A-Za-zА-Яа-яЁё]+(?:[-‐‑][A-Za-zА-Яа-яЁё]+)*)(?![\w-])")

# nouns that never are the counted thing: durations and ages become periods, not facts
_NOT_COUNTED = frozenset(
    {
        "год",
        "лето",
        "месяц",
        "неделя",
        "день",
        "сутки",
        "час",
        "минута",
        "секунда",
        "век",
        "столетие",
        "десятилетие",
        "квартал",
        "полугодие",
        "раз",
        "процент",
        "градус",
        "просмотр",
        "комментарий",
        "г",
        "т",
        "тыс",
        "млн",
        "млрд",
        "трлн",
    }
)
# with small number words these are the sides of a meeting, not a count
_NOT_COUNTED_SMALL_WORDS = frozenset(
    {"страна", "сторона", "государство", "лидер", "президент", "глава", "народ"}
)
# ordinals are facts only for these head nouns (lemma -> unit)
_ORDINAL_HEADS = {
    "регион": "count",
    "область": "count",
    "страна": "count",
    "государство": "count",
    "город": "count",
    "субъект": "count",
    "член": "count",
    "участник": "count",
    "партнер": "rank",
    "место": "rank",
}
_APRO_ALLOWED = frozenset({"другой", "иной"})


def _alternation(words: list[str]) -> str:
    """A regex alternation of ``words`` factored by common prefixes (fast to match)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        branches = []
        optional = False
        for ch in sorted(node):
            if ch == "":
                optional = True
            else:
                branches.append(re.escape(ch) + render(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
        if optional:
            body = (body if body.startswith("(?:") else f"(?:{body})") + "?"
        return body

    return render(trie)


_RANK_RE = re.compile(
    r"[вВ]\s+(?:первую\s+|первой\s+)?"
    r"(?P<rankw>(?:десятк|двадцатк|тройк|пят[её]рк)[уе]|сотн[юе]|топ[-‐‑ ]?(?P<topn>\d{1,3}))(?![\w-])"
)


_CANDIDATE_WORDS = sorted(set(_NUMBER_WORDS) | set(_SCALE_WORDS) | set(_MULTIPLE_WORDS))
_CANDIDATE_FIRST_LETTERS = "".join(sorted({w[0] for w in _CANDIDATE_WORDS}))


def _word_regex() -> str:
    """Number, scale and multiple words, lower case or capitalized, as one prefix-factored alternation.

    Alternatives start with a literal character, which the regex engine tests cheaply.
    """
    by_first: dict[str, list[str]] = {}
    for word in _CANDIDATE_WORDS:
        by_first.setdefault(word[0], []).append(word[1:])
    capitalized = [
        f"{first.upper()}(?:{_alternation([r for r in rests if r])})" + ("?" if "" in rests else "")
        for first, rests in sorted(by_first.items())
    ]
    return f"(?:{_alternation(_CANDIDATE_WORDS)}|{'|'.join(capitalized)})(?![\\w-])"


_WORD_AT_RE = re.compile(_word_regex())
# Where a number phrase can start: a digit, a number/scale/multiple word, or "в" before a
# rank word. The character before it is matched too (numbers glued to letters, digits,
# hyphens or slashes are never facts), then a look-ahead on the first character; a
# pattern starting with a character class lets the regex engine skip quickly through the
# text. Group 1 is the start of the phrase.
_CANDIDATE_BODY = (
    rf"(?=[0-9{_CANDIDATE_FIRST_LETTERS}{_CANDIDATE_FIRST_LETTERS.upper()}])"
    rf"(\d|{_word_regex()}|[вВ](?=\s+(?:первую\s+|первой\s+)?(?:десятк|двадцатк|тройк|пят|сотн|топ)))"
)
_CANDIDATE_RE = re.compile(r"[ \t\r\n\u00a0\u2009\u202f(«\"'“„\[$€₽£~≈<>≥≤—–+]" + _CANDIDATE_BODY)
_CANDIDATE_AT_START_RE = re.compile(_CANDIDATE_BODY)
_URL_RE = re.compile(r"https?://\S+|www\.\S+")
# Digit strings that are never facts, matched where a number starts: ISO and dotted dates,
# times, phone numbers.
_NOT_A_NUMBER_RE = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)"
    r"|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?![\d.])"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"
    r"|\d{3,5}\)?[ \u00a0]?\d{2,3}-\d{2}-\d{2}(?!\d)"
    r"|\d{3}-\d{2}-\d{2}(?![\d-])"
)
_PHONE_AFTER_PLUS_RE = re.compile(r"\d{1,3}(?:[ \u00a0()-]*\d){6,}")

_CLAUSE_BREAK_RE = re.compile(r"[,;:—–]")
_CLAUSE_PENALTY = 10_000
_SENTENCE_END_RE = re.compile(r"[.!?…\n](?:(?<=\n)|[.!?…]*[\"»”)]*(?=\s+[\"«“„(—–-]*\s*[A-ZА-ЯЁ0-9]))")

_NUM_WORD_OR_DIGITS = rf"(?:\d+|{_alternation(sorted(_NUMBER_WORDS))})"
_TIME_UNIT = r"(?:лет|год[аы]?|месяц(?:а|ев)?|квартал(?:а|ов)?|недел[ьиюя]|дн(?:я|ей)|сут(?:ок|ки))"
_YEAR_TAIL = rf"(?:{_SP}+\d{{4}}{_SP}*(?:г\.|года|году|год)?)?"
_MONTH_PREP = (
    r"(?:январ[еья]|феврал[еья]|март[еа]?|апрел[еья]|ма[йея]|июн[еья]|июл[еья]|август[еа]?|сентябр[еья]"
    r"|октябр[еья]|ноябр[еья]|декабр[еья])"
)
_LAST_N = rf"(?:последн(?:ие|их)\s+)?{_NUM_WORD_OR_DIGITS}\s+{_TIME_UNIT}(?![\w]){_YEAR_TAIL}"
_AFTER_V_OR_ZA = (  # what follows "в" / "за"
    r"(?:прошлом|минувшем|текущем|этом|позапрошлом|прошлый|минувший|текущий|этот|позапрошлый)\s+год[уа]?(?![\w])"
    r"|\d{4}(?:\s*[-–]\s*\d{4})?\s*(?:год(?:ах|ы|у|а)?(?![\w])|гг?\.)"
    r"|(?:первом|втором|третьем|четв[её]ртом|первое|второе|[1-4]-[мое]|I{1,3}|IV)\s+"
    rf"(?:полугоди[ие]|квартал[еа]?)(?![\w]){_YEAR_TAIL}"
    rf"|{_MONTH_PREP}(?:\s*[-–]\s*{_MONTH_PREP})?(?![\w]){_YEAR_TAIL}"
)
# Period phrases. Every one starts with з/в/н/п/с (lower case or capitalized), which is
# matched first so that the regex engine can skip through the text quickly; the
# look-behinds then say which phrase it starts.
_PERIOD_RE = re.compile(
    r"[зЗвВнНпПсС](?<![\w].)(?:"
    rf"(?<=[зЗ])а\s+(?:{_LAST_N}|{_AFTER_V_OR_ZA})"
    rf"|(?<=[вВ])\s+(?:течение\s+{_LAST_N}|{_AFTER_V_OR_ZA})"
    rf"|(?<=[нН])а\s+протяжении\s+{_LAST_N}"
    rf"|(?<=[пП])оследн(?:ие|их)\s+{_NUM_WORD_OR_DIGITS}\s+{_TIME_UNIT}(?![\w]){_YEAR_TAIL}"
    r"|(?<=[пП])о\s+итогам\s+(?:(?:прошлого|минувшего|текущего|этого|позапрошлого|первого|второго|третьего"
    rf"|\d+-?г?о?)\s+)?(?:полугодия|квартала|года|месяцев|\d{{4}}(?:\s*(?:года|г\.))?)(?![\w]){_YEAR_TAIL}"
    r"|(?<=[пП])о\s+(?:прошлому|минувшему|текущему|этому|позапрошлому)\s+году"
    r"|(?<=[сС])\s+начала\s+(?:года|\d{4}\s*(?:года|г\.))"
    r")"
)


# --------------------------------------------------------------------------- morphology


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@dataclass(frozen=True, slots=True)
class _WordInfo:
    adj: bool  # can be an adjective or participle (pronoun-adjectives excluded)
    noun: bool  # can be a noun
    gent_noun: bool  # can be a noun in the genitive
    lemma: str  # normal form of the noun reading (or of the first reading)


_CONTENT_POS = frozenset({"NOUN", "ADJF", "PRTF"})


@lru_cache(maxsize=200_000)
def _word_info(word: str) -> _WordInfo | None:
    """Readings of a lower-case word that matter for a counted noun phrase; None: stop word."""
    parses = _morph().parse(word)
    if not parses:
        return None
    top = parses[0]
    if top.tag.POS not in _CONTENT_POS:
        return None
    if "Apro" in top.tag and top.normal_form not in _APRO_ALLOWED:
        return None
    adj = noun = gent = False
    lemma = top.normal_form
    for p in parses:
        if p is not top and p.score < 0.1:
            continue
        pos = p.tag.POS
        if pos in ("ADJF", "PRTF") and ("Apro" not in p.tag or p.normal_form in _APRO_ALLOWED):
            adj = True
        elif pos == "NOUN":
            if not noun:
                lemma = p.normal_form
            noun = True
            gent = gent or "gent" in p.tag
    if not (adj or noun):
        return None
    return _WordInfo(adj, noun, gent, lemma.replace("ё", "е"))


def _counted_phrase(masked: str, pos: int) -> tuple[int, int, str] | None:
    """Adjectives + head noun (+ one genitive noun) starting after ``pos``: (start, end, head lemma)."""
    words: list[tuple[int, int, _WordInfo]] = []
    p = pos
    while len(words) < 6:
        m = _NEXT_WORD_RE.match(masked, p)
        if m is None:
            break
        w = m.group(1)
        if len(w) < 2 or w[0].isupper():
            break
        info = _word_info(w.lower())
        if info is None:
            break
        words.append((m.start(1), m.end(1), info))
        p = m.end()
    for i, (_, _, info) in enumerate(words):
        if info.noun and not (info.adj and i + 1 < len(words)):
            end = words[i][1]
            if i + 1 < len(words):
                nxt = words[i + 1][2]
                if nxt.gent_noun and not nxt.adj and nxt.lemma not in _NOT_COUNTED:
                    end = words[i + 1][1]
            return words[0][0], end, info.lemma
        if not info.adj:
            return None
    return None


# --------------------------------------------------------------------------- parsing helpers


def _digits_value(s: str) -> Decimal:
    if s.isdigit():
        return Decimal(s)
    s = s.replace(" ", "").replace("\u00a0", "").replace("\u2009", "").replace("\u202f", "")
    if s.count(".") >= 2:
        s = s.replace(".", "")
    return Decimal(s.replace(",", "."))


_ABBREVIATION_DOT_RE = re.compile(r"\.[ \u00a0]*[a-zа-яё$€₽(]")


def _abbreviation_dot(masked: str, end: int) -> int:
    """Include a dot after an abbreviation ("тыс.", "руб.") unless it ends the sentence."""
    if end < len(masked) and masked[end] == "." and _ABBREVIATION_DOT_RE.match(masked, end):
        return end + 1
    return end


def _scale_value(word: str) -> int | None:
    w = word.lower()
    if w in _SCALE_ABBREVIATIONS:
        return _SCALE_ABBREVIATIONS[w]
    return _SCALE_WORDS.get(w)


@dataclass(slots=True)
class _Amount:
    end: int
    value: Decimal
    scale: int  # 1 when no scale word follows


def _digit_amount(masked: str, pos: int) -> _Amount | None:
    m = _DIGITS_RE.match(masked, pos)
    if m is None:
        return None
    end, value, scale = _with_scale(masked, m.end(), _digits_value(m.group()))
    if scale != 1:
        # composite "38 млрд 607,6 млн"
        cm = _COMPOSITE_RE.match(masked, end)
        if cm is not None:
            end2, part, scale2 = _with_scale(masked, cm.end(), _digits_value(cm.group("n")))
            if 1 < scale2 < scale:
                value += part
                end = end2
    return _Amount(end, value, scale)


def _with_scale(masked: str, end: int, value: Decimal) -> tuple[int, Decimal, int]:
    """Apply the scale word right after an amount (тыс., млн, миллиарда...): new end, value, scale."""
    sm = _SCALE_RE.match(masked, end)
    if sm is not None:
        sv = _scale_value(sm.group("s"))
        if sv is not None:
            return _abbreviation_dot(masked, sm.end()), value * sv, sv
    return end, value, 1


def _word_amount(masked: str, m: re.Match[str]) -> tuple[_Amount, bool] | None:
    """Composite number words from ``m`` (+ scale): the amount and whether it is a bare scale word."""
    first = m.group().lower().replace("ё", "е")
    if first in _SCALE_WORDS and first not in _NUMBER_WORDS:
        if first not in _SINGULAR_SCALE_WORDS:
            return None
        sv = _SCALE_WORDS[first]
        return _Amount(m.end(), Decimal(sv), sv), True
    value = Decimal(str(_NUMBER_WORDS[first]))
    last = _NUMBER_WORDS[first]
    end = m.end()
    parts = 1
    while True:
        nm = _NEXT_WORD_RE.match(masked, end)
        if nm is None:
            break
        w = nm.group(1).lower().replace("ё", "е")
        nv = _NUMBER_WORDS.get(w)
        if nv is None:
            break
        ok = (last in _HUNDREDS and nv < 100) or (last in _TENS and 1 <= nv <= 9 and nv == int(nv))
        if not ok:
            break
        value += Decimal(str(nv))
        last = nv
        end = nm.end()
        parts += 1
    if parts == 1 and _NUMBER_WORDS[first] == 1:
        return None  # "один/одна" alone is ordinary prose ("одна из ...")
    end, value, scale = _with_scale(masked, end, value)
    return _Amount(end, value, scale), False


@dataclass(slots=True)
class _Unit:
    end: int
    unit: str | None  # None: no unit (count or pending money)


_UNIT_TOKEN_RE = re.compile(rf"{_SP}*([%$€₽£]|[A-Za-zА-Яа-яЁё]+)")
# First three letters (lower case) of the words that can start a unit after a number;
# the unit regexes run only for these. Keep in step with _CURRENCIES, _PERCENT*_RE,
# _TIMES_RE and _PHYSICAL_RE.
_UNIT_TOKEN_PREFIXES = frozenset(
    {
        # percent and percentage points
        "про",
        "п",
        "пп",
        # currencies: words and adjectives
        "дол",
        "евр",
        "руб",
        "бел",
        "рос",
        "юан",
        "кит",
        "тен",
        "каз",
        "тад",
        "сом",
        "кир",
        "кыр",
        "сум",
        "узб",
        "ман",
        "тур",
        "азе",
        "дра",
        "арм",
        "лар",
        "гру",
        "гри",
        "зло",
        "фун",
        "иен",
        "йен",
        "япо",
        "руп",
        "инд",
        "лир",
        "фра",
        "шве",
        "дир",
        "вон",
        "южн",
        "аме",
        # currency codes
        "usd",
        "eur",
        "rub",
        "byn",
        "byr",
        "cny",
        "rmb",
        "kzt",
        "tjs",
        "kgs",
        "uzs",
        "tmt",
        "azn",
        "amd",
        "gel",
        "uah",
        "pln",
        "gbp",
        "jpy",
        "inr",
        "try",
        "chf",
        "aed",
        "krw",
        # multiples and physical units
        "раз",
        "тон",
        "гек",
        "га",
        "км",
        "кил",
    }
)


def _unit_after(masked: str, pos: int, times_prefix: bool) -> _Unit:
    tm = _UNIT_TOKEN_RE.match(masked, pos)
    if tm is None:
        return _Unit(pos, None)
    token = tm.group(1)
    if token == "%":
        return _Unit(tm.end(), "percent")
    if token in _CURRENCY_SIGNS:
        return _Unit(tm.end(), _CURRENCY_SIGNS[token])
    if token[:3].lower() not in _UNIT_TOKEN_PREFIXES:
        return _Unit(pos, None)
    m = _PERCENT_POINTS_RE.match(masked, pos)
    if m is not None:
        return _Unit(m.end(), "percentage_points")
    m = _PERCENT_RE.match(masked, pos)
    if m is not None:
        return _Unit(m.end(), "percent")
    m = _CURRENCY_AFTER_RE.match(masked, pos)
    if m is not None:
        return _Unit(_abbreviation_dot(masked, m.end()), m.lastgroup)
    if times_prefix:
        m = _TIMES_RE.match(masked, pos)
        if m is not None:
            return _Unit(m.end(), "times")
    m = _PHYSICAL_RE.match(masked, pos)
    if m is not None:
        return _Unit(m.end(), m.lastgroup)
    return _Unit(pos, None)


def _unit_kind(unit: str) -> str:
    return MONEY if unit in _ISO_CODES or unit == "XXX" else unit


# --------------------------------------------------------------------------- candidates


@dataclass(slots=True)
class _Cand:
    qs: int  # quote start
    qe: int  # quote end
    ns: int  # number start
    ne: int  # number end (number_text)
    value: Decimal
    value_high: Decimal | None
    unit: str | None  # None: money with the currency still to find
    comparator: str
    counted: tuple[int, int] | None
    lemma: str | None
    change: str | None
    ordinal: bool = False
    currency_explicit: bool = False
    metric: str = "other"
    sentence: int = 0


_SPACE_CHARS = frozenset(" \t\r\n\u00a0\u2009\u202f")
# Last words of the phrases in _HEDGES (and prefixes of the verbs there): a window regex
# is only run when the word before the number is one of them.
_HEDGE_LAST_WORDS = frozenset(
    {
        "менее",
        "меньше",
        "ниже",
        "выше",
        "более",
        "больше",
        "свыше",
        "сверх",
        "порядка",
        "около",
        "почти",
        "что",
        "примерно",
        "приблизительно",
        "ориентировочно",
        "где-то",
        "районе",
        "минимум",
        "максимум",
        "мере",
        "от",
        "до",
        "чем",
    }
)
_HEDGE_LAST_PREFIXES = ("превыс", "превыш", "достига")
_ID_PREFIXES = (
    "стать",
    "пункт",
    "част",
    "глав",
    "раздел",
    "номер",
    "приложени",
    "том",
    "выпуск",
    "верси",
    "код",
)
_CURRENCY_HINTS = frozenset("$€₽£ABCDEGKNPRSUYZ")


def _word_before(masked: str, pos: int) -> tuple[str, int]:
    """The word right before ``pos`` and separated from it by spaces (lower case), and where it ends.

    Returns ``("", j)`` when no space or no letters precede; ``j`` is the end of what precedes.
    """
    j = pos
    while j > 0 and masked[j - 1] in _SPACE_CHARS:
        j -= 1
    if j == pos:
        return "", j
    k = j
    while k > 0 and (masked[k - 1].isalpha() or masked[k - 1] == "-"):
        k -= 1
    return masked[k:j].lower(), j


def _hedge(masked: str, start: int) -> tuple[int, str, str | None]:
    """Hedge ending right before ``start``: (new start, comparator, hedge text)."""
    lo = max(0, start - 48)
    m = _HEDGE_RE.search(masked, lo, start)
    if m is None:
        return start, "=", None
    for i, (comparator, _) in enumerate(_HEDGES):
        g = m.group(f"h{i}")
        if g is not None:
            return m.start(f"h{i}"), comparator, g.lower()
    return start, "=", None  # pragma: no cover


def _change(masked: str, start: int, times: bool) -> tuple[int, str, str] | None:
    """Change verb (+ hedge) before ``start``: (new start, change, comparator)."""
    lo = max(0, start - 64)
    m = (_CHANGE_TIMES_RE if times else _CHANGE_BY_RE).search(masked, lo, start)
    if m is None:
        return None
    comparator = "="
    for i, (comp, _) in enumerate(_HEDGES):
        if m.group(f"h{i}") is not None:
            comparator = comp
            break
    if m.group("inc") is not None:
        return m.start("inc"), "increase", comparator
    return m.start("dec"), "decrease", comparator


def _prefix_start(
    masked: str, start: int, times: bool, before: tuple[str, int] | None = None
) -> tuple[int, str, str | None, str | None]:
    """Quote start, comparator, change and hedge word for a number phrase starting at ``start``.

    The window regexes run only when the word right before the phrase (``before``, from
    :func:`_word_before`) can end one of their phrases ("на" for a change, a hedge's last word).
    """
    word, j = before if before is not None else _word_before(masked, start)
    if times or word == "на":
        ch = _change(masked, start, times)
        if ch is not None:
            return ch[0], ch[2], ch[1], None
    if word:
        if word not in _HEDGE_LAST_WORDS and not word.startswith(_HEDGE_LAST_PREFIXES):
            return start, "=", None, None
    elif not (j > 0 and masked[j - 1] in "≈~"):
        return start, "=", None, None
    qs, comparator, hedge = _hedge(masked, start)
    if hedge == "до":
        lo = max(0, start - 48)
        m = _CHANGE_TO_RE.search(masked, lo, start)
        if m is not None:
            return m.start(), "=", "to", None
    return qs, comparator, None, hedge


def _scan(masked: str) -> list[_Cand]:
    out: list[_Cand] = []
    pos = 0
    n = len(masked)
    m = _CANDIDATE_AT_START_RE.match(masked)
    while True:
        if m is None:
            m = _CANDIDATE_RE.search(masked, max(pos - 1, 0))
            if m is None:
                break
        s = m.start(1)
        first = m.group(1)
        if first.isdigit():
            cands, pos = _digit_candidates(masked, s)
        elif len(first) == 1:
            cands, pos = _rank_candidate(masked, s)
        else:
            wm = _WORD_AT_RE.match(masked, s)
            assert wm is not None
            if first.lower() in _MULTIPLE_WORDS:
                cands, pos = _multiple_candidate(masked, wm)
            else:
                cands, pos = _word_candidates(masked, wm)
        pos = max(pos, m.end(1))
        m = None
        for c in cands:
            if out and c.qs < out[-1].qe:  # a hedge reaching back into the previous fact
                c.qs = max(c.ns, out[-1].qe)
                while c.qs < c.ns and masked[c.qs].isspace():
                    c.qs += 1
            out.append(c)
        if pos >= n:
            break
    return out


def _preposition_before(masked: str, start: int, preposition: str) -> int | None:
    """Start of ``preposition`` ("с", "от", "в") when it is the word right before ``start``."""
    word, j = _word_before(masked, start)
    if word != preposition:
        return None
    return j - len(word)


def _id_before(masked: str, s: int, before: tuple[str, int]) -> bool:
    """The number follows "статья", "пункт", "№" ...: an id, not a quantity."""
    word, j = before
    sign = (j > 0 and masked[j - 1] in "№#.") or (s > 0 and masked[s - 1] in "№#")
    if sign or word.startswith(_ID_PREFIXES):
        return _ID_BEFORE_RE.search(masked, max(0, s - 24), s) is not None
    return False


def _digit_candidates(masked: str, s: int) -> tuple[list[_Cand], int]:
    dm = _DIGITS_RE.match(masked, s)
    assert dm is not None
    skip: tuple[list[_Cand], int] = ([], dm.end())
    if s > 0 and masked[s - 1] not in _ALLOWED_BEFORE:
        if masked[s - 1] == "+" and (pm := _PHONE_AFTER_PLUS_RE.match(masked, s)) is not None:
            return [], pm.end()  # "+375 17 123-45-67"
        return skip  # glued to a word, an id, a version, a negative or signed number ("+4°C")
    nm = _NOT_A_NUMBER_RE.match(masked, s)
    if nm is not None:
        return [], nm.end()  # a date, a time or a phone number
    before = _word_before(masked, s)
    if _id_before(masked, s, before):
        return skip  # "статья 12", "№ 5"
    amount = _digit_amount(masked, s)
    assert amount is not None
    end = amount.end
    nxt = masked[end] if end < len(masked) else ""
    ordinal = False
    if amount.scale == 1 and nxt in "-‐‑":
        om = _ORDINAL_SUFFIX_RE.match(masked, end)
        if om is not None:
            suffix = om.group("s").lower()
            if suffix in _ORDINAL_SUFFIXES:
                ordinal = True
            elif suffix not in _CASE_SUFFIXES:
                return skip  # "5-летний"
            end = om.end()
            nxt = masked[end] if end < len(masked) else ""
    if amount.scale == 1 and (nxt.isalpha() or nxt in "°/" or masked.startswith(" °", end)):
        return skip  # "480w", "+4°C", "1/2"
    if _MONTH_AFTER_RE.match(masked, end):
        return skip  # a date: "27 февраля"
    if _is_year(masked, s, dm.group(), amount, end):
        return skip
    if before[0] == "за" and dm.group() == "1":
        return skip  # a price per unit: "$128,5 за 1 тыс. кубометров"
    start = s
    currency_before = None
    cb = None
    if any(ch in _CURRENCY_HINTS for ch in masked[max(0, s - 4) : s]):
        cb = _CURRENCY_BEFORE_RE.search(masked, max(0, s - 4), s)
    if cb is not None:
        currency_before = _CURRENCY_SIGNS[cb.group("sign")] if cb.group("sign") else cb.group("code")
        start = cb.start()
        before = _word_before(masked, start)
    word_before, word_end = before
    word_start = word_end - len(word_before)
    from_prefix = word_start if word_before == "с" else None
    ot_prefix = word_start if word_before == "от" else None
    times_prefix = word_start if word_before == "в" else None

    if ordinal:
        cp = _counted_phrase(masked, end)
        if cp is None or cp[2] not in _ORDINAL_HEADS:
            return skip
        qs, comparator, change, _ = _prefix_start(masked, start, False, before)
        cand = _Cand(
            qs,
            cp[1],
            s,
            end,
            amount.value,
            None,
            _ORDINAL_HEADS[cp[2]],
            comparator,
            (cp[0], cp[1]),
            cp[2],
            change,
            ordinal=True,
        )
        return [cand], cp[1]

    unit1 = _unit_after(masked, end, times_prefix is not None)
    # ranges "10-11 млрд", "от 10 до 11 млрд" and changes "с 41% до 57%"
    link = _RANGE_DASH_RE.match(masked, unit1.end)
    pair = False
    if link is None and (from_prefix is not None or ot_prefix is not None):
        link = _RANGE_TO_RE.match(masked, unit1.end)
        pair = link is not None and from_prefix is not None
    second: _Amount | None = None
    second_start = -1
    if link is not None:
        second_start = link.end()
        if masked[second_start] in _CURRENCY_SIGNS:
            second_start += 1
        second = _digit_amount(masked, second_start)
        if second is not None:
            sd = _DIGITS_RE.match(masked, second_start)
            assert sd is not None
            if _MONTH_AFTER_RE.match(masked, second.end) or _is_year(
                masked, second_start, sd.group(), second, second.end
            ):
                return skip  # "с 5 по 10 мая", "2024-2025 годах"
    if second is not None:
        if amount.scale == 1 and second.scale > 1:
            amount.value *= second.scale
        unit2 = _unit_after(masked, second.end, times_prefix is not None)
        unit = unit2.unit or unit1.unit
        tail = unit2.end
        has_scale = second.scale > 1 or amount.scale > 1
    else:
        unit = unit1.unit
        tail = unit1.end
        has_scale = amount.scale > 1
    if unit is None and currency_before is not None:
        unit = currency_before
    counted: tuple[int, int] | None = None
    lemma = None
    if unit is None:
        cp = _counted_phrase(masked, tail)
        if cp is not None:
            if cp[2] in _NOT_COUNTED:
                return skip  # "5 лет", "9 месяцев", "2 раза"
            counted, lemma, unit, tail = (cp[0], cp[1]), cp[2], "count", cp[1]
        elif not has_scale:
            return skip  # a bare number
        # else: money whose currency is found later ("не опускается ниже миллиарда")
    elif unit in ("tonnes", "hectares", "km"):
        cp = _counted_phrase(masked, tail)
        if cp is not None and cp[2] not in _NOT_COUNTED and _ends_genitive(masked, cp[0], cp[1]):
            counted, lemma, tail = (cp[0], cp[1]), cp[2], cp[1]
    explicit = currency_before is not None or _is_money(unit)

    if pair and second is not None and link is not None and from_prefix is not None:
        # "с 41% до 57%": a 'from' fact and a 'to' fact
        first_end = unit1.end if unit1.unit is not None else amount.end
        first = _Cand(
            from_prefix,
            first_end,
            s,
            amount.end,
            amount.value,
            None,
            unit,
            "=",
            counted,
            lemma,
            "from",
            currency_explicit=explicit,
        )
        to_qs = link.start() + len(link.group()) - len(link.group().lstrip(_SPACES))
        to = _Cand(
            to_qs,
            tail,
            second_start,
            second.end,
            second.value,
            None,
            unit,
            "=",
            counted,
            lemma,
            "to",
            currency_explicit=explicit,
        )
        return [first, to], tail

    times = unit == "times"
    phrase_start = start
    if times and times_prefix is not None:
        phrase_start = times_prefix
    qs, comparator, change, hedge = _prefix_start(
        masked, phrase_start, times, before if phrase_start == start else None
    )
    if change is None and word_before == "на" and second is None and counted is None:
        cm = _COMPARATIVE_AFTER_RE.match(masked, tail)
        if cm is not None:  # "на 4,3% больше"
            qs, tail = word_start, cm.end()
            change = "increase" if cm.group("inc") else "decrease"
    if second is not None and hedge in (None, "от"):
        comparator = "="
    cand = _Cand(
        qs,
        tail,
        s,
        second.end if second is not None else end,
        amount.value,
        second.value if second is not None else None,
        unit,
        comparator,
        counted,
        lemma,
        change,
        currency_explicit=explicit,
    )
    return [cand], tail


def _is_year(masked: str, s: int, digits: str, amount: _Amount, end: int) -> bool:
    if amount.scale != 1 or not digits.isdigit() or len(digits) != 4 or not 1000 <= int(digits) <= 2100:
        return False
    return bool(_YEAR_AFTER_RE.match(masked, end) or _MONTH_BEFORE_RE.search(masked, max(0, s - 30), s))


def _is_money(unit: str | None) -> bool:
    return unit is not None and unit in _ISO_CODES


def _ends_genitive(masked: str, start: int, end: int) -> bool:
    """True when the phrase (the counted thing after a unit, "тонн нефти") can be genitive."""
    last = masked[start:end].split()[-1].lower()
    info = _word_info(last)
    return info is not None and info.gent_noun


def _word_candidates(masked: str, m: re.Match[str]) -> tuple[list[_Cand], int]:
    parsed = _word_amount(masked, m)
    if parsed is None:
        return [], m.end()
    amount, bare_scale = parsed
    s = m.start()
    times_prefix = _preposition_before(masked, s, "в")
    unit_info = _unit_after(masked, amount.end, times_prefix is not None)
    unit = unit_info.unit
    tail = unit_info.end
    counted = None
    lemma = None
    if unit is None:
        cp = _counted_phrase(masked, tail)
        if cp is not None:
            lemma = cp[2]
            if lemma in _NOT_COUNTED:
                return [], tail
            if amount.value <= 3 and lemma in _NOT_COUNTED_SMALL_WORDS:
                return [], tail
            counted = (cp[0], cp[1])
            unit = "count"
            tail = cp[1]
        elif amount.scale == 1:
            return [], amount.end
    times = unit == "times"
    phrase_start = s
    if times and times_prefix is not None:
        phrase_start = times_prefix
    qs, comparator, change, hedge = _prefix_start(masked, phrase_start, times)
    if bare_scale and hedge is None and change is None and not _is_money(unit):
        return [], amount.end  # "миллиарды", "тысячи людей": not a number
    cand = _Cand(
        qs,
        tail,
        s,
        amount.end,
        amount.value,
        None,
        unit,
        comparator,
        counted,
        lemma,
        change,
        currency_explicit=_is_money(unit),
    )
    return [cand], tail


def _rank_candidate(masked: str, s: int) -> tuple[list[_Cand], int]:
    m = _RANK_RE.match(masked, s)
    if m is None:
        return [], s + 1
    cp = _counted_phrase(masked, m.end())
    if cp is None:
        return [], m.end()
    if m.group("topn"):
        value = Decimal(m.group("topn"))
    else:
        word = m.group("rankw").lower()
        value = Decimal(next(v for stem, v in _RANK_WORDS.items() if word.startswith(stem)))
    cand = _Cand(
        m.start(),
        cp[1],
        m.start("rankw"),
        m.end("rankw"),
        value,
        None,
        "rank",
        "<=",
        (cp[0], cp[1]),
        cp[2],
        None,
    )
    return [cand], cp[1]


def _multiple_candidate(masked: str, m: re.Match[str]) -> tuple[list[_Cand], int]:
    value = Decimal(_MULTIPLE_WORDS[m.group().lower()])
    qs, comparator, change, _ = _prefix_start(masked, m.start(), True)
    cand = _Cand(qs, m.end(), m.start(), m.end(), value, None, "times", comparator, None, None, change)
    return [cand], m.end()


# --------------------------------------------------------------------------- resolution


@cache
def _sentence_keyword_re(kind: str) -> tuple[re.Pattern[str], tuple[MetricRule, ...]] | None:
    """The sentence-scope rules of METRIC_KEYWORDS for a unit kind as one regex (group ``k<i>`` = rule i)."""
    rules = tuple(
        r
        for r in METRIC_KEYWORDS
        if r.scope != "counted" and not r.ordinal and (r.kinds is None or kind in r.kinds)
    )
    if not rules:
        return None
    return re.compile("|".join(f"(?P<k{i}>{r.pattern.pattern})" for i, r in enumerate(rules)), re.I), rules


class _Sentences:
    """Sentence spans of a text with the keyword and period matches of each, computed on demand."""

    __slots__ = ("_keywords", "_n", "_periods", "masked", "starts")

    def __init__(self, masked: str) -> None:
        self.masked = masked
        self.starts = [0] + [m.end() for m in _SENTENCE_END_RE.finditer(masked)]
        self._n = len(masked)
        self._keywords: dict[tuple[int, str], list[tuple[int, int, int, MetricRule]]] = {}
        self._periods: dict[int, list[tuple[int, int]]] = {}

    def index(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1

    def span(self, idx: int) -> tuple[int, int]:
        return self.starts[idx], self.starts[idx + 1] if idx + 1 < len(self.starts) else self._n

    def keywords(self, idx: int, kind: str) -> list[tuple[int, int, int, MetricRule]]:
        """(start, end, rule order, rule) of the metric keywords of sentence ``idx``."""
        key = (idx, kind)
        found = self._keywords.get(key)
        if found is None:
            found = []
            compiled = _sentence_keyword_re(kind)
            if compiled is not None:
                regex, rules = compiled
                lo, hi = self.span(idx)
                for m in regex.finditer(self.masked, lo, hi):
                    order = int(m.lastgroup[1:]) if m.lastgroup else 0
                    found.append((m.start(), m.end(), order, rules[order]))
            self._keywords[key] = found
        return found

    def periods(self, idx: int) -> list[tuple[int, int]]:
        found = self._periods.get(idx)
        if found is None:
            lo, hi = self.span(idx)
            found = [m.span() for m in _PERIOD_RE.finditer(self.masked, lo, hi)]
            self._periods[idx] = found
        return found


def _distance(start: int, end: int, c: _Cand) -> int:
    if end <= c.qs:
        return c.qs - end
    if start >= c.qe:
        return start - c.qe
    return 0


def _assign_metric(c: _Cand, sentences: _Sentences) -> str:
    masked = sentences.masked
    kind = _unit_kind(c.unit) if c.unit is not None else MONEY
    if c.counted is not None and kind in ("count", "rank"):
        phrase = masked[c.counted[0] : c.counted[1]]
        for rule in METRIC_KEYWORDS:
            if rule.scope == "sentence" or (rule.kinds is not None and kind not in rule.kinds):
                continue
            if rule.ordinal and not c.ordinal:
                continue
            if not rule.pattern.search(phrase):
                continue
            if rule.context is not None:
                lo, hi = sentences.span(c.sentence)
                if not rule.context.search(masked, lo, hi):
                    continue
            return rule.metric
        if kind == "count":
            return "other"
    if c.change in ("increase", "decrease") and kind in ("percent", "percentage_points", "times"):
        return "growth"
    best: tuple[int, int, str] | None = None
    weak: tuple[int, int, str] | None = None
    for start, end, order, rule in sentences.keywords(c.sentence, kind):
        key = (_distance(start, end, c), order, rule.metric)
        if rule.weak:
            weak = key if weak is None or key < weak else weak
        elif best is None or key < best:
            best = key
    if best is not None:
        return best[2]
    if weak is not None:
        return weak[2]
    return _DEFAULT_METRIC_BY_UNIT.get(kind, "other")


def _resolve_currency(cands: list[_Cand], i: int) -> str | None:
    c = cands[i]
    money = [d for d in cands if d.currency_explicit and d.unit is not None]
    for delta in (0, 1, -1):
        options = [d for d in money if d.sentence == c.sentence + delta and d.metric == c.metric]
        if options:
            return min(options, key=lambda d: abs(d.ns - c.ns)).unit
    same = {d.unit for d in money if d.sentence == c.sentence}
    if len(same) == 1:
        return same.pop()
    return None


def _period(c: _Cand, sentences: _Sentences, text: str) -> str | None:
    """The period phrase of the sentence nearest to the fact.

    A period after the fact is preferred only inside the same clause (no comma, semicolon
    or dash in between): in "Последние 5 лет ... не ниже миллиарда, а по прошлому году ...
    превысила $1,5 млрд" each amount gets its own period. A period in a parenthesis after
    the fact is not its period.
    """
    best: tuple[int, int, int] | None = None
    for start, end in sentences.periods(c.sentence):
        if start < c.qe and end > c.qs:
            continue  # inside the quote
        dist = _distance(start, end, c)
        if start >= c.qe:
            if "(" in sentences.masked[c.qe : start]:
                continue  # a remark in parentheses has its own period
            if _CLAUSE_BREAK_RE.search(sentences.masked, c.qe, start):
                dist += _CLAUSE_PENALTY
        if best is None or dist < best[0]:
            best = (dist, start, end)
    if best is None:
        return None
    return text[best[1] : best[2]]


def extract_facts(text: str) -> list[NumberFact]:
    """Numeric facts of ``text`` sorted by ``char_start`` (see the module docstring)."""
    if not text:
        return []
    masked = text
    if "://" in text or "www." in text:  # digits inside URLs are ids, never facts
        masked = _URL_RE.sub(lambda m: "\x00" * len(m.group()), text)
    cands = _scan(masked)
    if not cands:
        return []
    sentences = _Sentences(masked)
    for c in cands:
        c.sentence = sentences.index(c.ns)
        c.metric = _assign_metric(c, sentences)
    for i, c in enumerate(cands):
        if c.unit is None:
            c.unit = _resolve_currency(cands, i)
    facts: list[NumberFact] = []
    for c in cands:
        unit = c.unit
        if unit is None:
            if c.metric not in _MONEY_METRICS:
                continue
            unit = "XXX"
        facts.append(
            NumberFact(
                char_start=c.qs,
                char_end=c.qe,
                quote=text[c.qs : c.qe],
                number_text=text[c.ns : c.ne],
                value=float(c.value),
                value_high=float(c.value_high) if c.value_high is not None else None,
                unit=unit,
                comparator=c.comparator,
                metric=c.metric,
                counted=text[c.counted[0] : c.counted[1]] if c.counted is not None else None,
                change=c.change,
                period=_period(c, sentences, text),
            )
        )
    facts.sort(key=lambda f: f.char_start)
    return facts
