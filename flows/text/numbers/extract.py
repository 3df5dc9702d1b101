"""``extract_facts``: scan, resolve, and build :class:`NumberFact` records."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from flows.text.numbers.indicators import change_of_figure_before
from flows.text.numbers.lexicon import _DECREASE, _INCREASE, _MONEY_METRICS, MINUS_SIGNS, MONEY
from flows.text.numbers.patterns import _URL_RE, WordStartScan, guarded
from flows.text.numbers.periods import fold_apostrophes
from flows.text.numbers.resolve import (
    _BASE_WORD_SCAN,
    CHANGED_FLOWS,
    _assign_metric,
    _clause_start,
    _ExplicitMoney,
    _modality,
    _negative_context,
    _period,
    _Sentences,
    context_currency,
)
from flows.text.numbers.scan import _Cand, _cand_kind, _scan, _word_before
from flows.text.numbers.types import NumberFact
from flows.text.numbers.units import NO_CURRENCY, unit_kind
from flows.text.segment import sentence_spans
from flows.text.tokens import APOSTROPHES
from flows.text.vocab import LIST_BULLET, LIST_NUMBER

# "the number of" something: what the clause's figure without a unit counts
_NUMBER_OF_RE = re.compile(
    r"(?<![\w])(?:число|числа|численност\w*|количеств\w*|кількіст\w*|чисельніст\w*|колькасц\w*"
    r"|liczb[aąyie]|number\s+of)(?![\w])",
    re.I,
)


def extract_facts(text: str, sentences: list[tuple[int, int]] | None = None) -> list[NumberFact]:
    """Numeric facts of ``text`` sorted by ``char_start`` (see the module docstring).

    ``sentences``: the sentence spans of ``text`` as ``flows.text.segment.sentence_spans(text)``
    gives them, when the caller has them already (``analyze_body``), so that they are not
    computed again; other spans give other sentence scopes, so pass those or nothing. The
    result is the same with and without them."""
    if not text:
        return []
    masked = text
    if "://" in text or "www." in text:  # digits inside URLs are ids, never facts
        masked = _URL_RE.sub(lambda m: "\x00" * len(m.group()), text)
    caps = _CAPS_RE.search(masked)
    if caps is not None:  # a headline in capitals reads as lower case
        masked = _lower_caps_runs(masked, caps.start())
    # the spans given are the text's: they hold for the masked text only when nothing was masked
    spans = sentences if masked is text else None
    if any(ch in masked for ch in _APOSTROPHES):  # "дев’ять" is read as "дев'ять"
        if spans is None:
            spans = sentence_spans(masked)  # the sentences of the text as written
        masked = fold_apostrophes(masked)
    infixes: list[tuple[int, int]] = []
    if "с " in masked or "з " in masked:
        masked, infixes = _mask_infix_hedges(masked)
        if infixes:
            spans = spans if spans is not None else sentence_spans(text)
    cands = _scan(masked)
    if _CAPTION_HINT_RE.search(masked) is not None:
        _table_rows(masked, cands)
    if not cands:
        return []
    if infixes:
        _infix_hedges(cands, infixes)
    scopes = _Sentences(masked, spans)
    _elided_changes(cands, masked)
    _signed_dynamics(cands, masked)
    # the currencies the text writes out (a shared noun read by context: "рублей" after "российских рублей")
    written = frozenset(c.unit for c in cands if c.currency_explicit and c.unit not in (None, NO_CURRENCY))
    for c in cands:
        c.sentence = scopes.index(c.ns)
        c.metric = _assign_metric(c, scopes)
        if c.unit == NO_CURRENCY and c.currency_explicit:
            c.unit = context_currency(c, scopes, written) or c.unit
    _pair_starting_values(cands, masked)
    _respectively(cands, scopes)
    _metrics_referred_to(cands, scopes)
    _list_items_of_a_heading(cands, scopes)
    # an amount per unit: a price or rate ("64,8 доллара за баррель"), or a share each gets ("по
    # 2,5 тыс." after "за каждого")
    money = _ExplicitMoney(
        cands, lambda d: _PER_RE.match(masked, d.qe) is not None or _word_before(masked, d.qs)[0] == "по"
    )
    for k, c in enumerate(cands):
        if c.unit is None and k and _physical_base(cands[k - 1], c, masked):
            # "до 5,1 млн тонн против 7,6 млн годом ранее": the base compared with is in the
            # unit of the figure it is compared with
            c.unit = cands[k - 1].unit
        if c.unit is None and _NUMBER_OF_RE.search(masked, _clause_start(c, scopes), c.qs) is not None:
            # "а число кыргызстанцев ... превысило 12 тысяч": the number of something is a count,
            # never the money of an amount before it
            c.unit = "count"
            c.metric = _assign_metric(c, scopes)
        if c.unit is None:
            c.unit = money.resolve(c)
        if c.value > 0 and c.change in _BY_CHANGES and c.unit != "percent" and _negative_context(c, scopes):
            # a change of a deficit by an amount keeps its size and is the balance's the other
            # way: "дефицит сократился на 300 млн" is a balance 300 mn higher
            c.change = _BY_CHANGES[c.change]
        elif (
            c.value > 0
            and c.unit != "percent"
            and c.change not in _BY_CHANGES
            and _negative_context(c, scopes)
        ):
            # (a change by a percentage keeps its size and direction, the deficit's: "дефицит
            # вырос на 12%" is +12%, an increase)
            # a deficit of "more than 5 bn" is a balance below -5 bn; a range keeps its low end
            # first: a deficit of 2 to 3 bn is -3 .. -2
            if c.value_high is not None:
                c.value, c.value_high = -c.value_high, -c.value
            else:
                c.value = -c.value
            c.comparator = _MIRRORED_COMPARATORS.get(c.comparator, c.comparator)
    cands = _per_unit(cands, masked)  # after the currencies: a price's currency is also its neighbours'
    _postposed_milestones(cands, masked)
    _postposed_hedges(cands, masked)
    facts: list[NumberFact] = []
    earlier: list[tuple[_Cand, str | None]] = []  # the figures read so far, with their periods
    for c in cands:
        period = _period(c, scopes, text, earlier)
        earlier.append((c, period))
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
                # a range whose ends are equal ("от 143 до 143 млн") states one value: a point
                value_high=float(c.value_high)
                if c.value_high is not None and c.value_high != c.value
                else None,
                unit=unit,
                comparator=c.comparator,
                metric=c.metric,
                counted=text[c.counted[0] : c.counted[1]] if c.counted is not None else None,
                change=c.change,
                period=period,
                modality=_modality(c, scopes, period),
            )
        )
    facts.sort(key=lambda f: f.char_start)
    for k in range(1, len(facts)):
        fact, before = facts[k], facts[k - 1]
        if (
            fact.metric == "growth"
            and before.metric in CHANGED_FLOWS
            and change_of_figure_before(text, before, fact)
        ):
            # "составил 820 млн долларов, что на 18% больше": the change of that figure's flow
            facts[k] = replace(fact, metric=before.metric)
    return facts


# the apostrophes other than "'" (looked for with ``in``: far faster than a regex over the text)
def _physical_base(before: _Cand, c: _Cand, masked: str) -> bool:
    """Whether ``c``, an amount with no unit, is the base ``before`` (a figure in a physical unit,
    the one right before it in its sentence) is compared with: only a word of comparison
    (``_BASE_WORD_SCAN``: ``против``, ``down from``, ``wobec``) and no other figure between."""
    return (
        before.sentence == c.sentence
        and before.unit is not None
        and unit_kind(before.unit) == "physical"
        and c.qs - before.qe <= 40
        and _BASE_WORD_SCAN.search(masked, before.qe, c.qs) is not None
        and not any(ch.isdigit() for ch in masked[before.qe : c.qs])
    )


_BY_CHANGES = {"increase": "decrease", "decrease": "increase"}
# A bound of a negative balance stated by its size points the other way: "дефицит превысил 5 млрд"
# is a balance below -5 bn.
_MIRRORED_COMPARATORS = {">": "<", ">=": "<=", "<": ">", "<=": ">="}
_APOSTROPHES = APOSTROPHES.replace("'", "")
# four capitals in a row (written as a class, then a repeat: a pattern that starts with a class is
# skipped through quickly, one that starts with a repeat is tried at every character)
_CAPS_RE = re.compile(r"[А-ЯЁ][А-ЯЁ]{3}")
# two or more words in capitals in a row (at least one of four letters or more)
# (the pattern starts with a character class, which the regex engine skips to quickly; the
# look-behind after the first capital says that no word character comes before it)
_CAPS_RUN_RE = re.compile(r"[А-ЯЁ](?<![\w][А-ЯЁ])[А-ЯЁ]+(?:[ \u00a0,-]+[А-ЯЁ]{2,})+(?![\w])")


def _lower_run(m: re.Match[str]) -> str:
    text = m.group()
    return text.lower() if any(len(w) >= 4 for w in re.findall(r"[А-ЯЁ]+", text)) else text


# the characters of a run of words in capitals (those of _CAPS_RUN_RE)
_CAPS_RUN_CHARS = frozenset({chr(c) for c in range(ord("А"), ord("Я") + 1)} | set("Ё \u00a0,-"))


def _lower_caps_runs(text: str, first: int) -> str:
    """``text`` with its runs of words in capitals lowered (``_CAPS_RUN_RE.sub(_lower_run, text)``),
    where ``first`` is the start of the text's first four capitals in a row.

    Only a run with a word of four capitals changes: the regex is run only over the stretches of
    the characters of a run around each four capitals in a row (from the character before the
    stretch, which the run's look-behind reads, to the one after it; neither is a character of a
    run, so no run reaches across them). ``text`` itself when nothing is lowered."""
    parts: list[str] = []
    done = 0  # text[:done] is in parts
    n = len(text)
    found: re.Match[str] | None = None
    at = first
    while True:
        start = at
        while start > 0 and text[start - 1] in _CAPS_RUN_CHARS:
            start -= 1
        end = at + 4
        while end < n and text[end] in _CAPS_RUN_CHARS:
            end += 1
        for m in _CAPS_RUN_RE.finditer(text, max(start - 1, 0), end + 1):
            parts.append(text[done : m.start()])
            parts.append(_lower_run(m))
            done = m.end()
        found = _CAPS_RE.search(text, end)
        if found is None:
            break
        at = found.start()
    if not parts:
        return text
    parts.append(text[done:])
    lowered = "".join(parts)
    # the text itself when no run had a word to lower: the sentence spans given for it then hold
    return text if lowered == text else lowered


# the word right before a change's starting value: "с 8 млрд ... до 15 млрд", "to $100 bn from $65 bn"
_FROM_WORDS = frozenset({"с", "со", "з", "із", "зі", "from", "z", "ze", "od"})


# a word of the present between the from-word and the amount: "с нынешних 480 тыс.", "from the
# current 1.2 million", "z obecnych 5 mln"
_NOW_WORDS = frozenset(
    {
        "нынешних",
        "нынешнего",
        "нынешней",
        "текущих",
        "текущего",
        "текущей",
        "нинішніх",
        "нинішнього",
        "поточних",
        "поточного",
        "цяперашніх",
        "цяперашняга",
        "obecnych",
        "obecnego",
        "dzisiejszych",
        "current",
        "the",
    }
)


# a word of change right before the from-word: the amount after it is where the change started,
# with or without the amount it reached in the sentence ("5.1 million tonnes, down from 5.8
# million", "Exports rose from $3 billion", "упал с 12%")
_CHANGED_FROM_RE = re.compile(
    rf"(?<![\w])(?:{_INCREASE}|{_DECREASE}|down|up)[ \u00a0]+(?:{'|'.join(sorted(_FROM_WORDS))})[ \u00a0]+\Z",
    re.I,
)


def _pair_starting_values(cands: list[_Cand], masked: str) -> None:
    """A change written apart, "с 8 млрд долларов в 2025 году до 15 млрд долларов к 2028 году" or
    "to $100 billion by 2030 from $65 billion last year": the amount after ``с``/``from`` in the
    sentence of an amount with ``change='to'`` (same unit, or a money amount whose currency is to
    find) is the starting value (``change='from'``, never a target). A period phrase between the
    two is the first one's (it follows its number); one after the second is the second's."""
    for c in cands:
        if c.change is not None or c.ordinal:
            continue
        word, end = _word_before(masked, c.qs)
        for _ in range(2):  # "с нынешних 480 тыс. до 800 тыс. баррелей", "from the current 1.2 million"
            if word not in _NOW_WORDS:
                break
            word, end = _word_before(masked, end - len(word))
        if word not in _FROM_WORDS:
            continue
        partners = [
            d
            for d in cands
            if d is not c
            and d.sentence == c.sentence
            and d.change == "to"
            and (d.unit == c.unit or None in (d.unit, c.unit))
        ]
        if not partners:
            if _CHANGED_FROM_RE.search(masked, max(0, c.qs - 40), c.qs) is not None:
                c.change = "from"  # "down from 5.8 million tonnes", "выросли с 5 млрд": where it started
            continue
        to = min(partners, key=lambda d: abs(d.ns - c.ns))
        c.change = "from"
        if c.unit is None and to.unit is not None and unit_kind(to.unit) not in (MONEY, None):
            # "с 480 тыс. до 800 тыс. баррелей": the unit written once, after the level reached
            c.unit = to.unit
        first, second = (c, to) if c.qs < to.qs else (to, c)
        second.period_skip = (first.qe, second.qs)
        first.period_skip = (second.qe, len(masked))


# What an amount may be stated per, right after its quote (up to two words between: "2 млн баррелей
# нефти в сутки"). A price: money per unit of a good or of a currency ("95 тыс. тенге за тонну",
# "$47.60 a barrel", "70 dolarów za baryłkę", "95 рублей за доллар"). A rate: an amount per day,
# week, month or hour, or per person ("1.7 million barrels per day", "5 тыс. человек в сутки",
# "на душу населения"). Per year the figure is the year's level ("55 млрд кубометров в год"), read
# as before.
_PER_GAP = r"(?:[ \u00a0]+[^\W\d_]+){0,2}?[ \u00a0]+"
# a round quantity a price is quoted for: "за 1000 кубометров", "za 100 kg", "per 1,000 cubic meters"
_PER_COUNT = r"1(?:[ \u00a0,.]?000|00?)?"
_PER_GOOD = (
    rf"(?:за|на)[ \u00a0]+(?:(?:{_PER_COUNT}|одну|один|одна|одно|1[ \u00a0]+тыс\.?|тысячу|тисячу|тыс\.?|тис\.?)[ \u00a0]+)?"
    r"(?:тонн?[уы]|т\b|баррел[ья]|барел[ья]|барэль|кг\b|кило\w*|кіла\w*|литр\w*|літр\w*|куб(?:\.|\w*)(?:[ \u00a0]*м\b\.?)?|кв\.[ \u00a0]*м\b\.?|квадратн\w*"
    r"|мегават\w*|МВт|кВт|киловат\w*|штук\w*|одиниц\w*|единиц\w*|голов\w*|унци\w*|ваго\w*|контейнер\w*"
    r"|доллар\w*|долар\w*|евро|євро|юан\w*|рубл[ья]|рубель"
    # units of heat the gas trade is priced in: "за MMBtu", "за млн БТЕ", "за Гкал"
    r"|(?:млн[ \u00a0]+)?(?:MMBtu|MMBTU|mmBtu|BTU|Btu|БТЕ)|Гкал|гигакалори\w*|ГДж)"
    rf"|za[ \u00a0]+(?:(?:{_PER_COUNT}|jedną|jeden|tysiąc)[ \u00a0]+)?(?:ton[eę]|baryłk[eę]|kilogram|kg\b|litr|metr|MWh|sztuk[eę]|dolara|euro|juana)"
    rf"|(?:per|a|an|each)[ \u00a0]+(?:(?:{_PER_COUNT}|one|thousand)[ \u00a0]+)?(?:metric[ \u00a0]+)?"
    r"(?:tonnes?|tons?|barrels?|bbl|kilo(?:gram)?s?|kg\b|lit(?:re|er)s?|gallons?|cubic(?:[ \u00a0]+(?:met(?:re|er)s?|feet|foot))?|MWh|kWh|units?|ounces?|bushels?|dollars?|euros?"
    r"|MMBtu|MMBTU|mmBtu|Btu|million[ \u00a0]+(?:Btu|British[ \u00a0]+thermal[ \u00a0]+units)|GJ|therms?)\b"
)
_PER_TIME = (
    r"(?:в|во|у|на)[ \u00a0]+(?:сутки|суткі|добу|день|дзень|неделю|тиждень|тыдзень|месяц|місяць|час|годину|гадзіну)"
    r"|ежедневно|ежемесячно|щодня|щодоби|щомісяця|штодня|штомесяц"
    r"|na[ \u00a0]+(?:dobę|dzień|tydzień|miesiąc|godzinę)|dziennie|miesięcznie|tygodniowo"
    r"|(?:per|a|an|each)[ \u00a0]+(?:day|week|month|hour)\b(?![ \u00a0]+(?:ago|earlier|before|later|after))|daily|b/d|bpd"
    r"|на[ \u00a0]+(?:душу[ \u00a0]+населени\w*|душу[ \u00a0]+насельніцтва|(?:одного[ \u00a0]+)?(?:человека|жителя|особу|людину))"
    r"|per[ \u00a0]+(?:capita|person|head)\b|na[ \u00a0]+(?:mieszkańca|osobę|głowę)"
)
# after a day, no word but a preposition or conjunction: "в день визита" is "on the day of the
# visit"
_PER_END = (
    r"(?=[ \u00a0]*(?:[^\w \u00a0]|$)|[ \u00a0]+(?:в|во|до|к|с|со|и|а|на|по|из|от|при|против|у|та|і|з|ў"
    r"|in|to|from|and|by|of|for|on|at|w|do|z|i|oraz|od|przy)\b)"
)
_PER_RE = re.compile(
    rf"{_PER_GAP}(?:(?P<good>{_PER_GOOD})|(?P<time>{_PER_TIME}){_PER_END})"
    r"|[ \u00a0]*/[ \u00a0]*(?:(?P<good2>т|t|bbl|баррель|MWh|кг|kg)|(?P<time2>сут|d|day))\b",
    re.I,
)


# English milestones written after the amount: "crossed the $10 billion mark", "approached the
# 5 million threshold" (the mark before it, "the mark of $10 billion", is a hedge's milestone)
_MILESTONE_VERB_BEFORE_RE = re.compile(
    r"(?<![\w])(?P<verb>crossed|crosses|topped|tops|exceeded|exceeds|surpassed|surpasses|passed|broke|broken"
    r"|approached|approaches|approaching|neared|nears|nearing)[ \u00a0]+(?:through[ \u00a0]+)?the[ \u00a0]+$",
    re.I,
)
_MILESTONE_AFTER_RE = re.compile(r"[ \u00a0]+(?:mark|threshold|milestone|barrier|level)(?![\w])", re.I)
_APPROACH_VERBS = ("approach", "near")


def _postposed_milestones(cands: list[_Cand], masked: str) -> None:
    """An amount stated as a milestone after it (``crossed the $10 billion mark``) is a bound:
    ``>`` after a verb of crossing, ``~`` after one of approaching; the quote runs from the verb
    to the milestone noun."""
    for c in cands:
        if c.comparator != "=" or c.change is not None:
            continue
        after = _MILESTONE_AFTER_RE.match(masked, c.qe)  # (the cheaper test first)
        if after is None:
            continue
        before = _MILESTONE_VERB_BEFORE_RE.search(masked, max(0, c.qs - 40), c.qs)
        if before is None:
            continue
        verb = before.group("verb").lower()
        c.comparator = "~" if verb.startswith(_APPROACH_VERBS) else ">"
        c.qs, c.qe = before.start(), after.end()


# A hedge written after the amount: "4 млрд долларов с лишним" (more than), "без малого" (about),
# "или около того", "$2 billion-plus", "or so", "z okładem"
_POSTPOSED_HEDGE_RE = re.compile(
    r"(?:[ \u00a0]+(?:с|з)[ \u00a0]+(?P<more>лишним|лишком|небольшим|гаком|хвостиком|лішнім|невялікім|невеликим)"
    r"|[ \u00a0]+z[ \u00a0]+(?P<more_pl>okładem|hakiem|górą|kawałkiem)"
    r"|-(?P<plus>plus)"
    r"|[ \u00a0]+(?P<about>без[ \u00a0]+малого|или[ \u00a0]+около[ \u00a0]+того|або[ \u00a0]+близько[ \u00a0]+того"
    r"|or[ \u00a0]+so|lub[ \u00a0]+coś[ \u00a0]+koło[ \u00a0]+tego))(?![\w])",
    re.I,
)


# The same hedges between the number and its scale or unit: "30 с лишним процентов", "2 с
# небольшим миллиарда долларов", "300 з лішнім мільйонів"
_INFIX_HEDGE_RE = re.compile(
    r"(?<=\d)[ \u00a0]+(?:с|з)[ \u00a0]+(?:лишним|лишком|небольшим|гаком|хвостиком|лішнім|невялікім|невеликим)"
    r"(?=[ \u00a0]+[^\W\d_])",
    re.I,
)


def _mask_infix_hedges(masked: str) -> tuple[str, list[tuple[int, int]]]:
    """``masked`` with each hedge between a number and the word after it (``_INFIX_HEDGE_RE``)
    blanked to spaces, so that the number reads with its scale or unit; and the hedges' spans."""
    spans = [(m.start(), m.end()) for m in _INFIX_HEDGE_RE.finditer(masked)]
    if not spans:
        return masked, []
    chars = list(masked)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars), spans


