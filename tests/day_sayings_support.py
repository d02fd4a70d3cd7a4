"""The story the day-sayings tests tell after: a lead dated to the news day (Thursday 2031-05-15), and how they read
what became of a sentence added after it. Text written for these tests."""

from __future__ import annotations

from extract_support import dated, events_of

__all__ = ["LEAD", "dated", "events_of"]

LEAD = ("Port officials in Veldt closed the northern quay on Thursday after a grain tanker ran aground in the "
        "channel.\n"
        "The tanker's crew of eighteen were taken ashore by lifeboat.\n")
