#!/usr/bin/env python3
"""mixed115: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2036 (Monday 7 January - Thursday 3 April 2036), in children working.

Run: python3 make_set.py   (stdlib only; the `holidays` package is used for a cross-check when importable)
Builds every *.eml, labels.json, categories.json and README.md, deterministically, after self-checks that STOP on
any error before anything is written. The mails are in mails_a.py / mails_b.py, the helpers in lib115.py.
Every label was set by hand from /work/shared/DESIGN.md, REQUIREMENTS.md, the seeds and the policy packs."""

import os, re, sys, json, hashlib, collections
import email, email.policy, email.utils
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib115
from lib115 import readable, wd_between, BANK_HOLIDAYS, LON
import mails_a, mails_b

AUTHS = ["knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"]
WIN_START, WIN_END = date(2036, 1, 7), date(2036, 4, 3)
BANNED = re.compile(r"\b(urgent|immediate|immediately|emergency|at risk|risk of harm|danger|dangerous|asap)\b", re.I)
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
# REQUIREMENTS.md: the ids `missing` may hold per authority / kind (children always possible for step requests)
ALLOWED_MISSING = {
    ("richmond_wandsworth", "step_up"): {"case_summary", "rationale"},
    ("richmond_wandsworth", "step_down"): {"case_summary", "draft_plan", "consent"},
    ("tower_hamlets", "step_down"): {"assessment", "draft_plan", "consent", "lead_practitioner"},
    ("tower_hamlets", "step_up"): {"request_for_support", "manager_agreed"},
    ("torbay", "step_down"): {"assessment", "manager_agreed", "consent"},
    ("torbay", "step_up"): {"consent", "manager_agreed"},
    ("herefordshire", "step_down"): {"consent_form", "draft_plan", "lead_practitioner"},
    ("knowsley", "step_up"): {"step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details", "gcp2",
                              "engaging_families", "exploitation_assessment"},
    ("knowsley", "step_down", 2): {"meeting_details", "worries_strengths_next", "lead_practitioner"},
    ("knowsley", "step_down", 3): {"meeting_details", "worries_strengths_next", "consent"},
}
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], 1)}


