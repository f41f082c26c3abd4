"""What every simulator server shares: an asyncio loop in a daemon thread of its own.

The simulators (demo plant, profile, RTU device server, fault proxy) are driven from ordinary
synchronous code: the application's runtime, the CLI and the tests. Each therefore runs its
asyncio servers on a private loop in a daemon thread, and needs the same guarantees from it:

- `start` returns only once the servers listen, or raises the error that stopped them, so a
  caller never polls a port that is not open yet and sees a port that is taken as an `OSError`;
- `stop` closes every server and connection and joins the thread, so no socket or thread
  outlives the object (tests check for stray threads), and is safe to call repeatedly;
- `run_in_loop` hands a call to the loop thread and waits for it, because server state belongs
  to that thread and must not change under a request being answered.

`ThreadedAsyncService` gives that life cycle; a subclass opens its servers in `_open`, closes
them in `_close` and, when it has background work (refreshing registers), does it in `_work`.
The module also holds the two pymodbus details all Modbus simulators answer alike: unit ids
nobody simulates (`absent_units`) and why a port cannot be listened on (`port_error`).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import errno
import logging
import socket
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from types import TracebackType
from typing import Any, Self, TypeVar

from pymodbus.constants import ExcCodes
from pymodbus.simulator import DataType as SimDataType
from pymodbus.simulator import SimData, SimDevice

__all__ = [
    "START_TIMEOUT_S",
    "STOP_TIMEOUT_S",
    "ServiceNotRunning",
    "SimulatorPortError",
    "ThreadedAsyncService",
    "absent_units",
    "port_error",
]

log = logging.getLogger(__name__)

START_TIMEOUT_S = 10.0
STOP_TIMEOUT_S = 10.0
_CALL_TIMEOUT_S = 10.0

T = TypeVar("T")


class SimulatorPortError(OSError):
    """A simulator port cannot be opened, usually because another program listens there."""


class ServiceNotRunning(RuntimeError):
    """`run_in_loop` was called while there is no loop to run on (not started, or stopped)."""


class ThreadedAsyncService(ABC):
    """An asyncio service in a daemon thread named `thread_name`, driven from synchronous code.

    `label` names the service in errors ("the profile server did not start within 10 s").
    Subclasses implement `_open` and `_close`, and override `_work` for background work; all
    three run on the service's loop.
    """

    def __init__(self, *, thread_name: str, label: str) -> None:
        self.thread_name = thread_name
        self.label = label
        self.failure: BaseException | None = None
        """Why the service stopped by itself (its background work failed), if it did."""
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_requested: asyncio.Event | None = None
        self._calls: set[concurrent.futures.Future[Any]] = set()
        self._settled = threading.Event()
        self._serving = False
        self._startup_error: BaseException | None = None

    # --- any thread -------------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        thread = self._thread
        return thread is not None and thread.is_alive()

    def start(self) -> None:
        """Return once `_open` has succeeded; else raise its error (e.g. `SimulatorPortError`)."""
        if self._thread is not None:
            raise RuntimeError(f"the {self.label} is already started")
        self._settled.clear()
        self._serving = False
        self._startup_error = None
        self.failure = None
        self._thread = threading.Thread(
            target=self._thread_main, name=self.thread_name, daemon=True
        )
        self._thread.start()
        if not self._settled.wait(START_TIMEOUT_S):
            self.stop()
            raise TimeoutError(f"the {self.label} did not start within {START_TIMEOUT_S} s")
        if self._startup_error is not None or not self._serving:
            error = self._startup_error or RuntimeError(f"the {self.label} ended while starting")
            self.stop()
            raise error

    def stop(self) -> None:
        """Close every server and connection and join the thread; safe to call repeatedly."""
        thread = self._thread
        if thread is None:
            return
        with self._lock:
            loop, stop_requested = self._loop, self._stop_requested
            if loop is not None and stop_requested is not None:
                loop.call_soon_threadsafe(stop_requested.set)
        thread.join(STOP_TIMEOUT_S)
        if thread.is_alive():
            raise RuntimeError(f"{self.thread_name} did not stop within {STOP_TIMEOUT_S} s")
        self._thread = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def run_in_loop(self, fn: Callable[[], T]) -> T:
        """Run `fn` on the service's loop, between two requests, and return what it returns.

        `fn`'s exception is raised here. Raises `ServiceNotRunning` when there is no loop to
        run on, including a loop that stopped before it got to `fn`, so the caller can decide
        whether doing the work directly is safe; `TimeoutError` if the loop does not get to it.
        """
        if threading.current_thread() is self._thread:
            return fn()  # already on the loop: waiting for ourselves would never end
        future: concurrent.futures.Future[T] = concurrent.futures.Future()

        def call() -> None:
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(fn())
                except BaseException as error:
                    future.set_exception(error)

        with self._lock:
            loop = self._loop
            if loop is None:
                raise ServiceNotRunning(f"the {self.label} is not running")
            self._calls.add(future)
            loop.call_soon_threadsafe(call)
        try:
            return future.result(_CALL_TIMEOUT_S)
        except concurrent.futures.CancelledError:
            raise ServiceNotRunning(f"the {self.label} stopped before the call ran") from None
        finally:
            with self._lock:
                self._calls.discard(future)

    # --- service thread: hooks ----------------------------------------------------------------

    @abstractmethod
    async def _open(self) -> None:
        """Start the servers; an exception here is what `start` raises."""

    @abstractmethod
    async def _close(self) -> None:
        """Close what `_open` opened, also after it failed part-way; pending tasks are then
        cancelled and awaited by the service itself."""

    async def _work(self) -> None:
        """Background work while serving; if it raises, the service stops and keeps the error
        in `failure`. By default there is nothing to do but wait to be stopped."""
        await asyncio.get_running_loop().create_future()

    # --- service thread: life cycle -----------------------------------------------------------

    def _thread_main(self) -> None:
        """Own the loop from creation to close, so no callback outlives `stop`'s join."""
        loop = asyncio.new_event_loop()
        stop_requested = asyncio.Event()
        with self._lock:
            self._loop, self._stop_requested = loop, stop_requested
        try:
            loop.run_until_complete(self._serve(stop_requested))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())  # name lookups' threads
        finally:
            with self._lock:
                self._loop = self._stop_requested = None
                calls, self._calls = self._calls, set()
            loop.close()
            for call in calls:  # scheduled, but the loop stopped before running them
                call.cancel()
            self._settled.set()

    async def _serve(self, stop_requested: asyncio.Event) -> None:
        try:
            try:
                await self._open()
            except Exception as error:
                self._startup_error = error
                return
            self._serving = True
            self._settled.set()
            await self._serve_until_stopped(stop_requested)
        finally:
            try:
                await self._close()
            finally:
                await _drain_pending_tasks()

    async def _serve_until_stopped(self, stop_requested: asyncio.Event) -> None:
        """Serve until `stop`, or until `_work` fails: then serving on would hide the failure."""
        work = asyncio.create_task(self._work())
        waiter = asyncio.create_task(stop_requested.wait())
        await asyncio.wait({work, waiter}, return_when=asyncio.FIRST_COMPLETED)
        for task in (work, waiter):
            task.cancel()
        await asyncio.gather(work, waiter, return_exceptions=True)
        if not work.cancelled() and (error := work.exception()) is not None:
            self.failure = error
            log.error("%s stopped by itself: %r", self.label, error)


