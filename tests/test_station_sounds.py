"""The stations' sounds: small valid WAV files in resources/sounds, remade by the generator,
and packaged with the program."""

from __future__ import annotations

import array
import tomllib
import wave
from pathlib import Path

from coworking import paths
from coworking.devtools import sounds
from coworking.gui.station_sounds import KINDS, sound_path

ROOT = Path(__file__).resolve().parents[1]


def test_every_sound_is_a_short_mono_16_bit_wav() -> None:
    assert set(KINDS) == set(sounds.SOUNDS)
    for kind in KINDS:
        path = sound_path(kind)
        assert path.parent == paths.resource("sounds") and path.is_file(), kind
        assert path.stat().st_size < 40_000, kind
        with wave.open(str(path), "rb") as wav:
            assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 44_100)
            seconds = wav.getnframes() / wav.getframerate()
            assert 0.15 <= seconds <= 0.45, kind
            samples = array.array("h", wav.readframes(wav.getnframes()))
        assert max(abs(s) for s in samples) > 8_000, kind  # audible, not silence
        assert abs(samples[0]) < 500 and abs(samples[-1]) < 500, kind  # no click at the ends


def test_the_generator_remakes_the_shipped_files(tmp_path: Path) -> None:
    for written in sounds.write_sounds(tmp_path):
        with wave.open(str(written), "rb") as new, wave.open(str(sound_path(written.stem))) as old:
            assert new.getparams() == old.getparams(), written.name
            fresh = array.array("h", new.readframes(new.getnframes()))
            shipped = array.array("h", old.readframes(old.getnframes()))
        assert max(abs(a - b) for a, b in zip(fresh, shipped, strict=True)) <= 1, written.name


def test_the_sounds_are_packaged() -> None:
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert setuptools["package-dir"]["coworking.resources"] == "resources"
    assert "**/*" in setuptools["package-data"]["coworking.resources"]  # sounds/*.wav too
    spec = (ROOT / "build.spec").read_text()
    assert 'data_tree("resources")' in spec
    excludes = spec[spec.index("excludes = [") : spec.index("]", spec.index("excludes = ["))]
    assert "QtMultimedia" not in excludes
