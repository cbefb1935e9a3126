"""Which kind of mail this is (DESIGN.md kinds), from headers first, then content.

Order: loop from our own address / auto-reply or bounce (RFC 3834, RFC 3464/6522 incl. ARF) ->
iTIP reply -> follow-up carrying a reference (bot/references.py) -> mailing list (other) ->
step_up / step_down from the wording (subject counts double) with the mailbox as the tie-break -> other.

Machine mail (``is_machine_mail``, ``machine_address``) is wider than the auto-reply kind: list
mail (RFC 2369/2919), digests, newsletters, ``no-reply`` portals and ``-request@`` addresses as
well. It decides only that stepbot never *answers* a message (no acknowledgement, no chase, no
reply); every message, machine or not, is still read for urgency and kept for a person.
"""
from __future__ import annotations

import re
from email.message import Message
from email.utils import getaddresses, parseaddr

from bot import references
from bot.parser.mime import header
from bot.parser.text import signature_line

REFERENCE = references.PATTERN
_AUTO_SUBJECT = re.compile(
    r"^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|autoreply|out of (?:the )?office|ooo\b|"
    r"undeliver(?:able|ed)|non-?deliver(?:able|y)|delivery (?:status notification|has failed|failure|"
    r"notification|delayed)|returned mail|mail delivery (?:failed|system|failure)|failure (?:notice|delivery)|"
    r"mail could not be delivered|message (?:not delivered|delivery failure|undeliverable)|mail system error|"
    r"warning: could not send|loop alert|mail loop|read:|not read:|"
    r"complaint about message from [0-9a-f.:]+\s*$)", re.I)  # Hotmail's abuse report (JMRP), not ARF
# (ARF abuse reports are known by their content type, never by a subject a person could write:
# "Abuse report" at the top of a mail to a duty mailbox is far more likely a person's.)
# Bounce senders: the kind "auto_reply" (RFC 3464). ``post_master``, ``mailer_daemon``: seen in the wild.
_AUTO_FROM = re.compile(r"^(?:mailer[-_. ]?daemon|post[-_.]?master|no[-_.]?reply|do[-_.]?not[-_.]?reply|"
                        r"bounces?)(?:[+-][^@]*)?@", re.I)
# Addresses no person reads: never answered (lists' -request/-owner/-bounces, ``gmail-noreply``).
_MACHINE_ADDRESS = re.compile(
    r"^(?:mailer[-_. ]?daemon|post[-_.]?master|(?:[^@]*[-_.+])?no[-_.]?reply|(?:[^@]*[-_.])?do[-_.]?not[-_.]?reply|"
    r"donotreply|bounces?|[^@]*-(?:request|bounces?|owner|admin|confirm)|owner-[^@]*|listserv|majordomo|"
    r"mailman|list(?:serv|master)|auto[-_.]?(?:reply|responder|mailer))(?:[-+=][^@]*)?@", re.I)  # "noreply-forms@"
_LIST_HEADERS = ("List-Id", "List-Unsubscribe", "List-Post", "List-Help", "List-Subscribe", "List-Owner",
                 "List-Archive", "Mailing-List", "X-Mailing-List", "X-ML-Name", "X-Loop", "X-Mailman-Version",
                 "X-BeenThere", "X-Google-Group-Id")
# bulk and newsletter senders that write no List-* header (RFC 2369 is optional)
_BULK_HEADERS = ("Feedback-ID", "X-Campaign", "X-CampaignID", "X-Campaign-Id", "X-MC-User", "X-Mailchimp-Campaign",
                 "X-Newsletter", "X-SES-Outgoing", "X-Mailgun-Tag", "X-SMTPAPI", "X-CSA-Complaints",
                 "List-Unsubscribe-Post")
_AUTO_NAME = re.compile(r"\bmail(?:er)?[- _]?daemon\b|\bmail delivery (?:subsystem|system|service)\b|"
                        r"^\s*post[- _]?master\s*$|\bmail administrator\b", re.I)
# a bounce quoted in a reply's subject ("RE: … (delivery failed)"): never answered, but the kind
# stays what the words say, so a person's resend after a bounce is still read as a request
_BOUNCE_ANYWHERE = re.compile(r"\b(?:delivery (?:failed|failure|status notification)|could not be delivered|"
                              r"undeliver(?:able|ed)|non[- ]?remis|returned to sender|loop alert)\b", re.I)
_DIGEST_SUBJECT = re.compile(r"\bdigest,?\s+vol(?:ume)?\b|\bdigest\s+(?:no\.?|number)\s*\d", re.I)
_REPORT_TYPES = ("message/delivery-status", "message/global-delivery-status", "message/feedback-report",
                 "message/disposition-notification", "text/rfc822-headers")
