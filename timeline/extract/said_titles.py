"""A saying's title that carries what was said when the quotation's first words will not stand (issue 16).

The title writer puts a saying as "Speaker: “...”" (:func:`.title_quotes.with_quote`); when no piece of the
quotation makes a headline, it keeps the attribution alone ("Nicola Sturgeon says", "An administration official
who spoke on the condition of anonymity says"), which tells nothing. Three things a headline writer drops often
stand in the way, or leave room for no more than the frame ("We can confirm that one of the patients"), and are
dropped here before the quotation is put in the title:

- the speaker's description: a relative clause ("who spoke on the condition of anonymity"), the occasion told by a
  participle ("Obama when opening up new parcels for drilling"), a place line before the speaker ("Amherst, Mass.:
  President Obama"), the statement a body or a person's words were issued in ("A statement issued on behalf of
  William Reed"): the speaker's name or role is the headline's, and leaves room for the words;
- an aside between the quotation's subject and its verb ("The death of the child, coming so soon after his
  mother's, is a tragedy"; "one of the patients, who had been in hospital, has died");
- a condition before a main clause that stands alone ("If the cap holds, | it is possible that part of the well could
  crack"): the main clause, with its hedge, when the condition is the plan's own success; what may happen on any
  other condition keeps it or has no title (:mod:`.supposed_sayings`);
- a frame that only vouches for what follows ("It turns out, by the way, that ...", "We can confirm that ...",
  "The fact is ...", and a speaker's filler, "I mean, just ...", "Look, ..."): the claim after it is what was said. A frame of belief or hope ("I think", "we hope") hedges the
  claim and stays.

Nothing is reworded: every word kept in the title is the speaker's, in the speaker's order.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, MODAL_VERBS, auxiliaries
from timeline.extract.saying_words import alternation, spoken
from timeline.extract.suppositions import supposes
from timeline.extract.title_quotes import with_quote

__all__ = ["said_title"]

_SAID = alternation(spoken("say", "tell", "add", "write", "state"))

#: What describes the speaker before the saying verb: a relative clause, an occasion told by a participle.
_DESCRIBED = re.compile(r"\s+(?:(?:who|which)\s+[^,“”\"]{3,80}?|(?:when|while|after|before)\s+[a-z]+ing\b[^,“”\"]{0,80}?)"
                        r"(?=,?\s+(?:(?:also|again|later|then)\s+)?(?:" + _SAID + r")\b)")
#: A place line before the speaker: "Amherst, Mass.: President Obama", "WASHINGTON: The agency".
_PLACE_LINE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?:\s+(?=[A-Z])")
#: "A statement issued on behalf of William Reed, said": the one the statement speaks for is the speaker.
_STATEMENT_FOR = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?statement\s+(?:issued|released|put\s+out|read\s+out|sent)\s+"
                            r"(?:by|on\s+behalf\s+of)\s+(?P<speaker>[^,“”\"]{2,80}?),?\s+(?=(?:" + _SAID + r")\b)")

#: An aside between commas before a finite verb: the subject goes on at the verb ("The death of the child, coming so
#: soon after his mother's, is a tragedy").
_ASIDE = re.compile(r",\s+(?:especially|particularly|including|even|who|which|and\s+(?:had|has|have|was|were)|[a-z]{3,}ing|"
                    r"[a-z]{3,}ed)\b[^,;:“”\"]{2,100},\s+(?=(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, MODAL_VERBS, without={"shall"})
                    + r"|remains?|seems?)\b)")
#: A frame that vouches for the claim after it: "It turns out, by the way, that", "With regret, we can confirm that".
_VOUCHING = re.compile(r"^(?:(?:I\s+mean|You\s+know|Look|Listen|Well|Frankly|Honestly),\s+(?:just\s+)?|"
                       r"(?:[A-Z][a-z]+(?:\s+[a-z]+){0,3},\s+)?(?:[Ii]t\s+turns\s+out|[Ww]e\s+can\s+(?:now\s+)?confirm|"
                       r"I\s+can\s+(?:now\s+)?confirm|[Ww]e\s+can\s+tell\s+you|I\s+can\s+tell\s+you|[Tt]he\s+fact\s+is|"
                       r"[Ii]t\s+is\s+(?:clear|true))(?:,\s+[^,“”\"]{2,30},)?\s+(?:that\s+)?)(?=[a-zA-Z])")


def said_title(attribution: str, quote: str) -> str:
    """The saying's title from its attribution and what was said (:func:`.title_quotes.with_quote`), made after the
    speaker's description, an aside and a vouching frame are dropped; when that holds nothing said, the one made from
    the attribution and the quotation as they stand."""
    speaker, said = _speaker_named(attribution), _frame_gone(_ASIDE.sub(_aside_gone, quote))
    cleaned = with_quote(speaker, said)
    if "“" not in cleaned and not supposes(said):  # (an outcome without its condition reads as a prediction)
        main = _EXPLETIVE_MAIN.match(said)
        # (its own condition after it goes too: "could crack | if the pressure builds" is told by the main clause)
        clause = re.sub(r"\s+(?:if|unless|because|when|while|once)\s.*$", "", main.group("main")) if main else ""
        cleaned = with_quote(speaker, clause[0].upper() + clause[1:]) if main else cleaned
    return cleaned if "“" in cleaned else with_quote(attribution, quote)


#: A condition before a main clause whose "it" or "there" points at nothing ("If the cap holds and they close the well,
#: | it is possible that part of it could crack"): the main clause is what was said, its hedge kept; an "it" or
#: "that" that points back at the condition ("..., then that puts you ...") says nothing alone.
_EXPLETIVE_MAIN = re.compile(r"(?i)(?:even\s+)?(?:if|unless)\b[^“”\"]{3,200}?,\s+(?:then\s+)?(?P<main>(?:it\s+(?:is|was|would\s+be|"
                             r"will\s+be|could\s+be)\s+(?:quite\s+|very\s+|entirely\s+)?(?:possible|likely|unlikely|"
                             r"probable|certain|clear|inevitable)\s+that|there\s+(?:is|are|will\s+be|would\s+be|could\s+be))\s.+)$")


def _aside_gone(aside: re.Match[str]) -> str:
    """A space for the aside, when what it stands after is a subject: words with no subordinate clause in them ("For
    him to bring 2,000 fans because he has a fight, even when ..., is incredible" is a clause's subject, cut apart
    by no aside alone)."""
    return aside.group() if _SUBORDINATE.search(aside.string, 0, aside.start()) else " "


#: Words that open a subordinate clause or an infinitive's subject: "because", "if", "for ... to".
_SUBORDINATE = re.compile(r"(?i)\b(?:because|if|when|whenever|although|though|while|since|unless|until|whether|for\s+"
                          r"[^,]{1,40}?\s+to)\b")


def _speaker_named(attribution: str) -> str:
    """The attribution without what describes its speaker ("An official who spoke on condition of anonymity said" ->
    "An official said")."""
    statement = _STATEMENT_FOR.match(attribution)
    if statement is not None:
        attribution = statement.group("speaker") + " " + attribution[statement.end():]
    return _DESCRIBED.sub("", _PLACE_LINE.sub("", attribution))


def _frame_gone(quote: str) -> str:
    """The quote without a frame that vouches for what follows, its first word's capital put back."""
    frame = _VOUCHING.match(quote)
    if frame is None or len(quote) - frame.end() < 15:
        return quote
    rest = quote[frame.end():]
    return rest[0].upper() + rest[1:]
