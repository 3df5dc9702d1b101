"""The indicator columns of one number mention: its period as dates and its flow spans.

These become columns of ``raw.number_mentions`` (declared in ``flows/schema.py``):
``period_start``, ``period_end`` (dates, inclusive), ``period_label``, ``period_granularity``
(:mod:`.periods`), and ``origin_start``/``origin_end``, ``destination_start``/``destination_end``
(offsets into the body of the words naming a flow's exporting and importing side, :mod:`.direction`;
NULL for title facts and facts of other metrics), and ``wording_low``/``wording_high``: the values the
wording allows (:func:`wording_bounds`), ``counted_lemma``: the counted noun phrase in
dictionary forms (:func:`counted_lemma`), and ``scope``: ``national``, or ``subnational`` for the
figure of a region, province or city (:func:`fact_scope`), and ``partner_start``/``partner_end``:
the word naming the figure's partner in its clause (:func:`partner_span`; for the level of a flow
only; for a title fact, offsets into the title).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date

from flows.text.morph import parses
from flows.text.numbers.direction import _CLAUSE_STOP_RE, _clause, flow_spans
from flows.text.numbers.lexicon import INVESTORS_AS_SUBJECT, INVESTORS_SHARE
from flows.text.numbers.periods import mention_period
from flows.text.numbers.types import NumberFact
from flows.text.numbers.units import unit_kind
from flows.text.vocab import LIST_BULLET, LIST_NUMBER

_DIGITS_RE = re.compile(r"\d[\d\s\u00a0\u202f.,'’]*\d|\d")


def written_step(number_text: str, value: float) -> float:
    """One unit of the last significant digit written, in the fact's units: ``38,6 млрд`` -> 1e8,
    ``39 млрд`` -> 1e9, ``40`` -> 10, ``1 500`` and ``1'500`` -> 100. 0 for a number written in words (exact)."""
    m = _DIGITS_RE.search(number_text)
    if m is None:
        return 0.0
    written = m.group()
    decimals = 0
    last_sep = max(written.rfind(","), written.rfind("."))
    if last_sep >= 0 and len(written) - last_sep - 1 in (1, 2):
        decimals = len(written) - last_sep - 1
        integer = re.sub(r"\D", "", written[:last_sep])
        mantissa = float(f"{integer or 0}.{written[last_sep + 1 :]}")
        unit = 10.0**-decimals
    else:
        integer = re.sub(r"\D", "", written)
        mantissa = float(integer)
        zeros = len(integer) - len(integer.rstrip("0")) if integer.strip("0") else 0
        unit = 10.0**zeros
    if mantissa == 0:
        return 0.0
    return unit * abs(value) / mantissa


_CYRILLIC_WORD_RE = re.compile(r"[а-яё]+", re.I)


def counted_lemma(counted: str | None) -> str | None:
    """The counted noun phrase with every Russian word in its dictionary form, lower case
    (``пятью дипломатическими точками`` and ``пять дипломатических точек`` are both
    ``дипломатический точка``); other words lower case as written. None for None."""
    if counted is None:
        return None
    words = []
    for word in counted.lower().replace("ё", "е").split():
        if _CYRILLIC_WORD_RE.fullmatch(word):
            word = parses(word)[0].normal_form.replace("ё", "е")
        words.append(word)
    return " ".join(words)


_MAX_RELATIVE_STEP = 0.1  # the widest rounding step read into "=" and "~", as a share of the value


