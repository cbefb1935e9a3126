#!/usr/bin/env python3
"""mixed113: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and the parse fields -
over the spring term of 2034 (Monday 9 January - Friday 31 March 2034), in Gypsy, Roma and Traveller families and
families on the move. Deterministic (no clock, no randomness); stdlib only; run `python3 make_set.py`.
Every label was set by hand from /work/shared/DESIGN.md, REQUIREMENTS.md, the seeds and the config packs; the
self-checks below only verify labels against those rules and stop on any error before anything is written."""
import json, os, re, sys, email, email.policy, email.utils
from datetime import date, datetime, timedelta
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *

HERE = os.path.dirname(os.path.abspath(__file__))
WINDOW = (date(2034, 1, 9), date(2034, 3, 31))
# England & Wales bank holidays of 2034 (New Year's Day falls on a Sunday, observed Mon 2 Jan; checked against the `holidays` package when importable)
BANK_HOLIDAYS = {date(2034, 1, 1), date(2034, 1, 2), date(2034, 4, 7), date(2034, 4, 10), date(2034, 5, 1), date(2034, 5, 29),
                 date(2034, 8, 28), date(2034, 12, 25), date(2034, 12, 26)}
MAILBOXES = {
    ("knowsley", "mash_step_up"): "knowsleymash@knowsley.gov.uk",
    ("knowsley", "early_help_duty"): "FamilyFirst0-18DutyMailbox@knowsley.gov.uk",
    ("richmond_wandsworth", "mash_step_up"): "MASH-StepUP@richmondandwandsworth.gov.uk",
    ("richmond_wandsworth", "early_help_duty"): "EarlyHelpDuty@richmondandwandsworth.gov.uk",
    ("tower_hamlets", "mash_step_up"): "MAST@towerhamlets.gov.uk",
    ("tower_hamlets", "early_help_duty"): "EarlyHelpHub@towerhamlets.gov.uk",
    ("torbay", "mash_step_up"): "mash@torbay.gov.uk",
    ("torbay", "early_help_duty"): "earlyhelp@torbay.gov.uk",
    ("herefordshire", "mash_step_up"): "mash@herefordshire.gov.uk",
    ("herefordshire", "early_help_duty"): "earlyhelpcoordinators@herefordshire.gov.uk",
}
BANNED = ["urgent", "immediate", "immediately", "emergency", "at risk", "risk of harm", "danger", "dangerous", "asap"]

FILES, LABELS, CATS, META = {}, [], {}, {}

def wd_between(today, meeting):
    n, d = 0, today + timedelta(days=1)
    while d <= meeting:
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
        d += timedelta(days=1)
    return n

def top(f, frm, to, subject, when, cc=None, domain="GBRP265.PROD.OUTLOOK.COM", mailer=None, extra=None,
        reply=False):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", msgid(f, domain))]
    if reply:
        r = "<%s@%s>" % (sha(f, "irt")[:30].upper(), domain)
        h += [("In-Reply-To", r), ("References", r)]
    if mailer:
        h.append(("X-Mailer", mailer))
    return h + (extra or [])

def body_mail(f, hdrs, text, fmt="plain", atts=(), html_body=None):
    if fmt == "plain":
        t = text_part(text)
    elif fmt == "alt":
        t = multipart("alternative", [text_part(text), text_part(html_body or html_of(text), "html")], bnd(f, 2))
    elif fmt == "html":
        t = text_part(html_body or html_of(text), "html")
    elif fmt == "flowed":
        t = text_part(text, params="; format=flowed")
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(hdrs, root)

def itip_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location, comment):
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    cal = ics("REPLY", f, dt(when), start, end, summary, location, None, organizer,
              [(frm_name, frm_email, partstat)], extra=["COMMENT;LANGUAGE=en-GB:" + ics_escape(comment)])
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part(comment + "\n"), cal_part], bnd(f, 1))
    h = top(f, addr(frm_name, frm_email), addr(organizer[0], organizer[1]), "%s: %s" % (word, summary), when,
            extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(h, root)

def ch(name, dob=None, written=None):
    return {"name": name, "dob": dob, "written": written}

def add(f, data, auth, mbox, when, delay, cat, kind, urgent, level, case_ids, children, concerns, consent, mgr,
        missing, notice_ok, next_action, why, meeting=None, night=False):
    FILES[f] = data
    now = dt(when) + timedelta(minutes=delay)
    LABELS.append({"file": f, "authority": auth, "mailbox": mbox, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": [{"name": c["name"], "dob": c["dob"]} for c in children],
                              "concerns": sorted(concerns), "consent": consent, "manager_agreed": mgr,
                              "missing": sorted(missing), "notice_ok": notice_ok, "next_action": next_action},
                   "why": why})
    CATS[f] = cat
    META[f] = {"when": when, "meeting": meeting, "children": children, "night": night}

def MB(a, m):
    return MAILBOXES[(a, m)]

def ack(ref, title, lines):
    return ("\n\n-----Original Message-----\nFrom: Step-up and step-down requests <noreply-stepbot@%s>\n"
            "Subject: [%s] Received: %s\n\nThank you. Your request has been received and given the reference %s.\n%s\n"
            "Please keep the reference in the subject of any reply.\n" % (ref[1], ref[0], title, ref[0], lines))

# =============================================================================== KNOWSLEY
A = "knowsley"
f = "knowsley_01.eml"
txt = """Hi MASH team,

Please find attached a step up request to CSC for the Ward children:

Romany-Rose Ward, DOB 03/05/2024
Levi Ward, DOB 19/11/2026

EHM case ID: EHM-60418. They live with mum Shauna Ward and her partner in a trailer on the Fernhill Drive site, Knowsley.

Family First have been working with the family at Level 3 since September. Since the family were moved back onto the site after the roadside eviction in November things have slipped badly: the trailer has had no running water since mid-December, Levi's attendance at St Aidan's is 61% this term and Romany-Rose hasn't been in school at all since the move. Neither child is registered with a GP in Knowsley. The GCP2 I completed on 10/01/2034 scores level 4 for physical care and for safety (attached).

My team manager Colette Maguire discussed the step up with me in supervision on 13 January and has agreed it.

The step up TAF meeting is booked for Wednesday 25 January 2034 at 10:00 on Teams. The calendar invite is attached and has gone to this inbox and MASH business support. I have invited the current TAF members (school, TES and the health visitor).

Attached:
- FF Step Up request to CSC - Ward.docx
- TAF minutes 05.01.2034 - Ward.pdf
- GCP2 Ward family Jan 2034.pdf

Thanks,
Ciara Fitzgerald
Family First Case Manager (Level 3), Kirkby
Tel 0151 496 0233
"""
inv = ics("REQUEST", f, dt("2034-01-16 10:05"), "20340125T100000", "20340125T113000",
          "Step up TAF meeting - Ward - EHM-60418", "Microsoft Teams Meeting",
          "Step up TAF meeting for Romany-Rose Ward and Levi Ward (EHM-60418). Chair: MASH social worker. Minutes: MASH business support.",
          ("Ciara Fitzgerald", "ciara.fitzgerald@knowsley.gov.uk"),
          [("Knowsley MASH", "knowsleymash@knowsley.gov.uk", "NEEDS-ACTION"),
           ("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk", "NEEDS-ACTION")])
atts = [docx_att("FF Step Up request to CSC - Ward.docx", [
            "# FF Step Up request to CSC", "Case ID on EHM: EHM-60418",
            "Children: Romany-Rose Ward (03/05/2024), Levi Ward (19/11/2026)",
            "Has this family recently closed to Children's Social Care?: No",
            "Date of step up TAF meeting: Wednesday 25/01/2034 10:00 (Teams)",
            "Level of Engagement: medium - Engaging Families toolkit not required (engagement is not the concern)",
            "Recent TAF meeting minutes attached: Yes (05/01/2034)",
            "# What are we worried about?",
            "No running water in the trailer since December; children unwashed; Romany-Rose out of school since November; Levi 61% attendance; no GP registration; GCP2 level 4 physical care and safety.",
            "# What is working well?", "Mum is warm with the children; maternal grandmother on the next pitch helps daily.",
            "# What next?", "C&F assessment; water restored by site services; school places and GP registration with TES support.",
            "Graded Care profile: completed 10/01/2034 (attached).",
            "Agreement by line manager: Colette Maguire, Team Manager, 13/01/2034 - agreed.",
            "Contingency plan: if water not restored by 20/01 Family First to request emergency repair via site services."]),
        pdf_att("TAF minutes 05.01.2034 - Ward.pdf", "TAF meeting minutes - Ward family - 05/01/2034",
                ["Present: Ciara Fitzgerald (Family First), Shauna Ward (mum), St Aidan's attendance officer, TES, HV.",
                 "Apologies: GP practice (family not registered).",
                 "1. Water supply to plot 11 still off - site services say the pipe is the family's responsibility.",
                 "2. Romany-Rose Ward - no school place since the move; TES to help with the in-year application.",
                 "3. Levi Ward - attendance 61%.",
                 "Actions: Family First to discuss step up with team manager."]),
        pdf_att("GCP2 Ward family Jan 2034.pdf", "Graded Care Profile 2 (GCP2) - Ward family",
                ["Completed by: Ciara Fitzgerald, 10/01/2034", "Physical care: 4", "Safety: 4",
                 "Love and belonging: 2", "Esteem: 2", "Overall: care falls short of children's needs in physical care and safety."]),
        binary_part("text/calendar", "invite.ics", inv.encode())]
FILES_ = body_mail(f, top(f, addr("Ciara Fitzgerald", "ciara.fitzgerald@knowsley.gov.uk"), MB(A, "mash_step_up"),
                          "Step up request - Ward children - EHM-60418 - TAF Weds 25/01", "2034-01-16 10:12",
                          cc="Mash.Businesssupport@knowsley.gov.uk"), txt, "alt", atts)
add(f, FILES_, A, "mash_step_up", "2034-01-16 10:12", 6, "ordinary", "step_up", False, None, ["EHM-60418"],
    [ch("Romany-Rose Ward", "2024-05-03", "03/05/2024"), ch("Levi Ward", "2026-11-19", "19/11/2026")],
    ["neglect", "school_attendance"], None, True, [], True, "book_meeting",
    "Knowsley step_up (REQUIREMENTS knowsley step_up): form, TAF minutes, GCP2 for neglect, EHM id, TM agreed, TAF Wed 25 Jan 10:00 = 7 WD from Mon 16 Jan (>=5) -> complete, book_meeting.",
    meeting=date(2034, 1, 25))

f = "knowsley_02.eml"
txt = """Hello duty,

I'm the allocated social worker for Tyson Loveridge, DOB 22.02.2021, ICS-1552091. The C&F assessment is nearly finished and the recommendation is a step down to Family First at Level 3.

Joint home visit: Tuesday 11th April 2034 at 10.30am, at the family's trailer, plot 6, Cronton Lane site, Knowsley. Please could a Family First case manager come out with me. I know it falls straight after the Easter weekend, so I've given as much notice as I can.

Consent: Dad (Amos Loveridge) can't read or write. On 29/03 I read the Family First consent form to him word for word, with his sister present, and he gave his verbal consent to the referral to Family First. I've recorded this on ICS and signed the form on his behalf, noting it was verbal.

What are we worried about?
Tyson's attendance at Halewood Academy is 71%. Dad's drinking increased after mum left last summer; it has reduced but he still drinks most weekends. Tyson is often out with the ponies on the common instead of in school.

What is working well?
Dad has been in for every visit and is honest about the drink. Tyson wants to start a Level 1 farriery taster at college. His aunt and grandparents are on the next pitches and see him every day.

What needs to happen?
Family First case manager to take over the plan; attendance plan with TES and the school; dad to carry on with Change Grow Live; college taster to be set up before the summer.

Thanks
Hannah Okonjo-Reid
Social Worker, Assessment and Intervention Team
Knowsley Children's Social Care
"""
FILES_ = body_mail(f, top(f, addr("Hannah Okonjo-Reid", "hannah.okonjo-reid@knowsley.gov.uk"), MB(A, "early_help_duty"),
                          "Step down to Family First Level 3 - Tyson Loveridge - joint visit Tue 11 April", "2034-03-31 14:05"),
                   txt, "plain")
