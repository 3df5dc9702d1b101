"""The vocabulary of units, currencies and scale words, as data (one table per kind).

This is the one list of units the extractor emits, the dbt seed ``ref_units`` holds (written by
``python -m flows.text.numbers``, run by ``make gazetteer``) and the Great Expectations suites check against.
Adding a currency, a unit or a scale word of a new language is a row here (and a test).

Forms are written as words: ``"доллар*"`` is the stem ``доллар`` followed by any letters,
``"долл."`` an abbreviation (its dot optional), anything else the exact word (any case).
"""

from __future__ import annotations

import csv
import io
import sys
from dataclasses import dataclass

NO_CURRENCY = "XXX"  # ISO 4217 "no currency": money whose currency cannot be told (never valid)


@dataclass(frozen=True, slots=True)
class CurrencyNoun:
    """A currency word and the ISO 4217 code it means alone (None: it needs an adjective or context)."""

    key: str
    forms: tuple[str, ...]
    code: str | None


# The currency nouns, every language the pipeline reads (ru, be, uk, pl, kk, en).
CURRENCY_NOUNS: tuple[CurrencyNoun, ...] = (
    CurrencyNoun(
        "dollar", ("доллар*", "долл.", "дол.", "долар*", "dollar*", "dolar*", "dol.", "долларов"), "USD"
    ),
    # (Kazakh writes "еуро" or "евро" and adds its case endings: "4 млрд еуроны", "380 млн еуроға")
    CurrencyNoun(
        "euro",
        (
            *("евро", "эўра", "еўра", "євро", "euro", "euros", "eur."),
            *("еуро", "еуроны", "еуроға", "еуродан", "еурода", "еуроның", "еуромен"),
            *("евроны", "евроға", "евродан", "еврода", "евроның", "евромен"),
        ),
        "EUR",
    ),
    CurrencyNoun(
        "ruble",
        (
            "рубл*",
            "руб.",
            "рублей",
            "рубель",
            "рублёў",
            "рублеў",
            "рублів",
            "rouble*",
            "ruble*",
            "rubli",
            "rubel*",
        ),
        None,
    ),
    CurrencyNoun("yuan", ("юан*", "yuan", "juan*", "renminbi", "юаней"), "CNY"),
    CurrencyNoun("tenge", ("тенге*", "теңге*", "тг", "tenge"), "KZT"),  # Kazakh cases: "теңгеге", "теңгеден"
    CurrencyNoun("som", ("сом", "сома", "сомов", "сомы", "сомах", "сомів", "сомаў", "som", "soms"), None),
    CurrencyNoun("sum", ("сум", "сума", "сумов", "сумы", "сумів", "сумаў"), "UZS"),
    CurrencyNoun("somoni", ("сомони", "somoni"), "TJS"),
    CurrencyNoun("manat", ("манат", "маната", "манатов", "манаты", "манатів", "манатаў", "manat*"), None),
    CurrencyNoun("dram", ("драм", "драма", "драмов", "драмы", "драмів", "драмаў", "dram*"), "AMD"),
    CurrencyNoun("lari", ("лари", "lari"), "GEL"),
    CurrencyNoun(
        "hryvnia", ("гривн*", "гривен", "гривень", "грн", "грыўн*", "hryvni*", "hrywn*", "hrywien"), "UAH"
    ),
    CurrencyNoun("zloty", ("злот*", "zł", "zl", "złotych", "złote", "złoty", "zloty*"), "PLN"),
    CurrencyNoun("pound", ("фунт*", "pound*", "funt", "funta", "funty", "funtów", "funtach"), None),
    CurrencyNoun(
        "yen",
        (
            "иен",
            "иена",
            "иены",
            "иену",
            "йен",
            "йена",
            "йены",
            "єн",
            "єна",
            "єни",
            "ієн",
            "ієни",
            "yen",
            "jenów",
        ),
        "JPY",
    ),
    CurrencyNoun("rupee", ("рупи*", "рупій", "рупії", "rupee*", "rupii"), None),
    CurrencyNoun(
        "lira", ("лир", "лира", "лиры", "лиру", "лір", "ліра", "ліри", "lira", "liras", "lir", "lirów"), "TRY"
    ),
    CurrencyNoun(
        "franc", ("франк", "франка", "франков", "франки", "франків", "франкаў", "franc*", "franków"), None
    ),
    CurrencyNoun("dirham", ("дирхам*", "дырхам*", "dirham*"), None),
    CurrencyNoun("won", ("вон", "вона", "воны", "won"), "KRW"),
    CurrencyNoun(
        "krona",
        (
            *("крон", "крона", "кроны", "крону", "кронах", "крони", "kronor", "kroner", "krona", "krone"),
            *("koron", "korony", "koronach", "koronami"),
        ),
        None,
    ),
    CurrencyNoun("real", ("реал", "реала", "реалов", "реалы", "реалів", "reais", "real", "reali"), "BRL"),
    CurrencyNoun("peso", ("песо", "peso", "pesos"), None),
    CurrencyNoun("rial", ("риал*", "риял*", "ріал*", "rial*", "riyal*"), None),
    CurrencyNoun("dinar", ("динар*", "dinar*"), None),
    CurrencyNoun("dong", ("донг*", "dong"), "VND"),
    CurrencyNoun("baht", ("бат", "бата", "батов", "baht"), "THB"),
    CurrencyNoun("leu", ("лей", "леев", "лея", "lei", "leu"), None),
    CurrencyNoun("forint", ("форинт*", "forint*"), "HUF"),
    CurrencyNoun("ringgit", ("ринггит*", "ringgit*"), "MYR"),
    CurrencyNoun("shekel", ("шекел*", "shekel*"), "ILS"),
    CurrencyNoun("rand", ("рэнд*", "rand"), "ZAR"),
    CurrencyNoun("lev", ("лева", "левов", "leva"), "BGN"),
    CurrencyNoun("tugrik", ("тугрик*", "төгрөг*", "tugrik*", "tögrög*", "tugrug*"), "MNT"),
    # Africa's and Asia's: "500 млрд найр", "2 млрд така", "3 млрд кенийских шиллингов"
    CurrencyNoun("naira", ("найр", "найра", "найры", "наир", "наира", "наиры", "naira*"), "NGN"),
    CurrencyNoun("taka", ("така", "taka"), "BDT"),
    CurrencyNoun("kyat", ("кьят*", "kyat*"), "MMK"),
    CurrencyNoun("riel", ("риел*", "riel*"), "KHR"),
    CurrencyNoun("cedi", ("седи", "cedi*"), "GHS"),
    CurrencyNoun("birr", ("бырр*", "бирр*", "birr*"), "ETB"),
    CurrencyNoun("afghani", ("афгани", "afghani*"), "AFN"),
    CurrencyNoun("rufiyaa", ("руфи", "руфий", "руфия", "rufiyaa"), "MVR"),
    CurrencyNoun("boliviano", ("боливиано", "boliviano*"), "BOB"),
    CurrencyNoun("guarani", ("гуарани", "guarani*", "guaraní*"), "PYG"),
    CurrencyNoun("shilling", ("шиллинг*", "шилінг*", "shilling*", "szyling*"), None),
    CurrencyNoun("kwacha", ("квач*", "kwacha*"), None),
    CurrencyNoun("kwanza", ("кванз*", "kwanza*"), "AOA"),
)