def wording_bounds(fact: NumberFact) -> tuple[float, float]:
    """(low, high): the values the fact's wording allows.

    A range is its two ends. A count or rank stated exactly is exact. Otherwise, with ``step`` one
    unit of the last digit written (:func:`written_step`), for ``=`` and ``~`` at most a tenth of
    the value (trailing zeros: ``20 млрд`` steps by 2 bn, not 10 bn; ``100 млрд`` by 10 bn):
    ``=`` is the number rounded
    (value ± step/2: ``38,6 млрд`` covers 38.55-38.65 bn); ``~`` (``почти``, ``около``) value ±
    step (``почти 39 млрд``: 38-40 bn, ``около 20 млрд``: 18-22 bn); ``>``/``>=`` (``более 2 млрд``) value up to value + step;
    ``<``/``<=`` value - step up to value. A number written in words, hedged, is taken within 10%."""
    v = fact.value
    if fact.value_high is not None:
        return (min(v, fact.value_high), max(v, fact.value_high))
    kind = unit_kind(fact.unit)
    if fact.comparator == "=" and kind in ("count", "rank"):
        return (v, v)
    step = written_step(fact.number_text, v)
    if step == 0.0 and fact.comparator != "=":
        step = abs(v) * 0.1
    elif fact.comparator in ("=", "~"):
        # trailing zeros do not widen the rounding beyond a tenth of the value: "почти 20 млрд" is
        # 18-22 bn (not 10-30), "около 100 млрд" 90-110 bn (not 0-200), "100 млрд" 95-105 bn
        step = min(step, abs(v) * _MAX_RELATIVE_STEP)
    if fact.comparator == "=":
        return (v - step / 2, v + step / 2)
    if fact.comparator == "~":
        return (v - step, v + step)
    if fact.comparator in (">", ">="):
        return (v, v + step)
    if fact.comparator in ("<", "<="):
        return (v - step, v)
    return (-math.inf, math.inf)


# A sub-national unit (a region, province, oblast, state, city) whose figure a clause states: its
# name as the genitive after the flow word ("Товарооборот Минской области с Китаем", "экспорт
# провинции Хэнань", "trade of Xinjiang province") or as the clause's subject before it ("Гродненская
# область нарастила экспорт"). The world's regions ("в регионе", "Central Asia region") are not.
_SUBNATIONAL_RE = re.compile(
    r"(?<![\w])(?:област(?:ь|и|ью)|вобласц(?:ь|і)|облыс(?:ы|ының)|області|провинци(?:я|и|ей)|правінцы(?:я|і)"
    r"|провінці(?:я|ї)|кра(?:й|я|ем)|штат(?:а|ом)?|округ(?:а|ом)?|губерни(?:я|и)|префектур(?:а|ы)"
    r"|региона|регіону|рэгіёна|город(?:а|ом)|міста|горада|województw(?:o|a)|obwodu|prowincji"
    r"|oblast|province|prefecture|state\s+of|city\s+of|emirate\s+of)(?![\w])",
    re.I,
)
_FLOW_WORDS = (
    r"товарооборот\w*|внешнеторгов\w*|торговл\w*|торгов\w*\s+оборот\w*|экспорт\w*|импорт\w*|поставк\w*|инвестиц\w*"
    r"|тауар\s+айналым\w*|экспарт\w*|імпарт\w*|тавараабарот\w*|таваразварот\w*|товарообіг\w*|експорт\w*|імпорт\w*"
    r"|obr[oó]t\w*|eksport\w*|import\w*|handel\w*|trade|exports?|imports?|investments?"
    # investors as the subject, or their share: what they put in is an investment
    rf"|{INVESTORS_AS_SUBJECT}|investors|{INVESTORS_SHARE}\w*"
)
_FLOW_WORD_RE = re.compile(rf"(?<![\w])(?:{_FLOW_WORDS})(?![\w])", re.I)


def fact_scope(text: str, start: int, end: int | None = None, lo: int = 0) -> str:
    """``subnational`` when the clause of the fact ``text[start:end]`` (its sentence starting at
    ``lo``) names a region, province, oblast, state or city before the fact and a flow word before
    the fact or in its quote (``Товарооборот Минской области с Китаем ... составил 420 млн``,
    ``Витебская область увеличила экспорт ... до 900 млн``): the figure is the region's, not its
    country's. Else ``national``."""
    end = start if end is None else end
    left = lo
    for m in _CLAUSE_STOP_RE.finditer(text, lo, start):
        left = m.end()
    if _FLOW_WORD_RE.search(text, left, end) is None:
        return "national"
    return "subnational" if _SUBNATIONAL_RE.search(text, left, start) is not None else "national"


