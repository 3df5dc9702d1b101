"""Which side of a trade flow a sentence names: the spans where its origin and destination are written.

``экспорт белорусских товаров в Китай`` names the origin by an adjective (``белорусских``) and the
destination after ``в`` (``Китай``); ``импорт из Китая`` names the origin after ``из``. Countries
are not known here: the spans are mapped to the country mentions dbt finds
(``intermediate.int_fact_indicators``), so a span that holds no country (``в январе``) names none.

Read for the flow metrics only (``export``, ``import``), in the fact's clause around the flow word
nearest to the fact:

- destination: ``в``/``во``/``на`` (ru), ``у``/``ў``/``да`` (be), ``до``/``в`` (uk), ``do`` (pl),
  ``to``/``into`` (en) before a capitalised word, after the flow word (``поставки в Китай``);
- origin: ``из``/``с`` (ru), ``з``/``із``/``са`` (be, uk), ``z``/``ze`` (pl), ``from`` (en) before a
  capitalised word (``импорт из Китая``, ``из Беларуси в Китай``);
- an adjective of the ``-ск-``/``-цк-`` kind right after the flow word, before the goods
  (``экспорт белорусских товаров``), is the origin; one right before the flow word is the
  reporting side: the origin of an export (``белорусский экспорт``), the destination of an import
  (``китайский импорт``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flows.text.numbers.lexicon import _CONTRAST_CONJUNCTIONS, PURCHASE_WORDS, SUPPLY_WORDS

FLOW_METRICS = ("export", "import")

_EXPORT_RE = re.compile(
    rf"(?<![\w])(?:экспорт\w*|экспарт\w*|експорт\w*|eksport\w*|export\w*|{SUPPLY_WORDS}"
    r"|вывоз\w*|вывез\w*|sales)",
    re.I,
)
_IMPORT_RE = re.compile(
    rf"(?<![\w])(?:импорт\w*|імпарт\w*|імпорт\w*|import\w*|ввоз\w*|ввез\w*|закуп\w*|purchases|{PURCHASE_WORDS})",
    re.I,
)
# a verb of buying: the side after its "в", "у", "w", "in" is where the goods were bought, the
# origin ("Индия закупит в России", "kupi w Polsce"), not where they go
_PURCHASE_RE = re.compile(rf"(?:{PURCHASE_WORDS})", re.I)
# a clause ends at sentence punctuation or a comma before a contrasting word (а, но, тогда как,
# while, Polish a); a dash does not end it
# ("а импорт из Китая — 6 млрд": the dash stands for the verb)
_CLAUSE_STOP_RE = re.compile(
    # (the dot of an abbreviation before a capital ends nothing: "4,9 млрд долл. США, увеличившись")
    r"[;!?]|(?<!\bдолл)(?<!\bдол)(?<!\bруб)(?<!\bмлн)(?<!\bмлрд)(?<!\bтрлн)(?<!\bтыс)(?<!\bдолар)\.(?=\s+[A-ZА-ЯЁІЎЄЇ])"
    rf"|,\s+(?:{_CONTRAST_CONJUNCTIONS}|a|и\s+(?:в|за))\s"
)
# (English names take "the": "to the UAE", "from the United States")
# (the preposition in any case, opening a sentence too: "В Таджикистан отгружено ...")
_DEST_RE = re.compile(
    r"(?<![\w])(?i:в|во|на|у|ў|да|до|do|na|(?:to|into)(?:\s+the)?)\s+(?P<w>[A-ZА-ЯЁІЎЄЇ][\w-]*)"
)
_ORIGIN_RE = re.compile(
    r"(?<![\w])(?i:из|изо|с|со|з|із|са|z|ze|from(?:\s+the)?)\s+(?P<w>[A-ZА-ЯЁІЎЄЇ][\w-]*)"
)
# an English possessive right before the flow word, an adjective between at most: the side whose
# flow it is ("India's exports", "China's crude imports")
_POSSESSIVE_BEFORE_RE = re.compile(r"(?P<w>[A-Z][\w-]*)['’]s\s+(?:[a-z-]+\s+)?$")
_ADJ_RE = re.compile(r"(?<![\w])[а-яёіўєї]+(?:ск|цк)[а-яёіўєї]{1,3}(?![\w])", re.I)

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class FlowSpans:
    origin: Span | None  # offsets of the words naming the exporting side, else None
    destination: Span | None  # offsets of the words naming the importing side, else None


_NONE = FlowSpans(None, None)


def _clause(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text[lo:hi]`` holding ``text[start:end]``."""
    left = lo
    for m in _CLAUSE_STOP_RE.finditer(text, lo, start):
        left = m.end()
    m = _CLAUSE_STOP_RE.search(text, end, hi)
    return left, m.start() if m else hi


