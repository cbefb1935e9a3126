"""The deployment file: database, authorities served, their mailboxes, people, outgoing mail.

Validated before anything starts (STYLE.md "Config is validated before anything starts"): every
problem is reported with the file, the key path and the reason. Secrets never live in YAML: a
backend names an environment variable (``*_env``) or a file (``*_file``) that holds them.
"""
from __future__ import annotations

import os
from datetime import date, time
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from bot.phones import check_all, drama_range
from bot.policy import MailboxRole, PolicyPack, default_config_dir, load_pack
from bot.references import default_code
from bot.schema import ConfigError, Strict, load_yaml_model  #noqa: F401 - ConfigError is part of this module's interface


class Secret(Strict):
    """A secret read from an environment variable or a file, never written in YAML."""

    env: str | None = None
    file: Path | None = None

    @model_validator(mode="after")
    def _one(self):
        if (self.env is None) == (self.file is None):
            raise ValueError("give exactly one of env, file")
        return self

    def read(self) -> str:
        if self.env is not None:
            value = os.environ.get(self.env)
            if value is None:
                raise ConfigError([("environment", self.env, "is not set")])
            return value
        try:
            return Path(self.file).read_text(encoding="utf-8").strip()  # type: ignore[arg-type]
        except OSError as e:
            raise ConfigError([(str(self.file), "-", f"cannot read secret: {e.strerror}")]) from None


class CertificateCredential(Strict):
    """A certificate the app registration holds (Entra ID: Certificates & secrets > Certificates).

    msal signs its sign-in with ``private_key`` (a PEM file; the key itself is a secret, so ``file:``
    or ``env:``, never YAML). Give ``thumbprint`` as Entra ID shows it (SHA-1, 40 hex digits; msal
    then signs RS256 with ``x5t``), or ``public_certificate`` (the PEM certificate file: msal works
    out the SHA-256 thumbprint and signs PS256 with ``x5t#S256``, which Microsoft now recommends)."""

    private_key: Secret
    thumbprint: str | None = Field(default=None, pattern=r"^[0-9A-Fa-f]{40}$")
    public_certificate: Secret | None = None
    passphrase: Secret | None = None

    @model_validator(mode="after")
    def _identified(self):
        if self.thumbprint is None and self.public_certificate is None:
            raise ValueError("give the certificate's thumbprint or its public_certificate file")
        return self


class OAuth2(Strict):
    """OAuth2 client credentials (Microsoft identity platform) for XOAUTH2 / Graph / EWS: a client
    secret or a certificate (``certificate``, which councils' security reviews usually prefer)."""

    tenant_id: str
    client_id: str
    client_secret: Secret | None = None
    certificate: CertificateCredential | None = None
    authority_host: str = "https://login.microsoftonline.com"

    @model_validator(mode="after")
    def _one_credential(self):
        if (self.client_secret is None) == (self.certificate is None):
            raise ValueError("give exactly one of client_secret, certificate")
        return self


INBOX_HANDLING = ("move", "mark_read")
# RFC 9051 (and 3501) flag-keyword = atom: printable US-ASCII but none of these (nor a space).
IMAP_ATOM_SPECIALS = frozenset('(){%*"\\]')
# Dovecot refuses longer keywords (its mail_max_keyword_length setting, 50 unless changed).
IMAP_KEYWORD_MAX = 50


def imap_keyword_problem(name: str) -> str | None:
    """Why ``name`` cannot be an IMAP keyword (a flag of our own on a message), or None.

    A keyword is an IMAP atom: no spaces, no accented letters, none of ( ) { % * " \\ ]; one that
    begins with "$" is kept for keywords registered with IANA (RFC 5788), and a leading "\\" is a
    system flag."""
    bad = sorted({c for c in name if not ("!" <= c <= "~") or c in IMAP_ATOM_SPECIALS})
    if bad:
        shown = ", ".join("a space" if c == " " else repr(c) for c in bad)
        return (f"{name!r} cannot be an IMAP keyword: it may not contain {shown} "
                "(use letters, digits, - or _, e.g. stepbot-done)")
    if name.startswith("$"):
        return f"{name!r} cannot be an IMAP keyword of our own: \"$\" is kept for registered keywords (RFC 5788)"
    if len(name) > IMAP_KEYWORD_MAX:
        return f"{name!r} is longer than the {IMAP_KEYWORD_MAX} characters Dovecot accepts for a keyword"
    return None