async def _drain_pending_tasks() -> None:
    """Let closing transports run their callbacks so every socket is closed before the loop."""
    current = asyncio.current_task()
    pending = [task for task in asyncio.all_tasks() if task is not current]
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    for _ in range(3):
        await asyncio.sleep(0)


# --- Modbus details every simulator answers alike ---------------------------------------------


def absent_units() -> SimDevice:
    """The device for unit ids nobody simulates: exception 0B, as a TCP gateway answers when
    its target does not respond.

    pymodbus serves unit id 0 for every id not configured, and its simulator needs one.
    """
    return SimDevice(
        id=0,
        simdata=SimData(0, count=65536, datatype=SimDataType.REGISTERS),
        action=_gateway_no_response,
    )


async def _gateway_no_response(
    function_code: int,
    start_address: int,
    address: int,
    count: int,
    registers: list[int],
    set_values: list[int] | list[bool] | None,
) -> ExcCodes | None:
    return ExcCodes.GATEWAY_NO_RESPONSE


def port_error(host: str, port: int, what: str) -> SimulatorPortError:
    """Why `what` ("demo plant bus 'water'") cannot listen on host:port, as an `OSError`.

    pymodbus reports only that listening failed, so bind a probe socket to find out why.
    """
    reason = _bind_failure(host, port)
    if reason is None or reason.errno == errno.EADDRINUSE:
        code = errno.EADDRINUSE
        why = "the port is already in use by another program"
    else:
        code = reason.errno or errno.EADDRNOTAVAIL
        why = reason.strerror or str(reason)
    return SimulatorPortError(code, f"{what} cannot listen on {host}:{port}: {why}")


def _bind_failure(host: str, port: int) -> OSError | None:
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except OSError as error:
        return error
    return None