def _infix_hedges(cands: list[_Cand], spans: list[tuple[int, int]]) -> None:
    """An amount whose number a blanked hedge follows (``_mask_infix_hedges``) is a lower bound
    (``>``), unless it is hedged or changed already."""
    for c in cands:
        if c.comparator == "=" and any(c.ns < start < c.qe for start, _end in spans):
            c.comparator = ">"


def _postposed_hedges(cands: list[_Cand], masked: str) -> None:
    """An amount with a hedge after it is a bound: ``>`` after ``с лишним``, ``с небольшим``,
    ``-plus``, ``z okładem``; ``~`` after ``без малого``, ``или около того``, ``or so``; the quote
    runs to the hedge. An amount already hedged or changed keeps what it has."""
    for c in cands:
        if c.comparator != "=" or c.change is not None:
            continue
        m = _POSTPOSED_HEDGE_RE.match(masked, c.qe)
        if m is None:
            continue
        c.comparator = "~" if m.group("about") else ">"
        c.qe = m.end()


def _per_unit(cands: list[_Cand], masked: str) -> list[_Cand]:
    """``cands`` with each amount stated per unit (``_PER_RE``) marked: a price (money per unit of
    a good or currency) becomes metric ``price``; an amount per day, week, month, hour or person,
    metric ``rate`` (never the level of a flow over its period). The quote runs on over the
    words, and the quantity a price is quoted for is no figure of its own (``250 долларов за 1000
    кубометров``: the 1000 cubic metres are left out). A percentage is left alone ("5% в год" is a
    yearly rate of change)."""
    inside: list[tuple[int, int]] = []  # the per-unit phrases of prices
    for c in cands:
        kind = _cand_kind(c)
        if kind in ("percent", "percentage_points", "times", "fraction", "rank") or c.ordinal:
            continue
        m = _PER_RE.match(masked, c.qe)
        if m is None:
            continue
        if m.group("good") or m.group("good2"):
            if kind != MONEY:
                continue
            c.metric = "price"
            inside.append((c.qe, m.end()))
        elif m.group("time") or m.group("time2"):
            c.metric = "rate"
        c.qe = m.end()
    if not inside:
        return cands
    return [c for c in cands if not any(lo <= c.ns < hi for lo, hi in inside)]


