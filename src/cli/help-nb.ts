/**
 * `spc --help` in bokmål. The English help is written where each command is registered (so it
 * reads beside the code); this file holds the bokmål of every command, argument and option,
 * keyed by command name and the option's long flag, and localise-help.ts puts it in place.
 * test/locale/cli-help.test.ts checks that every option of every command has its bokmål here.
 *
 * @module
 */

/** The bokmål help of one command. */
export interface CommandHelpNb {
  description: string;
  /** By argument name. */
  arguments?: Readonly<Record<string, string>>;
  /** By the option's long flag (`--chart`), or short flag when it has no long one. */
  options: Readonly<Record<string, string>>;
  /** The text after the options (examples, exit codes); replaces the English one. */
  after?: string;
}

const EXIT_CHART = `Avslutningskoder: 0 ok, 1 ugyldige data (med --strict: enhver linje som ikke kan leses), 2 ugyldig valg eller kolonne, 3 filen kan ikke leses eller skrives.
Problemer skrives som FIL:LINJE:KOLONNE: melding.`;

/** Bokmål help, by command name (`spc` is the program itself). */
export const HELP_NB: Readonly<Record<string, CommandHelpNb>> = {
  spc: {
    description: "Statistiske prosesskontrolldiagrammer (SPC) for forbedringsarbeid i helsetjenesten (samsvarer med qicharts2).",
    options: {
      "--lang": "språk for meldinger og hjelp: nb eller en (standard: fra LANG)",
      "--debug": "ved en intern feil: skriv stakksporet (for en feilmelding); kan stå hvor som helst på linjen",
    },
  },
  compute: {
    description: "beregn en diagramspesifikasjon (JSON) og skriv resultatet som JSON",
    arguments: { file: "fil med diagramspesifikasjon, eller - for standard inndata" },
    options: { "--compact": "skriv JSON på én linje", "--lang": "språk for teksten til hvert funn og for meldinger", "--max-bytes": "største fil som leses, i byte eller med enhet (standard 100MB; f.eks. 500MB, 2GB)", },
    after:
      "\nEksempler:\n  spc compute examples/specs/falls-nursing-home.json\n  cat spec.json | spc compute - --lang en\n\nJSON skrives i biter etter hvert som den lages, så et resultat med en million punkter trenger ingen kjempestor tekst.",
  },
  render: {
    description: "beregn en diagramspesifikasjon (JSON) og tegn den som SVG, eller som PNG med --png",
    arguments: { file: "fil med diagramspesifikasjon, eller - for standard inndata" },
    options: {
      "--output": "skriv til denne filen i stedet for standard utdata (et navn som slutter på .png betyr --png)",
      "--png": "skriv PNG i stedet for SVG (krever tilleggspakken @resvg/resvg-js)",
      "--lang": "språk for datoer, tall og ord: nb eller en (standard nb)",
      "--width": "bredde i px (standard 720)",
      "--height": "høyde i px (standard 400; mer for diagrammer med fasetter)",
      "--scale": "PNG-piksler per SVG-px (standard 2)",
      "--max-bytes": "største fil som leses, i byte eller med enhet (standard 100MB; f.eks. 500MB, 2GB)",
    },
    after: "\nEksempler:\n  spc render examples/specs/falls-nursing-home.json -o diagram.svg\n  spc render spec.json --lang en --png -o diagram.png",
  },
  chart: {
    description: "lag et diagram fra en CSV-fil (eller en hendelseslogg): SVG, PNG eller det beregnede resultatet som JSON",
    arguments: { file: "CSV- eller TSV-fil (skilt med ; , eller tabulator, desimalkomma eller -punktum), eller - for standard inndata" },
    options: {
      "--chart": "diagramtype, eller auto for å velge ut fra dataene",
      "--x": "kolonne for undergrupper (datoer, tall eller etiketter); med --events datokolonnen",
      "--y": "kolonne med verdier (telleren for P- og U-diagram); finnes fra dataene når den mangler",
      "--n": "kolonne med nevner (P- og U-diagram)",
      "--facet": "ett diagram per verdi i denne kolonnen (f.eks. avdelingen)",
      "--note": "kolonne med merknader",
      "--part": "kolonne med fasenavn: en ny fase starter der navnet skifter",
      "--wide": "et bredt ark: hver kolonne unntatt --x har verdiene til én enhet",
      "--events": "les FIL som en hendelseslogg: én rad per hendelse (C-, U-, T-diagram) eller per tilfelle (G, P med --event)",
      "--period": "hendelseslogger: tell per periode (standard måned); tabeller: rund datoer ned til den",
      "--event": "hendelseslogger: ja/nei-kolonnen i en logg over tilfeller (G-diagram: tilfeller mellom hendelser)",
      "--same-day": "hendelseslogger: hvordan hendelser samme dag uten klokkeslett telles i et T-diagram",
      "--time": "hendelseslogger, T-diagram: kolonnen med klokkeslett (14:30, kl. 14), så hendelser samme dag får timer mellom seg; finnes automatisk når den mangler",
      "--denominators": "hendelseslogger: nevnere per periode (f.eks. liggedøgn), gir et U-diagram",
      "--denominator-x": "datokolonnen i nevnerfilen (standard den første)",
      "--denominator-n": "verdikolonnen i nevnerfilen (standard den andre)",
      "--include": "hendelseslogger: ta med rader der kolonnen har en av verdiene (skilt med |); kan gjentas",
      "--multiply": "skaler y (100 for prosent, 1000 for promille)",
      "--freeze": "grunnlinje: grenser fra undergruppene til og med denne posisjonen eller datoen",
      "--breaks": "nye faser etter disse posisjonene eller fra disse datoene, kommaseparert; kan gjentas",
      "--target": "mållinje, på diagrammets skala",
      "--direction": "hvilken retning som er bedre",
      "--title": "diagramtittel",
      "--y-label": "tekst på y-aksen",
      "--decimal": "desimaltegnet i tallene (finnes automatisk når det mangler)",
      "--delimiter": "skilletegn mellom felt (finnes automatisk når det mangler)",
      "--sheet": "arket i en Excel-arbeidsbok (navn eller nummer); standard det første arket med en talltabell",
      "--year": "året for første uke eller måned når x mangler år (Uke 3, januar); hentes fra filnavnet når det mangler",
      "--skip-lines": "linjer over overskriftsraden som skal hoppes over (f.eks. en rapporttittel i første rad)",
      "--strict": "avslutt med feil (kode 1) ved enhver linje som ikke kan leses, i stedet for å utelate den",
      "--output": "utdatafil: .svg, .png, eller .json for det beregnede resultatet; - eller utelatt for standard utdata",
      "--png": "skriv også en PNG ved siden av SVG-filen (FIL.png)",
      "--lang": "språk for diagrammets tekster og for meldinger",
      "--width": "diagrammets bredde",
      "--height": "diagrammets høyde",
      "--quiet": "ikke skriv advarsler",
      "--max-bytes": "største fil som leses, i byte eller med enhet (standard 100MB; f.eks. 500MB, 2GB)",
    },
    after: `
Eksempler:
  spc chart fall-sykehjem.csv --chart u --x Måned --y Fall --n Liggedøgn --multiply 1000 -o fall.svg
  spc chart fall-sykehjem.csv --x Måned --y Fall --n Liggedøgn -o fall.json     # det beregnede resultatet
  spc chart fall-sykehjem.csv -o fall.svg --png --lang en                      # diagramtype og kolonner valgt ut fra dataene
  spc chart fallhendelser.csv --events --x Hendelsesdato --period month -o fall-per-maaned.svg
  spc chart fallhendelser.csv --events --chart t --include "Alvorlighetsgrad=Moderat skade|Alvorlig skade" -o t.svg
  spc chart operasjoner.csv --events --chart g --x Operasjonsdato --event "Postoperativ infeksjon" -o g.svg
  cat data.csv | spc chart - --y Fall > diagram.svg

${EXIT_CHART}`,
  },
  report: {
    description: "lag én selvstendig rapport (HTML eller PDF), PowerPoint-lysbilder (-o FIL.pptx) eller læringsnettverkets A3 (--a3) fra én eller flere måleplaner (YAML eller JSON)",
    arguments: { plans: "filer med måleplaner; - for standard inndata (datafiler leses da fra arbeidsmappen)" },
    options: {
      "--output": "utdatafilen; endelsen bestemmer formatet: .html, .pdf (A4, diagrammer som vektorgrafikk), .pptx for PowerPoint-lysbilder, eller .json for rapportens innhold som data; - eller utelatt for HTML på standard utdata",
      "--lang": "språk for rapporten og meldingene (standard: den første planens lang, ellers nb)",
      "--title": "sidetittel (standard: planens tittel, eller «Måleplaner» for flere)",
      "--date": "dato under tittelen (standard i dag, eller SOURCE_DATE_EPOCH)",
      "--no-date": "skriv ingen dato (gjenskapbart resultat)",
      "--strict": "skriv ingenting med mindre hver måling er beregnet og hver linje med data er lest (kode 1)",
      "--verbose": "skriv også advarslene for hvert diagram (for få punkter, …), ikke bare linjer som ikke kunne leses",
      "--width": "diagrammenes bredde",
      "--height": "diagrammenes høyde",
      "--a3": "læringsnettverkets A3-skjema i stedet for rapporten: én A3-side i liggende format per plan",
      "--allow-outside": "la planene lese datafiler utenfor sine egne mapper (absolutte stier, .., lenker ut); bare for planer du stoler på",
      "--max-bytes": "største fil som leses, i byte eller med enhet (standard 100MB; f.eks. 500MB, 2GB)",
    },
    after: `
Eksempler:
  spc report fall.yaml -o fall.html
  spc report fall.yaml --a3 -o fall-a3.html   # skriv ut på A3 i liggende format
  spc report team-*/plan.yaml -o nettverk.html --title "Læringsnettverk fall" --lang nb
  spc report team-*/plan.yaml -o samling.pptx   # lysbilder: en del per team, redigerbar tekst
  spc report plan.yaml -o rapport.pdf          # A4-PDF: diagrammer som vektorgrafikk, DejaVu Sans innebygd
  spc report plan.yaml --a3 -o a3.pdf          # A3-skjemaet på én A3-side i liggende format
  spc schema plan > plan.schema.json     # for redigeringsprogrammer: autofullføring og kontroll mens du skriver en plan

Datafiler leses fra hver plans mappe og mapper under den; en plan som peker på en fil et annet sted
(en absolutt sti, .., en lenke ut) avvises med mindre --allow-outside er gitt eller planen har
allowOutside: true. Bare vanlige filer på høyst 100 MB leses (--max-bytes hever grensen).

Avslutningskoder: 0 ok; 1 en ugyldig plan, eller en som peker på en fil utenfor mappen sin (ingenting
skrevet), eller en måling som ikke kunne beregnes (rapporten skrives og viser problemet);
2 ugyldig valg, eller -o som peker på en av planene eller datafilene; 3 en plan- eller datafil kan ikke leses.
Problemer skrives som FIL:LINJE:KOLONNE: melding.`,
  },
  suggest: {
    description: "foreslå en diagramtype ut fra dataenes form, og si hvorfor",
    arguments: { file: "CSV- eller TSV-fil, eller - for standard inndata" },
    options: {
      "--x": "kolonne for undergrupper (finnes fra dataene når den mangler)",
      "--y": "kolonne med verdier (finnes fra dataene når den mangler)",
      "--n": "kolonne med nevner",
      "--facet": "kolonne med enheter: ett diagram per verdi",
      "--events": "filen er en hendelseslogg (én rad per hendelse eller tilfelle)",
      "--event": "hendelseslogger: ja/nei-kolonnen i en logg over tilfeller",
      "--period": "hendelseslogger: telleperiode (standard måned)",
      "--year": "året for første uke eller måned når x mangler år (Uke 3, januar); hentes fra filnavnet når det mangler",
      "--skip-lines": "linjer over overskriftsraden som skal hoppes over",
      "--sheet": "arket i en Excel-arbeidsbok (navn eller nummer)",
      "--lang": "språk for begrunnelsene og meldingene",
      "--json": "skriv forslaget som JSON (begrunnelser på begge språk)",
      "--max-bytes": "største fil som leses, i byte eller med enhet (standard 100MB; f.eks. 500MB, 2GB)",
    },
    after: `
Eksempler:
  spc suggest fall-sykehjem.csv            # antall med liggedøgn som nevner: U-diagram
  spc suggest fallhendelser.csv --lang en  # en hendelseslogg: antall per måned, eller dager mellom (T) når de er sjeldne
  spc suggest operasjoner.csv --events --event "Postoperativ infeksjon"

Avslutningskoder: 0 ok, 1 ingenting å lage diagram av i filen, 2 ugyldig valg eller kolonne, 3 filen kan ikke leses.`,
  },
  schema: {
    description: "skriv et JSON Schema: for en diagramspesifikasjon (standard) eller for en måleplan",
    arguments: { name: "hvilket skjema" },
    options: {},
    after: `
Eksempler:
  spc schema > chart-spec.schema.json
  spc schema plan > plan.schema.json     # deretter i en YAML-plan: # yaml-language-server: $schema=plan.schema.json`,
  },
  help: { description: "vis hjelp for kommandoen", options: {} },
};