_NEWSLETTER_TEXT = re.compile(
    r"\bunsubscribe\b|view (?:this|it|the) (?:e-?mail |message |newsletter )?(?:online|in (?:your|a|the) browser)|"
    r"manage (?:your )?(?:e-?mail |subscription )?preferences|you (?:are receiving|received|have received) this "
    r"(?:e-?mail|message|newsletter) because", re.I)

UP = [r"\bstep(?:ping|ped|s)?[\s-]*up\b", r"\bstep(?:ping)?\s+(?:\S+\s+){1,4}?up\b(?!\s+to\s+(?:date|you))",
      r"\bneeds?\s+stepping\s+up\b", r"\b(?:contact|referral) to (?:the )?MASH\b", r"\bMASH consideration\b",
      r"\bconsideration (?:of|for) (?:a )?level 4\b", r"\blevel 4 (?:response|statutory)\b",
      r"\bneeds? to (?:go|come) (?:up|to (?:MASH|MAST|social care|children's social care))\b",
      r"\bstatutory intervention\b(?! .{0,20}\bno further)",
      # Torbay's word for a step-up is "a contact ... to MASH": "MASH contact for Jake", subject "contact - Hannaford"
      r"\bMASH contact\b(?!\s+(?:number|details|centre|email|line|point|us|form))", r"^\s*(?:new\s+)?contact\s*[-–:]\s*[A-Z]",
      # ... or a line that opens on it: "Contact about the Luscombe girls, level 3, EHM-886130."
      r"(?m)^\s*(?:new\s+)?(?:MASH\s+)?contact\s+(?:about|for|re|regarding|concerning)\s+(?:the\s+)?(?-i:[A-Z])"]
DOWN = [r"\bstep(?:ping|ped|s)?[\s-]*down\b", r"\bstep(?:ping)?\s+(?:\S+\s+){1,4}?down\b",
        r"\btriage slot\b", r"\bfinal CIN\b", r"\bclos(?:e|ing) to (?:CSC|social care)\b"]
_NOT_REQUEST = re.compile(r"\bstep[- ]?(?:up|down)(?:\s+and\s+step[- ]?(?:up|down))?\s+(?:guidance|procedure|protocol|"
                          r"process|policy|training|timetable|forms?)\b", re.I)


REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|antw|ynt)\s*:", re.I)


def is_auto_reply(msg: Message, *, is_report: bool, sender: str, own_addresses) -> bool:
    """An automatic response: out-of-office (RFC 3834), a bounce or DSN (RFC 3464), a report
    (RFC 6522, ARF feedback-report, read receipt), a list's loop alert, or our own mail back."""
    auto = header(msg, "Auto-Submitted").lower()
    if auto and not auto.startswith("no"):
        return True
    ctype = header(msg, "Content-Type").lower()
    if ctype.startswith("multipart/report") or ctype.startswith(_REPORT_TYPES):
        return True
    if _AUTO_NAME.search(parseaddr(header(msg, "From"))[0] or header(msg, "From")):
        return True  # "MAILER DAEMON <>", "Mail Delivery Subsystem <xxx@…>"
    if sender and sender in own_addresses:
        return True
    if msg.get("X-Auto-Response-Suppress") is not None and _AUTO_SUBJECT.match(header(msg, "Subject")):
        return True
    if header(msg, "X-Autoreply") or header(msg, "X-Autorespond") or header(msg, "X-Auto-Reply"):
        return True
    prec = header(msg, "Precedence").lower()
    if prec in ("auto_reply", "junk") and not msg.get("List-Id"):
        return True
    if prec == "bulk" and not msg.get("List-Id") and REPLY_SUBJECT.match(header(msg, "Subject")):
        return True  # a responder answering us; "bulk" on a fresh subject is a bulletin (other)
    rp = msg.get_all("Return-Path") or []
    if rp and header_text(rp[0]).strip() in ("<>", ""):
        return True
    if is_report:
        return True
    if _AUTO_FROM.match(sender or "") and person_behind(msg, sender) is None:
        return True
    return bool(_AUTO_SUBJECT.match(header(msg, "Subject")))


def person_behind(msg: Message, sender: str | None) -> str | None:
    """The person a portal or an online form writes for: mail from an address no person reads
    (``noreply@`` a secure-mail portal, a council's form service) whose one Reply-To is a
    person's address. Their message is a person's mail, answered to them; None otherwise."""
    if not machine_address(sender):
        return None
    people = [a for _, a in getaddresses([header(msg, "Reply-To")]) if a and "@" in a]
    if len(people) != 1 or machine_address(people[0]):
        return None
    return people[0].strip().lower()