@dataclass(frozen=True, slots=True)
class MinorCurrencyNoun:
    """A currency's hundredth (копейка, цент, тиын, grosz): an amount of it is ``n / 100`` of the
    currency named by ``key`` (a ``CurrencyNoun.key``), whose code it takes (``code``: its own
    where the hundredth tells more than the noun: тыйын is the Kyrgyz сом's). ``forms`` are
    written as ``CurrencyNoun.forms``; ``abbreviations`` count only after an amount of the
    currency itself ("65 руб. 40 коп.", "5 zł 20 gr": alone, "20 gr" is grams)."""

    key: str
    forms: tuple[str, ...]
    abbreviations: tuple[str, ...] = ()
    code: str | None = None


MINOR_CURRENCY_NOUNS: tuple[MinorCurrencyNoun, ...] = (
    MinorCurrencyNoun(
        "ruble", ("копейк*", "копеек", "капейк*", "капеек", "kopiejek", "kopiejki"), ("коп.", "к.")
    ),
    MinorCurrencyNoun("hryvnia", ("копійк*", "копійок", "kopiy*", "kopijok"), ("коп.", "к.")),
    MinorCurrencyNoun(
        "dollar",
        (
            *("цент", "цента", "центов", "центы", "центам", "центах", "центами", "центів", "центу"),
            *("цэнт", "цэнта", "цэнтаў", "цэнты", "cent", "cents", "centy", "centów", "centa"),
        ),
        ("ц.",),
    ),
    MinorCurrencyNoun("euro", ("евроцент*", "євроцент*", "еўрацэнт*", "eurocent*"), ("ц.",)),
    MinorCurrencyNoun("zloty", ("grosz", "grosze", "groszy", "groszu"), ("gr", "gr.")),
    MinorCurrencyNoun("tenge", ("тиын*",), ("тиын",)),
    MinorCurrencyNoun("pound", ("пенс", "пенса", "пенсов", "пенсів", "pence", "penny", "pensów")),
    MinorCurrencyNoun("som", ("тыйын*",), (), "KGS"),
    MinorCurrencyNoun("sum", ("тийин*",), (), "UZS"),
    MinorCurrencyNoun("lari", ("тетри",), (), "GEL"),
    MinorCurrencyNoun("manat", ("гяпик*", "qəpik*"), (), "AZN"),
)


# Russian dictionary form of each currency noun (the gazetteer inflects currency phrases from it).
CURRENCY_LEMMAS: dict[str, str] = {
    "dollar": "доллар",
    "euro": "=евро",
    "ruble": "рубль",
    "yuan": "юань",
    "tenge": "=тенге",
    "som": "сом",
    "sum": "сум",
    "somoni": "=сомони",
    "manat": "манат",
    "dram": "драм",
    "lari": "=лари",
    "hryvnia": "гривна",
    "zloty": "злотый",
    "pound": "фунт",
    "yen": "иена",
    "rupee": "рупия",
    "lira": "лира",
    "franc": "франк",
    "dirham": "дирхам",
    "won": "вона",
    "krona": "крона",
    "real": "реал",
    "peso": "=песо",
    "rial": "риал",
    "dinar": "динар",
    "dong": "донг",
    "baht": "бат",
    "leu": "лей",
    "forint": "форинт",
    "ringgit": "ринггит",
    "shekel": "шекель",
    "rand": "рэнд",
    "lev": "лев",
    "tugrik": "тугрик",
    "naira": "=найра",
    "taka": "=така",
    "kyat": "кьят",
    "riel": "риель",
    "cedi": "=седи",
    "birr": "быр",
    "afghani": "=афгани",
    "rufiyaa": "руфия",
    "boliviano": "=боливиано",
    "guarani": "=гуарани",
    "shilling": "шиллинг",
    "kwacha": "=квача",
    "kwanza": "кванза",
}


def currency_phrases() -> list[str]:
    """Currency phrases naming a country that are never a mention of it, as gazetteer specs
    (``=`` keeps a word as it is): "шведский крона" (inflected in agreement: "шведских крон"),
    "доллар =США", "=долл =США"."""
    out = []
    for stem, key, _ in CURRENCY_ADJECTIVES:
        if (
            stem.endswith("ск")
            and key in CURRENCY_LEMMAS
            and (stem, key, _) not in BELARUSIAN_CURRENCY_ADJECTIVES
        ):
            out.append(f"{stem}ий {CURRENCY_LEMMAS[key]}")
    nouns = {n.key: n for n in CURRENCY_NOUNS}
    for key, after, _ in CURRENCY_COUNTRY_AFTER:
        if not after[0].isupper() or not any("а" <= ch <= "я" for ch in after.lower()):
            continue  # "стерлингов", "US": no country of the gazetteer inside
        out.append(f"{CURRENCY_LEMMAS[key]} ={after}")
        out += [f"={form[:-1]} ={after}" for form in nouns[key].forms if form.endswith(".")]
    return out


_EN_NOUNS = {"dollar": "dollar", "krona": "krona", "franc": "franc", "pound": "pound"}
_EN_LISTED = frozenset({"us", "u.s.", "american"})  # written out above


