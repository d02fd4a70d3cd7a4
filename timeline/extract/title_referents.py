"""What a title's pronoun or role noun stands for: "He said" -> "Amodei says", "The company" -> the firm.

A headline names its subject. A pronoun, a possessive or a role noun that opens the title
becomes the actor the extractor found for it, when the actor fits the word (a person for
"he" and "the minister", an organisation for "it" and "the company"); "it" that only
introduces a clause ("It is believed", "It emerged that") stands for nobody.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import (
    BE_FINITE,
    DO_FORMS,
    HAVE_FORMS,
    MODAL_VERBS,
    auxiliaries,
    auxiliary_words,
)
from timeline.english_verbs import IRREGULAR_PARTICIPLES
from timeline.extract.company_kinds import SORTED_ONLY, business_nouns
from timeline.extract.count_words import COUNT_WORDS
from timeline.extract.names import ORG_WORDS
from timeline.extract.title_verbs import IRREGULAR_PAST_FORMS
from timeline.extract.title_words import PRESENT_FORMS, PRONOUN_WORDS, verbish

#: Roles a story names once ("President Barack Obama") and then uses alone ("the president").
ROLE_NOUNS = (r"president|prime minister|chancellor|governor|mayor|senator|minister|secretary|chairman|"
              r"chairwoman|chief executive|chief|judge|commissioner|director|ambassador|general|admiral|"
              r"spokesman|spokeswoman|pope|king|queen|congressman|congresswoman|sheriff|commander")

#: "the US president, Barack Obama,", "BP's chief executive, Tony Hayward.": the office, then its holder set off by
#: commas; the name must close the apposition ("the president, Nelson said" names the speaker, not the president).
ROLE_THEN_NAME = re.compile(r"\b(?:[Tt]he|[A-Z][\w&.-]*['’]s)\s+((?:(?!the\b|a\b|an\b|and\b|of\b)[\w.-]+\s+){0,3}?(?i:"
                            + ROLE_NOUNS + r")),\s+((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)(?=\s*[,.;)—–-])")

#: Nouns for what a named person is (a trade, a fame, a nationality), never an office: "the singer", "the Briton".
#: ("The man", "the official", "the worker" are as often someone the story never names: left out.)
PERSON_NOUNS = (r"singer|songwriter|actor|actress|star|superstar|popstar|entertainer|musician|performer|rapper|comedian|"
                r"presenter|broadcaster|footballer|golfer|cyclist|athlete|billionaire|tycoon|businessman|"
                r"businesswoman|financier|magnate|entrepreneur|novelist|author|film-maker|filmmaker|"
                r"Briton|Englishman|Scot|Welshman|Irishman|American|Canadian|Australian|Frenchman|German|Italian|"
                r"Spaniard|Dutchman|Russian|Mexican|Brazilian|Texan|Louisianan|New Yorker|Californian")


#: A person the story describes and never names, as :mod:`.described_people` gives them: "The 20-year-old Danish woman".
_DESCRIBED_PERSON = re.compile(r"^The\s+(?:\S+\s+){1,5}(?:man|woman|boy|girl|patient|victim|suspect)$")


def resolve_pronoun(text: str, actor: str | None, by_noun: bool = True) -> str:
    """ "He said" -> "Amodei says"; "It lost its rig", "The company said" -> the organisation named before;
    "The president cancelled" -> the president named before; "His appointment" -> "Svanberg's appointment".

    The actor must fit the word it replaces: a person for "he", "she" and a role, an organisation
    for "it" and "the company"; "It" that introduces a clause ("It is believed", "It emerged")
    stands for nobody. Without ``by_noun`` a trade or nationality ("The singer", "The Briton") stays: the actor
    was found for other words than the title's.
    """
    if actor and _DESCRIBED_PERSON.match(actor):  # ("The Mexican man": someone described, never named, stands for "he")
        he = re.match(r"^(?:He|She|he|she)\s+(?=[a-z])", text)
        return f"{actor} {text[he.end():]}" if he else text
    if actor and THING_ACTOR.match(actor) and (actor.split()[-1] in IRREGULAR_PAST_FORMS or actor.endswith("ed")):
        return text  # "The tool became": a subject read with its verb is no noun phrase to put for "it"
    if actor and THING_ACTOR.match(actor):
        # "The rig", "Hurricane Alex": a thing stands only for "it" ("It sank" -> "The rig sinks"); a group named by
        # its plural ("The authorities") only for "they".
        # ("The marshes of south Louisiana": the head before an "of" phrase says how many, not the phrase's last word)
        last = re.split(r"\s+of\s+", actor, maxsplit=1)[0].split()[-1]
        plural = actor[:1] != "H" and last.endswith("s") and not last.endswith(("ss", "us", "is"))
        it = re.match(r"^(?:They|they)\s+(?=[a-z])" if plural else r"^(?:It|it)\s+(?=[a-z])", text)
        if it and (plural or not (EXPLETIVE_IT.match(text) and not THING_PASSIVE_IT.match(text))):
            return f"{actor} {text[it.end():]}"
        return text
    if not actor or not actor[:1].isupper() or actor.lower().split()[0] in PRONOUN_WORDS:
        return text
    if THING_HAPPENS.match(text):
        return text  # "when it exploded", "before it sank": a rig or a well, never the company or the person named
    kind = actor_kind(actor)
    # "Six Flags Inc": the legal form tells a company; the headline names it without ("Six Flags says"; a one-word
    # name, "Nordlink Ltd", is shortened by the caller, who knows the story's names).
    actor = re.sub(r"(?<=\w)\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC)\.?$", "", actor) if kind == "body" and len(actor.split()) >= 3 else actor
    possessive = re.match(r"^(His|Her|Its|his|her|its)\s+(?:[a-z]|\d{4}\s+[a-z])", text) or (
        # "Its London shares closed", "after its Deepwater Horizon rig blew out": a name after "its" says which of
        # the organisation's things; "His Holiness" or "Her Majesty" is no one's possession, and "Shares of BP" no
        # organisation that owns shares
        re.match(r"^(Its|its)\s+(?=[A-Z])(?!" + re.escape(actor.split()[0]) + r"\b)", text)
        if _fits(kind, False) and not _MEMBERS_OF.match(actor) else None)
    if possessive:
        personal = possessive.group(1).lower() != "its"
        if re.search(r"(?<![A-Z][\w'’.-]\s)(?<![A-Z][\w'’.-]{2}\s)(?<![A-Z][\w'’.-]{3}\s)(?<![A-Z][\w'’.-]{4}\s)(?<![A-Z][\w'’.-]{5}\s)"
                     r"\b" + re.escape(actor.split()[-1]) + r"\b(?!\s+[A-Z])", text[:_SUBJECT_SPAN]):
            return text  # "His brothers Marlon, Tito and Jackie Jackson": no one is his own brothers' "his"
        if _fits(kind, personal):
            return f"{actor}’s{text[len(possessive.group(1)):]}"
        return text
    owned = _OF_ITS.match(text)
    if owned and kind == "body" and not re.search(r"\b" + re.escape(actor.split()[0]) + r"\b", text):
        # "BP says the cost of its spill has risen" -> "The cost of BP's spill has risen": the frame that named the
        # organisation is gone, and the subject's "its" is the one it spoke of
        return f"{text[:owned.start(1)]}{actor}’s{text[owned.end(1):]}"
    if EXPLETIVE_IT.match(text) and not PASSIVE_IT.match(text):
        return text
    institution = _INSTITUTION.match(text)
    if institution and kind == "body" and all(w in actor.lower().split() for w in institution.group(1).lower().split()):
        # "The department will ask" -> "Justice Department will ask": an institution's noun stands only for a name
        # that holds it (and its other words: "the energy department" is no Justice Department)
        return actor + text[institution.end():]
    m = re.match(r"^(?:(He|She|he|she)|They|they|It|it|[Tt]he (?:(?!(?:other|rival|second|third|smaller|parent|sister|"
                 r"former|new|joint|same)\b)[A-Za-z][a-z]+(?:-[a-z]+)? ){0,2}?(?:" + business_nouns("oil major", "oil giant") +
                 # ("the energy giant", "the Anglo-Dutch major": a giant or major of some trade is a company)
                 r"|(?<![Tt]he )(?<=[a-z] )(?:giant|major)|agency|ministry)|[Tt]he ((?:[a-z-]+\s+){0,3}?(?:"
                 + ROLE_NOUNS + "|" + PERSON_NOUNS + r")))\b", text)
    if m and text[m.end():m.end() + 1] in ("'", "’") and not m.group(0).lower().startswith("the "):
        # "he'd like", "she'll go", "he's got": the contracted auxiliary in full once a name stands before it
        # ("Landrieu would like"); "he's" before a participle may be "is" or "has", so it keeps its pronoun.
        full = _uncontracted(text[m.end() + 1:])
        if full is None or not (m.group(1) or m.group(2)):
            return text
        text = f"{m.group(0)} {full}"
        m = re.match(r"^(?:(He|She|he|she)|They|they)\b", text)
    if m and m.group(0)[:4].lower() == "the " and re.match(r"\s+(?:(?:of|for|at)\s+(?:the\s+)?)?[A-Z]", text[m.end():]):
        # "The mayor of Veldt", "the spokesman for Harlow Shipping": an office told with what it is of names its holder
        # already; a name put for the role would leave "Veldt of Veldt"
        return text  # "The oil company BP": the name follows the role  # "he'd", "he's", "they're" keep their pronoun; "the company's" is the company's
    if m and (m.group(1) or m.group(2)) and not _fits(kind, True):
        return text
    role = m.group(2) if m and m.re.groups >= 2 else None  # (after "he'd" only the pronoun's group is matched again)
    after = text[m.end():].split(None, 1) if m and role and re.search(r"(?:" + PERSON_NOUNS + r")$", role) else []
    if after and (not by_noun or (after[0] != "," and not text[m.end():].startswith(",") and not (
            verbish(after[0], "") or after[0] in PRESENT_FORMS or re.fullmatch(r"[a-z]{2,}[^su\W’']s", after[0])))):
        return text  # "The American people spend": a nationality or trade before a noun only says which ones
    if m and not (m.group(1) or m.group(2)) and not _fits(kind, False):
        return text
    if m and re.search(r"(?i)" + business_nouns(*SORTED_ONLY), m.group(0)) and (PUBLIC_BODY.search(actor) or NEWS_OUTLET.search(actor)):
        return text  # "The firm also announced a loss": a firm is no White House, ministry, court or newsroom
    if m:
        return actor + text[m.end():]
    return text

#: "Shares of BP", "Members of the panel": a plural of what belongs to the organisation, no organisation itself.
_MEMBERS_OF = re.compile(r"[A-Z][a-z]+s\s+(?:of|at|from)\s")
#: "The department", "the Senate committee": a public institution's noun as a title's whole subject, before its verb
#: or its possessive (not "The committee chairman", whose head is a person).
_INSTITUTION = re.compile(r"^[Tt]he ((?:[A-Za-z][a-z]+ ){0,2}?(?:department|commission|committee|council|administration|"
                          r"board|panel|ministry|agency))(?=['’]s\s+[a-z]|\s+(?:(?:also|then|later|now|still|" + auxiliaries(HAVE_FORMS) + r"|"
                          r"will|would|is|was|could|may)\s+)?[a-z]+(?:ed|s)?\b(?<!\bof)(?<!\band)(?<!\bchairman)(?<!\bchairwoman)"
                          r"(?<!\bmembers)(?<!\bofficials)(?<!\bspokesman)(?<!\bspokeswoman)(?<!\bchief))")
#: A subject whose "of" phrase is owned by "its": "The cost of its spill", "The size of its fleet".
_OF_ITS = re.compile(r"^The\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+of\s+(its)\s+(?:[A-Za-z-]+\s+){0,5}?(?:has|have|had|is|are|was|"
                     r"were|will|would|could|may|might|rose|fell|[a-z]{3,}ed|[a-z]{3,}[^s\W]s)\b")

_PERFECT_PARTICIPLES = {"been", "got", "gone", "had", "done", "made", "seen", "taken", "given", "become", "come", "left",
                        "said", "told", "won", "lost", "spent", "paid", "sent", "kept", "held", "brought", "bought",
                        "written", "spoken", "known", "shown", "grown", "run", "put", "set", "cut", "let"}


def _uncontracted(rest: str) -> str | None:
    """ "d like to see" -> "would like to see", "s got until July" -> "has got until July"; None when the
    auxiliary cannot be told ("s resigned": "is" or "has")."""
    m = re.match(r"(ll|d|s|re|ve)\s+(?:(?:already|just|also|never|not|still|now|then|long|[a-z]+ly)\s+)*([a-z]+)", rest)
    if m is None:
        return None
    aux, verb = m.group(1), m.group(2)
    perfect = verb in _PERFECT_PARTICIPLES or verb.endswith("ed")
    if aux == "ll":
        full = "will"
    elif aux == "ve":
        full = "have"
    elif aux == "re":
        full = "are"
    elif aux == "d":
        full = "had" if perfect else "would"
    elif verb in _PERFECT_PARTICIPLES and verb not in {"said", "told", "known", "shown", "seen", "made", "given",
                                                        "taken", "paid", "sent", "held", "kept", "left", "set", "put"}:
        full = "has"  # "he's been", "he's got", "he's gone"
    elif verb.endswith("ing") or not perfect:
        full = "is"  # "he's leaving", "he's ready", "he's in Houston"
    else:
        return None
    return f"{full} {rest[len(aux):].lstrip()}"


#: How far into a title its subject may reach, for a name the opening possessive cannot stand for.
_SUBJECT_SPAN = 80

#: The object right before a clause whose "it" only a thing can be ("the rig" in "BP was leasing the rig when it
#: exploded"): not the object of a preposition ("gushed into the ocean before it was capped" is not the ocean's
#: capping); an owner's name before it stays ("sealing BP's well before it exploded").
_UNDERGOER = re.compile(
    r"(?<!\bin\s)(?<!\binto\s)(?<!\bon\s)(?<!\bonto\s)(?<!\bat\s)(?<!\bto\s)(?<!\bfrom\s)"
    r"(?<!\bof\s)(?<!\bwith\s)(?<!\bby\s)(?<!\bfor\s)(?<!\bover\s)(?<!\bunder\s)(?<!\bacross\s)"
    r"(?<!\bthrough\s)(?<!\bnear\s)(?<!\boff\s)(?<!\btoward\s)(?<!\btowards\s)(?<!\baround\s)"
    r"(?:\b(?:the|its|their)|(?<![\w.&’'-])([A-Z][\w.&-]*['’]s))\s+((?:[A-Z][\w’'-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}"
    r"[a-z][\w-]*[^s\W])\s*,?\s*$")


def undergoer(before: str) -> str | None:
    """ "BP was leasing the rig" -> "the rig"; "in charge of sealing BP's well" -> "BP's well"; None when the text before
    a "when it exploded" clause ends in no such object."""
    m = _UNDERGOER.search(before)
    if m and m.group(2).split()[-1] in _AUXILIARIES:
        m = None  # "as the tanker did when it ran aground": the subject of "did", not its object
    return f"{m.group(1) or 'the'} {m.group(2)}" if m else None


_AUXILIARIES = auxiliary_words(BE_FINITE, HAVE_FORMS, DO_FORMS)


#: What only a thing undergoes: "it" before one of these verbs stands for no organisation or person ("when it exploded
#: April 20" is the rig, not BP).
THING_HAPPENS = re.compile(r"^(?:It|it)\s+(?:(?:" + auxiliaries(HAVE_FORMS) + r"|finally|first|then|later|eventually|also)\s+)*(?:exploded|explodes|"
                            r"explode|sank|sinks|sunk|capsized|capsizes|ruptured|ruptures|burst|bursts|erupted|erupts|"
                            r"ignited|ignites|caught\s+fire|catches\s+fire|blew\s+(?:up|out)|blows\s+(?:up|out)|leaked|ran\s+aground|runs\s+aground|"
                            r"leaks|gushed|gushes|spewed|spews|overturned|derailed|melted|cracked|broke\s+apart|"
                            r"was\s+(?:capped|plugged|sealed|sunk|drilled|struck|hit|destroyed|damaged))\b")
#: A thing named by its noun ("The rig", "This cap") or a storm by its name: an actor only "it" can stand for.
THING_ACTOR = re.compile(r"(?:The|This|These|Those)\s+(?:[A-Z][a-z][\w'’-]*\s+){0,2}[a-z]|(?:Hurricane|Tropical\s+Storm|Typhoon|Cyclone|Storm)\s+[A-Z]")
#: After "It is", "It was": a progressive that tells what its subject is doing to something ("It is seeking a stay",
#: "It was trying to"), not the placeholder of "It is becoming clear", "It is going to rain", "It is raining".
DOING = (r"\s+(?:(?:also|now|still|already|currently|again)\s+)?(?!(?:going|becoming|getting|looking|beginning|starting|"
          r"raining|snowing|being|nothing|something|everything|anything|worth|morning|evening|king|thing|ring|spring|"
          r"string)\b)[a-z]{2,}ing\s+(?!that\b|to\s+(?:be|say|see|know|tell)\b|as\s+if\b)[a-z]")
#: "It is believed", "It emerged", "It was a hot day": "it" introduces the clause and names nobody.
EXPLETIVE_IT = re.compile(r"^(?:It|it)(?:['’]s\b|\s+(?:(?:also|now|later|then|soon|has|had|will|would|could|may|might)\s+)?"
                           r"(?:take|takes|took|taken)\b(?=[^.;:]*?\bto\s+[a-z])|\s+(?:(?:also|only|now|then|just)\s+)?(?:happens|happened|"
                           r"means|meant|matters|mattered|depends|depended|follows|followed|turns out|turned out|"
                           r"comes as|came as|comes after|came after|comes amid|came amid)\b|\s+(?:(?:also|now|later|then|soon|has|had)\s+)?(?:is|was|seems|seemed|appears|appeared|emerged|remains|"
                           r"looks|looked|sounds|sounded|"
                           r"remained|has been|had been|will be|would be|could be|may be|might be|became|becomes)\b"
                           # ("It is seeking a stay": a progressive tells what its subject is doing, someone's "it")
                           r"(?<!seems)(?<!seemed)(?<!appears)(?<!appeared)(?!" + DOING + r"))")
#: Participles that report, judge or feel: "It is believed that", "It was decided to wait", "It is complicated" say
#: nothing of what "it" underwent (an expletive, or a state); before "to" some raise a subject ("It is expected to
#: open", "It is said to be safe"), a thing's.
_REPORTING_PARTICIPLES = (r"believed|thought|said|reported|understood|known|estimated|claimed|alleged|rumou?red|"
                          r"expected|considered|presumed|supposed|feared|hoped|agreed|decided|announced|argued|assumed|"
                          r"suggested|felt|noted|learned|learnt|revealed|confirmed|emerged|planned|proposed|intended|"
                          r"predicted|anticipated|acknowledged|accepted|established|determined|recogni[sz]ed|stated|"
                          r"asserted|indicated|shown|seen|told|calculated|projected|speculated|suspected|recommended|"
                          r"required|advised|needed|concerned|worried|interested|surprised|complicated|justified|"
                          r"warranted|recalled|documented")
#: "It was also fined $50m by the Department of Justice": a passive with its agent named; "it" is what was fined.
#: "It is set to announce", "It was forced to sell": no expletive "it" is set, poised or forced to do anything.
PASSIVE_IT = re.compile(r"^(?:It|it)\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+|later\s+|then\s+|now\s+)?"
                        r"(?:[a-z]{3,}(?:ed|en)\s+(?![^.;]*\bthat\b)[^.;]{0,80}?\bby\s+(?:the\s+)?[A-Z]|"
                        r"(?:set|poised|slated|due|forced|obliged|able|unable)\s+to\s+[a-z])")
#: "The technique was approved by regulators. It was used in past disasters": any passive but one of reporting or
#: judging tells what happened to "it", and a thing the sentence before had as its subject is what underwent it.
#: A modal's passive tells what is to happen to it ("The funnel is a 40ft steel box. It will be placed over the leak
#: on Friday"): no expletive "it" will be placed, lowered or followed by anything.
#: (Only for a thing: an organisation that "was capped" or "is expected to be operational" is seldom what is meant.)
THING_PASSIVE_IT = re.compile(
    r"^(?:It|it)\s+(?:is|was|has\s+been|had\s+been|(?:" + auxiliaries(MODAL_VERBS) + r")\s+(?:also\s+|then\s+|now\s+|"
    r"soon\s+|first\s+)?be)\s+(?:(?:also|later|then|now|first|eventually|already|never|"
    r"widely|once|finally|initially|originally|formally|officially|successfully|fully|partially)\s+)?(?!(?:" + _REPORTING_PARTICIPLES + r")\b)(?:[a-z]{2,}ed|" + "|".join(sorted(IRREGULAR_PARTICIPLES))
    + r"|(?:[a-z]+(?:k|tt|dd|v|ll|z|s|rid|it))en)\b(?!\s+(?:that|if|whether|what|how|why|when)\b)"
    r"(?![^.;]{0,60}\bthat\s+(?:the|a|an|he|she|they|it|we|[A-Z]))")
#: News organisations a story quotes as sources: never "the company" or "the oil giant" of the story.
NEWS_OUTLET = re.compile(r"^(?:BBC|CNN|CBS|NBC|ABC|Fox|MSNBC|NPR|PBS|Reuters|AP|AFP|Bloomberg|Sky)\b|\b(?:News|Times|Post|"
                          r"Journal|Press|Herald|Telegraph|Guardian|Tribune|Gazette|Reuters|Television|Radio|TV)$")
PUBLIC_BODY = re.compile(r"\b(?:House|Department|Ministry|Council|Committee|Commission|Administration|Congress|"
                          r"Senate|Parliament|Government|Court|Police|Army|Navy|Guard|Agency|Office|Service|Authority|"
                          r"Organi[sz]ation|Union|Bureau|Assembly|City|State|States|Nations|University)\b")
ORG_END = re.compile(r"(?:\b[A-Z]{2,}s?|Inc|Corp|Co|Ltd|Plc|PLC|Group|Company|Bank|Agency|Department|Ministry|"
                      r"Council|Committee|Commission|Administration|Service|Institute|University|Association|"
                      r"Party|Government|Court|Congress|Senate|House|Office|Board|Authority|Union|Force|Army|"
                      r"Navy|Guard|Corps|Police|Energy|Petroleum|Oil|Airlines|Motors|Holdings|Foundation|Organi[sz]ation|"
                      # The head nouns of institutions' and businesses' names: no surname ends a name with them.
                      r"Facility|Fund|Center|Centre|Program|Programme|Project|Initiative|Network|Partnership|Alliance|"
                      r"Coalition|Trust|Society|Club|Team|Unit|Panel|Laborator(?:y|ies)|Labs|Hospital|School|College|"
                      r"Museum|Airport|Exchange|Reserve|Cabinet|Tribunal|Clinic|Services|Systems|Technologies|Industries|"
                      r"Resources|Partners|Capital|Management|Media|Studios|Records|Pictures|Entertainment|Productions|"
                      r"Communications|Pharmaceuticals|Insurance|Securities|Investments|Ventures|Enterprises|Associates)\.?$")

#: "It emerged that X", "It is understood X", "It has been reported that X", "It was announced that X", "It turned
#: out that X", "It became clear that X": the news is X; "it" names nobody, and "emerged" is no headline verb. These
#: frames are factive (what they introduce is told as fact, come to light), so the clause alone says what the sentence
#: asserts. A hedge ("It is believed", "It is feared", "It is estimated") stays: without it the doubt would read as
#: fact. A verb a body does ("announced", "reported", "disclosed") frames nobody's news only in the passive: "It
#: announced that its profit rose" is an organisation's saying, which the actor finders name.
REPORTED_BY_NOBODY = re.compile(
    r"^(?:It|it)\s+(?:(?:also|now|later|then|soon|since|has|had|was|is|has\s+been|had\s+been|has\s+now|"
    r"has\s+also)\s+)*(?:emerged|understood|learned|learnt|known|(?:(?:turned|turns|turn)\s+out|"
    r"(?:became|becomes|become)\s+(?:clear|apparent|known))"
    # ("It turned out well", "It became clear to the jury": a clause after these, or no frame of one)
    r"(?=\s*,?\s+(?:(?:today|yesterday|tonight|last\s+night|this\s+week|last\s+week)\s+)?(?:that|the|a|an|his|her|"
    r"its|their|this|these|those|some|no|[A-Z\d])\b)|"
    r"(?:is|was|been)\s+(?:(?:also|now|later|then|first|officially)\s+)?(?:reported|revealed|confirmed|"
    r"announced|disclosed))\s*,?\s+"
    r"(?:(?:today|yesterday|tonight|last\s+night|this\s+week|last\s+week)\s+)?(?:that\s+)?(?=[^\s,])"
    # ("It turns out, by the way, that ...", "It turns out that, rather than ..., that ...": an aside before the
    # clause is no part of the news, and what follows it is no clause to stand alone)
    r"(?![^,.;]{0,40},\s+that\b|that\s*,)")


#: "It is expected that the bridge will reopen", "It is hoped the new cap will collect most of the oil", "It is likely
#: that the board will cut its dividend", "It now looks like the spill will run until August": a frame of expectation
#: or of seeming over a clause that carries its own modal of the future. The modal already tells the reader the
#: happening is awaited, not done, as a headline says it ("Bridge will reopen"); "it" names nobody. A clause told as done ("It is believed the doctor was there") keeps its hedge (see
#: above), and so does a reversal ("It is unlikely that the bill will pass": the frame says the opposite of the clause).
#: Only a present frame: a past expectation ("It was widely expected that the board would ...") is mostly told to be
#: overturned, and its "would" is no headline's future.
_EXPECTED_FUTURE = re.compile(
    r"^(?:It|it)(?:(?:['’]s|\s+(?:is|has\s+been))\s+(?:(?:also|now|currently|still|widely|generally|highly|very)\s+)*"
    r"(?:expected|anticipated|hoped|likely)\s*,?\s+(?:that\s+)?|\s+(?:(?:now|also|still)\s+)*(?:appears|seems|looks)\s+"
    r"(?:like\s+|as\s+(?:if|though)\s+|that\s+)?)"
    # the clause's subject (a few words, no verb of its own) and then its modal
    r"(?=(?:the|a|an|his|her|its|their|this|these|those|some|one|[A-Z\d][\w’'.&-]*)\b(?:[^\s,;:.“”\"]*\s+){0,6}?(?:"
    + auxiliaries(MODAL_VERBS, without={"must"}) + r")\s+(?:not\s+|also\s+|now\s+|soon\s+|still\s+)*[a-z])")


#: "Given the stakes, it is no surprise that the board is cutting its dividend", "It was no secret that the mayor
#: wanted the bridge closed": an adjective or noun of judgement over a "that" clause presupposes the clause true (a factive frame, as
#: "emerged" is above); the judgement is the writer's, the clause is the news. (Not "significant" or "remarkable":
#: what they judge often leans on them, "It is remarkable that he came at all".)
_FACTIVE_VERDICT = re.compile(
    r"^(?:It|it)(?:['’]s|\s+(?:is|was))\s+(?:(?:also|perhaps|hardly|certainly|surely|not)\s+)*(?:no\s+(?:surprise|"
    r"secret|coincidence|accident)|(?:not\s+)?(?:surprising|unsurprising|ironic))\s+that\s+(?=(?:the|a|an|his|her|its|their|this|these|those|[A-Z][\w’'.&-]*)\b)")


#: "It was [on 18 March, 1967] that the tanker struck the rock", "It was the day before Easter when a team found":
#: a cleft whose focus was only the date (now removed) or a time: the news is the clause after it.
#: ("It was nearly [10 p.m.] O'Bryan was in the simulator": a scene's time, its date removed, before the next sentence
#: run on without its stop; the news is that sentence.)
_TIME_CLEFT = re.compile(r"^(?:It|it)\s+(?:is|was)\s+(?:(?:nearly|almost|about|around|just|shortly|exactly|only|already)\s+)*"
                         r"(?:(?:(?:the|that)\s+(?:day|night|morning|evening|week|month|year|moment|"
                         r"time)(?:\s+(?:before|after)\s+[A-Z][\w’'-]*)?\s+)?(?:that|when)\s+(?=(?:the|a|an|[A-Z])\b|"
                         r"(?:he|she|they|we)\s)|[.,]?\s*(?=[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:(?:also|still|then|just)\s+)?"
                         r"(?:is|was|were|had|has|[a-z]{3,}ed)\b))")


#: "That means nearly 400m litres have spilled": what "that" stands for lies in the sentence before; the clause it
#: introduces states the news itself.
_MEANS = re.compile(r"^(?:That|This|It)\s+(?:also\s+)?(?:means|meant)\s+(?:that\s+)?(?=(?:the|a|an|nearly|about|some|more|"
                    r"less|roughly|almost|up\s+to|[A-Z]|\d)\b|there\s+(?:is|are|was|were|will|have|has)\b)")


#: "It took U.S. and British teams three months to cap the well": "it" holds the place of the infinitive, and the
#: one who took the time (group "who") is the clause's real subject ("U.S. and British teams took three months to
#: cap the well"); without one ("It took two weeks to build the box") there is no subject to put first.
_TIME_TAKEN = re.compile(
    r"^(?:It|it)\s+(?P<verb>(?:(?:has|had|will|would|could|may|might|can|also|still|only)\s+)*(?:took|takes|take|taken))\s+"
    r"(?P<who>(?!(?:him|her|them|us|me|you|it|about|nearly|almost|roughly|more|less|only|just|over|some|at|a|an|one|"
    + "|".join(sorted(COUNT_WORDS)) + r")\b)[A-Za-z](?:[^,;:.“”\"]|\.(?=[A-Za-z]|\s+[a-z])){1,60}?)\s+(?P<span>(?:(?:about|nearly|almost|roughly|"
    r"more\s+than|less\s+than|only|just|over|some|at\s+least|another|a\s+further)\s+)?(?:(?:a|an|one|a\s+few|\d[\d,.]*|"
    + "|".join(sorted(COUNT_WORDS)) + r")\s+)?(?:more\s+|full\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|"
    r"years?|decades?|centuries|generations?))\s+to\s+(?=[a-z])")


def _time_taken(text: str) -> str:
    """ "It took the crew 12 hours to reach the rig" -> "The crew took 12 hours to reach the rig"."""
    m = _TIME_TAKEN.match(text)
    if m is None:
        return text
    who = m.group("who")
    return f"{who[0].upper()}{who[1:]} {m.group('verb')} {m.group('span')} to {text[m.end():]}"


def drop_reporting_it(text: str) -> str:
    """ "It also emerged that the manager will not testify" -> "the manager will not testify"."""
    text = _time_taken(text)
    means = _MEANS.match(text)
    if means and len(text[means.end():].split()) >= 4 and re.search(
            r"\b(?:is|are|was|were|has|have|had|will|would|could|[a-z]{3,}ed)\b", text[means.end():]):
        rest = text[means.end():]
        return rest[0].upper() + rest[1:]
    cleft = _TIME_CLEFT.match(text)
    if cleft and len(text[cleft.end():].split()) >= 3:
        rest = text[cleft.end():]
        return rest[0].upper() + rest[1:]
    m = REPORTED_BY_NOBODY.match(text) or _EXPECTED_FUTURE.match(text) or _FACTIVE_VERDICT.match(text)
    if not m or len(text[m.end():].split()) < 3:
        return text
    rest = text[m.end():]
    # Only a clause: "It is expected to rain" has no subject of its own after it.
    if rest.startswith(("to ", "by ", "in ", "on ", "at ", "as ")):
        return text
    return rest[0].upper() + rest[1:]


def actor_kind(actor: str) -> str | None:
    """ "person", "body" or None (a single surname or word: either)."""
    if actor.split()[-1].lower() in _PLACE_WORDS:
        return "place"  # "the United States", "Orange County": neither a "he" nor the "it" that acts
    if ORG_END.search(actor) or actor.split()[-1].lower() in ORG_WORDS:
        return "body"  # "Bloomberg News", "Sky News" are not a "he"
    words = actor.split()
    if 2 <= len(words) <= 4 and all(w[:1].isupper() and w[1:2].islower() for w in words if w not in ("de", "al")):
        return "person"
    return None


_PLACE_WORDS = {"states", "kingdom", "republic", "city", "county", "river", "valley", "street", "island", "islands",
                "coast", "bay", "gulf", "sea", "ocean", "province", "region",
                # ("Arlington National Cemetery", "Hyde Park", "Heathrow Airport": a site, no "he")
                "cemetery", "park", "airport", "square", "avenue", "road", "beach", "lake", "harbor", "harbour"}


def _fits(kind: str | None, personal: bool) -> bool:
    return kind != "place" and (kind is None or (kind == "person") == personal)


# "Tove Marsh, chief executive of the Hockey Federation, which owns the arena, said": the relative clause's first
# comma also closes the person's apposition; dropping the clause keeps a comma there, or the apposition runs on
# into the verb and its organisation reads as the speaker.
_OPEN_APPOSITION = re.compile(r"(?:^|[.;:]\s+|\b(?:that|and|but)\s+)(?!(?:In|On|At|After|Before|By|For|From|With|"
                              r"During|Since|Under|Over|As|When|While|If|Once|Until|Although|Though|Despite|But|And|"
                              r"So|Yet|Still|Now|Then|However|Meanwhile|Today|Yesterday)\b)[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3},\s+"
                              r"(?:[a-z][\w’'-]*|[A-Z][\w.’'-]*’s|[A-Z][\w.’'-]*'s)(?:\s+[\w.&’'-]+){0,10}$")


def relative_aside_gone(m: re.Match[str]) -> str:
    """A space for a relative clause between commas, or a comma when its first comma closed an apposition too or
    the main clause follows ("Unless we move the debris, which may be needed, we are stuck": the relative
    clause ended the subordinate clause the line opened with, and no subject waits for its verb)."""
    return ", " if _OPEN_APPOSITION.search(m.string[:m.start()]) or (
        _CLAUSE_NEXT.match(m.string, m.end()) and _SUBORDINATE_FIRST.match(m.string)) else " "


#: A personal pronoun and a verb after it: a subject that opens a clause of its own.
_CLAUSE_NEXT = re.compile(r"(?:we|they|he|she|I|you|it|there)\s+[a-z]")
#: A line that opens with a subordinate clause: a subject after its relative clause opens the main clause.
_SUBORDINATE_FIRST = re.compile(r"[“\"‘]?(?:If|Unless|When|While|Although|Though|Because|As|Since|Once|Until)\b")
