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
ARTICLE_FIELDS = (
    "language",
    "sentences",
    "tokens",
    "facts",
    "people",
    "signature",
    "title_facts",
    "title_sentence",
    "title_tokens",
)


def parse_fields(result: object, path: str | None = None, name: str = "") -> list[tuple[str, str]]:
    """``(field, digest)`` of everything ``parse_input`` made of one input (``result``, a
    ``ParseResult``), each field apart: ``result`` (content hash, encoding, decode errors,
    rejections, deferral, number of articles), then per article ``i``: ``i.meta`` (its fields but
    the language and the analysis), ``i.language``, ``i.sentences``, ``i.tokens``, ``i.facts``,
    ``i.people``, ``i.signature``, ``i.title_facts``, ``i.title_sentence``, ``i.title_tokens``
    and ``i.all`` (its whole ``repr``: types
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
            out.append((f"{i}.{field_name}", h(getattr(a, field_name, None) if a is not None else None)))
        out.append((f"{i}.all", h(art)))
    return out


def _nerel_texts(nerel: Path, split: str) -> list[tuple[str, str]]:
    from benchmarks import nerel as nerel_corpus

    return [(name, text) for name, text, _ann in nerel_corpus.documents(nerel, split)]


def _poison_items(n: int) -> list[tuple[str, object]]:
    """``n`` hostile inputs and good JSON articles beside them, as ``(name, InputItem)``: those of
    the isolation tests (``tests/unit/ingest/test_ingest_isolation.py``: random bytes, deep
    nesting, huge integers, lone surrogates in any field, JSON Lines with a bad line between good
    ones), drawn with a fixed seed; the failure paths of the parser, article by article."""
    import importlib.util
    import json
    import random

    from flows.ingest.documents import InputItem, kind_of

    path = Path(__file__).resolve().parent.parent / "tests" / "unit" / "ingest" / "test_ingest_isolation.py"
    spec = importlib.util.spec_from_file_location("_isolation", path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    rng = random.Random(0)
    out: list[tuple[str, object]] = []
    for k in range(n // 3):
        good = mod.good_article(rng, k)
        try:
            suffix, data = mod.poison(rng, mod.good_article(rng, 1000 + k))
        except KeyError:  # a field the good article lacks ("publisher"): a lone surrogate in the text
            suffix, data = ".json", json.dumps({"text": "Беларусь \ud83d и Китай", "title": "x"}).encode()
        first, last = mod.good_article(rng, 2000 + k), mod.good_article(rng, 3000 + k)
        line = data.decode("utf-8", "replace").replace("\n", " ") if suffix in {".json", ".jsonl"} else "x"
        mixed = "\n".join([json.dumps(first, ensure_ascii=False), line, json.dumps(last, ensure_ascii=False)])
        both = [json.dumps([good, first, {"text": 5}], ensure_ascii=False).encode(), data, mixed.encode()]
        for name, content in zip(
            (f"good-{k}.json", f"poison-{k}{suffix}", f"mixed-{k}.jsonl"), both, strict=True
        ):
            out.append((name, InputItem(name, kind_of(name), content=content)))
    return out


def _parse_all(items: list[tuple[str, object]], batch: int) -> list[object]:
    """``parse_input`` of each item, or with ``batch`` > 0 ``parse_inputs`` over consecutive
    batches of that many items (as the flow's parse chunks do), when the tree has it."""
    from flows.ingest import documents

    if batch > 0 and hasattr(documents, "parse_inputs"):
        plain = [item for _, item in items]
        return [r for i in range(0, len(plain), batch) for r in documents.parse_inputs(plain[i : i + batch])]
    return [documents.parse_input(item) for _, item in items]


def _lines(
    nerel: Path | None, splits: list[str], shared: Path, n_files: int, batch: int = 0, poison: int = 0
) -> list[tuple[str, str]]:
    from benchmarks import corpus
    from flows.ingest.documents import InputItem, kind_of
    from flows.text.article import parse_scraped_text
    from flows.text.people import extract_people

    out: list[tuple[str, str]] = []
    texts = {split: _nerel_texts(nerel, split) for split in splits} if nerel is not None else {}
    for split, docs in texts.items():
        for name, text in docs:
            out.append((f"nerel/{split}/{name}", _h(repr(extract_people(text)))))

    def parsed(part: str, items: list[tuple[str, InputItem]], paths: list[str] | None = None) -> None:
        for k, result in enumerate(_parse_all(items, batch)):
            name = items[k][0]
            for field_name, digest in parse_fields(result, paths[k] if paths else None, name):
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
            items = [(p.name, InputItem(p.name, "txt", path=str(p))) for p in paths]
            parsed(kind, items, [str(p) for p in paths])
    data = sorted(p for p in TESTS_DATA.rglob("*") if p.is_file())
    names = [p.relative_to(TESTS_DATA).as_posix() for p in data]
    items = [(n, InputItem(n, kind_of(n), path=str(p))) for n, p in zip(names, data, strict=True)]
    parsed("tests-data", items, [str(p) for p in data])
    for split, docs in texts.items():
        items = [(f"{n}.txt", InputItem(f"{n}.txt", "txt", content=t.encode("utf-8"))) for n, t in docs]
        parsed(f"nerel-{split}", items)
    if poison:
        parsed("poison", _poison_items(poison))  # type: ignore[arg-type]
    return out


def main(argv: list[str] | None = None) -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":  # the same command again, with the hash seed set
        os.execve(sys.executable, sys.orig_argv, {**os.environ, "PYTHONHASHSEED": "0"})
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nerel", type=Path, help="NEREL checkout or bare git directory")
    ap.add_argument("--splits", nargs="+", default=["train", "dev"], choices=["train", "dev", "test"])
    ap.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared/ directory")
    ap.add_argument("--files", type=int, default=2000, help="generated files (default 2000)")
    ap.add_argument(
        "--batch",
        type=int,
        default=0,
        help="parse with parse_inputs over batches of this many inputs (0: parse_input one by one)",
    )
    ap.add_argument("--poison", type=int, default=300, help="hostile inputs parsed (default 300)")
    ap.add_argument("--lines", type=Path, help="write the per-input lines here")
    ap.add_argument("--against", type=Path, help="compare with lines written by --lines")
    args = ap.parse_args(argv)

    import flows

    print(f"flows: {Path(flows.__file__).resolve().parent}")
    lines = _lines(args.nerel, args.splits, args.shared, args.files, args.batch, args.poison)
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
