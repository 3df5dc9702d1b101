"""Currencies of Africa in the languages read: the kwanza (``кванз``, ``kwanzas``), the naira's
and the cedi's signs (``₦``, ``GH₵``, ``GH¢``), and Polish adjectives after the shilling and the
kwacha (``szylingów kenijskich``)."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Экспорт Анголы в Португалию составил 120 млрд кванз.", 120e9, "AOA"),
        ("Angola's exports to Portugal fell to around 95 billion kwanzas last year.", 95e9, "AOA"),
        ("Nigeria's gas exports to Ghana earned ₦450 billion in nine months.", 450e9, "NGN"),
        ("Ghana's budget sets aside GH₵2.5 billion for the arrears to Nigeria.", 2.5e9, "GHS"),
        ("Ghana will repay GH¢ 700 million owed to Nigerian suppliers.", 700e6, "GHS"),
        ("Ghana's finance ministry has set aside GH¢1.9 billion for the arrears.", 1.9e9, "GHS"),
        ("Kenia zainwestuje w Polsce 650 mln szylingów kenijskich.", 650e6, "KES"),
        ("Eksport do Tanzanii osiągnął 40 mld szylingów tanzańskich.", 40e9, "TZS"),
        ("Zambia przeznaczy 3 mld kwacha zambijskich na import z Polski.", 3e9, "ZMW"),
    ],
)
def test_african_currencies(text: str, value: float, unit: str) -> None:
    assert [(f.value, f.unit) for f in extract_facts(text)] == [(value, unit)]