class InboxHandling(Strict):
    """What becomes of a message in the inbox once its request is committed (every backend).

    ``move`` (the default): it leaves the inbox for ``processed_folder`` (``review_folder`` when it
    waits for a person). ``mark_read``: it stays in the inbox, marked read and given the Outlook
    category ``category`` (IMAP: a keyword of that name), and ``review_category`` as well when it
    waits for a person, so a duty team that works the inbox in Outlook keeps seeing it. Either way a
    message is taken in once: a message that carries ``category`` is not read again."""

    inbox_handling: Literal["move", "mark_read"] = "move"
    category: str = Field(default="stepbot", min_length=1, max_length=255,
                          description="the category (IMAP keyword) mark_read gives every message handled")
    review_category: str = Field(default="stepbot-review", min_length=1, max_length=255,
                                 description="the category mark_read adds to a message that waits for a person")

    @model_validator(mode="after")
    def _two_categories(self):
        if self.category.strip().lower() == self.review_category.strip().lower():
            raise ValueError("category and review_category must differ")
        if self.category != self.category.strip() or self.review_category != self.review_category.strip():
            raise ValueError("category and review_category may not begin or end with a space")
        return self


class MaildirBackend(Strict):
    """A local Maildir (demo, tests). ``mark_read`` leaves a message in the inbox's cur/ with the
    Maildir "seen" flag (S), which is all Maildir can mark: it has no categories."""

    type: Literal["maildir"]
    path: Path
    inbox_handling: Literal["move", "mark_read"] = "move"


class SmtpSettings(Strict):
    host: str
    port: int = 587
    security: Literal["starttls", "tls", "none"] = "starttls"
    username: str | None = None
    password: Secret | None = None
    oauth2: OAuth2 | None = None
    timeout_seconds: float = 30


class ImapBackend(InboxHandling):
    type: Literal["imap"]
    host: str
    port: int = 993
    security: Literal["tls", "starttls", "none"] = "tls"
    username: str
    password: Secret | None = None
    oauth2: OAuth2 | None = None
    inbox: str = "INBOX"
    processed_folder: str = "Processed"
    review_folder: str = "Needs review"
    # Where copies of sent mail are filed (and looked for before a resend). Not given: the folder the
    # server marks \Sent (RFC 6154 special use, e.g. "Sent Items" on Exchange), else "Sent".
    # null: no copies and no look-up.
    sent_folder: str | None = "Sent"
    # Who files the copy: "auto" lets the server do it where it saves SMTP-submitted mail itself
    # (Exchange Online, Gmail), "append" always appends one, "server" never does (the server does).
    sent_copy: Literal["auto", "append", "server"] = "auto"
    idle: bool = True
    timeout_seconds: float = Field(default=30, gt=0, le=300, description="socket timeout for one IMAP command")
    poll_seconds: float = 60
    smtp: SmtpSettings

    @model_validator(mode="after")
    def _auth(self):
        if (self.password is None) == (self.oauth2 is None):
            raise ValueError("give exactly one of password, oauth2")
        return self

    @model_validator(mode="after")
    def _keywords(self):
        if self.inbox_handling == "mark_read":
            for key in ("category", "review_category"):
                problem = imap_keyword_problem(getattr(self, key))
                if problem:
                    raise ValueError(f"{key}: {problem}")
        return self


class EwsBackend(InboxHandling):
    type: Literal["ews"]
    server: str
    primary_smtp_address: str
    username: str
    password: Secret
    processed_folder: str = "Processed"
    review_folder: str = "Needs review"
    poll_seconds: float = Field(default=15, ge=5, description="how often `stepbot run` looks for new mail "
                                "(EWS has no push here; 15 s answers within about 16 s)")


