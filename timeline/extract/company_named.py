""""The company" inside a title ("Salazar says the company made mistakes") named when the story leaves no doubt.

The chain of organisations (:mod:`.body_chain`) resolves "the company" opening a sentence; a reported clause's
"the company" ("BP chief executive Tony Hayward said the company was increasing ...") stays in the title, though
a reader knows which company it is when the text up to the statement names only one: the one :func:`.sole_company`
finds. With two companies named, or an unnamed one spoken of since ("a Houston firm"), it stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.extract.company_kinds import COMPANY_WORDS, THE_COMPANY, kind_fits
from timeline.extract.names import LEGAL_FORMS, NameIndex
from timeline.extract.saying_words import SAID_SAYS, alternation
from timeline.extract.sentence_company import headline_name
from timeline.extract.sentences import Sentence
from timeline.extract.sole_company import _LAW, sole_company
from timeline.extract.title_referents import actor_kind

__all__ = ["company_named"]

#: "The company" as the subject of a reported clause: "said the company", "says that the company".
_REPORTED = re.compile(r"\b(?:" + alternation(SAID_SAYS, {"added", "announced", "confirmed"}) + r"|told\s+\w+)"
                       r"\s+(?:that\s+)?the\s+" + COMPANY_WORDS + r"\b")


#: What a company's name does or owns after it: "Transvik said", "Transvik's shares" (a place seldom says anything).
_ACTS_AS_COMPANY = re.compile(r"(?:['’]s)?\s+(?:said|says|owned|owns|operated|operates|leased|leases|built|denied|denies|"
                              r"declined|blamed|hired|drilled|shares|stock|chief|executive|spokes(?:man|woman|person)|"
                              r"employees|workers|contract|contractors?)\b")


def _rivals(text: str, names: NameIndex, name: str, start: int, end: int, can_be_company: Callable[[str], bool]) -> bool:
    """Whether ``text`` between ``start`` and ``end`` names another company, though no kind of its name tells it is
    an organisation's (:func:`.sole_company` counts only those): "Transvik said", "Transvik's shares"."""
    for m in names.between(start, end):
        other = names.resolve(m.text)
        if other != name and not name.startswith(other) and can_be_company(other) and actor_kind(other) is None \
                and not _LAW.search(other) and _ACTS_AS_COMPANY.match(text, m.end):
            return True
    return False


def company_named(title: str, text: str, sentence: Sentence, end: int, names: NameIndex,
                  can_be_company: Callable[[str], bool]) -> str:
    """``title`` with its "the company" named: the one organisation that can be a company ``text`` names before
    ``end`` (the statement's end), or the one ``sentence`` names before its reported "the company"; else ``title``."""
    found = THE_COMPANY.search(title)
    if found is None or THE_COMPANY.search(text, sentence.start, max(end, sentence.end)) is None:
        return title  # ("the American drilling company, Transocean, ...": a title cut before the name it is)
    def company(name: str) -> bool:  # (not "NEUVILLE-SUR-SAONE", a dateline's place in capitals; "BP PLC" is one)
        return can_be_company(name) and not (name.isupper() and len(name) > 5
                                             and name.split()[-1].rstrip(".").lower() not in LEGAL_FORMS)

    name = first = sole_company(text, names, end, company)
    reported = _REPORTED.search(text, sentence.start, end)
    if name is None and reported is not None:
        # "After meeting BP executives, Salazar said the company ...", "BP chief executive Tony Hayward said the
        # company ...": the company the sentence named before the speaker's words, when it named only one
        name = sole_company(text, names, reported.start(), company, sentence.start)
    if name and _rivals(text, names, name, sentence.start if reported is not None and name != first else 0,
                        end, company):
        return title  # "Transvik" beside "Westmark Energy": a company of a name no kind tells is still a rival
    name = headline_name(name, text) if name else name  # "BP" for "BP Plc" and for "British Petroleum"
    if not name or re.search(r"\b" + re.escape(name) + r"\b", title):
        return title  # "BP said the company ...": a title naming it twice reads as two
    if not kind_fits(found.group(0), name, text):
        return title  # ("the airline" is no company the story never called one)
    return f"{title[:found.start()]}{name}{title[found.end():]}"
