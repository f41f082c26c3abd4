"""Checklist templates in the GUI: the list, the editor, and template files.

Templates are data (docs/checklist-format.md); this package lets an engineer make and change
them without writing JSON by hand, and exchange them as files, checked as strictly as the
parser checks any file. The Audits page opens it with `open_templates_dialog`.
"""

from __future__ import annotations

from desktop_app.ui.template_editor.editor import TemplateEditor
from desktop_app.ui.template_editor.template_files import (
    export_template_file,
    import_template_file,
)
from desktop_app.ui.template_editor.templates_dialog import (
    TemplatesDialog,
    open_templates_dialog,
)

__all__ = [
    "TemplateEditor",
    "TemplatesDialog",
    "export_template_file",
    "import_template_file",
    "open_templates_dialog",
]
