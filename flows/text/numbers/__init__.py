"""Numeric facts in news text (Russian first; scale words, currencies and counted nouns of be, uk, pl, kk, en too).

The package is organised as lexicon, patterns, scanner, resolver and result type:
:mod:`.units` (units, currencies, scale words per language: data shared with dbt and the
Great Expectations suite), :mod:`.lexicon` (number words, hedges, change verbs, modality cues,
metric keywords), :mod:`.patterns` (regexes built from both), :mod:`.scan` (number phrases),
:mod:`.resolve` (metric, currency from context, period, modality, sign) and :mod:`.types`.

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
  no-break or thin space, or by dots as in ``1.500.000``; with both marks, the last is the
  decimal one: ``1,234.5``, ``1.234,5``), number words in any case
  (``пятью``, ``двадцать пять``, ``полтора``, ``три десятка``, in capitals too; English
  ``five``, ``twenty-five``, ``twenty five``, ``two dozen``), fractions
  (``одну четверть``, ``две трети``: unit ``fraction``), ``дважды``/``трижды`` (count),
  ordinal words before a rank noun (``третий торговый партнер``), a bare scale word after a hedge or
  before a currency (``не опускается ниже миллиарда``), ``в десятку/тройку/топ-10``
  (rank, ``<=``), ordinals written with digits (``12-м российским регионом``) and
  multiples (``в 2 раза``, ``вдвое``).
* A number with neither a unit nor a counted noun phrase is not a fact, with one
  exception: an amount with a scale word ("1,5 млрд", "миллиарда") is money whose
  currency is taken from a money fact about the same metric in the same, next or
  previous sentence (then from the only currency used in the same sentence). When
  none is found the fact is kept with the ISO 4217 "no currency" code ``XXX`` if its
  metric is a money metric (trade turnover, export, import, investment), else dropped;
  ``XXX`` is never valid (the audit flags it). A currency noun that several countries use
  (крона, песо) without an adjective or country is ``XXX`` too.
* A minus glued to the number (``-3,4%``, ``−215``), the word ``минус`` or a balance called
  negative (``отрицательное сальдо в 80 млн``) makes ``value`` negative.
* ``до`` alone is "up to" (``<=``); after a change or target verb (``вырос до``, ``довести
  товарооборот до``) it is the end of the change (``change='to'``, ``'='``). ``modality`` is
  ``target`` or ``forecast`` when a cue before the number in its sentence (its quote included)
  says so (``планируют``, ``предложила довести``, ``ожидается``, ``вырастет``); ``forecast`` when
  the verb of its clause is in the future (``составят``, ``становитиме``, ``wyniesie``, ``жетеді``)
  or its period names a time to come (``к 2030 году``, ``в ближайшие три года``); else ``actual``.
  ``удалось``/``позволило`` make the plan words before them and the verb they govern actual.
* Ranges ``10-11 млрд`` / ``от 10 до 11 млрд`` are one fact (``value`` is the low end,
  ``value_high`` the high end). A change written ``с 41% до 57%`` gives two facts,
  ``с 41%`` with ``change='from'`` and ``до 57%`` with ``change='to'``, both ``'='``.
  ``вырос на 10%`` and ``на 4,3% больше`` are one fact with ``change='increase'``, as are
  the other word orders (``На 12% выросли поставки``, ``увеличился в 2025 году на 5%``, ``рост
  товарооборота составил 15%``, ``rose 3 percent``, ``up 4.2%``, ``wzrosły o 8%``);
  ``вырос до 57%`` is ``'to'``. Percentages, multiples and fractions that are changes get the
  metric of the flow their clause names (``Экспорт вырос на 10%``: ``export``; ``Товарооборот
  составил 5 млрд, что на 18% больше``: ``trade_turnover``), else ``growth`` (a change of what the
  text does not say); the direction is in ``change``. A percentage is never the level of a flow.
* A currency name several countries use (сом, рубль, манат, динар) is told by the countries
  the sentence, else the text, names; when it cannot be told it is ``XXX``.
* A period referred back to (``за этот период``, ``за тот же период``) is that of the last figures
  of the same subject before (the same metric, or a flow of the same trade), else the one period of
  the sentence before when that states no figure; never a period of another subject.
* A counted noun phrase is read with the Russian morphology (adjectives + noun + one
  genitive noun); where it reads none, the nouns of :data:`lexicon.COUNTED_NOUNS` (English,
  Polish, Ukrainian, Belarusian: ``30 agreements``, ``12 joint ventures``, ``five memoranda of
  understanding``, ``30 umów``, ``12 спільних підприємств``, ``30 пагадненняў``) after up to
  two modifier words that are not stop words (``30 of the agreements`` is not read).
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
  as the ``period`` of facts in the same sentence; so are years with a case ending ("в
  2025-м", "за 2024-й") and a year left out before a dash where a second figure answers a
  first ("в прошлом году 3 млрд, в этом — 3,6 млрд"), which give that figure its own period.

The keyword table that assigns the ``metric`` is :data:`METRIC_KEYWORDS`.
"""

from flows.text.numbers.extract import extract_facts
from flows.text.numbers.lexicon import METRIC_KEYWORDS
from flows.text.numbers.types import MetricRule, NumberFact

__all__ = ["METRIC_KEYWORDS", "MetricRule", "NumberFact", "extract_facts"]
