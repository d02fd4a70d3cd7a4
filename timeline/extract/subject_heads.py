"""A title cut before its verb keeps its subject's head and its predicate.

A headline is a sentence: who did what. When a sentence's subject is long (a list after a preposition, "The uneasy
truce among the council, the bus firm and the unions"; a relative clause, "The shoppers who make this town of
2,000 what it is"), a cut at the title's length can fall inside the subject, and what is left names someone and
tells nothing. An editor keeps the subject's head, the noun phrase before its first preposition, relative pronoun
or comma, and puts the predicate after it: "The uneasy truce is collapsing", "The shoppers are missing".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.english_auxiliaries import MODAL_VERBS, auxiliary_words
from timeline.extract.title_gate import has_verb
from timeline.extract.title_open import finite_at
from timeline.extract.title_tense import plural_subject

__all__ = ["predicate_kept"]

#: Where a subject's head ends: a preposition, a relative pronoun or a participle phrase opens its modifier.
_HEAD_END = re.compile(r"\s+(?:of|on|in|at|for|from|with|near|off|over|about|into|behind|between|among|across|under|"
                       r"after|before|who|which|that|whose|whom|where|when|what)\b|,")
#: A short "of" phrase that completes the head, up to where the subject's modifier starts: "piece (of equipment)
#: designed to ...", "alliance (of three firms), ...".
_OF_COMPLEMENT = re.compile(r"\s+of\s+(?:(?:the|a|an)\s+)?(?!(?:the|a|an)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s+(?:[a-z]+ed|"
                            r"[a-z]+ing|who|which|that|whose)\b|,|$)")
#: Words a head may open with: a determiner, or a name (a capitalised word) for a plain noun phrase.
_HEAD_START = re.compile(r"(?:The|A|An|Its|His|Her|Their|Our|Some|Many|Most|Several|Two|Three|Four|Five|[A-Z][a-z]+s)\s")
#: A clause inside the subject, whose verb may be the one taken for the sentence's: a subordinator, or a verb that
#: reports or decides ("leading the WHO to declare a pandemic is imminent").
_CLAUSE_INSIDE = re.compile(r"\b(?:as|because|though|although|while|when|if|since|until|unless|declare[sd]?|declaring|"
                            r"predicts?|predicted|believes?|believed|expects?|expected|warns?|warned|says?|said|"
                            r"announced?|announces|suggests?|suggested|suggesting|shows?|showed|shown|(?:remains|means|seems|appears)\s+that)\b")
#: A participle before its phrase and an infinitive: modifiers of the subject's noun, no verb of its own.
_MODIFIER_VERBS = re.compile(r"\b[a-z]{3,}ed\s+(?=(?:to|by|in|for|from|under|with|at|on|as)\b)|\bto\s+[a-z]+")
_MODALS = auxiliary_words(MODAL_VERBS)
#: A verb of being or having whose number the head decides ("The truce ... and the unions are" -> "The truce is").
_AGREEING = {"is": "are", "are": "is", "was": "were", "were": "was", "has": "have", "have": "has"}


def predicate_kept(text: str, verb_at: int, cut: str, cut_again: Callable[[str, int], str]) -> str:
    """``cut`` (``text`` cut to a title's length) when it reaches the verb at ``verb_at``; else, when the subject
    before it has a head of two words or more, the head with the predicate, cut again by ``cut_again``; else ``cut``.
    A subject that ends on a name ("the former adviser to the governor Mary Dunne") is a role before the name and
    has no head to keep."""
    if not verb_at or len(cut.rstrip(" ,;:")) > verb_at or verb_at >= len(text) or not text[verb_at - 1].isspace():
        return cut  # (a subject shortened after its verb was found leaves the verb's offset inside another word)
    subject = text[:verb_at].rstrip()
    if not _HEAD_START.match(subject) or re.search(r"[A-Z][\w'’.-]*$", subject) or "“" in subject or '"' in subject:
        return cut
    if re.search(r"\b(?:that|which|who)(?:\s+\S+)?$", subject):
        return cut  # ("... make for a mix that has | hit the industry": the verb taken is a relative clause's)
    if re.search(r",\s+(?:and|but|or|while|as|whereas)\s", subject):
        return cut  # ("The pipeline carries 12% of the output, and the shutdown | has raised": two clauses)
    if _CLAUSE_INSIDE.search(subject):
        return cut  # ("the outbreak, leading the WHO to declare a pandemic | is imminent": the verb is a clause's inside)
    before_relative = re.split(r"\s+(?:who|which|that|whose|whom|where|what)\s", subject, maxsplit=1)[0]
    words = before_relative.split()
    modifiers = _MODIFIER_VERBS.sub(" by ", before_relative)  # (a preposition in their place; "a piece of equipment designed to control": no verb)
    if any(finite_at(words, i) for i in range(1, len(words))) or any(has_verb(piece) for piece in modifiers.split(",")):
        # ("A panel of engineers appointed last spring concluded that ... | had been", "The outburst of sympathy follows
        # an apology ... to | set up": a verb before the one taken is the sentence's own)
        return cut
    end = _HEAD_END.search(subject)
    if end is None or end.start() == 0:
        return cut
    head = subject[:end.start()]
    complement = _OF_COMPLEMENT.match(subject, end.start())
    if complement is not None:  # "A new piece of equipment | designed to ...": the "of" phrase names what the head is
        head = subject[:complement.end()]
    if len(head.split()) < 2 or head.split()[-1].lower() in {"and", "or", "but"} or has_verb(head):
        return cut  # ("The county's losses stem | from lower sales": the verb was taken further on, and the cut has its own)
    predicate = text[verb_at:]
    words = predicate.split(" ", 2)
    if len(words) > 2 and words[0] in _AGREEING and words[1] in _AGREEING:
        predicate = predicate[len(words[0]) + 1:]  # "who make this town what it is | are missing": the clause's verb first
    verb = predicate.split(" ", 1)[0]
    singular = not plural_subject(head + " ")
    if singular and verb not in _AGREEING and re.fullmatch(r"[a-z]+", verb) and not re.search(r"(?:s|ed)$", verb) \
            and verb not in _MODALS:
        return cut  # ("The recovery ... and fuel prices | mean": a plural verb the head alone cannot take)
    if verb in _AGREEING and (verb in {"are", "were", "have"}) != plural_subject(head + " "):
        predicate = _AGREEING[verb] + predicate[len(verb):]
    kept = cut_again(f"{head} {predicate}", len(head) + 1)
    return kept if len(kept.rstrip(" ,;:")) > len(head) + 1 else cut
