"""``stepbot parse FILE --authority NAME [--mailbox ROLE] [--now ISO]``: print one JSON object.

Exits 0 and prints exactly one JSON object for any input: an unreadable file, an unknown
authority or a broken config still gives kind "other", next_action "human_review" and "error".
"""
from __future__ import annotations

import json
import logging
import sys
from datetime import datetime, timezone
from pathlib import Path

from bot.parser.errors import MAX_MESSAGE_BYTES

log = logging.getLogger(__name__)


def main(args) -> int:
    try:
        out = _parse(args)
    except Exception as e:  # the contract: one JSON object, exit 0, whatever happens
        from bot.parser import refused_contract

        out = refused_contract(getattr(args, "authority", None), getattr(args, "mailbox", None),
                               f"internal error ({type(e).__name__})")
    sys.stdout.write(json.dumps(out.to_dict(), ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()
    return 0


def _parse(args):
    from bot.parser import parse_message, refused_contract

    authority, mailbox = args.authority, getattr(args, "mailbox", None)
    path = Path(args.file)
    try:
        size = path.stat().st_size
        if size > MAX_MESSAGE_BYTES:
            return refused_contract(authority, mailbox, f"the message is larger than {MAX_MESSAGE_BYTES // 2**20} MB")
        raw = path.read_bytes()
    except OSError as e:
        return refused_contract(authority, mailbox, f"cannot read {args.file}: {e.strerror or type(e).__name__}")

    now = None
    if getattr(args, "now", None):
        try:
            now = datetime.fromisoformat(args.now.replace("Z", "+00:00"))
            if now.tzinfo is None:
                now = now.replace(tzinfo=timezone.utc)
        except ValueError:
            return refused_contract(authority, mailbox, f"--now {args.now!r} is not an ISO 8601 time")

    errors: list[str] = []
    pack, settings = _load_pack(args, authority, errors), _load_settings(args)
    if mailbox is None:
        mailbox = _mailbox_from_headers(raw, settings, authority)
    calendar, max_bytes, own = _deployment_bits(settings, authority)
    res = parse_message(raw, pack=pack, authority=authority, mailbox=mailbox, now=now,
                        max_attachment_bytes=max_bytes, own_addresses=own, calendar=calendar)
    out = res.contract
    if mailbox is None and out.is_request:
        out.mailbox = {"step_up": "mash_step_up", "step_down": "early_help_duty"}[out.kind]
    if pack is None:
        out.error = "; ".join(errors) or out.error or f"no policy pack for {authority!r}"
        if out.is_request and not out.urgent:
            out.next_action = "human_review"
    return out


def _load_pack(args, authority: str, errors: list[str]):
    from bot.config import ConfigError, resolve
    from bot.policy import load_pack

    try:
        config_dir, _ = resolve(getattr(args, "config", None))
        f = config_dir / "authorities" / f"{authority}.yaml"
        if not f.exists():
            errors.append(f"unknown authority {authority!r} (no {f})")
            return None
        return load_pack(f)
    except ConfigError as e:
        errors.append(f"policy pack for {authority!r} is invalid: {e}")
    except Exception as e:
        errors.append(f"policy pack for {authority!r} could not be loaded ({type(e).__name__})")
    return None


def _load_settings(args):
    from bot.config import load_settings

    try:
        return load_settings(getattr(args, "config", None))
    except Exception as e:  # a deployment that fails to load must not stop parsing
        log.info("deployment not loaded for parse: %s", type(e).__name__)
        return None


def _mailbox_from_headers(raw: bytes, settings, authority: str) -> str | None:
    if settings is None:
        return None
    import email
    from email import policy

    from bot.parser.mime import addresses

    try:
        msg = email.message_from_bytes(raw[:200_000], policy=policy.compat32)
        for _, addr in addresses(msg, "To", "Cc", "Delivered-To", "X-Original-To"):
            hit = settings.find_mailbox(addr)
            if hit and hit[0] == authority:
                return hit[1]
        for _, addr in addresses(msg, "To", "Cc", "Delivered-To", "X-Original-To"):
            hit = settings.find_mailbox(addr)
            if hit:
                return hit[1]
    except Exception:
        return None
    return None


def _deployment_bits(settings, authority: str):
    from bot.workcal import WorkingCalendar, calendar_for

    if settings is None:
        return WorkingCalendar(), 20 * 2**20, frozenset()
    try:
        cal = calendar_for(settings, authority)
    except Exception:
        cal = WorkingCalendar()
    max_bytes = int(settings.deployment.max_attachment_mb * 2**20)
    own = set()
    try:
        for auth in settings.deployment.authorities.values():
            own.update(mb.address.lower() for mb in auth.mailboxes.values())
    except Exception:
        pass
    return cal, max_bytes, frozenset(own)
