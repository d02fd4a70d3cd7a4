"""Run a test script in a fresh interpreter that counts the forks it makes.

The build forks a second process only when no other thread runs, and earlier
tests in a session (the preview server) leave threads behind; a fresh
interpreter shows what a real ``timeline build`` does. The script's last line
of output must be JSON; ``forks`` (how many children the script's own process
started) is added to it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

PRELUDE = r"""
import atexit, json, os, sys
_forks = []
_real_fork = os.fork
def _counting_fork():
    pid = _real_fork()
    if pid:
        _forks.append(pid)
    return pid
os.fork = _counting_fork
def report(result):
    print(json.dumps({**result, "forks": len(_forks)}))
"""


def run_script(script: str, *args: str, timeout: float = 120) -> dict[str, Any]:
    """Run ``script`` (which calls ``report(dict)``) with ``args`` as ``sys.argv[1:]``."""
    done = subprocess.run([sys.executable, "-c", PRELUDE + script, *args], capture_output=True, text=True,
                          timeout=timeout, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])
