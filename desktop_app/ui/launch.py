"""Start the GUI (or render a page to PNG): application, fonts, language, window, acquisition.

Start-up opens the database and applies migrations before the window exists; from the moment
the window is shown, the GUI thread does no database or Modbus I/O.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.cli.commands import CommandError, ensure_parent, open_from_args
from desktop_app.cli.readings_command import PASSWORD_VARIABLE
from desktop_app.services.alarm_monitor import AlarmMonitor
from desktop_app.services.configuration import Catalog
from desktop_app.services.runtime import AcquisitionRuntime
from desktop_app.services.startup import Startup
from desktop_app.services.users import authenticate
from desktop_app.ui.alarm_bridge import AlarmBridge
from desktop_app.ui.bridge import AcquisitionBridge
from desktop_app.ui.catalog import SiteCatalog
from desktop_app.ui.context import AppContext, UserSession
from desktop_app.ui.fonts import apply_application_font
from desktop_app.ui.gc_pauses import settle_after_startup
from desktop_app.ui.i18n import LanguageSwitcher
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.preferences import LANGUAGE, Preferences
from desktop_app.ui.report_jobs import cancel_all
from desktop_app.ui.run_query import query_pool
from storage.hq.engine import HqDatabase, open_hq

SCREEN_SIZE = (1366, 768)


def display_missing() -> bool:
    """True on a Linux/BSD desktop-less machine where Qt would abort on start."""
    if not sys.platform.startswith(("linux", "freebsd")):
        return False
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def make_application(offscreen: bool) -> QApplication:
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Qingyuan")
    app.setOrganizationName("Qingyuan")
    apply_application_font(app)
    return app


def build_context(startup: Startup, language: str | None) -> AppContext:
    preferences = Preferences(startup.database.data_dir)
    switcher = LanguageSwitcher()
    switcher.switch(language or preferences.get(LANGUAGE))
    if language:
        preferences.set(LANGUAGE, language)
    runtime = AcquisitionRuntime(startup.database, startup.buses, demo=startup.site.is_demo)
    bridge = AcquisitionBridge()
    runtime.add_listener(bridge.push)
    alarm_monitor = AlarmMonitor(startup.database)
    runtime.add_listener(alarm_monitor.push)
    alarm_bridge = AlarmBridge(alarm_monitor)
    alarm_monitor.start()
    catalog = SiteCatalog(Catalog(startup.buses, startup.tags), startup.database, runtime)
    catalog.changed.connect(alarm_bridge.on_catalog_changed)
    return AppContext(
        startup, runtime, bridge, UserSession(), switcher, preferences, catalog, alarm_bridge
    )


def shutdown(context: AppContext) -> None:
    """Pollers stop, the writer drains, the simulator closes, then the database."""
    context.runtime.stop()
    context.alarms.stop()
    context.alarms.monitor.stop()
    context.bridge.stop()
    cancel_all()
    query_pool().waitForDone(10_000)
    context.preferences.sync()
    context.startup.database.close()


def launch_gui(args: argparse.Namespace) -> int:
    if display_missing() and not args.offscreen:
        print(
            "qingyuan: no display found ($DISPLAY and $WAYLAND_DISPLAY are not set).\n"
            "  Run the window without a screen:  qingyuan --offscreen\n"
            "  Or use the headless commands:     qingyuan acquire --seconds 10 | "
            "qingyuan screenshot out.png | qingyuan stats  (see qingyuan --help)",
            file=sys.stderr,
        )
        return 2
    app = make_application(args.offscreen)
    startup = open_from_args(args)
    context = build_context(startup, args.lang)
    hq = _open_hq(args, startup)
    window = MainWindow(context, hq)
    window.resize(*SCREEN_SIZE)
    window.show()
    settle_after_startup()
    context.runtime.start()
    window.start_workflow_watch()
    if startup.initial_admin is not None and not args.offscreen:
        admin = startup.initial_admin
        QTimer.singleShot(
            300, lambda: window.show_first_run_notice(admin.name, str(admin.password_file))
        )
    if args.quit_after:
        QTimer.singleShot(int(args.quit_after * 1000), window.close)
    try:
        return app.exec()
    finally:
        shutdown(context)
        if hq is not None:
            hq.close()


def take_screenshot(args: argparse.Namespace) -> int:
    out = ensure_parent(args.out)
    make_application(offscreen=True)
    startup = open_from_args(args)
    context = build_context(startup, args.lang)
    hq = _open_hq(args, startup)
    window = MainWindow(context, hq)
    window.resize(*SCREEN_SIZE)
    window.show()
    _sign_in_for_screenshot(context, getattr(args, "user", None))
    window.show_page(args.page)
    context.runtime.start()
    try:
        arrived = wait_for_live_data(window, args.wait)
        window.show_page(args.page)  # signing in may have opened My tasks meanwhile
        if getattr(args, "trend_days", 0) > 0:
            trend = window.pages["trends"].trend  # type: ignore[attr-defined]
            trend.set_window_seconds(args.trend_days * 86_400)
            settle(3000)  # the history request is debounced, then loaded off the GUI thread
        settle(1500)
        if not window.grab().save(str(out)):
            raise CommandError(f"could not write {out}")
    finally:
        window.close()
        shutdown(context)
        if hq is not None:
            hq.close()
    print(str(out) if arrived else f"{out} (warning: no live data within {args.wait} s)")
    return 0


def _open_hq(args: argparse.Namespace, startup: Startup) -> HqDatabase | None:
    """The head-office database with --hq / --hq-url (closed with the process)."""
    if not (getattr(args, "hq", False) or getattr(args, "hq_url", None)):
        return None
    return open_hq(startup.database.data_dir, getattr(args, "hq_url", None))


def _sign_in_for_screenshot(context: AppContext, user: str | None) -> None:
    """Pages that depend on who is signed in (My tasks) are shot as that person sees them."""
    if not user:
        return
    with context.startup.database.reading() as session:
        actor = authenticate(session, user, os.environ.get(PASSWORD_VARIABLE, ""))
    if actor is None:
        raise CommandError(f"wrong user name or password for {user} (${PASSWORD_VARIABLE})")
    context.session.sign_in(actor)
    settle(500)


def wait_for_live_data(window: MainWindow, timeout_s: float, min_span_s: float = 5.0) -> bool:
    """Process events until every tag has a value and the trend holds `min_span_s` of data."""
    overview = window.pages["overview"]
    model = overview.model  # type: ignore[attr-defined]
    deadline = time.monotonic() + timeout_s
    first_seen: float | None = None
    while time.monotonic() < deadline:
        settle(100)
        rows = model.rowCount()
        have = sum(1 for r in range(rows) if model.latest(model.tag_at(r).id) is not None)
        if rows and have == rows:
            first_seen = first_seen or time.monotonic()
            if time.monotonic() - first_seen >= min_span_s:
                return True
    return first_seen is not None


def settle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()
