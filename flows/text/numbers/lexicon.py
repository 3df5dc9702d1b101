"""The vocabulary of numeric facts, as data: number and scale words, currencies, units, hedges,
change verbs and the metric keyword table. Patterns are built from it in :mod:`.patterns`."""

from __future__ import annotations

import re
from functools import cache

from flows.text.gazetteer import country_adjective_pattern
from flows.text.numbers.types import MetricRule
from flows.text.numbers.units import CURRENCY_CODES, GLUED_SCALES, SCALE_WORDS
from flows.text.vocab import month_forms

MONEY = "money"  # unit kind of every ISO 4217 code


def _kw(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


_AMOUNT_KINDS = frozenset(
    {
        MONEY,
        "percent",
        "percentage_points",
        "times",
        "tonnes",
        "hectares",
        "km",
        "barrels",
        "litres",
        "cubic_meters",
        "kwh",
        "mwh",
        "gwh",
        "twh",
    }
)


_PERCENT_KINDS = frozenset({"percent", "percentage_points"})

# the word that opens what a figure is compared with ("больше, чем ...", "more than ...")
_THAN_WORDS = r"чем|ніж|чым|than|niż"


# What the level of a flow (turnover, exports, imports, investment, a volume) is stated in: money
# and physical units of quantity. A percentage or a multiple said of a flow is its change or a
# ratio, never its level ("рост товарооборота составил 15%" is no turnover of 15 percent); a length
# or an area is the size of what is built or sown ("экспортного газопровода протяженностью 214 км",
# "инвестиционное решение по трубопроводу длиной 523 км"), never a flow's.
_LEVEL_KINDS = _AMOUNT_KINDS - _PERCENT_KINDS - {"times", "km", "hectares", "square_meters", "kw", "mw", "gw"}
_PHYSICAL_LEVEL_KINDS = _LEVEL_KINDS - {MONEY}


_DIPLOMATIC = (
    r"дипломатическ\w*\s+(?:точ|представительств|мисси|учреждени)|посольств|консульств"
    r"|диппредставительств|дипмисси|дипучреждени|embass(?:y|ies)|consulates?\b"
)


# A flow's word, not its agent ("экспортер", "exporter", "eksporter": a company, whose subsidy or
# rank is no export) nor "импортозамещение" (import substitution).
_EXPORT = r"(?:экспорт|експорт|eksport|export)(?!озамещ|[её]р|er)|экспарт(?!ц[её]р|[её]р)"
# Words of supplying goods (a flow out of the supplier): read as an export by the metric only when
# a side is named after them ("поставила в Индию нефти на ...", "поставки продукции в Китай"),
# since "поставил задачу", "поставки" alone say nothing of a border crossed; the flow's sides are
# read from the same words (flows/text/numbers/direction.py)
SUPPLY_WORDS = (
    r"поставк\w*|поставл\w*|постав(?:ил|ит|ят|ило|или|ила)\w*|пастаўк\w*|паставіл\w*|пастаўля\w*"
    r"|постачан\w*|постача\w*|постачи\w*|dostaw\w*|dostarcz\w*|shipment\w*|shipped|supplied|deliver(?:ed|ies)"
    # shipping: "отгружено в Таджикистан", "відвантажили до Польщі", "адгрузілі ў Расію"
    r"|отгруз\w*|отгруж\w*|відвантаж\w*|адгруз\w*|адгруж\w*"
    # selling and shipping verbs (not the nouns: "продажи автомобилей в России" are a market's)
    r"|прода(?:л|ла|ли|ло|ст|дут|ет|ют|ём|ем|ва(?:л|ла|ли|ть|ем|ет|ют))|прода(?:в|сть|дуть|є|ють)"
    r"|прада(?:ў|ла|лі|сць|дуць|е|юць)|sprzeda(?:ł|ła|li|ły|je|ją|ż[ąy]|dzą)?|wysła(?:ł|ła|li|ły)|wyśl(?:e|ą)"
    r"|wysyła(?:ł|ła|li|ły|ją)?|sold|sells|will\s+sell|ships|will\s+ship"
    # handing goods over (aid, deliveries): "передала Никарагуа 120 тыс. тонн зерна", "przekazała"
    r"|переда(?:л|ла|ли|ло|ст|дут|ет|ют|на|но|ны)|передав|передасть|перада(?:ў|ла|лі|сць)|przekaza(?:ł|ła|li|ły)"
)
_SUPPLY_SIDE = (
    r"(?:\s+(?:в|во|на|из|у|ў|з|да|до|do|na|z|to|from)\s+(?:the\s+)?(?-i:[A-ZА-ЯЁІЎЄЇ])"
    # a side named before, referred to: "поставила в эту страну", "у цю країну", "do tego kraju",
    # "to the country"
    r"|\s+(?:в|во|у|ў|до|do|to|from|из|з)\s+(?:эту|эти|данную|цю|ці|гэтую|гэтыя|tego|tych|the|this)\s+"
    r"(?:страну|страны|республику|країну|країни|краіну|краіны|kraju|krajów|country|countries)(?![\w-])"
    # a side named before, referred to by an adverb: "поставили туда", "постачали туди", "wysłali tam"
    r"|\s+(?:туда|туди|туды|tam|there)(?![\w-])"
    # a sale's buyer in the dative right after the verb: "продаст Китаю", "sprzeda Niemcom",
    # "поставит Кубе", and an undeclined name ("поставит Никарагуа", "передала Того")
    r"|\s+(?-i:[A-ZА-ЯЁІЎЄЇ])[\w-]*(?:у|ю|ам|ям|ии|ії|іі|е|а|о|om|owi|ie|i|y)(?![\w-])"
    # the countries of a region: "в страны Африки", "do krajów Azji", "to countries of Africa"
    r"|\s+(?:в|во|у|ў|до|do|to)\s+(?:страны|країни|краіны|krajów|kraje|countries)\s+(?:of\s+)?(?-i:[A-ZА-ЯЁІЎЄЇ]))"
)
_SUPPLY_TO_A_SIDE = (
    # the side within three words of a Cyrillic verb ("поставила в Индию нефти на ..."), within
    # six of a Latin one, whose side follows the amount ("supplied goods worth $2 billion to
    # Ukraine"); never across a colon ("поставила рекорд: выручка ... в Москве")
    rf"(?<![\w])(?:(?:{SUPPLY_WORDS})(?<![a-z])(?:\s+[^\s:;]+){{0,3}}?|(?:{SUPPLY_WORDS})(?<![а-яёіўєї])"
    rf"(?:\s+[^\s:;]+){{0,6}}?){_SUPPLY_SIDE}"
)
_IMPORT = r"(?:импорт|імпорт|import)(?!озамещ|[её]р|er)|імпарт(?!ц[её]р|[её]р)"
# Words of goods arriving ("получит", "поступило", "надійшло", "otrzymała", "received") and of
# goods going off ("ушло", "отправлено", "вывезено", "wyjechało", "went"): with a side, an import
# or an export of a physical amount (RECEIPT_FROM_A_SIDE, SIDE_BEFORE)
RECEIPT_WORDS = (
    r"получ(?:ил|ила|ило|или|ит|ат|ает|ают)|поступ(?:ил|ила|ило|или|ит|ят|ает|ают)|отрима(?:в|ла|ло|ли|є|ють)"
    r"|надійш(?:ов|ла|ло|ли)|надход(?:ить|ять)|атрыма(?:ў|ла|ла|лі|е|юць)|паступ(?:іў|іла|іла|ілі|іць|яць)"
    r"|otrzyma(?:ł|ła|ło|li|ły)|trafi(?:ł|ła|ło|li|ły)|received|receives|will\s+receive"
)
DISPATCH_WORDS = (
    r"уш(?:ло|ли|ла|[её]л)|отправ(?:ил|ила|ило|или|лено|лены|лен|ят|ит)|вывез(?:ли|ено|ены|ен)?"
    r"|відправ(?:ив|ила|или|лено)|вивез(?:ли|ено)|адправ(?:іў|іла|ілі|лена)|вывез(?:лі|ена)"
    r"|wysłan\w*|wywieziono|went|were\s+sent"
)
_RECEIPT_FROM_A_SIDE = (
    rf"(?<![\w])(?:{RECEIPT_WORDS})(?:\s+[^\s:;]+){{0,3}}?\s+(?:из|от|з|із|від|ад|z|ze|od|from)\s+(?:the\s+)?"
    r"(?-i:[A-ZА-ЯЁІЎЄЇ])"
)
# a side named right before the verb: "в Италию поступило", "туда ушло", "do Polski trafiło"
_SIDE_BEFORE = (
    r"(?:(?<![\w])(?:в|во|на|у|ў|до|do|to|into)\s+(?:the\s+)?(?-i:[A-ZА-ЯЁІЎЄЇ])[\w-]*(?:\s+[^\s:;,]+)?\s+"
    r"|(?<![\w])(?:туда|туди|туды|tam|there)\s+)"
)
# Words of buying goods from a side named after them (a flow into the buyer: an import): "закупил у
# России", "приобрел у Казахстана", "kupił od Rosji", "bought ... from Russia" (within three words
# of a Cyrillic verb, six of a Latin one, as for supplies)
PURCHASE_WORDS = (
    r"закуп(?:ил|ила|или|ило|ает|ают|ят|ит|ать|ка|ки|ку|ок)\w*|купил\w*|приобр[её]л\w*|приобрета\w*"
    r"|закупі\w*|закупов\w*|купі(?:в|ла|ли|ло|ть|ць|м|мо|ш|ці)\w*|придба\w*|набы\w*|zakupi\w*|kupi(?:ł|ła|ły|li|ą)?\w*|kupuj\w*"
    r"|sprowadzi\w*|sprowadza\w*|importowa\w*"
    r"|bought|purchased|purchases|buys|buy"
)
_PURCHASE_FROM_A_SIDE = (
    rf"(?<![\w])(?:(?:{PURCHASE_WORDS})(?<![a-z])(?:\s+[^\s:;]+){{0,3}}?|(?:{PURCHASE_WORDS})(?<![а-яёіўєї])"
    # (the seller after "у", "из", "від", "od", "from"; or where it is bought, after "в", "w":
    # "закупить в Украине", "kupi w Polsce")
    r"(?:\s+[^\s:;]+){0,6}?)\s+(?:у|ў|из|з|від|ад|в|od|z|ze|w|from)\s+(?:the\s+)?(?-i:[A-ZА-ЯЁІЎЄЇ])"
)
# Buying or supplying goods a country's adjective says the origin of: "нарастила закупки российской
# пшеницы", "покупает российскую нефть", "zakupy rosyjskiego gazu", "purchases of Russian oil" (an
# import by the buyer); "поставки казахстанского зерна", "dostawy polskich jabłek" (an export of
# that country). Five words at most between, the amount among them ("закупки в основном российской
# нефти", "приобрели свыше 1,2 млн тонн российской пшеницы").
_OF_A_COUNTRYS_GOODS = (
    rf"(?:\s+(?:of\s+)?(?:\d+(?:[.,]\d+)*|[^\s:;,]+)){{0,5}}?\s+(?:of\s+)?{country_adjective_pattern()}"
)
_PURCHASE_OF_A_COUNTRYS_GOODS = (
    rf"(?<![\w])(?:{PURCHASE_WORDS}|покупа\w*|покупк\w*|закупк\w*|закупівл\w*|zakup(?:y|ów|ach|u)?)"
    rf"{_OF_A_COUNTRYS_GOODS}"
)
_SUPPLY_OF_A_COUNTRYS_GOODS = rf"(?<![\w])(?:{SUPPLY_WORDS}){_OF_A_COUNTRYS_GOODS}"
_AGENTS = (
    r"экспорт[её]р|импорт[её]р|експортер|імпортер|экспарц[её]р|імпарц[её]р|(?:ex|im)porter|(?:eks|im)porter"
)
# what is paid on a flow or for it, or to those who make it: levies, support, credits, prices (not
# its value: "стоимость экспорта" is the export)
_INSTRUMENTS = (
    r"пошлин|сбор|налог|акциз|тариф|субсиди|дотаци|господдержк|поддержк|кредит|льгот|квот|цен[аеуыо]\b"
    r"|мит[оа]|збор|податк|субсид|підтримк|пошлін|падатк|падтрымк|кошт"
    r"|cł[oa]|cel\b|podat|dopłat|dotacj|subsyd|wsparci|kredyt|cen[aeyi]\b"
    r"|dut(?:y|ies)|tariffs?|levy|levies|tax(?:es)?|subsid|support|credits?|prices?|quotas?"
)
_FLOW_WORDS = rf"(?:{_EXPORT}|{_IMPORT}|{_AGENTS})"
_FLOW_INSTRUMENT = (
    # "сборы с импорта", "господдержки экспортеров", "duties on imports", "cła na import"
    rf"(?:{_INSTRUMENTS})\w*(?:\s+[\w-]+){{0,2}}?\s+{_FLOW_WORDS}\w*"
    # "экспортные пошлины", "import tariffs", "eksportowe cła": the flow's adjective first
    rf"|(?:экспортн|импортн|експортн|імпортн|экспартн|імпартн|eksportow|importow|export|import)\w*\s+(?:{_INSTRUMENTS})"
)


# A trade deficit in words, one vocabulary for the metric (trade_balance) and its sign: a deficit
# of trade, an adjective or "в" between ("дефицит торговли", "дефицит американской торговли",
# "дефицит в торговле с Китаем", "дефіцит зовнішньої торгівлі", "deficyt w handlu"), or a trade
# adjective before it ("торговый дефицит", "trade deficit")
_TRADE_DEFICIT = (
    # (the country whose deficit it is may stand before the preposition: "Дефицит Эквадора в
    # торговле с Колумбией")
    r"дефицит\w*\s+(?:в\s+|во\s+)?(?:[\w-]+\s+)?торгов\w*|дефицит\w*\s+[\w-]+\s+(?:в|во)\s+(?:[\w-]+\s+)?торговл\w*"
    r"|торгов\w*\s+дефицит\w*"
    r"|дефіцит\w*\s+(?:[\w'’-]+\s+)?(?:в\s+|у\s+)?(?:[\w'’-]+\s+)?торгівл\w*|торговельн\w*\s+дефіцит\w*"
    r"|дэфіцыт\w*\s+(?:[\w-]+\s+)?(?:ў\s+|у\s+)?(?:[\w-]+\s+)?гандл\w*|гандлёв\w*\s+дэфіцыт\w*"
    r"|deficyt\w*\s+(?:\w+\s+)?(?:w\s+)?(?:\w+\s+)?handl\w*|trade\s+deficit"
)

# what a project's cost is the cost of: a project, a plant or shop, a construction, a bridge, a
# power station, a pipeline, a modernisation (stems, every press language; English nouns apart)
_PROJECT_STEMS = (
    r"проект|проєкт|праект|projekt|жоба|жоб[аы]|завод|зауыт|фабрик|fabryk|комбинат|комбінат|камбінат|цех|цэх"
    r"|комплекс|kompleks|сборочн|складальн|зборачн|производств|виробництв|вытворчасц|строительств|будівництв"
    r"|будаўніцтв|budow|мост|міст|мосту|most[uy]?\b|терминал|термінал|тэрмінал|terminal|электростанц"
    r"|електростанц|электрастанц|elektrowni|(?-i:ТЭС|ТЭЦ|ГЭС|АЭС|ТЕС|ГЕС|АЕС|НПЗ)|ветропарк|вітропарк|ветрапарк"
    r"|трубопровод|газопровод|нефтепровод|газопровід|нафтопровід|gazociąg|ropociąg|верф|модернизац|модернізац"
    r"|мадэрнізац|modernizac"
)
_PROJECT_NOUNS_EN = (
    r"projects?|plants?|factory|factories|complex(?:es)?|facility|facilities|shipyards?|pipelines?|upgrades?"
    r"|terminals?|refinery|refineries|bridges?|railways?|power\s+stations?|wind\s+farms?|modernization"
    r"|construction"
)

# Priority order: for a counted phrase the first matching rule wins; in a sentence the
# keyword nearest to the number wins and ties go to the earlier rule.
# What investors put in is an investment: investors as the subject ("российские инвесторы вложат",
# "inwestorzy"; English "investors" is read by "invest"), or their share in a project ("участие
# российских инвесторов ... составит 4 млрд"); not money bought from them ("купила у частных
# инвесторов"). Read by METRIC_KEYWORDS and by indicators.is_bilateral (a flow).
INVESTORS_AS_SUBJECT = r"инвесторы|інвестори|інвестары|inwestorzy"
INVESTORS_SHARE = r"(?:участи|участь|удзел|udział|доля|дол[юи]|частк)\w*\s+(?:[\w-]+\s+){0,2}?(?:инвестор|інвестор|інвестар|inwestor)"

METRIC_KEYWORDS: tuple[MetricRule, ...] = (
    MetricRule(
        "joint_ventures",
        _kw(
            # (an adjective of the partners may stand between: "совместных белорусско-китайских
            # предприятий")
            r"совместн\w*\s+(?:[\w-]+(?:ск|цк)\w*\s+)?(?:предприяти|компани|производств)|joint\s+venture"
            r"|wspóln\w*\s+(?:przedsiębiorstw|spół)|спільн\w*\s+(?:[\w-]+(?:ськ|цьк)\w*\s+)?(?:підприєм|компан)"
            r"|сумесн\w*\s+(?:[\w-]+(?:ск|цк)\w*\s+)?(?:прадпрыем|кампан)"
        ),
        "counted",
    ),
    MetricRule(
        "assembly_plants", _kw(r"сборочн\w*\s+(?:производств|предприяти|площадк|завод|лини|цех)"), "counted"
    ),
    MetricRule("diplomatic_missions", _kw(_DIPLOMATIC), "counted"),
    MetricRule(
        "regions_with_missions", _kw(r"регион|област"), "counted", ordinal=True, context=_kw(_DIPLOMATIC)
    ),
    MetricRule(
        "trade_partner_rank",
        _kw(rf"партн[её]р|покупател|поставщик|{_AGENTS}|инвестор"),
        "both",
        kinds=frozenset({"rank"}),
    ),
    MetricRule(
        "companies",
        _kw(
            r"компани|предприяти|субъект\w*\s+хозяйствования|фирм|compan|enterprise|\bfirms?\b"
            r"|spół|przedsiębiorst|компані|підприєм|кампані|прадпрыем"
        ),
        "counted",
    ),
    MetricRule(
        "agreements",
        _kw(
            r"соглашени|договор|меморандум|контракт|agreement|memorand|contract|treat(?:y|ies)|\bdeals?\b"
            r"|\bumow|\bumów|porozumie|kontrakt|\bугод|договір|пагадненн|дагавор|мемарандум"
        ),
        "counted",
    ),
    MetricRule(
        # documents signed are agreements ("Стороны подписали 12 документов", "signed 8 documents"):
        # documents counted in a sentence with no word of signing are not
        "agreements",
        _kw(r"документ|dokument|document|дакумент"),
        "counted",
        context=_kw(r"подпис|підпис|падпіс|podpis|\bsign|заключ|уклал|заключыл|пакет"),
    ),
    MetricRule(
        "share",
        # ru, be "доля"/"долі"; uk "частка"; pl "udział"; en "share" (not "shares": stock)
        # and the verb of a share's holder: "40% экспорта приходится на Китай", "accounts for 40%"
        _kw(
            r"\bдол(?:я|и|ю|ей|ям|ях|і|яй)\b|\bчастк(?:а|и|у|ою|ці)\b|\budzia[łl](?:u|em)?\b|\bshare\b"
            r"|\bприходит(?:ся|ь)\b|\bприходилось\b|\bприпада(?:є|ло)\b|\bпрыпада(?:е|ла)\b|\bprzypada(?:ło|ją)?\b"
            r"|accounts?\s+for|accounted\s+for"
            # a part of the whole: "1,4% всего экспорта", "в общем объеме", "загального експорту",
            # "całego eksportu", "of total exports"
            r"|\b(?:всего|всей|общего|общей|общем|всього|загальн\w*|усяго|агульн\w*|całego|całkowit\w*|ogółu)"
            r"\s+(?:объем\w*|обсяг\w*|аб'?ём\w*|wolumen\w*|экспорт\w*|експорт\w*|экспарт\w*|eksport\w*|импорт\w*|імпорт\w*"
            r"|імпарт\w*|import\w*|товарооборот\w*|товарообіг\w*|тавараабарот\w*|obrot\w*|торговл\w*|торгівл\w*|handl\w*)"
            r"|\bof\s+(?:total|all|overall)\s+(?:exports|imports|trade|shipments)"
        ),
        "sentence",
        kinds=_PERCENT_KINDS | {"fraction"},  # (and a fraction: "Около трети экспорта приходится на Китай")
    ),
    MetricRule(
        "trade_balance",
        _kw(
            # the balance of a trade named by the turnover's words is the balance ("сальдо
            # товарооборота", "saldo wymiany handlowej"): one keyword over both
            r"(?:сальдо|сальда|saldo)\s+(?:[\w'-]+\s+){0,2}?(?:товарооборот|товарообіг|тавараабарот|взаимн\w*\s+торговл"
            r"|wymian\w*\s+handlow|obrot)\w*|"
            rf"сальдо|торгов\w*\s+баланс|{_TRADE_DEFICIT}|профицит|trade\s+balance|trade\s+surplus"
            # "with India posting a surplus of $45.7 billion" (a budget's or an account's is none)
            r"|(?<!budget\s)(?<!fiscal\s)(?<!account\s)\bsurplus\b"
            r"|сальда|торговельн\w*\s+баланс|профіцит"
            r"|гандлёв\w*\s+баланс|прафіцыт|saldo|bilans\w*\s+handl"
            r"|nadwyżk\w*\s+(?:w\s+)?handl"
        ),
        "sentence",
        kinds=frozenset({MONEY}),
    ),
    MetricRule(
        "trade_turnover",
        _kw(
            r"товарооборот|товарообмен|взаимн\w*\s+торговл|торгов\w*\s+оборот|тавараабарот|таваразварот|товарообіг|obroty"
            r"|\btrade\s+(?:between|turnover|volume|with)|тауар\s+айналым|сауда\s+көлем"
            # "Россия и Беларусь наторговали на $52 млрд", uk "наторгували", be "нагандлявалі"
            r"|наторговал|наторгувал|нагандлявал"
            # "bilateral trade", "China-Russia trade", "trade rose/reached ..." (English)
            r"|\b(?:bilateral|mutual|two-way|[a-z]+-[a-z]+)\s+trade\b(?!\s+(?:deficit|surplus|balance))"
            # a side's trade with the world: "Foreign trade of Georgia reached $11.2 billion"
            r"|\b(?:foreign|external|overseas)\s+trade\b(?!\s+(?:deficit|surplus|balance|minister|ministry|policy|office))"
            r"|\btrade\s+(?:rose|grew|fell|reached|totall?ed|amounted|stood|was|increased|decreased|climbed"
            r"|dropped|hit|exceeded|topped|jumped|declined|expanded|crossed|surpassed|approached|neared|passed"
            r"|shrank|contracted|doubled|tripled|soared|surged|plunged|slumped|slipped|edged"
            # a headline's present: "UAE, India trade tops $100 bln"
            r"|tops|hits|reaches|rises|grows|falls|exceeds|surpasses|crosses|nears|doubles|triples|jumps|climbs"
            r"|slips|drops|declines|soars|surges|plunges|slumps|shrinks|totals"
            # a figure reported: "trade posted a 6% increase", "trade saw a 5% decline"
            r"|posted|posts|recorded|records|registered|registers|showed|shows|saw|sees|logged|logs)\b"
            # a forecast or plan: "trade could grow to", "trade is expected to reach"
            r"|\btrade\s+(?:could|can|may|might|will|would|should|is\s+(?:expected|set|projected|forecast|likely)\s+to)"
            r"\s+(?:grow|rise|reach|increase|exceed|double|triple|top|hit|fall|decline|drop|total|amount|climb|surpass)\b"
            # trade as the object of a plan: "aim to double trade to", "raise bilateral trade to"
            r"|\b(?:double|triple|raise|boost|increase|expand|lift|bring|grow|take|doubling|tripling|raising"
            r"|boosting|increasing|expanding|lifting|bringing|growing|taking)\s+(?:bilateral\s+|mutual\s+|two-way\s+)?"
            r"trade\s+to\b"
            r"|объ[её]м\w*\s+(?:взаимной\s+|двусторонней\s+|внешней\s+)?торговл|wymian\w*\s+handlow"
            # uk, be, pl: "обсяг торгівлі", "аб'ём гандлю", "wolumen handlu"
            r"|обсяг\w*\s+(?:взаємної\s+|двосторонньої\s+)?торгівл|аб['’ʼ]?[её]м\w*\s+(?:узаемнага\s+)?гандл"
            r"|wolumen\w*\s+(?:wzajemnego\s+)?handl|obr[oó]t\w*\s+handlow"
            # "двустороннюю торговлю, объем которой составил ...": the flow named before its "объем"
            r"|двусторонн\w*\s+торговл|двосторонн\w*\s+торгівл|двухбаков\w*\s+гандл|dwustronn\w*\s+handl"
            # trade between two sides or with one, or trade as a verb's subject or object: "торговля
            # между странами", "торговля с Китаем достигла", "нарастить торговлю до"
            # (the nominative or accusative: "сальдо торговли с Китаем", "профіцит торгівлі з
            # Молдовою" are a balance's)
            # and of two sides named in the genitive: "торговля России и Монголии выросла"
            # and of one side in the genitive with the other: "торговля Казахстана с Киргизией"
            r"|торговл[яю]\s+(?:между|с\s+[А-ЯЁ]|(?:достиг|состав|вырос|увелич|сократ|сниз|превыс)\w*"
            r"|[А-ЯЁ][а-яё-]+\s+и\s+[А-ЯЁ]|(?:[А-ЯЁ][а-яё-]+\s+){1,2}(?:с|со)\s+[А-ЯЁ])"
            r"|торгівл[яю]\s+(?:між|з\s+[А-ЯІЇЄҐ]|[А-ЯІЇЄҐ][а-яіїєґ'’-]+\s+(?:і|й|та)\s+[А-ЯІЇЄҐ]"
            r"|(?:[А-ЯІЇЄҐ][а-яіїєґ'’-]+\s+){1,2}(?:з|із|зі)\s+[А-ЯІЇЄҐ]"
            r"|(?:досягл|сягнул|склал|становил|зросл|збільшил|скоротил|знизил|перевищ)\w*)"
            r"|гандаль\s+(?:паміж|з\s+[А-ЯЎІ]|[А-ЯЎІ][а-яўіё'’-]+\s+(?:і|й)\s+[А-ЯЎІ]"
            r"|(?:[А-ЯЎІ][а-яўіё'’-]+\s+){1,2}(?:з|са)\s+[А-ЯЎІ]"
            r"|(?:склаў|дасягнуў|вырас|павялічыўся|скараціўся|знізіўся|перавысіў)\b)"
            r"|handel\s+(?:między|z\s+[A-ZŁŚŻŹ]|(?:[A-ZŁŚŻŹ][\w-]+\s+){1,2}(?:z|ze)\s+[A-ZŁŚŻŹ]"
            r"|(?:wyni[oó]s|wzr[oó]s|spad|osiągn|przekroczy|zwiększy|zmniejszy)\w*)"
            # mutual trade in uk, be, pl: "взаємна торгівля", "узаемны гандаль", "wzajemny handel"
            r"|взаємн\w*\s+торгівл|[уў]заемн\w*\s+ганд(?:аль|л)|wzajemn\w*\s+handl|handel\s+wzajemn"
            # a verb of growth before it, in any form ("нарастили торговлю", "расширят торговлю")
            r"|(?:нараст|наращива|увелич|расшир|довест|довед|довел)\w*\s+"
            r"(?:взаимн\w*\s+|двусторонн\w*\s+)?торговл"
        ),
        "both",
        kinds=_LEVEL_KINDS,
    ),
    # a levy, support, credit or price of a flow ("сборы с импорта", "господдержка экспортеров",
    # "экспортные пошлины", "tariffs on imports"): the amount is the levy's, not the flow's; one
    # keyword over both words, so that it is as near the number as the flow's word and, listed
    # first, wins the tie
    MetricRule("other", _kw(_FLOW_INSTRUMENT), "sentence", kinds=_LEVEL_KINDS),
    MetricRule(
        "export",
        _kw(rf"{_EXPORT}|{_SUPPLY_TO_A_SIDE}|{_SUPPLY_OF_A_COUNTRYS_GOODS}"),
        "both",
        kinds=_LEVEL_KINDS,
    ),
    MetricRule(
        "import",
        _kw(rf"{_IMPORT}|ввоз|{_PURCHASE_FROM_A_SIDE}|{_PURCHASE_OF_A_COUNTRYS_GOODS}"),
        "both",
        kinds=_LEVEL_KINDS,
    ),
    # goods received from a side or arriving in one ("Турция получит из Азербайджана 12,5 млрд
    # кубометров", "в Италию поступило 8,9 млрд кубометров"), or sent off to one ("туда ушло 2,1 млн
    # тонн"): an import, an export; a physical amount only (money received is a credit, a grant)
    MetricRule(
        "import",
        _kw(rf"{_RECEIPT_FROM_A_SIDE}|{_SIDE_BEFORE}(?:{RECEIPT_WORDS})"),
        "both",
        kinds=_PHYSICAL_LEVEL_KINDS,
    ),
    MetricRule("export", _kw(rf"{_SIDE_BEFORE}(?:{DISPATCH_WORDS})"), "both", kinds=_PHYSICAL_LEVEL_KINDS),
    MetricRule(
        "investment",
        _kw(
            r"инвестиц|инвестир|капиталовложени|вложени|вложил|вложат|вложит|вложено|вложен|вкладыва|invest|інвестиц|інвестыц|inwestycj"
            # what investors put in (INVESTORS_AS_SUBJECT, INVESTORS_SHARE)
            rf"|(?:{INVESTORS_AS_SUBJECT})(?![\w])|{INVESTORS_SHARE}"
            # the verbs of uk, be, pl: "інвестує", "інвеставаў", "zainwestuje", "inwestuje"
            r"|інвесту|інвестув|інвестава|інвестуе|zainwest|inwestuj|inwestow"
            # the verbs of putting money in, uk and be: "вкласти", "вкладуть", "укласці", "уклалі"
            r"|вкласти|вклали|вклав|вклала|вкладуть|вкладе|вкладають|вкладає|вкладен"
            r"|[уў]класці|[уў]клалі|[уў]клаў|[уў]клала|[уў]кладуць|[уў]кладзе|[уў]кладваюць|[уў]кладвае|[уў]кладзен"
            # foreign direct investment by its abbreviation: "$1.5bn of Chinese FDI", "объем ПИИ"
            r"|(?-i:\bFDI\b|(?<![\w])ПИИ(?![\w])|(?<![\w])ПІІ(?![\w])|\bBIZ\b)"
        ),
        "both",
        kinds=_LEVEL_KINDS,
    ),
    # the cost of a project, a plant, a construction one side builds with or in the other
    # ("Стоимость проекта оценивается в $14 млн", "27 проектов ... общей стоимостью 4,6 млрд",
    # "мост ... вартістю 34 млн євро", "цэх ... коштам каля 20 млн", "a $2.4 billion shipyard
    # complex"): the money the project puts in, an investment; a cost word in a sentence naming no
    # project (the cost of gas, of a contract) is none
    MetricRule(
        "investment",
        _kw(
            r"(?<![\w])(?:стоимост\w*|вартіст\w*|вартасц\w*|коштам|wartoś\w*|koszt\w*|worth|costs?|costing"
            r"|valued|құны)(?![\w])"
            # "a $450 million upgrade", "a $2.4 billion shipyard complex": the amount before its project
            rf"|(?<![\w])(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}?(?:US)?\$\s?\d[\d.,]*\s*(?:million|billion|bn|mn|m)?\s+(?:[a-z-]+\s+){{0,2}}?"
            rf"(?:{_PROJECT_NOUNS_EN})\b"
        ),
        "sentence",
        kinds=frozenset({MONEY}),
        context=_kw(rf"(?<![\w])(?:{_PROJECT_STEMS})|\b(?:{_PROJECT_NOUNS_EN})\b"),
    ),
    # weak: "в объеме $1,2 млрд" says nothing of what is measured when another keyword does
    MetricRule("volume", _kw(r"объ[её]м"), "sentence", kinds=_LEVEL_KINDS, weak=True),
    MetricRule(
        "growth",
        _kw(r"\bрост|вырос|выросл|возрос|увелич|прирост"),
        "sentence",
        kinds=frozenset({"percent", "percentage_points", "times"}),
        weak=True,
    ),
)


_MONEY_METRICS = frozenset({"trade_turnover", "export", "import", "investment"})


_DEFAULT_METRIC_BY_UNIT = {
    "tonnes": "volume",
    "barrels": "volume",
    "litres": "volume",
    "cubic_meters": "volume",
    "kwh": "volume",
    "mwh": "volume",
    "gwh": "volume",
    "twh": "volume",
}


_SPACES = " \u00a0\u2009\u202f"


_SP = f"[{_SPACES}]"  # spaces allowed inside a number phrase (no line breaks)


# Number words -> value. One entry per written form.
_NUMBER_WORDS: dict[str, int | float] = {}


def _add_words(value: float, *forms: str) -> None:
    for form in forms:
        _NUMBER_WORDS[form] = value
        if "ё" in form:
            _NUMBER_WORDS[form.replace("ё", "е")] = value


_add_words(1, "один", "одна", "одно", "одного", "одной", "одному", "одним", "одну", "одном", "одною")


_add_words(2, "два", "две", "двух", "двум", "двумя")


_add_words(3, "три", "трёх", "трём", "тремя")


_add_words(4, "четыре", "четырёх", "четырём", "четырьмя")


for _value, _stem in ((5, "пят"), (6, "шест"), (7, "сем"), (9, "девят"), (10, "десят")):
    _add_words(_value, _stem + "ь", _stem + "и", _stem + "ью")


_add_words(8, "восемь", "восьми", "восемью", "восьмью")


# 11-20 and 30: the stem of the cardinal ("пятнадцать", "пятнадцати") and of the ordinal ("пятнадцатый")
_TEEN_STEMS = (
    (11, "одиннадцат"),
    (12, "двенадцат"),
    (13, "тринадцат"),
    (14, "четырнадцат"),
    (15, "пятнадцат"),
    (16, "шестнадцат"),
    (17, "семнадцат"),
    (18, "восемнадцат"),
    (19, "девятнадцат"),
    (20, "двадцат"),
    (30, "тридцат"),
)
for _value, _stem in _TEEN_STEMS:
    _add_words(_value, _stem + "ь", _stem + "и", _stem + "ью")


_add_words(40, "сорок", "сорока")


for _value, _nom, _obl, _ins in (
    (50, "пятьдесят", "пятидесяти", "пятьюдесятью"),
    (60, "шестьдесят", "шестидесяти", "шестьюдесятью"),
    (70, "семьдесят", "семидесяти", "семьюдесятью"),
    (80, "восемьдесят", "восьмидесяти", "восьмьюдесятью"),
):
    _add_words(_value, _nom, _obl, _ins)


_add_words(80, "восемьюдесятью")


_add_words(90, "девяносто", "девяноста")


_add_words(100, "сто", "ста")


_add_words(200, "двести", "двухсот", "двумстам", "двумястами", "двухстах")


_add_words(300, "триста", "трёхсот", "трёмстам", "тремястами", "трёхстах")


_add_words(400, "четыреста", "четырёхсот", "четырёмстам", "четырьмястами", "четырёхстах")


for _value, _nom, _stem, _ins in (
    (500, "пятьсот", "пяти", "пятью"),
    (600, "шестьсот", "шести", "шестью"),
    (700, "семьсот", "семи", "семью"),
    (800, "восемьсот", "восьми", "восьмью"),
    (900, "девятьсот", "девяти", "девятью"),
):
    _add_words(_value, _nom, _stem + "сот", _stem + "стам", _ins + "стами", _stem + "стах")


_add_words(800, "восемьюстами")


_add_words(1.5, "полтора", "полторы", "полутора")
# one and a half in Belarusian, Ukrainian and Polish ("паўтара мільярда", "півтора мільярда",
# "półtora miliarda")
_add_words(1.5, "паўтара", "паўтары", "півтора", "півтори", "półtora", "półtorej")
# half, written apart from its scale in Polish ("pół miliarda złotych", "pół miliona ton")
_add_words(0.5, "pół")


# English number words (any case); "one" only inside composites, as "один"
_add_words(1, "one")
for _value, _word in enumerate(
    (
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ),
    start=2,
):
    _add_words(_value, _word)
for _value, _word in (
    (20, "twenty"),
    (30, "thirty"),
    (40, "forty"),
    (50, "fifty"),
    (60, "sixty"),
    (70, "seventy"),
    (80, "eighty"),
    (90, "ninety"),
):
    _add_words(_value, _word)
_TENS_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
for _value, _word in (
    (20, "twenty"),
    (30, "thirty"),
    (40, "forty"),
    (50, "fifty"),
    (60, "sixty"),
    (70, "seventy"),
    (80, "eighty"),
    (90, "ninety"),
):
    for _unit_value, _unit_word in enumerate(_TENS_UNITS, start=1):
        _add_words(_value + _unit_value, f"{_word}-{_unit_word}")


# Ukrainian, Belarusian, Polish and Kazakh number words, in the cases a number takes before a
# scale word or a unit ("від двох до трьох мільярдів", "тры мільярды долараў", "dwa miliardy
# złotych", "үш миллиард доллар"). An apostrophe is stored as the text's folded "'" and as
# ``normalize_word`` writes it ("п'ять", "пʼять"). Kazakh "он" (10) is also Russian "он" (he): it is
# a number only before a scale word (``NUMBER_WORDS_BEFORE_SCALE_ONLY``).
def _add_apostrophe_words(value: float, *forms: str) -> None:
    _add_words(value, *forms, *(f.replace("'", "ʼ") for f in forms if "'" in f))


for _value, _forms in (
    (1, "адзін адна адно аднаго адной аднаму адным адну jeden jedna jedno jednego jednej jednym jedną бір"),
    (2, "дві двох двом двома дзве дзвюх двума dwa dwie dwóch dwóm dwoma екі"),
    (3, "трьох трьом трьома тры трох тром трыма trzy trzech trzem trzema үш"),
    (
        4,
        "чотири чотирьох чотирьом чотирма чатыры чатырох чатыром чатырма cztery czterech czterem czterema төрт",
    ),
    (5, "п'ять п'яти п'ятьох п'ятьом п'ятьма пяць пяці пяццю pięć pięciu pięcioma бес"),
    (6, "шість шести шістьох шістьма шэсць шасці шасцю sześć sześciu sześcioma алты"),
    (7, "сім семи сімох сімома сем сямі сямю siedem siedmiu siedmioma жеті"),
    (8, "вісім восьми вісьмох вісьма вісьмома восем васьмі васьмю osiem ośmiu ośmioma сегіз"),
    (
        9,
        "дев'ять дев'яти дев'ятьох дев'ятьма дзевяць дзевяці дзевяццю dziewięć dziewięciu dziewięcioma тоғыз",
    ),
    (10, "десятьох десятьма дзесяць дзесяці дзесяццю dziesięć dziesięciu dziesięcioma он"),
    (11, "одинадцять одинадцяти адзінаццаць адзінаццаці jedenaście jedenastu"),
    (12, "дванадцять дванадцяти дванаццаць дванаццаці dwanaście dwunastu"),
    (13, "тринадцять тринадцяти трынаццаць трынаццаці trzynaście trzynastu"),
    (14, "чотирнадцять чотирнадцяти чатырнаццаць чатырнаццаці czternaście czternastu"),
    (15, "п'ятнадцять п'ятнадцяти пятнаццаць пятнаццаці piętnaście piętnastu"),
    (16, "шістнадцять шістнадцяти шаснаццаць шаснаццаці szesnaście szesnastu"),
    (17, "сімнадцять сімнадцяти сямнаццаць сямнаццаці siedemnaście siedemnastu"),
    (18, "вісімнадцять вісімнадцяти васямнаццаць васямнаццаці osiemnaście osiemnastu"),
    (19, "дев'ятнадцять дев'ятнадцяти дзевятнаццаць дзевятнаццаці dziewiętnaście dziewiętnastu"),
    (20, "двадцять двадцяти дваццаць дваццаці dwadzieścia dwudziestu жиырма"),
    (30, "тридцять тридцяти трыццаць трыццаці trzydzieści trzydziestu отыз"),
    (40, "сорак сарака czterdzieści czterdziestu қырық"),
    (50, "п'ятдесят п'ятдесяти пяцьдзясят пяцідзесяці pięćdziesiąt pięćdziesięciu елу"),
    (60, "шістдесят шістдесяти шэсцьдзясят шасцідзесяці sześćdziesiąt sześćdziesięciu алпыс"),
    (70, "сімдесят сімдесяти семдзесят сямідзесяці siedemdziesiąt siedemdziesięciu жетпіс"),
    (80, "вісімдесят вісімдесяти восемдзесят васьмідзесяці osiemdziesiąt osiemdziesięciu сексен"),
    (90, "дев'яносто дзевяноста dziewięćdziesiąt dziewięćdziesięciu тоқсан"),
    (100, "sto stu жүз"),
    (200, "двісті двохсот дзвесце дзвюхсот dwieście dwustu"),
    (300, "трьохсот трыста трохсот trzysta trzystu"),
    (400, "чотириста чотирьохсот чатырыста чатырохсот czterysta czterystu"),
    (500, "п'ятсот п'ятисот пяцьсот пяцісот pięćset pięciuset"),
    (600, "шістсот шестисот шэсцьсот шасцісот sześćset sześciuset"),
    (700, "сімсот семисот семсот сямісот siedemset siedmiuset"),
    (800, "вісімсот восьмисот восемсот васьмісот osiemset ośmiuset"),
    (900, "дев'ятсот дев'ятисот дзевяцьсот дзевяцісот dziewięćset dziewięciuset"),
):
    _add_apostrophe_words(_value, *_forms.split())
# English "hundred" (and Kazakh "жүз" after a unit): a hundred, or a multiplier of the unit before it
# ("three hundred and fifty million", "екі жүз миллион" = 200 million)
_add_words(100, "hundred")
HUNDRED_MULTIPLIERS = frozenset({"hundred", "жүз"})
NUMBER_WORDS_BEFORE_SCALE_ONLY = frozenset({"он"})


_SCALE_ENDINGS = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")


_SCALE_WORDS: dict[str, int] = {}


for _value, _stem in ((10**6, "миллион"), (10**9, "миллиард"), (10**12, "триллион")):
    for _ending in _SCALE_ENDINGS:
        _SCALE_WORDS[_stem + _ending] = _value


for _form in (
    "тысяча",
    "тысячи",
    "тысяче",
    "тысячу",
    "тысячей",
    "тысячью",
    "тысяч",
    "тысячам",
    "тысячами",
    "тысячах",
):
    _SCALE_WORDS[_form] = 1000


# Half a scale in one word: "полмиллиарда" (Russian), "півмільярда" (Ukrainian), "паўмільярда"
# (Belarusian) = 0.5 * 10**9; word -> the scale (the amount is half of it). English "half a
# billion" is read by the scanner from "half" (HALF_WORD) and the scale word after "a".
HALF_SCALE_WORDS: dict[str, int] = {
    _prefix + _scale: _factor
    for _prefix, _scales in (
        ("пол", (("тысячи", 10**3), ("миллиона", 10**6), ("миллиарда", 10**9), ("триллиона", 10**12))),
        # the oblique cases: "свыше полумиллиона", "с полумиллиардом", "к полумиллиону"
        (
            "полу",
            tuple(
                (f"{stem}{ending}", factor)
                for stem, factor, endings in (
                    ("тысяч", 10**3, ("и", "е", "ей")),
                    ("миллион", 10**6, ("а", "у", "ом")),
                    ("миллиард", 10**9, ("а", "у", "ом")),
                    ("триллион", 10**12, ("а", "у", "ом")),
                )
                for ending in endings
            ),
        ),
        ("пів", (("тисячі", 10**3), ("мільйона", 10**6), ("мільярда", 10**9), ("трильйона", 10**12))),
        ("паў", (("тысячы", 10**3), ("мільёна", 10**6), ("мільярда", 10**9), ("трыльёна", 10**12))),
    )
    for _scale, _factor in _scales
}
HALF_WORD = "half"
# English fractions read only as a change's size, right after "by" ("fell by half", "grew by a
# third", "dropped by a quarter", "by a fifth"): elsewhere the words are parts of periods ("the third
# quarter", "the first half of 2025") or of amounts ("half a billion").
EN_FRACTION_WORDS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}


