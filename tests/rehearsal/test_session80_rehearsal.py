"""Classes found by blind rehearsal review r53. Lines are phrased apart from the review's own."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.partner import proposal_specifics, question_kind

from .conftest import moves_in, play


def test_review_r53_reassurance_is_no_blame_nor_giving_up(detector: MoveDetector) -> None:
    # r53 r4/r6/r10/r11: "Yes, everything is fine between us, don't worry.", "I am not saying everything is your
    # fault.", "You'd still check my job reports every Friday.", "I am not leaving because of you." were scored as
    # blame or giving up, and the debrief took a point for them
    assert "blame" not in moves_in(detector, "I'm not saying it's all your fault, I just want to understand.")
    assert "blame" not in moves_in(detector, "To be clear, I am not moving because of you.")
    assert "blame" not in moves_in(detector, "You would still sign off my reports every Monday.")
    assert "blame" not in moves_in(detector, "I'm only asking what you would need to see from me.")
    assert "giving-up" not in moves_in(detector, "No no, everything's good between us, don't worry.")


def test_review_r53_accusations_and_giving_up_are_never_credited(detector: MoveDetector) -> None:
    # r53 r12: "You stole my tasting notes…", "Don't play dumb." never flagged, "How could you?" credited as inviting
    # their view; r5: "So what's the point then." credited as listening
    assert "blame" in moves_in(detector, "You copied my lesson plans and handed them in as yours.")
    assert "blame" in moves_in(detector, "Don't play innocent with me.")
    assert moves_in(detector, "How could you?") & {"blame", "asks-their-view"} == {"blame"}
    assert moves_in(detector, "What's the point then.") & {"giving-up", "acknowledgement"} == {"giving-up"}


def test_review_r53_counted_and_dated_observations_and_straight_openings_are_credited(
        detector: MoveDetector) -> None:
    # r53 r9/r12: "This is the third session where nothing came through beforehand.", "your blog post from Tuesday…
    # word for word" were "not shown"; r10/r11/r6: "I'll be straight: …", "I have news and I want you to hear it from
    # me first.", "I want that we look together what happened on…" were no clear opening
    assert "specific-observation" in moves_in(detector, "It's the fourth meeting where the slides came the same "
                                                        "morning.")
    assert "specific-observation" in moves_in(detector, "Your newsletter from Thursday used my photos without credit.")
    assert "purpose-statement" in moves_in(detector, "I'll be honest with you: I'd like to run the Saturday market "
                                                     "stall on my own from June.")
    assert "purpose-statement" in moves_in(detector, "I have some news, and I wanted you to hear it from me first.")
    assert "purpose-statement" in moves_in(detector, "I want that we talk about what happened with the Mendes order.")


def test_review_r53_a_plan_of_the_users_is_no_date_agreed(detector: MoveDetector) -> None:
    # r53 r1: "I'm planning to add a phone triage line … next year, … Would you consider mentoring me?" got "Next
    # year? Yes, that works for me."
    session = play(detector, "ask-to-mentor", "warm", [
        "Ms. Adler, thanks for a minute. Your session on glaze chemistry changed how I fire my kiln.",
        "I'm planning to open a small pottery studio next spring, and I'd love to learn how you priced your classes. "
        "Would you consider mentoring me?"], difficulty="easy")
    reply = session.partner_turns[-1]
    assert "spring" not in reply.lower(), session.partner_turns


def test_review_r53_a_day_that_dates_a_thing_is_no_term() -> None:
    # r53 r12: "It's about your blog post from Tuesday." then "Are you going to do it or not?" got "Yes. From Tuesday.
    # Alright, that's a testable change."
    assert proposal_specifics("It's about your newsletter from Thursday.") is None
    assert proposal_specifics("Could we meet from Thursday on, every week?") is not None


def test_review_r53_days_offered_are_picked_and_a_vague_turn_is_asked_what_it_means(detector: MoveDetector) -> None:
    # r53 r13: "Which day is good for you?" got "From my side, that's a commitment I can actually keep…", and "Monday or
    # Thursday is better for me" got "Good. That's settled, then."; r7: a vague proposal, once the warm persona's lines
    # for vagueness were used, got "Oh. That stings a little…"
    assert question_kind("Thanks! So I ring you next week? Which day is good for you?") == "when-works"
    session = play(detector, "ask-to-mentor", "busy", [
        "Hello, I am Goran, I fix bikes in the shop by the station. I want to ask you something about the business.",
        "Maybe once a month we talk, half an hour, about how to grow the shop?",
        "Okay... so which day? Tuesday or Friday is better for me, after I close."], difficulty="easy")
    assert session.partner_turns[-1].startswith("Tuesday works for me."), session.partner_turns
    session = play(detector, "not-working", "warm", [
        "Hi. Um, so, things are kind of... not how I pictured, I guess?",
        "I dunno, the sessions are nice, but I'm not sure they're... doing the thing?",
        "Like, um, maybe more practical stuff? Or something.",
        "Like, um, maybe we could work on the archive project? Or something."])
    assert not any("stings" in line or "finding this a bit hard" in line for line in session.partner_turns), (
        session.partner_turns)


def test_review_r54_lines_read_as_said(detector: MoveDetector) -> None:
    # r54 r3: "Was it people who couldn't read a budget, or people who lacked the credential itself?" was blame and
    # "That's a fair worry, and I don't want to hit a ceiling either." no listening; r5: "…if not I'll find someone who
    # does." sarcasm; r7: "Concretely, we mostly talk about… what I really struggle with is the restoration work" a
    # proposal the partner said yes to
    assert "blame" not in moves_in(detector, "Was it people who missed deadlines, or people who lacked the degree?")
    assert "acknowledgement" in moves_in(detector, "That's a fair point, and I don't want to stall either.")
    assert "sarcasm" not in moves_in(detector, "Tell me straight, because if not I'll find someone who will.")
    line = "Honestly, we mostly talk about my marketing, but what I really struggle with is the varnish work."
    assert moves_in(detector, line) & {"concrete-proposal", "i-statement"} == {"i-statement"}


def test_review_r54_the_way_it_is_now_and_an_alternative_given_are_never_asked_for(detector: MoveDetector) -> None:
    # r54 r2: "weekly Thursday meeting is becoming very tough for me… every second week…?" got "Weekly Thursday
    # meeting. Fine, that works."; r3 (and r53 r3): "You haven't told me what you'd do instead." after "I'd rather
    # spend those years leading the…programme"
    assert proposal_specifics("The Monday meeting every week is getting really hard for me.") is None
    session = play(detector, "disagree-advice", "skeptical", [
        "Thanks for making time. I've thought about your advice on the MBA, and I see it differently.",
        "The MBA is three years of evenings. I'd rather spend those years running the reptile breeding programme.",
        "I hear that worry. What ceiling have you actually seen, though?"], difficulty="hard")
    assert not any("what you'd do instead" in line for line in session.partner_turns), session.partner_turns


def test_review_r54_an_observation_beside_blame_counts_but_never_for_full_marks(detector: MoveDetector) -> None:
    # r54 r5: "Four times since March. I turned down a job to keep that Friday free… You clearly don't care about
    # this." scored "not shown" (r46/r47 had given such facts full marks)
    session = play(detector, "frequent-cancels", "busy", [
        "Honestly, you've cancelled on me again.",
        "Three times since April. I swapped a shift to keep that Monday free and you cancelled by text an hour "
        "before. You clearly don't care about this."], difficulty="hard")
    observed = next(c for c in session.debrief().criteria if c.name.startswith("Specific observation"))
    assert observed.score == 2 and "charge sheet" in observed.hint, observed


def test_review_r54_a_proposal_named_is_one_and_their_habit_is_no_term(detector: MoveDetector) -> None:
    # r54 r10: "Initials on the board, starting Monday. That is my proposal." and "maybe we put our initials on the
    # shoeing board after each horse" got "Make a proposal."; r11: "your email comes at 11 or 12 at night… you are
    # expecting the reply before 8am meeting" got "On Sunday, before 8am. Okay. I can live with that."
    assert "concrete-proposal" in moves_in(detector, "Names on the rota, from Friday. That is my proposal.")
    assert "concrete-proposal" in moves_in(detector, "And maybe we put our names on the whiteboard after each job.")
    assert "concrete-proposal" not in moves_in(detector, "Maybe we could try something new next time?")
    assert proposal_specifics("Your messages come at midnight, and you are expecting an answer before 7am.") is None