# "..., 40 и 5 млн соответственно": the amounts listed before the word map to the metric
# keywords of the sentence in order
_RESPECTIVELY_WORDS = ("соответственно", "відповідно", "адпаведна", "odpowiednio", "respectively", "тиісінше")
_RESPECTIVELY_RE = re.compile(guarded([rf"(?<![\w])(?:{'|'.join(_RESPECTIVELY_WORDS)})(?![\w])"]), re.I)
_RESPECTIVELY_SCAN = WordStartScan(_RESPECTIVELY_RE)
# how far past its start a match and the character after it reach (case never changes a length)
_RESPECTIVELY_REACH = max(map(len, _RESPECTIVELY_WORDS)) + 1
_LIST_GAP_RE = re.compile(r"\s*(?:,|;|\bи\b|\bі\b|\band\b|\bi\b|\bта\b|\bжәне\b)\s*(?:\band\b\s*)?", re.I)


def _respectively(cands: list[_Cand], scopes: _Sentences) -> None:
    """The amounts listed right before ``соответственно``/``respectively`` (``$40 млн и $5 млн
    соответственно``) take the metric keywords named before them in their sentence, in order
    ("Экспорт ... и импорт ..."): the n-th amount the n-th keyword's metric. When the keywords
    before the list are not as many as its amounts the order cannot be told: every amount of the
    list is ``other``."""
    masked = scopes.masked
    for m in _respectively_words(cands, scopes):
        idx = scopes.index(m.start())
        listed = []
        end = m.start()
        for c in reversed(cands):
            if c.sentence != idx or c.qe > end:
                continue
            gap = masked[c.qe : end]
            if listed and not _LIST_GAP_RE.fullmatch(gap):
                break
            if not listed and gap.strip(" ,\u00a0"):
                break
            listed.append(c)
            end = c.qs
        if len(listed) < 2:
            continue
        listed.reverse()
        kind = _cand_kind(listed[0])
        lo = scopes.span(idx)[0]
        keywords = sorted(
            (start, rule.metric)
            for start, _end, _order, rule in scopes.keywords(idx, kind)
            if not rule.weak and lo <= start < listed[0].qs
        )
        metrics = [metric for _start, metric in keywords]
        for k, c in enumerate(listed):
            c.metric = metrics[k] if len(metrics) == len(listed) else "other"