class TeamsMeetings(Strict):
    """Microsoft Teams on the meetings stepbot creates in a Microsoft 365 calendar.

    A panel whose location is Microsoft Teams gets a Teams meeting (``isOnlineMeeting``, provider
    ``teamsForBusiness``) when the organising calendar can host one (its ``allowedOnlineMeetingProviders``
    include Teams: a mailbox licensed for Teams). Otherwise the meeting is booked with
    ``fallback_location`` as its place, and the admin is told once."""

    enabled: bool = True
    fallback_location: str = Field(default="Microsoft Teams (joining link to follow from business support)",
                                   min_length=1, max_length=255)


class GraphBackend(InboxHandling):
    type: Literal["graph"]
    user: str = Field(description="the mailbox's address or object id")
    oauth2: OAuth2
    processed_folder: str = "Processed"
    review_folder: str = "Needs review"
    base_url: str = "https://graph.microsoft.com/v1.0"
    poll_seconds: float = Field(default=15, ge=5, description="how often `stepbot run` runs the delta query "
                                "(40 requests per 10 minutes, far inside Graph's 10,000 per mailbox)")
    calendar_user: str | None = Field(default=None, description="the account whose calendar organises the "
                                      "meetings (e.g. a Teams-licensed resource account); default: the mailbox")
    teams: TeamsMeetings = TeamsMeetings()
    max_concurrent_requests: int = Field(default=4, ge=1, le=4, description="Outlook runs at most 4 requests "
                                         "at once per app and mailbox")


Backend = Annotated[MaildirBackend | ImapBackend | EwsBackend | GraphBackend, Field(discriminator="type")]


class Mailbox(Strict):
    address: str = Field(pattern=r"^[^@\s]+@[^@\s]+$")
    backend: Backend
    unreachable_alert_minutes: int = 30
    quiet_alert_working_hours: int = 16
    # At most this many messages sent from this mailbox in any minute (urgent alerts count too);
    # the rest wait in the outbox, queued. Not given: the server's limit where it is known
    # (``send_per_minute``). null: no pacing.
    send_per_minute: int | None = Field(default=None, ge=1, le=10000)


class Person(Strict):
    name: str
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+$")
    deputy: str | None = Field(default=None, description="email of who covers when they are away")


class LocalNumbers(Strict):
    """The council's own numbers for one urgent contact, most direct first."""

    phones: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _phones(self):

        check_all(self.phones)
        return self


class UrgentNumbers(Strict):
    """Numbers for the pack's urgent contacts (``contacts:`` in the policy pack).

    Needed where the protocol gives none; where it does, a number here replaces the protocol's
    (``stepbot policy show`` marks it as the deployment's own).
    """

    office_hours: LocalNumbers | None = None
    out_of_hours: LocalNumbers | None = None


class Authority(Strict):
    pack: str = Field(description="name of config/authorities/<pack>.yaml")
    mailboxes: dict[MailboxRole, Mailbox]
    people: dict[str, list[Person]] = {}
    urgent_contacts: UrgentNumbers = UrgentNumbers()
    closure_days: list[date] = []
    allowed_sender_domains: list[str] = []
    # The first part of this authority's request references (KNO-0013-7QK); the first three
    # letters of its name when not given. Two authorities may not share one.
    reference_code: str | None = Field(default=None, pattern=r"^[A-Z]{2,5}$")
    # Domains whose people may add to any of this authority's requests (the council's own), besides
    # the requester, the people copied on the request and the people above.
    trusted_domains: list[str] = []


class Outgoing(Strict):
    """How mail leaves when a mailbox's own backend does not send (Maildir demo, or a relay)."""

    type: Literal["maildir", "smtp", "mailbox"] = "mailbox"
    path: Path | None = None
    smtp: SmtpSettings | None = None
    from_name: str = "stepbot"


