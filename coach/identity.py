"""Who is asking: the one local user, or the user a trusted reverse proxy names in a request header.

In ``COACH_AUTH=header`` mode the app sits behind a proxy (oauth2-proxy, Cloudflare Access,
Tailscale…) that signs people in and sets a header, ``X-Forwarded-Email`` by default, on every
request. The app trusts that header and nothing else, so it must only be reachable through the
proxy (bind it to 127.0.0.1 or a private network). No Streamlit here: the pages pass the headers in.
"""

from __future__ import annotations

from collections.abc import Mapping

from coach.config import Settings
from coach.store import LOCAL_USER, checked_user

SIGN_IN_TITLE = "Sign in to use Mentor Coach"
SIGN_IN_TEXT = (
    "This coach is shared by your organisation, so it needs to know who you are before it shows anything. "
    "Open it through your organisation's sign-in link (the address your programme shared), sign in there, "
    "and you will be brought back here. If you did sign in and still see this page, ask whoever runs the "
    "coach to check the sign-in proxy."
)


def user_from_headers(settings: Settings, headers: Mapping[str, str] | None) -> str | None:
    """The signed-in user for one request, or None when a shared app was reached without sign-in.

    With ``COACH_AUTH=none`` everyone is the one local user. With ``header``, the user is the value
    of ``settings.auth_header`` (any case), trimmed and lower-cased, since e-mail addresses are
    case-insensitive in practice; an empty, over-long or unprintable value counts as missing.
    """
    if not settings.shared:
        return LOCAL_USER
    wanted = settings.auth_header.lower()
    value = next((v for k, v in (headers or {}).items() if k.lower() == wanted), None)
    if not isinstance(value, str):
        return None
    try:
        return checked_user(value.lower())
    except ValueError:
        return None
