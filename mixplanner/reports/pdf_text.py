"""The wording of the PDF plan summary in Dutch and English, and its date format."""

from __future__ import annotations

from datetime import date

_TEXT: dict[str, tuple[str, str]] = {
    "untitled": ("Naamloos plan", "Untitled plan"),
    "summary": ("Plansamenvatting", "Plan summary"),
    "scenario_line": ("Scenario: {name}", "Scenario: {name}"),
    "years_line": ("Basisjaar {base} \u00b7 rapportjaar {year}", "Base year {base} \u00b7 report year {year}"),
    "data_line": ("Gegevens: {source}", "Data: {source}"),
    "made_line": ("Gemaakt op {date}", "Made on {date}"),
    "what_heading": ("Wat het plan doet", "What the plan does"),
    "mix_heading": ("Woningmix van het hele plan", "Housing mix of the whole plan"),
    "buurten_heading": ("Buurten in dit rapport", "Neighbourhoods in this report"),
    "map_before": ("Woningvoorraad {year} (nu)", "Dwelling stock {year} (now)"),
    "map_after": ("Woningvoorraad {year}", "Dwelling stock {year}"),
    "map_note": ("Kaartgegevens: {source}.", "Map data: {source}."),
    "map_demolished": ("gesloopt", "demolished"),
    "map_plot": ("nieuwbouwkavel", "new-build plot"),
    "map_no_plot": ("{n} nieuwbouwwoningen zonder getekende kavel staan niet op de kaart.",
                    "{n} new-build dwellings without a drawn plot are not on the map."),
    "segment": ("Segment", "Segment"),
    "units": ("woningen", "dwellings"),
    "change": ("Verschil", "Change"),
    "count": ("aantal", "number"),
    "total": ("Totaal", "Total"),
    "intramural_note": ("Zonder {n} intramurale zorgplaatsen (geen woningen).",
                        "Excluding {n} intramural care places (not dwellings)."),
    "buurt": ("Buurt", "Neighbourhood"),
    "social": ("Sociale huur", "Social rent"),
    "corporation": ("Corporatie", "Corporation"),
    "other_buurten": ("En nog {n} buurten: zie de buurtpagina's.", "And {n} more neighbourhoods: see their pages."),
    "lights_rest": ("Niet getoond: {n} gebieden waar het doel gehaald is.",
                    "Not shown: {n} areas where the target is met."),
    "lights_rest_missed": ("Niet getoond: {n} gebieden, waarvan {k} het doel niet halen (zie de buurtpagina's).",
                           "Not shown: {n} areas, {k} of which miss the target (see the neighbourhood pages)."),
    "page": ("pagina {i} van {n}", "page {i} of {n}"),
    # what the plan does
    "no_interventions": ("Het scenario \u2018{name}\u2019 bevat geen ingrepen: het laat zien hoe de voorraad zich "
                         "vanzelf ontwikkelt, met huur- en WOZ-indexatie.",
                         "The scenario \u2018{name}\u2019 has no interventions: it shows how the stock develops on its "
                         "own, with rent and WOZ indexation."),
    "overview": ("Het scenario \u2018{name}\u2019 bevat {n} in {k} ({where}), van {first} tot en met {last}.",
                 "The scenario \u2018{name}\u2019 has {n} in {k} ({where}), from {first} to {last}."),
    "overview_plain": ("Het scenario \u2018{name}\u2019 bevat {n}, van {first} tot en met {last}.",
                       "The scenario \u2018{name}\u2019 has {n}, from {first} to {last}."),
    "n_other": ("{n} andere", "{n} more"),
    "interventions_n": ("{n} ingrepen", "{n} interventions"),
    "interventions_1": ("1 ingreep", "1 intervention"),
    "buurten_n": ("{n} buurten", "{n} neighbourhoods"),
    "buurten_1": ("1 buurt", "1 neighbourhood"),
    "effects": ("Tot en met {year} worden {items}.", "By the end of {year}: {items}."),
    "no_effect": ("Tot en met {year} veranderen de ingrepen geen woningen.",
                  "By the end of {year} the interventions change no dwellings."),
    "and": ("en", "and"),
    "sold": ("{n} woningen verkocht", "{n} dwellings sold"),
    "built": ("{n} woningen gebouwd ({split})", "{n} dwellings built ({split})"),
    "demolished": ("{n} woningen gesloopt", "{n} dwellings demolished"),
    "care": ("{n} woningen omgezet naar zorgwonen ({split})", "{n} dwellings converted to care housing ({split})"),
    "relet": ("{n} woningen bij mutatie opnieuw verhuurd als {split}", "{n} dwellings re-let at turnover as {split}"),
    "acquired": ("{n} woningen aangekocht door de corporatie", "{n} dwellings bought by the corporation"),
    "relabelled": ("{n} woningen van eigenaar of segment veranderd", "{n} dwellings changed owner or segment"),
    "mix_sentence": ("In het hele plan gaat het aantal woningen van {n0} ({base}) naar {n1} ({year}), en het aandeel "
                     "sociale huur van {p0} naar {p1}.",
                     "Across the whole plan the number of dwellings goes from {n0} ({base}) to {n1} ({year}), and "
                     "the share of social rent from {p0} to {p1}."),
    "targets_none": ("Het plan heeft geen doelen.", "The plan has no targets."),
    "targets_all": ("Alle {n} doelen (per gebied) worden in hun doeljaar gehaald.",
                    "All {n} targets (per area) are met in their target year."),
    "targets_some": ("{m} van de {n} doelen (per gebied) worden in hun doeljaar gehaald; niet gehaald: {items}.",
                     "{m} of the {n} targets (per area) are met in their target year; not met: {items}."),
    "target_miss": ("{target} in {area} in {year} ({gap})", "{target} in {area} in {year} ({gap})"),
    "gap_max": ("{n} woningen {group} te veel", "{n} {group} dwellings too many"),
    "gap_min": ("{n} woningen {group} te weinig", "{n} {group} dwellings too few"),
    "gap_none": ("geen gegevens", "no data"),
    "more_misses": ("en {n} andere", "and {n} more"),
    # buurt pages
    "buurt_sub": ("Buurt {code}", "Neighbourhood {code}"),
    "in_wijk": ("wijk {name}", "district {name}"),
    "buurt_units": ("Woningen: {n0} ({base}) \u2192 {n1} ({year}).", "Dwellings: {n0} ({base}) \u2192 {n1} ({year})."),
    "buurt_corp": ("Aandeel corporatie: {p0} ({base}) \u2192 {p1} ({year}); grens corporatiebuurt: 2/3.",
                   "Corporation share: {p0} ({base}) \u2192 {p1} ({year}); corporatiebuurt threshold: 2/3."),
    "buurt_social": ("Aandeel sociale huur: {p0} ({base}) \u2192 {p1} ({year}).",
                     "Social rent share: {p0} ({base}) \u2192 {p1} ({year})."),
    "interventions_heading": ("Ingrepen in {name}", "Interventions in {name}"),
    "no_buurt_interventions": ("Scenario \u2018{name}\u2019 grijpt in deze buurt niet in; de buurt staat in dit "
                               "rapport om haar doelen of omdat een ander gekozen scenario hier ingrijpt.",
                               "Scenario \u2018{name}\u2019 does not intervene here; the neighbourhood is in this "
                               "report for its targets or because another chosen scenario intervenes here."),
    "number": ("Nr.", "No."),
    "intervention": ("Ingreep", "Intervention"),
    "kind": ("Soort", "Kind"),
    "years": ("Jaar", "Year"),
    "units_here": ("Woningen", "Dwellings"),
    "effect_heading": ("Effect op de woningen per segment, {first} tot en met {year}",
                       "Effect on the dwellings by segment, {first} to {year}"),
    "effect_note": ("Per oorzaak de verandering in het aantal woningen.",
                    "Per cause the change in the number of dwellings."),
    "drift_note": ("\u2018{drift}\u2019 is de verschuiving tussen segmenten doordat huren, WOZ-waarden en grenzen "
                   "verschillend stijgen.",
                   "\u2018{drift}\u2019 is the shift between segments as rents, WOZ values and thresholds rise at "
                   "different rates."),
    "care_note": ("Zorg: woningen met een zorgtype (nultreden, geclusterd, zorgwoning).",
                  "Care: dwellings with a care type (step-free, clustered, care home)."),
    "cause": ("Oorzaak", "Cause"),
    "care_column": ("Zorg", "Care"),
    "corp_column": ("Corporatie", "Corporation"),
    # comparison
    "compare_heading": ("Scenario\u2019s vergeleken in {year}", "Scenarios compared in {year}"),
    "figure": ("Kerncijfer", "Key figure"),
    "row_units": ("Woningen", "Dwellings"),
    "row_share": ("Aandeel {segment}", "Share {segment}"),
    "row_corp": ("Aandeel corporatie in {area}", "Corporation share in {area}"),
    "row_interventions": ("Ingrepen", "Interventions"),
    "row_target": ("{target} in {area} ({year})", "{target} in {area} ({year})"),
    "met_cell": ("gehaald", "met"),
    "missed_cell": ("niet gehaald ({n})", "not met ({n})"),
    "nodata_cell": ("geen gegevens", "no data"),
    "compare_note": ("Bij een niet gehaald doel staat tussen haakjes hoeveel woningen van groep moeten wisselen.",
                     "For a target not met, the number in brackets is how many dwellings must change group."),
    "compare_chart": ("Woningmix per {level} in {year}: {a} en {b}", "Housing mix per {level} in {year}: {a} and {b}"),
    # appendix
    "appendix_heading": ("Bijlage: uitgangspunten", "Appendix: assumptions"),
    "assumption": ("Uitgangspunt", "Assumption"),
    "value": ("Waarde", "Value"),
    "a_base": ("Basisjaar", "Base year"),
    "a_horizon": ("Horizon", "Horizon"),
    "a_horizon_value": ("{n} jaar ({base} tot en met {last})", "{n} years ({base} to {last})"),
    "a_report": ("Rapportjaar", "Report year"),
    "a_policy": ("Beleidsjaar (grenzen voor de basisvoorraad)", "Policy year (thresholds for the base stock)"),
    "a_threshold": ("Indexatie van de grenzen na het laatst gepubliceerde jaar",
                    "Indexation of the thresholds after the last published year"),
    "a_rent": ("Huurindexatie", "Rent indexation"),
    "a_woz": ("WOZ-indexatie", "WOZ indexation"),
    "a_turnover": ("Mutatiegraad (woningen die per jaar vrijkomen)", "Turnover (dwellings vacated a year)"),
    "per_year": ("{p} per jaar", "{p} a year"),
    "a_source": ("Gegevens", "Data"),
    "a_file": ("Gegevensbestand", "Data file"),
    "a_stock": ("Voorraad in het basisjaar", "Stock in the base year"),
    "a_stock_value": ("{n} woningen in {r} records", "{n} dwellings in {r} records"),
    "a_made": ("Rapport gemaakt op", "Report made on"),
    "a_table": ("Versie van de beleidstabel", "Policy table version"),
    "thresholds_heading": ("Grenzen voor de indeling in segmenten", "Thresholds that sort dwellings into segments"),
    "threshold": ("Grens", "Threshold"),
    "source": ("Bron", "Source"),
    "derived": ("afgeleid van {base}, +{p} per jaar", "derived from {base}, +{p} a year"),
    "as_in": ("als in {base}", "as in {base}"),
    "unverified": (" (niet geverifieerd)", " (unverified)"),
    "targets_heading": ("Doelen en hun bronnen", "Targets and their sources"),
    "target": ("Doel", "Target"),
    "points": ("{n} punten", "{n} points"),
}

_MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}

#: Intervention kinds as a reader names them.
def say(key: str, lang: str = "nl", **values) -> str:
    """A PDF phrase in the language, with {placeholders} filled in."""
    nl, en = _TEXT[key]
    return (en if lang == "en" else nl).format(**values)


def long_date(day: date, lang: str = "nl") -> str:
    """'12 mei 2026' / '12 May 2026'."""
    return f"{day.day} {_MONTHS['en' if lang == 'en' else 'nl'][day.month - 1]} {day.year}"


def listing(items: list[str], lang: str = "nl") -> str:
    """'a, b en c' / 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {say('and', lang)} {items[-1]}"


