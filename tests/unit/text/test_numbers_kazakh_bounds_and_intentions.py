"""Kazakh puts a bound and a plan after the figure: an amount in the ablative with a word of
exceeding after it is a lower bound (``5 млрд доллардан астам``, ``асты``, ``артық``), with a word of
falling short an upper one (``доллардан кем``); a verb in the mood of intention after it
(``жеткізбек``, ``арттырмақшы``) makes the figure a target. A noun in ``-мек``/``-мақ`` (``көмек``:
aid) is no intention."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


def _facts(text: str) -> list[tuple[str, str, str]]:
    return [(f.quote, f.comparator, f.modality) for f in extract_facts(text)]


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("Қытай компаниялары Қазақстанға 5 млрд доллардан астам инвестиция салды.", ">"),
        ("Тауар айналымы 40 млрд доллардан астам болды.", ">"),
        ("Экспорт көлемі 2 млн тоннадан артық болды.", ">"),
        ("Тауар айналымы 250 млн доллардан асты.", ">"),
        ("Импорт 3 млрд доллардан кем болды.", "<"),
    ],
)
def test_a_kazakh_bound_after_the_amount(text: str, comparator: str) -> None:
    (fact,) = extract_facts(text)
    assert fact.comparator == comparator


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Қазақстан мен Әзірбайжан тауар айналымын 1 млрд долларға жеткізбек.", "target"),
        ("Екі ел тауар айналымын 10 млрд долларға арттырмақшы.", "target"),
        ("Қазақстан мен Қырғызстан тауар айналымын 2 млрд долларға жеткізбекші.", "target"),
        ("Жапония Қазақстанға 1 млрд доллар көмек берді.", "actual"),
    ],
)
def test_a_kazakh_intention_after_the_amount(text: str, modality: str) -> None:
    (fact,) = extract_facts(text)
    assert fact.modality == modality
