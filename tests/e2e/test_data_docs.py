"""Data Docs pages pointed at the vendored assets (flows/data_docs.py); the pages drawn in
Chromium with the network blocked: tests/e2e/test_report_browser.py."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from flows.data_docs import ASSETS, VENDOR_DIR, localize_data_docs, remote_assets

# Found without importing great_expectations (seconds of start-up).
GX_TEMPLATES = (
    Path(importlib.util.find_spec("great_expectations").submodule_search_locations[0])
    / "render"
    / "view"
    / "templates"
)


def _template_assets() -> set[str]:
    """Remote URLs that GX's page templates load in script, link and img tags."""
    urls: set[str] = set()
    for t in GX_TEMPLATES.glob("*.j2"):
        for tag in re.findall(r"<(?:script|link|img)\b[^>]*>", t.read_text(encoding="utf-8")):
            urls.update(re.findall(r"""(?:src|href)=["'](https?://[^"'{]+)["']""", tag))
    return urls


def test_every_remote_asset_of_the_installed_gx_templates_is_vendored() -> None:
    found = _template_assets()
    assert len(found) >= 10  # the templates still look as they did when ASSETS was written
    assert found <= set(ASSETS), sorted(found - set(ASSETS))


def test_vendored_files_exist_with_their_license() -> None:
    for rel in set(ASSETS.values()):
        path = VENDOR_DIR / rel
        assert path.is_file() and path.stat().st_size > 100, rel
        package = VENDOR_DIR / rel.split("/", 1)[0]
        assert any(package.glob("LICENSE*")), package


def _page(head_urls: list[str], logo: str) -> str:
    tags = "\n".join(
        f'<script src="{u}" integrity="sha384-x" crossorigin="anonymous"></script>'
        if not u.endswith("css")
        else f'<link rel="stylesheet" href="{u}"/>'
        for u in head_urls
    )
    return (
        f"<html><head>{tags}</head><body>"
        f'<a href="https://greatexpectations.io">GX</a>'
        f'<img\n  class="NO-CACHE"\n  src="{logo}"\n  alt="Great Expectations"\n/>'
        "</body></html>"
    )


@pytest.mark.parametrize("depth", [0, 1, 4])
def test_pages_at_any_depth_point_at_local_files(tmp_path: Path, depth: int) -> None:
    site = tmp_path / "site"
    (site / "static" / "images").mkdir(parents=True)
    (site / "static" / "images" / "logo-long.png").write_bytes(b"png")
    page = site.joinpath(*[f"d{i}" for i in range(depth)], "page.html")
    page.parent.mkdir(parents=True, exist_ok=True)
    logo = (
        "https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/logo-long.png"
        "?d=20261130T000000.000000Z&amp;dataContextId=4c747dad"
    )
    page.write_text(_page(sorted(ASSETS), logo), encoding="utf-8")

    assert localize_data_docs(site) == {}
    html = page.read_text(encoding="utf-8")
    assert remote_assets(html) == []
    assert "integrity" not in html and "crossorigin" not in html
    assert 'href="https://greatexpectations.io"' in html  # a link is not a request
    for url in re.findall(r'(?:src|href)="([^"]+)"', html):
        if url.startswith("https://greatexpectations.io"):
            continue
        assert (page.parent / url).resolve().is_file(), url
    assert localize_data_docs(site) == {}  # a second pass changes nothing
    assert page.read_text(encoding="utf-8") == html


def test_unknown_remote_assets_are_reported(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(
        '<script src="https://cdn.example.org/new.js"></script><img src="//cdn.example.org/x.png">',
        encoding="utf-8",
    )
    assert localize_data_docs(site) == {
        "index.html": ["https://cdn.example.org/new.js", "//cdn.example.org/x.png"]
    }


def test_missing_site_is_left_alone(tmp_path: Path) -> None:
    assert localize_data_docs(tmp_path / "none") == {}
    assert not (tmp_path / "none").exists()
