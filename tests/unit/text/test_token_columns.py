"""``token_tuples`` built column by column is the per-token definition, token by token."""

from __future__ import annotations

import pytest

from flows.text.tokens import HYPHENS, WORD_RE, hyphens_after, normalize_word, normalize_words, token_tuples


def _one_at_a_time(text: str) -> list[tuple[int, int, str, str, bool]]:
    n = len(text)
    out = []
    for m in WORD_RE.finditer(text):
        s, e = m.span()
        hyphen = e + 1 < n and text[e] in HYPHENS and text[e + 1].isalpha()
        out.append((s, e, m.group(), normalize_word(m.group()), hyphen))
    return out


TEXTS = [
    "",
    "   \n",
    "2024 — 15,5%",
    "Белорусско-китайского товарооборота (рост — 12%) хватило.",
    "ОДИССЕЙ ΣΟΦΟΣ и ΣΟΦΟΣ. Σ",  # final sigma lowers by its context
    "В'єтнам, сім’я і сямʼя; Japan's share, 'Мінськ' і Київ'",
    "x²-y, Ⅳ-й, ½ доли, слово-",
    "Ёлки‐палки‑ёжик‒край–конец-",  # every hyphen of HYPHENS, one at the end
    "Қазақстан-Ресей, Łódź-Gdańsk, ąę-",
    "a-1 b- c -d e--f",
    "Шаг‐\nвперёд",
]


@pytest.mark.parametrize("text", TEXTS)
def test_token_tuples_are_the_tokens_read_one_at_a_time(text):
    assert token_tuples(text) == _one_at_a_time(text)


def test_normalize_words_is_normalize_word_of_each():
    for text in TEXTS:
        words = WORD_RE.findall(text)
        assert normalize_words(words, text) == [normalize_word(w) for w in words]


def test_a_hyphen_after_a_token_needs_a_letter_after_it():
    text = "ab-cd ef- gh-1 ij-"
    ends = [m.end() for m in WORD_RE.finditer(text)]
    assert hyphens_after(text, ends) == [True, False, False, False, False]
