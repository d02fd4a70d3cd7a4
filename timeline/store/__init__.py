"""The store: events as hand-editable YAML files, loaded and validated strictly.

Reading (:func:`load_timeline` and friends) validates the whole content folder
first and reports every problem at once as ``path:line:col: message``.
Writing (:func:`dump_events`, :func:`merge_events_file`) emits deterministic
YAML and merges re-extracted events without losing anything a person wrote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from timeline.store.frontmatter import FrontMatter, parse_front_matter
from timeline.store.ids import derive_id, slugify
from timeline.store.loader import load_events, load_site_config, load_sources, load_timeline

if TYPE_CHECKING:
    from timeline.store.merge import MergeReport, merge_events_file
    from timeline.store.writer import dump_events

#: The writing half, imported on first use: it needs ruamel.yaml, slow to
#: import, which a build, which only reads, never uses.
_WRITING = {"MergeReport": "merge", "merge_events_file": "merge", "dump_events": "writer"}


def __getattr__(name: str) -> Any:
    if name in _WRITING:
        import importlib

        return getattr(importlib.import_module(f"timeline.store.{_WRITING[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "FrontMatter",
    "MergeReport",
    "derive_id",
    "dump_events",
    "load_events",
    "load_site_config",
    "load_sources",
    "load_timeline",
    "merge_events_file",
    "parse_front_matter",
    "slugify",
]
