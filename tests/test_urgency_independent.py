"""Independent check of the parser's urgency decision (DESIGN.md safety rule 1).

Written without reading the parser or its own tests. Each case is a short, realistic email to
the Knowsley MASH step-up inbox. URGENT cases describe an immediate child-protection risk, mostly
without the words "urgent", "safeguarding" or "child protection". NOT URGENT cases use the same
vocabulary but are historic, negated, hypothetical, resolved, or about process.

A missed URGENT case is a safety bug and must fail. A NOT URGENT false alarm fails safe ("when
unsure, alert") and is marked xfail (non-strict) where observed.
"""

from __future__ import annotations

import zlib
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from bot.parser import parse_message
from bot.policy import load_pack

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
SENT = datetime(2026, 11, 23, 8, 40, tzinfo=UTC)

FALSE_ALARM = pytest.mark.xfail(reason="false alarm: fails safe", strict=False)


@pytest.fixture(scope="module")
def pack():
    return load_pack(ROOT / "config" / "authorities" / "knowsley.yaml")


def build_email(case_id: str, child: str, dob: str, text: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Sarah Whitfield <sarah.whitfield@knowsley.gov.uk>"
    msg["To"] = "knowsleymash@knowsley.gov.uk"
    msg["Subject"] = f"Step up - {child}"
    msg["Date"] = format_datetime(SENT)
    msg["Message-ID"] = f"<{case_id}.20261123@knowsley.gov.uk>"
    msg.set_content(
        "Hi MASH team,\n\n"
        f"I am writing about {child} (DOB {dob}), EHM case ID EHM-51{zlib.crc32(case_id.encode()) % 1000:03d}.\n\n"
        f"{text}\n\n"
        "Kind regards,\n"
        "Sarah Whitfield\n"
        "Family Practitioner, Family First 0-18\n"
        "Knowsley Council\n"
    )
    return msg.as_bytes()


# (id, child, DOB, key sentences)
URGENT = [
    ("disclosure_today", "Leah Carter", "04/03/2015",
     ("Leah told her teacher this morning that her stepdad hit her with a belt last night. "
      "She has red welts on the backs of her legs and says she is scared to go home at 3pm.")),
    ("injury_today_implausible", "Jayden Moss", "17/07/2018",
     ("When I visited at 10am today I saw a round burn on the back of Jayden's hand. "
      "Mum said he touched the kettle, but the mark is a neat circle the size of a cigarette end "
      "and Jayden would not look at me when I asked about it.")),
    ("baby_bruise", "Ava Kelly", "02/09/2026",
     ("The health visitor saw Ava this morning, she is 11 weeks old and not yet rolling, "
      "and noticed a bruise on her cheek and two small marks on her upper arm. "
      "Dad said he did not know how they got there.")),
    ("abroad_this_weekend", "Amira Hassan", "21/05/2016",
     ("Dad told school this morning that he is taking Amira to Pakistan on Saturday and she "
      "will not be coming back. Mum is frightened; there is a court order saying Amira must not "
      "be removed from the country.")),
    ("wont_go_home", "Tyler Ward", "09/01/2012",
     ("Tyler came to the pastoral office at lunchtime and said he will not go home tonight "
      "because his dad told him he would 'finish him'. He has finger-mark bruising on his neck.")),
    ("parent_arrested_no_carer", "Kayden Price", "30/10/2017",
     ("Mum was arrested at 7am today and is still in custody. Kayden and his sister Lily are at "
      "school and there is nobody to collect them or look after them tonight.")),
    ("found_wandering_night", "Mason Reilly", "14/02/2021",
     ("Police found Mason, aged 5, wandering alone on the East Lancashire Road at 2am last night "
      "in his pyjamas. When officers took him home they could not wake mum.")),
    ("drugs_and_weapon_now", "Harley Benson", "01/06/2019",
     ("On my home visit an hour ago there were bags of white powder and a machete on the kitchen "
      "table within reach of Harley. Mum's partner was there and became aggressive when I asked "
      "about them.")),
    ("ending_life_tonight", "Chloe Dixon", "11/11/2010",
     ("Chloe has been messaging a friend saying she is going to take all her mum's tablets tonight "
      "and 'end it all'. The friend showed the messages to the school nurse at 8.15am.")),
    ("hospital_after_assault", "Riley Stone", "25/04/2016",
     ("Riley was admitted to Whiston Hospital last night with a fractured arm after being attacked "
      "by his mum's boyfriend. The boyfriend has not been arrested and mum wants to take Riley "
      "home to him today.")),
    ("intoxicated_parent_baby", "Oliver Grant", "10/08/2026",
     ("I am at the property now. Mum is very drunk, slurring and unable to stand, and she is the "
      "only adult here with baby Oliver, who is 3 months old.")),
    ("perpetrator_back_today", "Kian Holt", "03/03/2014",
     ("Mum rang me at 8am to say Lee Harris was released from prison yesterday and moved back "
      "into the address this morning. He was convicted of assaulting Kian and is not supposed to "
      "have any contact with him.")),
    ("fgm_planned_holidays", "Aisha Warsame", "12/01/2017",
     ("Aisha told her teacher she is going to Somalia over the Christmas holidays 'to be cut like "
      "a big girl'. Her older cousin had the same ceremony last summer.")),
    ("sexual_exploitation", "Jade Morris", "19/08/2011",
     ("Jade has been seen getting into cars with older men outside school, has gone missing three "
      "times this week and came back last night with a new phone, expensive clothes and smelling "
      "of cannabis. She told a friend the men give her drugs.")),
    ("not_collected_parents_unreachable", "Maisie Cole", "06/06/2020",
     ("Nobody came to collect Maisie from school yesterday and staff kept her until 7pm. We still "
      "cannot reach mum or dad on any number and nobody answers at the house; she is with the "
      "headteacher now.")),
    ("sexual_abuse_disclosure_tonight", "Ellie-Mae Turner", "28/02/2017",
     ("Ellie-Mae told her teaching assistant this morning that her uncle touches her private parts "
      "when he babysits, and he is babysitting again tonight.")),
    ("strangled_in_front_of_children", "Brooke Fenton", "15/09/2015",
     ("Police were called to the house at 1am after dad strangled mum in front of Brooke and her "
      "brother. Dad was not arrested and is still living at the house.")),
    ("left_alone_overnight", "Lucas Byrne", "22/12/2019",
     ("A neighbour rang me this morning: Lucas and his baby sister were left home alone all night "
      "with no food and no heating, and she could hear them crying through the wall. Mum has not "
      "come home.")),
    ("daddy_punched_me", "Noah Quinn", "05/05/2022",
     ("Noah arrived at nursery this morning with a black eye and told his key worker 'daddy "
      "punched me'. Dad is collecting him at 12.")),
    ("baby_shaken", "Freddie Lowe", "05/09/2026",
     ("Dad told the health visitor this morning that he shook Freddie because he would not stop "
      "crying. Freddie has been sleepy and floppy since and is not feeding.")),
    ("missing_with_adult", "Kacey Lynch", "13/04/2013",
     ("Kacey has been missing since Friday evening. Her phone is off and she was last seen getting "
      "into a car with a 24-year-old man who is known to police.")),
    ("forced_marriage", "Zara Begum", "02/02/2010",
     ("Zara messaged her form tutor last night saying her family are taking her to Bangladesh next "
      "week to marry a man she has never met. She says she is being kept in her room and her "
      "passport has been taken.")),
    ("online_grooming_meeting_today", "Ruby Shaw", "07/07/2014",
     ("Ruby has been talking online to a man who says he is 19. He has sent her sexual pictures "
      "and she has arranged to meet him at the park after school today.")),
    ("parent_psychosis_with_baby", "Isla Murphy", "01/10/2026",
     ("Mum is in a psychotic episode, saying the baby is possessed and needs to be 'cleansed'. "
      "She is at home alone with Isla and dad cannot get there until tonight.")),
    ("self_harm_plan", "Callum Reid", "18/03/2011",
     ("Callum showed the school counsellor deep cuts on both arms that he made last night and said "
      "he has a rope in his bedroom and a plan for when he gets home.")),
    ("threat_to_kill_children", "Poppy Nolan", "23/06/2018",
     ("Dad left a voicemail for school at 8.30am saying that if anyone lets mum collect the "
      "children he will kill them all. Poppy and her brother are in class now.")),
    ("medical_neglect_diabetes", "Sophie Wilde", "29/01/2013",
     ("Sophie has type 1 diabetes and has had no insulin for three days because mum has not "
      "collected the prescription. She was sick twice in class this morning and is very drowsy.")),
    ("locked_out_overnight", "Ben Hughes", "08/08/2018",
     ("Ben was locked out of the house overnight in freezing temperatures and a neighbour found "
      "him shivering on the doorstep at 6am. Mum says it was his punishment for wetting the bed.")),
    ("county_lines_tonight", "Jordan Mills", "27/05/2012",
     ("Jordan told me today that older boys are making him carry drugs to Blackpool and have "
      "threatened to stab his mum if he refuses. They have told him to go again tonight.")),
    ("raped_at_party", "Megan Doyle", "16/10/2012",
     ("Megan told her friend she was raped at a party on Saturday by an 18-year-old who lives on "
      "her street and is now sharing a video of it. She has not told her parents.")),
]

NOT_URGENT = [
    ("no_current_concerns", "Kai Murray", "12/12/2016",
     ("There are no current safeguarding concerns. We are requesting a step-up because the family "
      "has not engaged with the plan for three months.")),
    ("bruise_explained_gp", "Kai Johnson", "03/05/2018",
     ("The bruise on Kai's shin was explained (a fall in the park) and seen by the GP in June, who "
      "had no concerns. The step-up is about the family's housing and debt.")),
    ("strategy_2023_nfa", "Evie Hart", "19/09/2014",
     ("The 2023 strategy discussion concluded no further action and the family has been supported "
      "at Early Help level since. Progress has now stalled.")),
    ("no_sexual_harm", "Grace Lee", "30/03/2013",
     ("There is no suggestion of sexual harm. The concern is that Grace's attendance has dropped "
      "to 78% and mum is not engaging with school.")),
    ("police_called_last_year", "Alfie Burke", "11/02/2017",
     ("Mum has worked hard since the police were called last year after an argument with her "
      "ex-partner, and he has had no contact with the family since.")),
    ("if_things_deteriorate", "Lola Fox", "04/04/2019",
     ("If things deteriorate we will make a referral to MASH. For now we are asking for a step-up "
      "meeting to talk about the lack of progress with the plan.")),
    ("exploitation_risk_low", "Tyler Sims", "21/01/2011",
     ("The risk of exploitation is low and being monitored through the TAF. Tyler attends every "
      "session with his youth worker.")),
    ("previous_missing_episodes", "Jade Kerr", "02/06/2011",
     ("Previous missing episodes, none since March. Jade is now home by her curfew every night "
      "and mum reports things are calmer.")),
    ("form_missing", "Harry Platt", "14/07/2015",
     ("Apologies, the form is missing from my last email about Harry. Please find it attached to "
      "this one.")),
    ("attendance_missing_target", "Ella Booth", "09/10/2014",
     ("School attendance is missing the target of 90% this term, which is the main reason for the "
      "step-up request.")),
    ("no_immediate_concerns", "Finley Ashe", "27/11/2016",
     ("There are no immediate safeguarding concerns, but after nine months of Early Help the "
      "family's needs remain unmet and the TAF agreed to request a step-up.")),
    ("historic_domestic_abuse", "Ruby Dean", "05/01/2015",
     ("There was historic domestic abuse from dad, who left the family home in 2021. There have "
      "been no incidents since and mum has completed the Freedom Programme.")),
    ("hypothetical_abduction", "Sami Rahman", "16/08/2016",
     ("Mum asked what would happen if dad ever tried to take the children abroad. There is no "
      "indication he intends to and he only has supervised contact.")),
    ("accidental_burn_resolved", "Riley Croft", "25/02/2017",
     ("The burn Riley had in September was accidental (a spilled hot drink), treated at the "
      "walk-in centre, and the hospital were satisfied with the explanation.")),
    ("training_question", "Millie Ross", "10/03/2018",
     ("Separately, could you let me know when the next training on recognising signs of abuse is "
      "running? Our team would like to attend.")),
    ("cp_plan_ended", "Oscar Webb", "13/05/2014",
     ("The child protection plan ended in August and the family was stepped down to Early Help. "
      "The minutes from the final conference are attached for your records.")),
    ("reschedule_meeting", "Ava Pratt", "22/07/2019",
     ("Can we move the step-up meeting for Ava to Thursday at 2pm? The social worker is on leave "
      "on Tuesday.")),
    ("fgm_routine_discussion", "Hodan Ali", "08/09/2020",
     ("FGM was discussed with mum as part of the routine health visitor assessment. Mum is clearly "
      "opposed to it and the family have no plans to travel.")),
    ("self_harm_historic", "Chloe Parr", "20/12/2010",
     ("Chloe had a period of low mood two years ago and was supported by CAMHS. She has not "
      "self-harmed since 2024 and is now doing well at college.")),
    ("drug_use_past", "Leo Hanley", "01/11/2016",
     ("Dad's drug use in 2022 led to the previous referral. He has been clean for over two years "
      "and his tests are negative.")),
    ("not_at_risk_of_harm", "Leo Carr", "17/04/2015",
     ("Nobody believes Leo is at risk of harm at home. The concern is the parents' poor engagement "
      "and the condition of the house.")),
    ("arrest_unrelated_historic", "Dylan Moore", "29/06/2013",
     ("Dad was arrested in 2023 for a public order offence unrelated to the children, and no "
      "charges were brought.")),
    ("s47_unsubstantiated", "Erin Walsh", "06/12/2014",
     ("The allegation made in April was looked into under section 47 and was unsubstantiated; the "
      "case closed in May. The family now want support with Erin's behaviour.")),
    ("signature_missing", "Jack Tyrer", "18/02/2016",
     ("The consent section is missing mum's signature. I will get her to sign it at Monday's "
      "visit and send it on.")),
    ("threshold_question", "Summer Cross", "03/08/2017",
     ("Could you advise whether poor home conditions alone would meet the threshold for a step-up? "
      "I do not think the children are in any danger.")),
    ("planned_hospital_stay", "Oliver Kane", "10/07/2026",
     ("Baby Oliver was in hospital last week for a planned hernia operation and has recovered "
      "well. Dad has been very attentive throughout.")),
    ("cse_awareness_session", "Jade Rigby", "12/03/2011",
     ("We delivered a session on child sexual exploitation to Jade's year 9 class. She engaged "
      "well and there is nothing to suggest she has links to any risky adults.")),
    ("no_disclosure_no_injuries", "Mason Pugh", "24/10/2020",
     ("Mason has not made any disclosure and there are no marks or injuries. School describe him "
      "as happy and settled.")),
    ("knife_workshop", "Jordan Abbott", "15/01/2012",
     ("Jordan took part in the knife crime awareness workshop and asked good questions. The "
      "step-up is about his repeated school exclusions.")),
    ("alcohol_managed", "Isla Gorman", "02/04/2026",
     ("Mum's alcohol use is now managed through Change Grow Live. She has been sober for 14 months "
      "and Isla's needs are being met.")),
]

# NOT URGENT cases observed to alert: they fail safe, so they are xfail (non-strict).
OBSERVED_FALSE_ALARMS: set[str] = set()


def _params(cases, expected, false_alarms=frozenset()):
    out = []
    for case_id, child, dob, text in cases:
        marks = [FALSE_ALARM] if case_id in false_alarms else []
        out.append(pytest.param(case_id, child, dob, text, expected, id=case_id, marks=marks))
    return out


@pytest.mark.parametrize(
    "case_id, child, dob, text, expected",
    _params(URGENT, True) + _params(NOT_URGENT, False, OBSERVED_FALSE_ALARMS),
)
def test_urgency_decision(pack, case_id, child, dob, text, expected):
    raw = build_email(case_id, child, dob, text)
    result = parse_message(raw, pack=pack, authority="knowsley", mailbox="mash_step_up", now=NOW)
    assert result.contract.urgent is expected, (
        f"{case_id}: expected urgent={expected}, got {result.contract.urgent!r}"
    )


def test_case_tables_are_balanced_and_unique():
    assert len(URGENT) == 30 and len(NOT_URGENT) == 30
    ids = [c[0] for c in URGENT + NOT_URGENT]
    assert len(ids) == len(set(ids))
    assert OBSERVED_FALSE_ALARMS <= {c[0] for c in NOT_URGENT}
