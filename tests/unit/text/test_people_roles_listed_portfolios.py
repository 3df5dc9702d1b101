"""A role whose complement lists portfolios or regions with commas before the last two joined
(``по делам Европы, Северной Америки и заморских территорий``, ``gospodarki, handlu i przemysłu``)
is one role, written with its commas; places listed are capitalized on both sides of a comma."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_people(text)}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Соглашение подписал государственный министр по делам Европы, Северной Америки и заморских "
            "территорий Великобритании Стивен Доути.",
            "Стивен Доути",
            "государственный министр по делам Европы, Северной Америки и заморских территорий Великобритании",
        ),
        (
            "Делегацию принял специальный представитель по делам Ближнего Востока, Африки и Азии Анна Смит.",
            "Анна Смит",
            "специальный представитель по делам Ближнего Востока, Африки и Азии",
        ),
        (
            "Umowę podpisał wiceminister rolnictwa, leśnictwa, rybołówstwa i żywności Japonii Kenji Harada.",
            "Kenji Harada",
            "wiceminister rolnictwa, leśnictwa, rybołówstwa i żywności",
        ),
        (
            "Rozmawiał z ministrem edukacji, kultury i sportu Estonii Karlem Tammem.",
            "Karl Tamm",
            "minister edukacji, kultury i sportu",
        ),
    ],
)
def test_a_listed_complement_is_one_role(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # places listed before a role are no part of it
        ("В Москве, Казани и Уфе губернатор Иван Петров открыл выставки.", "Иван Петров", "губернатор"),
        ("W Gdańsku, Gdyni i Sopocie prezydent Jan Nowak otworzył wystawy.", "Jan Nowak", "prezydent"),
    ],
)
def test_places_listed_before_a_role_stay_outside_it(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role
