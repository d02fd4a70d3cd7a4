"""A title that is only "The explosion" names where it happened, when the story names one place it could be.

"Oil reached the delta nine days after the April 20 explosion" gives the explosion its date, and its title is the
happening's bare noun ("The explosion"): in the story it is clear, in a timeline read apart from it the title names
nothing. A story tells such a happening of the one installation it is about ("the Deepwater Horizon rig", "the Texas
City refinery"), and a reader of the story takes "the explosion" for that one's. The title then says where: "Explosion
on the Deepwater Horizon rig", "Explosion at the Texas City refinery", "Blowout of the Macondo well", as a timeline
heads a happening named without a verb. Two installations named in the story (a rig and a refinery, or two rigs) leave
the title as it is: a vague title is better than a wrong one. Only happenings that befall an installation are named
so, and an accident told of the site; "the disaster" may be a wider happening than any one place's.
"""

from __future__ import annotations

import re

from timeline.extract.thing_kinds import KIND_RUN, KIND_WORD, KIND_WORDS

__all__ = ["happening_sited", "indefinite_sited"]

#: The bare title of a happening that befalls an installation, and what befalls which nouns.
_BARE = re.compile(r"The (explosion|blast|fire|blowout|blow-out|accident)")
#: Installations a happening's noun is told of, with the preposition that puts the happening there.
_SITES = {"rig": "on", "platform": "on", "ship": "on", "tanker": "on", "vessel": "on", "ferry": "on",
          "refinery": "at", "plant": "at", "mine": "at", "factory": "at", "well": "of"}
#: Which installations each happening befalls: a well blows out, a rig or a plant explodes or burns.
_BEFALLS = {"explosion": {"rig", "platform", "ship", "tanker", "vessel", "ferry", "refinery", "plant", "mine", "factory"},
            "blowout": {"well"}}
_NAME = r"(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*"
#: "the Deepwater Horizon rig", "BP's Texas City refinery", "the Macondo oil well": a name, its kind words, the noun.
_NAMED_SITE = re.compile(r"\b(?:[Tt]he|[A-Z][\w&.-]*['’]s)\s+(" + _NAME + r")\s+" + KIND_RUN + r"(" + "|".join(_SITES) + r")\b")
#: Capitalised words that name no installation: a time, a place's direction, a title word.
_NOT_NAMES = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                        r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Gulf|North|South|East|West|US|U\.S\.|UK)$")


#: Words of each happening, as the story may tell it of the site: an explosion is told exploding, blasted or blown
#: up; a fire burning; a blowout blowing out ("the Exxon Valdez disaster" tells no explosion of the tanker).
_HAPPENED = {"explosion": r"explo\w*|blasts?|blew\s+up|blown\s+up|blows?\s+up", "fire": r"fires?|burn\w*|blaze",
             "blowout": r"blow-?outs?|blew\s+out|blown\s+out"}
#: An accident at a site is any of its happenings, or its sinking.
_HAPPENED["accident"] = "|".join([*_HAPPENED.values(), r"accidents?|sank|sunk|sinking"])
#: How far from a site's name a word of its happening may stand.
_REACH = 80


def _around(text: str, name: str, sentence: bool = False) -> str:
    """The words within :data:`_REACH` characters of every mention of ``name`` in ``text`` (or, with ``sentence``,
    the mention's own sentence)."""
    spans = []
    for m in re.finditer(r"\b" + re.escape(name) + r"\b", text):
        start, end = max(0, m.start() - _REACH), m.end() + _REACH
        if sentence:
            start = max(text.rfind(stop, 0, m.start()) for stop in (". ", "\n", "? ", "! ")) + 1
            end = min((i for i in (text.find(stop, m.end()) for stop in (". ", "\n", "? ", "! ")) if i >= 0), default=len(text))
        spans.append(text[start:end])
    return " … ".join(spans)


def happening_sited(title: str, text: str) -> str:
    """``title`` ("The explosion") as the happening at the one installation ``text`` (the story) names for it
    ("Explosion on the Deepwater Horizon rig"), or ``title`` unchanged."""
    bare = _BARE.fullmatch(title.strip())
    if bare is None:
        return title
    noun = bare.group(1)
    befalls = _BEFALLS["blowout" if noun.startswith("blow") else "explosion"]
    sites = {(m.group(1), m.group(2)) for m in _NAMED_SITE.finditer(text)
             if m.group(2) in befalls and not _NOT_NAMES.search(m.group(1))}
    # The site must be told with a happening somewhere ("the Deepwater Horizon rig sank", "the Deepwater Horizon
    # disaster"): a rig the story names only for other work ("the Development Driller III rig is drilling a relief
    # well") is no place the story's explosion happened.
    kind_of = "blowout" if noun.startswith("blow") else noun if noun in _HAPPENED else "explosion"
    told = re.compile(r"(?i)\b(?:" + _HAPPENED[kind_of] + r")\b")
    sites = {(name, kind) for name, kind in sites if told.search(_around(text, name)) and name.lower() not in KIND_WORDS}
    # A sentence that names the site with the happening's own noun ("Another fire aboard the Northern Star ferry") is a
    # telling :func:`.retold.retelling` read and refused as another happening: the title stays as it refused it.
    noun_told = re.compile(r"(?i)\b" + re.escape(noun) + r"s?\b")
    sites = {(name, kind) for name, kind in sites if not noun_told.search(_around(text, name, sentence=True))}
    if len(sites) != 1:
        return title  # ("the Deepwater Horizon rig" and "the Ocean King rig": which one is unclear)
    name, kind = next(iter(sites))
    return f"{noun.capitalize()} {_SITES[kind]} the {name} {kind}"


#: "A drilling rig explodes", "An offshore oil rig sinks": an installation told by its kind alone, its verb next.
_INDEFINITE = re.compile(r"An? (?:(?:" + KIND_WORD + r"|massive|huge|deadly) ){0,3}(rig|platform|tanker|refinery)"
                         r" (?=(?:explodes|blows up|sinks|catches fire|burns)\b)")


def indefinite_sited(title: str, text: str) -> str:
    """``title`` ("A drilling rig explodes") with the one installation of its noun that ``text`` (the story) names and
    tells exploding, burning or sinking ("The Deepwater Horizon rig explodes"), or ``title`` unchanged. Only a title
    whose noun has nothing after it but its verb: "A rig in Mexican waters blows up" tells another rig than the
    story's own."""
    m = _INDEFINITE.match(title)
    if m is None:
        return title
    noun, verb = m.group(1), title[m.end():].split()[0]
    # (the site told in its own sentence with the title's happening: "the Q4000 rig" beside a ship that flares oil
    # is no rig that exploded)
    words = _HAPPENED["fire"] if verb in ("catches", "burns") else _HAPPENED["explosion"] + r"|sank|sunk|sinking"
    told = re.compile(r"(?i)\b(?:" + words + r")\b")
    sites = {found.group(1) for found in _NAMED_SITE.finditer(text)
             if found.group(2) == noun and not _NOT_NAMES.search(found.group(1))
             and found.group(1).lower() not in KIND_WORDS and told.search(_around(text, found.group(1), sentence=True))}
    others = {found.group(1) for found in _NAMED_SITE.finditer(text) if found.group(2) == noun} - sites
    if len(sites) != 1 or others - {w for name in sites for w in (name, name.split()[-1])}:
        return title  # (two rigs named: which one is unclear)
    return f"The {sites.pop()} {noun}{title[m.end() - 1:]}"

