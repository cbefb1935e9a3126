"""Urgency as concepts combined over an account (bot/parser/risk.py, risk_concepts.yaml).

Table-driven: each concept is recognised in several wordings and not when negated, historic,
hypothetical or resolved; each combination alerts and its single concepts do not; an urgent
account still alerts when moved into a forwarded part, a PS, an attachment or a meeting reply's
comment, and no negated, historic or hypothetical variant of it alerts."""
from __future__ import annotations

from datetime import date
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.parser import risk
from bot.parser.urgency import assess, assess_parts, describes_no_real_child

TODAY = date(2026, 12, 4)


def concepts(sentence: str) -> set[str]:
    return set(risk.tag(sentence, TODAY).concepts)


@pytest.mark.parametrize("concept,sentence", [
    ("harm", "Two small circular burns on her forearm."),
    ("harm", "Nursery noticed a torn upper frenulum."),
    ("harm", "X-ray shows a metaphyseal fracture of the tibia."),
    ("harm", "There is fingertip bruising on his upper arm."),
    ("harm", "Non-blanching petechiae around both eyes."),
    ("harm", "She has a bite mark on her shoulder."),
    ("harm", "Mum's boyfriend hits me with a belt."),
    ("harm", "A blistered mark on the back of Ruby's left hand, the shape of the tip of an iron."),
    ("harm", "X-rays show two healing posterior rib fractures."),
    ("harm", "The nursery manager thinks it could be a cigarette burn."),
    ("sexual", "She said daddy put his hand in her knickers."),
    ("sexual", "He told her 'uncle touches my willy'."),
    ("sexual", "She has been sending naked pictures to a man she met online."),
    ("disclosure", "He told his teacher what happened."),
    ("disclosure", "She disclosed to the school nurse."),
    ("vulnerable", "The baby is seven weeks old."),
    ("vulnerable", "Leo is 2 years old."),
    ("vulnerable", "An 11-month-old boy."),
    ("vulnerable", "Her toddler was in the pushchair."),
    ("access", "He is going home with dad."),
    ("access", "Stepdad is collecting her from school."),
    ("access", "Dad has her tonight for contact."),
    ("access", "He has moved back into the family home."),
    ("alone", "The children were left on their own in the flat."),
    ("alone", "The toddler is home alone."),
    ("alone", "There is no adult in the house."),
    ("now", "This is happening tonight."),
    ("now", "He is due at 3:15."),
    ("fresh", "The bruise was not there on Friday."),
    ("fresh", "It happened last night."),
    ("unexplained", "Mum has no explanation for the injury."),
    ("unexplained", "The account does not fit the injury."),
    ("incapacitated", "Mum is unconscious on the sofa."),
    ("incapacitated", "Dad cannot be woken."),
    ("substance", "Mum is using heroin."),
    ("unreachable", "Mum's phone is switched off."),
    ("threat", "He has threatened to kill the baby."),
    ("threat", "He is in breach of his bail conditions."),
    ("violence", "Dad punched mum in the kitchen."),
    ("exploitation", "He was seen getting into a car with older men."),
    ("selfharm", "She tried to hang herself."),
    ("fear", "She is terrified to go home."),
])
def test_each_concept_in_plain_words(concept, sentence):
    assert concept in concepts(sentence), sentence


@pytest.mark.parametrize("concept,sentence", [
    ("harm", "No bruises or marks were seen."),
    ("harm", "If he were to hit her, mum would call the police."),
    ("harm", "In 2023 he had a fractured wrist."),
    ("harm", "The burn was explained as an accident with the iron and seen by the GP who was satisfied."),
    ("harm", "The bruise six weeks ago has healed."),
    ("sexual", "She did not say anyone had touched her private parts."),
    ("access", "Dad has no contact and is not collecting her."),
    ("alone", "The children were never left alone."),
    ("incapacitated", "Mum has not been drunk since she left rehab in 2024."),
    ("threat", "He has never threatened the children."),
    ("harm", "Signs of abuse include a baby with bruising to the face."),
    ("substance", "Dad was under the influence at pick-up twice this term."),
    ("harm", "Full skin check: no other bruises, marks or injuries."),
    ("harm", "A bruise to the forehead after a fall against a coffee table, witnessed by nursery staff."),
    ("harm", "A non-accidental injury was queried and the skeletal survey was clear."),
    ("harm", "- if he hits her again, mum will call the police."),
])
def test_a_concept_is_not_live_when_negated_historic_hypothetical_resolved_or_an_example(concept, sentence):
    assert concept not in concepts(sentence), sentence


COMBINATIONS = [
    # (urgent account, one of its concepts alone that is not urgent)
    ("Ellie has a burn on her hand. She is going home with mum's partner.", "She is going home with mum's partner."),
    ("Leo has a bruise to his cheek and is going home today with dad.", "Leo is going home today with dad."),
    ("He has a torn frenulum and mum cannot explain it.", "Mum cannot explain why the form is late."),
    ("The toddler has fingertip bruising.", "The toddler started nursery."),
    ("She said 'daddy touches my front bottom'. Dad has her tonight.", "Dad has her tonight."),
    ("The 3 year old was left alone in the flat.", "The 3 year old goes to nursery."),
    ("The children are home alone and mum is not answering her phone.", "Mum is not answering her phone."),
    ("Mum is passed out and the baby is with her.", "The baby is with her."),
    ("Dad is smoking crack and is the only adult at home right now with the baby.", "Dad is the only adult at home."),
    ("He has a knife and is at the house with the children now.", "He is at the house with the children."),
    ("She is terrified to go home tonight.", "She is at school."),
    ("Dad punched mum last night in front of the kids.", "Dad and mum argue."),
    # a seriously unwell baby, in a health visitor's words
    ("The 12-week-old is floppy with a sunken fontanelle.", "The 12-week-old is at home."),
    ("Baby has not fed since yesterday lunchtime and parents declined A&E.", "Baby has a new cot."),
    ("Her toddler was lethargic and hard to rouse.", "Her toddler was tired after nursery."),
    # the child's own words of night-time visits and secrets
    ("Jade's nan says he has been coming into her bedroom at night. Mum is on nights again tonight.",
     "Mum is on nights again tonight."),
    ("He told Jade it was their secret. He has her tonight.", "He has her tonight."),
    ("Daisy told me her brother does rude things to her under the covers.", "Daisy told me her brother is annoying."),
    # a child left asleep while the only adult popped out, nobody answering
    ("Lacey was left asleep on the settee when he popped out at about 14:45.", "He popped out for milk."),
    ("Nobody else is at the address and the EDT number rang out. The 2 year old is in the flat.",
     "The EDT number rang out."),
    # a child afraid to go home, in the words children and nans use
    ("She begged her nan not to send her home after school today.", "She went home after school."),
    ("i dont want to go home at 4. its just me and him tonight", "i am going home at 4."),
    # something put into a child's feed or tube, and the adult taking the child home
    ("Staff saw mum put something from a brown bottle into Leah's gastrostomy. Mum is taking Leah home at 5pm today.",
     "Mum is taking Leah home at 5pm today."),
    ("She saw dad squirt a liquid into the baby's bottle. He has her tonight.", "He has her tonight."),
]


@pytest.mark.parametrize("urgent,alone", COMBINATIONS)
def test_a_combination_alerts_and_its_parts_alone_do_not(urgent, alone):
    assert assess(urgent, today=TODAY)[0], urgent
    assert not assess(alone, today=TODAY)[0], alone


def test_every_combination_names_known_concepts():
    v = risk.vocabulary()
    assert v.combinations and all(c <= v.concepts.keys() for c in v.combinations)


URGENT = [c[0] for c in COMBINATIONS]
# Variants that must never alert: the same account negated, historic, hypothetical or resolved.
VARIANTS = [
    lambda s: "There is no suggestion that anything like this is happening.",
    lambda s: "In 2019, before the family moved, a worry of this kind was investigated, NFA.",
    lambda s: "Nothing has happened; if it ever did, mum knows to call 999.",
    lambda s: "Examples of immediate risk include: " + s.lower(),
]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(URGENT), st.sampled_from(VARIANTS))
def test_no_negated_historic_hypothetical_or_example_variant_alerts(urgent, variant):
    assert not assess(variant(urgent), today=TODAY)[0]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(URGENT), st.sampled_from(["forward", "ps", "attachment", "comment", "quoted"]))
def test_an_urgent_account_alerts_in_any_part_of_the_message(urgent, where):
    intro = "Hi, please see the paperwork for the TAF next week. Thanks, Sam"
    parts = {
        "forward": [intro, "---------- Forwarded message ---------\nFrom: Health Visitor\n\n" + urgent],
        "ps": [intro + "\n\nPS " + urgent],
        "attachment": [intro, "", "Referral form\nDetails of concern: " + urgent],
        "comment": ["Declined: TAF meeting", "", "", urgent],
        "quoted": [intro, "On Tue, Kim wrote:\n> " + urgent.replace(". ", ".\n> ")],
    }[where]
    assert assess_parts(parts, today=TODAY)[0], (where, urgent)


EXAMPLES = "Examples of immediate risk include a baby with bruising going home to the person who hurt them."


@pytest.mark.parametrize("subject,text,bulk,names,expected", [
    ("Safeguarding bulletin: December", EXAMPLES, False, [], True),
    ("Reminder: what counts as an immediate risk", EXAMPLES, False, [], True),
    ("Step up - Leo Hart", "", True, ["Leo Hart"], False),   # a real child on a bulk-flagged mail
    ("TAF minutes", "", True, [], True),                     # list mail naming nobody
    ("Worried about the baby next door", "He is alone tonight.", False, [], False),
    ("Reminder: TAF tomorrow", "The baby has a burn and goes home with dad.", False, [], False),
])
def test_mail_about_no_real_child(subject, text, bulk, names, expected):
    assert describes_no_real_child(subject=subject, text=text, bulk=bulk, child_names=names) is expected


@pytest.mark.parametrize("text", [
    "Noor knows how to call 999 and has a code word with her aunt.",
    "Mum will ring the police if he comes back.",
])
def test_a_plan_to_call_for_help_is_not_a_report(text):
    assert not assess(text, today=TODAY)[0]


def test_a_later_check_that_finds_nothing_answers_the_earlier_worry():
    assert not assess("School raised a concern on Monday that Leo had a mark on his neck. The nurse checked "
                      "him today: no marks seen at all, and he denied anyone had hurt him.", today=TODAY)[0]
    # ... but "no other marks" adds to it
    assert assess("Leo has a burn on his hand. No other marks were found. He goes home with dad tonight.",
                  today=TODAY)[0]


@pytest.mark.parametrize("text", [
    "The young mum at number 14 went out about 6 in a taxi and her car is gone. I can hear the baby screaming.",
    "Mum was on the sofa and I couldn't wake her. There was foil and a lighter on the table. "
    "Her sister is there now. Then I spoke to the health visitor. The baby is 4 months old.",
    "He texted: after I have them tonight you won't see Tilly or Harvey again.",
    "She says she must send them back to God tonight.",
])
def test_more_ways_an_immediate_risk_is_told(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "Police took Aria into police protection at 16:40.",
    "All three were dealt with overnight by police/EDT and have already been through this morning's strategy discussion.",
])
def test_an_account_closed_by_police_protection_or_a_strategy_discussion_is_not_an_alert(text):
    assert not assess("Bruising to both ears of a baby. " + text, today=TODAY)[0], text


def test_a_wrong_charset_negation_is_still_a_negation():
    assert not assess("She doesnâ€™t have any bruises and nobody has hurt her today.", today=TODAY)[0]


def test_the_evidence_is_the_sentences_that_show_the_risk():
    urgent, why = assess("Thanks for the form. Mia has two burns on her arm. Thanks again. "
                         "She is going home to mum's partner at 3pm.", today=TODAY)
    assert urgent and "burns" in why and "going home" in why and "Thanks for the form" not in why


def _eml(**headers) -> bytes:
    msg = EmailMessage()
    for k, v in headers.items():
        msg[k.replace("_", "-")] = v
    msg.set_content("Hi,\n\nLeo (2) has a torn frenulum and no explanation was given. "
                    "He goes home with mum's boyfriend at 3:15 today.\n\nSam")
    return msg.as_bytes()


@pytest.mark.parametrize("headers", [
    {"Auto_Submitted": "auto-forwarded"},                       # a human's forward, flagged automatic
    {"Precedence": "bulk", "Subject": "RE: Leo"},               # bulk on a reply
    {"From": "no-reply@portal.example.gov.uk"},                 # a portal's no-reply sender
])
def test_mail_that_looks_automatic_is_still_read_for_risk(headers):
    from bot.parser import parse_message
    from bot.policy import load_pack
    from tests.test_policy_packs import CONFIG

    base = {"From": "Sam Jones <sam@example.org.uk>", "To": "knowsleymash@knowsley.gov.uk",
            "Subject": "Leo", "Message_ID": "<auto-1@example.org.uk>", "Date": "Fri, 04 Dec 2026 09:00:00 +0000"}
    raw = _eml(**{**base, **headers})
    pack = load_pack(CONFIG / "authorities" / "knowsley.yaml")
    res = parse_message(raw, pack=pack, authority="knowsley", mailbox="mash_step_up", now=None,
                        max_attachment_bytes=2**20, own_addresses=set(), calendar=None)
    assert res.contract.urgent is True
    assert res.contract.next_action == "alert_duty"


# Issue 12, after risk5: concepts a duty social worker reads that the vocabulary lacked.
@pytest.mark.parametrize("concept,sentence", [
    ("birth", "She is 39+4 weeks pregnant."),
    ("birth", "Mum has been having contractions since lunchtime."),
    ("birth", "She went into labour at 6am."),
    ("birth", "Her waters have broken."),
    ("offender", "Dad is a Schedule 1 offender."),
    ("offender", "Her partner is a registered sex offender."),
    ("offender", "He is managed under MAPPA level 2."),
    ("honour", "The girls are to be cut during the trip."),
    ("honour", "Mum said they want her circumcised."),
    ("honour", "She is being forced to marry her cousin."),
    ("travel", "The tickets are already booked."),
    ("travel", "They are flying out on Thursday."),
    ("travel", "Grandmother is taking the girls to Mogadishu."),
    ("harm", "He swallowed some of dad's methadone."),
    ("harm", "Drowsy, with pinpoint pupils."),
    ("harm", "She said 'Ryan did smack'."),
    ("unreachable", "Mum's mobile is off."),
    ("order", "Licence: no contact with under-18s."),
    ("access", "Dad was in the kitchen when I arrived."),
    ("access", "Dad has taken the baby from nursery."),
    ("threat", "He says he'll jump off the bridge with him."),
    ("exploitation", "The olders told him to carry a package."),
    ("exploitation", "He owes them money for the weed."),
])
def test_each_new_concept_in_plain_words(concept, sentence):
    assert concept in concepts(sentence), sentence


@pytest.mark.parametrize("concept,sentence", [
    ("harm", "Leo says \"nobody hurt me, I was going too fast\"."),
    ("incapacitated", "Mum has stopped taking her medication."),
    ("incapacitated", "She takes her tablets every morning."),
    ("harm", "I will be at a CP medical for another family tomorrow."),
])
def test_new_concepts_are_not_read_where_they_do_not_apply(concept, sentence):
    assert concept not in concepts(sentence), sentence


NEW_COMBINATIONS = [
    ("Chloe is 39 weeks pregnant and in labour at home. She told me she used heroin on Wednesday.",
     "Chloe is 39 weeks pregnant and well supported by the midwife."),
    ("Dad is a Schedule 1 offender. He says he is going home to see the kids tonight.",
     "Dad is a Schedule 1 offender and lives in Bristol with no contact."),
    ("Grandmother is taking the girls to Hargeisa on Thursday to be cut; the tickets are bought.",
     "Grandmother is taking the girls to Hargeisa on Thursday for a wedding."),
    ("Dad has taken the baby from nursery and says he'll jump off the bridge with him.",
     "Dad has taken the baby to nursery."),
]


@pytest.mark.parametrize("urgent,alone", NEW_COMBINATIONS)
def test_a_new_combination_alerts_and_its_parts_alone_do_not(urgent, alone):
    assert assess(urgent, today=TODAY)[0], urgent
    assert not assess(alone, today=TODAY)[0], alone


@pytest.mark.parametrize("text", [
    "need sum1 2 ring me re Kai 2nite. the olders told him 2 go 2 the station at 10 2nite w a blade 4 them",
    "pls ring asap, the olders r making him carry 4 them 2nite, he's w them rn",
])
def test_text_speak_is_read_as_plain_english(text):
    assert assess(text, today=TODAY)[0], text


def test_text_speak_decoding_leaves_ordinary_prose_alone():
    # "aged 4 for now" is not text-speak: one mark is not enough to decode "4" as "for"
    assert "aged 4 years" in urgency_text("Sam is aged 4 years and thriving at nursery.")


def urgency_text(text: str) -> str:
    from bot.parser.text import textspeak
    return textspeak(text)


def test_a_table_row_is_one_entry_dated_by_its_first_cell():
    old = ("Date | Source | Event | Outcome\n"
           "02/03/2023 | Police | Mum found unconscious; Tia (9) alone with her. Police protection used. | s47\n")
    today = ("Date | Source | Event\n"
             "04/12/2026 09:40 | Nursery | Esme has bruising round both eyes. Esme said 'Ryan did smack'. "
             "Ryan is collecting her at 12:00 today. | Nursery rang\n")
    assert not assess(old, today=TODAY)[0]
    assert assess(today, today=TODAY)[0]


def test_an_old_quoted_message_is_told_of_the_past_and_its_headers_are_not_read():
    quoted = ("Thanks, we'll pick this up at the review.\n\n"
              "From: Emergency Duty Team <edt@example.gov.uk>\nSent: 14 February 2026 22:10\n"
              "Subject: Kai missing\n\nKai is missing tonight and was seen getting into a car with older men.")
    assert not assess_parts(["Re: Kai", quoted], today=TODAY)[0]
    fresh = quoted.replace("14 February 2026", "4 December 2026")
    assert assess_parts(["Re: Kai", fresh], today=TODAY)[0]


def test_a_reply_subject_counts_only_the_words_the_writer_added():
    from bot.parser.urgency import message_parts
    history = "From: Nasreen\nSubject: [SB-th-97] Step down Khan - Mosaic 1469930\n\nStep-down request for Amir."
    parts = message_parts(subject="RE: [SB-th-97] Step down Khan - Mosaic 1469930 - dad has taken baby Zayn from "
                          "nursery and says he'll jump off the bridge with him", new_text="", history=history, today=TODAY)
    assert assess_parts(parts, today=TODAY)[0]
    assert parts[0].strip().startswith("dad has taken baby")


def test_a_newer_message_that_says_the_risk_is_over_is_believed():
    from bot.parser.urgency import message_parts
    history = "On 3 December 2026, at 22:41, Bev wrote:\n> Jade is missing tonight with an older man in a car."
    over = message_parts(subject="Re: Jade missing tonight with adult male", new_text="she's back, police arrested him at 3am",
                         history=history, today=TODAY)
    assert not assess_parts(over, today=TODAY)[0]
    still = message_parts(subject="Re: Jade missing tonight with adult male", new_text="still no word, her phone is off",
                          history=history, today=TODAY)
    assert assess_parts(still, today=TODAY)[0]


def test_an_unticked_box_is_not_a_statement():
    form = "Concerns: ☐ Physical harm | ☐ Sexual harm | ☒ Neglect\nShe told school there is no food at weekends."
    assert not assess(form, today=TODAY)[0]


def test_a_pattern_told_as_past_is_not_happening_now():
    assert not assess("Police attended twice in May after he turned up drunk and threatened her.", today=TODAY)[0]
    assert assess("He turned up drunk tonight and threatened her with a knife.", today=TODAY)[0]


# --- issue 12, after risk7's first contact: general rules, each in several wordings -----------

