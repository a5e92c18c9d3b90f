"""How a model server failed, in words fit for a notice, and whether trying again can help.

Used by the one call path (:mod:`coach.engines.calls`) for drafts, the rehearsal partner and the
debrief alike.
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import time

import openai

from coach.engines.base import EngineUnavailableError

MALFORMED: tuple[type[BaseException], ...] = (ValueError, KeyError, TypeError, IndexError, AttributeError)
"""What the client and LangChain raise on a 200 reply they cannot read: garbage or an HTML page
(UnicodeDecodeError, JSONDecodeError), non-JSON SSE data, empty ``choices`` ("No generation chunks"),
or a reply whose content type is not a chat reply (:class:`WrongContentTypeError`)."""

RETRYABLE_STATUS = frozenset({408, 409, 429})
"""Statuses worth another attempt, besides every 5xx (the same set the openai client retries)."""


class WrongContentTypeError(ValueError):
    """A 200 reply whose content type is neither an event stream nor JSON (a captive portal, a proxy page)."""


def describe_fault(
    error: BaseException,
    *,
    base_url: str | None = None,
    timeout: float | None = None,
    mid_stream: bool = False,
) -> str:
    """A short sentence saying how the model server failed, fit to show the user.

    Args:
        error: the exception raised by the client.
        base_url: named in the sentence when given.
        timeout: the request timeout in seconds, named when the request timed out.
        mid_stream: whether part of the reply had already arrived.
    """
    server = f"The model server at {base_url}" if base_url else "The model server"
    if isinstance(error, EngineUnavailableError):
        return str(error)
    if isinstance(error, openai.APITimeoutError) or _caused_by(error, TimeoutError):
        return f"{server} timed out" + (f" after {timeout:g} s" if timeout else "")
    if isinstance(error, openai.APIStatusError):
        return f"{server} {_status_phrase(error)}"
    if isinstance(error, WrongContentTypeError):
        return f"{server} sent {error} instead of a chat reply"
    if isinstance(error, MALFORMED):
        return f"{server} sent a reply the coach could not read ({_malformed_phrase(error)})"
    if mid_stream:
        return f"{server} stopped mid-reply"
    if _caused_by(error, ConnectionRefusedError):
        return f"{server} refused the connection"
    if isinstance(error, openai.APIConnectionError | ConnectionError):
        return f"{server} could not be reached"
    return f"{server} failed ({type(error).__name__})"


def is_retryable(error: BaseException) -> bool:
    """Whether another attempt may succeed: connection errors, timeouts, 408, 409, 429 and 5xx."""
    if isinstance(error, openai.APIStatusError):
        return error.status_code in RETRYABLE_STATUS or error.status_code >= 500
    return isinstance(error, openai.APIConnectionError)  # APITimeoutError is one too


def retry_after_seconds(error: BaseException) -> float | None:
    """The wait a failed reply asked for (``retry-after-ms`` or ``Retry-After``, seconds or a date)."""
    headers = getattr(getattr(error, "response", None), "headers", None)
    if headers is None:
        return None
    millis, raw = headers.get("retry-after-ms"), headers.get("retry-after")
    for value, scale in ((millis, 1000.0), (raw, 1.0)):
        if value is not None:
            with contextlib.suppress(ValueError):
                return max(0.0, float(value) / scale)
    if raw is None:
        return None
    try:
        return max(0.0, email.utils.parsedate_to_datetime(raw).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _malformed_phrase(error: BaseException) -> str:
    if isinstance(error, UnicodeDecodeError):
        return "not text"
    if isinstance(error, json.JSONDecodeError):
        return "not JSON"
    if "generation chunks" in str(error):
        return "no reply in it"
    return type(error).__name__


def _status_phrase(error: openai.APIStatusError) -> str:
    status = error.status_code
    if status == 429:
        return "rate-limited the request (429)"
    if status >= 500:
        return f"returned a server error ({status})"
    if status in (401, 403):
        return f"rejected the API key ({status})"
    if status == 404:
        return "does not offer that model or path (404); check COACH_MODEL and OPENAI_BASE_URL"
    return f"rejected the request ({status})"


def _caused_by(error: BaseException, kind: type[BaseException]) -> bool:
    seen: BaseException | None = error
    for _ in range(10):  # a bounded walk: cause chains can in principle loop
        if seen is None:
            return False
        if isinstance(seen, kind):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