def currency_phrases_en() -> list[str]:
    """English currency phrases naming a country ("US dollars", "Hong Kong dollar"): never mentions."""
    out = ["US dollar", "US dollars", "American dollar", "American dollars"]
    for stem, key, _ in CURRENCY_ADJECTIVES:
        if stem.isascii() and key in _EN_NOUNS and stem not in _EN_LISTED:
            out += [f"{stem.title()} {_EN_NOUNS[key]}", f"{stem.title()} {_EN_NOUNS[key]}s"]
    return out


# (adjective stem, currency noun key, ISO code): "шведских крон" SEK, "гонконгских долларов" HKD.
CURRENCY_ADJECTIVES: tuple[tuple[str, str, str], ...] = (
    ("американск", "dollar", "USD"),
    # Kazakh names the country before the noun: "АҚШ доллары", "Ресей рублі", "Қытай юаны"
    ("ақш", "dollar", "USD"),
    ("ресей", "ruble", "RUB"),
    ("қытай", "yuan", "CNY"),
    ("гонконгск", "dollar", "HKD"),
    ("канадск", "dollar", "CAD"),
    ("австралийск", "dollar", "AUD"),
    ("сингапурск", "dollar", "SGD"),
    ("новозеландск", "dollar", "NZD"),
    ("тайваньск", "dollar", "TWD"),
    ("белорусск", "ruble", "BYN"),
    ("бел.", "ruble", "BYN"),
    ("беларуск", "ruble", "BYN"),
    ("российск", "ruble", "RUB"),
    ("росс.", "ruble", "RUB"),
    ("рос.", "ruble", "RUB"),
    ("расійск", "ruble", "RUB"),
    ("китайск", "yuan", "CNY"),
    ("казахстанск", "tenge", "KZT"),
    ("киргизск", "som", "KGS"),
    ("кыргызск", "som", "KGS"),
    ("узбекск", "som", "UZS"),
    ("узбекск", "sum", "UZS"),
    ("таджикск", "somoni", "TJS"),
    ("туркменск", "manat", "TMT"),
    ("азербайджанск", "manat", "AZN"),
    ("армянск", "dram", "AMD"),
    ("грузинск", "lari", "GEL"),
    ("монгольск", "tugrik", "MNT"),
    ("украинск", "hryvnia", "UAH"),
    ("польск", "zloty", "PLN"),
    ("британск", "pound", "GBP"),
    ("египетск", "pound", "EGP"),
    ("японск", "yen", "JPY"),
    ("индийск", "rupee", "INR"),
    ("индонезийск", "rupee", "IDR"),
    ("пакистанск", "rupee", "PKR"),
    ("турецк", "lira", "TRY"),
    ("швейцарск", "franc", "CHF"),
    ("эмиратск", "dirham", "AED"),
    ("марокканск", "dirham", "MAD"),
    ("южнокорейск", "won", "KRW"),
    ("корейск", "won", "KRW"),
    ("северокорейск", "won", "KPW"),
    ("шведск", "krona", "SEK"),
    ("норвежск", "krona", "NOK"),
    ("датск", "krona", "DKK"),
    ("чешск", "krona", "CZK"),
    ("исландск", "krona", "ISK"),
    ("бразильск", "real", "BRL"),
    ("мексиканск", "peso", "MXN"),
    ("аргентинск", "peso", "ARS"),
    ("чилийск", "peso", "CLP"),
    ("колумбийск", "peso", "COP"),
    ("филиппинск", "peso", "PHP"),
    ("иранск", "rial", "IRR"),
    ("саудовск", "rial", "SAR"),
    ("оманск", "rial", "OMR"),
    ("катарск", "rial", "QAR"),
    ("кувейтск", "dinar", "KWD"),
    ("иорданск", "dinar", "JOD"),
    ("сербск", "dinar", "RSD"),
    ("иракск", "dinar", "IQD"),
    ("алжирск", "dinar", "DZD"),
    ("вьетнамск", "dong", "VND"),
    ("тайск", "baht", "THB"),
    ("таиландск", "baht", "THB"),
    ("молдавск", "leu", "MDL"),
    ("молдовск", "leu", "MDL"),
    ("румынск", "leu", "RON"),
    ("венгерск", "forint", "HUF"),
    ("малайзийск", "ringgit", "MYR"),
    ("израильск", "shekel", "ILS"),
    ("южноафриканск", "rand", "ZAR"),
    ("болгарск", "lev", "BGN"),
    ("бахрейнск", "dinar", "BHD"),
    ("ливийск", "dinar", "LYD"),
    ("тунисск", "dinar", "TND"),
    ("брунейск", "dollar", "BND"),
    ("ямайск", "dollar", "JMD"),
    ("намибийск", "dollar", "NAD"),
    ("либерийск", "dollar", "LRD"),
    ("гайанск", "dollar", "GYD"),
    ("фиджийск", "dollar", "FJD"),
    ("зимбабвийск", "dollar", "ZWL"),
    ("ливанск", "pound", "LBP"),
    ("сирийск", "pound", "SYP"),
    ("суданск", "pound", "SDG"),
    ("йеменск", "rial", "YER"),
    ("уругвайск", "peso", "UYU"),
    ("кубинск", "peso", "CUP"),
    ("доминиканск", "peso", "DOP"),
    ("непальск", "rupee", "NPR"),
    ("шри-ланкийск", "rupee", "LKR"),
    ("ланкийск", "rupee", "LKR"),
    ("маврикийск", "rupee", "MUR"),
    ("сейшельск", "rupee", "SCR"),
    ("кенийск", "shilling", "KES"),
    ("танзанийск", "shilling", "TZS"),
    ("угандийск", "shilling", "UGX"),
    ("сомалийск", "shilling", "SOS"),
    ("замбийск", "kwacha", "ZMW"),
    ("малавийск", "kwacha", "MWK"),
    ("гвинейск", "franc", "GNF"),
    ("руандийск", "franc", "RWF"),
    ("конголезск", "franc", "CDF"),
    ("джибутийск", "franc", "DJF"),
    ("бурундийск", "franc", "BIF"),
    ("u.s.", "dollar", "USD"),
    ("us", "dollar", "USD"),
    ("american", "dollar", "USD"),
    ("hong kong", "dollar", "HKD"),
    ("canadian", "dollar", "CAD"),
    ("australian", "dollar", "AUD"),
    ("singapore", "dollar", "SGD"),
    ("swedish", "krona", "SEK"),
    ("norwegian", "krona", "NOK"),
    ("danish", "krona", "DKK"),
    ("swiss", "franc", "CHF"),
    ("bahraini", "dinar", "BHD"),
    ("kuwaiti", "dinar", "KWD"),
    ("jordanian", "dinar", "JOD"),
    ("iraqi", "dinar", "IQD"),
    ("serbian", "dinar", "RSD"),
    ("saudi", "rial", "SAR"),
    ("omani", "rial", "OMR"),
    ("qatari", "rial", "QAR"),
    ("iranian", "rial", "IRR"),
    ("egyptian", "pound", "EGP"),
    ("lebanese", "pound", "LBP"),
    ("british", "pound", "GBP"),
    ("kenyan", "shilling", "KES"),
    ("tanzanian", "shilling", "TZS"),
    ("ugandan", "shilling", "UGX"),
    ("indian", "rupee", "INR"),
    ("pakistani", "rupee", "PKR"),
    ("sri lankan", "rupee", "LKR"),
    ("nepalese", "rupee", "NPR"),
    ("indonesian", "rupee", "IDR"),
    ("mexican", "peso", "MXN"),
    ("argentine", "peso", "ARS"),
    ("chilean", "peso", "CLP"),
    ("colombian", "peso", "COP"),
    ("philippine", "peso", "PHP"),
    ("brazilian", "real", "BRL"),
    ("turkish", "lira", "TRY"),
    ("russian", "ruble", "RUB"),
    ("belarusian", "ruble", "BYN"),
    ("chinese", "yuan", "CNY"),
    ("japanese", "yen", "JPY"),
    ("south korean", "won", "KRW"),
    ("new zealand", "dollar", "NZD"),
    ("taiwan", "dollar", "TWD"),
)