def header_text(v) -> str:
    return str(v)


def machine_address(address: str | None) -> bool:
    """An address no person reads: ``noreply``, ``mailer-daemon``, a list's ``-request`` address…"""
    return bool(_MACHINE_ADDRESS.match((address or "").strip().strip("<>")))


def is_machine_mail(msg: Message, *, sender: str, text: str = "", is_report: bool = False,
                    own_addresses=()) -> bool:
    """Mail stepbot must never answer: any automatic response, list or bulk mail, a digest, a
    newsletter, or mail from an address no person reads. A human's forward marked
    ``Auto-Submitted: auto-forwarded`` and ``Precedence: bulk`` on a reply are machine mail too."""
    if is_auto_reply(msg, is_report=is_report, sender=sender, own_addresses=own_addresses):
        return True
    if machine_address(sender) or any(machine_address(a) for _, a in getaddresses(
            [header(msg, h) for h in ("Sender", "Reply-To")])):
        return True
    if any(msg.get(h) is not None for h in _LIST_HEADERS + _BULK_HEADERS):
        return True
    if header(msg, "Precedence").lower() in ("list", "bulk", "junk", "auto_reply"):
        return True
    subject = header(msg, "Subject")
    if header(msg, "Content-Type").lower().startswith("multipart/digest") or _DIGEST_SUBJECT.search(subject):
        return True
    if _BOUNCE_ANYWHERE.search(subject):
        return True
    return bool(_NEWSLETTER_TEXT.search(text[:20000]))


def is_mailing_list(msg: Message) -> bool:
    return bool(msg.get("List-Id") or msg.get("List-Unsubscribe") or
                header(msg, "Precedence").lower() in ("list", "bulk", "junk"))


def find_reference(msg: Message, text: str, authority: str | None = None) -> str | None:
    """The stepbot reference this mail answers: subject, then In-Reply-To/References, then text.
    A new-form reference comes back in its canonical spelling (upper case, misread characters
    read back); whether it names a request is the handler's question (``references.lookup``)."""
    for src in (header(msg, "Subject"), header(msg, "In-Reply-To") + " " + header(msg, "References"), text):
        if (ref := references.find(src)) is not None:
            return ref.text
    return None


def direction(subject: str, text: str, mailbox: str | None) -> tuple[str | None, str | None]:
    """step_up / step_down from the wording (subject counts double); the mailbox breaks ties.
    Returns (kind, evidence)."""
    score = {"step_up": 0, "step_down": 0}
    ev: dict[str, str] = {}
    for weight, src in ((2, subject), (1, text)):
        clean = _NOT_REQUEST.sub(" ", src)
        for kind, pats in (("step_up", UP), ("step_down", DOWN)):
            for p in pats:
                for m in re.finditer(p, clean, re.I):
                    score[kind] += weight
                    ev.setdefault(kind, clean[max(0, m.start() - 60):m.end() + 60].strip())
    if score["step_up"] == score["step_down"] == 0:
        return None, None
    if score["step_up"] > score["step_down"]:
        return "step_up", ev["step_up"]
    if score["step_down"] > score["step_up"]:
        return "step_down", ev["step_down"]
    kind = "step_up" if mailbox == "mash_step_up" else "step_down"
    return kind, ev.get(kind)


def mailbox_default(mailbox: str | None) -> str | None:
    return {"mash_step_up": "step_up", "early_help_duty": "step_down"}.get(mailbox or "")


# Who makes each request: an Early Help practitioner steps a family up, a social worker steps one
# down. A mail with no step wording is taken as the mailbox's request only from them; from anyone
# else (a school, a health visitor, the police, a hospital, a parent, the public) it is a report or
# a question for a person to read ("other"). The team a mail is written *to* (MASH, MAST, the
# Early Help duty team) says nothing of who wrote it: the writer is found where they describe
# themselves - a signature line, "I am the ...".
_REQUESTER = re.compile(
    r"\b(?:early help|family first|family support|lead practitioner|family hub|targeted (?:youth|family)|"
    r"social worker|children(?:'s|’s)? social care|child in need|CIN team|assessment team|locality team|"
    r"team manager|EHM|TAF)\b", re.I)