add(f, FILES_, A, "early_help_duty", "2034-03-31 14:05", 7, "ordinary", "step_down", False, 3, ["ICS-1552091"],
    [ch("Tyson Loveridge", "2021-02-22", "22.02.2021")], ["school_attendance", "substance_misuse"], True, None, [],
    True, "book_meeting",
    "Knowsley level 3 step_down (REQUIREMENTS: meeting_details, worries_strengths_next, consent; 5 WD notice): verbal consent read to a father who cannot read is consent given; joint visit Tue 11 Apr from Fri 31 Mar = exactly 5 WD once Good Friday 7 Apr and Easter Monday 10 Apr are excluded -> ok.",
    meeting=date(2034, 4, 11))

f = "knowsley_03.eml"
txt = """Hi, HV here. Just left the roadside camp in the lay-by on Moorgate Rd, Kirkby.

Dolly-Mae Price, 18 months, DOB 14/08/2032, has a scald down her left arm and across her chest from a pan of water on Sunday night. Skin is blistered and some has come away, it's weeping and mum has put butter and clingfilm on it. Nobody has looked at it. I asked mum to take her to Whiston burns unit now and she said no, they don't go to hospitals.

The bailiffs are moving the whole group off the lay-by at 8 tonight and mum says they'll be gone, wouldn't say where, maybe Wales. Dolly-Mae was grizzly and very hot to touch.

Mum is Kathleen Price 07700 900412 (may not answer). Couldn't get the reg of the trailer, it's the cream Swift one at the far end.

Can someone ring me back please 07700 900388
Bernie (Bernadette Quayle) HV, Kirkby 0-19 team

Sent from my iPhone
"""
FILES_ = body_mail(f, top(f, addr("Bernadette Quayle", "bernadette.quayle@nhs.example.net"), MB(A, "mash_step_up"),
                          "Dolly-Mae Price 14/08/2032 - scald - family moved on tonight", "2034-02-07 16:48",
                          domain="nhs.example.net", mailer="iPhone Mail (21E236)"), txt, "flowed")
add(f, FILES_, A, "mash_step_up", "2034-02-07 16:48", 3, "urgent", "other", True, None, [],
    [ch("Dolly-Mae Price", "2032-08-14", "14/08/2032")], ["neglect", "physical_harm"], None, None, [], None,
    "alert_duty",
    "Safety rule 1: a toddler's blistered, weeping scald left untreated, the mother refusing hospital and the group moved on at 8 tonight to an unknown place -> immediate risk, told plainly from an iPhone; not a step request -> other, alert_duty.")

f = "knowsley_04.eml"
h = """<html><head><meta charset="utf-8"><style>body{font-family:Arial,sans-serif;font-size:11pt}</style></head><body>
<h2 style="color:#6a1b9a">Knowsley Safeguarding Children Partnership &ndash; 7-minute briefing</h2>
<h3>Working with Gypsy, Roma and Traveller families: cultural awareness</h3>
<p>This briefing supports the half-day course on <b>Tuesday 28 February 2034</b> (09:30&ndash;13:00, Huyton Suite, Municipal Buildings). Book through the learning portal.</p>
<p><b>1. Who we mean.</b> Romany Gypsies, Irish Travellers, Roma from central and eastern Europe, New Travellers, Showmen and Boaters: different histories, languages and customs.</p>
<p><b>2. Why trust is low.</b> Repeated evictions, moves at short notice, past experiences of children being removed. Families may avoid GPs, schools and hospitals.</p>
<p><b>3. Case studies for discussion</b> (fictional, for the course only):</p>
<ul><li>A health visitor finds a toddler with an untreated scald in a trailer on a roadside camp that is due to be moved on that night. What do you do, and who do you ring?</li>
<li>A 14-year-old girl tells her teacher she is to be married in the summer. Is this a forced marriage matter, and what is the route?</li>
<li>An eviction team finds children alone in a trailer with a gas heater on.</li></ul>
<p><b>4. Key message.</b> Culture is never a reason to lower or raise a threshold. A child at risk of harm is treated the same on a site as in a house; urgent concerns go to MASH the same day, and to the Emergency Duty Team out of hours.</p>
<p><b>5. Useful contacts.</b> Traveller Education Service; Knowsley site liaison; interpreters via the council contract.</p>
<p style="color:#777">You are receiving this because your mailbox is on the KSCP briefing list. No action needed for any family.</p>
</body></html>
"""
FILES_ = body_mail(f, top(f, addr("KSCP Learning and Development", "kscp.training@knowsley.gov.uk"), MB(A, "mash_step_up"),
                          "7-minute briefing: Gypsy, Roma and Traveller families - cultural awareness (course 28 Feb)",
                          "2034-02-01 09:30"), "", "html", html_body=h)
add(f, FILES_, A, "mash_step_up", "2034-02-01 09:30", 9, "near_miss", "other", False, None, [], [], [], None, None,
    [], None, "human_review",
    "Safety rule 1 exception (bulletins that list examples): a partnership training briefing whose fictional case studies (scald, early marriage, children alone with a heater) name no real child -> not urgent; other -> human_review.")

