"""Whether a figure can measure a relation of two sides (flows/text/numbers/indicators.py
is_bilateral): one country's own figure (its GDP, prices, people, reserves, its dealings with the
whole world) is no pair's, whatever article it stands in."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts
from flows.text.numbers.indicators import is_bilateral


def _bilateral(text: str) -> list[bool]:
    return [is_bilateral(text, f.char_start, f.char_end, f.metric) for f in extract_facts(text)]


@pytest.mark.parametrize(
    "text",
    [
        # the economy, people and state of one country
        "ВВП Армении в 2024 году вырос на 5,9%, сообщила статслужба.",
        "Инфляция в Турции в апреле замедлилась до 37,9%.",
        "Безработица в Грузии снизилась до 13,9%.",
        "Население Узбекистана превысило 37 млн человек.",
        "Золотовалютные резервы Азербайджана выросли до 12 млрд долларов.",
        "Промышленное производство в Казахстане за год увеличилось на 2,8%.",
        "Цена нефти марки Urals составила 58 долларов за баррель.",
        "Germany's GDP shrank by 0.2% in the second quarter.",
        "Unemployment in Spain fell to 11.3% in March.",
        "ВВП Молдови у 2024 році зріс на 0,1%.",
        "Інфляція в Румунії становила 5,1%.",
        "Inflacja na Węgrzech wyniosła 3,7 proc.",
        "Беспрацоўе ў Літве склала 6,9%.",
        "Қазақстанның ЖІӨ 4,8%-ға өсті.",
        # a country's dealings with the whole world
        "Армения в прошлом году привлекла 1,2 млрд долларов иностранных инвестиций.",
        "Внешнеторговый оборот Узбекистана составил 66 млрд долларов.",
        "Turkey's foreign trade deficit widened to 82 billion dollars.",
        "Зовнішньоторговельний оборот Молдови склав 12 млрд доларів.",
        # a total of every partner
        "Общий объем импорта составил 4,7 млрд долларов.",
        "Совокупный экспорт республики вырос на 6%.",
        "Общий товарооборот страны со всеми партнерами достиг 31 млрд долларов.",
        "Загальний обсяг експорту сягнув 3,2 млрд доларів.",
        "Агульны аб'ём экспарту склаў 4 млрд долараў.",
        "Łączny eksport wyniósł 7 mld dolarów.",
        # "с другой стороны" is no side
        "С другой стороны, инфляция в Армении составила 8%.",
        # a volume one side consumes, extracts, produces or holds
        "Потребление газа в стране составило 51,3 млрд кубометров.",
        "Добыча нефти в Казахстане достигла 90 млн тонн.",
        "Урожай зерна в Казахстане составил 26 млн тонн.",
        "Kazakhstan produced 90 million tonnes of oil last year.",
        "Видобуток газу в Україні склав 19 млрд кубометрів.",
        "Produkcja węgla w Polsce wyniosła 50 mln ton.",
    ],
)
def test_one_countrys_own_figure_is_not_bilateral(text: str) -> None:
    values = _bilateral(text)
    assert values, extract_facts(text)
    assert not any(values), (text, extract_facts(text))


@pytest.mark.parametrize(
    "text",
    [
        # a flow or trade, with its partner, its ends, or one side named
        "Товарооборот Армении с Ираном вырос на 12% и достиг 700 млн долларов.",
        "Экспорт армянского коньяка в Россию увеличился в 1,5 раза.",
        "Поставки газа в Турцию выросли на 8%.",
        "Экспорт Грузии вырос до 600 млн долларов.",
        "Товарооборот вырос до 3 млрд долларов.",
        "Число туристов из Казахстана выросло на 40%.",
        "Trade between Georgia and Azerbaijan rose 7% to 1.4 billion dollars.",
        "Spain's exports to Morocco grew by 9%.",
        "Товарообіг між Україною та Молдовою зріс на 15%.",
        "Obroty handlowe Polski z Litwą wzrosły o 6 proc.",
        "Тавараабарот Беларусі з В'етнамам вырас на 30%.",
        "Общий объем экспорта Казахстана в Китай достиг 10 млрд долларов.",
        "Łączny eksport Polski do Niemiec wyniósł 90 mld euro.",
        # relations by their own nature, or by words of two sides
        "Стороны подписали 14 соглашений.",
        "В Армении работают 120 совместных предприятий.",
        "Двустороннее сотрудничество за год выросло на 20%.",
        "Иностранные инвестиции из Китая в Армению выросли на 40%.",
        # Ukrainian sides and cooperation
        "Сторони домовилися, що Польща профінансує ремонт мостів на 40 млн євро.",
        "Агентство міжнародного співробітництва виділить 8 млн євро на розмінування.",
        # a company named World invests: no world total
        "Компанія DP World вже вклала в термінал 250 млн доларів.",
        "DP World will invest $1 billion in the port of Odesa.",
        # what investors of one side put in
        "Участие российских инвесторов в проекте может составить от 4 до 5 млрд долларов.",
        "Китайские инвесторы готовы направить в индустриальный парк около 700 млн долларов.",
        # the sides themselves and what they make together
        "Стороны планируют в следующем году выйти на $1,5 млрд.",
        "В портфеле совместных проектов находится 90 проектов на сумму 25 млрд долларов.",
        "Сумма контракта составляет от 6 до 7 млрд долларов.",
        "В рамках визита подписаны соглашения на общую сумму свыше 9 млрд долларов.",
        "The sides signed deals worth $3 billion.",
        "Па выніках перамоў падпісаны 15 дакументаў.",
        "По итогам переговоров подписаны 12 документов.",
    ],
)
def test_a_relations_figure_is_bilateral(text: str) -> None:
    values = _bilateral(text)
    assert values, extract_facts(text)
    assert all(values), (text, extract_facts(text))


def test_each_figure_reads_its_own_clause() -> None:
    text = "ВВП Грузии вырос на 7,5%, а товарооборот с Арменией — на 12%."
    facts = extract_facts(text)
    by_quote = {f.quote: is_bilateral(text, f.char_start, f.char_end, f.metric) for f in facts}
    assert list(by_quote.values()) == [False, True], by_quote


def test_a_month_or_a_quarter_after_a_preposition_names_no_side() -> None:
    assert _bilateral("Inflation in Ireland rose to 2.1% in March.") == [False]
    assert _bilateral("ВВП Эстонии в I квартале сократился на 0,6%.") == [False]


@pytest.mark.parametrize(
    "text",
    [
        # a border and its crossings lie between two
        "Ежедневно границу пересекают более 2 тысяч грузовиков.",
        "Щодня кордон перетинають понад 1,5 тисячі автомобілів.",
        "Codziennie granicę przekracza 4 tys. ciężarówek.",
        "Over 900 trucks cross the border every day.",
        "На модернизацию пунктов пропуска выделят 300 млн рублей.",
        # settlements between two, in their national currencies
        "Доля национальных валют во взаиморасчетах достигла 95%.",
        "Частка розрахунків у національних валютах сягнула 80%.",
        "The share of national currencies in settlements reached 90%.",
    ],
)
def test_a_border_or_settlements_in_national_currencies_are_two_sides(text: str) -> None:
    assert _bilateral(text) == [True]


def test_abroad_is_no_border_between_two() -> None:
    assert _bilateral("За границей работают около 2 млн граждан страны.") == [False]
    assert _bilateral("Za granicą pracuje 2 mln obywateli.") == [False]


@pytest.mark.parametrize(
    "text",
    [
        # the total of a project, a plant or a contract is the project's, not one side's with the world
        "Общий объем инвестиций в строительство завода оценивается в 120 млн евро.",
        "Łączna wartość inwestycji w zakład wyniesie 80 mln euro.",
        "Total investment in the plant will reach $450 million.",
        "Агульны кошт кантракту на пастаўку аўтобусаў — каля 14 млн еўра.",
        # both countries, the two countries
        "Ministrowie zapowiedzieli, że oba kraje chcą zwiększyć wymianę handlową, która wyniosła 3,1 mld euro.",
        "Обидві країни планують збільшити товарообіг, який торік склав 640 млн доларів.",
        "В 2025 году товарооборот двух стран составил 52,4 млн долларов.",
    ],
)
def test_a_projects_total_and_both_countries_figures_are_bilateral(text):
    assert _bilateral(text)[0] is True


@pytest.mark.parametrize(
    "text",
    [
        "Общий объем иностранных инвестиций в строительство составил 3 млрд долларов.",
        "Total foreign investment in the plant reached $2 billion.",
        "Общий объем экспорта страны составил 41 млрд долларов.",
        "China's exports to world markets rose to $3.4 trillion.",
        "З іншої сторони, експорт країни на світові ринки склав 44 млрд доларів.",
    ],
)
def test_a_foreign_or_world_total_stays_one_sides(text):
    assert _bilateral(text)[0] is False


@pytest.mark.parametrize(
    "text",
    [
        "Внешнеторговый оборот Армении за девять месяцев составил 9,1 млрд долларов, следует из данных"
        " Статистического комитета.",
        "Зовнішньоторговельний оборот України зріс до 80 млрд доларів, свідчать дані з повідомлення"
        " Державної служби статистики.",
        "Foreign trade of Georgia reached $11.2 billion, according to figures from the National"
        " Statistics Office.",
    ],
)
def test_a_source_named_after_a_preposition_is_no_end_of_a_total_flow(text: str) -> None:
    (fact,) = [f for f in extract_facts(text) if f.unit == "USD"]
    assert not is_bilateral(text, fact.char_start, fact.char_end, fact.metric)


def test_an_adjective_between_a_preposition_and_a_side_keeps_the_side() -> None:
    text = "Экспорт вырос, а в соседний Китай поставлено 1 млн тонн."
    start = text.index("1 млн")
    assert is_bilateral(text, start, start + len("1 млн тонн"), "export")


@pytest.mark.parametrize(
    "text",
    ["Foreign trade of Georgia reached $11.2 billion.", "Mongolia's external trade rose to $24 billion."],
)
def test_a_sides_foreign_trade_is_trade(text: str) -> None:
    (fact,) = extract_facts(text)
    assert fact.metric == "trade_turnover"


@pytest.mark.parametrize(
    "text",
    [
        "Тараптар жалпы құны 3,4 млрд доллар болатын 25 бірлескен жобаны талқылады.",
        "Биыл екі ел арасындағы тауар айналымы 2,7 млрд долларды құрады.",
    ],
)
def test_kazakh_words_of_two_sides_make_a_figure_bilateral(text: str) -> None:
    (fact,) = [f for f in extract_facts(text) if f.unit == "USD"]
    assert is_bilateral(text, fact.char_start, fact.char_end, fact.metric)
