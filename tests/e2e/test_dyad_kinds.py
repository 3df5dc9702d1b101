"""Kinds of pair evidence through the real pipeline: English adjectives and capitals, a measure one
country takes against another beside a third, a person named by surname acting for their role's
country, parallel flows of a third in two clauses, a transit country beside a flow's ends, onlookers
reacting, a visit to an indeclinable capital, a mediator
who is no party (also one thanked for it), two clauses of one sentence each pairing its own two countries, two
countries joined as the subject of an interaction verb in a sentence naming a third, English first names that are
countries' names, Georgia the US state, a speaker whose role names a long portfolio, a song contest's
results, and a negation a few words before a tone keyword."""

from __future__ import annotations

import duckdb
import pytest

pytestmark = pytest.mark.slow  # a pipeline run (Prefect, dbt, GX)

# (file, text)
ARTICLES = [
    # a sentence set beside another's figure ("для сравнения") still pairs the two it names
    (
        "for_comparison_ru.json",
        "Товарооборот Армении и Ирана вырос на 12%. Для сравнения, товарооборот Грузии и Турции за "
        "тот же период превысил 390 млн долларов.",
    ),
    # sports results in the other languages read: a list, no pair
    ("sport_pl.json", "Polska pokonała Czechy 3:1 w półfinale turnieju w Gdańsku."),
    ("sport_en.json", "Spain beat Italy 2-1 in Berlin to reach the semi-final."),
    ("sport_kk.json", "Қазақстан құрамасы Әзербайжанды 2:0 есеппен ұтты."),
    # a short cue word is no prefix of any word: metres, settlements
    ("metres_en.json", "Norway and Algeria each export about 100 billion cubic metres of gas a year."),
    ("settlements_ru.json", "Армения и Грузия потеряли десятки населённых пунктов из-за наводнений."),
    # a host who met two guests side by side pairs with each of them
    (
        "host_two_guests_ru.json",
        "Президент Турции Реджеп Тайип Эрдоган встретился с премьер-министром Венгрии Виктором "
        "Орбаном и президентом Сербии Александром Вучичем.",
    ),
    # two guests of a third side, each named with a role, met together: no pair of each other
    (
        "guests_roles_ru.json",
        "Генеральный секретарь ОДКБ Имангали Тасмагамбетов провел в Минске переговоры с президентом "
        "Армении Николом Пашиняном и президентом Киргизии Садыром Жапаровым.",
    ),
    (
        "guests_roles_en.json",
        "UN Secretary-General Antonio Guterres met with President of Kenya William Ruto and "
        "President of Ghana John Mahama in Nairobi.",
    ),
    # a former post in apposition after someone's current one acts for no country
    (
        "former_post_ru.json",
        "Генеральный секретарь ООН Антониу Гутерриш, бывший премьер-министр Португалии, провел "
        "переговоры с президентом Бразилии Лулой да Силвой.",
    ),
    (
        "former_post_en.json",
        "UN Secretary-General Antonio Guterres, a former Portuguese prime minister, met Brazil's "
        "foreign minister Mauro Vieira in New York.",
    ),
    (
        "former_envoy_ru.json",
        "Генсек СНГ Сергей Лебедев, экс-посол России в Белоруссии, провел переговоры с президентом "
        "Киргизии Садыром Жапаровым.",
    ),
    # Kazakh: two countries joined by "мен" as the subject of "agreed", "discussed"; a spelling of
    # Azerbaijan beside CLDR's
    ("kk_agreed.json", "Қазақстан мен Моңғолия жаңа теміржол желісін салуға уағдаласты."),
    ("kk_discussed.json", "Өзбекстан мен Әзербайжан көлік дәлізін дамытуды талқылады."),
    (
        "en_adjectives.json",
        "Egyptian President Abdel Fattah el-Sisi hosted Emirati officials for talks in Cairo.",
    ),
    ("en_capitals.json", "Ankara and Baghdad agreed to reopen the oil pipeline, officials said."),
    ("mediator.json", "Эфиопия и Эритрея подписали соглашение о границе при посредничестве Кении."),
    ("mediated_en.json", "Armenia and Azerbaijan resumed talks mediated by Qatar, the ministry said."),
    (
        "clauses.json",
        "Вьетнам и Лаос подписали протокол о торговле, а Чили и Перу договорились о поставках меди.",
    ),
    ("also_list.json", "Вьетнам, Лаос и Камбоджа, а также Таиланд обсудили проект."),
    ("also_list_uk.json", "Угорщина, Словаччина й Чехія, а також Австрія обговорили проєкт."),
    ("negation.json", "Швеция не планирует вводить санкции против Норвегии, сообщил министр."),
    ("resumed.json", "Индия и Китай возобновили прямое авиасообщение после пятилетнего перерыва."),
    ("thanked.json", "Россия и Украина провели обмен пленными, Москва поблагодарила ОАЭ за посредничество."),
    ("thanked_en.json", "Russia and Ukraine swapped prisoners; Moscow thanked Qatar for its mediation."),
    ("regions.json", "В индийском штате Пенджаб и пакистанской провинции Пенджаб прошли сильные ливни."),
    # side by side in a clause of a longer sentence, no word of an interaction: a list
    (
        "clause_side_by_side.json",
        "Finland and Denmark topped the World Happiness Report, while the United States dropped to 24th place.",
    ),
    (
        "clause_side_by_side_ru.json",
        "Финляндия и Дания возглавили рейтинг счастья, а Соединенные Штаты опустились на 24-е место.",
    ),
    # two joined as the subject of a plural verb of an interaction, a third country in the sentence
    ("joint_ru.json", "Эстония и Финляндия договорились усилить охрану морской границы с Россией."),
    (
        "joint_ru_time.json",
        "Казахстан и Киргизия в среду подписали соглашение о поставках воды в Узбекистан.",
    ),
    (
        "joint_uk.json",
        "Румунія та Молдова домовилися посилити контроль на кордоні з Україною, повідомили урядовці.",
    ),
    ("joint_pl.json", "Czechy i Słowacja podpisały umowę o tranzycie gazu z Austrii."),
    (
        "joint_en.json",
        "Serbia and Hungary have agreed to build an oil pipeline across the border with Croatia.",
    ),
    # a counterpart of the verb, a longer list, no interaction verb after the two: no pair of the two
    ("joint_counterpart.json", "Испания и Португалия подписали соглашение с Марокко о поставках газа."),
    ("joint_counterpart_en.json", "Spain and Portugal signed a deal with Morocco on gas supplies."),
    ("joint_list.json", "Эстония, Латвия и Литва договорились о закрытии границы с Россией."),
    ("joint_no_verb.json", "Испания и Португалия увеличили торговлю с Марокко на 5%."),
    # a sports result in two clauses; parallel clauses each after a dash and a preposition
    (
        "sport_clauses.json",
        "Сборная Италии сыграет с Хорватией в среду, а Испания в пятницу встретится с Албанией.",
    ),
    ("dash_parallels.json", "Двое задержаны в Вене, трое — в Польше и один — в Чехии, сообщила полиция."),
    # the country an envoy is posted to is no actor of a meeting with the envoy
    (
        "envoy_posted.json",
        "Президент Казахстана Касым-Жомарт Токаев встретился в Астане с послом Японии в Китае Кэндзи Мураками.",
    ),
    ("envoy_posted_2.json", "Министр иностранных дел Армении провёл переговоры с послом Франции в Грузии."),
    # an ambiguous country name's possessive before an office opening a sentence is the country
    (
        "possessive_jo.json",
        "Jordan's King Abdullah II received Egyptian President Abdel Fattah al-Sisi in Aqaba.",
    ),
    ("possessive_td.json", "Chad's Foreign Minister met Nigerian President Bola Tinubu in Abuja on Monday."),
    ("possessive_person.json", "Jordan's goal sealed the win for Ajax against PSV on Sunday."),
    # the other side of a meeting whose role names the article's first country is not of it
    (
        "other_side.json",
        "Председатель областного совета Иван Крупенько встретился с губернатором китайской провинции"
        " Хэнань Ли Шэнем.",
    ),
    # actors meeting with a third country in the sentence: a country's adjective or possessive
    # before the role, a verb of receiving someone
    (
        "actors_met_en.json",
        "Jordan's Foreign Minister Ayman Khalil met Egyptian Prime Minister Hassan Farouk in Amman to discuss"
        " the situation in Syria.",
    ),
    (
        "actors_received_ru.json",
        "Президент Казахстана принял министра иностранных дел Японии, стороны обсудили ситуацию вокруг Китая.",
    ),
    (
        "actors_adjective_ru.json",
        "Премьер-министр Армении провел переговоры с грузинским премьером о транзите грузов через Иран.",
    ),
    # the leader of a delegation is of the delegation's country
    (
        "delegation_leader.json",
        "Президент Беларуси Александр Лукашенко принял в Минске делегацию Ирана во главе с первым"
        " вице-президентом Мохаммадом Резой Арефом.",
    ),
    # a sports text of a tournament and a coach, with no score: no pairs
    (
        "sport_table.json",
        "Тренер сборной Аргентины остался доволен игрой. Бразилия поднялась на второе место в турнирной"
        " таблице, отставая от Уругвая на три очка.",
    ),
    # heads of Belarusian executive committees and of an Uzbek region speak for their countries
    (
        "regional_heads.json",
        "Председатель Гродненского облисполкома Юрий Караев встретился с послом Китая. Хоким Самаркандской"
        " области Эркинжон Турдимов принял делегацию Татарстана.",
    ),
    # a measure one country takes against another, a third country in the sentence: the two a pair
    (
        "measure_ru.json",
        "Китай ввел санкции против семи американских оборонных компаний из-за поставок оружия Тайваню.",
    ),
    ("measure_en.json", "China announced sanctions on seven U.S. defense firms over arms sales to Taiwan."),
    ("measure_uk.json", "Велика Британія запровадила санкції проти російських банків через війну в Україні."),
    (
        "measure_pl.json",
        "Japonia nałożyła sankcje wobec rosyjskich firm w związku z dostawami broni do Korei Północnej.",
    ),
    # the measure's party before it is a destination of another clause: no one's measure
    ("measure_none.json", "Экспорт из Германии во Францию вырос, несмотря на санкции против России."),
    # a person whose role named their country, later written by surname alone, meets an actor of
    # another country; a person with no role's country names none
    (
        "surname_actor_ru.json",
        "Президент России Владимир Путин прибыл в Астану на саммит ЕАЭС. На полях саммита Путин провел"
        " встречу с президентом Узбекистана Шавкатом Мирзиёевым.",
    ),
    (
        "surname_actor_en.json",
        "Turkish Foreign Minister Hakan Fidan said on Monday that the talks would continue. Later, Fidan met"
        " Egyptian President Abdel Fattah al-Sisi in Ankara.",
    ),
    (
        "surname_no_role.json",
        "Известный экономист Иван Петров выступил на форуме. После этого Петров провел встречу с послом"
        " Японии.",
    ),
    # parallel flows of a third in two clauses, each after a preposition of direction: a list; an
    # origin and a destination in one clause stay a pair
    (
        "flows_to_en.json",
        "Exports to Vietnam rose to 2.3 million tonnes in October, while shipments to Egypt were flat.",
    ),
    ("flows_from_en.json", "Imports from Japan rose 5% in October, while imports from Brazil fell 2%."),
    ("flows_to_ru.json", "Поставки в Египет выросли до 2,3 млн тонн, а экспорт в Марокко сократился на 4%."),
    ("flows_from_to_ru.json", "Поставки из Египта выросли до 2,3 млн тонн, а экспорт в Марокко сократился."),
    ("flow_one_clause_ru.json", "Поставки зерна из Египта в Марокко выросли до 2,3 млн тонн."),
    # a transit country beside a flow's origin and destination is no party; with one other, it is
    ("transit_ru.json", "По своп-схеме через Иран Азербайджан получает из Туркменистана газ."),
    ("transit_territory_ru.json", "Казахстан экспортирует нефть в Германию через территорию России."),
    ("transit_en.json", "Kazakhstan exports oil to Germany via Russia, the ministry said."),
    ("transit_only_ru.json", "Казахстан экспортирует нефть через территорию России."),
    # two countries reacting to what others did: onlookers, a list
    ("reaction_ru.json", "Египет и Иордания приветствовали договоренность о прекращении огня."),
    ("reaction_en.json", "Egypt and Jordan welcomed the ceasefire agreement on Tuesday."),
    ("reaction_uk.json", "Польща та Литва засудили підписання угоди про постачання зброї."),
    # a visit to a capital whose name reads as the place of an event too: its country a party
    ("arrival_ru.json", "Президент Финляндии прибыл в Баку с официальным визитом."),
    ("arrival_en.json", "Indian Prime Minister Narendra Modi arrived in Oslo on an official visit."),
    ("venue_no_arrival.json", "Президент Финляндии выступил на конференции в Баку."),
    # a speaker whose role names a long portfolio (a word of trade in it) compares with another
    # country: no pair; the same speaker meeting another country's actor: an actor pair
    (
        "speaker_long_role_ru.json",
        "Министр экономики и коммерции Кыргызстана Данияр Амангельдиев отметил, что система подготовки"
        " кадров будет выстроена, как в Германии.",
    ),
    (
        "speaker_long_role_2_ru.json",
        "Министр сельского хозяйства, продовольствия и торговли Монголии Ганзориг Тэмулэн заявил, что"
        " урожай пшеницы будет выше, чем в Казахстане.",
    ),
    (
        "long_role_actor_ru.json",
        "Министр иностранных дел и торговли Венгрии Петер Сийярто встретился с министром иностранных дел"
        " Турции в Анкаре.",
    ),
    # a country a post is for (an envoy's mandate) or a former post's country acts for no one
    (
        "envoy_mandate_ru.json",
        "Специальный посланник Генерального секретаря ООН по Йемену Ханс Грундберг провел в Маскате"
        " переговоры с министром иностранных дел Омана.",
    ),
    (
        "envoy_mandate_own_ru.json",
        "Специальный представитель России по Сирии Александр Лаврентьев провел переговоры с министром"
        " иностранных дел Сирии.",
    ),
    (
        "former_post_ru.json",
        "Иван Петров, бывший министр обороны Казахстана, высоко оценил роль Китая в регионе.",
    ),
    (
        "current_post_ru.json",
        "Министр обороны Казахстана Иван Петров высоко оценил роль Китая в регионе.",
    ),
    # guests met together by a third side: a list of the two, each paired with the host
    (
        "guests_un_ru.json",
        "Генеральный секретарь ООН Антониу Гутерреш встретился с президентами Ганы и Чили.",
    ),
    (
        "guests_host_ru.json",
        "Президент России Владимир Путин встретился с президентами Казахстана и Узбекистана.",
    ),
    # two countries deciding together: a pair; two backing a third party's decision: onlookers
    ("joint_decision_ru.json", "Китай и Киргизия приняли решение о строительстве железной дороги."),
    ("joint_decision_uk.json", "Польща та Литва ухвалили рішення про спільне патрулювання."),
    ("joint_decision_en.json", "Kenya and Tanzania decided to build a new railway line."),
    ("backed_decision_ru.json", "Египет и Иордания поддержали решение Совета Безопасности ООН."),
    # a song contest's results and points rank entries: no pair
    ("contest_ru.json", "Швеция выиграла Евровидение, Украина заняла второе место."),
    ("contest_en.json", "Finland wins Eurovision, Sweden second."),
    ("contest_points_ru.json", "Кипр и Греция традиционно обменялись высшими баллами на конкурсе."),
    ("contest_points_uk.json", "Кіпр і Греція традиційно обмінялися найвищими балами журі."),
    # English given names that are countries' names, and the US state as a noun's modifier
    (
        "given_names_en.json",
        "Israel Adesanya will face Chad Mendes in Las Vegas, the UFC said. Adesanya won his last fight,"
        " while Mendes lost in March.",
    ),
    (
        "georgia_state_en.json",
        "Hyundai will open a Georgia plant next year; the Georgia-based factory will employ 800 people,"
        " South Korea's industry ministry said.",
    ),
    # two country adjectives in parallel clauses, the second's noun and verb left out for a dash:
    # a list, no pair
    ("gapped_adjectives_ru.json", "Продажи корейских смартфонов выросли на 18%, а вьетнамских — на 7%."),
    ("gapped_adjectives_uk.json", "Імпорт турецьких тканин зріс на 25%, а єгипетських — на 9%."),
    ("gapped_adjectives_pl.json", "Eksport czeskich samochodów wzrósł o 5%, a słowackich — o 3%."),
    # the same shape with a relation in the first clause stays a pair
    ("adjective_relation_ru.json", "Поставки белорусских тракторов в Сербию выросли на 11%."),
    # a country adjective whose noun is left out after a comma stands for its country, even right
    # after a currency word ("dolarów amerykańskich" is the currency's adjective, no country)
    ("elided_noun_ru.json", "Узбекские фирмы вложили в завод 80 млн долларов, иранские — 40 млн долларов."),
    ("elided_noun_uk.json", "Чеські інвестори вклали 20 млн євро, словацькі — 10 млн євро."),
    ("currency_adjective_pl.json", "Firma zainwestowała 5 mln dolarów amerykańskich w Kazachstanie."),
    # a country after a preposition of a topic is talked about, no party
    ("topic_en.json", "The minister spoke with Canada's foreign minister about Venezuela's election crisis."),
    ("topic_ru.json", "Министр провел телефонный разговор с главой МИД Иордании о Ливане."),
    ("topic_pl.json", "Premier rozmawiał z prezydentem Finlandii o Gruzji."),
    ("topic_around_ru.json", "Помощник президента обсудил с послом Индии ситуацию вокруг Пакистана."),
    # a place whose situation (crisis) is talked about, alone or with another after a conjunction
    (
        "situation_en.json",
        "Chile's foreign minister discussed the situation in Haiti and Venezuela with Brazil's president.",
    ),
    ("situation_ru.json", "Министр обороны Армении обсудил с коллегой из Греции обстановку в Ливане."),
    ("situation_uk.json", "Прем'єр Естонії та прем'єр Фінляндії обговорили ситуацію в Грузії."),
    ("situation_pl.json", "Szef MSZ Litwy rozmawiał z ministrem Szwecji o sytuacji na Białorusi i kryzysie."),
    # a digest's heading: unrelated news side by side, no pair
    ("digest_ru.json", "Итоги дня: выборы в Португалии, наводнение в Бангладеш."),
    ("digest_uk.json", "Головне за тиждень: саміт в Ісландії, страйк у Бельгії."),
    ("digest_en.json", "Top stories: Kenya drought deepens, Peru elects new president."),
    ("digest_word_ru.json", "Главное, что Армения и Азербайджан согласовали текст договора."),
    # a third country right before "между": its place between the two, no relation of theirs
    ("between_third_ru.json", "Монголия между Китаем и Россией: как сохранить баланс, обсуждают эксперты."),
    ("between_third_uk.json", "Молдова між Румунією та Україною шукає власний шлях, пишуть аналітики."),
    ("between_pair_ru.json", "Торговля между Китаем и Россией выросла на 5%."),
    # a news outlet named after a country, or a nation's outlet, speaks: no party
    ("outlet_en_name_ru.json", "По сведениям Korea Times, Монголия нарастила экспорт угля в Китай на 20%."),
    (
        "outlet_adjective_ru.json",
        "Французская газета Le Monde пишет, что Египет закупит у Индии 500 тысяч тонн риса.",
    ),
    ("outlet_name_uk.json", "Як повідомляє Українська правда, Чехія та Словаччина підписали угоду про газ."),
    (
        "outlet_adjective_pl.json",
        "Jak podaje niemiecki dziennik Die Welt, Litwa i Łotwa zbudują wspólny terminal.",
    ),
    (
        "outlet_adjective_en.json",
        "The British newspaper reported that Norway and Iceland agreed on fishing quotas.",
    ),
]


