"""An English capital after "in" is the venue of what the sentence reports, not a party: talks
held in a third capital keep the pair of the two sides; a capital after "to" (a destination)
stays a party."""

from __future__ import annotations

import duckdb
import pytest

from tests.conftest import run_on_articles

pytestmark = pytest.mark.slow

# id -> (text, article countries, pairs)
CASES = {
    "third_capital": (
        "Armenian and Georgian diplomats met in Minsk on Friday to discuss transit.",
        {"AM", "BY", "GE"},
        {"AM-GE"},
    ),
    "two_words": (
        "Egyptian and Ethiopian water ministers met in Abu Dhabi on Sunday.",
        {"AE", "EG", "ET"},
        {"EG-ET"},
    ),
    "own_capital": ("Moldova and Romania signed an energy accord in Bucharest.", {"MD", "RO"}, {"MD-RO"}),
    "destination": ("Mongolia's president flew to Seoul for talks on minerals.", {"KR", "MN"}, {"KR-MN"}),
}


def test_an_english_capital_after_in_is_the_venue(tmp_path, prefect_harness):
    wh = run_on_articles([{"id": k, "text": t} for k, (t, _, _) in CASES.items()], tmp_path)
    con = duckdb.connect(str(wh), read_only=True)
    try:
        countries = dict(
            con.execute(
                """select a.title, list(c.country_code) filter (where c.country_code is not null)
                   from marts.articles as a left join marts.article_countries as c using (article_id) group by 1"""
            ).fetchall()
        )
        pairs = dict(
            con.execute(
                """select a.title, list(d.country_a || '-' || d.country_b) filter (where d.country_a is not null)
                   from marts.articles as a left join marts.dyad_articles as d using (article_id) group by 1"""
            ).fetchall()
        )
    finally:
        con.close()
    for key, (_, want_countries, want_pairs) in CASES.items():
        assert (set(countries[key] or []), set(pairs[key] or [])) == (want_countries, want_pairs), key