# Exchange Online accepts 30 messages a minute from one mailbox (Exchange Online limits: sending
# limits, "message rate limit"), through Graph, EWS or SMTP client submission alike.
EXCHANGE_ONLINE_PER_MINUTE = 30
EXCHANGE_ONLINE_SMTP = frozenset({"smtp.office365.com"})


def _exchange_online_smtp(smtp: SmtpSettings | None) -> bool:
    return smtp is not None and smtp.host.strip().lower().rstrip(".") in EXCHANGE_ONLINE_SMTP


def send_per_minute(mb: Mailbox, outgoing: Outgoing) -> int | None:
    """How many messages the mailbox may send in any minute, or None for no pacing.

    The mailbox's ``send_per_minute`` when the deployment gives it (null: none); otherwise 30 where
    mail leaves through Microsoft (a ``graph`` or ``ews`` mailbox, or SMTP to smtp.office365.com),
    and no pacing for any other server (Dovecot, a council relay, the demo's Maildir)."""
    if "send_per_minute" in mb.model_fields_set:
        return mb.send_per_minute
    if outgoing.type == "maildir":
        return None
    if outgoing.type == "smtp":
        return EXCHANGE_ONLINE_PER_MINUTE if _exchange_online_smtp(outgoing.smtp) else None
    b = mb.backend
    if isinstance(b, (GraphBackend, EwsBackend)):
        return EXCHANGE_ONLINE_PER_MINUTE
    if isinstance(b, ImapBackend) and _exchange_online_smtp(b.smtp):
        return EXCHANGE_ONLINE_PER_MINUTE
    return None


class OidcGroup(Strict):
    """What membership of one identity-provider group gives: a role and the authorities it sees."""

    role: Literal["business_support", "manager", "admin"]
    authorities: list[str] = []


class Oidc(Strict):
    """Sign-in with the council's identity provider (Microsoft Entra ID, or any OpenID Connect one).

    ``groups`` maps a group's object id (as the ID token's ``groups`` claim carries it) to a role
    and authorities; someone in several mapped groups gets the highest role and every authority.
    Someone in none is refused. Group changes take effect at the next sign-in, which is asked for
    again after ``session_minutes``; ``stepbot user disable`` ends access at once."""

    issuer: str = Field(description="e.g. https://login.microsoftonline.com/<tenant id>/v2.0")
    client_id: str
    client_secret: Secret
    redirect_url: str = Field(description="this site's public address of /signin/oidc/callback")
    groups: dict[str, OidcGroup]
    label: str = "Sign in with Microsoft"
    scopes: list[str] = ["openid", "profile", "email"]
    username_claim: str = "preferred_username"
    # Entra ID's object id is stable for the life of the account; "sub" is the OpenID standard.
    subject_claim: str = "oid"
    session_minutes: int = Field(default=60, ge=5, le=24 * 60,
                                 description="after this long the identity provider is asked again")
    local_accounts: bool = Field(default=True, description="the user name and password form stays too")
    ca_file: Path | None = Field(default=None, description="extra CA certificates to trust (a TLS-inspecting proxy)")

    @field_validator("issuer", "redirect_url")
    @classmethod
    def _https(cls, v: str) -> str:
        from urllib.parse import urlsplit

        parts = urlsplit(v)
        if parts.scheme != "https" or not parts.hostname:
            raise ValueError("must be an https:// address")
        return v

    @field_validator("groups")
    @classmethod
    def _some(cls, v: dict) -> dict:
        if not v:
            raise ValueError("map at least one group to a role")
        return v

    @property
    def metadata_url(self) -> str:
        return self.issuer.rstrip("/") + "/.well-known/openid-configuration"


