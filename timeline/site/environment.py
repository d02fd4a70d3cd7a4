"""The theme: where its templates and assets are, and the Jinja environment that renders them.

Themes are folders searched in order (the user's ``templates/`` first, then the
packaged default theme); the first folder holding a file wins. Templates are
compiled once per build, and only if some page needs one: a site whose
templates are all the packaged ones renders through
:mod:`~timeline.site.fast_theme` and never imports jinja2.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from timeline.errors import TimelineError

if TYPE_CHECKING:
    from jinja2 import Environment, Template


def default_theme_dir() -> Path:
    """The packaged default theme (``templates/`` of the repository).

    Installed wheels carry it as ``timeline/templates`` (see pyproject.toml);
    an editable checkout finds it at the repository root.
    """
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "templates", here.parent / "templates"):
        if (candidate / "base.html").is_file():
            return candidate.resolve()
    raise TimelineError("the default theme is missing: reinstall the timeline package")



def make_environment(theme_dirs: list[Path]) -> Environment:
    """One Jinja environment per build; templates compile once and are reused."""
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(str(d)) for d in theme_dirs]),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        cache_size=-1,
    )
    env.filters["jsonld"] = jsonld
    return env


class LazyEnvironment:
    """The build's Jinja environment, made on the first template a page asks for.

    Why: importing jinja2 adds to every build's serial start-up, and
    a site whose templates are all the packaged ones renders every page through
    :mod:`~timeline.site.fast_theme`, so such a build never needs it.
    """

    def __init__(self, theme_dirs: list[Path]) -> None:
        self.theme_dirs = theme_dirs
        self._env: Environment | None = None

    def get_template(self, name: str) -> Template:
        if self._env is None:
            self._env = make_environment(self.theme_dirs)
        return self._env.get_template(name)


#: ``json.dumps(..., ensure_ascii=False, sort_keys=True, separators=(",", ":"))``, built
#: once (``json.dumps`` with options makes a new encoder on every call): the site's one
#: JSON encoder, for the exports too.
JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def jsonld(value: Any) -> Markup:
    """JSON for a ``<script type="application/ld+json">`` block (see :func:`script_safe`)."""
    return Markup(script_safe(JSON.encode(value)))


def script_safe(text: str) -> str:
    """JSON text that no string in it can end a script with: ``<``, ``>`` and ``&`` become
    ``\\u003c`` etc., so none can close the script element (``</script>``) or open a
    comment, and U+2028/U+2029 are escaped; JSON parsers read them back."""
    if "<" in text or ">" in text or "&" in text or "\u2028" in text or "\u2029" in text:
        text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return text


def static_files(theme_dirs: list[Path]) -> dict[str, Path]:
    """Theme assets under ``static/`` by relative name; the user's theme wins."""
    found: dict[str, Path] = {}
    for d in reversed(theme_dirs):
        root = d / "static"
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                if path.is_file():
                    found[path.relative_to(d).as_posix()] = path
    return dict(sorted(found.items()))


