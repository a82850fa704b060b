"""The installed program in a real X window (Xvfb), driven only by xdotool key events.

A USB keyboard-wedge scanner types a badge code as key events a few milliseconds apart, with a
Shift press and release around every capital, then Enter. ``xdotool key --delay 3`` with one
keysym per character sends exactly that (STACK-NOTES.md). A person types 80–150 ms a key.
Synthetic Qt events carry neither the Shift presses nor the window system's timestamps, which
is why these tests exist beside the pytest-qt ones.

Needs Debian's ``xvfb``, ``xdotool`` and ``imagemagick`` (``scripts/test`` installs them).
Without them the tests are skipped, unless ``COWORKING_REAL_WINDOW=required`` (set by
``scripts/test``), where a missing tool is a failure.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

TOOLS = ("Xvfb", "xdotool", "import", "setxkbmap")
SCREEN = "1280x800x24"
SCANNER_DELAY_MS = 3
APP_START_S = 30.0

# Characters a person types that are not their own keysym name.
_KEYSYMS = {
    " ": "space",
    "-": "minus",
    ".": "period",
    ",": "comma",
    "@": "at",
    "'": "apostrophe",
    "á": "aacute",
    "é": "eacute",
    "í": "iacute",
    "ó": "oacute",
    "ú": "uacute",
    "ñ": "ntilde",
    "ü": "udiaeresis",
}


_DEAD_KEYS = {"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u"}


def dead_key_strokes(char: str) -> list[str]:
    """How a person types ``char`` on a Latin American keyboard: an accented vowel is the dead
    acute key, then the vowel (composed by the program's input method, not by the keyboard)."""
    base = _DEAD_KEYS.get(char.lower())
    if base is None:
        return [keysym(char)]
    return ["dead_acute", base.upper() if char.isupper() else base]


def require_tools() -> None:
    """Skip (or fail, when required) unless Xvfb, xdotool and ImageMagick are installed."""
    missing = [name for name in TOOLS if shutil.which(name) is None]
    if not missing:
        return
    message = f"faltan programas para la ventana real: {', '.join(missing)}"
    if os.environ.get("COWORKING_REAL_WINDOW") == "required":
        pytest.fail(message)
    pytest.skip(message)


def keysym(char: str) -> str:
    """The xdotool key name typing ``char``. xdotool types a keysym missing from the keyboard
    map on a spare key as its lower case, so capitals outside ASCII need an explicit Shift."""
    if char.isascii() and char.isalnum():
        return char
    if char in _KEYSYMS:
        return _KEYSYMS[char]
    lower = char.lower()
    if lower in _KEYSYMS and lower != char:
        return "shift+" + _KEYSYMS[lower][0].upper() + _KEYSYMS[lower][1:]
    raise ValueError(f"sin tecla para {char!r}")


def program() -> list[str]:
    """The installed program's command (the console script beside this Python)."""
    script = Path(sys.executable).with_name("coworking")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "coworking"]


