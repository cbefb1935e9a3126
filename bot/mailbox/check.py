"""``stepbot check-mailboxes``: call each configured mailbox and calendar once and say, in words an
administrator can act on, what works and which permission is missing.

Nothing is sent, moved or booked: each check reads (the inbox, Sent Items, the calendar) or only
signs in (SMTP). What a read cannot show (may the app send mail, may it create meetings?) is read
from the permissions in the app's Microsoft sign-in (the ``roles`` of its access token); a
permission granted only through RBAC for Applications in Exchange Online is not in the token, so
for those the check says it cannot tell and how to find out.
"""
from __future__ import annotations

import base64
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from bot.mailbox.base import MailboxError
from bot.words import say

log = logging.getLogger(__name__)

WORKS, MISSING, NOTE = "works", "missing", "note"
MARKS = {WORKS: "[ok]  ", MISSING: "[fix] ", NOTE: "[note]"}
RBAC_HINT = ("unless RBAC for Applications in Exchange Online grants it (an administrator can check with "
             "Test-ServicePrincipalAuthorization)")


@dataclass
class Finding:
    state: str      # works | missing | note
    text: str


@dataclass
class Report:
    title: str
    findings: list[Finding] = field(default_factory=list)

    def add(self, state: str, text: str) -> None:
        self.findings.append(Finding(state, text))

    @property
    def ok(self) -> bool:
        return all(f.state != MISSING for f in self.findings)


def granted_roles(token: str) -> set[str] | None:
    """The application permissions in an access token (its ``roles`` claim), or None when the token
    cannot be read (it is only read, never trusted: Microsoft checks it, not stepbot)."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError):
        return None
    roles = claims.get("roles")
    return set(roles) if isinstance(roles, list) else set()


def sign_in_problem(error: Exception) -> str:
    """Why Microsoft's sign-in refused, in words (the details go to the log)."""
    text = str(error)
    log.warning("sign-in failed: %s", text)
    if "credential unavailable" in text:
        return "the app's secret or certificate key cannot be read on this server"
    if "invalid_client" in text or "AADSTS7000215" in text or "AADSTS700027" in text:
        return ("Microsoft refused the app's secret or certificate: check it has not expired, and that the "
                "secret's value (not its id) or the certificate registered with the app is the one given")
    if "AADSTS700016" in text or "unauthorized_client" in text:
        return "Microsoft does not know the app (client) id in this tenant"
    if "AADSTS90002" in text or "AADSTS900023" in text:
        return "Microsoft does not know the tenant id"
    return "Microsoft's sign-in service refused or could not be reached (the log has the details)"


# -- Microsoft 365 (Graph) ---------------------------------------------------------------------------

def _status(client, path: str, **params) -> tuple[int, dict]:
    resp = client.request("GET", path, params=params or None, allow=tuple(range(400, 600)))
    try:
        body = resp.json()
    except ValueError:
        body = {}
    return resp.status_code, body


def _permission(report: Report, roles: set[str] | None, permission: str, works: str, missing: str) -> None:
    if roles is None:
        report.add(NOTE, f"cannot tell whether the app may {works} ({permission}): its sign-in does not say")
    elif permission in roles:
        report.add(WORKS, f"may {works} ({permission})")
    else:
        report.add(MISSING, f"{missing}: the app needs the Microsoft Graph application permission {permission}, "
                            f"{RBAC_HINT}")


