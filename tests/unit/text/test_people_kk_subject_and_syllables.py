"""Kazakh names whose last word ends as an accusative would (``-ды``, ``-ты``, ``-ны``): in the
phrase that opens the sentence, the subject's, in the nominative, the ending is the name's own
(``Алматы әкімі Дархан Сатыбалды``); elsewhere, and where what is left is shaped like a surname,
the ending is taken off (``Бектеновті``). An East-Asian surname of one letter right after a role
head starts a name (``мэрі Е Дунсунмен``); a mayor is a role of the Kazakh lexicon."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.role, p.role_kind) for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Алматы әкімі Дархан Сатыбалды Пекин қаласының мэрі Е Дунсунмен кездесті.",
            [("Дархан Сатыбалды", "әкімі", "regional_head"), ("Е Дунсун", "мэрі", "mayor")],
        ),
        (
            "Облыс әкімі Ерлан Жақсыбалды жиын өткізді. Жиынға аудан әкімдері қатысты.",
            [("Ерлан Жақсыбалды", "әкімі", "regional_head")],
        ),
        # the object of a verb, its surname shaped so: the ending taken off
        (
            "Мемлекет басшысы Ақордада Премьер-министрі Олжас Бектеновті қабылдады.",
            [("Олжас Бектенов", "премьер-министрі", "head_of_government")],
        ),
        (
            "Президент Қасым-Жомарт Тоқаев Ресей Президенті Владимир Путинді қабылдады.",
            [
                ("Қасым-Жомарт Тоқаев", "президент", "head_of_state"),
                ("Владимир Путин", "президенті", "head_of_state"),
            ],
        ),
        (
            "Қазақстан Сыртқы істер министрі Мұрат Нұртілеу Шанхай қаласының мэрі Гун Чжэнмен кездесті.",
            [("Мұрат Нұртілеу", "сыртқы істер министрі", "minister"), ("Гун Чжэн", "мэрі", "mayor")],
        ),
    ],
)
def test_kazakh_subject_names_and_syllable_surnames(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(text) == expected
