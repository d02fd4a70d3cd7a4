"""The store: events as hand-editable YAML files, loaded and validated strictly.

Reading (:func:`load_timeline` and friends) validates the whole content folder
first and reports every problem at once as ``path:line:col: message``.
Writing (:func:`dump_events`, :func:`merge_events_file`) emits deterministic
YAML and merges re-extracted events without losing anything a person wrote.
"""

from __future__ import annotations

from timeline.store.frontmatter import FrontMatter, parse_front_matter
from timeline.store.ids import derive_id, slugify
from timeline.store.loader import load_events, load_site_config, load_sources, load_timeline

__all__ = [
    "FrontMatter",
    "derive_id",
    "load_events",
    "load_site_config",
    "load_sources",
    "load_timeline",
    "parse_front_matter",
    "slugify",
]