@pytest.mark.parametrize("text", [
    # a parent's stated intention to kill the children (and themselves) stands alone
    "She told me there's enough tablets for all three of us.",
    "Dad said he is going to kill the kids tonight.",
    "Mum keeps saying she will kill herself and the children.",
    "He says he has pills for all four of us and nobody will split us up.",
    # exploitation told with the night it happened
    "Police found her this morning in a flat with two men in their late 20s.",
    "She came home at 5am and said a man in his mid 30s got her a new phone last night.",
    # honour-based abuse in the words families use, with travel
    "Grandmother will make sure they are purified. The flights are booked for Saturday.",
    "My auntie said we will have the thing done when we get there. Mum booked the tickets.",
    "They want her to become a clean girl like her sister; the tickets are for Thursday and she flies out to Somalia.",
])
def test_more_immediate_risks_in_plain_words(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    # the writer closes the account further on: the adult is held, someone who can act is there
    "Last night dad turned up drunk and kicked the door in. Police arrested him at the scene and he "
    "has been remanded in custody. The children are with their grandparents.",
    "Dad was shouting and kicked the bedroom door off its hinges. The police are here now and have arrested dad.",
    "Baby has a blue-grey mark on his lower back. The GP says it is a Mongolian blue spot.",
    "She came to club last night with a bruise on her cheek. Both of us saw the bike accident on Sunday.",
    "Mum's partner hit her last night while the children were upstairs. He was charged and remanded in custody. "
    "No action is needed from MASH today.",
])
def test_an_account_the_writer_closes_is_not_an_alarm(text):
    assert not assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    # ... but a risk told after the closing sentence is read afresh
    "Dad hit mum last night and was arrested at the scene. He was released this morning and is back home with the baby.",
    "The bruise was a birthmark. Since then she has told her teacher that daddy hits her with a belt and she is scared to go home.",
])
def test_a_risk_told_after_the_closing_sentence_still_alerts(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("subject,text,names,expected", [
    ("Threats to kill - tenant", "Our tenant was grabbed by the throat. There are no children in the household.", (), True),
    ("Young person (18) missing overnight", "She turned 18 in March and has no children and isn't pregnant.", (), True),
    ("Adult safeguarding?", "Is this one for adult social care? Her son (6) lives with her.", (), False),
    ("Concern", "There are no children's services involved yet but the baby has a burn.", (), False),
    ("INSET scenarios", "These are all made-up examples for training - none of them is a real child.", (), True),
    ("Question", "Tell me what to do: this is not a made-up example, Leo is at home with a burn.", (), False),
])
def test_mail_about_an_adult_only_or_made_up_children(subject, text, names, expected):
    assert describes_no_real_child(subject=subject, text=text, bulk=False, child_names=names) is expected


@pytest.mark.parametrize("text,urgent", [
    ("SECTION 5 - IMMEDIATE RISK", False),
    ("Immediate risk?", False),
    ("Contact to MASH (step up) - immediate risk: No - Harper", False),
    ("Immediate risk: N/A", False),
    ("Is there immediate risk? Yes - dad is at the house now and has a knife.", True),
    ("I believe the children are at immediate risk tonight.", True),
])
def test_a_form_label_is_not_a_statement_of_immediate_risk(text, urgent):
    assert assess(text, today=TODAY)[0] is urgent, text


# Session of 5 December 2026 (afternoon): rules found general after risk8's misses — each told in
# several wordings, none lifted from one mail.
@pytest.mark.parametrize("text", [
    # a carer hearing a voice, and alone with the children tonight
    "Dad says he hears a voice telling him to hurt the baby. Mum works nights, so he will be alone with both children tonight.",
    "She has been hearing voices again and is alone with the twins this evening.",
    # a threat against "you and the kids", made on the day of a release
    "He was let out this afternoon and has texted that he will 'do you and the kids' before the weekend.",
    "Her ex was released from prison today and messaged that he'll get her and the children.",
    # a speaker's own "I will" after a condition is a threat
    "If you lot take her off me I'll take us both off the bridge.",
    "Mum said if they take the baby she will jump off the car park with her.",
    # abuse linked to faith or belief, tonight, or with marks
    "The aunt says he is a witch and the pastor is coming tonight for the deliverance.",
    "They held her head down on the floor to cast out the spirit; I saw finger marks on her arm.",
    # a child heard inside and no one answering the door
    "No answer at the door. I could hear the baby crying inside for ten minutes.",
    "We heard a toddler screaming in the flat. Mum's phone goes straight to voicemail.",
    # a man convicted of harming the child, or barred from the children by an order, back in the home
    "She has let him move back in from tonight. He was convicted in 2024 of assaulting her son.",
    "Mum told me he is staying there from tonight. He has had a restraining order not to contact the children since 2025.",
])
def test_more_immediate_risks_found_in_general_rules(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    # a limb swollen, pain when moved, in a baby whose development rules out the explanation
    "Her right forearm was visibly swollen and she screamed whenever it was touched. She is 5 months old and not yet rolling.",
    "The 4-month-old cries out whenever his leg is moved; his thigh is swollen. Mum says he rolled off the bed.",
    # parents refusing to take a baby to hospital
    "I asked them to take her to A&E today and they refused. Baby is 10 weeks old and floppy.",
])
def test_signs_of_an_injury_in_a_baby_that_cannot_move_yet(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    # an adult's account of her own childhood is non-recent
    "A client of 40 has disclosed that she was sexually abused between the ages of 8 and 12 by her uncle.",
    "He told me that as a child he was beaten by his stepfather.",
    # an agency passing on news is not the child's disclosure
    "Probation have told us his release date is in March. Kian has said he is scared of his dad coming back.",
    # a strategy discussion held, an injury found consistent with the child's own account
    "A strategy discussion was held the same day and police treated it as an immediate risk of significant harm.",
    "The medical found the bruising consistent with Harvey's own account of falling off his bike.",
    # a conditional that is advice, not a threat; belief words with no child harmed and nothing tonight
    "If you are worried that a child may be harmed tonight, ring the duty line.",
    "The family are Pentecostal and go to a deliverance church on Sundays; the children enjoy Sunday school.",
    # a baby heard crying, and mum answered
    "I heard the baby crying inside. Mum answered after a minute and let me in; the baby was hungry and settled with a bottle.",
    # a conviction for harming an adult, years ago, with no access now
    "Dad was convicted in 2019 of assaulting a neighbour.",
    # a phrase named, not used; police protection still in place
    'Staff were not sure whether a disclosure like that counts as "immediate risk" or as a step-up.',
    'Can you explain what the term "significant harm" means for our newer staff?',
    "Hypothetically: if, in a TAF, a child says their dad hits them and they are scared to go home tonight, what do we do?",
    "Imagine a child tells you tonight that her stepdad hurts her: who do you ring?",
    "Police protection remains in place and the aunt's home has been checked.",
    # a day and month with no year dates the account ("at our visit on 19/11", today 4 December)
    "She had a black eye at our visit on 19/11. Mum has let him move back in despite telling us he had left.",
])
def test_general_rules_do_not_alarm_where_they_do_not_apply(text):
    assert not assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    # the writer's own conclusion closes the account told before it
    'She told her TA this morning "daddy hit me". She meant a tennis ball in the garden. We are satisfied it was an accident.',
    "Jack came in with a bruise on his cheek today. I'm satisfied that the bruise was accidental; mum explained it at drop-off.",
    # a month named as last year's is history, in the phrase reading as in the concepts
    "Background only: last April he was threatened with a knife by an older boy on the estate.",
])
def test_an_account_the_writer_concludes_or_dates_as_history_is_not_an_alarm(text):
    assert not assess(text, today=TODAY)[0], text


def test_mum_saying_it_was_an_accident_does_not_close_the_account():
    text = 'She told her TA this morning "daddy hit me" and has a bruise on her cheek. Mum says it was an accident.'
    assert assess(text, today=TODAY)[0]


@pytest.mark.parametrize("text", [
    # the people who act have acted: an EDT plan agreed, another council's CP enquiry and visit under way
    "She was admitted with bruising to both ears. The EDT social worker came to the ward and agreed a safety plan with us.",
    "Aisha came into school with a burn from an iron. Essex have taken it as a child protection referral and their "
    "duty social worker and the police are visiting the home this afternoon.",
    # "at the moment" about paperwork is not the child's situation now
    "His licence conditions are still being drafted at the moment. Kian has said he is scared of his dad coming back.",
])
def test_an_account_already_acted_on_or_about_paperwork_is_not_an_alarm(text):
    assert not assess(text, today=TODAY)[0], text


def test_a_visit_planned_for_later_does_not_close_a_risk_now():
    text = ("Aisha came into school with a burn from an iron and says dad did it. Dad is collecting her at 3:15. "
            "A social worker will visit next week.")
    assert assess(text, today=TODAY)[0]


# -- risk10 first contact (2026-12-05): general rules behind its two misses and four false alarms --

@pytest.mark.parametrize("text", [
    # county-lines shorthand: a line, going out of area on a train today, a debt, an organised group
    "Kyle (15) has been running for the \"KB\" line since Easter. He owes the full £1,400 as tax. "
    "Told he is going OOA on the 4 o'clock from Lime Street for a shift in Barrow.",
    # what others will do if the child does not comply is a threat, whatever its "if" and "doesn't"
    "If he doesn't go they will smash the windows and hurt his little sister Macy (7) tonight.",
    "They said if she tells anyone they'll hurt her brother - he is at home with them now.",
    # a baby shaken, told by name, unwell since and alone with the adult tomorrow
    "Last Saturday I saw Ross shake Elodie hard - her head went backwards and forwards. Elodie (11 weeks) has been "
    "very sleepy and sick after her feeds since Sunday.",
])
def test_immediate_risks_told_in_shorthand_threats_and_a_shaken_baby(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    # a sentence that denies all it goes on to say
    "Nor is it the case that Kian (3) was left unsupervised at home: the call was about another flat.",
    "It is not the case that the baby was left alone last night.",
    # the writer dates what was told before to an old incident
    "Dad hit Leo with a belt and he had marks all over his back, police were called. "
    "[RB: this is the incident of 14 June 2025, which led to the s47. Nothing like it has happened since.]",
    # a blank form: unanswered questions and the form's name are not statements
    "Is this still the right form? - Immediate Risk Screening (blank)\n"
    "1. Is the child at immediate risk of significant harm today or tonight?   YES / NO\n"
    "3. Injury observed? (location, size, colour): ____________________",
    # a case review's learning, anonymised, in seasons of a past year
    "Child H was 9 months old. In autumn 2025 Child H was brought to ED with a spiral fracture.",
    # "a bit" in quoted words is not "bit"
    "Talked it through with mum yesterday - she says she \"uses a bit to sleep\". The children are at school.",
])
def test_denials_old_incidents_blank_forms_and_past_seasons_are_not_alarms(text):
    assert not assess(text, today=TODAY)[0], text


def test_an_anonymised_learning_summary_is_about_no_real_child():
    assert describes_no_real_child(subject="Practice forum pre-read", bulk=False, child_names=(),
                                   text="Please find attached the anonymised learning summary from the Rapid Review.")
    assert not describes_no_real_child(subject="Step up", bulk=False, child_names=(),
                                       text="Please find attached the case summary for the family.")


# -- mixed11 first contact (2026-12-05): its three false alarms, as general rules --

@pytest.mark.parametrize("text", [
    # a pattern of episodes, not a child missing now
    "Since October Tobias (15) has been going missing overnight and coming back with new clothes and cash.",
    # the plot of a programme the child watched
    "Mia (6) is frightened at night. In the episode a girl is snatched from outside her school and a man with "
    "a knife breaks into the family's home.",
    # an out-of-hours handover of what was dealt with, signed by the team
    "01:55 EDT SW spoke to mum by phone; mum and the children went to nan's for the night by agreement. "
    "OUTCOME: return home interview to be requested by MASH; nothing further for EDT.\n\nRay Fairhurst\n"
    "Emergency Duty Team, Knowsley Council",
])
def test_patterns_programmes_and_handovers_already_dealt_with_are_not_alarms(text):
    assert not assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "Josh (15) has been missing since 7pm last night and is not answering his phone.",
    "I'm calling 999 now - dad is at the door and the children are inside.",
    "I have contacted the Emergency Duty Team because mum is unconscious and Leo (2) is alone with her.",
])
def test_a_child_missing_now_and_a_call_made_still_alert(text):
    assert assess(text, today=TODAY)[0], text


# --- issue 12, after mixed12's first contact: general rules, each in several wordings ---------

@pytest.mark.parametrize("urgent,alone", [
    # a carer in despair, a baby, and the carer out of reach: each pair alone is not an emergency
    ('She said she\'d "had enough now" and took the baby with her. Her phone has gone to voicemail since.',
     'She said she\'d "had enough now" and the baby was crying all night. Dad is home with them.'),
    ("Dad said he can't go on any more and has left with the 6-week-old. He isn't answering his phone.",
     "Dad said he can't go on any more with the 6-week-old's crying, and we talked about a Home-Start volunteer."),
    ('Mum kept saying she was "going to be with her late mum", and has gone out with the toddler. Her mobile is off.',
     'Mum kept saying she was "going to be with her late mum" at the cemetery on Sunday; she is seeing her GP.'),
])
def test_a_carer_in_despair_with_a_young_child_out_of_reach_alerts(urgent, alone):
    assert assess(urgent, today=TODAY)[0], urgent
    assert not assess(alone, today=TODAY)[0], alone


@pytest.mark.parametrize("text", [
    "Dean has a conviction for assaulting a child and is staying over with them till the weekend.",
    "He has convictions for cruelty to a child. Mum says he is moving in tonight.",
    "He is banned from having contact with children. He was at the house with both girls when I left this morning.",
    "The man with the restriction on contact with children is living at the house now.",
])
def test_an_adult_barred_from_children_who_is_with_them_now_alerts(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "There is nothing at all to suggest Tyler is at risk of sexual harm, and mum has told me about her own past.",
    "There's no evidence to suggest she has been sexually abused; she told me she feels safe.",
    "Nothing suggests the bruise was caused by anyone; he is going home with dad today.",
])
def test_nothing_to_suggest_denies_what_follows(text):
    assert not assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text,urgent", [
    ("School gave his EpiPen and called 999 as his care plan says; mum met them at the hospital.", False),
    ("She had a seizure in class and staff called 999; the epilepsy plan was followed.", False),
    ("Staff called 999 after he had an asthma attack at lunch; he is being kept in overnight.", False),
    ("Mum's boyfriend punched him and staff called 999; he is asthmatic and struggling to breathe.", True),
])
def test_999_for_a_known_medical_condition_is_not_a_child_protection_alert(text, urgent):
    assert assess(text, today=TODAY)[0] is urgent, text


@pytest.mark.parametrize("text", [
    "Mum's stepfather has been beating her mother in Sylhet; she is now staying with her uncle.",
    "He hit her mum in the street and the police were called to the pub.",
])
def test_an_adult_hit_is_not_harm_to_the_child(text):
    assert "harm" not in concepts(text), text


def test_a_follow_up_that_says_the_risk_is_in_hand_is_believed_over_the_form_it_sends():
    from bot.parser.urgency import message_parts
    form = "Dad hit Hamdi with a belt last night and says he will do it again tonight."
    acted = message_parts(subject="Form", new_text="Here is the form. The police and social worker came to school "
                          "yesterday and the strategy meeting is tomorrow; she is with her aunt.",
                          history="", attachments=[form], today=TODAY)
    assert not assess_parts(acted, today=TODAY)[0]
    plain = message_parts(subject="Form", new_text="Here is the form.", history="", attachments=[form], today=TODAY)
    assert assess_parts(plain, today=TODAY)[0]


@pytest.mark.parametrize("text,urgent", [
    ("Mum's stepfather has been beating her mother for years, and last week he threatened to kill her.", False),
    ("He hit his wife in the car park and threatened to kill him too, her brother says.", True),
    ("Mum said Jade's dad threatened to kill her.", True),                 # her: mum or Jade - unsure, so alert
    ("Ellie told her teacher that her stepdad threatened to kill her if she told.", True),
    ("Dad threatened to kill her tonight.", True),
])
def test_a_threat_to_an_adult_the_sentence_names_is_not_a_threat_to_the_child(text, urgent):
    assert assess(text, today=TODAY)[0] is urgent, text


# --- issue 12, after mixed13's first contact ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "he hit mason with the dogs lead last nite and theres blood on his back through his tshirt.",
    "my dad hit me with a belt lastnight n there's blood on my leg".replace("lastnight", "last nyt"),
])
def test_last_nite_is_last_night(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "Date\tEvent\n03/2029\tFreddie (8 weeks) admitted with a skull fracture. Police protection; both children placed with grandmother.",
    "In March 2029 Freddie was admitted with a skull fracture and police protection was used.",
])
def test_a_chronology_dated_by_month_and_year_is_the_past(text):
    assert not assess(text, today=date(2031, 10, 20))[0], text


def test_a_month_and_year_this_month_is_not_the_past():
    assert assess("10/2031\tBaby Freddie has a skull fracture nobody can explain; dad is at home with him.", today=date(2031, 10, 20))[0]


@pytest.mark.parametrize("text,urgent", [
    ("For completeness, because it will show on the police log: officers attended after a silent 999 call from mum's mobile.", False),
    ("For the record: police were called to the house on Saturday after a 999 call.", False),
    ("Police were called to the house after a 999 call; dad was shouting and the children were screaming.", True),
])
def test_old_news_set_down_for_the_file_is_not_an_alert(text, urgent):
    assert assess(text, today=TODAY)[0] is urgent, text


def test_an_assault_on_a_worker_that_police_have_charged_is_closed():
    text = ("Jade was assaulted at a home visit on a different case last Wednesday - a parent punched her and she has "
            "a fractured cheekbone. The police have charged him.")
    assert not assess(text, today=TODAY)[0]
    assert assess(text.replace(" The police have charged him.", ""), today=TODAY)[0]   # unsure: alert


@pytest.mark.parametrize("row,urgent", [
    ("Question | Yes | No\nIs any child at immediate risk of significant harm? | ☐ | ☑", False),
    ("Question | Yes | No\nIs any child at immediate risk of significant harm? | ☑ | ☐\nDad hit Ilyas with a belt last night.", True),
])
def test_a_yes_no_row_answered_no_is_not_a_statement(row, urgent):
    assert assess(row, today=TODAY)[0] is urgent, row


# mixed14 first contact: a child's treatment refused with the child unwell now; a sentence served
# for harming a baby; a trafficked child; an abuser back at the flat.
@pytest.mark.parametrize("concept,sentence", [
    ("care_refused", "Mum took him home and wouldn't take him to A&E."),
    ("care_refused", "Dad has refused to take her to hospital."),
    ("care_refused", "She hasn't sent his insulin pen in to school."),
    ("care_refused", "They have stopped giving her medication."),
    ("care_refused", "With ketones that high he needs to be in hospital today."),
    ("offender", "He served five years for causing grievous bodily harm to a six-week-old baby."),
    ("offender", "He was jailed in 2019 for cruelty to a child."),
    ("offender", "His licence says he must not live in a household with children."),
    ("exploitation", "Police found a boy locked in an upstairs room."),
    ("exploitation", "The house was being used to grow cannabis."),
    ("exploitation", "He says he \"owes\" £20,000 for the journey."),
    ("exploitation", "She was not allowed to leave the house."),
    ("exploitation", "He was brought here hidden in a lorry."),
    ("exploitation", "We believe she has been trafficked."),
    ("access", "Dean has been back at the flat since Saturday."),
    ("access", "He's still there now."),
])
def test_more_concepts_in_plain_words(concept, sentence):
    assert concept in concepts(sentence), sentence


@pytest.mark.parametrize("concept,sentence", [
    ("care_refused", "She needs to be in hospital for her appointment next week."),
    ("care_refused", "Mum collects his insulin every month."),
    ("offender", "He served two years for burglary."),
    ("exploitation", "She keeps her bike locked in the shed."),
])
def test_more_concepts_are_not_read_where_they_do_not_apply(concept, sentence):
    assert concept not in concepts(sentence), sentence


MORE_COMBINATIONS = [
    ("Zak (9) has type 1 diabetes; he's been sick 3 times n is really drowsy. Mum took him home n wouldnt "
     "take him to A&E.",
     "Zak (9) has type 1 diabetes and mum brings his insulin in every Monday."),
    ("Wayne served five years for causing grievous bodily harm to a six-week-old baby. He is minding "
     "Kenzie and Lola today.",
     "Wayne served five years for causing grievous bodily harm to a six-week-old baby. He lives in Leeds and "
     "has no contact."),
    ("Officers found a 15-year-old boy locked in an upstairs room used to grow cannabis this morning.",
     "The training covers how children are trafficked and held in cannabis farms."),
]


