"""A digest of what the text stage gives, to show that a change meant to be mechanical (speed)
changes no output: ``extract_people`` over NEREL texts and the bodies of generated articles, and
``parse_input`` (every field it makes, each digested apart: the result's own fields; per article
its metadata, language, sentences, tokens, facts, people, signature, title facts, and its whole
``repr``) over the generated files, the seed pages, the files of ``tests/data`` and the NEREL
texts (read as text files).

    python -m benchmarks.people_digest --nerel /path/to/NEREL --shared ../shared \\
        [--files 2000] [--splits train dev] [--lines OUT] [--against LINES]

Prints one SHA-256 over all lines (and one per part, with the count of inputs); ``--lines``
writes the lines (one per input and field: its name and the digest of that output),
``--against`` compares them with such a file and prints the inputs whose output differs. Run
against another tree by putting it first on ``PYTHONPATH`` (the tree's ``flows`` is the one
imported, and printed): the digest of a change is compared with the digest of the commit it
started from.

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


TESTS_DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
ARTICLE_FIELDS = ("language", "sentences", "tokens", "facts", "people", "signature", "title_facts")


def parse_fields(result: object, path: str | None = None, name: str = "") -> list[tuple[str, str]]:
    """``(field, digest)`` of everything ``parse_input`` made of one input (``result``, a
    ``ParseResult``), each field apart: ``result`` (content hash, encoding, decode errors,
    rejections, deferral, number of articles), then per article ``i``: ``i.meta`` (its fields but
    the language and the analysis), ``i.language``, ``i.sentences``, ``i.tokens``, ``i.facts``,
    ``i.people``, ``i.signature``, ``i.title_facts`` and ``i.all`` (its whole ``repr``: types
    too). ``path`` (the file read) is written ``name`` wherever it appears."""
    from dataclasses import fields

    def h(value: object) -> str:
        shown = repr(value)
        return _h(shown.replace(path, name) if path else shown)

    out = [
        (
            "result",
            h(
                (
                    result.content_hash,
                    result.encoding,
                    result.had_errors,
                    result.rejected,
                    result.deferred,
                    len(result.articles),
                )
            ),
        )
    ]
    for i, art in enumerate(result.articles):
        meta = tuple(
            (f.name, getattr(art, f.name)) for f in fields(art) if f.name not in ("language", "analysis")
        )
        out.append((f"{i}.meta", h(meta)))
        out.append((f"{i}.language", h(art.language)))
        a = art.analysis
        for field_name in ARTICLE_FIELDS[1:]:
            out.append((f"{i}.{field_name}", h(getattr(a, field_name) if a is not None else None)))
        out.append((f"{i}.all", h(art)))
    return out


def _nerel_texts(nerel: Path, split: str) -> list[tuple[str, str]]:
    from benchmarks import nerel as nerel_corpus

    return [(name, text) for name, text, _ann in nerel_corpus.documents(nerel, split)]


def _lines(nerel: Path | None, splits: list[str], shared: Path, n_files: int) -> list[tuple[str, str]]:
    from benchmarks import corpus
    from flows.ingest.documents import InputItem, kind_of, parse_input
    from flows.text.article import parse_scraped_text
    from flows.text.people import extract_people

    out: list[tuple[str, str]] = []
    texts = {split: _nerel_texts(nerel, split) for split in splits} if nerel is not None else {}
    for split, docs in texts.items():
        for name, text in docs:
            out.append((f"nerel/{split}/{name}", _h(repr(extract_people(text)))))

    def parsed(part: str, name: str, item: InputItem, path: str | None = None) -> None:
        result = parse_input(item)
        for field_name, digest in parse_fields(result, path, name):
            out.append((f"parse/{part}/{name}:{field_name}", digest))

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
                parsed(kind, path.name, InputItem(path.name, "txt", path=str(path)), str(path))
    for path in sorted(p for p in TESTS_DATA.rglob("*") if p.is_file()):
        name = path.relative_to(TESTS_DATA).as_posix()
        parsed("tests-data", name, InputItem(name, kind_of(name), path=str(path)), str(path))
    for split, docs in texts.items():
        for name, text in docs:
            item = InputItem(f"{name}.txt", "txt", content=text.encode("utf-8"))
            parsed(f"nerel-{split}", f"{name}.txt", item)
    return out


def main(argv: list[str] | None = None) -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":  # the same command again, with the hash seed set
        os.execve(sys.executable, sys.orig_argv, {**os.environ, "PYTHONHASHSEED": "0"})
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nerel", type=Path, help="NEREL checkout or bare git directory")
    ap.add_argument("--splits", nargs="+", default=["train", "dev"], choices=["train", "dev", "test"])
    ap.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared/ directory")
    ap.add_argument("--files", type=int, default=2000, help="generated files (default 2000)")
    ap.add_argument("--lines", type=Path, help="write the per-input lines here")
    ap.add_argument("--against", type=Path, help="compare with lines written by --lines")
    args = ap.parse_args(argv)

    import flows

    print(f"flows: {Path(flows.__file__).resolve().parent}")
    lines = _lines(args.nerel, args.splits, args.shared, args.files)
    text = "".join(f"{name}\t{digest}\n" for name, digest in lines)
    parts: dict[str, list[str]] = {}
    for name, digest in lines:
        part = name.split("/")[0] if not name.startswith("parse/") else "/".join(name.split("/")[:2])
        parts.setdefault(part, []).append(digest)
    for part, digests in parts.items():
        inputs = {name.split(":")[0] for name, _ in lines if name.startswith(part + "/")}
        print(f"{part}: {len(inputs)} inputs, {len(digests)} digests, {_h(''.join(digests))[:16]}")
    print(f"all: {len(lines)} lines, {_h(text)}")
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
