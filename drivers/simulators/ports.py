"""Find free loopback ports for the demo plant's servers."""

from __future__ import annotations

import os
import random
import socket


def ports_free(host: str, ports: range) -> bool:
    for port in ports:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            if os.name == "posix":  # as the server binds: a port in TIME_WAIT is free to use
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind((host, port))
            except OSError:
                return False
    return True


def free_port_block(preferred: int, count: int, host: str = "127.0.0.1") -> int:
    """`preferred` if `count` ports from it are free, else another free block's first port."""
    if ports_free(host, range(preferred, preferred + count)):
        return preferred
    rng = random.Random()
    for _ in range(200):
        base = rng.randrange(20_000, 60_000)
        if ports_free(host, range(base, base + count)):
            return base
    raise OSError(f"no {count} consecutive free ports on {host}")
