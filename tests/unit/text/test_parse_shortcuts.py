"""The shorter ways the parse stage takes give what the plain ones give: tokens split with the
letters listed, words counted up to a threshold, a body's identity, a page's Telegram channel,
hyphens found by ``str.find``."""

from __future__ import annotations

import hashlib
import random
import re
from bisect import bisect_left

from flows.text.article import SELF_NAME_RE, _channel_name, _words, _words_at_least, body_id
from flows.text.tokens import _PLAIN_CODES, HYPHEN_RE, SPLIT_RE, hyphens_after, split_tokens


def _strings(pool: list[str], n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pool) for _ in range(rnd.randint(0, 30))) for _ in range(n)]


def test_tokens_split_with_the_letters_listed_are_those_of_the_word_pattern():
    pool = [chr(c) for c in _PLAIN_CODES[::7]] + list("'’ʼ   аБвaяЖ-1_") + ["😀", "ა", "中", "\u0301"]
    texts = [*_strings(pool, 5000, 1), "В'єтнам Мар’яна сям'я", "don't", "Σ ΑΣ", "x", ""]
    for text in texts:
        assert split_tokens(text) == SPLIT_RE.split(text), text


def test_words_at_least_is_the_count_of_words_compared():
    for text in _strings(list("ab юя 1 _ - . ,\n"), 5000, 2):
        for n in (1, 2, 3, 8):
            assert _words_at_least(text, n) == (_words(text) >= n), (text, n)


def test_body_id_is_the_hash_of_the_body_with_its_whitespace_normalized():
    pool = [*"ab \n\t\u00a0\u2028\u3000\x1c\u00ad", "\n\n", "  "]
    for body in _strings(pool, 5000, 3):
        expected = hashlib.sha256(" ".join(body.split()).encode("utf-8")).hexdigest()[:16]
        assert body_id(body) == expected, repr(body)


def test_the_channel_name_is_that_of_a_search_through_the_page():
    pool = ["Telegram", "Телеграм", "ТЕЛЕГРАМ", "telegram", "-", " ", "\n", "канал", "КАНАЛЕ", "канала"]
    pool += ["«", "»", "Новости", "ab", "İ", "ᲄелеграм", "  "]
    for text in _strings(pool, 5000, 4):
        found, expected = _channel_name(text), SELF_NAME_RE.search(text)
        assert (found and found.span(), found and found.groupdict()) == (
            expected and expected.span(),
            expected and expected.groupdict(),
        ), text


def test_hyphens_found_by_find_are_those_of_the_pattern():
    for text in _strings(list("ab -‐‑‒–—1 "), 3000, 5):
        ends = [m.end() for m in re.finditer(r"[^\W\d_]+", text)]
        expected = [False] * len(ends)
        for m in HYPHEN_RE.finditer(text):
            i = bisect_left(ends, m.start())
            if i < len(ends) and ends[i] == m.start():
                expected[i] = m.start() + 1 < len(text) and text[m.start() + 1].isalpha()
        assert hyphens_after(text, ends) == expected, text
