"""Turn a validated :class:`~timeline.model.Timeline` into the site's files.

The renderer is a pure function of the timeline, the theme and a few options,
in three steps: compute every per-event value once (:mod:`timeline.site.views`),
render the Markdown bodies every page and export shares (in two processes for
big timelines), and list the site's files (:mod:`timeline.site.pages`), each
with a key that changes whenever anything the file depends on changes (see
:mod:`timeline.site.keys`) and a callable producing its bytes. The pipeline
writes them (:mod:`timeline.site.writer`); a page whose key matches the
previous build is linked from the old site instead of rendered again.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.model import Timeline
from timeline.site.pages import Page, site_pages
from timeline.site.views import prepare, render_bodies

if TYPE_CHECKING:
    from timeline.memory import BuildMemory


def pages(timeline: Timeline, theme_dirs: list[Path], base_url: str | None = None,
          digests: Sequence[bytes] | None = None, memory: BuildMemory | None = None,
          theme_fp: str | None = None) -> list[Page]:
    """Every file of the site, in a fixed order, with its dependency key.

    ``digests``: :func:`~timeline.site.keys.event_digests` of the timeline, when
    the caller has them already (the build computes them once for its input key).
    ``memory``: what the last build in this process kept (``timeline serve``), used and brought up to date.
    ``theme_fp``: :func:`~timeline.site.keys.theme_fingerprint` of ``theme_dirs``, when the caller has it.
    """
    data = prepare(timeline, base_url, digests, memory)
    render_bodies(data.events)
    return site_pages(data, theme_dirs, theme_fp)