class Web(Strict):
    host: str = "127.0.0.1"
    port: int = 8080
    # No longer used: sessions are kept in the database and the cookie carries only a random id.
    # Still accepted so that existing deployment files load.
    secret_key: Secret | None = None
    secure_cookies: bool = True
    session_idle_minutes: int = Field(default=60, ge=5, le=24 * 60,
                                      description="a session unused this long ends")
    session_hours: float = Field(default=10, gt=0, le=24 * 7,
                                 description="a session ends this long after sign-in, however busy")
    # The reverse proxies (addresses or networks) whose X-Forwarded-For / X-Forwarded-Proto are
    # believed (uvicorn's ``forwarded_allow_ips``). Empty: the headers are ignored and the client
    # address is the connection's own.
    forwarded_allow_ips: list[str] = []
    oidc: Oidc | None = None

    @field_validator("forwarded_allow_ips")
    @classmethod
    def _networks(cls, v: list[str]) -> list[str]:
        import ipaddress

        for item in v:
            if item == "*":
                continue
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                raise ValueError(f"{item!r} is not an IP address or network") from None
        return v


class Parsing(Strict):
    """The bound on reading one message (DESIGN.md safety rule 5): a message that takes longer or
    needs more memory is set aside for a person, assessed on its readable text."""

    seconds: float = Field(default=20, gt=0, le=600)
    memory_mb: int = Field(default=512, ge=128, le=8192)
    workers: int = Field(default=2, ge=1, le=8, description="parse worker processes (one per core)")
    tasks_per_worker: int = Field(default=100, ge=1, le=10000,
                                  description="messages a worker reads before it is replaced")


class Caps(Strict):
    """Limits on what stepbot does automatically for one address, so that a loop with another
    robot (its loop headers stripped by a gateway) or a flood ends within a cap. Over a cap nothing
    is lost: the message is stored and queued for a person, and business support are told once a
    day per address. Alerts to the duty/on-call team are never capped. Defaults as Zammad and
    Znuny use for their automatic replies."""

    replies_per_window: int = Field(default=10, ge=1, description="automatic replies to one address within the window")
    reply_window_minutes: int = Field(default=10, ge=1)
    replies_per_day: int = Field(default=40, ge=1, description="automatic replies to one address in 24 hours")
    requests_per_sender_hour: int = Field(default=20, ge=1, description="requests opened from one sender in an hour")


class Deployment(Strict):
    # ``demo``: the embedded demo, whose urgent contacts may be fictional (Ofcom drama-range)
    # numbers. Anything else is production, where a sender must be given a number someone answers.
    environment: Literal["production", "demo"] = "production"
    database_url: str = "sqlite:///var/stepbot.db"
    # Small local files stepbot keeps beside the database (the outbox's acceptance log,
    # bot/acceptances.py), relative to the deployment file's folder.
    state_dir: str = "var"
    timezone: Literal["Europe/London"] = "Europe/London"
    office_hours_start: time = time(9, 0)
    office_hours_end: time = time(17, 0)
    closure_days: list[date] = []
    max_attachment_mb: float = Field(default=20, gt=0, le=150)
    parsing: Parsing = Parsing()
    caps: Caps = Caps()
    admin_email: str | None = None
    outgoing: Outgoing = Outgoing()
    web: Web = Web()
    authorities: dict[str, Authority] = Field(min_length=1)

    @model_validator(mode="after")
    def _check(self):
        if self.office_hours_end <= self.office_hours_start:
            raise ValueError("office_hours_end must be after office_hours_start")
        return self

    @model_validator(mode="after")
    def _reference_codes(self):
        seen: dict[str, str] = {}
        for name, auth in self.authorities.items():
            code = auth.reference_code or default_code(name)
            if code in seen:
                raise ValueError(f"authorities {seen[code]} and {name} would share the reference code {code}: "
                                 "give one of them its own reference_code")
            seen[code] = name
        return self

    @model_validator(mode="after")
    def _oidc_groups(self):
        oidc = self.web.oidc
        for group, grant in (oidc.groups.items() if oidc else ()):
            unknown = [a for a in grant.authorities if a not in self.authorities]
            if unknown:
                raise ValueError(f"web.oidc.groups.{group} names authorities not served here: {', '.join(unknown)}")
            if grant.role != "admin" and not grant.authorities:
                raise ValueError(f"web.oidc.groups.{group} needs at least one authority (only admins see every one)")
        return self


