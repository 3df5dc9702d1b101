"""Metrics of more wordings: investment by its verb in Polish, Ukrainian and Belarusian
(``zainwestuje``, ``zainwestowała``, ``інвестує``); joint ventures with the partners' adjective
between (``совместных белорусско-китайских предприятий``); and a fraction a side holds (``Около
трети экспорта приходится на Китай``) as a share, as a percentage is."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Polska zainwestuje w projekt około 2 mld zł.", "investment"),
        ("Firma zainwestowała 300 mln euro w fabrykę.", "investment"),
        ("Китай інвестує в Україну 2 млрд доларів.", "investment"),
        ("В Беларуси работают около 30 совместных белорусско-китайских предприятий.", "joint_ventures"),
        ("У Беларусі працуюць 25 сумесных беларуска-кітайскіх прадпрыемстваў.", "joint_ventures"),
        ("Около трети всего экспорта Монголии приходится на Китай.", "share"),
        ("Более половины импорта приходится на Китай.", "share"),
        ("Доля Китая в экспорте составила 40%.", "share"),
        # a fraction of a change stays a change
        ("Товарооборот сократился на треть.", "trade_turnover"),
        ("Цены сократились на треть.", "growth"),
    ],
)
def test_the_metric(text: str, metric: str) -> None:
    (fact,) = extract_facts(text)
    assert fact.metric == metric