@pytest.mark.parametrize("urgent,alone", MORE_COMBINATIONS)
def test_more_combinations_alert_and_their_parts_alone_do_not(urgent, alone):
    assert assess(urgent, today=TODAY)[0], urgent
    assert not assess(alone, today=TODAY)[0], alone


# mixed16 first contact: a question looked into, a stance against, an episode over.
@pytest.mark.parametrize("text", [
    "The school DSL asked me to check for any forced marriage or FGM concerns because of the length of the trip.",
    "Mum and dad are both clear that they are against FGM; I gave mum the Statement Opposing FGM.",
    "Kai became subject to a CIN plan in April after he was found in Portsmouth with a knife, having been "
    "missing for three days.",
    "Courtney was reported missing at 23:15 last night. Police found her safe and well at 07:40 this morning.",
])
def test_questions_stances_and_episodes_over_are_not_alerts(text):
    assert not assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "Courtney has been missing since 23:15 last night and nobody knows where she is.",
    "Mum says the girls will be cut while they are in Somalia this summer; they fly on Saturday.",
])
def test_the_same_risks_told_as_happening_still_alert(text):
    assert assess(text, today=TODAY)[0], text


def test_a_safety_plan_resting_on_someone_who_leaves_now_no_longer_closes_the_account():
    told = ("Mum told the health visitor she has thoughts of ending her life and that \"the twins would be better off "
            "coming with me\". The twins are 12 weeks old. A safety plan was agreed that maternal grandmother, "
            "Mrs Grace Obeng, stays at the flat and is with mum and the babies at all times.")
    assert not assess(told, today=TODAY)[0]
    assert assess(told + " Mrs Obeng flies back to Accra this afternoon for a funeral.", today=TODAY)[0]
    assert not assess(told + " Mrs Obeng is staying until the review next week.", today=TODAY)[0]


# --- issue 12, after mixed17's and mixed18's first contact: general rules, several wordings each --

@pytest.mark.parametrize("text", [
    # no adult in the home, with a baby or a toddler
    "No adult was present in the property. An infant of about 12 months was in a cot.",
    "The toddler was found without an adult present.",
    "No parent was at home and the baby was crying upstairs.",
    # the carer left the baby with someone and has not come back
    "Mum left the baby with her friend on Friday night and hasn't come back.",
    "She left her 3 month old with a neighbour yesterday and never came back.",
    # a baby's feed run out or replaced
    "The baby is 6 weeks old; they have run out of formula and she is giving him water with sugar in.",
    "Her sister is looking after the newborn and has been feeding her sugary water.",
    # bailed or under investigation for harming a child, with access to children now
    "Dad is on bail with a condition not to have unsupervised contact with any child. He is looking after them tonight.",
    "Her partner is under investigation for assaulting a 4-year-old boy and collected the children from school today.",
])
def test_more_immediate_risks_told_by_what_is_missing_or_who_is_there(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    # what someone found is an observation, not a missing child found
    "The infant was found to be soaked through and crying. No adult was present.",
    "The baby was found alone in the flat this afternoon.",
])
def test_found_as_an_observation_does_not_close_the_account(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    # the reason for a sanction already given
    "He has been excluded for carrying a knife in school. He is at home with dad today.",
    "She was suspended for bringing a blade into college; she is back on Monday.",
    "He was cautioned for possession of a knife last month. Mum is with him today.",
    # a concept's words naming a record or a service
    "Police have added a CSE marker. She has been home every night this week and is in school today.",
    "The DV worker is visiting mum today.",
    "An exploitation screening tool was completed in school this morning.",
    # an accident recorded as one
    "She had a bruise on her forehead on Monday. She tripped at nursery and staff rang mum straight away "
    "and recorded it on the nursery's accident form.",
    # a bail or order condition is not an example of "any child"
    "A serious case review found that any child can be at risk. No concerns about this family today.",
    # the baby's feed is fine, or ran out in the past
    "On my visit last month she had run out of formula but the health visitor sorted a food bank voucher.",
])
def test_more_accounts_that_are_not_an_immediate_risk(text):
    assert not assess(text, today=TODAY)[0], text


def test_a_child_under_five_by_stated_age_makes_a_carer_who_cannot_care_an_emergency():
    from bot.parser.pipeline import run
    raw = ("From: Margaret <nan@example.org>\nTo: mash@example.gov.uk\nSubject: my grandchildren\n"
           "Message-ID: <a@b>\nDate: Wed, 10 Jan 2035 07:05:00 +0000\n\n"
           "My grandchildren, Alfie Whitlock (8) and Rosie Whitlock (2), live with their mum.\n\n"
           "Alfie rang me at ten to seven this morning. He was whispering. He said mum is on the kitchen "
           "floor and she won't wake up properly.\n").encode()
    kw = dict(pack=None, authority="richmond_wandsworth", mailbox="step_up", max_attachment_bytes=10**7,
              own_addresses=(), calendar=None)
    from datetime import datetime, timezone
    res = run(raw, now=datetime(2035, 1, 10, 7, 10, tzinfo=timezone.utc), **kw)
    assert res.contract.urgent
    older = raw.replace(b"Rosie Whitlock (2)", b"Rosie Whitlock (12)")
    assert not run(older, now=datetime(2035, 1, 10, 7, 10, tzinfo=timezone.utc), **kw).contract.urgent


# --- issue 12, after mixed19's and mixed20's first contact: general rules, several wordings each --

@pytest.mark.parametrize("text", [
    # made to carry drugs, now
    "They want me to take this to Plymouth today on the 11.10 from Paignton.",
    "He said the olders told him to carry a bag to Exeter this afternoon.",
    "She sent a photo of twenty small wraps. The train is in an hour.",
    # a threat by where the family lives, now
    "They said they know where my mum lives. He has gone with them this afternoon.",
    # the carer gone, nobody known to be caring for them
    "They have not seen their mum since Sunday evening. We have rung her mobile four times and it goes to voicemail.",
    "The children do not know who will be at the flat tonight.",
    # a carer who cannot care, asleep by drink, with toddlers
    "The twins (DOB 02/03/2037, 16 months) are at home with dad. In the last photo he is asleep on the sofa with an "
    "empty vodka bottle on the floor next to him.",
    "Zayd | 10 months | at home. Mum passed out on the floor next to two empty cans at lunchtime.",
    # an order that began before today, broken today
    "When I got to the house at 4 today he was in the kitchen. He's on bail not to go to the address after he put "
    "mum in hospital in April.",
    "Dad isn't supposed to have them on his own. They are at home with him this afternoon.",
])
def test_immediate_risks_told_by_what_happens_next(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    # an order still to come is not one in force
    "She collected them at 6.45 and they will live with her for now. Police tell me dad won't be released today "
    "and there will be bail conditions.",
    # a team's practice questions, said not to be about a live case
    "Not about a live case! Some scenarios for our team session. A baby of 4 months with a bruise on her ear and "
    "no explanation. Phone MASH immediately?",
    # the police have seen the missing child since
    "Mum rang at 9.30pm: Lily hasn't come home and her phone goes straight to voicemail. I've let EDT know. "
    "Police did the safe and well check at 07:55 and she is in bed.",
])
def test_more_accounts_that_are_over_or_about_no_real_child(text):
    from bot.parser.urgency import assess_parts, describes_no_real_child
    generic = describes_no_real_child(subject="Question", text=text, bulk=False)
    assert not assess_parts([text], today=TODAY, generic=generic)[0], text


def test_a_quoted_chain_is_read_in_the_order_it_happened():
    """Mail quotes the newest message first: "she came home at 07:20" answers the older "she hasn't
    come home", which it follows once the chain is told oldest first."""
    from bot.parser.text import oldest_first
    from bot.parser.urgency import assess_parts
    chain = ("From: Ferreira, Dominic <d@example.gov.uk>\nSent: 10 March 2037 08:41\nSubject: RE: Lily\n"
             "Jasper - update. Lily came home at 07:20 this morning. She's eaten and gone to bed.\n\n"
             "From: Ferreira, Dominic <d@example.gov.uk>\nSent: 09 March 2037 21:50\nSubject: Lily\n"
             "Mum rang at 9.30pm: Lily hasn't come home from school and her phone goes straight to voicemail.\n")
    told = oldest_first(chain)
    assert told.index("hasn't come home") < told.index("came home at 07:20")
    assert not assess_parts([told], child_names=["Lily Marchbank"], today=date(2037, 3, 10))[0]
    # one message alone is as written; a chain too long to take apart is read as written, whole
    assert oldest_first("Mum rang at 9.30pm.") == "Mum rang at 9.30pm."
    long = "".join(f"From: A <a@example.gov.uk>\nSent: {d} March 2037 08:41\nSubject: RE: Lily\nMessage {d}.\n\n"
                   for d in range(1, 26))
    assert oldest_first(long) == long


@pytest.mark.parametrize("text,names", [
    # the child's own words, passed on: not going home, a threat to kill them
    ('Kyla messaged me at 16:41: "im not going home tonight. he said hell kill me"', ()),
    ("Jordan rang from the park - I'm not going back home tonight, he'll hurt me if I do.", ()),
    # a named child not back, however the sentence runs
    ("Jayden Coombe (DOB 02/05/2026), who is 14, left the house at 16:10 yesterday and has not come back.",
     ("Jayden Coombe",)),
    ("Re: Amira Shah - not back since yesterday afternoon", ("Amira Shah",)),
    # a sex offender moving in, told as the sentence he served or the licence that forbids it
    ("He was released on licence in October after a sentence for the sexual assault of a 13-year-old girl. "
     "He is moving in with her and the girls this Saturday.", ()),
    ("Probation say his licence does not allow him to live in a household with children. He moved in last night.", ()),
    ("Dad was convicted of shaking his daughter from a previous relationship. He is moving in with mum and the "
     "baby from tonight.", ()),
    # the carer gives the children up and goes, and cannot be reached
    ('She put both children in my car, said "they\'re yours now", and walked off. She has not answered her phone since.', ()),
    ("Mum walked off towards town leaving the kids with the removal men. She hasn't picked up since.", ()),
    # a document's lines broken where the page broke them
    ("Uncle Tariq is\nsleeping at ours again and he's getting us from school today. He is the\nrelative the family "
     "court ordered must not live with the children.", ()),
    # the adult coming back "to finish it", with a key
    ('She says Ryan has texted that he\'ll be back tonight "to finish it", and he still has a key.', ()),
])
def test_immediate_risks_in_the_words_of_todays_held_out_sets(text, names):
    from bot.parser.text import unwrap
    assert assess(unwrap(text, document=True), child_names=names, today=TODAY)[0], text


@pytest.mark.parametrize("text,names", [
    # a quoted example in a form, every sentence of it
    ('EXAMPLE - delete before sending: "Dad has told mum he will kill her if she calls the police. The baby has a '
     'bruise nobody can explain." Write the worries in the family\'s own words.', ()),
    ('For example: "He hit me tonight. I am scared to go home." Use the child\'s words.', ()),
    # a missing person who is an adult
    ("Their brother Connor (DOB 02/12/2007) turned 18 last month. He has been missing since yesterday afternoon.",
     ()),
    # the account closed by the people who can act
    ("PPN: he punched her in the kitchen at 14:10; the children were in the living room. Officer's view: risk "
     "reduced - suspect in custody.", ()),
    ("Ellie said \"Daddy hit Mummy with a stick\" at nursery on Friday. She was retelling the Punch and Judy show; "
     "nursery and I are satisfied there is nothing in it.", ()),
    ("Police attended at 15:00 and he was taken away. EDT agreed nothing more is needed tonight.", ()),
    # a child's earlier years, and a pattern that has begun
    ("When Kieran was in Year 5 he disclosed that his step-father had sexually abused him; it was investigated.", ()),
    ("Ștefan (11) has started refusing to go home after school.", ()),
    # an earlier missing episode's end is not this one's
    ("Mia Lowe was due back at 9pm and has not come back. The last two times she went missing she was found in "
     "Exeter.", ("Mia Lowe",)),
])
def test_not_immediate_risks_in_the_words_of_todays_held_out_sets(text, names):
    urgent = assess(text, child_names=names, today=TODAY)[0]
    if "Mia Lowe" in text:
        assert urgent, text  # still missing: the earlier episodes' "found" does not close this one
    else:
        assert not urgent, text


@pytest.mark.parametrize("text", [
    "Here is this month's case-law summary. It is for learning only: nothing here is about any child or family we "
    "are working with. A four-month-old with fractures of different ages.",
    "It is a composite and anonymised - it is NOT a live case. Baby B has a bruise on the ear and the partner "
    "collects at 16:30.",
])
def test_learning_material_is_about_no_real_child(text):
    assert describes_no_real_child(subject="For Thursday", text=text, bulk=False)


@pytest.mark.parametrize("text", [
    # grooming: the adult's flattery and secrecy, and a collection planned for today
    'She told me "Rich is picking me up after school to go to his flat". He tells her she is mature for her age '
    'and that she must not tell her mum.',
    "Kayden says Dean is collecting him from school to go to a party. Dean told him not to tell his dad.",
])
def test_grooming_with_a_collection_today_is_an_immediate_risk(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    'The storyline with Courtney telling her friend the man "is picking me up after school to go to his flat" '
    "was really well done.",
    "He is mature for his age and she tells her mum everything.",
])
def test_grooming_words_in_a_story_or_a_compliment_are_not(text):
    assert not assess(text, today=TODAY)[0], text


def test_a_childs_earlier_years_and_an_adults_age_are_not_read_from_lengths_of_time():
    from bot.parser.text import HISTORIC
    from bot.parser.urgency import _ADULT_NOW
    assert HISTORIC.search("When Kieran was in Year 5 he disclosed it.") and HISTORIC.search("when she was 8")
    assert not HISTORIC.search("When she was 10 minutes late, he hit her.")
    assert _ADULT_NOW.search("Connor turned 18 last month.") and not _ADULT_NOW.search("Mum is now 20 weeks pregnant.")


# Round 7 (blind sets mixed28-30, after first contact): a child put out of the home by name of the
# act, a carer gone for the night, a warning of what is coming, a parent taking the child where
# nobody will find them, and mail typed all in capitals; and what is none of these.
@pytest.mark.parametrize("text", [
    "dads girlfriend has locked me out again and dad isnt answering his phone. she said im not coming back in tonight",
    "Jordan Morgan (11) just texted me: mum has gone to Birmingham for the night with her new boyfriend and left him "
    "with Tayla Morgan, who is 2. Mum isn't answering me.",
    "Mum just texted: 'he's got a key cut, he says he's coming round at 8 tonight and I'll be sorry'",
    'Dad did not bring Leo back from contact. Last night he posted "starting our new life, you\'ll never find us".',
    "MUM SAYS KACEY HASNT BEEN HOME SINCE LAST NIGHT AND HER PHONE IS OFF. ITS DARK NOW AND NOBODY KNOWS WHERE SHE IS",
])
def test_immediate_risks_of_round_7(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "dad moved out 2 yrs ago and hes never been back, nobody hits anybody in our house and no one is in danger.",
    "Police were told at 7am but nobody in CSC has picked this up yet.",
    "He locked himself out of his email account again.",
    "Mum is going away for the weekend; the children are staying with their nan, who looks after them well.",
])
def test_not_immediate_risks_of_round_7(text):
    assert not assess(text, today=TODAY)[0], text


def test_a_form_marked_fictional_is_about_no_real_child():
    text = ("It is a fictional training case written for the course: no real child or family is described.\n"
            "Child | Child A, aged 4 (fictional)\nWhat happened | Nursery saw bruising to Child A's face.")
    assert describes_no_real_child(subject="Training: refresher", text=text, bulk=False)
    assert not describes_no_real_child(subject="Video", text="No real person is named in the lyrics; Kaiden wrote them.",
                                       bulk=False, child_names=["Kaiden Rowe"])


def test_a_line_typed_in_capitals_is_read_in_sentence_case():
    from bot.parser.text import unshout
    assert unshout("MUM SAYS KACEY HASNT BEEN HOME. I DONT KNOW") == "Mum says kacey hasnt been home. I dont know"
    assert unshout("Normal text with MASH and EDT in it.") == "Normal text with MASH and EDT in it."


# Round 8 (blind sets mixed31-33, after first contact): online harms in young people's own words,
# a chat pasted with its times read as one account, a child shut out on a landing, children in bed
# with a carer who has taken her tablets; and what is none of these.
@pytest.mark.parametrize("text", [
    '"this girl on insta got me to send pics and now they\'re saying send 500 quid by 9 tonight or it goes to '
    'everyone at school". He left at 3.15 to "sort it" and has not answered since.',
    "Her friend Lacey, who is 13, has been talking to a lad called Jay on Snapchat. He says he is 17 but his "
    "pictures look a lot older. Jay: you still coming tonight. Jay: don't bring your phone babe",
    "An older boy he met on a Roblox Discord server is picking him up from the school gate at 3.30 today.",
    "Ella-Rose Dyer 14 - gone to meet a man from Snapchat, left at 7, not back, phone off",
    '"he\'s sat outside school in the white car again" "he said if i don\'t get in at lunch he\'s putting the pics on '
    'the group chat" "he\'s like 30"',
    "[16:20] miss\n[16:22] my mans said i gotta do a run tonight to the ops end.\n[16:23] i dont want to\n"
    "[16:24] they know where my nan lives",
    "The little girl downstairs, she's about 4, has been on the landing in just a t-shirt since 8 o'clock, banging "
    "on her own front door. It's 2C out tonight.",
    "I've took all my tablets and the rest of the vodka and I just want to sleep now. Harper and Jenson are in bed.",
])
def test_immediate_risks_of_round_8(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "If you are worried that a pupil is at immediate risk of harm please contact our DSL, Mr P. Rourke, on 0151 496 "
    "0880, or call 999 in an emergency.",
    "School: Tyler hungry on Mondays; PE kit missing for five weeks.",
    'You will see the school\'s CPOMS note in the MARF about a message he sent in a Fortnite chat ("bro im gonna '
    'kill u tmrw fr, ur dead"). It was about the game.',
    "We took photos of the school trip and will post the pictures of the trip on the website tonight.",
])
def test_not_immediate_risks_of_round_8(text):
    assert not assess(text, today=TODAY)[0], text


def test_an_audit_of_an_anonymised_case_and_a_newsletter_named_in_passing():
    assert describes_no_real_child(subject="Practice audit - Child R (closed case, anonymised)",
                                   text="2048: online grooming; immediate risk not recognised for 11 days.", bulk=False)
    assert not describes_no_real_child(subject="the little girl downstairs",
                                       text="I found this address on the school newsletter.\nShe is on the landing.",
                                       bulk=False)


# Round 9 (blind sets mixed34-36, after first contact): a carer held by the police is why the
# children are alone, not the end of it; a release today, a recall with the man not yet found, the
# children taken into the house; belief-based harm and children kept in a room; a 14-year-old taken
# to "graft"; and what is none of these.
@pytest.mark.parametrize("text", [
    "C Price remanded - her kids Mason (6) and Lexi (2) have been on their own at 3 Mill Street since 8am, nobody "
    "has collected them",
    "Mr Trewin was recalled to custody on Saturday for breach of his licence, but he has not been arrested yet. "
    "He was seen at 7.40 this morning taking the boys into the house and Ms Trewin's phone is off.",
    "He says the girls have something in them that he has to get out before morning, he's been praying over them "
    "since lunchtime and he won't let them out of the bedroom. Mum isn't answering.",
    'Kyle messaged her 20 minutes ago saying "T" is picking him up at 6 tonight to go "up Blackpool to graft".',
    "Lee was arrested last night after Jodie was taken to hospital with a broken jaw. He was released at 2pm today, "
    "NFA'd because Jodie won't give a statement. Kian and Maisie were collected from nursery by Lee at 3.30 and are "
    "at the flat with him.",
])
def test_immediate_risks_of_round_9(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "History, as it will come up: Poppy attended ED with a # R clavicle. ?NAI was raised at triage because of a "
    "delayed presentation. The CP medical concluded the injury was consistent with the described fall; the s47 "
    "was closed with no further action.",
    "Worries are dad's drinking (he is now with Turning Point) and Sian missing school to look after her sister.",
    "Her solicitor's letter is attached - she wants the CIN plan to end with no further involvement.",
])
def test_not_immediate_risks_of_round_9(text):
    assert not assess(text, today=TODAY)[0], text


