"""Fixtures for the hardening tests (helpers live in importable modules beside this file)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