def _ukrainian_stems(adjectives: tuple[tuple[str, str, str], ...]) -> tuple[tuple[str, str, str], ...]:
    """The Ukrainian stems of the Russian currency adjectives: ``-ск``/``-цк`` soften to
    ``-ськ``/``-цьк`` ("канадських доларів", "турецьких лір"), with ``и`` as ``і`` as well
    ("австралійських", "індійських"); the stems that change more are listed apart."""
    out: list[tuple[str, str, str]] = []
    known = {stem for stem, _, _ in adjectives}
    for stem, key, code in adjectives:
        if not stem.endswith(("ск", "цк")) or not ("а" <= stem[0] <= "я"):
            continue
        soft = stem[:-1] + "ьк"
        for variant in (soft, soft.replace("и", "і")):
            if variant not in known:
                known.add(variant)
                out.append((variant, key, code))
    return tuple(out)


CURRENCY_ADJECTIVES += (
    *_ukrainian_stems(CURRENCY_ADJECTIVES),
    ("російськ", "ruble", "RUB"),
    ("білоруськ", "ruble", "BYN"),
    ("норвезьк", "krona", "NOK"),
    ("єгипетськ", "pound", "EGP"),
    ("гонконзьк", "dollar", "HKD"),
    ("чеськ", "krona", "CZK"),
    ("данськ", "krona", "DKK"),
)
# Belarusian stems unlike the Russian ones ("чэшскіх крон", "брытанскіх фунтаў"); no Russian
# currency phrase is made of them (``currency_phrases``)
BELARUSIAN_CURRENCY_ADJECTIVES: tuple[tuple[str, str, str], ...] = (
    ("чэшск", "krona", "CZK"),
    ("нарвежск", "krona", "NOK"),
    ("дацк", "krona", "DKK"),
    ("ісландск", "krona", "ISK"),
    ("брытанск", "pound", "GBP"),
    ("егіпецк", "pound", "EGP"),
    ("індыйск", "rupee", "INR"),
    ("эмірацк", "dirham", "AED"),
    ("кітайск", "yuan", "CNY"),
    ("амерыканск", "dollar", "USD"),
    ("украінск", "hryvnia", "UAH"),
    ("турэцк", "lira", "TRY"),
)
CURRENCY_ADJECTIVES += BELARUSIAN_CURRENCY_ADJECTIVES

# (currency noun key, country after the noun, ISO code): "долларов США", "рублей РФ".
CURRENCY_COUNTRY_AFTER: tuple[tuple[str, str, str], ...] = (
    ("dollar", "США", "USD"),
    ("dollar", "US", "USD"),
    ("dollar", "ЗША", "USD"),
    ("dollar", "Гонконга", "HKD"),
    ("dollar", "Канады", "CAD"),
    ("dollar", "Австралии", "AUD"),
    ("dollar", "Сингапура", "SGD"),
    ("ruble", "РФ", "RUB"),
    ("ruble", "России", "RUB"),
    ("ruble", "РБ", "BYN"),
    ("ruble", "Беларуси", "BYN"),
    ("yuan", "КНР", "CNY"),
    ("yuan", "Китая", "CNY"),
    ("pound", "стерлингов", "GBP"),
    ("pound", "sterling", "GBP"),
    ("krona", "Швеции", "SEK"),
    ("krona", "Норвегии", "NOK"),
    ("krona", "Дании", "DKK"),
)