# Round 10 (blind sets mixed37-39, after first contact): children found alone in a non-native
# writer's words; the man she fled has found the refuge; a short-breaks carer's account of what a
# child showed her; a baby's fractures told by a worker who is with that family; a man inside the
# flat against a non-molestation order; a child's voicemail that mum won't wake; a child reported
# missing yesterday and not found; a worker "back at her desk" is not the child back.
@pytest.mark.parametrize("text", [
    "Inside I find the two children of Mr and Mrs Stoica alone: Ionut Stoica, 3 years, and Daria Stoica, 1 year and half.",
    'He has a non-molestation order against him. At 12.40 today another resident showed us a post on his Facebook: '
    'a photo of our front door and the words "found you, see you soon".',
    'This afternoon when I was helping her in the bath she pointed between her legs and said "Tony does that. '
    'It hurts." Tony will pick Poppy-Grace up from mine at 7 tonight.',
    "I'm at the County Hospital with another family - baby Nia Lloyd, 7 weeks, has a skull fracture and two older "
    "rib fractures and neither parent can say how.",
    "I came for the 3 o'clock visit and Kerry-Ann's ex, Lee, is inside - I saw him through the window. He's not "
    "meant to be anywhere near her, there's a non-mol.",
    'Ruby told me in her voicemail: "mum won\'t wake up she\'s on the sofa and there\'s loads of empty packets of her '
    'tablets on the floor"',
])
def test_immediate_risks_of_round_10(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "My heart is bleeding, she was the best in the class and now she is in danger to lose the whole year.",
    "She went to hospital by ambulance with a member of staff, was observed and was discharged to mum at 06:30. "
    "Injuries: Small graze to her chin from the bedrail padding.",
    "At my last three visits he has smelt of alcohol in the morning. Little Lee told me he makes the tea most nights.",
    "The police call-out on Saturday was about another family at the same address - a man with a knife.",
])
def test_not_immediate_risks_of_round_10(text):
    assert not assess(text, today=TODAY)[0], text


def test_a_child_reported_missing_days_ago_is_missing_now_until_found():
    text = ("(4) Sun 11:05 - Police. Kezia Hill, 15, reported missing by mum at 11:00 Sunday. Last seen Saturday "
            "22:40 getting into a car with a man in his twenties. Phone off since midnight. NOT FOUND at handover. "
            "I last spoke to mum at 07:15 - still no word.")
    found = text.replace("NOT FOUND at handover. I last spoke to mum at 07:15 - still no word.",
                         "She was found safe at 06:10 and is home.")
    today = TODAY
    assert assess(text, child_names=["Kezia Hill"], today=today)[0]
    assert not assess(found, child_names=["Kezia Hill"], today=today)[0]


def test_a_worker_back_at_her_desk_does_not_close_the_forwarded_account():
    from bot.parser.urgency import message_parts
    parts = message_parts(subject="FW: Joao - can't go home tonight",
                          new_text="Kemi's note is below. The case summary will follow once she's back at her desk.",
                          history="From: Kemi\nSent: 7 February\n\nMr Teixeira pushed him into the door last night "
                                  "(there's a bruise on his cheekbone). Joao won't go back and has nowhere to sleep tonight.",
                          today=TODAY)
    assert parts[1].strip(), "the forwarded note is still read"


# Round 11 (blind sets mixed40-42, after first contact): a 14-year-old's adult boyfriend waiting
# outside; and what is not an immediate risk: sleeves pushed up, a story's plot, a forwarded
# training pack whose people are fictional, an accident in someone else's accident book, a child
# at home and safe, a quoted disclosure the new text says was another child's.
def test_an_adult_boyfriend_waiting_outside_is_an_immediate_risk():
    text = ("She told me her boyfriend is called Dean and he is 31. He was waiting outside for her in a silver Audi "
            "and she left with him at 11.05.")
    assert assess(text, today=TODAY)[0]


@pytest.mark.parametrize("text", [
    "On Tuesday one of our tutors noticed scars on the forearm of a pupil, Maya (13), when she pushed her sleeves up. "
    "I spoke to her mum at collection.",
    "Her story is in the first person, about a girl whose stepfather hits her and locks her in a cupboard. I asked her "
    "about it at the end of the session (her mum was in the kitchen).",
    "This morning one of my minded children, Theo (3), arrived with a bruise on his shin. His mum showed me the entry in "
    "the soft play's accident book. The bruise is exactly where you'd expect from a fall.",
    "Liam went missing on Sunday and police found him at 6.10am on Monday with two older males. He is at home with mum "
    "now and is safe.",
])
def test_not_immediate_risks_of_round_11(text):
    assert not assess(text, today=TODAY)[0], text


def test_a_forwarded_part_that_says_its_people_are_fictional_is_not_read_for_risk():
    from bot.parser.urgency import assess_parts
    pack = ("The evening is built around three case studies. All names and details are fictional and are used for "
            "training only.\n\nJack arrives at training with bruises on both arms and tells his coach \"dad did it\". "
            "Dad is waiting in the car park to take him home.")
    assert not assess_parts(["Would anyone be able to come to the workshop?", pack], today=TODAY)[0]
    assert assess_parts(["Would anyone be able to come?", pack.split("\n\n")[1]], today=TODAY)[0]


def test_a_quoted_account_the_new_text_says_was_another_childs_is_not_read():
    from bot.parser.urgency import message_parts
    parts = message_parts(subject="RE: Step up - Nia", history="Nia told her teacher today that her mum's boyfriend "
                          "touches her private parts when mum is at work.",
                          new_text="Please withdraw this step-up request. The disclosure on Friday was made by a "
                                   "different girl in Nia's class - the teacher mixed up the two surnames.", today=TODAY)
    assert not "".join(parts[1:]).strip()


# Round 12 (blind sets mixed43-45, after first contact): a pregnant girl kept in a flat; a child's
# disclosure in a CPOMS record with the man living with them; a stepdad trying to pull a child into
# his car with a baby to "get"; an overdose counted in tablets; a boy held in a cuckooed flat till he
# pays a debt; a stab wound in ED; and what is not: a conviction on record, a form question answered
# no, an adult detained under section 2, a growth chart, a man in his twenties stabbed, "sectioned
# before" is no closure of tonight's threat.
@pytest.mark.parametrize("text", [
    "its tahmina this is my friends fone. i'm at kash's flat he took my fone and keys and won't let me go out. he says "
    "if i go to the scan they'll take the baby off me.",
    'She said "Mummy\'s friend Craig smacked me because I wet the bed". Craig has been living with them for a month.',
    "Her stepdad turned up at the gate at lunch and tried to pull her into his car - he drove off shouting that he's "
    "going to get the baby.",
    "She came in at 6am by ambulance after taking about 30 paracetamol last night.",
    'He says the lads have taken his phone and told him he\'s not leaving till he\'s "paid back" what he lost. He said '
    '"they\'ve got a blade".',
    "Hassan, 16, came into ED at 16:50 with a stab wound to the back of his right thigh.",
    'My ex just text me "after I have them tonight you won\'t see Tilly or Harvey again". He has been sectioned before.',
])
def test_immediate_risks_of_round_12(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "Mr Sparkes has a 2058 conviction for threats to kill a former partner; he has had no contact with the children "
    "since 2059 and lives in Spain.",
    "Type of request: Step up. Is there an immediate child protection concern?: No",
    "On Saturday night Tegan told her sister she wanted to harm herself and the baby. She is now detained under section "
    "2 on the ward. Isla-Rose is safe with her grandmother; there are no immediate safety concerns for her today.",
    "No food in the house on 3 of 5 visits; Alfie-Ray's weight has fallen below the 9th centile and he has nappy rash.",
    "Jake (16) came to the Housing desk at 10am today saying he had nowhere to stay. We have placed him at the YMCA "
    "supported lodgings for tonight and the weekend (staffed 24 hours).",
])
def test_not_immediate_risks_of_round_12(text):
    assert not assess(text, today=TODAY)[0], text


def test_an_alert_about_an_adult_victim_in_named_places_is_about_no_real_child():
    from bot.parser.urgency import describes_no_real_child
    text = ("Following a stabbing on Roman Road at about 19:30 yesterday, in which a man in his twenties was injured, "
            "police have authorised a Section 60 order for Bow and Mile End tonight.")
    assert describes_no_real_child(subject="Section 60 tonight - Bow and Mile End", text=text, bulk=False)
    assert not describes_no_real_child(subject="Stabbing", text=text.replace("a man in his twenties", "a boy of 15"),
                                       bulk=False)


# Round 13 (blind sets mixed46-48, after first contact): dangers in the home itself (fumes from a
# generator in a shut awning, no heat or power with a baby or a child unwell from the cold, a smoke
# alarm taken down), a child unwell in plain words with the care not sought, a father who won't
# give the baby back, a mother's delusion about her baby; and what is not.
@pytest.mark.parametrize("text", [
    "Dad has been running a petrol generator inside the awning with the door zipped shut. The awning smelt of fumes. "
    "Both children were pale, said they had headaches, and Tyson had been sick twice in the night.",
    "The electric has been off since Saturday - the key meter ran out. Oliwia (14 weeks) was cold to touch and her "
    "hands and feet were mottled.",
    "It was as cold inside as out. Delilah's lips were blue and she was shivering and whimpering.",
    "Her hand is blistered and weeping. Nobody has looked at it. The co-ordinator says she is very quiet and hot to touch.",
    "Kacey arrived at school vomiting, breathing very fast and deep; her meter just reads HI. Her insulin pens ran out "
    "on Tuesday and mum's phone is off.",
    "he's got ruby in the car and won't give her back he says i'm never seeing her again. i'm locked in the bathroom",
    "She told me Alfie (9 weeks) 'isn't mine, they swapped him at the hospital' and that 'he needs to go back to the "
    "water tonight'.",
])
def test_immediate_risks_of_round_13(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "The school said there is a holiday club but everything is still in Stacey's name not mine, and I have no money "
    "until the Child Benefit is changed over tonight.",
    'Anaïs switched her phone off "to make a point" and stayed at her friend\'s tonight.',
    "Kai didn't come back from his friend's yesterday afternoon and nobody has seen him since 6pm. He was found at 7am "
    "and is home now.",
])
def test_not_immediate_risks_of_round_13(text):
    assert not assess(text, today=TODAY)[0], text


def test_a_parents_wish_to_be_left_alone_is_not_a_child_alone():
    from bot.parser import risk
    said = 'She has said no - she doesn\'t want any more services and wants "to be left alone to get on with it".'
    assert "alone" not in risk.tag(said, TODAY).concepts
    assert "alone" in risk.tag("The children are going to be left alone tonight.", TODAY).concepts


# Round 14 (blind sets mixed49-51, after first contact): children's health in plain words - a
# boiler turned back on with children sick and sleepy, seizures with the ambulance refused, a hand
# held on the hob, an allergen given "to see", a swollen face with a temperature who must go to
# hospital today, an overdose counted in a child's words; and what is not: very high sugars, when to
# call 999, a carbon monoxide alarm, a list marked none current, a rule for any case, a rota's cell.
@pytest.mark.parametrize("text", [
    'Dad has taken the sticker off and turned the boiler back on. Lacey-Jo had a headache and had been sick twice this '
    'morning, Brodie was really sleepy and floppy.',
    "The paramedics wanted to take him to hospital, but his dad signed their form refusing and took him home at 12.30. "
    "Rhys was still very dozy and couldn't walk properly.",
    'Zainab said "Uncle Karim put my hand on it because I was naughty". He is picking Zainab up at 12 today.',
    'Mum says Lee is going to "try her with peanut butter next". Lee is collecting Maja at 12.30 today.',
    "He had a temperature of 38.9, he was floppy and he wouldn't drink. He needs to go to hospital today.",
    'Last night she took "about 20" of her mum\'s co-codamol and paracetamol tablets.',
])
def test_immediate_risks_of_round_14(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "She was admitted twice in the spring with very high sugars when nobody was checking her insulin.",
    "The enquiry found that mum had not understood when to call 999 - she had been told in English only.",
    "They now live in a house with a new boiler and two carbon monoxide alarms, tested on our visit today.",
    "Bottom lines: relapse; missing overnight; return of former partner (none current).",
    "Any immediate child protection concern must go to the MASH in the usual way and not wait for panel.",
    "Fri 29 March | Priya Castellan | Olwen Fairclough | EDT from 5pm",
])
def test_not_immediate_risks_of_round_14(text):
    assert not assess(text, today=TODAY)[0], text


def test_the_mothers_partner_hitting_her_is_violence_to_her_not_harm_to_a_child():
    from bot.parser import risk
    told = risk.tag("On Wednesday night mum's partner hit her during an argument while the children were asleep.", TODAY)
    assert "harm" not in told.concepts and "violence" in told.concepts
    both = risk.tag("Mum's boyfriend hit her and then hit him with a belt tonight.", TODAY)
    assert "harm" in both.concepts and "violence" in both.concepts
    assert assess("Mum's boyfriend hit her and then hit him with a belt tonight.", today=TODAY)[0]


# Round 15 (blind sets mixed52-54, after first contact): who has the child and when - a man kept
# from the children by a licence, bail or a social worker's word, told in plain words, collecting
# them now; a child taken from a carer's arms; a carer who has been saving her tablets and is alone
# with the baby tonight; an injury told in clinical findings, the child handed over at the end of
# the note; a child's own marriage abroad in her messages.
@pytest.mark.parametrize("text", [
    "His licence says no contact with Stacey or the children. Carl is in the playground now, telling the staff he "
    "is collecting Jayden at home time. He is not meant to have any contact with them at all.",
    "Leah's stepdad, Craig, who is on police bail not to contact Leah or her mum since he assaulted mum last month, "
    "walked into the playground at lunch and told Leah he is picking her up after school and she is going to live "
    "with him now.",
    "The licence say he must not contact her or the children. Mum say he is collecting Zain from nursery today at "
    "12 o'clock and taking him to his brother flat for the night.",
    "Today at 4 o'clock he come to my house, he push me on the floor and take the baby from my arms.",
    'At contact today he picked Tia up and ran with her to the fire exit, shouting that "none of you will ever see '
    'them again".',
    'She said she\'s "done with all of it", that she\'s been saving up her tablets. She\'s on her own with Ayaan '
    "until dad gets back at about 10 tonight.",
    "Findings: bilateral erythema over both breast buds with two healing blisters and an open, weeping area. "
    "Pattern consistent with a heated object. She said this has happened since Easter. Mum works nights. "
    "Pupil tearful; asked me not to tell her grandmother. Grandmother collects her from school at 15:15 today.",
    "mum says its for nans birthday but i heard dad on the phone its for my nikah with my cousin. dad has my passport.",
])
def test_immediate_risks_of_round_15(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    # a sex offender in the family, and a woman's care of the child: not his access
    "Contact is supervised because of Mr Bowen's conviction in 2019 for possessing indecent images of children. "
    "Oscar was brought and collected by his maternal grandmother, Mrs Kaur.",
    "He is managed by MAPPA at level 2. The children live with mum and want the contact to continue as it is.",
    # the person reported turns out to be someone else
    "A neighbour reported that a registered sex offender was with mum at the school gate on Wednesday. "
    "The man she named lives in Kent, is managed by MAPPA there and has no link to this family.",
    # a bail condition told with its past, nobody with the child now
    "He has been on police bail not to contact mum since the assault last month and has kept to it.",
    # a risk's name on a checklist or an order, not the risk: "the school's forced marriage checklist flagged it"
    "Because the school's forced marriage checklist flagged it: the family are going to India for a cousin's wedding.",
    "History: Forced Marriage Protection Order (2070) discharged January 2072; no concerns since.",
    # what the child told is that nothing happened; a child called possessed is belief, not a carer incapacitated
    "Yonas has told me and his teacher that nobody has hurt him. Being called possessed is harming him, and they "
    "agreed to stop taking him to the night meetings.",
    # "nobody in the household" shares a surname: not a child alone
    "Mum's father was Jón, so nobody in the household shares a surname. Ari is 3.",
])
def test_not_immediate_risks_of_round_15(text):
    assert not assess(text, today=TODAY)[0], text


# Round 16 (blind sets mixed55-57, after first contact): children left with no adult; an adult's
# gifts and the debt they make, "this eve"; a carer who no longer knows the child; a carer talking
# to the people in the television, told to hold the child under; and, quiet: an animal hurt, brothers
# fighting, a figure of speech, a notification sent for the record only.
@pytest.mark.parametrize("text", [
    "Oakley is 4 months old. So that would be Blake, Harper and Oakley at home with Daisy from tonight until "
    "Sunday with no adult.",
    "[16:03] K: u owe me for the phone remember. Jade says he's 22. He bought her the phone and her vapes. "
    'She says she has to go this eve "or he\'ll tell everyone what I did".',
    "Our learning mentor walked him home at 3.30. Nan opened the door, looked at Noah and said she didn't know "
    "who he was and he wasn't to come in.",
    '"Mummy is talking to the people in the TV again. They told her to put me in the bath and keep me under. '
    'Mummy said we\'d do it tonight after tea."',
])
def test_immediate_risks_of_round_16(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "Today a family brought in their Jack Russell with a fractured front leg and bruising along his ribs.",
    "My two boys (Alfie is 9 and Noah is 7) fight all the time, and yesterday Noah bit Alfie's arm.",
    "Circumstances: Mother called police tonight because her two sons were fighting in the kitchen.",
    'Mr Clarke said at the gate today that he "could cheerfully strangle the pair of them".',
    "Children home alone tonight - police attended at 21:50 and Lily and Mason were safe and well. "
    "No action is needed - it is for the record only.",
])
def test_not_immediate_risks_of_round_16(text):
    assert not assess(text, today=TODAY)[0], text


def test_an_animal_named_beside_the_harm_to_a_child_is_still_harm_to_the_child():
    assert assess("He hit Mason with the dog's lead last night and there's blood on his back.", today=TODAY)[0]
    assert assess("Their dog has a cut paw, and this morning dad punched the baby.", today=TODAY)[0]


# Round 17 (blind sets mixed58-60, after first contact): children kept out in the cold; a child's own
# words on a communication aid; a time written "3.40pm"; a carer gone and not back with a baby who is
# hot; an order told as what it "says"; a carer who would take the children with her in death, or
# give them her tablets; a man barred from the home letting himself in; an order standing for the
# whole part where the access told is his.
@pytest.mark.parametrize("text", [
    "Me and my little brother are locked out in the back garden. Mums boyfriend locked the door at tea time. "
    "He says we can come in when we learn some respect. Its freezing and dark.",
    "10:05\tBody\tWAYNE / HURT / BOTTOM / BED\n10:06\tPeople\tWAYNE / MUM\nWayne looks after Oliver on those nights. "
    "Tonight is one of them. Oliver goes home on the school minibus, which drops him at 3.40pm.",
    "11:52 mum didnt come back last nite and the baby wont stop crying\n11:53 theres no milk left and hes really hot\n"
    "11:54 i dont no what to do shes not answering",
    '"collecting my boy from school today whether u like it or not". He broke Jowan\'s arm in 2077 and the court order '
    "says no contact at all. School finishes at 3.15.",
    '"If they try and take you off me, I\'ll take us all to be with Nanna, me and you and Deacon. I\'ve got all my '
    'tablets ready." Deacon (3) is at home with her.',
    "'I have kept my tablets, a lot of them. Tonight, when the girls are asleep, I give them some too, and we all "
    "sleep together.'",
    "Mr Rafferty is subject to a non-molestation order: not to attend the flat. The chronology is below.\n"
    "03/05 Seen at the school gates.\nThe doorbell clip shows Mr Rafferty letting himself into the flat with a key "
    "at 07:48. The children are at home. He has not come out.",
])
def test_immediate_risks_of_round_17(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "Mum said she wanted to talk it over with her sister, and she hasn't come back to me.",
    # an order protecting mum, and a woman's care of the children
    "There is a non-molestation order protecting mum. The children are collected by their grandmother at 3.15 today.",
    # what to do whenever it happens, in a protocol or a signature
    "Where there is an immediate risk to a child, the MASH must be contacted by phone straight away.",
    "For an immediate child protection concern, contact MAST.",
])
def test_not_immediate_risks_of_round_17(text):
    assert not assess(text, today=TODAY)[0], text


