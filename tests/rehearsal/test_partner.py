"""The offline partner's state machine: pace by difficulty, persona consistency, resolution, no randomness."""

from __future__ import annotations

from coach.rehearsal.moves import DetectedMove, load_moves
from coach.rehearsal.partner import ScriptedPartner
from coach.rehearsal.scenarios import Difficulty, get_persona, get_scenario


def moves(*ids: str) -> list[DetectedMove]:
    specs = load_moves().specs
    return [DetectedMove(move, specs[move].polarity, f"line {move}", "pattern") for move in ids]


GOOD_TURN = moves("i-statement", "specific-observation")
POOR_TURN = moves("blame", "absolutes")


def partner(difficulty: Difficulty = "medium", persona: str = "warm", max_turns: int | None = None) -> ScriptedPartner:
    return ScriptedPartner(get_scenario("frequent-cancels"), get_persona(persona), difficulty, max_turns)


def test_easy_softens_faster_and_hard_escalates_faster() -> None:
    easy, hard = partner("easy"), partner("hard")
    assert easy.react(GOOD_TURN).delta > hard.react(GOOD_TURN).delta > 0
    easy, hard = partner("easy"), partner("hard")
    assert hard.react(POOR_TURN).delta < easy.react(POOR_TURN).delta < 0


def test_good_moves_soften_and_poor_moves_harden_the_reply() -> None:
    p = partner()
    soft = p.react(GOOD_TURN)
    assert soft.tone == "soften" and p.reply(soft) in get_scenario("frequent-cancels").lines(
        "warm", "reaction", "soften", "medium"
    )
    hard = p.react(POOR_TURN)
    assert hard.tone == "harden" and hard.rapport < soft.rapport


def test_vagueness_makes_the_persona_go_cold_in_its_own_words() -> None:
    p = partner(persona="busy")
    reaction = p.react(moves("vagueness"))
    assert reaction.tone == "harden"
    assert p.reply(reaction) in get_persona("busy").cold["vagueness"]


def test_a_turn_with_no_moves_gets_a_neutral_prompt_to_say_more() -> None:
    p = partner(persona="skeptical")
    reaction = p.react([])
    assert (reaction.tone, reaction.delta) == ("neutral", 0)
    assert p.reply(reaction) in get_persona("skeptical").neutral


def test_persona_sensitivities_change_how_hard_a_move_lands() -> None:
    # Skeptical cares about absolutes; warm does not particularly.
    assert partner(persona="skeptical").react(moves("absolutes")).delta < partner().react(moves("absolutes")).delta
    # Busy warms to a concrete proposal more than warm does.
    assert (
        partner(persona="busy").react(moves("concrete-proposal")).delta
        > partner().react(moves("concrete-proposal")).delta
    )


def test_resolution_needs_the_issue_the_resolving_moves_and_the_partner_won_over() -> None:
    p = partner("medium")
    assert not p.react(moves("concrete-proposal", "follow-up")).resolved  # the issue was never named
    p = partner("hard", "defensive")
    reaction = p.react(moves("concrete-proposal", "follow-up"))
    assert not reaction.resolved
    turns = [p.react(GOOD_TURN) for _ in range(4)]
    assert [t.resolved for t in turns].index(True) == 3  # defensive on hard holds out three good turns
    p = partner("easy")
    p.react(GOOD_TURN)
    final = p.react(moves("concrete-proposal", "follow-up"))
    assert final.resolved and final.final and final.stage == "resolution" and final.tone == "soften"
    line = p.reply(final)
    plain = [accept for accept in get_persona("warm").accept if "{specifics}" not in accept]
    assert line.startswith(tuple(plain))  # "Line concrete-proposal" has no details to say back
    # (said after a yes, the close drops its own opening "Good.": one acknowledgement is enough)
    assert any(line.endswith(close.split(". ", 1)[-1]) for close in get_persona("warm").close)


def test_the_turn_limit_ends_unresolved_with_a_cool_closing_line() -> None:
    p = partner(max_turns=3)
    reactions = [p.react(GOOD_TURN) for _ in range(3)]
    last = reactions[-1]
    assert [r.final for r in reactions] == [False, False, True]
    assert (last.stage, last.tone, last.resolved) == ("resolution", "harden", False)


def test_stages_follow_the_conversation() -> None:
    p = partner()
    assert [p.react([]).stage for _ in range(4)] == ["reaction", "reaction", "exploration", "exploration"]


def test_same_session_replays_identically_and_never_repeats_while_it_has_lines() -> None:
    def play() -> list[str]:
        p = partner("medium", "warm", max_turns=30)
        return [p.reply(p.react(GOOD_TURN if i % 3 else POOR_TURN)) for i in range(9)]

    first, second = play(), play()
    assert first == second
    assert len(set(first)) == len(first)


def test_opening_line_depends_on_persona_and_difficulty() -> None:
    openings = {partner(d, p).opening_line() for d in ("easy", "hard") for p in ("warm", "busy")}
    assert len(openings) == 4


def test_the_persona_stays_the_same_for_the_whole_session() -> None:
    scenario = get_scenario("not-working")
    for persona_id in ("warm", "busy", "skeptical", "defensive"):
        persona = get_persona(persona_id)
        own_lines = {
            line
            for (bank, _, _), by_difficulty in scenario.banks.items()
            if bank == persona_id
            for lines in by_difficulty.values()
            for line in lines
        }
        own_lines |= set(persona.neutral) | {line for lines in persona.cold.values() for line in lines}
        own_lines |= {line for lines in persona.generic.values() for line in lines}
        own_lines |= set(persona.invite) | set(persona.ask_why) | set(scenario.their_side) | set(scenario.counter)
        own_lines |= set(scenario.proposal_answers.get(persona_id, ())) | set(scenario.hold_outs.get(persona_id, ()))
        p = ScriptedPartner(scenario, persona, "medium", max_turns=20)
        turns = [GOOD_TURN, POOR_TURN, moves("vagueness"), [], moves("over-apologising"), GOOD_TURN] * 3
        replies = [p.reply(p.react(turn)) for turn in turns]
        assert set(replies) <= own_lines, persona_id
