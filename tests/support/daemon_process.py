"""`stepbot run` as a real process, for the crash tests: start it, stop it politely."""
from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from tests.support import ROOT



def start(config: Path, log: Path) -> subprocess.Popen:
    out = open(log, "ab")
    return subprocess.Popen([sys.executable, "-m", "bot.cli", "--config", str(config), "run", "--no-web"],
                            cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def stop(p: subprocess.Popen, wait: float = 30) -> None:
    if p.poll() is None:
        p.send_signal(signal.SIGTERM)
        try:
            p.wait(wait)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait(5)
