"""Resolution of candidates: metric from keywords, currency from context, period."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from flows.text.gazetteer import country_words
from flows.text.morph import analyzer, parses, tag_facts
from flows.text.numbers.lexicon import (
    _ADDITIVE_CONJUNCTIONS,
    _CLAUSE_PENALTY,
    _CONTRAST_CONJUNCTIONS,
    _DEFAULT_METRIC_BY_UNIT,
    _EARLIER_WORDS,
    _THAN_WORDS,
    _TIME_SPAN_WORDS,
    CUES_AFTER,
    ENGLISH_HEADLINE_VERBS,
    ENGLISH_NON_PAST_BEFORE,
    ENGLISH_NOT_PAST_FIGURE_VERBS,
    ENGLISH_PAST_FIGURE_VERBS,
    FUTURE_VERBS,
    METRIC_KEYWORDS,
    MONEY,
)
from flows.text.numbers.patterns import (
    _CLAUSE_BREAK_RE,
    ADJ_AFTER_END,
    ANAPHORIC_PERIOD_SCAN,
    MODALITY_SCAN,
    NEGATIVE_CONTEXT_SCAN,
    OTHER_CURRENCY_ADJ,
    OTHER_CURRENCY_ADJ_AFTER,
    PERIOD_SCAN,
    WordStartScan,
    first_letters,
    guarded,
)
from flows.text.numbers.periods import is_prospective
from flows.text.numbers.scan import _Cand, _cand_kind, _unit_kind, currency_noun
from flows.text.numbers.types import MetricRule
from flows.text.numbers.units import (
    CONTEXT_SIGNS,
    CURRENCY_BY_CONTEXT,
    CURRENCY_CONTEXT_DEFAULT,
    NO_CURRENCY,
    NON_MONEY_UNITS,
    unit_kind,
)
from flows.text.segment import sentence_index, sentence_starts
from flows.text.vocab import ENGLISH_DETERMINERS


@cache
def _sentence_keyword_re(kind: str) -> tuple[WordStartScan, tuple[MetricRule, ...]] | None:
    """The sentence-scope rules of METRIC_KEYWORDS for a unit kind as one regex (group ``k<i>`` = rule i),
    scanned where a letter it may start with stands (a keyword may start inside a word)."""
    rules = tuple(
        r
        for r in METRIC_KEYWORDS
        if r.scope != "counted" and not r.ordinal and (r.kinds is None or kind in r.kinds)
    )
    if not rules:
        return None
    return _keyword_scan(rules)


@cache
def _keyword_scan(rules: tuple[MetricRule, ...]) -> tuple[WordStartScan, tuple[MetricRule, ...]]:
    """The scan of ``_sentence_keyword_re``, built once per set of rules: the unit kinds that share
    one (tonnes, barrels, litres ...) share its regex, which is long (the country adjectives of
    the purchase and supply rules) and slow to build."""
    alternatives = [f"(?P<k{i}>{r.pattern.pattern})" for i, r in enumerate(rules)]
    alternation = "|".join(alternatives)
    # the first letters are tested first: the regex engine skips quickly through the sentence; then
    # those of each rule, so that a word enters only the rules it may start
    first = first_letters(alternation)
    regex = re.compile(f"(?=[{first}])(?:{guarded(alternatives)})", re.I)
    return WordStartScan(regex, first, word_start=False), rules


class _Sentences:
    """Sentence spans of a text with the keyword and period matches of each, computed on demand."""

    __slots__ = ("_cues", "_keywords", "_n", "_negatives", "_periods", "_refers_back", "masked", "starts")

    def __init__(self, masked: str, spans: list[tuple[int, int]] | None = None) -> None:
        """``spans``: ``flows.text.segment.sentence_spans(masked)`` when the caller has them."""
        self.masked = masked
        self.starts = sentence_starts(masked) if spans is None else [0, *(s for s, _ in spans[1:])]
        self._n = len(masked)
        self._keywords: dict[tuple[int, str], list[tuple[int, int, int, MetricRule]]] = {}
        self._periods: dict[int, list[tuple[int, int]]] = {}
        self._cues: dict[int, list[tuple[int, str]]] = {}
        self._negatives: dict[int, list[int]] = {}
        self._refers_back: dict[int, bool] = {}

    def index(self, pos: int) -> int:
        return sentence_index(self.starts, pos)

    def span(self, idx: int) -> tuple[int, int]:
        return self.starts[idx], self.starts[idx + 1] if idx + 1 < len(self.starts) else self._n

    def keywords(self, idx: int, kind: str) -> list[tuple[int, int, int, MetricRule]]:
        """(start, end, rule order, rule) of the metric keywords of sentence ``idx`` (a rule with a
        ``context`` only where the sentence matches it too)."""
        key = (idx, kind)
        found = self._keywords.get(key)
        if found is None:
            found = []
            compiled = _sentence_keyword_re(kind)
            if compiled is not None:
                scan, rules = compiled
                lo, hi = self.span(idx)
                for m in scan.finditer(self.masked, lo, hi):
                    order = int(m.lastgroup[1:]) if m.lastgroup else 0
                    rule = rules[order]
                    if rule.context is not None and rule.context.search(self.masked, lo, hi) is None:
                        continue  # a rule that holds only in a sentence naming its context
                    found.append((m.start(), m.end(), order, rule))
            self._keywords[key] = found
        return found

    def cues(self, idx: int) -> list[tuple[int, str]]:
        """(start, kind) of the modality cues of sentence ``idx`` (kind: target / forecast)."""
        found = self._cues.get(idx)
        if found is None:
            lo, hi = self.span(idx)
            found = [(m.start(), m.lastgroup or "") for m in MODALITY_SCAN.finditer(self.masked, lo, hi)]
            self._cues[idx] = found
        return found

    def negatives(self, idx: int) -> list[int]:
        """End offsets of the negative-balance phrases of sentence ``idx`` ("отрицательное сальдо")."""
        found = self._negatives.get(idx)
        if found is None:
            lo, hi = self.span(idx)
            found = [m.end() for m in NEGATIVE_CONTEXT_SCAN.finditer(self.masked, lo, hi)]
            self._negatives[idx] = found
        return found

    def refers_back(self, idx: int) -> bool:
        """Whether sentence ``idx`` names a period by reference (``за этот период``)."""
        found = self._refers_back.get(idx)
        if found is None:
            lo, hi = self.span(idx)
            found = self._refers_back[idx] = ANAPHORIC_PERIOD_SCAN.search(self.masked, lo, hi) is not None
        return found

    def periods(self, idx: int) -> list[tuple[int, int]]:
        found = self._periods.get(idx)
        if found is None:
            lo, hi = self.span(idx)
            found = [m.span() for m in PERIOD_SCAN.finditer(self.masked, lo, hi)]
            self._periods[idx] = found
        return found


def _distance(start: int, end: int, c: _Cand) -> int:
    if end <= c.qs:
        return c.qs - end
    if start >= c.qe:
        return start - c.qe
    return 0


@lru_cache(maxsize=4096)
def _phrase_rules(phrase: str, kind: str, ordinal: bool) -> tuple[MetricRule, ...]:
    """The rules of METRIC_KEYWORDS, in order, whose pattern the counted phrase of a count or rank
    matches (the same phrases recur: "человек", "тонн"); their context is the caller's to test."""
    return tuple(
        rule
        for rule in METRIC_KEYWORDS
        if rule.scope != "sentence"
        and (rule.kinds is None or kind in rule.kinds)
        and (not rule.ordinal or ordinal)
        and rule.pattern.search(phrase)
    )


