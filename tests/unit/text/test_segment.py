"""The one sentence splitter of the text layer, the word lists and the analyzer the text modules share."""

from __future__ import annotations

import pytest

from flows.text.dates import find_dates, month_number
from flows.text.numbers import extract_facts
from flows.text.segment import is_sentence_start, sentence_index, sentence_spans, sentence_starts
from flows.text.vocab import MONTHS
from tests.conftest import PROJECT_ROOT

SPLITS = [
    # (text, its sentences)
    ("Об этом сообщил А. Лукашенко. Визит начался.", ["Об этом сообщил А. Лукашенко.", "Визит начался."]),
    ("В 2024 г. Минск принял делегацию.", ["В 2024 г. Минск принял делегацию."]),
    ("Рост составил 5 млрд. Это рекорд.", ["Рост составил 5 млрд.", "Это рекорд."]),
    ("Рост составил 5 млн. USD за год.", ["Рост составил 5 млн. USD за год."]),
    # a unit written with a capital after a scale's dot
    ("Выработано 300 тыс. МВт·ч. Это рекорд.", ["Выработано 300 тыс. МВт·ч.", "Это рекорд."]),
    ("Produced 2 mln. TWh in total.", ["Produced 2 mln. TWh in total."]),
    ("Вырос на 5 проц. Экспорт упал.", ["Вырос на 5 проц.", "Экспорт упал."]),
    ("Wzrost o 5 mln. Eksport spadł.", ["Wzrost o 5 mln.", "Eksport spadł."]),  # units of every language
    ("Склала 5 млн доларів. Інвестиції зросли.", ["Склала 5 млн доларів.", "Інвестиції зросли."]),
    ("Он сказал: «Да». „Нет“ — ответили.", ["Он сказал: «Да».", "„Нет“ — ответили."]),
    ("Первая строка\nвторая строка", ["Первая строка", "вторая строка"]),
    ("Итог: 5%. — Так и есть.", ["Итог: 5%.", "— Так и есть."]),
    ("  ", []),
]


@pytest.mark.parametrize(("text", "sentences"), SPLITS)
def test_sentence_spans(text: str, sentences: list[str]) -> None:
    assert [text[s:e] for s, e in sentence_spans(text)] == sentences


@pytest.mark.parametrize("text", [t for t, _ in SPLITS] + ["\n".join(t for t, _ in SPLITS)])
def test_is_sentence_start_agrees_with_the_spans(text: str) -> None:
    starts = [s for s, _ in sentence_spans(text)]
    for i in range(len(text)):
        if text[i].isalnum() and (i == 0 or not text[i - 1].isalnum()):  # every word's first letter
            expected = any(s <= i and not text[s:i].strip('"«“„(-–— ') for s in starts)
            assert is_sentence_start(text, i) == expected, (text, i)


def test_sentence_starts_cover_the_text() -> None:
    text = "Экспорт вырос. Импорт упал.  Сальдо положительное."
    starts = sentence_starts(text)
    assert starts == [0, text.index("Импорт"), text.index("Сальдо")]
    assert [sentence_index(starts, text.index(w)) for w in ("вырос", "упал", "положительное")] == [0, 1, 2]
    assert sentence_starts("") == [0]


@pytest.mark.parametrize(
    ("text", "period", "metric"),
    [
        # "г." after a year goes on: the period and the metric of the sentence are read
        ("В 2023 г. Беларусь экспортировала товаров на $5 млрд.", "В 2023 г.", "export"),
        ("Товарооборот в 2023 г. Беларусь и Китай довели до $5 млрд.", "в 2023 г.", "trade_turnover"),
    ],
)
def test_numbers_read_sentences_with_the_one_splitter(text: str, period: str, metric: str) -> None:
    (fact,) = extract_facts(text)
    assert (fact.period, fact.metric) == (period, metric)


def test_a_year_abbreviation_does_not_cut_a_sentence_off_its_neighbours() -> None:
    # "В 2023 г." is no sentence of its own: the amount takes the currency of the sentence before
    facts = extract_facts("Импорт составил $2 млрд. В 2023 г. Китай нарастил импорт до 5 млрд.")
    assert [(f.quote, f.unit, f.period) for f in facts] == [
        ("$2 млрд", "USD", None),
        ("нарастил импорт до 5 млрд", "USD", "В 2023 г."),
    ]


@pytest.mark.parametrize("month", MONTHS, ids=lambda m: m.nominative)
def test_every_form_of_a_month_reads_as_its_number(month) -> None:
    for form in (*month.forms, *month.abbreviations, *(a + "." for a in month.abbreviations)):
        assert month_number(form) == month.number
        assert month_number(form.capitalize()) == month.number
    assert [d.month for d in find_dates(f"5 {month.genitive} 2024 г.")] == [month.number]


@pytest.mark.parametrize("word", ["маршрут", "мастер", "ма", "понедельник"])
def test_words_that_only_start_like_a_month_are_not_months(word: str) -> None:
    with pytest.raises(ValueError, match="not a month"):
        month_number(word)


