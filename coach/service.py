"""The ``Coach``: runs a job end to end, from the user's fields to a checked, cited draft.

Flow of one draft: validate the fields (a :class:`~coach.tasks.base.FieldError` reaches the caller)
→ the job's preflight (a fixed reply, such as a crisis answer, is the draft and skips everything
else) → retrieve guidance → stream from the chosen engine → split the subject → the job's
``finalize`` (hard limits) → resolve citations against the guidance the engine saw → the job's
checks → :class:`~coach.tasks.base.Draft`.

When the LLM engine cannot be built or fails, before or during its stream, the offline engine writes
the draft instead and a notice says what happened; a draft is always delivered and the user's input
is kept in ``Draft.fields``. A ``Coach`` keeps no state between calls except the retriever, so one
instance can serve many drafts.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from coach.config import ENGINE_NAMES, Settings
from coach.engines import EngineKind, make_engine
from coach.engines.base import Engine, EngineRequest, EngineUnavailableError
from coach.engines.offline import OfflineEngine, refined_style
from coach.knowledge import SearchResult
from coach.lazy_patterns import lazy_regex
from coach.tasks.base import (
    REFINEMENTS,
    Check,
    Citation,
    Composition,
    Draft,
    FieldError,
    Style,
    TaskSpec,
    Usage,
    join_subject,
    resolve_citations_apart,
    split_commentary,
    split_subject,
    strip_markers,
)
from coach.tasks.registry import get_task, initial_style

if TYPE_CHECKING:
    from coach.engines.calls import WaitFn
    from coach.engines.local import LoadProgress
    from coach.index import ProgressFn
    from coach.retrieval import HybridRetriever

GUIDANCE_K = 4
"""Passages retrieved per draft; the prompt budget may keep fewer."""
MAX_INSTRUCTION_CHARS = 300
FALLBACK_NOTICE = "this draft was written by the offline engine."
FREE_TEXT_NOTICE = "Free-text refinement needs the LLM engine, so the draft is unchanged."
Turn = tuple[str, str]
_MARKERS = lazy_regex(r"\s*\[\d{1,2}\]")


class Coach:
    """Drafts, refines and checks the output of every coaching job.

    Args:
        settings: configuration; ``Settings.from_env()`` when omitted.
        retriever: the guidance retriever; opened from ``settings`` on first use when omitted.
        engine: ``auto``, ``llm`` or ``offline`` to override ``settings.engine``.
        progress: receives index-building progress if the retriever has to build the index.
        on_wait: hears, while a model reply is awaited, the attempt and the time left (see ``ModelCall``).
        on_load: hears progress while the local model loads.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        retriever: HybridRetriever | None = None,
        engine: str | None = None,
        progress: ProgressFn | None = None,
        on_wait: WaitFn | None = None,
        on_load: LoadProgress | None = None,
    ) -> None:
        if engine is not None and engine not in ENGINE_NAMES:
            raise ValueError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINE_NAMES)}")
        self.settings = settings or Settings.from_env()
        if engine is not None:
            self.settings = self.settings.with_overrides(engine=engine)
        self._retriever = retriever
        self._progress = progress
        self.on_wait = on_wait
        self.on_load = on_load

    @property
    def engine_kind(self) -> EngineKind:
        """The engine drafts will be asked of first: ``llm``, ``local`` or ``offline``."""
        return self.settings.resolved_engine

    @property
    def retriever(self) -> HybridRetriever:
        """The guidance retriever (opening it may load the model and build the index)."""
        if self._retriever is None:
            from coach.guidance import open_retriever  # loads torch and Chroma: only when needed

            self._retriever = open_retriever(self.settings, progress=self._progress)
        return self._retriever

    def draft(self, task: str, fields: Mapping[str, Any], *, history: Sequence[Turn] = ()) -> Draft:
        """Write a draft for ``task`` from the user's ``fields``.

        Raises:
            UnknownTaskError: no job is called ``task``.
            FieldError: a field is missing, too long, or not a valid choice.
        """
        return _final(self.stream(task, fields, history=history))

    def stream(
        self, task: str, fields: Mapping[str, Any], *, history: Sequence[Turn] = ()
    ) -> Iterator[str | Draft]:
        """Like :meth:`draft`, yielding text chunks as they are written and the finished Draft last.

        The Draft replaces the streamed text: it is cleaned, cited and checked, and if the engine
        failed mid-way it holds the offline engine's draft instead of the partial text. Fields are
        validated before this returns, so a :class:`FieldError` is raised here, not on iteration.
        """
        spec = get_task(task)
        values = spec.validate(fields)
        return self._stream_new(spec, values, tuple(history))

    def refine(self, draft: Draft, instruction: str) -> Draft:
        """A new version of ``draft``: ``shorter``, ``more formal``, ``warmer``, or free text (LLM only).

        Raises:
            FieldError: the instruction is empty or longer than :data:`MAX_INSTRUCTION_CHARS`.
        """
        return _final(self.stream_refine(draft, instruction))

    def stream_refine(self, draft: Draft, instruction: str) -> Iterator[str | Draft]:
        """Like :meth:`refine`, streaming text chunks first and yielding the new Draft last."""
        instruction = _checked_instruction(instruction)
        spec = get_task(draft.task)
        values = dict(draft.fields)
        # A draft reopened from history carries no passages: find them again rather than refine blind.
        guidance = draft.guidance or self._guidance_for(spec, spec.validate(values))
        request = EngineRequest(
            task=spec,
            values=values,
            guidance=in_citation_order(guidance, draft.sources),
            style=draft.style,
            previous=join_subject(draft.subject, draft.text),
            instruction=instruction,
        )
        return self._stream_refine(request, draft)

    def recheck(self, task: str, text: str, subject: str | None, fields: Mapping[str, Any]) -> list[Check]:
        """The job's checks on a draft the user has edited."""
        spec = get_task(task)
        return spec.check(text, subject, spec.validate(fields))

    def _guidance_for(self, spec: TaskSpec, values: Mapping[str, Any]) -> list[SearchResult]:
        found = self.retriever.search(
            spec.retrieval_query(values), GUIDANCE_K, task=spec.name, audience=spec.audience_for(values),
            also=spec.retrieval_parts(values),
        )
        return spec.kept_guidance(values, found)

    def _stream_new(
        self, spec: TaskSpec, values: dict[str, Any], history: tuple[Turn, ...]
    ) -> Iterator[str | Draft]:
        values, shorter = spec.follow_up(values, history)  # "make that shorter" in a chat means the last answer
        fixed = spec.preflight(values)
        if fixed is not None:
            yield join_subject(fixed.subject, fixed.body)
            yield self._fixed_draft(spec, values, fixed)
            return
        guidance = self._guidance_for(spec, values)
        fixed = spec.scope_reply(values, guidance, history)
        if fixed is not None:
            yield fixed.body
            yield self._fixed_draft(spec, values, fixed)
            return
        style = initial_style(values)  # a job's own tone field (outreach) seeds the style refinements adjust
        style = replace(style, brevity=style.brevity + shorter)
        request = EngineRequest(task=spec, values=values, guidance=guidance, history=history, style=style)
        yield from self._generate(request, style, unchanged=None)

    def _stream_refine(self, request: EngineRequest, draft: Draft) -> Iterator[str | Draft]:
        assert request.instruction is not None
        if request.task.preflight(request.values) is not None:  # a fixed reply is not a draft to polish
            yield draft
            return
        if self.engine_kind == "offline" and request.instruction not in REFINEMENTS:
            yield replace(draft, notices=[f"{FREE_TEXT_NOTICE} Offline, choose one of: {', '.join(REFINEMENTS)}."])
            return
        yield from self._generate(request, refined_style(draft.style, request.instruction), unchanged=draft)

    def _generate(self, request: EngineRequest, style: Style, unchanged: Draft | None) -> Iterator[str | Draft]:
        engine, fault = self._engine()
        chunks: list[str] = []
        if engine is not None:
            try:
                for chunk in engine.stream(request):
                    chunks.append(chunk)
                    yield chunk
            except EngineUnavailableError as error:
                engine, fault = None, _sentence(str(error))
        notices: list[str] = []
        if engine is None:
            if unchanged is not None and request.instruction not in REFINEMENTS:
                yield replace(unchanged, notices=[f"{fault}. {FREE_TEXT_NOTICE}"])
                return
            notices.append(f"{fault}; {FALLBACK_NOTICE}")
            engine = OfflineEngine()
            chunks = list(engine.stream(request))
        # The LLM engine may have fitted fewer passages into its prompt; its [n] refer to those.
        fitted = getattr(engine, "last_guidance", None)
        guidance = request.guidance if fitted is None else fitted
        yield self._finish(request, "".join(chunks), engine, guidance, style, notices)

    def _engine(self) -> tuple[Engine | None, str | None]:
        """The primary engine, or None and the reason the LLM (or local) engine cannot be used."""
        if self.engine_kind == "offline":
            return OfflineEngine(), None
        try:
            return make_engine(self.settings, self.engine_kind, on_wait=self.on_wait, progress=self.on_load), None
        except EngineUnavailableError as error:
            return None, _sentence(str(error))

    def _finish(
        self,
        request: EngineRequest,
        raw: str,
        engine: Engine,
        guidance: Sequence[SearchResult],
        style: Style,
        notices: list[str],
    ) -> Draft:
        spec, values = request.task, request.values
        subject, body = split_subject(raw)
        message, commentary = split_commentary(body)
        if spec.recipient_message:
            message = strip_markers(message)  # it goes to another person: [n] would mean nothing to them
            if not commentary and engine.name != OfflineEngine.name:
                # The LLM is asked for the message only; the coach's reasons come from the job's composer.
                commentary = spec.compose(values, guidance, style).rationale
        offline_notices = tuple(getattr(engine, "last_notices", ()))  # crossed the text stream out of band
        composition = spec.finalize(
            Composition(body=message, subject=subject, rationale=commentary, notices=offline_notices), values
        )
        text, rationale, sources = resolve_citations_apart(composition.body, composition.rationale, guidance)
        subject = _MARKERS.sub("", composition.subject).strip() if composition.subject else None
        return Draft(
            task=spec.name,
            engine=engine.name,
            text=text,
            subject=subject or None,
            checks=spec.check(text, subject or None, values),
            sources=sources,
            notices=[*notices, *(n for n in composition.notices if n not in notices)],
            usage=engine.last_usage,
            fields=dict(values),
            guidance=list(guidance),
            style=style,
            rationale=rationale,
            in_scope=True if spec.reports_scope else None,
        )

    def _fixed_draft(self, spec: TaskSpec, values: dict[str, Any], fixed: Composition) -> Draft:
        return Draft(
            task=spec.name,
            engine=OfflineEngine.name,
            text=fixed.body,
            subject=fixed.subject,
            checks=spec.check(fixed.body, fixed.subject, values),
            sources=[],
            notices=list(fixed.notices),
            usage=Usage(),
            fields=dict(values),
            rationale=fixed.rationale,
            in_scope=False if spec.reports_scope else None,
        )


