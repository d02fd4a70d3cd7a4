"""Notes a page addresses to its reader, not the story (issue 16).

:mod:`.cleanup` finds captions, credits, bylines and links; this module adds what a newsroom or a site
says to the reader about the page itself (an editor's correction notice is :mod:`.correction_notes`'):

- a call to action: how to give or take part ("Relief Fund: Give online or by texting HELP to 90999",
  "Donate to ...", "To donate, visit ..."). An appeal in the imperative, or a text-to-shortcode, is the
  page talking to its reader.
- a prompt for readers' comments in brackets ("(Tell us what you think in the comments below)"): the
  bracket goes, the story around it stays.
- a call to action: "Send us your photos", "Share your story", "Have you been affected?", "Listen:", "Live
  updates", "Follow us on ...", alone on its line or after a label ("Deepwater Horizon: Send us your ideas ...").
- a speech's or letter's salutation ("Chairman Stupak, Ranking Member Burgess, members of the Subcommittee.",
  "Thank you, Mr Chairman."), with a transcript's date before it.
- a link run into the story: words ending on "here" ("Follow live updates here BP revealed ...") or a linked
  headline with its kind label ("Kent Wells questioned Article | HOUSTON - ...").
- a graphic's heading and legend run into the text ("How the oil has spread Approximate oil locations 22 April -
  15 May The oil slick ..."): a noun phrase closed by the dates the map shows.
- a live blog's entry stamp alone on its line ("10:42 a.m. ET", "14.05 GMT"): when, not what.
- a short author biography ("Jane Doe is a senior reporter who covers the harbour ..."): a writer's role and
  beat, where a story about a journalist says what happened to them instead.
- a reader's post on a live page ("2155: Kedar from Mumbai, India, writes: Make them pay."): a member of the public
  named by a place, giving a view; the page prints it as its readers' voice, not as news (a stamp and its entry
  after it stay).
- an excerpt cut short: a line ending in a word run into "..." ("... piling misery on a region sti...")
  is a linked story's teaser, clipped at a length, not a sentence of the article. Only its last sentence
  goes (a teaser has no other end), and so does one clipped before the next teaser's dateline; a speaker
  trailing off ends in a closing quote, and "etc..." is a writer's list, both left alone.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_PATTERN
from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, WILL_WOULD, auxiliaries

#: A text-to-shortcode appeal: "by texting "PARKS" to 90999", "Text HELP to 50555".
_SHORTCODE = re.compile(r"(?i)\btext(?:ing)?\s+[\"“']?[A-Z0-9]{2,15}[\"”']?\s+to\s+\d{4,6}\b")
#: An appeal in the imperative opening a line or its label's text ("Red Cross: Donate at ..."): give, donate.
_APPEAL = re.compile(r"^(?:[^.!?:\n]{2,80}:\s+)?(?:(?:Give|Donate)\s+(?:to|at|online|now|here|by)\b|To\s+(?:donate|give)\s*,)")
#: A call to action opening a line, or its label's text ("Deepwater Horizon: Send us your ideas ..."): the page asks
#: its reader to send, share, listen or follow, in the imperative or as "we want your ...". What the reader is asked
#: for is no news, whatever date the request carries.
_CALL_TO_ACTION = re.compile(
    r"^(?:[^.!?:\n]{2,80}:\s+)?(?:(?:send|email|e-mail|message|text|tell|show)\s+us\b|share\s+your\s+(?:story|stories|"
    r"experiences?|views|thoughts|photos|pictures|videos?|ideas|questions|comments|memories|tips?)\b|"
    r"get\s+in\s+touch\b|contact\s+us\b|(?:submit|upload)\s+your\b|have\s+you\s+been\s+affected\b|"
    r"were\s+you\s+(?:there|affected)\b|do\s+you\s+have\s+(?:a\s+(?:story|question|tip)|information|photos|video)\b|"
    r"got\s+a\s+(?:story|tip|question)\b|we\s+(?:want|would\s+like|['’]d\s+like|['’]d\s+love)\s+(?:to\s+hear|your)\b|"
    r"(?:listen|watch|live|play)\s*:|live(?:\s+(?:updates|coverage|blog|reporting))?\s*$|"
    r"(?:follow|like)\s+us\s+on\b|get\s+(?:the|our)\s+(?:app|newsletter|free)\b|download\s+(?:the|our)\s+app\b)",
    re.I)
#: The longest line a call to action fills: a longer one runs into the story, which keeps its line.
_CALL_WORDS_MAX = 60
#: A speech's or a letter's salutation, a sentence of its own: "Chairman Stupak, Ranking Member Burgess, members of
#: the Subcommittee.", "Thank you, Mr Chairman.", "Good morning." A transcript's date may head it ("June 17, 2010
#: "Chairman ..."). It addresses the hearing and reports nothing; the testimony after it is the witness's.
_ADDRESSEE = (r"(?:(?:Mr|Mrs|Ms|Madam|Madame|Mister)\.?\s+(?:[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Pp]resident|[Ss]peaker|"
              r"[Ss]ecretary|Vice\s+Chairman|Ranking\s+Member)|(?:Chairman|Chairwoman|Chair|Ranking\s+Member|Senator|"
              r"Congressman|Congresswoman|Representative|Commissioner|Speaker|President|Secretary)\s+[A-Z][\w'’-]+|"
              r"(?:(?:[Dd]istinguished|[Hh]onou?rable)\s+)?[Mm]embers\s+of\s+the\s+(?:[A-Z][\w-]*\s+){0,4}(?:[Cc]ommittee|"
              r"[Ss]ubcommittee|[Cc]ommission|[Bb]oard|[Cc]ouncil|[Hh]ouse|[Ss]enate|[Pp]anel|[Aa]ssembly)|"
              r"[Ll]adies\s+and\s+gentlemen|(?:[Gg]ood\s+(?:morning|afternoon|evening)|[Tt]hank\s+you(?:\s+very\s+much)?)"
              r"(?:,?\s+everyone)?)")
_SALUTATION = re.compile(
    rf"(?:(?<=[.!?\"”])\s+|^\s*)(?P<salutation>(?:(?:{MONTH_PATTERN})\.?\s+\d{{1,2}},\s+\d{{4}}\s+)?[\"“]?"
    rf"{_ADDRESSEE}(?:,\s*(?:and\s+)?{_ADDRESSEE})*[.!][\"”]?)(?=\s|$)")
#: Words one of which a salutation holds: a cheap test before :data:`_SALUTATION`.
_SALUTATION_WORDS = ("ember", "hank you", "Chair", "orning", "entlemen", "fternoon", "vening", "Senator", "Congress",
                     "Speaker", "President", "Secretary", "Commissioner", "Representative")
#: The first words a call to action opens with, when no label comes before it: a cheap test before the pattern.
_CALL_FIRST = frozenset(["send", "email", "e-mail", "message", "text", "tell", "show", "share", "get", "contact", "submit",
                         "upload", "have", "were", "do", "got", "we", "listen", "watch", "live", "play", "follow", "like",
                         "download"])


def _may_call(line: str) -> bool:
    """Whether ``line`` may hold a call to action (:data:`_CALL_TO_ACTION`): a label's colon, or one of its first words."""
    return ":" in line[:85] or line.split(None, 1)[0].lower().rstrip(":") in _CALL_FIRST


