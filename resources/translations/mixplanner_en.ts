<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AcquireForm</name>
    <message>
        <source>Aantal woningen</source>
        <translation>Number of dwellings</translation>
    </message>
</context>
<context>
    <name>AmountEditor</name>
    <message>
        <source>Aantal woningen</source>
        <translation>Number of dwellings</translation>
    </message>
    <message>
        <source>Aandeel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Alle woningen van de selectie</source>
        <translation>All dwellings of the selection</translation>
    </message>
</context>
<context>
    <name>AssumptionsDialog</name>
    <message>
        <source>Uitgangspunten</source>
        <translation>Assumptions</translation>
    </message>
    <message>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <source>gelijk aan het basisjaar</source>
        <translation>same as the base year</translation>
    </message>
    <message>
        <source>Basisjaar</source>
        <translation>Base year</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Beleidsjaar (grenzen voor de indeling)</source>
        <translation>Policy year (thresholds for the classification)</translation>
    </message>
    <message>
        <source>Indexatie grenzen na het laatste beleidsjaar</source>
        <translation>Threshold indexation after the last policy year</translation>
    </message>
    <message>
        <source>Indexatie huren</source>
        <translation>Rent indexation</translation>
    </message>
    <message>
        <source>Indexatie WOZ-waarden</source>
        <translation>WOZ value indexation</translation>
    </message>
    <message>
        <source>Jaren</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Indexatie per jaar</source>
        <translation>Indexation per year</translation>
    </message>
    <message>
        <source>Mutatiegraad per jaar, naar eigenaar</source>
        <translation>Turnover rate per year, by owner</translation>
    </message>
    <message>
        <source>Het basisjaar moet tussen {first} en {last} liggen: de jaren waarvoor de beleidstabel grenzen heeft.</source>
        <translation>The base year must lie between {first} and {last}: the years for which the policy table has thresholds.</translation>
    </message>
    <message>
        <source>De horizon moet {low} tot {high} jaar zijn.</source>
        <translation>The horizon must be {low} to {high} years.</translation>
    </message>
    <message>
        <source>De indexatie van de grenzen</source>
        <translation>The threshold indexation</translation>
    </message>
    <message>
        <source>De huurindexatie</source>
        <translation>The rent indexation</translation>
    </message>
    <message>
        <source>De WOZ-indexatie</source>
        <translation>The WOZ indexation</translation>
    </message>
    <message>
        <source>{name} moet tussen {low}% en +{high}% per jaar liggen.</source>
        <translation>{name} must lie between {low}% and +{high}% per year.</translation>
    </message>
    <message>
        <source>De mutatiegraad van {owner} moet tussen {low}% en {high}% per jaar liggen.</source>
        <translation>The turnover rate of {owner} must lie between {low}% and {high}% per year.</translation>
    </message>
    <message>
        <source>Scenario &apos;{scenario}&apos; heeft een ingreep in {year} ({title}), vóór het basisjaar.</source>
        <translation>Scenario &apos;{scenario}&apos; has an intervention in {year} ({title}), before the base year.</translation>
    </message>
    <message>
        <source>Uitgangspunten wijzigen</source>
        <translation>Change assumptions</translation>
    </message>
</context>
<context>
    <name>BuildForm</name>
    <message>
        <source>Buurt</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Oplevering</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Programma</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Woningtype</source>
        <translation>Dwelling type</translation>
    </message>
    <message>
        <source>Zorgtype</source>
        <translation>Care type</translation>
    </message>
    <message>
        <source>Gebruiksoppervlak</source>
        <translation>Floor area</translation>
    </message>
    <message>
        <source>Realisatiegraad</source>
        <translation>Realisation rate</translation>
    </message>
    <message>
        <source>Kavel</source>
        <translation>Plot</translation>
    </message>
    <message>
        <source>Buurt: kies de buurt waar gebouwd wordt</source>
        <translation>Neighbourhood: choose the neighbourhood where the dwellings are built</translation>
    </message>
</context>
<context>
    <name>CareForm</name>
    <message>
        <source>Aantal woningen</source>
        <translation>Number of dwellings</translation>
    </message>
    <message>
        <source>Zorgtype</source>
        <translation>Care type</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Mix door de jaren</source>
        <translation>Mix over the years</translation>
    </message>
    <message>
        <source>Voor en na per buurt</source>
        <translation>Before and after per neighbourhood</translation>
    </message>
    <message>
        <source>Verloop sociale huur</source>
        <translation>Social rent changes</translation>
    </message>
    <message>
        <source>jaar </source>
        <translation>year </translation>
    </message>
    <message>
        <source>Gebied</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Hele plan</source>
        <translation>Whole plan</translation>
    </message>
