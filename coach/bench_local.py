"""Measure the local engine here: server start, time to first token and tokens per second.

Run ``python -m coach.bench_local [--runs N] [--model NAME_OR_PATH]`` (``make bench-local``). It
starts the llama.cpp server the way the coach does and sends chat requests through the coach's own
call path (:class:`coach.engines.calls.ModelCall`): a short prompt and one the size of a real draft
prompt (about 1,300 tokens), reporting the median of each. Output tokens per second count from the
first token to the end, as the server reports them in its usage.
"""

from __future__ import annotations

import argparse
import statistics
import time

from coach.config import Settings
from coach.engines.calls import ModelCall
from coach.engines.llm import make_chat_model
from coach.engines.local import local_server, local_settings, stop_all
from coach.models import DEFAULT_MODEL

SHORT = "Write two sentences thanking a mentor for their time."
FILLER = "A mentor's time is limited; a clear question, a short agenda and a follow-up note respect it. "


def _measure(settings: Settings, user: str) -> tuple[float, float, int, int]:
    model = make_chat_model(settings)
    call = ModelCall(model, settings, base_url=settings.openai_base_url)
    started = time.monotonic()
    call.text("You are a helpful writing coach.", user)
    total = time.monotonic() - started
    first = call.first_token_seconds or total
    produced = call.usage.completion_tokens or 0
    rate = produced / (total - first) if total > first and produced > 1 else 0.0
    return first, rate, call.usage.prompt_tokens or 0, produced


def main() -> None:
    """Print the measurements as Markdown table rows."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--max-tokens", type=int, default=120)
    args = parser.parse_args()
    base = Settings.from_env(local_model=args.model, max_output_tokens=args.max_tokens, deadline=600, stall=120)
    started = time.monotonic()
    local_server(base)
    print(f"server start (load + healthy): {time.monotonic() - started:.1f} s, threads={base.local_threads}")
    settings = local_settings(base)
    long_prompt = FILLER * 60 + "\n\n" + SHORT  # about 1,300 tokens, like a draft prompt with four passages
    print("| prompt | prompt tokens | output tokens | time to first token (median) | tokens/s (median) |")
    print("|---|---:|---:|---:|---:|")
    try:
        for label, user in (("short", SHORT), ("draft-sized", long_prompt)):
            runs = [_measure(settings, f"(run {n}) {user}") for n in range(args.runs)]  # no cached prefix
            ttft = statistics.median(r[0] for r in runs)
            rate = statistics.median(r[1] for r in runs)
            print(f"| {label} | {runs[0][2]} | {runs[0][3]} | {ttft:.2f} s | {rate:.1f} |")
    finally:
        stop_all()


if __name__ == "__main__":
    main()