#: A graphic's heading and legend run into the text after it: "How the oil has spread Approximate oil locations 22 April
#: - 15 May The oil slick changes ...". A map or chart's legend is a noun phrase closed by the date or dates it shows;
#: prose never runs a date into the next sentence's capital without a stop, and a date after a preposition ("on 22
#: April") is a clause's, so only a date straight after a noun, then a capital, ends a legend.
_DAY = rf"(?:\d{{1,2}}\s+(?:{MONTH_PATTERN})\.?(?:\s+\d{{4}})?|(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)"
_LEGEND = re.compile(
    rf"^(?P<heading>(?:How|Where|What)\s+[^.!?:;\n]{{3,60}}?\s+)?(?P<legend>[A-Z][a-z'’-]+(?:\s+[a-z][\w'’-]*){{0,5}})"
    rf"\s+{_DAY}(?:\s*(?:-|–|—|to)\s*{_DAY})?\s+(?=[\"“]?[A-Z])")
#: Words that make a legend's words a clause or tie its date to one.
_CLAUSE_WORD = re.compile(r"\b(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD) + r"|said|says|on|in|at|by|since|until|from|to|of|"
                          r"before|after|between|through|during|and|or|the|a|an|[a-z]{3,}ed)$")
#: A link's words that end on "here", opening a line and run into the story: "Follow live updates here BP revealed ...",
#: "Read our full coverage here". The page points elsewhere; the sentence after it is the story's.
_LINK_HERE = re.compile(r"^(?:Follow|Read|Watch|See|Get|Listen\s+to|Catch\s+up(?:\s+on|\s+with)?|Sign\s+up|Click|Find|"
                        r"Browse|Explore)\b[^.!?\n]{0,60}?\bhere\b[:.]?(?=\s+[\"“]?[A-Z]|\s*$)")
