#!/usr/bin/env python3
"""mixed77: blind held-out set (40 invented mails) for stepbot's `parse` contract, over the summer term of 2096,
in autistic and disabled children who run, climb and are restrained. Standard library only (`holidays` is used
to cross-check the bank-holiday list when it is importable). Deterministic: run it twice, same bytes."""
import hashlib, io, json, os, re, sys, zipfile
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo
import email.utils
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
WINDOW = (date(2096, 4, 17), date(2096, 7, 20))

# ---------------------------------------------------------------- calendar
def easter(y):
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4; f = (b + 8) // 25; g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30; i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451; mo = (h + l - 7 * m + 114) // 31; da = (h + l - 7 * m + 114) % 31 + 1
    return date(y, mo, da)

def bank_holidays(y):
    def sub(d):  # substitute day for a weekend fixed holiday
        while d.weekday() >= 5: d += timedelta(1)
        return d
    e = easter(y)
    first_may = date(y, 5, 1)
    while first_may.weekday() != 0: first_may += timedelta(1)
    spring = date(y, 5, 31)
    while spring.weekday() != 0: spring -= timedelta(1)
    summer = date(y, 8, 31)
    while summer.weekday() != 0: summer -= timedelta(1)
    ny = sub(date(y, 1, 1))
    xmas = date(y, 12, 25); box = date(y, 12, 26)
    if xmas.weekday() == 5: xmas, box = date(y, 12, 27), date(y, 12, 28)
    elif xmas.weekday() == 6: xmas, box = date(y, 12, 27), date(y, 12, 26 + 0) + timedelta(1)
    elif box.weekday() == 5: box = date(y, 12, 28)
    return {ny, e - timedelta(2), e + timedelta(1), first_may, spring, summer, xmas, box}

BH = bank_holidays(2096)
try:
    import holidays as _hol
    _pkg = set(d for d in _hol.country_holidays("GB", subdiv="ENG", years=[2096]).keys())
    assert BH == _pkg, ("bank holidays differ from the holidays package", sorted(BH ^ _pkg))
    HOLIDAYS_CHECKED = True
except ImportError:
    HOLIDAYS_CHECKED = False

def is_wd(d):
    return d.weekday() < 5 and d not in BH

def wd_between(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(1)
        if is_wd(d): n += 1
    return n

def weekdays_between(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(i)).weekday() < 5)

# ---------------------------------------------------------------- documents
FIXED = (2096, 1, 1, 0, 0, 0)  # zip timestamps: fixed (zip's own range allows this)

