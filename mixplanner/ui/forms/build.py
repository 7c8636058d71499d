"""Forms for the interventions that add dwellings or re-let them: nieuwbouw, sloop-nieuwbouw, transformatie."""

from __future__ import annotations

from mixplanner.domain.categories import CareType, DwellingType, Segment
from mixplanner.domain.interventions import InterventionError
from mixplanner.ui.forms.base import KindForm
from mixplanner.ui.forms.fields import (AmountEditor, BuurtCombo, ChoiceCombo, ExactSpin, OptionalValue, PercentSpin,
                                        UnitsSpin, YearSpin)
from mixplanner.ui.forms.once import InYearForm
from mixplanner.ui.forms.plot_row import PlotRow
from mixplanner.ui.forms.programme import ProgrammeEditor
from mixplanner.ui.forms.schedule import ScheduleEditor
from mixplanner.ui.forms.selection import SelectionEditor
from mixplanner.ui.map.plot import Plot
from mixplanner.ui.settings import Settings
from mixplanner.ui.vocabulary import choices

DWELLING_TYPES = [d.value for d in DwellingType if d is not DwellingType.UNKNOWN]
RELET_SEGMENTS = [s.value for s in (Segment.SOCIAL_RENT, Segment.MID_RENT, Segment.FREE_RENT)]


def _floor_area() -> ExactSpin:
    return ExactSpin(10, 1_000, 0, " m²")


class BuildForm(KindForm):
    def build(self) -> None:
        c = self.context
        self.plot = self.row(self.tr("Kavel"), PlotRow())  # shown only for a plot sketched on the map
        self.form.setRowVisible(self.plot, False)
        self.buurt = self.row(self.tr("Buurt"), BuurtCombo(list(c.buurten)))
        self.schedule = self.row(self.tr("Oplevering"), ScheduleEditor(c.base_year, c.horizon_end))
        self.schedule.first.setValue(c.default_year)
        self.schedule.last.setValue(c.default_year)
        self.programme = self.row(self.tr("Programma"), ProgrammeEditor())
        self.dwelling_type = self.row(self.tr("Woningtype"), ChoiceCombo(choices(DWELLING_TYPES)))
        self.dwelling_type.set_value(DwellingType.MULTI_FAMILY.value)
        self.care_type = self.row(self.tr("Zorgtype"), ChoiceCombo(choices(t.value for t in CareType)))
        self.floor_area = self.row(self.tr("Gebruiksoppervlak"), _floor_area())
        self.floor_area.set_exact(70.0)
        self.realisation = self.row(self.tr("Realisatiegraad"), PercentSpin(150.0))
        self.realisation.set_exact(1.0)

    def use_plot(self, plot: Plot) -> None:
        """Fill in a plot sketched on the map: its outline, the buurt it lies in and its indicative capacity."""
        self.plot.set_plot(plot)
        self.form.setRowVisible(self.plot, True)
        if plot.buurt_code:
            self.buurt.set_value(plot.buurt_code)
        self.schedule.total.setValue(plot.capacity)

    def values(self) -> dict:
        if self.buurt.value() is None:
            raise InterventionError(self.tr("Buurt: kies de buurt waar gebouwd wordt"))
        return {"buurt_code": self.buurt.value(), "schedule": self.schedule.schedule(),
                "programme": self.programme.programme(), "dwelling_type": self.dwelling_type.value(),
                "care_type": self.care_type.value(), "floor_area": self.floor_area.exact(),
                "realisation_rate": self.realisation.exact(), "plot_wkt": self.plot.wkt()}

    def fill(self, item) -> None:
        if item.plot_wkt:
            self.plot.set_plot(Plot.from_wkt(item.plot_wkt, Settings().density_per_ha))
            self.form.setRowVisible(self.plot, True)
        self.buurt.set_value(item.buurt_code)
        self.schedule.set_schedule(item.schedule)
        self.programme.set_programme(item.programme)
        self.dwelling_type.set_value(item.dwelling_type)
        self.care_type.set_value(item.care_type)
        self.floor_area.set_exact(item.floor_area)
        self.realisation.set_exact(item.realisation_rate)


class DemolishReplaceForm(InYearForm):
    def build(self) -> None:
        super().build()
        self.amount = self.row(self.tr("Sloop"), AmountEditor("all"))
        self.amount.set_amount(None)
        self.ratio = self.row(self.tr("Vervangingsfactor"), ExactSpin(0, 10, 2, " ×"))
        self.ratio.set_exact(1.0)
        self.gap_years = self.row(self.tr("Jaren tot oplevering"), UnitsSpin())
        self.gap_years.setRange(0, 30)
        self.gap_years.setValue(2)
        self.programme = self.row(self.tr("Programma"), ProgrammeEditor())
        self.dwelling_type = self.row(self.tr("Woningtype"), ChoiceCombo(choices(DWELLING_TYPES)))
        self.dwelling_type.set_value(DwellingType.MULTI_FAMILY.value)
        self.floor_area = self.row(self.tr("Gebruiksoppervlak"), _floor_area())
        self.floor_area.set_exact(70.0)

    def values(self) -> dict:
        return {**super().values(), "units": self.amount.units_value(), "ratio": self.ratio.exact(),
                "gap_years": self.gap_years.value(), "programme": self.programme.programme(),
                "dwelling_type": self.dwelling_type.value(), "floor_area": self.floor_area.exact()}

    def fill(self, item) -> None:
        super().fill(item)
        self.amount.set_amount(item.units)
        self.ratio.set_exact(item.ratio)
        self.gap_years.setValue(item.gap_years)
        self.programme.set_programme(item.programme)
        self.dwelling_type.set_value(item.dwelling_type)
        self.floor_area.set_exact(item.floor_area)


class TurnoverForm(KindForm):
    def build(self) -> None:
        c = self.context
        self.first_year = self.row(self.tr("Eerste jaar"), YearSpin(c.base_year, c.horizon_end))
        self.first_year.setValue(c.default_year)
        self.last_year = self.row(self.tr("Laatste jaar (t/m)"), YearSpin(c.base_year, c.horizon_end))
        self.last_year.setValue(c.horizon_end)
        self.selection = self.row(self.tr("Woningen"), SelectionEditor(c.selected_ids))
        self.relet_share = self.row(self.tr("Aandeel opnieuw verhuurd"), PercentSpin())
        self.to_segment = self.row(self.tr("Nieuw segment"), ChoiceCombo(choices(RELET_SEGMENTS)))
        self.cap = self.row(self.tr("Maximum"), OptionalValue(self.tr("Hoogstens (woningen, alle jaren samen)"), UnitsSpin()))

    def values(self) -> dict:
        if self.last_year.value() < self.first_year.value():  # checked here: Turnover.title() fails without years
            raise InterventionError(self.tr("Laatste jaar: het laatste jaar ligt vóór het eerste"))
        return {"first_year": self.first_year.value(), "last_year": self.last_year.value(),
                "selection": self.selection.selection(), "relet_share": self.relet_share.exact(),
                "to_segment": self.to_segment.value(), "cap": self.cap.value()}

    def fill(self, item) -> None:
        self.first_year.set_year(item.first_year)
        self.last_year.set_year(item.last_year)
        self.selection.set_selection(item.selection)
        self.relet_share.set_exact(item.relet_share)
        self.to_segment.set_value(item.to_segment)
        self.cap.set_value(item.cap)
