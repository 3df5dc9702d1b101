"""Numeric facts through the real pipeline: the pair each fact is tied to and what reaches
marts.dyad_indicators (a change before its subject, a plan, a shared currency, a title naming
its own pair, a comparison with the year before, a period referred back to, one country's own
figure, a sentence naming partners only, a flow referred back to by a pronoun, a change of the figure
before it, a partner naming no country)."""

from __future__ import annotations

import duckdb
import pytest

# (file, title, text)
ARTICLES = [
    (
        "gas.json",
        "Поставки газа",
        "Россия за январь-октябрь 2025 года поставила в Турцию 18,5 млрд кубометров газа, что на 7%"
        " меньше, чем годом ранее, сообщил вице-премьер.",
    ),
    (
        "title.json",
        "Товарооборот Беларуси и Вьетнама в 2025 году превысил $150 млн",
        "Беларусь и Россия провели переговоры. Белорусско-российские отношения развиваются. Беларусь"
        " и Россия подписали 5 соглашений. Беларусь и Вьетнам подписали меморандум.",
    ),
    (
        "reverse.json",
        "Иран и Россия",
        "На 4,8 млрд долларов увеличился товарооборот между Ираном и Россией в 2025 году. На 12%"
        " выросли поставки между Ираном и Россией в 2025 году.",
    ),
    (
        "target.json",
        "Беларусь и Вьетнам",
        "Товарооборот между Беларусью и Вьетнамом в 2025 году превысил $150 млн. Белорусская сторона"
        " предложила довести товарооборот между Беларусью и Вьетнамом до $500 млн в 2030 году.",
    ),
    (
        "som.json",
        "Кыргызстан и Узбекистан",
        "Товарооборот между Кыргызстаном и Узбекистаном в 2025 году составил 1,1 млрд долларов, а"
        " кыргызский экспорт в Узбекистан — 12 млрд сомов.",
    ),
    (
        "period.json",
        "Россия и Китай",
        "Товарооборот России и Китая за январь-октябрь 2025 года составил 200 млрд долларов. Экспорт"
        " российских товаров в Китай за этот период составил 105,3 млрд долларов.",
    ),
    (
        "own.json",
        "Армения и Иран",
        "Товарооборот Армении и Ирана в 2025 году составил 720 млн долларов. ВВП Армении за год вырос"
        " на 5,9%. Инфляция в Иране в октябре составила 38%. Армения и Иран подписали 4 соглашения."
        " Экспорт армянских товаров в Иран вырос до 150 млн долларов.",
    ),
    (
        "partners.json",
        "Партнеры Кыргызстана",
        "По итогам 2024 года крупнейшими торговыми партнерами Кыргызстана стали Китай, Россия и Казахстан."
        " Товарооборот с Китаем составил 22,7 млрд долларов, с Россией — 3,8 млрд долларов.",
    ),
    (
        "destinations.json",
        "Экспорт казахстанского зерна",
        "Казахстан за январь-сентябрь экспортировал 20 млн тонн зерна. Экспорт по направлениям: Италия —"
        " 11,2 млн тонн, Нидерланды — 4,9 млн тонн.",
    ),
    (
        "eaeu_headline.json",
        "Товарооборот Казахстана со странами ЕАЭС достиг 28,4 млрд долларов",
        "Товарооборот Казахстана с Россией составил 22,1 млрд долларов.",
    ),
    (
        "change_of_figure.json",
        "China-Laos railway freight up 21 pct",
        "China and Laos signed a new logistics agreement on Monday. Cross-border freight on the line"
        " reached 16.5 million tonnes in January-November, up 21 percent year on year.",
    ),
    (
        "region_partner.json",
        "Газ Азербайджана",
        "Азербайджан экспортировал в Европу 10,4 млрд кубометров газа. Поставки в Турцию составили 8,2 млрд"
        " кубометров газа.",
    ),
    (
        "markets.json",
        "Экспорт Грузии",
        "Экспорт Грузии за январь–сентябрь 2026 года вырос на 9% и составил 4,4 млрд долларов.\n\n"
        "Экспорт по странам назначения:\n• Казахстан — 610 млн долларов (+15%);\n• Азербайджан — 480 млн"
        " долларов (–3%);\n• Армения — 350 млн долларов.",
    ),
    (
        "shipped.json",
        "Узбекский хлопок",
        "Узбекистан в 2026 году экспортировал 300 тыс. тонн хлопка. В Турцию отгружено 120 тыс. тонн,"
        " в Китай — 90 тыс. тонн.",
    ),
    (
        "demonstrative.json",
        "Казахстан и Турция",
        "Товарооборот Казахстана и Турции в 2025 году составил 7,2 млрд долларов. Это на 12% больше,"
        " чем годом ранее.",
    ),
    (
        "border.json",
        "Молдова и Румыния",
        "Молдова и Румыния открыли новый мост через Прут. Ежедневно границу пересекают около 1,2 тысячи"
        " грузовиков.",
    ),
    (
        "pronoun.json",
        "Нефть и нефтепродукты",
        "Индия сократила закупки нефти у ближневосточных поставщиков. Вьетнам остается крупным"
        " покупателем нефтепродуктов. Его импорт дизельного топлива из России вырос на 20%.",
    ),
    (
        "referred.json",
        "Армения и Россия",
        "Товарооборот Армении и России в 2025 году может превысить 8 млрд долларов. В 2024 году он"
        " составил 7,4 млрд долларов.",
    ),
    (
        "caption.json",
        "Турция и Китай нарастили поставки",
        "Тбилиси, 30 ноября. Национальная служба статистики опубликовала данные о внешней торговле.\n\n"
        "Импорт Грузии по странам происхождения, январь–июнь 2026 года, млн долларов:\n"
        "Турция — 1 204,6\nКитай — 870,1\nРоссия — 655,0\nИтого — 3 512,4\n\nЭксперты ждут роста.",
    ),
]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory, prefect_harness):
    from tests.conftest import run_on_json_files

    files = {
        name: {"title": title, "text": text, "published": "2026-11-30"} for name, title, text in ARTICLES
    }
    wh = run_on_json_files(files, tmp_path_factory.mktemp("fact_pairs"))
    con = duckdb.connect(str(wh), read_only=True)
    yield con
    con.close()


