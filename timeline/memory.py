"""What a process that builds one timeline again and again keeps from one build for the next.

``timeline serve`` rebuilds the same timeline after every edit, in one
process. Each stage of the build can then start from what it made last time,
under the key it was made from, instead of from the files: the store keeps
each file's digest and parsed events (:mod:`timeline.store.cache`) and each
file's items (:mod:`timeline.store.reread`), the renderer each event's view
(:mod:`timeline.site.views`), the sources pages' entries
(:mod:`timeline.site.source_list`) and the keys of listing pages
(:class:`timeline.site.keys.ListingKeys`), the month sections of the index and year
pages (:mod:`timeline.site.fast_theme`), the writer what it left in the output folder
and beside it (:mod:`timeline.site.output`), its manifest's lines, and the exports' piece indexes
(:mod:`timeline.site.pieces`). Every kept value is used only under the key
it was made from, so a build with a memory writes exactly the bytes of one
without.

No module keeps anything of a timeline from one build to the next (what cannot change
while a process runs, this package's fingerprint and the libraries' versions, is worked
out once per process: :mod:`timeline.provenance`): serve makes one :class:`BuildMemory` and
passes it to every build (:func:`timeline.pipeline.build`); a build without
one (``timeline build``, ``python build.py``) keeps nothing. One build at a
time may use a memory. What only builds in other processes need (the caches
on disk) is written after the new site is live, by :meth:`BuildMemory.settle`:
an edit's rebuild is what the person waits for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from timeline.site.fast_theme import KeptMonths
    from timeline.site.keys import KeptListingKey
    from timeline.site.output import KeptOutput, ManifestLines
    from timeline.site.source_list import KeptSources
    from timeline.site.views import KeptViews
    from timeline.store.cache import FileDigests, RememberedEntry
    from timeline.store.reread import KeptFile


@dataclass(slots=True)
class BuildMemory:
    """One process's memory of its last build of one timeline (see the module's docstring)."""

    #: Each content file's SHA-256 with the inode, size and times it had (see
    #: :func:`timeline.store.cache.file_digest`).
    digests: FileDigests = field(default_factory=dict)
    #: Cache entries read or written, by entry file (see :class:`timeline.store.cache.EventsCache`).
    entries: dict[Path, RememberedEntry] = field(default_factory=dict)
    #: Each events file's items with the events read from them, by path (see :mod:`timeline.store.reread`).
    files: dict[Path, KeptFile] = field(default_factory=dict)
    #: The last build's event views, by digest (see :func:`timeline.site.views.prepare`).
    views: KeptViews | None = None
    #: The last build's sources entries (see :mod:`timeline.site.source_list`).
    sources: KeptSources | None = None
    #: The keys of pages listing many events, with what they were made from (see
    #: :class:`timeline.site.keys.ListingKeys`).
    listing_keys: dict[str, KeptListingKey] = field(default_factory=dict)
    #: The export piece indexes this process wrote, by name (see :mod:`timeline.site.pieces`).
    pieces: dict[str, Any] = field(default_factory=dict)
    #: The index each of those replaced when this process last wrote it: it describes the file in
    #: the site the live one replaced (see :meth:`timeline.site.pieces.Pieces.patch_in_place`).
    pieces_replaced: dict[str, Any] = field(default_factory=dict)
    #: Cache writes that only later builds in other processes need (the events cache's
    #: entries, the exports' piece indexes), done by :meth:`settle` once the new site is live.
    deferred: list[Callable[[], None]] = field(default_factory=list)
    #: What the last build left in the output folder and beside it (see :class:`timeline.site.output.KeptOutput`).
    output: KeptOutput | None = None
    #: The last manifest's entries as lines (see :class:`timeline.site.output.ManifestLines`).
    manifest: ManifestLines | None = None
    #: The month sections of the index and year pages (see :class:`timeline.site.fast_theme.KeptMonths`).
    months: KeptMonths | None = None

    @property
    def is_empty(self) -> bool:
        """Whether no build has kept anything here yet (the views are what every build keeps)."""
        return self.views is None

    def settle(self) -> None:
        """Do the cache writes the last builds deferred, in the order they were asked for
        (``timeline serve`` calls this once the browser has been told of the new site)."""
        while self.deferred:
            self.deferred.pop(0)()