@pytest.fixture(scope="module")
def con(tmp_path_factory, prefect_harness):
    from tests.conftest import run_on_json_files

    files = {name: {"text": text, "published": "2026-11-30"} for name, text in ARTICLES}
    wh = run_on_json_files(files, tmp_path_factory.mktemp("dyad_kinds"))
    c = duckdb.connect(str(wh), read_only=True)
    yield c
    c.close()


def _pairs(con, name: str) -> list[tuple[str, str]]:
    return con.execute(
        "select country_a, country_b from marts.dyad_articles join marts.articles a using (article_id)"
        " where a.source_uri like ? order by 1, 2",
        [f"%{name}"],
    ).fetchall()


@pytest.mark.parametrize(
    ("name", "pairs"),
    [
        ("for_comparison_ru.json", [("AM", "IR"), ("GE", "TR")]),
        ("topic_en.json", []),
        ("topic_ru.json", []),
        ("topic_pl.json", []),
        ("topic_around_ru.json", []),
        ("situation_en.json", [("BR", "CL")]),
        ("situation_ru.json", [("AM", "GR")]),
        ("situation_uk.json", [("EE", "FI")]),
        ("situation_pl.json", [("LT", "SE")]),
        ("digest_ru.json", []),
        ("digest_uk.json", []),
        ("digest_en.json", []),
        ("digest_word_ru.json", [("AM", "AZ")]),
        ("between_third_ru.json", []),
        ("between_third_uk.json", []),
        ("between_pair_ru.json", [("CN", "RU")]),
        ("gapped_adjectives_ru.json", []),
        ("gapped_adjectives_uk.json", []),
        ("gapped_adjectives_pl.json", []),
        ("adjective_relation_ru.json", [("BY", "RS")]),
        ("outlet_en_name_ru.json", [("CN", "MN")]),
        ("outlet_adjective_ru.json", [("EG", "IN")]),
        ("outlet_name_uk.json", [("CZ", "SK")]),
        ("outlet_adjective_pl.json", [("LT", "LV")]),
        ("outlet_adjective_en.json", [("IS", "NO")]),
        ("sport_pl.json", []),
        ("sport_en.json", []),
        ("sport_kk.json", []),
        ("metres_en.json", []),
        ("settlements_ru.json", []),
        ("host_two_guests_ru.json", [("HU", "TR"), ("RS", "TR")]),
        ("guests_roles_ru.json", []),
        ("guests_roles_en.json", []),
        ("former_post_ru.json", []),
        ("former_post_en.json", []),
        ("former_envoy_ru.json", []),
        ("kk_agreed.json", [("KZ", "MN")]),
        ("kk_discussed.json", [("AZ", "UZ")]),
        ("en_adjectives.json", [("AE", "EG")]),
        ("en_capitals.json", [("IQ", "TR")]),
        ("mediator.json", [("ER", "ET")]),
        ("clauses.json", [("CL", "PE"), ("LA", "VN")]),
        ("also_list.json", []),
        ("also_list_uk.json", []),
        # a relation word of its own: resuming flights
        ("resumed.json", [("CN", "IN")]),
        # a country thanked for its mediation is no party
        ("thanked.json", [("RU", "UA")]),
        ("thanked_en.json", [("RU", "UA")]),
        # two countries' regions side by side are places, no pair
        ("regions.json", []),
        ("clause_side_by_side.json", []),
        ("clause_side_by_side_ru.json", []),
        ("joint_ru.json", [("EE", "FI")]),
        ("joint_ru_time.json", [("KG", "KZ")]),
        ("joint_uk.json", [("MD", "RO")]),
        ("joint_pl.json", [("CZ", "SK")]),
        ("joint_en.json", [("HU", "RS")]),
        ("joint_counterpart.json", []),
        ("joint_counterpart_en.json", []),
        ("joint_list.json", []),
        ("joint_no_verb.json", []),
        ("sport_clauses.json", []),
        ("envoy_posted.json", [("JP", "KZ")]),
        ("envoy_posted_2.json", [("AM", "FR")]),
        ("possessive_jo.json", [("EG", "JO")]),
        ("dash_parallels.json", []),
        ("actors_met_en.json", [("EG", "JO")]),
        ("actors_received_ru.json", [("JP", "KZ")]),
        ("actors_adjective_ru.json", [("AM", "GE")]),
        ("sport_table.json", []),
        ("measure_ru.json", [("CN", "US")]),
        ("measure_en.json", [("CN", "US")]),
        ("measure_uk.json", [("GB", "RU")]),
        ("measure_pl.json", [("JP", "RU")]),
        ("measure_none.json", []),
        ("surname_actor_ru.json", [("KZ", "RU"), ("RU", "UZ")]),
        ("surname_actor_en.json", [("EG", "TR")]),
        ("surname_no_role.json", []),
        ("flows_to_en.json", []),
        ("flows_from_en.json", []),
        ("flows_to_ru.json", []),
        ("flows_from_to_ru.json", []),
        ("flow_one_clause_ru.json", [("EG", "MA")]),
        ("transit_ru.json", [("AZ", "TM")]),
        ("transit_territory_ru.json", [("DE", "KZ")]),
        ("transit_en.json", [("DE", "KZ")]),
        ("transit_only_ru.json", [("KZ", "RU")]),
        ("reaction_ru.json", []),
        ("reaction_en.json", []),
        ("reaction_uk.json", []),
        ("arrival_ru.json", [("AZ", "FI")]),
        ("arrival_en.json", [("IN", "NO")]),
        ("venue_no_arrival.json", []),
        ("speaker_long_role_ru.json", []),
        ("speaker_long_role_2_ru.json", []),
        ("long_role_actor_ru.json", [("HU", "TR")]),
        ("guests_un_ru.json", []),
        ("envoy_mandate_ru.json", []),
        ("envoy_mandate_own_ru.json", [("RU", "SY")]),
        ("former_post_ru.json", []),
        ("current_post_ru.json", [("CN", "KZ")]),
        ("joint_decision_ru.json", [("CN", "KG")]),
        ("joint_decision_uk.json", [("LT", "PL")]),
        ("joint_decision_en.json", [("KE", "TZ")]),
        ("backed_decision_ru.json", []),
        ("contest_ru.json", []),
        ("contest_en.json", []),
        ("contest_points_ru.json", []),
        ("contest_points_uk.json", []),
    ],
)
def test_pairs_of_each_kind(con, name, pairs):
    assert _pairs(con, name) == pairs


