"""Classes from blind review 91 (19 of 24 sendable on 0c7dcc6): each test names its class and quotes the draft text
that was wrong. Inputs are phrased apart from the review's own."""

from __future__ import annotations

from functools import partial
from typing import Any

from coach.tasks import get_task
from coach.writing import capitalise_names, greeting_name, to_you
from tests.tasks.support import answer_on_the_index, drafted

_draft = partial(drafted, with_subject=True)


def test_a_long_story_whose_trouble_is_one_clause_is_answered_from_its_card(retriever: Any) -> None:
    # review 91 a2: a nine-line story ("…since around summer he always cancels last minute or says 'next week
    # mate'…") got "The guidance I draw on doesn't cover this"
    question = (
        "right so bit of background, I fit kitchens for a living, 12 yrs now, and my old site manager Gareth offered "
        "to mentor me last spring because I want to go self employed. the first few months were brilliant, we met "
        "at the builders merchant cafe and he walked me through how he prices a job, but lately he cancels on the "
        "day or says 'maybe next week' and then nothing, and when we do sit down he mostly talks about his caravan. "
        "I dont want to fall out with him because he knows all the trade and he has helped me loads. should I say "
        "something to him or just find someone else")
    parts = get_task("ask").retrieval_parts({"question": question})
    assert any("cancels on the day" in part for part in parts)
    body, found = answer_on_the_index(retriever, question)
    assert "doesn't cover this" not in body
    assert "raise-frequent-cancellations" in {g.id for g in found}


def test_getting_ready_for_a_first_meeting_opens_on_a_step_before_it(retriever: Any) -> None:
    # "To prepare for a first mentoring meeting, during the meeting, ask for clarification…", and "Review your goals
    # and your notes from last time" for a first meeting
    body, _ = answer_on_the_index(retriever, "how should I prepare for my first mentoring meeting?")
    opening = body.split("\n")[0]
    assert "during the meeting" not in opening.lower() and "last time" not in body


def test_the_persons_she_in_a_typed_effect_is_you_and_what_to_tell_them_to_do_is_the_request() -> None:
    # review 91 g2: "As a result, base didn't know where she was for about 20 minutes", said to Inge; g3: "I want to
    # tell him measure twice paint once" lost for "What would help you with this?"
    body, _ = _draft("feedback", {
        "direction": "give", "person_name": "Marta", "feedback": "Marta is our fastest rigger. but she skips the "
        "harness check on the last lift", "impact": "the crew lead didn't know she was clipped in and stopped the "
        "job", "request": "do the check every lift"})
    assert "didn't know you were clipped in" in body and "she was" not in body
    body, _ = _draft("feedback", {"direction": "give", "person_name": "Joel, my apprentice", "feedback": (
        "his joints are neat now. But he rushes the cutting, doesnt check the angle, so we recut. I want to tell him "
        "check the angle before every cut")})
    assert "check the angle before every cut?" in body
    assert "What would help you with this?" not in body


def test_a_korean_name_is_greeted_whole_and_its_initials_are_the_mentor() -> None:
    # review 91 s5: "Hi Park," for Park Ji-hoon, "JH said apply to…" and "**Park:** Send me your rig"; s4: "Shadow B
    # on route 6" to Brigitte
    assert greeting_name("Kim Min-jun", formal=False) == "Kim Min-jun"
    body, _ = _draft("summary", {"mentor_name": "Choi Seo-jin", "kind": "full", "notes": (
        "1-1 w/ SJ\nSJ said enter the regional contest\nshe will send me her lighting notes\n"
        "me: shadow S at the studio on fri\nSJ: keep the reel under a minute")})
    assert "Hi Choi Seo-jin," in body
    assert "SJ" not in body and "enter the regional contest" in body
    assert "Shadow you at the studio" in body


def test_a_view_with_a_bare_instruction_the_month_may_and_ur_before_an_adjective() -> None:
    # review 91 s1: "you think do it before going solo"; s3: "take it in Oct not may"; o3: "No worries if your flat out"
    body, _ = _draft("summary", {"mentor_name": "Ola Bakare", "kind": "full", "notes": (
        "- insurance: OB thinks get it b4 the first job\n- OB to send me his contract template by mon")})
    assert "I should get it before the first job" in body and "think get it" not in body
    # ("SJ said enter the regional contest, closes end of feb" thanked "your advice to enter… and close end of Feb")
    said = "You said enter the award, closes in march"
    assert to_you("Ana said enter the award, closes in march", "Ana Reis") == said
    assert capitalise_names("sit the exam in nov not may, less busy") == "sit the exam in Nov not May, less busy"
    assert capitalise_names("we may not make it") == "we may not make it"
    body, _ = _draft("outreach", {"mentor_name": "Dai", "why_them": "your name comes up whenever we talk about "
                                  "the new signalling", "goal": "move up to a bigger panel",
                                  "ask": "15 min on teams sometime? no worries if ur snowed "
                                  "under", "channel": "chat", "tone": "casual", "my_name": "Bryn"})
    assert "if you're snowed under" in body