@contextmanager
def x_server() -> Iterator[str]:
    """A fresh Xvfb screen; yields its DISPLAY. The server picks a free display number."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb no arrancó")
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


@dataclass
class Desktop:
    """The program running on a virtual screen, and the keyboard and camera pointed at it."""

    display: str
    home: Path
    shots: Path
    process: subprocess.Popen | None = None
    log: Path | None = None
    taken: list[Path] = field(default_factory=list)

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env.update(
            DISPLAY=self.display,
            COWORKING_HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.home / "config"),
            HOME=str(self.home),
            LANG="C.UTF-8",
        )
        env.update(extra)
        return env

    def coworking(self, *args: str, clock: str, stdin: str = "") -> str:
        """Run the command line (same environment as the program) and return its output."""
        result = subprocess.run(
            [*program(), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=self.env(COWORKING_CLOCK=clock),
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    def start(self, clock: str) -> None:
        """Start the program as a user would (no offscreen platform), and wait for its window."""
        self.log = self.home / "program.log"
        with self.log.open("w") as out:
            self.process = subprocess.Popen(
                program(),
                env=self.env(COWORKING_CLOCK=clock),
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        self.wait_for(lambda: bool(self.windows()), APP_START_S, "la ventana del programa")
        time.sleep(0.5)  # the first paint

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log else ""

    # -- windows ----------------------------------------------------------------------------

    def xdotool(self, *args: str, check: bool = True) -> str:
        result = subprocess.run(
            ["xdotool", *args],
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if check and result.returncode != 0:
            raise RuntimeError(f"xdotool {' '.join(args)}: {result.stderr}")
        return result.stdout

    def windows(self) -> list[str]:
        """The program's visible top-level windows, oldest first."""
        found = self.xdotool("search", "--onlyvisible", "--class", "coworking", check=False)
        return found.split()

    def focus(self, window: str | None = None) -> None:
        """Give the keyboard to ``window`` (default: the newest window). There is no window
        manager on the virtual screen: nobody else does it after a dialog closes."""
        windows = self.windows()
        assert windows, "el programa no tiene ninguna ventana visible"
        self.xdotool("windowfocus", "--sync", window or windows[-1])

    def wait_for(self, condition: Callable[[], bool], timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise AssertionError(f"el programa terminó: {self.output()}")
            if condition():
                return
            time.sleep(0.1)
        self.shot("timeout")
        raise AssertionError(f"no llegó a tiempo: {what}\n{self.output()}")

    def wait_windows(self, count: int, timeout: float = 10.0) -> None:
        self.wait_for(lambda: len(self.windows()) == count, timeout, f"{count} ventana(s)")
        time.sleep(0.3)  # the new window's first paint and focus

    # -- keyboard ---------------------------------------------------------------------------

    def keys(self, *names: str, delay_ms: int = 30) -> None:
        """Press keys (xdotool names: ``ctrl+4``, ``F9``, ``Return``) in one burst."""
        self.xdotool("key", "--delay", str(delay_ms), *names)

    def scan(self, code: str) -> None:
        """A keyboard-wedge scanner: one process, a key every 3 ms, Shift for capitals, Enter."""
        self.keys(*[keysym(c) for c in code], "Return", delay_ms=SCANNER_DELAY_MS)

    def keyboard_layout(self, layout: str) -> None:
        """Set the screen's keyboard layout, e.g. ``latam`` (Latin American, with dead keys)."""
        subprocess.run(["setxkbmap", layout], env=self.env(), check=True, timeout=30)

    def type_like_a_person(self, text: str, seed: int = 7, dead_keys: bool = False) -> None:
        """One key at a time, 80–150 ms apart, as a person at the desk types; with
        ``dead_keys``, accented vowels as the dead acute key and the vowel."""
        rng = random.Random(seed)
        for char in text:
            for stroke in dead_key_strokes(char) if dead_keys else [keysym(char)]:
                self.xdotool("key", stroke)
                time.sleep(rng.uniform(0.08, 0.15))

    # -- camera -----------------------------------------------------------------------------

    def shot(self, name: str) -> Path:
        """A picture of the whole virtual screen, kept with the test (and in COWORKING_SHOTS
        when that is set, to be looked at)."""
        path = self.shots / f"{name}.png"
        subprocess.run(
            ["import", "-window", "root", str(path)],
            env=self.env(),
            capture_output=True,
            timeout=60,
            check=False,
        )
        self.taken.append(path)
        keep = os.environ.get("COWORKING_SHOTS")
        if keep and path.exists():
            Path(keep).mkdir(parents=True, exist_ok=True)
            shutil.copy(path, Path(keep) / path.name)
        return path


@contextmanager
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    require_tools()
    home, shots = tmp_path / "home", tmp_path / "shots"
    home.mkdir()
    shots.mkdir()
    with x_server() as display:
        screen = Desktop(display, home, shots)
        try:
            yield screen
        finally:
            screen.stop()
