"""One article body -> sentences, tokens, numeric facts and people, all with offsets into the body;
and the numeric facts of its title, with offsets into the title."""

from __future__ import annotations

from dataclasses import dataclass

from flows.text.numbers import NumberFact, extract_facts
from flows.text.people import PersonMention, extract_people
from flows.text.segment import sentence_index, sentence_spans
from flows.text.similarity import minhash_signature
from flows.text.tokens import HYPHENS, WORD_RE

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


def analyze_body(body: str, title: str | None = None) -> BodyAnalysis:
    """Sentences, tokens, facts, people and signature of ``body``.

    ``title`` (as the parser gave it, None when there is none) only gives ``title_facts``, whose
    offsets point into the title with spaces at both ends trimmed, the title of
    ``marts.articles`` (dbt's ``trim``)."""
    spans = sentence_spans(body)
    starts = [s for s, _ in spans]
    sentences = [(i, s, e, body[s:e]) for i, (s, e) in enumerate(spans)]
    n = len(body)
    # the tokens of token_tuples(body), built here in one pass with their rows (the norm and
    # hyphen_after as token_tuples computes them): this loop runs for every word of every article
    found = [m.span() for m in WORD_RE.finditer(body)]
    found.append((n, n))  # where the gap after the last token ends
    tokens: list[TokenRow] = []
    append = tokens.append
    sent, last_sentence = 0, -1
    next_start = starts[1] if len(starts) > 1 else n + 1
    for idx in range(len(found) - 1):
        s, e = found[idx]
        while s >= next_start:  # tokens come in order: walk the sentences along
            sent += 1
            next_start = starts[sent + 1] if sent + 1 < len(starts) else n + 1
        word = body[s:e]
        append(
            (
                idx,
                sent,
                s,
                e,
                word,
                word.lower().replace("ё", "е"),  # normalize_word
                word[0].isupper(),
                sent != last_sentence,
                e + 1 < n and body[e] in HYPHENS and body[e + 1].isalpha(),  # hyphen_after
                body[s - 1] if s else "",
                body[e : found[idx + 1][0]],
            )
        )
        last_sentence = sent
    facts = [(sentence_index(starts, f.char_start), f) for f in extract_facts(body, sentences=spans)]
    people = [(sentence_index(starts, p.char_start), p) for p in extract_people(body, sentences=spans)]
    signature = minhash_signature([t[5] for t in tokens])
    title_facts = tuple(extract_facts(title.strip(" "))) if title else ()
    return BodyAnalysis(sentences, tokens, facts, people, signature, title_facts)
