"""Opening a file into a new window: a plan, or a stock through the mapping and report dialogs, off the UI thread."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog

from mixplanner.domain.progress import Cancelled
from mixplanner.domain.scenario import Plan
from mixplanner.io.columns import ColumnMapping
from mixplanner.io.load import LoadResult
from mixplanner.io.problems import UnreadableFileError
from mixplanner.io.readers import CSV_SUFFIXES, EXCEL_SUFFIXES, GEO_SUFFIXES, PARQUET_SUFFIXES
from mixplanner.ui.document import PlanDocument
from mixplanner.ui.opening.mapping_dialog import MappingDialog
from mixplanner.ui.opening.recent import RecentFiles
from mixplanner.ui.opening.report_dialog import ReportDialog
from mixplanner.ui.opening.stages import PLAN_SUFFIX, TableRead, build, open_plan_file, read_stock_table
from mixplanner.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
TASK = "open"
STOCK_SUFFIXES = frozenset(CSV_SUFFIXES | EXCEL_SUFFIXES | PARQUET_SUFFIXES | GEO_SUFFIXES)
OPENABLE_SUFFIXES = STOCK_SUFFIXES | {PLAN_SUFFIX}

#: windows an Opener made: Python must hold them, as nothing else does, until they are closed
_windows: set[QMainWindow] = set()


def can_open(path: Path) -> bool:
    return path.suffix.lower() in OPENABLE_SUFFIXES


class Opener(QObject):
    """open_path() runs the whole way from a file to a new window; the open plan stays until the new one is shown.

    Without a window (the command-line argument at start-up) the dialogs have no parent and the first window is made.
    """

    opened = Signal(object)  # the new MainWindow
    cancelled = Signal()  # the user stopped; the plan that was open stays
    failed = Signal(str)  # the user has read, in one sentence, why the file could not be opened

    def __init__(self, window: QMainWindow | None = None):
        super().__init__(window)
        self.window = window
        self.recent = RecentFiles()
        self.runner = TaskRunner(self)
        self.runner.progressed.connect(self._on_runner_progressed)
        self.runner.finished.connect(self._on_runner_finished)
        self.progress_dialog: QProgressDialog | None = None
        self.mapping_dialog: MappingDialog | None = None
        self.report_dialog: ReportDialog | None = None
        self.message_box: QMessageBox | None = None
        self._path: Path | None = None
        self._next = None  # what to do with the running task's result
        self._discard_changes = False

    @property
    def busy(self) -> bool:
        return self._path is not None

    def open_path(self, path: str | Path) -> bool:
        """Start opening; False when nothing started (another file is being opened, or the user kept the plan)."""
        if self.busy or not self._may_replace():
            return False
        self._path = path = Path(path)
        if path.suffix.lower() == PLAN_SUFFIX:
            self._run(lambda progress: open_plan_file(path, progress), self._on_plan_read)
        else:
            self._run(lambda progress: read_stock_table(path, ColumnMapping(), progress), self._on_table_read)
        return True

    def _may_replace(self) -> bool:
        """Ask about unsaved changes first: save, discard (when the new file is shown) or keep working."""
        if self.window is None or self.window.document.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self.window, "mixplanner", self.tr("Het plan heeft wijzigingen die niet zijn opgeslagen. Opslaan voordat een "
                                               "ander bestand wordt geopend?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return bool(self.window.save())
        self._discard_changes = answer == QMessageBox.StandardButton.Discard
        return self._discard_changes

    # -- background steps -----------------------------------------------------------------------------------------
    def _run(self, work, then) -> None:
        self._next = then
        self._show_progress()
        self.runner.start(TASK, _guarded(work, self._path.name))

    def _show_progress(self) -> None:
        if self.progress_dialog is not None:
            return
        dialog = QProgressDialog(self.tr("{file} openen...").format(file=self._path.name), self.tr("Annuleren"), 0, 100,
                                 self.window)
        dialog.setWindowTitle("mixplanner")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(300)  # a small file opens without a dialog flashing by
        dialog.setMinimumWidth(420)
        dialog.canceled.connect(self._on_progress_canceled)
        self.progress_dialog = dialog

    def _end_progress(self) -> None:
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None:
            dialog.canceled.disconnect(self._on_progress_canceled)  # closing a QProgressDialog emits canceled
            dialog.close()
            dialog.deleteLater()

    def _on_runner_progressed(self, _name: str, fraction: float, _message: str) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setValue(round(100 * fraction))

    def _on_runner_finished(self, _name: str, result) -> None:
        then, self._next = self._next, None
        if then is None:
            return
        if isinstance(result, _Unreadable):
            self._fail(result.message)
            return
        try:
            then(result)
        except Exception as exc:  # e.g. a window that cannot be built for this stock: a sentence, not a traceback
            log.exception("unexpected error while showing an opened file")
            if self._path is not None:
                self._fail(_unexpected(self._path.name, exc))

    def _on_progress_canceled(self) -> None:
        self.runner.cancel(TASK)  # the work stops at its next check; the runner drops whatever it still sends
        self._cancel()

    # -- a stock file ---------------------------------------------------------------------------------------------
    def _on_table_read(self, read: TableRead) -> None:
        if not read.columns.needs_user:
            self._build(read, read.mapping)
            return
        self._end_progress()
        dialog = self.mapping_dialog = MappingDialog(read, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._build(read, dialog.result_mapping()))  # read on the UI thread, now
        dialog.rejected.connect(self._cancel)
        dialog.finished.connect(self._on_mapping_dialog_finished)
        dialog.open()

    def _build(self, read: TableRead, mapping: ColumnMapping) -> None:
        self._run(lambda progress: build(read, mapping, progress), self._on_stock_built)

    def _on_mapping_dialog_finished(self) -> None:
        self.mapping_dialog = None

    def _on_stock_built(self, result: LoadResult) -> None:
        self._end_progress()
        if result.report.clean and result.report.rows_loaded > 0:
            self._accept_stock(result)
            return
        dialog = self.report_dialog = ReportDialog(result.report, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._accept_stock(result))
        dialog.rejected.connect(self._cancel)
        dialog.finished.connect(self._on_report_dialog_finished)
        dialog.open()

    def _on_report_dialog_finished(self) -> None:
        self.report_dialog = None

    def _accept_stock(self, result: LoadResult) -> None:
        plan = Plan(result.stock, areas=result.areas, title=self._path.stem)
        self._replace(PlanDocument(plan), self._path.name)

    # -- a plan file ----------------------------------------------------------------------------------------------
    def _on_plan_read(self, plan: Plan) -> None:
        self._end_progress()
        self._replace(PlanDocument(plan, self._path), plan.source_label)

    # -- the end of the road ---------------------------------------------------------------------------------------
    def _replace(self, document: PlanDocument, attribution: str) -> None:
        """Show the new window where the old one was, then close the old one (its changes were saved or given up)."""
        from mixplanner.ui.main_window import MainWindow  # not at the top: the window module imports this one

        old = self.window
        new = (type(old) if old is not None else MainWindow)(document, attribution)
        new.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _windows.add(new)
        new.destroyed.connect(lambda *_: _windows.discard(new))
        if old is not None:
            new.restoreGeometry(old.saveGeometry())
            new.restoreState(old.saveState())
        new.show()
        self.recent.add(self._path)
        discard = self._discard_changes
        self._finish()
        self.opened.emit(new)
        if old is not None:
            if discard:
                old.document.undo_stack.setClean()
            old.close()

    def _fail(self, message: str) -> None:
        self._end_progress()
        box = self.message_box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Bestand niet geopend"), message,
                                             QMessageBox.StandardButton.Ok, self.window)
        if self.window is not None:
            box.setInformativeText(self.tr("Het plan dat open was, blijft open."))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._on_message_box_finished(message))
        self._finish()
        box.open()

    def _on_message_box_finished(self, message: str) -> None:
        self.message_box = None
        self.failed.emit(message)

    def _cancel(self) -> None:
        self._end_progress()
        self._finish()
        self.cancelled.emit()

    def _finish(self) -> None:
        self._next, self._path, self._discard_changes = None, None, False


@dataclass(frozen=True)
class _Unreadable:
    message: str  # one sentence for the user


def _guarded(work, file: str):
    """work, with any failure as an _Unreadable result: the reader's own sentence, or one about a bug (logged)."""

    def run(progress):
        try:
            return work(progress)
        except Cancelled:
            raise
        except UnreadableFileError as exc:
            return _Unreadable(str(exc))
        except Exception as exc:
            log.exception("unexpected error while opening %s", file)
            return _Unreadable(_unexpected(file, exc))

    return run


def _unexpected(file: str, exc: Exception) -> str:
    return QCoreApplication.translate("Opener", "{file} kon niet worden geopend door een onverwachte fout in mixplanner "
                                      "({kind}).").format(file=file, kind=type(exc).__name__)
