package org.roundtrip.ingest.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.roundtrip.model.DealDate;

/** Writing a value the way a finance user would, then parsing it, gives the value back. */
class FormatThenParseProperties {

    // ---- amounts ----------------------------------------------------------------------------------

    /** A unit as written, its multiplier, and whether it makes the cell French. */
    record Unit(String written, double multiplier, boolean french) {
    }

    /** A currency as written around the number: before, after, and its ISO code. */
    record Money(String before, String after, String code) {
    }

    @Provide
    Arbitrary<BigDecimal> englishNumbers() {
        // at most two decimals: "1.234" would be read as 1234 (a dot before three digits is a thousands separator)
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("9999999")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> frenchNumbers() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("9999999")).ofScale(3);
    }

    @Provide
    Arbitrary<Unit> englishUnits() {
        return Arbitraries.of(new Unit("", 1, false), new Unit("k", 1e3, false), new Unit("M", 1e6, false),
                new Unit(" m", 1e6, false), new Unit(" mn", 1e6, false), new Unit(" million", 1e6, false),
                new Unit("B", 1e9, false), new Unit("bn", 1e9, false), new Unit(" bn", 1e9, false),
                new Unit(" billion", 1e9, false), new Unit(" billions", 1e9, false), new Unit("tn", 1e12, false),
                new Unit(" trillion", 1e12, false), new Unit("T", 1e12, false));
    }

    @Provide
    Arbitrary<Unit> frenchUnits() {
        return Arbitraries.of(new Unit("", 1, false), new Unit(" k", 1e3, false), new Unit(" M", 1e6, false),
                new Unit(" millions", 1e6, false), new Unit(" Md", 1e9, true), new Unit(" Mds", 1e9, true),
                new Unit(" milliards", 1e9, true), new Unit(" milliard", 1e9, true), new Unit(" bn", 1e9, false),
                new Unit(" billions", 1e12, false), new Unit(" T", 1e12, false));
    }

    @Provide
    Arbitrary<Money> englishMoney() {
        return Arbitraries.of(new Money("", "", null), new Money("$", "", "USD"), new Money("USD ", "", "USD"),
                new Money("US$", "", "USD"), new Money("", " USD", "USD"), new Money("€", "", "EUR"),
                new Money("", " EUR", "EUR"), new Money("£", "", "GBP"), new Money("", " JPY", "JPY"),
                new Money("CHF ", "", "CHF"), new Money("", " dollars", "USD"));
    }

    @Provide
    Arbitrary<Money> frenchMoney() {
        return Arbitraries.of(new Money("", "", null), new Money("", " $", "USD"), new Money("", " €", "EUR"),
                new Money("", " de dollars", "USD"), new Money("", " d'euros", "EUR"), new Money("", " EUR", "EUR"),
                new Money("", " USD", "USD"));
    }

    @Property(tries = 1500)
    void englishAmountWrittenWithUnitAndCurrencyIsReadBack(@ForAll("englishNumbers") BigDecimal number,
                                                          @ForAll("englishUnits") Unit unit,
                                                          @ForAll("englishMoney") Money money,
                                                          @ForAll boolean grouped) {
        DecimalFormat format =
                new DecimalFormat(grouped ? "#,##0.##" : "0.##", DecimalFormatSymbols.getInstance(Locale.US));
        String text = money.before() + format.format(number) + unit.written() + money.after();

        Parsed<Amount> p = AmountParser.parse(text, false, UnitHint.NONE);

        assertThat(p.rejection()).as(text).isNull();
        double expected = number.doubleValue() * unit.multiplier();
        assertThat(p.value().value()).as(text).isCloseTo(expected, within(expected * 1e-12));
        assertThat(p.value().currency()).as(text).isEqualTo(money.code());
        assertThat(p.value().french()).as(text).isFalse();
    }

    @Property(tries = 1500)
    void frenchAmountWrittenWithUnitAndCurrencyIsReadBack(@ForAll("frenchNumbers") BigDecimal number,
                                                         @ForAll("frenchUnits") Unit unit,
                                                         @ForAll("frenchMoney") Money money,
                                                         @ForAll("frenchGrouping") String grouping) {
        String text = frenchNumber(number, grouping) + unit.written() + money.after();

        Parsed<Amount> p = AmountParser.parse(text, true, UnitHint.NONE);

        assertThat(p.rejection()).as(text).isNull();
        double expected = number.doubleValue() * unit.multiplier();
        assertThat(p.value().value()).as(text).isCloseTo(expected, within(expected * 1e-12));
        assertThat(p.value().currency()).as(text).isEqualTo(money.code());
    }

    @Property(tries = 1000)
    void frenchCellIsReadTheFrenchWayEvenInAnEnglishSheet(@ForAll("frenchNumbers") BigDecimal number,
                                                         @ForAll("frenchGrouping") String grouping,
                                                         @ForAll("frenchCellWords") String words) {
        String text = frenchNumber(number, grouping) + words;

        Parsed<Amount> p = AmountParser.parse(text, false, UnitHint.NONE);

        assertThat(p.rejection()).as(text).isNull();
        double multiplier = words.contains("billions") ? 1e12
                : words.contains("Md") || words.contains("milliard") ? 1e9
                : 1;
        double expected = number.doubleValue() * multiplier;
        assertThat(p.value().value()).as(text).isCloseTo(expected, within(expected * 1e-12));
        assertThat(p.value().french()).as(text).isTrue();
    }

    @Property(tries = 1000)
    void headerUnitScalesBareNumbers(@ForAll("englishNumbers") BigDecimal number, @ForAll("englishUnits") Unit unit) {
        UnitHint hint = UnitHint.parse("Amount (USD" + unit.written() + ")", false);
        Parsed<Amount> p = AmountParser.parse(number.toPlainString(), false, hint);

        double expected = number.doubleValue() * unit.multiplier();
        assertThat(p.value().value()).isCloseTo(expected, within(expected * 1e-12));
        assertThat(hint.currency()).isEqualTo("USD");
    }

    @Property(tries = 1000)
    void rangeIsReadAsItsMidpoint(@ForAll("englishNumbers") BigDecimal a, @ForAll("englishNumbers") BigDecimal b,
                                  @ForAll("englishUnits") Unit unit,
                                  @ForAll("rangeShapes") String shape) {
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        String text = shape.replace("X", low.toPlainString()).replace("Y", high.toPlainString())
                .replace("U", unit.written());

        Parsed<Amount> p = AmountParser.parse(text, false, UnitHint.NONE);

        assertThat(p.rejection()).as(text).isNull();
        double expected = (low.doubleValue() + high.doubleValue()) / 2 * unit.multiplier();
        assertThat(p.value().value()).as(text).isCloseTo(expected, within(expected * 1e-12 + 1e-12));
    }

    @Provide
    Arbitrary<String> rangeShapes() {
        return Arbitraries.of("X–YU", "X-YU", "X — YU", "XU-YU", "X to YU", "between X and YU", "from X to YU",
                "$XU-$YU", "XU–Y", "more than X, up to YU", "up to YU, more than X", "X à YU");
    }

    @Provide
    Arbitrary<String> frenchGrouping() {
        return Arbitraries.of("", " ", "\u00a0", "\u202f", ".");
    }

    @Provide
    Arbitrary<String> frenchCellWords() {
        return Arbitraries.of(" milliards", " Md", " Mds $", " Md€", " milliards de dollars", " billions de dollars",
                " de dollars");
    }

    /** A number the French way: thousands grouped by {@code grouping} (none when ""), a decimal comma. */
    private static String frenchNumber(BigDecimal number, String grouping) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setDecimalSeparator(',');
        if (!grouping.isEmpty()) {
            symbols.setGroupingSeparator(grouping.charAt(0));
        }
        DecimalFormat format = new DecimalFormat(grouping.isEmpty() ? "0.###" : "#,##0.###", symbols);
        return format.format(number);
    }

    // ---- dates ------------------------------------------------------------------------------------

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 250).map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
    }

    @Property(tries = 1000)
    void isoDateIsReadBackExactly(@ForAll("dates") LocalDate date) {
        assertThat(DateParser.parse(date.toString()).value()).isEqualTo(DateCandidates.exactly(DealDate.ofDay(date)));
    }

    @Property(tries = 1000)
    void dayFirstDateWithDayAboveTwelveHasOnlyTheDayFirstReading(@ForAll("dates") LocalDate date,
                                                                @ForAll("dateSeparators") String separator) {
        Assume.that(date.getDayOfMonth() > 12);
        String text = DateTimeFormatter.ofPattern("dd" + separator + "MM" + separator + "yyyy").format(date);

        DateCandidates c = DateParser.parse(text).value();

        assertThat(c.dayFirst()).as(text).isEqualTo(DealDate.ofDay(date));
        assertThat(c.monthFirst()).as(text).isNull();
        assertThat(c.exact()).as(text).isNull();
    }

    @Property(tries = 1000)
    void monthFirstDateWithDayAboveTwelveHasOnlyTheMonthFirstReading(@ForAll("dates") LocalDate date,
                                                                    @ForAll("dateSeparators") String separator) {
        Assume.that(date.getDayOfMonth() > 12);
        String text = DateTimeFormatter.ofPattern("M" + separator + "d" + separator + "yyyy").format(date);

        DateCandidates c = DateParser.parse(text).value();

        assertThat(c.monthFirst()).as(text).isEqualTo(DealDate.ofDay(date));
        assertThat(c.dayFirst()).as(text).isNull();
    }

    @Property(tries = 1000)
    void numericDateKeepsBothReadingsWhenBothAreValid(@ForAll("dates") LocalDate date) {
        Assume.that(date.getDayOfMonth() <= 12);
        String text = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);

        DateCandidates c = DateParser.parse(text).value();

        assertThat(c.dayFirst()).isEqualTo(DealDate.ofDay(date));
        assertThat(c.monthFirst()).isEqualTo(DealDate.ofDay(
                LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue())));
        assertThat(c.exact()).isEqualTo(date.getDayOfMonth() == date.getMonthValue() ? DealDate.ofDay(date) : null);
    }

    @Provide
    Arbitrary<String> dateSeparators() {
        return Arbitraries.of("/", ".", "-");
    }

    private static final List<List<String>> MONTH_NAMES = List.of(
            List.of("January", "Jan", "Jan.", "janvier", "janv.", "janv"),
            List.of("February", "Feb", "Feb.", "février", "févr.", "fevrier", "fév"),
            List.of("March", "Mar", "Mar.", "mars"),
            List.of("April", "Apr", "Apr.", "avril", "avr."),
            List.of("May", "mai"),
            List.of("June", "Jun", "juin"),
            List.of("July", "Jul", "juillet", "juil."),
            List.of("August", "Aug", "Aug.", "août", "aout"),
            List.of("September", "Sep", "Sept", "Sep.", "Sept.", "septembre", "sept."),
            List.of("October", "Oct", "Oct.", "octobre", "oct."),
            List.of("November", "Nov", "Nov.", "novembre", "nov."),
            List.of("December", "Dec", "Dec.", "décembre", "déc."));

    @Property(tries = 1000)
    void monthNameAndYearIsReadBackAsAMonth(@ForAll @IntRange(min = 1, max = 12) int month,
                                            @ForAll @IntRange(min = 1950, max = 2100) int year,
                                            @ForAll("nameIndex") int nameIndex, @ForAll boolean upper) {
        String name = name(month, nameIndex, upper);
        String text = name + " " + year;

        assertThat(DateParser.parse(text).value()).as(text)
                .isEqualTo(DateCandidates.exactly(DealDate.ofMonth(year, month)));
    }

    @Property(tries = 1000)
    void dayMonthNameAndYearIsReadBackAsADay(@ForAll("dates") LocalDate date, @ForAll("nameIndex") int nameIndex,
                                             @ForAll("dayShapes") String shape, @ForAll boolean upper) {
        String name = name(date.getMonthValue(), nameIndex, upper);
        String text = shape.replace("{D}", String.valueOf(date.getDayOfMonth())).replace("{M}", name)
                .replace("{Y}", String.valueOf(date.getYear()));

        assertThat(DateParser.parse(text).value()).as(text).isEqualTo(DateCandidates.exactly(DealDate.ofDay(date)));
    }

    @Provide
    Arbitrary<Integer> nameIndex() {
        return Arbitraries.integers().between(0, 6);
    }

    @Provide
    Arbitrary<String> dayShapes() {
        return Arbitraries.of("{D} {M} {Y}", "{M} {D}, {Y}", "{M} {D} {Y}", "{D}-{M}-{Y}");
    }

    private static String name(int month, int index, boolean upper) {
        List<String> names = MONTH_NAMES.get(month - 1);
        String name = names.get(index % names.size());
        return upper ? name.toUpperCase(Locale.ROOT) : name;
    }

    // ---- periods ----------------------------------------------------------------------------------

    @Property(tries = 500)
    void yearLabelIsReadBack(@ForAll @IntRange(min = 1970, max = 2069) int year, @ForAll("yearShapes") String shape) {
        String text = shape.replace("{YYYY}", String.valueOf(year)).replace("{YY}", String.format("%02d", year % 100));
        assertThat(PeriodParser.parse(text).value()).as(text)
                .isEqualTo(new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    @Provide
    Arbitrary<String> yearShapes() {
        return Arbitraries.of("{YYYY}", "FY{YYYY}", "FY {YYYY}", "FY{YY}", "CY{YYYY}", "fy {YY}");
    }

    @Property(tries = 1000)
    void quarterLabelIsReadBack(@ForAll @IntRange(min = 1, max = 4) int quarter,
                                @ForAll @IntRange(min = 1970, max = 2069) int year,
                                @ForAll("quarterShapes") String shape) {
        String text = shape.replace("{N}", String.valueOf(quarter)).replace("{YYYY}", String.valueOf(year))
                .replace("{YY}", String.format("%02d", year % 100));
        LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);

        assertThat(PeriodParser.parse(text).value()).as(text)
                .isEqualTo(new Period(start, start.plusMonths(3).minusDays(1)));
    }

    @Provide
    Arbitrary<String> quarterShapes() {
        return Arbitraries.of("Q{N} {YYYY}", "{N}Q {YYYY}", "Q{N}-{YYYY}", "{YYYY} Q{N}", "T{N} {YYYY}", "Q{N}{YY}",
                "{N}Q{YY}", "q{N} {YYYY}", "{YYYY}-Q{N}", "Q {N} {YYYY}", "Q{N}'{YY}", "Q{N}{YYYY}", "Q{N} {YY}");
    }

    @Property(tries = 500)
    void halfYearLabelIsReadBack(@ForAll @IntRange(min = 1, max = 2) int half,
                                 @ForAll @IntRange(min = 1970, max = 2069) int year,
                                 @ForAll("halfShapes") String shape) {
        String text = shape.replace("{N}", String.valueOf(half)).replace("{YYYY}", String.valueOf(year))
                .replace("{YY}", String.format("%02d", year % 100));
        LocalDate start = LocalDate.of(year, 6 * half - 5, 1);

        assertThat(PeriodParser.parse(text).value()).as(text)
                .isEqualTo(new Period(start, start.plusMonths(6).minusDays(1)));
    }

    @Provide
    Arbitrary<String> halfShapes() {
        return Arbitraries.of("H{N} {YYYY}", "{N}H {YYYY}", "{N}H{YY}", "S{N} {YYYY}", "{YYYY} H{N}", "H{N}-{YYYY}",
                "h{N} {YYYY}", "H{N}{YY}", "H{N}{YYYY}");
    }

    @Property(tries = 1000)
    void monthSpanIsReadBack(@ForAll @IntRange(min = 1, max = 12) int first,
                             @ForAll @IntRange(min = 1, max = 12) int last,
                             @ForAll @IntRange(min = 1970, max = 2100) int year, @ForAll("nameIndex") int nameIndex,
                             @ForAll("spanSeparators") String separator, @ForAll boolean bothYears) {
        Assume.that(first <= last);
        String text = name(first, nameIndex, false) + (bothYears ? " " + year : "") + separator
                + name(last, nameIndex, false) + " " + year;

        assertThat(PeriodParser.parse(text).value()).as(text)
                .isEqualTo(new Period(LocalDate.of(year, first, 1), YearMonth.of(year, last).atEndOfMonth()));
    }

    @Provide
    Arbitrary<String> spanSeparators() {
        return Arbitraries.of("–", "-", " – ", " - ", "—", " to ", " à ");
    }

    // ---- company names ----------------------------------------------------------------------------

    @Provide
    Arbitrary<String> companyNames() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("Nvidia", "Open", "AI", "Group", "Inc", "Corp", "S.A.", "Société", "Générale", "Co",
                        "Amazon.com", "AT&T", "3M", "Ørsted"));
        Arbitrary<String> words = word.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(" ", l));
        return Arbitraries.oneOf(words, Arbitraries.strings().ofMaxLength(20));
    }

    @Provide
    Arbitrary<String> legalForms() {
        return Arbitraries.of("Inc", "Inc.", "INC", "Corp", "Corp.", "Corporation", "Co", "Co.", "Ltd", "Ltd.", "LLC",
                "L.L.C.", "PLC", "plc", "SA", "S.A.", "AG", "GmbH", "NV", "N.V.", "Group", "Holdings", "Group Holdings",
                "Group, Inc.", "Corp. Ltd");
    }

    @Property(tries = 2000)
    void keyOfAKeyIsTheKey(@ForAll("companyNames") String name) {
        String key = CompanyNames.key(name);
        assertThat(CompanyNames.key(key)).isEqualTo(key);
    }

    @Property(tries = 2000)
    void trailingLegalFormsDoNotChangeTheKey(@ForAll("companyNames") String name, @ForAll("legalForms") String form,
                                             @ForAll("formSeparators") String separator) {
        Assume.that(!CompanyNames.key(name).isEmpty());
        assertThat(CompanyNames.key(name + separator + form)).isEqualTo(CompanyNames.key(name));
    }

    @Provide
    Arbitrary<String> formSeparators() {
        return Arbitraries.of(" ", ", ", " - ", "  ");
    }

    @Property(tries = 1000)
    void caseSpacesAndPunctuationDoNotChangeTheKey(@ForAll("plainWords") List<String> words,
                                                   @ForAll("wordSeparators") String separator, @ForAll boolean upper) {
        String spaced = String.join(" ", words);
        String other = String.join(separator, words);
        assertThat(CompanyNames.key(upper ? other.toUpperCase(Locale.ROOT) : other))
                .isEqualTo(CompanyNames.key(spaced));
    }

    /**
     * Words that are not legal forms: "Foo AG" is Foo, but "FooAG" (written without a separator) is
     * rightly another name, so a generated "ag" or "sa" would make the property false.
     */
    @Provide
    Arbitrary<List<String>> plainWords() {
        java.util.Set<String> legalForms = java.util.Set.of("inc", "corp", "corporation", "co", "ltd", "llc", "plc",
                "sa", "ag", "gmbh", "nv", "group", "holdings");
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8)
                .filter(w -> !legalForms.contains(w))
                .list().ofMinSize(1).ofMaxSize(4);
    }

    @org.junit.jupiter.api.Test
    void aLegalFormWrittenApartIsDroppedButNotWhenJoined() {
        assertThat(CompanyNames.key("Foo AG")).isEqualTo(CompanyNames.key("FOO"));
        assertThat(CompanyNames.key("FooAG")).isNotEqualTo(CompanyNames.key("Foo"));
    }

    @Provide
    Arbitrary<String> wordSeparators() {
        return Arbitraries.of("", "-", " - ", ".", ", ", "_", "\u00a0", "  ", "&", "/");
    }

    @Property(tries = 500)
    void aliasesJoinedBySemicolonsSplitBack(@ForAll("aliasLists") List<String> aliases) {
        assertThat(CompanyNames.splitAliases(String.join(" ; ", aliases))).isEqualTo(aliases);
    }

    @Provide
    Arbitrary<List<String>> aliasLists() {
        return Combinators.combine(
                        Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '.', ',')
                                .ofMinLength(1).ofMaxLength(10),
                        Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(3))
                .as((a, b) -> (b + a).strip())
                .filter(s -> !s.isEmpty())
                .list().ofMaxSize(5);
    }
}
