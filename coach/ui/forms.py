"""Form widgets generated from a job's fields: labels, help, limits, choices and defaults come from the registry."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import streamlit as st

from coach.tasks.base import Field
from coach.ui import widgets


def field_key(task: str, field_name: str) -> str:
    """The session key holding one field's value (History sets it to reopen a draft)."""
    return f"form.{task}.{field_name}"


def field_widget(task: str, spec: Field) -> Any:
    """One input for ``spec``, with choices shown as words.

    Text widgets take no ``max_chars``: the browser would silently refuse a paste that runs past it.
    Instead everything pasted stays, and a note under the field gives the count and the limit
    (the job's validation refuses to draft until it fits).
    """
    label = spec.label  # required=True makes Streamlit show "(required)"
    key = field_key(task, spec.name)
    if spec.kind == "choice":
        choices = list(spec.choices)
        index = choices.index(spec.default) if spec.default in choices else (0 if spec.required else None)
        return st.selectbox(label, choices, index=index, help=spec.help, key=key, persist_state="session",
                            placeholder="Choose…", format_func=spec.choice_label)
    if spec.kind == "integer":
        default = spec.default if isinstance(spec.default, int) else spec.min_value
        return st.number_input(label, min_value=spec.min_value, max_value=spec.max_value, value=default, step=1,
                               help=spec.help, key=key, persist_state="session")
    help_text = f"{spec.help} Up to {spec.max_chars:,} characters."
    if spec.kind == "long_text":
        value = st.text_area(label, value=str(spec.default or ""), help=help_text, key=key,
                             persist_state="session", required=spec.required,
                             placeholder=spec.placeholder or None)
    else:
        value = st.text_input(label, value=str(spec.default or ""), help=help_text, key=key,
                              persist_state="session", required=spec.required, placeholder=spec.placeholder or None)
    widgets.length_note(value or "", spec.max_chars)
    return value


def field_widgets(task: str, fields: Sequence[Field]) -> dict[str, Any]:
    """Every field of a job, in the registry's order; returns the raw values by field name."""
    return {spec.name: field_widget(task, spec) for spec in fields}


def load_values(task: str, fields: Sequence[Field], values: dict[str, Any]) -> None:
    """Put saved values back into a job's form (used to reopen a draft from History)."""
    for spec in fields:
        value = values.get(spec.name)
        if value is None and spec.kind in ("text", "long_text"):
            value = ""
        st.session_state[field_key(task, spec.name)] = value
