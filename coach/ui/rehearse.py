"""Rehearse page: pick a scenario, persona and difficulty, talk with the partner, then read the debrief."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import streamlit as st

from coach.rehearsal.resume import CannotResumeError, resume_session
from coach.rehearsal.rubric import MAX_SCORE, NOT_SHOWN
from coach.rehearsal.scenarios import (
    CUSTOM,
    DIFFICULTIES,
    MAX_DESCRIPTION_CHARS,
    build_custom_persona,
    build_custom_scenario,
    get_persona,
    get_scenario,
    list_personas,
    list_scenarios,
)
from coach.rehearsal.scoring import Debrief, better_line_advice
from coach.rehearsal.session import MAX_TURN_CHARS, RehearsalSession
from coach.safety import sanitize_markdown
from coach.store import HistoryStore, ItemNotFoundError
from coach.ui import state, waiting, widgets

if TYPE_CHECKING:
    import altair as alt

SESSION = "rehearse.session"
SAVED_ID = "rehearse.saved_id"
CHAT_INPUT_KEY = "rehearse.input"
# For each hint, how many transcript turns there were when it was asked: it is shown right there.
# A saved rehearsal to pick up again (set by History or by the Resume buttons).
RESUME = "rehearse.resume_id"
RESUME_OFFERS = 3
TOO_LONG = "rehearse.too_long"
UNANSWERED = "rehearse.unanswered"
"""The line being answered; still set on the next run only when the wait was stopped."""


def render() -> None:
    """The Rehearse page."""
    st.title("Rehearse")
    store = state.history_store()
    resume_id = st.session_state.pop(RESUME, None)
    if resume_id is not None:
        resume(store, resume_id)
    session: RehearsalSession | None = st.session_state.get(SESSION)
    if session is None:
        resume_offers(store)
        setup(store)
        return
    briefing(session)
    transcript(session)
    if session.ended:
        debrief_view(store, session)
    else:
        controls(store, session)


def resume_offers(store: HistoryStore) -> None:
    """The latest unfinished rehearsals, each with a button to carry on where it stopped."""
    unfinished = []
    for item in store.list_items(kind="rehearsal", limit=20):
        try:
            saved = store.rehearsal(item.id)
        except ItemNotFoundError:
            continue
        if not saved.finished and any(t.get("role") == "user" for t in saved.transcript):
            unfinished.append((item, saved))
    for item, saved in unfinished[:RESUME_OFFERS]:
        with st.container(border=True):
            text, go = st.columns([4, 1], vertical_alignment="center")
            turns = sum(t.get("role") == "user" for t in saved.transcript)
            text.markdown(f"**Unfinished:** {sanitize_markdown(saved.title)} · {turns} of your lines · "
                          f"{widgets.local_time(item.updated_at)}")
            if go.button("Resume", key=f"rehearse.resume.{saved.id}", icon=":material/play_arrow:"):
                st.session_state[RESUME] = saved.id
                st.rerun()


def resume(store: HistoryStore, rehearsal_id: int) -> None:
    """Rebuild a saved, unfinished rehearsal and make it this session's."""
    try:
        saved = store.rehearsal(rehearsal_id)
        with st.spinner("Picking up where you left off…"):
            session, pending = resume_session(saved.scenario, saved.persona, saved.difficulty, saved.transcript,
                                              settings=state.settings(), on_wait=waiting.report)
    except ItemNotFoundError:
        st.info("That rehearsal was deleted.")
        return
    except CannotResumeError as error:
        st.warning(f"{str(error).capitalize()}.")
        return
    st.session_state[SESSION] = session
    st.session_state[SAVED_ID] = rehearsal_id
    if pending:
        st.info(f"Your last line had no answer yet: “{sanitize_markdown(pending)}”. Send it again below.")


def setup(store: HistoryStore) -> None:
    """Choose what to practise, then start."""
    st.caption("Practise a hard conversation with a partner who reacts to how you say things, then get a debrief.")
    scenarios = {s.id: s.title for s in list_scenarios()} | {CUSTOM: "Something else (describe it)"}
    personas = {p.id: f"{p.name}" for p in list_personas()} | {CUSTOM: "Describe them yourself"}
    left, right = st.columns(2)
    scenario_id = left.selectbox("Scenario", list(scenarios), format_func=scenarios.__getitem__,
                                 key="rehearse.scenario", persist_state="session")
    persona_id = right.selectbox("The other person", list(personas), format_func=personas.__getitem__,
                                 key="rehearse.persona", persist_state="session")
    scenario_text = persona_text = ""
    if scenario_id == CUSTOM:
        scenario_text = left.text_area("The conversation you want to practise", max_chars=MAX_DESCRIPTION_CHARS,
                                       key="rehearse.custom_scenario", persist_state="session") or ""
    else:
        left.caption(sanitize_markdown(get_scenario(str(scenario_id)).description))
    if persona_id == CUSTOM:
        persona_text = right.text_area("How do they talk?", max_chars=MAX_DESCRIPTION_CHARS,
                                       key="rehearse.custom_persona", persist_state="session") or ""
    else:
        right.caption(sanitize_markdown(get_persona(str(persona_id)).voice))
    difficulty = st.segmented_control("Difficulty", DIFFICULTIES, default="medium", required=True,
                                      key="rehearse.difficulty", persist_state="session") or "medium"
    if st.button("Start the rehearsal", type="primary", key="rehearse.start"):
        start(store, str(scenario_id), scenario_text, str(persona_id), persona_text, str(difficulty))


