"""TargetDialog: the form of one target (what, at least/at most, share or units, where, by when), checked as it changes."""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QDoubleSpinBox, QFormLayout, QGridLayout,
                               QLineEdit, QVBoxLayout, QWidget)

from mixplanner.domain.categories import Owner, Segment
from mixplanner.domain.targets import EVERY_AREA, GROUPS, Target, TargetError
from mixplanner.ui.forms.checked import CheckedDialog
from mixplanner.ui.forms.fields import MAX_UNITS, BuurtCombo, ChoiceCombo, YearSpin
from mixplanner.ui.i18n import number_locale

OWN_CHOICE = ""
_WHERE = {"all": ("all", EVERY_AREA), "buurten": ("buurt", EVERY_AREA), "gemeenten": ("gemeente", EVERY_AREA)}


class TargetDialog(CheckedDialog):
    """Create (target=None) or edit one target; read it with result_target(). `existing`: targets already in the plan."""

    def __init__(self, *, buurten: list[tuple[str, str]], base_year: int, last_year: int, target: Target | None = None,
                 existing=(), parent=None) -> None:
        super().__init__(parent)
        self._original = target
        self._existing = tuple(t for t in existing if t != target)
        self._result: Target | None = None
        self.setWindowTitle(self.tr("Doel bewerken") if target is not None else self.tr("Doel toevoegen"))
        self.setMinimumWidth(520)
        self.dimension = ChoiceCombo([("segment", self.tr("segment (prijsklasse)")), ("owner", self.tr("eigenaar"))])
        self.group = ChoiceCombo([(OWN_CHOICE, self.tr("eigen keuze"))] + [(name, name) for name in GROUPS])
        self.checks: dict[tuple[str, str], QCheckBox] = {}  # by (dimension, value): both have an "onbekend"
        boxes = QWidget()
        grid = QGridLayout(boxes)
        grid.setContentsMargins(0, 0, 0, 0)
        for dimension, kind in (("segment", Segment), ("owner", Owner)):
            for i, category in enumerate(kind):
                box = QCheckBox(category.value)  # the categories keep their Dutch policy names
                self.checks[dimension, category.value] = box
                grid.addWidget(box, i // 3, i % 3)
        self.bound = ChoiceCombo([("min", self.tr("minstens")), ("max", self.tr("hoogstens"))])
        self.measure = ChoiceCombo([("share", self.tr("aandeel (%)")), ("count", self.tr("aantal woningen"))])
        self.value = QDoubleSpinBox()
        self.value.setLocale(number_locale())
        self.value.setRange(0, MAX_UNITS)
        self.value.setDecimals(1)
        self.basis = ChoiceCombo([("stock", self.tr("van de voorraad")), ("new_build", self.tr("van de nieuwbouw"))])
        self.where = ChoiceCombo([("all", self.tr("het hele plan")), ("buurten", self.tr("elke buurt")),
                                  ("gemeenten", self.tr("elke gemeente")), ("buurt", self.tr("één buurt"))])
        self.buurt = BuurtCombo(buurten)
        self.year = YearSpin(base_year, max(last_year, base_year))
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("leeg: de omschrijving van het doel"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("bijv. Woonvisie 2025"))

        form = QFormLayout()
        for text, widget in ((self.tr("Meet"), self.dimension), (self.tr("Groep"), self.group),
                             (self.tr("Categorieën"), boxes), (self.tr("Grens"), self.bound),
                             (self.tr("Maat"), self.measure), (self.tr("Waarde"), self.value),
                             (self.tr("Basis"), self.basis), (self.tr("Waar"), self.where), (self.tr("Buurt"), self.buurt),
                             (self.tr("Uiterlijk in"), self.year), (self.tr("Naam"), self.label),
                             (self.tr("Bron"), self.source)):
            form.addRow(text, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.year.setValue(min(base_year + 5, self.year.maximum()))
        self.value.setValue(30)
        self.checks["segment", Segment.SOCIAL_RENT.value].setChecked(True)
        if target is not None:
            self.fill(target)
        for combo in (self.dimension, self.bound, self.measure, self.basis, self.where, self.buurt):
            combo.currentIndexChanged.connect(self._on_form_changed)
        self.group.currentIndexChanged.connect(self._on_group_changed)
        for box in self.checks.values():
            box.toggled.connect(self._on_form_changed)
        self.value.valueChanged.connect(self._on_form_changed)
        self.year.valueChanged.connect(self._on_form_changed)
        self.label.textChanged.connect(self._on_form_changed)
        self.source.textChanged.connect(self._on_form_changed)
        self._on_form_changed()

    def fill(self, target: Target) -> None:
        self.dimension.set_value(target.dimension)
        for (dimension, value), box in self.checks.items():
            box.setChecked(dimension == target.dimension and value in target.group)
        self.bound.set_value(target.bound)
        self.measure.set_value(target.measure)
        self.value.setValue(target.value * 100 if target.measure == "share" else target.value)
        self.basis.set_value(target.basis)
        if target.area_code != EVERY_AREA:
            self.where.set_value("buurt")
            self.buurt.set_value(target.area_code)
        else:
            self.where.set_value({"all": "all", "gemeente": "gemeenten"}.get(target.area_level, "buurten"))
        self.year.set_year(target.year)
        self.label.setText(target.label)
        self.source.setText(target.source)

    def chosen_group(self) -> tuple[str, ...]:
        dimension = self.dimension.value()
        return tuple(value for (d, value), box in self.checks.items() if d == dimension and box.isChecked())

    def _on_group_changed(self) -> None:
        name = self.group.value()
        if name != OWN_CHOICE:  # a named group is a set of segments: tick exactly those
            self.dimension.set_value("segment")
            for (dimension, value), box in self.checks.items():
                box.setChecked(dimension == "segment" and value in GROUPS[name])
        self._on_form_changed()

    def _build(self) -> Target:
        dimension, measure = self.dimension.value(), self.measure.value()
        group = self.chosen_group()
        if not group:
            raise TargetError(self.tr("Kies ten minste één categorie om te meten."))
        if measure == "share" and self.value.value() > 100:
            raise TargetError(self.tr("Een aandeel ligt tussen 0% en 100%; kies een lager percentage of meet een aantal woningen."))
        if self.basis.value() == "new_build" and dimension != "segment":
            raise TargetError(self.tr("Een nieuwbouwdoel meet segmenten, geen eigenaren."))
        if self.where.value() == "buurt":
            if self.buurt.value() is None:
                raise TargetError(self.tr("Er zijn geen buurten om uit te kiezen."))
            level, code = "buurt", self.buurt.value()
        else:
            level, code = _WHERE[self.where.value()]
        value = self.value.value() / 100 if measure == "share" else self.value.value()
        target = Target(area_level=level, area_code=code, dimension=dimension, group=group, basis=self.basis.value(),
                        measure=measure, bound=self.bound.value(), value=value, year=self.year.value(),
                        label=self.label.text().strip(), source=self.source.text().strip())
        if target in self._existing:
            raise TargetError(self.tr("Dit doel staat al in het plan."))
        return target

    def _on_form_changed(self, *_args) -> None:
        for (dimension, _value), box in self.checks.items():
            box.setVisible(dimension == self.dimension.value())
        self.buurt.setEnabled(self.where.value() == "buurt")
        self.value.setSuffix(" %" if self.measure.value() == "share" else "")
        self.value.setDecimals(1 if self.measure.value() == "share" else 0)
        try:
            self._result = self._build()
        except TargetError as exc:
            self._result = None
            self.show_problem(str(exc))
        else:
            self.show_problem("")

    def result_target(self) -> Target:
        if self._result is None:
            raise TargetError(self.error.text())
        return self._result
