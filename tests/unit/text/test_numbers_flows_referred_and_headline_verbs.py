"""A flow named once and then referred to: a later clause of the same sentence that refers to it
with a pronoun takes its metric (``Товарооборот ... составил 18 млрд, и стороны намерены довести
его до 25 млрд``), and not the earlier clause's period when it is a plan; a sentence that
refers to it after a line naming no flow (who said it) takes the metric from the sentence before
that; a side named before is the destination of a supply (``в эту страну``). English trade
verbs in a headline's present (``trade tops``) and a plan's ``-ing`` (``increasing trade to``) name
the turnover; ``нарастить``/``нарастят`` is a rise (``нарастающим итогом`` is no change)."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


def test_a_pronoun_in_a_later_clause_refers_to_the_flow_of_the_sentence() -> None:
    text = (
        "Товарооборот Индонезии и Египта в 2024 году достиг 1,8 млрд долларов, и правительства "
        "рассчитывают увеличить его до 3 млрд."
    )
    facts = extract_facts(text)
    assert [(f.value, f.metric, f.period, f.modality) for f in facts] == [
        (1.8e9, "trade_turnover", "в 2024 году", "actual"),
        (3e9, "trade_turnover", None, "target"),
    ]


def test_a_figure_referring_back_over_a_line_of_who_said_it() -> None:
    text = (
        "Товарооборот между Чили и Перу за девять месяцев составил 4,4 млрд долларов. Об этом сообщил "
        "посол Чили. «Мы ожидаем, что по итогам года показатель превысит 6 млрд долларов», — сказал он."
    )
    assert [f.metric for f in extract_facts(text)] == ["trade_turnover", "trade_turnover"]


def test_a_figure_referring_back_over_a_sentence_with_another_figure_stays_other() -> None:
    text = (
        "Товарооборот между Чили и Перу составил 4,4 млрд долларов. Бюджет Перу составил 90 млрд "
        "долларов. Он может превысить 95 млрд долларов."
    )
    assert [f.metric for f in extract_facts(text)][-1] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "В прошлом году Казахстан поставил в эту страну 800 тыс. тонн муки.",
        "Минулого року Молдова поставила в цю країну 90 тис. тонн яблук.",
        "Last year Peru shipped 300,000 tonnes of copper to the country.",
    ],
)
def test_a_supply_into_a_side_named_before(text: str) -> None:
    assert [f.metric for f in extract_facts(text)] == ["export"]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Chile, Korea trade tops $10 bln", "trade_turnover"),
        ("Vietnam, Laos trade nears $2 billion", "trade_turnover"),
        ("Egypt and Kenya set a goal of increasing trade to $1 billion by 2028.", "trade_turnover"),
        ("The ministers discussed boosting trade to $800 million.", "trade_turnover"),
    ],
)
def test_english_trade_verbs(text: str, metric: str) -> None:
    assert [f.metric for f in extract_facts(text)] == [metric]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Вьетнам и Лаос нарастят торговлю в 3 раза", 3),
        ("Минсельхоз намерен нарастить поставки свинины во Вьетнам на 15%.", 15),
        ("Стороны наращивают экспорт на 7% в год.", 7),
    ],
)
def test_narastit_is_a_rise(text: str, value: float) -> None:
    (fact,) = extract_facts(text)
    assert (fact.value, fact.change, fact.metric) == (value, "increase", "growth")


def test_a_cumulative_total_is_no_change() -> None:
    (fact,) = extract_facts("Объем инвестиций нарастающим итогом составил 5 млрд долларов.")
    assert fact.change is None


@pytest.mark.parametrize(
    "text",
    [
        # a possessive before its noun, not the flow
        "Экспорт меди в Китай составил 90 тыс. тонн, и акционеры хотят увеличить ее капитализацию до $40 млрд.",
        # a sentence between that says something of its own (no verb of speech)
        "Экспорт угля в Индию составил 20 млн тонн. Мощность порта пока ограничена. Власти планируют увеличить ее до 50 млн тонн.",
    ],
)
def test_no_flow_is_referred_to(text: str) -> None:
    assert extract_facts(text)[-1].metric != "export"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "«Мы рассчитываем, что в следующем году товарооборот превысит 3 млрд долларов», — сказал посол.",
            "forecast",
        ),
        ("Стороны рассчитывают довести товарооборот до 3 млрд долларов.", "target"),
    ],
)
def test_expecting_that_is_a_forecast_and_counting_on_doing_a_target(text: str, modality: str) -> None:
    """``рассчитывать, что ...`` is an expectation (a forecast); ``рассчитывать`` with an
    infinitive is an intention (a target)."""
    assert [f.modality for f in extract_facts(text)] == [modality]
