"""``timeline new DIR``: a new timeline project that builds out of the box.

The files are written from strings here (not copied from a folder) so the
scaffold is always the same, documents itself in comments, and passes
``timeline check`` (tests/test_site_cli.py builds it).
"""

from __future__ import annotations

from pathlib import Path

from timeline.errors import TimelineError
from timeline.store.writer import project_schema

SITE_YAML = """\
# Settings for this timeline. See the timeline README for every field.
title: "My timeline"
description: "What this timeline is about, in one sentence."
language: en
base_url: ""              # e.g. https://example.org/my-timeline/ (used only for feeds, sitemap, meta)
timezone: UTC             # IANA name used to show times, e.g. America/New_York
author: ""
"""

#: The example, in a file of its own that says what it is: deleting it leaves
#: a project with none of the example's tag, source or event.
EXAMPLE_FILE = "content/events/example.yaml"
EXAMPLE_EVENTS = """\
# EXAMPLE from `timeline new`: it shows the format. Delete this file once your
# own events are in (`timeline extract` writes one file per source beside it).
# yaml-language-server: $schema=../.timeline/event.schema.json
# One event per list item. Dates keep their real precision:
# 2021, 2025-07, 2025-Q4, 2026-W09, 2026-02-27, 2026-02-27T17:01-05:00
- id: example-event
  date: 2025-07
  title: An example event
  body: |
    Replace this with what happened. **Markdown** works here.
  tags: [Example]
  sources:
    - title: Where this comes from
      url: https://example.org/article
      publisher: Example News
      published: 2025-07-15
      quote: The sentence that supports this event, copied verbatim.
  status: reviewed
"""

BUILD_PY = '''\
#!/usr/bin/env python3
"""Build this timeline into site/: `python build.py` (same flags as `timeline build`)."""

import os
import sys
from pathlib import Path

try:
    from timeline import cli
except ModuleNotFoundError:
    sys.exit(f"build.py: this Python ({sys.executable}) does not have the timeline tool.\\n"
             "Run `timeline build` here, or this script with the Python it is installed in.")

if __name__ == "__main__":
    os.chdir(Path(__file__).resolve().parent)
    cli.EXIT_WHEN_DONE = True  # the process ends with the build: skip Python's teardown
    cli.build.main(prog_name="build.py")
'''

GITIGNORE = "/site/\n/.site.previous/\n/.timeline-cache/\n"


def scaffold(target: Path, example: bool = True) -> list[Path]:
    """Create a project in ``target`` (new or empty); refuse anything else.

    Without ``example`` the events folder starts empty (the project still
    builds: an empty timeline).
    """
    if target.exists():
        if not target.is_dir():
            raise TimelineError("exists and is not a folder", target)
        if any(target.iterdir()):
            raise TimelineError("folder is not empty; choose a new or empty folder", target)
    files = {
        "content/site.yaml": SITE_YAML,
        EXAMPLE_FILE: EXAMPLE_EVENTS,
        "content/sources/.gitkeep": "",
        "templates/.gitkeep": "",
        "build.py": BUILD_PY,
        ".gitignore": GITIGNORE,
    }
    if not example:
        del files[EXAMPLE_FILE]
        files["content/events/.gitkeep"] = ""
    written = write_files(target, files)
    (target / "build.py").chmod(0o755)
    written.append(project_schema(target / "content") or target)
    return written


def write_files(target: Path, files: dict[str, str]) -> list[Path]:
    """Write each relative path's text under ``target``, making folders; the paths written."""
    written = []
    for rel, text in files.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
