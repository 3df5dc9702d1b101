"""One article body -> sentences, tokens, numeric facts and people, all with offsets into the body;
and the numeric facts of its title, with offsets into the title."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from operator import itemgetter

from flows.text.numbers import NumberFact, extract_facts
from flows.text.people import PersonMention, extract_people
from flows.text.segment import sentence_index, sentence_spans
from flows.text.similarity import minhash_signature
from flows.text.tokens import hyphens_after, normalize_words, split_tokens

_FIRST = itemgetter(0)
_LAST = itemgetter(slice(-1, None))

SentenceRow = tuple[int, int, int, str]  # sentence_idx, char_start, char_end, text
TokenRow = tuple[int, int, int, int, str, str, bool, bool, bool, str, str]
# token_idx, sentence_idx, char_start, char_end, token, token_norm, is_capitalized, is_sentence_start,
# hyphen_after, char_before (body[char_start - 1], "" at the start), gap_after (the body between
# this token and the next, to the end of the body after the last): with these SQL reads the text
# around and between tokens without slicing the body, which costs time proportional to the offset.


@dataclass(frozen=True, slots=True)
class BodyAnalysis:
    sentences: list[SentenceRow]
    tokens: list[TokenRow]
    facts: list[tuple[int, NumberFact]]  # (sentence_idx, fact): offsets into the body
    people: list[tuple[int, PersonMention]]
    signature: list[int]  # MinHash of word 3-grams, for near-duplicate detection
    title_facts: tuple[NumberFact, ...] = ()  # facts of the title: offsets into the title
    # the title as sentence TITLE_SENTENCE and its tokens (token_idx -n..-1): offsets into the title
    title_sentence: SentenceRow | None = None
    title_tokens: list[TokenRow] | None = None


# The title's sentence_idx in raw.sentences, raw.tokens and raw.number_mentions: the body's
# sentences count from 0, so every model reads the title as one more sentence, before the body.
TITLE_SENTENCE = -1


def analyze_body(body: str, title: str | None = None) -> BodyAnalysis:
    """Sentences, tokens, facts, people and signature of ``body``.

    ``title`` (as the parser gave it, None when there is none) gives ``title_facts``,
    ``title_sentence`` and ``title_tokens``, whose offsets point into the title with spaces at
    both ends trimmed, the title of ``marts.articles`` (dbt's ``trim``)."""
    (analysis,) = analyze_bodies([(body, title)])
    if isinstance(analysis, Exception):
        raise analysis
    return analysis


def analyze_bodies(articles: Sequence[tuple[str, str | None]]) -> list[BodyAnalysis | Exception]:
    """``analyze_body(body, title)`` of each ``(body, title)``, in order, computed step by step:
    one step (sentences, tokens, facts, people, signature, title) over every body before
    the next, so that each step's code and tables stay in the CPU caches. For a body whose
    analysis raises, the exception instead (that of the first step that raised: the later steps
    are not run for it), as ``analyze_body`` would raise it."""
    out: list[BodyAnalysis | Exception | None] = [None] * len(articles)
    bodies = [body for body, _ in articles]
    spans = _step(out, sentence_spans, bodies)
    rows = _step(out, _rows, bodies, spans)
    facts = _step(out, _facts, bodies, spans)
    people = _step(out, _people, bodies, spans)
    signatures = _step(out, minhash_signature, [r[2] if r else None for r in rows])
    titles = _step(out, _title, [title for _, title in articles])
    for i, error in enumerate(out):
        if error is None:
            sentences, tokens, _ = rows[i]
            out[i] = BodyAnalysis(sentences, tokens, facts[i], people[i], signatures[i], *titles[i])
    return out  # type: ignore[return-value]


def _step(out: list, fn: Callable, *columns: list) -> list:
    """``fn(*args)`` for the arguments of each body (``columns``: one list per argument) whose
    analysis has not failed (``out[i]`` None); where it raises, the exception goes to ``out[i]``
    and the result is None."""
    results: list = [None] * len(out)
    for i, args in enumerate(zip(*columns, strict=True)):
        if out[i] is None:
            try:
                results[i] = fn(*args)
            except Exception as exc:
                out[i] = exc
    return results


def _rows(body: str, spans: list[tuple[int, int]]) -> tuple[list[SentenceRow], list[TokenRow], list[str]]:
    """The sentence rows, token rows and token norms of ``body``."""
    sentences = [(i, s, e, body[s:e]) for i, (s, e) in enumerate(spans)]
    tokens, norms = _token_rows(body, [s for s, _ in spans])
    return sentences, tokens, norms


def _facts(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, NumberFact]]:
    starts = [s for s, _ in spans]
    return [(sentence_index(starts, f.char_start), f) for f in extract_facts(body, sentences=spans)]


