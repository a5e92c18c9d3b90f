"""Regular expressions compiled on first use rather than at import.

The jobs hold several hundred module-level patterns; compiling them at import cost about 0.3 s of
every app start and every CLI command, most of it for jobs the command never runs. A
:func:`lazy_regex` pattern behaves as the compiled one; :func:`compile_all` compiles every pattern
made so far, which the app's background warm-up calls so the first draft does not pay for them.
"""

from __future__ import annotations

import re
from typing import Any, cast

_CALLS = ("search", "match", "fullmatch", "sub", "subn", "split", "finditer", "findall", "scanner")
"""Methods copied onto the stand-in once compiled, so later calls cost what a compiled pattern's do."""

_made: list[_LazyPattern] = []


class _LazyPattern:
    """Stands in for ``re.compile(pattern, flags)`` until an attribute other than ``pattern`` is read."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The real pattern (compiled now if it was not yet)."""
        real: re.Pattern[str] | None = self.__dict__.get("_real")
        if real is None:
            real = re.compile(self.pattern, self._flags)
            for name in _CALLS:  # instance attributes win over __getattr__: no indirection after this
                setattr(self, name, getattr(real, name))
            self._real = real
        return real

    def __getattr__(self, name: str) -> Any:
        # Only reached for what is not an instance attribute: the calls before compiling, and flags,
        # groups or groupindex. Dunder look-ups (copy, pickle) must not recurse through a half-built object.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy_regex({self.pattern!r})"


def lazy_regex(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled the first time it is used."""
    lazy = _LazyPattern(pattern, int(flags))
    _made.append(lazy)
    return cast(re.Pattern[str], lazy)


def compile_all() -> int:
    """Compile every lazy pattern not yet compiled; how many were compiled now."""
    pending = [lazy for lazy in list(_made) if "_real" not in vars(lazy)]
    for lazy in pending:
        lazy.compiled()
    return len(pending)
