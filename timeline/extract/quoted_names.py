"""A thing the story names by a quoted name: 'the "top kill" procedure', 'a procedure known as "top kill"'.

A new method, device or plan gets a name in quotation marks ("top kill", "static kill", "top hat", "junk shot") and the
story then calls it by its common noun ("The procedure, which began on Wednesday, involves ..."). Read alone on a
timeline, "The procedure begins" names nothing; "The "top kill" procedure begins" does. The name counts only when the
story's latest mention of the noun before the title is the named one: an earlier name may be another thing's ("the
"top kill" procedure" failed; "a procedure to insert a tube" is another). A name is two or three lower-case words in
quotation marks: one quoted word before a noun is a word held at arm's length (the "heartbreaking" oil), no name.
"""

from __future__ import annotations

import re

__all__ = ["quoted_form"]

#: A quoted name of two or three words: “top kill”, "static kill", ` top hat ' (a saved page's spaced quotes).
_QUOTED = r"(?:[“\"‘]|`\s?)(?P<name>[a-z][\w-]*(?:\s[a-z][\w-]*){1,2})(?:[”\"’]|\s?')"
#: What names a noun after it: "a procedure called a "top kill"", "the operation known as "static kill"".
_CALLED = r"\s+(?:(?:more\s+)?(?:technically\s+|commonly\s+|widely\s+)?(?:called|known\s+as|dubbed|nicknamed|named))\s+(?:an?\s+|the\s+)?"


def quoted_form(noun: str, before: str) -> str | None:
    """'the "top kill" procedure' when the last mention of ``noun`` in ``before`` (the story before a title whose
    subject is "The <noun>") gives it a quoted name, or None."""
    last = None
    for m in re.finditer(r"(?<![\w-])" + re.escape(noun) + r"(?![\w-])", before):
        last = m
    if last is None:
        return None
    head = re.search(r"(?<![\w-])[Tt]he\s+" + _QUOTED + r"\s+$", before[max(0, last.start() - 60):last.start()])
    if head is not None:
        return f'the "{head.group("name")}" {noun}'
    called = re.match(_CALLED + _QUOTED, before[last.end():last.end() + 80])
    if called is not None:
        return f'the "{called.group("name")}" {noun}'
    return None
