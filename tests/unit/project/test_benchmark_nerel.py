"""The NEREL reader and options the NEREL evaluations share (benchmarks/nerel.py), on a small
NEREL-shaped corpus as a checkout and as a bare git directory."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from benchmarks import eval_numbers, eval_people, nerel

DOCS = {
    "a": ("Товарооборот вырос на 12%.", "T1\tPERCENT 22 25\t12%\n"),
    "b": ("Рост составил $5 млрд.", "T1\tMONEY 14 21\t$5 млрд\n"),
}


def _checkout(root: Path, split: str = "dev") -> Path:
    folder = root / nerel.ROOT / split
    folder.mkdir(parents=True)
    for name, (text, ann) in DOCS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.ann").write_text(ann, encoding="utf-8")
    return root


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_documents_read_the_same_from_a_checkout_and_a_bare_git_directory(tmp_path):
    checkout = _checkout(tmp_path / "checkout")
    _git("init", "-q", cwd=checkout)
    _git("add", ".", cwd=checkout)
    _git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "corpus", cwd=checkout)
    bare = tmp_path / "nerel.git"
    _git("clone", "-q", "--bare", str(checkout), str(bare), cwd=tmp_path)
    expected = [(name, text, ann) for name, (text, ann) in sorted(DOCS.items())]
    assert list(nerel.documents(checkout, "dev")) == expected
    assert list(nerel.documents(bare, "dev")) == expected
    with pytest.raises(SystemExit, match=r"no NEREL-v1\.1/train/ in"):
        list(nerel.documents(bare, "train"))


def test_the_evaluations_share_the_nerel_options(tmp_path):
    args = nerel.argument_parser("doc", "misses").parse_args(["--nerel", str(tmp_path)])
    assert (args.nerel, args.splits, args.details) == (tmp_path, ["train", "dev"], False)
    help_text = nerel.argument_parser("doc", "misses").format_help()
    assert "print misses (stderr)" in help_text
    with pytest.raises(SystemExit):
        nerel.argument_parser("", "misses").parse_args(["--nerel", str(tmp_path), "--splits", "other"])
    checkout = _checkout(tmp_path / "checkout")
    tally = eval_numbers.evaluate_split(checkout, "dev", details=False)
    assert tally["money"].gold == 1 and tally["percent"].gold == 1
    assert eval_people.evaluate_split(checkout, "dev", details=False).gold == 0  # no PERSON spans


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("обамы", "обама", True),
        ("ын", "ына", True),  # a two-letter name and its case form
        ("ир", "иром", True),
        ("ли", "лу", False),  # two short names
        ("ли", "лисицын", False),
        ("буша-младшего", "буш-младший", True),  # hyphenated: part by part
        ("юркову-данелия", "юркова-данелия", True),
        ("буша-младшего", "буш-старший", False),
        ("резкий", "резкого", True),  # an adjectival surname with a short stem
        ("белая", "белой", True),
        ("косой", "косому", True),
        ("резкий", "резников", False),
        ("белая", "беликов", False),
    ],
)
def test_people_scorer_matches_forms_of_one_name(a: str, b: str, same: bool) -> None:
    assert eval_people.same_word(a, b) is same
    assert eval_people.same_word(b, a) is same
