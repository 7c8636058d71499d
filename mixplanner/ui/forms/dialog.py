"""InterventionDialog: one form per intervention kind, checked after every change, OK only while it is valid."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLineEdit, QVBoxLayout

from mixplanner.domain.interventions import KINDS, Intervention, InterventionError
from mixplanner.ui.forms.base import FormContext, KindForm
from mixplanner.ui.forms.checked import CheckedDialog
from mixplanner.ui.forms.build import BuildForm, DemolishReplaceForm, TurnoverForm
from mixplanner.ui.forms.once import AcquireForm, CareForm, DemolishForm, RelabelForm, SellForm

FORMS: dict[str, type[KindForm]] = {
    "verkoop": SellForm, "nieuwbouw": BuildForm, "zorg": CareForm, "sloop": DemolishForm,
    "transformatie": TurnoverForm, "aankoop": AcquireForm, "sloop-nieuwbouw": DemolishReplaceForm,
    "herlabelen": RelabelForm,
}
TITLES = {
    "verkoop": QT_TRANSLATE_NOOP("InterventionDialog", "Verkoop"),
    "nieuwbouw": QT_TRANSLATE_NOOP("InterventionDialog", "Nieuwbouw"),
    "zorg": QT_TRANSLATE_NOOP("InterventionDialog", "Zorgwoningen"),
    "sloop": QT_TRANSLATE_NOOP("InterventionDialog", "Sloop"),
    "transformatie": QT_TRANSLATE_NOOP("InterventionDialog", "Transformatie bij mutatie"),
    "aankoop": QT_TRANSLATE_NOOP("InterventionDialog", "Aankoop"),
    "sloop-nieuwbouw": QT_TRANSLATE_NOOP("InterventionDialog", "Sloop-nieuwbouw"),
    "herlabelen": QT_TRANSLATE_NOOP("InterventionDialog", "Herlabelen"),
}


class InterventionDialog(CheckedDialog):
    """Create (intervention=None) or edit one intervention of the given kind; read it with result_intervention()."""

    def __init__(self, kind: str, *, buurten: list[tuple[str, str]], selected_ids=(), base_year: int,
                 horizon_end: int, intervention: Intervention | None = None, parent=None) -> None:
        super().__init__(parent)
        if kind not in FORMS:
            raise ValueError(f"no form for intervention kind '{kind}'; use one of {', '.join(FORMS)}")
        if intervention is not None and intervention.kind != kind:
            raise ValueError(f"a {intervention.kind} intervention cannot be edited in the {kind} form")
        self.kind = kind
        self._original = intervention
        self._result: Intervention | None = None
        title = self.tr(TITLES[kind])
        self.setWindowTitle(self.tr("{kind} bewerken").format(kind=title) if intervention is not None
                            else self.tr("{kind} toevoegen").format(kind=title))
        self.setMinimumWidth(560)

        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("bijv. Verkoop Ooipoort fase 1 (leeg: soort en jaar)"))
        context = FormContext(tuple(buurten), tuple(selected_ids), base_year, horizon_end)
        self.form = FORMS[kind](context)

        self.form.form.insertRow(0, self.tr("Naam"), self.label)  # in the form's own layout, so the labels line up
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        if intervention is not None:
            self.label.setText(intervention.label)
            self.form.fill(intervention)
        self.label.textChanged.connect(self._on_form_changed)
        self.form.changed.connect(self._on_form_changed)
        self._on_form_changed()

    def _build(self) -> Intervention:
        values = {"label": self.label.text().strip(), **self.form.values()}
        if self._original is not None:  # keep what the form does not show (rents, owners, plot, enabled)
            return replace(self._original, **values)
        return KINDS[self.kind](**values)

    def _on_form_changed(self, *_args) -> None:
        try:
            item = self._build()
            item.check()
        except InterventionError as exc:
            self._result = None
            self.show_problem(str(exc))
        else:
            self._result = item
            self.show_problem("")

    def result_intervention(self) -> Intervention:
        """The intervention the form describes; raises InterventionError while it is not valid."""
        if self._result is None:
            raise InterventionError(self.error.text())
        return self._result
