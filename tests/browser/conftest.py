"""Headless Chromium for the browser tests (Debian's /usr/bin/chromium via Playwright).

With CI=true a missing browser fails the run instead of skipping it, so a green
CI always means the pages were really exercised in a browser.
"""

from __future__ import annotations

from pathlib import Path

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
