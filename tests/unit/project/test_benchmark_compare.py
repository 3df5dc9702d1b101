"""The side-by-side benchmark of two source trees (benchmarks/compare.py): the parts of
``parse_input`` it times alone, and its table when a tree lacks one of them."""

from __future__ import annotations

from pathlib import Path

from benchmarks import compare


def test_the_parts_of_parse_input_are_timed_on_this_tree():
    bodies = ["Россия и Беларусь подписали соглашение. Товарооборот вырос на 12%."]
    fns = compare._parts(bodies, bodies)
    assert set(fns) == set(compare.STEPS) - {"parse_input", "analyze_body", "extract_facts", "extract_people"}
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
