"""Great Expectations Data Docs that open without a network.

GX 1.x writes its pages with jQuery, Bootstrap 4, bootstrap-table, bootstrap-datepicker,
bootstrap-dark, Font Awesome and Vega loaded from CDNs (unpkg, jsDelivr, cdnjs, code.jquery.com,
stackpath/maxcdn) and the logo from S3; without them the index page is blank (its table of
validations is drawn by bootstrap-table). Its templates cannot be overridden (the package's own
templates come first in its loader, ``custom_data_docs/views`` only adds new ones), so after
each build ``localize_data_docs`` copies the same files, vendored from their npm packages with
their licenses in ``VENDOR_DIR`` (see its README.md), to ``<site>/static/vendor/`` and points
every page at them by relative paths; the logo is GX's own copy in ``<site>/static/images/``.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

VENDOR_DIR = (
    Path(__file__).resolve().parents[1] / "expectations" / "gx" / "plugins" / "custom_data_docs" / "vendor"
)
SITE_VENDOR = Path("static") / "vendor"

# Every remote asset GX 1.x's templates reference (render/view/templates/*.j2) -> the file under
# VENDOR_DIR. The "@5"/"@6" Vega URLs resolve to the newest release of that major version: the
# one vendored. bootstrap-table's filter-control CSS is referenced as 1.19.0 in some templates,
# 1.19.1 elsewhere: both get the 1.19.1 file of the same package.
ASSETS: dict[str, str] = {
    "https://cdn.jsdelivr.net/npm/vega@5": "vega-5.33.1/vega.min.js",
    "https://cdn.jsdelivr.net/npm/vega-lite@5": "vega-lite-5.23.0/vega-lite.min.js",
    "https://cdn.jsdelivr.net/npm/vega-embed@6": "vega-embed-6.29.0/vega-embed.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.6.0/css/all.min.css": "fontawesome-free-6.6.0/css/all.min.css",
    "https://code.jquery.com/jquery-3.7.1.min.js": "jquery-3.7.1/jquery.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/umd/popper.min.js": "popper.js-1.12.9/umd/popper.min.js",
    "https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js": "bootstrap-4.3.1/js/bootstrap.min.js",
    "https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css": "bootstrap-4.3.1/css/bootstrap.min.css",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.js": "bootstrap-table-1.19.1/bootstrap-table.min.js",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.css": "bootstrap-table-1.19.1/bootstrap-table.min.css",
    **{
        f"https://unpkg.com/bootstrap-table@{v}/dist/extensions/filter-control/bootstrap-table-filter-control{ext}": (
            f"bootstrap-table-1.19.1/extensions/filter-control/bootstrap-table-filter-control.min.{ext.rsplit('.', 1)[1]}"
        )
        for v in ("1.19.0", "1.19.1")
        for ext in (".min.js", ".min.css", ".css")
    },
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/js/bootstrap-datepicker.min.js": (
        "bootstrap-datepicker-1.9.0/js/bootstrap-datepicker.min.js"
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/css/bootstrap-datepicker.min.css": (
        "bootstrap-datepicker-1.9.0/css/bootstrap-datepicker.min.css"
    ),
    "https://cdn.jsdelivr.net/npm/@forevolve/bootstrap-dark@1.1.0/dist/css/bootstrap-prefers-dark.css": (
        "bootstrap-dark-1.1.0/css/bootstrap-prefers-dark.min.css"
    ),
}
# GX's images on S3 (the logo in the top bar), with a cache-busting query: GX ships the same files.
_S3_IMAGE_RE = re.compile(
    r"https://great-expectations-web-assets\.s3\.[a-z0-9-]+\.amazonaws\.com/([\w.-]+)(?:\?[^\"'\s>]*)?"
)
# A tag that makes the browser fetch something: a script, a stylesheet or other link, an image.
_FETCHING_TAG_RE = re.compile(r"<(?:script|link|img)\b[^>]*>", re.IGNORECASE)
_URL_ATTR_RE = re.compile(r"""\b(src|href)\s*=\s*(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL)
_CROSS_ORIGIN_ATTRS_RE = re.compile(
    r"""\s+(?:integrity|crossorigin)\s*=\s*(["']).*?\1""", re.IGNORECASE | re.DOTALL
)


def _copy_vendor(site_dir: Path) -> None:
    target = site_dir / SITE_VENDOR
    for rel in sorted(set(ASSETS.values())):
        src = VENDOR_DIR / rel
        dst = target / rel
        if not dst.exists() or dst.stat().st_size != src.stat().st_size:
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dst)
    fonts = VENDOR_DIR / "fontawesome-free-6.6.0" / "webfonts"  # what all.min.css loads
    for src in fonts.iterdir():
        dst = target / "fontawesome-free-6.6.0" / "webfonts" / src.name
        if not dst.exists():
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dst)


def _localize_page(html: str, to_root: str, site_dir: Path) -> str:
    def tag(m: re.Match[str]) -> str:
        text = m.group()
        changed = False

        def attr(a: re.Match[str]) -> str:
            nonlocal changed
            url = a.group(3).replace("&amp;", "&")
            local: str | None = None
            if url in ASSETS:
                local = f"{to_root}{SITE_VENDOR.as_posix()}/{ASSETS[url]}"
            else:
                s3 = _S3_IMAGE_RE.fullmatch(url)
                if s3 and (site_dir / "static" / "images" / s3.group(1)).is_file():
                    local = f"{to_root}static/images/{s3.group(1)}"
            if local is None:
                return a.group()
            changed = True
            return f"{a.group(1)}={a.group(2)}{local}{a.group(2)}"

        text = _URL_ATTR_RE.sub(attr, text)
        # Subresource integrity and CORS mode are for cross-origin fetches: a local file has neither.
        return _CROSS_ORIGIN_ATTRS_RE.sub("", text) if changed else text

    return _FETCHING_TAG_RE.sub(tag, html)


def remote_assets(html: str) -> list[str]:
    """URLs of other hosts that the page's scripts, stylesheets, links and images would fetch."""
    out: list[str] = []
    for m in _FETCHING_TAG_RE.finditer(html):
        for a in _URL_ATTR_RE.finditer(m.group()):
            if re.match(r"(?:https?:)?//", a.group(3), re.IGNORECASE):
                out.append(a.group(3))
    return out


def localize_data_docs(site_dir: Path) -> dict[str, list[str]]:
    """Make the Data Docs site at ``site_dir`` load nothing from the network.

    Copies the vendored assets to ``<site_dir>/static/vendor/`` and rewrites every ``*.html``
    under ``site_dir`` in place (pages already rewritten are left as they are). Returns, per page
    (path relative to ``site_dir``), the remote asset URLs still left: ones this GX version's
    templates did not use when ``ASSETS`` was written. Empty when every page is self-contained.
    Nothing happens when ``site_dir`` does not exist.
    """
    if not site_dir.is_dir():
        return {}
    _copy_vendor(site_dir)
    left: dict[str, list[str]] = {}
    for page in sorted(site_dir.rglob("*.html")):
        if SITE_VENDOR in page.relative_to(site_dir).parents:
            continue
        html = page.read_text(encoding="utf-8")
        rel = os.path.relpath(site_dir, page.parent)
        to_root = "" if rel == "." else rel.replace(os.sep, "/") + "/"
        new = _localize_page(html, to_root, site_dir)
        if new != html:
            page.write_text(new, encoding="utf-8")
        remote = remote_assets(new)
        if remote:
            left[str(page.relative_to(site_dir))] = remote
    return left