# A word referring back to the flow the sentence before named, before a figure in its clause:
# a pronoun ("В 2024 году он составил", "увеличить его до") or a noun for a measure ("показатель
# составил", "эта цифра"); ru, uk, be, pl, en.
_REFERRING_RE = re.compile(
    r"(?<![\w-])(?:он|она|оно|они|его|её|ее|их|показатель|показателя|цифра|він|вона|воно|вони|його|її|їх"
    r"|показник|показника|ён|яна|яно|яны|яго|яе|іх|паказчык|паказчыка|wskaźnik|on|ona|one|go|ich|it|they"
    r"|(?:this|the)[ \u00a0]+figure"
    # the supplies the sentence before named with their side ("Казахстан поставил в Узбекистан 1,2
    # млн тонн пшеницы. Стоимость поставок составила 290 млн долларов")
    r"|поставок|поставки|поставках|постачань|постачання|паставак|dostaw|the[ \u00a0]+(?:shipments|supplies|deliveries))"
    r"(?![\w-])",
    re.I,
)


# A pronoun standing for the flow as a verb's object, right before the figure's preposition or the
# figure ("увеличить его до 30 млрд", "нарастить их в 2 раза"; not a possessive before its noun:
# "увеличить ее капитализацию до")
_OBJECT_PRONOUN_RE = re.compile(
    r"(?<![\w-])(?:его|её|ее|их|його|її|їх|яго|яе|іх|go|je|ich|it|them)[ \u00a0]+"
    r"(?:(?:до|в|во|на|у|ў|to|by|do|o|w|na)[ \u00a0]+)?(?:(?:почти|около|более|менее|almost|about|over)[ \u00a0]+)?\Z",
    re.I,
)
# A verb of speech: a sentence saying who said something ("Об этом сообщил замминистра")
_SPEECH_VERB_RE = re.compile(
    r"(?<![\w-])(?:сообщ\w*|заяв\w*|сказа\w*|отмети\w*|подчеркну\w*|рассказа\w*|пояснил\w*"
    r"|повідоми\w*|повідомля\w*|сказав\w*|зазначи\w*|паведами\w*|заяві\w*|сказаў\w*|адзначы\w*"
    r"|poinformowa\w*|powiedzia\w*|oświadczy\w*|said|says|told|announced|stated)(?![\w-])",
    re.I,
)


