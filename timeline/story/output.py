"""Writing a digest: as events that build into a site, or as Timeline17's list of days."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.model import Event, SourceRef, When
from timeline.story.digest import DigestDay

__all__ = ["digest_events", "digest_t17"]

#: The opening of a chronology entry: a bullet, its date, a dash or colon ("* April 22 - "),
#: or a full date that was a heading ("8 February 2010 ").
_ENTRY_DATE = re.compile(r"^[\s*•·‣–—-]*[^\n:–—]{1,40}?\s(?:-{1,3}|[–—])\s+|^[\s*•·‣–—-]*[^\n:–—-]{1,40}?:\s+"
                         r"|^[\s*•·‣–—-]*(?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+\.?|[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,?)"
                         r" \d{4}\s+")


def digest_events(days: Sequence[DigestDay]) -> list[Event]:
    """One event per key date: titled after its first sentence, every sentence quoted with its source."""
    from timeline.extract.titles import write_title
    from timeline.store.ids import derive_id, first_free

    events: list[Event] = []
    used: set[str] = set()
    for day in days:
        if not day.sentences:
            continue
        when = When.parse(day.day.isoformat())
        first = day.sentences[0]
        # A chronology entry's date is the event's date: the title is what happened.
        title = write_title(_ENTRY_DATE.sub("", first.text, count=1) if first.entry else first.text, [])
        event_id = first_free(derive_id(when, title), used.__contains__)
        used.add(event_id)
        sources = tuple(SourceRef(title=s.title, url=s.url, publisher=s.publisher, published=s.published,
                                  quote=s.text) for s in day.sentences)
        events.append(Event(id=event_id, when=when, title=title, body=" ".join(s.text for s in day.sentences),
                            sources=sources, status="extracted"))
    return events


def digest_t17(days: Sequence[DigestDay]) -> str:
    """``[{date: YYYY-MM-DD, text: [sentence, ...]}, ...]`` as YAML (the benchmark's format)."""
    import yaml

    data = [{"date": day.day, "text": [s.text for s in day.sentences]} for day in days]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1_000_000)
