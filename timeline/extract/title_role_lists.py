"""A subject that lists people with their job titles keeps the people.

"Transport Secretary Jane Doe, Health Secretary Tom Ray and Coast Guard Commander Ann Lee will travel to the
region" spends a headline's room on the roles, and a cut then falls inside the list, before the verb. A headline
names the people and tells what they do: "Jane Doe, Tom Ray and Ann Lee will travel to the region". Two people
joined by "and" are :func:`.title_subjects.drop_role`'s; this module takes lists of three or more.
"""

from __future__ import annotations

import re

from timeline.extract.title_subjects import _person_of
from timeline.extract.title_words import main_verb_start

__all__ = ["roles_gone_from_list"]

#: Where the items of a list of people part: a comma, with or without "and", or "and" alone.
_ITEM_BREAK = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def roles_gone_from_list(text: str) -> str:
    """``text`` with each person in a subject list of three or more named without the job title before the name,
    when every item is a role and a name; else ``text``."""
    if len(_ITEM_BREAK.findall(text)) < 2:  # the subject is the text's start: it cannot list three
        return text
    end = main_verb_start(text)
    if end <= 0:
        return text
    subject = text[:end].rstrip()
    items = _ITEM_BREAK.split(subject)
    if len(items) < 3 or len(items) > 6:
        return text
    names = [_person_of(item.split()) for item in items]
    if any(name is None for name in names) or all(name == item for name, item in zip(names, items, strict=True)):
        return text
    return f"{', '.join(names[:-1])} and {names[-1]} {text[end:].lstrip()}"
