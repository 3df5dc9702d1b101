"""``parse_inputs``: the parse stage step by step over a chunk of inputs gives what ``parse_input``
gives input by input, rejections included, and an analysis step that raises loses only its
article (a JSON object) or its input (a page)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from flows.ingest.documents import InputItem, kind_of, parse_input, parse_inputs
from flows.text import analyze

ROOT = Path(__file__).resolve().parents[3]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))  # the sample articles the project ships
TEST_DATA = sorted(p for p in (ROOT / "tests" / "data").rglob("*") if p.is_file())

GOOD = "Беларусь и Китай подписали соглашение о торговле. Товарооборот вырос на 12% и составил $5 млрд."
PAGE = f"Переговоры в Минске\n\n{GOOD} Министр иностранных дел Сергей Алейник встретился с послом Китая.\n"


def _items() -> list[InputItem]:
    """Pages, JSON files and lines, and inputs that are rejected whole or in part."""
    items = [InputItem(p.name, "txt", path=str(p)) for p in SEEDS]
    items += [InputItem(p.name, kind_of(p.name), path=str(p)) for p in TEST_DATA]
    contents = {
        "page.txt": PAGE.encode(),
        "list.json": json.dumps([{"text": GOOD, "title": "Рост на 5%"}, {"text": ""}, 7]).encode(),
        "lines.jsonl": b'{"text": "\\ud83d'
        + GOOD.encode()
        + b'"}\n[[[\n'
        + json.dumps({"text": PAGE}).encode(),
        "bad.json": b"[" * 3000 + b"]" * 3000,
        "empty.txt": b"",
        "markup.txt": b"<?xml version='1.0'?><rss></rss>",
        "html.html": f"<html><body><article><p>{GOOD}</p><p>{GOOD}</p></article></body></html>".encode(),
    }
    stories = "".join(
        f'<article><h2>{h}</h2><time datetime="{d}">{d}</time><p>{GOOD} {h}.</p></article>'
        for h, d in (("Порт открыт", "2026-10-21"), ("Соглашение PEOPLE! подписано", "2026-10-19"))
    )
    contents["feed.html"] = (
        f"<html><head><title>Лента</title></head><body><main>{stories}</main></body></html>".encode()
    )
    items += [InputItem(name, kind_of(name), content=data) for name, data in contents.items()]
    items.append(InputItem("missing.txt", "txt", path="/nonexistent/missing.txt"))
    return items


def test_a_chunk_parsed_step_by_step_is_each_input_parsed_alone():
    items = _items()
    assert len(SEEDS) >= 3 and len(TEST_DATA) >= 5
    together = parse_inputs(items)
    alone = [parse_input(item) for item in items]
    assert [repr(r) for r in together] == [repr(r) for r in alone]
    assert sum(len(r.articles) for r in together) > 50
    assert all(a.analysis is not None and a.analysis.tokens for r in together for a in r.articles)
    by_uri = {r.item.source_uri: r for r in together}
    assert by_uri["lines.jsonl"].rejected[0][1].startswith("parse failed: UnicodeEncodeError")
    assert by_uri["missing.txt"].rejected[0][1].startswith("unreadable")
    assert [a.source_uri for a in by_uri["feed.html"].articles] == ["feed.html#1", "feed.html#2"]


def test_a_raising_step_rejects_one_story_of_a_feed_page_alone(raising_steps):
    (feed,) = [i for i in _items() if i.source_uri == "feed.html"]
    (res,) = parse_inputs([feed])
    assert repr(res) == repr(parse_input(feed))
    assert [a.source_uri for a in res.articles] == ["feed.html#1"]
    assert res.rejected == [("feed.html#2", "parse failed: ValueError: people step failed")]


def test_parse_inputs_of_nothing_is_nothing():
    assert parse_inputs([]) == []


@pytest.fixture
def raising_steps(monkeypatch):
    """extract_facts raises TypeError on a body holding "FACTS!", extract_people ValueError on one
    holding "PEOPLE!"; the signature step records the bodies' norms it is given."""
    signed: list[list[str]] = []
    facts, people, signature = analyze.extract_facts, analyze.extract_people, analyze.minhash_signature

    def raising_facts(text, *args, **kwargs):
        if "FACTS!" in text:
            raise TypeError("facts step failed")
        return facts(text, *args, **kwargs)

    def raising_people(text, *args, **kwargs):
        if "PEOPLE!" in text:
            raise ValueError("people step failed")
        return people(text, *args, **kwargs)

    def recording_signature(norms):
        signed.append(list(norms))
        return signature(norms)

    monkeypatch.setattr(analyze, "extract_facts", raising_facts)
    monkeypatch.setattr(analyze, "extract_people", raising_people)
    monkeypatch.setattr(analyze, "minhash_signature", recording_signature)
    return signed


