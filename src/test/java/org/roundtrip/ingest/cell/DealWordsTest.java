package org.roundtrip.ingest.cell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.DealType;
import org.roundtrip.model.RevenuePeriod;

class DealWordsTest {

    @Nested
    class Types {

        @ParameterizedTest
        @EnumSource(DealType.class)
        void englishLabelAndEnumNameAreRead(DealType type) {
            assertThat(DealWords.type(type.label())).isEqualTo(Parsed.ok(type));
            assertThat(DealWords.type(type.name())).isEqualTo(Parsed.ok(type));
            assertThat(DealWords.type(type.name().toLowerCase())).isEqualTo(Parsed.ok(type));
            assertThat(DealWords.type(type.label().toUpperCase())).isEqualTo(Parsed.ok(type));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "investissement|EQUITY_INVESTMENT", "Prise de participation|EQUITY_INVESTMENT",
            "bon de souscription|EQUITY_WARRANT", "Bons de souscription|EQUITY_WARRANT",
            "contrat cloud|CLOUD_CONTRACT", "Contrats cloud|CLOUD_CONTRACT", "crédits cloud|CLOUD_CREDITS",
            "credits cloud|CLOUD_CREDITS", "achat de puces|CHIP_PURCHASE", "Achats de puces|CHIP_PURCHASE",
            "garantie de capacité|CAPACITY_BACKSTOP", "Garanties de capacite|CAPACITY_BACKSTOP",
            "acquisition|ACQUISITION", "Acquisitions|ACQUISITION", "autre|OTHER", "Autres|OTHER"})
        void frenchWordsAreRead(String text, DealType type) {
            assertThat(DealWords.type(text)).isEqualTo(Parsed.ok(type));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Equity Investments|EQUITY_INVESTMENT", "cloud contracts|CLOUD_CONTRACT", "chip purchases|CHIP_PURCHASE",
            "capacity backstops|CAPACITY_BACKSTOP", "equity warrants|EQUITY_WARRANT",
            "Equity-Investment|EQUITY_INVESTMENT",
            "  cloud   credits |CLOUD_CREDITS"})
        void pluralsAndSpellingVariantsAreRead(String text, DealType type) {
            assertThat(DealWords.type(text)).isEqualTo(Parsed.ok(type));
        }

        @Test
        void unknownTypeIsOtherWithAWarning() {
            Parsed<DealType> p = DealWords.type("joint venture");
            assertThat(p.value()).isEqualTo(DealType.OTHER);
            assertThat(p.warning()).isEqualTo("unknown deal type \"joint venture\": counted as other");
            assertThat(p.isRejected()).isFalse();
        }

        @Test
        void emptyTypeIsOtherWithoutWarning() {
            assertThat(DealWords.type("")).isEqualTo(Parsed.ok(DealType.OTHER));
            assertThat(DealWords.type("  ")).isEqualTo(Parsed.ok(DealType.OTHER));
            assertThat(DealWords.type(null)).isEqualTo(Parsed.ok(DealType.OTHER));
        }
    }

    @Nested
    class Statuses {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "signed|SIGNED", "Signed|SIGNED", "signé|SIGNED", "Signée|SIGNED", "signés|SIGNED", "signées|SIGNED",
            "SIGNE|SIGNED", "announced|ANNOUNCED", "annoncé|ANNOUNCED", "Annoncée|ANNOUNCED", "annoncés|ANNOUNCED",
            "annoncées|ANNOUNCED", "talks|TALKS", "in talks|TALKS", "In Talks|TALKS", "en discussion|TALKS",
            "en discussions|TALKS", "en négociation|TALKS", "En négociations|TALKS", "negotiation|TALKS",
            "negotiations|TALKS", "  signed  |SIGNED"})
        void statusWordsAreRead(String text, DealStatus status) {
            assertThat(DealWords.status(text)).isEqualTo(Parsed.ok(status));
        }

        @Test
        void emptyStatusIsAnnounced() {
            assertThat(DealWords.status("")).isEqualTo(Parsed.ok(DealStatus.ANNOUNCED));
            assertThat(DealWords.status(null)).isEqualTo(Parsed.ok(DealStatus.ANNOUNCED));
        }

        @ParameterizedTest
        @ValueSource(strings = {"rumoured", "cancelled", "sign", "maybe", "signed?", "x"})
        void unknownStatusIsRejected(String text) {
            Parsed<DealStatus> p = DealWords.status(text);
            assertThat(p.isRejected()).isTrue();
            assertThat(p.rejection()).contains(text).contains("signed, announced or talks");
        }
    }

    @Nested
    class Terms {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "5|5", "5 years|5", "5 Years|5", "1 year|1", "5 yrs|5", "2.5 yrs|2.5", "5y|5", "5 ans|5", "1 an|1",
            "5 années|5", "18 months|1.5", "18 mois|1.5", "6 mo|0.5", "18m|1.5", "0|0", "1,5 ans|1.5", "2.5|2.5",
            "10 years.|10"})
        void termIsReadInYears(String text, double years) {
            assertThat(DealWords.termYears(text, false)).isEqualTo(Parsed.ok(years));
        }

        @Test
        void frenchDecimalCommaIsReadInFrenchSheet() {
            assertThat(DealWords.termYears("2,500", true)).isEqualTo(Parsed.ok(2.5));
        }

        @Test
        void emptyTermIsNoTerm() {
            assertThat(DealWords.termYears("", false).value()).isNaN();
            assertThat(DealWords.termYears(null, false).value()).isNaN();
        }

        @Test
        void negativeTermIsRejected() {
            assertThat(DealWords.termYears("-5", false).rejection()).startsWith("negative term");
            assertThat(DealWords.termYears("-18 months", false).rejection()).startsWith("negative term");
        }

        @ParameterizedTest
        @ValueSource(strings = {"five", "5 weeks", "long", "5 years 6 months", "5%", "years", "5-7 years", "abc 5"})
        void garbageTermIsRejected(String text) {
            assertThat(DealWords.termYears(text, false).rejection()).startsWith("not a term");
        }
    }

    @Nested
    class Metrics {

        @ParameterizedTest
        @ValueSource(strings = {"revenue", "Revenue", "revenues", "sales", "Net sales", "turnover",
            "chiffre d'affaires",
            "Chiffre d’affaires", "CA", "C.A.", "ventes", "Ventes", ""})
        void revenueWordsAreRevenue(String text) {
            assertThat(DealWords.metric(text)).isEqualTo(RevenuePeriod.REVENUE);
        }

        @Test
        void nullMetricIsRevenue() {
            assertThat(DealWords.metric(null)).isEqualTo(RevenuePeriod.REVENUE);
        }

        @Test
        void otherMetricsKeepTheirFoldedText() {
            assertThat(DealWords.metric("EBITDA")).isEqualTo("ebitda");
            assertThat(DealWords.metric("  Résultat  net ")).isEqualTo("resultat net");
            assertThat(DealWords.metric("Operating income")).isEqualTo("operating income");
        }
    }
}
