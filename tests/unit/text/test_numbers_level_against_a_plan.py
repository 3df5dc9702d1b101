"""A figure in a clause set against a plan ("..., однако пока он не превышает 2 млрд") states where
things stand: actual, not the plan's target; a clause that shares the plan or plans of its own
stays a target."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    ("text", "modalities"),
    [
        (
            "Армения и Иран договорились довести товарооборот до 3 млрд долларов, но пока он составляет "
            "около 700 млн долларов.",
            ["target", "actual"],
        ),
        (
            "Стороны намерены нарастить торговлю до 1 млрд долларов, однако сейчас она не превышает 400 млн долларов.",
            ["target", "actual"],
        ),
        (
            "Поставлена задача увеличить экспорт до 2 млрд долларов, а экспорт услуг — до 500 млн долларов.",
            ["target", "target"],
        ),
        (
            "Стороны намерены довести товарооборот до 5 млрд долларов, а инвестиции планируют увеличить до 1 млрд долларов.",
            ["target", "target"],
        ),
    ],
)
def test_a_level_set_against_a_plan_is_actual(text: str, modalities: list[str]) -> None:
    assert [f.modality for f in extract_facts(text)] == modalities