def _own_flow_word(c: _Cand, scopes: _Sentences) -> bool:
    """Whether the figure's own sentence names a flow (a keyword no weaker than ``объём``)."""
    return any(not rule.weak for _s, _e, _o, rule in scopes.keywords(c.sentence, _cand_kind(c)))


def _metrics_referred_to(cands: list[_Cand], scopes: _Sentences) -> None:
    """A figure of no metric (``other``), or a volume no flow word of its sentence names, whose clause refers back before it to a flow the
    sentence before named (``Товарооборот ... может превысить 8 млрд. В 2024 году он составил 7,4
    млрд``, ``Этот показатель достиг``, ``Стороны планируют увеличить его до``, ``It is expected
    to grow to``) takes that flow's metric: the one metric of its unit's kind the sentence before
    names (its keywords, as the figure's own sentence's would be read), or, naming none, the one
    metric its figures took by referring back themselves; the later figures of no metric of the
    figure's sentence take it too (an elided subject: ``а в этом ожидается 24 млрд``). None or
    several there: it stays ``other``."""
    masked = scopes.masked
    referred: set[int] = set()  # the figures given a metric here, by position in ``cands``
    for k, c in enumerate(cands):
        if not (c.metric == "other" or (c.metric == "volume" and not _own_flow_word(c, scopes))):
            continue  # (a volume is a unit's default or "объём"'s, weaker than the flow referred to)
        start = _clause_start(c, scopes)
        if _REFERRING_RE.search(masked, start, c.ns) is None:
            continue
        kind = _cand_kind(c)
        # an earlier clause of the same sentence names the flow ("Товарооборот ... составил 20 млрд,
        # и стороны намерены увеличить его до 30 млрд"), else the sentence before, else, when that
        # one names no flow and holds no figure of the kind and says who said it (a verb of
        # speech), the one before it; in the same sentence only a pronoun right before the figure
        # or its preposition refers (not a possessive before its noun)
        metrics = (
            {
                rule.metric
                for _s, e, _o, rule in scopes.keywords(c.sentence, kind)
                if not rule.weak and e <= start
            }
            if _OBJECT_PRONOUN_RE.search(masked, start, c.ns) is not None
            else set()
        )
        metrics.discard("other")
        back = c.sentence - 1
        while not metrics and back >= max(0, c.sentence - 2):
            if back < c.sentence - 1 and _SPEECH_VERB_RE.search(masked, *scopes.span(c.sentence - 1)) is None:
                break  # the sentence between says something of its own, not who said it
            metrics = {rule.metric for _s, _e, _o, rule in scopes.keywords(back, kind) if not rule.weak}
            if not metrics:
                # the sentence before named its flow by referring back too: the metric its figures
                # took ("В прошлом году он составил 1,6 млрд. Стороны намерены довести этот
                # показатель до 3 млрд")
                metrics = {
                    cands[j].metric
                    for j in referred
                    if cands[j].sentence == back and _cand_kind(cands[j]) == kind
                }
            metrics.discard("other")
            if metrics or any(d.sentence == back and _cand_kind(d) == kind for d in cands):
                break
            back -= 1
        if len(metrics) != 1:
            continue
        c.metric = metrics.pop()
        referred.add(k)
        for j in range(k + 1, len(cands)):
            # a later clause of the sentence that leaves its subject out takes the flow too ("он
            # составил 22 млрд евро, а в этом ожидается 24 млрд"), as a keyword of the sentence
            # would have given it
            d = cands[j]
            if d.sentence != c.sentence:
                break
            if d.metric == "other" and _cand_kind(d) == kind:
                d.metric = c.metric
                referred.add(j)


