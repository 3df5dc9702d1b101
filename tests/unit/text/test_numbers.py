"""Numeric facts: the seed articles' gold facts and a matrix of hard cases."""

from __future__ import annotations

import pytest

from flows.text.numbers import METRIC_KEYWORDS, NumberFact, extract_facts
from flows.text.numbers.units import NON_MONEY_UNITS
from tests.conftest import PROJECT_ROOT, TEST_DATA
from tests.work import lines_run

SEEDS = PROJECT_ROOT / "seeds"

# (quote, value, unit, comparator, metric) for every numeric fact of each article body
GOLD_FACTS: dict[str, list[tuple[str, float, str, str, str]]] = {
    "000_7cb8a6a600c89242.txt": [
        ("пятью дипломатическими точками", 5, "count", "=", "diplomatic_missions"),
        ("пять дипломатических точек", 5, "count", "=", "diplomatic_missions"),
    ],
    "002_f7808c3b0d4d12dc.txt": [
        ("в десятку крупнейших торгово-экономических партнеров", 10, "rank", "<=", "trade_partner_rank"),
        ("7 сборочных производств", 7, "count", "=", "assembly_plants"),
        ("порядка 40 субъектов хозяйствования", 40, "count", "~", "companies"),
        ("55 казахских компаний", 55, "count", "=", "companies"),
        ("не опускается ниже миллиарда", 1_000_000_000, "USD", ">=", "trade_turnover"),
        ("превысила $1,5 млрд", 1_500_000_000, "USD", ">", "trade_turnover"),
        ("30 межрегиональных соглашений", 30, "count", "=", "agreements"),
    ],
    "004_7c970ca002db6d32.txt": [
        ("12-м российским регионом", 12, "count", "=", "regions_with_missions"),
    ],
}
GOLD_NOT_FACTS: dict[str, list[str]] = {
    "000_7cb8a6a600c89242.txt": ["480w", "768w", "1280w", "1920w", "2025-11-14"],
    "002_f7808c3b0d4d12dc.txt": ["+4°C", "13 марта 2025", "27 февраля 2025", "14:29", "Последние 5 лет"],
    "004_7c970ca002db6d32.txt": ["4,4%", "12,6%", "6,4%", "9 месяцев", "20 мая", "17:51"],
}


