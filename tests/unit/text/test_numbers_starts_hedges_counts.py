"""Kinds of numeric facts read from unseen news (flows/text/numbers): the start of a change after
``со``/``з``/``із``, a hedge before the ``в`` of a verb's amount, counts of people and vehicles in
English, Polish, Ukrainian and Belarusian, an amount with no unit after a count of the same
sentence (no money), the Mongolian tugrik, and a trade deficit in words with an adjective or a
preposition between (a negative trade balance)."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


def _facts(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(f.quote, f.unit, f.comparator, f.change) for f in extract_facts(text)]


@pytest.mark.parametrize(
    ("text", "start", "unit"),
    [
        ("США снизят пошлины на китайские товары со 145% до 30%.", "со 145%", "percent"),
        (
            "Стороны намерены нарастить товарооборот со 110 млрд долларов до 150 млрд.",
            "со 110 млрд долларов",
            "USD",
        ),
        ("Экспорт вырос со 2 млрд до 3 млрд долларов.", "со 2 млрд", "USD"),
        ("Товарооборот зріс з 8 до 15 млрд доларів.", "з 8", "USD"),
        ("Мито знизили із 25% до 10%.", "із 25%", "percent"),
    ],
)
def test_the_start_of_a_change(text: str, start: str, unit: str) -> None:
    facts = extract_facts(text)
    first = next(f for f in facts if f.quote == start)
    assert (first.unit, first.change) == (unit, "from"), facts
    assert first.modality == "actual"  # a starting value is no target, whatever the verb
    assert any(f.change == "to" for f in facts), facts


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Проект оценивается примерно в 500 млн долларов.", "примерно в 500 млн долларов"),
        ("Ущерб оценили приблизительно в 2 млрд рублей.", "приблизительно в 2 млрд рублей"),
        ("Вартість оцінюється приблизно в 2 млрд гривень.", "приблизно в 2 млрд гривень"),
        ("Село находится примерно в 250 километрах от границы.", "примерно в 250 километрах"),
    ],
)
def test_a_hedge_before_v(text: str, quote: str) -> None:
    facts = extract_facts(text)
    assert [(f.quote, f.comparator) for f in facts] == [(quote, "~")], facts


def test_no_hedge_for_a_plain_v() -> None:
    facts = extract_facts("Экспорт в 2024 году составил 5 млрд долларов.")
    assert [(f.quote, f.comparator) for f in facts] == [("5 млрд долларов", "=")]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Zatrzymano na granicy ponad 9 tys. osób.", "ponad 9 tys. osób"),
        ("W ćwiczeniach wzięło udział 3 tys. żołnierzy.", "3 tys. żołnierzy"),
        ("Polska przekazała Ukrainie 180 czołgów.", "180 czołgów"),
        ("2.1 million tourists visited Japan last year.", "2.1 million tourists"),
        ("The ministry evacuated 1,200 civilians.", "1,200 civilians"),
        ("На кордоні стоять понад 800 вантажівок.", "понад 800 вантажівок"),
        ("Країну відвідали 5 тис. туристів.", "5 тис. туристів"),
        ("Мяжу перасеклі 2 тыс. турыстаў.", "2 тыс. турыстаў"),
    ],
)
def test_counts_of_people_and_vehicles(text: str, quote: str) -> None:
    facts = extract_facts(text)
    assert [(f.quote, f.unit) for f in facts] == [(quote, "count")], facts


@pytest.mark.parametrize(
    "text",
    [
        # an amount with a scale and no unit, in a sentence that counts a noun before it and
        # names no money, counts the same: no currency from a sentence around it
        "Сбор составил 100 млн евро. У неё было 2,6 млн подписчиков в Weibo и более 14 млн в WeChat.",
        "Продажи достигли 5 млрд долларов. За час подписались 10 тысяч человек, а вечером их было 140 тысяч.",
        # a count the scanner does not read in another sentence than the money: no currency either
        "Niemcy przekażą Ukrainie 100 mln euro. Zatrzymano na granicy ponad 9 tys. osób.",
    ],
)
def test_an_amount_after_a_count_is_no_money(text: str) -> None:
    facts = extract_facts(text)
    money = [f.quote for f in facts if f.unit not in ("count", "percent")]
    assert len(money) == 1, facts  # only the amount written with its currency


def test_an_amount_near_money_still_takes_its_currency() -> None:
    facts = extract_facts(
        "Apple получила прибыль в 8,5 млрд долларов. Google получил прибыль в 6 миллиардов."
    )
    assert [(f.quote, f.unit) for f in facts] == [("8,5 млрд долларов", "USD"), ("6 миллиардов", "USD")]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Торговля с Монголией достигла 15 млрд тугриков.", "15 млрд тугриков"),
        ("Экспорт составил 300 млрд монгольских тугриков.", "300 млрд монгольских тугриков"),
        ("Exports reached 2 trillion tugriks.", "2 trillion tugriks"),
    ],
)
def test_the_tugrik(text: str, quote: str) -> None:
    assert [(f.quote, f.unit) for f in extract_facts(text)] == [(quote, "MNT")]


@pytest.mark.parametrize(
    "text",
    [
        "Дефицит американской торговли с Китаем составил 295,4 млрд долларов.",
        "Дефицит в торговле с Китаем достиг 100 млрд долларов.",
        "Торговый дефицит США составил 1 трлн долларов.",
        "Дефіцит зовнішньої торгівлі склав 2 млрд доларів.",
        "Дефіцит у торгівлі з Китаєм склав 2 млрд доларів.",
        "Deficyt w handlu z Chinami wyniósł 30 mld euro.",
        "The US trade deficit with China narrowed to 295.4 billion dollars.",
    ],
)
def test_a_trade_deficit_is_a_negative_balance(text: str) -> None:
    facts = extract_facts(text)
    assert [(f.metric, f.value < 0) for f in facts] == [("trade_balance", True)], facts


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a participle standing for the people it describes, ending its phrase
        ("В результате удара 12 погибших и 30 раненых.", ["12 погибших", "30 раненых"]),
        ("Полиция отпустила 150 задержанных.", ["150 задержанных"]),
        (
            "Израиль освободит почти 2 тыс. палестинских заключенных.",
            ["почти 2 тыс. палестинских заключенных"],
        ),
        ("Число жертв выросло: 5 погибших, 14 пострадавших.", ["5 погибших", "14 пострадавших"]),
        # a participle before its complement or another adjective of its noun counts no one
        ("Ассоциация насчитывает 12 тысяч действующих и отставных силовиков.", []),
        ("Прошли три заявленных как показательные боя.", []),
    ],
)
def test_a_participle_standing_for_people_is_counted(text: str, quotes: list[str]) -> None:
    facts = [f for f in extract_facts(text) if f.unit == "count"]
    assert [f.quote for f in facts] == quotes, facts


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # a period in a later clause opened by a conjunction is that clause's
        (
            "Численность общины составляет около 120 тысяч человек, и президент пригласил его посетить Сеул в 2026 году.",
            [None],
        ),
        # a period in an earlier clause is a later figure's only when they are of one subject
        (
            "Trade reached 3.6 billion dollars in 2024, while German direct investment has exceeded 6 billion dollars.",
            ["in 2024", None],
        ),
        (
            "Товарооборот по итогам 2024 года составил 3,9 млрд долларов, а накопленные инвестиции превысили 3,2 млрд долларов.",
            ["по итогам 2024 года", None],
        ),
        (
            "Экспорт в 2024 году составил 5 млрд долларов, а импорт — 3 млрд долларов.",
            ["в 2024 году", "в 2024 году"],
        ),
        ("В 2024 году экспорт вырос на 5%, а импорт сократился на 3%.", ["В 2024 году", "В 2024 году"]),
        (
            "India's exports to the UAE climbed to 35.6 billion dollars in 2023, while imports from the UAE were about 48 billion dollars.",
            ["in 2023", "in 2023"],
        ),
        # a period opening the sentence (after an introductory phrase too) covers all its clauses
        (
            "По его словам, в прошлом году потребление газа составило 51,3 млрд кубометров, тогда как добыча снизилась на 6,4%.",
            ["в прошлом году", "в прошлом году"],
        ),
        ("Так, в 2024 году экспорт вырос на 5%, а доля рубля составила 40%.", ["в 2024 году", "в 2024 году"]),
    ],
)
def test_a_period_stays_in_its_clause(text: str, periods: list[str | None]) -> None:
    assert [f.period for f in extract_facts(text)] == periods, extract_facts(text)


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a price of another sentence gives no amount its currency...
        ("Its capacity is 1.5 million. Brent traded at $64.80 a barrel.", ["USD"]),
        ("Мощность составляет 1,5 млн. Нефть Brent торговалась по 64,8 доллара за баррель.", ["USD"]),
        # ...but a rate of the sentence before gives a rate its currency, and a price a share each
        # gets ("по 2,5 тыс." after "за каждого")
        (
            "За каждого поросенка хозяева получат по 2,5 тыс. За взрослую свинью - из расчета 85 руб за килограмм.",
            ["RUB", "RUB"],
        ),
        (
            "Концерн выплачивает 7,5 миллионов долларов ежедневно. Комиссия грозит поднять штраф до 4 миллионов ежедневно.",
            ["USD", "USD"],
        ),
    ],
)
def test_a_price_gives_its_currency_to_prices_only(text: str, units: list[str]) -> None:
    assert [f.unit for f in extract_facts(text)] == units, extract_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Строится линия электропередачи 400 кВ между Арменией и Грузией.",
        "Напряжение подстанции составит 220 кВ.",
        "Лінія напругою 750 кВ з'єднає дві країни.",
        "Датчик фиксирует сигнал в 5 мВ.",
    ],
)
def test_a_unit_abbreviation_with_a_capital_is_no_counted_noun(text: str) -> None:
    assert [f.quote for f in extract_facts(text) if f.unit == "count"] == []
