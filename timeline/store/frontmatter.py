"""YAML front matter of source documents (``---`` fenced block on line 1).

Shared by the store (``content/sources/``) and any reader of documents: the
block is composed with the same safe, bounded, mark-keeping loader as events
files, so its errors carry the line in the whole file, not in the block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from timeline.errors import TimelineError
from timeline.model import Precision
from timeline.store.fields import Checker, did_you_mean
from timeline.store.yamlfile import YamlText, compose, error_at, is_null

FRONT_MATTER_KEYS = ("title", "url", "publisher", "published", "timezone")
#: How close an unknown key must be to a known one to be reported as a likely
#: typo ("titel", "publshed"); other tools' own keys ("id", "author", "tags")
#: are kept as metadata without a word.
TYPO_CUTOFF = 0.75

#: A front-matter value as plain data: text for scalars, lists and mappings of them.
Metadata = str | None | list["Metadata"] | dict[str, "Metadata"]
_FENCE = re.compile(r"^---[ \t]*\r?$", re.M)


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """Validated front matter plus where the body starts.

    ``published`` is the ISO value as written (day or date-time precision);
    ``body_offset``/``body_line`` locate the body in the file so quotes can be
    pointed at. Keys this tool does not know (another tool's ``id``,
    ``author``, ``tags``) are kept in ``metadata`` in the order written;
    ``warnings`` holds the located did-you-mean notes for likely typos.
    """

    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    timezone: str | None = None
    body_offset: int = 0
    body_line: int = 1
    errors: tuple[TimelineError, ...] = field(default_factory=tuple)
    metadata: tuple[tuple[str, Metadata], ...] = field(default_factory=tuple)
    warnings: tuple[TimelineError, ...] = field(default_factory=tuple)


def split(text: str, path: str) -> tuple[str | None, int, int]:
    """``(yaml_block, body_offset, body_line)``; ``None`` block when there is no front matter."""
    first = _FENCE.match(text)
    if first is None:
        return None, 0, 1
    closing = _FENCE.search(text, first.end())
    if closing is None:
        raise TimelineError("front matter opened with '---' on line 1 is never closed", path, 1, 1)
    body = closing.end()
    if text[body:body + 1] == "\n":
        body += 1
    return text[first.end():closing.start()], body, text.count("\n", 0, body) + 1


def parse_front_matter(text: str, path: str) -> FrontMatter:
    """Read and validate a document's front matter.

    Errors are collected in ``errors`` (not raised) so a caller validating many
    files can report them all; a fence that is never closed or a YAML syntax
    error yields just that error.
    """
    try:
        block, offset, line = split(text, path)
        # The block keeps the opening fence's line break, so its lines are the file's lines.
        root = compose(YamlText(path, block)) if block is not None else None
    except TimelineError as exc:
        return FrontMatter(errors=(exc,))
    if root is None:
        return FrontMatter(body_offset=offset, body_line=line)
    check = Checker(path)
    extra: dict[str, tuple[Node, Node]] = {}
    values = _fields(check, root, extra)
    warnings = []
    for key, (key_node, _value) in extra.items():
        hint = did_you_mean(key, FRONT_MATTER_KEYS, TYPO_CUTOFF)
        if hint:
            warnings.append(error_at(f"unknown key {key!r} in front matter kept as metadata{hint}", path, key_node))
    metadata = tuple((key, _plain(value)) for key, (_key, value) in extra.items())
    return FrontMatter(**values, body_offset=offset, body_line=line, errors=tuple(check.errors),
                       metadata=metadata, warnings=tuple(warnings))


def _plain(node: Node) -> Metadata:
    """A node as plain data; scalars stay the text written (``2021`` is not a number here)."""
    if isinstance(node, ScalarNode):
        return None if is_null(node) else node.value
    if isinstance(node, SequenceNode):
        return [_plain(item) for item in node.value]
    if isinstance(node, MappingNode):
        return {str(_plain(k)): _plain(v) for k, v in node.value}
    return None


def _fields(check: Checker, root: Node, extra: dict[str, tuple[Node, Node]]) -> dict[str, str | None]:
    f = {k: pair[1] for k, pair in check.mapping(root, "front matter", FRONT_MATTER_KEYS, extra).items()}
    tz = check.timezone(f.get("timezone"), "timezone")
    published = check.when(f.get("published"), "published", tz)
    if published is not None and published.precision.rank < Precision.DAY.rank:
        check.add(f"published: {published.value()!r} is not a day; give it as YYYY-MM-DD", f["published"])
        published = None

    def text(key: str) -> str | None:
        value = check.text(f.get(key), key)
        return value.strip() or None if value is not None else None

    return {"title": text("title"), "url": check.url(f.get("url"), "url"), "publisher": text("publisher"),
            "published": published.value() if published else None, "timezone": tz}