def _assign_metric(c: _Cand, sentences: _Sentences) -> str:
    masked = sentences.masked
    kind = _cand_kind(c)
    if c.counted is not None and kind in ("count", "rank"):
        for rule in _phrase_rules(masked[c.counted[0] : c.counted[1]], kind, c.ordinal):
            if rule.context is not None:
                lo, hi = sentences.span(c.sentence)
                if not rule.context.search(masked, lo, hi):
                    continue
            return rule.metric
        if kind == "count":
            return "other"
    if c.change in ("increase", "decrease") and kind in ("percent", "percentage_points", "times", "fraction"):
        return _flow_changed(c, sentences) or "growth"
    best: tuple[int, int, str] | None = None
    weak: tuple[int, int, str] | None = None
    for start, end, order, rule in sentences.keywords(c.sentence, kind):
        dist = _distance(start, end, c)
        if start >= c.qe and _CLAUSE_BREAK_RE.search(masked, c.qe, start):
            if _NEW_CLAUSE_RE.search(masked, c.qe, start):
                continue  # "поставил 9,6 млрд кубометров, а товарооборот вырос": that clause's own
            dist += _CLAUSE_PENALTY  # a keyword after the fact, in the next clause, is another fact's
        elif start >= c.qe and _CONJUNCTION_BEFORE_SCAN.search(masked, c.qe, start):
            # "reached EUR 4.9 billion and imports ...", "rose to $5 billion while exports fell":
            # the keyword opens the next coordinated clause
            dist += _CLAUSE_PENALTY
        elif end <= c.qs and _own_subject_clause(masked, end, c.qs):
            # "Импорт ... составил 4,1 млрд, а поставки в Китай — 2,2 млрд": the later clause has a
            # subject of its own, not the earlier clause's keyword ("..., а в 2024 году — 3 млрд"
            # leaves it out, and the keyword stays)
            continue
        key = (dist, order, rule.metric)
        if rule.weak:
            weak = key if weak is None or key < weak else weak
        elif best is None or key < best:
            best = key
    if best is not None:
        return best[2]
    if weak is not None:
        return weak[2]
    return _DEFAULT_METRIC_BY_UNIT.get(kind, "other")


# a conjunction between a figure and a keyword after it: the keyword is another clause's ("вырос на
# 3% и экспорт", "rose 3% while exports")
_CONJUNCTION_IN_GAP_RE = re.compile(
    rf"(?<![\w])(?:{_CONTRAST_CONJUNCTIONS}|{_ADDITIVE_CONJUNCTIONS})(?![\w])", re.I
)
# the flows whose change a relative figure (percent, multiple, fraction) is, when its clause names them
CHANGED_FLOWS = frozenset({"trade_turnover", "export", "import", "investment", "trade_balance"})


def _flow_changed(c: _Cand, sentences: _Sentences) -> str | None:
    """The flow a relative change (``вырос на 12%``, ``в полтора раза``, ``by a third``) is the
    change of: the nearest flow keyword of its own clause (``Товарооборот ... вырос на 12%``,
    ``Eksport do Niemiec spadł o 3,4 proc.``), before the figure, else after it (``на 12% вырос
    экспорт``); None when the nearest keyword names no flow (a levy of one: ``экспортные пошлины
    выросли на 10%``) or the clause names none: the figure is then ``growth`` of what the text does
    not say."""
    masked = sentences.masked
    start = _clause_start(c, sentences)
    lo, hi = sentences.span(c.sentence)
    # a clause opened by the change itself, no subject of its own before it (a conjunction at
    # most): "Темп прироста экспорта: +2,4%", "..., увеличившись на 6%", "..., по данным
    # источников, вырос на 42%"
    bare = start > lo and all(w.lower() in _BARE_CLAUSE_WORDS for w in _WORD_RE.findall(masked, start, c.qs))
    if bare:
        # the figure alone after a label: "Темп прироста экспорта: +2,4%", "Импорт — минус 3%"
        start = _clause_opening(masked, lo, start - 1)
    end_m = _CLAUSE_END_RE.search(masked, c.qe, hi)
    end = end_m.start() if end_m else hi
    if found := _flow_keywords(c, sentences, start, c.qs):
        return _changed_flow(max(found, key=_before_order))
    found = [
        k
        for k in _flow_keywords(c, sentences, c.qe, end)
        if not _CONJUNCTION_IN_GAP_RE.search(masked, c.qe, k[0])
    ]
    if found:
        return _changed_flow(min(found))
    if bare and masked[c.qs : c.qs + 1].isalpha() and (before := _flow_keywords(c, sentences, lo, start)):
        # a change told by its verb with no subject of its own has the sentence's subject: the
        # nearest flow named before its clause ("Товарооборот ... за январь – октябрь составил 7,9
        # млрд, увеличившись на 6%"); a bare figure after a label is the label's ("темп прироста:
        # −1,5%")
        return _changed_flow(max(before, key=_before_order))
    return _flow_referred_to(c, sentences, start)


# the words a clause opened by a change may have before it and still share its sentence's subject
_BARE_CLAUSE_WORDS = frozenset({"и", "і", "а", "i", "oraz", "and", "ва", "да", "жана", "және"})