def _facts(con, name: str):
    return con.execute(
        "select f.source_field, f.quote, f.unit, f.change, f.modality, f.country_a, f.country_b, f.is_valid"
        " from marts.numeric_facts f join marts.articles a using (article_id)"
        " where a.source_uri like ? order by f.source_field, f.char_start",
        [f"%{name}"],
    ).fetchall()


def _indicators(con, a: str, b: str):
    return con.execute(
        "select metric, kind, period_label, reconciled_value, origin_country, destination_country"
        " from marts.dyad_indicators where country_a = ? and country_b = ? order by all",
        [a, b],
    ).fetchall()


@pytest.mark.slow
def test_a_comparison_with_the_year_before_keeps_the_pair(warehouse):
    facts = _facts(warehouse, "gas.json")
    assert [(q, ca, cb) for _, q, _, _, _, ca, cb, _ in facts] == [
        ("18,5 млрд кубометров газа", "RU", "TR"),
        ("на 7% меньше", "RU", "TR"),
    ]


@pytest.mark.slow
def test_a_title_fact_takes_the_pair_the_title_names(warehouse):
    (title_fact,) = [f for f in _facts(warehouse, "title.json") if f[0] == "title"]
    assert title_fact[1:3] == ("превысил $150 млн", "USD")
    assert title_fact[5:7] == ("BY", "VN")


@pytest.mark.slow
def test_a_change_before_its_subject_never_reaches_the_indicators_as_a_level(warehouse):
    facts = _facts(warehouse, "reverse.json")
    assert [(f[1], f[3]) for f in facts if f[0] == "body"] == [
        ("На 4,8 млрд долларов увеличился", "increase"),
        ("На 12% выросли", "increase"),
    ]
    assert _indicators(warehouse, "IR", "RU") == []


