"""A stance is no event: "It seems inevitable that the oil will reach the shore by Friday", "It is unclear whether
the talks will resume next week", "There are fears that the leak could last until August", "Fears are growing that the
harvest will fail this year", "Analysts are wondering whether the merger talks of 2007 could return"; and a live
page's entry that only asks ("4pm: So what is actually happening down there?").

The main clause tells how something looks to someone, or what people fear, hope or wonder; what it is about has not
happened, and the stance itself is no act a timeline carries (the censuses' "not-event": speculation, worries, a
bystander's hopes). A date in such a clause dates only the thing looked at. A speaker's own words are a saying ("the
mayor said she was worried the dam could fail on Friday"), and a party's hope ("BP is hoping to cap the well next
week", "BP is hoping the new cap will hold by Friday") tells what it plans or expects, as a statement would: those stay
events, as does a happening the clause names ("the April 20 blast", kept by the caller before it asks here).
"""

from __future__ import annotations

import re

from timeline.extract.saying_words import SAY_FORMS, alternation, spoken

__all__ = ["OWN_CLAUSE", "in_stance"]

#: What may stand before the main clause: a link word, or a short phrase of time or place ("Around the coast this
#: week,"); a phrase that tells a happening ("With the failure of the top kill on Saturday,") or a clause of its own
#: ("Although the strain seems mild,") has a date of its own.
_OPENING = (r"[\s“\"‘]*(?:(?:but|and|still|yet|so|now|however|meanwhile)\b[\s,]*)?"
            r"(?:(?:(?!(?:with|after|since|following|although|though|while|as|when|because|if|despite|amid)\b)"
            r"(?:in|on|at|around|across|along|by|this|last|for|throughout|over|from|near|among)\b"
            r"(?:\s+(?![\w'’-]*(?:ed|ing)\b)[\w'’.-]+){1,8},\s+))?")
#: "It seems inevitable that", "It looked as if", "It is unclear whether", "It remains too early to say how much".
_IMPERSONAL = (r"it\s+(?:(?:seems|seemed|looks|looked|appears|appeared)\s+(?:(?:all\s+but\s+|almost\s+|increasingly\s+|"
               r"highly\s+|very\s+)?(?:inevitable|likely|unlikely|certain|probable|doubtful)\s+(?:that\s+)?[a-z]|as\s+"
               r"(?:if|though)\b)|(?:is|was|remains|remained)\s+(?:still\s+|now\s+)?(?:unclear|not\s+(?:yet\s+)?clear|uncertain|"
               r"not\s+known|unknown|too\s+(?:early|soon)\s+to\s+(?:say|tell))\s+(?:whether|if|when|how\s+(?:long|much|many|"
               r"soon|far)\b))")
#: "There are fears that", "There were growing worries that", "Fears are growing that".
_WORRIES = (r"(?:there\s+(?:are|were|is|was)\s+(?:growing\s+|mounting\s+|widespread\s+|also\s+|some\s+|now\s+|still\s+)?"
            r"(?:fears|worries|concerns|doubts)\s+(?:that|about\s+whether|whether)\b|(?:fears|worries|concerns|doubts)\s+"
            r"(?:are|were|have\s+been|had\s+been)\s+(?:growing|mounting|rising)\s+that\b)")
#: "Health officials are worried it might return", "Analysts are wondering whether": a present mind, with the clause
#: it is about (never a saying, which :data:`_SAYING` keeps; a hope is a party's plan or expectation, and stays).
_MIND = (r"(?:(?!(?:it|there)\b)[\w'’.-]+\s+){1,5}?(?:is|are)\s+(?:still\s+|now\s+|also\s+|increasingly\s+)?"
         r"(?:wondering|worried|concerned|fearful|afraid)\s+(?:that\b|whether\b|if\b|(?:it|they|he|she|this|the|a|"
         r"an|its|their|some|bad|(?-i:[A-Z][\w'’-]*))\s)")
_STANCE = re.compile(rf"(?i){_OPENING}(?:{_IMPERSONAL}|{_WORRIES}|{_MIND})")
#: A live page's entry that only asks ("4pm: So what is actually going on down there?", "1947: One more big question:
#: will the president call for a carbon price?"): the newsroom's open question, which its stamp does not make a happening.
_POSED_QUESTION = re.compile(r"(?i)^\s*(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{4}):\s+(?:[^:?,]{0,60}[:,]\s+)?"
                             r"(?:so\s+|but\s+|and\s+)?(?:what|which|who|why|how|when|where|will|would|should|could|can|is|"
                             r"are|does|do|did)\b[^?]*\?[\s”\"’']*$")
#: A clause of its own after the stance ("..., after the talks collapsed on Monday", "how long repairs take after the crane
#: fell on Tuesday", "the leak, which halted the tests
#: that began on Wednesday"): its date is its own. A concession
#: ("although the coastguard was still awaiting Friday's survey") is the stance's background and stays with it.
OWN_CLAUSE = re.compile(r"(?i)(?:[,;]|\s[—–-]{1,2})\s+(?:after|when|as|because|since|but|and|until|before|once|which|who)\s|"
                         r"\s(?:after|when|because|since|before|once)\s+(?:[\w'’-]+\s+){1,5}?(?:[a-z]{3,}ed|was|were|had)\b")
#: A date told again by a clause of its own right after it: "in 1989, when one of its tankers ran aground".
_WHEN_IT_HAPPENED = re.compile(r"[^,;:.!?]{1,30}?,\s+when\s")
_SAYING = re.compile(r"(?i)\b(?:" + alternation(SAY_FORMS, spoken("tell", "add"), {"stated", "insisted", "announced"})
                     + r"|according\s+to)\b")


def in_stance(text: str, sentence_start: int, pos: int, sentence_end: int) -> bool:
    """Whether the date at ``pos`` lies in a sentence whose main clause is a stance (how things look, a fear, a hope
    or a wondering), told by no one's saying, before any clause of its own that follows it; or in a live entry that
    only asks a question."""
    sentence = text[sentence_start:sentence_end]
    if _POSED_QUESTION.match(sentence):
        return True
    stance = _STANCE.match(sentence)
    if stance is None or _SAYING.search(sentence):
        return False
    if _WHEN_IT_HAPPENED.match(text, pos, sentence_end):
        return False  # "the outrage aimed at Exxon in 1989, when one of its tankers ran aground": 1989 is the grounding's
    own = OWN_CLAUSE.search(sentence, stance.end())
    return own is None or pos - sentence_start < own.start()