# "с Ираном", "with Egypt", "z Polską": a partner named before the figure in its clause; a clause
# ends at a comma or semicolon ("..., с Египтом — 320 млн": the dash stands for the verb). A flow of
# one direction names its partner as its destination or origin too ("экспорт в Китай", "импорт из
# Ирана", "exports to China", "eksport do Niemiec": _DIRECTED_METRICS). The partner may be a list
# ("с Россией, Казахстаном и Арменией": several partners, a sum no pair holds) or a bloc ("со
# странами ЕАЭС", "с ЕС"): the span covers it all, and dbt gives a fact whose partner span names
# two or more countries or a bloc no pair (int_numeric_facts).
_CAPITAL = "A-ZА-ЯЁІЎЄЇҚĄĆĘŁŃÓŚŹŻ"
_PARTNER_WORD = rf"(?:(?:стран\w*|країн\w*|краін\w*|państw\w*|countries|the)\s+)?[{_CAPITAL}][\w-]*"
_PARTNER_LIST = rf"{_PARTNER_WORD}(?:(?:\s*,\s*|\s*,?\s+(?:и|та|і|й|and|oraz|i)\s+)[{_CAPITAL}][\w-]*)*"
_WITH = r"с|со|з|із|са|with|z|ze|мен"
_TO_OR_FROM = r"в|во|у|ў|до|из|от|від|ад|to|into|from|do|od"
# (the preposition in any case: it opens the sentence too, "В Таджикистан отгружено ..."; the name
# keeps its capital)
_PARTNER_RE = re.compile(rf"(?<![\w])(?i:{_WITH})\s+(?P<w>{_PARTNER_LIST})")
_DIRECTED_PARTNER_RE = re.compile(rf"(?<![\w])(?i:{_WITH}|{_TO_OR_FROM})\s+(?P<w>{_PARTNER_LIST})")
_PARTNER_CLAUSE_STOP_RE = re.compile(r"[,;:!?]|\.(?=\s+[A-ZА-ЯЁІЎЄЇ])")
# an item of a list after a colon or comma: a name, then a dash, then the figure ("Италия — 11,2 млн
# тонн", "Netherlands - 4.9 million tonnes"); the name is the item's partner
_LIST_ITEM_PARTNER_RE = re.compile(
    rf"\s*(?:{LIST_BULLET}[ \u00a0]*|{LIST_NUMBER}[ \u00a0]+)?"  # a line of a list may open with a bullet
    rf"(?P<w>[{_CAPITAL}][\w-]*(?:[ \u00a0]+[{_CAPITAL}][\w-]*){{0,2}})"
    r"(?:[ \u00a0]+[—–-]|[ \u00a0]*[—–:])[ \u00a0]+"
)


# a bullet opening a line of a list: a name before a colon there is an item's ("- Россия: 25,3
# млрд"), not a speaker's or a heading's ("Глава МИД: ...")
_BULLET_RE = re.compile(rf"\s*(?:{LIST_BULLET}|{LIST_NUMBER})[ \u00a0]")


# the metrics whose figure is stated per partner ("с Ираном — 150 млн"): the level of a flow
_PARTNERED_METRICS = frozenset({"trade_turnover", "export", "import", "investment", "volume"})
# of them, the flows of one direction, whose partner is their destination or origin
_DIRECTED_METRICS = frozenset({"export", "import", "investment", "volume"})


def partner_span(text: str, start: int, lo: int = 0, metric: str | None = None) -> tuple[int, int] | None:
    """The offsets of the words naming the partner of the figure at ``start``: the last ``с X`` /
    ``with X`` before it whose words reach into its clause (from the last comma or semicolon of its
    sentence, which starts at ``lo``): ``Товарооборот Беларуси с Ираном составил 150 млн, с Египтом
    — 320 млн`` gives ``Ираном`` for 150 and ``Египтом`` for 320; for an export, import, investment
    or volume (``metric``) also ``в X``, ``из X``, ``to X``, ``do X`` (``Экспорт в Китай составил 19
    млрд, в Иран — 0,5 млрд``), and the name opening the figure's clause before a dash, an item of
    a list (``по направлениям: Италия — 11,2 млн тонн, Нидерланды — 4,9 млн тонн``), or opening a
    line of a list before a dash, maybe after a bullet, or after a bullet before a colon (``• Italy
    — $11.2 billion``, ``- Россия: 25,3 млрд долларов;``), or right before the bracket holding the
    figure (``на втором месте — Азербайджан (8,1 млрд кубометров)``). A list of partners is one span (``Россией, Казахстаном и
    Арменией``), and so is a bloc's phrase (``странами ЕАЭС``, ``ЕС``). None when the clause names
    none. Countries and blocs are not known here: dbt maps the span to the mentions it covers
    (``int_numeric_facts``)."""
    left = before = lo
    for m in _PARTNER_CLAUSE_STOP_RE.finditer(text, lo, start):
        left, before = m.end(), left
    found = None
    pattern = _DIRECTED_PARTNER_RE if metric in _DIRECTED_METRICS else _PARTNER_RE
    for m in pattern.finditer(text, lo, start):
        if m.end("w") > left:
            found = m.span("w")
    if found is None:
        item = _LIST_ITEM_PARTNER_RE.fullmatch(text, left, start)
        if item is None and left > lo and text[left - 1] == ":" and _BULLET_RE.match(text, before):
            item = _LIST_ITEM_PARTNER_RE.fullmatch(text, before, start)  # "- Россия: 25,3 млрд"
        if item is not None:
            found = item.span("w")  # "по направлениям: Италия — 11,2 млн тонн, Нидерланды — 4,9 млн тонн"
    if found is None and (named := _NAME_BEFORE_BRACKET_RE.search(text, left, start)) is not None:
        found = named.span("w")  # "на втором месте — Азербайджан (8,1 млрд кубометров)"
    return found


