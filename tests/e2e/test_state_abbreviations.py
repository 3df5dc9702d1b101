"""State abbreviations that other republics share (РК, КР, РТ, РА, Polish RP) name their country
only in an article that names it otherwise too, like a region; alone they name none."""

from __future__ import annotations

import duckdb
import pytest

from tests.conftest import run_on_articles

pytestmark = pytest.mark.slow

# id -> (text, article countries with their mention counts)
CASES = {
    "kz_named": (
        "Казахстан и Китай обсудили транзит. Министр торговли РК Арман Шаккалиев встретился с коллегой.",
        {"CN": 1, "KZ": 2},
    ),
    "kz_alone": ("Правительство РК утвердило новую программу поддержки фермеров.", {}),
    "kg_named": ("Кыргызстан нарастил экспорт. Кабмин КР одобрил соглашение с Турцией.", {"KG": 2, "TR": 1}),
    "tj_alone": ("Президент РТ Рустам Минниханов открыл завод.", {}),
    "pl_named": (
        "Marszałek Sejmu RP przyjął delegację z Czech. Polska i Czechy rozmawiały o energii.",
        {"CZ": 2, "PL": 2},
    ),
}


def test_shared_state_abbreviations_need_their_country_named(tmp_path, prefect_harness):
    wh = run_on_articles([{"id": k, "text": t} for k, (t, _) in CASES.items()], tmp_path)
    con = duckdb.connect(str(wh), read_only=True)
    try:
        rows = con.execute(
            """select a.title, c.country_code, c.mention_count
               from marts.articles as a left join marts.article_countries as c using (article_id)"""
        ).fetchall()
    finally:
        con.close()
    found: dict[str, dict[str, int]] = {key: {} for key in CASES}
    for title, code, count in rows:
        if code is not None:
            found[title][code] = count
    assert found == {key: want for key, (_, want) in CASES.items()}