#: A link list's kind label after a linked headline: "Kent Wells questioned Article | HOUSTON - ...", "Video | ...".
_LINK_LABEL = re.compile(r"(?:^|\s)(?:Article|Video|Audio|Photos?|Gallery|Photo\s+Gallery|Graphic|Interactive|Podcast)"
                         r"\s+\|\s+")
#: A bracketed prompt for readers' comments, with the colon that leads into a list after it.
_COMMENT_PROMPT = re.compile(
    r"\((?=[^()\n]{0,160}\b(?:comments?(?:\s+section)?\s+below|in\s+the\s+comments|let\s+us\s+know|"
    r"tell\s+us\s+what\s+you\s+think|share\s+your\s+(?:thoughts|views|stories|experiences?))\b)[^()\n]{0,240}\)\s*:?")
#: A reader's post: a name of a few capitalised words, "from" a place (no article: "from the Sierra Club" is an
#: organisation's voice), "writes:" and the post, up to the next entry's four-digit stamp or the line's end.
_READER_POST = re.compile(r"(?:^|(?<=\s))[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+from\s+(?!the\b)[A-Z][\w.'’-]*"
                          r"(?:(?:,|\s+in|\s+)\s*[A-Z][\w.'’-]*){0,5},?\s+writes:\s.*?(?=\s\d{4}:\s|\s*$)")
#: A sign-up prompt run into the text after a headline or a sentence with no stop: "... Still Powerful Sign up for free
#: e-mail news alerts from Coast News." The imperative to subscribe is the page's, to its sentence's end.
_SIGN_UP = re.compile(r"(?:(?<=[a-z0-9'’\"”)] )|(?<=[.!?] ))(?:Sign up|Subscribe)\s+(?:for|to)\s+(?:(?:our|the|free|daily|weekly|"
                      r"e-?mail|news|breaking|newsletter)\s+){0,4}(?:news\s*)?(?:alerts?|newsletters?|updates|emails|digest|"
                      r"briefing)\b(?:[^.!?\n]|[.!?](?=\S)){0,120}?(?:[.!?](?=\s|$)|$)", re.M)  # "FoxNews.com" goes on