def in_citation_order(guidance: Sequence[SearchResult], sources: Sequence[Citation]) -> list[SearchResult]:
    """The passages renumbered the way the draft cites them: source ``[n]`` becomes passage ``n``.

    A finished draft's markers were renumbered by first appearance, so a refinement that keeps
    them must see the guidance in that order, or each ``[n]`` would land on a different card.
    """
    by_card = {g.id: g for g in reversed(guidance)}  # the first passage of each card wins
    cited = [by_card[source.id] for source in sources if source.id in by_card]
    return cited + [g for g in guidance if g not in cited]


def _final(stream: Iterator[str | Draft]) -> Draft:
    items = list(stream)
    assert items and isinstance(items[-1], Draft), "a Coach stream always ends with a Draft"
    return items[-1]


def _checked_instruction(instruction: str) -> str:
    cleaned = " ".join(instruction.split())
    if not cleaned:
        named = ", ".join(REFINEMENTS)
        raise FieldError("instruction", f"the refinement is empty; choose {named} or describe the change")
    if len(cleaned) > MAX_INSTRUCTION_CHARS:
        raise FieldError(
            "instruction",
            f"the refinement is {len(cleaned)} characters; the limit is {MAX_INSTRUCTION_CHARS}. Shorten it.",
        )
    return cleaned.lower() if cleaned.lower() in REFINEMENTS else cleaned


def _sentence(message: str) -> str:
    """A notice fragment: capitalised, without a trailing full stop (callers add their own ending)."""
    message = message.strip().rstrip(".")
    return message[:1].upper() + message[1:]