# Round 18 (blind sets mixed61-63, after first contact): a carer's farewell with the children and no
# answer; a home dangerous to be in (live wiring, a ceiling down); a young child at an open window or
# on a ledge; a young child's words of a secret game, secret cuddles or being made to sleep in an
# adult's bed; a child who does not want to go to an adult's home tonight; a strategy discussion
# asked for, which closes nothing.
@pytest.mark.parametrize("text", [
    "Dad texted me at 2pm: 'tell the kids I love them'. He is not answering his phone. Both children are at home with him.",
    "She sent 'sorry. tell my girls mummy loves them' and has stopped answering. The girls are with her at the flat.",
    "The flat has exposed live wiring in every room. The baby (9 months) sleeps in the back bedroom.",
    "Rory (18 months) was in his cot a metre from the melted sockets.",
    "A little boy, maybe 3, is standing on the window sill of the top-floor flat with the window open.",
    "the girl from number 4, maybe 2 years, she is sitting now in the upstairs window with her legs outside",
    "Leo (6) told his TA that Uncle Dean does the secret tickles at bedtime. Dean is babysitting him tonight.",
    "My sister is 6. She says Steve plays a game with her in the bath and she mustn't tell. He picks her up from school today.",
    'Ruby told me she doesn\'t want to go to Uncle Mark\'s tonight "because he makes me sleep in his bed".',
    "CT: bilateral subdural haemorrhages in the 7-week-old, not explained by the history. "
    "We ask for a strategy discussion today.",
])
def test_immediate_risks_of_round_18(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    # a conditional governs the severe words too
    "If the school ever find mum under the influence while caring for the baby alone, they will ring 999.",
    # a parent's fear of the council, asked of it
    "Are you going to take him off me? It's just me and him and it's hard sometimes but we're ok.",
    # nothing told
    "He has become clingy and tearful at home time. He has not said that anyone has hurt him.",
    # an injury treated and mending
    "He fell off the climbing frame on Saturday; it was a simple fracture of the wrist, now in a cast.",
    # a strategy discussion held closes the account before it
    "On Friday she told her mum that her dad had been touching her. MASH held a strategy discussion on Friday at 5pm.",
])
def test_not_immediate_risks_of_round_18(text):
    assert not assess(text, today=TODAY)[0], text


# Round 19 (blind sets mixed64-66, after first contact): a child shut in by a carer (locked or bolted
# in a room or a shed, not allowed out of the bedroom, made to sleep in the car or the bath); food kept
# from a child as a punishment; a man who has found where the family hides; a child put out of the home
# with nobody else; children on their own on a boat; a baby grey round the lips with a child under
# five in the mail; an injury the carer has not had seen; the cold of the night; what cannot be done
# tonight is still tonight.
@pytest.mark.parametrize("text", [
    "its tegan. hes locked me in my room since i got in from school and took the handle off. "
    "Please can someone go round tonight.",
    "From 7 o'clock, so now more than one hour, she is inside their shed in the garden. There is a padlock on it.",
    "Grandad says Craig put a bolt on the outside of that bedroom door. Craig said he is not coming out of that room "
    "till he learns. Grandad rang me at 3.30 this afternoon.",
    "He says I can't have no dinner all this week because I told nan. I haven't had dinner since Sunday. "
    "Tonight I have to sleep in the bath because I am dirty he said.",
    "My husband has found out where we are. His cousin saw Yasmin at the school gate today.",
    "She said \"she's not coming back in, she's your problem now\" and put the phone down. There is nobody else. "
    "I'm leaving now to meet her at the park but she can't stay out tonight.",
    "There are two children on their own on a boat on the visitor moorings. Their mum went to London yesterday "
    "morning and hasn't come back.",
    "Willow was floppy and grey around her lips and she didn't look at me. Willow is 5 months old.",
    "Her hand is blistered and raw in the shape of an iron. Mum said she touched the oven door. She hasn't taken her "
    "to the GP and said she isn't going to.",
    "he makes me sleep in the car again hes took my coat and my duvet. The forecast tonight is minus 4.",
])
def test_immediate_risks_of_round_19(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    # a worry told and found to be nothing
    "I rang on Tuesday about the boy next door, who I thought was shut in the garden shed. The police looked: it "
    "is a den his dad built, with a heater and no lock. I don't think anything is wrong there at all.",
    # a mother protecting herself, and an adult son sleeping rough
    "Mum has worked with the IDVA every week and changed the locks.",
    "My son is 34 and he is back on the heroin; now he is sleeping rough in Paignton.",
    # a denial governs its time; a coerced woman's passport is domestic abuse, told as such
    "There is no immediate child protection concern today; he is on bail not to attend the address.",
    "Nobody is at risk tonight - the children are staying with their nan this week.",
    "She has two children of her own, aged 6 and 9, and there is no one else she is worried about.",
    "Police found three 17-year-olds on the foreshore who were cut off by the rising tide; all uninjured.",
])
def test_not_immediate_risks_of_round_19(text):
    assert not assess(text, today=TODAY)[0], text


# Round 20 (blind sets mixed67-69, after first contact): an adult grooming a child (secrecy, "just us",
# asking for pictures) with access or a time; touching told in a child's words; indecent pictures shown
# to a child; a young child shaken hard; a weapon fired or aimed to menace; an attack on the home by
# fire; a strategy discussion asked for under "Request:".
@pytest.mark.parametrize("text", [
    'Messages from her PE teacher: "this stays between us or we both get in trouble". Last night at 23.14: '
    '"come to the sports hall store after school tomorrow, just us".',
    "[14:58] he makes me stay behind after training and he touches me where he shouldnt\n"
    "[15:03] Thank you for telling me.",
    "Mason told her this afternoon that his coach showed him pictures on his phone of people with no clothes on.",
    'At 10.30 he pointed to "taxi" on his board and said "Tony hand in pants. Secret."',
    "This morning I see her husband shaking the baby very hard by the arms, his head go back and forward.",
    "Jamie told Nia that last night Craig fired his crossbow at the fence next to his head and said the next one "
    "won't miss. Craig is collecting Jamie from school at 3.15 today.",
    "Petrol was poured through the letterbox and lit at 03:10. The family went back in at 05:30 and will sleep "
    "there tonight.",
    "Infant, 11 weeks, died this morning: a bruise behind the left ear and petechiae on the face. Request: a "
    "strategy discussion today about the siblings, who are at home with the man who was alone with the baby.",
])
def test_immediate_risks_of_round_20(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    # the writer upset by the news about someone else
    "I saw on the news tonight that a coach in Somerset has been charged, and it's really shaken me.",
    # a legal status, not a child on their own
    "Nobody with parental responsibility is caring for the children; their aunt is staying with them this week.",
    # a knife-crime workshop, a cooking lesson
    "In the cooking lesson the children used a kitchen knife to chop onions, supervised by the teacher.",
])
def test_not_immediate_risks_of_round_20(text):
    assert not assess(text, today=TODAY)[0], text


# Round 21 (blind sets mixed70-72, after first contact): a child trafficked or held in servitude (a debt
# to work off, papers kept, work in a nail bar or a car wash, brought from abroad to do the housework)
# with a time or held in; an illness a carer makes or makes up (a drug never prescribed, a tube cut,
# seizures only the mother sees) with a time; a 16- or 17-year-old told not to come back; a girl going
# to stay at a man's house "for free if they party"; "Say a 16-year-old came to our desk…" is a
# hypothetical; EDT having the details closes what came before.
@pytest.mark.parametrize("text", [
    'She said a man keeps her papers, that she owes "big money" for the journey, and that he is coming for '
    "her at 6pm to take her to another shop.",
    "She tell me she do all cooking and cleaning, she is not allow to go outside alone and the lady keep her passport.",
    "Ellie-Mae has attended four emergency departments with seizures that only her mother has seen. "
    "The toxicology came back at 2pm today: phenobarbital was present.",
    "The gastrostomy extension had been cut this morning and there was a syringe with residue beside the bed.",
    "He states that his mother changed the locks this morning and has told him by text not to come back.",
    "R left saying she is going to stay at a man's house who lets girls stay for free if they party with his "
    "mates. Her phone is switched off.",
])
def test_immediate_risks_of_round_21(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "Say a 16-year-old came to our desk at 4:55 on a Friday saying her dad had thrown her out - would I ring MASH?",
    "She was taken into police protection at 01:40 and is safe. EDT have the details and will pass it to the day team "
    "this morning.",
    # a woman's passport kept by her partner is domestic abuse, told as such, not a trafficked child
    "He keeps her passport and her bank card, gives her £10 a week and doesn't let her go out unless his mother goes "
    "with her.",
])
def test_not_immediate_risks_of_round_21(text):
    assert not assess(text, today=TODAY)[0], text


# Round 22 (blind sets mixed73-75, after first contact): a child's own plan and means (tablets saved up
# or bought, notes written, a noose, "tonight is the night", cuts to the arms) with a time; an overdose
# just taken, told in the present perfect, stands alone; a child walked out of hospital against advice
# while unwell in clinical figures; a baby grey and not waking for feeds; a child taken and not
# brought back; a child heard screaming while a man shouts at him; a child released on bail to the
# home of the man who hurt him, or whom nobody will have back; an account is four sentences.
@pytest.mark.parametrize("text", [
    "This morning mum found a dressing-gown cord tied into a loop and knotted to the rail in her wardrobe.",
    "He has bought 60 paracetamol over the last three days and has them in his bedroom. He has written notes to "
    "his sister and intends to take the tablets tonight.",
    "ive taken all of mums tablets the white ones and the blue ones. dont tell mum.",
    "This morning she showed my daughter a pencil case full of her mum's sleeping tablets she has been saving "
    "'for when I'm ready'.",
    "On assessment: BMI 12.9, HR 36 lying. Known restrictive eating disorder. The registrar advised admission "
    "tonight. Mum has refused admission and at 23:05 was walking her out of the department.",
    "Kai is very quiet, a grey colour, and did not wake for his 7pm or 10pm feed. He is 10 days old.",
    "Her friend Carl took the twins (7 months) to his mum's last night and has not brought them back. He is not "
    "answering.",
    "He said the kids are staying with him tonight. I could hear Jayden screaming and a man shouting at him to shut up.",
    "The police intend to release him on bail at 9pm tonight to his mother's address. He told me that on Tuesday "
    "his mother's partner put his hands round his neck.",
    "They are releasing him in the next half hour. Mum won't have him back.",
])
def test_immediate_risks_of_round_22(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    # a friend's post that turned out to be song lyrics; the writer says nothing needs doing
    "Her friend posted 'let the water take me home, don't wait up' tonight. I rang her mum: she is at home with "
    "her and the words are from a song. So I don't think anything needs doing.",
    "He was telling me how much he misses his dad, not that he wants to die.",
    # a carer who cannot wake at night, with the night care in place
    "Dad takes medication that makes him sleep very deeply and he cannot wake in the night. It is managed: a "
    "night carer stays every night and does the feeds.",
    # a form's label, and an interpreter taking back a mistranslation
    "Injury: small graze and bump above the left eyebrow. Parent's signature at collection: J. Tozer.",
    'I wrote: "The father beats the children." This is my mistake in translation and I am very sorry.',
    # locks changed to keep an abuser out
    "Mum has worked with the IDVA every week and changed the locks.",
])
def test_not_immediate_risks_of_round_22(text):
    assert not assess(text, today=TODAY)[0], text


# Round 23 (blind sets mixed76-78, after first contact): a child driven off with and nobody knows
# where, or not brought back from contact, with a threat ("somewhere they won't find us") or no
# answer; children hiding from a drunk parent; a boy alone on a breakwater or on the step of a locked
# house; toddlers in the water or on rocks with the tide coming in, or in a car with the windows shut
# at 27 degrees; a child begging while a man takes the money; rope marks round both wrists. A
# closure followed by "but" and a child still gone closes nothing; a dash ends a negation's clause.
@pytest.mark.parametrize("text", [
    "He took Zayan out of his seat and drove off with him. Officers are with mum now but nobody knows where "
    "Zayan and his dad are. Dad's phone is off.",
    "Poppy's dad didn't bring her back from contact last night, his phone has been off since and this morning he "
    "posted 'new start, somewhere they won't find us'.",
    "Her dad Wayne is drunk and he is shouting. Ivy and her brother Ollie who is 5 have locked themselves in the bathroom.",
    "Two little girls are on the rocks at the end of the beach since 15:00, alone. The tide is coming now.",
    "The small one is maybe 3 and he's in the water up to his waist. No adult.",
    "Mia (2) is strapped in the back of the car, windows shut, it's 27 degrees, and she has gone quiet now.",
    "We bring him home 4.05pm. Nobody open the door. I ring mum 6 times, phone is off. Oskar is sitting on the step now.",
    "The man is now at the top of the stairs watching him and taking the money off him every twenty minutes.",
    "Maisie came in this morning with red rope marks round both wrists.",
    "He came in at 14:35 saying it is his day to collect. It is not - the children live with mum. He smells strongly "
    "of alcohol and is unsteady on his feet.",
])
def test_immediate_risks_of_round_23(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    # a child who will not leave her mother's side, an old night hidden in the bathroom, a door not opened for months
    "Sadia (12) is now refusing to leave mum's side and has stopped going to her after-school club.",
    "On 28/12 Amara told officers she had hidden in the bathroom with Joshua. A safety plan is in place, but the "
    "incidents are becoming more frequent.",
    "Dad hasn't engaged with the plan for three months - missed every TAF, won't let me in.",
    # an accident seen to, the police satisfied
    "At about 16:10 today a boy slipped into the river while throwing sticks for the dog. He was checked over at "
    "hospital and discharged home with his parents. Police attended and are satisfied it was an accident.",
    "Injury | Red mark on forehead from the wall, checked by the nurse on shift, no further treatment.",
    "Tobenna (8) frightened of dad's shouting.",
])
def test_not_immediate_risks_of_round_23(text):
    assert not assess(text, today=TODAY)[0], text


# Round 24 (blind sets mixed79-81, after first contact): a threat told by the verb and the body
# ("he'd break my arms", "I'll batter him") with the child going home to him; violence told by what
# was struck, in the child's words ("hit my legs", "pushed my head into the wall"); marks told with
# more than one word ("three red raised marks"); a blow heard, then a child's scream or plea; a
# clinician's under-13 marker ("cannot consent") with the adult waiting or collecting; a child taken
# "for marry" tonight; a newborn with no address to go to this evening. A parent refusing to have a
# child home is a risk with tonight, today or a young child, not with an unanswered phone alone.
@pytest.mark.parametrize("text", [
    "When I told him he was going home he said his stepdad said if he got sent home again he'd break his arms. "
    "He is going home at 2.",
    "She told her teacher: 'He pushed my head into the door and then he hit my legs with the lead.' Her uncle "
    "collects her at 3.15 today.",
    "Nathan (6) has two red raised marks on the back of his legs. Dad is picking him up at 3.",
    "About five minutes ago there was a loud thud through the wall and then the little girl screaming.",
    "Lacey (5) is crying 'please don't, I'm sorry' and he is yelling at her. It started a few minutes ago.",
    "Kids at no. 9, about 3 and 6, man been shouting at the little one since about 8, then a bang and crying.",
    "Pt 12y. Under 13 - unable to consent. States boyfriend (22) is waiting in the car park to take her back to his.",
    "Tonight her uncle will come and take Amina to Birmingham for marriage. She is 13.",
    "Mum (17) and baby born yesterday are fit for discharge this evening. She has no address to go to.",
])
def test_immediate_risks_of_round_24(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    # a threat on a condition that has not happened, a reaction already over
    "At the review dad said that if Kian is suspended again he will put him out. He calmed down straight away and "
    "Kian has not been suspended since.",
    # the telling is recent, the abuse long ago
    "In her session yesterday Chloe (17) spoke about the sexual abuse she suffered when she was 11.",
    # dating, not leaving: "who she goes out with"
    "Dad has refused consent; he says it is Mia's own business who she goes out with.",
    # a placement breaking down, the parent not answering: a plan's work
    "Dad is refusing to have her home and will not engage; he does not answer my calls.",
    # a hypothetical for a portfolio
    "Say I was about to close a case and a child played me a voice note of her stepdad saying he'll break her arm.",
    # a child hitting his own head; a fall
    "Zac was hitting his head against the wall. He went home with mum at 10:00 today, settled.",
    "He tripped on the stairs this morning and hit his head on the banister; the nurse checked him.",
    # crying non stop is not a plea
    "The baby was crying non stop at the clinic this morning; mum fed him and he settled.",
])
def test_not_immediate_risks_of_round_24(text):
    assert not assess(text, today=TODAY)[0], text


# Round 25 (blind sets mixed82-84, after first contact): a child drawn into extremism (a standing
# fact, like an offender in the family, kept when told since January) with a journey under way
# tonight ("to where grandad is fighting", "to Syria", "make hijrah", "they've sent a car for me")
# or a weapon (an incel forum and a crossbow); a creditor's threat against the children, standing
# though told on a negated condition ("if I not pay tonight he will take my daughter"); a brick
# through the window; a father who will "end it for all of us"; a family with nowhere but the
# night buses; a toddler left in a car at minus 4; a child out in the snow; the power cut off with a
# baby at 9 degrees.
@pytest.mark.parametrize("text", [
    "Dad collected both boys at lunch. Adam told his teacher they are flying tonight to Turkey and then to where "
    "uncle is fighting. Dad had their passports.",
    "She has been sent jihadist videos since March. Today she texted: they've sent a car for me. I'm going tonight.",
    "He posts on an incel forum every night. A crossbow was delivered for him today.",
    "The man came at 4 today. He say if I not pay tonight he will take my son to work for him until the money is paid.",
    "He said if she hasn't got the money by tonight he'll take it out on the kids. He'll be back at 7.",
    "Last night someone put a brick through the front window while the girls were asleep; he says he'll be back tonight.",
    "Dad rang from the bookies, says he's going to end it for all of us tonight.",
    "They were evicted this morning. Mum says she will ride the night buses with the baby.",
    "The little one is still in the back in his car seat, mum went off an hour ago. Temp says minus 4.",
    "A boy of about 7 is sitting outside his door in the snow, nobody answers.",
    "The electric has been cut off. Baby (6 weeks) in a vest, the thermometer read 9 degrees.",
])
def test_immediate_risks_of_round_25(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    # a Prevent case with nothing happening now; a veteran's service told of
    "The Channel panel met in March; Omar's case was closed and his passport was returned.",
    "Dad served in Afghanistan and flies out on deployment next month.",
    # a level, not a person on drugs; an appeal that is outstanding; a mother's fear
    "Mum's anxiety is very high at the moment and her GP has prescribed medication.",
    "He doesn't think the threshold is met while the PIP appeal is outstanding.",
    "Mum is frightened of him and will not challenge it; he collects her wages.",
    # advice in a bulletin; a habit of the past; a coat forgotten
    "Please keep babies warm: set the heating to at least 18 degrees in the rooms they sleep in.",
    "Records show no electricity for days at a time last winter; a new meter was fitted.",
    "No coat on a cold wet day again; school lent him one.",
])
def test_not_immediate_risks_of_round_25(text):
    assert not assess(text, today=TODAY)[0], text