def _page(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def _body(name: str) -> str:
    """The article text without the obvious page chrome."""
    text = _page(name)
    if name.startswith("000"):
        return text.split("\n", 1)[1]  # the header line: date, title, publisher, image URLs
    if name.startswith("002"):
        return text[text.index("27 февраля, Минск") :]  # site header, weather, date line
    if name.startswith("004"):
        return text[: text.index("Комментарии")]  # the sidebar after the comments
    raise AssertionError(name)


def _check_offsets(text: str, facts: list[NumberFact]) -> None:
    assert [f.char_start for f in facts] == sorted(f.char_start for f in facts)
    for f in facts:
        assert text[f.char_start : f.char_end] == f.quote
        assert f.number_text in f.quote


def _overlaps(text: str, needle: str, facts: list[NumberFact]) -> list[NumberFact]:
    hits = []
    start = text.find(needle)
    while start >= 0:
        end = start + len(needle)
        hits += [f for f in facts if f.char_start < end and f.char_end > start]
        start = text.find(needle, start + 1)
    return hits


# --------------------------------------------------------------------------- gold


@pytest.mark.parametrize("name", sorted(GOLD_FACTS))
def test_gold_facts(name):
    body = _body(name)
    facts = extract_facts(body)
    _check_offsets(body, facts)
    by_quote = {f.quote: f for f in facts}
    for quote, value, unit, comparator, metric in GOLD_FACTS[name]:
        assert quote in by_quote, f"missing {quote!r}; got {sorted(by_quote)}"
        f = by_quote[quote]
        assert (f.value, f.unit, f.comparator, f.metric) == (float(value), unit, comparator, metric), f
    # the gold lists every numeric fact of the body: nothing else comes out
    assert sorted(by_quote) == sorted(q for q, *_ in GOLD_FACTS[name])
    for needle in GOLD_NOT_FACTS[name]:
        assert not _overlaps(body, needle, facts), needle


@pytest.mark.parametrize("name", ["000_7cb8a6a600c89242.txt", "002_f7808c3b0d4d12dc.txt"])
def test_gold_page_chrome_adds_no_facts(name):
    """Image widths, URLs, weather, header dates and times of the whole page are not facts."""
    page = _page(name)
    facts = extract_facts(page)
    _check_offsets(page, facts)
    assert sorted(f.quote for f in facts) == sorted(q for q, *_ in GOLD_FACTS[name])
    for needle in GOLD_NOT_FACTS[name]:
        assert needle in page
        assert not _overlaps(page, needle, facts), needle


def test_gold_details():
    facts = {f.quote: f for f in extract_facts(_body("002_f7808c3b0d4d12dc.txt"))}
    billion = facts["не опускается ниже миллиарда"]
    assert (billion.number_text, billion.counted, billion.period) == ("миллиарда", None, "Последние 5 лет")
    over = facts["превысила $1,5 млрд"]
    assert (over.number_text, over.period) == ("1,5 млрд", "по прошлому году")
    assert facts["порядка 40 субъектов хозяйствования"].counted == "субъектов хозяйствования"
    rank = facts["в десятку крупнейших торгово-экономических партнеров"]
    assert (rank.number_text, rank.counted) == ("десятку", "крупнейших торгово-экономических партнеров")
    (ordinal,) = extract_facts(_body("004_7c970ca002db6d32.txt"))
    assert (ordinal.number_text, ordinal.counted) == ("12-м", "российским регионом")
    words = extract_facts(_body("000_7cb8a6a600c89242.txt"))
    assert [f.number_text for f in words] == ["пятью", "пять"]


def test_sidebar_numbers_are_facts_of_the_sidebar_only():
    """Cutting the body is the caller's job: the sidebar's percentages are real numbers."""
    page = _page("004_7c970ca002db6d32.txt")
    sidebar = [f for f in extract_facts(page) if f.char_start > page.index("Комментарии")]
    assert [f.quote for f in sidebar] == ["4,4%", "12,6%", "6,4%", "4,4%"]
    assert all(f.unit == "percent" for f in sidebar)


# --------------------------------------------------------------------------- hard cases

# (text, quote or None, value, unit, comparator, extra expected attributes)
CASES: list[tuple[str, str | None, float, str, str, dict]] = [
    # digits, separators, scales, composite amounts
    ("Оценка составила 1 500 000 трлн долларов.", "1 500 000 трлн долларов", 1.5e18, "USD", "=", {}),
    ("Сумма 1.500.000 долларов.", "1.500.000 долларов", 1_500_000, "USD", "=", {"number_text": "1.500.000"}),
    ("Сумма 1\u00a0500\u202f000 долларов.", "1\u00a0500\u202f000 долларов", 1_500_000, "USD", "=", {}),
    ("Сумма 1\u2009500\u2009000 долларов.", "1\u2009500\u2009000 долларов", 1_500_000, "USD", "=", {}),
    (
        "Товарооборот составил 38 млрд 607,6 млн долларов.",
        "38 млрд 607,6 млн долларов",
        38_607_600_000,
        "USD",
        "=",
        {"number_text": "38 млрд 607,6 млн", "metric": "trade_turnover"},
    ),
    ("Выделено 2,5 миллиона евро.", "2,5 миллиона евро", 2_500_000, "EUR", "=", {}),
    ("Стоимость 1.5 млрд рублей.", "1.5 млрд рублей", 1.5e9, "RUB", "=", {}),
    # one dot before three digits in zeros: a thousands' dot; before other digits, a scale word,
    # a percent sign or a Latin word: a decimal one
    ("Экспорт составил 12.400 тонн.", "12.400 тонн", 12_400, "tonnes", "=", {}),
    ("Поставки достигли 3.500 тонн.", "3.500 тонн", 3_500, "tonnes", "=", {}),
    ("Експорт склав 7.000 тонн.", "7.000 тонн", 7_000, "tonnes", "=", {}),
    ("Экспорт составил 2.345 тонн.", "2.345 тонн", 2.345, "tonnes", "=", {}),
    ("Стоимость 1.500 млрд рублей.", "1.500 млрд рублей", 1.5e9, "RUB", "=", {}),
    ("Exports reached 12.400 tonnes.", "12.400 tonnes", 12.4, "tonnes", "=", {}),
    # Kazakh names the currency's country before the noun
    (
        "Тауар айналымы 4 млрд АҚШ долларына жетті.",
        "4 млрд АҚШ долларына",
        4e9,
        "USD",
        "=",
        {"metric": "trade_turnover"},
    ),
    (
        "Инвестициялар 2 млрд Қытай юанын құрады.",
        "2 млрд Қытай юанын",
        2e9,
        "CNY",
        "=",
        {"metric": "investment"},
    ),
    # Belarusian "таваразварот" is a turnover as "тавараабарот" is
    (
        "Таваразварот паміж Беларуссю і Кітаем склаў 6,1 млрд долараў ЗША.",
        "6,1 млрд долараў ЗША",
        6.1e9,
        "USD",
        "=",
        {"metric": "trade_turnover"},
    ),
    ("Выручка 5 млн 300 тыс. рублей.", "5 млн 300 тыс. рублей", 5_300_000, "RUB", "=", {}),
    # currencies before and after
    ("Инвестиции составили €20 млн.", "€20 млн", 20_000_000, "EUR", "=", {"metric": "investment"}),
    ("Экспорт превысил $2 млрд.", "превысил $2 млрд", 2e9, "USD", ">", {"metric": "export"}),
    ("Экспорт составил 500 млн долларов США.", "500 млн долларов США", 5e8, "USD", "=", {}),
    ("Поставки на 1,5 млрд долл. в год.", "1,5 млрд долл.", 1.5e9, "USD", "=", {}),
    ("Товарооборот составил 120 млн USD.", "120 млн USD", 1.2e8, "USD", "=", {}),
    ("Выделено 5 млн белорусских рублей.", "5 млн белорусских рублей", 5e6, "BYN", "=", {}),
    ("Кредит в 3 млн бел. руб. одобрен.", "3 млн бел. руб.", 3e6, "BYN", "=", {}),
    ("Цена 50 млн российских рублей.", "50 млн российских рублей", 5e7, "RUB", "=", {}),
    ("Стоимость 2 млн руб. без НДС.", "2 млн руб.", 2e6, "RUB", "=", {}),
    ("Выделено 100 млн юаней.", "100 млн юаней", 1e8, "CNY", "=", {}),
    ("Вложено 3 млрд тенге.", "3 млрд тенге", 3e9, "KZT", "=", {}),
    ("Кредит на 50 млн сомов.", "50 млн сомов", 5e7, "XXX", "=", {}),
    ("Поступило 10 млн манатов.", "10 млн манатов", 1e7, "XXX", "=", {}),
    ("Полтора миллиарда долларов вложено.", "Полтора миллиарда долларов", 1.5e9, "USD", "=", {}),
    # percent and percentage points
    ("Доля составила 140%.", "140%", 140, "percent", "=", {"metric": "share"}),
    ("Рост промышленности составил 3,5 процента.", "3,5 процента", 3.5, "percent", "=", {"metric": "growth"}),
    ("Инфляция 4,4 %.", "4,4 %", 4.4, "percent", "=", {"number_text": "4,4"}),
    ("Безработица менее 10%.", "менее 10%", 10, "percent", "<", {}),
    (
        "Показатель снизился на 2,5 п.п. за год.",
        "снизился на 2,5 п.п.",
        2.5,
        "percentage_points",
        "=",
        {"change": "decrease"},
    ),
    ("Разница на 2,5 п.п.", "2,5 п.п.", 2.5, "percentage_points", "=", {}),
    ("Доля выросла на 0,5 процентных пункта.", None, 0.5, "percentage_points", "=", {"change": "increase"}),
    # changes
    (
        "Экспорт вырос на 10%.",
        "вырос на 10%",
        10,
        "percent",
        "=",
        {"change": "increase", "metric": "export"},
    ),
    (
        "Экспорт вырос более чем на 10% за 9 месяцев 2024 г.",
        "вырос более чем на 10%",
        10,
        "percent",
        ">",
        {"change": "increase", "period": "за 9 месяцев 2024 г."},
    ),
    ("Доля выросла до 57%.", "выросла до 57%", 57, "percent", "=", {"change": "to", "metric": "share"}),
    # multiples
    ("Товарооборот вырос в 2 раза.", "вырос в 2 раза", 2, "times", "=", {"change": "increase"}),
    ("Объем торговли увеличился почти в 1,5 раза.", "увеличился почти в 1,5 раза", 1.5, "times", "~", {}),
    ("Экспорт сократился вдвое.", "сократился вдвое", 2, "times", "=", {"change": "decrease"}),
    ("Поставки выросли втрое.", "выросли втрое", 3, "times", "=", {"number_text": "втрое"}),
    ("Это в два раза больше.", "в два раза", 2, "times", "=", {}),
    # ranges
    (
        "Инвестиции оцениваются в 10-11 млрд рублей.",
        "10-11 млрд рублей",
        1e10,
        "RUB",
        "=",
        {"value_high": 1.1e10, "number_text": "10-11 млрд", "metric": "investment"},
    ),
    (
        "Инвестиции оцениваются от 10 до 11 млрд рублей.",
        "от 10 до 11 млрд рублей",
        1e10,
        "RUB",
        "=",
        {"value_high": 1.1e10},
    ),
    ("Рост на 5–7% ожидается.", None, 5, "percent", "=", {"value_high": 7}),
    # physical units
    (
        "Урожай составил около 300 тыс. тонн.",
        "около 300 тыс. тонн",
        300_000,
        "tonnes",
        "~",
        {"metric": "volume", "counted": None},
    ),
    (
        "Поставки составили около 300 тыс. тонн.",
        "около 300 тыс. тонн",
        300_000,
        "tonnes",
        "~",
        {"metric": "volume", "counted": None},
    ),
    ("Поставлено 20 тыс. тонн зерна.", "20 тыс. тонн зерна", 20_000, "tonnes", "=", {"counted": "зерна"}),
    ("Засеяно 200 га земли.", "200 га земли", 200, "hectares", "=", {}),
    # counts of concrete things
    (
        "Будет подписано не менее 3 соглашений.",
        "не менее 3 соглашений",
        3,
        "count",
        ">=",
        {"metric": "agreements"},
    ),
    ("Будет привлечено до 50 компаний.", "до 50 компаний", 50, "count", "<=", {"metric": "companies"}),
    (
        "Подписано не более 5 меморандумов.",
        "не более 5 меморандумов",
        5,
        "count",
        "<=",
        {"metric": "agreements"},
    ),
    (
        "Свыше 200 специалистов прошли обучение.",
        "Свыше 200 специалистов",
        200,
        "count",
        ">",
        {"metric": "other"},
    ),
    ("Работают около 10 совместных предприятий.", None, 10, "count", "~", {"metric": "joint_ventures"}),
    ("Открыто 5 посольств и консульств.", "5 посольств", 5, "count", "=", {"metric": "diplomatic_missions"}),
    (
        "Есть 7 сборочных производств, а также склады.",
        "7 сборочных производств",
        7,
        "count",
        "=",
        {"metric": "assembly_plants", "counted": "сборочных производств"},
    ),
    ("55 казахских компаний работают на рынке.", "55 казахских компаний", 55, "count", "=", {}),
    ("Пять компаний подали заявки.", "Пять компаний", 5, "count", "=", {"number_text": "Пять"}),
    ("Приехали 5 тыс. туристов.", "5 тыс. туристов", 5000, "count", "=", {}),
    # number words
    (
        "Страна представлена пятью дипломатическими точками.",
        "пятью дипломатическими точками",
        5,
        "count",
        "=",
        {},
    ),
    (
        "Подписаны соглашения с тремя компаниями.",
        "тремя компаниями",
        3,
        "count",
        "=",
        {"metric": "companies"},
    ),
    ("Работают сорок белорусских предприятий.", "сорок белорусских предприятий", 40, "count", "=", {}),
    (
        "Поставлено сто двадцать пять тракторов.",
        "сто двадцать пять тракторов",
        125,
        "count",
        "=",
        {"number_text": "сто двадцать пять"},
    ),
    ("Участвуют двадцать одна компания.", "двадцать одна компания", 21, "count", "=", {}),
    ("Создано две тысячи рабочих мест.", "две тысячи рабочих мест", 2000, "count", "=", {}),
    ("Открыты представительства в двух регионах.", "двух регионах", 2, "count", "=", {}),
    # ranks and ordinals
    (
        "Казахстан входит в десятку крупнейших торговых партнеров.",
        "в десятку крупнейших торговых партнеров",
        10,
        "rank",
        "<=",
        {"metric": "trade_partner_rank", "number_text": "десятку"},
    ),
    ("Беларусь вошла в тройку ведущих инвесторов.", "в тройку ведущих инвесторов", 3, "rank", "<=", {}),
    ("Страна вошла в топ-10 торговых партнеров.", "в топ-10 торговых партнеров", 10, "rank", "<=", {}),
    (
        "Страна заняла 3-е место среди партнеров.",
        "3-е место",
        3,
        "rank",
        "=",
        {"metric": "trade_partner_rank"},
    ),
    (
        "Край станет 12-м российским регионом, где будет работать диппредставительство.",
        "12-м российским регионом",
        12,
        "count",
        "=",
        {"metric": "regions_with_missions", "number_text": "12-м"},
    ),
    # bare scale words and currency taken from another money fact
    (
        "Планка товарооборота не опускается ниже миллиарда, а в прошлом году превысила $1,5 млрд.",
        "не опускается ниже миллиарда",
        1e9,
        "USD",
        ">=",
        {"metric": "trade_turnover", "number_text": "миллиарда"},
    ),
    (
        "Товарооборот не опускался ниже миллиарда. В 2024 году товарооборот составил 1,2 млрд евро.",
        "не опускался ниже миллиарда",
        1e9,
        "EUR",
        ">=",
        {},
    ),
    ("Более тысячи компаний участвуют.", "Более тысячи компаний", 1000, "count", ">", {}),
    ("Товарооборот составил 1,5 млрд.", "1,5 млрд", 1.5e9, "XXX", "=", {"metric": "trade_turnover"}),
    ("Экспорт 5 млн долларов, импорт 3 млн.", "3 млн", 3e6, "USD", "=", {"metric": "import"}),
    # periods
    (
        "По итогам прошлого года экспорт достиг $3 млрд.",
        "$3 млрд",
        3e9,
        "USD",
        "=",
        {"period": "По итогам прошлого года", "metric": "export"},
    ),
    (
        "В январе-сентябре 2024 года импорт составил 200 млн евро.",
        None,
        2e8,
        "EUR",
        "=",
        {"period": "В январе-сентябре 2024 года", "metric": "import"},
    ),
]


@pytest.mark.parametrize(("text", "quote", "value", "unit", "comparator", "extra"), CASES)
def test_hard_cases(text, quote, value, unit, comparator, extra):
    facts = extract_facts(text)
    _check_offsets(text, facts)
    if quote is not None:
        matching = [f for f in facts if f.quote == quote]
        assert matching, f"no fact quoted {quote!r}: {[f.quote for f in facts]}"
    else:
        matching = [f for f in facts if f.value == float(value) and f.unit == unit]
        assert matching, facts
    f = matching[0]
    assert (f.value, f.unit, f.comparator) == (pytest.approx(float(value)), unit, comparator), f
    for attr, expected in extra.items():
        got = getattr(f, attr)
        assert got == (pytest.approx(expected) if isinstance(expected, float) else expected), (attr, f)


def test_change_from_to_gives_two_facts():
    text = "Доля выросла с 41% до 57%."
    first, second = extract_facts(text)
    assert (first.quote, first.value, first.change, first.comparator) == ("с 41%", 41.0, "from", "=")
    assert (second.quote, second.value, second.change, second.comparator) == ("до 57%", 57.0, "to", "=")
    assert first.unit == second.unit == "percent"
    assert first.metric == second.metric == "share"


def test_money_change_from_to_shares_the_currency():
    first, second = extract_facts("Экспорт увеличился с 10 до 12 млрд долларов.")
    assert (first.value, first.unit, first.change) == (10e9, "USD", "from")
    assert (second.value, second.unit, second.change, second.quote) == (
        12e9,
        "USD",
        "to",
        "до 12 млрд долларов",
    )


def test_two_amounts_two_periods():
    text = "Последние 5 лет товарооборот не ниже $1 млрд, а по итогам 2024 года он превысил $1,5 млрд."
    first, second = extract_facts(text)
    assert (first.quote, first.comparator, first.period) == ("не ниже $1 млрд", ">=", "Последние 5 лет")
    assert (second.quote, second.comparator, second.period) == (
        "превысил $1,5 млрд",
        ">",
        "по итогам 2024 года",
    )


NOT_FACTS = [
    "Встреча в 2024 году прошла успешно.",
    "Отчет за 2024 г. опубликован.",
    "Соглашение подписано в 2023-2025 годах.",
    "Закон действует с 1 января.",
    "Встреча 27 февраля 2025 прошла в Минске.",
    "Саммит пройдет 20 мая.",
    "Документ от 27.02.2025 утвержден.",
    "Дата публикации 2025-11-14 в архиве.",
    "Встреча в 14:00 в здании министерства.",
    "Опубликовано в 17:51, обновлено.",
    "Телефон +375 17 123-45-67 для справок.",
    "Звоните (017) 123-45-67 ежедневно.",
    "Ему 45 лет исполнилось вчера.",
    "Последние 5 лет мы работаем вместе.",
    "За 9 месяцев ситуация изменилась.",
    "1. Первый пункт повестки",
    "2) Второй пункт повестки",
    "Картинка 480w большая.",
    "Сегодня +4°C и облачно.",
    "Погода: -5 градусов, ветер.",
    "Самолеты Су-35 и вакцина от COVID-19 обсуждались.",
    "Статья 12 закона гласит иное.",
    "Указ № 5 подписан.",
    "Это 2-й этап проекта.",
    "Юбилейный 45-летний сотрудник.",
    "В 1990-е годы было иначе.",
    "Одна из крупнейших компаний региона.",
    "Один из лидеров рынка.",
    "Лидеры двух стран встретились.",
    "Тысячи людей вышли на улицы.",
    "Это миллиарды долларов потерь.",
    "Подробнее на https://example.by/news/2024/05/17/123456 сайте.",
    "Сайт www.belta.by/politics/view/12345 обновлен.",
    "Пишите на info2024@mail.by вопросы.",
    "Население составляет 9 млн.",
    "Версия 2.5 вышла.",
    "Он прошел 5 раз подряд.",
    "Есть 5, 6 и 7.",
]


@pytest.mark.parametrize("text", NOT_FACTS)
def test_not_facts(text):
    assert extract_facts(text) == []


def test_offsets_are_into_the_given_text():
    text = "Интро.\n\nТоварооборот за 2024 год превысил $1,5 млрд, а экспорт вырос на 10%.\n"
    facts = extract_facts(text)
    _check_offsets(text, facts)
    assert [f.quote for f in facts] == ["превысил $1,5 млрд", "вырос на 10%"]
    assert facts[0].period == "за 2024 год"


def test_empty_and_numberless_text():
    assert extract_facts("") == []
    assert extract_facts("Текст без чисел.") == []


def test_metric_table_is_well_formed():
    scopes = {rule.scope for rule in METRIC_KEYWORDS}
    assert scopes <= {"counted", "sentence", "both"}
    # one rule per metric, scope, kind of rule and units: a metric may have a second rule read only
    # with a context word in the sentence ("12 документов" are agreements where the sentence signs
    # them), or only for some units (goods received from a side: an import of a physical amount)
    metrics = [(rule.metric, rule.scope, rule.context is not None, rule.kinds) for rule in METRIC_KEYWORDS]
    assert len(metrics) == len(set(metrics))


def test_many_articles_keep_results_identical():
    """The morphology cache must not change results between calls."""
    bodies = [_body(name) for name in sorted(GOLD_FACTS)]
    first = [extract_facts(b) for b in bodies]
    for _ in range(3):
        assert [extract_facts(b) for b in bodies] == first


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("долларов", "USD"),
        ("долл.", "USD"),
        ("долларов США", "USD"),
        ("$", "USD"),
        ("USD", "USD"),
        ("евро", "EUR"),
        ("€", "EUR"),
        ("рублей", "RUB"),
        ("руб.", "RUB"),
        ("₽", "RUB"),
        ("российских рублей", "RUB"),
        ("белорусских рублей", "BYN"),
        ("бел. руб.", "BYN"),
        ("BYN", "BYN"),
        ("юаней", "CNY"),
        ("китайских юаней", "CNY"),
        ("тенге", "KZT"),
        ("кыргызских сомов", "KGS"),
        ("сомони", "TJS"),
        ("сумов", "UZS"),
        ("азербайджанских манатов", "AZN"),
        ("туркменских манатов", "TMT"),
        ("драмов", "AMD"),
        ("лари", "GEL"),
        ("гривен", "UAH"),
        ("злотых", "PLN"),
        ("фунтов стерлингов", "GBP"),
        ("иен", "JPY"),
        ("рупий", "INR"),
        ("турецких лир", "TRY"),
        ("швейцарских франков", "CHF"),
        ("дирхамов", "AED"),
        ("вон", "KRW"),
    ],
)
def test_currencies_after_the_amount(written, code):
    text = f"Сделка на 5 млн {written} заключена."
    (fact,) = extract_facts(text)
    assert (fact.value, fact.unit, fact.quote) == (5e6, code, f"5 млн {written}")