def docx(paras):
    def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paras)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, FIXED[:6] if False else (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

def pdf(lines):
    def esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 800; ops = ["BT", "/F1 10 Tf"]
    for ln in lines:
        ops.append("1 0 0 1 50 %d Tm (%s) Tj" % (y, esc(ln))); y -= 14
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"; offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out

VTZ = ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
       "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
       "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
       "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]

def ics(method, uid_seed, stamp, start, end, summary, location, organizer, attendees, comment=None, description=None):
    L = ["BEGIN:VCALENDAR", "METHOD:%s" % method, "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ
    L += ["BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, em, ps in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN=%s:mailto:%s" % (ps, cn, em))
    if comment: L.append("COMMENT;LANGUAGE=en-GB:" + comment.replace(",", "\\,").replace(";", "\\;"))
    if description: L.append("DESCRIPTION;LANGUAGE=en-GB:" + description.replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n"))
    L += ["UID:040000008200E00074C5B7101A82E008%s" % hashlib.sha1(uid_seed.encode()).hexdigest().upper(),
          "SUMMARY;LANGUAGE=en-GB:" + summary, "DTSTART;TZID=GMT Standard Time:" + start,
          "DTEND;TZID=GMT Standard Time:" + end, "DTSTAMP:" + stamp, "SEQUENCE:0",
          "LOCATION;LANGUAGE=en-GB:" + location, "END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in L:
        while len(l) > 74:
            out.append(l[:74]); l = " " + l[74:]
        out.append(l)
    return "\r\n".join(out) + "\r\n"

DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
PDF = ("application", "pdf")

# ---------------------------------------------------------------- mail builder
MAILS, LABELS, CATS, READABLE = {}, [], {}, {}

def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LON)

def build(fname, when, frm, to, subject, text=None, html=None, atts=(), cc=None, headers=(),
          calendar=None, mid_domain="mail.example.org"):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm; m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = email.utils.format_datetime(dt(when))
    m["Message-ID"] = "<%s@%s>" % (hashlib.sha1((fname + "mid").encode()).hexdigest()[:30].upper(), mid_domain)
    for k, v in headers: m[k] = v
    if text is not None:
        m.set_content(text)
        if html is not None: m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    if calendar is not None:
        method, cal = calendar
        if text is None and html is None:
            m.set_content(cal, subtype="calendar", params={"method": method})
        else:
            m.add_alternative(cal, subtype="calendar", params={"method": method})
    for fn, (mt, st), data in atts:
        if isinstance(data, str):
            m.add_attachment(data, subtype=st, filename=fn, params={"method": "REQUEST"} if st == "calendar" else {})
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1; part.set_boundary("=_mixed77_%s_%d" % (hashlib.sha1(fname.encode()).hexdigest()[:16], n))
    MAILS[fname] = m.as_bytes(policy=policy.SMTP)

def label(fname, mailbox, cat, kind, urgent, level, case_ids, children, concerns, consent, manager,
          missing, notice_ok, next_action, why, rule, delay=4):
    auth = fname.rsplit("_", 1)[0]
    msg = BytesParser(policy=policy.default).parsebytes(MAILS[fname])
    d = email.utils.parsedate_to_datetime(msg["Date"])
    now = d + timedelta(minutes=delay)
    LABELS.append({"file": fname + ".eml", "authority": auth, "mailbox": mailbox, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": [{"name": n, "dob": b} for n, b in children],
                              "concerns": sorted(concerns), "consent": consent, "manager_agreed": manager,
                              "missing": sorted(missing), "notice_ok": notice_ok, "next_action": next_action},
                   "why": why + " | Rule: " + rule})
    CATS[fname + ".eml"] = cat

ADDR = {
    "knowsley": {"mash_step_up": "knowsleymash@knowsley.gov.uk", "early_help_duty": "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"},
    "richmond_wandsworth": {"mash_step_up": "MASH-StepUP@richmondandwandsworth.gov.uk", "early_help_duty": "EarlyHelpDuty@richmondandwandsworth.gov.uk"},
    "tower_hamlets": {"mash_step_up": "MAST@towerhamlets.gov.uk", "early_help_duty": "EarlyHelpHub@towerhamlets.gov.uk"},
    "torbay": {"mash_step_up": "mash@torbay.gov.uk", "early_help_duty": "earlyhelp@torbay.gov.uk"},
    "herefordshire": {"mash_step_up": "mash@herefordshire.gov.uk", "early_help_duty": "earlyhelpcoordinators@herefordshire.gov.uk"},
}
SEED = {"richmond_wandsworth": "000_ad98922a9b2c3c54.txt", "tower_hamlets": "001_7484577aab521096.txt",
        "torbay": "002_682540a1ccf30a2a.txt", "herefordshire": "003_d813ace460bad8eb.txt", "knowsley": "004_ba08e3b9f619f49f.txt"}
URGENT_RULE = "DESIGN 'Safety rules' 1 (an email describing an immediate child-protection risk is never just queued; alert_duty comes first in DESIGN's next_action order, whatever the kind); seeds README 'Safeguarding always overrides the protocols'"
NEAR_RULE = "DESIGN 'Safety rules' 1: negated, historic, hypothetical and resolved risks, and bulletins that list examples, must not trigger it"
OTHER_RULE = "DESIGN 'kind': other (general enquiry, newsletter, misdirected) -> human_review; 'missing' is [] for kinds with no requirements"

exec(open(os.path.join(HERE, "mails.py"), encoding="utf-8").read())

# ---------------------------------------------------------------- self-checks
def readable(raw):
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    out = [str(msg["Subject"])]
    for part in msg.walk():
        if part.is_multipart(): continue
        ct = part.get_content_type(); fn = part.get_filename()
        if fn: out.append(fn)
        if ct.startswith("text/"):
            t = part.get_content()
            if ct == "text/html": t = re.sub(r"<[^>]+>", " ", t).replace("&nbsp;", " ").replace("&amp;", "&")
            if ct == "text/calendar": t = t.replace("\r\n ", "").replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n")
            out.append(t)
        elif ct == DOCX[0] + "/" + DOCX[1]:
            z = zipfile.ZipFile(io.BytesIO(part.get_content()))
            out.append(re.sub(r"<[^>]+>", " ", z.read("word/document.xml").decode()))
        elif ct == "application/pdf":
            out.append(" ".join(re.findall(r"\((.*?)\) Tj", part.get_content().decode("latin-1"))).replace("\\(", "(").replace("\\)", ")"))
    return re.sub(r"\s+", " ", "\n".join(out))

REQ = {
    ("knowsley", "step_up"): {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details", "gcp2", "engaging_families", "exploitation_assessment"},
    ("knowsley", "step_down", 2): {"children", "meeting_details", "worries_strengths_next", "lead_practitioner"},
    ("knowsley", "step_down", 3): {"children", "meeting_details", "worries_strengths_next", "consent"},
    ("richmond_wandsworth", "step_up"): {"children", "case_summary", "rationale"},
    ("richmond_wandsworth", "step_down"): {"children", "case_summary", "draft_plan", "consent"},
    ("tower_hamlets", "step_down"): {"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
    ("tower_hamlets", "step_up"): {"children", "request_for_support", "manager_agreed"},
    ("torbay", "step_down"): {"children", "assessment", "manager_agreed", "consent"},
    ("torbay", "step_up"): {"children", "consent", "manager_agreed"},
    ("herefordshire", "step_down"): {"children", "consent_form", "draft_plan", "lead_practitioner"},
}
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health", "substance_misuse",
            "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance", "young_carer", "disability_send"}
KEYS = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing", "notice_ok", "next_action"]
ALARM = re.compile(r"urgent|immediate risk|emergency", re.I)

def check():
    errs = []
    assert len(MAILS) == 40, len(MAILS)
    assert date(2096, 5, 7) in BH and date(2096, 5, 28) in BH and date(2096, 4, 16) in BH and date(2096, 4, 13) in BH
    assert WINDOW[0].weekday() == 1 and WINDOW[1].weekday() == 4
    for lab in LABELS:
        f = lab["file"]; fn = f[:-4]; e = lab["expect"]; auth = lab["authority"]
        raw = MAILS[fn]
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects: errs.append((f, "defects", part.defects))
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[h]: errs.append((f, "no header", h))
        d = email.utils.parsedate_to_datetime(msg["Date"])
        ld = d.astimezone(LON)
        if d.utcoffset() != ld.utcoffset(): errs.append((f, "offset"))
        if not (WINDOW[0] <= ld.date() <= WINDOW[1]): errs.append((f, "out of window"))
        ooh = fn in OUT_OF_HOURS
        if not ooh and (not is_wd(ld.date()) or not (8 <= ld.hour < 18)): errs.append((f, "not a working day/hour but not flagged", ld))
        if ooh and is_wd(ld.date()) and 9 <= ld.hour < 17: errs.append((f, "flagged out of hours but in hours"))
        now = datetime.fromisoformat(lab["now"])
        if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)) or now.utcoffset() != d.utcoffset():
            errs.append((f, "now"))
        if ADDR[auth][lab["mailbox"]].lower() not in (str(msg["To"]) + str(msg["Cc"] or "")).lower(): errs.append((f, "mailbox address"))
        if list(e.keys()) != KEYS: errs.append((f, "keys"))
        if set(e["concerns"]) - CONCERNS: errs.append((f, "concern id"))
        # next_action order
        k = e["kind"]
        undefined = (auth == "herefordshire" and k == "step_up")
        exp = ("alert_duty" if e["urgent"] else "ignore" if k == "auto_reply" else "record_reply" if k == "meeting_reply"
               else "attach_to_request" if k == "follow_up" else "human_review" if (k == "other" or undefined)
               else "request_info" if (e["missing"] or e["notice_ok"] is False) else "book_meeting")
        if exp != e["next_action"]: errs.append((f, "next_action", exp))
        if (CATS[f] == "urgent") != e["urgent"]: errs.append((f, "category/urgent"))
        if k in ("step_up", "step_down") and not undefined:
            key = (auth, k, e["level"] or 3) if (auth == "knowsley" and k == "step_down") else (auth, k)
            allowed = REQ[key]
            if set(e["missing"]) - allowed: errs.append((f, "missing not allowed", set(e["missing"]) - allowed))
            for fact, val in (("consent", e["consent"]), ("manager_agreed", e["manager_agreed"])):
                if fact in allowed and ((val is not True) != (fact in e["missing"])): errs.append((f, "fact/missing", fact))
            if ("children" in e["missing"]) != (not e["children"]): errs.append((f, "children missing"))
            if auth == "knowsley" and k == "step_up":
                if ("case_id" in e["missing"]) != (not e["case_ids"]): errs.append((f, "case_id"))
                for c, doc in (("neglect", "gcp2"), ("non_engagement", "engaging_families"), ("exploitation", "exploitation_assessment")):
                    if doc in e["missing"] and c not in e["concerns"]: errs.append((f, doc))
        elif e["missing"]: errs.append((f, "missing on a kind with none"))
        if e["level"] is not None and k != "step_down": errs.append((f, "level"))
        # notice
        if auth == "knowsley" and k in ("step_up", "step_down"):
            mt = NOTICE.get(fn)
            if mt is None:
                if e["notice_ok"] is not None or "meeting_details" not in e["missing"]: errs.append((f, "notice without date"))
            else:
                g = wd_between(now.astimezone(LON).date(), mt.date())
                if (g >= 5) != e["notice_ok"]: errs.append((f, "notice", g))
                if not is_wd(mt.date()): errs.append((f, "meeting not a working day"))
        elif e["notice_ok"] is not None: errs.append((f, "notice_ok on non-Knowsley"))
        text = readable(raw)
        READABLE[f] = text
        for c in e["children"]:
            if c["name"].lower() not in text.lower(): errs.append((f, "child not in text", c["name"]))
            if c["dob"]:
                b = date.fromisoformat(c["dob"]); nd = now.date()
                age = nd.year - b.year - ((nd.month, nd.day) < (b.month, b.day))
                if not (0 <= age < 18): errs.append((f, "age", c))
        for cid in e["case_ids"]:
            if cid not in text: errs.append((f, "case id not in text", cid))
        if e["urgent"] and ALARM.search(text): errs.append((f, "alarm word in urgent mail", ALARM.search(text).group(0)))
        if re.search(r"\bSB-", str(msg["Subject"])) and k not in ("follow_up", "meeting_reply"): errs.append((f, "SB ref"))
        if k == "follow_up" and "[SB-" not in str(msg["Subject"]): errs.append((f, "follow_up without ref"))
        if k == "auto_reply" and not msg["Auto-Submitted"]: errs.append((f, "auto_reply header"))
        if k != "auto_reply" and msg["Auto-Submitted"]: errs.append((f, "Auto-Submitted on human mail"))
        if k == "meeting_reply" and "METHOD:REPLY" not in raw.decode("ascii", "replace").replace("\r\n ", ""): errs.append((f, "no REPLY"))
        if re.search(r"\b(209[7-9]|21\d\d)\b", text): errs.append((f, "later year"))
    from collections import Counter
    cc = Counter(CATS.values())
    if cc["urgent"] < 11 or cc["near_miss"] < 11: errs.append(("cats", cc))
    for a in ADDR:
        if sum(1 for l in LABELS if l["authority"] == a) != 8: errs.append((a, "not 8"))
    for a in ADDR:
        for i in range(1, 9):
            if "%s_%02d" % (a, i) not in MAILS: errs.append((a, i, "file missing"))
    if errs:
        for e in errs: print("ERROR", e)
        sys.exit(1)
    return cc

if __name__ == "__main__":
    cc = check()
    for fn, raw in sorted(MAILS.items()):
        with open(os.path.join(HERE, fn + ".eml"), "wb") as fh: fh.write(raw)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(CATS.items())), fh, indent=1); fh.write("\n")
    for fn in sorted(MAILS):
        with open(os.path.join(HERE, fn + ".eml"), "rb") as fh:
            BytesParser(policy=policy.default).parse(fh)
    print("ok", dict(cc), "holidays package cross-check:", HOLIDAYS_CHECKED)
    if "--stats" in sys.argv:
        for fn, mt in sorted(NOTICE.items()):
            lab = next(l for l in LABELS if l["file"] == fn + ".eml")
            nd = datetime.fromisoformat(lab["now"]).date()
            print(fn, nd.strftime("%a %d %b"), mt.strftime("%a %d %b %H:%M"), "WD", wd_between(nd, mt.date()), "weekdays", weekdays_between(nd, mt.date()))
