"""The stations' answer sounds, written once into ``resources/sounds/`` as small WAV files.

Each outcome of a scan has its own short tone, told apart by ear from two metres away:

- ``admitted``: two bright notes going up (a chime);
- ``already_in``: one middle note, twice;
- ``warning``: two softer notes going down (cancelled, another event, not registered);
- ``error``: a low double buzz (not found, misread, not recorded);
- ``checked_out``: the admission chime going down (co-working: leaving).

16-bit mono PCM at 44.1 kHz, under half a second each. Remake them with
``python -m coworking.devtools.sounds`` (developer tooling, not needed at run time).
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 44_100
PEAK = 0.55  # of full scale: clear without clipping on laptop speakers

# A note: (frequency in Hz, seconds, loudness 0-1, harmonics added for a harder edge).
Note = tuple[float, float, float, float]

SOUNDS: dict[str, list[Note]] = {
    "admitted": [(880.0, 0.11, 1.0, 0.0), (1318.5, 0.19, 1.0, 0.0)],
    "already_in": [(659.3, 0.09, 0.9, 0.0), (0.0, 0.05, 0.0, 0.0), (659.3, 0.12, 0.9, 0.0)],
    "warning": [(587.3, 0.14, 0.85, 0.15), (440.0, 0.22, 0.85, 0.15)],
    "error": [(196.0, 0.13, 1.0, 0.6), (0.0, 0.06, 0.0, 0.0), (174.6, 0.20, 1.0, 0.6)],
    "checked_out": [(1318.5, 0.11, 0.9, 0.0), (880.0, 0.19, 0.9, 0.0)],
}


def _note(frequency: float, seconds: float, loudness: float, edge: float) -> list[float]:
    count = round(seconds * RATE)
    attack = max(1, round(0.006 * RATE))
    release = max(1, round(0.03 * RATE))
    samples = []
    for n in range(count):
        if frequency <= 0:
            samples.append(0.0)
            continue
        t = n / RATE
        phase = 2 * math.pi * frequency * t
        wave_value = math.sin(phase) + edge * (math.sin(3 * phase) / 3 + math.sin(5 * phase) / 5)
        envelope = min(1.0, n / attack, (count - n) / release) * math.exp(-3.0 * t / seconds)
        samples.append(loudness * envelope * wave_value / (1 + edge * 0.53))
    return samples


def render(kind: str) -> bytes:
    """The 16-bit little-endian frames of one sound."""
    samples = [s for note in SOUNDS[kind] for s in _note(*note)]
    return b"".join(
        struct.pack("<h", max(-32767, min(32767, round(PEAK * 32767 * s)))) for s in samples
    )


def write_sounds(folder: Path) -> list[Path]:
    """Write every sound into ``folder`` as ``<kind>.wav``; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in SOUNDS:
        path = folder / f"{kind}.wav"
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(render(kind))
        written.append(path)
    return written


def main() -> int:
    from coworking.devtools.assets import repo_root

    for path in write_sounds(repo_root() / "resources" / "sounds"):
        print(path.name, path.stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
