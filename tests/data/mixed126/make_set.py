#!/usr/bin/env python3
"""mixed126: blind held-out set (40 invented mails) for stepbot's `parse` contract, over the spring term of 2043
(Monday 5 January - Thursday 26 March 2043), in machine-translated and second-language mail.

Stdlib only: run `python3 make_set.py` in this folder. Helpers are in lib.py (MIME text, minimal PDF and DOCX,
iCalendar, readable text); the mails and their hand-set labels are in mails_a.py and mails_b.py. Deterministic:
boundaries, Message-IDs and zip timestamps come from the file names. Every check below must pass before anything
is written; the script then writes every *.eml, labels.json and categories.json and prints the self-check summary.
Written from DESIGN.md, REQUIREMENTS.md, the seeds and config packs only; the parser was never read or run.
"""
import json, os, re, sys
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo
import email, email.policy
from email.message import EmailMessage
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import sha, outlook_html, gmail_html, make_ics, readable
import mails_a, mails_b  # noqa: F401  (mails_b appends to mails_a.MAILS)
MAILS = mails_a.MAILS

LON = ZoneInfo("Europe/London")
WINDOW = (date(2043, 1, 5), date(2043, 3, 26))
# England & Wales bank holidays 2043 (checked against the `holidays` package when it is importable)
BANK_HOLIDAYS = {date(2043, 1, 1), date(2043, 3, 27), date(2043, 3, 30), date(2043, 5, 4), date(2043, 5, 25),
                 date(2043, 8, 31), date(2043, 12, 25), date(2043, 12, 28)}
BANNED = ["urgent", "immediate", "immediately", "emergency", "at risk", "risk of harm", "danger", "dangerous", "asap"]
AUTHS = ["knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"]
MAILBOX = {
    "knowsley": {"mash_step_up": "knowsleymash@knowsley.gov.uk", "early_help_duty": "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"},
    "richmond_wandsworth": {"mash_step_up": "MASH-StepUP@richmondandwandsworth.gov.uk", "early_help_duty": "EarlyHelpDuty@richmondandwandsworth.gov.uk"},
    "tower_hamlets": {"mash_step_up": "MAST@towerhamlets.gov.uk", "early_help_duty": "EarlyHelpHub@towerhamlets.gov.uk"},
    "torbay": {"mash_step_up": "mash@torbay.gov.uk", "early_help_duty": "earlyhelp@torbay.gov.uk"},
    "herefordshire": {"mash_step_up": "mash@herefordshire.gov.uk", "early_help_duty": "earlyhelpcoordinators@herefordshire.gov.uk"},
}
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health", "substance_misuse",
            "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
KEYS = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
        "notice_ok", "next_action"]

ERR = []
def check(cond, msg):
    if not cond:
        ERR.append(msg)

def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS

def wd_between(today, meeting):
    n, d = 0, today + timedelta(days=1)
    while d <= meeting:
        n += is_wd(d); d += timedelta(days=1)
    return n

# ---------------------------------------------------------------- requirements (REQUIREMENTS.md)
def required(auth, kind, level, concerns):
    if kind not in ("step_up", "step_down"):
        return None
    if auth == "knowsley" and kind == "step_up":
        r = {"step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details"}
        if "neglect" in concerns: r.add("gcp2")
        if "non_engagement" in concerns: r.add("engaging_families")
        if "exploitation" in concerns: r.add("exploitation_assessment")
    elif auth == "knowsley":
        r = {"meeting_details", "worries_strengths_next"} | ({"lead_practitioner"} if level == 2 else {"consent"})
    elif auth == "richmond_wandsworth":
        r = {"case_summary", "rationale"} if kind == "step_up" else {"case_summary", "draft_plan", "consent"}
    elif auth == "tower_hamlets":
        r = {"request_for_support", "manager_agreed"} if kind == "step_up" else {"assessment", "draft_plan", "consent", "lead_practitioner"}
    elif auth == "torbay":
        r = {"consent", "manager_agreed"} if kind == "step_up" else {"assessment", "manager_agreed", "consent"}
    else:  # herefordshire
        if kind == "step_up":
            return None       # not defined by the seed: human_review, missing []
        r = {"consent_form", "draft_plan", "lead_practitioner"}
    return r | {"children"}

