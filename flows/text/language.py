"""Language of an article body (ISO 639-1), with py3langid's bundled model."""

from __future__ import annotations

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


@cache
def _identifier():  # loading the model takes ~0.3 s: once per process
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    ident.set_languages(_LANGUAGES)
    return ident


def detect_language(text: str) -> str | None:
    sample = text[:600]  # enough for a stable answer; the cost grows with length
    if not _letters_at_least(sample, 20):
        return None
    lang, _ = _identifier().classify(sample)
    return lang


def _letters_at_least(text: str, n: int) -> bool:
    """Whether ``text`` holds ``n`` letters (``str.isalpha``) or more; stops at the ``n``-th."""
    for ch in text:
        if ch.isalpha():
            n -= 1
            if n <= 0:
                return True
    return n <= 0