@pytest.mark.parametrize(
    ("hedge", "comparator"),
    [
        ("порядка", "~"),
        ("около", "~"),
        ("почти", "~"),
        ("примерно", "~"),
        ("приблизительно", "~"),
        ("в районе", "~"),
        ("более", ">"),
        ("более чем", ">"),
        ("свыше", ">"),
        ("больше", ">"),
        ("превысил", ">"),
        ("превышает", ">"),
        ("не менее", ">="),
        ("не ниже", ">="),
        ("как минимум", ">="),
        ("не опускается ниже", ">="),
        ("от", ">="),
        ("до", "<="),
        ("менее", "<"),
        ("меньше", "<"),
        ("не более", "<="),
        ("не превышает", "<="),
        ("максимум", "<="),
    ],
)
def test_hedges(hedge, comparator):
    text = f"Объем составил {hedge} 40 субъектов хозяйствования."
    (fact,) = extract_facts(text)
    assert (fact.quote, fact.comparator, fact.value) == (
        f"{hedge} 40 субъектов хозяйствования",
        comparator,
        40,
    )
    capitalized = extract_facts(f"{hedge.capitalize()} 40 субъектов хозяйствования работают.")
    assert capitalized[0].comparator == comparator


# --------------------------------------------------------------------------- vocabulary: scales, currencies, units

