"""How widely an event was reported: its independent sources and first report, in the
model (timeline.salience) and in the site's events.json export."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from test_site_support import event, write_content

from timeline.model import Event, SourceRef, When
from timeline.pipeline import build
from timeline.salience import salience


def test_salience_counts_independent_publishers_and_the_first_report() -> None:
    e = Event(id="a", when=When.parse("2031-03-01"), title="Ferry hits quay", sources=(
        SourceRef(publisher="Coastal Wire", published="2031-03-02", quote="The ferry hit the quay."),
        SourceRef(publisher="coastal wire ", published="2031-03-01T18:00:00", quote="It hit the quay."),
        SourceRef(publisher="Harbour Times", published="2031-03-04", quote="The ferry crashed.")))
    reach = salience(e)
    assert reach.sources == 2 and reach.first_reported == dt.date(2031, 3, 1)


def test_events_json_carries_each_event_salience(tmp_path: Path) -> None:
    content = write_content(tmp_path, [
        event("crash", "2031-03-01", "Ferry hits quay", sources=[
            {"publisher": "Coastal Wire", "published": "2031-03-02", "quote": "The ferry hit the quay."},
            {"publisher": "Harbour Times", "published": "2031-03-01", "quote": "The ferry crashed."}]),
        event("notes", "2031-03-02", "Hand-written note")])
    build(content, tmp_path / "site")
    events = {e["id"]: e for e in json.loads((tmp_path / "site" / "events.json").read_text())["events"]}
    assert events["crash"]["salience"] == {"sources": 2, "first_reported": "2031-03-01"}
    assert events["notes"]["salience"] == {"sources": 0, "first_reported": None}