# a name right before the bracket that holds the figure: the figure is that side's ("на втором
# месте — Азербайджан (8,1 млрд кубометров)", "Kazakhstan ($2.1 billion)")
_NAME_BEFORE_BRACKET_RE = re.compile(
    rf"(?<![\w-])(?P<w>[{_CAPITAL}][\w-]*(?:[ \u00a0]+[{_CAPITAL}][\w-]*){{0,2}})[ \u00a0]*\([ \u00a0]*\Z"
)


# The metrics that measure a relation of two sides by what they are: what one side has in the
# other or with it (agreements, joint ventures, assembly plants, missions, firms) and where one
# ranks among the other's partners. Flows (trade, export, import, investment, a volume) are read
# from their clause (:func:`is_bilateral`).
_RELATION_METRICS = frozenset(
    {
        "agreements",
        "joint_ventures",
        "assembly_plants",
        "diplomatic_missions",
        "regions_with_missions",
        "trade_partner_rank",
        "companies",
    }
)
_FLOW_METRICS = frozenset({"trade_turnover", "trade_balance", "export", "import", "investment", "volume"})
# words of a flow between sides, in every press language (the flow words of :data:`_FLOW_WORD_RE`
# and their Belarusian, Ukrainian and Polish kin)
_RELATION_FLOW_RE = re.compile(
    rf"(?<![\w])(?:{_FLOW_WORDS}|торгівл\w*|гандл\w*|гандал\w*|інвестыц\w*|інвестиц\w*|inwestycj\w*|пастаўк\w*"
    r"|dostaw\w*|shipments?|supplies|сальдо|сальда|saldo|турист\w*|tourists?|visitors?|turyst\w*)(?![\w])",
    re.I,
)
# what one country consumes, extracts, produces or holds: a volume of such words and of no flow
# is that country's own ("потребление газа в стране", "добыча нефти", "production", "reserves")
_OWN_VOLUME_RE = re.compile(
    r"(?<![\w])(?:потреблен\w*|добыч\w*|добыт\w*|производств\w*|произвел\w*|произвед\w*|выработ\w*|урожа\w*"
    r"|запас\w*|спожив\w*|видобу\w*|виробни\w*|вироби\w*|спажыв\w*|здабы\w*|вытвор\w*|ураджа\w*"
    r"|zużyci\w*|konsumpcj\w*|wydobyci\w*|wydobył\w*|produkcj\w*|wyprodukow\w*|zbior\w*|zapas\w*"
    r"|consum\w*|produc\w*|output|harvest\w*|reserves|stockpiles?)(?![\w])",
    re.I,
)
# words of two sides: a figure in a clause with one of them is the pair's
_TWO_SIDES_RE = re.compile(
    r"(?<![\w])(?:между|меж|між|паміж|między|between|двусторонн\w*|двосторонн\w*|двухбаков\w*|dwustronn\w*"
    r"|взаимн\w*|взаємн\w*|узаемн\w*|wzajemn\w*|bilateral|mutual|two-way|сотрудничеств\w*|співпрац\w*"
    r"|співробітництв\w*"
    r"|супрацоўніцтв\w*|współprac\w*|cooperation|обеих|обоих|обох|абедзвюх|абодвух|both"
    # both countries, the two countries: "оба kraje", "obu państw", "обидві країни", "двух стран"
    r"|oba|obaj|obie|obu|obydw\w*|обидв\w*|абодва|абедзве"
    r"|двух\s+(?:стран|государств)|двох\s+(?:країн|держав)|дзвюх\s+(?:краін|дзяржаў)"
    r"|dwóch\s+(?:kraj\w*|państw)|two\s+(?:countries|nations|states)"
    # Kazakh: the sides, the two countries, bilateral, mutual, joint ("Тараптар", "екі ел арасындағы",
    # "екіжақты", "өзара", "бірлескен")
    r"|тарапт\w*|екі\s+ел\w*|екіжақты\w*|өзара|бірлескен"
    # the sides themselves ("Стороны планируют"; not "с другой стороны") and what two sides make
    # together: joint projects, agreements, contracts, deals
    r"|(?<!другой\s)(?<!одной\s)(?<!с\s)сторон(?:ы|ам|ами)?|сторін|бакі|the\s+sides|strony"
    # Ukrainian: "Сторони домовилися" (not "з іншої сторони", on the other hand)
    r"|(?<!іншої\s)(?<!однієї\s)(?<!одної\s)сторон(?:и|ам|ами)"
    r"|совместн\w*|спільн\w*|сумесн\w*|wspóln\w*|joint"
    r"|соглашени\w*|договор\w*|меморандум\w*|контракт\w*|кантракт\w*|сделк\w*|угод\w*|пагадненн\w*|дамов\w*"
    r"|umow\w*|porozumie\w*|kontrakt\w*|agreements?|contracts?|deals?|memorand\w*"
    # what is signed is signed by two: "подписаны 15 документов"
    r"|подпис\w*|падпіс\w*|підпис\w*|podpisa\w*|signed|signing"
    # a border and its crossings lie between two ("кордон перетинають 3 тисячі вантажівок", "пункты
    # пропуска"; not "за границей", abroad)
    r"|(?<!за\s)(?:границ\w*|кордон\w*|мяж[аыуо]\w*)|(?<!za\s)granic\w*|(?:cross-)?borders?"
    r"|пункт\w*\s+пропуск\w*|checkpoints?"
    # settlements between two, in their national currencies ("взаиморасчеты", "доля национальных
    # валют", "national currencies")
    r"|взаиморасч\w*|взаєморозрахун\w*|узаемаразлік\w*|rozlicze\w*\s+wzajemn\w*"
    r"|национальн\w*\s+валют\w*|національн\w*\s+валют\w*|нацыянальн\w*\s+валют\w*|walut\w*\s+narodow\w*"
    r"|national\s+currencies)(?![\w])",
    re.I,
)
# a side named with a preposition: a partner ("с Ираном", "with Egypt", "z Polską") for any figure,
# or a flow's end ("в Китай", "из Турции", "в экономику Казахстана", "to the US") in a clause of a
# flow; roman numerals (I квартал) and English months and weekdays name no side
_NO_SIDE = (
    r"(?![IVX]+\b|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
_PARTNER_SIDE_RE = re.compile(
    rf"(?<![\w])(?i:с|со|з|із|са|мен|with|z|ze)\s+(?:the\s+)?(?P<w>{_NO_SIDE}[A-ZА-ЯЁІЎЄЇҚ][\w-]*)"
)
# the words of a source between a preposition and the body it names: "из данных Национальной службы
# статистики", "по данным", "from data of": a source, no end of the flow
_SOURCE_WORDS = (
    r"(?!(?i:данных|данным|даних|дадзеных|danych|data|figures|сведений|информации|інформації|сообщения"
    r"|повідомлення|отчета|отчёта|доклада|звіту|raportu|report|оценке|оценкам|оцінкою|слов)\b)"
)
# a source's word right before the preposition: "figures from the National Statistics Office"
_SOURCE_BEFORE_RE = re.compile(
    r"(?<![\w])(?:data|figures|statistics|report|estimates|данные|данных|даних|dane|danych)\s+\Z", re.I
)
_FLOW_END_SIDE_RE = re.compile(
    rf"(?<![\w])(?i:в|во|на|у|ў|да|до|из|изо|от|into|to|from|do|od)\s+(?:{_SOURCE_WORDS}(?:the|[a-zа-яёіўєїґ-]+)\s+)?"
    rf"(?P<w>{_NO_SIDE}[A-ZА-ЯЁІЎЄЇҚ][\w-]*)"
)
# a flow of one side with the whole world: its foreign trade, foreign investment, world markets
_TOTAL_FLOW_RE = re.compile(
    r"(?<![\w])(?:иностранн\w*|зарубежн\w*|внешнеторгов\w*|внешн\w*\s+торгов\w*|внешнеэкономическ\w*"
    r"|іноземн\w*|закордонн\w*|зовнішньоторгов\w*|зовнішн\w*\s+торгівл\w*|замежн\w*|знешнегандлёв\w*"
    r"|знешн\w*\s+гандл\w*|zagraniczn\w*|handl\w*\s+zagraniczn\w*|шетелдік|сыртқы"
    # (the world in lower case: "World" capitalized is a name's, "DP World", "the World Bank")
    r"|foreign|overall|total|global|(?-i:world(?:wide)?)|мир(?:а|у|ом|овой|овых|овые|овом)?|всего|в\s+целом"
    # the world in Ukrainian, Belarusian and Polish ("на світові ринки", "сусветны рынак", "na rynki światowe")
    r"|світ(?:у|ом|ов\w*)?|сусвет\w*|świat\w*"
    # a total, of every partner: "общий объем экспорта", "совокупный экспорт", "łączny eksport"
    r"|общ(?:ий|его|ему|им|ем|ая|ей|ую|ое|ие|их|ими)|совокупн\w*|сукупн\w*|загальн\w*|агульн\w*|łączn\w*"
    r"|ogóln\w*|жалпы|(?:со|з|са|ze)\s+(?:всеми|всіма|усімі|wszystkimi)\s+\w+)(?![\w])",
    re.I,
)


def is_bilateral(
    text: str, start: int, end: int, metric: str | None, lo: int = 0, hi: int | None = None
) -> bool:
    """Whether the figure at ``text[start:end]`` (its sentence spanning ``text[lo:hi]``) can measure a
    relation of two sides, read from its metric and its clause.

    True for the metrics of a relation (agreements, missions, joint ventures, firms, partner ranks);
    for a figure whose clause names two sides or a relation (``между``, ``двусторонн-``, ``bilateral``,
    ``сотрудничество``, ``стороны``, ``совместных проектов``, ``соглашения``, ``контракт``) or a partner (``с Ираном``, ``with Egypt``); for a flow (trade, export,
    import, investment, supplies, tourists, or a change whose clause names one) unless its clause
    makes it a side's dealings with the whole world and names no end of it (``иностранных
    инвестиций``, ``внешнеторговый оборот``, ``foreign trade``, ``на мировой рынок``). A flow with one
    side named (``Экспорт Беларуси вырос до 2 млрд``, ``экспорт в Китай``) stays bilateral: in a
    pair's article it is mostly the pair's. False for every other figure: one country's own (``ВВП
    России вырос на 4%``, ``Инфляция в Китае составила 0,7%``, population, reserves, a price). dbt
    ties a figure that is not bilateral to no pair unless its sentence names both countries of one
    (``int_numeric_facts``)."""
    if metric in _RELATION_METRICS:
        return True
    c_lo, c_hi = _clause(text, lo, len(text) if hi is None else hi, start, end)
    if _TWO_SIDES_RE.search(text, c_lo, c_hi) is not None:
        return True
    flow = _RELATION_FLOW_RE.search(text, c_lo, c_hi) is not None
    for side_re in (_PARTNER_SIDE_RE, _FLOW_END_SIDE_RE) if flow else (_PARTNER_SIDE_RE,):
        for m in side_re.finditer(text, c_lo, c_hi):
            if (
                not start <= m.start("w") < end
                and _SOURCE_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()) is None
            ):
                return True
    if not flow and metric not in _FLOW_METRICS:
        return False
    if not flow and metric == "volume" and _OWN_VOLUME_RE.search(text, c_lo, c_hi) is not None:
        return False  # "Потребление газа в стране составило 51,3 млрд кубометров": one side's
    totals = [m.group() for m in _TOTAL_FLOW_RE.finditer(text, c_lo, c_hi)]
    if not totals:
        return True
    # the total of a project, not of every partner ("Общий объем инвестиций в проект", "łączna
    # wartość inwestycji w zakład"): the project's, which its article's pair runs; never a foreign
    # or world flow's ("общий объем иностранных инвестиций")
    return (
        all(_TOTAL_WORD_RE.fullmatch(t) for t in totals) and _PROJECT_RE.search(text, c_lo, c_hi) is not None
    )