# singular forms only: "миллиарда" can be a number, "миллиарды" cannot
_SINGULAR_SCALE_WORDS = frozenset(
    f for f in _SCALE_WORDS if not re.search(r"(?:ы|ов|ам|ами|ах|ч|чам|чами|чах)$", f) or f == "тысячи"
)


_HUNDREDS = frozenset(v for v in _NUMBER_WORDS.values() if v >= 100)


_TENS = frozenset({20, 30, 40, 50, 60, 70, 80, 90})


_MULTIPLE_WORDS: dict[str, float] = {
    "вдвое": 2,
    "втрое": 3,
    "вчетверо": 4,
    "впятеро": 5,
    "вшестеро": 6,
    "всемеро": 7,
    "ввосьмеро": 8,
    "вдевятеро": 9,
    "вдесятеро": 10,
    # uk, be, pl: "скоротився втричі", "павялічыўся ўдвая", "wzrósł dwukrotnie"
    "вдвічі": 2,
    "удвічі": 2,
    "втричі": 3,
    "утричі": 3,
    "учетверо": 4,
    "впʼятеро": 5,
    "упʼятеро": 5,
    "удвая": 2,
    "ўдвая": 2,
    "утрая": 3,
    "ўтрая": 3,
    "учацвера": 4,
    "ўчацвера": 4,
    "półtorakrotnie": 1.5,
    "dwukrotnie": 2,
    "trzykrotnie": 3,
    "czterokrotnie": 4,
    "pięciokrotnie": 5,
    "dziesięciokrotnie": 10,
    "twofold": 2,
    "threefold": 3,
    "fourfold": 4,
    "fivefold": 5,
    "tenfold": 10,
}


