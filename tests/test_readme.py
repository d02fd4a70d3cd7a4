"""The README's two opening commands are the project's contract with a newcomer.

CI must run exactly the README's test command, so a green CI proves that command
works on a fresh machine; these tests keep the two from drifting apart.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text, flags=re.S)


def test_readme_opens_with_build_then_test_command() -> None:
    build_cmd, test_cmd = _readme_commands()[:2]
    assert "python build.py" in build_cmd
    assert "pip install" in build_cmd
    assert "pytest" in test_cmd and "chromium" in test_cmd


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    test_cmd = _readme_commands()[1]
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_cmd in ci_lines
