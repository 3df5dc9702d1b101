"""An English capital after "in" is the venue of what the sentence reports, not a party: talks
held in a third capital keep the pair of the two sides; a capital after "to" (a destination)
stays a party."""

from __future__ import annotations

import pytest

from tests.conftest import run_on_articles, values_by_title

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
    countries = values_by_title(wh, "article_countries", "m.country_code")
    pairs = values_by_title(wh, "dyad_articles", "m.country_a || '-' || m.country_b")
    for key, (_, want_countries, want_pairs) in CASES.items():
        assert (countries[key], pairs[key]) == (want_countries, want_pairs), key
