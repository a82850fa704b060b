"""Run several station scripts as real processes that start their work at the same moment."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any


def run_together(scripts: list[list[str]], timeout: float = 180) -> list[Any]:
    """Start ``python -c SCRIPT ARGS...`` for each entry; each prints «ready», waits for a line
    on standard input (sent to all at once) and ends by printing its results as JSON."""
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for args in scripts
    ]
    for process in processes:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        assert line == "ready", process.stderr.read() if process.stderr else line
    for process in processes:
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    answers = []
    for process in processes:
        out, err = process.communicate(timeout=timeout)
        assert process.returncode == 0, err[-3000:]
        assert err.strip() == "", err[-3000:]
        answers.append(json.loads(out.strip().splitlines()[-1]))
    return answers