#: A clock time alone on its line, with its zone: a live blog's entry stamp.
_CLOCK_LINE = re.compile(r"^(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?|\d{1,2}\s*[AaPp]\.?[Mm]\.?)(?:\s+[A-Z]{2,4})?$")
#: A modern page's chrome on a line of its own: skip links, buttons ("Share", "Save", "Copy link"), a live page's
#: "Key event" flag and an entry's age ("2h ago", "35 minutes ago"), a gallery's counter ("1 of 12"), reading
#: time, and the cookie and paywall notices. None is written by the story's reporter; "2h ago" counts from when
#: the page was saved, not from anything the story says.
_PAGE_CHROME = re.compile(
    r"(?i)^(?:skip\s+to\s+(?:main\s+)?(?:content|navigation|search)|skip\s+navigation|(?:share|save|copy\s+link|print|"
    r"gift\s+(?:this\s+)?article|bookmark|close|menu|search|expand|collapse|toggle\s+caption|hide\s+caption|"
    r"(?:open|view)\s+image\s+in\s+(?:gallery|full\s*screen)|enlarge\s+(?:this\s+)?image)"
    r"(?:\s*[|·•]\s*(?:share|save|copy\s+link|print|comments?))*|key\s+events?|pinned(?:\s+post)?|"
    r"\d+\s*(?:s|m|h|d|mins?|minutes?|hrs?|hours?|days?)\s+ago|just\s+now|\d{1,3}\s+of\s+\d{1,3}|"
    r"(?:listen\s+to\s+(?:this\s+)?article|\d+\s+min(?:ute)?s?\s+(?:read|listen))(?:\s*[·•|]\s*\d+\s+min(?:ute)?s?)?|"
    r"(?:accept|reject|allow|manage)\s+(?:all\s+)?(?:cookies|preferences|settings)|cookie\s+(?:settings|policy|preferences)|"
    r"we\s+(?:and\s+our\s+partners\s+)?use\s+cookies\b.*|this\s+(?:site|website)\s+uses\s+cookies\b.*|"
    r"already\s+(?:a\s+)?(?:subscriber|registered|have\s+an\s+account)\b.*|you\s*(?:have|['’]ve)\s+reached\s+your\b.*|"
    r"(?:subscribe|register|sign\s+in|log\s+in)\s+to\s+(?:continue|read|keep\s+reading|unlock)\b.*|"
    r"this\s+(?:article|content|story)\s+is\s+(?:for|only\s+available\s+to)\s+(?:subscribers|members)\b.*|"
    # Links, labels and notices of a page's frame: sharing, sections, sponsors, legal, the story's age.
    r"reuse\s+this\s+content|about\s+the\s+authors?|topics|tags?\s*:.{0,200}|share\s+(?:on|via)\s+\w+(?:\s+\w+)?|"
    r"open\s+in\s+(?:the\s+)?app|story\s+continues\s+below(?:\s+(?:the\s+)?advertisement)?|(?:sponsored|paid|partner)"
    r"(?:\s+(?:content|post|stories))?|from\s+our\s+(?:partners|sponsors)|show\s+key\s+events\s+only|"
    r"(?:please\s+)?(?:turn\s+on|enable)\s+javascript\b.*|view\s+in\s+full\s*screen|skip\s+to\s+\w+|jump\s+to|"
    r"editor['’]s\s+picks?|don['’]t\s+miss|newsletters?|support\s+(?:our|independent|quality)\s+journalism\b.*|"
    r"become\s+a\s+(?:member|subscriber|supporter)\b.*|this\s+is\s+a\s+(?:developing|breaking)\s+(?:news\s+)?story\b.*|"
    r"this\s+(?:article|story|content)\s+is\s+more\s+than\s+\d+\s+(?:years?|months?|days?)\s+old|"
    r"(?:photo\s+)?illustration\s+by\s+[A-Z].{0,60}|terms\s+(?:of\s+(?:use|service)|and\s+conditions)|"
    r"privacy\s+(?:policy|notice)|our\s+standards\s*:.{0,80}|(?:sign|log)\s+(?:in|out|up)|register|my\s+account|"
    # An agency's graphics desk credited under its chart: "Reuters Graphics", "AP Graphic".
    r"(?:reuters|ap|afp|bloomberg|bbc)\s+graphics?|"
    # A link to a video, gallery or recording, titled with what it shows: "Video: Passengers describe the fire".
    r"(?:video|audio|gallery|in\s+pictures|photos|podcast)\s*:\s+[^.!?]{3,100}|"
    # A print edition's note, a gallery's picture, a section's link, a stamp's age, a co-writer's credit.
    r"(?:a\s+version\s+of\s+)?this\s+(?:article|story|report|review|column|piece|essay)\s+(?:originally\s+|first\s+)?"
    r"appear(?:s|ed)\s+in\b.*|"
    r"(?:photo|image|picture|slide)\s+\d{1,3}\s+of\s+\d{1,3}\b.{0,150}|more\s*:\s.{3,120}|contributing\s*:.{3,120}|"
    r"(?:last\s+)?(?:updated|published|posted)\s*:?\s*\d+\s*(?:s|m|h|d|mins?|minutes?|hrs?|hours?|days?)\s+ago|"
    # A broadcaster's notice heading its transcript: "This copy may not be in its final form and may be updated."
    r"(?:this\s+is\s+a\s+rush\s+transcript\b.*|this\s+(?:copy|transcript)\s+may\s+not\s+be\s+in\s+its\s+final\s+form\b.*))[.!]?$")