# Round 26 (blind sets mixed85-87, after first contact): a carer drunk at the wheel with the
# children (a new concept, drink_driving: "six or seven pints", "over the limit"); a carer slumped
# at the wheel with pinned pupils; a child left on school transport; a child held in a car by men;
# a child not brought back and "not to look for them"; a carer made unable by a fit, a low sugar,
# a lot of her tablets, or not out of bed for days, with the children alone with her; a child left
# to care for a sibling; a fit while no adult is there; a girl staying the night "at his"; "I'll
# take the lot of us first"; children with a chair against the door while a man has a gun.
@pytest.mark.parametrize("text", [
    "Dad has had five or six pints since 2 and says he is driving the kids home at half five.",
    "Mum was found slumped at the wheel this morning with Mia in the back; her pupils are pinned and she has put Mia back in the car.",
    "Alfie (4) was found asleep on the back seat of the minibus at the depot at 15:50. No answer from either parent.",
    "i'm in a car with 2 men, they won't stop and let me out",
    "Dad did not bring Kai (4) back after contact yesterday and messaged mum she is not to look for them.",
    "Mum has had two fits since he got home and she's not talking right. He is on his own with her and his sister (3).",
    "Mum took a lot of her tablets an hour ago and now she's really drowsy. Amara is on her own with her.",
    "Her blood sugar was 1.9 this afternoon and she is still drowsy. There is no other adult in the house tonight.",
    "i'm looking after my baby sister on my own, dad is in hospital. we have 1 bottle of milk left.",
    "He is at home with his brother who has epilepsy and has already had one fit after school. Nobody else is there.",
    "'he's getting me at 11, staying at his tonight x'",
    "dad is in the garage with the gun and keeps saying i'll take the lot of us first. we are in my room with the chair against the door",
])
def test_immediate_risks_of_round_26(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    # chronic neglect told for a plan, not a child unfed now
    "There has been no food in the house on three of my last five visits and Rhys is still in nappies at 4.",
    # training with fictional case studies
    "The morning uses three case studies (all fictional), including a girl whose mum won't wake up.",
    "We will work through case scenarios, including a veteran with a gun. All scenarios are fictional.",
    # a boy staying at his girlfriend's mum's; a road safety bulletin
    "At the moment Jordan is staying at his girlfriend's mum's house, which she says is fine until the end of the month.",
    # a fit well managed
    "Oskar had a seizure in March; his rescue plan is in place and mum and school both hold the medicine.",
])
def test_not_immediate_risks_of_round_26(text):
    assert not assess(text, today=TODAY)[0], text


# Round 27 (blind sets mixed88-90, after first contact): an adult giving a child drugs, named
# ("the tablets were given to her this morning by Kai, 24") with him waiting to take her; a child
# who cannot be woken "20 minute ago"; a man staying with the children tonight after the child's
# disclosure; a man claiming to be a girl's husband taking her tonight; a father under a court
# order bringing the children "home" tonight ("she will see what happens"); a barred ex shouting
# at mummy and breaking things. A sentence ends at a closing quote after its stop, not at "approx."
# or "no." before a number, and "no. 4" negates nothing. A child found and brought home is over.
@pytest.mark.parametrize("text", [
    "The pills were given to her this morning by Dean, 23. He is currently in the waiting room asking to take her to his flat.",
    "Imran 14 he come home 20 minute ago, he cannot stand, his eyes is rolling. I cannot wake him properly.",
    "At night he comes in my bed and touches me. Tonight dad goes to London and Kamal will stay with us.",
    "A man claiming to be her husband is taking her to Birmingham tonight; he has her phone.",
    "The father, under a protection order, lands today. He wrote: \"Tonight I bring the children home, and she will see what happens.\" "
    "In 2034 he was convicted of harming the mother.",
    "She said Kyle is in the kitchen, he's shouting at mummy and he broke the telly. The court said he must not live there or visit.",
    "Mr V keeps his wages, the boy sleeps in van no. 4 with four men. Tonight at 10 Mr V will move him to another farm.",
])
def test_immediate_risks_of_round_27(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    # a child who ran off, found and brought home; an account set down for the file
    "I rang the police at 6pm; they found him at her flat at about 9 and brought him home.",
    # a father who stopped a child's medicine, found out and dealt with
    "Dad had stopped giving her the evening tablets because he thought they made her tired; the GP has reviewed it.",
    # a custody note from last year, closed
    "\"DP released on bail with conditions not to attend the family home. Child 1 (aged 4) seen with bruising to the forearm "
    "on arrest.\" The bail conditions were complied with; the DP was NFA'd in August.",
    # coercive control of an adult: no child held
    "He keeps her passport and her bank card and checks her phone.",
])
def test_not_immediate_risks_of_round_27(text):
    assert not assess(text, today=TODAY)[0], text


# Round 28 (blind sets mixed91-93, after first contact): a crowd outside the home, "they'll be back
# tonight with petrol", "he'll slit her throat" with him now on the wall; a dog or a snake loose
# where a child is; a dog attack on a child ("deep bites to her face", "went for Nova"); a man who
# strangled the cat and said "the kids are next"; a child shut in a kennel run; a man convicted of
# harming a girl inviting children to his room; a father under an order leading a child off; pills
# "they gave me these"; vodka given to girls at a sleepover and "sit on his lap". A young child is
# known by a name and an age in brackets ("Ruby-Rose (2)"); a clause ends at a spaced dash.
@pytest.mark.parametrize("text", [
    "There are about 40 people outside their house right now. Someone threw a brick through the front room window.",
    "As they left they shouted they'll be back tonight with petrol - mum gave a statement about them last month.",
    "He said he'll slit her throat and start with her brother. He's now sitting on their front wall.",
    "The dog that bit Ava got through the fence and is running loose on the field. The children are in the playground now.",
    "This afternoon the family dog went for Nova (2) in the kitchen; she has deep bites to her face.",
    "Craig strangled the cat in front of the kids last night and told her the kids are next.",
    "Mrs Price rang at 4.40. She can hear Alfie (5) screaming in the kennel run behind the house.",
    "he's the one who went to prison for what he did to a girl. he just said all the kids can come up to his room after the dance.",
    "Her dad is not supposed to come near her, there's a court order. He's just taken Poppy by the hand and said he's taking her for a walk, about 5 mins ago.",
    "at 9.10 she sent a picture of pills in her hand and said they gave me these",
    "i'm at jade's for a sleepover, her mums boyfriend keeps coming in, he's giving us vodka and said i have to sit on his lap",
])
def test_immediate_risks_of_round_28(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    # a tabletop exercise; a concern ruled out; things that never come back
    "SCENARIO (fictional): a crowd gathers outside a house and a brick goes through a window. There are no real families in this scenario.",
    "Concern (March) of forced marriage explored and ruled out.",
    "Kayden has missed three school trips because the consent slips and money never come back.",
    # an adults' quarrel over parking; an adult's own injury; the police taking children, feared
    "Mr Dale threatened to \"smash his car and then him\". Police attended and both men were given words of advice.",
    "Remi (3) has tooth decay. Complicating factors: mum's back injury.",
    "My ex says that if I leave the kids on their own he'll report me and the police will take them off me.",
])
def test_not_immediate_risks_of_round_28(text):
    assert not assess(text, today=TODAY)[0], text


# Round 29 (blind sets mixed94-96, after first contact): a child tracked by a hidden tag and the
# man parked across from the school now; a voice faked to arrange a child's collection; a man who
# "touched her before" taking a girl tonight; a child locked in a room since yesterday; a child
# whose phone was taken, collected at 3.10, "i don't want to go"; a limp child who will not open
# her eyes. Closures: "Nobody has been hurt", "It was a voice-cloning scam", "all that is behind us
# now", a parent who arrived late and "they went home together"; an undecided closure ("whether we
# take her under police protection") closes nothing; a company's announcement is no real child.
@pytest.mark.parametrize("text", [
    "Stepdad found the AirTag sewn into Ibrahim's coat. He is parked across the road from the school right now.",
    "Grandma had a call that sounded exactly like Evie's dad's voice, saying Rob will collect her at 3.15 today.",
    "Tonight at 10 brother Aaron come to take Zofia to live with him. Aaron already touch her before, in the car.",
    "They put Eli in the reflection room yesterday after breakfast. The door is locked from outside.",
    "my dad has took my phone. dad is picking me up at 3.10. i don't want to go",
    "Poppy (3) is limp and very pale and did not open her eyes when I spoke to her. It is minus 2 here tonight. "
    "We need a social worker to talk to about whether we take her under police protection.",
])
def test_immediate_risks_of_round_29(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "Last night she got a call in her daughter's voice saying they'll hurt me. It was a voice-cloning scam; nobody has been hurt.",
    "I know last year he turned up drunk at the gate and tried to grab Ben, but all that is behind us now.",
    "The club rang at 6.05: nobody had come for Jayden. Dad arrived at 6.10, ten minutes late, and they went home together.",
    "Tommy and Daisy have not been collected on seven days this term.",
    "Harley has started refusing to leave with either parent at home time.",
    "Today we are rolling out new protections for users under 18, including blurring of nude images.",
    "Mason once walked home alone; mum has been open about her drinking.",
])
def test_not_immediate_risks_of_round_29(text):
    assert not assess(text, today=TODAY)[0], text


# Round 30 (blind sets mixed97-99, after first contact): a coach who "touches me where my leotard
# is" collecting her today; secrecy asked of a child ("delete this x", "not to tell because i will
# get dropped"); a child still at the club after it closed, or "- not collected"; a goodbye ("i'm
# not going to be around anymore") with no answer; a parent who will "deal with her properly"
# today; a pastor who will "deliver her from the spirit" tonight; a toddler missing from a rest
# centre; children with no carer for tonight, nobody said where they go, no family to be found; a
# father who "isn't allowed near us" waiting at home time.
@pytest.mark.parametrize("text", [
    "my coach shuts the door and touches me where my leotard is. he's picking me up from school at 5 today.",
    "A man who says he's a scout is picking Callum up from school at 3.15 today. The messages end \"delete this x\".",
    "Ellie (6) is still here with us. It's 7pm. Mum's phone goes straight to voicemail.",
    "thanks for everything. i'm not going to be around anymore. He hasn't answered since.",
    "Today she is coming home from school 3.30 and I will deal with her properly.",
    "Her parents have her at the airport, flight at 19:40 tonight. The pastor will deliver her from the spirit.",
    "Zayn age 2 missing from the rest centre since 8pm.",
    "Lily (6) came in with the fire crew; we can't find any other family and there is no carer for Lily for tonight.",
    "Mum says he isn't allowed near us. He shouted that he's waiting for me and Zofia at home time. Home time is 15:15.",
])
def test_immediate_risks_of_round_30(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    # a missing-from-home log entry already over; a care home's episode with the child back
    "ENTRY 4 - 03:20 - Police: a 15-year-old reported missing from home; returned home at 04:10.",
    "Tayla went missing from the home yesterday and was returned by police at 9pm.",
])
def test_not_immediate_risks_of_round_30(text):
    assert not assess(text, today=TODAY)[0], text


# Round 31 (blind sets mixed100-102, after first contact): a syringe at a child's line; a carer
# struck down ("an apparent stroke", "collapsed", "in her chair since last night and cannot get
# up") with a baby there; a man checked in to a double room with a girl of 13. The out-of-hours
# team named as a service, a rota or a past call ("EDT cover over Christmas", "called out twice
# over the last two weekends", "I work nights on the out of hours team") is not a call about a
# child now.
@pytest.mark.parametrize("text", [
    "At 15:40 the nurse found his mother with a 10ml syringe connected to the side port of his IV line, pressing the plunger.",
    "Nan who is minding Mia (18 months) has had an apparent stroke. There is no other adult there.",
    "Mrs Tozer (91) has the twins today: she has been in her chair since last night and cannot get up. The twins are in their cots in the same nappies.",
    "At about 21:30 tonight a man checked in to a double room with a girl. He told me she is his niece and she is 13.",
])
def test_immediate_risks_of_round_31(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "EDT cover over Christmas and New Year is below.",
    "Sorry - I'm on the EDT rota Monday night so I'll be asleep Tuesday morning.",
    "Tyler came to us after a weekend EDT call in the summer.",
    "Mum's depression - on the days she can't get up, Zoe misses school.",
])
def test_not_immediate_risks_of_round_31(text):
    assert not assess(text, today=TODAY)[0], text


# Round 32 (blind sets mixed103-105, after first contact): a sole carer who will not come back,
# leaving the door unlocked for whoever comes; a new partner who "won't be doing none of that
# suction" with a 3-year-old on a ventilator; a child choking on secretions with the man who
# smashed her suction machine still there saying he will "finish it"; "now he won't wake up";
# children locked in by a flatmate. "not coming back to school" is a child's, not a carer's despair.
@pytest.mark.parametrize("text", [
    "I can't do one more night. I've left the back door unlocked for whoever comes. I'm going to the beach and I'm not coming back.",
    "Lily-Mae (3, trach and night vent) is left with mum's new bloke, who says he won't be doing none of that suction. Mum not picking up.",
    "Amira (9) is choking on her secretions. He is still in the flat and told mum he will 'finish it' if she rings anyone.",
    "mum gave him three of the big syringes of his morphine. now he won't wake up.",
    "Dean locks me and my brother in our bedroom when she goes out. he has locked us in now.",
])
def test_immediate_risks_of_round_32(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "my dad said they are taking me to the farm and i'm not coming back to school.",
    "C - consciousness: persistent dizziness, pale or floppy, suddenly sleepy, collapse, unconscious.",
])
def test_not_immediate_risks_of_round_32(text):
    assert not assess(text, today=TODAY)[0], text


# Round 33 (blind sets mixed106-108, after first contact): a demand with its price ("bring the card
# out now or they'll do my mum"); a carer's last words with a journey to where people end their
# lives, the children with him; the live fact in an attached addendum, under a covering mail whose
# history of earlier episodes ("was found in Liverpool") does not say this one is over.
@pytest.mark.parametrize("text", [
    "They said I have to bring my new card and pin out to them now or they'll do my mum.",
    "Get in the car or else he'll come for you, that's what they told her at the gate.",
    "ive lost everything. were going for a drive to the cliffs at berry head, the three of us together.",
    "He says he's lost everything and he is taking the kids to the bridge together. His phone goes straight to voicemail.",
])
def test_immediate_risks_of_round_33(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    # a chronology entry dated by its year alone
    "- 2024: dad threatened to take the children to Lagos during the separation.",
    "In 2025, S47 for a bruise on Tobi's forehead.",
    # a wish for peace, not a child left
    'She says she has "had enough of services" and wants to be left alone now that social care are closing.',
    # a thing threatened, and the children who start a clause of their own
    "The agents threatened to take the car and the children were frightened at the time.",
    # violence to the mother, days ago, by a man who has moved in with his own brother
    "Mrs Ahmed disclosed on 30 November that when she asked about the money he pushed her against the wall. "
    "He has since moved in with his brother.",
    # a missing episode over: the return home interview was this morning
    "Jake was reported missing by mum at 8pm last night after a row about his phone. "
    "I did the return home interview with him at 8 this morning.",
    # a police call closed in the same sentence
    "A neighbour called police about shouting in the street at 22:10; officers found dad arguing with his brother "
    "about a parking space and it was closed NFA.",
    # someone else's children in the news
    "Not about any of our families - just a news story. A mother was jailed yesterday after her children were found alone.",
])
def test_not_immediate_risks_of_round_33(text):
    assert not assess(text, today=TODAY)[0], text


# Round 34 (blind sets mixed109-111, after first contact): a child in danger in clinical figures
# whose parents "declined admission"; a toddler taken off the ward mid-treatment, against medical
# advice (a young child whose carer refuses the care they need, however far from the age); the
# adult a child lives with who is protective is no access to harm.
@pytest.mark.parametrize("text", [
    "At clinic today her BMI was 12.9 and she fainted twice. We arranged a bed for this afternoon. Both parents declined admission.",
    "Elowen (3 years) was admitted yesterday with severe malnutrition. We started refeeding this morning. "
    "Our consultant saw her at noon and the results are back. At 13:40 her father took her off the ward against medical advice.",
])
def test_immediate_risks_of_round_34(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "This is sexual harm and exploitation by an adult, and Early Help cannot hold it. Olu is living with dad, who is protective.",
])
def test_not_immediate_risks_of_round_34(text):
    assert not assess(text, today=TODAY)[0], text


def test_an_alert_shows_the_harm_before_the_childs_age():
    """A real combination in the account is preferred to one made with the child's age told
    elsewhere, so the evidence shows the injury as well as the care refused."""
    part = ("Lily-Mae's hand is blistered and weeping. Nobody has looked at it - mum says she had no money "
            "for the bus.")
    found = risk.find(part, TODAY, young=True)
    assert found and "blistered" in found[1]


# Round 35 (blind sets mixed112-114, after first contact): a carer afraid of what she will do ("I
# don't trust myself in the same room as her", "thinking about putting the pillow over her face");
# a carer's goodbye (letters written for the boys) with the children in her care, in dictation with
# no punctuation, where "nothing left" is the object of its own clause, not a negator of the next;
# a carer about to abandon the children somewhere; a bereaved father at a clifftop with the boys he
# picked up; a man out of prison "last month for what he did to that little girl" moving in tonight.
# A tired parent's "nothing left in me" and a kinship carer's "I can't do this any more" are not a
# goodbye; worries "behind her now" are over.
@pytest.mark.parametrize("text", [
    "Ive put her in her pram out in the back garden because I dont trust myself in the same room as her right now.",
    "i have got nothing left i have written letters for the boys there on the side i am going to go down to the "
    "cliffs when they are asleep there both in bed now",
    "I'm at the station with the kids. I'm going to leave them on the bench by the ticket office and disappear. "
    "Jacob is 2, he's in the blue buggy.",
    "He has picked the boys up from school early and is sitting in the car at the clifftop car park with them. "
    "He said he has \"had enough\". He isn't answering now.",
    "Jim came out of prison last month for what he did to that little girl. Alfie said his uncle Jim is moving into their trailer tonight.",
])
def test_immediate_risks_of_round_35(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "My two, Callum (7) and Niamh (4), are up and down till gone 10 every night and by then I've got nothing left in me.",
    "Nan looks after the baby (9 months) full time. She says herself, 'I can't do this any more, love.'",
    "Mum asked me to say that the worries she told the health visitor about in July - that she might hurt the baby - "
    "are behind her now; she is on the perinatal programme.",
])
def test_not_immediate_risks_of_round_35(text):
    assert not assess(text, today=TODAY)[0], text


def test_nothing_as_an_object_does_not_negate_the_next_clause():
    from bot.parser.text import negated
    said = "i have got nothing left i have written letters for the boys"
    assert not negated(said, said.index("written"))
    assert negated("there is nothing written on the form", len("there is nothing "))


# Round 36 (blind sets mixed115-117, after first contact): the police's shorthand read as words
# ("conds", "perp", "addr", "U5"); the adult back where the children are ("he's back he's in the
# kitchen", not a child back home or a manager back on Monday); a safety plan undone when the man
# it keeps away has come back and been let in; a boy on his own at a night-time stall. A parent's
# work in a nail bar, a landlord who "can put them out at any time" and a burn whose history is
# consistent with it are not immediate risks.
@pytest.mark.parametrize("text", [
    "Perp on police bail since 02/04 with conds not to contact V or attend the addr. "
    "V has since messaged her IDVA at 08:47: \"hes back hes in the kitchen\". Children present: 2 x U5.",
    "He was interviewed today about the allegation of sexual abuse made by his step-daughter. Safety plan agreed at "
    "strat was that he stays at his brother's. At 22:05 mum phoned to say he has come back to the address and she "
    "has let him in.",
    "The boy, Amir, told me he is 10, has been on his own serving customers all evening. He's crying now.",
])
def test_immediate_risks_of_round_36(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "Mum works nights in a nail bar. Minh also looks after Linh (5) in the evenings.",
    "Injury: superficial burn, back of left hand, approx 2cm, from oil splash. Mum brought him in within the hour. "
    "History consistent with injury.",
    "Basic needs are not being met; a landlord who can put them out at any time. Drin (4) is not registered with a GP.",
    "My team manager is on leave and will add her analysis when she's back on Monday.",
])
def test_not_immediate_risks_of_round_36(text):
    assert not assess(text, today=TODAY)[0], text


