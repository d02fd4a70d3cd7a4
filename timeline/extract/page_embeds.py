"""What a modern news page embeds around its story, as a saved page keeps it: never the reporter's news.

- an embedded social post: a post of X/Twitter, Bluesky or Threads closes with its signature, a dash, the
  account's name and handle, and the post's date ("— Coast Police (@coastpolice) March 3, 2026"); an Instagram
  post with "A post shared by NAME (@handle)". The post's own text is the line above the signature: it is what
  the account said, shown beside the story, and its dates count from the post, not the page ("extended until
  Thursday"). "View this post on Instagram" is the embed's button.
- a share bar saved as one line: "Share Copy Link copied Email Facebook X Reddit LinkedIn Print".
- a gallery picture's caption, opened by its counter ("Item 1 of 3 Workers walk past ...", "[1/3]Workers walk
  ...") or closed by the agency's sales link ("... REUTERS/Jane Doe Purchase Licensing Rights, opens new tab").

Each is a span of the unchanged text with its kind, as :func:`.cleanup.find_furniture` returns them.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_PATTERN

_MONTH = rf"(?:{MONTH_PATTERN})\.?"
#: An account's name then its handle: "Coast Police (@coastpolice)", "Jane Doe (@jane.doe.bsky.social)".
_ACCOUNT = r"[^()\n]{1,60}?\s*\(@[\w.-]{1,60}\)"
#: A social post's signature alone on its line: a dash, the account, the post's date.
_POST_SIGNATURE = re.compile(
    rf"^[ \t]*(?:—|–|-{{1,2}})[ \t]*{_ACCOUNT}[ \t]+(?:{_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{1,2}}[ \t]+{_MONTH}"
    rf"[ \t]+\d{{4}})[ \t]*$")
#: An Instagram embed's signature and button.
_SHARED_BY = re.compile(rf"^[ \t]*A post shared by {_ACCOUNT}[ \t]*$")
_EMBED_BUTTON = re.compile(r"(?i)^[ \t]*view\s+(?:this|more)\s+(?:post|posts)\s+on\s+(?:instagram|x|threads|tiktok|facebook)"
                           r"[ \t]*$")
#: How long an embedded post's text is at most: a post of 300 characters runs to some 60 words.
_POST_WORDS_MAX = 70

#: A share bar's buttons: the services a page shares to and its own share controls.
_SHARE_TARGET = (r"(?:share(?:\s+this\s+(?:article|story))?|copy\s+link(?:\s+copied!?)?|link\s+copied!?|e-?mail|facebook|x|"
                 r"twitter|reddit|linkedin|pinterest|flipboard|whatsapp|bluesky|threads|messenger|telegram|print|save|"
                 r"gift(?:\s+(?:this\s+)?article)?|comments?)")
_SHARE_BAR = re.compile(rf"(?i)^[ \t]*{_SHARE_TARGET}(?:[ \t]*[|·•,]?[ \t]*{_SHARE_TARGET}){{2,}}[ \t]*$")

#: A gallery picture's counter opening its caption ("Item 1 of 3", "[1/3]"), and the picture agency's sales link
#: closing one ("REUTERS/Jane Doe/File Photo Purchase Licensing Rights, opens new tab").
_GALLERY_COUNTER = re.compile(r"^[ \t]*(?:Item\s+\d{1,3}\s+of\s+\d{1,3}\b|\[\d{1,3}/\d{1,3}\])")
_LICENSING = re.compile(r"\bPurchase\s+Licensing\s+Rights(?:,?\s+opens\s+new\s+tab)?[ \t]*$")


def embedded_furniture(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Spans of embedded posts, share bars and gallery captions on ``lines``, with their kinds."""
    out: list[tuple[int, int, str]] = []
    filled = [(a, b) for a, b in lines if text[a:b].strip()]
    for k, (a, b) in enumerate(filled):
        line = text[a:b]
        if _POST_SIGNATURE.match(line) or _SHARED_BY.match(line):
            out.append((a, b, "boilerplate"))
            above = filled[k - 1] if k else None
            if above is not None and len(text[above[0]:above[1]].split()) <= _POST_WORDS_MAX:
                out.append((above[0], above[1], "boilerplate"))  # the post's own text
        elif _EMBED_BUTTON.match(line) or _SHARE_BAR.match(line):
            out.append((a, b, "boilerplate"))
        elif _GALLERY_COUNTER.match(line) or _LICENSING.search(line):
            out.append((a, b, "caption"))
    return out