</context>
<context>
    <name>CheckedDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DemolishForm</name>
    <message>
        <source>Omvang</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>DemolishReplaceForm</name>
    <message>
        <source>Sloop</source>
        <translation>Demolition</translation>
    </message>
    <message>
        <source>Vervangingsfactor</source>
        <translation>Replacement ratio</translation>
    </message>
    <message>
        <source>Jaren tot oplevering</source>
        <translation>Years until completion</translation>
    </message>
    <message>
        <source>Programma</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Woningtype</source>
        <translation>Dwelling type</translation>
    </message>
    <message>
        <source>Gebruiksoppervlak</source>
        <translation>Floor area</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Er ging iets onverwachts mis. Sla uw plan op, bij voorkeur onder een nieuwe naam, en probeer het opnieuw; gebeurt het weer, stuur dan de details naar wie mixplanner beheert.</source>
        <translation>Something unexpected went wrong. Save your plan, preferably under a new name, and try again; if it happens again, send the details to whoever looks after mixplanner.</translation>
    </message>
    <message>
        <source>De details staan in {path}.</source>
        <translation>The details are in {path}.</translation>
    </message>
    <message>
        <source>De details konden niet in een logbestand worden bewaard.</source>
        <translation>The details could not be kept in a log file.</translation>
    </message>
    <message>
        <source>Details kopiëren</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Gekopieerd</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Afbeelding van</source>
        <translation>Image of</translation>
    </message>
    <message>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Bestand openen</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Formaat</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Scenario&apos;s</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Voorbeeld van de PDF-samenvatting</source>
        <translation>Preview of the PDF summary</translation>
    </message>
    <message>
        <source>Kies minstens één scenario.</source>
        <translation>Choose at least one scenario.</translation>
    </message>
    <message>
        <source>Kies waar het bestand moet komen.</source>
        <translation>Choose where the file should go.</translation>
    </message>
    <message>
        <source>{path} is een map; geef een bestandsnaam.</source>
        <translation>{path} is a folder; give a file name.</translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet; kies een andere plek.</source>
        <translation>The folder {folder} does not exist; choose another location.</translation>
    </message>
    <message>
        <source>In de map {folder} mag mixplanner niet schrijven; kies een andere plek.</source>
        <translation>mixplanner is not allowed to write to the folder {folder}; choose another location.</translation>
    </message>
    <message>
        <source>{path} kan niet worden geschreven: {reason}.</source>
        <translation>{path} cannot be written: {reason}.</translation>
    </message>
    <message>
        <source>Bezig met exporteren naar {name}…</source>
        <translation>Exporting to {name}…</translation>
    </message>
    <message>
        <source>Kies minstens één scenario voor een voorbeeld.</source>
        <translation>Choose at least one scenario for a preview.</translation>
    </message>
    <message>
        <source>Het voorbeeld wordt gemaakt…</source>
        <translation>Making the preview…</translation>
    </message>
    <message>
        <source>Klaar: {path} is geschreven.</source>
        <translation>Done: {path} has been written.</translation>
    </message>
    <message>
        <source>Geen voorbeeld: {reason}</source>
        <translation>No preview: {reason}</translation>
    </message>
    <message>
        <source>Het exporteren is mislukt. {reason}</source>
        <translation>The export failed. {reason}</translation>
    </message>
    <message>
        <source>Dit bestand bestaat al; exporteren vervangt het.</source>
        <translation>This file already exists; exporting replaces it.</translation>
    </message>
    <message>
        <source>Exporteren naar</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Even geduld: de export is nog bezig.</source>
        <translation>Please wait: the export is still running.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>PDF-samenvatting (.pdf)</source>
        <translation>PDF summary (.pdf)</translation>
    </message>
    <message>
        <source>Excel-werkmap (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>PowerPoint-presentatie (.pptx)</source>
        <translation>PowerPoint presentation (.pptx)</translation>
    </message>
    <message>
        <source>GeoPackage voor QGIS (.gpkg)</source>
        <translation>GeoPackage for QGIS (.gpkg)</translation>
    </message>
    <message>
        <source>CSV van de projectie (.csv)</source>
        <translation>CSV of the projection (.csv)</translation>
    </message>
    <message>
        <source>Grafiek of kaart als PNG (.png)</source>
        <translation>Chart or map as PNG (.png)</translation>
    </message>
    <message>
        <source>Grafiek of kaart als SVG (.svg)</source>
        <translation>Chart or map as SVG (.svg)</translation>
    </message>
    <message>
        <source>Woningmix door de jaren</source>
        <translation>Housing mix over the years</translation>
    </message>
    <message>
        <source>Woningmix per buurt, voor en na</source>
        <translation>Housing mix per neighbourhood, before and after</translation>
    </message>
    <message>
        <source>Mutaties in het jaar</source>
        <translation>Changes in the year</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Kaart nu</source>
        <translation>Map now</translation>
    </message>
    <message>
        <source>Kaart in het jaar</source>
        <translation>Map in the year</translation>
    </message>
    <message>
        <source>Kaarten nu en in het jaar</source>
        <translation>Maps now and in the year</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Openen...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <source>Alle bestanden die mixplanner opent ({patterns})</source>
        <translation>All files mixplanner opens ({patterns})</translation>
    </message>
    <message>
        <source>Plannen ({patterns})</source>
        <translation>Plans ({patterns})</translation>
    </message>
    <message>
        <source>Voorraadbestanden ({patterns})</source>
        <translation>Stock files ({patterns})</translation>
    </message>
    <message>
        <source>Alle bestanden (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Bestand niet gevonden</source>
        <translation>File not found</translation>
    </message>
    <message>
        <source>{path} bestaat niet meer; het is uit de lijst met recente bestanden gehaald.</source>
        <translation>{path} no longer exists; it has been removed from the list of recent files.</translation>
    </message>
</context>
<context>
    <name>InYearForm</name>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Woningen</source>
        <translation>Dwellings</translation>
    </message>
</context>
<context>
    <name>InterventionDialog</name>
    <message>
        <source>Verkoop</source>
        <translation>sale</translation>
    </message>
    <message>
        <source>Nieuwbouw</source>
        <translation>new build</translation>
    </message>
    <message>
        <source>Zorgwoningen</source>
        <translation>care housing</translation>
    </message>
    <message>
        <source>Sloop</source>
        <translation>demolition</translation>
    </message>
    <message>
        <source>Transformatie bij mutatie</source>
        <translation>transformation at turnover</translation>
    </message>
    <message>
        <source>Aankoop</source>
        <translation>acquisition</translation>
    </message>
    <message>
        <source>Sloop-nieuwbouw</source>
        <translation>demolition and new build</translation>
    </message>
    <message>
        <source>Herlabelen</source>
        <translation>relabelling</translation>
    </message>
    <message>
        <source>{kind} bewerken</source>
        <translation>Edit {kind}</translation>
    </message>
    <message>
        <source>{kind} toevoegen</source>
        <translation>Add {kind}</translation>
    </message>
    <message>
        <source>bijv. Verkoop Ooipoort fase 1 (leeg: soort en jaar)</source>
        <translation>e.g. Sale Ooipoort phase 1 (empty: kind and year)</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>InterventionListModel</name>
    <message>
        <source>nr.</source>
        <translation>no.</translation>
    </message>
    <message>
        <source>ingreep</source>
        <translation>intervention</translation>
    </message>
    <message>
        <source>soort</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>jaren</source>
        <translation>years</translation>
    </message>
    <message>
        <source>aan</source>
        <translation>on</translation>
    </message>
</context>
<context>
    <name>KeyHelp</name>
    <message>
        <source>PageDown / →</source>
        <translation>PageDown / →</translation>
    </message>
    <message>
        <source>volgende weergave</source>
        <translation>next view</translation>
    </message>
    <message>
        <source>PageUp / ←</source>
        <translation>PageUp / ←</translation>
    </message>
    <message>
        <source>vorige weergave</source>
        <translation>previous view</translation>
    </message>
    <message>
        <source>↑ / +</source>
        <translation>↑ / +</translation>
    </message>
    <message>
        <source>een jaar later</source>
        <translation>one year later</translation>
    </message>
    <message>
        <source>↓ / −</source>
        <translation>↓ / −</translation>
    </message>
    <message>
        <source>een jaar eerder</source>
        <translation>one year earlier</translation>
    </message>
    <message>
        <source>S / Shift+S</source>
        <translation>S / Shift+S</translation>
    </message>
    <message>
        <source>volgend / vorig scenario</source>
        <translation>next / previous scenario</translation>
    </message>
    <message>
        <source>A / Shift+A</source>
        <translation>A / Shift+A</translation>
    </message>
    <message>
        <source>volgend / vorig gebied (mix en doelen)</source>
        <translation>next / previous area (mix and targets)</translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <source>ingreep 1 … 9 aan of uit (ongedaan maken kan in het venster)</source>
        <translation>intervention 1 … 9 on or off (undo it in the main window)</translation>
    </message>
    <message>
        <source>H / F1</source>
        <translation>H / F1</translation>
    </message>
    <message>
        <source>deze hulp tonen of verbergen</source>
        <translation>show or hide this help</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>presentatie verlaten</source>
        <translation>leave the presentation</translation>
    </message>
    <message>
        <source>Toetsen</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Scenario&apos;s</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Grafieken</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Voorraad</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Opslaan &amp;als...</source>
        <translation>Save &amp;As...</translation>
    </message>
    <message>
        <source>&amp;Exporteren...</source>
        <translation>&amp;Export...</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Voorkeuren...</source>
        <translation>&amp;Preferences...</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Uitgangspunten...</source>
        <translation>&amp;Assumptions...</translation>
    </message>
    <message>
        <source>&amp;Beeld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Standaardindeling &amp;herstellen</source>
        <translation>&amp;Restore default layout</translation>
    </message>
    <message>
        <source>&amp;Presentatie</source>
        <translation>&amp;Presentation</translation>
    </message>
    <message>
        <source>naamloos</source>
        <translation>untitled</translation>
    </message>
    <message>
        <source>Plan opslaan</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Het plan heeft wijzigingen die niet zijn opgeslagen. Opslaan?</source>
        <translation>The plan has unsaved changes. Save them?</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>gesloopt</source>
        <translation>demolished</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>nieuwbouwkavel (kleur: grootste segment)</source>
        <translation>new-build plot (colour: largest segment)</translation>
    </message>
    <message>
        <source>nieuwbouw zonder kavel: {n} woningen (niet op de kaart)</source>
        <translation>new build without a plot: {n} dwellings (not on the map)</translation>
    </message>
    <message>
        <source>Scenario, eind {year}</source>
        <translation>Scenario, end of {year}</translation>
    </message>
    <message>
        <source>en nog {n} andere wijzigingen</source>
        <translation>and {n} other changes</translation>
    </message>
    <message>
        <source>geen gebouw verandert van segment</source>
        <translation>no building changes segment</translation>
    </message>
    <message>
        <source>ongewijzigd</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Verschil nu → eind {year} (gebouwen)</source>
        <translation>Difference now → end of {year} (buildings)</translation>
    </message>
    <message>
        <source>ongewijzigd: {segment}</source>
        <translation>unchanged: {segment}</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>De kaart wordt opgebouwd...</source>
        <translation>Building the map...</translation>
    </message>
    <message>
        <source>De kaart kon niet worden getekend</source>
        <translation>The map could not be drawn</translation>
    </message>
</context>
<context>
    <name>MapToolbar</name>
    <message>
        <source>De voorraad zoals die nu is</source>
        <translation>The stock as it is now</translation>
    </message>
    <message>
        <source>Elk gebouw in het segment van het gekozen jaar van het scenario</source>
        <translation>Every building in its segment in the chosen year of the scenario</translation>
    </message>
    <message>
        <source>Gebouwen waarvan het segment tot het gekozen jaar verandert</source>
        <translation>Buildings whose segment changes up to the chosen year</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Jaar </source>
        <translation>Year </translation>
    </message>
    <message>
        <source>Jaar van het scenario op de kaart</source>
        <translation>Year of the scenario on the map</translation>
    </message>
    <message>
        <source>Kavel tekenen</source>
        <translation>Draw plot</translation>
    </message>
    <message>
        <source>Teken een kavel voor nieuwbouw: klik de hoeken, dubbelklik of Enter om te sluiten</source>
        <translation>Draw a plot for new build: click its corners, double-click or press Enter to close it</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Kolommen toewijzen: {file}</source>
        <translation>Assign columns: {file}</translation>
    </message>
    <message>
        <source>Niet alle kolommen van {file} zijn herkend. Kies per kolom welk gegeven erin staat; een kolom zonder keuze wordt ongebruikt meegenomen.</source>
        <translation>Not all columns of {file} were recognised. Choose for each column what it holds; a column without a choice is kept but not used.</translation>
    </message>
    <message>
        <source>Laden</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Toewijzing laden...</source>
        <translation>Load mapping...</translation>
    </message>
    <message>
        <source>Toewijzing opslaan...</source>
        <translation>Save mapping...</translation>
    </message>
    <message>
        <source>Een eerder opgeslagen toewijzingsbestand (TOML of JSON) overnemen</source>
        <translation>Use a mapping file saved before (TOML or JSON)</translation>
    </message>
    <message>
        <source>Deze toewijzing bewaren als toewijzingsbestand (TOML) voor een volgende keer</source>
        <translation>Keep this mapping as a mapping file (TOML) for next time</translation>
    </message>
    <message>
        <source>Kolom in het bestand</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Eerste waarden</source>
        <translation>First values</translation>
    </message>
    <message>
        <source>Gegeven in mixplanner</source>
        <translation>Field in mixplanner</translation>
    </message>
    <message>
        <source>{column} (niet herkend)</source>
        <translation>{column} (not recognised)</translation>
    </message>
    <message>
        <source>(niet gebruiken)</source>
        <translation>(do not use)</translation>
    </message>
    <message>
        <source>Voorbeeld: de eerste rijen van het bestand</source>
        <translation>Preview: the first rows of the file</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is aan meer dan één kolom toegewezen ({columns}); kies er één.</source>
        <translation>&apos;{field}&apos; is assigned to more than one column ({columns}); choose one.</translation>
    </message>
    <message>
        <source>Wijs ten minste één kolom toe aan eigenaar, kale huur, WWS-punten, WOZ-waarde of segment (invoer): zonder een daarvan kan mixplanner geen segment bepalen.</source>
        <translation>Assign at least one column to owner, bare rent, WWS points, WOZ value or segment (input): without one of them mixplanner cannot determine a segment.</translation>
    </message>
    <message>
        <source>{used} van {total} kolommen toegewezen; de andere worden ongebruikt meegenomen.</source>
        <translation>{used} of {total} columns assigned; the others are kept but not used.</translation>
    </message>
    <message>
        <source>Toewijzing niet geladen</source>
        <translation>Mapping not loaded</translation>
    </message>
    <message>
        <source>Toewijzing niet opgeslagen</source>
        <translation>Mapping not saved</translation>
    </message>
    <message>
        <source>{path} kan niet worden geschreven: {reason}.</source>
        <translation>{path} cannot be written: {reason}.</translation>
    </message>
    <message>
        <source>Toewijzing laden</source>
        <translation>Load mapping</translation>
    </message>
    <message>
        <source>Toewijzingsbestanden (*.toml *.json)</source>
        <translation>Mapping files (*.toml *.json)</translation>
    </message>
    <message>
        <source>Toewijzing opslaan</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <source>Toewijzingsbestand (*.toml)</source>
        <translation>Mapping file (*.toml)</translation>
    </message>
</context>
<context>
    <name>Opener</name>
    <message>
        <source>Het plan heeft wijzigingen die niet zijn opgeslagen. Opslaan voordat een ander bestand wordt geopend?</source>
        <extracomment>windows an Opener made: Python must hold them, as nothing else does, until they are closed</extracomment>
        <translation>The plan has unsaved changes. Save them before another file is opened?</translation>
    </message>
    <message>
        <source>{file} openen...</source>
        <translation>Opening {file}...</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{file} kon niet worden geopend door een onverwachte fout in mixplanner ({kind}).</source>
        <translation>{file} could not be opened because of an unexpected error in mixplanner ({kind}).</translation>
    </message>
    <message>
        <source>Bestand niet geopend</source>
        <translation>File not opened</translation>
    </message>
    <message>
        <source>Het plan dat open was, blijft open.</source>
        <translation>The plan that was open stays open.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Pagina {n}</source>
        <translation>Page {n}</translation>
    </message>
</context>
<context>
    <name>Plot</name>
    <message>
        <source>{m2} m² ({ha} ha)</source>
        <translation>{m2} m² ({ha} ha)</translation>
    </message>
    <message>
        <source>indicatief {n} woningen ({density} per ha)</source>
        <translation>indicative {n} dwellings ({density} per ha)</translation>
    </message>
</context>
<context>
    <name>PlotLayer</name>
    <message>
        <source>{n} woningen vanaf {year}</source>
        <translation>{n} dwellings from {year}</translation>
    </message>
    <message>
        <source>{n} woningen</source>
        <translation>{n} dwellings</translation>
    </message>
</context>
<context>
    <name>PlotPanel</name>
    <message>
        <source>Nieuwbouw op deze kavel...</source>
        <translation>New build on this plot...</translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Kavel tekenen</source>
        <translation>Draw plot</translation>
    </message>
    <message>
        <source>Klik de hoeken van de kavel. Dubbelklik of Enter sluit de kavel, Esc stopt.</source>
        <translation>Click the corners of the plot. Double-click or Enter closes the plot, Esc stops.</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Kavel</source>
        <translation>Plot</translation>
    </message>
    <message>
        <source>Oppervlakte: {area}</source>
        <translation>Area: {area}</translation>
    </message>
    <message>
        <source>Capaciteit: {capacity}</source>
        <translation>Capacity: {capacity}</translation>
    </message>
    <message>
        <source>Buurt: {name}</source>
        <translation>Neighbourhood: {name}</translation>
    </message>
    <message>
        <source>Buiten de buurten van het plan: kies de buurt in het formulier</source>
        <translation>Outside the plan&apos;s neighbourhoods: choose the neighbourhood in the form</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Voorkeuren</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Systeemtaal</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Een andere taal gaat in wanneer mixplanner opnieuw wordt gestart.</source>
        <translation>A different language takes effect when mixplanner is started again.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> woningen per ha</source>
        <translation> dwellings per ha</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Herstelkopie elke</source>
        <translation>Recovery copy every</translation>
    </message>
    <message>
        <source>Dichtheid voor capaciteit</source>
        <translation>Density for capacity</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>doeljaar</source>
        <translation>target year</translation>
    </message>
    <message>
        <source>Doelen in {year}</source>
        <translation>Targets in {year}</translation>
    </message>
    <message>
        <source>Nu ({year})</source>
        <translation>Now ({year})</translation>
    </message>
    <message>
        <source>{year}, scenario {name}</source>
        <translation>{year}, scenario {name}</translation>
    </message>
    <message>
        <source>ander segment of nieuw sinds {year} ({n} gebouwen)</source>
        <translation>segment changed or new since {year} ({n} buildings)</translation>
    </message>
    <message>
        <source>{n} nieuwbouwwoningen zonder getekende kavel staan niet op de kaart</source>
        <translation>{n} new-build dwellings without a drawn plot are not on the map</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>A: {a}    B: {b}</source>
        <translation>A: {a}    B: {b}</translation>
    </message>
    <message>
        <source>Woningmix per buurt in {year}</source>
        <translation>Housing mix per neighbourhood in {year}</translation>
    </message>
</context>
<context>
    <name>PresentationStrip</name>
    <message>
        <source>H: toetsen</source>
        <translation>H: keys</translation>
    </message>
    <message>
        <source>{year} · </source>
        <translation>{year} · </translation>
    </message>
    <message>
        <source>{scenario} · {year}{view}</source>
        <translation>{scenario} · {year}{view}</translation>
    </message>
    <message>
        <source>Ingreep {n}: {title}, {state}</source>
        <translation>Intervention {n}: {title}, {state}</translation>
    </message>
    <message>
        <source>aan</source>
        <translation>on</translation>
    </message>
    <message>
        <source>uit</source>
        <translation>off</translation>
    </message>
    <message>
        <source>+{n} meer</source>
        <translation>+{n} more</translation>
    </message>
    <message>
        <source>Geen ingrepen in dit scenario</source>
        <translation>No interventions in this scenario</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Presentatie - mixplanner</source>
        <translation>Presentation - mixplanner</translation>
    </message>
    <message>
        <source>Mix en doelen</source>
        <translation>Mix and targets</translation>
    </message>
    <message>
        <source>Kaart voor en na</source>
        <translation>Map before and after</translation>
    </message>
    <message>
        <source>Scenario&apos;s vergeleken</source>
        <translation>Scenarios compared</translation>
    </message>
    <message>
        <source>{title} ({n}/{count})</source>
        <translation>{title} ({n}/{count})</translation>
    </message>
    <message>
        <source>Dit scenario heeft geen ingreep {n}</source>
        <translation>This scenario has no intervention {n}</translation>
    </message>
    <message>
        <source>rekent…</source>
        <translation>calculating…</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <source>fout</source>
        <translation>error</translation>
    </message>
    <message>
        <source>waarschuwing</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>melding</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Aandeel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{total} % (moet 100 % zijn)</source>
        <translation>{total} % (must be 100 %)</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>&amp;Recente bestanden</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>{path} bestaat niet meer</source>
        <translation>{path} no longer exists</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Lijst &amp;wissen</source>
        <translation>&amp;Clear list</translation>
    </message>
</context>
<context>
    <name>RecoveryOffer</name>
    <message>
        <source>nog niet opgeslagen</source>
        <translation>not saved yet</translation>
    </message>
    <message>
        <source>mixplanner is de vorige keer niet netjes afgesloten. Er is een herstelkopie van &apos;{title}&apos; van {when}.</source>
        <translation>mixplanner did not close properly last time. There is a recovery copy of &apos;{title}&apos; from {when}.</translation>
    </message>
    <message>
        <source>Oorspronkelijk bestand: {where}. Herstellen opent de kopie met de wijzigingen die niet waren opgeslagen; Verwijderen gooit ze weg.</source>
        <translation>Original file: {where}. Restore opens the copy with the changes that were not saved; Discard throws them away.</translation>
    </message>
    <message>
        <source>Herstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>RelabelForm</name>
    <message>
        <source>(ongewijzigd)</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <source>Nieuwe eigenaar</source>
        <translation>New owner</translation>
    </message>
    <message>
        <source>Nieuw segment</source>
        <translation>New segment</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Controle van {file}</source>
        <translation>Check of {file}</translation>
    </message>
    <message>
        <source>{file}: {total} rijen in het bestand, {loaded} geladen, {rejected} afgewezen.</source>
        <translation>{file}: {total} rows in the file, {loaded} loaded, {rejected} rejected.</translation>
    </message>
    <message>
        <source>{errors} (de rij is afgewezen), {warnings} (de rij is geladen; er is iets aangenomen of hersteld), {infos}.</source>
        <translation>{errors} (the row is rejected), {warnings} (the row is loaded; something was assumed or corrected), {infos}.</translation>
    </message>
    <message>
        <source>{n} fout</source>
        <translation>{n} error</translation>
    </message>
    <message>
        <source>{n} fouten</source>
        <translation>{n} errors</translation>
    </message>
    <message>
        <source>{n} waarschuwing</source>
        <translation>{n} warning</translation>
    </message>
    <message>
        <source>{n} waarschuwingen</source>
        <translation>{n} warnings</translation>
    </message>
    <message>
        <source>{n} melding</source>
        <translation>{n} note</translation>
    </message>
    <message>
        <source>{n} meldingen</source>
        <translation>{n} notes</translation>
    </message>
    <message>
        <source>Alle meldingen ({n})</source>
        <translation>All messages ({n})</translation>
    </message>
    <message>
        <source>Fouten</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Waarschuwingen</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{label} ({n})</source>
        <translation>{label} ({n})</translation>
    </message>
    <message>
        <source>Accepteren</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Opslaan als CSV...</source>
        <translation>Save as CSV...</translation>
    </message>
    <message>
        <source>De getoonde meldingen als tabel (tab-gescheiden) naar het klembord</source>
        <translation>Copy the messages shown as a table (tab-separated) to the clipboard</translation>
    </message>
    <message>
        <source>De getoonde meldingen opslaan als CSV-bestand</source>
        <translation>Save the messages shown as a CSV file</translation>
    </message>
    <message>
        <source>Toon:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Er is geen enkele rij geladen. Kies Annuleren en pas het bestand of de kolomtoewijzing aan.</source>
        <translation>Not a single row was loaded. Choose Cancel and correct the file or the column mapping.</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>{path} kan niet worden geschreven: {reason}.</source>
        <translation>{path} cannot be written: {reason}.</translation>
    </message>
    <message>
        <source>Meldingen opslaan</source>
        <translation>Save messages</translation>
    </message>
    <message>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
</context>
<context>
    <name>ScenarioListModel</name>
    <message>
        <source>Basisscenario: de voorraad zonder ingrepen</source>
        <translation>Baseline: the stock without interventions</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Verkoop</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Nieuwbouw</source>
        <translation>New build</translation>
    </message>
    <message>
        <source>Sloop</source>
        <translation>Demolition</translation>
    </message>
    <message>
        <source>Sloop-nieuwbouw</source>
        <translation>Demolition and new build</translation>
    </message>
    <message>
        <source>Zorgwoningen</source>
        <translation>Care housing</translation>
    </message>
    <message>
        <source>Transformatie bij mutatie</source>
        <translation>Transformation at turnover</translation>
    </message>
    <message>
        <source>Aankoop</source>
        <translation>Acquisition</translation>
    </message>
    <message>
        <source>Ingreep toevoegen</source>
        <translation>Add intervention</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>De gekozen ingreep verwijderen</source>
        <translation>Remove the selected intervention</translation>
    </message>
    <message>
        <source>Nieuw scenario</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Het gekozen scenario kopiëren, met zijn ingrepen</source>
        <translation>Copy the selected scenario, with its interventions</translation>
    </message>
    <message>
        <source>Hernoemen</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>De naam van het gekozen scenario wijzigen (F2)</source>
        <translation>Change the name of the selected scenario (F2)</translation>
    </message>
    <message>
        <source>Scenario verwijderen</source>
        <translation>Delete scenario</translation>
    </message>
    <message>
        <source>Scenario &apos;{name}&apos; met {n} ingrepen verwijderen?
Met Ongedaan maken (Ctrl+Z) komt het terug.</source>
        <translation>Delete scenario &apos;{name}&apos; with {n} interventions?
Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Scenario&apos;s</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Het basisscenario kan niet worden hernoemd of verwijderd: het is de voorraad zonder ingrepen, waarmee elk ander scenario wordt vergeleken. Kies een ander scenario, of maak er een met Nieuw scenario of Kopiëren.</source>
        <translation>The baseline cannot be renamed or deleted: it is the stock without interventions that every other scenario is compared with. Choose another scenario, or make one with New scenario or Copy.</translation>
    </message>
    <message>
        <source>Een scenario heeft een naam nodig; de naam blijft &apos;{old}&apos;.</source>
        <translation>A scenario needs a name; the name stays &apos;{old}&apos;.</translation>
    </message>
    <message>
        <source>Er is al een scenario met de naam &apos;{new}&apos;; kies een andere naam.</source>
        <translation>There is already a scenario named &apos;{new}&apos;; choose another name.</translation>
    </message>
    <message>
        <source>Scenario hernoemen</source>
        <translation>Rename scenario</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>van</source>
        <translation>from</translation>
    </message>
    <message>
        <source>tot en met</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <source>Totaal aantal woningen</source>
        <translation>Total number of dwellings</translation>
    </message>
    <message>
        <source>Oplevering: het laatste jaar ligt vóór het eerste</source>
        <translation>Completion: the last year is before the first</translation>
    </message>
    <message>
        <source>Per jaar (eigen verdeling): {split}</source>
        <translation>Per year (own split): {split}</translation>
    </message>
    <message>
        <source>Per jaar: {split}</source>
        <translation>Per year: {split}</translation>
    </message>
</context>
<context>
    <name>SelectionEditor</name>
    <message>
        <source>Huidige selectie op de kaart ({n} geselecteerd)</source>
        <translation>Current selection on the map ({n} selected)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>bijv. eigenaar = woningcorporatie en bouwjaar &lt; 1970</source>
        <translation>e.g. owner = corporation and building_year &lt; 1970</translation>
    </message>
    <message>
        <source>Het hele plan (alle woningen)</source>
        <translation>The whole plan (all dwellings)</translation>
    </message>
    <message>
        <source>Filter is geldig</source>
        <translation>The filter is valid</translation>
    </message>
    <message>
        <source>Leeg filter: alle woningen</source>
        <translation>Empty filter: all dwellings</translation>
    </message>
    <message>
        <source>Bewaarde selectie: {what}</source>
        <translation>Kept selection: {what}</translation>
    </message>
</context>
<context>
    <name>SellForm</name>
    <message>
        <source>Omvang</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Korting</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Prijs</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Vaste prijs per woning (€)</source>
        <translation>Fixed price per dwelling (€)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>De herstelkopie kon niet worden geopend: {reason}</source>
        <translation>The recovery copy could not be opened: {reason}</translation>
    </message>
    <message>
        <source>De herstelkopie kon niet worden gemaakt: {reason}</source>
        <translation>The recovery copy could not be made: {reason}</translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <source>Zoek op id, buurtcode of buurtnaam</source>
        <translation>Search by id, neighbourhood code or neighbourhood name</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <source>buurt</source>
        <translation>neighbourhood</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Doel bewerken</source>
        <translation>Edit target</translation>
    </message>
    <message>
        <source>Doel toevoegen</source>
        <translation>Add target</translation>
    </message>
    <message>
        <source>segment (prijsklasse)</source>
        <translation>segment (price class)</translation>
    </message>
    <message>
        <source>eigenaar</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>eigen keuze</source>
        <translation>own choice</translation>
    </message>
    <message>
        <source>minstens</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>hoogstens</source>
        <translation>at most</translation>
    </message>
    <message>
        <source>aandeel (%)</source>
        <translation>share (%)</translation>
    </message>
    <message>
        <source>aantal woningen</source>
        <translation>number of dwellings</translation>
    </message>
    <message>
        <source>van de voorraad</source>
        <translation>of the stock</translation>
    </message>
    <message>
        <source>van de nieuwbouw</source>
        <translation>of new build</translation>
    </message>
    <message>
        <source>het hele plan</source>
        <translation>the whole plan</translation>
    </message>
    <message>
        <source>elke buurt</source>
        <translation>every neighbourhood</translation>
    </message>
    <message>
        <source>elke gemeente</source>
        <translation>every municipality</translation>
    </message>
    <message>
        <source>één buurt</source>
        <translation>one neighbourhood</translation>
    </message>
    <message>
        <source>leeg: de omschrijving van het doel</source>
        <translation>empty: the description of the target</translation>
    </message>
    <message>
        <source>bijv. Woonvisie 2025</source>
        <translation>e.g. Woonvisie 2025</translation>
    </message>
    <message>
        <source>Meet</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Categorieën</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Grens</source>
        <translation>Bound</translation>
    </message>
    <message>
        <source>Maat</source>
        <translation>Measure as</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Uiterlijk in</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Kies ten minste één categorie om te meten.</source>
        <translation>Choose at least one category to measure.</translation>
    </message>
    <message>
        <source>Een aandeel ligt tussen 0% en 100%; kies een lager percentage of meet een aantal woningen.</source>
        <translation>A share lies between 0% and 100%; choose a lower percentage or measure a number of dwellings.</translation>
    </message>
    <message>
        <source>Een nieuwbouwdoel meet segmenten, geen eigenaren.</source>
        <translation>A new-build target measures segments, not owners.</translation>
    </message>
    <message>
        <source>Er zijn geen buurten om uit te kiezen.</source>
        <translation>There are no neighbourhoods to choose from.</translation>
    </message>
    <message>
        <source>Dit doel staat al in het plan.</source>
        <translation>This target is already in the plan.</translation>
    </message>
</context>
<context>
    <name>TargetEditor</name>
    <message>
        <source>Doel toevoegen: {target}</source>
        <translation>Add target: {target}</translation>
    </message>
    <message>
        <source>Doel bewerken: {target}</source>
        <translation>Edit target: {target}</translation>
    </message>
    <message>
        <source>Doel verwijderen: {target}</source>
        <translation>Remove target: {target}</translation>
    </message>
    <message>
        <source>De doelen van {preset} staan al in het plan.</source>
        <translation>The targets of {preset} are already in the plan.</translation>
    </message>
    <message>
        <source>Voorinstelling toevoegen: {preset}</source>
        <translation>Add preset: {preset}</translation>
    </message>
</context>
<context>
    <name>TargetStatusModel</name>
    <message>
        <source>doel</source>
        <translation>target</translation>
    </message>
    <message>
        <source>gebied</source>
        <translation>area</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>gehaald vanaf</source>
        <translation>met from</translation>
    </message>
    <message>
        <source>tekort (woningen)</source>
        <translation>shortfall (dwellings)</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <source>Doel toevoegen...</source>
        <translation>Add target...</translation>
    </message>
    <message>
        <source>Bewerken...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Voorinstelling</source>
        <translation>Preset</translation>
    </message>
</context>
<context>
    <name>TurnoverForm</name>
    <message>
        <source>Eerste jaar</source>
        <translation>First year</translation>
    </message>
    <message>
        <source>Laatste jaar (t/m)</source>
        <translation>Last year (inclusive)</translation>
    </message>
    <message>
        <source>Woningen</source>
        <translation>Dwellings</translation>
    </message>
    <message>
        <source>Aandeel opnieuw verhuurd</source>
        <translation>Share re-let</translation>
    </message>
    <message>
        <source>Nieuw segment</source>
        <translation>New segment</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Hoogstens (woningen, alle jaren samen)</source>
        <translation>At most (dwellings, all years together)</translation>
    </message>
    <message>
        <source>Laatste jaar: het laatste jaar ligt vóór het eerste</source>
        <translation>Last year: the last year is before the first</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>sociale huur</source>
        <extracomment>every value the window may show, listed so that lupdate finds them</extracomment>
        <translation>social rent</translation>
    </message>
    <message>
        <source>middenhuur</source>
        <translation>regulated mid rent</translation>
    </message>
    <message>
        <source>vrije sector huur</source>
        <translation>free-sector rent</translation>
    </message>
    <message>
        <source>betaalbare koop</source>
        <translation>affordable owner-occupied</translation>
    </message>
    <message>
        <source>dure koop</source>
        <translation>expensive owner-occupied</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>woningcorporatie</source>
        <translation>housing corporation</translation>
    </message>
    <message>
        <source>particuliere verhuurder</source>
        <translation>private landlord</translation>
    </message>
    <message>
        <source>eigenaar-bewoner</source>
        <translation>owner-occupier</translation>
    </message>
    <message>
        <source>eengezins</source>
        <translation>single-family</translation>
    </message>
    <message>
        <source>meergezins</source>
        <translation>multi-family</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>nultreden</source>
        <translation>step-free</translation>
    </message>
    <message>
        <source>geclusterd</source>
        <translation>clustered</translation>
    </message>
    <message>
        <source>zorgwoning</source>
        <translation>care home</translation>
    </message>
    <message>
        <source>intramuraal</source>
        <translation>intramural</translation>
    </message>
    <message>
        <source>verkoop</source>
        <translation>sale</translation>
    </message>
    <message>
        <source>nieuwbouw</source>
        <translation>new build</translation>
    </message>
    <message>
        <source>zorg</source>
        <translation>care housing</translation>
    </message>
    <message>
        <source>sloop</source>
        <translation>demolition</translation>
    </message>
    <message>
        <source>transformatie</source>
        <translation>transformation at turnover</translation>
    </message>
    <message>
        <source>aankoop</source>
        <translation>acquisition</translation>
    </message>
    <message>
        <source>sloop-nieuwbouw</source>
        <translation>demolition and new build</translation>
    </message>
    <message>
        <source>herlabelen</source>
        <translation>relabel</translation>
    </message>
    <message>
        <source>Basis (geen ingrepen)</source>
        <translation>Baseline (no interventions)</translation>
    </message>
    <message>
        <source>gehaald</source>
        <translation>met</translation>
    </message>
    <message>
        <source>niet gehaald</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>geen gegevens</source>
        <translation>no data</translation>
    </message>
</context>
</TS>