# (text, quote, value, unit): scale words of every language read, currencies in words, signs and
# codes apart from the number or after an abbreviation's dot, physical units
VOCABULARY_CASES: list[tuple[str, str, float, str]] = [
    ("Trade between Belarus and China reached $400 million in 2024.", "$400 million", 4e8, "USD"),
    ("Exports rose to $1.2 bn last year.", "rose to $1.2 bn", 1.2e9, "USD"),
    ("Imports were 3 billion dollars.", "3 billion dollars", 3e9, "USD"),
    ("Investment of 25 mln euros was agreed.", "25 mln euros", 2.5e7, "EUR"),
    ("Гандаль склаў 2 мільярды долараў.", "2 мільярды долараў", 2e9, "USD"),
    ("Экспарт склаў 300 млн долараў.", "300 млн долараў", 3e8, "USD"),
    ("Товарообіг склав 1,5 мільярда доларів.", "1,5 мільярда доларів", 1.5e9, "USD"),
    ("Інвестиції склали 2 мільйони доларів.", "2 мільйони доларів", 2e6, "USD"),
    ("Obroty wyniosły 2 mld USD.", "2 mld USD", 2e9, "USD"),
    ("Eksport wyniósł 300 mln zł.", "300 mln zł", 3e8, "PLN"),
    ("Inwestycje to 1,2 miliarda euro.", "1,2 miliarda euro", 1.2e9, "EUR"),
    ("Тауар айналымы 5 млрд доллар.", "5 млрд доллар", 5e9, "USD"),
    ("Объем составил $ 2,915 млрд.", "$ 2,915 млрд", 2.915e9, "USD"),
    ("Экспорт составил 52,7 млн. USD за год.", "52,7 млн. USD", 5.27e7, "USD"),
    ("Импорт составил 2 млрд.USD за год.", "2 млрд.USD", 2e9, "USD"),
    ("Выделено 18 млн евро.", "18 млн евро", 1.8e7, "EUR"),
    ("Вложено 3 млрд тенге.", "3 млрд тенге", 3e9, "KZT"),
    ("Кредит Бишкеку на 50 млн сомов.", "50 млн сомов", 5e7, "KGS"),
    ("В Узбекистане выделили 50 млн сомов.", "50 млн сомов", 5e7, "UZS"),
    ("Фонд составил 900 млн кыргызских сомов.", "900 млн кыргызских сомов", 9e8, "KGS"),
    ("Выделено 5 млн белорусских рублей.", "5 млн белорусских рублей", 5e6, "BYN"),
    ("Премия 9 млн шведских крон.", "9 млн шведских крон", 9e6, "SEK"),
    ("Премия 6 миллионов норвежских крон.", "6 миллионов норвежских крон", 6e6, "NOK"),
    ("Он предложил 100 млн гонконгских долларов.", "100 млн гонконгских долларов", 1e8, "HKD"),
    ("Сделка на 40 млн канадских долларов.", "40 млн канадских долларов", 4e7, "CAD"),
    ("Выделено 20 млн юаней.", "20 млн юаней", 2e7, "CNY"),
    ("Обошлась в 30 млн фунтов.", "30 млн фунтов", 3e7, "GBP"),
    ("Товарооборот составил 6,9 млрд долл. США.", "6,9 млрд долл. США", 6.9e9, "USD"),
    ("Экспорт составил 10 млн рублей РФ.", "10 млн рублей РФ", 1e7, "RUB"),
    ("Поставлено 420 тыс. т зерна.", "420 тыс. т зерна", 4.2e5, "tonnes"),
    ("Поставлено 1,6 млн т. нефти.", "1,6 млн т. нефти", 1.6e6, "tonnes"),
    ("Добыто 180 миллионов баррелей.", "180 миллионов баррелей", 1.8e8, "barrels"),
    ("Произведено 2,4 млн литров молока.", "2,4 млн литров молока", 2.4e6, "litres"),
    ("Поставлено 4 млрд кубометров газа.", "4 млрд кубометров газа", 4e9, "cubic_meters"),
    ("Поставлено 1,2 млрд киловатт-часов.", "1,2 млрд киловатт-часов", 1.2e9, "kwh"),
    ("Экспорт 3 млрд кВт·ч электроэнергии.", "3 млрд кВт·ч электроэнергии", 3e9, "kwh"),
    # larger units of energy, kept as written; a capitalized unit after a scale's dot goes on
    ("Выработано 850 тыс. МВт·ч за квартал.", "850 тыс. МВт·ч", 8.5e5, "mwh"),
    ("Станция дала 2,7 млн мегаватт-часов.", "2,7 млн мегаватт-часов", 2.7e6, "mwh"),
    ("Казахстан поставил в Кыргызстан 640 ГВт·ч.", "640 ГВт·ч", 640, "gwh"),
    ("Импорт из Узбекистана составил 1,8 тераватт-часа.", "1,8 тераватт-часа", 1.8, "twh"),
    ("Exports to Lithuania reached 3.4 TWh last year.", "3.4 TWh", 3.4, "twh"),
    ("Produkcja wyniosła 12 GWh.", "12 GWh", 12, "gwh"),
    (
        "Өткен жылы 420 млн киловатт-сағат электр энергиясы экспортталды.",
        "420 млн киловатт-сағат электр",
        4.2e8,
        "kwh",
    ),
    ("Жылына 2,3 млрд текше метр газ жеткізіледі.", "2,3 млрд текше метр", 2.3e9, "cubic_meters"),
    # power, a plant's or a line's capacity, kept as written; "кВт·ч" stays energy
    ("В Ташкенте построят ТЭС мощностью 1560 МВт.", "1560 МВт", 1560, "mw"),
    ("Кабель мощностью 3,5 ГВт проложат по дну моря.", "3,5 ГВт", 3.5, "gw"),
    ("Станція потужністю 850 мегават запрацює у 2027 році.", "850 мегават", 850, "mw"),
    ("Elektrownia o mocy 1,2 GW powstanie w Bełchatowie.", "1,2 GW", 1.2, "gw"),
    ("The solar park will add 640 MW to the grid.", "640 MW", 640, "mw"),
    ("Установка мощностью 75 кВт работает с мая.", "75 кВт", 75, "kw"),
]


@pytest.mark.parametrize(("text", "quote", "value", "unit"), VOCABULARY_CASES)
def test_scales_currencies_and_units(text, quote, value, unit):
    facts = extract_facts(text)
    _check_offsets(text, facts)
    (fact,) = [f for f in facts if f.quote == quote]
    assert (fact.value, fact.unit) == (pytest.approx(value), unit)


def test_currency_without_a_country_is_not_guessed():
    (fact,) = extract_facts("Премия составила 9 млн крон.")
    assert fact.unit == "XXX"  # krona of which country cannot be told