@pytest.mark.parametrize(
    ("name", "countries"),
    [
        # Israel and Chad are the fighters' first names here
        ("given_names_en.json", []),
        # a plant in the US state of Georgia; the ministry's country stays
        ("georgia_state_en.json", ["KR"]),
        ("joint_ru.json", ["EE", "FI", "RU"]),
        ("possessive_jo.json", ["EG", "JO"]),
        ("possessive_td.json", ["NG", "TD"]),
        ("possessive_person.json", []),
        ("elided_noun_ru.json", ["IR", "UZ"]),
        ("elided_noun_uk.json", ["CZ", "SK"]),
        ("currency_adjective_pl.json", ["KZ"]),
        ("outlet_en_name_ru.json", ["CN", "MN"]),
        ("outlet_adjective_ru.json", ["EG", "IN"]),
        ("outlet_name_uk.json", ["CZ", "SK"]),
        ("outlet_adjective_pl.json", ["LT", "LV"]),
        ("outlet_adjective_en.json", ["IS", "NO"]),
    ],
)
def test_article_countries(con, name, countries):
    rows = con.execute(
        "select distinct c.country_code from marts.article_countries c join marts.articles a using (article_id)"
        " where a.source_uri like ? order by 1",
        [f"%{name}"],
    ).fetchall()
    assert [r[0] for r in rows] == countries