@pytest.mark.slow
def test_a_proposed_figure_is_a_target_of_its_own(warehouse):
    rows = _indicators(warehouse, "BY", "VN")
    assert ("trade_turnover", "target", "2030", 500e6, None, None) in rows
    assert all(not (kind == "actual" and value == 500e6) for _, kind, _, value, _, _ in rows)


@pytest.mark.slow
def test_a_currency_two_countries_of_the_sentence_use_is_flagged_not_guessed(warehouse):
    (som,) = [f for f in _facts(warehouse, "som.json") if "сомов" in f[1]]
    assert som[2] == "XXX" and som[7] is False
    assert all(unit not in ("KGS", "UZS") for _, _, unit, *_ in _facts(warehouse, "som.json"))


@pytest.mark.slow
def test_a_period_referred_back_to_reaches_the_indicators(warehouse):
    rows = _indicators(warehouse, "CN", "RU")
    assert ("export", "actual", "2025-01/2025-10", 105.3e9, "RU", "CN") in rows


@pytest.mark.slow
def test_one_countrys_own_figure_takes_no_pair_of_its_article(warehouse):
    facts = _facts(warehouse, "own.json")
    assert [(f[1], f[5], f[6]) for f in facts] == [
        ("720 млн долларов", "AM", "IR"),
        ("вырос на 5,9%", None, None),
        ("38%", None, None),
        ("4 соглашения", "AM", "IR"),
        ("вырос до 150 млн долларов", "AM", "IR"),
    ]


@pytest.mark.slow
def test_a_sentence_naming_partners_only_pairs_them_with_the_articles_first_country(warehouse):
    facts = _facts(warehouse, "partners.json")
    assert [(f[1], f[5], f[6]) for f in facts] == [
        ("22,7 млрд долларов", "CN", "KG"),
        ("3,8 млрд долларов", "KG", "RU"),
    ]


@pytest.mark.slow
def test_a_flow_referred_back_to_gives_a_figure_its_metric_and_pair(warehouse):
    facts = _facts(warehouse, "referred.json")
    assert [(f[1], f[5], f[6]) for f in facts] == [
        ("превысить 8 млрд долларов", "AM", "RU"),
        ("7,4 млрд долларов", "AM", "RU"),
    ]
    rows = _indicators(warehouse, "AM", "RU")
    assert ("trade_turnover", "actual", "2024", 7.4e9, None, None) in rows


@pytest.mark.slow
def test_items_of_a_list_each_take_their_own_pair(warehouse):
    facts = _facts(warehouse, "destinations.json")
    assert [(f[1], f[5], f[6]) for f in facts] == [
        ("20 млн тонн зерна", None, None),
        ("11,2 млн тонн", "IT", "KZ"),
        ("4,9 млн тонн", "KZ", "NL"),
    ]


@pytest.mark.slow
def test_a_title_figure_of_a_bloc_is_no_pairs(warehouse):
    facts = _facts(warehouse, "eaeu_headline.json")
    assert [(f[0], f[1], f[5], f[6]) for f in facts] == [
        ("body", "22,1 млрд долларов", "KZ", "RU"),
        ("title", "28,4 млрд долларов", None, None),
    ]


@pytest.mark.slow
def test_a_change_of_the_figure_before_it_takes_that_figures_pair(warehouse):
    facts = _facts(warehouse, "change_of_figure.json")
    body = [(q, ca, cb) for field, q, _, _, _, ca, cb, _ in facts if field == "body"]
    assert body == [("16.5 million tonnes", "CN", "LA"), ("up 21 percent", "CN", "LA")]


@pytest.mark.slow
def test_a_partner_naming_no_country_nor_bloc_gives_no_pair(warehouse):
    facts = _facts(warehouse, "region_partner.json")
    assert [(q, ca, cb) for _, q, _, _, _, ca, cb, _ in facts] == [
        ("10,4 млрд кубометров газа", None, None),
        ("8,2 млрд кубометров газа", "AZ", "TR"),
    ]