# (Polish adjective stem, currency noun key, ISO code): Polish writes the country's adjective after
# the noun ("rubli białoruskich" BYN, "koron czeskich" CZK, "dolarów kanadyjskich" CAD). A Polish
# adjective in -ski/-cki after a currency noun that is not listed names a currency Dyad cannot tell
# (``XXX``), never the noun's own.
CURRENCY_ADJECTIVES_AFTER: tuple[tuple[str, str, str], ...] = (
    ("amerykańsk", "dollar", "USD"),
    ("kanadyjsk", "dollar", "CAD"),
    ("australijsk", "dollar", "AUD"),
    ("singapursk", "dollar", "SGD"),
    ("hongkońsk", "dollar", "HKD"),
    ("nowozelandzk", "dollar", "NZD"),
    ("tajwańsk", "dollar", "TWD"),
    ("białorusk", "ruble", "BYN"),
    ("rosyjsk", "ruble", "RUB"),
    ("chińsk", "yuan", "CNY"),
    ("japońsk", "yen", "JPY"),
    ("kazachsk", "tenge", "KZT"),
    ("kirgisk", "som", "KGS"),
    ("uzbeck", "som", "UZS"),
    ("uzbeck", "sum", "UZS"),
    ("tadżyck", "somoni", "TJS"),
    ("azerbejdżańsk", "manat", "AZN"),
    ("turkmeńsk", "manat", "TMT"),
    ("ormiańsk", "dram", "AMD"),
    ("gruzińsk", "lari", "GEL"),
    ("mongolsk", "tugrik", "MNT"),
    ("ukraińsk", "hryvnia", "UAH"),
    ("polsk", "zloty", "PLN"),
    ("brytyjsk", "pound", "GBP"),
    ("egipsk", "pound", "EGP"),
    ("indyjsk", "rupee", "INR"),
    ("pakistańsk", "rupee", "PKR"),
    ("indonezyjsk", "rupee", "IDR"),
    ("tureck", "lira", "TRY"),
    ("szwajcarsk", "franc", "CHF"),
    ("emiracki", "dirham", "AED"),
    ("marokańsk", "dirham", "MAD"),
    ("południowokoreańsk", "won", "KRW"),
    ("koreańsk", "won", "KRW"),
    ("szwedzk", "krona", "SEK"),
    ("norwesk", "krona", "NOK"),
    ("duńsk", "krona", "DKK"),
    ("czesk", "krona", "CZK"),
    ("islandzk", "krona", "ISK"),
    ("kenijsk", "shilling", "KES"),
    ("tanzańsk", "shilling", "TZS"),
    ("ugandyjsk", "shilling", "UGX"),
    ("somalijsk", "shilling", "SOS"),
    ("zambijsk", "kwacha", "ZMW"),
    ("malawijsk", "kwacha", "MWK"),
    ("brazylijsk", "real", "BRL"),
    ("meksykańsk", "peso", "MXN"),
    ("argentyńsk", "peso", "ARS"),
    ("chilijsk", "peso", "CLP"),
    ("kolumbijsk", "peso", "COP"),
    ("filipińsk", "peso", "PHP"),
    ("irańsk", "rial", "IRR"),
    ("saudyjsk", "rial", "SAR"),
    ("omańsk", "rial", "OMR"),
    ("katarsk", "rial", "QAR"),
    ("kuwejck", "dinar", "KWD"),
    ("jordańsk", "dinar", "JOD"),
    ("serbsk", "dinar", "RSD"),
    ("iracki", "dinar", "IQD"),
    ("wietnamsk", "dong", "VND"),
    ("tajsk", "baht", "THB"),
    ("mołdawsk", "leu", "MDL"),
    ("rumuńsk", "leu", "RON"),
    ("węgiersk", "forint", "HUF"),
    ("malezyjsk", "ringgit", "MYR"),
    ("izraelsk", "shekel", "ILS"),
    ("południowoafrykańsk", "rand", "ZAR"),
    ("bułgarsk", "lev", "BGN"),
)

# A noun that needs context (code None): the countries that use it, each as a regex of its names
# and adjectives (lower case, read from the start of a word) -> code. The currency is that of the
# only such country named in the amount's sentence, else in the whole text; two or more named
# (a Kyrgyz-Uzbek sentence in сомы, a Belarus-Russia one in рубли) cannot tell, and give ``XXX``,
# as does none named, unless CURRENCY_CONTEXT_DEFAULT has the noun.
CURRENCY_BY_CONTEXT: dict[str, tuple[tuple[str, str], ...]] = {
    "som": (("кыргыз|киргиз|kyrgyz|kirgiz|бишкек|bishkek", "KGS"), ("узбек|uzbek|ташкент|tashkent", "UZS")),
    # the sign ¥ (no noun): China's yuan or Japan's yen
    "yen_yuan": (
        ("кита|кнр|(?-i:КНР)|китай|кітай|chin|пекин|пекін|beijing|chiny|chiń", "CNY"),
        ("япон|japan|токио|токіо|tokyo|japoni", "JPY"),
    ),
    "manat": (
        ("азербайдж|azerbaijan|баку(?![а-яё]{2})|baku", "AZN"),
        ("туркмен|turkmen|ашхабад|ashgabat", "TMT"),
    ),
    # the capital in a dateline, in capitals ("МИНСК, 12 марта (БЕЛТА) -", "МОСКВА, 3 мая /ТАСС/"),
    # and Belarus's state agency; a capital named in a sentence is where something happened
    "ruble": (
        ("росси|(?-i:РФ)(?![\\w])|расі|росі|russia|(?-i:МОСКВА|МАСКВА|MOSCOW)(?![\\w])", "RUB"),
        (
            "беларус|белорус|(?-i:РБ)(?![\\w])|білорус|belarus|(?-i:МИНСК|МІНСК|MINSK)(?![\\w])|белта|belta",
            "BYN",
        ),
    ),
    "dinar": (
        ("кувейт|kuwait", "KWD"),
        ("иордан|jordan", "JOD"),
        ("серби|сербск|serbia", "RSD"),
        ("ирак|iraq", "IQD"),
        ("алжир|algeria", "DZD"),
        ("бахрейн|bahrain", "BHD"),
        ("ливи[яиюей]|ливийск|libya", "LYD"),
        ("тунис|tunisia", "TND"),
    ),
    "rial": (
        ("иран|iran", "IRR"),
        ("саудов|saudi", "SAR"),
        ("оман|oman", "OMR"),
        ("катар|qatar", "QAR"),
        ("йемен|yemen", "YER"),
    ),
    "rupee": (
        (
            "инди[яиюей]|индийск|інді[яїюєй]|індійськ|індыя|індыі|індыйск|india|indian|indi[eia]|нью-дели|new delhi",
            "INR",
        ),
        ("пакистан|pakistan|исламабад|islamabad", "PKR"),
        ("шри-ланк|sri lank|коломбо|colombo", "LKR"),
        ("непал|nepal|катманду|kathmandu", "NPR"),
        ("индонези|індонез|indonesi|джакарт|jakarta", "IDR"),
        ("маврики|mauriti", "MUR"),
        ("сейшел|seychell", "SCR"),
    ),
    "dirham": (
        ("эмират|оаэ|(?-i:ОАЕ|UAE)|дубай|dubai|абу-даби|abu dhabi|emirat", "AED"),
        ("марокк|марок|morocc|рабат|rabat", "MAD"),
    ),
    "franc": (
        ("швейцар|швейцір|switzerland|swiss|женев|geneva|цюрих|zurich|szwajcar", "CHF"),
        (
            "сенегал|senegal|кот-д|côte|ivoir|буркина|burkina|бенин|benin|того(?![\\w])|togo|мали(?![\\w])|mali(?![\\w])",
            "XOF",
        ),
        ("камерун|cameroon|габон|gabon|чад(?![\\w])|chad|центральноафрикан|central african", "XAF"),
        ("руанд|rwand", "RWF"),
        ("гвине[яиюей](?![\\w-])|guinea(?![\\w-])", "GNF"),
    ),
    "pound": (
        ("британ|великобритан|англи[яиюей]|лондон|britain|british|england|london|брытан|wielk", "GBP"),
        ("египет|egypt|каир|cairo", "EGP"),
        ("ливан|leban|бейрут|beirut", "LBP"),
        ("судан|sudan|хартум|khartoum", "SDG"),
        ("сири[яиюей]|syria|дамаск|damascus", "SYP"),
    ),
    "shilling": (
        # (Latin stems of every language read: "Kenya", "Kenii", "szylingów kenijskich")
        ("кени|keni|kenya|найроби|nairobi", "KES"),
        ("танзани|tanzani|дар-эс-салам|додом", "TZS"),
        ("уганд|ugand|кампал|kampala", "UGX"),
        ("сомали|somali|могадишо|mogadishu", "SOS"),
    ),
    "kwacha": (("замби|zambia|лусак|lusaka", "ZMW"), ("малави|malawi|лилонгве|lilongwe", "MWK")),
    "leu": (("молдав|молдов|moldov", "MDL"), ("румын|romania", "RON")),
    "krona": (
        ("швеци|шведск|swed", "SEK"),
        ("норвеги|норвежск|norw", "NOK"),
        ("дани[яиюей]|датск|denmark|danish", "DKK"),
        ("чехи|чешск|czech", "CZK"),
        ("исланди|исландск|iceland", "ISK"),
    ),
    "peso": (
        ("мексик|mexic", "MXN"),
        ("аргентин|argentin", "ARS"),
        ("чилий|чили(?![\\w])|chile", "CLP"),
        ("колумби|colombia", "COP"),
        ("филиппин|philippin", "PHP"),
        ("уругва|urugua", "UYU"),
        ("куб[аыуе](?![\\w])|кубин|cuba", "CUP"),
        ("доминикан|dominican", "DOP"),
    ),
}
# The code of a context noun when no country that uses it is named: the ruble of a text that names
# neither Russia nor Belarus is the Russian one.
CURRENCY_CONTEXT_DEFAULT: dict[str, str] = {"ruble": "RUB", "pound": "GBP", "rupee": "INR", "dirham": "AED"}