_OTHER_WRITER = re.compile(
    r"\b(?:designated safeguarding lead|DSL|deputy DSL|head ?teacher|headteacher|class teacher|teacher|SENCO|"
    r"school nurse|health visitor|midwife|midwives|GP|practice (?:nurse|manager)|surgery|paediatrician|"
    r"(?:liaison|staff|ward|A ?& ?E|ED) nurse|emergency department|A ?& ?E|hospital|NHS trust|"
    r"police|PC \d|PCSO|DC \d|DS \d|sergeant|constable|"
    r"PPN|public protection notice|youth (?:justice|offending)|YOT|YJS|probation|housing (?:officer|association)|"
    r"interpreter|translator|foster carer|childminder|nursery (?:manager|practitioner|nurse)|receptionist|"
    r"neighbour|member of the public|grandparent|grandmother|grandfather|nan|volunteer|coach|taxi|youth worker|"
    r"solicitors?|barrister|paralegal|legal (?:adviser|advisor|executive|representative)|LLP|Cafcass|"
    r"family court adviser|children(?:'s|’s)? guardian|"
    r"(?:mother|father|mum|dad|nan|grandmother|grandfather|grandad|aunt(?:ie)?|uncle|step-?(?:mum|dad)) of|"
    r"(?:my|our) (?:son|daughter|child|children|grandson|granddaughter|kids|baby|grandchildren|niece|nephew))\b", re.I)
_SELF = re.compile(r"\b(?:I am|I'm|I’m|I work as|writing as|my role|on behalf of)\b", re.I)


def _writer_lines(text: str) -> list[str]:
    """Where a writer says who they are: short signature-like lines (a role, a team, no sentence)
    and sentences of self-description ("I am the community midwife")."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and (_SELF.search(line) or signature_line(line)):
            out.append(line)
    return out


_PARENT = re.compile(r"\b(?:my|our) (?:(?:little|big|younger|older|baby|half-?|step-?)\s*)?(?:son|daughter|child|children|kids|baby|"
                     r"grandson|granddaughter|grandchildren|grandkids|brother|sister|nephew|niece|stepson|stepdaughter)\b", re.I)


# The writer says the mail is not a request: "This is not a referral", "I'm not making a step-up
# request yet", "for information only", "no action is needed from MASH", "nothing in this needs action from you".
SAYS_NOT_A_REQUEST = re.compile(
    r"\b(?:(?:this|it|my (?:e-?mail|message|letter)|this (?:e-?mail|message|letter))\s+is\s+not|(?:I am|I'm|I’m|we are|we're)\s+not\s+"
    r"(?:making|sending|submitting))\s+(?:a|an)\s+(?:formal\s+)?(?:step[- ]?(?:up|down)\s+)?(?:referral|request)\b"
    # "This isn't a step down - he's not open to social care", "it's not a step-up"
    r"|\b(?:this|it)(?:\s+is\s+not|\s+isn't|\s+isn’t|'s\s+not|’s\s+not)\s+(?:a|an)\s+(?:formal\s+)?step[- ]?(?:up|down)\b(?![- ](?:form|meeting|plan))"
    r"|\bfor (?:your )?(?:information|records) only\b|\bfor information and (?:for )?your records\b"
    # "these notes are for your records"
    r"|\b(?:are|is) (?:just |only )?for (?:your|MASH's|MASH’s|MAST's|MAST’s) (?:information|records)\b"
    # (not of one child among others: "no further action is needed from MASH on Kofi")
    r"|\bno (?:further )?action (?:is )?(?:needed|required|necessary) (?:from|by) (?:you|us|MASH|MAST|the (?:\w+ )?(?:team|inbox|service))"
    r"(?!\s+(?:on|for|about|regarding|re|with)\b)"
    # "Nothing in this update needs action from you", "none of this needs any action by the duty team"
    r"|\b(?:nothing|none of (?:this|it))\b[^.;]{0,40}?\b(?:needs?|requires?) (?:any )?action (?:from|by) (?:you|us|MASH|MAST|the (?:\w+ )?(?:team|inbox|service))"
    r"|\bno referral (?:to (?:the )?\w+ )?(?:is )?(?:needed|required|necessary)\b", re.I)


def default_kind(mailbox: str | None, text: str) -> str | None:
    """The mailbox's request kind for a mail with no step wording, when a requester wrote it: the
    last place the writer says who they are decides (a signature comes after the body's tables
    and mentions); failing that, a parent's or another professional's words with no requester's."""
    for line in reversed(_writer_lines(text)):
        if _REQUESTER.search(line):
            return mailbox_default(mailbox)
        if _OTHER_WRITER.search(line):
            return None
    if _PARENT.search(text) or (_OTHER_WRITER.search(text) and not _REQUESTER.search(text)):
        return None
    return mailbox_default(mailbox)

