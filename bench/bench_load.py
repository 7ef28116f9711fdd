"""Load: 50 concurrent loopback clients x 200 requests against whole servers.

``make bench ARGS=load``.

Stage 2's threaded server, Werkzeug's threaded development server and, where it is
installed, gunicorn (2 gthread workers x 32 threads) each serve a hello-world WSGI
app and the stage 6 demo app in a process of their own. Every request is a new
connection (``Connection: close``). Reported per server: requests/s, p50 and p99
latency, errors (failed connections or non-200 answers), and the server process's
open descriptors, threads and RSS before and after the load. A server that leaks
shows it in the "after" columns; the target is 0 errors, no growth, and at least
Werkzeug's requests/s.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from bench.harness import Table, per_second, ratio

CLIENTS = 50
REQUESTS_EACH = 200
REQUEST = b"GET / HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n"
ROOT = Path(__file__).resolve().parent.parent
APPS = {"hello": "hello world", "stage06": "stage 6 demo"}
GUNICORN_APPS = {"hello": "bench.load_server:hello", "stage06": "stage06_contexts.demo:app"}


def _one_request(port: int) -> float | None:
    """Seconds one request took, or None if it failed or was not a 200."""
    start = time.perf_counter()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as client:
            client.sendall(REQUEST)
            chunks = []
            while chunk := client.recv(65536):
                chunks.append(chunk)
    except OSError:
        return None
    if not b"".join(chunks).startswith(b"HTTP/1.1 200 "):
        return None
    return time.perf_counter() - start


def _load(port: int, clients: int, each: int) -> tuple[float, list[float], int]:
    """Requests/s, the latencies of the good requests, and the error count."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()

    def client() -> None:
        nonlocal errors
        mine = [_one_request(port) for _ in range(each)]
        with lock:
            latencies.extend(t for t in mine if t is not None)
            errors += sum(t is None for t in mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return clients * each / (time.perf_counter() - start), sorted(latencies), errors


def _process_tree(pid: int) -> list[int]:
    """``pid`` and its descendants (gunicorn's workers), read from /proc."""
    pids = [pid]
    for current in pids:
        for task in Path(f"/proc/{current}/task").glob("*"):
            with suppress(OSError):
                pids += [int(child) for child in (task / "children").read_text().split()]
    return pids


def _usage(pid: int) -> tuple[int, int, float]:
    """Open descriptors, threads and RSS in MiB, summed over the server's processes."""
    fds = threads = 0
    rss_kib = 0
    for member in _process_tree(pid):
        with suppress(OSError):
            fds += len(os.listdir(f"/proc/{member}/fd"))
            status = Path(f"/proc/{member}/status").read_text().splitlines()
            fields = dict(line.split(":", 1) for line in status if ":" in line)
            threads += int(fields["Threads"])
            rss_kib += int(fields["VmRSS"].split()[0])
    return fds, threads, rss_kib / 1024


@contextmanager
def _serving(command: list[str], port: int | None = None) -> Iterator[tuple[int, int]]:
    """Start a server process; yield (pid, port); always terminate it."""
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'stages'}{os.pathsep}{ROOT}"}
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    )
    try:
        if port is None:
            port = int(process.stdout.readline())  # type: ignore[union-attr]
        _wait_until_listening(port)
        yield process.pid, port
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_listening(port: int, seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.1)
    raise RuntimeError(f"no server came up on port {port} within {seconds} s")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _contenders(app: str) -> Iterator[tuple[str, list[str], int | None]]:
    for server, label in (("stage02", "stage02_wsgi"), ("werkzeug", "werkzeug 3.1.9")):
        yield label, [sys.executable, "-m", "bench.load_server", server, app], None
    gunicorn = shutil.which("gunicorn") or shutil.which(
        "gunicorn", path=str(Path(sys.executable).parent)
    )
    if gunicorn:
        port = _free_port()
        command = [gunicorn, "-b", f"127.0.0.1:{port}", "-w", "2", "-k", "gthread"]
        command += ["--threads", "32", "--log-level", "error", GUNICORN_APPS[app]]
        yield "gunicorn (2 gthread workers)", command, port


def run(quick: bool = False) -> list[Table]:
    each = 20 if quick else REQUESTS_EACH
    rows = []
    for app, app_label in APPS.items():
        results = []
        for label, command, port in _contenders(app):
            with _serving(command, port) as (pid, bound):
                _load(bound, 10, 5)  # warm up: imports, first threads
                time.sleep(0.5)  # let the warm-up's workers finish before counting
                before = _usage(pid)
                rate, latencies, errors = _load(bound, CLIENTS, each)
                time.sleep(0.5)
                after = _usage(pid)
            results.append((label, rate, latencies, errors, before, after))
        werkzeug_rate = next(r[1] for r in results if r[0].startswith("werkzeug"))
        for label, rate, latencies, errors, before, after in results:
            rows.append(
                [
                    app_label,
                    label,
                    per_second(rate),
                    ratio(rate, werkzeug_rate),
                    _ms(latencies, 0.50),
                    _ms(latencies, 0.99),
                    str(errors),
                    f"{before[0]} -> {after[0]}",
                    f"{before[1]} -> {after[1]}",
                    f"{before[2]:.1f} -> {after[2]:.1f}",
                ]
            )
    columns = ["app", "server", "requests/s", "vs werkzeug", "p50 ms", "p99 ms", "errors"]
    columns += ["fds before -> after", "threads", "RSS MiB"]
    note = (
        f"{CLIENTS} concurrent loopback clients x {each} requests each, one connection per"
        " request; each server in its own process, measured from /proc."
    )
    return [Table("Load: concurrent clients against whole servers", columns, rows, note)]


def _ms(sorted_values: list[float], quantile: float) -> str:
    if not sorted_values:
        return "n/a"
    index = min(len(sorted_values) - 1, int(quantile * len(sorted_values)))
    return f"{sorted_values[index] * 1000:.1f}"
