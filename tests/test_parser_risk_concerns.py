"""The concerns of the account that makes a mail urgent are the contract's concerns too, whatever
the kind and whatever words told it (issue 17: "concerns 74-80%"; the blind sets label an urgent
injury as physical harm even in a declined invitation or a follow-up's PS)."""
from __future__ import annotations

from datetime import datetime, timezone
from email.message import EmailMessage

import pytest

from bot.parser import parse_message

NOW = datetime(2028, 6, 14, 10, 5, tzinfo=timezone.utc)


def parse(subject: str, body: str, mailbox: str = "mash_step_up"):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "jo.bell@knowsley.gov.uk", "knowsleymash@knowsley.gov.uk", subject
    msg["Message-ID"], msg["Date"] = "<c1@knowsley.gov.uk>", "Wed, 14 Jun 2028 10:00:00 +0000"
    msg.set_content(body)
    return parse_message(msg.as_bytes(), pack=None, authority="knowsley", mailbox=mailbox, now=NOW).contract


@pytest.mark.parametrize("subject,body,concern", [
    # clinical words in a health professional's report
    ("ED attendance - Amy Lee", "Amy Lee (DOB 01/02/2027) was seen in ED this morning with a spiral fracture of the "
     "left femur, no explanation given. Mum's partner has taken her home.\nRuth Ames, ED Liaison Nurse", "physical_harm"),
    # the child's own words, in a PS of a follow-up that mainly sends a document
    ("RE: [SB-KNO-0041] Step up - Kai Lee", "Minutes attached.\n\nPS Kai Lee (8) told his teacher this morning "
     "\"dad burnt me with his lighter\" and showed a round mark on his arm. Dad collects him at 3.15 today.", "physical_harm"),
    # sexual harm told by a child, the adult there tonight
    ("Worry about Mia Cole", "Mia Cole (9) told me today that her stepdad touches her when mum is at work and mum "
     "works tonight.\nMrs K Patel, DSL", "sexual_harm"),
    # a girl to be cut abroad: physical harm, told in the family's own words
    ("Worry - Hodan Farah", "Hodan Farah (9) told me today her grandmother is taking her to Hargeisa on Thursday "
     "\"to be cleaned\" like her mum was. The tickets are booked.\nMrs K Patel, DSL", "physical_harm"),
    # harm promised to the child who might tell
    ("Kai Lee", "Kai Lee (8) told me at 2pm today: \"mum is on lates till 10 tonight. he said if i ever told anyone he "
     "would throw me down the stairs properly next time.\"\nMrs K Patel, DSL", "physical_harm"),
    # a child taken and kept is a missing child
    ("Twins not brought back", "Her friend Carl took the twins (7 months) to his mum's last night and has not "
     "brought them back. His phone is off.\nJo Bell, Health Visitor", "missing"),
    ("Leo Carney (6)", "Leo Carney (6): his dad didn't bring Leo back at 6pm yesterday after contact and his phone is "
     "off; his brother says they got the ferry to Belfast this morning.\nJo Bell, Social Worker", "missing"),
    # a child left without care, shown rather than named: neglect
    ("Pharmacy - Kirsty Kerr", "Kirsty came in at 11.30 for her supervised methadone with Ollie-James Kerr (9 months) "
     "in the pram. She was nodding off at the counter and nearly dropped the cup.\nJo Bell, Pharmacist", "neglect"),
    ("Nevaeh Cole (9 weeks)", "The health visitor was at the flat at 11.00 today: Nevaeh Cole (9 weeks) has had no "
     "formula since Monday morning and mum says there is no money until Friday.\nJo Bell, Health Visitor", "neglect"),
    ("Boy by the canal", "There's a small boy maybe 4 on his own by the lock, it's getting dark and he's in the water "
     "up to his waist hanging on the ladder.\nJo Bell, Lock Keeper", "neglect"),
    ("Mason Tully (6)", "Mason Tully (6) has been vomiting since last night, is very drowsy and his breath smells of "
     "pear drops; mum says she won't take him to the doctor.\nJo Bell, School Nurse", "neglect"),
    # domestic abuse told by its remedy: an order or bail condition keeping him from mum and the children
    ("Lee Hannaford released", "Mum rang me ten minutes ago: Jordan Hannaford's dad was released this morning - "
     "his licence says no contact with mum or the children - and he is outside the house now.\nJo Bell, "
     "Family Support Worker", "domestic_abuse"),
    # domestic abuse told by what he did to her: the mother named just before, a woman writing of her own
    # husband, violence to the mother in so many words
    ("Worry - Amy Lee (6)", "Mum rang me from a friend's car at 11.40. Dean came back to the flat last night and hit "
     "her: she has a split lip. Amy Lee (6) is at school and he says he will collect her at 3.15 today.\nJo Bell, "
     "Family Support Worker", "domestic_abuse"),
    ("please help", "Last night my husband beat me and my son Kai Lee with his belt. Kai is 8 and has marks on his "
     "back. He says when he comes home tonight he will teach us both a lesson.\nAmina", "domestic_abuse"),
    ("please help", "Last night my husband beat me and my son Kai Lee with his belt. Kai is 8 and has marks on his "
     "back. He says when he comes home tonight he will teach us both a lesson.\nAmina", "physical_harm"),
    ("Amy Lee (4)", "Amy Lee (4) was at the window at 7am today screaming. Her dad strangled mum in the kitchen last "
     "night and he is still at the house.\nJo Bell, Neighbour", "domestic_abuse"),
    # ... and by its name in the sentence before the account ("a non-molestation order")
    ("Kai Lee (8)", "Mum has a non-molestation order against Kai's father. He turned up at the school gate at 3pm "
     "today, drunk, and said he is taking Kai Lee (8) home with him tonight.\nJo Bell, DSL", "domestic_abuse"),
])
def test_an_urgent_account_gives_its_concern(subject, body, concern):
    out = parse(subject, body)
    assert out.urgent is True
    assert concern in out.concerns


