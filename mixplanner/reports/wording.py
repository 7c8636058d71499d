"""The wording of the exports in Dutch (default) or English: sheet and column names, slide titles, notes."""

from __future__ import annotations

_WORDS: dict[str, tuple[str, str]] = {
    # sheets
    "sheet_ledger": ("Mutaties", "Changes"),
    "sheet_targets": ("Doelen", "Targets"),
    "sheet_interventions": ("Ingrepen", "Interventions"),
    "sheet_assumptions": ("Uitgangspunten", "Assumptions"),
    "sheet_thresholds": ("Grenzen", "Thresholds"),
    "title_projection": ("Scenario '{name}': woningen per buurt en segment aan het eind van elk jaar; intramurale "
                         "plaatsen staan apart en tellen niet mee in de mix. Bron: {source}.",
                         "Scenario '{name}': dwellings per buurt and segment at the end of each year; intramural care "
                         "places are listed apart and are not part of the mix. Source: {source}."),
    "title_ledger": ("Mutaties per jaar, buurt, segment, eigenaar en zorgtype, naar oorzaak (nr. 0: indexatie).",
                     "Changes per year, buurt, segment, owner and care type, by cause (no. 0: indexation)."),
    "title_targets": ("Doelen per scenario en gebied: de stand in het doeljaar.",
                      "Targets per scenario and area: the status in the target year."),
    "title_interventions": ("Ingrepen per scenario, in de volgorde waarin ze worden toegepast.",
                            "Interventions per scenario, in the order they are applied."),
    "title_assumptions": ("Uitgangspunten van de projectie.", "Assumptions of the projection."),
    "title_thresholds": ("Beleidsgrenzen waarmee de woningen zijn ingedeeld, met hun bron.",
                         "Policy thresholds that classify the dwellings, with their source."),
    # column headers
    "scenario": ("Scenario", "Scenario"),
    "year": ("Jaar", "Year"),
    "buurt_code": ("Buurtcode", "Buurt code"),
    "buurt": ("Buurt", "Buurt"),
    "units_total": ("Woningen", "Dwellings"),
    "intramural": ("Intramurale plaatsen", "Intramural places"),
    "share_of": ("Aandeel {segment}", "Share {segment}"),
    "segment": ("Segment", "Segment"),
    "owner": ("Eigenaar", "Owner"),
    "care_type": ("Zorgtype", "Care type"),
    "number": ("Nr.", "No."),
    "cause": ("Oorzaak", "Cause"),
    "kind": ("Soort", "Kind"),
    "units": ("Woningen", "Dwellings"),
    "target": ("Doel", "Target"),
    "area_code": ("Gebiedscode", "Area code"),
    "area": ("Gebied", "Area"),
    "deadline": ("Doeljaar", "Target year"),
    "status": ("Stand", "Status"),
    "value": ("Waarde", "Value"),
    "norm": ("Norm", "Norm"),
    "first_met": ("Eerst gehaald", "First met"),
    "gap": ("Tekort (omzetten)", "Gap (converting)"),
    "gap_added": ("Tekort (toevoegen)", "Gap (adding)"),
    "explanation": ("Toelichting", "Explanation"),
    "source": ("Bron", "Source"),
    "title": ("Titel", "Title"),
    "enabled": ("Aan", "On"),
    "years": ("Jaren", "Years"),
    "parameters": ("Parameters", "Parameters"),
    "selection": ("Selectie", "Selection"),
    "item": ("Uitgangspunt", "Assumption"),
    "threshold": ("Grens", "Threshold"),
    "unit": ("Eenheid", "Unit"),
    "value_in": ("Waarde {year}", "Value {year}"),
    "source_in": ("Bron {year}", "Source {year}"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "whole_plan": ("Hele plan", "Whole plan"),
    # assumptions
    "plan": ("Plan", "Plan"),
    "data_source": ("Gegevensbron", "Data source"),
    "scenarios": ("Gekozen scenario's", "Chosen scenarios"),
    "report_year": ("Verslagjaar", "Report year"),
    "base_year": ("Basisjaar", "Base year"),
    "last_year": ("Laatste jaar van de projectie", "Last projected year"),
    "policy_year": ("Beleidsjaar van de grenzen", "Policy year of the thresholds"),
    "threshold_indexation": ("Indexatie van de grenzen per jaar", "Indexation of the thresholds per year"),
    "rent_indexation": ("Huurindexatie per jaar", "Rent indexation per year"),
    "woz_indexation": ("WOZ-indexatie per jaar", "WOZ indexation per year"),
    "turnover": ("Mutatiegraad {owner}", "Turnover {owner}"),
    "made_on": ("Gemaakt op", "Made on"),
    "policy_table": ("Versie beleidstabel", "Policy table version"),
    # deck
    "deck_subtitle": ("Scenario: {scenario}", "Scenario: {scenario}"),
    "deck_year": ("Stand in {year}, gemaakt op {date}", "Status in {year}, made on {date}"),
    "deck_source": ("Bron: {source}", "Source: {source}"),
    "slide_mix": ("De woningmix van {area} door de jaren", "The housing mix of {area} over the years"),
    "slide_before_after": ("Per buurt: {before} en {after}", "Per buurt: {before} and {after}"),
    "slide_compare": ("Scenario's vergeleken in {year}", "Scenarios compared in {year}"),
    "slide_waterfall": ("Wat er verandert in {area} in {year}", "What changes in {area} in {year}"),
    "slide_maps": ("De kaart: {before} en {after}", "The map: {before} and {after}"),
    "slide_targets": ("Doelen in het doeljaar: {scenario}", "Targets in the target year: {scenario}"),
    "slide_targets_more": ("Doelen in het doeljaar: {scenario} ({page}/{pages})",
                           "Targets in the target year: {scenario} ({page}/{pages})"),
    "unverified": ("niet geverifieerd", "unverified"),
    # speaker notes
    "note_title": ("{plan}: scenario '{scenario}', stand in {year}. Bron: {source}. In {base} telt het plan {units} "
                   "woningen en {places} intramurale plaatsen in {areas} buurten.",
                   "{plan}: scenario '{scenario}', status in {year}. Source: {source}. In {base} the plan has {units} "
                   "dwellings and {places} intramural care places in {areas} buurten."),
    "note_interventions": ("Het scenario heeft {n} ingrepen: {items}.", "The scenario has {n} interventions: {items}."),
    "note_no_interventions": ("Het scenario heeft geen ingrepen.", "The scenario has no interventions."),
    "note_mix": ("{area} in {year}: {units} woningen, waarvan {parts}.",
                 "{area} in {year}: {units} dwellings, of which {parts}."),
    "note_area_change": ("{area}: {before} woningen in {base}, {after} in {year}; {segment} van {share_before} naar "
                         "{share_after}.", "{area}: {before} dwellings in {base}, {after} in {year}; {segment} from "
                         "{share_before} to {share_after}."),
    "note_step_start": ("{group} in {area}, {year}: eind {previous} {units} woningen", "{group} in {area}, {year}: "
                        "end of {previous} {units} dwellings"),
    "note_step_end": ("eind {year} {units} woningen.", "end of {year} {units} dwellings."),
    "note_map": ("Kaart {year}: {records} gebouwen getekend met {units} woningen.",
                 "Map {year}: {records} buildings drawn holding {units} dwellings."),
    "note_map_missing": ("{units} woningen hebben geen plek op de kaart (nieuwbouw zonder getekende bouwkavel of een "
                         "record zonder geometrie).", "{units} dwellings have no place on the map (new build without a "
                         "drawn plot, or a record without geometry)."),
    "note_compare": ("{area} in {year}, '{b}' (tussen haakjes '{a}'): {parts}.",
                     "{area} in {year}, '{b}' (in brackets '{a}'): {parts}."),
    "note_no_difference": ("In {year} verschillen '{a}' en '{b}' in geen enkele buurt.",
                           "In {year} '{a}' and '{b}' differ in no buurt."),
}

#: Intervention kinds in English (the Dutch kind is the stored value).
#: Units of the policy thresholds in English.
UNITS_EN = {"EUR/maand": "EUR/month", "punten": "points"}


def word(key: str, lang: str = "nl", **values) -> str:
    """An export phrase in the language, with {placeholders} filled in."""
    nl, en = _WORDS[key]
    return (en if lang == "en" else nl).format(**values)