def test_a_raising_step_rejects_its_json_object_alone_and_its_page_whole(raising_steps):
    objs = [{"text": GOOD}, {"text": GOOD + " PEOPLE!"}, {"text": GOOD + " FACTS! PEOPLE!"}, {"text": PAGE}]
    items = [
        InputItem("a.json", "json", content=json.dumps(objs, ensure_ascii=False).encode()),
        InputItem("b.txt", "txt", content=PAGE.replace("Алейник", "Алейник PEOPLE!").encode()),
        InputItem("c.txt", "txt", content=PAGE.encode()),
    ]
    together = parse_inputs(items)
    assert [repr(r) for r in together] == [repr(parse_input(item)) for item in items]
    a, b, c = together
    assert [art.source_uri for art in a.articles] == ["a.json#1", "a.json#4"]
    assert a.rejected == [
        ("a.json#2", "parse failed: ValueError: people step failed"),
        ("a.json#3", "parse failed: TypeError: facts step failed"),  # the first step that raised
    ]
    assert b.articles == [] and b.rejected == [("b.txt", "parse failed: ValueError: people step failed")]
    assert len(c.articles) == 1 and c.rejected == []
    # the steps after the one that raised are not run for its body
    assert not any("people" in norms for norms in raising_steps)
    assert len(raising_steps) == 2 * 3  # a.json #1 and #4, c.txt: once together, once alone


def test_analyze_body_raises_what_its_first_failing_step_raises(raising_steps):
    with pytest.raises(TypeError, match="facts step failed"):
        analyze.analyze_body(GOOD + " FACTS! PEOPLE!")
    results = analyze.analyze_bodies([(GOOD + " PEOPLE!", None), (GOOD, "Рост на 5%")])
    assert isinstance(results[0], ValueError)
    assert results[1] == analyze.analyze_body(GOOD, "Рост на 5%")
    assert results[1].title_facts


def test_the_collector_is_paused_while_a_chunk_is_parsed_and_left_as_it_was(monkeypatch):
    import gc

    from flows.ingest import documents

    seen: list[bool] = []
    analyze_all = documents._analyze

    def watching(pending):
        seen.append(gc.isenabled())
        return analyze_all(pending)

    monkeypatch.setattr(documents, "_analyze", watching)
    item = InputItem("page.txt", "txt", content=PAGE.encode())
    assert gc.isenabled()
    assert parse_inputs([item])[0].articles
    assert gc.isenabled() and seen == [False]
    gc.disable()
    try:
        parse_inputs([item])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_load_models_loads_in_the_calling_process_what_parsing_loads_on_first_use() -> None:
    """The parse pool's parent calls it before forking, so that the workers inherit the models."""
    code = (
        "from flows.text import language, morph\n"
        "assert morph.analyzer.cache_info().currsize == 0 and language._identifier.cache_info().currsize == 0\n"
        "from flows.ingest.documents import load_models\n"
        "load_models()\n"
        "assert morph.analyzer.cache_info().currsize == 1, 'pymorphy3 not loaded'\n"
        "assert language._identifier.cache_info().currsize == 1, 'language model not loaded'\n"
        "from flows.text.people import counterparts, lexicon, pl, words\n"
        "from flows.text.numbers import resolve\n"
        "loaded = {\n"
        "    'country forms': counterparts._country_forms, 'region and city forms': lexicon._local_forms,\n"
        "    'Polish role heads': pl._head_forms, 'metric keywords': resolve._sentence_keyword_re,\n"
        "    'currency countries': resolve._country_res, 'role gate': words._role_prefixes,\n"
        "}\n"
        "missing = [name for name, f in loaded.items() if f.cache_info().currsize == 0]\n"
        "from flows.text.numbers.units import NON_MONEY_UNITS\n"
        "from flows.text.numbers.scan import _unit_kind\n"
        "keywords = resolve._sentence_keyword_re.cache_info().currsize\n"
        "if keywords < len({_unit_kind(u) for u in NON_MONEY_UNITS}):\n"
        "    missing.append(f'metric keywords of {keywords} units only')\n"
        "assert not missing, f'loaded on first use, not by load_models: {missing}'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