_RANK_WORDS = {"тройк": 3, "пятерк": 5, "пятёрк": 5, "десятк": 10, "двадцатк": 20, "сотн": 100}


# Hedges of an amount, by the comparator they give: phrases of words separated by spaces (any
# whitespace between them in a text), a word ending in ``*`` standing for every word it begins
# (превыс* = превысил, превысит, ...). The longest hedge ending right before the number wins.
HEDGE_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        ">=",
        (
            "не менее чем",
            "не менее чем в",  # "оценивается не менее чем в 1 млрд"
            "не менее",
            "не меньше чем",
            "не меньше",
            "не ниже",
            "не опуска* ниже",
            "не опуст* ниже",
            "как минимум",
            "минимум",
            "по меньшей мере",
            "по крайней мере",
            "преодоле*",  # "преодолел рубеж в $1 млрд" (uk "подолав")
            "подола*",
            "от",
            "at least",
            # uk, be, pl
            "щонайменше",
            "не менше ніж",
            "не менше за",
            "не менше",
            "не менш ніж",
            "не менш за",
            "не менш чым",
            "прынамсі",
            "co najmniej",
            "przynajmniej",
        ),
    ),
    (
        "<=",
        (
            "не более чем",
            "не более",
            "не больше чем",
            "не больше",
            "не выше",
            "не свыше",
            "не превыша*",
            "не превыс*",
            "не поднима* выше",
            "как максимум",
            "максимум",
            "не більше ніж",
            "не більше за",
            "не більше",
            "не больш за",
            "не больш чым",
            "nie więcej niż",
            "maksymalnie",
            "no more than",
            "not more than",
            "did not top",
            "didn't top",
        ),
    ),
    (
        ">",
        (
            "более чем",
            "более",
            "более чем в",  # "оцениваются более чем в 1 млрд"
            "больше чем в",
            "больше чем",
            "больше",
            "свыше",
            "сверх",
            "выше",
            "превыс*",
            "превыша*",
            # uk, be, pl, en
            "більше ніж",
            "більше за",
            "більше",
            "більш ніж",
            "більш за",
            "понад",
            "перевищ*",
            "больш за",
            "больш чым",
            "больш як",  # be, uk: "больш як 2,5 тыс.", "більш як 300"
            "більш як",
            "більше як",
            "звыш",
            "перавыс*",
            "перавыша*",
            "przeszło",
            "ponad",
            "powyżej",
            "więcej niż",
            "przekrocz*",
            "more than",
            "over",
            "above",
            "exceed*",
            "topped",
            "tops",
            "surpass*",
            "crossed",
            "перешагну*",
            "перешагива*",
        ),
    ),
    ("<=", ("до", "вплоть до", "да", "do", "aż do", "up to", "at most")),
    (
        "<",
        (
            "менее чем",
            "менее",
            "менее чем в",
            "меньше чем в",
            "меньше чем",
            "меньше",
            "ниже",
            "не достига*",
            # short of an amount: "не достиг 50 млрд", "fell short of $1 billion", "did not top"
            "не достиг",
            "не достигл*",
            # with an emphatic particle ("не достиг и 100 млн") or a verb of stretching to it
            "не достиг и",
            "не достигл* и",
            "не дотяну* до",
            "не дотягива* до",
            "не дотягну* до",
            "не досяг*",
            "не дасягну*",
            "nie osiągn*",
            "fell short of",
            "falls short of",
            "did not reach",
            "failed to reach",
            "менше ніж",
            "менше за",
            "менше",
            "менш ніж",
            "менш за",
            "нижче",
            "менш за",
            "менш чым",
            "poniżej",
            "niespełna",
            "mniej niż",
            "less than",
            "fewer than",
            "under",
            "below",
        ),
    ),
    (
        "~",
        (
            "порядка",
            "около",
            "почти что",
            "почти",
            "без малого",
            "без малога",
            # a hedge before a verb of reaching the amount: "почти достиг 200 млн"
            "почти достиг*",
            "почти составил*",
            "почти составля*",
            "без малого достиг*",
            "без малого составил*",
            "майже досяг*",
            "майже сягну*",
            "майже склав",
            "майже склала",
            "майже склало",
            "майже склали",
            "амаль дасягну*",
            "амаль склаў",
            "амаль склала",
            "prawie osiągn*",
            "prawie wyniósł",
            "prawie wyniosła",
            "prawie wyniosło",
            "prawie wyniosły",
            "nearly reached",
            "almost reached",
            "nearly hit",
            "almost hit",
            "nearly totalled",
            "nearly totaled",
            "almost totalled",
            "almost totaled",
            "примерно",
            "приблизительно",
            "ориентировочно",
            # the hedge before the "в" of a verb's amount: "оценивается примерно в 500 млн"
            "примерно в",
            "приблизительно в",
            "ориентировочно в",
            "приблизно в",
            "приблизно у",
            "орієнтовно в",
            "прыблізна ў",
            "где-то",
            "в районе",
            "≈",
            "~",
            "about",
            "around",
            "approximately",
            "nearly",
            "almost",
            "майже",
            "близько",
            "приблизно",
            "орієнтовно",
            "амаль",
            "каля",
            "прыблізна",
            "prawie",
            "około",
            "blisko",
            "niemal że",
            "niemal",
            "mniej więcej",
            "ok.",
            "rzędu",
            "szacunkowo",
            "roughly",
            "an estimated",
            "estimated",
            "some",
            "approx.",
            "circa",
            "close to",
            # approaching an amount: near it, from below or above ("приблизился к отметке 5 млрд")
            "приблизил* к",
            "приближа* к",
            "вплотную приблизил* к",
            "наблизи* до",
            "наближа* до",
            "наблізі* да",
            "набліжа* да",
            "zbliży* się do",
            "zbliża* się do",
            "approach*",
            "neared",
            "nearing",
            "десь",
            "прыкладна",
            "блізка",
            "парадку",
            "шамамен",
        ),
    ),
)