def start(store: HistoryStore, scenario_id: str, scenario_text: str, persona_id: str, persona_text: str,
          difficulty: str) -> None:
    """Build the session (a custom scenario or persona from the user's words) and save its start."""
    try:
        scenario = build_custom_scenario(scenario_text) if scenario_id == CUSTOM else get_scenario(scenario_id)
        persona = build_custom_persona(persona_text) if persona_id == CUSTOM else get_persona(persona_id)
    except ValueError as error:
        st.error(f"{str(error).capitalize()}.")
        return
    with st.spinner("Setting the scene…"):
        waiting.start_local_model(state.settings())
        session = RehearsalSession(scenario, persona, difficulty, settings=state.settings(),  # type: ignore[arg-type]
                                   on_wait=waiting.report)
    st.session_state[SAVED_ID] = store.start_rehearsal(scenario.id, persona.id, difficulty, scenario.title)
    st.session_state[SESSION] = session
    save(store, session)
    st.rerun()


def briefing(session: RehearsalSession) -> None:
    """What the user reads before the first turn (folded away once the conversation is under way)."""
    brief = session.briefing
    with st.expander(f"Briefing: {sanitize_markdown(brief.title)}", expanded=len(session.user_turns) == 0):
        st.markdown(f"You play the **{brief.user_role}**; the coach plays the **{brief.partner_role}** "
                    f"({sanitize_markdown(session.persona.name)}, {session.difficulty}).")
        widgets.safe_markdown(brief.situation)
        st.markdown(f"**Your goal:** {sanitize_markdown(brief.goal)}")
        bullets = "\n".join(f"- {sanitize_markdown(b)}" for b in brief.good_looks_like)
        st.markdown(f"**What good looks like:**\n\n{bullets}")
        widgets.citations_expander(brief.sources, key="rehearse.cards.briefing")


def transcript(session: RehearsalSession) -> None:
    """The conversation so far, and any notices (such as a fall back to the offline partner)."""
    partner = session.scenario.partner_role.capitalize()
    for turn in session.timeline():
        if turn.role == "hint":  # shown where it was asked for, not gathered at the bottom
            st.info(sanitize_markdown(turn.text), icon=":material/lightbulb:")
        elif turn.role == "user":
            with st.chat_message("user"):
                widgets.safe_markdown(turn.text)
        else:
            with st.chat_message("assistant", avatar=":material/theater_comedy:"):
                st.markdown(f"**{sanitize_markdown(partner)}:** {sanitize_markdown(turn.text)}")
    widgets.fallback_notice(session.notices)


def controls(store: HistoryStore, session: RehearsalSession) -> None:
    """Hint, end, and the chat input for the next turn."""
    stopped = st.session_state.pop(UNANSWERED, None)
    if stopped:
        st.info(f"Stopped before the answer came. Your line is kept: “{sanitize_markdown(stopped)}”. "
                "Send it again below when you're ready.")
    hint_column, end_column, _ = st.columns([1, 1, 3])
    if hint_column.button("Hint", key="rehearse.hint", icon=":material/lightbulb:", width="stretch"):
        session.hint()  # the session keeps where it was asked, so it shows there
        st.rerun()
    if end_column.button("End and debrief", key="rehearse.end", type="primary", width="stretch"):
        finish(store, session)
    # No max_chars: the browser would drop a paste past it silently. A long line is kept to shorten.
    text = st.chat_input(f"Your reply as the {session.scenario.user_role}…", key=CHAT_INPUT_KEY,
                         submit_mode="disable")
    if isinstance(text, str) and len(text.strip()) > MAX_TURN_CHARS:
        st.session_state[TOO_LONG] = text.strip()
        text = None
    text = text if isinstance(text, str) else too_long_line()
    if text and text.strip():
        take_turn(store, session, text.strip())