@pytest.mark.parametrize("subject,body,absent", [
    # a carer's overdose is an emergency for the child, not harm done to the child
    ("Mum not responding - Amy Lee", "Our worker is at the flat now: mum is on the sofa and cannot be woken, with "
     "empty blister packs of her tablets on the floor. Amy Lee (2) is alone with her.", "physical_harm"),
    # a carer's own overdose, and a child's own plan, are not neglect shown
    ("Mum not responding - Amy Lee", "Amy Lee (9) rang at 12.30: mum won't wake up, she's on the sofa and there are "
     "loads of empty packets of her tablets on the floor.\nJo Bell, School Nurse", "neglect"),
    ("Kai Lee (10)", "Kai Lee (10) said at lunch today: 'I'm going in the river after tea so nobody has to look "
     "after me any more.'\nJo Bell, DSL", "neglect"),
    # a sex offender's conditions about children generally are not domestic abuse
    ("Mr Tolland", "Mr Tolland was released this morning; his licence conditions prohibit unsupervised contact with "
     "anyone under 18, and he is at Amy Lee's (6) house now with her mum.\nJo Bell, Probation Officer",
     "domestic_abuse"),
    # the moment a drunk father drives off with her is not yet a missing child
    ("Amy Lee (4)", "Amy Lee (4): her dad was slurring and smelt of drink at pick-up at 3.15 today, and he drove off "
     "with her before staff could stop him.\nJo Bell, Nursery Manager", "missing"),
    # "her" is the child the sentence is about: physical harm to her, not domestic abuse
    ("Amy Lee (13)", "Amy Lee (13) told her head of year at 10 today that Wayne, mum's new boyfriend, pushed her "
     "into the banister last night and she has a big bruise on her arm. He collects her at 3.15.\nJo Bell, DSL",
     "domestic_abuse"),
    ("Amy Lee (6)", "Leo Lee told his teacher this morning that mum's boyfriend held Amy against the wall by her neck "
     "last night until she went floppy. He collects them at 3.15 today.\nJo Bell, DSL", "domestic_abuse"),
    # a firework through the letterbox that burned a child is an attack, not neglect
    ("Kai Lee (4)", "Last night at about 11.30 someone pushed a lit firework through our letterbox. It went off next "
     "to Kai Lee (4), burned the back of his hand and the mat caught fire. He is at home with me now.\nJo Bell",
     "neglect"),
])
def test_what_the_urgent_account_is_not(subject, body, absent):
    out = parse(subject, body)
    assert out.urgent is True
    assert absent not in out.concerns


def test_a_weapon_carried_in_an_exploitation_account_is_not_physical_harm():
    out = parse("Tyler Rowe (15)", "Tyler Rowe (15) was found in a trap house in Kirkby at 1am today by police, with a "
                "knife and wraps of cocaine, and older men are looking for him tonight.\nJo Bell, Youth Worker")
    assert out.urgent is True
    assert "exploitation" in out.concerns and "physical_harm" not in out.concerns