def test_unit_vocabulary_is_one_list():
    from flows.text.numbers.units import CURRENCY_CODES, NON_MONEY_UNITS, unit_kind, unit_rows

    assert {"USD", "SEK", "HKD", "KZT", "KGS", "UZS", "BYN", "CNY"} <= set(CURRENCY_CODES)
    assert unit_kind("XXX") == "money" and unit_kind("barrels") == "physical"
    rows = {u: (k, v) for u, k, v in unit_rows()}
    assert rows["XXX"] == ("money", False)
    assert set(rows) == {*CURRENCY_CODES, "XXX", *NON_MONEY_UNITS}


# --------------------------------------------------------------------------- signs, targets, forecasts

SIGNED_CASES: list[tuple[str, str, float, str, str]] = [
    (
        "Сальдо торговли Беларуси с Китаем составило минус 215 млн долларов.",
        "минус 215 млн долларов",
        -2.15e8,
        "USD",
        "trade_balance",
    ),
    ("Сальдо составило −215 млн долларов.", "−215 млн долларов", -2.15e8, "USD", "trade_balance"),
    ("Сальдо составило -1,2 млрд рублей.", "-1,2 млрд рублей", -1.2e9, "RUB", "trade_balance"),
    ("Инфляция составила -3,4% за год.", "-3,4%", -3.4, "percent", "other"),
    ("Образовалось отрицательное сальдо в 80 млн долларов.", "80 млн долларов", -8e7, "USD", "trade_balance"),
    ("Сальдо торговли было отрицательным: 45 млн евро.", "45 млн евро", -4.5e7, "EUR", "trade_balance"),
    ("The trade deficit reached $12 billion.", "$12 billion", -1.2e10, "USD", "trade_balance"),
    ("Сальдо составило 30 млн долларов.", "30 млн долларов", 3e7, "USD", "trade_balance"),
]


@pytest.mark.parametrize(("text", "quote", "value", "unit", "metric"), SIGNED_CASES)
def test_negative_values_keep_their_sign(text, quote, value, unit, metric):
    (fact,) = extract_facts(text)
    assert (fact.quote, fact.value, fact.unit, fact.metric) == (quote, pytest.approx(value), unit, metric)


@pytest.mark.parametrize(
    "text", ["Вакцина COVID-19 поступила.", "В 2024-2025 годах.", "Тел. 8-017-123", "Ссылка x-5 и a−3."]
)
def test_hyphens_inside_words_and_ranges_are_not_minus_signs(text):
    assert all(f.value >= 0 for f in extract_facts(text))


MODALITY_CASES: list[tuple[str, str, float, str, str, str | None, str]] = [
    (
        "Стороны планируют довести товарооборот до $3 млрд.",
        "довести товарооборот до $3 млрд",
        3e9,
        "USD",
        "=",
        "to",
        "target",
    ),
    (
        "Поставлена задача нарастить взаимную торговлю до 5 млрд долларов.",
        None,
        5e9,
        "USD",
        "=",
        "to",
        "target",
    ),
    (
        "Ожидается, что экспорт вырастет до 5 млрд долларов к 2030 году.",
        None,
        5e9,
        "USD",
        "=",
        "to",
        "forecast",
    ),
    ("По прогнозу, товарооборот превысит $2 млрд.", "превысит $2 млрд", 2e9, "USD", ">", None, "forecast"),
    ("Товарооборот составил $2 млрд.", "$2 млрд", 2e9, "USD", "=", None, "actual"),
    # "до" without a change verb stays an upper bound; "будет" is the future: a forecast
    ("Будет привлечено до 50 компаний.", "до 50 компаний", 50, "count", "<=", None, "forecast"),
    ("Скидка вплоть до 30%.", "вплоть до 30%", 30, "percent", "<=", None, "actual"),
]


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit", "comparator", "change", "modality"), MODALITY_CASES
)
def test_targets_and_forecasts_are_not_upper_bounds(text, quote, value, unit, comparator, change, modality):
    (fact,) = extract_facts(text)
    if quote is not None:
        assert fact.quote == quote
    got = (fact.value, fact.unit, fact.comparator, fact.change, fact.modality)
    assert got == (pytest.approx(value), unit, comparator, change, modality)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # words that start as a cue does but are other words: no plan
        ("Планка товарооборота превысила $2 млрд.", "actual"),
        ("Экспорт планшетов в Китай составил $2 млн.", "actual"),
        ("Стремительно растущий экспорт составил $3 млрд.", "actual"),
        ("Целиком товарооборот составил $3 млрд.", "actual"),
        ("Exports of the plant reached $2 billion.", "actual"),
        ("The planet-friendly exports reached $2 billion.", "actual"),
        # the cue words in their forms
        ("Плановый показатель товарооборота — $3 млрд.", "target"),
        ("В планах — товарооборот в $3 млрд.", "target"),
        ("Товарооборот по плану — $3 млрд.", "target"),
        ("Целевой показатель товарооборота — $3 млрд.", "target"),
        ("Стороны стремятся довести товарооборот до $3 млрд.", "target"),
        ("Exports planned for next year are $3 billion.", "target"),
        ("The sides plan to bring trade to $3 billion.", "target"),
    ],
)
def test_plan_cues_are_whole_words(text, modality):
    (fact,) = extract_facts(text)
    assert fact.modality == modality


# --------------------------------------------------------------------------- number words, ranks, multiples

# (text, quote, value, unit, metric or None)
FORM_CASES: list[tuple[str, str, float, str, str | None]] = [
    ("Проект стоит шестьсот миллионов долларов.", "шестьсот миллионов долларов", 6e8, "USD", None),
    ("Кредит в размере трех миллиардов долларов.", "трех миллиардов долларов", 3e9, "USD", None),
    ("Подписано семь соглашений.", "семь соглашений", 7, "count", "agreements"),
    ("Подписано почти три десятка документов.", "почти три десятка документов", 30, "count", None),
    ("Приехали две сотни участников.", "две сотни участников", 200, "count", None),
    ("Делегации встречались дважды.", "дважды", 2, "count", None),
    ("Министры трижды обсуждали проект.", "трижды", 3, "count", None),
    ("Экспорт составил одну четверть от объема.", "одну четверть", 0.25, "fraction", None),
    ("На Китай приходится треть экспорта.", "треть экспорта", 1 / 3, "fraction", None),
    ("Две трети поставок пришлись на зерно.", "Две трети поставок", 2 / 3, "fraction", None),
    ("Экспорт составил полтора миллиарда долларов.", "полтора миллиарда долларов", 1.5e9, "USD", "export"),
    ("Создано ДВА СОВМЕСТНЫХ ПРЕДПРИЯТИЯ.", "ДВА СОВМЕСТНЫХ ПРЕДПРИЯТИЯ", 2, "count", "joint_ventures"),
    ("ПОДПИСАНО ПЯТЬ СОГЛАШЕНИЙ О СОТРУДНИЧЕСТВЕ.", "ПЯТЬ СОГЛАШЕНИЙ", 5, "count", "agreements"),
    ("Экспорт вырос в 40 раз.", "вырос в 40 раз", 40, "times", "export"),
    ("Импорт сократился вдвое.", "сократился вдвое", 2, "times", "import"),
    ("Товарооборот увеличился в 2,5 раза.", "увеличился в 2,5 раза", 2.5, "times", "trade_turnover"),
    ("Китай третий торговый партнер Беларуси.", "третий торговый партнер", 3, "rank", "trade_partner_rank"),
    ("Беларусь занимает пятое место среди партнеров.", "пятое место", 5, "rank", "trade_partner_rank"),
    (
        "Беларусь стала вторым по значимости покупателем.",
        "вторым по значимости покупателем",
        2,
        "rank",
        "trade_partner_rank",
    ),
    (
        "Казахстан стал первым инвестором региона.",
        "первым инвестором региона",
        1,
        "rank",
        "trade_partner_rank",
    ),
    ("Беларусь вошла в топ-5 поставщиков.", "в топ-5 поставщиков", 5, "rank", "trade_partner_rank"),
    ("Доля выросла на 5 проц за год.", "выросла на 5 проц", 5, "percent", None),
    ("Доля составила 3 проц. в прошлом году.", "3 проц.", 3, "percent", None),
    ("Рост на 2 процента.", "Рост на 2 процента", 2, "percent", None),
    ("Он проиграл менее одного процента.", "менее одного процента", 1, "percent", None),
    ("Ожидается 70-процентное увеличение выручки.", "70-процентное", 70, "percent", None),
    ("Сдачи со 100-долларовой купюры нет.", "100-долларовой", 100, "USD", None),
    ("Победил с 54 процентным преимуществом.", "54 процентным", 54, "percent", None),
]