def _flow_keywords(c: _Cand, sentences: _Sentences, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The money keywords of the figure's sentence that are no weak rule's, starting in
    ``[lo, hi)``: (start, the rule's place in the table, metric)."""
    return [
        (kw_start, order, rule.metric)
        for kw_start, _end, order, rule in sentences.keywords(c.sentence, MONEY)
        if not rule.weak and lo <= kw_start < hi
    ]


def _before_order(k: tuple[int, int, str]) -> tuple[int, int]:
    """The order of keywords before a figure: the nearest last; of two at one place, the rule
    listed first."""
    return k[0], -k[1]


def _changed_flow(keyword: tuple[int, int, str]) -> str | None:
    """The keyword's metric when it is a flow a change can be of, else None."""
    return keyword[2] if keyword[2] in CHANGED_FLOWS else None


# a personal pronoun standing for what changed ("однако он вырос более чем в 2 раза", "але він
# скоротився", "but it rose"): the flow named earlier in the sentence
_SUBJECT_PRONOUN_RE = re.compile(
    r"(?<![\w])(?:он|она|оно|они|він|вона|воно|вони|ён|яна|яно|яны|on|ona|ono|oni|it|they)(?![\w])", re.I
)


def _flow_referred_to(c: _Cand, sentences: _Sentences, start: int) -> str | None:
    """The flow a change's clause refers to by a personal pronoun before the figure (``товарооборот
    ... составил 38,7 млн долларов, однако ... он вырос более чем в 2 раза``): the nearest flow
    keyword of the same sentence before the clause; None when the clause has no such pronoun or
    the nearest keyword before it names no flow."""
    if _SUBJECT_PRONOUN_RE.search(sentences.masked, start, c.qs) is None:
        return None
    before = _flow_keywords(c, sentences, 0, start)
    return _changed_flow(max(before, key=_before_order)) if before else None


def _own_subject_clause(masked: str, start: int, end: int) -> bool:
    """Whether a coordinated clause opens between ``start`` (a keyword's end) and ``end`` (a
    figure's start), after a comma or semicolon and a conjunction (``_NEW_CLAUSE_RE``), with a
    subject of its own right after the conjunction: a common noun that may be in the nominative,
    an adjective at most before it (``а поставки белорусской продукции —``, ``а китайские
    инвестиции —``); not a preposition's phrase (``а в 2024 году —``, ``а по прошлому году,
    если брать товары, она превысила``), a pronoun or a place."""
    opened = list(_NEW_CLAUSE_RE.finditer(masked, start, end))
    if not opened:
        return False
    for word in _WORD_RE.findall(masked, opened[-1].end(), end)[:2]:
        if word[:1].isupper():
            return False
        readings = [tag_facts(p.tag) for p in parses(word.lower())]
        if readings[0].pos not in ("NOUN", "ADJF", "PRTF"):
            return False  # a preposition, a pronoun, an adverb: no subject of its own
        if any(
            f.pos == "NOUN" and f.case == "nomn" and not f.grammemes & _NOT_SUBJECT_GRAMMEMES
            for f in readings
        ):
            return True
        if not any(f.pos in ("ADJF", "PRTF") and f.case == "nomn" for f in readings):
            return False
    return False


# readings of a noun that is no clause's subject here: names, places, time words ("году")
_NOT_SUBJECT_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})


class _ExplicitMoney:
    """The candidates of a text with an explicit currency, by sentence (built once per text).

    Resolving a currency never makes a candidate explicit, so the index stays true while the
    candidates without a currency are resolved one by one."""

    __slots__ = ("_by_sentence", "_counts", "_is_per_unit")

    def __init__(self, cands: list[_Cand], per_unit: Callable[[_Cand], bool] = lambda _d: False) -> None:
        self._by_sentence: dict[int, list[_Cand]] = {}
        self._counts: dict[int, list[int]] = {}  # sentence -> starts of its counts of a noun
        # an amount stated per unit ("64,8 доллара за баррель") serves no other sentence's but one
        # per unit
        self._is_per_unit = per_unit
        for d in cands:
            if d.currency_explicit and d.unit is not None:
                self._by_sentence.setdefault(d.sentence, []).append(d)
            elif d.unit == "count" and d.counted is not None and abs(d.value) >= 1000:
                # a count of thousands or more, as the amounts without a unit are
                self._counts.setdefault(d.sentence, []).append(d.qs)

    def resolve(self, c: _Cand) -> str | None:
        """The currency of a money amount without one (``1,5 млрд``): that of the nearest explicit
        amount of the same metric in the same, next or previous sentence (a price or rate of another
        sentence only for a price or rate: "Its capacity is 1.5 million. Brent traded at $64.80 a
        barrel." gives none), else the only currency
        of the same sentence; None when there is none, or when the amount's sentence counts a
        noun by thousands or more before it and names no money: the amount counts the same (``2,6 млн подписчиков в
        Weibo и более 14 млн — в WeChat``)."""
        if c.sentence not in self._by_sentence and any(
            start < c.qs for start in self._counts.get(c.sentence, ())
        ):
            return None
        per_unit = self._is_per_unit(c)
        for delta in (0, 1, -1):
            options = [
                d
                for d in self._by_sentence.get(c.sentence + delta, ())
                if d.metric == c.metric and (not delta or per_unit or not self._is_per_unit(d))
            ]
            if options:
                return min(options, key=lambda d: abs(d.ns - c.ns)).unit
        same = {d.unit for d in self._by_sentence.get(c.sentence, ())}
        if len(same) == 1:
            return same.pop()
        return None


def _period(
    c: _Cand, sentences: _Sentences, text: str, earlier: list[tuple[_Cand, str | None]] | None = None
) -> str | None:
    """The period phrase of the sentence nearest to the fact.

    A period after the fact is preferred only inside the same clause (no comma, semicolon
    or dash in between), and is never one of a later clause opened by a conjunction: in
    "Последние 5 лет ... не ниже миллиарда, а по прошлому году ... превысила $1,5 млрд" each
    amount gets its own period. A period before the fact in an earlier clause (a conjunction
    between) is its period only when a figure of that clause has the same subject. A period in a parenthesis after
    the fact is not its period, nor a time to come the starting value of a change (``с 3 до 5 млрд к 2030 году``). Without one, a period referred back to (``за тот же период``) is
    read by :func:`_period_referred_to` from ``earlier``: the figures before this one with their
    period phrases, in text order.
    """
    lo, _hi = sentences.span(c.sentence)
    if (
        _BASE_BEFORE_RE.match(sentences.masked, c.qe) is not None
        or _BASE_LEADING_RE.search(sentences.masked, max(lo, c.qs - 90), c.qs) is not None
    ):
        # "против 950 млн долларов годом ранее", "up from $950m a year earlier", "в
        # аналогичном периоде 2025 года — 1,8 млрд": the base of a comparison was measured at
        # another time than the sentence's period; which, the text states only relative to it
        return None
    elided = _ELIDED_ORDINAL_SCAN.search(sentences.masked, max(lo, c.qs - 40), c.qs)
    if elided is not None:
        # "в первом квартале — 2,5 млрд, во втором — 3,1 млрд": the period of this figure is the
        # ordinal alone, the noun elided; the earlier period is the other figure's
        return text[elided.start(1) : elided.end(1)]
    demonstrative = _elided_demonstrative(c, sentences)
    if demonstrative is not None:
        # "В прошлом году ... составил 3 млрд, а в этом ожидается 3,5 млрд": this figure's period
        # is the demonstrative alone, its noun the earlier period's; the earlier period is not it
        return text[demonstrative[0] : demonstrative[1]]
    best: tuple[int, int, int] | None = None
    for start, end in sentences.periods(c.sentence):
        if start < c.qe and end > c.ns:
            continue  # inside the quote, at the number or after it
        # (a period inside the quote before the number is the one between the verb and the
        # amount: "увеличился в 2025 году на 5%", "вырос за январь-октябрь на 18%")
        if c.period_skip is not None and c.period_skip[0] <= start < c.period_skip[1]:
            continue  # the other end's of a "с X до Y" pair
        if _COMPARED_WITH_SCAN.search(sentences.masked, max(0, start - 40), start) is not None:
            continue  # "o 40 proc. mniej niż w 2024 r.": the base compared with, no figure's period
        if c.change == "from" and is_prospective(text[start:end]):
            continue  # "с 3 до 5 млрд к 2030 году": the starting level is no level of a time to come
        dist = _distance(start, end, c)
        if start >= c.qe:
            if "(" in sentences.masked[c.qe : start]:
                continue  # a remark in parentheses has its own period
            base = _BASE_WORD_SCAN.search(sentences.masked, c.qe, start)
            if base is not None and _DIGIT_RE.search(text, base.end(), start) is not None:
                # "4 млрд долларов против 3,2 млрд в 2024 году": the period after the base
                # compared with (a figure of its own) is the base's
                continue
            if _CLAUSE_BREAK_RE.search(sentences.masked, c.qe, start):
                if _NEW_CLAUSE_RE.search(sentences.masked, c.qe, start):
                    # "составил 5 млрд, а к 2030 году может вырасти вдвое", "составляет 120 тысяч
                    # человек, и пригласил посетить Сеул в 2026 году": the later clause's
                    continue
                dist += _CLAUSE_PENALTY
        elif (
            (boundary := _NEW_CLAUSE_RE.search(sentences.masked, end, c.qs)) is not None
            and not _opens_sentence(sentences, c.sentence, start)
            and (
                not any(
                    d.sentence == c.sentence and d.qs < boundary.start() and _same_subject(d.metric, c.metric)
                    for d, _ in earlier or ()
                )
                # a later clause of a plan or forecast: "составил 20 млрд в 2025 году, и стороны
                # намерены увеличить его до 30 млрд" (no plan for 2025)
                or any(
                    boundary.start() <= at < c.ns and kind in ("target", "forecast")
                    for at, kind in sentences.cues(c.sentence)
                )
            )
        ):
            # "Trade reached $3.6 billion in 2024, while investment has exceeded $6 billion": an
            # earlier clause's period is a later clause's only for a figure of the same subject
            # ("Экспорт в 2024 году составил 5 млрд, а импорт — 3 млрд")
            continue
        if end <= c.qs and _in_participle_phrase(sentences.masked, start, end, c.qs):
            continue  # "Соглашение, вступившее в силу в мае 2025 года, обнуляет пошлины на 87%"
        if best is None or dist < best[0]:
            best = (dist, start, end)
    if best is None:
        return _period_referred_to(c, sentences, text, earlier or [])
    return text[best[1] : best[2]]


