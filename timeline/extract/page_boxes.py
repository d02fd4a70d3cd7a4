"""Boxes a modern page sets beside its story, as a reader saves or pastes it (issue 16).

:mod:`.cleanup` and :mod:`.furniture` find captions, bylines, stamps and link lists; this module adds four boxes
of 2024-26 pages whose lines read like the story's once their markup is gone:

- a labelled link run into the text: "Read also: Ferry fares to rise 8 per cent from April", "See also: ...".
  The headline of another story, its date that story's, not this one's.
- a sponsored or promoted block: a "Sponsored Content" or "Promoted Stories" header and the short linked lines under
  it ("Top deals on winter tires end Friday"): an advertiser's words.
- a local station's weather widget: its alert line ("WEATHER ALERT: Hard freeze warning until 9 AM Wednesday") and
  the readings around it ("32°", "Feels like 25°", "Hi 41° Lo 22°"). The forecast of the day the page was saved.
- a summary box headed "Key Points" or "Key Takeaways": its items retell the story below in short, and a saved page
  loses the items' bullets with the markup. Items are short single sentences; the box ends at the first line that is
  not one, or after five.
"""

from __future__ import annotations

import re

__all__ = ["page_boxes"]

#: A link's label opening its line: "Read also:", "Also read:", "See also:", "Read next:".
_LINK_LABEL = re.compile(r"(?i)^(?:(?:read|see)\s+(?:also|next)|also\s+(?:read|see|on\s+\w+))\s*:\s*\S")
#: The longest linked headline a label heads, in words.
_LINK_WORDS_MAX = 25
#: A sponsored block's header alone on its line.
_SPONSORED_HEADER = re.compile(r"(?i)^(?:sponsored|promoted|paid|partner)\s+(?:content|stories|links|posts?)\s*$|"
                               r"^(?:from\s+(?:our|the)\s+(?:partners|sponsors|web)|around\s+the\s+web)\s*$")
#: A linked headline under that header: short and closed by no stop.
_SHORT_LINK = re.compile(r"^[^.!?]{3,140}$")
#: A weather widget's alert ("WEATHER ALERT: ...", "Severe Weather Alert (2): ...") and its readings.
_WEATHER_ALERT = re.compile(r"(?i)^(?:(?:severe|first|live)\s+)?weather\s+alerts?(?:\s*\(\d+\))?\s*:?(?:\s|$)")
_WEATHER_READING = re.compile(r"(?i)^(?:(?:feels\s+like|hi(?:gh)?|lo(?:w)?)\s*:?\s*)?-?\d{1,3}\s*°\s*[FC]?"
                              r"(?:\s+(?:hi(?:gh)?|lo(?:w)?)\s*:?\s*-?\d{1,3}\s*°\s*[FC]?)?$")
#: A summary box's header alone on its line.
_SUMMARY_BOX = re.compile(r"(?i)^(?:key\s+(?:points|takeaways|facts)|the\s+big\s+picture|at\s+a\s+glance|"
                          r"in\s+brief|quick\s+read|story\s+highlights|what\s+you\s+need\s+to\s+know)\s*:?\s*$")
#: One item of that box: one sentence of a few words, closed by its stop.
_SUMMARY_ITEM = re.compile(r"^[A-Z\"“][^.!?]{8,220}[.!?][\"”’]?$")
_SUMMARY_ITEM_WORDS = 35
_SUMMARY_ITEMS_MAX = 5


def page_boxes(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Spans of this module's boxes in ``text`` with their kinds ("related", "boilerplate", "bullet")."""
    filled = [(a, b) for a, b in lines if text[a:b].strip()]
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(filled):
        a, b = filled[k]
        line = text[a:b].strip()
        lead = a + len(text[a:b]) - len(text[a:b].lstrip())
        if _LINK_LABEL.match(line) and len(line.split()) <= _LINK_WORDS_MAX:
            out.append((lead, b, "related"))
        elif _WEATHER_ALERT.match(line) or _WEATHER_READING.match(line):
            out.append((lead, b, "boilerplate"))
        elif _SPONSORED_HEADER.match(line):
            out.append((lead, b, "boilerplate"))
            while k + 1 < len(filled) and _SHORT_LINK.match(text[filled[k + 1][0]:filled[k + 1][1]].strip()):
                k += 1
                out.append((filled[k][0], filled[k][1], "boilerplate"))
        elif _SUMMARY_BOX.match(line):
            out.append((lead, b, "boilerplate"))
            items = 0
            while k + 1 < len(filled) and items < _SUMMARY_ITEMS_MAX:
                item = text[filled[k + 1][0]:filled[k + 1][1]].strip().lstrip("•·*-– ").strip()
                if not _SUMMARY_ITEM.match(item) or len(item.split()) > _SUMMARY_ITEM_WORDS:
                    break
                k += 1
                items += 1
                out.append((filled[k][0], filled[k][1], "bullet"))
        k += 1
    return out
