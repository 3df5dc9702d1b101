"""Language of an article body (ISO 639-1), with py3langid's bundled model and a prior for the
press Dyad reads."""

from __future__ import annotations

import math
from functools import cache

_LANGUAGES = [
    "ru",
    "be",
    "uk",
    "kk",
    "en",
    "de",
    "fr",
    "pl",
    "es",
    "it",
    "zh",
    "tr",
    "lt",
    "lv",
    "et",
    "ro",
    "hy",
    "ka",
    "az",
    "uz",
    "ky",
    "tg",
    "sr",
    "bg",
    "cs",
]

# The share of each language expected among the articles (mostly Russian; then the other
# languages of the region's press; every other language of the list alike). Added to the model's
# log-probabilities, it decides only near ties, which short texts give: a two-sentence Russian
# note the model scores a hair above Bulgarian is Russian; a Bulgarian one, tens of units apart,
# stays Bulgarian.
_PRESS_LANGUAGES = {"ru": 0.55, "uk": 0.07, "be": 0.07, "kk": 0.07, "pl": 0.07, "en": 0.07}
_OTHER_SHARE = (1 - sum(_PRESS_LANGUAGES.values())) / (len(_LANGUAGES) - len(_PRESS_LANGUAGES))
_LOG_PRIOR = {lang: math.log(_PRESS_LANGUAGES.get(lang, _OTHER_SHARE)) for lang in _LANGUAGES}


_WALKS_MAX = 1 << 15  # walks of the model's automaton remembered (about 12 MB), then forgotten all at once


@cache
def _identifier():  # loading the model takes ~0.3 s: once per process
    from collections import Counter

    import numpy
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    class Identifier(LanguageIdentifier):
        """py3langid's identifier whose feature counts (its automaton's walk over the text's
        bytes, ``py3langid.langid.visit_counts``) are read a space-separated piece at a time, each
        ``(state, piece)`` walked once per process: the walk from a state over the same bytes
        always ends in the same state with the same features, so the counts are the same, in the
        same order, and so are the scores. Common words make most pieces, and the model's
        tables (39 MB) are read far less."""

        __slots__ = ("_walks",)

        def _raw_score(self, text):
            visits = self._visits(text) if isinstance(text, bytes) else None
            if visits:
                return self._sparse_score(visits, self.nb_ptc)
            return super()._raw_score(text)

        def _sparse_score(self, visits, table):
            """py3langid's score of the feature counts ``visits``, the table's rows read by
            ``take`` (the same rows, copied sooner than by an index array)."""
            idx = numpy.fromiter(visits.keys(), dtype=numpy.intp, count=len(visits))
            counts = numpy.fromiter(visits.values(), dtype=numpy.float32, count=len(visits))
            return numpy.log1p(counts) @ table.take(idx, axis=0) + self.nb_pc

        def _visits(self, text: bytes) -> Counter | None:
            nextmove, rowbase, output, walks = self.tk_nextmove, self._rowbase, self.tk_output, self._walks
            if len(walks) >= _WALKS_MAX:
                walks.clear()
            found: list[int] = []
            state = 0
            for i, piece in enumerate(text.split(b" ")):
                if i:  # the space before the piece
                    state = nextmove[rowbase[state] + 32]
                    if output[state] >= 0:
                        found.append(output[state])
                walk = walks.get((state, piece))
                if walk is None:
                    at, features = state, []
                    for byte in piece:
                        at = nextmove[rowbase[at] + byte]
                        if output[at] >= 0:
                            features.append(output[at])
                    walk = walks[(state, piece)] = (at, tuple(features))
                state = walk[0]
                found += walk[1]
            return Counter(found) if found else None

    ident = Identifier.from_model_file(MODEL_FILE)
    ident._walks = {}
    ident.set_languages(_LANGUAGES)
    # The languages' columns of the feature table (float16, stored column by column) as float32
    # row by row: the score gathers a row per feature of the text and multiplies it as float32,
    # to which every float16 converts exactly; read row by row the gather costs less, and no
    # text's rows are converted again. The same numbers in the same order: the same scores.
    ident.nb_ptc = numpy.ascontiguousarray(ident.nb_ptc, dtype=numpy.float32)
    return ident


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text`` (its first 600 characters), one of
    ``_LANGUAGES``; None for fewer than 20 letters. The model's log-probability of each language
    plus the log of its expected share (``_PRESS_LANGUAGES``): the best sum wins."""
    sample = text[:600]  # enough for a stable answer; the cost grows with length
    if not _letters_at_least(sample, 20):
        return None
    return max(_identifier().rank(sample), key=lambda ranked: ranked[1] + _LOG_PRIOR[ranked[0]])[0]


def _letters_at_least(text: str, n: int) -> bool:
    """Whether ``text`` holds ``n`` letters (``str.isalpha``) or more; stops at the ``n``-th."""
    for ch in text:
        if ch.isalpha():
            n -= 1
            if n <= 0:
                return True
    return n <= 0