# A preposition and a demonstrative or a word of a time's place in order standing for a period
# whose noun an earlier clause gave ("а в этом ожидается", "а в текущем — рост", "а в наступному
# очікують", "a w tym roku" is a period of its own): group 1 the phrase, ``next`` the word after it
_ELIDED_DEMONSTRATIVE_RE = re.compile(
    r"(?<![\w])((?:в|во|у|ў|за|на|w|we|za)[ \u00a0]+"
    r"(?:этом|этот|текущем|текущий|нынешнем|нынешний|следующем|следующий|будущем|будущий|прошлом"
    r"|прошлый|цьому|цей|поточному|поточний|наступному|наступний|минулому|минулий|гэтым|гэты"
    r"|бягучым|бягучы|наступным|наступны|мінулым|мінулы|tym|bieżącym|przyszłym|następnym|ubiegłym))"
    r"(?P<after>[ \u00a0]*(?:[,—–:-]|[^\W\d_]+))",
    re.I,
)
_ELIDED_DEMONSTRATIVE_SCAN = WordStartScan(_ELIDED_DEMONSTRATIVE_RE, "вВуУўЎзЗнНwWzZ")
# a word right after the phrase that makes it no elided period: a noun it goes with ("в этом
# году", "в этом регионе") is read by its part of speech; these are not in the Russian dictionary
_NOT_ELIDED_AFTER = frozenset(
    {"roku", "kwartale", "miesiącu", "półroczu", "годзе", "році", "кварталі", "месяцы"}
)


def _elided_demonstrative(c: _Cand, sentences: _Sentences) -> tuple[int, int] | None:
    """``(start, end)`` of a period with its noun left out in the figure's own clause, a later
    clause of a sentence that names a period in an earlier one (``В прошлом году товарооборот
    составил 3 млрд, а в этом ожидается 3,5 млрд``): a preposition and a demonstrative or an
    order word (``в этом``, ``в текущем``, ``у наступному``, ``w tym``) followed by a verb, a
    punctuation mark or the figure, not by a noun. None when there is none."""
    start = _clause_start(c, sentences)
    lo, _hi = sentences.span(c.sentence)
    if start <= lo or not any(end <= start for _s, end in sentences.periods(c.sentence)):
        return None  # no earlier clause with a period of its own to take the noun from
    for m in _ELIDED_DEMONSTRATIVE_SCAN.finditer(sentences.masked, start, c.qs):
        after = m.group("after").strip(" \u00a0").lower()
        if after[:1].isalpha() and (after in _NOT_ELIDED_AFTER or not _verb_or_adverb(after)):
            continue
        return m.start(1), m.end(1)
    return None


@lru_cache(maxsize=4096)
def _verb_or_adverb(low: str) -> bool:
    """Whether the Russian dictionary's first reading of ``low`` is a verb, a short participle,
    an adverb or a predicative (``ожидается``, ``планируется``, ``уже``); a word it lacks (a
    Ukrainian, Belarusian or Polish verb) counts when it ends as a verb does."""
    if not analyzer().word_is_known(low):
        return re.search(r"(?:ться|ся|ють|ять|уть|ує|ає|юць|яць|уць|ецца|ują|uje|ie)$", low) is not None
    return parses(low)[0].tag.POS in {"VERB", "INFN", "PRTS", "ADVB", "PRED"}


# what a sentence may open with before a period that covers all its clauses: nothing ("В прошлом
# году ...") or an introductory phrase of up to four words and its comma ("Так,", "По его словам,")
_SENTENCE_OPENING_RE = re.compile(r"[\W\d_]*(?:\w+(?:[ \u00a0]+\w+){0,3},[ \u00a0]*)?\Z")


def _opens_sentence(sentences: _Sentences, idx: int, start: int) -> bool:
    """Whether a period phrase at ``start`` opens sentence ``idx``: then it is the period of every
    clause of it ("По его словам, в прошлом году потребление ... составило ..., тогда как добыча
    снизилась ..."), not only of the first."""
    lo, _hi = sentences.span(idx)
    return _SENTENCE_OPENING_RE.match(sentences.masked, lo, start) is not None


# A conjunction right before a keyword, an adjective at most between ("and imports", "while
# exports", "а китайский импорт"): the keyword opens a coordinated clause of its own
_CONJUNCTION_BEFORE_RE = re.compile(
    rf"(?<![\w])(?:{_CONTRAST_CONJUNCTIONS}|{_ADDITIVE_CONJUNCTIONS})(?:[ \u00a0]+[^\W\d_]+)?[ \u00a0]+\Z",
    re.I,
)
_CONJUNCTION_BEFORE_SCAN = WordStartScan(_CONJUNCTION_BEFORE_RE)
# a clause of its own after a figure: a comma or semicolon, then a conjunction that starts one
_NEW_CLAUSE_RE = re.compile(
    rf"[,;][ \u00a0]*(?:{_CONTRAST_CONJUNCTIONS}|{_ADDITIVE_CONJUNCTIONS})[ \u00a0]"
    # "..., а также 40 тыс. тонн", "а таксама", "а також", "a także": more of the same object list
    r"(?!(?:также|таксама|також|także)(?![\w]))",
    re.I,
)