def _people(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, PersonMention]]:
    starts = [s for s, _ in spans]
    return [(sentence_index(starts, p.char_start), p) for p in extract_people(body, sentences=spans)]


def _title(title: str | None) -> tuple[tuple[NumberFact, ...], SentenceRow | None, list[TokenRow]]:
    """The title's facts, sentence row and token rows (``BodyAnalysis``)."""
    title = title.strip(" ") if title else ""
    title_facts = tuple(extract_facts(title)) if title else ()
    title_sentence, title_tokens = _title_rows(title)
    return title_facts, title_sentence, title_tokens


def _title_rows(title: str) -> tuple[SentenceRow | None, list[TokenRow]]:
    """The title (spaces at both ends trimmed, as ``marts.articles.title``) as one sentence,
    ``TITLE_SENTENCE``, and its token rows, tokenized as the body is, numbered ``-n..-1`` so that
    they keep their order and never share a number with the body's; ``(None, [])`` without a word."""
    rows = token_rows(title, [0])
    if not rows:
        return None, []
    n = len(rows)
    tokens = [(idx - n, TITLE_SENTENCE, *rest) for idx, _, *rest in rows]
    return (TITLE_SENTENCE, 0, len(title), title), tokens


def token_rows(body: str, starts: list[int]) -> list[TokenRow]:
    """The token rows of ``body`` (the tokens of ``token_tuples(body)``, with the norm and
    ``hyphen_after`` as it computes them), given ``starts``, the start offsets of its sentences
    in order (``sentence_spans``); ``[]`` for a body without a word.

    Built column by column from one split of the body into gaps and words: this runs for every
    word of every article."""
    return _token_rows(body, starts)[0]


def _token_rows(body: str, starts: list[int]) -> tuple[list[TokenRow], list[str]]:
    """``token_rows(body, starts)`` and the norms of its tokens, in order."""
    pieces = split_tokens(body)  # gap, word, gap, word, ..., gap: gaps between words not empty
    words = pieces[1::2]
    count = len(words)
    if not count:
        return [], []
    gaps = pieces[0::2]
    offsets = list(accumulate(map(len, pieces)))
    token_starts = offsets[0:-1:2]
    token_ends = offsets[1::2]
    # sentence k (k >= 1) holds the tokens from the first that starts at or after starts[k]
    firsts = [False] * count
    sents: list[int] = []
    done = 0
    for k in range(1, len(starts)):
        first = bisect_left(token_starts, starts[k], done)
        sents += [k - 1] * (first - done)
        if first < count:
            firsts[first] = True
        done = first
    sents += [len(starts) - 1 if starts else 0] * (count - done)
    firsts[0] = True
    hyphen_after = hyphens_after(body, token_ends)
    norms = normalize_words(words, body)
    rows = list(
        zip(
            range(count),
            sents,
            token_starts,
            token_ends,
            words,
            norms,
            map(str.isupper, map(_FIRST, words)),
            firsts,
            hyphen_after,
            map(_LAST, gaps[:-1]),  # the character before: "" at the start of the body
            gaps[1:],
            strict=True,
        )
    )
    return rows, norms
