"""Publishing: the GitHub Pages workflow, `timeline new --github-pages`, and the guide.

The workflow has one source, timeline/scaffold/github-pages.yml: the scaffold
writes it, docs/publishing.md shows it, and the README and the guide give its
build command. These tests hold every copy to that file and run its build step
on a scaffolded project. (tests/browser/test_subpath.py opens a site built for a
sub-path in Chromium.)
"""

from __future__ import annotations

import importlib.metadata
import json
import re
import shlex
import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from packaging.requirements import Requirement as PipRequirement

from timeline import cli
from timeline.site import github_pages
from timeline.site.github_pages import PLACEHOLDER_REPO, WORKFLOW_PATH, tool_requirement, workflow_text

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "publishing.md"
PAGES_URL = "https://USER.github.io/REPO"  # what actions/configure-pages reports for a project site


def _workflow() -> dict:
    return yaml.safe_load(workflow_text())


def _steps(job: str) -> list[dict]:
    return _workflow()["jobs"][job]["steps"]


def _step_using(job: str, action: str) -> dict:
    found = [s for s in _steps(job) if s.get("uses", "").split("@")[0] == action]
    assert len(found) == 1, f"{job} has {len(found)} steps using {action}"
    return found[0]


def _build_command(base_url: str = PAGES_URL) -> str:
    """The workflow's build step, with the address configure-pages would give."""
    runs = [s["run"] for s in _steps("build") if "timeline build" in s.get("run", "")]
    assert len(runs) == 1
    return runs[0].replace("${{ steps.pages.outputs.base_url }}", base_url)


