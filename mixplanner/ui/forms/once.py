"""Forms for the interventions that act once on a selection: verkoop, sloop, zorg, aankoop, herlabelen."""

from __future__ import annotations

from mixplanner.domain.categories import CareType, Owner, Segment
from mixplanner.ui.forms.base import KindForm
from mixplanner.ui.forms.fields import (AmountEditor, ChoiceCombo, ExactSpin, OptionalValue, PercentSpin, UnitsSpin,
                                        YearSpin)
from mixplanner.ui.forms.selection import SelectionEditor
from mixplanner.ui.vocabulary import choices


class InYearForm(KindForm):
    """Jaar and the selection, which every in-year intervention has."""

    def build(self) -> None:
        self.year = self.row(self.tr("Jaar"), YearSpin(self.context.base_year, self.context.horizon_end))
        self.year.setValue(self.context.default_year)
        self.selection = self.row(self.tr("Woningen"), SelectionEditor(self.context.selected_ids))

    def values(self) -> dict:
        return {"year": self.year.value(), "selection": self.selection.selection()}

    def fill(self, item) -> None:
        self.year.set_year(item.year)
        self.selection.set_selection(item.selection)


class SellForm(InYearForm):
    def build(self) -> None:
        super().build()
        self.amount = self.row(self.tr("Omvang"), AmountEditor("share"))
        self.discount = self.row(self.tr("Korting"), PercentSpin())
        self.price = self.row(self.tr("Prijs"), OptionalValue(self.tr("Vaste prijs per woning (€)"), ExactSpin(0, 10_000_000, 0)))
        self.price.editor.setSingleStep(5_000)

    def values(self) -> dict:
        return {**super().values(), "units": self.amount.units_value(), "share": self.amount.share_value(),
                "discount": self.discount.exact(), "price": self.price.value()}

    def fill(self, item) -> None:
        super().fill(item)
        self.amount.set_amount(item.units, item.share)
        self.discount.set_exact(item.discount)
        self.price.set_value(item.price)


class DemolishForm(InYearForm):
    def build(self) -> None:
        super().build()
        self.amount = self.row(self.tr("Omvang"), AmountEditor("all"))
        self.amount.set_amount(None)  # usually the whole selection goes

    def values(self) -> dict:
        return {**super().values(), "units": self.amount.units_value()}

    def fill(self, item) -> None:
        super().fill(item)
        self.amount.set_amount(item.units)


class CareForm(InYearForm):
    def build(self) -> None:
        super().build()
        self.units = self.row(self.tr("Aantal woningen"), UnitsSpin())
        care = choices(c.value for c in CareType if c is not CareType.NONE)
        self.care_type = self.row(self.tr("Zorgtype"), ChoiceCombo(care))
        self.care_type.set_value(CareType.CLUSTERED.value)

    def values(self) -> dict:
        return {**super().values(), "units": self.units.value(), "care_type": self.care_type.value()}

    def fill(self, item) -> None:
        super().fill(item)
        self.units.setValue(item.units)
        self.care_type.set_value(item.care_type)


class AcquireForm(InYearForm):
    def build(self) -> None:
        super().build()
        self.units = self.row(self.tr("Aantal woningen"), UnitsSpin())

    def values(self) -> dict:
        return {**super().values(), "units": self.units.value()}

    def fill(self, item) -> None:
        super().fill(item)
        self.units.setValue(item.units)


class RelabelForm(InYearForm):
    def build(self) -> None:
        super().build()
        unchanged = [(None, self.tr("(ongewijzigd)"))]
        self.owner = self.row(self.tr("Nieuwe eigenaar"), ChoiceCombo(unchanged + choices(o.value for o in Owner)))
        self.segment = self.row(self.tr("Nieuw segment"), ChoiceCombo(unchanged + choices(s.value for s in Segment)))

    def values(self) -> dict:
        return {**super().values(), "owner": self.owner.value(), "segment": self.segment.value()}

    def fill(self, item) -> None:
        super().fill(item)
        self.owner.set_value(item.owner)
        self.segment.set_value(item.segment)
