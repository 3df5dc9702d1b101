"""Write ``tests/data/numbers_corpus.json``: texts and the numeric facts ``extract_facts`` finds in them.

The texts are the seed pages, every text of the hard-case tables of ``tests/unit/text/test_numbers.py``
and one long article made of all those texts (facts whose currency comes from another
sentence, many candidates per article). ``tests/unit/text/test_numbers.py`` checks that the extractor
still gives exactly these facts: a change meant to keep outputs (speed, refactoring) must pass
it unchanged; a change meant to alter outputs rewrites the file (``python -m
benchmarks.numbers_corpus``) and its diff shows every fact that changed.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "numbers_corpus.json"


def corpus_texts() -> list[str]:
    """The corpus texts (see the module docstring), without duplicates, in a stable order."""
    import tests.unit.text.test_numbers as cases

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for name in sorted(vars(cases)):
        table = getattr(cases, name)
        if name.isupper() and isinstance(table, list):
            for row in table:
                text = row[0] if isinstance(row, tuple) else row
                if isinstance(text, str) and text not in texts:
                    texts.append(text)
    short = [t for t in texts if len(t) < 2000]
    texts.append("\n".join(short))
    return texts


def facts_of(texts: list[str]) -> list[dict]:
    from flows.text.numbers import extract_facts

    return [{"text": t, "facts": [dataclasses.asdict(f) for f in extract_facts(t)]} for t in texts]


def main() -> None:
    CORPUS.parent.mkdir(parents=True, exist_ok=True)
    rows = facts_of(corpus_texts())
    CORPUS.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{CORPUS}: {len(rows)} texts, {sum(len(r['facts']) for r in rows)} facts")


if __name__ == "__main__":
    main()
