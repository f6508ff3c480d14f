"""Run one snippet on one device, isolated, with a time limit.

Each run is a fresh process forked from a multiprocessing *forkserver* that imported torch and
torchvision once (about 4 s saved per snippet). The forkserver never touches CUDA or runs a
tensor operation, so each child starts clean: CUDA is initialised in the child, no thread pool
is inherited, and nothing one snippet does (seeds, default device, globals, files) leaks into
the next.

In the child:
- the working directory is a new temporary folder, so files a snippet writes stay out of the repo;
  images it saves there on the CPU run are copied to `build/figures/<chapter>/` and published with
  the site as `figures/<chapter>/<name>` (see theme/hooks.py): figures come from real runs;
- the device passes (`execdocs.snippets.DEVICES`): on "cpu" `CUDA_VISIBLE_DEVICES` is emptied, so
  `torch.cuda.is_available()` is False there even on a GPU machine; on "cuda" nothing is changed:
  the code runs as a reader's `python snippet.py` on a GPU machine, on the GPU where it selects
  it; on "cuda-default" `torch.set_default_device("cuda")` puts every tensor and module the code
  creates on the GPU, a numerics check of the layers there (a snippet that cannot run so is left
  out of that pass by its settings, never rewritten for it);
- warnings are errors, seeds are fixed (`random`, NumPy, torch), the intra-op thread count is
  fixed (default 1: outputs do not depend on the machine's core count);
- prints are captured by pytest-examples' `MockPrintFunction`.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import shutil
import signal
import tempfile
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from .outputs import Printed, Raised

PRELOAD = ["torch", "torchvision", "numpy", "execdocs.runner"]
FIGURE_SUFFIXES = {".png", ".svg", ".jpg"}
_context = None


def _forkserver():
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(PRELOAD)
    return _context


@dataclass
class RunResult:
    device: str
    printed: list[Printed] = field(default_factory=list)
    raised: Raised | None = None
    timed_out: bool = False
    crashed: str = ""  # the child died without reporting (segfault, killed for memory, ...)
    seconds: float = 0.0
    figures: list[str] = field(default_factory=list)


def _module_level_line(exc: BaseException, filename: str) -> int | None:
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            return tb.tb_lineno
        tb = tb.tb_next
    return None


def _child(
    conn,
    path: str,
    device: str,
    threads: int,
    env: dict[str, str],
    figures_dir: str | None,
    workdir: str,
) -> None:
    import random
    import sys
    import time
    import types
    import warnings
    from unittest.mock import patch

    os.setpgrp()  # its own process group: a time-out ends the processes it started too
    # A forkserver child inherits "forkserver" as its start method; the snippet gets the
    # platform's default, as under `python snippet.py` (DataLoader workers, mp.Pool, ...).
    multiprocessing.set_start_method(None, force=True)
    os.environ.update(env)
    if device == "cpu":
        os.environ["CUDA_VISIBLE_DEVICES"] = ""
    os.environ.setdefault("MPLBACKEND", "Agg")
    os.chdir(workdir)

    import numpy as np
    import torch
    from pytest_examples.run_code import MockPrintFunction

    warnings.resetwarnings()
    warnings.simplefilter("error")
    random.seed(0)
    np.random.seed(0)
    torch.manual_seed(0)
    torch.set_num_threads(threads)
    if device == "cuda-default":
        torch.set_default_device("cuda")

    printer = MockPrintFunction(Path(path), None)
    raised = None
    start = time.perf_counter()
    try:
        code = compile(Path(path).read_text(encoding="utf-8"), path, "exec")
        # The snippet is the __main__ module, as under `python snippet.py`: processes it
        # starts with the spawn method (torch.multiprocessing.spawn) import it from its file.
        main = types.ModuleType("__main__")
        main.__file__ = path
        sys.modules["__main__"] = main
        with patch("builtins.print", side_effect=printer):
            exec(code, main.__dict__)
        if device != "cpu" and torch.cuda.is_initialized():
            torch.cuda.synchronize()  # an asynchronous CUDA error is this snippet's
    except BaseException as exc:  # noqa: BLE001 - SystemExit and KeyboardInterrupt are documented too
        line = _module_level_line(exc, path)
        text = "".join(traceback.format_exception_only(type(exc), exc)).rstrip("\n")
        tb = exc.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != path:
            tb = tb.tb_next  # start the traceback at the snippet, not in this harness
        full = "".join(traceback.format_exception(type(exc), exc, tb or exc.__traceback__))
        raised = Raised(line_no=line or 0, text=text, traceback=full)
    seconds = time.perf_counter() - start
    printed = [Printed(s.line_no, s.sep.join(str(a) for a in s.args)) for s in printer.statements]
    figures = []
    if figures_dir and raised is None:
        # Pictures a snippet saves into its working directory become the page's figures.
        for made in sorted(Path(workdir).iterdir()):
            if made.suffix in FIGURE_SUFFIXES:
                Path(figures_dir).mkdir(parents=True, exist_ok=True)
                shutil.copyfile(made, Path(figures_dir) / made.name)
                figures.append(made.name)
    conn.send(RunResult(device, printed, raised, seconds=seconds, figures=figures))
    conn.close()


def run_snippet(
    path: Path,
    device: str,
    *,
    timeout: float,
    threads: int = 1,
    env: dict[str, str] | None = None,
    figures_dir: Path | None = None,
) -> RunResult:
    """Run `path` on `device`; images it saves in its working directory go to `figures_dir`."""
    ctx = _forkserver()
    with tempfile.TemporaryDirectory(prefix="snippet-") as workdir:
        receive, send = ctx.Pipe(duplex=False)
        args = (send, str(path), device, threads, env or {}, figures_dir and str(figures_dir))
        proc = ctx.Process(target=_child, args=(*args, workdir))
        proc.start()
        send.close()
        try:
            if receive.poll(timeout):
                try:
                    result = receive.recv()
                except EOFError:
                    result = None
            else:
                _kill_group(proc)
                return RunResult(device, timed_out=True, seconds=timeout)
        finally:
            receive.close()
        proc.join(10)
        _kill_group(proc)  # whatever the snippet started and left running
    if result is None:
        return RunResult(device, crashed=f"exit code {proc.exitcode}")
    return result


def _kill_group(proc) -> None:
    # No group left, or not made yet: then the kill below ends the process itself.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    if proc.is_alive():
        proc.kill()
    proc.join()
