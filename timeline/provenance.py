"""What made a build, besides its content: this package's code and the libraries whose
output lands in the site. Both go into the keys of every cache and of the site as a whole,
so that an upgrade or a local change of the code makes everything again."""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path


@functools.cache
def code_fingerprint() -> str:
    """SHA-256 of every module of this package: an upgrade or a local change invalidates entries
    (and, in :func:`timeline.pipeline.inputs_digest`, the whole previous site)."""
    package = Path(__file__).resolve().parent
    code = hashlib.sha256()
    for p in sorted(package.rglob("*.py")):  # bytes, not times: the same code gives the same digest anywhere
        code.update(p.relative_to(package).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return code.hexdigest()


@functools.cache
def library_versions(names: tuple[str, ...]) -> tuple[str, ...]:
    """The installed version of each distribution, as ``importlib.metadata.version`` gives it.

    Asked once per process, like :func:`code_fingerprint` (neither changes while it runs).

    Read from the ``NAME-VERSION.dist-info`` folder names beside each package
    (found without importing it): importing ``importlib.metadata`` pulls in the
    email, zipfile, csv and socket modules, a noticeable part of every build's start-up.
    A distribution found another way (an egg, a zip) is asked the slow way.
    """
    import importlib.util
    import re

    module = {"pyyaml": "yaml"}
    versions = []
    for name in names:
        wanted = re.sub(r"[-_.]+", "_", name).lower()
        found = None
        spec = importlib.util.find_spec(module.get(name, name))
        if spec is not None and spec.origin:
            where = Path(spec.origin).parent
            folder = where.parent if spec.submodule_search_locations else where
            try:
                entries = os.listdir(folder)
            except OSError:
                entries = []
            for entry in sorted(entries):
                stem = entry.removesuffix(".dist-info")
                if stem != entry and stem.count("-") == 1:
                    dist, version = stem.split("-")
                    if re.sub(r"[-_.]+", "_", dist).lower() == wanted:
                        found = version
                        break
        if found is None:
            from importlib import metadata

            found = metadata.version(name)
        versions.append(found)
    return tuple(versions)
