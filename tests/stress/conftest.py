"""The stress suite shares helpers and the Chromium fixture with tests/hardening."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "hardening"))
