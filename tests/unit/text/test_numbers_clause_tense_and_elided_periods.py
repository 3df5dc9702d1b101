"""A figure's own clause decides it: an English past of any verb after a forecast of another clause
leaves the figure actual (``..., while Washington cut tariffs to 15%``), an infinitive or passive
after a modal does not (``will cut``, ``would be cut``); and a later clause's period with its noun
left out (``а в этом ожидается``, ``а в текущем —``) is that figure's period, not the earlier
clause's."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


def _fact(text: str, number: str):
    found = [f for f in extract_facts(text) if number in f.number_text]
    assert len(found) == 1, [f.quote for f in extract_facts(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "number", "modality"),
    [
        (
            "The EU will buy $750 billion of US energy, while Washington cut tariffs on EU cars to 15%.",
            "15",
            "actual",
        ),
        ("Japan will invest $550 billion, and the US lowered its tariffs to 15%.", "15", "actual"),
        ("Seoul will spend $350 billion in the US, while Washington slashed duties to 10%.", "10", "actual"),
        (
            "Brazil expects exports to grow, but Beijing raised its quota to 2 million tonnes.",
            "2 million",
            "actual",
        ),
        ("India raised its stake to 26% last year, and will invest $2 billion more.", "26", "actual"),
        # a modal, "to" or a form of "be" before the verb: not its past
        (
            "The EU will buy $750 billion of energy, while Washington will cut tariffs to 15%.",
            "15",
            "forecast",
        ),
        ("Officials said tariffs would be cut to 10% by 2027.", "10", "forecast"),
        ("Exports are expected to be raised to $5 billion.", "5", "forecast"),
        # an -ed adjective after a determiner is no verb
        ("Trade will hit an estimated $5 billion next year.", "5", "forecast"),
        ("The partners will hold a combined 30% of the venture.", "30", "forecast"),
    ],
)
def test_the_tense_of_the_figures_own_clause(text, number, modality):
    assert _fact(text, number).modality == modality


@pytest.mark.parametrize(
    ("text", "number", "period"),
    [
        (
            "В прошлом году товарооборот составил 3 млрд долларов, а в этом ожидается 3,5 млрд долларов.",
            "3,5",
            "в этом",
        ),
        (
            "В 2024 году экспорт составил 2 млрд долларов, а в текущем — 2,5 млрд долларов.",
            "2,5",
            "в текущем",
        ),
        (
            "За прошлый год инвестиции достигли 800 млн долларов, а за нынешний планируется 1 млрд долларов.",
            "1 млрд",
            None,
        ),
        (
            "У минулому році товарообіг склав 3 млрд доларів, а в цьому очікується 3,5 млрд доларів.",
            "3,5",
            "в цьому",
        ),
        ("Торік експорт сягнув 4 млрд доларів, а в поточному прогнозують 5 млрд доларів.", "5", None),
        # the earlier clause keeps its own period
        (
            "В прошлом году товарооборот составил 3 млрд долларов, а в этом ожидается 3,5 млрд долларов.",
            "3 млрд",
            "В прошлом году",
        ),
        # a demonstrative with its own noun is no elided period
        (
            "В прошлом году экспорт составил 2 млрд долларов, а в этом регионе — 1 млрд долларов.",
            "1 млрд",
            "В прошлом году",
        ),
        ("В 2024 году товарооборот составил 3 млрд долларов, а в этом году вырос на 5%.", "5", "в этом году"),
    ],
)
def test_a_later_clause_with_its_period_noun_left_out(text, number, period):
    got = _fact(text, number).period
    if period is None:
        assert got is None or not got.lower().startswith(("за прошлый", "торік"))
    else:
        assert got == period


@pytest.mark.parametrize(
    ("text", "number", "period"),
    [
        # a change in percent follows the period of its flow, named in the sentence before
        (
            "Экспорт Польши в Украину за январь–сентябрь 2025 года составил 11,4 млрд евро, сообщил замминистра."
            " Импорт из Украины за этот период сократился на 3%.",
            "3",
            "за январь–сентябрь 2025 года",
        ),
        (
            "Eksport Polski na Ukrainę w okresie styczeń-wrzesień 2025 r. wyniósł 11,4 mld euro. Import z Ukrainy"
            " w tym czasie spadł o 3%.",
            "3",
            "w okresie styczeń-wrzesień 2025 r.",
        ),
        (
            "Экспорт за январь-октябрь 2025 года составил 3 млрд долларов. Импорт за это время вырос на 4%.",
            "4",
            "за январь-октябрь 2025 года",
        ),
        (
            "Exports reached $3 billion in the first half of 2025. Imports fell 2% over the same period.",
            "2",
            "in the first half of 2025",
        ),
    ],
)
def test_a_change_follows_the_period_of_its_flow_referred_back_to(text, number, period):
    assert _fact(text, number).period == period