#: A meta line closing on the story's reading time: "Jane Doe · March 4, 2026 · 5 min read".
_READ_TIME = re.compile(r"[·•|]\s*\d+\s+min(?:ute)?s?\s+read\s*$")
#: The first words a line of page chrome opens with: a cheap test before :data:`_PAGE_CHROME`.
_CHROME_FIRST = frozenset([
    "skip", "share", "save", "copy", "print", "gift", "bookmark", "close", "menu", "search", "expand", "collapse",
    "toggle", "hide", "open", "view", "enlarge", "key", "pinned", "just", "listen", "accept", "reject", "allow",
    "manage", "cookie", "we", "this", "already", "you", "you've", "subscribe", "register", "sign", "log", "reuse",
    "about", "topics", "tags", "tag", "story", "sponsored", "paid", "partner", "from", "show", "please", "turn",
    "enable", "jump", "editor's", "editor’s", "don't", "don’t", "newsletter", "newsletters", "support", "become",
    "photo", "illustration", "terms", "privacy", "our", "video", "audio", "gallery", "in", "photos", "podcast",
    "a", "more", "contributing", "last", "updated", "published", "posted", "slide", "image", "picture", "register", "my",
    "reuters", "ap", "afp", "bloomberg", "bbc"])
#: The roles a newsroom gives its writers, as a biography names them.
NEWSROOM_ROLES = ("correspondent", "reporter", "editor", "columnist", "writer", "journalist", "contributor", "producer",
                  "bureau chief")


def biography(roles: tuple[str, ...]) -> re.Pattern[str]:
    """A line opening a writer's biography: a name, "is/was/has been", a role among ``roles``."""
    return re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s+(?:is|was|has been)\s+(?:a|an|the)\s+"
                      r"(?:[\w'’-]+\s+){0,4}(?:" + "|".join(roles) + r")\b")


#: News organisations as a writer's biography names the one they joined.
_OUTLET = (r"(?:Reuters|the\s+BBC|BBC\s+News|CNN|AP|the\s+Associated\s+Press|AFP|Bloomberg|NPR|Fox\s+News|"
           r"(?:the|The)\s+(?:Guardian|Observer|Times|Post|Washington\s+Post|New\s+York\s+Times|Wall\s+Street\s+Journal|"
           r"Telegraph|Independent|paper|newspaper|magazine|network|newsroom|station|desk))")