# Round 37 (blind sets mixed118-120, after first contact): a newborn who is cold and whom nobody has
# fed; children alone for days with the meter run out and no food but rice; a fear that did not come
# true ("scared she would kick me out but she didn't"); a leaflet's steps ("- Call 999 and put your
# phone on speaker"); a story a child made up, quoted; a day and month told in the past tense that
# would otherwise fall months ahead (last year's), while a date a few days ahead stays an appointment.
@pytest.mark.parametrize("text", [
    "He said the baby is in the bottom drawer wrapped in a bath towel and she's cold and he hasn't seen anyone feed her.",
    "Rumi has been looking after his sister Tania (9) on his own for five days, the electric meter has run out, "
    "there is no food apart from rice.",
])
def test_immediate_risks_of_round_37(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "i hid my pregnancy from my mum cos i was scared she would kick me out but she didn't, and me and her are ok now.",
    "If your baby is born before help arrives:\n- Call 999 and put your phone on speaker.\n- Keep your baby warm.",
    'At carpet time one of my pupils told the class a story she had made up: "The big wolf came in the night and '
    'hit the mummy and took the baby away in a bag."',
    "That was Giulia's overdose on 14 May; she was in hospital for three days and Theo (4) was with his grandmother.",
])
def test_not_immediate_risks_of_round_37(text):
    assert not assess(text, today=TODAY)[0], text


def test_a_date_a_few_days_ahead_in_a_past_tense_sentence_is_still_ahead():
    said = "She was not detained and a plan was agreed that nan stays with mum and the babies until the review on 10 December."
    assert not risk.dated_before(said, TODAY)
    assert risk.dated_before("That was her overdose on 14 May; she was in hospital for three days.", TODAY)


# Round 38 (blind sets mixed121-123, after first contact): a man "not allowed near kids" who walked
# in with the little girl; a man known only from a game, messaging her at night, who will walk her
# home; an offender at the family's home now; tablets "saved up" with a father collecting the
# children; a carer on the floor for hours; a baby with no milk since breakfast; a child nobody has
# collected, with nothing to eat since lunch; "he says I am not getting him back"; a baby is still a
# baby when a sentence denies something else about babies. Not immediate: a care package "cut"; a
# spinal cord injury; a pattern "on three of my last four visits"; a one-off that has not happened
# again; a late collection "last Wednesday"; an allegation "not substantiated"; "find her way around".
@pytest.mark.parametrize("text", [
    'he told my husband he\'s "on licence" and "not allowed near kids". about half 3 today he walked in with the little girl from no 14.',
    'A man has been outside the gate since 2.30. Evie told her teacher he is "Jay from Roblox", that he messages her at night '
    'on her tablet and that he said he\'d walk her home today.',
    "Mr Lowe is MAPPA level 2. We believe he is at the Jenkins' home now.",
    'Kai says Dad showed him a shoebox of tablets he has been "saving up". He is collecting Kai and Ellie at 3.15 today.',
    "She has been on the floor for over two hours. Ruby (10 months) has had no milk since breakfast.",
    "child still here at studio 9pm nobody collected. mum's phone is off, she's had nothing to eat since school lunch",
    "help please my baby. Diego is shouting he says i am not getting him back and that a blind woman can't have a baby anyway.",
])
def test_immediate_risks_of_round_38(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "Dad (Emeka) is the sole carer. He has a spinal cord injury and uses a power wheelchair; his care package was cut in the summer.",
    "No food in on three of my last four visits, Ruby arriving at nursery hungry, mum smelling of alcohol at 10am.",
    "The coach took him home and found mum had collapsed with a severe migraine. It was a one-off and it hasn't happened again.",
    "Last Wednesday one of our players, a boy of 9, was not collected at 6pm.",
    "Analysis: the allegation that the baby was left alone is not substantiated.",
    "Her partner has moved furniture so she cannot find her way around and hidden her cane.",
])
def test_not_immediate_risks_of_round_38(text):
    assert not assess(text, today=TODAY)[0], text


# Round 39 (blind sets mixed124-126, after first contact): a child's knees bleeding from kneeling
# on rice as a filmed punishment; ice baths "for the live"; the blackout challenge tonight; a small
# child alone in a bedroom climbing to a window; a 16-year-old made to go live for paying
# subscribers; a child's "sex things"; "he locked the door i can't get out". Not immediate: a prank
# video shared; a service named by its words ("Online Child Sexual Abuse and Exploitation team");
# children "in danger of the sickness" from the bins; 999 for a baby with bronchiolitis.
@pytest.mark.parametrize("text", [
    "I'm watching him on facebook live right now. He is making my nephew Tyler-Jay (8) kneel on uncooked rice as a punishment. "
    "His knees are bleeding through his trousers.",
    '"craig says idris is doing the ice bath again tonight for the live when he gets in at 6."',
    '"doing the blackout challenge 2nite when mums at work lets see if i pass out"',
    "In the broadcast is a small child, about 3, in a bedroom alone. The child is crying and has pulled a chair to the window.",
    '"mum says i have to go live on the page at 10 tonight for the subscribers."',
    'At 09.10 this morning Lacey-Jo told her teacher that "Craig does sex things to me". Craig is collecting her at 3.15pm today.',
    '"i\'m at a mans flat, he gave me pills and he locked the door i can\'t get out." She texted at 18.10.',
])
def test_immediate_risks_of_round_39(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "Some children have been sharing a prank video in which a child appears to be shut in a freezer.",
    "The stream was investigated by our Online Child Sexual Abuse and Exploitation team. Theo (4) was seen and was well.",
    "The bins have not been collected for three weeks. My children are in danger of the sickness from this.",
    "She rang 999 herself and the ambulance took the baby to the County Hospital - it was bronchiolitis.",
])
def test_not_immediate_risks_of_round_39(text):
    assert not assess(text, today=TODAY)[0], text


# Round 40 (blind sets mixed127-129, after first contact): a carer on the floor who does not move; a
# registered offender bathing a child; a man not allowed any contact who took her, and nobody knows
# where they are; "make sure none of us see Christmas"; children "on there own" (the misspelling);
# a tag that places a man at the family's address (not a placement); a child seen getting into a
# car nobody knows; something hidden in a child's clothes for a prison visit; a cover story for a
# "party" at a man's flat; a house parent's "it's their secret"; a child's words of an adult getting
# into her bed, with her date of birth in brackets (not a date that makes it history). Not
# immediate: a bulletin's examples that "do not refer to any family"; the out-of-hours team that
# "covers Christmas Day".
@pytest.mark.parametrize("text", [
    "I am grandmother of Ruby, she is 2 years. I still see on the phone she is on the kitchen floor, she not move, not answer me.",
    "Gary is on the sex offenders register. She sent me a photo 10 mins ago of Gary giving Alfie his bath.",
    "Dad signed her out at 12.20. Mum says he is not allowed any contact with Ava-Mae. We don't know where they are. He is not answering.",
    "She rang me crying at 6.30 and said she will make sure none of us see Christmas. The kids are with her.",
    "the 2 kids next door who are 6 and 3 have been on there own since about half 5.",
    "Released today. His licence bars him from the address. His GPS tag has placed him at Ms Pugh's address since 11:40.",
    "At 23:05 the groundsman saw a boy matching Harvey (grey hoodie, no coat) getting into the passenger side of a dark estate car.",
    '"uncle C gave me a packet this morning and said put it in my bra for the visit later"',
    'The messages say the party is tonight at his flat, "we\'ll pick you up at 8", "tell your mum you\'re at Lily\'s".',
    "He said Mr H comes into the dorm after lights out, puts his hand under the duvet, and tells him it's their secret. "
    "Mr H is on duty tonight.",
    'Aaliyah (Y9, 29.05.2012) just told me her stepdad "does stuff to me at night" - he gets into her bed and touches her. '
    "It will be just her and him from tonight.",
])
def test_immediate_risks_of_round_40(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "Please be alert to, for example:\n - a child left home alone while parents go out to the pub.\n"
    "These are examples for awareness only and do not refer to any family.",
    "The out-of-hours Emergency Duty Team covers Christmas Day, Boxing Day and New Year's Day.",
])
def test_not_immediate_risks_of_round_40(text):
    assert not assess(text, today=TODAY)[0], text


# Round 41 (blind sets mixed130-132, after first contact): harm just done to the mother promised to
# the child ("said he'd do the same to her"); "nobody is going to find us"; a warning to whoever
# "tries to stop me"; a carer who smelled of alcohol and was unsteady, collecting a 3-year-old; a
# child heard crying "through the letterbox" with nobody answering; a girl to be made "clean and a
# grown-up girl" on a trip by aeroplane. Not immediate: an injury "consistent with your account" and
# "healing well"; children abroad who "have not come back" (one fact, not children alone and carers
# out of reach); FGM "looked at carefully" when the assessment "found no evidence of harm"; an
# account closed by the man "arrested ... and in custody" and "no further action is needed from MASH today".
@pytest.mark.parametrize("text", [
    "Last night he put his hands round my neck in front of Tayla and said he'd do the same to her.",
    "I'm picking her up at dinner time today and we're going away, and nobody is going to find us this time.",
    "Kayla is MY daughter and I'm taking her at dinner time today. If anyone tries to stop me at that gate they will regret it.",
    "When you brought Inaya (3) in at 8.15 there was a strong smell of alcohol and you were unsteady on the steps. "
    "You said you would be back at 12.30 to collect her.",
    "Through the letterbox I could hear a young child crying. I knocked for 40 minutes and nobody came to the door.",
    'Amna (9): "At half term we are going on the aeroplane to Khartoum. Mummy says after it I will be clean and a grown-up girl."',
])
def test_immediate_risks_of_round_41(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "Noah (1) attended with a scald. The liaison nurse was satisfied that the injury was consistent with your account. "
    "The burn is healing well. Please bring Noah to see the practice nurse on Thursday at 9.20am for a dressing check.",
    "They have not come back, and they were not in school for the start of the summer term on Monday.",
    "We looked carefully at FGM, forced marriage and physical abuse. The assessment found no evidence of harm.",
    "Yesterday afternoon Jayden told his teacher that his step-dad hit him with a belt on Sunday. Craig Rowe was "
    "arrested at 10:15 this morning and is in custody. No further action is needed from MASH today.",
])
def test_not_immediate_risks_of_round_41(text):
    assert not assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("marks", ["1.", "(b)", "iv)", "-", "2 )"])
def test_a_list_items_number_on_a_line_of_its_own_is_no_sentence_of_the_account(marks):
    """A minute's numbered items are one account: the numbers do not push the man who collects the
    child out of the account that told the injury (round 41)."""
    from bot.parser import risk
    assert risk.split_sentences(f"Dad hit her.\n{marks}\nHe is collecting her.") == ["Dad hit her.", "He is collecting her."]


# Round 42 (blind sets mixed133-135, after first contact): a father at the door with a kitchen knife
# and "a boy of about three" behind him; "I'll take them with me first"; a boy who says the man hurt
# him, the man "staying "till he gets his own place"" (a quote mark inside the words); "he's got mum up
# against the wall by her throat" this morning. Not immediate: an adult son "(about 55)" an old
# woman is frightened of (no child); what was heard was "Jaden's new VR game"; a mother who "doesn't
# know them" (a partner's friends, not her child); "Hypothetically, if ... he was on the sex
# offenders register".
@pytest.mark.parametrize("text", [
    "The occupier opened the door holding a kitchen knife. Behind him were a girl of perhaps seven and a boy of about three.",
    'He is in the house with the children now. He said: "Nobody is taking my kids. I\'ll take them with me first."',
    'Liam (7) said "Shane pushed me into the door". Mum says Shane is staying "till he gets his own place".',
    "Tia rang me at 6 this morning. She said he's got mum up against the wall by her throat.",
])
def test_immediate_risks_of_round_42(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    'He heard "screaming and a man shouting I\'ll kill you" last Wednesday. I visited the same afternoon. '
    "It was Jaden's new VR game turned up full blast.",
    "Poppy (4) lives with mum. He has refused to give his friends' names and mum says she doesn't know them either.",
    "A mum stopped me at the gate this morning. Hypothetically, if we found out he was on the sex offenders register, "
    "would we ring you?",
])
def test_not_immediate_risks_of_round_42(text):
    assert not assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", ["Her son, Keith Ashby (about 55), lives with her.", "Her son, Keith Ashby, 55, lives with her.",
                                  "Her son Keith Ashby (aged about 55) lives with her.", "Dean Foulkes (34 years old) opened the door."])
def test_a_name_told_with_an_adult_age_is_no_child(text):
    """An old woman frightened of her son "(about 55)" is adult safeguarding: with no child named, the
    mail is about an adult only (round 42)."""
    from bot.parser.extract.children import find_children
    assert find_children(text, today=TODAY) == []
    assert find_children(text.replace("55", "15").replace("34", "14"), today=TODAY) != []


# Round 43 (blind sets mixed136-138, after first contact): a mark "across the backs of both
# thighs"; a 7-month-old told "seven months old" in words, and a pillow held on a baby's face with
# "he'll do it to me"; a woman and her girls held in the flat ("won't let her or the girls, Amira (6)
# and Sana (3), leave the flat"). Not immediate: the doctors "happy it was the tup, the marks fit what
# happened"; a slap "in early 2047" (a year told alone dates the sentence); a procedure for
# "injuries to under-5s"; the police "all fine, no further action" about a water fight.
@pytest.mark.parametrize("text", [
    "When they changed him after lunch they found a loop-shaped mark across the backs of both thighs, red and raised. "
    "Dad is collecting him at 5.15 tonight.",
    '"Lee put the pillow on Clemmie\'s face when she was crying and held it and she went all quiet. '
    "He said if I tell Mummy he'll do it to me. He does it when she cries in the night and it was last night too.\"",
    "Felix's sister, who is seven months old, is at home today with Mr Danvers. Felix said he hurts her.",
    "Mrs Miah rang me at 8.10 this morning. Jamal won't let her or the girls, Amira Miah (6) and Sana Miah (3), leave the flat.",
])
def test_immediate_risks_of_round_43(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "The hospital rang our Sian last night about the bruises on Owen's legs. The doctor saw him again yesterday and "
    "they said they were happy it was the tup, the marks fit what happened.",
    "TAF meeting booked for Thursday at 10:00 at the school. During a family visit to Bangladesh in early 2025, "
    "her father slapped her and her mother.",
    "It is sent under our group procedure for notifying the local authority of injuries to under-5s seen at our hospitals.",
    'Clemmie was shrieking "HELP, HE\'S KILLING ME!" in a water fight and a lady walking past rang the police. The officers '
    'spoke to both children and left saying "all fine, no further action".',
])
def test_not_immediate_risks_of_round_43(text):
    assert not assess(text, today=TODAY)[0], text


# Round 44 (blind sets mixed139-141, after first contact): a girl "traveling today to meet an adult
# she met on Pingle"; "someone called "Uncle Reece" who she has been chatting to" waiting at home
# time; two young children on a livestream with "no adult seen" and "Still no adult"; a girl caring
# for her disabled sister "on her own since then" with mum not back; "Uncle Col gets in the bath with
# me" and "the secret wash"; a court that "only lets him have supervised contact", and the child
# gone with him. Not immediate: "A hypothetical to make it concrete: say a player told ..."; a form's
# "Suspected NAI: No."; bruising "looked at under child protection procedures at the time".
@pytest.mark.parametrize("text", [
    "Our Trust & Safety team identified activity indicating that a minor user is traveling today to meet an adult she met on Pingle.",
    'Hana showed a friend messages from someone called "Uncle Reece" who she has been chatting to for a few weeks. '
    'Today he said he will be "in the silver car at home time" to take her to get the phone he promised her.',
    "Account holder on camera in a living room with two young children. 14:20 Account holder leaves the room. "
    "No adult seen or heard after this point.",
    "Mum went out yesterday afternoon and hasn't come back. Jade (13) has been doing everything for Evie on her own since then.",
    '"Uncle Col gets in the bath with me at nanna\'s and does the secret wash." Nan is picking her up at 5 today and Col will be there.',
    "As you know the court only lets him have supervised contact. This morning mum let Poppy go with him - he's taking her to his mum's.",
])
def test_immediate_risks_of_round_44(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "A hypothetical to make it concrete: say a player told one of our moderators that their dad hits them and that "
    "they're scared to go home tonight.",
    "SAFEGUARDING (complete for every child): Suspected NAI: No. Her baby brother (4 months) was also seen.",
    "Because she also had bruising behind that ear, it was looked at under child protection procedures at the time and "
    "she had a child protection medical.",
])
def test_not_immediate_risks_of_round_44(text):
    assert not assess(text, today=TODAY)[0], text


# Round 45 (blind sets mixed142-144, after first contact): a man on bail not to contact her "picking
# the three of them up" at 4pm today. Not immediate: "There is no suggestion that Lacey is being left
# alone or hurt"; a caseload "picked up from Alison Tuckett when she went on maternity leave".
@pytest.mark.parametrize("text", [
    "Jodie left the refuge this morning with Mia (4) and Alfie (20 months). She is going back to Craig and he is picking "
    "the three of them up at 4pm today. Craig is on bail with a condition not to contact her.",
])
def test_immediate_risks_of_round_45(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "There is no suggestion that Lacey (4) is being left alone or hurt, but mum has started drinking again.",
    "I picked them up from Alison Tuckett when she went on maternity leave. The handover says dad is a Schedule 1 offender.",
])
def test_not_immediate_risks_of_round_45(text):
    assert not assess(text, today=TODAY)[0], text


# Round 46 (blind sets mixed145-147, after first contact): a 3-year-old "climbing on the bike to see
# over the rail" of a 9th-floor balcony; a child's note "he put his hands round my neck ... i couldn't
# breath" and "faded fingertip-shaped marks" (the marks' look, not marks that have faded). Not
# immediate: "forced marriage came up in our DSL meeting".
@pytest.mark.parametrize("text", [
    "The little boy in 9th floor Dunmore House is on the balcony on his own again, climbing on the bike to see over the rail. "
    "That is Zayan (3).",
    "Ruby (10) gave me this note: \"he put his hands round my neck before i came and i couldn't breath.\" "
    "There are faded fingertip-shaped marks on both sides of her neck. Lee is the one down to collect her at 1.30.",
])
def test_immediate_risks_of_round_46(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "Staff wondered whether there could be anything more behind it - forced marriage came up in our DSL meeting - so I "
    "have spoken to Maryam on her own twice.",
])
def test_not_immediate_risks_of_round_46(text):
    assert not assess(text, today=TODAY)[0], text


# Round 47 (blind sets mixed148-150, after first contact): a spreading infection told clinically
# ("unable to swallow", "drooling", "cellulitis") with a carer who says the child "is not going in a
# hospital" or leaves the clinic with him before the transfer; someone who comes into the children's
# room at night and gets into a child's bed; "hit Andrei on the face". Not immediate: a question
# "not about any particular student"; glasses that "have not been collected"; a clock time of a
# visit on an earlier weekday, told in the past tense.
@pytest.mark.parametrize("text", [
    "Diagnosis: dental abscess with facial cellulitis; Jayden is drooling and unable to swallow. At 15:20 his father said "
    "he is not going to hospital and left the surgery with him before the ambulance came.",
    "Maya (9) told me: when dad is on late shifts her stepbrother comes into their bedroom and climbs into Lily's bed. "
    "Dad is on lates again tonight.",
    "Last night that man came to the flat, he hit Kacper on the face and drove him away. Kacper is 13 and has not "
    "come home.",
])
def test_immediate_risks_of_round_47(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "This is not about a specific pupil: if a 15-year-old says she would rather die than fail, is that an immediate "
    "risk for MASH?",
    "The optician has written to say Amira's new glasses are ready; they have not been collected.",
    "At my home visit on Monday mum was drunk at 10am and the baby was in a dirty nappy; the house had no food.",
])
def test_not_immediate_risks_of_round_47(text):
    assert not assess(text, today=TODAY)[0], text