CURRENCY_SIGNS: dict[str, str] = {
    "$": "USD",
    "€": "EUR",
    "₽": "RUB",
    "£": "GBP",
    "₸": "KZT",
    "₴": "UAH",
    "₼": "AZN",
    "₹": "INR",
    "₦": "NGN",
    "₵": "GHS",
    "¥": NO_CURRENCY,  # the yuan's and the yen's: told by the country named (CURRENCY_BY_CONTEXT "yen_yuan")
}

# Letters glued before "$" name whose dollar (or real) it is: "C$56 billion" is Canada's. Other
# letters there name a dollar Dyad cannot tell: NO_CURRENCY.
DOLLAR_PREFIXES: dict[str, str] = {
    "US": "USD",
    "C": "CAD",
    "CA": "CAD",
    "Can": "CAD",
    "A": "AUD",
    "AU": "AUD",
    "NZ": "NZD",
    "HK": "HKD",
    "NT": "TWD",
    "S": "SGD",
    "SG": "SGD",
    "R": "BRL",
    "MX": "MXN",
    "Mex": "MXN",
}

# Every ISO 4217 code the extractor can emit (codes written as codes are taken from this list).
CURRENCY_CODES: tuple[str, ...] = tuple(
    sorted(
        {n.code for n in CURRENCY_NOUNS if n.code}
        | {code for _, _, code in CURRENCY_ADJECTIVES}
        | {code for _, _, code in CURRENCY_COUNTRY_AFTER}
        | {code for rows in CURRENCY_BY_CONTEXT.values() for _, code in rows}
        | (set(CURRENCY_SIGNS.values()) - {NO_CURRENCY})
        | {"BYR", "MDL", "IRR", "KPW"}
    )
)
# Codes and signs written in letters that are not ISO 4217, matched as written (case-sensitive):
# "RMB", and the Belarusian ruble's official sign "Br" ("1,2 млрд Br").
CODE_ALIASES: dict[str, str] = {
    "RMB": "CNY",
    "Br": "BYN",
    # the Gulf press's dirham before its amount ("Dh4.5 billion", "Dhs 200 million"), the
    # Malaysian ringgit's ("RM40 million")
    "Dh": "AED",
    "Dhs": "AED",
    "RM": "MYR",
    # the Ghanaian cedi's, written with the cent sign for its own ("GH¢1.9 billion", "GH₵")
    "GH¢": "GHS",
    "GH₵": "GHS",
    # the rupee's abbreviation, which India, Pakistan, Sri Lanka and Nepal all write ("Rs 3,500
    # crore"): told by the country named (CURRENCY_BY_CONTEXT "rupee", CONTEXT_SIGNS)
    "Rs": NO_CURRENCY,
}
# Signs and abbreviations before an amount that several countries' currencies share, and the key
# of CURRENCY_BY_CONTEXT that tells which by the country named.
CONTEXT_SIGNS: dict[str, str] = {"¥": "yen_yuan", "Rs": "rupee"}

