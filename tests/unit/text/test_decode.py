"""flows.text.decode: bytes of scraped files -> normalized text or a rejection reason."""

from __future__ import annotations

import codecs
import gzip
import random
import struct
import unicodedata

import pytest

from flows.text import decode as decode_module
from flows.text.decode import Decoded, Undecodable, decode_bytes, normalize_text
from tests.conftest import PROJECT_ROOT

SEED = PROJECT_ROOT / "seeds" / "002_f7808c3b0d4d12dc.txt"
RU = SEED.read_text(encoding="utf-8")
RU_NORM = normalize_text(RU)
RU_SHORT = RU[RU.index("Взаимодействие") :][:200]  # a sentence from the article body, ~200 chars


def reason_of(data: bytes) -> str:
    with pytest.raises(Undecodable) as info:
        decode_bytes(data)
    return info.value.reason


# --------------------------------------------------------------------------- the same article, many encodings


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        pytest.param(RU.encode("utf-8"), "utf-8", id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + RU.encode("utf-8"), "utf-8-sig", id="utf-8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + RU.encode("utf-16-le"), "utf-16-le", id="utf-16-bom-le"),
        pytest.param(codecs.BOM_UTF16_BE + RU.encode("utf-16-be"), "utf-16-be", id="utf-16-bom-be"),
        pytest.param(RU.encode("utf-16"), "utf-16-le", id="utf-16-python-default"),
        pytest.param(RU.encode("utf-16-le"), "utf-16-le", id="utf-16-le-no-bom"),
        pytest.param(RU.encode("utf-16-be"), "utf-16-be", id="utf-16-be-no-bom"),
        pytest.param(codecs.BOM_UTF32_LE + RU.encode("utf-32-le"), "utf-32-le", id="utf-32-bom-le"),
        pytest.param(RU.encode("cp1251"), "cp1251", id="cp1251"),
        pytest.param(RU.encode("koi8-r"), "koi8-r", id="koi8-r"),
        pytest.param(RU.replace("\n", "\r\n").encode("utf-8"), "utf-8", id="utf-8-crlf"),
        pytest.param(RU.replace("\n", "\r\n").encode("cp1251"), "cp1251", id="cp1251-crlf"),
        pytest.param(RU.replace("\n", "\r").encode("koi8-r"), "koi8-r", id="koi8-r-cr"),
        pytest.param(RU.replace("\n", "\r\n").encode("utf-16"), "utf-16-le", id="utf-16-crlf"),
    ],
)
def test_same_article_in_every_encoding_decodes_identically(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded == Decoded(RU_NORM, encoding, had_errors=False)


def test_seed_text_is_already_normal_apart_from_the_final_newline() -> None:
    assert RU.rstrip("\n") == RU_NORM
    assert "Алейник" in RU_NORM


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
@pytest.mark.parametrize("transform", [str, str.upper], ids=["as-is", "all-caps"])
def test_short_single_byte_cyrillic(encoding: str, transform) -> None:
    sample = transform(RU_SHORT)
    assert 150 <= len(sample) <= 200
    decoded = decode_bytes(sample.encode(encoding))
    assert decoded == Decoded(normalize_text(sample), encoding, had_errors=False)


def test_cp1251_undefined_byte_is_replaced() -> None:
    data = RU_SHORT.encode("cp1251")
    decoded = decode_bytes(data[:50] + b"\x98" + data[50:])  # 0x98 has no character in cp1251
    assert decoded.encoding == "cp1251"
    assert decoded.had_errors
    assert decoded.text == RU_SHORT[:50] + "\ufffd" + RU_SHORT[50:]


# --------------------------------------------------------------------------- damaged UTF-8


def test_broken_byte_in_the_middle_is_replaced() -> None:
    data = bytearray(RU.encode("utf-8"))
    pos = len(data) // 2
    while data[pos] < 0xC0:  # move to the lead byte of a multibyte character
        pos += 1
    char_index = len(data[:pos].decode("utf-8"))
    data[pos] = 0xFF  # an invalid byte and the orphaned continuation byte: one U+FFFD each
    decoded = decode_bytes(bytes(data))
    assert decoded.encoding == "utf-8"
    assert decoded.had_errors
    expected = RU[:char_index] + "\ufffd\ufffd" + RU[char_index + 1 :]
    assert decoded.text == normalize_text(expected)


def test_truncated_final_multibyte_character_is_dropped() -> None:
    text = RU.rstrip() + " Беларусь"
    data = text.encode("utf-8")[:-1]  # cut the last "ь" (2 bytes) in half
    decoded = decode_bytes(data)
    assert decoded == Decoded(normalize_text(text[:-1]), "utf-8", had_errors=True)


def test_truncated_short_ascii_text() -> None:
    decoded = decode_bytes("Hello, мир".encode()[:-1])
    assert decoded == Decoded("Hello, ми", "utf-8", had_errors=True)


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251"])
def test_scattered_nul_bytes_are_dropped(encoding: str) -> None:
    data = RU.encode(encoding)
    damaged = data[:100] + b"\x00" + data[100:2000] + b"\x00\x00" + data[2000:] + b"\x00"
    decoded = decode_bytes(damaged)
    assert decoded == Decoded(RU_NORM, encoding, had_errors=True)


def test_nul_code_units_in_utf16_are_dropped() -> None:
    data = codecs.BOM_UTF16_LE + (RU[:500] + "\x00" + RU[500:]).encode("utf-16-le")
    assert decode_bytes(data) == Decoded(RU_NORM, "utf-16-le", had_errors=True)


# --------------------------------------------------------------------------- rejections


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a", "GIF"),
        (b"%PDF-1.7\n", "PDF"),
        (b"PK\x03\x04", "ZIP"),
        (b"\x7fELF\x02\x01\x01", "ELF"),
    ],
)
def test_binary_signatures(header: bytes, kind: str) -> None:
    data = header + random.Random(1).randbytes(2000)
    assert reason_of(data) == f"binary: {kind} signature"