@pytest.mark.parametrize(("text", "quote", "value", "unit", "metric"), FORM_CASES)
def test_number_words_ranks_multiples_and_percent_forms(text, quote, value, unit, metric):
    facts = extract_facts(text)
    _check_offsets(text, facts)
    (fact,) = [f for f in facts if f.quote == quote]
    assert (fact.value, fact.unit) == (pytest.approx(value), unit)
    if metric is not None:
        assert fact.metric == metric


def test_rank_change_from_to():
    first, second = extract_facts("Страна поднялась с 41-го места на 28-е.")
    assert (first.quote, first.value, first.unit, first.change) == ("с 41-го места", 41, "rank", "from")
    assert (second.quote, second.value, second.unit, second.change) == ("на 28-е", 28, "rank", "to")


def test_percentage_points_are_not_percent():
    (fact,) = extract_facts("Доля выросла на 1,8 п.п. за год.")
    assert fact.unit == "percentage_points"


@pytest.mark.parametrize(
    "text",
    [
        "Второй раунд переговоров прошел в Минске.",
        "Первый заместитель министра выступил.",
        "На третьем этапе стороны договорились.",
        "Одна из стран выступила против.",
        "Заседание прошло в ОАЭ и США.",
    ],
)
def test_ordinals_and_capitals_without_a_head_are_not_facts(text):
    assert extract_facts(text) == []


def test_units_seed_is_the_vocabulary():
    from flows.text.numbers.units import units_csv

    seed = PROJECT_ROOT / "dbt_project" / "seeds" / "ref_units.csv"
    assert seed.read_text(encoding="utf-8") == units_csv(), "run `make gazetteer`"


def test_gx_suite_reads_the_same_vocabulary():
    from flows import validation
    from flows.text.numbers.units import CURRENCY_CODES, NON_MONEY_UNITS

    assert list(CURRENCY_CODES) == validation.CURRENCIES
    assert set(validation.NON_MONEY_UNITS) == set(NON_MONEY_UNITS)
    assert "XXX" not in validation.CURRENCIES


def test_every_emitted_unit_is_in_the_vocabulary():
    from flows.text.numbers.units import unit_kind

    texts = [t for t, *_ in VOCABULARY_CASES + FORM_CASES] + [t for t, *_ in SIGNED_CASES]
    units = {f.unit for t in texts for f in extract_facts(t)}
    assert all(unit_kind(u) != "unknown" for u in units), units


def test_currency_phrases_for_the_gazetteer_cover_adjectives_and_countries():
    from flows.text.numbers.units import currency_phrases, currency_phrases_en

    phrases = currency_phrases()
    assert "шведский крона" in phrases and "доллар =США" in phrases and "=долл =США" in phrases
    assert "US dollars" in currency_phrases_en()


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit", "metric"),
    [
        ("Imports were $400m last year.", "$400m", 4e8, "USD", "import"),
        ("Рост ВВП составил 1,5 проц. пункта.", "1,5 проц. пункта", 1.5, "percentage_points", None),
        (
            "Внешнеторговый оборот Беларуси с Узбекистаном составил $1 млрд, экспорт - $700 млн.",
            "$1 млрд",
            1e9,
            "USD",
            "trade_turnover",
        ),
        ("В 5 т. д. сказано, а добыто 5 т золота.", "5 т золота", 5, "tonnes", "volume"),
    ],
)
def test_glued_scales_point_abbreviations_and_clause_keywords(text, quote, value, unit, metric):
    (fact,) = [f for f in extract_facts(text) if f.quote == quote]
    assert (fact.value, fact.unit) == (pytest.approx(value), unit)
    if metric is not None:
        assert fact.metric == metric


def test_every_currency_has_a_world_gdp_ceiling():
    from flows.text.numbers.units import CURRENCY_CODES, PLAUSIBLE_RANGES, WORLD_GDP_USD

    ceilings = {u: hi for u, m, _lo, hi in PLAUSIBLE_RANGES if u in CURRENCY_CODES and m is None}
    assert set(ceilings) == set(CURRENCY_CODES)
    assert ceilings["USD"] == WORLD_GDP_USD and ceilings["KZT"] > 100 * WORLD_GDP_USD


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit", "comparator", "metric", "modality"),
    [
        (
            "Сальдо внешней торговли сложилось отрицательным в объеме $1,2 млрд.",
            "$1,2 млрд",
            -1.2e9,
            "USD",
            "=",
            "trade_balance",
            "actual",
        ),
        (
            "Подписано более десятка соглашений.",
            "более десятка соглашений",
            10,
            "count",
            ">",
            "agreements",
            "actual",
        ),
        (
            "Создано около сотни совместных предприятий.",
            "около сотни совместных предприятий",
            100,
            "count",
            "~",
            "joint_ventures",
            "actual",
        ),
        (
            "Планируется, что к 2026 году объем торговли достигнет $10 млрд.",
            "$10 млрд",
            1e10,
            "USD",
            "=",
            "trade_turnover",
            "target",
        ),
        ("По прогнозам, экспорт составит 3 млрд евро.", "3 млрд евро", 3e9, "EUR", "=", "export", "forecast"),
    ],
)
def test_collectives_weak_volume_and_plan_over_future(text, quote, value, unit, comparator, metric, modality):
    (fact,) = extract_facts(text)
    got = (fact.quote, fact.value, fact.unit, fact.comparator, fact.metric, fact.modality)
    assert got == (quote, pytest.approx(value), unit, comparator, metric, modality)


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit", "metric"),
    [
        ("Экспарт вырас на 12 працэнтаў.", "вырас на 12 працэнтаў", 12, "percent", "export"),
        ("Експорт зріс на 7 відсотків.", "зріс на 7 відсотків", 7, "percent", "export"),
        ("Eksport wzrósł o 5 proc. w ciągu roku.", "wzrósł o 5 proc.", 5, "percent", "export"),
        ("Экспорт 15 пайызға өсті.", "15 пайызға өсті", 15, "percent", "export"),
        ("Exports grew by 4 per cent.", "grew by 4 per cent", 4, "percent", "export"),
        ("Імпорт склав 300 тис. доларів.", "300 тис. доларів", 3e5, "USD", "import"),
        ("Экспарт склаў 5 тыс. тон.", "5 тыс. тон", 5e3, "tonnes", "export"),
    ],
)
def test_percent_and_units_in_other_languages(text, quote, value, unit, metric):
    (fact,) = extract_facts(text)
    assert (fact.quote, fact.value, fact.unit) == (quote, pytest.approx(value), unit)
    if metric is not None:
        assert fact.metric == metric


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit", "comparator", "change"),
    [
        ("Exports rose to $1.2 billion.", "rose to $1.2 billion", 1.2e9, "USD", "=", "to"),
        ("Trade grew by 12% last year.", "grew by 12%", 12, "percent", "=", "increase"),
        ("Imports fell by 3 percent.", "fell by 3 percent", 3, "percent", "=", "decrease"),
        ("Investment exceeded $500 million.", "exceeded $500 million", 5e8, "USD", ">", None),
        ("At least 3 billion dollars were invested.", "At least 3 billion dollars", 3e9, "USD", ">=", None),
        ("Exports reached about $2 bn.", "about $2 bn", 2e9, "USD", "~", None),
        ("Investment of up to $40 million.", "up to $40 million", 4e7, "USD", "<=", None),
    ],
)
def test_english_hedges_and_changes(text, quote, value, unit, comparator, change):
    (fact,) = extract_facts(text)
    got = (fact.quote, fact.value, fact.unit, fact.comparator, fact.change)
    assert got == (quote, pytest.approx(value), unit, comparator, change)


@pytest.mark.parametrize(
    "text",
    [
        "Импорт составил 3 тыс. лошадиных сил.",
        "Экспорт достиг 10 тыс. TEU.",
        "Экспорт составил 2 млн т.у.т.",
        "Импорт составил три тысячи гигакалорий.",
    ],
)
def test_an_unknown_unit_is_never_money(text):
    # (a counted noun in lower case is a count: "3 тыс. лошадиных сил")
    assert [f for f in extract_facts(text) if f.unit not in NON_MONEY_UNITS] == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Импорт составил 3 тыс. МВт мощности.", 3000, "mw"),
        ("Экспорт электроэнергии по кабелю мощностью 2 ГВт начнется в 2029 году.", 2, "gw"),
        ("Export of power over a 1.4 GW link will start next year.", 1.4, "gw"),
    ],
)
def test_power_is_a_capacity_never_a_flow(text, value, unit):
    # a plant's or a line's power is its size, never the level of an export or import
    (fact,) = [f for f in extract_facts(text) if f.unit == unit]
    assert (fact.value, fact.metric) == (pytest.approx(value), "other")