# A span of time before the figure's ("годом ранее", "a year earlier", "роком раніше", "rok
# wcześniej") or the same span of a year before ("за аналогичный период прошлого года", "in the
# same period last year", "за аналогічний період минулого року") right after a figure: a
# comparison's base, of a period the text gives only relative to another.
_SAME_PERIOD_OF_ANOTHER_YEAR = (
    r"(?:за|в|у|w|in)[ \u00a0]+(?:the[ \u00a0]+)?(?:аналогичн\w*|т(?:от|ом)[ \u00a0]+же|аналогічн\w*"
    r"|то(?:й|му)[ \u00a0]+сам(?:ий|ому)|аналагічн\w*|analogiczn\w*|tym[ \u00a0]+samym|same|corresponding)[ \u00a0]+"
    r"(?:период\w*|періо\w*|перыяд\w*|okres\w*|period)[ \u00a0]+(?:прошлого|предыдущего|минулого|попереднього"
    r"|мінулага|ubiegłego|zeszłego|poprzedniego|of[ \u00a0]+the[ \u00a0]+previous|last|a[ \u00a0]+year[ \u00a0]+earlier"
    # or of a year named: "за тот же период 2025 года", "w analogicznym okresie 2025 r.", "in the
    # same period of 2025" (the same months of another year: the figure's period is not the base's)
    r"|(?:of[ \u00a0]+)?(?:19|20)\d\d)"
)
_BASE_BEFORE_RE = re.compile(
    rf"[ \u00a0]*(?:(?:{_TIME_SPAN_WORDS})[ \u00a0]+(?:{_EARLIER_WORDS})|{_SAME_PERIOD_OF_ANOTHER_YEAR})(?!\w)",
    re.I,
)
# The same phrase opening the figure's clause, a dash, colon or comma between: "в аналогичном
# периоде 2025 года — 1,8 млрд", "а за аналогичный период прошлого года — 2,5 млрд"
_BASE_LEADING_RE = re.compile(
    rf"(?<!\w){_SAME_PERIOD_OF_ANOTHER_YEAR}(?:[ \u00a0]+(?:год\w*|рок\w*|r\.|roku))?"
    r"[ \u00a0]*[—–:,-]?[ \u00a0]*\Z",
    re.I,
)


# An ordinal standing for a period whose noun an earlier clause gave ("в первом квартале — 2,5
# млрд, во втором — 3,1 млрд", "in the first half ..., in the second, $3 billion"), right before
# the figure, a dash, comma or colon between (group 1: the phrase); "во второй половине" is the
# figure's own words.
_ORDINAL_STEMS = (
    r"перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат"  # ru
    r"|перш|друг|п'ят|п’ят|шост|сьом|восьм|дев'ят|дев’ят|трэц|чацв[её]рт|пят|шост|сём|восьм"  # uk, be
    r"|pierwsz|drug|trzec|czwart|piąt|szóst|siódm|ósm|dziewiąt|dziesiąt"  # pl
)
_ELIDED_ORDINAL_RE = re.compile(
    rf"(?<![\w])((?:в|во|за|у|ў|w|we|in[ \u00a0]+the|for[ \u00a0]+the)[ \u00a0]+"
    rf"(?:(?:{_ORDINAL_STEMS})\w*|first|second|third|fourth))[ \u00a0]*[,:—–-][ \u00a0]*\Z",
    re.I,
)
_ELIDED_ORDINAL_SCAN = WordStartScan(_ELIDED_ORDINAL_RE, "вВзЗуУўЎwWiIfF")

# the words that set off the base a figure is compared with, before that base's amount:
# "4 млрд против 3,2 млрд в 2024 году", "проти", "супраць", "wobec", "against", "versus", "vs"
_BASE_WORD_RE = re.compile(
    r"(?<![\w])(?:против|проти|супраць|wobec|against|versus|vs\.?|as[ \u00a0]+against|up[ \u00a0]+from"
    r"|down[ \u00a0]+from)(?![\w])",
    re.I,
)
_BASE_WORD_SCAN = WordStartScan(_BASE_WORD_RE, "пПсСwWaAvVuUdD")
_DIGIT_RE = re.compile(r"\d")


# the words that open what a figure is compared with, right before a period phrase: "чем во
# втором квартале", "ніж у 2024 році", "niż w 2024 r.", "than in 2024", "по сравнению с 2023
# годом", "compared with last year"
_COMPARED_WITH_RE = re.compile(
    rf"(?<![\w])(?:{_THAN_WORDS}|по[ \u00a0]+сравнению[ \u00a0]+со?|у[ \u00a0]+порівнянні[ \u00a0]+з"
    r"|w[ \u00a0]+porównaniu[ \u00a0]+z|compared[ \u00a0]+(?:with|to)|as[ \u00a0]+against)[ \u00a0]+\Z",
    re.I,
)
_COMPARED_WITH_SCAN = WordStartScan(_COMPARED_WITH_RE)


# metrics of one subject, whose period a later figure may refer back to: the flows of one trade
# ("Экспорт за январь-сентябрь ... Импорт за тот же период ...")
_SAME_SUBJECT = {m: "trade" for m in ("trade_turnover", "export", "import", "trade_balance")}


def _same_subject(a: str, b: str) -> bool:
    return a != "other" and (a == b or _SAME_SUBJECT.get(a, a) == _SAME_SUBJECT.get(b, b))


# A participle of signing, adopting or coming into force opening a phrase set off by commas (when a
# document was made, not what the figure counts: "выехавших в Россию за январь-октябрь" is the
# figure's): "вступившее в силу", "подписанный", "заключенный", "принятая"; "підписаний",
# "укладена"; "podpisana", "zawarte", "przyjęty"; "signed"
_PARTICIPLE_OPENING_RE = re.compile(
    r",[ \u00a0]*(?:(?:вступивш|подписан|заключен|заключён|принят|ратифицирован|утвержден|утверждён"
    r"|одобрен|достигнут|действующ)\w*"
    r"|(?:підписан|укладен|ухвален|схвален|набу|підписа|падпісан|заключан|прынят)\w*"
    r"|(?:podpisan|zawart|przyjęt|zatwierdzon|obowiązując)\w*|(?:signed|concluded|adopted|which\s+took\s+effect))"
    r"(?![\w])",
    re.I,
)


def _in_participle_phrase(masked: str, start: int, end: int, figure: int) -> bool:
    """Whether the period phrase at ``start:end``, before the figure at ``figure``, lies in a
    phrase set off by commas that a participle opens (``Договор, подписанный в 2024 году,
    предусматривает поставки 2 млн тонн``): when a document was signed or came into force, no
    period of the figure."""
    comma = masked.rfind(",", 0, start)
    if comma < 0 or "," not in masked[end:figure]:
        return False
    return _PARTICIPLE_OPENING_RE.match(masked, comma) is not None and not any(
        ch in masked[comma + 1 : start] for ch in ";.!?"
    )