class Settings:
    """A validated deployment with its policy packs, and the folder it was read from."""

    def __init__(self, deployment: Deployment, packs: dict[str, PolicyPack], base_dir: Path):
        self.deployment = deployment
        self.packs = packs
        self.base_dir = base_dir

    def pack(self, authority: str) -> PolicyPack:
        return self.packs[self.deployment.authorities[authority].pack]

    def path(self, p: Path | str) -> Path:
        """A path from the config, relative to the folder the deployment file sits in."""
        p = Path(p)
        return p if p.is_absolute() else (self.base_dir / p).resolve()

    def people(self, authority: str, role: str):
        return list(self.deployment.authorities[authority].people.get(role, []))

    def reference_code(self, authority: str) -> str:
        return self.deployment.authorities[authority].reference_code or default_code(authority)

    def trusted_senders(self, authority: str) -> tuple[set[str], list[str]]:
        """(addresses, domains) that may add to any request of this authority: its configured
        people and their deputies, its mailboxes, and its ``trusted_domains``."""
        auth = self.deployment.authorities[authority]
        addrs = {m.address.lower() for m in auth.mailboxes.values()}
        for people in auth.people.values():
            for p in people:
                addrs.add(p.email.lower())
                if p.deputy:
                    addrs.add(p.deputy.lower())
        return addrs, [d.lower().lstrip("@") for d in auth.trusted_domains]

    def urgent_phones(self, authority: str, period: str) -> tuple[list[str], str]:
        """(numbers, where from: "deployment" or "protocol") for one urgent contact.

        ``period`` is ``office_hours`` or ``out_of_hours``; the deployment's numbers replace the
        pack's (see :class:`UrgentNumbers`)."""
        local = getattr(self.deployment.authorities[authority].urgent_contacts, period)
        if local is not None:
            return list(local.phones), "deployment"
        return list(getattr(self.pack(authority).contacts, period).phones), "protocol"

    @property
    def is_demo(self) -> bool:
        return self.deployment.environment == "demo"

    def closure_days(self, authority: str) -> list[date]:
        return [*self.deployment.closure_days, *self.deployment.authorities[authority].closure_days]

    @property
    def database_url(self) -> str:
        url = os.environ.get("STEPBOT_DATABASE_URL") or self.deployment.database_url
        if url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
            rel = url[len("sqlite:///"):]
            if rel and rel != ":memory:":
                full = self.path(rel)
                full.parent.mkdir(parents=True, exist_ok=True)
                url = "sqlite:///" + str(full)
        return url

    def find_mailbox(self, address: str) -> tuple[str, str] | None:
        """(authority, mailbox role) whose address this is, case-insensitive."""
        a = address.strip().lower()
        for name, auth in self.deployment.authorities.items():
            for role, mb in auth.mailboxes.items():
                if mb.address.lower() == a:
                    return name, role
        return None


PERIOD_WORDS = {"office_hours": "in office hours", "out_of_hours": "out of hours"}


def urgent_number_problems(dep: Deployment, name: str, pack: PolicyPack, dep_file: Path,
                           pack_file: Path) -> list[tuple[str, str, str]]:
    """Every urgent contact has a number; in production none is a fictional drama-range number.

    A sender told to phone a number nobody answers, at the moment a child may be at risk, is the
    failure this guards against (DESIGN.md safety rule 1), so it is checked before anything starts.
    """

    out = []
    local = dep.authorities[name].urgent_contacts
    for period in ("office_hours", "out_of_hours"):
        contact = getattr(pack.contacts, period)
        own = getattr(local, period)
        if own is not None:
            phones, file, key = own.phones, dep_file, f"authorities.{name}.urgent_contacts.{period}.phones"
        else:
            phones, file, key = contact.phones, pack_file, f"contacts.{period}.phones"
        if not phones:
            out.append((str(dep_file), f"authorities.{name}.urgent_contacts.{period}.phones",
                        f"the {pack.name} protocol gives no number for the {contact.team} ({PERIOD_WORDS[period]}): "
                        "set the number a sender must phone"))
            continue
        if dep.environment == "demo":
            continue
        for i, number in enumerate(phones):
            where = drama_range(number)
            if where is not None:
                out.append((str(file), f"{key}, item {i + 1}",
                            f"{number} is a fictional number from Ofcom's drama range ({where}) that nobody "
                            f"answers; a production deployment must give the {contact.team}'s real number"))
    return out