def test_square_metres_and_money_without_a_currency_at_a_sentence_end():
    (area,) = extract_facts("Экспорт составил 5 млн кв. м жилья.")
    assert (area.quote, area.unit) == ("5 млн кв. м жилья", "square_meters")
    (money,) = extract_facts("Товарооборот составил 1,5 млрд. Это рекорд.")
    assert (money.value, money.unit) == (1.5e9, "XXX")


CORPUS = TEST_DATA / "numbers_corpus.json"


def test_outputs_match_the_comparison_corpus():
    """Every fact of every corpus text, field by field (see benchmarks/numbers_corpus.py)."""
    import dataclasses
    import json

    rows = json.loads(CORPUS.read_text(encoding="utf-8"))
    assert len(rows) > 100 and sum(len(r["facts"]) for r in rows) > 200
    for row in rows:
        assert [dataclasses.asdict(f) for f in extract_facts(row["text"])] == row["facts"], row["text"][:200]


def test_currency_resolution_is_linear_in_a_long_article():
    """Amounts without a currency ("составил 5 млрд") take it from their sentence: the explicit
    amounts are indexed once per text, so 8 times the sentences run at most 10 times the lines
    (a rescan of every candidate per candidate ran about 25 times)."""

    def text_of(n: int) -> str:
        return " ".join(
            f"Экспорт вырос до $1,{i % 9 + 1} млрд, а импорт составил {i % 7 + 2} млрд." for i in range(n)
        )

    small, large = text_of(250), text_of(2000)
    for text, n in ((small, 250), (large, 2000)):
        facts = extract_facts(text)
        assert len(facts) == 2 * n and {f.unit for f in facts} == {"USD"}
    ratio = lines_run(extract_facts, large) / lines_run(extract_facts, small)
    assert 7 < ratio < 10, f"8x the text ran {ratio:.1f}x the lines"


COUNTED_CASES: list[tuple[str, str, float, str, str]] = [
    # (text, quote, value, metric, counted): counted nouns of en, pl, uk, be, English number words
    ("The sides signed 30 agreements in Minsk.", "30 agreements", 30, "agreements", "agreements"),
    ("They set up 12 joint ventures last year.", "12 joint ventures", 12, "joint_ventures", "joint ventures"),
    (
        "They signed five memoranda of understanding.",
        "five memoranda of understanding",
        5,
        "agreements",
        "memoranda of understanding",
    ),
    ("Twelve contracts were signed.", "Twelve contracts", 12, "agreements", "contracts"),
    ("Twenty-five companies took part.", "Twenty-five companies", 25, "companies", "companies"),
    ("twenty five deals were closed", "twenty five deals", 25, "agreements", "deals"),
    ("Some two dozen firms came.", "Some two dozen firms", 24, "companies", "firms"),
    (
        "About 40 Chinese companies work there.",
        "About 40 Chinese companies",
        40,
        "companies",
        "Chinese companies",
    ),
    ("Belarus has 3 consulates in China.", "3 consulates", 3, "diplomatic_missions", "consulates"),
    ("Podpisano 30 umów.", "30 umów", 30, "agreements", "umów"),
    (
        "Powstało 12 wspólnych przedsiębiorstw.",
        "12 wspólnych przedsiębiorstw",
        12,
        "joint_ventures",
        "wspólnych przedsiębiorstw",
    ),
    ("Підписано 5 договорів.", "5 договорів", 5, "agreements", "договорів"),
    (
        "Створено 12 спільних підприємств.",
        "12 спільних підприємств",
        12,
        "joint_ventures",
        "спільних підприємств",
    ),
    ("У Мінску працуюць 40 кампаній.", "40 кампаній", 40, "companies", "кампаній"),
    ("Падпісана 30 пагадненняў.", "30 пагадненняў", 30, "agreements", "пагадненняў"),
]


@pytest.mark.parametrize(("text", "quote", "value", "metric", "counted"), COUNTED_CASES)
def test_counted_nouns_and_number_words_of_other_languages(text, quote, value, metric, counted):
    facts = extract_facts(text)
    assert [(f.quote, f.value, f.unit, f.metric, f.counted) for f in facts] == [
        (quote, value, "count", metric, counted)
    ]
    assert text[facts[0].char_start : facts[0].char_end] == quote


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of two countries met in Minsk.",  # the sides of a meeting, as "двух стран"
        "One of the agreements was signed.",  # "one" alone is prose
        "30 of the agreements were signed.",  # a stop word before the noun
        "Five years ago the plant opened.",  # years are not counted things
        "Prezydenci dwóch krajów.",
    ],
)
def test_other_languages_prose_is_not_counted(text):
    assert extract_facts(text) == []


def test_counted_noun_lexicon_reads_every_form():
    """Every form of the lexicon after a number is a count whose counted phrase is that form."""
    from flows.text.numbers.lexicon import COUNTED_NOUNS

    for form, lemma in COUNTED_NOUNS.items():
        facts = extract_facts(f"Итого 17 {form}.")
        assert [(f.value, f.unit, f.counted) for f in facts] == [(17, "count", form)], (form, lemma)


