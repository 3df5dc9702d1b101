"""Turn the raw bytes of a scraped file into normalized text, or a specific rejection reason.

``decode_bytes`` tries, in order:

1. known binary signatures (PNG, JPEG, GIF, PDF, ZIP, gzip, ELF, ...) -> ``binary: ...``;
2. a byte order mark (UTF-8, UTF-32 LE/BE, UTF-16 LE/BE);
3. UTF-16 without a BOM, recognised by NUL bytes in every other position;
4. a share of control bytes typical of binary data -> ``binary: ...``;
   scattered NUL bytes below that share are dropped (``had_errors``);
5. strict UTF-8 (the fast path; a multibyte character cut off at the very end is dropped);
6. UTF-8 with a few damaged bytes among many valid multibyte characters (``had_errors``);
7. Russian single-byte encodings: cp1251 vs koi8-r, chosen by common-bigram counts;
8. ``charset_normalizer`` for anything else (cp1252, Greek, CJK, ...), limited to encodings
   still met on the web and re-ranked to avoid code pages that put symbols inside words;
9. UTF-8 with replacement when fewer than 1% of the characters are damaged (``had_errors``);
10. otherwise ``undecodable: ...``.

The decoded text goes through ``normalize_text``; nothing left but whitespace -> ``empty: ...``.
All functions are pure: no I/O, no global state besides constant tables.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import unicodedata
from dataclasses import dataclass

import charset_normalizer

__all__ = ["Decoded", "Undecodable", "decode_bytes", "normalize_text"]


class Undecodable(Exception):
    """The bytes are not usable text.

    ``reason`` is ``"<code>: <detail>"`` with code one of ``binary``, ``empty``, ``undecodable``.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    @property
    def code(self) -> str:
        return self.reason.split(":", 1)[0]


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str  # normalized text
    encoding: str  # Python codec name as detected: 'utf-8', 'utf-8-sig', 'utf-16-le', 'cp1251', 'koi8-r', ...
    had_errors: bool  # some bytes were replaced or dropped; the text is a recovery


# --------------------------------------------------------------------------- normalization

# Horizontal Unicode spaces folded to U+0020 (NBSP, Ogham space, en/em/thin/hair spaces, narrow NBSP, ...).
_SPACES = "\u00a0\u1680" + "".join(chr(c) for c in range(0x2000, 0x200B)) + "\u202f\u205f\u3000"
# Line breaks other than LF/CR: vertical tab, form feed, NEL, line and paragraph separators.
_LINE_BREAKS = "\v\f\x85\u2028\u2029"
# Removed outright: C0 controls except TAB/LF/CR (CR is handled first), DEL, C1 controls,
# and invisible format characters (soft hyphen, zero-width space, word joiner, BOM).
_REMOVED = (
    "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r\v\f")
    + "\x7f"
    + "".join(chr(c) for c in range(0x80, 0xA0) if c != 0x85)
    + "\u00ad\u200b\u2060\ufeff"
)
_REPLACEMENTS: dict[str, str] = {
    **{c: " " for c in _SPACES},
    **{c: "\n" for c in _LINE_BREAKS},
    **{c: "" for c in _REMOVED},
}
_SPECIAL_RE = re.compile("[" + re.escape("".join(_REPLACEMENTS)) + "]")
_EXTRA_BLANK_LINES_RE = re.compile(r"\n{4,}")


def _replace_special(m: re.Match[str]) -> str:
    return _REPLACEMENTS[m.group()]