def test_outreach_keeps_a_past_time_in_the_past_and_a_clause_after_an_aside_apart() -> None:
    # review 91 o1: "I've just made chargehand last month"; o4: "…-- especially the part on… -- I read it three
    # times." run on inside "I am writing to you because of…"
    body, _ = _draft("outreach", {
        "mentor_name": "Dr. Alan Reyes", "mentor_context": "runs the avionics shop at a big MRO",
        "why_them": "your talk at the MRO expo on wiring faults -- mostly the bit on chafing -- I took notes on all "
                    "of it", "about_me": "avionics tech 5 yrs, just passed my B2 licence last month",
        "goal": "move into avionics troubleshooting", "ask": "Could I send you 2 short questions by email?",
        "channel": "email", "tone": "formal", "my_name": "Kai"})
    assert "I just passed my B2 licence last month" in body
    assert "— mostly the bit on chafing. I took notes on all of it." in body


def test_a_british_past_opens_an_update_with_its_i() -> None:
    # review 91 p2: "Learnt to use the kiln controller properly, no more cracked pieces." after "I finished…"
    body, _ = _draft("prepare", {"mentor_name": "Rosa", "meeting_minutes": 45, "goals": "pricing my repairs",
                                 "progress": "finished the church door hinge job - took 2 weeks longer than quoted\n"
                                             "learnt to weld cast iron properly, no more cracked welds"})
    assert "I learnt to weld cast iron" in body


def test_review_90_leftovers_where_they_met_is_no_takeaway_and_their_has_its_people() -> None:
    # review 90 s2: "Coffee with you at the V&A cafe." as a takeaway; r2: the reply said "what you said about me
    # accepting their story without photos", with no one for "their" to stand for
    body, _ = _draft("summary", {"mentor_name": "Ines Vidal", "kind": "full", "notes": (
        "lunch w IV at the canteen. She read my grant draft, said the aims are too vague, cut to 2 aims. she'll send "
        "me her old application.")})
    assert "canteen" not in body and "cut to 2 aims" in body
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Mrs. Obi", "feedback": (
        "she said im too soft with the tenants, I accept their excuses without proof")})
    assert "accepting their excuses" not in body


def test_review_89_leftover_a_risk_the_user_wants_to_tell_them_is_said() -> None:
    # review 89 g1: "I want to tell him the client will reject us if this continue." was never said
    body, _ = _draft("feedback", {
        "direction": "give", "person_name": "Noor", "feedback": "Noor is careful and kind with patients, but she "
        "skips the allergy question at check-in. I want to tell her the clinic will get a complaint if this goes on",
        "behaviour": "skipped the allergy question at check-in twice on Monday",
        "impact": "the nurse had to call two patients back", "request": "ask the allergy question every time"})
    assert "the clinic will get a complaint if this goes on" in body


def test_review_89_leftover_initials_with_a_particle_on_a_topic_and_a_lone_quote() -> None:
    # review 89 s3: "You on my digitisation project: don't scan everything…" and a lone bullet "'scan what people will
    # ask for'."
    body, _ = _draft("summary", {"mentor_name": "Dr. Anke van der Berg", "kind": "full", "notes": (
        "AvdB on my thesis plan: dont read everything, map the debate first. 'read for the argument'\n"
        "she'll send me her reading list")})
    assert "You on my thesis plan" not in body
    assert "- 'read for the argument'." not in body and "— 'read for the argument'." in body


def test_review_92_outreach_says_what_they_do_typed_after_they() -> None:
    # review 92 o1/o4/o5: "run the phlebotomy training program at…" left out as fitting "no sentence"; "Your experience
    # as trains new drivers at BKV"; "…in Marmoutier, the voicing of the reed stops especially, I have studied…" spliced
    body, failed = _draft("outreach", {
        "mentor_name": "Dr. Ilona Varga", "mentor_context": "run the wound care clinic at the county hospital",
        "why_them": "your poster on pressure ulcers, the photos of the heel dressings especially, I have used them "
                    "with my team", "about_me": "community nurse 6 years", "goal": "specialise in wound care",
        "ask": "Could I send you 3 short questions by email?", "channel": "email", "tone": "formal", "my_name": "Ana"})
    assert "Since you run the wound care clinic at the county hospital" in body
    assert "because of your poster on pressure ulcers, the photos of the heel dressings especially. I have used them" \
        in body and "reads_well" not in failed
    body, _ = _draft("outreach", {"mentor_name": "Tom Reyes", "mentor_context": "trains new crane drivers at the port",
                                  "why_them": "a colleague says your courses are the best", "goal": "become a trainer",
                                  "ask": "a 20 minute call?", "channel": "email", "tone": "warm", "my_name": "Lev"})
    assert "as trains" not in body and "Since you train new crane drivers at the port" in body


