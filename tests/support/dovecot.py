"""A real Dovecot IMAP server on loopback for the integration tests.

``DovecotServer(tmpdir)`` writes a temporary ``dovecot.conf`` (plain IMAP on 127.0.0.1 on a free
port, a passwd-file user with a plain password, Maildir under the temporary folder, every runtime
path under it too) and runs ``dovecot -F`` as a child process. Dovecot refuses to run its login
process as root, so it uses its own ``dovenull``/``dovecot`` users; mail is owned by ``dovecot``.
``stop()`` / ``start()`` can be called mid-test to simulate an outage; the port stays the same.
"""
from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from tests.support.requires import require

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
USER = "duty"
PASSWORD = "duty-password"


def dovecot_available() -> bool:
    return os.path.exists(DOVECOT) and os.access(DOVECOT, os.X_OK)


def require_dovecot() -> None:
    require(dovecot_available(), "Dovecot", "apt-get install -y dovecot-imapd")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_port(port: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
                if s.recv(64).startswith(b"* OK"):
                    return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"Dovecot did not start listening on 127.0.0.1:{port}")


def _wait_closed(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            time.sleep(0.05)
        except OSError:
            return


CONF = """\
protocols = imap
listen = 127.0.0.1
base_dir = {base}/run
state_dir = {base}/state
log_path = {base}/dovecot.log
info_log_path = {base}/dovecot.log
{ssl}
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = dovenull
default_internal_user = dovecot
mail_location = maildir:{base}/mail/%u
mail_uid = {uid}
mail_gid = {gid}
first_valid_uid = 1
first_valid_gid = 1
imap_idle_notify_interval = 1 secs
mailbox_idle_check_interval = 1 secs
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {base}/users
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {base}/users
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
"""


class DovecotServer:
    def __init__(self, base: Path | None = None, port: int | None = None, extra_conf: str = "",
                 cert: tuple[Path, Path] | None = None):
        """``cert=(cert_file, key_file)`` turns on STARTTLS on ``port`` and implicit TLS on
        ``tls_port``."""
        # Dovecot's own users must reach every path, and pytest's tmp_path sits under a 0700
        # folder, so the server gets a folder of its own under the system temp dir (removed by
        # ``cleanup()``). ``base`` is only a hint for the name.
        self.base = Path(tempfile.mkdtemp(prefix=f"stepbot-dovecot-{Path(base).name if base else 'x'}-"))
        os.chmod(self.base, 0o755)
        self.port = port or free_port()
        self.user = USER
        self.password = PASSWORD
        self.proc: subprocess.Popen | None = None
        owner = pwd.getpwnam("dovecot") if os.geteuid() == 0 else pwd.getpwuid(os.geteuid())
        self.uid, self.gid = owner.pw_uid, owner.pw_gid
        for sub in ("run", "state", "mail"):
            (self.base / sub).mkdir(parents=True, exist_ok=True)
        (self.base / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}:{self.uid}:{self.gid}::{self.base}/mail/{USER}::\n")
        self.conf = self.base / "dovecot.conf"
        self.tls_port = free_port() if cert else 0
        ssl_conf = (f"ssl = yes\nssl_cert = <{cert[0]}\nssl_key = <{cert[1]}" if cert else "ssl = no")
        self.conf.write_text(CONF.format(base=self.base, port=self.port, uid=self.uid, gid=self.gid, ssl=ssl_conf,
                                         tls_port=self.tls_port) + extra_conf)
        if os.geteuid() == 0:
            for sub in ("mail", "state"):
                shutil.chown(self.base / sub, self.uid, self.gid)

    @property
    def maildir(self) -> Path:
        return self.base / "mail" / USER

    def start(self) -> None:
        if self.proc and self.proc.poll() is None:
            return
        self.proc = subprocess.Popen([DOVECOT, "-F", "-c", str(self.conf)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     start_new_session=True)
        try:
            _wait_port(self.port)
        except RuntimeError:
            self.stop()
            raise RuntimeError("Dovecot failed to start:\n" + self.log())

    def stop(self) -> None:
        if not self.proc:
            return
        # Dovecot's children (imap, auth, log, stats) outlive a master that is told to stop, and
        # would go on serving open connections; an outage means all of them go, so signal the
        # whole process group this server was started in.
        pgid = self.proc.pid
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(pgid, sig)
            except ProcessLookupError:
                break
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                continue
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                try:
                    os.killpg(pgid, 0)
                except ProcessLookupError:
                    break
                time.sleep(0.05)
            else:
                continue
            break
        self.proc = None
        _wait_closed(self.port)

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.base, ignore_errors=True)

    def log(self) -> str:
        p = self.base / "dovecot.log"
        return p.read_text(errors="replace") if p.exists() else ""

    def client(self):
        """A plain imapclient connection logged in as the test user (to APPEND, inspect, ...)."""
        import imapclient

        c = imapclient.IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        c.login(self.user, self.password)
        return c

    def append(self, raw: bytes, folder: str = "INBOX") -> None:
        c = self.client()
        try:
            c.append(folder, raw)
        finally:
            c.logout()

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.cleanup()


def imap_backend_config(server: DovecotServer, smtp_port: int, **over) -> dict:
    """The deployment-file ``backend`` mapping for a mailbox on this server (password from env)."""
    os.environ["STEPBOT_TEST_IMAP_PASSWORD"] = server.password
    cfg = {
        "type": "imap", "host": "127.0.0.1", "port": server.port, "security": "none",
        "username": server.user, "password": {"env": "STEPBOT_TEST_IMAP_PASSWORD"},
        "poll_seconds": 1, "timeout_seconds": 5,  # a dying server's half-open connection fails fast
        "smtp": {"host": "127.0.0.1", "port": smtp_port, "security": "none"},
    }
    cfg.update(over)
    return cfg


def rewrite_uidvalidity(server: DovecotServer, new_value: int, folder: str = "") -> None:
    """Give a (stopped) server's folder a new UIDVALIDITY, as a mailbox restore or rebuild would.

    Rewrites the ``V`` field of ``dovecot-uidlist`` and removes the index files, so Dovecot
    re-reads the list on its next start."""
    d = server.maildir / (f".{folder}" if folder else "")
    uidlist = d / "dovecot-uidlist"
    lines = uidlist.read_text().splitlines(keepends=True)
    header = [f"V{new_value}" if f.startswith("V") else f for f in lines[0].split()]
    lines[0] = " ".join(header) + "\n"
    uidlist.write_text("".join(lines))
    for f in d.glob("dovecot.index*"):
        f.unlink()


def make_settings(tmp_path: Path, mailboxes: dict, *, authority: str = "knowsley", outgoing: dict | None = None,
                  admin_email: str | None = "stepbot-admin@example.org", packs: dict | None = None,
                  pack: str | None = None, people: dict | None = None):
    """Settings for one authority whose mailboxes are ``{role: backend mapping}`` on a temp SQLite.

    Without ``packs`` no policy pack is loaded (enough for backend and health tests)."""
    from bot.config import Deployment, Settings

    addresses = {"mash_step_up": f"mash@{authority}.example.gov.uk",
                 "early_help_duty": f"earlyhelp@{authority}.example.gov.uk"}
    dep = Deployment.model_validate({
        "database_url": f"sqlite:///{tmp_path / 'stepbot.db'}",
        "admin_email": admin_email,
        "outgoing": outgoing or {"type": "mailbox"},
        "authorities": {authority: {
            "pack": pack or authority,
            "mailboxes": {role: {"address": addresses[role], "backend": b} for role, b in mailboxes.items()},
            "people": people or {},
        }},
    })
    return Settings(dep, packs or {}, tmp_path)


def config_with_dovecot(tmp_path: Path, dovecot: "DovecotServer", smtp_port: int, authority: str, role: str) -> Path:
    """A copy of the shipped config/ whose ``authority``'s ``role`` mailbox is the Dovecot account,
    sending through the SMTP server on ``smtp_port``, with a SQLite database under ``tmp_path``."""
    import yaml

    from bot.policy import default_config_dir

    cfg = tmp_path / "config"
    shutil.copytree(default_config_dir(), cfg)
    dep_file = cfg / "deployment.yaml"
    dep = yaml.safe_load(dep_file.read_text())
    dep["database_url"] = f"sqlite:///{tmp_path / 'stepbot.db'}"
    dep["outgoing"] = {"type": "mailbox"}
    dep["authorities"][authority]["mailboxes"][role]["backend"] = imap_backend_config(dovecot, smtp_port)
    dep_file.write_text(yaml.safe_dump(dep))
    return cfg


def folder_subjects(dovecot, folder) -> list[str]:
    """The Subject lines in one folder of the test account, sorted (read-only)."""
    c = dovecot.client()
    try:
        c.select_folder(folder, readonly=True)
        uids = c.search()
        data = c.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (SUBJECT)]"]) if uids else {}
        return sorted(v[b"BODY[HEADER.FIELDS (SUBJECT)]"].decode().strip() for v in data.values())
    finally:
        c.logout()