def _period_referred_to(
    c: _Cand, sentences: _Sentences, text: str, earlier: list[tuple[_Cand, str | None]]
) -> str | None:
    """The period a sentence refers back to ("экспорт за этот период составил ..."): the period
    phrase of the last figures before, in an earlier sentence, about the same subject (the same
    metric, or another flow of the same trade: export, import, turnover, balance), as written,
    when those of that sentence name one period; the year a plan is due (``к 2030 году``) is no
    period referred back to.
    With none, the period of the sentence before when it names exactly one and states no figure
    (a figure there about another subject owns its period); else None. A figure whose metric is
    ``other`` has no subject to follow: only the sentence before is read."""
    if c.sentence == 0 or not sentences.refers_back(c.sentence):
        return None
    same = [
        (d.sentence, phrase)
        for d, phrase in earlier
        if d.sentence < c.sentence
        and phrase is not None
        and not is_prospective(phrase)
        and _same_subject(c.metric, d.metric)
    ]
    if same:
        last = same[-1][0]
        named = {phrase for idx, phrase in same if idx == last}
        return named.pop() if len(named) == 1 else None  # two periods in it: which one, not told
    if any(d.sentence == c.sentence - 1 for d, _ in earlier):
        return None
    named = {text[start:end] for start, end in sentences.periods(c.sentence - 1)}
    return named.pop() if len(named) == 1 else None


def _clause_before(c: _Cand, sentences: _Sentences) -> tuple[int, int]:
    """The span of the sentence from its start to the fact's quote."""
    lo, _ = sentences.span(c.sentence)
    return lo, c.qs


def _negative_context(c: _Cand, sentences: _Sentences) -> bool:
    """A balance the sentence calls negative before the amount ("отрицательное сальдо в 80 млн")."""
    if c.unit is None or unit_kind(c.unit) not in ("money", "percent"):
        return False
    return any(end <= c.qs for end in sentences.negatives(c.sentence))


def _modality(c: _Cand, sentences: _Sentences, period: str | None = None) -> str:
    """``target`` when a plan cue precedes the number in its sentence, else ``forecast`` when a
    forecast cue does, else ``actual``. Cues inside the quote count ("довести товарооборот до $3
    млрд" is a target, "вырастет на 10%" a forecast). A cue of something done ("удалось",
    "позволило") makes the plan words before it and right after it ("удалось нарастить ... до")
    what was achieved. A forecast or plan the number is compared with ("меньше, чем ожидалось",
    "выше прогноза") is no cue. Without a cue before it, a Kazakh cue after it in its clause
    (:data:`lexicon.CUES_AFTER`: ``80 млрд долларға жеткізу``) gives its kind. Without a cue, a figure is a ``forecast`` when the verb of its
    clause is in the future (``составят``, ``вырастут``, ``становитиме``: :func:`_future_verb`) or
    its period phrase ``period`` names a time to come (``к 2030 году``, ``2030 жылға дейін``, ``в
    ближайшие три года``: :func:`periods.is_prospective`)."""
    cues = [
        (start, kind) for start, kind in sentences.cues(c.sentence) if start < c.ns and kind != "compared"
    ]
    done = [start for start, kind in cues if kind == "done"]
    if done:
        last = done[-1]
        after = [start for start, kind in cues if start > last]
        governed = after[0] if after and _words_between(sentences.masked, last, after[0]) <= 1 else -1
        cues = [(start, kind) for start, kind in cues if start > last and start != governed]
    if c.change == "from":
        return "actual"  # the starting value of a change, planned or not, is a level stated as reached
    past = _past_verb_before(c, sentences)
    if past is not None and all(start < past for start, _ in cues):
        # the figure's own verb, in the past, after every cue: a plan or an estimate of another
        # clause says nothing of it ("Стороны намерены ..., ведь товарооборот составил 3 млрд",
        # "По оценкам аналитиков, товарооборот составил ...")
        return "actual"
    if cues and _present_after_contrast(c, sentences, cues[-1][0]):
        # "поставили задачу довести ... до 5 млрд, однако пока он не превышает 2 млрд": the
        # figure's own clause, set against the plan's, states where things stand
        return "actual"
    found = {kind for _, kind in cues} or _cues_after(c, sentences)
    # a plan stated anywhere before wins over future tense ("Планируется, что ... достигнет")
    if "target" in found:
        return "target"
    if (
        "forecast" in found
        or is_prospective(period)
        or _future_verb(c, sentences)
        or _headline_infinitive(c, sentences)
    ):
        return "forecast"
    return "actual"


# An English headline's infinitive of the future: a name or a flow's noun, "to", a verb of a figure
# ("Kazakhstan to supply", "Russia and China to boost trade", "Exports to grow")
_HEADLINE_INFINITIVE_RE = re.compile(
    r"(?:[A-Z][\w'’.-]*|exports|imports|trade|turnover|investment|output|production|sales|prices)"
    r"[ \u00a0]+to[ \u00a0]+(?P<verb>[a-z]+)(?![\w-])"
)


def _headline_infinitive(c: _Cand, sentences: _Sentences) -> bool:
    """Whether the figure ``c`` is the object of an English headline's infinitive of the future
    in its clause (``Kazakhstan to supply 1 million tonnes of wheat to China``, ``China to invest
    $5 billion``): a capitalized name or a flow's noun, ``to`` and a verb of
    :data:`lexicon.ENGLISH_HEADLINE_VERBS` before it, with no verb in the past between (a past
    verb before the figure makes it actual before this is asked)."""
    start = _clause_start(c, sentences)
    return any(
        m.group("verb") in ENGLISH_HEADLINE_VERBS
        for m in _HEADLINE_INFINITIVE_RE.finditer(sentences.masked, start, c.ns)
    )


_CUES_AFTER_RE = re.compile(
    "|".join(rf"(?<![\w])(?P<{kind}>{alt})(?![\w])" for kind, alt in CUES_AFTER), re.I
)
_CUES_AFTER_SCAN = WordStartScan(_CUES_AFTER_RE, first_letters("|".join(alt for _, alt in CUES_AFTER)))


def _cues_after(c: _Cand, sentences: _Sentences) -> set[str]:
    """The kinds of the :data:`lexicon.CUES_AFTER` cues after the figure in its clause (Kazakh)."""
    _, hi = sentences.span(c.sentence)
    end = _CLAUSE_END_RE.search(sentences.masked, c.ne, hi)
    return {
        m.lastgroup or ""
        for m in _CUES_AFTER_SCAN.finditer(sentences.masked, c.ne, end.start() if end else hi)
    }


_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_CLAUSE_END_CHARS = ",;:—–()"
# a dash between two words or numbers with no space ("январь–октябрь", "2025–2026") joins them: no
# clause ends there
# (a decimal comma, between two digits, ends none: "составил 1,02 млрд долларов и увеличился на 14%")
_CLAUSE_END_RE = re.compile(r"[;:()]|(?<!\d),|,(?!\d)|(?<!\w)[—–]|[—–](?!\w)")
_CLAUSE_WORDS = 8  # how many words of its clause before (then after) a figure are read for its verb
# Ukrainian synthetic future of imperfective verbs ("становитиме", "зростатимуть", "складатиметься")
_UK_FUTURE_RE = re.compile(r"\w{2,}тим(?:е|уть|емо)(?:ться|ся)?", re.I)
_FUTURE_VERB_RE = re.compile(rf"(?:{FUTURE_VERBS})", re.I)
_BE_FORMS = frozenset({"был", "была", "было", "были", "будет", "будут"})


