"""A digest of what the text stage gives, to show that a change meant to be mechanical (speed)
changes no output: ``extract_people`` over NEREL texts and the bodies of generated articles, and
``parse_input`` (every row it makes: sentences, tokens, facts, people, signature, metadata) over
the generated files and the seed pages.

    python -m benchmarks.people_digest --nerel /path/to/NEREL --shared ../shared \\
        [--files 1000] [--splits train dev] [--lines OUT] [--against LINES]

Prints one SHA-256 over all lines (and one per part); ``--lines`` writes the lines (one per
input: its name and the digest of its output), ``--against`` compares them with such a file
and prints the inputs whose output differs. Run against another tree by putting it first on
``PYTHONPATH`` (the tree's ``flows`` is the one imported, and printed): the digest of a change
is compared with the digest of the commit it started from.

The run is made with ``PYTHONHASHSEED=0`` (the script starts itself again when it is not set):
which of two mentions claims a word may follow the iteration order of a set of strings, so that
a few outputs differ from one hash seed to another.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import unicodedata
from pathlib import Path


def _h(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _lines(nerel: Path | None, splits: list[str], shared: Path, n_files: int) -> list[tuple[str, str]]:
    from benchmarks import corpus
    from flows.ingest.documents import InputItem, parse_input
    from flows.text.article import parse_scraped_text
    from flows.text.people import extract_people

    out: list[tuple[str, str]] = []
    if nerel is not None:
        from benchmarks import nerel as nerel_corpus

        for split in splits:
            for name, text, _ann in nerel_corpus.documents(nerel, split):
                out.append((f"nerel/{split}/{name}", _h(repr(extract_people(text)))))
    with tempfile.TemporaryDirectory(prefix="dyad-digest-") as tmp:
        files = corpus.generate(n_files, Path(tmp) / "corpus", shared) if n_files else []
        seeds = sorted(p for p in (shared / "seeds").glob("*.txt"))
        for path in files:
            text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
            meta = parse_scraped_text(text)
            body = text[meta.body_start : meta.body_end]
            out.append((f"people/{path.name}", _h(repr(extract_people(body)))))
        for kind, paths in (("corpus", files), ("seeds", seeds)):
            for path in paths:
                result = parse_input(InputItem(path.name, "txt", path=str(path)))
                # the item (its path) aside: everything parse_input made of the file
                shown = repr((result.content_hash, result.encoding, result.had_errors, result.articles))
                out.append((f"parse/{kind}/{path.name}", _h(shown.replace(str(path), path.name))))
    return out


def main(argv: list[str] | None = None) -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":  # the same command again, with the hash seed set
        os.execve(sys.executable, sys.orig_argv, {**os.environ, "PYTHONHASHSEED": "0"})
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nerel", type=Path, help="NEREL checkout or bare git directory")
    ap.add_argument("--splits", nargs="+", default=["train", "dev"], choices=["train", "dev", "test"])
    ap.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared/ directory")
    ap.add_argument("--files", type=int, default=1000, help="generated files (default 1000)")
    ap.add_argument("--lines", type=Path, help="write the per-input lines here")
    ap.add_argument("--against", type=Path, help="compare with lines written by --lines")
    args = ap.parse_args(argv)

    import flows

    print(f"flows: {Path(flows.__file__).resolve().parent}")
    lines = _lines(args.nerel, args.splits, args.shared, args.files)
    text = "".join(f"{name}\t{digest}\n" for name, digest in lines)
    parts: dict[str, list[str]] = {}
    for name, digest in lines:
        parts.setdefault(name.split("/")[0], []).append(digest)
    for part, digests in parts.items():
        print(f"{part}: {len(digests)} inputs, {_h(''.join(digests))[:16]}")
    print(f"all: {len(lines)} inputs, {_h(text)}")
    if args.lines:
        args.lines.write_text(text, encoding="utf-8")
    if args.against:
        theirs = dict(line.split("\t") for line in args.against.read_text(encoding="utf-8").splitlines())
        ours = dict(lines)
        differ = [k for k in ours if theirs.get(k) != ours[k]] + [k for k in theirs if k not in ours]
        for name in differ[:20]:
            print(f"differs: {name}", file=sys.stderr)
        print(f"against {args.against}: {len(differ)} of {len(ours)} inputs differ")
        return 1 if differ else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
