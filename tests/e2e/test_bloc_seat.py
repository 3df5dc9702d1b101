"""The capital of a bloc's seat names the bloc, in every language read: Брюссель, Brussels,
Bruksela are the EU (as the press uses them), not Belgium; as a venue (в Брюсселе) it is no party
of a pair either. Belgium by its own name stays Belgium."""

from __future__ import annotations

import duckdb
import pytest

from tests.conftest import run_on_articles

pytestmark = pytest.mark.slow

# id -> (text, article countries, article blocs, pairs)
CASES = {
    "ru_duties": ("Брюссель ввёл новые пошлины на китайскую сталь и алюминий.", {"CN"}, {"EU"}, set()),
    "en_duties": ("Brussels slapped new duties on Chinese steel on Tuesday.", {"CN"}, {"EU"}, set()),
    "pl_sanctions": ("Bruksela przygotowuje nowe sankcje wobec Iranu.", {"IR"}, {"EU"}, set()),
    "uk_talks": ("Брюссель запропонував Україні новий пакет допомоги.", {"UA"}, {"EU"}, set()),
    "ru_venue": (
        "Армения и Азербайджан провели переговоры в Брюсселе.",
        {"AM", "AZ"},
        {"EU"},
        {"AM-AZ"},
    ),
    "ru_belgium": ("Бельгия и Нидерланды подписали соглашение о границе.", {"BE", "NL"}, set(), {"BE-NL"}),
}


def test_the_seat_of_a_bloc_names_the_bloc(tmp_path, prefect_harness):
    wh = run_on_articles([{"id": k, "text": t} for k, (t, _, _, _) in CASES.items()], tmp_path)
    con = duckdb.connect(str(wh), read_only=True)
    try:

        def by_title(sql: str) -> dict[str, set[str]]:
            return {title: set(values or []) for title, values in con.execute(sql).fetchall()}

        countries = by_title(
            """select a.title, list(c.country_code) filter (where c.country_code is not null)
               from marts.articles as a left join marts.article_countries as c using (article_id) group by 1"""
        )
        blocs = by_title(
            """select a.title, list(b.bloc_code) filter (where b.bloc_code is not null)
               from marts.articles as a left join marts.article_blocs as b using (article_id) group by 1"""
        )
        pairs = by_title(
            """select a.title, list(d.country_a || '-' || d.country_b) filter (where d.country_a is not null)
               from marts.articles as a left join marts.dyad_articles as d using (article_id) group by 1"""
        )
    finally:
        con.close()
    for key, (_, want_countries, want_blocs, want_pairs) in CASES.items():
        assert (countries[key], blocs[key], pairs[key]) == (want_countries, want_blocs, want_pairs), key
