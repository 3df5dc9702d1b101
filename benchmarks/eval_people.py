"""People F1 and role accuracy on NEREL, document level, people matched by surname.

Gold people: NEREL's PERSON entities of one document, grouped into people: a mention of one
word that matches a word of a longer mention (``Обамы`` in ``Барак Обама``) joins that person,
as does a longer mention sharing a word with it and adding no word where it has one of its own
(``А.В. Дворкович``, ``Аркадий Дворкович``), and a first name and patronymic without a surname
(``Дмитрий Анатольевич``) joins the one person of the document with that first name and a surname,
as ``extract_people`` links them; the others are people of their own. A person's surname is the last word of its longest
mention, or its first when that mention is written surname first (``Соловьев Александр
Васильевич``: ``Соловьев``). A person found by ``extract_people`` matches a gold person of the same document when
the last word of its name matches the gold surname (or, for a one-word gold person, that word);
two words match when they share all but at most two letters at their ends (``Обамы``/``Обама``).
Each gold person is matched at most once.

Roles: a gold person has a role when a WORKS_AS relation ties one of its mentions to a
PROFESSION entity. Role accuracy is the share of those people who are found with a role that
matches one of their professions: the role span overlaps the profession's span, or every word
of the profession matches a word of the role text. The test split is left out unless asked
for (``--splits test``): it is kept for release figures.

    python -m benchmarks.eval_people --nerel /path/to/NEREL [--splits train dev] [--details]
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import nerel as nerel_corpus
from flows.text.people import extract_people

_WORD_RE = re.compile(r"[A-Za-zА-Яа-яЁё]+(?:-[A-Za-zА-Яа-яЁё]+)*")


def _patronymic(word: str) -> bool:
    """Whether pymorphy3 reads ``word`` first as a patronymic (``васильевича``, not ``янукович``)."""
    from flows.text.morph import analyzer

    return "Patr" in analyzer().parse(word)[0].tag


def _words(text: str) -> list[str]:
    return [w.lower().replace("ё", "е") for w in _WORD_RE.findall(text)]


# Case endings a name of two letters takes (``ын``/``ына``, ``ли``/``лия``): the one way a word so
# short may differ from another form of it.
_SHORT_WORD_ENDINGS = frozenset({"а", "я", "у", "ю", "е", "ы", "и", "ом", "ем", "ой", "ей"})
# The endings of an adjectival surname (``Тонкий``, ``Тонкого``, ``Белая``, ``Белой``): two forms
# with a common stem and two of these endings are one name, even where they differ in three letters.
_ADJECTIVE_ENDINGS = frozenset(
    {"ий", "ый", "ой", "ого", "его", "ому", "ему", "им", "ым", "ем", "ом", "ая", "яя", "ей", "ую", "юю"}
)


def same_word(a: str, b: str) -> bool:
    """Whether two lowercased word forms are forms of one name: equal but for up to two letters
    at the end of each (``обамы``/``обама``, ``путиным``/``путин``), or three after a common
    start of five (``навальный``/``навальному``) or two adjectival endings after a start of three
    (``тонкий``/``тонкого``); a word under three letters only equal to the
    other or to it with a case ending (``ын``/``ына``, not ``ли``/``лу``); hyphenated words of
    as many parts part by part (``буша-младшего``/``буш-младший``,
    ``юркову-данелия``/``юркова-данелия``).

    Two defects of an earlier version are fixed here: a two-letter name (``Ким Чен Ын``) never
    matched its declined form (``Ким Чен Ына``), and a hyphenated surname was compared as one
    word, so that a declined first part with a long second part (``Буша-младшего``) never
    matched its nominative."""
    if a == b:
        return True
    if "-" in a and a.count("-") == b.count("-"):
        return all(same_word(x, y) for x, y in zip(a.split("-"), b.split("-"), strict=True))
    if min(len(a), len(b)) < 3:
        short, long = sorted((a, b), key=len)
        return len(short) == 2 and long.startswith(short) and long[2:] in _SHORT_WORD_ENDINGS
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    if n >= 5:  # adjectival surnames: "навальный"/"навальному"
        return len(a) - n <= 3 and len(b) - n <= 3
    if n >= 3 and a[n:] in _ADJECTIVE_ENDINGS and b[n:] in _ADJECTIVE_ENDINGS:
        return True  # a short adjectival stem: "тонкий"/"тонкого", "белая"/"белой"
    return n >= 3 and len(a) - n <= 2 and len(b) - n <= 2


def _same_person(a: list[str], b: list[str]) -> bool:
    """Whether two names of several words name one person: they share a word of three letters
    or more, and not both have such a word the other lacks (``А В Дворкович`` and ``Аркадий
    Дворкович``, ``Суркова Владислава Юрьевича`` and ``Владислав Юрьевич Сурков`` are one person;
    ``Суркова Зоя Антоновна`` is another)."""
    long_a = [w for w in a if len(w) >= 3]
    long_b = [w for w in b if len(w) >= 3]
    if not any(same_word(x, y) for x in long_a for y in long_b):
        return False
    only_a = [x for x in long_a if not any(same_word(x, y) for y in long_b)]
    only_b = [y for y in long_b if not any(same_word(x, y) for x in long_a)]
    return not (only_a and only_b)


@dataclass
class GoldPerson:
    words: list[str]  # of the longest mention
    spans: list[tuple[int, int]] = field(default_factory=list)
    professions: list[tuple[int, int, str]] = field(default_factory=list)

    @property
    def surname(self) -> str:
        """The last word of the longest mention, or its first when it is written surname, first
        name, patronymic (``Соловьев Александр Васильевич`` -> ``соловьев``)."""
        if len(self.words) == 3 and _patronymic(self.words[-1]) and not _patronymic(self.words[1]):
            return self.words[0]
        return self.words[-1]


def gold_people(ann: str, text: str) -> list[GoldPerson]:
    """The people of one ``.ann`` file, with the professions WORKS_AS ties to them. A mention in
    brackets right after another (``Дэвиду Саутеру (David Souter)``) is the same person."""
    ents: dict[str, tuple[str, int, int, str]] = {}
    rels: list[tuple[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            label, _, offsets = parts[1].partition(" ")
            if ";" in offsets:
                continue
            start, end = (int(x) for x in offsets.split())
            ents[parts[0]] = (label, start, end, parts[2])
        elif line.startswith("R") and len(parts) >= 2:
            kind, *args = parts[1].split()
            if kind == "WORKS_AS" and len(args) == 2:
                rels.append((args[0].partition(":")[2], args[1].partition(":")[2]))
    mentions = [(tid, e) for tid, e in ents.items() if e[0] == "PERSON" and _words(e[3])]
    ends = {e[2]: tid for tid, e in mentions}
    alias_of: dict[str, str] = {}
    for tid, (_, start, _end, _s) in mentions:
        before = text[max(0, start - 4) : start]
        if "(" in before:
            prev_end = start - len(before) + before.index("(")
            prev = ends.get(prev_end) or ends.get(prev_end - 1)
            if prev is not None and prev != tid:
                alias_of[tid] = prev
    mentions.sort(key=lambda m: -len(_words(m[1][3])))
    people: list[GoldPerson] = []
    owner: dict[str, GoldPerson] = {}
    aliases = [m for m in mentions if m[0] in alias_of]
    mentions = [m for m in mentions if m[0] not in alias_of]
    for tid, (_, start, end, surface) in mentions:
        words = _words(surface)
        person = None
        for p in people:
            if len(words) == 1 and any(same_word(words[0], w) for w in p.words):
                person = p
                break
            if len(words) > 1 and _same_person(words, p.words):
                person = p
                break
        if person is None:
            person = GoldPerson(words)
            people.append(person)
        person.spans.append((start, end))
        owner[tid] = person
    # a first name and patronymic without a surname ("Дмитрий Анатольевич") is the one person of
    # the document with that first name and a surname, the way the press names someone it named
    # in full before (two or none such: a person of its own)
    for p in list(people):
        if len(p.words) != 2 or not _patronymic(p.words[1]):
            continue
        full = [
            q
            for q in people
            if q is not p
            and len(q.words) >= 2
            and same_word(q.words[0], p.words[0])
            and not _patronymic(q.words[-1])
        ]
        if len(full) == 1:
            full[0].spans.extend(p.spans)
            for tid, person in owner.items():
                if person is p:
                    owner[tid] = full[0]
            people.remove(p)
    for tid, (_, start, end, _s) in aliases:
        target = owner.get(alias_of[tid])
        if target is not None:
            target.spans.append((start, end))
            owner[tid] = target
    for a, b in rels:
        if a in owner and b in ents and ents[b][0] == "PROFESSION":
            _, s, e, surface = ents[b]
            owner[a].professions.append((s, e, surface))
    return people


def role_matches(person: GoldPerson, role: str | None, start: int | None, end: int | None) -> bool:
    if role is None or start is None or end is None:
        return False
    role_words = _words(role)
    for s, e, surface in person.professions:
        if s < end and start < e:
            return True
        if all(any(same_word(w, r) for r in role_words) for w in _words(surface)):
            return True
    return False


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    matched: int = 0
    gold_roles: int = 0
    right_roles: int = 0
    seconds: float = 0.0
    chars: int = 0
    docs: int = 0

    def f1(self) -> tuple[float, float, float]:
        p = self.matched / self.found if self.found else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate_split(nerel: Path, split: str, details: bool) -> Tally:
    t = Tally()
    for name, text, ann in nerel_corpus.documents(nerel, split):
        gold = gold_people(ann, text)
        t0 = time.perf_counter()
        found = extract_people(text)
        t.seconds += time.perf_counter() - t0
        t.chars += len(text)
        t.docs += 1
        t.gold += len(gold)
        t.found += len(found)
        t.gold_roles += sum(1 for g in gold if g.professions)
        free = list(gold)
        for p in found:
            last = _words(p.name)[-1:] or [""]
            hit = next((g for g in free if same_word(last[0], g.surname)), None)
            if hit is None:
                if details:
                    print(f"  extra {split}/{name}: {p.name!r} ({p.name_as_written!r})", file=sys.stderr)
                continue
            free.remove(hit)
            t.matched += 1
            if hit.professions:
                if role_matches(hit, p.role, p.role_start, p.role_end):
                    t.right_roles += 1
                elif details:
                    gold_roles = [s for _, _, s in hit.professions]
                    print(f"  role {split}/{name}: {p.name!r} {p.role!r} gold {gold_roles}", file=sys.stderr)
        if details:
            for g in free:
                s, e = g.spans[0]
                context = text[max(0, s - 50) : e + 30].replace("\n", " ")
                roles = [s for _, _, s in g.professions]
                print(f"  miss {split}/{name}: {' '.join(g.words)!r} {roles} | …{context}…", file=sys.stderr)
        if details:
            for g in gold:
                if g.professions and g in free:
                    pass
    return t


def natasha_people(spans: list[list[object]]) -> list[str]:
    """natasha's PER spans of one text grouped into people like the gold: a span of one word
    that matches a word of a longer one joins it, as does a longer one sharing a word with it
    and adding none of its own; each person is named by its longest span."""
    people: list[list[str]] = []
    for surface in sorted((str(s[0]) for s in spans), key=lambda x: -len(_words(x))):
        words = _words(surface)
        if not words:
            continue
        for p in people:
            if (len(words) == 1 and any(same_word(words[0], w) for w in p)) or (
                len(words) > 1 and _same_person(words, p)
            ):
                break
        else:
            people.append(words)
    return [" ".join(p) for p in people]


def evaluate_natasha(nerel: Path, split: str, python: str) -> tuple[Tally, float]:
    """natasha's people F1 on a split, scored like Dyad's (no roles), and its NER seconds."""
    import json
    import subprocess
    import tempfile

    docs = list(nerel_corpus.documents(nerel, split))
    with tempfile.TemporaryDirectory() as tmp:
        for name, text, _ann in docs:
            (Path(tmp) / f"{name}.txt").write_text(text, encoding="utf-8")
        script = Path(__file__).with_name("peer_natasha_people.py")
        out = subprocess.run([python, str(script), tmp], check=True, capture_output=True, text=True)
    result = json.loads(out.stdout)
    t = Tally()
    for name, text, ann in docs:
        gold = gold_people(ann, text)
        found = natasha_people(result["people"].get(name, []))
        t.docs += 1
        t.chars += len(text)
        t.gold += len(gold)
        t.found += len(found)
        free = list(gold)
        for p in found:
            last = _words(p)[-1]
            hit = next((g for g in free if same_word(last, g.surname)), None)
            if hit is not None:
                free.remove(hit)
                t.matched += 1
    t.seconds = result["cpu_seconds"]
    return t, result["seconds"]


def main(argv: list[str] | None = None) -> int:
    ap = nerel_corpus.argument_parser(__doc__, "misses, extras and wrong roles")
    ap.add_argument("--natasha", metavar="PYTHON", help="also score natasha's NER, run with this Python")
    args = ap.parse_args(argv)
    print("| split | gold people | found | precision | recall | F1 | people with a role | role accuracy |")
    print("|---|---|---|---|---|---|---|---|")
    for split in args.splits:
        t = evaluate_split(args.nerel, split, args.details)
        p, r, f = t.f1()
        acc = t.right_roles / t.gold_roles if t.gold_roles else float("nan")
        print(
            f"| NEREL {split} | {t.gold} | {t.found} | {p:.3f} | {r:.3f} | {f:.3f} | {t.gold_roles} | {acc:.3f} |"
        )
        print(
            f"extract_people: {t.docs / t.seconds:.0f} docs/s, {t.chars / t.seconds / 1000:.0f} kchar/s",
            file=sys.stderr,
        )
        if args.natasha:
            n, _wall = evaluate_natasha(args.nerel, split, args.natasha)
            p, r, f = n.f1()
            print(f"| natasha NER, {split} | {n.gold} | {n.found} | {p:.3f} | {r:.3f} | {f:.3f} | | |")
            print(
                f"  CPU seconds per document: extract_people {t.seconds / t.docs * 1000:.2f} ms, "
                f"natasha NER {n.seconds / n.docs * 1000:.2f} ms ({n.seconds / t.seconds:.1f}x)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
