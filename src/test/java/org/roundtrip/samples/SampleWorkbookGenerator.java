package org.roundtrip.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.DealType;
import org.roundtrip.samples.NotesSheet.Note;
import org.roundtrip.samples.TableSheet.Column;

/**
 * Writes the bundled workbooks: {@value #SAMPLE}, the AI circular-financing deals of the seed
 * articles laid out the way Roundtrip reads them, and {@value #TEMPLATE}, the same sheets empty.
 *
 * <p>The facts come from the CSV files next to this class (copies of {@code seed-data/}); the prices
 * and the yen rate are illustrative. The output is the same on every run, down to the bytes: fixed
 * random seed, fixed document dates, fixed zip entry times. {@code SampleWorkbookGeneratorTest}
 * checks that the committed files match this code.
 *
 * <p>Run: {@code mvn -q -o test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java
 * -Dexec.mainClass=org.roundtrip.samples.SampleWorkbookGenerator -Dexec.classpathScope=test}
 */
public final class SampleWorkbookGenerator {

    static final String SAMPLE = "ai-circular-financing.xlsx";
    static final String TEMPLATE = "template.xlsx";

    static final String DEALS = "Deals";
    static final String REVENUES = "Revenues";
    static final String COMPANIES = "Companies";
    static final String PRICES = "Prices";
    static final String RATES = "Rates";
    static final String SOURCES = "Sources";
    static final String READ_ME = "Read me";
    static final String INSTRUCTIONS = "Instructions";

    /** Illustrative: about 150 yen to the dollar, round, not a quoted rate. */
    static final double USD_PER_JPY = 0.0066;

