"""The audit reads into pandas only the columns its checks read; the others keep their names
(the schema checks see them) and hold NULL."""

from __future__ import annotations

import duckdb

from flows.validation import checked_frame


def test_unchecked_columns_keep_name_and_order_and_hold_null():
    con = duckdb.connect()
    con.execute(
        "create table f as select 'f' || i as fact_id, 'USD' as unit, repeat('слово ', 40) as sentence, "
        "i * 1.5 as value, ['x'] as failed_checks, i as mention_idx from range(5) t(i)"
    )
    frame = checked_frame(con, "numeric_facts", "select * from f where mention_idx >= $k", {"k": 2})
    assert list(frame.columns) == ["fact_id", "unit", "sentence", "value", "failed_checks", "mention_idx"]
    assert list(frame.fact_id) == ["f2", "f3", "f4"] and list(frame.value) == [3.0, 4.5, 6.0]
    assert frame.sentence.isna().all() and frame.failed_checks.isna().all() and frame.mention_idx.isna().all()