def secret_problems(dep: Deployment, dep_file: Path) -> list[tuple[str, str, str]]:
    """Every secret the deployment names can be read: its environment variable is set, its file
    exists. (Loading does not read secrets, so the demo and tests start without them.)"""
    out: list[tuple[str, str, str]] = []
    seen: set[str] = set()  # one problem per variable or file, however many places name it

    def walk(value, key: str) -> None:
        if isinstance(value, Secret):
            name = value.env or str(value.file)
            if name in seen:
                return
            try:
                value.read()
            except ConfigError:
                seen.add(name)
                what = (f"names the environment variable {value.env}, which is not set" if value.env
                        else f"names the file {value.file}, which cannot be read")
                out.append((str(dep_file), key, what))
        elif isinstance(value, BaseModel):
            for name in type(value).model_fields:
                walk(getattr(value, name), f"{key}.{name}" if key else name)
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{key}.{k}")
        elif isinstance(value, (list, tuple)):
            for i, v in enumerate(value):
                walk(v, f"{key}, item {i + 1}")

    walk(dep, "")
    return out


def resolve(path: Path | str | None) -> tuple[Path, Path]:
    """(config folder, deployment file) from a folder or a file path; default ``config/``."""

    p = Path(path) if path else Path(os.environ.get("STEPBOT_CONFIG", default_config_dir()))
    if p.is_dir():
        return p, p / "deployment.yaml"
    return p.parent, p


def load_settings(path: Path | str | None = None) -> Settings:
    """Load the deployment and every pack it names; raise ConfigError listing every problem."""

    config_dir, dep_file = resolve(path)
    problems: list[tuple[str, str, str]] = []
    packs: dict[str, PolicyPack] = {}
    broken: set[str] = set()  # packs that failed to load: already reported, not "missing" as well
    for f in sorted((config_dir / "authorities").glob("*.yaml")):
        try:
            pack = load_pack(f)
        except ConfigError as e:
            problems += e.problems
            broken.add(f.stem)
            continue
        if pack.name != f.stem:
            problems.append((str(f), "name", f"must match the file name ({f.stem!r})"))
        packs[pack.name] = pack
    try:
        dep = load_yaml_model(dep_file, Deployment)
    except ConfigError as e:
        raise ConfigError(problems + e.problems) from None
    for name, auth in dep.authorities.items():
        pack = packs.get(auth.pack)
        if pack is None and auth.pack in broken:
            continue
        if pack is None:
            problems.append((str(dep_file), f"authorities.{name}.pack",
                             f"no policy pack {auth.pack!r} in {config_dir / 'authorities'}"))
            continue
        for role in sorted(pack.roles()):
            if not auth.people.get(role):
                problems.append((str(dep_file), f"authorities.{name}.people.{role}",
                                 f"pack {pack.name!r} names role {role!r} but nobody holds it"))
        for kind, kp in pack.kinds.items():
            if kp.defined and kp.mailbox and kp.mailbox not in auth.mailboxes:
                problems.append((str(dep_file), f"authorities.{name}.mailboxes",
                                 f"pack defines {kind} on mailbox {kp.mailbox!r}, which is not configured"))
        problems += urgent_number_problems(dep, name, pack, dep_file, config_dir / "authorities" / f"{auth.pack}.yaml")
    if problems:
        raise ConfigError(problems)
    return Settings(dep, packs, dep_file.parent)