def test_png_header_plus_random_bytes_is_binary() -> None:
    assert reason_of(b"\x89PNG\r\n\x1a\n" + random.Random(0).randbytes(4096)).startswith("binary:")


def test_gzip_of_text_is_binary_not_text() -> None:
    assert reason_of(gzip.compress(RU.encode())) == "binary: gzip signature"


@pytest.mark.parametrize("size", [64, 512, 5000, 100_000])
@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_random_bytes_are_rejected(size: int, seed: int) -> None:
    data = random.Random(seed).randbytes(size)
    assert reason_of(data).split(":")[0] in {"binary", "undecodable"}


def test_control_bytes_without_signature_are_binary() -> None:
    data = bytes(range(32)) * 20 + RU.encode()[:200]
    reason = reason_of(data)
    assert reason.startswith("binary: ") and reason.endswith("control bytes")


def test_binary_behind_a_utf16_bom_is_binary() -> None:
    data = codecs.BOM_UTF16_LE + struct.pack("<600H", *([1, 2, 3, 17, 30, 0] * 100))
    assert reason_of(data).startswith("binary:")


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   ",
        b" \n\t\r\n  \n",
        codecs.BOM_UTF8,
        codecs.BOM_UTF8 + b"\r\n",
        " \n ".encode("utf-16"),
        "\u00a0\u2009\u200b\ufeff\n".encode(),
    ],
    ids=["empty", "spaces", "mixed-ws", "bom-only", "bom-crlf", "utf-16-ws", "unicode-spaces"],
)
def test_empty_and_whitespace_only(data: bytes) -> None:
    assert reason_of(data).startswith("empty: ")


def test_undecodable_carries_reason() -> None:
    exc = Undecodable("binary: 38% control bytes")
    assert exc.reason == "binary: 38% control bytes"
    assert str(exc) == exc.reason
    assert exc.code == "binary"


# --------------------------------------------------------------------------- other languages


