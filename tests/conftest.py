"""Fixtures shared by the whole suite.

The headless Chromium lives here, once: Playwright's sync API allows one running
instance per thread, so a second session-scoped ``browser`` fixture in another
folder's conftest fails with "using Playwright Sync API inside the asyncio loop"
as soon as both folders run in one pytest session.

With CI set to anything (CI=true, CI=1, CI=yes: runners spell it differently) a
missing browser fails the run instead of skipping it, so a green CI always means
the pages were really exercised in a browser.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# the round tables' shared runner asserts for them: show its diffs as a test module's would
pytest.register_assert_rewrite("tagger_round_support")

CHROMIUM = os.environ.get("TIMELINE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def browser_unavailable(reason: str) -> None:
    """Fail under CI (the tests must run there), skip with the reason elsewhere."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set: browser tests must run)")
    pytest.skip(reason)


@pytest.fixture
def runner() -> Any:
    """click's CliRunner with stderr apart from stdout, for the commands' tests."""
    from click.testing import CliRunner

    try:
        return CliRunner(mix_stderr=False)  # click < 8.2
    except TypeError:
        return CliRunner()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole session (starting it costs about a second)."""
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        browser_unavailable(f"Chromium not found at {CHROMIUM}; install Debian's chromium package")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        browser_unavailable("playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()
