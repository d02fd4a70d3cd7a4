#!/usr/bin/env python3
"""Build the timeline site: `python build.py [--content DIR] [--output DIR] [--base-url URL] [--drafts]`.

A thin wrapper so that a newcomer's first command is obvious; it runs exactly
the same code, with the same flags, as `timeline build`.
"""

import sys
from pathlib import Path

try:
    from timeline import cli
except ModuleNotFoundError:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from timeline import cli

if __name__ == "__main__":
    cli.EXIT_WHEN_DONE = True  # the process ends with the build: skip Python's teardown
    cli.build.main(prog_name="build.py")