def normalize_text(text: str) -> str:
    """Canonical form of decoded text; idempotent.

    - CRLF and CR -> LF; VT, FF, NEL, U+2028/U+2029 -> LF;
    - NBSP, thin and narrow spaces and other Unicode spaces -> plain space;
    - removed: NUL and other C0/C1 controls (TAB and LF kept), DEL, soft hyphen,
      zero-width space, word joiner, BOM anywhere in the text;
    - NFC;
    - trailing spaces/tabs stripped from every line, at most 2 consecutive blank lines,
      no blank lines at the start or the end, no final newline.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _SPECIAL_RE.search(text) is not None:
        text = _SPECIAL_RE.sub(_replace_special, text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if " \n" in text or "\t\n" in text:
        text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    else:
        text = text.rstrip(" \t")
    if "\n\n\n\n" in text:
        text = _EXTRA_BLANK_LINES_RE.sub("\n\n\n", text)
    return text.strip("\n")


# --------------------------------------------------------------------------- binary detection

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP"),
    (b"PK\x05\x06", "ZIP"),
    (b"PK\x07\x08", "ZIP"),
    (b"\x1f\x8b", "gzip"),
    (b"\x7fELF", "ELF"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2"),
    (b"SQLite format 3\x00", "SQLite"),
    (b"\x00asm", "WebAssembly"),
)
_SIGNATURE_PREFIXES = tuple(sig for sig, _ in _SIGNATURES)

# Bytes that do not occur in text: C0 controls except TAB, LF, FF, CR; and DEL. NUL is included.
_CONTROL_BYTES = bytes(c for c in range(0x20) if c not in b"\t\n\f\r") + b"\x7f"
_CONTROL_CHARS_RE = re.compile("[" + re.escape(_CONTROL_BYTES.decode("ascii")) + "]")
_BINARY_CONTROL_SHARE = 0.05
_SAMPLE = 65536  # statistics are taken over at most this many leading bytes


def _signature(data: bytes) -> str | None:
    if not data.startswith(_SIGNATURE_PREFIXES) and not (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        return None
    if data[:4] == b"RIFF":
        return "WebP"
    return next(name for sig, name in _SIGNATURES if data.startswith(sig))


def _control_share(sample: bytes) -> float:
    return (len(sample) - len(sample.translate(None, _CONTROL_BYTES))) / len(sample)


def _check_text_controls(text: str) -> None:
    """Reject decoded text that is mostly control characters (binary data behind a BOM or NUL pattern)."""
    sample = text[:_SAMPLE]
    if not sample:
        return
    share = len(_CONTROL_CHARS_RE.findall(sample)) / len(sample)
    if share > _BINARY_CONTROL_SHARE:
        raise Undecodable(f"binary: {share:.0%} control characters after decoding")


# --------------------------------------------------------------------------- UTF-16 / UTF-32

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs fill one byte position of the code units and not the other.

    ASCII spaces, digits and punctuation have a NUL high byte in UTF-16; Cyrillic has 0x04. So in
    UTF-16 text one position of each pair holds NULs often, the other almost never.
    """
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    even, odd = sample[0 : 2 * pairs : 2], sample[1 : 2 * pairs : 2]
    even_nuls, odd_nuls = even.count(0), odd.count(0)
    if odd_nuls >= max(2, pairs // 20) and even_nuls * 20 <= odd_nuls:
        encoding, high = "utf-16-le", odd
    elif even_nuls >= max(2, pairs // 20) and odd_nuls * 20 <= even_nuls:
        encoding, high = "utf-16-be", even
    else:
        return None
    # Text in one or two scripts uses few distinct high bytes (0x00 and 0x04 for Russian + ASCII,
    # 0x20 for dashes and quotes); binary data or UTF-8 with stray NULs does not.
    top = sorted((high.count(b) for b in set(high)), reverse=True)[:3]
    return encoding if sum(top) >= 0.9 * pairs else None


def _decode_wide(data: bytes, encoding: str) -> Decoded:
    had_errors = False
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        bad = text.count("\ufffd")
        if bad > max(1, len(text) // 100):
            raise Undecodable(f"undecodable: {bad} invalid {encoding} code units") from None
        had_errors = True
    if "\x00" in text:
        text = text.replace("\x00", "")
        had_errors = True
    _check_text_controls(text)
    return _finish(text, encoding, had_errors)


# --------------------------------------------------------------------------- UTF-8


def _utf8_truncated(data: bytes) -> str | None:
    """Text when the only UTF-8 error is a multibyte character cut off at the very end, else None."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(data) and len(data) - exc.start < 4:
            return data[: exc.start].decode("utf-8")
    return None


def _utf8_damage(data: bytes) -> tuple[int, int]:
    """(invalid bytes, valid non-ASCII characters) when reading ``data`` as UTF-8."""
    kept = data.decode("utf-8", errors="ignore")
    bad = len(data) - len(kept.encode("utf-8"))
    return bad, len(kept) - len(kept.encode("ascii", errors="ignore"))


# --------------------------------------------------------------------------- Russian single-byte encodings

# The 30 most frequent letter bigrams of Russian news text (they cover about a third of all bigrams).
_RU_BIGRAMS = (
    *("ст", "но", "ра", "ни", "та", "на", "ен", "ов", "ро", "ос", "то", "ре", "ру", "ко", "од"),
    *("ел", "ор", "по", "от", "ан", "го", "во", "ск", "ом", "ар", "тв", "со", "он", "ес", "ер"),
)
# Share of bigram hits per Cyrillic letter byte: ~0.35 for the right codec, ~0.04 for the wrong one.
_RU_MIN_SCORE = 0.15
_CYRILLIC_CODECS = ("cp1251", "koi8-r")
_HIGH_LETTER_BYTES = bytes(range(0xC0, 0x100))  # а-я/А-Я in both cp1251 and koi8-r
_CP1251_UPPER_BYTES = bytes(range(0xC0, 0xE0))  # А-Я in cp1251, а-я in koi8-r
_ASCII_LETTERS = bytes(range(0x41, 0x5B)) + bytes(range(0x61, 0x7B))
_RU_SAMPLE = 1024  # ~700 letters: plenty to tell the two apart


def _lowercase_table(encoding: str) -> bytes:
    table = bytearray(range(256))
    for b in range(0x80, 0x100):
        ch = bytes([b]).decode(encoding, errors="ignore")
        if ch and ch.lower() != ch:
            with contextlib.suppress(UnicodeEncodeError):
                table[b] = ch.lower().encode(encoding)[0]
    return bytes(table)


_RU_TABLES = {
    enc: (_lowercase_table(enc), tuple(bg.encode(enc) for bg in _RU_BIGRAMS)) for enc in _CYRILLIC_CODECS
}


def _count(sample: bytes, byte_set: bytes) -> int:
    return len(sample) - len(sample.translate(None, byte_set))


def _bigram_score(sample: bytes, encoding: str) -> int:
    lower, bigrams = _RU_TABLES[encoding]
    lowered = sample.translate(lower)
    return sum(lowered.count(bg) for bg in bigrams)


def _guess_cyrillic(data: bytes) -> str | None:
    """cp1251 or koi8-r when the data reads as Russian in one of them, else None.

    Both put the Russian alphabet in 0xC0-0xFF with the cases swapped, so text in one read as the
    other comes out as a permutation of letters: the common bigrams nearly vanish. Bigrams are
    counted on bytes lowercased with the candidate's own table, so ALL-CAPS headlines score too;
    the candidate whose lowercase range holds most letters is tried first.
    """
    sample = data[:_RU_SAMPLE]
    letters = _count(sample, _HIGH_LETTER_BYTES)
    if letters < 8 or letters < 0.3 * (letters + _count(sample, _ASCII_LETTERS)):
        return None
    upper_in_cp1251 = _count(sample, _CP1251_UPPER_BYTES)  # = lowercase in koi8-r
    order = ("cp1251", "koi8-r") if 2 * upper_in_cp1251 <= letters else ("koi8-r", "cp1251")
    for encoding in order:
        if _bigram_score(sample, encoding) >= _RU_MIN_SCORE * letters:
            return encoding
    return None


def _decode_single_byte(data: bytes, encoding: str, had_errors: bool) -> Decoded:
    try:
        return _finish(data.decode(encoding), encoding, had_errors)
    except UnicodeDecodeError:  # cp1251 leaves 0x98 undefined
        return _finish(data.decode(encoding, errors="replace"), encoding, True)


# --------------------------------------------------------------------------- other encodings

# Encodings still met on the web, most likely first. Restricting charset_normalizer to them keeps it
# from picking rarities such as mac_latin2 or hp_roman8 for short Western European texts.
_WEB_ENCODINGS = (
    *("cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258"),
    *("koi8_r", "koi8_u", "cp866", "iso8859_5", "mac_cyrillic", "cp874"),
    *("gb18030", "big5", "shift_jis", "euc_jp", "iso2022_jp", "euc_kr", "cp949"),
)
# A non-ASCII non-letter between two letters ("Rz\u00b9d" for Polish "Rząd" read as cp1252) is a
# sign of the wrong code page. Apostrophes, hyphens, middle dot and soft hyphen are legitimate there.
_IN_WORD_CANDIDATE_RE = re.compile(r"(?<=\w)[^\x00-\x7f](?=\w)")
_IN_WORD_OK = frozenset("’‐‑·\u00ad")


def _in_word_symbols(text: str) -> int:
    n = 0
    for m in _IN_WORD_CANDIDATE_RE.finditer(text):
        i, ch = m.start(), m.group()
        if not ch.isalpha() and ch not in _IN_WORD_OK and text[i - 1].isalpha() and text[i + 1].isalpha():
            n += 1
    return n


def _guess_other(data: bytes) -> tuple[str, str] | None:
    """(text, codec name) from charset_normalizer, re-ranked: fewest in-word symbols, least chaos,
    most coherence, most common encoding. None when nothing fits."""
    matches = list(charset_normalizer.from_bytes(data, cp_isolation=list(_WEB_ENCODINGS)))
    if not matches:
        return None

    def rank(encoding: str) -> int:
        return _WEB_ENCODINGS.index(encoding) if encoding in _WEB_ENCODINGS else len(_WEB_ENCODINGS)

    texts = {id(m): str(m) for m in matches}
    best = min(
        matches,
        key=lambda m: (
            _in_word_symbols(texts[id(m)]),
            m.chaos,
            -m.coherence,
            rank(m.encoding),
        ),
    )
    # Several code pages may give the very same text: report the most common of them.
    encoding = min(best.could_be_from_charset or [best.encoding], key=rank)
    return texts[id(best)], codecs.lookup(encoding).name


# --------------------------------------------------------------------------- entry point


def _finish(text: str, encoding: str, had_errors: bool) -> Decoded:
    normalized = normalize_text(text)
    if not normalized.strip():
        raise Undecodable(f"empty: only whitespace after decoding as {encoding}")
    return Decoded(normalized, encoding, had_errors)


def decode_bytes(data: bytes) -> Decoded:
    """Decode and normalize the bytes of a scraped text file. Raises ``Undecodable``."""
    if not data:
        raise Undecodable("empty: 0 bytes")
    kind = _signature(data)
    if kind is not None:
        raise Undecodable(f"binary: {kind} signature")

    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding == "utf-8-sig":
                break  # plain UTF-8 handling below, reported as utf-8-sig
            return _decode_wide(data[len(bom) :], encoding)
    else:
        bom = b""
    body = data[len(bom) :]
    utf8_name = "utf-8-sig" if bom else "utf-8"

    sample = body[:_SAMPLE]
    had_errors = False
    if b"\x00" in body:
        wide = _utf16_without_bom(sample)
        if wide is not None:
            return _decode_wide(body, wide)
    if not body or body.isspace():
        raise Undecodable(f"empty: {len(data)} bytes of whitespace")
    share = _control_share(sample)
    if share > _BINARY_CONTROL_SHARE:
        raise Undecodable(f"binary: {share:.0%} control bytes")
    if b"\x00" in body:
        body = body.replace(b"\x00", b"")
        sample = body[:_SAMPLE]
        had_errors = True

    try:
        return _finish(body.decode("utf-8"), utf8_name, had_errors)
    except UnicodeDecodeError:
        pass
    text = _utf8_truncated(body)
    if text is not None:
        return _finish(text, utf8_name, True)
    bad, non_ascii = _utf8_damage(body)
    if bad <= max(1, len(body) // 100) and non_ascii >= 10 * bad:
        return _finish(body.decode("utf-8", errors="replace"), utf8_name, True)

    cyrillic = _guess_cyrillic(body)
    if cyrillic is not None:
        return _decode_single_byte(body, cyrillic, had_errors)

    guess = _guess_other(body)
    if guess is not None:
        decoded, encoding = guess
        _check_text_controls(decoded)
        return _finish(decoded, encoding, had_errors)

    text = body.decode("utf-8", errors="replace")
    if text.count("\ufffd") < len(text) / 100:
        return _finish(text, utf8_name, True)
    raise Undecodable(f"undecodable: no encoding fits ({bad} invalid UTF-8 bytes in {len(body)})")