def _phrase_regex(phrase: str) -> str:
    return r"\s+".join(
        re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in phrase.split()
    )


_HEDGES: tuple[tuple[str, str], ...] = tuple(
    (comparator, "|".join(_phrase_regex(p) for p in phrases)) for comparator, phrases in HEDGE_PHRASES
)
_HEDGE_ALT = "|".join(f"(?P<h{i}>{alt})" for i, (_, alt) in enumerate(_HEDGES))
_HEDGE_ENDS = {
    p.split()[-1] for _, phrases in HEDGE_PHRASES for p in phrases if p[-1].isalpha() or p[-1] == "*"
}
# The last words of the hedges and the beginnings of the ``*`` ones: a window regex is only run
# when the word before a number is one of them (or begins with one).
# A milestone noun between a hedge verb and the amount, maybe with its preposition: "превысил
# отметку в 1 млрд", "преодолел рубеж в $1 млрд", "перевищив позначку 5 млрд", "przekroczyły próg
# 10 mld", "topped the mark of $10 billion" (``*`` as in HEDGE_PHRASES).
MILESTONE_WORDS = (
    "отметк*", "рубеж*", "порог*", "планк*", "позначк*", "рубіж*", "поріг", "адзнак*", "рубяж*", "парог*",
    "próg", "progu", "pułap*", "barier*", "granic*",
)  # fmt: skip
MILESTONE_LINKS = ("в", "у", "ў", "w", "of")
_MILESTONE = (
    rf"(?:(?:{'|'.join(_phrase_regex(w) for w in MILESTONE_WORDS)})(?:\s+(?:в|у|ў|w))?"
    r"|(?:the\s+)?(?:mark|threshold|milestone)\s+of)"
)
HEDGE_LAST_WORDS = frozenset(
    {w for w in _HEDGE_ENDS if not w.endswith("*")}
    | {w for w in MILESTONE_WORDS if not w.endswith("*")}
    | set(MILESTONE_LINKS)
)
HEDGE_LAST_PREFIXES = tuple(
    sorted(
        {w[:-1] for w in _HEDGE_ENDS if w.endswith("*")}
        | {w[:-1] for w in MILESTONE_WORDS if w.endswith("*")}
    )
)
# the last characters of the hedges that end in no letter ("~", "≈", the dot of "ok."): a window
# regex is also run when one of them stands right before a number's space
HEDGE_LAST_MARKS = "".join(
    sorted({p[-1] for _, phrases in HEDGE_PHRASES for p in phrases if not p[-1].isalpha()} - {"*"})
)