def derive_next(auth, e):
    if e["urgent"]: return "alert_duty"
    k = e["kind"]
    if k == "auto_reply": return "ignore"
    if k == "meeting_reply": return "record_reply"
    if k == "follow_up": return "attach_to_request"
    if k == "other": return "human_review"
    if auth == "herefordshire" and k == "step_up": return "human_review"
    if e["missing"] or e["notice_ok"] is False: return "request_info"
    return "book_meeting"

# ---------------------------------------------------------------- building
def local(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LON)

def set_boundaries(msg, fname):
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary("=_mixed126_%d_%s" % (n, sha(fname, "b%d" % n)[:24]))

def build(spec):
    fname, style = spec["f"], spec["style"]
    crlf = style.startswith("outlook") or style in ("itip_outlook", "ooo")
    pol = email.policy.default.clone(linesep="\r\n" if crlf else "\n")
    m = EmailMessage(policy=pol)
    m["From"] = formataddr(spec["frm"])
    m["To"] = ", ".join(spec["to"])
    if spec.get("cc"):
        m["Cc"] = ", ".join(formataddr(c) for c in spec["cc"])
    m["Subject"] = spec["subject"]
    d = local(spec["date"])
    m["Date"] = format_datetime(d)
    dom = spec["frm"][1].split("@")[1]
    m["Message-ID"] = "<%s@%s>" % (sha(fname, "mid")[:32].upper(), dom)
    for k, v in (spec.get("hdrs") or {}).items():
        m[k] = v
    body = spec.get("body", "")
    if style in ("outlook", "outlook_reply", "ooo"):
        m["X-Mailer"] = "Microsoft Outlook 16.0"
        m["Thread-Index"] = "Adm" + sha(fname, "ti")[:28]
        m["Content-Language"] = "en-GB"
        m.set_content(body, cte="quoted-printable")
        if style == "outlook":
            m.add_alternative(outlook_html(body), subtype="html", cte="quoted-printable")
    elif style in ("gmail", "list"):
        m.set_content(body, cte="quoted-printable")
        if style == "gmail":
            m.add_alternative(gmail_html(body), subtype="html", cte="quoted-printable")
    elif style == "iphone":
        m["X-Mailer"] = "iPhone Mail (22A3354)"
        m.set_content(body, cte="quoted-printable")
    elif style == "android":
        m.set_content(body, cte="base64")
    elif style == "html_only":
        m["X-Mailer"] = "Microsoft Outlook 16.0"
        m.set_content(spec["html"], subtype="html", cte="quoted-printable")
    elif style in ("itip_outlook", "itip_google", "invite"):
        ics = make_ics(**spec["ics"])
        m.set_content(body, cte="quoted-printable")
        if style == "itip_outlook":
            m["X-Mailer"] = "Microsoft Outlook 16.0"
            m.add_alternative(outlook_html(body), subtype="html", cte="quoted-printable")
        m.add_alternative(ics, subtype="calendar", cte="base64" if style != "itip_outlook" else "quoted-printable",
                          params={"method": spec["ics"]["method"]})
        if style in ("itip_google", "invite"):
            m.add_attachment(ics.encode("utf-8"), maintype="application", subtype="ics",
                             filename="invite.ics")
    else:
        raise SystemExit("unknown style " + style)
    for a in spec.get("atts", []):
        fn, data = a[0], a[1]
        mt, st = a[2] if len(a) == 3 else (a[2], a[3])
        if mt == "text":
            m.add_attachment(data.decode("utf-8"), subtype=st, filename=fn, cte="base64")
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    set_boundaries(m, fname)
    return m.as_bytes(policy=pol)

# ---------------------------------------------------------------- labels
def label(spec):
    e = spec["exp"]
    out = {"kind": e.get("kind", "other"), "urgent": e.get("urgent", False), "level": e.get("level"),
           "case_ids": e.get("case_ids", []),
           "children": [{"name": n, "dob": b} for n, b in e.get("children", [])],
           "concerns": sorted(e.get("concerns", [])), "consent": e.get("consent"),
           "manager_agreed": e.get("manager_agreed"), "missing": sorted(e.get("missing", [])),
           "notice_ok": e.get("notice_ok"), "next_action": e["next_action"]}
    now = local(spec["date"]) + timedelta(minutes=spec["after"])
    return {"file": spec["f"], "authority": spec["auth"], "mailbox": spec["box"],
            "now": now.isoformat(timespec="seconds"), "expect": out, "why": spec["why"]}