# Round 48 (blind sets mixed151-153, after first contact): a child's own words "I get the belt" with
# the adult "comes back at six"; a mother who whispers "he's had a drink and he's got Alfie in the
# truck" before the line goes dead, about a father who "isn't to be at the caravan". Not immediate:
# an enquiry that "isn't about any particular child"; a child not collected whom someone collected
# later that evening; a mother hurt when she "slipped at work"; a mother "often drowsy and slurring"
# at collection; a child "left in the car" on Friday, told on Monday; a cold house at visits "on the
# 10th and the 17th".
@pytest.mark.parametrize("text", [
    "He tell me: \"When dad comes back at six I get the belt.\" He has bruises on both arms.",
    "She whispered \"he's had a drink and he's got Mia in the van\" and the line went dead. Her phone now goes to voicemail.",
])
def test_immediate_risks_of_round_48(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "This isn't about any particular child: what should we do if a child hasn't been collected and we can't reach anyone?",
    "Lily wasn't collected from the club at 6pm. Her grandad collected Lily at 6.40 and all was well.",
    "Mum had slipped at work and been taken to hospital with a broken wrist, so the club rang grandad.",
    "When dad does arrive he is often drowsy and slurring; he says it is his medication.",
    "On Tuesday Aisha told her teacher she was left in the car at the supermarket; dad was loading the boot beside her.",
    "When I visited on the 2nd and the 9th the house was cold and the children were in bed at 5pm to keep warm.",
])
def test_not_immediate_risks_of_round_48(text):
    assert not assess(text, today=TODAY)[0], text


# Round 49 (blind sets mixed154-156, after first contact): a child's words for sexual harm ("comes in
# my bed and does stuff to me", "says it's our secret", "comes in the bathroom and locks the door",
# "her bottom hurt") - and a threat of prison made to a child is no adult held; a father let out this
# morning who "came straight to the house", against a licence that says he is "not to contact" her;
# "he's got Mia on his lap"; "next time he'll do it properly"; "he'll do my wrist again"; a chair
# against the bedroom door. Not immediate: "I don't want to go to the meetings"; an adult with no
# child ("I don't have any kids").
@pytest.mark.parametrize("text", [
    "Josh said: \"When mum's at work Kyle comes in my bed and does stuff to me and says it's our secret and if I tell "
    "she'll get put in prison.\" Kyle is collecting him at 10am tomorrow.",
    "This morning Lily (she's 4) cried at nursery and said her bottom hurt.",
    "Dad was let out of prison this morning and came straight to the house. His licence says he is not to contact the "
    "children.",
    "He said next time he'll do it properly. His stepdad is driving him home now.",
    "He says if I say anything he'll do my wrist again like last time. I sleep with a chair against my door.",
])
def test_immediate_risks_of_round_49(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "Harvey asked me to pass this on in his own words: \"I don't want to go to the meetings, they talk about me.\"",
])
def test_not_immediate_risks_of_round_49(text):
    assert not assess(text, today=TODAY)[0], text


def test_an_adult_writing_with_no_child_is_about_no_real_child():
    text = ("I'm writing for myself. I don't have any kids and I'm not pregnant. My ex smashed my phone and said he'll "
            "hurt me. I'm scared of him.")
    assert describes_no_real_child(subject="Help", text=text, bulk=False)
    assert not describes_no_real_child(subject="Help", text="I am 74 and my grandson Theo (6) came to me with a bruise.",
                                       bulk=False)


# Round 50 (blind sets mixed157-159, after first contact): a child's words "held her hand on the
# cooker" with the man "asleep downstairs"; "he comes in the bed when everyone is sleeping", "comes to
# my bed ... puts his hand under my nightie"; a baby left in his cot; "he holds my nose and pushes it
# in"; "please don't make me go home tonight"; "she's going back to Craig", "he'll take them all to
# his mums tonight". Not immediate: a mother "with her GP"; a fit "at 2am on Saturday" told on
# Monday; bruises "from blood tests and the cannula"; "Mum did exactly the right thing".
@pytest.mark.parametrize("text", [
    "The caller, 11, says \"Dean held her hand on the cooker because she wouldn't stop crying\". He says Dean is asleep "
    "upstairs.",
    "Amira said: \"Please don't make me go there, he comes in the bed when everyone is sleeping.\" Her uncle is coming "
    "to take them at 3.30 today.",
    "Her text says: i left him in his cot with a bottle. i'm on the train. He is 5 months old.",
    "Lily wrote: \"please don't make me go home tonight. he holds my nose and pushes food in my mouth till I'm sick.\"",
    "he has bail conditions not to contact her. she's going back to Craig and he'll take them all to his mums tonight.",
])
def test_immediate_risks_of_round_50(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "He is in prison and a restraining order covers mum and both children. Mum is with her GP and talking therapies.",
    "The ambulance was called at 2am on Tuesday because Noah (19 months) had a fit with a high temperature. Mum did "
    "exactly the right thing and rang 999.",
    "The bruises on the insides of Amina's forearms are from blood tests and the cannula during her admission.",
])
def test_not_immediate_risks_of_round_50(text):
    assert not assess(text, today=TODAY)[0], text


# Round 51 (blind set mixed160, after first contact): a mother who stopped her son's epilepsy medicine
# "so it ends for both of us"; a girl's words in a feedback form: "my stepdad twisted it behind my
# back", "mum wouldn't take me" for the x-ray, "if I tell anyone I'll get worse than that", "Lee is
# home tonight", "I don't want to go home tonight" (a wish denied is the wish, not the event). Not
# immediate: a pet "badly injured and put down"; a mother who "doesn't want any more services at
# the moment" and "can change her mind" (the noun, not minding children).
@pytest.mark.parametrize("text", [
    "She told our volunteers she stopped giving Oliver his epilepsy medicine on Saturday \"so it ends for both of us\".",
    "The doctor said I need an x ray at the hospital but mum wouldnt take me. Lee is home tonight and he said if I tell "
    "anyone I'll get worse than that.",
    "My stepdad Lee twisted it behind my back on Wednesday. I don't want to go home tonight but I've got nowhere else.",
])
def test_immediate_risks_of_round_51(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "The attack under item 3 is the neighbour's dog attacking the family's cat. The cat was badly injured and had to be "
    "put down today. The children were upset but not hurt.",
    "She has said no - she doesn't want any more services at the moment. I've told her she can change her mind at any time.",
])
def test_not_immediate_risks_of_round_51(text):
    assert not assess(text, today=TODAY)[0], text


# Round 51 (blind set mixed162, after first contact): a child drawn naked in the bath with her uncle,
# who babysits tonight. Not immediate: a parent writing of her own abscess ("my face is swollen")
# with her children fine and cared for.
@pytest.mark.parametrize("text", [
    "Bella drew herself and her uncle Shane in the bath, both with no clothes on. She said \"Uncle Shane does it when "
    "he babysits. He's babysitting tonight cos mummy's at work.\"",
])
def test_immediate_risks_of_round_51_mixed162(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "I'm not writing about my kids, they're fine - they're with me, they're at school, my sister has them after school. "
    "I've had a dental abscess for three weeks, my face is swollen and the pain is killing me.",
])
def test_not_immediate_risks_of_round_51_mixed162(text):
    assert not assess(text, today=TODAY)[0], text


# Round 51 (blind set mixed161, after first contact): a baby drying out ("dry nappy since last night,
# sunken soft spot, hardly waking to feed") whom the health visitor asked them to take "straight to
# the Royal London" and "Kamal said no and drove off"; "Grace doesn't know where they went". Not
# immediate: a family's own "older boys are settled at school".
@pytest.mark.parametrize("text", [
    "At the weigh-in this afternoon Inaya (8 weeks) was 3.2 kg. Dry nappy since last night, sunken soft spot, hardly "
    "waking to feed. Grace asked them to go straight to the Royal London; Kamal said no and drove off with the baby at "
    "2.45. Grace doesn't know where they went.",
])
def test_immediate_risks_of_round_51_mixed161(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "She has engaged well with the perinatal team today, and the older boys are settled at school.",
])
def test_not_immediate_risks_of_round_51_mixed161(text):
    assert not assess(text, today=TODAY)[0], text


# Round 52 (blind sets mixed163-165, after first contact): told in a second language or by machine
# translation ("He comes to my room at nights", "he has the eye blue and closed", "if he speaks at the
# school he breaks the hand of him", "he does not want to leave", "I do not see them more"); a child
# strapped in a buggy in a shut room whose father "won't let me take him to the walk-in centre"; a
# girl "he wont let me go out" with a bleeding lip; "the boy is still not back"; a father who threw a
# boy "against the wardrobe"; "the massage game ... at night"; a clinical note's "Father declined:".
@pytest.mark.parametrize("text", [
    "Gabija tell me: \"He comes to my room at nights.\" She say he lock the door when he come in. Tonight mother work "
    "night shift, so Gabija and Lukas are in the house with Darius only.",
    "Now he stays here, he sleeps on the sofa and he does not want to leave. Darius did not go at school today, he has "
    "the eye blue and closed. He told to Darius that if he speaks at the school he breaks the hand of him.",
    "Riley Doran (2) is strapped in his buggy in the back bedroom with the door shut and the light off. He is soaked "
    "through, his lips are dry and cracked. Dad won't let me take him to the walk-in centre. I'm with them now.",
    "a girl maybe 12 opened the door. her lip was bleeding and her eye was swollen nearly shut. she whispered "
    "\"please tell someone, he wont let me go out\".",
    "He take the small boy Archie Lane (3 years), put him in his car and drive away. Police come and go, but the boy "
    "is still not back.",
    "Watching the Khan family's live rn - dad just threw Zayn Khan (hes about 4) against the wardrobe. Zayns nose is "
    "bleeding.",
    "Poppy told her teacher this morning that mum's manager does \"the massage game\" on her at night when mummy is "
    "asleep. Mum is taking both children out at lunchtime to stay at Callum's house for a week.",
    "HR 41 resting, BMI 13.1. Advised same-day paediatric assessment. Father declined: they fly at 21:05 tonight.",
])
def test_immediate_risks_of_round_52(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "Tiago is burning since Sunday, I gave him the syrup [she means a high temperature - the GP saw him on Monday].",
    "The sentences are only examples from the course book, they are not about anyone in the class.\n\n"
    "d) The little boy is home alone. He is only five.",
    "FYI: the bruise on Andrei's arm that school logged has been checked. He fell off the climbing frame at Cubs, the "
    "leader saw it, and the GP saw him on Wednesday - consistent with the fall, no concerns.",
    "I found the family's dog, a Staffie, shut in the garden shed today. The owner said he got too much since the "
    "baby came.",
    "The owner's partner has sent me threatening solicitor's letters saying I owe them a release fee, today.",
    "Mum's drinking is daily now. Mum has stopped answering my calls and has cancelled the last three visits.",
    "Since Christmas Sean's drinking has got steadily worse. On both nights Ellis (7) had been left with a "
    "15-year-old neighbour.",
    "He keeps her passport and doesn't let her go out unless his mother goes with her. The children are at school.",
])
def test_not_immediate_risks_of_round_52(text):
    assert not assess(text, today=TODAY)[0], text


def test_an_older_parent_told_by_her_age_is_no_child():
    assert describes_no_real_child(subject="Help for my mother", text="Help please with my mother. She has 84 years and "
                                   "she lives with us. She falls in the night and she is in danger to be alone in the day "
                                   "when I am at work.", bulk=False)


# Round 53 (blind sets mixed166-168, after first contact): consent and information sharing, managers'
# voices, parents' work and the gaps in childcare. A child hit with something by a man named by kinship,
# a beating promised in the idiom, fire in the home with a child alone, no adult coming tonight, a child
# who does not want to go where she was harmed before; and worries that are only supposed, refused, in
# a form's list, or a year ago.
@pytest.mark.parametrize("text", [
    "mums boyfriend Shane hit my little brother Tyler Daniels with his belt tonight cos he wet the bed. tyler is 6.",
    "Tyler is 6. Shane has gone to the pub tonight and said when he gets back hell give him the rest.",
    "Nusrat is at home alone from 4 o clock, she have the key. She call me 10 minute ago crying, now the kitchen have "
    "smoke and she cannot turn off.",
    "Poppy told me she's got the key on her lanyard and she'll do Alfie's tea. Nobody is coming to the house tonight "
    "or tomorrow night. Alfie is 5 and Poppy is 9.",
    "She says Dean is picking her up from the school gate at 3.30 today to take her to Kyle's flat for a party with "
    "his mates. She was taken there in September and came home without her underwear, and she does not want to go.",
    "At 2.40 at the gate Leo told his TA \"Dean did the belt again\" and she saw red raised lines across the back of "
    "both legs. Dean is the one collecting Leo today.",
])
def test_immediate_risks_of_round_53(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "So at the moment nobody with PR has been able to give consent.",
    "She is worried that if she is put on nights she would have nobody to care for the children.",
    "To be clear, this has not happened - she currently works days only, and she has told me she would rather give "
    "up the post than leave them on their own.",
    "Dad's sister stays over if the weather keeps the boat out, so the children are not on their own overnight, "
    "and I discussed this with my manager today.",
    "What are we worried about? Physical care and supervision of three children while mum works nights; Jayden (10) "
    "left in charge overnight; lateness; little food. Ollie is 4.",
    "You may see on LCS that in the summer holidays of 2065 the children were left with their 12-year-old cousin for "
    "a day when mum was called in for a double shift. Reggie is 2.",
])
def test_not_immediate_risks_of_round_53(text):
    assert not assess(text, today=TODAY)[0], text


# Round 54 (blind sets mixed169-171, after first contact): the child's own voice, council officers and
# regulators, education after school. Fire promised with the family inside and a home made ready to burn
# (not hidden by the name of a "Safe and Well" visit), a girl in a bolted room with the man now, a boy
# getting into a car with men and nobody knowing where he has gone, a child alone at the door with a
# carer who will not wake, a mother and child to "go to sleep and not wake up", a beating after a PDF's
# line break; and a child back or seen since, out late and home, and an out-of-office's stock advice.
@pytest.mark.parametrize("text", [
    "Went in for the Safe and Well follow-up and Mr Kerrigan has pulled all three smoke alarms off the ceiling, "
    "there's an open can of petrol in the hall. He said he'll put a match to it tonight with the lot of them in.",
    "She is living in that room with a man of about 35. Room 4 had a bolt on the OUTSIDE of the door. She asked me "
    "not to tell him. He came back while I was still on the landing. She is in the room with him now.",
    "At 08:30 she saw Jordan get into a silver Audi with the same two men from the Plymouth flat. His phone is off "
    "and mum doesn't know where he has gone.",
    "Dropped Dylan home at 4.10 as normal. His little sister answered the door on her own crying, she's 6 I think. "
    "She said mummy won't wake up.",
    "I have saved my tablets up and tonight me and Maisie are going to go to sleep and not wake up.",
])
def test_immediate_risks_of_round_54(text):
    assert assess(text, today=TODAY)[0], text


def test_a_pdf_line_that_breaks_before_a_name_is_one_sentence():
    from bot.parser.text import unwrap
    pdf = ("Wayne is back living here since Sunday. He said if I sign this he will leave us alone but\nlast night he "
           "hit\nLogan across the back with the dog lead and shut Macy in the shed.\nParent/carer: Nicola Price\nSigned")
    text = unwrap(pdf, document=True)
    assert "he hit Logan across the back" in text and "\nParent/carer" in text
    assert assess(text, today=TODAY)[0]


@pytest.mark.parametrize("text", [
    "Skye walked out of the TAF yesterday afternoon and didn't come home. I rang her nan at 9pm, who confirmed Skye "
    "was there. I saw Skye at school at 8.30 this morning and she was fine.",
    "Why now: his attendance has fallen to 61%, he has been missing from home until after midnight on school nights "
    "since Easter.",
    "If a young person is in immediate danger, call 999. Out of hours, concerns about a child should go to the "
    "council's Emergency Duty Team.",
    "She said the social workers should all leave us alone.",
    "His mum went out at 7 and got into a car with a man.",
    "The children were seen at the Safe and Well visit last month and the smoke alarms were fitted.",
])
def test_not_immediate_risks_of_round_54(text):
    assert not assess(text, today=TODAY)[0], text


# Round 55 (blind sets mixed172-174, after first contact): primary care, mail in pieces, relatives writing
# in. A man buying a child emergency contraception, collecting her today; children put out and kept out
# in the cold; a man who broke the child's wrist back living there; a 3-year-old who let the nurse in on
# her own, her mother not home since Saturday; and a training session's anonymised cases, a mother
# named by her role "whereabouts unknown", a carer stretched too thin.
@pytest.mark.parametrize("text", [
    "A man she thought was about 30 asked for the morning-after pill for her and said she was his girlfriend. Tasnim "
    "(12) says he is picking her up at 3.15 today to take her back to his flat.",
    "dads girlfriend made us go at 7 oclock and she said we can't come back in till dad says. dad is not answering. "
    "its freezing, jake has only got his pyjamas.",
    "Contact to MASH - Kayla Brierley age 6 - mum's ex Dean back living there since Sat, he broke Kayla's wrist in Feb",
    "This morning Ellie-Mae Birchall (3) let me in on her own. Her mum hasn't been home since Saturday night.",
])
def test_immediate_risks_of_round_55(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "Mother Hannah Whitfield, whereabouts unknown.",
    "Ayaan, who is 3, has lost weight on the health visitor's chart. Mum says she cannot look after everyone.",
    "Two police call-outs to arguments in December 2046; mum's cut lip; mum increasingly isolated since Dean moved in.",
    "Police were called in January after he pushed her down the stairs; he was released on bail with conditions not "
    "to contact mum, and he is staying with his brother in Poplar.",
])
def test_not_immediate_risks_of_round_55(text):
    assert not assess(text, today=TODAY)[0], text


def test_a_training_sessions_anonymised_cases_are_no_real_child():
    assert describes_no_real_child(subject="L3 safeguarding update - case studies (anon)", text="Cases for discussion, "
                                   "all anonymised + historic, all closed:\n1. 4/12 old, bruise L cheek, non-mobile.",
                                   bulk=False)


# Round 56 (blind sets mixed175-177, after first contact): regional English, teenagers' own relationships,
# Gypsy, Roma and Traveller families. An adult in a "relationship" with a child told by the adult's age,
# an intimate image to be sent unless she comes, "finish what he started", a child coming home alone, a
# man on the register with a child on his lap, a child kept in a caravan, an adult "has had sex with her
# ... most recently last night", a mother gone and not come back; and the mother's own bruises, a young
# carer's father's stroke, "attendance collapsed", "I will send it tomorrow".
@pytest.mark.parametrize("text", [
    "the guy from snap is getting me from the bus stop by tooting bec station at 2 he's 24 n he's got a car.",
    "MARF - Sadia Rahman (15) - the 24yo 'boyfriend' is parked outside the school gates right now, says he is taking "
    "her to Luton tonight",
    "Step up - Kerenza Trewin (14) - Deano (23) is picking her up from school at 3 today, mum doesn't know",
    "Kai has sent her one of the pics she sent him in the spring and says he will send it to her dad and put it on the "
    "Year 10 group chat at 4 o'clock unless she goes to his flat after school.",
    "Callum still has a key to the house and he says he'll be waiting there at 4 today to finish what he started.",
    "Through the front window I can see Kev Prowse on the settee with Lowenna on his lap. He's the one on the "
    "register for the little girl in Plymouth.",
    "Wayne, 30s, has had a young girl in his caravan since Friday. My daughter went over this morning and Ellie told "
    "her that she isn't allowed to leave.",
    "Charlotte (13) disclosed that the lodger has had sex with her on several occasions since January, most recently "
    "last night.",
    "Their mum went to hospital early yesterday morning to have her baby and has not come back. It was minus 3 last "
    "night in the trailer.",
])
def test_immediate_risks_of_round_56(text):
    assert assess(text, today=TODAY)[0], text


@pytest.mark.parametrize("text", [
    "Mum has a black eye and a split lip. She does not want to leave him.",
    "Maryam (10) looks after her dad, who had a stroke in the spring and can't get up the stairs on his own.",
    "Mateo is 3. We became involved after Lola's attendance collapsed last season.",
    "The draft plan isn't finished - I'm working on it tonight and will send it tomorrow.",
    "He lives on the farm and gets home one Sunday a month, so Mum is on her own with four children, including a "
    "six-week-old baby.",
    "Mum has a non-molestation order now and he has not been back since April.",
    "Her boyfriend is 16 and they are at the cinema today.",
])
def test_not_immediate_risks_of_round_56(text):
    assert not assess(text, today=TODAY)[0], text
