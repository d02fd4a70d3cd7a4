"""Publishing on GitHub Pages: what ``timeline new DIR --github-pages`` writes.

The Actions workflow has one source, ``timeline/scaffold/github-pages.yml``,
shipped in the package: the scaffold writes it byte for byte and
docs/publishing.md shows it (tests/test_publishing.py checks both). It installs
the tool with ``pip install -r requirements.txt``, the file Netlify and
Cloudflare Pages read too, so this module also writes that file with the
requirement that installs the timeline the user is running: a pinned Git URL
when it was installed from Git or from a clone that has a remote, the released
version when it came from a package index.
"""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

from timeline.errors import TimelineError

WORKFLOW_PATH = ".github/workflows/github-pages.yml"
REQUIREMENTS_PATH = "requirements.txt"
# The repository placeholder users replace when the tool's origin cannot be known.
PLACEHOLDER_REPO = "https://github.com/OWNER/REPO"


def workflow_text() -> str:
    """The workflow file, as shipped in the package."""
    return importlib.resources.files("timeline").joinpath("scaffold/github-pages.yml").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Requirement:
    """A pip requirement line, and whether the user still has to fill in the repository."""

    line: str
    needs_repository: bool = False


def tool_requirement(dist: importlib.metadata.Distribution | None = None) -> Requirement:
    """The pip requirement that installs the running timeline on a build server."""
    dist = dist or _own_distribution()
    if dist is None:
        return Requirement(f"git+{PLACEHOLDER_REPO}", needs_repository=True)
    name = dist.metadata["Name"]
    raw = dist.read_text("direct_url.json")
    if raw is None:  # installed from a package index
        return Requirement(f"{name}=={dist.version}")
    direct = json.loads(raw)
    url = direct.get("url", "")
    vcs = direct.get("vcs_info") or {}
    if vcs.get("vcs") == "git" and not url.startswith("file:"):
        commit = vcs.get("commit_id")
        return Requirement(f"{name} @ git+{url}" + (f"@{commit}" if commit else ""))
    if url.startswith("file:"):  # a local clone, editable or not: install from its remote
        remote = _clone_remote(Path(unquote(urlparse(url).path)))
        if remote:
            return Requirement(f"{name} @ git+{remote}")
    return Requirement(f"{name} @ git+{PLACEHOLDER_REPO}", needs_repository=True)


def _own_distribution() -> importlib.metadata.Distribution | None:
    """The installed distribution that provides the ``timeline`` package, whatever its name."""
    names = importlib.metadata.packages_distributions().get("timeline", [])
    for name in names:
        try:
            return importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return None


def _git(folder: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, timeout=10,
                              check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def _clone_remote(folder: Path) -> str | None:
    """``https://host/owner/repo.git@<commit>`` for a clone with a public remote.

    The commit is pinned only when a remote branch contains it: a build server
    cannot fetch a commit that was never pushed.
    """
    url = _git(folder, "config", "--get", "remote.origin.url")
    if not url:
        return None
    ssh = re.fullmatch(r"(?:ssh://)?git@([^:/]+)[:/](.+)", url)
    if ssh:
        url = f"https://{ssh.group(1)}/{ssh.group(2)}"
    if not url.startswith("https://"):
        return None
    commit = _git(folder, "rev-parse", "HEAD")
    pushed = commit and _git(folder, "branch", "-r", "--contains", commit)
    return f"{url}@{commit}" if pushed else url


def requirements_text(requirement: Requirement) -> str:
    lines = [
        "# What GitHub Actions (.github/workflows/github-pages.yml), Netlify and Cloudflare Pages",
        "# install to build this timeline. Written by `timeline new --github-pages`.",
    ]
    if requirement.needs_repository:
        lines.append(f"# Replace {PLACEHOLDER_REPO} with the Git repository you install timeline from.")
    return "\n".join([*lines, requirement.line, ""])


def write_github_pages(target: Path, requirement: Requirement | None = None) -> list[Path]:
    """Write the workflow and requirements.txt into the project ``target``; never overwrite."""
    requirement = requirement or tool_requirement()
    files = {WORKFLOW_PATH: workflow_text(), REQUIREMENTS_PATH: requirements_text(requirement)}
    for rel in files:
        if (target / rel).exists():
            raise TimelineError("already exists; remove it first to write a new one", target / rel)
    from timeline.site.scaffold import write_files

    return write_files(target, files)