# the words of _TOTAL_FLOW_RE that make a total, of whatever is named (not foreign or world trade)
_TOTAL_WORD_RE = re.compile(
    r"общ\w*|совокупн\w*|сукупн\w*|загальн\w*|агульн\w*|łączn\w*|ogóln\w*|жалпы|overall|total|всего"
    r"|в\s+целом",
    re.I,
)
# what a total may be the total of besides every partner: a project, a plant, a programme
_PROJECT_RE = re.compile(
    r"(?<![\w])(?:проект\w*|проєкт\w*|праект\w*|projekt\w*|projects?|завод\w*|комбинат\w*|комбінат\w*"
    r"|камбінат\w*|zakład\w*|plants?|программ\w*|програм\w*|праграм\w*|program\w*|строительств\w*"
    r"|будівництв\w*|будаўніцтв\w*|budow\w*|construction)(?![\w])",
    re.I,
)


# What opens the clause of a change that qualifies the figure right before it, after a comma, a
# bracket or a dash, up to the change's number: "..., up 21 percent", "..., что на 18% больше",
# "..., увеличившись на 21%", "..., або на 7%", "..., co oznacza wzrost o 5%", "(+21%)", "..., что в 3
# раза больше".
_CHANGE_OF_FIGURE_BEFORE_RE = re.compile(
    # (a comparison's words may follow the conjunction: "что по сравнению с 2024 годом на 18%
    # больше", "бұл өткен жылғы көрсеткіштен 34 пайызға жоғары")
    r"[ \u00a0]*(?:(?:что|що|што|или|або|альбо|то\s+есть|co\s+oznacza|czyli|which\s+is|or|бұл)[ \u00a0]+"
    r"(?:(?:[^\s\d,;.!?]+|(?:19|20)\d\d)[ \u00a0]+){0,6}?)?"
    r"(?:\w+(?:вшись|вшыся|ючись|ившись|wszy|ing)[ \u00a0]+|(?:рост|прирост|рiст|ріст|wzrost|spadek|снижение"
    r"|падение|зростання|падіння|an?\s+(?:increase|rise|decrease|drop|fall|jump|gain)\s+of|up|down)[ \u00a0]+)?"
    r"(?:на|o|by|в|у|ў)?[ \u00a0]*[+\-−–]?",
    re.I,
)
_CHANGE_GAP_BREAK_RE = re.compile(r"[.;!?]")
_ABBREVIATION_DOT_BEFORE_COMMA_RE = re.compile(r"\A\.(?=[ \u00a0]*,)")
# the units of a relative change: by how much in proportion, not by how much
_RELATIVE_KINDS = frozenset({"percent", "percentage_points", "times", "fraction"})


