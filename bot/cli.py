"""The ``stepbot`` command. Each subcommand lives in its own module and is imported on use."""
from __future__ import annotations

import argparse
import importlib
import sys

from bot.vocabulary import MAILBOX_ROLES

# subcommand -> "module:function"; each function takes the parsed args and returns an exit code.
COMMANDS = {
    "parse": "bot.parser.command:main",
    "check-config": "bot.commands:check_config",
    "policy": "bot.policy_show:main",
    "demo": "bot.demo:main",
    "run": "bot.daemon:main",
    "status": "bot.health:status_command",
    "deadlines": "bot.deadlines:list_command",
    "simulate": "bot.simulate:main",
    "user": "bot.web.users:user_command",
    "migrate": "bot.commands:migrate",
    "queue": "bot.commands:queue",
    "report": "bot.monthly:report_command",
    "purge": "bot.retention:command",
    "sar": "bot.sar:command",
    "check-mailboxes": "bot.mailbox.check:command",
}


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="stepbot",
        description="stepbot watches a council's step-up and step-down inboxes, checks each request against "
                    "the council's protocol, books the meeting and follows every deadline. "
                    "Run `stepbot COMMAND --help` for one command.")
    ap.add_argument("--config", help="config folder or deployment file (default: config/ or $STEPBOT_CONFIG)")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="read one saved email (.eml) and print what stepbot understood, as JSON")
    p.add_argument("file", help="the saved email, e.g. a message saved from Outlook as .eml")
    p.add_argument("--authority", required=True, help="the council whose protocol applies, e.g. knowsley")
    p.add_argument("--mailbox", choices=MAILBOX_ROLES,
                   help="the inbox it arrived in: mash_step_up (step-up) or early_help_duty (step-down)")
    p.add_argument("--now", help="the date to count notice from, e.g. 2026-12-07 (default: the email's date)")

    p = sub.add_parser("check-config", help="validate the deployment and every policy pack")
    p.add_argument("path", nargs="?", help="config folder or deployment file (default: config/)")

    sub.add_parser("check-mailboxes", help="call each mailbox and calendar once (reading only, sending "
                                           "nothing) and say what works and which permission is missing")

    p = sub.add_parser("policy", help="policy packs")
    psub = p.add_subparsers(dest="policy_command", required=True)
    ps = psub.add_parser("show", help="print a pack in plain English, rule by rule with its source")
    ps.add_argument("name", help="the authority, e.g. knowsley")

    p = sub.add_parser("demo", help="process sample mail into a local Maildir, print the queue and serve the web page")
    p.add_argument("--no-web", action="store_true", help="process and print, then exit without serving the web page")
    p.add_argument("--port", type=int, default=None, help="the web page's port (default: the deployment's)")

    p = sub.add_parser("run", help="the daemon: watch every mailbox, send mail, sweep deadlines, serve the web page")
    p.add_argument("--once", action="store_true",
                   help="read every mailbox once, send every outgoing message that is due (all of them, "
                        "urgent first), then exit")
    p.add_argument("--no-web", action="store_true", help="do not serve the web page")
    p.add_argument("--now", help="with --once: run the pass as if it were this date and time (e.g. "
                                 "2026-12-21T09:00, UK time), to rehearse a protocol on a copy of the database")

    sub.add_parser("status", help="per mailbox: last connection, last mail, backlog, errors")

    p = sub.add_parser("deadlines", help="list deadlines")
    p.add_argument("--authority", help="one authority only, e.g. knowsley")
    p.add_argument("--overdue", action="store_true", help="only those past due")

    p = sub.add_parser("simulate", help="replay the calendar forward on a copy of the database, sending nothing")
    p.add_argument("--from", dest="from_date", required=True, help="YYYY-MM-DD")
    p.add_argument("--days", type=int, required=True, help="how many days to replay")

    p = sub.add_parser("user", help="web users")
    usub = p.add_subparsers(dest="user_command", required=True)
    ua = usub.add_parser("add", help="add a web user (asks for the password, or reads $STEPBOT_NEW_PASSWORD)")
    ua.add_argument("username", help="the sign-in name")
    ua.add_argument("--role", required=True, choices=["business_support", "manager", "admin"],
                    help="what the user may do: work the queue, also record reviews, or everything")
    ua.add_argument("--authority", action="append", default=[], dest="authorities",
                    help="an authority the user may see (repeat); admins see all")
    ua.add_argument("--name", default="", help="the name shown on the page, e.g. 'Sam Jones'")
    ud = usub.add_parser("disable", help="switch a web user off and end their sessions at once")
    ud.add_argument("username", help="the user's sign-in name")
    ue = usub.add_parser("enable", help="switch a web user back on (their groups or password still apply)")
    ue.add_argument("username", help="the user's sign-in name")

    sub.add_parser("migrate", help="bring the database schema up to date")

    p = sub.add_parser("queue", help="print the queue as a table")
    p.add_argument("--authority", help="one authority only, e.g. knowsley")

    p = sub.add_parser("report", help="scheduled reports (the packs' reports:)")
    rsub = p.add_subparsers(dest="report_command", required=True)
    rr = rsub.add_parser("reviewed", help="record that a month's report was reviewed (stops its escalation)")
    rr.add_argument("authority", help="e.g. knowsley")
    rr.add_argument("report_id", help="the report's id in the policy pack, e.g. step_up_log_monthly_review")
    rr.add_argument("month", help="YYYY-MM: the month the log covers")
    rr.add_argument("--by", help="who reviewed it (default: the logged-in user)")
    p = sub.add_parser("purge", help="delete what the retention settings say is due (counts only are recorded)")
    p.add_argument("--dry-run", action="store_true", help="print what would be deleted; change nothing")

    p = sub.add_parser("sar", help="subject access: export everything held about a named child")
    p.add_argument("--child", required=True, help="the child's name as written in the requests")
    p.add_argument("--dob", help="the child's date of birth, YYYY-MM-DD (recommended: names repeat)")
    p.add_argument("--authority", help="one authority only, e.g. knowsley")
    p.add_argument("--out", required=True, help="a folder to write the export to")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    module, func = COMMANDS[args.command].split(":")
    fn = getattr(importlib.import_module(module), func)
    try:
        return int(fn(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `stepbot queue | head`: the reader went away; not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
