"""Page furniture in news text: what is on the page but is not the story.

Saved web pages and pasted articles carry photo captions and credits, bylines,
datelines with a clock time, "last updated" stamps, summary bullets, sign-up
and related-link lines and footers. None of it is an event, a title or a tag,
yet it often holds a date ("June 15: A drilling rig operates ...", "KUALA
LUMPUR | Sun Jun 7, 2009 10:57 am EDT"). :func:`find_furniture` returns such
parts as spans of the unchanged text, each with its kind; the extractor keeps
sentences out of them (:func:`trim`), and a dateline's moment still tells when
the article was published (:attr:`Furniture.moment`).

Each rule is a small named pattern for one kind of furniture, written for the
genre (how wire services, newspapers and broadcasters lay out a page), not for
one site. Furniture is found both on lines of its own and run into the text,
as it is when a page is copied without its layout ("Photograph: Name/Agency
Shares in BP plunged ...").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline.calendar_words import MONTH_PATTERN
from timeline.extract.broadcast_notes import broadcast_notes
from timeline.extract.comment_threads import comment_threads
from timeline.extract.correction_notes import correction_notes
from timeline.extract.credit_openings import credit_opening
from timeline.extract.foreign_lines import foreign_lines
from timeline.extract.furniture import CAPS_HEADING, is_heading, page_furniture, thread_follows
from timeline.extract.furniture_spans import content_sentences, masked, trim  # noqa: F401  (applying spans: its own stage)
from timeline.extract.link_notes import link_notes
from timeline.extract.page_blocks import (
    DATED_CAPTION_START,
    above_the_dateline,
    author_notes,
    captions_before_credits,
    dated_caption_after,
    fact_boxes,
    picture_sentences,
    promotion,
    readers_posts,
    reference_note,
    resume,
    run_in_top,
    thread_before_policy,
)
from timeline.extract.page_lines import filled_lines, line_spans
from timeline.extract.page_notes import NEWSROOM_ROLES, author_box, biography, reader_notes, writer_biography
from timeline.extract.picture_credits import credit_words_end, run_in_credits
from timeline.extract.quote_credits import pull_quote_credit
from timeline.extract.readers_board import readers_board
from timeline.extract.run_in import named_again, pull_quote
from timeline.extract.run_in_chrome import date_labels, run_in_chrome
from timeline.extract.saying_words import alternation, spoken
from timeline.extract.standfirst_bullets import standfirst_bullets
from timeline.extract.transcripts import transcript_furniture
from timeline.page_stamps import STAMP_ZONE_PATTERN, stamp_moment, stamps

_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|urday|rsday)?\.?"
_MONTH = rf"(?:{MONTH_PATTERN})\.?"
_ZONE = STAMP_ZONE_PATTERN
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
_DAY_MONTH_YEAR = rf"(?:{_WEEKDAY},?\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},?)\s+\d{{4}}"

#: "KUALA LUMPUR | Sun Jun 7, 2009 10:57 am EDT", then the wire dateline "KUALA LUMPUR (Reuters) -".
_WIRE_STAMP = re.compile(
    rf"(?:[A-Z][A-Za-z.'’-]*(?:[ ,]+[A-Za-z.'’-]+){{0,4}}\s*\|\s*)?{_WEEKDAY},?\s+{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    rf"\s+{_CLOCK}\s*{_ZONE}\b")
#: A live blog's entry time: "1.29 pm ET: Democrat Jay Inslee observes ...".
_ENTRY_TIME = re.compile(rf"^{_CLOCK}\s*{_ZONE}?\s*:\s+")
#: "Thursday 29 April 2010 17.33 BST", "Page last updated at 11:14 GMT, Thursday, 3 February 2011",
#: "James Reynolds | 07:37 UK time, Friday, 29 May 2009", "Published: 3 February 2011 11:14 GMT".
_STAMP = re.compile(
    rf"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}\s*\|\s*)?"
    rf"(?:(?:(?:Page\s+)?(?:[Ll]ast\s+)?(?:[Uu]pdated|[Pp]ublished|[Pp]osted)(?:\s+(?:at|on))?:?\s*)"
    rf"(?:{_CLOCK}\s*{_ZONE}?,?\s*(?:{_DAY_MONTH_YEAR}(?:\s+{_CLOCK}\s*(?:UK|{_ZONE})\b)?)?|{_DAY_MONTH_YEAR}(?:,?\s*(?:at\s+)?{_CLOCK}\s*{_ZONE}?)?)"
    rf"|{_DAY_MONTH_YEAR},?\s+(?:at\s+)?{_CLOCK}\s*{_ZONE}\b"
    rf"|{_CLOCK}\s*{_ZONE},?\s+{_DAY_MONTH_YEAR}"
    # A blog post's signature: "Fergus Walsh | 09:53 AM, Thursday, 21 May 2009" (the writer, a bar, when).
    rf"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}\s*\|\s*{_CLOCK}\s*{_ZONE}?,?\s+{_DAY_MONTH_YEAR}"
    rf"|{_DAY_MONTH_YEAR}\s+(?=[Ll]ast updated)"
    rf"|{_DAY_MONTH_YEAR};\s+{_CLOCK}(?:\s*{_ZONE}\b)?"
    rf"|{_DAY_MONTH_YEAR}\s+-\s+{_CLOCK}(?:\s*{_ZONE}\b)?(?:\s*\|\s*by:?\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{0,2}})?"
    rf"|^\d{{1,2}}\s+{_MONTH}\s+\d{{4}}\s+(?=[A-Z]))")
#: The page's help link printed after its stamp ("Last updated at 09:43 GMT Help BP has ..."): no word of the story.
_STAMP_BUTTON = re.compile(r"\s*(Help)\s+(?=\S)")
#: "LONDON (Reuters) -", "WASHINGTON (AP) —", "AP WASHINGTON --", "ROBERT, Louisiana (Reuters) -".
_AGENCY = r"(?:Reuters|AP|AFP|Bloomberg|CNN|UPI|dpa|Xinhua|PA)"
_WIRE_DATELINE = re.compile(
    rf"(?:{_AGENCY}\s+)?[A-Z][A-Z.'’-]+(?:[ ,]+[A-Za-z.'’-]+){{0,4}}\s*(?:\({_AGENCY}(?:\s+\w+)?\))?\s*(?:--|[-—–])\s+")
_WIRE_DATELINE_STRICT = re.compile(
    rf"(?:(?:{_AGENCY})\s+[A-Z][A-Z .'’/-]{{2,40}}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}})?\s*(?:--|[—–])"
    rf"|[A-Z][A-Z.'’/-]+(?:[ ,/]+[A-Za-z0-9.'’-]+){{0,4}},?\s*\((?:{_AGENCY}(?:\s+\w+)?|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{1,2}})\)\s*(?:--|[-—–])"
    rf"|{_MONTH}\s+\d{{1,2}}\s*\({_AGENCY}\)\s*(?:--|[-—–]))\s*")
#: A photo caption in the present tense that ends with the picture's full date (wire style):
#: "Oil floats on the surface of the Gulf of Mexico around a work boat June 2, 2010."
_DATED_CAPTION = re.compile(rf"(?:,\s*|\s)(?:on\s+)?{_MONTH}\s+\d{{1,2}},\s+\d{{4}}\.?\s*$")
_REPORTED = re.compile(r"\b(?:said|says|told|was|were|had|has|have|will|would|could|[a-z]+ed)\b")
#: Readers' comment threads on a saved page. A comment's header names its writer ("At 15:31 on 12 Jun 2010,
#: NAME wrote:", "On June 3, 2010 at 9:14 pm NAME said:", "NAME wrote:"): from the first one on, the page is
#: the readers'. The writer is a handle, not a sentence, so a header holds no clause of its own.
_COMMENT_HEADER = re.compile(
    r"^(?:(?:At|On)\s+[^,\n]{0,40}?\d[^,\n]{0,40}?,?\s+\S+(?:\s+\S+){0,3}\s+(?:wrote|said|commented|replied)\s*:"
    r"|(?:@?[\w.'’-]+(?:\s+[\w.'’-]+){0,2})\s+(?:wrote|replied|commented)\s*:\s*$)")
#: Lines of a comment thread's chrome, wherever they stand: actions, counts, sign-in prompts, moderation.
_COMMENT_CHROME = re.compile(
    r"(?i)^(?:report (?:this comment|abuse|comment)|reply|share|like|flag|permalink|recommend(?:ed)?\s*(?:\(\d+\))?|"
    r"\d+\s+(?:repl(?:y|ies)|likes?|recommend(?:s|ations?)?|comments?|people (?:recommend|like)[^.]{0,40})|"
    r"(?:log|sign) ?in (?:to|or register to) (?:comment|reply|post|join)[^.]{0,40}|(?:show|load|view|see) "
    r"(?:\d+ )?(?:more |all |previous |older |newer )*(?:comments|replies)\b.{0,20}|sort by\b.{0,30}|"
    r"comments? (?:are|is) (?:now )?closed\.?|this discussion is (?:now )?closed\.?|"
    r"we welcome comments on our articles\b.*|this comment (?:was|has been) removed\b.*|"
    r"comments? on this (?:story|article) (?:are|is) (?:moderated|closed)\b.*|"
    r"(?:newest|oldest|most recommended|top comments)(?:\s*[|·]\s*(?:newest|oldest|most recommended|top comments))*)$")
#: A comment section's header: when it stands on its own line in the page's second half, the rest is
#: the readers' ("Comments (12)", "Add your comment", "Have your say", "Join the conversation").
_COMMENTS_SECTION = re.compile(
    r"(?i)^(?:comments?(?:\s*\(\d+\))?|\d+\s+comments?|(?:add|post|leave|write|show|view|read) (?:a |your |the )?"
    r"comments?|readers?['’]? comments?|have your say|join the (?:conversation|discussion|debate)|"
    r"comment on this (?:story|article)|conversation)\s*:?$")
#: A comment's marker that follows the comment it closes: "Posted by NAME | Report as abusive", "Report abuse",
#: "Reply | Report", "Recommend (12)", "12 people like this", a signature "— NAME, City" alone on its line.
_TRAILING_MARKER = re.compile(
    r"(?im)^[ \t]*(?:posted by:?\s+\S+(?:\s+\S+)?\s*\|\s*report(?: as)? abus(?:e|ive)\b|(?:reply\s*[|·]\s*)?report"
    r"(?: as)? abus(?:e|ive)\b|reply\s*[|·]\s*report\b|recommend\s*\(\d+\)|\d+\s+(?:people|readers) (?:like|recommend)"
    r"(?:s|ed)? this\b|[—–-]{1,2}\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2},\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}"
    r"[ \t]*$)")
#: A reader's signature on its own line under what they sent in: "Alfred Bright, Harrogate, North Yorkshire".
_SIGNATURE = re.compile(r"(?m)^[ \t]*[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s*[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
                        r"(?:,\s*[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?\.?[ \t]*$")
#: A page's note that what follows is sent in by its readers: "A selection of your comments appear below",
#: "This debate is now closed", "Send me a sentence using ... and I'll put my favourites on this page".
_READERS_FOLLOW = re.compile(
    r"(?i)(?:^|(?<=\s))(?:a selection of (?:your|readers['’]?) (?:comments|e-?mails|messages|views|stories|"
    r"experiences|contributions|answers|sentences)\b[^.!?\n]{0,40}?\b(?:appears?|is|are) (?:published )?below\b|"
    r"this (?:topic|debate|discussion|forum|thread|conversation) (?:is|has) (?:now )?(?:been )?closed\b|"
    r"send (?:us|me) (?:a|an|your) [^.!?\n]{0,80}?\b(?:on|to) this page\b)")
#: A line asking readers to comment below: what follows is theirs, or the site's ("Leave your thoughts in the
#: comments section below"). Only at a line's start: "(Your thoughts ... are welcomed below)" within the story stays.
_LEAVE_COMMENTS = re.compile(r"(?im)^[ \t]*(?:leave|post|share|add|tell us) your (?:thoughts|comments|views|opinions?)\b"
                             r"[^.!?\n]{0,60}?\b(?:comments? section|comments below|below)\b")
#: An author's biography closing a page: "Jane Doe is a senior correspondent for ...".
_BIO = biography((*NEWSROOM_ROLES, "author"))
#: Footer lines after which the rest of the page is furniture too (author bios, links).
FOOTER = re.compile(r"(?i)^(?:we welcome comments\b|views expressed in the comments\b|(?:additional )?reporting by\b|"
                     r"editing by\b|a version appeared\b)")
#: "WEEMS, Va. -- ", "WASHINGTON (AP) — " opening a line (no agency needed).
_LINE_DATELINE = re.compile(r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][A-Za-z.]{1,14}(?: [A-Z][a-z.]+)?)?"
                            rf"\s*(?:\({_AGENCY}\))?\s*(?:--|[—–])\s+")
#: A short credit without brackets run into a line's dateline: "White House VENICE, La. -- ", "Getty Images
#: LONDON -- ".
_CREDIT_BEFORE_DATELINE = re.compile(r"(?P<credit>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s+"
                                     r"(?P<dateline>(?=[A-Z][A-Z.'’-]{2,}|[A-Z]+ [A-Z]{2,})" + _LINE_DATELINE.pattern + ")")
#: "Portville, Maine CNN —": a web page's dateline, the agency without brackets, alone or opening a line.
_PLAIN_AGENCY_DATELINE = re.compile(rf"^(?:[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){{0,4}}\s+)?{_AGENCY}\s*(?:--|[—–])(?:\s+|$)")
#: A credit alone at the start of a line, closing the caption above it: "(Reuters) BP Chief ...",
#: "AP Photo/Jane Doe Oil-dispersing chemicals ...".
_LEADING_CREDIT = re.compile(r"^(?:\((?:Reuters|AP|AFP|Getty Images|The Associated Press|Reuters Photo|AP Photo)[^)]{0,40}\)"
                             # "(Courier Photo/Jane Doe)", "(Photo by Jane Doe/Getty Images)"
                             r"|\((?:[A-Z][\w.&'’-]*\s+){0,3}(?:Photo|Photos|Photograph|Pictures|Images)(?:/|\s+by\s+)[^)]{1,60}\)"
                             r"|(?:AP|AFP|EPA|Reuters|PA)\s+Photos?/[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?=\s+[A-Z])"
                             # The agency's picture credit without its photographer: "AP Photo The White House ...".
                             r"|(?:AP|AFP|EPA|Reuters)\s+Photo(?=\s+[A-Z])"
                             # "Photograph Reuters The White House ...", "Jane Doe, Coast News via AP The skimmer ...".
                             r"|(?:Photograph|Photo|Picture)s?\s+(?:AP|AFP|EPA|PA|Reuters|Getty\s+Images)(?=\s+[A-Z])"
                             r"|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2},\s+(?:[A-Z][\w.'’&-]+\s+){0,4}via\s+(?:AP|AFP|Reuters|"
                             r"Getty\s+Images)(?=\s+[A-Z])"
                             r"|(?:[A-Z][\w.]*/)+[A-Z][\w.]*(?:\s+(?:Images|Photo|Photos|Pictures|Press|Pool))?(?=\s+[A-Z])"
                             # A picture's bare credit run into the next line, the story's: "AP The chief executive of BP
                             # tells ...", "Getty Images Thirteen nations ..." (a sentence opens "AP reported", "Reuters
                             # Breakingviews columnist ...": a verb or a name of the agency's own).
                             r"|(?:AP|AFP|Reuters|Getty\s+Images)(?=\s+[A-Z])(?!\s+(?:Photos?|News|Breakingviews|Television|TV|"
                             r"Health|Insider|Exclusive|Poll|Graphics?|Video|Investigates)\b))\s*")
#: "Photograph: Gerald Herbert/AP", "Credit: Reuters/Jane Doe/Handout", "Photo: Getty Images".
_CREDIT = re.compile(
    r"\b(?:Photograph|Photo|Picture|Image|Credit|Illustration|Photo credit|Image copyright|Image caption|"
    r"Media caption|Copyright)s?\s*:\s*")
_CREDIT_BODY = re.compile(r"(?:\S+\s+){0,9}?\S*/(?:White\s+House|\S+)(?:\s+(?:Images|Handout|Pictures|Photos?|Pool|Press|News))?"
                          r"(?:\s*/\s*\S+)*")
_CREDIT_END = re.compile(r"\((?:Reuters|AP|AFP|Getty Images|The Associated Press|AP Photo[^)]{0,60}|"
                         r"Reuters/[^)]{0,60}|[A-Z][\w. ]{0,30}/[^)]{0,60})\)\.?\s*$")
#: A caption after a picture's label that gives its subject's words, not its maker: "Photo: Jane Doe says ...".
#: The subject is a name of up to three words, never the agency or the picture desk that a credit names.
_CAPTION_SPEAKER = re.compile(r"(?!(?:AP|AFP|EPA|PA|Reuters|Getty|Rex|Alamy|Corbis|Bloomberg|Xinhua|Handout|Pool)\b)"
                              r"(?:(?!(?:Images|Photos?|Pictures|Press|Pool|Handout|When|The|As|After|While|If)\b)"
                              r"[A-Z][a-z][\w.'’-]*\s+){1,3}(?:" + alternation(spoken("say", "tell", "speak", "talk", "address"))
                              + r"|gestures|waves|poses|posed|arrives|arrived|walks|looks)\b")
_SENTENCE_STOP = re.compile(r"[.!?][\"”’]?(?=\s|$)")
#: Wire captions of archive pictures open with their kind: "FILE - In this June 5 photo ...", "AP FILE: ...",
#: "File photo: ...".
_CAPTION_START = re.compile(r"^(?:(?:Video|Photos?|Pictured|Watch|"
                            r"Gallery|Slideshow|Audio|Listen|Graphic|In pictures|"
                            r"(?:(?:AP|AFP|Reuters|Getty Images)\s+)?(?:FILE|File photo|FILE PHOTO|Photo))\s*:\s+|"
                            r"FILE\s+[-–—]\s+)")
_BYLINE = re.compile(r"(?:By|BY|From|Reporting by|Written by)\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][a-z][\w.'’-]*|[A-Z]\.|and|&|de|"
                     r"van|von|al)){0,6}(?:,?\s+(?:BBC News|CNN|Reuters|Associated Press|AP|AFP|Bloomberg)"
                     r"(?:,\s*[A-Z][\w]+(?:\s+[A-Z]\w+)?)?)?"
                     # The writer's role: "By Jane Doe, Chief Political Correspondent", "By Jane Doe BBC NI business reporter".
                     r"(?:,?\s+(?:(?!(?:the|a|an|his|her|their|its|our|other|some|all|many|most|several|two|three|and|or)\s)"
                     r"[A-Za-z][\w&'’-]*\s+){0,4}?(?i:" + "|".join(NEWSROOM_ROLES) + r")s?\b)?")
#: Whole lines that are about the page, not the story.
_BOILERPLATE = re.compile(
    r"(?i)^(?:sign up\b|subscribe\b|follow (?:us|\w+ on)\b|click (?:here|on|the|to|below)\b|test your knowledge\b|read more\b|continue reading\b|"
    r"related(?: articles| stories| links| coverage| content)?\s*:|more from\b|more on this\b|share this\b|"
    r"advertisement\s*$|a version (?:of this article )?appeared\b|this article appeared (?:on|in) p(?:age)?\s?\d|this article (?:was|has been) (?:amended|"
    r"corrected|updated)|this has been corrected|the bbc is not responsible\b|copyright\b|all rights reserved|"
    r"\(an error occurred while processing this directive\)|we welcome comments\b|views expressed in the "
    r"comments\b|(?:additional )?reporting by\b|editing by\b|writing by\b|compiled by\b|image caption\b|"
    r"media caption\b|image copyright\b|get the (?:latest|figures)\b|download\b|listen to\b(?! this (?:article|story)\b[^.!?]*\s[A-Z][a-z])|watch:|"
    r"these are some of the popular topics\b|the pun - ancient artform|you are here\b|top stories\b|"
    r"most (?:read|popular|viewed)\b|email (?:this|a friend)\b|print this\b|story highlights\b|"
    r"join (?:in )?the debate\b|get (?:a|our|the) [^.]{0,60}\b(?:newsletter|digest|briefing|alerts?|inbox)\b|"
    r"(?:published|updated|posted)\s+\d+\s+(?:hours?|hrs?|minutes?|mins?|days?|weeks?)\s+ago\b|"
    r"(?:credit|photo|photograph|image|illustration)(?:\.{3}|…)|.{0,80}\bcontributed to this report\.?$)")
_INLINE_BOILERPLATE = re.compile(
    r"(?i)\(an error occurred while processing this directive\)|\bcontinue reading\s*(?:\.\.\.|…)?|"
    r"\b(?:A version (?:of this article )?|This article )appeared on p\d.*$|\bFollow (?:all )?the [^.]{0,60} on Twitter\b.*$|"
    r"\bThe pun - ancient artform, or the lowest form of wit\?|"
    r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2} reports from [A-Z][\w ]{2,30}\.(?=\s|$)|"
    r"\(For (?:full|more|complete) coverage[^)]*\)?\)|\bFor an? (?:graphic|interactive|factbox|timeline)[^.]{0,80}?"
    r"click here\b|(?:-\s){4,}-?|(?:Content and Programming )?Copyright\s+(?:©\s*)?\d{4}\b.*$|©\s*\d{4}\b.*$|"
    r"\bLetters for publication should be sent to\b.*$|\(?\bThis (?:article|story|caption|headline|photo caption|picture caption|"
    r"graphic|report) (?:was|has been) (?:amended|corrected|updated)\b.*$|"
    # A wire story's note on what its new version changed: "(This version CORRECTS name of church to Mount Olive)".
    r"\(This version (?:CORRECTS|corrects|ADDS|adds|UPDATES|updates|REFILES|refiles)\b[^()\n]{0,160}\)")
#: A schedule or listing line: several dates and clock times and hardly a word of prose ("Broadcast on
#: Radio 4, 4:30 PM Thu, 11 Jun 2009 Available until 12:00 AM Thu, 1 Jan 2099"). Programme guides,
#: event listings and page metadata say when the page or the show is, not what happened.
_LISTING_DATE = re.compile(rf"{_DAY_MONTH_YEAR}|{_CLOCK}(?:\s*[AaPp]\.?[Mm]\.?)?")
#: A wire dateline's agency closing a line ("LONDON (Reuters Life!)"): a dash opening the next line is its dash.
_AGENCY_AT_END = re.compile(rf"\({_AGENCY}[^()\n]{{0,20}}\)\s*$")
#: Headers of lists of links to other stories; the short lines under them are those links.
_LINKS_HEADER = re.compile(r"(?i)^(?:related(?: articles| stories| links| coverage| content)?\s*:?|more from\b.*|"
                           r"more on this (?:story|topic)\b.*|top stories|most (?:read|popular|viewed)\b.*|see also|"
                           r"(?:you may|you might) also (?:like|be interested in)\b.*|(?:what to )?read next|recommended\b.*|"
                           r"(?:also read|more (?:stories|news|headlines|coverage))\s*:?|latest (?:news|stories)|trending\b.*)$")
#: A linked headline with its date and section in capitals: "Trial timeline 30 NOVEMBER 2011, ENTERTAINMENT & ARTS".
_SECTION_LINK = re.compile(r"(?:[^.!?\n]{3,100}?\s)?\d{1,2}\s(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|"
                           r"OCTOBER|NOVEMBER|DECEMBER)\s\d{4},\s[A-Z][A-Z &]{2,40}[A-Z]\b")
#: A linked headline with its date and no sentence end: "Ferry strike called off - 2 February 2026".
_DATED_LINK = re.compile(rf"^[^.!?]{{8,140}}?\s[-–—|]\s(?:{_DAY_MONTH_YEAR}|{_CLOCK}|\d+\s+(?:hours?|days?|mins?|minutes?)"
                         rf"\s+ago)\s*$")
#: A date alone on its line: above the story, the page's own date ("4 March 2026"); further down it may head a
#: chronology's entries, and stays (beside a picture it is the picture's label: :func:`.run_in_chrome.date_labels`).
_LONE_DATE = re.compile(rf"{_DAY_MONTH_YEAR}\.?")
#: Summary bullets of a web page ("• Fitch cuts BP's rating", "NEW: A rebel spokesman says ...").
_BULLET = re.compile(r"^(?:[•·▪►‣◦*]|-(?=\s)|\d{1,2}[.)](?=\s)|(?:NEW|UPDATE|UPDATED|BREAKING|LATEST|WATCH)\s*:)\s*")


# Cheap tests that let most lines skip the costlier patterns above.
_HAS_CLOCK = re.compile(r"\d[:.]\d\d")
_HAS_STAMP_WORD = re.compile(r"(?i)updated|published|posted")
_HAS_INLINE_WORD = re.compile(r"(?i)error occurred|continue reading|a version|article appeared|twitter|ancient artform|reports from|"
                              r"coverage|click here|- - - -|amended|corrected|updated|copyright|©|letters for publication|this version")


@dataclass(frozen=True, slots=True)
class Furniture:
    """A span of page furniture in the document text (``text[start:end]``)."""

    start: int
    end: int
    kind: str  # caption, credit, byline, dateline, stamp, bullet, crosshead, boilerplate, listing, related, comment,
    # factbox, note, teaser, prompt (a note on the page's own workings: an advert's label, a download's help)
    moment: dt.datetime | None = None  # a dateline's or stamp's clock time, with its offset when known


def find_furniture(text: str) -> list[Furniture]:
    """Every span of page furniture in ``text``, sorted and not overlapping."""
    found: list[Furniture] = []
    lines = line_spans(text)
    body_started = False
    # Summary bullets come before a story; a text that is only a list is its own content.
    has_body = any(_is_body(text[a:b].strip()) and not _BULLET.match(text[a:b].strip()) for a, b in lines)
    first_line = next((a for a, b in lines if text[a:b].strip()), 0)
    in_links = False  # under a "More on this story" header: the lines that follow are links
    for row in filled_lines(text, lines):
        start, end, line, stripped, lead = row.start, row.end, row.text, row.stripped, row.lead
        if in_links and not _is_body(stripped) and len(stripped.split()) <= 25:
            found.append(Furniture(lead, end, "related"))  # a linked headline under "More on this story"
            continue
        if _COMMENT_CHROME.match(stripped):
            found.append(Furniture(lead, end, "comment"))
            continue
        if (body_started and _COMMENT_HEADER.match(stripped)) or (
                start > len(text) // 2 and _COMMENTS_SECTION.match(stripped)):
            if _COMMENTS_SECTION.match(stripped) and not thread_follows(text, (lead, end)):
                found.append(Furniture(lead, end, "boilerplate"))  # a call to action inside the story, which goes on
                continue
            found.append(Furniture(lead, len(text), "comment"))  # the readers' thread runs to the page's end
            break
        in_links = _LINKS_HEADER.match(stripped) is not None
        if in_links or _BOILERPLATE.match(stripped) or (_BYLINE.fullmatch(stripped) and len(stripped.split()) <= 10):
            found.append(Furniture(lead, end, "byline" if _BYLINE.fullmatch(stripped) and not in_links and
                                   not _BOILERPLATE.match(stripped) else "boilerplate"))
            continue
        if not body_started and _LONE_DATE.fullmatch(stripped):
            found.append(Furniture(lead, end, "stamp"))  # the page's date above the story ("4 March 2026")
            continue
        if _DATED_LINK.match(stripped):
            found.append(Furniture(lead, end, "related"))
            continue
        # A picture's date opening the page ("June 15: A drilling rig operates ..."); further down,
        # "March 3: The council voted ..." is more likely a chronology's entry.
        first = start == first_line
        if not body_started and (_CAPTION_START.match(stripped) or (first and has_body and DATED_CAPTION_START.match(
                stripped)) or (
                _DATED_CAPTION.search(stripped) and not _REPORTED.search(stripped)
                and not _STAMP.match(stripped))):  # "Updated 10:42 AM EST, Wed March 4, 2026": a stamp, with its moment
            found.append(Furniture(lead, end, "caption"))
            continue
        if _is_listing(stripped):  # "Updated April 2, ... 9:48 p.m. EDT | Published April 2, ... 6:15 p.m. EDT": when published
            found.append(Furniture(lead, end, "listing", next((s.moment for s in stamps(stripped) if s.published), None)))
            continue
        bullet = _BULLET.match(stripped)
        if bullet and bullet.group(0).startswith("-") and _AGENCY_AT_END.search(text[:start].rstrip("\n")[-80:]):
            # "LONDON (Reuters Life!)\n- More than two thousand students ...": the dateline's dash, then the story.
            found.append(Furniture(lead, lead + bullet.end(), "dateline"))
            body_started = body_started or _is_body(stripped[bullet.end():])
            continue
        if bullet and ((has_body and not body_started) or bullet.group(0).rstrip(": ").isupper()):
            # Summary bullets end where the story's dateline starts ("* ... ISTANBUL, May 16 (Reuters) -").
            dateline = _WIRE_DATELINE_STRICT.search(line, lead - start)
            if dateline is None:
                found.append(Furniture(lead, end, "bullet"))
                continue
            found.append(Furniture(lead, start + dateline.start(), "bullet"))
            lead = start + dateline.start()
        if _CREDIT_END.search(stripped) and len(stripped.split()) <= 60 and not _WIRE_DATELINE_STRICT.search(
                stripped):
            found.append(Furniture(lead, end, "caption"))  # "... in the Gulf of Mexico (Reuters)."
            continue
        found.extend(_inline(text, lead, end))
        if _is_body(stripped):
            body_started = True
    found.extend(_blocks(text, lines))
    found.extend(Furniture(a, b, "byline") for a, b in author_box(text, lines, [text[f.start:f.end] for f in found
                                                                              if f.kind == "byline"]))
    top = above_the_dateline(text, lines, {f.start for f in found if f.kind == "dateline"})
    if top is not None:
        found.append(Furniture(top[0], top[1], "caption"))
    found.extend(_captions_before_credits(text, found, lines))
    found.extend(Furniture(a, b, "bullet") for a, b in standfirst_bullets(text, lines, [(f.start, f.end, f.kind) for f in found]))
    found.extend(_readers_part(text, found))
    posts = readers_posts(text, lines, [a for a, b in lines if _is_body(text[a:b].strip())],
                          [(f.start, f.end) for f in found if f.kind == "comment"])  # the rest of the page is theirs
    found.extend(Furniture(a, b, k) for a, b, k in transcript_furniture(text, lines))
    found.extend(Furniture(a, b, k) for a, b, k in comment_threads(text, lines, [a for a, b in lines if _is_body(text[a:b].strip())]))
    found.extend(Furniture(a, b, k) for a, b, k in page_furniture(text, lines, [a for a, b in lines if _is_body(text[a:b])]))
    found.extend([Furniture(posts, len(text), "boilerplate")] if posts is not None else [])
    found.extend(Furniture(a, b, "comment") for a, b in readers_board(text))  # a letters page or queries board
    found.extend(Furniture(a, b, "boilerplate") for a, b in foreign_lines(text, lines))  # another language, accents lost
    found.extend(Furniture(a, b, "boilerplate") for a, b in correction_notes(text, lines))  # "An earlier version ..."
    found.extend(Furniture(a, b, "stamp") for a, b in date_labels(text, lines, [(f.start, f.end, f.kind) for f in found]))
    # Past the story's footer ("We welcome comments ...", "Reporting by ...") or a writer's biography
    # ("He joined Reuters in 1998 ...") in its second half, what follows is the page's: author bios, related
    # links, promotions.
    for start, end in lines:
        if start > len(text) // 2 and (FOOTER.match(text[start:end].strip()) or (
                start > len(text) * 3 // 4 and _BIO.match(text[start:end].strip())) or writer_biography(text[start:end].strip())):
            found.append(Furniture(start, len(text), "boilerplate"))
            break
    return _normalise(found)


def _blocks(text: str, lines: list[tuple[int, int]]) -> list[Furniture]:
    """Headlines and captions run into the first sentence, fact boxes, author notes (:mod:`.page_blocks`)."""
    out = [Furniture(a, b, "boilerplate") for a, b in author_notes(text, lines)]
    first = next(((a, b) for a, b in lines if text[a:b].strip()), None)
    top = run_in_top(text, first) if first is not None else None
    if top is not None:
        out.append(Furniture(top[0], top[1], "caption"))
    for line in lines:
        again = ((named_again(text, line) if line != first else None) or pull_quote(text, line)
                 or pull_quote_credit(text, line) or credit_opening(text, line))  # run into a paragraph
        out.extend([Furniture(again[0], again[1], "crosshead")] if again else [])
        out.extend(Furniture(a, b, "caption") for a, b in picture_sentences(text, line))
        out.extend(Furniture(a, b, k) for a, b, k in run_in_chrome(text, line))
        out.extend(Furniture(a, b, kind) for kind, a, b in reader_notes(text, line))
        out.extend(Furniture(a, b, "boilerplate") for a, b in broadcast_notes(text, line))
        out.extend(Furniture(a, b, "related") for a, b in link_notes(text, line))
        if promotion(text, line):
            out.append(Furniture(line[0], line[1], "boilerplate"))
            continue
        if text[line[0]:line[1]].lstrip()[:1] in "([" and reference_note(text, line):
            out.append(Furniture(line[0], line[1], "note"))
            continue
        if ":" in text[line[0]:line[1]] and resume(text, line):
            out.append(Furniture(line[0], line[1], "factbox"))
            continue
        box = fact_boxes(text, line) if ":" in text[line[0]:line[1]] else None
        if box is not None:
            out.append(Furniture(box[0], box[1], "factbox"))
    return out


def _readers_part(text: str, found: list[Furniture]) -> list[Furniture]:
    """Readers' comments and contributions: from the first to the last, or to the page's end.

    A page that says its readers' words follow ("A selection of your comments appear below",
    "This debate is now closed") is theirs from there on. Where each comment is closed by its own
    marker ("Posted by NAME | Report as abusive", "Recommend (12)"), the thread starts after the
    story's last furniture before the first marker (the credit of a picture after its first paragraph),
    or with two markers or more at the paragraph before the first one, and runs to the last marker
    (to the page's end when a comment runs on after it, as when the layout is lost).
    """
    note = _READERS_FOLLOW.search(text) or _LEAVE_COMMENTS.search(text)
    if note is not None:
        return [Furniture(note.start(), len(text.rstrip()), "comment")]
    out = []
    signatures = list(_SIGNATURE.finditer(text))
    if len(signatures) >= 3:  # one or two are a dateline or an address; a run of them signs readers' words
        out.append(Furniture(_closed_paragraph(text, signatures[0].start()), signatures[-1].end(), "comment"))
    markers = [m for m in _TRAILING_MARKER.finditer(text) if m.start() > len(text) // 3]
    if not markers:
        body = [a for a, b in line_spans(text) if _is_body(text[a:b].strip())]
        thread = thread_before_policy(text, body, [(f.start, f.end) for f in found if f.kind in ("credit", "caption")])
        return [*out, Furniture(thread[0], thread[1], "comment")] if thread else out
    first = markers[0].start()
    # The story's last picture or footer, not the caption above its first paragraph.
    story = next((a for a, b in line_spans(text) if _is_body(text[a:b].strip())), len(text))
    before = [f.end for f in found if story < f.start and f.end <= first and f.kind in ("credit", "caption", "boilerplate")]
    if before:
        begin = max(before)
    elif len(markers) >= 2:
        begin = _closed_paragraph(text, first)
        begin = begin if begin > len(text) // 3 else -1
    else:
        begin = -1
    if begin < 0:
        return out
    last = markers[-1]
    line_end = text.find("\n", last.end())
    line_end = len(text) if line_end < 0 else line_end
    end = len(text.rstrip()) if text[last.end():line_end].strip() else line_end
    return [*out, Furniture(begin, end, "comment")]


def _closed_paragraph(text: str, marker: int) -> int:
    """Where the paragraph a marker closes starts: its own, or the one before when the marker stands
    alone (paragraphs are parted by blank lines, or by single line breaks in a text that has none)."""
    gap = "\n\n" if "\n\n" in text else "\n"
    begin = text.rfind(gap, 0, marker) + len(gap) if text.rfind(gap, 0, marker) >= 0 else 0
    if not text[begin:marker].strip() and begin > 0:
        begin = max(0, text.rfind(gap, 0, begin - len(gap)) + len(gap)) if text.rfind(gap, 0, begin - len(gap)) >= 0 else 0
    return begin


def _is_listing(line: str) -> bool:
    """A line of three or more dates and clock times (two moments at least; a dateline states one), with at
    most four lowercase words and no sentence end."""
    if not _HAS_CLOCK.search(line) and not re.search(r"\d{4}", line):
        return False
    dates = list(_LISTING_DATE.finditer(line))
    if len(dates) < 3 or re.search(r"[.!?][\"”’]?$", line):
        return False
    rest = _LISTING_DATE.sub(" ", line)
    return len(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]*", rest)) <= 4


def _is_body(line: str) -> bool:
    """A line of the story itself: a full sentence of some length."""
    return len(line.split()) >= 12 and re.search(r"[.!?][\"”’]?$", line) is not None


def _inline(text: str, start: int, end: int) -> list[Furniture]:
    """Furniture run into a line of text: stamps, datelines, credits, bylines, footers."""
    out: list[Furniture] = []
    segment = text[start:end]
    clock = _HAS_CLOCK.search(segment) is not None
    for m in _WIRE_STAMP.finditer(segment) if clock else ():
        out.append(Furniture(start + m.start(), start + m.end(), "dateline", stamp_moment(m.group(0))))
        pos = _skip_space(segment, m.end())
        byline = _BYLINE.match(segment, pos)  # "... 6:14 PM EST By Jane Doe and John Roe WASHINGTON (Reuters) -"
        if byline:
            out.append(Furniture(start + pos, start + byline.end(), "byline"))
            pos = _skip_space(segment, byline.end())
        after = _WIRE_DATELINE_STRICT.match(segment, pos)
        if after:
            out.append(Furniture(start + after.start(), start + after.end(), "dateline"))
    entry = _ENTRY_TIME.match(segment) if clock else None
    if entry:
        out.append(Furniture(start, start + entry.end(), "stamp"))
    for m in _STAMP.finditer(segment) if clock or _HAS_STAMP_WORD.search(segment) or segment[:1].isdigit() else ():
        out.append(Furniture(start + m.start(), start + m.end(), "stamp", stamp_moment(m.group(0))))
        if (button := _STAMP_BUTTON.match(segment, m.end())) is not None:  # ("... 09:43 GMT Help BP has installed")
            out.append(Furniture(start + button.start(1), start + button.end(1), "prompt"))
    head = _WIRE_DATELINE_STRICT.match(segment) or _LINE_DATELINE.match(segment) or _PLAIN_AGENCY_DATELINE.match(segment)
    if head:  # a page may print the dateline twice: "AP PORTVILLE, Maine -- PORTVILLE, Maine (AP) -- The ..."
        out.extend(Furniture(start + h.start(), start + h.end(), "dateline") for h in (head, _WIRE_DATELINE_STRICT.match(segment, head.end())) if h)
    elif (credited := _CREDIT_BEFORE_DATELINE.match(segment)) is not None:
        # "White House VENICE, La. -- The ...": the picture's credit, unbracketed, closes the caption above it.
        out.append(Furniture(start, start + credited.end("credit"), "credit"))
        out.append(Furniture(start + credited.start("dateline"), start + credited.end(), "dateline"))
    elif start < 600 and (inner := _WIRE_DATELINE_STRICT.search(segment)) is not None:
        # The story starts at its dateline: what runs into it on the opening line is the page's
        # headline, summary bullets or caption ("... * Relief well could take months ROBERT, La. (Reuters) -").
        out.append(Furniture(start, start + inner.end(), "dateline"))
    for m in _CREDIT.finditer(segment) if ":" in segment else ():
        if (said := _CAPTION_SPEAKER.match(segment, m.end())) is not None and not _CREDIT_BODY.match(segment, m.end()):
            # "Photo: Tom Fisk says the crews worked all night": the picture's caption quoting its subject, to its end.
            stop = _SENTENCE_STOP.search(segment, said.end())
            out.append(Furniture(start + m.start(), start + (stop.end() if stop else len(segment.rstrip())), "caption"))
            continue
        body = _CREDIT_BODY.match(segment, m.end())
        if body is None and m.group(0)[:5] in ("Image", "Pictu") and _described(segment[m.end():m.end() + 80]):
            # "Image: Pickets outside the ferry terminal on Monday.": what the picture shows (its alt text), to its end;
            # a credit names its maker, and closes no caption above it.
            stop = _SENTENCE_STOP.search(segment, m.end())
            out.append(Furniture(start + m.start(), start + (stop.end() if stop else len(segment.rstrip())), "caption"))
            continue
        stop = m.end() + (body.end() - body.start()) if body and body.end() - m.end() <= 120 else \
            credit_words_end(segment, m.end())
        out.append(Furniture(start + m.start(), start + stop, "credit"))
    credit = _LEADING_CREDIT.match(segment)
    if credit:
        out.append(Furniture(start, start + credit.end(), "credit"))
        after = _LINE_DATELINE.match(segment, credit.end()) or _WIRE_DATELINE_STRICT.match(segment, credit.end())
        if after:
            out.append(Furniture(start + after.start(), start + after.end(), "dateline"))
    out.extend(Furniture(a, b, k) for a, b, k in run_in_credits(text, start, end)  # no colon: :mod:`.picture_credits`
               if not any(f.start < b and a < f.end for f in out))
    crosshead = CAPS_HEADING.match(segment)
    if crosshead and not head and is_heading(segment, crosshead):
        out.append(Furniture(start, start + crosshead.end(), "crosshead"))
    byline = _BYLINE.match(segment)
    if byline and byline.end() < len(segment) and len(byline.group(0).split()) >= 3:
        out.append(Furniture(start, start + byline.end(), "byline"))
    for m in _SECTION_LINK.finditer(segment) if "BER " in segment or re.search(r"\d [A-Z]{3,9} \d{4}", segment) else ():
        out.append(Furniture(start + m.start(), start + m.end(), "related"))
    for m in _INLINE_BOILERPLATE.finditer(segment) if _HAS_INLINE_WORD.search(segment) else ():
        out.append(Furniture(start + m.start(), start + m.end(), "boilerplate"))
    return out


def _captions_before_credits(text: str, found: list[Furniture], lines: list[tuple[int, int]]) -> list[Furniture]:
    """A caption is the short text just before a photo credit (the credit closes the caption), or after it on
    the same line up to the picture's date (:func:`.page_blocks.captions_before_credits`)."""
    credits = [(f.start, f.end) for f in found if f.kind == "credit"]
    spans = captions_before_credits(text, credits, [f.end for f in found], lines)
    after = [(end, dated_caption_after(text, end)) for _, end in credits]
    return [Furniture(a, b, "caption") for a, b in spans] + [Furniture(a, b, "caption") for a, b in after if b is not None]


def _described(after: str) -> bool:
    """Whether the words after an image's label describe it: two lowercase words among its first four (a maker's
    credit is names: "Getty Images", "Bank of England", "AP"). "Photograph:" and "Credit:" always name a maker, and
    the story runs on after them ("Photograph: AP BP engineers will ...")."""
    first = after.split()[:4]
    return len(first) == 4 and not first[0].isupper() and first[0] not in ("Getty", "Reuters", "Alamy") and sum(w[:1].islower() and w not in ("of", "and", "the", "de", "van", "von", "al", "for")
                                   for w in first) >= 2


def _skip_space(s: str, i: int) -> int:
    while i < len(s) and s[i] in " \t":
        i += 1
    return i


def _normalise(found: list[Furniture]) -> list[Furniture]:
    """Sorted spans; overlapping ones joined (the first kind and moment found win)."""
    out: list[Furniture] = []
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        if out and f.start < out[-1].end:
            last = out[-1]
            if f.end > last.end:
                out[-1] = Furniture(last.start, f.end, last.kind, last.moment or f.moment)
            elif f.moment and not last.moment:
                out[-1] = Furniture(last.start, last.end, last.kind, f.moment)
            continue
        out.append(f)
    return out


def publication_moment(furniture: list[Furniture], published: dt.date | dt.datetime | None) -> dt.datetime | None:
    """The dateline's clock time when it agrees with the publication day and adds a time to it."""
    if published is None or isinstance(published, dt.datetime):
        return None
    for f in furniture:
        if f.moment is not None and f.moment.tzinfo is not None and f.moment.date() == published:
            return f.moment
    return None
