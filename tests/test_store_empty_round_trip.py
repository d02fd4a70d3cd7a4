"""A file whose every event was deleted by hand ("[]" under its header comments) is written back as it reads.

Found by tests/test_store_properties.py: a person deletes every event, and the file is read and written again
through the round-trip writer (as an editor plug-in or a later merge does); ruamel's emitter raised IndexError on
the empty root list it had read in flow style.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from timeline.model import Event, SourceRef, When
from timeline.store import merge_events_file
from timeline.store.writer import _yaml, to_text

HEADER = "# Events extracted by `timeline extract`; edit freely.\n# a person's own note\n\n"


@pytest.mark.parametrize("text", ["[]\n", HEADER + "[]\n", "# one line\n[]\n"])
def test_an_emptied_events_file_is_written_back_unchanged(text: str) -> None:
    doc = _yaml().load(text)
    written = to_text(doc)
    assert written == text
    assert yaml.safe_load(written) == []


def test_an_emptied_file_then_takes_new_events_below_its_comments(tmp_path: Path) -> None:
    path = tmp_path / "events" / "article.yaml"
    path.parent.mkdir()
    path.write_text(HEADER + "[]\n", encoding="utf-8")
    event = Event(id="council-vote", when=When.parse("2026-02-27"), title="The council votes to close the bridge",
                  sources=(SourceRef(quote="The council voted on Friday to close the bridge."),))
    merge_events_file(path, [event])
    text = path.read_text(encoding="utf-8")
    assert text.startswith(HEADER)
    assert [e["id"] for e in yaml.safe_load(text)] == ["council-vote"]
    # written back through the round-trip writer once more, it stays as it is
    assert to_text(_yaml().load(text)) == text