def test_english_ascii() -> None:
    text = "The quick brown fox jumps over the lazy dog.\nIt's 5 o'clock, isn't it?"
    assert decode_bytes(text.encode("ascii")) == Decoded(text, "utf-8", had_errors=False)
    assert decode_bytes(text.encode("utf-16")) == Decoded(text, "utf-16-le", had_errors=False)


GERMAN = (
    "Die Bundesregierung hat am Donnerstag beschlossen, die Förderung für Wärmepumpen zu verlängern. "
    "Größere Änderungen würden erst später folgen, hieß es aus dem Ministerium. Übrigens: "
    "Die Bürger in München und Köln äußerten sich überwiegend zufrieden."
)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_german_in_single_byte_encodings(encoding: str) -> None:
    decoded = decode_bytes(GERMAN.encode(encoding))
    assert decoded.text == GERMAN
    assert decoded.encoding in {"cp1252", "iso8859-1", "iso8859-15"}
    assert not decoded.had_errors


def test_german_utf8() -> None:
    assert decode_bytes(GERMAN.encode()) == Decoded(GERMAN, "utf-8", had_errors=False)


def test_french_cp1252_is_not_read_as_a_central_european_code_page() -> None:
    text = "Il était une fois, à Paris, un garçon très curieux qui voulait découvrir le cœur de la ville."
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"


# --------------------------------------------------------------------------- normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\u00a0b", "a b"),  # NBSP
        ("5\u2009000 руб", "5 000 руб"),  # thin space
        ("10\u202f%", "10 %"),  # narrow NBSP
        ("em\u2003space\u3000ideographic", "em space ideographic"),
        ("zero\u200bwidth", "zerowidth"),
        ("in\ufefftext", "intext"),
        ("\ufeffleading BOM", "leading BOM"),
        ("при\u00adмер", "пример"),  # soft hyphen
        ("a\x00b\x07c\x1bd\x7fe", "abcde"),  # NUL, BEL, ESC, DEL
        ("tab\tkept", "tab\tkept"),
        ("c1\x9bcontrol", "c1control"),
        ("line1\r\nline2\rline3", "line1\nline2\nline3"),
        ("page\fbreak", "page\nbreak"),
        ("sep\u2028line\u2029para", "sep\nline\npara"),
        ("trailing   \nspaces\t \nend  ", "trailing\nspaces\nend"),
        ("a\n\n\n\n\n\nb", "a\n\n\nb"),  # at most two blank lines
        ("a\n \n\t\n  \n \nb", "a\n\n\nb"),  # whitespace-only lines count as blank
        ("\n\n  \nbody\n\n\n", "body"),
        ("  indented", "  indented"),
        ("cafe\u0301", "café"),  # NFC
        ("и\u0306од", "йод"),  # decomposed й composed
        ("ё", "ё"),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        RU,
        RU.replace("\n", "\r\n").replace(" ", "\u00a0", 50),
        " a \u00a0\n\n\n\n\u200b\n b\u2009\t\r\n\x00\n\n\n",
        "x" + "\n \t \u3000 " * 10 + "y",
        "е\u0308 и\u0306",
    ],
)
def test_normalize_text_is_idempotent_and_nfc(raw: str) -> None:
    once = normalize_text(raw)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert "\r" not in once and "\u00a0" not in once and "\u200b" not in once


def test_decoded_text_is_normalized() -> None:
    raw = "Минск\u00a0— столица.\u200b  \r\n\r\n\r\n\r\n\r\nКонец\u2009текста \r\n"
    assert decode_bytes(raw.encode("cp1251", errors="ignore")).text == normalize_text(
        raw.encode("cp1251", errors="ignore").decode("cp1251")
    )
    assert decode_bytes(raw.encode()).text == "Минск — столица.\n\n\nКонец текста"


# --------------------------------------------------------------------------- speed


def test_common_paths_do_not_need_charset_detection(monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(*args, **kwargs):
        raise AssertionError("charset_normalizer called")

    monkeypatch.setattr(decode_module.charset_normalizer, "from_bytes", forbidden)
    for encoding in ("utf-8", "utf-16", "cp1251", "koi8-r"):
        assert decode_bytes(RU.encode(encoding)).text == RU_NORM