def main():
    # --- the calendar
    try:
        import holidays
        hl = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2043]) if d.weekday() < 5}
        check(hl == BANK_HOLIDAYS, "bank holidays differ from the holidays package: %s" % sorted(hl ^ BANK_HOLIDAYS))
        hol_src = "checked against the holidays package"
    except ImportError:
        hol_src = "holidays package not importable here; list hard-coded (Good Friday 27 Mar, Easter Monday 30 Mar 2043)"
    check(WINDOW[0].strftime("%A") == "Monday" and WINDOW[1].strftime("%A") == "Thursday", "window weekdays")
    check(not any(WINDOW[0] <= h <= WINDOW[1] for h in BANK_HOLIDAYS), "a bank holiday inside the window")
    check(date(2043, 3, 27) in BANK_HOLIDAYS and date(2043, 3, 30) in BANK_HOLIDAYS, "Easter 2043")

    labels, cats, outputs = [], {}, {}
    names = [s["f"] for s in MAILS]
    check(len(names) == 40 and len(set(names)) == 40, "40 distinct files (%d)" % len(names))
    for a in AUTHS:
        got = sorted(n for n in names if re.fullmatch(a + r"_\d\d\.eml", n))
        check(got == ["%s_%02d.eml" % (a, i) for i in range(1, 9)], "8 per authority: " + a)

    notice_rows = []
    for spec in MAILS:
        f = spec["f"]
        raw = build(spec)
        outputs[f] = raw
        lab = label(spec)
        labels.append(lab); cats[f] = spec["cat"]
        e = lab["expect"]
        # parses, no defects, headers
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        defects = [d for p in msg.walk() for d in p.defects]
        check(not defects, f + ": MIME defects %s" % defects)
        check(msg["Message-ID"] and msg["Date"], f + ": headers")
        to = str(msg["To"]) + " " + str(msg.get("Cc", ""))
        check(MAILBOX[spec["auth"]][spec["box"]].lower() in to.lower(), f + ": mailbox address not in To/Cc")
        # dates
        d = local(spec["date"])
        check(d.utcoffset() == timedelta(0), f + ": GMT expected in the window")
        check(WINDOW[0] <= d.date() <= WINDOW[1], f + ": date outside window")
        night = d.weekday() >= 5 or d.hour >= 17 or d.hour < 8 or d.date() in BANK_HOLIDAYS
        if night:
            check(spec["cat"] == "urgent" and "out of hours" in spec["why"],
                  f + ": out-of-hours mail that is not about the night or weekend")
        else:
            check(is_wd(d.date()), f + ": not a working day")
        check(0 < spec["after"] <= 10, f + ": now shortly after Date")
        for ds, wd in spec.get("claims", []):
            check(date.fromisoformat(ds).strftime("%A") == wd, f + ": %s is not a %s" % (ds, wd))
        # label shape
        check(list(e.keys()) == KEYS, f + ": label keys")
        check(e["kind"] in KINDS, f + ": kind")
        check(set(e["concerns"]) <= CONCERNS, f + ": unknown concern")
        check(e["urgent"] == (spec["cat"] == "urgent"), f + ": urgent must match category")
        check(spec["cat"] in ("urgent", "near_miss", "ordinary"), f + ": category")
        check(e["next_action"] == derive_next(spec["auth"], e), f + ": next_action %s != %s" % (e["next_action"], derive_next(spec["auth"], e)))
        check(e["level"] is None or (e["kind"] == "step_down" and e["level"] in (2, 3)), f + ": level only on step_down")
        # readable text: names, case ids, DOB under 18
        text = readable(msg)
        for c in e["children"]:
            check(c["name"] in text or c["name"].upper() in text, f + ": child %s not in text" % c["name"])
            if c["dob"]:
                b = date.fromisoformat(c["dob"])
                now = datetime.fromisoformat(lab["now"]).date()
                age = now.year - b.year - ((now.month, now.day) < (b.month, b.day))
                check(0 <= age < 18, f + ": %s is %d at now" % (c["name"], age))
        for cid in e["case_ids"]:
            check(cid in text, f + ": case id %s not in text" % cid)
        # banned words in urgent mail (whole readable text, attachments and calendar parts included)
        if spec["cat"] == "urgent":
            low = text.lower()
            for w in BANNED:
                check(not re.search(r"(?<![a-z])" + re.escape(w), low), f + ": banned word '%s' in an urgent mail" % w)
        # per kind
        refs = re.findall(r"\[SB-[a-z_]+-\d+\]", spec["subject"])
        if e["kind"] == "follow_up":
            check(refs, f + ": follow_up without [SB-] reference")
        if e["kind"] in ("step_up", "step_down"):
            check(not refs, f + ": new request with a reference")
        cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        replies = [p for p in cal if "METHOD:REPLY" in p.get_content()]
        check((e["kind"] == "meeting_reply") == bool(replies), f + ": iTIP REPLY iff meeting_reply")
        if e["kind"] == "auto_reply":
            check(msg.get("Auto-Submitted", "").startswith("auto-"), f + ": auto_reply without Auto-Submitted")
        # missing and notice from the requirement matrix
        req = required(spec["auth"], e["kind"], e["level"], set(e["concerns"]))
        if req is None:
            check(e["missing"] == [], f + ": kind without requirements must have missing []")
        else:
            met = set(spec.get("docs", set())) | set(spec.get("facts", set()))
            if e["consent"] is True: met.add("consent")
            if e["manager_agreed"] is True: met.add("manager_agreed")
            if e["case_ids"]: met.add("case_id")
            if e["children"]: met.add("children")
            exp_missing = sorted(req - met)
            check(e["missing"] == exp_missing, f + ": missing %s != matrix %s" % (e["missing"], exp_missing))
        has_notice = spec["auth"] == "knowsley" and e["kind"] in ("step_up", "step_down")
        if has_notice and spec.get("meeting"):
            today = datetime.fromisoformat(lab["now"]).astimezone(LON).date()
            mt = local(spec["meeting"]).date()
            n = wd_between(today, mt)
            plain = sum(1 for i in range(1, (mt - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)
            notice_rows.append((f, today, mt, n, plain))
            check(e["notice_ok"] == (n >= 5), f + ": notice_ok %s but %d WD" % (e["notice_ok"], n))
        else:
            check(e["notice_ok"] is None, f + ": notice_ok must be null")

    counts = {c: sum(1 for v in cats.values() if v == c) for c in ("urgent", "near_miss", "ordinary")}
    check(counts["urgent"] >= 11 and counts["near_miss"] >= 11 and sum(counts.values()) == 40, "category counts %s" % counts)
    for a in AUTHS:
        check(any(cats["%s_%02d.eml" % (a, i)] == "urgent" for i in range(1, 9)), a + ": no urgent mail")
    kinds_seen = {l["expect"]["kind"] for l in labels}
    check(kinds_seen == KINDS, "every kind present: %s" % kinds_seen)

    if ERR:
        print("SELF-CHECK FAILED (%d):" % len(ERR))
        for e in ERR:
            print("  -", e)
        sys.exit(1)

    for f, raw in outputs.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(cats, fh, indent=1); fh.write("\n")

    # re-read what was written
    for f in outputs:
        with open(os.path.join(HERE, f), "rb") as fh:
            email.message_from_bytes(fh.read())
    print("self-check: OK - 40 mails, 8 per authority; every mail parses with email.message_from_bytes, no MIME defects;")
    print("  labels agree with categories (urgent iff 'urgent'), next_action with DESIGN's order, missing with the")
    print("  REQUIREMENTS matrix, notice with working days; no banned word in any urgent mail's readable text")
    print("  (subject, bodies, quoted history, calendar parts and attachments); bank holidays: " + hol_src)
    print("categories:", counts)
    print("kinds:", {k: sum(1 for l in labels if l["expect"]["kind"] == k) for k in sorted(KINDS)})
    print("Knowsley notice (working days / plain weekdays):")
    for f, t, mt, n, p in notice_rows:
        print("  %s  %s -> %s  %d WD (%d weekdays) -> %s" % (f, t, mt, n, p, "ok" if n >= 5 else "not ok"))
    print("urgent mails:")
    for l in labels:
        if l["expect"]["urgent"]:
            print("  %s [%s, %s] %s" % (l["file"], l["expect"]["kind"], l["now"][:16], l["why"][:170]))

if __name__ == "__main__":
    main()
