"""The side-by-side benchmark of two source trees (benchmarks/compare.py): the parts of
``parse_input`` it times alone, and its table when a tree lacks one of them."""

from __future__ import annotations

import importlib
from pathlib import Path

from benchmarks import compare


def test_the_parts_of_parse_input_are_timed_on_this_tree():
    bodies = ["Россия и Беларусь подписали соглашение. Товарооборот вырос на 12%."]
    fns = compare._parts(bodies, bodies)
    assert set(fns) == set(compare.STEPS) - {
        "parse_inputs",
        "parse_input",
        "analyze_body",
        "extract_facts",
        "extract_people",
    }
    for name, fn in fns.items():
        assert len(fn()) == 1, name


def _passes(cpu: float, n: int = 100) -> list[dict]:
    return [{"cpu": cpu, "wall": cpu * 2, "n": n}] * 3


def test_table_shows_a_step_a_tree_lacks_as_a_dash_and_the_change_per_article():
    trees = {"base": Path("/base"), "head": Path("/head")}
    passes = {
        name: {step: _passes(0.2 if name == "base" else 0.1) for step in compare.STEPS} for name in trees
    }
    passes["base"]["token_rows"] = [{"n": 0}] * 3  # the older tree has no token_rows
    rows = {line.split(" | ")[0]: line for line in compare.table(trees, passes).splitlines()}
    # 100 items in 0.2 CPU s (500 per second, 2 ms each) against 0.1 s (1,000 per second, 1 ms each)
    assert rows["| `parse_input`"] == "| `parse_input` | 500 (250) | 1,000 (500) | 2.00 | -1.000 |"
    assert rows["| `token_rows`"] == "| `token_rows` | — | 1,000 (500) | — | — |"


def test_a_pass_with_a_part_given_gives_what_parse_input_gives(tmp_path):
    from flows.ingest.documents import InputItem, parse_input

    path = tmp_path / "a.txt"
    path.write_text(
        "Заголовок статьи о торговле\n\nРоссия и Беларусь подписали соглашение. Рост 12%.\n", "utf-8"
    )
    run = lambda: [parse_input(InputItem(path.name, "txt", path=str(path)))]  # noqa: E731
    expected = repr([r.articles for r in run()])
    for module, name in compare.IN_CONTEXT:
        original = getattr(importlib.import_module(module), name)
        given = compare._given(run, module, name)
        assert given is not None, name
        assert repr([r.articles for r in given()]) == expected, name
        assert getattr(importlib.import_module(module), name) is original, name  # put back after the pass
    assert compare._given(run, "flows.text.analyze", "no_such_part") is None


def test_context_table_gives_parse_input_less_the_pass_with_the_part_given():
    trees = {"base": Path("/base"), "head": Path("/head")}
    measured = compare.steps(in_context=True)
    passes = {name: {step: _passes(0.3) for step in measured} for name in trees}
    passes["head"][compare.GIVEN + "detect_language"] = _passes(0.25)
    passes["base"][compare.GIVEN + "body_id"] = [{"n": 0}] * 3
    rows = {line.split(" | ")[0]: line for line in compare.context_table(trees, passes).splitlines()}
    assert rows["| `detect_language`"] == "| `detect_language` | 0.000 | 0.500 |"
    assert rows["| `body_id`"] == "| `body_id` | — | 0.000 |"