# Whole articles in Belarusian, Ukrainian, Polish and Kazakh: (text, [(quote, value, unit, metric)])
ARTICLE_CASES: list[tuple[str, list[tuple[str, float, str, str]]]] = [
    (
        "Тавараабарот паміж Беларуссю і Іранам у мінулым годзе склаў 120 млн долараў. "
        "Бакі падпісалі 8 пагадненняў, інвестыцыі склалі 40 млн еўра.",
        [
            ("120 млн долараў", 120_000_000, "USD", "trade_turnover"),
            ("8 пагадненняў", 8, "count", "agreements"),
            ("40 млн еўра", 40_000_000, "EUR", "investment"),
        ],
    ),
    (
        "Товарообіг між Україною та Польщею торік становив 2,5 млрд доларів. "
        "Інвестиції сягнули 300 млн євро, підписано 12 угод.",
        [
            ("2,5 млрд доларів", 2_500_000_000, "USD", "trade_turnover"),
            ("300 млн євро", 300_000_000, "EUR", "investment"),
            ("12 угод", 12, "count", "agreements"),
        ],
    ),
    (
        "Obroty handlowe między Polską a Białorusią wyniosły 300 mln dolarów. "
        "Eksport osiągnął 1,2 mld złotych, podpisano 4 umowy.",
        [
            ("300 mln dolarów", 300_000_000, "USD", "trade_turnover"),
            ("1,2 mld złotych", 1_200_000_000, "PLN", "export"),
            ("4 umowy", 4, "count", "agreements"),
        ],
    ),
    (
        "Қазақстан мен Қытай арасындағы тауар айналымы 2,5 млрд долларды құрады. "
        "Инвестициялар көлемі 500 млн теңге болды.",
        [
            ("2,5 млрд долларды", 2_500_000_000, "USD", "trade_turnover"),
            ("500 млн теңге", 500_000_000, "KZT", "investment"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLE_CASES)
def test_articles_in_other_languages_give_currency_and_scale(text, expected):
    facts = extract_facts(text)
    assert [(f.quote, f.value, f.unit, f.metric) for f in facts] == expected
    for f in facts:
        assert text[f.char_start : f.char_end] == f.quote


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit", "comparator"),
    [
        ("Obroty handlowe przekroczyły 300 mln dolarów.", "przekroczyły 300 mln dolarów", 3e8, "USD", ">"),
        ("Eksport przekroczył 15 mln dolarów.", "przekroczył 15 mln dolarów", 1.5e7, "USD", ">"),
        ("Inwestycje wyniosły ponad 70 mln dolarów.", "ponad 70 mln dolarów", 7e7, "USD", ">"),
        ("Import utrzymał się powyżej 25 mln dolarów.", "powyżej 25 mln dolarów", 2.5e7, "USD", ">"),
        ("Import spadł poniżej 25 mln dolarów.", "poniżej 25 mln dolarów", 2.5e7, "USD", "<"),
        ("Eksport wyniósł mniej niż 9 mln dolarów.", "mniej niż 9 mln dolarów", 9e6, "USD", "<"),
        ("Товарообіг перевищив 2 млрд доларів.", "перевищив 2 млрд доларів", 2e9, "USD", ">"),
        ("Експорт перевищили 35 млн доларів.", "перевищили 35 млн доларів", 3.5e7, "USD", ">"),
        ("Інвестиції склали понад 80 млн доларів.", "понад 80 млн доларів", 8e7, "USD", ">"),
        ("Інвестиції склали більше 60 млн доларів.", "більше 60 млн доларів", 6e7, "USD", ">"),
        ("Імпорт склав менше 12 млн доларів.", "менше 12 млн доларів", 1.2e7, "USD", "<"),
        ("Імпорт склав менш за 14 млн доларів.", "менш за 14 млн доларів", 1.4e7, "USD", "<"),
        ("Тавараабарот перавысіў 500 млн долараў.", "перавысіў 500 млн долараў", 5e8, "USD", ">"),
        ("Экспарт перавысілі 45 млн долараў.", "перавысілі 45 млн долараў", 4.5e7, "USD", ">"),
        ("Гандаль склаў больш за 40 млн долараў.", "больш за 40 млн долараў", 4e7, "USD", ">"),
        ("Інвестыцыі склалі звыш 90 млн долараў.", "звыш 90 млн долараў", 9e7, "USD", ">"),
        ("Імпарт склаў менш за 7 млн долараў.", "менш за 7 млн долараў", 7e6, "USD", "<"),
        ("Exports topped $3 billion.", "topped $3 billion", 3e9, "USD", ">"),
        ("Trade surpassed $4 billion.", "surpassed $4 billion", 4e9, "USD", ">"),
        ("Imports stayed under $600 million.", "under $600 million", 6e8, "USD", "<"),
        ("Fewer than 30 million dollars were paid.", "Fewer than 30 million dollars", 3e7, "USD", "<"),
    ],
)
def test_hedges_of_exceeding_and_falling_short_in_every_language(text, quote, value, unit, comparator):
    (fact,) = extract_facts(text)
    got = (fact.quote, fact.value, fact.unit, fact.comparator)
    assert got == (quote, pytest.approx(value), unit, comparator)


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("Поставки выросли в 3,5 раза, до 610 тыс. т.", "до 610 тыс. т", 6.1e5, "tonnes"),
        ("Товарооборот увеличился на 14%, до 1,7 млрд долларов.", "до 1,7 млрд долларов", 1.7e9, "USD"),
        ("Импорт сократился вдвое — до 230 млн долларов.", "до 230 млн долларов", 2.3e8, "USD"),
        ("Экспорт снизился на 6 млн долл. до 44 млн долларов.", "до 44 млн долларов", 4.4e7, "USD"),
        ("Закупки упали в 4 раза – до 17 млн долларов.", "до 17 млн долларов", 1.7e7, "USD"),
        ("Цены поднялись на 9% до 310 долларов.", "до 310 долларов", 310, "USD"),
        ("Экспорт вырос в 2022 году почти втрое, до 95 млн долларов.", "до 95 млн долларов", 9.5e7, "USD"),
    ],
)
def test_do_after_a_change_verb_in_the_same_clause_is_the_value_reached(text, quote, value, unit):
    facts = [f for f in extract_facts(text) if f.change == "to"]
    assert len(facts) == 1, extract_facts(text)
    (fact,) = facts
    got = (fact.quote.rstrip("."), fact.value, fact.unit, fact.comparator)
    assert got == (quote, pytest.approx(value), unit, "=")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("В проекте участвуют до 50 компаний.", "до 50 компаний"),
        ("Экспорт вырос на 10%. Кредиты выдают до 70 млн долларов.", "до 70 млн долларов"),
        ("Экспорт вырос на 10%, а кредиты выдают до 70 млн долларов.", "до 70 млн долларов"),
        ("Экспорт вырос на 10%, импорт составил до 70 млн долларов.", "до 70 млн долларов"),
        ("Экспорт вырос на 10%; кредиты выдают до 70 млн долларов.", "до 70 млн долларов"),
    ],
)
def test_do_without_a_change_verb_in_its_clause_is_an_upper_bound(text, quote):
    (fact,) = [f for f in extract_facts(text) if f.quote.startswith("до")]
    assert (fact.quote, fact.comparator, fact.change) == (quote, "<=", None)


def test_first_letters_are_those_a_match_starts_with():
    from flows.text.numbers.patterns import first_letters

    # letters that start an alternative later in the pattern cannot start a match
    assert first_letters(r"(?:за|в)\s+(?:лет|год)") == "ВЗвз"
    assert first_letters(r"(?:the\s+)?(?:last|next)\s+year|торік") == "LNTlntТт"
    assert first_letters(r"(?P<a>план\w*)|(?P<b>\bожида\w*)") == "ОПоп"
    # a pattern that can start with any word character: the letters after "|" and "("
    assert first_letters(r"\w+\s+сальдо|дефицит") == "Дд"


def test_first_letter_lookaheads_let_every_match_through():
    """The look-ahead on first letters of the period, modality, negative-balance and metric
    keyword regexes never drops a match of the phrases themselves."""
    import json
    import re

    from flows.text.numbers.lexicon import NEGATIVE_CONTEXT
    from flows.text.numbers.patterns import _MODALITY_ALT, first_letters
    from flows.text.numbers.periods import OTHER_PERIOD

    texts = [d["text"] for d in json.loads((TEST_DATA / "numbers_corpus.json").read_text(encoding="utf-8"))]
    for name in ("heldout.json", "tune.json"):
        texts += [
            d["text"] for d in json.loads((TEST_DATA / "multilingual" / name).read_text(encoding="utf-8"))
        ]
    texts += [
        "За последние 5 лет, в первом квартале 2024 года, у минулому році, w tym roku, in Q1 2023, "
        "last year, since the start of the year, з початку року, торік, планируется, ожидается, "
        "expected, will grow, отрицательное сальдо, trade deficit, товарооборот, экспорт, инвестиции"
    ]
    alternations = [OTHER_PERIOD, _MODALITY_ALT, NEGATIVE_CONTEXT]
    alternations += [rule.pattern.pattern for rule in METRIC_KEYWORDS]
    found = 0
    for alternation in alternations:
        letters = set(first_letters(alternation))
        for text in texts:
            for m in re.finditer(alternation, text, re.I):
                found += 1
                assert m.group()[:1] in letters, (alternation[:60], m.group())
    assert found > 200


@pytest.mark.parametrize(
    "text",
    [
        "ТАШКЕНТ, 4 дек — Новости. Стороны обсудили торговлю.",  # a dateline's abbreviated month
        "ХАРБИН, 17 сент. — агентство. Поставки выросли.",
        "ЛЬВІВ, 9 березня 2025 року — Укрінформ. Обсяг торгівлі зріс.",  # Ukrainian day and year
        "Угоду підписали 21 червня у Києві.",
        "ГОМЕЛЬ, 3 студзеня 2024 года, БЕЛТА. Тавараабарот вырас.",  # Belarusian
        "Kraków, 14 sierpnia 2023 r. (PAP) Wymiana handlowa wzrosła.",  # Polish day and year
        "Umowę podpisano 2 października w Warszawie.",
        "LONDON, 11 March (Reuters) Trade rose.",  # English day before the month
        "Келісімге 2022 жылы қол қойылды.",  # Kazakh year
    ],
)
def test_a_date_in_any_language_of_the_press_is_no_count(text: str) -> None:
    assert [(f.value, f.unit) for f in extract_facts(text)] == []


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("В клинику доставили 12 грудных детей.", 12.0, "грудных"),  # a month stem starts the noun
        ("Врачи зафиксировали 40 травм за сезон.", 40.0, "травм"),
        ("Стороны подписали 7 декабрьских соглашений.", 7.0, "декабрьских"),
    ],
)
def test_a_noun_a_month_name_starts_is_still_counted(text: str, value: float, counted: str) -> None:
    facts = extract_facts(text)
    assert [f.value for f in facts] == [value]
    assert facts[0].counted is not None and facts[0].counted.startswith(counted)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Kazakhstan shipped 3,750 tonnes of barley to Iran.", 3750.0, "tonnes"),  # English grouping
        ("Imports reached $4,125 million last year.", 4_125_000_000.0, "USD"),
        ("Turkey bought 2,400,000 barrels of oil.", 2_400_000.0, "barrels"),  # several groups
        ("Поставки составили 7,250,000 тонн зерна.", 7_250_000.0, "tonnes"),  # several groups anywhere
        ("Экспорт составил 2,375 млрд долларов.", 2_375_000_000.0, "USD"),  # Russian decimal comma
        ("Поставки достигли 3,125 тонны.", 3.125, "tonnes"),
    ],
)
def test_a_comma_before_three_digits_groups_thousands_in_english_and_marks_decimals_in_russian(
    text: str, value: float, unit: str
) -> None:
    facts = extract_facts(text)
    assert [(f.value, f.unit) for f in facts] == [(pytest.approx(value), unit)]
