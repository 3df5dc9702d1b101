"""The word caches of the text stage give what an uncached call gives."""

from __future__ import annotations

import pymorphy3
import pytest

from flows.text import morph
from flows.text.numbers import indicators, scan
from flows.text.people import words

WORDS = ["лукашенко", "президента", "Минске", "стали", "ёлка", "coca", "ван", "жаксылыковым", ""]


@pytest.fixture(scope="module")
def fresh() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()  # an analyzer of its own: no cache in front of it


@pytest.mark.parametrize("word", WORDS)
def test_parses_are_the_analyzers_readings(fresh: pymorphy3.MorphAnalyzer, word: str) -> None:
    expected = fresh.parse(word)
    got = morph.parses(word)
    assert isinstance(got, tuple)
    assert [(p.word, str(p.tag), p.normal_form, p.score) for p in got] == [
        (p.word, str(p.tag), p.normal_form, p.score) for p in expected
    ]
    assert morph.parses(word) is got  # asked again: the same readings, not parsed again


@pytest.mark.parametrize("word", [*WORDS, "по-русски", "шамсидина", "ионосферно-магнитосферный"])
def test_tag_facts_are_the_tags_grammemes(word: str) -> None:
    for p in morph.parses(word):
        facts = morph.tag_facts(p.tag)
        expected = [p.tag.POS, p.tag.case, p.tag.gender, p.tag.number, p.tag.animacy]
        assert list(facts[:5]) == [str(g) if g else None for g in expected]
        assert facts.grammemes == p.tag.grammemes
        assert all(type(v) is str for v in facts[:5] if v is not None)  # plain strings
        assert morph.tag_facts(p.tag) is facts  # once per distinct tag


def test_the_dictionary_is_read_by_the_c_extension() -> None:
    import pymorphy3.dawg

    assert pymorphy3.dawg.EXTENSION_AVAILABLE, "install pymorphy3[fast] (DAWG2): `make install`"


def test_one_cache_for_every_module() -> None:
    morph.parses.cache_clear()
    words._info.cache_clear()
    scan._word_info.cache_clear()
    words._info("президента")
    hits = morph.parses.cache_info().hits
    scan._word_info("президента")  # the numbers grammar reads the same word: no second parse
    indicators.counted_lemma("президента")
    info = morph.parses.cache_info()
    assert info.currsize == 1
    assert info.hits == hits + 2
    assert words._parses is morph.parses


@pytest.mark.parametrize(
    "word",
    [
        "Лукашенко",
        "Иванова",
        "Петров",
        "Нурлан",
        "Штатов",
        "Акихито",
        "Харальд",
        "Сидней",
        "Минск",
        "Буша-младшего",
    ],
)
def test_single_word_is_the_uncached_readings(word: str) -> None:
    from flows.text.people import extract, names

    inside = names._single_name.__wrapped__(word, False)
    at_start = names._single_name.__wrapped__(word, True)
    lone = names._lone_name_ok.__wrapped__(word) or names._place_nominative_as_first_name.__wrapped__(word)
    readings = extract._single_word(word)
    if readings is None:
        assert inside == at_start == (None, False)
        assert not lone and not extract._regnal_name_ok(word)
    else:
        assert readings == (inside, None if at_start == inside else at_start)


def test_single_word_readings_found_in_text() -> None:
    from flows.text.people import extract_people

    # a surname shape inside a sentence, a lone name after a role noun, a regnal name
    text = "Об этом сообщил Мукашев. Император Акихито встретил короля Харальда V. Сидней и мать."
    names_found = {p.name for p in extract_people(text)}
    assert {"Мукашев", "Акихито"} <= names_found


def test_window_before_reads_as_from_the_break(monkeypatch: pytest.MonkeyPatch) -> None:
    """The phrase before a position read from its last characters first is the phrase read
    from the last break: at every word start and every space of the seed articles, and of
    phrases longer than the first reading (a role of many words, a long gap of quotes)."""
    from flows.text.people import roles
    from tests.conftest import seed_text

    long_role = "заместитель председателя комитета по международным делам и национальной безопасности парламента республики"
    texts = [seed_text(n) for n in ("000_7cb8a6a600c89242.txt", "002_f7808c3b0d4d12dc.txt")]
    texts += [f"Его {long_role} Иван Петров", "Посол " + "«" * 90 + " Петров", "а" * 100 + " Петров"]
    positions = [(t, p) for t in texts for p in range(1, len(t)) if t[p - 1] == " " or not t[p - 1].isalpha()]
    fast = [roles._window_before(t, p) for t, p in positions]
    monkeypatch.setattr(roles, "_NEAR", 10**9)  # read from the break at once
    slow = [roles._window_before(t, p) for t, p in positions]
    assert fast == slow
    assert max(len(toks) for toks, _ in slow) >= 12  # some phrase went on past the first reading


def test_bare_candidates_whole_words_only() -> None:
    from flows.text.people.extract import _bare_candidates

    text = "Лукашенко сказал. Лукашенко-младший, А.Лукашенко, Лукашенковский, Лукашенку и Лукашенко"
    found = _bare_candidates(text, {("Лукашенко", "masc"), ("Ли", "masc")})
    assert found["Ли"] == []
    assert [w for _s, _e, w in found["Лукашенко"]] == [
        "Лукашенко",
        "Лукашенковский",
        "Лукашенку",
        "Лукашенко",
    ]
    assert all(text[s:e] == w for s, e, w in found["Лукашенко"])
    assert found["Лукашенко"][0][0] == 0 and found["Лукашенко"][-1][1] == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "он был Назначенным министром",
        "ИЗБРАННЫЙ мэр",
        "переизбранный",
        "утверждённый и утвержденный",
        "ставший",
        "ᲃᲄавший",  # letters the case-blind pattern takes for с and т
        "ничего тут нет",
        "",
    ],
)
def test_appointed_near_is_the_pattern(text: str) -> None:
    from flows.text.people import roles

    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            assert roles._appointed_near(text, lo, hi) == (
                roles._APPOINTED_NEAR_RE.search(text, lo, hi) is not None
            )
    assert roles._APPOINTED_WORDS  # the pattern is read as its words: the look before the search is made


def test_role_word_is_the_uncached_test() -> None:
    from flows.text.people import names
    from flows.text.people.words import _info

    for word in ["министр", "Премьер-министр", "экс-глава", "Иван", "вице-президента", "сказал"]:
        expected = (
            _info(word.lower()).role is not None or _info(word.rsplit("-", 1)[-1].lower()).role is not None
        )
        assert names._role_word(word) == expected
    assert names._role_word("экс-глава") and not names._role_word("сказал")


def test_last_word_before_a_dot_is_the_patterns() -> None:
    from flows.text import segment
    from tests.conftest import seed_text

    texts = [
        seed_text("000_7cb8a6a600c89242.txt"),
        "г. Минск, 5 млрд. долл. США. А.Г. Лукашенко_2. x². .",
        "ул.Ленина",
    ]
    checked = 0
    for text in texts:
        for dot in (i for i, c in enumerate(text) if c == "."):
            for lo in {0, max(0, dot - 12), dot}:
                m = segment._LAST_WORD_RE.search(text, lo, dot + 1)
                assert segment._last_word(text, lo, dot) == (m.group(1) if m else "")
                checked += 1
    assert checked > 50
