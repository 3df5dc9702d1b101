"""The capital of a bloc's seat names the bloc, in every language read: Брюссель, Brussels,
Bruksela are the EU (as the press uses them), not Belgium; as a venue (в Брюсселе) it is no party
of a pair either. Belgium by its own name stays Belgium."""

from __future__ import annotations

import pytest

from tests.conftest import run_on_articles, values_by_title

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
    countries = values_by_title(wh, "article_countries", "m.country_code")
    pairs = values_by_title(wh, "dyad_articles", "m.country_a || '-' || m.country_b")
    blocs = values_by_title(wh, "article_blocs", "m.bloc_code")
    for key, (_, want_countries, want_blocs, want_pairs) in CASES.items():
        assert (countries[key], blocs[key], pairs[key]) == (want_countries, want_blocs, want_pairs), key