# ------------------------------------------------------------------ the workflow
def test_workflow_triggers_permissions_and_jobs() -> None:
    wf = _workflow()
    on = wf.get("on", wf.get(True))  # YAML 1.1 reads a bare `on` key as True; GitHub reads "on"
    assert on["push"]["branches"] == ["main"] and "workflow_dispatch" in on
    assert wf["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert wf["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert set(wf["jobs"]) == {"build", "deploy"}
    deploy = wf["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"] == {"name": "github-pages", "url": "${{ steps.deployment.outputs.page_url }}"}
    assert _step_using("deploy", "actions/deploy-pages")["id"] == "deployment"


def test_workflow_installs_from_requirements_and_builds_for_the_pages_address() -> None:
    steps = _steps("build")
    actions = [s["uses"].split("@")[0] for s in steps if "uses" in s]
    assert actions == ["actions/checkout", "actions/setup-python", "actions/configure-pages",
                       "actions/upload-pages-artifact"]
    python = _step_using("build", "actions/setup-python")["with"]["python-version"]
    assert tuple(int(p) for p in python.split(".")) >= (3, 11)  # requires-python in pyproject.toml
    runs = [s["run"] for s in steps if "run" in s]
    assert runs[0] == "python -m pip install -r requirements.txt"
    assert not any(re.search(r"pip install\s+timeline\b", r) for r in runs)
    assert _step_using("build", "actions/configure-pages")["id"] == "pages"
    # The build runs after configure-pages, whose base_url it uses, and writes what is uploaded.
    order = [s.get("id") or s.get("uses", s.get("run")) for s in steps]
    build_at = next(i for i, s in enumerate(steps) if "timeline build" in s.get("run", ""))
    assert order.index("pages") < build_at
    args = shlex.split(_build_command())
    assert args[:2] == ["timeline", "build"] and "--output" not in args
    assert _step_using("build", "actions/upload-pages-artifact")["with"]["path"] == "site"  # build's default


def test_workflow_build_step_builds_the_scaffolded_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "my-timeline"
    runner = CliRunner()
    result = runner.invoke(cli.main, ["new", str(project), "--github-pages"])
    assert result.exit_code == 0, result.output
    monkeypatch.chdir(project)  # Actions runs steps at the repository's root
    args = shlex.split(_build_command())
    result = runner.invoke(cli.main, args[1:])
    assert result.exit_code == 0, result.output
    site = project / _step_using("build", "actions/upload-pages-artifact")["with"]["path"]
    assert (site / "index.html").is_file() and (site / ".nojekyll").is_file()
    assert f'href="{PAGES_URL}/static/' in (site / "404.html").read_text(encoding="utf-8")
    assert f"<id>{PAGES_URL}/" in (site / "feed.xml").read_text(encoding="utf-8")


# -------------------------------------------------------- the guide and the README
def test_guide_shows_the_shipped_workflow_unchanged() -> None:
    blocks = re.findall(r"```yaml\n(.*?)```", DOCS.read_text(encoding="utf-8"), flags=re.S)
    assert workflow_text() in blocks


def test_readme_and_guide_give_the_workflow_build_command() -> None:
    command = _build_command()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    guide = DOCS.read_text(encoding="utf-8")
    assert command == 'timeline build --base-url "https://USER.github.io/REPO/"'
    assert f"```sh\n{command}\n```" in readme
    assert f"```sh\n  {command}\n  ```" in guide  # the explanation of the build step
    assert f"| `{command}` |" in guide  # the table of addresses
    assert "(docs/publishing.md)" in readme


def test_nothing_tells_users_to_pip_install_timeline_by_name() -> None:
    scaffold = ROOT / "timeline" / "scaffold"
    texts = [ROOT / "README.md", DOCS, ROOT / "timeline" / "site" / "scaffold.py", *scaffold.rglob("*")]
    for path in texts:
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert not re.search(r"pip install (-\S+ )*['\"]?timeline\b(?![-\w])", text), path


# ------------------------------------------------------- timeline new --github-pages
def test_new_with_github_pages_writes_the_workflow_and_requirements(tmp_path: Path) -> None:
    project = tmp_path / "t"
    result = CliRunner().invoke(cli.main, ["new", str(project), "--github-pages"])
    assert result.exit_code == 0, result.output
    assert (project / WORKFLOW_PATH).read_text(encoding="utf-8") == workflow_text()
    lines = [line for line in (project / "requirements.txt").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    assert len(lines) == 1
    requirement = PipRequirement(lines[0])  # a valid pip requirement line
    assert (requirement.url or "").startswith("git+https://") or requirement.specifier
    # Named after the distribution that installs the `timeline` package, whatever pyproject calls it.
    assert requirement.name in importlib.metadata.packages_distributions()["timeline"]
    assert (project / "content" / "site.yaml").is_file()
    assert f"Wrote {project / WORKFLOW_PATH}" in result.output


def test_new_github_pages_in_an_existing_project_adds_only_the_workflow(tmp_path: Path) -> None:
    project = tmp_path / "t"
    runner = CliRunner()
    assert runner.invoke(cli.main, ["new", str(project)]).exit_code == 0
    before = sorted(p.relative_to(project).as_posix() for p in project.rglob("*"))
    result = runner.invoke(cli.main, ["new", str(project), "--github-pages"])
    assert result.exit_code == 0, result.output
    after = sorted(p.relative_to(project).as_posix() for p in project.rglob("*"))
    assert sorted(set(after) - set(before)) == [".github", ".github/workflows", WORKFLOW_PATH, "requirements.txt"]
    # A second run never overwrites the user's (possibly edited) workflow.
    (project / WORKFLOW_PATH).write_text("# mine\n", encoding="utf-8")
    again = runner.invoke(cli.main, ["new", str(project), "--github-pages"])
    assert again.exit_code == 1
    assert "already exists" in again.output
    assert (project / WORKFLOW_PATH).read_text(encoding="utf-8") == "# mine\n"


def test_new_without_the_flag_writes_no_workflow(tmp_path: Path) -> None:
    assert CliRunner().invoke(cli.main, ["new", str(tmp_path / "t")]).exit_code == 0
    assert not (tmp_path / "t" / ".github").exists() and not (tmp_path / "t" / "requirements.txt").exists()


# ----------------------------------------------------- where the tool is installed from
class FakeDist(importlib.metadata.Distribution):
    def __init__(self, direct_url: dict | None, name: str = "timeline-news", version: str = "1.2.0") -> None:
        self.files_ = {"METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"}
        if direct_url is not None:
            self.files_["direct_url.json"] = json.dumps(direct_url)

    def read_text(self, filename: str) -> str | None:
        return self.files_.get(filename)

    def locate_file(self, path):  # pragma: no cover - not used
        raise NotImplementedError


def test_requirement_from_a_git_install_is_pinned_to_its_commit() -> None:
    dist = FakeDist({"url": "https://github.com/someone/timeline.git",
                     "vcs_info": {"vcs": "git", "commit_id": "0123abc", "requested_revision": "main"}})
    req = tool_requirement(dist)
    assert req.line == "timeline-news @ git+https://github.com/someone/timeline.git@0123abc"
    assert not req.needs_repository


def test_requirement_from_a_package_index_is_the_released_version() -> None:
    assert tool_requirement(FakeDist(None)).line == "timeline-news==1.2.0"


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=cwd, check=True,
                   capture_output=True)


def test_requirement_from_a_local_clone_uses_its_remote(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    clone.mkdir()
    _git(clone, "init", "-q")
    (clone / "a").write_text("a", encoding="utf-8")
    _git(clone, "add", "a")
    _git(clone, "commit", "-qm", "a")
    dist = FakeDist({"url": clone.as_uri(), "dir_info": {"editable": True}})
    # No remote: nothing a build server could install from, so the user is asked to fill it in.
    req = tool_requirement(dist)
    assert req.needs_repository and req.line == f"timeline-news @ git+{PLACEHOLDER_REPO}"
    # A remote over SSH becomes its HTTPS address; an unpushed commit is not pinned.
    _git(clone, "remote", "add", "origin", "git@github.com:someone/timeline.git")
    assert tool_requirement(dist).line == "timeline-news @ git+https://github.com/someone/timeline.git"
    _git(clone, "update-ref", "refs/remotes/origin/main", "HEAD")  # as after a push
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=clone, capture_output=True, text=True).stdout.strip()
    assert tool_requirement(dist).line == f"timeline-news @ git+https://github.com/someone/timeline.git@{head}"


def test_requirements_file_says_when_the_repository_must_be_filled_in() -> None:
    text = github_pages.requirements_text(github_pages.Requirement(f"x @ git+{PLACEHOLDER_REPO}", True))
    assert f"Replace {PLACEHOLDER_REPO}" in text and text.endswith(f"x @ git+{PLACEHOLDER_REPO}\n")
    assert "Replace" not in github_pages.requirements_text(github_pages.Requirement("x==1.0"))