def check_graph(report: Report, cfg, client) -> None:
    try:
        roles = granted_roles(client.tokens.token())
    except MailboxError as e:
        report.add(MISSING, f"cannot sign in to Microsoft 365: {sign_in_problem(e)}")
        return
    report.add(WORKS, "signs in to Microsoft 365")
    user = client.user_path
    status, _ = _status(client, f"{user}/mailFolders/inbox", **{"$select": "id,displayName"})
    if status == 200:
        report.add(WORKS, "reads the inbox")
    elif status == 403:
        report.add(MISSING, "cannot read the inbox: the app needs the Microsoft Graph application permission "
                            f"Mail.ReadWrite for this mailbox, {RBAC_HINT}")
    elif status == 404:
        report.add(MISSING, f"Microsoft 365 has no mailbox {cfg.user}: check the address, and that it is a "
                            "mailbox in Exchange Online")
        return
    else:
        report.add(MISSING, f"could not read the inbox: Microsoft 365 answered with an error ({status})")
    status, _ = _status(client, f"{user}/mailFolders/sentitems/messages", **{"$top": "1", "$select": "id"})
    if status == 200:
        report.add(WORKS, "searches Sent Items, so a message is never sent twice")
    else:
        report.add(MISSING, f"cannot search Sent Items (Microsoft 365 answered {status}): the app needs Mail.ReadWrite")
    if cfg.inbox_handling == "mark_read":
        _permission(report, roles, "Mail.ReadWrite", f"mark handled mail read and give it the category "
                    f"\"{cfg.category}\"", "cannot mark handled mail read in the inbox")
    else:
        _permission(report, roles, "Mail.ReadWrite", "move read mail to Processed and Needs review",
                    "cannot move read mail out of the inbox")
    _permission(report, roles, "Mail.Send", "send mail as the mailbox", "cannot send mail")
    check_graph_calendar(report, cfg, client, roles)
    if roles and roles & {"Mail.ReadWrite", "Mail.Send", "Calendars.ReadWrite"}:
        report.add(NOTE, "the permissions above were granted in Entra ID, which reaches every mailbox in the "
                         "tenant: limit them to the duty mailboxes with RBAC for Applications "
                         "(see the mailboxes guide)")


def check_graph_calendar(report: Report, cfg, client, roles: set[str] | None) -> None:
    from urllib.parse import quote

    who = cfg.calendar_user or cfg.user
    status, body = _status(client, f"/users/{quote(who, safe='@')}/calendar",
                           **{"$select": "id,allowedOnlineMeetingProviders"})
    if status == 403:
        report.add(MISSING, f"cannot use the calendar of {who}: the app needs the Microsoft Graph application "
                            f"permission Calendars.ReadWrite, {RBAC_HINT}; until then meetings go out as "
                            "email invitations")
        return
    if status != 200:
        report.add(MISSING, f"could not read the calendar of {who}: Microsoft 365 answered with an error ({status})")
        return
    report.add(WORKS, f"reads the calendar of {who}")
    _permission(report, roles, "Calendars.ReadWrite", "create, move and cancel meetings in it",
                "cannot create meetings in it (they would go out as email invitations)")
    if not cfg.teams.enabled:
        return
    if "teamsForBusiness" in (body.get("allowedOnlineMeetingProviders") or []):
        report.add(WORKS, "can host Microsoft Teams meetings")
    else:
        report.add(NOTE, f"cannot host Microsoft Teams meetings (the account is probably not licensed for Teams): "
                         f"meetings on Teams get the place \"{cfg.teams.fallback_location}\"")


def _messages(n: int) -> str:
    return f"{n} message{'' if n == 1 else 's'}"


# -- IMAP and SMTP ----------------------------------------------------------------------------------

def check_imap(report: Report, backend) -> None:
    from bot.mailbox.imap import _imap_errors, server_saves_sent

    cfg = backend.cfg
    try:
        c = backend._open()
    except (MailboxError, *_imap_errors()) as e:
        report.add(MISSING, f"cannot sign in to the mail server {cfg.host}: {type(e).__name__}")
        return
    except Exception as e:  # noqa: BLE001 - a secret that cannot be read, and the like
        report.add(MISSING, f"cannot sign in to the mail server {cfg.host}: {e}")
        return
    try:
        report.add(WORKS, f"signs in to the mail server {cfg.host}")
        info = c.select_folder(cfg.inbox, readonly=True)
        report.add(WORKS, f"reads the inbox ({_messages(int(info.get(b'EXISTS', 0)))} in it)")
        folder = backend.sent_folder(c)
        if folder is None:
            report.add(NOTE, "keeps no copies of sent mail, so a message left half-sent cannot be looked for")
        elif server_saves_sent(cfg):
            report.add(WORKS, f"the mail server files sent mail in \"{folder}\" itself; stepbot adds no copy")
        elif c.folder_exists(folder):
            report.add(WORKS, f"files copies of sent mail in \"{folder}\"")
        else:
            report.add(NOTE, f"files copies of sent mail in \"{folder}\", made at the first send")
    except _imap_errors() as e:
        report.add(MISSING, f"the mail server refused to open the inbox: {type(e).__name__}")
    finally:
        try:
            c.logout()
        except Exception:  # noqa: BLE001 - leaving anyway
            pass
    check_smtp(report, cfg.smtp)


