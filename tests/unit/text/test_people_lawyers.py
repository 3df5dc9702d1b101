"""Lawyers and notaries practise a profession, not a post of a state (kind ``legal``); courts and
prosecutors are the state's (``judiciary``), in every language read."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("На вопросы читателей отвечает юрист Ирина Соколова.", "legal"),
        ("Адвокат Павел Смирнов обжаловал приговор.", "legal"),
        ("Юристка Оксана Левченко пояснила, які документи потрібні для оренди житла у Польщі.", "legal"),
        ("Адвакат Алена Навумава растлумачыла новыя правілы для мігрантаў і іх сем'яў.", "legal"),
        ("Prawnik Tomasz Zieliński wyjaśnił przepisy.", "legal"),
        ("Lawyer Susan Grant said the contract was void.", "legal"),
        ("Прокурор Игорь Краснов потребовал арестовать обвиняемого.", "judiciary"),
        ("Attorney General Pam Bondi said the case was closed.", "judiciary"),
    ],
)
def test_lawyers_practise_prosecutors_hold_a_post(text: str, kind: str) -> None:
    (person,) = extract_people(text)
    assert person.role_kind == kind
