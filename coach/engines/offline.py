"""The offline engine: each job's own composer, structured by the retrieved guidance. No model, no network.

It serves every job and the three named refinements (``shorter``, ``more formal``, ``warmer``), which
it applies by recomposing from the saved fields with an adjusted :class:`~coach.tasks.base.Style`.
Free-text refinements need a language model, so it refuses them with
:class:`RefinementUnavailableError`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from coach.engines.base import EngineRequest
from coach.lazy_patterns import lazy_regex
from coach.tasks.base import PERSON_FIELDS, REFINEMENTS, Style, Usage, join_commentary, join_subject
from coach.writing import capitalise_names, typed_names, with_typed_names

OFFLINE_ENGINE_NAME = "offline"
_SENTENCE_END = lazy_regex(r"(?<=[.!?:\n])(?=\s)")


class RefinementUnavailableError(ValueError):
    """A free-text refinement was asked of the offline engine."""


def refined_style(style: Style, instruction: str) -> Style:
    """The style after a named refinement; free text leaves the style as it was."""
    if instruction == "shorter":
        return replace(style, brevity=style.brevity + 1)
    if instruction == "more formal":
        return replace(style, tone="formal")
    if instruction == "warmer":
        return replace(style, tone="warm")
    return style


def sentence_chunks(text: str) -> list[str]:
    """``text`` split after each sentence, so streaming it shows the draft growing; joins back exactly."""
    return [piece for piece in _SENTENCE_END.split(text) if piece]


class OfflineEngine:
    """Writes drafts with the job's composer (:meth:`coach.tasks.base.TaskSpec.compose`)."""

    name = OFFLINE_ENGINE_NAME

    def __init__(self) -> None:
        self.last_usage = Usage()
        self.last_notices: tuple[str, ...] = ()
        """What the last composition asked the user to fix; the Coach adds these to the draft's notices."""

    def stream(self, request: EngineRequest) -> Iterator[str]:
        """Yield the composed draft sentence by sentence.

        Raises:
            RefinementUnavailableError: the request is a free-text refinement.
        """
        style = request.style
        if request.instruction is not None:
            if request.instruction not in REFINEMENTS:
                named = ", ".join(REFINEMENTS)
                raise RefinementUnavailableError(
                    f"free-text refinement needs the LLM engine; offline, choose one of: {named}"
                )
            style = refined_style(style, request.instruction)
        composition = request.task.compose(request.values, request.guidance, style)
        self.last_notices = composition.notices
        # "send pete my calc" in an agenda for Pete: the people the form names keep their capitals throughout
        people = [str(request.values[name]) for name in PERSON_FIELDS if request.values.get(name)]
        typed = typed_names([v for v in request.values.values() if isinstance(v, str)])
        body = with_typed_names(capitalise_names(composition.body, people), typed)
        body = join_commentary(body, composition.rationale)
        yield from sentence_chunks(join_subject(composition.subject, body))