# The next sentence opening with a demonstrative that refers to the figure before, its comparison
# following: "... составил 68,7 млрд долларов. Это почти в шесть раз больше, чем пять лет назад",
# "Це на 11% більше", "Гэта на 9% больш", "Бұл өткен жылмен салыстырғанда 8,7%-ға артық", "To o 5%
# więcej", "This is 12% more than"; a sentence that opens otherwise is about something else
_DEMONSTRATIVE_OPENING_RE = re.compile(
    r"[.!?…]+[\s\u00a0]+(?:это|эта\s+сумма|этот\s+показатель|данный\s+показатель|це|ця\s+сума|цей\s+показник"
    r"|гэта|бұл|to|this|that)(?![\w])[^.!?;\d]*\Z",
    re.I,
)
_NEXT_SENTENCE_GAP = 120  # characters at most from a figure to a change of it in the next sentence


def change_of_figure_before(text: str, before: NumberFact, fact: NumberFact) -> bool:
    """Whether ``fact``, a change, qualifies the figure ``before`` it (the figure right before it)
    in ``text``: a clause of its own opened right after that figure (within 60 characters, no
    sentence break between) by a comma, a bracket or a dash and then only the words of a change
    (``Cross-border freight reached 16.5 million tonnes in January-November, up 21 percent``,
    ``составил 820 млн долларов, что на 18% больше``, ``увеличившись на 21%``), or the next
    sentence, opened by a demonstrative with no other figure before the change (``... составил
    68,7 млрд долларов. Это почти в шесть раз больше, чем пять лет назад``, ``Бұл ... 8,7%-ға
    артық``): the change of that figure's flow, bilateral where the figure is."""
    if (
        fact.change not in ("increase", "decrease")
        or unit_kind(fact.unit) not in _RELATIVE_KINDS
        or fact.char_start < before.char_end
        or fact.char_start - before.char_end > _NEXT_SENTENCE_GAP
    ):
        return False
    gap = text[before.char_end : fact.char_start]
    # an abbreviation's dot closing the figure before a comma ("184,6 млн долл., увеличившись на
    # 37%") ends no sentence
    gap = _ABBREVIATION_DOT_BEFORE_COMMA_RE.sub("", gap, count=1)
    if _CHANGE_GAP_BREAK_RE.search(gap):
        # the figure ends its sentence (a verb at most after it) and the next one refers to it
        head = gap[: max(gap.find("."), gap.find("!"), gap.find("?"))]
        return (
            len(head) <= 40
            and not any(ch in head for ch in ",;:")
            and bool(_DEMONSTRATIVE_OPENING_RE.search(gap))
        )
    if fact.char_start - before.char_end > 60:
        return False
    opening = max(gap.rfind(","), gap.rfind("("), gap.rfind("—"), gap.rfind("–"))
    if opening < 0:
        return False
    prefix = gap[opening + 1 :] + text[fact.char_start : text.find(fact.number_text, fact.char_start)]
    return _CHANGE_OF_FIGURE_BEFORE_RE.fullmatch(prefix) is not None


