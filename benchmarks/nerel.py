"""NEREL for the benchmarks: its documents from a checkout or a bare git directory, and the
command-line options the NEREL evaluations share.

NEREL (Russian news, brat standoff: ``<id>.txt`` + ``<id>.ann``) is read where it lies; nothing
of it is copied into the project. The test split is left out unless asked for (``--splits
test``): it is kept for release figures.
"""

from __future__ import annotations

import argparse
import subprocess
from collections.abc import Iterator
from pathlib import Path

ROOT = "NEREL-v1.1"


def documents(nerel: Path, split: str) -> Iterator[tuple[str, str, str]]:
    """(name, text, ann) of each document of ``split``, from a checkout (holding ``NEREL-v1.1/``)
    or a bare git directory of the NEREL repository. SystemExit when neither holds the split."""
    checkout = nerel / ROOT / split
    if checkout.is_dir():
        for ann in sorted(checkout.glob("*.ann")):
            txt = ann.with_suffix(".txt")
            yield ann.stem, txt.read_text(encoding="utf-8"), ann.read_text(encoding="utf-8")
        return
    git = ["git", f"--git-dir={nerel}"]
    names = subprocess.run(
        [*git, "ls-tree", "--name-only", "HEAD", f"{ROOT}/{split}/"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    if not names:
        raise SystemExit(f"no {ROOT}/{split}/ in {nerel}: give a NEREL checkout or its git directory")
    for name in sorted(n for n in names if n.endswith(".ann")):
        stem = name[: -len(".ann")]

        def show(path: str) -> str:
            return subprocess.run(
                [*git, "show", f"HEAD:{path}"], check=True, capture_output=True
            ).stdout.decode("utf-8")

        yield Path(stem).name, show(stem + ".txt"), show(name)


def argument_parser(doc: str, details: str) -> argparse.ArgumentParser:
    """The options of a NEREL evaluation: ``--nerel`` (required), ``--splits`` (train and dev by
    default) and ``--details`` (``details``: what it prints, on stderr); ``doc`` is its help text."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nerel", type=Path, required=True, help="NEREL checkout or bare git directory")
    ap.add_argument("--splits", nargs="+", default=["train", "dev"], choices=["train", "dev", "test"])
    ap.add_argument("--details", action="store_true", help=f"print {details} (stderr)")
    return ap