_BEFORE = r"(?:^|(?<=[\s(«\"„“\x00]))"  # a phrase boundary on the left


_INCREASE = (
    r"вырос\w*|выросл\w*|возрос\w*|увелич\w*|подскочил\w*|поднял\w*|поднима\w*|прибав\w*|повыс\w*|повыш\w*|нарастил\w*"
    r"|ускорил\w*|ускоря\w*|восстановил\w*|восстанавлива\w*|отскочил\w*"
    r"|нарастит\w*|нарастят|нарастим|наращива(?:ет|ют|ть|ли|л|ла|ем)|вырастет|вырастут|раст[её]т|растут"
    r"|рост[аеу]?|прирост\w*|подорожал\w*"
    # uk, be, pl
    r"|зр[іо]с\w*|зросл\w*|збільш\w*|підвищ\w*|вырас\w*|павялічы\w*|павелічэнн\w*|павышэнн\w*"
    r"|wzr[oó]s\w*|zwiększ\w*"
    r"|rose|risen|grew|grown|increased|climbed|jumped|gained|surged|soared|widen\w*|doubl\w*|tripl\w*"
    r"|rebounded|recovered|advanced"
    # the present and the infinitive of a plan or a forecast ("agreed to expand the fund by")
    r"|increase|increases|increasing|grow|grows|growing|rise|rises|rising|expand\w*|boost\w*|rais(?:e|es|ed|ing)"
)


# verbs of a target reached "до" an amount: "довести товарооборот до $3 млрд"
_TARGET_VERBS = (
    r"довести|довед\w*|доводить|довод\w*|нарастить|нарастят|увеличить|поднять|удвоить|удвоят|утроить|утроят"
    r"|bring|raise|increase|lift|boost|expand|double|triple"
    r"|давесці|давядз\w*|збільшити|zwiększyć|podnieść"  # be, uk, pl
)


_DECREASE = (
    r"сниз\w*|сниж\w*|сократ\w*|сокращ\w*|уменьш\w*|упал\w*|упад\w*|падени\w*|пониз\w*|пониж\w*"
    r"|опустил\w*|подешевел\w*|замедлил\w*|замедля\w*|просел\w*|просед\w*|обвалил\w*|рухнул\w*"
    # uk, be, pl
    r"|скорот\w*|зменш\w*|знизи\w*|знизил\w*|знижен\w*|впа[вл]\w*|падінн\w*|скараці\w*|скарачэнн\w*"
    r"|зменшы\w*|знізі\w*|зніжэнн\w*|спад\w*|zmniejsz\w*|obniż\w*|spad\w*"
    r"|fell|fallen|dropped|declined|decreased|slid|slipped|plunged|shrank|contracted|narrow\w*|halv\w*"
    r"|slumped|plummeted|tumbled|dipped|eased|sank|sunk|retreated"
    r"|decrease|decreases|decreasing|decline|declines|declining|fall|falls|falling|drop|drops|dropping"
    r"|cut|cuts|cutting|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|slash\w*|shrink\w*"
)


# Nouns of a change that can be the subject of a link verb: "рост товарооборота составил 15%"
# (the amount is the change, not the level of the thing that changed)
_INCREASE_NOUNS = (
    r"рост|прирост|увеличени[ея]|повышени[ея]|ріст|приріст|збільшення|прырост|павелічэнне"
    r"|wzrost|przyrost|growth|increase|rise|gain"
)
_DECREASE_NOUNS = (
    r"снижени[ея]|сокращени[ея]|падени[ея]|спад|уменьшени[ея]|зниження|скорочення|падіння|зменшення"
    r"|зніжэнне|скарачэнне|падзенне|spadek|zmniejszenie|decline|decrease|drop|fall|contraction"
)
# Link verbs between such a noun and its amount
_CHANGE_LINKS = (
    r"составил\w*|составит|составля\w*|достиг\w*|превысил\w*|превысит|оценива\w*|равнял\w*"
    r"|склаў|склала|склалі|склало|склав|склали|wyniósł|wyniosła|wyniosło|wynosi"
    r"|amounted\s+to|was|were|stood\s+at|reached|totaled|totalled"
)


# English change verbs followed directly by the amount ("rose 3 percent", "fell 2.5%"), and
# "up"/"down" before a percentage ("up 4.2% from a year earlier")
_DIRECT_INCREASE = (
    r"rose|risen|grew|grown|increased|climbed|jumped|gained|surged|soared|rebounded|advanced|up"
    # the present and the infinitive of a forecast or a headline ("expected to grow 5%", "Exports to
    # rise 3%", "GDP grows 4%")
    r"|grow|grows|rise|rises|climb|climbs|jump|jumps|surge|surges|soar|soars"
    # the participle of a clause after a level ("reached $2 billion, rising 15%"; not an adjective
    # after a determiner: "the rising 5% tariff", patterns._CHANGE_DIRECT_RE)
    r"|rising|growing|climbing|jumping|gaining|surging|soaring"
)
_DIRECT_DECREASE = (
    r"fell|fallen|dropped|declined|decreased|slid|slipped|plunged|shrank|contracted|down"
    r"|slumped|plummeted|tumbled|dipped|eased|sank|retreated"
    r"|fall|falls|drop|drops|decline|declines|slide|slides|slip|slips|plunge|plunges|shrink|shrinks"
    r"|falling|dropping|declining|sliding|slipping|plunging|shrinking|slumping|tumbling|dipping"
)