# A line of a list: maybe a bullet or a number, one to four words naming an item (a partner, a
# product), capitalised first, then a dash or a colon, the amount after it ("• Италия — 11,2 млрд
# долларов;", "- Россия: 25,3 млрд", "2. Південна Корея — 1,1 млрд")
_LIST_ITEM_RE = re.compile(
    rf"[ \t]*(?:{LIST_BULLET}[ \t]*|{LIST_NUMBER}[ \t]+)?"
    r"[A-ZА-ЯЁІЇЄҐЎҚӘҒҢӨҰҮҺĄĆĘŁŃÓŚŹŻ][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,3}(?:[ \t]*[—–:]|[ \t]+-)[ \t]*"
)
# a heading line over such a list: it ends with a colon
_HEADING_END_RE = re.compile(r":\s*$")

# A line of a table flattened into text: a label (a list item's, ``_LIST_ITEM_RE``, or one
# followed by a tab) and a lone figure, perhaps a parenthesised note after it ("Казахстан — 19,8
# (+4%)", "Польша: 1 320", "Литва\t410").
_TABLE_LABEL_RE = re.compile(
    rf"[ \t]*(?:{LIST_BULLET}[ \t]*|{LIST_NUMBER}[ \t]+)?"
    r"(?P<label>[A-ZА-ЯЁІЇЄҐЎҚӘҒҢӨҰҮҺĄĆĘŁŃÓŚŹŻ][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,3})"
    r"(?:[ \t]*[—–:][ \t]*|[ \t]+-[ \t]+|[ \t]*\t[ \t]*)"
    r"(?P<number>[+\-−–]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?![\d])|[+\-−–]?\d+(?:[.,]\d+)?(?![\d]))"
    r"[ \t]*(?:\([^()\n]*\))?[ \t]*[;.]?[ \t]*$",
    re.M,
)
# where a caption may state its table's unit: a parenthesis ("(млрд долларов; в скобках — ...)",
# "(в тыс. тонн)") or the line's last comma-separated part (", млн долларов:"), perhaps after
# "в/у/w/in"; the unit is the part up to ";" or ","
_CAPTION_UNIT_RE = re.compile(
    r"\((?:(?:в|у|w|in)[ \u00a0]+)?(?P<paren>[^();,\n]{1,30})[^()\n]*\)[ \t]*:?[ \t]*$"
    r"|,[ \t]*(?:(?:в|у|w|in)[ \u00a0]+)?(?P<comma>[^(),;:\n]{1,30})[ \t]*:?[ \t]*$",
    re.I,
)
# a line that may be a table's caption: one ending in a colon or a parenthesis, or in a unit after
# a comma (cheap: only a text holding one is read for table rows)
_CAPTION_HINT_RE = re.compile(r"[:)][ \t]*\n|,[ \t]*(?:(?:в|у|w|in)[ \u00a0]+)?[^\W\d_][^,\n]{0,28}\n", re.I)