def test_one_pymorphy3_analyzer_is_created_in_the_project() -> None:
    """Loading an analyzer costs about 0.3 s and 15 MB: every holder takes ``flows.text.morph``'s."""

    root = PROJECT_ROOT
    makers = [
        str(p.relative_to(root))
        for folder in ("flows", "gazetteer", "benchmarks")
        for p in sorted((root / folder).rglob("*.py"))
        if "MorphAnalyzer(" in p.read_text(encoding="utf-8")
    ]
    assert makers == ["flows/text/morph.py"]


def test_boundary_pattern_matches_as_its_plain_alternation() -> None:
    """The sentence-end pattern is written to start with one character class (quick to scan
    for); it finds what ``[.!?…]+[closing]*(?=...)|\\n+`` finds, on random mixes of the
    characters that matter, over whole strings and over ranges of them."""
    import random
    import re

    from flows.text.segment import _BOUNDARY_RE, _CAPITALS

    plain = re.compile(rf"[.!?…]+[\"»”’)\]]*(?=\s+[\"«“„(\-–—]*\s*[{_CAPITALS}0-9])|\n+")
    pieces = [*'.!?…\n \t"»”’)]«“„(-–—', "А", "а", "Z", "z", "0", "г.", "\n\n", "Ё"]
    rng = random.Random(0)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        for args in ((text,), (text, lo, hi)):
            assert [m.span() for m in _BOUNDARY_RE.finditer(*args)] == [
                m.span() for m in plain.finditer(*args)
            ], args


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Минск 2024: 1 2 3 4 5 6 7 8 9 — ½ ⅔ Ⅻ", None),  # 5 letters; digits and numerals are not letters
        ("1 2 3 " * 110 + "Беларусь и Китай подписали", None),  # 23 letters, after the first 600 characters
        ("Беларусь Китай Россия", None),  # 19 letters
        ("Беларусь и Китай подписали соглашение о сотрудничестве.", "ru"),
        ("12345 Беларусь, Китай, Россия и", "ru"),  # 20 letters exactly
    ],
)
def test_language_needs_twenty_letters_in_the_first_600_characters(text: str, language: str | None) -> None:
    from flows.text.language import detect_language

    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a currency abbreviation goes on into the country that completes it
        ("Товарооборот России и Вьетнама составил 6,9 млрд долл. США.", 1),
        ("Кредит на 3 млн руб. РФ выдан в марте. Второе предложение.", 2),
        ("Фонд вложил 40 млн долл. Канады в проект. Сделка закрыта.", 2),
        ("Платёж составил 2 тыс. руб. РБ, сообщили в банке.", 1),
        # a scale word is no currency: the country after it starts a new sentence
        ("Рост составил 5 млрд. США ответили пошлинами.", 2),
        # a currency abbreviation before another capital still ends the sentence
        ("Сумма составила 7 млн долл. Это рекорд.", 2),
    ],
)
def test_a_currency_abbreviation_and_its_country_stay_in_one_sentence(text, sentences):
    assert len(sentence_spans(text)) == sentences


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # short Russian notes that the model alone scores a hair above Bulgarian
        ("Товарооборот Узбекистана и Таджикистана составил 6 трлн сумов. Киргизия получила кредит.", "ru"),
        ("Поставки Армении в Иран составили 4 млрд драмов, сообщили в таможне.", "ru"),
        # short notes in the other languages stay theirs, the press's and others alike
        ("Министрите на външните работи на България и Гърция подписаха споразумение.", "bg"),
        ("Председник Србије разговарао је са премијером Мађарске у Београду.", "sr"),
        ("Україна та Молдова домовилися про спільний контроль на кордоні.", "uk"),
        ("Беларусь і Кітай падпісалі пагадненне аб супрацоўніцтве.", "be"),
        ("Қазақстан мен Қытай арасындағы тауар айналымы өсті.", "kk"),
        ("Ўзбекистон ва Қозоғистон савдо ҳажмини оширишга келишди.", "uz"),
        ("Polska i Czechy podpisały umowę o współpracy.", "pl"),
        ("Deutschland und Österreich haben ein Abkommen unterzeichnet.", "de"),
        ("Japan and Vietnam agreed to expand a joint fund.", "en"),
    ],
)
def test_a_short_text_is_read_with_the_press_prior(text: str, language: str) -> None:
    from flows.text.language import detect_language

    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Министр иностранных дел КНР Ван И. Ранее глава МИД встречался с послом.",
            ["Министр иностранных дел КНР Ван И.", "Ранее глава МИД встречался с послом."],
        ),
        (
            "Переговоры провёл Ли И. В ходе встречи стороны обсудили торговлю.",
            ["Переговоры провёл Ли И.", "В ходе встречи стороны обсудили торговлю."],
        ),
        ("С ним встретился Чжан И. Он отметил рост.", ["С ним встретился Чжан И.", "Он отметил рост."]),
        (
            "Смотрите приложение Б. Затем заполните форму.",
            ["Смотрите приложение Б.", "Затем заполните форму."],
        ),
        # initials before a surname stay inside the sentence, also a surname that is a common word
        ("Президент А. Лукашенко заявил об этом.", ["Президент А. Лукашенко заявил об этом."]),
        ("Документ подписал В. В. Путин в Кремле.", ["Документ подписал В. В. Путин в Кремле."]),
        ("Выставку открыла Е. Зима из Гродно.", ["Выставку открыла Е. Зима из Гродно."]),
        ("Слово взял А. Белый, затем выступили другие.", ["Слово взял А. Белый, затем выступили другие."]),
        ("George W. Bush visited Warsaw.", ["George W. Bush visited Warsaw."]),
        # a common noun or adjective in the plural opens a sentence: no surname after an initial
        (
            "Лавров встретился с министром КНР Ван И. Министры обсудили торговлю.",
            ["Лавров встретился с министром КНР Ван И.", "Министры обсудили торговлю."],
        ),
        (
            "Переговоры провёл Ли И. Российские дипломаты довольны.",
            ["Переговоры провёл Ли И.", "Российские дипломаты довольны."],
        ),
        ("Слово взял А. Петровы, семья из Гродно.", ["Слово взял А. Петровы, семья из Гродно."]),
        # a Latin letter before a Cyrillic word is no initial of it
        (
            "Про це написав Сибіга в соцмережі X. Також міністри обговорили торгівлю.",
            ["Про це написав Сибіга в соцмережі X.", "Також міністри обговорили торгівлю."],
        ),
        (
            "Об этом он написал в сети X. Позже пост удалили.",
            ["Об этом он написал в сети X.", "Позже пост удалили."],
        ),
    ],
)
def test_a_one_letter_name_end_before_a_new_sentence(text, sentences):
    assert [text[a:b] for a, b in sentence_spans(text)] == sentences