# a span of time that one time is before or after another by ("годом ранее", "роком раніше",
# "rok wcześniej", "a year earlier"), and the words of "earlier" and of "later"
_TIME_SPAN_WORDS = (
    r"годом|месяцем|кварталом|неделей|днем|днём|годами|месяцами|роком|місяцем|тижнем|годам|месяцам"
    r"|rok|miesiąc|kwartał|a[ \u00a0]+year|a[ \u00a0]+month|a[ \u00a0]+quarter|the[ \u00a0]+year"
)
_EARLIER_WORDS = r"ранее|раньше|раніше|раней|wcześniej|earlier|before"
_LATER_WORDS = r"позже|позднее|пізніше|пазней|później|later"

# conjunctions that set a clause against the one before ("экспорт вырос, а импорт упал", "тогда
# как", "тоді як", "podczas gdy", "whereas"): after a comma, a clause of its own
_CONTRAST_CONJUNCTIONS = (
    r"а|но|однако|тогда\s+как|в\s+то\s+время\s+как|але|тоді\s+як|ale|podczas\s+gdy|but|while|whereas"
)
# conjunctions that add a clause ("и", "і", "а также", "при этом", "and", Polish "a", "i")
_ADDITIVE_CONJUNCTIONS = r"и|і|при\s+этом|and|a|i"

# words that open a new clause: a "до" after one of them is no longer the end of the change
# before them ("экспорт вырос на 10%, а кредиты выдают до 50 млн" keeps "до" an upper bound)
_CLAUSE_BREAKS = (
    rf"{_CONTRAST_CONJUNCTIONS}|и|что|котор\w*|где|когда|если|хотя|пока|чтобы"
    r"|and|which|that|who|when|if|although|compared|according|relative|due"
)


_ISO_CODES = frozenset(CURRENCY_CODES)


# Digits of a number: thousands grouped by both marks with the other as the decimal mark
# (``1,234.5`` as English writes it, ``1.234,5`` as Polish does: the last mark is the decimal one),
# or grouped by spaces, by two or more dots or commas, by apostrophes (``1'500'000``, as Swiss and
# some agency copy write them), or not at all, then maybe a decimal part.
_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+\.\d+(?![.,]?\d)|\d{1,3}(?:\.\d{3})+,\d+(?![.,]?\d)"
    rf"|(?:\d{{1,3}}(?:{_SP}\d{{3}})+(?!\d)|\d{{1,3}}(?:\.\d{{3}}){{2,}}(?!\d)|\d{{1,3}}(?:,\d{{3}}){{2,}}(?!\d)"
    r"|\d{1,3}(?:['’]\d{3})+(?!\d)|\d+)"
    rf"(?:,\d+|\.\d+(?![.\d]))?)"
)


_ORDINAL_SUFFIXES = frozenset(
    {"й", "го", "му", "м", "ом", "я", "ю", "е", "ая", "ое", "ые", "ых", "ым", "ыми", "ой", "ую", "ий", "ему"}
)


_CASE_SUFFIXES = frozenset({"х", "ти", "ми", "мя", "ух", "ех", "ёх", "и", "ью"})

# Nouns of a mark an amount reaches ("превысили 3-миллиардный рубеж", "5-миллиардную отметку"):
# they count nothing; the amount is in the unit of what reached it
_THRESHOLD_NOUNS = frozenset({"рубеж", "отметка", "порог", "планка", "барьер", "уровень"})


_ALLOWED_BEFORE = frozenset(" \t\n\r\u00a0\u2009\u202f(«\"'“„[$€₽£₸₴₼~≈<>≥≤—–")


# nouns that never are the counted thing: durations and ages become periods, not facts
_NOT_COUNTED = frozenset(
    {
        "год",
        "лето",
        "месяц",
        "мес",
        "неделя",
        "день",
        "сутки",
        "час",
        "минута",
        "секунда",
        "век",
        "столетие",
        "десятилетие",
        "квартал",
        "полугодие",
        "раз",
        "процент",
        "градус",
        "просмотр",
        "комментарий",
        # a score or a contest's points ("набрала 25 очков", "12 баллов"): no figure of relations
        "очко",
        "балл",
        "гол",
        "г",
        "т",
        "тыс",
        "млн",
        "млрд",
        "трлн",
        # Ukrainian and Belarusian years as Russian's morphology reads them ("три роки" as "рок",
        # "тры гады" as "гад")
        "рок",
        "гад",
        # Kazakh time words as the parser leaves them ("9 айында", "5 жылда", "10 күнде")
        "ай",
        "айда",
        "айында",
        "айы",
        "жыл",
        "жылы",
        "жылда",
        "жылдан",
        "күн",
        "күнде",
    }
)


# with small number words these are the sides of a meeting, not a count
_NOT_COUNTED_SMALL_WORDS = frozenset(
    {"страна", "сторона", "государство", "лидер", "президент", "глава", "народ"}
    | {"country", "kraj", "країна", "краіна"}  # lemmas of COUNTED_NOUNS
)


# ordinals are facts only for these head nouns (lemma -> unit)
_ORDINAL_HEADS = {
    "регион": "count",
    "область": "count",
    "страна": "count",
    "государство": "count",
    "город": "count",
    "субъект": "count",
    "член": "count",
    "участник": "count",
    "партнер": "rank",
    "место": "rank",
    "покупатель": "rank",
    "поставщик": "rank",
    "экспортер": "rank",
    "импортер": "rank",
    "инвестор": "rank",
    "позиция": "rank",
    "строчка": "rank",
}


_APRO_ALLOWED = frozenset({"другой", "иной"})


# Ordinal words -> value ("третий торговый партнер", "пятое место"): facts only before a rank head.
ORDINAL_WORDS: dict[str, int] = {}
_ORDINAL_ENDINGS = ("ый", "ой", "ий", "ая", "ое", "ого", "ому", "ым", "ом", "ую", "ые", "ых", "ыми")
for _value, _stem in (
    (1, "перв"),
    (2, "втор"),
    (4, "четверт"),
    (5, "пят"),
    (6, "шест"),
    (7, "седьм"),
    (8, "восьм"),
    (9, "девят"),
    (10, "десят"),
    *_TEEN_STEMS,
    (40, "сороков"),
    (50, "пятидесят"),
    (100, "сот"),
):
    for _ending in _ORDINAL_ENDINGS:
        if _stem in ("втор", "сороков") and _ending == "ый":
            continue
        ORDINAL_WORDS[_stem + _ending] = _value
for _form in (
    "третий",
    "третья",
    "третье",
    "третьего",
    "третьему",
    "третьим",
    "третьем",
    "третьей",
    "третью",
):
    ORDINAL_WORDS[_form] = 3
for _form in ("третьи", "третьих", "третьими"):
    ORDINAL_WORDS[_form] = 3
# Heads that make an ordinal a rank or a count (lemma -> unit): "12-м российским регионом".
RANK_HEADS = frozenset(
    {"партнер", "место", "покупатель", "поставщик", "экспортер", "импортер", "инвестор", "позиция", "строчка"}
)
# Words between an ordinal and its head: "вторым по значимости покупателем".
ORDINAL_GAP = (
    r"(?:\s+по\s+(?:значимости|величине|объему|объёму|объемам|объёмам|размеру|товарообороту|важности))?"
)

# Fractions: value of the word alone; after a number word it is the denominator ("две трети").
FRACTION_WORDS: dict[str, int] = {}
for _d, _forms in (
    (2, ("половина", "половины", "половине", "половину", "половиной")),
    (3, ("треть", "трети", "третью", "третей")),
    (4, ("четверть", "четверти", "четвертью", "четвертей")),
    # uk, be, pl: "скоротився на третину", "знізіўся на палову", "spadł o połowę"
    (2, ("половини", "половиною", "половині", "палова", "паловы", "палову", "паловай", "палове")),
    (2, ("połowa", "połowy", "połowę", "połową", "połowie")),
    (3, ("третина", "третини", "третину", "третиною", "третині", "трэць", "трэці", "трэццю")),
    (4, ("чверть", "чверті", "чвертю", "чвэрць", "чвэрці", "чвэрцю", "ćwierć")),
):
    for _form in _forms:
        FRACTION_WORDS[_form] = _d
# Adverbs that are counts of occurrences ("дважды" = 2 times something happened).
COUNT_ADVERBS = {"дважды": 2, "трижды": 3, "четырежды": 4, "пятикратно": 5, "десятикратно": 10}
# Collective nouns that multiply a number word: "три десятка документов" = 30, "две сотни" = 200.
COLLECTIVE_SCALES: dict[str, int] = {
    **{f: 10 for f in ("десяток", "десятка", "десятков", "десятку", "десятком", "десятке", "десятки")},
    **{f: 100 for f in ("сотня", "сотни", "сотен", "сотню", "сотней", "сотнями")},
    **{f: 12 for f in ("dozen", "dozens")},  # "two dozen companies" = 24
}

# A collective noun alone after a hedge is a number: "более десятка соглашений", "около сотни".
COLLECTIVE_WORDS = {
    f: v for f, v in COLLECTIVE_SCALES.items() if f in ("десятка", "десятков", "сотни", "сотен")
}

_CANDIDATE_WORDS = sorted(
    set(_NUMBER_WORDS)
    | set(_SCALE_WORDS)
    | set(_MULTIPLE_WORDS)
    | set(ORDINAL_WORDS)
    | set(FRACTION_WORDS)
    | set(COUNT_ADVERBS)
    | set(COLLECTIVE_WORDS)
    | set(HALF_SCALE_WORDS)
    | {HALF_WORD}
    | set(EN_FRACTION_WORDS)
)


_CANDIDATE_FIRST_LETTERS = "".join(sorted({w[0] for w in _CANDIDATE_WORDS}))


_CLAUSE_PENALTY = 10_000


_TIME_UNIT = r"(?:лет|год[аы]?|месяц(?:а|ев)?|мес\.|квартал(?:а|ов)?|недел[ьиюя]|дн(?:я|ей)|сут(?:ок|ки))"


_YEAR_TAIL = rf"(?:{_SP}+\d{{4}}{_SP}*(?:г\.|года|году|год)?)?"


_MONTH_PREP = month_forms("nominative", "genitive", "prepositional")  # "в марте", "за январь"


# A year named by its place from now after a month or part of it: "в октябре прошлого года".
_RELATIVE_YEAR_TAIL = (
    r"(?:\s+(?:прошлого|минувшего|позапрошлого|текущего|этого|нынешнего|следующего|будущего)\s+года(?![\w]))"
)