def _clause_start(c: _Cand, sentences: _Sentences) -> int:
    """Where the clause of the figure ``c`` starts in its sentence: after the last ``,;:—–()``
    before it, else at the sentence's start."""
    lo, _hi = sentences.span(c.sentence)
    return _clause_opening(sentences.masked, lo, c.ns)


def _clause_opening(masked: str, lo: int, end: int) -> int:
    """The offset after the last of ``,;:—–()`` in ``masked[lo:end]`` (``lo`` when there is
    none); a dash joining two words with no space (``январь–октябрь``) and a comma between two
    digits (``1,02``) end no clause."""
    find = masked.rfind  # (the last of each of _CLAUSE_END_CHARS)
    comma = find(",", lo, end)
    while comma > lo and masked[comma - 1].isdigit() and comma + 1 < end and masked[comma + 1].isdigit():
        comma = find(",", lo, comma)  # a decimal comma ("1,02 млрд") ends no clause
    last = max(comma, find(";", lo, end), find(":", lo, end), find("(", lo, end), find(")", lo, end))
    for dash in "—–":
        at = find(dash, max(lo, last + 1), end)
        while at > last:
            if not (
                at > lo and masked[at - 1].isalnum() and at + 1 < len(masked) and masked[at + 1].isalnum()
            ):
                last = at
                break
            at = find(dash, max(lo, last + 1), at)
    return last + 1 if last >= 0 else lo


def _future_verb(c: _Cand, sentences: _Sentences) -> bool:
    """Whether the finite verb nearest to the figure in its clause (before it, else after it) is in
    the future: a Russian verb that the morphology reads as future, third person (``составят``,
    ``достигнут``, ``будет``; "Напомним, ..." is first person), a Ukrainian ``-тиме`` form, or a
    future verb of :data:`lexicon.FUTURE_VERB_FORMS` (``сягне``, ``wyniesie``, ``жетеді``). A
    past or present verb nearer to the figure (``составил``) ends the search: not future."""
    masked = sentences.masked
    _lo, hi = sentences.span(c.sentence)
    start = _clause_start(c, sentences)
    before = _WORD_RE.findall(masked, start, c.ns)[-_CLAUSE_WORDS:]
    end_m = _CLAUSE_END_RE.search(masked, c.ne, hi)
    after = _WORD_RE.findall(masked, c.ne, end_m.start() if end_m else hi)[:_CLAUSE_WORDS]
    for words in (list(reversed(before)), after):
        for i, word in enumerate(words):
            tense = _verb_tense(word, words[i + 1] if words is not after and i + 1 < len(words) else "")
            if tense is not None:
                return tense
    return False


def _past_verb_before(c: _Cand, sentences: _Sentences) -> int | None:
    """The offset of the finite verb in the past nearest before the figure in its clause
    (``составил``, ``выросли``), or None when the nearest finite verb there is of another tense or
    there is none; forms of ``быть`` are auxiliaries, not the verb (``должен был дать``). Russian
    (the Russian dictionary reads the tense) and English (the verbs of
    :data:`lexicon.ENGLISH_PAST_FIGURE_VERBS` and :data:`lexicon.ENGLISH_NOT_PAST_FIGURE_VERBS`)."""
    words = list(_WORD_RE.finditer(sentences.masked, _clause_start(c, sentences), c.ns))[-_CLAUSE_WORDS:]
    for k in range(len(words) - 1, -1, -1):
        m = words[k]
        low = m.group().lower()
        if low in _BE_FORMS:
            continue  # an auxiliary: "должен был дать" is a plan, "был достигнут" says no more
        if low in ENGLISH_PAST_FIGURE_VERBS:
            return m.start()  # "..., and bilateral trade rose to $44 billion"
        if low in ENGLISH_NOT_PAST_FIGURE_VERBS:
            return None  # "is expected to reach", "will total"
        if _english_past(low):
            # any other past of English ("raised tariffs to 15%", "cut tariffs to 15%"), unless a
            # modal, "to" or a form of "be"/"do" makes it an infinitive or a participle of another
            # tense ("will cut", "to be raised")
            before = words[k - 1].group().lower() if k > 0 else ""
            if before in ENGLISH_DETERMINERS:
                continue  # an adjective: "will hit an estimated $5 billion", "a combined 15%"
            return None if before in ENGLISH_NON_PAST_BEFORE else m.start()
        tense = _word_past(low)
        if tense is not None:
            return m.start() if tense else None
    return None


# English verbs whose past is their infinitive too: past unless a modal or "to" stands before them
_ENGLISH_BARE_PASTS = frozenset({"cut", "set", "hit", "put", "let", "shed"})
_ENGLISH_REGULAR_PAST_RE = re.compile(r"[a-z]{2,}(?:ed|ied)")


def _english_past(low: str) -> bool:
    """Whether the lower-case English word ``low`` reads as a verb's past: a regular ``-ed`` form
    (``raised``, ``slashed``, ``lowered``) or a past written as its infinitive (``cut``, ``set``).
    ``-ed`` words of a plan or estimate are :data:`lexicon.ENGLISH_NOT_PAST_FIGURE_VERBS` and are
    asked about before this."""
    return low in _ENGLISH_BARE_PASTS or (
        low.isascii() and _ENGLISH_REGULAR_PAST_RE.fullmatch(low) is not None
    )


# a clause set against the one before it, opening with its conjunction
_CONTRAST_OPENING_RE = re.compile(rf"[ \u00a0]*(?:{_CONTRAST_CONJUNCTIONS}|хотя|однак)(?![\w])", re.I)


def _present_after_contrast(c: _Cand, sentences: _Sentences, last_cue: int) -> bool:
    """Whether the figure's clause starts after ``last_cue`` (the last plan or forecast cue before
    it) with a contrast conjunction (``однако``, ``но``, ``а``, ``хотя``) and its nearest finite
    verb before the figure is in the present tense (``не превышает``, ``составляет``): a level
    stated as it stands, against the plan of the clause before. Russian verbs only."""
    start = _clause_start(c, sentences)
    if start <= last_cue or not _CONTRAST_OPENING_RE.match(sentences.masked, start):
        return False
    words = list(_WORD_RE.finditer(sentences.masked, start, c.ns))[-_CLAUSE_WORDS:]
    for m in reversed(words):
        low = m.group().lower()
        if low in _BE_FORMS or not _russian_word(low):
            continue
        readings = [tag_facts(p.tag) for p in parses(low)]
        finite = [f for f in readings if f.pos == "VERB"]
        if finite:
            return all("pres" in f.grammemes for f in finite)
    return False


def _russian_word(low: str) -> bool:
    """Whether a lower-case word of three letters or more starts with a Russian letter and the
    Russian dictionary knows it: the only words whose tense is read."""
    return ("а" <= low[0] <= "я" or low[0] == "ё") and len(low) >= 3 and analyzer().word_is_known(low)


@cache
def _word_past(low: str) -> bool | None:
    """True for a Russian finite verb in the past, False for one in another tense, None for no
    finite verb (or a word the Russian dictionary lacks)."""
    if not _russian_word(low):
        return None
    tag = parses(low)[0].tag
    if tag.POS != "VERB":
        return None
    return "past" in tag


