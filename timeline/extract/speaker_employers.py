"""A speaker's "the company" named as the company the story says the speaker works for.

A story names its speakers with their office and employer ("BP Chief Operating Officer Doug Suttles", "Kent Wells,
BP's senior vice president,", "Bob Dudley, managing director of BP,") and then reports them speaking of their
employer by its noun: "Suttles said the company would try the procedure again", "Wells said the oil giant had been
given ...". When the story names several organisations (the Coast Guard, a contractor, a regulator), the finders that
name "the company" only when one company could be meant (:mod:`.sole_company`, :mod:`.company_named`) leave it;
yet a reader knows whose company an executive or a spokesman speaks of. A title whose speaker opens it and whose
"the company" (or "the firm", "the oil giant", "the group") follows the verb of saying takes the one company the
story gave the speaker as employer. An office that speaks from outside (an analyst, a lawyer, a regulator) says
nothing of whose company it is, nor do two employers for one speaker: the title stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.extract.company_kinds import ANY_COMPANY_NOUN
from timeline.extract.names import LEGAL_FORMS, NameIndex, looks_personal
from timeline.extract.saying_words import alternation, spoken

__all__ = ["speakers_company"]

#: Offices held inside a company, whose holder speaks for it (not an analyst's or a lawyer's, who speak of others).
_INSIDE_ROLES = (r"chief\s+executive|chief\s+(?:operating|financial|technology)\s+officer|executive|officer|chairman|"
                 r"chairwoman|chief|president|vice[\s-]president|managing\s+director|director|spokes(?:man|woman|person)|"
                 r"manager|head|boss|founder|lobbyist|engineer|official")
#: The words of an office between an employer and the holder's name: "Chief Operating Officer", "'s senior vice
#: president", "spokesman".
_ROLE = r"(?:(?:[A-Za-z][\w-]*)[ \t]+){0,4}?(?i:" + _INSIDE_ROLES + r")s?"
#: A capitalised name of one to four words on one line (not "Monday.\nNorthfield"), not a sentence's article.
_ORG = r"(?!(?:The|A|An|In|On|At|But|And|By|For)\b)[A-Z](?:[\w&-]|\.(?=\w))*(?:[ \t]+[A-Z](?:[\w&-]|\.(?=\w))*){0,3}?"
#: A title that opens with its speaker and a verb of saying: "Doug Suttles says (that)", "Wells also tells Reuters".
_SPEAKER = re.compile(r"(?P<who>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+(?:also\s+|later\s+)?"
                      r"(?:" + alternation(spoken("say", "add", "admit", "insist", "warn", "confirm", "announce", "note",
                                                  "concede", "acknowledge", "claim", "deny", "explain", "predict",
                                                  "believe", "estimate", past=False), {"accepts", "hopes", "expects"})
                      + r"|tells\s+[A-Z][\w.]*)\s")
#: The company by its noun, after the verb: "the company", "the oil giant", "the British firm", "the company's".
_DESCRIPTION = re.compile(r"\b[Tt]he\s+" + ANY_COMPANY_NOUN +
                          r"(?=['’]s\b|\s+[“\"‘]?(?!of\b|that\b|which\b|who\b|to\b|in\b|for\b)[a-z]|[,.;]|$)")


def _employers(text: str, person: str, end: int, names: NameIndex) -> dict[str, str]:
    """The companies ``text`` before ``end`` names as ``person``'s employer beside a mention of them: "BP spokesman
    Scott Dean", "Kent Wells, BP's senior vice president", "Bob Dudley, managing director of BP"."""
    surname = re.escape(person.split()[-1])
    given = r"(?:[A-Z][\w.'’-]*[ \t]+){0,3}"
    found = []
    before = re.compile(r"(?<![\w&.-])(?P<org>" + _ORG + r")(?:['’]s)?[ \t]+" + _ROLE + r",?[ \t]+" + given + surname + r"\b")
    after = re.compile(r"\b" + surname + r",\s+(?:(?:the|a|an)\s+)?(?:(?P<org>" + _ORG + r")(?:['’]s)?\s+" + _ROLE +
                       r"|" + _ROLE + r"\s+(?:of|at|for|with)\s+(?:the\s+)?(?P<org2>" + _ORG + r"))(?=[\s,.;)])")
    for pattern in (before, after):
        for m in pattern.finditer(text, 0, end):
            at = m.start("org") if m.group("org") else m.start("org2") if m.groupdict().get("org2") else -1
            # (the whole name the name finder read there: "Northfield Energy", not its first word)
            named = [n for n in names.between(at, at + 200) if n.start == at] if at >= 0 else []
            if named:
                found.append((names.resolve(named[0].text), named[0].text))
    # (every employer told counts against another, though a name like "Harwell Drilling" may read as a person's;
    # each as the story wrote it, "BP", not the long form the name finder joined it to, "British Petroleum")
    return {org: written for org, written in found if org != person}


def speakers_company(title: str, text: str, end: int, names: NameIndex, can_be_company: Callable[[str], bool]) -> str:
    """``title`` with the "the company" its opening speaker speaks of named as the speaker's one employer the article
    (``text`` up to ``end``, the statement's end) gives; else ``title``."""
    speaker = _SPEAKER.match(title)
    if speaker is None:
        return title
    found = _DESCRIPTION.search(title, speaker.end())
    person = names.resolve(speaker.group("who"))
    if found is None or not looks_personal(person):
        return title  # ("Shell says the company ...": an organisation speaks of another)
    employers = _employers(text, person, end, names)
    if len(employers) != 1:
        return title  # no employer told, or two: which company is unclear
    (full, company), = employers.items()
    if looks_personal(full) or not can_be_company(full):
        return title  # ("Coast Guard spokesman ... said the company": a public body speaks of a company)
    if len(company.split()) > 1 and company.split()[-1].rstrip(".").lower() in LEGAL_FORMS:
        company = company.rsplit(None, 1)[0].rstrip(",")  # "BP Plc": a headline names the company without its form
    if re.search(r"\b" + re.escape(company) + r"\b", title):
        return title  # "A BP spokesman says the company ...": naming it twice reads as two
    article = found.group(0)
    return f"{title[:found.start()]}{company}{title[found.start() + len(article):]}"