f = "knowsley_05.eml"
txt = """Thank you for your email. I am out on site visits with the Traveller Education Service today (Tuesday 24 January) and will have limited access to email until Wednesday morning.

For anything that cannot wait please contact the Family First duty line on 0151 496 0250.

Ciara Fitzgerald
Family First Case Manager
"""
h = top(f, addr("Ciara Fitzgerald", "ciara.fitzgerald@knowsley.gov.uk"), MB(A, "mash_step_up"),
        "Automatic reply: Step up TAF 25/01 - Ward family - papers for the meeting", "2034-01-24 11:02",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
FILES_ = body_mail(f, h, txt, "plain")
add(f, FILES_, A, "mash_step_up", "2034-01-24 11:02", 2, "ordinary", "auto_reply", False, None, [], [], [], None,
    None, [], None, "ignore",
    "Safety rule 2 / RFC 3834: an Outlook out-of-office (Auto-Submitted: auto-replied) -> auto_reply, ignore.")

f = "knowsley_06.eml"
txt = """Hi, adding to the step up we sent last week (TAF is booked for the 8th).

Bridie McDonagh (mum) rang me at 6.05pm from her sister's trailer on the Huyton site and asked me to send this in her own words, so here it is as she said it:

"Frankie came back on the site about five o'clock with drink on him, he's been drinking since dinner time. He dragged me out of the trailer by my hair in front of everyone. Then he's took Patrick and put him in the van, no car seat, just on the front seat, and he said I'll never see him again, he's heading for the boat to Dublin. He's not fit to drive, he can hardly stand up. Patrick's only two and he's nothing with him, not his inhaler, nothing."

The van is a white Ford Transit, she thinks the reg starts MX. Frankie McDonagh, dad, born 1994. Bridie is at her sister's on 07700 900617. I've told her to ring 999 as well but she's frightened of the police because of last time.

I'm finishing now but my work mobile is on, 07700 900233.

Aoife Keane
Family First Case Manager
""" + ack(("SB-KNO-0219", "knowsley.gov.uk"), "Step up request - Patrick McDonagh - EHM-61207",
          "Child: Patrick McDonagh, DOB 05/10/2031. Case: EHM-61207. Step up TAF meeting: Wednesday 8 March 2034 10:00.")
FILES_ = body_mail(f, top(f, addr("Aoife Keane", "aoife.keane@knowsley.gov.uk"), MB(A, "mash_step_up"),
                          "RE: [SB-KNO-0219] Step up request - Patrick McDonagh - EHM-61207", "2034-03-02 18:25",
                          reply=True), txt, "alt")
add(f, FILES_, A, "mash_step_up", "2034-03-02 18:25", 4, "urgent", "follow_up", True, None, ["EHM-61207"],
    [ch("Patrick McDonagh", "2031-10-05", "05/10/2031")], ["domestic_abuse", "substance_misuse"], None, None, [],
    None, "alert_duty",
    "Safety rule 1: a mother's words dictated to the worker - the father, drunk, assaulted her and drove off just now with a two-year-old unrestrained and no inhaler, saying she will never see him again -> immediate risk in a follow-up ([SB-KNO-0219]) -> alert_duty.",
    night=True)

f = "knowsley_07.eml"
txt = """Hi,

Step up request for the Doran children, EHM-62730:
Mikey Doran - DOB 08/07/2023
Kathleen Doran - DOB 01/12/2025

The step up TAF is on Wednesday 15 March at 1.30pm at the Family First hub, Kirkby (Cherryfield Drive). Sorry it's short notice, it was the only day the school could do.

Why now: the family have moved four times since September between roadside stopping places and the transit site, sometimes with an hour's notice from the police. Neither child has been in school since 6 February. Mum and dad haven't let me in on the last four visits and missed the last three TAFs; dad told me on the phone "we don't need yous, we're managing".

For background only: there was a referral in 2032 when Kathleen scalded her hand on a kettle in the trailer. It was treated at Alder Hey, the burns nurse followed it up and it was closed with no further action. It hasn't recurred and it isn't why I'm stepping up. Mum also said in January that a man at the last stopping place in Lancashire "threatened" Mikey; Lancashire Police attended, the family moved on the same day and there has been nothing since.

My TM Sean Rimmer agreed the step up on 8 March.

Attached: step up form and the TAF minutes from 22/02. I haven't done the Engaging Families toolkit yet, Sean and I are going to go through it next week.

Thanks
Jade Cunliffe-Owusu
Family First Case Manager
"""
atts = [docx_att("Step up form - Doran.docx", ["# FF Step Up request to CSC", "Case ID on EHM: EHM-62730",
            "Children: Mikey Doran (08/07/2023), Kathleen Doran (01/12/2025)",
            "Date of step up TAF meeting: 15/03/2034 13:30, Family First hub Kirkby",
            "Level of Engagement: low", "Recent TAF meeting minutes attached: yes",
            "# What are we worried about?", "No school since 6 Feb; four moves since September; family not letting workers in.",
            "# What is working well?", "Children appear well fed; extended family support.",
            "# What next?", "C&F assessment; school places; health checks.",
            "Agreement by line manager: Sean Rimmer 08/03/2034"]),
        pdf_att("TAF minutes 22.02.34 Doran.pdf", "TAF minutes - Doran - 22/02/2034",
                ["Present: Jade Cunliffe-Owusu (Family First), school attendance officer, TES.",
                 "Family did not attend (third TAF missed).", "Children not in school since 06/02/2034.",
                 "Agreed: case manager to discuss step up with team manager."])]
FILES_ = body_mail(f, top(f, addr("Jade Cunliffe-Owusu", "jade.cunliffe-owusu@knowsley.gov.uk"), MB(A, "mash_step_up"),
                          "Step up - Doran - EHM-62730 - TAF Wed 15/03 1.30pm", "2034-03-09 11:40",
                          cc="Mash.Businesssupport@knowsley.gov.uk"), txt, "alt", atts)
add(f, FILES_, A, "mash_step_up", "2034-03-09 11:40", 8, "near_miss", "step_up", False, None, ["EHM-62730"],
    [ch("Mikey Doran", "2023-07-08", "08/07/2023"), ch("Kathleen Doran", "2025-12-01", "01/12/2025")],
    ["non_engagement", "school_attendance"], None, True, ["engaging_families"], False, "request_info",
    "Knowsley step_up for non-engagement without the Engaging Families toolkit (REQUIREMENTS: engaging_families when non_engagement); TAF Wed 15 Mar from Thu 9 Mar = 4 WD (<5). A 2032 scald closed NFA and a January threat dealt with by Lancashire Police are history, not current concerns -> near miss, request_info.",
    meeting=date(2034, 3, 15))

f = "knowsley_08.eml"
txt = """KNOWSLEY NEIGHBOURHOOD POLICING - COMMUNITY BULLETIN
Operation Harness: horses, sulkies and the highway (Kirkby, Knowsley Village, Prescot)

Sent to partner agencies for information. No action is requested for any family.

With lighter evenings coming we expect more sulky (trotting cart) racing on the East Lancashire Road and Knowsley Lane. Racing on a live carriageway is dangerous for riders and drivers alike.

Last October a 12-year-old boy was injured when a sulky collided with a car on the A580. He was treated at Aintree and discharged the same night; the adult who organised the race was charged and has since been convicted. The case is closed and the family have been supported by the Traveller liaison officer.

What we will do: officers will stop races, seize horses that are a risk to the public under the Highways Act and speak with parents of any child taking part. Where a child is at risk we will share with MASH as normal.

What partners can do: talk to families about the trotting track at Aintree (supervised events run by the Traveller Horse Association on the last Sunday of each month).

PC 2290 Danny Rourke
Traveller and Gypsy Liaison Officer, Merseyside Police (Knowsley)
"""
atts = [pdf_att("Op Harness poster.pdf", "Operation Harness - keep racing off the road",
                ["Supervised trotting events: last Sunday of each month, Aintree.", "Report road racing: 101."])]
FILES_ = body_mail(f, top(f, addr("Merseyside Police Knowsley NHP", "knowsley.nhp@merseyside.police.example.uk"),
                          MB(A, "mash_step_up"), "Community bulletin - Op Harness - horses and sulkies on the highway",
                          "2034-03-20 08:55", domain="merseyside.police.example.uk"), txt, "alt", atts)
add(f, FILES_, A, "mash_step_up", "2034-03-20 08:55", 10, "near_miss", "other", False, None, [], [], [], None, None,
    [], None, "human_review",
    "Safety rule 1 exception (bulletin; historic and already handled): a police community bulletin about sulky racing; the injured boy's case from October is closed and the adult convicted -> not urgent; other -> human_review.")

# =============================================================================== RICHMOND & WANDSWORTH
A = "richmond_wandsworth"
f = "richmond_wandsworth_01.eml"
txt = """Dear MASH colleagues,

Following a reflective discussion with my Early Help practitioner Gabriela Munteanu on 9 January, I am requesting a step up to Children's Services for:

Ionuț Căldăraru, DOB 12/06/2024 (Mosaic 2051774)
Florentina Căldăraru, DOB 30/09/2027 (Mosaic 2051775)

The latest case summary (updated 9 January) is attached.

Rationale for step up
The family are Roma from Romania; the parents speak Romanian and Romani, dad a little English. Since they were evicted from a private rented room in Battersea in November they have moved four times at a day's notice (friends' flats, and two nights in December in a car). Neither child has been on a school roll since 24 November and neither is registered with a GP. Florentina has visible tooth decay and has had earache for three weeks without being seen. Early Help has had no contact since 2 January despite six visits with a Romanian interpreter and letters in Romanian. We have reached the limit of what we can do by consent and I believe a Child and Family Assessment is needed for neglect and children missing education.

I agree with this step up.

Kind regards
Ruth Adeyemi-Clarke
Early Help Team Manager, Wandsworth North
Richmond and Wandsworth Children's Services
"""
atts = [docx_att("Case summary - Caldararu - 09.01.2034.docx", ["# Case summary - Căldăraru family",
            "Children: Ionuț Căldăraru (12/06/2024), Florentina Căldăraru (30/09/2027)",
            "Parents: Marian Căldăraru, Rodica Căldăraru. Language: Romanian, Romani.",
            "Early Help since 3 October 2033. Four moves since November. No school roll, no GP.",
            "Contact attempts since 2 January: six visits with interpreter, three letters in Romanian."])]
FILES_ = body_mail(f, top(f, addr("Ruth Adeyemi-Clarke", "ruth.adeyemi-clarke@richmondandwandsworth.gov.uk"),
                          MB(A, "mash_step_up"), "Step up - Căldăraru children - Mosaic 2051774 / 2051775",
                          "2034-01-10 14:20"), txt, "alt", atts)
add(f, FILES_, A, "mash_step_up", "2034-01-10 14:20", 5, "ordinary", "step_up", False, None, ["2051774", "2051775"],
    [ch("Ionuț Căldăraru", "2024-06-12", "12/06/2024"), ch("Florentina Căldăraru", "2027-09-30", "30/09/2027")],
    ["neglect", "non_engagement", "school_attendance"], None, True, [], None, "book_meeting",
    "Richmond & Wandsworth step_up from the EH Team Manager (REQUIREMENTS: case_summary, rationale): summary attached, rationale under its heading, 'I agree with this step up' -> complete, book_meeting (invite within 1 WD).")

f = "richmond_wandsworth_02.eml"
txt = """Hi Precious,

As discussed on the phone this morning, confirming the step-down case discussion for Monday 30 January at 11am on Teams (within the 5 days).

Child: Shannon-Marie Connors, DOB 07/04/2019, Mosaic 2038816. Lives with mum and dad and three younger siblings on the council Traveller site at Trewint Street.

The latest case summary and the draft Early Help plan are attached.

Consent - mum is broadly in favour but wants to talk it over with dad, who is away with work (tree surgery in Kent) until Wednesday. I'll ask dad for consent at my visit on Thursday with Deirdre from TES and let you know.

Lead professional - Deirdre Flynn (Traveller Education Service) has agreed in principle.

The remaining need is Shannon-Marie's attendance in Year 9 (68%) and her wish to stay in school past 16, which the family are still unsure about.

Thanks
Owen Pryce-Jenkins
Social Worker, Wandsworth Child in Need Team
"""
atts = [docx_att("Case summary Connors Jan 2034.docx", ["# Case summary", "Shannon-Marie Connors, DOB 07/04/2019",
            "CIN plan since July 2033 following concerns about attendance and home conditions after an eviction.",
            "Family moved onto a council pitch in October; home conditions now good."]),
        pdf_att("Draft EH plan - Shannon-Marie Connors.pdf", "Draft Early Help plan - Shannon-Marie Connors",
                ["Outcome 1: attendance above 90% by Easter (TES and school).",
                 "Outcome 2: Shannon-Marie to have a say in her post-16 plans (careers adviser).",
                 "Lead professional: Deirdre Flynn, Traveller Education Service (agreed in principle)."])]
FILES_ = body_mail(f, top(f, addr("Owen Pryce-Jenkins", "owen.pryce-jenkins@richmondandwandsworth.gov.uk"),
                          MB(A, "early_help_duty"), "Step down - Shannon-Marie Connors (Mosaic 2038816) - case discussion Mon 30/01",
                          "2034-01-25 12:05"), txt, "plain", atts)
add(f, FILES_, A, "early_help_duty", "2034-01-25 12:05", 6, "ordinary", "step_down", False, None, ["2038816"],
    [ch("Shannon-Marie Connors", "2019-04-07", "07/04/2019")], ["school_attendance"], None, None, ["consent"], None,
    "request_info",
    "Richmond & Wandsworth step_down (REQUIREMENTS: case_summary, draft_plan, consent): consent still to be asked of dad on Thursday ('I'll ask') -> consent null and missing -> request_info.")

f = "richmond_wandsworth_03.eml"
txt = """Hi,

I had your acknowledgement on Tuesday but no invitation for the case discussion has come through yet, and the protocol says within 1 working day. Could you let me know a time? Gabriela is on leave from Monday so Friday afternoon would be best for her.

Thanks
Ruth

Ruth Adeyemi-Clarke | Early Help Team Manager, Wandsworth North
""" + ack(("SB-RAW-0031", "richmondandwandsworth.gov.uk"), "Step up - Căldăraru family",
          "A case discussion invitation will follow from MASH business support.")
FILES_ = body_mail(f, top(f, addr("Ruth Adeyemi-Clarke", "ruth.adeyemi-clarke@richmondandwandsworth.gov.uk"),
                          MB(A, "mash_step_up"), "RE: [SB-RAW-0031] Received: Step up - Căldăraru family - chasing invite",
                          "2034-01-12 09:10", reply=True), txt, "plain")
add(f, FILES_, A, "mash_step_up", "2034-01-12 09:10", 3, "ordinary", "follow_up", False, None, [], [], [], None,
    None, [], None, "attach_to_request",
    "A chaser on an existing request carrying its [SB-RAW-0031] reference -> follow_up, attach_to_request; no child or id named.")

f = "richmond_wandsworth_04.eml"
txt = """Hi, I'm with the council's encampments team (Parks). We served the 24 hour notice on the group at Barn Elms car park this afternoon and came back at 6.30 to check numbers.

All the vans have gone except one trailer. Inside were three children on their own: Kelsey Lee says she is 7, her brother Tyson Lee is 4 and the baby, Shannon Lee, is about 10 months, in a travel cot in a soaking nappy. A bottled gas heater was on full with all the windows shut, the trailer was roasting and smelt of gas. We turned the heater off and propped the door.

Kelsey says mum went with the others "to find a new place" at dinner time and hasn't come back. She doesn't know mum's number. Nobody from the family has come back. It's dark and about 1 degree and we are meant to be off site at 7.30. Police rung, no unit yet.

Gareth Lloyd-Hughes
Encampments Officer 07700 900551

Sent from Outlook for Android
"""
FILES_ = body_mail(f, top(f, addr("Gareth Lloyd-Hughes", "gareth.lloyd-hughes@richmondandwandsworth.gov.uk"),
                          MB(A, "mash_step_up"), "3 kids on their own in a trailer - Barn Elms - need someone out tonight",
                          "2034-02-13 19:10"), txt, "plain")
add(f, FILES_, A, "mash_step_up", "2034-02-13 19:10", 2, "urgent", "other", True, None, [],
    [ch("Kelsey Lee"), ch("Tyson Lee"), ch("Shannon Lee")], ["neglect"], None, None, [], None, "alert_duty",
    "Safety rule 1 (out of hours, 19:10): an eviction team finds a 7-, 4-year-old and a baby alone in a trailer with a gas heater on full, no adult, at night -> immediate risk; other -> alert_duty (EDT).",
    night=True)

f = "richmond_wandsworth_05.eml"
h = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Morning all,</p>
<p>FYI only &ndash; <b>not a referral</b>. Sharing the site manager's routine notice that went to every plot at Trewint Street this week, so MASH has the context if you get calls from residents. There are no concerns about any individual child.</p>
<p>Sani<br>Sani Adebayo-Flynn | Gypsy and Traveller Liaison Officer | Housing</p>
<div style="border-top:1px solid #ccc;margin-top:12px;padding-top:6px">
<p><b>From:</b> Trewint Street Site Office<br><b>Sent:</b> 13 February 2034 09:00<br><b>To:</b> All residents<br><b>Subject:</b> NOTICE TO ALL RESIDENTS</p>
<p><b>NOTICE TO ALL RESIDENTS &ndash; February 2034</b></p>
<ol>
<li><b>Heaters.</b> Never leave a portable gas heater on in a trailer with children on their own or while you sleep. Free carbon monoxide alarms are available from the site office.</li>
<li><b>Horses.</b> Horses must not be tethered on the play area. Children must not ride or drive horses on the access road.</li>
<li><b>Visitors' trailers.</b> Visitors may stay a maximum of 14 nights with the site office told. Trailers pulled onto the verge outside the site are an unauthorised encampment and will be reported to the council's enforcement team, who can move them on at short notice.</li>
<li><b>Bins.</b> Collection moves to Thursdays from 2 March.</li>
</ol>
<p>Thank you,<br>Site Manager</p></div></body></html>
"""
FILES_ = body_mail(f, top(f, addr("Sani Adebayo-Flynn", "sani.adebayo-flynn@richmondandwandsworth.gov.uk"),
                          MB(A, "mash_step_up"), "FW: NOTICE TO ALL RESIDENTS - Trewint Street site (FYI, not a referral)",
                          "2034-02-17 10:30"), "", "html", html_body=h)
add(f, FILES_, A, "mash_step_up", "2034-02-17 10:30", 7, "near_miss", "other", False, None, [], [], [], None, None,
    [], None, "human_review",
    "Safety rule 1 exception (a routine notice/policy): a site manager's notice to all residents about heaters, horses and moving-on, forwarded 'FYI, not a referral' -> not urgent; other -> human_review.")

f = "richmond_wandsworth_06.eml"
h = """<html><head><meta charset="utf-8"></head><body style="font-family:Aptos,sans-serif;font-size:11pt">
<p>Hello Early Help duty,</p>
<p>Confirming, as agreed with Precious Mensah (Duty Team Manager) by phone today, the step-down case discussion on <b>Friday 10 March 2034 at 2pm</b> (Teams) for:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Child</th><th>DOB</th><th>Mosaic</th></tr>
<tr><td>Dominik Baláž</td><td>28/01/2020</td><td>2044902</td></tr>
<tr><td>Vanesa Balážová</td><td>15/08/2023</td><td>2044903</td></tr>
</table>
<p><b>Consent:</b> both parents signed the Early Help consent form on 6 March after the Slovak interpreter, Mrs Kováčová, read it to them in Slovak; Dominik (14) also said he is happy for Early Help to carry on.</p>
<p>The latest case summary and the draft Early Help plan are attached. The final CIN review was on 6 March. The remaining needs are Vanesa's attendance (84%) and support for mum with the housing register after three moves in a year.</p>
<p>Proposed lead professional: Lucia Horáková, Roma community family support worker (Early Help).</p>
<p>Many thanks,<br>Femi Balogun-Wright<br>Social Worker, Richmond CIN Team</p>
</body></html>
"""
atts = [pdf_att("Case summary Balaz 07-03-34.pdf", "Case summary - Baláž family - 07/03/2034",
                ["Dominik Baláž (28/01/2020), Vanesa Balážová (15/08/2023).",
                 "CIN since September 2033 after the family were found living in one room with no cooking facilities.",
                 "Now in a two-bedroom flat in Hampton (temporary accommodation)."]),
        docx_att("Draft Early Help plan - Dominik and Vanesa.docx", ["# Draft Early Help plan",
                 "Vanesa: attendance to 92% by the summer term.", "Mum: housing register and GP registration for all.",
                 "Lead professional: Lucia Horáková (Early Help)."])]
FILES_ = body_mail(f, top(f, addr("Femi Balogun-Wright", "femi.balogun-wright@richmondandwandsworth.gov.uk"),
                          MB(A, "early_help_duty"), "Step down - Baláž children - case discussion Fri 10 March 2pm",
                          "2034-03-07 15:45"), "", "html", atts, html_body=h)
add(f, FILES_, A, "early_help_duty", "2034-03-07 15:45", 5, "ordinary", "step_down", False, None,
    ["2044902", "2044903"],
    [ch("Dominik Baláž", "2020-01-28", "28/01/2020"), ch("Vanesa Balážová", "2023-08-15", "15/08/2023")],
    ["school_attendance"], True, None, [], None, "book_meeting",
    "Richmond & Wandsworth step_down (REQUIREMENTS: case_summary, draft_plan, consent): HTML-only mail, both documents attached, consent signed after an interpreter read the form -> complete; discussion Fri 10 Mar within 5 days -> book_meeting (record the agreed time).")

f = "richmond_wandsworth_07.eml"
FILES_ = itip_reply(f, "2034-03-15 13:05", "Niamh O'Sullivan", "niamh.osullivan@richmondandwandsworth.gov.uk",
                    ("MASH Step Up", MB(A, "mash_step_up")), "DECLINED",
                    "Step-up case discussion - Purcell family [SB-RAW-0502]", "20340315T140000", "20340315T150000",
                    "Microsoft Teams Meeting",
                    "Sorry, can't make 2pm. I'm at the Ham Lands stopping place - the bailiffs pulled the trailers off this morning and Mrs Purcell collapsed and has gone in an ambulance to Kingston Hospital. Her three children (9, 6 and 3) are sitting in my car with me, no coats, nothing to eat since last night. Dad is in Ireland and nobody else from the family is left here. I have to leave for a 3.30 visit and have nowhere to take them. Please can someone ring me on 07700 900714.")
add(f, FILES_, A, "mash_step_up", "2034-03-15 13:05", 3, "urgent", "meeting_reply", True, None, [], [], ["neglect"],
    None, None, [], None, "alert_duty",
    "Safety rule 1 (every part read, 'a meeting reply's comment'): a DECLINED iTIP reply whose COMMENT says three children are in the worker's car after the eviction, mother taken to hospital, no other adult, worker must leave -> urgent meeting_reply -> alert_duty.")

f = "richmond_wandsworth_08.eml"
txt = """To whom it may concern,

I found this address on the council website under children's services. A group of Travellers have pulled onto the field behind Priory Lane with about eight caravans and a load of horses tethered all over it. This is the third time in two years.

The kids are out on bikes till nine at night and I'd bet the little ones don't go to school. I'm not saying anyone's hurting them - to be fair they seemed happy enough playing football with their dads on Sunday - but it isn't right that they can just turn up and we pay council tax.

Please do something before they wreck the field again.

Derek Haines
Priory Lane, Roehampton
"""
FILES_ = body_mail(f, top(f, addr("Derek Haines", "derek.haines1958@gmail.example.com"), MB(A, "mash_step_up"),
                          "Travellers on the field behind Priory Lane", "2034-03-27 20:15", domain="mail.gmail.com"),
                   txt, "alt")
add(f, FILES_, A, "mash_step_up", "2034-03-27 20:15", 9, "near_miss", "other", False, None, [], [], [], None, None,
    [], None, "human_review",
    "Safety rule 1 (negated / not a safeguarding matter): a neighbour's complaint about an encampment that says nobody is hurting the children -> not urgent, no concern ids; other -> human_review.")

# =============================================================================== TOWER HAMLETS
A = "tower_hamlets"
f = "tower_hamlets_01.eml"
txt = """Good morning MAST,

Please find attached a completed Multi-Agency Request for Support for the Kwiek children, Mosaic 3302118:

Ruslana Kwiek, DOB 03.12.2021
Dawid Kwiek, DOB 19.05.2025

The family are Polska Roma and came from Gdańsk in the summer. Housing placed them in a B&B in Bow in October and they have since been moved three times at 24 hours' notice, the last time to a hotel in Ilford. Neither child is registered with a GP, Dawid has not had a school place since October and Ruslana has missed most of her school days since the last move because of the travel. Mum has told me (through the Polish interpreter) that she cries all day and cannot get up; she has not seen a doctor.

Early Help has been involved since 4 October. I discussed this with my manager, Shamima Begum, on 10 January and she agrees this needs to go to MAST.

Best wishes
Kasia Wróblewska
Early Help Practitioner, Bow Family Hub
"""
atts = [pdf_att("MARF Request for Support - Kwiek.pdf", "Multi-Agency Request for Support form",
                ["Children: Ruslana Kwiek (03.12.2021), Dawid Kwiek (19.05.2025). Mosaic 3302118.",
                 "Referrer: Kasia Wroblewska, Early Help Practitioner, Bow Family Hub.",
                 "Reason: repeated moves in temporary accommodation; no GP; no school place for Dawid;",
                 "mother's low mood untreated.", "Parents aware of this request: yes, through an interpreter.",
                 "Manager: Shamima Begum, 10/01/2034 - agreed."])]
FILES_ = body_mail(f, top(f, addr("Kasia Wróblewska", "kasia.wroblewska@towerhamlets.gov.uk"), MB(A, "mash_step_up"),
                          "Request for Support - Kwiek children - Mosaic 3302118", "2034-01-11 11:25"), txt, "alt", atts)
add(f, FILES_, A, "mash_step_up", "2034-01-11 11:25", 6, "ordinary", "step_up", False, None, ["3302118"],
    [ch("Ruslana Kwiek", "2021-12-03", "03.12.2021"), ch("Dawid Kwiek", "2025-05-19", "19.05.2025")],
    ["neglect", "parental_mental_health", "school_attendance"], None, True, [], None, "book_meeting",
    "Tower Hamlets step_up through MAST (REQUIREMENTS: request_for_support, manager_agreed): the MARF is attached and the manager agreed -> complete, book_meeting. 'Parents aware' is not consent -> null.")

f = "tower_hamlets_02.eml"
txt = """Hi Early Help Hub,

I'm stepping the Ward family down to Early Help following the Child and Family Assessment.

Bridget Ward - DOB 11/07/2018
Johnny Ward - DOB 14/02/2022
Mosaic ID 3290441

The family are Irish Travellers who moved into a flat in Poplar in the autumn after years on the road; mum Margaret finds living in bricks and mortar very hard and her anxiety is high. Bridget's attendance is 74% and Johnny's 81%.

Mum consented to Early Help at the final CIN review on 16 January.
Lead Practitioner: Aoife Brennan, Family Support Worker, Bow School, has agreed to take the role.
The draft TAF plan is attached. The C&F assessment is with my manager for sign-off and I'll send it over as soon as it's authorised. I'll arrange and chair the TAF meeting.

Thanks
Nasima Chowdhury
Social Worker, Children's Social Work Team 3
"""
atts = [docx_att("Draft TAF plan - Ward.docx", ["# Draft TAF plan - Ward family", "Bridget Ward (11/07/2018), Johnny Ward (14/02/2022)",
                 "Goal 1: attendance above 90% (school and TES).", "Goal 2: mum linked with Travellers' wellbeing group and GP for anxiety.",
                 "Lead Practitioner: Aoife Brennan, Bow School."])]
FILES_ = body_mail(f, top(f, addr("Nasima Chowdhury", "nasima.chowdhury@towerhamlets.gov.uk"), MB(A, "early_help_duty"),
                          "Step down - Ward family - Mosaic 3290441", "2034-01-19 15:00"), txt, "plain", atts)
add(f, FILES_, A, "early_help_duty", "2034-01-19 15:00", 4, "ordinary", "step_down", False, None, ["3290441"],
    [ch("Bridget Ward", "2018-07-11", "11/07/2018"), ch("Johnny Ward", "2022-02-14", "14/02/2022")],
    ["parental_mental_health", "school_attendance"], True, None, ["assessment"], None, "request_info",
    "Tower Hamlets step_down (REQUIREMENTS: assessment, draft_plan, consent, lead_practitioner): plan attached, consent given, lead practitioner named with agency, but the C&F assessment 'will send' -> missing assessment -> request_info.")

f = "tower_hamlets_03.eml"
txt = """Hello,

I am the Romanian interpreter who was with the Early Help worker Ms Rahman at the Mihai family today. She ask me to write to you because she is still with another family and her phone battery is finish.

When we visit at 3 o'clock the baby Sara Mihai (born 02.12.2033) was very hot, breathing very fast and she is not taking the milk since yesterday morning. She did not cry, only small noises, and she was very sleepy, mother could not wake her good. Mother is very scared to go to hospital because in Romania they took a baby from her cousin, and she say they have no papers for GP, the baby is not registered anywhere. Father said maybe tomorrow.

They are staying in the front room of a friend flat, 3rd floor, Chrisp Street. They said tonight they must leave because the landlord of the friend is coming. I do not know where they go after.

Mother phone 07700 900263 (she speak only Romanian).

Alina Popescu
Romanian / Moldovan interpreter
""" + ack(("SB-TWH-0131", "towerhamlets.gov.uk"), "Request for Support - Mihai family - Mosaic 3311904",
          "Mosaic 3311904. A MAST discussion will be offered.")
FILES_ = body_mail(f, top(f, addr("Alina Popescu", "alina.popescu.interpret@yahoo.example.com"), MB(A, "mash_step_up"),
                          "Re: [SB-TWH-0131] Received: Request for Support - Mihai family", "2034-01-31 17:35",
                          domain="yahoo.example.com", reply=True), txt, "plain")
add(f, FILES_, A, "mash_step_up", "2034-01-31 17:35", 4, "urgent", "follow_up", True, None, ["3311904"],
    [ch("Sara Mihai", "2033-12-02", "02.12.2033")], ["neglect"], None, None, [], None, "alert_duty",
    "Safety rule 1: an interpreter's non-native account - an 8-week-old hot, breathing fast, not feeding since yesterday and hard to wake, parents refusing hospital, family leaving tonight for nowhere known -> immediate risk in a follow-up -> alert_duty.")

f = "tower_hamlets_04.eml"
txt = """Dear MAST,

For information only - no further action requested.

Re: incident at the Dumitru family's address, Stepney, 14 November 2033 (our ref CAD 4412/14NOV33)

On 14 November 2033 officers attended after a man, not a member of the family, threatened Mrs Ioana Dumitru and her son Adrian Dumitru (DOB 04/04/2022) with a metal bar following a dispute about a car. He was arrested at the scene and charged. On 6 February 2034 he was convicted at Thames Magistrates' Court and a restraining order was made; he lives in Kent and has no contact with the family. The family were rehoused by Tower Hamlets in December.

MAST was informed at the time and closed the contact on 20 November 2033. We are writing only to close the loop on the court outcome.

Yours sincerely
DC Harjit Sandhu
Central East Command - Public Protection, Metropolitan Police
"""
atts = [pdf_att("Court outcome letter - Dumitru.pdf", "Court outcome notification",
                ["Defendant convicted 06/02/2034, Thames Magistrates' Court. Restraining order made.",
                 "Victims: Ioana Dumitru and Adrian Dumitru. No further police action."])]
FILES_ = body_mail(f, top(f, addr("DC Harjit Sandhu", "harjit.sandhu@met.police.example.uk"), MB(A, "mash_step_up"),
                          "FOR INFORMATION: court outcome - incident 14/11/2033 - Dumitru", "2034-02-09 10:05",
                          domain="met.police.example.uk"), txt, "alt", atts)
add(f, FILES_, A, "mash_step_up", "2034-02-09 10:05", 8, "near_miss", "other", False, None, [],
    [ch("Adrian Dumitru", "2022-04-04", "04/04/2022")], [], None, None, [], None, "human_review",
    "Safety rule 1 exception (historic, already handled by police): a November threat, the man convicted with a restraining order and no contact -> not urgent; other -> human_review. The police CAD reference is not a case id.")

f = "tower_hamlets_05.eml"
txt = """Hi,

The C&F assessment has now been signed off - attached. I've also attached the invite for the TAF meeting, Tuesday 31 January at 10am at Bow School, which I'll chair. Aoife Brennan (Lead Practitioner) has accepted.

Thanks
Nasima

Nasima Chowdhury | Social Worker | Children's Social Work Team 3
""" + ack(("SB-TWH-0088", "towerhamlets.gov.uk"), "Step down - Ward family - Mosaic 3290441",
          "Still needed: the Child and Family Assessment.")
inv = ics("REQUEST", f, dt("2034-01-23 09:35"), "20340131T100000", "20340131T113000", "TAF meeting - Ward family",
          "Bow School, meeting room 2", "TAF meeting following step-down. Chair: Nasima Chowdhury.",
          ("Nasima Chowdhury", "nasima.chowdhury@towerhamlets.gov.uk"),
          [("Early Help Hub", "EarlyHelpHub@towerhamlets.gov.uk", "NEEDS-ACTION"),
           ("Aoife Brennan", "a.brennan@bowschool.example.sch.uk", "ACCEPTED")])
atts = [pdf_att("C&F Assessment - Ward - signed off.pdf", "Child and Family Assessment - Ward",
                ["Children: Bridget Ward (11/07/2018), Johnny Ward (14/02/2022). Mosaic ID 3290441.",
                 "Concluded: 20/01/2034. Outcome: step down to Early Help (TAF).",
                 "Needs: attendance; mother's anxiety since moving into housing."]),
        binary_part("text/calendar", "TAF Ward.ics", inv.encode())]
FILES_ = body_mail(f, top(f, addr("Nasima Chowdhury", "nasima.chowdhury@towerhamlets.gov.uk"), MB(A, "early_help_duty"),
                          "RE: [SB-TWH-0088] Step down - Ward family - assessment and TAF invite", "2034-01-23 09:40",
                          reply=True), txt, "plain", atts)
add(f, FILES_, A, "early_help_duty", "2034-01-23 09:40", 5, "ordinary", "follow_up", False, None, ["3290441"],
    [ch("Bridget Ward", "2018-07-11", "11/07/2018"), ch("Johnny Ward", "2022-02-14", "14/02/2022")],
    ["parental_mental_health", "school_attendance"], None, None, [], None, "attach_to_request",
    "A reply under [SB-TWH-0088] bringing the missing C&F assessment and the TAF invitation -> follow_up, attach_to_request (missing [] for a follow_up); children and needs as the attached assessment states them.")

f = "tower_hamlets_06.eml"
txt = """Hello I didnt know who to email, the council website said this address for children.

The family next door at number 41 Brokesley Street (I think they are Roma, they moved in 2 weeks ago) have a little boy about 4 or 5. He has been out on their balcony since before 8 this morning, it is the 4th floor. The balcony door is shut behind him and he keeps banging on it. He is only in a t shirt and no shoes and it is 3 degrees. He has pulled a plastic chair to the railing and is standing on it looking down.

Nobody answers their door. I have not seen the parents since yesterday evening when they went out with bags. I am on my balcony talking to him but he doesnt understand me. My husband has gone to find the caretaker.

Shahida
07700 900836
"""
FILES_ = body_mail(f, top(f, addr("Shahida Khanom", "shahida.khanom@gmail.example.com"), MB(A, "mash_step_up"),
                          "little boy on balcony next door 4th floor", "2034-03-04 11:20", domain="mail.gmail.com"),
                   txt, "plain")
add(f, FILES_, A, "mash_step_up", "2034-03-04 11:20", 3, "urgent", "other", True, None, [], [], ["neglect"], None,
    None, [], None, "alert_duty",
    "Safety rule 1 (Saturday: out of hours): a neighbour sees a 4-5-year-old shut out on a 4th-floor balcony since before 8, in a t-shirt at 3 degrees, standing on a chair at the railing, no adult seen since last night -> urgent; other -> alert_duty.",
    night=True)

f = "tower_hamlets_07.eml"
txt = """Good afternoon,

I am Marius Lăcătuș, father of Roxana Lăcătuș, 13 years. I write to say thank you to Early Help and to Mrs Hossain.

When the social worker came last year there was a worry from somebody that we will marry Roxana young, like in the old times. This is not true. In our family nobody marry before 18, my wife married with me when she was 22. Roxana now is in Year 8 at Morpeth School, she is first in reading in her class and she want to be a doctor. We are registered with the GP now and all vaccinations are done.

Please put this letter in her file so everybody know.

Thank you very much,
Marius Lăcătuș
"""
FILES_ = body_mail(f, top(f, addr("Marius Lăcătuș", "marius.lacatus84@gmail.example.com"), MB(A, "early_help_duty"),
                          "Re: [SB-TWH-0045] Step down - Lăcătuș - thank you", "2034-03-22 16:10",
                          domain="mail.gmail.com", reply=True), txt, "alt")
add(f, FILES_, A, "early_help_duty", "2034-03-22 16:10", 6, "near_miss", "follow_up", False, None, [],
    [ch("Roxana Lăcătuș")], [], None, None, [], None, "attach_to_request",
    "Safety rule 1 exception (negated, resolved): a proud father says the early-marriage worry was untrue and his daughter is thriving; reply with [SB-TWH-0045] -> follow_up, attach_to_request.")

f = "tower_hamlets_08.eml"
txt = """Dear colleagues,

Please find attached my interpreting record for the home visit on 28 March with the Horváth family (social worker Ms Begum), as she asked.

One thing to note because Ms Begum asked me to write down anything said in Romani that she could not follow: during small talk Mrs Horváth told a story about a neighbour's girl in their village in eastern Slovakia who was married at 13, many years ago, and said she thought it was wrong. It was about someone else's child in Slovakia, not about her own children, who are 4 and 7 and at Olga Primary. Nothing else of concern was said.

Regards
Zuzana Lakatošová
Slovak / Romani interpreter (agency ref INT-55821)
"""
atts = [txt_att("Interpreting record 28-03-2034.txt", "Interpreting record\nDate: 28/03/2034 10:00-11:10\nFamily: Horvath\nLanguages: Slovak, Romani\nTopics: schooling, GP registration, housing letter.\nRemarks: story about a neighbour's daughter married at 13 in Slovakia years ago - not this family.\n")]
FILES_ = body_mail(f, top(f, addr("Zuzana Lakatošová", "z.lakatosova@interpreting.example.co.uk"), MB(A, "mash_step_up"),
                          "Interpreting record - home visit 28/03 - Horváth", "2034-03-29 12:30",
                          domain="interpreting.example.co.uk"), txt, "plain", atts)
add(f, FILES_, A, "mash_step_up", "2034-03-29 12:30", 7, "near_miss", "other", False, None, [], [], [], None, None,
    [], None, "human_review",
    "Safety rule 1 exception (someone else's child, long ago): an interpreter's note of a story about a girl married at 13 in Slovakia years ago, not this family -> not urgent; other -> human_review. The agency ref is not a case id.")

# =============================================================================== TORBAY
A = "torbay"
f = "torbay_01.eml"
txt = """Hi Early Help,

Please could I have a triage slot for a Level 3 step down:

Mercy Boswell - 1st June 2030
Nelson Boswell - 9th October 2025
LCS-3340127

The family live on the Brixham Road site. The C&F assessment was completed on 5 January and is attached.

My ATM, Wendy Trelawny, has agreed the step down.

Consent: mum (Lavender Boswell) doesn't read, so on 6 January I read the Early Help consent form to her in full with Sinéad from the Traveller Education Service there. She said she understood it and was happy for Early Help to carry on with the family, and she made her mark on the form. Dad agreed verbally too.

Mercy is 3 so I think this will need the under-5s triage.

What's still needed: Nelson's attendance (82%), help for mum with reading letters, and dental registration for both children.

Thanks
Kerenza Pascoe
Social Worker, Torbay Children's Services
"""
atts = [pdf_att("C&F Assessment Boswell 05.01.34.pdf", "Child and Family Assessment - Boswell",
                ["Mercy Boswell (01/06/2030), Nelson Boswell (09/10/2025). LCS-3340127.",
                 "Completed 05/01/2034. Recommendation: step down to Early Help, level 3.",
                 "Home conditions good. Attendance and literacy support needed."])]
FILES_ = body_mail(f, top(f, addr("Kerenza Pascoe", "kerenza.pascoe@torbay.gov.uk"), MB(A, "early_help_duty"),
                          "Step down - triage slot please - Boswell LCS-3340127", "2034-01-09 10:45"), txt, "alt", atts)
add(f, FILES_, A, "early_help_duty", "2034-01-09 10:45", 5, "ordinary", "step_down", False, 3, ["LCS-3340127"],
    [ch("Mercy Boswell", "2030-06-01", "1st June 2030"), ch("Nelson Boswell", "2025-10-09", "9th October 2025")],
    ["school_attendance"], True, True, [], None, "book_meeting",
    "Torbay step_down (REQUIREMENTS: assessment, manager_agreed, consent): assessment attached, ATM agreed, consent given verbally with her mark by a mother who cannot read -> complete; Mercy is 3 -> under-5s triage; book_meeting.")

f = "torbay_02.eml"
txt = """Hi MASH,

I'm the lead professional for Tiffany-Anne Cooper, DOB 30/05/2019 (14), EHM-840219.

She came to find me at lunchtime at Paignton Academy and told me her dad has "promised" her to a man called Joe (surname not known), who is 26 and from a family in Kent. The wedding is this Saturday, 28th, at a hall in Bristol - a blessing, not a legal wedding - and afterwards she is to go and live with him in his trailer in Kent. She has been told she won't be coming back to school. She was shaking and crying and asked me not to tell mum and dad she'd spoken to me. She said she doesn't want to get married and she's "not ready for that side of it".

She goes home on the school bus at 3.30 today to the Yalberton site.

I haven't asked mum or dad for consent for obvious reasons. My ATM, Jo Penhaligon, agreed I should send this to you as a step up straight away and I'm ringing the MASH line now too.

Lucy Tremayne
Family Support Worker (Lead Professional), Torbay Early Help - Paignton
"""
FILES_ = body_mail(f, top(f, addr("Lucy Tremayne", "lucy.tremayne@torbay.gov.uk"), MB(A, "mash_step_up"),
                          "Step up - Tiffany-Anne Cooper EHM-840219 - wedding planned this Saturday",
                          "2034-01-26 15:20"), txt, "plain")
add(f, FILES_, A, "mash_step_up", "2034-01-26 15:20", 3, "urgent", "step_up", True, None, ["EHM-840219"],
    [ch("Tiffany-Anne Cooper", "2019-05-30", "30/05/2019")], ["sexual_harm"], None, True, ["consent"], None,
    "alert_duty",
    "Safety rule 1: a 14-year-old to be 'married' to a 26-year-old man this Saturday and taken to Kent, going home at 3.30 today -> immediate risk; Torbay step_up (REQUIREMENTS: consent, manager_agreed): ATM agreed, parents not asked -> missing consent; urgent -> alert_duty.")

f = "torbay_03.eml"
txt = """Hello MASH,

Step up request for Martin Joyce, DOB 02/09/2021 (12), EHM-838807.

Martin hasn't been in school since Christmas. He goes out most days with older cousins laying tarmac and comes back late. Dad (Michael Joyce) says he's at the end of his tether, can't make him go, and has consented to this step up - he signed the consent section of the EH plan review on 10 February. Three TAFs since October; the attendance officer has issued warnings.

I discussed it with my ATM, Lowenna Hext, and she doesn't agree with stepping up yet - she wants one more TAF with the attendance officer and TES first. I'm sending this anyway so MASH can give a view on threshold.

Thanks,
Connor Beer
Early Help Practitioner, Torquay
"""
FILES_ = body_mail(f, top(f, addr("Connor Beer", "connor.beer@torbay.gov.uk"), MB(A, "mash_step_up"),
                          "Step up request - Martin Joyce - EHM-838807", "2034-02-14 11:15"), txt, "alt")
add(f, FILES_, A, "mash_step_up", "2034-02-14 11:15", 7, "ordinary", "step_up", False, None, ["EHM-838807"],
    [ch("Martin Joyce", "2021-09-02", "02/09/2021")], ["school_attendance"], True, False, ["manager_agreed"], None,
    "request_info",
    "Torbay step_up (REQUIREMENTS: consent, manager_agreed): father's consent given, the ATM 'doesn't agree with stepping up yet' -> manager_agreed false and missing -> request_info.")

f = "torbay_04.eml"
txt = """Hi both,

Quick question rather than a referral. I'm putting together a cultural awareness session for school DSLs in April and one question always comes up:

"What if a family on the transit site told me their 14-year-old was going to be married in the summer holidays?"

Nothing like this is happening with any family I work with - it's purely for the slides. Could someone confirm the right route, so I give schools the right answer: is that a straight call to MASH rather than a step up through Early Help, and should the Forced Marriage Unit be mentioned?

Thanks a lot
Sinéad Ní Bhriain
Traveller Education Service (Devon and Torbay)

PS if anyone from Early Help wants to co-present, you'd be very welcome!
"""
FILES_ = body_mail(f, top(f, addr("Sinéad Ní Bhriain", "sinead.nibhriain@devon.example.gov.uk"), MB(A, "early_help_duty"),
                          "Question for DSL training - early marriage (hypothetical)", "2034-02-22 13:00",
                          domain="devon.example.gov.uk"), txt, "plain")
add(f, FILES_, A, "early_help_duty", "2034-02-22 13:00", 9, "near_miss", "other", False, None, [], [], [], None,
    None, [], None, "human_review",
    "Safety rule 1 exception (hypothetical): a TES worker's 'what if' question for training, stating nothing is happening with any family -> not urgent; other -> human_review.")

f = "torbay_05.eml"
FILES_ = itip_reply(f, "2034-03-20 08:50", "Kerenza Pascoe", "kerenza.pascoe@torbay.gov.uk",
                    ("Early Help Torbay", MB(A, "early_help_duty")), "ACCEPTED",
                    "Early Help triage (under-5s) - Hearn - LCS-3352290", "20340321T093000", "20340321T100000",
                    "Microsoft Teams Meeting",
                    "Fine for the 9.30 slot. I'll bring Sinéad from TES as the family asked for her to be there.")
add(f, FILES_, A, "early_help_duty", "2034-03-20 08:50", 4, "ordinary", "meeting_reply", False, None,
    ["LCS-3352290"], [], [], None, None, [], None, "record_reply",
    "An iTIP REPLY (ACCEPTED) with a COMMENT to the Tuesday under-5s triage slot -> meeting_reply, record_reply; the LCS id in the summary is kept as written.")

f = "torbay_06.eml"
txt = """Evening, PC 4471 Rachel Oakes, Paignton NPT.

Attended the unauthorised encampment at Clennon Valley car park at 20:40 re ASB. In a flatbed van with three men (20s to 40s, none related to him, all say they are "tarmac lads") was a boy who gave his name as Kyle Doherty, 13, doesn't know his date of birth.

He says he hasn't been home "since before Christmas", his mum is "somewhere in Birmingham", and he works with the men every day for his food and 20 quid a week. Both his hands have burns and cuts from the hot tar, no coat, he sleeps in the van cab. The men say he's a cousin but can't tell me his mum's name. They've told us the whole group is leaving for South Wales tonight and they are packing up now.

No PNC trace for the boy, not on any missing list we can find. I have no power to hold the men at the moment.

Still on scene, collar 4471, via control on 101 or my work mobile 07700 900147.
"""
FILES_ = body_mail(f, top(f, addr("PC 4471 Rachel Oakes", "rachel.oakes@devon-cornwall.police.example.uk"),
                          MB(A, "mash_step_up"), "13yo boy with unrelated men at Clennon Valley encampment - leaving tonight",
                          "2034-03-10 21:30", domain="devon-cornwall.police.example.uk"), txt, "plain")
add(f, FILES_, A, "mash_step_up", "2034-03-10 21:30", 3, "urgent", "other", True, None, [], [ch("Kyle Doherty")],
    ["exploitation", "missing"], None, None, [], None, "alert_duty",
    "Safety rule 1 (Friday 21:30, out of hours): a 13-year-old working for food with unrelated men, away from home since before Christmas, leaving for Wales tonight -> immediate risk; other -> alert_duty (EDT).",
    night=True)

f = "torbay_07.eml"
txt = """Hi Early Help,

Level 3 step down - triage slot please.

Lilah Hearn, DOB 14/03/2031
Saffron Hearn, DOB 20/01/2028
LCS-3352290

Background: the case came to us after Lilah's scald in November 2033 (a mug of tea pulled off the cooker in the trailer). She was treated at Derriford burns unit, the dressings finished in December and it has healed well; the burns nurse discharged her on 9 January. The family have since moved from the roadside at Long Road onto a pitch on the council site with an amenity block and a proper kitchen, and mum has done the paediatric first aid course at the family hub. The C&F assessment (concluded 13 March, attached) found no ongoing child protection concerns.

What's left: mum's low mood - she's with Talking Therapies - and some help settling Saffron at school.

ATM Wendy Trelawny agreed the step down on 14 March. Mum and dad both consented on 13 March (signed form attached).

Lilah is under 5 so the fortnightly triage please.

Thanks
Kerenza Pascoe
Social Worker
"""
atts = [pdf_att("C&F Assessment - Hearn - 13.03.34.pdf", "Child and Family Assessment - Hearn",
                ["Lilah Hearn (14/03/2031), Saffron Hearn (20/01/2028). LCS-3352290.",
                 "Scald November 2033: treated, healed, discharged 09/01/2034. No ongoing CP concerns.",
                 "Recommendation: step down to Early Help level 3."]),
        pdf_att("EH consent form - Hearn.pdf", "Early Help consent form",
                ["We agree to Early Help support for Lilah and Saffron Hearn.", "Signed: Roseanne Hearn, Levi Hearn. 13/03/2034."])]
FILES_ = body_mail(f, top(f, addr("Kerenza Pascoe", "kerenza.pascoe@torbay.gov.uk"), MB(A, "early_help_duty"),
                          "Step down L3 - Hearn - LCS-3352290", "2034-03-16 10:20"), txt, "alt", atts)
add(f, FILES_, A, "early_help_duty", "2034-03-16 10:20", 6, "near_miss", "step_down", False, 3, ["LCS-3352290"],
    [ch("Lilah Hearn", "2031-03-14", "14/03/2031"), ch("Saffron Hearn", "2028-01-20", "20/01/2028")],
    ["parental_mental_health"], True, True, [], None, "book_meeting",
    "Safety rule 1 exception (resolved): a scald in November, treated, healed and discharged, family resettled -> not urgent; Torbay step_down complete (assessment, ATM agreed, consent) -> book_meeting (under-5s triage).")

f = "torbay_08.eml"
txt = """Hi,

Level 3 step down for Jimmy-Joe Eastwood, DOB 03-11-2017, LCS-3360875. C&F assessment attached.

I have to flag that dad (Nelson Eastwood) has declined Early Help. He says the family will be on the road for the horse fairs from May - Wickham, Stow, Appleby - and "we don't want nobody following us round". I went through what Early Help would offer and he was clear: no. Jimmy-Joe himself would like to keep seeing the youth worker at the Torquay youth hub.

My ATM agreed the step down at supervision on 27 March. Attendance is the main remaining need (Jimmy-Joe is on a part-time timetable at his college course).

Can triage still take it, or do we close with a signposting letter?

Thanks
Tamsin Ellery-Mbeki
Social Worker
"""
atts = [pdf_att("CandF Assessment Eastwood Mar34.pdf", "Child and Family Assessment - Eastwood",
                ["Jimmy-Joe Eastwood (03/11/2017). LCS-3360875.", "Outcome: step down to Early Help recommended.",
                 "Father declined Early Help on 27/03/2034."])]
FILES_ = body_mail(f, top(f, addr("Tamsin Ellery-Mbeki", "tamsin.ellery-mbeki@torbay.gov.uk"), MB(A, "early_help_duty"),
                          "Step down - Jimmy-Joe Eastwood - dad declined", "2034-03-28 14:40"), txt, "plain", atts)
add(f, FILES_, A, "early_help_duty", "2034-03-28 14:40", 5, "ordinary", "step_down", False, 3, ["LCS-3360875"],
    [ch("Jimmy-Joe Eastwood", "2017-11-03", "03-11-2017")], ["school_attendance"], False, True, ["consent"], None,
    "request_info",
    "Torbay step_down (REQUIREMENTS: assessment, manager_agreed, consent): father 'has declined Early Help' -> consent false and missing -> request_info.")

# =============================================================================== HEREFORDSHIRE
A = "herefordshire"
f = "herefordshire_01.eml"
txt = """Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the signed consent form for the Smith sibling group (level 3, Intensive):

Esmeralda Smith - 10.10.2022 - Mosaic 724410
Caleb Smith - 27.02.2025 - Mosaic 724411
Noah Smith - 21.06.2029 - Mosaic 724412

Mum, Daisy Smith, signed the consent form on 12 January. Key person: Rhiannon Pugh, Herefordshire Traveller Education Service, whom the family know well and who has agreed to lead. I talked the plan through with Bethan (EH co-ordinator) on 12 January.

The family have been settled on a pitch at the Watery Lane site since the summer; the remaining needs are the children's attendance and Noah's nursery place.

Many thanks
Tom Whitcombe
Social Worker, Hereford Locality Team
"""
atts = [docx_att("EHA step-down plan - Smith siblings.docx", ["# Early Help Assessment - step-down plan",
            "Esmeralda Smith (10.10.2022), Caleb Smith (27.02.2025), Noah Smith (21.06.2029)",
            "What needs to happen: attendance support (TES); nursery place for Noah; dental registration.",
            "By whom: Rhiannon Pugh (TES), school, family hub. Timescale: by Easter."]),
        pdf_att("Consent form signed - Smith.pdf", "Early Help consent form",
                ["I agree to my children receiving Early Help support and to information being shared.",
                 "Signed: Daisy Smith, 12/01/2034"])]
FILES_ = body_mail(f, top(f, addr("Tom Whitcombe", "tom.whitcombe@herefordshire.gov.uk"), MB(A, "early_help_duty"),
                          "Step down plan - Smith sibling group - level 3", "2034-01-17 13:30"), txt, "alt", atts)
add(f, FILES_, A, "early_help_duty", "2034-01-17 13:30", 7, "ordinary", "step_down", False, 3,
    ["724410", "724411", "724412"],
    [ch("Esmeralda Smith", "2022-10-10", "10.10.2022"), ch("Caleb Smith", "2025-02-27", "27.02.2025"),
     ch("Noah Smith", "2029-06-21", "21.06.2029")], ["school_attendance"], True, None, [], None, "book_meeting",
    "Herefordshire sibling-group step_down (REQUIREMENTS: consent_form, draft_plan, lead_practitioner): signed consent form and plan attached, key person with agency -> complete, book_meeting.")

f = "herefordshire_02.eml"
txt = """this is Gemma Brierley community midwife dictating from the car sorry for any typos

visited twins Mercy Loveridge and Faith Loveridge born 30/01/2034 in a touring caravan in the lay-by on the A44 past Kington. caravan has had no heating since Friday the generator is out of fuel and there is ice on the inside of the windows. both babies cold to touch Faith's hands and feet mottled and bluish her temp 35.2 Mercy 35.6. mum Amber Loveridge is 19 and on her own her partner went to Wales on Friday with the van and has not come back. mum exhausted has not eaten. she will not come into the County with the babies she says they'll take them off her

no phone signal at the lay-by I've driven up the hill to send this. going back to the caravan now and will stay till someone comes. my mobile 07700 900530

Sent from my Galaxy
"""
FILES_ = body_mail(f, top(f, addr("Gemma Brierley", "gemma.brierley@wvt.nhs.example.uk"), MB(A, "mash_step_up"),
                          "twins Loveridge lay-by A44 Kington", "2034-02-05 07:50", domain="wvt.nhs.example.uk"),
                   txt, "plain")
add(f, FILES_, A, "mash_step_up", "2034-02-05 07:50", 2, "urgent", "other", True, None, [],
    [ch("Mercy Loveridge", "2034-01-30", "30/01/2034"), ch("Faith Loveridge", "2034-01-30", "30/01/2034")],
    ["neglect"], None, None, [], None, "alert_duty",
    "Safety rule 1 (Sunday 07:50, out of hours): a midwife's dictated note - 6-day-old twins cold and mottled (35.2 and 35.6) in an unheated caravan, mother refusing hospital -> urgent; other -> alert_duty (EDT).",
    night=True)

f = "herefordshire_03.eml"
txt = """Hi,

Further to the comment the neighbour made at the final CIN review, I visited the Ayres family at the Watery Lane site this morning.

Kizzy Ayres and Reuben Ayres were with their nan; both were well, warm and clean, and I saw no marks or injuries. The heater in the day room is a fitted one with a working CO alarm; there is no portable gas heater. The "whip" the neighbour mentioned is a lunging whip dad uses for the horses in the paddock; both children and mum say it has never been used on or waved at a child, and the neighbour was not there at the time she described.

I have no concerns and I'm happy for the step-down to go ahead as planned.

Kind regards
Priya Raghunathan
Health Visitor, Hereford South 0-19 Team
""" + ack(("SB-HER-0077", "herefordshire.gov.uk"), "Step down - Ayres family",
          "The plan will be processed by the Early Help co-ordinator team.")
FILES_ = body_mail(f, top(f, addr("Priya Raghunathan", "priya.raghunathan@wvt.nhs.example.uk"), MB(A, "early_help_duty"),
                          "RE: [SB-HER-0077] Step down - Ayres family - HV visit today", "2034-02-15 14:10",
                          domain="wvt.nhs.example.uk", reply=True), txt, "plain")
add(f, FILES_, A, "early_help_duty", "2034-02-15 14:10", 5, "near_miss", "follow_up", False, None, [],
    [ch("Kizzy Ayres"), ch("Reuben Ayres")], [], None, None, [], None, "attach_to_request",
    "Safety rule 1 exception (negated, checked): the health visitor found no injuries, a fitted heater with a CO alarm and a horse whip never used on a child -> not urgent; reply under [SB-HER-0077] -> follow_up, attach_to_request.")

f = "herefordshire_04.eml"
txt = """I'm the warden at the Romany Way site. About half an hour ago there was a row between two families over a horse.

After it Tommy Gaskin (plot 9), who has been drinking all afternoon, went after 10 year old Lenny Gaskin (his nephew, plot 4) with a horse whip. He caught him across the back of the legs, I've seen the welt, and he says he'll "finish it" when he finds him. Lenny ran off and is hiding in the toilet block with my wife. Tommy is still on site walking up and down with the whip shouting for him.

Lenny's mum is at work in Worcester till 10. We rang the police, they said it could be a while.

Dermot Ward
Site warden, Romany Way
07700 900902
"""
FILES_ = body_mail(f, top(f, addr("Dermot Ward", "romanyway.warden@herefordshire.gov.uk"), MB(A, "mash_step_up"),
                          "Romany Way - boy hit with horse whip - man still on site", "2034-02-25 18:20"),
                   txt, "plain")
add(f, FILES_, A, "mash_step_up", "2034-02-25 18:20", 3, "urgent", "other", True, None, [], [ch("Lenny Gaskin")],
    ["physical_harm"], None, None, [], None, "alert_duty",
    "Safety rule 1 (Saturday evening): a 10-year-old struck with a horse whip and threatened, hiding while the man searches the site, mother away till 10 -> urgent; other -> alert_duty (EDT).",
    night=True)

f = "herefordshire_05.eml"
txt = """Hello MASH,

Step up request for the Giňa children, Mosaic 726533:

Patrik Giňa - born 17/03/2020
Natálie Giňová - born 05/12/2024

The family are Czech Roma living in a static caravan on a fruit farm near Ledbury, where the parents pick in the polytunnels. Neither child has been on a school roll since September. Natálie's eczema is infected and weeping; dad refuses to register with a GP because he says they will be moving on to another farm in the spring. Early Help (with a Czech interpreter) has offered every week since October.

My manager, Carys Bevan, agreed the step up on 3 March.

Kind regards
Elżbieta Nowak-Price
Family Support Worker, Early Help, Ledbury
"""
FILES_ = body_mail(f, top(f, addr("Elżbieta Nowak-Price", "elzbieta.nowak-price@herefordshire.gov.uk"), MB(A, "mash_step_up"),
                          "Step up request - Giňa children - Mosaic 726533", "2034-03-06 10:00"), txt, "alt")
add(f, FILES_, A, "mash_step_up", "2034-03-06 10:00", 6, "ordinary", "step_up", False, None, ["726533"],
    [ch("Patrik Giňa", "2020-03-17", "17/03/2020"), ch("Natálie Giňová", "2024-12-05", "05/12/2024")],
    ["neglect", "school_attendance"], None, True, [], None, "human_review",
    "Herefordshire step_up: the seed defines no step-up (REQUIREMENTS herefordshire: 'step_up is not defined') -> missing [], human_review.")

f = "herefordshire_06.eml"
txt = """Dear co-ordinators,

Step-down plan and signed consent attached for Bridie McGinley, DOB 08/08/2020, Mosaic 725190 (level 3).

Background for whoever picks this up: the family first came to us in 2032 after a report that Bridie's older sister was to be married at 15. That was looked into under s47 at the time; the marriage did not happen, the family worked with the Forced Marriage Unit, and the sister is now 17 and at college in Hereford. There has been no suggestion of anything similar for Bridie, and she says so herself, loudly.

Current need: attendance (79%) and a secondary school place closer to the site after the family moved to a pitch near Leominster.

Key person: Gwen Prosser, Family Support Worker, Leominster Family Hub (Early Help), agreed with mum.

Thanks
Anwen Lloyd
Social Worker, Leominster
"""
atts = [docx_att("Step-down plan Bridie McGinley.docx", ["# Early Help Assessment step-down plan",
            "Bridie McGinley (08/08/2020)", "Attendance plan; in-year school transfer; Gwen Prosser to lead."]),
        pdf_att("Signed consent McGinley.pdf", "Early Help consent form",
                ["Consent given for Bridie McGinley to receive Early Help.", "Signed: Margaret McGinley, 10/03/2034"])]
FILES_ = body_mail(f, top(f, addr("Anwen Lloyd", "anwen.lloyd@herefordshire.gov.uk"), MB(A, "early_help_duty"),
                          "Step down - Bridie McGinley - Mosaic 725190", "2034-03-14 11:50"), txt, "alt", atts)
add(f, FILES_, A, "early_help_duty", "2034-03-14 11:50", 7, "near_miss", "step_down", False, 3, ["725190"],
    [ch("Bridie McGinley", "2020-08-08", "08/08/2020")], ["school_attendance"], True, None, [], None, "book_meeting",
    "Safety rule 1 exception (historic, resolved): a sister's planned marriage in 2032 that never happened -> not urgent; Herefordshire step_down with consent form, plan and key person -> book_meeting.")

f = "herefordshire_07.eml"
txt = """Hi,

Please find attached the step-down plan and the signed consent form for Alfie Price (DOB 15/01/2026) and Ruby Price (DOB 03/06/2028), Mosaic 727001 and 727002, level 3. Mrs Price signed the consent on 21 March. Key person: Rhiannon Pugh, Traveller Education Service.

I've also pasted below a message the site warden sent me this afternoon. I'm not sure it changes anything for the step-down but thought you should have it.

Tom

---------- Forwarded message ---------
From: Dermot Ward <romanyway.warden@herefordshire.gov.uk>
Date: Thu, 23 Mar 2034 at 15:48
Subject: Price family plot 3
To: Tom Whitcombe <tom.whitcombe@herefordshire.gov.uk>

Tom, thought you should know. Alfie came into the office after school and said his uncle Jim Price is moving into their trailer tonight for "a few weeks". Jim's the one who came out of prison last month for what he did to that little girl in Gloucester, everyone on site knows, he's on the register. Mrs Price told me she can't say no to family, he's nowhere else to go. He's due on the 6 o'clock bus. Alfie and Ruby share the back bedroom with the bunks.
Dermot
"""
atts = [docx_att("Step-down plan - Price.docx", ["# Early Help Assessment step-down plan",
            "Alfie Price (15/01/2026), Ruby Price (03/06/2028)", "Attendance; routines; TES to lead."]),
        pdf_att("Consent - Price.pdf", "Early Help consent form", ["Signed: Lacey Price, 21/03/2034"])]
FILES_ = body_mail(f, top(f, addr("Tom Whitcombe", "tom.whitcombe@herefordshire.gov.uk"), MB(A, "early_help_duty"),
                          "Step down - Alfie and Ruby Price - Mosaic 727001/727002", "2034-03-23 16:55"), txt, "plain", atts)
add(f, FILES_, A, "early_help_duty", "2034-03-23 16:55", 4, "urgent", "step_down", True, 3, ["727001", "727002"],
    [ch("Alfie Price", "2026-01-15", "15/01/2026"), ch("Ruby Price", "2028-06-03", "03/06/2028")], ["sexual_harm"],
    True, None, [], None, "alert_duty",
    "Safety rule 1 (quoted/forwarded history is read): under an ordinary step-down, the warden's forwarded note says a man just released for offences against a child moves into the children's trailer tonight at 6 -> urgent; Herefordshire step_down otherwise complete -> alert_duty.")

f = "herefordshire_08.eml"
txt = """Hello,

Step-down plan attached for Harley Hughes, DOB 09/09/2019, Mosaic 728340 (level 3).

Key person: Dai Morgan, Youth Worker, Herefordshire Youth Service - Harley chose him.

Consent form: Dad (Levi Hughes) can't read, so I'm going out with Rhiannon from TES on Tuesday 4 April to read it through with him and get his mark. I'll send it straight after.

The remaining need is Harley's attendance (66%) now the family are back on the Bromyard site for the winter.

Thanks,
Kwame Asante-Hughes
Social Worker, Bromyard and Ledbury
"""
atts = [docx_att("Harley Hughes step down plan.docx", ["# Early Help Assessment step-down plan",
            "Harley Hughes (09/09/2019)", "Attendance support; youth work; college taster. Key person: Dai Morgan."])]
FILES_ = body_mail(f, top(f, addr("Kwame Asante-Hughes", "kwame.asante-hughes@herefordshire.gov.uk"),
                          MB(A, "early_help_duty"), "Step down plan - Harley Hughes - consent form to follow",
                          "2034-03-31 09:35"), txt, "alt", atts)
add(f, FILES_, A, "early_help_duty", "2034-03-31 09:35", 6, "ordinary", "step_down", False, 3, ["728340"],
    [ch("Harley Hughes", "2019-09-09", "09/09/2019")], ["school_attendance"], None, None, ["consent_form"], None,
    "request_info",
    "Herefordshire step_down (REQUIREMENTS: consent_form, draft_plan, lead_practitioner): the father who cannot read will be taken through the form on Tuesday -> consent null, consent_form missing -> request_info.")


# =============================================================================== SELF-CHECKS
def fail(msg):
    print("SELF-CHECK FAILED:", msg); sys.exit(1)

def expected_next(e):
    if e["urgent"]: return "alert_duty"
    if e["kind"] == "auto_reply": return "ignore"
    if e["kind"] == "meeting_reply": return "record_reply"
    if e["kind"] == "follow_up": return "attach_to_request"
    return None

REQ = {("knowsley", "step_up"): {"step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details",
                                 "gcp2", "engaging_families", "exploitation_assessment", "children"},
       ("knowsley", "step_down"): {"meeting_details", "worries_strengths_next", "lead_practitioner", "consent", "children"},
       ("richmond_wandsworth", "step_up"): {"case_summary", "rationale", "children"},
       ("richmond_wandsworth", "step_down"): {"case_summary", "draft_plan", "consent", "children"},
       ("tower_hamlets", "step_up"): {"request_for_support", "manager_agreed", "children"},
       ("tower_hamlets", "step_down"): {"assessment", "draft_plan", "consent", "lead_practitioner", "children"},
       ("torbay", "step_up"): {"consent", "manager_agreed", "children"},
       ("torbay", "step_down"): {"assessment", "manager_agreed", "consent", "children"},
       ("herefordshire", "step_down"): {"consent_form", "draft_plan", "lead_practitioner", "children"}}
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}

def checks():
    try:
        import holidays
        hol = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2034])}
        if hol != BANK_HOLIDAYS: fail("bank holidays differ from the holidays package")
        print("bank holidays agree with the `holidays` package")
    except ImportError:
        print("(holidays package not importable: using the built-in 2034 list)")
    if date(2034, 1, 9).weekday() != 0 or date(2034, 3, 31).weekday() != 4: fail("window weekdays")
    if any(WINDOW[0] <= d <= WINDOW[1] for d in BANK_HOLIDAYS): fail("a bank holiday inside the window")
    if len(FILES) != 40: fail("not 40 files")
    for a in {k[0] for k in MAILBOXES}:
        if sorted(f for f in FILES if f.startswith(a + "_")) != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            fail("8 per authority: " + a)
    cats = [CATS[f] for f in FILES]
    for c, n in (("urgent", 11), ("near_miss", 11)):
        if cats.count(c) < n: fail("fewer than %d %s" % (n, c))
    for lab in LABELS:
        f, e = lab["file"], lab["expect"]
        msg = email.message_from_bytes(FILES[f], policy=email.policy.default)
        if msg.defects: fail("%s defects %r" % (f, msg.defects))
        for part in msg.walk():
            if part.defects: fail("%s part defects" % f)
        for hname in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[hname]: fail("%s lacks %s" % (f, hname))
        box = MAILBOXES[(lab["authority"], lab["mailbox"])]
        if box.lower() not in (str(msg["To"]) + str(msg["Cc"] or "")).lower(): fail(f + " mailbox not in To/Cc")
        d = email.utils.parsedate_to_datetime(msg["Date"])
        loc = d.astimezone(LON)
        if d.utcoffset() != loc.utcoffset(): fail(f + " Date offset is not Europe/London's")
        if not (WINDOW[0] <= loc.date() <= WINDOW[1]): fail(f + " Date outside window")
        now = datetime.fromisoformat(lab["now"])
        if not (0 < (now - d).total_seconds() <= 900) or now.utcoffset() != d.utcoffset(): fail(f + " now")
        workday = loc.weekday() < 5 and loc.date() not in BANK_HOLIDAYS and 8 <= loc.hour < 18
        if not workday and not META[f]["night"] and not (loc.weekday() < 5 and e["kind"] == "other" and not e["urgent"]):
            fail(f + " out of working hours without being about the night or weekend")
        # category <-> urgent
        if e["urgent"] != (CATS[f] == "urgent"): fail(f + " urgent/category mismatch")
        # next_action
        x = expected_next(e)
        if x is None:
            if e["kind"] == "other" or (lab["authority"], e["kind"]) not in REQ:
                x = "human_review"
            elif e["missing"] or e["notice_ok"] is False:
                x = "request_info"
            else:
                x = "book_meeting"
        if e["next_action"] != x: fail("%s next_action %s != %s" % (f, e["next_action"], x))
        if (auto := msg["Auto-Submitted"]) and e["kind"] != "auto_reply": fail(f + " Auto-Submitted on human mail")
        if e["kind"] == "auto_reply" and not auto: fail(f + " auto_reply without Auto-Submitted")
        if e["kind"] == "follow_up" and not re.search(r"\[SB-[A-Z]{3}-\d+\]", str(msg["Subject"])): fail(f + " ref")
        cal_reply = b"METHOD:REPLY" in b"".join(p.get_payload(decode=True) or b"" for p in msg.walk() if not p.is_multipart())
        if cal_reply != (e["kind"] == "meeting_reply"): fail(f + " iTIP REPLY vs kind")
        # fields
        if not set(e["concerns"]) <= CONCERNS or e["concerns"] != sorted(set(e["concerns"])): fail(f + " concerns")
        key = (lab["authority"], e["kind"])
        if e["kind"] in ("step_up", "step_down") and key in REQ:
            allowed = set(REQ[key])
            if lab["authority"] == "knowsley" and e["kind"] == "step_down":
                allowed -= {"lead_practitioner"} if e["level"] in (3, None) else {"consent"}
            if not set(e["missing"]) <= allowed: fail(f + " missing id not required here")
            for fact, val in (("consent", e["consent"]), ("manager_agreed", e["manager_agreed"])):
                if fact in allowed and ((val is not True) != (fact in e["missing"])): fail(f + " %s vs missing" % fact)
            if lab["authority"] == "knowsley" and e["kind"] == "step_up":
                for cid, doc in (("neglect", "gcp2"), ("non_engagement", "engaging_families"), ("exploitation", "exploitation_assessment")):
                    if doc in e["missing"] and cid not in e["concerns"]: fail(f + " " + doc)
        elif e["missing"]:
            fail(f + " missing on a kind without requirements")
        if e["level"] is not None and e["kind"] != "step_down": fail(f + " level")
        # notice
        knotice = lab["authority"] == "knowsley" and e["kind"] in ("step_up", "step_down")
        if knotice:
            m = META[f]["meeting"]
            if m is None:
                if e["notice_ok"] is not None or "meeting_details" not in e["missing"]: fail(f + " notice/no date")
            else:
                if m.weekday() >= 5 or m in BANK_HOLIDAYS: fail(f + " meeting not a working day")
                given = wd_between(now.astimezone(LON).date(), m)
                if (given >= 5) != e["notice_ok"]: fail("%s notice %d WD vs %s" % (f, given, e["notice_ok"]))
                META[f]["given"] = given
        elif e["notice_ok"] is not None:
            fail(f + " notice_ok on a kind with no notice")
        # readable text: names, case ids, DOBs, no banned words in urgent mail
        text = readable(msg)
        for c in META[f]["children"]:
            if c["name"] not in text: fail("%s child %s not in text" % (f, c["name"]))
            if c["dob"]:
                if c["written"] not in text: fail("%s dob %s not as written" % (f, c["written"]))
                dob = date.fromisoformat(c["dob"])
                for fmt in ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"):
                    try:
                        if datetime.strptime(c["written"], fmt).date() != dob: fail(f + " dob parse")
                        break
                    except ValueError:
                        pass
                else:
                    w = re.sub(r"(\d+)(st|nd|rd|th)", r"\1", c["written"])
                    if datetime.strptime(w, "%d %B %Y").date() != dob: fail(f + " dob parse words")
                age = (now.date() - dob).days / 365.25
                if not (0 <= age < 18): fail(f + " child not under 18")
        for cid in e["case_ids"]:
            if cid not in text: fail("%s case id %s not in text" % (f, cid))
            if not re.fullmatch(r"(EHM-\d{5,6}|ICS-\d{7}|LCS-\d{7}|\d{6,7})", cid): fail(f + " case id form")
        if len(set(e["case_ids"])) != len(e["case_ids"]): fail(f + " dup ids")
        if re.search(r"\b20(3[5-9]|[4-9]\d)\b", text): fail(f + " a year after 2034")
        if CATS[f] == "urgent":
            low = text.lower() + " " + str(msg["Subject"]).lower()
            for w in BANNED:
                if re.search(r"\b%s\b" % re.escape(w), low): fail("%s urgent mail uses banned word %r" % (f, w))
            if "risk" in low: fail(f + " urgent mail says 'risk'")
    print("self-checks passed: 40 files, 8 per authority, every mail parses with no defects, labels consistent")

def main():
    checks()
    for f, data in FILES.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(CATS, fh, indent=1); fh.write("\n")
    from collections import Counter
    print("categories:", dict(Counter(CATS.values())))
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        print("  %-20s %s" % (a, dict(Counter(CATS[f] for f in CATS if f.startswith(a + "_")))))
    print("kinds:", dict(Counter(l["expect"]["kind"] for l in LABELS)))
    print("next_action:", dict(Counter(l["expect"]["next_action"] for l in LABELS)))
    for f in sorted(META):
        if "given" in META[f]:
            print("  notice %s: %d working days to %s" % (f, META[f]["given"], META[f]["meeting"]))
    print("urgent mails:")
    for l in LABELS:
        if l["expect"]["urgent"]:
            print("  %s (%s, %s): %s" % (l["file"], l["expect"]["kind"], l["now"], l["why"]))

if __name__ == "__main__":
    main()