def check_smtp(report: Report, settings) -> None:
    import smtplib

    from bot.mailbox.smtp import SmtpTransport

    try:
        conn = SmtpTransport(settings)._connect()   # greets and signs in; sends nothing
        conn.quit()
    except (MailboxError, smtplib.SMTPException, OSError) as e:
        report.add(MISSING, f"cannot sign in to the SMTP server {settings.host}: {type(e).__name__}")
        return
    except Exception as e:  # noqa: BLE001 - a secret that cannot be read, and the like
        report.add(MISSING, f"cannot sign in to the SMTP server {settings.host}: {e}")
        return
    report.add(WORKS, f"signs in to the SMTP server {settings.host} (nothing sent)")


# -- the others ---------------------------------------------------------------------------------------

def check_ews(report: Report, backend) -> None:
    try:
        total = backend.account.inbox.total_count
    except Exception as e:  # noqa: BLE001 - exchangelib raises many types
        report.add(MISSING, f"cannot read the inbox on Exchange: {type(e).__name__}")
        return
    report.add(WORKS, f"reads the inbox on Exchange ({_messages(total)} in it); meetings are made in its calendar")


def check_maildir(report: Report, path: Path) -> None:
    if path.is_dir():
        report.add(WORKS, f"the mail folder {path} is there")
    else:
        report.add(NOTE, f"the mail folder {path} is made when stepbot first runs")


# -- all of them ------------------------------------------------------------------------------------

def check_mailbox(app, authority: str, role: str, *, graph_client=None) -> Report:
    mb = app.mailbox_config(authority, role)
    kind = {"graph": "Microsoft 365", "imap": "IMAP", "ews": "Exchange", "maildir": "a local folder"}[mb.backend.type]
    report = Report(f"{app.display_name(authority)}: {say(role)} mailbox ({mb.address}), {kind}")
    cfg = mb.backend
    try:
        if cfg.type == "graph":
            check_graph(report, cfg, graph_client or app.mailbox(authority, role).client)
        elif cfg.type == "imap":
            check_imap(report, app.mailbox(authority, role))
        elif cfg.type == "ews":
            check_ews(report, app.mailbox(authority, role))
        else:
            check_maildir(report, app.settings.path(cfg.path))
    except MailboxError as e:
        log.warning("%s/%s: check failed: %s", authority, role, e)
        report.add(MISSING, "could not reach it (the log has the details)")
    return report


def check_all(app, *, graph_clients=None) -> list[Report]:
    """One report per configured mailbox (``graph_clients``: {(authority, role): client}, for tests)."""
    reports = []
    for authority, auth in app.settings.deployment.authorities.items():
        for role in auth.mailboxes:
            client = (graph_clients or {}).get((authority, role))
            reports.append(check_mailbox(app, authority, role, graph_client=client))
    out = app.settings.deployment.outgoing
    if out.type == "smtp" and out.smtp is not None:
        report = Report(f"Outgoing mail through {out.smtp.host}")
        check_smtp(report, out.smtp)
        reports.append(report)
    return reports


def format_reports(reports: list[Report]) -> str:
    lines = []
    for r in reports:
        lines.append(r.title)
        lines += [f"  {MARKS[f.state]} {f.text}" for f in r.findings]
        lines.append("")
    bad = sum(f.state == MISSING for r in reports for f in r.findings)
    lines.append("Everything checked works." if not bad else
                 f"{bad} thing{'s' if bad != 1 else ''} to put right (marked [fix]).")
    return "\n".join(lines)


def command(args) -> int:
    """``stepbot check-mailboxes``: 0 when everything works, 1 when something must be put right."""
    from bot.app import App
    from bot.commands import load_or_exit

    app = App(load_or_exit(args.config))
    try:
        reports = check_all(app)
        print(format_reports(reports))
        return 0 if all(r.ok for r in reports) else 1
    finally:
        app.close()