# A subject that names another kind of mail is not a step request, whatever step words it holds;
# the children it gives with their dates of birth are still said.
@pytest.mark.parametrize("subject,kind", [
    ("Escalation - stage 2 - step up not agreed at TAF 4 February - Lowe children", "other"),
    ("Outcome of professional disagreement - step down - Fairweather-Cho", "other"),
    ("Case transfer - Leominster to Hereford City locality - Okonkwo-Evans family", "other"),
    ("Out of area placement notification - Lewisham child placed in Torquay", "other"),
    ("Advice please - new pupil who was on a child protection plan", "other"),
    ("Step up - Lowe children", "step_up"),
    ("RE: Step up request - Lowe children", "step_up"),
])
def test_a_subject_naming_another_kind_of_mail(subject, kind):
    body = ("I'm writing about the step up for the Lowe children, EHM-71156. The TAF decided the family should "
            "stay at Level 3; mum's drinking and the GCP2 at level 4 are the worries. My manager agreed.\n"
            "Children: Kaci Lowe (03/04/2023) and Brody Lowe (19/09/2017).\nJo Bell, Team Manager, Family First")
    out = parse(subject, body)
    assert out.kind == kind
    assert {c["name"] for c in out.children} == {"Kaci Lowe", "Brody Lowe"}


def test_a_declined_invitations_comment_names_the_child_it_tells_of():
    from bot.parser import parse_message
    msg = EmailMessage()
    msg["From"], msg["To"] = "jo.bell@knowsley.gov.uk", "knowsleymash@knowsley.gov.uk"
    msg["Subject"] = "Declined: Step-down drop-in - Gittins [SB-knowsley-70]"
    msg["Message-ID"], msg["Date"] = "<d1@knowsley.gov.uk>", "Wed, 14 Jun 2028 10:00:00 +0000"
    comment = ("Sorry, I can't do the drop-in tomorrow. I'm at the hospital with another family - baby Nia Lloyd, "
               "7 weeks, has a skull fracture and neither parent can say how. They are taking her home tonight.")
    msg.set_content(comment)
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
           "UID:sb-knowsley-70@stepbot\r\nDTSTAMP:20280614T100000Z\r\nDTSTART:20280615T100000Z\r\n"
           "SUMMARY:Step-down drop-in - Gittins\r\nATTENDEE;PARTSTAT=DECLINED:mailto:jo.bell@knowsley.gov.uk\r\n"
           f"COMMENT:{comment.replace(',', chr(92) + ',')}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    msg.add_alternative(ics, subtype="calendar", params={"method": "REPLY"})
    out = parse_message(msg.as_bytes(), pack=None, authority="knowsley", mailbox="mash_step_up", now=NOW).contract
    assert out.kind == "meeting_reply"
    assert out.urgent is True
    assert "Nia Lloyd" in {c["name"] for c in out.children}


def _invitation(method: str, description: str, body: str = "Please read the description before Monday.") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = "amy.lowe@knowsley.gov.uk", "knowsleymash@knowsley.gov.uk"
    msg["Subject"] = "Step up TAF - Lexi Moran EHM-61902"
    msg["Message-ID"], msg["Date"] = "<i1@knowsley.gov.uk>", "Fri, 09 Jun 2028 22:52:00 +0000"
    msg.set_content(body)
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" f"METHOD:{method}\r\nBEGIN:VEVENT\r\n"
           "UID:taf-61902@knowsley.gov.uk\r\nDTSTAMP:20280609T225200Z\r\nDTSTART:20280621T090000Z\r\n"
           "SUMMARY:Step up TAF - Lexi Moran\r\nORGANIZER:mailto:amy.lowe@knowsley.gov.uk\r\n"
           "ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:knowsleymash@knowsley.gov.uk\r\n"
           f"DESCRIPTION:{description.replace(',', chr(92) + ',')}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    msg.add_alternative(ics, subtype="calendar", params={"method": method})
    return msg.as_bytes()


def test_an_invitations_description_is_read_for_risk():
    """The sender's own invitation carries the account in its DESCRIPTION, not its text part
    (blind set mixed120): it is read as a COMMENT is; a reply's copy of the organiser's is not."""
    from bot.parser import parse_message
    told = ("Reason for the step up (added tonight): at our session today Lexi told me that Shane, who has been "
            "sleeping on their sofa since Easter, comes into her bedroom at night and touches her under her pyjamas. "
            "He is at the house tonight.")
    out = parse_message(_invitation("REQUEST", told), pack=None, authority="knowsley", mailbox="mash_step_up", now=NOW).contract
    assert out.urgent is True
    quiet = parse_message(_invitation("REQUEST", "Agenda: introductions, the plan, next steps."), pack=None,
                          authority="knowsley", mailbox="mash_step_up", now=NOW).contract
    reply = parse_message(_invitation("REPLY", told, body="Accepted."), pack=None, authority="knowsley",
                          mailbox="mash_step_up", now=NOW).contract
    assert quiet.urgent is False and reply.urgent is False
