"""A date inside the subject of a subordinate clause is that clause's (issue 16: dates right).

"BP now aims to deploy a small dome over the leak after its effort over the weekend to cover it with a steel box was
stymied": no verb stands between "after" and the date, so the date reads as the main clause's, and the weekend's
failure dates Monday's plan. The noun phrase after the conjunction is the subject of a clause whose verb follows the
date; the date is that clause's own (:func:`verb_after_subject`), as it is when the verb comes first ("after a
company executive wrote an essay in October": :mod:`.anchors`).

Only after a main clause told in the present or to come: after one in the past ("the team returned home after the
game on Saturday ended in a draw") the date is the nearest the story gives the main clause's act as well, and stays.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, auxiliaries
from timeline.english_verbs import IRREGULAR_PAST_PATTERN

__all__ = ["verb_after_subject"]

#: The verb of a subordinate clause whose subject held the date: "(after its effort over the weekend to cover the leak)
#: was stymied", "(after an attempt on Saturday to cap it) failed". The subject's phrase runs on without a comma, a
#: clause's conjunction or a relative pronoun; its verb is a passive or a verb of failing or ending, never a bare past
#: form, which may be the phrase's participle ("a vote on Monday backed by the council").
_SUBJECT_RUN = re.compile(r"(?:[ \t]+(?!(?:and|but|or|that|which|who|as|while|when|saying|said|before|after|since|until|because|if)\b)[\w'’$%.-]+){0,10}?[ \t]+"
                          r"(?P<verb>(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, without={"have"}) + r")[ \t]+[a-z]{3,}(?:ed|en)|failed|collapsed|stalled|"
                          r"faltered|foundered|fell[ \t]+through|went[ \t]+wrong|ended)\b")


def verb_after_subject(text: str, main: str, date_end: int, sentence_end: int) -> bool:
    """Whether a verb of the clause a conjunction opened follows the date, whose noun phrase is its subject, after a
    main clause ``main`` told in the present or to come: "BP now aims to deploy a dome after its effort over the
    weekend to cover the leak was stymied". The date is that clause's (the effort's failure), not the aim's, though
    no verb stands between the conjunction and it. After a main clause in the past ("the team returned home after
    the game on Saturday ended") the date is the nearest the story gives the main clause's act as well, and stays."""
    if _PAST_IN_MAIN.search(main) or not _PRESENT_IN_MAIN.search(main):
        return False  # (no verb of its own before the conjunction: "Many of the decisions taken on the rig before the
        # blow-out on 20 April were taken to save money" is one clause, the date inside its subject's phrase)
    m = _SUBJECT_RUN.match(text, date_end, sentence_end)
    return m is not None and not re.search(r"[,;:()“”\"]", text[date_end:m.start("verb")])


#: A past verb of the main clause: "returned", "went", "was".
_PAST_IN_MAIN = re.compile(r"(?i)\b(?:[a-z]{3,}ed|was|were|had|said|told|" + IRREGULAR_PAST_PATTERN + r")\b")
#: A verb of the main clause told in the present or to come: "now aims to", "will", "is".
_PRESENT_IN_MAIN = re.compile(r"(?i)\b(?:now|will|would|could|can|may|might|must|should|shall|is|are|has|have|does|do)\b|"
                              r"\b[a-z]{3,}s\s+to\b")