_AFTER_V_OR_ZA = (  # what follows "в" / "за"
    r"(?:прошлом|минувшем|текущем|этом|позапрошлом|прошлый|минувший|текущий|этот|позапрошлый|следующем|будущем"
    r"|следующий|будущий|уходящем|уходящий|истекшем|истекший)\s+год[уа]?(?![\w])"
    # the month before the publication's: "в прошлом месяце", "за минувший месяц"
    r"|(?:прошлом|минувшем|предыдущем|прошлый|минувший|предыдущий)\s+месяц[еа]?(?![\w])"
    # the year left out where a second figure answers a first: "в прошлом году 3 млрд, в этом — 3,6"
    r"|(?:прошлом|минувшем|текущем|этом|позапрошлом|прошлый|минувший|текущий|этот|позапрошлый)(?=\s*[—–]\s)"
    r"|\d{4}(?:\s*[-–—]\s*\d{4})?\s*(?:год(?:ах|ы|у|а)?(?![\w])|гг?\.)"
    r"|\d{4}-(?:м|й|ом|ый)(?![\w])"  # "в 2025-м", "за 2024-й"
    # a farming or marketing season across two years: "за сельхозсезон 2024/25", "в сезоне
    # 2024/2025", "в 2024/2025 маркетинговом году"
    r"|(?:сельхозсезон\w*|сезон\w*|маркетингов\w*\s+год\w*|сельскохозяйственн\w*\s+год\w*)\s+\d{4}/\d{2}(?:\d{2})?(?![\d/])"
    r"|\d{4}/\d{2}(?:\d{2})?\s+(?:маркетингов|сельскохозяйственн|сельхоз)\w*\s*(?:год\w*|сезон\w*)"
    r"|(?:первом|втором|третьем|четв[её]ртом|первое|второе|[1-4]-[мое]|[1-4]|I{1,3}|IV)\s+"
    rf"(?:полугоди[ие]|квартал[еа]?)(?![\w])(?:{_RELATIVE_YEAR_TAIL}|{_YEAR_TAIL})"
    # "в первой половине года", "во второй половине 2025 года", "за первую половину прошлого года"
    r"|(?:первой|второй|первую|вторую|1-й|2-й)\s+половин[еуы](?![\w])"
    rf"(?:{_RELATIVE_YEAR_TAIL}|{_SP}+\d{{4}}{_SP}*(?:г\.|года)|{_SP}+года(?![\w]))"
    rf"|{_MONTH_PREP}(?:\s*[-–—]\s*{_MONTH_PREP})?(?![\w])(?:{_RELATIVE_YEAR_TAIL}|{_YEAR_TAIL})"
)


def scale_value(word: str) -> int | None:
    """The factor of a scale word of :data:`SCALE_WORDS` (any language, any case), else None."""
    return _scale_value(word.lower().rstrip("."))


@cache
def _scale_value(w: str) -> int | None:
    for _, forms, factor in SCALE_WORDS:
        for form in forms:
            f = form.rstrip(".")
            if (form.endswith("*") and w.startswith(f[:-1])) or w == f:
                return factor
    return GLUED_SCALES.get(w)


# A minus glued to a number ("-3,4%", "−215" with U+2212) or the word before it negates it.
MINUS_SIGNS = "-−–"  # hyphen-minus, minus sign, and an en dash set as one ("–3,5%")
MINUS_WORDS = frozenset({"минус", "мінус", "minus"})
# A balance stated as negative in words: "отрицательное сальдо в 80 млн", "дефицит торговли".
NEGATIVE_CONTEXT = (
    # the adjective before the noun, or after it as the predicate ("сальдо торговли России с Китаем
    # было отрицательным", "saldo wymiany z Chinami było ujemne")
    r"отрицательн\w*\s+(?:\w+\s+){0,2}?сальдо|сальдо\s+(?:\w+\s+){0,6}?отрицательн\w*"
    rf"|{_TRADE_DEFICIT}|negative\s+(?:trade\s+)?balance|balance\s+(?:\w+\s+){{0,6}}?negative"
    r"|від'?ємн\w*\s+(?:\w+\s+){0,2}?сальдо|сальдо\s+(?:\w+\s+){0,6}?від'?ємн\w*"
    r"|адмоўн\w*\s+(?:\w+\s+){0,2}?сальда|сальда\s+(?:\w+\s+){0,6}?адмоўн\w*"
    r"|ujemn\w*\s+(?:\w+\s+){0,2}?saldo|saldo\s+(?:\w+\s+){0,6}?ujemn\w*"
)

# Future forms of the verbs a figure is stated with ("сягне 3 млрд", "wyniesie 9 mld"), one
# vocabulary per language the Russian morphology (pymorphy3) does not read; Russian future forms
# are told by the morphology and Ukrainian "-тиме" forms by their ending (resolve._future_verb).
# Each is a whole word: a forecast cue before the figure, and the verb of its clause on either
# side (a Kazakh verb ends its clause: "5 млрд долларға жетеді").
FUTURE_VERB_FORMS: tuple[tuple[str, str], ...] = (
    (
        "uk",
        r"сягн(?:е|уть)|досягн(?:е|уть)|склад(?:е|уть)|перевищ(?:ить|ать)|зрост(?:е|уть)|збільш(?:иться|аться)"
        r"|скорот(?:иться|яться)|зменш(?:иться|аться)|знизиться|буд(?:е|уть)"
        # giving, funding, buying, building: a perfective verb's present is its future
        r"|нада(?:сть|дуть)|переда(?:сть|дуть)|виділ(?:ить|ять)|профінансу(?:є|ють)|спряму(?:є|ють)"
        r"|отрима(?:є|ють)|виплат(?:ить|ять)|закуп(?:ить|лять)|побуду(?:є|ють)|інвесту(?:є|ють)"
        r"|постав(?:ить|лять)|прода(?:сть|дуть)|відправ(?:ить|лять)|експорту(?:є|ють)",
    ),
    (
        "be",
        r"дасягн(?:е|уць)|склад(?:зе|уць)|перавыс(?:іць|яць)|вырас(?:це|туць)|павялічыцца|павялічацца"
        r"|скароц(?:іцца|яцца)|будзе|будуць"
        r"|да(?:сць|дуць)|перада(?:сць|дуць)|выдзел(?:іць|яць)|прафінансу(?:е|юць)|атрыма(?:е|юць)"
        r"|пабуду(?:е|юць)|закуп(?:іць|яць)|пастав(?:іць|яць)|прада(?:сць|дуць)",
    ),
    (
        "pl",
        r"wyniesie|wyniosą|osiągn(?:ie|ą)|przekrocz(?:y|ą)|wzro[sś]n(?:ie|ą)|zwiększ(?:y|ą)|zmniejsz(?:y|ą)"
        r"|spadn(?:ie|ą)|sięgn(?:ie|ą)|będ(?:zie|ą)"
        r"|przekaż(?:e|ą)|przeznacz(?:y|ą)|zainwestuj(?:e|ą)|udziel(?:i|ą)|dostarcz(?:y|ą)|otrzyma(?:ją)?"
        r"|sfinansuj(?:e|ą)|wyda(?:dzą)?|kupi(?:ą)?|zbuduj(?:e|ą)|sprzeda(?:dzą)?|wyśl(?:e|ą)",
    ),
    ("kk", r"жетеді|жетпек"),
)
FUTURE_VERBS = "|".join(alt for _, alt in FUTURE_VERB_FORMS)
# English verbs a figure is stated with, by tense, for the verb of a figure's clause (the Russian
# morphology tells Russian tenses): a past form after every plan or forecast cue of the sentence
# makes the figure what was done ("China plans a rail link, and trade rose to $44 billion"); a
# form that is not past (an infinitive, a modal, "expected to") stops the search. Forms that are
# also present or participles ("hit", "set", "put") are in neither.
ENGLISH_PAST_FIGURE_VERBS = frozenset(
    {
        "rose", "fell", "reached", "totalled", "totaled", "amounted", "stood", "grew", "increased",
        "decreased", "declined", "dropped", "climbed", "jumped", "surged", "slipped", "exceeded",
        "topped", "doubled", "tripled", "halved", "posted", "recorded", "soared", "plunged", "shrank",
        "expanded", "contracted", "came", "accounted", "generated", "attracted", "received",
        "invested", "exported", "imported", "sold", "bought", "spent", "earned", "was", "were",
        "added", "gained", "lost", "slid", "edged", "eased", "hovered", "remained",
    }
)  # fmt: skip
ENGLISH_NOT_PAST_FIGURE_VERBS = frozenset(
    {
        "will", "would", "could", "may", "might", "shall", "should", "can", "be", "is", "are",
        "reach", "reaches", "rise", "rises", "fall", "falls", "total", "totals", "amount", "amounts",
        "stand", "stands", "grow", "grows", "increase", "increases", "exceed", "exceeds", "top",
        "tops", "expected", "projected", "forecast", "planned", "expects", "plans", "aims", "seeks",
        "hopes", "targeted", "anticipated", "scheduled", "proposed", "intended", "budgeted", "envisaged",
    }
)  # fmt: skip
# Words before an English verb that make its past-looking form an infinitive or a participle of
# another tense ("will cut", "to be raised", "did not cut")
ENGLISH_NON_PAST_BEFORE = frozenset(
    {
        "will", "would", "could", "can", "may", "might", "shall", "should", "must", "to", "be", "being",
        "do", "does", "not", "never", "ll",
    }
)  # fmt: skip
# Verbs of a figure after "to" in an English headline's infinitive of the future ("Kazakhstan to
# supply 1 million tonnes", "China to invest $5 billion"): the news of a deal or plan, not a fact done
ENGLISH_HEADLINE_VERBS = frozenset(
    {
        "supply", "sell", "buy", "purchase", "invest", "spend", "lend", "provide", "allocate", "export",
        "import", "ship", "deliver", "send", "build", "boost", "raise", "increase", "cut", "reduce",
        "double", "triple", "expand", "reach", "grow", "exceed", "pay", "fund", "finance", "grant",
        "produce", "hit", "lift", "slash", "trim", "top",
    }
)  # fmt: skip
# Kazakh puts the verb, and the plan or forecast word, after the figure, at the end of its clause
# ("80 млрд долларға жеткізу міндетін қойған", "5 млрд доллар болады деп күтілуде"): the cues read
# after a figure, up to the end of its clause (resolve._modality), by the kind they give
CUES_AFTER: tuple[tuple[str, str], ...] = (
    # (and a verb in the mood of intention, -бек/-пек/-бақ/-пақ, with -мек/-мақ only before -шы/-ші,
    # which ends nouns too: "1 млрд долларға жеткізбек", "арттырмақшы")
    (
        "target",
        r"жеткізу\w*|арттыру\w*|жоспарла\w*|мақсат\w*|көзде\w*"
        r"|[^\W\d_]{3,}(?:бек|бақ|пек|пақ)(?:ші|шы)?|[^\W\d_]{3,}(?:мек|мақ)(?:ші|шы)",
    ),
    ("forecast", r"күтіл\w*|болжа\w*|мүмкін"),
)