# Scale words per language: (language, forms, factor). Abbreviations take an optional dot.
SCALE_WORDS: tuple[tuple[str, tuple[str, ...], int], ...] = (
    ("ru", ("тыс.", "тысяч*"), 10**3),
    ("ru", ("млн.", "миллион*"), 10**6),
    ("ru", ("млрд.", "миллиард*"), 10**9),
    ("ru", ("трлн.", "триллион*"), 10**12),
    ("be", ("тыс.", "тысяч*"), 10**3),
    ("be", ("млн.", "мільён*", "мільен*"), 10**6),
    ("be", ("млрд.", "мільярд*"), 10**9),
    ("be", ("трлн.", "трыльён*"), 10**12),
    ("uk", ("тис.", "тисяч*"), 10**3),
    ("uk", ("млн.", "мільйон*"), 10**6),
    ("uk", ("млрд.", "мільярд*"), 10**9),
    ("uk", ("трлн.", "трильйон*"), 10**12),
    ("pl", ("tys.", "tysiąc*", "tysięcy"), 10**3),
    ("pl", ("mln.", "milion*", "milionów"), 10**6),
    ("pl", ("mld.", "mld", "miliard*", "miliardów"), 10**9),
    ("pl", ("bln.", "bilion*"), 10**12),
    ("kk", ("мың",), 10**3),
    ("kk", ("млн.", "миллион"), 10**6),
    ("kk", ("млрд.", "миллиард"), 10**9),
    ("en", ("thousand", "thousands"), 10**3),
    ("en", ("million", "millions", "mln.", "mn"), 10**6),
    ("en", ("billion", "billions", "bn", "bln."), 10**9),
    ("en", ("trillion", "trillions", "tn", "trln."), 10**12),
    # the Indian scales ("5,000 crore rupees", "5 lakh tonnes")
    ("en", ("lakh", "lakhs", "lac", "lacs"), 10**5),
    ("en", ("crore", "crores"), 10**7),
)
# A scale form that means another factor in Polish than in English: "bln" is a bilion (10**12) in
# Polish ("3,4 bln zł") and a billion (10**9) in English ("USD 2.5 bln"). Polish is told by its
# letters or its currency around the number; anything else reads it as English.
POLISH_ONLY_FACTORS: dict[str, tuple[int, int]] = {  # form -> (Polish factor, English factor)
    form.rstrip(".").lower(): (factor, f)
    for lang, forms, factor in SCALE_WORDS
    if lang == "pl"
    for form in forms
    for lang2, others, f in SCALE_WORDS
    if lang2 == "en" and f != factor
    for other in others
    if form.rstrip(".").lower() == other.rstrip(".").lower()
}
# Scale abbreviations that may be glued to a number after a currency sign: "$1.2bn", "$400m".
GLUED_SCALES: dict[str, int] = {"k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9, "tn": 10**12}


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit of measure the extractor emits (not money): its code and written forms."""

    code: str
    forms: tuple[str, ...]


PERCENT_FORMS = (
    "%",
    "процент*",
    "проц.",
    "працэнт*",
    "відсот*",
    "відс.",
    "пайыз*",
    "procent*",
    "proc.",
    "percent",
    "per cent",
    "pct",
)
PERCENTAGE_POINT_FORMS = (
    "п.п.",
    "п. п.",
    "пп.",
    "процентн* пункт*",
    "проц. пункт*",
    "працэнтн* пункт*",
    "відсотков* пункт*",
    "punkt* procentow*",
    "pkt proc.",
    "pkt. proc.",
    "pkt procentow*",
    "p.p.",
    "pp",
    "ppt",
    "в.п.",
    "в. п.",
    "percentage point*",
    "pct point*",
)

# Physical units. "т" (tonnes) is read only after a number, never before "д."/"е."/"п." ("т. д.").
PHYSICAL_UNITS: tuple[Unit, ...] = (
    Unit("tonnes", ("тонн*", "т.", "тон", "тона", "тоны", "тонаў", "tonnes", "tonne", "tons", "ton", "ton.")),
    Unit("barrels", ("баррел*", "barrel*", "барр.")),
    Unit("litres", ("литр*", "litre*", "liter*")),
    Unit(
        "cubic_meters",
        (
            "кубометр*",
            "куб. м.",
            "куб.м.",
            "кубическ* метр*",
            "м3",
            "м³",
            "cubic met*",
            "кубаметр*",
            "кубічн* метр*",
            "m3",
            "m³",
            "m sześc.",
            "текше метр*",
            "metr* sześcienn*",
            "bcm",
            "mcm",
            "tcm",
        ),
    ),
    # (uk "година", be "гадзіна", pl "godzina": the hour of ``кВт·год``, ``кВт·гадз``, ``kWh``)
    # (kk "сағат": "киловатт-сағат")
    Unit(
        "kwh",
        (
            "киловатт-час*",
            "кВт·ч",
            "кВт*ч",
            "кВтч",
            "кВт-ч",
            "квт.ч.",
            "kWh",
            "кВт·год",
            "кВт·гадз",
            "киловатт-сағат*",
            "кВт·сағ*",
            "кВт*сағ*",
        ),
    ),
    # larger units of energy, kept as written (1 MWh = 1,000 kWh; GWh 10^6, TWh 10^9 kWh)
    Unit(
        "mwh",
        (
            "мегаватт-час*",
            "мегаватт-сағат*",
            "МВт·сағ*",
            "МВт·ч",
            "МВт*ч",
            "МВтч",
            "МВт-ч",
            "MWh",
            "МВт·год",
            "МВт·гадз",
        ),
    ),
    Unit(
        "gwh",
        (
            "гигаватт-час*",
            "гигаватт-сағат*",
            "ГВт·сағ*",
            "ГВт·ч",
            "ГВт*ч",
            "ГВтч",
            "ГВт-ч",
            "GWh",
            "ГВт·год",
            "ГВт·гадз",
        ),
    ),
    Unit("twh", ("тераватт-час*", "ТВт·ч", "ТВт*ч", "ТВтч", "ТВт-ч", "TWh", "ТВт·год", "ТВт·гадз")),
    # power, the capacity of a plant or a line ("АЭС мощностью 2400 МВт", "a 4 GW cable"), kept as
    # written like energy (1 MW = 1,000 kW; GW 10^6 kW); after the energy units, whose forms begin
    # alike ("кВт·ч" is energy, "кВт" power)
    Unit("kw", ("киловатт*", "кВт", "kW", "кіловат*", "кілават*", "kilowat*", "kilowatt*")),
    Unit("mw", ("мегаватт*", "МВт", "MW", "мегават*", "megawat*", "megawatt*")),
    Unit("gw", ("гигаватт*", "ГВт", "GW", "гігават*", "gigawat*", "gigawatt*")),
    Unit("square_meters", ("кв. м.", "кв.м.", "квадратн* метр*", "м2", "м²", "square met*")),
    Unit("hectares", ("гектар*", "га")),
    Unit("km", ("километр*", "км")),
)

# Unit abbreviations with their scale inside ("38.8 bcm": billion cubic metres): the form, its unit
# code and the factor the amount before it is multiplied by.
SCALED_UNIT_FORMS: dict[str, tuple[str, int]] = {
    "bcm": ("cubic_meters", 10**9),
    "tcm": ("cubic_meters", 10**12),
    "mcm": ("cubic_meters", 10**6),
}

# Every unit code a fact can carry that is not a currency, with its kind.
NON_MONEY_UNITS: dict[str, str] = {
    "percent": "percent",
    "percentage_points": "percentage_points",
    "count": "count",
    "times": "times",
    "rank": "rank",
    "fraction": "fraction",
    **{u.code: "physical" for u in PHYSICAL_UNITS},
}

# Plausibility: per unit (or currency) and metric, the range a value is expected in. A fact outside
# it is flagged by the audit, never dropped. ``None`` metric: any metric.
WORLD_GDP_USD = 1.1e14
# Units of a currency per US dollar, to the order of magnitude (2025): money beyond world GDP in its
# own currency is implausible. Currencies not listed count as 1.
UNITS_PER_USD: dict[str, float] = {
    "AMD": 390,
    "ARS": 1000,
    "AZN": 1.7,
    "BGN": 1.8,
    "BYN": 3.3,
    "CLP": 950,
    "CNY": 7.2,
    "COP": 4100,
    "CZK": 23,
    "DKK": 7,
    "DZD": 135,
    "EGP": 50,
    "GEL": 2.7,
    "MNT": 3400,
    "HKD": 7.8,
    "HUF": 370,
    "IDR": 16000,
    "INR": 85,
    "IQD": 1300,
    "IRR": 42000,
    "ISK": 140,
    "JPY": 150,
    "KGS": 87,
    "KPW": 900,
    "KRW": 1400,
    "KZT": 500,
    "MXN": 19,
    "MDL": 18,
    "NOK": 11,
    "PHP": 58,
    "PKR": 280,
    "PLN": 4,
    "RON": 4.6,
    "RSD": 108,
    "RUB": 100,
    "SEK": 10.5,
    "THB": 35,
    "TJS": 11,
    "TMT": 3.5,
    "TRY": 35,
    "TWD": 32,
    "UAH": 41,
    "UZS": 12800,
    "VND": 25000,
    "ZAR": 18,
}
PLAUSIBLE_RANGES: tuple[tuple[str, str | None, float | None, float | None], ...] = (
    ("percent", "share", 0, 100),
    ("percent", "growth", -100, 10_000),
    ("count", "agreements", 0, 10_000),
    ("count", "joint_ventures", 0, 100_000),
    ("count", "assembly_plants", 0, 10_000),
    ("count", "diplomatic_missions", 0, 1_000),
    ("count", None, 0, None),
    ("rank", None, 1, 1_000),
    ("times", None, 0, 10_000),
    ("fraction", None, 0, 1),
    *(
        (
            code,
            None,
            -WORLD_GDP_USD * UNITS_PER_USD.get(code, 1.0),
            WORLD_GDP_USD * UNITS_PER_USD.get(code, 1.0),
        )
        for code in CURRENCY_CODES
    ),
    *((u.code, None, 0, None) for u in PHYSICAL_UNITS),
)


def abbreviations() -> frozenset[str]:
    """The one-word forms written with a dot of the scale words, currency nouns, percent and
    physical units (``млрд``, ``долл``, ``тыс``, ``mln``, ``барр``), lower case, without the dot."""
    forms = (
        *(f for _, fs, _ in SCALE_WORDS for f in fs),
        *(f for n in CURRENCY_NOUNS for f in n.forms),
        *PERCENT_FORMS,
        *PERCENTAGE_POINT_FORMS,
        *(f for u in PHYSICAL_UNITS for f in u.forms),
    )
    return frozenset(f[:-1].lower() for f in forms if f.endswith(".") and f[:-1].isalpha())


def currency_abbreviation_countries() -> dict[str, frozenset[str]]:
    """The dotted abbreviation of each currency noun (``долл``, ``руб``; lower case, no dot) -> the
    country words that complete it as one currency phrase (``долл. США``, ``руб. РФ``:
    ``CURRENCY_COUNTRY_AFTER``). A sentence does not end at such a dot."""
    after: dict[str, set[str]] = {}
    for key, country, _ in CURRENCY_COUNTRY_AFTER:
        after.setdefault(key, set()).add(country)
    return {
        f[:-1].lower(): frozenset(after.get(n.key, ()))
        for n in CURRENCY_NOUNS
        for f in n.forms
        if f.endswith(".") and f[:-1].isalpha()
    }


def unit_kind(unit: str | None) -> str:
    """``money`` for an ISO 4217 code (``XXX`` included), else the unit's kind; ``unknown`` else."""
    if unit is None:
        return "unknown"
    if unit in _MONEY_UNITS:
        return "money"
    return NON_MONEY_UNITS.get(unit, "unknown")


# the codes of money, as a set (a lookup, not a pass over the tuple)
_MONEY_UNITS = frozenset({NO_CURRENCY, *CURRENCY_CODES})


def unit_rows() -> list[tuple[str, str, bool]]:
    """(unit, kind, is_valid) of every unit a fact can carry: the rows of the dbt seed ``ref_units``."""
    rows = [(code, "money", True) for code in CURRENCY_CODES]
    rows.append((NO_CURRENCY, "money", False))
    rows += [(code, kind, True) for code, kind in NON_MONEY_UNITS.items()]
    return sorted(rows)


def units_csv() -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["unit", "unit_kind", "is_valid_unit"])
    for code, kind, valid in unit_rows():
        w.writerow([code, kind, "true" if valid else "false"])
    return buf.getvalue()


def main() -> None:
    """Write the seed ``ref_units`` (``python -m flows.text.numbers > dbt_project/seeds/ref_units.csv``)."""
    sys.stdout.write(units_csv())