def flow_spans(
    text: str, fact_start: int, fact_end: int, metric: str, lo: int = 0, hi: int | None = None
) -> FlowSpans:
    """Origin and destination spans (offsets into ``text``) of the flow fact at ``fact_start:fact_end``.

    ``lo``/``hi`` bound the fact's sentence in ``text`` (default: the whole text). Facts of other
    metrics than :data:`FLOW_METRICS`, or whose clause holds no flow word, get no spans."""
    if metric not in FLOW_METRICS:
        return _NONE
    stop = len(text) if hi is None else hi
    c_lo, c_hi = _clause(text, lo, stop, fact_start, fact_end)
    cue_re = _EXPORT_RE if metric == "export" else _IMPORT_RE
    cues = list(cue_re.finditer(text, c_lo, c_hi))
    if not cues:
        return _NONE
    cue = min(cues, key=lambda m: abs(m.start() - fact_start))
    # every flow word of the clause, of either direction: a phrase is the flow word's before it
    flows = sorted(m.start() for r in (_EXPORT_RE, _IMPORT_RE) for m in r.finditer(text, c_lo, c_hi))

    def owned(pos: int) -> bool:
        """Whether the phrase at ``pos`` is the fact's flow word's: the last flow word before it,
        or the first one after it when none is before ("из Китая импорт")."""
        before = [f for f in flows if f < pos]
        return (before[-1] if before else flows[0]) == cue.start()

    origin = destination = None
    # prepositional phrases in the clause (outside the fact's quote) of the fact's flow word:
    # "Exports from Poland reached ... and imports from Ukraine ...": Ukraine is the imports' origin
    for m in _ORIGIN_RE.finditer(text, c_lo, c_hi):
        if fact_start <= m.start("w") < fact_end or not owned(m.start()):
            continue
        origin = origin or m.span("w")
    bought = _PURCHASE_RE.fullmatch(cue.group()) is not None
    for m in _DEST_RE.finditer(text, cue.end(), c_hi):
        if fact_start <= m.start("w") < fact_end:
            continue
        if owned(m.start()):
            if bought:
                origin = origin or m.span("w")
            else:
                destination = m.span("w")
        break
    # an English possessive before the flow word: the exporter of exports, the importer of imports
    possessive = _POSSESSIVE_BEFORE_RE.search(text, max(c_lo, cue.start() - 40), cue.start())
    if possessive is not None and not fact_start <= possessive.start("w") < fact_end:
        if metric == "export" and origin is None:
            origin = possessive.span("w")
        elif metric == "import" and destination is None:
            destination = possessive.span("w")
    # adjectives next to the flow word
    before = [
        m
        for m in _ADJ_RE.finditer(text, max(c_lo, cue.start() - 40), cue.start())
        if not text[m.end() : cue.start()].strip(" ")
    ]
    after = _ADJ_RE.match(text, cue.end() + 1) if text[cue.end() : cue.end() + 1] == " " else None
    if after is not None and origin is None:
        origin = after.span()
    if before:
        adj = before[-1].span()
        if metric == "export" and origin is None:
            origin = adj
        elif metric == "import" and destination is None:
            destination = adj
    return FlowSpans(origin, destination)