def _caption_unit(line: str) -> str | None:
    """The unit a table's caption states for its figures ("млрд долларов", "тыс. т", "%"), read as
    the scanner reads it after a figure: None when the caption states none, or one the scanner
    does not read whole."""
    m = _CAPTION_UNIT_RE.search(line)
    if m is None:
        return None
    phrase = (m.group("paren") or m.group("comma")).strip()
    if any(ch.isdigit() for ch in phrase):  # a figure's note ("(+4%)"), no unit of a column
        return None
    found = _scanned_whole(f"1 {phrase}")
    return phrase if found is not None and found.unit is not None else None


def _scanned_whole(phrase: str) -> _Cand | None:
    """The one candidate the scanner reads in ``phrase`` when it spans the whole phrase (``"19,8
    млрд долларов"``), else None."""
    found = _scan(phrase)
    return found[0] if len(found) == 1 and found[0].qs == 0 and found[0].qe == len(phrase) else None


def _table_rows(masked: str, cands: list[_Cand]) -> None:
    """The figures of a table flattened into text, added to ``cands`` (in text order): each line
    of a label and a lone figure (``_TABLE_LABEL_RE``) under a caption line that states the unit
    (``_caption_unit``: "Товарооборот России со странами Центральной Азии (млрд долларов; в
    скобках — изменение):", "Экспорт Белоруссии, млн долларов:"), the lines between being rows
    too, is the figure in that unit, as the scanner reads "19,8 млрд долларов". A figure the
    scanner found already (its unit is in its row) is left as it is. The quote is the figure; its
    sentence is its row, whose label names what it is of (``partner_span`` reads a country
    there)."""
    lines = masked.split("\n")
    taken = {c.ns for c in cands}
    unit: str | None = None  # the unit of the table whose rows are being read
    pos = 0
    added: list[_Cand] = []
    for k, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        m = _TABLE_LABEL_RE.match(line)
        if m is None:
            unit = None
            if k + 1 < len(lines) and _TABLE_LABEL_RE.match(lines[k + 1]) is not None:
                unit = _caption_unit(line)
            continue
        if unit is None or start + m.start("number") in taken:
            continue
        number = m.group("number").replace("−", "-").replace("–", "-")
        c = _scanned_whole(f"{number} {unit}")
        if c is None:
            continue
        shift = start + m.start("number")
        c.qs, c.ns, c.qe, c.ne = shift, shift, shift + len(m.group("number")), shift + len(m.group("number"))
        c.counted = None
        added.append(c)
    if added:
        cands.extend(added)
        cands.sort(key=lambda c: c.qs)


def _list_items_of_a_heading(cands: list[_Cand], scopes: _Sentences) -> None:
    """A figure of no metric (``other``, or a volume no flow word of its line names) on a line of a
    list (``_LIST_ITEM_RE``: ``Италия — 11,2 млрд долларов``), under a heading line that ends with
    a colon and names one flow of the figure's kind (``Экспорт Казахстана в январе-октябре 2026
    года:``, ``Kazakhstan's main export destinations in 2025:``), the lines between it and the
    figure's being items of the list too, or under a table's caption that ends in its unit in
    brackets (``_caption_unit``: ``Крупнейшие торговые партнеры Казахстана (в млн долларов
    США)``): takes the heading's metric, as the same list written in one sentence would. A heading naming no flow, or several, leaves it ``other``."""
    masked = scopes.masked
    heading_of: dict[int, int | None] = {}  # a line's start -> the start of its list's heading

    def line_start(pos: int) -> int:
        return masked.rfind("\n", 0, pos) + 1

    def line_end(start: int) -> int:
        end = masked.find("\n", start)
        return len(masked) if end == -1 else end

    def is_heading(start: int) -> bool:
        end = line_end(start)
        return _HEADING_END_RE.search(masked, start, end) is not None or (
            masked[end - 1 : end] == ")"
            and _LIST_ITEM_RE.match(masked, start, end) is None
            and _caption_unit(masked[start:end]) is not None
        )

    def item_at(start: int) -> re.Match[str] | None:
        return None if is_heading(start) else _LIST_ITEM_RE.match(masked, start, line_end(start))

    def heading(start: int) -> int | None:
        """The heading line over the list whose item line starts at ``start``."""
        if start not in heading_of:
            found = None
            at = start
            while at > 0:
                at = line_start(at - 1)
                if is_heading(at):
                    found = at
                    break
                if item_at(at) is None:
                    break
            heading_of[start] = found
        return heading_of[start]

    for c in cands:
        if c.unit in ("percent", "percentage_points") or not (
            c.metric == "other" or (c.metric == "volume" and not _own_flow_word(c, scopes))
        ):
            continue
        start = line_start(c.ns)
        item = item_at(start)
        if item is None or c.qs < item.end() or len(masked[item.end() : c.qs].split()) > 2:
            continue  # the amount is the item's, right after its dash (a hedge may stand before it)
        h = heading(start)
        if h is None:
            continue
        metrics = {
            rule.metric
            for _s, _e, _o, rule in scopes.keywords(scopes.index(h), _cand_kind(c))
            if not rule.weak and _s < line_end(h)
        }
        metrics.discard("other")
        if len(metrics) == 1:
            c.metric = metrics.pop()