def test_the_word_before_a_dot_is_every_word_character_back_to_the_window_start():
    from flows.text.segment import _last_word

    def walk(text: str, lo: int, dot: int) -> str:
        i = dot
        while i > lo and (text[i - 1].isalnum() or text[i - 1] == "_"):
            i -= 1
        return text[i:dot]

    for text in ("5 млрд. Это", "ул. Ленина", "x² y_1. Z", "(А.)", "Ⅳ. 2024.", ". .", "долл.", "a-b. c"):
        for dot in (i for i, ch in enumerate(text) if ch == "."):
            for lo in range(dot + 1):
                assert _last_word(text, lo, dot) == walk(text, lo, dot)


@pytest.mark.parametrize(
    "text",
    [
        # Polish
        "Wymiana handlowa wyniosła w 2024 r. 12 mld euro.",
        "Do Wilna przyjechało ok. 300 przedsiębiorców z Litwy.",
        "Sankcje objęły m.in. Iran i Koreę Północną.",
        "Rozmowy odbyły się przy ul. Wiejskiej w Warszawie.",
        "Minister ds. UE rozmawiał z Francją.",
        "Spotkanie zaplanowano na godz. 14 w Pradze.",
        # Ukrainian, Belarusian, Kazakh
        "Товарообіг у 2024 р. 8 млрд доларів перевищив очікування.",
        "Делегація прибула на вул. Хрещатик у Києві.",
        "2026 ж. 1 желтоқсанда Астанада келіссөздер өтті.",
        # English
        "Mrs. Smith and Dr. Jones flew to Beijing.",
        "Sen. Graham met Gen. Milley and Gov. Abbott.",
        "The summit opens on Jan. 15 in Astana.",
        "Exports reached approx. 300 tonnes, No. 2 among partners.",
        "The Forum in St. Petersburg, i.e. Russia's second city, opened.",
        # Russian
        "За 11 мес. 2025 г. экспорт вырос.",
        "Контракт подписан 3 февр. 2026 г. в Минске.",
        "Товары идут по т.н. Северному маршруту.",
        "Это т. е. Беларусь и Китай.",
        "Доклад подготовил д.э.н. Иванов.",
    ],
)
def test_abbreviations_of_other_languages_do_not_end_a_sentence(text):
    assert [text[a:b] for a, b in sentence_spans(text)] == [text]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # an abbreviation that goes on only before a number, or only after a year
        ("Wszystko jest ok. Rozmowy trwają.", ["Wszystko jest ok.", "Rozmowy trwają."]),
        ("Everything is OK. The talks go on.", ["Everything is OK.", "The talks go on."]),
        ("He said no. The others agreed.", ["He said no.", "The others agreed."]),
        ("Билет стоил 100 р. Это дорого.", ["Билет стоил 100 р.", "Это дорого."]),
        # a list's end stays a sentence end
        (
            "Обсудили торговлю, энергетику и т.д. Затем подписали соглашение.",
            ["Обсудили торговлю, энергетику и т.д.", "Затем подписали соглашение."],
        ),
    ],
)
def test_abbreviations_that_go_on_only_in_their_context(text, sentences):
    assert [text[a:b] for a, b in sentence_spans(text)] == sentences
