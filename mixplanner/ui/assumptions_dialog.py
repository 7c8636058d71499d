"""Plan > Uitgangspunten: the plan's assumptions (years, indexations, turnover), checked as the user types."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QSpinBox, QVBoxLayout,
)

from mixplanner.domain.numbers import fmt_num
from mixplanner.domain.policy import PolicyTable
from mixplanner.domain.scenario import Assumptions, Plan
from mixplanner.ui import i18n
from mixplanner.ui.forms.checked import CheckedDialog
from mixplanner.ui.vocabulary import label

HORIZON_RANGE = (1, 30)  # years
INDEXATION_RANGE = (-10.0, 20.0)  # percent a year
TURNOVER_RANGE = (0.0, 50.0)  # percent of the dwellings a year


class AssumptionsDialog(CheckedDialog):
    """Edit a plan's assumptions; OK is enabled only while they are valid; read them with result_assumptions()."""

    def __init__(self, plan: Plan, table: PolicyTable | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Uitgangspunten"))
        self._plan = plan
        self._years = (table or PolicyTable.bundled()).years
        a = plan.assumptions
        self.base_year = QSpinBox()
        self.base_year.setRange(1900, 2100)  # wider than allowed, so that a wrong year gets a reason, not a clamp
        self.base_year.setValue(a.base_year)
        self.horizon = QSpinBox()
        self.horizon.setRange(0, 99)
        self.horizon.setSuffix(self.tr(" jaar"))
        self.horizon.setValue(a.horizon)
        self.policy_year = QComboBox()
        self.policy_year.addItem(self.tr("gelijk aan het basisjaar"), None)
        for year in self._years:
            self.policy_year.addItem(str(year), year)
        self.policy_year.setCurrentIndex(max(0, self.policy_year.findData(a.policy_year)))
        self.threshold = self._percent(a.threshold_indexation, -99.0, 99.0)
        self.rent = self._percent(a.rent_indexation, -99.0, 99.0)
        self.woz = self._percent(a.woz_indexation, -99.0, 99.0)
        self.turnover = {owner: self._percent(rate, -99.0, 100.0) for owner, rate in a.turnover}

        years = QFormLayout()
        years.addRow(self.tr("Basisjaar"), self.base_year)
        years.addRow(self.tr("Horizon"), self.horizon)
        years.addRow(self.tr("Beleidsjaar (grenzen voor de indeling)"), self.policy_year)
        money = QFormLayout()
        money.addRow(self.tr("Indexatie grenzen na het laatste beleidsjaar"), self.threshold)
        money.addRow(self.tr("Indexatie huren"), self.rent)
        money.addRow(self.tr("Indexatie WOZ-waarden"), self.woz)
        turnover = QFormLayout()
        for owner, box in self.turnover.items():
            turnover.addRow(label(owner), box)
        layout = QVBoxLayout(self)
        for title, form in ((self.tr("Jaren"), years), (self.tr("Indexatie per jaar"), money),
                            (self.tr("Mutatiegraad per jaar, naar eigenaar"), turnover)):
            group = QGroupBox(title)
            group.setLayout(form)
            layout.addWidget(group)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        for box in (self.base_year, self.horizon, self.threshold, self.rent, self.woz, *self.turnover.values()):
            box.valueChanged.connect(self._on_value_changed)
        self.policy_year.currentIndexChanged.connect(self._on_value_changed)
        self._on_value_changed()

    def _percent(self, share: float, low: float, high: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setLocale(i18n.number_locale())
        box.setDecimals(2)
        box.setRange(low, high)
        box.setSingleStep(0.5)
        box.setSuffix(" %")
        box.setValue(round(100 * share, 2))
        return box

    def result_assumptions(self) -> Assumptions:
        return replace(
            self._plan.assumptions, base_year=self.base_year.value(), horizon=self.horizon.value(),
            policy_year=self.policy_year.currentData(), threshold_indexation=self.threshold.value() / 100,
            rent_indexation=self.rent.value() / 100, woz_indexation=self.woz.value() / 100,
            turnover=tuple((owner, box.value() / 100) for owner, box in self.turnover.items()))

    def problems(self) -> list[str]:
        """What is wrong with the values as typed, one sentence each; empty when OK may be pressed."""
        out = []
        first, last = self._years[0], self._years[-1]
        base = self.base_year.value()
        if not first <= base <= last:
            out.append(self.tr("Het basisjaar moet tussen {first} en {last} liggen: de jaren waarvoor de "
                               "beleidstabel grenzen heeft.").format(first=first, last=last))
        if not HORIZON_RANGE[0] <= self.horizon.value() <= HORIZON_RANGE[1]:
            out.append(self.tr("De horizon moet {low} tot {high} jaar zijn.").format(
                low=HORIZON_RANGE[0], high=HORIZON_RANGE[1]))
        for name, box in ((self.tr("De indexatie van de grenzen"), self.threshold),
                          (self.tr("De huurindexatie"), self.rent), (self.tr("De WOZ-indexatie"), self.woz)):
            if not INDEXATION_RANGE[0] <= box.value() <= INDEXATION_RANGE[1]:
                out.append(self.tr("{name} moet tussen {low}% en +{high}% per jaar liggen.").format(
                    name=name, low=fmt_num(INDEXATION_RANGE[0], 0), high=fmt_num(INDEXATION_RANGE[1], 0)))
        for owner, box in self.turnover.items():
            if not TURNOVER_RANGE[0] <= box.value() <= TURNOVER_RANGE[1]:
                out.append(self.tr("De mutatiegraad van {owner} moet tussen {low}% en {high}% per jaar liggen.").format(
                    owner=label(owner), low=fmt_num(TURNOVER_RANGE[0], 0), high=fmt_num(TURNOVER_RANGE[1], 0)))
        out.extend(self._early_interventions(base))
        return out

    def _early_interventions(self, base: int) -> list[str]:
        """A switched-on intervention before the base year would stop the projection: name the first per scenario."""
        out = []
        for scenario in self._plan.scenarios:
            early = [x for x in scenario.interventions if x.enabled and min(x.years(), default=base) < base]
            if early:
                out.append(self.tr("Scenario '{scenario}' heeft een ingreep in {year} ({title}), vóór het basisjaar."
                                   ).format(scenario=scenario.name, year=min(early[0].years()), title=early[0].title()))
        return out

    def _on_value_changed(self, *_) -> None:
        self.show_problem("\n".join(self.problems()))
