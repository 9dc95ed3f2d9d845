"""Passwords kept out of what sqlml shows: database URLs and the messages drivers write."""
from __future__ import annotations

import re


#: Query parameters that carry a secret (ODBC keywords are passed through from the query).
_SECRET_KEYS = re.compile(r"(?P<key>(?:^|[?&;])\s*(?:pwd|password|passwd|access_token)\s*=)[^&]*", re.IGNORECASE)


def redact_url(url: str) -> str:
    """`url` as messages, logs and notebooks may show it: any password replaced by `***`.

    The one place that hides passwords in URLs. A password may hold anything (`@`, `:`, `%`, `;`,
    braces, `/`), escaped or not, so everything between the user name's colon and the *last* `@`
    goes, whatever it holds; when unsure it hides too much rather than too little. A string that
    is not a URL at all is treated the same way. Passwords given as query parameters (`PWD=`,
    `password=`) are hidden too.
    """
    if not isinstance(url, str):
        return repr(type(url).__name__)
    head, separator, rest = url.partition("://")
    if not separator:
        head, rest = "", url
    at = rest.rfind("@")
    if at >= 0:
        user, colon, _ = rest[:at].partition(":")
        if colon:
            rest = f"{user}:***{rest[at:]}"
    rest = _SECRET_KEYS.sub(lambda match: match["key"] + "***", rest)
    return f"{head}{separator}{rest}"


def hide_secret(text: str, secret: str | None) -> str:
    """`text` with `secret` (and its percent-encoded spelling) replaced by `***`: for messages that
    come from a driver or a traceback, which may quote what they were given."""
    from urllib.parse import quote

    if not secret:
        return text
    # As given, percent-encoded, and as an ODBC connection string writes it (`}` doubled); longest first.
    for spelling in sorted({secret, quote(secret, safe=""), quote(secret), secret.replace("}", "}}")}, key=len,
                           reverse=True):
        text = text.replace(spelling, "***")
    return text
