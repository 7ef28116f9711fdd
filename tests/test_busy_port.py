"""``make run-stageN`` on a port another process holds says so and how to pick another."""

from __future__ import annotations

import importlib
import socket
from collections.abc import Iterator

import pytest

from learner.stages import our_stages

PACKAGES = [stage.package for stage in our_stages()]


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.create_server(("127.0.0.1", 0)) as holder:
        yield holder.getsockname()[1]


@pytest.mark.parametrize("package", PACKAGES)
def test_demo_on_a_busy_port_exits_with_how_to_pick_another(package: str, busy_port: int) -> None:
    main = importlib.import_module(f"{package}.__main__").main
    with pytest.raises(SystemExit) as exited:
        main(["--port", str(busy_port)])
    message = str(exited.value.code)
    assert f"port {busy_port} on 127.0.0.1 is already in use" in message
    assert f'make run-stage{int(package[5:7])} ARGS="--port 8080"' in message