#: The opening of a writer's biography in the page's closing lines: "Since joining Reuters in Singapore in 2001, ...",
#: "He joined Reuters in Detroit in 1998 ...", "Jane Doe is based in Detroit and ...". The dates are the writer's career.
_WRITER_BIO = re.compile(
    rf"^(?:(?:Since|Prior\s+to|Before|After)\s+joining\s+{_OUTLET}\b|(?:He|She|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})"
    rf"\s+(?:joined|has\s+worked\s+for|has\s+been\s+with)\s+{_OUTLET}\b|[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+is\s+based\s+in\s+"
    rf"[A-Z][^.!?]{{0,120}}\b(?:for|at|with)\s+{_OUTLET}\b)")


#: A beat and an outlet opening a line: "Jane Doe covers transportation and city hall for the Ledger." A story about a
#: journalist says so too, so a way to reach the writer or their start there must follow on the line.
_BEAT_OPENING = re.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+(?:covers|reports\s+on|writes\s+about)\s+"
                           r"[^.!?]{3,120}?\s+for\s+(?:the\s+|The\s+)?[A-Z]")
_REACH_OR_START = re.compile(r"(?i)\b(?:reach\s+(?:him|her|them)\b|(?:he|she|they)\s+joined\b|email\s+(?:him|her|them)\b|"
                             r"follow\s+(?:him|her|them)\b|\S+@\S+\.\w+)")


def writer_biography(line: str) -> bool:
    """Whether ``line`` opens a writer's biography (:data:`_WRITER_BIO`, or a beat and a way to reach the writer); the
    caller reads it only near the page's end."""
    return _WRITER_BIO.match(line) is not None or (
        _BEAT_OPENING.match(line) is not None and _REACH_OR_START.search(line) is not None)


#: A writer's biography: a name, a newsroom role, and the beat or the way to reach them.
_BIO = biography(NEWSROOM_ROLES)
_BEAT = re.compile(r"(?i)\b(?:covers|covering|has covered|who writes|writes about|based in|joined (?:the|[A-Z])|"
                   r"can be reached|reach (?:him|her|them) at|follow (?:him|her|them)|email)\b")
#: A line ending in a word run into an ellipsis, no closing quote after it.
_CLIPPED = re.compile(r"\b(?!etc\b)[A-Za-z]+,?(?:\.\.\.|…)\s*$")
#: A word run into an ellipsis before a dateline ("... on a region sti... SENDAI, Japan -- Nearly ..."): a dateline
#: opens only a story, so the text before it was a teaser's, clipped, and another teaser follows.
_CLIPPED_BEFORE_DATELINE = re.compile(
    r"\b(?!etc\b)[A-Za-z]+,?(?:\.\.\.|…)(?=\s+[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
    r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*(?:\([A-Z][\w ]{1,20}\)\s*)?(?:--|[—–]))")
#: A word run into an ellipsis before a capital: on a line of teasers, where one ends and the next begins.
_CLIPPED_BEFORE_CAPITAL = re.compile(r"\b(?!etc\b)[A-Za-z]+,?(?:\.\.\.|…)(?=\s+[\"“]?[A-Z])")
#: Where the last sentence of a line begins: after a sentence end, before a capital or an opening quote.
_SENTENCE_START = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“A-Z])")


