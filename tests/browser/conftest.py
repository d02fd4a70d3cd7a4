"""Headless Chromium for the browser tests (Debian's /usr/bin/chromium via Playwright).

With CI set to anything (CI=true, CI=1, CI=yes: runners spell it differently) a
missing browser fails the run instead of skipping it, so a green CI always means
the pages were really exercised in a browser.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from timeline.pipeline import build

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "site-example"
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("browser") / "site"
    build(FIXTURE, out)
    return out


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


class Watched:
    """A page with every console error, page error, dialog and request recorded."""

    def __init__(self, browser: Any, **options: Any) -> None:
        self.context = browser.new_context(**options)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watched(browser: Any) -> Any:
    pages: list[Watched] = []

    def open_(url: str, **options: Any) -> Watched:
        w = Watched(browser, **options)
        pages.append(w)
        w.page.goto(url)
        return w

    yield open_
    for w in pages:
        w.close()