def test_a_mediator_named_in_english_is_no_party(con):
    assert _pairs(con, "mediated_en.json") == [("AM", "AZ")]


def test_a_negation_three_words_before_a_tone_keyword_negates_it(con):
    rows = con.execute(
        "select matched_text, is_negated from intermediate.int_keyword_matches k"
        " join marts.articles a using (article_id) where a.source_uri like ? and k.keyword_set = 'tone'",
        ["%negation.json"],
    ).fetchall()
    assert ("санкции", True) in rows
    assert all(negated for _, negated in rows)


@pytest.mark.parametrize(
    ("name", "people"),
    [
        ("possessive_jo.json", [("Abdel Fattah al-Sisi", "EG"), ("Abdullah II", "JO")]),
        # Krupenko meets someone whose role names China, the article's first country: not his
        ("other_side.json", [("Иван Крупенько", None), ("Ли Шэнь", "CN")]),
        ("delegation_leader.json", [("Александр Лукашенко", "BY"), ("Мохаммад Реза Ареф", "IR")]),
        ("regional_heads.json", [("Эркинжон Турдимов", "UZ"), ("Юрий Караев", "BY")]),
    ],
)
def test_people_countries(con, name, people):
    rows = con.execute(
        "select p.name, p.country_code from marts.people p join marts.articles a using (article_id)"
        " where a.source_uri like ? order by 1",
        [f"%{name}"],
    ).fetchall()
    assert rows == people


def test_guests_met_together_are_no_pair_of_each_other(con):
    # the host pairs with its guests by actor evidence; the two guests are a list, no pair
    pairs = _pairs(con, "guests_host_ru.json")
    assert ("KZ", "RU") in pairs
    assert ("KZ", "UZ") not in pairs
