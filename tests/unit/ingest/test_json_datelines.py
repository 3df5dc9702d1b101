"""A JSON item whose date field is missing or cannot be read (an ambiguous ``05/11/2026``) takes
the date its text opens with, as a text page does: an agency dateline (its year from the day the
file was collected) or a date line. A readable date field stays the date."""

from __future__ import annotations

import json
import os
from datetime import date, datetime

import pytest

from flows.ingest.documents import InputItem, parse_input

COLLECTED = datetime(2026, 12, 1, 9, 30)


def _parsed(tmp_path, objs, suffix=".json"):
    path = tmp_path / f"export{suffix}"
    if suffix == ".jsonl":
        path.write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in objs), encoding="utf-8")
    else:
        path.write_text(json.dumps(objs if len(objs) > 1 else objs[0], ensure_ascii=False), encoding="utf-8")
    stamp = COLLECTED.timestamp()
    os.utime(path, (stamp, stamp))
    st = path.stat()
    item = InputItem(str(path), suffix[1:], path=str(path), size_bytes=st.st_size, mtime_ns=st.st_mtime_ns)
    result = parse_input(item)
    assert not result.rejected, result.rejected
    return [(a.published_date, a.published_date_source) for a in result.articles]


BODY = "Стороны обсудили торговлю, транзит и энергетику и подписали пакет документов о сотрудничестве."


@pytest.mark.parametrize(
    ("text", "fields", "expected"),
    [
        (f"ДУШАНБЕ, 27 ноября — Sputnik. {BODY}", {}, (date(2026, 11, 27), "dateline")),
        (f"МИНСК, 30 лістапада. /БЕЛТА/. {BODY}", {"date": ""}, (date(2026, 11, 30), "dateline")),
        (
            f"BAKU, Dec. 1 (Xinhua) -- Azerbaijan and Georgia agreed to expand transit. {BODY}",
            {"date": "12/01/2026 16:20"},
            (date(2026, 12, 1), "dateline"),
        ),
        (f"КИЇВ, 29 листопада — Укрінформ. {BODY}", {"published": "n/a"}, (date(2026, 11, 29), "dateline")),
        (f"28.11.2026 14:05\n{BODY}", {}, (date(2026, 11, 28), "header")),
        # a readable date field is the date, whatever the text opens with
        (f"ДУШАНБЕ, 27 ноября — Sputnik. {BODY}", {"date": "2026-11-28"}, (date(2026, 11, 28), "json")),
        # nothing to read: no date
        (BODY, {}, (None, "none")),
    ],
)
def test_a_json_item_takes_the_date_its_text_opens_with(tmp_path, text, fields, expected):
    assert _parsed(tmp_path, [{"title": "Переговоры", "text": text, **fields}]) == [expected]


def test_each_item_of_a_list_and_of_json_lines_reads_its_own(tmp_path):
    objs = [
        {"title": "A", "text": f"АСТАНА, 25 ноября — Kazinform. {BODY}"},
        {"title": "B", "text": f"ТАШКЕНТ, 26 ноября — УзА. {BODY}", "date": "2026-11-26T08:00:00Z"},
        {"title": "C", "text": BODY},
    ]
    expected = [(date(2026, 11, 25), "dateline"), (date(2026, 11, 26), "json"), (None, "none")]
    assert _parsed(tmp_path, objs) == expected
    assert _parsed(tmp_path, objs, ".jsonl") == expected


def _publishers(tmp_path, objs):
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in objs), encoding="utf-8")
    st = path.stat()
    item = InputItem(str(path), "jsonl", path=str(path), size_bytes=st.st_size, mtime_ns=st.st_mtime_ns)
    result = parse_input(item)
    assert not result.rejected, result.rejected
    return [a.publisher for a in result.articles]


@pytest.mark.parametrize(
    ("text", "fields", "publisher"),
    [
        # no publisher field: the agency of the dateline or of a date-less opening its text opens with
        (f"МОСКВА, 14 октября. /ТАСС/. {BODY}", {}, "ТАСС"),
        (f"КИЇВ, 30 листопада — Укрінформ. {BODY}", {"published": "2026-11-30"}, "Укрінформ"),
        (f"ANKARA, Oct 9 (Reuters) - {BODY}", {}, "Reuters"),
        (f"Warszawa (PAP) - {BODY}", {}, "PAP"),
        (f"ASTANA. KAZINFORM – {BODY}", {}, "KAZINFORM"),
        # a publisher field stays; a dateline with no agency and no opening name none
        (f"МОСКВА, 14 октября. /ТАСС/. {BODY}", {"source": "РИА Новости"}, "РИА Новости"),
        (f"МОСКВА, 30 ноября — {BODY}", {}, None),
        (BODY, {}, None),
    ],
)
def test_a_json_item_without_a_publisher_takes_the_agency_its_text_opens_with(
    tmp_path, text, fields, publisher
):
    assert _publishers(tmp_path, [{"text": text, **fields}]) == [publisher]
