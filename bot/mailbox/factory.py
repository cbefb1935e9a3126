"""Build mailbox backends and transports from the deployment file."""
from __future__ import annotations

import importlib

from bot.mailbox.maildir import MaildirMailbox, MaildirOutbox

# backend type -> "module:class"; each class is built with (app, authority, role, config).
BACKENDS = {
    "imap": "bot.mailbox.imap:ImapMailbox",
    "ews": "bot.mailbox.ews:EwsMailbox",
    "graph": "bot.mailbox.graph:GraphMailbox",
}


def make_backend(app, authority: str, role: str):
    mb = app.mailbox_config(authority, role)
    cfg = mb.backend
    if cfg.type == "maildir":
        return MaildirMailbox(app.settings.path(cfg.path), inbox_handling=cfg.inbox_handling)
    module, cls = BACKENDS[cfg.type].split(":")
    return getattr(importlib.import_module(module), cls)(app, authority, role, cfg)


def make_transport(app, authority: str, role: str):
    out = app.settings.deployment.outgoing
    if out.type == "maildir":
        return MaildirOutbox(app.settings.path(out.path))
    if out.type == "smtp":
        from bot.mailbox.smtp import SmtpTransport

        return SmtpTransport(out.smtp)
    return app.mailbox(authority, role)  # the mailbox's own backend sends
