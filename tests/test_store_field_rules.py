"""Site config, front matter and events break a field's rule with the same words.

They are read by two checkers (nodes for site.yaml and front matter, plain values for events),
which share one set of field rules (timeline/store/fields.py): the same bad value must get the
same message, whichever file it is in.
"""

from __future__ import annotations

import pytest

from timeline.store.events import parse_events
from timeline.store.frontmatter import parse_front_matter
from timeline.store.yamlfile import YamlText

BAD_VALUES = [
    ("javascript:alert(1)", "url: "),
    ("[a, b]", "must be text, not a list"),
    ("{a: b}", "must be text, not a mapping"),
    ("Mars/Olympus", "timezone: "),
]


def _front_matter_errors(key: str, value: str) -> list[str]:
    front = parse_front_matter(f"---\ntitle: T\n{key}: {value}\n---\nBody.\n", "a.md")
    return [e.message for e in front.errors]


def _event_errors(yaml_text: str) -> list[str]:
    _events, errors = parse_events(YamlText("e.yaml", yaml_text))
    return [e.message for e in errors]


@pytest.mark.parametrize(("value", "expected"), BAD_VALUES)
def test_a_bad_value_reads_the_same_in_front_matter_and_in_an_event(value: str, expected: str) -> None:
    if expected.startswith("url"):
        front = _front_matter_errors("url", value)
        event = _event_errors(f"date: 2026-02-27\ntitle: T\nsources:\n  - url: {value}\n")
        assert front[0].removeprefix("url: ") == event[0].removeprefix("sources[0].url: ")
        assert "javascript" in front[0]
    elif expected.startswith("timezone"):
        front = _front_matter_errors("timezone", value)
        event = _event_errors(f"date: 2026-02-27\ntitle: T\ntimezone: {value}\n")
        assert front == event
        assert front[0].startswith("timezone: ")
    else:
        front = _front_matter_errors("publisher", value)
        event = _event_errors(f"date: 2026-02-27\ntitle: T\nsources:\n  - publisher: {value}\n")
        assert front == [f"publisher {expected}"]
        assert event == [f"sources[0].publisher {expected}"]


def test_an_empty_required_text_reads_the_same() -> None:
    # Required text: an event's title, a media item's url.
    assert _event_errors("date: 2026-02-27\ntitle: '  '\n") == ["title must not be empty"]
    assert _event_errors("date: 2026-02-27\ntitle: T\nmedia:\n  - url: ''\n") == ["media[0].url must not be empty"]
