"""The checklist template editor: an outline on the left, the selected node's form on the right.

Opened empty for a new template, on a stored template for its next version, or on a copy for a
new template that starts from an existing one. After every edit the whole document is checked
by the same parser an imported file meets (`template_from_dict`, pure and fast), and the problem
is shown where it is: red in the outline, under the field in the form, and said in words at the
bottom ("Section 2 › Item 5 › Limits: …"). Save is offered only for a valid document and goes
through `import_template` on the query pool, so the rules of an import (permission, versions
only rising) hold for the editor too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.checklist_templates import (
    TemplateSummary,
    available_templates,
    import_template,
    load_template,
)
from desktop_app.services.errors import ConfigurationError
from desktop_app.ui.context import AppContext
from desktop_app.ui.run_query import run_query
from desktop_app.ui.template_editor.document import Draft, NodeRef, Problem, locate
from desktop_app.ui.template_editor.form_panel import FormPanel
from desktop_app.ui.template_editor.item_form import ItemForm
from desktop_app.ui.template_editor.node_forms import SectionForm, TemplateForm
from desktop_app.ui.template_editor.outline import OutlinePane
from desktop_app.ui.template_editor.preview import ItemPreview
from desktop_app.ui.template_editor.template_text import (
    located,
    location_text,
    problem_sentence,
    template_error_text,
)
from desktop_app.ui.template_editor.tree_model import TemplateTreeModel
from domain.checklists import Template, TemplateError

__all__ = ["TemplateEditor", "ask_to_discard"]


@dataclass(frozen=True)
class _Loaded:
    template: Template | None
    newest: dict[str, int]
    """Newest stored version of every template code (codes a new template may not take)."""


def ask_to_discard(owner: QWidget) -> bool:
    """Whether unsaved edits may be thrown away (replaced in tests, where a box would block)."""
    answer = QMessageBox.question(
        owner,
        QCoreApplication.translate("TemplateEditor", "Discard changes?"),
        QCoreApplication.translate(
            "TemplateEditor", "The template has changes that are not saved. Discard them?"
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


class TemplateEditor(QDialog):
    saved = Signal(object)
    """The `TemplateSummary` of the version just stored."""

    def __init__(
        self,
        context: AppContext,
        source: str | None = None,
        *,
        as_copy: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.source, self.as_copy = source, as_copy
        self.draft = Draft.empty()
        self.loaded = False
        self.dirty = False
        self.saving = False
        self.version_floor = 1
        self.taken_codes: set[str] = set()
        self.problems: list[Problem] = []
        self.confirm_discard: Callable[[QWidget], bool] = ask_to_discard
        self.resize(1220, 720)
        self.model = TemplateTreeModel(self.draft, context.language.is_chinese, self)
        self._build()
        self._retranslate()
        self.setEnabled(False)
        run_query(self, self._load, self._loaded, self._load_failed)

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.outline = OutlinePane(self.model, self)
        self.outline.chosen.connect(self._show_form)
        self.outline.restructured.connect(self._restructured)
        self.tree = self.outline.tree
        self.add_section_button = self.outline.buttons["section"]
        self.add_item_button = self.outline.buttons["item"]
        self.remove_button = self.outline.buttons["remove"]
        self.up_button = self.outline.buttons["up"]
        self.down_button = self.outline.buttons["down"]
        self.template_form = TemplateForm()
        self.section_form = SectionForm()
        self.item_form = ItemForm()
        self.forms = QStackedWidget()
        for form in (self.template_form, self.section_form, self.item_form):
            self.forms.addWidget(form)
            form.edited.connect(self._edited)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.forms)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.outline)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 760])
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.show_problem_button = QPushButton(self)
        self.show_problem_button.clicked.connect(self._go_to_problem)
        self.preview_button = QPushButton(self)
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.show_problem_button)
        bottom.addWidget(self.preview_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.cancel_button)
        for button in (self.show_problem_button, self.preview_button, self.save_button):
            button.setMinimumHeight(36)
        self.cancel_button.setMinimumHeight(36)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def _retranslate(self) -> None:
        if self.source is None:
            self.setWindowTitle(self.tr("New checklist template"))
        elif self.as_copy:
            self.setWindowTitle(self.tr("New template from %1").replace("%1", self.source))
        else:
            self.setWindowTitle(self.tr("New version of %1").replace("%1", self.source))
        self.show_problem_button.setText(self.tr("Show"))
        self.preview_button.setText(self.tr("Preview…"))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self.loaded:
            self.model.set_chinese(self.context.language.is_chinese)
            self._validate()
        else:
            self.status_label.setText(self.tr("Loading…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # --- loading ---------------------------------------------------------------------------

    def _load(self) -> _Loaded:
        """On the query pool: the template to start from and the codes already stored."""
        with self.context.startup.database.reading() as session:
            template = load_template(session, self.source) if self.source else None
            newest = {s.code: s.version for s in available_templates(session)}
        return _Loaded(template, newest)

    def _loaded(self, loaded: _Loaded) -> None:
        self.taken_codes = set(loaded.newest)
        if loaded.template is None:
            self.draft = Draft.empty()
            self.draft.document["code"] = _free_code("new_checklist", self.taken_codes)
        else:
            self.draft = Draft.of(loaded.template)
            document = self.draft.document
            if self.as_copy:
                document["code"] = _free_code(f"{loaded.template.code}_copy", self.taken_codes)
                document["version"] = 1
            else:
                self.version_floor = loaded.newest.get(loaded.template.code, 0) + 1
                document["version"] = max(loaded.template.version + 1, self.version_floor)
        self.model = TemplateTreeModel(self.draft, self.context.language.is_chinese, self)
        self.outline.set_model(self.model)
        self.loaded = True
        self.setEnabled(True)
        self.select(NodeRef())
        self._validate()

    def _load_failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.save_button.setEnabled(False)
        self.status_label.setText(template_error_text(error))
        self.status_label.setStyleSheet("color: #c62828;")

    # --- selection and forms ---------------------------------------------------------------

    def current(self) -> NodeRef:
        return self.outline.current()

    def select(self, ref: NodeRef) -> None:
        self.outline.select(ref)

    def form(self) -> FormPanel:
        return self.forms.currentWidget()  # type: ignore[return-value]

    def _show_form(self, ref: NodeRef) -> None:
        if ref.kind == "template":
            editable = self.source is None or self.as_copy
            self.template_form.load(
                self.draft.document, code_editable=editable, version_floor=self.version_floor
            )
            self.forms.setCurrentWidget(self.template_form)
        elif ref.kind == "section":
            self.section_form.load(self.draft.node(ref), (ref.section or 0) + 1)
            self.forms.setCurrentWidget(self.section_form)
        else:
            self.item_form.load(self.draft, ref, self.context.language.is_chinese)
            self.forms.setCurrentWidget(self.item_form)
        self.preview_button.setEnabled(ref.kind == "item")
        self._show_problems()

    # --- editing ---------------------------------------------------------------------------

    def _edited(self) -> None:
        self.dirty = True
        self.model.refresh(self.current())
        self._validate()

    def _restructured(self) -> None:
        self.dirty = True
        self._validate()

    # --- checking --------------------------------------------------------------------------

    def _validate(self) -> None:
        problems: list[Problem] = []
        result = self.draft.check()
        if isinstance(result, TemplateError):
            problems.append(Problem(result.code, result.detail, result.path))
        code = self.draft.document.get("code")
        if (self.source is None or self.as_copy) and code in self.taken_codes:
            problems.append(Problem("code_taken", "", "/code"))
        version = self.draft.document.get("version")
        if isinstance(version, int) and version < self.version_floor:
            detail = f"{version} < {self.version_floor}"
            problems.append(Problem("version_too_low", detail, "/version"))
        self.problems = problems
        self.model.set_problems({locate(p.path)[0]: self._sentence(p) for p in reversed(problems)})
        self._show_problems()

    def _sentence(self, problem: Problem) -> str:
        return problem_sentence(problem.code, problem.detail)

    def _show_problems(self) -> None:
        """The problems of the node on show under their fields, the first problem in words."""
        if not self.loaded:
            return
        form, here = self.form(), self.current()
        form.clear_problems()
        for problem in self.problems:
            ref, field = locate(problem.path)
            if ref == here:
                form.show_problem(field, self._sentence(problem))
        self.save_button.setEnabled(not self.problems and not self.saving)
        if not self.problems:
            self.status_label.setStyleSheet("color: #1b5e20;")
            self.status_label.setText(self.tr("No problems: the template can be saved."))
            self.show_problem_button.hide()
            return
        first = self.problems[0]
        where = location_text(first.path, self.draft.document)
        text = located(where, self._sentence(first))
        if len(self.problems) > 1:
            more = self.tr("(and %1 more)").replace("%1", str(len(self.problems) - 1))
            text = f"{text} {more}"
        self.status_label.setStyleSheet("color: #c62828;")
        self.status_label.setText(text)
        self.show_problem_button.setVisible(locate(first.path)[0] != here)

    def _go_to_problem(self) -> None:
        if self.problems:
            self.select(locate(self.problems[0].path)[0])

    # --- actions ---------------------------------------------------------------------------

    def preview(self) -> ItemPreview | None:
        ref = self.current()
        if ref.kind != "item":
            return None
        dialog = ItemPreview(self.draft.node(ref), self.context.language.is_chinese, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save(self) -> None:
        if self.problems or self.saving or not self.loaded:
            return
        self.saving = True
        self.save_button.setEnabled(False)
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Saving…"))
        text, database, actor = (
            self.draft.to_text(),
            self.context.startup.database,
            self.context.session.actor,
        )
        reason = "template editor" if self.source is None or self.as_copy else "new version"

        def store() -> TemplateSummary:
            with database.transaction() as session:
                return import_template(session, actor, text, reason)

        run_query(self, store, self._saved, self._save_failed)

    def _saved(self, summary: TemplateSummary) -> None:
        self.saving = False
        self.dirty = False
        self.saved.emit(summary)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(not self.problems)
        self.status_label.setStyleSheet("color: #c62828;")
        if isinstance(error, ConfigurationError) and error.field.startswith("/"):
            # A refusal about a spot (a version already stored): shown there until edited.
            self.problems = [Problem(error.code, error.detail, error.field)]
            self._show_problems()
            return
        self.status_label.setText(template_error_text(error, self.draft.document))

    def reject(self) -> None:
        if self.dirty and not self.confirm_discard(self):
            return
        super().reject()


def _free_code(wanted: str, taken: set[str]) -> str:
    wanted = wanted[:60]
    if wanted not in taken:
        return wanted
    number = 2
    while f"{wanted}_{number}" in taken:
        number += 1
    return f"{wanted}_{number}"