def _respectively_words(cands: list[_Cand], scopes: _Sentences) -> Iterator[re.Match[str]]:
    """``_RESPECTIVELY_RE.finditer(scopes.masked)``, in order, but only the matches in a sentence
    with two candidates or more (a list needs two amounts): the other sentences are not read. A
    match is a whole word, so a search from a sentence's start finds what a search from the
    text's start finds there; the search reads on past the sentence's end only as far as a match
    starting in it reaches (``_RESPECTIVELY_REACH``), so that each sentence is read once."""
    masked = scopes.masked
    counts = Counter(c.sentence for c in cands)
    for idx in sorted(idx for idx, n in counts.items() if n >= 2):
        lo, hi = scopes.span(idx)
        reach = min(len(masked), hi + _RESPECTIVELY_REACH)
        for m in _RESPECTIVELY_SCAN.finditer(masked, lo, reach):
            if m.start() >= hi:
                break
            yield m


# "динамика -3%", "темп прироста: +2%", "dynamics of -4%", "динамика товарооборота составила +6%": a
# signed percentage named as a change (up to seven words of the change's subject between: "динамика
# товарооборота Эстонии и Финляндии за январь-октябрь составила минус 4%")
_DYNAMICS_BEFORE_RE = re.compile(
    guarded(
        [
            r"(?<![\w])(?:динамик\w*|темп\w*\s+(?:роста|прироста|изменения)|динамік\w*|дынамік\w*|dynamik\w*"
            r"|dynamics|change)(?:\s+[\w-]+){0,7}?(?:\s+(?:составил\w*|была|был|of|was|склала|wyniosła))?\s*[:—–]?\s*$"
        ]
    ),
    re.I,
)
_SIGNS = MINUS_SIGNS + "+"  # (an en dash set as a minus too: "(–3,2%)")
# Between an amount and its signed change: an opening bracket or a comma.
_AFTER_AMOUNT_RE = re.compile(r"[ \u00a0]*(?:\(|,)[ \u00a0]*")


def _elided_changes(cands: list[_Cand], masked: str) -> None:
    """A clause whose verb is left out after a dash takes the change of the clause before it in its
    sentence: ``Экспорт вырос на 5%, до $10 млрд, импорт — на 3%, до $7 млрд``: the 3% is an
    increase, the $7 bn the level it rose to, as the 5% and the $10 bn; ``сократился на 5%,
    импорт — на 3%``. The quote takes the preposition in."""
    elided: set[int] = set()
    for k, c in enumerate(cands):
        if c.change is not None or k == 0:
            continue
        dash = _ELIDED_BY_RE.search(masked, max(0, c.qs - 24), c.qs)
        if dash is not None:
            model = next(
                (d for d in reversed(cands[:k]) if d.change in ("increase", "decrease") and d.unit == c.unit),
                None,
            )
            if model is not None and _SENTENCE_BREAK_RE.search(masked, model.qe, c.qs) is None:
                c.change = model.change
                c.qs = dash.start("prep")
                elided.add(k)
            continue
        prev = cands[k - 1]
        if (
            c.comparator == "<="
            and _TO_WORD_RE.match(masked, c.qs) is not None
            and k - 1 in elided
            and _LEVEL_GAP_RE.fullmatch(masked, prev.qe, c.qs) is not None
        ):
            c.change, c.comparator = "to", "="  # "импорт — на 3%, до $7 млрд": the level it rose to


# A dash (or a hyphen written for one, a space before it), then the preposition of a change,
# right before a figure: the verb left out.
_ELIDED_BY_RE = re.compile(r"(?:[—–]|(?<=[ \u00a0])-)[ \u00a0]*(?P<prep>(?:на|o|by)[ \u00a0]+)\Z", re.I)
_TO_WORD_RE = re.compile(r"(?:до|to|do)[ \u00a0]", re.I)
# What may stand between an elided clause's change and the level it reached: a comma, a dash or a
# space ("импорт — на 3%, до $7 млрд", "на 3% — до", "на 12% до")
_LEVEL_GAP_RE = re.compile(r"[ \u00a0]*(?:[,—–][ \u00a0]*)?")
_SENTENCE_BREAK_RE = re.compile(r"[.!?][ \u00a0\n]+[A-ZА-ЯЁІЇЄҐ]|\n")


# A sign written as a word right before a percentage ("минус 4%", "плюс 2,5%", "minus 3%").
_SIGN_WORD_BEFORE_RE = re.compile(r"(?<![\w-])(минус|мінус|minus|плюс|plus)[ \u00a0]+\Z", re.I)


def _signed_dynamics(cands: list[_Cand], masked: str) -> None:
    """A percentage written with its sign after a word naming a change (``динамика -3%``, ``темп
    прироста +2,5%``, ``dynamics of -4%``; the sign in a word too: ``динамика импорта — минус 4%``)
    is a change: ``decrease`` for a minus, ``increase`` for a plus (its value keeps its sign); so it is a change (of the flow named, else ``growth``), never a level. So is one right after an
    amount, in brackets or after a comma (``4,1 млрд долларов (+18%)``, ``$2 bn, -5%``): the
    amount's change."""
    previous_end = -1
    for c in cands:
        after_amount = (
            previous_end >= 0 and _AFTER_AMOUNT_RE.fullmatch(masked, previous_end, c.qs) is not None
        )
        previous_end = c.qe if c.unit not in ("percent", "percentage_points") else -1
        if c.change is not None or c.unit not in ("percent", "percentage_points"):
            continue
        word = _SIGN_WORD_BEFORE_RE.search(masked, max(0, c.ns - 12), c.ns)
        if word is None and (c.ns == 0 or masked[c.ns - 1] not in _SIGNS):
            continue
        start = word.start() if word is not None else c.qs
        if not after_amount and _DYNAMICS_BEFORE_RE.search(masked, max(0, start - 90), start) is None:
            continue
        if word is not None:
            # "динамика импорта — минус 4%": the sign in a word, the quote from it
            c.qs = min(c.qs, word.start())
            if word.group(1).lower() in ("минус", "мінус", "minus") and c.value > 0:
                c.value = -c.value
        c.change = "decrease" if c.value < 0 else "increase"
