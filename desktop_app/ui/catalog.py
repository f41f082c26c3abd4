"""The site's configuration as the GUI sees it, and the one way to refresh it after a change.

Thread: lives in the GUI thread. `refresh` reads the database and restarts the pollers on the
query pool, then emits `changed` with the new immutable Catalog.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop_app.services.configuration import Catalog, load_catalog
from desktop_app.services.database import Database
from desktop_app.services.runtime import AcquisitionRuntime
from desktop_app.ui.run_query import run_query


class SiteCatalog(QObject):
    changed = Signal(object)
    """Catalog: emitted after a configuration change has been loaded and acquisition reloaded."""

    def __init__(
        self,
        initial: Catalog,
        database: Database,
        runtime: AcquisitionRuntime,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.current = initial
        self._database = database
        self._runtime = runtime

    def refresh(self) -> None:
        database, runtime = self._database, self._runtime

        def load_and_reload() -> Catalog:
            with database.reading() as session:
                catalog = load_catalog(session)
            runtime.reload(catalog.buses)
            return catalog

        run_query(self, load_and_reload, self._loaded)

    def _loaded(self, catalog: Catalog) -> None:
        self.current = catalog
        self.changed.emit(catalog)
