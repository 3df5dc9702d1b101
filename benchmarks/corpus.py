"""Deterministic corpus of scraped-article files for the throughput benchmarks.

Each file is shaped like one of the sample pages in ``shared/seeds``: a scraper header line
(news.by), a portal page with chrome and a date line above the title (BelTA), or a date line,
title and breadcrumb (eurasia.expert). The body has 5-12 paragraphs drawn from the bodies of the
seed articles and from the factRuEval-2016 devset texts, with every number re-drawn, so no two
files have the same body. Some pages end with an agency end marker, page furniture or a
comments block with sidebar lines, as real scraped pages do.

The source texts are read from the ``--shared`` directory at generation time; nothing of them
is stored in the project. Output goes wherever the caller asks (a scratch directory).

    python -m benchmarks.corpus N OUT_DIR --shared ../shared [--seed 0]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from flows.text.article import DATELINE_RE, END_MARKERS_RE, parse_scraped_text
from flows.text.vocab import MONTHS

MIN_PARAGRAPHS, MAX_PARAGRAPHS = 5, 12
MIN_PARAGRAPH_WORDS = 8

MONTHS_GENITIVE = tuple(m.genitive for m in MONTHS)
WEEKDAYS = ("Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье")

# (nominative, genitive) of the countries the titles talk about.
COUNTRIES = (
    ("Беларусь", "Беларуси"),
    ("Россия", "России"),
    ("Казахстан", "Казахстана"),
    ("Китай", "Китая"),
    ("Узбекистан", "Узбекистана"),
    ("Армения", "Армении"),
    ("Кыргызстан", "Кыргызстана"),
    ("Вьетнам", "Вьетнама"),
    ("Индия", "Индии"),
    ("Турция", "Турции"),
    ("Сербия", "Сербии"),
    ("Иран", "Ирана"),
    ("Египет", "Египта"),
    ("Монголия", "Монголии"),
)
TOPICS = (
    "торгово-экономического сотрудничества",
    "межрегиональных связей",
    "промышленной кооперации",
    "взаимной торговли",
    "гуманитарных контактов",
    "сотрудничества в сфере образования",
    "транспортно-логистических проектов",
    "поставок сельхозпродукции",
)
SPEAKERS = ("Алейник", "Лукашевич", "Крутой", "Кочанова", "Рыженков", "Снопков", "Петришенко")
CITIES = ("Краснодаре", "Казани", "Алматы", "Шанхае", "Ташкенте", "Новосибирске", "Ереване", "Бресте")
TITLE_TEMPLATES = (
    "{a} и {b} обсудили развитие {topic}",
    "{speaker}: взаимодействие {a_gen} и {b_gen} носит многогранный характер",
    "{a} и {b} укрепляют сотрудничество через межрегиональные связи",
    "В {city} откроется отделение посольства {a_gen}",
    "Товарооборот {a_gen} и {b_gen} вырос по итогам года",
    "{a} рассчитывает на расширение {topic} с {b_instr}",
    "Делегация {a_gen} посетила {b_acc} для обсуждения {topic}",
)
# Instrumental and accusative for the two templates that need them.
INSTRUMENTAL = {
    "Беларусь": "Беларусью",
    "Россия": "Россией",
    "Китай": "Китаем",
    "Индия": "Индией",
    "Турция": "Турцией",
    "Сербия": "Сербией",
    "Армения": "Арменией",
    "Монголия": "Монголией",
}
ACCUSATIVE = {"Беларусь": "Беларусь", "Россия": "Россию", "Индия": "Индию", "Турция": "Турцию"}

PORTALS = ("ГОСОРГАНЫ", "ЭКОНОМИКА", "ОБЩЕСТВО", "ПОЛИТИКА", "РЕГИОНЫ")
RUBRICS = ("Общество", "Политика", "Экономика", "Регионы", "В мире")
WEATHER_PLACES = ("Минск-Уручье", "Минск-Центр", "Гомель", "Брест", "Витебск")
WEATHER = ("Сплошная облачность", "Небольшой дождь", "Ясно", "Переменная облачность", "Снег")
SITES = ("news.by", "belta.by", "sb.by", "eurasia.expert", "minsknews.by")
PHOTO_CREDITS = ("Фото Сергея Шелега", "Фото из архива", "Фото: пресс-служба")

_NUMBER_RE = re.compile(r"\d+")
_TIME_RE = re.compile(r"(?<!\d)([0-2]?\d):([0-5]\d)(?!\d)")
_MONTH_AFTER_RE = re.compile(r"\s+(?:" + "|".join(MONTHS_GENITIVE) + r")\b")
_AGENCY_END_RE = re.compile(r"\s*-0-\s*$")
_WORD_RE = re.compile(r"\w+")


# --------------------------------------------------------------------------- source paragraphs


@dataclass(frozen=True)
class Pools:
    seed: list[str]  # body paragraphs of the seed articles (facts, people, country pairs)
    other: list[str]  # paragraphs of the factRuEval texts


def _usable(paragraph: str) -> bool:
    """A paragraph that reads as body text and does not itself look like page furniture."""
    return (
        len(_WORD_RE.findall(paragraph)) >= MIN_PARAGRAPH_WORDS
        and END_MARKERS_RE.match(paragraph) is None
        and not paragraph.startswith("/")
    )


def load_pools(shared: Path) -> Pools:
    """Paragraphs of the seed article bodies and of the factRuEval devset texts under ``shared``."""
    seed_files = sorted((shared / "seeds").glob("*.txt"))
    devset_files = sorted((shared / "factrueval-dev").glob("*.txt"))
    if not seed_files or not devset_files:
        raise FileNotFoundError(f"{shared}: expected seeds/*.txt and factrueval-dev/*.txt")
    seed: list[str] = []
    for f in seed_files:
        text = f.read_text(encoding="utf-8")
        meta = parse_scraped_text(text)
        body = _AGENCY_END_RE.sub("", text[meta.body_start : meta.body_end])
        dateline = DATELINE_RE.match(body)  # pages of the agency layout get a dateline of their own
        if dateline:
            body = body[dateline.end() :].lstrip(". ")
        seed += [p.strip() for p in body.split("\n") if _usable(p.strip())]
    other: list[str] = []
    for f in devset_files:
        text = f.read_text(encoding="utf-8").replace("\r\n", "\n")
        other += [" ".join(p.split()) for p in text.split("\n\n") if _usable(" ".join(p.split()))]
    return Pools(seed, other)


# --------------------------------------------------------------------------- number re-drawing


def redraw_numbers(text: str, rng: random.Random) -> str:
    """Every number of ``text`` replaced by a random one of the same shape: years stay plausible
    years, days before a month name stay days, times stay times, other numbers keep their digit
    count (and a leading non-zero digit)."""
    text = _TIME_RE.sub(lambda m: f"{rng.randrange(24):0{len(m[1])}d}:{rng.randrange(60):02d}", text)

    def number(m: re.Match[str]) -> str:
        s = m.group()
        prev = text[m.start() - 1] if m.start() else ""
        nxt = text[m.end()] if m.end() < len(text) else ""
        if prev == ":" or nxt == ":":  # part of a time, already re-drawn
            return s
        if len(s) == 4 and s[:2] in ("19", "20"):
            return str(rng.randint(1995, 2025))
        if len(s) <= 2 and _MONTH_AFTER_RE.match(text, m.end()):
            return str(rng.randint(1, 28))
        if len(s) == 1:
            return str(rng.randint(1, 9)) if s != "0" else s
        return str(rng.randint(1, 9)) + "".join(str(rng.randrange(10)) for _ in s[1:])

    return _NUMBER_RE.sub(number, text)


# --------------------------------------------------------------------------- page layouts


def _title(rng: random.Random) -> str:
    (a, a_gen), (b, b_gen) = rng.sample(COUNTRIES, 2)
    template = rng.choice(TITLE_TEMPLATES)
    if "{b_instr}" in template and b not in INSTRUMENTAL:
        template = TITLE_TEMPLATES[0]
    if "{b_acc}" in template and b not in ACCUSATIVE:
        template = TITLE_TEMPLATES[2]
    return template.format(
        a=a,
        b=b,
        a_gen=a_gen,
        b_gen=b_gen,
        b_instr=INSTRUMENTAL.get(b, ""),
        b_acc=ACCUSATIVE.get(b, ""),
        topic=rng.choice(TOPICS),
        speaker=rng.choice(SPEAKERS),
        city=rng.choice(CITIES),
    )


def _russian_date(d: date) -> str:
    return f"{d.day} {MONTHS_GENITIVE[d.month - 1]} {d.year}"


def _image_urls(rng: random.Random, site: str) -> str:
    key = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    sizes = ((480, "sm"), (768, "md"), (1280, "lg"), (1920, "xl"))
    return ", ".join(
        f"https://media.{site}/assets/{key[:8]}-{key[8:12]}-{key[12:16]}/conversions/{key}-{tag}-___webp_{w}.webp {w}w"
        for w, tag in sizes
    )


def _sidebar(rng: random.Random, pools: Pools, published: date) -> list[str]:
    other_day = published - timedelta(days=rng.randint(1, 60))
    lines = [
        "Комментарии",
        f"{other_day.day} {MONTHS_GENITIVE[other_day.month - 1]}",
        "РЕДАКТОРСКАЯ КОЛОНКА",
        "",
        _title(rng) + ".",
        "",
        "Цифра недели",
        "",
        f"{rng.randint(1, 99)},{rng.randint(1, 9)}%",
        "",
    ]
    if rng.random() < 0.5:
        lines.append(redraw_numbers(rng.choice(pools.other), rng))
    return lines


def _page(rng: random.Random, pools: Pools, paragraphs: list[str]) -> str:
    published = date(2015, 1, 1) + timedelta(days=rng.randrange(11 * 365))
    title = _title(rng)
    layout = rng.choice(("header", "agency", "portal"))
    if layout == "header":  # news.by: scraper header line, blank-line paragraphs
        site = rng.choice(SITES)
        head = [f" date {published.isoformat()} {title} {site} {_image_urls(rng, site)}", ""]
        body = "\n\n".join(paragraphs)
        tail = ["", *_sidebar(rng, pools, published)] if rng.random() < 0.3 else []
    elif layout == "agency":  # BelTA: portal chrome, date line, title, dateline, "-0-"
        today = published + timedelta(days=rng.randint(0, 20))
        portal = rng.choice(PORTALS)
        head = [
            portal + portal,
            f"Флаг {WEEKDAYS[today.weekday()]}, {_russian_date(today)}",
            f"{rng.choice(WEATHER_PLACES)} {rng.choice(WEATHER)} {rng.randint(-15, 30):+d}°C",
            "Все новости",
            "Все новости",
            rng.choice(RUBRICS),
            f"{_russian_date(published)}, {rng.randrange(24):02d}:{rng.randrange(60):02d}",
            "",
            title,
            "",
        ]
        if rng.random() < 0.7:
            place = rng.choice(("Минск", "Гродно", "Могилев", "Москва"))
            paragraphs = [
                f"{published.day} {MONTHS_GENITIVE[published.month - 1]}, {place} /Корр. БЕЛТА/. "
                + paragraphs[0],
                *paragraphs[1:],
            ]
        body = "\n".join(paragraphs) + ("-0-" if rng.random() < 0.6 else "")
        tail = ["", rng.choice(PHOTO_CREDITS), f"Новости рубрики {rng.choice(RUBRICS)}", "Топ-новости"]
        if rng.random() < 0.5:
            tail.append("Свежие новости Беларуси")
    else:  # eurasia.expert: date line, title, breadcrumb, blank-line paragraphs, comments block
        stamp = f"{_russian_date(published)} г. {rng.randrange(24):02d}:{rng.randrange(60):02d}"
        head = [stamp, "", title, "", f"/ {title}", ""]
        body = "\n\n".join(paragraphs)
        tail = ["", "Читайте актуальные новости и аналитические статьи в Telegram-канале «Евразия.Эксперт»."]
        if rng.random() < 0.6:
            tail += ["", *_sidebar(rng, pools, published)]
    return "\n".join([*head, body, *tail]).rstrip("\n") + "\n"


def _body_key(paragraphs: list[str]) -> str:
    return hashlib.sha256(" ".join(" ".join(paragraphs).split()).encode("utf-8")).hexdigest()


def generate(n: int, out_dir: Path, shared: Path, seed: int = 0) -> list[Path]:
    """Write ``n`` article files into ``out_dir`` (created if needed); the same arguments always
    give the same files. Returns their paths in order."""
    pools = load_pools(shared)
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    paths: list[Path] = []
    while len(paths) < n:
        k = rng.randint(MIN_PARAGRAPHS, MAX_PARAGRAPHS)
        n_seed = min(k - 1, rng.randint(1, 3))
        chosen = rng.sample(pools.seed, n_seed) + rng.sample(pools.other, k - n_seed)
        rng.shuffle(chosen)
        paragraphs = [redraw_numbers(p, rng) for p in chosen]
        key = _body_key(paragraphs)
        if key in seen:
            continue
        seen.add(key)
        path = out_dir / f"{len(paths):05d}_{key[:12]}.txt"
        path.write_text(_page(rng, pools, paragraphs), encoding="utf-8")
        paths.append(path)
    return paths


def long_article(target_bytes: int, out_dir: Path, shared: Path, seed: int = 0) -> Path:
    """Write one article file whose body holds at least ``target_bytes`` bytes of UTF-8 text
    (news.by layout: a scraper header line, then blank-line paragraphs), for the long-article
    benchmark. Paragraphs are drawn as in ``generate`` (a third from the seed bodies, with their
    officials, facts and country pairs, the rest from the devset), every number re-drawn, so a
    long body names the same people and countries again and again, as a long report does. The
    same arguments always give the same file. Returns its path."""
    pools = load_pools(shared)
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    paragraphs: list[str] = []
    size = 0
    while size < target_bytes:
        pool = pools.seed if rng.random() < 1 / 3 else pools.other
        paragraph = redraw_numbers(rng.choice(pool), rng)
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2
    published = date(2015, 1, 1) + timedelta(days=rng.randrange(11 * 365))
    site = rng.choice(SITES)
    head = f" date {published.isoformat()} {_title(rng)} {site} {_image_urls(rng, site)}"
    path = out_dir / f"long_{target_bytes}_{seed}.txt"
    path.write_text(head + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="number of files")
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared/ directory")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    try:
        paths = generate(args.n, args.out_dir, args.shared, args.seed)
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 2
    total = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} files, {total / max(len(paths), 1) / 1024:.1f} KB on average, in {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
