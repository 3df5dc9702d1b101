"""Supplying goods to a named side is an export (the supplier's): "поставила в Индию нефти на
сумму ...", "поставки продукции в Китай составили ...", "supplied goods worth $2 billion to
Ukraine", "dostarczyła na Ukrainę towary o wartości ...". The same verbs with no side named, or
meaning "set" (поставил задачу, рекорд), make no export. Foreign direct investment named by its
abbreviation (FDI, ПИИ, BIZ) is an investment."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("В 2024 году Казахстан поставил в Китай зерна на сумму 1,1 млрд долларов.", "1,1 млрд долларов"),
        (
            "Поставки узбекской плодоовощной продукции в Россию составили 640 млн долларов.",
            "640 млн долларов",
        ),
        ("Беларусь поставила на Кубу товаров на 40 млн долларов.", "40 млн долларов"),
        ("Turkey supplied goods worth $3.5 billion to Iraq last year.", "$3.5 billion"),
        ("Kazakhstan shipped $900 million of wheat to Afghanistan.", "$900 million"),
        ("Polska dostarczyła do Niemiec towary o wartości 5 mld euro.", "5 mld euro"),
    ],
)
def test_supplies_to_a_named_side_are_an_export(text: str, quote: str) -> None:
    (fact,) = [f for f in extract_facts(text) if quote in f.quote]
    assert fact.metric == "export"


@pytest.mark.parametrize(
    "text",
    [
        "Поставки составили 2 млрд долларов.",
        "Компания поставила рекорд: выручка составила 5 млрд рублей в Москве.",
        "Завод поставил на поток выпуск техники стоимостью 3 млрд рублей.",
    ],
)
def test_no_export_without_a_side_or_with_another_sense(text: str) -> None:
    assert [f.metric for f in extract_facts(text) if f.metric == "export"] == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Uzbekistan attracted $2.3bn of Turkish FDI last year.", "$2.3bn"),
        ("Объем ПИИ из Японии в Казахстан составил 800 млн долларов.", "800 млн долларов"),
        ("Napływ BIZ z Korei wyniósł 1,2 mld dolarów.", "1,2 mld dolarów"),
    ],
)
def test_foreign_direct_investment_by_its_abbreviation(text: str, quote: str) -> None:
    (fact,) = [f for f in extract_facts(text) if quote in f.quote]
    assert fact.metric == "investment"
