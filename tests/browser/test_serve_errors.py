"""`timeline serve` in Chromium: a broken save shows its problems over the page, a fix clears them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_site_cli import BROKEN_EVENTS, Preview, _save
from test_site_support import event, write_content

pytestmark = pytest.mark.browser


def test_a_broken_build_shows_an_overlay_that_the_next_good_build_clears(tmp_path: Path, watched: Any,
                                                                         artifacts: Path) -> None:
    content = write_content(tmp_path, [event("a", "2025", "Alpha")])
    events = content / "events" / "events.yaml"
    preview = Preview(content, tmp_path / "site")
    try:
        origin = f"http://127.0.0.1:{preview.port}"
        w = watched(f"{origin}/", viewport={"width": 1000, "height": 700})
        page = w.page
        assert page.locator("#timeline-build-errors").count() == 0
        _save(events, BROKEN_EVENTS)
        overlay = page.wait_for_selector("#timeline-build-errors", state="visible", timeout=20000)
        assert overlay is not None
        text = overlay.inner_text()
        assert "Build failed: 2 problems" in text
        assert f"{events}:4:3: unknown key '<img src=x onerror=alert(1)>'" in text  # shown as text
        assert f"{events}:6:9: date: impossible date '2026-02-30'" in text
        assert page.locator("#timeline-build-errors img").count() == 0 and not w.dialogs
        assert overlay.get_attribute("role") == "alert"
        box = overlay.bounding_box()
        assert box == {"x": 0, "y": 0, "width": 1000, "height": 700}  # over the page, whatever its CSS
        assert "Alpha" in page.content()  # the last good site stays under it
        page.screenshot(path=str(artifacts / "serve-build-error.png"))
        _save(events, "- id: a\n  date: 2025\n  title: Gamma\n")
        page.wait_for_selector("#timeline-build-errors", state="detached", timeout=20000)
        page.wait_for_selector("text=Gamma", timeout=20000)
        assert not w.errors, w.errors
        assert all(u.startswith(origin) for u in w.requests), w.requests
    finally:
        preview.close()