# Modality of a fact, from the words before it in its sentence (the nearest cue wins):
# a plan or target ("планируют довести товарооборот до $3 млрд"), a forecast ("ожидается, что
# экспорт вырастет до ..."), else what was reported as done ("actual"); a forecast or plan the
# number is only compared with ("больше, чем ожидалось") is no cue.
MODALITY_CUES: tuple[tuple[str, str], ...] = (
    (
        "target",
        # "план" as a word of its own (планка, планета, планшет are other words), планировать, плановый
        r"план(?:а|у|ом|е|ы|ов|ам|ами|ах)?|планир\w*|планов(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми)"
        r"|намерен(?:[аоы]|и[еяюйи]\w*)?|намерева\w*|цел(?:ь|и|ью|ям|ями|ях|ев(?:ой|ые|ых|ого|ому|ым|ыми|ая|ую|ое))"
        r"|задач(?:а|и|у|ей|ам|ами|ах)?|довести|довед\w*|доводить"
        # стремиться (стремительно is another word)
        r"|стрем(?:ят|ит|им|ишь|ите|ил|ила|ило|или|лю)(?:ся|сь)|стремиться|стремлени\w*|рассчитыва\w*(?![\s,]*что)"
        r"|поставил\w*\s+задач\w*|договорил\w*\s+(?:о|увеличить|довести|нарастить)|нарастить"
        # a rise discussed or agreed on: "обсудили увеличение товарооборота до", "договоренность о
        # наращивании"
        r"|(?:обсуди\w*|обсужда\w*|договор[её]нност\w*)\s+(?:об?\s+)?(?:увеличени|наращивани|доведени)\w*"
        # a proposal, a duty, an infinitive of reaching a level ("предложила довести", "должен
        # достичь", "увеличить товарооборот до")
        r"|предложил\w*|предложено|предлага(?:ет|ют|ем|ла|л|ли)|призвал\w*|призыва\w*|долж(?:ен|на|но|ны)"
        r"|нацелен\w*|увеличить|поднять|выйти\s+на"
        # ready to do it: "Россия готова предоставить кредит", "готовы поставлять", uk "готова
        # надати", be "гатова", pl "gotowa dostarczyć", en "ready to supply"
        r"|(?:готов|гатов|gotow)(?:а|о|ы|і|ий|ые)?\s+[^\W\d_]+(?:ть|ти|ці|чь|ć)(?:ся|сь)?(?![\w])"
        r"|(?:is|are|was|were)\s+ready\s+to"
        r"|target(?:s|ed|ing)?|aim(?:s|ed|ing)?|plan(?:s|ned|ning)?|goals?|pledg\w*|propos\w*|intend\w*"
        r"|seek(?:s|ing)?|commit(?:s|ted)?\s+to|agreed(?:\s+(?:on|with|in)\s+\w+)?\s+to|vow\w*"
        # wanting or hoping to reach it: "wants to raise investment to", "hopes to double"
        r"|(?:want(?:s|ed)?|hope[sd]?|wish(?:es|ed)?)\s+to|would\s+like\s+to"
        # uk, be, pl, kk: a plan, an aim, bringing a level to ("довести до", "давесці да", "80 млрд
        # долларға жеткізу")
        r"|план(?:ує|уємо|ують|ували|ував|увала|ується|уе|уем|уюць|авалі|аваў)\w*|мет(?:а|ою|у)|мэт(?:а|ай|у)"
        r"|разлічва\w*|давесці|planuj\w*|planowan\w*|zamierza\w*|celem|doprowadzi[cć]|chc(?:ą|e|emy|iał\w*)"
        r"|хочуть|хоче|хочуць|хоча"
        # agreed to raise it: uk "домовилися збільшити", be "дамовіліся павялічыць", pl "uzgodniły
        # zwiększenie", "zgodziły się zwiększyć"; the infinitives of raising a level ("збільшити
        # товарообіг до", "павялічыць", "zwiększyć")
        r"|домовил\w*\s+(?:про\s+)?(?:збільш|нарощ|довести|доведення)\w*|дамовіл\w*\s+(?:аб\s+)?(?:павялічэн|павялічы|давесці|нарошчв)\w*"
        r"|uzgodni\w*\s+(?:zwiększ|podniesieni|podnieść)\w*|zgodzi\w*\s+się\s+(?:zwiększ|podnieść)\w*|porozumia\w*\s+w\s+sprawie\s+zwiększ\w*"
        r"|збільшити|наростити|павялічыць|нарасціць|zwiększyć|podnieść"
        r"|жоспар\w*|мақсат\w*|жеткізу\w*|арттыру\w*",
    ),
    (
        "forecast",
        # "рассчитываем, что ... превысит": an expectation (with an infinitive, "рассчитывает
        # нарастить", an intention: a target)
        r"прогноз\w*|ожида\w*|рассчитыва\w*(?=[\s,]*что)|по\s+оценк\w*|может\s+(?:[а-яё]+(?:ть|ти|чь)(?:ся)?)(?![\w])|могут\s+\w+"
        r"|составит|достигнет|превысит|вырастет|увеличится|сократится|снизится|expect\w*|forecast\w*"
        r"|projected|will\s+\w+|could\s+\w+"
        # the future verbs of the languages the Russian morphology does not read, and their words
        # for "expected", "forecast": uk, be, pl, kk
        rf"|{FUTURE_VERBS}|очіку\w*|чака\w*|oczekuj\w*|prognozuj\w*|болжа\w*|күтіл\w*"
        # "may" before the verb of the figure: uk, be, pl ("може скласти", "mogą wynieść")
        r"|може|можуть|можа|могуць|może|mogą",
    ),
    (
        # what was done: a plan word after it is what was achieved ("удалось нарастить
        # товарооборот до", "позволило увеличить экспорт до"), and cues before it are past
        "done",
        r"удалось|позволил[оаи]?|помогл[оаи]?|смогл[иао]|смог|сумел[иаo]?|managed\s+to|helped",
    ),
    (
        # a forecast or plan named only as what the number is compared with ("оказался меньше, чем
        # ожидалось, и составил", "выше прогноза", "than expected", "niż oczekiwano"): no cue
        "compared",
        rf"(?:{_THAN_WORDS})\s+(?:ожида\w*|прогноз\w*|планир\w*|предполага\w*|очікува\w*|прогнозува\w*"
        r"|планува\w*|чакал\w*|expected|forecast|projected|planned|anticipated|oczekiwano|prognozowano"
        r"|planowano|zakładano)"
        r"|(?:выше|ниже|больше|меньше|лучше|хуже|вище|нижче|above|below|powyżej|poniżej)\s+"
        r"(?:прогноз\w*|ожидани\w*|план\w*|очікуван\w*|expectations?|forecasts?|plan|oczekiwań|prognoz\w*)"
        r"|(?:превзош\w*|превысил\w*|перевищи\w*|exceeded|beat|missed|przekroczył\w*)\s+(?:\w+\s+)?"
        r"(?:прогноз\w*|ожидани\w*|план\w*|очікуван\w*|expectations?|forecasts?|prognoz\w*|oczekiwania)"
        r"|вопреки\s+(?:прогноз\w*|ожидани\w*)|contrary\s+to\s+(?:expectations|forecasts?)",
    ),
)


# Counted nouns of the languages the Russian morphology (pymorphy3) does not read: English,
# Polish, Ukrainian, Belarusian. Written form (lower case) -> lemma; a form may be several words
# ("memoranda of understanding"). Up to two modifier words may precede the noun ("12 joint
# ventures", "40 Chinese companies", "30 спільних підприємств"); none of COUNTED_STOP_WORDS.
# The metric comes from METRIC_KEYWORDS (its counted-scope rules list these words too).
COUNTED_NOUNS: dict[str, str] = {}


def _add_counted(lemma: str, *forms: str) -> None:
    COUNTED_NOUNS[lemma] = lemma
    for form in forms:
        COUNTED_NOUNS[form] = lemma


for _lemma, _forms in (
    # English
    ("agreement", ("agreements",)),
    ("memorandum", ("memoranda", "memorandums", "memorandum of understanding", "memoranda of understanding")),
    ("memorandum", ("memorandums of understanding",)),
    ("contract", ("contracts",)),
    ("treaty", ("treaties",)),
    ("deal", ("deals",)),
    ("document", ("documents",)),
    ("venture", ("ventures",)),
    ("company", ("companies",)),
    ("enterprise", ("enterprises",)),
    ("firm", ("firms",)),
    ("project", ("projects",)),
    ("plant", ("plants",)),
    ("factory", ("factories",)),
    ("embassy", ("embassies",)),
    ("consulate", ("consulates",)),
    ("region", ("regions",)),
    ("country", ("countries",)),
    ("city", ("cities",)),
    ("delegation", ("delegations",)),
    # people and vehicles counted (English, Polish, Ukrainian, Belarusian; Russian nouns are read
    # by their grammar): "9 tys. osób", "2.1 million tourists", "понад 800 вантажівок"
    ("people", ("persons",)),
    ("tourist", ("tourists",)),
    ("visitor", ("visitors",)),
    ("migrant", ("migrants",)),
    ("refugee", ("refugees",)),
    ("soldier", ("soldiers", "troops")),
    ("student", ("students",)),
    ("citizen", ("citizens",)),
    ("resident", ("residents",)),
    ("civilian", ("civilians",)),
    ("prisoner", ("prisoners",)),
    ("hostage", ("hostages",)),
    ("passenger", ("passengers",)),
    ("worker", ("workers", "employees")),
    ("truck", ("trucks", "lorries")),
    ("tank", ("tanks",)),
    ("osoba", ("osób", "osoby")),
    ("człowiek", ("ludzi",)),
    ("turysta", ("turystów", "turyści")),
    ("żołnierz", ("żołnierzy",)),
    ("migrant", ("migrantów",)),
    ("uchodźca", ("uchodźców",)),
    ("student", ("studentów",)),
    ("obywatel", ("obywateli",)),
    ("mieszkaniec", ("mieszkańców",)),
    ("pracownik", ("pracowników",)),
    ("więzień", ("więźniów",)),
    ("zakładnik", ("zakładników",)),
    ("cudzoziemiec", ("cudzoziemców",)),
    ("pasażer", ("pasażerów",)),
    ("czołg", ("czołgów", "czołgi")),
    ("ciężarówka", ("ciężarówek",)),
    ("особа", ("осіб", "особи")),
    ("людина", ("людей",)),
    ("турист", ("туристів",)),
    ("військовий", ("військових",)),
    ("біженець", ("біженців",)),
    ("мігрант", ("мігрантів",)),
    ("студент", ("студентів",)),
    ("громадянин", ("громадян",)),
    ("мешканець", ("мешканців",)),
    ("працівник", ("працівників",)),
    ("полонений", ("полонених",)),
    ("заручник", ("заручників",)),
    ("пасажир", ("пасажирів",)),
    ("іноземець", ("іноземців",)),
    ("танк", ("танків", "танки")),
    ("вантажівка", ("вантажівок", "вантажівки")),
    ("асоба", ("асоб",)),
    ("турыст", ("турыстаў",)),
    ("бежанец", ("бежанцаў",)),
    ("ваеннаслужачы", ("ваеннаслужачых",)),
    # Polish
    ("umowa", ("umowy", "umów", "umowę")),
    ("porozumienie", ("porozumienia", "porozumień")),
    ("kontrakt", ("kontrakty", "kontraktów")),
    ("spółka", ("spółki", "spółek")),
    ("firma", ("firmy",)),
    ("przedsiębiorstwo", ("przedsiębiorstwa", "przedsiębiorstw")),
    ("projekt", ("projekty", "projektów")),
    ("dokument", ("dokumenty", "dokumentów")),
    ("kraj", ("kraje", "krajów")),
    # pieces and machines counted ("1,5 tys. sztuk sprzętu", "300 maszyn")
    ("sztuka", ("sztuk", "sztuki")),
    ("maszyna", ("maszyn", "maszyny")),
    ("pojazd", ("pojazdy", "pojazdów")),
    # Ukrainian
    ("угода", ("угоди",)),
    ("договір", ("договори", "договорів")),
    ("меморандум", ("меморандуми", "меморандумів")),
    ("компанія", ("компанії", "компаній")),
    ("підприємство", ("підприємства", "підприємств")),
    ("проєкт", ("проєкти", "проєктів", "проекти", "проектів")),
    ("документ", ("документи", "документів")),
    ("країна", ("країни", "країн")),
    ("одиниця", ("одиниць", "одиниці")),
    ("штука", ("штук", "штуки")),
    ("машина", ("машин", "машини")),
    # Belarusian
    ("пагадненне", ("пагадненні", "пагадненняў")),
    ("дагавор", ("дагаворы", "дагавораў")),
    ("мемарандум", ("мемарандумы", "мемарандумаў")),
    ("кампанія", ("кампаніі", "кампаній")),
    ("прадпрыемства", ("прадпрыемствы", "прадпрыемстваў")),
    ("праект", ("праекты", "праектаў")),
    ("дакумент", ("дакументы", "дакументаў")),
    ("краіна", ("краіны", "краін")),
    ("адзінка", ("адзінак", "адзінкі")),
    ("машына", ("машын", "машыны")),
):
    _add_counted(_lemma, *_forms)


# words that end a counted noun phrase before its noun ("30 of the agreements" is not read)
COUNTED_STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "by",
        "for",
        "from",
        "with",
        "than",
        "per",
        "this",
        "that",
        "these",
        "those",
        "each",
        "every",
        "i",
        "w",
        "z",
        "na",
        "do",
        "o",
        "od",
        "po",
        "za",
        "oraz",
        "lub",
        "і",
        "та",
        "й",
        "в",
        "у",
        "з",
        "на",
        "до",
        "від",
        "за",
        "або",
        "і",
        "ды",
        "ў",
        "з",
        "на",
        "да",
        "ад",
        "за",
        "або",
    ]
)