def indicator_columns(
    fact: NumberFact,
    body: str,
    title: str | None,
    sentences: Sequence[tuple[int, int, int, str]],
    sentence_idx: int,
    source_field: str,
    published: date | None,
) -> dict[str, object]:
    """The indicator columns of ``raw.number_mentions`` (name -> value) for ``fact`` of ``body`` (or
    of the title when ``source_field`` is ``title``). ``sentences`` are (idx, start, end, text) of the body;
    ``published`` is the article's own date (None: relative periods are NULL)."""
    if source_field == "title":
        text, lo, hi = (title or "").strip(" "), 0, None
    else:
        text = body
        lo, hi = (
            (sentences[sentence_idx][1], sentences[sentence_idx][2])
            if sentence_idx < len(sentences)
            else (0, None)
        )
    period = mention_period(fact.period, published, fact.modality, unit_kind(fact.unit))
    origin = destination = partner = None
    if fact.metric in _PARTNERED_METRICS:
        # a title's too, its offsets the title's ("Товарооборот Казахстана со странами ЕАЭС достиг")
        partner = partner_span(text, fact.char_start, lo, fact.metric)
    if source_field != "title":
        spans = flow_spans(text, fact.char_start, fact.char_end, fact.metric, lo, hi)
        origin, destination = spans.origin, spans.destination
    low, high = wording_bounds(fact)
    scope = fact_scope(text, fact.char_start, fact.char_end, lo)
    return {
        "period_start": period.start if period else None,
        "period_end": period.end if period else None,
        "period_label": period.label if period else None,
        "period_granularity": period.granularity if period else None,
        "origin_start": origin[0] if origin else None,
        "origin_end": origin[1] if origin else None,
        "destination_start": destination[0] if destination else None,
        "destination_end": destination[1] if destination else None,
        "wording_low": low,
        "wording_high": high,
        "counted_lemma": counted_lemma(fact.counted),
        "scope": scope,
        "partner_start": partner[0] if partner else None,
        "partner_end": partner[1] if partner else None,
        "bilateral": is_bilateral(text, fact.char_start, fact.char_end, fact.metric, lo, hi),
    }
