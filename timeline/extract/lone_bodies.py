"""Whether a lone capitalised name ("Halliburton", "Hiscox") is an organisation's, told by the story's own pronouns.

A one-word name may be a person's surname or an organisation's: the name finder cannot tell "Halliburton" from
"Hayward", and a finder that counts the organisations before an "It says" (:mod:`.sole_antecedents`) leaves such a
name as a maybe. The story tells which by the pronoun it gives the name: "Halliburton remains confident that all the
work it performed ... its contract" is an organisation; "Hayward said his ..." a man. A lone name is an
organisation's when:

- the story calls it by an organisation's noun right before it ("cement contractor Halliburton", "drilling firm
  Transocean"), or goes on from it with "its" in the same clause ("Halliburton said its ...", "Hiscox estimates its bill"),
  no other name between, and never with "he", "his", "she" or "her" that way;
- the story gives no one that surname ("Robert Hiscox") and names no man or woman by it ("Mr Hiscox").

("it" alone tells nothing: "Hayward said it was a tragedy".)
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from timeline.extract.company_kinds import SORTED_ONLY, business_nouns
from timeline.extract.names import NameIndex, looks_personal

__all__ = ["BODY_NOUNS", "acts_as_body"]

#: Common nouns of an organisation a story may not name: "the commission", "the fund", "a company".
BODY_NOUNS = (r"agency|commission|committee|panel|council|board|department|ministry|government|administration|"
              r"fund|court|union|association|institute|university|school|hospital|network|newspaper|team|party|"
              r"authority|regulator|" + business_nouns(*SORTED_ONLY))

#: What may stand between a name and the pronoun that goes on from it in the same clause: up to eight words, no
#: full stop, no capitalised word (another name).
_BETWEEN = r"(?:\s+(?![A-Z])[\w’'$%,-]+){0,8}?\s+"


def acts_as_body(name: str, text: str, names: NameIndex, known: Mapping[str, str]) -> bool:
    """Whether the story ``text`` tells the lone name ``name`` is an organisation's (see the module's docstring)."""
    if " " in name or name in known or any(full.split()[-1] == name and looks_personal(full) for full in names.counts):
        return False
    if re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+" + re.escape(name) + r"\b", text):
        return False
    if re.search(r"\b(?:" + BODY_NOUNS + r")\s+" + re.escape(name) + r"\b(?!\s+[A-Z])", text):
        return re.search(r"\b" + re.escape(name) + _BETWEEN + r"(?:he|his|she|her)\b", text) is None  # "contractor Halliburton"
    stem = r"\b" + re.escape(name) + r"\b(?!['’])" + _BETWEEN
    return re.search(stem + r"its\b", text) is not None and re.search(stem + r"(?:he|his|she|her)\b", text) is None