def reader_notes(text: str, line: tuple[int, int]) -> list[tuple[str, int, int]]:
    """The spans of ``text[line[0]:line[1]]`` that speak to the reader: (kind, start, end)."""
    start, end = line
    segment = text[start:end]
    stripped = segment.strip()
    if not stripped:
        return []
    lead = start + len(segment) - len(segment.lstrip())
    if _CLOCK_LINE.match(stripped):
        return [("stamp", lead, start + len(segment.rstrip()))]
    if len(stripped) < 200 and (_READ_TIME.search(stripped) or (
            (stripped[0].isdigit() or stripped.split(None, 1)[0].lower().rstrip(":") in _CHROME_FIRST)
            and _PAGE_CHROME.match(stripped))):
        return [("boilerplate", lead, start + len(segment.rstrip()))]
    if (_SHORTCODE.search(stripped) or _APPEAL.match(stripped)
            or (_BIO.match(stripped) and _BEAT.search(stripped))
            or (_may_call(stripped) and _CALL_TO_ACTION.match(stripped) and len(stripped.split()) <= _CALL_WORDS_MAX)):
        return [("boilerplate", lead, start + len(segment.rstrip()))]
    out = [("boilerplate", start + m.start(), start + m.end()) for m in _COMMENT_PROMPT.finditer(segment)]
    out += [("boilerplate", start + m.start(), start + m.end()) for m in _READER_POST.finditer(segment)] if (
        " writes: " in segment) else []
    out += [("boilerplate", start + m.start(), start + m.end()) for m in _SIGN_UP.finditer(segment)] if "ign up" in segment or (
        "ubscribe" in segment) else []
    link = (_LINK_HERE.match(stripped) if "here" in stripped[:90] else None) or (
        _LINK_LABEL.search(stripped, 0, 300) if "|" in stripped[:300] else None)
    if link is not None:
        out.append(("related", lead, lead + link.end()))
    legend = _LEGEND.match(stripped) if stripped[:1].isupper() else None
    if legend is not None and not any(_CLAUSE_WORD.search(w) for w in legend.group("legend").split()):
        out.append(("caption", lead, lead + len(legend.group(0).rstrip())))
    out += [("boilerplate", start + m.start("salutation"), start + m.end("salutation"))
            for m in _SALUTATION.finditer(segment)] if any(w in segment for w in _SALUTATION_WORDS) else []
    clipped = [m.end() for m in _CLIPPED_BEFORE_DATELINE.finditer(segment)] if "..." in segment or "…" in segment else []
    if clipped:  # a line of teasers: each text clipped before a capital ends one
        clipped = sorted({*clipped, *(m.end() for m in _CLIPPED_BEFORE_CAPITAL.finditer(segment))})
    at_end = _CLIPPED.search(segment)
    clipped += [len(segment.rstrip())] if at_end is not None else []
    floor = len(segment) - len(segment.lstrip())
    for stop in clipped:
        begin = floor
        for m in _SENTENCE_START.finditer(segment, floor, stop - 4):
            begin = m.end()
        begin += len(segment[begin:stop]) - len(segment[begin:stop].lstrip())
        out.append(("teaser", start + begin, start + stop))
        floor = stop
    return out


#: The writer a byline names: "By Jane Doe, Transport correspondent", "By JANE DOE", "Written by Jane Doe and John Roe".
_BYLINE_NAME = re.compile(r"(?:By|BY|Written by)\s+(?P<name>[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|al)){1,3})")
#: What an author box says of its writer: their job, their beat, their career ("joined Coast News in 2019").
_CAREER = re.compile(r"\b(?:joined|joins|has\s+(?:been\s+)?(?:covered|covering|worked|working|reported|reporting|written|writing)|"
                     r"previously\s+(?:worked|covered|reported|was|wrote)|was\s+(?:previously|formerly)|before\s+joining|"
                     r"covers|is\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,5}(?:" + "|".join(NEWSROOM_ROLES) + r"|author)s?\b)")


def author_box(text: str, lines: list[tuple[int, int]], bylines: list[str]) -> list[tuple[int, int]]:
    """Lines of an author box: a line opening with the name the byline gave the writer and telling their job or
    career ("Jane Doe joined Coast News in 2019 after ten years at the Harbour Times"). The story names its
    writer only there; the dates are the writer's career, not the story's."""
    names = {m.group("name") for b in bylines if (m := _BYLINE_NAME.match(b.strip())) is not None}
    if not names:
        return []
    out = []
    for a, b in lines:
        line = text[a:b].lstrip()
        if any(line.startswith(n) for n in names) and _CAREER.search(line, 0, 300):
            out.append((b - len(line), b))
    return out