def parse_written(s):
    m = re.fullmatch(r"(\d\d)[/.](\d\d)[/.](\d{4})", s)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1]))
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", s)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+) (\d{4})", s)
    if m:
        return date(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
    raise ValueError(s)


def expected_next(e, authority):
    if e["urgent"]:
        return "alert_duty"
    if e["kind"] == "auto_reply":
        return "ignore"
    if e["kind"] == "meeting_reply":
        return "record_reply"
    if e["kind"] == "follow_up":
        return "attach_to_request"
    if e["kind"] == "other" or (authority == "herefordshire" and e["kind"] == "step_up"):
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"


def build():
    mails_a.MAILS.clear()
    for fn in mails_b.KNOWSLEY + mails_b.RICHMOND + mails_b.TOWER + mails_b.TORBAY + mails_b.HEREFORD:
        fn()
    return list(mails_a.MAILS)


def check(mails):
    errs = []
    def err(f, s):
        errs.append("%s: %s" % (f, s))
    if len(mails) != 40:
        errs.append("expected 40 mails, got %d" % len(mails))
    per = collections.Counter(m["authority"] for m in mails)
    for a in AUTHS:
        if per[a] != 8:
            errs.append("%s has %d mails" % (a, per[a]))
        names = sorted(m["file"] for m in mails if m["authority"] == a)
        if names != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            errs.append("%s file names %s" % (a, names))
    cats = collections.Counter(m["category"] for m in mails)
    if cats["urgent"] < 11 or cats["near_miss"] < 11 or cats["urgent"] + cats["near_miss"] + cats["ordinary"] != 40:
        errs.append("category counts %s" % dict(cats))
    if lib115.BANK_HOLIDAYS:
        try:
            import holidays
            hol = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2035, 2036])
                   if d.year == 2036 or d.month == 12}
            if hol != {d for d in BANK_HOLIDAYS if d.year in (2035, 2036)}:
                errs.append("bank holidays differ from the holidays package: %s" % sorted(hol ^ BANK_HOLIDAYS))
        except ImportError:
            pass
    if any(WIN_START <= d <= WIN_END for d in BANK_HOLIDAYS):
        errs.append("a bank holiday inside the window: the labels assume none")
    if WIN_START.weekday() != 0 or WIN_END.weekday() != 3:
        errs.append("window weekdays wrong")
    for m in mails:
        f, lab, e = m["file"], m["label"], m["label"]["expect"]
        raw = m["data"]
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        msg32 = email.message_from_bytes(raw)
        if any(p.defects for p in msg.walk()) or any(p.defects for p in msg32.walk()):
            err(f, "MIME defects")
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[h]:
                err(f, "no %s" % h)
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            err(f, "8-bit bytes in the raw message")
        text = readable(msg)
        # mailbox in To/Cc
        address = mails_a.MB[m["authority"]][m["mailbox"]].lower()
        rcpts = " ".join(str(msg.get(h, "")) for h in ("To", "Cc")).lower()
        if address not in rcpts:
            err(f, "mailbox address %s not in To/Cc" % address)
        # dates
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if d != m["when"] or d.utcoffset() != m["when"].astimezone(LON).utcoffset():
            err(f, "Date header / offset mismatch")
        ld = m["when"].date()
        if not (WIN_START <= ld <= WIN_END):
            err(f, "Date outside the window")
        office = ld.weekday() < 5 and ld not in BANK_HOLIDAYS and 9 <= m["when"].hour < 17
        if not office and not m["night"] and not (ld.weekday() < 5 and ld not in BANK_HOLIDAYS):
            err(f, "not a working day and not flagged night/weekend")
        if m["night"] and office:
            err(f, "flagged night but sent in office hours")
        now = datetime.fromisoformat(lab["now"])
        if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=15)):
            err(f, "now not 1-15 min after Date")
        if now.utcoffset() != now.astimezone(LON).utcoffset():
            err(f, "now offset is not Europe/London's")
        # label shape
        if set(lab) != {"file", "authority", "mailbox", "now", "expect", "why"} or set(e) != {
                "kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                "missing", "notice_ok", "next_action"}:
            err(f, "label keys")
        if e["kind"] not in KINDS:
            err(f, "kind")
        if e["urgent"] != (m["category"] == "urgent"):
            err(f, "urgent flag disagrees with category")
        if e["next_action"] != expected_next(e, m["authority"]):
            err(f, "next_action %s, DESIGN order gives %s" % (e["next_action"], expected_next(e, m["authority"])))
        if not set(e["concerns"]) <= CONCERNS or e["concerns"] != sorted(set(e["concerns"])):
            err(f, "concerns")
        if e["missing"] != sorted(set(e["missing"])):
            err(f, "missing not sorted/unique")
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)):
            err(f, "level")
        if m["category"] == "urgent" and BANNED.search(text):
            err(f, "banned word in an urgent mail: %r" % BANNED.search(text).group(0))
        # missing ids per REQUIREMENTS
        if e["kind"] in ("step_up", "step_down") and not (m["authority"] == "herefordshire" and e["kind"] == "step_up"):
            key = (m["authority"], e["kind"]) if m["authority"] != "knowsley" or e["kind"] == "step_up" else \
                (m["authority"], e["kind"], e["level"] or 3)
            allowed = ALLOWED_MISSING[key] | {"children"}
            if not set(e["missing"]) <= allowed:
                err(f, "missing ids not in the matrix: %s" % (set(e["missing"]) - allowed))
            for fact, fld in (("consent", "consent"), ("manager_agreed", "manager_agreed")):
                if fact in allowed and (fact in e["missing"]) != (e[fld] is not True):
                    err(f, "%s missing <-> %s not true" % (fact, fld))
            if ("children" in e["missing"]) != (not e["children"]):
                err(f, "children missing <-> none named")
        elif e["missing"]:
            err(f, "missing must be [] for this kind")
        # notice
        if m["authority"] == "knowsley" and e["kind"] in ("step_up", "step_down"):
            if m["notice"] is None:
                err(f, "Knowsley step with no meeting date recorded")
            else:
                given = wd_between(now.astimezone(LON).date(), m["notice"])
                if e["notice_ok"] != (given >= 5):
                    err(f, "notice_ok %s but %d WD" % (e["notice_ok"], given))
                if m["notice"].weekday() > 4 or m["notice"] in BANK_HOLIDAYS:
                    err(f, "meeting on a non-working day")
        elif e["notice_ok"] is not None:
            err(f, "notice_ok must be null")
        # children and case ids in the text
        low = text.lower()
        for c, (n, w) in zip(e["children"], m["written"]):
            if n.lower() not in low:
                err(f, "child %s not in text" % n)
            if (c["dob"] is None) != (w is None):
                err(f, "dob / written mismatch for %s" % n)
            if w:
                if w not in text:
                    err(f, "dob %s not in text" % w)
                dd = parse_written(w)
                if dd.isoformat() != c["dob"]:
                    err(f, "dob %s parses to %s not %s" % (w, dd, c["dob"]))
                age = (now.date() - dd).days / 365.25
                if not (0 <= age < 18):
                    err(f, "child %s aged %.1f" % (n, age))
        for cid in e["case_ids"]:
            if cid not in text:
                err(f, "case id %s not in text" % cid)
            if not re.fullmatch(r"(EHM|ICS|LCS)-\d+|\d{6,7}", cid):
                err(f, "case id form %s" % cid)
        # kinds
        subj = str(msg["Subject"])
        has_reply = any(p.get_content_type() == "text/calendar" and "METHOD:REPLY" in
                        (p.get_payload(decode=True) or b"").decode() for p in msg.walk())
        if (e["kind"] == "meeting_reply") != has_reply:
            err(f, "iTIP REPLY <-> meeting_reply")
        if (e["kind"] == "auto_reply") != bool(msg["Auto-Submitted"]):
            err(f, "Auto-Submitted <-> auto_reply")
        if e["kind"] == "follow_up" and "[SB-" not in subj:
            err(f, "follow_up without a reference")
        if e["kind"] in ("step_up", "step_down") and "[SB-" in subj:
            err(f, "a new request with a reference")
        if m["category"] == "near_miss" and not re.search(
                r"burn|harm|hurt|risk|danger|exploit|abuse|s47|injur|collapse|touch|fryer|roof|scaffold|permit|"
                r"working|work on|kept off|immediate|safeguarding", low):
            err(f, "near miss without any risk words")
        # every "Weekday D Month [YYYY]" written in the readable text names the right weekday (Sep-Dec -> 2035)
        for wd_, dnum, mon, yr in re.findall(
                r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? (\d{1,2})(?:st|nd|rd|th)? (January|February|March|"
                r"April|May|June|July|August|September|October|November|December)(?: (\d{4}))?", text):
            mi = MONTHS[mon.lower()]
            y = int(yr) if yr else (2035 if mi >= 9 else 2036)
            if date(y, mi, int(dnum)).strftime("%A") != wd_ + "day":
                err(f, "'%sday %s %s %s' names the wrong weekday" % (wd_, dnum, mon, y))
        for wd_, dnum, mon in re.findall(r"\b(Mon|Tue|Tues|Wed|Weds|Thu|Thurs|Fri) (\d{1,2}) (Jan|Feb|Mar|Apr)\b", text):
            mi = ["Jan", "Feb", "Mar", "Apr"].index(mon) + 1
            if date(2036, mi, int(dnum)).strftime("%a")[:3] != wd_[:3]:
                err(f, "'%s %s %s' names the wrong weekday" % (wd_, dnum, mon))
        if not lab["why"] or len(lab["why"]) < 40:
            err(f, "why too short")
    return errs


def readme(mails):
    cats = collections.Counter(m["category"] for m in mails)
    kinds = collections.Counter(m["label"]["expect"]["kind"] for m in mails)
    acts = collections.Counter(m["label"]["expect"]["next_action"] for m in mails)
    L = ["# mixed115: blind held-out set for urgency and the parse fields, over the spring term of 2036 (Monday 7 January - Thursday 3 April 2036), in children working: family takeaways and shops, market stalls, car washes run by relatives, paper rounds at dawn, building sites and roofs, babysitting for money, children as interpreters for their parents, children kept off school to work and child employment permits",
         "",
         "40 invented RFC 5322 messages (`*.eml`), 8 per authority (`knowsley`, `richmond_wandsworth`, `tower_hamlets`, "
         "`torbay`, `herefordshire`), sent to each authority's MASH step-up or Early Help duty mailbox as "
         "`config/deployment.yaml` names them. `labels.json` follows the dev corpus format exactly; `categories.json` "
         "maps each file to `urgent` (%d), `near_miss` (%d) or `ordinary` (%d). Run every file as "
         "`stepbot parse FILE --authority <authority> --mailbox <mailbox> --now <now>`." % (
             cats["urgent"], cats["near_miss"], cats["ordinary"]),
         "",
         "## Window, clock and bank holidays",
         "Monday 7 January - Thursday 3 April 2036 (both weekdays checked). GMT (+0000) until British Summer Time "
         "begins on Sunday 30 March 2036; the mails of 1-3 April carry +0100 (knowsley_02, knowsley_08, "
         "richmond_wandsworth_08). No England & Wales bank holiday falls inside the window (New Year's Day is before "
         "it; Good Friday 11 April and Easter Monday 14 April 2036 after it). knowsley_02, sent Thursday 3 April, "
         "counts its final CIN on Tuesday 15 April across Easter: 6 working days (8 plain weekdays) - still >= 5. "
         "Other Knowsley counts: knowsley_01 Thu 13 -> Wed 19 March = 4 WD (not ok); knowsley_03 Wed 6 -> Wed 13 "
         "February = 5 WD (ok); knowsley_04 Tue 11 -> Tue 18 March = 5 WD (ok). Out-of-hours mail: "
         "richmond_wandsworth_01 (Friday 21:43), tower_hamlets_01 (19:52), tower_hamlets_02 (Saturday 00:38), "
         "torbay_01 (06:41).",
         "",
         "## Counts",
         "- kind: " + ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
         "- next_action: " + ", ".join("%s %d" % kv for kv in sorted(acts.items())),
         "- per authority (urgent / near miss / ordinary): " + "; ".join(
             "%s %d / %d / %d" % (a, *[sum(1 for m in mails if m["authority"] == a and m["category"] == c)
                                       for c in ("urgent", "near_miss", "ordinary")]) for a in AUTHS),
         "",
         "## Urgent mails (none uses urgent, immediate(ly), emergency, at risk, risk of harm, danger(ous) or ASAP anywhere)"]
    for m in mails:
        if m["category"] == "urgent":
            L.append("- `%s` (%s, %s): %s" % (m["file"], m["label"]["expect"]["kind"], m["label"]["now"], m["summary"]))
    L += ["", "## Near misses"]
    for m in mails:
        if m["category"] == "near_miss":
            L.append("- `%s` (%s): %s" % (m["file"], m["label"]["expect"]["kind"], m["summary"]))
    L += ["", "## Ordinary"]
    for m in mails:
        if m["category"] == "ordinary":
            L.append("- `%s` (%s -> %s): %s" % (m["file"], m["label"]["expect"]["kind"],
                                                 m["label"]["expect"]["next_action"], m["summary"]))
    L += ["",
          "## Labelling notes and borderline calls",
          "- `exploitation` is labelled where an adult profits from a child's work under coercion, debt or "
          "concealment (knowsley_06, richmond_wandsworth_03, tower_hamlets_01/02, torbay_02, herefordshire_02); a "
          "child working in the family business without that is labelled by its effect (neglect, "
          "school_attendance, young_carer). richmond_wandsworth_01 (10-year-old alone on a night stall) is labelled "
          "`neglect` only; `exploitation` could be argued. richmond_wandsworth_02 is `sexual_harm` only.",
          "- Resolved, historic, negated and hypothetical worries add no concern (knowsley_04's 2034 burn, "
          "tower_hamlets_05's car wash, torbay_04's market stall, torbay_05's rumour, herefordshire_04's scaffold "
          "fall); the requests' current needs are labelled.",
          "- Knowsley level 3 step-down with a joint home visit at the family home counts the address as the venue.",
          "- Children named only by first name (Yusuf in knowsley_07, Kirsty's children, Maryam's brothers) are not "
          "labelled; names written in capitals (torbay_01) are labelled normalised.",
          "- Urgent mails sent to an authority that defines no step-up (Herefordshire) or sent as reports from the "
          "public, schools and hospitals are `other`; alert_duty comes first whatever the kind.",
          "",
          "## How it was written",
          "From the specification only (DESIGN.md, REQUIREMENTS.md, the seeds, the policy packs, the dev corpus "
          "README and labels, mixed27's README and make_set.py, mixed60's labels, and the first line of the other "
          "READMEs). `make_set.py` (with `lib115.py`, `mails_a.py`, `mails_b.py`; stdlib only) is deterministic: "
          "boundaries and ids come from sha1 of the file name, .docx zips have fixed timestamps, PDFs are hand-built. "
          "It self-checks before writing: 40 files, 8 per authority, category counts, no banned word in any urgent "
          "mail (subject, sender, every text/HTML part, calendar text, .docx/.pdf/.txt attachments and their names), "
          "every file parses with `email.message_from_bytes` without defects, the mailbox address in To/Cc, Dates in "
          "the window with Europe/London's offset, `now` 1-15 minutes later, `urgent` true exactly for the urgent "
          "category, `next_action` in DESIGN's order, `missing` within REQUIREMENTS.md's matrix, Knowsley notice "
          "recounted in working days, every child, DOB (parsed back from its written form, under 18) and case id "
          "present in the text, iTIP REPLY <-> meeting_reply, Auto-Submitted <-> auto_reply, references on "
          "follow-ups, and a byte-identical second build.",
          "",
          "Every person, child, business, school, address, phone number (Ofcom drama ranges) and case number is "
          "invented; council role-holders are those in `config/deployment.yaml`.",
          "",
          "The set was never run through the parser."]
    return "\n".join(L) + "\n"


def main():
    mails = build()
    errs = check(mails)
    again = build()
    if [m["data"] for m in mails] != [m["data"] for m in again]:
        errs.append("second build is not byte-identical")
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs))
        for e in errs:
            print("  " + e)
        sys.exit(1)
    for old in os.listdir(HERE):
        if old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    for m in mails:
        with open(os.path.join(HERE, m["file"]), "wb") as fh:
            fh.write(m["data"])
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump([m["label"] for m in mails], fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh:
        json.dump({m["file"]: m["category"] for m in mails}, fh, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "README.md"), "w") as fh:
        fh.write(readme(mails))
    cats = collections.Counter(m["category"] for m in mails)
    print("self-check OK: %d files, 8 per authority, %s; no banned words in urgent mails; all parse without defects; "
          "labels consistent; deterministic" % (len(mails), dict(cats)))
    for m in mails:
        if m["category"] == "urgent":
            print("  URGENT %-28s %-13s %s" % (m["file"], m["label"]["expect"]["kind"], m["summary"]))


if __name__ == "__main__":
    main()