    /** Created and modified date of both files, and the time of their zip entries. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2026, 3, 1, 0, 0);
    private static final String FIXED_TIME_W3C = "2026-03-01T00:00:00Z";
    private static final Set<String> US_MARKETS = Set.of("NASDAQ", "NYSE");

    private SampleWorkbookGenerator() {
    }

    /** @param args the output folder, {@code samples} when none is given */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "samples");
        generate(folder);
        System.out.println("Wrote " + folder.resolve(SAMPLE) + " and " + folder.resolve(TEMPLATE));
    }

    /** Writes both workbooks into {@code folder}, creating it when needed. */
    static void generate(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (XSSFWorkbook sample = sample()) {
            save(sample, "Roundtrip sample: AI circular financing", folder.resolve(SAMPLE));
        }
        try (XSSFWorkbook template = template()) {
            save(template, "Roundtrip workbook template", folder.resolve(TEMPLATE));
        }
    }

    private static XSSFWorkbook sample() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        SampleStyles styles = new SampleStyles(workbook);
        NotesSheet.write(workbook.createSheet(READ_ME), styles,
                "Roundtrip sample workbook: AI circular financing", readMe());
        writeDeals(new TableSheet(workbook.createSheet(DEALS), styles,
                "AI circular financing — deals reported in the press, 2023–2026", dealColumns(styles)));
        writeRevenues(new TableSheet(workbook.createSheet(REVENUES), styles,
                "Revenues (and one EBITDA figure) by company and period — amounts in the unit of the Currency column",
                revenueColumns(styles)));
        writeCompanies(new TableSheet(workbook.createSheet(COMPANIES), styles,
                "Companies, their other names and tickers — the SPX benchmark is illustrative", companyColumns(styles)));
        writePrices(new TableSheet(workbook.createSheet(PRICES), styles,
                "ILLUSTRATIVE daily closes, NOT market data: a seeded random walk that reproduces the reported one-day moves",
                priceColumns(styles)));
        writeRates(new TableSheet(workbook.createSheet(RATES), styles,
                "ILLUSTRATIVE exchange rate, not a quoted market rate", rateColumns(styles)));
        writeSources(new TableSheet(workbook.createSheet(SOURCES), styles,
                "Where the figures come from — the Source columns of the other sheets refer to these rows",
                sourceColumns(styles)));
        return workbook;
    }

    private static XSSFWorkbook template() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        SampleStyles styles = new SampleStyles(workbook);
        NotesSheet.write(workbook.createSheet(INSTRUCTIONS), styles,
                "Roundtrip workbook template — how to fill it", instructions());
        new TableSheet(workbook.createSheet(DEALS), styles, null, dealColumns(styles)).addFilter();
        new TableSheet(workbook.createSheet(REVENUES), styles, null, revenueColumns(styles)).addFilter();
        new TableSheet(workbook.createSheet(COMPANIES), styles, null, companyColumns(styles)).addFilter();
        new TableSheet(workbook.createSheet(PRICES), styles, null, priceColumns(styles)).addFilter();
        new TableSheet(workbook.createSheet(RATES), styles, null, rateColumns(styles)).addFilter();
        return workbook;
    }

    // Header texts are what Roundtrip matches (DESIGN.md, "Recognising sheets and columns"): each
    // names one field, a bracketed part being the unit hint. "Wording in source", "Listed on", "Role"
    // and the Sources sheet's headers match no field on purpose, so Roundtrip ignores them.

    private static List<Column> dealColumns(SampleStyles s) {
        return List.of(new Column("Date", 12, s.date), new Column("Payer", 12, s.text),
                new Column("Recipient", 12, s.text), new Column("Amount (USD bn)", 16, s.amount),
                new Column("Wording in source", 44, s.wrappedText), new Column("Type", 18, s.text),
                new Column("Term (years)", 12, s.years), new Column("Status", 11, s.text),
                new Column("Source", 18, s.text), new Column("Note", 60, s.wrappedText));
    }

    private static List<Column> revenueColumns(SampleStyles s) {
        return List.of(new Column("Company", 12, s.text), new Column("Period", 10, s.text),
                new Column("Start", 12, s.date), new Column("End", 12, s.date),
                new Column("Amount", 10, s.revenue), new Column("Currency", 10, s.text),
                new Column("Metric", 10, s.text), new Column("Source", 28, s.text),
                new Column("Note", 50, s.wrappedText));
    }

    private static List<Column> companyColumns(SampleStyles s) {
        return List.of(new Column("Company", 12, s.text), new Column("Aliases", 38, s.text),
                new Column("Ticker", 9, s.text), new Column("Benchmark", 11, s.text),
                new Column("Listed on", 10, s.text), new Column("Role", 16, s.text));
    }

    private static List<Column> priceColumns(SampleStyles s) {
        return List.of(new Column("Date", 12, s.date), new Column("Ticker", 9, s.text),
                new Column("Close", 11, s.price));
    }

    private static List<Column> rateColumns(SampleStyles s) {
        return List.of(new Column("Currency", 10, s.text), new Column("Rate (USD per unit)", 20, s.rate));
    }

    private static List<Column> sourceColumns(SampleStyles s) {
        return List.of(new Column("Seed", 26, s.text), new Column("File", 26, s.text),
                new Column("Title", 50, s.wrappedText), new Column("Outlet", 28, s.wrappedText),
                new Column("Published", 12, s.date), new Column("Supports", 70, s.wrappedText));
    }

    private static void writeDeals(TableSheet sheet) throws IOException {
        Set<String> types = Arrays.stream(DealType.values()).map(DealType::label).collect(Collectors.toSet());
        Set<String> statuses = Arrays.stream(DealStatus.values()).map(DealStatus::label).collect(Collectors.toSet());
        for (CSVRecord deal : seed("deals.csv")) {
            require(types.contains(deal.get("type")), "deal type", deal);
            require(statuses.contains(deal.get("status")), "deal status", deal);
            String amount = deal.get("amount_usd_bn");
            sheet.addRow(dateOrMonth(deal.get("date")), deal.get("payer"), deal.get("recipient"),
                    amount.isEmpty() ? "undisclosed" : Double.valueOf(amount), deal.get("amount_as_written"),
                    deal.get("type"), numberOrNull(deal.get("term_years")), deal.get("status"),
                    deal.get("source"), textOrNull(deal.get("note")));
        }
        sheet.addFilter();
    }

    private static void writeRevenues(TableSheet sheet) throws IOException {
        for (CSVRecord revenue : seed("revenues.csv")) {
            sheet.addRow(revenue.get("company"), revenue.get("period"), LocalDate.parse(revenue.get("period_start")),
                    LocalDate.parse(revenue.get("period_end")), Double.valueOf(revenue.get("amount")),
                    revenue.get("currency"), revenue.get("metric"), revenue.get("source"),
                    textOrNull(revenue.get("note")));
        }
        sheet.addFilter();
    }

    private static void writeCompanies(TableSheet sheet) throws IOException {
        for (CSVRecord company : seed("companies.csv")) {
            String listedOn = company.get("listed_on");
            sheet.addRow(company.get("company"), company.get("aliases"), textOrNull(company.get("ticker")),
                    US_MARKETS.contains(listedOn) ? IllustrativePrices.BENCHMARK : null, listedOn,
                    company.get("role"));
        }
        sheet.addFilter();
    }

    private static void writePrices(TableSheet sheet) {
        for (IllustrativePrices.Close close : IllustrativePrices.closes()) {
            sheet.addRow(close.date(), close.ticker(), close.close());
        }
        sheet.addFilter();
    }

    private static void writeRates(TableSheet sheet) {
        sheet.addRow("JPY", USD_PER_JPY);
    }

    private static void writeSources(TableSheet sheet) throws IOException {
        for (CSVRecord source : seed("sources.csv")) {
            String published = source.get("published");
            sheet.addRow(source.get("seed"), textOrNull(source.get("file")), source.get("title"),
                    source.get("outlet"), published.isEmpty() ? null : LocalDate.parse(published),
                    source.get("supports"));
        }
    }

    private static List<Note> readMe() {
        return List.of(
                Note.of("What this is", "Deals between AI companies reported in French press articles (2025–2026), "
                        + "with the revenues of the companies involved, laid out the way Roundtrip reads them. "
                        + "Open it in Roundtrip to see who has committed to pay what, against what they earn, "
                        + "and the money that travels in a circle (Nvidia → OpenAI → Oracle → Nvidia)."),
                Note.warning("ILLUSTRATIVE", "The Prices sheet is NOT market data. Its daily closes are a seeded "
                        + "random walk, generated to reproduce the one-day moves reported on four announcement days: "
                        + "Oracle +36% on 2025-09-10, Nvidia +4% on 2025-09-22, AMD +24% on 2025-10-06 (close to "
                        + "close; the \"more than 30%\" of the article was intraday) and Broadcom +10% on 2025-10-13. "
                        + "The walk is pinned to round levels near the real ones at its start, before each of these "
                        + "days and at its end; every other day is random. SPX, the benchmark of the US-listed "
                        + "companies, is an illustrative index made the same way."),
                Note.warning("ILLUSTRATIVE", "The JPY rate on the Rates sheet (US dollars per yen) is a round "
                        + "figure, not a quoted rate. It converts SoftBank's revenue, reported in yen."),
                Note.of("Amounts", "In billions: US dollars unless the row says otherwise. Amounts the sources "
                        + "do not disclose are written \"undisclosed\"; the source's own words are kept in "
                        + "\"Wording in source\", which Roundtrip does not read."),
                Note.GAP,
                Note.of(DEALS, "One row per deal: who pays whom, how much, when, what kind, for how many years and how "
                        + "firm (signed, announced, or talks, which are left out of the figures unless asked for). "
                        + "SoftBank's date is the text 2025-08 on purpose: only the month is known."),
                Note.of(REVENUES, "Revenue per company and period, with start and end dates. Both estimates of "
                        + "OpenAI's first half of 2025 are kept (4.3 then 4.5): the later row wins, with a warning. "
                        + "Meta's EBITDA row is kept but is not revenue."),
                Note.of(COMPANIES, "One name per company, the other names it goes by (separated by \";\": "
                        + "Google is Alphabet), its ticker and benchmark. SoftBank has no benchmark here."),
                Note.of(PRICES, "Illustrative daily closes, one row per date and ticker, for AMD, AVGO, NVDA, "
                        + "ORCL and SPX on US trading days from 2024-10-01 to 2026-02-27."),
                Note.of(RATES, "US dollars per unit of each other currency: one illustrative yen rate."),
                Note.of(SOURCES, "The articles and reports behind the rows; \"seed 000\" and the like in the "
                        + "Source columns refer to them. Roundtrip does not read this sheet."),
                Note.GAP,
                Note.of("Generated", "This file is generated by Roundtrip's SampleWorkbookGenerator "
                        + "(see samples/README.md); edit the generator, not the file."));
    }

    private static List<Note> instructions() {
        return List.of(
                Note.of("How it works", "Fill the sheets you need, in any order; rename or delete the others. "
                        + "Roundtrip recognises a sheet by its header row (any of its top 20 rows; a title above "
                        + "it is fine), not by its name. Extra columns are ignored; rows starting with Total are skipped."),
                Note.of(DEALS, "One row per deal: the Payer pays the Recipient. Date, Payer and Recipient are required."),
                Note.of(REVENUES, "Revenue per company and period: Start and End dates, or a Period label such as "
                        + "2024, FY2024, H1 2025, Q3 2025. Another Metric (e.g. EBITDA) is kept but is not revenue."),
                Note.of(COMPANIES, "Optional. One row per company: the name to show, its aliases separated by \";\" "
                        + "(e.g. Google; Alphabet Inc. for Alphabet), its ticker and its benchmark index's ticker."),
                Note.of(PRICES, "Optional, for the stock reactions: daily closes, one row per date and ticker."),
                Note.of(RATES, "Only for amounts in another currency than US dollars: how many US dollars one unit "
                        + "is worth, e.g. JPY 0.0066."),
                Note.GAP,
                Note.of("Amounts", "A number in the header's unit (\"Amount (USD bn)\": billions of US dollars), or "
                        + "text as in your sources: $300B, 300 milliards, up to 20, less than 10, more than 6, "
                        + "10–20 (read as 15), undisclosed, n/a or -. Undisclosed amounts are kept."),
                Note.of("Currencies", "US dollars unless said: in the amount cell ($300B, €2bn), in a Currency column "
                        + "(it may carry the unit: USD bn, JPY bn) or in the header (Amount (EUR m))."),
                Note.of("Dates", "Excel dates, or text: 2025-09-22, 22/09/2025, Sept 2025, septembre 2025, 2025-09 "
                        + "(the last three: only the month is known; format such cells as Text so that Excel "
                        + "keeps them as typed)."),
                Note.of("Statuses", "signed, announced or talks (signé, annoncé, en discussion). Empty means "
                        + "announced. Talks are left out of the figures unless asked for."),
                Note.of("Deal types", "equity investment, equity warrant, cloud contract, cloud credits, chip purchase, "
                        + "capacity backstop, acquisition, other. Anything else is read as other, with a warning."),
                Note.of("Terms", "Years (5), or months written out (18 months = 1.5 years)."),
                Note.of("French headers", "Read like the English ones: Date d'annonce, Payeur, Bénéficiaire, Montant (Md$), "
                        + "Nature, Durée, Statut, Source, Commentaire; Société, Période, Début, Fin, Devise, "
                        + "Indicateur; Symbole, Clôture; Taux. In a French sheet a comma is the decimal mark "
                        + "(6,300 = 6.3) and « billion » means a thousand milliards."));
    }

    // --- seed data --------------------------------------------------------------------------

    /** The rows of one CSV file next to this class, in file order. */
    private static List<CSVRecord> seed(String name) throws IOException {
        InputStream in = SampleWorkbookGenerator.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("seed file " + name + " is not on the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    /** "2025-09-22" as a date; "2025-08" stays text, which Roundtrip reads as month precision. */
    private static Object dateOrMonth(String text) {
        return text.length() == "yyyy-mm".length() ? text : LocalDate.parse(text);
    }

    private static Double numberOrNull(String text) {
        return text.isEmpty() ? null : Double.valueOf(text);
    }

    private static String textOrNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static void require(boolean ok, String what, CSVRecord row) {
        if (!ok) {
            throw new IllegalArgumentException("unknown " + what + " in seed row " + row.getRecordNumber() + ": " + row);
        }
    }

    // --- output -----------------------------------------------------------------------------

    /**
     * Writes the workbook with fixed document dates, then rewrites its zip with fixed entry times
     * (POI stamps each entry with the current time), so that regenerating changes no byte.
     */
    private static void save(XSSFWorkbook workbook, String title, Path file) throws IOException {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setTitle(title);
        core.setCreator("Roundtrip SampleWorkbookGenerator");
        try {
            core.setCreated(FIXED_TIME_W3C);
            core.setModified(FIXED_TIME_W3C);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("fixed date not accepted", e);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        workbook.write(bytes);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(FIXED_TIME);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }
}
