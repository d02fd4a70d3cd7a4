"""What "it", "its", "the company" or "the firm" opening a sentence stands for: the organisation a reader follows.

Split from ``actors`` (who did what in a sentence): this module keeps the story's organisations, the one it
is about and the ones each sentence names, as a reader would while reading on.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import HAVE_FORMS, WILL_WOULD, auxiliaries
from timeline.english_verbs import IRREGULAR_PARTICIPLES, IRREGULAR_PAST_PATTERN, s_ending
from timeline.extract.actors import BODY_SUBJECT, PEOPLE_AT, ROLE_AFTER_EMPLOYER, TITLED, strip_opening
from timeline.extract.company_kinds import BUSINESS_NOUNS, SORTED_ONLY, business_nouns
from timeline.extract.names import GROUPS, LEGAL_FORMS, NameIndex, looks_personal
from timeline.extract.sentences import Sentence
from timeline.extract.sole_company import sole_company, sole_owner
from timeline.extract.title_referents import (
    DOING,
    EXPLETIVE_IT,
    NEWS_OUTLET,
    PASSIVE_IT,
    PUBLIC_BODY,
    THING_ACTOR,
    THING_PASSIVE_IT,
    actor_kind,
)
from timeline.extract.trailing_speakers import speaker_first
from timeline.extract.vessel_things import VESSEL_HAPPENS, sunk_vessel

__all__ = ["BODY_OPENING", "BodyChain", "thing_subject"]


#: "The company", "the firm's", "the London-based oil giant": a noun that names an organisation of the story, never
#: a thing; "the rival firm" or "another company" is some other one.
_BODY_NOUN = re.compile(r"^The (?:(?!(?:other|rival|second|third|smaller|parent|sister|former|new|joint|same)\b)"
                        r"[A-Za-z][a-z]+(?:-[a-z]+)? ){0,2}(?:" + business_nouns("oil major", "oil giant") + "|"
                        # ("the British energy giant", "the Anglo-Dutch oil major": what kind of giant it is tells a firm)
                        r"(?<!The )(?<=[a-z] )(?:giant|major))(?=['’]s\s+[a-z]|\s+(?:--|[-—–])\s|"
                        r"\s+[a-z]|,)")


#: "The government", "The committee": an institution's word; it stands only for a name with that word in it.
_PUBLIC_NOUN = re.compile(r"^The (government|administration|department|council|committee|board|ministry|agency|"
                          r"network|channel|club|team)\b")
#: "Its shares", "Its chief executive": a possessive before what only a company has ("its full impact" is a thing's).
_CORPORATE_ITS = re.compile(r"^Its\s+(?:[a-z-]+\s+|(?:[A-Z][a-z]+\s+){1,2})?(?:shares?|share price|stock|profits?|revenues?|results|earnings|"
                            r"board|chief executive|chairman|boss|executives|staff|employees|workers|dividend|market value|"
                            r"losses|sales|customers|shareholders|investors)\b")
#: "It announced", "It has agreed": what an organisation does and a thing it owns does not.
#: (An organisation's acts, of which saying is one: a list of its own, not the saying lexicon's)
_ACTS_AS_BODY = re.compile(r"^It\s+(?:(?:also|later|then|" + auxiliaries(HAVE_FORMS, WILL_WOULD, without={"have"}) + r"|has\s+also|had\s+also)\s+)?(?:said|says|"
                           r"announced|announces|reported|reports|confirmed|confirms|added|adds|denied|denies|admitted|"
                           r"admits|agreed|agrees|pleaded|pleads|warned|warns|hired|hires|sold|sells|bought|buys|paid|pays|"
                           r"posted|posts|raised|raises|cut|cuts|told|tells|insisted|insists|declined|declines|filed|files|sued|"
                           # ("it spent $16m"; "it spent the next two months drifting" is a thing's time)
                           r"sues|lobbied|lobbies|invested|invests|merged|merges|acquired|acquires|began\s+life|(?:spent|spends)(?=\s+(?:about\s+|nearly\s+|some\s+|"
                           r"more\s+than\s+|over\s+)?[$£€\d]))\b")
#: "The scale of the backlash was outlined by Brent Coon & Associates, a law firm": the agent of a passive, who did
#: what the sentence tells (the name is the text after the match).
_AGENT = re.compile(r"\b(?:was|were|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}(?:ed|en)|"
                    + "|".join(sorted(IRREGULAR_PARTICIPLES)) + r")(?:\s+(?:out|up|down|off))?\s+by\s+(?:the\s+)?(?=[A-Z])")
#: "When Marubeni completes ...", "After BP capped ...": a lead clause opened by its subject.
_LEAD_SUBJECT = re.compile(r"(?:^|(?<=,\s))(?i:when|while|after|before|as|since|although|though|if|because|once|until)"
                           r"\s+(?=[A-Z])")
#: An opening that stands for an organisation: "It lost", "The company said", "Its shares fell", "The firm's".
BODY_OPENING = re.compile(BODY_SUBJECT.pattern + r"|^Its\s+(?:[a-z]|\d{4}\s+[a-z]|[A-Z])|" + _BODY_NOUN.pattern[1:] + "|"
                          + PASSIVE_IT.pattern[1:] + r"|^It\s+(?:is|was)\b(?=" + DOING + ")")


#: A sentence's subject that "it" can stand for in the next clause or sentence, with its verb after it: a thing or a
#: body named by a singular common noun ("The damaged rig sank", "The panel said"), or a storm by its name
#: ("Hurricane Alex churned"), an aside between commas after it ("The virus, which spreads easily, has been found").
#: ("The rigs" are "they"; "The man" is "he".)
_THING_SUBJECT = re.compile(
    # ("The Obama administration appealed": a name before the noun only says which one; "the new H1N1 virus", "the
    # swine flu (H1N1) virus": a code between its modifiers, a strain's or a model's, is one of them)
    r"((?:The|This)\s+(?:[A-Z][a-z][\w'’-]*\s+){0,2}(?:(?!(?:that|which|who|whose|it|he|she|they|we|and|or|but|of|to|in|on|"
    r"at|for|with|by|from|as)\s)(?:[a-z][\w'’-]*|[A-Z]+\d[A-Z\d]*|\([A-Z][\w-]{0,10}\))\s+){0,4}?(?P<head>[a-z][a-z-]*[a-z])|(?:Hurricane|Tropical\s+Storm|Typhoon|Cyclone|"
    r"Storm)\s+[A-Z][a-z]+)(?P<aside>\s*,[^,;“”\"()]{1,90},)?\s+(?:(?:also|then|later|still|[a-z]{3,}ly)\s+)?(?:has|had|was|is|will|"
    r"would|could|can|may|might|must|should|[a-z]{3,}ed|[a-z]{3,}[^siu\W]s|"
    # ("The project saw 124 blasts. It was mothballed in 1989": an irregular past ends the subject as well)
    + IRREGULAR_PAST_PATTERN + r")\b")  # ("virus", "crisis": no verbs)
#: A clause of the sentence with a subject of its own, which a following "it" may continue as well: "when the rig
#: exploded", "which the crew ...", "and the well ...".
OTHER_SUBJECT = re.compile(r"\b(?:when|while|after|before|because|since|until|which|where|whereas|and|but|as)\s+"
                            r"(?:(?:the|a|an|its|their|his|her)\b|[A-Z])(?<!as\sa)(?<!as\san)")
#: Words that end a subject without naming a thing "it" could continue: "This week saw", "The same happened".
NO_THING = {"other", "same", "first", "last", "next", "latest", "former", "latter", "today", "yesterday", "tonight",
             "now", "then", "week", "month", "year", "day", "morning", "afternoon", "evening", "night", "time", "weekend",
             "rest", "result", "reason", "problem", "question", "answer", "truth", "fact", "point", "idea", "way",
             # (a company's nouns: "it" after "The company ..." is the company's, which the chain of organisations tells)
             *BUSINESS_NOUNS, *SORTED_ONLY}
#: Singular nouns that name people: "he" or "she", never "it".
PERSON_NOUNS = {"man", "woman", "boy", "girl", "child", "baby", "official", "spokesman", "spokeswoman", "president",
                 "minister", "secretary", "chairman", "chairwoman", "executive", "chief", "judge", "governor", "mayor",
                 "senator", "worker", "victim", "patient", "suspect", "driver", "pilot", "captain", "doctor", "nurse",
                 "father", "mother", "son", "daughter", "wife", "husband", "singer", "actor", "actress", "star",
                 "player", "leader", "head", "director", "lawyer", "analyst", "teacher", "student", "officer", "soldier",
                 "commander", "admiral", "general", "king", "queen", "prince", "princess", "pope", "owner", "founder",
                 "engineer", "scientist", "expert", "researcher", "reporter", "witness", "survivor", "fisherman",
                 "resident", "manager", "investor", "designer", "writer", "author", "chef", "model", "host", "couple"}


def thing_subject(sentence: str) -> str | None:
    """ "The ferry burned for two days until it sank": what a following "it" stands for (the main clause's subject,
    a thing or a body named by a singular noun), or None when the subject is a person, a plural or a name."""
    opening = strip_opening(sentence)
    m = _THING_SUBJECT.match(opening)
    if m is None or OTHER_SUBJECT.search(opening, m.end()) or (m.group("aside") and OTHER_SUBJECT.search(m.group("aside"))):
        return None  # ("The spill started when the rig exploded. It sank ...": the rig, nearer, is as likely)
    head = m.group("head")
    if head and (head in PERSON_NOUNS or s_ending(head)
                 or head.endswith("ly") or head in NO_THING):
        return None
    return m.group(1)


#: "It helps that BP gave in", "It pays to wait", "It makes sense to sell": "it" holds the place of the clause after.
_EXTRAPOSED = re.compile(r"It\s+(?:(?:also|only|still|really|certainly|clearly|surely)\s+)?(?:(?:did|does|do|would|could|"
                         r"may|might|will|can)(?:\s+not|n['’]t)?\s+(?:appear|seem|matter|help|hurt|pay|follow|mean)\b|"
                         r"helps?|helped|matters?|"
                         r"mattered|means|meant|seems|seemed|appears|appeared|follows|followed|remains|remained|hurts|hurt|"
                         r"pays|paid|makes\s+sense|made\s+sense|stands\s+to\s+reason|turns\s+out|turned\s+out|happens|"
                         r"happened|took|takes)\b")
#: Countries by their initials: no "company" or "group" of a story.
_COUNTRY_CODES = {"UK", "U.K.", "US", "U.S.", "USA", "U.S.A.", "UAE", "EU", "E.U.", "UN", "U.N.", "DRC", "PRC"}
#: A law's or a treaty's name: "the Clean Water Act", "the Kyoto Protocol" (no organisation, though capitalised).
_LAW = re.compile(r"\b(?:Act|Acts|Treaty|Protocol|Convention|Accord|Bill)$")
#: A company's name with its legal form: "Six Flags Inc", "Northfield Ferries Plc" (the name is group 1).
_LEGAL_NAME = re.compile(r"\b((?:[A-Z][\w&.’'-]*\s+){0,3}[A-Z][\w&.’'-]*?),?\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|SA|AG|NV)\b")


def lead_end(text: str) -> int:
    """Where the headline and the lead end: the first two lines that hold a sentence (at most 600 characters)."""
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text) if len(m.group(0).split()) >= 4][:2]
    return min(lines[-1].end(), 600) if lines else 0



class BodyChain:
    """What "it", "its", "the company" or "the firm" opening a sentence stands for, as a reader follows a story.

    A pronoun continues the organisation the sentence before was about (its subject, named or itself
    resolved): "Apache is one of America's largest oil groups. It has a history of deals with BP. In 2003 it
    paid ..." is Apache throughout, though BP was named in between. "The company" may reach further back, to
    the last organisation named as a subject, when no other organisation was named since; with another named
    since ("Apache approached BP. ... The company is trying to seal the well"), it is the story's main
    organisation when that is one of the two and the story names it far more often than any other; otherwise
    nobody: a wrong actor is worse than an unresolved one, which the title gate still flags.
    """

    def __init__(self, text: str, names: NameIndex) -> None:
        # "Six Flags Inc" once, "Six Flags" after: a name the story gives a legal form is a company's in every mention,
        # though two capitalised words look like a person's.
        self.legal = {" ".join(m.group(1).split()): " ".join(m.group(0).split()) for m in _LEGAL_NAME.finditer(text)}
        base = {full: name for name, full in self.legal.items()}
        every: dict[str, int] = {}
        form: dict[str, str] = {}  # each counted name's form in the name index ("Six Flags" -> "Six Flags Inc")
        for m in names.mentions:
            if text[m.start - 1:m.start] == "(" and text[m.end:m.end + 1] == ")":
                continue  # "(TM)", "(BP. L)", "(WHO)": a gloss on the name before, no mention of its own
            name = names.resolve(m.text)
            if name.rstrip(".").lower() in LEGAL_FORMS:
                continue  # "Replikins, Ltd.": the legal form alone names nobody
            form.setdefault(base.get(name, name), name)
            name = base.get(name, name)
            every[name] = every.get(name, 0) + 1
        counts = {name: n for name, n in every.items()
                  if (actor_kind(name) == "body" and not looks_personal(name)) or name in self.legal}
        # The organisation the story is about: the one it names most, the headline and lead counting double.
        for m in names.between(0, lead_end(text)):
            name = names.resolve(m.text)
            name = base.get(name, name)
            if name in counts:
                counts[name] += 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        top = ranked[0] if ranked else None
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        self.main_base = top[0] if top and top[1] >= 3 and top[1] >= 1.5 * runner_up else None
        self.main = form.get(self.main_base, self.main_base) if self.main_base else None
        self.last: str | None = None  # the last organisation named as a subject
        self.previous: str | None = None  # the organisation the sentence before had as its subject
        self.owner: str | None = None  # the organisation whose possession the sentence before had as its subject
        self.skipped = False  # whether one person's sentence stood between
        self.others: set[str] = set()  # organisations named since, in any role
        self.bodies: set[str] = set(counts) | {form.get(n, n) for n in counts}  # names known to be organisations
        # "Mariner" for "Mariner Energy": an organisation's first word used alone, when only one organisation has it.
        firsts: dict[str, list[str]] = {}
        for name in counts:
            if " " in name and actor_kind(name) == "body":
                firsts.setdefault(name.split()[0], []).append(name)
        self.short_bodies = {first: full[0] for first, full in firsts.items() if len(full) == 1 and first[:1].isupper()}
        # "President Obama", "Mr Hayward": a single name after a title is a person's, never an organisation's.
        self.people = set(TITLED.findall(text)) - set(self.legal)
        self.names = names
        self.text = text
        self.thing: str | None = None  # the thing the sentence before had as its subject ("The rig")
        self.nearby: set[str] = set()  # organisations the sentence before named, not as a source's employer
        self.agent: str | None = None  # the organisation the sentence before named as its passive's agent ("by BP")
        self.before = ""  # the sentence before
        self.vessel: str | None = None  # the vessel the sentence before told exploded or had as its subject ("It sank")

    def _company(self, name: str | None) -> bool:
        """Whether ``name`` can be "the company": no person, place, party, public body or newsroom."""
        return bool(name) and name not in self.people and (name in self.legal or not looks_personal(name)) \
            and actor_kind(name) != "place" and name.lower() not in GROUPS \
            and not PUBLIC_BODY.search(name) and not NEWS_OUTLET.search(name) and name not in _COUNTRY_CODES

    can_be_company = _company  # what other modules ask of a name found near "the company"

    def referent(self, s: Sentence, previous_actor: str | None) -> str | None:
        """Who the organisation word opening ``s`` after its lead ("It", "The company", "Its") stands for."""
        found = self._referent(s, previous_actor)
        # With its legal form ("Six Flags Inc"), so that the headline's short form keeps the whole name.
        return self.legal.get(found, found) if found and " " in found else found

    def _referent(self, s: Sentence, previous_actor: str | None) -> str | None:
        opening = speaker_first(s.text)  # ('“...,” the company said': the company, as where it opens the sentence)
        if EXPLETIVE_IT.match(opening) and not PASSIVE_IT.match(opening) \
                and not (self.thing and THING_PASSIVE_IT.match(opening)):
            return None  # "It comes as critics lose patience": "it" stands for nobody ("It will be placed": the thing)
        if self.vessel and opening.startswith("It ") and VESSEL_HAPPENS.match(opening):
            return self.vessel  # "The rig exploded on April 20. It sank two days later": only a vessel sinks
        # "When Marubeni completes the purchase, its assets will ...", "Under the rules, if BP used the mud, it could
        # ...": the subject of a lead clause before the pronoun.
        for lead in reversed(list(_LEAD_SUBJECT.finditer(s.text, 0, len(s.text) - len(opening)))):
            named = self.names.between(s.start + lead.end(), s.end)[:1]
            name = self.names.resolve(named[0].text) if named else ""
            if named and named[0].start == s.start + lead.end() and not looks_personal(name) \
                    and actor_kind(name) != "place" and name not in self.people:
                return name
            break
        public = _PUBLIC_NOUN.match(opening)
        if public:  # "The committee" is a committee the story named, "the agency" a public body: never a company
            last = self.last or ""
            word = public.group(1).lower()
            fits = word in last.lower() or (word == "agency" and bool(PUBLIC_BODY.search(last) or (re.fullmatch(
                r"[A-Z][A-Za-z]{1,5}", last) and sum(c.isupper() for c in last) >= 2)))
            return self.last if fits and (previous_actor == self.last or not self.others) else None
        company = _BODY_NOUN.match(opening) or _CORPORATE_ITS.match(opening)
        if self.last and self.previous == self.last and (not company or self._company(self.last)):
            return self.last
        if self.last and self.owner == self.last and _ACTS_AS_BODY.match(opening):
            return self.last  # "Standard Chartered's focus on Asia paid off. It announced ...": only the owner announces
        if not company and self.thing is None and _ACTS_AS_BODY.match(opening):
            # "It filed a lawsuit", "it spent $16m": what only an organisation (or a person) does. The organisation that
            # did what the sentence before told, its subject a thing no one does anything with ("The scale of the
            # backlash was outlined by Coon & Associates. Today it filed ..."), or the story's own organisation when
            # the sentence before named no other ("Shareholders worry about what BP will pay. It agreed to ...").
            if self.agent:
                return self.agent
            return self.main if self.main and self._company(self.main) and self.nearby == {self.main_base} else None
        owner = sole_owner(opening, self.nearby, self.before, self.thing is not None)
        if owner is not None:
            return owner  # "... the Church of Scotland closer to schism. Next week, its General Assembly votes"
        if not company:
            # "it" may be a thing: only the sentence before's organisation is safe, or the thing it was about
            # ("The rig burned for two days. It sank on Thursday."); "It helps that ..." stands for the clause after.
            return self.thing if self.thing and re.match(r"It\s+[a-z]", opening) \
                and not _EXTRAPOSED.match(opening) else None
        # "The company" is the company the story is about, unless the sentence before was another's: a role noun
        # names the most salient entity of its kind, recency only decides between equals. ("The bank" is a bank:
        # the story's main company only when its name says it is one.)
        noun = _BODY_NOUN.match(opening)
        kind = noun.group(0).split()[-1].lower().rstrip("’'s,") if noun else ""
        # Not when the sentence names the main one itself ("The company, which blamed BP, ...": another), nor when
        # the sentence before named another (a reader takes the nearer one: the two are not told apart).
        # Only a company can be "the company" or have "its shares": a public body or a law named nearby ("the Justice
        # Department will look for violations of the Clean Water Act") is no rival to the one the story follows.
        nearby, others = self._rivals(self.nearby, kind), self._rivals(self.others, kind)
        if noun and self.main and self._company(self.main) and (
                kind in {"company", "firm", "group"} or kind in self.main.lower()) \
                and not self._names_main(s) and not nearby - {self.main_base}:
            return self.main
        last = self.last if self._company(self.last) else None
        if last and not others:
            return last
        if self.main and self._company(self.main) and (self.main == last or self.main in self.others or last is None) \
                and not self._names_main(s) and not (noun and nearby - {self.main_base}):
            return self.main
        if noun and kind in {"company", "firm"} and self.main and self._names_main(s):
            # "... statements made by Halliburton Co., which has said .... The company, which has blamed BP's design,
            # acknowledged ...": not the main one its aside names, so the one other company the sentence before named
            other = {n for n in nearby - {self.main_base, self.main} if self._company(n) or n in self.legal}
            if len(other) == 1:
                return other.pop()
        if self.main is None and last is None and (kind in {"", "company", "firm", "giant", "major"}):
            sole = sole_company(self.text, self.names, s.start, self._company)  # ("BP has begun ... The company began")
            return sole if sole and sole not in self._mentioned(s) else None
        return None

    def _rivals(self, names: set[str], kind: str) -> set[str]:
        """The names among ``names`` that could be what the noun ``kind`` ("company", "giant") stands for: anything but
        a law ("the Clean Water Act"), a place or a public body ("the Justice Department"), though a "group" may be a
        public body's name (a political action committee is an advocacy group). A name that only looks like a
        person's ("Morgan Stanley") stays a rival."""
        return {n for n in names if not _LAW.search(n) and actor_kind(n) != "place" and n not in _COUNTRY_CODES
                and (kind == "group" or not PUBLIC_BODY.search(n))}

    def follow(self, s: Sentence, organisation: str | None, actor: str | None) -> None:
        """After ``s``: ``organisation`` is the organisation it was about as its subject (named or resolved)."""
        mentioned = self._mentioned(s)
        # A role noun left unresolved ("The company has been exploring ...") keeps the doubt for the next sentence's.
        unresolved = organisation is None and _BODY_NOUN.match(strip_opening(s.text)) is not None
        self.nearby = (self.nearby if unresolved else set()) | (mentioned - self._employers(s))
        self.before = s.text
        agent = _AGENT.search(s.text) if actor is None and organisation is None else None
        named = self.names.between(s.start + agent.end(), s.end)[:1] if agent else []
        self.agent = self.names.resolve(named[0].text) if named and named[0].start == s.start + agent.end() \
            and self.names.resolve(named[0].text) in mentioned else None
        # A thing the sentence was about ("It sank", the rig before) is no organisation to follow; "it" in the next
        # sentence may continue it.
        thing = organisation if organisation and THING_ACTOR.match(organisation) else None
        organisation = None if thing else organisation
        self.thing = thing or thing_subject(s.text)
        self.vessel = sunk_vessel(s.text.strip())
        if organisation is None and actor in self.legal:
            organisation = actor  # "Six Flags filed ...": a company, though its name looks like a person's
        if organisation and organisation not in self.people and organisation.lower() not in GROUPS:
            self.named_subject(organisation, s)
            # "BP's well spent three months ...": the owner is no subject a following "it" could continue.
            owner = re.match(r"(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s", strip_opening(s.text))
            self.previous = None if owner else organisation
            self.owner = organisation if owner else None
        else:
            before = set(self.others)
            self.read(s, actor)
            # A person's sentence in between ("BP said ... Svanberg said ... It hopes ...") is no "it" to continue,
            # once: when it names no other organisation, the one before stays the one to follow.
            person = bool(actor) and (looks_personal(actor) or actor in self.people)
            if person and self.others == before and not self.skipped:
                self.skipped = True
                return
            self.previous = self.owner = None
        self.skipped = False

    def named_subject(self, subject: str, s: Sentence) -> None:
        """``subject``, an organisation, opens ``s``: it is the one to follow, beside the others ``s`` names."""
        self.last = subject
        self.bodies.add(subject)
        self.others = {n for n in self._named(s) if n != subject}

    def read(self, s: Sentence, actor: str | None) -> None:
        """A sentence not opened by a named organisation: the organisations it names compete from now on."""
        if self.last is None:
            return
        self.others |= {n for n in self._named(s) if n != self.last and n != actor}

    def _employers(self, s: Sentence) -> set[str]:
        """Organisations ``s`` names only as a person's employer ("analysts at Brandt Capital", "Brandt Capital analyst
        Karl Ostrander"): a source's affiliation, which no later "the company" stands for."""
        found = set()
        for m in self.names.between(s.start, s.end):
            before = s.text[max(0, m.start - s.start - 60):m.start - s.start]
            people_at = re.search(r"\b" + PEOPLE_AT.pattern + r"$", before) is not None
            role_after = ROLE_AFTER_EMPLOYER.match(s.text, m.end - s.start)
            if people_at or (role_after and looks_personal(role_after.group(1))):
                found |= self._mentioned(Sentence(m.start, m.end, m.text))
        return found

    def _names_main(self, s: Sentence) -> bool:
        """Whether the subject of ``s`` names the main organisation beside its role noun ("The company, which has
        blamed BP, acknowledged ...": the company is another); a reported clause may name it again ("The company
        said BP expects ...")."""
        opening = strip_opening(s.text)
        start = len(s.text) - len(opening)  # the opening is the sentence's end, from its subject
        noun = _BODY_NOUN.match(opening)
        if noun is None:
            return False
        # The subject: the role noun and an aside set off by commas right after it ("but BP scrapped that plan" later
        # in the sentence is another clause's).
        aside = re.match(r"\s*,[^,“”\"]{1,200},", opening[noun.end():])
        end = start + noun.end() + (aside.end() if aside else 0)
        return self.main_base in self._mentioned(Sentence(s.start + start, s.start + end, s.text[start:end]))

    def _mentioned(self, s: Sentence) -> set[str]:
        """The organisations ``s`` names, each by the name the story's count knows it by ("Six Flags")."""
        found = set()
        for m in self.names.between(s.start, s.end):
            name = self.names.resolve(m.text).rstrip(".")
            parts = name.split()
            if len(parts) > 1 and parts[-1].lower() in LEGAL_FORMS:
                name = " ".join(parts[:-1])
            if name in self.legal or (actor_kind(name) == "body" and not looks_personal(name)):
                found.add(name)
            elif name in self.short_bodies:
                found.add(self.short_bodies[name])  # "Mariner" after "Mariner Energy"
        return found

    def _named(self, s: Sentence) -> set[str]:
        return {name for name in (self.names.resolve(m.text) for m in self.names.between(s.start, s.end))
                if name in self.bodies}