def test_review_92_give_keeps_an_event_as_the_effect_and_prepare_says_what_they_gave() -> None:
    # review 92 g2: "yesterday one child fall from the climbing frame and she did not see" lost, and the rationale
    # said no effect was given; p3: "I read the two papers she gave", said to her
    body, failed = _draft("feedback", {
        "direction": "give", "person_name": "Amani, assistant", "feedback": "Amani is lovely with the residents. but "
        "she use her phone in the lounge during activities, yesterday one resident fall from his chair and she did "
        "not see", "behaviour": "used your phone in the lounge during activities",
        "request": "keep the phone in the staff room"})
    assert "one resident fall from his chair and you did not see" in body and "behaviour_and_impact" not in failed
    body, _ = _draft("prepare", {"mentor_name": "Dr. Rosa Lindqvist", "meeting_minutes": 30,
                                 "goals": "pass the ventilation course", "progress": "Read the three papers she sent. "
                                 "Shadowed the night team twice."})
    assert "the three papers you sent" in body


def test_review_92_summary_reads_where_it_was_what_it_stands_for_and_im_to() -> None:
    # review 92 s5: "One thing that really stuck with me: great session at the yard."; s4: "your advice to do it w/
    # instructor" with what "it" was left behind, and "**Me:** I'm to book sim session"
    body, _ = _draft("summary", {"mentor_name": "Mr. Ole Berg", "kind": "thanks", "notes": (
        "great session at the boatyard. Ole showed me how to scarf the planks. He'll lend me his bevel gauge.")})
    assert "boatyard" not in body and "scarf the planks" in body
    body, _ = _draft("summary", {"mentor_name": "Capt. Ada Moen", "kind": "full", "notes": (
        "- talked about stall recovery - she said do it w/ instructor till it's dull\n- I'm to book sim session for "
        "next week\n- her tip: never fly tired")})
    assert "your advice to do it" not in body and "I'm to book" not in body and "Book sim session" in body


def test_review_92_received_keeps_a_things_own_verb() -> None:
    # review 92 r3: "fast but fast is no good" became "fast are no good"
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Dai", "feedback": (
        "foreman says im fast but fast is no use if it leaks")})
    assert "fast is no use" in body



def test_review_93_a_half_day_a_trade_learned_and_whose_words_a_point_is() -> None:
    # review 93 o1: time_boxed failed "for a half day" and "I'm a Cooper apprentice"; fr3: "…smoothest in the team he
    # says." and reads_well failed "hit the hedge a bit hard"; fr2: "too slow to set up the machine" lost
    body, failed = _draft("outreach", {
        "mentor_name": "Mr. Liam Byrne", "why_them": "your talk on oak staves at the craft fair", "about_me": "cooper "
        "apprentice, 2 yrs in", "goal": "open a cask repair shop", "ask": "could I visit your yard for a half day and "
        "watch?", "channel": "email", "tone": "warm", "my_name": "Eoin"})
    assert "time_boxed" not in failed and "Cooper apprentice" not in body
    body, failed = _draft("feedback", {"direction": "received", "person_name": "Anke, chief pilot", "feedback": (
        "she said I am too slow to do the pre-flight checks, and last flight we hit the runway a bit hard. but my "
        "radio calls are the clearest in the team she says")})
    assert "Your pace when doing the pre-flight checks." in body
    assert "she says" not in body and "reads_well" not in failed


def test_review_93_what_the_user_wants_to_say_about_theirs_and_an_off_record_aside() -> None:
    # review 93 fg2: "I want to say her the meeting is also her place" dropped; s5: "asked if she'd ever go back to TV -
    # long story, off record" sent as "Asked if you'd ever go back to TV."
    body, _ = _draft("feedback", {
        "direction": "give", "person_name": "Lena", "feedback": "Lena is careful and her reports are clean. but in the "
        "meetings she never speak. I want to say her the meeting is also her place", "behaviour": "stayed silent in "
        "the last three team meetings", "impact": "we decided without her data", "request": "share one point in the "
        "meeting itself"})
    assert "The meeting is also your place." in body
    body, _ = _draft("summary", {"mentor_name": "Dana", "kind": "full", "notes": (
        "mtg w D re: my pitch. D: cut the intro, get to the guest fast. i'll re-edit the demo by fri. she'll send it "
        "to the producer. she said my voice is fine. asked if she'd ever go back to radio - long story, off record")})
    assert "radio" not in body and "Re-edit the demo" in body