def _dyads(con, name: str):
    return con.execute(
        "select d.country_a, d.country_b, d.evidence_kind from marts.dyad_articles d"
        " join marts.articles a using (article_id) where a.source_uri like ? order by all",
        [f"%{name}"],
    ).fetchall()


@pytest.mark.slow
def test_a_list_of_markets_makes_pairs_and_leaves_the_total_no_pairs(warehouse):
    """Each market of a list, with its figure, is a pair of the exporter (evidence kind flow), and
    the change in brackets after a figure is that market's; the exporter's total, in a sentence
    naming the exporter alone, is no market's."""
    facts = _facts(warehouse, "markets.json")
    assert [(f[1], f[5], f[6]) for f in facts] == [
        ("вырос на 9%", None, None),
        ("4,4 млрд долларов", None, None),
        ("610 млн долларов", "GE", "KZ"),
        ("+15%", "GE", "KZ"),
        ("480 млн долларов", "AZ", "GE"),
        ("–3%", "AZ", "GE"),
        ("350 млн долларов", "AM", "GE"),
    ]
    assert _dyads(warehouse, "markets.json") == [
        ("AM", "GE", "flow"),
        ("AZ", "GE", "flow"),
        ("GE", "KZ", "flow"),
    ]


@pytest.mark.slow
def test_destinations_after_a_capitalised_preposition_are_partners(warehouse):
    facts = _facts(warehouse, "shipped.json")
    assert [(f[1], f[5], f[6]) for f in facts] == [
        ("300 тыс. тонн хлопка", None, None),
        ("120 тыс. тонн", "TR", "UZ"),
        ("90 тыс. тонн", "CN", "UZ"),
    ]
    assert [d[:2] for d in _dyads(warehouse, "shipped.json")] == [("CN", "UZ"), ("TR", "UZ")]


@pytest.mark.slow
def test_a_change_in_the_next_sentence_and_a_border_take_the_pair(warehouse):
    facts = _facts(warehouse, "demonstrative.json")
    assert [(f[1], f[3], f[5], f[6]) for f in facts] == [
        ("7,2 млрд долларов", None, "KZ", "TR"),
        ("на 12% больше", "increase", "KZ", "TR"),
    ]
    assert [(f[1], f[5], f[6]) for f in _facts(warehouse, "border.json")] == [
        ("около 1,2 тысячи грузовиков", "MD", "RO"),
    ]


@pytest.mark.slow
def test_a_possessive_pronoun_opening_the_sentence_is_no_article_s_first_country(warehouse):
    """ "Ее импорт из России вырос": the flow is of someone named before, not of the article's first
    country: no pair from the partner alone."""
    facts = _facts(warehouse, "pronoun.json")
    assert [(f[1], f[5], f[6]) for f in facts] == [("вырос на 20%", None, None)]
    assert _dyads(warehouse, "pronoun.json") == []


@pytest.mark.slow
def test_rows_of_a_table_take_its_captions_unit_and_country(warehouse):
    """A table flattened into lines under a caption that states the unit and names one country
    (``Импорт Грузии ..., млн долларов:``): each row's bare figure is an amount in that unit, paired
    with the caption's country and the row's, not with the article's first country (the title's
    Turkey); the total names no partner and takes no pair."""
    facts = _facts(warehouse, "caption.json")
    assert [(f[1], f[2], f[5], f[6]) for f in facts] == [
        ("1 204,6", "USD", "GE", "TR"),
        ("870,1", "USD", "CN", "GE"),
        ("655,0", "USD", "GE", "RU"),
        ("3 512,4", "USD", None, None),
    ]
    assert {d[:2] for d in _dyads(warehouse, "caption.json")} >= {("GE", "TR"), ("CN", "GE"), ("GE", "RU")}
    assert ("CN", "TR") not in {d[:2] for d in _dyads(warehouse, "caption.json")}
