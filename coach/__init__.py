"""Mentor Coach: drafts, guidance search and rehearsal for mentorship conversations.

``from coach import Coach`` is the front door. It is resolved lazily, so ``import coach`` stays
cheap: nothing here imports torch, Chroma or LangChain until it is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coach.service import Coach

__all__ = ["Coach"]


def __getattr__(name: str) -> Any:
    if name == "Coach":
        from coach.service import Coach

        return Coach
    raise AttributeError(f"module 'coach' has no attribute {name!r}")
