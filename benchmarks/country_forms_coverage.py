"""Coverage of country adjectives and names in Belarusian, Ukrainian, Polish, Kazakh and English
in ``dbt_project/seeds/ref_country_forms.csv``, over the countries most present in the news (the
G20, the neighbours of Russia, Belarus, Ukraine and Kazakhstan, the EU, the Middle East).

    .venv/bin/python -m benchmarks.country_forms_coverage [--missing]

For each language it counts the countries whose nominative adjective (masculine singular; the
Kazakh relational adjective in -лық/-лік; the English adjective) is a form of that country, and
the countries whose main oblique adjective forms (be: -ая -ага -ай -ія; uk: -а -ого -ої -і; pl: -a
-iego -iej -ie) and one oblique case of the name (be/uk/pl genitive, kk locative) are too. A form
that names another country counts as wrong. ``--missing`` lists what is absent or wrong.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from flows.text.tokens import normalize_form

SEED = Path(__file__).resolve().parents[1] / "dbt_project" / "seeds" / "ref_country_forms.csv"
LANGS = ("be", "uk", "pl", "kk", "en")

# code: be, uk, pl, kk, en adjective | be, uk, pl genitive and kk locative of the name ("-": no
# single-word form checked)
GOLD = """
RU расійскі російський rosyjski ресейлік Russian | Расіі Росії Rosji Ресейде
BY беларускі білоруський białoruski беларусьтік Belarusian | Беларусі Білорусі Białorusi Беларусьте
UA украінскі український ukraiński украиналық Ukrainian | Украіны України Ukrainy Украинада
KZ казахстанскі казахстанський kazachstański қазақстандық Kazakh | Казахстана Казахстану Kazachstanu Қазақстанда
PL польскі польський polski польшалық Polish | Польшчы Польщі Polski Польшада
LT літоўскі литовський litewski литвалық Lithuanian | Літвы Литви Litwy Литвада
LV латвійскі латвійський łotewski латвиялық Latvian | Латвіі Латвії Łotwy Латвияда
EE эстонскі естонський estoński эстониялық Estonian | Эстоніі Естонії Estonii Эстонияда
FI фінскі фінський fiński финляндиялық Finnish | Фінляндыі Фінляндії Finlandii Финляндияда
NO нарвежскі норвезький norweski норвегиялық Norwegian | Нарвегіі Норвегії Norwegii Норвегияда
GE грузінскі грузинський gruziński грузиялық Georgian | Грузіі Грузії Gruzji Грузияда
AZ азербайджанскі азербайджанський azerbejdżański әзірбайжандық Azerbaijani | Азербайджана Азербайджану Azerbejdżanu Әзірбайжанда
AM армянскі вірменський ormiański армениялық Armenian | Арменіі Вірменії Armenii Арменияда
MD малдаўскі молдовський mołdawski молдовалық Moldovan | Малдовы Молдови Mołdawii Молдовада
MN мангольскі монгольський mongolski моңғолиялық Mongolian | Манголіі Монголії Mongolii Моңғолияда
CN кітайскі китайський chiński қытайлық Chinese | Кітая Китаю Chin Қытайда
KP паўночнакарэйскі північнокорейський północnokoreański - - | - - - -
KR паўднёвакарэйскі південнокорейський południowokoreański - - | - - - -
JP японскі японський japoński жапониялық Japanese | Японіі Японії Japonii Жапонияда
US амерыканскі американський amerykański америкалық American | Амерыкі Америки Ameryki Америкада
CA канадскі канадський kanadyjski канадалық Canadian | Канады Канади Kanady Канадада
MX мексіканскі мексиканський meksykański мексикалық Mexican | Мексікі Мексики Meksyku Мексикада
BR бразільскі бразильський brazylijski бразилиялық Brazilian | Бразіліі Бразилії Brazylii Бразилияда
AR аргенцінскі аргентинський argentyński аргентиналық Argentine | Аргенціны Аргентини Argentyny Аргентинада
IN індыйскі індійський indyjski үндістандық Indian | Індыі Індії Indii Үндістанда
ID інданезійскі індонезійський indonezyjski индонезиялық Indonesian | Інданезіі Індонезії Indonezji Индонезияда
AU аўстралійскі австралійський australijski австралиялық Australian | Аўстраліі Австралії Australii Австралияда
ZA паўднёваафрыканскі південноафриканський południowoafrykański - - | - - - -
SA саудаўскі саудівський saudyjski - Saudi | - - - -
TR турэцкі турецький turecki түркиялық Turkish | Турцыі Туреччини Turcji Түркияда
GB брытанскі британський brytyjski британдық British | Вялікабрытаніі Британії Brytanii Ұлыбританияда
FR французскі французький francuski франциялық French | Францыі Франції Francji Францияда
DE нямецкі німецький niemiecki германиялық German | Германіі Німеччини Niemiec Германияда
IT італьянскі італійський włoski италиялық Italian | Італіі Італії Włoch Италияда
ES іспанскі іспанський hiszpański испаниялық Spanish | Іспаніі Іспанії Hiszpanii Испанияда
PT партугальскі португальський portugalski португалиялық Portuguese | Партугаліі Португалії Portugalii Португалияда
NL нідэрландскі нідерландський holenderski нидерландтық Dutch | - - - -
BE бельгійскі бельгійський belgijski бельгиялық Belgian | Бельгіі Бельгії Belgii Бельгияда
LU люксембургскі люксембурзький luksemburski - Luxembourgish | Люксембурга Люксембургу Luksemburga -
AT аўстрыйскі австрійський austriacki австриялық Austrian | Аўстрыі Австрії Austrii Австрияда
CH швейцарскі швейцарський szwajcarski швейцариялық Swiss | Швейцарыі Швейцарії Szwajcarii Швейцарияда
SE шведскі шведський szwedzki швециялық Swedish | Швецыі Швеції Szwecji Швецияда
DK дацкі данський duński даниялық Danish | Даніі Данії Danii Данияда
IE ірландскі ірландський irlandzki ирландиялық Irish | Ірландыі Ірландії Irlandii Ирландияда
CZ чэшскі чеський czeski чехиялық Czech | Чэхіі Чехії Czech Чехияда
SK славацкі словацький słowacki словакиялық Slovak | Славакіі Словаччини Słowacji Словакияда
HU венгерскі угорський węgierski венгриялық Hungarian | Венгрыі Угорщини Węgier Венгрияда
RO румынскі румунський rumuński румыниялық Romanian | Румыніі Румунії Rumunii Румынияда
BG балгарскі болгарський bułgarski болгариялық Bulgarian | Балгарыі Болгарії Bułgarii Болгарияда
GR грэчаскі грецький grecki грекиялық Greek | Грэцыі Греції Grecji Грекияда
HR харвацкі хорватський chorwacki хорватиялық Croatian | Харватыі Хорватії Chorwacji Хорватияда
SI славенскі словенський słoweński словениялық Slovenian | Славеніі Словенії Słowenii Словенияда
CY кіпрскі кіпрський cypryjski кипрлік Cypriot | Кіпра Кіпру Cypru Кипрде
MT мальтыйскі мальтійський maltański мальталық Maltese | Мальты Мальти Malty Мальтада
RS сербскі сербський serbski сербиялық Serbian | Сербіі Сербії Serbii Сербияда
KG кыргызскі киргизький kirgiski қырғызстандық Kyrgyz | Кыргызстана Киргизстану Kirgistanu Қырғызстанда
UZ узбекскі узбецький uzbecki өзбекстандық Uzbek | Узбекістана Узбекистану Uzbekistanu Өзбекстанда
TJ таджыкскі таджицький tadżycki тәжікстандық Tajik | Таджыкістана Таджикистану Tadżykistanu Тәжікстанда
TM туркменскі туркменський turkmeński түрікменстандық Turkmen | Туркменістана Туркменістану Turkmenistanu Түрікменстанда
IR іранскі іранський irański ирандық Iranian | Ірана Ірану Iranu Иранда
IL ізраільскі ізраїльський izraelski израильдік Israeli | Ізраіля Ізраїлю Izraela Израильде
EG егіпецкі єгипетський egipski мысырлық Egyptian | Егіпта Єгипту Egiptu Мысырда
SY сірыйскі сирійський syryjski сириялық Syrian | Сірыі Сирії Syrii Сирияда
IQ іракскі іракський iracki ирактық Iraqi | Ірака Іраку Iraku Иракта
JO іарданскі йорданський jordański иорданиялық Jordanian | Іарданіі Йорданії Jordanii Иорданияда
LB ліванскі ліванський libański ливандық Lebanese | Лівана Лівану Libanu Ливанда
AE эміратскі еміратський emiracki - Emirati | - - - -
QA катарскі катарський katarski катарлық Qatari | Катара Катару Kataru Катарда
AF афганскі афганський afgański ауғанстандық Afghan | Афганістана Афганістану Afganistanu Ауғанстанда
PK пакістанскі пакистанський pakistański пәкістандық Pakistani | Пакістана Пакистану Pakistanu Пәкістанда
VN в'етнамскі в'єтнамський wietnamski вьетнамдық Vietnamese | В'етнама В'єтнаму Wietnamu Вьетнамда
"""

# Endings of the masculine nominative replaced to make the main oblique forms.
_OBLIQUE = {
    "be": ("і", ("ая", "ага", "ай", "ія")),
    "uk": ("ий", ("а", "ого", "ої", "і")),
    "pl": ("i", ("a", "iego", "iej", "ie")),
}


def gold() -> dict[str, dict[str, tuple[str, str]]]:
    """``{code: {lang: (adjective, oblique name)}}``, "-" where nothing is checked."""
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for line in GOLD.strip().splitlines():
        left, right = line.split("|")
        code, *adjectives = left.split()
        names = [*right.split(), "-"]
        out[code] = {lang: (adjectives[i], names[i]) for i, lang in enumerate(LANGS)}
    return out


def oblique_adjectives(adjective: str, lang: str) -> list[str]:
    if lang not in _OBLIQUE:
        return []
    nominative, endings = _OBLIQUE[lang]
    stem = adjective[: -len(nominative)]
    return [stem + e for e in endings]


def load_forms(path: Path = SEED) -> dict[str, str]:
    """``{form: entity_code}`` of the country rows of the seed."""
    with path.open(encoding="utf-8") as fh:
        return {r["form"]: r["entity_code"] for r in csv.DictReader(fh) if r["entity_type"] == "country"}


def coverage(forms: dict[str, str]) -> tuple[dict[str, tuple[dict[str, int], dict[str, int]]], list[str]]:
    """``({lang: (found, checked)}, missing)``: per language, how many countries pass each check
    (``adj``, ``oblique``, ``name``) of how many checked, and a line per failed check."""
    counts: dict[str, dict[str, int]] = {lang: dict.fromkeys(("adj", "oblique", "name"), 0) for lang in LANGS}
    totals: dict[str, dict[str, int]] = {lang: dict.fromkeys(("adj", "oblique", "name"), 0) for lang in LANGS}
    missing: list[str] = []
    for code, by_lang in gold().items():
        for lang, (adjective, name) in by_lang.items():
            checks = []
            if adjective != "-":
                checks.append(("adj", [adjective]))
                if lang in _OBLIQUE:
                    checks.append(("oblique", oblique_adjectives(adjective, lang)))
            if name != "-":
                checks.append(("name", [name]))
            for what, words in checks:
                totals[lang][what] += 1
                bad = [w for w in words if forms.get(normalize_form(w)) != code]
                if bad:
                    got = [f"{w}->{forms.get(normalize_form(w), '')}" for w in bad]
                    missing.append(f"{lang} {code} {what}: {' '.join(got)}")
                else:
                    counts[lang][what] += 1
    return {lang: (counts[lang], totals[lang]) for lang in LANGS}, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=Path, default=SEED)
    parser.add_argument("--missing", action="store_true", help="list what is absent or names another country")
    args = parser.parse_args(argv)
    result, missing = coverage(load_forms(args.seed))
    print(f"{'lang':4} {'adjective':>10} {'oblique adj':>12} {'oblique name':>13}")
    for lang, (counts, totals) in result.items():
        cells = [f"{counts[w]}/{totals[w]}" if totals[w] else "-" for w in ("adj", "oblique", "name")]
        print(f"{lang:4} {cells[0]:>10} {cells[1]:>12} {cells[2]:>13}")
    if args.missing:
        print("\n".join(missing))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
