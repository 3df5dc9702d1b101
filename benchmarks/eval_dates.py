"""Publication dates and titles on the page layouts of ``tests/date_layouts.py``.

Every layout goes through the ingest path (``flows.ingest.documents.parse_input``) as the input
it stands for: a text page, a JSON or JSON Lines file, or a page fetched from a feed item. A
date is right when it equals the stated date (or is absent where none is stated); it is invented
when the page states none or another one and a date is given. Prints a Markdown table of
accuracy by layout kind, for the tuning and the held-out part.

    python -m benchmarks.eval_dates [--details] [--out benchmarks/dates.md]
"""

from __future__ import annotations

import argparse
import dataclasses
from collections import defaultdict
from pathlib import Path

from flows.ingest.documents import InputItem, parse_input
from tests.date_layouts import LAYOUTS


def run_layout(layout: dict) -> dict:
    """{published, source, title, publisher, modified} Dyad reads from one layout (first article)."""
    fields = {f.name for f in dataclasses.fields(InputItem)}
    extra = {}
    if layout["feed"] and "feed_title" in fields:
        extra = {"feed_title": layout["feed"][0], "feed_published": layout["feed"][1]}
    kind = {"json": "json", "jsonl": "jsonl"}.get(layout["fmt"], "txt")
    uri = f"file:///eval/{layout['name'].replace(' ', '_')}.{layout['fmt']}"
    res = parse_input(InputItem(uri, kind, content=layout["text"].encode("utf-8"), **extra))
    if not res.articles:
        return {"published": None, "source": "none", "title": None, "publisher": None, "modified": None}
    a = res.articles[0]
    return {
        "published": a.published_date.isoformat() if a.published_date else None,
        "source": getattr(a, "published_date_source", None),
        "title": a.title,
        "publisher": a.publisher,
        "modified": m.isoformat() if (m := getattr(a, "modified_date", None)) else None,
    }


def score(layout: dict, got: dict) -> dict:
    date_ok = got["published"] == layout["published"]
    return {
        "date": date_ok,
        "invented": got["published"] is not None and not date_ok,
        "source": got["source"] == layout["source"],
        "title": got["title"] == layout["title"],
        "publisher": layout["publisher"] is None or got["publisher"] == layout["publisher"],
        "modified": got["modified"] == layout["modified"],
    }


def evaluate() -> list[tuple[dict, dict, dict]]:
    out = []
    for layout in LAYOUTS:
        got = run_layout(layout)
        out.append((layout, got, score(layout, got)))
    return out


def table(results: list[tuple[dict, dict, dict]]) -> str:
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for layout, _, s in results:
        groups[(layout["part"], layout["kind"])].append(s)
        groups[(layout["part"], "all")].append(s)
    lines = [
        "| part | kind | layouts | date right | invented | date source right | title right | publisher right |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for (part, kind), ss in sorted(
        groups.items(), key=lambda kv: (kv[0][0] != "tuning", kv[0][1] == "all", kv[0][1])
    ):
        n = len(ss)

        def frac(key: str, ss: list[dict] = ss, n: int = n) -> str:
            return f"{sum(s[key] for s in ss)}/{n}"

        lines.append(
            f"| {part} | {kind} | {n} | {frac('date')} | {sum(s['invented'] for s in ss)} | "
            f"{frac('source')} | {frac('title')} | {frac('publisher')} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--details", action="store_true", help="print every layout that is not all right")
    ap.add_argument("--out", type=Path, help="also write the table to this file")
    args = ap.parse_args(argv)
    results = evaluate()
    text = table(results)
    print(text)
    if args.details:
        for layout, got, s in results:
            if not all(v for k, v in s.items() if k != "invented"):
                wrong = [k for k, v in s.items() if not v and k != "invented"]
                print(f"- [{layout['part']}] {layout['kind']}: {layout['name']}: {', '.join(wrong)}")
                print(
                    f"    want {layout['published']} {layout['source']} {layout['title']!r} {layout['publisher']!r}"
                )
                print(f"    got  {got['published']} {got['source']} {got['title']!r} {got['publisher']!r}")
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
