"""The default theme's outer page, taken from ``templates/base.html`` for the fast path.

``templates/`` is the one source of the theme's markup. Jinja renders it for
any site; :mod:`timeline.site.fast_theme` renders the default theme's pages
without Jinja. For the outer page (head, header, footer) that fast path holds
no copy of the markup: ``python -m timeline.site.theme --update`` renders
``base.html`` with Jinja once per page kind, with marker strings in place of
every value and block, and writes what it finds to
:mod:`timeline.site.theme_table` (a generated file, never edited by hand):

* the outer page of each page kind as pieces: text, values (escaped or raw,
  as the template inserts them) and ``if`` pieces for the values the template
  tests (``{% if site.author %}``), each with its text when on and off;
* the SHA-256 of every packaged template, and what each one includes, so a
  user's override of any of them sends its pages back through Jinja.

A build resolves the pieces once for its site (:func:`shell`), leaving per
page only the blocks (title, description, meta, main, scripts) and the
canonical URL to fill in. ``--check`` exits 1 when the table is stale (a test
runs it), and the tests render every page kind both ways and compare bytes.
That comparison is also what covers the generator's one blind spot: it sees
whether a value is tested for being empty, not a comparison such as
``{% if site.language == "fr" %}``, nor ``path`` beyond one page per kind.

jinja2 is imported only by the generator: a default-theme build never needs it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import os
import posixpath
import pprint
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.site.theme_table import INCLUDES, MIRRORED, SHELLS

if TYPE_CHECKING:
    from jinja2 import Environment

    from timeline.model import SiteConfig

#: A representative page of each kind, as the fast path renders them: ``base.html``
#: reads ``path`` only to mark the current section in the navigation.
KINDS = {"index": "index.html", "year": "year-2000.html", "tag": "tag-x.html", "key": "key.html",
         "tags": "tags.html", "sources": "sources.html", "404": "404.html", "event": "events/x.html"}
TABLE = Path(__file__).with_name("theme_table.py")


def escape(value: str) -> str:
    """markupsafe's ``escape`` for ``str`` (the same five characters, the same
    entities), without building a ``Markup`` object per value; values that are
    already HTML (``body``, the JSON-LD) are inserted without it."""
    if "&" in value or "<" in value or ">" in value or "'" in value or '"' in value:
        return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("'", "&#39;").replace('"', "&#34;"))
    return value


# ------------------------------------------------------- which templates are packaged
def _digest(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def template_hash(env: Environment, name: str) -> str | None:
    """SHA-256 of the source Jinja would compile for ``name`` (user templates first)."""
    from jinja2 import TemplateNotFound

    try:
        source, _, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
    except TemplateNotFound:
        return None
    return _digest(source)


def template_source(theme_dirs: Sequence[Path | str], name: str) -> str | None:
    """The source Jinja's loader would give for ``name``, found without Jinja.

    What ``ChoiceLoader`` over one ``FileSystemLoader`` per theme folder does
    (see :func:`timeline.site.environment.make_environment`): the first folder
    holding a *file* of that name (a folder of that name is skipped), read as
    UTF-8 text with universal newlines, as Jinja reads it, so a copy with CRLF
    line ends is the same template to both. None when no folder has it, and
    for a name Jinja refuses (``..``). A file that cannot be read or decoded
    also gives None: it is then not the packaged template, and Jinja, which
    renders it instead, reports the problem as it always did.
    """
    pieces = []
    for piece in name.split("/"):  # jinja2.loaders.split_template_path
        if os.path.sep in piece or (os.path.altsep and os.path.altsep in piece) or piece == os.path.pardir:
            return None
        if piece and piece != ".":
            pieces.append(piece)
    for folder in theme_dirs:
        path = posixpath.join(str(folder), *pieces)
        if os.path.isfile(path):
            try:
                with open(path, encoding="utf-8") as fh:
                    return fh.read()
            except (OSError, UnicodeDecodeError):
                return None
    return None


def _mirrored(source_hash: Callable[[str], str | None]) -> frozenset[str]:
    same = {n for n, digest in MIRRORED.items() if source_hash(n) == digest}
    return frozenset(n for n in same if all(i in same for i in INCLUDES.get(n, ())))


def mirrored(env: Environment) -> frozenset[str]:
    """The templates the fast path can stand in for: those still identical to the packaged ones."""
    return _mirrored(lambda name: template_hash(env, name))


def mirrored_in(theme_dirs: Sequence[Path | str]) -> frozenset[str]:
    """:func:`mirrored` for the Jinja environment over ``theme_dirs``, without making it
    (nor importing jinja2: a default-theme build then never does)."""

    def source_hash(name: str) -> str | None:
        source = template_source(theme_dirs, name)
        return None if source is None else _digest(source)

    return _mirrored(source_hash)


def mirrors(env: Environment, *names: str) -> bool:
    """True when every named template is the packaged one the fast path reproduces."""
    return set(names) <= mirrored(env)


# ------------------------------------------------------------ the outer page
class Shell:
    """One page kind's outer page for one build: fixed UTF-8 bytes around the page's own parts.

    The parts are the blocks other than ``main`` (``title``, ``description``,
    ``meta``, ``scripts``: UTF-8 HTML, empty when not given) and ``canonical``
    (the page's URL as text, escaped here when the template escapes it).
    :meth:`page` returns the whole page around ``main`` (a sequence of byte
    strings); :meth:`around` the bytes before and after it, for pages written
    in pieces. Both are made here as Python source, so that filling in a page
    is one ``bytes.join`` over the fixed pieces and the page's own, with no
    loop over the pieces for each of the many pages.
    """

    __slots__ = ("around", "page")

    def __init__(self, pieces: list[str | tuple[str, bool]], names: set[str]) -> None:
        fixed: dict[str, bytes] = {}
        before: list[str] = []
        after: list[str] = []
        out, text = before, []
        for piece in [*pieces, ("", False)]:
            if isinstance(piece, str):
                text.append(piece)
                continue
            if text:
                fixed[f"_{len(fixed)}"] = "".join(text).encode("utf-8")
                out.append(f"_{len(fixed) - 1}")
                text = []
            name, escaped = piece[0].removeprefix("block."), piece[1]
            if name == "main":
                out = after
            elif name:
                out.append(f"_escape({name}).encode()" if escaped else name)
        params = ", ".join(n + ("=''" if n == "canonical" else "=b''") for n in sorted(names - {"main"}))
        head, tail = "".join(f"{x}, " for x in before), "".join(f"{x}, " for x in after)
        source = (f"def around(*, {params}):\n    return b''.join(({head})), b''.join(({tail}))\n"
                  f"def page(main, *, {params}):\n    return b''.join(({head}*main, {tail}))\n")
        namespace: dict[str, Any] = {"_escape": escape, **fixed}
        exec(source, namespace)  # source made above from the generated table, never from input
        self.around: Callable[..., tuple[bytes, bytes]] = namespace["around"]
        self.page: Callable[..., bytes] = namespace["page"]


def shell(kind: str, site: SiteConfig, root: str, base_url: str) -> Shell:
    """The outer page of ``kind`` (see :data:`KINDS`) for this site, at ``root``."""
    known: dict[str, Any] = {f"site.{f.name}": getattr(site, f.name) for f in dataclasses.fields(site)}
    known["root"] = root
    known["canonical"] = bool(base_url)  # tested only: its text is each page's own
    out: list[str | tuple[str, bool]] = []
    names: set[str] = set()

    def walk(pieces: tuple[Any, ...], shown: bool) -> None:
        for piece in pieces:
            if isinstance(piece, str):
                if shown:
                    out.append(piece)
            elif piece[0] == "if":
                walk(piece[2], shown and bool(known[piece[1]]))
                walk(piece[3], shown and not known[piece[1]])
            elif piece[1] in known and piece[1] != "canonical":
                value = str(known[piece[1]])
                if shown:
                    out.append(escape(value) if piece[2] else value)
            else:
                names.add(piece[1].removeprefix("block."))
                if shown:
                    out.append((piece[1], piece[2]))

    walk(SHELLS[kind], True)
    return Shell(out, names)


# --------------------------------------------------------------- the generator
_MARK = re.compile("\ue000([\\w.]+)(<|&lt;)\ue001")


def _mark(name: str) -> str:
    """A value no template text contains; its ``<`` shows whether Jinja escaped it."""
    return f"\ue000{name}<\ue001"


def _tokens(text: str) -> tuple[Any, ...]:
    out: list[Any] = []
    at = 0
    for m in _MARK.finditer(text):
        if m.start() > at:
            out.append(text[at:m.start()])
        out.append(("value", m.group(1), m.group(2) == "&lt;"))
        at = m.end()
    if at < len(text):
        out.append(text[at:])
    return tuple(out)


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``text[start:end]`` so that it cuts no marker in two."""
    opened = text.rfind("\ue000", 0, start)
    if opened != -1 and text.find("\ue001", opened) >= start:
        start = opened
    closed = text.find("\ue001", end)
    if closed != -1 and text.rfind("\ue000", 0, closed) < end:
        end = closed + 1
    return start, end


class ThemeError(Exception):
    """base.html uses a construct the generator cannot take apart."""


def _shell_pieces(env: Environment, path: str) -> tuple[Any, ...]:
    """Render base.html for a page at ``path`` with markers, and find which values it tests."""
    from jinja2 import nodes

    from timeline.model import SiteConfig

    source = env.loader.get_source(env, "base.html")[0]  # type: ignore[union-attr]
    blocks = sorted({b.name for b in env.parse(source).find_all(nodes.Block)})
    child = env.from_string('{% extends "base.html" %}' + "".join(
        f"{{% block {b} %}}{_mark('block.' + b)}{{% endblock %}}" for b in blocks))
    names = [f"site.{f.name}" for f in dataclasses.fields(SiteConfig)] + ["root", "canonical"]

    def render(off: frozenset[str] = frozenset()) -> str:
        v = {n: (None if n == "canonical" else "") if n in off else _mark(n) for n in names}
        site = type("Site", (), {n.removeprefix("site."): v[n] for n in names if n.startswith("site.")})()
        return child.render(site=site, root=v["root"], canonical=v["canonical"], path=path)

    full = render()
    regions: dict[str, tuple[int, int, str]] = {}
    for name in names:
        off = render(frozenset([name]))
        if off == full.replace(_mark(name), "").replace(escape(_mark(name)), ""):
            continue  # never tested: its text is all it changes
        start = 0
        while start < min(len(full), len(off)) and full[start] == off[start]:
            start += 1
        tail = 0
        while tail < min(len(full), len(off)) - start and full[-1 - tail] == off[-1 - tail]:
            tail += 1
        end = len(full) - tail
        if start == len(off) - tail:  # text only shown when on: move it to start a line, if it can
            s, e, best = start, end, start
            while s > 0 and full[s - 1] == full[e - 1]:
                s, e = s - 1, e - 1
                if s == 0 or full[s - 1] == "\n":
                    best = s
                    break
            start, end = best, end - (start - best)
        start, end = _snap(full, start, end)
        regions[name] = (start, end, off[start:len(off) - (len(full) - end)])
    ordered = sorted(regions.items(), key=lambda item: item[1][:2])
    for (a, (_, a_end, _)), (b, (b_start, _, _)) in itertools.pairwise(ordered):
        if b_start < a_end:
            raise ThemeError(f"base.html: the parts shown by {a} and {b} overlap")

    def compose(off: frozenset[str]) -> str:
        out, at = [], 0
        for name, (start, end, off_text) in ordered:
            out.append(full[at:start] + (off_text if name in off else full[start:end]))
            at = end
        return "".join(out) + full[at:]

    for n in range(len(ordered) + 1):  # every combination, so no test depends on another
        for off in itertools.combinations(regions, n):
            if compose(frozenset(off)) != render(frozenset(off)):
                raise ThemeError(f"base.html: the parts shown by {', '.join(off)} depend on each other")
    pieces: list[Any] = []
    at = 0
    for name, (start, end, off_text) in ordered:
        pieces.extend(_tokens(full[at:start]))
        pieces.append(("if", name, _tokens(full[start:end]), _tokens(off_text)))
        at = end
    pieces.extend(_tokens(full[at:]))
    return tuple(pieces)


def generate(theme_dir: Path | None = None) -> str:
    """The text of :mod:`timeline.site.theme_table` for the packaged theme."""
    from jinja2 import meta

    from timeline.site.environment import default_theme_dir, make_environment

    theme_dir = theme_dir or default_theme_dir()
    env = make_environment([theme_dir])
    names = sorted(p.name for p in theme_dir.glob("*.html"))
    sources = {n: template_source([theme_dir], n) or "" for n in names}
    refs = {n: set(meta.find_referenced_templates(env.parse(sources[n]))) - {None} for n in names}
    for _ in names:  # what a template includes, directly or through another
        refs = {n: r.union(*(refs.get(i, set()) for i in r)) for n, r in refs.items()}
    lines = [
        '"""Generated by ``python -m timeline.site.theme --update`` from templates/: do not edit."""',
        "",
        "#: SHA-256 of each packaged template; the fast path stands in for those a site still uses.",
        "MIRRORED = {",
        *(f"    {n!r}: {_digest(sources[n])!r}," for n in names),
        "}",
        "#: The templates each one includes, imports or extends: it is mirrored only while they are too.",
        "INCLUDES = {",
        *(f"    {n!r}: {tuple(sorted(refs[n]))!r}," for n in names if refs[n]),
        "}",
        "#: base.html around each page kind: text, (\"value\", name, escaped) and",
        "#: (\"if\", name, pieces when true, pieces when false); see timeline/site/theme.py.",
        "SHELLS = {",
        *(f"    {kind!r}: {pprint.pformat(_shell_pieces(env, path), width=105)}," for kind, path in KINDS.items()),
        "}",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args not in (["--update"], ["--check"]):
        print("usage: python -m timeline.site.theme --update | --check", file=sys.stderr)
        return 2
    text = generate()
    if args == ["--check"]:
        if TABLE.read_text(encoding="utf-8") != text:
            print(f"{TABLE} is stale: run python -m timeline.site.theme --update", file=sys.stderr)
            return 1
        return 0
    TABLE.write_text(text, encoding="utf-8")
    print(f"wrote {TABLE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