def too_long_line() -> str | None:
    """A line over the limit, kept in a box with its count and the limit, to shorten and send."""
    kept = st.session_state.get(TOO_LONG)
    if not kept:
        return None
    edited = st.text_area("Your line", value=kept, key="rehearse.too_long_edit", height=160) or ""
    widgets.length_note(edited, MAX_TURN_CHARS)
    if st.button("Send", key="rehearse.too_long_send", type="primary",
                 disabled=len(edited) > MAX_TURN_CHARS or not edited.strip()):
        st.session_state.pop(TOO_LONG, None)
        return edited
    st.session_state[TOO_LONG] = edited
    return None


def take_turn(store: HistoryStore, session: RehearsalSession, text: str) -> None:
    """Save the user's line, then let the partner answer."""
    save(store, session, pending=text)  # before any model call
    st.session_state[UNANSWERED] = text
    # Any click reruns the page, which stops the wait; the next run says the line is kept.
    st.button("Stop", key="rehearse.stop", help="Stop waiting for the answer; your line is kept.")
    try:
        with st.spinner(f"The {session.scenario.partner_role} is answering…"), waiting.shown_in(st.container()):
            reply = session.user_turn(text)  # a model's attempt and time left show while it is awaited
    except ValueError as error:
        st.session_state.pop(UNANSWERED, None)
        st.error(f"{str(error).capitalize()}. What you typed is saved in History.")
        return
    st.session_state.pop(UNANSWERED, None)
    state.remember_fallback([reply.notice] if reply.notice else [])
    if session.ended:
        finish(store, session)
    save(store, session)
    st.rerun()


def finish(store: HistoryStore, session: RehearsalSession) -> None:
    """End the rehearsal, score it and save the debrief with the Markdown export."""
    session.end()
    with st.spinner("Scoring your rehearsal…"):
        debrief = session.debrief()
    saved_id = st.session_state.get(SAVED_ID)
    if saved_id is not None:
        store.save_rehearsal(saved_id, _turns(session), markdown=session.to_markdown(), debrief=debrief.to_json())
    st.rerun()


def save(store: HistoryStore, session: RehearsalSession, pending: str | None = None) -> None:
    """Save the transcript so far (with the user's unanswered line, if any)."""
    saved_id = st.session_state.get(SAVED_ID)
    if saved_id is None:
        return
    turns = _turns(session) + ([{"role": "user", "text": pending, "answered": False}] if pending else [])
    store.save_rehearsal(saved_id, turns)


def _turns(session: RehearsalSession) -> list[dict[str, Any]]:
    return [{"role": t.role, "text": t.text} for t in session.transcript]


def debrief_view(store: HistoryStore, session: RehearsalSession) -> None:
    """Scores as a chart, evidence quotes, the strongest moment, the better line and the sources."""
    debrief = session.debrief()
    st.divider()
    st.subheader("Debrief")
    st.metric("Total", f"{debrief.total} / {debrief.max_total}")
    st.altair_chart(score_chart(debrief), width="stretch")
    for criterion in debrief.criteria:
        with st.container(border=True):
            st.markdown(f"**{sanitize_markdown(criterion.name)}: {criterion.score}/{MAX_SCORE}**")
            st.markdown(f"Evidence: {_quote(criterion.evidence)}")
            st.caption(sanitize_markdown(criterion.hint))
    st.markdown(f"**Strongest moment:** {_quote(debrief.strongest)}")
    heading, advice = better_line_advice(debrief, _quote)
    st.markdown(f"**{heading}** {advice}")
    widgets.citations_expander(debrief.sources, key="rehearse.cards.debrief")
    left, right = st.columns(2)
    left.download_button("Transcript and debrief (.md)", session.to_markdown, icon=":material/download:",
                         file_name=f"rehearsal-{session.scenario.id}.md", mime="text/markdown",
                         key="rehearse.export", on_click="ignore")
    if right.button("Start a new rehearsal", key="rehearse.new"):
        st.session_state.pop(SESSION, None)
        st.session_state.pop(SAVED_ID, None)
        st.rerun()


def score_chart(debrief: Debrief) -> alt.Chart:
    """One horizontal bar per criterion on a fixed 0-3 scale."""
    # Imported here: altair and pandas take most of a second to import, and only a debrief needs them.
    import altair as alt
    import pandas as pd

    data = pd.DataFrame({"Criterion": [c.name for c in debrief.criteria], "Score": [c.score for c in debrief.criteria]})
    chart: alt.Chart = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("Score:Q", scale=alt.Scale(domain=[0, MAX_SCORE]), axis=alt.Axis(tickMinStep=1)),
            y=alt.Y("Criterion:N", sort=None, title=None, axis=alt.Axis(labelLimit=320)),
            tooltip=["Criterion", "Score"],
        )
        .properties(height=alt.Step(32))
    )
    return chart


def _quote(text: str) -> str:
    return f"*{NOT_SHOWN}*" if text == NOT_SHOWN else f"“{sanitize_markdown(' '.join(text.split()))}”"


if __name__ == "__main__":
    render()