def _verb_tense(word: str, word_before: str) -> bool | None:
    """True for a future finite verb, False for another finite verb, None for no finite verb.
    ``word_before``: the word before (a short participle after ``был`` is no verb: "был достигнут")."""
    return _word_tense(word.lower(), word_before.lower() in _BE_FORMS)


@cache
def _word_tense(low: str, after_be: bool) -> bool | None:
    """:func:`_verb_tense` of a lower-case word (read once per process)."""
    if _UK_FUTURE_RE.fullmatch(low) or _FUTURE_VERB_RE.fullmatch(low):
        return True
    if not _russian_word(low):
        return None  # a word the Russian dictionary lacks (Ukrainian, Kazakh) is not guessed
    readings = parses(low)
    first = readings[0].tag
    if first.POS == "VERB" and "3per" not in first and any(p.tag.POS == "NOUN" for p in readings):
        return None  # "заем" (заём, a loan) read as "заесть" in the first person: news names the loan
    if first.POS == "VERB":
        # a verb of both aspects ("импортирует", "инвестирует") reads as the present as well:
        # no future unless something else says so
        return "futr" in first and "3per" in first and not any("pres" in p.tag for p in readings)
    # "достигнут": a short participle ("был достигнут") or the plural future
    future = (
        p.tag.POS == "VERB" and "futr" in p.tag and "3per" in p.tag and p.score >= 0.3 for p in readings
    )
    if first.POS == "PRTS" and not after_be and any(future):
        return True
    return None


def _words_between(masked: str, start: int, end: int) -> int:
    """The number of words from the word at ``start`` to ``end`` (exclusive of the first)."""
    return len(masked[start:end].split()) - 1


@cache
def _country_res(key: str) -> tuple[tuple[WordStartScan, str], ...]:
    # tried only at the words that start as the names do: most words start with none of them
    return tuple(
        (WordStartScan(re.compile(guarded([rf"(?<![\w])(?:{names})"]), re.I)), code)
        for names, code in CURRENCY_BY_CONTEXT[key]
    )


@cache
def _country_words_of(key: str) -> dict[str, str]:
    """The one-word forms naming a country that uses the currency ``key`` or its adjective, in
    every language and case of the gazetteer (``швеції``, ``szwecji``, ``шведських``), lower
    case -> the currency's code; a code of no one country (``XOF``) has none, nor a word two of
    the key's countries share."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    for _names, code in CURRENCY_BY_CONTEXT[key]:
        if code.startswith("X"):
            continue
        for word in country_words(code[:2]):
            if " " in word:
                continue
            if out.get(word, code) != code:
                shared.add(word)
            out[word] = code
    return {w: c for w, c in out.items() if w not in shared}


_WORD_LOWER_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def preload() -> None:
    """Compile now the scans compiled on first use: the metric keywords of money and of every other unit and
    the country names of every currency read by context (``flows.ingest.documents.load_models``
    calls it before parse workers fork)."""
    for kind in sorted({_unit_kind(unit) for unit in NON_MONEY_UNITS} | {MONEY}):
        _sentence_keyword_re(kind)
    for key in CURRENCY_BY_CONTEXT:
        _country_res(key)
        _country_words_of(key)


def _codes_named(key: str, text: str, lo: int, hi: int) -> dict[str, int]:
    """How often each country that uses the currency ``key`` is named in ``text[lo:hi]`` (code -> count)."""
    counts: dict[str, int] = {}
    found: set[int] = set()  # the starts of the words counted
    for scan, code in _country_res(key):
        for m in scan.finditer(text, lo, hi):
            counts[code] = counts.get(code, 0) + 1
            found.add(m.start())
    # the country's name and adjective in every language of the gazetteer ("Швеції", "Szwecji"),
    # each word counted once
    words = _country_words_of(key)
    for m in _WORD_LOWER_RE.finditer(text, lo, hi):
        if m.start() not in found and (code := words.get(m.group().lower())) is not None:
            counts[code] = counts.get(code, 0) + 1
    return counts


_DOMINANCE = 3  # in the whole text, a country named this many times as often as the others tells


_OTHER_ADJ_BEFORE_RE = re.compile(rf"(?<![\w])(?:{OTHER_CURRENCY_ADJ})[ \u00a0]+\Z", re.I)
# A Polish country's adjective right after the currency noun ("rubli kazachskich")
_ADJ_AFTER_RE = re.compile(rf"[ \u00a0]+(?:{OTHER_CURRENCY_ADJ_AFTER}){ADJ_AFTER_END}")


def context_currency(c: _Cand, sentences: _Sentences, written: frozenset[str] = frozenset()) -> str | None:
    """The code of a money amount whose currency noun several countries use (сомы: KGS or UZS;
    рубли: RUB or BYN; динары, риалы, кроны, песо, леи, манаты): that of the only country using
    it named in the amount's sentence; else, when the text writes the currency out for one of them
    only (``written``: the codes of the text's amounts whose currency is stated, ``5 трлн
    российских рублей``, ``₽``), that one (the text's own usage: a later ``3,86 трлн рублей`` in a
    sentence naming Belarus and Russia is RUB); when the sentence names none, that of the country the
    whole text names (alone, or at least three times as often as every other using it). ``XXX``
    when it cannot be told (the sentence names two of them, the text names two about as often, or
    none is named, unless :data:`CURRENCY_CONTEXT_DEFAULT` has a code). None when the amount has
    no such noun (its unit stays)."""
    masked = sentences.masked
    noun_start = noun_end = None
    before = masked[c.qs : c.ns]
    if (sign := next((sign for sign in CONTEXT_SIGNS if sign in before), None)) is not None:
        key: str | None = CONTEXT_SIGNS[sign]  # "¥5 млрд": the yuan's and the yen's; "Rs": rupees
    elif (noun := currency_noun(masked, c.ne, min(len(masked), c.qe + 80))) is not None:
        key, noun_start, noun_end = noun
    else:
        key = None
    if key is None or key not in CURRENCY_BY_CONTEXT:
        return None
    if noun_start is not None and _OTHER_ADJ_BEFORE_RE.search(masked, c.ne, noun_start) is not None:
        return None  # "ливанских фунтов": the adjective names whose, and Dyad has no code for it
    if noun_end is not None and _ADJ_AFTER_RE.match(masked, noun_end) is not None:
        return None  # "rubli kazachskich": the adjective after the noun named whose (scan._currency_of)
    lo, hi = sentences.span(c.sentence)
    named = _codes_named(key, masked, lo, hi)
    if len(named) == 1:
        return next(iter(named))
    if len(stated := written & {code for _, code in CURRENCY_BY_CONTEXT[key]}) == 1:
        return next(iter(stated))
    if named:
        return NO_CURRENCY
    named = _codes_named(key, masked, 0, len(masked))
    if not named:
        return CURRENCY_CONTEXT_DEFAULT.get(key, NO_CURRENCY)
    ranked = sorted(named.items(), key=lambda kv: -kv[1])
    if len(ranked) == 1 or ranked[0][1] >= _DOMINANCE * ranked[1][1]:
        return ranked[0][0]
    return NO_CURRENCY
